"""Grouping: the same fact in different words from different outlets becomes one fact."""

from __future__ import annotations

import numpy as np

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


def _reference_pairs(vecs, owners, threshold):  # type: ignore[no-untyped-def]
    """similar_pairs as its docstring states it, one sentence at a time (the oracle for the bulk version)."""
    from collections import Counter

    from generator.group import MAX_POSTING, PARTNERS, PREFIX
    from generator.similarity import similarity

    held = Counter(t for v in vecs for t in v.weights)
    compared = set()
    for i, v in enumerate(vecs):
        probes = sorted((held[t], t) for t in v.weights if 1 < held[t] <= MAX_POSTING)[:PREFIX]
        shared = Counter(j for _, t in probes for j, w in enumerate(vecs) if t in w.weights and owners[j] != owners[i])
        for _, j in sorted((-n, j) for j, n in shared.items())[:PARTNERS]:
            compared.add((min(i, j), max(i, j)))
    pairs = [(round(similarity(vecs[i], vecs[j]), 9), i, j) for i, j in compared]
    return sorted((p for p in pairs if p[0] >= threshold), key=lambda p: (-p[0], p[1], p[2]))


def test_bulk_candidate_search_matches_the_one_by_one_rule() -> None:
    import random

    from generator.group import similar_pairs
    from generator.similarity import similarities, similarity, term_matrix, vectors

    rng = random.Random(7)
    vocabulary = [f"word{k}" for k in range(60)] + ["Astana", "treaty", "harvest", "flood", "2024", "minister"]
    texts = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 14))) for _ in range(300)]
    texts.append("the of and")  # no terms at all
    owners = [f"a{rng.randint(0, 40)}" for _ in texts]
    vecs = vectors(texts)
    got = similar_pairs(vecs, owners, 0.1)
    assert got == _reference_pairs(vecs, owners, 0.1)
    assert len(got) > 100 and all(owners[i] != owners[j] for _, i, j in got)
    # The bulk similarity gives the very floats of the one-pair function.
    m = term_matrix(vecs)
    first = np.array([i for _, i, _ in got] + [len(texts) - 1], dtype=np.int64)
    second = np.array([j for _, _, j in got] + [0], dtype=np.int64)
    assert similarities(m, first, second).tolist() == [similarity(vecs[i], vecs[j]) for i, j in zip(first, second)]


def test_candidate_search_on_nothing() -> None:
    from generator.group import similar_pairs

    assert similar_pairs([], [], 0.1) == []


def _reference_nearby(pairs, root_of, articles_of):  # type: ignore[no-untyped-def]
    """_nearby as its docstring states it, one pair at a time (the oracle for the bulk version)."""
    from generator.group import NEARBY

    held: dict[int, set[str]] = {}
    for i, r in enumerate(root_of):
        held.setdefault(r, set()).add(articles_of[i])
    out: dict[int, list[int]] = {}
    for _, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        a, b = root_of[i], root_of[j]
        if a == b:
            continue
        for r, other in ((a, j), (b, i)):
            found = out.setdefault(r, [])
            if len(found) < NEARBY and other not in found and articles_of[other] not in held[r]:
                found.append(other)
    return {r: found for r, found in out.items() if found}


def test_bulk_nearby_matches_the_one_by_one_rule() -> None:
    import random

    from generator.group import _nearby

    rng = random.Random(11)
    n = 400
    articles_of = [f"a{rng.randint(0, 30)}" for _ in range(n)]
    root_of = [i if rng.random() < 0.3 else 0 for i in range(n)]
    for i in range(n):  # every sentence under a root that is its own root
        root_of[i] = root_of[root_of[i]] if root_of[root_of[i]] == root_of[i] else i
    pairs = sorted({(rng.choice([0.15, 0.2, 0.25, 0.5, 1.0]), *sorted(rng.sample(range(n), 2))) for _ in range(3000)})
    sims = np.array([p[0] for p in pairs])
    first = np.array([p[1] for p in pairs], dtype=np.int64)
    second = np.array([p[2] for p in pairs], dtype=np.int64)
    _, numbered = np.unique(np.array(articles_of, dtype=object), return_inverse=True)
    got = _nearby(sims, first, second, np.array(root_of, dtype=np.int64), numbered.astype(np.int64))
    expected = _reference_nearby(pairs, root_of, articles_of)
    assert dict(got) == expected
    assert sum(map(len, expected.values())) > 200 and max(map(len, expected.values())) == 4


def test_weighted_terms_is_the_matrix_of_the_vectors_bit_for_bit() -> None:
    import random

    from generator.similarity import row_vector, similarity, term_matrix, vectors, weighted_terms

    rng = random.Random(3)
    vocabulary = [f"word{k}" for k in range(50)] + ["Astana", "treaty", "2024", "minister", "the", "of"]
    texts = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 16))) for _ in range(400)]
    texts.append("the of and")  # no terms at all
    expected, got = term_matrix(vectors(texts)), weighted_terms(texts)
    for name in ("lengths", "rows", "ids", "weights", "norms", "masses"):
        assert getattr(got, name).tolist() == getattr(expected, name).tolist(), name
    assert got.vocabulary == expected.vocabulary
    vecs = vectors(texts)
    pairs = [(rng.randrange(len(texts)), rng.randrange(len(texts))) for _ in range(2000)]
    assert [similarity(row_vector(got, i), row_vector(got, j)) for i, j in pairs] == \
        [similarity(vecs[i], vecs[j]) for i, j in pairs]


def test_a_claim_and_its_rebuttal_stay_apart() -> None:
    a = "Governor Elena Marsh said the Dunmore county election was rigged by her rivals."
    b = "Governor Elena Marsh's rivals rejected her claim that the Dunmore county election was rigged."
    c = "Her rivals said the Dunmore county election was rigged, Governor Elena Marsh said."
    assert _groups([("a", a), ("b", b)]) == []
    assert _groups([("a", a), ("c", c)]) == [{a, c}]


def test_sentences_giving_other_figures_stay_apart_counts_in_words_too() -> None:
    five = "Rescuers said five miners are still trapped underground at the Ridgeway coal mine."
    two = "Two miners are still trapped underground at the Ridgeway coal mine, rescuers said."
    digits = "Rescuers said 5 miners are still trapped underground at the Ridgeway coal mine."
    assert _groups([("a", five), ("b", two)]) == []
    assert _groups([("a", five), ("b", two), ("c", digits)]) == [{five, digits}]


def test_different_parts_of_one_whole_stay_apart() -> None:
    nine = "Nine of the 19 Fed policymakers pencilled in another half point of rate cuts this year."
    ten = "Ten of the 19 Fed officials pencilled in another half point of rate cuts this year."
    again = ("Nine of the 19 Fed officials pencilled in another half point of rate cuts this year, "
             "the projections show.")
    assert _groups([("a", nine), ("b", ten)]) == []
    assert _groups([("a", nine), ("b", ten), ("c", again)]) == [{nine, again}]
