"""A cache of per-article results (the loaded article and its sentences), keyed by content hash.

One small JSON file per article under ``<root>/articles/``, named by a key that hashes the article's
id, file, the hash of the file's bytes and the source code of the modules that produce the result,
so an edited article, a renamed file or a changed ingest or segmenter all miss and are redone. A hit
skips decoding, front matter and HTML extraction, and splitting: only the file's bytes are read (to
hash them), and under ``mkdocs serve`` not even that while the file's status is unchanged
(:class:`Memory`). The folder lives outside ``docs/`` and the corpus and is safe to delete at any time; a
damaged entry counts as a miss.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from generator import (__version__, blocks, bulk, byline, errors, furniture, html_text, ingest, language, numeric,
                       records, segment, sentences, similarity, textutil)
from generator.records import Article, Format, Kind, Sentence

log = logging.getLogger(__name__)

DEFAULT_DIR = Path(".cache") / "dossier"
"""Where the CLI and the plugin keep the cache, relative to the project (``mkdocs.yml``) folder."""
_KINDS = {k.value: k for k in Kind}
_FORMATS = {f.value: f for f in Format}


@dataclass(frozen=True)
class Entry:
    """What is cached for one file."""

    article: Article
    caveats: tuple[str, ...]
    """What was met reading the file (an odd encoding ...), reported without skipping it."""
    sentences: tuple[Sentence, ...]
    stems: tuple[str, ...]
    """For each quotable sentence (``Kind.SENTENCE``), in order: its content stems
    (:func:`~generator.textutil.content_stems`), joined by spaces."""
    terms: tuple[str, ...]
    """Likewise its terms (:func:`~generator.similarity.terms`)."""


class Memory(dict[str, "Entry"]):
    """Entries kept in memory between the runs of a long-lived process (``mkdocs serve``), by key, and
    for each file the key its bytes had when it was last read, with the file's status then
    (:attr:`stats`): a file whose status has not changed since is not read again."""

    def __init__(self) -> None:
        super().__init__()
        self.stats: dict[str, tuple[tuple[object, ...], str]] = {}


SETTLED_NS = 2_000_000_000
"""A file read less than this long after it was modified could change again within the same time
stamp (file systems keep them coarser than they show): its status is not trusted, and it is read again."""


def _status(rel: str, aid: str, st: os.stat_result) -> tuple[object, ...]:
    return rel, aid, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns


CACHED_CODE = (ingest, byline, errors, furniture, html_text, segment, language, blocks, sentences, records, textutil,
               numeric, similarity, bulk)
"""The modules whose output is cached, and every module of the package they import."""


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the code whose output is cached: any change to it invalidates every entry."""
    h = hashlib.sha256(__version__.encode())
    for module in CACHED_CODE:
        h.update(Path(str(module.__file__)).read_bytes())
    h.update(Path(__file__).read_bytes())
    return h.hexdigest()


