"""Starting the desktop app: QApplication, Chinese font, translation, main window.

``run()`` is what ``inspector`` (no command) and ``python -m inspector`` call.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from inspector import __version__
from inspector.fonts import find_cjk_font, font_install_hint
from inspector.paths import resolve_data_dir
from inspector.ui.context import LANGUAGES, SETTINGS_FILE, AppContext
from inspector.ui.icons import app_icon
from inspector.ui.translations import (
    LOCALES,
    ToolMissing,
    compile_one,
    ensure_compiled,
    qm_file,
    translations_dir,
)
from inspector.workspace import (
    DatabaseTooNew,
    NotOurDatabase,
    StorageFault,
    UnsafeDataLocation,
    Workspace,
)

log = logging.getLogger(__name__)

APP_NAME = "Childcare Inspector"
ORG_NAME = "childcare-inspector"


def register_cjk_font(app: QApplication) -> str | None:
    """Register the CJK TrueType font of ``inspector.fonts`` with Qt as the fallback of
    the platform's default family, so Latin text keeps the platform font and Chinese
    falls back to this one. Returns the family, or None when there is none."""
    path = find_cjk_font()
    if path is None:
        log.warning("no Chinese font found; Chinese text may not render.\n%s",
                    font_install_hint())
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("Qt could not load the Chinese font %s", path)
        return None
    family = families[0]
    # A substitution, not a second family in the app font: Qt then takes a glyph from
    # this font only when the platform font lacks it. (As a listed family it also won
    # symbols such as ℃ inside Chinese text, which WenQuanYi draws as blanks.)
    # The real family the default font resolves to ("Sans Serif" is only an alias:
    # substituting the alias would make this font the first choice for everything).
    base = QFontInfo(app.font()).family()
    if base != family and family not in QFont.substitutes(base):
        QFont.insertSubstitution(base, family)
    return family


_installed: list[QTranslator] = []


def remove_translators(app: QCoreApplication) -> None:
    """Back to the source text: the translators ``install_translator`` put in go."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()


def install_translator(app: QCoreApplication, language: str,
                       directory: Path | None = None) -> bool:
    """Show the UI in ``language`` ("zh" or "en"): replaces the translators this
    function installed before. English is the source language; its file only adds plural forms.
    ``directory`` holds the .qm files (default: the bundled, compiled translations).
    True when the language is in effect."""
    remove_translators(app)
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}")
    if language == "en":
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    else:
        locale = QLocale(LOCALES[language])
    QLocale.setDefault(locale)
    if directory is None:
        ensure_compiled()
        qm = qm_file(language)
    else:
        qm = Path(directory) / qm_file(language).name
    ours = QTranslator(app)
    if not qm.is_file() or not ours.load(str(qm)):
        log.warning("translation %s unavailable (%s); showing the source text", language, qm)
        return language == "en"  # English is the source: only plurals read "(s)"
    app.installTranslator(ours)
    _installed.append(ours)
    if language == "en":
        return True  # Qt's own strings are English already
    install_qt_translator(app, language, locale)
    return True


def qt_fixes_file(language: str) -> Path | None:
    """The compiled translations of Qt's labels that qtbase_*.qm lags behind on
    (``resources/translations/qt_fixes_<locale>.ts``, kept by hand), compiled when
    missing or stale; None when there is none or it cannot be compiled."""
    ts = translations_dir() / f"qt_fixes_{LOCALES[language]}.ts"
    if not ts.is_file():
        return None
    qm = ts.with_suffix(".qm")
    if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
        try:
            compile_one(language, source=ts, target=qm)
        except (ToolMissing, RuntimeError, OSError) as exc:
            log.warning("Qt label fixes for %s not compiled (%s)", language, exc)
    return qm if qm.is_file() else None


def install_qt_translator(app: QCoreApplication, language: str, locale: QLocale) -> bool:
    """Qt's own strings (file, colour and print dialogs, standard buttons, the context
    menus of text fields) in ``locale``: qtbase_*.qm of the Qt installation (the
    PySide6 wheel ships them; QLibraryInfo finds them, from source and when frozen),
    and our fixes for the labels that translation has not caught up with (Qt 6.11
    gave "&Look in:" a mnemonic; qtbase_zh_CN.qm still knows only "Look in:").

    Plain .qm files, no Python subclass of QTranslator: Qt asks every translator
    about every untranslated string, and a Python override answering "not here"
    (None) loses a reference to None on each call under PySide6 on Python 3.11."""
    qt = QTranslator(app)
    if not qt.load(locale, "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        log.warning("Qt's own translation for %s not found; Qt's dialogs show English",
                    locale.name())
        return False
    app.installTranslator(qt)
    _installed.append(qt)
    fixes_file = qt_fixes_file(language)
    fixes = QTranslator(app)
    if fixes_file is not None and fixes.load(str(fixes_file)):
        app.installTranslator(fixes)
        _installed.append(fixes)
    return True


