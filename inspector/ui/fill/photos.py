"""Evidence photos of an item: a strip of thumbnails and the images that feed it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from inspector.inspection_records import PhotoInfo

THUMB = 64
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".gif", ".webp", ".tif", ".tiff")

_cache: dict[tuple[str, int], QPixmap] = {}


def scaled_image(path: Path, box: QSize) -> QImage:
    """The image at ``path`` decoded at (about) the size it is shown, not in full."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and (size.width() > box.width() or size.height() > box.height()):
        reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def thumbnail(path: Path, edge: int = THUMB) -> QPixmap:
    key = (str(path), edge)
    pixmap = _cache.get(key)
    if pixmap is None:
        image = scaled_image(path, QSize(edge * 2, edge * 2))  # 2× for high-DPI screens
        pixmap = QPixmap.fromImage(image)
        if len(_cache) > 500:
            _cache.clear()
        _cache[key] = pixmap
    return pixmap


def image_files(mime: QMimeData) -> list[Path]:
    """Local image files among dropped or pasted URLs."""
    out = []
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in IMAGE_SUFFIXES and path.is_file():
                out.append(path)
    return out


class PhotoStrip(QWidget):
    """Thumbnails of an item's photos and a button to add one."""

    photo_clicked = Signal(int)
    add_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.buttons: list[QToolButton] = []
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("Add photo… (P)"))
        self.add_button.setToolTip(self.tr("Add a photo from a file; you can also drop image "
                                           "files on the item or paste with Ctrl+V"))
        self.add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_button.clicked.connect(self.add_clicked)
        self._layout.addWidget(self.add_button)

    def set_photos(self, photos: list[PhotoInfo]) -> None:
        self.add_button.setText(self.tr("Add photo… (P)"))
        for b in self.buttons:
            self._layout.removeWidget(b)
            b.deleteLater()
        self.buttons = []
        for n, photo in enumerate(photos):
            button = QToolButton()
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setIconSize(QSize(THUMB, THUMB))
            button.setIcon(QIcon(thumbnail(photo.path)))
            tip = photo.caption or photo.original_name or ""
            button.setToolTip(tip + ("\n" if tip else "") + self.tr("Click to view"))
            button.clicked.connect(lambda _c=False, i=n: self.photo_clicked.emit(i))
            self._layout.insertWidget(n, button)
            self.buttons.append(button)

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setVisible(not read_only)
