"""Printing from the window: one way for every document, built off the UI thread, with a Cancel that works."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog

from mutual_aid_desk.core.station import Station
from mutual_aid_desk.reports.patrol_rota import PatrolRota
from mutual_aid_desk.ui.dialogs.preview import open_previews
from mutual_aid_desk.ui.documents import open_document
from mutual_aid_desk.ui.pages.votes import VotesPage
from vote_support import add_households, plan


def _close_previews() -> None:
    for dialog in open_previews():
        dialog.close()


def test_printing_paper_ballots_can_be_cancelled(qtbot, demo_station: Station) -> None:
    """802 ballots take a while: Cancel on the progress dialog stops them, and no preview opens."""
    demo_station.votes.create(plan())
    page = VotesPage(demo_station)
    qtbot.addWidget(page)
    page.refresh()
    pressed: list[bool] = []

    def press_cancel() -> None:
        progress = page.findChild(QProgressDialog, "progressDialog")
        if progress is None:  # not made yet: look again
            QTimer.singleShot(20, press_cancel)
            return
        progress.cancel()
        pressed.append(True)

    QTimer.singleShot(20, press_cancel)
    page.print_ballots()
    assert pressed and open_previews() == []


def test_a_print_opens_the_preview_named_by_kind_and_date(qtbot, station: Station) -> None:
    add_households(station)
    station.votes.create(plan())
    page = VotesPage(station)
    qtbot.addWidget(page)
    page.refresh()
    page.print_ballots()
    (preview,) = open_previews()
    assert preview.suggested_name == f"ballots-{date.today():%Y-%m-%d}.pdf" and preview.page_count >= 1
    _close_previews()


def test_the_core_records_a_print(qtbot, demo_station: Station) -> None:
    """The audit entry is written by the core, as the command line's is, not composed by the window."""
    page = VotesPage(demo_station)
    qtbot.addWidget(page)
    assert open_document(page, PatrolRota(demo_station, "2026-11"), "夜巡排班表") is not None
    (entry,) = demo_station.audit.list(entity="problem_export")
    assert (entry.entity_id, entry.action) == ("rota", "export")
    after = json.loads(entry.after)
    assert after == {"file": f"patrol-rota-{date.today():%Y-%m-%d}.pdf", "month": "2026-11"}
    _close_previews()
