"""The per-article cache: an edited article is redone, an unchanged one is not re-read or re-split."""

from __future__ import annotations

import ast
import json
import os
import shutil
import time
from pathlib import Path

import pytest
from conftest import ROOT, mkdocs_build, project, write_tree

import generator.cache as cache_module
import generator.pipeline as pipeline
from generator.cache import ArticleCache
from generator.export import to_json
from generator.ingest import find
from generator.similarity import TERMS, terms
from generator.textutil import STEMS, content_stems
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
    """Ids of the articles the segmenter is run on (the pipeline's own reference to it), and files
    decoded and parsed (``load:<file>``)."""
    seen: list[str] = []
    real_segment, real_load = pipeline.segment, pipeline.load_article

    def segmenting(article):  # type: ignore[no-untyped-def]
        seen.append(article.id)
        return real_segment(article)

    def loading(path, rel, aid, raw):  # type: ignore[no-untyped-def]
        seen.append(f"load:{rel}")
        return real_load(path, rel, aid, raw)

    monkeypatch.setattr(pipeline, "segment", segmenting)
    monkeypatch.setattr(pipeline, "load_article", loading)
    return seen


def split(calls: list[str]) -> list[str]:
    """The articles split (the loads dropped), sorted."""
    return sorted(c for c in calls if not c.startswith("load:"))


def _run(corpus: Path, cache_dir: Path | None, memory: dict | None = None) -> tuple[str, ArticleCache]:  # type: ignore[type-arg]
    settings = make_settings(corpus=corpus, cache_dir=cache_dir, progress=False)
    seen: list[ArticleCache] = []
    real = pipeline.ArticleCache

    def keep(root, memory=None):  # type: ignore[no-untyped-def]
        seen.append(real(root, memory))
        return seen[-1]

    pipeline.ArticleCache = keep  # type: ignore[assignment,misc]
    try:
        dossier = pipeline.run(settings, memory=memory)
    finally:
        pipeline.ArticleCache = real  # type: ignore[misc]
    return to_json(dossier) + json.dumps({k: [s.text for s in v] for k, v in dossier.sentences.items()}), seen[0]


def test_unchanged_articles_come_from_the_cache(tmp_path: Path, calls: list[str]) -> None:
    corpus = write_tree(tmp_path / "corpus", ARTICLES)
    first, c1 = _run(corpus, tmp_path / "cache")
    assert sorted(calls) == ["a", "b", "c", "load:a.txt", "load:b.md", "load:c.txt"]
    assert (c1.hits, c1.misses) == (0, 3)
    calls.clear()
    again, c2 = _run(corpus, tmp_path / "cache")
    assert calls == [] and (c2.hits, c2.misses) == (3, 0), "unchanged articles were decoded or split again"
    assert again == first, "output from the cache differs from a fresh run"


def test_an_edited_article_is_redone_and_changes_the_output(tmp_path: Path, calls: list[str]) -> None:
    corpus = write_tree(tmp_path / "corpus", ARTICLES)
    before, _ = _run(corpus, tmp_path / "cache")
    calls.clear()
    (corpus / "c.txt").write_text(ARTICLES["c.txt"] + "\nTraders expect further gains in grain shipments "
                                  "once the agreement takes effect next month.\n", encoding="utf-8")
    after, c = _run(corpus, tmp_path / "cache")
    assert calls == ["load:c.txt", "c"] and (c.hits, c.misses) == (2, 1)
    assert "Traders expect further gains" in after and "Traders expect further gains" not in before
    fresh, _ = _run(corpus, None)
    assert after == fresh, "cached run and uncached run disagree after an edit"


def test_a_renamed_file_or_changed_code_misses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = write_tree(tmp_path / "corpus", ARTICLES)
    files = find(corpus).files
    raw = [path.read_bytes() for path, _, _ in files]
    key = ArticleCache.key("a.txt", "a", raw[0])
    assert key == ArticleCache.key("a.txt", "a", raw[0])
    assert key != ArticleCache.key("a.txt", "a", raw[1]), "the content is not in the key"
    assert key != ArticleCache.key("x/a.txt", "x-a", raw[0]), "the file is not in the key"
    monkeypatch.setattr(cache_module, "code_fingerprint", lambda: "another version of the segmenter")
    assert ArticleCache.key("a.txt", "a", raw[0]) != key


