"""Text helpers shared by the stages."""

from __future__ import annotations

import pytest

from generator.textutil import dangling


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
