"""The inspection policy: rectification deadlines and verdict thresholds.

The defaults live here and nowhere else. An office can change them; the changes are
stored in the database's settings table (see ``settings.py``) and apply to findings
drafted and scores computed from then on.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any


@dataclass(frozen=True)
class Policy:
    # Days from the inspection date to the rectification deadline, by severity.
    deadline_days_critical: int = 3
    deadline_days_major: int = 15
    deadline_days_minor: int = 30
    # Score (0-100) at or above which the verdict is 合格 / 基本合格.
    pass_min_score: float = 90.0
    basic_pass_min_score: float = 75.0

    def deadline_days(self, severity: str) -> int:
        return int(getattr(self, f"deadline_days_{severity}"))

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

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


def check(key: str, value: Any) -> Any:
    """Validate one policy value; ValueError with the reason when it is wrong."""
    known = {f.name for f in fields(Policy)}
    if key not in known:
        raise ValueError(f"unknown setting {key!r}; known: {', '.join(sorted(known))}")
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
