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
    assert result is not None and result.record is not None
    pdf = pdfium.PdfDocument(result.pdf)
    pages = len(pdf)
    pdf.close()
    assert pages > 0 and dialog.preview_page_count() == pages
    [record] = ws.documents.issued(signed)
    assert record.sha256 == result.record.sha256 and record.report_number == "2026-00001"
    trusted = KeyStore.for_data_dir(ws.paths.root).trusted_certs()
    assert verify_pdf(result.pdf, trusted).valid
    assert "Signed by 王建国" in dialog.status.text()
    assert "report 2026-00001" in dialog.status.text() and record.sha256 in dialog.status.text()
    assert dialog.default_file_name() == "2026-00001-江阴市测试托育中心-report.pdf"
    _shot(dialog, f"docs_report_{ctx.language}.png")

    saved = tmp_path / dialog.default_file_name()
    assert dialog.save_to(saved)
    assert saved.read_bytes() == result.pdf
    assert not list(tmp_path.glob("*.tmp"))

    check = VerifyDialog(ctx, path=saved)
    qtbot.addWidget(check)
    check.show()
    _wait(qtbot, check)
    assert check.result is not None and check.result.verdict.valid
    assert check.verdict_label.text() == "VALID"
    assert "2026-00001" in check.issued_label.text()
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
