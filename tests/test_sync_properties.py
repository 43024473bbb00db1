"""Property-based: random edits and bundle exchanges between two laptops and an office.

Every example starts from copies of one prepared state (laptop A made an inspection
and shipped it to laptop B and the office O), then runs a random sequence of answer
edits and exports/imports. Whatever the sequence:

- nothing goes missing: every version that left a laptop is, at the office after a
  last round of exports, either in the history of the office's copy or kept there as
  a conflict waiting for a decision;
- after the office decides and ships its copy back, all three agree and no conflict
  is left anywhere;
- importing the same bundles in a different order leaves the same versions.
"""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from inspector.storage import models as m
from inspector.sync import records, revisions
from inspector.workspace import Workspace

from .sync_kit import DAY, Laptop, Office, laptop, pass_fail_items, seed

ITEMS = 4
NAMES = ("a", "b", "o")


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Office, uuid.UUID, list[str]]:
    root = tmp_path_factory.mktemp("prepared")
    office = Office.create(["WJ-001", "XF-002", "OF-100"])
    laps = {n: laptop(root, n, office, b) for n, b in zip(NAMES, ("WJ-001", "XF-002", "OF-100"),
                                                           strict=True)}
    fid, team = seed(laps["a"].ws, laps["a"].actor)
    iid = laps["a"].ws.inspections.start(fid, "routine", DAY, team, laps["a"].actor,
                                         checklist_ids=["fire-safety"])
    items = pass_fail_items(laps["a"].ws)[:ITEMS]
    bundle = laps["a"].export()
    laps["b"].take(bundle)
    laps["o"].take(bundle)
    for lap in laps.values():
        lap.ws.close()
    return root, office, iid, items


class World:
    def __init__(self, prepared: Any, where: Path):
        root, office, self.iid, self.items = prepared
        if where.exists():
            shutil.rmtree(where)
        shutil.copytree(root, where)
        self.laps: dict[str, Laptop] = {}
        for n, badge in zip(NAMES, ("WJ-001", "XF-002", "OF-100"), strict=True):
            ws = Workspace.open(where / n)
            self.laps[n] = Laptop(n, ws, office.signers[badge], badge, where / "outbox")
        self.shipped: list[tuple[str, str]] = []  # (rev, content hash) of every export

    def close(self) -> None:
        for lap in self.laps.values():
            lap.ws.close()

    def head(self, name: str) -> revisions.Revision:
        ws = self.laps[name].ws
        with ws.db.write() as s:
            record, _ = records.dump(s, "inspection", self.iid)  # type: ignore[misc]
            return revisions.checkpoint(s, "inspection", self.iid, record)

    def ship(self, src: str, dst: str) -> Path:
        bundle = self.laps[src].export()
        head = self.head(src)
        self.shipped.append((head.rev, head.content_sha256))
        self.laps[dst].take(bundle)
        return bundle

    def content(self, name: str) -> dict[str, Any]:
        ws = self.laps[name].ws
        with ws.db.read() as s:
            record, _ = records.dump(s, "inspection", self.iid)  # type: ignore[misc]
        data = records.normalise("inspection", record)
        return {(a["item_id"]): (a["value"], a["note"]) for a in data["answers"]}

    def kept(self, name: str) -> tuple[set[str], set[str]]:
        """(revisions, contents) the office holds: its copy's history and every
        pending conflict's history."""
        ws = self.laps[name].ws
        with ws.db.read() as s:
            head = s.get(m.RecordHead, self.iid)
            starts = [head.rev] + [c.remote_rev for c in s.scalars(sa.select(
                m.SyncConflict).where(m.SyncConflict.resolved_at.is_(None)))]
            found = [r for start in starts for r in revisions.history(s, self.iid, start)]
        return {r.rev for r in found}, {r.content_sha256 for r in found}

    def versions(self, name: str) -> set[str]:
        ws = self.laps[name].ws
        with ws.db.read() as s:
            head = s.get(m.RecordHead, self.iid)
            pending = {records.content_sha256("inspection", c.remote["record"])
                       for c in s.scalars(sa.select(m.SyncConflict).where(
                           m.SyncConflict.resolved_at.is_(None)))}
        return {head.content_sha256} | pending

    def pending(self, name: str) -> list[Any]:
        return self.laps[name].ws.sync.pending_conflicts()


