"""Meeting documents read back as a resident would read them: order, repeated headers, sizes, no clipping."""

from __future__ import annotations

import io
import math
import re
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

import pytest
from pypdf import PageObject, PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from mutual_aid_desk.core.meetings import MeetingInput
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.reports.fonts import register_fonts
from mutual_aid_desk.reports.meeting_notice import MeetingNotice, MeetingNoticeSeries
from mutual_aid_desk.reports.notice import Notice
from mutual_aid_desk.reports.poster import AttendancePoster, PosterData, percent_text, poster_data_from_counts
from mutual_aid_desk.reports.progress import Cancelled
from mutual_aid_desk.reports.signin import SigninSheet
from mutual_aid_desk.reports.stairwell_posters import StairwellPosters

ON = date(2026, 11, 21)
LONG_TITLE = ("关于老旧小区综合改造菜单式方案征询暨楼道窗户更换众筹工作安排的" * 8)[:200]


@dataclass
class Run:
    text: str
    size: float
    x: float
    y: float
    page_width: float

    @property
    def right(self) -> float:
        return self.x + pdfmetrics.stringWidth(self.text, register_fonts(), self.size)


def runs(pdf: bytes) -> list[list[Run]]:
    """Every piece of text on every page with its effective size and position."""
    register_fonts()
    return [page_runs(page) for page in PdfReader(io.BytesIO(pdf)).pages]


def page_runs(page: PageObject) -> list[Run]:
    width = float(page.mediabox.width)
    found: list[Run] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            scale = math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1])
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append(Run(text.strip("\n"), size * scale, x, y, width))

    page.extract_text(visitor_text=visit)
    return found


