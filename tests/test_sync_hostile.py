"""Bundles that are well-formed zips, validly signed by a trusted key, and still wrong:
records that break the schema or their own hashes, missing photos, bad references.
Each is refused (or its record rejected) and nothing else changes. Also: the app
killed in the middle of a large import leaves nothing half imported."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import uuid
import zipfile
from pathlib import Path
from typing import Any

import pytest

from inspector.sync.container import BundleEntry, BundleRefused, write_bundle

from .sync_kit import (
    DAY,
    Laptop,
    Office,
    files_digest,
    jpeg,
    laptop,
    pass_fail_items,
    reseal,
    rewrite,
    seed,
    snapshot,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def office() -> Office:
    return Office.create(["WJ-001", "XF-002"])


@pytest.fixture
def shipment(tmp_path: Path, office: Office) -> tuple[Laptop, Laptop, Path, uuid.UUID]:
    """A's bundle with one inspection (answers and a photo), and B that trusts A."""
    a = laptop(tmp_path, "a", office, "WJ-001")
    b = laptop(tmp_path, "b", office, "XF-002")
    fid, team = seed(a.ws, a.actor)
    iid = a.ws.inspections.start(fid, "routine", DAY, team, a.actor,
                                 checklist_ids=["fire-safety"])
    item = pass_fail_items(a.ws)[0]
    a.ws.inspections.answer(iid, "fire-safety", item, "fail", a.actor)
    a.ws.inspections.add_photo(iid, "fire-safety", item, jpeg(), a.actor)
    yield a, b, a.export(), iid
    a.ws.close()
    b.ws.close()


def _inspection(iid: uuid.UUID) -> str:
    return f"records/inspections/{iid}.json"


def _refused(b: Laptop, bundle: Path, code: str, match: str = "") -> BundleRefused:
    before, files = snapshot(b.ws), files_digest(b.ws.paths.root)
    db_bytes = b.ws.paths.database.read_bytes()
    with pytest.raises(BundleRefused) as refused:
        b.take(bundle)
    assert refused.value.code == code, refused.value
    assert match in refused.value.message
    assert b.ws.paths.database.read_bytes() == db_bytes  # byte for byte
    assert snapshot(b.ws) == before and files_digest(b.ws.paths.root) == files
    assert not (b.ws.paths.root / "staging").exists()
    return refused.value


def _edit_inspection(iid: uuid.UUID, edit: Any, seal: bool = True) -> Any:
    def change(name: str, data: Any) -> Any:
        if name == _inspection(iid):
            edit(data)
            if seal:
                reseal(data)
        return data
    return change


@pytest.mark.parametrize(("case", "edit", "seal", "match"), [
    ("unknown status", lambda d: d["record"].update(status="hacked"), True, "status"),
    ("extra field", lambda d: d["record"].update(owner="x"), True, "owner"),
    ("missing field", lambda d: d["record"].pop("kind"), True, "kind"),
    ("wrong type", lambda d: d["record"].update(inspection_date=12), True, "inspection_date"),
    ("naive time", lambda d: d["record"].update(created_at="2026-11-20T10:00:00"), True,
     "created_at"),
    ("huge text", lambda d: d["record"].update(note="长" * 30_000), True, "note"),
    ("bad photo hash", lambda d: d["record"]["photos"][0].update(sha256="XYZ"), True, "sha256"),
    ("content changed, hashes not", lambda d: d["record"].update(note="改"), False,
     "content hash"),
    ("forged revision id", lambda d: d.update(rev="0" * 64), False, "revision id"),
    ("id differs", lambda d: d["record"].update(id=str(uuid.uuid4())), True, "id"),
])
def test_records_that_break_the_schema_or_their_hashes_are_refused(
        shipment: Any, office: Office, tmp_path: Path, case: str, edit: Any, seal: bool,
        match: str) -> None:
    _a, b, bundle, iid = shipment
    bad = rewrite(bundle, tmp_path / "bad.zip", office.signers["WJ-001"],
                  _edit_inspection(iid, edit, seal))
    _refused(b, bad, "bad_record", match)
    assert b.take(bundle).counts()["new"] == 4  # the genuine bundle still imports


def _without(bundle: Path, out: Path, signer: Any, drop: str, add: dict[str, Any] | None = None
             ) -> Path:
    import json

    entries = []
    with zipfile.ZipFile(bundle) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        for e in manifest["entries"]:
            if not e["name"].startswith(drop):
                entries.append(BundleEntry(e["name"], data=zf.read(e["name"])))
    for name, data in (add or {}).items():
        entries.append(BundleEntry(name, data=json.dumps(data).encode()))
    write_bundle(out, entries=entries, signer=signer, exporter=manifest["exporter"],
                 device=manifest["device"], scope=manifest["scope"],
                 app_version=manifest["app_version"])
    return out


