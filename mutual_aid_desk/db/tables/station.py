"""The station's own settings: its name and contacts, its tag list, and small named settings."""

from __future__ import annotations

from sqlmodel import Field, SQLModel

from mutual_aid_desk.db.tables.common import Versioned


class StationSettings(Versioned, table=True):
    """One row (id 1): what every printed notice says about the station."""

    __tablename__ = "station_settings"

    id: int = Field(default=1, primary_key=True)
    name: str = Field(default="")
    compounds: str = Field(default="")  # one compound per line
    street: str = Field(default="")
    community: str = Field(default="")
    phone: str = Field(default="")
    address: str = Field(default="")  # where the station is, as printed on notices
    place: str = Field(default="")  # where meetings usually take place


class Tag(SQLModel, table=True):
    """A label from the station's own list (独居老人, 低保, 残疾 ...) that households can carry."""

    __tablename__ = "tag"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)


class Setting(SQLModel, table=True):
    """A named setting stored as JSON text: partner organisations, custom purposes, templates."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str = Field(default="null")
