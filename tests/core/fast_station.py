"""A quicker ``station`` fixture for the many small registry and import tests.

conftest's fixture runs every migration and hashes a PIN for each test (about 0.7 s). Here the same
station is built once per session and each test gets its own byte-for-byte copy of that file, opened
the ordinary way (``Station.open``), with the coordinator signed in as conftest's fixture leaves them.
Import it into a test module with
``from fast_station import as_volunteer_fixture, station_fixture, station_template_fixture  # noqa: F401``:
pytest finds the fixtures by their ``name`` (``station`` …), and the functions' own names do not clash
with the tests' parameters of that name.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import backend
from mutual_aid_desk.core.station import Station

COORDINATOR = "赵主任"
COORDINATOR_PIN = "246810"
VOLUNTEER = "钱阿姨"
TAGS = ("独居老人", "低保", "残疾")


@pytest.fixture(scope="session", name="station_template")
def station_template_fixture(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    path = backend.new_target(tmp_path_factory.mktemp("template"))
    st = Station.create(path, "测试互助站", COORDINATOR, COORDINATOR_PIN)
    operator = st.operator
    st.volunteers.add(VOLUNTEER, "volunteer")
    for tag in TAGS:
        st.settings.add_tag(tag)
    st.close()
    return path, operator


@pytest.fixture(name="station")
def station_fixture(station_template: tuple[Path, object], db_path: Path) -> Iterator[Station]:
    """An empty station with coordinator 赵主任 signed in, volunteer 钱阿姨 and three tags."""
    template, operator = station_template
    backend.clone(template, db_path)  # a file copied byte for byte, or a server database from a template
    st = Station.open(db_path)
    st.operator = operator  # signed in, as with the PIN in conftest
    yield st
    st.close()


@pytest.fixture(name="as_volunteer")
def as_volunteer_fixture(station: Station) -> Station:
    station.volunteers.sign_in(VOLUNTEER)
    return station
