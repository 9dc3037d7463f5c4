"""Stage 3, classify: score each quotable sentence against each configured topic.

The method needs no model download and no seed words:

1. Each topic's title, description and cues become weighted stems (cues and title weigh most; the
   description's words weigh more the fewer of the topic's cues occur in the corpus, as much as cues
   for a topic with none); a cue that is a stop word ("since", "said") is matched as a word.
2. A sentence's seed score for a topic combines the weights of the topic stems it contains, each
   scaled by how rare the stem is in the corpus (a word in every sentence tells nothing about a
   topic) and by where it stands (the main clause comes first in news sentences); further matches
   add less and less, so a sentence heavy with one topic's vocabulary does not swamp the others.
   Sentences close in meaning to a topic's description (and to the nearest cues of a short cue
   list) get a seed score too, the more so the fewer of the topic's cues the corpus uses
   (:mod:`generator.semantic`, by the embedding model that ships with the package): cues that occur
   nowhere in it find none of the topic's sentences.
3. The corpus then teaches related words: a stem's affinity to a topic is the mean seed score of
   the sentences it occurs in. Sentences that share no word with any cue still get a score from
   the words they share with sentences that do (distributional similarity, learned per corpus).
4. Scores are scaled per topic (its few best sentences score 1) so that topics with short or long
   cue lists compete fairly.
5. A sentence leans in part on the scores of the sentences around it in its article, as far as the
   corpus's writers keep to one topic from a sentence to the next (:mod:`generator.context`). One
   still unsure of its topic (no topic word or few) leans in part on the scores of the sentences
   closest to it in meaning (:func:`generator.semantic.lean_on_neighbours`). One still weak on every
   topic is placed, just above the bar for being shown, on the topic whose sentences it is clearly
   closest to in meaning (:func:`generator.semantic.place_weak`).
6. A topic the corpus does not speak of (by meaning, and by its cues if it has some) loses its scores,
   so its page says it has no key facts instead of showing the sentences least far from it
   (:func:`generator.semantic.presences`).

The stage also gives each sentence a salience: its TF-IDF cosine to the corpus centroid, i.e. how
much it is about what the whole corpus is about.

Measured and not used: classifiers over the sentence embeddings, scored by the best topic of the
labelled sentences of the eight visit corpora with the default topics. One trained on the other
visits' labels (multinomial logistic regression on the MiniLM vector and the six topic scores, each
visit left out in turn) placed 0.717-0.731 of the seven visits' sentences right, against 0.681 by
these scores, but the seed corpus's 0.817-0.850 against 0.875 (0.858-0.867 added to these scores; on
the vector alone, 0.633 of the seed's); it would serve the default topics alone, and learn their
labellers' habits. Added to the scaled scores (vector alone) before the context lean, it traded
recall for precision on the pages as the prototype lean did (:func:`generator.semantic.place_weak`):
the seven visits' recall / precision / corroboration 0.714 / 0.672 / 0.811 became 0.702 / 0.702 /
0.819 at full weight (the seed corpus 0.902 / 0.911 / 0.823 -> 0.805 / 0.836 / 0.827) and 0.702 /
0.681 / 0.810 at 0.4. One trained per corpus on its own confident sentences (best score 0.5 or more,
0.2 ahead of the next), whatever the topics, added nothing on the fourteen labelled corpora besides
the seed: 0.757 -> 0.758 added to these scores, 0.701 alone.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from generator.bulk import ranges
from generator.context import follow_context
from generator.records import Kind, ScoredSentence, Sentence, Topic, TopicScore
from generator.semantic import compared, lean_on_neighbours, place_weak, presences, semantic_seeds, share
from generator.textutil import content_stems, stem, words

TITLE_WEIGHT = 1.0
CUE_WEIGHT = 1.0
DESCRIPTION_WEIGHT = 0.5
EXPANSION_WEIGHT = 0.8
"""How much the corpus-learned affinities add to the seed score.

