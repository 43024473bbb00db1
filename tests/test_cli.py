"""The command line, run as a user would: exit codes, messages, JSON output."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from inspector.facility_records import write_facility_template

from .test_checklists import ROOT, run_cli

SAMPLES = ROOT / "resources" / "samples"


def _dump(db: Path) -> list[tuple[object, ...]]:
    con = sqlite3.connect(db)
    rows = con.execute("SELECT * FROM facility ORDER BY credit_code").fetchall()
    con.close()
    return rows


def test_facilities_import_all_or_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok = run_cli("facilities", "import", str(SAMPLES / "facilities-sample.csv"), data_dir=data)
    assert ok.returncode == 0, ok.stderr
    assert "8 facilities were added" in ok.stdout
    before = _dump(data / "inspector.db")

    bad = run_cli("facilities", "import", str(SAMPLES / "facilities-bad.csv"), data_dir=data)
    assert bad.returncode == 1
    assert "line 3, column" in bad.stderr and "check digit" in bad.stderr
    assert "line 5" in bad.stderr and "nothing was imported" in bad.stderr
    assert "Traceback" not in bad.stderr
    assert _dump(data / "inspector.db") == before

    again = run_cli("facilities", "import", str(SAMPLES / "facilities-sample.csv"), data_dir=data)
    assert "0 facilities were added, 0 updated, 8 unchanged" in again.stdout

    partial = run_cli("facilities", "import", "--skip-invalid",
                      str(SAMPLES / "facilities-bad.csv"), data_dir=data)
    assert partial.returncode == 0 and "3 bad row(s) skipped" in partial.stdout
    listed = json.loads(run_cli("facilities", "list", "--format", "json",
                                data_dir=data).stdout)
    assert len(listed) == 8 + partial.stdout.count("1 facilities were added")


def test_facilities_import_refuses_unreadable_files(tmp_path: Path) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 not really a workbook")
    proc = run_cli("facilities", "import", str(junk), data_dir=tmp_path / "d")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    missing = run_cli("facilities", "import", str(tmp_path / "nope.csv"), data_dir=tmp_path / "d")
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    empty = tmp_path / "template.xlsx"
    write_facility_template(empty)
    proc = run_cli("facilities", "import", str(empty), data_dir=tmp_path / "d")
    assert proc.returncode == 1


def test_demo_fills_every_state_and_is_idempotent(tmp_path: Path) -> None:
    data = tmp_path / "demo"
    first = run_cli("demo", data_dir=data)
    assert first.returncode == 0, first.stderr
    rows = json.loads(run_cli("inspections", "list", "--format", "json", data_dir=data).stdout)
    assert {r["status"] for r in rows} == {"draft", "completed", "signed"}
    assert {"id", "facility", "kind", "date", "status", "score", "verdict"} <= set(rows[0])
    signed = [r for r in rows if r["status"] == "signed"]
    assert all(r["verdict"] in ("pass", "basic_pass", "fail") for r in signed)
    assert all(isinstance(r["score"], float) for r in signed)
    con = sqlite3.connect(data / "inspector.db")
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in
              ("finding", "photo", "signature", "answer_row", "audit_log")}
    con.close()
    assert all(counts.values()), counts
    assert len(list((data / "photos").rglob("*.jpg"))) >= 1

    second = run_cli("demo", data_dir=data)
    assert second.returncode == 0 and "nothing changed" in second.stdout
    assert len(json.loads(run_cli("inspections", "list", "--format", "json",
                                  data_dir=data).stdout)) == len(rows)


def test_settings_and_db_upgrade(tmp_path: Path) -> None:
    data = tmp_path / "d"
    created = run_cli("db", "upgrade", data_dir=data)
    assert created.returncode == 0 and "created" in created.stdout
    assert "up to date" in run_cli("db", "upgrade", data_dir=data).stdout
    assert run_cli("settings", "set", "deadline_days_major", "10", data_dir=data).returncode == 0
    assert "deadline_days_major = 10" in run_cli("settings", "show", data_dir=data).stdout
    bad = run_cli("settings", "set", "deadline_days_major", "ten", data_dir=data)
    assert bad.returncode == 1 and "must be a number" in bad.stderr


def test_usage_errors_exit_2_and_every_command_has_help() -> None:
    assert run_cli("nonsense").returncode == 2
    assert run_cli("inspections", "list", "--status", "lost").returncode == 2
    for cmd in (["checklists", "validate"], ["checklists", "list"], ["checklists", "export"],
                ["facilities", "import"], ["inspections", "list"], ["demo"], ["db", "upgrade"]):
        proc = run_cli(*cmd, "--help")
        assert proc.returncode == 0 and "usage:" in proc.stdout


def test_unusable_data_dir_is_a_clear_refusal(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    proc = run_cli("inspections", "list", data_dir=blocker / "sub")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    not_ours = tmp_path / "nd"
    not_ours.mkdir()
    (not_ours / "inspector.db").write_bytes(b"garbage" * 1000)
    proc = run_cli("inspections", "list", data_dir=not_ours)
    assert proc.returncode == 1 and "not a readable SQLite database" in proc.stderr


def test_no_command_without_a_display_is_a_clear_refusal(tmp_path: Path) -> None:
    """``inspector`` alone opens the window; where no window can open it says why."""
    import os
    import subprocess
    import sys

    import pytest

    if not sys.platform.startswith("linux"):
        pytest.skip("the no-display check is for Linux/X11/Wayland sessions")
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run([sys.executable, "-m", "inspector", "--data-dir", str(tmp_path / "d")],
                          capture_output=True, text=True, cwd=ROOT, timeout=120, env=env)
    assert proc.returncode == 1, proc.stderr
    assert "desktop window cannot start" in proc.stderr and "display" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "d").exists()  # nothing was created
