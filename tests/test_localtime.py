"""The one local-time helper: stored UTC instants shown in the computer's zone (set
here with TZ, as the operating system gives it), in the short and long styles, and
the same helper behind the PDFs, the spreadsheets and the CLI."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from inspector.localtime import (
    as_local,
    format_local,
    local_date,
    local_naive,
    parse_instant,
    zone_label,
)

NOON_UTC = datetime(2026, 11, 2, 4, 5, 9, 123456, tzinfo=UTC)  # 12:05:09 in China


@pytest.fixture
def zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Set the computer's zone: ``zone("Asia/Shanghai")``."""
    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield set_zone
    monkeypatch.undo()
    time.tzset()


def test_an_instant_is_shown_in_the_computers_zone(zone) -> None:
    zone("Asia/Shanghai")
    assert format_local(NOON_UTC) == "2026-11-02 12:05"
    assert format_local(NOON_UTC, "en", seconds=True) == "2026-11-02 12:05:09"
    assert format_local(NOON_UTC, style="long") == "2026年11月2日 12:05"
    assert format_local(NOON_UTC, "en", style="long") == "2 November 2026, 12:05"
    assert format_local(NOON_UTC, zone=True) == "2026-11-02 12:05 (UTC+08:00)"
    assert local_naive(NOON_UTC) == datetime(2026, 11, 2, 12, 5, 9)
    assert as_local(NOON_UTC).utcoffset() == timedelta(hours=8)
    # The day changes with the zone: 20:30 UTC is the next morning in China.
    late = datetime(2026, 12, 31, 20, 30, tzinfo=UTC)
    assert local_date(late) == date(2027, 1, 1)
    assert format_local(late) == "2027-01-01 04:30"

    zone("America/New_York")  # daylight saving: the offset of that day, not of today
    assert format_local(datetime(2026, 7, 1, 16, 0, tzinfo=UTC), zone=True) \
        == "2026-07-01 12:00 (UTC-04:00)"
    assert format_local(datetime(2026, 12, 1, 17, 0, tzinfo=UTC), zone=True) \
        == "2026-12-01 12:00 (UTC-05:00)"
    zone("UTC")
    assert format_local(NOON_UTC, zone=True) == "2026-11-02 04:05 (UTC)"
    assert zone_label(NOON_UTC) == "UTC"


def test_stored_strings_and_naive_times_are_utc(zone) -> None:
    zone("Asia/Shanghai")
    assert format_local("2026-11-02T04:05:09.123456+00:00") == "2026-11-02 12:05"
    assert format_local("2026-11-02T04:05:09Z") == "2026-11-02 12:05"
    assert format_local(datetime(2026, 11, 2, 4, 5)) == "2026-11-02 12:05"  # naive = UTC
    other = datetime(2026, 11, 2, 13, 5, tzinfo=timezone(timedelta(hours=9)))  # Tokyo
    assert format_local(other) == "2026-11-02 12:05"
    assert parse_instant("2026-11-02") is None  # a calendar date is not an instant
    assert parse_instant("not a time") is None
    assert format_local("2026-11-02") == "2026-11-02"  # returned as it is
    assert format_local(None) == "—" and format_local(None, missing="") == ""
    with pytest.raises(ValueError):
        format_local(NOON_UTC, style="fancy")


def test_reports_and_cli_use_the_same_local_time(zone) -> None:
    from inspector.reports.layout import local_time

    zone("Asia/Shanghai")
    assert local_time(NOON_UTC) == "2026-11-02 12:05" and local_time(None) == "—"
    zone("Europe/Berlin")
    assert local_time(NOON_UTC) == "2026-11-02 05:05"  # the laptop's zone, not China's
