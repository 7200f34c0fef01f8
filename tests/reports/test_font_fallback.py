"""Every kind of document prints in the font it embeds, and without the bundled font in STSong-Light.

The documented fallback once crashed for the posters, sign-in sheets and meeting notices, which had
copied the font's name at import (``KeyError: no afm found for faceName='WenQuanYiMicroHei'``). Every
kind in the registry is printed, so a new document is checked as soon as it is registered. It runs in
a process of its own: ReportLab's font registry is global, and this one must start without the font.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from mutual_aid_desk.core.demo import DEMO_COORDINATOR, DEMO_PIN
from mutual_aid_desk.core.funds import EntryKind
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.reports.arrears_walk_list import ArrearsWalkList
from mutual_aid_desk.reports.ballots import PaperBallots
from mutual_aid_desk.reports.document import Document
from mutual_aid_desk.reports.fund_notice import FundNotice
from mutual_aid_desk.reports.holdouts_walk_list import HoldoutsWalkList
from mutual_aid_desk.reports.kinds import KINDS
from mutual_aid_desk.reports.meeting_notice import MeetingNotice, MeetingNoticeSeries
from mutual_aid_desk.reports.notice import Notice
from mutual_aid_desk.reports.patrol_rota import PatrolRota
from mutual_aid_desk.reports.poster import AttendancePoster, poster_data_from_counts
from mutual_aid_desk.reports.poster_sources import FundPoster, VotePoster
from mutual_aid_desk.reports.problems_notice import ProblemsNotice
from mutual_aid_desk.reports.receipts import Receipt, Receipts
from mutual_aid_desk.reports.signin import SigninSheet
from mutual_aid_desk.reports.stairwell_posters import StairwellPosters
from mutual_aid_desk.reports.stairwell_report import StairwellReport
from mutual_aid_desk.reports.stairwell_sheets import StairwellSheets
from mutual_aid_desk.reports.vote_notice import VoteNotice
from mutual_aid_desk.reports.walklist import WalkList

pytestmark = pytest.mark.sqlite_only  # a property of the printing, not of the database


def _attendance(st: Station) -> Document:
    counts = [(b.building, b.attended, b.invited) for b in st.meetings.building_summary()]
    return AttendancePoster(poster_data_from_counts("居民会议参会进度", counts, verb="已参会"),
                            station_name=st.settings.get().name)


#: One document of every kind, from the 120-household demo (vote 1, drive 1, meeting 1, November's sheets).
SAMPLES: dict[str, Callable[[Station], Document]] = {
    "ballots": lambda st: PaperBallots(st, 1),
    "vote-notice": lambda st: VoteNotice(st, 1),
    "holdouts": lambda st: HoldoutsWalkList(st, 1),
    "vote-poster": lambda st: VotePoster(st, 1),
    "fund-notice": lambda st: FundNotice(st, 1),
    "receipts": lambda st: Receipts(st, 1),
    "receipt": lambda st: Receipt(st, st.funds.ledger(1, kinds=[EntryKind.PAYMENT])[0].id),
    "arrears": lambda st: ArrearsWalkList(st, 1),
    "fund-poster": lambda st: FundPoster(st, 1),
    "meeting-notice": lambda st: MeetingNotice(st, 1),
    "meeting-notices": lambda st: MeetingNoticeSeries(st, [m.id for m in st.meetings.list()][:2]),
    "stairwell-posters": lambda st: StairwellPosters(st, 1),
    "signin": lambda st: SigninSheet(st, 1),
    "attendance-poster": _attendance,
    "notice": lambda st: Notice(st, "general", {"title": "停水通知", "body": "明天停水。"}),
    "walklist": lambda st: WalkList(st, st.households.matching_ids()[:30], title="走访清单", purpose="general"),
    "stairwell-sheets": lambda st: StairwellSheets(st, "2026-11", "1"),
    "stairwell-report": lambda st: StairwellReport(st, "2026-11", "1"),
    "patrol-rota": lambda st: PatrolRota(st, "2026-11"),
    "problems-notice": lambda st: ProblemsNotice(st, date(2026, 11, 1), date(2026, 11, 30)),
}


def test_every_registered_kind_has_a_sample() -> None:
    assert sorted(SAMPLES) == sorted(KINDS)


def print_every_kind(folder: Path, *, without_font: bool) -> dict[str, set[str]]:
    """Each kind rendered in a fresh process; the fonts each PDF names."""
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        import mutual_aid_desk.reports.fonts as fonts
        if {without_font!r}:
            fonts.font_file = lambda: Path("/nonexistent/wqy-microhei.ttc")  # the font is gone
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from test_font_fallback import SAMPLES
        from mutual_aid_desk.cli import main
        from mutual_aid_desk.core.station import Station
        folder = Path(sys.argv[1])
        db = folder / "demo.sqlite3"
        assert main(["--db", str(db), "demo", "--households", "120"]) == 0
        station = Station.open(db)
        station.volunteers.sign_in({DEMO_COORDINATOR!r}, {DEMO_PIN!r})
        for kind, make in SAMPLES.items():
            document = make(station)
            assert document.kind == kind, (kind, document.kind)
            (folder / f"{{kind}}.pdf").write_bytes(document.render())
        station.close()
        print("printed", len(SAMPLES))
    """)
    done = subprocess.run([sys.executable, "-c", script, str(folder)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    fonts = {}
    for kind in SAMPLES:
        reader = PdfReader(folder / f"{kind}.pdf")
        fonts[kind] = {str(font.get_object()["/BaseFont"]) for page in reader.pages
                       for font in (page["/Resources"].get("/Font") or {}).values()}
        assert any("\u4e00" <= ch <= "\u9fff" for page in reader.pages for ch in page.extract_text()), kind
    return fonts


def test_every_kind_prints_without_the_bundled_font(tmp_path: Path) -> None:
    for kind, fonts in print_every_kind(tmp_path, without_font=True).items():
        assert fonts and all("STSong" in f for f in fonts), (kind, fonts)


def test_every_kind_names_only_the_font_it_embeds(tmp_path: Path) -> None:
    """No Helvetica reference beside the embedded font (tables used to name it for every cell)."""
    for kind, fonts in print_every_kind(tmp_path, without_font=False).items():
        assert fonts and all("WenQuanYiMicroHei" in f for f in fonts), (kind, fonts)
