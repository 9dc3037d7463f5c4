"""Topic scores by meaning: seeds weighed against the cues a topic has, and a place for weak sentences."""

from __future__ import annotations

import numpy as np
import pytest

from generator import semantic
from generator.records import Kind, Sentence, Topic


def _sentences(articles: dict[str, list[str]]) -> list[Sentence]:
    return [Sentence(a, n, 0, len(t), t, Kind.SENTENCE, n)
            for a, texts in articles.items() for n, t in enumerate(texts)]


def test_the_sample_takes_every_article_s_opening_sentences_first(monkeypatch: pytest.MonkeyPatch) -> None:
    quotable = _sentences({"a": ["A1 opens.", "A2 goes on.", "A3 ends."], "b": ["B1 opens.", "A2 goes on."]})
    assert semantic.sample(quotable) == ["A1 opens.", "B1 opens.", "A2 goes on.", "A3 ends."]
    monkeypatch.setattr(semantic, "SAMPLE", 3)
    assert semantic.sample(quotable) == ["A1 opens.", "B1 opens.", "A2 goes on."]


def test_seeds_go_to_sentences_close_to_the_topic_and_only_in_the_sample(monkeypatch: pytest.MonkeyPatch) -> None:
    downpours = "Heavy downpours flooded the streets of the old town on Monday night."
    quotable = _sentences({
        "a": ["The striker scored twice as the home side won the cup final.",
              "The city council approved the new budget for the schools.", downpours],
        "b": ["Ticket sales for the concert opened at noon on Friday.",
              "A cold front will bring snow to the hills by the end of the week."],
    })
    weather = Topic("weather", "Weather", "Rain, storms, temperatures and the forecast")
    sport = Topic("sport", "Sport", "Matches and results", ("goal",))
    seeds = semantic.semantic_seeds(quotable, (weather, sport))
    assert set(seeds) == {"weather", "sport"}
    by_text = dict(zip((s.text for s in quotable), seeds["weather"].tolist()))
    assert by_text[downpours] > 0
    assert by_text["The striker scored twice as the home side won the cup final."] == 0
    sport_by_text = dict(zip((s.text for s in quotable), seeds["sport"].tolist()))
    striker = "The striker scored twice as the home side won the cup final."
    assert max(sport_by_text, key=sport_by_text.__getitem__) == striker
    monkeypatch.setattr(semantic, "SAMPLE", 4)  # a's third sentence falls outside
    monkeypatch.setattr(semantic, "SAMPLE_MIN", 2)
    assert semantic.semantic_seeds(quotable, (weather,))["weather"][2] == 0
    # Where every topic has cues, meaning weighs less and fewer sentences are compared: with
    # CUES_HALF cues (half the weight), 4 of a sample of 8, leaving a's third sentence out.
    monkeypatch.setattr(semantic, "SAMPLE", 8)
    assert semantic.semantic_seeds(quotable, (weather,))["weather"][2] > 0
    cued = Topic("weather", "Weather", weather.description, tuple(f"cue{i}" for i in range(semantic.CUES_HALF)))
    assert semantic.semantic_seeds(quotable, (cued,))["weather"][2] == 0


def test_too_few_sentences_give_no_seeds() -> None:
    quotable = _sentences({"a": ["Heavy downpours flooded the streets of the old town on Monday night."]})
    assert semantic.semantic_seeds(quotable, (Topic("weather", "Weather", "Rain and storms"),)) == {}


def test_seeds_survive_the_vector_store_starting_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import embed

    store = embed.Vectors()
    monkeypatch.setattr(embed, "vectors", store)
    monkeypatch.setattr(embed.Vectors, "LIMIT", 5)
    quotable = _sentences({"a": ["Heavy downpours flooded the streets of the old town on Monday night.",
                                 "The striker scored twice as the home side won the cup final.",
                                 "The city council approved the new budget for the schools."],
                           "b": ["Ticket sales for the concert opened at noon on Friday."]})
    # Held before: adding the sample's three others overfills the store, which starts afresh without them.
    store.add(["An earlier text.", "Another earlier text.", "A third earlier text.", quotable[0].text])
    seeds = semantic.semantic_seeds(quotable, (Topic("weather", "Weather", "Rain, storms and the forecast"),))
    assert seeds["weather"][0] > 0


