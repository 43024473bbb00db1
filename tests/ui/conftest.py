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
