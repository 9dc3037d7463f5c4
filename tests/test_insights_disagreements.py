"""Disagreements: hand-made corpora with known conflicts, the seed corpus and the bridge fixture."""

from __future__ import annotations

import html
import re
from pathlib import Path

from conftest import SEED_CORPUS
from insights_support import analyse_files, article, fixture_insights, two_articles

from generator.insights import analyse
from generator.insights.disagreements import _doers, _subject
from generator.pipeline import run
from generator.render import Renderer
from generator.render_insights import InsightRenderer, render_insights
from generator.settings import make_settings

FILLER = "The visit drew large crowds in the capital and wide coverage abroad."


def _values(d) -> list[tuple[str, tuple[str, ...]]]:
    return [(p.value, tuple(c.article for c in p.citations)) for p in d.positions]


def test_weekday_conflict_without_publication_dates(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        f"The president arrived in the capital late Wednesday for talks. {FILLER}",
        f"The president is scheduled to arrive in the capital on Tuesday. {FILLER}"))
    assert len(ins.disagreements) == 1
    d = ins.disagreements[0]
    assert d.kind == "day" and "arrive" in d.subject
    assert sorted(_values(d)) == [("Tuesday", ("b",)), ("Wednesday", ("a",))]
    # Each side cites the exact words: the mark covers the day in the file.
    for p in d.positions:
        c = p.citations[0]
        text = (tmp_path / "corpus" / f"{c.article}.md").read_text(encoding="utf-8")
        assert text[c.mark_start:c.mark_end] in ("late Wednesday", "Tuesday")
        assert text[c.start:c.end] == c.text


def test_relative_days_resolve_to_different_dates(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "Divers recovered the bodies of two workers from a pickup truck yesterday, police said.",
                        source="Alpha", published="2024-03-29"),
        "b.md": article("B", "Divers recovered the bodies of two workers from a red pickup truck on Wednesday, "
                             "police said.", source="Beta", published="2024-03-28"),
    })
    assert [sorted(_values(d)) for d in ins.disagreements] == [
        [("Thursday 2024-03-28", ("a",)), ("Wednesday 2024-03-27", ("b",))]]


def test_same_day_in_other_words_is_no_conflict(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "Divers recovered the bodies of two workers from a pickup truck yesterday, police said.",
        "Divers recovered the bodies of two workers from a red pickup truck on Wednesday, "
        "police said.", published="2024-03-28"))
    assert ins.disagreements == ()


def test_amount_conflict_and_approximate_agreement(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "Rebuilding the bridge could cost about $600 million, according to early estimates.",
                        source="Alpha"),
        "b.md": article("B", "Early estimates put the rebuilding cost at close to $400 million.", source="Beta"),
        "c.md": article("C", "Early estimates put the rebuilding cost at roughly $590 million.", source="Gamma"),
    })
    assert len(ins.disagreements) == 1
    values = sorted(_values(ins.disagreements[0]))
    assert ("close to $400 million", ("b",)) in values and ("about $600 million", ("a",)) in values
    assert ins.disagreements[0].kind == "money"


def test_unrelated_values_do_not_conflict(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "The bridge opened in 1977 and carried millions of cars each year.", source="Alpha"),
        "b.md": article("B", "The port handled a record tonnage of foreign cargo in 2023.", source="Beta"),
        "c.md": article("C", "The minister met the president on Monday to discuss the harbor.", source="Gamma"),
        "d.md": article("D", "The coast guard ended the search on Friday as the weather turned.", source="Delta"),
    })
    assert ins.disagreements == ()


def test_one_outlet_never_disagrees_with_its_reprint(tmp_path: Path) -> None:
    story = ("BALTIMORE (AP) — Officials said eight people plunged into the river when the span fell, and two "
             "were rescued by the harbor police within the hour.")
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", story, source="Site One"),
        "b.md": article("B", story.replace("eight people", "seven people"), source="Site Two"),
    })
    assert ins.disagreements == ()


