"""Typed records that flow between the pipeline stages.

Each stage takes the previous stage's records and returns its own; none is a dict. Spans are
``start``/``end`` character offsets (Python ``str`` indices, ``end`` exclusive) into the article
file's full decoded text, as ``shared/contract/export.md`` defines it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Format(str, Enum):
    """How an article file is written."""

    TEXT = "txt"
    MARKDOWN = "md"
    HTML = "html"


class Kind(str, Enum):
    """What a segment of an article is, as far as the segmenter can tell."""

    SENTENCE = "sentence"
    """A sentence that can stand on its own as a quote."""
    HEADING = "heading"
    """A headline, title line or section heading: shown on the source page, never quoted."""
    BOILERPLATE = "boilerplate"
    """Share widgets, "Related News", subscription prompts and other page furniture."""
    FRAGMENT = "fragment"
    """Too short or incomplete to quote."""
    CAPTION = "caption"
    """A photo's caption or credit ("... (AP Photo/Jane Doe)"): it describes a picture the page no longer
    shows, and often repeats the body, so it is never quoted."""


@dataclass(frozen=True)
class Article:
    """One article file, decoded and cleaned, ready to be split into sentences."""

    id: str
    """Stable id derived from the file name (not its position in the folder)."""
    file: str
    """Path relative to the corpus folder, with forward slashes."""
    format: Format
    text: str
    """The file's full decoded text (front matter and tags included); spans index into it."""
    body: str
    """The readable text the segmenter splits: for HTML, the visible text; else a slice of ``text``."""
    offsets: tuple[int, ...] | None
    """For HTML, ``offsets[i]`` is where ``body[i]`` starts in ``text``; ``None`` when
    ``body == text[body_start:body_start + len(body)]``."""
    offset_ends: tuple[int, ...] | None
    body_start: int
    """Where ``body`` begins in ``text`` when ``offsets`` is ``None`` (after front matter)."""
    title: str
    source: str | None = None
    """The outlet (publication) that published the article."""
    url: str | None = None
    """Only ever an http(s) URL; anything else is dropped at ingest."""
    published: str | None = None
    """ISO 8601 date (or date-time) when it could be read."""
    author: str | None = None
    encoding: str = "utf-8"
    meta: tuple[tuple[str, str], ...] = ()
    """Further front-matter keys, as sorted (key, text) pairs."""
    sha256: str = ""
    """Hash of the file's bytes: detects exact duplicates and keys the cache."""

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of ``body`` to the matching span of ``text``."""
        if self.offsets is None:
            return self.body_start + start, self.body_start + end
        assert self.offset_ends is not None
        # The source span ends just after the last visible character; for an HTML entity such
        # as "&amp;" that is after the entity's ';'.
        return self.offsets[start], self.offset_ends[end - 1]


@dataclass(frozen=True)
class Sentence:
    """One segment of an article with its exact place in the file."""

    article_id: str
    index: int
    """Position in the article, from 0; the anchor ``#s-<index>`` on the source page."""
    start: int
    end: int
    """Span in the article's ``text``."""
    text: str
    """What a reader sees: the span itself, or for HTML the span's visible text, white space
    collapsed."""
    kind: Kind
    paragraph: int
    """Paragraph number in the article, from 0 (source pages keep paragraphs together)."""


@dataclass(frozen=True)
class TopicScore:
    """How strongly one sentence serves one topic page."""

    topic: str
    score: float


@dataclass(frozen=True)
class ScoredSentence:
    """A quotable sentence with its topic scores (best first) and its weight as a fact."""

    sentence: Sentence
    scores: tuple[TopicScore, ...]
    salience: float
    """How central the sentence is to the corpus (0..1), independent of topic."""

    def score(self, topic: str) -> float:
        """The score for ``topic`` (0 when the sentence does not serve it)."""
        for s in self.scores:
            if s.topic == topic:
                return s.score
        return 0.0


@dataclass(frozen=True)
class Fact:
    """One fact as stated by one or more articles: a group of sentences saying the same thing."""

    id: str
    """Stable id derived from the representative sentence's article and index."""
    members: tuple[ScoredSentence, ...]
    """At most one sentence per article; the first is the representative (the quote)."""
    nearby: tuple[ScoredSentence, ...] = field(default=(), compare=False)
    """Sentences of other articles that share some of its rarer words without being grouped with it:
    candidates to confirm by meaning before citing them as corroboration."""

    @property
    def lead(self) -> ScoredSentence:
        """The sentence that is quoted."""
        return self.members[0]

    @property
    def articles(self) -> tuple[str, ...]:
        """Ids of the articles that state the fact, representative first."""
        return tuple(m.sentence.article_id for m in self.members)


@dataclass(frozen=True)
class Quote:
    """A fact placed on a topic page."""

    fact: Fact
    topic: str
    score: float
    """Rank score on this page (higher first)."""
    also: tuple[ScoredSentence, ...] = ()
    """Sentences of further articles that restate the fact on this page (merged in by select)."""

    @property
    def citations(self) -> tuple[ScoredSentence, ...]:
        """The quoted sentence first, then one sentence for each further article that states it."""
        return self.fact.members + self.also

    @property
    def articles(self) -> tuple[str, ...]:
        """Ids of the articles cited for the quote, the quoted one first."""
        return tuple(m.sentence.article_id for m in self.citations)


@dataclass(frozen=True)
class Topic:
    """One configured topic page."""

    id: str
    title: str
    description: str
    cues: tuple[str, ...] = ()


@dataclass(frozen=True)
class TopicPage:
    """The quotes chosen for one topic, in page order."""

    topic: Topic
    quotes: tuple[Quote, ...]


@dataclass(frozen=True)
class Problem:
    """A file that could not be used, or was used with a caveat, and why."""

    file: str
    message: str
    skipped: bool = True


@dataclass(frozen=True)
class Dossier:
    """Everything the renderers need: articles, their sentences, topic pages and problems."""

    articles: tuple[Article, ...]
    sentences: dict[str, tuple[Sentence, ...]] = field(hash=False)
    pages: tuple[TopicPage, ...]
    facts: tuple[Fact, ...] = ()
    """Every fact found (quoted or not), for analyses beyond the topic pages."""
    problems: tuple[Problem, ...] = ()
    files_seen: int = 0
