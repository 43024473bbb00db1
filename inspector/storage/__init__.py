"""Storage: the SQLite database, its tables, migrations and the photo store."""
