"""Stage 5, select: choose each topic page's facts, drop repeats, and order them by importance.

1. A fact goes on the page of the topic it serves best, and on a second page when it serves that one
   almost as well (the signing of a treaty is agenda; its mutual-defence clause is also a risk).
2. On a page, facts are ranked by topic fit, corroboration (how many articles state it) and
   salience (how central it is to the corpus).
3. Walking down the ranking, a fact that restates one already on the page is not shown again: its
   articles are cited beside the quote already there instead (:mod:`generator.restate` tells
   restatements; commentary and facts borrowed from their home page are walked after the reported
   facts and held to its looser test).
4. A page stops when facts fall far below its best ones, rather than padding itself with weak quotes
   (one fact that every outlet reports counts for no more than half as much again as the next best, or
   it would cut the page down to itself); only a fact squarely on its topic and of some substance,
   which one outlet alone may report, is still taken past that point while the page has room.
5. A page left with room then borrows facts that other pages quote (or cite as restated) and that serve
   it nearly as well as their own topic: strong facts, not weak ones, about two topics at once (a
   border long at war is both background and risk). Borrowed, they are held to the looser test of
   restating.
6. A fact quoted on two pages cites the same articles on each (:func:`agree_citations`).
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

from generator import embed
from generator.records import Fact, Quote, ScoredSentence, Topic, TopicPage
from generator.restate import COMPARED, POOL_WORDS, Draft, Pool, interpretive
from generator.similarity import weighted_terms
from generator.textutil import content_stems, dangling, specificity

MIN_SCORE = 0.35
"""A fact below this topic score (1 = a typical strong sentence for the topic) is never shown. On the
fourteen labelled corpora besides the seed (recall / precision / corroboration 0.777 / 0.759 / 0.816),
0.45 gave 0.737 / 0.787 / 0.803 (the seed corpus's precision 0.907 -> 0.942) and 0.28 gave
0.779 / 0.754 / 0.815: a trade, not a gain. Holding only facts that one article states to 0.55 gave
0.704 / 0.762 / 0.783 (the seed corpus's recall 0.902 -> 0.805): many key facts have one source.
A small corpus holds its facts to more: see :func:`min_score`."""
FEW = 15
"""Facts per topic below which a corpus is small, and its bar rises (:func:`min_score`)."""
SMALL_LIFT = 0.3
"""The most :func:`min_score` raises the bar above MIN_SCORE (for a corpus of next to no facts); at half
FEW facts per topic it raises it by half as much."""
RELATIVE = 0.8
"""A fact also serves a second topic when that topic scores at least this share of its best one. On
thirteen labelled corpora a quote on its fact's second page is right half the time (48 of 98 judged),
on its first page 78% (541 of 696), yet what takes its place when second pages are held to more is no
better: asking a second page for a score of 0.5 (0.7) besides moved recall / precision from
0.748 / 0.731 to 0.744 / 0.730 (0.727 / 0.721). On the fourteen labelled corpora besides the seed
(0.777 / 0.759 / 0.816), RELATIVE 0.7 gave 0.771 / 0.764 / 0.815 (the seed corpus's recall 0.902 ->
0.878) and 0.9 gave 0.765 / 0.748 / 0.818 (its precision 0.907 -> 0.877)."""
CUTOFF = 0.25
"""A page stops at facts whose rank is below this share of the page's best fact ..."""
DOMINANT = 1.5
"""... where the page's best fact counts for at most this many times its second best: one fact that
every outlet reports ranks far above the rest, and would otherwise cut its page down to itself (a
security page left with the count of police on duty, the perimeter, airspace closure and snipers cut
off). Tried 1.5, 1.75 and 2 and following the second best alone on twelve corpora: 1.5 gained most
recall with no loss of precision (following the second best alone lost 0.014 of it), and the seed
corpus's export is unchanged."""
STRONG = 0.6
"""... except those this well on its topic (topic score times :func:`primacy`) and of some substance
(SUBSTANCE): rank weighs corroboration and salience, which a detail squarely on the topic may lack
(one outlet's account of how the lander picked a safe spot is as much the landing page's fact as the
touchdown itself), so a page with room left takes it. Swept 0.5-0.8 on nine corpora (before
SUBSTANCE): 0.6 gained most recall and precision together; at 0.5 quotes per fact rose to 1.56 on one
corpus. With SUBSTANCE, at 0.6, recall rose on three corpora and fell on none (without the topics'
cues, it fell on one of nine), and the seed corpus's export is unchanged."""
SUBSTANCE = 6
"""Content words a strong fact past the cut-off must have: a short sentence dense in a topic's words
("The controversy is harder to judge.") scores high on it and says little."""
FILL_RELATIVE = 0.65
"""A page with room left also takes a fact quoted on another page that serves it at least this share
of its best topic (see :func:`_fill`). Tried 0.6 and 0.72 on fourteen labelled corpora: recall /
precision / corroboration 0.739 / 0.728 / 0.804 became 0.743 / 0.726 / 0.803 (the seed corpus's
precision 0.942 -> 0.895) and 0.738 / 0.740 / 0.797 (its recall 0.927 -> 0.902)."""
FILL_SHARE = 0.8
"""Share of ``max_quotes`` (rounded up) to which a page fills with facts of other pages (see
:func:`_fill`): borrowing is for a page short of facts, and the wrong page for the borrowed fact more
often than the right one (on the fifteen labelled corpora 17 of 53 borrowed quotes were right). At 0.8
(ten of twelve) recall held on every one of the fourteen besides the seed, precision rose on eight and
fell on three: their recall / precision / corroboration 0.777 / 0.753 / 0.817 became 0.777 / 0.764 /
0.817 (the seed corpus 0.902 / 0.911 / 0.823 -> 0.902 / 0.909 / 0.823; without the topics' cues 0.692 /
0.678 / 0.802 -> 0.689 / 0.687 / 0.806). Fewer (six, seven, eight, nine of twelve) gave 0.768 / 0.775,
0.771 / 0.772, 0.773 / 0.767 and 0.776 / 0.765 (the seed corpus's recall 0.878 at six and seven); at
most one, two or four borrowed facts a page, 0.769 / 0.763, 0.776 / 0.759 and 0.777 / 0.754."""
MAX_PAGES = 2
"""Pages a fact is quoted on at most: its best and one it serves almost as well. In a small corpus, or one
whose topics overlap, a fact can score close to its best on three topics or more; quoted on each, it
would crowd pages that have facts of their own. On the fifteen labelled corpora 6 quotes of about 900 were
a fact's third page."""
SECONDARY_PENALTY = 2.0
"""Exponent on (score on this page / best score): how far a fact sinks on its second page. Tried 4 and 8
on thirteen corpora: recall / precision 0.748 / 0.731 became 0.746 / 0.730 and 0.737 / 0.720, and the
seed corpus's recall fell from 0.927 to 0.902."""
CORROBORATION_WEIGHT = 0.5
"""Rank gained by each doubling of the sentences stating a fact (:func:`rank`). On fourteen labelled
corpora (recall / precision / corroboration 0.739 / 0.728 / 0.802): 0.3 gave 0.738 / 0.712 / 0.810,
0.8 gave 0.709 / 0.720 / 0.800 and 1.2 0.691 / 0.719 / 0.792, with fewer quotes shown (the cut-off
follows the best-ranked fact, CUTOFF). Quotes cited by several articles are nearly all key facts
(415 of 440 hold a labelled key fact, against 290 of 461 cited by one), but counting at rank time the
articles that paraphrase a fact by meaning (as :meth:`~generator.restate.Draft.corroborate` later cites them) did no
better: weighed as members, 0.733 / 0.724 (0.3) and 0.724 / 0.719 (0.5), the seed corpus's recall
0.927 -> 0.829; a fact no other article states ranked down by 0.8, 0.711 / 0.722."""
SPECIFIC_WEIGHT = 0.3
"""How much concreteness (names, numbers, quoted words) counts in a fact's rank."""
DANGLING_RANK = 0.8
"""Rank kept by a fact whose quote opens on a pronoun: it does not stand on its own."""
SCANNED = 5
"""A page looks at most this many times ``max_quotes`` candidates (restatements are merged in)."""
LOOKAHEAD = 12
"""Candidate leads encoded together as a page's walk reaches them."""

CONSENSUS = 0.15
"""Share of a fact's topic score that is the mean of all its sentences' scores, each article's sentence
weighing alike (a sentence lacking the topic adds 0): the articles that state a fact agree better on
what it is about than the quoted sentence alone, whose neighbours in its article can pull it towards
another topic. On the fourteen labelled corpora besides the seed, recall / precision / corroboration
0.772 / 0.756 / 0.819 became 0.779 / 0.758 / 0.818 (recall rose on four corpora and fell on none; the
seed corpus 0.902 / 0.907 / 0.823 -> 0.902 / 0.911 / 0.823); 0.3 gave 0.777 / 0.758 / 0.819, 0.45
0.776 / 0.759 / 0.827 and 0.6 0.769 / 0.754 / 0.828. Without the topics' cues (``--no-cues``) 0.15
left them where they were (0.692 / 0.686 / 0.814 -> 0.694 / 0.685 / 0.811)."""


def fact_score(fact: Fact, topic: str) -> float:
    """The topic score of a fact: its quoted sentence's, lifted a little by agreeing articles and
    drawn towards what all its sentences score (CONSENSUS)."""
    return _combined(fact.lead.score(topic), [m.score(topic) for m in fact.members[1:]], len(fact.members))


def _combined(lead: float, others: list[float], members: int) -> float:
    """A fact's score on one topic from its quoted sentence's (``lead``) and the other sentences' that
    have the topic (``others``, in any order), of ``members`` sentences in all."""
    lifted = lead + 0.1 * sum(heapq.nlargest(2, others))  # the two best, best first
    if members == 1:
        return lifted
    return (1 - CONSENSUS) * lifted + CONSENSUS * math.fsum([lead, *others]) / members  # fsum: order-free


def fact_scores(fact: Fact, topics: Sequence[str]) -> dict[str, float]:
    """:func:`fact_score` for every topic, reading each sentence's scores once (a reprinted fact has
    hundreds of sentences)."""
    scores = dict.fromkeys(topics, 0.0)
    for s in fact.lead.scores:
        if s.topic in scores:
            scores[s.topic] = s.score
    if len(fact.members) > 1:
        others: dict[str, list[float]] = {}
        for m in fact.members[1:]:
            for s in m.scores:
                others.setdefault(s.topic, []).append(s.score)
        for t in topics:
            scores[t] = _combined(scores[t], others.get(t, []), len(fact.members))
    return scores


def min_score(facts: int, topics: int) -> float:
    """The topic score a fact needs to be shown, in a corpus of ``facts`` facts on ``topics`` topics.

    Topic scores are scaled so that each topic's few best sentences score 1 (classify's TOP_K). In a
    corpus of few facts per topic, those few best are a large share of all its sentences, and a topic
    with few facts of its own is scaled up by sentences that are not its own: two or three short
    articles gave pages that quoted nearly every sentence, many on the wrong page. So below FEW facts
    per topic the bar rises, by SMALL_LIFT / 2 at half FEW, for facts that one sentence alone states
    (:func:`_bar`). On the first two articles of each of the fifteen labelled corpora (35 to 64 facts
    on 5 or 6 topics; scored against the whole corpora's labels, so recall is capped) recall /
    precision / corroboration 0.575 / 0.630 / 0.426 became 0.545 / 0.698 / 0.423, with 40 quotes a
    corpus instead of 48; on their first three articles 0.624 / 0.653 / 0.526 became
    0.604 / 0.695 / 0.514, and repeated facts 6.7 -> 5.6. Raising the bar for every fact alike gave
    0.536 / 0.706 on two articles, and left the most widely reported fact of a small test corpus
    unshown; a fixed MIN_SCORE of 0.5 or 0.65, 0.538 / 0.703 and 0.420 / 0.770; capping pages at one
    fact in nine or twelve of the corpus's, 0.464 / 0.709 and 0.427 / 0.752; dividing every topic
    score instead (which lowers every bar of classify and select alike), 0.537 / 0.642. The fifteen
    whole corpora (92 to 152 facts) are unchanged, with the topics' cues and without."""
    return MIN_SCORE + SMALL_LIFT * min(1.0, max(0.0, 1 - facts / (FEW * max(topics, 1))))


def serves(scores: dict[str, float], topic: str, bar: float = MIN_SCORE) -> bool:
    """Whether a fact with these topic scores belongs on ``topic``'s page, shown from ``bar`` up
    (:func:`min_score`)."""
    own = scores[topic]
    return own >= bar and own >= RELATIVE * max(scores.values())


def primacy(scores: dict[str, float], topic: str) -> float:
    """1 on the fact's best page, less on a page it serves second: there it ranks below the page's own facts.

    A fact whose two best topics are close is placed less reliably (on the 1,858 labelled sentences of
    ``make bench-topics``, the best topic is right for 0.61 of those within a fifth of their second,
    0.90 of those more than half above it), but ranking such facts lower on every page only trades
    recall for precision: rank times 1 - m x (1 - min(1, margin / 0.5)) gave, on the fourteen labelled
    corpora besides the seed (0.777 / 0.759 / 0.816), 0.763 / 0.763 / 0.820 at m = 0.3 and
    0.728 / 0.771 / 0.809 at m = 0.6 (the seed corpus's recall 0.902 -> 0.829 and 0.659)."""
    best = max(scores.values())
    return (scores[topic] / best) ** SECONDARY_PENALTY if best > 0 else 0.0


def rank(fact: Fact, score: float) -> float:
    """Page order: topic fit (``score``), times corroboration, times salience, times concreteness, less
    for a quote that opens on a pronoun.

    Short quotes cited by one article seldom hold a key fact (on the fifteen labelled corpora, 27 of 74
    under 15 words did, against 0.70 of longer ones): they are a paragraph's framing ("Recovery has
    been the slow part."). Ranking them lower, times min(1, content words / 9), or its square root with
    12, moved the fourteen corpora besides the seed from 0.777 / 0.759 / 0.816 to 0.773 / 0.752 / 0.818
    and 0.775 / 0.754 / 0.816 (the seed corpus's recall 0.902 -> 0.878 with the second)."""
    concrete = 1 - SPECIFIC_WEIGHT + SPECIFIC_WEIGHT * specificity(fact.lead.sentence.text)
    alone = DANGLING_RANK if dangling(fact.lead.sentence.text) else 1.0
    return _reach(fact, score) * concrete * alone


def _reach(fact: Fact, score: float) -> float:
    """The part of :func:`rank` that does not read the quote's text: the most the fact can rank."""
    return score * (1 + CORROBORATION_WEIGHT * math.log2(len(fact.members))) * (0.5 + fact.lead.salience)


def _best_ranked(serving: Sequence[tuple[float, float, Fact]], keep: int) -> list[tuple[float, Fact]]:
    """The ``keep`` best of a page's facts by rank (:func:`rank` times primacy), best first, ties by id.

    Given as (topic score, primacy, fact). Ranking reads each quote's text, so facts are ranked in the
    order of an upper bound of their rank (what :func:`rank` multiplies by factors of at most 1 left
    out), and the walk stops once the bound falls below the ``keep``-th best rank found: the facts
    left could not enter. Rounding is monotonic, so the bound holds in floating point too.
    """
    if keep <= 0:
        return []
    bounded = sorted(((_reach(fact, score) * first, score, first, fact) for score, first, fact in serving),
                     key=lambda x: (-x[0], x[3].id))
    best: list[tuple[float, Fact]] = []
    floor: list[float] = []  # the keep best ranks so far, as a min-heap
    for bound, score, first, fact in bounded:
        if len(floor) == keep and bound < floor[0]:
            break
        value = rank(fact, score) * first
        best.append((value, fact))
        if len(floor) < keep:
            heapq.heappush(floor, value)
        elif value > floor[0]:
            heapq.heapreplace(floor, value)
    best.sort(key=lambda x: (-x[0], x[1].id))
    return best[:keep]




def _place(page: Draft, fact: Fact, score: float, max_quotes: int, shared: list[float] | None = None) -> None:
    """Add ``fact`` to ``page``, or cite its articles beside the quote it restates."""
    restated = page.restated_by(fact, shared)
    if restated is not None:
        page.absorb(restated, fact)
        page.restated.append(fact)
    elif len(page.quotes) < max_quotes:
        page.quotes.append((fact, score, []))


Served = dict[int, tuple[Fact, tuple[tuple[int, float, float], ...], dict[str, float]]]
"""Per fact (by identity, the fact kept alive beside it): the pages it serves, as (topic number, topic
score, primacy), and its :func:`fact_scores` (empty for a fact that serves no page). Select's later
rounds in a run meet mostly the same facts: these are worked out once."""


Loose = list[tuple[int, Fact, bool]]
"""A page's loose restatements (see :meth:`~generator.restate.Draft.commented_on`): the index of the
quote each restates, the fact, and whether it shares words with the quote
(:data:`~generator.restate.POOL_WORDS`), so that it may be cited beside it on being on the same fact
in meaning alone."""


def _serving(facts: Sequence[Fact], topics: Sequence[Topic], served: Served,
             bar: float) -> list[list[tuple[float, float, Fact]]]:
    """Per topic, (topic score, primacy, fact) for the facts that serve it, in the order of ``facts``; a
    fact that one sentence alone states, from ``bar`` up (:func:`_bar`)."""
    serving: list[list[tuple[float, float, Fact]]] = [[] for _ in topics]
    ids = [t.id for t in topics]
    for fact in facts:
        known = served.get(id(fact))
        if known is None:
            pages: tuple[tuple[int, float, float], ...] = ()
            scores: dict[str, float] = {}
            # A lone sentence below MIN_SCORE everywhere serves no page (scores are best first).
            if len(fact.members) > 1 or (fact.lead.scores and fact.lead.scores[0].score >= MIN_SCORE):
                scores = fact_scores(fact, ids)
                own = _bar(fact, bar)
                pages = _best_pages((n, scores[t], primacy(scores, t)) for n, t in enumerate(ids)
                                    if serves(scores, t, own))
            known = served[id(fact)] = (fact, pages, scores)
        for n, score, first in known[1]:
            serving[n].append((score, first, fact))
    return serving


def _bar(fact: Fact, bar: float) -> float:
    """The topic score ``fact`` needs to be shown: ``bar`` (:func:`min_score`) when one sentence alone
    states it, MIN_SCORE when several do (a fact that two articles report is not padding)."""
    return bar if len(fact.members) == 1 else MIN_SCORE


def _best_pages(pages: Iterable[tuple[int, float, float]]) -> tuple[tuple[int, float, float], ...]:
    """The MAX_PAGES of ``pages`` (topic number, score, primacy) that score best (on a tie, the first
    topic), in topic order."""
    return tuple(sorted(sorted(pages, key=lambda p: (-p[1], p[0]))[:MAX_PAGES]))


def select(facts: Sequence[Fact], topics: Sequence[Topic], max_quotes: int,
           meaning: embed.Meaning | None = None, served: Served | None = None,
           pool: Sequence[ScoredSentence] = ()) -> tuple[TopicPage, ...]:
    """One page per topic, in configured order, each with its quotes best first.

    ``meaning`` compares sentences by embedding (a fresh budget when not given); ``served`` remembers
    which pages each fact serves, for the next round of the same run."""
    meaning = meaning or embed.Meaning()
    served = {} if served is None else served
    bar = min_score(len(facts), len(topics))
    serving = _serving(facts, topics, served, bar)
    ranked = [_best_ranked(c, SCANNED * max_quotes) for c in serving]
    borrowed = [{fact.id for _, first, fact in c if first < 1.0} for c in serving]
    strong = [{fact.id for score, first, fact in c if _strong(fact, score * first)} for c in serving]
    # Only the facts a page looks at are compared for restatements.
    members = sorted({(m.sentence.article_id, m.sentence.index): m for c in ranked for _, f in c
                      for m in f.members[:COMPARED]}.items())
    text_row: dict[str, int] = {}
    rows = {key: text_row.setdefault(m.sentence.text, row) for row, (key, m) in enumerate(members)}
    # The pool's texts too, once each (a quote is compared with them in words before citing them).
    pooled = [t for t in dict.fromkeys(m.sentence.text for m in pool) if t not in text_row]
    text_row.update((t, len(members) + k) for k, t in enumerate(pooled))
    rows.update(((m.sentence.article_id, m.sentence.index), text_row[m.sentence.text]) for m in pool)
    terms = weighted_terms([m.sentence.text for _, m in members] + pooled)
    # The cut-off follows each page's best fact (see DOMINANT), but never drops below a share of a
    # typical page's best: a page whose best facts are weak stays short instead of scraping the bottom.
    follows = [_cut_off_rank(c) for c in ranked]
    typical = sorted(follows)[len(follows) // 2]
    # Sentence embeddings are dear: encode first the leads pages will reach, the best-ranked
    # of every page first; the walk encodes any further ones. Half the budget at most: checking what
    # the shown facts cite (generator.verify) needs the rest.
    leads = [c[k][1].lead.sentence for k in range(max_quotes) for c in ranked if k < len(c)]
    meaning.prepare([s.text for s in leads], share=0.5)
    meaning.calibrate([(s.article_id, s.text) for s in leads])
    walked = [_walk(Draft(terms, rows, meaning), candidates, max(follows[n_page], typical),
                    borrowed[n_page], strong[n_page], max_quotes) for n_page, candidates in enumerate(ranked)]
    _fill(walked, [t.id for t in topics], max_quotes, served, bar)
    encoded = Pool(pool, meaning) if pool else None
    return agree_citations(tuple(_finish(topic, page, loose, encoded) for topic, (page, loose) in zip(topics, walked)))


def agree_citations(pages: Sequence[TopicPage]) -> tuple[TopicPage, ...]:
    """``pages`` with a fact quoted on two pages citing the same articles on each.

    Each page cites beside a quote the restatements it met on its own walk, so one quote could show three
    sources on one page and two on the other. Each copy of the quote keeps its own citations and gains,
    for each article it lacks, the sentence another copy cites (in page order); never a sentence quoted
    on that page itself, as :meth:`~generator.restate.Draft.corroborate` cites none."""
    cited: dict[str, dict[str, ScoredSentence]] = {}
    for page in pages:
        for q in page.quotes:
            by_article = cited.setdefault(q.fact.id, {})
            for m in q.also:
                by_article.setdefault(m.sentence.article_id, m)
    out = []
    for page in pages:
        quoted = {_sentence_key(q.fact.lead) for q in page.quotes}
        quotes = []
        for q in page.quotes:
            has = set(q.articles)
            added = tuple(m for article, m in cited[q.fact.id].items()
                          if article not in has and _sentence_key(m) not in quoted)
            quotes.append(replace(q, also=q.also + added) if added else q)
        out.append(replace(page, quotes=tuple(quotes)))
    return tuple(out)


def _sentence_key(m: ScoredSentence) -> tuple[str, int]:
    return m.sentence.article_id, m.sentence.index


def _cut_off_rank(ranked: Sequence[tuple[float, Fact]]) -> float:
    """The rank a page's cut-off follows, from its facts' ranks best first: the best, but no more than
    DOMINANT times the second best."""
    if len(ranked) < 2:
        return ranked[0][0] if ranked else 0.0
    return min(ranked[0][0], DOMINANT * ranked[1][0])


def _strong(fact: Fact, fit: float) -> bool:
    """Whether a fact that fits a page this well (topic score times primacy) is shown there past the
    page's cut-off, when there is room (see STRONG)."""
    return fit >= STRONG and len(content_stems(fact.lead.sentence.text)) >= SUBSTANCE


def _walk(page: Draft, candidates: Sequence[tuple[float, Fact]], top: float, borrowed: set[str],
          strong: set[str], max_quotes: int) -> tuple[Draft, Loose]:
    """Place a page's ranked candidates down to its cut-off (``top`` is the rank the cut-off follows),
    and the ``strong`` ones past it (see STRONG). Returns the page and the loose restatements met
    (see :data:`Loose`), to cite at the end.

    Measured and not kept: walking last, or leaving out, a fact that adds few words to the page (fewer
    than a share of its content stems absent from the quotes placed above it, as maximal marginal
    relevance ranks for novelty), so that a full page takes new facts instead of restatements. On the
    fourteen labelled corpora besides the seed (recall / precision / corroboration 0.775 / 0.764 /
    0.820, 14.8 repeated facts), walked last at a share of 0.3, 0.4 and 0.5: 0.775 / 0.761 / 0.820,
    0.777 / 0.762 / 0.819 and 0.780 / 0.754 / 0.810 (the seed corpus's recall 0.902 -> 0.854 at 0.5);
    left out at 0.25 and 0.4: 0.774 / 0.764 / 0.819 and 0.776 / 0.761 / 0.814 (the seed's recall
    0.878), repeated facts 14.6 and 14.1. The facts that add few words still hold their own key facts."""
    candidates = [(score, fact) for score, fact in candidates if score >= CUTOFF * top or fact.id in strong]
    # Reported facts are walked first, interpretive sentences after them: one that restates a fact
    # the page quotes is cited beside it rather than quoted again. So is a fact whose home is another
    # page when it restates one already here (it is borrowed only to supply what the page lacks).
    comments: list[tuple[float, Fact]] = []
    loose: Loose = []
    for k, (score, fact) in enumerate(candidates):
        if k % LOOKAHEAD == 0:  # the coming leads are charged to the budget together, in page order
            page.meaning.prepare([f.lead.sentence.text for _, f in candidates[k:k + LOOKAHEAD]])
        if interpretive(fact.lead.sentence.text):
            comments.append((score, fact))
        elif fact.id in borrowed:
            _place_loosely(page, fact, score, max_quotes, loose)
        else:
            _place(page, fact, score, max_quotes)
    for score, fact in comments:
        _place_loosely(page, fact, score, max_quotes, loose)
    return page, loose


def _place_loosely(page: Draft, fact: Fact, score: float, max_quotes: int, loose: Loose) -> None:
    """:func:`_place` for a fact held to the looser test of restating (a comment, a borrowed fact): one
    that loosely restates a quote is noted in ``loose``, to be cited beside it (see :data:`Loose`)."""
    shared = page.shared(fact)
    n = page.commented_on(fact, shared)
    if n is not None:
        loose.append((n, fact, shared[n] >= POOL_WORDS))
    else:
        _place(page, fact, score, max_quotes, shared)


def _fill(walked: Sequence[tuple[Draft, Loose]], ids: Sequence[str], max_quotes: int,
          served: Served, bar: float) -> None:
    """Let each page with room left borrow, best ranked first, the facts another page quotes or cites
    as restated that serve it at least FILL_RELATIVE as well as their best topic (below RELATIVE: the
    others serve it already) and reach their bar on it (:func:`_bar`), until it holds FILL_SHARE of
    ``max_quotes``. They are held to the looser test of restating, as borrowed facts are (one that
    restates a quote is still cited beside it once the page holds that many)."""
    quoted: dict[str, tuple[Fact, dict[str, float]]] = {}
    for page, _ in walked:
        for fact in [f for f, _, _ in page.quotes] + page.restated:
            if fact.id not in quoted:
                quoted[fact.id] = (fact, served[id(fact)][2])  # every fact a page walked serves a page
    filled = math.ceil(FILL_SHARE * max_quotes)
    for (page, loose), topic in zip(walked, ids):
        if len(page.quotes) >= max_quotes:
            continue
        here = {f.id for f, _, _ in page.quotes}
        shown = Counter(f.id for other, _ in walked for f, _, _ in other.quotes)
        options = [(rank(fact, scores[topic]) * primacy(scores, topic), fact) for fact, scores in quoted.values()
                   if fact.id not in here and shown[fact.id] < MAX_PAGES and _fills(scores, topic, _bar(fact, bar))]
        for value, fact in sorted(options, key=lambda x: (-x[0], x[1].id)):
            _place_loosely(page, fact, value, filled, loose)


def _fills(scores: dict[str, float], topic: str, bar: float) -> bool:
    """Whether a fact with these topic scores, quoted on another page, may fill ``topic``'s page."""
    own, best = scores[topic], max(scores.values())
    return own >= bar and FILL_RELATIVE * best <= own < RELATIVE * best


def _finish(topic: Topic, page: Draft, loose: Loose, pool: Pool | None = None) -> TopicPage:
    """The page's quotes best first, with the articles that paraphrase or loosely restate each cited.

    Folding a quote into a better-ranked one when both cite one sentence of a third article (and do not
    differ in figures) was tried on the fifteen labelled corpora: repeated facts fell from 14.8 to 12.3 a
    corpus on the fourteen besides the seed, but recall / precision / corroboration went from
    0.779 / 0.756 / 0.820 to 0.757 / 0.749 / 0.810: the third article's sentence often holds both quotes'
    facts, each its own."""
    order = sorted(range(len(page.quotes)), key=lambda i: (-page.quotes[i][1], page.quotes[i][0].id))
    page.quotes = [page.quotes[i] for i in order]
    # Sentences that paraphrase a quote are cited first; loose restatements then cite only the
    # articles still missing.
    page.corroborate(pool)
    where = {old: new for new, old in enumerate(order)}
    for n, fact, in_words in loose:
        page.absorb(where[n], fact, strict=not in_words)
    return TopicPage(topic, tuple(Quote(f, topic.id, round(s, 6), tuple(also)) for f, s, also in page.quotes))
