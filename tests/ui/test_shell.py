"""The application shell: main window, search, the lazy inspection list, settings."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from inspector.inspection_records import InspectionFilter
from inspector.settings import load_policy
from inspector.ui.context import AppContext
from inspector.ui.inspection_list import COLUMN_KEYS, InspectionTableModel
from inspector.ui.main_window import MainWindow
from inspector.workspace import Workspace


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
def window(demo: AppContext, qtbot, stray_windows) -> MainWindow:
    w = MainWindow(demo)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def ids_in_view(model: InspectionTableModel) -> list[str]:
    return [model.data(model.index(r, 0), InspectionTableModel.ID_ROLE)
            for r in range(model.rowCount())]


def commit_chinese(widget: QWidget, text: str) -> None:
    """Type ``text`` the way a Chinese input method delivers it (a commit string)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def close_modal_later(seen: list[object], delay: int = 50) -> None:
    """Record (type, text) of the next modal dialog and reject it (exec() would block
    the test)."""

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(delay, close)
            return
        seen.append((type(dialog), getattr(dialog, "text", str)()))
        dialog.reject() if hasattr(dialog, "reject") else dialog.close()

    QTimer.singleShot(delay, close)


# --------------------------------------------------------------------------- window


def test_main_window_opens_on_demo_data(window: MainWindow, demo: AppContext) -> None:
    core = demo.workspace.inspections
    total = core.count(InspectionFilter())
    assert total >= 10
    model = window.list_page.model
    assert model.rowCount() == total
    assert ids_in_view(model) == [s.id for s in core.query(order_by="date", descending=True,
                                                          limit=total)]
    assert window.list_page.count_label.text() == f"{total} inspection(s)"
    assert window.nav.count() == 4
    assert str(demo.workspace.paths.root) in window.data_label.text()
    assert "Settings" in window.user_label.text()  # nobody chosen yet
    # the verdict column carries a coloured mark for scored inspections
    verdict_col = COLUMN_KEYS.index("verdict")
    scored = next(r for r in range(total) if model.summary(r).verdict)
    assert not model.data(model.index(scored, verdict_col),
                          Qt.ItemDataRole.DecorationRole).isNull()


def test_ctrl_f_focuses_the_search_box(window: MainWindow, qtbot) -> None:
    window.activateWindow()
    window.list_page.view.setFocus()
    qtbot.waitUntil(lambda: window.list_page.view.hasFocus())
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.search.hasFocus())


def test_typing_in_search_filters_the_list(window: MainWindow, demo: AppContext,
                                           qtbot) -> None:
    core = demo.workspace.inspections
    total = core.count(InspectionFilter())
    name = window.list_page.model.summary(0).facility
    term = name[3:7]  # part of the facility name
    expected = core.count(InspectionFilter(text=term))
    assert 0 < expected < total
    commit_chinese(window.search, term)  # Chinese arrives through the input method
    qtbot.waitUntil(lambda: window.list_page.model.rowCount() == expected, timeout=2000)
    assert all(term in window.list_page.model.summary(r).facility for r in range(expected))
    assert f"{expected} inspection(s)" in window.match_label.text()
    facilities = len(demo.workspace.facilities.list(term))
    assert f"{facilities} facility(ies)" in window.match_label.text()
    window.search.clear()
    qtbot.waitUntil(lambda: window.list_page.model.rowCount() == total, timeout=2000)
    assert window.match_label.text() == ""

    # a part of a credit code, typed key by key
    code = demo.workspace.facilities.get(
        uuid.UUID(window.list_page.model.summary(0).facility_id)).credit_code[-6:]
    by_code = core.count(InspectionFilter(text=code))
    assert 0 < by_code < total
    window.search.setFocus()
    qtbot.keyClicks(window.search, code)
    qtbot.waitUntil(lambda: window.list_page.model.rowCount() == by_code, timeout=2000)