def test_a_damaged_entry_is_a_miss(tmp_path: Path, calls: list[str]) -> None:
    corpus = write_tree(tmp_path / "corpus", ARTICLES)
    first, _ = _run(corpus, tmp_path / "cache")
    entries = sorted((tmp_path / "cache").rglob("*.json"))
    assert len(entries) == 3
    entries[0].write_text('{"format": "txt", "sentences": [[0, 5, "trunc', encoding="utf-8")
    entries[1].write_text('[["not", "a", "row"]]', encoding="utf-8")
    # A well-formed entry whose word lists do not fit its sentences is damaged too.
    data = json.loads(entries[2].read_text(encoding="utf-8"))
    data["stems"] = data["stems"][1:]
    entries[2].write_text(json.dumps(data), encoding="utf-8")
    calls.clear()
    again, c = _run(corpus, tmp_path / "cache")
    assert len(split(calls)) == 3 and (c.hits, c.misses) == (0, 3)
    assert again == first


def test_deleting_the_cache_folder_is_safe(tmp_path: Path, calls: list[str]) -> None:
    corpus = write_tree(tmp_path / "corpus", ARTICLES)
    first, _ = _run(corpus, tmp_path / "cache")
    shutil.rmtree(tmp_path / "cache")
    calls.clear()
    again, c = _run(corpus, tmp_path / "cache")
    assert split(calls) == ["a", "b", "c"] and (c.hits, c.misses) == (0, 3)
    assert again == first
    assert len(list((tmp_path / "cache").rglob("*.json"))) == 3, "the cache was not written again"


def test_serve_keeps_the_last_runs_entries_in_memory(tmp_path: Path, calls: list[str]) -> None:
    corpus = write_tree(tmp_path / "corpus", ARTICLES)
    memory: dict = {}  # type: ignore[type-arg]
    first, _ = _run(corpus, tmp_path / "cache", memory)
    assert len(memory) == 3
    shutil.rmtree(tmp_path / "cache")  # from now on only the memory can answer
    calls.clear()
    again, c = _run(corpus, tmp_path / "cache", memory)
    assert calls == [] and c.hits == 3 and again == first
    (corpus / "c.txt").write_text(ARTICLES["c.txt"] + "\nA sentence added while the site was served.\n",
                                  encoding="utf-8")
    (corpus / "a.txt").unlink()
    old = set(memory)
    edited, c = _run(corpus, tmp_path / "cache", memory)
    assert calls == ["load:c.txt", "c"] and (c.hits, c.misses) == (1, 1)
    assert len(memory) == 2 and len(set(memory) & old) == 1, "entries of edited or deleted files were kept"
    assert STEMS.known and TERMS.known, "serve's next rebuild finds the words of the last one"
    assert edited == _run(corpus, None)[0]
    assert not STEMS.known and not TERMS.known, "a run without memory forgets the words it remembered"


