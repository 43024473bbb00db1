"""Creating a signing key in the app: the dialog refuses passphrases that differ or are
too short and a label that is taken, creates a trusted key on the worker thread and
shows its fingerprint; the export dialog, the report dialog and Settings offer it when
there is no key."""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from inspector.pki import KeyStore, fingerprint
from inspector.storage.database import Actor
from inspector.ui.bundle_export import BundleExportDialog
from inspector.ui.context import AppContext
from inspector.ui.key_dialog import CreateKeyDialog
from inspector.ui.settings_page import SettingsPage
from inspector.ui.sync_common import grouped_fingerprint

from ..sync_kit import DAY, pass_fail_items

PASS = "correct horse 2026"
BADGE = "WJ-001"
SHOTS = Path(os.environ["SHOTS_DIR"]) if os.environ.get("SHOTS_DIR") else None
ACTOR = Actor("test")


def _shot(widget: Any, name: str) -> None:
    if SHOTS is not None:
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / name))


@pytest.fixture
def me(ctx: AppContext) -> str:
    """王建国 is using this computer (chosen in Settings)."""
    inspector_id = ctx.workspace.inspectors.create("王建国", "区卫生健康局", BADGE, ACTOR)
    ctx.set_current_inspector(inspector_id)
    return inspector_id


def _type_passphrases(qtbot: Any, dialog: CreateKeyDialog, first: str, second: str) -> None:
    for edit, text in ((dialog.passphrase, first), (dialog.repeat, second)):
        edit.clear()
        qtbot.keyClicks(edit, text)


def _create(qtbot: Any, dialog: CreateKeyDialog) -> None:
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)


def test_a_key_is_created_trusted_and_unlocks_with_its_passphrase(
        qtbot: Any, ctx: AppContext, me: str) -> None:
    ws = ctx.workspace
    created: list[Any] = []
    changed: list[bool] = []
    ctx.events.keys_changed.connect(lambda: changed.append(True))
    dialog = CreateKeyDialog(ctx, None)
    dialog.key_created.connect(created.append)
    qtbot.addWidget(dialog)
    dialog.show()
    # The holder comes from the current inspector and cannot be changed here.
    assert (dialog.name_edit.text(), dialog.badge_edit.text(),
            dialog.department_edit.text()) == ("王建国", BADGE, "区卫生健康局")
    assert dialog.name_edit.isReadOnly() and dialog.badge_edit.isReadOnly()
    assert dialog.label_value.text() == KeyStore.default_label(BADGE)
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password
    assert dialog.repeat.echoMode() == dialog.repeat.EchoMode.Password
    _shot(dialog, "key-create.png")

    _type_passphrases(qtbot, dialog, PASS, PASS + "x")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy and dialog.repeat_box.has_error()
    _type_passphrases(qtbot, dialog, "short", "short")
    assert not dialog.repeat_box.has_error()  # typing clears the message
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy and dialog.passphrase_box.has_error()
    _shot(dialog, "key-create-refused.png")
    assert ws.sync.keys.list() == [] and created == []

    _type_passphrases(qtbot, dialog, PASS, PASS)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.busy  # the key derivation runs on the worker thread
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    label = KeyStore.default_label(BADGE)
    assert dialog.created_label == label and not dialog.error.isVisible()
    assert (ws.sync.keys.root / f"{label}.p12").exists()
    [info] = ws.sync.keys.list()
    assert info.label == label and info.badge == BADGE and not info.is_ca
    assert fingerprint(ws.sync.keys.certificate(label)) in {
        fingerprint(c) for c in ws.sync.keys.trusted_certs()}
    assert ws.sync.signer(label, PASS) is not None
    # The fingerprint is shown in groups of four to be read out.
    assert dialog.result_box.isVisible()
    assert dialog.fingerprint.text() == grouped_fingerprint(info.fingerprint)
    assert label in dialog.result_text.text()
    assert not dialog.create_button.isVisible()
    assert dialog.passphrase.text() == "" and dialog.repeat.text() == ""
    assert [i.label for i in created] == [label] and changed == [True]
    _shot(dialog, "key-created.png")


def test_a_taken_label_is_refused_with_a_clear_message(
        qtbot: Any, ctx: AppContext, me: str) -> None:
    ws = ctx.workspace
    existing = ws.sync.keys.create_self_signed("王建国", BADGE, "区卫生健康局", PASS)
    dialog = CreateKeyDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    _type_passphrases(qtbot, dialog, PASS, PASS)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy and dialog.created is None
    assert dialog.error.isVisible() and existing.label in dialog.error.text()
    assert [k.fingerprint for k in ws.sync.keys.list()] == [existing.fingerprint]


