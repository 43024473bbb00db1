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
