"""Office exports: the registry and the inspections as spreadsheet tables (XLSX or CSV).

Four tables, for the office's own statistics and archives:

- ``facilities``: the registry, every facility (filters do not apply);
- ``inspections``: one row per inspection, with result, counts, team and times;
- ``answers``: one row per checklist item of each inspection, unanswered applicable
  items included, so a sheet always has the whole checklist; items that do not apply
  to the facility are left out unless they hold an answer (column ``applies``);
- ``findings``: every finding of the exported inspections, with deadline and status.

Design, the same in both formats:

- Words in the chosen language (``lang``: ``zh``, the default, what an office user in
  China reads; or ``en``): the header row (``headers="labels"``; the facilities sheet
  uses the import template's labels, so it can be imported again) and every coded
  value — 日常检查, 基本合格, 已签名, 非营利性, 是/否, an option's label, the checklist's
  prompt and section in that language. ``headers="keys"`` writes the stable English
  snake_case keys instead of labels, for scripts. Keys, labels and the words' group
  are declared once in ``COLUMNS``.
- The codes for machines: each worded column has a twin ``<key>_code`` at the right
  end of its table, holding the stable code (``routine``, ``basic_pass``, ``signed``,
  ``non_profit``, ``true``/``false``, option ids, ``pass``/``fail``/``na``), under the
  same header in every language and header mode. Columns rather than a second sheet
  or hidden columns: a row keeps its words and codes together whatever sorting or
  filtering a person does, CSV (which has neither sheets nor hidden columns) has the
  same layout as the workbook, and a script finds the codes by one name whatever
  language a person chose. Several values are joined with ``"; "``; a repeat group
  is shown as its number of rows. Items are identified by ``checklist_id/item_id``.
- Dates are ISO ``YYYY-MM-DD``. Times are the exporting computer's local time
  (``inspector/localtime.py``, as on screen and in the PDFs): real Excel date-times in
  XLSX, ISO 8601 with the local offset (``+08:00``) in CSV. In XLSX dates and numbers
  are real Excel dates and numbers.
- A text cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets
  a leading ``'`` so a spreadsheet never runs it as a formula (CSV/formula injection);
  numbers, negative ones included, stay numbers.

XLSX: one workbook, one sheet per table (a table longer than Excel's row limit goes
on into a second sheet), written in openpyxl's write-only mode so memory stays flat,
with a frozen header row, an auto-filter and fixed column widths. CSV: UTF-8 with a
BOM (Excel then reads Chinese correctly), RFC 4180 quoting, CRLF line ends; all tables
go to a folder as ``facilities.csv``, ``inspections.csv``, ``answers.csv`` and
``findings.csv``, a single table to the file given.

Every file is written to a temporary file next to it and moved into place only when
all files are complete, so a failure or a cancellation leaves nothing half-written.
An existing file is refused (``ExportRefused``) unless ``force``. ``progress(done,
total)`` is called after each inspection read; it may raise ``ExportCancelled``.
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
import uuid
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

import sqlalchemy as sa

from inspector.checklists.schema import Item
from inspector.facility_records import FIELD_LABELS
from inspector.inspection_records import InspectionDetail, InspectionFilter
from inspector.localtime import as_local, local_naive
from inspector.storage import models as m
from inspector.storage.database import Database
from inspector.workspace import Workspace

TABLES = ("facilities", "inspections", "answers", "findings")
FORMATS = ("xlsx", "csv")
LANGUAGES = ("zh", "en")
HEADER_MODES = ("labels", "keys")
STATUSES = ("draft", "completed", "signed")

EXCEL_MAX_ROWS = 1_048_576  # rows per sheet, header included
EXCEL_MAX_TEXT = 32_767  # characters per cell
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
LIST_SEPARATOR = "; "

Progress = Callable[[int, int], None]


class ExportRefused(Exception):
    """The export was refused (a file exists, a folder cannot be written, bad
    options); the message says why. Nothing was written."""


class ExportCancelled(Exception):
    """Raised by a progress callback to stop the export; nothing is written."""


@dataclass(frozen=True)
class Column:
    key: str  # stable English header (snake_case)
    zh: str  # Chinese header
    en: str  # English header
    width: float  # XLSX column width, in characters
    # How its values are worded (a group of ``WORDS``, "bool", or "coded": the row gives
    # a ``Coded``); None: shown as stored. A worded column has a ``<key>_code`` twin.
    words: str | None = None

    def label(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


def _c(key: str, zh: str, en: str, width: float = 14, words: str | None = None) -> Column:
    return Column(key, zh, en, width, words)


@dataclass(frozen=True)
class Coded:
    """A value the row words itself (an answer, by its item), with its code."""

    word: Any
    code: Any


_F = FIELD_LABELS  # the import template's labels: an exported registry imports again
_LOCAL = {"zh": "（本地时间）", "en": " (local time)"}

COLUMNS: dict[str, tuple[Column, ...]] = {
    "facilities": (
        _c("id", "机构ID", "Facility ID", 38), _c("name", _F["name"], "Facility name", 32),
        _c("credit_code", _F["credit_code"], "Unified social credit code", 22),
        _c("address", _F["address"], "Address", 36),
        _c("district", _F["district"], "District", 12),
        _c("township", _F["township"], "Township / street", 14),
        _c("registration_kind", _F["registration_kind"], "Registration", 14,
           "registration_kind"),
        _c("facility_type", _F["facility_type"], "Facility type", 14, "facility_type"),
        _c("service_modes", _F["service_modes"], "Service modes", 18, "service_mode"),
        _c("capacity", _F["capacity"], "Capacity (places)", 9),
        _c("takes_under_2", _F["takes_under_2"], "Takes children under 2", 12, "bool"),
        _c("serves_meals", _F["serves_meals"], "Serves meals", 10, "bool"),
        _c("filing_status", _F["filing_status"], "Filing status", 12, "filing_status"),
        _c("filing_number", _F["filing_number"], "Filing number", 18),
        _c("representative", _F["representative"], "Person in charge", 10),
        _c("contact_name", _F["contact_name"], "Contact", 10),
        _c("contact_phone", _F["contact_phone"], "Contact phone", 16),
        _c("created_at", "创建时间", "Created", 20), _c("updated_at", "更新时间", "Updated", 20),
    ),
    "inspections": (
        _c("id", "检查ID", "Inspection ID", 38), _c("facility_id", "机构ID", "Facility ID", 38),
        _c("facility_name", "机构名称", "Facility name", 32),
        _c("credit_code", "统一社会信用代码", "Unified social credit code", 22),
        _c("district", "区县", "District", 12), _c("township", "乡镇（街道）", "Township", 14),
        _c("kind", "检查类型", "Kind", 11, "kind"), _c("date", "检查日期", "Date", 12),
        _c("status", "状态", "Status", 11, "status"),
        _c("report_number", "文书编号", "Report number", 20), _c("score", "得分", "Score", 8),
        _c("verdict", "结论", "Verdict", 11, "verdict"),
        _c("answered_count", "已检查项数", "Items checked", 10),
        _c("applicable_count", "适用项数", "Items applicable", 10),
        _c("fail_count", "不符合项数", "Items failed", 10),
        _c("critical_fail_count", "否决项不符合数", "Critical items failed", 12),
        _c("team", "检查人员（执法证号）", "Inspectors (badge no.)", 40),
        _c("lead", "组长", "Lead inspector", 24),
        _c("checklists", "检查表（版本）", "Checklists (version)", 40, "coded"),
        _c("followup_of_id", "复查的原检查ID", "Follow-up of inspection ID", 38),
        _c("completed_at", "完成时间", "Completed", 20), _c("signed_at", "签署时间", "Signed", 20),
    ),
    "answers": (
        _c("inspection_id", "检查ID", "Inspection ID", 38),
        _c("inspection_date", "检查日期", "Inspection date", 12),
        _c("facility_name", "机构名称", "Facility name", 28),
        _c("item_key", "检查项ID", "Item key", 36),
        _c("checklist_id", "检查表ID", "Checklist ID", 18),
        _c("checklist_version", "检查表版本", "Checklist version", 10),
        _c("item_id", "项目ID", "Item ID", 24), _c("item_no", "序号", "No.", 7),
        _c("section", "检查内容", "Section", 20), _c("prompt", "检查项目", "Item", 48),
        _c("severity", "严重程度", "Severity", 10, "severity"),
        _c("applies", "适用于本机构", "Applies to the facility", 10, "bool"),
        _c("value", "记录值", "Recorded value", 20, "coded"),
        _c("not_applicable", "不适用", "Not applicable", 8, "bool"),
        _c("result", "判定", "Result", 8, "result"),
        _c("reason", "不符合原因", "Why it fails", 36), _c("note", "备注", "Note", 36),
        _c("photo_count", "照片数", "Photos", 8),
        _c("answered_by", "记录人", "Recorded by", 24),
        _c("answered_at", "记录时间", "Recorded", 20),
    ),
    "findings": (
        _c("id", "问题ID", "Finding ID", 38), _c("inspection_id", "检查ID", "Inspection ID", 38),
        _c("inspection_date", "检查日期", "Inspection date", 12),
        _c("facility_name", "机构名称", "Facility name", 28),
        _c("item_key", "检查项ID", "Item key", 36), _c("prompt", "检查项目", "Item", 40),
        _c("severity", "严重程度", "Severity", 10, "severity"),
        _c("description", "问题描述", "Description", 48),
        _c("required_action", "整改要求", "Required action", 40),
        _c("deadline", "整改期限", "Deadline", 12),
        _c("status", "整改状态", "Status", 12, "finding_status"),
        _c("status_note", "状态说明", "Status note", 30),
        _c("checked_in_id", "复查检查ID", "Checked in follow-up ID", 38),
    ),
}
_TIMES = {"created_at", "updated_at", "completed_at", "signed_at", "answered_at"}


def code_columns(table: str) -> tuple[Column, ...]:
    """The ``<key>_code`` twins of a table's worded columns, in their order."""
    return tuple(Column(f"{c.key}_code", f"{c.key}_code", f"{c.key}_code", 16)
                 for c in COLUMNS[table] if c.words)