def test_seed_corpus_arrival_day() -> None:
    dossier = run(make_settings(corpus=SEED_CORPUS, progress=False))
    ins = analyse(dossier)
    days = [d for d in ins.disagreements if d.kind == "day"]
    assert len(days) == 1
    values = {p.value: [c.text for c in p.citations] for p in days[0].positions}
    assert set(values) == {"Tuesday", "Wednesday"}
    assert any("late Wednesday" in t for t in values["Wednesday"])
    assert any("arrive in Pyongyang on Tuesday" in t for t in values["Tuesday"])


def test_fixture_corpus(tmp_path: Path) -> None:
    _, ins = fixture_insights(tmp_path)
    found = {(d.kind, tuple(sorted(p.value for p in d.positions))) for d in ins.disagreements}
    assert found == {
        ("day", ("Thursday 2024-03-28", "Wednesday 2024-03-27")),
        ("quantity", ("as many as 20 people", "eight people")),
        ("money", ("about $600 million", "close to $400 million")),
        ("actor", ("Coast Guard", "Divers")),
    }


OTHER = "Shops stayed shut for much of the week while repairs went on."


def _found(tmp_path: Path, first: str, second: str, *, published: tuple[str | None, str | None] = (None, None)
           ) -> set[tuple[str, tuple[str, ...]]]:
    """The disagreements of two articles by different outlets, as (kind, sorted values)."""
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", f"{first} {FILLER}", source="Alpha", published=published[0]),
        "b.md": article("B", f"{second} {OTHER}", source="Beta", published=published[1]),
    })
    return {(d.kind, tuple(sorted(p.value for p in d.positions))) for d in ins.disagreements}


def test_values_of_different_clauses_are_not_compared(tmp_path: Path) -> None:
    # "ten days" counts to the congress (its own clause), "45 days" the time to appeal: "hearing" is
    # next to both values only across a comma.
    assert _found(tmp_path, "The judge set the hearing for May 3, ten days before the party congress opens.",
                  "Defendants have 45 days from the hearing to appeal.") == set()


def test_a_direction_does_not_say_what_a_distance_is_of(tmp_path: Path) -> None:
    # The epicentre's distance from the city and a village's.
    assert _found(tmp_path, "The epicentre was around 72 kilometers southwest of Marrakesh.",
                  "The village, which is about 40 kilometers south of Marrakesh, was destroyed.") == set()
    # One distance told two ways still disagrees.
    assert _found(tmp_path, "The epicentre was around 72 kilometers southwest of Marrakesh.",
                  "The epicentre was 40 kilometers south of Marrakesh.") == {("quantity", ("40 kilometers",
                                                                                        "around 72 kilometers"))}


def test_figures_must_qualify_the_same_word(tmp_path: Path) -> None:
    # "worth" stands next to both sums, but one is the worth of a contract, the other of exports.
    assert _found(tmp_path,
                  "The ministry said the national airline would buy 30 new jets in a contract worth about "
                  "$4.2 billion.",
                  "Annual exports are worth well over $60 billion, and a contract for the national airline to buy "
                  "30 new jets was signed.") == set()


def test_the_same_contract_at_two_prices_is_a_disagreement(tmp_path: Path) -> None:
    assert _found(tmp_path, "The national airline signed a $4.2 billion contract to buy 30 new jets.",
                  "The national airline signed a $5 billion contract to buy 30 new jets from the planemaker.") == {
        ("money", ("$4.2 billion", "$5 billion"))}


def test_figures_of_different_owners_are_not_compared(tmp_path: Path) -> None:
    assert _found(tmp_path, "Spain's budget deficit, the widest in years, stood at 3.6% last year.",
                  "Italy's budget deficit stood at 7.4% last year, the finance ministry said.") == set()
    assert _found(tmp_path / "same", "Spain's budget deficit stood at 3.6% last year.",
                  "Spain's budget deficit stood at 4.1% last year, the finance ministry said.") == {
        ("percent", ("3.6%", "4.1%"))}


