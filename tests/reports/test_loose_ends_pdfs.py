"""Issue 13's printouts, read back as a resident would read them (pypdf text)."""

from __future__ import annotations

import io
from datetime import date

import pypdf
import pytest
from reportlab.platypus import Flowable

from mutual_aid_desk.core.funds import DriveInput, PaymentInput
from mutual_aid_desk.core.households import HouseholdInput
from mutual_aid_desk.core.meetings import MeetingInput
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.reports.document import Document
from mutual_aid_desk.reports.fund_notice import FundNotice
from mutual_aid_desk.reports.meeting_notice import MeetingNotice
from mutual_aid_desk.reports.notice import Notice
from mutual_aid_desk.reports.styles import CANNOT_END, CANNOT_START, para
from mutual_aid_desk.reports.vote_notice import VoteNotice
from vote_support import plan

ON = date(2026, 11, 30)


class OneParagraph(Document):
    """A page with one paragraph of body text, as wide as the margins leave."""

    kind = "test"

    def __init__(self, text: str, size: float, *, margin: float) -> None:
        super().__init__(on=ON)
        self.text, self.font_size, self.margin = text, size, margin
        self.station_name = "测试互助站"

    def story(self) -> list[Flowable]:
        return [para(self.text, "body", fontSize=self.font_size)]


def pages(data: bytes) -> list[list[str]]:
    """Each page's lines, without the footer (station, print date, page x of y)."""
    out = []
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        out.append([line for line in lines if "打印日期" not in line and not line.startswith("第 ")])
    return out


def bad_breaks(lines: list[str]) -> list[str]:
    return [line for line in lines if line[0] in CANNOT_START or line[-1] in CANNOT_END]


# --- Chinese line breaking ------------------------------------------------------------------------


def test_no_line_starts_with_closing_or_ends_with_opening_punctuation() -> None:
    text = ("802 户中 315 户已缴清，487 户未缴清（空置 27 户，联系不上 22 户，出租 55 户，自住 383 户）。"
            "已收居民缴款 7,000.00 元，尚欠 6,992.27 元；如有疑问（含收据遗失），请到互助站。")
    from reportlab.lib.units import mm

    problems = []
    for width_mm in range(60, 181, 3):
        data = OneParagraph(text, 14, margin=(210 - width_mm) / 2 * mm).render()
        for lines in pages(data):
            problems += [f"{width_mm} mm: {line}" for line in bad_breaks(lines)]
    assert problems == []


def test_a_paragraph_does_not_end_in_a_lone_character() -> None:
    from reportlab.lib.units import mm

    sentence = "本人不能到场的，可委托家人代为参加并在签到表“委托代签”一栏签名。"
    for width_mm in range(80, 181, 2):
        data = OneParagraph(sentence, 16, margin=(210 - width_mm) / 2 * mm).render()
        (lines,) = pages(data)
        assert len(lines) == 1 or len(lines[-1]) >= 3, (width_mm, lines)


# --- the vote notice ------------------------------------------------------------------------------


@pytest.fixture
def many_units(station: Station) -> Station:
    for b in range(1, 11):
        for u in (1, 2):
            station.households.create(HouseholdInput(address=f"{b}-{u}-101", head="张一明", area="80",
                                                     phone="13812345678"))
    return station


