"""The pages of the navigation bar, in order: one line per page, "module:ClassName" and its shortcut.

The shortcut (or "" for none) is shown beside the page's name in the side list and opens the page
from anywhere in the window. Ctrl+0 … Ctrl+9 are the keyboard contract the README documents.
"""

from __future__ import annotations

import importlib

PAGES = [
    ("mutual_aid_desk.ui.pages.home:HomePage", "Ctrl+0"),
    ("mutual_aid_desk.ui.pages.households:HouseholdsPage", "Ctrl+1"),
    ("mutual_aid_desk.ui.pages.visits:VisitsPage", "Ctrl+2"),
    ("mutual_aid_desk.ui.pages.due:DuePage", "Ctrl+3"),
    ("mutual_aid_desk.ui.pages.consultations:ConsultationsPage", "Ctrl+4"),
    ("mutual_aid_desk.ui.pages.votes:VotesPage", "Ctrl+5"),
    ("mutual_aid_desk.ui.pages.funds:FundsPage", "Ctrl+6"),
    ("mutual_aid_desk.ui.pages.meetings:MeetingsPage", "Ctrl+7"),
    ("mutual_aid_desk.ui.pages.notices:NoticesPage", "Ctrl+8"),
    ("mutual_aid_desk.ui.pages.coverage:CoveragePage", ""),
    ("mutual_aid_desk.ui.pages.audit:AuditPage", ""),
    ("mutual_aid_desk.ui.pages.station:StationPage", ""),
    ("mutual_aid_desk.ui.pages.problems:ProblemsPage", "Ctrl+9"),
]


def page_entries() -> list[tuple[type, str]]:
    """Each page's class and its shortcut, in side-list order (a bare "module:Class" has none)."""
    entries = []
    for spec in PAGES:
        path, shortcut = (spec, "") if isinstance(spec, str) else spec
        module, _, name = path.partition(":")
        entries.append((getattr(importlib.import_module(module), name), shortcut))
    return entries


def page_classes() -> list[type]:
    return [cls for cls, _shortcut in page_entries()]
