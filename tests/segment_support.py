"""Helpers for the segment tests: a plain-text article segmented, its offsets checked on the way."""

from __future__ import annotations

from generator.records import Article, Format, Kind
from generator.segment import segment


def plain_article(text: str, body_start: int = 0) -> Article:
    """A plain-text article of ``text``, its body starting at ``body_start``."""
    return Article(id="a", file="a.txt", format=Format.TEXT, text=text, body=text[body_start:], offsets=None,
                   offset_ends=None, body_start=body_start, title="t")


def segments_of(text: str) -> list[tuple[str, Kind]]:
    """The segments of ``text`` as an article, with their kinds; each one's span is checked to hold its text."""
    article = plain_article(text)
    out = []
    for s in segment(article):
        assert " ".join(text[s.start:s.end].split()) == s.text  # offsets always exact
        out.append((s.text, s.kind))
    return out


def segment_texts(text: str) -> list[str]:
    """The texts of the segments of ``text``."""
    return [t for t, _ in segments_of(text)]
