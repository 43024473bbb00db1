"""The signed-bundle container: a round trip, and every hostile file refused safely.

Each hostile case is a real zip on disk. Every refusal must carry the expected code,
leave the staging root empty and write nothing anywhere else.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import tracemalloc
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes, serialization

from inspector.pki import KeyStore, create_ca, issue, load_p12
from inspector.sync.container import (
    FORMAT,
    FORMAT_VERSION,
    REFUSAL_CODES,
    BundleEntry,
    BundleRefused,
    BundleSigner,
    Limits,
    check_jpeg,
    open_bundle,
    strict_json_loads,
    write_bundle,
)
from tests.bundle_corpus import (
    DEFLATED,
    STORED,
    Identity,
    central,
    data_start,
    deflated_zeros,
    ec_key,
    jpeg_bytes,
    make_cert,
    manifest_for,
    patch_central,
    patch_jpeg_size,
    photo_name,
    raw_zip,
    read_members,
    record_bytes,
    replace_bytes,
    rewrite,
    rsa_key,
    self_signed,
    signed_zip,
    zinfo,
)

PASS = "pass-phrase-123"


# --- keys: the slow PKCS#12 ones once per module ----------------------------------------

class Keys:
    def __init__(self, root: Path) -> None:
        store = KeyStore.for_data_dir(root / "data")
        store.create_self_signed("张三", "JY-001", "江阴市卫健委", PASS)
        own = BundleSigner.from_p12((store.root / "JY-001.p12").read_bytes(), PASS)
        self.own = Identity(own.key, own.cert, own)
        self.store_trusted = store.trusted_certs()
        ca_p12 = create_ca("江阴市卫健委 CA", PASS)
        key, cert, others = load_p12(issue(ca_p12, PASS, "李四", "JY-002", "澄江街道", PASS),
                                     PASS)
        self.issued = Identity(key, cert, BundleSigner(key, cert, others))
        self.ca_cert = others[0]
        self.other = self_signed("王五", "XX-999")  # not trusted by anyone


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Keys:
    return Keys(tmp_path_factory.mktemp("keys"))


@pytest.fixture
def trusted(keys: Keys) -> list[Any]:
    return [*keys.store_trusted, keys.ca_cert]


@pytest.fixture
def signer(keys: Keys) -> BundleSigner:
    return keys.own.signer


@pytest.fixture
def staging(tmp_path: Path) -> Path:
    return tmp_path / "staging"


def snapshot(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def refused(path: Path, staging: Path, trusted: list[Any], code: str, **kwargs: Any
            ) -> BundleRefused:
    """Open ``path``, expect a refusal with ``code``; nothing may be left or written."""
    root = staging.parent
    before = snapshot(root)
    with pytest.raises(BundleRefused) as info:
        open_bundle(path, staging, trusted, **kwargs)
    assert info.value.code == code, info.value.message
    assert info.value.code in REFUSAL_CODES
    assert info.value.message and str(info.value) == info.value.message
    assert not staging.exists() or not any(staging.iterdir())
    assert snapshot(root) - before <= {"staging"}, "something was written outside staging"
    return info.value


# --- a valid bundle ------------------------------------------------------------------------

def sample_entries(folder: Path, photos: int = 2) -> tuple[list[BundleEntry], dict[str, Any]]:
    folder.mkdir(parents=True, exist_ok=True)
    entries = [BundleEntry("records/facilities/a.json",
                           data=record_bytes({"name": "江阴市测试托育中心", "capacity": 60})),
               BundleEntry("records/inspections/b.json",
                           data=record_bytes({"answers": [1, 2.5, None, True, "是"]}))]
    expected: dict[str, Any] = {e.name: json.loads(e.data or b"") for e in entries}
    for i in range(photos):
        data = jpeg_bytes((40 + i, 30), (i * 40 % 256, 100, 200))
        file = folder / f"p{i}.jpg"
        file.write_bytes(data)
        entries.append(BundleEntry(photo_name(data), path=file))
        expected[photo_name(data)] = data
    return entries, expected


def export(path: Path, signer: BundleSigner, entries: list[BundleEntry], **kwargs: Any
           ) -> dict[str, Any]:
    return write_bundle(path, entries=entries, signer=signer, exporter={"name": "张三"},
                        device={"host": "laptop-1"}, scope={"facility": "x"},
                        app_version="0.1.0", **kwargs)


@pytest.fixture
def bundle(tmp_path: Path, signer: BundleSigner) -> Path:
    entries, _ = sample_entries(tmp_path / "src")
    path = tmp_path / "valid.zip"
    export(path, signer, entries)
    return path


def test_round_trip(tmp_path: Path, signer: BundleSigner, trusted: list[Any],
                    staging: Path) -> None:
    entries, expected = sample_entries(tmp_path / "src", photos=3)
    calls: list[tuple[int, int]] = []
    path = tmp_path / "out" / "bundle.zip"
    manifest = export(path, signer, entries, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(i, 10) for i in range(1, 11)]
    assert manifest["format"] == FORMAT and manifest["format_version"] == FORMAT_VERSION
    assert [e["name"] for e in manifest["entries"]] == [e.name for e in entries]
    assert os.listdir(path.parent) == ["bundle.zip"]  # no temporary file left

    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
    assert [i.filename for i in infos[:2]] == ["manifest.json", "manifest.sig"]
    for info in infos:
        want = STORED if info.filename.endswith(".jpg") else DEFLATED
        assert info.compress_type == want, info.filename

    opened_calls: list[tuple[int, int]] = []
    with open_bundle(path, staging, trusted,
                     progress=lambda d, t: opened_calls.append((d, t))) as opened:
        assert opened.names() == [e.name for e in entries]
        assert opened.manifest == manifest
        assert opened.signer.name == "张三" and opened.signer.badge == "JY-001"
        assert opened.signer.fingerprint == signer.cert.fingerprint(hashes.SHA256()).hex()
        assert b"BEGIN CERTIFICATE" in opened.signer.chain_pem
        for name, value in expected.items():
            if name.endswith(".json"):
                assert opened.json(name) == value
            else:
                assert opened.path(name).read_bytes() == value
                assert opened.path(name).is_relative_to(opened.staging)
        assert opened.staging.parent == staging
        with pytest.raises(KeyError):
            opened.path("records/nope.json")
    assert opened_calls == [(i, 5) for i in range(1, 6)]
    assert not opened.staging.exists()
    assert list(staging.iterdir()) == []


def test_ca_issued_signer_is_trusted_through_its_ca(tmp_path: Path, keys: Keys,
                                                    staging: Path) -> None:
    entries, _ = sample_entries(tmp_path / "src", photos=1)
    path = tmp_path / "b.zip"
    export(path, keys.issued.signer, entries)
    with open_bundle(path, staging, [keys.ca_cert]) as opened:
        assert opened.signer.name == "李四" and opened.signer.badge == "JY-002"
    # without the CA in the trust list, the same signer is unknown
    refused(path, staging, keys.store_trusted, "untrusted_signer")


def test_intermediate_ca_and_rsa_signer(tmp_path: Path, staging: Path) -> None:
    root_key, mid_key, leaf_key = ec_key(), ec_key(), rsa_key()
    root = make_cert(root_key, "Root CA", ca=True)
    mid = make_cert(mid_key, "Office CA", ca=True, issuer=root, issuer_key=root_key)
    leaf = make_cert(leaf_key, "赵六", badge="R-1", issuer=mid, issuer_key=mid_key)
    path = tmp_path / "b.zip"
    export(path, BundleSigner(leaf_key, leaf, [mid]), sample_entries(tmp_path / "s", 1)[0])
    with open_bundle(path, staging, [root]) as opened:
        assert opened.signer.name == "赵六"
    # the chain is needed to reach the root
    export(path, BundleSigner(leaf_key, leaf, []), sample_entries(tmp_path / "s", 1)[0])
    refused(path, staging, [root], "untrusted_signer")


# --- writing -----------------------------------------------------------------------------

def test_write_is_atomic_when_an_entry_is_missing(tmp_path: Path, signer: BundleSigner
                                                  ) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "bundle.zip").write_bytes(b"previous")
    entries = [BundleEntry("records/a.json", data=b"{}"),
               BundleEntry(photo_name(b"x"), path=tmp_path / "missing.jpg")]
    with pytest.raises(FileNotFoundError):
        export(out / "bundle.zip", signer, entries)
    assert os.listdir(out) == ["bundle.zip"]
    assert (out / "bundle.zip").read_bytes() == b"previous"


@pytest.mark.parametrize("failure", ["callback", "file_removed", "file_changed"])
def test_write_failing_midway_leaves_no_file(tmp_path: Path, signer: BundleSigner,
                                             failure: str) -> None:
    entries, _ = sample_entries(tmp_path / "src", photos=3)
    victim = entries[-1].path
    assert victim is not None

    def progress(done: int, total: int) -> None:
        if done == total // 2:  # the hashing pass is over, the zip is being written
            if failure == "callback":
                raise KeyboardInterrupt
            if failure == "file_removed":
                victim.unlink()
            else:
                victim.write_bytes(jpeg_bytes((12, 12)))

    out = tmp_path / "out"
    out.mkdir()
    expected = {"callback": KeyboardInterrupt, "file_removed": FileNotFoundError,
                "file_changed": ValueError}[failure]
    with pytest.raises(expected):
        export(out / "bundle.zip", signer, entries, progress=progress)
    assert os.listdir(out) == []


@pytest.mark.parametrize("entries", [
    [BundleEntry("../x.json", data=b"{}")],
    [BundleEntry("records/A.json", data=b"{}")],
    [BundleEntry("manifest.json", data=b"{}")],
    [BundleEntry("records/a.txt", data=b"{}")],
    [BundleEntry("records/con.json", data=b"{}")],
    [BundleEntry("records/a.json", data=b"{}"), BundleEntry("records/a.json", data=b"{}")],
    [BundleEntry("records/a.json", data=b"{}"), BundleEntry("records/a.json/b.json",
                                                            data=b"{}")],
    [BundleEntry("records/a.json", data=b'{"a": NaN}')],
    [BundleEntry("records/a.json", data=b'{"a": 1, "a": 2}')],
    [BundleEntry(photo_name(b"other"), data=jpeg_bytes())],
], ids=["escape", "uppercase", "manifest", "suffix", "device", "duplicate", "prefix", "nan",
        "dupkey", "photo-hash"])
def test_write_refuses_what_open_would_refuse(tmp_path: Path, signer: BundleSigner,
                                              entries: list[BundleEntry]) -> None:
    with pytest.raises(ValueError):
        export(tmp_path / "b.zip", signer, entries)
    assert os.listdir(tmp_path) == []


def test_bundle_entry_needs_exactly_one_source() -> None:
    with pytest.raises(ValueError):
        BundleEntry("records/a.json")
    with pytest.raises(ValueError):
        BundleEntry("records/a.json", data=b"{}", path=Path("x"))


# --- names, links, folders, duplicates -------------------------------------------------------

@pytest.mark.parametrize("name", [
    "../escape.json", "records/../../escape.json", "a/../../escape.json", "/ABS",
    "C:/escape.json", "C:\\escape.json", "records\\..\\..\\escape.json", "records/A.json",
    "records/a b.json", "records/é.json", "records/.hidden.json", "records//a.json",
    "records/./a.json", "./records/a.json", "records/con.json", "records/a.json.",
    "records/a.txt", "photos/abc.jpg", "other/a.json", "records/" + "a" * 200 + ".json",
    "records/a.json/b.json",
])
def test_bad_names(tmp_path: Path, staging: Path, trusted: list[Any], signer: BundleSigner,
                   name: str) -> None:
    if name == "/ABS":
        name = f"{tmp_path}/abs-escape.json"
    data = [("records/a.json", b"{}"), (name, b"{}")]
    path = signed_zip(tmp_path / "b.zip", signer, data)
    refused(path, staging, trusted, "bad_name")
    assert not (tmp_path / "escape.json").exists()
    assert not (tmp_path / "abs-escape.json").exists()
    assert not (tmp_path.parent / "escape.json").exists()


def test_name_with_nul_byte(tmp_path: Path, staging: Path, trusted: list[Any],
                            signer: BundleSigner) -> None:
    path = signed_zip(tmp_path / "b.zip", signer, [("records/a.json_../../x.json", b"{}")])
    replace_bytes(path, b"records/a.json_../../x.json", b"records/a.json\0../../x.json")
    refused(path, staging, trusted, "bad_name")


def test_symlink_entry(tmp_path: Path, staging: Path, trusted: list[Any],
                       signer: BundleSigner) -> None:
    link = zinfo("records/link.json", method=STORED, mode=0o120777)
    path = raw_zip(tmp_path / "b.zip", [("manifest.json", b"{}"), ("manifest.sig", b"{}"),
                                        (link, b"../../../../etc/passwd")])
    refused(path, staging, trusted, "link_entry")


@pytest.mark.parametrize("entry", [zinfo("records/"), zinfo("records/d", mode=0o040755)],
                         ids=["slash", "mode"])
def test_directory_entry(tmp_path: Path, staging: Path, trusted: list[Any],
                         entry: zipfile.ZipInfo) -> None:
    path = raw_zip(tmp_path / "b.zip", [("manifest.json", b"{}"), ("manifest.sig", b"{}"),
                                        (entry, b"")])
    refused(path, staging, trusted, "directory_entry")


def test_duplicate_names(tmp_path: Path, staging: Path, trusted: list[Any],
                         signer: BundleSigner) -> None:
    path = signed_zip(tmp_path / "b.zip", signer,
                      [("records/a.json", b"{}"), ("records/a.json", b'{"evil": 1}')])
    refused(path, staging, trusted, "duplicate_entry")


def test_too_many_entries(tmp_path: Path, staging: Path, trusted: list[Any],
                          signer: BundleSigner) -> None:
    data = [(f"records/r{i}.json", b"{}") for i in range(5)]
    path = signed_zip(tmp_path / "b.zip", signer, data)
    refused(path, staging, trusted, "too_many_entries", limits=Limits(max_entries=6))
    with open_bundle(path, staging, trusted, limits=Limits(max_entries=7)) as opened:
        assert len(opened.names()) == 5


def test_encrypted_entry(tmp_path: Path, staging: Path, trusted: list[Any],
                         signer: BundleSigner) -> None:
    path = signed_zip(tmp_path / "b.zip", signer, [("records/a.json", b"{}")])
    patch_central(path, "records/a.json", flag_bits=1)
    refused(path, staging, trusted, "encrypted_entry")


def test_unsupported_compression(tmp_path: Path, staging: Path, trusted: list[Any],
                                 signer: BundleSigner) -> None:
    path = signed_zip(tmp_path / "b.zip", signer, [("records/a.json", b"{}")],
                      methods={"records/a.json": zipfile.ZIP_BZIP2})
    refused(path, staging, trusted, "unsupported_compression")


# --- zip bombs ----------------------------------------------------------------------------

BOMB_BYTES = 200 * 1024 * 1024


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory, keys: Keys) -> Path:
    """A signed bundle with 200 MB of zeros deflated (~200 kB), declared honestly."""
    return deflated_zeros(tmp_path_factory.mktemp("bomb") / "bomb.zip", keys.own.signer,
                          real_size=BOMB_BYTES, declared=BOMB_BYTES)


def test_bomb_declared_ratio(bomb: Path, tmp_path: Path, staging: Path,
                             trusted: list[Any]) -> None:
    path = tmp_path / "bomb.zip"
    path.write_bytes(bomb.read_bytes())
    assert central(path, "records/bomb.json")["compress_size"] < BOMB_BYTES / 500
    refused(path, staging, trusted, "too_large")  # over the 64 MiB JSON limit
    refused(path, staging, trusted, "zip_bomb", limits=Limits(max_json_bytes=BOMB_BYTES))
    patch_central(path, "records/bomb.json", file_size=60 * 1024 * 1024)  # under the limit
    refused(path, staging, trusted, "zip_bomb")


def test_bomb_inflating_past_its_declared_size(tmp_path: Path, staging: Path,
                                               trusted: list[Any], signer: BundleSigner,
                                               bomb: Path) -> None:
    """The central directory (and the signed manifest) claim 1 MB at a harmless ratio;
    the data inflates to 200 MB. Streaming stops at the declared size."""
    path = deflated_zeros(tmp_path / "bomb.zip", signer, real_size=BOMB_BYTES,
                          declared=1_000_000)
    tracemalloc.start()
    try:
        refused(path, staging, trusted, "zip_bomb")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 64 * 1024 * 1024


def test_bomb_streams_with_bounded_memory(tmp_path: Path, staging: Path, trusted: list[Any],
                                          signer: BundleSigner) -> None:
    """A ratio check switched off: all 200 MB are inflated in bounded chunks, then the
    declared size (50 MB) is exceeded - memory stays bounded by the JSON limit."""
    path = deflated_zeros(tmp_path / "bomb.zip", signer, real_size=BOMB_BYTES,
                          declared=50_000_000)
    tracemalloc.start()
    try:
        refused(path, staging, trusted, "zip_bomb", limits=Limits(max_ratio=10**6))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 64 * 1024 * 1024 + 16 * 1024 * 1024  # the JSON buffer + a few chunks


def test_stored_entry_with_lying_size(tmp_path: Path, staging: Path, trusted: list[Any],
                                      signer: BundleSigner) -> None:
    data = jpeg_bytes()
    path = signed_zip(tmp_path / "b.zip", signer, [(photo_name(data), data)])
    patch_central(path, photo_name(data), file_size=len(data) + 1000)
    refused(path, staging, trusted, "damaged")


@pytest.mark.parametrize("pattern", ["same_header", "quoted"])
def test_overlapping_entries(tmp_path: Path, staging: Path, trusted: list[Any],
                             signer: BundleSigner, pattern: str) -> None:
    """CVE-2024-0450: entries whose data is shared or lies inside another entry's."""
    if pattern == "same_header":
        data = [("records/a.json", b'{"x": 1}'), ("records/b.json", b'{"y": 2}')]
        path = signed_zip(tmp_path / "b.zip", signer, data)
        patch_central(path, "records/b.json",
                      header_offset=central(path, "records/a.json")["header_offset"])
    else:
        inner = tmp_path / "inner.zip"
        raw_zip(inner, [(zinfo("records/b.json", method=STORED), b'{"y": 2}')])
        quoted = inner.read_bytes()[:central(inner, "records/b.json")["compress_size"] + 44]
        data = [("records/a.json", quoted), ("records/b.json", b'{"y": 2}')]
        path = signed_zip(tmp_path / "b.zip", signer, data,
                          methods={"records/a.json": STORED})
        patch_central(path, "records/b.json", header_offset=data_start(path, "records/a.json"))
    refused(path, staging, trusted, "overlapping_entries")


