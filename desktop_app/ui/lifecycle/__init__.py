"""How the window starts and ends: one instance per data folder, clean ends on SIGINT and
SIGTERM, nothing typed lost on quitting, the crash dialog, the daily backup."""
