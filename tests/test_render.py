"""Rendering: topic pages, footnotes to exact sentences, empty topics, escaping."""

from __future__ import annotations

import html as html_module
import re
from dataclasses import replace
from pathlib import Path

import markdown
import pytest

from generator.records import (Article, Dossier, Fact, Format, Kind, Problem, Quote, ScoredSentence, Sentence, Topic,
                               TopicPage, TopicScore)
from generator.ingest import load_article
from generator.render import LISTED_AFTER, Renderer
from generator.segment import segment


def _dossier(quotes: bool = True) -> Dossier:
    text = "The <b>ministers</b> signed [a deal](javascript:alert(1)) on Monday in the capital city."
    article = Article(id="a", file="a.txt", format=Format.TEXT, text=text, body=text, offsets=None,
                      offset_ends=None, body_start=0, title="T <script>", source="Daily *News*")
    s = Sentence("a", 0, 0, len(text), text, Kind.SENTENCE, 0)
    fact = Fact("a-0", (ScoredSentence(s, (TopicScore("deals", 1.0),), 0.3),))
    topic = Topic("deals", "Deals", "What was signed")
    page = TopicPage(topic, (Quote(fact, "deals", 1.0),) if quotes else ())
    return Dossier(articles=(article,), sentences={"a": (s,)}, pages=(page,), facts=(fact,))


def test_quote_has_a_footnote_to_the_exact_sentence() -> None:
    md = Renderer(_dossier()).pages()["topics/deals.md"]
    assert "[^f-a-0]" in md
    assert "](../sources/a.md#s-0)" in md
    assert "1 source" in md


def test_article_text_is_escaped() -> None:
    pages = Renderer(_dossier()).pages()
    for md in (pages["topics/deals.md"], pages["sources/a.md"]):
        assert "<b>" not in md and "<script>" not in md
        assert "](javascript" not in md
        assert "[a deal]" not in md


def test_empty_topic_says_so() -> None:
    md = Renderer(_dossier(quotes=False)).pages()["topics/deals.md"]
    assert "No key facts found" in md
    assert "[^" not in md


@pytest.mark.parametrize("label", ["", "UPDATE: "])
def test_title_line_is_not_shown_twice_on_the_source_page(label: str) -> None:
    # The title keeps a label on its line ("UPDATE: "), which segment leaves out of the heading.
    text = f"{label}Ministers Sign Deal\nThe ministers signed a deal on Monday in the capital city of the region."
    article = Article(id="a", file="a.txt", format=Format.TEXT, text=text, body=text, offsets=None,
                      offset_ends=None, body_start=0, title=f"{label}Ministers Sign Deal")
    start = len(label)
    title = Sentence("a", 0, start, start + 19, "Ministers Sign Deal", Kind.HEADING, 0)
    body = Sentence("a", 1, start + 20, len(text), text[start + 20:], Kind.SENTENCE, 1)
    fact = Fact("a-1", (ScoredSentence(body, (TopicScore("deals", 1.0),), 0.3),))
    page = TopicPage(Topic("deals", "Deals", "d"), (Quote(fact, "deals", 1.0),))
    dossier = Dossier(articles=(article,), sentences={"a": (title, body)}, pages=(page,), facts=(fact,))
    md = Renderer(dossier).pages()["sources/a.md"]
    assert md.count("Ministers Sign Deal") == 2  # front matter title and the page heading only
    assert 'id="s-1"' in md


def test_a_photo_caption_stays_on_the_source_page_marked_as_one() -> None:
    text = "Leaders shake hands at the hotel. (AP Photo/Jane Doe)\nThe ministers signed a deal on Monday in the capital."
    article = Article(id="a", file="a.txt", format=Format.TEXT, text=text, body=text, offsets=None,
                      offset_ends=None, body_start=0, title="t")
    caption = Sentence("a", 0, 0, 33, text[:33], Kind.CAPTION, 0)
    credit = Sentence("a", 1, 34, 53, text[34:53], Kind.CAPTION, 0)
    body = Sentence("a", 2, 54, len(text), text[54:], Kind.SENTENCE, 1)
    fact = Fact("a-2", (ScoredSentence(body, (TopicScore("deals", 1.0),), 0.3),))
    page = TopicPage(Topic("deals", "Deals", "d"), (Quote(fact, "deals", 1.0),))
    dossier = Dossier(articles=(article,), sentences={"a": (caption, credit, body)}, pages=(page,), facts=(fact,))
    md = Renderer(dossier).pages()["sources/a.md"]
    assert '<span class="dossier-s dossier-caption" id="s-0">Leaders shake hands at the hotel.</span>' in md
    assert '<span class="dossier-s dossier-cited" id="s-2">' in md