def test_figures_credited_to_different_names_are_not_compared(tmp_path: Path) -> None:
    assert _found(tmp_path, "The Liberal Democrats won 71 seats, while the nationalists lost dozens.",
                  "Reform UK has won four seats in the new parliament.") == set()
    # One name in both, or a doer only in one, or names of who said it: one count, told two ways.
    assert _found(tmp_path / "shared", "Reform UK has won four seats in the new parliament.",
                  "Reform won five seats in the new parliament, its leader said.") == {
        ("quantity", ("five seats", "four seats"))}
    assert _found(tmp_path / "said", "Ishikawa officials said the quake killed 62 people in the region.",
                  "Tokyo said the quake killed 64 people in the region.") == {
        ("quantity", ("62 people", "64 people"))}
    assert ("quantity", ("22 ministers", "25 ministers")) in _found(
        tmp_path / "role", "The Prime Minister appointed 22 ministers to the new cabinet.",
        "In all, 25 ministers were appointed to the new cabinet.")
    # Roles, titles and days name no doer; a sentence's first word does only before another name.
    text = "On Friday the Prime Minister and Mr Smith said Labour Party MPs won 412 seats"
    assert _doers(text, text.index("412"), len(text)) == {"labour", "party"}
    assert _doers("Labour won 412 seats", 11, 20) == frozenset()


def test_figures_of_different_years_are_not_compared(tmp_path: Path) -> None:
    # "this year" is not resolved (no publication date), yet it is not "last year".
    assert _found(tmp_path, "Farm exports to the bloc reached $40 billion last year, officials said.",
                  "Officials said farm exports to the bloc were likely to exceed $55 billion this year.",
                  published=("2024-05-02", None)) == set()
    # Resolved, "last year" and "this year" date the figures: they are no claims of a year of their own.
    assert _found(tmp_path / "dated", "Farm exports to the bloc reached $40 billion last year, officials said.",
                  "Officials said farm exports to the bloc were likely to exceed $55 billion this year.",
                  published=("2024-05-02", "2024-05-02")) == set()


def test_figures_of_different_months_are_not_compared(tmp_path: Path) -> None:
    assert _found(tmp_path, "Annual consumer inflation in the region rose to 5.2% in August, the agency said.",
                  "Annual consumer inflation in the region rose in September to 5.5%, the agency said.",
                  published=("2024-10-02", "2024-10-02")) == set()
    assert _found(tmp_path / "same", "Annual consumer inflation in the region rose to 5.2% in August, the agency said.",
                  "Annual consumer inflation in the region rose in August to 5.5%, the agency said.",
                  published=("2024-10-02", "2024-10-02")) == {("percent", ("5.2%", "5.5%"))}


def test_a_quoted_today_is_the_speakers_day(tmp_path: Path) -> None:
    assert _found(tmp_path, '"We finally reopened the old bridge today," the mayor told reporters.',
                  "The mayor reopened the old bridge on Saturday, officials said.",
                  published=("2024-05-03", "2024-05-06")) == set()


def test_the_end_of_a_range_of_days_is_no_day_of_its_own(tmp_path: Path) -> None:
    assert _found(tmp_path, "The summit of 20-22 March ended with a joint statement on trade.",
                  "The summit ended on Tuesday with a joint statement on trade.",
                  published=("2023-03-23", "2023-03-23")) == set()


def test_a_sentence_stating_both_values_contradicts_neither(tmp_path: Path) -> None:
    # The two ends of one range, written two ways.
    assert _found(tmp_path, "The central bank held its key rate in a range of 3.25% to 3.50% on Thursday.",
                  "The central bank held its key rate at 3.25%-3.5% on Thursday, as expected.") == set()


def test_floors_and_ceilings(tmp_path: Path) -> None:
    assert _found(tmp_path, "More than 300 flights were cancelled at the main airport because of the storm.",
                  "Airlines said about 450 flights were cancelled at the main airport as the storm hit.") == set()
    assert _found(tmp_path / "apart", "Nearly 300 flights were cancelled at the main airport because of the storm.",
                  "Airlines said more than 450 flights were cancelled at the main airport as the storm hit.") == {
        ("quantity", ("Nearly 300 flights", "more than 450 flights"))}


