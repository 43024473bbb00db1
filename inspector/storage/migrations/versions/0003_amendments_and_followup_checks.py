"""Amendments of signed inspections, the checks a follow-up makes of findings, and
the (date, id) index the inspection list pages through.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("inspection", schema=None) as batch_op:
        batch_op.create_index("ix_inspection_date_id", ["inspection_date", "id"], unique=False)

    with op.batch_alter_table("signature", schema=None) as batch_op:
        batch_op.add_column(sa.Column("superseded_at", sa.String(length=32), nullable=True))

    op.create_table(
        "amendment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("inspection_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("opened_at", sa.String(length=32), nullable=False),
        sa.Column("closed_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspection.id"],
            name=op.f("fk_amendment_inspection_id_inspection"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_amendment")),
    )
    with op.batch_alter_table("amendment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_amendment_inspection_id"), ["inspection_id"], unique=False
        )

    op.create_table(
        "finding_check",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("followup_id", sa.Uuid(), nullable=False),
        sa.Column("finding_id", sa.Uuid(), nullable=False),
        sa.Column("status_before", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=True),
        sa.Column("note", sa.String(), nullable=True),
        sa.Column("checked_at", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["finding_id"],
            ["finding.id"],
            name=op.f("fk_finding_check_finding_id_finding"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["followup_id"],
            ["inspection.id"],
            name=op.f("fk_finding_check_followup_id_inspection"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finding_check")),
        sa.UniqueConstraint(
            "followup_id", "finding_id", name=op.f("uq_finding_check_followup_id_finding_id")
        ),
    )
    with op.batch_alter_table("finding_check", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_finding_check_finding_id"), ["finding_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_finding_check_followup_id"), ["followup_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("finding_check")
    op.drop_table("amendment")
    with op.batch_alter_table("signature", schema=None) as batch_op:
        batch_op.drop_column("superseded_at")
    with op.batch_alter_table("inspection", schema=None) as batch_op:
        batch_op.drop_index("ix_inspection_date_id")
