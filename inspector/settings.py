"""Domain settings kept in the database (not window layout, which the UI keeps).

For now these are the policy values (deadlines by severity, verdict thresholds);
each is validated by ``policy.check`` before it is stored, and every change goes
through the audit log like any other.
"""

from __future__ import annotations

from typing import Any

from inspector.policy import Policy, check
from inspector.storage import models as m
from inspector.storage.database import Actor, Database

_PREFIX = "policy."


def load_policy(db: Database) -> Policy:
    with db.read() as s:
        rows = s.query(m.Setting).filter(m.Setting.key.startswith(_PREFIX)).all()
        return Policy.from_dict({r.key.removeprefix(_PREFIX): r.value for r in rows})


def set_policy_value(db: Database, key: str, value: Any, actor: Actor) -> Policy:
    """Store one policy value; ValueError (nothing stored) when it is not acceptable."""
    checked = check(key, value)
    current = load_policy(db).as_dict()
    current[key] = checked
    Policy.from_dict(current)  # the whole policy must stay consistent
    with db.write(actor) as s:
        row = s.get(m.Setting, _PREFIX + key)
        if row is None:
            s.add(m.Setting(key=_PREFIX + key, value=checked))
        else:
            row.value = checked
    return load_policy(db)


class PolicySettings:
    """The policy of one database as a service (what the desktop app calls)."""

    def __init__(self, db: Database):
        self.db = db

    def load(self) -> Policy:
        return load_policy(self.db)

    def set(self, key: str, value: Any, actor: Actor) -> Policy:
        return set_policy_value(self.db, key, value, actor)