class ArticleCache:
    """Loaded articles and their sentences, stored by content hash.

    Args:
        root: the cache folder; ``None`` turns the cache off (every lookup misses, nothing is written).
        memory: entries kept in memory from the previous run of a long-lived process (``mkdocs serve``),
            looked up before the folder; after a run it holds this run's entries only
            (:meth:`keep_only_used`), so it never outgrows the corpus.
    """

    def __init__(self, root: Path | None, memory: dict[str, Entry] | None = None) -> None:
        self.root = root / "articles" if root is not None else None
        self.memory = memory
        self.used: set[str] = set()
        """Keys of this run's entries (the ones ``memory`` keeps), see :meth:`remember`."""
        self.hits = 0
        """Files found in the cache (counted by the caller, which may look up in worker processes)."""
        self.misses = 0

    @staticmethod
    def key(rel: str, aid: str, raw: bytes) -> str:
        """The entry's name: changes when the file's bytes, its path, its id or the code changes."""
        parts = (code_fingerprint(), aid, rel, hashlib.sha256(raw).hexdigest())
        return hashlib.sha256("\x00".join(parts).encode("utf-8", "surrogatepass")).hexdigest()

    def _path(self, key: str) -> Path:
        assert self.root is not None
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str, rel: str, aid: str, raw: bytes) -> Entry | None:
        """The cached entry for the file ``rel`` with bytes ``raw``, or ``None`` on a miss."""
        if self.root is None:
            return None
        if self.memory is not None and key in self.memory:
            return self.memory[key]
        path = self._path(key)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return _entry(data, rel, aid, raw)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError, KeyError, IndexError) as exc:
            log.debug("cache entry %s unusable (%s); redoing it", path, exc)
            return None

    def unchanged(self, path: Path, rel: str, aid: str, st: os.stat_result) -> str | None:
        """The key of the file's entry in memory when the file's status (``st``) is the one it had when
        it was last read: then it need not be read again. ``None`` otherwise, or without a :class:`Memory`."""
        stats = getattr(self.memory, "stats", None)
        if stats is None or self.root is None:
            return None
        held = stats.get(str(path))
        if held is None or held[0] != _status(rel, aid, st) or held[1] not in self.memory:  # type: ignore[operator]
            return None
        return held[1]

    def read(self, path: Path, rel: str, aid: str, st: os.stat_result, key: str) -> None:
        """Note that the file, whose status was ``st`` just before it was read, has the key ``key``
        (unless it was modified too recently to trust its status)."""
        stats = getattr(self.memory, "stats", None)
        if stats is not None and self.root is not None and time.time_ns() - st.st_mtime_ns >= SETTLED_NS:
            stats[str(path)] = (_status(rel, aid, st), key)

    def put(self, key: str, entry: Entry) -> None:
        """Store ``entry``; a folder that cannot be written only costs speed."""
        if self.root is None:
            return
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Write then rename, so a run that stops half-way never leaves a truncated entry.
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(_data(entry), f, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, path)
        except OSError as exc:
            log.debug("cannot write cache entry %s (%s)", path, exc)

    def remember(self, key: str, entry: Entry) -> None:
        """Keep ``entry`` in ``memory`` for the next run (called in the main process, whichever process
        looked the entry up or made it)."""
        if self.memory is not None and self.root is not None:
            self.used.add(key)
            self.memory[key] = entry

    def keep_only_used(self) -> None:
        """Drop from ``memory`` the entries this run did not use (edited, renamed or deleted files)."""
        if self.memory is not None:
            for key in [k for k in self.memory if k not in self.used]:
                del self.memory[key]
            stats = getattr(self.memory, "stats", {})
            for name in [n for n, (_, key) in stats.items() if key not in self.used]:
                del stats[name]


def _data(entry: Entry) -> dict[str, Any]:
    """An entry as plain JSON data. The text is not stored: it is decoded again from the file's bytes."""
    a = entry.article
    return {
        "format": a.format.value, "encoding": a.encoding, "sha256": a.sha256, "body_start": a.body_start,
        # For text and Markdown the body is a slice of the text; only HTML bodies are stored.
        "body": a.body if a.offsets is not None else None, "offsets": a.offsets, "offset_ends": a.offset_ends,
        "title": a.title, "source": a.source, "url": a.url, "published": a.published, "author": a.author,
        "meta": a.meta, "caveats": entry.caveats,
        "sentences": [[s.start, s.end, s.text, s.kind.value, s.paragraph] for s in entry.sentences],
        "stems": entry.stems, "terms": entry.terms,
    }


def _entry(data: dict[str, Any], rel: str, aid: str, raw: bytes) -> Entry:
    """The entry stored as ``data`` for the file ``rel`` whose bytes are ``raw``."""
    text, encoding = ingest.decode(raw)
    if encoding != data["encoding"]:
        raise ValueError(f"decoded as {encoding}, cached as {data['encoding']}")
    offsets, ends = data["offsets"], data["offset_ends"]
    body_start = int(data["body_start"])
    article = Article(
        id=aid, file=rel, format=_FORMATS[data["format"]], text=text,
        body=data["body"] if offsets is not None else text[body_start:],
        offsets=tuple(offsets) if offsets is not None else None,
        offset_ends=tuple(ends) if ends is not None else None,
        body_start=body_start, title=data["title"], source=data["source"], url=data["url"],
        published=data["published"], author=data["author"], encoding=encoding,
        meta=tuple((k, v) for k, v in data["meta"]), sha256=data["sha256"],
    )
    segments = tuple(Sentence(aid, i, start, end, stext, _KINDS[kind], paragraph)
                     for i, (start, end, stext, kind, paragraph) in enumerate(data["sentences"]))
    stems, terms = _strings(data["stems"]), _strings(data["terms"])
    quotable = sum(1 for s in segments if s.kind is Kind.SENTENCE)
    if len(stems) != quotable or len(terms) != quotable:
        raise ValueError(f"{len(stems)} stem lists and {len(terms)} term lists for {quotable} quotable sentences")
    return Entry(article, _strings(data["caveats"]), segments, stems, terms)


def _strings(values: Sequence[Any]) -> tuple[str, ...]:
    """``values`` as strings; anything else is a damaged entry."""
    if not all(isinstance(v, str) for v in values):
        raise TypeError("expected a list of strings")
    return tuple(values)
