"""Entry on the checklist screen records only what the inspector meant.

Driven with real keys and clicks, sent where a user's would go (the widget that has
the keyboard focus), on a real database: typed dates and the calendar, letters
that are text in a field and shortcuts in the list (never both), N.A. and clearing
by mouse and keyboard (a critical N.A. asks for its reason), number ranges refused
next to the field, keys after mouse clicks and across checklists, and status labels
that follow every change.
"""

from __future__ import annotations

import re
import uuid
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from inspector.scoring import NA_REASON_MIN_CHARS
from inspector.ui.context import AppContext
from inspector.ui.fill import FillPage
from inspector.ui.fill.date_field import DateField
from inspector.ui.fill.na_reason import NaReasonDialog
from tests.conftest import ACTOR, INSPECTION_DAY
from tests.ui.test_conclude import with_modal
from tests.ui.test_fill import answers, open_page


@pytest.fixture
def page_of(qtbot, ctx: AppContext, team, facility_id):
    def make(*checklists: str) -> tuple[FillPage, str]:
        iid = ctx.workspace.inspections.start(facility_id, "routine", INSPECTION_DAY, team,
                                              ACTOR, checklist_ids=list(checklists))
        return shown(qtbot, ctx, str(iid)), str(iid)
    return make


def shown(qtbot, ctx: AppContext, iid: str) -> FillPage:
    """The page, up and active, with the keys on its item list."""
    page = open_page(qtbot, ctx, iid)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=3000)
    page.back_to_items()
    return page


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
          ) -> None:
    """A key as the user presses it: to whatever has the focus (and what it queues,
    such as a table committing its cell, runs)."""
    qtbot.keyClick(focus(), key, mods)
    QApplication.processEvents()


def type_text(qtbot, text: str) -> None:
    if text.isascii():
        qtbot.keyClicks(focus(), text)
    else:
        ime(focus(), text)


