"""Ballot entry for owners of several flats, a 15-option item keyed by keyboard alone, the late
ballot a coordinator accepts, and the ballot import preview, driven through their real widgets.

The key flow sends each key to whatever widget has focus, as a volunteer at the keyboard would;
it runs offscreen or in a real X server (xvfb-run) alike.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from mutual_aid_desk.core.households import HouseholdInput
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.tabular import write_table
from mutual_aid_desk.ui.dialogs.ballot_entry import BallotEntryDialog, KeyError_, keys_to_answers
from mutual_aid_desk.ui.dialogs.import_preview import BallotImportDialog

COLOURS = ["米黄", "浅灰", "砖红", "象牙白", "浅蓝", "浅绿", "淡粉", "银灰", "咖啡", "深灰", "天蓝", "湖绿", "橙黄", "藕荷",
           "乳白"]


def fifteen_plan(closes: date | None = None) -> dict:
    data = {"title": "外立面改造", "matter": "ordinary", "sections": [{"title": "公共区域", "items": [
        {"key": "A1", "title": "增设停车位", "kind": "yesno"},
        {"key": "A2", "title": "外墙颜色", "kind": "choice", "options": COLOURS},
        {"key": "A3", "title": "楼道窗户", "kind": "yesno"}]}]}
    if closes:
        data.update(opens=(closes - timedelta(days=30)).isoformat(), closes=closes.isoformat())
    return data


@pytest.fixture
def owners(station: Station) -> Station:
    for address, owner, owner_id in (("3-1-501", "", ""), ("3-1-502", "周投资", "INV"), ("3-1-601", "周投资", "INV"),
                                     ("3-1-602", "", "")):
        station.households.create(HouseholdInput(address=address, owner=owner, owner_id=owner_id, area="90"))
    return station


def press(qtbot, keys: str) -> None:  # type: ignore[no-untyped-def]
    """Each key to the widget that has focus now."""
    for ch in keys:
        qtbot.keyClick(QApplication.focusWidget(), ch)


def enter(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_two_digits_past_nine() -> None:
    from mutual_aid_desk.core.vote_plan import ItemSpec

    items = [ItemSpec("A1", "a"), ItemSpec("A2", "b", "choice", options=COLOURS), ItemSpec("A3", "c")]
    assert keys_to_answers(items, "1142") == ({"A1": (1,), "A2": (14,), "A3": (2,)}, 3)
    assert keys_to_answers(items, "1071") == ({"A1": (1,), "A2": (7,), "A3": (1,)}, 3)
    assert keys_to_answers(items, "11") == ({"A1": (1,)}, 1)  # the first digit waits for the second
    assert keys_to_answers(items, "1003") == ({"A1": (1,), "A2": (), "A3": (3,)}, 3)  # 00 leaves it blank
    for bad in ("116", "12", "1191"):  # 16 and 19 are no option, 2x neither
        with pytest.raises(KeyError_):
            keys_to_answers(items, bad)


def test_a_15_option_item_keyed_by_keyboard_alone_for_an_owner_of_two_flats(qtbot, owners: Station) -> None:
    vote = owners.votes.create(fifteen_plan())
    dialog = BallotEntryDialog(owners, vote)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.address)
    assert "01 米黄" in dialog.findChild(type(dialog.counter), "hint_A2").text()
    assert "15 乳白" in dialog.findChild(type(dialog.counter), "hint_A2").text()

    press(qtbot, "3-1-502")
    enter(qtbot)
    assert QApplication.focusWidget() is dialog.keys
    assert "3-1-601" in dialog.household.text() and "no ballot yet" in dialog.household.text()
    press(qtbot, "1")
    press(qtbot, "1")  # the first digit of option 14: waiting for the second
    assert dialog.answer_labels[1].text() == "→"
    press(qtbot, "4")
    assert dialog.answer_labels[1].text() == "藕荷"
    press(qtbot, "2")
    enter(qtbot)
    assert dialog.last_result.outcome == "created" and dialog.last_result.also_for == ("3-1-601",)
    assert "3-1-601" in dialog.status.text()
    assert QApplication.focusWidget() is dialog.address
    assert owners.votes.ballot(vote, owners.households.find("3-1-601").id).answers == {
        "A1": (1,), "A2": (14,), "A3": (2,)}

    # The same owner through the other flat: the earlier ballot is shown and amended.
    press(qtbot, "3-1-601")
    enter(qtbot)
    assert "3-1-502" in dialog.household.text() and "already has a ballot" in dialog.household.text()
    press(qtbot, "2" + "07" + "1")
    enter(qtbot)
    assert dialog.last_result.outcome == "amended" and dialog.last_result.revision == 2
    assert owners.votes.ballot_count(vote) == 1
    assert dialog.counter.text().startswith("Participation 1/3 owners (33.3 %; 2/4 flats)")


def test_a_late_ballot_is_refused_naming_the_day_and_a_coordinator_accepts_it(qtbot, owners: Station,
                                                                              monkeypatch) -> None:
    closes = date.today() - timedelta(days=5)
    vote = owners.votes.create(fifteen_plan(closes))
    dialog = BallotEntryDialog(owners, vote)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.address.setText("3-1-501")
    dialog.choose_household()
    dialog.keys.setText("1" + "03" + "1")
    dialog.save()
    assert closes.isoformat() in dialog.status.text()
    assert dialog.accept_late.isVisibleTo(dialog)  # the signed-in coordinator may accept it
    assert owners.votes.ballot_count(vote) == 0
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("病后补交", True)))
    dialog.accept_late.click()
    assert dialog.last_result.late and owners.votes.tally(vote).late == 1
    # A paper dated on the closing day goes in as usual.
    dialog.address.setText("3-1-602")
    dialog.choose_household()
    dialog.cast_on.setDate(QDate(closes.year, closes.month, closes.day))
    dialog.keys.setText("2" + "15" + "2")
    dialog.save()
    assert dialog.last_result.outcome == "created" and not dialog.last_result.late


def test_the_ballot_import_preview_lists_rows_and_refuses_a_bad_file_whole(qtbot, owners: Station,
                                                                           tmp_path: Path) -> None:
    vote = owners.votes.create(fifteen_plan())
    owners.votes.submit(vote, "3-1-501", {"A1": "同意", "A2": "米黄", "A3": "同意"})
    bad = tmp_path / "bad.csv"
    write_table(bad, ("地址", "A1", "A2", "A3"), [("3-1-501", "同意", "米黄", "同意"), ("3-1-502", "同意", "乳白", "弃权"),
                                              ("3-1-601", "同意", "浅灰", "同意"), ("3-1-602", "好", "浅灰", "同意")])
    dialog = BallotImportDialog(owners, vote, bad)
    qtbot.addWidget(dialog)
    dialog.load()
    assert not dialog.import_button.isEnabled()
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["Refused (2)", "Added (1)", "Amended (0)", "Unchanged (1)"]
    refused = dialog.tabs.widget(0)
    cells = [[refused.item(r, c).text() for c in range(4)] for r in range(refused.rowCount())]
    assert cells[0][:3] == ["4", "地址", "3-1-601"] and "same owner as row 3" in cells[0][3]
    assert cells[1][:3] == ["5", "A1", "好"]
    added = dialog.tabs.widget(1)
    assert added.item(0, 1).text() == "3-1-502" and added.item(0, 2).text() == "3-1-601"
    assert owners.votes.ballot_count(vote) == 1  # nothing written

    good = tmp_path / "good.csv"
    write_table(good, ("地址", "A1", "A2", "A3"), [("3-1-501", "不同意", "米黄", "同意"), ("3-1-601", "同意", "乳白", "弃权")])
    dialog = BallotImportDialog(owners, vote, good)
    qtbot.addWidget(dialog)
    dialog.load()
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert owners.votes.ballot_count(vote) == 2
    assert owners.votes.ballot(vote, owners.households.find("3-1-502").id).answers["A2"] == (15,)


def test_the_household_form_and_list_take_the_owner(qtbot, owners: Station) -> None:
    from mutual_aid_desk.ui.dialogs.household_form import HouseholdForm
    from mutual_aid_desk.ui.pages.households import HouseholdsPage

    row = owners.households.find("3-1-501")
    form = HouseholdForm(owners, row)
    qtbot.addWidget(form)
    form.owner.setText("周投资")
    form.owner_id.setText("inv")  # the same number, typed in lower case
    form._on_save()
    assert owners.households.find("3-1-501").owner_id == "INV"
    form = HouseholdForm(owners, owners.households.find("3-1-602"))
    qtbot.addWidget(form)
    form.owner_id.setText("X" * 41)
    form._on_save()
    assert form._errors["owner_id"].text()  # the problem is said under the field
    page = HouseholdsPage(owners)
    qtbot.addWidget(page)
    page.several_flats.setChecked(True)
    assert page.model.rowCount() == 3
    page.table.selectRow(0)
    assert "3-1-502" in page.detail.fields["owner"].text() and "3" in page.detail.fields["owner"].text()
