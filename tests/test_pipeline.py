"""The orchestrator at scale: parallel splitting, and the site's shape when there are many sources."""

from __future__ import annotations

import gc
import html
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, build_env, linked_file, project, source_pages, write_tree

import generator.pipeline as pipeline
import generator.render as render
from generator.export import to_json
from generator.settings import make_settings

FILLER = "Gardening notes\n\nTomatoes ripened early.\n\nBasil grows beside them.\n"
"""An article without a quotable sentence (only short lines), so no topic page cites it."""


PARALLEL_CHECK = """
import generator.pipeline as pipeline
from generator.export import to_json
from generator.settings import make_settings
settings = make_settings(corpus=%r, progress=False)
serial = pipeline.run(settings)
pipeline.MIN_PARALLEL, pipeline.CHUNK = 1, 2
assert pipeline._workers(5) >= 2, "no parallel split on this machine"
parallel = pipeline.run(settings)
assert to_json(parallel) == to_json(serial)
assert parallel.sentences == serial.sentences
assert list(parallel.sentences) == [a.id for a in parallel.articles]
"""


def test_parallel_split_matches_serial() -> None:
    # In a fresh interpreter: the pipeline never forks while other threads run (as in this test
    # session, with its browser and servers), so the check needs a process of its own.
    result = subprocess.run([sys.executable, "-c", PARALLEL_CHECK % str(ROOT / "corpus")], capture_output=True,
                            text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr


def test_run_restores_the_garbage_collector() -> None:
    assert gc.isenabled()
    pipeline.run(make_settings(corpus=ROOT / "corpus", progress=False))
    assert gc.isenabled()


def _build_in_process(root: Path, site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A strict MkDocs build in this process, so the renderer's limits can be lowered for the test."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    for k, v in build_env().items():
        monkeypatch.setenv(k, v)
    build(load_config(config_file=str(root / "mkdocs.yml"), site_dir=str(site), strict=True))


def test_only_cited_articles_get_a_page_and_links_resolve(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    write_tree(corpus, {p.name: p.read_bytes() for p in (ROOT / "corpus").iterdir()})
    write_tree(corpus, {f"garden-{i}.txt": FILLER.replace("early", f"in bed {i}") for i in range(3)})
    monkeypatch.setattr(render, "LIST_PAGE", 3)
    monkeypatch.setattr(render, "SEARCHABLE_SOURCES", 1)
    root = project(tmp_path, corpus)
    site = tmp_path / "site"
    _build_in_process(root, site, monkeypatch)

    export = json.loads((site / "dossier.json").read_text(encoding="utf-8"))
    cited = {c["article"] for t in export["topics"] for q in t["quotes"] for c in q["citations"]}
    every = {a["id"] for a in export["articles"]}
    assert {"garden-0", "garden-1", "garden-2"} <= every - cited, "filler articles should not be quoted"
    assert set(source_pages(site)) == cited
    assert not (site / "sources" / "garden-0.html").exists()

    # Every footnote and backlink resolves.
    checked = 0
    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        for href in re.findall(r'href="([^"#:]*)#((?:s|q)-[^"]+)"', text):
            path, anchor = html.unescape(href[0]), href[1]
            target = linked_file(page, path)
            assert target.is_file(), f"{page}: {href} leads nowhere"
            assert f'id="{anchor}"' in target.read_text(encoding="utf-8"), f"{page}: no #{anchor}"
            checked += 1
    assert checked >= 20

    # All articles are listed on pages of LIST_PAGE, each linked from the Sources page.
    n = len(every)
    lists = sorted((site / "sources" / "_list").glob("*.html"))
    assert len(lists) == -(-n // 3)
    listed = "".join(p.read_text(encoding="utf-8") for p in lists)
    assert listed.count("<tr>") - len(lists) == n  # one header row per page
    assert "Gardening notes" in listed
    index = (site / "sources" / "index.html").read_text(encoding="utf-8")
    assert all(f'href="_list/{k}.html"' in index for k in range(1, len(lists) + 1))

    # Over SEARCHABLE_SOURCES, source and list pages leave the index; topic pages stay.
    docs = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    locations = {d["location"].split("#")[0] for d in docs}
    assert any(loc.startswith("topics/") for loc in locations)
    assert "sources/" in locations
    assert not any(loc.startswith("sources/") and loc != "sources/" for loc in locations), sorted(locations)


def test_small_briefing_lists_sources_on_one_searchable_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = project(tmp_path, ROOT / "corpus")
    site = tmp_path / "site"
    _build_in_process(root, site, monkeypatch)
    assert not (site / "sources" / "_list").exists()
    docs = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    cited = list(source_pages(site))
    assert cited
    assert any(d["location"].startswith(f"sources/{cited[0]}.html") for d in docs)


def test_select_may_cite_any_sentence_classify_encoded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The pool select cites paraphrases from is the sample classify compared by meaning: encoded
    # already, so citing from it costs no encoding and none of the budget.
    from generator.semantic import compared_texts
    corpus = tmp_path / "corpus"
    write_tree(corpus, {f"{k}.txt": f"Report {k}\n\nThe minister arrived in Lisbon on Monday for talks number {k}.\n\n"
                        f"Officials from {k} countries attended the summit dinner on Tuesday night.\n" for k in range(4)})
    settings = make_settings(corpus=corpus, progress=False)
    seen = {}
    real = pipeline.select

    def spy(facts, topics, max_quotes, meaning, served, pool):  # type: ignore[no-untyped-def]
        seen["pool"], seen["allowed"] = list(pool), set(meaning.allowed)
        return real(facts, topics, max_quotes, meaning, served, pool)
    monkeypatch.setattr(pipeline, "select", spy)
    dossier = pipeline.run(settings)
    quotable = [s for a in dossier.articles for s in dossier.sentences[a.id] if s.kind.name == "SENTENCE"]
    expected = compared_texts(quotable, settings.topics)
    assert sorted({m.sentence.text for m in seen["pool"]}) == sorted(expected)
    assert len(seen["pool"]) == len(quotable)  # every sentence holding a sampled text
    assert set(expected) <= seen["allowed"]
