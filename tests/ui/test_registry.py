"""The facility registry, its editor, the sheet import preview and inspector profiles,
driven through the real widgets on a real database."""

from __future__ import annotations

import csv
import os
import uuid
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox

from inspector.credit_code import check_character, credit_code_problem, make_credit_code
from inspector.facility_records import FACILITY_COLUMNS, credit_code_issue
from inspector.storage.database import Actor
from inspector.ui.context import AppContext
from inspector.ui.facilities_page import FacilitiesPage
from inspector.ui.facility_dialog import FacilityDialog
from inspector.ui.fields import ERROR_CELL_TINT, ERROR_TINT
from inspector.ui.import_dialog import ERROR, NEW, PROBLEMS, ImportDialog
from inspector.ui.inspectors_page import InspectorDialog, InspectorsPage

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "facilities-sample.csv"
GOOD_CODE = make_credit_code("91320281MA1XK7PR3")


def wrong_check_digit(code: str) -> str:
    expected = check_character(code[:-1])
    return code[:-1] + ("0" if expected != "0" else "1")


def type_into(qtbot, widget, text: str) -> None:
    """Type ``text`` as a user does: keys for ASCII, an input-method commit (the way
    Chinese is entered) for the rest."""
    if isinstance(widget, QComboBox):
        widget = widget.lineEdit()
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def choose(qtbot, combo, presses: int = 1) -> None:
    """Pick an item of a closed combo box with the arrow keys, as a keyboard user does."""
    for _ in range(presses):
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def fill_new_facility(qtbot, dialog: FacilityDialog, credit_code: str) -> None:
    type_into(qtbot, dialog.name_edit, "江阴市云朵托育中心")
    type_into(qtbot, dialog.credit_edit, credit_code)
    type_into(qtbot, dialog.address_edit, "江阴市澄江街道人民中路8号")
    type_into(qtbot, dialog.district_edit, "江阴市")
    type_into(qtbot, dialog.township_edit, "澄江街道")
    choose(qtbot, dialog.registration_combo)  # for-profit
    qtbot.keyClick(dialog.modes_edit.boxes["full_day"], Qt.Key.Key_Space)
    dialog.capacity_spin.lineEdit().selectAll()
    type_into(qtbot, dialog.capacity_spin, "45")
    choose(qtbot, dialog.under2_combo)  # yes
    choose(qtbot, dialog.meals_combo, 2)  # no
    choose(qtbot, dialog.filing_combo, 2)  # pending
    type_into(qtbot, dialog.representative_edit, "周婷")
    type_into(qtbot, dialog.phone_edit, "138 1234 5678")


