"""The orchestrator: runs the stages in order and returns a :class:`~generator.records.Dossier`.

1. ingest   - find, read and decode the article files (front matter, HTML text and metadata)
2. segment  - split each article into sentences with exact character spans
              Stages 1 and 2 run per file, together (:func:`load_all`): results are cached by content
              hash (:mod:`generator.cache`) and the files the cache lacks are loaded and split on
              every core
3. classify - score each quotable sentence against each topic, and for salience
4. group    - merge sentences of different articles that state the same fact
5. select   - choose, de-duplicate and order each topic page's facts. Facts are first split where
              their sentences disagree on numbers (cheap for all); the facts it shows are then
              verified by meaning (:mod:`generator.verify`) and split where their articles differ,
              and the pages chosen again once; after the last check the quotes keep only what it
              confirmed
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
from pathlib import Path

from generator.cache import ArticleCache, Entry
from generator.classify import classify
from generator.embed import Meaning
from generator.errors import ArticleError
from generator.group import group
from generator.ingest import Found, Ingested, Loaded, collect, failure, find, load_article, read_bytes
from generator.language import CAVEAT as FOREIGN, unquoted_if_foreign
from generator.progress import Progress
from generator.records import Dossier, Kind, Sentence
from generator.segment import segment
from generator.semantic import compared_texts
from generator.select import Served, select
from generator.settings import Settings
from generator.similarity import TERMS, terms
from generator.textutil import STEMS, content_stems
from generator.verify import ROUNDS, keep_confirmed, shown, split_by_figures, verify

log = logging.getLogger(__name__)

MIN_PARALLEL = 400
"""Fewer files than this are loaded in-process: starting workers would cost more."""
CHUNK = 100
"""Files per task sent to a worker: large enough to amortise the hand-over, small enough to balance."""

MEMO_SPARE = 2
"""Under serve, the remembered stems and terms are forgotten once they outnumber the corpus's
sentences this many times (texts of edited or deleted articles pile up)."""
MEMO_FLOOR = 10_000
"""... or, for a small corpus, once they number more than this (topic cues are remembered too)."""

Result = tuple[Loaded, Entry | None, bool, str]
"""One file's outcome, what the cache keeps of it (``None`` when it was skipped), whether it came
from the cache, and its cache key (empty without a cache)."""

_work: tuple[Sequence[tuple[Path, str, str]], int, ArticleCache] | None = None
"""The files to load, the size limit and the cache, set just before the worker processes fork so
they inherit them unpickled."""


def load_one(path: Path, rel: str, aid: str, max_file_bytes: int, cache: ArticleCache) -> Result:
    """Stages 1 and 2 for one file, from the cache when it has them.

    The stems and terms of the quotable sentences are worked out here too, so that they are cached
    with the sentences and, on a large corpus, computed on every core rather than in classify and
    group (which find them in :data:`~generator.textutil.STEMS` and :data:`~generator.similarity.TERMS`).
    """
    try:
        status = path.stat()
        key = cache.unchanged(path, rel, aid, status) if status.st_size <= max_file_bytes else None
        if key is not None:  # under serve, the file is as it was when last read
            assert cache.memory is not None
            hit = cache.memory[key]
            return (rel, hit.article, hit.caveats), hit, True, key
        raw = read_bytes(path, rel, max_file_bytes)
        key = cache.key(rel, aid, raw) if cache.root is not None else ""
        cache.read(path, rel, aid, status, key)
        hit = cache.get(key, rel, aid, raw)
        if hit is not None:
            return (rel, hit.article, hit.caveats), hit, True, key
        article, caveats = load_article(path, rel, aid, raw)
    except (ArticleError, OSError) as exc:
        return (rel, None, (failure(exc),)), None, False, ""
    sentences = segment(article)
    foreign = unquoted_if_foreign(sentences)
    if foreign is not None:
        sentences = foreign
        caveats.append(FOREIGN)
    quotable = [s.text for s in sentences if s.kind is Kind.SENTENCE]
    entry = Entry(article, tuple(caveats), sentences, tuple(" ".join(content_stems(t)) for t in quotable),
                  tuple(" ".join(terms(t)) for t in quotable))
    cache.put(key, entry)
    return (rel, article, entry.caveats), entry, False, key


def _load_chunk(bounds: tuple[int, int]) -> list[Result]:
    assert _work is not None
    files, max_file_bytes, cache = _work
    return [load_one(path, rel, aid, max_file_bytes, cache) for path, rel, aid in files[bounds[0]:bounds[1]]]


def _workers(n_files: int) -> int:
    """How many processes to load ``n_files`` with (1 means in this process)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    # Forking a process that runs threads (mkdocs serve's server) can deadlock a child: stay serial.
    if (n_files < MIN_PARALLEL or cores < 2 or threading.active_count() > 1
            or "fork" not in multiprocessing.get_all_start_methods()):
        return 1
    return cores


