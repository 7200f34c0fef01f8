"""The votes page and the fast ballot entry, driven through their real widgets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from mutual_aid_desk.core.station import Station
from mutual_aid_desk.ui.dialogs.ballot_entry import BallotEntryDialog, KeyError_, keys_to_answers
from mutual_aid_desk.ui.dialogs.vote_plan import PlanDialog
from mutual_aid_desk.ui.models.votes import (
    BuildingModel,
    HoldoutModel,
    ItemResultModel,
    MismatchModel,
    PlanItemsModel,
    VoteListModel,
)
from mutual_aid_desk.ui.pages.votes import VotesPage
from vote_support import add_households, plan


@pytest.fixture
def vote(station: Station) -> int:
    add_households(station)
    return station.votes.create(plan())


class KeyCounter:
    """Sends keys to widgets one at a time, counting each, as a volunteer would press them."""

    def __init__(self, qtbot):  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.count = 0

    def type(self, widget, text: str) -> None:  # type: ignore[no-untyped-def]
        for ch in text:
            self.qtbot.keyClick(widget, ch)
            self.count += 1

    def enter(self, widget) -> None:  # type: ignore[no-untyped-def]
        self.qtbot.keyClick(widget, Qt.Key.Key_Return)
        self.count += 1


def test_keys_to_answers() -> None:
    from mutual_aid_desk.core.vote_plan import ItemSpec

    items = [ItemSpec("A1", "a"), ItemSpec("A2", "b", "choice", options=["x", "y"]),
             ItemSpec("C1", "c", "multi", options=["p", "q", "r"], max_picks=2)]
    assert keys_to_answers(items, "12") == ({"A1": (1,), "A2": (2,)}, 2)
    assert keys_to_answers(items, "1231") == ({"A1": (1,), "A2": (2,), "C1": (1, 3)}, 3)
    assert keys_to_answers(items, "0230") == ({"A1": (), "A2": (2,), "C1": (3,)}, 3)
    from mutual_aid_desk.ui.dialogs.ballot_entry import answers_to_keys

    assert answers_to_keys(items, {"A2": (2,), "C1": (3,)}) == "0230"
    assert keys_to_answers(items, answers_to_keys(items, {"A1": (1,), "C1": (1, 2)}))[0] == {"A1": (1,), "A2": (), "C1": (1, 2)}
    for bad in ("4", "13", "12120"):
        with pytest.raises(KeyError_):
            keys_to_answers(items, bad)


def test_fast_entry_keystrokes_per_ballot_and_live_counters(qtbot, station: Station, vote: int) -> None:
    dialog = BallotEntryDialog(station, vote)
    qtbot.addWidget(dialog)
    dialog.show()
    keys = KeyCounter(qtbot)
    assert dialog.counter.text().startswith("Participation 0/8 owners")

    # Address, Enter, one key per item (the multiple-choice item takes its two picks), Enter.
    keys.type(dialog.address, "1-1-101")
    keys.enter(dialog.address)
    assert dialog.focusWidget() is dialog.keys
    assert "no ballot yet" in dialog.household.text()
    keys.type(dialog.keys, "1211112")
    assert dialog.answer_labels[0].text() == "同意" and dialog.answer_labels[1].text() == "浅灰"
    assert dialog.answer_labels[5].text() == "质量、噪音"
    keys.enter(dialog.keys)
    # 16 keystrokes: a 7-character address, Enter, five one-key items, two picks, Enter.
    assert keys.count == 7 + 1 + 7 + 1
    assert dialog.last_result.outcome == "created"
    assert dialog.counter.text().startswith("Participation 1/8 owners (12.5 %; 1/8 flats)")
    assert "5 more owners" in dialog.counter.text()
    assert dialog.address.text() == "" and dialog.focusWidget() is dialog.address

    # The next ballot straight away; 0 leaves the multiple-choice item blank.
    keys.count = 0
    keys.type(dialog.address, "2-101")
    keys.enter(dialog.address)
    keys.type(dialog.keys, "21223" + "0")
    keys.enter(dialog.keys)
    assert keys.count == 5 + 1 + 6 + 1
    assert station.votes.ballot_count(vote) == 2
    assert dialog.counter.text().startswith("Participation 2/8 owners")


def test_entry_refuses_a_wrong_key_and_an_unfinished_ballot(qtbot, station: Station, vote: int) -> None:
    dialog = BallotEntryDialog(station, vote)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.address, "1-1-102")
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.keys, "14")  # 4 is not an answer to A2 (two options)
    assert dialog.keys.text() == "1" and "'4' is not an answer" in dialog.status.text()
    qtbot.keyClick(dialog.keys, Qt.Key.Key_Return)
    assert "items still to answer" in dialog.status.text()
    assert station.votes.ballot_count(vote) == 0


def test_a_second_entry_amends_and_says_so(qtbot, station: Station, vote: int) -> None:
    station.votes.submit(vote, "1-1-101", {"A1": "同意"}, channel="会议")
    dialog = BallotEntryDialog(station, vote)
    qtbot.addWidget(dialog)
    dialog.channel.setCurrentIndex(dialog.channel.findData("door"))
    qtbot.keyClicks(dialog.address, "1-1-101")
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    assert "already has a ballot" in dialog.household.text() and "A1 同意" in dialog.household.text()
    assert dialog.keys.text() == "100000" and dialog.keys.selectedText() == "100000"  # typing replaces it
    qtbot.keyClicks(dialog.keys, "211110")
    qtbot.keyClick(dialog.keys, Qt.Key.Key_Return)
    assert dialog.last_result.outcome == "amended" and "version 2" in dialog.status.text()
    assert [h.channel for h in station.votes.history(vote, dialog.last_result.household_id)] == ["meeting", "door"]


def test_unknown_address_is_explained(qtbot, station: Station, vote: int) -> None:
    dialog = BallotEntryDialog(station, vote)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.address, "9-9-909")
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    assert "9-9-909" in dialog.household.text() and not dialog.keys.isEnabled()


def test_double_entry_lists_mismatches(qtbot, station: Station) -> None:
    add_households(station)
    vote = station.votes.create(plan(double_entry=True))
    station.volunteers.add("孙大爷", "volunteer")
    station.volunteers.sign_in("钱阿姨")
    station.votes.submit(vote, "1-1-101", {"A1": "同意"})
    station.volunteers.sign_in("孙大爷")
    dialog = BallotEntryDialog(station, vote)
    qtbot.addWidget(dialog)
    assert dialog.mismatch_view.isVisibleTo(dialog) and dialog.mode.text()
    qtbot.keyClicks(dialog.address, "1-1-101")
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.keys, "200000")
    qtbot.keyClick(dialog.keys, Qt.Key.Key_Return)
    assert dialog.last_result.outcome == "mismatch"
    assert dialog.mismatches.rowCount() == 1
    assert [dialog.mismatches.data(dialog.mismatches.index(0, c)) for c in range(4)] == ["1-1-101", "A1", "同意", "不同意"]
    assert dialog.counter.text().startswith("Participation 0/8")  # nothing counted until reconciled


def test_page_shows_results_buildings_and_holdouts(qtbot, station: Station, vote: int) -> None:
    for address in ("1-1-101", "1-1-102", "1-1-201", "1-2-101", "2-101", "2-103"):
        station.votes.submit(vote, address, {"A1": "同意", "A4": "同意"})
    page = VotesPage(station)
    qtbot.addWidget(page)
    page.refresh()
    assert page.votes.rowCount() == 1 and page.current_vote() == vote
    assert "at least 3/4" in page.rule.text()
    assert page.counter.text().startswith("participation 6/8 owners (75.0 %")
    assert "1 vacant and 1 unreachable" in page.base_note.text()
    rows = {page.items.data(page.items.index(r, 0)).split("\n")[0]: r for r in range(page.items.rowCount())}
    assert page.items.data(page.items.index(rows["A1"], 5)) == "Passed"
    assert page.items.data(page.items.index(rows["A4"], 5)) == "2 of 2 passed"
    assert page.buildings.rowCount() == 2
    assert [page.holdouts.data(page.holdouts.index(r, 0)) for r in range(page.holdouts.rowCount())] == ["1-2-102", "2-102"]
    requested = []
    page.household_requested.connect(requested.append)
    page.holdout_table.doubleClicked.emit(page.holdouts.index(0, 0))
    assert requested == [station.households.find("1-2-102").id]

    page.buttons["closeVote"].trigger()  # under 更多 (More)
    assert station.votes.plan(vote).status == "closed"
    assert not page.buttons["enterBallots"].isEnabled() and page.buttons["reopenVote"].isEnabled()
    assert "ballots locked" in page.heading.text()


def test_results_keep_room_for_five_items_at_large_text_on_a_small_screen(qtbot, station: Station, vote: int) -> None:
    """At 150 % text on a 1366×768 screen the rule's wording once squeezed the results to a sliver:
    the rule now has a tab of its own, and the title and the counter stay above five items."""
    from PySide6.QtWidgets import QApplication

    from mutual_aid_desk.ui.theme import apply_theme, load_font

    app = QApplication.instance()
    font, style = app.font(), app.styleSheet()
    apply_theme(app, load_font(), 150)
    try:
        page = VotesPage(station)
        qtbot.addWidget(page)
        page.resize(1140, 640)  # what the page gets in the window on that screen
        page.show()
        qtbot.wait(50)
        rows = page.item_table.verticalHeader().defaultSectionSize()
        assert page.item_table.viewport().height() >= 5 * rows
        assert page.heading.isVisible() and page.counter.isVisible()
        assert page.tabs.tabText(page.tabs.count() - 1) in ("Rule", "规则说明")
    finally:
        app.setFont(font)
        app.setStyleSheet(style)


def test_page_imports_ballots_and_a_plan_file(qtbot, station: Station, vote: int, tmp_path: Path) -> None:
    from mutual_aid_desk.core.tabular import write_table

    page = VotesPage(station)
    qtbot.addWidget(page)
    page.refresh()
    path = tmp_path / "b.csv"
    write_table(path, ("地址", "A1"), [("1-1-101", "同意"), ("1-1-102", "弃权")])
    assert page.import_ballots(path, confirm=False)
    assert page.votes.data(page.votes.index(0, 2)) == "2"
    plan_file = tmp_path / "p.json"
    plan_file.write_text(json.dumps(plan(title="第二个方案"), ensure_ascii=False), encoding="utf-8")
    new_id = page.load_plan(plan_file)
    assert page.current_vote() == new_id and "第二个方案" in page.heading.text()
    saved = page.save_plan(tmp_path / "shared.json")
    assert json.loads(saved.read_text(encoding="utf-8"))["title"] == "第二个方案"


def test_plan_dialog_creates_a_custom_vote(qtbot, station: Station) -> None:
    add_households(station)
    dialog = PlanDialog(station)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("楼道窗户众筹前征询")
    dialog.matter.setCurrentIndex(dialog.matter.findData("custom"))
    assert dialog.custom.isVisibleTo(dialog)
    dialog.bars["approval.headcount"].setText("85%")
    dialog.bars["approval.area"].setText("")
    dialog.strict["approval"].setChecked(True)
    dialog.buildings.setText("1")
    model = dialog.items
    model.setData(model.index(0, 2), "更换楼道窗户")
    model.setData(model.index(0, 4), "building")
    row = model.add_item()
    model.setData(model.index(row, 1), "a2")
    model.setData(model.index(row, 2), "颜色")
    model.setData(model.index(row, 3), "choice")
    model.setData(model.index(row, 5), "白/灰")
    qtbot.mouseClick(dialog.findChild(QPushButton, "planSave"), Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None, dialog.problems.text()
    spec = station.votes.plan(dialog.saved_id)
    assert spec.matter == "custom" and spec.buildings == ["1"]
    assert spec.rule.json()["approval"] == {"headcount": "17/20", "area": None, "strict": True}
    assert [(i.key, i.kind, i.scope, i.options) for i in spec.items] == [
        ("A1", "yesno", "building", []), ("A2", "choice", "compound", ["白", "灰"])]


def test_plan_dialog_shows_problems_and_keeps_the_form(qtbot, station: Station) -> None:
    dialog = PlanDialog(station)
    qtbot.addWidget(dialog)
    dialog.items.add_item()
    dialog.items.setData(dialog.items.index(1, 2), "颜色")
    dialog.items.setData(dialog.items.index(1, 3), "choice")
    dialog.save()  # no title, the first item without a title, a choice without options
    assert dialog.saved_id is None
    lines = dialog.problems.text().splitlines()
    assert "Title: this is needed" in lines
    assert "Item 1, Item: this is needed" in lines
    assert "Item 2, Options: a choice needs at least two different options" in lines


def test_models_pass_the_qt_model_tester(qtmodeltester, station: Station, vote: int) -> None:
    station.votes.submit(vote, "1-1-101", {"A1": "同意", "A2": "米黄", "C1": "质量"})
    result = station.votes.tally(vote)
    votes = VoteListModel()
    votes.set_rows(station.votes.list())
    items = ItemResultModel()
    items.set_items(result.items)
    buildings = BuildingModel()
    buildings.stage = result.rule.participation
    buildings.set_rows(result.buildings)
    holdouts = HoldoutModel()
    holdouts.set_rows(station.households.rows_by_ids(station.votes.holdouts(vote)))
    mismatches = MismatchModel()
    plan_items = PlanItemsModel()
    plan_items.set_items([(s.title, s.items) for s in station.votes.plan(vote).sections])
    for model in (votes, items, buildings, holdouts, mismatches, plan_items):
        qtmodeltester.check(model)


def test_notice_opens_in_the_preview(qtbot, station: Station, vote: int) -> None:
    from mutual_aid_desk.ui.dialogs.preview import open_previews

    station.votes.submit(vote, "1-1-101", {"A1": "同意"})
    page = VotesPage(station)
    qtbot.addWidget(page)
    before = len(open_previews())
    page.print_notice()
    qtbot.waitUntil(lambda: len(open_previews()) > before, timeout=20000)
    preview = open_previews()[-1]
    assert preview.page_count >= 1
    preview.close()
