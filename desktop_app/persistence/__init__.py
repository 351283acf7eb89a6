"""Where the data lives: data directory, database engine, migrations, backups, integrity."""
