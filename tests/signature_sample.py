"""A handwritten-looking signature PNG for tests that sign: the core refuses images
without enough ink (``inspector.signature_ink``), so tests sign with this."""

from __future__ import annotations

import io
from functools import cache

from PIL import Image, ImageDraw


@cache
def signature_png() -> bytes:
    image = Image.new("RGBA", (300, 100), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.line([(20, 70), (60, 20), (100, 80), (140, 25), (180, 75), (220, 30), (280, 60)],
              fill=(10, 20, 80, 255), width=4, joint="curve")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


SIGNATURE_PNG = signature_png()
