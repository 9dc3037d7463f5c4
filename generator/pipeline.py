"""The orchestrator: runs the stages in order and returns a :class:`~generator.records.Dossier`.

1. ingest   - find, decode and read the article files (front matter, HTML text and metadata)
2. segment  - split each article into sentences with exact character spans
3. classify - score each quotable sentence against each topic, and for salience
4. group    - merge sentences of different articles that state the same fact
5. select   - choose, de-duplicate and order each topic page's facts
Rendering (pages and the JSON export) is done by the callers, from the returned dossier.
"""

from __future__ import annotations

import logging

from generator.classify import classify
from generator.group import group
from generator.ingest import ingest
from generator.records import Dossier, Sentence
from generator.segment import segment
from generator.select import select
from generator.settings import Settings

log = logging.getLogger(__name__)


def run(settings: Settings) -> Dossier:
    """Run stages 1-5 on ``settings.corpus``.

    Raises:
        CorpusError: the corpus folder is missing or holds no usable article.
    """
    # 1. ingest
    ingested = ingest(settings.corpus, max_file_bytes=settings.max_file_bytes)
    log.info("ingest: %d article(s) from %d file(s)", len(ingested.articles), ingested.files_seen)
    # 2. segment
    sentences: dict[str, tuple[Sentence, ...]] = {a.id: segment(a) for a in ingested.articles}
    flat = [s for a in ingested.articles for s in sentences[a.id]]
    log.info("segment: %d sentence(s)", len(flat))
    # 3. classify
    scored = classify(flat, settings.topics)
    # 4. group
    facts = group(scored)
    log.info("group: %d quotable sentence(s) in %d fact(s)", len(scored), len(facts))
    # 5. select
    pages = select(facts, settings.topics, settings.max_quotes)
    return Dossier(
        articles=ingested.articles,
        sentences=sentences,
        pages=pages,
        facts=facts,
        problems=ingested.problems,
        files_seen=ingested.files_seen,
    )
