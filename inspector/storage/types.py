"""Column types and id/time helpers shared by every table.

Ids are UUIDs made at creation (version 7: time-ordered, so new rows land at the
end of indexes and ids sort by creation). Timestamps are timezone-aware UTC; SQLite
has no time zone type, so they are stored as ISO-8601 text in UTC and come back
aware. A naive datetime is refused rather than guessed at.
"""

from __future__ import annotations

import os
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


def new_id() -> uuid.UUID:
    """A UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80 | rand & ((1 << 80) - 1)
    value = (value & ~(0xF << 76)) | (0x7 << 76)  # version 7
    value = (value & ~(0x3 << 62)) | (0x2 << 62)  # RFC 4122 variant
    return uuid.UUID(int=value)


# Facilities and inspector profiles are known by a natural key (credit code, badge
# number) that every laptop types the same, so their ids derive from it: the same
# facility added from the registry sheet on two laptops is one record, not a clash.
NATURAL_KEY_NAMESPACE = uuid.UUID("6f1d2c9a-3b7e-5d4a-9c1f-2e8b7a6d5c40")


def natural_id(kind: str, key: str) -> uuid.UUID:
    """The id of a record made from its natural key (``kind`` names the key)."""
    return uuid.uuid5(NATURAL_KEY_NAMESPACE, f"{kind}:{key}")


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as ISO text in UTC (sorts correctly as text)."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: store timezone-aware UTC times")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        parsed = datetime.fromisoformat(value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
