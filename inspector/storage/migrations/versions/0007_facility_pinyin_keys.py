"""Pinyin sort and search keys on the facility row, filled for the rows there.

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("facility", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sort_name", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("sort_township", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("search_pinyin", sa.String(), nullable=True))
        batch_op.create_index(batch_op.f("ix_facility_sort_name"), ["sort_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_facility_sort_township"), ["sort_township"],
                              unique=False)
    # The same keys the models compute on every write (a plain UPDATE: deriving them is
    # not a change to the record, so the audit log does not hear of it).
    from inspector.storage.models import facility_keys

    conn = op.get_bind()
    facility = sa.table("facility", sa.column("id", sa.Uuid()), sa.column("name"),
                        sa.column("township"), sa.column("district"),
                        sa.column("sort_name"), sa.column("sort_township"),
                        sa.column("search_pinyin"))
    rows = conn.execute(sa.select(facility.c.id, facility.c.name, facility.c.township,
                                  facility.c.district)).all()
    for row_id, name, township, district in rows:
        conn.execute(facility.update().where(facility.c.id == row_id)
                     .values(**facility_keys(name, township, district)))


def downgrade() -> None:
    with op.batch_alter_table("facility", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_facility_sort_township"))
        batch_op.drop_index(batch_op.f("ix_facility_sort_name"))
        batch_op.drop_column("search_pinyin")
        batch_op.drop_column("sort_township")
        batch_op.drop_column("sort_name")