def header_labels(table: str, lang: str, headers: str) -> list[str]:
    """The header row: labels in ``lang`` (times marked local) or keys; then the codes'
    own names."""
    out = []
    for c in COLUMNS[table]:
        if headers == "keys":
            out.append(c.key)
        else:
            out.append(c.label(lang) + (_LOCAL[lang] if c.key in _TIMES else ""))
    return out + [c.key for c in code_columns(table)]


SHEET_TITLES = {
    "zh": {"facilities": "托育机构", "inspections": "检查记录", "answers": "检查项目明细",
           "findings": "问题与整改"},
    "en": {"facilities": "Facilities", "inspections": "Inspections", "answers": "Answers",
           "findings": "Findings"},
    "keys": {t: t for t in TABLES},
}
ROWS_WORD = {"zh": "{n}行", "en": "{n} rows"}
YES_NO = {"zh": ("是", "否"), "en": ("Yes", "No")}


def word(group: str, code: Any, lang: str) -> Any:
    """A stored code in words (the catalogue the reports use, ``reports/labels.py``);
    a list of codes joined; None stays None, an unknown code stays itself."""
    from inspector.reports.labels import VALUES

    if code is None:
        return None
    if group == "bool":
        return YES_NO[lang][0] if code else YES_NO[lang][1]
    if isinstance(code, list | tuple):
        return _list(word(group, c, lang) for c in code)
    texts = VALUES.get(group, {}).get(str(code))
    return texts.get(lang, code) if texts else code


