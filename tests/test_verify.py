"""Verify: a shown fact keeps only the articles whose sentence states it, checked by meaning."""

from __future__ import annotations

import pytest

from generator.embed import Meaning
from generator.records import Fact, Kind, ScoredSentence, Sentence, Topic, TopicPage, Quote, TopicScore
from generator.verify import confirmed, people_only, shown, split_by_figures, verify

ARRIVAL = "The minister will arrive in Lisbon on Monday to meet the prime minister."
SAME = "The minister arrives in Lisbon on Monday for talks with the prime minister."
OTHER = "On Monday, a Lisbon newspaper printed a letter in which the minister thanked the prime minister's staff."


def _member(article: str, n: int, text: str) -> ScoredSentence:
    return ScoredSentence(Sentence(article, n, 0, len(text), text, Kind.SENTENCE, 0), (TopicScore("t", 1.0),), 0.3)


def test_a_sentence_that_shares_words_but_not_the_fact_is_split_off() -> None:
    fact = Fact("a-0", (_member("a", 0, ARRIVAL), _member("b", 3, SAME), _member("c", 5, OTHER),
                        _member("d", 2, OTHER)))
    kept, alone = confirmed(fact, Meaning())
    assert kept.id == "a-0" and kept.articles == ("a", "b")
    # the two copies of the rejected sentence stay together, named after the first
    assert alone.id == "c-5" and alone.articles == ("c", "d")


def test_a_fact_whose_articles_agree_is_left_whole() -> None:
    fact = Fact("a-0", (_member("a", 0, ARRIVAL), _member("b", 3, SAME), _member("e", 1, ARRIVAL)))
    assert confirmed(fact, Meaning()) == (fact,)
    facts = (fact,)
    assert verify(facts, [fact], Meaning()) is facts


def test_verify_replaces_only_the_checked_facts_and_keeps_id_order() -> None:
    mixed = Fact("a-0", (_member("a", 0, ARRIVAL), _member("c", 5, OTHER)))
    unchecked = Fact("z-9", (_member("z", 9, ARRIVAL), _member("y", 1, OTHER)))
    out = verify((mixed, unchecked), [mixed], Meaning())
    assert [f.id for f in out] == ["a-0", "c-5", "z-9"]
    assert out[2] is unchecked


def test_sentences_past_the_budget_are_kept_as_grouped() -> None:
    fact = Fact("a-0", (_member("a", 0, ARRIVAL), _member("c", 5, OTHER)))
    assert confirmed(fact, Meaning(budget=0)) == (fact,)


def test_shown_lists_each_quoted_fact_once() -> None:
    fact = Fact("a-0", (_member("a", 0, ARRIVAL),))
    topic = Topic("t", "T", "d", ())
    pages = [TopicPage(topic, (Quote(fact, "t", 1.0),)), TopicPage(topic, (Quote(fact, "t", 0.5),))]
    assert shown(pages) == [fact]


@pytest.mark.parametrize("lead, same, other", [
    # a sentence stating none of the quote's numbers does not confirm it
    ("The bridge over the bay, closed for 14 months, reopened to traffic on Friday.",
     "After 14 months of repairs, traffic is flowing again across the bay bridge.",
     "Traffic is flowing again across the bay bridge after long repairs, officials said on Friday."),
    # the quote's figure rounded confirms it; another figure does not
    ("Microsoft completed its $68.7 billion purchase of the games publisher on Friday.",
     "Microsoft has closed its $69bn takeover of the games publisher.",
     "Microsoft has closed its $75bn takeover of the games publisher."),
    # a figure in the range of the quote's qualified one confirms it; one outside does not
    ("Japan has invested more than $750 billion in the United States, the most of any country.",
     "Japanese direct investment in the United States reached $783 billion, the most of any country.",
     "Japanese direct investment in the United States reached $700 billion, the most of any country."),
    # a figure that may be a year is in no range: "more than 1,700 firms" does not confirm "in 2019"
    ("Japan invested $50 billion in the United States in 2019, the most of any country.",
     "Japan invested $50 billion in the United States, the most of any country that year.",
     "More than 1,700 Japanese firms invested in the United States, the most of any country."),
    # a whole date confirms the quote's in another order; another year does not, though the day agrees
    ("The judge set sentencing for March 28, 2024, in the federal court in Manhattan.",
     "Sentencing in the federal court in Manhattan was set for 28 March 2024.",
     "Sentencing in the federal court in Manhattan is scheduled for March 28, 2023."),
], ids=["none", "rounded", "range", "year", "date"])
def test_a_quote_stating_a_number_is_confirmed_only_by_sentences_stating_it(lead: str, same: str, other: str) -> None:
    fact = Fact("a-0", (_member("a", 0, lead), _member("b", 1, same), _member("c", 2, other)))
    kept, alone = confirmed(fact, Meaning())
    assert kept.articles == ("a", "b")
    assert alone.articles == ("c",)


def test_keep_confirmed_trims_the_quotes_of_split_facts_and_leaves_the_rest() -> None:
    from generator.verify import keep_confirmed

    mixed = Fact("a-0", (_member("a", 0, ARRIVAL), _member("b", 3, SAME), _member("c", 5, OTHER)))
    whole = Fact("e-1", (_member("e", 1, SAME),))
    topic = Topic("t", "T", "d", ())
    page = TopicPage(topic, (Quote(mixed, "t", 1.0, (_member("f", 2, SAME),)), Quote(whole, "t", 0.5)))
    facts = verify((mixed, whole), shown([page]), Meaning())
    (trimmed,) = keep_confirmed([page], facts)
    assert trimmed.quotes[0].articles == ("a", "b", "f")  # the letter is no longer cited; the rest stays
    assert trimmed.quotes[0].fact in facts and trimmed.quotes[1] is page.quotes[1]