def test_photo_neither_in_the_bundle_nor_here_is_refused(shipment: Any, office: Office,
                                                          tmp_path: Path) -> None:
    _a, b, bundle, _iid = shipment
    bad = _without(bundle, tmp_path / "nophoto.zip", office.signers["WJ-001"], "photos/")
    _refused(b, bad, "missing_photo")


def test_missing_record_file_and_bad_checklist_are_refused(shipment: Any, office: Office,
                                                           tmp_path: Path) -> None:
    _a, b, bundle, _iid = shipment
    bad = _without(bundle, tmp_path / "nofac.zip", office.signers["WJ-001"],
                   "records/facilities.json")
    _refused(b, bad, "bad_record", "facilities.json")

    def break_checklist(name: str, data: Any) -> Any:
        if name == "records/checklists.json":
            data[0]["content"]["sections"] = []
        return data
    bad = rewrite(bundle, tmp_path / "badcl.zip", office.signers["WJ-001"], break_checklist)
    _refused(b, bad, "bad_record", "checklist")


def test_record_twice_and_misfiled_record_are_refused(shipment: Any, office: Office,
                                                      tmp_path: Path) -> None:
    import json

    _a, b, bundle, iid = shipment
    with zipfile.ZipFile(bundle) as zf:
        env = json.loads(zf.read(_inspection(iid)))
    other = uuid.uuid4()
    bad = _without(bundle, tmp_path / "misfiled.zip", office.signers["WJ-001"], "nothing",
                   add={f"records/inspections/{other}.json": env})
    _refused(b, bad, "bad_record")


def test_unknown_references_reject_the_record_and_keep_the_rest(
        shipment: Any, office: Office, tmp_path: Path) -> None:
    _a, b, bundle, _iid = shipment

    def drop_facility(name: str, data: Any) -> Any:
        if name == "records/facilities.json":
            return []
        return data
    bad = rewrite(bundle, tmp_path / "nofacility.zip", office.signers["WJ-001"], drop_facility)
    summary = b.take(bad)
    got = {o.entity: (o.outcome, o.reason) for o in summary.outcomes}
    assert got["inspection"][0] == "rejected" and "facility" in got["inspection"][1]
    assert got["inspector"][0] == "new"
    assert b.ws.inspections.count() == 0
    # The photo of the rejected inspection was not left in the store.
    assert not any((b.ws.paths.root / "photos").rglob("*.jpg"))


CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from inspector.storage.database import Actor
    from inspector.workspace import Workspace

    ws = Workspace.open(Path(sys.argv[1]))
    def progress(done, total):
        print(f"record {done}/{total}", flush=True)
        time.sleep(0.05)  # a slow disk: the kill lands inside the transaction
    ws.sync.import_bundle(Path(sys.argv[2]), Actor("child"), progress=progress)
    print("DONE", flush=True)
