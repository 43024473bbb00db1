"""The validated record of one childcare facility, and importing many from a sheet.

``FacilityInput`` is the single definition of what a facility record must look
like; the command-line import uses it now and the GUI form will later. It accepts
the canonical English values (``for_profit``, ``full_day`` ...) as well as the
Chinese wording inspectors actually type (营利性, 全日托 ...), and every field error
is a plain English sentence that says the expected form (it is translated later).
``read_facility_sheet`` reads a CSV (UTF-8 with or without BOM, GB18030/GBK as saved
by Excel on Chinese Windows, or UTF-16 "Unicode text") or an XLSX file whose headers
may be in Chinese or English, and returns the good rows, per-cell errors with the
line and header the user sees, warnings, and a file-level problem; it never raises
on bad content.
``write_facility_template`` writes an empty sheet with the canonical headers.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Callable, Generator, Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
)
from pydantic_core import PydanticCustomError

from inspector.credit_code import (
    _LOOKALIKES,
    AUTHORITIES,
    CHARSET,
    CODE_LENGTH,
    check_character,
    credit_code_problem,
    normalize_credit_code,
)

RegistrationKind = Literal["for_profit", "non_profit"]
FacilityType = Literal["standalone", "kindergarten", "workplace", "community"]
ServiceMode = Literal["full_day", "half_day", "hourly", "temporary"]
FilingStatus = Literal["filed", "pending", "not_filed"]

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_DATA_ROWS = 20_000
MAX_TITLE_ROWS = 5  # rows above the header a sheet may use for its title
CAPACITY_MIN, CAPACITY_MAX = 1, 2000

# Canonical Chinese label of each field, in template column order.
FIELD_LABELS: dict[str, str] = {
    "name": "机构名称",
    "credit_code": "统一社会信用代码",
    "address": "地址",
    "district": "区县",
    "township": "乡镇（街道）",
    "registration_kind": "登记类型",
    "facility_type": "机构类型",
    "service_modes": "服务形式",
    "capacity": "托位数",
    "takes_under_2": "收托2岁以下",
    "serves_meals": "提供膳食",
    "filing_status": "备案状态",
    "filing_number": "备案号",
    "representative": "负责人",
    "contact_name": "联系人",
    "contact_phone": "联系电话",
}
FACILITY_COLUMNS: tuple[str, ...] = tuple(FIELD_LABELS.values())

# Columns a sheet may leave out: the model has a default for these fields.
OPTIONAL_FIELDS = frozenset({"facility_type", "filing_number", "contact_name"})

# The Chinese wording shown for each canonical value (template drop-downs, GUI).
REGISTRATION_KIND_LABELS: dict[str, str] = {"for_profit": "营利性", "non_profit": "非营利性"}
FACILITY_TYPE_LABELS: dict[str, str] = {
    "standalone": "独立托育机构",
    "kindergarten": "幼儿园托班",
    "workplace": "用人单位",
    "community": "社区",
}
SERVICE_MODE_LABELS: dict[str, str] = {
    "full_day": "全日托",
    "half_day": "半日托",
    "hourly": "计时托",
    "temporary": "临时托",
}
FILING_STATUS_LABELS: dict[str, str] = {
    "filed": "已备案",
    "pending": "备案中",
    "not_filed": "未备案",
}

# English wording of each field inside messages.
_FIELD_NAMES: dict[str, str] = {
    "name": "facility name",
    "credit_code": "credit code",
    "address": "address",
    "district": "district (区/县)",
    "township": "township or street (乡镇/街道)",
    "registration_kind": "registration kind",
    "facility_type": "facility type",
    "service_modes": "service modes",
    "capacity": "capacity (托位数)",
    "takes_under_2": "answer to 'takes children under 2'",
    "serves_meals": "answer to 'serves meals'",
    "filing_status": "filing status",
    "filing_number": "filing number",
    "representative": "person in charge (负责人)",
    "contact_name": "contact name",
    "contact_phone": "contact phone",
}


def _fail(message: str, code: str = "invalid", **params: Any) -> PydanticCustomError:
    # The message travels as context so braces in user input are never taken
    # for format placeholders. ``code`` and ``params`` let a user interface say the
    # same thing in its own language (see ``FieldProblem``).
    return PydanticCustomError(
        "facility_field", "{message}", {"message": message, "code": code, "params": params}
    )


def _fold(value: str) -> str:
    """NFKC (full-width → half-width) and trimmed."""
    return unicodedata.normalize("NFKC", value).strip()


def _key(value: str) -> str:
    """A loose matching key: folded, lower case, without spaces, '-' or '_'."""
    return re.sub(r"[\s_\-]+", "", _fold(value).lower())


def _as_text(value: Any) -> str:
    """Spreadsheet-ish input as text; whole floats (30.0) lose the '.0'."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# ---------------------------------------------------------------- free text


