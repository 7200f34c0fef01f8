"""What needs doing today: the home page's figures, built from the domains' own queries.

Follow-ups due (the Due list), today's meetings (or the next one) with their attendance, each open
vote's distance to its participation bar (the tally), and each open drive's progress (the drives
list). Nothing here computes a figure a domain already computes; it only gathers them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from mutual_aid_desk.core.meetings import MeetingRow
from mutual_aid_desk.core.tally import format_m2
from mutual_aid_desk.core.visits import DueItem

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station

#: How many due follow-ups the home page lists by name (the Due page has them all).
DUE_SHOWN = 5


@dataclass(frozen=True)
class MeetingToday:
    meeting: MeetingRow
    invited: int
    attended: int
    today: bool  # False: the next meeting, none being today


@dataclass(frozen=True)
class VoteNeed:
    """An open vote's participation: how many more households and m² its bar still needs."""

    vote_id: int
    title: str
    closes: date | None
    participated: int
    eligible: int
    households_needed: int
    area_needed_centi: int
    met: bool

    @property
    def area_needed_m2(self) -> str:
        """Whole square metres, rounded up ('12,470'): what must still come in to meet the bar."""
        return format_m2(self.area_needed_centi, up=True)


@dataclass(frozen=True)
class DriveProgress:
    drive_id: int
    title: str
    paid_fen: int
    due_fen: int
    paid_households: int
    households: int


@dataclass(frozen=True)
class Today:
    on: date
    due_count: int
    due: list[DueItem]  # the first DUE_SHOWN, oldest first
    meetings: list[MeetingToday]
    votes: list[VoteNeed]
    drives: list[DriveProgress]


def meetings_for(station: Station, on: date) -> list[MeetingToday]:
    """Today's meetings with their attendance so far; if there is none today, the next one."""
    upcoming = station.meetings.list(since=on)
    todays = [m for m in upcoming if m.date == on]
    chosen, is_today = (todays, True) if todays else (upcoming[:1], False)
    out = []
    for m in chosen:
        stats = station.meetings.stats(m.id)
        out.append(MeetingToday(m, stats.invited, stats.attended, is_today))
    return out


def open_votes(station: Station) -> list[VoteNeed]:
    """Every open vote with what its participation bar still needs (the tally's own counter)."""
    out = []
    for summary in station.votes.list():
        if summary.status != "open":
            continue
        result = station.votes.tally(summary.id)
        heads, area = result.compound.needed(result.rule.participation)
        c = result.compound
        out.append(VoteNeed(summary.id, summary.title, summary.closes, c.participated.headcount,
                            c.eligible.headcount, heads, area, c.met))
    return out


def open_drives(station: Station) -> list[DriveProgress]:
    """Every drive not closed whose split is fixed, with money and households paid so far."""
    return [DriveProgress(d.id, d.title, d.paid_total_fen, d.due_total_fen, d.paid_households, d.households)
            for d in station.funds.drives() if not d.closed and d.split_no]


def today(station: Station, on: date | None = None) -> Today:
    """Everything the home page shows, for ``on`` (today by default)."""
    on = on or date.today()
    due = station.visits.due(on)
    return Today(on, len(due), due[:DUE_SHOWN], meetings_for(station, on), open_votes(station),
                 open_drives(station))
