"""The History tab: every recorded change to an inspection (the audit log), newest
first — who, when, which item, old → new, and the reason given for an amendment."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from inspector.inspection_records import HistoryEntry
from inspector.ui.context import AppContext
from inspector.ui.findings_editor import finding_status_label, severity_label
from inspector.ui.inspection_list import kind_label, status_label, verdict_label

# Bookkeeping fields that say nothing to a reader of the history.
HIDDEN_FIELDS = {"id", "inspection_id", "answer_id", "finding_id", "followup_id",
                 "checklist_id", "item_id", "answered_by_id", "inspector_id", "actor_id",
                 "answered_at", "checked_at", "opened_at", "signed_at", "completed_at",
                 "sha256", "byte_size", "width", "height", "position", "status_before",
                 "checklist_versions", "facility_id", "image_png"}
MAX_VALUE = 60


def entity_label(entity: str) -> str:
    labels = {
        "inspection": QCoreApplication.translate("History", "Inspection"),
        "inspection_member": QCoreApplication.translate("History", "Team"),
        "answer": QCoreApplication.translate("History", "Answer"),
        "answer_row": QCoreApplication.translate("History", "Table row"),
        "photo": QCoreApplication.translate("History", "Photo"),
        "finding": QCoreApplication.translate("History", "Finding"),
        "signature": QCoreApplication.translate("History", "Signature"),
        "amendment": QCoreApplication.translate("History", "Amendment"),
        "finding_check": QCoreApplication.translate("History", "Follow-up check"),
    }
    return labels.get(entity, entity)


def action_label(action: str) -> str:
    labels = {
        "insert": QCoreApplication.translate("History", "added"),
        "update": QCoreApplication.translate("History", "changed"),
        "delete": QCoreApplication.translate("History", "removed"),
    }
    return labels.get(action, action)


def field_label(name: str) -> str:
    labels = {
        "value": QCoreApplication.translate("History", "value"),
        "result": QCoreApplication.translate("History", "result"),
        "not_applicable": QCoreApplication.translate("History", "not applicable"),
        "reason": QCoreApplication.translate("History", "reason"),
        "note": QCoreApplication.translate("History", "note"),
        "cells": QCoreApplication.translate("History", "cells"),
        "status": QCoreApplication.translate("History", "status"),
        "score": QCoreApplication.translate("History", "score"),
        "verdict": QCoreApplication.translate("History", "verdict"),
        "description": QCoreApplication.translate("History", "description"),
        "required_action": QCoreApplication.translate("History", "required action"),
        "deadline": QCoreApplication.translate("History", "deadline"),
        "status_note": QCoreApplication.translate("History", "status note"),
        "signer_name": QCoreApplication.translate("History", "signer"),
        "signer_role": QCoreApplication.translate("History", "role"),
        "superseded_at": QCoreApplication.translate("History", "superseded"),
        "caption": QCoreApplication.translate("History", "caption"),
        "original_name": QCoreApplication.translate("History", "file"),
        "closed_at": QCoreApplication.translate("History", "closed"),
        "severity": QCoreApplication.translate("History", "severity"),
        "signer_title": QCoreApplication.translate("History", "title"),
        "kind": QCoreApplication.translate("History", "kind"),
        "inspection_date": QCoreApplication.translate("History", "date"),
        "fail_count": QCoreApplication.translate("History", "failed items"),
        "critical_fail_count": QCoreApplication.translate("History", "failed critical items"),
        "answered_count": QCoreApplication.translate("History", "answered"),
        "applicable_count": QCoreApplication.translate("History", "applicable"),
        "role": QCoreApplication.translate("History", "role"),
    }
    return labels.get(name, name)


def _coded(entity: str, name: str, value: str) -> str:
    """The label of a coded value (a status, a result...), or the value itself."""
    answers = {"pass": QCoreApplication.translate("History", "pass"),
               "fail": QCoreApplication.translate("History", "fail"),
               "na": QCoreApplication.translate("History", "not applicable"),
               "yes": QCoreApplication.translate("History", "yes"),
               "no": QCoreApplication.translate("History", "no")}
    roles = {"inspector": QCoreApplication.translate("History", "inspector"),
             "facility_representative": QCoreApplication.translate(
                 "History", "facility representative"),
             "lead": QCoreApplication.translate("History", "lead"),
             "member": QCoreApplication.translate("History", "member")}
    if name in ("result", "value"):
        return answers.get(value, value)
    if name == "status":
        return (finding_status_label(value) if entity in ("finding", "finding_check")
                else status_label(value))
    if name == "verdict":
        return verdict_label(value)
    if name == "severity":
        return severity_label(value)
    if name == "kind":
        return kind_label(value)
    if name in ("signer_role", "role"):
        return roles.get(value, value)
    return value


def _value(value: Any, language: str, entity: str = "", name: str = "") -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        value = _coded(entity, name, value)
    if isinstance(value, bool):
        return (QCoreApplication.translate("History", "yes") if value
                else QCoreApplication.translate("History", "no"))
    if isinstance(value, dict) and set(value) == {"zh", "en"}:
        value = value[language]
    text = str(value)
    return text if len(text) <= MAX_VALUE else text[:MAX_VALUE - 1] + "…"


def describe_changes(entry: HistoryEntry, language: str) -> str:
    """The changed fields, one per line: "field: old → new" (a new record: its values)."""
    lines = []
    for name, (old, new) in entry.changes.items():
        if name in HIDDEN_FIELDS or (entry.action == "insert" and new in (None, "", False)):
            continue
        if entry.action == "insert":
            lines.append(f"{field_label(name)}: {_value(new, language, entry.entity, name)}")
        elif entry.action == "delete":
            lines.append(f"{field_label(name)}: {_value(old, language, entry.entity, name)}")
        else:
            lines.append(f"{field_label(name)}: {_value(old, language, entry.entity, name)} → "
                         f"{_value(new, language, entry.entity, name)}")
    return "\n".join(lines)


def local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


class HistoryPage(QWidget):
    COLUMNS = 5

    def __init__(self, ctx: AppContext, inspection_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.inspection_id = inspection_id
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(self.COLUMNS)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"),
                                   self.tr("Change"), self.tr("Reason")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        for column, width in enumerate((150, 170, 380, 380)):
            self.tree.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

    def _prompts(self) -> dict[tuple[str, str], str]:
        svc = self.ctx.workspace.inspections
        detail = svc.detail(uuid.UUID(self.inspection_id))
        lang = self.ctx.language
        prompts = {(c.id, item.id): item.prompt.get(lang)
                   for c in detail.checklists for item in c.items}
        if detail.kind == "followup":
            for f in svc.followup_findings(uuid.UUID(self.inspection_id)):
                prompts.setdefault((f.checklist_id, f.item_id), f.prompt[lang])
        return prompts

    def refresh(self) -> None:
        entries = self.ctx.workspace.inspections.history(uuid.UUID(self.inspection_id))
        prompts = self._prompts()
        lang = self.ctx.language
        self.tree.clear()
        for entry in entries:
            what = f"{entity_label(entry.entity)} {action_label(entry.action)}"
            if entry.item_id:
                prompt = prompts.get((entry.checklist_id or "", entry.item_id), entry.item_id)
                what += f"\n{prompt}"
            reason = entry.reason or ""
            if reason.startswith("amendment: "):
                reason = self.tr("Amendment: {reason}").format(
                    reason=reason.removeprefix("amendment: "))
            row = QTreeWidgetItem([local_time(entry.at), entry.actor, what,
                                   describe_changes(entry, lang), reason])
            for column in range(self.COLUMNS):
                row.setTextAlignment(column, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.tree.addTopLevelItem(row)
        self.summary.setText(self.tr(
            "%n recorded change(s), newest first. The log cannot be edited: a signed "
            "inspection is changed only through an amendment with a reason.", "",
            len(entries)))
