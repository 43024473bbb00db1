"""The History tab: every recorded change to an inspection (the audit log), newest
first — who, when, which item, old → new, and the reason given for an amendment.

The log stores table and column names, ids, codes and ISO times; this tab shows what
a person reads instead: the kind of record and its fields in the UI language, the
item's prompt, people and facilities by name, coded values (statuses, results,
kinds, roles, options) in words, certificate subjects as the person and badge, and
times in local time. Bookkeeping fields (ids, hashes, sizes) are left out.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from inspector.checklists.schema import Checklist, Item
from inspector.inspection_records import HistoryEntry, InspectionDetail
from inspector.localtime import parse_instant
from inspector.ui.context import AppContext
from inspector.ui.findings_editor import finding_status_label, severity_label
from inspector.ui.inspection_list import kind_label, status_label, verdict_label
from inspector.ui.readable import (
    actor_text,
    document_kind_label,
    language_label,
    list_separator,
    reason_text,
    signer_text,
    when,
)

translate = QCoreApplication.translate

# Bookkeeping fields that say nothing to a reader of the history (the times are the
# entry's own time, in the When column).
HIDDEN_FIELDS = {"id", "inspection_id", "answer_id", "finding_id", "followup_id",
                 "checklist_id", "item_id", "answered_by_id", "actor_id",
                 "answered_at", "checked_at", "opened_at", "signed_at", "completed_at",
                 "created_at", "sha256", "byte_size", "width", "height", "position",
                 "status_before", "image_png"}
# Fields that name another record by its id, shown by that record's name.
REFERENCE_FIELDS = {"inspector_id", "facility_id", "followup_of_id", "checked_in_id"}
# Shown elsewhere in the same entry: a signature names its signer.
HIDDEN_PAIRS = {("signature", "inspector_id")}
MAX_VALUE = 60



def entity_label(entity: str) -> str:
    labels = {
        "inspection": translate("History", "Inspection"),
        "inspection_member": translate("History", "Team"),
        "answer": translate("History", "Answer"),
        "answer_row": translate("History", "Table row"),
        "photo": translate("History", "Photo"),
        "finding": translate("History", "Finding"),
        "signature": translate("History", "Signature"),
        "amendment": translate("History", "Amendment"),
        "finding_check": translate("History", "Follow-up check"),
        "issued_document": translate("History", "Issued document"),
    }
    return labels.get(entity, entity)


def action_label(action: str) -> str:
    labels = {
        "insert": translate("History", "added"),
        "update": translate("History", "changed"),
        "delete": translate("History", "removed"),
    }
    return labels.get(action, action)


def field_label(name: str, entity: str = "") -> str:
    if entity == "issued_document" and name == "kind":
        return translate("History", "document")
    if entity == "amendment" and name == "actor":
        return translate("History", "by")
    labels = {
        "value": translate("History", "value"),
        "result": translate("History", "result"),
        "not_applicable": translate("History", "not applicable"),
        "reason": translate("History", "reason"),
        "note": translate("History", "note"),
        "cells": translate("History", "cells"),
        "status": translate("History", "status"),
        "score": translate("History", "score"),
        "verdict": translate("History", "verdict"),
        "description": translate("History", "description"),
        "required_action": translate("History", "required action"),
        "deadline": translate("History", "deadline"),
        "status_note": translate("History", "status note"),
        "signer_name": translate("History", "signer"),
        "signer_role": translate("History", "role"),
        "superseded_at": translate("History", "superseded"),
        "caption": translate("History", "caption"),
        "original_name": translate("History", "file"),
        "taken_at": translate("History", "taken"),
        "closed_at": translate("History", "closed"),
        "severity": translate("History", "severity"),
        "signer_title": translate("History", "title"),
        "kind": translate("History", "kind"),
        "inspection_date": translate("History", "date"),
        "fail_count": translate("History", "failed items"),
        "critical_fail_count": translate("History", "failed critical items"),
        "answered_count": translate("History", "answered"),
        "applicable_count": translate("History", "applicable"),
        "role": translate("History", "role"),
        "inspector_id": translate("History", "inspector"),
        "facility_id": translate("History", "facility"),
        "followup_of_id": translate("History", "follow-up of"),
        "checked_in_id": translate("History", "checked in"),
        "checklist_versions": translate("History", "checklists"),
        "report_number": translate("History", "report number"),
        "language": translate("History", "language"),
        "signer": translate("History", "signed by"),
        "created_by": translate("History", "by"),
        "actor": translate("History", "by"),
    }
    return labels.get(name, name)


def _answer_word(value: str) -> str | None:
    return {"pass": translate("History", "pass"), "fail": translate("History", "fail"),
            "na": translate("History", "not applicable"),
            "yes": translate("History", "yes"), "no": translate("History", "no")}.get(value)


def _role(value: str) -> str:
    return {"inspector": translate("History", "inspector"),
            "facility_representative": translate("History", "facility representative"),
            "lead": translate(
                "History", "lead"), "member": translate("History", "member")}.get(value, value)


def _option_label(options: Any, value: Any, language: str) -> str:
    for option in options:
        if option.id == value:
            return str(option.label.get(language))
    return str(value)


def _yes_no(value: Any) -> str:
    if isinstance(value, bool):
        return translate("History", "yes") if value else translate("History", "no")
    return _answer_word(str(value)) or str(value)


def _with_unit(value: Any, unit: Any, language: str) -> str:
    return f"{value} {unit.get(language)}" if unit is not None else str(value)


def answer_value(item: Item | None, value: Any, language: str) -> str:
    """An answer's stored value as the item words it: pass / fail, yes / no, the
    option's label, the number with its unit."""
    if item is None:
        if isinstance(value, list):
            return list_separator(language).join(_answer_word(str(v)) or str(v) for v in value)
        return _answer_word(str(value)) or str(value)
    r = item.response
    kind = r.type.value
    if kind == "multiple_choice" and isinstance(value, list):
        return list_separator(language).join(
            _option_label(r.options, v, language) for v in value) or "—"
    if isinstance(value, list):  # a single choice stored as a one-element list
        return list_separator(language).join(
            _option_label(r.options, v, language) for v in value) or "—"
    if kind == "single_choice":
        return _option_label(r.options, value, language)
    if kind == "number":
        return _with_unit(value, r.unit, language)
    if kind in ("pass_fail", "yes_no"):
        return _answer_word(str(value)) or str(value)
    return str(value)


