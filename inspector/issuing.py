"""Issuing a report or rectification notice: number, render, sign, record.

One function does the whole act, so the command line and the desktop app issue
documents the same way: the inspection gets its report number (signed inspections
only), the PDF is rendered from the stored data, signed with the inspector's key
when one is given (PAdES, certified: any later change shows), and the exact bytes
are recorded by their SHA-256, so ``inspector verify`` can later tell that this
database issued the file.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from inspector.documents import IssuedInfo
from inspector.inspections import InspectionError
from inspector.storage.database import Actor
from inspector.workspace import Workspace


@dataclass(frozen=True)
class Issued:
    pdf: bytes
    record: IssuedInfo | None  # None for a draft preview (not signed on paper yet)


def issuer_of(ws: Workspace, inspection_id: uuid.UUID) -> str:
    """The issuing department: the lead inspector's."""
    team = ws.inspections.detail(inspection_id).team
    return team[0].inspector.department if team else ""


def issue(ws: Workspace, inspection_id: uuid.UUID, kind: str, lang: str, actor: Actor,
          signer: Any = None, signer_name: str | None = None) -> Issued:
    """Render (and sign, with a pyHanko signer) the report or the notice.

    A signed inspection gets its report number and the document is recorded as
    issued. Any other inspection gives a draft preview: marked as a draft, not
    numbered, never signed and not recorded."""
    from inspector.reports.layout import DRAFT_NUMBER
    from inspector.reports.notice import render_notice
    from inspector.reports.report import findings_for_notice, inspection_digest, render_report

    if kind not in ("report", "notice"):
        raise InspectionError(f"unknown document kind {kind!r}")
    detail = ws.inspections.detail(inspection_id)
    final = detail.status == "signed"
    if signer is not None and not final:
        raise InspectionError("only a signed inspection's documents can be signed and issued")
    number = ws.documents.report_number(inspection_id, actor) if final else DRAFT_NUMBER
    issuer = issuer_of(ws, inspection_id)
    digest = inspection_digest(detail)
    if kind == "report":
        pdf = render_report(detail, lang=lang, report_number=number, issuer=issuer,
                            data_hash=digest)
    else:
        pdf = render_notice(detail, findings_for_notice(detail), lang=lang,
                            report_number=number, issuer=issuer, data_hash=digest)
    if signer is not None:
        from inspector.signing import sign_pdf

        pdf = sign_pdf(pdf, signer, reason=f"{kind} {number}", location=issuer or "-")
    if not final:
        return Issued(pdf, None)
    return Issued(pdf, ws.documents.record(inspection_id, kind, lang, pdf, signer_name, actor))
