"""Inspector profiles: name, department and badge number of each inspector."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import sqlalchemy as sa

from inspector.pinyin import sort_key
from inspector.storage import models as m
from inspector.storage.database import Actor, Database
from inspector.storage.types import natural_id, new_id


class ProfileError(ValueError):
    """A profile was refused; the message says why."""


@dataclass(frozen=True)
class InspectorInfo:
    id: str
    name: str
    department: str
    badge_number: str
    active: bool

    @property
    def actor(self) -> Actor:
        return Actor(f"{self.name} ({self.badge_number})", uuid.UUID(self.id))


def profile_info(p: m.InspectorProfile) -> InspectorInfo:
    return InspectorInfo(str(p.id), p.name, p.department, p.badge_number, p.active)


class Inspectors:
    def __init__(self, db: Database):
        self.db = db

    def create(self, name: str, department: str, badge_number: str, actor: Actor) -> str:
        name, department, badge = name.strip(), department.strip(), badge_number.strip()
        if not name or not department or not badge:
            raise ProfileError("name, department and badge number are all required")
        with self.db.write(actor) as s:
            if s.scalar(sa.select(m.InspectorProfile.id).where(
                    m.InspectorProfile.badge_number == badge)):
                raise ProfileError(f"badge number {badge} is already registered")
            profile_id = natural_id("badge", badge)
            if s.get(m.InspectorProfile, profile_id) is not None:  # badge was renumbered
                profile_id = new_id()
            profile = m.InspectorProfile(id=profile_id, name=name, department=department,
                                         badge_number=badge)
            s.add(profile)
            s.flush()
            return str(profile.id)

    def update(self, inspector_id: uuid.UUID, name: str, department: str, badge_number: str,
               actor: Actor) -> None:
        name, department, badge = name.strip(), department.strip(), badge_number.strip()
        if not name or not department or not badge:
            raise ProfileError("name, department and badge number are all required")
        with self.db.write(actor) as s:
            profile = s.get(m.InspectorProfile, inspector_id)
            if profile is None:
                raise ProfileError(f"no inspector {inspector_id}")
            if s.scalar(sa.select(m.InspectorProfile.id).where(
                    m.InspectorProfile.badge_number == badge,
                    m.InspectorProfile.id != inspector_id)):
                raise ProfileError(f"badge number {badge} is already registered")
            for key, value in (("name", name), ("department", department),
                               ("badge_number", badge)):
                if getattr(profile, key) != value:
                    setattr(profile, key, value)

    def set_active(self, inspector_id: uuid.UUID, active: bool, actor: Actor) -> None:
        """Inactive profiles stay on past inspections but are not offered for new ones."""
        with self.db.write(actor) as s:
            profile = s.get(m.InspectorProfile, inspector_id)
            if profile is None:
                raise ProfileError(f"no inspector {inspector_id}")
            if profile.active != active:
                profile.active = active

    def list(self, include_inactive: bool = False) -> list[InspectorInfo]:
        """Inspectors in the order Chinese readers expect: by the pinyin of the name."""
        q = sa.select(m.InspectorProfile)
        if not include_inactive:
            q = q.where(m.InspectorProfile.active.is_(True))
        with self.db.read() as s:
            found = [profile_info(p) for p in s.scalars(q)]
        return sorted(found, key=lambda p: (sort_key(p.name), p.name, p.badge_number))

    def get(self, inspector_id: uuid.UUID) -> InspectorInfo:
        with self.db.read() as s:
            p = s.get(m.InspectorProfile, inspector_id)
            if p is None:
                raise ProfileError(f"no inspector {inspector_id}")
            return profile_info(p)
