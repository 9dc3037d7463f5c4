"""The per-article cache: an edited article is redone, an unchanged one is not re-split."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, mkdocs_build, project, write_tree

import generator.cache as cache_module
import generator.pipeline as pipeline
from generator.cache import SegmentCache
from generator.export import to_json
from generator.ingest import ingest
from generator.settings import make_settings

ARTICLES = {
    "a.txt": "Leaders meet\n\nThe two leaders met in the capital on Tuesday to sign a trade agreement. "
             "Officials said the agreement covers energy and grain shipments for five years.\n",
    "b.md": "---\ntitle: Talks end\nsource: Example Times\n---\n\nThe talks ended on Wednesday with a joint "
            "statement on energy cooperation. Analysts said the agreement covers energy and grain shipments.\n",
    "c.txt": "Markets react\n\nShares of grain traders rose sharply after the trade agreement was announced "
             "in the capital. The currency also gained against the dollar on the news.\n",
}


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Ids of the articles the segmenter is run on (the pipeline's own reference to it)."""
    seen: list[str] = []
    real = pipeline.segment

    def counting(article):  # type: ignore[no-untyped-def]
        seen.append(article.id)
        return real(article)

    monkeypatch.setattr(pipeline, "segment", counting)
    return seen


def _run(corpus: Path, cache_dir: Path | None) -> tuple[str, SegmentCache]:
    settings = make_settings(corpus=corpus, cache_dir=cache_dir, progress=False)
    seen: list[SegmentCache] = []
    real = pipeline.SegmentCache

    def keep(root):  # type: ignore[no-untyped-def]
        seen.append(real(root))
        return seen[-1]

    pipeline.SegmentCache = keep  # type: ignore[assignment,misc]
    try:
        dossier = pipeline.run(settings)
    finally:
        pipeline.SegmentCache = real  # type: ignore[misc]
    return to_json(dossier) + json.dumps({k: [s.text for s in v] for k, v in dossier.sentences.items()}), seen[0]


def test_unchanged_articles_come_from_the_cache(tmp_path: Path, calls: list[str]) -> None:
    corpus = write_tree(tmp_path / "corpus", ARTICLES)
    first, c1 = _run(corpus, tmp_path / "cache")
    assert sorted(calls) == ["a", "b", "c"] and (c1.hits, c1.misses) == (0, 3)
    calls.clear()
    again, c2 = _run(corpus, tmp_path / "cache")
    assert calls == [] and (c2.hits, c2.misses) == (3, 0)
    assert again == first, "output from the cache differs from a fresh run"


def test_an_edited_article_is_redone_and_changes_the_output(tmp_path: Path, calls: list[str]) -> None:
    corpus = write_tree(tmp_path / "corpus", ARTICLES)
    before, _ = _run(corpus, tmp_path / "cache")
    calls.clear()
    (corpus / "c.txt").write_text(ARTICLES["c.txt"] + "\nTraders expect further gains in grain shipments "
                                  "once the agreement takes effect next month.\n", encoding="utf-8")
    after, c = _run(corpus, tmp_path / "cache")
    assert calls == ["c"] and (c.hits, c.misses) == (2, 1)
    assert "Traders expect further gains" in after and "Traders expect further gains" not in before
    fresh, _ = _run(corpus, None)
    assert after == fresh, "cached run and uncached run disagree after an edit"


def test_a_renamed_file_or_changed_code_misses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = write_tree(tmp_path / "corpus", ARTICLES)
    articles = ingest(corpus, max_file_bytes=10**6).articles
    cache = SegmentCache(tmp_path / "cache")
    key = cache.key(articles[0])
    assert key != cache.key(articles[1])
    monkeypatch.setattr(cache_module, "code_fingerprint", lambda: "another version of the segmenter")
    assert cache.key(articles[0]) != key


def test_a_damaged_entry_is_a_miss(tmp_path: Path, calls: list[str]) -> None:
    corpus = write_tree(tmp_path / "corpus", ARTICLES)
    first, _ = _run(corpus, tmp_path / "cache")
    entries = sorted((tmp_path / "cache").rglob("*.json"))
    assert len(entries) == 3
    entries[0].write_text('[[0, 5, "trunc', encoding="utf-8")
    entries[1].write_text('[["not", "a", "row"]]', encoding="utf-8")
    calls.clear()
    again, c = _run(corpus, tmp_path / "cache")
    assert len(calls) == 2 and c.hits == 1
    assert again == first


def test_no_cache_writes_nothing(tmp_path: Path, calls: list[str]) -> None:
    corpus = write_tree(tmp_path / "corpus", ARTICLES)
    _run(corpus, None)
    _run(corpus, None)
    assert len(calls) == 6
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus"]


def test_plugin_keeps_its_cache_outside_docs_and_corpus(tmp_path: Path) -> None:
    root = project(tmp_path, ROOT / "corpus")
    result = mkdocs_build(root, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    entries = list((root / ".cache" / "dossier").rglob("*.json"))
    assert len(entries) == len(list((ROOT / "corpus").iterdir()))
    assert not list((root / "docs").rglob("*.json"))
    # Building again from the cache gives the same site, byte for byte.
    again = mkdocs_build(root, tmp_path / "site2")
    assert again.returncode == 0, again.stderr
    for page in sorted((tmp_path / "site").rglob("*.html")):
        twin = tmp_path / "site2" / page.relative_to(tmp_path / "site")
        assert twin.read_bytes() == page.read_bytes(), page