""")


def test_killed_during_a_large_import_leaves_nothing_half_imported(
        tmp_path: Path, office: Office) -> None:
    from inspector.demo import load_demo

    a = laptop(tmp_path, "a", office, "WJ-001")
    load_demo(a.ws)
    total = a.ws.inspections.count()
    bundle = a.export()
    a.ws.close()
    b = laptop(tmp_path, "b", office, "XF-002")
    before = snapshot(b.ws)
    b.ws.close()

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(b.ws.paths.root), str(bundle)],
                             stdout=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    for line in child.stdout:
        done, of = map(int, line.split()[1].split("/"))
        if done >= of // 2:
            child.send_signal(signal.SIGKILL)
            break
    child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL

    from inspector.workspace import Workspace

    ws = Workspace.open(b.ws.paths.root)
    try:
        with ws.db.read() as s:
            assert s.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert snapshot(ws) == before  # nothing of the bundle is in the database
        summary = ws.sync.import_bundle(bundle, b.actor)  # and it imports whole afterwards
        assert summary.counts()["rejected"] == 0
        assert ws.inspections.count() == total
        assert not (ws.paths.root / "staging").exists()
    finally:
        ws.close()


# --- the hostile corpus, through the real import into a real data directory ----------

def _genuine_data(bundle: Path) -> list[tuple[str, bytes]]:
    import json

    with zipfile.ZipFile(bundle) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        return [(e["name"], zf.read(e["name"])) for e in manifest["entries"]]


def _corpus(bundle: Path, out: Path, signer: Any) -> list[tuple[str, Path, str]]:
    """(case, file, expected code) for each class of hostile bundle."""
    import stat

    from . import bundle_corpus as bc

    data = _genuine_data(bundle)
    cases: list[tuple[str, Path, str]] = []

    def add(case: str, path: Path, code: str) -> None:
        cases.append((case, path, code))

    def zipped(case: str, extra: list[tuple[str, bytes]], code: str, **kw: Any) -> None:
        add(case, bc.signed_zip(out / f"{len(cases)}.zip", signer, data + extra, **kw), code)

    for bad in ("../escape.json", "records/../../escape.json", "/etc/escape.json",
                "C:/escape.json", "records\\..\\escape.json"):
        zipped(f"name {bad}", [(bad, b"{}")], "bad_name")
    link = bc.zinfo("records/link.json", mode=stat.S_IFLNK | 0o777)
    add("symlink entry", bc.raw_zip(out / "link.zip", [
        ("manifest.json", b"{}"), ("manifest.sig", b"{}"), (link, b"/etc/passwd")]),
        "link_entry")
    dup = data[0]
    add("duplicate name", bc.raw_zip(out / "dup.zip", [
        ("manifest.json", b"{}"), ("manifest.sig", b"{}"), dup, dup]), "duplicate_entry")
    add("zip bomb", bc.deflated_zeros(out / "bomb.zip", signer, real_size=300 << 20,
                                      declared=1000), "zip_bomb")
    whole = bundle.read_bytes()
    (out / "half.zip").write_bytes(whole[:len(whole) // 2])
    add("truncated zip", out / "half.zip", "damaged")
    (out / "noise.zip").write_bytes(os.urandom(50_000))
    add("random bytes", out / "noise.zip", "damaged")
    (out / "empty.zip").write_bytes(b"")
    add("empty file", out / "empty.zip", "damaged")
    zipped("deep JSON", [("records/deep.json", b"[" * 100_000 + b"]" * 100_000)], "bad_json",
           methods={"records/deep.json": bc.STORED})  # deflated, it is refused as a bomb
    zipped("duplicate keys", [("records/dupkeys.json", b'{"a": 1, "a": 2}')], "bad_json")
    zipped("NaN", [("records/nan.json", b'{"a": NaN}')], "bad_json")
    honest = bc.manifest_for(data)
    tampered = [(n, b.replace(b'"fail"', b'"pass"') if n.startswith("records/insp") else b)
                for n, b in data]
    add("hash mismatch", bc.signed_zip(out / "hash.zip", signer, tampered, manifest=honest),
        "hash_mismatch")
    big = bc.patch_jpeg_size(bc.jpeg_bytes(), 60000, 60000)
    zipped("enormous image", [(bc.photo_name(big), big)], "bad_image")
    cut = bc.jpeg_bytes((400, 300))[:-400]
    zipped("truncated image", [(bc.photo_name(cut), cut)], "bad_image")
    add("not signed", bc.signed_zip(out / "unsigned.zip", None, data), "not_signed")
    other = bc.self_signed("伪造者", "FAKE-1")
    manifest_bytes = json_bytes(bc.manifest_for(data))
    add("signature by another key", bc.signed_zip(
        out / "othersig.zip", None, data, manifest_bytes=manifest_bytes,
        signature=other.signer.sign(manifest_bytes)), "untrusted_signer")
    add("wrong signature", bc.signed_zip(
        out / "wrongsig.zip", None, data, manifest_bytes=manifest_bytes,
        signature=signer.sign(manifest_bytes + b" ")), "bad_signature")
    zipped("format version 2", [], "unsupported_version",
           manifest=bc.manifest_for(data, format_version=2))
    zipped("unknown format", [], "unknown_format",
           manifest=bc.manifest_for(data, format="something-else"))
    overlap = bc.signed_zip(out / "overlap.zip", signer, data)
    first, second = data[0][0], data[1][0]
    bc.patch_central(overlap, second, header_offset=bc.central(overlap, first)["header_offset"])
    add("overlapping entries", overlap, "overlapping_entries")
    return cases


def json_bytes(value: Any) -> bytes:
    import json

    return json.dumps(value, ensure_ascii=False).encode()


def test_hostile_corpus_changes_nothing(shipment: Any, office: Office, tmp_path: Path) -> None:
    _a, b, bundle, _iid = shipment
    b.take(bundle)  # B already holds the genuine records: nothing may touch them
    out = tmp_path / "corpus"
    out.mkdir()
    seen = {}
    for case, path, code in _corpus(bundle, out, office.signers["WJ-001"]):
        refused = _refused(b, path, code) if code != "overlapping_entries" else None
        if refused is None:  # overlapping entries: one of the two structural codes
            with pytest.raises(BundleRefused) as exc:
                b.take(path)
            assert exc.value.code in ("overlapping_entries", "damaged", "manifest_mismatch")
        seen[case] = code
        assert not any(p.name.startswith("escape") for p in tmp_path.rglob("escape*"))
    assert len(seen) >= 20
