"""Tests that need a tool or a font from the system.

The set-up's test command (``bash packaging/bootstrap.sh test``, which CI runs)
installs every one of them and sets ``INSPECTOR_TESTS_STRICT=1``: there a missing
tool fails the test instead of skipping it, so CI can never pass by skipping. A
developer running pytest by hand on a machine without the tool gets a skip.
"""

from __future__ import annotations

import os

import pytest

STRICT = os.environ.get("INSPECTOR_TESTS_STRICT") == "1"


def need(present: bool, what: str) -> None:
    """Skip (or, under the set-up's test command, fail) unless ``present``."""
    if present:
        return
    if STRICT:
        pytest.fail(f"{what} is missing; the test set-up should have installed it")
    pytest.skip(f"{what} is missing")
