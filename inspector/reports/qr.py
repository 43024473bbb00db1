"""The QR code in each page footer: the report number and the data hash.

Encoded with ReportLab's QR encoder (``reportlab.graphics.barcode``, the one
behind ``qr.QrCodeWidget``), drawn once as vector squares into a PDF form XObject
and placed on every page, so a 20-page report carries it once. Dark modules are
drawn as one path of horizontal runs: the widget's renderer took ~90 ms per
report for the same picture.
"""

from __future__ import annotations

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas


def qr_drawing(payload: str, size: float, font: str) -> Drawing:
    """A ``size``×``size`` point drawing of the QR code of ``payload`` (level M).

    ``font`` replaces the graphics default (Helvetica), which would otherwise be
    referenced (unembedded) although the code draws no text.
    """
    widget = QrCodeWidget(payload, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.initialFontName = font
    drawing.add(widget)
    return drawing


QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def qr_matrix(payload: str) -> list[list[bool]]:
    """The modules of the QR code of ``payload`` (error correction level M)."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.make()
    n = code.getModuleCount()
    return [[bool(code.isDark(r, c)) for c in range(n)] for r in range(n)]


def define_qr_form(canvas: Canvas, name: str, payload: str, size: float) -> None:
    """Define the form XObject ``name`` on ``canvas`` (draw with ``doForm``)."""
    matrix = qr_matrix(payload)
    n = len(matrix)
    unit = size / (n + 2 * QUIET_ZONE)
    canvas.beginForm(name, lowerx=0, lowery=0, upperx=size, uppery=size)
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    for r, row in enumerate(matrix):
        y = size - (QUIET_ZONE + r + 1) * unit
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                path.rect((QUIET_ZONE + start) * unit, y, (c - start) * unit, unit)
            else:
                c += 1
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.endForm()
