"""The station's settings: name and contacts, its tag list, and small named lists (JSON)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete
from sqlmodel import col, select

from mutual_aid_desk.core.permissions import Permission
from mutual_aid_desk.core.values import parse_phones
from mutual_aid_desk.db.tables import HouseholdTag, Setting, StationSettings, Tag
from mutual_aid_desk.db.tables.common import now
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, ConflictError, ValidationError

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station

STATION_FIELDS = ("name", "compounds", "street", "community", "phone", "address", "place")
REASON_TAG = QT_TRANSLATE_NOOP("Problems", "a tag is 1 to 20 characters")


def settings_json(row: StationSettings) -> dict[str, Any]:
    return {f: getattr(row, f) for f in STATION_FIELDS}


class SettingsService:
    def __init__(self, station: Station):
        self._station = station

    def get(self) -> StationSettings:
        with self._station.read() as s:
            row = s.get(StationSettings, 1)
        return row or StationSettings(id=1, version=0)

    def update(self, *, expected_version: int | None = None, **fields: str) -> StationSettings:
        """Change station details (coordinators only); refuses a save over someone else's."""
        unknown = set(fields) - set(STATION_FIELDS)
        if unknown:
            raise ValueError(f"unknown station settings: {sorted(unknown)}")
        if "phone" in fields and fields["phone"]:
            fields["phone"] = ",".join(parse_phones(fields["phone"]))
        with self._station.write(Permission.MANAGE_STATION) as uow:
            row = uow.session.get(StationSettings, 1)
            if row is None:
                row = StationSettings(id=1, version=0)
            if expected_version is not None and row.version != expected_version:
                raise ConflictError(f"The station settings were changed by {row.updated_by} at {row.updated_at}: reload.")
            before = settings_json(row) if row.version else None
            for key, value in fields.items():
                setattr(row, key, (value or "").strip())
            row.version += 1
            row.updated_at, row.updated_by = now(), uow.operator.name
            uow.session.add(row)
            uow.record("station", 1, "update", before, settings_json(row))
        return row

    def initialise(self, session: Any, name: str, by: str, **details: str) -> None:
        """Write the first settings row while creating a station (inside the creator's transaction).

        ``details`` are other station fields (phone, address, place ...), already checked.
        """
        unknown = set(details) - set(STATION_FIELDS)
        if unknown:
            raise ValueError(f"unknown station settings: {sorted(unknown)}")
        fields: dict[str, Any] = {k: (v or "").strip() for k, v in details.items()}
        session.add(StationSettings(id=1, name=name.strip(), updated_by=by, **fields))

    # --- tags --------------------------------------------------------------------------------

    def tags(self) -> list[str]:
        with self._station.read() as s:
            return list(s.exec(select(Tag.name).order_by(Tag.name)))

    def add_tag(self, name: str) -> None:
        name = (name or "").strip()
        if not 1 <= len(name) <= 20:
            raise ValidationError.single("tag", name, REASON_TAG)
        with self._station.write(Permission.MANAGE_STATION) as uow:
            if uow.session.exec(select(Tag).where(Tag.name == name)).first() is None:
                uow.session.add(Tag(name=name))
                uow.record("tag", name, "create", None, {"name": name})

    def remove_tag(self, name: str) -> None:
        """Remove a tag from the list and from every household that carried it."""
        with self._station.write(Permission.MANAGE_STATION) as uow:
            tag = uow.session.exec(select(Tag).where(Tag.name == name)).first()
            if tag is None:
                return
            uow.session.exec(delete(HouseholdTag).where(col(HouseholdTag.tag_id) == tag.id))
            uow.session.delete(tag)
            uow.record("tag", name, "delete", {"name": name}, None)

    # --- named settings -----------------------------------------------------------------------

    def value(self, key: str, default: Any = None) -> Any:
        with self._station.read() as s:
            row = s.get(Setting, key)
        return default if row is None else json.loads(row.value)

    def names(self, key: str, default: Sequence[str] = ()) -> list[str]:
        """A named list of names (partner organisations, problem categories ...); ``default`` while it is unset or empty."""
        return list(self.value(key, None) or default)

    def set_names(self, key: str, names: Iterable[str], field_name: str, reason: str, *, longest: int,
                  fewest: int = 0, most: int | None = None) -> None:
        """Replace a named list (coordinators only): each name trimmed and 1 to ``longest`` characters,
        repeats dropped, the order kept, and ``fewest`` to ``most`` names in all.

        Raises:
            ValidationError: a name, or the number of names, out of bounds (refused with ``reason``).
        """
        clean: list[str] = []
        for name in names:
            name = (name or "").strip()
            if not 1 <= len(name) <= longest:
                raise ValidationError.single(field_name, name, reason)
            if name not in clean:
                clean.append(name)
        if len(clean) < fewest or (most is not None and len(clean) > most):
            raise ValidationError.single(field_name, "、".join(clean), reason)
        self.set_value(key, clean)

    def set_value(self, key: str, value: Any, permission: Permission = Permission.MANAGE_STATION) -> None:
        with self._station.write(permission) as uow:
            row = uow.session.get(Setting, key)
            before = None if row is None else json.loads(row.value)
            text = json.dumps(value, ensure_ascii=False)
            if row is None:
                row = Setting(key=key, value=text)
            else:
                row.value = text
            uow.session.add(row)
            uow.record("setting", key, "update", before, value)