def code_of(value: Any) -> Any:
    """What a ``<key>_code`` cell holds: codes as stored, lists joined."""
    if isinstance(value, Coded):
        value = value.code
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return _list(value)
    return value


def output_row(table: str, values: Sequence[Any], lang: str) -> list[Any]:
    """A row of stored values as written: worded columns in ``lang``, then the codes."""
    columns = COLUMNS[table]
    words = []
    for column, value in zip(columns, values, strict=True):
        if isinstance(value, Coded):
            words.append(value.word)
        elif column.words and column.words != "coded":
            words.append(word(column.words, value, lang))
        elif isinstance(value, list | tuple):
            words.append(_list(value))
        else:
            words.append(value)
    codes = [code_of(v) for c, v in zip(columns, values, strict=True) if c.words]
    return words + codes


@dataclass(frozen=True)
class ExportOptions:
    format: str  # xlsx | csv
    tables: tuple[str, ...] = TABLES
    since: date | None = None  # inspection date, inclusive
    until: date | None = None
    status: str | None = None  # draft | completed | signed
    lang: str = "zh"  # the words: zh | en
    headers: str = "labels"  # labels (in lang) | keys (snake_case, for scripts)
    force: bool = False  # replace existing files

    def check(self) -> None:
        if self.format not in FORMATS:
            raise ExportRefused(f"unknown format {self.format!r}; one of {', '.join(FORMATS)}")
        if not self.tables:
            raise ExportRefused("choose at least one table")
        unknown = [t for t in self.tables if t not in TABLES]
        if unknown:
            raise ExportRefused(f"unknown table(s) {', '.join(unknown)}; "
                                f"one of {', '.join(TABLES)}")
        if len(set(self.tables)) != len(self.tables):
            raise ExportRefused("a table is listed twice")
        if self.lang not in LANGUAGES:
            raise ExportRefused(f"unknown language {self.lang!r}; zh or en")
        if self.headers not in HEADER_MODES:
            raise ExportRefused(f"unknown header mode {self.headers!r}; labels or keys")
        if self.status is not None and self.status not in STATUSES:
            raise ExportRefused(f"unknown status {self.status!r}; one of {', '.join(STATUSES)}")
        if self.since and self.until and self.since > self.until:
            raise ExportRefused(f"the date range is empty: {self.since} is after {self.until}")

    @property
    def ordered_tables(self) -> tuple[str, ...]:
        return tuple(t for t in TABLES if t in self.tables)

    @property
    def to_folder(self) -> bool:
        """CSV with several tables: the target is a folder of one file per table."""
        return self.format == "csv" and len(self.tables) > 1


