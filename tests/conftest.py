"""Shared fixtures: every test gets its own real data directory and database file."""

from __future__ import annotations

import os
import uuid
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from inspector.facility_records import FacilityInput
from inspector.storage.database import Actor
from inspector.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
ACTOR = Actor("test")


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = Workspace.open(tmp_path / "data")
    yield workspace
    workspace.close()


def facility_input(**overrides: object) -> FacilityInput:
    from inspector.credit_code import make_credit_code

    values: dict[str, object] = dict(
        name="江阴市测试托育中心", credit_code=make_credit_code("91320281MA1XK7PR3"),
        address="江阴市澄江街道人民中路1号", district="江阴市", township="澄江街道",
        registration_kind="for_profit", facility_type="standalone", service_modes=["full_day"],
        capacity=60, takes_under_2=True, serves_meals=True, filing_status="filed",
        filing_number="苏澄托备2024001", representative="周婷", contact_phone="13812345678")
    values.update(overrides)
    return FacilityInput.model_validate(values)


@pytest.fixture
def team(ws: Workspace) -> list[uuid.UUID]:
    a = ws.inspectors.create("王建国", "区卫生健康局", "WJ-001", ACTOR)
    b = ws.inspectors.create("刘洋", "消防救援大队", "XF-002", ACTOR)
    return [uuid.UUID(a), uuid.UUID(b)]


@pytest.fixture
def facility_id(ws: Workspace) -> uuid.UUID:
    return uuid.UUID(ws.facilities.create(facility_input(), ACTOR))


INSPECTION_DAY = date(2026, 11, 2)
