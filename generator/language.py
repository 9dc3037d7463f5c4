"""Whether an article reads as English, the language Dossier's methods read, for the segment stage.

Topic cues, the words the corpus teaches, the paraphrase model and the checks on figures and names
are all English: a sentence in another language lands on a page by chance and is never grouped with
the English sentences that state its fact. An article whose quotable sentences hold few English
function words ("the", "of", "and": two fifths or more of the words in lower case of English news, a
seventh or less of French, German, Spanish, Italian, Dutch or Portuguese news, none of Russian or
Chinese) is kept and listed among the sources, but none of its sentences is quoted; the build says why.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from generator.records import Kind, Sentence
from generator.textutil import STOPWORDS, unaccented

ENGLISH_SHARE = 0.25
"""Share of an article's words in lower case (names left out: a short report may be mostly names) that
are English function words (:data:`~generator.textutil.STOPWORDS`) below which it does not read as
English. The 123 articles of the nineteen corpora of ``bench`` and ``corpus`` hold 0.41 or more; two
sentences of news in Dutch hold 0.15, German 0.14, Portuguese 0.13, Italian 0.12, Spanish 0.05 and
French 0.04 (accents left off: French "à" is "a")."""
MIN_WORDS = 30
"""Words in lower case an article's quotable sentences need for it to be judged: a few tell nothing."""
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
CAVEAT = ("does not read as English (few of its words are 'the', 'of', 'and' and the like): none of its "
          "sentences is quoted, as Dossier reads English, and it is only listed among the sources; add an "
          "English translation to quote it")
"""What the reader is told of such an article."""


def reads_english(texts: Sequence[str]) -> bool:
    """Whether ``texts`` (an article's quotable sentences) read as English, or are too short to tell."""
    small = [w for text in texts for w in _WORD.findall(text) if w[0].islower()]
    if len(small) < MIN_WORDS:
        return True
    english = sum(unaccented(w).replace("\u2019", "'") in STOPWORDS for w in small)
    return english >= ENGLISH_SHARE * len(small)


def unquoted_if_foreign(segments: tuple[Sentence, ...]) -> tuple[Sentence, ...] | None:
    """``segments`` with no sentence left quotable (each a fragment, never quoted) when the
    article does not read as English (:func:`reads_english`); None when it does."""
    if reads_english([s.text for s in segments if s.kind is Kind.SENTENCE]):
        return None
    return tuple(replace(s, kind=Kind.FRAGMENT) if s.kind is Kind.SENTENCE else s for s in segments)
