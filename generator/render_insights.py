"""Render the insight pages: disagreements, timeline, key figures, coverage, people and organisations.

Like :mod:`generator.render`, it returns ``{path: markdown}``; every string that came from an
article passes through :mod:`generator.escape`. Each item links to the exact sentence it rests on
(``../sources/<id>.md#s-<n>``), and the value the item is about is highlighted in the quote.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from itertools import groupby

from generator.escape import EMPHASIS, md_emphasised, md_text, title_text
from generator.insights import Citation, Disagreement, Figure, Insights
from generator.insights.values import ValueKind, described, plural
from generator.outlets import Outlet
from generator.records import Article, Dossier
from generator.render import _front_matter, escaper, in_quotes, names_outlet, outlet, source_path, topic_path
from generator.textutil import MONTHS, WEEKDAYS, number_of, stem

INSIGHTS_DIR = "insights"
PAGES: dict[str, tuple[str, str]] = {
    "disagreements": ("disagreements", "Disagreements"),
    "timeline": ("timeline", "Timeline"),
    "figures": ("figures", "Key figures"),
    "coverage": ("coverage", "Coverage"),
    "entities": ("people", "People and organisations"),
}
"""Analysis name -> (page file stem, page title), in nav order."""
KIND_HEADINGS = {"day": "Different days", "year": "Different years", "money": "Different amounts",
                 "quantity": "Different counts", "percent": "Different percentages", "multiple": "Different multiples",
                 "duration": "Different durations", "actor": "Who did it"}
_COUNTED = frozenset({"quantity", "duration"})
"""Kinds whose disagreement's subject starts with the counted noun."""
_AMOUNT_KINDS = frozenset(k.value for k in ValueKind)
"""Kinds of disagreement over an amount, which may change as an event goes on (a toll, a cost)."""
# Coverage is a wide table: a fact per row, then a column per outlet. The rules sit on this page only, so
# the shared stylesheet is untouched. In order: the fact column needs room and badges must not wrap; the
# fact column stays in view (opaque, also when its row is hovered) while the outlets scroll under it, for
# which the table must not be a scroll box itself (Material's overflow:auto; clip keeps its round corners);
# headers sit on the bottom line; outlet columns are as narrow as a ✓, their names standing on end and
# cut after two lines (the full name is the header's title). On a phone the fact column is narrower and
# cut after five lines (its link leads to the whole quote), and the count column's badge may wrap.
# A phone also shows a swipe hint above the table (:func:`swipe_style`).
COVERAGE_STYLE = (
    "<style>.md-typeset table:not([class]) th:first-child{min-width:18em}"
    ".md-typeset td .dossier-badge{white-space:nowrap}"
    ".md-typeset__table table:not([class]){overflow:clip}"
    ".md-typeset table:not([class]) :is(th,td):first-child{position:sticky;left:0;z-index:1;"
    "background:var(--md-default-bg-color);box-shadow:inset -.05rem 0 var(--md-typeset-table-color)}"
    ".md-typeset table:not([class]) tr:hover>td:first-child{background:linear-gradient("
    "var(--md-typeset-table-color--light),var(--md-typeset-table-color--light)) var(--md-default-bg-color)}"
    ".md-typeset table:not([class]) th{vertical-align:bottom}"
    ".md-typeset table:not([class]) :is(th,td):nth-child(n+3){min-width:0;padding-left:.5em;padding-right:.5em;"
    "text-align:center}"
    ".md-typeset .dossier-outlet{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;"
    "overflow:hidden;max-height:11em;margin:auto;writing-mode:vertical-rl;text-orientation:sideways;"
    "transform:rotate(180deg);"
    "text-align:start;line-height:1.3}"
    "@media screen and (max-width:44.984375em){"
    ".md-typeset table:not([class]) th:first-child{min-width:9em}"
    ".md-typeset table:not([class]) td:first-child a{display:-webkit-box;-webkit-box-orient:vertical;"
    "-webkit-line-clamp:5;overflow:hidden}"
    ".md-typeset table:not([class]) :is(th,td):nth-child(2){min-width:0;padding-left:.5em;padding-right:.5em}"
    ".md-typeset td .dossier-badge{white-space:normal}}"
    "</style>\n\n")