def texts(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def assert_readable(pdf: bytes) -> None:
    """At least 12 pt everywhere, nothing past the page edge, the font embedded."""
    for page_runs in runs(pdf):
        for r in page_runs:
            assert r.size >= 12 - 0.01, f"{r.text!r} is {r.size} pt"
            assert r.x >= 0 and r.right <= r.page_width - 20, f"{r.text!r} runs off the page"
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert descriptor is not None and "/FontFile2" in descriptor.get_object(), font.get("/BaseFont")


@pytest.fixture
def series(demo_station: Station) -> list[int]:
    from mutual_aid_desk.core.meetings import plan_series

    plan = plan_series("1-25", 2, "2026-11-23", "19:00", "小区活动室（3号楼底层）", skip_weekends=True)
    made = demo_station.meetings.create_series(plan, title="老旧小区综合改造方案征询会",
                                               agenda=["介绍改造方案", "居民提问与答疑", "现场填写征询表"])
    return [m.id for m in made]


def test_signin_sheet_lists_invited_households_in_order_with_header_on_every_page(
        demo_station: Station, series: list[int]) -> None:
    meeting_id = series[0]
    expected = [h.address for h in demo_station.meetings.invited_households(meeting_id)]
    assert len(expected) == 66 and expected[0] == "1-1-101" and expected[-1].startswith("2-")
    pdf = SigninSheet(demo_station, meeting_id, on=ON).render()
    pages = texts(pdf)
    assert len(pages) >= 4
    found = [a for page in pages for a in re.findall(r"(?<![\d-])\d{1,3}-\d{1,2}-\d{3,4}(?![\d-])", page)]
    assert found == expected
    heads = {h.head for h in demo_station.meetings.invited_households(meeting_id) if h.head}
    text = "".join(pages)
    assert all(squash(h) in squash(text) for h in list(heads)[:10])
    for n, page in enumerate(pages, start=1):
        flat = squash(page)
        for column in ("序号", "房号", "户主", "本人签名", "委托代签"):
            assert column in flat, f"page {n} lacks the header {column}"
        assert re.search(r"[12]号楼（33户）", flat), f"page {n} lacks the building caption"
        assert f"第{n}页/共{len(pages)}页" in flat
        assert "幸福里居民自治互助站" in flat and "2026-11-21" in flat
    # Grouped by building: building 2 starts on a sheet of its own.
    first_of_2 = next(i for i, p in enumerate(pages) if "2-1-101" in p)
    assert not re.search(r"(?<![\d-])1-\d+-\d+", pages[first_of_2])
    assert_readable(pdf)


def test_meeting_notice_says_when_where_who_and_what(demo_station: Station, series: list[int]) -> None:
    pdf = MeetingNotice(demo_station, series[1], on=ON).render()
    [page] = texts(pdf)
    flat = squash(page)
    for words in ("会议通知", "老旧小区综合改造方案征询会", "2026年11月24日（星期二）19:00", "小区活动室（3号楼底层）",
                  "3号楼、4号楼", "1.介绍改造方案", "3.现场填写征询表", "021-62345678", "2026年11月21日"):
        assert words in flat, words
    assert "{" not in page
    title_runs = [r for r in runs(pdf)[0] if "征询会" in r.text and r.size >= 22]
    assert title_runs, "the meeting title is printed large"
    assert_readable(pdf)


def test_stairwell_poster_names_only_its_own_building(demo_station: Station, series: list[int]) -> None:
    pdf = StairwellPosters(demo_station, series[0], on=ON).render()
    first, second = texts(pdf)
    assert "1号楼" in first and "2号楼" not in first
    assert "2号楼" in second and "1号楼" not in second
    only = texts(StairwellPosters(demo_station, series[0], only="2", on=ON).render())
    assert len(only) == 1 and "2号楼" in only[0]
    assert_readable(pdf)


def test_a_series_of_notices_is_one_print_job(demo_station: Station, series: list[int]) -> None:
    seen: list[tuple[int, int]] = []
    pdf = MeetingNoticeSeries(demo_station, series, on=ON).render(progress=lambda d, t, _s: seen.append((d, t)))
    assert pdf is not None and len(texts(pdf)) == 13
    assert seen[0] == (0, 13) and seen[-1] == (13, 13)
    with pytest.raises(Cancelled):
        MeetingNoticeSeries(demo_station, series).render(cancelled=lambda: True)


@pytest.mark.parametrize("kind", ["notice", "meeting"])
def test_a_200_character_title_wraps_but_is_neither_clipped_nor_below_22_pt(demo_station: Station, kind: str) -> None:
    assert len(LONG_TITLE) == 200
    if kind == "notice":
        pdf = Notice(demo_station, "general", {"title": LONG_TITLE, "body": "正文。"}, on=ON).render()
    else:
        demo = demo_station.meetings.create(MeetingInput(LONG_TITLE, "2026-11-23", "19:00", "活动室", buildings="1"))
        pdf = MeetingNotice(demo_station, demo.id, on=ON).render()
    page_runs = runs(pdf)[0]
    # The title is the only large text made of the title's words (the meeting notice's facts are 22 pt too).
    title_runs = [r for r in page_runs if r.size >= 20 and r.text.strip() in LONG_TITLE]
    assert squash("".join(r.text for r in title_runs)) == LONG_TITLE  # every character, in order
    assert len({round(r.y) for r in title_runs}) > 1  # it wrapped
    for r in title_runs:
        assert r.size >= 22, r.size
        assert r.x >= 30 and r.right <= r.page_width - 30, "title clipped at the margin"
    assert_readable(pdf)


def test_general_notice_prints_the_filled_template(demo_station: Station) -> None:
    pdf = Notice(demo_station, "general", {"title": "停水通知", "body": "12月1日8:00至12:00停水，请提前储水。"}, on=ON).render()
    flat = squash(texts(pdf)[0])
    assert "停水通知" in flat and "各位居民" in flat and "请提前储水" in flat and "特此通知" in flat
    assert flat.count("幸福里居民自治互助站") >= 2  # the closing and the footer
    assert_readable(pdf)


def test_progress_poster_is_landscape_with_one_huge_percentage(demo_station: Station) -> None:
    counts = [(str(b), 30 if b != 3 else 14, 32) for b in range(1, 26)]
    counts.append(("26", 0, 2))
    data = poster_data_from_counts("改造方案征询 参与进度", counts, target=Fraction(2, 3), target_label="三分之二")
    for size, width in (("A4", 842), ("A3", 1191)):
        pdf = AttendancePoster(data, station_name="幸福里居民自治互助站", size=size, on=ON).render()
        reader = PdfReader(io.BytesIO(pdf))
        assert len(reader.pages) == 1
        assert round(float(reader.pages[0].mediabox.width)) == width
        assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height
        page_runs = runs(pdf)[0]
        percent = percent_text(Fraction(734, 802))
        big = [r for r in page_runs if r.text == percent]
        assert big and big[0].size >= 100
        labels = [r.text for r in page_runs if r.text.isdigit() and r.size < 30]
        assert "26" in labels  # every building has its bar and label
        assert_readable(pdf)


def test_percentages_round_down() -> None:
    assert percent_text(Fraction(534, 802)) == "66.5%"
    assert percent_text((801, 802)) == "99.8%"
    assert percent_text((802, 802)) == "100%"
    assert percent_text((0, 0)) == "0.0%"
    assert percent_text(Fraction(2, 3), 0) == "66%"
    assert PosterData("t", (1, 2), []).overall == (1, 2)


def test_build_reports_progress_and_stops_when_cancelled() -> None:
    from mutual_aid_desk.reports.document import Document
    from mutual_aid_desk.reports.styles import para

    class Lines(Document):
        kind = "test"

        def story(self) -> list[Flowable]:
            return [para(f"第 {n} 行") for n in range(300)]

    seen: list[tuple[int, int]] = []
    Lines().render(progress=lambda d, t, _s: seen.append((d, t)))
    assert seen[-1] == (300, 300) and all(d <= t for d, t in seen) and len(seen) > 50
    with pytest.raises(Cancelled):
        Lines().render(cancelled=lambda: True)
