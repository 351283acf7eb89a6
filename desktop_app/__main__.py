from desktop_app.cli import entry_point

entry_point()