def test_a_topic_s_first_cues_join_its_description_in_the_text_compared() -> None:
    cues = tuple(f"cue{i}" for i in range(semantic.DESCRIBED_CUES + 2))
    assert semantic.described(Topic("w", "Weather", "Rain and storms")) == "Weather: Rain and storms"
    text = semantic.described(Topic("w", "Weather", "Rain and storms", cues))
    assert text == "Weather: Rain and storms " + ", ".join(cues[:semantic.DESCRIBED_CUES])


def _downpours_seed() -> float:
    """The seed of a sentence that shares no word with the cues of a topic with a vague description
    ("downpours"; cues "rain", "snow", ...): what it gets, it gets from the cues' meaning."""
    quotable = _sentences({"a": ["The striker scored twice as the home side won the cup final.",
                                 "The city council approved the new budget for the schools.",
                                 "Heavy downpours flooded the streets of the old town on Monday night."],
                           "b": ["Ticket sales for the concert opened at noon on Friday.",
                                 "A cold front will bring snow to the hills by the end of the week."]})
    vague = Topic("news", "News", "What happened and what comes next", ("rain", "snow", "storm", "forecast"))
    return float(semantic.semantic_seeds(quotable, (vague,))["news"][2])


def test_cues_say_what_a_vague_description_means(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "CUE_MEANING", 0.0)  # the cues' own closeness: tested below
    with_cues = _downpours_seed()
    monkeypatch.setattr(semantic, "DESCRIBED_CUES", 0)
    assert with_cues > 2 * _downpours_seed()


def test_meaning_weighs_less_the_more_cues_a_topic_has(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "DESCRIBED_CUES", 0)  # the same text compared for all three
    monkeypatch.setattr(semantic, "CUE_MEANING", 0.0)
    quotable = _sentences({"a": ["Heavy downpours flooded the streets of the old town on Monday night.",
                                 "The striker scored twice as the home side won the cup final."],
                           "b": ["The city council approved the new budget for the schools.",
                                 "Ticket sales for the concert opened at noon on Friday."]})
    description = "Rain, storms, temperatures and the forecast"
    bare, half, many = (Topic("weather", "Weather", description, tuple(f"cue{i}" for i in range(n)))
                        for n in (0, semantic.CUES_HALF, 3 * semantic.CUES_HALF))
    seeds = [semantic.semantic_seeds(quotable, (t,))["weather"][0] for t in (bare, half, many)]
    assert seeds[0] > 0
    assert seeds[1] == pytest.approx(seeds[0] / 2)  # CUES_HALF cues: half
    assert seeds[2] == pytest.approx(seeds[0] / 4)


def test_a_sentence_close_to_a_short_list_s_cues_is_close_to_the_topic(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "DESCRIBED_CUES", 0)  # the cues reach meaning only by their own closeness
    with_cues = _downpours_seed()
    monkeypatch.setattr(semantic, "CUE_MEANING", 0.0)
    assert with_cues > 1.3 * _downpours_seed()


def test_cues_count_by_meaning_in_a_short_list_and_not_in_a_long_one() -> None:
    full = semantic.CUE_MEANING
    assert semantic.cue_meaning(0) == 0.0  # no cues: the description alone
    assert semantic.cue_meaning(1) == semantic.cue_meaning(semantic.CUES_HALF) == full
    assert 0.0 < semantic.cue_meaning(semantic.CUES_HALF + 1) < full
    assert semantic.cue_meaning(semantic.LONG_LIST) == semantic.cue_meaning(3 * semantic.LONG_LIST) == 0.0


