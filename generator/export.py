"""The JSON export (``dossier.json``), exactly as ``shared/contract/export.md`` defines it.

Quotes carry their citations as spans of the article files; the first citation is the quote's
source. Extra keys (quote ids, scores, source counts, problems) are additions the contract welcomes.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from typing import Any

from generator.insights import Insights, analyse
from generator.records import Dossier, Quote
from generator.render import outlet

SCHEMA = 1


def _quote(q: Quote) -> dict[str, Any]:
    lead = q.fact.lead.sentence
    return {
        "id": q.fact.id,
        "text": lead.text,
        "citations": [
            {"article": m.sentence.article_id, "start": m.sentence.start, "end": m.sentence.end,
             "sentence": m.sentence.index}
            for m in q.citations
        ],
        "score": q.score,
        "articles": len(q.citations),
    }


_ATOMS = (str, int, float, bool, type(None))


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def plain(value: Any) -> Any:
    """``value`` as JSON-ready data: records as dicts of their fields, sequences as lists, recursively.

    What :func:`dataclasses.asdict` gives for json, without its deep copies (several times quicker).
    Enum fields are str enums, so json writes their values.
    """
    if isinstance(value, _ATOMS):
        return value
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {plain(k): plain(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value):
        return {name: plain(getattr(value, name)) for name in _field_names(type(value))}
    raise TypeError(f"{type(value).__name__} has no JSON form")


def insights_dict(insights: Insights) -> dict[str, Any]:
    """The insight keys: ``outlets`` always, then one key per enabled analysis (records as plain data)."""
    out: dict[str, Any] = {"outlets": plain(insights.outlets.outlets)}
    for name in insights.enabled:
        out[name] = plain(getattr(insights, name))
    return out


def to_dict(dossier: Dossier, insights: Insights | None = None) -> dict[str, Any]:
    """The export as plain data, keys in the contract's order, then the insight keys.

    Without ``insights``, every analysis is run.
    """
    return {
        "schema": SCHEMA,
        "articles": [
            {"id": a.id, "file": a.file, "title": a.title, "source": a.source, "url": a.url,
             "published": a.published, "author": a.author, "encoding": a.encoding, "format": a.format.value,
             "outlet": outlet(a)}
            for a in dossier.articles
        ],
        "topics": [
            {"id": p.topic.id, "title": p.topic.title, "description": p.topic.description,
             "quotes": [_quote(q) for q in p.quotes]}
            for p in dossier.pages
        ],
        "problems": [{"file": p.file, "message": p.message, "skipped": p.skipped} for p in dossier.problems],
        **insights_dict(insights or analyse(dossier)),
    }


def to_json(dossier: Dossier, insights: Insights | None = None) -> str:
    """The export as deterministic JSON text (same dossier, same bytes): one line per top-level key,
    and per item of a top-level list, so it reads and diffs well and is written by json's C encoder
    (an indented dump falls back to pure Python, which took seconds on a large corpus)."""
    compact = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
    lines = []
    for key, value in to_dict(dossier, insights).items():
        if isinstance(value, list) and value:
            items = ",\n".join(f"  {compact(item)}" for item in value)
            lines.append(f"{compact(key)}: [\n{items}\n ]")
        else:
            lines.append(f"{compact(key)}: {compact(value)}")
    return "{\n " + ",\n ".join(lines) + "\n}\n"
