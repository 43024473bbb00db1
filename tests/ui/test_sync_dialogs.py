"""The bundle dialogs on real data directories with real keys: export through the
dialog (a wrong passphrase, then the right one), a dry-run preview that changes
nothing until Import is pressed, a damaged bundle refused, an untrusted signer
accepted, and a conflict resolved part by part."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from inspector.pki import KeyStore
from inspector.storage.database import Actor
from inspector.sync.container import BundleSigner
from inspector.sync.service import Exporter, ExportScope
from inspector.ui.bundle_export import BundleExportDialog
from inspector.ui.bundle_import import BundleImportDialog
from inspector.ui.conflict_dialog import ConflictDialog
from inspector.ui.context import AppContext
from inspector.ui.sync_common import grouped_fingerprint, refusal_headline
from inspector.workspace import Workspace

from ..signature_sample import signature_png
from ..sync_kit import DAY, pass_fail_items, seed, snapshot

PASS = "pass-phrase-2026"
BADGE = "WJ-001"
LABEL = KeyStore.default_label(BADGE)
SHOTS = Path(os.environ["SHOTS_DIR"]) if os.environ.get("SHOTS_DIR") else None


@dataclass
class Key:
    """A signing key made once per module (PKCS#12 with a slow KDF): its files to
    copy into a data directory, and the signer already unlocked."""

    folder: Path
    signer: BundleSigner
    cert_pem: bytes

    def install(self, ws: Workspace) -> None:
        keys = ws.sync.keys
        keys.root.mkdir(parents=True, exist_ok=True)
        for suffix in (".p12", ".pem"):
            shutil.copy(self.folder / f"{LABEL}{suffix}", keys.root / f"{LABEL}{suffix}")
        keys.trust(self.cert_pem)


@pytest.fixture(scope="module")
def key(tmp_path_factory: pytest.TempPathFactory) -> Key:
    store = KeyStore(tmp_path_factory.mktemp("keys"))
    store.create_self_signed("王建国", BADGE, "区卫生健康局", PASS, label=LABEL)
    p12 = (store.root / f"{LABEL}.p12").read_bytes()
    return Key(store.root, BundleSigner.from_p12(p12, PASS),
               (store.root / f"{LABEL}.pem").read_bytes())


@dataclass
class Side:
    ctx: AppContext
    actor: Actor

    @property
    def ws(self) -> Workspace:
        return self.ctx.workspace


def _side(root: Path, name: str, qapp: Any) -> Side:
    ws = Workspace.open(root / name)
    return Side(AppContext.open(ws), Actor(f"{name} user"))


@pytest.fixture
def laptops(tmp_path: Path, qapp: Any, key: Key) -> Iterator[tuple[Side, Side, uuid.UUID]]:
    """Laptop A (the key's holder, chosen as the current inspector) with one inspection;
    laptop B, empty, that trusts nobody yet."""
    a, b = _side(tmp_path, "a", qapp), _side(tmp_path, "b", qapp)
    key.install(a.ws)
    fid, team = seed(a.ws, a.actor)
    a.ctx.set_current_inspector(str(team[0]))
    iid = a.ws.inspections.start(fid, "routine", DAY, team, a.actor,
                                 checklist_ids=["fire-safety"])
    items = pass_fail_items(a.ws)
    a.ws.inspections.answer(iid, "fire-safety", items[0], "pass", a.actor)
    yield a, b, iid
    for side in (a, b):
        side.ctx.settings.sync()
        side.ws.close()


def _export(side: Side, key: Key, path: Path) -> Path:
    side.ws.sync.export(path, ExportScope(everything=True), key.signer,
                        Exporter("王建国", BADGE))
    return path


def _shot(widget: Any, name: str) -> None:
    if SHOTS is not None:
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()  # let the layout settle first
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / name))


def _wait(qtbot: Any, dialog: Any) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)


def _value(ws: Workspace, iid: uuid.UUID, item: str) -> Any:
    answer = ws.inspections.detail(iid).answers.get(("fire-safety", item))
    return None if answer is None else answer.value


# --- export ---------------------------------------------------------------------------


def test_export_dialog_asks_again_after_a_wrong_passphrase_and_the_bundle_imports(
        qtbot: Any, laptops: Any, key: Key, tmp_path: Path) -> None:
    a, b, iid = laptops
    dialog = BundleExportDialog(a.ctx, None, [str(iid)])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.selected_radio.isChecked()
    assert dialog.current_label() == LABEL  # the current inspector's key
    assert dialog.path_edit.text().endswith(".zip")
    assert Path(dialog.path_edit.text()).name.startswith(f"inspector-{BADGE}-")
    target = tmp_path / "handover.zip"
    dialog.path_edit.setText(str(target))

    qtbot.keyClicks(dialog.passphrase, "not-the-passphrase")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.busy
    _wait(qtbot, dialog)
    assert dialog.passphrase_error.isVisible()
    assert not target.exists() and dialog.result is None

    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASS)
    assert not dialog.passphrase_error.isVisible()  # typing clears the message
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, dialog)
    assert dialog.result is not None and target.exists()
    assert dialog.result.inspections == 1 and dialog.result.facilities == 1
    assert str(target) in dialog.status.text()
    assert dialog.open_folder_button.isVisible()
    _shot(dialog, "export-done.png")

    # The bundle goes to laptop B (which trusts the signer) and brings the inspection.
    b.ws.sync.keys.trust(key.cert_pem)
    summary = b.ws.sync.import_bundle(target, b.actor)
    assert [o.outcome for o in summary.outcomes if o.entity == "inspection"] == ["new"]
    assert b.ws.inspections.detail(iid).facility.name == a.ws.inspections.detail(iid).facility.name


def test_export_dialog_without_a_key_says_so(qtbot: Any, ctx: AppContext) -> None:
    dialog = BundleExportDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.selected_radio.isVisible() and dialog.since_radio.isChecked()
    assert dialog.key_note.isVisible() and not dialog.export_button.isEnabled()


# --- import ---------------------------------------------------------------------------


def test_preview_changes_nothing_until_import_is_pressed(qtbot: Any, laptops: Any, key: Key,
                                                         tmp_path: Path) -> None:
    a, b, iid = laptops
    bundle = _export(a, key, tmp_path / "a.zip")
    b.ws.sync.keys.trust(key.cert_pem)
    before = snapshot(b.ws)

    changed: list[str] = []
    b.ctx.events.inspection_changed.connect(changed.append)
    dialog = BundleImportDialog(b.ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.preview_ready, timeout=60_000):
        dialog.load(bundle)
    assert dialog.preview is not None and dialog.preview.dry_run
    rows = [(o.entity, o.outcome) for o in dialog.model.rows]
    assert ("inspection", "new") in rows and ("facility", "new") in rows
    assert dialog.proxy.rowCount() == len(rows)  # nothing unchanged to hide
    assert "王建国" in dialog.exporter_label.text()
    assert dialog.import_button.isEnabled()
    assert snapshot(b.ws) == before  # the preview wrote nothing
    assert changed == []
    _shot(dialog, "import-preview.png")

    with qtbot.waitSignal(dialog.import_finished, timeout=60_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.summary is not None and not dialog.summary.dry_run
    assert b.ws.inspections.detail(iid).id == str(iid)
    assert str(iid) in changed
    assert not dialog.import_button.isVisible()
    assert dialog.close_button.text() != dialog.tr("Cancel")
    _shot(dialog, "import-done.png")

    # The same bundle again: everything is already here; unchanged rows are hidden.
    again = BundleImportDialog(b.ctx, None, bundle)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.preview is not None, timeout=60_000)
    assert {o.outcome for o in again.model.rows} == {"identical"}
    assert again.proxy.rowCount() == 0 and not again.import_button.isEnabled()
    again.unchanged_box.setChecked(True)
    assert again.proxy.rowCount() == len(again.model.rows)


def test_a_damaged_bundle_is_refused_and_nothing_changes(qtbot: Any, laptops: Any, key: Key,
                                                         tmp_path: Path) -> None:
    a, b, _iid = laptops
    bundle = _export(a, key, tmp_path / "a.zip")
    b.ws.sync.keys.trust(key.cert_pem)
    damaged = tmp_path / "damaged.zip"
    data = bundle.read_bytes()
    damaged.write_bytes(data[: len(data) // 2])
    before = snapshot(b.ws)

    dialog = BundleImportDialog(b.ctx, None, damaged)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.refusal is not None, timeout=60_000)
    assert dialog.refusal.code == "damaged"
    assert dialog.refusal_panel.isVisible()
    assert dialog.refusal_panel.headline.text() == refusal_headline("damaged")
    assert dialog.refusal_panel.detail.text()  # the core's detail
    assert not dialog.import_button.isEnabled() and not dialog.table.isVisible()
    assert snapshot(b.ws) == before
    _shot(dialog, "import-damaged.png")


def test_an_untrusted_signer_is_shown_accepted_and_then_trusted(
        qtbot: Any, laptops: Any, key: Key, tmp_path: Path) -> None:
    a, b, iid = laptops
    bundle = _export(a, key, tmp_path / "a.zip")
    before = snapshot(b.ws)

    dialog = BundleImportDialog(b.ctx, None, bundle)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.refusal is not None, timeout=60_000)
    assert dialog.refusal.code == "untrusted_signer"
    assert dialog.signer_box.isVisible()
    assert "王建国" in dialog.signer_name.text() and BADGE in dialog.signer_name.text()
    fingerprint = dialog.refusal.signer.fingerprint
    assert dialog.signer_fingerprint.text() == grouped_fingerprint(fingerprint)
    assert not dialog.import_button.isEnabled()
    _shot(dialog, "import-untrusted.png")

    with qtbot.waitSignal(dialog.preview_ready, timeout=60_000):
        dialog.accept_box.setChecked(True)  # "I know this inspector"
    assert dialog.accepted_signer() == fingerprint
    assert dialog.preview is not None and dialog.import_button.isEnabled()
    assert snapshot(b.ws) == before  # accepting for the preview trusts nobody yet
    _shot(dialog, "import-accepted.png")

    with qtbot.waitSignal(dialog.import_finished, timeout=60_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.summary is not None and dialog.summary.newly_trusted
    assert b.ws.inspections.detail(iid).id == str(iid)
    # Trusted from now on: the next bundle from the same key imports without asking.
    assert b.ws.sync.import_bundle(bundle, b.actor, dry_run=True).signer_fingerprint \
        == fingerprint


# --- conflicts ------------------------------------------------------------------------


def test_a_conflict_resolved_with_one_take_theirs_changes_exactly_that_answer(
        qtbot: Any, laptops: Any, key: Key, tmp_path: Path) -> None:
    a, b, iid = laptops
    items = pass_fail_items(a.ws)
    b.ws.sync.keys.trust(key.cert_pem)
    b.ws.sync.import_bundle(_export(a, key, tmp_path / "1.zip"), b.actor)
    # Both laptops change the same two answers differently.
    a.ws.inspections.answer(iid, "fire-safety", items[0], "fail", a.actor)
    a.ws.inspections.answer(iid, "fire-safety", items[1], "pass", a.actor)
    b.ws.inspections.answer(iid, "fire-safety", items[0], "pass", b.actor)
    b.ws.inspections.answer(iid, "fire-safety", items[1], "fail", b.actor)
    b.ws.inspections.set_note(iid, "fire-safety", items[0], "本机备注", b.actor)

    dialog = BundleImportDialog(b.ctx, None, _export(a, key, tmp_path / "2.zip"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=60_000)
    assert dialog.model.rows[0].outcome == "conflict"  # attention first
    with qtbot.waitSignal(dialog.import_finished, timeout=60_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.conflicts_button.isVisible()
    assert len(b.ws.sync.pending_conflicts()) == 1

    conflicts = ConflictDialog(b.ctx, None, entity_id=str(iid))
    qtbot.addWidget(conflicts)
    conflicts.show()
    assert conflicts.list.count() == 1 and conflicts.detail is not None
    first, second = f"answer:fire-safety/{items[0]}", f"answer:fire-safety/{items[1]}"
    assert {first, second} <= set(conflicts.choices)
    assert not conflicts.whole_note.isVisible()
    conflicts.choose_all("theirs")
    conflicts.choose_all("mine")
    qtbot.mouseClick(conflicts.choices[second].theirs, Qt.MouseButton.LeftButton)
    assert conflicts.decision()[second] == "theirs"
    assert conflicts.decision()[first] == "mine"
    _shot(conflicts, "conflicts.png")

    before = {item: _value(b.ws, iid, item) for item in items[:4]}
    changed: list[str] = []
    b.ctx.events.inspection_changed.connect(changed.append)
    with qtbot.waitSignal(conflicts.resolved, timeout=60_000):
        qtbot.mouseClick(conflicts.apply_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, conflicts)
    after = {item: _value(b.ws, iid, item) for item in items[:4]}
    assert after[items[1]] == "pass"  # theirs
    assert {k: v for k, v in after.items() if k != items[1]} == \
        {k: v for k, v in before.items() if k != items[1]}
    assert b.ws.inspections.detail(iid).answers[("fire-safety", items[0])].note == "本机备注"
    assert b.ws.sync.pending_conflicts() == []
    assert conflicts.pages.currentWidget() is conflicts.empty
    assert changed == [str(iid)]


def test_a_version_signed_elsewhere_is_taken_whole_and_the_window_follows(
        qtbot: Any, laptops: Any, key: Key, tmp_path: Path) -> None:
    """B edited a draft that A then signed: only the whole record can be taken. The
    main window counts the conflict, the open inspection shows a banner, and taking
    theirs reopens the screen on the signed version."""
    from inspector.inspections import SignatureInput
    from inspector.ui.main_window import MainWindow

    from ..test_inspections import _answer_all

    a, b, iid = laptops
    items = pass_fail_items(a.ws)
    b.ws.sync.keys.trust(key.cert_pem)
    b.ws.sync.import_bundle(_export(a, key, tmp_path / "1.zip"), b.actor)
    b.ws.inspections.answer(iid, "fire-safety", items[1], "fail", b.actor)
    _answer_all(a.ws, iid)
    a.ws.inspections.complete(iid, a.actor)
    team = [uuid.UUID(m.inspector.id) for m in a.ws.inspections.detail(iid).team]
    png = signature_png()
    a.ws.inspections.sign(iid, [
        SignatureInput("王建国", "inspector", png, team[0]),
        SignatureInput("周婷", "facility_representative", png, signer_title="负责人")],
        a.actor)
    b.ws.sync.import_bundle(_export(a, key, tmp_path / "2.zip"), b.actor)

    window = MainWindow(b.ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.conflicts_action.isEnabled() and "(1)" in window.conflicts_action.text()
    assert window.conflicts_label.isVisible() and "1" in window.conflicts_label.text()
    assert window.open_inspection(str(iid))
    screen = window.inspection_screen
    assert screen.conflict_banner.isVisible()
    _shot(window, "window-conflict-banner.png")

    dialog = ConflictDialog(b.ctx, window, entity_id=str(iid))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.detail is not None and dialog.detail.whole_only
    assert dialog.whole_note.isVisible()
    parts = [k for k in dialog.choices if k != "*"]
    assert parts and all(not dialog.choices[k].isEnabled() for k in parts)
    dialog.choose_all("theirs")
    assert dialog.decision() == {"*": "theirs"}
    _shot(dialog, "conflicts-whole.png")
    with qtbot.waitSignal(dialog.resolved, timeout=60_000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, dialog)
    assert b.ws.inspections.detail(iid).status == "signed"
    # The open screen is shown again from the database; the count is gone.
    qtbot.waitUntil(lambda: window.inspection_screen is not screen, timeout=10_000)
    assert not window.inspection_screen.conflict_banner.isVisible()
    qtbot.waitUntil(lambda: not window.conflicts_action.isEnabled(), timeout=10_000)
    assert not window.conflicts_label.isVisible()
    dialog.close()
    window.close()


def test_an_open_inspection_shows_the_later_version_an_import_brings(
        qtbot: Any, laptops: Any, key: Key, tmp_path: Path) -> None:
    from inspector.ui.main_window import MainWindow

    a, b, iid = laptops
    item = pass_fail_items(a.ws)[0]
    b.ws.sync.keys.trust(key.cert_pem)
    b.ws.sync.import_bundle(_export(a, key, tmp_path / "1.zip"), b.actor)
    a.ws.inspections.answer(iid, "fire-safety", item, "fail", a.actor)
    later = _export(a, key, tmp_path / "2.zip")

    window = MainWindow(b.ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_inspection(str(iid))
    screen = window.inspection_screen
    dialog = BundleImportDialog(b.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.preview_ready, timeout=60_000):
        dialog.load(later)
    with qtbot.waitSignal(dialog.import_finished, timeout=60_000):
        dialog.start_import()
    # The screen that showed the earlier version is replaced by one read afresh.
    qtbot.waitUntil(lambda: window.inspection_screen is not screen, timeout=10_000)
    answer = window.inspection_screen.detail.answers[("fire-safety", item)]
    assert answer.value == "fail"


def test_every_fixed_import_reason_is_worded_in_the_ui() -> None:
    from inspector.sync.importer import REASONS
    from inspector.ui import sync_common

    fixed = {code for code, text in REASONS.items() if text is not None}
    assert fixed == set(sync_common._REASONS)
