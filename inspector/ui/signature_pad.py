"""A pad to sign on with a mouse, a pen (pressure changes the width) or a finger.

Strokes are kept as points in widget coordinates with a width each, drawn as smooth
curves (quadratic segments through the midpoints) into an image buffer at the
screen's device pixel ratio, so the ink is crisp on high-DPI screens. ``to_png``
renders the strokes again, black on a transparent background, cropped to the ink
with a margin and scaled to fit about 600×200 pixels. Whether the ink is enough for a
signature is the core's rule (``inspector.signature_ink``): ``ink_problem``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from inspector.signature_ink import InkProblem, strokes_problem

PEN_WIDTH = 2.6  # logical pixels, for a mouse and for pressure 0.5
PNG_SIZE = QSize(600, 200)  # the exported signature fits in this box
PNG_MARGIN = 12.0  # pixels of empty border around the ink in the export
MIN_DISTANCE = 0.8  # ignore moves shorter than this (logical pixels)


@dataclass
class Stroke:
    points: list[QPointF] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)

    def add(self, point: QPointF, width: float) -> bool:
        """Append a point; False when it is too close to the last one to matter."""
        if self.points:
            last = self.points[-1]
            if math.hypot(point.x() - last.x(), point.y() - last.y()) < MIN_DISTANCE:
                return False
        self.points.append(QPointF(point))
        self.widths.append(width)
        return True

    def bounds(self) -> QRectF:
        xs = [p.x() for p in self.points]
        ys = [p.y() for p in self.points]
        pad = max(self.widths) / 2
        return QRectF(min(xs) - pad, min(ys) - pad,
                      max(xs) - min(xs) + 2 * pad, max(ys) - min(ys) + 2 * pad)


def _mid(a: QPointF, b: QPointF) -> QPointF:
    return QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2)


def draw_segment(painter: QPainter, stroke: Stroke, index: int, colour: QColor,
                 scale: float = 1.0) -> None:
    """Draw the part of ``stroke`` that point ``index`` adds (0 draws a dot)."""
    pts, widths = stroke.points, stroke.widths
    pen = QPen(colour, widths[index] * scale, Qt.PenStyle.SolidLine,
               Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    if index == 0:
        painter.setBrush(colour)
        r = widths[0] * scale / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QPointF(pts[0].x() * scale, pts[0].y() * scale), r, r)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        return
    # A curve from the previous midpoint through the previous point to this midpoint:
    # consecutive pieces join with matching tangents, so the line looks smooth.
    prev = pts[index - 1]
    start = pts[0] if index == 1 else _mid(pts[index - 2], prev)
    end = _mid(prev, pts[index])
    path = QPainterPath(QPointF(start.x() * scale, start.y() * scale))
    path.quadTo(QPointF(prev.x() * scale, prev.y() * scale),
                QPointF(end.x() * scale, end.y() * scale))
    painter.drawPath(path)


def draw_tail(painter: QPainter, stroke: Stroke, colour: QColor, scale: float = 1.0) -> None:
    """The last half-segment, from the last midpoint to the last point."""
    pts = stroke.points
    if len(pts) < 2:
        return
    start = _mid(pts[-2], pts[-1])
    painter.setPen(QPen(colour, stroke.widths[-1] * scale, Qt.PenStyle.SolidLine,
                        Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    painter.drawLine(QPointF(start.x() * scale, start.y() * scale),
                     QPointF(pts[-1].x() * scale, pts[-1].y() * scale))


def draw_stroke(painter: QPainter, stroke: Stroke, colour: QColor, scale: float = 1.0) -> None:
    for i in range(len(stroke.points)):
        draw_segment(painter, stroke, i, colour, scale)
    draw_tail(painter, stroke, colour, scale)


class SignaturePad(QWidget):
    """Handwritten signature input. ``changed`` is emitted when ink is added or cleared."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[Stroke] = []
        self._current: Stroke | None = None
        self._buffer = QImage()
        self._touch_id: int | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(280, 110)
        self.setAccessibleName(self.tr("Signature pad"))

    # --- public -----------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(450, 150)

    def is_empty(self) -> bool:
        return not self._strokes and self._current is None

    def strokes(self) -> list[list[tuple[float, float]]]:
        """The finished strokes as points in logical pixels."""
        return [[(p.x(), p.y()) for p in s.points] for s in self._strokes if s.points]

    def ink_problem(self) -> InkProblem | None:
        """None when the ink is enough for a signature (the core's rule)."""
        return strokes_problem(self.strokes())

    def clear(self) -> None:
        was_empty = self.is_empty()
        self._strokes.clear()
        self._current = None
        self._touch_id = None
        self._rebuild()
        if not was_empty:
            self.changed.emit()

    def to_png(self) -> bytes:
        """The signature as a PNG: black ink, transparent background, cropped to the
        ink with a margin, scaled to fit 600×200. Empty bytes when nothing is drawn."""
        strokes = [s for s in self._strokes if s.points]
        if not strokes:
            return b""
        ink = strokes[0].bounds()
        for s in strokes[1:]:
            ink = ink.united(s.bounds())
        room_w = PNG_SIZE.width() - 2 * PNG_MARGIN
        room_h = PNG_SIZE.height() - 2 * PNG_MARGIN
        scale = min(room_w / max(ink.width(), 1.0), room_h / max(ink.height(), 1.0), 4.0)
        width = math.ceil(ink.width() * scale + 2 * PNG_MARGIN)
        height = math.ceil(ink.height() * scale + 2 * PNG_MARGIN)
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(PNG_MARGIN - ink.left() * scale, PNG_MARGIN - ink.top() * scale)
        black = QColor(Qt.GlobalColor.black)
        for stroke in strokes:
            draw_stroke(painter, stroke, black, scale)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    # --- drawing ----------------------------------------------------------------

    def _ink(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Text)

    def _rebuild(self) -> None:
        """Redraw every stroke into a buffer of the widget's size and pixel ratio."""
        ratio = self.devicePixelRatioF()
        size = self.size() * ratio
        self._buffer = QImage(max(1, size.width()), max(1, size.height()),
                              QImage.Format.Format_ARGB32_Premultiplied)
        self._buffer.setDevicePixelRatio(ratio)
        self._buffer.fill(Qt.GlobalColor.transparent)
        painter = QPainter(self._buffer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for stroke in self._strokes:
            draw_stroke(painter, stroke, self._ink())
        if self._current is not None:
            for i in range(len(self._current.points)):
                draw_segment(painter, self._current, i, self._ink())
        painter.end()
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rebuild()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.DevicePixelRatioChange):
            self._rebuild()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 4, 4)
        # Baseline with a cross, as on paper forms.
        hint_colour = palette.color(QPalette.ColorRole.PlaceholderText)
        base_y = self.height() * 0.72
        painter.setPen(QPen(hint_colour, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(24, base_y), QPointF(self.width() - 24, base_y))
        painter.setPen(QPen(hint_colour, 1.5))
        painter.drawLine(QPointF(24, base_y - 14), QPointF(34, base_y - 4))
        painter.drawLine(QPointF(34, base_y - 14), QPointF(24, base_y - 4))
        if self.is_empty():
            painter.setPen(hint_colour)
            painter.drawText(QRectF(0, 0, self.width(), base_y - 6),
                             Qt.AlignmentFlag.AlignCenter, self.tr("Sign here"))
        painter.drawImage(QPointF(0, 0), self._buffer)
        if self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)

    # --- strokes ----------------------------------------------------------------

    def _begin(self, pos: QPointF, width: float) -> None:
        was_empty = self.is_empty()
        self._current = Stroke()
        self._current.add(pos, width)
        self._paint_last()
        if was_empty:
            self.update()  # the hint disappears

    def _extend(self, pos: QPointF, width: float) -> None:
        if self._current is None:
            return
        if self._current.add(pos, width):
            self._paint_last()

    def _end(self) -> None:
        if self._current is None:
            return
        self._ensure_buffer()
        stroke, self._current = self._current, None
        painter = QPainter(self._buffer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_tail(painter, stroke, self._ink())
        painter.end()
        self._strokes.append(stroke)
        self.update()
        self.changed.emit()

    def _ensure_buffer(self) -> None:
        ratio = self.devicePixelRatioF()
        if self._buffer.isNull() or self._buffer.size() != self.size() * ratio:
            self._rebuild()

    def _paint_last(self) -> None:
        assert self._current is not None
        self._ensure_buffer()
        index = len(self._current.points) - 1
        painter = QPainter(self._buffer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_segment(painter, self._current, index, self._ink())
        painter.end()
        pts = self._current.points[max(0, index - 2):]
        xs, ys = [p.x() for p in pts], [p.y() for p in pts]
        pad = max(self._current.widths) + 2
        self.update(math.floor(min(xs) - pad), math.floor(min(ys) - pad),
                    math.ceil(max(xs) - min(xs) + 2 * pad), math.ceil(max(ys) - min(ys) + 2 * pad))

    # --- input ------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Touch and pen input arrive on their own; ignore the mouse events Qt
        # synthesizes from them so a stroke is not drawn twice.
        if event.source() != Qt.MouseEventSource.MouseEventNotSynthesized:
            event.ignore()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), PEN_WIDTH)
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.source() != Qt.MouseEventSource.MouseEventNotSynthesized:
            event.ignore()
            return
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position(), PEN_WIDTH)
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.source() != Qt.MouseEventSource.MouseEventNotSynthesized:
            event.ignore()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            if self._current is not None:
                self._extend(event.position(), PEN_WIDTH)
            self._end()
            event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        pressure = event.pressure() if event.pressure() > 0 else 0.5
        width = PEN_WIDTH * (0.35 + 1.3 * pressure)
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position(), width)
        elif kind == QEvent.Type.TabletMove and self._current is not None:
            self._extend(event.position(), width)
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                    QEvent.Type.TouchCancel):
            assert isinstance(event, QTouchEvent)
            self._touch(event)
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        """One finger draws; further fingers are ignored."""
        if event.type() == QEvent.Type.TouchCancel:
            self._end()
            self._touch_id = None
            return
        for point in event.points():
            pressure = point.pressure()
            width = PEN_WIDTH * (0.6 + 0.8 * pressure) if 0 < pressure < 1 else PEN_WIDTH * 1.2
            state = point.state()
            if self._touch_id is None and state == point.State.Pressed:
                self._touch_id = point.id()
                self._begin(point.position(), width)
            elif point.id() == self._touch_id:
                if state == point.State.Released:
                    self._extend(point.position(), width)
                    self._end()
                    self._touch_id = None
                elif state == point.State.Updated:
                    self._extend(point.position(), width)
        event.accept()
