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


def test_notice_copy_draft_preview_and_refusals(data, tmp_path: Path) -> None:
    root, signed, draft = data
    notice = tmp_path / "notice.pdf"
    made = run_cli("report", signed, "-o", str(notice), "--notice", "--lang", "both",
                   data_dir=root)
    assert made.returncode == 0, made.stderr
    assert "not recorded as issued" in made.stdout and "copy" in made.stdout
    # an unsigned rendering of a signed inspection is a copy on every page, never issued
    pages = PdfReader(notice).pages
    assert all("副本" in page.extract_text() and "COPY" in page.extract_text()
               for page in pages)
    unsigned = run_cli("verify", str(notice), data_dir=root)
    assert unsigned.returncode == 1 and "not_signed" in unsigned.stdout
    assert "not a file this database issued" in unsigned.stdout
    preview = run_cli("report", draft, "-o", str(tmp_path / "draft.pdf"), data_dir=root)
    assert preview.returncode == 0 and "draft report" in preview.stdout
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


def test_a_document_is_recorded_only_once_its_file_is_written(data, tmp_path: Path) -> None:
    root, signed, _ = data
    ws = Workspace.open(root)
    before = len(ws.documents.issued(uuid.UUID(signed)))
    ws.close()
    missing = tmp_path / "no" / "such" / "dir" / "r.pdf"
    for _ in range(2):
        failed = run_cli("report", signed, "-o", str(missing), "--sign", "--notice",
                         "--passphrase-file", str(root.parent / "pass"), data_dir=root)
        assert failed.returncode == 1 and "does not exist" in failed.stderr
        assert "nothing was recorded as issued" in failed.stderr
        assert "Traceback" not in failed.stderr
    folder = tmp_path / "out"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        import os

        if os.access(folder, os.W_OK):  # root ignores modes: a file in the way instead
            folder.chmod(0o700)
            target = folder / "r.pdf"
            target.mkdir()
            args = ["--force"]
        else:
            target, args = folder / "r.pdf", []
        failed = run_cli("report", signed, "-o", str(target), "--sign", *args,
                         "--passphrase-file", str(root.parent / "pass"), data_dir=root)
        assert failed.returncode == 1 and "nothing was recorded" in failed.stderr
        assert not [p for p in folder.iterdir() if p.name.endswith(".part")]
    finally:
        folder.chmod(0o700)
    ws = Workspace.open(root)
    assert len(ws.documents.issued(uuid.UUID(signed))) == before
    ws.close()


def test_verify_says_when_a_later_issue_superseded_the_document(data, tmp_path: Path) -> None:
    from tests.conftest import ACTOR, team_signatures

    root, signed, _ = data
    sign = ("--sign", "--passphrase-file", str(root.parent / "pass"))
    old = tmp_path / "old.pdf"
    assert run_cli("report", signed, "-o", str(old), *sign, data_dir=root).returncode == 0
    ws = Workspace.open(root)
    iid = uuid.UUID(signed)
    ws.inspections.amend(iid, "整改期限录入错误", ACTOR)
    ws.close()
    pending = run_cli("verify", str(old), data_dir=root)
    assert pending.returncode == 0 and "SUPERSEDED" in pending.stdout
    assert "整改期限录入错误" in pending.stdout and "not been issued yet" in pending.stdout
    ws = Workspace.open(root)
    ws.inspections.complete(iid, ACTOR)
    ws.inspections.sign(iid, team_signatures(ws, iid), ACTOR)
    ws.close()
    new = tmp_path / "new.pdf"
    made = run_cli("report", signed, "-o", str(new), *sign, data_dir=root)
    assert made.returncode == 0, made.stderr
    ws = Workspace.open(root)
    new_number = ws.documents.find(new.read_bytes()).report_number
    old_number = ws.documents.find(old.read_bytes()).report_number
    ws.close()
    assert new_number != old_number
    checked = run_cli("verify", str(old), data_dir=root)
    assert checked.stdout.startswith("VALID") and f"superseded by {new_number}" in checked.stdout
    current = run_cli("verify", str(new), data_dir=root)
    assert current.returncode == 0 and "SUPERSEDED" not in current.stdout
    as_json = run_cli("verify", str(old), "--format", "json", data_dir=root)
    import json

    assert json.loads(as_json.stdout)["superseded"]["by"]["report_number"] == new_number
