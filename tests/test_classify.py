"""Topic scores: cues, learned related words, and position in the sentence."""

from __future__ import annotations

import pytest

from generator.classify import classify, topic_profile
from generator.records import Kind, Sentence, Topic
from generator.textutil import stem

TOPICS = (
    Topic("money", "Money", "Trade and investment", ("trade", "investment", "billion")),
    Topic("war", "War", "Fighting and weapons", ("troops", "weapons", "shelling")),
)
TEXTS = [
    "Trade between the two countries reached ten billion dollars in investment last year.",
    "Investment in the new port will create trade worth billions for the fishing towns.",
    "The fishing towns expect the port to double their exports within a decade.",
    "Troops fired weapons across the river during heavy shelling on Tuesday night.",
    "Shelling damaged a bridge and troops moved weapons closer to the front line.",
    "The weather stayed mild throughout the week in most regions of the country.",
]


def _scored() -> dict[str, dict[str, float]]:
    sentences = [Sentence("a", n, 0, len(t), t, Kind.SENTENCE, 0) for n, t in enumerate(TEXTS)]
    sentences.append(Sentence("a", 99, 0, 5, "Title", Kind.HEADING, 0))
    out = {}
    for x in classify(sentences, TOPICS):
        out[x.sentence.text] = {s.topic: s.score for s in x.scores}
    return out


def test_headings_are_not_scored() -> None:
    assert "Title" not in _scored()


def test_cue_sentences_score_highest_on_their_topic() -> None:
    scores = _scored()
    for text in TEXTS[:2]:
        assert scores[text]["money"] > scores[text].get("war", 0)
    for text in TEXTS[3:5]:
        assert scores[text]["war"] > scores[text].get("money", 0)


def test_related_words_are_learned_from_the_corpus() -> None:
    # No cue word at all, but it shares "fishing towns" and "port" with a money sentence.
    scores = _scored()[TEXTS[2]]
    assert scores.get("money", 0) > scores.get("war", 0)
    assert scores["money"] > 0


def test_unrelated_sentence_scores_low() -> None:
    scores = _scored()
    weather = max(scores[TEXTS[5]].values(), default=0)
    assert weather < 0.5 * scores[TEXTS[0]]["money"]


def test_salience_and_determinism() -> None:
    assert _scored() == _scored()


def _scores_of(texts: list[str], topics: tuple[Topic, ...]) -> dict[str, dict[str, float]]:
    sentences = [Sentence("a", n, 0, len(t), t, Kind.SENTENCE, 0) for n, t in enumerate(texts)]
    return {x.sentence.text: {s.topic: s.score for s in x.scores} for x in classify(sentences, topics)}


def test_a_cue_that_is_a_stop_word_still_counts() -> None:
    # "since" is a stop word, so stems alone would drop this cue without a trace.
    topics = (Topic("past", "Past", "What came before", ("since",)), Topic("port", "Port", "The harbour", ("port",)))
    texts = ["The two towns have been rivals since the old bridge collapsed.",
             "The towns share a port and a ferry that runs twice a day."]
    scores = _scores_of(texts, topics)
    assert scores[texts[0]].get("past", 0) > scores[texts[0]].get("port", 0)
    assert scores[texts[0]]["past"] > scores[texts[1]].get("past", 0)


def test_a_phrase_cue_keeps_its_stop_words() -> None:
    # "joined by" must not shrink to "joined": joining efforts is not joining a delegation.
    topics = (Topic("party", "Party", "Who came along", ("joined by",)), Topic("port", "Port", "The harbour", ("port",)))
    texts = ["The president was joined by his foreign minister at the port talks.",
             "The two towns will join efforts to build a new port by the river."]
    scores = _scores_of(texts, topics)
    assert scores[texts[0]].get("party", 0) > scores[texts[0]].get("port", 0)
    assert scores[texts[1]].get("port", 0) > scores[texts[1]].get("party", 0)


def _best_default_topics(texts: list[str]) -> dict[str, str]:
    """The best-scoring default topic of each of ``texts``, classified as one corpus."""
    from generator.topics import default_topics

    return {text: max(scores, key=scores.__getitem__) for text, scores in _scores_of(texts, default_topics()).items()}


