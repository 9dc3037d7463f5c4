"""The benchmark reads the stage times the CLI prints, so its table can split pipeline and insights."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from conftest import ROOT, run_cli


def _bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench", ROOT / "bench" / "bench.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bench_reads_every_stage_of_an_export(tmp_path: Path) -> None:
    result = run_cli("export", "corpus", "--out", str(tmp_path / "d.json"), "--no-cache")
    assert result.returncode == 0, result.stderr
    times = _bench().stages(result.stderr)
    assert list(times) == ["ingest", "classify", "group", "select", "insights", "export"], result.stderr
    assert all(t >= 0 for t in times.values())