edit = st.tuples(st.just("edit"), st.sampled_from(("a", "b")), st.integers(0, ITEMS - 1),
                 st.sampled_from(("pass", "fail")))
sync = st.tuples(st.just("sync"), st.sampled_from(NAMES), st.sampled_from(NAMES)).filter(
    lambda op: op[1] != op[2])
operations = st.lists(st.one_of(edit, sync), min_size=1, max_size=8)

# Shrinking replays whole exchanges (seconds each): a failure is reported as found.
SETTINGS = settings(max_examples=12, deadline=None, derandomize=True, database=None,
                    phases=[Phase.explicit, Phase.generate],
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


def _run(world: World, ops: list[Any]) -> None:
    for op in ops:
        if op[0] == "edit":
            _, who, item, value = op
            lap = world.laps[who]
            lap.ws.inspections.answer(world.iid, "fire-safety", world.items[item], value,
                                      lap.actor)
        else:
            world.ship(op[1], op[2])


@SETTINGS
@given(ops=operations)
# Both edit the same answer alike; B's version reaches A (a conflict there), the office
# merges both and ships the merge: A's conflict must close (it once stayed open).
@example(ops=[("edit", "a", 0, "pass"), ("edit", "b", 0, "pass"), ("sync", "b", "a")])
def test_nothing_goes_missing_and_everyone_converges(prepared: Any, tmp_path: Path,
                                                    ops: list[Any]) -> None:
    world = World(prepared, tmp_path / "world")
    try:
        _run(world, ops)
        world.ship("a", "o")
        world.ship("b", "o")
        revs, contents = world.kept("o")
        for rev, content in world.shipped:
            assert rev in revs or content in contents, "a shipped version went missing"

        # The office decides (keeps its own for every part) and ships the result.
        for conflict in world.pending("o"):
            world.laps["o"].ws.sync.resolve(uuid.UUID(conflict.id), {}, world.laps["o"].actor)
        world.ship("o", "a")
        world.ship("o", "b")
        assert world.content("a") == world.content("b") == world.content("o")
        assert world.head("a").content_sha256 == world.head("o").content_sha256
        assert world.pending("a") == world.pending("b") == world.pending("o") == []
    finally:
        world.close()


@SETTINGS
@given(ops=operations, order=st.randoms(use_true_random=False))
def test_import_order_does_not_matter(prepared: Any, tmp_path: Path, ops: list[Any],
                                      order: Any) -> None:
    world = World(prepared, tmp_path / "world")
    try:
        bundles: list[Path] = []
        for op in ops:
            if op[0] == "edit":
                _run(world, [op])
                bundles.append(world.laps[op[1]].export())
            elif "o" not in op[1:]:
                world.ship(op[1], op[2])
        office = world.laps["o"].ws.paths.root
        world.laps["o"].ws.close()
        results = []
        for attempt in range(2):
            copy = tmp_path / f"office-{attempt}"
            if copy.exists():
                shutil.rmtree(copy)
            shutil.copytree(office, copy)
            world.laps["o"].ws = Workspace.open(copy)
            shuffled = list(bundles)
            if attempt:
                order.shuffle(shuffled)
            else:
                shuffled.reverse()
            for bundle in shuffled:
                world.laps["o"].take(bundle)
            results.append(world.versions("o"))
            world.laps["o"].ws.close()
        world.laps["o"].ws = Workspace.open(copy)
        assert results[0] == results[1]
    finally:
        world.close()
