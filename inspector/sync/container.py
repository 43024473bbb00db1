"""The signed-bundle container: a zip with a signed manifest, written and opened safely.

A bundle moves inspection data between offline laptops. This module knows nothing of
records: it writes a zip whose first entry ``manifest.json`` lists every data entry
with its size and SHA-256, whose second entry ``manifest.sig`` signs the exact bytes of
the manifest, followed by the data entries (``records/**.json`` deflated,
``photos/<sha256>.jpg`` stored). Opening is the security boundary: the file may come
from anyone, so ``open_bundle`` checks everything *before* returning - zip structure
(names, links, duplicates, overlapping entries, sizes, compression ratios), manifest,
signature and trust, then extracts every entry by streaming into a fresh staging folder
while hashing it and validating its JSON or JPEG. Any problem raises ``BundleRefused``
with a machine ``code`` and an English message saying what is wrong and what to do;
the staging folder is removed and nothing is ever written outside it.

Python's ``zipfile`` is used only to parse the central directory; entry data is read
here from the offsets checked here (``zipfile`` in Python 3.11.7 does not refuse
overlapping entries, CVE-2024-0450) and inflated with a bounded output per step.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import io
import json
import math
import os
import re
import shutil
import stat
import struct
import tempfile
import uuid
import warnings
import weakref
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, BinaryIO

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID

__all__ = [
    "FORMAT", "FORMAT_VERSION", "REFUSAL_CODES", "BundleEntry", "BundleRefused",
    "BundleSigner", "Limits", "OpenedBundle", "SignerInfo", "check_jpeg", "open_bundle",
    "strict_json_loads", "write_bundle",
]

FORMAT = "childcare-inspector-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
ALG_ECDSA = "ecdsa-p256-sha256"
ALG_RSA = "rsa-pkcs1v15-sha256"

MiB = 1024 * 1024
GiB = 1024 * MiB
CHUNK = 1 * MiB  # read, inflate and hash in steps of this size
MAX_SIG_BYTES = 1 * MiB  # manifest.sig: a signature and a few certificates
MAX_CERTIFICATES = 8
MAX_NAME_CHARS = 160  # stays well under Windows' MAX_PATH once joined to the staging path
# A central-directory record is 46 bytes + name + extra + comment; ours are < 300 bytes.
MAX_CENTRAL_RECORD = 512
MIN_RSA_BITS = 2048

ASK_AGAIN = "Ask the sender to export the bundle again."
NOT_GENUINE = "The file is not a genuine bundle; ask the sender to export it again."

# Every code BundleRefused can carry, with its meaning (for documentation and the UI).
REFUSAL_CODES: dict[str, str] = {
    "io_error": "the bundle file could not be read, or the staging folder not written",
    "too_large": "the file, an entry or the total size exceeds a limit",
    "damaged": "not a readable zip, truncated, checksum error, or otherwise malformed",
    "too_many_entries": "more entries than the limit",
    "bad_name": "an entry name is not an allowed relative name",
    "directory_entry": "the zip holds a directory entry",
    "link_entry": "the zip holds a symbolic link or other special file",
    "duplicate_entry": "two entries have the same name",
    "encrypted_entry": "an entry is encrypted",
    "unsupported_compression": "an entry uses a compression other than stored/deflated",
    "overlapping_entries": "entries share or overlap their data (a zip-bomb pattern)",
    "zip_bomb": "an entry inflates far beyond its compressed or declared size",
    "unknown_format": "not an inspection bundle",
    "unsupported_version": "a bundle format newer than this app reads",
    "bad_manifest": "the manifest is not the expected structure",
    "manifest_mismatch": "the manifest and the zip's entries differ",
    "not_signed": "the bundle carries no signature",
    "bad_signature": "the signature does not match the manifest, or is malformed",
    "bad_certificate": "the signer's certificate is unusable or not valid at creation time",
    "untrusted_signer": "the signer is not in the trust list (SignerInfo attached)",
    "hash_mismatch": "an entry's content differs from what the manifest says",
    "bad_json": "a JSON entry is not strict, well-formed JSON within limits",
    "bad_image": "a photo is not a complete JPEG within the pixel limit",
    # raised by the record layer (inspector/sync/importer.py) once the container is good
    "bad_record": "a record breaks its schema, or its revision data do not add up",
    "missing_photo": "a record refers to a photo that is neither in the bundle nor here",
}


# --- public types ---------------------------------------------------------------------

@dataclass(frozen=True)
class SignerInfo:
    """Who signed a bundle, as read from the signer's certificate."""

    name: str  # common name, or the whole subject when there is none
    badge: str | None  # the subject's serialNumber attribute (the inspector's badge)
    fingerprint: str  # SHA-256 of the DER leaf certificate, lowercase hex
    subject: str  # RFC 4514
    not_after: datetime
    chain_pem: bytes  # the signer's certificate then the chain, PEM