# --- damaged files --------------------------------------------------------------------------

def test_random_bytes(tmp_path: Path, staging: Path, trusted: list[Any]) -> None:
    path = tmp_path / "b.zip"
    path.write_bytes(random.Random(7).randbytes(10_000))
    refused(path, staging, trusted, "damaged")


def test_empty_file(tmp_path: Path, staging: Path, trusted: list[Any]) -> None:
    path = tmp_path / "b.zip"
    path.write_bytes(b"")
    refused(path, staging, trusted, "damaged")


def test_missing_file_and_folder(tmp_path: Path, staging: Path, trusted: list[Any]) -> None:
    refused(tmp_path / "nothing.zip", staging, trusted, "io_error")
    refused(tmp_path, staging, trusted, "io_error")


def test_file_too_large(bundle: Path, staging: Path, trusted: list[Any]) -> None:
    refused(bundle, staging, trusted, "too_large", limits=Limits(max_file_bytes=1000))


@pytest.mark.parametrize("fraction", [0.5, 0.1, 0.9, 0.99, -22, -1])
def test_truncated(bundle: Path, tmp_path: Path, staging: Path, trusted: list[Any],
                   fraction: float) -> None:
    data = bundle.read_bytes()
    cut = int(len(data) * fraction) if fraction > 0 else len(data) + int(fraction)
    path = tmp_path / "cut.zip"
    path.write_bytes(data[:cut])
    refused(path, staging, trusted, "damaged")


