"""The orchestrator: runs the stages in order and returns a :class:`~generator.records.Dossier`.

1. ingest   - find, decode and read the article files (front matter, HTML text and metadata)
2. segment  - split each article into sentences with exact character spans; per article, so results
              are cached by content hash (:mod:`generator.cache`) and the articles the cache lacks
              are split on every core
3. classify - score each quotable sentence against each topic, and for salience
4. group    - merge sentences of different articles that state the same fact
5. select   - choose, de-duplicate and order each topic page's facts; the facts it shows are
              verified by meaning (:mod:`generator.verify`) and split where their articles differ,
              and the pages chosen again
Rendering (pages and the JSON export) is done by the callers, from the returned dossier.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from generator.cache import SegmentCache
from generator.classify import classify
from generator.embed import Meaning
from generator.group import group
from generator.ingest import ingest
from generator.progress import Progress
from generator.records import Article, Dossier, Sentence
from generator.segment import segment
from generator.select import select
from generator.settings import Settings
from generator.verify import ROUNDS, shown, verify

log = logging.getLogger(__name__)

MIN_PARALLEL = 400
"""Fewer uncached articles than this are split in-process: starting workers would cost more."""
CHUNK = 100
"""Articles per task sent to a worker: large enough to amortise the hand-over, small enough to balance."""

_work: Sequence[Article] = ()
"""The articles to split, set just before the worker processes fork so they inherit it unpickled."""


def _segment_chunk(bounds: tuple[int, int]) -> list[tuple[Sentence, ...]]:
    return [segment(a) for a in _work[bounds[0]:bounds[1]]]


def _workers(n_articles: int) -> int:
    """How many processes to split ``n_articles`` with (1 means in this process)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    # Forking a process that runs threads (mkdocs serve's server) can deadlock a child: stay serial.
    if (n_articles < MIN_PARALLEL or cores < 2 or threading.active_count() > 1
            or "fork" not in multiprocessing.get_all_start_methods()):
        return 1
    return cores


def segment_all(articles: Sequence[Article], cache: SegmentCache,
                advance: Callable[[int], None] = lambda n: None) -> dict[str, tuple[Sentence, ...]]:
    """Sentences of every article: from the cache where it has them, else split (in parallel when many)."""
    global _work
    out: dict[str, tuple[Sentence, ...]] = {}
    todo: list[Article] = []
    for a in articles:
        cached = cache.get(a)
        if cached is None:
            todo.append(a)
        else:
            out[a.id] = cached
            advance(1)
    workers = _workers(len(todo))
    if workers == 1:
        results: list[tuple[Sentence, ...]] = []
        for a in todo:
            results.append(segment(a))
            advance(1)
    else:
        _work = todo
        try:
            bounds = [(i, min(i + CHUNK, len(todo))) for i in range(0, len(todo), CHUNK)]
            results = []
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                # imap keeps the input order, so the output does not depend on scheduling.
                for (lo, hi), chunk in zip(bounds, pool.imap(_segment_chunk, bounds)):
                    results.extend(chunk)
                    advance(hi - lo)
        finally:
            _work = ()
    for a, sentences in zip(todo, results):
        cache.put(a, sentences)
        out[a.id] = sentences
    # Article order, whatever came from the cache: callers may iterate the mapping.
    return {a.id: out[a.id] for a in articles}


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector: the stages build millions of small acyclic records, and each
    full collection walks all of them, which made a 10,000-article run about twice as slow."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def run(settings: Settings, progress: Progress | None = None) -> Dossier:
    """Run stages 1-5 on ``settings.corpus`` (see :func:`_run`), with the cyclic collector paused."""
    with _no_cyclic_gc():
        return _run(settings, progress)


def _run(settings: Settings, progress: Progress | None = None) -> Dossier:
    """Run stages 1-5 on ``settings.corpus``.

    Args:
        settings: what to run on.
        progress: where to report the stages; by default per ``settings.progress``, on stderr.

    Raises:
        CorpusError: the corpus folder is missing or holds no usable article.
    """
    progress = progress or Progress(settings.progress)
    cache = SegmentCache(settings.cache_dir)
    # 1. ingest
    with progress.stage("ingest", unit="file") as advance:
        ingested = ingest(settings.corpus, max_file_bytes=settings.max_file_bytes)
        advance(ingested.files_seen)
    log.info("ingest: %d article(s) from %d file(s)", len(ingested.articles), ingested.files_seen)
    # 2. segment
    with progress.stage("segment", total=len(ingested.articles)) as advance:
        sentences = segment_all(ingested.articles, cache, advance)
    flat = [s for a in ingested.articles for s in sentences[a.id]]
    log.info("segment: %d sentence(s), %d article(s) from the cache", len(flat), cache.hits)
    # 3. classify
    with progress.stage("classify", unit="sentence") as advance:
        scored = classify(flat, settings.topics)
        advance(len(scored))
    # 4. group
    with progress.stage("group", unit="fact") as advance:
        facts = group(scored)
        advance(len(facts))
    log.info("group: %d quotable sentence(s) in %d fact(s)", len(scored), len(facts))
    # 5. select, and verify by meaning the facts it shows (which may change what it shows)
    with progress.stage("select", unit="page") as advance:
        meaning = Meaning()
        pages = select(facts, settings.topics, settings.max_quotes, meaning)
        for _ in range(ROUNDS):
            checked = verify(facts, shown(pages), meaning)
            if checked is facts:
                break
            facts = checked
            pages = select(facts, settings.topics, settings.max_quotes, meaning)
        advance(len(pages))
    return Dossier(
        articles=ingested.articles,
        sentences=sentences,
        pages=pages,
        facts=facts,
        problems=ingested.problems,
        files_seen=ingested.files_seen,
    )
