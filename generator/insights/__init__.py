"""Analyses across articles that no single article shows: disagreements, timeline, key figures,
coverage, and the people and organisations named.

Entry point: :func:`analyse`, run after the select stage on the finished dossier. Each analysis is
one module taking a :class:`~generator.insights.corpus.Corpus` view and returning typed records
(:mod:`generator.insights.records`) whose every item cites exact spans of the article files.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass

from generator.insights.corpus import Corpus
from generator.insights.coverage import coverage
from generator.insights.disagreements import disagreements
from generator.insights.entities import entities
from generator.insights.figures import figures
from generator.insights.records import (Citation, CoverageRow, Disagreement, Entity, Figure, Insights, Moment,
                                        Position)
from generator.insights.timeline import timeline
from generator.outlets import identify
from generator.records import Dossier

__all__ = ["cited_articles", "Citation", "CoverageRow", "Disagreement", "Entity", "Figure", "Insights", "Moment", "Options",
           "Position", "analyse"]


@dataclass(frozen=True, kw_only=True)
class Options:
    """Which analyses to run (each one is a page of the site and a key of ``dossier.json``)."""

    disagreements: bool = True
    timeline: bool = True
    figures: bool = True
    coverage: bool = True
    entities: bool = True

    @property
    def enabled(self) -> tuple[str, ...]:
        """Names of the analyses switched on, in page order."""
        return tuple(f.name for f in fields(self) if getattr(self, f.name))


def analyse(dossier: Dossier, options: Options | None = None) -> Insights:
    """Run the enabled analyses on ``dossier`` (outlet identities are always worked out)."""
    options = options or Options()
    outlets = identify(dossier.articles)
    corpus = Corpus.of(dossier, outlets)
    return Insights(
        outlets=outlets,
        disagreements=disagreements(corpus) if options.disagreements else (),
        timeline=timeline(corpus) if options.timeline else (),
        figures=figures(corpus) if options.figures else (),
        coverage=coverage(corpus) if options.coverage else (),
        entities=entities(corpus) if options.entities else (),
        enabled=options.enabled,
    )


def cited_articles(insights: Insights) -> list[str]:
    """Ids of the articles the enabled analyses cite, each once, in the order of their records."""
    seen: dict[str, None] = {}

    def walk(value: object) -> None:
        if isinstance(value, Citation):
            seen.setdefault(value.article, None)
        elif isinstance(value, (tuple, list)):
            for item in value:
                walk(item)
        elif is_dataclass(value) and not isinstance(value, type):
            for f in fields(value):
                walk(getattr(value, f.name))

    for name in insights.enabled:
        walk(getattr(insights, name))
    return list(seen)
