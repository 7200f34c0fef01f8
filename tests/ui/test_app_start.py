"""Starting the app: the frame paints before the data stack loads, then the main window takes its place."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from mutual_aid_desk.app import BENCH_ENV, DeskApp
from mutual_aid_desk.cli import _window_args, build_parser
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.ui.i18n import remove_translators
from mutual_aid_desk.ui.main_window import MainWindow
from mutual_aid_desk.ui.startup import StartupWindow

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_and_its_frame_load_without_the_data_stack() -> None:
    """What runs before the frame's first paint imports Qt, not SQLAlchemy or the station's tables."""
    probe = ("import sys; from mutual_aid_desk.cli import _window_args; import mutual_aid_desk.app; "
             "assert _window_args(['--db', 'x.sqlite3']) is not None; "
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'sqlmodel', 'pydantic')"
             " or m.startswith('mutual_aid_desk.core') or m.startswith('mutual_aid_desk.db')))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("argv, opens_window", [
    ([], True),
    (["--db", "s.sqlite3", "--lang", "en"], True),
    (["--db", "s.sqlite3", "households", "list"], False),
    (["--help"], False),
    (["--db"], False),  # the whole parser reports the missing path
])
def test_only_a_command_line_without_a_command_opens_the_window(argv: list[str], opens_window: bool) -> None:
    assert (_window_args(argv) is not None) is opens_window


def test_the_window_options_are_those_of_the_whole_command_line() -> None:
    args = _window_args(["--db", "s.sqlite3", "--lang", "en"])
    full = build_parser().parse_args(["--db", "s.sqlite3", "--lang", "en"])
    assert vars(args) == {**vars(full), "command": None}


@pytest.fixture
def make_desk():
    """A DeskApp on the test QApplication; its language, font and style are undone afterwards."""
    app = QApplication.instance()
    font, style, made = app.font(), app.styleSheet(), []

    def make(db: Path) -> DeskApp:
        desk = DeskApp(app, db, "en")
        made.append(desk)
        return desk

    yield make
    for desk in made:
        remove_translators(app, desk.translators)
    app.setFont(font)
    app.setStyleSheet(style)


def test_the_frame_paints_then_the_main_window_takes_its_place(qtbot, station: Station, monkeypatch,
                                                                make_desk) -> None:
    station.close()
    from mutual_aid_desk.core.operators import to_operator

    chosen = []

    def choose(st, parent):
        chosen.append(parent)
        coordinator = next(v for v in st.volunteers.list() if v.role == "coordinator")
        st.operator = to_operator(coordinator)
        return st.operator

    monkeypatch.setattr("mutual_aid_desk.ui.dialogs.login.choose_operator", choose)
    desk = make_desk(station.path)
    desk.apply_display()
    frame = desk.show_startup()
    qtbot.addWidget(frame)
    assert isinstance(frame, StartupWindow) and str(station.path) in frame.file_label.text()
    with qtbot.waitSignal(frame.first_painted, timeout=5000):
        frame.repaint()
    desk.start()
    try:
        assert isinstance(desk.window, MainWindow) and desk.window.isVisible()
        assert chosen == [frame], "the login dialog sits over the frame"
        assert desk.startup is None and not frame.isVisible()
        assert "赵主任" in desk.window.operator_label.text()
    finally:
        desk.window.close()
        desk.station.close()


def test_a_file_that_is_not_a_station_closes_the_frame_with_a_message(qtbot, tmp_path: Path, monkeypatch,
                                                                      make_desk) -> None:
    junk = tmp_path / "notes.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    said = []
    monkeypatch.setattr("mutual_aid_desk.app.QMessageBox.critical", lambda *a: said.append(a[2]))
    exits = []
    app = QApplication.instance()
    monkeypatch.setattr(app, "exit", lambda code=0: exits.append(code))
    desk = make_desk(junk)
    qtbot.addWidget(desk.show_startup())
    desk.start()
    assert exits == [1] and desk.window is None
    assert said == [f"{junk} is not a Mutual-Aid Desk station file (not a SQLite database)."]
    assert junk.read_bytes() == b"this is not a database" * 100


def test_the_real_entry_point_paints_the_frame_then_the_household_list(demo_station: Station) -> None:
    """``python -m mutual_aid_desk`` on the demo station: both moments are reached, and it exits cleanly."""
    demo_station.close()
    env = {**os.environ, BENCH_ENV: "1", "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "mutual_aid_desk", "--db", str(demo_station.path)],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("first paint ")
    assert lines[1].startswith("households shown (802 rows) ")


def test_a_failure_while_building_the_window_is_said_and_ends_the_app(qtbot, station: Station, monkeypatch,
                                                                       make_desk) -> None:
    from mutual_aid_desk.errors import DatabaseBusy

    station.close()
    monkeypatch.setattr("mutual_aid_desk.ui.dialogs.login.choose_operator", lambda st, parent: object())
    monkeypatch.setattr("mutual_aid_desk.app.DeskApp.build_window", lambda self: (_ for _ in ()).throw(DatabaseBusy("The station file is busy: another window is saving.")))
    said, exits = [], []
    monkeypatch.setattr("mutual_aid_desk.app.QMessageBox.critical", lambda *a: said.append(a[2]))
    app = QApplication.instance()
    monkeypatch.setattr(app, "exit", lambda code=0: exits.append(code))
    desk = make_desk(station.path)
    qtbot.addWidget(desk.show_startup())
    desk.start()
    assert exits == [DatabaseBusy.exit_code] and said == ["The station file is busy: another window is saving."]
    desk.station.close()
