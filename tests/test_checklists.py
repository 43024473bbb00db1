"""The bundled checklists, the schema's refusals, and every citation against the seeds."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from inspector.checklists.loader import bundled_files, load_checklists, parse_checklist
from inspector.checklists.sources import load_sources

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "resources" / "seeds"
EXPECTED = {"morning-check", "fire-safety", "video-surveillance", "food-safety", "staff",
            "registration"}


def run_cli(*args: str, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    extra = ["--data-dir", str(data_dir)] if data_dir else []
    return subprocess.run([sys.executable, "-m", "inspector.cli", *extra, *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_the_six_bundled_checklists_load_cleanly() -> None:
    result = load_checklists()
    assert result.problems == []
    by_id = {c.id: c for c in result.checklists}
    assert set(by_id) == EXPECTED
    for c in by_id.values():
        assert len(c.items) >= 12, c.id
        assert c.title.zh and c.title.en
    staff = by_id["staff"]
    assert any(i.response.type == "repeat" for i in staff.items)
    video = by_id["video-surveillance"]
    assert any(i.response.type == "repeat" for i in video.items)
    retention = [i for i in video.items if i.response.threshold
                 and i.response.threshold.min == 90]
    assert retention, "video retention must be checked against 90 days"


def test_response_types_severities_and_conditions_are_all_used() -> None:
    items = [i for c in load_checklists().checklists for i in c.items]
    assert {i.response.type.value for i in items} >= {
        "pass_fail", "yes_no", "number", "date", "single_choice", "multiple_choice", "repeat"}
    assert {i.severity.value for i in items} == {"critical", "major", "minor"}
    assert any(i.applies_if and i.applies_if.takes_under_2 for i in items)
    assert any(i.applies_if and i.applies_if.serves_meals for i in items)
    assert all(i.citations for i in items)


def _independent_clause_texts(text: str) -> dict[str, str]:
    """A second, deliberately simple reading of a seed's numbering, so the test does
    not just trust the app's own clause index."""
    out: dict[str, list[str]] = {}
    top = part = item = None
    annex = None
    listing = False
    for line in text.splitlines():
        s = line.strip()
        if not s:
            continue
        if m := re.match(r"^附件\s*(\d*)\s*$", s):
            annex, listing = f"附件{m.group(1)}", False
        elif s.startswith(("附件：", "附件:")):
            listing = True
        elif annex is None and not listing:
            if m := re.match(r"^([一二三四五六七八九十]+)、", s):
                top, part, item = m.group(1), None, None
            elif top and (m := re.match(r"^[（(]([一二三四五六七八九十]+)[）)]", s)):
                part, item = m.group(1), None
            elif top and (m := re.match(r"^(\d{1,2})\s*[.．、]", s)):
                item = m.group(1)
        keys = [annex] if annex else [] if top is None else [
            top, f"{top}({part})" if part else None,
            f"{top}({part}){item}" if part and item else (f"{top}{item}" if item else None)]
        for k in filter(None, keys):
            out.setdefault(k, []).append(s)
    return {k: re.sub(r"\s+", "", "".join(v)).replace("（", "(").replace("）", ")")
            .replace("．", ".") for k, v in out.items()}


