"""The quality benchmark finds its labelled corpora, scores them without cues when asked, and its gold
checker catches labels the scorer would misread."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from conftest import ROOT

from generator.topics import default_topics, load_topics


def _module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_benchmark_corpus_is_found_with_its_gold_and_own_topics() -> None:
    found = _module(ROOT / "bench" / "quality.py").corpora()
    assert next(iter(found)) == "seed"
    for name, (corpus, gold, topics) in found.items():
        assert any(corpus.iterdir()), name
        if name != "seed":
            assert (gold / "nuggets.yaml").is_file() and (gold / "labels.txt").is_file()
            if topics:
                assert load_topics(topics)  # a topics file the generator accepts
    assert sum(1 for _, _, topics in found.values() if topics) >= 3


def test_without_cues_keeps_ids_titles_and_descriptions_only(tmp_path: Path) -> None:
    path = _module(ROOT / "bench" / "quality.py").without_cues(None, tmp_path)
    topics = load_topics(path)
    assert [t.id for t in topics] == [t.id for t in default_topics()]
    assert [t.description for t in topics] == [t.description for t in default_topics()]
    assert all(not t.cues for t in topics)


def _labelled(root: Path, labels: str) -> None:
    (root / "corpus").mkdir(parents=True)
    (root / "gold").mkdir()
    (root / "corpus" / "000_wire.txt").write_text(
        "India news\n\nIndia and Nepal signed a power deal on Monday. India will buy 10,000 MW.\n", encoding="utf-8")
    (root / "gold" / "nuggets.yaml").write_text(
        'economics:\n  deal:\n    fact: A power deal\n    evidence: ["000:signed a power deal"]\n', encoding="utf-8")
    (root / "gold" / "labels.txt").write_text(labels, encoding="utf-8")


def _check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "bench" / "quality" / "check_gold.py"), str(root)],
                          capture_output=True, text=True)


def test_check_gold_passes_a_sound_corpus_and_names_what_is_wrong(tmp_path: Path) -> None:
    _labelled(tmp_path / "good", "000|T|India news\n000|E|signed a power deal\n000|E|will buy 10,000 MW\n")
    assert _check(tmp_path / "good").returncode == 0
    _labelled(tmp_path / "bad", "000|X|India\n000|E|signed a gas deal\n001|E|will buy\n000|Z|will buy 10,000 MW\n")
    result = _check(tmp_path / "bad")
    assert result.returncode == 1
    for problem in ("'India' is short and found more than once", "not in 000_wire: 'signed a gas deal'",
                    "key '001' names 0 articles", "000|Z: unknown code"):
        assert problem in result.stdout