def test_default_topics_know_costs_drills_and_greetings() -> None:
    # Words any report of a summit uses for these topics, none of them from the seed corpus.
    expected = {
        "The city will pay the bill for the summit, and its cost will strain the budget.": "economics",
        "Suspending the joint drills was seen as a blow to deterrence on the peninsula.": "risks",
        "Dozens of foreign nationals were recruited to serve in the army as cooks and guards.": "risks",
        "The president was greeted by the foreign minister and arrived with two senior aides.": "delegation",
        "A spokeswoman for the ministry reassured allies that nothing had changed.": "reactions",
        "The leaders will meet on Tuesday and sign a treaty at the end of the visit.": "agenda",
        "Relations between the two countries date back decades, to the end of the war.": "background",
        # "spent" and "paid" are not money here: cost words that often are not stay out of the cues
        "He spent two days touring the country and paid a visit to the old port.": "agenda",
        # attending an event is not who takes part in the visit: "attended" stays out of delegation's cues
        "His last visit was in 2019, when he attended a forum in the port city.": "background",
        # who stands beside the leaders, by title; honours bestowed during the visit are its programme
        "He was met on the tarmac by the deputy prime minister and the first lady.": "delegation",
        "On the second day the president pinned the country's highest honour on his guest.": "agenda",
        # a former office or an earlier hour is not history
        "Earlier in the day the former governor toured a car plant outside the city.": "agenda",
    }
    good = "It was a good day for both leaders, he added."  # no trade: "goods" would stem to "good"
    best = _best_default_topics([*expected, good])
    assert best.pop(good) != "economics"
    assert best == expected


def test_default_topics_know_a_visits_protocol() -> None:
    # The set pieces of any state visit are its programme, whatever else their words touch on (a war
    # memorial, a guard of soldiers, a host): none of these sentences is from a labelled corpus.
    expected = {
        "On the first morning he laid a wreath at the war memorial.": "agenda",
        "The two presidents took questions at a news conference in the garden.": "agenda",
        "Soldiers in dress uniform lined the red carpet as the motorcade drew up to the palace.": "agenda",
        "Relations between the two countries date back decades, to the end of the war.": "background",
        "The president was greeted by the foreign minister and arrived with two senior aides.": "delegation",
        "A spokeswoman for the ministry reassured allies that nothing had changed.": "reactions",
        "Troops massed on the border as the army held drills with live artillery.": "risks",
        "Trade between the two countries rose to a record $20 billion last year.": "economics",
    }
    assert _best_default_topics(list(expected)) == expected


def test_a_topic_without_cues_counts_its_description_words_as_cues() -> None:
    from generator.classify import CUE_WEIGHT, DESCRIPTION_WEIGHT, topic_profile
    from generator.semantic import CUES_HALF
    from generator.textutil import stem

    bare = Topic("money", "Money", "Trade and investment")
    weights, _ = topic_profile(bare)
    assert weights[stem("trade")] == weights[stem("investment")] == CUE_WEIGHT
    many = Topic("money", "Money", "Trade and investment", tuple(f"cue{i}" for i in range(CUES_HALF)))
    cued, _ = topic_profile(many)
    assert cued[stem("trade")] == DESCRIPTION_WEIGHT < CUE_WEIGHT
    # The fewer of its cues the corpus uses, the more the description counts, up to a cue's weight.
    weighs = [topic_profile(many, found)[0][stem("trade")] for found in (0, 1, 6, CUES_HALF, 3 * CUES_HALF)]
    assert weighs[0] == CUE_WEIGHT
    assert weighs[0] > weighs[1] > weighs[2] > weighs[3] == weighs[4] == DESCRIPTION_WEIGHT