class BundleRefused(Exception):
    """The bundle was refused: ``code`` (see REFUSAL_CODES) and an English ``message``.

    ``signer`` is set for ``untrusted_signer`` so the caller can show who signed and
    offer to accept that signer (``open_bundle(..., accept_signer=signer.fingerprint)``).
    """

    def __init__(self, code: str, message: str, signer: SignerInfo | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.signer = signer

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class Limits:
    """Bounds on what open_bundle accepts; the defaults fit 200,000 entries / 8 GiB."""

    max_file_bytes: int = 4 * GiB
    max_entries: int = 200_000
    max_json_bytes: int = 64 * MiB  # one JSON entry, manifest.json included
    max_photo_bytes: int = 25 * MiB  # one photo
    max_total_bytes: int = 8 * GiB  # all entries, uncompressed
    max_ratio: int = 100  # uncompressed / compressed, for deflated entries ...
    ratio_allowance_bytes: int = 64 * 1024  # ... larger than this
    max_json_depth: int = 32
    max_json_values: int = 2_000_000  # in one JSON entry: bounds the objects json builds
    max_pixels: int = 50_000_000


@dataclass
class BundleEntry:
    """One data entry to write: its name and either its bytes or the file holding them."""

    name: str
    data: bytes | None = None
    path: Path | None = None

    def __post_init__(self) -> None:
        if (self.data is None) == (self.path is None):
            raise ValueError(f"bundle entry {self.name!r}: give exactly one of data and path")


PrivateKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey


class BundleSigner:
    """Signs manifests with an EC P-256 or RSA key and its certificate chain."""

    def __init__(self, key: PrivateKey, cert: x509.Certificate,
                 chain: list[x509.Certificate]) -> None:
        if isinstance(key, ec.EllipticCurvePrivateKey):
            if not isinstance(key.curve, ec.SECP256R1):
                raise ValueError("EC signing keys must be on the P-256 curve")
            self.algorithm = ALG_ECDSA
        elif isinstance(key, rsa.RSAPrivateKey):
            if key.key_size < MIN_RSA_BITS:
                raise ValueError(f"RSA signing keys must have at least {MIN_RSA_BITS} bits")
            self.algorithm = ALG_RSA
        else:
            raise ValueError("unsupported key type (EC P-256 or RSA expected)")
        spki = serialization.PublicFormat.SubjectPublicKeyInfo
        der = serialization.Encoding.DER
        if key.public_key().public_bytes(der, spki) != cert.public_key().public_bytes(der,
                                                                                     spki):
            raise ValueError("the private key does not belong to the certificate")
        self.key = key
        self.cert = cert
        self.chain = list(chain)

    @classmethod
    def from_p12(cls, data: bytes, passphrase: str | bytes) -> BundleSigner:
        from inspector.pki import load_p12

        key, cert, others = load_p12(data, passphrase)
        return cls(key, cert, others)

    def sign(self, manifest_bytes: bytes) -> bytes:
        """The ``manifest.sig`` document for these exact manifest bytes."""
        if isinstance(self.key, ec.EllipticCurvePrivateKey):
            signature = self.key.sign(manifest_bytes, ec.ECDSA(hashes.SHA256()))
        else:
            signature = self.key.sign(manifest_bytes, padding.PKCS1v15(), hashes.SHA256())
        certificates = [c.public_bytes(serialization.Encoding.PEM).decode("ascii")
                        for c in [self.cert, *self.chain]]
        document = {"algorithm": self.algorithm,
                    "signature": base64.b64encode(signature).decode("ascii"),
                    "certificates": certificates}
        return json.dumps(document, indent=2).encode("utf-8")


# --- names ----------------------------------------------------------------------------

_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*$")
_PHOTO_RE = re.compile(r"^photos/([0-9a-f]{64})\.jpg$")
_HEX64_RE = re.compile(r"^[0-9a-f]{64}$")
# Device names Windows opens instead of a file, whatever the extension ("con.json").
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
                     *(f"lpt{i}" for i in range(10))}


def _name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a data entry, or None when it can."""
    if len(name) > MAX_NAME_CHARS:
        return f"longer than {MAX_NAME_CHARS} characters"
    if not _NAME_RE.match(name):
        return ("not a relative path of lowercase letters, digits, '.', '_', '-' "
                "separated by '/'")
    for part in name.split("/"):
        if part.endswith("."):
            return "a path component ends with '.'"
        if part.split(".")[0] in _WINDOWS_RESERVED:
            return "a path component is a reserved device name"
    if name in (MANIFEST, SIGNATURE):
        return "reserved for the manifest"
    if _PHOTO_RE.match(name):
        return None
    if name.startswith("records/") and name.endswith(".json"):
        return None
    if name.startswith("photos/"):
        return "photos must be named photos/<sha256 of the content>.jpg"
    return "data entries must be records/*.json or photos/<sha256>.jpg"


def _is_json(name: str) -> bool:
    return name.endswith(".json")


def _entry_limit(name: str, limits: Limits) -> int:
    if name == SIGNATURE:
        return MAX_SIG_BYTES
    return limits.max_json_bytes if _is_json(name) else limits.max_photo_bytes


# --- strict JSON ----------------------------------------------------------------------

class _JsonProblem(ValueError):
    pass


# Keeps brackets, commas and quotes, folding '{' '}' into '[' ']' (nesting is what counts).
_STRUCTURE_TABLE = bytes.maketrans(b"{}", b"[]")
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'[]{}",')
_QUOTED_RE = re.compile(rb'"[^"]*"')
_SURROGATE_ESCAPE_RE = re.compile(rb"\\u[dD][89a-fA-F]")


def _structure_problem(data: bytes, max_depth: int, max_values: int) -> str | None:
    """Why the JSON text's shape is refused: nesting deeper than ``max_depth`` or more
    than ``max_values`` values (each costs a Python object), else None.

    Computed with a bounded number of C-speed passes and no recursion, before
    json.loads, so that json.loads can never hit RecursionError nor build millions of
    objects. Brackets and commas inside strings are ignored. Unbalanced brackets count
    as too deep (json.loads would refuse them anyway).
    """
    # Drop escaped backslashes then escaped quotes: every '"' left delimits a string
    # (pairs are taken left to right, as a JSON string reader does). UTF-8 multi-byte
    # sequences never contain ASCII bytes, so working on bytes is exact.
    text = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    text = text.translate(_STRUCTURE_TABLE, _NOT_STRUCTURE)
    # Removing two adjacent quotes keeps every other quote's pairing: either an empty
    # string vanishes or two strings' insides join. What remains quoted holds [ ] or ,.
    text = text.replace(b'""', b"")
    if b'"' in text:
        if text.count(b'"') % 2:
            return "a string is not terminated"
        text = _QUOTED_RE.sub(b"", text)
    values = text.count(b",") + text.count(b"[") + 1
    if values > max_values:
        return f"it holds more than {max_values:,} values"
    text = text.replace(b",", b"")
    for _ in range(max_depth):
        if not text:
            return None
        text = text.replace(b"[]", b"")  # removes exactly one level: the innermost pairs
    if text:
        return f"it nests deeper than {max_depth} levels or its brackets do not match"
    return None


def _object_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _JsonProblem(f"the key {key!r} appears twice in one object")
            seen.add(key)
    return obj


def _refuse_constant(name: str) -> Any:
    raise _JsonProblem(f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _JsonProblem(f"the number {text[:40]} is out of range")
    return value


def _check_strings(value: Any) -> None:
    """Refuse lone surrogates (from \\ud800 escapes): they cannot be stored as text."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            item.encode("utf-8")
        elif isinstance(item, dict):
            for key, sub in item.items():
                key.encode("utf-8")
                stack.append(sub)
        elif isinstance(item, list):
            stack.extend(item)


