"""A large view of an item's photos: fit to the window, previous/next, remove."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from inspector.inspection_records import PhotoInfo
from inspector.ui.fill.photos import scaled_image


class PhotoViewer(QDialog):
    remove_requested = Signal(object)  # PhotoInfo

    def __init__(self, photos: list[PhotoInfo], index: int, title: str,
                 read_only: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Photo — {item}").format(item=title))
        self.photos = list(photos)
        self.index = max(0, min(index, len(self.photos) - 1))
        self._pixmap = QPixmap()

        layout = QVBoxLayout(self)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(320, 240)
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        layout.addWidget(self.image, 1)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.caption)

        row = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("◀ Previous"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.counter = QLabel()
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.remove_button = QPushButton(self.tr("Remove photo…"))
        row.addWidget(self.prev_button)
        row.addWidget(self.counter, 1)
        row.addWidget(self.next_button)
        row.addSpacing(24)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.remove_button.setVisible(not read_only)  # once in the dialog, not a window
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.remove_button.clicked.connect(self.remove_current)
        QShortcut(QKeySequence(Qt.Key.Key_Left), self, lambda: self.step(-1))
        QShortcut(QKeySequence(Qt.Key.Key_Right), self, lambda: self.step(1))
        self.resize(1000, 720)
        self._show()

    def step(self, delta: int) -> None:
        if self.photos:
            self.index = (self.index + delta) % len(self.photos)
            self._show()

    def _show(self) -> None:
        if not self.photos:
            self.image.setPixmap(QPixmap())
            self.image.setText(self.tr("No photos"))
            self.caption.clear()
            self.counter.clear()
            for b in (self.prev_button, self.next_button, self.remove_button):
                b.setEnabled(False)
            return
        photo = self.photos[self.index]
        self._pixmap = QPixmap.fromImage(scaled_image(photo.path, QSize(2400, 2400)))
        if self._pixmap.isNull():
            self.image.setText(self.tr("The photo file cannot be read: {path}").format(
                path=photo.path))
        self._fit()
        parts = [p for p in (photo.caption, photo.original_name) if p]
        parts.append(self.tr("{w} × {h} px").format(w=photo.width, h=photo.height))
        self.caption.setText(" · ".join(parts))
        self.counter.setText(self.tr("{n} of {total}").format(
            n=self.index + 1, total=len(self.photos)))
        several = len(self.photos) > 1
        self.prev_button.setEnabled(several)
        self.next_button.setEnabled(several)

    def _fit(self) -> None:
        if not self._pixmap.isNull():
            self.image.setPixmap(self._pixmap.scaled(
                self.image.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def remove_current(self, confirm: bool = True) -> None:
        if not self.photos:
            return
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Remove photo"),
                self.tr("Remove this photo from the item? The evidence will no longer "
                        "appear in the report."))
            if answer != QMessageBox.StandardButton.Yes:
                return
        photo = self.photos.pop(self.index)
        self.index = max(0, min(self.index, len(self.photos) - 1))
        self.remove_requested.emit(photo)
        if not self.photos:
            self.accept()
            return
        self._show()
