"""The app killed (SIGKILL) while its import dialog applies a large bundle: on reopening,
nothing of the bundle is in the database, the database is intact, and the same bundle
then imports whole."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ..sync_kit import Office, laptop, snapshot

ROOT = Path(__file__).resolve().parents[2]

# The real import dialog, offscreen. Copying photos is slowed down (a slow USB stick)
# so that the kill lands while the import's transaction is open; each copied photo is
# announced on stdout.
CHILD = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication
    from inspector.photos import PhotoStore
    from inspector.ui.bundle_import import BundleImportDialog
    from inspector.ui.context import AppContext
    from inspector.workspace import Workspace

    put = PhotoStore.put_checked
    def slow_put(self, sha, source):
        time.sleep(0.1)
        done = put(self, sha, source)
        print("photo", sha[:12], flush=True)
        return done
    PhotoStore.put_checked = slow_put

    app = QApplication([])
    ctx = AppContext.open(Workspace.open(Path(sys.argv[1])))
    dialog = BundleImportDialog(ctx, None)
    dialog.show()
    loop = QEventLoop()
    dialog.preview_ready.connect(loop.quit)
    dialog.load(Path(sys.argv[2]))
    loop.exec()
    print("previewed", flush=True)
    dialog.start_import()
    dialog.import_finished.connect(app.quit)
    app.exec()
    print("DONE", flush=True)
""")


@pytest.fixture(scope="module")
def office() -> Office:
    return Office.create(["WJ-001", "XF-002"])


def test_app_killed_while_importing_keeps_nothing_half_imported(tmp_path: Path,
                                                                office: Office) -> None:
    from inspector.demo import load_demo
    from inspector.workspace import Workspace

    a = laptop(tmp_path, "a", office, "WJ-001")
    load_demo(a.ws)
    total, facilities = a.ws.inspections.count(), len(a.ws.facilities.list())
    bundle = a.export()
    a.ws.close()
    b = laptop(tmp_path, "b", office, "XF-002")
    root = b.ws.paths.root
    before = snapshot(b.ws)
    b.ws.close()

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(root), str(bundle)],
                             stdout=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    seen = []
    for line in child.stdout:
        seen.append(line.strip())
        if sum(1 for s in seen if s.startswith("photo")) == 5:
            child.send_signal(signal.SIGKILL)
            break
    child.wait(timeout=120)
    assert "previewed" in seen and "DONE" not in seen
    assert child.returncode == -signal.SIGKILL

    ws = Workspace.open(root)
    try:
        with ws.db.read() as s:
            assert s.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert snapshot(ws) == before  # not one record of the bundle
        summary = ws.sync.import_bundle(bundle, b.actor)
        assert summary.counts()["rejected"] == 0
        assert ws.inspections.count() == total
        assert len(ws.facilities.list()) == facilities
    finally:
        ws.close()
