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
    sys.modules[path.stem] = module  # a dataclass of the module looks its module up there
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


def test_topic_accuracy_reads_labels_in_the_scorer_s_codes_or_a_corpus_s_own(tmp_path: Path) -> None:
    accuracy = _module(ROOT / "bench" / "topic_accuracy.py")
    (tmp_path / "labels.txt").write_text("000|BK|The border  was closed.\n000|X|By A Reporter\n", encoding="utf-8")
    codes = {"B": "background", "K": "risks"}
    assert accuracy.read_labels(tmp_path, codes) == [("The border was closed.", frozenset({"background", "risks"})),
                                                     ("By A Reporter", frozenset())]
    (tmp_path / "labels.txt").write_text("# codes: S=science, C=cost\n001|C|It cost $75m.\n", encoding="utf-8")
    assert accuracy.read_labels(tmp_path, codes) == [("It cost $75m.", frozenset({"cost"}))]


def test_topic_accuracy_counts_best_topics_pages_served_and_unlabelled_sentences_shown() -> None:
    from generator.records import Fact, Kind, ScoredSentence, Sentence, Topic, TopicScore
    from generator.select import MIN_SCORE

    accuracy = _module(ROOT / "bench" / "topic_accuracy.py")
    topics = (Topic("a", "A", ""), Topic("b", "B", ""), Topic("c", "C", ""))

    def fact(n: int, text: str, **scores: float) -> Fact:
        member = ScoredSentence(Sentence("x", n, 0, len(text), text, Kind.SENTENCE, n),
                                tuple(TopicScore(t, s) for t, s in scores.items()), 0.5)
        return Fact(f"x-{n}", (member,))

    facts = [fact(0, "Right on its best page.", a=1.0, b=0.9),   # serves a and b: one page right of two
             fact(1, "Wrong on its best page.", b=1.0, a=0.85),  # serves b and a: one right of two
             fact(2, "Too weak to serve.", c=MIN_SCORE / 2),
             fact(3, "Labelled no topic, shown.", a=1.0)]
    labels = [("Right on its best page.", frozenset({"a"})), ("Wrong on its best", frozenset({"a"})),
              ("Too weak", frozenset({"c"})), ("Labelled no topic", frozenset()),
              ("Not in any article", frozenset({"a"}))]
    counts = accuracy.accuracy(facts, topics, labels)
    assert (counts.labelled, counts.best, counts.served, counts.pages, counts.right, counts.off) == (3, 2, 2, 4, 2, 1)


def test_misses_sorts_each_key_fact_by_where_it_went_and_each_quote_by_what_it_adds() -> None:
    misses = _module(ROOT / "bench" / "misses.py")
    nuggets = {"deal": {"signed": {"evidence": ["000:signed a power   deal"]},
                        "price": {"evidence": ["001:at 5 cents a unit"]},
                        "moved": {"evidence": ["000:buy 10,000 MW"]},
                        "cut": {"evidence": ["001:left on the floor"]}},
               "grid": {"lines": {"evidence": ["000:new lines", "001:two new lines"]},
                        "gap": {"evidence": ["001:nowhere in the export"]}}}
    export = {"topics": [
        {"id": "deal", "quotes": [{"text": "India and Nepal signed a power deal."},
                                  {"text": "The deal was signed a power deal on Monday."},
                                  {"text": "They will build two new lines."},
                                  {"text": "India will buy 10,000 MW."}]},
        {"id": "grid", "quotes": [{"text": "Nepal will sell power at 5 cents a unit."}]}]}
    cited = {("deal", 0): ["India and Nepal signed a power deal.", "Power is sold at 5 cents a unit."],
             ("deal", 1): [], ("deal", 2): [], ("deal", 3): [], ("grid", 0): []}
    # Quoted on their page, cited beside another quote only, on another page only, left out of a full page
    # (four quotes, at most four) and of one with room.
    found, kinds = misses.misses(export, nuggets, cited, 4)
    assert found == {("deal", "signed"): "quoted", ("deal", "price"): "cited only", ("deal", "moved"): "quoted",
                     ("deal", "cut"): "left out, full", ("grid", "lines"): "elsewhere",
                     ("grid", "gap"): "left out, room"}
    assert kinds == {"new fact": 2, "repeat": 1, "other page's fact": 2}
    found, _ = misses.misses(export, nuggets, cited, 5)
    assert found[("deal", "cut")] == "left out, room"


def test_the_shared_folder_is_read_from_dossier_shared_when_set(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DOSSIER_SHARED", str(tmp_path))
    for name in ("quality", "misses", "topic_accuracy", "bench"):
        assert _module(ROOT / "bench" / f"{name}.py").SHARED == tmp_path, name
    assert _module(ROOT / "bench" / "quality.py").corpora()["seed"][1] == tmp_path / "eval" / "seeds"
    monkeypatch.delenv("DOSSIER_SHARED")
    assert _module(ROOT / "bench" / "quality.py").SHARED == ROOT.parent / "shared"
