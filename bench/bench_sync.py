"""Benchmark: export and import of a bundle, against the simplest code moving the same data.

A source data directory gets N inspections (default 200) through the services the app
uses: every pass/fail item of the fire-safety checklist answered (one in eight
failing), and two photos each (≈1600×1200 JPEGs, as the photo store keeps them).
Then, timed (medians of several runs):

- export everything with ``Sync.export`` (checkpoint revisions, dump records,
  hash, sign, zip: JPEGs stored, JSON deflated), against a baseline that writes the
  same entries (the bundle's own JSON bytes and the photo files) with ``zipfile``
  and no checks, hashing or signing;
- import into an empty data directory with ``Sync.import_bundle`` (every check of
  the container and records, then the transaction), against a baseline that unzips
  the bundle unchecked (``extractall``) and inserts each record's JSON as one row
  into a raw sqlite3 table;
- import the same bundle again (every record identical: nothing written).

    .venv/bin/python bench/bench_sync.py [--inspections 200] [--runs 3]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cryptography.hazmat.primitives import serialization
from PIL import Image

from inspector.credit_code import make_credit_code
from inspector.facility_records import FacilityInput
from inspector.pki import create_ca, issue, load_p12
from inspector.storage.database import Actor
from inspector.sync.container import BundleSigner
from inspector.sync.service import Exporter, ExportScope
from inspector.workspace import Workspace

ACTOR = Actor("bench")
PASS = "bench-passphrase"


def _photo(rng: random.Random) -> bytes:
    """About the size of the store's copy of a phone photo (≈200-300 kB)."""
    gradient = Image.linear_gradient("L").resize((1600, 1200))
    noise = Image.effect_noise((1600, 1200), 12)
    img = Image.merge("RGB", (gradient, noise, Image.blend(gradient, noise, 0.5)))
    img.paste((rng.randrange(256), rng.randrange(256), 80), (0, 0, 400, 300))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    return out.getvalue()


def build(root: Path, n: int) -> Workspace:
    rng = random.Random(7)
    ws = Workspace.open(root)
    a = ws.inspectors.create("王建国", "区卫生健康局", "WJ-001", ACTOR)
    b = ws.inspectors.create("刘洋", "消防救援大队", "XF-002", ACTOR)
    team = [__import__("uuid").UUID(a), __import__("uuid").UUID(b)]
    items = [i for i in ws.catalog.current["fire-safety"].items
             if i.response.type == "pass_fail" and not i.applies_if]
    facilities = []
    for k in range(max(1, n // 10)):
        data = FacilityInput.model_validate(dict(
            name=f"江阴市测试托育中心{k}", credit_code=make_credit_code(f"91320281MA{k:07d}"),
            address="江阴市澄江街道人民中路1号", district="江阴市", township="澄江街道",
            registration_kind="for_profit", facility_type="standalone",
            service_modes=["full_day"], capacity=60, takes_under_2=True, serves_meals=True,
            filing_status="filed", filing_number=f"苏澄托备{k:05d}", representative="周婷",
            contact_phone="13812345678"))
        facilities.append(__import__("uuid").UUID(ws.facilities.create(data, ACTOR)))
    from datetime import date, timedelta

    for k in range(n):
        iid = ws.inspections.start(facilities[k % len(facilities)], "routine",
                                   date(2026, 1, 1) + timedelta(days=k % 300), team, ACTOR,
                                   checklist_ids=["fire-safety"])
        for item in items:
            ws.inspections.answer(iid, "fire-safety", item.id,
                                  "fail" if rng.random() < 0.125 else "pass", ACTOR)
        for item in items[:2]:
            ws.inspections.add_photo(iid, "fire-safety", item.id, _photo(rng), ACTOR)
    return ws


def median(runs: int, fn: Callable[[int], Any]) -> float:
    times = []
    for r in range(runs):
        start = time.perf_counter()
        fn(r)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--inspections", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    print(f"building {args.inspections} inspections in {tmp} …", flush=True)
    ca = create_ca("Bench CA", PASS)
    key, cert, chain = load_p12(issue(ca, PASS, "王建国", "WJ-001", "卫健委", PASS), PASS)
    signer = BundleSigner(key, cert, chain)
    ca_pem = load_p12(ca, PASS)[1].public_bytes(serialization.Encoding.PEM)
    src = build(tmp / "src", args.inspections)

    def export(r: int) -> None:
        src.sync.export(tmp / f"out-{r}.zip", ExportScope(everything=True), signer,
                        Exporter("王建国", "WJ-001"))

    t_export = median(args.runs, export)
    bundle = tmp / "out-0.zip"
    with zipfile.ZipFile(bundle) as zf:
        entries = [(i.filename, zf.read(i)) for i in zf.infolist()]

    def baseline_export(r: int) -> None:
        with zipfile.ZipFile(tmp / f"base-{r}.zip", "w") as zf:
            for name, data in entries:
                zf.writestr(name, data, zipfile.ZIP_STORED if name.endswith(".jpg")
                            else zipfile.ZIP_DEFLATED)

    t_base_export = median(args.runs, baseline_export)

    targets: list[Workspace] = []

    def do_import(r: int) -> None:
        ws = Workspace.open(tmp / f"dst-{r}")
        ws.sync.keys.trust(ca_pem)
        ws.sync.import_bundle(bundle, ACTOR)
        targets.append(ws)

    t_import = median(args.runs, do_import)

    def baseline_import(r: int) -> None:
        folder = tmp / f"raw-{r}"
        with zipfile.ZipFile(bundle) as zf:
            zf.extractall(folder)
        con = sqlite3.connect(folder / "raw.db")
        con.execute("CREATE TABLE record (name TEXT PRIMARY KEY, body TEXT)")
        with con:
            for path in sorted((folder / "records").rglob("*.json")):
                con.execute("INSERT INTO record VALUES (?, ?)",
                            (str(path), json.dumps(json.loads(path.read_bytes()))))
        con.close()

    t_base_import = median(args.runs, baseline_import)
    t_again = median(args.runs, lambda r: targets[0].sync.import_bundle(bundle, ACTOR))
    size = bundle.stat().st_size
    photos = sum(1 for n, _ in entries if n.startswith("photos/"))
    for ws in [src, *targets]:
        ws.close()
    print(f"bundle: {args.inspections} inspections, {photos} photos, {size / 1e6:.1f} MB")
    print(f"export       {t_export:6.2f} s   baseline zip   {t_base_export:6.2f} s   "
          f"ratio {t_export / t_base_export:5.1f}×")
    print(f"import new   {t_import:6.2f} s   baseline unzip+insert {t_base_import:6.2f} s   "
          f"ratio {t_import / t_base_import:5.1f}×")
    print(f"import again {t_again:6.2f} s   (every record identical)")


if __name__ == "__main__":
    main()
