#!/usr/bin/env python3
"""Scale benchmark: make synthetic corpora, time export and build, print a Markdown table.

usage: bench.py [--sizes 1000 10000] [--build 10000] [--rebuild 1000] [--repeat 2] [--work DIR]

Each figure is the fastest of ``--repeat`` runs in a fresh process (the machine may be shared), with
that run's peak memory (largest resident set of the process and its workers) and its CPU seconds.
Exports run without the cache (``--no-cache``), so every article is read and split. ``--build`` also
times ``mkdocs build`` of that corpus (cache cleared first) and reports the size of its search index;
``--rebuild`` times, in one process as ``mkdocs serve`` does, a first build and then the rebuild
after one article is edited (see ``rebuild.py``).
"""

from __future__ import annotations

import argparse
import gzip
import os
import platform
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DOSSIER_SHARED") or ROOT.parent / "shared")
"""The shared folder (scorer, seed labels, corpus maker): beside the checkout, or where DOSSIER_SHARED
says (a git worktree in another folder)."""
MAKE_CORPUS = SHARED / "bench" / "make_corpus.py"
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="946684800")


STAGE = re.compile(r"^(\w+): (?:\d+ \w+ )?in (\d+\.\d) s$", re.MULTILINE)
"""A progress line of the CLI (see generator.progress), such as ``classify: 188543 sentences in 3.6 s``."""
PIPELINE = ("ingest", "classify", "group", "select")


def stages(stderr: str) -> dict[str, float]:
    """Seconds of each stage the CLI reported on stderr."""
    return {name: float(sec) for name, sec in STAGE.findall(stderr)}


def measure(cmd: list[str], cwd: Path | None = None) -> tuple[float, float, float, str]:
    """Run ``cmd``; return (wall seconds, peak memory in MB, CPU seconds, stderr). Fails loudly on error."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        sys.exit(f"benchmark command failed ({proc.returncode}): {' '.join(cmd)}\n{err}")
    # ru_maxrss is in kilobytes on Linux; it covers the process and the workers it waited for.
    return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime, err


def best(cmd: list[str], repeat: int, cwd: Path | None = None, before=None) -> tuple[float, float, float, str]:
    """The fastest of ``repeat`` runs of ``cmd``; ``before()`` runs ahead of each (untimed)."""
    runs = []
    for _ in range(repeat):
        if before:
            before()
        runs.append(measure(cmd, cwd))
    return min(runs)


def corpus(n: int, work: Path) -> Path:
    """The synthetic corpus of ``n`` articles, made once and reused."""
    out = work / f"corpus-{n}"
    if not (out / ".complete").exists():
        subprocess.run([sys.executable, str(MAKE_CORPUS), str(n), str(out)], check=True)
        (out / ".complete").touch()
    return out


def project(corpus_dir: Path, work: Path) -> Path:
    """A MkDocs project for ``corpus_dir`` inheriting the package's base configuration."""
    root = work / f"project-{corpus_dir.name}"
    (root / "docs").mkdir(parents=True, exist_ok=True)
    (root / "mkdocs.yml").write_text(
        f"INHERIT: {ROOT / 'generator' / 'assets' / 'mkdocs.yml'}\nsite_name: Benchmark\n"
        f"plugins:\n  - search\n  - dossier:\n      corpus: {corpus_dir}\n", encoding="utf-8")
    return root


def row(what: str, n: int, wall: float, mem: float, cpu: float, note: str = "") -> str:
    return f"| {what} | {n:,} | {wall:.1f} | {cpu:.1f} | {mem:,.0f} | {wall / n * 1000:.2f} | {note} |"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000], help="corpus sizes to export")
    ap.add_argument("--build", type=int, nargs="*", default=[10000], help="corpus sizes to build with MkDocs")
    ap.add_argument("--rebuild", type=int, nargs="*", default=[1000], help="sizes for the edit-one-article rebuild")
    ap.add_argument("--repeat", type=int, default=2, help="runs per figure; the fastest is kept")
    ap.add_argument("--work", type=Path, default=Path("/tmp/dossier-bench"), help="where corpora and sites go")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    py = sys.executable
    lines = ["| run | articles | wall s | CPU s | peak MB | s per 1,000 | stages (s) |",
             "| --- | ---: | ---: | ---: | ---: | ---: | --- |"]
    notes = []
    exports: dict[int, float] = {}
    for n in args.sizes:
        c = corpus(n, args.work)
        wall, mem, cpu, err = best([py, "-m", "generator", "export", str(c), "--out",
                                    str(args.work / f"export-{n}.json"), "--no-cache"], args.repeat, ROOT)
        exports[n] = wall
        times = stages(err)
        split = (f"pipeline {sum(times.get(k, 0.0) for k in PIPELINE):.1f} "
                 f"({', '.join(f'{k} {times[k]:.1f}' for k in PIPELINE if k in times)}); "
                 f"insights {times.get('insights', 0.0):.1f}; JSON {times.get('export', 0.0):.1f}")
        lines.append(row("export (no cache)", n, wall, mem, cpu, split))
        print(lines[-1], file=sys.stderr)
    for n in args.build:
        c = corpus(n, args.work)
        root = project(c, args.work)
        site = args.work / f"site-{n}"
        wall, mem, cpu, _ = best([py, "-m", "mkdocs", "build", "-q", "-f", str(root / "mkdocs.yml"), "-d", str(site)],
                              args.repeat, root, before=lambda r=root: _clear_cache(r))
        lines.append(row("mkdocs build (no cache)", n, wall, mem, cpu))
        print(lines[-1], file=sys.stderr)
        index = (site / "search" / "search_index.json").read_bytes()
        pages = sum(1 for _ in site.rglob("*.html"))
        notes.append(f"- {n:,} articles: {pages:,} HTML pages; search index {len(index) / 1e6:.1f} MB "
                     f"({len(gzip.compress(index)) / 1e6:.2f} MB gzipped)")
    for n in args.rebuild:
        c = corpus(n, args.work)
        root = project(c, args.work)
        out = subprocess.run([py, str(Path(__file__).with_name("rebuild.py")), str(root / "mkdocs.yml"),
                              str(args.work / f"site-rebuild-{n}"), str(args.repeat)],
                             env=ENV, cwd=root, capture_output=True, text=True, check=True)
        first, again = (float(x) for x in out.stdout.split())
        lines.append(f"| first build under serve (cache cold) | {n:,} | {first:.1f} | | | {first / n * 1000:.2f} | |")
        lines.append(f"| rebuild after editing 1 article | {n:,} | {again:.1f} | | | | |")
        print("\n".join(lines[-2:]), file=sys.stderr)
    if len(exports) >= 2:
        small, large = min(exports), max(exports)
        notes.append(f"- export time ratio {large:,}/{small:,}: {exports[large] / exports[small]:.1f}x "
                     f"for {large / small:.0f}x the articles")
    print(f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, {platform.system()} {platform.release()}\n")
    print("\n".join(lines + [""] + notes))


def _clear_cache(root: Path) -> None:
    subprocess.run(["rm", "-rf", str(root / ".cache")], check=True)


if __name__ == "__main__":
    main()
