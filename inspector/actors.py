"""Who did something and why, as a person reads it: certificate subjects, and the
actors and reasons of the audit log.

Records name people in two machine forms. A signing certificate's subject is stored
as an RFC 4514 string (``2.5.4.5=WJ-001,OU=区卫生健康局,CN=王建国``); ``subject_person``
gives its common name and badge (serial number) and ``person_label`` writes them as
``王建国 (WJ-001)``, the way inspectors are named everywhere else. The audit log's
actor is a short string made by whoever wrote (an inspector ``王建国 (WJ-001)``, the
command line ``cli: report``, the demo loader, a bundle import ``… — import from …``);
``parse_actor`` says which, with its parts, so a screen can word it in its language
(codes and parameters, never an English sentence to translate). ``parse_reason``
does the same for the reason a write gave (an amendment's, a follow-up's, an
import's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Attribute names of RFC 4514 strings, as cryptography writes them (dotted OIDs for
# the ones it has no short name for).
_COMMON_NAME = ("CN", "2.5.4.3", "commonName")
_SERIAL = ("2.5.4.5", "serialNumber", "SERIALNUMBER")
_ORG_UNIT = ("OU", "2.5.4.11", "organizationalUnitName")
_PAIR = re.compile(r"^\s*([A-Za-z][A-Za-z0-9-]*|\d+(?:\.\d+)+)\s*=(.*)$", re.S)
# The separator the sync importer puts between the importing user and the bundle's
# signer (inspector/sync/importer.py).
IMPORT_SEPARATOR = " — import from "


@dataclass(frozen=True)
class SubjectPerson:
    name: str | None  # the common name
    badge: str | None  # the serial number (an inspector's badge)
    department: str | None  # the organisational unit


def _split_rdns(subject: str) -> list[str]:
    """Split at the commas (and plus signs) that are not escaped."""
    parts, current, escaped = [], [], False
    for char in subject:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            current.append(char)
            escaped = True
        elif char in ",+":
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _unescape(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1]
    out, i = [], 0
    while i < len(value):
        char = value[i]
        if char == "\\" and i + 1 < len(value):
            pair = value[i + 1:i + 3]
            if re.fullmatch(r"[0-9A-Fa-f]{2}", pair):  # UTF-8 bytes as hex pairs
                raw = bytearray()
                while i < len(value) and value[i] == "\\" and re.fullmatch(
                        r"[0-9A-Fa-f]{2}", value[i + 1:i + 3]):
                    raw.append(int(value[i + 1:i + 3], 16))
                    i += 3
                out.append(raw.decode("utf-8", "replace"))
                continue
            out.append(value[i + 1])
            i += 2
            continue
        out.append(char)
        i += 1
    return "".join(out)


def subject_attributes(subject: str) -> dict[str, str]:
    """{attribute name: value} of an RFC 4514 string (the first of each name)."""
    found: dict[str, str] = {}
    for part in _split_rdns(subject):
        pair = _PAIR.match(part)
        if pair:
            found.setdefault(pair.group(1), _unescape(pair.group(2)))
    return found


def is_subject(text: str) -> bool:
    """Whether ``text`` looks like a certificate subject rather than a plain name."""
    attributes = subject_attributes(text)
    return any(k in attributes for k in (*_COMMON_NAME, *_SERIAL, *_ORG_UNIT))


def subject_person(subject: str) -> SubjectPerson:
    attributes = subject_attributes(subject)

    def first(names: tuple[str, ...]) -> str | None:
        return next((attributes[n] for n in names if attributes.get(n)), None)

    return SubjectPerson(first(_COMMON_NAME), first(_SERIAL), first(_ORG_UNIT))


def person_label(name: str | None, badge: str | None = None) -> str:
    """``王建国 (WJ-001)``; the name or the badge alone when only one is known."""
    if name and badge:
        return f"{name} ({badge})"
    return name or badge or ""


def subject_label(subject: str | None) -> str:
    """A certificate subject as the person it names (``王建国 (WJ-001)``); text that
    is no subject is returned as it is."""
    if not subject:
        return ""
    if not is_subject(subject):
        return subject
    person = subject_person(subject)
    return person_label(person.name, person.badge) or subject


@dataclass(frozen=True)
class ActorInfo:
    """An audit-log actor taken apart.

    ``kind``: ``person`` (``name`` is an inspector, ``王建国 (WJ-001)``), ``desktop``
    (the app with no current inspector chosen), ``command`` (the command line;
    ``name`` is the command), ``demo`` (the demo data loader), ``import`` (a bundle
    import: ``by`` is who imported, ``name`` the bundle's signer), or ``other``
    (``name`` as stored)."""

    kind: str
    name: str
    by: ActorInfo | None = None


def parse_actor(actor: str) -> ActorInfo:
    actor = (actor or "").strip()
    if IMPORT_SEPARATOR in actor:
        who, signer = actor.split(IMPORT_SEPARATOR, 1)
        return ActorInfo("import", subject_label(signer.strip()), parse_actor(who))
    if actor == "desktop user":
        return ActorInfo("desktop", "")
    if actor == "demo":
        return ActorInfo("demo", "")
    if actor.startswith("cli: "):
        return ActorInfo("command", actor.removeprefix("cli: "))
    if actor.startswith("inspector "):  # "inspector import", "inspector conflicts resolve"
        return ActorInfo("command", actor.removeprefix("inspector "))
    if re.fullmatch(r".+ \([^()]+\)", actor):
        return ActorInfo("person", actor)
    if is_subject(actor):
        return ActorInfo("person", subject_label(actor))
    return ActorInfo("other", actor)


@dataclass(frozen=True)
class ReasonInfo:
    """An audit-log reason taken apart. ``kind``: ``amendment`` (``text`` is the reason
    given), ``followup`` (``ref``: the follow-up inspection's id), ``import`` (``ref``:
    the bundle id), ``conflict`` (a sync conflict resolved; ``ref``: its id or the
    bundle's), ``draft_deleted``, or ``other`` (``text`` as stored)."""

    kind: str
    text: str = ""
    ref: str = ""


_FOLLOWUP = re.compile(r"^follow-up ([0-9a-f-]{36})$")
_CONFLICT = re.compile(r"^sync conflict (?:([0-9a-f-]{36}) resolved|resolved \((.*)\))$")


def parse_reason(reason: str | None) -> ReasonInfo | None:
    if not reason:
        return None
    if reason.startswith("amendment: "):
        return ReasonInfo("amendment", reason.removeprefix("amendment: "))
    if reason == "draft deleted":
        return ReasonInfo("draft_deleted")
    if reason.startswith("bundle "):
        return ReasonInfo("import", ref=reason.removeprefix("bundle "))
    followup = _FOLLOWUP.match(reason)
    if followup:
        return ReasonInfo("followup", ref=followup.group(1))
    conflict = _CONFLICT.match(reason)
    if conflict:
        return ReasonInfo("conflict", ref=conflict.group(1) or conflict.group(2) or "")
    return ReasonInfo("other", reason)


__all__ = [
    "ActorInfo",
    "ReasonInfo",
    "SubjectPerson",
    "is_subject",
    "parse_actor",
    "parse_reason",
    "person_label",
    "subject_attributes",
    "subject_label",
    "subject_person",
]
