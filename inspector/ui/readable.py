"""Words for what records store as codes, shared by the screens that show record data
(history, documents, verification, conflicts, settings): who did something (the
audit log's actor, a certificate subject), why (the audit log's reason), the kind
and language of an issued document, and times in local time.

The core takes the stored strings apart (``inspector/actors.py``) and formats times
(``inspector/localtime.py``); this module only words the parts in the UI language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from inspector.actors import ActorInfo, parse_actor, parse_reason, subject_label
from inspector.localtime import format_local

translate = QCoreApplication.translate


def list_separator(language: str) -> str:
    """Between the items of a list in running text: 、 in Chinese, a comma in English."""
    return "、" if language == "zh" else ", "


def when(moment: datetime | str | None, language: str, *, seconds: bool = False,
         style: str = "short", zone: bool = False) -> str:
    """A stored time in local time, as the UI shows times."""
    return format_local(moment, language, seconds=seconds, style=style, zone=zone)


def actor_text(actor: str | None) -> str:
    """An audit-log actor as a person reads it."""
    info = parse_actor(actor or "")
    if info.kind == "import":
        by = actor_text_of(info.by) if info.by is not None else ""
        return translate(
            "Readable", "{who}, imported from {signer}'s bundle").format(who=by, signer=info.name)
    return actor_text_of(info)


def actor_text_of(info: ActorInfo) -> str:
    kind, name = info.kind, info.name
    if kind == "desktop":
        return translate("Readable", "This computer (no inspector chosen)")
    if kind == "demo":
        return translate("Readable", "Demo data")
    if kind == "command":
        return translate("Readable", "Command line ({command})").format(command=name)
    return str(name)


def signer_text(subject: str | None) -> str:
    """A certificate subject (or a plain name) as the person: 王建国 (WJ-001)."""
    return subject_label(subject) or "—"


def reason_text(reason: str | None,
                inspection_name: Callable[[str], str] | None = None) -> str:
    """The reason a change was recorded with; ``inspection_name`` words the id of an
    inspection (a follow-up)."""
    info = parse_reason(reason)
    if info is None:
        return ""
    if info.kind == "amendment":
        return translate("Readable", "Amendment: {reason}").format(reason=info.text)
    if info.kind == "followup":
        name = inspection_name(info.ref) if inspection_name else ""
        return translate(
            "Readable", "Follow-up {inspection}").format(inspection=name).strip() if name \
            else translate("Readable", "Follow-up")
    if info.kind == "import":
        return translate("Readable", "Imported from a bundle")
    if info.kind == "conflict":
        return translate("Readable", "Sync conflict resolved")
    if info.kind == "draft_deleted":
        return translate("Readable", "Draft deleted")
    return info.text


def document_kind_label(kind: str) -> str:
    return {"report": translate("Readable", "Inspection report"),
            "notice": translate("Readable", "Rectification notice")}.get(kind, kind)


def language_label(language: str) -> str:
    """The language of a document: Chinese, English, or both."""
    return {"zh": translate("Readable", "Chinese"), "en": translate("Readable", "English"),
            "both": translate("Readable", "Chinese and English")}.get(language, language)


__all__ = ["actor_text", "document_kind_label", "language_label", "list_separator",
           "reason_text", "signer_text", "when"]
