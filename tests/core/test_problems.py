"""The problem ledger, stairwell sheets and night patrols, as a station uses them.

The Done-when scenario runs end to end on the demo station: every stairwell's sheet prints, comes
back as a file with a few problem days, imports all or nothing, and the report's counts match.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from mutual_aid_desk.core.households import HouseholdInput
from mutual_aid_desk.core.patrols import FindingInput, PatrolInput
from mutual_aid_desk.core.problems import ProblemInput
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.timeline import household_timeline
from mutual_aid_desk.core.visits import VisitInput
from mutual_aid_desk.errors import PermissionDenied, ValidationError
from mutual_aid_desk.reports.patrol_rota import PatrolRota
from mutual_aid_desk.reports.problems_notice import ProblemsNotice
from mutual_aid_desk.reports.stairwell_report import StairwellReport
from mutual_aid_desk.reports.stairwell_sheets import StairwellSheets

MONTH = "2026-10"  # the demo has November's sheets; the scenario keys October's


def pdf_text(data: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]


@pytest.fixture
def homes(station: Station) -> Station:
    for a, head in (("5-2-301", "张晓明"), ("5-2-302", "欧阳娜娜"), ("5-1-101", "李四"), ("12-502", "王五")):
        station.households.create(HouseholdInput(address=a, head=head, phone="13812341234"))
    station.settings.update(phone="021-62345678")
    return station


# --- the ledger ------------------------------------------------------------------------------------


def test_where_is_a_household_a_stairwell_a_building_or_a_place(homes: Station) -> None:
    p = homes.problems
    assert p.parse_where("5-2-301").kind == "household"
    assert (p.parse_where("5-2").kind, p.parse_where("5号楼2单元").text) == ("stairwell", "5-2")
    assert p.parse_where("5").kind == "building"
    assert p.parse_where("12").kind == "stairwell"  # a building without units is one stairwell
    assert p.parse_where("小区东门").kind == "place"
    with pytest.raises(ValidationError) as exc:
        p.parse_where("9-1")
    assert exc.value.problems[0].field == "where"


def test_a_problem_is_handed_over_followed_up_and_resolved_with_its_history(homes: Station) -> None:
    row = homes.problems.add(ProblemInput(where="5-2", category="消防安全", text="楼道堆放纸箱"))
    assert (row.status, row.source, row.follow_up) == ("open", "resident", row.opened_on.fromordinal(
        row.opened_on.toordinal() + 7))
    row = homes.problems.hand_over(row.id, "幸福里物业", note="电话通知")
    assert (row.status, row.handed_kind) == ("handed_over", "property")
    row = homes.problems.follow_up(row.id, "物业答应周五清理", next_date=date.today())
    assert [r.id for r in homes.problems.due()] == [row.id]
    row = homes.problems.resolve(row.id, "已清理")
    assert (row.status, row.note, row.follow_up) == ("resolved", "已清理", None)
    assert [s.action for s in homes.problems.history(row.id)] == ["opened", "handed_over", "followed_up", "resolved"]
    with pytest.raises(ValidationError):
        homes.problems.resolve(row.id, "again")
    actions = [e.action for e in homes.audit.list(entity="problem", entity_id=str(row.id))]
    assert actions == ["resolved", "followed_up", "handed_over", "create"]  # each step audited, newest first


def test_the_history_is_append_only_in_the_database(homes: Station) -> None:
    row = homes.problems.add(ProblemInput(where="5", category="治安", text="单元门禁损坏"))
    with homes._db.write() as s:
        with pytest.raises(Exception, match="append-only"):
            s.connection().execute(text("UPDATE problem_event SET note = 'x' WHERE problem_id = :i"), {"i": row.id})


def test_bad_input_names_every_field_and_writes_nothing(homes: Station) -> None:
    with pytest.raises(ValidationError) as exc:
        homes.problems.add(ProblemInput(where="", category="火灾", text="", source="phone", handed_to="隔壁老王"))
    assert {p.field for p in exc.value.problems} == {"where", "category", "text", "source", "handed_to"}
    assert homes.problems.list() == []


def test_volunteers_may_record_but_only_coordinators_change_the_lists(homes: Station) -> None:
    homes.volunteers.sign_in("钱阿姨")
    homes.problems.add(ProblemInput(where="5-2", category="环境卫生", text="楼道有异味"))
    with pytest.raises(PermissionDenied):
        homes.problems.set_categories(["消防"])
    with pytest.raises(PermissionDenied):
        homes.sheets.set_checks(["照明"])


# --- sheets ----------------------------------------------------------------------------------------


def test_a_grid_saves_whole_or_not_at_all(homes: Station) -> None:
    g = homes.sheets.save_grid("5", "2", "2026-11", {(1, "照明"): 2, (2, "卫生"): 1})
    assert g.marks == {(1, "照明"): 2, (2, "卫生"): 1} and g.version == 1
    with pytest.raises(ValidationError) as exc:
        homes.sheets.save_grid("5", "2", "2026-11", {(3, "照明"): 1, (31, "照明"): 1, (4, "电梯"): 1, (5, "卫生"): 7},
                               expected_version=1)
    assert len(exc.value.problems) == 3
    assert homes.sheets.grid("5", "2", "2026-11").marks == g.marks


def test_a_problem_day_opens_one_problem_in_the_ledger(homes: Station) -> None:
    homes.sheets.save_grid("5", "2", "2026-11", {(3, "灭火器"): 2, (4, "灭火器"): 1})
    p = homes.sheets.open_problem("5", "2", "2026-11", 3, "灭火器")
    assert (p.source, p.category, p.where, p.opened_on) == ("sheet", "消防安全", "5-2", date(2026, 11, 3))
    assert homes.sheets.open_problem("5", "2", "2026-11", 3, "灭火器").id == p.id  # once only
    with pytest.raises(ValidationError):
        homes.sheets.open_problem("5", "2", "2026-11", 4, "灭火器")  # marked 正常
    rep = homes.sheets.report("2026-11")
    row = next(s for s in rep.stairwells if s.code == "5-2")
    assert (row.days_checked, row.problem_days["灭火器"], row.problems_opened) == (2, 1, 1)


def _filled(station: Station, month: str, path: Path, bad: dict[tuple[str, int], str]) -> list[list[str]]:
    headers, rows = station.sheets.sheet_rows_for_file(month)
    for r in rows:
        day = int(r[1][-2:])
        for i, check in enumerate(headers[2:], start=2):
            r[i] = "有问题" if (r[0], day) in bad and bad[(r[0], day)] == check else "正常"
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(headers)
        w.writerows(rows)
    return rows


def test_done_when_sheets_print_come_back_import_all_or_nothing_and_the_report_matches(
        demo_station: Station, tmp_path: Path) -> None:
    st = demo_station
    stairwells = st.sheets.stairwells()
    pdf = StairwellSheets(st, MONTH).render()
    pages = pdf_text(pdf)
    assert len(pages) == len(stairwells) == 50  # one A4 sheet per stairwell
    assert "5号楼2单元" in pages[9] and "021-62345678" in pages[9] and "31日" in pages[9]
    assert all(p.count("□") == 0 for p in pages)  # tick boxes are drawn, not glyphs that could print blank

    bad = {("5-2", 3): "照明", ("5-2", 4): "照明", ("5-2", 17): "卫生", ("12-1", 1): "灭火器", ("25-2", 31): "杂物堆放"}
    good = tmp_path / "filled.csv"
    _filled(st, MONTH, good, bad)

    # One bad cell: the whole file is refused, naming its row and column, and nothing is written.
    broken = tmp_path / "broken.csv"
    lines = good.read_text(encoding="utf-8-sig").splitlines()
    cells = lines[40].split(",")
    cells[4] = "坏了"
    lines[40] = ",".join(cells)
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    with pytest.raises(ValidationError) as exc:
        st.sheets.preview_import(broken)
    (problem,) = exc.value.problems
    assert (problem.row, problem.field, problem.value) == (41, "消防栓/喷淋", "坏了")
    assert "row 41, column 消防栓/喷淋" in str(problem)
    assert st.sheets.report(MONTH).totals()["days_checked"] == 0

    plan = st.sheets.preview_import(good)
    assert len(plan.days) == 50
    st.sheets.apply_import(plan)
    rep = st.sheets.report(MONTH)
    five_two = next(s for s in rep.stairwells if s.code == "5-2")
    assert five_two.days_checked == 31
    assert five_two.problem_days == {"杂物堆放": 0, "灭火器": 0, "消防栓/喷淋": 0, "照明": 2, "卫生": 1}
    assert five_two.days_with_problems == 3
    assert rep.totals()["days_with_problems"] == len(bad)
    assert sum(rep.totals()["problem_days"].values()) == len(bad)
    assert rep.totals()["days_checked"] == 50 * 31
    assert {s.code for s in rep.stairwells if s.days_with_problems} == {"5-2", "12-1", "25-2"}

    # Importing the same file again changes nothing: its days replace those days.
    st.sheets.import_file(good)
    assert st.sheets.report(MONTH).as_json() == rep.as_json()
    report_text = "".join(pdf_text(StairwellReport(st, MONTH).render()))
    assert "5号楼2单元" in report_text and "楼道监督月报" in report_text


def test_an_import_names_an_unknown_stairwell_a_bad_date_and_a_repeated_day(homes: Station, tmp_path: Path) -> None:
    f = tmp_path / "s.csv"
    f.write_text("楼道,日期,杂物堆放,灭火器,消防栓/喷淋,照明,卫生\n"
                 "5-2,2026-11-01,正常,正常,正常,有问题,\n"
                 "9-9,2026-11-02,正常,,,,\n"
                 "5-2,2026-11-31,,,,,\n"
                 "5-2,2026-11-01,,,,,\n", encoding="utf-8")
    with pytest.raises(ValidationError) as exc:
        homes.sheets.preview_import(f)
    assert [(p.row, p.field) for p in exc.value.problems] == [(3, "楼道"), (4, "日期"), (5, "日期")]


# --- patrols and the three sources ------------------------------------------------------------------


def test_problems_from_a_sheet_a_patrol_and_a_visit_show_in_ledger_timeline_and_stats(homes: Station) -> None:
    st = homes
    st.sheets.save_grid("5", "2", "2026-11", {(6, "照明"): 2})
    from_sheet = st.sheets.open_problem("5", "2", "2026-11", 6, "照明")
    patrol = st.patrols.add(PatrolInput(day="2026-11-20", start="19:30", end="21:15", route="1-8号楼",
                                        volunteers=["钱阿姨", "赵主任"],
                                        problems=[FindingInput("5", "消防安全", "电动车在楼道内充电")]))
    (from_patrol,) = patrol.problem_ids
    visit = st.visits.record(VisitInput(address="5-2-301", volunteers=["钱阿姨"], visited_at="2026-11-21 10:00",
                                        outcome="met"))
    from_visit = st.problems.add_from_visit(visit.id, "设施维修", "屋顶漏水")
    st.problems.resolve(from_visit.id, "已修好", on="2026-11-25")

    ledger = {r.id: r.source for r in st.problems.list()}
    assert ledger == {from_sheet.id: "sheet", from_patrol: "patrol", from_visit.id: "visit"}
    assert st.problems.get(from_patrol).raised_by == "钱阿姨、赵主任"
    timeline = household_timeline(st, visit.household_id)
    assert any(e.kind == "problem" and "屋顶漏水" in e.detail for e in timeline)
    assert any(e.kind == "visit" for e in timeline)

    stats = st.problems.stats(2026).as_json()
    by_cat = {c["category"]: c for c in stats["categories"]}
    assert by_cat["消防安全"]["opened"] == 1 and by_cat["设施维修"]["opened"] == 2
    assert by_cat["设施维修"]["months"]["2026-11"] == {"opened": 2, "resolved": 1, "still_open": 1,
                                                   "median_days_to_resolve": 4}
    hours = {v.name: (v.patrols, v.minutes, v.hours) for v in st.patrols.volunteer_stats("2026-11")}
    assert hours == {"钱阿姨": (1, 105, "1.8"), "赵主任": (1, 105, "1.8")}


def test_a_patrol_with_a_bad_finding_writes_neither_patrol_nor_problem(homes: Station) -> None:
    with pytest.raises(ValidationError) as exc:
        homes.patrols.add(PatrolInput(day="2026-11-20", start="25:00", route="1-8号楼", volunteers=["无名氏"],
                                      problems=[FindingInput("99-9", "消防安全", "x")]))
    assert {p.field for p in exc.value.problems} == {"start_time", "volunteers", "where"}
    assert homes.patrols.list() == [] and homes.problems.list() == []


def test_the_rota_prints_with_its_volunteers(homes: Station) -> None:
    homes.patrols.add_shift("2026-12-01", "1-8号楼", "钱阿姨、赵主任")
    text_ = "".join(pdf_text(PatrolRota(homes, "2026-12").render()))
    assert "夜巡排班表" in text_ and "钱阿姨、赵主任" in text_ and "周二" in text_


def test_the_public_notice_masks_names(homes: Station) -> None:
    p = homes.problems.add(ProblemInput(where="5-2-301", category="设施维修", text="屋顶漏水", raised_by="张晓明",
                                        handed_to="钱阿姨", opened_on="2026-11-02"))
    homes.problems.resolve(p.id, "已修好", on="2026-11-10")
    q = homes.problems.add(ProblemInput(where="5-2-302", category="邻里纠纷", text="楼上噪音", raised_by="欧阳娜娜",
                                        opened_on="2026-11-03"))
    homes.problems.resolve(q.id, "已调解", on="2026-11-12")
    text_ = "".join(pdf_text(ProblemsNotice(homes, date(2026, 11, 1), date(2026, 11, 30)).render()))
    assert "张*明" in text_ and "欧阳**" in text_ and "钱*姨" in text_
    assert "张晓明" not in text_ and "欧阳娜娜" not in text_ and "钱阿姨" not in text_
    assert "5-2-301" in text_ and "已修好" in text_ and "共解决居民反映的问题 2 件" in text_


def test_the_demo_has_a_month_of_sheets_a_rota_and_a_few_dozen_problems(demo_station: Station) -> None:
    st = demo_station
    rep = st.sheets.report("2026-11")
    assert all(s.days_checked > 15 for s in rep.stairwells)
    assert len(st.patrols.rota("2026-12")) == 31 and st.patrols.list("2026-11")
    problems = st.problems.list()
    assert 24 <= len(problems) <= 120
    assert {r.source for r in problems} >= {"sheet", "patrol", "visit", "resident"}
    assert st.problems.due(date(2026, 11, 30))