def stored_language(data_dir: Path) -> str:
    """The language chosen in Settings for this data directory (read before the
    database is opened, so even a refusal to open it is in that language)."""
    value = str(QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
                .value("ui/language", "zh"))
    return value if value in LANGUAGES else "zh"


def platform_problem(environ: dict[str, str] | None = None) -> str | None:
    """Why no window can be opened here, or None. Checked before QApplication is
    made, because Qt aborts the process when its platform plugin cannot start."""
    env = os.environ if environ is None else environ
    if sys.platform.startswith("linux") and not env.get("QT_QPA_PLATFORM"):
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            return ("no graphical display is available (DISPLAY and WAYLAND_DISPLAY are not "
                    "set). Start the app from a desktop session, or use the command line: "
                    "inspector --help")
    return None


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(
        list(argv if argv is not None else sys.argv[:1]))
    app.setApplicationDisplayName(
        QCoreApplication.translate("App", "Childcare Safety & Hygiene Inspector"))
    QApplication.setDesktopFileName("childcare-inspector")
    app.setWindowIcon(app_icon())
    register_cjk_font(app)
    return app


def run(argv: Sequence[str] | None = None, data_dir: str | Path | None = None) -> int:
    """Open the main window on the data directory; the exit code when it closes."""
    from inspector.ui.main_window import MainWindow

    app = make_application(argv)
    root = resolve_data_dir(data_dir)
    ensure_compiled()
    install_translator(app, stored_language(root) if root.is_dir() else "zh")
    app.setApplicationDisplayName(
        QCoreApplication.translate("App", "Childcare Safety & Hygiene Inspector"))
    from inspector.ui.backup_dialog import RESTART_EXIT_CODE

    while True:  # once, or again after a backup was restored (the data folder changed)
        code = _run_window(app, root, MainWindow)
        if code != RESTART_EXIT_CODE:
            return code
        install_translator(app, stored_language(root))  # the restored settings' language


def _run_window(app: QApplication, root: Path,
                main_window: Callable[[AppContext], QWidget]) -> int:
    """Open the workspace and its main window; the event loop's exit code."""
    try:
        workspace = Workspace.open(root)
    except UnsafeDataLocation as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "Cannot open the data"),
            QCoreApplication.translate(
                "App", "The data folder {path} is not a safe place for the database, so the "
                "app does not use it. Nothing was changed.\n\n{reason}").format(
                path=root, reason=exc))
        return 1
    except (DatabaseTooNew, NotOurDatabase, StorageFault, OSError) as exc:
        return cannot_open(root, exc)
    try:
        ctx = AppContext.open(workspace)
        window = main_window(ctx)
        window.show()
        code = int(app.exec())
        if window.isVisible():  # the loop ended to reopen the data folder: close quietly
            app.setQuitOnLastWindowClosed(False)
            window.close()
            app.setQuitOnLastWindowClosed(True)
        window.deleteLater()
        return code
    finally:
        workspace.close()


def cannot_open_box(root: Path, error: BaseException) -> QMessageBox:
    """The message shown when the data cannot be opened: why, in the UI language, and
    the way out. A damaged database (or a file that is not one) offers "Restore from
    backup…" right there, since the main window and its File menu cannot open."""
    from inspector.ui.messages import explain

    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("App", "Cannot open the data"),
                      QCoreApplication.translate(
                          "App", "The data in {path} cannot be opened.\n\n{reason}").format(
                          path=root, reason=explain(error)))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    damaged = isinstance(error, NotOurDatabase) or (
        isinstance(error, StorageFault) and error.code == "database_damaged")
    if damaged:
        restore = box.addButton(QCoreApplication.translate("App", "&Restore from backup…"),
                                QMessageBox.ButtonRole.AcceptRole)
        restore.setObjectName("restore")
        box.setDefaultButton(restore)
    box.addButton(QMessageBox.StandardButton.Close)
    return box


def cannot_open(root: Path, error: BaseException) -> int:
    """Show why the data cannot be opened; RESTART_EXIT_CODE when the user restored a
    backup from there (the app then opens the restored data), else 1."""
    from inspector.ui.backup_dialog import RESTART_EXIT_CODE, RestoreDialog

    box = cannot_open_box(root, error)
    box.exec()
    clicked = box.clickedButton()
    restore = clicked is not None and clicked.objectName() == "restore"
    box.deleteLater()
    if not restore:
        return 1
    dialog = RestoreDialog(None, data_dir=root)
    dialog.exec()
    restored = dialog.restored is not None
    dialog.deleteLater()
    return RESTART_EXIT_CODE if restored else 1


def main() -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    return run()


if __name__ == "__main__":
    sys.exit(main())
