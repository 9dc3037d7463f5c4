"""What every analysis needs from a dossier: quotable sentences, their articles, facts and outlets."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice, zip_longest

from generator.insights.records import Citation, cite
from generator.insights.values import Amount, DateMention, amounts, dates
from generator.outlets import Outlets
from generator.records import Article, Dossier, Kind, Sentence
from generator.segment import label_of


def published_date(article: Article) -> dt.date | None:
    """The article's publication day, when its ``published`` field gives one."""
    if not article.published or len(article.published) < 10:
        return None
    try:
        return dt.date.fromisoformat(article.published[:10])
    except ValueError:
        return None


MAX_SENTENCES = 2500
"""Past this many sentences, the analyses read the key facts only (see :func:`_key_sentences`)."""
_HAS_DIGIT = re.compile(r"\d")
"""A list item that states a figure writes it in digits ("- Delegations: 205")."""


def _key_sentences(dossier: Dossier, sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    """The sentences of the quoted facts, then of the most widely stated ones, up to MAX_SENTENCES.

    A corpus of thousands of articles holds hundreds of thousands of sentences; the analyses look
    at what the briefing is about (its quotes and the facts most outlets state), in corpus order.
    """
    # The quotes' sources in turn (each quote's first citation, then each one's second ...), so that
    # every quote keeps sources however many thousands of articles state the most repeated ones.
    cited = [[(m.sentence.article_id, m.sentence.index) for m in q.citations] for p in dossier.pages for q in p.quotes]
    keep: set[tuple[str, int]] = set()
    for rank in zip_longest(*cited):
        keep.update(x for x in rank if x is not None)
        if len(keep) >= MAX_SENTENCES:
            break
    for fact in sorted(dossier.facts, key=lambda f: (-len(f.members), f.id)):
        if len(keep) >= MAX_SENTENCES:
            break
        # A fact that would overshoot the bound is left out whole, so the bound holds at any size.
        if len(keep) + len(fact.members) <= MAX_SENTENCES:
            keep.update((m.sentence.article_id, m.sentence.index) for m in fact.members)
    return tuple(s for s in sentences if (s.article_id, s.index) in keep)


def _listed(dossier: Dossier) -> tuple[tuple[Sentence, str, int], ...]:
    """The labelled list items of :attr:`Corpus.listed`."""
    found = ((s, label_of(s.text)) for a in dossier.articles for s in dossier.sentences.get(a.id, ())
             if s.kind is Kind.FRAGMENT and _HAS_DIGIT.search(s.text))
    return tuple(islice(((s, *label) for s, label in found if label is not None), MAX_SENTENCES))


@lru_cache(maxsize=1 << 14)
def values_of(text: str) -> tuple[tuple[DateMention, ...], tuple[Amount, ...]]:
    """The dates and the amounts of a sentence text (:func:`~generator.insights.values.dates`, ``amounts``).

    Several analyses read them, copies of one text (wire reprints, stock phrases) are common, and a
    rebuild under ``mkdocs serve`` reads mostly the same texts again: each distinct text is parsed once.
    """
    found_dates = tuple(dates(text))
    return found_dates, tuple(amounts(text, found_dates))


@dataclass(frozen=True)
class Corpus:
    """A read-only view of one dossier for the analyses."""

    dossier: Dossier
    outlets: Outlets
    articles: dict[str, Article] = field(hash=False)
    sentences: tuple[Sentence, ...]
    """Every quotable sentence (kind ``SENTENCE``), in article then sentence order."""
    fact_of: dict[tuple[str, int], str] = field(hash=False)
    """(article id, sentence index) -> id of the fact the sentence belongs to."""
    listed: tuple[tuple[Sentence, str, int], ...] = ()
    """The list items that state a figure under a label ("- Reported cost: \u20ac122m"), never quoted
    (see :func:`~generator.segment.kind_of`), with the label and where what it comes to starts
    (:func:`~generator.segment.label_of`); at most MAX_SENTENCES, in corpus order."""

    @classmethod
    def of(cls, dossier: Dossier, outlets: Outlets) -> Corpus:
        """Build the view (sentences in corpus order, so results are deterministic)."""
        sentences = tuple(s for a in dossier.articles for s in dossier.sentences.get(a.id, ())
                          if s.kind is Kind.SENTENCE)
        if len(sentences) > MAX_SENTENCES:
            sentences = _key_sentences(dossier, sentences)
        # Only the sentences kept are ever looked up: the other members (most, in a large corpus) are skipped.
        kept = {s.article_id for s in sentences}
        fact_of = {(m.sentence.article_id, m.sentence.index): f.id
                   for f in dossier.facts for m in f.members if m.sentence.article_id in kept}
        return cls(dossier, outlets, {a.id: a for a in dossier.articles}, sentences, fact_of, _listed(dossier))

    def cite(self, sentence: Sentence, start: int | None = None, end: int | None = None) -> Citation:
        """A citation of ``sentence``, marking ``sentence.text[start:end]`` when given."""
        return cite(self.articles[sentence.article_id], sentence, self.outlets, start, end)

    def values(self, sentence: Sentence) -> tuple[tuple[DateMention, ...], tuple[Amount, ...]]:
        """The dates and the amounts of ``sentence`` (see :func:`values_of`)."""
        return values_of(sentence.text)

    def published(self, sentence: Sentence) -> dt.date | None:
        """Publication day of the sentence's article."""
        return published_date(self.articles[sentence.article_id])

    def fact(self, sentence: Sentence) -> str:
        """The fact id of ``sentence`` (its own position when it is in no fact)."""
        return self.fact_of.get((sentence.article_id, sentence.index), f"{sentence.article_id}-{sentence.index}")
