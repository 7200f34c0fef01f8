"""The arrears walk list of a drive: households that still owe, in walking order.

The list itself is the walk list every door-to-door round prints; this document only chooses the
households and names the round.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, ClassVar

from mutual_aid_desk.errors import NotFound
from mutual_aid_desk.reports.walklist import WalkList

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station


class ArrearsWalkList(WalkList):
    """The households of a drive that still owe; ``households`` says how many it lists once rendered.

    ``render`` raises ``NotFound`` when nobody owes anything (there is nothing to walk).
    """

    kind: ClassVar[str] = "arrears"

    def __init__(self, station: Station, drive_id: int, *, volunteers: Sequence[str] = (),
                 on: date | None = None) -> None:
        super().__init__(station, (), title="", purpose="fundraising", volunteers=volunteers, on=on)
        self.drive_id = drive_id

    def walk_ids(self) -> Sequence[int]:
        drive = self.station.funds.get(self.drive_id)
        ids = self.station.funds.arrears_ids(self.drive_id)
        if not ids:
            raise NotFound(f"Every household has paid its share of '{drive.title}': there are no arrears to walk.")
        self.title = f"{drive.title} 未缴住户走访清单"
        return ids

    def record_printed(self, file_name: str) -> None:
        self.station.funds.record_export(self.drive_id, self.kind, file_name)
