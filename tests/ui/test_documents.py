"""The report/notice dialog and the verify dialog, on a real database with a real key:
generate a signed report on the worker thread, preview its pages, save the exact
bytes, verify the saved file (valid, issued here) and a damaged copy (invalid)."""

from __future__ import annotations

import io
import os
import uuid
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit

from inspector.inspections import SignatureInput
from inspector.pki import KeyStore
from inspector.ui.context import AppContext
from inspector.ui.documents import DocumentsDialog
from inspector.ui.verify_dialog import VerifyDialog
from inspector.verification import verify_pdf
from inspector.workspace import Workspace
from tests.conftest import signatures_for

from ..conftest import ACTOR, INSPECTION_DAY
from ..test_inspections import _answer_all
from .test_conclude import with_modal

PASSPHRASE = "passphrase-123"
SHOTS = Path(os.environ.get("SHOTS_DIR", "")) if os.environ.get("SHOTS_DIR") else None


def _png() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (240, 90), (0, 0, 0, 0))
    ImageDraw.Draw(image).line([(10, 60), (80, 20), (150, 70), (230, 30)], fill="black",
                               width=4)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _signatures(team: list[uuid.UUID]) -> list[SignatureInput]:
    """Every inspector of the team signs, and the facility's representative."""
    return signatures_for(team)


def _start(ws: Workspace, team: list[uuid.UUID], facility_id: uuid.UUID) -> uuid.UUID:
    iid = ws.inspections.start(facility_id, "routine", INSPECTION_DAY, team, ACTOR,
                               checklist_ids=["fire-safety"])
    _answer_all(ws, iid)
    return iid


@pytest.fixture
def signed(ctx: AppContext, team: list[uuid.UUID], facility_id: uuid.UUID) -> uuid.UUID:
    ws = ctx.workspace
    iid = _start(ws, team, facility_id)
    ws.inspections.complete(iid, ACTOR)
    ws.inspections.sign(iid, _signatures(team), ACTOR)
    lead = ws.inspectors.get(team[0])
    KeyStore.for_data_dir(ws.paths.root).create_self_signed(
        lead.name, lead.badge_number, lead.department, PASSPHRASE,
        label=KeyStore.default_label(lead.badge_number))
    return iid


def _wait(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)


def _shot(widget, name: str) -> None:
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / name))