def strict_json_loads(data: bytes, *, max_depth: int = 32, max_bytes: int | None = None,
                      max_values: int = 2_000_000) -> Any:
    """Parse strict JSON: UTF-8, no duplicate keys, no NaN/Infinity or out-of-range
    numbers, no lone surrogates, nesting at most ``max_depth``, at most ``max_values``
    values (and ``max_bytes`` bytes when given). Raises BundleRefused("bad_json") and
    nothing else."""
    try:
        if max_bytes is not None and len(data) > max_bytes:
            raise _JsonProblem(f"it is larger than {max_bytes:,} bytes")
        data = bytes(data)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _JsonProblem(f"it is not valid UTF-8 (byte {exc.start})") from None
        problem = _structure_problem(data, max_depth, max_values)
        if problem:
            raise _JsonProblem(problem)
        value = json.loads(text, object_pairs_hook=_object_hook,
                           parse_constant=_refuse_constant, parse_float=_finite_float)
        if _SURROGATE_ESCAPE_RE.search(data):
            _check_strings(value)
        return value
    except json.JSONDecodeError as exc:
        detail = f"{exc.msg} at line {exc.lineno} column {exc.colno}"
    except _JsonProblem as exc:
        detail = str(exc)
    except UnicodeEncodeError:
        detail = "it contains an unpaired surrogate escape (\\ud800-\\udfff)"
    except (ValueError, RecursionError, MemoryError, TypeError) as exc:
        detail = f"{type(exc).__name__}: {exc}"[:200]
    raise BundleRefused("bad_json", f"The data is not valid JSON: {detail}.")


# --- JPEG -------------------------------------------------------------------------------

