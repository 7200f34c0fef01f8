"""Fixtures: every test gets its own station file under tmp_path; nothing touches a real user folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Tests that need real keyboard focus (marker ``xserver``) run on the X server (xcb) in a session of
# their own; every other test runs offscreen. See pytest_collection_modifyitems below.
_PLATFORM_GIVEN = os.environ.get("QT_QPA_PLATFORM", "")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The one documented hook that makes PIN hashing cheap (core/operators.PIN_COST_ENV): the suite signs
# in hundreds of times, and the production cost is ~0.8 s a hash. tests/core/test_hardening.py checks
# the production parameters with one measured hash. CLI subprocesses inherit it.
os.environ["MUTUAL_AID_DESK_PIN_COST"] = "test"

import backend  # noqa: E402  - tests/backend.py: a station file, or a database on a PostgreSQL server
from mutual_aid_desk.core.demo import DEMO_COORDINATOR, DEMO_PIN, build_demo  # noqa: E402  # after the environment above
from mutual_aid_desk.core.station import Station  # noqa: E402  # after the environment above

COORDINATOR = "赵主任"
COORDINATOR_PIN = "246810"
VOLUNTEER = "钱阿姨"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep QSettings, the default station file and backups out of the real home folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.delenv("MUTUAL_AID_DESK_DB", raising=False)
    monkeypatch.delenv("MUTUAL_AID_DESK_PIN", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path | str:
    """Where the test's station lives: a file under tmp_path, or (``MUTUAL_AID_DESK_TEST_DB``) a
    fresh database on a PostgreSQL server, as a URL string. See tests/backend.py."""
    if not backend.ON_SERVER:
        yield tmp_path / "station.sqlite3"
        return
    url = backend.create_database()
    yield url
    backend.drop_database_later(url)


# --- both backends: one pytest run per backend (tests/backend.py) ------------------------------------


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: only makes sense for a station file; skipped on a server")


def _skip_sqlite_only_on_server(items: list[pytest.Item]) -> None:
    """Called from the one ``pytest_collection_modifyitems`` below (a module can hold only one)."""
    if not backend.ON_SERVER:
        return
    skip = pytest.mark.skip(reason="a station file only (MUTUAL_AID_DESK_TEST_DB is a server)")
    for item in items:
        if "sqlite_only" in item.keywords:
            item.add_marker(skip)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if backend.ON_SERVER:
        backend.drop_all()


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    skipped = len(terminalreporter.stats.get("skipped", []))
    where = backend.SERVER_URL if backend.ON_SERVER else "station files (SQLite)"
    terminalreporter.write_line(f"database backend: {backend.BACKEND} ({where}); {skipped} tests skipped")


@pytest.fixture
def station(db_path: Path) -> Station:
    """An empty station, with a coordinator (signed in) and a volunteer on the roster."""
    st = Station.create(db_path, "测试互助站", COORDINATOR, COORDINATOR_PIN)
    st.volunteers.add(VOLUNTEER, "volunteer")
    for tag in ("独居老人", "低保", "残疾"):
        st.settings.add_tag(tag)
    yield st
    st.close()


@pytest.fixture
def as_volunteer(station: Station) -> Station:
    """The same station with the volunteer signed in instead."""
    station.volunteers.sign_in(VOLUNTEER)
    return station


@pytest.fixture
def demo_station(db_path: Path) -> Station:
    """The 802-household demo station, with its coordinator signed in."""
    st = build_demo(db_path)
    st.volunteers.sign_in(DEMO_COORDINATOR, DEMO_PIN)
    yield st
    st.close()


# --- the real X server: key flows in an active window ----------------------------------------------

XSERVER_HOWTO = ('run them in a session of their own under an X server: '
                 'xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m pytest -m xserver')


@pytest.hookimpl(trylast=True)  # after ``-m`` has deselected what this session does not run
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Pick the Qt platform for this session: xcb when every test is an ``xserver`` test and an X
    display is there; otherwise offscreen, and the ``xserver`` tests are skipped saying why.

    One process has one Qt platform, so the two kinds cannot share a session. On a server, tests
    marked ``sqlite_only`` are skipped first.
    """
    _skip_sqlite_only_on_server(items)
    real = [item for item in items if item.get_closest_marker("xserver")]
    if not real:
        return
    if not os.environ.get("DISPLAY"):
        reason = "no X display (DISPLAY is not set): " + XSERVER_HOWTO
    elif len(real) < len(items):
        reason = "this session also runs offscreen tests: " + XSERVER_HOWTO
    elif _PLATFORM_GIVEN not in ("", "xcb"):
        reason = f"QT_QPA_PLATFORM={_PLATFORM_GIVEN} was asked for: unset it to use the X display"
    else:
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        return
    for item in real:
        item.add_marker(pytest.mark.skip(reason=reason))
