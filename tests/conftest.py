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


def signature_png(seed: int = 0) -> bytes:
    """A signature with enough ink for the core (see tests/signature_sample.py)."""
    from tests.signature_sample import signature_png as sample

    return sample()


def team_signatures(ws: Workspace, iid: uuid.UUID | str, *, representative: str = "周婷"
                    ) -> list:
    """Signatures of every inspector on the team of ``iid`` and of the representative."""
    from inspector.inspections import SignatureInput

    detail = ws.inspections.detail(uuid.UUID(str(iid)))
    out = [SignatureInput(m.inspector.name, "inspector", signature_png(n),
                          uuid.UUID(m.inspector.id)) for n, m in enumerate(detail.team)]
    out.append(SignatureInput(representative, "facility_representative", signature_png(),
                              signer_title="负责人"))
    return out


TEAM_NAMES = ("王建国", "刘洋", "陈静", "赵磊")


def signatures_for(team: list[uuid.UUID], *, representative: str = "周婷") -> list:
    """A signature of each inspector in ``team`` (in order) and of the representative."""
    from inspector.inspections import SignatureInput

    out = [SignatureInput(TEAM_NAMES[n % len(TEAM_NAMES)], "inspector", signature_png(n),
                          inspector_id) for n, inspector_id in enumerate(team)]
    out.append(SignatureInput(representative, "facility_representative", signature_png(),
                              signer_title="负责人"))
    return out
