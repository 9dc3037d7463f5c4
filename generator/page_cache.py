"""Under ``mkdocs serve``: the generated pages a rebuild need not render again.

Serve rebuilds the whole site after every save. Most generated pages (the source page of every
cited article) come out the same, and converting their Markdown and rendering their template is most
of MkDocs' share of a rebuild. This cache keeps, in memory, what the last build made of each
generated page, in two layers, each under a key covering everything its result depends on:

- **Rendering** (Markdown to HTML, ``Page.render``): its content, table of contents, title from the
  first heading, anchors, and links to other pages' anchors. It depends on the page's Markdown and
  path, the Markdown extensions and their options, and the set of files the links may point at.
- **The written page** (the theme's template): it also depends on the navigation (every entry's
  title and address, so the sidebar and the previous/next links), and on the configuration. The
  configuration is its files' bytes (``mkdocs.yml`` and what it ``INHERIT``s, whose values serve
  reloads before each rebuild), the user's own templates and hooks, and the few values serve sets
  itself (the site's address).

Both keys are hashes of those inputs, so a hit returns what the same inputs produced, and the site is
the bytes a full build would write. (A page's source, split into front matter and Markdown, is kept
too, and reused while it reads the same.) Only the plugin's own generated pages are cached: hand-written
pages are rendered as usual. A page whose written output is reused also keeps its entries in the
search index (Material's search plugin reads them from the page's content, table of contents,
address and front matter, all covered by the written page's key): the plugin hides the page from the
search plugin and adds the kept entries in its place, in page order. Entries of pages a build no
longer has are dropped, so memory follows the site.

Writing a page's bytes costs more than its rendering once both are cached (serve empties the site
folder before each rebuild): a written generated page is also kept on disk, as a second name (hard
link) of the site's file in a temporary folder, and a reused page is given back to the site as
another name of that file, which writes nothing. A kept file is used only while its inode, size and
modification time are as recorded (anything that wrote into the site's page after the build changed them);
otherwise, or where links are impossible (another file system), MkDocs writes the page as usual.
MkDocs logs a page given back this way as "skipped"; those lines are left out.
"""

from __future__ import annotations

import copy
import hashlib
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import meta

TEMPLATE = "dossier-cached-page.html"
"""A template that renders nothing, given to a page whose written output the cache holds (the output
then replaces it in ``on_post_page``)."""


@dataclass(frozen=True)
class Rendered:
    """What ``Page.render`` set on a page."""

    content: str
    toc: Any
    title: str | None
    anchors: frozenset[str]
    links: dict[str, dict[str, str]] | None
    """Links to other pages' anchors, by the linked page's path (files are new objects each build)."""


def _digest(*parts: str) -> str:
    h = hashlib.blake2b(digest_size=20)
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


def _config_files(path: str | None) -> list[Path]:
    """``mkdocs.yml`` and the files it inherits from, nearest first."""
    out: list[Path] = []
    current = Path(path) if path else None
    while current is not None and current.is_file() and current not in out:
        out.append(current)
        parent = None
        for line in current.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("INHERIT:"):
                parent = (current.parent / line.split(":", 1)[1].strip().strip("'\"")).resolve()
        current = parent
    return out


def _own_code(config: MkDocsConfig) -> list[str]:
    """The user's own templates (the theme's ``custom_dir``) and hook modules, path and bytes: serve
    may watch them, and an edit to them changes every written page. Installed themes do not change
    while serve runs."""
    paths = sorted(p for p in Path(config.theme.custom_dir).rglob("*") if p.is_file()) if config.theme.custom_dir else []
    paths += sorted(Path(getattr(hook, "__file__", "") or "") for hook in (config.hooks or {}).values())
    return [f"{p}\0{p.read_bytes().hex()}" for p in paths if p.is_file()]


def _outline(items: Any) -> list[Any]:
    """The navigation as nested (kind, title, address) entries: what every page's sidebar shows."""
    return [(type(item).__name__, item.title, getattr(item, "url", None), _outline(item.children or []))
            for item in items]


