"""Command line: ``python -m generator build|export``. The only place errors become exit codes."""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import shlex
import sys
import tempfile
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

from generator import __version__
from generator.cache import DEFAULT_DIR as DEFAULT_CACHE_DIR
from generator.errors import DossierError
from generator.escape import title_text
from generator.export import to_json
from generator.ingest import summarise
from generator.insights import analyse
from generator.pipeline import no_cyclic_gc, pages_without_facts, run
from generator.progress import Progress
from generator.records import Problem
from generator.settings import (DEFAULT_MAX_FILE_MB, DEFAULT_QUOTES_PER_PAGE, MAX_FILE_MB_RULE, make_settings,
                                max_file_mb_problem)
from generator.textutil import number_of

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
SITE_MARKER = ".dossier-site"
"""Left in a site folder after a build, so a later build knows it may clear it. Hidden, because
MkDocs never deletes hidden entries when it empties the folder."""
MARKER_HEAD = "Built by dossier; a later build may replace these files and folders:"
"""The marker's first line, then one line per file or folder the build wrote (a folder's ends in
``/``). Markers before it began "...these entries:" and listed top-level names only."""
OUT_ADVICE = "name a file in a folder you can write to"
"""What to do when the system refuses to write ``--out``."""
OS_LITTER = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})
"""Files a file browser leaves in folders it shows (macOS Finder, Windows Explorer), not the user's
work: opening the site folder to look at it must not stop the next build."""

DESCRIPTION = """\
Turn a folder of news articles about one event into a cited, searchable briefing.

Every fact is quoted word for word from the articles, with a footnote to the exact sentence it
comes from and the other articles that state the same fact.

examples:
  python -m generator build corpus --site-dir site
  python -m generator build ~/summit --site-dir /tmp/summit --topics topics.yaml --title "Summit"
  python -m generator export corpus --out dossier.json
  mkdocs serve          # in a project with an mkdocs.yml (this repository: make serve)
Installed with pip, the same commands run as `dossier build ...` and `dossier export ...`.

Articles are .txt, .md (optional YAML front matter: title, source, url, published, author) or
.html files, in the folder and its subfolders. A topics file is a YAML list that replaces
the default six topics, for example:

  - id: casualties
    title: Casualties
    description: Deaths, injuries and the missing, and how the toll rose.
    cues: [killed, injured, death toll, missing]

Each topic needs a title, a description or cues, at least one of them ("keywords" is read as
cues); a topic given no id takes one from its title.

The site has a page per topic, one per article (Sources), insight pages (disagreements between
outlets, timeline, key figures, coverage, people) and dossier.json, every quote with its
character span in the article file.
"""


def _megabytes(value: str) -> float:
    """``--max-file-mb``: a positive, finite number, refused by argparse in one line otherwise."""
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if max_file_mb_problem(number):
        raise argparse.ArgumentTypeError(f"{MAX_FILE_MB_RULE}; found {value!r}")
    return number


GENERIC_FOLDERS = frozenset("articles corpus data docs files input news sources stories texts".split())
"""Folder names that say nothing of the event: a corpus in one is named for the folder above it."""


def event_name(corpus: Path) -> str:
    """What a corpus folder says of its event: its name ("summit"), or its parent's when its own is
    generic ("summit/articles": "summit")."""
    folder = corpus.resolve()
    if folder.name.lower() in GENERIC_FOLDERS and folder.parent.name:
        return folder.parent.name
    return folder.name


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("corpus", type=Path, help="folder of articles (.txt, .md, .html), searched recursively")
    p.add_argument("--topics", type=Path, metavar="FILE",
                   help="YAML list of topics {id, title, description, cues} replacing the default six")
    # Defaults are None, so that ``build --config`` keeps the mkdocs.yml's values for options not given.
    p.add_argument("--max-file-mb", type=_megabytes, metavar="MB",
                   help=f"skip article files larger than this (default {DEFAULT_MAX_FILE_MB:g})")
    p.add_argument("--max-quotes", type=int, metavar="N",
                   help=f"most quotes on one topic page (default {DEFAULT_QUOTES_PER_PAGE})")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="print only warnings and errors: no progress, no files read with a caveat")
    p.add_argument("--cache-dir", type=Path, metavar="DIR",
                   help=f"keep per-article results here, reused while an article is unchanged; safe to delete "
                        f"(default {DEFAULT_CACHE_DIR})")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")


