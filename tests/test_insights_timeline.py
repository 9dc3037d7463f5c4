"""Timeline: dates resolved against the publication date where the text allows, in order."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from insights_support import analyse_files, article, dossier_of, fixture_insights, two_articles

from generator.insights.timeline import _same_week, dateline_day, outlook, quoted, resolve
from generator.insights.values import dates

WEDNESDAY = dt.date(2024, 6, 19)


@pytest.mark.parametrize("text, expected", [
    ("He arrived late Tuesday.", ("2024-06-18", "Tuesday 18 June 2024 (late)", False)),
    ("He arrived on Wednesday.", ("2024-06-19", "Wednesday 19 June 2024", False)),
    ("He arrived last Wednesday.", ("2024-06-12", "Wednesday 12 June 2024", False)),
    ("He is scheduled to arrive on Friday.", ("2024-06-21", "Friday 21 June 2024", False)),
    ("It happened yesterday.", ("2024-06-18", "Tuesday 18 June 2024", False)),
    ("It will happen tomorrow.", ("2024-06-20", "Thursday 20 June 2024", False)),
    ("In March, Russia vetoed the resolution.", ("2024-03", "March 2024", True)),
    ("They last met in September.", ("2023-09", "September 2023", True)),
    ("Trade grew last year.", ("2023", "2023", True)),
    ("On June 12 he spoke.", ("2024-06-12", "Wednesday 12 June 2024", False)),
    ("The treaty dates from 1961.", ("1961", "1961", True)),
])
def test_resolve_against_publication(text: str, expected: tuple[str, str, bool]) -> None:
    (mention,) = dates(text)
    assert resolve(mention, WEDNESDAY, text) == expected


def test_the_next_or_last_year_is_twelve_months_not_a_calendar_year() -> None:
    assert dates("Allies will deliver more jets over the next year.") == []
    assert dates("Prices have doubled in the last year.") == []
    assert [m.offset_years for m in dates("The summit will meet again next year.")] == [1]


def _day(text: str) -> str:
    (mention,) = dates(text)
    return resolve(mention, WEDNESDAY, text)[0]


def test_a_possessive_weekday_dates_the_event_told_of() -> None:
    # The future tense belongs to the sentence's verb, not to the day of the ruling or the storm ...
    assert _day("Tuesday's ruling, the judge said, will be appealed.") == "2024-06-18"
    assert _day("Tuesday's verdict, guilty on all counts, will be remembered as a first.") == "2024-06-18"
    assert _day("Monday's storm will cost the farms dearly.") == "2024-06-17"
    assert _day("Thursday's meeting ended without a deal.") == "2024-06-13"
    # ... unless a word of planning says the event is still to come.
    assert _day("Friday's planned vote will go ahead.") == "2024-06-21"


def test_a_possessive_weekday_goes_the_way_the_article_names_that_day(tmp_path: Path) -> None:
    # One article's "Thursday" is one day: the summit ahead, the storm behind, whatever the verb of the
    # possessive's sentence ("follows", "will cost").
    _, ins = analyse_files(tmp_path, two_articles(
        "The three leaders will hold their first summit on Thursday. Thursday's meeting "
        "follows a string of clashes at sea.",
        "A storm struck the coast on Monday. Monday's storm will cost the farms dearly.", published="2024-06-19"))
    assert sorted((m.date, m.citations[0].article) for m in ins.timeline) == [
        ("2024-06-17", "b"), ("2024-06-17", "b"), ("2024-06-20", "a"), ("2024-06-20", "a")]


@pytest.mark.parametrize("text, published, expected", [
    # "would" before the day in its clause: a future told from the past, the day to come.
    ("State police said divers would resume the effort as a recovery operation on Wednesday morning.",
     dt.date(2024, 3, 26), "2024-03-27"),
    ("Officials said that talks would resume on Friday.", WEDNESDAY, "2024-06-21"),
    # Not a day told before the "would", nor "would have".
    ("The company said on Monday that it would cut jobs.", WEDNESDAY, "2024-06-17"),
    ("The company said on Monday it would cut jobs.", WEDNESDAY, "2024-06-17"),
    ("The operator said the line would have reopened on Monday.", WEDNESDAY, "2024-06-17"),
    # "as early as" before a day: the earliest a thing may come, a day ahead
    ("Its lawmakers could lead a vote for impeachment as early as Friday.", WEDNESDAY, "2024-06-21"),
])
def test_would_puts_a_later_day_ahead(text: str, published: dt.date, expected: str) -> None:
    (mention,) = dates(text)
    assert resolve(mention, published, text)[0] == expected


def test_days_named_as_the_earliest_are_ahead_when_told_of_the_future() -> None:
    text = "The vote could be held as early as Friday or Saturday."
    assert [resolve(m, WEDNESDAY, text)[0] for m in dates(text)] == ["2024-06-21", "2024-06-22"]
    text = "Investigators said the suspect had bought the weapon as early as Monday."
    assert [resolve(m, WEDNESDAY, text)[0] for m in dates(text)] == ["2024-06-17"]


@pytest.mark.parametrize("text, published, expected", [
    # The day after a "would" counts forward from the day of the statement that reports it ...
    ("Officials said on Monday that talks would resume on Wednesday.", dt.date(2024, 6, 20), "2024-06-19"),
    ("Officials said on Monday that talks would resume on Wednesday.", dt.date(2024, 6, 18), "2024-06-19"),
    ("On June 10, the minister said talks would resume on Wednesday.", WEDNESDAY, "2024-06-12"),
    ("Officials said yesterday that talks would resume on Friday.", WEDNESDAY, "2024-06-21"),
    # ... and from publication when no such day is named.
    ("Officials said that talks would resume on Wednesday.", dt.date(2024, 6, 20), "2024-06-26"),
])
def test_a_day_told_from_the_past_counts_from_the_day_it_was_told(text: str, published: dt.date,
                                                                   expected: str) -> None:
    *_, mention = dates(text)
    assert resolve(mention, published, text)[0] == expected


def test_due_looks_ahead_before_a_place_or_a_verb_but_not_a_cause() -> None:
    assert _day("The envoy is due in Lagos on Friday.") == "2024-06-21"
    assert _day("The envoy is due to land on Friday.") == "2024-06-21"
    assert _day("Flights were cancelled due to the storm on Monday.") == "2024-06-17"


@pytest.mark.parametrize("text, expected", [
    ("He arrived late Tuesday.", ("", "Tuesday (late), date unknown", True)),
    ("It happened yesterday.", ("", "yesterday, date unknown", True)),
    ("In March, Russia vetoed the resolution.", ("", "March, year unknown", True)),
    ("On June 12 he spoke.", ("", "12 June, year unknown", True)),
])
def test_without_publication_date_is_approximate(text: str, expected: tuple[str, str, bool]) -> None:
    (mention,) = dates(text)
    assert resolve(mention, None, text) == expected


def test_order_and_merge(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "The ship struck the bridge early Tuesday, officials said. The bridge opened in 1977 "
                             "after five years of work.", source="Alpha", published="2024-03-26"),
        "b.md": article("B", "The ship struck the bridge early yesterday, officials said.", source="Beta",
                        published="2024-03-27"),
        "c.md": article("C", "Crews will begin cutting the steel on Saturday, the mayor said.", source="Gamma"),
    })
    got = [(m.date, m.label, m.approximate, tuple(c.article for c in m.citations)) for m in ins.timeline]
    # "early Tuesday" (published Tuesday) and "early yesterday" (published Wednesday) are one fact on
    # one day: one moment with both sources.
    assert got == [
        ("1977", "1977", True, ("a",)),
        ("2024-03-26", "Tuesday 26 March 2024 (early)", False, ("a", "b")),
        ("", "Saturday, date unknown", True, ("c",)),
    ]


def test_same_fact_same_day_is_one_moment(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, two_articles(
        "Crews began cutting apart the fallen steel of the bridge on Saturday morning.",
        "Crews began cutting apart the fallen steel of the bridge on Saturday.", published="2024-03-30"))
    assert [(m.date, len(m.citations)) for m in ins.timeline] == [("2024-03-30", 2)]


def test_fixture_timeline(tmp_path: Path) -> None:
    _, ins = fixture_insights(tmp_path)
    dated = [m.date for m in ins.timeline if m.date]
    assert dated == sorted(dated)
    by_date = {m.date: m for m in ins.timeline}
    assert by_date["2024-03-28"].mention == "yesterday"  # Inner Harbor Review, published Friday 29 March
    assert by_date["2024-03-27"].mention == "Wednesday"
    assert len(by_date["2024-03-30"].citations) == 2  # the agency story and its reprint
    assert all(not m.approximate for m in ins.timeline if len(m.date) == 10)


MAY = dt.date(2024, 5, 31)


@pytest.mark.parametrize("text, expected", [
    # A month later in the year than publication is last year's only when told in the past ...
    ("None of the cases has a trial date before November.", "2024-11"),
    ("The verdict is expected in November.", "2024-11"),
    ("They met in November.", "2023-11"),
    ("In November, Russia vetoed the resolution.", "2023-11"),
    # ... and a month earlier in the year is next year's only when told of the future.
    ("The trial will begin in March.", "2025-03"),
    ("McCarthy, who is set to take the gavel in January, has already vowed to cut aid.", "2025-01"),
    ("In March, he resigned.", "2024-03"),
    # Past and future together ("said ... will") settle nothing: the publication year.
    ("He said talks will resume in March.", "2024-03"),
    # The clause holding the month decides, not a verb of saying around it: a modal there keeps a later
    # month in the publication year ...
    ("The chairman said he would step down in September.", "2024-09"),
    ("Analysts noted that the index fell and argued it was a poor guide to who would lead in October.",
     "2024-10"),
    ("The governor recalled that it was her third race and said donors gave for the cause, not for whoever "
     "might win in August.", "2024-08"),
    # ... and a future in a clause of its own makes an earlier month next year's.
    ("Officials said that the talks will resume in March.", "2025-03"),
    # The clause of the month ends where another opens: "announced in December" is told in the past.
    ("The carmaker announced in December that it would open a plant in the north.", "2023-12"),
    # Where the month's clause tells both, the verb nearest before it decides: a participle of the past ...
    ("Officials will discuss the commitments made by the leaders at the summit in November.", "2023-11"),
    # ... unless "be" makes it one to come.
    ("Officials said the deal will be signed in November.", "2024-11"),
    ("Parliament will hold the delayed elections in November.", "2024-11"),  # an adjective, not a past verb
    ("The agency said it expects to restore the channel by the end of November.", "2024-11"),
    # A modal alone does not make an earlier month next year's: the March just past.
    ("Regulators want rules that would stop a repeat of March.", "2024-03"),
])
def test_month_without_year_follows_the_tense(text: str, expected: str) -> None:
    (mention,) = dates(text)
    assert resolve(mention, MAY, text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    # A day without a year takes the year its month would: last year's when told in the past ...
    ("He was shot in the abdomen June 15 after a government meeting.", "2023-06-15"),
    ("The talks will resume on March 3.", "2025-03-03"),
    # ... else the publication year's, as is a day set or awaited, whatever the tense.
    ("The verdict is expected on November 4.", "2024-11-04"),
    ("The judge set sentencing for July 11.", "2024-07-11"),
    ("Prosecutors said an appeal before the Nov. 5 election was unlikely.", "2024-11-05"),
    ("\"The real verdict is going to be Nov. 5,\" Trump told reporters.", "2024-11-05"),
    ("An appeal can be filed only after judgment, meaning after the judge imposes sentence on July 11.",
     "2024-07-11"),
    ("He resigned on 3 March.", "2024-03-03"),
])
def test_a_day_without_a_year_follows_the_tense_as_a_month_does(text: str, expected: str) -> None:
    (mention,) = dates(text)
    assert resolve(mention, MAY, text)[0] == expected


@pytest.mark.parametrize("text, published, expected", [
    # A timetable told in the simple present in the month's own clause: an earlier month is next year's ...
    ("Some Republicans, who take control of the House in January, have questioned the cost.",
     dt.date(2022, 12, 21), "2023-01"),
    ("Seated behind him was the Speaker, who steps down at the start of January.", dt.date(2022, 12, 21),
     "2023-01"),
    ("The new tariffs take effect in March.", MAY, "2025-03"),
    ("After Jane Roe is sworn in as governor in January, officials have questioned whether the port will reopen.",
     dt.date(2024, 12, 4), "2025-01"),
    ("The governor, who was sworn in in January, spoke.", dt.date(2024, 12, 4), "2024-01"),
    # ... as is one that awaits, whatever the tense of the clause around it ...
    ("Republicans who did not rise gave a sign of the skepticism waiting in January.", dt.date(2022, 12, 21),
     "2023-01"),
    ("Investors weighed the hurdles ahead in March.", MAY, "2025-03"),
    # ... a later one stays in the publication year ...
    ("The new tariffs take effect in November.", dt.date(2024, 9, 10), "2024-11"),
    # ... and no infinitive, noun or past does so.
    ("Rebels who sought to take control of the city in January were routed.", dt.date(2022, 12, 21), "2022-01"),
    ("Prices at the start of January were higher.", dt.date(2022, 12, 21), "2022-01"),
    ("The probe, which began in March, is widening.", MAY, "2024-03"),
    ("He was waiting in January for a visa.", MAY, "2024-01"),
])
def test_a_month_on_a_timetable_is_the_one_to_come(text: str, published: dt.date, expected: str) -> None:
    (mention,) = dates(text)
    assert resolve(mention, published, text)[0] == expected


@pytest.mark.parametrize("text, published, expected", [
    # Across the turn of the year, a month told in no tense against it is the nearer one: the January to come ...
    ("Families were told identification may take until Jan. 8.", dt.date(2024, 12, 30), "2025-01-08"),
    ("Identifying all the victims could take until at least Jan. 8, officials said.", dt.date(2024, 12, 30),
     "2025-01-08"),
    ("The mourning period runs through Jan. 4.", dt.date(2024, 12, 30), "2025-01-04"),
    ("Victims may be identified by February.", dt.date(2024, 12, 1), "2025-02"),
    # ... and the December just past.
    ("The Dec. 29 crash was the country's deadliest.", dt.date(2025, 1, 4), "2024-12-29"),
    ("Investigators said the Dec. 29 crash will be studied.", dt.date(2025, 1, 4), "2024-12-29"),
    ("Families gathered in November.", dt.date(2025, 1, 4), "2024-11"),
    # A past keeps a January in the year, a future a December, and months further off stay as they were ...
    ("In January, the company launched the service.", dt.date(2024, 12, 30), "2024-01"),
    ("The court will rule on Dec. 12.", dt.date(2025, 1, 3), "2025-12-12"),
    ("Prices in March are the benchmark.", dt.date(2024, 12, 30), "2024-03"),
    # ... as does a month told in the present or in no tense: a timetable, a review of the year, a span.
    ("The new rules take effect in December.", dt.date(2025, 2, 10), "2025-12"),
    ("The summit is in December.", dt.date(2025, 1, 4), "2025-12"),
    ("Feb. 14: Indonesians elect a new president.", dt.date(2024, 12, 28), "2024-02-14"),
    ("The report covers the period from January to the end of the year.", dt.date(2024, 12, 30), "2024-01"),
])
def test_a_month_across_the_new_year_is_the_nearer_one(text: str, published: dt.date, expected: str) -> None:
    (mention,) = dates(text)
    assert resolve(mention, published, text)[0] == expected


def test_a_day_glossing_a_weekday_to_come_is_the_one_to_come() -> None:
    text = "We can't even hold a funeral until next Wednesday (Jan. 8)."
    day = next(m for m in dates(text) if m.text == "Jan. 8")
    assert resolve(day, dt.date(2024, 12, 30), text)[0] == "2025-01-08"


@pytest.mark.parametrize("text, word, inside", [
    ('"We will finish the work today," the mayor said.', "today", True),
    ("\u201cWe will finish the work today,\u201d the mayor said.", "today", True),
    ('They saved lives last night," Moore told reporters.', "last night", True),  # the quote opened earlier
    ('The mayor said the "temporary" lane opened yesterday.', "yesterday", False),
    ("Crews reopened the bridge yesterday, officials said.", "yesterday", False),
])
def test_quoted(text: str, word: str, inside: bool) -> None:
    assert quoted(text, text.index(word)) is inside


def test_quoted_relative_day_dates_nothing(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "Crews reopened the damaged bridge to traffic yesterday, officials said. "
                             '"We are finally going home today," one stranded driver told reporters at the scene. '
                             "The mayor told NBC's Today programme that the repairs had cost far more than planned.",
                        source="Alpha", published="2024-06-19"),
    })
    assert [(m.date, m.mention) for m in ins.timeline] == [("2024-06-18", "yesterday")]


@pytest.mark.parametrize("text, figure, expected", [
    ("Analysts expect the jobless rate to climb to 6.2 percent.", "6.2 percent", "forecast"),
    ("The jobless rate could rise to 6.2 percent.", "6.2 percent", "forecast"),
    ("The jobless rate is projected to reach 6.2 percent.", "6.2 percent", "forecast"),
    ("Officials now expect wages to grow, and prices to cool to 2.1 percent.", "2.1 percent", "forecast"),
    ("The jobless rate now stands at 5.4 percent.", "5.4 percent", "reached"),
    ("The jobless rate, which peaked last year, has since fallen to 5.4 percent.", "5.4 percent", "reached"),
    ("Early estimates put the rebuilding cost at $400 million.", "$400 million", ""),
])
def test_outlook_of_a_figure(text: str, figure: str, expected: str) -> None:
    start = text.index(figure)
    assert outlook(text, start, start + len(figure)) == expected


SATURDAY = dt.date(2024, 7, 20)


@pytest.mark.parametrize("text, published, expected", [
    # A quotation's "will" is the speaker's: the day he wrote it is the latest Friday, not the next one.
    ('"This will be the largest outage in history," a researcher wrote on Friday morning.', SATURDAY,
     "2024-07-19"),
    # A future elsewhere in the sentence leaves a day told in the past where it was.
    ("The talks, which opened on Monday, will resume in the autumn.", WEDNESDAY, "2024-06-17"),
    # "should resume by Monday" looks ahead; "should have" does not.
    ("The operator said normal service should resume by Monday.", dt.date(2024, 7, 26), "2024-07-29"),
    ("The operator said the line should have reopened on Monday.", dt.date(2024, 7, 26), "2024-07-22"),
    # The outside of a quotation still speaks: "will" there puts the day ahead.
    ('"We are ready," the minister said, and the talks will open on Friday.', WEDNESDAY, "2024-06-21"),
    # A clause told in both tenses is read up to its day: the trip began on the latest Monday.
    ("The envoy is on a four-day tour that began with talks on Monday and will end in Rome.", WEDNESDAY,
     "2024-06-17"),
])
def test_weekday_tense_reads_the_sentence_outside_quotations(text: str, published: dt.date,
                                                             expected: str) -> None:
    (mention,) = dates(text)
    assert resolve(mention, published, text)[0] == expected


def test_weekday_named_with_its_date_is_that_date_only(tmp_path: Path) -> None:
    # "Friday, July 19" in an article of Thursday 1 August is 19 July, not also the latest Friday (26 July).
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "The trouble began early on Friday, July 19, when the company pushed a faulty update. "
                             "Crews restored the last systems on Tuesday the 23rd of July.",
                        source="Alpha", published="2024-08-01"),
    })
    assert [m.date for m in ins.timeline] == ["2024-07-19", "2024-07-23"]
    # the date in brackets after the weekday; the article undated, so the day has no year, and is one moment
    _, ins = analyse_files(tmp_path / "b", {
        "b.md": article("B", "Putin said he and Kim would discuss the satellite programme as they met on Wednesday "
                             "(13 September) at a cosmodrome in the Far East.", source="Beta"),
    })
    assert [m.label for m in ins.timeline] == ["13 September, year unknown"]


@pytest.mark.parametrize("text, published, expected", [
    # "should" elsewhere in the sentence says nothing of the day: the ambassador spoke last Thursday.
    ('On Thursday, the ambassador went further, telling an audience that "there is no autonomy" and warning '
     "that the relationship should not be taken for granted.", dt.date(2024, 7, 12), "2024-07-11"),
    # A weekday inside a quotation that looks ahead is the one to come.
    ('"Most people will notice nothing at all on Monday morning," said an analyst.', dt.date(2023, 10, 13),
     "2023-10-16"),
])
def test_should_and_quotations_speak_for_their_own_words(text: str, published: dt.date, expected: str) -> None:
    (mention,) = dates(text)
    assert resolve(mention, published, text)[0] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # A quoted weekday with no tense, and a year in a name, date nothing.
    ('Travellers queued for hours at the station. "We were told to come back tomorrow, maybe Sunday," said one '
     "family. Paris 2024 set out to stage the most ambitious ceremony in Olympic history. The river had last "
     "hosted such a parade in 1900, and the city in 2017 had won the bid.", "2024-07-26", ["1900", "2017"]),
    # Nor do wines' vintages, a quoted name's too.
    ('Wines on the list are Stone Tower Chardonnay "Kristi" 2021 and Patel Red Blend 2019. The estate was '
     "planted in 1998.", "2024-07-26", ["1998"]),
    # Nor does a year or month after "since": a point of comparison ("has since" is no such point).
    ("Factory output rose to its highest level since 2011, the ministry said on Monday. Borrowing costs are now "
     "the lowest since March 2020. It was the first walkout at the plant since the long strike of 1998. Prices "
     "have since eased from a peak reached in 2022. The plant first opened in 1975.", "2024-06-19",
     ["1975", "2022", "2024-06-17"]),
    # Nor does a day or month that comes back every year.
    ("The president will visit on the eve of Independence Day, which is celebrated annually on 24 August. The "
     "fair is held each year in June. The talks opened on 22 August.", "2024-08-23", ["2024-08-22"]),
    # Nor does a day in brackets that gives the moment right before them in another time zone, unless it is the
    # only one; brackets telling another moment, or with no clock's time, keep theirs.
    ("The crew entered the station at 3:46 pm ET on Thursday (which translates to IST on Friday morning). The "
     "rocket lifted off at 10 p.m. Saturday (0200 GMT Sunday). The attack began at 11 p.m. (2000 GMT Monday).",
     "2024-06-08", ["2024-06-03", "2024-06-06", "2024-06-08"]),
    ("Israel said on Sunday that the drones were launched at it (late Saturday local time). The quake struck on "
     "Tuesday morning and an aftershock followed (at 3:12 a.m. local time Wednesday).", "2024-06-13",
     ["2024-06-08", "2024-06-09", "2024-06-11", "2024-06-12"]),
])
def test_what_dates_nothing(tmp_path: Path, text: str, published: str, expected: list[str]) -> None:
    _, ins = analyse_files(tmp_path, {"a.md": article("A", text, source="Alpha", published=published)})
    assert [m.date for m in ins.timeline] == expected


@pytest.mark.parametrize(("day", "weekday", "published", "expected"), [
    ("June 18", "Monday", "2024-07-02", ["2024-06-17", "2024-07-01"]),
    # Across the turn of a year: "Dec 30" beside an article of 3 January is the December before.
    ("Dec 30", "Friday", "2025-01-03", ["2024-12-27", "2025-01-02"]),
])
def test_an_undated_wire_story_takes_its_dateline_day(tmp_path: Path, day: str, weekday: str, published: str,
                                                      expected: list[str]) -> None:
    # The dateline's day and month, in the year of the corpus's dated articles (all within a few months).
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", f"OSLO, {day} (Nordic Wire) - Ministers from both countries met on {weekday} to sign "
                             "the fisheries accord after two years of talks.", source="Nordic Wire"),
        "b.md": article("B", "Officials from the two governments signed a separate energy pact in the capital "
                             "yesterday.", source="Beta", published=published),
    })
    assert [m.date for m in ins.timeline] == expected


@pytest.mark.parametrize(("lead", "day"), [
    ("OSLO, June 18 (Nordic Wire) - Ministers", dt.date(2024, 6, 18)),
    # a place in any alphabet, and a dateline set in bold
    ("**S\u00c3O PAULO, June 18 (Nordic Wire) -** Ministers", dt.date(2024, 6, 18)),
    ("\u00c5LESUND, 18 June - Ministers", dt.date(2024, 6, 18)),
    # a sentence opening on a function word, not a place, before a day
    ("On Monday, June 17 - Ministers", None),
    ("In Oslo, June 18 - Ministers", None),
])
def test_the_dateline_day_of_an_undated_article(tmp_path: Path, lead: str, day: dt.date | None) -> None:
    body = f"{lead} from both countries met to sign the fisheries accord after two years of talks."
    (undated,) = dossier_of(tmp_path, {"a.md": article("A", body, source="Nordic Wire")}).articles
    assert dateline_day(undated, (dt.date(2024, 7, 2), dt.date(2024, 7, 2))) == day


def test_a_dateline_day_stays_undated_when_the_dated_articles_are_far_apart(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "OSLO, June 18 (Nordic Wire) - Ministers from both countries met on Monday to sign "
                             "the fisheries accord after two years of talks.", source="Nordic Wire"),
        "b.md": article("B", "Officials from the two governments signed a separate energy pact in the capital "
                             "yesterday.", source="Beta", published="2024-01-10"),
        "c.md": article("C", "Engineers began drilling at the new offshore field in the north sea yesterday.",
                        source="Gamma", published="2024-11-20"),
    })
    assert [m.label for m in ins.timeline if not m.date] == ["Monday, date unknown"]


@pytest.mark.parametrize(("published", "expected"), [
    # the dated articles within a few months: "11 August" takes their year, marked approximate
    (("2024-07-26", "2024-07-31"), [("2024-07-25", "Thursday 25 July 2024", False),
                                    ("2024-07-30", "Tuesday 30 July 2024", False),
                                    ("2024-08-11", "Sunday 11 August 2024", True), ("", "Friday, date unknown", True)]),
    # across the turn of a year: the December before
    (("2025-01-02", "2025-01-03"), [("2024-12-30", "Monday 30 December 2024", True),
                                    ("2025-01-01", "Wednesday 1 January 2025", False),
                                    ("2025-01-02", "Thursday 2 January 2025", False),
                                    ("", "Friday, date unknown", True)]),
    # far apart: no one year is near them all
    (("2024-01-10", "2024-11-20"), [("2024-01-09", "Tuesday 9 January 2024", False),
                                    ("2024-11-19", "Tuesday 19 November 2024", False),
                                    ("", "Friday, date unknown", True), ("", "11 August, year unknown", True)]),
])
def test_an_undated_article_s_day_without_a_year_takes_the_corpus_s_year(
        tmp_path: Path, published: tuple[str, str], expected: list[tuple[str, str, bool]]) -> None:
    day = "11 August" if published[0] < "2025" else "30 December"
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", f"The closing ceremony is planned for {day}, organisers said. The parade on Friday "
                             "drew large crowds along the river.", source="Alpha"),
        "b.md": article("B", "Officials signed a separate energy pact in the capital yesterday.", source="Beta",
                        published=published[0]),
        "c.md": article("C", "Engineers began drilling at the new offshore field yesterday.", source="Gamma",
                        published=published[1]),
    })
    assert [(m.date, m.label, m.approximate) for m in ins.timeline] == expected



@pytest.mark.parametrize(("published", "expected"), [
    # the dated articles within a few months: the month takes their year, as if published on the last day
    (("2024-04-25", "2024-04-26"), [("2023-11", "November 2023", True)]),
    # far apart: no one year
    (("2024-01-10", "2024-11-20"), [("", "November, year unknown", True)]),
])
def test_an_undated_article_s_month_takes_the_corpus_s_year(
        tmp_path: Path, published: tuple[str, str], expected: list[tuple[str, str, bool]]) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "The two leaders reached the deal last November.", source="Alpha"),
        "b.md": article("B", "Officials signed a separate energy pact in the capital.", source="Beta",
                        published=published[0]),
        "c.md": article("C", "Engineers began drilling at the new offshore field.", source="Gamma",
                        published=published[1]),
    })
    assert [(m.date, m.label, m.approximate) for m in ins.timeline] == expected


@pytest.mark.parametrize(("dated", "expected"), [
    # every dated article's "Friday" is one day: the undated article's is that day too, marked approximate
    (("The board fired the chief executive on Friday, the company said.",
      "Staff learned of the decision on Friday evening, two days before the letter."),
     ("2023-11-17", "Friday 17 November 2023 (night)", True)),
    # two Fridays in the dated articles: no one day
    (("The board fired the chief executive on Friday, the company said.",
      "The board will meet again next Friday to choose a successor."),
     ("", "Friday (night), date unknown", True)),
])
def test_an_undated_article_s_weekday_takes_the_day_the_dated_articles_give_it(
        tmp_path: Path, dated: tuple[str, str], expected: tuple[str, str, bool]) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "The chief executive left the building late on Friday night with a box of papers.",
                        source="Alpha"),
        "b.md": article("B", dated[0], source="Beta", published="2023-11-18"),
        "c.md": article("C", dated[1], source="Gamma", published="2023-11-19"),
    })
    undated = [(m.date, m.label, m.approximate) for m in ins.timeline if m.citations[0].article == "a"]
    assert undated == [expected]


@pytest.mark.parametrize(("friday", "expected"), [
    # no dated article names a Friday: the undated article's is the one in the week of its pinned days
    ("Rescuers reached the last trapped miners on Friday morning.", ("2024-04-05", "Friday 5 April 2024 (morning)")),
    ("The council had met last Friday to plan for a quake.", ("", "Friday, date unknown")),
])
def test_an_undated_article_s_other_weekday_falls_in_the_week_of_its_pinned_ones(
        tmp_path: Path, friday: str, expected: tuple[str, str]) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", f"The quake struck on Wednesday, toppling buildings. {friday}", source="Alpha"),
        "b.md": article("B", "A strong quake hit the island on Wednesday, officials said.", source="Beta",
                        published="2024-04-04"),
    })
    undated = [(m.date, m.label) for m in ins.timeline if m.citations[0].article == "a"]
    assert undated == [("2024-04-03", "Wednesday 3 April 2024"), expected]


@pytest.mark.parametrize("told", ["The leader met his host last Thursday in the capital.",
                                  "The leader met his host on Thursday last week in the capital."])
def test_a_weekday_of_last_week_stays_before_publication(tmp_path: Path, told: str) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", told, source="Alpha", published="2024-05-15"),
        "b.md": article("B", "The leader arrived in the capital on Thursday for talks.", source="Beta",
                        published="2024-05-17"),
    })
    assert [m.date for m in ins.timeline if m.citations[0].article == "a"] == ["2024-05-09"]


def test_same_week_is_the_closest_weekday_and_none_on_a_tie() -> None:
    wednesday, thursday = dt.date(2024, 4, 3), dt.date(2024, 4, 4)
    assert _same_week(4, frozenset({wednesday, thursday})) == dt.date(2024, 4, 5)  # Friday after, not before
    assert _same_week(0, frozenset({wednesday})) == dt.date(2024, 4, 1)  # Monday two days before
    assert _same_week(5, frozenset({dt.date(2024, 4, 2), wednesday})) is None  # 30 March and 6 April as close
    assert _same_week(4, frozenset()) is None


@pytest.mark.parametrize(("other", "published", "expected"), [
    # another article gives Thursday as the day after: the article is dated by a clock hours behind
    ("The leader arrived in the capital on Thursday for talks.", "2024-05-17", "2024-05-16"),
    # none does: the Thursday before publication, as told
    ("The leader is in the capital for talks.", "2024-05-17", "2024-05-09"),
    # one gives the Thursday before: no reason to move it
    ("The leader arrived in the capital on Thursday for talks.", "2024-05-10", "2024-05-09"),
])
def test_a_past_weekday_the_day_after_publication_follows_the_other_articles(
        tmp_path: Path, other: str, published: str, expected: str) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "The leader arrived on Thursday in the capital for a two-day visit.", source="Alpha",
                        published="2024-05-15"),
        "b.md": article("B", other, source="Beta", published=published),
    })
    assert [m.date for m in ins.timeline if m.citations[0].article == "a"] == [expected]


def test_an_undated_article_s_weekday_follows_the_dated_articles_once_a_late_clock_is_corrected(
        tmp_path: Path) -> None:
    # A's "Thursday" is 9 May as told, 16 May once corrected by B's: with both, C's "Thursday" is 16 May
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "The leader arrived on Thursday in the capital for a two-day visit.", source="Alpha",
                        published="2024-05-15"),
        "b.md": article("B", "The leader arrived in the capital on Thursday for talks.", source="Beta",
                        published="2024-05-17"),
        "c.md": article("C", "Crowds lined the road from the airport on Thursday to greet the leader.",
                        source="Gamma"),
    })
    assert [(m.date, m.approximate) for m in ins.timeline if m.citations[0].article == "c"] == [("2024-05-16", True)]


def test_a_day_takes_the_tense_of_its_own_verb_before_a_noun_of_planning() -> None:
    # "plans to" here is a noun's: the leaders welcomed the plans on the Thursday just past.
    assert _day("Biden and Modi on Thursday welcomed India's plans to procure drones.") == "2024-06-13"
    assert _day("The ministers on Monday unveiled plans to build a port.") == "2024-06-17"
    # A day whose own verb is the future stays ahead, whatever went before it.
    assert _day("The firm on Friday will present plans it drew up.") == "2024-06-21"
    assert _day("The summit that opened in Paris will close on Friday.") == "2024-06-21"