def test_a_figure_alone_in_brackets_is_no_claim(tmp_path: Path) -> None:
    assert _found(tmp_path, "The whole festival cost about $75m (£59m).",
                  "The whole festival cost £60m, organisers said.") == set()


def test_a_year_naming_which_thing_is_no_date_of_it(tmp_path: Path) -> None:
    assert _found(tmp_path, "The minister defended his 2019 budget speech in parliament.",
                  "The minister defended his 2021 budget speech before parliament.") == set()


def test_a_date_and_the_end_of_a_span_are_not_compared(tmp_path: Path) -> None:
    assert _found(tmp_path, "The council voted in 2021 to close the old coal power station.",
                  "By 2026 the council will close the old coal power station, councillors agreed.") == set()


def test_a_word_describing_a_name_is_not_what_a_day_dates(tmp_path: Path) -> None:
    # "collapsed" stands before both days, but the first describes the bridge: the day dates the removal.
    assert _found(tmp_path, "Crews began removing the wreckage of the collapsed Harbour Bridge on Saturday so that "
                            "a crane could reach it.",
                  "The Harbour Bridge collapsed into the river early Tuesday after a barge struck one of its piers."
                  ) == set()


def test_true_disagreements_are_kept(tmp_path: Path) -> None:
    assert _found(tmp_path, "The blast killed 12 people at the market, police said.",
                  "The blast killed 14 people at the crowded market on the edge of town.") == {
        ("quantity", ("12 people", "14 people"))}
    assert _found(tmp_path / "bomb", "The bomb killed 12 people, police said.",
                  "Officials said the bomb killed 14 people near the station.") == {
        ("quantity", ("12 people", "14 people"))}
    assert _found(tmp_path / "cut", "The bank announced a 25 basis point cut on Wednesday.",
                  "The bank announced a 50 basis point cut, its first in four years.") == {
        ("quantity", ("25 basis point", "50 basis point"))}


def test_actors_of_different_kinds_do_not_disagree(tmp_path: Path) -> None:
    # A city (for its government) and a person: two facts, not two versions of one.
    assert _found(tmp_path, "Oslo and Reykjavik signed the fisheries accord in 2001, after years of talks.",
                  "Prime Minister Anna Berg signed the fisheries accord in 2001 and visited the islands.") == set()
    assert _found(tmp_path / "cities", "Oslo signed the fisheries accord in 2001, after years of talks.",
                  "Copenhagen signed the fisheries accord in 2001 at a ceremony in the harbour.") == {
        ("actor", ("Copenhagen", "Oslo"))}


def test_a_forecast_and_a_figure_reached_are_not_compared(tmp_path: Path) -> None:
    assert _found(tmp_path, "Economists now expect inflation in the province to cool to 2.3 percent.",
                  "Inflation in the province has since cooled to 2.5 percent, the statistics office said.") == set()
    reached = "The jobless rate in the province climbed to 5.4 percent in the spring."
    assert _found(tmp_path / "expected", "The jobless rate in the province is expected to climb to 6.2 percent.",
                  reached) == set()
    assert _found(tmp_path / "could", "The jobless rate in the province could climb to 6.2 percent, economists warn.",
                  reached) == set()
    # Two forecasts of one figure do disagree.
    assert _found(tmp_path / "forecasts", "The jobless rate in the province is expected to climb to 6.2 percent.",
                  "Economists expect the jobless rate in the province to climb to 7.5 percent.") == {
        ("percent", ("6.2 percent", "7.5 percent"))}


def test_the_day_of_a_statement_is_not_the_day_it_speaks_of(tmp_path: Path) -> None:
    assert _found(tmp_path, "The river festival opened on Friday night with a lantern parade along the quays.",
                  "On Sunday the harbour guild said the lantern parade had blocked the quays for hours.") == set()
    assert _found(tmp_path / "after", "The river festival opened on Friday night with a lantern parade along the "
                                      "quays.",
                  "Mayor Ilse Brandt said on Sunday that the lantern parade had blocked the quays.") == set()


