"""The holdouts of a vote: eligible households that have not yet voted, as a walk list."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, ClassVar

from mutual_aid_desk.reports.walklist import WalkList

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station


class HoldoutsWalkList(WalkList):
    """The households still to visit for a vote (all its holdouts, or the given ones)."""

    kind: ClassVar[str] = "holdouts"

    def __init__(self, station: Station, vote_id: int, household_ids: Sequence[int] | None = None, *,
                 volunteers: Sequence[str] = (), on: date | None = None) -> None:
        super().__init__(station, household_ids or (), title="", purpose="vote", volunteers=volunteers, on=on)
        self.vote_id = vote_id
        self.chosen = household_ids

    def walk_ids(self) -> Sequence[int]:
        self.title = f"未投票住户走访清单：{self.station.votes.plan(self.vote_id).title}"
        return self.station.votes.holdouts(self.vote_id) if self.chosen is None else self.chosen

    def record_printed(self, file_name: str) -> None:
        """Noted nowhere: printing the holdouts has never made an audit entry (unlike the other walk lists)."""
