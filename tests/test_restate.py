"""Restatements: which chosen quote a fact restates, and which sentences are cited beside a quote."""

from __future__ import annotations

from select_support import FACTS, make_fact

from generator import embed
from generator.records import Fact, Kind, ScoredSentence, Sentence
from generator.restate import Draft, interpretive
from generator.similarity import similarity, term_matrix, vectors


def _page(quote: Fact) -> Draft:
    """A page whose only quote is ``quote``'s, with nothing cited beside it yet."""
    page = Draft(term_matrix(vectors([])), {}, embed.Meaning())
    page.quotes = [(quote, 1.0, [])]
    return page


def _absorbing(quote: Fact, *facts: Fact) -> Draft:
    """The page of :func:`_page` once it has absorbed ``facts``, in order, as restatements of its quote."""
    page = _page(quote)
    for fact in facts:
        page.absorb(0, fact)
    return page


def _cited(page: Draft) -> list[Sentence]:
    """The sentences cited beside the page's quote."""
    return [m.sentence for m in page.quotes[0][2]]


def test_interpretive_sentences_are_told_from_reports() -> None:
    assert interpretive("The burst dam underscores years of neglect of the region's waterworks.")
    assert interpretive("Higher fares represent a blow to commuters.")
    assert interpretive("These closures illustrate how thin the budget has become.")
    assert interpretive("The strike provides a backdrop to the wage talks.")
    assert not interpretive("The dam on the upper river burst on Sunday night, flooding three villages.")
    assert not interpretive("Reports indicate that forty homes were lost to the water.")  # a reported fact
    assert not interpretive("Surveys indicate that most tenants want to stay.")
    assert not interpretive("The mayor flew in on Monday to mark the anniversary of the flood.")  # a purpose
    assert not interpretive('He invited his counterpart to visit, to "demonstrate the strength of their ties".')
    assert interpretive("The visit would signal a thaw between the two capitals.")


def test_shared_words_are_the_best_pairwise_similarity_per_quote() -> None:
    facts = [FACTS[0], FACTS[2], FACTS[4]]
    multi = Fact("m-0", FACTS[1].members + FACTS[3].members)  # two sentences: every pair is compared
    keys = [(m.sentence.article_id, m.sentence.index) for f in [*facts, multi] for m in f.members]
    texts = [m.sentence.text for f in [*facts, multi] for m in f.members]
    page = Draft(term_matrix(vectors(texts)), {k: r for r, k in enumerate(keys)}, embed.Meaning())
    page.quotes = [(f, 1.0, []) for f in facts]
    page.quotes.append((Fact("x-9", (ScoredSentence(Sentence("x", 9, 0, 5, "Other", Kind.SENTENCE, 0), (), 0.1),)),
                        1.0, []))  # not comparable: no terms kept for it
    vecs = dict(zip(keys, vectors(texts)))
    expected = [max(similarity(vecs[(a.sentence.article_id, a.sentence.index)],
                               vecs[(b.sentence.article_id, b.sentence.index)])
                    for a in f.members for b in multi.members) for f in facts] + [0.0]
    assert page.shared(multi) == expected
    assert expected[0] > 0.25 > expected[2]


def test_an_article_is_cited_for_its_sentence_closest_to_the_quote() -> None:
    quote = make_fact("a", 30, "Trade between the two countries doubled to ten billion dollars last year.",
                      {"money": 1.0})
    loose = make_fact("b", 30, "The two countries have traded more every year since the border reopened.",
                      {"money": 0.8})
    close = make_fact("b", 31, "Bilateral trade doubled last year to reach ten billion dollars.", {"money": 0.8})
    third = make_fact("c", 30, "Trade between the neighbours doubled last year.", {"money": 0.8})
    for order in ([loose, close, third], [close, loose, third]):
        assert _cited(_absorbing(quote, *order)) == [close.lead.sentence, third.lead.sentence]


def test_a_rebuttal_is_not_cited_beside_the_claim_it_contests() -> None:
    quote = make_fact("a", 30, '"This was a rigged, disgraceful trial," the former governor told reporters.',
                      {"verdict": 1.0})
    rebuttal = make_fact("b", 30, '"It is reckless for anyone to say this trial was rigged," the mayor said.',
                         {"verdict": 0.8})
    same = make_fact("c", 30, 'The former governor called it "a rigged, disgraceful trial".', {"verdict": 0.8})
    page = _absorbing(quote, rebuttal, same)
    assert _cited(page) == [same.lead.sentence]
    assert page.commented_on(rebuttal, [0.5]) is None


def test_a_sentence_giving_another_count_in_words_is_not_cited_beside_the_quote() -> None:
    quote = make_fact("a", 30, "5 miners are still trapped underground, officials said.", {"risks": 1.0})
    other = make_fact("b", 30, "Two miners are still trapped underground, the rescue service said.", {"risks": 0.8})
    same = make_fact("c", 30, "Rescuers said five miners remain trapped underground.", {"risks": 0.8})
    assert _cited(_absorbing(quote, other, same)) == [same.lead.sentence]


JOBS = "Cup makers said the ban on single-use plastic cups from 2028 would cost 12,000 jobs."


def test_a_sentence_sharing_only_a_year_with_a_quote_that_counts_is_not_cited_beside_it() -> None:
    quote = make_fact("a", 40, JOBS, {"money": 1.0})
    year_only = make_fact("b", 40, "Ministers agreed on Tuesday to ban single-use plastic cups from 2028.",
                          {"money": 0.8})
    same = make_fact("c", 40, "The 2028 ban on plastic cups will cost twelve thousand jobs, the makers said.",
                     {"money": 0.8})
    plain = make_fact("d", 40, "Cup makers warned that the ban on plastic cups would cost jobs.", {"money": 0.8})
    # a sentence stating no figure is judged as before: cited
    assert _cited(_absorbing(quote, year_only, same, plain)) == [same.lead.sentence, plain.lead.sentence]


