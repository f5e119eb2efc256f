"""Backups: the whole database in one archive (`archive.py`), values kept exact across SQLite
and PostgreSQL (`values.py`), written and restored by `service.py`."""