def test_different_acts_on_two_days_are_two_events(tmp_path: Path) -> None:
    # arriving one day and meeting the next; filing a motion and putting it before the house
    assert _found(tmp_path, "The president arrived in the capital on Monday on his first and only visit.",
                  "The president met the premier in the capital on Tuesday on his first and only visit.") == set()
    assert _found(tmp_path / "motion", "The opposition parties filed an impeachment motion on Wednesday.",
                  "Parliament introduced an impeachment motion early on Thursday.") == set()
    # the same act told on two days, in the same words or others, is a disagreement
    assert _found(tmp_path / "landed", "The president landed in the capital on Monday on his first and only visit.",
                  "The president arrived in the capital on Tuesday on his first and only visit.") == {
        ("day", ("Monday", "Tuesday"))}
    assert _found(tmp_path / "same", "The president arrived in the capital on Monday on his first and only visit.",
                  "The president arrived in the capital on Tuesday on his first and only visit.") == {
        ("day", ("Monday", "Tuesday"))}


def test_one_word_qualified_otherwise_names_another_event(tmp_path: Path) -> None:
    # An informal meeting one day, formal talks the next: two events, not one dated twice ...
    assert _found(tmp_path, "The two ministers held formal talks on Thursday at the lakeside palace.",
                  "The two ministers held three hours of talks on Wednesday at the lakeside palace.") == set()
    # ... but the same event on two days is a disagreement.
    assert _found(tmp_path / "same", "The two ministers held formal talks on Thursday at the lakeside palace.",
                  "The two ministers held formal talks on Wednesday at the lakeside palace.") == {
        ("day", ("Thursday", "Wednesday"))}
    assert _found(tmp_path / "plain", "The two ministers held talks on Thursday at the lakeside palace.",
                  "The two ministers held talks on Wednesday at the lakeside palace.") == {
        ("day", ("Thursday", "Wednesday"))}


def test_a_kind_of_figure_alone_does_not_say_what_it_is_of(tmp_path: Path) -> None:
    # Both are "highs", one of food prices, the other of a lending rate.
    assert _found(tmp_path, "Food prices have cooled, down from a high of 8.4% in the spring.",
                  "The central bank trimmed its lending target from a 15-year high of 5.75% on Thursday.") == set()


def test_figures_of_two_kinds_of_one_thing_are_not_compared(tmp_path: Path) -> None:
    # Two surveys' rates: a "mortgage rate" and a "contract rate" are two measures.
    assert _found(tmp_path, "The average 30-year fixed mortgage rate fell to 6.09% this week, according to the "
                            "lenders' survey.",
                  "The Home Lenders Guild's average contract rate on a 30-year conforming loan fell to 6.15% this "
                  "week.") == set()
    # The same rate, qualified alike or in one only, is one thing.
    assert _found(tmp_path / "same", "The average 30-year fixed mortgage rate fell to 6.09% this week, according "
                                     "to the lenders' survey.",
                  "The average fixed mortgage rate fell to 6.2% this week.") == {("percent", ("6.09%", "6.2%"))}


def test_a_count_is_headed_by_what_it_counts(tmp_path: Path) -> None:
    dossier, ins = analyse_files(tmp_path, two_articles(
        f"Trackers said more than 5,000 flights were cancelled worldwide on Friday. {FILLER}",
        f"Nearly 4,000 flights were cancelled worldwide, airlines said. {FILLER}"))
    assert [d.subject for d in ins.disagreements] == ["flights cancelled worldwide"]
    page = render_insights(dossier, ins)["insights/disagreements.md"]
    assert re.findall(r"<h2 [^>]*>([^<]*)</h2>", page) == ["Different counts of flights cancelled worldwide"]


