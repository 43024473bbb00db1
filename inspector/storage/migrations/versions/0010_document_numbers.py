"""Each issued document has its own number (a report and its notice no longer share
one; a corrected record's documents get new ones).

Revision ID: 0010
Revises: 0007
Create Date: 2026-12-03

Documents issued before keep the numbers printed on them: each (inspection, kind,
signed state) that was issued gets a row with the number its first issue carried.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "document_number",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("inspection_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["inspection_id"], ["inspection.id"],
            name=op.f("fk_document_number_inspection_id_inspection"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_number")),
        sa.UniqueConstraint("inspection_id", "kind", "revision",
                            name=op.f("uq_document_number_inspection_id_kind_revision")),
        sa.UniqueConstraint("kind", "number", name=op.f("uq_document_number_kind_number")),
    )
    with op.batch_alter_table("document_number", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_number_inspection_id"),
                              ["inspection_id"], unique=False)
    conn = op.get_bind()
    issued = conn.execute(sa.text(
        "SELECT d.inspection_id, d.kind, d.report_number, d.created_at, "
        "(SELECT count(*) FROM amendment a WHERE a.inspection_id = d.inspection_id "
        " AND a.opened_at < d.created_at) AS revision "
        "FROM issued_document d ORDER BY d.created_at")).fetchall()
    seen: set[tuple[object, ...]] = set()
    taken: set[tuple[str, str]] = set()
    for inspection_id, kind, number, created_at, rev in issued:
        key = (inspection_id, kind, rev)
        if key in seen or (kind, number) in taken:
            continue  # later issues of one state, or a number an earlier state carried
        seen.add(key)
        taken.add((kind, number))
        conn.execute(sa.text(
            "INSERT INTO document_number (id, inspection_id, kind, revision, number, "
            "created_at) VALUES (:id, :inspection, :kind, :rev, :number, :at)"),
            {"id": _uuid_hex(), "inspection": inspection_id, "kind": kind, "rev": rev,
             "number": number, "at": created_at})


def _uuid_hex() -> str:
    import uuid

    return uuid.uuid4().hex


def downgrade() -> None:
    op.drop_table("document_number")
