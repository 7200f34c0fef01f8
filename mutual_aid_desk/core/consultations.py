"""Consultations (咨询): placeholder while the service is written."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station


class ConsultationService:
    def __init__(self, station: "Station"):
        self._station = station

    def due_items(self, on: date, handled_by: str | None = None) -> list[Any]:
        return []

    def due_count(self, on: date) -> int:
        return 0

    def timeline(self, household_id: int) -> list[Any]:
        return []
