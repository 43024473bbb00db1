"""The core's refusals reach the user in the UI language: real refusals, raised by
the core on a real database, explained with the Chinese translation installed."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from inspector.inspections import InspectionError, SignatureInput
from inspector.photos import PhotoError
from inspector.ui.app import install_translator, remove_translators
from inspector.ui.messages import explain
from inspector.workspace import Workspace

from ..conftest import ACTOR, INSPECTION_DAY


@pytest.fixture
def chinese(qapp):
    assert install_translator(qapp, "zh")
    yield
    remove_translators(qapp)


def _refusal(call) -> Exception:
    with pytest.raises((InspectionError, PhotoError)) as caught:
        call()
    return caught.value


def _is_chinese(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def test_refusals_a_user_meets_are_said_in_chinese(
        chinese, ws: Workspace, team: list[uuid.UUID], facility_id: uuid.UUID) -> None:
    svc = ws.inspections
    iid = svc.start(facility_id, "routine", INSPECTION_DAY, team, ACTOR,
                    checklist_ids=["fire-safety"])
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 8
    refusals = [
        _refusal(lambda: svc.complete(iid, ACTOR)),
        _refusal(lambda: svc.sign(iid, [SignatureInput("王", "inspector", png)], ACTOR)),
        _refusal(lambda: svc.amend(iid, " ", ACTOR)),
        _refusal(lambda: svc.amend(iid, "检查日期录入错误", ACTOR)),
        _refusal(lambda: svc.start_followup(iid, INSPECTION_DAY, team, ACTOR)),
        _refusal(lambda: svc.start(facility_id, "routine", INSPECTION_DAY, [], ACTOR)),
        _refusal(lambda: svc.add_photo(iid, "fire-safety", "exits-clear", b"not an image",
                                       ACTOR)),
    ]
    for exc in refusals:
        said = explain(exc)
        assert said != str(exc) and _is_chinese(said), (str(exc), said)
    assert explain(refusals[0]).startswith("还有 ")  # the count is carried over
    assert explain("something nobody foresaw") == "something nobody foresaw"


def test_values_in_a_refusal_are_kept(chinese) -> None:
    day = INSPECTION_DAY + timedelta(days=3)
    said = explain(InspectionError(f"a follow-up cannot be dated before the inspection it "
                                   f"follows up ({day})"))
    assert str(day) in said and _is_chinese(said)


def test_english_is_the_core_message_made_a_sentence() -> None:
    said = explain(InspectionError("an amendment needs a reason of at least 5 characters"))
    assert said == "An amendment needs a reason of at least 5 characters."


def _dot_png() -> bytes:
    """A signature that is a single dot."""
    from io import BytesIO

    from PIL import Image

    image = Image.new("RGBA", (400, 150), (0, 0, 0, 0))
    for x in range(200, 204):
        for y in range(70, 74):
            image.putpixel((x, y), (0, 0, 0, 255))
    out = BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_signature_and_critical_na_refusals_are_said_in_chinese(
        chinese, ws: Workspace, team: list[uuid.UUID], facility_id: uuid.UUID) -> None:
    from tests.conftest import signatures_for
    from tests.test_inspections import _answer_all

    svc = ws.inspections
    iid = svc.start(facility_id, "routine", INSPECTION_DAY, team, ACTOR,
                    checklist_ids=["fire-safety"])
    critical = next(i for i in ws.catalog.current["fire-safety"].items
                    if i.severity == "critical")
    na = _refusal(lambda: svc.set_not_applicable(iid, "fire-safety", critical.id, True, ACTOR))
    _answer_all(ws, iid)
    svc.complete(iid, ACTOR)
    good = signatures_for(team)
    dotted = [good[0].__class__(good[0].signer_name, "inspector", _dot_png(),
                                good[0].inspector_id), *good[1:]]
    twice = [*good, good[0]]
    refusals = {"na": na, "dot": _refusal(lambda: svc.sign(iid, dotted, ACTOR)),
                "twice": _refusal(lambda: svc.sign(iid, twice, ACTOR))}
    for exc in refusals.values():
        said = explain(exc)
        assert said != str(exc) and _is_chinese(said), (str(exc), said)
    assert good[0].signer_name in explain(refusals["dot"])
    assert "4" in explain(refusals["na"])  # the minimum length is carried over
