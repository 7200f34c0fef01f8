"""The pages of the navigation bar, in order. Add one entry per page: "module:ClassName"."""

from __future__ import annotations

import importlib

PAGES = [
    "mutual_aid_desk.ui.pages.households:HouseholdsPage",
    "mutual_aid_desk.ui.pages.visits:VisitsPage",
    "mutual_aid_desk.ui.pages.due:DuePage",
    "mutual_aid_desk.ui.pages.consultations:ConsultationsPage",
    "mutual_aid_desk.ui.pages.votes:VotesPage",
    "mutual_aid_desk.ui.pages.funds:FundsPage",
    "mutual_aid_desk.ui.pages.meetings:MeetingsPage",
    "mutual_aid_desk.ui.pages.notices:NoticesPage",
    "mutual_aid_desk.ui.pages.coverage:CoveragePage",
    "mutual_aid_desk.ui.pages.audit:AuditPage",
    "mutual_aid_desk.ui.pages.station:StationPage",
    "mutual_aid_desk.ui.pages.problems:ProblemsPage",
]


def page_classes() -> list[type]:
    classes = []
    for spec in PAGES:
        module, _, name = spec.partition(":")
        classes.append(getattr(importlib.import_module(module), name))
    return classes
