"""Value editors for the response types of a checklist item (all but repeat groups).

Every editor shows the saved value (``set_value``) and reports what the user entered
through ``edited(object)`` (the raw value, or None to clear the answer); the card
checks it with the core's parser and either saves it or shows the refusal next to
the field (``show_problem``) — nothing refused is ever saved. Typed input streams
through ``preview(object)`` so the card can judge it at once; ``settled`` says that
editing ended with nothing new to save (the card shows the saved answer again);
``chosen`` that a choice was made with the mouse (the keyboard focus goes back to the
item list). ``row`` is the editor's one line (None: it is laid out vertically), so
the card knows whether its N.A. and Clear buttons go beside the editor or under it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
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
from inspector.scoring import parse_date_text
from inspector.ui.fields import ErrorLabel
from inspector.ui.fill.answer_text import range_hint
from inspector.ui.fill.date_field import DateField

TYPE_DELAY_MS = 500  # save typed values after this pause
DATE_DELAY_MS = 1200  # a date only once it cannot grow into another one, after a pause
MAX_NUMBER_CHARS = 30


def _fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


class ValueEditor(QWidget):
    edited = Signal(object)  # a value to check and save (None clears the answer)
    preview = Signal(object)  # a value being typed, not yet to be saved
    settled = Signal()  # editing ended and there is nothing new to save
    chosen = Signal()  # a choice was made with the mouse

    def __init__(self, item: Item, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.item = item
        self.lang = lang
        self.row: QHBoxLayout | None = None
        self.problem: ErrorLabel | None = None

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

    def show_problem(self, message: str | None) -> None:
        """Show (or clear) why the input in the field was refused."""
        if self.problem is not None:
            self.problem.set_message(message)

    def has_refused_input(self) -> bool:
        return self.problem is not None and bool(self.problem.text())

    def _mouse_choices(self, buttons: list[QAbstractButton]) -> None:
        """``chosen`` after a mouse click on one of ``buttons`` (not after Space)."""
        for button in buttons:
            button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(
                watched, QAbstractButton):
            QTimer.singleShot(0, self, self.chosen.emit)
        return super().eventFilter(watched, event)


class ChoiceButtons(ValueEditor):
    """pass_fail and yes_no: two buttons, also answered by keys 1 and 2; a second
    click on the chosen one clears the answer."""

    def __init__(self, item: Item, lang: str, parent: QWidget | None = None):
        super().__init__(item, lang, parent)
        self.row = layout = QHBoxLayout(self)
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
        self._mouse_choices(list(self.buttons))
        if item.response.type == "yes_no":
            good = self.tr("Yes") if item.response.pass_when == "yes" else self.tr("No")
            hint = QLabel(self.tr("(compliant answer: {answer})").format(answer=good))
            hint.setEnabled(False)
            layout.addWidget(hint)
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


class _TypedEditor(ValueEditor):
    """A line of typed text (numbers, dates): the field, what it takes, and the
    refusal under it. A refused text stays in the field until it is corrected, the
    answer is cleared or another value is saved."""

    delay_ms = TYPE_DELAY_MS

    def __init__(self, item: Item, lang: str, line: QLineEdit, parent: QWidget | None = None):
        super().__init__(item, lang, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.row)
        self.problem = ErrorLabel()
        outer.addWidget(self.problem)
        self.line = line
        self.row.addWidget(line)
        self._timer = QTimer(self, singleShot=True, interval=self.delay_ms)
        self._timer.timeout.connect(self._pause)
        line.textEdited.connect(self._typed)
        line.editingFinished.connect(self.flush)
        self._saved_text = ""
        self._value: Any = None

    def _raw(self) -> Any:
        return self.line.text().strip() or None

    def _typed(self, _text: str) -> None:
        self.preview.emit(self._raw())
        self._timer.start()

    def _pause(self) -> None:
        self.flush()

    def flush(self) -> None:
        self._timer.stop()
        if self.line.text().strip() == self._saved_text and not self.has_refused_input():
            self.settled.emit()
            return
        self.edited.emit(self._raw())

    def _text_of(self, value: Any) -> str:
        return "" if value is None else str(value)

    def set_value(self, value: Any) -> None:
        changed = value != self._value
        self._value = value
        self._saved_text = self._text_of(value)
        if self.line.hasFocus() and self._timer.isActive():
            return  # still typing: the next pause saves what is there
        if changed or not self.has_refused_input():
            self.line.setText(self._saved_text)
            self.show_problem(None)

    def focus_editor(self) -> bool:
        self.line.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.line.selectAll()
        return True

    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)


class NumberEditor(_TypedEditor):
    def __init__(self, item: Item, lang: str, parent: QWidget | None = None):
        line = QLineEdit()
        line.setMaximumWidth(140)
        line.setMaxLength(MAX_NUMBER_CHARS)
        super().__init__(item, lang, line, parent)
        line.setPlaceholderText(self.tr("number"))
        r = item.response
        unit = r.unit.get(lang) if r.unit else ""
        self.row.addWidget(QLabel(unit))
        parts = []
        if r.threshold is not None:
            t = r.threshold
            if t.min is not None and t.max is not None:
                parts.append(self.tr("required: {min} to {max} {unit}").format(
                    min=_fmt(t.min), max=_fmt(t.max), unit=unit))
            elif t.min is not None:
                parts.append(self.tr("required: at least {min} {unit}").format(
                    min=_fmt(t.min), unit=unit))
            else:
                parts.append(self.tr("required: at most {max} {unit}").format(
                    max=_fmt(t.max or 0), unit=unit))
        possible = range_hint(r, lang)
        if possible:
            parts.append(possible)
        self.hint = QLabel(" · ".join(parts))
        self.hint.setEnabled(False)
        self.row.addWidget(self.hint)

    def _raw(self) -> Any:
        text = self.line.text().strip().replace(",", ".")
        return text or None

    def _text_of(self, value: Any) -> str:
        return "" if value is None else _fmt(float(value))


_WHOLE_DATE = re.compile(r"^\s*(\d{8}|.*\D\d{2}\s*日?)\s*$")


class DateEditor(_TypedEditor):
    """A date, with how old it is on the inspection day against the maximum age.
    Typed dates are saved on Enter, Tab, leaving the field or a calendar pick; after
    a pause only once the day is complete (20260601, 2026-06-01), so 2026-6-1 is not
    saved on the way to 2026-6-15."""

    delay_ms = DATE_DELAY_MS

    def __init__(self, item: Item, lang: str, inspection_date: date,
                 parent: QWidget | None = None):
        field = DateField(inspection_date)
        field.setMinimumWidth(150)
        field.setMaximumWidth(190)
        super().__init__(item, lang, field, parent)
        self.edit = field
        self.inspection_date = inspection_date
        field.picked.connect(lambda _text: self.flush())
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.setToolTip(self.tr("Empty the date (the answer is cleared)"))
        self.clear_button.clicked.connect(self._clear)
        self._mouse_choices([self.clear_button])
        self.row.addWidget(self.clear_button)
        self.age = QLabel()
        self.row.addWidget(self.age)
        field.textChanged.connect(self._show_age)
        self._show_age()

    def _pause(self) -> None:
        if _WHOLE_DATE.match(self.line.text()):
            self.flush()

    def _show_age(self) -> None:
        """How old the date is on the inspection day, against the maximum age."""
        most = self.item.response.max_age_days or 0
        try:
            day = parse_date_text(self.line.text())
        except ValueError:
            day = None
        if day is None or day > self.inspection_date:
            self.age.setText(self.tr("at most {days} days before the inspection").format(
                days=most))
            self.age.setEnabled(False)
            self.age.setStyleSheet("")
            return
        days = (self.inspection_date - day).days
        self.age.setEnabled(True)
        self.age.setText(self.tr("{age} days before the inspection (at most {days})").format(
            age=days, days=most))
        self.age.setStyleSheet(f"color: {'#c62828' if days > most else '#2e7d32'};")

    def _clear(self) -> None:
        self.line.clear()
        self.flush()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.edit.calendar_action.setEnabled(not read_only)
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
        if text.strip() == self._saved.strip():
            self.settled.emit()
            return
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


def option_keys(item: Item) -> dict[str, str]:
    """The answer key of each option of a single choice: "1" for the options that
    pass, "2" for those that fail (one key may stand for several options)."""
    keys = {}
    for option in item.response.options:
        if option.passes is True:
            keys[option.id] = "1"
        elif option.passes is False:
            keys[option.id] = "2"
    return keys


class SingleChoiceEditor(ValueEditor):
    """Options as radio buttons, each compliant one marked (1) and each non-compliant
    one (2), the keys that choose them; a second click clears the answer."""

    def __init__(self, item: Item, lang: str, parent: QWidget | None = None):
        super().__init__(item, lang, parent)
        options = item.response.options
        keys = option_keys(item)
        long_labels = sum(len(o.label.get(lang)) for o in options) > 60
        layout: QHBoxLayout | QVBoxLayout = QVBoxLayout(self) if long_labels else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4 if long_labels else 14)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # allows clearing; exclusivity is kept by hand
        self.buttons: dict[str, QRadioButton] = {}
        for option in options:
            label = option.label.get(lang)
            if option.id in keys:
                label += f"  ({keys[option.id]})"
            button = QRadioButton(label)
            self.group.addButton(button)
            self.buttons[option.id] = button
            layout.addWidget(button)
        self._mouse_choices(list(self.buttons.values()))
        if not long_labels:
            assert isinstance(layout, QHBoxLayout)
            self.row = layout
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
        self._mouse_choices(list(self.boxes.values()))
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