def test_hole_in_the_middle(bundle: Path, tmp_path: Path, staging: Path,
                            trusted: list[Any]) -> None:
    """Bytes removed inside the data: every offset in the directory is now wrong."""
    data = bundle.read_bytes()
    start = central(bundle, "records/inspections/b.json")["header_offset"]
    path = tmp_path / "hole.zip"
    path.write_bytes(data[:start + 10] + data[start + 60:])
    refused(path, staging, trusted, "damaged")


def test_flipped_bytes_never_escape(bundle: Path, tmp_path: Path, staging: Path,
                                    trusted: list[Any]) -> None:
    """Fuzz: any single corrupted byte is either harmless or refused, never a crash."""
    data = bundle.read_bytes()
    rng = random.Random(2024)
    path = tmp_path / "fuzz.zip"
    codes: set[str] = set()
    for _ in range(300):
        mutated = bytearray(data)
        for _ in range(rng.choice([1, 1, 2, 8])):
            mutated[rng.randrange(len(mutated))] = rng.randrange(256)
        path.write_bytes(bytes(mutated))
        try:
            open_bundle(path, staging, trusted).close()
        except BundleRefused as exc:
            codes.add(exc.code)
        assert not staging.exists() or list(staging.iterdir()) == []
    assert codes <= set(REFUSAL_CODES)
    assert "damaged" in codes, codes


