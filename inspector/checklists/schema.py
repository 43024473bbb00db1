"""The schema every checklist data file must satisfy.

A checklist file (YAML, see ``docs/checklist-format.md``) is parsed into these
pydantic models. They are strict: unknown keys, wrong types and inconsistent
combinations (a number item without a unit, a repeat group without columns, a
condition on an attribute facilities do not have) are refused with the path of
the offending node, which the loader turns into a line number.

A number must declare the ``range`` of values it can physically take (a count
is never negative). That is required of every checklist *file*: the loader
validates with ``context=FILE_RULES``. Versions stored before ranges existed
(1.0, in databases and bundles) are validated without it, so inspections filled
with them still open; their dump leaves ``range`` out, so their content hash is
unchanged.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    StringConstraints,
    ValidationInfo,
    model_serializer,
    model_validator,
)

Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$")]
Version = Annotated[str, StringConstraints(pattern=r"^\d+\.\d+(?:\.\d+)?$")]
NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

# Short ids of the seed documents (see resources/seeds/sources.yaml).
SOURCE_IDS = ("yuyao-2020", "pingliang-2020", "guangyuan-2020", "jiangyin-2021", "zhangdian-2021")

# A clause in a seed document's own numbering: 三(二)3, 二(六)11, 三5, 四(三), 附件1 ...
CLAUSE_PATTERN = re.compile(
    r"^(?:[一二三四五六七八九十]+(?:\([一二三四五六七八九十]+\))?(?:\d+)?|附件\d*)$"
)


# Validation context of checklist files: rules that versions stored earlier may break.
FILE_RULES = {"file": True}


def _file_rules(info: ValidationInfo) -> bool:
    return bool(info.context and info.context.get("file"))


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Strict):
    """A text in both languages. Chinese is the authoritative wording."""

    zh: NonEmpty
    en: NonEmpty

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


class Severity(StrEnum):
    CRITICAL = "critical"  # 一票否决: one failure fails the inspection
    MAJOR = "major"
    MINOR = "minor"


class Method(StrEnum):
    LOOK = "look"  # 查看现场
    ASK = "ask"  # 询问
    RECORD = "record"  # 查阅记录
    MEASURE = "measure"  # 测量/测试


class Department(StrEnum):
    HEALTH = "health"  # 卫生健康
    MARKET = "market"  # 市场监管
    FIRE = "fire"  # 消防救援
    POLICE = "police"  # 公安
    EDUCATION = "education"  # 教育
    CIVIL_AFFAIRS = "civil_affairs"  # 民政
    EMERGENCY = "emergency"  # 应急管理
    HOUSING = "housing"  # 住建
    APPROVAL = "approval"  # 行政审批
    TOWNSHIP = "township"  # 乡镇（街道）


class InspectionKind(StrEnum):
    ROUTINE = "routine"  # 日常
    SPECIAL = "special"  # 专项
    COMPLAINT = "complaint"  # 投诉
    FOLLOWUP = "followup"  # 复查
    JOINT = "joint"  # 联合


class Grade(StrEnum):
    """Evidence grade of a national reference (see national-requirements.md)."""

    PRIMARY = "P"
    SECONDARY = "S"
    UNVERIFIED = "U"


class Citation(Strict):
    """A clause of a seed document that the item enforces.

    ``quote`` is a verbatim excerpt of that clause (white space ignored) so that a
    machine can check the citation against the seed text.
    """

    source: Literal[SOURCE_IDS]  # type: ignore[valid-type]
    clause: NonEmpty
    quote: NonEmpty

    @model_validator(mode="after")
    def _clause_form(self) -> Citation:
        if not CLAUSE_PATTERN.match(self.clause):
            raise ValueError(
                f"clause {self.clause!r} is not in the document's numbering "
                "(for example 三(二)3, 二(六)11, 三5 or 附件1)"
            )
        return self

    @property
    def label(self) -> str:
        return f"{self.source} {self.clause}"


class Reference(Strict):
    """A national law or standard that sharpens the check, with its evidence grade."""

    title: NonEmpty
    clause: NonEmpty | None = None
    grade: Grade
    says: Text | None = None  # the requirement or threshold it supplies


class Threshold(Strict):
    """Inclusive bounds a measured number must fall within to pass."""

    min: float | None = None
    max: float | None = None

    @model_validator(mode="after")
    def _some_bound(self) -> Threshold:
        if self.min is None and self.max is None:
            raise ValueError("a threshold needs min, max or both")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("threshold min is greater than max")
        return self


class NumberRange(Strict):
    """The values a number can physically take (inclusive): anything outside is a
    typing error, refused before it is saved. ``integer`` for counts."""

    min: float
    max: float
    integer: bool = False

    @model_validator(mode="after")
    def _ordered(self) -> NumberRange:
        if self.min >= self.max:
            raise ValueError("range min must be less than max")
        return self

    def contains(self, threshold: Threshold) -> bool:
        return all(self.min <= bound <= self.max
                   for bound in (threshold.min, threshold.max) if bound is not None)


class _OmitsEmptyRange(Strict):
    """Leaves ``range`` out of the dump when there is none, so a version stored
    before ranges existed dumps (and hashes) exactly as it did."""

    @model_serializer(mode="wrap")
    def _without_empty_range(self, handler: SerializerFunctionWrapHandler) -> object:
        data = handler(self)
        if isinstance(data, dict) and data.get("range", ...) is None:
            del data["range"]
        return data


class Option(Strict):
    id: Identifier
    label: Text
    # For single choice: whether choosing it passes (true), fails (false) or is
    # informational (absent). For multiple choice: required options must be
    # ticked to pass; forbidden options fail when ticked.
    passes: bool | None = None
    required: bool = False
    forbidden: bool = False


class ColumnType(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    YES_NO = "yes_no"
    SINGLE_CHOICE = "single_choice"


class Column(_OmitsEmptyRange):
    """A typed column of a repeat group (one row per staff member, camera area, ...)."""

    id: Identifier
    label: Text
    type: ColumnType
    required: bool = True
    unit: Text | None = None
    range: NumberRange | None = None
    threshold: Threshold | None = None
    max_age_days: int | None = Field(default=None, gt=0)
    pass_when: Literal["yes", "no"] | None = None
    options: tuple[Option, ...] = ()

    @model_validator(mode="after")
    def _consistent(self, info: ValidationInfo) -> Column:
        _check_typed(self.type.value, self.unit, self.threshold, self.max_age_days,
                     self.pass_when, self.options)
        _check_range(self.type.value, self.range, self.threshold, _file_rules(info))
        return self


class ResponseType(StrEnum):
    PASS_FAIL = "pass_fail"
    YES_NO = "yes_no"
    NUMBER = "number"
    DATE = "date"
    TEXT = "text"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    REPEAT = "repeat"


class Response(_OmitsEmptyRange):
    type: ResponseType
    unit: Text | None = None
    range: NumberRange | None = None
    threshold: Threshold | None = None
    max_age_days: int | None = Field(default=None, gt=0)
    pass_when: Literal["yes", "no"] | None = None
    options: tuple[Option, ...] = ()
    columns: tuple[Column, ...] = ()
    min_rows: int = Field(default=0, ge=0)
    row_label: Text | None = None  # what one row is: 一名工作人员 / one staff member

    @model_validator(mode="after")
    def _consistent(self, info: ValidationInfo) -> Response:
        t = self.type.value
        if t == "repeat":
            if not self.columns:
                raise ValueError("a repeat group needs columns")
            _unique([c.id for c in self.columns], "column id")
            for name in ("unit", "range", "threshold", "max_age_days", "pass_when"):
                if getattr(self, name) is not None:
                    raise ValueError(f"{name} belongs on a column of a repeat group")
            if self.options:
                raise ValueError("options belong on a column of a repeat group")
            return self
        if self.columns or self.min_rows or self.row_label:
            raise ValueError("columns, min_rows and row_label are only for type repeat")
        _check_typed(t, self.unit, self.threshold, self.max_age_days, self.pass_when,
                     self.options)
        _check_range(t, self.range, self.threshold, _file_rules(info))
        if t == "multiple_choice" and not any(o.required or o.forbidden for o in self.options):
            raise ValueError("a multiple choice needs at least one required or forbidden option")
        return self


def _check_typed(t: str, unit: object, threshold: object, max_age: object,
                 pass_when: object, options: tuple[Option, ...]) -> None:
    """Checks shared by item responses and repeat-group columns."""
    if t == "number":
        if unit is None:
            raise ValueError("a number needs a unit")
    elif unit is not None or threshold is not None:
        raise ValueError("unit and threshold are only for numbers")
    if t == "date":
        if max_age is None:
            raise ValueError("a date needs max_age_days")
    elif max_age is not None:
        raise ValueError("max_age_days is only for dates")
    if t == "yes_no":
        if pass_when is None:
            raise ValueError("a yes/no answer needs pass_when (yes or no)")
    elif pass_when is not None:
        raise ValueError("pass_when is only for yes/no answers")
    if t in ("single_choice", "multiple_choice"):
        if len(options) < 2:
            raise ValueError("a choice needs at least two options")
        _unique([o.id for o in options], "option id")
        if t == "single_choice" and any(o.required or o.forbidden for o in options):
            raise ValueError("required/forbidden are for multiple choice; use passes")
        if t == "multiple_choice" and any(o.passes is not None for o in options):
            raise ValueError("passes is for single choice; use required/forbidden")
    elif options:
        raise ValueError("options are only for choices")


def _check_range(t: str, value_range: NumberRange | None, threshold: Threshold | None,
                 required: bool) -> None:
    """A number's range: required in files, and its pass threshold must lie inside it
    (a threshold no possible value can meet, or every one meets, is a typing error)."""
    if t != "number":
        if value_range is not None:
            raise ValueError("range is only for numbers")
        return
    if value_range is None:
        if required:
            raise ValueError("a number needs a range: {min, max} of the values it can "
                             "take (add integer: true for a count)")
        return
    if threshold is not None and not value_range.contains(threshold):
        raise ValueError(f"the threshold lies outside the range {value_range.min:g} to "
                         f"{value_range.max:g}")
    if value_range.integer and not (float(value_range.min).is_integer()
                                    and float(value_range.max).is_integer()):
        raise ValueError("an integer range needs whole-number bounds")


# Facility attributes an item's applicability may depend on, with their value types.
CONDITION_ATTRIBUTES: dict[str, type] = {
    "takes_under_2": bool,  # 收托2岁以下婴幼儿
    "serves_meals": bool,  # 提供膳食
    "registration_kind": str,  # for_profit | non_profit
    "facility_type": str,  # standalone | kindergarten | workplace | community
    "service_modes": list,  # any of: full_day | half_day | hourly | temporary
    "min_capacity": int,  # capacity (托位) at least this
}
REGISTRATION_KINDS = ("for_profit", "non_profit")
FACILITY_TYPES = ("standalone", "kindergarten", "workplace", "community")
SERVICE_MODES = ("full_day", "half_day", "hourly", "temporary")


class Conditions(Strict):
    """All given conditions must hold for the item to apply to a facility."""

    takes_under_2: bool | None = None
    serves_meals: bool | None = None
    registration_kind: Literal["for_profit", "non_profit"] | None = None
    facility_type: tuple[Literal["standalone", "kindergarten", "workplace", "community"], ...] = ()
    service_modes: tuple[Literal["full_day", "half_day", "hourly", "temporary"], ...] = ()
    min_capacity: int | None = Field(default=None, ge=1)


class Item(Strict):
    id: Identifier
    prompt: Text
    guidance: Text
    methods: tuple[Method, ...] = Field(min_length=1)
    response: Response
    severity: Severity
    weight: float = Field(default=1.0, gt=0, le=10)
    photo_on_fail: bool = False
    applies_if: Conditions | None = None
    department: Department | None = None  # defaults to the checklist's
    action: Text  # the rectification normally required when it fails
    citations: tuple[Citation, ...] = Field(min_length=1)
    references: tuple[Reference, ...] = ()

    @model_validator(mode="after")
    def _thresholds_have_sources(self) -> Item:
        has_threshold = (
            self.response.threshold is not None
            or self.response.max_age_days is not None
            or any(c.threshold or c.max_age_days for c in self.response.columns)
        )
        if has_threshold and not (self.references or self.citations):
            raise ValueError("an item with a threshold must cite where it comes from")
        return self


class Section(Strict):
    id: Identifier
    title: Text
    items: tuple[Item, ...] = Field(min_length=1)


class Checklist(Strict):
    id: Identifier
    version: Version
    title: Text
    description: Text
    department: Department
    kinds: tuple[InspectionKind, ...] = Field(min_length=1)  # preselected for these kinds
    sections: tuple[Section, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> Checklist:
        _unique([s.id for s in self.sections], "section id")
        _unique([i.id for s in self.sections for i in s.items], "item id")
        return self

    @property
    def items(self) -> list[Item]:
        return [i for s in self.sections for i in s.items]


def _unique(ids: list[str], what: str) -> None:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            raise ValueError(f"duplicate {what} {i!r}")
        seen.add(i)
