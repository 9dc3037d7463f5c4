"""Stage 6, render: the Markdown pages of the site (home, topics, sources).

Pages are returned as ``{path: markdown}``; the plugin adds them as virtual files, so nothing is
written into ``docs/``. Every string that came from an article goes through :mod:`generator.escape`
here and nowhere else.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from urllib.parse import urlsplit

from generator.escape import html_text, md_text, safe_href, title_text
from generator.records import Article, Dossier, Kind, Quote, Sentence, TopicPage

SOURCES_DIR = "sources"
TOPICS_DIR = "topics"


def outlet(article: Article) -> str:
    """The name a reader knows the article by: its outlet, else its web site, else its title."""
    if article.source:
        return article.source
    if article.url:
        host = urlsplit(article.url).hostname or ""
        return host.removeprefix("www.") or article.title
    return article.title


def topic_path(topic_id: str) -> str:
    """Source path of a topic page, relative to the docs folder."""
    return f"{TOPICS_DIR}/{topic_id}.md"


def source_path(article_id: str) -> str:
    """Source path of an article's page, relative to the docs folder."""
    return f"{SOURCES_DIR}/{article_id}.md"


def page_paths(dossier: Dossier) -> list[str]:
    """Every page the renderer will produce, in nav order."""
    return (["index.md"] + [topic_path(p.topic.id) for p in dossier.pages] + [f"{SOURCES_DIR}/index.md"]
            + [source_path(a.id) for a in dossier.articles])


def _front_matter(**values: object) -> str:
    # JSON strings are valid YAML scalars, so titles with any character stay one safe string.
    lines = [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in values.items()]
    return "---\n" + "\n".join(lines) + "\n---\n\n"


def _href(from_path: str, to_path: str, directory_urls: bool) -> str:
    """A relative URL from one generated page to another, for raw HTML (Markdown links are resolved
    by MkDocs itself)."""

    def url(path: str) -> str:
        stem = path[:-3]
        if not directory_urls:
            return stem + ".html"
        if stem == "index" or stem.endswith("/index"):
            return stem[:-5]
        return stem + "/"

    src, dst = url(from_path), url(to_path)
    depth = src.count("/") if directory_urls or "/" in src else 0
    return "../" * depth + dst if dst else ("../" * depth or "./")


def _repeats_title(sentence: Sentence, article: Article) -> bool:
    """A title line of the article that the page's own heading already shows (never cited)."""
    return sentence.kind is Kind.HEADING and " ".join(sentence.text.split()) == article.title


