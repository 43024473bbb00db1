"""Laptops and an office for sync tests: real data directories, real keys, real bundles."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization

from inspector.pki import create_ca, issue, load_p12
from inspector.storage.database import Actor
from inspector.sync.container import BundleEntry, BundleSigner, write_bundle
from inspector.sync.service import Exporter, ExportScope
from inspector.workspace import Workspace

from .conftest import facility_input

DAY = date(2026, 11, 20)
PASS = "pass-phrase-2026"


@dataclass
class Office:
    """An office CA that issued one key per inspector (made once per test module)."""

    ca_pem: bytes
    signers: dict[str, BundleSigner] = field(default_factory=dict)

    @classmethod
    def create(cls, badges: list[str]) -> Office:
        ca = create_ca("江阴市卫生健康委员会 CA", PASS)
        ca_cert = load_p12(ca, PASS)[1]
        office = cls(ca_cert.public_bytes(serialization.Encoding.PEM))
        for badge in badges:
            key, cert, chain = load_p12(issue(ca, PASS, f"检查员{badge}", badge, "卫健委", PASS),
                                        PASS)
            office.signers[badge] = BundleSigner(key, cert, chain)
        return office


@dataclass
class Laptop:
    name: str
    ws: Workspace
    signer: BundleSigner
    badge: str
    outbox: Path
    sent: int = 0

    @property
    def actor(self) -> Actor:
        return Actor(f"{self.name} user")

    def export(self, scope: ExportScope | None = None) -> Path:
        self.sent += 1
        path = self.outbox / f"{self.name}-{self.sent}.zip"
        self.ws.sync.export(path, scope or ExportScope(everything=True), self.signer,
                            Exporter(self.name, self.badge))
        return path

    def take(self, bundle: Path, **kw: Any) -> Any:
        return self.ws.sync.import_bundle(bundle, self.actor, **kw)


def laptop(root: Path, name: str, office: Office, badge: str) -> Laptop:
    ws = Workspace.open(root / name)
    with ws.db.read() as s:  # the first connection turns on WAL (a header change):
        s.connection()       # have it happen now, not inside a byte-for-byte comparison
    ws.sync.keys.trust(office.ca_pem)
    outbox = root / "outbox"
    outbox.mkdir(exist_ok=True)
    return Laptop(name, ws, office.signers[badge], badge, outbox)


def seed(ws: Workspace, actor: Actor) -> tuple[uuid.UUID, list[uuid.UUID]]:
    """A facility and two inspectors: (facility id, team)."""
    fid = uuid.UUID(ws.facilities.create(facility_input(), actor))
    a = uuid.UUID(ws.inspectors.create("王建国", "区卫生健康局", "WJ-001", actor))
    b = uuid.UUID(ws.inspectors.create("刘洋", "消防救援大队", "XF-002", actor))
    return fid, [a, b]


def pass_fail_items(ws: Workspace, checklist: str = "fire-safety") -> list[str]:
    """Items that can fail without a photo and without failing the whole inspection."""
    return [i.id for i in ws.catalog.current[checklist].items
            if i.response.type == "pass_fail" and not i.applies_if and not i.photo_on_fail
            and i.severity != "critical"]


def snapshot(ws: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, for comparing a database before and after."""
    con = sqlite3.connect(f"file:{ws.paths.database}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in tables}
    finally:
        con.close()


def files_digest(root: Path) -> dict[str, str]:
    """SHA-256 of every file under a folder (the photo store, the data directory)."""
    if not root.exists():
        return {}
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def rewrite(bundle: Path, out: Path, signer: BundleSigner,
            change: Callable[[str, Any], Any]) -> Path:
    """Re-pack a bundle with its JSON entries passed through ``change(name, data)`` and
    a fresh, valid manifest and signature: what a forger with a trusted key could make."""
    entries = []
    with zipfile.ZipFile(bundle) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        for entry in manifest["entries"]:
            name = entry["name"]
            data = zf.read(name)
            if name.endswith(".json"):
                data = json.dumps(change(name, json.loads(data)), ensure_ascii=False).encode()
            entries.append(BundleEntry(name, data=data))
    write_bundle(out, entries=entries, signer=signer, exporter=manifest["exporter"],
                 device=manifest["device"], scope=manifest["scope"],
                 app_version=manifest["app_version"])
    return out


def jpeg(color: tuple[int, int, int] = (200, 100, 50)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (640, 480), color).save(out, "JPEG", quality=85)
    return out.getvalue()


def reseal(env: dict[str, Any]) -> dict[str, Any]:
    """Give an edited record envelope consistent hashes (its revision and history)."""
    from inspector.sync import records

    old = env["rev"]
    try:
        env["content_sha256"] = records.content_sha256(env["entity"], env["record"])
    except ValueError:  # a record that breaks the schema: hash it as it is
        env["content_sha256"] = hashlib.sha256(records.canonical(env["record"])).hexdigest()
    env["rev"] = records.revision_id(env["content_sha256"], env["parents"])
    env["history"] = [h for h in env["history"] if h["rev"] != old] + [
        {"rev": env["rev"], "parents": env["parents"], "content_sha256": env["content_sha256"]}]
    return env