def test_a_hedge_is_as_fine_as_its_number(tmp_path: Path) -> None:
    # "roughly 23%" is not 20.8%, though within TOLERANCE of it; "nearly 12 hours" is not 9-1/2 hours.
    assert _found(tmp_path, "The average credit card rate stands at about 20.8%, the bank said.",
                  "The average credit card rate stands at roughly 23%, analysts said.") == {
        ("percent", ("about 20.8%", "roughly 23%"))}
    assert _found(tmp_path / "jury", "The jury deliberated for about 9-1/2 hours before reaching its verdict.",
                  "The jury deliberated for nearly 12 hours before reaching its verdict.") == {
        ("duration", ("about 9-1/2 hours", "nearly 12 hours"))}
    # A round number hedged allows more: "some 7,000" is 6,800.
    assert _found(tmp_path / "round", "Some 6,800 athletes paraded along the river on boats.",
                  "Some 7,000 athletes paraded along the river on boats.") == set()


def test_a_count_describing_a_noun_measures_that_noun(tmp_path: Path) -> None:
    assert _found(tmp_path, "Russia would supply China with 100 billion cubic metres of gas a year by 2030.",
                  "Power of Siberia 2 is a 50 billion cubic metre a year pipeline that would supply gas to China "
                  "by 2030.") == set()


def test_a_preposition_says_nothing_of_what_a_value_is_about(tmp_path: Path) -> None:
    # "across" is no content word: both durations qualify "days", the span both are told over.
    assert _found(tmp_path, "The jurors returned their unanimous decision after deliberating for about 9-1/2 hours "
                            "over two days.",
                  "The panel, whose names were withheld, had weighed the evidence for nearly 12 hours across two "
                  "days.") == {("duration", ("about 9-1/2 hours", "nearly 12 hours"))}


def test_a_duration_is_headed_by_what_lasted_and_its_reason_names_only_shared_words(tmp_path: Path) -> None:
    # Only the first sentence says what lasted ("deliberating"): the heading still names it, but the reason
    # line names the words both hold around the value ("days"), not the heading's subject.
    dossier, ins = analyse_files(tmp_path, two_articles(
        "The jurors returned their unanimous decision after deliberating for about 9-1/2 hours "
        f"over two days. {FILLER}",
        "The panel, whose names were withheld, had weighed the evidence for nearly 12 hours "
        f"across two days. {OTHER}"))
    assert [(d.subject, d.shared) for d in ins.disagreements] == [("deliberating", ("days",))]
    page = render_insights(dossier, ins)["insights/disagreements.md"]
    assert re.findall(r"<h2 [^>]*>([^<]*)</h2>", page) == ["Different durations of deliberating"]
    assert re.findall(r'<p class="dossier-meta">([^<]*)</p>', page) == [
        "Compared because the sentences share the words around the value: days"]


def test_an_act_names_its_shared_words_as_the_reason(tmp_path: Path) -> None:
    # Two actors of one act: its verb and what it was done to are in both sentences.
    dossier, ins = analyse_files(tmp_path, two_articles(
        f"Oslo signed the fisheries accord in 2001, after years of talks. {FILLER}",
        f"Copenhagen signed the fisheries accord in 2001 at a ceremony in the harbour. {OTHER}"))
    assert [(d.kind, d.shared) for d in ins.disagreements] == [("actor", ("signed", "fisheries", "accord", "2001"))]
    page = render_insights(dossier, ins)["insights/disagreements.md"]
    assert re.findall(r'<p class="dossier-meta">([^<]*)</p>', page) == [
        "Compared because the sentences share the words around the value: signed fisheries accord 2001"]


def test_a_relative_clause_is_about_the_noun_before_its_comma(tmp_path: Path) -> None:
    # "which average" has no subject of its own: it is the credit card rates before the comma.
    assert _found(tmp_path, "But with the average card charging about 20.8%, a half-point cut saves little.",
                  "Credit card interest rates, which average roughly 23%, should edge lower.") == {
        ("percent", ("about 20.8%", "roughly 23%"))}
    # Nor does any other clause take the words before its comma.
    assert _found(tmp_path / "other", "But with the average card charging about 20.8%, a half-point cut saves little.",
                  "Credit card interest rates rose, and the average reached roughly 23%.") == set()


