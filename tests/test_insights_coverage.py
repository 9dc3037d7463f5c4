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
    for row in ins.coverage:
        fact = next(f for f in dossier.facts if f.id == row.fact)
        assert [c.article for c in row.citations] == list(fact.articles)
        assert row.single_source == (len(row.outlets) == 1)
    # The agency story is in two files but is one outlet: its facts are single-source.
    crane = next(r for r in by_fact.values() if "largest crane" in r.citations[0].text)
    assert len(crane.citations) == 2 and crane.outlets == ("wire:associated press",) and crane.single_source
    assert any(not r.single_source for r in ins.coverage)
