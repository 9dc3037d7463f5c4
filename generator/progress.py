"""Progress on stderr: a bar on a terminal for long stages, one line per stage otherwise (or, in a
MkDocs build, one log line per stage).

Progress never goes to stdout and never into generated pages, so output bytes do not depend on it.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

from tqdm import tqdm

from generator.textutil import number_of

BAR_DELAY = 1.0
"""Seconds a stage must run before its bar appears: short runs stay silent on a terminal."""


class Progress:
    """Reports the pipeline's stages.

    Args:
        enabled: False silences everything (``--quiet``).
        stream: where to write; standard error by default.
        bar: draw a bar; by default only when ``stream`` is a terminal.
        emit: where each stage's line goes instead of ``stream``, with no bar (the MkDocs plugin
            logs them, so ``mkdocs build`` and ``serve`` show a long run's progress as it goes).
    """

    def __init__(self, enabled: bool = True, stream: TextIO | None = None, *, bar: bool | None = None,
                 emit: Callable[[str], None] | None = None) -> None:
        self.enabled = enabled
        self.stream = stream if stream is not None else sys.stderr
        self.emit = emit
        is_tty = getattr(self.stream, "isatty", lambda: False)()
        self.bar = emit is None and (is_tty if bar is None else bar)
        self.lines: list[str] = []
        """Every stage line reported, for the callers that want a summary (and for tests)."""

    @contextmanager
    def stage(self, name: str, total: int | None = None, unit: str = "article") -> Iterator[Callable[[int], None]]:
        """Time one stage; yield ``advance(n)`` to report ``n`` more items done.

        On a terminal a bar appears once the stage has run for :data:`BAR_DELAY` seconds; otherwise
        one line is written when the stage ends, such as ``segment: 10000 articles in 3.1 s``.
        """
        start = time.perf_counter()
        bar = None
        if self.enabled and self.bar and total:
            bar = tqdm(total=total, desc=name, unit=unit, file=self.stream, delay=BAR_DELAY, leave=False,
                       dynamic_ncols=True)
        done = 0

        def advance(n: int = 1) -> None:
            nonlocal done
            done += n
            if bar is not None:
                bar.update(n)

        try:
            yield advance
        finally:
            if bar is not None:
                bar.close()
        count = total if total is not None else done
        what = f"{number_of(count, unit)} " if count else ""
        line = f"{name}: {what}in {time.perf_counter() - start:.1f} s"
        self.lines.append(line)
        if self.enabled and self.emit is not None:
            self.emit(line)
        elif self.enabled:
            print(line, file=self.stream, flush=True)
