"""Dialogs: one module per domain (``<domain>_*.py``), plus the shared print preview."""
