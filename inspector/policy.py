"""The inspection policy: rectification deadlines, verdict thresholds, team size.

The defaults live here and nowhere else. An office can change them; the changes are
stored in the database's settings table (see ``settings.py``) and apply to findings
drafted and scores computed from then on.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from inspector.checklists.schema import InspectionKind

KINDS = tuple(k.value for k in InspectionKind)

# An official inspection is made by at least two inspectors (each with a badge), so
# that a finding never rests on one person's word. An office may allow one inspector
# for some kinds of inspection (for example complaint visits): ``single_inspector_kinds``.
OFFICIAL_TEAM_SIZE = 2


@dataclass(frozen=True)
class Policy:
    # Days from the inspection date to the rectification deadline, by severity.
    deadline_days_critical: int = 3
    deadline_days_major: int = 15
    deadline_days_minor: int = 30
    # Score (0-100) at or above which the verdict is 合格 / 基本合格.
    pass_min_score: float = 90.0
    basic_pass_min_score: float = 75.0
    # Kinds of inspection the office allows one inspector to make alone.
    single_inspector_kinds: tuple[str, ...] = ()

    def deadline_days(self, severity: str) -> int:
        return int(getattr(self, f"deadline_days_{severity}"))

    def min_team_size(self, kind: str) -> int:
        """How many inspectors an inspection of ``kind`` needs at least."""
        return 1 if kind in self.single_inspector_kinds else OFFICIAL_TEAM_SIZE

    def as_dict(self) -> dict[str, Any]:
        values = asdict(self)
        values["single_inspector_kinds"] = list(self.single_inspector_kinds)
        return values

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> Policy:
        """A policy from stored values; unknown keys are ignored, bad values refused."""
        known = {f.name: f for f in fields(cls)}
        kwargs: dict[str, Any] = {}
        for key, value in values.items():
            if key in known:
                kwargs[key] = check(key, value)
        policy = cls(**kwargs)
        if policy.basic_pass_min_score > policy.pass_min_score:
            raise ValueError("basic_pass_min_score must not exceed pass_min_score")
        return policy


def _kinds(value: Any) -> tuple[str, ...]:
    """A list of inspection kinds, given as a list or as "a,b" text ("" or "none": none)."""
    if isinstance(value, str):
        parts = [p.strip() for p in value.replace("，", ",").split(",")]
        items = [p for p in parts if p and p.lower() != "none"]
    elif isinstance(value, (list, tuple)):
        items = [str(v).strip() for v in value]
    else:
        raise ValueError(f"single_inspector_kinds must be a list of kinds, not {value!r}")
    unknown = [k for k in items if k not in KINDS]
    if unknown:
        raise ValueError(f"unknown inspection kind(s) {', '.join(unknown)}; "
                         f"known: {', '.join(KINDS)}")
    return tuple(k for k in KINDS if k in items)  # canonical order, no repeats


def check(key: str, value: Any) -> Any:
    """Validate one policy value; ValueError with the reason when it is wrong."""
    known = {f.name for f in fields(Policy)}
    if key not in known:
        raise ValueError(f"unknown setting {key!r}; known: {', '.join(sorted(known))}")
    if key == "single_inspector_kinds":
        return _kinds(value)
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{key} must be a number, not {value!r}") from None
    if key.startswith("deadline_days_"):
        if not number.is_integer() or not 0 <= number <= 365:
            raise ValueError(f"{key} must be a whole number of days from 0 to 365")
        return int(number)
    if not 0 <= number <= 100:
        raise ValueError(f"{key} must be between 0 and 100")
    return number
