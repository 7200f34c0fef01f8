"""The public notice (公示) of a vote's result.

The notice is posted in stairwells, so it shows no names: only counts, areas, building numbers
and, for in-home items, how many households opted in. It states the rule in force in words, the
dates, participation against eligibility, each item's result, and participation per building.
The headcount counts owners (法释〔2009〕7号 Art. 9), with the flats beside them ("612 人（对应
640 户）"), the rule for counting them in words, and the ballots accepted after the closing day (逾期).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from mutual_aid_desk.core.integrity import station_head
from mutual_aid_desk.core.owners import RULE_ZH
from mutual_aid_desk.core.tally import MATTER_SHORT, Amount, ItemResult, TallyResult, percent
from mutual_aid_desk.core.values import format_area, format_m2
from mutual_aid_desk.core.vote_plan import STATE_WORDS, vote_state
from mutual_aid_desk.reports.document import StationDocument
from mutual_aid_desk.reports.styles import (
    content_width,
    fitted_title,
    grid_table,
    keep_with_next,
    para,
    signature_block,
)

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station

#: More groups than this passing an item are listed under its table: one tall row cannot split and
#: would leave the rest of a page blank.
LISTED_IN_ROW = 6
SCOPE_WORDS = {"compound": "全体", "building": "按楼栋", "unit": "按单元", "household": "按户，户内项目"}


def _heads(amount: Amount) -> str:
    """'612 人（对应 640 户）', or '402 人' where each of them holds one flat."""
    if amount.flats == amount.headcount:
        return f"{amount.headcount} 人"
    return f"{amount.headcount} 人（对应 {amount.flats} 户）"


def _share(part: Amount, whole: Amount) -> str:
    """'402 人（67.0%）\n32,926.79 m²（67.2%）'; '5 人（对应 7 户）（…%）' where owners hold several flats."""
    return (f"{_heads(part)}（{percent(part.headcount, whole.headcount)}%）\n"
            f"{format_area(part.area_centi, grouped=True)} m²（{percent(part.area_centi, whole.area_centi)}%）")


def _titled(item: ItemResult) -> str:
    """The item's title and whose answers decide it, unless the title says so already
    ("加装电梯（按单元决定）" is not followed by "（按单元）" again)."""
    words = SCOPE_WORDS[item.scope]
    if words.split("，")[0] in item.title:
        return item.title
    return f"{item.title}\n（{words}）"


def _outcome(passed: bool) -> str:
    return "通过" if passed else "未通过"


def _item_rows(item: ItemResult) -> list[list[Any]]:
    if item.scope == "household":
        opted = [g for g in item.groups if g.passed]
        answered = [g for g in item.groups if g.participated.headcount]
        return [[item.key, _titled(item),
                 f"{len(opted)} 户选择实施", f"参与 {len(answered)} 户", "", "各户自定"]]
    if item.scope in ("building", "unit"):
        passed = [g.group for g in item.groups if g.passed]
        label = "楼栋" if item.scope == "building" else "单元"
        names = "、".join(passed) if passed else "无"
        if len(passed) > LISTED_IN_ROW:  # listed under the table, where a long list can run onto the next page
            names = f"{len(passed)} 个，见表下"
        return [[item.key, _titled(item),
                 f"通过的{label}：{names}", f"共 {len(item.groups)} 个{label}", "",
                 f"{len(passed)}/{len(item.groups)} 通过"]]
    g = item.groups[0]
    if g.options is None:
        if g.agree is None or g.disagree is None or g.abstain is None:
            raise ValueError(f"item {item.key} is counted as yes/no but has no yes/no counts")
        return [[item.key, item.title, _share(g.agree, g.participated), _share(g.disagree, g.participated),
                 _share(g.abstain, g.participated), _outcome(g.passed)]]
    winner = f"得票最多：{g.winner}" if g.winner else "无（票数相同或无人选择）"
    if len(g.options) > 4:
        # A long menu (up to 15 options and more): a row per option, so the table can break
        # across pages instead of one cell taller than a page.
        rows: list[list[Any]] = [[item.key if n == 0 else "", item.title if n == 0 else "",
                                  *(f"{label}：{_share(a, g.participated)}".split("\n")), "", ""]
                                 for n, (label, a) in enumerate(g.options.items())]
        rows.append(["", "", "", winner, _share(g.abstain, g.participated) if g.abstain else "",
                     _outcome(g.passed)])
        return rows
    lines = "\n".join(f"{label}：{_share(a, g.participated).replace(chr(10), '，')}" for label, a in g.options.items())
    return [[item.key, item.title, lines, winner, _share(g.abstain, g.participated) if g.abstain else "",
             _outcome(g.passed)]]


def notice_story(result: TallyResult, *, opens: date | None, closes: date | None, on: date) -> list[Flowable]:
    width = content_width(landscape=True)
    c = result.compound
    rule = result.rule
    story: list[Flowable] = [
        fitted_title(f"{result.title} 表决结果公示", width),
        para(f"事项类别：{MATTER_SHORT['zh'][rule.matter]}。表决规则：{rule.describe('zh')}"),
        para(f"征询时间：{opens or '—'} 至 {closes or '—'}　　"
             f"状态：{STATE_WORDS[vote_state(result.status, closes, on)]}"),
        para(f"计票规则：{RULE_ZH}。"),
        *keep_with_next([para("一、参与表决情况", "heading")], grid_table(["", "业主人数（对应户数）", "专有部分面积（m²）"], [
            ["应参与（全部符合条件的业主）", f"{c.eligible.headcount} 人（对应 {c.eligible.flats} 户）", format_area(c.eligible.area_centi, grouped=True)],
            ["实际参与（交回表决票）", f"{c.participated.headcount} 人（对应 {c.participated.flats} 户）"
             f"（{percent(c.participated.headcount, c.eligible.headcount)}%）",
             f"{format_area(c.participated.area_centi, grouped=True)}（{percent(c.participated.area_centi, c.eligible.area_centi)}%）"],
        ], [width * 0.4, width * 0.3, width * 0.3]), width),
        Spacer(1, 2 * mm),
        para(f"参与门槛：{'已达到' if c.met else '未达到'}。{result.counter('zh')}。"),
        para(f"应参与户中含空置 {c.vacant} 户、联系不上 {c.unreachable} 户，均计入基数"
             + (f"；{c.missing_area} 户无登记面积，按 0 计" if c.missing_area else "") + "。"
             + (f"截止日后交回、经负责人登记理由后接受的逾期选票 {result.late} 张，已计入。" if result.late
                else "无逾期选票。")),
    ]
    widths = [width * 0.06, width * 0.18, width * 0.24, width * 0.2, width * 0.2, width * 0.12]
    headings: list[Flowable] = [para("二、各事项表决结果（比例以参与表决的业主人数和面积为基数）", "heading")]
    for section in dict.fromkeys(i.section for i in result.items):
        rows = [r for i in result.items if i.section == section for r in _item_rows(i)]
        table = grid_table(["编号", "事项", "同意 / 选项", "不同意 / 结果", "弃权", "是否通过"], rows, widths,
                           font="cell_small")
        story += keep_with_next([*headings, para(section, "body", spaceBefore=2 * mm)], table, width)
        headings = []
        for item in result.items:
            passed = [g.group for g in item.groups if g.passed]
            if item.section == section and item.scope in ("building", "unit") and len(passed) > LISTED_IN_ROW:
                label = "楼栋" if item.scope == "building" else "单元"
                story.append(para(f"{item.key} {item.title}　通过的{label}（{len(passed)} 个）：{'、'.join(passed)}",
                                  "small", spaceBefore=1 * mm))
    b_rows = [[b.group, f"{b.participated.headcount}/{b.eligible.headcount}"
               + ("" if b.eligible.flats == b.eligible.headcount else
                  f"\n（对应 {b.participated.flats}/{b.eligible.flats} 户）"),
               f"{percent(b.participated.headcount, b.eligible.headcount)}%",
               f"{format_m2(b.participated.area_centi)}/{format_m2(b.eligible.area_centi)}",
               f"{percent(b.participated.area_centi, b.eligible.area_centi)}%", "是" if b.met else "否"]
              for b in result.buildings]
    story += keep_with_next([para("三、各楼栋参与情况", "heading")], grid_table(
        ["楼栋", "参与人数/应参与", "人数比例", "参与面积/应参与（m²）", "面积比例", "达到门槛"], b_rows,
        [width * 0.1, width * 0.2, width * 0.13, width * 0.3, width * 0.13, width * 0.14]), width)
    story.append(Spacer(1, 4 * mm))
    story.append(para(f"以上结果自公示之日起张贴，如有异议请向互助站提出。公示日期：{on:%Y年%m月%d日}"))
    story.append(signature_block("负责人（签字）：", "日期："))
    return story


class VoteNotice(StationDocument):
    """The 公示 of a vote's current result; no names appear in it."""

    kind: ClassVar[str] = "vote-notice"
    landscape = True

    def __init__(self, station: Station, vote_id: int, *, on: date | None = None) -> None:
        super().__init__(station, on=on)
        self.vote_id = vote_id

    def story(self) -> list[Flowable]:
        plan = self.station.votes.plan(self.vote_id)
        result = self.station.votes.tally(self.vote_id)
        self.titled(f"{plan.title} 表决结果公示")
        head = station_head(self.station)  # posted with the result: a later copy of the file is checked against it
        return [*notice_story(result, opens=plan.opens, closes=plan.closes, on=self.on), para(head.text_zh(), "small")]