def test_a_wire_story_reprinted_by_two_sites_counts_as_one_outlet() -> None:
    from generator.outlets import identify

    text = "The ministers signed a deal on Monday in the capital city of the region, officials said."
    articles = tuple(Article(id=i, file=f"{i}.txt", format=Format.TEXT, text=text, body=text, offsets=None,
                             offset_ends=None, body_start=0, title="Deal", source=site)
                     for i, site in (("a", "Site A"), ("b", "Site B")))
    members = tuple(ScoredSentence(Sentence(a.id, 0, 0, len(text), text, Kind.SENTENCE, 0),
                                   (TopicScore("deals", 1.0),), 0.3) for a in articles)
    fact = Fact("a-0", members)
    page = TopicPage(Topic("deals", "Deals", "d"), (Quote(fact, "deals", 1.0),))
    dossier = Dossier(articles=articles, sentences={a.id: (m.sentence,) for a, m in zip(articles, members)},
                      pages=(page,), facts=(fact,))
    by_name = Renderer(dossier).pages()
    assert "2 sources</span>" in by_name["topics/deals.md"] and "2 outlets" in by_name["index.md"]
    by_identity = Renderer(dossier, outlets=identify(articles)).pages()
    assert "2 sources · 1 outlet" in by_identity["topics/deals.md"]
    assert "1 outlet" in by_identity["index.md"]


def test_the_home_page_says_why_its_lead_quote_leads_and_where_it_stands() -> None:
    home = Renderer(_dossier()).pages()["index.md"]
    assert "The first key fact ([Deals](topics/deals.md)):\n\n> " in home  # one article: nothing is corroborated
    texts = {"a": "The ministers signed the ferry deal on Monday in the capital.",
             "b": "Ministers signed the ferry deal in the capital on Monday.",
             "c": "Talks ran late into the night."}
    articles, scored = _one_sentence_articles(texts)
    topic = Topic("deals", "Deals *signed*", "What was signed")
    quotes = (Quote(Fact("c-0", (scored["c"],)), "deals", 2.0),
              Quote(Fact("a-0", (scored["a"], scored["b"])), "deals", 1.0))
    dossier = Dossier(articles=articles, sentences={i: (m.sentence,) for i, m in scored.items()},
                      pages=(TopicPage(topic, quotes),), facts=tuple(q.fact for q in quotes))
    home = Renderer(dossier).pages()["index.md"]
    assert ("The fact most widely reported, by 2 of the 3 articles ([Deals &#42;signed&#42;](topics/deals.md)):\n\n"
            "> \u201cThe ministers signed the ferry deal") in home, home
    two = replace(dossier, articles=articles[:2], pages=(TopicPage(topic, quotes[1:]),), facts=(quotes[1].fact,),
                  sentences={i: (scored[i].sentence,) for i in "ab"})
    both = Renderer(two).pages()["index.md"]
    assert "The fact most widely reported, by every article ([Deals" in both


