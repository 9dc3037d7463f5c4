#!/usr/bin/env python3
"""Time what ``mkdocs serve`` does after a save: edit one article, reload the config, rebuild.

usage: rebuild.py MKDOCS_YML SITE_DIR REPEAT

Prints two numbers: the first build's seconds (cache cleared) and the fastest of REPEAT rebuilds
after appending a sentence to the corpus's first .txt article. The article is restored at the end.
As under ``mkdocs serve``, the plugins are started once (``on_startup``, so they live across the
rebuilds) and a second thread runs (serve's web server; it keeps the pipeline from forking workers).
"""

from __future__ import annotations

import shutil
import sys
import threading
import time
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config


def once(config_file: str, site_dir: str) -> float:
    start = time.perf_counter()
    # serve reloads the configuration before each rebuild; so do we
    build(load_config(config_file=config_file, site_dir=site_dir))
    return time.perf_counter() - start


def main() -> None:
    config_file, site_dir, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
    config = load_config(config_file=config_file)
    config.plugins.on_startup(command="serve", dirty=False)
    server = threading.Event()
    threading.Thread(target=server.wait, daemon=True).start()
    corpus = Path(config_file).parent / config.plugins["dossier"].config.corpus
    shutil.rmtree(Path(config_file).parent / ".cache", ignore_errors=True)
    first = once(config_file, site_dir)
    victim = sorted(corpus.glob("*.txt"))[0]
    original = victim.read_text(encoding="utf-8")
    times = []
    try:
        for i in range(repeat):
            victim.write_text(original + f"\nThe benchmark added sentence number {i} to this article.\n",
                              encoding="utf-8")
            times.append(once(config_file, site_dir))
    finally:
        victim.write_text(original, encoding="utf-8")
        config.plugins.on_shutdown()
    server.set()
    print(f"{first:.3f} {min(times):.3f}")


if __name__ == "__main__":
    main()