def test_filter_bar_narrows_the_list(window: MainWindow, demo: AppContext, qtbot) -> None:
    core = demo.workspace.inspections
    page = window.list_page
    bar = page.filter_bar
    bar.status.setCurrentIndex(bar.status.findData("signed"))
    signed = core.count(InspectionFilter(status="signed"))
    assert 0 < signed < core.count(InspectionFilter())
    assert page.model.rowCount() == signed
    assert {page.model.summary(r).status for r in range(signed)} == {"signed"}

    township = page.model.summary(0).township
    bar.township.setCurrentIndex(bar.township.findData(township))
    both = InspectionFilter(status="signed", township=township)
    assert page.model.rowCount() == core.count(both)
    assert page.count_label.text() == f"{core.count(both)} inspection(s)"

    bar.township.setCurrentIndex(0)
    bar.verdict.setCurrentIndex(bar.verdict.findData("fail"))
    assert page.model.rowCount() == core.count(InspectionFilter(status="signed",
                                                                verdict="fail"))
    bar.verdict.setCurrentIndex(0)
    bar.kind.setCurrentIndex(bar.kind.findData("joint"))
    assert page.model.rowCount() == core.count(InspectionFilter(status="signed", kind="joint"))

    # a date range: only the checked ends count
    newest = core.query(limit=1)[0]
    until = date.fromisoformat(newest.date)
    bar.set_values(since=until, until=until)
    assert page.model.rowCount() == core.count(InspectionFilter(since=until, until=until)) >= 1
    assert bar.since.isEnabled() and bar.until.isEnabled()

    qtbot.mouseClick(bar.reset_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == core.count(InspectionFilter())
    assert bar.is_default() and not bar.since.isEnabled()


def test_header_click_sorts_on_the_server(window: MainWindow, demo: AppContext,
                                          qtbot) -> None:
    core = demo.workspace.inspections
    view = window.list_page.view
    header = view.horizontalHeader()
    column = COLUMN_KEYS.index("score")
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))
    model = window.list_page.model
    key, descending = model.order
    assert key == "score"
    expected = [s.id for s in core.query(order_by="score", descending=descending, limit=100)]
    assert ids_in_view(model) == expected
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))
    assert model.order == ("score", not descending)
    reverse = [s.id for s in core.query(order_by="score", descending=not descending,
                                        limit=100)]
    assert ids_in_view(model) == reverse != expected
    # the progress column cannot be sorted by: the order stays
    model.sort(COLUMN_KEYS.index("progress"), Qt.SortOrder.AscendingOrder)
    assert model.order == ("score", not descending)


def _multiply_inspections(ctx: AppContext, copies: int) -> int:
    """Bulk copies of the demo inspections (different ids and dates) so the list has
    thousands of rows; starting them one by one through the service takes too long
    for a unit test. Returns the new total."""
    con = sqlite3.connect(ctx.workspace.paths.database)
    with con:
        for n in range(copies):
            con.execute(
                "INSERT INTO inspection (id, facility_id, kind, inspection_date, status, "
                "checklist_versions, score, verdict, fail_count, critical_fail_count, "
                "answered_count, applicable_count, position, created_at, updated_at) "
                "SELECT lower(hex(randomblob(16))), facility_id, kind, "
                "date(inspection_date, ?), status, checklist_versions, score, verdict, "
                "fail_count, critical_fail_count, answered_count, applicable_count, position, "
                "created_at, updated_at FROM inspection WHERE report_number IS NULL "
                "AND followup_of_id IS NULL AND id IN (SELECT id FROM inspection LIMIT 10)",
                (f"-{n + 1} days",))
    con.close()
    return ctx.workspace.inspections.count(InspectionFilter())


def test_model_loads_pages_lazily(demo: AppContext, qtbot) -> None:
    total = _multiply_inspections(demo, 130)
    assert total > 1000
    w = MainWindow(demo)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    model, view = w.list_page.model, w.list_page.view
    assert model.rowCount() == total
    assert model.fetched_rows() <= model.page_size  # only what is on screen
    view.scrollToBottom()
    QApplication.processEvents()
    last = model.index(total - 1, 0)
    assert model.data(last, InspectionTableModel.ID_ROLE) == demo.workspace.inspections.query(
        offset=total - 1, limit=1)[0].id
    assert model.fetched_rows() <= 2 * model.page_size < total
    for row in range(0, total, model.page_size):  # touch every page once
        model.data(model.index(row, 1))
    assert model.fetched_rows() <= model.max_pages * model.page_size
    # every page was loaded once (no row-by-row queries)
    assert model.page_loads <= total // model.page_size + 3


def test_layout_survives_closing_and_reopening(window: MainWindow, demo: AppContext,
                                               qtbot) -> None:
    window.resize(760, 610)  # the offscreen screen is 800×800
    header = window.list_page.view.horizontalHeader()
    facility_col = COLUMN_KEYS.index("facility")
    header.resizeSection(facility_col, 333)
    window.list_page.view.sortByColumn(COLUMN_KEYS.index("township"),
                                       Qt.SortOrder.AscendingOrder)
    window.splitter.setSizes([170, 590])
    sizes = window.splitter.sizes()
    window.close()

    again = MainWindow(demo)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert (again.width(), again.height()) == (760, 610)
    assert again.list_page.view.horizontalHeader().sectionSize(facility_col) == 333
    assert again.splitter.sizes() == sizes
    assert again.list_page.model.order == ("township", False)
    ids = ids_in_view(again.list_page.model)
    assert ids == [s.id for s in demo.workspace.inspections.query(order_by="township",
                                                                  descending=False)]