def ime(widget: QWidget, text: str) -> None:
    """Chinese as an input method sends it: a committed string (QTest types ASCII only)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def go(page: FillPage, item_id: str) -> None:
    entry = next(e for e in page.entries if e.item.id == item_id)
    page.select(entry, focus_list=True)
    assert page.view.hasFocus()


def saved(ctx: AppContext, iid: str, item_id: str):
    return next((a for k, a in answers(ctx, iid).items() if k[1] == item_id), None)


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.wait(5)  # the focus goes back to the list right after the click


# --- dates ----------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["2026-06-01", "20260601", "2026/6/1"])
def test_a_date_is_typed_as_people_type_it(qtbot, ctx, page_of, typed: str) -> None:
    page, iid = page_of("staff")
    go(page, "health-training-date")
    card = page.card(page.current)
    assert card.editor.edit.text() == ""  # empty means empty: no "not set" text, no 1900
    press(qtbot, Qt.Key.Key_Return)
    assert isinstance(focus(), DateField)
    type_text(qtbot, typed)
    press(qtbot, Qt.Key.Key_Return)
    assert page.flush()
    assert saved(ctx, iid, "health-training-date").value == "2026-06-01"
    assert card.editor.edit.text() == "2026-06-01"  # shown as it was understood
    assert "154 days before the inspection" in card.editor.age.text()


def test_nothing_is_saved_until_a_whole_valid_date_is_typed(qtbot, ctx, page_of) -> None:
    page, iid = page_of("staff")
    go(page, "health-training-date")
    card = page.card(page.current)
    press(qtbot, Qt.Key.Key_Return)
    for key in (Qt.Key.Key_Up, Qt.Key.Key_Up, Qt.Key.Key_Down):  # no stepping into a date
        press(qtbot, key)
    type_text(qtbot, "0250601")
    qtbot.wait(1500)  # longer than the typing pause: an unfinished date is not saved
    press(qtbot, Qt.Key.Key_Return)
    assert page.flush()
    assert saved(ctx, iid, "health-training-date") is None
    problem = card.editor.problem
    assert problem.isVisible() and "not a complete date" in problem.text()
    assert "not saved" in card.result_label.text()
    assert "not accepted" in page.status.text()
    # after the inspection day: refused next to the field, with the core's rule
    card.editor.edit.selectAll()
    type_text(qtbot, (INSPECTION_DAY + timedelta(days=1)).strftime("%Y%m%d"))
    press(qtbot, Qt.Key.Key_Tab)
    assert page.flush()
    assert "after the inspection date 2026-11-02" in problem.text()
    assert saved(ctx, iid, "health-training-date") is None
    # a typo of the year
    card.editor.focus_editor()
    type_text(qtbot, "1901-01-01")
    press(qtbot, Qt.Key.Key_Return)
    assert "check the year" in problem.text()
    card.editor.focus_editor()
    type_text(qtbot, "2026-10-30")
    press(qtbot, Qt.Key.Key_Escape)
    assert page.flush() and page.view.hasFocus()
    assert saved(ctx, iid, "health-training-date").value == "2026-10-30"
    assert not problem.isVisible() and "✔" in page.status.text()
    assert "not saved" not in card.result_label.text()


def test_the_calendar_opens_on_the_inspection_date_and_saves_the_pick(
        qtbot, ctx, page_of) -> None:
    page, iid = page_of("staff")
    go(page, "health-training-date")
    card = page.card(page.current)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = card.editor.edit.popup
    assert popup is not None and popup.isVisible()
    calendar = popup.calendar
    assert calendar.selectedDate().toPython() == INSPECTION_DAY
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 11)
    assert calendar.maximumDate().toPython() == INSPECTION_DAY  # no later day offered
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_Return)
    assert page.flush()
    assert saved(ctx, iid, "health-training-date").value == "2026-11-01"
    # it opens on the date already there
    popup = card.editor.edit.open_calendar()
    assert popup.calendar.selectedDate().toPython().isoformat() == "2026-11-01"
    popup.close()


def test_a_date_cell_takes_typed_forms_and_has_the_calendar(qtbot, ctx, page_of) -> None:
    page, iid = page_of("morning-check")
    go(page, "child-records-sample")
    table = page.card(page.current).table
    click(qtbot, table.add_button)
    column = [c.id for c in table.columns].index("last-exam")
    table.table.setCurrentCell(0, column)
    press(qtbot, Qt.Key.Key_F2)
    editor = focus()
    assert isinstance(editor, DateField)
    type_text(qtbot, "2026/5/9")
    press(qtbot, Qt.Key.Key_Return)
    assert table.rows[0].cells["last-exam"] == "2026-05-09"
    assert table.table.item(0, column).text() == "2026-05-09"
    press(qtbot, Qt.Key.Key_F2)
    editor = focus()
    popup = editor.open_calendar()
    assert popup.calendar.selectedDate().toPython().isoformat() == "2026-05-09"
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Return)
    assert table.rows[0].cells["last-exam"] == "2026-05-10"
    assert page.flush()
    assert saved(ctx, iid, "child-records-sample").rows[0].cells["last-exam"] == "2026-05-10"
    # a cell date after the inspection is refused under the table, not saved
    table.table.setCurrentCell(0, column)
    press(qtbot, Qt.Key.Key_F2)
    focus().selectAll()
    type_text(qtbot, "20261231")
    press(qtbot, Qt.Key.Key_Return)
    assert "after the inspection date" in table.problems.text()
    assert page.flush()
    assert saved(ctx, iid, "child-records-sample").rows[0].cells["last-exam"] == "2026-05-10"


# --- letters: shortcuts or text, never both -------------------------------------------------

@pytest.fixture
def no_file_dialog(monkeypatch) -> list[str]:
    opened: list[str] = []

    def fake(*_args, **_kwargs):
        opened.append("photo dialog")
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(fake))
    return opened


def test_letters_in_a_table_are_neither_text_nor_shortcuts(qtbot, ctx, page_of,
                                                           no_file_dialog) -> None:
    page, iid = page_of("staff")
    go(page, "staff-roster")
    entry = page.current
    table = page.card(entry).table
    click(qtbot, table.add_button)
    assert focus() is table.table
    for key in (Qt.Key.Key_P, Qt.Key.Key_N, Qt.Key.Key_J, Qt.Key.Key_K, Qt.Key.Key_1,
                Qt.Key.Key_2, Qt.Key.Key_3):
        press(qtbot, key)
    assert no_file_dialog == []  # P did not open the photo dialog
    assert page.current is entry and not entry.answer.not_applicable
    assert table.rows[0].cells == {}  # and nothing was written into a cell
    assert all(not (table.table.item(0, c).text()) for c in range(len(table.columns)))
    assert "Enter or F2 edits the cell" in page.hint.text()
    # Enter edits; what is typed then is the cell's text, not a shortcut
    table.table.setCurrentCell(0, 0)
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "Pan Jing")
    press(qtbot, Qt.Key.Key_Return)
    assert table.rows[0].cells["name"] == "Pan Jing" and no_file_dialog == []
    press(qtbot, Qt.Key.Key_Escape)
    assert page.view.hasFocus()
    press(qtbot, Qt.Key.Key_P)  # in the list, P is the photo shortcut
    assert no_file_dialog == ["photo dialog"]
    assert page.flush()
    assert [r.cells for r in saved(ctx, iid, "staff-roster").rows] == [{"name": "Pan Jing"}]


def test_text_typed_into_fields_never_triggers_a_shortcut(qtbot, ctx, page_of,
                                                          no_file_dialog) -> None:
    page, iid = page_of("staff")
    go(page, "ratio-older")
    entry = page.current
    card = page.card(entry)
    press(qtbot, Qt.Key.Key_N)
    assert focus() is card.note
    type_text(qtbot, "pjk 123 n")
    for key in (Qt.Key.Key_Up, Qt.Key.Key_Down):  # not item moves from inside a field
        press(qtbot, key)
    assert card.note.text() == "pjk 123 n" and page.current is entry
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Return)
    assert focus() is card.editor.line
    type_text(qtbot, "3p")  # a letter in a number: refused as text, not a photo
    press(qtbot, Qt.Key.Key_Return)
    assert no_file_dialog == [] and page.current is entry
    assert "is not a number" in card.editor.problem.text()
    assert page.flush()
    stored = saved(ctx, iid, "ratio-older")
    assert stored.note == "pjk 123 n" and stored.value is None and not stored.not_applicable
    assert sum(1 for a in answers(ctx, iid).values() if a.result) == 0  # nothing answered


# --- N.A. and clearing, by mouse and by keyboard -------------------------------------------------

def test_na_and_clear_by_mouse_and_keyboard(qtbot, ctx, page_of) -> None:
    page, iid = page_of("staff")
    go(page, "food-handler-cert")
    entry = page.current
    card = page.card(entry)
    click(qtbot, card.na_button)
    assert page.flush()
    assert saved(ctx, iid, entry.item.id).not_applicable
    assert not card.editor.isEnabled()  # the answer buttons are off while N.A. ...
    assert card.na_button.isEnabled() and card.na_button.isChecked()  # ... this is not
    assert page.view.hasFocus()  # the click gave the keys back to the list
    click(qtbot, card.na_button)  # undone with the mouse
    assert page.flush()
    assert not saved(ctx, iid, entry.item.id).not_applicable
    assert card.editor.isEnabled()
    click(qtbot, card.editor.buttons[1])  # Fail, by mouse
    assert page.flush() and saved(ctx, iid, entry.item.id).result == "fail"
    assert page.view.hasFocus()
    click(qtbot, card.clear_button)
    assert page.flush()
    cleared = saved(ctx, iid, entry.item.id)
    assert cleared.value is None and cleared.result is None and not cleared.not_applicable
    assert not card.clear_button.isEnabled()
    press(qtbot, Qt.Key.Key_1)  # and by keyboard: 1, then back and Delete
    go(page, entry.item.id)
    assert page.flush() and saved(ctx, iid, entry.item.id).result == "pass"
    press(qtbot, Qt.Key.Key_Delete)
    assert page.flush() and saved(ctx, iid, entry.item.id).value is None
    press(qtbot, Qt.Key.Key_3)
    go(page, entry.item.id)
    press(qtbot, Qt.Key.Key_3)
    assert page.flush() and not saved(ctx, iid, entry.item.id).not_applicable


def test_na_on_a_critical_item_asks_for_the_reason(qtbot, ctx, page_of) -> None:
    page, iid = page_of("staff")
    go(page, "record-check-all")  # critical
    entry = page.current
    card = page.card(entry)

    def cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, NaReasonDialog)
        ime(dialog.reason, "无" * (NA_REASON_MIN_CHARS - 1))
        assert not dialog.ok.isEnabled()
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # Enter does not bypass the rule
        assert dialog.isVisible()
        dialog.reject()

    errors = with_modal(qtbot, cancel)
    press(qtbot, Qt.Key.Key_3)
    assert not errors
    assert page.flush()
    assert saved(ctx, iid, entry.item.id) is None and not entry.answer.not_applicable
    assert page.current is entry
    page.activateWindow()  # what the window manager does when the dialog is gone
    qtbot.waitUntil(page.view.hasFocus, timeout=2000)

    def give_reason(dialog: QDialog) -> None:
        assert isinstance(dialog, NaReasonDialog)
        ime(dialog.reason, "本机构无保育人员以外员工")
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    errors = with_modal(qtbot, give_reason)
    click(qtbot, card.na_button)  # by mouse: asked just the same
    assert not errors
    assert page.flush()
    stored = saved(ctx, iid, entry.item.id)
    assert stored.not_applicable and stored.note == "本机构无保育人员以外员工"
    assert card.note.text() == "本机构无保育人员以外员工"
    page.activateWindow()
    qtbot.waitUntil(page.view.hasFocus, timeout=2000)
    # cutting the reason short marks the item and blocks completion
    card.note.setFocus()
    card.note.selectAll()
    type_text(qtbot, "无")
    press(qtbot, Qt.Key.Key_Escape)
    assert page.flush()
    assert "reason required" in card.mark.text() and card.mark.isVisible()
    missing = ctx.workspace.inspections.missing_evidence(uuid.UUID(iid))
    assert [m.need for m in missing if m.item_id == entry.item.id] == ["reason"]


# --- numbers -------------------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["en", "zh"])
def test_out_of_range_numbers_are_refused_next_to_the_field(
        qtbot, ctx, team, facility_id, language: str) -> None:
    from inspector.ui.app import install_translator, remove_translators

    ctx.language = language
    install_translator(QApplication.instance(), language)
    try:
        iid = ctx.workspace.inspections.start(facility_id, "routine", INSPECTION_DAY, team,
                                              ACTOR, checklist_ids=["staff", "video-surveillance"])
        page = shown(qtbot, ctx, str(iid))
        go(page, "ratio-older")
        card = page.card(page.current)
        hint = card.editor.hint.text()
        assert ("0 to 50" in hint) if language == "en" else ("0～50" in hint or "0 至 50" in hint)
        press(qtbot, Qt.Key.Key_Return)
        type_text(qtbot, "-5")
        assert card.editor.problem.isVisible()
        press(qtbot, Qt.Key.Key_Return)
        assert page.flush()
        text = card.editor.problem.text()
        if language == "en":
            assert "-5 is not possible" in text and "0 children per carer" in text
        else:
            assert "-5" in text and any("\u4e00" <= c <= "\u9fff" for c in text)
            assert "不可能" in text or "不能" in text
        assert saved(ctx, str(iid), "ratio-older") is None
        focus().selectAll()
        type_text(qtbot, "6")
        press(qtbot, Qt.Key.Key_Return)
        assert page.flush()
        assert saved(ctx, str(iid), "ratio-older").value == 6
        assert not card.editor.problem.isVisible()
        # a count in a table column: whole and not negative
        go(page, "area-coverage")
        table = page.card(page.current).table
        click(qtbot, table.add_button)
        column = [c.id for c in table.columns].index("cameras")
        table.table.setCurrentCell(0, column)
        for typed in ("2.5", "-1"):
            press(qtbot, Qt.Key.Key_F2)
            focus().selectAll()
            type_text(qtbot, typed)
            press(qtbot, Qt.Key.Key_Return)
            assert typed in table.problems.text()
            assert "cameras" not in table.rows[0].cells
        assert page.flush()
        assert saved(ctx, str(iid), "area-coverage").rows[0].cells == {}
    finally:
        remove_translators(QApplication.instance())


# --- keys after mouse clicks, across checklists, on choices --------------------------------------

def test_keys_work_after_clicking_the_navigator_and_cross_checklists(
        qtbot, ctx, page_of) -> None:
    page, _iid = page_of("staff", "morning-check")
    tree = page.navigator.tree
    node = tree.topLevelItem(1).child(2)  # morning-check, section 3
    rect = tree.visualItemRect(node)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.current.section_key == ("morning-check", page.current.section.id)
    assert page.current.section_index == 3
    assert page.view.hasFocus()
    here = page.current
    press(qtbot, Qt.Key.Key_J)
    assert page.current is not here
    # J / K and ↓ / ↑ walk over the boundary between the checklists
    shown = page.visible_entries()
    last_staff = max(i for i, e in enumerate(shown) if e.checklist.id == "staff")
    page.select(shown[last_staff], focus_list=True)
    press(qtbot, Qt.Key.Key_J)
    assert page.current is shown[last_staff + 1]
    assert page.current.checklist.id == "morning-check" and page.view.hasFocus()
    press(qtbot, Qt.Key.Key_K)
    assert page.current is shown[last_staff]
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Up)
    assert page.current is shown[last_staff]
    # Ctrl+PgDn into the next checklist's first section, Ctrl+PgUp back
    press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.current.checklist.id == "morning-check" and page.current.section_index == 1
    press(qtbot, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert page.current.checklist.id == "staff"
    # a click on a card's text, then on an answer button: the keys still work
    card = page.card(shown[2])
    qtbot.mouseClick(card.prompt, Qt.MouseButton.LeftButton)
    assert page.current is shown[2] and page.view.hasFocus()
    card.note.setFocus()
    click(qtbot, card.editor.buttons[0])
    assert page.view.hasFocus()


def test_1_and_2_choose_the_options_of_a_single_choice(qtbot, ctx, page_of) -> None:
    page, iid = page_of("registration")
    go(page, "health-filing")  # one option passes, one fails, one is recorded only
    card = page.card(page.current)
    assert "(1)" in card.editor.buttons["filed"].text()
    assert "(2)" in card.editor.buttons["not-filed"].text()
    press(qtbot, Qt.Key.Key_2)
    assert page.flush() and saved(ctx, iid, "health-filing").value == "not-filed"
    go(page, "health-filing")
    press(qtbot, Qt.Key.Key_1)
    assert page.flush() and saved(ctx, iid, "health-filing").value == "filed"
    # two options fail: 2 offers both, numbered, and picks none by itself
    go(page, "credit-record")
    entry = page.current
    press(qtbot, Qt.Key.Key_2)
    menu = page.choice_menu
    assert menu is not None and menu.isVisible()
    assert [a.text().split("  ", 1)[1] for a in menu.actions()] == [
        o.label.get(ctx.language) for o in entry.item.response.options if o.passes is False]
    assert page.flush() and saved(ctx, iid, "credit-record") is None
    qtbot.keyClick(menu, Qt.Key.Key_2)
    assert page.flush() and saved(ctx, iid, "credit-record").value == "dishonest"
    assert page.view.hasFocus()
    go(page, "credit-record")
    press(qtbot, Qt.Key.Key_2)
    qtbot.keyClick(page.choice_menu, Qt.Key.Key_Escape)  # Esc: the answer stays
    assert page.flush() and saved(ctx, iid, "credit-record").value == "dishonest"
    # on a multiple choice, 1 says how it is answered instead of doing nothing
    go(page, "public-notices")
    press(qtbot, Qt.Key.Key_1)
    assert "Space ticks one" in page.hint.text()
    assert saved(ctx, iid, "public-notices") is None


# --- labels follow the saved state ---------------------------------------------------------

def test_no_not_saved_mark_beside_all_changes_saved(qtbot, ctx, page_of) -> None:
    page, _iid = page_of("staff")
    go(page, "ratio-older")
    card = page.card(page.current)
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "4")
    press(qtbot, Qt.Key.Key_Return)
    assert page.flush() and "✔" in page.status.text()
    press(qtbot, Qt.Key.Key_Backspace)  # typed and taken back: the same value again
    type_text(qtbot, "4")
    assert "not saved" in card.result_label.text()
    press(qtbot, Qt.Key.Key_Escape)
    assert page.flush()
    assert "not saved" not in card.result_label.text()
    assert card.result_label.text().startswith("✔") and "✔" in page.status.text()


def test_a_click_on_the_checklists_tab_gives_the_keys_to_the_list(qtbot, ctx, team,
                                                                  facility_id) -> None:
    from inspector.ui.inspection_screen import InspectionScreen

    iid = ctx.workspace.inspections.start(facility_id, "routine", INSPECTION_DAY, team, ACTOR,
                                          checklist_ids=["staff"])
    screen = InspectionScreen(ctx, str(iid))
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    bar = screen.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert screen.tabs.currentWidget() is screen.conclude
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    qtbot.waitUntil(lambda: screen.fill.view.hasFocus(), timeout=2000)
    first = screen.fill.current
    press(qtbot, Qt.Key.Key_J)
    assert screen.fill.current is not first
    screen.shutdown()


def test_the_menu_of_options_is_placed_under_the_item(qtbot, ctx, page_of) -> None:
    page, _iid = page_of("registration")
    go(page, "credit-record")
    press(qtbot, Qt.Key.Key_2)
    card = page.card(page.current)
    menu = page.choice_menu
    below = card.editor.mapToGlobal(QPoint(0, card.editor.height()))
    assert abs(menu.pos().y() - below.y()) < 40
    menu.close()


# --- the README's key table is what the screen does -------------------------------------------

README_KEYS = {
    "1": Qt.Key.Key_1, "2": Qt.Key.Key_2, "3": Qt.Key.Key_3, "Delete": Qt.Key.Key_Delete,
    "J": Qt.Key.Key_J, "↓": Qt.Key.Key_Down, "K": Qt.Key.Key_K, "↑": Qt.Key.Key_Up,
    "Enter": Qt.Key.Key_Return, "F2": Qt.Key.Key_F2, "N": Qt.Key.Key_N, "P": Qt.Key.Key_P,
    "Ctrl+PgDn": Qt.Key.Key_PageDown, "Ctrl+PgUp": Qt.Key.Key_PageUp,
    "Ctrl+Shift+E": Qt.Key.Key_E,
}


def readme_keys() -> list[str]:
    """The keys in the first column of the README's table for filling checklists."""
    from tests.conftest import ROOT

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = text[text.index("| key | does | with the mouse |"):].splitlines()[2:]
    keys: list[str] = []
    for line in lines:
        if not line.startswith("|"):
            break
        first = line.split("|")[1].strip()
        keys += [k for k in re.split(r"\s*(?:/|,|\(or|\))\s*", first) if k]
    return keys