@dataclass(frozen=True)
class ExportResult:
    files: tuple[Path, ...]  # what was written
    rows: dict[str, int]  # data rows per table (header not counted)
    target: Path  # the file, or the folder of the CSV files

    @property
    def folder(self) -> Path:
        return self.target if self.target.is_dir() else self.target.parent


def planned_files(target: Path, options: ExportOptions) -> list[Path]:
    """The files an export to ``target`` writes (for asking before replacing)."""
    target = Path(target)
    if options.to_folder:
        return [target / f"{t}.csv" for t in options.ordered_tables]
    return [target]


# --------------------------------------------------------------------------- rows


def _list(values: Iterable[Any]) -> str:
    return LIST_SEPARATOR.join(str(v) for v in values)


def _member(name: str, badge: str) -> str:
    return f"{name} ({badge})"


def _answer_value(item: Item, value: Any, rows: int, lang: str) -> Any:
    """An answer's value in words (pass / fail, yes / no, an option's label, a row
    count) with its code (as stored); numbers and dates as they are."""
    kind = item.response.type.value
    if kind == "repeat":
        return Coded(ROWS_WORD[lang].format(n=rows), rows) if rows else None
    if value is None:
        return None
    if kind == "date" and isinstance(value, str):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return value
        return Coded(day, day)
    options = {o.id: o.label.get(lang) for o in item.response.options}
    if isinstance(value, list):
        return Coded(_list(options.get(v, v) for v in value), value)
    if kind in ("pass_fail", "yes_no"):
        group = "result" if kind == "pass_fail" else "yes_no"
        return Coded(word(group, value, lang), value)
    if kind == "single_choice":
        return Coded(options.get(value, value), value)
    return Coded(value, value)


@dataclass(frozen=True)
class _AnswerMeta:
    answered_by: str | None
    answered_at: datetime


def _answer_meta(db: Database, inspection_id: uuid.UUID) -> dict[tuple[str, str], _AnswerMeta]:
    """Who recorded each answer of an inspection and when (the plain views of an
    inspection leave these out)."""
    q = (sa.select(m.Answer.checklist_id, m.Answer.item_id, m.Answer.answered_at,
                   m.InspectorProfile.name, m.InspectorProfile.badge_number)
         .outerjoin(m.InspectorProfile, m.InspectorProfile.id == m.Answer.answered_by_id)
         .where(m.Answer.inspection_id == inspection_id))
    with db.read() as s:
        return {(cid, iid): _AnswerMeta(_member(name, badge) if name else None, at)
                for cid, iid, at, name, badge in s.execute(q)}


