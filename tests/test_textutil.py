"""Text helpers shared by the stages."""

from __future__ import annotations

import pytest

from generator.textutil import dangling, stem


@pytest.mark.parametrize("text, expected", [
    ("He said the talks went well.", True),
    ("“They will sign on Monday,” an aide said.", True),
    ("Its exports doubled.", True),
    ("Helicopters lifted residents from roofs.", False),
    ("The minister said he would resign.", False),
    ("This visit is the first since 2000.", False),
    ("", False),
])
def test_dangling_sentences_open_on_a_pronoun(text: str, expected: bool) -> None:
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
