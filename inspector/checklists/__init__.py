"""Checklists: the data-file schema, the loader and the seed-document index."""
