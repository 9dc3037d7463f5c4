"""The MkDocs plugin: runs the pipeline inside ``mkdocs build`` / ``mkdocs serve`` and adds the pages.

It is deliberately thin. Configuration maps to :class:`~generator.settings.Settings` in one
function; the pipeline does the work; rendered pages become virtual files (``File.generated``), so
nothing is written into ``docs/``. ``dossier.json`` is written into the built site.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel

from generator.cache import DEFAULT_DIR as DEFAULT_CACHE_DIR
from generator.cache import Entry, Memory
from generator.errors import DossierError
from generator.escape import title_text
from generator.export import to_json
from generator.ingest import Ingested, summarise
from generator.insights import Insights, Options, analyse
from generator.page_cache import PageCache
from generator.pipeline import no_cyclic_gc, pages_without_facts, run
from generator.progress import Progress
from generator.records import Dossier
from generator.render import SOURCES_DIR, Renderer
from generator.render_insights import insight_pages, render_insights
from generator.settings import DEFAULT_MAX_FILE_MB, DEFAULT_QUOTES_PER_PAGE, Settings, make_settings
from generator.topics import parse_topics

log = get_plugin_logger(__name__)
CSS_PATH = "assets/dossier.css"
WORKER_SHIM_PATH = "assets/iframe-worker.js"
"""Our own Web Worker stand-in for pages opened from disk, replacing the CDN copy that Material's
offline plugin adds (see the file)."""
SCRIPT_PATH = "assets/dossier.js"
"""Brings a search result's first match into view (see the file)."""
EXTENSIONS = ("footnotes", "md_in_html", "admonition")
"""Markdown extensions the generated pages need (citations are footnotes; a long list is folded in a
``<details>`` block; an empty topic says so in a note); added when the site's configuration lacks them."""
_BUNDLED = {"extra": {"abbr", "attr_list", "def_list", "fenced_code", "footnotes", "md_in_html", "tables"}}
"""Extensions that load others: Python-Markdown's ``extra`` (adding ``footnotes`` again would reset the
options it was given there)."""


def missing_extensions(configured: Iterable[object]) -> list[str]:
    """The :data:`EXTENSIONS` that ``configured`` (a site's ``markdown_extensions``) neither names nor loads."""
    have: set[str] = set()
    for entry in configured:
        name = str(entry).removeprefix("markdown.extensions.")
        have |= {name} | _BUNDLED.get(name, set())
    return [e for e in EXTENSIONS if e not in have]


SEARCH_SEPARATOR = r"""[\s\-,:;!?=\[\]()"“”‘’«»'/…—–]+|\.(?!\d)|&[lg]t;"""
"""Where search splits text into words: at white space and dashes, as Material's default does, and
also at punctuation, brackets, quotation marks and apostrophes ("5.25" stays one word). With the
default, a word opening or closing a quote (“Recalibration”, quoted.”) is indexed with its marks and
never found."""


class InsightsConfig(base.Config):
    """The ``insights`` option: each analysis page (and its key in ``dossier.json``) can be switched off."""

    disagreements = c.Type(bool, default=True)
    """Where outlets give different values (days, dates, counts, amounts) for the same thing."""
    timeline = c.Type(bool, default=True)
    """The dated moments of the story, in order."""
    figures = c.Type(bool, default=True)
    """Key figures: numbers with what they count."""
    coverage = c.Type(bool, default=True)
    """Which outlet reports which key fact; single-source facts marked."""
    entities = c.Type(bool, default=True)
    """People and organisations named, with roles and mentions."""


class DossierConfig(base.Config):
    """Options of the ``dossier`` plugin in ``mkdocs.yml``."""

    corpus = c.Type(str, default="corpus")
    """Folder of articles, relative to ``mkdocs.yml``."""
    topics = c.Optional(c.Type((str, list)))
    """A topics YAML file (relative to ``mkdocs.yml``) or an inline list of topics; default: the six
    built-in topics."""
    max_file_mb = c.Type((int, float), default=DEFAULT_MAX_FILE_MB)
    """Articles larger than this many megabytes are skipped with a message."""
    max_quotes = c.Type(int, default=DEFAULT_QUOTES_PER_PAGE)
    """Most quotes on one topic page."""
    cache_dir = c.Type(str, default=str(DEFAULT_CACHE_DIR))
    """Folder (relative to ``mkdocs.yml``) caching per-article results by content hash; safe to delete;
    an empty string turns the cache off."""
    export = c.Type(bool, default=True)
    """Write ``dossier.json`` into the built site."""
    insights = c.SubConfig(InsightsConfig)
    """Which insight pages to build, e.g. ``insights: {timeline: false}``; all are on by default."""


