"""Value editors for the response types of a checklist item (all but repeat groups).

Every editor shows a value (``set_value``), reports what the user entered through
``edited(object)`` (the raw value, or None to clear the answer) and can take the
keyboard focus (``focus_editor``). Edits that come in a stream (typing) are marked
``typing=True`` by ``preview(object)`` first, so the card can judge them at once and
save them after a short pause.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from inspector.checklists.schema import Item

TYPE_DELAY_MS = 500  # save typed values after this pause
UNSET_DATE = QDate(1900, 1, 1)


def _fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


class ValueEditor(QWidget):
    edited = Signal(object)  # a value to save (None clears the answer)
    preview = Signal(object)  # a value being typed, not yet to be saved

    def __init__(self, item: Item, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.item = item
        self.lang = lang

    def set_value(self, value: Any) -> None:
        """Show a stored value. Abstract: each editor below shows its own kind."""
        raise NotImplementedError(f"{type(self).__name__} does not show values")

    def focus_editor(self) -> bool:
        """Give the keyboard focus to the editor; False if it takes no typing."""
        return False

    def flush(self) -> None:
        """Save what is being typed now rather than after the pause."""

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


class ChoiceButtons(ValueEditor):
    """pass_fail and yes_no: two buttons, also answered by keys 1 and 2."""

    def __init__(self, item: Item, lang: str, parent: QWidget | None = None):
        super().__init__(item, lang, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if item.response.type == "pass_fail":
            self.values = ("pass", "fail")
            labels = (self.tr("Pass"), self.tr("Fail"))
        else:
            self.values = ("yes", "no")
            labels = (self.tr("Yes"), self.tr("No"))
        self.buttons: list[QPushButton] = []
        self.labels = [f"{label}  ({n})" for n, label in enumerate(labels, start=1)]
        for value, label in zip(self.values, self.labels, strict=True):
            button = QPushButton(label)
            button.setMinimumWidth(90)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, v=value: self._clicked(v))
            layout.addWidget(button)
            self.buttons.append(button)
        if item.response.type == "yes_no":
            good = self.tr("Yes") if item.response.pass_when == "yes" else self.tr("No")
            hint = QLabel(self.tr("(compliant answer: {answer})").format(answer=good))
            hint.setEnabled(False)
            layout.addWidget(hint)
        layout.addStretch(1)
        self._value: Any = None

    def _clicked(self, value: str) -> None:
        new = None if self._value == value else value  # a second click clears
        self.set_value(new)
        self.edited.emit(new)

    def set_value(self, value: Any) -> None:
        self._value = value
        for button, v, label in zip(self.buttons, self.values, self.labels, strict=True):
            button.setChecked(v == value)
            button.setText(("✔ " + label) if v == value else label)
            font = button.font()
            font.setBold(v == value)
            button.setFont(font)


class NumberEditor(ValueEditor):
    def __init__(self, item: Item, lang: str, parent: QWidget | None = None):
        super().__init__(item, lang, parent)
        r = item.response
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit()
        self.line.setMaximumWidth(140)
        self.line.setPlaceholderText(self.tr("number"))
        validator = QDoubleValidator(self.line)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        self.line.setValidator(validator)
        layout.addWidget(self.line)
        layout.addWidget(QLabel(r.unit.get(lang) if r.unit else ""))
        if r.threshold is not None:
            unit = r.unit.get(lang) if r.unit else ""
            t = r.threshold
            if t.min is not None and t.max is not None:
                text = self.tr("required: {min} to {max} {unit}").format(
                    min=_fmt(t.min), max=_fmt(t.max), unit=unit)
            elif t.min is not None:
                text = self.tr("required: at least {min} {unit}").format(min=_fmt(t.min), unit=unit)
            else:
                text = self.tr("required: at most {max} {unit}").format(
                    max=_fmt(t.max or 0), unit=unit)
            hint = QLabel(text)
            hint.setEnabled(False)
            layout.addWidget(hint)
        layout.addStretch(1)
        self._timer = QTimer(self, singleShot=True, interval=TYPE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.line.textEdited.connect(self._typed)
        self.line.editingFinished.connect(self.flush)
        self._saved_text = ""

    def _raw(self) -> Any:
        text = self.line.text().strip().replace(",", ".")
        return text or None

    def _typed(self, _text: str) -> None:
        self.preview.emit(self._raw())
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if self.line.text() != self._saved_text:
            self._saved_text = self.line.text()
            self.edited.emit(self._raw())

    def set_value(self, value: Any) -> None:
        self._saved_text = "" if value is None else _fmt(float(value))
        if not self.line.hasFocus() or not self._timer.isActive():
            self.line.setText(self._saved_text)

    def focus_editor(self) -> bool:
        self.line.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.line.selectAll()
        return True

    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)


class DateEditor(ValueEditor):
    """A date, with how old it is on the inspection day against the maximum age."""

    def __init__(self, item: Item, lang: str, inspection_date: date,
                 parent: QWidget | None = None):
        super().__init__(item, lang, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(UNSET_DATE)
        self.edit.setMaximumDate(QDate(inspection_date))
        self.edit.setSpecialValueText(self.tr("not set"))
        self.edit.setDate(UNSET_DATE)
        self.edit.setMinimumWidth(130)
        layout.addWidget(self.edit)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self._clear)
        layout.addWidget(self.clear_button)
        self.inspection_date = inspection_date
        self.age = QLabel()
        layout.addWidget(self.age)
        layout.addStretch(1)
        self._timer = QTimer(self, singleShot=True, interval=TYPE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.edit.dateChanged.connect(self._show_age)
        self.edit.dateChanged.connect(self._changed)
        self._show_age()
        self.edit.editingFinished.connect(self.flush)
        self._saved: str | None = None
        self._setting = False

    def _raw(self) -> str | None:
        d = self.edit.date()
        return None if d == UNSET_DATE else d.toString("yyyy-MM-dd")

    def _show_age(self) -> None:
        """How old the date is on the inspection day, against the maximum age."""
        most = self.item.response.max_age_days or 0
        d = self.edit.date()
        if d == UNSET_DATE:
            self.age.setText(self.tr("at most {days} days before the inspection").format(
                days=most))
            self.age.setEnabled(False)
            self.age.setStyleSheet("")
            return
        days = d.daysTo(QDate(self.inspection_date))
        self.age.setEnabled(True)
        self.age.setText(self.tr("{age} days before the inspection (at most {days})").format(
            age=days, days=most))
        self.age.setStyleSheet(f"color: {'#c62828' if days > most else '#2e7d32'};")

    def _changed(self, _d: QDate) -> None:
        if self._setting:
            return
        self.preview.emit(self._raw())
        self._timer.start()

    def _clear(self) -> None:
        self.edit.setDate(UNSET_DATE)
        self.flush()

    def flush(self) -> None:
        self._timer.stop()
        raw = self._raw()
        if raw != self._saved:
            self._saved = raw
            self.edited.emit(raw)

    def set_value(self, value: Any) -> None:
        self._saved = value
        if self._timer.isActive():
            return
        self._setting = True
        self.edit.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else UNSET_DATE)
        self._setting = False

    def focus_editor(self) -> bool:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.clear_button.setEnabled(not read_only)


class TextEditor(ValueEditor):
    def __init__(self, item: Item, lang: str, parent: QWidget | None = None):
        super().__init__(item, lang, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText(self.tr("Record what you found"))
        line = self.edit.fontMetrics().lineSpacing()
        self.edit.setFixedHeight(line * 3 + 14)
        layout.addWidget(self.edit)
        self._timer = QTimer(self, singleShot=True, interval=TYPE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.edit.textChanged.connect(self._changed)
        self._saved = ""
        self._setting = False

    def _changed(self) -> None:
        if not self._setting:
            self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        text = self.edit.toPlainText()
        if text.strip() != self._saved.strip():
            self._saved = text
            self.edited.emit(text.strip() or None)

    def set_value(self, value: Any) -> None:
        self._saved = value or ""
        if self._timer.isActive() or self.edit.toPlainText().strip() == self._saved.strip():
            return
        self._setting = True
        self.edit.setPlainText(self._saved)
        self._setting = False

    def focus_editor(self) -> bool:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class SingleChoiceEditor(ValueEditor):
    def __init__(self, item: Item, lang: str, parent: QWidget | None = None):
        super().__init__(item, lang, parent)
        options = item.response.options
        long_labels = sum(len(o.label.get(lang)) for o in options) > 60
        layout: QHBoxLayout | QVBoxLayout = QVBoxLayout(self) if long_labels else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4 if long_labels else 14)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # allows clearing; exclusivity is kept by hand
        self.buttons: dict[str, QRadioButton] = {}
        for option in options:
            button = QRadioButton(option.label.get(lang))
            self.group.addButton(button)
            self.buttons[option.id] = button
            layout.addWidget(button)
        if not long_labels:
            layout.addStretch(1)
        self.group.buttonClicked.connect(self._clicked)
        self._value: str | None = None

    def _clicked(self, button: QAbstractButton) -> None:
        chosen = next(k for k, b in self.buttons.items() if b is button)
        new = None if chosen == self._value else chosen
        self.set_value(new)
        self.edited.emit(new)

    def set_value(self, value: Any) -> None:
        self._value = value
        for key, button in self.buttons.items():
            button.setChecked(key == value)

    def focus_editor(self) -> bool:
        target = self.buttons.get(self._value or "") or next(iter(self.buttons.values()))
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True


class MultipleChoiceEditor(ValueEditor):
    def __init__(self, item: Item, lang: str, parent: QWidget | None = None):
        super().__init__(item, lang, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.boxes: dict[str, QCheckBox] = {}
        for option in item.response.options:
            label = option.label.get(lang)
            if option.required:
                label += "  " + self.tr("(required)")
            elif option.forbidden:
                label += "  " + self.tr("(must not be present)")
            box = QCheckBox(label)
            box.toggled.connect(self._toggled)
            self.boxes[option.id] = box
            layout.addWidget(box)
        self._setting = False

    def _toggled(self, _on: bool) -> None:
        if not self._setting:
            self.edited.emit([k for k, b in self.boxes.items() if b.isChecked()])

    def set_value(self, value: Any) -> None:
        self._setting = True
        ticked = set(value or ())
        for key, box in self.boxes.items():
            box.setChecked(key in ticked)
        self._setting = False

    def focus_editor(self) -> bool:
        next(iter(self.boxes.values())).setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True


def make_editor(item: Item, lang: str, inspection_date: date) -> ValueEditor | None:
    """The editor for an item's response type; None for repeat groups."""
    t = item.response.type
    if t in ("pass_fail", "yes_no"):
        return ChoiceButtons(item, lang)
    if t == "number":
        return NumberEditor(item, lang)
    if t == "date":
        return DateEditor(item, lang, inspection_date)
    if t == "text":
        return TextEditor(item, lang)
    if t == "single_choice":
        return SingleChoiceEditor(item, lang)
    if t == "multiple_choice":
        return MultipleChoiceEditor(item, lang)
    return None
