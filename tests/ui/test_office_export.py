"""File → Export tables…, driven like a user: tick tables, pick the format, choose where
to save, wait for the worker, read the written workbook / CSV files back."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from inspector.ui import office_export_dialog as module
from inspector.ui.context import AppContext
from inspector.ui.main_window import MainWindow
from inspector.ui.office_export_dialog import OfficeExportDialog
from inspector.workspace import Workspace

from .test_conclude import with_modal

SHOTS = Path(os.environ.get("SHOTS_DIR", "")) if os.environ.get("SHOTS_DIR") else None


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Demo data loaded once per module (it takes seconds); each test gets a copy."""
    from inspector.demo import load_demo

    root = tmp_path_factory.mktemp("demo") / "data"
    ws = Workspace.open(root)
    load_demo(ws)
    ws.close()
    return root


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path, qapp) -> Iterator[AppContext]:
    root = tmp_path / "data"
    shutil.copytree(demo_template, root)
    ws = Workspace.open(root)
    ctx = AppContext.open(ws)
    yield ctx
    ctx.settings.sync()
    ws.close()


@pytest.fixture
def dialog(demo: AppContext, qtbot) -> OfficeExportDialog:
    d = OfficeExportDialog(demo)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def _finish(qtbot, d: OfficeExportDialog) -> None:
    qtbot.waitUntil(lambda: not d.busy and (d.result is not None or d.error is not None),
                    timeout=30_000)


def test_excel_export_through_the_save_dialog(dialog: OfficeExportDialog, demo: AppContext,
                                              qtbot, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[Any] = []

    def save_name(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(args)
        return str(tmp_path / "exports" / "全部数据"), ""  # no suffix typed

    (tmp_path / "exports").mkdir()
    monkeypatch.setattr(module.QFileDialog, "getSaveFileName", save_name)
    opened: list[str] = []
    monkeypatch.setattr(module.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    assert dialog.format_box.currentData() == "xlsx"
    assert dialog.headers_box.currentData() == "labels"
    assert dialog.language_box.currentData() == demo.language == "zh"  # the UI's
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "export-tables.png"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    _finish(qtbot, dialog)
    assert dialog.error is None and asked
    target = tmp_path / "exports" / "全部数据.xlsx"
    assert dialog.result is not None and dialog.result.files == (target,)

    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["托育机构", "检查记录", "检查项目明细", "问题与整改"]
    names = {row[1] for row in book["托育机构"].iter_rows(min_row=2, values_only=True)}
    assert names == {f.name for f in demo.workspace.facilities.list()}
    rows = list(book["检查记录"].iter_rows(values_only=True))
    header = list(rows[0])
    statuses = {(r[header.index("状态")], r[header.index("status_code")]) for r in rows[1:]}
    assert statuses == {("草稿", "draft"), ("已完成（未签名）", "completed"), ("已签名", "signed")}
    text = dialog.result_label.text()
    assert str(target) in text and "Facilities: 8 row(s)" in text
    assert f"Inspections: {len(demo.workspace.inspections.query(limit=None))} row(s)" in text
    assert dialog.open_button.isVisible() and dialog.close_button.text() == "Close"
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [str(tmp_path / "exports")]
    assert demo.settings.value("export/folder") == str(tmp_path / "exports")


def test_csv_tables_go_into_a_folder_and_replacing_is_asked(
        dialog: OfficeExportDialog, demo: AppContext, qtbot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "answers.csv").write_text("mine")
    monkeypatch.setattr(module.QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    answers: list[QMessageBox.StandardButton] = [QMessageBox.StandardButton.No,
                                                 QMessageBox.StandardButton.Yes]
    questions: list[str] = []

    def question(_parent: Any, _title: str, text: str, *args: Any) -> Any:
        questions.append(text)
        return answers.pop(0)

    monkeypatch.setattr(module.QMessageBox, "question", question)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
    dialog.headers_box.setCurrentIndex(dialog.headers_box.findData("keys"))
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    assert dialog.hint_label.isVisible() and "answers.csv" in dialog.hint_label.text()
    qtbot.mouseClick(dialog.range_box, Qt.MouseButton.LeftButton)
    assert dialog.since_edit.isEnabled()
    dialog.since_edit.setDate(QDate(2026, 9, 1))
    dialog.until_edit.setDate(QDate(2026, 12, 31))

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)  # "No": nothing
    assert "answers.csv" in questions[0] and not dialog.busy
    assert sorted(p.name for p in folder.iterdir()) == ["answers.csv"]
    assert (folder / "answers.csv").read_text() == "mine"

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)  # "Yes"
    _finish(qtbot, dialog)
    assert dialog.error is None
    assert sorted(p.name for p in folder.iterdir()) == [
        "answers.csv", "facilities.csv", "findings.csv", "inspections.csv"]
    raw = (folder / "inspections.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0].startswith("id,facility_id,facility_name,")
    dates = [line.split(",")[7] for line in lines[1:] if line]
    expected = [s.date for s in demo.workspace.inspections.query(limit=None)
                if "2026-09-01" <= s.date <= "2026-12-31"]
    assert sorted(dates) == sorted(expected) and dates
    kinds = {line.split(",")[6] for line in lines[1:] if line}  # in English words
    assert kinds and kinds <= {"Routine", "Special", "Complaint", "Follow-up", "Joint"}
    assert lines[0].endswith(",kind_code,status_code,verdict_code,checklists_code")
    assert (folder / "answers.csv").read_text(encoding="utf-8-sig").startswith("inspection_id,")


def test_one_table_and_errors_are_shown_with_nothing_written(
        dialog: OfficeExportDialog, qtbot, tmp_path: Path) -> None:
    for table, box in dialog.table_boxes.items():
        box.setChecked(table == "findings")
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
    assert not dialog.hint_label.isVisible()  # one table: a file, not a folder
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    dialog.export_to(blocker / "sub" / "findings.csv", force=True)
    _finish(qtbot, dialog)
    assert dialog.result is None and dialog.problem_label.isVisible()
    assert "nothing was written" in dialog.problem_label.text()
    assert blocker.read_text() == "x"

    dialog.export_to(tmp_path / "findings.csv", force=True)
    _finish(qtbot, dialog)
    assert dialog.result is not None and not dialog.problem_label.isVisible()
    assert (tmp_path / "findings.csv").read_text(encoding="utf-8-sig").startswith("问题ID,")
    for box in dialog.table_boxes.values():
        box.setChecked(False)
    assert not dialog.export_button.isEnabled()


def test_cancel_stops_the_export(dialog: OfficeExportDialog, qtbot, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def slow_export(_ws: Any, _target: Path, _options: Any, progress: Any) -> None:
        for done in range(1000):  # until the dialog's progress callback says stop
            progress(done, 1000)
            time.sleep(0.005)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(module, "export_tables", slow_export)
    dialog.export_to(tmp_path / "x.xlsx")
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=5000)
    assert dialog.close_button.text() == "Cancel" and not dialog.format_box.isEnabled()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert dialog.isVisible()  # Cancel stopped the export, not the dialog
    assert "cancelled" in dialog.status_label.text() and dialog.result is None
    assert not (tmp_path / "x.xlsx").exists()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_file_menu_opens_the_dialog(demo: AppContext, qtbot) -> None:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    action = window.export_tables_action
    assert action.text() == "&Export tables…"
    assert action in window.menuBar().actions()[0].menu().actions()
    seen: list[str] = []

    def handle(d: QDialog) -> None:
        seen.append(type(d).__name__)
        d.reject()

    errors = with_modal(qtbot, handle)
    action.trigger()
    assert errors == [] and seen == ["OfficeExportDialog"]
