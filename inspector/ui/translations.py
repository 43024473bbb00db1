"""Extracting and compiling the UI translations.

English is the source language (the literals in ``tr()`` calls); Chinese lives in
``resources/translations/inspector_zh_CN.ts``. ``inspector_en.ts`` holds only the
English plural forms: its plural messages (``tr("%n item(s)", "", n)``) are translated
to "%n item" / "%n items", every other message stays unfinished so Qt shows the
source text. Usage::

    python -m inspector.ui.translations update    # scan inspector/ui/**/*.py into the .ts files
    python -m inspector.ui.translations compile   # .ts -> .qm (a build output)

``ensure_compiled()`` compiles a ``.qm`` that is missing or older than its ``.ts``;
the app calls it at start-up. Without the Qt tools it logs a warning and the app
shows English.
"""

from __future__ import annotations

import ast
import html
import logging
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from inspector.resources import resource_path

log = logging.getLogger(__name__)

UI_DIR = Path(__file__).resolve().parent
# language code used by the app -> Qt locale suffix of its translation file
# ("en" only carries the plural forms of the English source strings)
LOCALES = {"zh": "zh_CN", "en": "en"}
PREFIX = "inspector"


def translations_dir() -> Path:
    return resource_path("translations")


def ts_file(language: str) -> Path:
    return translations_dir() / f"{PREFIX}_{LOCALES[language]}.ts"


def qm_file(language: str) -> Path:
    return ts_file(language).with_suffix(".qm")


class ToolMissing(RuntimeError):
    """pyside6-lupdate / pyside6-lrelease cannot be found."""


def find_tool(name: str) -> Path:
    """The Qt linguist tool ``name`` ("lupdate" or "lrelease").

    Looked for as the binary inside the PySide6 package, then as the
    ``pyside6-<name>`` script next to the running interpreter, then on PATH.
    """
    exe = ".exe" if sys.platform.startswith("win") else ""
    candidates: list[Path] = []
    try:
        import PySide6

        candidates.append(Path(PySide6.__file__).resolve().parent / f"{name}{exe}")
    except ImportError:  # pragma: no cover - the UI needs PySide6 anyway
        pass
    candidates.append(Path(sys.executable).parent / f"pyside6-{name}{exe}")
    for path in candidates:
        if path.is_file() and os.access(path, os.X_OK):
            return path
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found:
        return Path(found)
    raise ToolMissing(f"{name} not found (install PySide6 with its tools: pyside6-{name})")


def sources() -> list[Path]:
    """Every Python file of the UI, in a stable order."""
    return sorted(p for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def update(directory: Path | None = None, quiet: bool = False) -> list[Path]:
    """Refresh the .ts files from the ``tr()`` calls in the UI sources: new messages
    are added unfinished, existing translations are kept, vanished ones dropped.
    ``directory`` holds the .ts files (default: the bundled translations); ``quiet``
    silences lupdate's report of what it found."""
    tool = find_tool("lupdate")
    folder = Path(directory) if directory is not None else translations_dir()
    folder.mkdir(parents=True, exist_ok=True)
    plural = plural_calls()
    written = []
    for language in LOCALES:
        target = folder / ts_file(language).name
        before = _numerus_forms(target.read_text("utf-8")) if target.is_file() else {}
        # No source locations: line numbers change with every edit and would make
        # every branch that touches the UI conflict in the .ts files.
        cmd = [str(tool), *map(str, sources()), "-no-obsolete", "-locations", "none",
               *(["-silent"] if quiet else []),
               "-source-language", "en", "-target-language", LOCALES[language],
               "-ts", str(target)]
        subprocess.run(cmd, check=True)
        target.write_text(_restore_numerus(target.read_text("utf-8"), plural, before),
                          "utf-8")
        written.append(target)
    return written


def plural_calls() -> set[tuple[str, str]]:
    """(context, source) of every ``QCoreApplication.translate(ctx, text, comment, n)``
    in the UI. lupdate of PySide6 before 6.12 sees only ``self.tr(text, comment, n)``
    as a plural message; these would lose their plural forms."""
    found: set[tuple[str, str]] = set()
    for path in sources():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "translate" and len(node.args) >= 4
                    and all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                            for a in node.args[:2])):
                found.add((str(node.args[0].value), str(node.args[1].value)))  # type: ignore[attr-defined]
    return found


_CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
_MESSAGE = re.compile(r"( *)<message( numerus=\"yes\")?>(.*?)</message>", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_TRANSLATION = re.compile(r"( *)<translation( type=\"[a-z]+\")?>(.*?)</translation>", re.S)
_FORM = re.compile(r"<numerusform>(.*?)</numerusform>", re.S)


def _messages(ts: str) -> list[tuple[str, re.Match[str]]]:
    out = []
    for context in _CONTEXT.finditer(ts):
        name = html.unescape(context.group(1))
        for message in _MESSAGE.finditer(context.group(0)):
            out.append((name, message))
    return out


def _numerus_forms(ts: str) -> dict[tuple[str, str], tuple[str, list[str]]]:
    """{(context, source): (translation type attribute, [forms as written])}."""
    forms = {}
    for context, message in _messages(ts):
        source = _SOURCE.search(message.group(3))
        translation = _TRANSLATION.search(message.group(3))
        if message.group(2) and source and translation:
            forms[(context, html.unescape(source.group(1)))] = (
                translation.group(2) or "", _FORM.findall(translation.group(3)))
    return forms


def _restore_numerus(ts: str, plural: set[tuple[str, str]],
                     before: dict[tuple[str, str], tuple[str, list[str]]]) -> str:
    """Make every message of ``plural`` a plural message again, with the forms it had."""
    def fix_context(context: re.Match[str]) -> str:
        name = html.unescape(context.group(1))

        def fix_message(message: re.Match[str]) -> str:
            indent, numerus, body = message.groups()
            source = _SOURCE.search(body)
            if numerus or not source or (name, html.unescape(source.group(1))) not in plural:
                return message.group(0)
            key = (name, html.unescape(source.group(1)))
            translation = _TRANSLATION.search(body)
            if translation is None:
                return message.group(0)
            kind, forms = before.get(key, (translation.group(2) or "",
                                           [translation.group(3)]))
            pad = translation.group(1)
            block = "".join(f"{pad}    <numerusform>{f}</numerusform>\n" for f in forms)
            body = (body[:translation.start()] + f"{pad}<translation{kind}>\n{block}{pad}"
                    "</translation>" + body[translation.end():])
            return f'{indent}<message numerus="yes">{body}</message>'

        return _MESSAGE.sub(fix_message, context.group(0))

    return _CONTEXT.sub(fix_context, ts)


def compile_one(language: str, tool: Path | None = None,
                source: Path | None = None, target: Path | None = None) -> Path:
    """Compile the .ts of ``language`` (or ``source``) into its .qm (or ``target``)."""
    tool = tool or find_tool("lrelease")
    source = source or ts_file(language)
    target = target or source.with_suffix(".qm")
    proc = subprocess.run([str(tool), "-silent", str(source), "-qm", str(target)],
                          capture_output=True, text=True)
    if proc.returncode != 0 or not target.is_file():
        raise RuntimeError(f"lrelease failed for {source}: {proc.stderr.strip()}")
    return target


def compile_all(directory: Path | None = None) -> list[Path]:
    """Compile every .ts into a .qm next to it, or into ``directory``."""
    tool = find_tool("lrelease")
    out = [compile_one(lang, tool, target=None if directory is None
                       else Path(directory) / qm_file(lang).name)
           for lang in LOCALES if ts_file(lang).is_file()]
    # Hand-kept fixes of Qt's own labels (see inspector/ui/app.py: install_qt_translator)
    for ts in sorted(translations_dir().glob("qt_fixes_*.ts")):
        qm = ts.with_suffix(".qm") if directory is None else Path(directory) / f"{ts.stem}.qm"
        out.append(compile_one("", tool, source=ts, target=qm))
    return out


def needs_compile(language: str) -> bool:
    ts, qm = ts_file(language), qm_file(language)
    if not ts.is_file():
        return False
    return not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime


def ensure_compiled() -> dict[str, Path | None]:
    """Compile stale translations; {language: .qm path or None when unavailable}.

    Never raises: a missing tool or a broken .ts is logged and that language
    falls back to English (the source strings).
    """
    result: dict[str, Path | None] = {}
    for language in LOCALES:
        if needs_compile(language):
            try:
                compile_one(language)
            except (ToolMissing, RuntimeError, OSError) as exc:
                log.warning("translation %s not compiled (%s); showing English", language, exc)
        qm = qm_file(language)
        result[language] = qm if qm.is_file() else None
    return result


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["update"]:
        for path in update():
            print(f"updated {path}")
        return 0
    if args == ["compile"]:
        for path in compile_all():
            print(f"compiled {path}")
        return 0
    print("usage: python -m inspector.ui.translations update|compile", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