def test_add_facility_refuses_a_bad_check_digit_then_saves(ctx: AppContext, qtbot) -> None:
    page = FacilitiesPage(ctx)
    qtbot.addWidget(page)
    dialog = FacilityDialog(ctx, page, None)
    qtbot.addWidget(dialog)
    dialog.show()
    bad = wrong_check_digit(GOOD_CODE)
    fill_new_facility(qtbot, dialog, bad)

    # All 18 characters typed: the check digit is judged at once, precisely.
    error = dialog.boxes["credit_code"].error
    assert error.isVisibleTo(dialog)
    assert f"should be \u201c{GOOD_CODE[-1]}\u201d" in error.text()
    assert dialog.problems().keys() == {"credit_code"}

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() == 0
    assert ctx.workspace.facilities.list() == []
    assert dialog.focusWidget() is dialog.credit_edit

    dialog.credit_edit.selectAll()
    qtbot.keyClicks(dialog.credit_edit, GOOD_CODE.lower())  # case is normalised
    assert not error.isVisibleTo(dialog)
    with qtbot.waitSignal(ctx.events.facilities_changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1

    [saved] = ctx.workspace.facilities.list()
    assert (saved.credit_code, saved.capacity, saved.contact_phone) == (
        GOOD_CODE, 45, "13812345678")
    assert (saved.registration_kind, saved.service_modes, saved.filing_status) == (
        "for_profit", ("full_day",), "pending")
    assert (saved.takes_under_2, saved.serves_meals) == (True, False)
    assert [f.id for f in page.visible_facilities()] == [saved.id]


def test_required_fields_and_dependent_rules_are_shown(ctx: AppContext, qtbot) -> None:
    dialog = FacilityDialog(ctx, None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert ctx.workspace.facilities.list() == []
    shown = {name for name, box in dialog.boxes.items() if box.error.isVisibleTo(dialog)}
    assert {"name", "credit_code", "capacity", "service_modes", "contact_phone"} <= shown
    assert "contact_name" not in shown and "filing_number" not in shown
    assert dialog.focusWidget() is dialog.name_edit

    type_into(qtbot, dialog.phone_edit, "12345")
    assert "phone number" in dialog.boxes["contact_phone"].error.text()
    choose(qtbot, dialog.filing_combo)  # filed → a filing number is required
    assert dialog.boxes["filing_number"].error.isVisibleTo(dialog)
    choose(qtbot, dialog.filing_combo, 2)  # not filed
    assert not dialog.boxes["filing_number"].error.isVisibleTo(dialog)


def test_a_registered_credit_code_is_refused(ctx: AppContext, facility_id, qtbot) -> None:
    existing = ctx.workspace.facilities.get(facility_id)
    dialog = FacilityDialog(ctx, None, None)
    qtbot.addWidget(dialog)
    fill_new_facility(qtbot, dialog, existing.credit_code)
    assert existing.name in dialog.boxes["credit_code"].error.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert len(ctx.workspace.facilities.list()) == 1


def test_edit_facility(ctx: AppContext, facility_id, qtbot) -> None:
    page = FacilitiesPage(ctx)
    qtbot.addWidget(page)
    assert page.select_facility(str(facility_id))
    dialog = FacilityDialog(ctx, page, page.selected_facility())
    qtbot.addWidget(dialog)
    assert dialog.problems() == {}
    dialog.representative_edit.selectAll()
    type_into(qtbot, dialog.representative_edit, "陈静")
    dialog.capacity_spin.lineEdit().selectAll()
    qtbot.keyClicks(dialog.capacity_spin, "75")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1

    saved = ctx.workspace.facilities.get(facility_id)
    assert (saved.representative, saved.capacity) == ("陈静", 75)
    # The page reloaded and kept the facility selected, with the new data shown.
    assert page.selected_facility() == saved
    assert page.detail.values["representative"].text() == "陈静"


@pytest.fixture
def registry(ctx: AppContext) -> AppContext:
    """A context whose registry holds the eight facilities of the sample sheet."""
    report = ctx.workspace.facilities.import_sheet(SAMPLE, Actor("test"))
    assert len(report.added) == 8
    return ctx


def test_search_filters_the_list(registry: AppContext, qtbot) -> None:
    page = FacilitiesPage(registry)
    qtbot.addWidget(page)
    everything = registry.workspace.facilities.list()
    assert len(page.visible_facilities()) == len(everything) == 8
    target = everything[1]

    page.set_search(target.township)
    shown = page.visible_facilities()
    assert target in shown and len(shown) < len(everything)
    assert all(target.township in (f.township + f.name + f.address) for f in shown)

    page.set_search(target.credit_code.lower())
    assert page.visible_facilities() == [target]
    assert page.selected_facility() == target  # a single match is selected
    page.set_search(target.representative)
    assert page.visible_facilities() == [target]
    page.set_search("no such facility")
    assert page.visible_facilities() == []
    assert page.count_label.text() == "0 of 8 facilities"
    page.set_search("")
    assert len(page.visible_facilities()) == len(everything)


def test_sorting_by_capacity_is_numeric(registry: AppContext, qtbot) -> None:
    page = FacilitiesPage(registry)
    qtbot.addWidget(page)
    page.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    capacities = [f.capacity for f in page.visible_facilities()]
    assert capacities == sorted(capacities) and len(set(capacities)) > 2
    page.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    assert [f.capacity for f in page.visible_facilities()] == sorted(capacities, reverse=True)


def test_detail_pane_lists_the_facility_inspections(ctx: AppContext, facility_id, team,
                                                    qtbot) -> None:
    inspections = ctx.workspace.inspections
    first = inspections.start(facility_id, "routine", date(2026, 3, 2), team, Actor("test"))
    second = inspections.start(facility_id, "special", date(2026, 9, 8), team, Actor("test"))
    page = FacilitiesPage(ctx)
    qtbot.addWidget(page)
    page.select_facility(str(facility_id))
    history = page.detail.history
    assert history.topLevelItemCount() == 2
    assert [history.topLevelItem(i).text(0) for i in range(2)] == ["2026-09-08", "2026-03-02"]
    with qtbot.waitSignal(ctx.events.open_inspection) as opened:
        history.itemActivated.emit(history.topLevelItem(1), 0)
    assert opened.args == [str(first)]
    assert history.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole) == str(second)


# ---------------------------------------------------------------- import


def sample_rows() -> list[list[str]]:
    with SAMPLE.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def write_rows(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def open_preview(ctx: AppContext, qtbot, path: Path) -> ImportDialog:
    dialog = ImportDialog(ctx, None, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.busy, timeout=10_000)
    return dialog


def test_import_preview_marks_the_bad_row_and_refuses(ctx: AppContext, qtbot,
                                                      tmp_path: Path) -> None:
    rows = sample_rows()
    bad_line = 4  # the header is line 1
    code_column = rows[0].index("统一社会信用代码")
    rows[bad_line - 1][code_column] = wrong_check_digit(rows[bad_line - 1][code_column])
    dialog = open_preview(ctx, qtbot, write_rows(tmp_path / "facilities.csv", rows))

    model = dialog.model
    good = len(rows) - 2
    assert model.rowCount() == len(rows) - 1
    assert dialog.summary_label.text() == f"{good} new, 0 updated, 0 unchanged, 1 with errors"
    statuses = {model.row(r).line: model.row(r).status for r in range(model.rowCount())}
    assert statuses.pop(bad_line) == ERROR
    assert set(statuses.values()) == {NEW}

    row = next(r for r in range(model.rowCount()) if model.row(r).line == bad_line)
    code_section = next(c for c in range(model.columnCount())
                        if model.sheet_column(c) == code_column)
    name_section = next(c for c in range(model.columnCount()) if model.sheet_column(c) == 0)
    background = Qt.ItemDataRole.BackgroundRole
    assert model.index(row, code_section).data(background) == ERROR_CELL_TINT
    assert model.index(row, name_section).data(background) == ERROR_TINT
    assert model.index(0, name_section).data(background) is None
    assert model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Check digit mismatch" in model.index(row, PROBLEMS).data()
    assert "Check digit" in model.index(row, code_section).data(Qt.ItemDataRole.ToolTipRole)
    assert "Check digit" in dialog.row_problems.text()

    qtbot.mouseClick(dialog.only_errors_box, Qt.MouseButton.LeftButton)
    assert dialog.proxy.rowCount() == 1
    assert dialog.proxy.index(0, 0).data().startswith(f"{bad_line} ")
    qtbot.mouseClick(dialog.only_errors_box, Qt.MouseButton.LeftButton)
    assert dialog.proxy.rowCount() == len(rows) - 1

    assert not dialog.import_button.isEnabled()
    dialog.start_import()  # refused while errors remain
    assert not dialog.busy and ctx.workspace.facilities.list() == []

    qtbot.mouseClick(dialog.skip_box, Qt.MouseButton.LeftButton)
    assert dialog.skip_box.isChecked() and dialog.import_button.isEnabled()
    with qtbot.waitSignal(ctx.events.facilities_changed, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    saved = {f.credit_code for f in ctx.workspace.facilities.list()}
    assert len(saved) == good and rows[bad_line - 1][code_column] not in saved
    assert "1 row(s) with errors skipped" in dialog.summary_label.text()
    assert not dialog.import_button.isVisible()


def test_clean_sheet_imports_all_and_preview_matches_core(ctx: AppContext, qtbot,
                                                          tmp_path: Path) -> None:
    rows = sample_rows()
    path = write_rows(tmp_path / "facilities.csv", rows)
    ctx.workspace.facilities.import_sheet(path, Actor("test"))
    # Change one row so the preview finds one update among unchanged rows.
    capacity_column = rows[0].index("托位数")
    rows[2][capacity_column] = str(int(rows[2][capacity_column]) + 5)
    write_rows(path, rows)
    dialog = open_preview(ctx, qtbot, path)
    core = ctx.workspace.facilities.import_sheet(path, Actor("test"), dry_run=True)
    assert dialog.summary_label.text() == (
        f"0 new, {len(core.updated)} updated, {len(core.unchanged)} unchanged, 0 with errors")
    assert len(core.updated) == 1
    assert dialog.import_button.isEnabled() and not dialog.skip_box.isEnabled()
    with qtbot.waitSignal(dialog.import_finished, timeout=10_000):
        dialog.start_import()
    assert dialog.report is not None and len(dialog.report.updated) == 1


def test_unreadable_file_is_explained_and_changes_nothing(ctx: AppContext, facility_id,
                                                          qtbot, tmp_path: Path) -> None:
    before = ctx.workspace.facilities.list()
    path = tmp_path / "registry.xlsx"
    path.write_bytes(os.urandom(4096))
    dialog = open_preview(ctx, qtbot, path)
    assert dialog.problem_label.isVisibleTo(dialog)
    assert "nothing was changed" in dialog.problem_label.text()
    assert "could not be opened as an Excel workbook" in dialog.problem_label.text()
    assert dialog.model.rowCount() == 0
    assert not dialog.import_button.isEnabled()
    dialog.start_import()
    assert ctx.workspace.facilities.list() == before


def test_save_template(ctx: AppContext, qtbot, tmp_path: Path) -> None:
    dialog = ImportDialog(ctx, None, None)
    qtbot.addWidget(dialog)
    path = tmp_path / "template.csv"
    assert dialog.save_template(path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        assert tuple(next(csv.reader(handle))) == FACILITY_COLUMNS
    assert str(path) in dialog.status_label.text()


@pytest.mark.parametrize("code", [
    "", "9132028", wrong_check_digit(GOOD_CODE), "I" + GOOD_CODE[1:], "B" + GOOD_CODE[1:],
    GOOD_CODE])
def test_credit_code_issue_agrees_with_problem(code: str) -> None:
    assert (credit_code_issue(code) is None) == (credit_code_problem(code) is None)


# ---------------------------------------------------------------- inspectors


def add_inspector(ctx: AppContext, qtbot, name: str, department: str, badge: str,
                  ) -> InspectorDialog:
    dialog = InspectorDialog(ctx, None, None)
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.name_edit, name)
    type_into(qtbot, dialog.department_edit, department)
    type_into(qtbot, dialog.badge_edit, badge)
    dialog.buttons.accepted.emit()
    return dialog


def test_inspector_profiles(ctx: AppContext, qtbot) -> None:
    page = InspectorsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.banner.isVisible() and "two inspectors" in page.banner_text.text()

    add_inspector(ctx, qtbot, "王建国", "区卫生健康局", "WJ-001")
    taken = add_inspector(ctx, qtbot, "刘洋", "消防救援大队", "wj-001")
    assert "王建国" in taken.boxes["badge"].error.text()
    assert taken.result() == 0 and len(ctx.workspace.inspectors.list()) == 1
    assert page.banner.isVisible()

    taken.badge_edit.selectAll()
    qtbot.keyClicks(taken.badge_edit, "XF-002")
    taken.buttons.accepted.emit()
    assert taken.result() == 1
    assert not page.banner.isVisible()
    assert page.model.rowCount() == 2

    # Edit: the department is changed; an emptied name is refused.
    liu = next(p for p in ctx.workspace.inspectors.list() if p.name == "刘洋")
    page.select_inspector(liu.id)
    edit = InspectorDialog(ctx, page, page.selected_inspector())
    qtbot.addWidget(edit)
    edit.name_edit.clear()
    edit.buttons.accepted.emit()
    assert edit.boxes["name"].error.isVisibleTo(edit)
    assert ctx.workspace.inspectors.get(uuid.UUID(liu.id)).name == "刘洋"
    type_into(qtbot, edit.name_edit, "刘洋")
    edit.department_edit.lineEdit().selectAll()
    type_into(qtbot, edit.department_edit, "市场监管局")
    edit.buttons.accepted.emit()
    assert ctx.workspace.inspectors.get(uuid.UUID(liu.id)).department == "市场监管局"

    # Deactivate, then reactivate, through the page's action.
    page.select_inspector(liu.id)
    assert page.active_action.text() == "&Deactivate"
    page.active_action.trigger()
    assert not ctx.workspace.inspectors.get(uuid.UUID(liu.id)).active
    assert page.banner.isVisible() and page.active_count() == 1
    assert page.selected_inspector().id == liu.id
    assert page.active_action.text() == "&Reactivate"
    page.active_action.trigger()
    assert ctx.workspace.inspectors.get(uuid.UUID(liu.id)).active
    assert not page.banner.isVisible()



def test_keyboard_opens_the_editors(ctx: AppContext, facility_id, qtbot) -> None:
    page = FacilitiesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.select_facility(str(facility_id))
    page.table.setFocus()
    opened: list[FacilityDialog] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FacilityDialog)
        opened.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, close_dialog)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter edits the selected facility
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.table.setFocus()
    QTimer.singleShot(0, close_dialog)
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)  # Insert adds one
    assert [d.facility_id for d in opened] == [str(facility_id), None]


def test_start_inspection_of_the_selected_facility(ctx: AppContext, facility_id, team,
                                                   qtbot) -> None:
    from inspector.ui.start_dialog import StartInspectionDialog

    page = FacilitiesPage(ctx)
    qtbot.addWidget(page)
    page.select_facility(str(facility_id))

    def fill_and_start() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, StartInspectionDialog)
        assert dialog.selected_facility().id == str(facility_id)
        for row in range(dialog.team.count()):
            dialog.team.item(row).setCheckState(Qt.CheckState.Checked)
        dialog.accept()

    QTimer.singleShot(0, fill_and_start)
    with qtbot.waitSignal(ctx.events.open_inspection) as opened:
        page.start_action.trigger()
    [started] = ctx.workspace.inspections.list(facility_id=facility_id)
    assert opened.args == [started.id]
    # The detail pane's history follows.
    assert page.detail.history.topLevelItemCount() == 1
