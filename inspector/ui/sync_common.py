"""What the bundle dialogs share: a worker thread with progress, and the words for
the core's sync results in the UI language.

The core (``inspector.sync``) says why a bundle was refused as a stable code with an
English message, and what happened to each record as an outcome code with an English
reason. The dialogs show a translated headline per code and, where the core's
sentence is one of its fixed ones, a translated reason; anything else is shown in the
core's own words.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor

from inspector.sync.importer import Outcome
from inspector.ui.context import join_names

# lupdate finds translate("Sync", "...") calls by this name.
translate = QCoreApplication.translate


# Outcome colours: readable as text on light and dark palettes.
OUTCOME_COLORS = {
    "new": QColor("#1e8e3e"),
    "updated": QColor("#1a73e8"),
    "identical": QColor("#80868b"),
    "older": QColor("#80868b"),
    "conflict": QColor("#e37400"),
    "rejected": QColor("#d93025"),
}
# Order of the preview: what needs attention first.
OUTCOME_ORDER = ("rejected", "conflict", "new", "updated", "older", "identical")
UNCHANGED = ("identical", "older")




def entity_label(entity: str) -> str:
    return {"facility": translate("Sync", "Facility"), "inspector": translate("Sync", "Inspector"),
            "inspection": translate("Sync", "Inspection")}.get(entity, entity)


def outcome_label(outcome: str) -> str:
    return {"new": translate("Sync", "New"), "identical": translate("Sync", "Already here"),
            "older": translate("Sync", "Older — kept ours"),
            "updated": translate("Sync", "Updated"), "conflict": translate("Sync", "Conflict"),
            "rejected": translate("Sync", "Rejected")}.get(outcome, outcome)


def refusal_headline(code: str) -> str:
    """One line saying why a whole bundle was refused."""
    headlines = {
        "io_error": translate("Sync", "The file could not be read"),
        "too_large": translate("Sync", "The bundle is too large"),
        "damaged": translate("Sync", "The file is damaged"),
        "too_many_entries": translate("Sync", "The bundle holds too many files"),
        "bad_name": translate("Sync", "The bundle holds a file with a forbidden name"),
        "directory_entry": translate("Sync", "The bundle has an unexpected structure"),
        "link_entry": translate("Sync", "The bundle holds a link, which is not allowed"),
        "duplicate_entry": translate("Sync", "The bundle holds the same file twice"),
        "encrypted_entry": translate("Sync", "The bundle holds an encrypted file"),
        "unsupported_compression": translate("Sync", "The bundle uses an unsupported compression"),
        "overlapping_entries": translate("Sync", "The bundle is malformed (overlapping files)"),
        "zip_bomb": translate("Sync", "The bundle is malformed (it would unpack far too large)"),
        "unknown_format": translate("Sync", "This is not an inspection bundle"),
        "unsupported_version":
            translate("Sync", "The bundle comes from a newer version of the app"),
        "bad_manifest": translate("Sync", "The bundle's table of contents is damaged"),
        "manifest_mismatch":
            translate("Sync", "The bundle's contents do not match its table of contents"),
        "not_signed": translate("Sync", "The bundle is not signed"),
        "bad_signature": translate("Sync", "The signature is not valid"),
        "bad_certificate": translate("Sync", "The signer's certificate is not valid"),
        "untrusted_signer": translate("Sync", "The signer is not trusted on this computer"),
        "hash_mismatch": translate("Sync", "The bundle was altered after it was signed"),
        "bad_json": translate("Sync", "A record in the bundle is damaged"),
        "bad_image": translate("Sync", "A photo in the bundle is damaged"),
        "bad_record": translate("Sync", "A record in the bundle is not valid"),
        "missing_photo": translate("Sync", "A photo the records need is missing"),
    }
    return headlines.get(code, translate("Sync", "The bundle was refused"))


# The importer's reasons (REASONS in inspector/sync/importer.py) in the UI language;
# reasons with varying details are shown as the core words them.
_REASONS: dict[str, Callable[[], str]] = {
    "new_here": lambda: translate("Sync", "Not here before."),
    "later_version": lambda: translate("Sync", "A later version of ours."),
    "same_version":
        lambda: translate("Sync", "This computer has the same version."),
    "later_here":
        lambda: translate("Sync", "This computer has a later version; ours is kept."),
    "facility_rejected": lambda: translate("Sync", "Its facility was rejected."),
    "deleted_here":
        lambda: translate("Sync", "Deleted here as a draft; the bundle holds no later "
                          "change to it."),
    "original_rejected":
        lambda: translate("Sync", "Its original inspection was rejected."),
    "conflict_pending":
        lambda: translate("Sync", "Already kept as a conflict, waiting for a decision."),
    "conflict_newer_pending":
        lambda: translate(
            "Sync", "A later version from the other computer is already kept as a conflict."),
    "conflict_replaced":
        lambda: translate("Sync", "Changed on both computers; this later version from the "
                          "other computer replaces the one waiting for a decision."),
    "conflict_new":
        lambda: translate("Sync", "Changed both here and on the other computer; both "
                          "versions are kept until someone chooses."),
    "signed_here":
        lambda: translate("Sync", "It is signed and locked here, and the bundle has different "
                          "content under the same id: refused as a possible forgery (a "
                          "correction needs an amendment on this computer)."),
}


def reason_text(outcome: Outcome) -> str:
    known = _REASONS.get(outcome.code)
    return known() if known is not None else outcome.reason


# The conflict service's refusals (inspector/sync/conflicts.py).
_CONFLICT_ERRORS: list[tuple[str, Callable[[], str]]] = [
    ("this conflict was already resolved or does not exist",
     lambda: translate("Sync", "This conflict was already resolved, or it no longer exists.")),
    ("the record is no longer here",
     lambda: translate("Sync", "The record is no longer on this computer.")),
    ("the other version is signed",
     lambda: translate("Sync", "The other version is signed: take it whole or keep yours whole.")),
    ("the chosen combination cannot be saved",
     lambda: translate("Sync", "This combination of choices cannot be saved:")),
]


def conflict_error_text(error: BaseException) -> str:
    text = str(error).strip()
    for start, make in _CONFLICT_ERRORS:
        if text.startswith(start):
            rest = text[len(start):].lstrip(": ").strip()
            return f"{make()} {rest}".strip() if rest else make()
    return text or type(error).__name__


def grouped_fingerprint(fingerprint: str) -> str:
    """A SHA-256 fingerprint in groups of four, two lines of eight groups, so a person
    can read it out and compare it over the phone."""
    hexed = fingerprint.replace(":", "").upper()
    groups = [hexed[i:i + 4] for i in range(0, len(hexed), 4)]
    return "\n".join(" ".join(groups[i:i + 8]) for i in range(0, len(groups), 8))


def file_size(size: int) -> str:
    return QLocale().formattedDataSize(size)


def local_time(value: str | datetime) -> str:
    """An ISO timestamp (UTC or with offset) as local time, to the minute."""
    moment = value
    if isinstance(moment, str):
        try:
            moment = datetime.fromisoformat(moment.replace("Z", "+00:00"))
        except ValueError:
            return str(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def join_counts(parts: list[str]) -> str:
    """Counts in running text (、 in Chinese), as every list of names is joined."""
    return join_names(parts)
