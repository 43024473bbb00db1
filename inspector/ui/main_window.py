"""The main window: navigation, menus, toolbar search, pages and the open inspection.

The central widget is a stack of two: the main area (navigation list | pages) and
the screen of one open inspection. Pages other than the inspection list are built
the first time they are shown. Window geometry, toolbar/dock state, the splitter and
the list's header are remembered in ``ctx.settings``.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from inspector import __version__
from inspector.ui.context import AppContext
from inspector.ui.icons import app_icon, icon
from inspector.ui.inspection_list import InspectionListPage
from inspector.ui.settings_page import SettingsPage

log = logging.getLogger(__name__)

PAGES = ("inspections", "facilities", "inspectors", "settings")
SEARCH_DELAY_MS = 200


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Childcare Safety & Hygiene Inspector"))
        self.setWindowIcon(app_icon())
        self.inspection_screen: QWidget | None = None
        self._pages: dict[str, QWidget] = {}

        self.list_page = InspectionListPage(ctx)
        self.list_page.open_requested.connect(self.open_inspection)
        self.settings_page: SettingsPage | None = None

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        titles = {"inspections": self.tr("Inspections"), "facilities": self.tr("Facilities"),
                  "inspectors": self.tr("Inspectors"), "settings": self.tr("Settings")}
        icons = {"inspections": "inspection", "facilities": "facility",
                 "inspectors": "inspector", "settings": "settings"}
        for name in PAGES:
            item = QListWidgetItem(icon(icons[name]), titles[name])
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 16))
            self.nav.addItem(item)

        self.pages = QStackedWidget()
        self._add_page("inspections", self.list_page)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([14 * self.fontMetrics().horizontalAdvance("M"), 1000])

        self.central = QStackedWidget()
        self.central.addWidget(self.splitter)
        self.setCentralWidget(self.central)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()

        self.nav.currentRowChanged.connect(self._nav_changed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

        ctx.events.open_inspection.connect(self.open_inspection)
        ctx.events.inspectors_changed.connect(self.update_status)

        self.nav.setCurrentRow(0)
        self.restore_layout()
        self.update_status()
        # Start with the keyboard in the page's table: arrows and Enter open a row.
        page = self.pages.currentWidget()
        main = getattr(page, "view", None) or getattr(page, "table", None)
        if main is not None:
            main.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- building ---------------------------------------------------------------------

    def _action(self, text: str, slot: object, shortcut: QKeySequence | str | None = None,
                icon_name: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("&New Inspection…"), self.new_inspection,
                                       QKeySequence.StandardKey.New, "new")
        self.new_action.setToolTip(self.tr("Start an inspection (Ctrl+N)"))
        self.import_action = self._action(self.tr("&Import Facilities…"),
                                          self.import_facilities, None, "import")
        self.verify_action = self._action(self.tr("&Verify a report…"), self.verify_report)
        self.export_bundle_action = self._action(self.tr("E&xport bundle…"),
                                                 self.export_bundle, "Ctrl+E")
        self.import_bundle_action = self._action(self.tr("I&mport bundle…"),
                                                 self.import_bundle, "Ctrl+I")
        self.conflicts_action = self._action(self.tr("Sync &conflicts…"), self.show_conflicts)
        self.backup_action = self._action(self.tr("&Back up…"), self.back_up)
        self.restore_action = self._action(self.tr("&Restore from backup…"),
                                           self.restore_from_backup)
        self.export_tables_action = self._action(self.tr("&Export tables…"), self.export_tables)
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.find_action = self._action(self.tr("&Find"), self.focus_search,
                                        QKeySequence.StandardKey.Find, "search")
        self.about_action = self._action(self.tr("&About"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.page_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for row, name in enumerate(PAGES):
            action = self._action(self.nav.item(row).text(),
                                  lambda _c=False, n=name: self.go_to_page(n),
                                  f"Ctrl+{row + 1}")
            action.setCheckable(True)
            group.addAction(action)
            self.page_actions[name] = action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.verify_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_bundle_action)
        file_menu.addAction(self.import_bundle_action)
        file_menu.addAction(self.conflicts_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.export_tables_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.find_action)
        view_menu = bar.addMenu(self.tr("&View"))
        for action in self.page_actions.values():
            view_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def verify_report(self) -> None:
        from inspector.ui.verify_dialog import VerifyDialog

        VerifyDialog(self.ctx, self).exec()

    # --- bundles (sync between laptops) ------------------------------------------

    def export_bundle(self) -> None:
        """The open inspection, or the inspections selected in the list, are offered
        as the scope (the dialog also offers a date and everything)."""
        from inspector.ui.bundle_export import BundleExportDialog

        if self.inspection_screen is not None:
            ids = [self.inspection_screen.inspection_id]  # type: ignore[attr-defined]
            self.inspection_screen.flush()  # type: ignore[attr-defined]
        elif self.current_page() == "inspections":
            ids = self.list_page.selected_ids()
        else:
            ids = []
        BundleExportDialog(self.ctx, self, ids).exec()

    def import_bundle(self) -> None:
        from inspector.ui.bundle_import import BundleImportDialog

        BundleImportDialog(self.ctx, self, ask_for_file=True).exec()
        self.update_conflicts()

    def show_conflicts(self) -> None:
        from inspector.ui.conflict_dialog import ConflictDialog

        ConflictDialog(self.ctx, self).exec()
        self.update_conflicts()

    def update_conflicts(self) -> None:
        """The count of conflicts waiting, in the File menu and the status bar."""
        from inspector.ui.conflict_dialog import pending_count

        n = pending_count(self.ctx)
        if n:
            self.conflicts_action.setText(self.tr("Sync &conflicts (%n)…", "", n))
            self.conflicts_label.setText('<a href="conflicts">{}</a>'.format(
                html.escape(self.tr("%n sync conflict(s) waiting", "", n))))
        else:
            self.conflicts_action.setText(self.tr("Sync &conflicts…"))
            self.conflicts_label.clear()
        self.conflicts_action.setEnabled(n > 0)
        self.conflicts_label.setVisible(n > 0)

    def back_up(self) -> None:
        from inspector.ui.backup_dialog import BackupDialog

        BackupDialog(self.ctx, self).exec()

    def restore_from_backup(self) -> None:
        """Check and restore a backup; after a restore the app reopens the data folder
        with a new main window (see ``inspector.ui.app.run``)."""
        from inspector.ui import backup_dialog

        if not self.close_inspection():
            return
        dialog = backup_dialog.RestoreDialog(self.ctx, self)
        dialog.exec()
        if dialog.restored is not None:
            backup_dialog.request_restart()

    def export_tables(self) -> None:
        from inspector.ui.office_export_dialog import OfficeExportDialog

        OfficeExportDialog(self.ctx, self).exec()

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addAction(self.new_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.match_label = QLabel()
        self.match_label.setObjectName("matchCount")
        bar.addWidget(self.match_label)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search facilities and inspections"))
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        em = self.fontMetrics().horizontalAdvance("M")
        self.search.setMinimumWidth(20 * em)
        self.search.setMaximumWidth(36 * em)
        self.search.setToolTip(self.tr("Facility name, credit code, township or report number; "
                                       "names also by pinyin or its initials (Ctrl+F)"))
        bar.addWidget(self.search)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.data_label = QLabel()
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.user_label = QLabel()
        self.user_label.linkActivated.connect(lambda _link: self.show_page("settings"))
        status.addWidget(self.user_label)
        self.conflicts_label = QLabel()
        self.conflicts_label.setObjectName("conflictsWaiting")
        self.conflicts_label.setTextFormat(Qt.TextFormat.RichText)
        self.conflicts_label.setToolTip(self.tr("Records changed on two computers wait for "
                                                "your decision"))
        self.conflicts_label.linkActivated.connect(lambda _link: self.show_conflicts())
        status.addPermanentWidget(self.conflicts_label)
        status.addPermanentWidget(self.data_label)
        self._conflicts_timer = QTimer(self)
        self._conflicts_timer.setSingleShot(True)
        self._conflicts_timer.timeout.connect(self.update_conflicts)
        # Imports and resolutions announce what they changed; count again once after.
        for signal in (self.ctx.events.facilities_changed, self.ctx.events.inspectors_changed,
                       self.ctx.events.inspection_changed):
            signal.connect(self._conflicts_may_change)
        self.update_conflicts()

    def _conflicts_may_change(self) -> None:
        self._conflicts_timer.start(0)

    # --- pages -------------------------------------------------------------------------

    def _add_page(self, name: str, widget: QWidget) -> None:
        self._pages[name] = widget
        self.pages.addWidget(widget)

    def go_to_page(self, name: str) -> None:
        """Show a page with the keyboard in its main view (its table), so the arrow
        keys and Enter work at once."""
        if self.show_page(name):
            page = self._pages[name]
            main = getattr(page, "view", None) or getattr(page, "table", None) or page
            main.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def page(self, name: str, *, quiet: bool = False) -> QWidget | None:
        """The page ``name``, built on first use; None (after telling the user, unless
        ``quiet``) when this build cannot show it."""
        if name in self._pages:
            return self._pages[name]
        try:
            widget = self._make_page(name)
        except ImportError as exc:
            log.exception("page %s unavailable", name)
            if quiet:
                return None
            QMessageBox.critical(self, self.tr("Page unavailable"),
                                 self.tr("This page cannot be shown: a part of the app is "
                                         "missing ({error}).").format(error=exc))
            return None
        self._add_page(name, widget)
        if name == "facilities" and self.search.text().strip():
            self._facility_search(self.search.text().strip())
        return widget

    def _make_page(self, name: str) -> QWidget:
        if name == "facilities":
            from inspector.ui.facilities_page import FacilitiesPage

            return FacilitiesPage(self.ctx, self)
        if name == "inspectors":
            from inspector.ui.inspectors_page import InspectorsPage

            return InspectorsPage(self.ctx, self)
        if name == "settings":
            self.settings_page = SettingsPage(self.ctx, self)
            self.settings_page.current_inspector_changed.connect(self.update_status)
            self.settings_page.policy_changed.connect(self.list_page.refresh)
            return self.settings_page
        raise KeyError(name)

    def current_page(self) -> str:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "inspections"

    def show_page(self, name: str) -> bool:
        """Show a page of the main area (closing an open inspection first)."""
        if self.inspection_screen is not None and not self.close_inspection():
            return False
        row = PAGES.index(name)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # -> _nav_changed
        else:
            self._nav_changed(row)
        return self.current_page() == name

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        name = PAGES[row]
        widget = self.page(name)
        if widget is None:  # unavailable: stay where we were
            previous = self.pages.currentWidget()
            back = next((n for n, w in self._pages.items() if w is previous), "inspections")
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(PAGES.index(back))
            self.nav.blockSignals(False)
            self.page_actions[back].setChecked(True)
            return
        if self.inspection_screen is not None and not self.close_inspection():
            return
        self.pages.setCurrentWidget(widget)
        self.central.setCurrentWidget(self.splitter)
        self.page_actions[name].setChecked(True)

    # --- search ------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def apply_search(self) -> None:
        """Filter the inspection list (and the facility page) by the search text."""
        self._search_timer.stop()
        text = self.search.text().strip()
        elsewhere = (self.central.currentWidget() is not self.splitter
                     or self.current_page() not in ("inspections", "facilities"))
        if text and elsewhere:
            self.show_page("inspections")
        found = self.list_page.set_search(text)
        facilities = self._facility_search(text)
        if not text:
            self.match_label.clear()
            return
        parts = [self.tr("%n inspection(s)", "", found)]
        if facilities is not None:
            parts.append(self.tr("%n facility(ies)", "", facilities))
        self.match_label.setText(self.tr("Found: {list}").format(list=self.ctx.join(parts)) + "  ")

    def _facility_search(self, text: str) -> int | None:
        """Filter the facility page (if built); the number of matching facilities."""
        page = self._pages.get("facilities")
        shown = page.set_search(text) if page is not None else None  # type: ignore[attr-defined]
        if not text:
            return None
        if isinstance(shown, int):  # the page says how many it shows
            return shown
        return len(self.ctx.workspace.facilities.list(text))

    # --- status bar ------------------------------------------------------------------

    def update_status(self) -> None:
        me = self.ctx.current_inspector()
        if me is not None:
            self.user_label.setTextFormat(Qt.TextFormat.PlainText)
            self.user_label.setText(self.tr("Acting as {name} ({badge})").format(
                name=me.name, badge=me.badge_number))
        else:
            self.user_label.setTextFormat(Qt.TextFormat.RichText)
            self.user_label.setText(self.tr("Nobody is chosen as the current inspector: "
                                            "<a href=\"settings\">choose yourself in "
                                            "Settings</a>"))
        self.data_label.setText(self.tr("Data: {path}").format(
            path=self.ctx.workspace.paths.root))

    # --- inspections -----------------------------------------------------------------

    def new_inspection(self) -> str | None:
        """Ctrl+N: on the registry, for the facility selected there."""
        facility_id = None
        if self.inspection_screen is None and self.current_page() == "facilities":
            selected = self._pages["facilities"].selected_facility()  # type: ignore[attr-defined]
            facility_id = selected.id if selected is not None else None
        return self.new_inspection_for(facility_id)

    def new_inspection_for(self, facility_id: str | None) -> str | None:
        try:
            from inspector.ui.start_dialog import StartInspectionDialog
        except ImportError as exc:
            log.exception("start dialog unavailable")
            QMessageBox.critical(self, self.tr("New inspection"),
                                 self.tr("Inspections cannot be started: a part of the app is "
                                         "missing ({error}).").format(error=exc))
            return None
        dialog = StartInspectionDialog(self.ctx, self, facility_id=facility_id)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.inspection_id:
            return None
        iid = str(dialog.inspection_id)
        self.list_page.model.refresh()
        self.open_inspection(iid)
        return iid

    def open_inspection(self, inspection_id: str) -> bool:
        try:
            from inspector.ui.inspection_screen import InspectionScreen
        except ImportError as exc:
            log.exception("inspection screen unavailable")
            QMessageBox.critical(self, self.tr("Open inspection"),
                                 self.tr("The inspection cannot be shown: a part of the app "
                                         "is missing ({error}).").format(error=exc))
            return False
        if self.inspection_screen is not None and not self.close_inspection():
            return False
        screen = InspectionScreen(self.ctx, inspection_id, self)
        screen.back_requested.connect(self.back_to_list)
        self.inspection_screen = screen
        self.central.addWidget(screen)
        self.central.setCurrentWidget(screen)
        return True

    def close_inspection(self) -> bool:
        """Close the open inspection screen (it may refuse, e.g. while saving)."""
        screen = self.inspection_screen
        if screen is None:
            return True
        if not screen.close():  # its closeEvent finishes saving and stops the workers
            return False
        self.inspection_screen = None
        self.central.setCurrentWidget(self.splitter)
        self.central.removeWidget(screen)
        screen.deleteLater()
        self.list_page.refresh()
        return True

    def back_to_list(self) -> None:
        if self.close_inspection():
            self.show_page("inspections")
            self.list_page.view.setFocus()

    def import_facilities(self) -> None:
        if self.show_page("facilities"):
            self._pages["facilities"].import_sheet()  # type: ignore[attr-defined]

    def show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("About"),
            self.tr("<h3>Childcare Safety &amp; Hygiene Inspector</h3>"
                    "<p>Version {version}</p><p>Data folder:<br>{path}</p>"
                    "<p>Database schema: {schema}</p>").format(
                version=__version__, path=html.escape(str(self.ctx.workspace.paths.root)),
                schema=self.ctx.workspace.upgraded.to_revision))

    # --- layout memory ---------------------------------------------------------------

    def restore_layout(self) -> None:
        s = self.ctx.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            screen = QApplication.primaryScreen()
            if screen is not None:
                area = screen.availableGeometry()
                self.resize(min(1280, area.width()), min(800, area.height()))
        state = s.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = s.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        self.list_page.restore_state()
        page = str(s.value("window/page", "inspections"))
        if page in PAGES and page != "inspections" and self.page(page, quiet=True) is not None:
            self.show_page(page)

    def save_layout(self) -> None:
        s = self.ctx.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("window/page", self.current_page())
        self.list_page.save_state()
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_inspection():
            event.ignore()
            return
        self.save_layout()
        super().closeEvent(event)
