"""Search (Ctrl+K) across the main records."""
