"""Alembic environment: runs migrations on the connection the app hands over.

Batch mode is on because SQLite cannot alter most of a table in place; foreign keys
are switched off while a batch migration copies a table and checked afterwards.
"""

from alembic import context
from sqlmodel import SQLModel

import inspector.storage.models  # noqa: F401  (registers the tables)

config = context.config
connection = config.attributes["connection"]

connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
if problems:
    raise RuntimeError(f"migration broke foreign keys: {problems[:5]}")
connection.exec_driver_sql("PRAGMA foreign_keys=ON")
