"""Progress posters fed by a vote's participation and a drive's coverage (read through their services)."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from mutual_aid_desk.cli import main
from mutual_aid_desk.core.funds import DriveInput, PaymentInput
from mutual_aid_desk.reports.poster_sources import VotePoster, fund_poster_data, vote_poster_data


def _vote(station) -> int:
    items = [{"key": "A1", "title": "楼道粉刷", "kind": "yesno", "scope": "compound"}]
    return station.votes.create({"title": "改造方案", "matter": "major", "sections": [{"title": "公共区域", "items": items}]})


def test_vote_poster_counts_every_eligible_household_per_building(demo_station):
    vote = _vote(demo_station)
    data = vote_poster_data(demo_station, vote)
    assert data.title == "改造方案 参与进度"
    assert data.overall == (0, len(demo_station.votes.eligible_ids(vote)))
    assert [b for b, _ in data.buildings][:3] == ["1", "2", "3"] and len(data.buildings) == 25
    text = PdfReader(io.BytesIO(VotePoster(demo_station, "改造方案").render())).pages[0].extract_text()
    assert "0.0%" in text and "三分之二" in text


def test_fund_poster_counts_paid_shares(demo_station):
    drive = demo_station.funds.create(DriveInput(title="楼道窗户", cost="7000", split="equal", buildings="1"))
    demo_station.funds.fix_split(drive)
    due = next(s.due_fen for s in demo_station.funds.status(drive).shares if s.address == "1-1-101")
    demo_station.funds.pay(drive, PaymentInput("1-1-101", f"{due // 100}.{due % 100:02d}"))
    data = fund_poster_data(demo_station, drive)
    assert data.buildings == [("1", (1, 33))] and data.overall == (1, 33)


def test_poster_commands(demo_station, db_path, tmp_path, capsys):
    vote = _vote(demo_station)
    demo_station.close()
    out = tmp_path / "p.pdf"
    assert main(["--db", str(db_path), "poster", "vote", str(vote), "-o", str(out), "--size", "A3"]) == 0
    reader = PdfReader(str(out))
    assert round(float(reader.pages[0].mediabox.width)) == 1191
    assert main(["--db", str(db_path), "poster", "attendance", "-o", str(out)]) == 0
    assert re.search(r"0\.0\s*%", reader.pages[0].extract_text())