# --- JSON --------------------------------------------------------------------------------

@pytest.mark.parametrize(("content", "method"), [
    (b"[" * 100_000, STORED),
    (b"[" * 100_000 + b"]" * 100_000, STORED),
    (b'{"a":' * 50_000 + b"1" + b"}" * 50_000, STORED),
    (b'{"a": 1, "a": 2}', DEFLATED),
    (b'{"a": NaN}', DEFLATED),
    (b'{"a": Infinity}', DEFLATED),
    (b'[-Infinity]', DEFLATED),
    (b'[1e400]', DEFLATED),
    (b'{"a": "\xff"}', DEFLATED),
    (b'{"a": "\\ud800"}', DEFLATED),
    (b'\xef\xbb\xbf{}', DEFLATED),
    (b'{} {}', DEFLATED),
    (b'[' + b'9' * 5000 + b']', DEFLATED),
    (b'', DEFLATED),
    (b"[" + b"[]," * 3_000_000 + b"[]]", STORED),
], ids=["open-brackets", "deep-list", "deep-object", "duplicate-key", "nan", "infinity",
        "-infinity", "overflow", "bad-utf8", "lone-surrogate", "bom", "trailing", "huge-int",
        "empty", "millions-of-lists"])
def test_bad_json_entries(tmp_path: Path, staging: Path, trusted: list[Any],
                          signer: BundleSigner, content: bytes, method: int) -> None:
    data = [("records/ok.json", b"{}"), ("records/bad.json", content)]
    path = signed_zip(tmp_path / "b.zip", signer, data, methods={"records/bad.json": method})
    error = refused(path, staging, trusted, "bad_json")
    assert "records/bad.json" in error.message