class Renderer:
    """Renders one dossier into Markdown pages."""

    def __init__(self, dossier: Dossier, *, directory_urls: bool = True) -> None:
        self.dossier = dossier
        self.directory_urls = directory_urls
        self.articles = {a.id: a for a in dossier.articles}
        self.sentences = {(s.article_id, s.index): s for ss in dossier.sentences.values() for s in ss}
        self.quoted_on: dict[tuple[str, int], list[tuple[TopicPage, Quote]]] = defaultdict(list)
        for page in dossier.pages:
            for q in page.quotes:
                for m in q.citations:
                    self.quoted_on[(m.sentence.article_id, m.sentence.index)].append((page, q))

    def pages(self) -> dict[str, str]:
        """All pages, keyed by their path relative to the docs folder."""
        out = {"index.md": self.home(), f"{SOURCES_DIR}/index.md": self.sources_index()}
        for page in self.dossier.pages:
            out[topic_path(page.topic.id)] = self.topic(page)
        for article in self.dossier.articles:
            out[source_path(article.id)] = self.source(article)
        return out

    # -- shared pieces -------------------------------------------------------------------------
    def _cite(self, sentence: Sentence, from_path: str, *, with_text: bool) -> str:
        article = self.articles[sentence.article_id]
        label = md_text(outlet(article))
        date = f", {article.published[:10]}" if article.published else ""
        rel = "../" if "/" in from_path else ""
        link = f"[{label}{date}]({rel}{source_path(article.id)}#s-{sentence.index})"
        return f"{link}: “{md_text(sentence.text)}”" if with_text else link

    def _outlets(self, quote: Quote) -> int:
        return len({outlet(self.articles[a]) for a in quote.articles})

    # -- pages ---------------------------------------------------------------------------------
    def home(self) -> str:
        d = self.dossier
        outlets = sorted({outlet(a) for a in d.articles}, key=str.lower)
        dates = sorted(a.published[:10] for a in d.articles if a.published)
        lead = max((q for p in d.pages for q in p.quotes), key=lambda q: (len(q.citations), q.fact.lead.salience),
                   default=None)
        parts = [_front_matter(title="Briefing"), "# Briefing\n\n"]
        parts.append(f"This briefing is built from **{len(d.articles)} article{'s' if len(d.articles) != 1 else ''}** "
                     f"from **{len(outlets)} outlet{'s' if len(outlets) != 1 else ''}**")
        if dates:
            parts.append(f", published {dates[0]}" + (f" to {dates[-1]}" if dates[-1] != dates[0] else ""))
        parts.append(". Every fact below is quoted word for word from the articles; each footnote "
                     "leads to the exact sentence it comes from.\n\n")
        if lead:
            parts.append(f"> “{md_text(lead.fact.lead.sentence.text)}”[^lead]\n\n")
        parts.append('<div class="grid cards dossier-cards">\n<ul>\n')
        for page in d.pages:
            n_sources = len({a for q in page.quotes for a in q.articles})
            href = _href("index.md", topic_path(page.topic.id), self.directory_urls)
            parts.append(
                f'<li><p><a href="{href}"><strong>{html_text(page.topic.title)}</strong></a></p>'
                f"<p>{html_text(page.topic.description)}</p>"
                f'<p class="dossier-meta">{len(page.quotes)} fact{"s" if len(page.quotes) != 1 else ""} · '
                f'{n_sources} source{"s" if n_sources != 1 else ""}</p></li>\n'
            )
        parts.append("</ul>\n</div>\n\n")
        parts.append("## Outlets\n\n" + ", ".join(md_text(o) for o in outlets) + ". "
                     f"See [all sources]({SOURCES_DIR}/index.md).\n")
        if lead:
            parts.append(f"\n[^lead]: {self._cite(lead.fact.lead.sentence, 'index.md', with_text=False)}\n")
        return "".join(parts)

    def topic(self, page: TopicPage) -> str:
        path = topic_path(page.topic.id)
        parts = [_front_matter(title=title_text(page.topic.title)), f"# {md_text(page.topic.title)}\n\n"]
        if page.topic.description:
            parts.append(f'<p class="dossier-lede">{html_text(page.topic.description)}</p>\n\n')
        if not page.quotes:
            parts.append('!!! note "No key facts found"\n\n    None of the articles states a fact that clearly '
                         "belongs on this page, so it is left empty rather than filled with weak quotes.\n")
            return "".join(parts)
        notes = []
        for q in page.quotes:
            fact = q.fact
            label = f"f-{fact.id}"
            n = len(q.citations)
            outlets = self._outlets(q)
            if n == 1:
                badge = '<span class="dossier-badge dossier-single" title="Only one article states this">1 source</span>'
            elif outlets == 1:
                badge = (f'<span class="dossier-badge dossier-one-outlet" title="{n} articles state this, all from '
                         f'one outlet">{n} sources · 1 outlet</span>')
            else:
                badge = f'<span class="dossier-badge" title="{n} articles state this">{n} sources</span>'
            parts.append(f'> <span class="dossier-anchor" id="q-{fact.id}"></span>'
                         f"“{md_text(fact.lead.sentence.text)}”[^{label}] {badge}\n\n")
            cites = [self._cite(m.sentence, path, with_text=True) for m in q.citations]
            note = cites[0]
            if len(cites) > 1:
                note += " Also stated by: " + "; ".join(cites[1:])
            if outlets == 1 and n > 1:
                note += " (all from one outlet)"
            notes.append(f"[^{label}]: {note}")
        parts.append("\n".join(notes) + "\n")
        return "".join(parts)

    def sources_index(self) -> str:
        parts = [_front_matter(title="Sources"), "# Sources\n\n",
                 f"{len(self.dossier.articles)} articles, in file order.\n\n",
                 "| Article | Outlet | Published | Original |\n| --- | --- | --- | --- |\n"]
        for a in self.dossier.articles:
            href = safe_href(a.url)
            original = f'<a href="{href}" rel="noopener noreferrer nofollow">link</a>' if href else "—"
            parts.append(f"| [{md_text(a.title)}]({a.id}.md) | {md_text(a.source or '—')} | "
                         f"{md_text(a.published[:10]) if a.published else '—'} | {original} |\n")
        return "".join(parts)

    def source(self, article: Article) -> str:
        parts = [_front_matter(title=title_text(article.title)), f"# {md_text(article.title)}\n\n"]
        meta = [md_text(x) for x in (article.source, article.author, article.published) if x]
        href = safe_href(article.url)
        if href:
            meta.append(f'<a href="{href}" rel="noopener noreferrer nofollow">original article</a>')
        meta.append(f"file <code>{html_text(article.file)}</code>")  # raw HTML: no Markdown here
        parts.append('<p class="dossier-meta">' + " · ".join(meta) + "</p>\n\n")
        sentences = self.dossier.sentences.get(article.id, ())
        for paragraph in self._paragraphs(s for s in sentences if not _repeats_title(s, article)):
            parts.append(" ".join(self._sentence_html(s) for s in paragraph) + "\n\n")
        return "".join(parts)

    @staticmethod
    def _paragraphs(sentences: Iterable[Sentence]) -> list[list[Sentence]]:
        out: list[list[Sentence]] = []
        last = None
        for s in sentences:
            if s.paragraph != last or s.kind is Kind.HEADING or (out and out[-1][-1].kind is Kind.HEADING):
                out.append([])
                last = s.paragraph
            out[-1].append(s)
        return out

    def _sentence_html(self, s: Sentence) -> str:
        classes = "dossier-s" + ("" if s.kind is Kind.SENTENCE else f" dossier-{s.kind.value}")
        quoted = self.quoted_on.get((s.article_id, s.index), [])
        back = ""
        if quoted:
            classes += " dossier-cited"
            links = [f"[↩ {md_text(page.topic.title)}](../{topic_path(page.topic.id)}#q-{q.fact.id})"
                     for page, q in quoted]
            back = ' <span class="dossier-back">' + " ".join(links) + "</span>"
        return f'<span class="{classes}" id="s-{s.index}">{md_text(s.text)}</span>{back}'