# Key figures is a four-column table with a long quote column: on a phone it would scroll sideways with
# its sources out of sight. There each row becomes a card instead (figure, what it counts, quote,
# sources, one under the other), the header row hidden and its names written before the two short
# cells (CSS text: search does not index it).
FIGURES_STYLE = (
    "<style>@media screen and (max-width:44.984375em){"
    ".md-typeset__table table:not([class]),.md-typeset table:not([class]) :is(tbody,tr,td){display:block}"
    ".md-typeset table:not([class]) thead{display:none}"
    ".md-typeset table:not([class]) tr{padding:.4em 0}"
    ".md-typeset table:not([class]) tr+tr{border-top:.05rem solid var(--md-typeset-table-color)}"
    ".md-typeset table:not([class]) td{border:none;padding:.15em .8em}"
    ".md-typeset table:not([class]) td:nth-child(2)::before{content:\"What it counts: \"}"
    ".md-typeset table:not([class]) td:nth-child(4)::before{content:\"Sources: \"}"
    ".md-typeset table:not([class]) td:is(:nth-child(2),:nth-child(4))::before{"
    "color:var(--md-default-fg-color--light)}}"
    "</style>\n\n")


def swipe_style(tables: int) -> str:
    """The style of a page's :func:`swipe_hint` lines, for its ``tables`` tables.

    A hint shows on a phone only (never on a desktop), and, where the browser can tell (scroll-driven
    animations), only while its table is wider than the screen: each table's scroll box (the element
    right after its hint) drives a timeline of its own, inactive when nothing scrolls, and the hint then
    keeps its hidden, out-of-flow base style."""
    names = [f"--dossier-table-{k}" for k in range(1, tables + 1)]
    per_table = "".join(f'.md-typeset .dossier-swipe[data-table="{k}"]{{animation-timeline:{name}}}'
                        f'.md-typeset .dossier-swipe[data-table="{k}"]+.md-typeset__scrollwrap'
                        f'{{scroll-timeline:{name} x}}' for k, name in enumerate(names, 1))
    return ("<style>.md-typeset .dossier-swipe{display:none;margin:0 0 -.5em;font-size:.7rem;"
            "color:var(--md-default-fg-color--light)}"
            "@media screen and (max-width:44.984375em){.md-typeset .dossier-swipe{display:block}}"
            "@supports (timeline-scope:none){@media screen and (max-width:44.984375em){"
            f".md-content{{timeline-scope:{','.join(names)}}}"
            ".md-typeset .dossier-swipe{position:absolute;visibility:hidden;animation:dossier-swipe linear both}"
            f"{per_table}}}}}"
            "@keyframes dossier-swipe{from,to{position:static;visibility:visible}}"
            "</style>\n\n")


def swipe_hint(table: int, what: str) -> str:
    """A line over a page's ``table``-th table (from 1) saying it scrolls sideways to show every ``what``,
    shown as :func:`swipe_style` says; search leaves it out."""
    return (f'<p class="dossier-swipe" data-table="{table}" data-search-exclude>'
            f"Swipe sideways to see every {what}.</p>\n\n")


MAX_OUTLET_COLUMNS = 12
"""Coverage shows this many outlets as columns (the most prolific); the rest are counted together."""
MAX_ENTITY_QUOTES = 8
"""Sentences shown for a person or organisation; the rest are folded away beneath them."""


def insight_path(name: str) -> str:
    """Source path of an analysis' page, relative to the docs folder."""
    return f"{INSIGHTS_DIR}/{PAGES[name][0]}.md"


def insight_pages(insights: Insights) -> list[tuple[str, str]]:
    """``(title, path)`` of each page that will be rendered, in nav order."""
    return [(PAGES[name][1], insight_path(name)) for name in PAGES if name in insights.enabled]