def row_cells(item: Item | None, cells: Any, language: str) -> str:
    """A repeat group's row: "column: value" in the item's column order."""
    if not isinstance(cells, dict):
        return str(cells)
    columns = {c.id: c for c in item.response.columns} if item is not None else {}
    order = [c for c in columns if c in cells] + [c for c in cells if c not in columns]
    parts = []
    for key in order:
        value = cells[key]
        if value in (None, ""):
            continue
        column = columns.get(key)
        if column is None:
            parts.append(f"{key}: {value}")
            continue
        kind = column.type.value
        if kind == "yes_no":
            text = _yes_no(value)
        elif kind == "single_choice":
            text = _option_label(column.options, value, language)
        elif kind == "number":
            text = _with_unit(value, column.unit, language)
        else:
            text = str(value)
        parts.append(f"{column.label.get(language)}: {text}")
    return ("；" if language == "zh" else "; ").join(parts)


class HistoryWords:
    """Words for the values of one inspection's history: the items of its checklists,
    people, facilities and other inspections by name."""

    def __init__(self, ctx: AppContext, detail: InspectionDetail,
                 extra_items: dict[tuple[str, str], Item] | None = None) -> None:
        self.ctx = ctx
        self.language = ctx.language
        self.items: dict[tuple[str, str], Item] = {
            (c.id, item.id): item for c in detail.checklists for item in c.items}
        self.items.update(extra_items or {})
        self.checklists: dict[str, Checklist] = {c.id: c for c in detail.checklists}
        self.facilities = {detail.facility.id: detail.facility.name}
        self.inspectors = {m.inspector.id: f"{m.inspector.name} ({m.inspector.badge_number})"
                           for m in detail.team}
        self._inspections: dict[str, str] = {detail.id: self._inspection_text(detail)}
        self._all_inspectors_read = False

    @staticmethod
    def _inspection_text(d: InspectionDetail) -> str:
        return f"{d.date.isoformat()} {d.facility.name}"

    def inspector(self, inspector_id: str) -> str:
        if inspector_id not in self.inspectors and not self._all_inspectors_read:
            self._all_inspectors_read = True
            for p in self.ctx.workspace.inspectors.list(include_inactive=True):
                self.inspectors.setdefault(p.id, f"{p.name} ({p.badge_number})")
        return self.inspectors.get(inspector_id, translate(
            "History", "an inspector no longer registered"))

    def facility(self, facility_id: str) -> str:
        if facility_id not in self.facilities:
            try:
                self.facilities[facility_id] = self.ctx.workspace.facilities.get(
                    uuid.UUID(facility_id)).name
            except Exception:  # removed meanwhile: say so instead of showing the id
                self.facilities[facility_id] = translate(
                    "History", "a facility no longer registered")
        return self.facilities[facility_id]

    def inspection(self, inspection_id: str) -> str:
        if inspection_id not in self._inspections:
            try:
                self._inspections[inspection_id] = self._inspection_text(
                    self.ctx.workspace.inspections.detail(uuid.UUID(inspection_id)))
            except Exception:  # a deleted draft
                self._inspections[inspection_id] = translate(
                    "History", "an inspection no longer here")
        return self._inspections[inspection_id]

    def checklist_versions(self, versions: Any) -> str:
        if not isinstance(versions, dict):
            return str(versions)
        parts = []
        for cid, version in versions.items():
            checklist = self.checklists.get(cid) or self.ctx.workspace.catalog.current.get(cid)
            title = checklist.title.get(self.language) if checklist is not None else cid
            parts.append(f"{title} v{version}")
        return list_separator(self.language).join(parts)

    def reference(self, name: str, value: str) -> str:
        if name == "inspector_id":
            return self.inspector(value)
        if name == "facility_id":
            return self.facility(value)
        return self.inspection(value)  # followup_of_id, checked_in_id

    def value(self, entry: HistoryEntry, name: str, value: Any) -> str:
        """One field's value as a person reads it (full length)."""
        if value is None:
            return "—"
        item = self.items.get((entry.checklist_id or "", entry.item_id or ""))
        entity, lang = entry.entity, self.language
        if isinstance(value, bool):
            return translate("History", "yes") if value else translate("History", "no")
        if name in REFERENCE_FIELDS:
            return self.reference(name, str(value))
        if name == "checklist_versions":
            return self.checklist_versions(value)
        if name == "cells":
            return row_cells(item, value, lang)
        if isinstance(value, dict) and set(value) == {"zh", "en"}:
            return str(value[lang])
        if entity == "answer" and name == "value":
            return answer_value(item, value, lang)
        if isinstance(value, str):
            return self._coded(entity, name, value)
        if isinstance(value, list):
            return list_separator(self.language).join(str(v) for v in value)
        if isinstance(value, float):
            return f"{value:.1f}"
        return str(value)

    def _coded(self, entity: str, name: str, value: str) -> str:
        """A coded string value in words; an ISO time in local time; else as stored."""
        if name == "result":
            return _answer_word(value) or value
        if name == "status":
            return (finding_status_label(value) if entity in ("finding", "finding_check")
                    else status_label(value))
        if name == "verdict":
            return verdict_label(value)
        if name == "severity":
            return severity_label(value)
        if name == "kind":
            return document_kind_label(value) if entity == "issued_document" \
                else kind_label(value)
        if name in ("signer_role", "role"):
            return _role(value)
        if name == "language":
            return language_label(value)
        if name == "signer":
            return signer_text(value)
        if name in ("created_by", "actor"):
            return actor_text(value)
        if parse_instant(value) is not None:
            return when(value, self.language)
        return value

    def subject(self, entry: HistoryEntry) -> str:
        """Whom or what an entry without an item is about (a team member, a signer,
        a document), for the What column."""
        fields = {k: (v[1] if entry.action != "delete" else v[0])
                  for k, v in entry.changes.items() if isinstance(v, list | tuple)
                  and len(v) == 2}
        if entry.entity == "inspection_member" and fields.get("inspector_id"):
            return self.inspector(str(fields["inspector_id"]))
        if entry.entity == "issued_document" and fields.get("kind"):
            return f"{document_kind_label(str(fields['kind']))} {fields.get('report_number') or ''}"
        return ""