def test_closeness_to_cues_is_to_each_topic_s_nearest_cues() -> None:
    texts = ["Cranes lifted twisted steel girders out of the river.",
             "Underwriters expect payouts running into billions.",
             "Hospitals treated dozens of people for smoke inhalation."]
    vectors = np.array([semantic.embed.encoder().encode([t])[0] for t in texts])
    clearing = Topic("clearing", "Clearing", "", ("wreckage removal", "heavy lifting", "salvage crews", "divers"))
    money = Topic("money", "Money", "", ("insurance claims", "financial losses", "compensation", "costs"))
    listed = Topic("listed", "Listed", "", tuple(f"word{i}" for i in range(semantic.LONG_LIST)))
    near = semantic.cue_closeness(vectors, (clearing, money, listed))
    assert near.shape == (3, 3)
    assert near[0, 0] > near[0, 1] and near[1, 1] > near[1, 0]
    assert near[:, 2].tolist() == [0.0, 0.0, 0.0]  # a long list's words count only as words


def test_a_topic_without_cues_names_what_its_description_lists() -> None:
    outlook = Topic("outlook", "What comes next",
                    "Projections and signals about future rate cuts, economic forecasts (including jobs) and so on.")
    assert semantic.named(outlook) == ("Projections", "signals about future rate cuts", "economic forecasts", "jobs")
    cued = Topic("outlook", "What comes next", outlook.description, ("forecast", "projection"))
    assert semantic.named(cued) == ("forecast", "projection")  # cues say it; the description is not split
    assert semantic.named(Topic("bare", "Bare", "")) == ()
    assert semantic.named_meaning(outlook) == semantic.LISTED * semantic.CUE_MEANING
    assert semantic.named_meaning(cued) == semantic.CUE_MEANING


def test_a_topic_without_cues_is_close_to_each_thing_its_description_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["Cranes lifted twisted steel girders out of the river.",
             "Underwriters expect payouts running into billions.",
             "Hospitals treated dozens of people for smoke inhalation."]
    vectors = np.array([semantic.embed.encoder().encode([t])[0] for t in texts])
    clearing = Topic("clearing", "Clearing", "Wreckage removal, heavy lifting, salvage crews and divers")
    money = Topic("money", "Money", "Insurance claims, financial losses or compensation, costs")
    near = semantic.cue_closeness(vectors, (clearing, money))
    assert near[0, 0] > near[0, 1] and near[1, 1] > near[1, 0]
    monkeypatch.setattr(semantic, "LISTED", 0.0)
    assert not semantic.cue_closeness(vectors, (clearing, money)).any()


def test_what_a_description_lists_moves_only_the_seeds_of_topics_without_cues(monkeypatch: pytest.MonkeyPatch) -> None:
    quotable = _sentences(WEAK_CORPUS)
    bare = Topic("weather", "Weather", "Rain, storms, temperatures and the forecast")
    cued = Topic("sport", "Sport", "Matches, goals and results", ("match", "goal"))
    listed = [semantic.semantic_seeds(quotable, (t,))[t.id] for t in (bare, cued)]
    monkeypatch.setattr(semantic, "LISTED", 0.0)
    whole = [semantic.semantic_seeds(quotable, (t,))[t.id] for t in (bare, cued)]
    assert not np.allclose(listed[0], whole[0])
    assert np.array_equal(listed[1], whole[1])


WEAK_CORPUS = {
    "a": ["Heavy rain flooded the streets of the old town on Monday night.",
          "The striker scored twice as the home side won the cup final.",
          "Thunderstorms and strong winds are forecast for the coast tomorrow.",
          "Drizzle and fog kept temperatures low across the valley all week."],
    "b": ["The goalkeeper saved a penalty in the last minute of the match.",
          "Fans celebrated the league title in the main square until dawn.",
          "Snow is expected on the hills as a cold front moves in.",
          "The coach praised his players after a hard-fought draw away from home."],
}