def parser() -> argparse.ArgumentParser:
    """The argument parser (also used by the documentation test)."""
    p = argparse.ArgumentParser(prog="python -m generator", description=DESCRIPTION,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"dossier {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND", title="commands")
    b = sub.add_parser("build", help="build the briefing site (MkDocs + Material) for a folder of articles",
                       description="Build the briefing site (home, one page per topic, one per source, "
                                   "search, dossier.json) for CORPUS into --site-dir.")
    _common(b)
    b.add_argument("--site-dir", type=Path, required=True, metavar="DIR",
                   help="where to write the site; an existing folder must hold only an earlier build")
    b.add_argument("--config", type=Path, metavar="MKDOCS_YML",
                   help="an mkdocs.yml with the dossier plugin (default: the built-in configuration); "
                        "the options given here replace its plugin options of the same name")
    b.add_argument("--title", metavar="TEXT",
                   help="the site's name, in every page's header and browser tab (default: the --config's "
                        "site_name, else \"Dossier: \" and the corpus folder's name, or its parent's when it is "
                        "named corpus, articles or the like)")
    b.add_argument("--strict", action="store_true", help="fail on any warning, as mkdocs build --strict does")
    b.add_argument("--offline", action="store_true",
                   help="a site that works opened straight from disk (file://), search included, to send as "
                        "a zip; without it, serve the folder (python -m http.server -d DIR) or publish it")
    e = sub.add_parser("export",
                       help="write the dossier as one JSON file (no site), to check every quote against its source",
                       description="Write the dossier of CORPUS as one JSON document: articles, topics, "
                                   "quotes and their citations as character spans of the article files.")
    _common(e)
    e.add_argument("--out", type=Path, required=True, metavar="FILE", help="the JSON file to write")
    return p


def report(problems: Sequence[Problem], files_seen: int, stream: TextIO | None = None, *,
           quiet: bool = False) -> None:
    """Print problems grouped (skipped files first), with a count at the end, to ``stream`` (stderr);
    ``quiet`` leaves out the files read with a caveat (INFO lines), as ``-q`` does for a build."""
    for level, line in summarise(problems, files_seen):
        if not (quiet and level < logging.WARNING):
            print(line, file=stream or sys.stderr)


def _site_paths(site_dir: Path) -> list[str]:
    """Every file and folder in ``site_dir`` that MkDocs would delete, as sorted relative paths (a folder's
    ends in ``/``): all but its hidden top-level entries and :data:`OS_LITTER`. One walk of the tree."""
    paths: list[str] = []
    for top, dirs, files in os.walk(site_dir):
        prefix = Path(top).relative_to(site_dir).as_posix() + "/"
        if prefix == "./":
            prefix = ""
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            files = [f for f in files if not f.startswith(".")]
        paths += [prefix + d + "/" for d in dirs] + [prefix + f for f in files if f not in OS_LITTER]
    return sorted(paths)


def _outermost(paths: list[str]) -> list[str]:
    """``paths`` (sorted) less those inside a folder also listed: a folder stands for its content."""
    kept: list[str] = []
    for path in paths:
        if not (kept and kept[-1].endswith("/") and path.startswith(kept[-1])):
            kept.append(path)
    return kept


def _marker_lines(site_dir: Path) -> list[str] | None:
    """The lines of the CLI's marker in ``site_dir``; None without one, or when ``mkdocs build`` has
    rebuilt the folder since (it leaves the hidden marker but rewrites the home page: newer)."""
    marker = site_dir / SITE_MARKER
    try:
        written = marker.stat().st_mtime_ns
        lines = marker.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    home = site_dir / "index.html"
    return None if home.is_file() and home.stat().st_mtime_ns > written else lines