def describe_changes(entry: HistoryEntry, words: HistoryWords,
                     limit: int | None = MAX_VALUE) -> str:
    """The changed fields, one per line: "field: old → new" (a new record: its values)."""
    def short(text: str) -> str:
        return text if limit is None or len(text) <= limit else text[:limit - 1] + "…"

    lines = []
    for name, change in entry.changes.items():
        old, new = change if isinstance(change, list | tuple) and len(change) == 2 \
            else (None, change)
        if name in HIDDEN_FIELDS or (entry.entity, name) in HIDDEN_PAIRS or (
                entry.action == "insert" and new in (None, "", False)):
            continue
        label = field_label(name, entry.entity)
        if entry.action == "insert":
            lines.append(f"{label}: {short(words.value(entry, name, new))}")
        elif entry.action == "delete":
            lines.append(f"{label}: {short(words.value(entry, name, old))}")
        else:
            lines.append(f"{label}: {short(words.value(entry, name, old))} → "
                         f"{short(words.value(entry, name, new))}")
    return "\n".join(lines)


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
        stamp = self.fontMetrics().horizontalAdvance("2026-12-31 23:59:59") + 24
        for column, width in enumerate((stamp, 170, 380, 380)):
            self.tree.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

    def _words(self) -> HistoryWords:
        svc = self.ctx.workspace.inspections
        iid = uuid.UUID(self.inspection_id)
        detail = svc.detail(iid)
        extra: dict[tuple[str, str], Item] = {}
        if detail.kind == "followup":  # the original's items it checks
            checked = {(f.checklist_id, f.item_id) for f in svc.followup_findings(iid)}
            originals = {f.inspection_id for f in svc.followup_findings(iid)}
            for original in originals:
                for c in svc.detail(uuid.UUID(original)).checklists:
                    for item in c.items:
                        if (c.id, item.id) in checked:
                            extra.setdefault((c.id, item.id), item)
        return HistoryWords(self.ctx, detail, extra)

    def refresh(self) -> None:
        entries = self.ctx.workspace.inspections.history(uuid.UUID(self.inspection_id))
        words = self._words()
        lang = self.ctx.language
        inspection_name: Callable[[str], str] = words.inspection
        self.tree.clear()
        for entry in entries:
            what = f"{entity_label(entry.entity)} {action_label(entry.action)}"
            item = words.items.get((entry.checklist_id or "", entry.item_id or ""))
            if entry.item_id:
                what += "\n" + (item.prompt.get(lang) if item is not None
                                else translate("History", "an item no longer in the checklist"))
            elif subject := words.subject(entry):
                what += "\n" + subject
            changes = describe_changes(entry, words)
            row = QTreeWidgetItem([when(entry.at, lang, seconds=True), actor_text(entry.actor),
                                   what, changes, reason_text(entry.reason, inspection_name)])
            full = describe_changes(entry, words, limit=None)
            if full != changes:
                row.setToolTip(3, full)
            for column in range(self.COLUMNS):
                row.setTextAlignment(column, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.tree.addTopLevelItem(row)
        self.summary.setText(self.tr(
            "%n recorded change(s), newest first. The log cannot be edited: a signed "
            "inspection is changed only through an amendment with a reason.", "",
            len(entries)))
