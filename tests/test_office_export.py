"""Office exports on real databases, read back with openpyxl and the csv module:
Chinese intact, BOM, ISO dates, one answers row per applicable item, stable ids,
findings as the service lists them, formula injection neutralised, nothing
half-written, no silent overwrite, and the command line's exit codes."""

from __future__ import annotations

import csv
import re
import uuid
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from inspector import office_export
from inspector.cli import main
from inspector.facility_records import read_facility_sheet
from inspector.office_export import (
    COLUMNS,
    ExportCancelled,
    ExportOptions,
    ExportRefused,
    code_columns,
    csv_cell,
    export_tables,
    xlsx_cell,
)
from inspector.workspace import Workspace

from .conftest import ACTOR, INSPECTION_DAY, facility_input

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_LOCAL = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")
EVIL = '=HYPERLINK("http://evil.example","点击")'


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    """The demo data (every inspection state); the exports only read it."""
    from inspector.demo import load_demo

    workspace = Workspace.open(tmp_path_factory.mktemp("demo") / "data")
    load_demo(workspace)
    yield workspace
    workspace.close()


def _sheet(path: Path, title: str) -> tuple[list[str], list[dict[str, Any]], Any]:
    book = openpyxl.load_workbook(path)
    sheet = book[title]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    return header, [dict(zip(header, r, strict=True)) for r in rows[1:]], sheet


