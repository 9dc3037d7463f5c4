"""The segmenter's backward scan for the word before a full stop agrees with its regular expression."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.segment import _LAST_WORD, _LOOKBACK, _TERMINAL, ends_sentence, last_word

# Letters, digits, full stops, a newline and characters on the edges of what counts as a letter:
# an underscore, an accented letter, a superscript two (numeric, not decimal), an Arabic-Indic digit.
ALPHABET = "aZ.\n _1\u00e9\u00b2\u0663U"


def expected(text: str, dot: int) -> str | None:
    m = _LAST_WORD.search(text, max(0, dot - _LOOKBACK), dot)
    return m.group(1) if m else None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=200), st.integers(min_value=0, max_value=200))
def test_last_word_matches_the_pattern(text: str, dot: int) -> None:
    dot = min(dot, len(text))
    assert last_word(text, dot) == expected(text, dot)


def test_last_word_on_long_runs_and_window_edges() -> None:
    rng = random.Random(7)
    for _ in range(300):
        text = "".join(rng.choice(["U.S", "a", ".", " ", "\n", "Kim", "e.g", "5"]) for _ in range(rng.randint(0, 60)))
        for dot in range(len(text) + 1):
            assert last_word(text, dot) == expected(text, dot), (text, dot)
    assert last_word("The U.S.", 7) == "U.S" and last_word("Mr.", 2) == "Mr" and last_word("1999.", 4) is None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="a .!?;:\u2026\"'\u201d\u2019)]\n(", max_size=40))
def test_ends_sentence_matches_the_pattern(text: str) -> None:
    stripped = text.rstrip()
    assert ends_sentence(stripped) == bool(_TERMINAL.search(stripped))
