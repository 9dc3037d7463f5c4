#!/usr/bin/env python3
"""How well classify places the labelled sentences of the seed corpus and of bench/quality/.

usage: topic_accuracy.py [NAME ...] [--scorer PATH]

The shared scorer judges the quotes a run shows: some fifty per corpus, so one quote more or less at
a page's margin moves its figures by a few hundredths. This reads every sentence the gold's
``labels.txt`` labels (about a hundred per corpus) and prints, per corpus and over all of them:

- ``best``: the share of sentences labelled with a topic whose best-scoring topic is one of its labels;
- ``served``: the share of them that serve (:func:`generator.select.serves`) one of their labels;
- ``right``: of all the pages these sentences serve, the share that are one of their labels;
- ``off``: sentences labelled with no topic that serve a page all the same.

Labels use the scorer's letter codes (its defaults, or a corpus's own ``# codes:`` line).
"""

from __future__ import annotations

import argparse
import re
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DOSSIER_SHARED") or ROOT.parent / "shared")
"""The shared folder (scorer, seed labels, corpus maker): beside the checkout, or where DOSSIER_SHARED
says (a git worktree in another folder)."""
sys.path.insert(0, str(ROOT))

from generator.pipeline import run  # noqa: E402
from generator.records import Fact, Topic  # noqa: E402
from generator.select import serves  # noqa: E402
from generator.settings import make_settings  # noqa: E402


def _spaced(text: str) -> str:
    return " ".join(text.split())


def read_labels(gold: Path, codes: dict[str, str]) -> list[tuple[str, frozenset[str]]]:
    """(text, topic ids) per labelled sentence of ``gold``'s labels.txt: ``codes`` maps its letters to
    topic ids, unless the file has its own ``# codes:`` line. Letters of no topic give no id."""
    labels = []
    for line in (gold / "labels.txt").read_text(encoding="utf-8").splitlines():
        own = re.match(r"#\s*codes:\s*(.+)", line)
        if own:
            codes = {k.strip(): v.strip() for k, v in (kv.split("=", 1) for kv in own.group(1).split(","))}
        elif line.strip() and not line.startswith("#"):
            _, letters, text = line.split("|", 2)
            labels.append((_spaced(text), frozenset(codes[c] for c in letters if c in codes)))
    return labels


@dataclass
class Accuracy:
    """Counts behind the printed shares (see the module's docstring)."""

    labelled: int = 0
    best: int = 0
    served: int = 0
    pages: int = 0
    right: int = 0
    off: int = 0

    def add(self, other: Accuracy) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def line(self, name: str) -> str:
        labelled = self.labelled or 1
        return (f"{name:22} {self.labelled:5} {self.best / labelled:7.3f} {self.served / labelled:7.3f} "
                f"{self.right / (self.pages or 1):7.3f} {self.off:5}")


def accuracy(facts: Sequence[Fact], topics: Sequence[Topic], labels: Sequence[tuple[str, frozenset[str]]]) -> Accuracy:
    """Score the sentences of ``facts`` that ``labels`` name (the first sentence holding each label's text)."""
    ids = [t.id for t in topics]
    sentences = {_spaced(m.sentence.text): m for f in facts for m in f.members}
    out = Accuracy()
    for text, allowed in labels:
        found = next((m for t, m in sentences.items() if text in t), None)
        if found is None:
            continue
        given = {s.topic: s.score for s in found.scores}
        scores = {t: given.get(t, 0.0) for t in ids}
        pages = [t for t in ids if serves(scores, t)]
        if not allowed:
            out.off += bool(pages)
            continue
        out.labelled += 1
        out.best += max(ids, key=lambda t: scores[t]) in allowed
        out.served += any(t in allowed for t in pages)
        out.pages += len(pages)
        out.right += sum(t in allowed for t in pages)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="corpora to read (default: all)")
    parser.add_argument("--scorer", type=Path, default=SHARED / "eval" / "score.py",
                        help="the shared scorer, whose default letter codes the labels use")
    args = parser.parse_args(argv)
    if not args.scorer.is_file():
        parser.error(f"no scorer at {args.scorer}: pass --scorer PATH")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from quality import corpora, load_scorer

    scorer = load_scorer(args.scorer)

    found = corpora()
    unknown = sorted(set(args.names) - set(found))
    if unknown:
        parser.error(f"no labelled corpus named {', '.join(unknown)}; known: {', '.join(found)}")
    print(f"{'corpus':22} {'n':>5} {'best':>7} {'served':>7} {'right':>7} {'off':>5}")
    total = Accuracy()
    for name in args.names or found:
        corpus, gold, topics_file = found[name]
        settings = make_settings(corpus=corpus, topics_file=topics_file, progress=False)
        counts = accuracy(run(settings).facts, settings.topics, read_labels(gold, dict(scorer.TOPIC_CODES)))
        print(counts.line(name))
        total.add(counts)
    print(total.line("all"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
