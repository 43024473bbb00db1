"""Record revisions, heads, sync conflicts and the log of imported bundles.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "record_revision",
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("rev", sa.String(), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("parents", sa.JSON(), nullable=False),
        sa.Column("content_sha256", sa.String(), nullable=False),
        sa.Column("origin", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("entity_id", "rev", name=op.f("pk_record_revision")),
    )
    op.create_table(
        "record_head",
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("rev", sa.String(), nullable=False),
        sa.Column("content_sha256", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("entity_id", name=op.f("pk_record_head")),
    )
    with op.batch_alter_table("record_head", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_record_head_entity"), ["entity"], unique=False)
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("local_rev", sa.String(), nullable=False),
        sa.Column("remote_rev", sa.String(), nullable=False),
        sa.Column("remote", sa.JSON(), nullable=False),
        sa.Column("bundle_id", sa.String(), nullable=False),
        sa.Column("signer", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("resolved_at", sa.String(length=32), nullable=True),
        sa.Column("resolved_by", sa.String(), nullable=True),
        sa.Column("resolution", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sync_conflict_entity_id"), ["entity_id"], unique=False)
    op.create_table(
        "sync_import",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("bundle_id", sa.String(), nullable=False),
        sa.Column("file_sha256", sa.String(), nullable=False),
        sa.Column("signer", sa.String(), nullable=False),
        sa.Column("exporter", sa.String(), nullable=False),
        sa.Column("bundle_created_at", sa.String(), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.Column("imported_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_import")),
    )
    with op.batch_alter_table("sync_import", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_import_bundle_id"), ["bundle_id"], unique=False)


def downgrade() -> None:
    op.drop_table("sync_import")
    op.drop_table("sync_conflict")
    op.drop_table("record_head")
    op.drop_table("record_revision")
