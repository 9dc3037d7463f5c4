"""One options object for a run, shared by the CLI and the plugin."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from generator.errors import ConfigError
from generator.records import Topic
from generator.topics import load_topics

DEFAULT_MAX_FILE_MB = 5.0
DEFAULT_QUOTES_PER_PAGE = 12
"""Most pages fill up to this (labelled corpora hold about 7-9 key facts a topic). On the fourteen
labelled corpora besides the seed, recall / precision / quotes per key fact 0.777 / 0.759 / 1.44 at 12
became 0.778 / 0.740 / 1.52 at 13 and 0.788 / 0.731 / 1.60 at 14 (the seed corpus's precision 0.907
-> 0.893 and 0.895): about half the quotes a longer page adds are on the wrong page."""


MAX_FILE_MB_RULE = "must be a positive number of megabytes, such as 5 or 0.5"
"""What ``max_file_mb`` and ``--max-file-mb`` accept, said the same by both."""


def max_file_mb_problem(value: object) -> str | None:
    """Why ``value`` cannot be the file size limit in megabytes (what is accepted, what was found), or None.

    Not a number, zero, negative, infinite and NaN are refused: NaN compares false with every size, so
    a check ``<= 0`` alone lets it through, and neither converts to a whole number of bytes.
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
        return f"{MAX_FILE_MB_RULE}; found {value!r}"
    return None


def max_file_bytes(max_file_mb: float) -> int:
    """The limit in bytes, rounded to the nearest byte (at least 1), so that it prints back as the
    megabytes given: 0.001 MB is 1049 bytes, shown "0.001 MB", where truncating showed "0.000999 MB"."""
    return max(1, round(max_file_mb * 1024 * 1024))


@dataclass(frozen=True, kw_only=True)
class Settings:
    """What one run of the pipeline needs to know. Build it with :func:`make_settings`."""

    corpus: Path
    topics: tuple[Topic, ...]
    topics_file: Path | None = None
    """The file the topics were read from, if any: never read as an article, even when it is kept in
    the corpus folder."""
    max_file_bytes: int = int(DEFAULT_MAX_FILE_MB * 1024 * 1024)
    """Files larger than this are skipped with a message naming the limit."""
    max_quotes: int = DEFAULT_QUOTES_PER_PAGE
    """Upper bound on quotes per topic page; pages stop earlier when facts run out."""
    cache_dir: Path | None = None
    """Where per-article results are cached by content hash; None disables the cache."""
    progress: bool = True
    """Show progress on stderr (a bar on a terminal, one line per stage otherwise)."""


def make_settings(
    *,
    corpus: str | Path,
    topics_file: str | Path | None = None,
    max_file_mb: float = DEFAULT_MAX_FILE_MB,
    max_quotes: int = DEFAULT_QUOTES_PER_PAGE,
    cache_dir: str | Path | None = None,
    progress: bool = True,
) -> Settings:
    """Validate raw options once and return :class:`Settings`.

    Raises:
        ConfigError: an option is out of range or the topics file is unusable.
    """
    if problem := max_file_mb_problem(max_file_mb):
        raise ConfigError(f"the file size limit (max_file_mb, --max-file-mb) {problem}")
    if max_quotes < 1:
        raise ConfigError(f"quotes per page (max_quotes, --max-quotes) must be at least 1, found {max_quotes!r}")
    if cache_dir and Path(cache_dir).exists() and not Path(cache_dir).is_dir():
        raise ConfigError(f"the cache folder (cache_dir, --cache-dir) {str(cache_dir)!r} is a file, not a folder; "
                          "name a folder (it is made if missing), or turn the cache off (--no-cache, cache_dir: '')")
    return Settings(
        corpus=Path(corpus),
        topics=load_topics(topics_file),
        topics_file=Path(topics_file) if topics_file else None,
        max_file_bytes=max_file_bytes(max_file_mb),
        max_quotes=max_quotes,
        cache_dir=Path(cache_dir) if cache_dir else None,
        progress=progress,
    )
