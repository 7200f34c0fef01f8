"""Progress posters fed by the votes and funds modules, through their public reads only.

- A vote's poster shows participation: households in the vote's scope with a ballot, overall and per
  building, with the legal participation bar (two thirds of households) as a dashed line.
- A drive's poster shows coverage: households with a share that have paid it in full, overall and
  per building (exempt households and those the rule gives nothing are left out of both counts).
"""

from __future__ import annotations

from abc import abstractmethod
from collections import defaultdict
from datetime import date
from fractions import Fraction
from typing import TYPE_CHECKING, ClassVar

from mutual_aid_desk.core.funds import ShareStatus
from mutual_aid_desk.errors import NotFound
from mutual_aid_desk.reports.poster import PosterData, ProgressPoster, poster_data_from_counts

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station


def _counts(pairs: list[tuple[str, bool]]) -> list[tuple[str, int, int]]:
    """(building, done, total) in the order buildings first appear (the registry's address order)."""
    done: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    order: list[str] = []
    for building, ok in pairs:
        if building not in total:
            order.append(building)
        total[building] += 1
        done[building] += int(ok)
    return [(b, done[b], total[b]) for b in order]


def resolve_vote(station: Station, ref: str | int) -> int:
    text = str(ref).strip()
    if text.isdigit():
        return int(text)
    found = [v.id for v in station.votes.list() if v.title == text]
    if len(found) == 1:
        return found[0]
    raise NotFound(f"No vote with id or title '{ref}'." if not found else
                   f"Several votes are titled '{ref}': use the id ({', '.join(map(str, found))}).")


class _StationPoster(ProgressPoster):
    """The progress poster of one vote or drive of a station, named by its id or its title."""

    def __init__(self, station: Station, source: str | int, *, title: str | None = None, size: str = "A4",
                 on: date | None = None) -> None:
        super().__init__(size=size, on=on)
        self.station = station
        self.source = source
        self.heading = title

    def poster_data(self) -> PosterData:
        self.station_name = self.station.settings.get().name
        return self.read()

    @abstractmethod
    def read(self) -> PosterData:
        """The counts, read from the core."""


def vote_poster_data(station: Station, vote: str | int, *, title: str | None = None) -> PosterData:
    vote_id = resolve_vote(station, vote)
    plan = station.votes.plan(vote_id)
    eligible = station.votes.eligible_ids(vote_id)
    missing: set[int] = set(station.votes.holdouts(vote_id))
    rows = station.households.rows_by_ids(eligible)
    counts = _counts([(r.building, r.id not in missing) for r in rows])
    return poster_data_from_counts(title or f"{plan.title} 参与进度", counts, verb="已参与",
                                   target=Fraction(2, 3), target_label="法定参与门槛（三分之二户数）")


class VotePoster(_StationPoster):
    """A vote's participation poster."""

    kind: ClassVar[str] = "vote-poster"

    def read(self) -> PosterData:
        return vote_poster_data(self.station, self.source, title=self.heading)


def fund_poster_data(station: Station, fund: str | int, *, title: str | None = None) -> PosterData:
    drive_id = station.funds.resolve(fund)
    status = station.funds.status(drive_id)
    counted = [s for s in status.shares if s.status not in (ShareStatus.EXEMPT, ShareStatus.NO_SHARE)]
    pairs = [(s.address.split("-")[0], s.status in (ShareStatus.PAID, ShareStatus.OVERPAID)) for s in counted]
    return poster_data_from_counts(title or f"{status.drive.title} 缴费进度", _counts(pairs), verb="已缴费")


class FundPoster(_StationPoster):
    """A drive's coverage poster."""

    kind: ClassVar[str] = "fund-poster"

    def read(self) -> PosterData:
        return fund_poster_data(self.station, self.source, title=self.heading)
