"""The seed policy documents and an index of their clauses.

Checklist items cite clauses such as ``pingliang-2020 三(二)3`` together with a
verbatim quote. This module splits each bundled seed text into clauses by the
document's own numbering (一、 / （一） / 1.) and answers whether a quote really
stands in the cited clause, so a citation can be checked by a machine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from inspector.resources import resource_path

_NUMERALS = "一二三四五六七八九十"
_TOP = re.compile(rf"^([{_NUMERALS}]+)、")
_PART = re.compile(rf"^[（(]([{_NUMERALS}]+)[）)]")
_ITEM = re.compile(r"^(\d{1,2})\s*[.．、]")
_ANNEX_HEADING = re.compile(r"^附件\s*(\d*)\s*$")
_ANNEX_LISTING = re.compile(r"^附件\s*[：:]")
_CLAUSE = re.compile(rf"^(?:([{_NUMERALS}]+)(?:\(([{_NUMERALS}]+)\))?(\d+)?|(附件\d*))$")


def normalize(text: str) -> str:
    """Text as compared for quotes: no white space, ASCII parentheses and dots."""
    text = re.sub(r"\s+", "", text)
    return text.translate(str.maketrans({"（": "(", "）": ")", "．": "."}))


@dataclass(frozen=True)
class ClausePath:
    top: str  # 三, or 附件1 for an annex
    part: str | None = None  # 二 for （二）
    item: int | None = None

    @classmethod
    def parse(cls, clause: str) -> ClausePath | None:
        m = _CLAUSE.match(normalize(clause))
        if not m:
            return None
        if m.group(4):
            return cls(m.group(4))
        return cls(m.group(1), m.group(2), int(m.group(3)) if m.group(3) else None)

    def covers(self, other: ClausePath) -> bool:
        """Whether ``other`` is this clause or one of its sub-clauses."""
        if other.top != self.top:
            return False
        if self.item is not None:
            return other.part == self.part and other.item == self.item
        if self.part is not None:
            return other.part == self.part
        return True

    def __str__(self) -> str:
        part = f"({self.part})" if self.part else ""
        return f"{self.top}{part}{self.item or ''}"


@dataclass
class SourceDocument:
    id: str
    issuer: str
    number: str
    date: str
    title: str
    text: str
    clauses: list[tuple[ClausePath, str]] = field(default_factory=list)  # (path, normalized text)

    def clause_text(self, clause: str) -> str | None:
        """The normalized text of a clause with its sub-clauses, or None if absent."""
        path = ClausePath.parse(clause)
        if path is None:
            return None
        parts = [text for p, text in self.clauses if path.covers(p)]
        return "".join(parts) if parts else None

    def locate(self, quote: str) -> list[ClausePath]:
        """Every clause whose own text contains the quote."""
        q = normalize(quote)
        return [p for p, text in self.clauses if q in text]


def _split_clauses(text: str) -> list[tuple[ClausePath, str]]:
    clauses: list[tuple[ClausePath, list[str]]] = []
    current: ClausePath | None = None
    in_listing = False  # the list of annexes at the end of the main text

    def start(path: ClausePath) -> None:
        nonlocal current
        current = path
        clauses.append((path, []))

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        m_annex = _ANNEX_HEADING.match(line)
        if m_annex:
            in_listing = False
            start(ClausePath(f"附件{m_annex.group(1)}"))
            continue
        if _ANNEX_LISTING.match(line):
            in_listing = True
        elif not in_listing and (current is None or not current.top.startswith("附件")):
            if m := _TOP.match(line):
                start(ClausePath(m.group(1)))
            elif current is not None and (m := _PART.match(line)):
                start(ClausePath(current.top, m.group(1)))
            elif current is not None and (m := _ITEM.match(line)):
                start(ClausePath(current.top, current.part, int(m.group(1))))
        if current is not None:
            clauses[-1][1].append(line)
    return [(p, normalize("".join(lines))) for p, lines in clauses]


@cache
def load_sources(folder: Path | None = None) -> dict[str, SourceDocument]:
    """All seed documents by short id, with their clause index."""
    folder = folder or resource_path("seeds")
    meta = yaml.safe_load((folder / "sources.yaml").read_text(encoding="utf-8"))
    docs: dict[str, SourceDocument] = {}
    for entry in meta:
        text = (folder / entry["file"]).read_text(encoding="utf-8")
        doc = SourceDocument(
            id=entry["id"], issuer=entry["issuer"], number=entry["number"],
            date=str(entry["date"]), title=entry["title"], text=text,
        )
        doc.clauses = _split_clauses(text)
        docs[doc.id] = doc
    return docs


def check_citation(source: str, clause: str, quote: str) -> str | None:
    """None if the quote stands in the cited clause, else what is wrong."""
    docs = load_sources()
    doc = docs.get(source)
    if doc is None:
        return f"unknown source document {source!r}"
    text = doc.clause_text(clause)
    if text is None:
        return f"{source} has no clause {clause}"
    if normalize(quote) not in text:
        found = doc.locate(quote)
        where = f" (it stands in {', '.join(map(str, found))})" if found else ""
        return f"the quote is not in {source} {clause}{where}"
    return None
