"""The core never imports Qt: it must run from the CLI and tests without a display."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = [p for p in (ROOT / "inspector").rglob("*.py")
        if not {"ui", "gui"} & set(p.relative_to(ROOT / "inspector").parts)]


def test_no_core_module_imports_pyside() -> None:
    modules = sorted(".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(
        ".__init__") for p in CORE if "migrations" not in p.parts)
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
            + "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
            + "print(len(sys.modules)); assert not bad, bad\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    for path in CORE:
        assert "PySide6" not in path.read_text(encoding="utf-8"), path


UI = sorted((ROOT / "inspector" / "ui").rglob("*.py"))
# What belongs to storage: the UI reaches data only through the core's services.
STORAGE_MODULES = ("sqlalchemy", "sqlmodel", "sqlite3", "inspector.storage")


def test_the_ui_never_touches_the_database_directly() -> None:
    import ast

    assert UI, "no UI modules found"
    for path in UI:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                # the Actor value (who makes a change) is the one thing the UI hands down
                allowed = node.module == "inspector.storage.database" and [
                    a.name for a in node.names] == ["Actor"]
                names = [] if allowed else [node.module or ""]
            else:
                names = []
            for name in names:
                assert not name.startswith(STORAGE_MODULES), f"{path}: imports {name}"
            if isinstance(node, ast.Attribute) and node.attr == "db":
                raise AssertionError(f"{path}:{node.lineno}: uses the database (.db)")
