"""Evidence photos: the pixel limit is the documented one, hostile headers are refused
before decoding, data hidden after the image never reaches the store, and capture
times are stored in UTC."""

from __future__ import annotations

import io
import os
import struct
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from inspector.photos import MAX_PIXELS, PhotoError, PhotoStore, downscale


def _jpeg(size: tuple[int, int] = (640, 480), mode: str = "RGB", exif: Image.Exif | None = None,
          quality: int = 85) -> bytes:
    out = io.BytesIO()
    image = Image.new(mode, size, 128 if mode == "L" else (200, 120, 40))
    image.save(out, "JPEG", quality=quality, **({"exif": exif} if exif is not None else {}))
    return out.getvalue()


def _png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` x ``height`` (a decompression bomb)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b""))


def test_trailing_data_after_the_image_is_dropped(tmp_path: Path) -> None:
    """A motion photo's video, or a zip hidden behind a JPEG, is not stored: the store
    keeps a new JPEG of the decoded picture only."""
    photo = _jpeg()
    hidden = b"PK\x03\x04" + b"secret payload " * 2000
    store = PhotoStore(tmp_path / "photos")
    stored = store.add(photo + hidden)
    data = store.read(stored.sha256)
    assert b"secret payload" not in data and b"PK\x03\x04" not in data
    assert data.endswith(b"\xff\xd9")
    assert store.add(photo).sha256 == stored.sha256  # the same picture, the same evidence
    with Image.open(io.BytesIO(data)) as image:
        assert image.size == (640, 480)


def test_a_100_megapixel_photo_is_accepted_and_one_row_more_is_refused() -> None:
    assert MAX_PIXELS == 100_000_000
    jpeg, width, height, _taken = downscale(_jpeg((10_000, 10_000), "L", quality=30))
    assert (width, height) == (1600, 1600) and jpeg[:2] == b"\xff\xd8"
    with pytest.raises(PhotoError, match=r"claims 10000×10001 pixels, more than 100 megapixels"):
        downscale(_jpeg((10_000, 10_001), "L", quality=30))


@pytest.mark.parametrize(("size", "message"), [
    ((13_000, 13_000), "more than 100 megapixels"),  # within Pillow's warning band
    ((40_000, 40_000), "far more pixels"),  # beyond twice the limit: Pillow refuses
])
def test_a_png_claiming_a_huge_size_is_refused_without_decoding(size: tuple[int, int],
                                                                message: str) -> None:
    bomb = _png_claiming(*size)
    assert len(bomb) < 200
    tracemalloc.start()
    try:
        with pytest.raises(PhotoError, match=message):
            downscale(bomb)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024  # the header was read; nothing was decoded


@pytest.fixture
def shanghai() -> Iterator[None]:
    """This computer's time zone is China Standard Time (UTC+8, no summer time)."""
    if not hasattr(time, "tzset"):
        pytest.skip("changing the process time zone needs time.tzset (POSIX)")
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


def _exif(taken: str, offset: str | None = None, tag: int = 0x9003) -> Image.Exif:
    exif = Image.Exif()
    if tag == 0x0132:
        exif[0x0132] = taken
        sub = exif.get_ifd(0x8769)
        if offset:
            sub[0x9010] = offset
        return exif
    sub = exif.get_ifd(0x8769)
    sub[tag] = taken
    if offset:
        sub[{0x9003: 0x9011, 0x9004: 0x9012}[tag]] = offset
    return exif


@pytest.mark.parametrize(("offset", "tag", "utc"), [
    ("+08:00", 0x9003, datetime(2026, 11, 2, 1, 30, tzinfo=UTC)),
    ("-05:00", 0x9003, datetime(2026, 11, 2, 14, 30, tzinfo=UTC)),
    ("+05:30", 0x9004, datetime(2026, 11, 2, 4, 0, tzinfo=UTC)),
    ("+09:00", 0x0132, datetime(2026, 11, 2, 0, 30, tzinfo=UTC)),
    (None, 0x9003, datetime(2026, 11, 2, 1, 30, tzinfo=UTC)),  # this computer's zone
    ("   :  ", 0x9003, datetime(2026, 11, 2, 1, 30, tzinfo=UTC)),  # blank: as if none
])
def test_capture_time_is_converted_to_utc(shanghai: None, offset: str | None, tag: int,
                                          utc: datetime) -> None:
    _jpeg_bytes, _w, _h, taken = downscale(_jpeg(exif=_exif("2026:11:02 09:30:00", offset,
                                                            tag)))
    assert taken == utc


def test_no_or_garbled_capture_time_is_none() -> None:
    assert downscale(_jpeg())[3] is None
    assert downscale(_jpeg(exif=_exif("yesterday, about noon")))[3] is None


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_photo_files_are_private(tmp_path: Path) -> None:
    os.umask(0o022)
    store = PhotoStore(tmp_path / "photos")
    stored = store.add(_jpeg())
    path = store.path_of(stored.sha256)
    assert path.stat().st_mode & 0o777 == 0o600
    for folder in (path.parent, path.parent.parent, tmp_path / "photos"):
        assert folder.stat().st_mode & 0o777 == 0o700
