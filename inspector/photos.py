"""The evidence photo store: downscaled JPEGs kept under their SHA-256.

A photo from a phone is 4-5 MB and often sideways (EXIF orientation). The store
keeps a copy downscaled to 1600 px on the long edge, turned upright, at JPEG
quality 80 (~220 kB), in ``photos/ab/cd/<sha256>.jpg`` under the data directory,
so the same photo added twice is stored once. Files are written to a temporary
name and renamed, so a crash never leaves half a photo under a real name.

Hostile or broken images are refused with a clear message before they can use
much memory: Pillow's decompression-bomb warning is an error here, and the pixel
count is checked from the header before decoding.
"""

from __future__ import annotations

import hashlib
import io
import os
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

LONG_EDGE = 1600
QUALITY = 80
MAX_PIXELS = 100_000_000  # a 100-megapixel photo is accepted; more is refused
MAX_FILE_BYTES = 80_000_000


class PhotoError(ValueError):
    """The file cannot be used as an evidence photo; the message says why."""


@dataclass(frozen=True)
class StoredPhoto:
    sha256: str
    width: int
    height: int
    byte_size: int
    taken_at: datetime | None


def _taken_at(image: Image.Image) -> datetime | None:
    """Capture time from EXIF (DateTimeOriginal), kept because re-saving drops EXIF."""
    try:
        exif = image.getexif()
        raw = exif.get_ifd(0x8769).get(0x9003) or exif.get(0x0132)
        if not raw:
            return None
        # EXIF has local time without zone; record it as given, marked UTC-naive→UTC.
        return datetime.strptime(str(raw).strip("\x00"), "%Y:%m:%d %H:%M:%S").replace(tzinfo=UTC)
    except (ValueError, KeyError, OSError, TypeError):
        return None


def downscale(data: bytes) -> tuple[bytes, int, int, datetime | None]:
    """The evidence copy of an image: upright, at most LONG_EDGE, JPEG."""
    if len(data) > MAX_FILE_BYTES:
        raise PhotoError("the file is larger than 80 MB; this is not a photo we can use")
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
            w, h = image.size
            if w * h > MAX_PIXELS:
                raise PhotoError(f"the image claims {w}×{h} pixels, more than 100 megapixels")
            taken = _taken_at(image)
            scale = min(1.0, LONG_EDGE / max(w, h))
            target = (max(1, round(w * scale)), max(1, round(h * scale)))
            if image.format == "JPEG":
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
        except (Image.DecompressionBombWarning, Image.DecompressionBombError):
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

    def add(self, data: bytes) -> StoredPhoto:
        jpeg, width, height, taken = downscale(data)
        digest = hashlib.sha256(jpeg).hexdigest()
        target = self.path_of(digest)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(f".{os.getpid()}.tmp")
            with open(tmp, "wb") as f:
                f.write(jpeg)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, target)
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
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        with open(source, "rb") as src, open(tmp, "wb") as dst:
            while chunk := src.read(1 << 20):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, target)
        return True

    def discard(self, sha256: str) -> None:
        """Remove a photo file that no record refers to (an import that did not commit)."""
        self.path_of(sha256).unlink(missing_ok=True)
