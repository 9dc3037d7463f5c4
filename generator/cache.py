"""A cache of per-article results (the segmenter's sentences), keyed by content hash.

One small JSON file per article under ``<root>/segment/``, named by a key that hashes the article's
id, file, text hash and the source code of the modules that produce the result, so an edited
article, a renamed file or a changed segmenter all miss and are redone. The folder lives outside
``docs/`` and the corpus and is safe to delete at any time; a damaged entry counts as a miss.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from generator import __version__, html_text, ingest, records, segment
from generator.records import Article, Kind, Sentence

log = logging.getLogger(__name__)

DEFAULT_DIR = Path(".cache") / "dossier"
"""Where the CLI and the plugin keep the cache, relative to the project (``mkdocs.yml``) folder."""
_KINDS = {k.value: k for k in Kind}


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the code whose output is cached: any change to it invalidates every entry."""
    h = hashlib.sha256(__version__.encode())
    for module in (ingest, html_text, segment, records):
        h.update(Path(str(module.__file__)).read_bytes())
    return h.hexdigest()


class SegmentCache:
    """Sentences of each article, stored by content hash.

    Args:
        root: the cache folder; ``None`` turns the cache off (every lookup misses, nothing is written).
    """

    def __init__(self, root: Path | None) -> None:
        self.root = root / "segment" if root is not None else None
        self.hits = 0
        self.misses = 0

    def key(self, article: Article) -> str:
        """The entry's name: changes when the article's text, file, id or the segmenter changes."""
        parts = (code_fingerprint(), article.id, article.file, article.sha256)
        return hashlib.sha256("\x00".join(parts).encode("utf-8", "surrogatepass")).hexdigest()

    def _path(self, key: str) -> Path:
        assert self.root is not None
        return self.root / key[:2] / f"{key}.json"

    def get(self, article: Article) -> tuple[Sentence, ...] | None:
        """The cached sentences of ``article``, or ``None`` on a miss."""
        if self.root is None:
            self.misses += 1
            return None
        path = self._path(self.key(article))
        try:
            rows = json.loads(path.read_text(encoding="utf-8"))
            out = tuple(Sentence(article.id, i, start, end, text, _KINDS[kind], paragraph)
                        for i, (start, end, text, kind, paragraph) in enumerate(rows))
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, ValueError, TypeError, KeyError) as exc:
            log.debug("cache entry %s unusable (%s); redoing it", path, exc)
            self.misses += 1
            return None
        self.hits += 1
        return out

    def put(self, article: Article, sentences: tuple[Sentence, ...]) -> None:
        """Store ``sentences`` for ``article``; a folder that cannot be written only costs speed."""
        if self.root is None:
            return
        path = self._path(self.key(article))
        rows = [[s.start, s.end, s.text, s.kind.value, s.paragraph] for s in sentences]
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Write then rename, so a run that stops half-way never leaves a truncated entry.
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(rows, f, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, path)
        except OSError as exc:
            log.debug("cannot write cache entry %s (%s)", path, exc)