def test_view_shortcuts_switch_pages(window: MainWindow, qtbot) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "settings"
    assert window.pages.currentWidget() is window.settings_page
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.list_page
    # typing a search while on Settings brings the list back
    window.show_page("settings")
    window.search.setText("江阴")
    window.apply_search()
    assert window.current_page() == "inspections"


def test_pages_of_the_navigation_and_search_on_the_facility_page(
        window: MainWindow, demo: AppContext, qtbot) -> None:
    window.nav.setCurrentRow(2)
    assert window.current_page() == "inspectors"
    assert type(window.pages.currentWidget()).__name__ == "InspectorsPage"
    window.nav.setCurrentRow(1)
    facilities = window.pages.currentWidget()
    assert type(facilities).__name__ == "FacilitiesPage"
    assert window.page_actions["facilities"].isChecked()
    # searching while on the facility page filters it and stays there
    term = demo.workspace.facilities.list()[0].name[3:6]
    commit_chinese(window.search, term)
    qtbot.waitUntil(lambda: "facilit" in window.match_label.text(), timeout=2000)
    assert window.current_page() == "facilities"
    assert facilities.search.text() == term
    assert window.list_page.model.rowCount() == demo.workspace.inspections.count(
        InspectionFilter(text=term))


# --------------------------------------------------------------------------- settings


def test_settings_language_and_policy_save_at_once(window: MainWindow, demo: AppContext,
                                                   qtbot) -> None:
    window.show_page("settings")
    page = window.settings_page
    assert page is not None
    assert demo.language == "zh"
    page.language.setCurrentIndex(page.language.findData("en"))
    assert demo.language == "en"
    assert "restart" in page.language_note.text()
    assert AppContext.open(demo.workspace).language == "en"  # stored in the file

    days = page.fields["deadline_days_critical"]
    days.setValue(5)
    assert load_policy(demo.workspace.db).deadline_days_critical == 5
    score = page.fields["pass_min_score"]
    score.setValue(85.5)
    assert load_policy(demo.workspace.db).pass_min_score == 85.5

    # above the pass score: refused, explained next to the field, value restored
    basic = page.fields["basic_pass_min_score"]
    basic.setValue(95)
    assert load_policy(demo.workspace.db).basic_pass_min_score == 75
    assert basic.value() == 75
    error = page.errors["basic_pass_min_score"]
    assert not error.isHidden() and "85.5" in error.text()
    basic.setValue(80)
    assert load_policy(demo.workspace.db).basic_pass_min_score == 80
    assert error.isHidden()
    # one inspector alone: ticked kinds only, by mouse
    complaint = page.single_kinds["complaint"]
    assert not complaint.isChecked()
    qtbot.mouseClick(complaint, Qt.MouseButton.LeftButton)
    assert load_policy(demo.workspace.db).single_inspector_kinds == ("complaint",)
    qtbot.mouseClick(complaint, Qt.MouseButton.LeftButton)
    assert load_policy(demo.workspace.db).single_inspector_kinds == ()
    # the data folder and schema are shown
    assert page.data_dir.text() == str(demo.workspace.paths.root)
    assert page.schema.text() == demo.workspace.upgraded.to_revision


def test_choosing_the_current_inspector(window: MainWindow, demo: AppContext) -> None:
    window.show_page("settings")
    page = window.settings_page
    people = demo.workspace.inspectors.list()
    assert page.inspector.count() == len(people) + 1
    chosen = people[1]
    page.inspector.setCurrentIndex(page.inspector.findData(chosen.id))
    assert demo.current_inspector() == chosen
    assert AppContext.open(demo.workspace).current_inspector() == chosen
    assert window.user_label.text() == f"Acting as {chosen.name} ({chosen.badge_number})"
    assert demo.actor().id == uuid.UUID(chosen.id)
    page.inspector.setCurrentIndex(0)
    assert demo.current_inspector() is None
    assert "Settings" in window.user_label.text()


# --------------------------------------------------------------------------- other screens


def test_ctrl_n_opens_the_start_dialog(window: MainWindow, qtbot) -> None:
    from inspector.ui.start_dialog import StartInspectionDialog

    seen: list[object] = []
    close_modal_later(seen)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen[0][0] is StartInspectionDialog
    assert window.inspection_screen is None  # rejected: nothing opened


def test_enter_on_a_row_opens_the_inspection(window: MainWindow, demo: AppContext,
                                             qtbot) -> None:
    view = window.list_page.view
    view.setFocus()
    view.setCurrentIndex(window.list_page.model.index(2, 1))
    expected = window.list_page.current_id()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    screen = window.inspection_screen
    assert screen is not None and window.central.currentWidget() is screen
    assert screen.inspection_id == expected
    screen.back_requested.emit()
    assert window.inspection_screen is None
    assert window.central.currentWidget() is window.splitter
    # the app-wide signal opens one too
    demo.events.open_inspection.emit(expected)
    assert window.inspection_screen is not None


