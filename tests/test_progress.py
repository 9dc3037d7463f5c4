"""Progress on stderr: one line per stage off a terminal, a bar on one, nothing with --quiet."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

import generator.progress as progress_module
from generator.pipeline import run
from generator.progress import Progress
from generator.settings import make_settings

STAGES = ["ingest", "classify", "group", "select"]
"""Ingest and segment run together, per file (see generator.pipeline)."""
LINE = re.compile(r"^(\w+): (?:\d+ \w+ )?in \d+\.\d s$")


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_one_line_per_stage_when_not_a_terminal() -> None:
    stream = io.StringIO()
    run(make_settings(corpus=ROOT / "corpus"), Progress(True, stream))
    lines = stream.getvalue().splitlines()
    assert [LINE.match(x).group(1) for x in lines] == STAGES, lines  # type: ignore[union-attr]
    assert lines[0].startswith("ingest: 5 files in ") and lines[1].startswith("classify: 120 sentences in ")


def test_a_bar_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress_module, "BAR_DELAY", 0)
    stream = Terminal()
    p = Progress(True, stream)
    with p.stage("segment", total=4) as advance:
        for _ in range(4):
            advance(1)
    out = stream.getvalue()
    assert "\r" in out and "/4 [" in out and "|" in out, out  # tqdm draws in place
    assert out.rstrip().endswith(p.lines[-1])


def test_no_bar_for_a_short_stage_on_a_terminal() -> None:
    stream = Terminal()
    p = Progress(True, stream)
    with p.stage("segment", total=4) as advance:
        advance(4)
    assert stream.getvalue() == p.lines[-1] + "\n"


def test_disabled_progress_writes_nothing() -> None:
    stream = Terminal()
    run(make_settings(corpus=ROOT / "corpus"), Progress(False, stream))
    assert stream.getvalue() == ""


def test_cli_quiet_silences_progress(tmp_path: Path) -> None:
    loud = run_cli("export", str(ROOT / "corpus"), "--out", str(tmp_path / "a.json"), "--no-cache")
    assert loud.returncode == 0, loud.stderr
    assert [x.split(":")[0] for x in loud.stderr.splitlines() if LINE.match(x)] == [*STAGES, "insights", "export"]
    quiet = run_cli("export", str(ROOT / "corpus"), "--out", str(tmp_path / "b.json"), "--no-cache", "--quiet")
    assert quiet.returncode == 0 and quiet.stderr == ""
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_lines_go_where_they_are_emitted_with_no_bar_even_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress_module, "BAR_DELAY", 0)
    stream, emitted = Terminal(), []
    p = Progress(True, stream, emit=emitted.append)
    with p.stage("ingest", total=1, unit="file") as advance:
        advance(1)
    with p.stage("classify", total=3, unit="sentence") as advance:
        advance(3)
    assert stream.getvalue() == ""
    assert [re.sub(r"in \d+\.\d s$", "in T", x) for x in emitted] == ["ingest: 1 file in T",
                                                                   "classify: 3 sentences in T"]
    with Progress(False, stream, emit=emitted.append).stage("group"):  # disabled: nothing more
        pass
    assert len(emitted) == 2