def test_two_counts_of_one_scene_are_compared_though_told_in_other_words(tmp_path: Path) -> None:
    # Both sentences state the 6,800 athletes: one scene, whose boats they count differently ...
    assert _found(tmp_path, "Some 6,800 athletes rode on 85 boats along the river.",
                  "Roughly 6,800 of them were carried on 94 boats, some packed with a single team.") == {
        ("quantity", ("85 boats", "94 boats"))}
    # ... but the counted noun alone does not make one scene.
    assert _found(tmp_path / "alone", "Some 6,800 athletes rode on 85 boats along the river.",
                  "Roughly 7,000 of them were carried on 94 boats, some packed with a single team.") == set()
    # ... nor does a same number counting different kinds of thing ("50 aftershocks", "50 people").
    assert _found(tmp_path / "kinds", "As some 50 aftershocks rattled the area overnight, rescuers said about "
                  "400 people cut off in a hotel were safe.",
                  "The quake killed nine people on Wednesday, while 50 workers travelling to a hotel were "
                  "missing.") == set()


def test_counts_compared_for_a_shared_number_say_so(tmp_path: Path) -> None:
    # The two sentences share no word around their boats: the reason line names the 6,800 both give ...
    dossier, ins = analyse_files(tmp_path, two_articles(
        f"Some 6,800 athletes rode on 85 boats along the river. {FILLER}",
        "Roughly 6,800 of them were carried on 94 boats, some packed with a single team. "
        f"{OTHER}"))
    assert [d.numbers for d in ins.disagreements] == [("6,800",)]
    page = render_insights(dossier, ins)["insights/disagreements.md"]
    assert re.findall(r'<p class="dossier-meta">([^<]*)</p>', page) == [
        "Compared because both sentences count boats and both also give the number &#54;,800"]
    # ... and values compared for the words around them name all the words both hold.
    dossier, ins = analyse_files(tmp_path / "words", {
        "a.md": article("A", f"The jury deliberated for 85 hours before the verdict. {FILLER}", source="Alpha"),
        "b.md": article("B", f"The jury deliberated for 94 hours before the verdict. {OTHER}", source="Beta"),
    })
    assert [d.numbers for d in ins.disagreements] == [()]
    page = render_insights(dossier, ins)["insights/disagreements.md"]
    assert re.findall(r'<p class="dossier-meta">([^<]*)</p>', page) == [
        "Compared because the sentences share the words around the value: jury deliberated verdict"]


def test_a_phrase_of_time_before_a_relative_clause_is_not_its_subject(tmp_path: Path) -> None:
    # "in months, which killed" / "for months, which killed": the months say when, not what was counted, so
    # the two death tolls share only "killed", too little of their other words to be one toll.
    assert _found(tmp_path, "The heaviest shelling in months, which killed 38 people in eastern villages overnight, "
                            "hit the region.",
                  "Strikes went on for months, which killed 45 people in southern farming towns near rivers.") == set()
    assert _found(tmp_path / "weeks", "Talks on the border had stalled for weeks, which killed 38 people in eastern "
                                      "villages overnight.",
                  "Strikes went on for weeks, which killed 45 people in southern farming towns near rivers.") == set()


def _toll_page(tmp_path: Path, published: tuple[str, str]) -> str:
    dossier, ins = analyse_files(tmp_path, {
        "a.md": article("A", "The earthquake killed 820 people, officials said.", source="Alpha",
                        published=published[0]),
        "b.md": article("B", "The earthquake killed 2,012 people, officials said.", source="Beta",
                        published=published[1]),
    })
    assert [sorted(_values(d)) for d in ins.disagreements] == [
        [("2,012 people", ("b",)), ("820 people", ("a",))]]
    # the topic pages' lines under the quotes that give a version
    topics = Renderer(dossier, insights=ins).pages()
    noted = [line for path, text in topics.items() if path.startswith("topics/") for line in text.splitlines()
             if "dossier-differ" in line]
    return InsightRenderer(dossier, ins).disagreements() + "\n".join(noted)