def test_serve_forgets_remembered_words_past_their_bound(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = write_tree(tmp_path / "corpus", ARTICLES)
    memory: dict = {}  # type: ignore[type-arg]
    _run(corpus, None, memory)
    assert STEMS.known
    monkeypatch.setattr(pipeline, "MEMO_FLOOR", 0)
    monkeypatch.setattr(pipeline, "MEMO_SPARE", 0.5)  # fewer texts than half the sentences: never
    _run(corpus, None, memory)
    assert not STEMS.known and not TERMS.known


def test_cached_stems_and_terms_are_the_computed_ones(tmp_path: Path) -> None:
    corpus = write_tree(tmp_path / "corpus", ARTICLES)
    _run(corpus, tmp_path / "cache")
    assert not STEMS.known and not TERMS.known, "a run left its remembered words behind"
    for entry in sorted((tmp_path / "cache").rglob("*.json")):
        data = json.loads(entry.read_text(encoding="utf-8"))
        quotable = [row[2] for row in data["sentences"] if row[3] == "sentence"]
        assert quotable, entry
        assert data["stems"] == [" ".join(content_stems(t)) for t in quotable]
        assert data["terms"] == [" ".join(terms(t)) for t in quotable]


def test_memo_answers_as_the_function_does() -> None:
    text = "North-Korean officials signed the agreements on Tuesday, officials said."
    fresh = content_stems(text)
    try:
        STEMS.add([(text, " ".join(fresh))])
        once, twice = content_stems(text), content_stems(text)
        assert once == twice == fresh and once is not twice, "the memo must hand out fresh lists"
        once.append("changed")
        assert content_stems(text) == fresh
        TERMS.add([("unseen text here", "planted")])
        assert terms("unseen text here") == ["planted"], "the memo was not consulted"
    finally:
        STEMS.clear()
        TERMS.clear()
    assert terms("unseen text here") == ["unseen", "text", "unseen_text"]


def test_no_cache_writes_nothing(tmp_path: Path, calls: list[str]) -> None:
    corpus = write_tree(tmp_path / "corpus", ARTICLES)
    _run(corpus, None)
    _run(corpus, None)
    assert len(split(calls)) == 6
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


def test_an_entry_read_back_equals_the_fresh_one(tmp_path: Path) -> None:
    # HTML (body and offset map stored), cp1252 with a caveat, front matter with extra keys.
    corpus = write_tree(tmp_path / "corpus", {
        "page.html": "<html><head><title>Port reopens</title></head><body><article><h1>Port reopens</h1>"
                     "<p>The harbour authority said on Monday that the port would reopen to container ships "
                     "&amp; tankers after the storm.</p></article></body></html>",
        "old.txt": "Caf\xe9 owners said the new rules on opening hours would take effect in March this year.\n"
                   .encode("cp1252"),
        "meta.md": "---\ntitle: Talks\nsource: Example Times\ntags: [a, b]\n---\n\nThe talks ended on Wednesday "
                   "with a joint statement on energy cooperation between the two countries.\n",
    })
    cache = ArticleCache(tmp_path / "cache")
    entries = {}
    for path, rel, aid in find(corpus).files:
        fresh = pipeline.load_one(path, rel, aid, 10**6, cache)
        again = pipeline.load_one(path, rel, aid, 10**6, cache)
        assert fresh[2] is False and again[2] is True, rel
        assert again[1] == fresh[1], f"{rel}: the cached entry differs from the fresh one"
        entries[rel] = again[1]
    assert entries["page.html"].article.offsets is not None and entries["page.html"].sentences
    assert any("cp1252" in c for c in entries["old.txt"].caveats)
    assert ("tags", "a, b") in entries["meta.md"].article.meta


def test_serve_does_not_read_an_unchanged_file_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.cache import Memory

    corpus = write_tree(tmp_path / "corpus", ARTICLES)
    settled = time.time() - 60
    for p in corpus.iterdir():
        os.utime(p, (settled, settled))
    reads: list[str] = []
    real = pipeline.read_bytes

    def reading(path, rel, limit):  # type: ignore[no-untyped-def]
        reads.append(rel)
        return real(path, rel, limit)

    monkeypatch.setattr(pipeline, "read_bytes", reading)
    memory = Memory()
    first, _ = _run(corpus, tmp_path / "cache", memory)
    assert sorted(reads) == ["a.txt", "b.md", "c.txt"]

    # Unchanged files are answered from memory without being opened.
    reads.clear()
    again, c = _run(corpus, tmp_path / "cache", memory)
    assert reads == [] and c.hits == 3 and again == first

    # An edited file is read again, however its time stamp was set; so is one written just now,
    # whose status cannot be trusted yet.
    edited = ARTICLES["c.txt"].replace("sharply", "steeply")  # same length
    (corpus / "c.txt").write_text(edited, encoding="utf-8")
    os.utime(corpus / "c.txt", (settled, settled))
    (corpus / "d.txt").write_text("Late news\n\nThe port reopened on Friday after the storm had passed.\n",
                                  encoding="utf-8")
    reads.clear()
    changed, _ = _run(corpus, tmp_path / "cache", memory)
    assert sorted(reads) == ["c.txt", "d.txt"]
    assert "steeply" in changed and changed == _run(corpus, None)[0]
    reads.clear()
    _run(corpus, tmp_path / "cache", memory)
    assert reads == ["d.txt"], "a file modified just now is read until its status has settled"


    # A lower size limit still skips a file whose status is unchanged.
    a = corpus / "a.txt"
    result = pipeline.load_one(a, "a.txt", "a", 10, ArticleCache(tmp_path / "cache", memory))
    assert result[0][1] is None and "over the" in result[0][2][0]
    assert pipeline.load_one(a, "a.txt", "a", 10**6, ArticleCache(tmp_path / "cache", memory))[2] is True


def test_the_fingerprint_covers_every_module_the_cached_code_imports() -> None:
    # A change to a module that ingest or segment imports (byline's datelines) changes cached sentences.
    covered = {m.__name__.rsplit(".", 1)[-1] for m in cache_module.CACHED_CODE}
    for module in cache_module.CACHED_CODE:
        tree = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "generator":
                names = {a.name for a in node.names} - {"__version__"}
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("generator."):
                names = {node.module.split(".")[1]}
            else:
                continue
            assert names <= covered, f"{module.__name__} imports {names - covered}, which the fingerprint leaves out"
