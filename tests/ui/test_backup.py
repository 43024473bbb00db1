"""File → Back up… and Restore from backup…, driven like a user would."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from inspector.backup import create_backup, verify_backup
from inspector.credit_code import make_credit_code
from inspector.ui import backup_dialog
from inspector.ui.backup_dialog import RESTART_EXIT_CODE, BackupDialog, RestoreDialog
from inspector.ui.context import AppContext
from inspector.workspace import Workspace

from ..conftest import ACTOR, facility_input
from ..test_backup import _populate, tree_hashes

SHOTS = Path("/tmp/backup-shots")


@pytest.fixture
def data_ctx(ctx: AppContext) -> AppContext:
    _populate(ctx.workspace)
    return ctx


def _shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def test_back_up_shows_where_the_backup_went(data_ctx: AppContext, qtbot, tmp_path: Path,
                                             stray_windows: list[str]) -> None:
    dialog = BackupDialog(data_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.folder_label.text() == str(data_ctx.workspace.paths.backups)
    dialog.folder = tmp_path / "usb"
    dialog._show_folder()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_info is not None and not dialog.busy(), timeout=20000)
    info = dialog.result_info
    assert info is not None and info.path.parent == tmp_path / "usb"
    assert str(info.path) in dialog.result_label.text()
    assert "1 facilities, 1 inspections, 1 photos" in dialog.result_label.text()
    assert dialog.open_button.isVisible() and dialog.backup_button.isEnabled()
    assert not dialog.error_label.isVisible()
    verify_backup(info.path)
    _shot(dialog, "backup-done")


def test_back_up_into_the_data_folder_is_refused(data_ctx: AppContext, qtbot) -> None:
    dialog = BackupDialog(data_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder = data_ctx.workspace.paths.photos
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=20000)
    assert "No backup was made" in dialog.error_label.text()
    assert "inside the data directory" in dialog.error_label.text()
    assert not dialog.open_button.isVisible()


def test_restore_checks_shows_and_restores(data_ctx: AppContext, qtbot, tmp_path: Path,
                                           stray_windows: list[str]) -> None:
    ws = data_ctx.workspace
    info = create_backup(ws.paths, tmp_path / "b.zip")
    ws.facilities.create(facility_input(name="后来的托育园",
                                        credit_code=make_credit_code("91320281MA1XK7PR4")),
                         ACTOR)
    assert len(ws.facilities.list()) == 2
    dialog = RestoreDialog(data_ctx, path=info.path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=20000)
    assert "1 facilities, 1 inspections, 1 photos" in dialog.contents_label.text()
    assert dialog.schema_label.text() == ws.upgraded.to_revision
    assert dialog.previous is not None
    assert str(dialog.previous) in dialog.warning_label.text()
    assert "not deleted" in dialog.warning_label.text()
    _shot(dialog, "restore-confirm")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.restored is not None and not dialog.busy(), timeout=20000)
    assert "The backup was restored" in dialog.status_label.text()
    assert str(dialog.previous) in dialog.status_label.text()
    assert dialog.previous.is_dir()
    _shot(dialog, "restore-done")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    reopened = Workspace.open(ws.paths.root)
    try:
        assert [f.name for f in reopened.facilities.list()] == ["江阴市测试托育中心"]
    finally:
        reopened.close()


def test_a_bad_backup_is_refused_and_nothing_changes(data_ctx: AppContext, qtbot,
                                                     tmp_path: Path) -> None:
    ws = data_ctx.workspace
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    ws.close()
    before = tree_hashes(ws.paths.root)
    dialog = RestoreDialog(data_ctx, path=bad)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=20000)
    assert "This backup cannot be restored" in dialog.error_label.text()
    assert not dialog.restore_button.isEnabled() and not dialog.details.isVisible()
    _shot(dialog, "restore-refused")
    dialog.reject()
    assert tree_hashes(ws.paths.root) == before


def test_a_failed_restore_leaves_the_app_working_on_its_data(data_ctx: AppContext, qtbot,
                                                             tmp_path: Path) -> None:
    ws = data_ctx.workspace
    info = create_backup(ws.paths, tmp_path / "b.zip")
    dialog = RestoreDialog(data_ctx, path=info.path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=20000)
    assert dialog.previous is not None
    dialog.previous.mkdir()  # the folder for the current data is taken
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible() and not dialog.busy(), timeout=20000)
    assert "The backup was not restored" in dialog.error_label.text()
    assert dialog.restored is None
    assert len(ws.facilities.list()) == 1  # the closed workspace reconnects


def test_file_menu_restore_reopens_the_app(data_ctx: AppContext, qtbot,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from inspector.ui.main_window import MainWindow

    window = MainWindow(data_ctx)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Back up…" in texts and "&Restore from backup…" in texts
    restarts: list[bool] = []
    monkeypatch.setattr(backup_dialog, "request_restart", lambda: restarts.append(True))

    class Declined(RestoreDialog):
        def exec(self) -> int:
            return 0

    class Restored(RestoreDialog):
        def exec(self) -> int:
            self.restored = object()  # type: ignore[assignment]
            return 1

    monkeypatch.setattr(backup_dialog, "RestoreDialog", Declined)
    window.restore_action.trigger()
    assert restarts == []
    monkeypatch.setattr(backup_dialog, "RestoreDialog", Restored)
    window.restore_action.trigger()
    assert restarts == [True]


def test_the_app_reopens_the_data_folder_after_a_restore(ws: Workspace, qapp,
                                                         tmp_path: Path) -> None:
    from inspector.ui.app import _run_window

    ws.close()
    opened: list[QWidget] = []

    def window(ctx: AppContext) -> QWidget:
        w = QWidget()
        opened.append(w)
        QTimer.singleShot(0, backup_dialog.request_restart)
        return w

    assert _run_window(qapp, ws.paths.root, window) == RESTART_EXIT_CODE
    assert not opened[0].isVisible()  # closed quietly, the app did not quit

    def last(ctx: AppContext) -> QWidget:
        w = QWidget()
        opened.append(w)
        QTimer.singleShot(0, lambda: QCoreApplication.exit(0))
        return w

    assert _run_window(qapp, ws.paths.root, last) == 0
    assert len(opened) == 2


def test_the_app_explains_an_unsafe_data_folder(qapp, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from inspector.ui.app import _run_window

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _parent, _title, text: shown.append(text))
    root = tmp_path / "OneDrive" / str(uuid.uuid4())
    assert _run_window(qapp, root, lambda ctx: QWidget()) == 1
    assert "not a safe place" in shown[0] and "cloud-synced" in shown[0]
    assert not root.exists()
