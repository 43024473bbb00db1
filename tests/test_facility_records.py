"""Tests for FacilityInput and reading facility sheets from real CSV/XLSX files."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from pydantic import ValidationError

from inspector import facility_records
from inspector.credit_code import credit_code_problem, make_credit_code
from inspector.facility_records import (
    FACILITY_COLUMNS,
    FIELD_LABELS,
    FacilityInput,
    RowError,
    field_errors,
    normalize_phone,
    read_facility_sheet,
    write_facility_template,
)

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"

CODE_A = make_credit_code("91320281MA1Y7K3P2")
CODE_B = make_credit_code("52320281MJ5873214")
CODE_C = make_credit_code("12320281466012345")

# A valid record as a person would type it into the form.
VALID: dict[str, Any] = {
    "name": "江阴市澄江街道小橙子托育中心有限公司",
    "credit_code": CODE_A,
    "address": "江阴市澄江街道虹桥南路118号",
    "district": "江阴市",
    "township": "澄江街道",
    "registration_kind": "for_profit",
    "service_modes": ("full_day", "half_day"),
    "capacity": 60,
    "takes_under_2": True,
    "serves_meals": True,
    "filing_status": "filed",
    "filing_number": "江托备〔2023〕012号",
    "representative": "周文静",
    "contact_phone": "0510-86812345",
}

GOOD_ROWS = [
    [
        "江阴市澄江街道小橙子托育中心有限公司", CODE_A, "江阴市澄江街道虹桥南路118号", "江阴市",
        "澄江街道", "营利性", "独立托育机构", "全日托、半日托", "60", "是", "是", "已备案",
        "江托备〔2023〕012号", "周文静", "钱敏", "0510-86812345",
    ],
    [
        "江阴市云亭街道社区托育服务中心", CODE_B, "江阴市云亭街道定山路5号", "江阴市", "云亭街道",
        "非营利性", "社区", "全日托，临时托", "40", "√", "×", "备案中", "", "黄丽萍", "",
        "139 1234 5608",
    ],
    [
        "江阴市华士实验幼儿园", CODE_C, "江阴市华士镇华西路188号", "江阴市", "华士镇", "非营利性",
        "幼儿园托班", "全日托", "25", "否", "是", "未备案", "", "吴建华", "沈佳",
        "0510-86211234-806",
    ],
]


def write_csv(path: Path, rows: list[list[Any]], encoding: str = "utf-8-sig") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def errors_by_place(errors: list[RowError]) -> dict[tuple[int, str], str]:
    return {(e.line, e.column): e.message for e in errors}


# ---------------------------------------------------------------- the model


def test_model_accepts_canonical_values() -> None:
    record = FacilityInput(**VALID)
    assert record.facility_type == "standalone"  # default
    assert record.service_modes == ("full_day", "half_day")
    assert record.contact_name is None


def test_model_accepts_chinese_wording_and_normalises() -> None:
    record = FacilityInput(
        **{
            **VALID,
            "name": "  小橙子托育  ",
            "credit_code": " " + CODE_A.lower(),
            "registration_kind": "非营利性",
            "facility_type": "用人单位",
            "service_modes": "计时托；临时托",
            "capacity": "１２０",
            "takes_under_2": "否",
            "serves_meals": "Y",
            "filing_status": "备案中",
            "filing_number": "  ",
            "contact_name": "",
            "contact_phone": "+86 139-1234-5608",
        }
    )
    assert record.name == "小橙子托育"
    assert record.credit_code == CODE_A
    assert record.registration_kind == "non_profit"
    assert record.facility_type == "workplace"
    assert record.service_modes == ("hourly", "temporary")
    assert record.capacity == 120
    assert (record.takes_under_2, record.serves_meals) == (False, True)
    assert record.filing_status == "pending"
    assert record.filing_number is None
    assert record.contact_name is None
    assert record.contact_phone == "13912345608"


@pytest.mark.parametrize(
    ("changes", "field", "fragment"),
    [
        ({"name": ""}, "name", "facility name is required"),
        ({"name": "托" * 101}, "name", "at most 100 characters; this one has 101"),
        ({"credit_code": CODE_A[:-1] + "0"}, "credit_code", "check digit should be"),
        ({"credit_code": "9.13202E+17"}, "credit_code", "turned into a number by Excel"),
        ({"district": " "}, "district", "district (区/县) is required"),
        ({"registration_kind": "民办"}, "registration_kind", "use 营利性 (for_profit) or"),
        ({"facility_type": "早教"}, "facility_type", "Unknown facility type '早教'"),
        ({"service_modes": ()}, "service_modes", "At least one service mode"),
        ({"service_modes": "全日托、全日托"}, "service_modes", "全日托 is listed twice"),
        ({"service_modes": ["full_day", "weekend"]}, "service_modes", "'weekend'"),
        ({"capacity": 0}, "capacity", "whole number from 1 to 2000; got 0"),
        ({"capacity": 2001}, "capacity", "got 2001"),
        ({"capacity": 12.5}, "capacity", "got '12.5'"),
        ({"capacity": "三十"}, "capacity", "whole number"),
        ({"capacity": True}, "capacity", "whole number"),
        ({"takes_under_2": "maybe"}, "takes_under_2", "是 (yes) or 否 (no)"),
        ({"filing_status": "done"}, "filing_status", "已备案 (filed), 备案中 (pending)"),
        ({"filing_number": None}, "filing_number", "required when the filing status is 已备案"),
        ({"representative": ""}, "representative", "负责人"),
        ({"contact_phone": "12345"}, "contact_phone", "0510-86801234"),
        ({"contact_phone": ""}, "contact_phone", "contact phone is required"),
    ],
)
def test_field_errors_are_clear(changes: dict[str, Any], field: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as caught:
        FacilityInput(**{**VALID, **changes})
    messages = field_errors(caught.value)
    assert list(messages) == [field]
    assert fragment in messages[field]


def test_missing_and_unknown_fields() -> None:
    data = {k: v for k, v in VALID.items() if k not in ("capacity", "service_modes")}
    with pytest.raises(ValidationError) as caught:
        FacilityInput(**data, colour="red")
    messages = field_errors(caught.value)
    assert messages["capacity"] == "The capacity (托位数) is required."
    assert messages["service_modes"] == "At least one service mode is required."
    assert messages["colour"] == "Unknown field 'colour'."


def test_filing_number_optional_unless_filed() -> None:
    for status in ("pending", "not_filed"):
        record = FacilityInput(**{**VALID, "filing_status": status, "filing_number": None})
        assert record.filing_number is None
    without_key = {k: v for k, v in VALID.items() if k != "filing_number"}
    with pytest.raises(ValidationError) as caught:
        FacilityInput(**without_key)
    assert list(field_errors(caught.value)) == ["filing_number"]


def test_braces_in_input_do_not_break_messages() -> None:
    with pytest.raises(ValidationError) as caught:
        FacilityInput(**{**VALID, "registration_kind": "{message}"})
    assert "'{message}'" in field_errors(caught.value)["registration_kind"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("１３８－１２３４－５６７８", "13812345678"),
        ("+86 13812345678", "13812345678"),
        ("0510-86801234", "0510-86801234"),
        ("0510 8680 1234", "0510-86801234"),
        ("(0510) 86801234", "0510-86801234"),
        ("021-62345678", "021-62345678"),
        ("86801234", "86801234"),
        ("8680123", "8680123"),
        ("0510-86801234-123", "0510-86801234-123"),
        ("0510-86801234转123", "0510-86801234-123"),
    ],
)
def test_valid_phones(typed: str, expected: str) -> None:
    assert normalize_phone(typed) == expected
    assert FacilityInput(**{**VALID, "contact_phone": typed}).contact_phone == expected


@pytest.mark.parametrize(
    "typed",
    ["12812345678", "1381234567", "138123456789", "0510-0680123", "0510-868012", "phone", "110"],
)
def test_invalid_phones(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        FacilityInput(**{**VALID, "contact_phone": typed})
    message = field_errors(caught.value)["contact_phone"]
    assert f"'{typed}' is not a valid number" in message
    assert "13812345678" in message and "0510-86801234-123" in message


def test_record_is_frozen() -> None:
    record = FacilityInput(**VALID)
    with pytest.raises(ValidationError):
        record.capacity = 5  # type: ignore[misc]


# ---------------------------------------------------------------- reading files


def test_good_csv_with_bom(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "good.csv", [list(FACILITY_COLUMNS), *GOOD_ROWS])
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    result = read_facility_sheet(path)
    assert result.problem is None
    assert result.errors == []
    assert result.warnings == []
    assert result.ok
    assert [line for line, _ in result.rows] == [2, 3, 4]
    first, second, third = (record for _, record in result.rows)
    assert first.name == "江阴市澄江街道小橙子托育中心有限公司"
    assert first.service_modes == ("full_day", "half_day")
    assert first.contact_name == "钱敏"
    assert second.service_modes == ("full_day", "temporary")
    assert (second.takes_under_2, second.serves_meals) == (True, False)
    assert second.contact_phone == "13912345608"
    assert second.filing_status == "pending" and second.filing_number is None
    assert third.facility_type == "kindergarten" and third.filing_status == "not_filed"


def test_gbk_csv_from_chinese_excel(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "gbk.csv", [list(FACILITY_COLUMNS), *GOOD_ROWS], "gbk")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    result = read_facility_sheet(path)
    assert result.problem is None and result.errors == []
    assert [r.district for _, r in result.rows] == ["江阴市"] * 3
    assert result.rows[2][1].name == "江阴市华士实验幼儿园"


def test_plain_utf8_csv_without_bom_and_english_headers(tmp_path: Path) -> None:
    header = list(FIELD_LABELS)  # credit_code, contact_phone ...
    row = [
        "Little Orange", CODE_A, "118 Hongqiao Rd", "Jiangyin", "Chengjiang", "for-profit",
        "standalone", "full day, hourly", "30", "yes", "no", "not filed", "", "Zhou", "",
        "13812345678",
    ]
    result = read_facility_sheet(write_csv(tmp_path / "en.csv", [header, row], "utf-8"))
    assert result.errors == [] and result.problem is None
    record = result.rows[0][1]
    assert record.registration_kind == "for_profit"
    assert record.service_modes == ("full_day", "hourly")
    assert record.filing_status == "not_filed"


def test_header_variants_and_optional_columns(tmp_path: Path) -> None:
    header = [
        "名称", "信用代码", "详细地址", "区（县）", "乡镇/街道", "性质", "托育服务形式",
        "托位数(个)", "是否收托2岁以下", "是否提供膳食", "备案情况", "*负责人", "联系方式", "备注",
    ]
    row = [
        "小橙子托育", CODE_A, "虹桥南路118号", "江阴市", "澄江街道", "营利", "全日托 半日托", "30",
        "1", "0", "未备案", "周文静", "13812345678", "新开办",
    ]
    result = read_facility_sheet(write_csv(tmp_path / "variants.csv", [header, row]))
    assert result.problem is None and result.errors == []
    assert result.warnings == ["Ignored columns that were not recognised: 备注."]
    record = result.rows[0][1]
    assert record.facility_type == "standalone"
    assert record.service_modes == ("full_day", "half_day")
    assert (record.takes_under_2, record.serves_meals) == (True, False)


def test_xlsx_with_numeric_cells(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(FACILITY_COLUMNS))
    first = list(GOOD_ROWS[0])
    first[8] = 30.0  # capacity typed into a number cell
    first[9] = True  # a TRUE/FALSE cell
    first[10] = 1
    first[15] = 13812345678  # a mobile number stored as a number
    sheet.append(first)
    sheet.append([None] * len(FACILITY_COLUMNS))  # blank row is skipped
    second = list(GOOD_ROWS[1])
    second[8] = 40
    second[15] = 86801234.0
    sheet.append(second)
    workbook.create_sheet("说明").append(["only the first sheet is read"])
    path = tmp_path / "facilities.xlsx"
    workbook.save(path)

    result = read_facility_sheet(path)
    assert result.problem is None
    assert result.errors == []
    assert [line for line, _ in result.rows] == [2, 4]
    one, two = (record for _, record in result.rows)
    assert (one.capacity, one.takes_under_2, one.serves_meals) == (30, True, True)
    assert one.contact_phone == "13812345678"
    assert (two.capacity, two.contact_phone) == (40, "86801234")


def test_xlsx_credit_code_stored_as_number(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(FACILITY_COLUMNS))
    row = list(GOOD_ROWS[0])
    row[1] = 911100001000044477  # all-digit code; Excel keeps only 15 significant digits
    sheet.append(row)
    path = tmp_path / "numeric-code.xlsx"
    workbook.save(path)
    result = read_facility_sheet(path)
    assert result.rows == []
    assert len(result.errors) == 1
    error = result.errors[0]
    assert (error.line, error.column) == (2, "统一社会信用代码")
    assert "stored as a number" in error.message


def test_bad_rows_report_line_and_column(tmp_path: Path) -> None:
    bad_check = CODE_B[:-1] + ("0" if CODE_B[-1] != "0" else "1")
    assert credit_code_problem(bad_check) is not None
    rows = [list(FACILITY_COLUMNS), GOOD_ROWS[0]]
    for change in (
        {1: bad_check},  # line 3
        {0: ""},  # line 4: missing name
        {15: "0510-868"},  # line 5: bad phone
        {8: "0"},  # line 6: capacity 0
        {7: "全日托、周末托"},  # line 7: unknown service mode
        {12: ""},  # line 8: filed without number
        {},  # line 9: same credit code as line 2
    ):
        row = list(GOOD_ROWS[0])
        for index, value in change.items():
            row[index] = value
        if change and 1 not in change:
            # Give each bad row its own code so only the intended error shows.
            row[1] = make_credit_code(f"9132028155000{len(rows):04d}")
        rows.append(row)
    rows.append([""] * len(FACILITY_COLUMNS))  # line 10: blank, skipped
    rows.append(GOOD_ROWS[2])  # line 11: good

    result = read_facility_sheet(write_csv(tmp_path / "bad.csv", rows))
    assert result.problem is None
    assert [line for line, _ in result.rows] == [2, 11]
    found = errors_by_place(result.errors)
    assert sorted(found) == [
        (3, "统一社会信用代码"),
        (4, "机构名称"),
        (5, "联系电话"),
        (6, "托位数"),
        (7, "服务形式"),
        (8, "备案号"),
        (9, "统一社会信用代码"),
    ]
    assert "check digit should be" in found[(3, "统一社会信用代码")]
    assert found[(4, "机构名称")] == "The facility name is required."
    assert "'0510-868' is not a valid number" in found[(5, "联系电话")]
    assert "got 0" in found[(6, "托位数")]
    assert "Unknown service mode '周末托'" in found[(7, "服务形式")]
    assert "required when the filing status is 已备案" in found[(8, "备案号")]
    assert f"{CODE_A} already appears on line 2" in found[(9, "统一社会信用代码")]
    assert str(result.errors[0]).startswith("line 3, column 统一社会信用代码: ")
    assert not result.ok


def test_duplicate_of_an_invalid_row_is_still_reported(tmp_path: Path) -> None:
    first = list(GOOD_ROWS[0])
    first[15] = "bad phone"
    rows = [list(FACILITY_COLUMNS), first, GOOD_ROWS[0]]
    result = read_facility_sheet(write_csv(tmp_path / "dup.csv", rows))
    assert result.rows == []
    found = errors_by_place(result.errors)
    assert set(found) == {(2, "联系电话"), (3, "统一社会信用代码")}
    assert "line 2" in found[(3, "统一社会信用代码")]


def test_errors_use_the_header_as_written(tmp_path: Path) -> None:
    header = list(FACILITY_COLUMNS)
    header[8] = "核定托位数"
    row = list(GOOD_ROWS[0])
    row[8] = "lots"
    result = read_facility_sheet(write_csv(tmp_path / "h.csv", [header, row]))
    assert [(e.line, e.column) for e in result.errors] == [(2, "核定托位数")]


def test_filing_number_error_when_its_column_is_absent(tmp_path: Path) -> None:
    keep = [i for i, label in enumerate(FACILITY_COLUMNS) if label != "备案号"]
    rows = [[FACILITY_COLUMNS[i] for i in keep], [GOOD_ROWS[0][i] for i in keep]]
    result = read_facility_sheet(write_csv(tmp_path / "no-number.csv", rows))
    assert result.problem is None
    assert [(e.line, e.column) for e in result.errors] == [(2, "备案号")]


def test_missing_required_columns(tmp_path: Path) -> None:
    drop = {"统一社会信用代码", "联系电话"}
    keep = [i for i, label in enumerate(FACILITY_COLUMNS) if label not in drop]
    rows = [[FACILITY_COLUMNS[i] for i in keep], [GOOD_ROWS[0][i] for i in keep]]
    result = read_facility_sheet(write_csv(tmp_path / "missing.csv", rows))
    assert result.problem is not None
    assert "统一社会信用代码 (credit_code)" in result.problem
    assert "联系电话 (contact_phone)" in result.problem
    assert "missing" in result.problem
    assert result.rows == [] and result.errors == []


def test_two_columns_for_one_field_are_refused(tmp_path: Path) -> None:
    rows = [[*FACILITY_COLUMNS, "电话"], [*GOOD_ROWS[0], "13812345678"]]
    result = read_facility_sheet(write_csv(tmp_path / "twice.csv", rows))
    assert result.problem is not None
    assert "'联系电话' and '电话'" in result.problem


def test_non_spreadsheet_files(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    assert "not a spreadsheet" in (read_facility_sheet(pdf).problem or "")

    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    assert ".xlsx" in (read_facility_sheet(xls).problem or "")

    fake_xlsx = tmp_path / "fake.xlsx"
    fake_xlsx.write_text("机构名称,地址\n", encoding="utf-8")
    problem = read_facility_sheet(fake_xlsx).problem or ""
    assert "could not be opened as an Excel workbook" in problem

    binary_csv = tmp_path / "photo.csv"
    binary_csv.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert "not a text CSV file" in (read_facility_sheet(binary_csv).problem or "")

    missing = tmp_path / "nowhere.csv"
    assert "could not be opened" in (read_facility_sheet(missing).problem or "")


def test_csv_in_neither_utf8_nor_gbk(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes(b"\x81\x30\x81\xff,abc\n")
    problem = read_facility_sheet(path).problem
    assert problem is not None and "neither UTF-8 nor GBK" in problem


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\r\n\r\n,,,\r\n"])
def test_empty_files(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    result = read_facility_sheet(path)
    assert result.problem is not None and "is empty" in result.problem
    assert result.rows == [] and result.errors == []


def test_empty_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    Workbook().save(path)
    assert "is empty" in (read_facility_sheet(path).problem or "")


def test_header_without_rows(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "header-only.csv", [list(FACILITY_COLUMNS)])
    problem = read_facility_sheet(path).problem
    assert problem is not None and "no facility rows" in problem


def test_first_row_is_not_a_header(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "data-only.csv", [GOOD_ROWS[0]])
    problem = read_facility_sheet(path).problem
    assert problem is not None and "no header row" in problem


def test_title_rows_above_the_header(tmp_path: Path) -> None:
    titles: list[list[Any]] = [["江阴市托育机构名单"], [], ["填报日期：2024年5月"]]
    rows = [*titles, list(FACILITY_COLUMNS), GOOD_ROWS[0]]
    result = read_facility_sheet(write_csv(tmp_path / "titled.csv", rows))
    assert result.problem is None and result.errors == []
    assert [line for line, _ in result.rows] == [5]
    assert result.warnings == ["The column headers were taken from line 4."]


def test_too_many_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(facility_records, "MAX_DATA_ROWS", 2)
    path = write_csv(tmp_path / "long.csv", [list(FACILITY_COLUMNS), *GOOD_ROWS])
    result = read_facility_sheet(path)
    assert result.problem is not None and "more than 2 facility rows" in result.problem
    assert result.rows == []


def test_too_large_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(facility_records, "MAX_FILE_BYTES", 100)
    path = write_csv(tmp_path / "big.csv", [list(FACILITY_COLUMNS), *GOOD_ROWS])
    result = read_facility_sheet(path)
    assert result.problem is not None and "are refused" in result.problem


def test_quoted_line_break_keeps_excel_row_numbers(tmp_path: Path) -> None:
    first = list(GOOD_ROWS[0])
    first[2] = "江阴市澄江街道\n虹桥南路118号"
    second = list(GOOD_ROWS[1])
    second[8] = "0"
    path = write_csv(tmp_path / "nl.csv", [list(FACILITY_COLUMNS), first, second])
    result = read_facility_sheet(path)
    assert result.rows[0][1].address == "江阴市澄江街道 虹桥南路118号"
    assert [(e.line, e.column) for e in result.errors] == [(3, "托位数")]


def test_tab_separated_utf16_export(tmp_path: Path) -> None:
    path = tmp_path / "unicode-text.csv"
    text = "\r\n".join("\t".join(row) for row in [list(FACILITY_COLUMNS), GOOD_ROWS[0]])
    path.write_bytes(text.encode("utf-16"))
    result = read_facility_sheet(path)
    assert result.problem is None and result.errors == []
    assert result.rows[0][1].credit_code == CODE_A


# ---------------------------------------------------------------- template and samples


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_template_has_the_canonical_headers(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"template{suffix}"
    write_facility_template(path)
    if suffix == ".csv":
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
        with path.open(encoding="utf-8-sig", newline="") as handle:
            assert list(csv.reader(handle)) == [list(FACILITY_COLUMNS)]
    else:
        sheet = load_workbook(path).active
        assert sheet is not None
        assert [c.value for c in sheet[1]] == list(FACILITY_COLUMNS)
        assert sheet.max_row == 1
    # Every header is recognised; only the absence of rows is reported.
    problem = read_facility_sheet(path).problem
    assert problem is not None and "no facility rows" in problem


def test_template_refuses_other_formats(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.csv or \.xlsx"):
        write_facility_template(tmp_path / "template.ods")


def test_sample_file_is_valid() -> None:
    path = SAMPLES / "facilities-sample.csv"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    result = read_facility_sheet(path)
    assert result.ok, result.errors
    records = [record for _, record in result.rows]
    assert len(records) == 8
    assert len({r.credit_code for r in records}) == 8
    assert {r.district for r in records} == {"江阴市"}
    assert {r.registration_kind for r in records} == {"for_profit", "non_profit"}
    assert {r.credit_code[:2] for r in records} == {"91", "52", "12"}
    assert any(r.takes_under_2 and not r.serves_meals for r in records)


def test_bad_sample_file_has_three_bad_rows() -> None:
    result = read_facility_sheet(SAMPLES / "facilities-bad.csv")
    assert result.problem is None
    assert [line for line, _ in result.rows] == [2]
    assert sorted({e.line for e in result.errors}) == [3, 4, 5]
