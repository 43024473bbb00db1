"""Issuing a report or rectification notice: number, render, sign, hand over, record.

The command line and the desktop app issue documents the same way:

1. ``render`` makes the PDF from the stored data. What it is follows from the
   inspection and the key:
   * a signed inspection, signed with an inspector's key (PAdES, certified: any later
     change shows): the document to **issue**, under its own number;
   * a signed inspection without a key: a **copy**, marked as such on every page,
     never recorded as issued;
   * any other inspection: a **draft** preview, marked on every page, not numbered.
2. ``deliver`` writes it to a file safely (a temporary file, flushed to disk, then
   renamed) and only then records it; the app records a document the moment it is
   saved, printed or opened (``record``). A document is recorded as issued only once
   it has been handed over, and the exact bytes are recorded by their SHA-256, so
   ``inspector verify`` can later tell that this database issued the file.
"""

from __future__ import annotations

import errno
import os
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspector.documents import IssuedInfo
from inspector.inspections import InspectionError
from inspector.storage.database import Actor
from inspector.workspace import Workspace

ISSUE, COPY, DRAFT = "issue", "copy", "draft"


class DeliveryError(InspectionError):
    """The document could not be written; nothing was recorded as issued."""


@dataclass(frozen=True)
class Document:
    """A rendered report or notice, and what it is."""

    inspection_id: uuid.UUID
    kind: str  # report | notice
    lang: str
    state: str  # issue | copy | draft
    number: str | None  # None for a draft, or a copy of a document never issued
    pdf: bytes
    signer: str | None = None  # the signing certificate's subject (issue only)

    @property
    def to_issue(self) -> bool:
        return self.state == ISSUE


# Kept for callers that want the old pair: the bytes and, when issued, the record.
@dataclass(frozen=True)
class Issued:
    pdf: bytes
    record: IssuedInfo | None


def issuer_of(ws: Workspace, inspection_id: uuid.UUID) -> str:
    """The issuing department: the lead inspector's."""
    team = ws.inspections.detail(inspection_id).team
    return team[0].inspector.department if team else ""


def render(ws: Workspace, inspection_id: uuid.UUID, kind: str, lang: str, actor: Actor,
           signer: Any = None, signer_name: str | None = None) -> Document:
    """Render (and sign, with a pyHanko signer) the report or the notice; see the
    module's docstring for what comes out. Nothing is recorded as issued here."""
    from inspector.reports.layout import COPY_MARK, DRAFT_NUMBER
    from inspector.reports.notice import render_notice
    from inspector.reports.report import findings_for_notice, inspection_digest, render_report

    if kind not in ("report", "notice"):
        raise InspectionError(f"unknown document kind {kind!r}")
    detail = ws.inspections.detail(inspection_id)
    final = detail.status == "signed"
    if signer is not None and not final:
        raise InspectionError("only a signed inspection's documents can be signed and issued")
    if not final:
        state, number = DRAFT, None
    elif signer is not None:
        state, number = ISSUE, ws.documents.number(inspection_id, kind, actor)
    else:
        state, number = COPY, ws.documents.current_number(inspection_id, kind)
    shown = number or ("—" if state == COPY else DRAFT_NUMBER)
    mark = COPY_MARK if state == COPY else None
    issuer = issuer_of(ws, inspection_id)
    digest = inspection_digest(detail)
    if kind == "report":
        pdf = render_report(detail, lang=lang, report_number=shown, issuer=issuer,
                            data_hash=digest, mark=mark)
    else:
        pdf = render_notice(detail, findings_for_notice(detail), lang=lang,
                            report_number=shown, issuer=issuer, data_hash=digest, mark=mark)
    if signer is not None:
        from inspector.signing import sign_pdf

        pdf = sign_pdf(pdf, signer, reason=f"{kind} {number}", location=issuer or "-")
    return Document(inspection_id, kind, lang, state, number, pdf,
                    signer_name if state == ISSUE else None)


def record(ws: Workspace, document: Document, actor: Actor) -> IssuedInfo | None:
    """Record a document that has been handed over (saved, printed, opened). Copies
    and drafts are never recorded; recording the same bytes twice records them once."""
    if not document.to_issue:
        return None
    assert document.number is not None
    return ws.documents.record(document.inspection_id, document.kind, document.lang,
                               document.pdf, document.number, document.signer, actor)


def write_safely(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file next to it that is flushed
    to disk and renamed over it: a reader never sees half a file, a failure leaves no
    temporary file and the old file as it was. DeliveryError says what went wrong."""
    path = Path(path)
    if not path.parent.is_dir():
        raise DeliveryError(f"the folder {path.parent} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise DeliveryError(_why(exc, path)) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise DeliveryError(_why(exc, path)) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _why(exc: OSError, path: Path) -> str:
    if exc.errno == errno.ENOSPC:
        return f"the disk is full: {path} was not written; free some space and try again"
    if exc.errno == errno.EROFS:
        return f"the folder {path.parent} is read-only: choose another folder"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"no permission to write {path}: choose another folder"
    if exc.errno == errno.EISDIR:
        return f"{path} is a folder"
    return f"{path} could not be written: {exc.strerror or exc}"


def deliver(ws: Workspace, document: Document, path: Path, actor: Actor) -> IssuedInfo | None:
    """Write the document to ``path`` safely, then record it (when it is issued)."""
    write_safely(path, document.pdf)
    return record(ws, document, actor)


def issue(ws: Workspace, inspection_id: uuid.UUID, kind: str, lang: str, actor: Actor,
          signer: Any = None, signer_name: str | None = None) -> Issued:
    """Render and, when it is to be issued, record at once: for callers that hand the
    bytes over themselves in the same step (tests, the demo)."""
    document = render(ws, inspection_id, kind, lang, actor, signer, signer_name)
    return Issued(document.pdf, record(ws, document, actor))