def date_heading(date: str) -> str:
    """The heading of a timeline day, month or year, in words: "Friday 19 July 2024", "February 2024",
    "2009" (not the part of a day its first moment names, "(morning)", nor an ISO month "2024-02")."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        day = dt.date.fromisoformat(date)
        return f"{WEEKDAYS[day.weekday()].title()} {day.day} {MONTHS[day.month - 1].title()} {day.year}"
    if re.fullmatch(r"\d{4}-\d{2}", date) and 1 <= int(date[5:]) <= 12:
        return f"{MONTHS[int(date[5:]) - 1].title()} {date[:4]}"
    return date


def _says(text: str, unit: str) -> bool:
    """Whether ``text`` already names every word of ``unit``, in any number ("23-year" names "years",
    "984-foot" names "feet")."""
    said = {form for w in re.findall(r"[^\W\d_]+", text.lower()) for form in (stem(w), stem(plural(w)))}
    return all(stem(w) in said for w in unit.split())


def what_it_counts(f: Figure) -> str:
    """A figure's "What it counts" cell: its unit, then what its context says of it
    (:func:`~generator.insights.values.described`). The unit is left out where the label or the start
    of that already says it, so a row never repeats its unit ("23 years")."""
    unit = "" if f.unit in ("x", "%") else f.unit
    context = described(f.context)
    context_head = " ".join(context.split()[:len(unit.split())])
    if unit and (_says(f.label, unit) or _says(context_head, unit)):
        unit = ""
    return " — ".join(x for x in (unit, context) if x)


def _marked(text: str, start: int | None, end: int | None, escape: Callable[[str], str] = md_text) -> str:
    """``text`` escaped by ``escape``, with ``text[start:end]`` wrapped in ``<mark>``. A Markdown emphasis
    the mark cuts through (a name inside "*People v. Donald Trump*") is marked whole, so that it shows as
    emphasis, not as stray asterisks (see :func:`~generator.escape.md_emphasised`)."""
    if start is None or end is None:
        return escape(text)
    if escape is md_emphasised:
        for m in EMPHASIS.finditer(text):
            if m.start() < end and start < m.end() and not start <= m.start() < m.end() <= end:
                start, end = min(start, m.start()), max(end, m.end())

    def piece(s: str) -> str:
        # md_text trims white space; keep the single space that separates the pieces.
        return (" " if s[:1].isspace() else "") + escape(s) + (" " if s[-1:].isspace() and s.strip() else "")

    return f"{piece(text[:start])}<mark>{escape(text[start:end])}</mark>{piece(text[end:])}"


def reported_apart(d: Disagreement, articles: Mapping[str, Article]) -> tuple[str, str] | None:
    """The first and last publication days of the articles (``articles``, by id) that give an amount's
    versions, when two versions each come only from articles of other days than the other's (a death toll
    that rose from one day's reports to the next is an update, not a contradiction); None otherwise, and
    for days, dates and actors, which do not change as an event goes on."""
    if d.kind not in _AMOUNT_KINDS:
        return None
    days = [frozenset(published[:10] for c in p.citations if (published := articles[c.article].published))
            for p in d.positions]
    dated = [x for x in days if x]
    if not any(a.isdisjoint(b) for i, a in enumerate(dated) for b in dated[i + 1:]):
        return None
    every = sorted(frozenset().union(*dated))
    return every[0], every[-1]


class InsightRenderer:
    """Renders the insight pages of one dossier."""

    def __init__(self, dossier: Dossier, insights: Insights, with_page: set[str] | None = None) -> None:
        """``with_page``: ids of the articles that have a source page (all, when not given); the
        others are named without a link."""
        self.with_page = with_page if with_page is not None else {a.id for a in dossier.articles}
        self.dossier = dossier
        self.insights = insights
        self.articles = {a.id: a for a in dossier.articles}
        self.outlet_names = {o.key: o.name for o in insights.outlets.outlets}

    def pages(self) -> dict[str, str]:
        """The enabled pages, keyed by their path relative to the docs folder."""
        render = {"disagreements": self.disagreements, "timeline": self.timeline, "figures": self.figures,
                  "coverage": self.coverage, "entities": self.entities}
        return {insight_path(name): render[name]() for name in PAGES if name in self.insights.enabled}

    # -- shared pieces -------------------------------------------------------------------------
    def _source(self, c: Citation) -> str:
        """A link to the cited sentence, named by site (and by the agency when it is a reprint)."""
        article = self.articles[c.article]
        label = outlet(article)
        agency = self.outlet_names.get(c.outlet, label)
        if agency != label:
            label = f"{label} ({agency})"
        date = f", {article.published[:10]}" if article.published else ""
        return self._link(md_text(label + date), c.article, f"#s-{c.sentence}")

    def _link(self, text: str, article: str, anchor: str = "") -> str:
        """``text`` linked to the article's source page, or plain when it has none."""
        return f"[{text}](../{source_path(article)}{anchor})" if article in self.with_page else text

    def _escape(self, article: str) -> Callable[[str], str]:
        """How an article's text is escaped, as on the topic pages (:func:`~generator.render.escaper`)."""
        return escaper(self.articles[article])

    def _quote(self, c: Citation) -> str:
        return in_quotes(_marked(c.text, c.text_start, c.text_end, self._escape(c.article)), c.text)

    def _cited(self, c: Citation) -> str:
        """The cited sentence in quotation marks, then a link to it."""
        return f"{self._quote(c)} — {self._source(c)}"

    def _count(self, cites: tuple[Citation, ...]) -> int:
        return len({c.outlet for c in cites})

    @staticmethod
    def _head(name: str, lede: str) -> list[str]:
        title = PAGES[name][1]
        return [_front_matter(title=title_text(title)), f"# {title}\n\n", f'<p class="dossier-lede">{lede}</p>\n\n']

    # -- pages ---------------------------------------------------------------------------------
    def disagreements(self) -> str:
        items = self.insights.disagreements
        parts = self._head("disagreements", "Where outlets give different values for the same thing: a day, a "
                                            "date, a count or an amount. Each column is one version, with the "
                                            "sentences that state it.")
        if not items:
            # Only values told in like words are compared: an empty page says so, and does not claim the
            # articles agree ("rates near 21%" and "a typical card charges 23%", told in other words, are not compared).
            figures = (f" Compare the figures side by side on [{PAGES['figures'][1]}]({PAGES['figures'][0]}.md)."
                       if "figures" in self.insights.enabled else "")
            parts.append("No disagreement found among the values this page can compare: those that outlets "
                         "state in like words around them. Outlets may still give different values for the "
                         f"same thing in other words.{figures}\n")
            return "".join(parts)
        parts.append(swipe_style(len(items)))
        for table, d in enumerate(items, 1):
            # A count reads "Different counts of flights cancelled"; another kind "Different days: arrived".
            about = " ".join(d.subject.split()[:4])
            joint = " of " if d.kind in _COUNTED else ": "
            parts.append(f'<h2 id="d-{d.id}">{KIND_HEADINGS.get(d.kind, "Different values")}'
                         f'{joint + md_text(about) if about else ""}</h2>\n\n')
            if d.numbers:
                # Counts told in other words are compared for another number both sentences give: say so.
                counted = f"both sentences count {md_text(d.subject)} and " if d.subject else ""
                noun = "number" if len(d.numbers) == 1 else "numbers"
                parts.append(f'<p class="dossier-meta">Compared because {counted}both also give the {noun} '
                             f"{md_text(' and '.join(d.numbers))}</p>\n\n")
            elif d.shared:
                # The words the sentences were compared for, which the heading's subject need not be (a duration
                # is named for what lasted, which one sentence alone may say).
                parts.append(f'<p class="dossier-meta">Compared because the sentences share the words around the '
                             f"value: {md_text(' '.join(d.shared))}</p>\n\n")
            if span := reported_apart(d, self.articles):
                parts.append(f'<p class="dossier-meta">The versions come from articles published on different days '
                             f"({span[0]} to {span[1]}): the value may have changed between them.</p>\n\n")
            parts.append(swipe_hint(table, "version"))
            parts.append("| " + " | ".join(
                f"{md_text(p.value)} ({number_of(p.outlets, 'outlet')})" for p in d.positions) + " |\n")
            parts.append("|" + " --- |" * len(d.positions) + "\n")
            cells = [" <br> ".join(self._cited(c) for c in p.citations) for p in d.positions]
            parts.append("| " + " | ".join(cells) + " |\n\n")
        return "".join(parts)

    def timeline(self) -> str:
        moments = self.insights.timeline
        parts = self._head("timeline", "The moments the articles date, in order. Weekdays and words such as "
                                       "“yesterday” are resolved against the article’s publication date; "
                                       "dates that cannot be pinned to a day are marked approximate.")
        if not moments:
            parts.append("No dated moment found.\n")
            return "".join(parts)
        for date, group in groupby(moments, key=lambda m: m.date):
            items = list(group)
            if date:
                parts.append(f"## {md_text(date_heading(date))}\n\n")
            else:
                parts.append("## Not dated exactly\n\nThese moments are named by weekday, month or relative day "
                             "in articles without a publication date, so their day is unknown.\n\n")
            for m in items:
                badge = ' <span class="dossier-badge dossier-approx">approximate</span>' if m.approximate else ""
                sources = "; ".join(self._source(c) for c in m.citations)
                parts.append(f"- **{md_text(m.label)}**{badge}: {self._quote(m.citations[0])} — {sources}\n")
            parts.append("\n")
        return "".join(parts)

    def figures(self) -> str:
        figures = self.insights.figures
        parts = self._head("figures", "The numbers the articles give — money, quantities, percentages and "
                                      "multiples — with what they count, the quote and its sources. The most "
                                      "widely reported come first.")
        if not figures:
            parts.append("No figure found.\n")
            return "".join(parts)
        parts.append(FIGURES_STYLE)
        parts.append("| Figure | What it counts | Quote | Sources |\n| --- | --- | --- | --- |\n")
        for f in figures:
            about = what_it_counts(f)
            # A label that opens on its hedge ("about", "more than", "up to") says how far it is exact.
            approx = " (approximate)" if f.approximate and not f.label[:1].isalpha() else ""
            sources = "; ".join(self._source(c) for c in f.citations)
            parts.append(f"| **{md_text(f.label)}**{approx} | {md_text(about) or '—'} | {self._quote(f.citations[0])}"
                         f" | {sources} ({number_of(self._count(f.citations), 'outlet')}) |\n")
        return "".join(parts)

    def _reprint(self, o: Outlet) -> str:
        """One list item of :meth:`coverage`: an outlet whose stories reach us in other sites' files, the
        sites the files name (a file naming none goes by its headline, linked already) and the files."""
        kind = "news agency story" if o.wire else "story"
        sites = [n for n in o.carried_by if any(names_outlet(self.articles[a]) and outlet(self.articles[a]) == n
                                                for a in o.articles)]
        carried = f", carried by {', '.join(md_text(n) for n in sites)}" if sites else ""
        links = ", ".join(self._link(md_text(self.articles[a].title), a) for a in o.articles)
        return f"- **{md_text(o.name)}** ({kind}){carried}: {links}\n"

    def coverage(self) -> str:
        rows = self.insights.coverage
        outlets = self.insights.outlets
        single = sum(1 for r in rows if r.single_source)
        parts = self._head("coverage", "Which outlet reports which key fact. Outlets are counted, not files: a "
                                       "wire story reprinted by several sites counts once. Facts only one outlet "
                                       "reports are marked.")
        parts.append(COVERAGE_STYLE)
        reprints = [o for o in outlets.outlets if o.carried_by]
        if reprints or any(names_outlet(a) for a in self.dossier.articles):
            parts.append(f"{number_of(len(rows), 'key fact')} from {number_of(len(outlets.outlets), 'outlet')}; "
                         f"**{single}** rest on a single outlet.\n\n")
        else:  # no source or address anywhere: each article stands for an outlet, named by its headline
            parts.append(f"{number_of(len(rows), 'key fact')} from {number_of(len(outlets.outlets), 'article')}; "
                         f"**{single}** rest on a single article. No article names its outlet (give each a "
                         f"`source:` in its front matter), so each counts as one, under its headline.\n\n")
        # A story in several files counts once; an agency's story in one file is credited to the agency.
        for lead, group in (("Counted once", [o for o in reprints if len(o.articles) > 1]),
                            ("Credited to the news agency the article names",
                             [o for o in reprints if len(o.articles) == 1])):
            if group:
                parts.append(f"{lead}:\n\n" + "".join(self._reprint(o) for o in group) + "\n")
        if not rows:
            parts.append("No key fact was selected for the topic pages.\n")
            return "".join(parts)
        per_outlet: dict[str, int] = defaultdict(int)
        for r in rows:
            for key in r.outlets:
                per_outlet[key] += 1
        order = sorted(per_outlet, key=lambda k: (-per_outlet[k], self.outlet_names[k].lower(), k))
        shown = order[:MAX_OUTLET_COLUMNS]
        others = len(order) > len(shown)
        # The count comes right after the fact, so single-source facts show even when the table scrolls.
        header = ["Fact", "Outlets"] + [md_text(self.outlet_names[k]) for k in shown] + (["Others"] if others else [])
        # Outlet names stand on end and may be cut (see COVERAGE_STYLE); the title keeps the whole name.
        header[2:] = [f'<span class="dossier-outlet" title="{name}">{name}</span>' for name in header[2:]]
        parts.append(swipe_style(1) + swipe_hint(1, "outlet"))
        parts.append("| " + " | ".join(header) + " |\n|" + " --- |" * len(header) + "\n")
        for r in rows:
            lead = r.citations[0]
            words = lead.text.split()
            short = " ".join(words[:18]) + (" …" if len(words) > 18 else "")
            fact = f"[{self._escape(lead.article)(short)}](../{topic_path(r.topic)}#q-{r.fact})"
            cells = []
            for key in shown:
                cite = next((c for c in r.citations if c.outlet == key), None)
                cells.append(self._link("✓", cite.article, f"#s-{cite.sentence}") if cite else "")
            if others:
                cells.append(str(sum(1 for k in r.outlets if k not in shown)) or "")
            n = len(r.outlets)
            count = ('<span class="dossier-badge dossier-single">single source</span>' if r.single_source
                     else str(n))
            parts.append("| " + " | ".join([fact, count, *cells]) + " |\n")
        return "".join(parts)

    def entities(self) -> str:
        items = self.insights.entities
        parts = self._head("entities", "Who is named in the articles, the role the text gives them, and the "
                                       "sentences that mention them.")
        if not items:
            parts.append("No person or organisation found.\n")
            return "".join(parts)
        for kind, title in (("person", "People"), ("organisation", "Organisations")):
            group = [e for e in items if e.kind == kind]
            if not group:
                continue
            parts.append(f"## {title}\n\n")
            for e in group:
                parts.append(f"### {md_text(e.name)}\n\n")
                facts = []
                if e.roles:
                    facts.append("Role: " + "; ".join(md_text(r) for r in e.roles))
                if e.aliases:
                    facts.append("Also named: " + ", ".join(md_text(a) for a in e.aliases))
                facts.append(f"Named in {number_of(len(e.citations), 'sentence')} from "
                             f"{number_of(e.outlets, 'outlet')}")
                parts.append('<p class="dossier-meta">' + " · ".join(facts) + "</p>\n\n")
                parts.extend(f"- {self._cited(c)}\n" for c in e.citations[:MAX_ENTITY_QUOTES])
                rest = e.citations[MAX_ENTITY_QUOTES:]
                if rest:
                    # Folded away (md_in_html), the rest stay on the page for a reader and for search;
                    # "quote" gives the fold Material's quotation icon and grey, not a note's pencil.
                    summary = number_of(len(rest), "more sentence")
                    parts.append(f'\n<details class="quote dossier-more" markdown>\n<summary>{summary}</summary>\n\n')
                    parts.extend(f"- {self._cited(c)}\n" for c in rest)
                    parts.append("\n</details>\n")
                parts.append("\n")
        return "".join(parts)


def render_insights(dossier: Dossier, insights: Insights, with_page: set[str] | None = None) -> dict[str, str]:
    """The insight pages of ``dossier``, keyed by path relative to the docs folder; ``with_page`` as for
    :class:`InsightRenderer`."""
    return InsightRenderer(dossier, insights, with_page).pages()