def test_a_topic_none_of_whose_cues_occurs_scores_as_one_without_cues(monkeypatch: pytest.MonkeyPatch) -> None:
    # Cues the corpus never uses find nothing: the description and meaning must do their work, as
    # for a topic given no cues. One cue found is enough for the cues to count. (The cues' meaning
    # still joins the description's and counts by its own closeness, see test_semantic; both are
    # left out here to compare like with like.)
    from generator import semantic
    monkeypatch.setattr(semantic, "DESCRIBED_CUES", 0)
    monkeypatch.setattr(semantic, "CUE_MEANING", 0.0)
    sentences = [Sentence("a", n, 0, len(t), t, Kind.SENTENCE, n) for n, t in enumerate(TEXTS)]

    def scores(money: Topic) -> list[tuple[tuple[str, float], ...]]:
        return [tuple((s.topic, s.score) for s in x.scores) for x in classify(sentences, (money, TOPICS[1]))]

    bare = Topic("money", "Money", "Trade and investment")
    unused = Topic("money", "Money", "Trade and investment", ("tariff", "customs union", "since"))
    assert scores(unused) == scores(bare)
    used = Topic("money", "Money", "Trade and investment", ("tariff", "customs union", "exports"))
    assert scores(used) != scores(bare)


def test_cues_found_count_single_words_phrases_and_stop_words(monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import classify as module

    topic = Topic("money", "Money", "", ("trade", "billion", "fishing towns", "port city", "in", "tariff"))
    assert module.cue_stems(topic) == [stem("trade"), stem("billion"), stem("tariff")]
    assert module.stop_cues(topic) == {"in"}
    seeds: list[module._WordSeeds] = []
    real = module._word_seeds

    def spy(t: Topic, stop: set[str], corpus: module._Corpus) -> module._WordSeeds:
        seeds.append(real(t, stop, corpus))
        return seeds[-1]
    monkeypatch.setattr(module, "_word_seeds", spy)
    classify([Sentence("a", n, 0, len(t), t, Kind.SENTENCE, n) for n, t in enumerate(TEXTS)], (topic,))
    # trade, billion, "fishing towns" and "in" occur; "port city" and tariff do not
    assert [s.found for s in seeds] == [4]
    # each cue's sentences: trade 2, billion(s) 2, "fishing towns" 2, "in" 3 (not "within")
    assert [s.cued for s in seeds] == [9]

def test_a_topic_without_cues_finds_sentences_close_in_meaning_to_its_description() -> None:
    # None of the weather sentences shares a word with the weather topic's title or description.
    topics = (Topic("weather", "Weather", "Rain, storms, temperatures and the forecast"),
              Topic("sport", "Sport", "Matches, players, results and the league"))
    weather = ["Heavy downpours flooded the streets of the old town on Monday night.",
               "A cold front will bring snow to the hills by the end of the week."]
    others = ["The striker scored twice as the home side won the cup final.",
              "The coach praised the young goalkeeper after the semi-final.",
              "The city council approved the new budget for the schools.",
              "Ticket sales for the concert opened at noon on Friday."]
    scores = _scores_of(weather + others, topics)
    for text in weather:
        assert scores[text].get("weather", 0) > scores[text].get("sport", 0), text
    assert min(scores[t].get("weather", 0) for t in weather) > max(scores[t].get("weather", 0) for t in others)


def test_after_an_opening_attribution_what_was_said_weighs_as_the_main_clause() -> None:
    from generator.classify import POSITION_DECAY, _placed_stems

    stems, weights = _placed_stems("A ministry spokesman said the leaders would sign a trade treaty on Friday.")
    weight = dict(zip(stems, weights))
    top, bottom = 1 + POSITION_DECAY / 2, 1 - POSITION_DECAY / 2
    assert weight["leader"] == top  # what was said opens the main clause
    assert weight["spokesman"] == weight["ministry"] == bottom
    # A "said" late in a sentence is not an opening attribution: positions count from the start.
    stems, weights = _placed_stems("The leaders would sign a trade treaty on Friday in the capital, a spokesman said.")
    assert dict(zip(stems, weights))["leader"] == top
    assert dict(zip(stems, weights))["spokesman"] < weight["sign"]


def test_words_that_say_what_a_sentence_does_are_no_signal_in_a_description() -> None:
    topic = Topic("delegation", "Delegation", "Who takes part: the ministers and officials accompanying them.",
                  ("entourage",))
    weights, _ = topic_profile(topic)
    assert {stem(w) for w in ("ministers", "officials", "entourage")} <= set(weights)
    assert not {stem("takes"), stem("part")} & set(weights)
    # a cue is the user's chosen word, whatever it is
    assert "part" in topic_profile(Topic("roles", "Roles", "", ("part",)))[0]
