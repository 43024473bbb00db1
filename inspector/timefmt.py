"""Times as a person reads them: the laptop's local time (stored times are UTC)."""

from __future__ import annotations

from datetime import datetime


def local_text(moment: datetime, *, seconds: bool = False) -> str:
    """``moment`` (aware) in the local time zone, "YYYY-MM-DD HH:MM" (with seconds)."""
    local = moment.astimezone()
    return local.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
