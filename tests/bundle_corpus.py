"""Helpers that build valid and hostile bundle zips for the container tests.

Hostile zips are built with ``zipfile`` where it allows (raw names, links, duplicates)
and by patching the central directory where it does not (shared or overlapping data,
sizes that lie, flag bits). Certificates are made directly with ``cryptography`` so
that tests need no slow PKCS#12 files unless they test them.
"""

from __future__ import annotations

import hashlib
import io
import json
import struct
import uuid
import warnings
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from inspector.sync.container import FORMAT, FORMAT_VERSION, BundleSigner

STORED = zipfile.ZIP_STORED
DEFLATED = zipfile.ZIP_DEFLATED


# --- keys and certificates -------------------------------------------------------------

def make_cert(key: Any, name: str, *, badge: str | None = None,
              issuer_key: Any = None, issuer: x509.Certificate | None = None,
              ca: bool = False, not_before: datetime | None = None,
              not_after: datetime | None = None,
              subject: x509.Name | None = None) -> x509.Certificate:
    """A certificate for ``key``: self-signed unless issuer/issuer_key are given."""
    now = datetime.now(UTC)
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if badge:
        attrs.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, badge))
    subject = subject or x509.Name(attrs)
    builder = (x509.CertificateBuilder().subject_name(subject)
               .issuer_name(issuer.subject if issuer is not None else subject)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(not_before or now - timedelta(days=1))
               .not_valid_after(not_after or now + timedelta(days=365))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    return builder.sign(issuer_key if issuer_key is not None else key, hashes.SHA256())


def ec_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@dataclass
class Identity:
    """A key, its certificate and a signer for it."""

    key: Any
    cert: x509.Certificate
    signer: BundleSigner


def self_signed(name: str = "测试检查员", badge: str | None = "T-001", **kwargs: Any) -> Identity:
    key = kwargs.pop("key", None) or ec_key()
    cert = make_cert(key, name, badge=badge, **kwargs)
    return Identity(key, cert, BundleSigner(key, cert, []))


# --- entries --------------------------------------------------------------------------

def jpeg_bytes(size: tuple[int, int] = (40, 30), color: tuple[int, int, int] = (200, 30, 30)
               ) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def photo_name(data: bytes) -> str:
    return f"photos/{hashlib.sha256(data).hexdigest()}.jpg"


def record_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def patch_jpeg_size(data: bytes, width: int, height: int) -> bytes:
    """The JPEG with its SOF0/SOF2 frame header claiming width x height."""
    i = 2
    while i < len(data):
        assert data[i] == 0xFF
        marker = data[i + 1]
        length = struct.unpack(">H", data[i + 2:i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            # segment: length(2) precision(1) height(2) width(2)
            return (data[:i + 5] + struct.pack(">HH", height, width) + data[i + 9:])
        i += 2 + length
    raise AssertionError("no SOF marker")


# --- zips -----------------------------------------------------------------------------

def zinfo(name: str, *, method: int = DEFLATED, mode: int | None = None,
          flags: int = 0) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0))
    info.compress_type = method
    if mode is not None:
        info.external_attr = mode << 16
    info.flag_bits |= flags
    return info


def raw_zip(path: Path, members: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    """A zip with exactly these members (raw names, duplicates allowed)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name"
        with zipfile.ZipFile(path, "w") as zf:
            for name, data in members:
                info = name if isinstance(name, zipfile.ZipInfo) else zinfo(name)
                zf.writestr(info, data)
    return path


def method_for(name: str) -> int:
    return STORED if name.endswith(".jpg") else DEFLATED


def manifest_for(data: list[tuple[str, bytes]], **overrides: Any) -> dict[str, Any]:
    manifest: dict[str, Any] = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "bundle_id": str(uuid.uuid4()),
        "app_version": "0.1.0-test",
        "created_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "exporter": {"name": "测试检查员"}, "device": {"host": "test"}, "scope": {},
        "entries": [{"name": name, "size": len(content),
                     "sha256": hashlib.sha256(content).hexdigest()}
                    for name, content in data]}
    manifest.update(overrides)
    return manifest


def signed_zip(path: Path, signer: BundleSigner | None, data: list[tuple[str, bytes]], *,
               manifest: dict[str, Any] | None = None, manifest_bytes: bytes | None = None,
               signature: bytes | None = None,
               methods: dict[str, int] | None = None) -> Path:
    """A bundle built by hand: manifest (from ``data`` unless given), its signature by
    ``signer`` (unless given; none at all when signer and signature are None), then
    the data entries. Lets a test lie in exactly one place."""
    if manifest_bytes is None:
        manifest_bytes = json.dumps(manifest if manifest is not None
                                    else manifest_for(data), ensure_ascii=False,
                                    indent=1).encode("utf-8")
    if signature is None and signer is not None:
        signature = signer.sign(manifest_bytes)
    members: list[tuple[str | zipfile.ZipInfo, bytes]] = [("manifest.json", manifest_bytes)]
    if signature is not None:
        members.append(("manifest.sig", signature))
    for name, content in data:
        method = (methods or {}).get(name, method_for(name))
        members.append((zinfo(name, method=method), content))
    return raw_zip(path, members)


def read_members(path: Path) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(path) as zf:
        return [(info, zf.read(info)) for info in zf.infolist()]


def rewrite(path: Path, out: Path, replace: dict[str, bytes]) -> Path:
    """A copy of the zip with some members' content replaced (same names, same order)."""
    members = [(zinfo(info.filename, method=info.compress_type), replace.get(info.filename,
                                                                             data))
               for info, data in read_members(path)]
    return raw_zip(out, members)


# --- central-directory surgery ----------------------------------------------------------

_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")  # 46 bytes, as in zipfile
_FIELDS = {"flag_bits": 5, "compress_type": 6, "crc": 9, "compress_size": 10,
           "file_size": 11, "external_attr": 17, "header_offset": 18}


@dataclass
class CentralRecord:
    offset: int  # of the record in the file
    name: str
    values: list[Any]


def central_records(data: bytes) -> list[CentralRecord]:
    end = data.rindex(b"PK\x05\x06")
    count, _size, start = struct.unpack("<HLL", data[end + 10:end + 20])
    records, pos = [], start
    for _ in range(count):
        values = list(_CENTRAL.unpack(data[pos:pos + _CENTRAL.size]))
        name_len, extra_len, comment_len = values[12], values[13], values[14]
        name = data[pos + 46:pos + 46 + name_len].decode("utf-8")
        records.append(CentralRecord(pos, name, values))
        pos += 46 + name_len + extra_len + comment_len
    return records


def patch_central(path: Path, name: str, **fields: int) -> None:
    """Change fields of the central-directory record of ``name`` (first match)."""
    data = bytearray(path.read_bytes())
    record = next(r for r in central_records(bytes(data)) if r.name == name)
    for field, value in fields.items():
        record.values[_FIELDS[field]] = value
    data[record.offset:record.offset + _CENTRAL.size] = _CENTRAL.pack(*record.values)
    path.write_bytes(bytes(data))


def central(path: Path, name: str) -> dict[str, int]:
    record = next(r for r in central_records(path.read_bytes()) if r.name == name)
    return {field: record.values[index] for field, index in _FIELDS.items()}


def data_start(path: Path, name: str) -> int:
    """Where the data of entry ``name`` starts (after its local header)."""
    data = path.read_bytes()
    offset = central(path, name)["header_offset"]
    name_len, extra_len = struct.unpack("<HH", data[offset + 26:offset + 30])
    return offset + 30 + name_len + extra_len


def replace_bytes(path: Path, old: bytes, new: bytes) -> None:
    assert len(old) == len(new)
    data = path.read_bytes()
    assert old in data
    path.write_bytes(data.replace(old, new))


def deflated_zeros(path: Path, signer: BundleSigner, *, real_size: int, declared: int,
                   name: str = "records/bomb.json") -> Path:
    """A signed bundle whose one entry inflates to ``real_size`` zero bytes (streamed
    through zipfile in chunks) while its central directory and manifest declare
    ``declared`` bytes."""
    manifest = manifest_for([], entries=[{"name": name, "size": declared,
                                          "sha256": "0" * 64}])
    manifest_bytes = json.dumps(manifest).encode("utf-8")
    chunk = bytes(1 << 20)
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zinfo("manifest.json"), manifest_bytes)
        zf.writestr(zinfo("manifest.sig"), signer.sign(manifest_bytes))
        info = zinfo(name)
        info.file_size = real_size
        with zf.open(info, "w") as out:
            left = real_size
            while left:
                out.write(chunk[:min(left, len(chunk))])
                left -= min(left, len(chunk))
    if declared != real_size:
        patch_central(path, name, file_size=declared)
    return path
