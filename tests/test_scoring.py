"""Judging answers against thresholds, scoring, verdicts and drafted findings."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from inspector.checklists.schema import Item
from inspector.policy import Policy
from inspector.scoring import (
    FacilityFacts,
    InvalidAnswer,
    Scored,
    applies,
    judge,
    parse_row,
    parse_value,
    score,
)

ON = date(2026, 11, 2)


def item(response: dict[str, Any], severity: str = "major", weight: float = 1,
         **extra: Any) -> Item:
    return Item.model_validate({
        "id": "x", "prompt": {"zh": "问", "en": "Q"}, "guidance": {"zh": "查", "en": "Check"},
        "methods": ["look"], "response": response, "severity": severity, "weight": weight,
        "action": {"zh": "整改", "en": "Fix"},
        "citations": [{"source": "pingliang-2020", "clause": "三(二)3", "quote": "每日晨检"}],
        **extra})


RETENTION = item({"type": "number", "unit": {"zh": "天", "en": "days"},
                  "threshold": {"min": 90}})
PREPAY = item({"type": "number", "unit": {"zh": "个月", "en": "months"},
               "threshold": {"max": 1}})
EXAM = item({"type": "date", "max_age_days": 365})
ROSTER = item({"type": "repeat", "min_rows": 1, "columns": [
    {"id": "name", "label": {"zh": "姓名", "en": "Name"}, "type": "text"},
    {"id": "exam", "label": {"zh": "体检日期", "en": "Exam date"}, "type": "date",
     "max_age_days": 365},
    {"id": "checked", "label": {"zh": "已查询", "en": "Checked"}, "type": "yes_no",
     "pass_when": "yes"},
    {"id": "memo", "label": {"zh": "备注", "en": "Memo"}, "type": "text", "required": False}]})


@pytest.mark.parametrize(("value", "result"), [(90, "pass"), (365, "pass"), (89, "fail"),
                                               (0, "fail"), (89.9, "fail")])
def test_number_minimum(value: float, result: str) -> None:
    j = judge(RETENTION, parse_value(RETENTION, value, ON), ON)
    assert j.result == result
    if result == "fail":
        assert j.reason is not None and "90" in j.reason.zh and "90 days" in j.reason.en


@pytest.mark.parametrize(("value", "result"), [(1, "pass"), (0.5, "pass"), (2, "fail")])
def test_number_maximum(value: float, result: str) -> None:
    assert judge(PREPAY, parse_value(PREPAY, value, ON), ON).result == result


def test_date_maximum_age_is_judged_on_the_inspection_date() -> None:
    assert judge(EXAM, parse_value(EXAM, ON - timedelta(days=365), ON), ON).result == "pass"
    late = judge(EXAM, parse_value(EXAM, ON - timedelta(days=366), ON), ON)
    assert late.result == "fail" and "366" in late.reason.zh
    with pytest.raises(InvalidAnswer, match="after the inspection date"):
        parse_value(EXAM, ON + timedelta(days=1), ON)


@pytest.mark.parametrize("bad", ["abc", float("nan"), float("inf"), True, None])
def test_bad_numbers_are_refused(bad: Any) -> None:
    with pytest.raises(InvalidAnswer):
        parse_value(RETENTION, bad, ON)


def test_choices() -> None:
    single = item({"type": "single_choice", "options": [
        {"id": "monthly", "label": {"zh": "每月", "en": "Monthly"}, "passes": True},
        {"id": "never", "label": {"zh": "从未", "en": "Never"}, "passes": False},
        {"id": "other", "label": {"zh": "其他", "en": "Other"}}]})
    assert judge(single, "monthly", ON).result == "pass"
    assert judge(single, "never", ON).result == "fail"
    assert judge(single, "other", ON).result is None  # recorded, not judged
    with pytest.raises(InvalidAnswer):
        parse_value(single, "weekly", ON)
    multi = item({"type": "multiple_choice", "options": [
        {"id": "plan", "label": {"zh": "预案", "en": "Plan"}, "required": True},
        {"id": "drill", "label": {"zh": "演练", "en": "Drill"}, "required": True},
        {"id": "bars", "label": {"zh": "防盗窗", "en": "Window bars"}, "forbidden": True}]})
    assert judge(multi, parse_value(multi, ["drill", "plan"], ON), ON).result == "pass"
    j = judge(multi, ["plan", "bars"], ON)
    assert j.result == "fail" and "演练" in j.reason.zh and "防盗窗" in j.reason.zh
    with pytest.raises(InvalidAnswer):
        parse_value(multi, ["plan", "plan"], ON)


def test_repeat_group_rows() -> None:
    good = parse_row(ROSTER, {"name": "王芳", "exam": "2026-03-01", "checked": "yes"}, ON)
    stale = parse_row(ROSTER, {"name": "李娜", "exam": "2025-01-10", "checked": "yes"}, ON)
    partial = parse_row(ROSTER, {"name": "刘敏", "memo": ""}, ON)
    assert judge(ROSTER, None, ON, rows=[good]).result == "pass"
    j = judge(ROSTER, None, ON, rows=[good, stale])
    assert j.result == "fail" and "李娜" in j.reason.zh and "体检日期" in j.reason.zh
    assert judge(ROSTER, None, ON, rows=[good, partial]).result is None  # incomplete row
    assert judge(ROSTER, None, ON, rows=[]).result == "fail"  # min_rows 1
    assert judge(ROSTER, None, ON, rows=[], answered=False).result is None
    with pytest.raises(InvalidAnswer, match="no column"):
        parse_row(ROSTER, {"nickname": "x"}, ON)


def test_not_applicable_overrides_any_value() -> None:
    assert judge(RETENTION, 10, ON, not_applicable=True).result == "na"


def _entries(spec: list[tuple[str, float, str | None]]) -> list[Scored]:
    return [Scored(item({"type": "pass_fail"}, severity=sev, weight=w), True, res)
            for sev, w, res in spec]


def test_score_is_weighted_share_of_judged_items_without_na() -> None:
    card = score(_entries([("major", 3, "pass"), ("minor", 1, "fail"), ("minor", 1, "na"),
                           ("minor", 2, None)]), Policy())
    assert card.score == 75.0  # 3 / (3 + 1)
    assert (card.applicable, card.answered, card.passed, card.failed) == (4, 3, 1, 1)
    assert card.verdict == "basic_pass" and not card.complete


def test_verdict_thresholds_and_critical_items() -> None:
    policy = Policy()
    assert score(_entries([("major", 9, "pass"), ("minor", 1, "fail")]), policy).verdict == "pass"
    assert score(_entries([("major", 1, "pass"), ("minor", 1, "fail")]), policy).verdict == "fail"
    card = score(_entries([("critical", 1, "fail")] + [("minor", 1, "pass")] * 99), policy)
    assert card.score == 99.0 and card.verdict == "fail"
    assert card.failed_by_severity["critical"] == 1
    lenient = Policy(pass_min_score=40, basic_pass_min_score=10)
    assert score(_entries([("major", 1, "pass"), ("minor", 1, "fail")]), lenient).verdict == \
        "pass"
    assert score([], policy).verdict is None


def test_applicability_conditions() -> None:
    facts = FacilityFacts(takes_under_2=False, serves_meals=True, registration_kind="non_profit",
                          facility_type="community", service_modes=("half_day",), capacity=40)
    nursing = item({"type": "pass_fail"}, applies_if={"takes_under_2": True})
    meals = item({"type": "pass_fail"}, applies_if={"serves_meals": True,
                                                    "service_modes": ["full_day", "half_day"]})
    big = item({"type": "pass_fail"}, applies_if={"min_capacity": 150})
    assert not applies(nursing.applies_if, facts)
    assert applies(meals.applies_if, facts)
    assert not applies(big.applies_if, facts)


def test_policy_values_are_checked() -> None:
    from inspector.policy import check

    assert check("deadline_days_major", "20") == 20
    for key, bad in [("deadline_days_major", "1.5"), ("deadline_days_minor", -1),
                     ("pass_min_score", 150), ("nonsense", 1), ("pass_min_score", "abc")]:
        with pytest.raises(ValueError):
            check(key, bad)
    with pytest.raises(ValueError):
        Policy.from_dict({"pass_min_score": 70, "basic_pass_min_score": 80})


# --- ranges and typed dates --------------------------------------------------------------

def _counted(threshold: dict[str, float] | None = None) -> Item:
    response: dict[str, Any] = {"type": "number", "unit": {"zh": "名婴幼儿/保育人员",
                                                          "en": "children per carer"},
                                "range": {"min": 0, "max": 50, "integer": True}}
    if threshold:
        response["threshold"] = threshold
    return item(response)


@pytest.mark.parametrize(("raw", "code"), [(-5, "below_range"), ("-1", "below_range"),
                                           (51, "above_range"), ("2.5", "not_whole"),
                                           ("七", "not_a_number")])
def test_numbers_outside_their_range_or_fractions_of_a_count_are_refused(
        raw: Any, code: str) -> None:
    ratio = _counted({"max": 7})
    with pytest.raises(InvalidAnswer) as refused:
        parse_value(ratio, raw, ON)
    assert refused.value.code == code
    if code in ("below_range", "above_range"):
        assert refused.value.params["min"] == "0" and refused.value.params["max"] == "50"
        assert "children per carer" in str(refused.value)


def test_numbers_inside_the_range_are_kept_and_judged() -> None:
    ratio = _counted({"max": 7})
    assert parse_value(ratio, "0", ON) == 0
    assert parse_value(ratio, "７", ON) == 7  # full-width digits, as a Chinese IME types
    assert judge(ratio, parse_value(ratio, "50", ON), ON).result == "fail"
    fraction = item({"type": "number", "unit": {"zh": "℃", "en": "°C"},
                     "range": {"min": -30, "max": 50}, "threshold": {"min": 0, "max": 8}})
    assert parse_value(fraction, "3,5", ON) == 3.5
    assert parse_value(fraction, -18, ON) == -18


def test_a_repeat_column_refuses_out_of_range_cells() -> None:
    group = item({"type": "repeat", "columns": [
        {"id": "area", "label": {"zh": "区域", "en": "Area"}, "type": "text"},
        {"id": "cameras", "label": {"zh": "摄像头数", "en": "Cameras"}, "type": "number",
         "unit": {"zh": "个", "en": "cameras"}, "range": {"min": 0, "max": 200, "integer": True},
         "threshold": {"min": 1}}]})
    assert parse_row(group, {"area": "活动室", "cameras": "2"}, ON) == {"area": "活动室",
                                                                       "cameras": 2}
    for bad, code in (("-3", "below_range"), ("1.5", "not_whole")):
        with pytest.raises(InvalidAnswer) as refused:
            parse_row(group, {"cameras": bad}, ON)
        assert refused.value.code == code and "cameras" in str(refused.value)


@pytest.mark.parametrize("typed", ["2026-06-01", "2026-6-1", "20260601", "2026/6/1",
                                   "2026.06.01", "2026年6月1日", " 2026 / 06 / 01 ",
                                   "２０２６－０６－０１"])
def test_dates_are_taken_as_people_type_them(typed: str) -> None:
    assert parse_value(EXAM, typed, ON) == "2026-06-01"


@pytest.mark.parametrize(("typed", "code"), [
    ("0250601", "not_a_date"), ("未设置0250601", "not_a_date"), ("2026-13-01", "not_a_date"),
    ("2026-02-30", "not_a_date"), ("202606", "not_a_date"), ("2026-06", "not_a_date"),
    ("1900-01-01", "date_too_early"), ("1901-01-01", "date_too_early"),
    ("2026-11-03", "after_inspection")])
def test_incomplete_impossible_and_accidental_dates_are_refused(typed: str, code: str) -> None:
    with pytest.raises(InvalidAnswer) as refused:
        parse_value(EXAM, typed, ON)
    assert refused.value.code == code
    if code == "after_inspection":
        assert refused.value.params == {"value": "2026-11-03", "inspection_date": "2026-11-02"}


def test_a_repeat_date_cell_takes_typed_forms_too() -> None:
    assert parse_row(ROSTER, {"exam": "20260301"}, ON) == {"exam": "2026-03-01"}
    with pytest.raises(InvalidAnswer, match="after the inspection date"):
        parse_row(ROSTER, {"exam": "2027/1/1"}, ON)


def test_critical_na_needs_a_reason_of_the_minimum_length() -> None:
    from inspector.scoring import NA_REASON_MIN_CHARS, na_reason_ok, needs_na_reason

    assert needs_na_reason(item({"type": "pass_fail"}, severity="critical"))
    assert not needs_na_reason(item({"type": "pass_fail"}, severity="major"))
    assert not na_reason_ok(None) and not na_reason_ok("   ")
    assert not na_reason_ok("无" * (NA_REASON_MIN_CHARS - 1))
    assert na_reason_ok("无" * NA_REASON_MIN_CHARS)
