"""Benchmark of the printed documents against a bare ReportLab canvas writing the same text.

    python bench/documents.py [--households 802] [--repeat 3]

On a demo station of N households (25 buildings for the default 802) it times, in the same run:

1. the sign-in sheet of one meeting inviting every building, plus that meeting's A4 notice
   (``reports.signin`` + ``reports.meeting_notice``), against a canvas that writes the same rows
   (number, address, head), the same repeated captions and headers and the notice's lines, page by
   page, with ``drawString`` and nothing else;
2. one ballot per household (``reports.ballots``), against a canvas writing each ballot's lines.

Each figure is the median of ``--repeat`` runs; the ratio is document time / canvas time (target
<= 2.5, and each document under 3 s on the station PC). It prints, it asserts nothing.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from itertools import groupby
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from mutual_aid_desk.core.demo import DEMO_COORDINATOR, DEMO_PIN, build_demo
from mutual_aid_desk.core.meetings import MeetingInput
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.reports.ballots import PaperBallots
from mutual_aid_desk.reports.fonts import register_fonts
from mutual_aid_desk.reports.meeting_notice import MeetingNotice
from mutual_aid_desk.reports.signin import HEADER, SigninSheet

ROWS_PER_PAGE = 21  # what the sign-in sheet fits at 11 mm a row


def median_time(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


Line = tuple[float, list[str]]  # font size, the pieces of text (cells) on one line


def bare_canvas(pages: list[list[Line]]) -> bytes:
    """Each page's lines top to bottom, one ``drawString`` per cell: the least a PDF writer must do."""
    register_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    for lines in pages:
        y = A4[1] - 20 * mm
        for size, cells in lines:
            c.setFont(register_fonts(), size)
            for i, cell in enumerate(cells):
                c.drawString(15 * mm + i * 36 * mm, y, cell)
            y -= size * 1.3
        c.drawString(15 * mm, 12 * mm, "第 1 页 / 共 1 页")
        c.showPage()
    c.save()
    return buf.getvalue()


def signin_text(station: Station, meeting_id: int) -> list[list[Line]]:
    """The sign-in sheet's and the notice's text, page by page, cell by cell."""
    m = station.meetings.get(meeting_id)
    households = station.meetings.invited_households(meeting_id)
    pages: list[list[Line]] = []
    for building, rows in groupby(households, key=lambda h: h.building):
        rows = list(rows)
        for start in range(0, len(rows), ROWS_PER_PAGE):
            lines: list[Line] = [(15.0, [f"{building}号楼（{len(rows)} 户）　{m.date} {m.time}　{m.place}"]),
                                 (14.0, list(HEADER))]
            lines += [(14.0, [str(n), h.address, h.head]) for n, h in
                      enumerate(rows[start:start + ROWS_PER_PAGE], start + 1)]
            pages.append(lines)
    notice: list[Line] = [(20.0, ["会议通知"]), (34.0, [m.title]), (18.0, ["各位居民："]),
                          (18.0, [f"定于{m.date} {m.time}在{m.place}召开居民会议，请{m.invited_label}的居民准时参加。"]),
                          (22.0, ["时间", f"{m.date} {m.time}"]), (22.0, ["地点", m.place]),
                          (22.0, ["参加", m.invited_label])]
    notice += [(22.0, [f"{i}. {a}"]) for i, a in enumerate(m.agenda, 1)]
    return pages + [notice]


def ballot_text(station: Station, households: Sequence[Any]) -> list[list[Line]]:
    pages = []
    for n, h in enumerate(households, 1):
        lines: list[Line] = [(26.0, ["老旧小区改造方案 表决票"]),
                             (16.0, [f"编号：{n:04d}", f"地址：{h.address}", f"户主：{h.head}"]),
                             (12.0, ["事项类别：重大事项。每户一票，请在所选意见前的方框内打 √；未选视为弃权。"]),
                             (14.0, ["编号", "事项", "意见"])]
        lines += [(14.0, [f"A{i}", f"公共项目 {i}", "☐ 同意", "☐ 不同意", "☐ 弃权"]) for i in range(1, 9)]
        lines += [(14.0, ["业主（或受托人）签字：____________　　日期：________"]), (12.0, [f"选票编号 {n:04d}"])]
        pages.append(lines)
    return pages


def make_vote(station: Station) -> int:
    items = [{"key": f"A{n}", "title": f"公共项目 {n}", "kind": "yesno", "scope": "compound"} for n in range(1, 9)]
    return station.votes.create({"title": "老旧小区改造方案", "matter": "major",
                                 "sections": [{"title": "公共区域改哪里", "items": items}]})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--households", type=int, default=802)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        station = build_demo(Path(tmp) / "bench.sqlite3", households=args.households)
        station.volunteers.sign_in(DEMO_COORDINATOR, DEMO_PIN)
        buildings = [b for b, _ in station.households.buildings()]
        meeting = station.meetings.create(MeetingInput(
            "老旧小区综合改造方案征询会", "2026-11-23", "19:00", "小区活动室（3号楼底层）", buildings=buildings,
            agenda=["介绍改造方案", "居民提问与答疑", "现场填写征询表"]))
        households = station.meetings.invited_households(meeting.id)
        print(f"{len(households)} households in {len(buildings)} buildings; median of {args.repeat} runs")

        signin_pages = len(signin_text(station, meeting.id))
        doc = median_time(lambda: (SigninSheet(station, meeting.id).render(), MeetingNotice(station, meeting.id).render()),
                          args.repeat)
        text = signin_text(station, meeting.id)
        base = median_time(lambda: bare_canvas(text), args.repeat)
        print(f"sign-in sheet + notice: {doc:6.2f} s   bare canvas {base:6.2f} s   ratio {doc / base:4.2f}"
              f"   ({signin_pages} pages of text)")

        vote = make_vote(station)
        rows = station.households.rows_by_ids(station.votes.eligible_ids(vote))
        label = "ballots (reports.ballots)"
        doc = median_time(lambda: PaperBallots(station, vote).render(), args.repeat)
        text = ballot_text(station, rows)
        base = median_time(lambda: bare_canvas(text), args.repeat)
        print(f"{len(rows)} {label}: {doc:6.2f} s   bare canvas {base:6.2f} s   ratio {doc / base:4.2f}")
        station.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