def _weak_scores(quotable: list, weak: str) -> np.ndarray:
    """Weather (row 0) and sport (row 1) scores as words would give them, with ``weak`` at 0.1 on both."""
    weather = {"rain", "Thunderstorms", "Drizzle", "Snow"}
    scores = np.array([[0.9 if any(w in s.text for w in weather) else 0.0 for s in quotable],
                       [0.0 if any(w in s.text for w in weather) else 0.9 for s in quotable]])
    scores[:, [i for i, s in enumerate(quotable) if s.text == weak]] = 0.1
    return scores


TWO = (Topic("weather", "Weather", "Rain, storms and the forecast"), Topic("sport", "Sport", "Matches and results"))


def test_a_sentence_weak_on_every_topic_is_placed_on_the_one_closest_in_meaning() -> None:
    drizzle = "Drizzle and fog kept temperatures low across the valley all week."
    quotable = _sentences(WEAK_CORPUS)
    scores = _weak_scores(quotable, drizzle)
    placed = semantic.place_weak(quotable, TWO, scores)
    row = [s.text for s in quotable].index(drizzle)
    assert placed[:, row].tolist() == [semantic.PLACED, 0.1]
    # The sentences words placed keep their scores.
    others = [i for i in range(len(quotable)) if i != row]
    assert (placed[:, others] == scores[:, others]).all()
    coach = "The coach praised his players after a hard-fought draw away from home."
    placed = semantic.place_weak(quotable, TWO, _weak_scores(quotable, coach))
    assert placed[:, [s.text for s in quotable].index(coach)].tolist() == [0.1, semantic.PLACED]


def test_a_weak_sentence_not_clearly_closer_to_one_topic_stays_weak(monkeypatch: pytest.MonkeyPatch) -> None:
    drizzle = "Drizzle and fog kept temperatures low across the valley all week."
    quotable = _sentences(WEAK_CORPUS)
    scores = _weak_scores(quotable, drizzle)
    monkeypatch.setattr(semantic, "CLOSEST", 1.01)  # with two topics, the closest is 1 deviation above the mean
    assert (semantic.place_weak(quotable, TWO, scores) == scores).all()


def test_the_weak_bar_is_the_bar_for_being_shown() -> None:
    from generator import select

    assert semantic.WEAK == select.MIN_SCORE
    assert semantic.PLACED > select.MIN_SCORE


