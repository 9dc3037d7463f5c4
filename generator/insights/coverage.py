"""Coverage: which outlet reports which key fact, and which facts rest on a single outlet."""

from __future__ import annotations

from generator.insights.corpus import Corpus
from generator.insights.records import CoverageRow


def coverage(corpus: Corpus) -> tuple[CoverageRow, ...]:
    """One row per fact quoted on a topic page, in page order (a fact on two pages appears once, as on
    the first page that quotes it). A row cites the articles its quote cites, restatements merged in
    beside it included, so the table counts what the quote's badge counts."""
    rows = []
    seen: set[str] = set()
    for page in corpus.dossier.pages:
        for quote in page.quotes:
            fact = quote.fact
            if fact.id in seen:
                continue
            seen.add(fact.id)
            cites = tuple(corpus.cite(m.sentence) for m in quote.citations)
            outlets = tuple(sorted({c.outlet for c in cites}))
            rows.append(CoverageRow(fact.id, page.topic.id, cites, outlets, len(outlets) == 1))
    return tuple(rows)
