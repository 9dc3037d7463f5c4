"""The method on another kind of event with its own topics (tests/fixtures/flood, written for these tests)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

FLOOD = ROOT / "tests" / "fixtures" / "flood"
TOPICS = ROOT / "tests" / "fixtures" / "flood-topics.yaml"


def _export(corpus: Path, topics: Path, out: Path) -> dict:
    """The dossier of ``corpus`` with ``topics``, exported by the CLI to ``out`` and read back."""
    result = run_cli("export", str(corpus), "--topics", str(topics), "--out", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def flood(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return _export(FLOOD, TOPICS, tmp_path_factory.mktemp("flood") / "d.json")


def _page(data: dict, topic: str) -> list[str]:
    return [q["text"] for t in data["topics"] if t["id"] == topic for q in t["quotes"]]


def test_configured_topics_in_order(flood: dict) -> None:
    assert [t["id"] for t in flood["topics"]] == ["impact", "response", "causes", "politics"]


def test_each_page_gets_its_key_fact(flood: dict) -> None:
    assert any(re.search(r"\b42\b", q) for q in _page(flood, "impact"))  # the death toll, however worded
    assert any("helicopters" in q.lower() for q in _page(flood, "response"))
    assert any("rain" in q for q in _page(flood, "causes"))
    assert any("Opposition leader" in q for q in _page(flood, "politics"))


def test_the_death_toll_is_one_quote_citing_several_outlets(flood: dict) -> None:
    impact = [q for t in flood["topics"] if t["id"] == "impact" for q in t["quotes"]]
    assert "42" in impact[0]["text"]  # the most corroborated fact leads the page
    assert len({c["article"] for c in impact[0]["citations"]}) >= 3


def test_no_quote_twice_on_a_page_and_boilerplate_never_quoted(flood: dict) -> None:
    for t in flood["topics"]:
        texts = [q["text"] for q in t["quotes"]]
        assert len(texts) == len(set(texts))
        assert not any("WhatsApp" in x or "Related News" in x or "Privacy" in x for x in texts)


_FURNITURE = ("This article was originally published on a partner site under a Creative Commons licence.\n\n"
              "Get the latest news from the region delivered to your inbox every morning.\n\n"
              "Watch the video above for more details on the floods and the rescue effort.\n\n"
              "If you have a news tip about the floods, email us at tips@example.com today.\n\n"
              "This story has been updated with additional information from the ministry.\n")


def test_page_furniture_reprinted_in_every_article_is_never_quoted(tmp_path: Path) -> None:
    # The same footer in every article would rank as the best corroborated "fact" were it quotable.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for article in sorted(FLOOD.iterdir()):
        (corpus / article.name).write_bytes(article.read_bytes() + b"\n\n" + _FURNITURE.encode())
    data = _export(corpus, TOPICS, tmp_path / "d.json")
    quoted = [q["text"] for t in data["topics"] for q in t["quotes"]]
    assert quoted and not [q for q in quoted if any(line[:30] in q for line in _FURNITURE.split("\n\n"))]


def test_topics_given_only_by_title_still_find_their_key_facts(tmp_path: Path) -> None:
    # A topics file of titles alone: ids come from the titles, and words and meaning from the titles.
    topics = tmp_path / "titles.yaml"
    topics.write_text("- title: Deaths and damage\n- title: Rescue and relief\n"
                      "- title: Causes and warnings\n- title: Political fallout\n", encoding="utf-8")
    data = _export(FLOOD, topics, tmp_path / "d.json")
    assert [t["id"] for t in data["topics"]] == [
        "deaths-and-damage", "rescue-and-relief", "causes-and-warnings", "political-fallout"]
    assert "42" in _page(data, "deaths-and-damage")[0]
    assert any("helicopters" in q for q in _page(data, "rescue-and-relief"))
    assert any("warning" in q for q in _page(data, "causes-and-warnings"))
    assert any("Opposition leader" in q for q in _page(data, "political-fallout"))


def test_a_topic_the_articles_never_speak_of_finds_no_facts(tmp_path: Path) -> None:
    # Closeness by meaning is measured against the corpus's own sentences, so some are always the
    # "closest" to a football topic in articles on a flood (the money ones: damage estimates).
    topics = tmp_path / "with-football.yaml"
    topics.write_text(TOPICS.read_text(encoding="utf-8") + (
        "- id: football\n  title: Football transfer market\n"
        "  description: Transfer fees paid by football clubs for strikers and goalkeepers.\n"), encoding="utf-8")
    data = _export(FLOOD, topics, tmp_path / "d.json")
    assert _page(data, "football") == []
    assert any(re.search(r"\b42\b", q) for q in _page(data, "impact"))


def test_topics_the_articles_barely_touch_find_no_facts_even_when_they_are_most_of_the_set(
        tmp_path: Path) -> None:
    # Each topic's scores are scaled to its own best sentences, and a topic weak next to the others is
    # held to the middle topic's best; with most topics off the event, the middle one is off it too.
    # "Sport" has one cue the articles use in another sense ("sports halls" used as shelters).
    topics = tmp_path / "mostly-elsewhere.yaml"
    topics.write_text(TOPICS.read_text(encoding="utf-8") + (
        "- id: sport\n  title: Sport\n  description: Football matches, tournaments, athletes and results.\n"
        "  cues: [sports, football, match, tournament, league]\n"
        "- id: cooking\n  title: Cooking\n  description: Recipes, ovens, baking and flour.\n"
        "- id: space\n  title: Space exploration\n  description: Rockets, astronauts, orbits and moon missions.\n"
        "- id: fashion\n  title: Fashion\n  description: Designers, catwalk shows and clothing collections.\n"
        "- id: chess\n  title: Chess\n  description: Grandmasters, openings and championship games.\n"),
        encoding="utf-8")
    data = _export(FLOOD, topics, tmp_path / "d.json")
    assert [_page(data, t) for t in ("sport", "cooking", "space", "fashion", "chess")] == [[]] * 5
    assert any(re.search(r"\b42\b", q) for q in _page(data, "impact"))
    assert any("helicopters" in q for q in _page(data, "response"))