@pytest.mark.parametrize("language", ["zh", "en"])
def test_signed_report_is_issued_previewed_saved_and_verified(
        qtbot, ctx: AppContext, signed: uuid.UUID, tmp_path: Path, language: str) -> None:
    ctx.language = language
    ws = ctx.workspace
    dialog = DocumentsDialog(ctx, signed)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language_combo.currentData() == language
    assert dialog.sign_check.isEnabled() and dialog.sign_check.isChecked()
    assert dialog.key_combo.currentData() == "WJ-001"

    # a wrong passphrase: said so, nothing recorded, and the user can try again
    def type_wrong(prompt) -> None:
        assert isinstance(prompt, QInputDialog)
        assert prompt.textEchoMode() == QLineEdit.EchoMode.Password
        prompt.setTextValue("not-the-passphrase")
        prompt.accept()

    errors = with_modal(qtbot, type_wrong)
    dialog.generate_button.click()
    assert dialog.busy and dialog.progress.isVisible()
    _wait(qtbot, dialog)
    assert errors == []
    assert dialog.message.text() == "Wrong passphrase; nothing was issued."
    assert ws.documents.issued(signed) == [] and dialog.result is None
    assert dialog.generate_button.isEnabled() and not dialog.save_button.isEnabled()

    def type_right(prompt) -> None:
        prompt.setTextValue(PASSPHRASE)
        prompt.accept()

    errors = with_modal(qtbot, type_right)
    dialog.generate_button.click()
    _wait(qtbot, dialog)
    assert errors == [] and dialog.message.text() == ""
    result = dialog.result
    assert result is not None and result.document.to_issue
    pdf = pdfium.PdfDocument(result.pdf)
    pages = len(pdf)
    pdf.close()
    assert pages > 0 and dialog.preview_page_count() == pages
    # previewed, not handed over yet: not recorded as issued
    assert ws.documents.issued(signed) == [] and result.record is None
    assert "when you save, print or open it" in dialog.status.text()
    trusted = KeyStore.for_data_dir(ws.paths.root).trusted_certs()
    assert verify_pdf(result.pdf, trusted).valid
    assert "Signed by 王建国" in dialog.status.text()
    assert dialog.default_file_name() == "JC-2026-00001-江阴市测试托育中心-report.pdf"
    _shot(dialog, f"docs_report_{ctx.language}.png")

    # a folder that is not there: said, nothing recorded
    said: list[str] = []
    def read_and_close(box) -> None:
        said.append(box.text())
        box.accept()

    errors = with_modal(qtbot, read_and_close)
    assert not dialog.save_to(tmp_path / "gone" / "r.pdf")
    assert errors == [] and said and "gone" in said[0]
    assert ws.documents.issued(signed) == []
    saved = tmp_path / dialog.default_file_name()
    assert dialog.save_to(saved)
    assert saved.read_bytes() == result.pdf
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*"))
    [record] = ws.documents.issued(signed)
    assert record.sha256 == result.record.sha256 and record.report_number == "JC-2026-00001"
    assert "JC-2026-00001" in dialog.status.text() and record.sha256 in dialog.status.text()
    assert dialog.save_to(tmp_path / "second.pdf")  # the same bytes: one record
    assert len(ws.documents.issued(signed)) == 1

    check = VerifyDialog(ctx, path=saved)
    qtbot.addWidget(check)
    check.show()
    _wait(qtbot, check)
    assert check.result is not None and check.result.verdict.valid
    assert check.verdict_label.text() == "VALID"
    assert "JC-2026-00001" in check.issued_label.text()
    assert check.superseded_label.isHidden()
    assert "江阴市测试托育中心" in check.issued_label.text()
    assert check.signer_label.text() != "—"
    _shot(check, f"docs_verify_valid_{ctx.language}.png")

    damaged = bytearray(result.pdf)
    at = result.pdf.index(b"stream", len(damaged) // 3) + 20  # inside the signed content
    damaged[at] ^= 0x01
    flipped = tmp_path / "flipped.pdf"
    flipped.write_bytes(bytes(damaged))
    check.verify_file(flipped)
    _wait(qtbot, check)
    assert check.result is not None and not check.result.verdict.valid
    assert check.verdict_label.text() == "INVALID"
    assert check.issued_label.text().startswith("No")
    _shot(check, f"docs_verify_invalid_{ctx.language}.png")


def test_a_draft_is_previewed_not_issued(qtbot, ctx: AppContext, team: list[uuid.UUID],
                                         facility_id: uuid.UUID, tmp_path: Path) -> None:
    ws = ctx.workspace
    iid = _start(ws, team, facility_id)
    dialog = DocumentsDialog(ctx, iid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.sign_check.isEnabled() and not dialog.sign_check.isChecked()
    assert dialog.sign_note.text().startswith("A draft is previewed, not issued")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("notice"))
    dialog.generate_button.click()  # no passphrase asked: nothing is signed
    _wait(qtbot, dialog)
    assert dialog.result is not None and dialog.result.record is None
    assert dialog.preview_page_count() > 0
    assert dialog.status.text() == "Draft preview — not issued"
    assert ws.documents.issued(iid) == []
    assert ws.inspections.detail(iid).report_number is None
    assert dialog.default_file_name().endswith("-notice.pdf")
    assert dialog.save_to(tmp_path / "draft")  # .pdf is added
    assert (tmp_path / "draft.pdf").read_bytes() == dialog.result.pdf
    check = VerifyDialog(ctx, path=tmp_path / "draft.pdf")
    qtbot.addWidget(check)
    _wait(qtbot, check)
    assert check.result.verdict.reason_code == "not_signed"
    assert check.verdict_label.text() == "INVALID"


def test_print_paints_every_page(qtbot, ctx: AppContext, team: list[uuid.UUID],
                                 facility_id: uuid.UUID, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    iid = _start(ctx.workspace, team, facility_id)
    dialog = DocumentsDialog(ctx, iid)
    qtbot.addWidget(dialog)
    dialog.start()
    _wait(qtbot, dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == dialog.preview_page_count()
    printed = pdfium.PdfDocument(str(tmp_path / "printed.pdf"))
    assert len(printed) == dialog.preview_page_count()
    printed.close()


def test_conclude_and_the_file_menu_open_the_dialogs(
        qtbot, ctx: AppContext, team: list[uuid.UUID], facility_id: uuid.UUID,
        stray_windows) -> None:
    from PySide6.QtWidgets import QApplication

    from inspector.ui.conclude import ConcludePage
    from inspector.ui.main_window import MainWindow

    iid = _start(ctx.workspace, team, facility_id)
    page = ConcludePage(ctx, str(iid))
    qtbot.addWidget(page)
    page.refresh()
    assert not page.documents_button.isHidden()  # a draft too: previewed
    seen: list[str] = []

    def close(dialog) -> None:
        seen.append(type(dialog).__name__)
        dialog.reject()

    errors = with_modal(qtbot, close)
    page.documents_button.click()
    assert errors == [] and seen == ["DocumentsDialog"]

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.verify_action in file_menu.actions()
    errors = with_modal(qtbot, close)
    window.verify_action.trigger()
    assert errors == [] and seen == ["DocumentsDialog", "VerifyDialog"]
    assert QApplication.activeModalWidget() is None


def test_an_unsigned_copy_is_marked_and_never_issued_and_old_issues_say_superseded(
        qtbot, ctx: AppContext, signed: uuid.UUID, team: list[uuid.UUID],
        tmp_path: Path) -> None:
    ctx.language = "en"
    ws = ctx.workspace
    dialog = DocumentsDialog(ctx, signed)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.sign_check, Qt.MouseButton.LeftButton)  # untick: a copy
    assert not dialog.signing
    dialog.generate_button.click()
    _wait(qtbot, dialog)
    assert dialog.result.document.state == "copy"
    assert "Copy" in dialog.status.text() and "not recorded" in dialog.status.text()
    copy = tmp_path / dialog.default_file_name()
    assert copy.name.startswith("COPY-")
    assert dialog.save_to(copy)
    assert ws.documents.issued(signed) == []
    from pypdf import PdfReader

    assert all("COPY" in page.extract_text() for page in PdfReader(copy).pages)

    # issue it, then amend and re-issue: the first file is superseded
    qtbot.mouseClick(dialog.sign_check, Qt.MouseButton.LeftButton)

    def unlock(prompt) -> None:
        prompt.setTextValue(PASSPHRASE)
        prompt.accept()

    with_modal(qtbot, unlock)
    dialog.generate_button.click()
    _wait(qtbot, dialog)
    first = tmp_path / "first.pdf"
    assert dialog.save_to(first)
    ws.inspections.amend(signed, "检查结论录入有误", ACTOR)
    ws.inspections.complete(signed, ACTOR)
    ws.inspections.sign(signed, _signatures(team), ACTOR)
    again = DocumentsDialog(ctx, signed)
    qtbot.addWidget(again)
    with_modal(qtbot, unlock)
    again.generate_button.click()
    _wait(qtbot, again)
    assert again.save_to(tmp_path / "second.pdf")
    second_number = again.result.record.report_number
    assert second_number != dialog.result.record.report_number

    check = VerifyDialog(ctx, path=first)
    qtbot.addWidget(check)
    check.show()
    _wait(qtbot, check)
    assert check.verdict_label.text() == "VALID"  # the signature itself is genuine
    assert not check.superseded_label.isHidden()
    text = check.superseded_label.text()
    assert "SUPERSEDED" in text and second_number in text and "检查结论录入有误" in text
    _shot(check, "docs_verify_superseded_en.png")
