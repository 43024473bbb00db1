"""The checklist filling screen (see fill_page.FillPage)."""

from inspector.ui.fill.fill_page import FillPage

__all__ = ["FillPage"]
