"""The meeting, notice and poster commands, in-process and once as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from pypdf import PdfReader

from mutual_aid_desk.cli import main
from mutual_aid_desk.core.demo import DEMO_COORDINATOR, DEMO_PIN


def _run(db, *args):
    return main(["--db", str(db), "--operator", DEMO_COORDINATOR, "--pin", DEMO_PIN, *args])


def test_plan_list_attend_and_documents(demo_station, db_path, tmp_path, capsys):
    demo_station.close()
    assert _run(db_path, "meeting", "plan", "--buildings", "1-25", "--per-night", "2", "--start", "2026-11-20",
                "--time", "19:00", "--place", "活动室", "--skip-weekends", "--agenda", "介绍方案", "--json") == 0
    made = json.loads(capsys.readouterr().out)
    assert len(made) == 13 and made[0]["buildings"] == ["1", "2"] and made[-1]["buildings"] == ["25"]
    assert made[1]["date"] == "2026-11-23"  # Friday, then Monday
    assert main(["--db", str(db_path), "meeting", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [m["id"] for m in listed] == [m["id"] for m in made]
    assert {"id", "date", "time", "place", "buildings"} <= set(listed[0])
    assert _run(db_path, "meeting", "attend", str(made[0]["id"]), "1-1-101", "2-1-101") == 0
    assert "2 of 66 came" in capsys.readouterr().out
    for cmd in ("notice", "signin", "posters"):
        out = tmp_path / f"{cmd}.pdf"
        assert _run(db_path, "meeting", cmd, str(made[0]["id"]), "-o", str(out)) == 0
        assert len(PdfReader(str(out)).pages) >= 1
    # The sign-in sheet lists names: nobody signed in, no sheet.
    assert main(["--db", str(db_path), "meeting", "signin", "1", "-o", str(tmp_path / "x.pdf")]) == 3


def test_bad_input_is_one_line_each_and_exit_2(demo_station, db_path, tmp_path, capsys):
    demo_station.close()
    assert _run(db_path, "meeting", "plan", "--buildings", "1-25", "--per-night", "2", "--start", "2026-13-01",
                "--time", "25:00", "--place", "活动室") == 2
    err = capsys.readouterr().err.splitlines()
    assert err == ["start: value '2026-13-01': not a date: write it as 2026-11-21",
                   "time: value '25:00': not a time of day: use hours and minutes, e.g. 19:00"]
    out = tmp_path / "n.pdf"
    assert main(["--db", str(db_path), "notice", "render", "general", "--set", "title=停水", "--set", "bdy=x",
                 "-o", str(out)]) == 2
    assert "unknown placeholder {body}" in capsys.readouterr().err
    assert not out.exists()
    assert main(["--db", str(db_path), "notice", "render", "general", "--set", "title=停水通知",
                 "--set", "body=明天停水。\\n请储水。", "-o", str(out)]) == 0
    text = PdfReader(str(out)).pages[0].extract_text()
    assert "停水通知" in text and "请储水" in text and "{" not in text


def test_meeting_list_as_a_process(demo_station, db_path):
    demo_station.close()
    env = dict(os.environ, MUTUAL_AID_DESK_PIN=DEMO_PIN)
    proc = subprocess.run([sys.executable, "-m", "mutual_aid_desk", "--db", str(db_path), "--operator",
                           DEMO_COORDINATOR, "meeting", "add", "--title", "楼道会", "--date", "2026-11-23",
                           "--time", "19:30", "--place", "楼下", "--units", "5-2", "--json"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["units"] == ["5-2"]
