"""Limits and rules that both the core and the screens apply, defined once.

The core enforces them (a refusal names the rule); the desktop app imports them to
say the same thing before a request is even made. Nothing here may be re-typed
elsewhere: a test looks for copies.
"""

from __future__ import annotations

from inspector.checklists.schema import Item

# An amendment reopens a signed record: the reason is kept on the record and in the
# audit log, so "x" or "ok" is not a reason.
MIN_AMENDMENT_REASON = 5

# A new signing key's passphrase (PKCS#12 with 600,000 PBKDF2 rounds).
MIN_PASSPHRASE = 8

FAIL = "fail"


def evidence_needed(item: Item, result: str | None, *, has_note: bool,
                    has_photo: bool) -> str | None:
    """What a failed answer still lacks before the inspection can be completed:
    "photo" where the item asks for one when it fails, "note" for a failed critical
    item that has neither a note nor a photo; None when nothing is missing."""
    if result != FAIL:
        return None
    if item.photo_on_fail and not has_photo:
        return "photo"
    if item.severity == "critical" and not has_note and not has_photo:
        return "note"
    return None