def _text(field_name: str, max_length: int, *, required: bool) -> BeforeValidator:
    english = _FIELD_NAMES[field_name]

    def check(value: Any) -> str | None:
        # Free text keeps the user's characters: official Chinese names are written
        # with full-width parentheses, which NFKC would turn into ASCII ones.
        text = "" if value is None else _as_text(value).strip()
        # Line breaks inside a cell are accidental and break one-line displays.
        text = " ".join(text.split())
        if not text:
            if required:
                raise _fail(f"The {english} is required.", "required")
            return None
        if len(text) > max_length:
            raise _fail(
                f"The {english} must be at most {max_length} characters; "
                f"this one has {len(text)}.",
                "too_long",
                max=max_length,
                length=len(text),
            )
        return text

    return BeforeValidator(check)


# ----------------------------------------------------------- enumerated values


def _choices(labels: dict[str, str]) -> str:
    parts = [f"{zh} ({en})" for en, zh in labels.items()]
    return ", ".join(parts[:-1]) + " or " + parts[-1]


def _alias_table(labels: dict[str, str], extra: dict[str, Iterable[str]]) -> dict[str, str]:
    """Matching key → canonical value, from the labels plus common variants."""
    table: dict[str, str] = {}
    for canonical, zh in labels.items():
        for spelling in (canonical, zh, *extra.get(canonical, ())):
            table[_key(spelling)] = canonical
    return table


_REGISTRATION_ALIASES = _alias_table(
    REGISTRATION_KIND_LABELS,
    {
        "for_profit": ("营利", "营利性机构", "营利性托育机构", "profit"),
        "non_profit": ("非营利", "非营利性机构", "非营利性托育机构", "nonprofit", "not for profit"),
    },
)
_FACILITY_TYPE_ALIASES = _alias_table(
    FACILITY_TYPE_LABELS,
    {
        "standalone": ("独立", "独立机构", "托育机构", "独立设置", "独立设置托育机构"),
        "kindergarten": ("幼儿园", "托班", "幼儿园开设托班", "托幼一体"),
        "workplace": ("用人单位办托", "单位办托", "用人单位托育点", "employer"),
        "community": ("社区托育", "社区托育点", "社区办托", "社区嵌入式"),
    },
)
_SERVICE_MODE_ALIASES = _alias_table(
    SERVICE_MODE_LABELS,
    {
        "full_day": ("全日", "全日制", "全天", "全日托育"),
        "half_day": ("半日", "半日制", "半天", "半日托育"),
        "hourly": ("计时", "计时制", "小时托", "计时托育"),
        "temporary": ("临时", "临时托育"),
    },
)
_FILING_ALIASES = _alias_table(
    FILING_STATUS_LABELS,
    {
        "filed": ("已备", "是", "yes"),
        "pending": ("备案中", "正在备案", "审核中", "in progress"),
        "not_filed": ("未备案", "否", "无", "no", "not filed"),
    },
)


def _one_of(field_name: str, labels: dict[str, str], aliases: dict[str, str]) -> BeforeValidator:
    english = _FIELD_NAMES[field_name]

    def check(value: Any) -> str:
        text = "" if value is None else _as_text(value)
        if not _fold(text):
            raise _fail(f"The {english} is required; use {_choices(labels)}.", "required")
        canonical = aliases.get(_key(text))
        if canonical is None:
            raise _fail(
                f"Unknown {english} {_fold(text)!r}; use {_choices(labels)}.",
                "unknown_choice",
                value=_fold(text),
            )
        return canonical

    return BeforeValidator(check)


# Separators people put between several service modes in one cell.
_LIST_SEPARATORS = re.compile(r"[、,;/|+\n]+")