def _facility_times(db: Database) -> dict[str, tuple[datetime, datetime]]:
    """Created and updated time of every facility, by id."""
    with db.read() as s:
        return {str(i): (c, u) for i, c, u in s.execute(
            sa.select(m.Facility.id, m.Facility.created_at, m.Facility.updated_at))}


def facility_rows(ws: Workspace) -> Iterator[list[Any]]:
    times = _facility_times(ws.db)
    for f in ws.facilities.list():
        created, updated = times.get(f.id, (None, None))
        yield [f.id, f.name, f.credit_code, f.address, f.district, f.township,
               f.registration_kind, f.facility_type, list(f.service_modes), f.capacity,
               f.takes_under_2, f.serves_meals, f.filing_status, f.filing_number,
               f.representative, f.contact_name, f.contact_phone, created, updated]


def inspection_row(d: InspectionDetail, lang: str = "zh") -> list[Any]:
    c = d.card
    lead = next((mb for mb in d.team if mb.role == "lead"), None)
    f = d.facility
    return [d.id, f.id, f.name, f.credit_code, f.district, f.township, d.kind, d.date,
            d.status, d.report_number, c.score, c.verdict, c.answered, c.applicable, c.failed,
            len(c.critical_failures),
            _list(_member(mb.inspector.name, mb.inspector.badge_number) for mb in d.team),
            _member(lead.inspector.name, lead.inspector.badge_number) if lead else None,
            Coded(_list(f"{c.title.get(lang)} v{c.version}" for c in d.checklists),
                  _list(f"{c.id} {c.version}" for c in d.checklists)), d.followup_of_id,
            d.completed_at, d.signed_at]


def answer_rows(d: InspectionDetail, meta: dict[tuple[str, str], _AnswerMeta],
                lang: str) -> Iterator[list[Any]]:
    """One row per applicable item (answered or not), in checklist order; an item
    that does not apply to the facility only when it holds an answer."""
    for checklist in d.checklists:
        for sn, section in enumerate(checklist.sections, start=1):
            for n, item in enumerate(section.items, start=1):
                key = (checklist.id, item.id)
                applies = d.applicable.get(key, True)
                a = d.answers.get(key)
                if not applies and a is None:
                    continue
                who = meta.get(key)
                yield [
                    d.id, d.date, d.facility.name, f"{checklist.id}/{item.id}", checklist.id,
                    checklist.version, item.id, f"{sn}.{n}", section.title.get(lang),
                    item.prompt.get(lang), item.severity.value, applies,
                    _answer_value(item, a.value, len(a.rows), lang) if a else None,
                    a.not_applicable if a else False,
                    a.result if a else None,
                    (a.reason or {}).get(lang) if a else None, a.note if a else None,
                    len(a.photos) if a else 0,
                    who.answered_by if who else None, who.answered_at if who else None]


def finding_rows(d: InspectionDetail, lang: str = "zh") -> Iterator[list[Any]]:
    for f in d.findings:
        yield [f.id, f.inspection_id, d.date, d.facility.name, f"{f.checklist_id}/{f.item_id}",
               f.prompt.get(lang), f.severity, f.description, f.required_action, f.deadline,
               f.status, f.status_note, f.checked_in_id]


# --------------------------------------------------------------------------- cells