def test_an_article_that_names_no_outlet_is_not_counted_as_an_outlet_on_the_home_page() -> None:
    from generator.outlets import identify

    texts = {"a": "The ministers signed a deal on Monday in the capital, officials said.",
             "b": "Talks on the deal ran late into the night before the signing ceremony.",
             "c": "GUILTY! The verdict was read out to a silent courtroom on Thursday afternoon."}
    articles = tuple(Article(id=i, file=f"{i}.txt", format=Format.TEXT, text=t, body=t, offsets=None,
                             offset_ends=None, body_start=0, title=title, source=site)
                     for (i, t), (title, site) in zip(texts.items(), (("Deal", "Site A"), ("Talks", "Site B"),
                                                                     ("GUILTY X 34", ""))))
    dossier = Dossier(articles=articles, sentences={}, pages=(), facts=())
    for renderer in (Renderer(dossier), Renderer(dossier, outlets=identify(articles))):
        home = renderer.pages()["index.md"]
        # counted so that the parts add up to the whole ("from 2 outlets (and 1 ...)" read as four)
        assert "**3 articles**: 2 from **2 outlets**, and 1 that names no outlet" in home
        assert "Site A, Site B. With no outlet named, by headline: \u201cGUILTY X 34\u201d." in home
    # an agency named in the dateline is a named outlet, called by its name (not the file's headline)
    wire = Article(id="d", file="d.txt", format=Format.TEXT, text=(t := "PARIS (AFP) - The ministers met again on "
                   "Tuesday to finish the deal."), body=t, offsets=None, offset_ends=None, body_start=0,
                   title="Ministers meet again", source="")
    with_wire = replace(dossier, articles=(*articles, wire))
    home = Renderer(with_wire, outlets=identify(with_wire.articles)).pages()["index.md"]
    assert "**4 articles**: 3 from **3 outlets**, and 1 that names no outlet" in home
    assert "AFP, Site A, Site B. With no outlet named" in home and "Ministers meet again" not in home
    unnamed = tuple(replace(a, source="") for a in articles)
    home = Renderer(replace(dossier, articles=unnamed)).pages()["index.md"]
    assert "**3 articles**, none of which names its outlet" in home and "0 outlets" not in home


def _one_sentence_articles(texts: dict[str, str]) -> tuple[tuple[Article, ...], dict[str, ScoredSentence]]:
    """Articles of one sentence each, by id, and that sentence scored on the "deals" topic."""
    articles = tuple(Article(id=i, file=f"{i}.txt", format=Format.TEXT, text=t, body=t, offsets=None,
                             offset_ends=None, body_start=0, title=f"Title {i}", source=f"Site {i}")
                     for i, t in texts.items())
    scored = {i: ScoredSentence(Sentence(i, 0, 0, len(t), t, Kind.SENTENCE, 0), (TopicScore("deals", 1.0),), 0.3)
              for i, t in texts.items()}
    return articles, scored


def test_an_article_cited_only_beside_a_quote_gets_its_source_page() -> None:
    texts = {"a": "The ministers signed a deal on Monday in the capital.",
             "b": "On Monday the ministers put their names to an agreement in the capital."}
    articles, scored = _one_sentence_articles(texts)
    fact = Fact("a-0", (scored["a"],))
    page = TopicPage(Topic("deals", "Deals", "d"), (Quote(fact, "deals", 1.0, (scored["b"],)),))
    dossier = Dossier(articles=articles, sentences={i: (s.sentence,) for i, s in scored.items()},
                      pages=(page,), facts=(fact, Fact("b-0", (scored["b"],))))
    pages = Renderer(dossier).pages()
    assert "sources/b.md" in pages and "../sources/b.md#s-0" in pages["topics/deals.md"]


def test_a_fact_stated_by_many_articles_lists_a_few_one_per_outlet_first() -> None:
    from generator.render import SHOWN_CITATIONS

    text = "The ministers signed a deal on Monday in the capital."
    sites = [f"Site {n % 15}" for n in range(40)]  # 40 articles from 15 outlets
    articles = tuple(Article(id=f"a{n:02d}", file=f"a{n:02d}.txt", format=Format.TEXT, text=text, body=text,
                             offsets=None, offset_ends=None, body_start=0, title="Deal", source=site)
                     for n, site in enumerate(sites))
    members = tuple(ScoredSentence(Sentence(a.id, 0, 0, len(text), text, Kind.SENTENCE, 0),
                                   (TopicScore("deals", 1.0),), 0.3) for a in articles)
    fact = Fact("a00-0", members)
    page = TopicPage(Topic("deals", "Deals", "d"), (Quote(fact, "deals", 1.0),))
    dossier = Dossier(articles=articles, sentences={m.sentence.article_id: (m.sentence,) for m in members},
                      pages=(page,), facts=(fact,))
    pages = Renderer(dossier).pages()
    listed = [p for p in pages if p.startswith("sources/a")]
    assert len(listed) == SHOWN_CITATIONS
    # one article from each of the first outlets, not ten copies from the same few
    assert {dossier.articles[int(p[9:11])].source for p in listed} == {f"Site {n}" for n in range(SHOWN_CITATIONS)}
    topic = pages["topics/deals.md"]
    assert "40 sources" in topic and "and 30 more articles" in topic