def _service_modes(value: Any) -> tuple[str, ...]:
    choices = _choices(SERVICE_MODE_LABELS)
    if value is None:
        items: list[str] = []
    elif isinstance(value, str):
        items = []
        for piece in _LIST_SEPARATORS.split(_fold(value)):
            # "全日托 半日托" is split on spaces, but "full day" is one value.
            if _key(piece) in _SERVICE_MODE_ALIASES or not piece.strip():
                items.append(piece)
            else:
                items.extend(piece.split())
    elif isinstance(value, Sequence | set | frozenset):
        items = [_as_text(v) for v in value]
    else:
        raise _fail(f"The service modes must be a list of {choices}.", "service_modes.not_list")
    items = [item for item in items if _fold(item)]
    if not items:
        raise _fail(f"At least one service mode is required; use {choices}.", "required")
    modes: list[str] = []
    for item in items:
        canonical = _SERVICE_MODE_ALIASES.get(_key(item))
        if canonical is None:
            raise _fail(
                f"Unknown service mode {_fold(item)!r}; use {choices}, "
                "several separated by 、 or commas.",
                "service_modes.unknown",
                value=_fold(item),
            )
        if canonical in modes:
            raise _fail(
                f"The service mode {SERVICE_MODE_LABELS[canonical]} is listed twice.",
                "service_modes.duplicate",
                value=canonical,
            )
        modes.append(canonical)
    return tuple(modes)


# ------------------------------------------------------------- yes/no and numbers

_TRUE = frozenset(map(_key, ("是", "有", "yes", "y", "true", "1", "√", "✓", "✔", "对")))
_FALSE = frozenset(map(_key, ("否", "无", "no", "n", "false", "0", "×", "✗", "✘", "x", "不")))


def _yes_no(field_name: str) -> BeforeValidator:
    english = _FIELD_NAMES[field_name]

    def check(value: Any) -> bool:
        if isinstance(value, bool):
            return value
        key = "" if value is None else _key(_as_text(value))
        if key in _TRUE:
            return True
        if key in _FALSE:
            return False
        if not key:
            raise _fail(f"The {english} is required; use 是 (yes) or 否 (no).", "required")
        raise _fail(
            f"The {english} must be 是 (yes) or 否 (no); got {_fold(str(value))!r}.",
            "yes_no.invalid",
            value=_fold(str(value)),
        )

    return BeforeValidator(check)


def _capacity(value: Any) -> int:
    expected = f"a whole number from {CAPACITY_MIN} to {CAPACITY_MAX}"
    number: int | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str):
        # "1,200", "30个", "３０" are all how a count gets typed.
        text = _fold(value).replace(",", "").removesuffix("个").strip()
        if not text:
            raise _fail(f"The capacity (托位数) is required; use {expected}.", "required")
        if re.fullmatch(r"\d+(\.0*)?", text):
            number = int(text.split(".")[0])
    if number is None:
        raise _fail(
            f"The capacity (托位数) must be {expected}; got {_fold(str(value))!r}.",
            "capacity.invalid",
            value=_fold(str(value)),
            min=CAPACITY_MIN,
            max=CAPACITY_MAX,
        )
    if not CAPACITY_MIN <= number <= CAPACITY_MAX:
        raise _fail(
            f"The capacity (托位数) must be {expected}; got {number}.",
            "capacity.range",
            value=number,
            min=CAPACITY_MIN,
            max=CAPACITY_MAX,
        )
    return number


# ---------------------------------------------------------------- identifiers

# Excel shows long digit strings typed into a number cell as 9.1350100E+17.
_SCIENTIFIC = re.compile(r"^\d(\.\d+)?E\+?\d+$", re.IGNORECASE)


def credit_code_issue(code: str) -> tuple[str, dict[str, Any]] | None:
    """What ``credit_code_problem`` says, as a stable code and its parameters.

    Codes: ``required``, ``credit_code.length`` (length), ``credit_code.character``
    (char, position, suggestion: the look-alike it may stand for, or ""),
    ``credit_code.authority`` (char), ``credit_code.check_digit`` (last, expected).
    Checks run in the same order as ``credit_code_problem``.
    """
    value = normalize_credit_code(code)
    if not value:
        return "required", {}
    if len(value) != CODE_LENGTH:
        return "credit_code.length", {"length": len(value)}
    for position, ch in enumerate(value, start=1):
        if ch not in CHARSET:
            suggestion = _LOOKALIKES.get(ch, "")
            return "credit_code.character", {
                "char": ch, "position": position, "suggestion": suggestion}
    if value[0] not in AUTHORITIES:
        return "credit_code.authority", {"char": value[0]}
    expected = check_character(value[:-1])
    if value[-1] != expected:
        return "credit_code.check_digit", {"last": value[-1], "expected": expected}
    return None