def test_json_over_the_size_limit(tmp_path: Path, staging: Path, trusted: list[Any],
                                  signer: BundleSigner) -> None:
    content = record_bytes({"notes": "x" * 5000})
    path = signed_zip(tmp_path / "b.zip", signer, [("records/big.json", content)])
    refused(path, staging, trusted, "too_large", limits=Limits(max_json_bytes=4096))
    with open_bundle(path, staging, trusted) as opened:
        assert opened.json("records/big.json") == {"notes": "x" * 5000}


def test_manifest_that_is_not_json(tmp_path: Path, staging: Path, trusted: list[Any],
                                   signer: BundleSigner) -> None:
    path = signed_zip(tmp_path / "b.zip", signer, [], manifest_bytes=b'{"format": NaN}')
    refused(path, staging, trusted, "bad_json")


def test_strict_json_loads_directly() -> None:
    assert strict_json_loads(b'{"a": [1, {"b": "[[[[{{{{\\"]]"}], "c": -1.5e3}') == {
        "a": [1, {"b": '[[[[{{{{"]]'}], "c": -1500.0}
    assert strict_json_loads(b"[" * 32 + b"]" * 32) == eval("[" * 31 + "[]" + "]" * 31)
    nested = b'{"k": "\\\\"}'  # an escaped backslash right before the closing quote
    assert strict_json_loads(nested) == {"k": "\\"}
    for bad in (b"[" * 33 + b"]" * 33, b"[" * 1_000_000, b"]]]][[[[", b'["\\"]'):
        with pytest.raises(BundleRefused) as info:
            strict_json_loads(bad)
        assert info.value.code == "bad_json"
    with pytest.raises(BundleRefused):
        strict_json_loads(b"[1, 2]", max_bytes=3)
    assert strict_json_loads(b'[1, 2, {"a": "x,y,z"}]', max_values=5) == [1, 2, {"a": "x,y,z"}]
    with pytest.raises(BundleRefused):
        strict_json_loads(b'[1, 2, {"a": 3}, 4]', max_values=5)
    assert strict_json_loads('"\\ud83d\\ude00 好"'.encode()) == "😀 好"


