"""Coverage: key facts x outlets, single-source facts marked, reprints counted once."""

from __future__ import annotations

from pathlib import Path

from insights_support import fixture_insights


def test_fixture_coverage(tmp_path: Path) -> None:
    dossier, ins = fixture_insights(tmp_path)
    quoted = {q.fact.id for p in dossier.pages for q in p.quotes}
    assert {r.fact for r in ins.coverage} == quoted
    assert len(ins.coverage) == len(quoted)  # a fact on two pages is one row
    by_fact = {r.fact: r for r in ins.coverage}
    first_quote = {}
    for p in dossier.pages:
        for q in p.quotes:
            first_quote.setdefault(q.fact.id, q)
    for row in ins.coverage:
        # A row counts what its quote's badge counts: restatements cited beside the quote included.
        assert [c.article for c in row.citations] == list(first_quote[row.fact].articles)
        assert row.single_source == (len(row.outlets) == 1)
    restated = [q for q in first_quote.values() if q.also]
    assert restated, "the fixture has a quote with a restatement merged in beside it"
    for q in restated:
        assert len(by_fact[q.fact.id].citations) == len(q.fact.members) + len(q.also)
    # The agency story is in two files but is one outlet: its facts are single-source.
    crane = next(r for r in by_fact.values() if "largest crane" in r.citations[0].text)
    assert len(crane.citations) == 2 and crane.outlets == ("wire:associated press",) and crane.single_source
    assert any(not r.single_source for r in ins.coverage)
