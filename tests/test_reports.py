"""The inspection report and the rectification notice, read back from real PDFs.

One demo workspace (``load_demo``, a few seconds) is built for the module; its
most photographed signed inspection is rendered in zh, en and both, and the text
pypdf extracts is compared with the database.
"""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from inspector.demo import load_demo
from inspector.inspection_records import InspectionDetail
from inspector.reports import inspection_digest, render_notice, render_report
from inspector.reports.labels import source_title
from inspector.reports.text import FORBIDDEN_LINE_START
from inspector.workspace import Workspace
from tests.tooling import need

NUMBER = "TEST-2026-00001"
ISSUER = "江阴市卫生健康委员会"
LANGS = ("zh", "en", "both")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    ws = Workspace.open(tmp_path_factory.mktemp("reports") / "data")
    load_demo(ws)
    yield ws
    ws.close()


def _photos(d: InspectionDetail) -> int:
    return sum(len(a.photos) for k, a in d.answers.items() if d.applicable.get(k, True))


@pytest.fixture(scope="module")
def detail(demo: Workspace) -> InspectionDetail:
    signed = [demo.inspections.detail(uuid.UUID(str(s.id)))
              for s in demo.inspections.list(status="signed")]
    best = max(signed, key=lambda d: (_photos(d), len(d.findings)))
    assert _photos(best) > 0 and best.findings and best.signatures
    return best


@pytest.fixture(scope="module")
def reports(detail: InspectionDetail) -> dict[str, bytes]:
    return {lang: render_report(detail, lang=lang, report_number=NUMBER, issuer=ISSUER)
            for lang in LANGS}


@pytest.fixture(scope="module")
def notices(detail: InspectionDetail) -> dict[str, bytes]:
    open_findings = [f for f in detail.findings if f.status == "open"]
    return {lang: render_notice(detail, open_findings, lang=lang, report_number=NUMBER,
                                issuer=ISSUER) for lang in LANGS}


def _pages(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages]


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _prompts(d: InspectionDetail, lang: str) -> list[str]:
    items = {(c.id, i.id): i for c in d.checklists for i in c.items}
    failed = [k for k, a in d.answers.items() if a.result == "fail" and d.applicable.get(k)]
    assert failed
    langs = ("zh", "en") if lang == "both" else (lang,)
    return [getattr(items[k].prompt, x) for k in failed for x in langs]


@pytest.mark.parametrize("lang", LANGS)
def test_report_text_matches_the_database(reports: dict[str, bytes], detail: InspectionDetail,
                                          lang: str) -> None:
    pages = _pages(reports[lang])
    text = _flat("\n".join(pages))
    f = detail.facility
    assert _flat(f.name) in text and f.credit_code in text and _flat(f.address) in text
    for prompt in _prompts(detail, lang):
        assert _flat(prompt) in text, prompt
    open_findings = [x for x in detail.findings if x.status != "withdrawn"]
    for finding in open_findings:
        assert _flat(finding.required_action) in text, finding.required_action
        assert finding.deadline.isoformat() in text
    for member in detail.team:
        assert member.inspector.badge_number in text
        assert _flat(member.inspector.name) in text
    for sig in detail.signatures:
        assert _flat(sig.signer_name) in text
    assert inspection_digest(detail) in text
    total = len(pages)
    assert total > 2
    for n, page in enumerate(pages, start=1):
        flat = _flat(page)
        assert NUMBER in flat, f"report number missing on page {n}"
        expected = {"zh": [f"第{n}页共{total}页"], "en": [f"Page{n}of{total}"],
                    "both": [f"第{n}页共{total}页", f"Page{n}of{total}"]}[lang]
        for e in expected:
            assert e in flat, f"page {n}: {e} not found"


