"""The app's line icons, drawn in the palette's text colour.

The SVG files in ``resources/icons/`` use ``currentColor``; Qt's SVG renderer does
not know the widget's colour, so each icon is rendered here with the current
palette's text colour substituted (readable on light and dark palettes). Icons with
their own colours (the app icon) are rendered as they are.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from inspector.resources import resource_path

NAMES = ("new", "search", "facility", "inspector", "inspection", "settings", "import",
         "photo", "note", "sign", "lock", "back", "app")
_SIZES = (16, 20, 24, 32, 48, 64)


def icon_path(name: str) -> str:
    path = resource_path("icons", f"{name}.svg")
    if not path.is_file():
        raise KeyError(f"no icon {name!r} in {path.parent}")
    return str(path)


def _colour(mode: QPalette.ColorGroup) -> str:
    app = QGuiApplication.instance()
    palette = QGuiApplication.palette() if app is not None else QPalette()
    return palette.color(mode, QPalette.ColorRole.WindowText).name()


@functools.cache
def _svg(name: str) -> str:
    with open(icon_path(name), encoding="utf-8") as f:
        return f.read()


def _render(svg: str, size: int, ratio: float) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixels = round(size * ratio)
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


@functools.cache
def _icon(name: str, normal: str, disabled: str, ratio: float) -> QIcon:
    svg = _svg(name)
    result = QIcon()
    for size in _SIZES:
        result.addPixmap(_render(svg.replace("currentColor", normal), size, ratio),
                         QIcon.Mode.Normal)
        result.addPixmap(_render(svg.replace("currentColor", disabled), size, ratio),
                         QIcon.Mode.Disabled)
    return result


def icon(name: str) -> QIcon:
    """The icon ``name`` (one of ``NAMES``) for the current palette and screen."""
    app = QGuiApplication.instance()
    ratio = QGuiApplication.primaryScreen().devicePixelRatio() if app is not None else 1.0
    return _icon(name, _colour(QPalette.ColorGroup.Active),
                 _colour(QPalette.ColorGroup.Disabled), float(ratio))


def app_icon() -> QIcon:
    """The application's window icon (colour artwork)."""
    return icon("app")


def icon_size() -> QSize:
    return QSize(20, 20)