def test_a_sentence_close_to_two_topics_without_cues_seeds_the_closer_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without cues, meaning alone must tell the topics apart: what counts is how much closer a
    sentence is to a topic than to the others, not that it is close to all of them (to the event).
    The more cues a topic has, the less that contrast counts, as meaning weighs less. (The cues'
    own closeness is left out: the description's is compared alike for every list.)"""
    monkeypatch.setattr(semantic, "CUE_MEANING", 0.0)
    both = "The cup final was called off after heavy rain flooded the pitch."
    texts = ["Heavy downpours flooded the streets of the old town on Monday night.",
             "The striker scored twice as the home side won the cup final.",
             "The city council approved the new budget for the schools.",
             "Ticket sales for the concert opened at noon on Friday.", both,
             "A cold front will bring snow to the hills by the end of the week.",
             "The museum reopened its doors after a long renovation."]
    quotable = _sentences({"a": texts})
    weather = Topic("weather", "Weather", "Rain, storms, temperatures and the forecast")
    sport = Topic("sport", "Sport", "Matches, players and results")
    seeds = semantic.semantic_seeds(quotable, (weather, sport))
    assert seeds["sport"][4] > 0 and seeds["weather"][4] == 0
    assert seeds["weather"][0] > 0 and seeds["weather"][5] > 0  # plainly about the weather
    # A cue or two leave meaning most of the telling: the contrast still counts.
    few = semantic.semantic_seeds(quotable, (Topic("weather", "Weather", weather.description, ("rain", "snow")),
                                             Topic("sport", "Sport", sport.description, ("goal", "match"))))
    assert few["sport"][4] > 0 and few["weather"][4] == 0
    # With long cue lists, words tell the topics apart and meaning adds what is close to the topic at all.
    # (Cues past the first DESCRIBED_CUES only count: three times CUES_HALF, a quarter of the weight.)
    more = tuple(f"cue{i}" for i in range(3 * semantic.CUES_HALF - 8))
    rainy = ("rain", "snow", "storm", "wind", "forecast", "sun", "frost", "flood") + more
    sporty = ("goal", "match", "team", "player", "score", "league", "cup", "coach") + more
    cued = semantic.semantic_seeds(quotable, (Topic("weather", "Weather", weather.description, rainy),
                                              Topic("sport", "Sport", sport.description, sporty)))
    assert cued["weather"][4] > 0 and cued["sport"][4] > 0


def _compared_at_angles(degrees: dict[str, float]) -> semantic.Compared:
    """A sample of one-sentence texts whose vectors lie at these angles in a plane (cosine = cos of the
    angle between them); each text is the sentence at its position in ``degrees``."""
    texts = list(degrees)
    vectors = np.array([[np.cos(np.radians(a)), np.sin(np.radians(a))] for a in degrees.values()], dtype=np.float32)
    return semantic.Compared(texts, vectors, {t: [i] for i, t in enumerate(texts)})


def test_a_sentence_unsure_of_its_topic_leans_on_the_sentences_closest_in_meaning() -> None:
    angles = {"unsure": 0.0, "near": 10.0, "nearer-to-near": 20.0, "unsure too": 30.0, "far": 90.0}
    # topics x sentences, in the order above: two sure of their topic, two unsure, one sure and far off
    scores = np.array([[0.2, 1.0, 0.9, 0.0, 0.0],
                       [0.1, 0.0, 0.1, 0.6, 1.0]])
    leaned = semantic.lean_on_neighbours(scores, _compared_at_angles(angles))
    cos = np.cos(np.radians([10.0, 20.0, 30.0]))
    # "unsure": its three closest are near, nearer-to-near and "unsure too" (as scored before it moved)
    towards = (cos[0] * scores[:, 1] + cos[1] * scores[:, 2] + cos[2] * scores[:, 3]) / cos.sum()
    assert np.allclose(leaned[:, 0], (1 - semantic.LEAN) * scores[:, 0] + semantic.LEAN * towards)
    assert leaned[0, 0] - scores[0, 0] > leaned[1, 0] - scores[1, 0] > 0  # mostly towards the first topic
    # "unsure too" leans on nearer-to-near, near and "unsure" as it was scored, not as it moved
    towards = (cos[0] * scores[:, 2] + cos[1] * scores[:, 1] + cos[2] * scores[:, 0]) / cos.sum()
    assert np.allclose(leaned[:, 3], (1 - semantic.LEAN) * scores[:, 3] + semantic.LEAN * towards)
    # Sentences sure of their topic keep their scores, the far one too.
    assert (leaned[:, [1, 2, 4]] == scores[:, [1, 2, 4]]).all()
    # The order of the sample does not matter.
    order = [4, 2, 0, 3, 1]
    shuffled = semantic.lean_on_neighbours(scores[:, order], _compared_at_angles(
        {t: angles[t] for t in (list(angles)[k] for k in order)}))
    assert np.allclose(shuffled, leaned[:, order])


def test_a_sentence_with_no_neighbour_alike_in_meaning_keeps_its_scores() -> None:
    angles = {"alone": 0.0, "a": 95.0, "b": 100.0, "c": 105.0}  # every other sentence at a negative cosine
    scores = np.array([[0.3, 1.0, 1.0, 1.0], [0.2, 0.0, 0.0, 0.0]])
    leaned = semantic.lean_on_neighbours(scores, _compared_at_angles(angles))
    assert (leaned[:, 0] == scores[:, 0]).all()
    # Too small a sample to have NEIGHBOURS: nothing moves.
    few = {"x": 0.0, "y": 10.0, "z": 20.0}
    assert (semantic.lean_on_neighbours(scores[:, :3], _compared_at_angles(few)) == scores[:, :3]).all()


def test_presence_reads_the_closest_few_sentences_against_two_bars() -> None:
    far, near = semantic.ABSENT - 0.1, semantic.PRESENT + 0.05
    assert semantic.presence(np.array([near] + [far] * 99)) == 0.0  # one close sentence of a hundred: absent
    assert semantic.presence(np.array([near] * 5 + [far] * 95)) == 1.0
    halfway = (semantic.ABSENT + semantic.PRESENT) / 2
    assert semantic.presence(np.array([halfway] * 5 + [far] * 95)) == pytest.approx(0.5)
    # a small sample (one short article) is read by its closest fifth, two sentences at least
    assert semantic.presence(np.array([near, near, far, far, far, far])) == 1.0
    assert semantic.presence(np.array([near, far, far, far, far, far])) < 0.5
    assert semantic.presence(np.array([])) == 0.0


UNRELATED = {"a": ["Heavy downpours flooded the streets of the old town on Monday night.",
                   "The city council approved the new budget for the schools."],
             "b": ["Ticket sales for the concert opened at noon on Friday.",
                   "A cold front will bring snow to the hills by the end of the week."]}
"""Four sentences close to no nonsense word."""


def test_a_topic_given_by_its_title_alone_is_never_judged_absent() -> None:
    # Nonsense words are close to no sentence: given as a description they say the corpus never speaks
    # of the topic; as a bare title, closeness is told apart within the sample as before.
    quotable = _sentences(UNRELATED)
    bare = Topic("zz", "Qqqq xxxx", "", ())
    described = Topic("zz", "Qqqq xxxx", "Zzzz yyyy wwww", ())
    assert max(semantic.semantic_seeds(quotable, (bare,))["zz"]) > 0
    assert max(semantic.semantic_seeds(quotable, (described,))["zz"]) == 0


def test_a_topic_whose_cues_the_corpus_never_uses_is_judged_by_its_title_and_cues() -> None:
    # Nonsense cues that no sentence holds: like a description, they say the corpus never speaks of it.
    quotable = _sentences(UNRELATED)
    cued = Topic("zz", "Qqqq xxxx", "", ("zzzz", "yyyy", "wwww"))
    assert max(semantic.semantic_seeds(quotable, (cued,), found=[0])["zz"]) == 0
    # Cues the articles use say the corpus speaks of it: closeness is told apart within the sample.
    assert max(semantic.semantic_seeds(quotable, (cued,), found=[1])["zz"]) > 0


def test_a_page_keeps_its_scores_as_far_as_the_corpus_speaks_of_its_topic() -> None:
    quotable = _sentences(UNRELATED)
    sampled = semantic.compared(quotable, (Topic("x", "X", "", ()),))
    weather = Topic("weather", "Weather", "Rain, snow, storms, temperatures and the forecast", ())
    nonsense = Topic("zz", "Qqqq xxxx", "Zzzz yyyy wwww", ())
    bare = Topic("bare", "Qqqq xxxx", "", ())
    cued = Topic("cued", "Qqqq xxxx", "Zzzz yyyy wwww", ("zzzz", "yyyy"))
    kept = semantic.presences((weather, nonsense, bare, cued), sampled, [0, 0, 0, semantic.CUED - 1])
    assert kept.tolist() == [1.0, 0.0, 1.0, 0.0]
    # The user's cues, used often enough by the articles, say the corpus speaks of it, whatever meaning says.
    assert semantic.presences((nonsense,), sampled, [semantic.CUED]).tolist() == [1.0]
    # Nothing compared by meaning (no sentence, no model): every page keeps its scores.
    assert semantic.presences((weather, nonsense), None, [0, 0]).tolist() == [1.0, 1.0]
    # Between the two bars a page keeps a share of its scores.
    halfway = (semantic.PAGE_ABSENT + semantic.PAGE_PRESENT) / 2
    assert semantic.presence(np.array([halfway] * 5), semantic.PAGE_ABSENT, semantic.PAGE_PRESENT) == \
        pytest.approx(0.5)