def _credit_code(value: Any) -> str:
    text = "" if value is None else _as_text(value)
    if _SCIENTIFIC.match(_fold(text)):
        raise _fail(
            f"The credit code {_fold(text)!r} was turned into a number by Excel; "
            "format the column as text and type the 18-character code again.",
            "credit_code.scientific",
            value=_fold(text),
        )
    problem = credit_code_problem(text)
    if problem is not None:
        issue = credit_code_issue(text)
        code, params = issue if issue is not None else ("invalid", {})
        raise _fail(problem, code, **params)
    return normalize_credit_code(text)


_MOBILE = re.compile(r"1[3-9]\d{9}")
# Optional area code (0 + 2-3 digits) and '-', local number of 7-8 digits (never
# starting with 0 or 1), optional extension.
_LANDLINE = re.compile(r"(?:0\d{2,3}-?)?[2-9]\d{6,7}(?:-\d{1,6})?")
_PHONE_FORMS = (
    "use an 11-digit mobile number starting with 13-19 (e.g. 13812345678) or a landline "
    "with optional area code and extension (e.g. 0510-86801234 or 0510-86801234-123)"
)


def normalize_phone(value: str) -> str:
    """A phone number folded to ASCII with spaces turned into '-' separators.

    A mobile number loses all separators and a leading +86, so "138 1234 5678"
    and "+86 13812345678" both become "13812345678".
    """
    text = _fold(value)
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)  # dashes of every width
    # "0510-86801234转123": 转 (or ext) introduces an extension.
    text = re.sub(r"\s*(?:转|ext\.?|x)\s*(\d{1,6})$", r"-\1", text, flags=re.IGNORECASE)
    compact = re.sub(r"[\s\-()]", "", text)
    if compact.startswith("+86"):
        compact = compact[3:]
    if _MOBILE.fullmatch(compact):
        return compact
    # Landline: "(0510) 8680 1234" → "0510-86801234"; a space between area code
    # and number is a separator, spaces inside the number are not.
    text = re.sub(r"^\((0\d{2,3})\)\s*", r"\1-", text)
    text = re.sub(r"^(0\d{2,3})\s+", r"\1-", text)
    text = re.sub(r"\s*-\s*", "-", text)
    return re.sub(r"\s+", "", text)


def _phone(value: Any) -> str:
    text = "" if value is None else _as_text(value)
    if not _fold(text):
        raise _fail(f"The contact phone is required; {_PHONE_FORMS}.", "required")
    phone = normalize_phone(text)
    if _MOBILE.fullmatch(phone) or _LANDLINE.fullmatch(phone):
        return phone
    raise _fail(
        f"The contact phone {_fold(text)!r} is not a valid number; {_PHONE_FORMS}.",
        "phone.invalid",
        value=_fold(text),
    )


# ---------------------------------------------------------------- the model


