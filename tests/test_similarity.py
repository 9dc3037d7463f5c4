"""Terms and similarity of sentences (generator.similarity)."""

from __future__ import annotations

import pytest

from generator.similarity import similarity, terms, vectors


@pytest.mark.parametrize("text, figure", [
    ("The bank raised its rate to 5.25% on Thursday.", "n5p25"),
    ("Some 340,000 vehicles are affected.", "n340000"),
    ("A $4.2bn takeover.", "n4p2"),
    ("A 6.8-magnitude quake struck.", "n6p8"),
])
def test_a_number_is_one_term_with_its_thousands_and_decimals(text: str, figure: str) -> None:
    found = terms(text)
    assert figure in found
    assert not {"5", "25", "340", "000", "4", "2bn", "6", "8"} & set(found)


@pytest.mark.parametrize("a, b", [("$4.2bn", "4.2 billion dollars"), ("12%", "12 per cent"), ("3m", "3 million")])
def test_a_unit_written_short_or_long_is_one_term(a: str, b: str) -> None:
    assert {t for t in terms(f"a deal worth {a}") if "_" not in t} <= set(terms(f"a deal worth {b}"))


def test_a_shared_figure_brings_two_wordings_of_one_fact_closer_than_another_figure() -> None:
    texts = ["Trade between the two countries was worth 6.5 billion euros last year.",
             "With bilateral trade of about €6.5bn, Sanvera is a modest partner today.",
             "With bilateral trade of about €8.1bn, Sanvera is a modest partner today.",
             "The talks ended on Friday."]
    first, same, other, unrelated = vectors(texts)
    assert similarity(first, same) > similarity(first, other) + 0.1 > similarity(first, unrelated) + 0.1


def test_a_name_written_with_or_without_its_accents_is_one_term() -> None:
    assert terms("Talks at the Élysée with Gérald Darmanin.") == terms("Talks at the Elysee with Gerald Darmanin.")
    accented, plain, other = vectors(["Xi met Orbán at the Élysée.", "Xi met Orban at the Elysee.",
                                      "Xi met Scholz in Berlin."])
    assert similarity(accented, plain) > 0.99 > similarity(accented, other)


@pytest.mark.parametrize("text", [
    "Moscow denied hitting the hospital.",
    "The minister rejected the idea that the trip was aimed at its neighbour.",
    "The governor, asked whether the timing helped one side, pushed back firmly.",
    '"It is reckless for anyone to say this vote was rigged," the mayor said.',
    "The ministry blamed a falling air defence missile for the damage.",
])
def test_a_sentence_contesting_a_claim_is_told_from_one_stating_it(text: str) -> None:
    from generator.similarity import contests, stance_differs

    assert contests(text)
    assert stance_differs(text, "The mayor said the vote was rigged.")
    assert not stance_differs(text, "Officials rejected the claim outright.")


@pytest.mark.parametrize("text", [
    "Officials say the parts helped rebuild the arms industry, a charge the government denies.",
    "She says they met at a golf outing in 2006, which he has always denied.",
    "Weak price data pushed back expectations of rate cuts.",
    "A new map published by the neighbour was rejected by the foreign ministry.",  # a passive: the event
    "The mayor said the vote was rigged.",
])
def test_a_claim_reported_in_full_or_a_delay_is_no_contest(text: str) -> None:
    from generator.similarity import contests

    assert not contests(text)
