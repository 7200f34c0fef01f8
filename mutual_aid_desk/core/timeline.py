"""A household's timeline: visits, consultations, ballots and payments, newest first.

Each domain contributes a provider; the household page shows the merged list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station


@dataclass(frozen=True)
class TimelineEntry:
    when: datetime
    kind: str  # "visit", "consultation", "ballot", "payment" ...
    title: str
    detail: str
    household_id: int
    ref: int | None = None  # the record's id, for entries that open it (a problem: its ledger id)


Provider = Callable[["Station", int], list[TimelineEntry]]


def _visits(station: Station, household_id: int) -> list[TimelineEntry]:
    return station.visits.household_entries(household_id)  # visits, consultations


def _ballots(station: Station, household_id: int) -> list[TimelineEntry]:
    return station.votes.household_entries(household_id)


def _payments(station: Station, household_id: int) -> list[TimelineEntry]:
    return station.funds.household_entries(household_id)


def _meetings(station: Station, household_id: int) -> list[TimelineEntry]:
    return station.meetings.household_entries(household_id)  # meetings attended


def _problems(station: Station, household_id: int) -> list[TimelineEntry]:
    return station.problems.household_entries(household_id)  # problems raised there


#: One provider per domain (a function of station and household id); add yours here.
PROVIDERS: list[Provider] = [_visits, _ballots, _payments, _meetings, _problems]


def household_timeline(station: Station, household_id: int) -> list[TimelineEntry]:
    entries: list[TimelineEntry] = []
    for provider in PROVIDERS:
        entries.extend(provider(station, household_id))
    return sorted(entries, key=lambda e: e.when, reverse=True)