def test_the_readme_key_table_matches_the_screen(qtbot, ctx, team, facility_id,
                                                 no_file_dialog) -> None:
    from inspector.ui.inspection_screen import InspectionScreen

    keys = readme_keys()
    assert set(keys) == set(README_KEYS), "the README lists a key the screen lacks or v.v."
    iid = ctx.workspace.inspections.start(facility_id, "routine", INSPECTION_DAY, team, ACTOR,
                                          checklist_ids=["staff", "morning-check"])
    screen = InspectionScreen(ctx, str(iid))
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    page = screen.fill
    qtbot.waitUntil(page.view.hasFocus, timeout=3000)
    ctrl = Qt.KeyboardModifier.ControlModifier
    acted = {}
    for name in keys:
        # K, ↑, Ctrl+PgUp from further down; Enter and F2 on an item with a field
        further = name in ("Ctrl+PgUp", "K", "↑", "Enter", "F2")
        go(page, "ratio-older" if further else "food-handler-cert")
        before = (page.current, saved(ctx, str(iid), "food-handler-cert"),
                  len(no_file_dialog), screen.tabs.currentIndex())
        mods = ctrl if name.startswith("Ctrl+") else Qt.KeyboardModifier.NoModifier
        if name == "Ctrl+Shift+E":
            mods = ctrl | Qt.KeyboardModifier.ShiftModifier
        press(qtbot, README_KEYS[name], mods)
        assert page.flush()
        after = (page.current, saved(ctx, str(iid), "food-handler-cert"),
                 len(no_file_dialog), screen.tabs.currentIndex())
        acted[name] = after != before or QApplication.focusWidget() is not page.view
        screen.tabs.setCurrentWidget(page)
        page.back_to_items()
        if name in ("Delete",):  # clears what 1 / 2 / 3 left
            acted[name] = saved(ctx, str(iid), "food-handler-cert").value is None
    assert all(acted.values()), {k: v for k, v in acted.items() if not v}
    hint = page.key_help()
    for name in ("1", "2", "3", "Del", "J/K", "Enter", "Esc", "N", "P", "Ctrl+PgDn/PgUp"):
        assert name in hint
    screen.shutdown()


