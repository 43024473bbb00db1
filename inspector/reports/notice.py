"""The rectification notice (整改通知书): a short document handed to the facility.

The facility; each finding with the clause it breaches, the required action and
the deadline; the follow-up arrangements; the inspectors' signatures with the
issuing department; and a receipt line signed by the facility representative
(left blank to sign on paper when no signature was captured).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from inspector.checklists.schema import Item
from inspector.inspection_records import FindingInfo, InspectionDetail
from inspector.reports.labels import label, source_title
from inspector.reports.layout import FRAME_WIDTH, PageDecor, build, check_lang, local_time
from inspector.reports.report import _Report, inspection_digest, qr_payload, signature_image

QUOTE_CHARS = 60


def _items(detail: InspectionDetail) -> dict[tuple[str, str], Item]:
    return {(c.id, i.id): i for c in detail.checklists for i in c.items}


class _Notice(_Report):
    def clause(self, item: Item | None) -> list[Flowable]:
        if item is None:
            return [self.s.p("—", "cell")]
        out: list[Flowable] = []
        for c in item.citations:
            quote = c.quote if len(c.quote) <= QUOTE_CHARS else c.quote[:QUOTE_CHARS] + "…"
            out.append(self.s.p(f"{source_title(c.source)}{c.clause}", "cell"))
            out.append(self.s.p(f"「{quote}」", "small"))
        return out

    def story(self, findings: Sequence[FindingInfo]) -> list[Flowable]:
        s, d, f = self.s, self.d, self.d.facility
        out: list[Flowable] = []
        if self.lang == "both":
            out += [s.p(label("notice_title", "zh"), "title"),
                    s.p(label("notice_title", "en"), "subtitle")]
        else:
            out.append(s.p(self.L("notice_title"), "title"))
        out.append(s.p(f"{self.L('report_number')}: {self.number}", "number"))
        out.append(Spacer(1, 3 * mm))
        out.append(self.kv_table([
            ("name", f.name),
            ("credit_code", f.credit_code, "representative", f.representative),
            ("address", f.address),
            ("kind", self.val("kind", d.kind), "date", d.date.isoformat()),
        ]))
        out.append(Spacer(1, 3 * mm))
        if self.lang == "both":
            out += [s.p(label("notice_intro", "zh", date=d.date.isoformat()), "body"),
                    s.p(label("notice_intro", "en", date=d.date.isoformat()), "body")]
        else:
            out.append(s.p(self.L("notice_intro", date=d.date.isoformat()), "body"))
        out.append(s.p(self.L("findings"), "h2"))
        items = _items(d)
        w = FRAME_WIDTH
        widths = [w * x for x in (0.05, 0.30, 0.22, 0.29, 0.14)]
        rows: list[list[object]] = [[self.lab(k) for k in
                                     ("no", "item", "clause", "required_action", "deadline")]]
        for n, finding in enumerate(findings, start=1):
            problem = [*self.texts(finding.prompt, "cell_bold"),
                       s.p(finding.description, "small")]
            rows.append([s.p(str(n), "cell"), problem,
                         self.clause(items.get((finding.checklist_id, finding.item_id))),
                         s.p(finding.required_action, "cell"),
                         s.p(finding.deadline.isoformat(), "cell_bold")])
        if not findings:
            rows.append([s.p(self.L("no_findings"), "cell"), "", "", "", ""])
        out.append(s.table(rows, widths, *([("SPAN", (0, 1), (-1, 1))] if not findings else [])))
        last = max((x.deadline for x in findings), default=d.date)
        out.append(s.p(self.L("followup"), "h2"))
        out.append(s.p(self.L("followup_text", last=last.isoformat()), "body"))
        out.append(Spacer(1, 4 * mm))
        out.append(KeepTogether(self.sign_block()))
        return out

    def sign_block(self) -> list[Flowable]:
        s = self.s
        current = [g for g in self.d.signatures if not g.superseded]
        inspectors = [g for g in current if g.signer_role == "inspector"]
        reps = [g for g in current if g.signer_role == "facility_representative"]
        w = FRAME_WIDTH
        rows: list[list[object]] = []
        if inspectors:
            for g in inspectors:
                member = self.badges.get(g.inspector_id or "")
                badge = member.badge_number if member else ""
                rows.append([self.lab("inspector_sig", "cell"),
                             s.p(f"{g.signer_name} {badge}".strip(), "cell"),
                             signature_image(g.image_png, 45 * mm, 14 * mm),
                             s.p(local_time(g.signed_at), "cell")])
        else:
            for m in self.d.team:
                rows.append([self.lab("inspector_sig", "cell"),
                             s.p(f"{m.inspector.name} {m.inspector.badge_number}", "cell"),
                             s.p("", "cell"), s.p("", "cell")])
        rows.append([self.lab("issuer_sign", "cell"), s.p(self.issuer, "cell"), "",
                     s.p(self.d.date.isoformat(), "cell")])
        table = s.table(rows, [w * 0.22, w * 0.30, w * 0.30, w * 0.18],
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                        ("LINEBELOW", (2, 0), (2, -1), 0.5, colors.black),
                        header=False, grid=False)
        # receipt line, signed by the facility representative
        rep = reps[0] if reps else None
        receipt_rows = [[self.lab("receipt_text", "cell"),
                         signature_image(rep.image_png, 45 * mm, 14 * mm) if rep else "",
                         ], [self.lab("receipt_date", "cell"),
                             s.p(local_time(rep.signed_at) if rep else "", "cell")]]
        if rep is not None:
            receipt_rows[0][0] = [*self.lab("receipt_text", "cell"),
                                  s.p(rep.signer_name, "small")]
        receipt = s.table(receipt_rows, [w * 0.52, w * 0.48],
                          ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                          ("LINEBELOW", (1, 0), (1, -1), 0.5, colors.black),
                          header=False, grid=False)
        return [s.p(self.L("signatures"), "h2"), table, Spacer(1, 6 * mm),
                s.p(self.L("receipt"), "h3"), receipt]


def render_notice(detail: InspectionDetail, findings: Sequence[FindingInfo], *, lang: str,
                  report_number: str, issuer: str, data_hash: str | None = None,
                  mark: str | None = None) -> bytes:
    """The rectification notice for ``findings`` (usually the open findings of
    ``detail``) as PDF bytes. Its footer carries the same QR code as the report."""
    check_lang(lang)
    digest = data_hash or inspection_digest(detail)
    n = _Notice(detail, lang, report_number, issuer, digest, None)
    decor = PageDecor(lang, "notice_title", report_number, issuer,
                      qr_payload(report_number, digest), n.s.font, mark)
    return build(n.story(findings), decor, title=f"{label('notice_title', lang)} {report_number}",
                 subject=detail.facility.name)
