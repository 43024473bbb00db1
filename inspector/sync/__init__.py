"""Sync between laptops and the office by files: signed bundles, import, conflicts."""
