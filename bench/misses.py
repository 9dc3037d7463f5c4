#!/usr/bin/env python3
"""Why the labelled key facts that a benchmark export misses are missing, and what fills the pages.

usage: misses.py [NAME ...] [--exports DIR] [--max-quotes N] [--list] [--scorer PATH]

Reads the exports ``quality.py`` keeps (``--out``, by default ``.cache/bench/quality``) and each
corpus's ``nuggets.yaml``, and sorts every key fact (by the scorer's rule: a quote on the fact's page
holds one of its evidence texts) into one of:

- ``quoted``: quoted on its page;
- ``cited only``: on its page, but only in a citation beside a quote of another sentence (which
  sentence grouping chose to quote, or a loose citation);
- ``elsewhere``: quoted on another page only (topic assignment);
- ``left out, full``: on no page, its page holding ``--max-quotes`` quotes (ranking);
- ``left out, room``: on no page, its page with room left (the cut-off, or a topic score too low).

It also sorts the quotes of every page: ``new fact`` (the first to hold one of the page's key facts),
``repeat`` (holds only key facts quoted above it on the page: the scorer's repeated facts), ``other
page's fact`` and ``no key fact``. ``--list`` prints each missed fact. The labels stay out of the test
suite and out of the method: this tells where to look, not what to fit.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import yaml

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DOSSIER_SHARED") or ROOT.parent / "shared")
"""The shared folder (scorer, seed labels, corpus maker): beside the checkout, or where DOSSIER_SHARED
says (a git worktree in another folder)."""
MISSES = ("quoted", "cited only", "elsewhere", "left out, full", "left out, room")
QUOTES = ("new fact", "repeat", "other page's fact", "no key fact")


def _spaced(text: str) -> str:
    return " ".join(text.split())


def evidence(nuggets: dict) -> dict[tuple[str, str], list[str]]:
    """(topic, nugget id) -> the nugget's evidence texts, spaced as the scorer compares them."""
    return {(topic, nid): [_spaced(e.split(":", 1)[1]) for e in n["evidence"]]
            for topic, found in (nuggets or {}).items() for nid, n in (found or {}).items()}


def cited_texts(export: dict, corpus: Path, scorer: ModuleType) -> dict[tuple[str, int], list[str]]:
    """Per (topic, quote index), what a reader sees of every span the quote cites, the files decoded
    and HTML spans stripped of tags as the ``scorer`` does."""
    files = {a["id"]: a["file"] for a in export["articles"]}
    texts: dict[str, str] = {}
    out = {}
    for t in export["topics"]:
        for k, q in enumerate(t["quotes"]):
            spans = []
            for c in q["citations"]:
                name = files[c["article"]]
                if c["article"] not in texts:
                    texts[c["article"]] = scorer.decode((corpus / name).read_bytes())
                html = name.lower().endswith((".html", ".htm"))
                spans.append(_spaced(scorer.visible(texts[c["article"]][c["start"]:c["end"]], html)))
            out[(t["id"], k)] = spans
    return out


def misses(export: dict, nuggets: dict, cited: dict[tuple[str, int], list[str]], max_quotes: int
           ) -> tuple[dict[tuple[str, str], str], Counter[str]]:
    """The category (:data:`MISSES`) of every key fact, and the count of each kind of quote (:data:`QUOTES`)."""
    facts = evidence(nuggets)
    quotes = {t["id"]: [_spaced(q["text"]) for q in t["quotes"]] for t in export["topics"]}

    def holds(text: str, key: tuple[str, str]) -> bool:
        return any(e in text for e in facts[key])

    kinds: Counter[str] = Counter()
    for topic, texts in quotes.items():
        seen: set[tuple[str, str]] = set()
        for text in texts:
            mine = {key for key in facts if holds(text, key)}
            here = {key for key in mine if key[0] == topic}
            kinds[QUOTES[0] if here - seen else QUOTES[1] if here else QUOTES[2] if mine else QUOTES[3]] += 1
            seen |= here
    found = {}
    for key in facts:
        topic = key[0]
        page = quotes.get(topic, [])
        if any(holds(text, key) for text in page):
            found[key] = MISSES[0]
        elif any(holds(span, key) for k in range(len(page)) for span in cited[(topic, k)]):
            found[key] = MISSES[1]
        elif any(holds(text, key) for texts in quotes.values() for text in texts):
            found[key] = MISSES[2]
        else:
            found[key] = MISSES[3] if len(page) >= max_quotes else MISSES[4]
    return found, kinds


def _line(name: str, misses: Counter[str] | None = None, quotes: Counter[str] | None = None) -> str:
    """One row of the table: a corpus's counts, or the column headings when none are given."""
    left = [misses[m] for m in MISSES] if misses is not None else MISSES
    right = [quotes[q] for q in QUOTES] if quotes is not None else QUOTES
    return f"{name:22} " + " ".join(f"{c:>15}" for c in left) + " | " + " ".join(f"{c:>17}" for c in right)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="corpora to read (default: every one with an export)")
    parser.add_argument("--exports", type=Path, default=ROOT / ".cache" / "bench" / "quality",
                        help="where quality.py --out wrote the exports")
    parser.add_argument("--max-quotes", type=int, default=None,
                        help="quotes a full page holds (default: the generator's default)")
    parser.add_argument("--list", action="store_true", help="print each missed key fact")
    parser.add_argument("--scorer", type=Path, default=SHARED / "eval" / "score.py",
                        help="the shared scorer, whose decoding of the files the spans are read with")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from quality import corpora, load_scorer

    from generator.settings import DEFAULT_QUOTES_PER_PAGE
    if not args.scorer.is_file():
        parser.error(f"no scorer at {args.scorer}: pass --scorer PATH")
    scorer = load_scorer(args.scorer)
    max_quotes = args.max_quotes or DEFAULT_QUOTES_PER_PAGE
    found = corpora()
    names = args.names or [n for n in found if (args.exports / f"{n}.json").is_file()]
    missing = [n for n in names if n not in found or not (args.exports / f"{n}.json").is_file()]
    if missing or not names:
        parser.error(f"no export of {', '.join(missing) or 'any corpus'} in {args.exports}: "
                     f"run bench/quality.py --out {args.exports} first")
    print(_line("corpus"))
    total_misses: Counter[str] = Counter()
    total_quotes: Counter[str] = Counter()
    for name in names:
        corpus, gold, _ = found[name]
        export = json.loads((args.exports / f"{name}.json").read_text(encoding="utf-8"))
        nuggets = yaml.safe_load((gold / "nuggets.yaml").read_text(encoding="utf-8"))
        where, kinds = misses(export, nuggets, cited_texts(export, corpus, scorer), max_quotes)
        counted = Counter(where.values())
        print(_line(name, counted, kinds))
        if args.list:
            for (topic, nid), why in sorted(where.items()):
                if why != MISSES[0]:
                    print(f"    {why:15} {topic}/{nid}")
        total_misses += counted
        total_quotes += kinds
    print(_line("all", total_misses, total_quotes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
