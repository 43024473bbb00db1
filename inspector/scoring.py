"""Judging answers against their items, and scoring an inspection.

An answer's raw input is first turned into its canonical stored value
(``parse_value``), refusing what the item cannot take: a number outside the range
the checklist declares (or a fraction of a count), a date that is not a whole date,
lies before ``EARLIEST_DATE`` or after the inspection day. ``judge`` then decides pass
or fail: numbers against their thresholds, dates against their maximum age on the
inspection date, choices by their options, repeat groups row by row. The reason for
a failure is given in both languages so reports and findings can quote it.

Score = weighted share of the applicable, answered, judged items that pass (N.A.
and informational answers excluded). A failed critical item makes the verdict
``fail`` (不合格) on its own; otherwise the score thresholds of the policy decide.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from inspector.checklists.schema import Column, Conditions, Item, Response, Text
from inspector.policy import Policy

PASS, FAIL, NA = "pass", "fail", "na"
MAX_TEXT = 5000
# No answer date lies before this: an earlier one is a typing slip (or a date
# widget's "minimum date"), never a record of the visit.
EARLIEST_DATE = date(1950, 1, 1)
# Marking a critical (一票否决) item not applicable takes a stated reason of at least
# this many characters; it is kept as the answer's note and printed in the report.
NA_REASON_MIN_CHARS = 4


class InvalidAnswer(ValueError):
    """The input cannot be an answer to this item; the message says why.

    ``code`` names the rule (stable, for the UI to say it in its language) and
    ``params`` its values: ``not_a_number`` {value}, ``not_finite``, ``below_range`` /
    ``above_range`` {value, min, max, unit}, ``not_whole`` {value, unit}, ``not_a_date``
    {value}, ``date_too_early`` {value, earliest}, ``after_inspection`` {value,
    inspection_date}, ``too_long`` {max}, ``unknown_option`` {value},
    ``duplicate_option``, ``wrong_kind`` (pass/fail, yes/no, a list, rows expected),
    ``no_column`` {column}.
    """

    def __init__(self, message: str, code: str = "invalid", **params: Any):
        super().__init__(message)
        self.code = code
        self.params = params


_DATE_DIGITS = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_DATE_PARTS = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def parse_date_text(text: str) -> date:
    """A date as people type it: 2026-06-01, 2026-6-1, 2026/6/1, 2026.6.1, 20260601 or
    2026年6月1日 (full-width digits too). ValueError when it is none of these or no such
    day exists."""
    t = unicodedata.normalize("NFKC", text).strip()
    m = _DATE_DIGITS.match(t) or _DATE_PARTS.match(t)
    if m is None:
        raise ValueError(f"{text!r} is not a date")
    year, month, day = (int(g) for g in m.groups())
    return date(year, month, day)


def needs_na_reason(item: Item) -> bool:
    """Whether marking ``item`` not applicable needs a stated reason."""
    return item.severity == "critical"


def na_reason_ok(reason: str | None) -> bool:
    return len((reason or "").strip()) >= NA_REASON_MIN_CHARS


@dataclass(frozen=True)
class Judgement:
    result: str | None  # pass | fail | na | None (unanswered, incomplete or not judged)
    reason: Text | None = None


@dataclass(frozen=True)
class FacilityFacts:
    """The facility attributes that decide which items apply."""

    takes_under_2: bool
    serves_meals: bool
    registration_kind: str
    facility_type: str
    service_modes: tuple[str, ...]
    capacity: int


def applies(conditions: Conditions | None, facts: FacilityFacts) -> bool:
    if conditions is None:
        return True
    c = conditions
    return (
        (c.takes_under_2 is None or c.takes_under_2 == facts.takes_under_2)
        and (c.serves_meals is None or c.serves_meals == facts.serves_meals)
        and (c.registration_kind is None or c.registration_kind == facts.registration_kind)
        and (not c.facility_type or facts.facility_type in c.facility_type)
        and (not c.service_modes or bool(set(c.service_modes) & set(facts.service_modes)))
        and (c.min_capacity is None or facts.capacity >= c.min_capacity)
    )


# --- parsing input ---------------------------------------------------------------

def _fmt_unit(n: float, unit: Text | None) -> str:
    return f"{_fmt(n)} {unit.en}" if unit else _fmt(n)


def _parse_number(spec: Response | Column, raw: Any, what: str) -> int | float:
    if isinstance(raw, bool):
        raise InvalidAnswer(f"{what}: expected a number", "not_a_number", value=str(raw))
    if isinstance(raw, (int, float)):
        number = float(raw)
    else:
        text = unicodedata.normalize("NFKC", str(raw)).strip().replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            raise InvalidAnswer(f"{what}: {raw!r} is not a number", "not_a_number",
                                value=str(raw)) from None
    if not math.isfinite(number):
        raise InvalidAnswer(f"{what}: expected a finite number", "not_finite")
    bounds, unit = spec.range, spec.unit
    if bounds is not None:
        params = {"value": _fmt(number), "min": _fmt(bounds.min), "max": _fmt(bounds.max),
                  "unit": unit}
        if number < bounds.min:
            raise InvalidAnswer(f"{what}: {_fmt(number)} is below the lowest possible value "
                                f"{_fmt_unit(bounds.min, unit)}", "below_range", **params)
        if number > bounds.max:
            raise InvalidAnswer(f"{what}: {_fmt(number)} is above the highest possible value "
                                f"{_fmt_unit(bounds.max, unit)}", "above_range", **params)
        if bounds.integer and not number.is_integer():
            raise InvalidAnswer(f"{what}: {_fmt(number)} is not a whole number (a count of "
                                f"{unit.en if unit else 'things'})", "not_whole",
                                value=_fmt(number), unit=unit)
    return int(number) if number.is_integer() else number


def _parse_date(raw: Any, inspection_date: date, what: str) -> str:
    try:
        day = raw if isinstance(raw, date) else parse_date_text(str(raw))
    except ValueError:
        raise InvalidAnswer(f"{what}: {raw!r} is not a date (YYYY-MM-DD)", "not_a_date",
                            value=str(raw)) from None
    if day < EARLIEST_DATE:
        raise InvalidAnswer(f"{what}: {day} is before {EARLIEST_DATE}", "date_too_early",
                            value=day.isoformat(), earliest=EARLIEST_DATE.isoformat())
    if day > inspection_date:
        raise InvalidAnswer(f"{what}: {day} is after the inspection date {inspection_date}",
                            "after_inspection", value=day.isoformat(),
                            inspection_date=inspection_date.isoformat())
    return day.isoformat()


def _parse_typed(spec: Response | Column, raw: Any, inspection_date: date, what: str) -> Any:
    kind = spec.type.value
    if kind == "pass_fail":
        if raw not in (PASS, FAIL):
            raise InvalidAnswer(f"{what}: expected pass or fail", "wrong_kind")
        return raw
    if kind == "yes_no":
        if raw not in ("yes", "no"):
            raise InvalidAnswer(f"{what}: expected yes or no", "wrong_kind")
        return raw
    if kind == "number":
        return _parse_number(spec, raw, what)
    if kind == "date":
        return _parse_date(raw, inspection_date, what)
    if kind == "text":
        text = str(raw).strip()
        if len(text) > MAX_TEXT:
            raise InvalidAnswer(f"{what}: longer than {MAX_TEXT} characters", "too_long",
                                max=MAX_TEXT)
        return text
    ids = [o.id for o in spec.options]
    if kind == "single_choice":
        if raw not in ids:
            raise InvalidAnswer(f"{what}: {raw!r} is not one of {', '.join(ids)}",
                                "unknown_option", value=str(raw))
        return raw
    if kind == "multiple_choice":
        if not isinstance(raw, (list, tuple)) or any(v not in ids for v in raw):
            raise InvalidAnswer(f"{what}: expected a list of {', '.join(ids)}", "wrong_kind")
        if len(set(raw)) != len(raw):
            raise InvalidAnswer(f"{what}: an option is ticked twice", "duplicate_option")
        return [i for i in ids if i in raw]  # canonical order
    raise InvalidAnswer(f"{what}: {kind} takes no single value", "wrong_kind")


def parse_value(item: Item, raw: Any, inspection_date: date) -> Any:
    """The canonical stored value of an answer, or InvalidAnswer."""
    r = item.response
    if r.type == "repeat":
        raise InvalidAnswer(f"{item.id}: a repeat group is answered with rows", "wrong_kind")
    return _parse_typed(r, raw, inspection_date, item.id)


def parse_row(item: Item, cells: Mapping[str, Any], inspection_date: date) -> dict[str, Any]:
    """The canonical cells of a repeat-group row. Empty cells are left out."""
    if item.response.type != "repeat":
        raise InvalidAnswer(f"{item.id}: only a repeat group has rows", "wrong_kind")
    columns = {c.id: c for c in item.response.columns}
    out: dict[str, Any] = {}
    for key, raw in cells.items():
        col = columns.get(key)
        if col is None:
            raise InvalidAnswer(f"{item.id}: no column {key!r}", "no_column", column=key)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        out[key] = _parse_typed(col, raw, inspection_date, f"{item.id}.{key}")
    return out


# --- judging ---------------------------------------------------------------------

def _fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _judge_number(value: float, r: Response | Column) -> Judgement:
    t = r.threshold
    if t is None:
        return Judgement(None)
    assert r.unit is not None
    u = r.unit
    if t.min is not None and value < t.min:
        return Judgement(FAIL, Text(zh=f"{_fmt(value)}{u.zh}，低于要求的不少于{_fmt(t.min)}{u.zh}",
                                    en=f"{_fmt(value)} {u.en}, below the minimum of "
                                       f"{_fmt(t.min)} {u.en}"))
    if t.max is not None and value > t.max:
        return Judgement(FAIL, Text(zh=f"{_fmt(value)}{u.zh}，超过要求的不多于{_fmt(t.max)}{u.zh}",
                                    en=f"{_fmt(value)} {u.en}, above the maximum of "
                                       f"{_fmt(t.max)} {u.en}"))
    return Judgement(PASS)


def _judge_date(value: str, max_age: int, on: date) -> Judgement:
    age = (on - date.fromisoformat(value)).days
    if age > max_age:
        return Judgement(FAIL, Text(zh=f"{value}，距检查日已{age}天，超过{max_age}天",
                                    en=f"{value} is {age} days before the inspection, "
                                       f"more than {max_age} days"))
    return Judgement(PASS)


def _judge_typed(kind: str, spec: Response | Column, value: Any, on: date) -> Judgement:
    if kind == "pass_fail":
        return Judgement(value)
    if kind == "yes_no":
        if value == spec.pass_when:
            return Judgement(PASS)
        return Judgement(FAIL, Text(zh="回答为“是”" if value == "yes" else "回答为“否”",
                                    en=f"answered {value}"))
    if kind == "number":
        return _judge_number(value, spec)
    if kind == "date":
        assert spec.max_age_days is not None
        return _judge_date(value, spec.max_age_days, on)
    if kind == "single_choice":
        option = next(o for o in spec.options if o.id == value)
        if option.passes is None:
            return Judgement(None)
        if option.passes:
            return Judgement(PASS)
        return Judgement(FAIL, Text(zh=f"选择了“{option.label.zh}”",
                                    en=f"chose “{option.label.en}”"))
    if kind == "multiple_choice":
        ticked = set(value)
        missing = [o for o in spec.options if o.required and o.id not in ticked]
        forbidden = [o for o in spec.options if o.forbidden and o.id in ticked]
        if not missing and not forbidden:
            return Judgement(PASS)
        zh, en = [], []
        if missing:
            zh.append("未做到：" + "、".join(o.label.zh for o in missing))
            en.append("missing: " + ", ".join(o.label.en for o in missing))
        if forbidden:
            zh.append("存在：" + "、".join(o.label.zh for o in forbidden))
            en.append("present: " + ", ".join(o.label.en for o in forbidden))
        return Judgement(FAIL, Text(zh="；".join(zh), en="; ".join(en)))
    return Judgement(None)  # text: recorded, never judged


def judge_row(item: Item, cells: Mapping[str, Any], on: date) -> Judgement:
    """One repeat-group row: fail if any filled cell fails; None while incomplete."""
    failures: list[Text] = []
    incomplete = False
    for col in item.response.columns:
        if col.id not in cells:
            incomplete = incomplete or col.required
            continue
        j = _judge_typed(col.type.value, col, cells[col.id], on)
        if j.result == FAIL:
            detail = j.reason or Text(zh="不符合", en="does not comply")
            failures.append(Text(zh=f"{col.label.zh}：{detail.zh}",
                                 en=f"{col.label.en}: {detail.en}"))
    if failures:
        return Judgement(FAIL, Text(zh="；".join(f.zh for f in failures),
                                    en="; ".join(f.en for f in failures)))
    return Judgement(None if incomplete else PASS)


def _row_name(item: Item, cells: Mapping[str, Any], index: int) -> tuple[str, str]:
    first_text = next((c for c in item.response.columns if c.type == "text"), None)
    if first_text is not None and cells.get(first_text.id):
        name = str(cells[first_text.id])
        return name, name
    return f"第{index + 1}行", f"row {index + 1}"


def judge(item: Item, value: Any, on: date, *, not_applicable: bool = False,
          rows: Sequence[Mapping[str, Any]] | None = None, answered: bool = True) -> Judgement:
    """Judge one answer to ``item`` given on the inspection date ``on``."""
    if not_applicable:
        return Judgement(NA)
    r = item.response
    if r.type == "repeat":
        if not answered:
            return Judgement(None)
        rows = rows or []
        failures: list[tuple[str, str]] = []
        incomplete = False
        for i, cells in enumerate(rows):
            j = judge_row(item, cells, on)
            if j.result == FAIL and j.reason:
                zh_name, en_name = _row_name(item, cells, i)
                failures.append((f"{zh_name}：{j.reason.zh}", f"{en_name}: {j.reason.en}"))
            incomplete = incomplete or j.result is None
        if len(rows) < r.min_rows:
            failures.insert(0, (f"至少应登记{r.min_rows}行，实际{len(rows)}行",
                                f"at least {r.min_rows} row(s) required, {len(rows)} entered"))
        if failures:
            return Judgement(FAIL, Text(zh="；".join(f[0] for f in failures),
                                        en="; ".join(f[1] for f in failures)))
        return Judgement(None if incomplete else PASS)
    if value is None:
        return Judgement(None)
    return _judge_typed(r.type.value, r, value, on)


# --- scoring ---------------------------------------------------------------------

@dataclass(frozen=True)
class Scored:
    """One item of an inspection as the score sees it."""

    item: Item
    applicable: bool
    result: str | None  # pass | fail | na | None


@dataclass(frozen=True)
class ScoreCard:
    score: float | None  # 0-100, None while nothing is judged
    verdict: str | None  # pass | basic_pass | fail | None
    applicable: int
    answered: int  # applicable items with a result (pass, fail or N.A.)
    passed: int
    failed: int
    not_applicable: int  # answered N.A. or not applicable to the facility
    failed_by_severity: dict[str, int] = field(default_factory=dict)
    critical_failures: tuple[str, ...] = ()  # item ids

    @property
    def complete(self) -> bool:
        return self.answered == self.applicable


VERDICT_LABELS = {
    "pass": Text(zh="合格", en="Pass"),
    "basic_pass": Text(zh="基本合格", en="Basically compliant"),
    "fail": Text(zh="不合格", en="Fail"),
}


def score(entries: Iterable[Scored], policy: Policy) -> ScoreCard:
    weight_judged = weight_passed = 0.0
    applicable = answered = passed = failed = na = 0
    by_severity = {"critical": 0, "major": 0, "minor": 0}
    critical: list[str] = []
    for e in entries:
        if not e.applicable:
            na += 1
            continue
        applicable += 1
        if e.result is None:
            continue
        answered += 1
        if e.result == NA:
            na += 1
        elif e.result in (PASS, FAIL):
            weight_judged += e.item.weight
            if e.result == PASS:
                passed += 1
                weight_passed += e.item.weight
            else:
                failed += 1
                by_severity[e.item.severity.value] += 1
                if e.item.severity == "critical":
                    critical.append(e.item.id)
    value = round(100 * weight_passed / weight_judged, 1) if weight_judged else None
    if critical:
        verdict: str | None = "fail"
    elif value is None:
        verdict = None
    elif value >= policy.pass_min_score:
        verdict = "pass"
    elif value >= policy.basic_pass_min_score:
        verdict = "basic_pass"
    else:
        verdict = "fail"
    return ScoreCard(value, verdict, applicable, answered, passed, failed, na, by_severity,
                     tuple(critical))
