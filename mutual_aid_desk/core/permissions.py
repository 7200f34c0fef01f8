"""Roles and what an action needs: a module of their own, so that the audit trail (whose export
needs a permission) and the roster (which writes audit entries) can both import them."""

from __future__ import annotations

from enum import StrEnum

from mutual_aid_desk.errors import QT_TRANSLATE_NOOP


class Role(StrEnum):
    VOLUNTEER = "volunteer"
    COORDINATOR = "coordinator"


class Permission(StrEnum):
    """What an action needs. Everything but ``EDIT_RECORDS`` is for coordinators only."""

    EDIT_RECORDS = QT_TRANSLATE_NOOP("Errors", "edit records")
    MANAGE_VOTES = QT_TRANSLATE_NOOP("Errors", "open, close or reopen a vote")
    REVERSE_LEDGER = QT_TRANSLATE_NOOP("Errors", "reverse a ledger entry")
    ARCHIVE_HOUSEHOLDS = QT_TRANSLATE_NOOP("Errors", "archive or merge households")
    EXPORT_UNMASKED = QT_TRANSLATE_NOOP("Errors", "export unmasked personal data")
    MANAGE_STATION = QT_TRANSLATE_NOOP("Errors", "change station settings and the roster")
    MANAGE_DRIVES = QT_TRANSLATE_NOOP("Errors", "close or reopen a fundraising drive")