def test_a_markdown_article_s_emphasis_shows_as_emphasis_in_quotes_footnotes_and_source_pages() -> None:
    text = "In *People v. Doe*, the **jury** found 2*3 = 6 and a_b true, and x.__y stays, in the capital city."
    shown = ("In <em>People v. Doe</em>, the <strong>jury</strong> found 2&#42;3 &#61; 6 and a&#95;b true, "
             "and x.&#95;&#95;y stays")
    for fmt, expected in ((Format.MARKDOWN, shown), (Format.TEXT, "In &#42;People v. Doe&#42;, the &#42;&#42;jury")):
        article = Article(id="a", file="a.md", format=fmt, text=text, body=text, offsets=None,
                          offset_ends=None, body_start=0, title="t")
        s = Sentence("a", 0, 0, len(text), text, Kind.SENTENCE, 0)
        fact = Fact("a-0", (ScoredSentence(s, (TopicScore("deals", 1.0),), 0.3),))
        page = TopicPage(Topic("deals", "Deals", "d"), (Quote(fact, "deals", 1.0),))
        pages = Renderer(Dossier(articles=(article,), sentences={"a": (s,)}, pages=(page,), facts=(fact,))).pages()
        assert pages["sources/a.md"].count(expected) == 1, fmt
        # the quote and its footnote
        assert pages["topics/deals.md"].count(expected) == 2, fmt


def test_dates_as_a_reader_reads_them() -> None:
    from generator.escape import md_text
    texts = ["The ministers signed a deal on Monday in the capital city.", "Talks went on late into the night there."]
    articles = tuple(Article(id=i, file=f"{i}.txt", format=Format.TEXT, text=t, body=t, offsets=None, offset_ends=None,
                             body_start=0, title=f"T{i}", published=p)
                     for i, t, p in (("a", texts[0], "2024-06-19T10:00:00+09:00"), ("b", texts[1], None)))
    sentences = {a.id: (Sentence(a.id, 0, 0, len(a.text), a.text, Kind.SENTENCE, 0),) for a in articles}
    facts = tuple(Fact(f"{a.id}-0", (ScoredSentence(sentences[a.id][0], (TopicScore("deals", 1.0),), 0.3),))
                  for a in articles)
    page = TopicPage(Topic("deals", "Deals", "d"), tuple(Quote(f, "deals", 1.0) for f in facts))
    pages = Renderer(Dossier(articles=articles, sentences=sentences, pages=(page,), facts=facts)).pages()
    meta = next(line for line in pages["sources/a.md"].splitlines() if "dossier-meta" in line)
    assert md_text("2024-06-19 10:00 UTC+09:00") in meta and "T10" not in meta
    # The home page's date range says how many articles it leaves out.
    assert "published 2024-06-19 (1 without a date)." in pages["index.md"]


def test_a_sentence_cited_by_two_quotes_of_one_page_links_back_once() -> None:
    texts = ["The ministers signed a deal on Monday in the capital city.", "Talks went on late into the night there."]
    article = Article(id="a", file="a.txt", format=Format.TEXT, text=" ".join(texts), body=" ".join(texts),
                      offsets=None, offset_ends=None, body_start=0, title="t")
    one = Sentence("a", 0, 0, len(texts[0]), texts[0], Kind.SENTENCE, 0)
    two = Sentence("a", 1, len(texts[0]) + 1, len(article.text), texts[1], Kind.SENTENCE, 0)
    scored = [ScoredSentence(s, (TopicScore("deals", 1.0),), 0.3) for s in (one, two)]
    facts = (Fact("a-0", (scored[0],)), Fact("a-1", (scored[1],)))
    page = TopicPage(Topic("deals", "Deals", "d"),
                     (Quote(facts[0], "deals", 1.0), Quote(facts[1], "deals", 0.9, also=(scored[0],))))
    md = Renderer(Dossier(articles=(article,), sentences={"a": (one, two)}, pages=(page,), facts=facts)).pages()
    assert md["sources/a.md"].count("#q-a-0)") == 1 and "#q-a-1)" in md["sources/a.md"]
    assert md["sources/a.md"].count("↩ Deals") == 2  # one per sentence


