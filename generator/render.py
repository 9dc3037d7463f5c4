"""Stage 6, render: the Markdown pages of the site (home, topics, sources).

Pages are returned as ``{path: markdown}``; the plugin adds them as virtual files, so nothing is
written into ``docs/``. Every string that came from an article goes through :mod:`generator.escape`
here and nowhere else.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from generator.blocks import opens_item
from generator.escape import html_text, md_emphasised, md_text, safe_href, title_text
from generator.records import Article, Dossier, Format, Kind, Quote, ScoredSentence, Sentence, TopicPage
from generator.sentences import count_words, quoted_whole
from generator.textutil import (dangling, names_speaker, number_of, ongoing, points_back, quotes_someone,
                                 speaker_unnamed, speaks_unquoted)

if TYPE_CHECKING:  # generator.outlets imports this module for outlet()
    from generator.insights import Disagreement, Insights
    from generator.outlets import Outlets

SOURCES_DIR = "sources"
TOPICS_DIR = "topics"


_OPENING_QUOTE = "\"'\u201c\u2018\u00ab\u201e"


def in_quotes(shown: str, text: str) -> str:
    """``shown`` (the escaped form of an article's ``text``) between quotation marks, unless ``text``
    opens on one: a sentence that starts with a quotation ("'It is a good place,' he said.") reads
    as quoted already, and marks around it would nest double quotes inside double quotes. A text quoting
    someone inside goes between single marks, as quotations within quotations are set (\u2018... the
    \u201cNATO Security Assistance\u201d.\u2019), not between double ones that would close twice."""
    if text[:1] in _OPENING_QUOTE:
        return shown
    return f"\u2018{shown}\u2019" if quotes_someone(text) else f"\u201c{shown}\u201d"


LISTED_AFTER = 8
"""List items shown under a quote that introduces them (:meth:`Renderer._after`) at most."""
SPEAKER_AFTER = 3
"""Sentences after an unquoted statement in the first person searched for who made it (:meth:`Renderer._speaker`)."""
LABEL_WORDS = 12
"""Words of a heading, at most, shown over a quotation it labels (:meth:`Renderer._label_above`)."""
TITLE_AS_NAME = 48
"""Characters of a title kept when it names an article whose outlet is unknown."""


def outlet(article: Article) -> str:
    """The name a reader knows the article by: its outlet, else its web site, else its headline in
    quotation marks, cut short at a word ("“DEATH SHIP! BLACKED-OUT FREIGHTER SMASHES…”")."""
    return article.source or _site(article) or _headline(article.title)


def names_outlet(article: Article) -> bool:
    """True when the article names who published it (its source field or its web address): else
    :func:`outlet` can only call it by its headline."""
    return bool(article.source or _site(article))


def _site(article: Article) -> str:
    """The host of the article's address without "www.", or ""."""
    host = (urlsplit(article.url).hostname or "") if article.url else ""
    return host.removeprefix("www.")


def _headline(title: str) -> str:
    """``title`` in quotation marks, cut at the last word that ends within TITLE_AS_NAME characters."""
    if len(title) > TITLE_AS_NAME:
        head = title[:TITLE_AS_NAME + 1]
        cut = head.rsplit(" ", 1)[0] if " " in head else title[:TITLE_AS_NAME]
        title = cut.rstrip(" ,;:.-\u2013\u2014") + "\u2026"
    return f"\u201c{title}\u201d"


def topic_path(topic_id: str) -> str:
    """Source path of a topic page, relative to the docs folder."""
    return f"{TOPICS_DIR}/{topic_id}.md"


def source_path(article_id: str) -> str:
    """Source path of an article's page, relative to the docs folder."""
    return f"{SOURCES_DIR}/{article_id}.md"


LIST_PAGE = 500
"""Articles per page of the full list of sources; a corpus this small is listed on the Sources page."""
SEARCHABLE_SOURCES = 100
"""Source pages stay in the search index while a briefing has at most this many; beyond, only the
home, topic and Sources pages are indexed, so the index stays small enough to load on a phone."""


SHOWN_CITATIONS = 10
"""Articles a quote's footnote lists at most (a fact reprinted by a thousand sites would otherwise
list a thousand, and give each a page); the badge still counts them all, and ``dossier.json`` lists
them all."""


def escaper(article: Article) -> Callable[[str], str]:
    """How ``article``'s text is escaped for a page: a Markdown article's emphases are shown as emphasis
    (:func:`~generator.escape.md_emphasised`), not as stray asterisks; other text by :func:`md_text`."""
    return md_emphasised if article.format is Format.MARKDOWN else md_text


def shown_date(published: str | None) -> str | None:
    """An article's ISO date or date-time as a reader reads it: "2024-06-19", "2024-06-19 10:00 UTC+09:00"."""
    if not published or "T" not in published:
        return published
    day, _, time = published.partition("T")
    clock, zone = time[:5], time[8:].lstrip(".0123456789")
    return f"{day} {clock}" + (f" UTC{zone}" if zone else "")


def shown_citations(quote: Quote, articles: Mapping[str, Article]) -> tuple[ScoredSentence, ...]:
    """The citations a quote's footnote lists: the quoted sentence, then further outlets before a
    second article of one outlet, at most SHOWN_CITATIONS in all."""
    first, *rest = quote.citations
    seen = {outlet(articles[first.sentence.article_id])}
    fresh: list[ScoredSentence] = []
    again: list[ScoredSentence] = []
    for m in rest:
        name = outlet(articles[m.sentence.article_id])
        (again if name in seen else fresh).append(m)
        seen.add(name)
    return (first, *(fresh + again)[:SHOWN_CITATIONS - 1])


INSIGHT_SOURCES = 100
"""Articles cited only by the insight pages that get a source page at most (in the order the pages
cite them); beyond, an insight names the article without a link."""


def cited_articles(dossier: Dossier, insights: Insights | None = None) -> set[str]:
    """Ids of the articles that get a source page: those a topic page quotes or lists beside a quote,
    and the first INSIGHT_SOURCES of those only the insight pages cite."""
    articles = {a.id: a for a in dossier.articles}
    cited = {m.sentence.article_id for p in dossier.pages for q in p.quotes for m in shown_citations(q, articles)}
    if insights is not None:
        from generator.insights import cited_articles as insight_citations  # it imports this module
        cited.update([a for a in insight_citations(insights) if a not in cited][:INSIGHT_SOURCES])
    return cited


def list_path(n: int) -> str:
    """Source path of page ``n`` (from 1) of the full list of articles; ``_`` never occurs in an id."""
    return f"{SOURCES_DIR}/_list/{n}.md"


def list_pages(dossier: Dossier) -> int:
    """How many pages the full list of articles takes (0: it fits on the Sources page)."""
    n = len(dossier.articles)
    return 0 if n <= LIST_PAGE else -(-n // LIST_PAGE)


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
    """A title line of the article that the page's own heading already shows (never cited), perhaps
    without the label the title keeps ("UPDATE: Governor says ...", whose label segment left out)."""
    text = " ".join(sentence.text.split())
    return sentence.kind is Kind.HEADING and (text == article.title or article.title.endswith(f": {text}"))


class Renderer:
    """Renders one dossier into Markdown pages."""

    def __init__(self, dossier: Dossier, *, directory_urls: bool = True, outlets: Outlets | None = None,
                 insights: Insights | None = None) -> None:
        """``outlets`` (see :mod:`generator.outlets`) makes every source count one of outlets, with
        wire reprints counted once; without it, outlets are told apart by name. The articles
        ``insights`` cite get source pages too (see :func:`cited_articles`)."""
        self.dossier = dossier
        self.insights = insights
        self.directory_urls = directory_urls
        self.articles = {a.id: a for a in dossier.articles}
        self.outlet_of: dict[str, str] = (dict(outlets.by_article) if outlets is not None
                                          else {a.id: outlet(a) for a in dossier.articles})
        self.wires = {o.key: o.name for o in outlets.outlets if o.wire} if outlets is not None else {}
        """Names of the news agencies by key: an agency named in an article's dateline is a named outlet,
        called by its name whatever its files call themselves."""
        self.latest = max((a.published[:10] for a in dossier.articles if a.published), default=None)
        """The day of the newest dated article: statements of how things stand are dated against it."""
        # Each sentence's way back to the quotes citing it: one link per page, to its first such quote.
        self.quoted_on: dict[tuple[str, int], list[tuple[TopicPage, Quote]]] = defaultdict(list)
        for page in dossier.pages:
            for q in page.quotes:
                for m in q.citations:
                    back = self.quoted_on[(m.sentence.article_id, m.sentence.index)]
                    if not back or back[-1][0] is not page:
                        back.append((page, q))

    def pages(self) -> dict[str, str]:
        """All pages, keyed by their path relative to the docs folder."""
        out = {"index.md": self.home(), f"{SOURCES_DIR}/index.md": self.sources_index()}
        for page in self.dossier.pages:
            out[topic_path(page.topic.id)] = self.topic(page)
        pages = list_pages(self.dossier)
        for n in range(1, pages + 1):
            out[list_path(n)] = self._source_list(n, pages)
        cited = [a for a in self.dossier.articles if a.id in self.cited]
        for article in cited:
            text = self.source(article)
            if len(cited) > SEARCHABLE_SOURCES:
                # Material's search plugin skips pages whose front matter says so.
                text = text.replace("---\n", '---\nsearch: {"exclude": true}\n', 1)
            out[source_path(article.id)] = text
        return out

    # -- shared pieces -------------------------------------------------------------------------
    def _cite(self, sentence: Sentence, from_path: str, *, with_text: bool) -> str:
        article = self.articles[sentence.article_id]
        label = md_text(outlet(article))
        date = f", {article.published[:10]}" if article.published else ""
        rel = "../" if "/" in from_path else ""
        link = f"[{label}{date}]({rel}{source_path(article.id)}#s-{sentence.index})"
        return f"{link}: {in_quotes(self._shown(sentence), sentence.text)}" if with_text else link

    @cached_property
    def dateline_days(self) -> dict[str, str]:
        """Per undated article whose dateline gives a day without a year ("NEW YORK, July 19 (Meridian Press)
        -"), that day in the year the corpus's dated articles put it in (as the Timeline dates it), ISO."""
        from generator.insights.timeline import article_days  # it imports this module

        days, _ = article_days(self.dossier.articles)
        return {a.id: day.isoformat() for a in self.dossier.articles if not a.published and (day := days[a.id])}

    def _inferred_day(self, article: Article) -> str:
        """For an undated article, the day its dateline gives, with the year the other articles put it in,
        marked as such (:attr:`dateline_days`); empty when there is none."""
        day = self.dateline_days.get(article.id)
        return (f'<span class="dossier-date">{md_text(day)}</span> <small title="Its dateline gives the day '
                f'without a year; the year is the one the other articles were published in">(year inferred)'
                f"</small>") if day else ""

    def _shown(self, sentence: Sentence) -> str:
        """A sentence's text escaped for the page (see :func:`escaper`)."""
        return escaper(self.articles[sentence.article_id])(sentence.text)

    def _outlets(self, quote: Quote) -> int:
        return len({self.outlet_of[a] for a in quote.articles})

    def _as_of(self, quote: Quote) -> str:
        """A mark giving the day of a quote that states how things stood ("three workers are still
        missing") when every article citing it is older than the newest article of the corpus: a later
        one may tell otherwise, and the reader should not need the footnote to see when it was said.
        Empty for any other quote, and when an article citing it has no date."""
        days = [d[:10] for a in quote.articles if (d := self.articles[a].published)]
        if not self.latest or len(days) < len(quote.articles) or not ongoing(quote.fact.lead.sentence.text):
            return ""
        day = max(days)
        if day >= self.latest:
            return ""
        return (f' <span class="dossier-asof" title="Stated on {day}; the newest article is of '
                f'{self.latest}">as of {day}</span>')

    @cached_property
    def disputed(self) -> dict[tuple[str, int], list[Disagreement]]:
        """The disagreements (:mod:`generator.insights.disagreements`) each sentence gives a version of, by
        (article, sentence index); empty when the Disagreements page is not built."""
        found: dict[tuple[str, int], list[Disagreement]] = defaultdict(list)
        if self.insights is None or "disagreements" not in self.insights.enabled:
            return found
        for d in self.insights.disagreements:
            for position in d.positions:
                for c in position.citations:
                    if d not in found[(c.article, c.sentence)]:
                        found[(c.article, c.sentence)].append(d)
        return found

    def _differ(self, quote: Quote) -> str:
        """For a quote one of whose cited sentences gives a version of a disagreement (outlets counting or
        dating one thing differently, or crediting it to different actors), a line in its blockquote naming
        every version (and the days they were reported on, when an amount may have changed between them)
        and linking to the disagreement on the Disagreements page: a reader of the topic page should not
        need to find it there. Empty for any other quote."""
        from generator.render_insights import insight_path, reported_apart  # it imports this module

        shown: list[Disagreement] = []
        for m in quote.citations:
            shown += [d for d in self.disputed.get((m.sentence.article_id, m.sentence.index), ()) if d not in shown]
        lines = []
        for d in shown:
            versions = "; ".join(md_text(p.value) for p in d.positions)
            if span := reported_apart(d, self.articles):  # a toll that rose from one day to the next
                versions += f" (reported on different days, {span[0]} to {span[1]}: the value may have changed)"
            lines.append(f'>\n> <span class="dossier-differ">Outlets differ here: {versions}. '
                         f"[Compare the sentences](../{insight_path('disagreements')}#d-{d.id})</span>\n")
        return "".join(lines)

    def _before(self, sentence: Sentence) -> str:
        """For a quote that does not say who or what it speaks of (:func:`~generator.textutil.dangling`: "He
        added that ...", "But Congress has not ..."; :func:`~generator.textutil.points_back`: "That choice of
        host signalled ..."), a muted line in its blockquote giving the sentence before it in its article,
        word for word, so that the reader sees who "he" is without opening the source; empty for any other
        quote, and when what comes before is no sentence (a headline, a byline)."""
        text = sentence.text
        if not (dangling(text) or speaker_unnamed(text) or points_back(text)) or sentence.index == 0:
            return ""
        found = self.dossier.sentences.get(sentence.article_id, ())
        before = found[sentence.index - 1] if sentence.index <= len(found) else None
        if before is None or before.kind is not Kind.SENTENCE:
            return ""
        return self._context("The sentence before it in the article", [before])

    def _label_above(self, sentence: Sentence) -> str:
        """For a quote that is a quotation alone, with no one named as saying it, under a short heading of
        its article (a list of reactions, each under its speaker's name: "BRITISH PRIME MINISTER RISHI
        SUNAK" / "“Shocked to hear this awful news ...”"), a muted line in its blockquote giving that
        heading, word for word; empty for any other quote."""
        text = sentence.text.strip()
        if sentence.index == 0 or text[:1] not in ('"', "\u201c") or not quoted_whole(text, text[0]):
            return ""
        above = self.dossier.sentences.get(sentence.article_id, ())[sentence.index - 1]
        if above.kind is not Kind.HEADING or count_words(above.text, LABEL_WORDS + 1) > LABEL_WORDS:
            return ""
        return self._context("The line above it in the article", [above])

    def _following(self, sentence: Sentence) -> tuple[Sentence, ...]:
        """The segments after ``sentence`` in its article."""
        return self.dossier.sentences.get(sentence.article_id, ())[sentence.index + 1:]

    def _said(self, sentences: Sequence[Sentence]) -> str:
        """Consecutive sentences of an article, escaped for the page and in quotation marks (see :func:`in_quotes`)."""
        return in_quotes(" ".join(self._shown(s) for s in sentences), " ".join(s.text for s in sentences))

    def _context(self, label: str, sentences: Sequence[Sentence]) -> str:
        """A muted line in a quote's blockquote: ``label``, then ``sentences`` word for word."""
        return f'>\n> <span class="dossier-context">{label}: {self._said(sentences)}</span>\n'

    def _after(self, sentence: Sentence) -> str:
        """For a quote that ends on a colon to introduce a list ("The mission carries seven science
        instruments in total:"), muted in its blockquote, the list items that follow it in its article,
        word for word (LISTED_AFTER at most): quoted alone it promises what it does not say. Empty for
        any other quote, and when no list item follows it."""
        if not sentence.text.rstrip().endswith(":"):
            return ""
        article = self.articles[sentence.article_id]
        html = article.format is Format.HTML
        items: list[list[Sentence]] = []
        for s in self._following(sentence):
            if s.kind is Kind.BOILERPLATE:
                break
            if opens_item(article.text, s.start, html):
                items.append([s])
            elif items and s.paragraph == items[-1][-1].paragraph:  # an item of several sentences
                items[-1].append(s)
            else:
                break
        if not items:
            return ""
        lines = [">\n> <span class=\"dossier-context\">What follows in the article:</span>\n>\n"]
        for item in items[:LISTED_AFTER]:
            lines.append(f'> - <span class="dossier-context">{self._said(item)}</span>\n')
        if len(items) > LISTED_AFTER:
            lines.append(f'> - <span class="dossier-context">and {len(items) - LISTED_AFTER} more in the '
                         "article</span>\n")
        return "".join(lines)

    def _speaker(self, sentence: Sentence) -> str:
        """For a quote that speaks in the first person with no quotation mark
        (:func:`~generator.textutil.speaks_unquoted`: "Today in Kyiv, Prime Minister Narendra Modi and I
        honoured ..."), muted in its blockquote, the sentences after it in its paragraph down to the one
        that names who spoke ("... We must make this possible, Zelenskyy said on X."), word for word: quoted
        alone, "I" is no one. Empty for any other quote, and when none of the next SPEAKER_AFTER sentences
        of its paragraph names a speaker."""
        if not speaks_unquoted(sentence.text):
            return ""
        following: list[Sentence] = []
        for s in self._following(sentence)[:SPEAKER_AFTER]:
            if s.kind is not Kind.SENTENCE or s.paragraph != sentence.paragraph:
                break
            following.append(s)
            if names_speaker(s.text):
                return self._context("Who says it, as the article goes on", following)
        return ""

    # -- pages ---------------------------------------------------------------------------------
    def home(self) -> str:
        d = self.dossier
        # One name per outlet (the first article's), however many files carry its reports. An
        # outlet none of whose articles names a publisher is no outlet the reader could name.
        firsts: dict[str, str] = {}
        named: set[str] = set()
        for a in d.articles:
            key = self.outlet_of[a.id]
            firsts.setdefault(key, self.wires.get(key) or outlet(a))
            if names_outlet(a) or key in self.wires:
                named.add(key)
        outlets = sorted({firsts[k] for k in named}, key=str.lower)
        unnamed = sorted({firsts[k] for k in firsts.keys() - named}, key=str.lower)
        dates = sorted(a.published[:10] for a in d.articles if a.published)
        # the page it stands on comes along (a quote is shown on up to two)
        lead_page, lead = max(((p.topic, q) for p in d.pages for q in p.quotes),
                              key=lambda pq: (len(pq[1].citations), pq[1].fact.lead.salience), default=(None, None))
        parts = [_front_matter(title="Briefing"), "# Briefing\n\n"]
        parts.append(f"This briefing is built from **{number_of(len(d.articles), 'article')}**")
        orphans = sum(1 for a in d.articles if self.outlet_of[a.id] not in named)
        if orphans == len(d.articles):
            parts.append(", none of which names its outlet")
        elif orphans:  # "8 articles: 2 from 2 outlets, and 6 that name none", not "from 2 outlets (and 6 ...)"
            parts.append(f": {len(d.articles) - orphans} from **{number_of(len(outlets), 'outlet')}**, and {orphans} "
                         f"that name{'s' if orphans == 1 else ''} no outlet")
        else:
            parts.append(f" from **{number_of(len(outlets), 'outlet')}**")
        if dates:
            parts.append(f", published {dates[0]}" + (f" to {dates[-1]}" if dates[-1] != dates[0] else ""))
            undated = len(d.articles) - len(dates)
            if undated:
                parts.append(f" ({undated} without a date)")
        parts.append(". Every fact below is quoted word for word from the articles; each footnote "
                     "leads to the exact sentence it comes from.\n\n")
        if lead and lead_page:
            sentence = lead.fact.lead.sentence
            said = len(set(lead.articles))
            where = f"[{md_text(lead_page.title)}]({topic_path(lead_page.id)})"
            by = "every article" if said == len(d.articles) else f"{said} of the {len(d.articles)} articles"
            parts.append((f"The fact most widely reported, by {by} ({where}):" if said > 1
                          else f"The first key fact ({where}):") + "\n\n")
            parts.append(f"> {in_quotes(self._shown(sentence), sentence.text)}[^lead]\n\n")
        parts.append('<div class="grid cards dossier-cards">\n<ul>\n')
        for page in d.pages:
            n_sources = len({a for q in page.quotes for a in q.articles})
            href = _href("index.md", topic_path(page.topic.id), self.directory_urls)
            parts.append(
                f'<li><p><a href="{href}"><strong>{html_text(page.topic.title)}</strong></a></p>'
                + (f"<p>{html_text(page.topic.description)}</p>" if page.topic.description else "")
                + f'<p class="dossier-meta">{number_of(len(page.quotes), "fact")} · '
                f'{number_of(n_sources, "source")}</p></li>\n'
            )
        parts.append("</ul>\n</div>\n\n")
        parts.append("## Outlets\n\n" + (", ".join(md_text(o) for o in outlets) + ". " if outlets else ""))
        if unnamed:
            parts.append("With no outlet named, by headline: " + ", ".join(md_text(o) for o in unnamed) + ". ")
        parts.append(f"See [all sources]({SOURCES_DIR}/index.md).\n")
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
            if notes:  # a comment between quotes keeps Markdown from joining them into one blockquote
                parts.append("<!-- -->\n\n")
            sentence = fact.lead.sentence
            parts.append(f'> <span class="dossier-anchor" id="q-{fact.id}"></span>'
                         f"{in_quotes(self._shown(sentence), sentence.text)}[^{label}] {badge}{self._as_of(q)}\n"
                         f"{self._before(sentence)}{self._label_above(sentence)}{self._after(sentence)}"
                         f"{self._speaker(sentence)}{self._differ(q)}\n")
            cites = [self._cite(m.sentence, path, with_text=True) for m in shown_citations(q, self.articles)]
            note = cites[0]
            if len(cites) > 1:
                note += " Also stated by: " + "; ".join(cites[1:])
            if n > len(cites):
                note += f"; and {n - len(cites)} more articles (all listed in `dossier.json`)"
            if outlets == 1 and n > 1:
                note += " (all from one outlet)"
            notes.append(f"[^{label}]: {note}")
        parts.append("\n".join(notes) + "\n")
        return "".join(parts)

    @cached_property
    def cited(self) -> set[str]:
        """Ids of the articles that get a source page (see :func:`cited_articles`)."""
        return cited_articles(self.dossier, self.insights)

    def _source_rows(self, articles: Iterable[Article], link_prefix: str) -> str:
        """Table rows of ``articles``: the title links to the source page when the article has one. The
        column of links to the originals is left out when none has an address (on a phone it would push
        the table off the screen for a column of dashes); a date never wraps."""
        articles = list(articles)
        linked = any(safe_href(a.url) for a in articles)
        rows = ["| Article | Outlet | Published |" + (" Original |" if linked else "") + "\n"
                "| --- | --- | --- |" + (" --- |" if linked else "") + "\n"]
        for a in articles:
            title = f"[{md_text(a.title)}]({link_prefix}{a.id}.md)" if a.id in self.cited else md_text(a.title)
            date = (f'<span class="dossier-date">{md_text(a.published[:10])}</span>' if a.published
                    else self._inferred_day(a) or "—")
            row = f"| {title} | {md_text(a.source or '—')} | {date} |"
            if linked:
                href = safe_href(a.url)
                row += f' <a href="{href}" rel="noopener noreferrer nofollow">link</a> |' if href else " — |"
            rows.append(row + "\n")
        return "".join(rows)

    def sources_index(self) -> str:
        articles = self.dossier.articles
        cited = [a for a in articles if a.id in self.cited]
        n, pages = len(articles), list_pages(self.dossier)
        parts = [_front_matter(title="Sources"), "# Sources\n\n"]
        parts.append(f"{number_of(n, 'article')}; the {len(cited)} quoted in this briefing have a page "
                     "of their own, with the quoted sentences marked.\n\n")
        if not pages:
            parts.append("All articles, in file order:\n\n" + self._source_rows(articles, ""))
            return "".join(parts) + self._problems()
        parts.append("## Quoted articles\n\n" + self._source_rows(cited, "") + "\n")
        by_outlet: dict[str, list[Article]] = defaultdict(list)
        for a in articles:
            by_outlet[outlet(a)].append(a)
        parts.append("## All articles\n\nIn file order, "
                     + ", ".join(f"[{(k - 1) * LIST_PAGE + 1}–{min(k * LIST_PAGE, n)}]({list_path(k)[len(SOURCES_DIR) + 1:]})"
                                 for k in range(1, pages + 1))
                     + ".\n\n| Outlet | Articles | First published | Last published |\n| --- | --- | --- | --- |\n")
        for name in sorted(by_outlet, key=lambda o: (o.lower(), o)):
            group = by_outlet[name]
            dates = sorted(a.published[:10] for a in group if a.published)
            parts.append(f"| {md_text(name)} | {len(group)} | {dates[0] if dates else '—'} | "
                         f"{dates[-1] if dates else '—'} |\n")
        return "".join(parts) + self._problems()

    def _problems(self) -> str:
        """The files of the corpus left out, or read with a caveat, and why: what the build reported,
        for a reader to see which of the chosen sources the briefing rests on."""
        problems = self.dossier.problems
        if not problems:
            return ""
        rows = "".join(f"| <code>{md_text(p.file)}</code> | {'left out' if p.skipped else 'read'}: "
                       f"{md_text(p.message)} |\n" for p in problems)
        return "\n## Files left out or read with a caveat\n\n| File | What happened |\n| --- | --- |\n" + rows

    def _source_list(self, k: int, pages: int) -> str:
        """Page ``k`` of ``pages`` of the full list of articles (kept out of search: it is only an index)."""
        n = len(self.dossier.articles)
        first, last = (k - 1) * LIST_PAGE, min(k * LIST_PAGE, n)
        title = f"Sources {first + 1}–{last}"
        nav = ["[all sources](../index.md)"]
        if k > 1:
            nav.insert(0, f"[← {(k - 2) * LIST_PAGE + 1}–{(k - 1) * LIST_PAGE}]({k - 1}.md)")
        if k < pages:
            nav.append(f"[{k * LIST_PAGE + 1}–{min((k + 1) * LIST_PAGE, n)} →]({k + 1}.md)")
        return (_front_matter(title=title, search={"exclude": True}) + f"# {title} of {n}\n\n"
                + " · ".join(nav) + "\n\n" + self._source_rows(self.dossier.articles[first:last], "../"))

    def source(self, article: Article) -> str:
        parts = [_front_matter(title=title_text(article.title)), f"# {md_text(article.title)}\n\n"]
        meta = [md_text(x) for x in (article.source, article.author, shown_date(article.published)) if x]
        meta += [day] if (day := self._inferred_day(article)) else []
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
        return f'<span class="{classes}" id="s-{s.index}">{self._shown(s)}</span>{back}'