def test_split_by_figures_checks_every_sentence_of_a_fact_without_the_model() -> None:
    from generator.verify import CHECKED, split_by_figures

    lead = _member("a", 0, "At least 42 people were killed when the river burst its banks on Monday.")
    agree = [_member(f"b{n}", n, f"Officials said 42 people died in the flood, report number {n} of the day, "
                     f"and {n + 42} homes were damaged.") for n in range(CHECKED + 2)]
    other = _member("z", 7, "Rescuers said 40 people were still missing after the river burst its banks.")
    fact = Fact("a-0", (lead, *agree, other))  # the sentence stating another number comes after CHECKED others
    plain = Fact("p-0", (_member("p", 0, ARRIVAL), _member("q", 0, OTHER)))  # no number: left to verify
    facts = (fact, plain)
    out = split_by_figures(facts)
    assert [f.id for f in out] == ["a-0", "p-0", "z-7"]
    assert out[0].members == (lead, *agree) and out[2].members == (other,)
    assert out[1] is plain
    assert split_by_figures((plain,)) == (plain,)


JOBS = "Cup makers said the EU ban on single-use plastic cups from 2028 would cost 12,000 jobs."


@pytest.mark.parametrize("restated", [
    "The EU ban on plastic cups will cost 12 000 jobs, the makers said.",
    "The EU ban on plastic cups will cost 12\u00a0000 jobs, the makers said.",
    "The EU ban on plastic cups will cost twelve thousand jobs, the makers said.",
    "The EU ban on plastic cups will cost 12 thousand jobs, the makers said.",
], ids=["spaced", "no-break space", "words", "digits and words"])
def test_a_figure_written_another_way_confirms_the_quote(restated: str) -> None:
    fact = Fact("a-0", (_member("a", 0, JOBS), _member("b", 1, restated)))
    assert split_by_figures((fact,)) == (fact,)


@pytest.mark.parametrize("lead, restated", [
    ("About 1,200,000 people fled the city, officials said.", "Officials said 1.2 million people had fled."),
    ("The firm agreed to pay a $2bn fine to settle the case.", "The firm will pay a two billion dollar fine."),
    ("The firm agreed to pay a $1.2bn fine to settle the case.", "The firm will pay a 1.2 billion dollar fine."),
], ids=["millions in digits", "billions in words", "shorthand"])
def test_a_large_figure_written_in_millions_or_billions_confirms_the_quote(lead: str, restated: str) -> None:
    fact = Fact("a-0", (_member("a", 0, lead), _member("b", 1, restated)))
    assert split_by_figures((fact,)) == (fact,)


def test_a_shared_year_alone_does_not_confirm_a_quote_that_counts_something() -> None:
    year_only = "EU ministers agreed on Tuesday to ban single-use plastic cups from 2028, the Council said."
    same = "The 2028 ban on plastic cups will cost about 12,000 jobs, cup makers said."
    fact = Fact("a-0", (_member("a", 0, JOBS), _member("b", 1, year_only), _member("c", 2, same)))
    out = split_by_figures((fact,))
    assert [f.articles for f in out] == [("a", "c"), ("b",)]
    # a quote that gives only a year is still confirmed by a sentence giving that year
    banned = "Plastic cups will be banned in the EU from 2028."
    dated = Fact("b-1", (_member("b", 1, year_only), _member("e", 0, banned)))
    assert split_by_figures((dated,)) == (dated,)


CABINET = ("The security cabinet authorized Prime Minister Benjamin Netanyahu and Defense Minister Yoav Gallant to "
           "decide on the response.")


def test_a_sentence_sharing_only_a_person_s_name_and_title_is_split_off() -> None:
    same = ("Earlier, the security cabinet gave Prime Minister Benjamin Netanyahu and Defense Minister Yoav Gallant "
            "authority to decide the response.")
    held = "So far, Prime Minister Benjamin Netanyahu has held back his decision."  # cosine about 0.6
    spoke = "The president also spoke with Prime Minister Benjamin Netanyahu."
    fact = Fact("a-0", (_member("a", 0, CABINET), _member("b", 1, same), _member("c", 2, held),
                        _member("d", 3, spoke)))
    kept, *alone = confirmed(fact, Meaning())
    assert kept.articles == ("a", "b")
    assert sorted(f.id for f in alone) == ["c-2", "d-3"]


@pytest.mark.parametrize(("lead", "text", "only"), [
    (CABINET, "So far, Prime Minister Benjamin Netanyahu has held back his decision.", True),
    # a nationality in one title, a possessive, a title in lower case: still only the person
    ("Russia's President Vladimir Putin thanked Chinese leader Xi Jinping.",
     "China's leader Xi Jinping welcomed Russian President Vladimir Putin's delegation at a ceremony.", True),
    # a place or a body that both name is a shared word, and so is any other word
    ("Russia's President Vladimir Putin arrived on Thursday in Beijing.",
     "Russian President Vladimir Putin has landed in Beijing.", False),
    ("Zelensky's speech to Congress drew applause.", "Mr Zelensky addressed Congress on Wednesday.", False),
    (CABINET, "Netanyahu's response will come later, his office said.", False),
    (CABINET, "Response timing now rests with Prime Minister Benjamin Netanyahu.", False),  # a shared word opening it
    ("Troops crossed the border at dawn.", "Officials said the capital would hold firm.", False),  # nothing shared
])
def test_people_only(lead: str, text: str, only: bool) -> None:
    assert people_only(lead, text) is only