def test_a_sentence_opening_on_a_quotation_is_not_put_in_quotation_marks_again() -> None:
    texts = {"a": '"The economy is in a good place," the chair told reporters on Monday.',
             "b": "The chair told reporters on Monday that the economy was in a good place.",
             "c": "The chair told reporters that the economy was \u201cin a good place.\u201d"}
    articles, scored = _one_sentence_articles(texts)
    page = TopicPage(Topic("deals", "Deals", "d"), tuple(Quote(Fact(f"{i}-0", (s,)), "deals", 1.0)
                                                         for i, s in scored.items()))
    dossier = Dossier(articles=articles, sentences={i: (s.sentence,) for i, s in scored.items()}, pages=(page,),
                      facts=tuple(q.fact for q in page.quotes))
    md = Renderer(dossier).pages()["topics/deals.md"]
    assert "\u201c&#34;The economy" not in md and '</span>&#34;The economy is in a good place,&#34; the chair' in md
    assert "\u201cThe chair told reporters on Monday that the economy was in a good place.\u201d" in md
    # A quotation inside goes between single marks, not double ones closing twice.
    assert "\u2018The chair told reporters that the economy was \u201cin a good place.\u201d\u2019" in md


def test_an_article_without_an_outlet_is_named_by_its_headline_in_quotes_cut_short() -> None:
    from generator.render import outlet
    article = Article(id="a", file="a.txt", format=Format.TEXT, text="x", body="x", offsets=None, offset_ends=None,
                      body_start=0, title="FERRY HORROR! STRICKEN VESSEL DRIFTS INTO HARBOUR WALL AS CREW FLEE",
                      source=None)
    assert outlet(article) == "\u201cFERRY HORROR! STRICKEN VESSEL DRIFTS INTO\u2026\u201d"
    assert outlet(replace(article, title="Ferry deal signed")) == "\u201cFerry deal signed\u201d"
    assert outlet(replace(article, url="https://www.harbour.example/ferry")) == "harbour.example"
    assert outlet(replace(article, source="Harbour Post")) == "Harbour Post"


def test_the_sources_table_drops_an_empty_column_of_originals_and_keeps_dates_whole() -> None:
    index = Renderer(_dossier()).pages()["sources/index.md"]
    assert "| Article | Outlet | Published |\n" in index and "Original" not in index
    with_url = _dossier()
    article = replace(with_url.articles[0], url="https://harbour.example/deal", published="2024-03-30")
    index = Renderer(replace(with_url, articles=(article,))).pages()["sources/index.md"]
    assert "| Original |" in index and 'href="https://harbour.example/deal"' in index
    assert re.search(r'<span class="dossier-date">(2|&#50;)024-03-30</span>', index)


def test_a_statement_of_how_things_stood_is_dated_when_a_newer_article_exists() -> None:
    texts = {"old": "Three of the workers are still missing, officials said on Friday.",
             "done": "Six workers died when the bridge fell into the river.",
             "new": "The last of the six bodies was recovered from the river in May."}
    articles, scored = _one_sentence_articles(texts)
    days = {"old": "2024-04-05T09:00:00", "done": "2024-04-05", "new": "2024-06-13"}
    articles = tuple(replace(a, published=days[a.id]) for a in articles)
    facts = tuple(Fact(f"{i}-0", (scored[i],)) for i in texts)
    page = TopicPage(Topic("deals", "Deals", "d"), tuple(Quote(f, "deals", 1.0) for f in facts))
    sentences = {i: (m.sentence,) for i, m in scored.items()}

    def lines(arts: tuple[Article, ...]) -> dict[str, str]:
        md = Renderer(Dossier(articles=arts, sentences=sentences, pages=(page,), facts=facts)).pages()["topics/deals.md"]
        return {i: next(line for line in md.splitlines() if line.startswith(">") and texts[i][:20] in line) for i in texts}
    shown = lines(articles)
    assert 'class="dossier-asof"' in shown["old"] and "as of 2024-04-05<" in shown["old"]
    assert "the newest article is of 2024-06-13" in shown["old"]
    # A settled fact, and the newest article's own statement, need no date.
    assert "dossier-asof" not in shown["done"] and "dossier-asof" not in shown["new"]
    # Nor is anything dated when the newest article cannot be told (the old one's only date missing)...
    assert all("dossier-asof" not in line for line in lines(tuple(replace(a, published=None) for a in articles)).values())
    # ... nor when a newer article states it too.
    both = Quote(facts[0], "deals", 1.0, also=(scored["new"],))
    md = Renderer(Dossier(articles=articles, sentences=sentences, pages=(replace(page, quotes=(both,)),),
                          facts=facts)).pages()["topics/deals.md"]
    assert "dossier-asof" not in md


