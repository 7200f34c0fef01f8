"""Dialogs: forms, imports, previews."""