Only content words learn an affinity. Letting stop words learn one too (tense, modality and time:
"will", "could", "had", "since", "according"), each weighed by its IDF as content words are or at half
that, left ``make bench-topics`` where it was: best / right 0.768 / 0.715 became 0.766 / 0.710 and
0.767 / 0.713. So did weighing each stem's affinity by how much it tells the topics apart (the
coefficient of variation of its affinities, each over its topic's mean seed score, to the power 1 or
0.5: a name that runs through every topic then counts little): 0.765 / 0.718 and 0.767 / 0.719. The
learning as it stands adds 0.013 to best (0.755 / 0.715 without it). Class tokens learned like content
stems (a year before or after the latest year two articles name, a decade, money, a percentage, a
quotation, a named speaker) left best / right at 0.766 / 0.715 (weight 1), 0.766 / 0.716 (the year
classes alone) and 0.767 / 0.717 (weight 3: the seed corpus 0.875 / 0.801 -> 0.892 / 0.816,
zelensky-washington's best 0.562 -> 0.545): one or two features against some ten content stems, and
rare in the labelled sentences. Nor did a whole cue's weight, for a topic that lists "history" or
"historical", in each sentence whose every year lies two or more before that latest year: 0.767 / 0.719
(0.771 / 0.730 with the quotation weight of :func:`stop_cues`, itself 0.772 / 0.727)."""
TOP_K = 5
"""A topic's scores are scaled so the mean of its best TOP_K sentences (or best 1%) is 1. Tried 3 and
10 on thirteen labelled corpora: recall / precision 0.748 / 0.731 became 0.739 / 0.729 and
0.746 / 0.716, and the seed corpus's precision fell from 0.962 to 0.943 and 0.911."""
FLOOR = 1.0
"""Share of the median topic's best score below which a topic's scale is not lowered. Scaling instead
from the topic's median sentence (``(score - k x median) / (top - k x median)``, so that a topic whose
words run through the whole corpus, such as a visit's agenda, no longer draws the close calls) placed
worse on the 1,858 labelled sentences of ``make bench-topics``: best / right 0.768 / 0.715 became
0.747 / 0.718 at k = 0.5 and 0.733 / 0.712 at k = 1."""
SMOOTHING = 3.0
"""Pseudo-count that keeps a stem seen in one or two sentences from getting a strong affinity.

Tried on ``make bench-topics`` (best / right 0.768 / 0.715) and the fifteen labelled corpora
(others 0.777 / 0.759 / 0.816): an affinity measured against the topic's mean seed score (the prior
the pseudo-count pulls towards, then subtracted: a lift, so that a topic seeded everywhere learns
nothing from common words) gave 0.752 / 0.720 and others 0.759 / 0.756 / 0.808 (0.755 / 0.720 and
0.761 / 0.757 / 0.812 with negative lifts set to 0; half the mean subtracted, 0.764 / 0.713); a second
round of learning, from the expanded scores, 0.767 / 0.713 (half) and 0.768 / 0.710 (whole)."""


class Phrase(NamedTuple):
    """A cue of several words, matched as a run of stems."""

    stems: tuple[str, ...]
    """The stems to find in a row: of the content words, or of every word when ``whole``."""
    anchor: str
    """A content stem of the phrase: only sentences holding it are searched."""
    whole: bool
    """The cue has stop words ("joined by", "led by"): they are part of it, so its every word is
    matched; without them "joined by" would be "joined" alone."""
    weight: float


LIGHT = frozenset(stem(w) for w in """
take takes took taken part parts make makes made go goes went gone come comes came get gets got put puts
give gives gave mean means meant led lead leads result results way ways thing things kind kinds event events
happen happens happened involve involves involved basic behind call calls use uses used show shows showed
look looks know known want wants need needs keep keeps kept earlier later
""".split())
"""Words that say what a sentence does, not what it is about ("who takes part", "what happens next",
"the circumstances that led to this event"), or when within the story ("earlier visits": "earlier in
the day" is no history): in a topic's title or description they signal nothing. Cues are the user's
chosen words and are kept whatever they are."""


def topic_profile(topic: Topic, found: int | None = None) -> tuple[dict[str, float], list[Phrase]]:
    """Weighted single stems and multi-word phrases that signal ``topic``. ``found``: how many of its
    cues occur in the corpus (all of them when not given).

    Not kept: weighing a title's or description's word down by the number of topics whose title or
    description holds it (by 1/k or 1/sqrt(k): "landing" in three of a topic file's five descriptions).
    The seven corpora with their own topics, cues left out, went from 0.799 / 0.778 / 0.809 to 0.787 /
    0.781 / 0.808 and 0.786 / 0.788 / 0.801."""
    weights: dict[str, float] = defaultdict(float)
    phrases: list[Phrase] = []
    # Without cues, the description is all the user said about the topic: its words count as cues.
    # The fewer of its cues the corpus uses, the nearer it comes to that (as meaning weighs).
    described = max(DESCRIPTION_WEIGHT, CUE_WEIGHT * share(len(topic.cues) if found is None else found))
    for text, w in ((topic.title, TITLE_WEIGHT), (topic.description, described)):
        for s in set(content_stems(text)) - LIGHT:
            weights[s] = max(weights[s], w)
    for form in _cue_forms(topic):
        if isinstance(form, Phrase):
            phrases.append(form)
        else:
            weights[form] = max(weights[form], CUE_WEIGHT)
    return dict(weights), phrases


def _cue_forms(topic: Topic) -> Iterator[str | Phrase]:
    """Each cue of ``topic`` as it is matched: a single content stem, or a :class:`Phrase` (a cue of
    stop words alone gives none: see :func:`stop_cues`)."""
    for cue in topic.cues:
        stems = tuple(content_stems(cue))
        every = words(cue)
        if len(every) > 1 and stems and len(stems) < len(every):
            yield Phrase(tuple(stem(w) for w in every), stems[0], True, CUE_WEIGHT)
        elif len(stems) == 1:
            yield stems[0]
        elif stems:
            yield Phrase(stems, stems[0], False, CUE_WEIGHT)


def cue_stems(topic: Topic) -> list[str]:
    """The stems of the cues of ``topic`` that are single content words (as :func:`topic_profile`
    weighs them), one per cue."""
    return [form for form in _cue_forms(topic) if isinstance(form, str)]


POSITION_DECAY = 0.5
"""Weight lost by a cue from the start to the end of a sentence (front-loaded main clause)."""


def _positions(stems: Sequence[str]) -> dict[str, float]:
    """Weight of each stem by where it first occurs in the sentence."""
    out: dict[str, float] = {}
    last = max(len(stems) - 1, 1)
    for k, w in enumerate(stems):
        out.setdefault(w, 1.0 + POSITION_DECAY / 2 - POSITION_DECAY * k / last)
    return out


_ATTRIBUTION = re.compile(r"\b(?:said|says|told)\b(?:\s+that\b)?")
ATTRIBUTION_REACH = 0.5
"""Share of a sentence within which a "said", "says" or "told" makes what comes before it an
attribution ("A Kremlin spokesman said the leaders would meet one-on-one"): what was said is the main
clause, and its words are weighed as if the sentence opened with them, the speaker's as its last.

Measured and not kept: an opening clause of time ending at a comma in the first half ("Hours after Mr
Xi's farewell dinner, Russian drones struck ...", "As he met Mr Zelensky, two bombers ...") weighed as a
speaker is, its main clause as the sentence's opening. ``make bench-topics`` best / right 0.767 / 0.713
became 0.765 / 0.713; the fourteen labelled corpora besides the seed 0.777 / 0.765 / 0.818 became
0.776 / 0.767 / 0.818, the seed corpus's recall / precision 0.902 / 0.909 -> 0.878 / 0.891."""


@lru_cache(maxsize=1 << 16)
def _placed_stems(text: str) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """The distinct stems of ``text`` in order of first occurrence, and their :func:`_positions`
    weights (worked out once per text: wire copies and serve's rebuilds meet it again). After an
    opening attribution, positions count from what was said (see ATTRIBUTION_REACH)."""
    said = _ATTRIBUTION.search(text, 0, int(len(text) * ATTRIBUTION_REACH))
    if said is None:
        positions = _positions(content_stems(text))
    else:
        speaker = dict.fromkeys(content_stems(text[:said.start()]), 1.0 - POSITION_DECAY / 2)
        positions = speaker | _positions(content_stems(text[said.end():]))
    return tuple(positions), tuple(positions.values())


@lru_cache(maxsize=1 << 16)
def _word_stems(text: str) -> tuple[str, ...]:
    """The stems of every word of ``text``, stop words included (for phrase cues that hold them)."""
    return tuple(stem(w) for w in words(text))


def stop_cues(topic: Topic) -> set[str]:
    """The cues of ``topic`` that are single stop words ("since", "last", "said"). Stems drop stop
    words, so these are matched as words (:func:`_stop_cue_hits`): a cue the user wrote must count.

    They weigh by rarity as content cues do ("said" stands in a third of news sentences). Measured on
    ``make bench-topics`` (best / right 0.766 / 0.715) and not kept: a floor of 0.3 or 0.45 under their
    rarity, or its square root, gave 0.765 / 0.715, 0.764 / 0.717 and 0.766 / 0.722. A whole cue's
    weight for a topic that lists "said", "says" or "told", in each sentence quoting six words or more
    (a quotation is a statement), gave 0.772 / 0.727 (0.768 / 0.722 at 0.7 of it, 0.769 / 0.729 at
    1.3), yet the fourteen other labelled corpora's recall / precision / corroboration went from
    0.772 / 0.756 / 0.819 to 0.770 / 0.757 / 0.820 (0.766 / 0.756 / 0.820, 0.765 / 0.758 / 0.815).
    Nor kept: "said", "says", "say" or "told" in a topic's title or description matched as a cue of the
    description's weight ("what leaders ... said and did in response"): the seven corpora with their
    own topics, cues left out, went from 0.799 / 0.778 / 0.809 to 0.802 / 0.773 / 0.811 (0.813 / 0.777 /
    0.794 at twice that weight), and with their cues from 0.837 / 0.835 / 0.823 to 0.833 / 0.833 /
    0.824 ("what the outage says about dependence" is no statement)."""
    found = set()
    for cue in topic.cues:
        ws = words(cue)
        if len(ws) == 1 and not content_stems(cue):
            found.add(ws[0])
    return found


def _stop_cue_hits(quotable: Sequence[Sentence], cues: Sequence[str]
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Where ``cues`` (stop words) occur: per hit its sentence, cue (index in ``cues``) and place
    weight (as :func:`_positions`, by the share of the text before it), and per cue the number of
    sentences holding it. A text repeated in several articles is searched once; all texts are
    searched in one pass."""
    none = np.zeros(0, dtype=np.int64)
    if not cues or not quotable:
        return none, none, np.zeros(0), np.zeros(len(cues))
    first: dict[str, int] = {}
    text_of = np.array([first.setdefault(s.text, len(first)) for s in quotable], dtype=np.int64)
    texts = list(first)
    sizes = np.array([len(t) for t in texts], dtype=np.int64)
    starts = np.cumsum(sizes + 1) - sizes - 1  # texts joined by newlines
    joined = "\n".join(texts)
    low = joined.lower()
    if len(low) != len(joined):  # a letter whose lower case is longer ("İ"): keep offsets exact
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in joined)
    found = []
    for k, w in enumerate(cues):  # str.find runs at C speed; a regex alternation is several times slower
        at = low.find(w)
        while at >= 0:
            end = at + len(w)
            if (at == 0 or not low[at - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
                found.append((at, k))
            at = low.find(w, end)
    if not found:
        return none, none, np.zeros(0), np.zeros(len(cues))
    at, cue = (np.array(x, dtype=np.int64) for x in zip(*found))
    text = np.searchsorted(starts, at, side="right") - 1
    _, keep = np.unique(text * len(cues) + cue, return_index=True)  # a cue's first place in a text
    text, cue, at = text[keep], cue[keep], at[keep]
    place = 1.0 + POSITION_DECAY / 2 - POSITION_DECAY * (at - starts[text]) / np.maximum(sizes[text], 1)
    copies = np.bincount(text_of, minlength=len(texts))
    df = np.bincount(cue, weights=copies[text], minlength=len(cues))
    # per sentence: the hits of its text
    order = np.argsort(text, kind="stable")
    text, cue, place = text[order], cue[order], place[order]
    count = np.bincount(text, minlength=len(texts))
    begin = np.cumsum(count) - count
    entry = ranges(begin[text_of], count[text_of])
    rows = np.repeat(np.arange(len(quotable), dtype=np.int64), count[text_of])
    return rows, cue[entry], place[entry], df


def _has_phrase(stems: Sequence[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(stems[i:i + n]) == phrase for i in range(len(stems) - n + 1))


class _Corpus(NamedTuple):
    """The corpus as the seed scores read it: the sentences, the sentence x stem matrix of
    :func:`_matrix` with each stem's IDF (and the highest possible), and where the cues that are stop
    words occur (:func:`_stop_cue_hits`, with each one's IDF over the highest)."""

    quotable: Sequence[Sentence]
    vocab: dict[str, int]
    rows: np.ndarray
    cols: np.ndarray
    position: np.ndarray
    idf: np.ndarray
    max_idf: float
    stop_words: list[str]
    stop_rows: np.ndarray
    stop_cue: np.ndarray
    stop_place: np.ndarray
    stop_idf: np.ndarray


class _WordSeeds(NamedTuple):
    """What the words of a topic find in the corpus (:func:`_word_seeds`)."""

    squares: np.ndarray
    """The square of each sentence's seed score from the topic's cues, title and description."""
    found: int
    """How many of its cues occur in the corpus."""
    cued: int
    """How many times its cues occur: in how many sentences each, summed over its cues."""


def _word_seeds(topic: Topic, stop: set[str], corpus: _Corpus) -> _WordSeeds:
    """What the words of ``topic`` (its cues, title and description; ``stop``: its cues that are stop
    words) find in the corpus."""
    vocab, r, c = corpus.vocab, corpus.rows, corpus.cols
    n = len(corpus.quotable)
    forms = list(_cue_forms(topic))
    phrased = [(form, _phrase_rows(form, corpus)) for form in forms if isinstance(form, Phrase)]
    mine = np.array([w in stop for w in corpus.stop_words], dtype=bool)[corpus.stop_cue]
    found = (sum(1 for form in forms if isinstance(form, str) and form in vocab)
             + sum(1 for _, rows in phrased if rows) + len(set(corpus.stop_cue[mine].tolist())))
    weights, _ = topic_profile(topic, found)
    cue = np.zeros(len(vocab))
    for w, wt in weights.items():
        if w in vocab:
            cue[vocab[w]] = wt
    hits = cue[c] * corpus.idf[c] / corpus.max_idf * corpus.position
    squares = np.bincount(r, weights=hits * hits, minlength=n)
    is_cue = np.zeros(len(vocab), dtype=bool)
    is_cue[[vocab[form] for form in forms if isinstance(form, str) and form in vocab]] = True
    cued = int(is_cue[c].sum()) + int(mine.sum()) + sum(len(rows) for _, rows in phrased)
    for phrase, rows in phrased:
        for i in rows:
            squares[i] += phrase.weight * phrase.weight
    if mine.any():
        hit = CUE_WEIGHT * corpus.stop_idf[corpus.stop_cue[mine]] * corpus.stop_place[mine]
        squares += np.bincount(corpus.stop_rows[mine], weights=hit * hit, minlength=n)
    return _WordSeeds(squares, found, cued)


def _phrase_rows(phrase: Phrase, corpus: _Corpus) -> list[int]:
    """The sentences (rows of ``corpus``) that hold ``phrase``, in order."""
    if phrase.anchor not in corpus.vocab:
        return []
    rows = np.unique(corpus.rows[corpus.cols == corpus.vocab[phrase.anchor]]).tolist()
    return [i for i in rows if _has_phrase(
        _word_stems(corpus.quotable[i].text) if phrase.whole else content_stems(corpus.quotable[i].text),
        phrase.stems)]


def classify(sentences: Sequence[Sentence], topics: Sequence[Topic]) -> tuple[ScoredSentence, ...]:
    """Topic scores and salience for every quotable sentence (``Kind.SENTENCE``), in input order."""
    quotable = [s for s in sentences if s.kind is Kind.SENTENCE]
    if not quotable:
        return ()
    n = len(quotable)
    # Sums below run over the matrix entries in numpy, in a fixed order (same input, same bytes).
    vocab, r, c, position = _matrix(quotable)
    df = np.bincount(c, minlength=len(vocab)).astype(float)
    idf = np.log((n + 1) / (df + 0.5))
    max_idf = math.log((n + 1) / 0.5)
    idf_mass = np.bincount(r, weights=idf[c], minlength=n)

    stops = [stop_cues(t) for t in topics]
    stop_words = sorted(set().union(*stops))
    stop_rows, stop_cue, stop_place, stop_df = _stop_cue_hits(quotable, stop_words)
    stop_idf = np.log((n + 1) / (stop_df + 0.5)) / max_idf
    corpus = _Corpus(quotable, vocab, r, c, position, idf, max_idf, stop_words, stop_rows, stop_cue, stop_place,
                     stop_idf)
    # 2. seed: cue weight x rarity x place in the sentence, combined as a root of squares
    seeded = [_word_seeds(topic, stop, corpus) for topic, stop in zip(topics, stops)]
    sampled = compared(quotable, topics)  # the sentences compared by meaning, encoded once
    by_meaning = semantic_seeds(quotable, topics, sampled, [seeds.found for seeds in seeded])
    expanded_rows = []
    for topic, (squares, _, _) in zip(topics, seeded):
        if topic.id in by_meaning:  # sentences close in meaning to its description
            squares = squares + by_meaning[topic.id] ** 2
        seed = np.sqrt(squares)
        # 3. affinity of every stem to the topic: the mean seed score of the sentences holding it
        affinity = np.bincount(c, weights=seed[r], minlength=len(vocab)) / (df + SMOOTHING)
        learned = np.bincount(r, weights=affinity[c] * idf[c], minlength=n) / np.maximum(idf_mass, 1e-12)
        expanded_rows.append(seed + EXPANSION_WEIGHT * learned)
    # 4. scale per topic: the mean of the topic's few best sentences becomes 1, except that a topic
    # whose best sentences are weak next to the other topics' best is not inflated to match them.
    k = max(TOP_K, n // 100)
    tops = [float(np.sort(e)[::-1][:k].mean()) for e in expanded_rows]
    floor = FLOOR * sorted(tops)[len(tops) // 2]
    scaled = np.array([e / (max(top, floor) or 1.0) for top, e in zip(tops, expanded_rows)])
    # 5. sentences lean on the passage they stand in, as far as this corpus keeps to a topic from one
    # sentence to the next; those unsure of their topic lean on those closest in meaning; those still
    # weak on every topic are placed by meaning
    scaled = follow_context(scaled, quotable)
    scores = place_weak(quotable, topics, lean_on_neighbours(scaled, sampled), sampled)
    # 6. a topic the corpus does not speak of keeps none of the scores the steps above found for it
    scores = scores * presences(topics, sampled, [seeds.cued for seeds in seeded])[:, None]

    # salience: cosine of the TF-IDF vector to the corpus centroid
    norms = np.sqrt(np.bincount(r, weights=idf[c] ** 2, minlength=n))
    norms[norms == 0] = 1.0
    centroid = np.bincount(c, weights=idf[c] / norms[r], minlength=len(vocab))
    cnorm = float(np.sqrt((centroid * centroid).sum())) or 1.0
    salience = np.bincount(r, weights=idf[c] * centroid[c], minlength=n) / (norms * cnorm)
    out = []
    ids = [t.id for t in topics]
    made: dict[str, tuple[TopicScore, ...]] = {}  # a repeated text scores the same wherever it stands
    # Python floats: rounding them one by one is much quicker than indexing numpy scalars.
    for s, row, sal in zip(quotable, scores.T.tolist(), salience.tolist()):
        ts = made.get(s.text)
        if ts is None:
            ts = made[s.text] = tuple(TopicScore(t, -x) for x, t in sorted(
                (-round(x, 6), t) for t, x in zip(ids, row) if x > 0))
        out.append(ScoredSentence(s, ts, round(sal, 6)))
    return tuple(out)


def _matrix(quotable: Sequence[Sentence]) -> tuple[dict[str, int], np.ndarray, np.ndarray, np.ndarray]:
    """The corpus as a sparse sentence x stem matrix in coordinate form: the stem ids, and per entry
    its sentence, stem and place weight (:func:`_positions`).

    One entry per distinct stem of a sentence, in sentence order then first-occurrence order, so every
    sum over them runs in a fixed order. A text repeated in several articles (wire copies) is laid
    out once and its entries copied.
    """
    vocab: dict[str, int] = {}
    first: dict[str, int] = {}
    cols: list[int] = []
    where: list[float] = []
    sizes: list[int] = []
    text_of = []
    for s in quotable:
        u = first.setdefault(s.text, len(first))
        if u == len(sizes):
            placed, weights = _placed_stems(s.text)
            cols.extend([vocab.setdefault(w, len(vocab)) for w in placed])
            where.extend(weights)
            sizes.append(len(placed))
        text_of.append(u)
    size = np.array(sizes, dtype=np.int64)
    count = size[text_of]
    start = np.cumsum(size) - size
    entry = ranges(start[text_of], count)
    rows = np.repeat(np.arange(len(quotable), dtype=np.int64), count)
    return vocab, rows, np.array(cols, dtype=np.int64)[entry], np.array(where)[entry]
