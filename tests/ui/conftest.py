"""Fixtures for driving real widgets (offscreen) on a real database file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from inspector.ui.context import AppContext
from inspector.workspace import Workspace


@pytest.fixture
def ctx(ws: Workspace, qapp) -> AppContext:  # qapp: the QApplication
    context = AppContext.open(ws)
    yield context
    context.settings.sync()


@pytest.fixture
def demo_ctx(ctx: AppContext) -> AppContext:
    """A context whose workspace holds the demo data (facilities, inspectors,
    inspections in every state)."""
    from inspector.demo import load_demo

    load_demo(ctx.workspace)
    return ctx


@pytest.fixture(autouse=True)
def _empty_clipboard(qapp):
    """Tests that paste leave data on the clipboard; the offscreen platform crashes
    when it still holds some as the QApplication goes away at exit."""
    yield
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().clear()


@pytest.fixture
def stray_windows(qapp):
    """Fails the test if a widget that should live inside a window is shown as a window
    of its own (made visible before it had a parent): on a desktop it flashes on screen
    and takes the focus from the app. Dialogs, menus, popups and tool tips are windows
    by design."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

    shown: list[str] = []

    class Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if (event.type() == QEvent.Type.Show and isinstance(obj, QWidget)
                    and obj.isWindow() and not isinstance(obj, (QDialog, QMainWindow))
                    and obj.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)):
                label = obj.text() if hasattr(obj, "text") else ""
                shown.append(f"{type(obj).__name__}:{label}" if label else type(obj).__name__)
            return False

    watch = Watch()
    qapp.installEventFilter(watch)
    yield shown
    qapp.removeEventFilter(watch)
    assert shown == [], f"widgets shown as windows of their own: {sorted(set(shown))}"