def neutralise(text: str) -> str:
    """Text a spreadsheet will not take for a formula."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):  # local time, with its offset: read anywhere
        return as_local(value).replace(microsecond=0).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float):
        return str(value)
    return neutralise(str(value))


_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def xlsx_cell(value: Any) -> Any:
    """A value as openpyxl should store it (datetimes: naive local time)."""
    if isinstance(value, datetime):
        return local_naive(value)
    if isinstance(value, str):
        text = neutralise(_ILLEGAL_XML.sub("", value))
        return text if len(text) <= EXCEL_MAX_TEXT else text[:EXCEL_MAX_TEXT - 1] + "…"
    return value


# --------------------------------------------------------------------------- writers


class _Writer(ABC):
    """Where the tables go: CSV files or one workbook."""

    @abstractmethod
    def header(self, table: str, columns: Sequence[Column], labels: list[str]) -> None: ...

    @abstractmethod
    def row(self, table: str, values: list[Any]) -> None: ...

    @abstractmethod
    def close(self) -> None: ...

    def abort(self) -> None:  # noqa: B027 - most writers hold nothing to let go of
        """Let go of open files after a failure (the caller removes them)."""


class _CsvWriter(_Writer):
    def __init__(self, files: dict[str, Path]) -> None:
        self.files = files
        self._handles: dict[str, IO[str]] = {}
        self._writers: dict[str, Any] = {}
        for table, path in files.items():
            handle = path.open("w", encoding="utf-8-sig", newline="")
            self._handles[table] = handle
            self._writers[table] = csv.writer(handle, lineterminator="\r\n")

    def header(self, table: str, columns: Sequence[Column], labels: list[str]) -> None:
        self._writers[table].writerow(labels)

    def row(self, table: str, values: list[Any]) -> None:
        self._writers[table].writerow([csv_cell(v) for v in values])

    def close(self) -> None:
        for handle in self._handles.values():
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()

    def abort(self) -> None:
        for handle in self._handles.values():
            handle.close()


@dataclass
class _Sheet:
    title: str
    columns: Sequence[Column]
    labels: list[str]
    sheet: Any = None
    rows: int = 0  # rows written, header included
    part: int = 1
    total: int = 0  # data rows over all parts


class _XlsxWriter(_Writer):
    def __init__(self, path: Path, titles: dict[str, str]) -> None:
        from openpyxl import Workbook

        self.path = path
        self.titles = titles
        self.book = Workbook(write_only=True)
        self.sheets: dict[str, _Sheet] = {}

    def _open(self, s: _Sheet) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        title = s.title if s.part == 1 else f"{s.title} {s.part}"
        sheet = self.book.create_sheet(title=title)
        sheet.freeze_panes = "A2"
        for i, col in enumerate(s.columns, start=1):
            sheet.column_dimensions[get_column_letter(i)].width = col.width
        bold = Font(bold=True)
        cells = []
        for label in s.labels:
            cell = WriteOnlyCell(sheet, value=label)
            cell.font = bold
            cells.append(cell)
        sheet.append(cells)
        s.sheet, s.rows = sheet, 1

    def _finish(self, s: _Sheet) -> None:
        from openpyxl.utils import get_column_letter

        if s.sheet is not None:
            s.sheet.auto_filter.ref = f"A1:{get_column_letter(len(s.columns))}{s.rows}"

    def header(self, table: str, columns: Sequence[Column], labels: list[str]) -> None:
        s = _Sheet(self.titles[table], columns, labels)
        self.sheets[table] = s
        self._open(s)

    def row(self, table: str, values: list[Any]) -> None:
        from openpyxl.cell import WriteOnlyCell

        s = self.sheets[table]
        if s.rows >= EXCEL_MAX_ROWS:  # Excel's limit: go on in the next sheet
            self._finish(s)
            s.part += 1
            self._open(s)
        out: list[Any] = []
        for value in values:
            value = xlsx_cell(value)
            if isinstance(value, date):
                cell = WriteOnlyCell(s.sheet, value=value)
                cell.number_format = ("yyyy-mm-dd hh:mm:ss" if isinstance(value, datetime)
                                      else "yyyy-mm-dd")
                value = cell
            out.append(value)
        s.sheet.append(out)
        s.rows += 1
        s.total += 1

    def close(self) -> None:
        for s in self.sheets.values():
            self._finish(s)
        self.book.save(self.path)

    def abort(self) -> None:
        # Finish and remove the temporary files openpyxl streams each sheet into
        # (it only does so itself when the workbook is saved).
        for sheet in self.book.worksheets:
            with contextlib.suppress(Exception):
                sheet.close()
            writer = getattr(sheet, "_writer", None)
            if writer is not None:
                with contextlib.suppress(Exception):
                    writer.cleanup()


# --------------------------------------------------------------------------- export


def _temp_beside(path: Path) -> Path:
    """A fresh name next to ``path`` (same file system, so ``os.replace`` is atomic).
    Not created here: the file gets the usual permissions when it is written."""
    return path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.part")


def _prepare(target: Path, options: ExportOptions) -> list[Path]:
    """Check the destination and create the folder; the files to write."""
    if options.to_folder:
        if target.exists() and not target.is_dir():
            raise ExportRefused(f"{target} is a file; CSV tables go into a folder")
        try:
            target.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ExportRefused(f"cannot create the folder {target}: "
                                f"{exc.strerror or exc}") from None
    else:
        if target.is_dir():
            raise ExportRefused(f"{target} is a folder; give a file name")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ExportRefused(f"cannot create the folder {target.parent}: "
                                f"{exc.strerror or exc}") from None
    files = planned_files(target, options)
    existing = [p for p in files if p.exists()]
    if existing and not options.force:
        names = ", ".join(str(p) for p in existing)
        raise ExportRefused(f"{names} already exist{'s' if len(existing) == 1 else ''}; "
                            "use --force to replace")
    if any(p.is_dir() for p in existing):
        raise ExportRefused(f"{', '.join(str(p) for p in existing if p.is_dir())} is a folder")
    return files


def export_tables(ws: Workspace, target: Path, options: ExportOptions,
                  progress: Progress | None = None) -> ExportResult:
    """Write the chosen tables to ``target`` (a file, or a folder for several CSV
    tables). Raises ``ExportRefused`` (nothing written) or ``ExportCancelled``."""
    options.check()
    target = Path(target)
    files = _prepare(target, options)
    tables = options.ordered_tables
    finals = dict(zip(tables, files, strict=False)) if options.to_folder else {}
    temps: list[Path] = []
    writer: _Writer | None = None
    try:
        if options.format == "csv":
            temp_of = {}
            for table in tables:
                final = finals.get(table, target)
                temp_of[table] = _temp_beside(final)
                temps.append(temp_of[table])
            writer = _CsvWriter(temp_of)
        else:
            temps.append(_temp_beside(target))
            writer = _XlsxWriter(temps[0], SHEET_TITLES[
                options.lang if options.headers == "labels" else "keys"])
        rows = _write(ws, writer, options, progress)
        writer.close()
        writer = None
        for temp, final in zip(temps, files, strict=True):
            os.replace(temp, final)
        temps = []
    except OSError as exc:
        raise ExportRefused(f"cannot write {exc.filename or target}: "
                            f"{exc.strerror or exc}; nothing was written") from None
    finally:
        if writer is not None:
            writer.abort()
        for temp in temps:
            temp.unlink(missing_ok=True)
    return ExportResult(tuple(files), rows, target)


def _write(ws: Workspace, writer: _Writer, options: ExportOptions,
           progress: Progress | None) -> dict[str, int]:
    lang = options.lang
    tables = options.ordered_tables
    rows = dict.fromkeys(tables, 0)
    for table in tables:
        writer.header(table, (*COLUMNS[table], *code_columns(table)),
                      header_labels(table, lang, options.headers))
    summaries = []
    per_inspection = [t for t in tables if t != "facilities"]
    if per_inspection:
        summaries = ws.inspections.query(
            InspectionFilter(status=options.status, since=options.since, until=options.until),
            order_by="date", descending=False, limit=None)
    total = len(summaries) + (1 if "facilities" in tables else 0)
    done = 0
    if progress:
        progress(done, total)
    if "facilities" in tables:
        for values in facility_rows(ws):
            writer.row("facilities", output_row("facilities", values, lang))
            rows["facilities"] += 1
        done += 1
        if progress:
            progress(done, total)
    for summary in summaries:
        iid = uuid.UUID(summary.id)
        d = ws.inspections.detail(iid)
        if "inspections" in tables:
            writer.row("inspections", output_row("inspections", inspection_row(d, lang), lang))
            rows["inspections"] += 1
        if "answers" in tables:
            meta = _answer_meta(ws.db, iid)
            for values in answer_rows(d, meta, lang):
                writer.row("answers", output_row("answers", values, lang))
                rows["answers"] += 1
        if "findings" in tables:
            for values in finding_rows(d, lang):
                writer.row("findings", output_row("findings", values, lang))
                rows["findings"] += 1
        done += 1
        if progress:
            progress(done, total)
    return rows


__all__ = [
    "COLUMNS", "FORMATS", "HEADER_MODES", "LANGUAGES", "TABLES", "Coded", "Column",
    "ExportCancelled", "ExportOptions", "ExportRefused", "ExportResult", "code_columns",
    "export_tables", "header_labels", "neutralise", "planned_files",
]
