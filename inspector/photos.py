"""The evidence photo store: downscaled JPEGs kept under their SHA-256.

A photo from a phone is 4-5 MB and often sideways (EXIF orientation). The store
keeps a copy downscaled to 1600 px on the long edge, turned upright, at JPEG
quality 80 (~220 kB), in ``photos/ab/cd/<sha256>.jpg`` under the data directory,
so the same photo added twice is stored once. Files are written to a temporary
name and renamed, so a crash never leaves half a photo under a real name.

Hostile or broken images are refused with a clear message before they can use
much memory: the pixel count is checked from the header before decoding, against
``MAX_PIXELS`` (100 megapixels: accepted up to and including it). Pillow's own
decompression-bomb limit is set to the same number (its default, 89.5 MP, would refuse
real 100 MP photos first); images claiming more than twice that are refused by Pillow
as it reads the header, the rest by the check here, before anything is decoded.

Data after a JPEG's end-of-image marker (or a PNG's last chunk) is dropped, not
refused: the stored copy is always a new JPEG encoded from the decoded pixels, so what
follows the image (a Google or Samsung "motion photo" appends its video there; a
polyglot file hides a zip there) never reaches the store, a bundle or a report, and
the evidence is exactly the picture the inspector saw. Refusing would turn away
ordinary photos of common phones.

The capture time comes from EXIF, which records local time: it is converted to UTC
with the offset the camera wrote beside it (OffsetTimeOriginal and its siblings), or,
when there is none, with this computer's time zone (the photo was most likely taken
here, today).

Files and folders of the store are private to the user (0600 / 0700); a full or
read-only disk comes out as ``inspector.faults.StorageFault`` and leaves nothing
behind.
"""

from __future__ import annotations

import hashlib
import io
import os
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from inspector.faults import guard
from inspector.paths import open_private, private_dir

LONG_EDGE = 1600
QUALITY = 80
MAX_PIXELS = 100_000_000  # a 100-megapixel photo is accepted; more is refused
MAX_FILE_BYTES = 80_000_000
# The documented limit is the real one: Pillow warns above this and refuses above twice
# this as it reads the header (its default of 89.5 MP would refuse 100 MP photos).
Image.MAX_IMAGE_PIXELS = MAX_PIXELS

# EXIF tags: a capture time and the UTC offset the camera wrote beside it.
_EXIF_IFD = 0x8769
_TIMES = ((0x9003, 0x9011, True),  # DateTimeOriginal, OffsetTimeOriginal
          (0x9004, 0x9012, True),  # DateTimeDigitized, OffsetTimeDigitized
          (0x0132, 0x9010, False))  # DateTime (IFD0), OffsetTime


class PhotoError(ValueError):
    """The file cannot be used as an evidence photo; the message says why."""


@dataclass(frozen=True)
class StoredPhoto:
    sha256: str
    width: int
    height: int
    byte_size: int
    taken_at: datetime | None


def _offset(raw: object) -> timezone | None:
    """An EXIF offset such as "+08:00" or "-05:30"; None when absent or blank."""
    text = str(raw or "").strip("\x00 ")
    if len(text) != 6 or text[0] not in "+-" or text[3] != ":":
        return None
    try:
        hours, minutes = int(text[1:3]), int(text[4:6])
    except ValueError:
        return None
    if hours > 14 or minutes > 59:
        return None
    delta = timedelta(hours=hours, minutes=minutes)
    return timezone(delta if text[0] == "+" else -delta)


def capture_time(exif: Image.Exif) -> datetime | None:
    """When the photo was taken, in UTC: EXIF's local time converted with the offset
    written beside it, else with this computer's time zone. Kept because re-saving
    drops EXIF."""
    try:
        sub = exif.get_ifd(_EXIF_IFD)
    except (KeyError, OSError, TypeError, ValueError):
        sub = {}
    for time_tag, offset_tag, in_sub in _TIMES:
        raw = (sub if in_sub else exif).get(time_tag)
        if not raw:
            continue
        try:
            local = datetime.strptime(str(raw).strip("\x00 "), "%Y:%m:%d %H:%M:%S")
        except (ValueError, TypeError):
            continue
        zone = _offset(sub.get(offset_tag))
        try:
            aware = local.replace(tzinfo=zone) if zone else local.astimezone()
            return aware.astimezone(UTC)
        except (OverflowError, OSError, ValueError):
            continue
    return None