def test_an_inspection_of_an_earlier_checklist_version_still_shows(
        qtbot, ctx: AppContext, tmp_path) -> None:
    """Filled with staff 1.0 (before ranges): it opens with its own version and its
    answers; new inspections take 1.1 and its ranges."""
    from inspector.catalog import Catalog
    from inspector.checklists.loader import LoadResult
    from inspector.checklists.schema import Checklist
    from inspector.workspace import Workspace
    from tests.conftest import facility_input
    from tests.test_checklists import old_version

    root = ctx.workspace.paths.root
    old = Workspace.open(root, catalog=Catalog(LoadResult(
        [Checklist.model_validate(old_version("staff"))], [])))
    fid = uuid.UUID(old.facilities.create(facility_input(), ACTOR))
    who = uuid.UUID(old.inspectors.create("王建国", "区卫生健康局", "WJ-001", ACTOR))
    other = uuid.UUID(old.inspectors.create("刘洋", "消防救援大队", "XF-002", ACTOR))
    iid = old.inspections.start(fid, "routine", INSPECTION_DAY, [who, other], ACTOR,
                                checklist_ids=["staff"])
    old.inspections.answer(iid, "staff", "ratio-older", 6, ACTOR)
    old.close()
    page = shown(qtbot, ctx, str(iid))
    assert page.detail.checklists[0].version == "1.0"
    go(page, "ratio-older")
    card = page.card(page.current)
    assert card.editor.line.text() == "6" and card.result_label.text().startswith("✔")
    assert "possible" not in card.editor.hint.text()  # 1.0 declared no range
