"""Loading checklist data files, with errors a person can act on.

A file is read as YAML (duplicate keys refused), checked against the schema in
``schema.py`` with the rules every file must meet (``FILE_RULES``: a number declares
its range) and, for every citation, against the seed texts. Any problem is
reported as ``file: line N (path.to.node): what is wrong`` and the whole file is
refused: nothing from a broken file is used.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from inspector.checklists.schema import FILE_RULES, Checklist
from inspector.checklists.sources import check_citation
from inspector.resources import checklists_dir

MAX_FILE_BYTES = 2_000_000

Location = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    path: str
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line else "file"
        if self.path:
            where += f" ({self.path})"
        return f"{self.file}: {where}: {self.message}"


class ChecklistError(Exception):
    """A checklist file was refused; ``problems`` says every reason found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(map(str, problems)))


class _UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that refuses a mapping with the same key twice."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None,
                    f"duplicate key {key!r} (first at line {seen[key] + 1})",
                    key_node.start_mark,
                )
            seen[key] = key_node.start_mark.line
        return super().construct_mapping(node, deep=deep)


def _line_map(node: yaml.Node, here: Location = (), out: dict[Location, int] | None = None
              ) -> dict[Location, int]:
    """Line (1-based) of every node in the YAML tree, by its path."""
    out = {} if out is None else out
    out[here] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            out[(*here, k.value)] = k.start_mark.line + 1
            _line_map(v, (*here, k.value), out)
            out[(*here, k.value)] = k.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, v in enumerate(node.value):
            _line_map(v, (*here, i), out)
    return out


def _nearest_line(lines: dict[Location, int], loc: Location) -> int | None:
    for n in range(len(loc), -1, -1):
        if loc[:n] in lines:
            return lines[loc[:n]]
    return None


def _dotted(loc: Iterable[str | int]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _readable(loc: Location, data: Any) -> str:
    """``sections[1].items[3]`` becomes ``sections[1].items[3] fire-exits-clear`` style paths."""
    text = _dotted(loc)
    node = data
    ident = None
    for part in loc:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict) and isinstance(node.get("id"), str):
            ident = node["id"]
    return f"{text} <{ident}>" if ident and text else text


def parse_checklist(path: Path, *, check_sources: bool = True) -> Checklist:
    """Read and validate one checklist file, or raise ChecklistError."""
    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ChecklistError(
            [Problem(name, None, "", f"cannot read the file: {exc.strerror}")]) from None
    if len(raw) > MAX_FILE_BYTES:
        raise ChecklistError([Problem(name, None, "", "file is larger than 2 MB")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ChecklistError(
            [Problem(name, None, "", f"not UTF-8 text (byte {exc.start})")]) from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.load(text, Loader=_UniqueKeyLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise ChecklistError(
            [Problem(name, line, "", f"not valid YAML: {exc.problem}")]) from None
    except yaml.YAMLError as exc:
        raise ChecklistError([Problem(name, None, "", f"not valid YAML: {exc}")]) from None
    if node is None or not isinstance(data, dict):
        raise ChecklistError([Problem(name, 1, "", "expected a mapping with id, version, title …")])
    lines = _line_map(node)
    try:
        checklist = Checklist.model_validate(data, context=FILE_RULES)
    except ValidationError as exc:
        problems = []
        errors = exc.errors()
        locs = [tuple(e["loc"]) for e in errors]
        for err in errors:
            if err["type"] == "too_short" and any(
                other[: len(err["loc"])] == tuple(err["loc"]) and other != tuple(err["loc"])
                for other in locs
            ):
                continue  # a list is short only because its broken members were dropped
            loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and "[" in p))
            msg = err["msg"].removeprefix("Value error, ")
            if err["type"] == "missing":
                msg = f"{loc[-1]} is missing"
                loc = loc[:-1]
            elif err["type"] == "extra_forbidden":
                msg = f"unknown key {loc[-1]!r}"
            problems.append(Problem(name, _nearest_line(lines, loc), _readable(loc, data), msg))
        raise ChecklistError(problems) from None
    if check_sources:
        problems = []
        for si, section in enumerate(checklist.sections):
            for ii, item in enumerate(section.items):
                for ci, cit in enumerate(item.citations):
                    wrong = check_citation(cit.source, cit.clause, cit.quote)
                    if wrong:
                        loc: Location = ("sections", si, "items", ii, "citations", ci)
                        problems.append(
                            Problem(name, _nearest_line(lines, loc), _readable(loc, data), wrong)
                        )
        if problems:
            raise ChecklistError(problems)
    return checklist


def bundled_files() -> list[Path]:
    return sorted(checklists_dir().glob("*.yaml"))


@dataclass
class LoadResult:
    checklists: list[Checklist]
    problems: list[Problem]


def load_checklists(paths: Iterable[Path] | None = None) -> LoadResult:
    """Load many files; a broken file contributes nothing but its problems.

    Two files declaring the same checklist id and version are a conflict: the
    second is refused.
    """
    result = LoadResult([], [])
    seen: dict[tuple[str, str], str] = {}
    for path in bundled_files() if paths is None else paths:
        try:
            checklist = parse_checklist(path)
        except ChecklistError as exc:
            result.problems.extend(exc.problems)
            continue
        key = (checklist.id, checklist.version)
        if key in seen:
            result.problems.append(Problem(
                str(path), 1, "id",
                f"checklist {checklist.id} {checklist.version} is already defined in {seen[key]}"))
            continue
        seen[key] = str(path)
        result.checklists.append(checklist)
    return result