def _taken_at(image: Image.Image) -> datetime | None:
    try:
        return capture_time(image.getexif())
    except (ValueError, KeyError, OSError, TypeError, SyntaxError):
        return None


def downscale(data: bytes) -> tuple[bytes, int, int, datetime | None]:
    """The evidence copy of an image: upright, at most LONG_EDGE, JPEG."""
    if len(data) > MAX_FILE_BYTES:
        raise PhotoError("the file is larger than 80 MB; this is not a photo we can use")
    with warnings.catch_warnings():
        # Between MAX_PIXELS and twice that Pillow only warns; the check below refuses.
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
            w, h = image.size
            if w * h > MAX_PIXELS:
                raise PhotoError(f"the image claims {w}×{h} pixels, more than 100 megapixels")
            taken = _taken_at(image)
            scale = min(1.0, LONG_EDGE / max(w, h))
            target = (max(1, round(w * scale)), max(1, round(h * scale)))
            if image.format in ("JPEG", "MPO"):  # MPO: a JPEG with a second image after it
                image.draft("RGB", target)  # decode at reduced size: much faster
            image.load()
            if image.mode not in ("RGB", "L"):
                background = Image.new("RGB", image.size, "white")
                rgba = image.convert("RGBA")
                background.paste(rgba, mask=rgba.getchannel("A"))
                image = background
            if image.size != target:
                image = image.resize(target, Image.Resampling.LANCZOS)
            image = ImageOps.exif_transpose(image)
        except PhotoError:
            raise
        except Image.DecompressionBombError:
            raise PhotoError("the image claims far more pixels than a photo has") from None
        except UnidentifiedImageError:
            raise PhotoError("not an image file Pillow can read (JPEG, PNG, HEIC is not "
                             "supported: export it as JPEG)") from None
        except (OSError, SyntaxError, ValueError) as exc:
            raise PhotoError(f"the image is damaged or truncated ({exc})") from None
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=QUALITY, optimize=True)
    return out.getvalue(), image.width, image.height, taken


class PhotoStore:
    def __init__(self, root: Path):
        self.root = Path(root)

    def path_of(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:4] / f"{sha256}.jpg"

    def _write(self, target: Path, chunks: Iterator[bytes]) -> None:
        """Write a photo file atomically (temporary name, fsync, rename), private to the
        user; on a full or read-only disk nothing is left behind (StorageFault)."""
        with guard(self.root):
            private_dir(target.parent)
            tmp = target.with_suffix(f".{os.getpid()}.tmp")
            try:
                with open_private(tmp, "wb") as f:
                    for chunk in chunks:
                        f.write(chunk)
                    f.flush()
                    os.fsync(f.fileno())
                os.replace(tmp, target)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise

    def add(self, data: bytes) -> StoredPhoto:
        jpeg, width, height, taken = downscale(data)
        digest = hashlib.sha256(jpeg).hexdigest()
        target = self.path_of(digest)
        if not target.exists():
            self._write(target, iter((jpeg,)))
        return StoredPhoto(digest, width, height, len(jpeg), taken)

    def add_file(self, path: Path) -> StoredPhoto:
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise PhotoError("the file is larger than 80 MB; this is not a photo we can use")
            data = path.read_bytes()
        except OSError as exc:
            raise PhotoError(f"cannot read {path.name}: {exc.strerror}") from None
        return self.add(data)

    def read(self, sha256: str) -> bytes:
        return self.path_of(sha256).read_bytes()

    def has(self, sha256: str) -> bool:
        return self.path_of(sha256).is_file()

    def put_checked(self, sha256: str, source: Path) -> bool:
        """Store a JPEG that was already checked and hashed (an imported photo) as is,
        by copying it into place atomically. False when the store already has it."""
        target = self.path_of(sha256)
        if target.exists():
            return False

        def chunks() -> Iterator[bytes]:
            with open(source, "rb") as src:
                while chunk := src.read(1 << 20):
                    yield chunk

        self._write(target, chunks())
        return True

    def discard(self, sha256: str) -> None:
        """Remove a photo file that no record refers to (an import that did not commit)."""
        self.path_of(sha256).unlink(missing_ok=True)
