"""The desktop app meets a damaged database, a full disk, a backup that would add trust:
it says so in the UI language (Chinese by default) and offers the way out."""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from inspector.backup import BackupError, create_backup
from inspector.faults import CODES, StorageFault
from inspector.paths import DataPaths
from inspector.pki import KeyStore, fingerprint
from inspector.storage.migrate import DatabaseTooNew, NotOurDatabase
from inspector.ui.app import cannot_open, cannot_open_box, install_translator, remove_translators
from inspector.ui.backup_dialog import RESTART_EXIT_CODE, BackupDialog, RestoreDialog
from inspector.ui.context import AppContext
from inspector.ui.messages import explain
from inspector.workspace import Workspace

from ..conftest import ACTOR
from ..real_faults import fill, tmpfs
from ..test_backup import tree_hashes
from ..test_faults import _data, _evil_backup, _flip_pages, _grow


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    assert install_translator(qapp, "zh")
    yield
    remove_translators(qapp)


def _is_chinese(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def test_every_storage_fault_and_backup_refusal_is_said_in_chinese(chinese: None) -> None:
    for code in CODES:
        said = explain(StorageFault(code, "/media/usb/data", "disk I/O error"))
        assert _is_chinese(said), (code, said)
        assert "/media/usb/data" in said or code == "database_busy", (code, said)
    assert "磁盘已满" in explain(StorageFault("disk_full", "/media/usb"))
    assert "只读" in explain(StorageFault("read_only", "/media/usb"))
    assert "从备份恢复" in explain(StorageFault("database_damaged", "/d/inspector.db", "x"))
    for code in ("not_found", "no_database", "target_exists", "database_damaged",
                 "database_foreign", "database_unversioned", "database_too_new",
                 "untrusted_certificates", "not_enough_space", "invalid"):
        for when in ("backup", "restore"):
            error = BackupError("the English message", code, path="/d", detail="d",
                                count=2, needed=2_000_000, free=1000, when=when)
            said = explain(error)
            assert _is_chinese(said) and said != str(error), (code, said)
    assert _is_chinese(explain(NotOurDatabase("x", Path("/d/inspector.db"))))
    assert "0099" in explain(DatabaseTooNew("x", "0099"))
    # A system error that reached a screen without becoming a refusal is worded too.
    said = explain(OSError(errno.ENOSPC, "No space left on device", "/media/usb/r.pdf"))
    assert "磁盘已满" in said and "/media/usb/r.pdf" in said


def test_saving_on_a_real_full_disk_is_said_in_chinese(chinese: None, tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", "32m") as disk:
        root, iid = _data(disk / "data")
        ws = Workspace.open(root)
        try:
            items = [i for i in ws.catalog.current["fire-safety"].items
                     if i.response.type == "pass_fail"]
            fill(disk)
            with pytest.raises(StorageFault) as caught:
                for item in items[1:40]:
                    ws.inspections.set_note(iid, "fire-safety", item.id, "x" * 2000, ACTOR)
            said = explain(caught.value)
            assert said.startswith("磁盘已满") and str(root / "inspector.db") in said
        finally:
            ws.close()


def _modal(qtbot, kind: type) -> QWidget:
    found: list[QWidget] = []

    def look() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            found.append(widget)

    qtbot.waitUntil(lambda: look() or bool(found), timeout=20000)
    return found[0]


def _later(fn: Callable[[], None]) -> None:
    QTimer.singleShot(0, fn)


def test_a_damaged_database_offers_the_restore_and_the_app_reopens_restored(
        chinese: None, qtbot, tmp_path: Path) -> None:
    root, _iid = _data(tmp_path / "data", key=True)
    good = create_backup(DataPaths(root), tmp_path / "good.zip")
    _grow(root)
    _flip_pages(root / "inspector.db")
    damaged = tree_hashes(root)
    with pytest.raises(StorageFault) as caught:
        Workspace.open(root)

    box = cannot_open_box(root, caught.value)
    qtbot.addWidget(box)
    assert "已损坏" in box.text() and str(root) in box.text()
    restore = box.findChild(QPushButton, "restore")
    assert restore is not None and restore.text() == "从备份恢复(&R)…"
    assert box.defaultButton() is restore

    def answer_message() -> None:
        message = _modal(qtbot, QMessageBox)
        _later(restore_in_dialog)  # runs once the message's own event loop has ended
        qtbot.mouseClick(message.findChild(QPushButton, "restore"), Qt.MouseButton.LeftButton)

    def restore_in_dialog() -> None:
        dialog = _modal(qtbot, RestoreDialog)
        assert isinstance(dialog, RestoreDialog) and dialog.data_dir == root
        dialog.check_file(good.path)
        qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=20000)
        assert not dialog.trust_box.isVisible()  # the same certificates are trusted here
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.restored is not None and not dialog.busy(),
                        timeout=20000)
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    _later(answer_message)
    assert cannot_open(root, caught.value) == RESTART_EXIT_CODE
    ws = Workspace.open(root)  # what the app does next: open the restored data
    try:
        assert len(ws.facilities.list()) == 1
    finally:
        ws.close()
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("data.before-restore-")]
    # kept as it was (SQLite's -wal/-shm companions of a read-only check may be there)
    kept = {k: v for k, v in tree_hashes(aside[0]).items()
            if not k.endswith(("-wal", "-shm"))}
    assert len(aside) == 1 and kept == {k: v for k, v in damaged.items()
                                        if not k.endswith(("-wal", "-shm"))}


