"""Issuing documents from the command line, end to end on a real data directory:
report number, PDF, PAdES signature with the lead inspector's key, the issued
record, and `inspector verify` on the issued file and on tampered copies."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from inspector.demo import load_demo
from inspector.pki import KeyStore
from inspector.workspace import Workspace

from .test_checklists import run_cli

PASSPHRASE = "correct horse 2026"


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """A demo data directory, a signed inspection and a draft; the signed one's lead
    inspector has a signing key."""
    root = tmp_path_factory.mktemp("issuing") / "data"
    ws = Workspace.open(root)
    load_demo(ws)
    signed = next(s for s in ws.inspections.list(status="signed") if s.fail_count)
    draft = next(iter(ws.inspections.list(status="draft")))
    lead = ws.inspections.detail(uuid.UUID(signed.id)).team[0].inspector
    KeyStore.for_data_dir(root).create_self_signed(
        lead.name, lead.badge_number, lead.department, PASSPHRASE,
        label=KeyStore.default_label(lead.badge_number))
    ws.close()
    (root.parent / "pass").write_text(PASSPHRASE + "\n", encoding="utf-8")
    return root, signed.id, draft.id


def test_signed_report_verifies_and_is_known_as_issued(data, tmp_path: Path) -> None:
    root, signed, _ = data
    out = tmp_path / "report.pdf"
    made = run_cli("report", signed, "-o", str(out), "--sign", "--passphrase-file",
                   str(root.parent / "pass"), data_dir=root)
    assert made.returncode == 0, made.stderr
    assert "signed and recorded as issued" in made.stdout
    pdf = out.read_bytes()
    ws = Workspace.open(root)
    number = ws.documents.find(pdf).report_number
    detail = ws.inspections.detail(uuid.UUID(signed))
    ws.close()
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert detail.facility.name in text and number in text
    checked = run_cli("verify", str(out), data_dir=root)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.startswith("VALID") and f"report {number}" in checked.stdout

    # one byte changed inside the signed content: refused, exit 1
    bad = bytearray(pdf)
    at = pdf.index(b"stream", len(pdf) // 3) + 20
    bad[at] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(bad))
    refused = run_cli("verify", str(tampered), data_dir=root)
    assert refused.returncode == 1 and refused.stdout.startswith("INVALID")
    assert "not a file this database issued" in refused.stdout


def test_notice_draft_preview_and_refusals(data, tmp_path: Path) -> None:
    root, signed, draft = data
    notice = tmp_path / "notice.pdf"
    made = run_cli("report", signed, "-o", str(notice), "--notice", "--lang", "both",
                   data_dir=root)
    assert made.returncode == 0, made.stderr
    assert "recorded as issued (unsigned)" in made.stdout
    unsigned = run_cli("verify", str(notice), data_dir=root)
    assert unsigned.returncode == 1 and "not_signed" in unsigned.stdout
    preview = run_cli("report", draft, "-o", str(tmp_path / "draft.pdf"), data_dir=root)
    assert preview.returncode == 0 and "draft preview, not issued" in preview.stdout
    pages = PdfReader(tmp_path / "draft.pdf").pages
    assert all("未签署，非正式文书" in page.extract_text() for page in pages)  # watermark
    # a draft cannot be signed and issued
    no_sign = run_cli("report", draft, "-o", str(tmp_path / "d2.pdf"), "--sign",
                      "--passphrase-file", str(root.parent / "pass"), data_dir=root)
    assert no_sign.returncode == 1 and not (tmp_path / "d2.pdf").exists()
    # a wrong passphrase: clear message, no file
    wrong = tmp_path / "wrong"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    refused = run_cli("report", signed, "-o", str(tmp_path / "w.pdf"), "--sign",
                      "--passphrase-file", str(wrong), data_dir=root)
    assert refused.returncode == 1 and "passphrase" in refused.stderr
    assert not (tmp_path / "w.pdf").exists()
    # an existing file is not replaced without --force
    again = run_cli("report", signed, "-o", str(notice), "--notice", data_dir=root)
    assert again.returncode == 1 and "exists" in again.stderr
    assert run_cli("report", "not-an-id", "-o", str(tmp_path / "x.pdf"),
                   data_dir=root).returncode == 2