def _font_problems(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    problems = []

    def check(resources: object, where: str) -> None:
        if not resources:
            return
        res = resources.get_object()  # type: ignore[attr-defined]
        for name, ref in (res.get("/Font") or {}).items():
            font = ref.get_object()
            fonts = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
            for f in fonts:
                desc = f.get("/FontDescriptor")
                desc = desc.get_object() if desc is not None else {}
                if "/FontFile2" not in desc and "/FontFile3" not in desc:
                    problems.append(f"{where}: {name} {font.get('/BaseFont')} not embedded")
        for name, ref in (res.get("/XObject") or {}).items():
            xo = ref.get_object()
            if xo.get("/Subtype") == "/Form":
                check(xo.get("/Resources"), f"{where} form {name}")

    for n, page in enumerate(reader.pages, start=1):
        check(page.get("/Resources"), f"page {n}")
    return problems


@pytest.mark.parametrize("lang", LANGS)
def test_every_font_is_embedded(reports: dict[str, bytes], notices: dict[str, bytes],
                                lang: str) -> None:
    for pdf in (reports[lang], notices[lang]):
        assert _font_problems(pdf) == []
        assert b"Helvetica" not in pdf
        assert b"/FontFile2" in pdf


@pytest.mark.parametrize("lang", LANGS)
def test_no_line_starts_with_closing_punctuation(reports: dict[str, bytes],
                                                 notices: dict[str, bytes], lang: str) -> None:
    for pdf in (reports[lang], notices[lang]):
        for page in _pages(pdf):
            for line in page.splitlines():
                assert line.strip()[:1] not in FORBIDDEN_LINE_START or not line.strip(), line


def test_layout_engine_keeps_commas_off_line_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    import reportlab.lib.textsplit as textsplit
    import reportlab.platypus.paragraph as rl_paragraph
    from reportlab.platypus import Paragraph

    from inspector.reports.layout import Styles
    from inspector.reports.text import RL_DUMB_SPLIT, line_texts

    styles = Styles()
    text = "检查，发现，问题，需要，整改，立即，落实，到位。" * 6
    texts = [text, "<b>粗</b>" + text]  # one fragment and several fragments
    width = 100  # puts a comma at a line start without the fix
    for markup in texts:
        lines = line_texts(Paragraph(markup, styles.style("body")), width)
        assert len(lines) > 5
        assert not [x for x in lines if x[:1] in FORBIDDEN_LINE_START], lines
    assert "".join(line_texts(Paragraph(text, styles.style("body")), width)) == text
    # runs of two closing marks, at every width
    runs = "依据「托育机构设置标准」；发现问题（已整改）。记录“完整”，" * 8
    for w in range(40, 260, 3):
        lines = line_texts(Paragraph(runs, styles.style("body")), w)
        assert not [x for x in lines if x[:1] in FORBIDDEN_LINE_START], (w, lines)
        assert "".join(lines) == runs
    # the same paragraphs with ReportLab's own rules do start lines with a comma
    original = "".join(textsplit.CANNOT_START_LINE)
    monkeypatch.setattr(textsplit, "ALL_CANNOT_START", original)
    monkeypatch.setattr(rl_paragraph, "ALL_CANNOT_START", original)
    monkeypatch.setattr(textsplit, "dumbSplit", RL_DUMB_SPLIT)
    for markup in texts:
        lines = line_texts(Paragraph(markup, styles.style("body")), width)
        assert [x for x in lines if x[:1] == "，"], lines


def _images(pdf: bytes) -> dict[int, tuple[int, int, str]]:
    found: dict[int, tuple[int, int, str]] = {}
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        xobjects = (page.get("/Resources") or {}).get("/XObject") or {}
        for ref in xobjects.values():
            xo = ref.get_object()
            if xo.get("/Subtype") == "/Image":
                found[ref.idnum] = (int(xo["/Width"]), int(xo["/Height"]),
                                    str(xo.get("/Filter")))
    return found


def test_photos_and_signatures_are_embedded_as_images(reports: dict[str, bytes],
                                                       detail: InspectionDetail) -> None:
    for pdf in reports.values():
        images = _images(pdf)
        jpegs = [i for i in images.values() if "DCTDecode" in i[2]]
        assert len(jpegs) >= _photos(detail)
        assert all(max(w, h) <= 800 for w, h, _ in jpegs)  # scaled down for the grid
        current = [s for s in detail.signatures if not s.superseded]
        assert len(images) >= _photos(detail) + len({s.image_png for s in current})
        assert len(pdf) < 8_000_000


@pytest.mark.parametrize("lang", LANGS)
def test_notice_lists_actions_deadlines_and_receipt(notices: dict[str, bytes],
                                                    detail: InspectionDetail, lang: str) -> None:
    pages = _pages(notices[lang])
    text = _flat("\n".join(pages))
    assert _flat(detail.facility.name) in text and detail.facility.credit_code in text
    open_findings = [f for f in detail.findings if f.status == "open"]
    assert open_findings
    items = {(c.id, i.id): i for c in detail.checklists for i in c.items}
    for f in open_findings:
        assert _flat(f.required_action) in text
        assert f.deadline.isoformat() in text
        clause = items[f.checklist_id, f.item_id].citations[0]
        assert _flat(f"{source_title(clause.source)}{clause.clause}") in text
    receipt = {"zh": ["本通知书已收到"], "en": ["Ihavereceivedthisnotice"],
               "both": ["本通知书已收到", "Ihavereceivedthisnotice"]}[lang]
    for r in receipt:
        assert r in text
    for member in detail.team:
        assert member.inspector.badge_number in text
    for page in pages:
        assert NUMBER in _flat(page)


def test_both_has_chinese_and_english_labels(reports: dict[str, bytes],
                                             notices: dict[str, bytes]) -> None:
    text = _flat("\n".join(_pages(reports["both"])))
    pairs = [("被检查机构", "Facility"), ("检查结论", "Result"), ("整改要求", "Requiredaction"),
             ("统一社会信用代码", "Unifiedsocialcreditcode"), ("签名", "Signatures")]
    for zh, en in pairs:
        assert zh in text and en in text
    assert "托育机构安全卫生检查记录" in text and "ChildcareFacilitySafety" in text
    zh_only = _flat("\n".join(_pages(reports["zh"])))
    assert "Requiredaction" not in zh_only
    notice = _flat("\n".join(_pages(notices["both"])))
    assert "整改通知书" in notice and "RectificationNotice" in notice


def test_digest_is_stable_and_follows_the_answers(demo: Workspace,
                                                  detail: InspectionDetail) -> None:
    again = demo.inspections.detail(uuid.UUID(detail.id))
    digest = inspection_digest(detail)
    assert re.fullmatch(r"[0-9a-f]{64}", digest)
    assert inspection_digest(again) == digest
    key, answer = next((k, a) for k, a in detail.answers.items() if a.note)
    changed = dict(detail.answers)
    changed[key] = dataclasses.replace(answer, note=answer.note + "。")
    assert inspection_digest(dataclasses.replace(detail, answers=changed)) != digest
    flipped = dict(detail.answers)
    k2, a2 = next((k, a) for k, a in detail.answers.items() if a.value in ("pass", "fail"))
    flipped[k2] = dataclasses.replace(a2, value="fail" if a2.value == "pass" else "pass")
    assert inspection_digest(dataclasses.replace(detail, answers=flipped)) != digest


def test_draft_without_signatures_renders(demo: Workspace, tmp_path: Path) -> None:
    draft = next(demo.inspections.detail(uuid.UUID(str(s.id)))
                 for s in demo.inspections.list(status="draft"))
    pdf = render_report(draft, lang="zh", report_number="TEST-2026-00002", issuer=ISSUER,
                        data_hash="0" * 64)
    text = _flat("\n".join(_pages(pdf)))
    assert "尚未签名" in text and "0" * 64 in text
    assert _font_problems(pdf) == []
    with pytest.raises(ValueError):
        render_report(draft, lang="fr", report_number="X", issuer=ISSUER)


def test_qr_code_carries_number_and_hash(reports: dict[str, bytes], detail: InspectionDetail,
                                         tmp_path: Path) -> None:
    need(bool(shutil.which("pdftoppm") and shutil.which("zbarimg")),
         "pdftoppm (poppler-utils) and zbarimg (zbar-tools)")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(reports["zh"])
    subprocess.run(["pdftoppm", "-r", "300", "-f", "2", "-l", "2", "-png", str(pdf),
                    str(tmp_path / "page")], check=True, timeout=60)
    image = next(tmp_path.glob("page*.png"))
    out = subprocess.run(["zbarimg", "-q", "--raw", str(image)], capture_output=True,
                         text=True, timeout=60).stdout.strip()
    assert out == f"{NUMBER}|{inspection_digest(detail)}"