def test_closing_the_cannot_open_message_changes_nothing(chinese: None, qtbot,
                                                        tmp_path: Path) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("x")
    error = StorageFault("not_a_directory", blocker)
    box = cannot_open_box(blocker, error)
    qtbot.addWidget(box)
    assert box.findChild(QPushButton, "restore") is None  # no database to restore here
    assert "是一个文件" in box.text()

    def close() -> None:
        _modal(qtbot, QMessageBox).reject()

    _later(close)
    assert cannot_open(blocker, error) == 1
    assert blocker.read_text() == "x"


def test_the_restore_dialog_lists_new_certificates_and_needs_the_tick(
        qtbot, tmp_path: Path, qapp: QApplication) -> None:
    root, _iid = _data(tmp_path / "data", key=True)
    good = create_backup(DataPaths(root), tmp_path / "good.zip")
    evil, evil_fp = _evil_backup(good.path, tmp_path)
    ws = Workspace.open(root)
    ctx = AppContext.open(ws)
    try:
        dialog = RestoreDialog(ctx, path=evil)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.checked is not None, timeout=20000)
        assert dialog.trust_label.isVisible() and dialog.trust_box.isVisible()
        shown = dialog.trust_label.text().replace(" ", "")
        assert evil_fp in shown and "王建国" in dialog.trust_label.text()
        assert not dialog.restore_button.isEnabled()
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        assert dialog.restored is None and not dialog.busy()
        dialog.trust_box.setFocus()
        qtbot.keyClick(dialog.trust_box, Qt.Key.Key_Space)
        assert dialog.restore_button.isEnabled()
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.restored is not None and not dialog.busy(),
                        timeout=20000)
    finally:
        ctx.settings.sync()
        ws.close()
    trusted = {fingerprint(c) for c in KeyStore.for_data_dir(root).trusted_certs()}
    assert evil_fp in trusted


def test_backing_up_a_damaged_database_is_refused_in_the_dialog(
        chinese: None, qtbot, tmp_path: Path) -> None:
    root, _iid = _data(tmp_path / "data")
    ws = Workspace.open(root)
    ctx = AppContext.open(ws)
    try:
        ws.db.dispose()
        _grow(root)
        _flip_pages(root / "inspector.db")
        dialog = BackupDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.folder = tmp_path / "usb"
        qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.error_label.isVisible() and not dialog.busy(),
                        timeout=20000)
        text = dialog.error_label.text()
        assert "已损坏" in text and "未进行备份" in text and "从备份恢复" in text
        assert dialog.result_info is None
        assert not (tmp_path / "usb").exists() or not list((tmp_path / "usb").iterdir())
    finally:
        ws.close()
