#!/usr/bin/env python3
"""Score the seed corpus and every labelled corpus under bench/quality/ with the shared scorer.

usage: quality.py [NAME ...] [--scorer PATH] [--out DIR] [--show] [--no-cues]

Each corpus of bench/quality/ is a folder with ``corpus/`` (the articles), ``gold/`` (the scorer's
``nuggets.yaml`` and ``labels.txt``) and, when it has its own topics, ``topics.yaml``. Its articles
were written for this benchmark (see each folder's SOURCES.md), and its labels were made without
seeing Dossier's code or output. Prints one line per corpus (recall, precision, corroboration,
duplicate pairs, repeated facts, quotes per nugget) and the mean of the corpora other than the seed.
Exports are kept in ``--out`` (default ``.cache/bench/quality``) to read what a change did.
``--no-cues`` scores each corpus with its topics' cue words left out (titles and descriptions only,
as a topics file written in the contract's minimal shape gives them).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import os
import sys
from pathlib import Path
from types import ModuleType

import yaml

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DOSSIER_SHARED") or ROOT.parent / "shared")
"""The shared folder (scorer, seed labels, corpus maker): beside the checkout, or where DOSSIER_SHARED
says (a git worktree in another folder)."""
FIGURES = ("nugget_recall", "precision", "corroboration", "duplicate_pairs", "repeated_facts",
           "quotes_per_nugget")


def corpora() -> dict[str, tuple[Path, Path, Path | None]]:
    """Name -> (articles, gold, topics file or None): the seed first, then bench/quality/ by name."""
    found = {"seed": (ROOT / "corpus", SHARED / "eval" / "seeds", None)}
    for d in sorted((ROOT / "bench" / "quality").iterdir()):
        if (d / "gold" / "nuggets.yaml").is_file():
            topics = d / "topics.yaml"
            found[d.name] = (d / "corpus", d / "gold", topics if topics.is_file() else None)
    return found


def load_scorer(path: Path) -> ModuleType:
    """The shared scorer at ``path`` as a module (its letter codes, its decoding of the files)."""
    spec = importlib.util.spec_from_file_location("score", path)
    assert spec and spec.loader
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer


def without_cues(topics: Path | None, out: Path) -> Path:
    """A copy of ``topics`` (the default topics when None) with every key but id, title and
    description left out, written into ``out``."""
    source = topics or ROOT / "generator" / "default_topics.yaml"
    kept = [{k: t[k] for k in ("id", "title", "description") if k in t}
            for t in yaml.safe_load(source.read_text(encoding="utf-8"))]
    path = out / f"{source.parent.name}-{source.stem}-no-cues.yaml"
    path.write_text(yaml.safe_dump(kept, sort_keys=False), encoding="utf-8")
    return path


def score(name: str, corpus: Path, gold: Path, topics: Path | None, scorer: Path, out: Path) -> dict:
    """Export ``corpus`` and return the scorer's figures for it."""
    export = out / f"{name}.json"
    command = [sys.executable, "-m", "generator", "export", str(corpus), "--out", str(export), "--quiet"]
    if topics:
        command += ["--topics", str(topics)]
    subprocess.run(command, check=True, cwd=ROOT)
    result = subprocess.run([sys.executable, str(scorer), str(export), str(corpus), str(gold), "--json"],
                            check=True, capture_output=True, text=True)
    return json.loads(result.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="corpora to score (default: all)")
    parser.add_argument("--scorer", type=Path, default=SHARED / "eval" / "score.py")
    parser.add_argument("--out", type=Path, default=ROOT / ".cache" / "bench" / "quality")
    parser.add_argument("--show", action="store_true", help="also list missed and misplaced facts")
    parser.add_argument("--no-cues", action="store_true", help="leave the topics' cue words out")
    args = parser.parse_args()
    if not args.scorer.is_file():
        parser.error(f"no scorer at {args.scorer}: pass --scorer PATH")
    known = corpora()
    names = args.names or list(known)
    unknown = [n for n in names if n not in known]
    if unknown:
        parser.error(f"unknown corpus {', '.join(unknown)}; known: {', '.join(known)}")
    args.out.mkdir(parents=True, exist_ok=True)
    print(f"{'corpus':14} {'recall':>7} {'prec':>7} {'corrob':>7} {'dups':>5} {'repeats':>7} {'q/nug':>6}")
    others = []
    for name in names:
        corpus, gold, topics = known[name]
        if args.no_cues:
            topics = without_cues(topics, args.out)
        result = score(name, corpus, gold, topics, args.scorer, args.out)
        row = [result[f] for f in FIGURES]
        print(f"{name:14} {row[0]:7.3f} {row[1]:7.3f} {row[2]:7.3f} {row[3]:5d} {row[4]:7d} {row[5]:6.2f}",
              flush=True)
        if args.show:
            for key in ("missed", "misplaced"):
                for line in result[key]:
                    print(f"    {key}: {line}")
        if name != "seed":
            others.append(row)
    if len(others) > 1:
        mean = [sum(r[k] for r in others) / len(others) for k in range(len(FIGURES))]
        print(f"{'mean (others)':14} {mean[0]:7.3f} {mean[1]:7.3f} {mean[2]:7.3f} {mean[3]:5.1f} "
              f"{mean[4]:7.1f} {mean[5]:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
