"""Text helpers shared by the stages."""

from __future__ import annotations

import pytest

from generator.textutil import dangling, differ_in_figures, stem


@pytest.mark.parametrize("text, expected", [
    ("He said the talks went well.", True),
    ("“They will sign on Monday,” an aide said.", True),
    ("Its exports doubled.", True),
    ("But he is going to spend a lot of time in a cell.", True),
    ("And it is not a trivial risk, the judge added.", True),
    ("Sofia and Lima signed the accord.", False),
    ("Soldiers said so on Monday.", False),
    ("So far, 40 people have died in the floods.", False),
    ("Helicopters lifted residents from roofs.", False),
    ("The minister said he would resign.", False),
    ("This visit is the first since 2000.", False),
    ("", False),
])
def test_dangling_sentences_open_on_a_pronoun_or_a_conjunction(text: str, expected: bool) -> None:
    assert dangling(text) is expected


@pytest.mark.parametrize("forms", [
    ("sanction", "sanctions", "sanctioned"),
    ("plan", "planned", "planning"),
    ("plane", "planes"),
    ("state", "stated", "states", "stating"),
    ("mine", "mines", "mining"),
    ("agree", "agreed", "agreeing"),
    ("price", "prices", "priced"),
    ("meet", "meeting", "meetings"),
    ("war", "wars"),
])
def test_forms_of_a_word_share_a_stem(forms: tuple[str, ...]) -> None:
    assert len({stem(w) for w in forms}) == 1


@pytest.mark.parametrize("a, b", [
    ("plan", "planes"),     # a short word keeps the final e that makes it another word
    ("mins", "mining"),
    ("war", "ware"),        # the e comes back only after -ed and -ing
    ("meet", "mete"),
])
def test_different_words_keep_different_stems(a: str, b: str) -> None:
    assert stem(a) != stem(b)


@pytest.mark.parametrize("a, b, expected", [
    ("The death toll climbed to 4,455.", "The death toll climbed to nearly 6,000.", True),
    ("Some 8.5 million computers were hit.", "About 2 million computers were hit.", True),
    ("The toll rose to 4,455 in 3 days.", "The toll is now 4,455.", False),    # one figure shared
    ("The toll rose to 4,455.", "Thousands have died.", False),               # only one states a number
    ("Ties deepened after the invasion in 2022.", "Ties date back to 1950.", False),  # years place facts in time
    ("The toll rose to 4,455 on Monday.", "The toll rose to 4,455 on Tuesday.", False),  # days too
])
def test_sentences_differ_in_figures_when_both_state_numbers_and_share_none(a: str, b: str, expected: bool) -> None:
    assert differ_in_figures(a, b) is expected
    assert differ_in_figures(b, a) is expected
