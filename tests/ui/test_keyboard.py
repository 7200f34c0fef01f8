"""The keyboard contract in a real window: what a volunteer types, the row that lands in the database.

These run on a real X server (``xvfb-run``) with the main window shown and active, at 150 % text on
a 1366×768 screen, and send every key to whatever has the focus (``QApplication.focusWidget()``),
as a keyboard does: window-wide shortcuts, default buttons and focus moves all take part. They start
from the side list or its Ctrl+N and end at the row in the station file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy import select

from mutual_aid_desk.core.demo import DEMO_COORDINATOR, DEMO_PIN, build_demo
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.ui.i18n import install_translators, remove_translators
from mutual_aid_desk.ui.main_window import MainWindow
from mutual_aid_desk.ui.theme import apply_theme, load_font

pytestmark = pytest.mark.xserver

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


# --- a keyboard -----------------------------------------------------------------------------------


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key, to whatever has the focus now (shortcuts see it first, as with a real keyboard)."""
    QTest.keyClick(focus(), key, modifier)
    QApplication.processEvents()


def type_text(text: str) -> None:
    """ASCII typed key by key; Chinese committed by the input method (keyClicks would abort)."""
    for ch in text:
        if ch.isascii():
            QTest.keyClicks(focus(), ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(focus(), event)
        QApplication.processEvents()


def wait_for_focus(qtbot, predicate: Callable[[QWidget | None], bool], what: str) -> QWidget:
    qtbot.waitUntil(lambda: predicate(QApplication.focusWidget()), timeout=3000)
    return QApplication.focusWidget()


def active_dialog(qtbot) -> QDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget() or QApplication.activeWindow(), QDialog),
                    timeout=3000)
    return QApplication.activeModalWidget() or QApplication.activeWindow()


# --- the window -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo station built for the module; each test works on its own copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    build_demo(path).close()
    return path


@pytest.fixture
def desk(qtbot, demo_file: Path, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on a copy of the demo station, 150 % text, 1366×740, shown and active."""
    copy = tmp_path / "station.sqlite3"
    copy.write_bytes(demo_file.read_bytes())
    station = Station.open(copy)
    station.volunteers.sign_in(DEMO_COORDINATOR, DEMO_PIN)
    app = QApplication.instance()
    font, style = app.font(), app.styleSheet()
    translators = install_translators(app, "zh_CN")
    apply_theme(app, load_font(), 150)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(station, settings)
    qtbot.addWidget(window)
    window.setGeometry(0, 0, 1366, 740)
    window.show()
    window.raise_()
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    try:
        yield window
    finally:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        window.close()
        station.close()
        remove_translators(app, translators)
        app.setFont(font)
        app.setStyleSheet(style)


def fresh(window: MainWindow) -> Station:
    """A second connection to the window's file: what is really in the database."""
    return Station.open(window.station.path)


def scalar_rows(window: MainWindow, statement) -> list:  # type: ignore[no-untyped-def]
    with window.station.read() as s:
        return list(s.connection().execute(statement).all())


# --- pages: Ctrl+0 … Ctrl+8, and a click in the side list -------------------------------------------


PAGE_KEYS = [(Key.Key_0, "HomePage"), (Key.Key_1, "HouseholdsPage"), (Key.Key_2, "VisitsPage"),
             (Key.Key_3, "DuePage"), (Key.Key_4, "ConsultationsPage"), (Key.Key_5, "VotesPage"),
             (Key.Key_6, "FundsPage"), (Key.Key_7, "MeetingsPage"), (Key.Key_8, "NoticesPage")]


def test_ctrl_digit_opens_each_page_with_the_cursor_in_its_first_field(qtbot, desk: MainWindow) -> None:
    for key, name in PAGE_KEYS:
        press(key, CTRL)
        page = desk.page(name)
        assert desk.navigation.currentRow() == desk.page_types.index(type(page)), name
        assert page.isVisible(), name
        qtbot.waitUntil(lambda p=page: p.isAncestorOf(QApplication.focusWidget()), timeout=3000)
        assert focus() is page.first_field(), f"{name}: the cursor is in {focus().objectName()}"
        assert desk.navigation.item(desk.page_types.index(type(page))).data(Qt.ItemDataRole.UserRole + 1) == \
            f"Ctrl+{key.value - Key.Key_0.value}"


def test_a_click_in_the_side_list_puts_the_cursor_in_the_page(qtbot, desk: MainWindow) -> None:
    row = desk.page_types.index(type(desk.page("VisitsPage")))
    rect = desk.navigation.visualItemRect(desk.navigation.item(row))
    QTest.mouseClick(desk.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = desk.page("VisitsPage")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.address, timeout=3000)
    type_text("5-2-301")
    assert page.address.text() == "5-2-301"


# --- 走访: address, Enter, one digit, Enter ------------------------------------------------------------


def test_evening_entry_records_visit_after_visit_and_enter_never_leaves(qtbot, desk: MainWindow) -> None:
    from mutual_aid_desk.db.tables import Visit

    before = desk.station.visits.count()
    press(Key.Key_2, CTRL)
    page = desk.page("VisitsPage")
    page.table.selectRow(0)  # a selected row of the list once made Enter jump to 住户
    wait_for_focus(qtbot, lambda w: w is page.address, "address")
    for address, digit, outcome in (("5-2-301", "2", "not_home"), ("5-2-302", "1", "met"), ("1-1-101", "4", "done")):
        type_text(address)
        press(Key.Key_Return)
        assert focus() is page.outcome, "Enter in the address goes on to the outcome"
        type_text(digit)
        assert page.address.text() == address, "the digit chose the outcome, it did not land in the address"
        press(Key.Key_Return)
        assert focus() is page.address and page.address.text() == "", "ready for the next door"
        assert desk.pages.currentWidget().widget() is page, "Enter never leaves the page"
        c = Visit.__table__.c
        rows = scalar_rows(desk, select(c.outcome).where(c.id == select(c.id).order_by(c.id.desc()).limit(1).scalar_subquery()))
        assert rows == [(outcome,)]
    assert desk.station.visits.count() == before + 3
    visits = desk.station.visits.list(household_id=desk.station.households.find("5-2-301").id)
    assert visits[0].outcome == "not_home"