class _CompiledTemplates(jinja2.BytecodeCache):
    """The theme's templates compiled once per process: serve makes a new template environment for
    every rebuild, which would otherwise compile each template again. Jinja keys each entry by the
    template's name and a checksum of its source, so an edited template is compiled anew."""

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.code:
            bucket.bytecode_from_string(self.code[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()


class PageCache:
    """Rendered generated pages kept between serve's rebuilds (see the module docstring)."""

    def __init__(self) -> None:
        self._rendered: dict[str, tuple[str, Rendered]] = {}
        self._split: dict[str, tuple[str, str, dict[str, Any]]] = {}
        self._written: dict[str, tuple[str, str]] = {}
        self._render_keys: dict[str, str] = {}
        self._output_keys: dict[str, str] = {}
        self._reused: set[str] = set()
        self._searched: dict[str, tuple[str, list[dict[str, Any]]]] = {}
        self._search_index: Any = None
        self._hidden: tuple[Page, Any] | None = None
        self._before = 0
        self.indexed = 0
        """Pages the search plugin indexed itself over the cache's life (what the tests count)."""
        self.conversions = 0
        """Pages whose Markdown was converted over the cache's life (what the tests count)."""
        self.renders = 0
        """Pages whose template was rendered over the cache's life."""
        self._files_key = ""
        self._config_key = ""
        self._templates = _CompiledTemplates()
        self._store: Path | None = None
        """Where written pages are kept (made at the first build's end, removed by :meth:`close`)."""
        self._kept: dict[str, tuple[str, Path, tuple[int, int, int]]] = {}
        """Per generated page: its output key, its kept file, and that file's :func:`_signature`."""
        self._written_now: dict[str, str] = {}
        """Generated pages MkDocs writes in this build, with their site file, to keep at its end."""
        self._given_back: set[str] = set()
        self._paths: set[str] = set()
        self._keeping = True
        """Whether written pages are kept (until a link fails or serve stops)."""
        self.linked = 0
        """Pages given back from their kept file over the cache's life (what the tests count)."""
        logging.getLogger("mkdocs.commands.build").addFilter(self._not_given_back)

    def compile_once(self, theme: Any) -> None:
        """Give every template environment ``theme`` makes this cache's compiled templates (the
        search plugin makes its own to translate its labels, before the build makes the main one)."""
        make = theme.get_env

        def get_env() -> jinja2.Environment:
            env = make()
            env.bytecode_cache = self._templates
            return env

        theme.get_env = get_env

    def start(self, files: Files, config: MkDocsConfig, paths: set[str]) -> None:
        """Begin a build whose generated pages are ``paths``; call once every file is known (``on_nav``)."""
        self._paths = paths
        listing = sorted((f.src_uri, f.url, str(f.inclusion)) for f in files)
        self._files_key = _digest(repr(listing), repr(config.markdown_extensions), repr(config.mdx_configs),
                                  str(config.use_directory_urls))
        config_bytes = [p.read_bytes().decode("utf-8", "replace") for p in _config_files(config.config_file_path)]
        self._config_key = _digest(*config_bytes, *_own_code(config), str(config.site_url), str(config.site_dir),
                                   str(config.docs_dir), str(config.theme.dirs))
        self._render_keys, self._output_keys, self._reused = {}, {}, set()
        self._written_now, self._given_back = {}, set()
        for path in [p for p in self._kept if p not in paths]:
            self._forget(path)
        for store in (self._rendered, self._written, self._searched, self._split):
            for path in [p for p in store if p not in paths]:
                del store[path]
        search = next((config.plugins[name] for name in ("material/search", "search") if name in config.plugins), None)
        index = getattr(search, "search_index", None)
        enabled = getattr(getattr(search, "config", None), "enabled", True)
        self._search_index = index if enabled and isinstance(getattr(index, "entries", None), list) else None

    def pre_page(self, page: Page) -> None:
        """Before a page is read: a generated page either renders from the cache or is recorded."""
        path = page.file.src_uri
        if path not in self._paths:
            return
        key = self._render_keys[path] = _digest(self._files_key, path, page.file.content_string)
        page.read_source = self._read(page)  # type: ignore[method-assign]
        held = self._rendered.get(path)
        if held is not None and held[0] == key:
            page.render = self._restore(page, held[1])  # type: ignore[method-assign]
        else:
            page.render = self._record(page, key, page.render)  # type: ignore[method-assign]

    def _read(self, page: Page) -> Callable[[MkDocsConfig], None]:
        """``page.read_source`` that splits a source it split before from memory (front matter and
        Markdown), as MkDocs would."""
        def read_source(config: MkDocsConfig) -> None:
            source = config.plugins.on_page_read_source(page=page, config=config)
            if source is None:
                source = page.file.content_string
            held = self._split.get(page.file.src_uri)
            if held is None or held[0] != source:
                held = self._split[page.file.src_uri] = (source, *meta.get_data(source))
            page.markdown, page.meta = held[1], copy.deepcopy(held[2])
        return read_source

    def _restore(self, page: Page, done: Rendered) -> Callable[[MkDocsConfig, Files], None]:
        def render(config: MkDocsConfig, files: Files) -> None:
            page.content, page.toc, page._title_from_render = done.content, done.toc, done.title
            page.present_anchor_ids = set(done.anchors)
            if done.links is not None:  # kept by src_uri, which is how Files indexes its files
                by_uri = files.src_uris
                page.links_to_anchors = {f: dict(links) for uri, links in done.links.items()
                                         if (f := by_uri.get(uri)) is not None}
        return render

    def _record(self, page: Page, key: str, render: Callable[[MkDocsConfig, Files], None]
                ) -> Callable[[MkDocsConfig, Files], None]:
        def recorded(config: MkDocsConfig, files: Files) -> None:
            render(config, files)
            self.conversions += 1
            links = None if page.links_to_anchors is None else {
                f.src_uri: dict(v) for f, v in page.links_to_anchors.items()}
            self._rendered[page.file.src_uri] = (key, Rendered(
                page.content or "", page.toc, page._title_from_render, frozenset(page.present_anchor_ids or ()),
                links))
        return recorded

    def env(self, env: jinja2.Environment, nav: Navigation, files: Files) -> jinja2.Environment:
        """Once every page is read: mark the generated pages whose written output the cache holds."""
        nav_key = _digest(repr(_outline(nav.items)))
        for path, render_key in self._render_keys.items():
            key = self._output_keys[path] = _digest(render_key, nav_key, self._config_key)
            held = self._written.get(path)
            file = files.src_uris.get(path)
            if held is not None and held[0] == key and file is not None and file.page is not None:
                file.page.meta["template"] = TEMPLATE
                self._reused.add(path)
        env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({TEMPLATE: "-"}), env.loader])
        env.bytecode_cache = self._templates
        return env

    def before_search(self, page: Page) -> None:
        """Just before the search plugin indexes ``page``: a reused page gets its kept entries, and the
        search plugin is told to skip it (its front matter is given back in :meth:`after_search`)."""
        path = page.file.src_uri
        if self._search_index is None or path not in self._output_keys:
            return
        kept = self._searched.get(path)
        if path in self._reused and kept is not None and kept[0] == self._output_keys[path]:
            self._hidden = (page, page.meta.get("search"))
            page.meta["search"] = {"exclude": True}
            self._search_index.entries.extend(dict(entry) for entry in kept[1])
        else:
            self._hidden = None
            self._before = len(self._search_index.entries)

    def after_search(self, page: Page) -> None:
        """Just after the search plugin indexed ``page``: keep what it added, or undo the skip."""
        path = page.file.src_uri
        if self._search_index is None or path not in self._output_keys:
            return
        if self._hidden is not None and self._hidden[0] is page:
            old = self._hidden[1]
            if old is None:
                del page.meta["search"]
            else:
                page.meta["search"] = old
            self._hidden = None
            return
        self.indexed += 1
        added = self._search_index.entries[self._before:]
        self._searched[path] = (self._output_keys[path], [dict(entry) for entry in added])

    def post_page(self, output: str, page: Page) -> str:
        """The written page: the cached output where it was reused (or nothing, when its kept file was
        given back to the site); otherwise recorded for next time."""
        path = page.file.src_uri
        if path not in self._paths:
            return output
        dest = page.file.abs_dest_path
        if path in self._reused:
            if self._give_back(path, dest):
                self._given_back.add(f"Page skipped: '{path}'. Generated empty output.")
                return ""
            output = self._written[path][1]
        else:
            self.renders += 1
            self._written[path] = (self._output_keys[path], output)
        self._written_now[path] = dest
        if _shared(dest):  # never write through a name of a kept file (a build that did not empty the site)
            os.unlink(dest)
        return output

    def post_build(self) -> None:
        """Keep the generated pages MkDocs wrote in this build, as second names of their files."""
        if not self._keeping:
            return
        if self._store is None and self._written_now:
            self._store = Path(tempfile.mkdtemp(prefix="dossier-pages-"))
        for path, dest in self._written_now.items():
            if self._store is None:
                break
            self._forget(path)
            kept = self._store / f"{_digest(path)}.html"
            try:
                os.link(dest, kept)
            except OSError:  # another file system, or links not allowed: pages are written as usual
                self.close()
                break
            self._kept[path] = (self._output_keys.get(path, ""), kept, _signature(kept))
        self._written_now = {}

    def close(self) -> None:
        """Remove the kept files, and keep them no more (when serve stops, or links cannot be made)."""
        if self._store is not None:
            shutil.rmtree(self._store, ignore_errors=True)
        self._store, self._kept, self._keeping = None, {}, False
        logging.getLogger("mkdocs.commands.build").removeFilter(self._not_given_back)

    def _give_back(self, path: str, dest: str) -> bool:
        """Make ``dest`` a name of ``path``'s kept file, if that file holds this build's output unchanged."""
        kept = self._kept.get(path)
        if kept is None or kept[0] != self._output_keys[path] or os.path.lexists(dest):
            return False
        try:
            if _signature(kept[1]) != kept[2]:
                self._forget(path)
                return False
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            os.link(kept[1], dest)
        except OSError:
            return False
        self.linked += 1
        return True

    def _forget(self, path: str) -> None:
        kept = self._kept.pop(path, None)
        if kept is not None:
            kept[1].unlink(missing_ok=True)

    def _not_given_back(self, record: logging.LogRecord) -> bool:
        """Log filter: MkDocs's "skipped" line for a page given back from its kept file is left out."""
        return not self._given_back or record.getMessage() not in self._given_back


def _signature(path: Path) -> tuple[int, int, int]:
    """What changes when a file's bytes are written: its inode, size and modification time (not its
    change time, which every new name or removed name changes)."""
    st = os.stat(path)
    return st.st_ino, st.st_size, st.st_mtime_ns


def _shared(path: str) -> bool:
    """Whether ``path`` is a file with another name (a kept page)."""
    try:
        return os.lstat(path).st_nlink > 1
    except OSError:
        return False
