"""The inspection report (检查记录): everything the inspection recorded, on A4.

Header with title, report number and issuing department; the facility and the
inspection; the verdict, score and counts; the findings with required action and
deadline; every answer by checklist and section (failed items highlighted,
citations in small print, photos in a captioned grid under their item); the
handwritten signatures; on every page a footer with "page x of y", the report
number and a QR code carrying ``f"{report_number}|{data_hash}"``.

``render_report`` takes the plain ``InspectionDetail`` and returns the PDF bytes.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from PIL import Image as PILImage
from PIL import ImageOps
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Image, KeepTogether, Spacer, Table

from inspector.checklists.schema import Checklist, Column, Item
from inspector.inspection_records import (
    FindingInfo,
    InspectionDetail,
    ItemAnswer,
    PhotoInfo,
    SignatureInfo,
)
from inspector.reports.labels import LABELS, VALUES, label, pick, source_title, value_label
from inspector.reports.layout import (
    BASIC_FG,
    FAIL_BG,
    FAIL_FG,
    FRAME_WIDTH,
    GREY,
    LIGHT,
    PASS_FG,
    PageDecor,
    Styles,
    build,
    check_lang,
    local_time,
)
from inspector.scoring import judge_row

PHOTO_EDGE = 800  # px, long edge of a photo embedded in the grid
PHOTO_QUALITY = 80
PHOTOS_PER_ROW = 3
QUOTE_CHARS = 48


# --------------------------------------------------------------------------- digest


def _canonical(detail: InspectionDetail) -> dict[str, Any]:
    facility = asdict(detail.facility)
    facility["service_modes"] = list(detail.facility.service_modes)
    answers = []
    for (cid, iid), a in sorted(detail.answers.items()):
        answers.append({
            "checklist": cid, "item": iid, "value": a.value, "not_applicable": a.not_applicable,
            "result": a.result, "reason": a.reason, "note": a.note,
            "rows": [r.cells for r in sorted(a.rows, key=lambda r: r.position)],
            "photos": sorted(p.sha256 for p in a.photos)})
    findings = sorted(({
        "checklist": f.checklist_id, "item": f.item_id, "severity": f.severity,
        "description": f.description, "required_action": f.required_action,
        "deadline": f.deadline.isoformat(), "status": f.status,
        "photos": sorted(p.sha256 for p in f.photos)} for f in detail.findings),
        key=lambda f: (f["checklist"], f["item"]))
    return {
        "inspection": {"id": detail.id, "kind": detail.kind, "date": detail.date.isoformat(),
                       "status": detail.status, "followup_of": detail.followup_of_id,
                       "checklists": {c.id: c.version for c in detail.checklists}},
        "facility": facility,
        "team": [{"name": m.inspector.name, "department": m.inspector.department,
                  "badge_number": m.inspector.badge_number, "role": m.role}
                 for m in detail.team],
        "answers": answers,
        "findings": findings,
    }


def inspection_digest(detail: InspectionDetail) -> str:
    """SHA-256 (hex) of a stable JSON of the inspection's data: facility, team, kind,
    date, status, checklist versions, answers (with rows and photo hashes) and
    findings. Sorted keys, no ASCII escaping, compact separators."""
    data = json.dumps(_canonical(detail), sort_keys=True, ensure_ascii=False,
                      separators=(",", ":"), default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def qr_payload(report_number: str, data_hash: str) -> str:
    return f"{report_number}|{data_hash}"


# --------------------------------------------------------------------------- photos


def photo_file(photo: PhotoInfo, photos_dir: Path | None) -> Path | None:
    """The stored photo file, or under ``photos_dir`` in the photo store's layout."""
    if photos_dir is not None:
        s = photo.sha256
        for candidate in (photos_dir / s[:2] / s[2:4] / f"{s}.jpg", photos_dir / photo.path.name):
            if candidate.is_file():
                return candidate
    return photo.path if photo.path.is_file() else None