class FacilityInput(BaseModel):
    """One facility's validated data; values are canonical after validation."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Annotated[str, _text("name", 100, required=True)]
    credit_code: Annotated[str, BeforeValidator(_credit_code)]
    address: Annotated[str, _text("address", 200, required=True)]
    district: Annotated[str, _text("district", 50, required=True)]
    township: Annotated[str, _text("township", 50, required=True)]
    registration_kind: Annotated[
        RegistrationKind,
        _one_of("registration_kind", REGISTRATION_KIND_LABELS, _REGISTRATION_ALIASES),
    ]
    facility_type: Annotated[
        FacilityType, _one_of("facility_type", FACILITY_TYPE_LABELS, _FACILITY_TYPE_ALIASES)
    ] = "standalone"
    service_modes: Annotated[tuple[ServiceMode, ...], BeforeValidator(_service_modes)]
    capacity: Annotated[int, BeforeValidator(_capacity)]
    takes_under_2: Annotated[bool, _yes_no("takes_under_2")]
    serves_meals: Annotated[bool, _yes_no("serves_meals")]
    filing_status: Annotated[
        FilingStatus, _one_of("filing_status", FILING_STATUS_LABELS, _FILING_ALIASES)
    ]
    # validate_default so the "required when filed" rule also runs when the key
    # is absent, and the error lands on this field rather than the whole record.
    filing_number: Annotated[str | None, _text("filing_number", 50, required=False)] = Field(
        default=None, validate_default=True
    )
    representative: Annotated[str, _text("representative", 50, required=True)]
    contact_name: Annotated[str | None, _text("contact_name", 50, required=False)] = None
    contact_phone: Annotated[str, BeforeValidator(_phone)]

    @field_validator("filing_number")
    @classmethod
    def _number_when_filed(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None and info.data.get("filing_status") == "filed":
            raise _fail(
                "A filing number (备案号) is required when the filing status is 已备案 (filed).",
                "filing_number.required_when_filed",
            )
        return value


def field_errors(error: ValidationError) -> dict[str, str]:
    """Field name → the first clear English message for it ("" for the record)."""
    messages: dict[str, str] = {}
    for item in error.errors():
        name = str(item["loc"][0]) if item["loc"] else ""
        messages.setdefault(name, _message(item))
    return messages


@dataclass(frozen=True)
class FieldProblem:
    """One field's problem: a stable ``code`` with ``params`` that a user interface
    turns into its own language, and the English ``message`` for everyone else.

    Codes: ``required``, ``too_long`` (max, length), ``unknown_choice`` (value),
    ``service_modes.not_list``, ``service_modes.unknown`` (value),
    ``service_modes.duplicate`` (value), ``yes_no.invalid`` (value),
    ``capacity.invalid`` (value, min, max), ``capacity.range`` (value, min, max),
    ``credit_code.scientific`` (value), the codes of ``credit_code_issue``,
    ``phone.invalid`` (value), ``filing_number.required_when_filed``,
    ``unknown_field``, ``invalid``; in sheets also ``credit_code.stored_as_number``
    and ``credit_code.duplicate_in_sheet`` (code, line).
    """

    field: str
    code: str
    params: dict[str, Any]
    message: str


def field_problems(error: ValidationError) -> dict[str, FieldProblem]:
    """Like ``field_errors``, with a stable code and parameters for each message."""
    problems: dict[str, FieldProblem] = {}
    for item in error.errors():
        name = str(item["loc"][0]) if item["loc"] else ""
        if name in problems:
            continue
        if item["type"] == "facility_field":
            context = item.get("ctx") or {}
            code = str(context.get("code", "invalid"))
            params = dict(context.get("params") or {})
        elif item["type"] == "missing":
            code, params = "required", {}
        elif item["type"] == "extra_forbidden":
            code, params = "unknown_field", {}
        else:
            code, params = "invalid", {}
        problems[name] = FieldProblem(name, code, params, _message(item))
    return problems


def _message(item: Any) -> str:
    name = str(item["loc"][0]) if item["loc"] else ""
    english = _FIELD_NAMES.get(name, name)
    if item["type"] == "facility_field":
        return str(item["ctx"]["message"])
    if item["type"] == "missing":
        if name == "service_modes":
            return "At least one service mode is required."
        return f"The {english} is required."
    if item["type"] == "extra_forbidden":
        return f"Unknown field {name!r}."
    # Not reached by the validators above; kept readable all the same.
    return f"The {english} is not valid: {item['msg']}."


# ---------------------------------------------------------------- reading sheets

_HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("名称", "托育机构名称", "单位名称", "机构全称", "facility name"),
    "credit_code": (
        "信用代码",
        "社会信用代码",
        "统一代码",
        "统一社会信用代码(注册号)",
        "uscc",
        "unified social credit code",
    ),
    "address": ("机构地址", "详细地址", "地址(详细)", "住所", "经营地址", "场所地址"),
    "district": (
        "区(县)",
        "县(区)",
        "区/县",
        "县/区",
        "县区",
        "区",
        "县",
        "县(市、区)",
        "县(市,区)",
        "县市区",
        "所属区县",
    ),
    "township": (
        "乡镇",
        "街道",
        "乡镇/街道",
        "乡镇(街道)",
        "街道(乡镇)",
        "镇(街道)",
        "镇街",
        "镇(街)",
        "所属乡镇",
        "所属街道",
        "所属乡镇(街道)",
        "street",
    ),
    "registration_kind": ("性质", "机构性质", "登记性质", "营利性质", "登记类别", "kind"),
    "facility_type": ("类型", "机构类别", "托育机构类型", "举办类型", "type"),
    "service_modes": ("托育服务形式", "服务类型", "托育形式", "服务方式", "收托形式"),
    "capacity": ("托位", "托位数(个)", "核定托位数", "托位数量", "托位(个)"),
    "takes_under_2": (
        "是否收托2岁以下",
        "收托2岁以下婴幼儿",
        "是否收托2岁以下婴幼儿",
        "收托两岁以下",
        "是否收托两岁以下",
        "2岁以下",
        "under 2",
    ),
    "serves_meals": ("是否提供膳食", "膳食", "供餐", "是否供餐", "提供餐点", "meals"),
    "filing_status": ("备案情况", "是否备案", "备案", "filing"),
    "filing_number": ("备案编号", "备案回执号", "备案证号"),
    "representative": ("机构负责人", "负责人姓名", "person in charge"),
    "contact_name": ("联系人姓名", "contact"),
    "contact_phone": (
        "电话",
        "手机",
        "手机号",
        "手机号码",
        "联系方式",
        "联系电话(手机)",
        "phone",
        "telephone",
    ),
}


def _header_key(text: str) -> str:
    # Templates often mark required columns with * or (必填); those marks and any
    # spacing should not stop a header from being recognised.
    key = _key(text).strip("*")
    return re.sub(r"\((必填|选填|可选)\)$", "", key).strip("*")


_HEADER_TABLE: dict[str, str] = {}
for _field_name, _label in FIELD_LABELS.items():
    for _spelling in (_field_name, _label, *_HEADER_ALIASES.get(_field_name, ())):
        _HEADER_TABLE[_header_key(_spelling)] = _field_name


@dataclass(frozen=True)
class RowError:
    """One problem with one cell; ``column`` is the header as written in the file."""

    line: int
    column: str
    message: str
    # The field and the problem's stable code and parameters (see FieldProblem);
    # not part of equality, so errors compare by place and message as before.
    field_name: str = field(default="", compare=False)
    code: str = field(default="", compare=False)
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def __str__(self) -> str:
        where = f"line {self.line}"
        if self.column:
            where += f", column {self.column}"
        return f"{where}: {self.message}"


@dataclass
class SheetResult:
    """What came out of one sheet; ``problem`` set means the file was refused."""

    rows: list[tuple[int, FacilityInput]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    problem: str | None = None
    # For previews: the header row as written, field → column index, and every
    # non-blank data row's cell texts by line (good and bad rows alike).
    header_line: int = 0
    header: list[str] = field(default_factory=list)
    columns: dict[str, int] = field(default_factory=dict)
    cells: dict[int, list[str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when every row was good and nothing was refused."""
        return self.problem is None and not self.errors


