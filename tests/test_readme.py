"""The README's command lines: the install line works as root or as a user, CI runs the test line
verbatim on a virtual X server (where the key-flow tests really run), and every example runs as
printed on the demo station."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
XVFB = 'xvfb-run -a -s "-screen 0 1366x768x24"'
CI_PACKAGES = ("xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 "
               "libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-util1").split()


def sh_blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)```", README, re.S)


def commands(block: str) -> list[str]:
    """The block's command lines, continuation lines joined, trailing comments dropped."""
    out, current = [], ""
    for line in block.splitlines():
        if line.rstrip().endswith("\\"):
            current += line.rstrip()[:-1] + " "
            continue
        current += line
        text = re.split(r"\s{2,}#", current)[0].strip()
        if text:
            out.append(text)
        current = ""
    return out


def test_the_first_line_runs_as_root_or_as_a_user() -> None:
    (first,) = commands(sh_blocks()[0])
    assert not re.search(r"(^|&&\s*|;\s*)sudo\b", first), "a bare sudo fails as root where sudo is absent"
    assert first.startswith("$(command -v sudo) apt-get update && $(command -v sudo) apt-get install -y ")
    for package in ("python3-venv", "libxkbcommon-x11-0", "libxcb-cursor0", "xvfb", "xauth"):
        assert f" {package} " in first
    assert "mutual-aid-desk --db demo.sqlite3 demo" in first
    assert "xvfb-run" in README.split("```", 4)[2], "the README says how to run the window without a display"


def test_ci_runs_the_readme_test_line_verbatim_under_xvfb() -> None:
    (line,) = commands(sh_blocks()[1])
    assert "QT_QPA_PLATFORM" not in line, "the conftest picks the platform per session"
    assert '-m "not xserver"' in line and line.endswith("-m xserver")
    assert "'" not in line, "CI wraps the line in single quotes"
    assert f"{XVFB} bash -c '{line}'" in CI
    for package in CI_PACKAGES:
        assert re.search(rf"\s{re.escape(package)}(\s|$)", CI), package


@pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="no X display: run the suite under xvfb-run, as CI does")
def test_the_xserver_tests_really_run_when_there_is_a_display(tmp_path: Path) -> None:
    """The CI line's second session: key-flow tests run on the display, none skipped."""
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-m", "xserver", "-p", "no:cacheprovider", "-rs",
         "tests/ui/test_keyboard.py::test_evening_entry_records_visit_after_visit_and_enter_never_leaves",
         "tests/ui/test_keyboard.py::test_ctrl_digit_opens_each_page_with_the_cursor_in_its_first_field"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert re.search(r"\b2 passed\b", done.stdout) and not re.search(r"\b\d+ skipped\b", done.stdout), done.stdout[-2000:]


def test_without_a_display_the_xserver_tests_say_why_they_are_skipped(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-m", "xserver", "-p", "no:cacheprovider", "-rs",
         "tests/ui/test_keyboard.py::test_ctrl_digit_opens_each_page_with_the_cursor_in_its_first_field"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:]
    assert "1 skipped" in done.stdout and "no X display" in done.stdout and "xvfb-run" in done.stdout


def test_every_example_runs_as_printed_on_the_demo_station(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """The command-line examples, in order, in the folder of the first line, on its demo station.

    Run in this process (a subprocess each would take minutes): ``export``/``unset`` set the
    environment and ``"$(ls PATTERN | tail -n 1)"`` is the newest file the pattern matches, as the
    shell would have it.
    """
    from mutual_aid_desk.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "resources").symlink_to(ROOT / "resources")
    assert main(["--db", "demo.sqlite3", "demo"]) == 0
    monkeypatch.setenv("MUTUAL_AID_DESK_DB", str(tmp_path / "demo.sqlite3"))
    lines = [line for block in sh_blocks()[2:] for line in commands(block) if "bench/" not in line]
    assert len(lines) > 40
    outputs = {}
    for line in lines:
        line = re.sub(r'"\$\(ls (\S+) \| tail -n 1\)"', lambda m: str(sorted(tmp_path.glob(m.group(1)))[-1]), line)
        words = shlex.split(line)
        if words[0] == "export":
            monkeypatch.setenv(*words[1].split("=", 1))
            continue
        if words[0] == "unset":
            monkeypatch.delenv(words[1])
            continue
        assert words[0] == "mutual-aid-desk", line
        capsys.readouterr()
        code = main(words[1:])
        out, err = capsys.readouterr()
        assert code == 0, f"{line}\n{err}"
        outputs[line] = out
    assert "5-2-301" in outputs["mutual-aid-desk --operator 王秀英 households list --search zxm"], "the search finds someone"