@pytest.mark.parametrize("unnamed", ["He said it would carry 9,000 cars a day.",
                                     "\u201cTraffic will reach 9,000 cars a day,\u201d he said.",
                                     "That choice of route means 9,000 cars a day will cross it."])
def test_a_quote_that_does_not_say_who_it_speaks_of_shows_the_sentence_before_it(unnamed: str) -> None:
    texts = ["Harbour News", "The mayor opened the <b>bridge</b> on Monday.", unnamed,
             "Engineers tested the deck for a week."]
    kinds = [Kind.HEADING, Kind.SENTENCE, Kind.SENTENCE, Kind.SENTENCE]
    body = " ".join(texts)
    article = Article(id="a", file="a.txt", format=Format.TEXT, text=body, body=body, offsets=None,
                      offset_ends=None, body_start=0, title="Bridge", source="Harbour News")
    sentences, start = [], 0
    for i, (t, k) in enumerate(zip(texts, kinds)):
        sentences.append(Sentence("a", i, start, start + len(t), t, k, 0))
        start += len(t) + 1
    facts = tuple(Fact(f"a-{s.index}", (ScoredSentence(s, (TopicScore("deals", 1.0),), 0.3),)) for s in sentences[1:])
    page = TopicPage(Topic("deals", "Deals", "d"), tuple(Quote(f, "deals", 1.0) for f in facts))
    md = Renderer(Dossier(articles=(article,), sentences={"a": tuple(sentences)}, pages=(page,),
                          facts=facts)).pages()["topics/deals.md"]
    context = [line for line in md.splitlines() if "dossier-context" in line]
    # Only "He said ..." gets one, inside its own blockquote, right after it, and escaped as the quote is.
    assert context == ['> <span class="dossier-context">The sentence before it in the article: '
                       '\u201cThe mayor opened the &#60;b&#62;bridge&#60;/b&#62; on Monday.\u201d</span>']
    lines = md.splitlines()
    at = lines.index(context[0])
    assert lines[at - 2].startswith("> ") and "9,000 cars a day" in lines[at - 2] and lines[at - 1] == ">"
    # After a headline there is no sentence before to show.
    first = replace(sentences[1], text="He opened the bridge on Monday.")
    fact = Fact("a-1", (ScoredSentence(first, (TopicScore("deals", 1.0),), 0.3),))
    md = Renderer(Dossier(articles=(article,), sentences={"a": (sentences[0], first)}, facts=(fact,),
                          pages=(TopicPage(page.topic, (Quote(fact, "deals", 1.0),)),))).pages()["topics/deals.md"]
    assert "dossier-context" not in md


def test_the_sources_page_names_the_files_left_out_or_read_with_a_caveat() -> None:
    dossier = replace(_dossier(), problems=(Problem("empty|<b>.txt", "the file is empty"),
                                            Problem("fr.md", "does not read as English", skipped=False)))
    index = Renderer(dossier).pages()["sources/index.md"]
    section = index.split("## Files left out or read with a caveat\n\n", 1)[1]
    assert section.splitlines()[2:] == [
        "| <code>empty&#124;&#60;b&#62;.txt</code> | left out: the file is empty |",
        "| <code>fr.md</code> | read: does not read as English |"]
    assert "## Files left out" not in Renderer(_dossier()).pages()["sources/index.md"]


