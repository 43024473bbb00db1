"""Benchmark: the inspection list with years of data (100,000 inspections).

Builds a throw-away data directory with ~2,000 facilities in ~20 townships and
~100,000 inspections over 5 years (rows written straight through sqlite3: making
them through the services would take hours and is not what is measured), then
drives the real ``InspectionTableModel`` in a real ``QTableView`` (offscreen) and
times what a user does:

* first paint: a fresh model (COUNT) and the first screen of rows painted,
* scrolling to the last row and painting it,
* sorting by facility (header click), filtering by township + status, a text search.

Each is compared with the simplest baseline: raw sqlite3 running the same COUNT and
the same page SELECT (same join, order, filter, LIMIT/OFFSET) with no model, no
view, no ORM. Medians over repeats and the ratio are printed; read the ratio, not
the milliseconds (machines are noisy). Core queries slower than 100 ms are listed
with SQLite's query plan.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_inspection_list.py [--rows 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView
from sqlalchemy import event

from inspector.credit_code import make_credit_code
from inspector.inspection_records import InspectionFilter
from inspector.storage.types import new_id
from inspector.ui.context import AppContext
from inspector.ui.inspection_list import COLUMN_KEYS, InspectionTableModel
from inspector.workspace import Workspace

TOWNSHIPS = ["澄江街道", "南闸街道", "云亭街道", "夏港街道", "申港街道", "利港街道", "月城镇",
             "青阳镇", "徐霞客镇", "华士镇", "周庄镇", "新桥镇", "长泾镇", "顾山镇", "祝塘镇",
             "璜土镇", "临港街道", "城东街道", "高新区", "霞客湾"]
NAME_PARTS = ["小橙子", "贝贝乐", "阳光", "彩虹", "小天使", "童心", "宝贝星", "蒲公英", "向日葵",
              "小海豚", "爱心", "启航", "星星", "幸福", "金色童年", "小树苗", "七彩", "快乐"]
KINDS = ["routine"] * 6 + ["special"] * 2 + ["complaint", "followup", "joint"]
SEARCH_TERM = "彩虹"


# --------------------------------------------------------------------------- data


def _stamp(d: date) -> str:
    return datetime(d.year, d.month, d.day, 9, tzinfo=UTC).isoformat(timespec="microseconds")


def build(root: Path, n_inspections: int, n_facilities: int, seed: int = 7) -> Path:
    ws = Workspace.open(root)  # the real schema, through the migrations
    ws.close()
    rng = random.Random(seed)
    con = sqlite3.connect(root / "inspector.db")
    today = date(2026, 11, 20)
    facilities = []
    for n in range(n_facilities):
        township = TOWNSHIPS[n % len(TOWNSHIPS)]
        name = f"江阴市{township}{rng.choice(NAME_PARTS)}托育中心{n:04d}"
        code = make_credit_code(f"91320281MA{n:07d}")
        fid = new_id().hex
        facilities.append((fid, township))
        stamp = _stamp(today)
        con.execute(
            "INSERT INTO facility (id, name, credit_code, address, district, township, "
            "registration_kind, facility_type, service_modes, capacity, takes_under_2, "
            "serves_meals, filing_status, filing_number, representative, contact_name, "
            "contact_phone, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, '江阴市', ?, 'for_profit', 'standalone', '[\"full_day\"]', ?, "
            "?, ?, 'filed', ?, '周婷', NULL, '13812345678', ?, ?)",
            (fid, name, code, f"江阴市{township}人民路{n}号", township, rng.choice([30, 60, 90]),
             rng.random() < 0.6, rng.random() < 0.7, f"江托备{n:05d}", stamp, stamp))
    rows = []
    versions = json.dumps({"fire-safety": "1.0", "morning-check": "1.0"})
    for n in range(n_inspections):
        fid, _township = rng.choice(facilities)
        on = today - timedelta(days=rng.randint(0, 5 * 365))
        age = (today - on).days
        status = "draft" if age < 10 and rng.random() < 0.5 else (
            "completed" if age < 60 and rng.random() < 0.4 else "signed")
        applicable = rng.randint(60, 110)
        answered = applicable if status != "draft" else rng.randint(0, applicable)
        fails = min(answered, int(rng.expovariate(1 / 6)))
        critical = min(fails, int(rng.random() < 0.15) + int(rng.random() < 0.05))
        score = round(max(40.0, 100 - fails * 1.8 - critical * 8 - rng.random() * 4), 1)
        verdict = ("fail" if critical or score < 75 else "basic_pass" if score < 90 else "pass")
        if status == "draft" and answered == 0:
            score, verdict = None, None
        report = f"JY{on.year}-{n:06d}" if status == "signed" else None
        stamp = _stamp(on)
        rows.append((new_id().hex, fid, rng.choice(KINDS), on.isoformat(), status, versions,
                     report, score, verdict, fails, critical, answered, applicable, stamp,
                     stamp if status == "signed" else None, stamp, stamp))
    con.executemany(
        "INSERT INTO inspection (id, facility_id, kind, inspection_date, status, "
        "checklist_versions, report_number, score, verdict, fail_count, critical_fail_count, "
        "answered_count, applicable_count, position, completed_at, signed_at, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, ?)", rows)
    con.commit()  # no ANALYZE: the app never runs it, so the planner has no statistics
    con.close()
    return root


# --------------------------------------------------------------------------- baseline

ORDER_SQL = {"date": "", "facility": "f.name {d}, ", "township": "f.township {d}, "}


def baseline(con: sqlite3.Connection, flt: InspectionFilter, order: str, descending: bool,
             offset: int, limit: int = 200, count: bool = True) -> list[tuple[Any, ...]]:
    """The same COUNT and page as the model needs, in plain SQL."""
    where, args = ["1=1"], []
    if flt.status:
        where.append("i.status = ?")
        args.append(flt.status)
    if flt.township:
        where.append("f.township = ?")
        args.append(flt.township)
    if flt.text:
        like = f"%{flt.text}%"
        where.append("(f.name LIKE ? OR f.credit_code LIKE ? OR f.township LIKE ? "
                     "OR f.district LIKE ? OR i.report_number LIKE ?)")
        args += [like] * 5
    cond = " AND ".join(where)
    if count:
        con.execute(f"SELECT count(*) FROM inspection i JOIN facility f ON f.id = i.facility_id "
                    f"WHERE {cond}", args).fetchone()
    d = "DESC" if descending else "ASC"
    return con.execute(
        "SELECT i.id, i.inspection_date, f.name, f.township, i.kind, i.status, i.score, "
        "i.verdict, i.fail_count, i.critical_fail_count, i.answered_count, i.applicable_count "
        f"FROM inspection i JOIN facility f ON f.id = i.facility_id WHERE {cond} "
        f"ORDER BY {ORDER_SQL[order].format(d=d)}i.inspection_date {d}, i.id {d} "
        "LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()


# --------------------------------------------------------------------------- timing


def median_ms(fn: Callable[[], Any], repeat: int, before: Callable[[], Any] | None = None,
              watch: SlowQueries | None = None) -> float:
    times = []
    for _ in range(repeat):
        if before:
            before()
        if watch:
            watch.active = True
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
        if watch:
            watch.active = False
    return statistics.median(times) * 1000


class SlowQueries:
    """Collects core statements slower than a threshold, with their query plan."""

    def __init__(self, engine: Any, threshold_ms: float) -> None:
        self.threshold = threshold_ms / 1000
        self.found: dict[str, tuple[float, Any]] = {}
        self.active = False  # only statements run by the model are collected
        self._engine = engine
        event.listen(engine, "before_cursor_execute", self._before)
        event.listen(engine, "after_cursor_execute", self._after)

    def _before(self, conn: Any, _cursor: Any, _stmt: str, _params: Any, context: Any,
                _many: bool) -> None:
        context._bench_start = time.perf_counter()

    def _after(self, conn: Any, cursor: Any, stmt: str, params: Any, context: Any,
               _many: bool) -> None:
        took = time.perf_counter() - context._bench_start
        if self.active and took > self.threshold and stmt.lstrip().upper().startswith("SELECT"):
            best = self.found.get(stmt)
            if best is None or took > best[0]:
                self.found[stmt] = (took, params)

    def report(self, db_path: Path) -> None:
        if not self.found:
            print(f"\nno query of the model took longer than {self.threshold * 1000:.0f} ms")
            return
        con = sqlite3.connect(db_path)
        print(f"\nqueries of the model slower than {self.threshold * 1000:.0f} ms:")
        for stmt, (took, params) in sorted(self.found.items(), key=lambda kv: -kv[1][0]):
            print(f"\n{took * 1000:.0f} ms: {' '.join(stmt.split())}\n  params: {params}")
            for row in con.execute("EXPLAIN QUERY PLAN " + stmt, params):
                print("  plan:", row[-1])
        con.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--facilities", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--slow-ms", type=float, default=100,
                        help="list the model's queries slower than this, with their plan")
    parser.add_argument("--keep", metavar="DIR", help="build the data here and keep it")
    args = parser.parse_args()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp()) / "data"
    if not (root / "inspector.db").exists():
        t = time.perf_counter()
        build(root, args.rows, args.facilities)
        print(f"built {args.rows} inspections, {args.facilities} facilities in "
              f"{time.perf_counter() - t:.1f} s ({root})")
    ws = Workspace.open(root)
    ctx = AppContext.open(ws)
    slow = SlowQueries(ws.db.engine, threshold_ms=args.slow_ms)
    con = sqlite3.connect(root / "inspector.db")
    total = ws.inspections.count(InspectionFilter())
    print(f"{total} inspections; median of {args.repeat} runs\n")

    view = QTableView()
    view.resize(1366, 700)
    view.verticalHeader().setVisible(False)
    view.show()
    app.processEvents()

    def paint() -> None:
        view.viewport().grab()  # paints the visible rows: data() for each cell

    results: list[tuple[str, float, float, float]] = []

    def core(flt: InspectionFilter, order: str = "date", descending: bool = True,
             offset: int = 0, count: bool = True) -> Callable[[], Any]:
        def run() -> None:
            if count:
                ws.inspections.count(flt)
            ws.inspections.query(flt, order_by=order, descending=descending, offset=offset,
                                 limit=200)
        return run

    def fresh_model() -> InspectionTableModel:
        model = InspectionTableModel(ctx, view)
        view.setModel(model)
        paint()
        return model

    results.append(("first paint (count + first page)",
                    median_ms(fresh_model, args.repeat, watch=slow),
                    median_ms(core(InspectionFilter()), args.repeat),
                    median_ms(lambda: baseline(con, InspectionFilter(), "date", True, 0),
                              args.repeat)))
    model = fresh_model()

    last_page = max(0, total - 200)

    def to_top() -> None:
        view.scrollToTop()
        model.refresh()
        paint()

    def to_bottom() -> None:
        view.scrollToBottom()
        paint()

    results.append(("scroll to the last row",
                    median_ms(to_bottom, args.repeat, before=to_top, watch=slow),
                    median_ms(core(InspectionFilter(), offset=last_page, count=False),
                              args.repeat),
                    median_ms(lambda: baseline(con, InspectionFilter(), "date", True, last_page,
                                               count=False), args.repeat)))
    middle = total // 2

    def to_middle() -> None:
        view.scrollTo(model.index(middle, 0), QTableView.ScrollHint.PositionAtTop)
        paint()

    results.append(("jump to the middle row",
                    median_ms(to_middle, args.repeat, before=to_top, watch=slow),
                    median_ms(core(InspectionFilter(), offset=middle, count=False),
                              args.repeat),
                    median_ms(lambda: baseline(con, InspectionFilter(), "date", True, middle,
                                               count=False), args.repeat)))
    to_bottom()
    last = model.data(model.index(total - 1, 0), InspectionTableModel.ID_ROLE)
    expect = baseline(con, InspectionFilter(), "date", True, total - 1, 1, count=False)[0][0]
    assert last.replace("-", "") == expect, "the last row differs from the baseline"

    facility_col = COLUMN_KEYS.index("facility")

    def reset_order() -> None:
        view.scrollToTop()
        model.sort(COLUMN_KEYS.index("date"), Qt.SortOrder.DescendingOrder)

    def sort_facility() -> None:
        view.sortByColumn(facility_col, Qt.SortOrder.AscendingOrder)
        paint()

    view.setSortingEnabled(True)
    view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    results.append(("sort by facility",
                    median_ms(sort_facility, args.repeat, before=reset_order, watch=slow),
                    median_ms(core(InspectionFilter(), "facility", False), args.repeat),
                    median_ms(lambda: baseline(con, InspectionFilter(), "facility", False, 0),
                              args.repeat)))
    reset_order()

    town = InspectionFilter(township=TOWNSHIPS[3], status="signed")
    text = InspectionFilter(text=SEARCH_TERM)
    for label, flt in (("filter township + status", town), ("text search", text)):
        def apply(flt: InspectionFilter = flt) -> None:
            model.set_filter(flt)
            paint()

        results.append((f"{label} ({ws.inspections.count(flt)} rows)",
                        median_ms(apply, args.repeat, watch=slow,
                                  before=lambda: model.set_filter(InspectionFilter())),
                        median_ms(core(flt), args.repeat),
                        median_ms(lambda flt=flt: baseline(con, flt, "date", True, 0),
                                  args.repeat)))

    print(f"{'operation':<40} {'model+view':>11} {'core calls':>11} {'raw sqlite':>11} "
          f"{'ratio':>7}")
    for label, ours, service, base in results:
        print(f"{label:<40} {ours:>8.1f} ms {service:>8.1f} ms {base:>8.1f} ms "
              f"{ours / base:>6.1f}×")
    print("(model+view: the model's queries plus painting the visible rows; core calls: "
          "Inspections.count + query alone, plain OFFSET; raw sqlite: the same COUNT and page "
          "SELECT, plain OFFSET; ratio: model+view / raw sqlite.\n The model reads pages past "
          "the middle in reverse order from the end, hence the fast last row.)")
    print(f"\npages loaded: {model.page_loads}, rows held now: {model.fetched_rows()}")
    slow.report(root / "inspector.db")
    con.close()
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
