"""Where the app finds its shipped resources and keeps its station file.

Kept free of Qt so that the core, reports and command line can use it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "MutualAidDesk"
DB_ENV = "MUTUAL_AID_DESK_DB"


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, under share/ when installed."""
    candidates = [
        Path(__file__).resolve().parent.parent / "resources",
        Path(sys.prefix) / "share" / "mutual-aid-desk",
    ]
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("resources folder not found; reinstall Mutual-Aid Desk")


def font_file() -> Path:
    """The bundled WenQuanYi Micro Hei TrueType collection used by the UI and every PDF."""
    return resources_dir() / "fonts" / "wqy-microhei.ttc"


SERVER_SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")


def is_server(target: object) -> bool:
    """True for a ``postgresql://`` URL (a station on a server), False for a file path."""
    return isinstance(target, str) and target.startswith(SERVER_SCHEMES)


def station_target(value: str | Path) -> Path | str:
    """``--db`` or ``$MUTUAL_AID_DESK_DB`` as given: a server URL stays text, anything else is a path."""
    return str(value) if is_server(str(value)) else Path(value)


def describe_station(target: Path | str) -> str:
    """A station as a person may read it: the file's path, or the server URL without its password."""
    if not is_server(target):
        return str(target)
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(str(target))
    host = parts.hostname or ""
    netloc = (f"{parts.username}@" if parts.username else "") + (f"[{host}]" if ":" in host else host)
    netloc += f":{parts.port}" if parts.port else ""
    return urlunsplit(("postgresql", netloc, parts.path, "", ""))


def default_db_path() -> Path | str:
    """The station: ``$MUTUAL_AID_DESK_DB`` if set (a path or a ``postgresql://`` URL), else the
    file in the user's data folder."""
    env = os.environ.get(DB_ENV)
    if env:
        return station_target(env)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "station.sqlite3"