class _Refused(Exception):
    """A file-level problem found while reading; turned into ``SheetResult.problem``."""


# A raw row: its 1-based line number and cell values as read.
_Row = tuple[int, Sequence[Any]]

_SUPPORTED = "CSV (.csv) or Excel workbook (.xlsx)"


def read_facility_sheet(path: Path) -> SheetResult:
    """Read facilities from a CSV or XLSX file; problems are returned, never raised."""
    path = Path(path)
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        if path.suffix.lower() in (".xls", ".et", ".wps", ".numbers", ".ods"):
            message = f"{path.name} is in a format this program cannot read; "
            return SheetResult(problem=message + f"save it from Excel or WPS as {_SUPPORTED}.")
        return SheetResult(
            problem=f"{path.name} is not a spreadsheet this program reads; use {_SUPPORTED}."
        )
    try:
        size = path.stat().st_size
    except OSError as exc:
        return SheetResult(problem=f"{path.name} could not be opened: {exc.strerror or exc}.")
    if size > MAX_FILE_BYTES:
        return SheetResult(
            problem=f"{path.name} is {size / 1024 / 1024:.1f} MB; files over "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB are refused. Split it into smaller files."
        )
    if size == 0:
        return SheetResult(problem=f"{path.name} is empty.")
    try:
        # closing() so an XLSX file handle is released even when reading stops early.
        with closing(reader(path)) as rows:
            return _parse_rows(path.name, rows)
    except _Refused as exc:
        return SheetResult(problem=str(exc))
    except OSError as exc:
        return SheetResult(problem=f"{path.name} could not be read: {exc.strerror or exc}.")


def _csv_rows(path: Path) -> Generator[_Row, None, None]:
    data = path.read_bytes()
    text = _decode(path.name, data)
    first_line = text.split("\n", 1)[0]
    # Excel's "Unicode text" export is tab-separated and some locales use ';'.
    delimiter = max((",", "\t", ";"), key=first_line.count)
    records = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        # Numbered by record, not physical line: a quoted cell with a line break
        # is still one row in Excel.
        yield from enumerate(records, 1)
    except csv.Error as exc:
        raise _Refused(f"{path.name} is not a well-formed CSV file: {exc}.") from exc


