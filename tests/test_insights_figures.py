"""Key figures: numbers with what they count, merged across articles, cited to the figure itself."""

from __future__ import annotations

from pathlib import Path

from conftest import SEED_CORPUS
from insights_support import analyse_files, article, fixture_insights, two_articles

from generator.insights import analyse
from generator.insights.values import ValueKind
from generator.pipeline import run
from generator.settings import make_settings


def test_same_figure_in_two_outlets_is_one_row(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "The ship carried nearly 4,700 containers when it left port.", source="Alpha"),
        "b.md": article("B", "Loaded with nearly 4,700 containers, the ship lost power.", source="Beta"),
        "c.md": article("C", "The agency released $60 million in emergency funds on Thursday.", source="Gamma"),
    })
    rows = [(f.kind, f.label, f.unit, f.context, [c.article for c in f.citations]) for f in ins.figures]
    assert rows == [
        (ValueKind.QUANTITY, "nearly 4,700 containers", "containers", "when it left port", ["a", "b"]),
        (ValueKind.MONEY, "$60 million", "dollars", "in emergency funds on Thursday", ["c"]),
    ]
    mark = ins.figures[1].citations[0]
    text = (tmp_path / "corpus" / "c.md").read_text(encoding="utf-8")
    assert text[mark.mark_start:mark.mark_end] == "$60 million"


def test_seed_figures() -> None:
    ins = analyse(run(make_settings(corpus=SEED_CORPUS, progress=False)))
    labels = {f.label: f for f in ins.figures}
    assert labels["ninefold"].kind is ValueKind.MULTIPLE
    assert labels["ninefold"].context.startswith("rise in trade turnover")
    assert labels["nearly five million artillery shells"].unit == "artillery shells"
    assert ins.figures[0].label == "24 years" and ins.outlets.count(c.article for c in ins.figures[0].citations) == 3
    assert "two leaders" not in labels and "two nations" not in labels


def test_fixture_figures(tmp_path: Path) -> None:
    _, ins = fixture_insights(tmp_path)
    kinds = {f.label: f.kind for f in ins.figures}
    assert kinds["$60 million"] is ValueKind.MONEY
    assert kinds["nearly 40 percent"] is ValueKind.PERCENT
    assert kinds["roughly doubled"] is ValueKind.MULTIPLE
    assert kinds["52.3 million tons"] is ValueKind.QUANTITY
    jobs = next(f for f in ins.figures if f.label == "About 8,000 jobs")
    assert len(jobs.citations) == 2 and ins.outlets.count(c.article for c in jobs.citations) == 1


def test_context_and_quote_come_from_the_same_sentence(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "The harbour stayed shut for 40 days.",
        "After 40 days of closure, the harbour reopened."))
    row = next(f for f in ins.figures if f.value == 40)
    assert row.context == "of closure"
    assert row.citations[0].article == "b"


def test_basis_points_are_no_index_points(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "The Fed signalled a further 100 basis points of cuts in 2025.", source="Alpha"),
        "b.md": article("B", "The Fed signalled a further 50 basis points of cuts in 2025.", source="Beta"),
        "c.md": article("C", "The Dow Jones index closed about 100 points lower on the day.", source="Gamma"),
    })
    rows = {(f.label, f.unit, tuple(c.article for c in f.citations)) for f in ins.figures}
    assert rows == {("100 basis points", "basis points", ("a",)), ("50 basis points", "basis points", ("b",)),
                    ("about 100 points", "points", ("c",))}
    # 100 and 50 basis points of cuts disagree; the index's 100 points are another quantity.
    assert [[p.value for p in d.positions] for d in ins.disagreements] == [["100 basis points", "50 basis points"]]


def test_a_scale_word_or_a_verb_is_no_unit_of_a_row(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "The faulty update disabled roughly 8.5 million Windows devices.", source="Alpha"),
        "b.md": article("B", "Microsoft estimated that 8.5 million devices went down.", source="Beta"),
        "c.md": article("C", "Officials were split: seven saw only a quarter point.", source="Gamma"),
    })
    # One row of 8.5 million devices (neither context says what they are: "went down" is what they did,
    # so the first statement is quoted first); no "seven saw".
    rows = [(f.label, f.value, f.unit, [c.article for c in f.citations]) for f in ins.figures]
    assert rows == [("roughly 8.5 million Windows devices", 8.5e6, "windows devices", ["a", "b"])]


def test_a_value_counting_another_thing_is_no_corroboration(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", 'The firm said it was "less than one percent of all Windows machines".', source="Alpha"),
        "b.md": article("B", "The shares fell about 11%, while Microsoft stock slipped less than 1%.", source="Beta"),
        "c.md": article("C", "Microsoft noted that this was under 1% of the Windows installed base.", source="Gamma"),
        "d.md": article("D", "Analysts said more than 5,000 flights scheduled for Friday were cancelled worldwide.",
                        source="Delta"),
        "e.md": article("E", "The airline scrubbed more than 5,000 flights in the days after the outage.", source="Echo"),
    })
    rows = {(f.label, tuple(c.article for c in f.citations)) for f in ins.figures}
    assert ("less than one percent", ("a", "c")) in rows and ("less than 1%", ("b",)) in rows
    assert {r for r in rows if "5,000" in r[0]} == {("more than 5,000 flights", ("d",)),
                                                     ("more than 5,000 flights", ("e",))}


