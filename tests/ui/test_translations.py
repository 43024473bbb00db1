"""The UI translations: the .ts files match the sources, Chinese is complete and keeps
every placeholder, English has its plural forms, and the compiled .qm works."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from inspector.ui import translations
from inspector.ui.translations import LOCALES, ToolMissing, compile_one, ts_file

Key = tuple[str, str, bool]  # (context, source, numerus)


@dataclass(frozen=True)
class Message:
    finished: bool
    forms: tuple[str, ...]  # the translation, or its numerus forms


def read_ts(path: Path) -> dict[Key, Message]:
    messages: dict[Key, Message] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            numerus = message.get("numerus") == "yes"
            key = (name, message.findtext("source") or "", numerus)
            assert key not in messages, f"duplicate message {key}"
            translation = message.find("translation")
            assert translation is not None, key
            if numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            messages[key] = Message(finished, forms)
    return messages


def tool(name: str) -> Path:
    try:
        return translations.find_tool(name)
    except ToolMissing as exc:  # pragma: no cover - the dev set-up has the tools
        pytest.skip(str(exc))


@pytest.fixture(scope="module")
def committed() -> dict[str, dict[Key, Message]]:
    return {lang: read_ts(ts_file(lang)) for lang in LOCALES}


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[Key, Message]]:
    """The .ts files as ``update`` would leave them after scanning today's sources."""
    tool("lupdate")
    folder = tmp_path_factory.mktemp("ts")
    for lang in LOCALES:
        shutil.copy(ts_file(lang), folder / ts_file(lang).name)
    written = translations.update(folder, quiet=True)
    return {lang: read_ts(path) for lang, path in zip(LOCALES, written, strict=True)}


PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d+|%[vmp]\b")
TAG = re.compile(r"<[^<>]+>")
ACCELERATOR = re.compile(r"&(?!(?:amp|lt|gt|quot|apos|nbsp);)(\w)")
NAME_FILTER = re.compile(r"\((\*[^()]*|\{patterns\})\)")  # QFileDialog: ASCII parentheses


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def test_ts_files_are_up_to_date_with_the_sources(committed, refreshed) -> None:
    for lang in LOCALES:
        assert set(refreshed[lang]) == set(committed[lang]), (
            f"{ts_file(lang).name} is stale: run `python -m inspector.ui.translations update` "
            "and translate the new messages")
    assert not [k for k, m in refreshed["zh"].items() if not m.finished]
    assert not [k for k, m in refreshed["en"].items() if k[2] and not m.finished]


def test_every_count_in_the_sources_is_a_plural_message(committed) -> None:
    # lupdate of PySide6 6.11 misses QCoreApplication.translate(ctx, text, "", n): as a
    # plural (update() restores it) and entirely when n is an attribute.
    calls = translations.plural_calls()
    assert calls
    for lang in LOCALES:
        missing = [c for c in calls if (*c, True) not in committed[lang]]
        assert not missing, f"{lang}: not plural messages: {missing}"


def test_every_chinese_message_is_translated(committed) -> None:
    zh = committed["zh"]
    assert len(zh) > 400
    bad = [k for k, m in zh.items()
           if not m.finished or not m.forms or not all(f.strip() for f in m.forms)]
    assert not bad
    # Chinese has one plural form
    assert all(len(m.forms) == 1 for m in zh.values())


def test_translations_keep_placeholders_markup_and_accelerators(committed) -> None:
    problems = []
    for lang, messages in committed.items():
        for (context, source, _), message in messages.items():
            for form in message.forms if message.finished else ():
                where = f"{lang} {context}: {source!r} -> {form!r}"
                if placeholders(form) != placeholders(source):
                    problems.append("placeholders " + where)
                if Counter(TAG.findall(form)) != Counter(TAG.findall(source)):
                    problems.append("markup " + where)
                if ([a.lower() for a in ACCELERATOR.findall(form)]
                        != [a.lower() for a in ACCELERATOR.findall(source)]):
                    problems.append("accelerator " + where)
                if NAME_FILTER.findall(form) != NAME_FILTER.findall(source):
                    problems.append("file-dialog filter " + where)
    assert not problems, "\n".join(problems)


def test_english_has_only_the_plural_forms(committed) -> None:
    en = committed["en"]
    plurals = {k: m for k, m in en.items() if k[2]}
    assert plurals
    for (context, source, _), message in plurals.items():
        assert message.finished, (context, source)
        assert len(message.forms) == 2 and all(f.strip() for f in message.forms), source
        singular, plural = message.forms
        assert "%n" in singular and "%n" in plural, source
    others = [k for k, m in en.items() if not k[2] and (m.finished or any(m.forms))]
    assert not others, "English non-plural messages must stay unfinished (source shown)"


def test_compiled_translations_load(tmp_path: Path) -> None:
    lrelease = tool("lrelease")
    loaded = {}
    for lang in LOCALES:
        qm = compile_one(lang, lrelease, target=tmp_path / f"{lang}.qm")
        translator = QTranslator()
        assert translator.load(str(qm)), qm
        loaded[lang] = translator
    zh, en = loaded["zh"], loaded["en"]
    assert zh.translate("MainWindow", "&File") == "文件(&F)"
    assert zh.translate("MainWindow", "&Help") == "帮助(&H)"
    assert zh.translate("MainWindow", "Settings") == "设置"
    assert zh.translate("InspectionLabels", "Basic pass") == "基本合格"
    assert zh.translate("InspectionLabels", "Pass") == "合格"
    assert zh.translate("ChoiceButtons", "Pass") == "符合"
    # the translator picks the plural form; QCoreApplication.translate fills in %n
    assert zh.translate("MainWindow", "%n inspection(s)", "", 3) == "%n 条检查记录"
    assert en.translate("MainWindow", "%n inspection(s)", "", 1) == "%n inspection"
    assert en.translate("MainWindow", "%n inspection(s)", "", 3) == "%n inspections"
    assert en.translate("MainWindow", "%n facility(ies)", "", 1) == "%n facility"
    assert en.translate("MainWindow", "%n facility(ies)", "", 0) == "%n facilities"
    # everything else falls back to the English source text
    assert en.translate("MainWindow", "&File") == ""