def check_jpeg(path: Path, max_pixels: int) -> tuple[int, int]:
    """A complete JPEG of at most ``max_pixels``: returns (width, height).

    The pixel count is checked from the header before any decoding; Pillow's
    decompression-bomb warning is an error; the whole image is then decoded (at 1/8
    scale, which reads every byte of compressed data at 1/64 of the memory) so that a
    truncated file is caught. Raises BundleRefused("bad_image") and nothing else.
    """
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path, formats=["JPEG"]) as image:
                width, height = image.size
                if width < 1 or height < 1 or width * height > max_pixels:
                    raise BundleRefused(
                        "bad_image",
                        f"The photo {path.name} claims {width}x{height} pixels; at most "
                        f"{max_pixels:,} pixels are accepted. {ASK_AGAIN}")
                image.draft(image.mode, (max(1, width // 8), max(1, height // 8)))
                image.load()
        return width, height
    except BundleRefused:
        raise
    except Exception as exc:
        detail = f"{type(exc).__name__}: {exc}"[:200]
        raise BundleRefused(
            "bad_image", f"The photo {path.name} is not a complete JPEG image ({detail}). "
            f"{ASK_AGAIN}") from None


# --- writing ----------------------------------------------------------------------------

def _chunks(entry: BundleEntry) -> Iterator[bytes]:
    if entry.data is not None:
        view = memoryview(entry.data)
        for start in range(0, len(view), CHUNK):
            yield bytes(view[start:start + CHUNK])
        return
    assert entry.path is not None
    with open(entry.path, "rb") as f:
        while block := f.read(CHUNK):
            yield block


def _entry_bytes(entry: BundleEntry) -> bytes:
    return entry.data if entry.data is not None else b"".join(_chunks(entry))


def write_bundle(path: Path, *, entries: Iterable[BundleEntry], signer: BundleSigner,
                 exporter: dict[str, Any], device: dict[str, Any], scope: dict[str, Any],
                 app_version: str,
                 progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """Write a signed bundle atomically; returns the manifest.

    Two passes: the first hashes every entry (the manifest comes first in the zip), the
    second copies them into a temporary file next to ``path``, checking each hash again;
    the file is synced and renamed over ``path``. ``progress(done, total)`` is called
    after each entry of each pass (total = 2 x entries). Invalid or duplicate names,
    JSON that open_bundle would refuse, a photo whose name is not its SHA-256, or an
    entry over the default limits raise ValueError; I/O errors propagate. Either way no
    file and no temporary file is left behind.
    """
    path = Path(path)
    items = list(entries)
    limits = Limits()
    seen: set[str] = set()
    for entry in items:
        problem = _name_problem(entry.name)
        if problem:
            raise ValueError(f"invalid bundle entry name {entry.name!r}: {problem}")
        if entry.name in seen:
            raise ValueError(f"duplicate bundle entry name {entry.name!r}")
        seen.add(entry.name)
    _check_prefixes(sorted(seen), ValueError)
    total = 2 * len(items)

    def report(done: int) -> None:
        if progress is not None:
            progress(done, total)

    listed: list[dict[str, Any]] = []
    for index, entry in enumerate(items):
        if _is_json(entry.name):
            data = _entry_bytes(entry)
            try:
                strict_json_loads(data, max_depth=limits.max_json_depth,
                                  max_bytes=limits.max_json_bytes)
            except BundleRefused as exc:
                raise ValueError(f"bundle entry {entry.name!r}: {exc.message}") from None
            size, digest = len(data), hashlib.sha256(data).hexdigest()
        else:
            hasher, size = hashlib.sha256(), 0
            for block in _chunks(entry):
                hasher.update(block)
                size += len(block)
            digest = hasher.hexdigest()
            if size > limits.max_photo_bytes:
                raise ValueError(f"bundle entry {entry.name!r} is larger than "
                                 f"{limits.max_photo_bytes:,} bytes")
            match = _PHOTO_RE.match(entry.name)
            if match and match.group(1) != digest:
                raise ValueError(f"bundle entry {entry.name!r}: the photo's SHA-256 is "
                                 f"{digest}, not its name")
        listed.append({"name": entry.name, "size": size, "sha256": digest})
        report(index + 1)

    created = datetime.now(UTC).replace(microsecond=0)
    manifest: dict[str, Any] = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "bundle_id": str(uuid.uuid4()),
        "app_version": app_version, "created_at": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "exporter": exporter, "device": device, "scope": scope, "entries": listed}
    try:
        manifest_bytes = json.dumps(manifest, ensure_ascii=False, allow_nan=False,
                                    indent=1).encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise ValueError(f"the manifest cannot be written as JSON: {exc}") from None
    try:
        strict_json_loads(manifest_bytes, max_depth=limits.max_json_depth,
                          max_bytes=limits.max_json_bytes)
    except BundleRefused as exc:
        raise ValueError(f"the manifest would be refused: {exc.message}") from None
    signature = signer.sign(manifest_bytes)
    date_time = created.timetuple()[:6]

    def info(name: str, method: int, size: int) -> zipfile.ZipInfo:
        zinfo = zipfile.ZipInfo(name, date_time)
        zinfo.compress_type = method
        zinfo.external_attr = (stat.S_IFREG | 0o644) << 16
        zinfo.file_size = size
        return zinfo

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            with zipfile.ZipFile(out, "w", allowZip64=True) as zf:
                zf.writestr(info(MANIFEST, zipfile.ZIP_DEFLATED, len(manifest_bytes)),
                            manifest_bytes)
                zf.writestr(info(SIGNATURE, zipfile.ZIP_DEFLATED, len(signature)), signature)
                for index, (entry, listing) in enumerate(zip(items, listed, strict=True)):
                    method = (zipfile.ZIP_DEFLATED if _is_json(entry.name)
                              else zipfile.ZIP_STORED)
                    zinfo = info(entry.name, method, listing["size"])
                    hasher, size = hashlib.sha256(), 0
                    with zf.open(zinfo, "w", force_zip64=listing["size"] > GiB) as dest:
                        for block in _chunks(entry):
                            hasher.update(block)
                            size += len(block)
                            dest.write(block)
                    if size != listing["size"] or hasher.hexdigest() != listing["sha256"]:
                        raise ValueError(f"bundle entry {entry.name!r} changed while the "
                                         "bundle was being written")
                    report(len(items) + index + 1)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(path.parent)
    return manifest


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable (POSIX); Windows cannot open folders and needs no this."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _check_prefixes(names: list[str], error: Callable[[str], Exception]) -> None:
    """No name may also be a folder of another ("records/a.json/b.json")."""
    name_set = set(names)
    for name in names:
        parts = name.split("/")
        for i in range(1, len(parts)):
            prefix = "/".join(parts[:i])
            if prefix in name_set:
                raise error(f"the entry {prefix!r} is also used as a folder by {name!r}")


# --- opening: the zip structure -----------------------------------------------------------

_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")  # 30 bytes, as in zipfile
_LOCAL_SIGNATURE = b"PK\x03\x04"


@dataclass(frozen=True)
class _Entry:
    name: str
    method: int
    crc: int
    compress_size: int
    file_size: int
    header_offset: int
    data_start: int


class _Callback(Exception):
    """Wraps an exception raised by the caller's progress callback, to re-raise it."""

    def __init__(self, original: BaseException) -> None:
        super().__init__(repr(original))
        self.original = original


def _damaged(detail: str) -> BundleRefused:
    return BundleRefused("damaged", f"The bundle is damaged: {detail}. It may have been cut "
                         f"short while copying; copy it again. {ASK_AGAIN}")


def _read_exact(f: BinaryIO, offset: int, size: int) -> bytes:
    if offset < 0:
        raise _damaged("an entry points before the start of the file")
    f.seek(offset)
    data = f.read(size)
    if len(data) != size:
        raise _damaged("it ends in the middle of an entry")
    return data


def _zip_entries(f: BinaryIO, file_size: int, limits: Limits) -> list[_Entry]:
    """Parse and check the zip structure; returns the entries in central-directory order."""
    # Bound the central directory before zipfile parses all of it into memory.
    try:
        end_record = zipfile._EndRecData(f)  # type: ignore[attr-defined]
    except AttributeError:  # a future Python without it: zipfile's own parse decides
        end_record = None
    else:
        if end_record is None:
            raise _damaged("it is not a zip file (no end-of-archive record)")
        declared = end_record[zipfile._ECD_ENTRIES_TOTAL]  # type: ignore[attr-defined]
        cd_size = end_record[zipfile._ECD_SIZE]  # type: ignore[attr-defined]
        if declared > limits.max_entries:
            raise _too_many(declared, limits)
        if cd_size > limits.max_entries * MAX_CENTRAL_RECORD:
            raise BundleRefused("too_many_entries", f"The bundle's list of entries is "
                                f"{cd_size:,} bytes, more than {limits.max_entries:,} "
                                f"entries can take. {NOT_GENUINE}")
    f.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            zf = zipfile.ZipFile(f)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, struct.error, ValueError,
            OSError) as exc:
        raise _damaged(f"it is not a readable zip file ({exc})") from None
    infos = zf.infolist()
    start_dir = getattr(zf, "start_dir", file_size)
    if len(infos) > limits.max_entries:
        raise _too_many(len(infos), limits)

    seen: set[str] = set()
    for zinfo in infos:
        name = zinfo.orig_filename
        shown = repr(name[:80])
        kind = (zinfo.external_attr >> 16) & 0o170000
        if name.endswith(("/", "\\")) or kind == stat.S_IFDIR or zinfo.external_attr & 0x10:
            raise BundleRefused("directory_entry", f"The bundle holds a folder entry {shown}; "
                                f"bundles hold files only. {ASK_AGAIN}")
        if kind not in (0, stat.S_IFREG):
            what = "a symbolic link" if kind == stat.S_IFLNK else "a special file"
            raise BundleRefused("link_entry", f"The entry {shown} is {what}, which bundles "
                                f"never contain. {NOT_GENUINE}")
        if name not in (MANIFEST, SIGNATURE):
            problem = _name_problem(name) or (
                "it contains a NUL byte" if name != zinfo.filename else None)
            if problem:
                raise BundleRefused("bad_name", f"The entry name {shown} is not allowed "
                                    f"({problem}). {NOT_GENUINE}")
        if name in seen:
            raise BundleRefused("duplicate_entry", f"The entry {shown} appears twice in the "
                                f"bundle. {ASK_AGAIN}")
        seen.add(name)
        if zinfo.flag_bits & 0x41:
            raise BundleRefused("encrypted_entry", f"The entry {shown} is encrypted; bundles "
                                f"are signed, not encrypted. {ASK_AGAIN}")
    _check_prefixes(sorted(seen), lambda message: BundleRefused(
        "bad_name", f"Entry names conflict: {message}. {ASK_AGAIN}"))

    # The real start of each entry's data comes from its local header, which may be
    # longer than the central directory suggests; entries must not share or overlap.
    entries: dict[str, _Entry] = {}
    by_offset = sorted(infos, key=lambda z: z.header_offset)
    headers: dict[str, tuple[Any, ...]] = {}
    for zinfo in by_offset:
        if not 0 <= zinfo.header_offset <= start_dir - _LOCAL_HEADER.size:
            raise _damaged(f"the entry {zinfo.orig_filename[:80]!r} points outside the file")
        header = _LOCAL_HEADER.unpack(_read_exact(f, zinfo.header_offset, _LOCAL_HEADER.size))
        if header[0] != _LOCAL_SIGNATURE:
            raise _damaged(f"the entry {zinfo.orig_filename[:80]!r} has no local header")
        data_start = zinfo.header_offset + _LOCAL_HEADER.size + header[10] + header[11]
        headers[zinfo.orig_filename] = header
        entries[zinfo.orig_filename] = _Entry(
            name=zinfo.orig_filename, method=zinfo.compress_type, crc=zinfo.CRC,
            compress_size=zinfo.compress_size, file_size=zinfo.file_size,
            header_offset=zinfo.header_offset, data_start=data_start)
    ordered = [entries[z.orig_filename] for z in by_offset]
    for entry, following in zip(ordered, [*ordered[1:], None], strict=True):
        limit = following.header_offset if following is not None else start_dir
        if entry.data_start + entry.compress_size > limit:
            raise BundleRefused(
                "overlapping_entries",
                f"The entry {entry.name[:80]!r} overlaps the next one in the zip (a pattern "
                f"used by zip bombs). {NOT_GENUINE}")
    for entry in ordered:
        header = headers[entry.name]
        local_name = _read_exact(f, entry.header_offset + _LOCAL_HEADER.size, header[10])
        zinfo = zf.getinfo(entry.name)
        if local_name != _raw_name(zinfo) or header[4] != entry.method or header[3] & 0x41:
            raise _damaged(f"the entry {entry.name[:80]!r} differs between the zip's "
                           "directory and its data")

    total = 0
    for entry in entries.values():
        if entry.method not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BundleRefused("unsupported_compression", f"The entry {entry.name[:80]!r} "
                                f"uses compression method {entry.method}; bundles use "
                                f"only stored or deflated entries. {ASK_AGAIN}")
        limit = _entry_limit(entry.name, limits)
        if entry.file_size > limit:
            raise BundleRefused("too_large", f"The entry {entry.name[:80]!r} is "
                                f"{entry.file_size:,} bytes; at most {limit:,} are "
                                f"accepted. Export fewer inspections per bundle.")
        total += entry.file_size
        if entry.method == zipfile.ZIP_STORED and entry.file_size != entry.compress_size:
            raise _damaged(f"the stored entry {entry.name[:80]!r} has inconsistent sizes")
        if (entry.method == zipfile.ZIP_DEFLATED
                and entry.file_size > limits.ratio_allowance_bytes
                and entry.file_size > limits.max_ratio * entry.compress_size):
            raise BundleRefused(
                "zip_bomb", f"The entry {entry.name[:80]!r} would inflate from "
                f"{entry.compress_size:,} to {entry.file_size:,} bytes, more than "
                f"{limits.max_ratio}:1 (a zip bomb). {NOT_GENUINE}")
    if total > limits.max_total_bytes:
        raise BundleRefused("too_large", f"The bundle would unpack to {total:,} bytes; at "
                            f"most {limits.max_total_bytes:,} are accepted. Export fewer "
                            "inspections per bundle.")
    return [entries[z.orig_filename] for z in infos]


def _raw_name(zinfo: zipfile.ZipInfo) -> bytes:
    if zinfo.flag_bits & 0x800:
        return zinfo.orig_filename.encode("utf-8")
    return zinfo.orig_filename.encode("cp437")


def _too_many(count: int, limits: Limits) -> BundleRefused:
    return BundleRefused("too_many_entries", f"The bundle has {count:,} entries; at most "
                         f"{limits.max_entries:,} are accepted. Export fewer inspections "
                         "per bundle.")


def _stream(f: BinaryIO, entry: _Entry) -> Iterator[bytes]:
    """The entry's content in bounded chunks; never more than its declared size."""
    f.seek(entry.data_start)
    produced = 0
    crc = 0
    for piece in _content(f, entry):
        produced += len(piece)
        if produced > entry.file_size:
            raise BundleRefused(
                "zip_bomb", f"The entry {entry.name[:80]!r} inflates to more than the "
                f"{entry.file_size:,} bytes it declares (a zip bomb). "
                f"{NOT_GENUINE}")
        crc = zlib.crc32(piece, crc)
        yield piece
    if produced != entry.file_size:
        raise _damaged(f"the entry {entry.name[:80]!r} is shorter than it declares")
    if crc != entry.crc:
        raise _damaged(f"the checksum of {entry.name[:80]!r} does not match")


def _content(f: BinaryIO, entry: _Entry) -> Iterator[bytes]:
    """Raw or inflated bytes of an entry whose data starts at the file's position."""
    remaining = entry.compress_size
    inflater = zlib.decompressobj(-15) if entry.method == zipfile.ZIP_DEFLATED else None
    while remaining:
        raw = f.read(min(CHUNK, remaining))
        if not raw:
            raise _damaged(f"the entry {entry.name[:80]!r} is cut short")
        remaining -= len(raw)
        if inflater is None:
            yield raw
            continue
        yield from _inflate(inflater, raw)
        if inflater.eof:
            return
    if inflater is not None:
        yield from _inflate(inflater, b"")  # output zlib still holds
        if not inflater.eof:
            raise _damaged(f"the compressed data of {entry.name[:80]!r} is cut short")


def _inflate(inflater: Any, data: bytes) -> Iterator[bytes]:
    """Inflate ``data`` at most CHUNK bytes per step, so a bomb never fills memory."""
    while not inflater.eof:
        piece = inflater.decompress(data, CHUNK)
        data = inflater.unconsumed_tail
        if piece:
            yield piece
        elif not data:
            return  # needs more input


def _read_entry(f: BinaryIO, entry: _Entry) -> bytes:
    buffer = io.BytesIO()
    for piece in _stream(f, entry):
        buffer.write(piece)
    return buffer.getvalue()


# --- opening: manifest and signature --------------------------------------------------------

def _parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _bad_manifest(detail: str) -> BundleRefused:
    return BundleRefused("bad_manifest", f"The bundle's manifest is not valid: {detail}. "
                         f"{ASK_AGAIN}")


def _check_manifest(manifest: Any) -> datetime:
    """Format, version and structure; returns created_at."""
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleRefused("unknown_format", "This file is not a childcare inspection "
                            "bundle (its manifest does not name the bundle format). Check "
                            "that you picked the right file.")
    version = manifest.get("format_version")
    if type(version) is not int or version < 1:
        raise _bad_manifest("format_version is not a positive whole number")
    if version != FORMAT_VERSION:
        raise BundleRefused(
            "unsupported_version", f"This bundle uses format version {version}; this app "
            f"reads version {FORMAT_VERSION} only. Install a newer version of the app to "
            "open it.")
    for key in ("bundle_id", "app_version", "created_at"):
        if not isinstance(manifest.get(key), str):
            raise _bad_manifest(f"{key} is missing or not text")
    try:
        uuid.UUID(manifest["bundle_id"])
    except ValueError:
        raise _bad_manifest("bundle_id is not a UUID") from None
    created = _parse_time(manifest["created_at"])
    if created is None:
        raise _bad_manifest("created_at is not an ISO-8601 time with a time zone")
    for key in ("exporter", "device", "scope"):
        if not isinstance(manifest.get(key), dict):
            raise _bad_manifest(f"{key} is missing or not an object")
    listed = manifest.get("entries")
    if not isinstance(listed, list):
        raise _bad_manifest("entries is missing or not a list")
    for item in listed:
        if not (isinstance(item, dict) and isinstance(item.get("name"), str)
                and type(item.get("size")) is int and item["size"] >= 0
                and isinstance(item.get("sha256"), str) and _HEX64_RE.match(item["sha256"])):
            raise _bad_manifest("an entry is not {name, size, sha256}")
    return created


def _compare_entries(listed: list[dict[str, Any]], data_entries: list[_Entry]) -> None:
    names = [item["name"] for item in listed]
    actual = [entry.name for entry in data_entries]
    if names != actual:
        missing = sorted(set(names) - set(actual))
        extra = sorted(set(actual) - set(names))
        if missing:
            detail = f"the manifest lists {len(missing)} entries the zip lacks, e.g. " \
                     f"{missing[0][:80]!r}"
        elif extra:
            detail = f"the zip holds {len(extra)} entries the manifest does not list, e.g. " \
                     f"{extra[0][:80]!r}"
        elif len(set(names)) != len(names):
            detail = "the manifest lists an entry twice"
        else:
            detail = "the manifest lists the entries in another order"
        raise BundleRefused("manifest_mismatch", f"The bundle's contents do not match its "
                            f"manifest: {detail}. {ASK_AGAIN}")
    for item, entry in zip(listed, data_entries, strict=True):
        photo = _PHOTO_RE.match(entry.name)
        if photo and photo.group(1) != item["sha256"]:
            raise BundleRefused("hash_mismatch", f"The photo {entry.name[:80]!r} is not "
                                f"named after its SHA-256. {ASK_AGAIN}")
        if item["size"] != entry.file_size:
            raise BundleRefused("hash_mismatch", f"The entry {entry.name[:80]!r} is "
                                f"{entry.file_size:,} bytes but the manifest says "
                                f"{item['size']:,}: it was changed after export. {ASK_AGAIN}")


def _attr(cert: x509.Certificate, oid: x509.ObjectIdentifier) -> str | None:
    values = cert.subject.get_attributes_for_oid(oid)
    return str(values[0].value) if values else None


def _signer_info(certs: list[x509.Certificate]) -> SignerInfo:
    leaf = certs[0]
    subject = leaf.subject.rfc4514_string({NameOID.SERIAL_NUMBER: "serialNumber"})
    return SignerInfo(
        name=_attr(leaf, NameOID.COMMON_NAME) or subject,
        badge=_attr(leaf, NameOID.SERIAL_NUMBER),
        fingerprint=leaf.fingerprint(hashes.SHA256()).hex(), subject=subject,
        not_after=leaf.not_valid_after_utc,
        chain_pem=b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certs))


def _bad_signature(detail: str) -> BundleRefused:
    return BundleRefused("bad_signature", f"The bundle's signature is not valid: {detail}. "
                         "The bundle was changed after it was signed, or damaged. "
                         f"{ASK_AGAIN}")


def _verify_signature(manifest_bytes: bytes, sig_bytes: bytes) -> list[x509.Certificate]:
    """Check manifest.sig against the manifest bytes; returns the certificates."""
    try:
        document = strict_json_loads(sig_bytes, max_depth=4)
    except BundleRefused:
        raise _bad_signature("manifest.sig is not valid JSON") from None
    if not isinstance(document, dict):
        raise _bad_signature("manifest.sig is not a JSON object")
    algorithm = document.get("algorithm")
    encoded = document.get("signature")
    pems = document.get("certificates")
    if algorithm not in (ALG_ECDSA, ALG_RSA):
        raise _bad_signature(f"unknown signature algorithm {str(algorithm)[:40]!r}")
    if not isinstance(encoded, str):
        raise _bad_signature("the signature is missing")
    if not (isinstance(pems, list) and 1 <= len(pems) <= MAX_CERTIFICATES
            and all(isinstance(p, str) for p in pems)):
        raise _bad_signature(f"it must carry 1 to {MAX_CERTIFICATES} certificates")
    try:
        signature = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise _bad_signature("the signature is not base64") from None
    certs: list[x509.Certificate] = []
    for pem in pems:
        try:
            found = x509.load_pem_x509_certificates(pem.encode("ascii"))
        except (ValueError, UnicodeEncodeError):
            found = []
        if len(found) != 1:
            raise BundleRefused("bad_certificate", "A certificate in the bundle's signature "
                                f"cannot be read. {ASK_AGAIN}")
        certs.append(found[0])
    try:
        public_key = certs[0].public_key()
    except ValueError:
        raise BundleRefused("bad_certificate", "The signer's certificate holds an unreadable "
                            f"key. {ASK_AGAIN}") from None
    try:
        if isinstance(public_key, ec.EllipticCurvePublicKey) and algorithm == ALG_ECDSA \
                and isinstance(public_key.curve, ec.SECP256R1):
            public_key.verify(signature, manifest_bytes, ec.ECDSA(hashes.SHA256()))
        elif isinstance(public_key, rsa.RSAPublicKey) and algorithm == ALG_RSA \
                and public_key.key_size >= MIN_RSA_BITS:
            public_key.verify(signature, manifest_bytes, padding.PKCS1v15(), hashes.SHA256())
        else:
            raise _bad_signature(f"the signer's key does not fit the algorithm {algorithm}")
    except InvalidSignature:
        raise _bad_signature("it does not match the manifest") from None
    return certs


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    """Whether ``issuer`` really signed ``cert`` (a subject name alone can be copied)."""
    if not _is_ca(issuer):
        return False
    try:
        cert.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def _trust_path(certs: list[x509.Certificate],
                trusted: list[x509.Certificate]) -> list[x509.Certificate] | None:
    """Leaf, intermediates and the trusted certificate they lead to, or None."""
    trusted_fps = {c.fingerprint(hashes.SHA256()) for c in trusted}
    current, path, unused = certs[0], [certs[0]], list(certs[1:])
    for _ in range(len(certs)):
        if current.fingerprint(hashes.SHA256()) in trusted_fps:
            return path
        anchor = next((t for t in trusted if _issued_by(current, t)), None)
        if anchor is not None:
            return [*path, anchor]
        issuer = next((c for c in unused if _issued_by(current, c)), None)
        if issuer is None:
            return None
        unused.remove(issuer)
        path.append(issuer)
        current = issuer
    return None


def _valid_at(cert: x509.Certificate, moment: datetime) -> bool:
    return cert.not_valid_before_utc <= moment <= cert.not_valid_after_utc


def _check_signer(certs: list[x509.Certificate], trusted: list[x509.Certificate],
                  created: datetime, accept_signer: str | None) -> SignerInfo:
    signer = _signer_info(certs)
    leaf = certs[0]
    if not _valid_at(leaf, created):
        raise BundleRefused(
            "bad_certificate", f"The signer's certificate ({signer.name}) was not valid when "
            f"the bundle was created ({created:%Y-%m-%d %H:%M} UTC; the certificate is valid "
            f"from {leaf.not_valid_before_utc:%Y-%m-%d} to "
            f"{leaf.not_valid_after_utc:%Y-%m-%d}). Ask the sender to renew their key and "
            "export again.", signer)
    try:
        usage = leaf.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None
    if usage is not None and not usage.digital_signature:
        raise BundleRefused("bad_certificate", f"The signer's certificate ({signer.name}) "
                            f"may not be used for signing. {ASK_AGAIN}", signer)
    path = _trust_path(certs, trusted)
    if path is None:
        accepted = re.sub(r"[\s:]", "", accept_signer or "").lower()
        if accepted and accepted == signer.fingerprint:
            return signer
        badge = f", badge {signer.badge}" if signer.badge else ""
        raise BundleRefused(
            "untrusted_signer", f"The bundle is signed by {signer.name}{badge}, who is not in "
            f"your trust list (certificate fingerprint {signer.fingerprint}). If you know "
            "this sender, compare the fingerprint with them before accepting it.", signer)
    for cert in path[1:]:
        if not _valid_at(cert, created):
            raise BundleRefused(
                "bad_certificate", f"A certificate in the signer's chain ("
                f"{_attr(cert, NameOID.COMMON_NAME) or 'issuer'}) was not valid when the "
                "bundle was created. Ask the office for a renewed certificate.", signer)
    return signer


# --- opening: extraction -------------------------------------------------------------------

class OpenedBundle:
    """A verified bundle extracted into its own staging folder (removed on close)."""

    def __init__(self, manifest: dict[str, Any], signer: SignerInfo, staging: Path,
                 files: dict[str, Path], limits: Limits) -> None:
        self.manifest = manifest
        self.signer = signer
        self.staging = staging
        self._files = files
        self._limits = limits
        self._finalizer = weakref.finalize(self, shutil.rmtree, staging, True)

    def names(self) -> list[str]:
        """The data entries, in the bundle's order."""
        return list(self._files)

    def path(self, name: str) -> Path:
        """The extracted, hash-verified file of entry ``name`` (KeyError if unknown)."""
        return self._files[name]

    def json(self, name: str) -> Any:
        """The parsed content of JSON entry ``name`` (validated when the bundle opened)."""
        if not _is_json(name):
            raise KeyError(f"{name!r} is not a JSON entry")
        return strict_json_loads(self._files[name].read_bytes(),
                                 max_depth=self._limits.max_json_depth,
                                 max_values=self._limits.max_json_values)

    def close(self) -> None:
        self._finalizer()

    def __enter__(self) -> OpenedBundle:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _staging_error(exc: OSError) -> BundleRefused:
    return BundleRefused("io_error", f"Could not write the unpacked bundle to the staging "
                         f"folder ({exc.strerror or exc}). Check the free disk space and try "
                         "again.")


def _extract(f: BinaryIO, entries: list[_Entry], listed: list[dict[str, Any]],
             staging: Path, limits: Limits,
             progress: Callable[[int, int], None] | None,
             known_photo: Callable[[str], bool] | None = None) -> dict[str, Path]:
    """Stream every entry into the staging folder, hash it, validate its content. A
    photo whose hash the caller already holds (``known_photo``) is not decoded again:
    its bytes are those of a photo checked before."""
    files: dict[str, Path] = {}
    folders: set[Path] = set()
    base = os.path.normpath(staging) + os.sep
    for index, (entry, item) in enumerate(zip(entries, listed, strict=True)):
        # The name was validated; the path is still built from its components and
        # checked (lexically) to lie inside the staging folder.
        target = staging.joinpath(*entry.name.split("/"))
        if not os.path.normpath(target).startswith(base):
            raise BundleRefused("bad_name", f"The entry name {entry.name[:80]!r} is not "
                                f"allowed. {ASK_AGAIN}")
        data = _extract_one(f, entry, item, target, folders)
        if data is not None:
            try:
                strict_json_loads(data, max_depth=limits.max_json_depth,
                                  max_bytes=limits.max_json_bytes,
                                  max_values=limits.max_json_values)
            except BundleRefused as exc:
                raise BundleRefused("bad_json", f"The entry {entry.name[:80]!r} is not "
                                    f"valid: {exc.message} {ASK_AGAIN}") from None
            del data
        elif known_photo is None or not known_photo(item["sha256"]):
            check_jpeg(target, limits.max_pixels)
        files[entry.name] = target
        if progress is not None:
            try:
                progress(index + 1, len(entries))
            except BaseException as exc:
                raise _Callback(exc) from exc
    return files


def _extract_one(f: BinaryIO, entry: _Entry, item: dict[str, Any], target: Path,
                 folders: set[Path]) -> bytes | None:
    """Write one entry to ``target`` checking its hash; returns a JSON entry's bytes."""
    hasher = hashlib.sha256()
    buffer = io.BytesIO() if _is_json(entry.name) else None
    try:
        if target.parent not in folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            folders.add(target.parent)
        out: IO[bytes] = open(target, "xb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise _staging_error(exc) from None
    with out:
        for piece in _stream(f, entry):
            hasher.update(piece)
            if buffer is not None:
                buffer.write(piece)
            try:
                out.write(piece)
            except OSError as exc:
                raise _staging_error(exc) from None
    if hasher.hexdigest() != item["sha256"]:
        raise BundleRefused("hash_mismatch", f"The entry {entry.name[:80]!r} does not match "
                            f"the manifest: it was changed after export. {ASK_AGAIN}")
    return buffer.getvalue() if buffer is not None else None


def open_bundle(path: Path, staging_root: Path, trusted: list[x509.Certificate], *,
                accept_signer: str | None = None, limits: Limits = Limits(),
                progress: Callable[[int, int], None] | None = None,
                known_photo: Callable[[str], bool] | None = None) -> OpenedBundle:
    """Check a bundle completely and extract it into a new folder under ``staging_root``.

    Returns only when every check passed; otherwise raises BundleRefused (and nothing
    else, except what ``progress`` raises) after removing the staging folder.
    ``accept_signer`` is a leaf-certificate fingerprint the user chose to accept although
    it is not trusted. ``progress(done, total)`` is called after each data entry.
    """
    staging: Path | None = None
    try:
        try:
            if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO would block open()
                raise BundleRefused("io_error", "The bundle is not a regular file. Pick the "
                                    "bundle's .zip file.")
            f = open(path, "rb")  # noqa: SIM115 - closed below
        except OSError as exc:
            raise BundleRefused("io_error", f"Could not read the bundle file ("
                                f"{exc.strerror or exc}). Check the file and try "
                                "again.") from None
        with f:
            file_size = os.fstat(f.fileno()).st_size
            if file_size == 0:
                raise _damaged("the file is empty")
            if file_size > limits.max_file_bytes:
                raise BundleRefused("too_large", f"The bundle file is {file_size:,} bytes; "
                                    f"at most {limits.max_file_bytes:,} are accepted. Export "
                                    "fewer inspections per bundle.")
            entries = _zip_entries(f, file_size, limits)
            names = [e.name for e in entries]
            if MANIFEST not in names:
                raise BundleRefused("unknown_format", "This file is not a childcare "
                                    "inspection bundle (it has no manifest.json). Check that "
                                    "you picked the right file.")
            if SIGNATURE not in names:
                raise BundleRefused("not_signed", "The bundle is not signed (it has no "
                                    "manifest.sig), so its origin cannot be checked. Ask the "
                                    "sender to export it again with their signing key.")
            if names[:2] != [MANIFEST, SIGNATURE]:
                raise _damaged("manifest.json and manifest.sig are not its first entries")
            manifest_bytes = _read_entry(f, entries[0])
            manifest = strict_json_loads(manifest_bytes, max_depth=limits.max_json_depth,
                                         max_bytes=limits.max_json_bytes,
                                         max_values=max(limits.max_json_values,
                                                        8 * limits.max_entries))
            created = _check_manifest(manifest)
            data_entries = entries[2:]
            _compare_entries(manifest["entries"], data_entries)
            certs = _verify_signature(manifest_bytes, _read_entry(f, entries[1]))
            signer = _check_signer(certs, trusted, created, accept_signer)
            try:
                Path(staging_root).mkdir(parents=True, exist_ok=True)
                staging = Path(tempfile.mkdtemp(prefix="bundle-", dir=staging_root))
            except OSError as exc:
                raise _staging_error(exc) from None
            files = _extract(f, data_entries, manifest["entries"], staging, limits, progress,
                             known_photo)
        return OpenedBundle(manifest, signer, staging, files, limits)
    except BundleRefused:
        _remove(staging)
        raise
    except _Callback as exc:
        _remove(staging)
        raise exc.original from None
    except Exception as exc:  # MemoryError, zlib.error, OSError, ...: never a raw error
        _remove(staging)
        raise _damaged(f"it cannot be read ({type(exc).__name__}: {str(exc)[:200]})") from None
    except BaseException:
        _remove(staging)
        raise


def _remove(staging: Path | None) -> None:
    if staging is not None:
        shutil.rmtree(staging, ignore_errors=True)