def test_a_nearby_sentence_sharing_only_a_year_with_a_quote_that_counts_is_not_cited_beside_it() -> None:
    year_only = make_fact("b", 41, "Cup makers said the ban on single-use plastic cups from 2028 would hurt them.",
                          {"money": 0.2})
    same = make_fact("c", 41, "Cup makers said the ban on plastic cups from 2028 would cost 12,000 jobs in all.",
                     {"money": 0.2})
    quote = make_fact("a", 41, JOBS, {"money": 1.0})
    quote = Fact(quote.id, quote.members, year_only.members + same.members)
    page = _page(quote)
    page.corroborate()
    assert _cited(page) == [same.lead.sentence]


def test_a_sentence_sharing_only_a_year_with_a_quote_giving_an_amount_is_cited_beside_it() -> None:
    # money counts no named thing: the repayment is the fact, the sum a detail
    quote = make_fact("a", 42, "Prosecutors showed how Cohen was paid back during 2017 in installments totaling "
                      "$420,000.", {"money": 1.0})
    same = make_fact("b", 42, "Prosecutors said Trump repaid Cohen in 2017 through monthly checks.", {"money": 0.8})
    assert _cited(_absorbing(quote, same)) == [same.lead.sentence]


def test_an_article_whose_closest_sentence_is_set_aside_is_not_cited_for_a_farther_one() -> None:
    quote = make_fact("a", 44, JOBS, {"money": 1.0})
    unbacked = make_fact("b", 44, "Cup makers said the ban on single-use plastic cups from 2028 would cost them "
                         "dearly.", {"money": 0.2})
    farther = make_fact("b", 45, "The makers of plastic cups said the ban would hurt them.", {"money": 0.2})
    quote = Fact(quote.id, quote.members, unbacked.members + farther.members)
    page = _page(quote)
    page.corroborate()
    assert _cited(page) == []


def test_a_sentence_grouped_with_a_restatement_is_cited_only_when_it_states_the_quote_s_fact() -> None:
    quote = make_fact("a", 50, "The government has expressed concern over the growing partnership between the "
                      "two states.", {"reactions": 1.0})
    restated = make_fact("b", 50, "The partnership has raised concern in Washington and Seoul, where officials "
                         "warned of weapons transfers.", {"reactions": 0.8})
    # grouped with the restatement (close to it in meaning), but on weapons and sanctions, not the concern
    grouped = make_fact("c", 50, "Officials in Seoul warned that weapons transfers would break United Nations "
                        "sanctions.", {"reactions": 0.8})
    both = Fact(restated.id, restated.members + grouped.members)
    assert _cited(_absorbing(quote, both)) == [restated.lead.sentence]
    page = _page(quote)
    page.absorb(0, Fact(restated.id, restated.members + make_fact(
        "c", 51, "Washington and Seoul voiced concern at the growing partnership.", {"reactions": 0.8}).members))
    assert [m.sentence.article_id for m in page.quotes[0][2]] == ["b", "c"]


def test_a_loose_restatement_is_cited_only_when_it_stands_out_from_how_alike_the_corpus_sentences_are() -> None:
    quote = make_fact("a", 50, "Mayor Ana Ruiz told the governor the meeting in Valdora brought relations between "
                      "the two cities to a new level.", {"reactions": 1.0})
    loose = make_fact("b", 50, "Ruiz and the governor will hold talks about trade and transport at the Valdora "
                      "town hall, local media reported.", {"reactions": 0.8})
    page = _page(quote)
    page.absorb(0, loose, strict=True)
    assert _cited(page) == [loose.lead.sentence]  # 0.67 in meaning: above LOOSE_CITED
    # in a corpus where any two sentences of different articles are this alike, 0.67 is nothing special
    page = _page(quote)
    page.meaning.typical = (0.4, 0.14)
    page.absorb(0, loose, strict=True)
    assert _cited(page) == []


CABINET = ("The security cabinet authorized Prime Minister Benjamin Netanyahu and Defense Minister Yoav Gallant to "
           "decide on the response.")
SPOKE = "The president also spoke with Prime Minister Benjamin Netanyahu."  # cosine about 0.59: only the name
LET = ("Ministers let Prime Minister Benjamin Netanyahu and Defense Minister Yoav Gallant choose how Israel hits "
       "back.")  # a paraphrase (cosine about 0.72) sharing only the names


def test_a_restatement_sharing_only_people_s_names_is_cited_only_as_a_paraphrase() -> None:
    quote = make_fact("a", 60, CABINET, {"response": 1.0})
    spoke = make_fact("b", 60, SPOKE, {"response": 0.8})
    let = make_fact("c", 60, LET, {"response": 0.8})
    assert _cited(_absorbing(quote, spoke, let)) == [let.lead.sentence]


def test_a_nearby_sentence_sharing_only_people_s_names_must_reach_the_uncalibrated_paraphrase_bar() -> None:
    spoke = make_fact("b", 61, SPOKE, {"response": 0.2})
    let = make_fact("c", 61, LET, {"response": 0.2})
    quote = make_fact("a", 61, CABINET, {"response": 1.0})
    page = _page(Fact(quote.id, quote.members, spoke.members + let.members))
    page.meaning.paraphrase = 0.55  # as calibrated on a corpus of unlike sentences
    page.corroborate()
    assert _cited(page) == [let.lead.sentence]
