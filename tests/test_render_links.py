"""Every link from a generated page to a source page has a target, insight pages included."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from conftest import ROOT

from generator import render
from generator.insights import analyse
from generator.insights import cited_articles as insight_citations
from generator.pipeline import run
from generator.render import Renderer
from generator.render_insights import render_insights
from generator.settings import make_settings

LINK = re.compile(r"\]\((?:\.\./)?(sources/[^)#]+\.md)")


@pytest.mark.parametrize("corpus", ["corpus", "tests/fixtures/bridge"])
def test_every_source_link_has_a_page(corpus: str, tmp_path: Path) -> None:
    dossier = run(make_settings(corpus=ROOT / corpus, progress=False, cache_dir=tmp_path))
    insights = analyse(dossier)
    renderer = Renderer(dossier, outlets=insights.outlets, insights=insights)
    pages = renderer.pages()
    pages.update(render_insights(dossier, insights, renderer.cited))
    targets = {m for text in pages.values() for m in LINK.findall(text)}
    assert targets and targets <= set(pages)
    # a small corpus: every article an analysis cites has its page, so every insight item links
    assert set(insight_citations(insights)) <= renderer.cited


def test_articles_only_insights_cite_are_bounded_and_then_named_without_a_link(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dossier = run(make_settings(corpus=ROOT / "tests/fixtures/bridge", progress=False, cache_dir=tmp_path))
    insights = analyse(dossier)
    bare = dataclasses.replace(dossier, pages=())  # no topic page cites anything
    monkeypatch.setattr(render, "INSIGHT_SOURCES", 1)
    renderer = Renderer(bare, outlets=insights.outlets, insights=insights)
    assert len(insight_citations(insights)) > 1
    assert renderer.cited == {insight_citations(insights)[0]}
    pages = render_insights(bare, insights, renderer.cited)
    targets = {m for text in pages.values() for m in LINK.findall(text)}
    assert targets == {f"sources/{insight_citations(insights)[0]}.md"}