def test_row_menu_offers_a_follow_up_only_with_open_findings(
        window: MainWindow, demo: AppContext, qtbot) -> None:
    core = demo.workspace.inspections
    page, model = window.list_page, window.list_page.model
    rows = [model.summary(r) for r in range(model.rowCount())]
    open_findings = [s for s in rows if s.status in ("completed", "signed") and any(
        f.status == "open" for f in core.findings(uuid.UUID(s.id)))]
    draft = next(s for s in rows if s.status == "draft")
    assert open_findings, "the demo data has concluded inspections with open findings"

    def menu_state(summary_id: str) -> dict[str, bool]:
        row = next(r for r in range(model.rowCount()) if model.summary(r).id == summary_id)
        rect = page.view.visualRect(model.index(row, 1))
        found: dict[str, bool] = {}

        def inspect() -> None:
            menu = QApplication.activePopupWidget()
            if menu is None:
                QTimer.singleShot(20, inspect)
                return
            found.update({a.text(): a.isEnabled() for a in menu.actions()
                          if not a.isSeparator()})
            menu.close()

        QTimer.singleShot(20, inspect)
        page.view.customContextMenuRequested.emit(rect.center())
        return found

    assert menu_state(open_findings[0].id) == {"Open": True, "Start follow-up…": True,
                                               "Export bundle…": True, "Delete draft…": False}
    assert menu_state(draft.id) == {"Open": True, "Start follow-up…": False,
                                    "Export bundle…": True, "Delete draft…": True}
    before = core.count(InspectionFilter())
    seen: list[object] = []
    close_modal_later(seen)
    assert page.start_followup(open_findings[0].id) is None  # the dialog was cancelled
    assert seen and core.count(InspectionFilter()) == before


# --------------------------------------------------------------------------- start-up


def test_run_opens_the_window_and_refuses_a_foreign_database(tmp_path: Path, qapp) -> None:
    from inspector.ui import app as app_module

    def close_main() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(50, close_main)
            return
        seen.append(windows[0].ctx.workspace.paths.root)
        windows[0].close()

    seen: list[object] = []
    QTimer.singleShot(50, close_main)
    assert app_module.run(["inspector"], data_dir=tmp_path / "fresh") == 0
    assert seen == [(tmp_path / "fresh").resolve()]
    assert (tmp_path / "fresh" / "inspector.db").is_file()

    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "inspector.db").write_bytes(b"not a database" * 100)
    before = (bad / "inspector.db").read_bytes()
    dialogs: list[object] = []
    close_modal_later(dialogs)
    assert app_module.run(["inspector"], data_dir=bad) == 1
    assert dialogs[0][0] is QMessageBox
    # said in the UI language (Chinese by default), with the file and the way out
    assert str(bad / "inspector.db") in dialogs[0][1] and "从备份恢复" in dialogs[0][1]
    assert (bad / "inspector.db").read_bytes() == before
    app_module.remove_translators(qapp)


def test_translations_extract_and_compile(tmp_path: Path, qapp) -> None:
    """The tr() strings of the UI are found by lupdate, and a compiled translation is
    used by install_translator (checked on a private copy, not the project's .ts)."""
    import subprocess

    from PySide6.QtCore import QCoreApplication

    from inspector.ui import app as app_module
    from inspector.ui import translations

    ts = tmp_path / "inspector_zh_CN.ts"
    lupdate = translations.find_tool("lupdate")
    subprocess.run([str(lupdate), *map(str, translations.sources()), "-ts", str(ts)],
                   check=True, capture_output=True)
    text = ts.read_text(encoding="utf-8")
    for source in ("Search facilities and inspections", "Routine", "Basic pass",
                   "Lowest score for &amp;Pass:"):
        assert f"<source>{source}</source>" in text, source
    marker = "<source>Search facilities and inspections</source>"
    start = text.index(marker)
    end = text.index("</translation>", start) + len("</translation>")
    translated = "\n        <translation>搜索机构和检查</translation>"
    text = text[:start] + marker + translated + text[end:]
    ts.write_text(text, encoding="utf-8")
    qm = tmp_path / "inspector_zh_CN.qm"
    lrelease = translations.find_tool("lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    try:
        assert app_module.install_translator(qapp, "zh", directory=tmp_path)
        assert QCoreApplication.translate("MainWindow", "Search facilities and inspections") \
            == "搜索机构和检查"
    finally:
        app_module.remove_translators(qapp)
    assert QCoreApplication.translate("MainWindow", "Search facilities and inspections") \
        == "Search facilities and inspections"
