"""Fixtures for driving real widgets (offscreen) on a real database file."""

from __future__ import annotations

import pytest

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
