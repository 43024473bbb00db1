"""Benchmark: saving answers one at a time, as the inspector types them.

Each answer through ``Inspections.answer`` is one write transaction that validates
the value, judges it, writes the audit log and re-scores the whole inspection. The
baseline does the least the same durability needs: one raw sqlite3 upsert per
answer, in its own transaction, with the same pragmas (WAL, synchronous=FULL).
Reports per-answer latency of both and their ratio (machines are noisy: read the
ratio, not the milliseconds).

    .venv/bin/python bench/bench_answers.py [--answers 300]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from inspector.credit_code import make_credit_code
from inspector.facility_records import FacilityInput
from inspector.storage.database import Actor
from inspector.workspace import Workspace

ACTOR = Actor("bench")


def service_run(root: Path, n: int) -> list[float]:
    ws = Workspace.open(root)
    fid = ws.facilities.create(FacilityInput.model_validate(dict(
        name="基准托育中心", credit_code=make_credit_code("91320281MA1XK7PR3"), address="路1号",
        district="江阴市", township="澄江街道", registration_kind="for_profit",
        service_modes=["full_day"], capacity=60, takes_under_2=True, serves_meals=True,
        filing_status="filed", filing_number="X1", representative="周婷",
        contact_phone="13812345678")), ACTOR)
    team = [uuid.UUID(ws.inspectors.create("甲", "卫健", "B1", ACTOR))]
    iid = ws.inspections.start(uuid.UUID(fid), "routine", date(2026, 11, 2), team, ACTOR,
                               checklist_ids=list(ws.catalog.current))
    items = [(c.id, i.id) for c in ws.catalog.current.values() for i in c.items
             if i.response.type == "pass_fail"]
    times = []
    for k in range(n):
        cid, item = items[k % len(items)]
        t = time.perf_counter()
        ws.inspections.answer(iid, cid, item, "pass" if k % 3 else "fail", ACTOR)
        times.append(time.perf_counter() - t)
    ws.close()
    return times


def baseline_run(path: Path, n: int) -> list[float]:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE answer (inspection TEXT, item TEXT, value TEXT, "
                "PRIMARY KEY (inspection, item))")
    times = []
    for k in range(n):
        t = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT INTO answer VALUES ('i', ?, ?) ON CONFLICT DO UPDATE SET "
                    "value = excluded.value", (f"item{k % 100}", "pass" if k % 3 else "fail"))
        con.execute("COMMIT")
        times.append(time.perf_counter() - t)
    con.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = baseline_run(Path(tmp) / "baseline.db", args.answers)
        svc = service_run(Path(tmp) / "data", args.answers)
    for name, t in (("baseline sqlite3 upsert", base), ("Inspections.answer", svc)):
        print(f"{name:<26} median {statistics.median(t) * 1000:7.2f} ms   "
              f"p95 {sorted(t)[int(len(t) * 0.95)] * 1000:7.2f} ms")
    print(f"ratio (median): {statistics.median(svc) / statistics.median(base):.1f}x")


if __name__ == "__main__":
    main()
