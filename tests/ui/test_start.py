"""Starting an inspection through the dialog, on a real database."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from inspector.ui.context import AppContext
from inspector.ui.start_dialog import StartInspectionDialog


def _dialog(qtbot, ctx: AppContext, facility_id=None) -> StartInspectionDialog:
    dialog = StartInspectionDialog(ctx, None, str(facility_id) if facility_id else None)
    qtbot.addWidget(dialog)
    return dialog


def test_start_with_a_team_of_two(qtbot, ctx, team, facility_id) -> None:
    ctx.set_current_inspector(str(team[1]))
    dialog = _dialog(qtbot, ctx, facility_id)
    assert dialog.selected_facility().id == str(facility_id)
    # the current inspector is pre-ticked; one alone gets the warning
    assert dialog.selected_team() == [str(team[1])]
    assert not dialog.team_warning.isHidden()
    assert "at least 2 inspectors" in dialog.team_warning.text()
    assert not dialog.ok_button.isEnabled()  # a rule of the core, not only a warning
    dialog.set_team([str(t) for t in team])
    assert dialog.team_warning.isHidden()
    # the kind preselects its checklists; the preview counts what applies
    dialog.kind.setCurrentIndex(dialog.kind.findData("complaint"))
    assert dialog.selected_checklists() == ctx.workspace.catalog.preselected("complaint")
    dialog.set_checklists(["fire-safety", "food-safety"])
    current = ctx.workspace.catalog.current
    total = len(current["fire-safety"].items) + len(current["food-safety"].items)
    assert "are hidden" in dialog.preview.text()
    applying = int(dialog.preview.text().split()[0])
    assert 0 < applying <= total
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    detail = ctx.workspace.inspections.detail(uuid.UUID(dialog.inspection_id))
    assert detail.kind == "complaint"
    assert [c.id for c in detail.checklists] == ["fire-safety", "food-safety"]
    assert [(m.inspector.id, m.role) for m in detail.team] == [
        (str(team[1]), "lead"), (str(team[0]), "member")]
    assert sum(detail.applicable.values()) == applying


def test_not_applicable_items_are_counted(qtbot, ctx, team) -> None:
    from tests.conftest import ACTOR, facility_input

    fid = ctx.workspace.facilities.create(
        facility_input(takes_under_2=False, serves_meals=False), ACTOR)
    dialog = _dialog(qtbot, ctx, fid)
    dialog.set_checklists(["food-safety"])
    items = ctx.workspace.catalog.current["food-safety"].items
    hidden = int(dialog.preview.text().split("; ")[1].split()[0])
    assert hidden == sum(1 for i in items if i.applies_if and i.applies_if.serves_meals)
    assert hidden > 0


def test_refusals_are_shown_and_nothing_is_started(qtbot, ctx, team, facility_id) -> None:
    dialog = _dialog(qtbot, ctx)
    assert dialog.selected_facility() is None
    assert not dialog.ok_button.isEnabled()  # no facility yet
    dialog.facility.setCurrentIndex(dialog.facility.findData(str(facility_id)))
    dialog.set_team([str(team[0]), str(team[1])])
    dialog.set_checklists([])
    assert not dialog.ok_button.isEnabled()
    assert "at least one checklist" in dialog.preview.text()
    dialog.accept()  # what the button would do if it were enabled
    assert not dialog.error.isHidden()
    assert dialog.inspection_id is None
    # the core refuses: the facility was deleted under the dialog's feet
    dialog.set_checklists(["staff"])
    dialog.facilities = [type(f)(**{**f.__dict__, "id": str(uuid.uuid4())})
                         for f in dialog.facilities]
    dialog.facility.setItemData(dialog.facility.currentIndex(), dialog.facilities[0].id)
    dialog.accept()
    assert "could not be started" in dialog.error.text()
    assert dialog.inspection_id is None
    assert ctx.workspace.inspections.list() == []


def test_one_inspector_only_where_the_office_allows_it(qtbot, ctx, team, facility_id) -> None:
    from tests.conftest import ACTOR

    ctx.workspace.policy.set("single_inspector_kinds", "complaint", ACTOR)
    dialog = _dialog(qtbot, ctx, facility_id)
    dialog.set_team([str(team[0])])
    assert not dialog.ok_button.isEnabled() and not dialog.team_warning.isHidden()
    dialog.accept()
    assert "at least 2 inspectors" in dialog.error.text() and dialog.inspection_id is None
    dialog.kind.setCurrentIndex(dialog.kind.findData("complaint"))
    assert dialog.ok_button.isEnabled() and dialog.team_warning.isHidden()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    detail = ctx.workspace.inspections.detail(uuid.UUID(dialog.inspection_id))
    assert detail.kind == "complaint" and len(detail.team) == 1
