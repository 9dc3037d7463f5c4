"""Coverage: key facts x outlets, single-source facts marked, reprints counted once."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import write_tree
from insights_support import fixture_insights

from generator.insights import Options, analyse
from generator.pipeline import run
from generator.render_insights import InsightRenderer
from generator.settings import make_settings


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


FERRY = ("Port talks end\n\nThe transport ministers signed a ferry agreement in the harbour city on Monday after "
         "two days of talks.\n")
FERRY_AGAIN = "The ferry agreement signed on Monday doubles the weekly crossings between the two ports.\n"


def test_coverage_counts_articles_when_none_names_its_outlet(tmp_path: Path) -> None:
    def coverage_lede(name: str, files: dict[str, str]) -> str:
        dossier = run(make_settings(corpus=write_tree(tmp_path / name, files), progress=False))
        page = InsightRenderer(dossier, analyse(dossier, Options())).coverage()
        return next(line for line in page.splitlines() if re.match(r"\d+ key facts? from ", line))

    second = "Ferry deal agreed\n\n" + FERRY_AGAIN
    plain = coverage_lede("plain", {"a.txt": FERRY, "b.txt": second})
    assert re.fullmatch(r"\d+ key facts? from 2 articles; \*\*\d+\*\* rest on a single article\. No article names "
                        r"its outlet \(give each a `source:` in its front matter\), so each counts as one, under its "
                        r"headline\.", plain), plain
    named = coverage_lede("named", {"a.md": "---\nsource: Harbour Times\n---\n" + FERRY, "b.txt": second})
    assert re.fullmatch(r"\d+ key facts? from 2 outlets; \*\*\d+\*\* rest on a single outlet\.", named), named


def test_an_agency_story_in_one_file_is_credited_not_counted_once(tmp_path: Path) -> None:
    corpus = write_tree(tmp_path / "corpus", {
        # the agency's credit under a photo caption: the file names no outlet, and goes by its headline
        "a.txt": "Ferry deal signed\n\nPassengers board a ferry in the harbour on 3 March.\nAFP\n\nThe transport "
                 "ministers signed a ferry agreement in the harbour city on Monday after two days of talks.\n",
        "b.md": "---\nsource: Harbour Times\n---\n" + FERRY_AGAIN})
    dossier = run(make_settings(corpus=corpus, progress=False))
    page = InsightRenderer(dossier, analyse(dossier, Options())).coverage()
    # one file holds the story: nothing is counted once, and its headline is not repeated as a site
    assert "Counted once" not in page and "carried by" not in page, page
    assert re.search(r"Credited to the news agency the article names:\n\n- \*\*AFP\*\* \(news agency story\): "
                     r"\[Ferry deal signed\]\(\.\./sources/a\.md\)\n", page), page
