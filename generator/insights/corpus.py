"""What every analysis needs from a dossier: quotable sentences, their articles, facts and outlets."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from generator.insights.records import Citation, cite
from generator.outlets import Outlets
from generator.records import Article, Dossier, Kind, Sentence


def published_date(article: Article) -> dt.date | None:
    """The article's publication day, when its ``published`` field gives one."""
    if not article.published or len(article.published) < 10:
        return None
    try:
        return dt.date.fromisoformat(article.published[:10])
    except ValueError:
        return None


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

    @classmethod
    def of(cls, dossier: Dossier, outlets: Outlets) -> Corpus:
        """Build the view (sentences in corpus order, so results are deterministic)."""
        sentences = tuple(s for a in dossier.articles for s in dossier.sentences.get(a.id, ())
                          if s.kind is Kind.SENTENCE)
        fact_of = {(m.sentence.article_id, m.sentence.index): f.id for f in dossier.facts for m in f.members}
        return cls(dossier, outlets, {a.id: a for a in dossier.articles}, sentences, fact_of)

    def cite(self, sentence: Sentence, start: int | None = None, end: int | None = None) -> Citation:
        """A citation of ``sentence``, marking ``sentence.text[start:end]`` when given."""
        return cite(self.articles[sentence.article_id], sentence, self.outlets, start, end)

    def published(self, sentence: Sentence) -> dt.date | None:
        """Publication day of the sentence's article."""
        return published_date(self.articles[sentence.article_id])

    def fact(self, sentence: Sentence) -> str:
        """The fact id of ``sentence`` (its own position when it is in no fact)."""
        return self.fact_of.get((sentence.article_id, sentence.index), f"{sentence.article_id}-{sentence.index}")