def _csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM for Excel"
    text = raw.decode("utf-8-sig")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", ""), "CRLF line ends"
    rows = list(csv.reader(text.splitlines(keepends=True)))
    return rows[0], [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


# --------------------------------------------------------------------------- xlsx


def test_xlsx_has_every_table_in_chinese_with_real_dates(demo: Workspace,
                                                         tmp_path: Path) -> None:
    target = tmp_path / "导出.xlsx"
    seen: list[tuple[int, int]] = []
    result = export_tables(demo, target, ExportOptions("xlsx"),
                           progress=lambda d, t: seen.append((d, t)))
    summaries = demo.inspections.query(limit=None)
    assert result.files == (target,)
    assert result.rows["facilities"] == 8 and result.rows["inspections"] == len(summaries)
    assert seen[0] == (0, len(summaries) + 1) and seen[-1] == (len(summaries) + 1,) * 2

    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["托育机构", "检查记录", "检查项目明细", "问题与整改"]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")

    header, facilities, _ = _sheet(target, "托育机构")
    assert header[:3] == ["机构ID", "机构名称", "统一社会信用代码"]
    assert {f["机构名称"] for f in facilities} == {f.name for f in demo.facilities.list()}
    assert all(isinstance(f["创建时间（本地时间）"], datetime) for f in facilities)

    header, inspections, sheet = _sheet(target, "检查记录")
    assert [r["检查ID"] for r in inspections] == [s.id for s in sorted(
        summaries, key=lambda s: (s.date, s.id))]
    by_id = {s.id: s for s in summaries}
    for r in inspections:
        s = by_id[r["检查ID"]]
        assert r["检查日期"].date().isoformat() == s.date
        assert (r["适用项数"], r["已检查项数"], r["不符合项数"]) == (
            s.applicable, s.answered, s.fail_count)
        assert r["机构名称"] == s.facility and r["status_code"] == s.status
        assert r["状态"] == {"draft": "草稿", "completed": "已完成（未签名）",
                           "signed": "已签名"}[s.status]
        assert "(" in r["检查人员（执法证号）"] and r["组长"]
    date_cell = sheet.cell(row=2, column=header.index("检查日期") + 1)
    assert date_cell.is_date and date_cell.number_format == "yyyy-mm-dd"
    signed = [r for r in inspections if r["status_code"] == "signed"]
    assert signed and all(isinstance(r["签署时间（本地时间）"], datetime) for r in signed)


def test_answers_have_one_row_per_applicable_item_with_stable_ids(demo: Workspace,
                                                                  tmp_path: Path) -> None:
    target = tmp_path / "answers.xlsx"
    export_tables(demo, target, ExportOptions("xlsx", tables=("answers",), headers="keys"))
    header, rows, _ = _sheet(target, "answers")
    assert header == [c.key for c in (*COLUMNS["answers"], *code_columns("answers"))]
    summaries = demo.inspections.query(limit=None)
    for s in summaries:
        mine = [r for r in rows if r["inspection_id"] == s.id]
        assert len(mine) == s.applicable, s.id
        keys = [r["item_key"] for r in mine]
        assert len(set(keys)) == len(keys)
        assert all(k == f"{r['checklist_id']}/{r['item_id']}" for k, r in zip(keys, mine,
                                                                          strict=True))
        assert sum(1 for r in mine if r["result_code"]) == s.answered
        detail = demo.inspections.detail(uuid.UUID(s.id))
        catalog = {f"{c.id}/{i.id}" for c in detail.checklists for i in c.items
                   if detail.applicable[(c.id, i.id)]}
        assert set(keys) == catalog
    # Values in words, numbers, dates, row counts; the codes beside them.
    values = [r["value"] for r in rows if r["value"] is not None]
    assert {"符合", "不符合"} <= set(values)
    assert {"pass", "fail"} <= {r["value_code"] for r in rows}
    assert any(isinstance(v, float | int) and not isinstance(v, bool) for v in values)
    assert any(isinstance(v, datetime) for v in values)
    assert any(isinstance(v, str) and re.fullmatch(r"\d+行", v) for v in values)
    assert all(r["answered_by"] for r in rows if r["result"])


def test_csv_folder_bom_crlf_iso_dates_and_english_keys(demo: Workspace,
                                                        tmp_path: Path) -> None:
    target = tmp_path / "out"
    result = export_tables(demo, target, ExportOptions("csv", headers="keys"))
    assert sorted(p.name for p in target.iterdir()) == [
        "answers.csv", "facilities.csv", "findings.csv", "inspections.csv"]
    for table in ("facilities", "inspections", "answers", "findings"):
        header, rows = _csv(target / f"{table}.csv")
        assert header == [c.key for c in (*COLUMNS[table], *code_columns(table))]
        assert len(rows) == result.rows[table]
    _, facilities = _csv(target / "facilities.csv")
    assert {f["name"] for f in facilities} == {f.name for f in demo.facilities.list()}
    assert all(ISO_LOCAL.match(f["updated_at"]) for f in facilities)
    assert {f["takes_under_2_code"] for f in facilities} <= {"true", "false"}
    assert {f["takes_under_2"] for f in facilities} <= {"是", "否"}
    _, inspections = _csv(target / "inspections.csv")
    assert all(ISO_DATE.match(r["date"]) for r in inspections)
    assert all(ISO_LOCAL.match(r["signed_at"]) for r in inspections
               if r["status_code"] == "signed")
    _, findings = _csv(target / "findings.csv")
    assert all(ISO_DATE.match(r["deadline"]) for r in findings)


def test_findings_match_the_service(demo: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "findings.csv"
    export_tables(demo, target, ExportOptions("csv", tables=("findings",), headers="keys"))
    _, rows = _csv(target)
    expected = [f for s in demo.inspections.query(limit=None)
                for f in demo.inspections.findings(uuid.UUID(s.id))]
    assert len(rows) == len(expected) > 0
    by_id = {r["id"]: r for r in rows}
    for f in expected:
        r = by_id[f.id]
        assert r["inspection_id"] == f.inspection_id
        assert r["item_key"] == f"{f.checklist_id}/{f.item_id}"
        assert (r["severity_code"], r["status_code"]) == (f.severity, f.status)
        assert r["deadline"] == f.deadline.isoformat()
        assert r["description"] == f.description and r["required_action"] == f.required_action


def test_filters_on_inspection_date_and_status(demo: Workspace, tmp_path: Path) -> None:
    summaries = demo.inspections.query(limit=None)
    since, until = date(2026, 7, 1), date(2026, 11, 1)
    target = tmp_path / "i.csv"
    export_tables(demo, target, ExportOptions("csv", tables=("inspections",), headers="keys",
                                              since=since, until=until))
    _, rows = _csv(target)
    assert sorted(r["id"] for r in rows) == sorted(
        s.id for s in summaries if since.isoformat() <= s.date <= until.isoformat())
    export_tables(demo, target, ExportOptions("csv", tables=("inspections",), headers="keys",
                                              status="signed", force=True))
    _, rows = _csv(target)
    assert {r["status_code"] for r in rows} == {"signed"}
    assert {r["status"] for r in rows} == {"已签名"}
    assert len(rows) == sum(1 for s in summaries if s.status == "signed")
    with pytest.raises(ExportRefused, match="date range is empty"):
        export_tables(demo, tmp_path / "x.csv", ExportOptions(
            "csv", tables=("inspections",), since=until, until=since))


def test_facility_sheet_can_be_imported_again(demo: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "registry.xlsx"
    export_tables(demo, target, ExportOptions("xlsx", tables=("facilities",)))
    sheet = read_facility_sheet(target)
    assert sheet.problem is None and sheet.errors == []
    assert sorted(d.credit_code for _, d in sheet.rows) == sorted(
        f.credit_code for f in demo.facilities.list())


def test_a_long_table_goes_on_in_a_second_sheet(demo: Workspace, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(office_export, "EXCEL_MAX_ROWS", 300)
    target = tmp_path / "split.xlsx"
    result = export_tables(demo, target, ExportOptions("xlsx", tables=("answers",)))
    book = openpyxl.load_workbook(target, read_only=True)
    parts = [s for s in book.sheetnames if s.startswith("检查项目明细")]
    assert parts[:2] == ["检查项目明细", "检查项目明细 2"]
    counted = 0
    for name in parts:
        rows = list(book[name].iter_rows(values_only=True))
        assert rows[0][0] == "检查ID" and len(rows) <= 300
        counted += len(rows) - 1
    assert counted == result.rows["answers"]


# --------------------------------------------------------------------------- hand-made


@pytest.fixture
def evil(ws: Workspace, team: list[uuid.UUID]) -> uuid.UUID:
    """An inspection of a facility whose name is a formula, with a hostile note, a
    negative temperature and most items left unanswered."""
    facility = uuid.UUID(ws.facilities.create(facility_input(name=EVIL), ACTOR))
    iid = ws.inspections.start(facility, "routine", INSPECTION_DAY, team, ACTOR,
                               checklist_ids=["fire-safety", "food-safety"])
    ws.inspections.answer(iid, "food-safety", "fridge-temperature", -3.5, ACTOR)
    ws.inspections.set_note(iid, "food-safety", "fridge-temperature", "@SUM(A1:A9)", ACTOR)
    ws.inspections.answer(iid, "fire-safety", "building-type", "fail", ACTOR)
    return iid


def test_formula_injection_is_neutralised_but_numbers_stay_numbers(
        ws: Workspace, evil: uuid.UUID, tmp_path: Path) -> None:
    export_tables(ws, tmp_path / "x.xlsx", ExportOptions("xlsx", headers="keys"))
    _, facilities, sheet = _sheet(tmp_path / "x.xlsx", "facilities")
    assert facilities[0]["name"] == "'" + EVIL
    assert sheet.cell(row=2, column=2).data_type == "s"  # text, not a formula
    _, answers, _ = _sheet(tmp_path / "x.xlsx", "answers")
    fridge = next(r for r in answers if r["item_key"] == "food-safety/fridge-temperature")
    assert fridge["value"] == -3.5 and fridge["note"] == "'@SUM(A1:A9)"
    assert fridge["facility_name"] == "'" + EVIL

    export_tables(ws, tmp_path / "csv", ExportOptions("csv", headers="keys"))
    _, facilities_csv = _csv(tmp_path / "csv" / "facilities.csv")
    assert facilities_csv[0]["name"] == "'" + EVIL
    _, answers_csv = _csv(tmp_path / "csv" / "answers.csv")
    fridge = next(r for r in answers_csv if r["item_key"] == "food-safety/fridge-temperature")
    assert fridge["value"] == "-3.5" and fridge["note"] == "'@SUM(A1:A9)"

    for text in ("=1+1", "+1", "-x", "@x", "\tx", "\rx"):
        assert csv_cell(text) == "'" + text and xlsx_cell(text) == "'" + text
    assert csv_cell(-2) == "-2" and xlsx_cell(-2) == -2 and xlsx_cell("a-b") == "a-b"


def test_unanswered_applicable_items_are_rows_too(ws: Workspace, evil: uuid.UUID,
                                                  tmp_path: Path) -> None:
    export_tables(ws, tmp_path / "a.csv", ExportOptions("csv", tables=("answers",),
                                                        headers="keys"))
    _, rows = _csv(tmp_path / "a.csv")
    summary = ws.inspections.query(limit=None)[0]
    assert len(rows) == summary.applicable > 3
    answered = [r for r in rows if r["result_code"]]
    assert {r["item_key"] for r in answered} == {"food-safety/fridge-temperature",
                                                 "fire-safety/building-type"}
    assert all(r["answered_by"] == "" and r["value"] == "" for r in rows
               if not r["result_code"])
    fail = next(r for r in rows if r["item_key"] == "fire-safety/building-type")
    assert fail["result_code"] == "fail" and fail["severity_code"] == "critical"
    assert fail["result"] == "不符合" and fail["severity"] == "否决项"
    assert fail["prompt"] and fail["item_no"] == "1.2" and fail["checklist_version"]
    assert fail["answered_by"] == ""  # the test's actor has no inspector profile
    assert all(r["inspection_date"] == INSPECTION_DAY.isoformat() for r in rows)


def test_existing_files_are_refused_unless_forced(ws: Workspace, evil: uuid.UUID,
                                                  tmp_path: Path) -> None:
    target = tmp_path / "x.xlsx"
    target.write_bytes(b"keep me")
    with pytest.raises(ExportRefused, match="already exists"):
        export_tables(ws, target, ExportOptions("xlsx"))
    assert target.read_bytes() == b"keep me"
    export_tables(ws, target, ExportOptions("xlsx", force=True))
    assert openpyxl.load_workbook(target).sheetnames[0] == "托育机构"

    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "answers.csv").write_text("mine")
    with pytest.raises(ExportRefused, match=r"answers\.csv"):
        export_tables(ws, folder, ExportOptions("csv"))
    assert sorted(p.name for p in folder.iterdir()) == ["answers.csv"]
    with pytest.raises(ExportRefused, match="is a file"):
        export_tables(ws, target, ExportOptions("csv"))
    with pytest.raises(ExportRefused, match="is a folder"):
        export_tables(ws, folder, ExportOptions("xlsx"))


def test_cancel_or_failure_leaves_nothing_behind(ws: Workspace, evil: uuid.UUID,
                                                 tmp_path: Path) -> None:
    def stop(done: int, total: int) -> None:
        if done:
            raise ExportCancelled()

    folder = tmp_path / "csv"
    with pytest.raises(ExportCancelled):
        export_tables(ws, folder, ExportOptions("csv"), progress=stop)
    assert list(folder.iterdir()) == []
    with pytest.raises(ExportCancelled):
        export_tables(ws, tmp_path / "x.xlsx", ExportOptions("xlsx"), progress=stop)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["csv", "data"]
    # An old file stays as it was when the replacement fails half-way.
    old = tmp_path / "old.csv"
    old.write_text("old")
    with pytest.raises(ExportCancelled):
        export_tables(ws, old, ExportOptions("csv", tables=("answers",), force=True),
                      progress=stop)
    assert old.read_text() == "old" and sorted(p.name for p in tmp_path.iterdir()) == [
        "csv", "data", "old.csv"]


# --------------------------------------------------------------------------- CLI


def test_cli_exit_codes_and_summary(ws: Workspace, evil: uuid.UUID, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(ws.paths.root)]
    out = tmp_path / "t.xlsx"
    assert main([*data, "export-table", "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert str(out) in printed and "answers" in printed and "facilities 1 rows" in printed
    assert main([*data, "export-table", "--format", "xlsx", "-o", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main([*data, "export-table", "-o", str(out), "--force", "--headers", "keys"]) == 0
    assert openpyxl.load_workbook(out).sheetnames == ["facilities", "inspections", "answers",
                                                      "findings"]
    folder = tmp_path / "tables"
    assert main([*data, "export-table", "--format", "csv", "-o", str(folder),
                 "--since", "2026-01-01", "--until", "2026-12-31"]) == 0
    assert "inspections.csv: 1 rows" in capsys.readouterr().out
    assert main([*data, "export-table", "--format", "csv", "--table", "findings",
                 "-o", str(tmp_path / "f.csv")]) == 0
    assert (tmp_path / "f.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    capsys.readouterr()
    assert main([*data, "export-table", "-o", str(tmp_path / "noformat")]) == 2
    assert main([*data, "export-table", "-o", str(out), "--force", "--since", "2026-12-01",
                 "--until", "2026-01-01"]) == 2
    with pytest.raises(SystemExit) as exc:
        main([*data, "export-table", "-o", str(out), "--since", "yesterday"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main([*data, "export-table", "-o", str(out), "--table", "photos"])
    assert exc.value.code == 2
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    assert main([*data, "export-table", "-o", str(blocker / "sub" / "t.xlsx")]) == 1
    assert "Traceback" not in capsys.readouterr().err


# --------------------------------------------------------------------------- words, codes, time


@pytest.fixture
def shanghai(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The laptop's clock set to China time (TZ, as the operating system gives it)."""
    import time

    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_words_in_the_chosen_language_codes_beside_them_times_local(
        demo: Workspace, tmp_path: Path, shanghai: None) -> None:
    from zoneinfo import ZoneInfo

    summaries = demo.inspections.query(limit=None)
    signed = next(s for s in summaries if s.status == "signed")
    detail = demo.inspections.detail(uuid.UUID(signed.id))
    assert detail.signed_at is not None
    china = detail.signed_at.astimezone(ZoneInfo("Asia/Shanghai"))

    export_tables(demo, tmp_path / "en.xlsx", ExportOptions("xlsx", lang="en"))
    book = openpyxl.load_workbook(tmp_path / "en.xlsx")
    assert book.sheetnames == ["Facilities", "Inspections", "Answers", "Findings"]
    header, rows, _ = _sheet(tmp_path / "en.xlsx", "Inspections")
    assert header[:3] == ["Inspection ID", "Facility ID", "Facility name"]
    row = next(r for r in rows if r["Inspection ID"] == signed.id)
    assert (row["Status"], row["status_code"]) == ("Signed", "signed")
    assert row["Kind"] == {"routine": "Routine", "special": "Special", "joint": "Joint",
                           "complaint": "Complaint"}[row["kind_code"]]
    assert row["Verdict"] in {"Pass", "Basically compliant", "Fail"}
    # Local wall-clock time (China), not UTC: the cell is what the laptop's clock said.
    assert row["Signed (local time)"] == china.replace(tzinfo=None, microsecond=0)
    _, facilities, _ = _sheet(tmp_path / "en.xlsx", "Facilities")
    assert {f["Registration"] for f in facilities} <= {"For-profit", "Non-profit"}
    assert {f["registration_kind_code"] for f in facilities} <= {"for_profit", "non_profit"}
    _, answers, _ = _sheet(tmp_path / "en.xlsx", "Answers")
    floors = next(r for r in answers if r["Item ID"] == "floor-location"
                  and r["Inspection ID"] == signed.id)
    assert floors["Item"].startswith("Floor") or floors["Item"].isascii()
    assert "floor-" in floors["value_code"] and "floor-" not in floors["Recorded value"]

    export_tables(demo, tmp_path / "zh.csv", ExportOptions("csv", tables=("inspections",)))
    header, csv_rows = _csv(tmp_path / "zh.csv")
    assert header[-4:] == ["kind_code", "status_code", "verdict_code", "checklists_code"]
    row = next(r for r in csv_rows if r["检查ID"] == signed.id)
    assert row["签署时间（本地时间）"] == china.replace(microsecond=0).isoformat()
    assert row["签署时间（本地时间）"].endswith("+08:00")
    assert row["状态"] == "已签名" and row["结论"] in {"合格", "基本合格", "不合格"}
    assert "消防安全与疏散 v1.1" in row["检查表（版本）"]
    assert "fire-safety 1.1" in row["checklists_code"]
    for key, value in row.items():  # no code leaks into a worded column
        if not key.endswith("_code"):
            assert value not in {"routine", "signed", "basic_pass", "non_profit", "pass"}


def test_cli_writes_the_language_asked(ws: Workspace, evil: uuid.UUID, tmp_path: Path) -> None:
    data = ["--data-dir", str(ws.paths.root)]
    out = tmp_path / "en.csv"
    assert main([*data, "export-table", "--table", "answers", "--lang", "en", "-o",
                 str(out)]) == 0
    header, rows = _csv(out)
    assert header[:2] == ["Inspection ID", "Inspection date"]
    fail = next(r for r in rows if r["Item key"] == "fire-safety/building-type")
    assert (fail["Result"], fail["result_code"]) == ("Fail", "fail")
    assert (fail["Severity"], fail["severity_code"]) == ("Critical", "critical")
    default = tmp_path / "zh.csv"
    assert main([*data, "export-table", "--table", "answers", "-o", str(default)]) == 0
    header, rows = _csv(default)
    assert header[0] == "检查ID"
    fail = next(r for r in rows if r["检查项ID"] == "fire-safety/building-type")
    assert (fail["判定"], fail["result_code"]) == ("不符合", "fail")