def settings_from_config(plugin_config: DossierConfig, config_file: str | None) -> Settings:
    """Map the plugin's options (paths relative to ``mkdocs.yml``) to :class:`Settings`."""
    root = Path(config_file).parent if config_file else Path.cwd()
    topics = plugin_config.topics
    topics_file = str(root / topics) if isinstance(topics, str) else None
    settings = make_settings(
        corpus=root / plugin_config.corpus,
        topics_file=topics_file,
        max_file_mb=float(plugin_config.max_file_mb),
        max_quotes=plugin_config.max_quotes,
        cache_dir=root / plugin_config.cache_dir if plugin_config.cache_dir else None,
        progress=False,
    )
    if isinstance(topics, list):
        settings = Settings(**{**settings.__dict__, "topics": parse_topics(topics, "the dossier plugin's topics")})
    return settings


class DossierPlugin(BasePlugin[DossierConfig]):
    """Builds the briefing pages from the corpus folder."""

    def __init__(self) -> None:
        self.settings: Settings | None = None
        self.dossier: Dossier | None = None
        self.insights: Insights | None = None
        self._user_nav: Any = None
        self.memory: dict[str, Entry] | None = None
        """Under ``mkdocs serve``, the articles of the last build, so a rebuild after a save reads
        only the changed file from disk (see :class:`~generator.cache.ArticleCache`)."""
        self.pages: PageCache | None = None
        """Under ``mkdocs serve``, the generated pages of the last build, so a rebuild renders only
        those that changed (see :mod:`generator.page_cache`)."""
        self._generated: set[str] = set()
        self._site_nav: Any = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Defining this hook makes MkDocs keep this instance across serve's rebuilds.
        self.memory = Memory() if command == "serve" else None
        self.pages = PageCache() if command == "serve" else None

    @event_priority(100)  # before the search plugin's, which renders a theme template
    def _compile_once(self, config: MkDocsConfig) -> MkDocsConfig:
        if self.pages is not None:
            self.pages.compile_once(config.theme)
        return config

    @event_priority(100)  # before the search plugin's, which fills in its default separator
    def _search_words(self, config: MkDocsConfig) -> MkDocsConfig:
        """Let Material's search split words at punctuation and quotation marks (SEARCH_SEPARATOR),
        unless the site sets its own separator."""
        for name, plugin in config.plugins.items():
            options = getattr(plugin, "config", {})
            if name.endswith("search") and "separator" in options and not options["separator"]:
                options["separator"] = SEARCH_SEPARATOR
        return config

    def _configure(self, config: MkDocsConfig) -> MkDocsConfig:
        try:
            self.settings = settings_from_config(self.config, config.config_file_path)
        except DossierError as exc:
            raise PluginError(f"dossier: {exc}") from exc
        self._user_nav = config.nav
        # MkDocs stamps sitemap.xml and its gzip with this time; fixed, the same corpus gives the same bytes.
        os.environ.setdefault("SOURCE_DATE_EPOCH", "946684800")
        if CSS_PATH not in config.extra_css:
            config.extra_css.append(CSS_PATH)
        if SCRIPT_PATH not in map(str, config.extra_javascript):
            config.extra_javascript.append(SCRIPT_PATH)
        config.markdown_extensions.extend(missing_extensions(config.markdown_extensions))
        if config.theme.get("highlightjs"):
            # MkDocs' own themes load highlight.js from a CDN; the pages hold no code, and fetch nothing.
            config.theme["highlightjs"] = False
            log.info("the %r theme's highlight.js (loaded from a CDN) is switched off: the site "
                     "fetches nothing from another site; Dossier's pages are made for theme: material",
                     config.theme.name)
        return config

    on_config = CombinedEvent(_compile_once, _search_words, _configure)

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        assert self.dossier is not None, "on_pre_build runs the pipeline"
        with no_cyclic_gc():
            self.insights = analyse(self.dossier, Options(**dict(self.config.insights)))
            renderer = Renderer(self.dossier, directory_urls=config.use_directory_urls,
                                outlets=self.insights.outlets, insights=self.insights)
            pages = renderer.pages()
            pages.update(render_insights(self.dossier, self.insights, renderer.cited))
        generated = dict(pages)
        for asset in (CSS_PATH, WORKER_SHIM_PATH, SCRIPT_PATH):
            generated[asset] = resources.files("generator").joinpath(asset).read_text(encoding="utf-8")
        by_uri = files.src_uris  # generated paths are already in the form MkDocs indexes them by
        for path in generated:
            existing = by_uri.get(path)
            if existing is not None and existing.generated_by is None:
                raise PluginError(
                    f"dossier: the hand-written page {os.path.join(config.docs_dir, path)!r} sits where the "
                    f"generated page {path!r} goes; rename or move it (it was left untouched)"
                )
        self._generated = {path for path in generated if path.endswith(".md")}
        for path, content in generated.items():
            source_page = path.startswith(f"{SOURCES_DIR}/") and not path.endswith("/index.md")
            file = File.generated(config, path, content=content,
                                  inclusion=InclusionLevel.NOT_IN_NAV if source_page else InclusionLevel.UNDEFINED)
            if source_page and path.endswith(".md"):
                # One file each, not a folder each: a large corpus has thousands of source pages, and
                # making (and, on every serve rebuild, removing) a folder per page is slow on disk.
                file.dest_uri = path[:-3] + ".html"
            files.append(file)
        if self._user_nav is None:
            config.nav = self._nav(files)
        return files

    def _nav(self, files: Files) -> list[Any]:
        """Home, the topics in configured order, the insight pages, Sources, then hand-written pages by path."""
        assert self.dossier is not None
        topic_entries = [{title_text(p.topic.title): f"topics/{p.topic.id}.md"} for p in self.dossier.pages]
        insight_entries = [{title: path} for title, path in insight_pages(self.insights)] if self.insights else []
        own = sorted(f.src_uri for f in files.documentation_pages() if f.src_uri not in self._generated)
        insights = [{"Insights": insight_entries}] if insight_entries else []
        return [{"Home": "index.md"}, {"Topics": topic_entries}, *insights, {"Sources": f"{SOURCES_DIR}/index.md"},
                *own]

    def on_nav(self, nav: Any, *, config: MkDocsConfig, files: Files) -> Any:
        self._site_nav = nav
        if self.pages is not None:
            self.pages.start(files, config, self._generated)
        return nav

    def on_pre_page(self, page: Any, *, config: MkDocsConfig, files: Files) -> Any:
        if self.pages is not None:
            self.pages.pre_page(page)
        return page

    def on_env(self, env: Any, *, config: MkDocsConfig, files: Files) -> Any:
        return self.pages.env(env, self._site_nav, files) if self.pages is not None else env

    @event_priority(100)  # before the search plugin indexes the page
    def _before_search(self, context: Any, *, page: Any, config: MkDocsConfig, nav: Any) -> Any:
        if self.pages is not None:
            self.pages.before_search(page)
        return context

    @event_priority(-100)  # after it
    def _after_search(self, context: Any, *, page: Any, config: MkDocsConfig, nav: Any) -> Any:
        if self.pages is not None:
            self.pages.after_search(page)
        return context

    on_page_context = CombinedEvent(_before_search, _after_search)

    def on_post_page(self, output: str, *, page: Any, config: MkDocsConfig) -> str:
        return self.pages.post_page(output, page) if self.pages is not None else output

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        # After every on_config: Material's offline plugin has added its worker shim from unpkg.com
        # by then, whatever the plugin order. A downloaded briefing must not fetch it: ship ours.
        polyfills = config.extra.get("polyfills") or []
        config.extra["polyfills"] = [WORKER_SHIM_PATH if "iframe-worker" in str(p) else p for p in polyfills]
        # The pipeline runs before MkDocs empties the site folder: a mistyped or emptied corpus
        # folder stops the build with the last site still in place.
        assert self.settings is not None
        try:
            self.dossier = run(self.settings, Progress(emit=log.info), memory=self.memory, on_ingest=_log_problems)
        except DossierError as exc:
            raise PluginError(f"dossier: {exc}") from exc
        for level, line in pages_without_facts(self.dossier):
            log.log(level, line)

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.pages is not None:
            self.pages.post_build()
        if self.config.export and self.dossier is not None:
            with no_cyclic_gc():
                text = to_json(self.dossier, self.insights)
            Path(config.site_dir, "dossier.json").write_text(text, encoding="utf-8")

    def on_shutdown(self) -> None:
        if self.pages is not None:
            self.pages.close()

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        # Rebuild when an article is edited, added or removed, or when the topics file changes.
        if self.settings is not None:
            server.watch(str(self.settings.corpus))
            if isinstance(self.config.topics, str):
                server.watch(str(Path(config.config_file_path).parent / self.config.topics))
        return server


def _log_problems(ingested: Ingested) -> None:
    """Log the files ingest skipped or read with a caveat, as it ends (before the stages after it)."""
    for level, line in summarise(ingested.problems, ingested.files_seen):
        log.log(level, line)