def test_versions_reported_on_different_days_may_be_an_update(tmp_path: Path) -> None:
    page = _toll_page(tmp_path, ("2023-09-09", "2023-09-11"))
    assert ("The versions come from articles published on different days (2023-09-09 to 2023-09-11): "
            "the value may have changed between them.") in page
    # a reader of a topic page is told so too (the escaped digits read as they are)
    assert ("Outlets differ here: 820 people; 2,012 people (reported on different days, 2023-09-09 to 2023-09-11: "
            "the value may have changed).") in html.unescape(page)


def test_versions_reported_on_one_day_are_not_called_an_update(tmp_path: Path) -> None:
    page = _toll_page(tmp_path, ("2023-09-09", "2023-09-09"))
    assert "published on different days" not in page and "reported on different days" not in page
    assert "Outlets differ here: " in page


def test_weekday_without_date_stands_with_that_weekday_date(tmp_path: Path) -> None:
    # An article without a publication date names the Wednesday a dated one names: one version, not two.
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", f"The president arrived in the capital on Tuesday for talks. {FILLER}",
                        source="Alpha", published="2024-05-08"),
        "b.md": article("B", f"The president is scheduled to arrive in the capital on Wednesday. {FILLER}",
                        source="Beta", published="2024-05-06"),
        "c.md": article("C", f"The president will arrive in the capital on Wednesday, officials said. {FILLER}",
                        source="Gamma"),
    })
    assert [sorted(_values(d)) for d in ins.disagreements] == [
        [("Tuesday 2024-05-07", ("a",)), ("Wednesday 2024-05-08", ("b", "c"))]]


def test_a_day_restated_after_a_weekday_keeps_the_weekday_s_subject(tmp_path: Path) -> None:
    # "Nov. 14" restates "Tuesday": the day of the arrival, not of the meeting named after it.
    assert _found(tmp_path, "President Jane Doe spent more than four hours in a meeting with the premier in the "
                            "capital on Wednesday as part of the trade summit that has been taking place in the "
                            "region for the past week.",
                  "The premier arrived in the country on Tuesday, Nov. 14, for the high-stakes meeting with Doe "
                  "during the trade summit taking place in the capital this week.",
                  published=("2023-11-16", "2023-11-15")) == set()


def test_following_does_not_say_what_a_day_is_of() -> None:
    # "Thursday following a successful docking" and "Wednesday following years of delays" are two events,
    # not two days of one: "following" is no subject word, so it ties neither day to the other.
    text = "The crew were welcomed aboard the station Thursday following a successful docking."
    start = text.index("Thursday")
    keys, words, near, heads, *_ = _subject(text, start, start + len("Thursday"))
    assert "following" not in words and heads == ("stati", "succe")


def test_local_time_does_not_say_what_a_day_is_of(tmp_path: Path) -> None:
    # The zone of two days, not one event: a launch on Saturday, a photograph released on Sunday.
    assert _found(tmp_path, "Iran launched the drones on Saturday night local time, officials said.",
                  "This photograph, released Sunday morning local time, shows the cabinet meeting.") == set()
    # One event told on two days still disagrees, local time or not.
    assert _found(tmp_path, "Iran launched the drones on Saturday night local time.",
                  "Iran launched the drones early on Sunday local time.") == {("day", ("Saturday", "Sunday"))}


def test_a_count_of_a_kind_of_what_the_other_counts_is_a_part_not_a_conflict(tmp_path: Path) -> None:
    assert _found(tmp_path, "Iran launched over 300 missiles and drones against Israel, the army said.",
                  "Iran also launched 110 surface-to-surface missiles against Israel, officials said.") == set()
    # Two counts of one kind still disagree.
    # a word of scale is no kind: a million people against 800,000 still differ
    assert _found(tmp_path, "About 1.2 million people fled the city, the agency said.",
                  "Some 800,000 people fled the city, officials said.") == {
        ("quantity", ("About 1.2 million people", "Some 800,000 people"))}
    assert _found(tmp_path, "Iran launched 120 ballistic missiles against Israel, the army said.",
                  "Iran launched 110 ballistic missiles against Israel, officials said.") == {
        ("quantity", ("110 ballistic missiles", "120 ballistic missiles"))}