def grid_jpeg(path: Path, edge: int = PHOTO_EDGE) -> tuple[bytes, int, int]:
    """The photo downscaled for the grid (JPEG bytes, width, height)."""
    with PILImage.open(path) as im:
        w, h = im.size
        scale = min(1.0, edge / max(w, h))
        target = (max(1, round(w * scale)), max(1, round(h * scale)))
        if im.format == "JPEG":
            im.draft("RGB", target)
        im = im.convert("RGB")
        if im.size != target:
            im = im.resize(target, PILImage.Resampling.LANCZOS)
        im = ImageOps.exif_transpose(im)
        out = io.BytesIO()
        im.save(out, "JPEG", quality=PHOTO_QUALITY, optimize=True)
        return out.getvalue(), im.width, im.height


def _fit(w: float, h: float, box_w: float, box_h: float) -> tuple[float, float]:
    scale = min(box_w / w, box_h / h)
    return w * scale, h * scale


# --------------------------------------------------------------------------- builder


class _Report:
    def __init__(self, detail: InspectionDetail, lang: str, report_number: str, issuer: str,
                 data_hash: str, photos_dir: Path | None):
        self.d = detail
        self.lang = lang
        self.number = report_number
        self.issuer = issuer
        self.data_hash = data_hash
        self.photos_dir = photos_dir
        self.s = Styles()
        self.badges = {m.inspector.id: m.inspector for m in detail.team}

    # small helpers
    def L(self, key: str, **fmt: object) -> str:
        return label(key, self.lang, **fmt)

    def V(self, group: str, value: str | None) -> str:
        return value_label(group, value, self.lang)

    def texts(self, texts: dict[str, str], style: str = "cell",
              en_style: str | None = None) -> list[Flowable]:
        """Chinese and/or English paragraphs of a bilingual text."""
        if self.lang == "both":
            out = [self.s.p(texts["zh"], style)]
            if texts.get("en") and texts["en"] != texts["zh"]:
                out.append(self.s.p(texts["en"], en_style or style))
            return out
        return [self.s.p(pick(texts, self.lang), style)]

    def lab(self, key: str, style: str = "cell_bold") -> list[Flowable]:
        """A fixed label; in ``both`` Chinese and English as two paragraphs."""
        return self.texts(LABELS[key], style)

    def val(self, group: str, value: str | None, style: str = "cell") -> list[Flowable]:
        texts = VALUES[group].get(value or "")
        return self.texts(texts, style) if texts else [self.s.p(value or "—", style)]

    def cell(self, content: str | list[Flowable], style: str) -> list[Flowable]:
        return [self.s.p(content, style)] if isinstance(content, str) else content

    # ---------------------------------------------------------------- sections

    def heading(self) -> list[Flowable]:
        s = self.s
        out: list[Flowable] = []
        if self.lang == "both":
            out += [s.p(label("report_title", "zh"), "title"),
                    s.p(label("report_title", "en"), "subtitle")]
        else:
            out.append(s.p(self.L("report_title"), "title"))
        out.append(Spacer(1, 2 * mm))
        out.append(s.table([[s.p(f"{self.L('issuer')}: {self.issuer}", "body"),
                             s.p(f"{self.L('report_number')}: {self.number}", "number")]],
                           [FRAME_WIDTH * 0.6, FRAME_WIDTH * 0.4],
                           header=False, grid=False))
        return out

    def kv_table(self, pairs: Sequence[tuple[Any, ...]]) -> Table:
        """Rows of (label key, value) or (key, value, key, value); values are text
        or flowables."""
        s = self.s
        lw = (34 if self.lang == "both" else 30) * mm
        vw = FRAME_WIDTH / 2 - lw
        rows: list[list[Any]] = []
        cmds: list[tuple[Any, ...]] = []
        for r, pair in enumerate(pairs):
            if len(pair) == 2:
                rows.append([self.lab(pair[0]), self.cell(pair[1], "cell"), "", ""])
                cmds.append(("SPAN", (1, r), (3, r)))
            else:
                rows.append([self.lab(pair[0]), self.cell(pair[1], "cell"),
                             self.lab(pair[2]), self.cell(pair[3], "cell")])
        cmds += [("BACKGROUND", (0, 0), (0, -1), LIGHT), ("BACKGROUND", (2, 0), (2, -1), LIGHT)]
        return s.table(rows, [lw, vw, lw, vw], *cmds, header=False)

    def facility(self) -> list[Flowable]:
        f = self.d.facility
        modes = ("、" if self.lang != "en" else ", ").join(
            self.V("service_mode", m) for m in f.service_modes)
        filing = self.V("filing_status", f.filing_status)
        if f.filing_number:
            filing += f"（{f.filing_number}）" if self.lang != "en" else f" ({f.filing_number})"
        return [self.s.p(self.L("facility"), "h2"), self.kv_table([
            ("name", f.name),
            ("credit_code", f.credit_code, "capacity", str(f.capacity)),
            ("address", f"{f.address}（{f.district} {f.township}）"),
            ("facility_type", self.val("facility_type", f.facility_type),
             "registration_kind", self.val("registration_kind", f.registration_kind)),
            ("service_modes", modes, "filing", filing),
            ("representative", f.representative, "contact_phone", f.contact_phone),
        ])]

    def member_text(self, m: Any) -> str:
        i = m.inspector
        role = f"，{label('lead', 'zh')}" if m.role == "lead" else ""
        if self.lang == "en":
            role = ", lead" if m.role == "lead" else ""
            return f"{i.name} ({i.department}, {i.badge_number}{role})"
        return f"{i.name}（{i.department}，{i.badge_number}{role}）"

    def inspection(self) -> list[Flowable]:
        d = self.d
        team = "；".join(self.member_text(m) for m in d.team) if self.lang != "en" else \
            "; ".join(self.member_text(m) for m in d.team)
        return [self.s.p(self.L("inspection"), "h2"), self.kv_table([
            ("kind", self.val("kind", d.kind), "date", d.date.isoformat()),
            ("completed_at", local_time(d.completed_at), "signed_at", local_time(d.signed_at)),
            ("status", self.val("status", d.status)),
            ("team", team),
        ])]

    def result(self) -> list[Flowable]:
        s, c = self.s, self.d.card
        colour = {"pass": PASS_FG, "basic_pass": BASIC_FG, "fail": FAIL_FG}.get(
            c.verdict or "", GREY)
        verdict = self.V("verdict", c.verdict) if c.verdict else self.L("no_verdict")
        score = "—" if c.score is None else f"{c.score:g}"
        sep = "  ·  "
        counts = sep.join([f"{self.L('applicable')} {c.applicable}",
                           f"{self.L('answered')} {c.answered}",
                           f"{self.L('passed')} {c.passed}",
                           f"{self.L('failed')} {c.failed}",
                           f"{self.L('not_applicable')} {c.not_applicable}"])
        sev = sep.join(f"{self.V('severity', k)} {c.failed_by_severity.get(k, 0)}"
                       for k in ("critical", "major", "minor"))
        left = [s.p(self.L("verdict"), "small"),
                s.p(verdict, "verdict", textColor=colour)]
        mid = [s.p(self.L("score"), "small"), s.p(score, "verdict")]
        right = [s.p(counts, "cell"), s.p(f"{self.L('failed_by_severity')}: {sev}", "cell")]
        w = FRAME_WIDTH
        t = s.table([[left, mid, right]], [w * 0.30, w * 0.18, w * 0.52],
                    ("BOX", (0, 0), (-1, -1), 1.2, colour), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    header=False)
        return [s.p(self.L("result"), "h2"), t]

    def findings(self) -> list[Flowable]:
        s = self.s
        findings = [f for f in self.d.findings if f.status != "withdrawn"]
        out: list[Flowable] = [s.p(self.L("findings"), "h2")]
        if not findings:
            return [*out, s.p(self.L("no_findings"), "body")]
        w = FRAME_WIDTH
        widths = [w * x for x in (0.05, 0.24, 0.09, 0.24, 0.26, 0.12)]
        head = [self.lab(k) for k in
                ("no", "item", "severity", "description", "required_action", "deadline")]
        rows: list[list[Any]] = [head]
        cmds: list[tuple[Any, ...]] = []
        for n, f in enumerate(findings, start=1):
            sev_style = "cell_fail" if f.severity == "critical" else "cell"
            rows.append([s.p(str(n), "cell"), self.texts(f.prompt),
                         self.val("severity", f.severity, sev_style),
                         s.p(f.description, "cell"), s.p(f.required_action, "cell"),
                         s.p(f.deadline.isoformat(), "cell_bold")])
        return [*out, s.table(rows, widths, *cmds)]

    # ---------------------------------------------------------------- answers

    def citations(self, item: Item) -> Flowable:
        parts = []
        for c in item.citations:
            quote = c.quote if len(c.quote) <= QUOTE_CHARS else c.quote[:QUOTE_CHARS] + "…"
            parts.append(f"{source_title(c.source)}{c.clause}「{quote}」")
        for r in item.references:
            parts.append(r.title + (f" {r.clause}" if r.clause else ""))
        return self.s.p(f"{self.L('basis')}: " + "；".join(parts), "small")

    def value_text(self, spec: Item | Column, value: Any) -> str:
        r = spec.response if isinstance(spec, Item) else spec
        kind = r.type.value
        if value is None:
            return "—"
        if kind == "pass_fail":
            return self.V("result", value)
        if kind == "yes_no":
            return self.V("yes_no", value)
        if kind == "number":
            unit = pick(r.unit.model_dump(), self.lang) if r.unit else ""
            return f"{value} {unit}".strip() if self.lang != "zh" else f"{value}{unit}"
        if kind in ("single_choice", "multiple_choice"):
            labels = {o.id: pick(o.label.model_dump(), self.lang) for o in r.options}
            values = value if isinstance(value, list) else [value]
            sep = "、" if self.lang == "zh" else "; "
            return sep.join(labels.get(v, str(v)) for v in values) or "—"
        return str(value)

    def answer_cell(self, item: Item, a: ItemAnswer | None, applicable: bool) -> list[Flowable]:
        s = self.s
        if not applicable:
            return [s.p(self.L("na_facility"), "cell_grey")]
        if a is None or (a.result is None and a.value is None and not a.rows
                         and not a.not_applicable):
            out = [s.p(self.L("unanswered"), "cell_grey")]
        elif a.not_applicable:
            out = [s.p(self.L("not_applicable"), "cell_grey")]
        elif item.response.type == "repeat":
            out = []
            for n, row in enumerate(sorted(a.rows, key=lambda r: r.position), start=1):
                cells = "；".join(
                    f"{pick(c.label.model_dump(), self.lang)} {self.value_text(c, row.cells[c.id])}"
                    for c in item.response.columns if c.id in row.cells)
                bad = judge_row(item, row.cells, self.d.date).result == "fail"
                out.append(s.p(f"{n}. {cells}", "small_fail" if bad else "small"))
            if not out:
                out = [s.p("—", "cell")]
        else:
            out = [s.p(self.value_text(item, a.value), "cell")]
        if a is not None and a.result == "fail" and a.reason:
            out.append(s.p(f"{self.L('reason')}: {pick(a.reason, self.lang)}", "small_fail"))
        if a is not None and a.note:
            out.append(s.p(f"{self.L('note')}: {a.note}", "small"))
        return out

    def photo_grid(self, photos: Sequence[PhotoInfo], width: float) -> Table:
        s = self.s
        cell_w = width / PHOTOS_PER_ROW
        box_w, box_h = cell_w - 8, (cell_w - 8) * 0.75
        cells: list[list[Flowable]] = []
        for n, photo in enumerate(photos, start=1):
            path = photo_file(photo, self.photos_dir)
            caption = f"{self.L('photo')} {n}" + (f": {photo.caption}" if photo.caption else "")
            if path is None:
                cells.append([s.p(self.L("photo_missing"), "caption"), s.p(caption, "caption")])
                continue
            jpeg, w, h = grid_jpeg(path)
            iw, ih = _fit(w, h, box_w, box_h)
            cells.append([Image(io.BytesIO(jpeg), iw, ih), s.p(caption, "caption")])
        rows = [cells[i:i + PHOTOS_PER_ROW] for i in range(0, len(cells), PHOTOS_PER_ROW)]
        rows[-1] += [""] * (PHOTOS_PER_ROW - len(rows[-1]))
        return s.table(rows, [cell_w] * PHOTOS_PER_ROW,
                       ("ALIGN", (0, 0), (-1, -1), "CENTER"), header=False, grid=False)

    def checklist(self, checklist: Checklist, number: int) -> list[Flowable]:
        s = self.s
        title = pick(checklist.title.model_dump(), self.lang)
        out: list[Flowable] = [CondPageBreak(40 * mm),
                               s.p(f"{number}. {title}（v{checklist.version}）"
                                   if self.lang != "en" else
                                   f"{number}. {title} (v{checklist.version})", "h2")]
        w = FRAME_WIDTH
        widths = [w * 0.07, w * 0.50, w * 0.31, w * 0.12]
        for sn, section in enumerate(checklist.sections, start=1):
            head = [self.lab(k) for k in ("no", "item", "answer", "result")]
            rows: list[list[Any]] = [head]
            cmds: list[tuple[Any, ...]] = []
            for n, item in enumerate(section.items, start=1):
                key = (checklist.id, item.id)
                a = self.d.answers.get(key)
                applicable = self.d.applicable.get(key, True)
                result = a.result if (a and applicable) else None
                item_cell = [*self.texts(item.prompt.model_dump(), "cell", "cell_grey"),
                             self.citations(item)]
                if item.severity.value == "critical":
                    item_cell.insert(0, s.p(f"[{self.V('severity', 'critical')}]", "small_fail"))
                # number and result are short: plain cell strings (no Paragraph to lay out)
                res = value_label("result", result, self.lang, sep="\n") if result else "—"
                r = len(rows)
                rows.append([f"{number}.{sn}.{n}", item_cell,
                             self.answer_cell(item, a, applicable), res])
                if result == "fail":
                    cmds += [("BACKGROUND", (0, r), (-1, r), FAIL_BG),
                             ("TEXTCOLOR", (3, r), (3, r), FAIL_FG),
                             ("FONT", (3, r), (3, r), s.bold, 8.5)]
                if a is not None and a.photos and applicable:
                    r = len(rows)
                    rows.append([self.photo_grid(a.photos, w - 6), "", "", ""])
                    cmds.append(("SPAN", (0, r), (-1, r)))
                    if result == "fail":
                        cmds.append(("BACKGROUND", (0, r), (-1, r), FAIL_BG))
            out.append(CondPageBreak(30 * mm))
            out.append(s.p(f"{number}.{sn} {pick(section.title.model_dump(), self.lang)}", "h3"))
            out.append(s.table(rows, widths, *cmds))
        return out

    # ---------------------------------------------------------------- signatures

    def signature_rows(self, signatures: Sequence[SignatureInfo]) -> list[list[Any]]:
        s = self.s
        rows = []
        for g in signatures:
            role = self.lab("inspector_sig" if g.signer_role == "inspector" else
                            "representative_sig", "cell")
            who = g.signer_name
            badge = self.badges.get(g.inspector_id or "")
            if badge is not None:
                who += f"（{badge.badge_number}）" if self.lang != "en" else \
                    f" ({badge.badge_number})"
            if g.signer_title:
                who += f" {g.signer_title}"
            img = signature_image(g.image_png, 48 * mm, 15 * mm)
            rows.append([role, s.p(who, "cell"), img,
                         s.p(local_time(g.signed_at), "cell")])
        return rows

    def signatures(self) -> list[Flowable]:
        s = self.s
        current = [g for g in self.d.signatures if not g.superseded]
        out: list[Flowable] = [CondPageBreak(50 * mm), s.p(self.L("signatures"), "h2")]
        w = FRAME_WIDTH
        widths = [w * 0.2, w * 0.3, w * 0.32, w * 0.18]
        head = [self.lab(k) for k in ("signer_role", "signer", "signature", "signed_on")]
        if current:
            rows = self.signature_rows(current)
        else:
            rows = [[s.p(self.L("inspector_sig"), "cell"), s.p(
                f"{m.inspector.name}（{m.inspector.badge_number}）", "cell"),
                s.p(self.L("not_signed"), "cell_grey"), ""] for m in self.d.team]
            rows.append([s.p(self.L("representative_sig"), "cell"),
                         s.p(self.d.facility.representative, "cell"),
                         s.p(self.L("not_signed"), "cell_grey"), ""])
        out.append(KeepTogether(s.table([head, *rows], widths,
                                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"))))
        old = [g for g in self.d.signatures if g.superseded]
        if old:
            text = "；".join(f"{g.signer_name} {local_time(g.signed_at)}" for g in old)
            out.append(s.p(f"{self.L('superseded')}: {text}", "small"))
        if self.d.amendments:
            out.append(s.p(self.L("amendments"), "h3"))
            for a in self.d.amendments:
                out.append(s.p(f"{local_time(a.opened_at)} – {local_time(a.closed_at)}  "
                               f"{a.actor}: {a.reason}", "small"))
        out.append(Spacer(1, 3 * mm))
        out.append(s.p(f"{self.L('data_hash')} (SHA-256): {self.data_hash}", "small"))
        return out

    def story(self) -> list[Flowable]:
        story = [*self.heading(), *self.facility(), *self.inspection(), *self.result(),
                 *self.findings(), CondPageBreak(60 * mm), self.s.p(self.L("answers"), "h2")]
        for n, checklist in enumerate(self.d.checklists, start=1):
            story += self.checklist(checklist, n)[1 if n == 1 else 0:]
        story += self.signatures()
        return story


def signature_image(png: bytes, box_w: float, box_h: float) -> Flowable:
    """A handwritten signature (transparent PNG) fitted into a box."""
    with PILImage.open(io.BytesIO(png)) as im:
        w, h = im.size
    iw, ih = _fit(w, h, box_w, box_h)
    return Image(io.BytesIO(png), iw, ih, mask="auto")


def render_report(detail: InspectionDetail, *, lang: str, report_number: str, issuer: str,
                  data_hash: str | None = None, photos_dir: Path | None = None,
                  mark: str | None = None) -> bytes:
    """The inspection report as PDF bytes (A4; lang ``zh``, ``en`` or ``both``).

    ``data_hash`` defaults to ``inspection_digest(detail)``; the QR code on every
    page carries ``f"{report_number}|{data_hash}"``. Photos are read from their
    stored files (``photos_dir`` is searched first when given). ``mark`` (COPY_MARK)
    is written across every page of an unsigned copy.
    """
    check_lang(lang)
    digest = data_hash or inspection_digest(detail)
    r = _Report(detail, lang, report_number, issuer, digest, photos_dir)
    decor = PageDecor(lang, "report_title", report_number, issuer,
                      qr_payload(report_number, digest), r.s.font, mark)
    title = f"{label('report_title', lang)} {report_number}"
    return build(r.story(), decor, title=title, subject=detail.facility.name)


def findings_for_notice(detail: InspectionDetail) -> list[FindingInfo]:
    """The findings a rectification notice lists: every one not withdrawn."""
    return [f for f in detail.findings if f.status != "withdrawn"]