def _quoting_the_lead_in(tmp_path: Path, name: str, text: str, starts: str | None = None) -> str:
    """The topic page of a dossier quoting the sentence of ``text`` that ends on a colon (or starts with
    ``starts``), ``text`` being read and split as the article file ``name``."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    article, _ = load_article(path, name, "a", path.read_bytes())
    sentences = tuple(segment(article))
    lead = next(s for s in sentences if (s.text.startswith(starts) if starts else s.text.endswith(":")))
    fact = Fact(f"a-{lead.index}", (ScoredSentence(lead, (TopicScore("deals", 1.0),), 0.3),))
    page = TopicPage(Topic("deals", "Deals", "d"), (Quote(fact, "deals", 1.0),))
    return Renderer(Dossier(articles=(article,), sentences={"a": sentences}, pages=(page,),
                            facts=(fact,))).pages()["topics/deals.md"]


def test_a_quotation_under_its_speaker_s_name_shows_that_line(tmp_path: Path) -> None:
    text = ("Leaders react to the attack\n\nThe prime minister was shot on Wednesday after a meeting, police said.\n\n"
            "Following are reactions:\n\nBRITISH PRIME MINISTER JANE ROE\n\n"
            "\u201cShocked to hear this awful news. All our thoughts are with him.\u201d\n\n"
            "The minister said the suspect was detained at the scene by the guards.\n")
    md = _quoting_the_lead_in(tmp_path, "a.md", text, starts="\u201cShocked")
    assert [line for line in md.splitlines() if "dossier-context" in line] == [
        '> <span class="dossier-context">The line above it in the article: '
        '\u201cBRITISH PRIME MINISTER JANE ROE\u201d</span>']
    # A quotation that names who said it, and a sentence under a heading, need no such line.
    for starts, changed in (("\u201cShocked", ("him.\u201d\n", "him,\u201d she said.\n")),
                            ("The minister", ("Following are reactions:", "Following are reactions"))):
        md = _quoting_the_lead_in(tmp_path, "b.md", text.replace(*changed), starts=starts)
        assert "dossier-context" not in md


_LIST = ("The council published its budget on Monday, setting out where the money goes this year:\n\n"
         "- Roads: 4.2 million for resurfacing the ring road.\n"
         "- Schools: 3.1 million, up from 2.5 million.\n  The rise pays for two classrooms.\n"
         "- **Libraries.**\n\n"
         "The vote is due on 12 March, when the council meets again in full.\n")


@pytest.mark.parametrize(("name", "text"), [
    ("budget.md", _LIST),
    ("budget.html", "<html><body><article><h1>Budget</h1><p>The council published its budget on Monday, setting out "
                    "where the money goes this year:</p><ul><li>Roads: 4.2 million for resurfacing the ring road.</li>"
                    "<li>Schools: 3.1 million, up from 2.5 million. The rise pays for two classrooms.</li><li><b>"
                    "Libraries.</b></li></ul><p>The vote is due on 12 March, when the council meets again in full.</p>"
                    "</article></body></html>"),
])
def test_a_quote_introducing_a_list_shows_the_items_that_follow_it(tmp_path: Path, name: str, text: str) -> None:
    md = _quoting_the_lead_in(tmp_path, name, text)
    quote = md[md.index("> <span class=\"dossier-anchor\""):]
    quote = quote[:quote.index("\n\n")]  # the quote's blockquote
    html = markdown.markdown(quote, extensions=["footnotes"])
    items = [re.sub(r"<[^>]+>", "", li) for li in re.findall(r"<li>(.*?)</li>", html, re.S)]
    # Every item, word for word, in the quote's own blockquote; an item's second sentence goes with it; the
    # paragraph after the list is no item.
    assert html.startswith("<blockquote>") and html.count("<blockquote>") == 1 and "What follows in the article" in html
    assert [html_module.unescape(i) for i in items] == [
        "\u201cRoads: 4.2 million for resurfacing the ring road.\u201d",
        "\u201cSchools: 3.1 million, up from 2.5 million. The rise pays for two classrooms.\u201d",
        "\u201cLibraries.\u201d"]
    assert "The vote is due" not in md


def test_a_long_list_is_cut_and_a_colon_before_a_paragraph_shows_nothing(tmp_path: Path) -> None:
    items = "".join(f"- Item {n}: the ward gets {n} new benches this year.\n" for n in range(1, LISTED_AFTER + 3))
    md = _quoting_the_lead_in(tmp_path, "a.md", "The council listed the wards that gain benches:\n\n" + items)
    assert md.count('> - <span class="dossier-context">') == LISTED_AFTER + 1
    assert "> - <span class=\"dossier-context\">and 2 more in the article</span>" in md
    md = _quoting_the_lead_in(tmp_path, "b.md", "The mayor said one thing mattered most:\n\n"
                                                "The bridge must reopen before the winter comes.\n")
    assert "What follows" not in md


_POST = ("Today in Kyiv, Prime Minister Jan Novak and I honoured the memory of the children killed in the "
         "strikes. Children of all countries deserve to live in safety. We must make this possible, {who} said "
         "on X. He then met the press at the museum with his guest.\n\nPetrenko spoke again on Friday evening.\n")


@pytest.mark.parametrize(("who", "shown"), [
    ("Petrenko", "\u201cChildren of all countries deserve to live in safety. We must make this possible, "
                 "Petrenko said on X.\u201d"),
    ("he", None),  # no name: nothing to show
])
def test_an_unquoted_statement_in_the_first_person_shows_who_makes_it(tmp_path: Path, who: str,
                                                                       shown: str | None) -> None:
    md = _quoting_the_lead_in(tmp_path, "a.md", _POST.format(who=who), starts="Today in Kyiv")
    context = [html_module.unescape(line) for line in md.splitlines() if "dossier-context" in line]
    # In the quote's blockquote, the sentences down to the one naming the speaker, and no further.
    assert context == ([f'> <span class="dossier-context">Who says it, as the article goes on: {shown}</span>']
                       if shown else [])
    # A statement in quotation marks names its speaker, or the sentence before it does.
    quoted = _POST.format(who="Petrenko").replace("Today in Kyiv, Prime Minister Jan Novak and I honoured",
                                                   "\u201cToday in Kyiv, Prime Minister Jan Novak and I honoured")
    quoted = quoted.replace("in the strikes.", "in the strikes.\u201d")
    assert "Who says it" not in _quoting_the_lead_in(tmp_path, "b.md", quoted, starts="\u201cToday in Kyiv")


@pytest.mark.parametrize(("dates", "shown"), [
    (("2024-09-18", "2024-09-20"), "2024-09-18"),  # the year of the other articles
    (("2023-12-30", "2024-01-02"), None),  # a September 18 of neither year lies near both
    ((None, None), None),  # no dated article to take a year from
])
def test_an_undated_article_shows_the_day_its_dateline_gives_with_the_corpus_year(
        tmp_path: Path, dates: tuple[str | None, str | None], shown: str | None) -> None:
    from insights_support import article, dossier_of

    body = ("The central bank cut its main interest rate by half a point on Wednesday, its first cut in four "
            "years, and signalled more to come before the end of the year.")
    files = {"a.md": article("Wire", "WASHINGTON, Sept 18 (Capital Wire) - " + body, source="Capital Wire"),
             "b.md": article("B", body, source="Beta", published=dates[0]),
             "c.md": article("C", body, source="Gamma", published=dates[1])}
    pages = Renderer(dossier_of(tmp_path, files)).pages()
    row = next(line for line in pages["sources/index.md"].splitlines() if line.startswith("| [Wire]"))
    day = re.search(r'<span class="dossier-date">([^<]*)</span>', row)
    if shown is None:
        assert day is None and row.endswith("| — |") and "inferred" not in "".join(pages.values())
        return
    assert day is not None and html_module.unescape(day.group(1)) == shown and "(year inferred)</small>" in row
    # The article's own page says so too; a dated article's row is as it was.
    assert "(year inferred)</small>" in pages["sources/a.md"]
    assert "inferred" not in next(line for line in pages["sources/index.md"].splitlines() if line.startswith("| [B]"))
