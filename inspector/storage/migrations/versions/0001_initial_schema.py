"""Initial schema: facilities, inspectors, inspections, answers, photos, findings,
signatures, audit log and settings.

Revision ID: 0001
Revises:
Create Date: 2026-11-23 00:55:38.295797
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("inspection_id", sa.Uuid(), nullable=True),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("reason", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_entity"), ["entity"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_entity_id"), ["entity_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_audit_log_inspection_id"), ["inspection_id"], unique=False
        )

    op.create_table(
        "checklist_version",
        sa.Column("checklist_id", sa.String(), nullable=False),
        sa.Column("version", sa.String(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("checklist_id", "version", name=op.f("pk_checklist_version")),
    )
    op.create_table(
        "facility",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("credit_code", sa.String(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("district", sa.String(), nullable=False),
        sa.Column("township", sa.String(), nullable=False),
        sa.Column("registration_kind", sa.String(), nullable=False),
        sa.Column("facility_type", sa.String(), nullable=False),
        sa.Column("service_modes", sa.JSON(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("takes_under_2", sa.Boolean(), nullable=False),
        sa.Column("serves_meals", sa.Boolean(), nullable=False),
        sa.Column("filing_status", sa.String(), nullable=False),
        sa.Column("filing_number", sa.String(), nullable=True),
        sa.Column("representative", sa.String(), nullable=False),
        sa.Column("contact_name", sa.String(), nullable=True),
        sa.Column("contact_phone", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facility")),
    )
    with op.batch_alter_table("facility", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_facility_credit_code"), ["credit_code"], unique=True)
        batch_op.create_index(batch_op.f("ix_facility_district"), ["district"], unique=False)
        batch_op.create_index(batch_op.f("ix_facility_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_facility_township"), ["township"], unique=False)

    op.create_table(
        "inspector_profile",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("department", sa.String(), nullable=False),
        sa.Column("badge_number", sa.String(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspector_profile")),
    )
    with op.batch_alter_table("inspector_profile", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_inspector_profile_badge_number"), ["badge_number"], unique=True
        )

    op.create_table(
        "setting",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "inspection",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("facility_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("inspection_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("checklist_versions", sa.JSON(), nullable=False),
        sa.Column("followup_of_id", sa.Uuid(), nullable=True),
        sa.Column("report_number", sa.String(), nullable=True),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("verdict", sa.String(), nullable=True),
        sa.Column("fail_count", sa.Integer(), nullable=False),
        sa.Column("critical_fail_count", sa.Integer(), nullable=False),
        sa.Column("answered_count", sa.Integer(), nullable=False),
        sa.Column("applicable_count", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(), nullable=True),
        sa.Column("position", sa.JSON(), nullable=False),
        sa.Column("completed_at", sa.String(length=32), nullable=True),
        sa.Column("signed_at", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facility.id"], name=op.f("fk_inspection_facility_id_facility")
        ),
        sa.ForeignKeyConstraint(
            ["followup_of_id"],
            ["inspection.id"],
            name=op.f("fk_inspection_followup_of_id_inspection"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection")),
        sa.UniqueConstraint("report_number", name=op.f("uq_inspection_report_number")),
    )
    with op.batch_alter_table("inspection", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_inspection_facility_id"), ["facility_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_inspection_followup_of_id"), ["followup_of_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_inspection_inspection_date"), ["inspection_date"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_inspection_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_inspection_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_inspection_verdict"), ["verdict"], unique=False)

    op.create_table(
        "answer",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("inspection_id", sa.Uuid(), nullable=False),
        sa.Column("checklist_id", sa.String(), nullable=False),
        sa.Column("item_id", sa.String(), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("not_applicable", sa.Boolean(), nullable=False),
        sa.Column("result", sa.String(), nullable=True),
        sa.Column("reason", sa.JSON(), nullable=True),
        sa.Column("note", sa.String(), nullable=True),
        sa.Column("answered_by_id", sa.Uuid(), nullable=True),
        sa.Column("answered_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["answered_by_id"],
            ["inspector_profile.id"],
            name=op.f("fk_answer_answered_by_id_inspector_profile"),
        ),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspection.id"],
            name=op.f("fk_answer_inspection_id_inspection"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer")),
        sa.UniqueConstraint(
            "inspection_id",
            "checklist_id",
            "item_id",
            name=op.f("uq_answer_inspection_id_checklist_id_item_id"),
        ),
    )
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_answer_answered_by_id"), ["answered_by_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_answer_inspection_id"), ["inspection_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_answer_result"), ["result"], unique=False)

    op.create_table(
        "inspection_member",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("inspection_id", sa.Uuid(), nullable=False),
        sa.Column("inspector_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspection.id"],
            name=op.f("fk_inspection_member_inspection_id_inspection"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["inspector_id"],
            ["inspector_profile.id"],
            name=op.f("fk_inspection_member_inspector_id_inspector_profile"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_member")),
        sa.UniqueConstraint(
            "inspection_id",
            "inspector_id",
            name=op.f("uq_inspection_member_inspection_id_inspector_id"),
        ),
    )
    with op.batch_alter_table("inspection_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_inspection_member_inspection_id"), ["inspection_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_inspection_member_inspector_id"), ["inspector_id"], unique=False
        )

    op.create_table(
        "signature",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("inspection_id", sa.Uuid(), nullable=False),
        sa.Column("inspector_id", sa.Uuid(), nullable=True),
        sa.Column("signer_name", sa.String(), nullable=False),
        sa.Column("signer_role", sa.String(), nullable=False),
        sa.Column("signer_title", sa.String(), nullable=True),
        sa.Column("image_png", sa.LargeBinary(), nullable=False),
        sa.Column("signed_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspection.id"],
            name=op.f("fk_signature_inspection_id_inspection"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["inspector_id"],
            ["inspector_profile.id"],
            name=op.f("fk_signature_inspector_id_inspector_profile"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signature")),
    )
    with op.batch_alter_table("signature", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_signature_inspection_id"), ["inspection_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_signature_inspector_id"), ["inspector_id"], unique=False
        )

    op.create_table(
        "answer_row",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("answer_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("cells", sa.JSON(), nullable=False),
        sa.Column("note", sa.String(), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["answer_id"],
            ["answer.id"],
            name=op.f("fk_answer_row_answer_id_answer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer_row")),
    )
    with op.batch_alter_table("answer_row", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_answer_row_answer_id"), ["answer_id"], unique=False)

    op.create_table(
        "finding",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("inspection_id", sa.Uuid(), nullable=False),
        sa.Column("answer_id", sa.Uuid(), nullable=True),
        sa.Column("checklist_id", sa.String(), nullable=False),
        sa.Column("item_id", sa.String(), nullable=False),
        sa.Column("severity", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("required_action", sa.String(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("status_note", sa.String(), nullable=True),
        sa.Column("checked_in_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["answer_id"],
            ["answer.id"],
            name=op.f("fk_finding_answer_id_answer"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["checked_in_id"], ["inspection.id"], name=op.f("fk_finding_checked_in_id_inspection")
        ),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspection.id"],
            name=op.f("fk_finding_inspection_id_inspection"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finding")),
    )
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_finding_answer_id"), ["answer_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_finding_checked_in_id"), ["checked_in_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_finding_deadline"), ["deadline"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_finding_inspection_id"), ["inspection_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_finding_status"), ["status"], unique=False)

    op.create_table(
        "photo",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("inspection_id", sa.Uuid(), nullable=False),
        sa.Column("answer_id", sa.Uuid(), nullable=True),
        sa.Column("finding_id", sa.Uuid(), nullable=True),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("byte_size", sa.Integer(), nullable=False),
        sa.Column("caption", sa.String(), nullable=True),
        sa.Column("original_name", sa.String(), nullable=True),
        sa.Column("taken_at", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["answer_id"],
            ["answer.id"],
            name=op.f("fk_photo_answer_id_answer"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["finding_id"],
            ["finding.id"],
            name=op.f("fk_photo_finding_id_finding"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspection.id"],
            name=op.f("fk_photo_inspection_id_inspection"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo")),
    )
    with op.batch_alter_table("photo", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_photo_answer_id"), ["answer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_photo_finding_id"), ["finding_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_photo_inspection_id"), ["inspection_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_photo_sha256"), ["sha256"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("photo", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_photo_sha256"))
        batch_op.drop_index(batch_op.f("ix_photo_inspection_id"))
        batch_op.drop_index(batch_op.f("ix_photo_finding_id"))
        batch_op.drop_index(batch_op.f("ix_photo_answer_id"))

    op.drop_table("photo")
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_finding_status"))
        batch_op.drop_index(batch_op.f("ix_finding_inspection_id"))
        batch_op.drop_index(batch_op.f("ix_finding_deadline"))
        batch_op.drop_index(batch_op.f("ix_finding_checked_in_id"))
        batch_op.drop_index(batch_op.f("ix_finding_answer_id"))

    op.drop_table("finding")
    with op.batch_alter_table("answer_row", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_answer_row_answer_id"))

    op.drop_table("answer_row")
    with op.batch_alter_table("signature", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signature_inspector_id"))
        batch_op.drop_index(batch_op.f("ix_signature_inspection_id"))

    op.drop_table("signature")
    with op.batch_alter_table("inspection_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inspection_member_inspector_id"))
        batch_op.drop_index(batch_op.f("ix_inspection_member_inspection_id"))

    op.drop_table("inspection_member")
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_answer_result"))
        batch_op.drop_index(batch_op.f("ix_answer_inspection_id"))
        batch_op.drop_index(batch_op.f("ix_answer_answered_by_id"))

    op.drop_table("answer")
    with op.batch_alter_table("inspection", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inspection_verdict"))
        batch_op.drop_index(batch_op.f("ix_inspection_status"))
        batch_op.drop_index(batch_op.f("ix_inspection_kind"))
        batch_op.drop_index(batch_op.f("ix_inspection_inspection_date"))
        batch_op.drop_index(batch_op.f("ix_inspection_followup_of_id"))
        batch_op.drop_index(batch_op.f("ix_inspection_facility_id"))

    op.drop_table("inspection")
    op.drop_table("setting")
    with op.batch_alter_table("inspector_profile", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inspector_profile_badge_number"))

    op.drop_table("inspector_profile")
    with op.batch_alter_table("facility", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_facility_township"))
        batch_op.drop_index(batch_op.f("ix_facility_name"))
        batch_op.drop_index(batch_op.f("ix_facility_district"))
        batch_op.drop_index(batch_op.f("ix_facility_credit_code"))

    op.drop_table("facility")
    op.drop_table("checklist_version")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_inspection_id"))
        batch_op.drop_index(batch_op.f("ix_audit_log_entity_id"))
        batch_op.drop_index(batch_op.f("ix_audit_log_entity"))

    op.drop_table("audit_log")