def test_without_a_current_inspector_the_holder_is_typed(qtbot: Any, ctx: AppContext) -> None:
    dialog = CreateKeyDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.name_edit.isReadOnly() and dialog.name_edit.text() == ""
    _type_passphrases(qtbot, dialog, PASS, PASS)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy and dialog.name_box.has_error() and dialog.badge_box.has_error()
    dialog.name_edit.setText("刘洋")  # QTest types ASCII only
    dialog.department_edit.setText("消防救援大队")
    qtbot.keyClicks(dialog.badge_edit, "XF 002")
    assert dialog.label_value.text() == "XF-002"
    _create(qtbot, dialog)
    assert dialog.created_label == "XF-002"
    assert "CN=刘洋" in ctx.workspace.sync.keys.list()[0].subject


def test_the_export_dialog_without_a_key_creates_one_and_exports(
        qtbot: Any, ctx: AppContext, me: str, tmp_path: Path) -> None:
    from ..conftest import facility_input

    ws = ctx.workspace
    fid = uuid.UUID(ws.facilities.create(facility_input(), ACTOR))
    colleague = ws.inspectors.create("刘洋", "消防救援大队", "XF-002", ACTOR)
    iid = ws.inspections.start(fid, "routine", DAY, [uuid.UUID(me), uuid.UUID(colleague)], ACTOR,
                               checklist_ids=["fire-safety"])
    ws.inspections.answer(iid, "fire-safety", pass_fail_items(ws)[0], "pass", ACTOR)

    dialog = BundleExportDialog(ctx, None, [str(iid)])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.key_note.isVisible() and dialog.create_key_button.isVisible()
    assert not dialog.export_button.isEnabled()
    _shot(dialog, "export-no-key.png")

    qtbot.mouseClick(dialog.create_key_button, Qt.MouseButton.LeftButton)
    keys = dialog.key_dialog
    assert keys is not None and keys.isVisible() and keys.isModal()
    _type_passphrases(qtbot, keys, PASS, PASS)
    _create(qtbot, keys)
    label = KeyStore.default_label(BADGE)
    assert keys.created_label == label
    qtbot.mouseClick(keys.close_button, Qt.MouseButton.LeftButton)
    assert not keys.isVisible()

    assert dialog.current_label() == label and dialog.export_button.isEnabled()
    assert not dialog.key_note.isVisible() and not dialog.create_key_button.isVisible()
    target = tmp_path / "first.zip"
    dialog.path_edit.setText(str(target))
    qtbot.keyClicks(dialog.passphrase, PASS)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert dialog.result is not None and target.exists()
    assert dialog.result.inspections == 1


def test_the_report_dialog_without_a_key_offers_to_create_one(
        qtbot: Any, ctx: AppContext, team: list[uuid.UUID], facility_id: uuid.UUID) -> None:
    from inspector.ui.documents import DocumentsDialog

    from .test_documents import _signatures, _start

    ws = ctx.workspace
    iid = _start(ws, team, facility_id)
    ws.inspections.complete(iid, ACTOR)
    ws.inspections.sign(iid, _signatures(team), ACTOR)
    ctx.set_current_inspector(str(team[0]))
    dialog = DocumentsDialog(ctx, iid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.create_key_button.isVisible() and not dialog.sign_check.isEnabled()

    qtbot.mouseClick(dialog.create_key_button, Qt.MouseButton.LeftButton)
    keys = dialog.key_dialog
    assert keys is not None
    _type_passphrases(qtbot, keys, PASS, PASS)
    _create(qtbot, keys)
    keys.accept()
    lead = ws.inspectors.get(team[0])
    assert dialog.key_combo.currentData() == KeyStore.default_label(lead.badge_number)
    assert dialog.sign_check.isEnabled() and dialog.sign_check.isChecked() and dialog.signing
    assert not dialog.create_key_button.isVisible()


def test_settings_lists_the_keys_and_follows_a_new_one(
        qtbot: Any, ctx: AppContext, me: str) -> None:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 1000)
    page.show()
    assert page.no_keys.isVisible() and not page.keys_list.isVisible()
    assert page.create_key_button.isVisible()

    qtbot.mouseClick(page.create_key_button, Qt.MouseButton.LeftButton)
    keys = page.key_dialog
    assert keys is not None
    _type_passphrases(qtbot, keys, PASS, PASS)
    _create(qtbot, keys)
    keys.accept()
    info = ctx.workspace.sync.keys.list()[0]
    assert page.keys_list.isVisible() and not page.no_keys.isVisible()
    assert page.keys_list.topLevelItemCount() == 1
    item = page.keys_list.topLevelItem(0)
    assert [item.text(i) for i in range(4)] == [
        info.label, "王建国", BADGE, f"{info.not_after:%Y-%m-%d}"]
    assert item.text(4).startswith(grouped_fingerprint(info.fingerprint)[:19])
    _shot(page, "settings-keys.png")