def test_figures_of_two_indices_are_no_corroboration(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "The Fed's preferred gauge, the personal consumption expenditures index, rose "
                             "2.5 percent in the year through July, while unemployment has drifted to 4.2 percent.",
                        source="Alpha"),
        "b.md": article("B", "Inflation has eased to 2.5% on the consumer price index, and unemployment stands at "
                             "4.2%.", source="Beta"),
        "c.md": article("C", "Inflation, which peaked by the consumer price index measure in 2022, has slowed to 2.5%.",
                        source="Gamma"),
    })
    rows = {(f.label, tuple(c.article for c in f.citations)) for f in ins.figures}
    assert ("2.5 percent", ("a",)) in rows and ("2.5%", ("b", "c")) in rows
    # An index named before another clause measures nothing in it: unemployment's 4.2% is one row.
    assert ("4.2 percent", ("a", "b")) in rows


def test_an_abbreviation_counts_as_the_words_it_spells(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "Tokyo will raise defence spending to 2% of gross domestic product by 2027.",
        "Japan pledged to double defence spending to 2% of GDP within five years."))
    assert [tuple(c.article for c in f.citations) for f in ins.figures if f.value == 2] == [("a", "b")]


def test_a_range_of_money_is_one_row(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "Officials estimate a new bridge will cost between $1.7 billion and $1.9 billion.",
                        source="Alpha"),
    })
    assert [(f.label, f.value) for f in ins.figures] == [("$1.7 billion and $1.9 billion", 1.7e9)]


def test_a_conversion_in_brackets_is_no_row_and_spellings_of_a_unit_are_one(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "The quake struck a mountainous area 72 kilometres (45 miles) southwest of the city.",
                        source="Alpha"),
        "b.md": article("B", "Its epicentre was around 72 kilometers (45 miles) southwest of the city.",
                        source="Beta"),
        "c.md": article("C", "The fund released $10 million (£8 million) for shelters.", source="Gamma"),
        "d.md": article("D", "The blast killed 25 people (12 children) in the market.", source="Delta"),
    })
    rows = [(f.label, [c.article for c in f.citations]) for f in ins.figures]
    assert sorted(rows) == [("$10 million", ["c"]), ("12 children", ["d"]), ("25 people", ["d"]),
                            ("72 kilometres", ["a", "b"])], rows


def test_a_labelled_list_item_gives_its_figure_with_its_label(tmp_path: Path) -> None:
    body = ("The ceremony ran for nearly four hours along the river.\n\n## By the numbers\n\n"
            "- Reported cost: \u20ac122m, according to a satirical weekly\n- Delegations: 205, plus the refugee team\n")
    _, ins = analyse_files(tmp_path, {"a.md": article("A", body, source="Alpha")})
    rows = {f.label: f for f in ins.figures}
    assert (rows["\u20ac122m"].unit, rows["\u20ac122m"].context) == ("euros", "Reported cost")
    assert (rows["205"].unit, rows["205"].context) == ("delegations", "Delegations")
    mark = rows["205"].citations[0]
    text = (tmp_path / "corpus" / "a.md").read_text(encoding="utf-8")
    assert text[mark.mark_start:mark.mark_end] == "205"
    assert text[mark.start:mark.end] == "Delegations: 205, plus the refugee team"


def test_a_row_shows_the_statement_that_says_what_the_figure_is(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "Athletes from 205 delegations took part in the parade.",
        "Athletes marched in 205 delegations of national teams."))
    rows = [(f.context, [c.article for c in f.citations]) for f in ins.figures if f.value == 205]
    assert rows == [("of national teams", ["b", "a"])]


def test_figures_whose_contexts_name_other_destinations_are_no_corroboration(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "The minister arrived in Oslo after a two-day visit to France on Monday.", source="Alpha"),
        "b.md": article("B", "She came to Oslo after a two-day visit to Finland's capital Helsinki.", source="Beta"),
        "c.md": article("C", "The minister's two-day visit to France ended with a trade pact.", source="Gamma"),
        "d.md": article("D", "The firm made a $9,000 payment to Jane Roe before the vote.", source="Delta"),
        "e.md": article("E", "The $9,000 payment that the lawyer John Doe made was booked as a fee.", source="Echo"),
        "f.md": article("F", "Officials confirmed a $9,000 payment to the United States embassy.", source="Foxtrot"),
        "g.md": article("G", "Records show a $9,000 payment to the US embassy in May.", source="Golf"),
    })
    rows = {(f.context, tuple(c.article for c in f.citations)) for f in ins.figures if f.value in (2, 9000)}
    assert rows == {("visit to France on Monday", ("a", "c")), ("visit to Finland's capital Helsinki", ("b",)),
                    ("payment to Jane Roe", ("d", "e")), ("payment to the United States embassy", ("f", "g"))}
