"""How much ink makes a handwritten signature: the rule, once, for the pad and the core.

A dot, a tick or a short dash is not a signature: a signature must travel a minimum
total stroke length and cover a minimum box. The signature pad checks its strokes
(``strokes_problem``, in the pad's logical pixels) before it offers them, and
``Inspections.sign`` checks the PNG it receives (``png_problem``: the box of the inked
pixels and their number), so no caller can store an empty or near-empty signature.
Plain Python and Pillow; no Qt.
"""

from __future__ import annotations

import io
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image, ImageChops, UnidentifiedImageError

# Strokes, in the pad's logical pixels (the pad is at least 280 × 110).
MIN_STROKE_LENGTH = 120.0  # total length of all strokes
MIN_INK_WIDTH = 40.0  # the box around all points
MIN_INK_HEIGHT = 15.0

# The exported PNG (the pad scales the ink to fit 600 × 200, at most 4×): a dot comes
# out about 11 px across, a real signature at least about 60 × 25.
MIN_PNG_INK_WIDTH = 30
MIN_PNG_INK_HEIGHT = 8
MIN_PNG_INK_PIXELS = 120
MAX_PNG_PIXELS = 4000 * 4000  # a signature image is small; refuse to decode a bomb

Point = tuple[float, float]


@dataclass(frozen=True)
class InkProblem:
    """Why some ink is not a signature. ``code``: empty | too_short | too_small |
    unreadable (the PNG cannot be read)."""

    code: str
    message: str


EMPTY = InkProblem("empty", "nothing is signed")
TOO_SHORT = InkProblem("too_short", "the signature is too short: sign with your full name")
TOO_SMALL = InkProblem("too_small", "the signature is too small: sign with your full name")


def strokes_problem(strokes: Sequence[Sequence[Point]]) -> InkProblem | None:
    """None when these strokes (each a list of points) are enough for a signature."""
    points = [p for stroke in strokes for p in stroke]
    if not points:
        return EMPTY
    length = sum(math.dist(a, b) for stroke in strokes for a, b in itertools.pairwise(stroke))
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    if max(xs) - min(xs) < MIN_INK_WIDTH or max(ys) - min(ys) < MIN_INK_HEIGHT:
        return TOO_SMALL
    if length < MIN_STROKE_LENGTH:
        return TOO_SHORT
    return None


def png_problem(data: bytes) -> InkProblem | None:
    """None when the PNG holds enough ink for a signature. Ink is an opaque, dark
    pixel: black or blue ink on a transparent or white background."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format != "PNG":
                return InkProblem("unreadable", "a signature image must be a PNG")
            if image.width * image.height > MAX_PNG_PIXELS:
                return InkProblem("unreadable", "the signature image is far too large")
            rgba = image.convert("RGBA")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return InkProblem("unreadable", "the signature image cannot be read")
    opaque = rgba.getchannel("A").point(lambda a: 255 if a > 128 else 0)
    dark = rgba.convert("L").point(lambda v: 255 if v < 160 else 0)
    ink = ImageChops.multiply(opaque, dark)
    box = ink.getbbox()
    if box is None:
        return EMPTY
    width, height = box[2] - box[0], box[3] - box[1]
    if width < MIN_PNG_INK_WIDTH or height < MIN_PNG_INK_HEIGHT:
        return TOO_SMALL
    if ink.histogram()[255] < MIN_PNG_INK_PIXELS:
        return TOO_SHORT
    return None