def test_vote_notice_keeps_rows_short_headings_with_tables_and_says_the_scope_once(many_units: Station) -> None:
    data = plan()
    data["sections"][0]["items"][2]["title"] = "加装电梯（按单元决定）"
    vote = many_units.votes.create(data)
    for b in range(1, 11):
        for u in (1, 2):
            many_units.votes.submit(vote, f"{b}-{u}-101", {"A1": "同意", "A2": "浅灰", "A3": "同意", "A4": "同意"})
    text = pages(VoteNotice(many_units, vote, on=ON).render())
    flat = "".join("".join(p) for p in text).replace(" ", "")
    assert "加装电梯（按单元决定）" in flat and "（按单元）" not in flat
    assert "楼道窗户（按楼栋）" in flat  # a title without its scope still gets it
    # 20 units passed: the row says how many, the list runs under the table where it can split.
    assert "通过的单元：20个，见表下" in flat
    assert "A3加装电梯（按单元决定）通过的单元（20个）：1-1、1-2、2-1" in flat
    # Page 1 ends with a row of the item table (nothing tall was pushed over, leaving it half empty).
    assert "A1" in "".join(text[0]) and text[0][-1] == "通过"
    headings = {"公共区域改哪里", "室内改哪些项目", "施工管理如何完善", "三、各楼栋参与情况", "一、参与表决情况",
                "二、各事项表决结果（比例以参与表决的户数和面积为基数）"}
    for n, lines in enumerate(text[:-1]):
        assert lines[-1] not in headings, f"page {n + 1} ends with the heading {lines[-1]!r}"


# --- the meeting notice and template --------------------------------------------------------------


def test_meeting_notice_ends_with_station_and_date_and_no_lone_characters(station: Station) -> None:
    station.households.create(HouseholdInput(address="1-1-101", head="张一明"))
    station.settings.update(phone="021-62345678")
    m = station.meetings.create(MeetingInput("改造方案征询会", "2026-12-03", "19:00", "活动室", "1", "", ["介绍方案"], "", None))
    (lines,) = pages(MeetingNotice(station, m.id, on=ON).render())
    assert lines[-2:] == ["测试互助站", "2026年11月30日"]
    assert "联系电话：021-62345678" in lines
    labels = {"时间", "地点", "参加", "议程"}  # the facts table's labels
    assert not [line for line in lines if len(line) <= 2 and line not in labels]  # no "名。" alone on a line
    assert bad_breaks(lines) == []
    # The template printed as a general notice also carries the station and the date at its foot.
    values = {"meeting_date": "12月3日", "time": "19:00", "place": "活动室", "invited": "1号楼"}
    (lines,) = pages(Notice(station, "meeting", values, on=ON).render())
    assert lines[-2:] == ["测试互助站", "2026年11月30日"]
    assert not [line for line in lines if len(line) <= 2]


def test_a_notice_without_the_station_phone_prints_without_that_line(station: Station) -> None:
    (lines,) = pages(Notice(station, "reminder", {"body": "明天降温，请注意保暖。"}, on=ON).render())
    flat = "".join(lines)
    assert "明天降温" in flat and "电话" not in flat and "{" not in flat


# --- the final 公示 of a closed drive --------------------------------------------------------------


def test_a_closed_drives_notice_says_closed_with_the_balance_and_its_fate(station: Station) -> None:
    for a in ("1-1-101", "1-1-102"):
        station.households.create(HouseholdInput(address=a, head="张一明"))
    drive = station.funds.create(DriveInput(title="楼道窗户更换", cost="200", split="equal"))
    station.funds.fix_split(drive)
    station.funds.pay(drive, PaymentInput("1-1-101", "100", "cash"))
    station.funds.close(drive, "结余留作楼道维修")
    flat = "".join("".join(p) for p in pages(FundNotice(station, drive, on=ON).render())).replace(" ", "")
    assert "楼道窗户更换众筹收支公示（结项）" in flat
    assert "不再收款" in flat and "最终结余100.00元，处理方式：结余留作楼道维修。" in flat


def test_ballots_do_not_repeat_a_scope_the_title_already_names(many_units: Station) -> None:
    from mutual_aid_desk.reports.ballots import PaperBallots

    data = plan()
    data["sections"][0]["items"][2]["title"] = "加装电梯（按单元决定）"
    vote = many_units.votes.create(data)
    ids = many_units.households.address_index()
    flat = "".join("".join(p) for p in pages(PaperBallots(many_units, vote, [ids["1-1-101"]]).render())).replace(" ", "")
    assert "加装电梯（按单元决定）" in flat and "本单元决定" not in flat
    assert "楼道窗户（本楼栋决定）" in flat