def load_all(found: Found, corpus: Path, max_file_bytes: int, cache: ArticleCache,
             advance: Callable[[int], None] = lambda n: None) -> tuple[Ingested, dict[str, tuple[Sentence, ...]]]:
    """Stages 1 and 2 for every file of ``found``: the articles (as :func:`~generator.ingest.ingest`
    gives them) and the sentences of each, by article id.

    Files are loaded in parallel when there are many; the output does not depend on it.
    """
    global _work
    files = found.files
    workers = _workers(len(files))
    results: list[Result] = []

    def take(chunk: list[Result]) -> None:
        # The stems and terms worked out with each file are remembered as its result comes in (with
        # workers, while they load the next files).
        results.extend(chunk)
        for _, entry, _, _ in chunk:
            if entry is not None:
                quotable = [s.text for s in entry.sentences if s.kind is Kind.SENTENCE]
                STEMS.add(zip(quotable, entry.stems))
                TERMS.add(zip(quotable, entry.terms))
        advance(len(chunk))

    if workers == 1:
        for path, rel, aid in files:
            take([load_one(path, rel, aid, max_file_bytes, cache)])
    else:
        _work = (files, max_file_bytes, cache)
        try:
            bounds = [(i, min(i + CHUNK, len(files))) for i in range(0, len(files), CHUNK)]
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                # imap keeps the input order, so the output does not depend on scheduling.
                for chunk in pool.imap(_load_chunk, bounds):
                    take(chunk)
        finally:
            _work = None
    cache.hits += sum(1 for _, _, cached, _ in results if cached)
    cache.misses += sum(1 for _, entry, cached, _ in results if entry is not None and not cached)
    for _, entry, _, key in results:
        if entry is not None:
            cache.remember(key, entry)
    cache.keep_only_used()
    ingested = collect(found, corpus, [loaded for loaded, _, _, _ in results])
    entries = {entry.article.id: entry for _, entry, _, _ in results if entry is not None}
    # Article order; duplicates dropped by collect are not kept.
    return ingested, {a.id: entries[a.id].sentences for a in ingested.articles}


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector: the stages build millions of small acyclic records, and each
    full collection walks all of them, which made a 10,000-article run about twice as slow. The
    callers that analyse and render the dossier after :func:`run` pause it the same way."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def pages_without_facts(dossier: Dossier) -> list[tuple[int, str]]:
    """An INFO line naming the topic pages left without key facts, as ``(logging level, line)``, for the
    CLI and the MkDocs plugin to print alike (each such page says so too); none when every page has some."""
    empty = [page.topic.id for page in dossier.pages if not page.quotes]
    if not empty or not dossier.articles:
        return []
    return [(logging.INFO, f"{len(empty)} of {len(dossier.pages)} topic pages have no key facts: {', '.join(empty)}. "
                           "No article states a fact that clearly belongs there; if one should, describe the topic "
                           "or give it cues in the words the articles use.")]


OnIngest = Callable[[Ingested], None]
"""Told what ingest found (its skipped files and caveats) as soon as it ends, before the slower stages."""


def run(settings: Settings, progress: Progress | None = None, memory: dict[str, Entry] | None = None,
        on_ingest: OnIngest | None = None) -> Dossier:
    """Run stages 1-5 on ``settings.corpus`` (see :func:`_run`), with the cyclic collector paused.

    ``memory`` keeps cache entries between runs of a long-lived process (see
    :class:`~generator.cache.ArticleCache`). The stems and terms remembered for the run are forgotten
    at its end, except with a ``memory``: the next run (a serve rebuild) meets the same sentences, so
    they are kept while they number at most MEMO_SPARE times this run's sentences (or MEMO_FLOOR).
    """
    sentences = 0
    try:
        with no_cyclic_gc():
            dossier = _run(settings, progress, memory, on_ingest)
        sentences = sum(map(len, dossier.sentences.values()))
        return dossier
    finally:
        if memory is None or max(len(STEMS.known), len(TERMS.known)) > max(MEMO_SPARE * sentences, MEMO_FLOOR):
            STEMS.clear()
            TERMS.clear()


def _run(settings: Settings, progress: Progress | None = None, memory: dict[str, Entry] | None = None,
         on_ingest: OnIngest | None = None) -> Dossier:
    """Run stages 1-5 on ``settings.corpus``.

    Args:
        settings: what to run on.
        progress: where to report the stages; by default per ``settings.progress``, on stderr.
        memory: cache entries kept in memory between runs (only used with a cache folder).
        on_ingest: told what ingest found, so that a skipped file is reported before the stages after it.

    Raises:
        CorpusError: the corpus folder is missing or holds no usable article.
    """
    progress = progress or Progress(settings.progress)
    cache = ArticleCache(settings.cache_dir, memory)
    # 1-2. ingest and segment, per file
    found = find(settings.corpus, [settings.topics_file] if settings.topics_file else [])
    with progress.stage("ingest", total=len(found.files), unit="file") as advance:
        ingested, sentences = load_all(found, settings.corpus, settings.max_file_bytes, cache, advance)
    flat = [s for a in ingested.articles for s in sentences[a.id]]
    log.info("ingest: %d article(s) from %d file(s), %d from the cache; %d sentence(s)",
             len(ingested.articles), ingested.files_seen, cache.hits, len(flat))
    if on_ingest is not None:
        on_ingest(ingested)
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
        # The sentences classify compared by meaning are encoded already: any of them may be cited beside
        # a quote it paraphrases (see select's corroboration).
        sampled = set(compared_texts([x.sentence for x in scored], settings.topics))
        meaning.admit(sorted(sampled))
        pool = [x for x in scored if x.sentence.text in sampled]
        served: Served = {}
        facts = split_by_figures(facts)
        pages = select(facts, settings.topics, settings.max_quotes, meaning, served, pool)
        for n in range(ROUNDS):
            checked = verify(facts, shown(pages), meaning)
            if checked is facts:
                break
            facts = checked
            if n == ROUNDS - 1:  # the last round trims the quotes instead of choosing the pages again
                pages = keep_confirmed(pages, facts)
            else:
                pages = select(facts, settings.topics, settings.max_quotes, meaning, served, pool)
        advance(len(pages))
    return Dossier(
        articles=ingested.articles,
        sentences=sentences,
        pages=pages,
        facts=facts,
        problems=ingested.problems,
        files_seen=ingested.files_seen,
    )