def _foreign(site_dir: Path, paths: list[str]) -> list[str]:
    """Those of ``paths`` (of ``site_dir``, see :func:`_site_paths`) that no earlier build wrote.

    The CLI's marker lists every file and folder its build wrote, so anything added since, at any
    depth, is noticed (a marker of an older version lists top-level names only). A folder built by
    ``mkdocs build`` has no marker (or an outdated one) and is recognised, as a whole, by its
    ``dossier.json`` and ``index.html``.
    """
    marker = _marker_lines(site_dir)
    if marker is not None:
        head, *built = marker or [""]
        if head == MARKER_HEAD:
            known = set(built)
            return [p for p in paths if p not in known]
        return [p for p in paths if p.split("/")[0] not in built]
    try:
        dossier = json.loads((site_dir / "dossier.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return paths
    built_by_mkdocs = isinstance(dossier, dict) and "schema" in dossier and (site_dir / "index.html").is_file()
    return [] if built_by_mkdocs else paths


def _write_marker(site_dir: Path) -> None:
    (site_dir / SITE_MARKER).write_text(MARKER_HEAD + "\n" + "".join(f"{p}\n" for p in _site_paths(site_dir)),
                                        encoding="utf-8")


def _probe_folder(folder: Path) -> None:
    """Create ``folder`` (with its missing parents) and a file in it, then remove what was created:
    whether a later write there can succeed, known before any long work.

    Raises:
        OSError: the folder cannot be created or written in.
    """
    missing = [p for p in (folder, *folder.parents) if not p.exists() and not p.is_symlink()]
    try:
        if missing:
            folder.mkdir(parents=True)
        with tempfile.TemporaryFile(dir=folder, prefix=".dossier-probe-"):
            pass
    finally:
        for created in (p for p in missing if p.is_dir()):
            created.rmdir()


def _cannot_write(option: str, path: Path, exc: OSError, advice: str) -> DossierError:
    """The one-line error for an ``--out`` or ``--site-dir`` that the system refuses to write."""
    return DossierError(f"cannot write {option} {str(path)!r}: {exc.strerror or exc}; {advice}")


def _check_site_dir(site_dir: Path, corpus: Path | None = None) -> None:
    """Refuse a ``--site-dir`` that building would harm, or could not write.

    MkDocs empties the site folder before it builds (all but hidden top-level entries such as
    ``.git``), so every file in it must be one an earlier build wrote; it may not be the corpus
    folder, hold it, or sit inside it (the next run would read the site as articles).

    Raises:
        DossierError: the folder is unsafe to build into, or cannot be written; nothing was touched.
    """
    resolved = site_dir.resolve()
    if corpus is not None:
        corpus_dir = corpus.resolve()
        if resolved == corpus_dir or resolved.is_relative_to(corpus_dir) or corpus_dir.is_relative_to(resolved):
            raise DossierError(
                f"--site-dir {str(site_dir)!r} is, holds or sits inside the corpus folder {str(corpus)!r}; "
                "building there would delete or mix with the articles. Choose a folder outside it."
            )
    if (site_dir.exists() or site_dir.is_symlink()) and not site_dir.is_dir():
        raise DossierError(f"--site-dir {str(site_dir)!r} exists and is not a folder; choose a folder")
    paths = _site_paths(site_dir) if site_dir.is_dir() else []
    foreign = [p.rstrip("/") for p in _outermost(_foreign(site_dir, paths) if paths else [])]
    if foreign:
        raise DossierError(
            f"--site-dir {str(site_dir)!r} holds files that are not an earlier build "
            f"({', '.join(foreign[:5])}{' ...' if len(foreign) > 5 else ''}); building would delete them. "
            "Move them elsewhere, or choose an empty or new --site-dir."
        )
    try:
        _probe_folder(site_dir)
    except OSError as exc:
        raise _cannot_write("--site-dir", site_dir, exc, "choose a folder you can write to") from exc


def _cache_dir(args: argparse.Namespace) -> Path | None:
    """The cache folder the options name (None with ``--no-cache``).

    Raises:
        DossierError: it is inside the corpus folder (the default ``.cache/dossier`` is, when the
            command runs from there): the cache must not write into the user's articles.
    """
    if args.no_cache:
        return None
    folder = args.cache_dir or DEFAULT_CACHE_DIR
    if folder.resolve().is_relative_to(args.corpus.resolve()):
        raise DossierError(f"the cache folder {str(folder)!r} is inside the corpus folder; run the command from "
                           "outside it, or give --cache-dir elsewhere (or --no-cache)")
    return folder


def _build(args: argparse.Namespace) -> int:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, MkDocsException

    from generator.plugin import log as plugin_log

    _check_site_dir(args.site_dir, args.corpus)
    logging.getLogger("mkdocs").setLevel(logging.WARNING if args.quiet else logging.INFO)
    with tempfile.TemporaryDirectory(prefix="dossier-docs-") as empty_docs:
        overrides: dict[str, object] = {"site_dir": str(args.site_dir.resolve()), "strict": args.strict}
        if args.config:
            config_file = str(args.config)
        else:
            config_file = str(resources.files("generator").joinpath("assets/mkdocs.yml"))
            overrides["docs_dir"] = empty_docs
            overrides["site_name"] = title_text(f"Dossier: {event_name(args.corpus)}")
        if args.title:
            overrides["site_name"] = title_text(args.title)  # themes print it into HTML as it is
        try:
            config = load_config(config_file=config_file, **overrides)
            plugin = config.plugins.get("dossier")
            if plugin is None:
                raise DossierError(f"{config_file} does not enable the dossier plugin (plugins: - dossier)")
            plugin.config["corpus"] = str(args.corpus.resolve())
            if args.offline:
                _go_offline(config, config_file)
            if args.topics:
                plugin.config["topics"] = str(args.topics.resolve())
            if args.max_file_mb is not None:
                plugin.config["max_file_mb"] = args.max_file_mb
            if args.max_quotes is not None:
                plugin.config["max_quotes"] = args.max_quotes
            if args.no_cache or args.cache_dir is not None or not args.config:
                cache = _cache_dir(args)
                plugin.config["cache_dir"] = "" if cache is None else str(cache.resolve())
            # -q keeps warnings and errors only: files read with a caveat are logged at INFO. Reset
            # either way, as the logger outlives one call of main().
            plugin_log.setLevel(logging.WARNING if args.quiet else logging.NOTSET)
            build(config)
            _write_marker(args.site_dir)
        except Abort:
            # MkDocs has already logged why (a plugin error names the file or the folder).
            print("error: the build stopped; see the message above", file=sys.stderr)
            return EXIT_ERROR
        except MkDocsException as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_ERROR
    if not args.quiet:
        print(f"Site written to {args.site_dir}: {_how_to_read(args.site_dir, args.offline)}", file=sys.stderr)
    return EXIT_OK


def _go_offline(config: Any, config_file: str) -> None:
    """Switch on Material's ``offline`` plugin (plain file links, search without a server).

    Raises:
        DossierError: the configuration does not list the plugin.
    """
    offline = config.plugins.get("material/offline")
    if offline is None:
        raise DossierError(f"--offline needs Material's offline plugin in {config_file} (plugins: - offline)")
    offline.config["enabled"] = True


def _how_to_read(site_dir: Path, offline: bool) -> str:
    """How to open the site just built: from disk when offline, else through a web server (its links
    name folders, which a browser opening files from disk lists instead of showing their page)."""
    if offline:
        return f"open {site_dir / 'index.html'} in a browser (it works from disk, or zipped and sent)."
    return (f"serve it with `python -m http.server -d {shlex.quote(str(site_dir))}` and open http://localhost:8000/ "
            "(or publish the folder; add --offline for a copy that opens from disk).")


def _check_out(out: Path, corpus: Path, topics: Path | None) -> None:
    """Refuse an ``--out`` that writing the export would harm, or could not be written, before any work.

    Raises:
        DossierError: the path is inside the corpus, is the topics file, a folder, or a file that is
            not an earlier export; nothing was touched.
    """
    resolved = out.resolve()
    shown = repr(str(out))
    if resolved.is_relative_to(corpus.resolve()):
        raise DossierError(f"--out {shown} is inside the corpus folder; write the export elsewhere")
    if topics is not None and resolved == topics.resolve():
        raise DossierError(f"--out {shown} is the --topics file; writing the export would replace it. "
                           "Name another file, such as dossier.json")
    if out.is_dir():
        raise DossierError(f"--out {shown} is a folder; name a file in it, such as {str(out / 'dossier.json')!r}")
    if out.exists() or out.is_symlink():
        try:
            earlier = json.loads(out.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            earlier = None
        if not (isinstance(earlier, dict) and "schema" in earlier and "articles" in earlier):
            raise DossierError(f"--out {shown} exists and is not an earlier export; writing would replace it. "
                               "Name a new file, or delete this one first")
    try:
        _probe_folder(out.parent)
    except OSError as exc:
        raise _cannot_write("--out", out, exc, OUT_ADVICE) from exc


def _export(args: argparse.Namespace) -> int:
    settings = make_settings(corpus=args.corpus, topics_file=args.topics,
                             max_file_mb=DEFAULT_MAX_FILE_MB if args.max_file_mb is None else args.max_file_mb,
                             max_quotes=DEFAULT_QUOTES_PER_PAGE if args.max_quotes is None else args.max_quotes,
                             progress=not args.quiet,
                             cache_dir=_cache_dir(args))
    _check_out(args.out, args.corpus, args.topics)
    progress = Progress(settings.progress)
    dossier = run(settings, progress,
                  on_ingest=lambda ingested: report(ingested.problems, ingested.files_seen, quiet=args.quiet))
    for _, line in [] if args.quiet else pages_without_facts(dossier):
        print(line, file=sys.stderr)
    # Reported as stages of their own: on a large corpus they take as long as the pipeline.
    with no_cyclic_gc():
        with progress.stage("insights"):
            insights = analyse(dossier)
        with progress.stage("export"):
            text = to_json(dossier, insights)
        try:
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise _cannot_write("--out", args.out, exc, OUT_ADVICE) from exc
    if not args.quiet:
        n = sum(len(p.quotes) for p in dossier.pages)
        print(f"Wrote {args.out}: {number_of(len(dossier.articles), 'article')}, {number_of(n, 'quote')} on "
              f"{number_of(len(dossier.pages), 'topic')}.",
              file=sys.stderr)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        return _build(args) if args.command == "build" else _export(args)
    except DossierError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
