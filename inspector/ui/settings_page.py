"""Settings: language, who is using the app, the inspection policy, the signing keys
of this computer, the data folder.

Every change is saved the moment it is made (no Save button), like the rest of the
app. Policy values are checked here first (a clear message in the UI language next
to the field); anything else the core refuses is shown after a translated lead-in.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.localtime import local_date
from inspector.policy import KINDS, Policy
from inspector.ui.context import AppContext
from inspector.ui.inspection_list import VERDICT_COLOURS, kind_label
from inspector.ui.key_dialog import CreateKeyDialog, key_holder
from inspector.ui.sync_common import grouped_fingerprint

LANGUAGE_NAMES = (("zh", "中文"), ("en", "English"))
DAY_KEYS = ("deadline_days_critical", "deadline_days_major", "deadline_days_minor")
SCORE_KEYS = ("pass_min_score", "basic_pass_min_score")
FINGERPRINT_GROUPS = 4  # the start of a key's fingerprint shown in the list


class SettingsPage(QWidget):
    language_changed = Signal(str)
    current_inspector_changed = Signal()
    policy_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._loading = False
        self.fields: dict[str, QSpinBox | QDoubleSpinBox] = {}
        self.errors: dict[str, QLabel] = {}

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self._general_group())
        column.addWidget(self._policy_group())
        column.addWidget(self._keys_group())
        column.addWidget(self._data_group())
        column.addStretch(1)
        content.setMaximumWidth(60 * self.fontMetrics().horizontalAdvance("M"))

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.reload()
        ctx.events.inspectors_changed.connect(self.reload_inspectors)
        ctx.events.keys_changed.connect(self.reload_keys)

    # --- building ------------------------------------------------------------------

    def _general_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("General"))
        form = QFormLayout(box)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:  # each language in its own name
            self.language.addItem(name, code)
        self.language.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.language_note)

        self.inspector = QComboBox()
        self.inspector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.inspector.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.inspector.currentIndexChanged.connect(self._inspector_chosen)
        note = QLabel(self.tr("Changes you make are recorded in the audit log under this "
                              "name. Add profiles on the Inspectors page."))
        note.setWordWrap(True)
        form.addRow(self.tr("&I am:"), self.inspector)
        form.addRow("", note)
        return box

    def _policy_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Inspection policy"))
        form = QFormLayout(box)
        intro = QLabel(self.tr("Applies to findings drafted and scores computed from now on; "
                               "completed inspections keep their results."))
        intro.setWordWrap(True)
        form.addRow(intro)
        defaults = Policy()
        labels = {
            "deadline_days_critical": self.tr("Deadline for &critical findings:"),
            "deadline_days_major": self.tr("Deadline for &major findings:"),
            "deadline_days_minor": self.tr("Deadline for mi&nor findings:"),
            "pass_min_score": self.tr("Lowest score for &Pass:"),
            "basic_pass_min_score": self.tr("Lowest score for &Basic pass:"),
        }
        for key in (*DAY_KEYS, *SCORE_KEYS):
            field: QSpinBox | QDoubleSpinBox
            if key in DAY_KEYS:
                field = QSpinBox()
                field.setRange(0, 365)
                field.setSuffix(self.tr(" days"))
            else:
                field = QDoubleSpinBox()
                field.setRange(0, 100)
                field.setDecimals(1)
                field.setSingleStep(1)
            field.setKeyboardTracking(False)  # save on Enter / leaving the field
            field.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
            field.setToolTip(self.tr("Default: {value}").format(value=getattr(defaults, key)))
            field.valueChanged.connect(lambda _v, k=key: self._policy_edited(k))
            error = QLabel()
            error.setWordWrap(True)
            error.setStyleSheet(f"color: {VERDICT_COLOURS['fail']};")
            error.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            error.hide()
            field.setMinimumWidth(10 * self.fontMetrics().horizontalAdvance("M"))
            field.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            row = QHBoxLayout()
            row.addWidget(field)
            row.addWidget(error, 1)
            label = QLabel(labels[key])
            label.setBuddy(field)
            form.addRow(label, row)
            self.fields[key] = field
            self.errors[key] = error
        # An official inspection is made by two inspectors; the office may allow one
        # for some kinds (the core enforces it when an inspection starts and is signed).
        self.single_kinds: dict[str, QCheckBox] = {}
        kinds = QHBoxLayout()
        for kind in KINDS:
            check = QCheckBox(kind_label(kind))
            check.toggled.connect(self._single_kinds_edited)
            kinds.addWidget(check)
            self.single_kinds[kind] = check
        kinds.addStretch(1)
        single_label = QLabel(self.tr("One inspector may inspect alone for:"))
        form.addRow(single_label, kinds)
        single_note = QLabel(self.tr("Every other kind of inspection needs at least two "
                                     "inspectors, each of whom signs the record."))
        single_note.setWordWrap(True)
        form.addRow("", single_note)
        return box

    def _single_kinds_edited(self) -> None:
        if self._loading:
            return
        chosen = [k for k, check in self.single_kinds.items() if check.isChecked()]
        self._ctx.workspace.policy.set("single_inspector_kinds", chosen, self._ctx.actor())
        self.policy_changed.emit()

    def _keys_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Signing keys"))
        layout = QVBoxLayout(box)
        intro = QLabel(self.tr("The keys on this computer sign reports and bundles; each "
                               "is protected by its own passphrase."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.keys_list = QTreeWidget()
        self.keys_list.setRootIsDecorated(False)
        self.keys_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.keys_list.setHeaderLabels([self.tr("Label"), self.tr("Name"), self.tr("Badge"),
                                        self.tr("Valid until"), self.tr("Fingerprint")])
        header = self.keys_list.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.keys_list)
        self.no_keys = QLabel(self.tr("There is no signing key on this computer yet. You "
                                      "need one to sign reports and export bundles."))
        self.no_keys.setWordWrap(True)
        layout.addWidget(self.no_keys)
        self.create_key_button = QPushButton(self.tr("Create a signing &key…"))
        self.create_key_button.clicked.connect(self.create_key)
        row = QHBoxLayout()
        row.addWidget(self.create_key_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.key_dialog: CreateKeyDialog | None = None
        return box

    def _data_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Data"))
        form = QFormLayout(box)
        self.data_dir = QLineEdit(str(self._ctx.workspace.paths.root))
        self.data_dir.setReadOnly(True)
        self.open_folder = QPushButton(self.tr("&Open folder"))
        self.open_folder.clicked.connect(self.open_data_folder)
        row = QHBoxLayout()
        row.addWidget(self.data_dir, 1)
        row.addWidget(self.open_folder)
        form.addRow(self.tr("Data folder:"), row)
        self.schema = QLabel(self._ctx.workspace.upgraded.to_revision)
        form.addRow(self.tr("Database schema:"), self.schema)
        return box

    # --- loading ---------------------------------------------------------------------

    def reload(self) -> None:
        self._loading = True
        try:
            self.language.setCurrentIndex(max(self.language.findData(self._ctx.language), 0))
            self._saved_language = self._ctx.language
            self._running_language = self._ctx.language
            self._update_language_note()
            policy = self._ctx.workspace.policy.load()
            for key, field in self.fields.items():
                field.setValue(getattr(policy, key))
                self.errors[key].hide()
            for kind, check in self.single_kinds.items():
                check.setChecked(kind in policy.single_inspector_kinds)
        finally:
            self._loading = False
        self.reload_inspectors()
        self.reload_keys()

    def reload_keys(self) -> None:
        """List this computer's signing keys (read from their certificates)."""
        keys = self._ctx.workspace.sync.keys
        try:
            infos = [k for k in keys.list() if not k.is_ca]
        except OSError:
            infos = []
        self.keys_list.clear()
        for info in infos:
            groups = grouped_fingerprint(info.fingerprint).split()[:FINGERPRINT_GROUPS]
            item = QTreeWidgetItem([info.label, key_holder(keys, info.label) or "",
                                    info.badge or "", local_date(info.not_after).isoformat(),
                                    " ".join(groups) + " …"])
            item.setToolTip(4, grouped_fingerprint(info.fingerprint))
            self.keys_list.addTopLevelItem(item)
        self.keys_list.setVisible(bool(infos))
        self.no_keys.setVisible(not infos)
        if infos:  # as tall as its rows: a computer holds a few keys, no need to scroll
            row = max(self.keys_list.sizeHintForRow(0), self.fontMetrics().height() + 4)
            self.keys_list.setFixedHeight(self.keys_list.header().sizeHint().height()
                                          + row * len(infos) + 2 * self.keys_list.frameWidth())

    def reload_inspectors(self) -> None:
        me = self._ctx.current_inspector()
        self._loading = True
        try:
            self.inspector.clear()
            self.inspector.addItem(self.tr("(nobody chosen)"), None)
            for person in self._ctx.workspace.inspectors.list():
                self.inspector.addItem(
                    self.tr("{name} ({badge}), {department}").format(
                        name=person.name, badge=person.badge_number,
                        department=person.department), person.id)
            index = self.inspector.findData(me.id) if me else 0
            self.inspector.setCurrentIndex(max(index, 0))
        finally:
            self._loading = False

    # --- saving ---------------------------------------------------------------------

    def _language_chosen(self) -> None:
        if self._loading:
            return
        code = self.language.currentData()
        self._ctx.language = code
        self._update_language_note()
        self.language_changed.emit(code)

    def _update_language_note(self) -> None:
        if self._ctx.language != self._running_language:
            self.language_note.setText(self.tr("The new language is used after you restart "
                                               "the app."))
        else:
            self.language_note.setText(self.tr("Checklists, reports and the window use this "
                                               "language."))

    def _inspector_chosen(self) -> None:
        if self._loading:
            return
        self._ctx.set_current_inspector(self.inspector.currentData())
        self.current_inspector_changed.emit()

    def _policy_edited(self, key: str) -> None:
        if self._loading:
            return
        field, error = self.fields[key], self.errors[key]
        value = field.value()
        saved = self._ctx.workspace.policy.load()
        problem = self._check(key, value, saved)
        if problem is None:
            try:
                self._ctx.workspace.policy.set(key, value, self._ctx.actor())
            except ValueError as exc:
                problem = self.tr("Not saved: {reason}").format(reason=exc)
        if problem is not None:
            error.setText(problem)
            error.show()
            self._loading = True
            try:
                field.setValue(getattr(saved, key))
            finally:
                self._loading = False
            return
        for label in self.errors.values():
            label.hide()
        self.policy_changed.emit()

    def _check(self, key: str, value: float, saved: Policy) -> str | None:
        """The UI-language explanation of a value the policy would refuse, or None."""
        if key == "pass_min_score" and value < saved.basic_pass_min_score:
            return self.tr("Not saved: {value} is below the lowest score for Basic pass "
                           "({other}).").format(value=value, other=saved.basic_pass_min_score)
        if key == "basic_pass_min_score" and value > saved.pass_min_score:
            return self.tr("Not saved: {value} is above the lowest score for Pass "
                           "({other}).").format(value=value, other=saved.pass_min_score)
        return None

    def create_key(self) -> None:
        """Open the key dialog (window-modal); the list follows through keys_changed."""
        self.key_dialog = CreateKeyDialog(self._ctx, self)
        self.key_dialog.open()

    def open_data_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._ctx.workspace.paths.root)))
