"""Helpers for the insight tests: run the real pipeline on small hand-written corpora."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import ROOT, write_tree

from generator.insights import Insights, Options, analyse
from generator.pipeline import run
from generator.records import Dossier
from generator.settings import make_settings

FIXTURE = ROOT / "tests" / "fixtures" / "bridge"
"""A second corpus: the collapse of the Francis Scott Key Bridge in Baltimore (26 March 2024), written
for these tests in our own words from public reporting. Outlet names and URLs are made up (example.*
domains). Some differences are on purpose, to be found as disagreements: how many people went into
the water, on which day divers recovered two bodies, and what rebuilding may cost. bay-times.md and
riverside-courier.md are one agency story printed by two sites (one with an "(AP)" dateline)."""


def article(title: str, body: str, *, source: str, published: str | None = None, url: str | None = None) -> str:
    """An article file with YAML front matter."""
    lines = ["---", f"title: {title}", f"source: {source}"]
    if published:
        lines.append(f"published: {published}")
    if url:
        lines.append(f"url: {url}")
    return "\n".join(lines) + "\n---\n" + body.strip() + "\n"


def dossier_of(tmp_path: Path, files: dict[str, str]) -> Dossier:
    """The dossier of a corpus written from ``files`` into ``tmp_path``."""
    return run(make_settings(corpus=write_tree(tmp_path / "corpus", files), progress=False))


def analyse_files(tmp_path: Path, files: dict[str, str], options: Options | None = None) -> tuple[Dossier, Insights]:
    """The dossier and its insights for a hand-written corpus."""
    dossier = dossier_of(tmp_path, files)
    return dossier, analyse(dossier, options)


def fixture_corpus(tmp_path: Path) -> Path:
    """The bridge fixture's articles copied into their own folder (tests never touch the originals)."""
    corpus = tmp_path / "bridge"
    corpus.mkdir()
    for path in sorted(FIXTURE.glob("*.md")):
        shutil.copy(path, corpus / path.name)
    return corpus


def fixture_insights(tmp_path: Path) -> tuple[Dossier, Insights]:
    """The bridge fixture's dossier and insights."""
    dossier = run(make_settings(corpus=fixture_corpus(tmp_path), progress=False))
    return dossier, analyse(dossier)


def two_articles(alpha: str, beta: str, *, published: str | None = None) -> dict[str, str]:
    """Two article files (for :func:`analyse_files`), A of source Alpha and B of source Beta, with these
    bodies and, when given, one publication date."""
    return {"a.md": article("A", alpha, source="Alpha", published=published),
            "b.md": article("B", beta, source="Beta", published=published)}
