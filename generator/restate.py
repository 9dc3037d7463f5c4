"""Restatements, for the select stage: whether a fact restates a quote already on a page, and which
articles' sentences to cite beside each quote.

A fact that restates one already on the page is not shown again: its articles are cited beside the
quote already there instead. Two kinds of sentence are held to a looser test of restating
(:meth:`Draft.commented_on`), as they add least when they do: commentary ("the visit underscores
..."), and a fact borrowed from its home page (it is there to supply what the page lacks). Two are
held to a stricter one: a fact stating a number or day the quote lacks is not folded in for shared
words or as commentary, and a fact whose articles the quote already cites (it would vanish from the
page) only when it is a paraphrase. A fact sharing a telling figure with the quote ("$190 billion"),
and stating none the quote lacks, need only be on the same fact in meaning
(:data:`~generator.embed.SAME_FACT`), not a paraphrase; so need an article's paraphrase of a statement
it quotes in full, borrowing the quotation's words. A sentence folded in by the looser test is cited
beside the quote only when it also shares words with it or says the same by meaning: on the same
subject alone, it may state another fact. Once a page's quotes are chosen, the articles that
paraphrase each are cited beside it too (:meth:`Draft.corroborate`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from generator import embed
from generator.numeric import all_stated, counts_unnamed, differ_in_figures, figures, share_telling_figure
from generator.records import Fact, ScoredSentence
from generator.similarity import TermMatrix, similarities, stance_differs
from generator.textutil import echoes_quotation
from generator.verify import confirmed, people_alone, people_only

REPEAT = 0.25
"""Similarity at which a candidate restates a fact already on the page. On fourteen labelled corpora,
0.2 and 0.15 left the scorer's repeated facts at 12.6 and 12.2 a corpus (from 13.0), with precision
0.728 -> 0.726 and 0.720: most repeats are two sentences that share one fact and each state another
("normalised relations in 1995" and "normalised ties in 1995 and visited in 2000"), which folding
would hide. Of the 4,628 pairs of quotes on one page of the fourteen exports, 243 share a labelled fact;
three shared rare stems (held by at most 1% of the compared sentences) catch 31 of them and 5 others,
but 8 of the 31 later quotes hold a fact of their own. Folding on that anchor (and cosine >= 0.4, no
figure the quote lacks) took repeats from 14.8 to 14.4 a corpus and recall from 0.772 to 0.768, and
cited "Japan will supply a lunar rover" beside "Japanese astronaut to land on the Moon". Two quotes of a page
that cite one sentence alike are no surer sign: of the 47 such pairs in the fifteen exports, 22 share a
labelled fact, 12 do not (13 cannot be told), and in 9 of the 22 the later quote also holds a fact of its
own, which folding it away would lose."""
POOL_WORDS = 0.15
"""Similarity in words (besides a paraphrase's meaning) at which a sentence of the pool that the
grouping did not offer as nearby may be cited beside a quote (see :meth:`Draft.corroborate`): sentences
of one event are close in meaning for sharing its actors alone ("the leader called the alliance
unbreakable" and "the two capitals have been allies since the war" say different things). A loose
restatement (see :data:`~generator.select.Loose`) sharing fewer words with its quote is cited only at
LOOSE_CITED."""
LOOSE_CITED = 0.55
"""Cosine to its quote at which a loose restatement sharing fewer words with it than POOL_WORDS is
cited beside it (it is folded in from :data:`~generator.embed.SAME_FACT`, so as not to be quoted
again). On the fifteen labelled corpora this leaves out 24 citations, about 20 of which stated another
fact than the quote ("Moscow insisted a Ukrainian missile was to blame" beside "the leader told his
host the war could not be won on the battlefield"); corroboration 0.804 -> 0.802, the seed corpus's
unchanged. Asking for a paraphrase instead (the calibrated bar, 0.6 to 0.7) left out 46, many of them
true ("India became the first to land near the south pole" beside "the lander settled on the lunar
highlands ... no country had managed before"): 0.797, the seed corpus's 0.839 -> 0.823."""
LOOSE_SPREAD = 2.0
"""Standard deviations above the corpus's mean cosine (:meth:`~generator.embed.Meaning.above_typical`) that a
loose restatement must also reach to be cited beside a quote sharing fewer words with it than POOL_WORDS,
when that lies above LOOSE_CITED. Where every article tells one meeting of the same two leaders, any two
of their sentences score high: in a real corpus of eight reports of one summit (mean cosine 0.38, against
0.13-0.28 in the fourteen labelled corpora besides the seed), LOOSE_CITED let "they will hold talks about
commercial relations" be cited beside "Kim told Putin the meeting brought ties to a new level" (0.65).
There this bar (0.66) left out 12 citations, 11 of them of another fact; in three more real corpora, 3,
all of another fact. The fourteen are unchanged; the seed corpus (mean 0.44) loses 4 citations, loose
ones ("the visit, at Kim's invitation, aims to strengthen ties" beside "the Kremlin described it as a
friendly state visit"): corroboration 0.823 -> 0.806."""
MEMBER_CITED = 0.45
"""Cosine to the quote from which a sentence grouped with a restatement's lead is cited beside the
quote with it (:meth:`Draft.absorb`). Grouped with the lead, it is on the lead's fact; the lead, on the
quote's; the two steps can lead away ("an adviser said France supported the status quo in the Taiwan
Strait" beside "Macron refused to back down, telling reporters that being an ally does not mean being a
vassal"). On the fifteen labelled corpora this left out 5 citations, all of another fact than their
quote, and no figure moved. At SAME_FACT (0.5) it also left out a true one ("Kirby and Stoltenberg
expressed concern" beside "the United States has expressed concern over the growing relationship",
0.48): the seed corpus's corroboration 0.823 -> 0.774."""
SAME_COUNT = 0.4
"""Cosine at which two sentences sharing a telling figure state one fact (:func:`same_count_in_meaning`):
sentences on one subject score 0.4 to 0.6, and sharing "5.25%" or "340,000" as well says they report
the same thing in other words ("raised its benchmark rate by half a point to 5.25%" and "pushed its main
rate up to 5.25%" score 0.41). On 103 pairs of sentences from different articles stating one fact in
other words (seven invented events, four outlets each), this matched 53 and none of 103 pairs on the
same actors stating different facts; at SAME_FACT (0.5), 16. On the fifteen labelled corpora (with
figures of one decimal counted as telling and numbers kept whole in words), corroboration on the
fourteen besides the seed rose from 0.817 to 0.820, precision moved from 0.760 to 0.756 (another
fact taking the freed slot) and the seed corpus's figures were unchanged."""
COMPARED = 6
"""Sentences of each fact compared when looking for restatements (bounds the cost at scale)."""

_INTERPRETS = re.compile(
    r"(?<!\bto )(?<!\bto [\"\u201c])"  # not a purpose: "to mark", 'to "demonstrate'
    r"\b(?:underscor|highlight|reflect|represent|illustrat|signal|demonstrat|mark|indicat|suggest|emphasi[sz]|"
    r"symboli[sz]|underlin)(?:es|e|s)?\b(?!\s+that\b)|\bprovides?\s+(?:a|the)\s+backdrop\b|\bserves?\s+as\b",
    re.IGNORECASE)
"""A finite verb that interprets rather than reports ("X underscores Y", "X represents Y"); "indicates
that ..." introduces a reported fact and does not count, nor does a purpose ("flew in to mark the
anniversary", "invited him to demonstrate the strength of their ties")."""


def same_count_in_meaning(cos: float, a: str, b: str) -> bool:
    """Whether two sentences this close in meaning (cosine ``cos``) state one fact for sharing a telling
    figure (:func:`~generator.numeric.share_telling_figure`): they need only be on the same subject
    (SAME_COUNT), not paraphrases ("trade hit a record $190 billion" and "trade rose to about $190
    billion"; "a magnitude 6.8 earthquake struck" and "a massive quake measuring 6.8 rocked")."""
    return cos >= SAME_COUNT and share_telling_figure(a, b)


def interpretive(text: str) -> bool:
    """Whether a sentence comments on facts ("the visit underscores ...") rather than reporting one.

    Such a sentence, when it restates a fact quoted on the page, is cited beside that quote instead
    of being quoted again in other words."""
    return _INTERPRETS.search(text) is not None


def _another_fact(a: str, b: str) -> bool:
    """Whether sentences ``a`` and ``b`` state two facts however alike they read: they give other figures
    (:func:`~generator.numeric.differ_in_figures`: another fact, or a disagreement the reader should see),
    or one contests what the other states (:func:`~generator.similarity.stance_differs`). Such a pair is
    never folded into one quote nor cited one beside the other."""
    return differ_in_figures(a, b) or stance_differs(a, b)


def _unbacked(lead: str, text: str) -> bool:
    """Whether ``text`` states figures, but neither the number nor the name of the things the quote
    ``lead`` counts (:func:`~generator.numeric.counts_unnamed`): "the ban takes effect in 2028" beside
    "the ban from 2028 would cost 12,000 jobs" shares only the year, and says nothing of the jobs. A
    sentence that states no figure is left to the other tests: it is mostly a restatement in other
    words."""
    return bool(figures(text, days=False)) and counts_unnamed(lead, text)


def _set_aside(lead: str, text: str) -> bool:
    """Whether ``text`` is never cited beside the quote ``lead``: it states another fact for all its words
    (:func:`_another_fact`) or figures but not what the quote counts (:func:`_unbacked`)."""
    return _another_fact(lead, text) or _unbacked(lead, text)


class Draft:
    """The quotes chosen so far for one page, with what is needed to spot restatements."""

    def __init__(self, terms: TermMatrix, rows: dict[tuple[str, int], int], meaning: embed.Meaning) -> None:
        self.terms = terms
        """Weighted terms of the first COMPARED sentences of every fact the page looks at ..."""
        self.rows = rows
        """... and the row of each, by (article, sentence index): the first row of its text."""
        self.meaning = meaning
        self.quotes: list[tuple[Fact, float, list[ScoredSentence]]] = []
        self._member_articles: dict[str, frozenset[str]] = {}
        self.restated: list[Fact] = []
        """Facts cited beside a quote here as restating it (:meth:`restated_by`), in the order met."""

    def restated_by(self, fact: Fact, shared: list[float] | None = None) -> int | None:
        """Index of the chosen quote that ``fact`` restates, if any: one sharing its words and close
        enough in meaning to state the same fact, else one saying the same in other words, or on the
        same fact in meaning and sharing a telling figure (:func:`~generator.numeric.share_telling_figure`)
        when ``fact`` states no figure the quote lacks. (``shared``: :meth:`shared` of ``fact``, when
        already worked out.)

        Not folding a fact whose quote holds 8 (12) content words or more that the quote's sentences
        lack, as it states more than the quote, was tried on the fifteen labelled corpora: the fourteen
        besides the seed went from 0.775 / 0.755 / 0.820 to 0.773 / 0.793 / 0.822 (0.773 / 0.776 /
        0.826), but repeated facts rose from 14.8 to 22.1 (18.4) a corpus and the seed corpus's recall
        fell from 0.902 to 0.805 (0.878): precision rose only for the restatements of a page's surest
        facts that took the freed places. Nor did treating a name the quote's sentences lack (two
        capitalised words or more, not opening the sentence, none of them in those sentences: "Catherine
        Colonna" beside a quote on the business leaders travelling) as a figure they lack: the fourteen
        went from 0.777 / 0.753 / 0.816 to 0.777 / 0.756 / 0.813, and the seed corpus from 0.902 / 0.911 /
        0.823 to 0.878 / 0.867 / 0.839, with 5 repeated facts instead of 3."""
        in_words = self._in_words(fact, self.shared(fact) if shared is None else shared)
        if in_words is not None and not self._contests(in_words, fact):
            cos = self._meaning(in_words, fact)
            # Folding a fact into a quote that already cites all its articles hides it: an article
            # seldom states one fact twice, so that takes a paraphrase, not just the same subject.
            bar = embed.SAME_FACT if self._adds(in_words, fact) else embed.PARAPHRASE_FLOOR
            if cos is None or cos >= bar:
                return in_words
        best, where = 0.0, None
        mine = fact.lead.sentence.text
        for n in range(len(self.quotes)):
            sim = self._meaning(n, fact)
            theirs = self.quotes[n][0].lead.sentence.text
            # Other figures or a contested claim: never folded (:func:`_another_fact`).
            if sim is None or sim < best or _another_fact(theirs, mine):
                continue
            same_count = same_count_in_meaning(sim, theirs, mine) and not self._adds_figures(n, fact)
            if sim >= self.meaning.paraphrase or same_count or self._echoes(n, fact, sim):
                best, where = sim, n
        return where

    def _echoes(self, n: int, fact: Fact, sim: float) -> bool:
        """Whether ``fact``'s lead, from the same article as quote ``n`` and on the same fact in meaning
        (:data:`~generator.embed.SAME_FACT`), echoes the words one of the two quotes
        (:func:`~generator.textutil.echoes_quotation`): an article's paraphrase of a statement it
        also quotes in full, which adds nothing but, at most, when it was made."""
        chosen = self.quotes[n][0].lead.sentence
        mine = fact.lead.sentence
        return (sim >= embed.SAME_FACT and chosen.article_id == mine.article_id
                and echoes_quotation(chosen.text, mine.text))

    def commented_on(self, fact: Fact, shared: list[float]) -> int | None:
        """Index of the chosen quote that ``fact`` loosely restates, if any: among those it is within
        :data:`~generator.embed.SAME_FACT` of in meaning, the closest in meaning and words together
        (sentences framed alike, "the visit comes amid ...", are close in meaning alone). A sentence
        stating a number or day the quote lacks ("they last met in September") adds a fact: it is not
        folded in. Nor is a reported fact (not a comment) into a quote that cites all its articles
        already, unless it is a paraphrase: it would vanish from the page, as in :meth:`restated_by`.
        (``shared``: :meth:`shared` of ``fact``.)"""
        best, where = 0.0, None
        commentary = interpretive(fact.lead.sentence.text)
        for n in range(len(self.quotes)):
            if self._adds_figures(n, fact) or self._contests(n, fact):
                continue
            sim = self._meaning(n, fact)
            bar = embed.SAME_FACT if commentary or self._adds(n, fact) else embed.PARAPHRASE_FLOOR
            if sim is not None and sim >= bar and (both := sim + shared[n]) > best:
                best, where = both, n
        return where

    def _meaning(self, n: int, fact: Fact) -> float | None:
        """Cosine of the embeddings of quote ``n`` and ``fact``'s lead (None past the budget).

        Comparing ``fact`` with each clause of a quote that states two facts (split at "; ", ", and ",
        ", but ", ", while ", a dash; clauses of 5 words or more) as well, to fold a sentence restating
        one of them, was tried on the fifteen labelled corpora: repeated facts fell (14.8 -> 13.9 a
        corpus on the fourteen besides the seed) but recall / precision / corroboration went from
        0.777 / 0.759 / 0.816 to 0.775 / 0.751 / 0.817 and the seed corpus's recall from 0.902 to 0.878;
        with clauses only for the paraphrase bar, 0.775 / 0.752 / 0.816, repeats 14.1. The sentences
        folded so often carry a key fact of their own."""
        return self.meaning.cosine(self.quotes[n][0].lead.sentence.text, fact.lead.sentence.text)

    def _contests(self, n: int, fact: Fact) -> bool:
        """Whether one of quote ``n`` and ``fact``'s lead contests a claim and the other does not
        (:func:`~generator.similarity.stance_differs`): a rebuttal is another fact than the claim."""
        return stance_differs(self.quotes[n][0].lead.sentence.text, fact.lead.sentence.text)

    def _in_words(self, fact: Fact, shared: list[float]) -> int | None:
        best, where = REPEAT, None
        for n, sim in enumerate(shared):
            if sim >= best and not self._adds_figures(n, fact):  # a number or day the quote lacks: another fact
                best, where = sim, n
        return where

    def _compared(self, n: int) -> tuple[ScoredSentence, ...]:
        """The sentences quote ``n`` is compared by: the first COMPARED it cites so far."""
        chosen, _, also = self.quotes[n]
        return (chosen.members + tuple(also))[:COMPARED]

    def _adds_figures(self, n: int, fact: Fact) -> bool:
        """Whether ``fact``'s quote states a number or day that quote ``n``'s sentences do not.

        Not kept: leaving out a weekday that only says when a statement was made ("said External Affairs
        Minister S. Jaishankar in a press briefing Friday", "the ministry said on Saturday"; only names and
        attribution words between the verb and the day). A real corpus's standfirst then folded into its
        article's own restatement, but on the labelled corpora the seven visits went from 0.714 / 0.693 /
        0.817 to 0.714 / 0.692 / 0.817 ("Modi told President Vladimir Putin on Tuesday that the war ..." was
        folded away: the day of the telling is the day of the talks)."""
        own = figures(fact.lead.sentence.text)
        return bool(own) and not all_stated(own, {f for m in self._compared(n) for f in figures(m.sentence.text)})

    def shared(self, fact: Fact) -> list[float]:
        """Per chosen quote, the similarity in words of ``fact`` to it: the best over the first
        COMPARED sentences of each (0 when none can be compared), all pairs compared in one go."""
        rows = self.rows
        # A text stated by several articles (wire copies) is compared once: rows are per text.
        theirs = list(dict.fromkeys(rows[(b.sentence.article_id, b.sentence.index)] for b in fact.members[:COMPARED]))
        first: list[int] = []
        quote: list[int] = []
        for n in range(len(self.quotes)):
            mine = {rows.get((a.sentence.article_id, a.sentence.index)) for a in self._compared(n)}
            mine.discard(None)
            for row in sorted(mine):  # type: ignore[type-var]
                first.extend([row] * len(theirs))
                quote.extend([n] * len(theirs))
        best = np.zeros(len(self.quotes))
        if first:
            second = np.tile(np.array(theirs, dtype=np.int64), len(first) // len(theirs))
            np.maximum.at(best, np.array(quote, dtype=np.int64),
                          similarities(self.terms, np.array(first, dtype=np.int64), second))
        return best.tolist()

    def _cited(self, n: int) -> set[str]:
        """The articles quote ``n`` cites so far."""
        chosen, _, also = self.quotes[n]
        return {*self._articles(chosen), *(m.sentence.article_id for m in also)}

    def _articles(self, fact: Fact) -> frozenset[str]:
        """The articles of ``fact``'s sentences (remembered: a reprinted fact has hundreds)."""
        found = self._member_articles.get(fact.id)
        if found is None:
            found = self._member_articles[fact.id] = frozenset(m.sentence.article_id for m in fact.members)
        return found

    def _adds(self, n: int, fact: Fact) -> bool:
        """Whether ``fact`` has an article that quote ``n`` does not cite yet."""
        return not self._articles(fact) <= self._cited(n)

    def absorb(self, n: int, fact: Fact, strict: bool = False) -> None:
        """Cite the articles of ``fact`` not yet cited beside quote ``n``, never for a sentence that
        is set aside (:func:`_set_aside`) or shares only people with the quote (:meth:`_by_names_alone`),
        nor for one that does not state ``fact`` itself
        (:func:`~generator.verify.confirmed`: a restated fact is not shown, so verify did not check the
        sentences grouped with its lead by shared words). ``strict``: only for a sentence at least
        LOOSE_CITED close to the quote in meaning (:meth:`says_same`), and LOOSE_SPREAD above the
        corpus's typical cosine, as for a loose restatement sharing few words with the quote ("Moscow
        blamed a Ukrainian missile" is on the same subject as "the leader told his host the war could
        not be won on the battlefield", and states another fact). The sentences grouped with
        ``fact``'s lead are cited only from MEMBER_CITED close to the quote: each is close to that
        lead, not always to the quote. An article already cited for a sentence folded in earlier is
        cited for the one of the two closer in meaning to the quote."""
        chosen, _, also = self.quotes[n]
        own = self._articles(chosen)
        folded = {m.sentence.article_id: k for k, m in enumerate(also)}
        lead = chosen.lead.sentence.text
        loose_bar = max(LOOSE_CITED, self.meaning.above_typical(LOOSE_SPREAD))
        for position, m in enumerate(confirmed(fact, self.meaning)[0].members):
            article = m.sentence.article_id
            if article in own or _set_aside(lead, m.sentence.text):
                continue
            if self._by_names_alone(lead, m.sentence.text):
                continue
            if strict and self.says_same(lead, m.sentence.text, loose_bar) is None:
                continue
            # The rest of ``fact`` states its lead's fact: far from the quote, it states another.
            if position and (cos := self.meaning.cosine(lead, m.sentence.text)) is not None and cos < MEMBER_CITED:
                continue
            k = folded.get(article)
            if k is None:
                folded[article] = len(also)
                also.append(m)
            elif (new := self.meaning.cosine(lead, m.sentence.text)) is not None and \
                    (old := self.meaning.cosine(lead, also[k].sentence.text)) is not None and new > old:
                also[k] = m

    def corroborate(self, pool: Pool | None = None) -> None:
        """Cite beside each quote, for each further article, its sentence that says the same, by
        meaning (:attr:`~generator.embed.Meaning.paraphrase`), the closest when several do: among
        the quote's nearby sentences (where one sharing a telling figure with the quote need only be
        on the same fact, :func:`same_count_in_meaning`, as when folding restatements: "2,400 houses
        were flattened" beside "the storm destroyed 2,400 homes"), and among the ``pool`` of sentences
        already encoded (grouping may not have offered them: "expected to work for one lunar day, or
        about 14 Earth days" was split off "designed to operate for a single lunar day, around two
        weeks" for stating no number). Those of the pool must also reach the uncalibrated
        paraphrase bar (:data:`~generator.embed.PARAPHRASE`) and share words with the quote
        (POOL_WORDS). Never a sentence quoted on the page itself, nor one set aside (:func:`_set_aside`),
        nor any of an article whose closest sentence is set aside: its farther ones are further still
        from the quote (not "the makers said the ban would hurt them" when "the ban from 2028 would cost
        them dearly" is set aside beside "the ban from 2028 would cost 12,000 jobs"). Unlike a grouped
        sentence (:func:`~generator.verify.confirmed`), one stating no figure may be cited beside a quote
        that states some: here the quote's figures are often incidental ("the 45th president", "his first
        visit to Europe since 2019"). Asking for one of them left out 36 citations on fifteen labelled
        corpora, most of them true ("Xi landed at Paris Orly airport on Sunday"), and corroboration fell
        from 0.802 to 0.794."""
        quoted = {id(chosen.lead) for chosen, _, _ in self.quotes}
        self.meaning.prepare([m.sentence.text for chosen, _, _ in self.quotes for m in chosen.nearby])
        pool_bar = max(self.meaning.paraphrase, embed.PARAPHRASE)
        for n, (chosen, _, also) in enumerate(self.quotes):
            cited = self._cited(n)
            lead = chosen.lead.sentence.text

            def offered(m: ScoredSentence) -> bool:
                return not (m.sentence.article_id in cited or id(m) in quoted)
            found = [(cos, m) for m in chosen.nearby if offered(m)
                     and (cos := self.says_same(lead, m.sentence.text)) is not None]
            if pool is not None:
                close = [(cos, m) for cos, m in pool.close_to(lead, pool_bar, self.meaning) if offered(m)]
                found += self._sharing_words(chosen, close)
            best: dict[str, tuple[float, ScoredSentence]] = {}
            for cos, m in found:
                article = m.sentence.article_id
                if article not in best or cos > best[article][0]:
                    best[article] = (cos, m)
            for article in sorted(best, key=lambda a: (-best[a][0], a)):
                # An article whose closest sentence is set aside is not cited for a farther one.
                if not _set_aside(lead, best[article][1].sentence.text):
                    also.append(best[article][1])
                    cited.add(article)

    def says_same(self, lead: str, text: str, bar: float | None = None) -> float | None:
        """The cosine of ``text`` to the quote ``lead`` when it says the same by meaning: at least
        ``bar`` (by default a paraphrase's, :attr:`~generator.embed.Meaning.paraphrase`), or on the same
        fact and sharing a telling figure (:func:`same_count_in_meaning`); else None (None too past the
        encoding budget)."""
        cos = self.meaning.cosine(lead, text)
        if bar is None:
            bar = self.meaning.paraphrase
        if people_only(lead, text):
            bar = max(bar, embed.PARAPHRASE)
        if cos is not None and (cos >= bar or same_count_in_meaning(cos, lead, text)):
            return cos
        return None

    def _by_names_alone(self, lead: str, text: str) -> bool:
        """Whether ``text`` shares only people's names with the quote ``lead`` (:func:`~generator.verify.people_only`)
        and is no paraphrase of it (:data:`~generator.embed.PARAPHRASE`): "The president also spoke with
        Prime Minister Benjamin Netanyahu" beside "the cabinet authorized Netanyahu ... to decide on the
        response"."""
        cos = self.meaning.cosine(lead, text)
        return cos is not None and people_alone(lead, text, cos)

    def _sharing_words(self, chosen: Fact, close: list[tuple[float, ScoredSentence]]) -> list[tuple[float, ScoredSentence]]:
        """Those of ``close`` (pairs of a cosine and a sentence with a row in :attr:`terms`) within
        POOL_WORDS of ``chosen``'s quote in words."""
        mine = self.rows.get((chosen.lead.sentence.article_id, chosen.lead.sentence.index))
        if mine is None or not close:
            return []
        theirs = np.array([self.rows[(m.sentence.article_id, m.sentence.index)] for _, m in close], dtype=np.int64)
        sims = similarities(self.terms, np.full(len(theirs), mine, dtype=np.int64), theirs)
        return [pair for pair, sim in zip(close, sims.tolist()) if sim >= POOL_WORDS]


class Pool:
    """Sentences encoded already that any quote may cite (see :meth:`Draft.corroborate`), by text."""

    def __init__(self, sentences: Sequence[ScoredSentence], meaning: embed.Meaning) -> None:
        holders: dict[str, list[ScoredSentence]] = {}
        for m in sentences:
            holders.setdefault(m.sentence.text, []).append(m)
        texts, self.vectors = meaning.vectors(list(holders))
        self.holders = [holders[t] for t in texts]

    def close_to(self, text: str, bar: float, meaning: embed.Meaning) -> list[tuple[float, ScoredSentence]]:
        """The sentences whose cosine to ``text`` is at least ``bar``, each with that cosine (none
        when ``text`` is past the budget)."""
        kept, vector = meaning.vectors([text])
        if not kept or not len(self.holders):
            return []
        cosines = (self.vectors @ vector[0]).astype(np.float64)
        return [(float(cosines[k]), m) for k in np.flatnonzero(cosines >= bar).tolist() for m in self.holders[k]]