def _decode(name: str, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _Refused(f"{name} could not be decoded as UTF-16 text.") from exc
    if b"\x00" in data:
        raise _Refused(f"{name} is not a text CSV file; use {_SUPPORTED}.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        # Excel on Chinese Windows saves "CSV" in the ANSI code page (GBK), of
        # which GB18030 is a superset.
        return data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise _Refused(
            f"{name} is neither UTF-8 nor GBK text; save it again as 'CSV UTF-8' from Excel."
        ) from exc


def _xlsx_rows(path: Path) -> Generator[_Row, None, None]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a non-workbook
        raise _Refused(
            f"{path.name} could not be opened as an Excel workbook (.xlsx); "
            f"it may be damaged or a different kind of file."
        ) from exc
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise _Refused(f"{path.name} has no worksheet.")
        # Some programs write a wrong dimension record, which would cut rows off.
        sheet.reset_dimensions()
        yield from enumerate(sheet.iter_rows(values_only=True), 1)
    except _Refused:
        raise
    except Exception as exc:  # damaged XML inside a valid zip
        raise _Refused(f"{path.name} could not be read as an Excel workbook: {exc}.") from exc
    finally:
        workbook.close()


_READERS: dict[str, Callable[[Path], Generator[_Row, None, None]]] = {
    ".csv": _csv_rows,
    ".xlsx": _xlsx_rows,
    ".xlsm": _xlsx_rows,
}


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return _as_text(value).strip()


def _is_blank(cells: Sequence[Any]) -> bool:
    return all(_cell_text(cell) == "" for cell in cells)


def _find_header(name: str, rows: Generator[_Row, None, None]) -> tuple[int, Sequence[Any]]:
    """The first non-blank row naming a known column, after at most a few title rows.

    Sheets exported from government systems often start with a title such as
    "江阴市托育机构名单" above the real header.
    """
    titles = 0
    for line, cells in rows:
        if _is_blank(cells):
            continue
        if any(_HEADER_TABLE.get(_header_key(_cell_text(cell))) for cell in cells):
            return line, cells
        titles += 1
        if titles >= MAX_TITLE_ROWS:
            break
    if titles == 0:
        raise _Refused(f"{name} is empty.")
    raise _Refused(
        f"{name} has no header row: the first row must name the columns, for example "
        + ", ".join(FACILITY_COLUMNS[:3])
        + "."
    )


def _parse_rows(name: str, rows: Generator[_Row, None, None]) -> SheetResult:
    header_line, header = _find_header(name, rows)
    result = SheetResult()
    columns = _map_header(name, header, result)
    result.header_line = header_line
    result.header = [_cell_text(cell) for cell in header]
    result.columns = {f: index for f, (index, _) in columns.items()}
    if header_line > 1:
        result.warnings.append(f"The column headers were taken from line {header_line}.")

    seen_codes: dict[str, int] = {}
    count = 0
    for line, cells in rows:
        if _is_blank(cells):
            continue
        count += 1
        if count > MAX_DATA_ROWS:
            raise _Refused(
                f"{name} has more than {MAX_DATA_ROWS:,} facility rows; "
                "split it into smaller files."
            )
        result.cells[line] = [_cell_text(cell) for cell in cells]
        _parse_row(line, cells, columns, result, seen_codes)
    if count == 0:
        raise _Refused(
            f"{name} has a header row (line {header_line}) but no facility rows below it."
        )
    return result


def _map_header(
    name: str, header: Sequence[Any], result: SheetResult
) -> dict[str, tuple[int, str]]:
    """Field → (column index, header text); unknown headers become one warning."""
    columns: dict[str, tuple[int, str]] = {}
    unknown: list[str] = []
    for index, cell in enumerate(header):
        text = _cell_text(cell)
        if not text:
            continue
        field_name = _HEADER_TABLE.get(_header_key(text))
        if field_name is None:
            unknown.append(text)
        elif field_name in columns:
            # Guessing which of two columns is right could import wrong data.
            raise _Refused(
                f"{name}: columns {columns[field_name][1]!r} and {text!r} both give the "
                f"{FIELD_LABELS[field_name]} ({field_name}); keep only one of them."
            )
        else:
            columns[field_name] = (index, text)
    missing = [f for f in FIELD_LABELS if f not in columns and f not in OPTIONAL_FIELDS]
    if missing:
        listed = ", ".join(f"{FIELD_LABELS[f]} ({f})" for f in missing)
        noun = "column is" if len(missing) == 1 else "columns are"
        raise _Refused(f"{name}: required {noun} missing: {listed}.")
    if unknown:
        result.warnings.append(
            "Ignored columns that were not recognised: " + ", ".join(unknown) + "."
        )
    return columns


def _parse_row(
    line: int,
    cells: Sequence[Any],
    columns: dict[str, tuple[int, str]],
    result: SheetResult,
    seen_codes: dict[str, int],
) -> None:
    data: dict[str, Any] = {}
    raw: dict[str, Any] = {}
    for field_name, (index, _) in columns.items():
        value = cells[index] if index < len(cells) else None
        raw[field_name] = value
        text = _cell_text(value)
        # A blank optional cell means "use the default", not "invalid empty value".
        if text or field_name not in OPTIONAL_FIELDS:
            data[field_name] = text

    def header_of(field_name: str) -> str:
        return columns[field_name][1] if field_name in columns else FIELD_LABELS[field_name]

    record: FacilityInput | None = None
    failed: dict[str, FieldProblem] = {}
    try:
        record = FacilityInput(**data)
    except ValidationError as exc:
        failed = field_problems(exc)
    if "credit_code" in failed and isinstance(raw["credit_code"], int | float):
        failed["credit_code"] = FieldProblem(
            "credit_code",
            "credit_code.stored_as_number",
            {},
            "The credit code is stored as a number in the spreadsheet, so Excel may have "
            "changed its last digits; format the column as text and type the code again.",
        )

    row_errors = [
        RowError(line, header_of(f), p.message, field_name=f, code=p.code, params=p.params)
        for f, p in failed.items()
    ]
    if "credit_code" not in failed:
        code = normalize_credit_code(_cell_text(raw["credit_code"]))
        if code in seen_codes:
            row_errors.append(
                RowError(
                    line,
                    header_of("credit_code"),
                    f"The credit code {code} already appears on line {seen_codes[code]}; "
                    "each facility must be listed once.",
                    field_name="credit_code",
                    code="credit_code.duplicate_in_sheet",
                    params={"code": code, "line": seen_codes[code]},
                )
            )
        else:
            seen_codes[code] = line
    if row_errors:
        result.errors.extend(row_errors)
    elif record is not None:
        result.rows.append((line, record))


# ---------------------------------------------------------------- template


def write_facility_template(path: Path) -> None:
    """Write an empty import template (.csv or .xlsx) with the Chinese headers.

    Raises ``ValueError`` for other suffixes; the caller chooses the name.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        # BOM so Excel on Windows opens it as UTF-8 instead of the ANSI code page.
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle).writerow(FACILITY_COLUMNS)
    elif suffix in (".xlsx", ".xlsm"):
        _write_xlsx_template(path)
    else:
        raise ValueError(f"template must be .csv or .xlsx, not {path.suffix!r}")


def _write_xlsx_template(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new Workbook always has one sheet
    sheet.title = "托育机构"
    sheet.append(list(FACILITY_COLUMNS))
    sheet.freeze_panes = "A2"
    drop_downs = {
        "registration_kind": REGISTRATION_KIND_LABELS.values(),
        "facility_type": FACILITY_TYPE_LABELS.values(),
        "filing_status": FILING_STATUS_LABELS.values(),
        "takes_under_2": ("是", "否"),
        "serves_meals": ("是", "否"),
    }
    for index, field_name in enumerate(FIELD_LABELS, 1):
        letter = get_column_letter(index)
        sheet.cell(row=1, column=index).font = Font(bold=True)
        sheet.column_dimensions[letter].width = 30 if field_name in ("name", "address") else 16
        if field_name in ("credit_code", "contact_phone", "filing_number"):
            # Text format stops Excel rounding 18-digit codes and dropping the 0
            # of area codes.
            sheet.column_dimensions[letter].number_format = "@"
        if field_name in drop_downs:
            choice = DataValidation(
                type="list",
                formula1='"' + ",".join(drop_downs[field_name]) + '"',
                allow_blank=True,
            )
            sheet.add_data_validation(choice)
            choice.add(f"{letter}2:{letter}{MAX_DATA_ROWS + 1}")
    workbook.save(path)