# --- images -------------------------------------------------------------------------------

def _bad_photo(kind: str) -> bytes:
    good = jpeg_bytes((64, 48))
    if kind == "enormous":
        return patch_jpeg_size(good, 60000, 60000)
    if kind == "over-limit":
        return patch_jpeg_size(good, 8000, 8000)  # 64 Mpx: under Pillow's own limit
    if kind == "truncated":
        return good[:len(good) // 2]
    if kind == "png":
        import io

        from PIL import Image
        buffer = io.BytesIO()
        Image.new("RGB", (8, 8)).save(buffer, "PNG")
        return buffer.getvalue()
    return b"\xff\xd8\xff\xe0 not really a jpeg"


@pytest.mark.parametrize("kind", ["enormous", "over-limit", "truncated", "png", "garbage"])
def test_bad_photos(tmp_path: Path, staging: Path, trusted: list[Any],
                    signer: BundleSigner, kind: str) -> None:
    content = _bad_photo(kind)
    path = signed_zip(tmp_path / "b.zip", signer, [(photo_name(content), content)])
    refused(path, staging, trusted, "bad_image")
    file = tmp_path / "photo.jpg"
    file.write_bytes(content)
    with pytest.raises(BundleRefused):
        check_jpeg(file, 50_000_000)


def test_a_photo_the_caller_already_holds_is_not_decoded_again(
        tmp_path: Path, staging: Path, trusted: list[Any], signer: BundleSigner) -> None:
    """Its hash names bytes the caller checked before; any other photo is decoded."""
    content = _bad_photo("truncated")
    path = signed_zip(tmp_path / "b.zip", signer, [(photo_name(content), content)])
    sha = photo_name(content).removeprefix("photos/").removesuffix(".jpg")
    with open_bundle(path, staging, trusted, known_photo=lambda h: h == sha) as bundle:
        assert bundle.path(photo_name(content)).read_bytes() == content
    with pytest.raises(BundleRefused) as info:
        open_bundle(path, staging, trusted, known_photo=lambda h: False)
    assert info.value.code == "bad_image"


def test_check_jpeg_returns_the_size(tmp_path: Path) -> None:
    file = tmp_path / "p.jpg"
    file.write_bytes(jpeg_bytes((33, 21)))
    assert check_jpeg(file, 1000) == (33, 21)
    with pytest.raises(BundleRefused) as info:
        check_jpeg(file, 500)
    assert info.value.code == "bad_image"


def test_photo_not_named_after_its_hash(tmp_path: Path, staging: Path, trusted: list[Any],
                                        signer: BundleSigner) -> None:
    content = jpeg_bytes()
    path = signed_zip(tmp_path / "b.zip", signer, [(photo_name(b"other"), content)])
    refused(path, staging, trusted, "hash_mismatch")


# --- manifest and hashes --------------------------------------------------------------------

def test_content_changed_and_manifest_re_signed(tmp_path: Path, staging: Path,
                                                trusted: list[Any], signer: BundleSigner
                                                ) -> None:
    original = [("records/a.json", b'{"score": 10}')]
    manifest = manifest_for(original)
    for content in (b'{"score": 99}', b'{"score": 100}'):  # same size, other size
        path = signed_zip(tmp_path / "b.zip", signer, [("records/a.json", content)],
                          manifest=manifest)
        refused(path, staging, trusted, "hash_mismatch")


def test_content_changed_under_the_original_signature(bundle: Path, tmp_path: Path,
                                                      staging: Path, trusted: list[Any]
                                                      ) -> None:
    path = rewrite(bundle, tmp_path / "changed.zip",
                   {"records/facilities/a.json": b'{"capacity": 600, "name": "x"}'})
    refused(path, staging, trusted, "hash_mismatch")


def test_manifest_changed_under_the_original_signature(bundle: Path, tmp_path: Path,
                                                       staging: Path, trusted: list[Any]
                                                       ) -> None:
    manifest = json.loads(dict((i.filename, d) for i, d in read_members(bundle))[
        "manifest.json"])
    manifest["scope"] = {"facility": "another"}
    path = rewrite(bundle, tmp_path / "changed.zip",
                   {"manifest.json": json.dumps(manifest, indent=1).encode()})
    refused(path, staging, trusted, "bad_signature")


def test_manifest_lists_a_missing_entry(tmp_path: Path, staging: Path, trusted: list[Any],
                                        signer: BundleSigner) -> None:
    data = [("records/a.json", b"{}"), ("records/b.json", b"[]")]
    path = signed_zip(tmp_path / "b.zip", signer, data[:1], manifest=manifest_for(data))
    error = refused(path, staging, trusted, "manifest_mismatch")
    assert "records/b.json" in error.message


def test_zip_has_an_unlisted_entry(tmp_path: Path, staging: Path, trusted: list[Any],
                                   signer: BundleSigner) -> None:
    data = [("records/a.json", b"{}"), ("records/b.json", b"[]")]
    path = signed_zip(tmp_path / "b.zip", signer, data, manifest=manifest_for(data[:1]))
    refused(path, staging, trusted, "manifest_mismatch")


def test_manifest_in_another_order(tmp_path: Path, staging: Path, trusted: list[Any],
                                   signer: BundleSigner) -> None:
    data = [("records/a.json", b"{}"), ("records/b.json", b"[]")]
    path = signed_zip(tmp_path / "b.zip", signer, data, manifest=manifest_for(data[::-1]))
    refused(path, staging, trusted, "manifest_mismatch")


def test_manifest_not_first(tmp_path: Path, staging: Path, trusted: list[Any],
                            signer: BundleSigner) -> None:
    manifest = json.dumps(manifest_for([])).encode()
    path = raw_zip(tmp_path / "b.zip", [("manifest.sig", signer.sign(manifest)),
                                        ("manifest.json", manifest)])
    refused(path, staging, trusted, "damaged")


@pytest.mark.parametrize(("overrides", "code"), [
    ({"format": "something-else"}, "unknown_format"),
    ({"format_version": 2}, "unsupported_version"),
    ({"format_version": "1"}, "bad_manifest"),
    ({"created_at": "yesterday"}, "bad_manifest"),
    ({"created_at": "2026-01-01T00:00:00"}, "bad_manifest"),
    ({"bundle_id": "nope"}, "bad_manifest"),
    ({"scope": []}, "bad_manifest"),
    ({"entries": [{"name": "records/a.json", "size": -1, "sha256": "0" * 64}]},
     "bad_manifest"),
])
def test_manifest_fields(tmp_path: Path, staging: Path, trusted: list[Any],
                         signer: BundleSigner, overrides: dict[str, Any], code: str) -> None:
    data = [("records/a.json", b"{}")]
    path = signed_zip(tmp_path / "b.zip", signer, data, manifest=manifest_for(data,
                                                                             **overrides))
    error = refused(path, staging, trusted, code)
    if code == "unsupported_version":
        assert "version 2" in error.message and f"version {FORMAT_VERSION}" in error.message
        assert "newer version of the app" in error.message


def test_not_a_bundle(tmp_path: Path, staging: Path, trusted: list[Any]) -> None:
    path = raw_zip(tmp_path / "b.zip", [("records/a.json", b"{}")])
    refused(path, staging, trusted, "unknown_format")


# --- signature and trust ------------------------------------------------------------------------

def test_missing_signature(tmp_path: Path, staging: Path, trusted: list[Any]) -> None:
    path = signed_zip(tmp_path / "b.zip", None, [("records/a.json", b"{}")])
    refused(path, staging, trusted, "not_signed")


@pytest.mark.parametrize("signature", [
    b"not json", b"[]", b'{"algorithm": "md5", "signature": "", "certificates": []}',
    b'{"algorithm": "ecdsa-p256-sha256", "signature": "!!", "certificates": ["x"]}',
])
def test_malformed_signature(tmp_path: Path, staging: Path, trusted: list[Any],
                             signature: bytes) -> None:
    path = signed_zip(tmp_path / "b.zip", None, [("records/a.json", b"{}")],
                      signature=signature)
    refused(path, staging, trusted, "bad_signature")


def test_signature_by_another_key_with_a_trusted_certificate(
        tmp_path: Path, staging: Path, trusted: list[Any], keys: Keys) -> None:
    data = [("records/a.json", b"{}")]
    manifest = json.dumps(manifest_for(data)).encode()
    forged = json.loads(keys.other.signer.sign(manifest))
    forged["certificates"] = json.loads(keys.own.signer.sign(b"x"))["certificates"]
    path = signed_zip(tmp_path / "b.zip", None, data, manifest_bytes=manifest,
                      signature=json.dumps(forged).encode())
    refused(path, staging, trusted, "bad_signature")


def test_untrusted_signer_then_accepted(tmp_path: Path, staging: Path, trusted: list[Any],
                                        keys: Keys) -> None:
    path = tmp_path / "b.zip"
    export(path, keys.other.signer, sample_entries(tmp_path / "src", 1)[0])
    error = refused(path, staging, trusted, "untrusted_signer")
    assert error.signer is not None
    assert error.signer.name == "王五" and error.signer.badge == "XX-999"
    assert error.signer.fingerprint in error.message
    refused(path, staging, trusted, "untrusted_signer", accept_signer="0" * 64)
    fingerprint = error.signer.fingerprint
    grouped = ":".join(fingerprint[i:i + 2] for i in range(0, 64, 2)).upper()
    for accepted in (fingerprint, grouped):
        with open_bundle(path, staging, trusted, accept_signer=accepted) as opened:
            assert opened.signer == error.signer


def test_look_alike_self_signed_certificate(tmp_path: Path, staging: Path,
                                            trusted: list[Any], keys: Keys) -> None:
    """Same subject as the trusted inspector certificate, another key."""
    key = ec_key()
    fake = make_cert(key, "x", subject=keys.own.cert.subject)
    path = tmp_path / "b.zip"
    export(path, BundleSigner(key, fake, []), sample_entries(tmp_path / "src", 1)[0])
    error = refused(path, staging, trusted, "untrusted_signer")
    assert error.signer is not None and error.signer.name == "张三"


def test_look_alike_ca(tmp_path: Path, staging: Path, trusted: list[Any], keys: Keys) -> None:
    """A CA with the trusted CA's subject but another key issues a certificate."""
    fake_ca_key, key = ec_key(), ec_key()
    fake_ca = make_cert(fake_ca_key, "x", subject=keys.ca_cert.subject, ca=True)
    leaf = make_cert(key, "李四", badge="JY-002", issuer=fake_ca, issuer_key=fake_ca_key)
    path = tmp_path / "b.zip"
    export(path, BundleSigner(key, leaf, [fake_ca]), sample_entries(tmp_path / "src", 1)[0])
    refused(path, staging, trusted, "untrusted_signer")


def test_trusted_non_ca_certificate_cannot_issue(tmp_path: Path, staging: Path) -> None:
    boss = self_signed("科长", "B-1")
    key = ec_key()
    leaf = make_cert(key, "冒名", issuer=boss.cert, issuer_key=boss.key)
    path = tmp_path / "b.zip"
    export(path, BundleSigner(key, leaf, [boss.cert]), sample_entries(tmp_path / "src", 1)[0])
    refused(path, staging, [boss.cert], "untrusted_signer")


def test_expired_certificate(tmp_path: Path, staging: Path) -> None:
    now = datetime.now(UTC)
    old = self_signed("过期", "E-1", not_before=now - timedelta(days=400),
                      not_after=now - timedelta(days=1))
    data = [("records/a.json", b"{}")]
    path = signed_zip(tmp_path / "b.zip", old.signer, data)
    error = refused(path, staging, [old.cert], "bad_certificate")
    assert error.signer is not None
    # a bundle created while the certificate was valid still opens
    created = (now - timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
    path = signed_zip(tmp_path / "b.zip", old.signer, data,
                      manifest=manifest_for(data, created_at=created))
    with open_bundle(path, staging, [old.cert]) as opened:
        assert opened.names() == ["records/a.json"]


def test_expired_certificate_is_not_accepted_by_fingerprint(tmp_path: Path,
                                                            staging: Path) -> None:
    now = datetime.now(UTC)
    old = self_signed("过期", "E-1", not_before=now - timedelta(days=400),
                      not_after=now - timedelta(days=1))
    path = signed_zip(tmp_path / "b.zip", old.signer, [("records/a.json", b"{}")])
    fingerprint = hashlib.sha256(old.cert.public_bytes(serialization.Encoding.DER)).hexdigest()
    refused(path, staging, [], "bad_certificate", accept_signer=fingerprint)


def test_signer_key_must_match_certificate(keys: Keys) -> None:
    with pytest.raises(ValueError):
        BundleSigner(keys.other.key, keys.own.cert, [])
