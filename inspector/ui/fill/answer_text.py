"""What the core's refusal of an answer means, in the UI language.

``scoring.parse_value`` / ``parse_row`` refuse input with an ``InvalidAnswer`` that
names its rule by a stable code with parameters; the item editors and the repeat
table say it here, next to the field, before anything is saved. The hints that
tell in advance what a field takes (a number's possible range, the date forms)
live here too, so the hint and the refusal use the same words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from inspector.checklists.schema import Column, Response, Text
from inspector.scoring import InvalidAnswer


def _unit(unit: Any, lang: str) -> str:
    return unit.get(lang) if isinstance(unit, Text) else ""


def _fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def range_hint(spec: Response | Column, lang: str) -> str:
    """"possible: 0 to 50 children per carer, whole numbers"; empty without a range."""
    r = spec.range
    if r is None:
        return ""
    text = QCoreApplication.translate("AnswerText", "possible: {min} to {max} {unit}").format(
        min=_fmt(r.min), max=_fmt(r.max), unit=_unit(spec.unit, lang)).rstrip()
    if r.integer:
        text += QCoreApplication.translate("AnswerText", ", whole numbers")
    return text


def date_forms() -> str:
    return QCoreApplication.translate("AnswerText", "type 2026-06-01, 20260601 or 2026/6/1")


def invalid_message(exc: InvalidAnswer, lang: str) -> str:
    """The refusal as a sentence in the UI language."""
    p = exc.params
    code = exc.code
    unit = _unit(p.get("unit"), lang)
    if code == "not_a_number":
        text = QCoreApplication.translate(
            "AnswerText", "“{value}” is not a number")
        return text.format(value=p.get("value", ""))
    if code == "not_finite":
        return QCoreApplication.translate(
            "AnswerText", "Not a usable number")
    if code == "below_range":
        text = QCoreApplication.translate(
            "AnswerText", "{value} is not possible: the lowest possible value is {min} {unit}")
        return text.format(value=p["value"], min=p["min"], unit=unit).rstrip()
    if code == "above_range":
        text = QCoreApplication.translate(
            "AnswerText", "{value} is not possible: the highest possible value is {max} {unit}")
        return text.format(value=p["value"], max=p["max"], unit=unit).rstrip()
    if code == "not_whole":
        text = QCoreApplication.translate(
            "AnswerText", "{value} is not a whole number: this counts {unit}")
        return text.format(value=p["value"], unit=unit)
    if code == "not_a_date":
        text = QCoreApplication.translate(
            "AnswerText", "“{value}” is not a complete date; {forms}")
        return text.format(value=p.get("value", ""), forms=date_forms())
    if code == "date_too_early":
        text = QCoreApplication.translate(
            "AnswerText", "{value} is before {earliest}: check the year")
        return text.format(value=p["value"], earliest=p["earliest"])
    if code == "after_inspection":
        text = QCoreApplication.translate(
            "AnswerText", "{value} is after the inspection date {inspection_date}")
        return text.format(value=p["value"], inspection_date=p["inspection_date"])
    if code == "too_long":
        return QCoreApplication.translate(
            "AnswerText", "Longer than {max} characters").format(max=p["max"])
    return QCoreApplication.translate(
            "AnswerText", "The answer was not accepted: {reason}").format(reason=exc)