def test_json_export_citations_all_stand_in_the_seed_texts() -> None:
    proc = run_cli("checklists", "export", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    files = {s["id"]: s for s in data["sources"]}
    import yaml
    meta = {e["id"]: e["file"] for e in yaml.safe_load((SEEDS / "sources.yaml").read_text())}
    texts = {sid: _independent_clause_texts((SEEDS / meta[sid]).read_text(encoding="utf-8"))
             for sid in files}
    checked = 0
    for checklist in data["checklists"]:
        assert {"id", "version", "title", "sections"} <= set(checklist)
        for section in checklist["sections"]:
            for item in section["items"]:
                assert item["prompt"]["zh"] and item["prompt"]["en"]
                assert item["severity"] in ("critical", "major", "minor")
                assert item["citations"]
                for cit in item["citations"]:
                    clause = cit["clause"].replace("（", "(").replace("）", ")")
                    assert clause in texts[cit["source"]], (item["id"], cit)
                    quote = re.sub(r"\s+", "", cit["quote"]).replace("（", "(").replace("）", ")")
                    assert quote in texts[cit["source"]][clause], (item["id"], cit)
                    checked += 1
                for ref in item["references"]:
                    assert ref["grade"] in ("P", "S", "U")
    assert checked >= 6 * 12


def test_clause_index_finds_the_documents_structure() -> None:
    docs = load_sources()
    assert set(docs) == {"yuyao-2020", "pingliang-2020", "guangyuan-2020", "jiangyin-2021",
                         "zhangdian-2021"}
    assert docs["pingliang-2020"].clause_text("三(六)3") is not None
    assert "预收费不得超过1个月" in docs["pingliang-2020"].clause_text("三(六)3")
    assert docs["zhangdian-2021"].clause_text("二(六)11") is not None
    assert docs["jiangyin-2021"].clause_text("三5") is not None
    assert docs["pingliang-2020"].clause_text("三(九)1") is None


GOOD = """\
id: sample
version: "1.0"
title: {zh: 示例, en: Sample}
description: {zh: 示例, en: Sample}
department: health
kinds: [routine]
sections:
  - id: s1
    title: {zh: 一, en: One}
    items:
      - id: morning
        prompt: {zh: 晨检, en: Morning check}
        guidance: {zh: 查记录, en: See the log}
        methods: [record]
        response: {type: pass_fail}
        severity: major
        action: {zh: 落实, en: Do it}
        citations:
          - {source: pingliang-2020, clause: 三(二)3, quote: 严格落实每日晨检}
"""

BROKEN = {
    "yaml": ("version: [1\n", r"line \d+: not valid YAML"),
    "duplicate": (GOOD.replace("severity: major", "severity: major\n        severity: minor"),
                  r"line 17: not valid YAML: duplicate key 'severity'"),
    "unknown-key": (GOOD.replace("weight", "x").replace("severity: major",
                                                       "severity: major\n        colour: red"),
                    r"line 17 \(sections\[0\]\.items\[0\]\.colour <morning>\): unknown key"),
    "missing": (GOOD.replace("        action: {zh: 落实, en: Do it}\n", ""),
                r"\(sections\[0\]\.items\[0\] <morning>\): action is missing"),
    "bad-type": (GOOD.replace("type: pass_fail", "type: number"),
                 r"line 15 .*a number needs a unit"),
    "wrong-clause": (GOOD.replace("三(二)3", "三(二)2"),
                     r"line 19 .*quote is not in pingliang-2020 三\(二\)2 "
                     r"\(it stands in 三\(二\)3\)"),
    "no-clause": (GOOD.replace("三(二)3", "九(九)9"), r"has no clause 九\(九\)9"),
    "bad-severity": (GOOD.replace("severity: major", "severity: fatal"),
                     r"line 16 .*severity.*'critical', 'major' or 'minor'"),
    "not-mapping": ("- just\n- a list\n", r"line 1: expected a mapping"),
    "binary": ("\udcff", r"not UTF-8"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_files_are_refused_with_file_line_and_reason(tmp_path: Path, case: str) -> None:
    text, pattern = BROKEN[case]
    path = tmp_path / f"{case}.yaml"
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    good = tmp_path / "good.yaml"
    good.write_text(GOOD, encoding="utf-8")
    result = load_checklists([good, path])
    assert [c.id for c in result.checklists] == ["sample"]  # the good file still loads
    messages = [str(p) for p in result.problems]
    assert messages and all(m.startswith(str(path)) for m in messages)
    assert any(re.search(pattern, m) for m in messages), messages

    proc = run_cli("checklists", "validate", str(good), str(path))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert re.search(pattern, proc.stderr), proc.stderr
    assert "ok: sample" in proc.stdout


def test_validate_cli_exit_codes(tmp_path: Path) -> None:
    ok = run_cli("checklists", "validate")
    assert ok.returncode == 0 and ok.stdout.count("ok:") == 6
    assert run_cli("checklists", "validate", str(tmp_path / "missing.yaml")).returncode == 1
    assert run_cli("checklists", "frobnicate").returncode == 2
    assert run_cli("checklists", "validate", "--bogus").returncode == 2


def test_same_id_and_version_twice_is_refused(tmp_path: Path) -> None:
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text(GOOD, encoding="utf-8")
    b.write_text(GOOD.replace("晨检, en", "晨午检, en"), encoding="utf-8")
    result = load_checklists([a, b])
    assert len(result.checklists) == 1 and "already defined" in str(result.problems[0])


def test_every_bundled_file_parses_on_its_own() -> None:
    for path in bundled_files():
        assert parse_checklist(path).version


# --- number ranges ------------------------------------------------------------------------

COUNT_UNITS = {"units", "cameras", "guards", "days"}


def test_every_bundled_number_declares_a_physical_range() -> None:
    numbers = []
    for checklist in load_checklists().checklists:
        for item in checklist.items:
            specs = [item.response, *item.response.columns]
            numbers += [(item.id, s) for s in specs if s.type == "number"]
    assert len(numbers) >= 14
    for item_id, spec in numbers:
        r = spec.range
        assert r is not None, item_id
        assert r.min < r.max
        if spec.unit.en != "°C":
            assert r.min == 0, item_id  # counts, measures, durations are never negative
        if spec.unit.en in COUNT_UNITS:
            assert r.integer, item_id  # counted things are whole
        if spec.threshold is not None:
            assert r.contains(spec.threshold), item_id


RANGED = GOOD.replace("response: {type: pass_fail}", """response:
          type: number
          unit: {zh: 天, en: days}
          range: {min: 0, max: 3650, integer: true}
          threshold: {min: 90}""")


@pytest.mark.parametrize(("change", "pattern"), [
    (("          range: {min: 0, max: 3650, integer: true}\n", ""),
     r"line 15 .*<morning>\): a number needs a range"),
    (("threshold: {min: 90}", "threshold: {min: 5000}"),
     r"line 15 .*the threshold lies outside the range 0 to 3650"),
    (("range: {min: 0, max: 3650, integer: true}", "range: {min: 10, max: 0}"),
     r"range min must be less than max"),
    (("range: {min: 0, max: 3650, integer: true}", "range: {min: 0.5, max: 3650, integer: true}"),
     r"an integer range needs whole-number bounds"),
    (("range: {min: 0, max: 3650, integer: true}", "range: {min: 0, max: 9, step: 1}"),
     r"unknown key 'step'"),
])
def test_ranges_are_checked_in_files(tmp_path: Path, change: tuple[str, str],
                                     pattern: str) -> None:
    good = tmp_path / "ranged.yaml"
    good.write_text(RANGED, encoding="utf-8")
    assert parse_checklist(good).items[0].response.range.max == 3650
    bad = tmp_path / "bad.yaml"
    assert change[0] in RANGED
    bad.write_text(RANGED.replace(*change), encoding="utf-8")
    problems = load_checklists([bad]).problems
    assert any(re.search(pattern, str(p)) for p in problems), [str(p) for p in problems]


def test_a_range_belongs_to_numbers_only(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(GOOD.replace("response: {type: pass_fail}",
                                 "response: {type: pass_fail, range: {min: 0, max: 1}}"),
                    encoding="utf-8")
    assert "range is only for numbers" in str(load_checklists([path]).problems[0])


def old_version(checklist_id: str) -> dict:
    """A bundled checklist as it was in version 1.0, before numbers had ranges: the
    same file without its range lines."""
    import yaml

    path = next(p for p in bundled_files() if p.stem == checklist_id)
    text = re.sub(r"(?m)^\s*range: .*\n", "", path.read_text(encoding="utf-8"))
    data = yaml.safe_load(text)
    data["version"] = "1.0"
    return data


def _keys(node: object) -> set[str]:
    if isinstance(node, dict):
        return set(node) | {k for v in node.values() for k in _keys(v)}
    if isinstance(node, list):
        return {k for v in node for k in _keys(v)}
    return set()


def test_stored_versions_without_ranges_still_validate_and_keep_their_hash() -> None:
    from inspector.catalog import content_hash
    from inspector.checklists.schema import Checklist

    for checklist in load_checklists().checklists:
        data = old_version(checklist.id)
        old = Checklist.model_validate(data)  # as Catalog.version and bundles read it
        assert all(i.response.range is None for i in old.items)
        dumped = old.model_dump(mode="json")
        assert not _keys(dumped) & {"range"}  # dumps exactly as before ranges existed
        assert content_hash(Checklist.model_validate(dumped)) == content_hash(old)
        assert content_hash(old) != content_hash(checklist)
        assert checklist.version != old.version  # the changed content has a new number
