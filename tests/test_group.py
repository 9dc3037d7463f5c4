"""Grouping: the same fact in different words from different outlets becomes one fact."""

from __future__ import annotations

from generator.group import group
from generator.records import Kind, ScoredSentence, Sentence, TopicScore


def _items(pairs: list[tuple[str, str]]) -> list[ScoredSentence]:
    out = []
    for n, (article, text) in enumerate(pairs):
        s = Sentence(article, n, 0, len(text), text, Kind.SENTENCE, 0)
        out.append(ScoredSentence(s, (TopicScore("t", 1.0),), 0.2))
    return out


FILLER = [
    ("c", "The weather in the capital was mild for the time of year."),
    ("d", "Local markets reported brisk sales of flags and souvenirs."),
    ("e", "A football match was postponed because of road closures."),
    ("f", "Schools in the city centre closed early on both days."),
]


def _groups(pairs: list[tuple[str, str]]) -> list[set[str]]:
    return [{m.sentence.text for m in f.members} for f in group(_items(pairs + FILLER)) if len(f.members) > 1]


def test_paraphrases_from_different_outlets_are_one_fact() -> None:
    a = "The two presidents signed a treaty on energy cooperation in Astana on Monday."
    b = "On Monday in Astana, both leaders signed an energy cooperation agreement."
    c = "Officials said the harvest would be late this year because of the drought."
    assert _groups([("a", a), ("b", b), ("c2", c)]) == [{a, b}]


def test_synonyms_link_restatements() -> None:
    a = "Washington voiced concern over the growing military ties between the two countries."
    b = "The United States expressed apprehension about the deepening military ties of the two countries."
    assert _groups([("a", a), ("b", b)]) == [{a, b}]


def test_one_article_never_cites_itself_twice() -> None:
    a = "The two presidents signed a treaty on energy cooperation in Astana on Monday."
    b = "The presidents signed the energy cooperation treaty in Astana on Monday."
    assert _groups([("a", a), ("a", b)]) == []


def test_different_facts_about_the_same_actors_stay_apart() -> None:
    a = "The president will travel to Hanoi after the summit to discuss rice exports."
    b = "The president praised his host for resisting foreign pressure over many years."
    assert _groups([("a", a), ("b", b)]) == []


def test_chains_do_not_merge_unrelated_ends() -> None:
    a = "The ministers signed a grain export deal worth two billion dollars in the capital."
    b = "A grain export deal worth two billion dollars was signed, and a new railway was opened."
    c = "A new railway was opened to carry coal from the northern mines to the port."
    groups = _groups([("a", a), ("b", b), ("c", c)])
    assert not any({a, c} <= g for g in groups)


def test_every_sentence_ends_in_exactly_one_fact_with_stable_ids() -> None:
    pairs = [("a", "The two presidents signed a treaty on energy cooperation in Astana on Monday."),
             ("b", "On Monday in Astana, both leaders signed an energy cooperation agreement.")] + FILLER
    facts = group(_items(pairs))
    members = [m.sentence.text for f in facts for m in f.members]
    assert sorted(members) == sorted(t for _, t in pairs)
    assert [f.id for f in facts] == [f.id for f in group(_items(pairs))]


def test_sentences_sharing_some_rare_words_are_kept_nearby_not_grouped() -> None:
    a = "The minister will arrive in Lisbon on Monday to meet the prime minister."
    b = "Lisbon newspapers on Monday printed a letter from the minister."
    facts = {f.lead.sentence.text: f for f in group(_items([("a", a), ("b", b)] + FILLER))}
    assert len(facts[a].members) == 1 and len(facts[b].members) == 1
    assert [m.sentence.text for m in facts[a].nearby] == [b]
    assert [m.sentence.text for m in facts[b].nearby] == [a]
    assert facts["The weather in the capital was mild for the time of year."].nearby == ()


def test_the_quote_names_the_actor_rather_than_a_pronoun() -> None:
    a = "He said the two countries would double their trade in grain and fertiliser by next year."
    b = "President Tokayev said the two countries would double their trade in grain and fertiliser by next year."
    (fact,) = [f for f in group(_items([("a", a), ("b", b)] + FILLER)) if len(f.members) > 1]
    assert fact.lead.sentence.text == b
