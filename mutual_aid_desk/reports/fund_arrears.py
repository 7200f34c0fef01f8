"""The arrears walk list of a drive: households that still owe, in walking order.

The list itself is the visits module's walk list (one layout for every door-to-door round); this
module only chooses the households and names the round.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from mutual_aid_desk.errors import NotFound

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station


def arrears_pdf(station: "Station", drive_id: int, *, volunteers: Sequence[str] = (),
                on: date | None = None) -> tuple[bytes, int]:
    """(the walk list PDF, how many households it lists).

    Raises:
        NotFound: nobody owes anything (there is nothing to walk).
    """
    from mutual_aid_desk.reports.walklist import walk_list_pdf

    info = station.funds.get(drive_id)
    ids = station.funds.arrears_ids(drive_id)
    if not ids:
        raise NotFound(f"Every household has paid its share of '{info.title}': there are no arrears to walk.")
    data = walk_list_pdf(station, ids, title=f"{info.title} 未缴住户走访清单", purpose="fundraising",
                         volunteers=volunteers, on=on)
    return data, len(ids)
