"""Every page and dialog fits a 1366×768 screen at 100 %, 125 % and 150 % text.

Nothing is cut off by its window or pushed out sideways in a scroll area, no button or label
shortens its text, every table shows five rows, and the side list shows every page. The pages are
those of the main window's list, so a page added later is checked too. It runs offscreen: layout
needs no focus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from layout_support import build_busy_demo
from mutual_aid_desk.ui.pages import page_classes
from screen_check import layout_problems
from screens import DIALOG_NAMES, SCALES, SCREEN, display, main_window, open_copy, open_dialog, settle

PAGES = [cls.__name__ for cls in page_classes()]


@pytest.fixture(scope="module")
def busy_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One station with work on every page, built once for the module; each scale opens a copy."""
    path = tmp_path_factory.mktemp("busy") / "station.sqlite3"
    build_busy_demo(path).close()
    return path


@pytest.fixture(scope="module", params=SCALES, ids=[f"{s}%" for s in SCALES])
def window(request: pytest.FixtureRequest, busy_file: Path, tmp_path_factory: pytest.TempPathFactory, qapp):  # type: ignore[no-untyped-def]
    """The main window in Chinese at one text size, 1366×768, on a copy of the busy station."""
    folder = tmp_path_factory.mktemp(f"scale{request.param}")
    with display(request.param):
        station = open_copy(busy_file, folder)
        win = main_window(station, folder)
        win.scale = request.param
        win.folder = folder
        yield win
        win.close()
        win.deleteLater()
        station.close()


def test_the_pages_checked_are_those_of_the_window(window) -> None:  # type: ignore[no-untyped-def]
    """The list above is the window's own: a page added to the window is a page checked here."""
    assert [cls.__name__ for cls in window.page_types] == PAGES
    assert window.navigation.count() == len(PAGES)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_fits_the_screen(window, page: str) -> None:  # type: ignore[no-untyped-def]
    row = PAGES.index(page)
    window.navigation.setCurrentRow(row)
    settle(window)
    assert window.size() == SCREEN.size(), f"the window cannot be as small as 1366×768: {window.size()}"
    problems = layout_problems(window, f"{window.scale} % {page}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", DIALOG_NAMES)
def test_every_dialog_fits_the_screen(window, name: str) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(name, window.station, window, window.folder)
    try:
        where = f"{window.scale} % {name}"
        problems = layout_problems(dialog, where)
        # (Its title bar and the taskbar take some 40 pixels of the screen's height.)
        if dialog.width() > SCREEN.width() or dialog.height() > SCREEN.height() - 40:
            problems.append(f"{where}: the dialog is {dialog.width()}×{dialog.height()}, too big for the screen")
        assert not problems, "\n".join(problems)
    finally:
        dialog.close()
        dialog.deleteLater()


def test_the_checks_see_a_cut_button_and_a_short_table(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The checks themselves: a button narrower than its text, a table of two rows, a control off the edge."""
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QListView, QPushButton, QWidget

    top = QWidget()
    qtbot.addWidget(top)
    top.resize(300, 200)
    button = QPushButton("一个很长很长很长的按钮文字", top)
    button.setGeometry(10, 10, 60, 40)
    off = QPushButton("出界", top)
    off.setGeometry(280, 60, 80, 40)
    view = QListView(top)
    view.setModel(QStringListModel([str(n) for n in range(20)], view))
    view.setGeometry(10, 110, 200, 60)
    top.show()
    settle(top)
    problems = "\n".join(layout_problems(top, "probe"))
    assert "一个很长很长很长的按钮文字" in problems and "does not fit its text" in problems
    assert "'出界' is cut off by the window" in problems
    assert "QListView shows" in problems
