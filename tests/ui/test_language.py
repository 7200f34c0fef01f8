"""The Chinese window speaks Chinese: no English word on any page or dialog, with demo data showing.

Walks every page of the main window's list and every dialog in zh_CN on a station with work on
every page, and reads what a volunteer reads: labels, buttons, group boxes, tabs, table headings
and visible cells, combo box items, placeholders, menus. A Latin word outside a short list
(PDF, Excel, PIN, Ctrl …) fails, naming the page, the widget and the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from layout_support import build_busy_demo
from mutual_aid_desk.core.audit import AuditQuery
from mutual_aid_desk.ui.main_window import MainWindow
from mutual_aid_desk.ui.models.audit import details_text
from mutual_aid_desk.ui.pages import page_classes
from mutual_aid_desk.ui.pages.notices import from_screen, to_screen
from screen_check import latin_problems, latin_words
from screens import DIALOG_NAMES, display, main_window, open_copy, open_dialog, settle

PAGES = [cls.__name__ for cls in page_classes()]


@pytest.fixture(scope="module")
def window(tmp_path_factory: pytest.TempPathFactory, qapp: QApplication) -> Iterator[MainWindow]:
    """The main window in Chinese at 100 % on a station with work on every page."""
    folder = tmp_path_factory.mktemp("language")
    source = folder / "source.sqlite3"
    build_busy_demo(source).close()
    with display(100):
        station = open_copy(source, folder / "open")
        win = main_window(station, folder)
        win.folder = folder
        yield win
        win.close()
        win.deleteLater()
        station.close()


@pytest.mark.parametrize("page", PAGES)
def test_every_page_speaks_chinese(window: MainWindow, page: str) -> None:
    window.navigation.setCurrentRow(PAGES.index(page))
    settle(window)
    problems = latin_problems(window, page)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", DIALOG_NAMES)
def test_every_dialog_speaks_chinese(window: MainWindow, name: str) -> None:
    dialog = open_dialog(name, window.station, window, window.folder)
    try:
        problems = latin_problems(dialog, name)
        assert not problems, "\n".join(problems)
    finally:
        dialog.close()
        dialog.deleteLater()


def test_a_refused_drive_names_its_fields_in_chinese(window: MainWindow) -> None:
    """The new-drive dialog once said "title: …", "cost: …"."""
    dialog = open_dialog("DriveDialog", window.station, window, window.folder)
    try:
        dialog.create_button.click()
        settle(dialog)
        assert dialog.summary.text(), "an empty drive was not refused"
        problems = latin_problems(dialog, "DriveDialog (refused)")
        assert not problems, "\n".join(problems)
    finally:
        dialog.close()
        dialog.deleteLater()


def test_every_audit_entry_reads_in_chinese(window: MainWindow) -> None:
    """Field names and stored codes of every entry (payments, reversals, exemptions, visits, ballots …)."""
    rows = window.station.audit.rows(AuditQuery(), offset=0, limit=5000)
    kinds = {(r.entity, r.action) for r in rows}
    assert len(kinds) >= 12, kinds  # the fixture made many kinds of entry, not just households
    problems = [f"{r.entity}/{r.action}: {', '.join(words)} in {details_text(r)!r}"
                for r in rows if (words := latin_words(details_text(r)))]
    assert not problems, "\n".join(problems[:20])


def test_the_audit_page_shows_one_line_per_entry_and_the_chosen_one_whole(window: MainWindow) -> None:
    page = window.page("AuditPage")
    window.show_page(page)
    settle(window)
    table = page.table
    first = table.model().index(0, 4)
    assert "\n" not in table.model().data(first)
    table.selectRow(0)
    settle(window)
    assert page.details.toPlainText().count("\n") >= 2  # every changed field on its own line
    shown = table.viewport().height() // table.verticalHeader().defaultSectionSize()
    assert shown >= 5


def test_notice_placeholders_show_in_chinese_and_are_stored_as_keys() -> None:
    assert to_screen("{title}\n{body}\n{{不是占位符}}\n{自定义}") == "{标题}\n{正文}\n{{不是占位符}}\n{自定义}"
    assert from_screen("{标题}{ 落款日期 }{{标题}}") == "{title}{date}{{标题}}"
    assert re.search(r"[A-Za-z]", to_screen("{station}{date}{phone}{community}{street}{compound}")) is None


def test_the_check_finds_an_english_word(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    layout.addWidget(QLabel("状态: open"))
    layout.addWidget(QPushButton("导出到 Excel… (Ctrl+E)"))
    top.show()
    settle(top)
    problems = latin_problems(top, "probe")
    assert len(problems) == 1 and "open" in problems[0] and "QLabel" in problems[0]
