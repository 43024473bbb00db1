"""Times as a person reads them: a stored UTC instant shown in the laptop's local time.

The database, the audit log and the bundles keep aware UTC. Everything a person
reads — the screens, the PDF reports and notices, the spreadsheets, the command-line
listings — shows the same instant in the zone the computer is set to, through this
module, so no two of them disagree. The zone is the operating system's, read at each
call (``datetime.astimezone()``), so tests can set ``TZ`` and call ``time.tzset()``.

Two styles: ``short`` for tables and lists, ``2026-11-02 14:05`` in both languages
(the numeric form GB/T 7408 uses and Chinese software shows; unambiguous in English
too), and ``long`` for sentences: ``2026年11月2日 14:05`` / ``2 November 2026, 14:05``.
Calendar dates (an inspection date, a deadline) are not instants and stay as they
are: ``2026-11-02``.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

STYLES = ("short", "long")
MISSING = "—"

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
# An ISO 8601 instant as the storage layer writes it (a date alone is not one).
_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def as_utc(moment: datetime) -> datetime:
    """An aware UTC datetime (a naive one is taken to be UTC, as stored)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def as_local(moment: datetime) -> datetime:
    """The same instant in the computer's local zone (aware)."""
    return as_utc(moment).astimezone()


def parse_instant(text: str) -> datetime | None:
    """An ISO 8601 date and time (``Z`` or an offset; none means UTC) as an aware
    datetime; None when ``text`` is not one (a plain date, other text)."""
    text = text.strip()
    if not _INSTANT.match(text):
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    return as_utc(moment)


def format_local(moment: datetime | str | None, lang: str = "zh", *, style: str = "short",
                 seconds: bool = False, zone: bool = False, missing: str = MISSING) -> str:
    """``moment`` (a datetime or an ISO string) in local time, for ``lang``.

    ``seconds`` adds the seconds; ``zone`` the UTC offset (``UTC+08:00``), for text
    that may be read on a computer in another zone. A string that is not an ISO
    instant is returned as it is; None gives ``missing``."""
    if style not in STYLES:
        raise ValueError(f"style must be one of {STYLES}, not {style!r}")
    if moment is None:
        return missing
    if isinstance(moment, str):
        parsed = parse_instant(moment)
        if parsed is None:
            return moment
        moment = parsed
    local = as_local(moment)
    clock = f"{local:%H:%M:%S}" if seconds else f"{local:%H:%M}"
    if style == "short":
        text = f"{local:%Y-%m-%d} {clock}"
    elif lang == "en":
        text = f"{local.day} {_MONTHS[local.month - 1]} {local.year}, {clock}"
    else:
        text = f"{local.year}年{local.month}月{local.day}日 {clock}"
    return f"{text} ({zone_label(local)})" if zone else text


def zone_label(moment: datetime) -> str:
    """The local UTC offset at ``moment``: ``UTC+08:00``, ``UTC-03:30``, ``UTC``."""
    offset = as_local(moment).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def local_date(moment: datetime) -> date:
    """The local calendar day of an instant (a certificate's last valid day, ...)."""
    return as_local(moment).date()


def local_naive(moment: datetime) -> datetime:
    """Local wall-clock time without a zone, to the second: what a spreadsheet cell
    holds (Excel date-times carry no zone)."""
    return as_local(moment).replace(tzinfo=None, microsecond=0)


def local_now() -> datetime:
    """Now, in the local zone (aware)."""
    return datetime.now(UTC).astimezone()


__all__ = ["as_local", "as_utc", "format_local", "local_date", "local_naive", "local_now",
           "parse_instant", "zone_label"]
