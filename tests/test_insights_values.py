"""Amounts and dates read from single sentences: small strings with known answers."""

from __future__ import annotations

import pytest

from generator.insights.values import (Precision, ValueKind, amounts, dates, described, grain, labelled,
                                      parse_number)
from generator.segment import label_of


@pytest.mark.parametrize("words, value", [("4,679", 4679.0), ("1.5", 1.5), ("twenty-two", 22.0), ("five", 5.0),
                                          ("a dozen", 12.0), ("banana", None), ("9-1/2", 9.5), ("2 1/4", 2.25),
                                          ("3\u00bd", 3.5), ("five and a half", 5.5), ("two and a quarter", 2.25),
                                          ("a dozen and a half", None)])
def test_parse_number(words: str, value: float | None) -> None:
    assert parse_number(words) == value


@pytest.mark.parametrize("text, kind, label, value, unit, approx", [
    ("North Korea shipped nearly five million artillery shells to Russia.", ValueKind.QUANTITY,
     "nearly five million artillery shells", 5e6, "artillery shells", True),
    ("Trade grew, with a ninefold rise in trade turnover.", ValueKind.MULTIPLE, "ninefold", 9.0, "x", False),
    ("The rebuild could cost at least $400 million.", ValueKind.MONEY, "at least $400 million", 4e8, "dollars", True),
    ("Officials pledged 1.5 billion euros in aid.", ValueKind.MONEY, "1.5 billion euros", 1.5e9, "euros", False),
    ("The bank lent a $550-million loan.", ValueKind.MONEY, "$550-million", 5.5e8, "dollars", False),
    ("Prices rose 5.5 percent in May.", ValueKind.PERCENT, "5.5 percent", 5.5, "%", False),
    ("Traffic roughly doubled after the closure.", ValueKind.MULTIPLE, "roughly doubled", 2.0, "x", True),
    ("It was a two-day state visit.", ValueKind.DURATION, "two-day", 2.0, "days", False),
    ("Officials said eight people plunged into the river.", ValueKind.QUANTITY, "eight people", 8.0, "people", False),
    ("Inflation peaked above 9% in the spring.", ValueKind.PERCENT, "above 9%", 9.0, "%", True),
    # a scale, however it is written, is no count of quakes
    ("A 6.8-magnitude earthquake struck.", ValueKind.QUANTITY, "6.8-magnitude", 6.8, "magnitude", False),
    ("A magnitude 6.8 earthquake struck.", ValueKind.QUANTITY, "magnitude 6.8", 6.8, "magnitude", False),
    ("A powerful magnitude 7 earthquake hit.", ValueKind.QUANTITY, "magnitude 7", 7.0, "magnitude", False),
    ("The 6.8 magnitude quake struck.", ValueKind.QUANTITY, "6.8 magnitude quake", 6.8, "magnitude", False),
    # ... and so is a reading written before its number, with "of" or a hyphen, or a capitalised category
    ("It had a preliminary magnitude of 7.6, the agency said.", ValueKind.QUANTITY, "magnitude of 7.6", 7.6,
     "magnitude", False),
    ("A magnitude-7.6 earthquake struck.", ValueKind.QUANTITY, "magnitude-7.6", 7.6, "magnitude", False),
    ("Milton made landfall as a Category 3 hurricane.", ValueKind.QUANTITY, "Category 3", 3.0, "category", False),
    # a count the size of a year, written without its comma
    ("The death toll rose to 2012 people on Sunday.", ValueKind.QUANTITY, "2012 people", 2012.0, "people", False),
    # a currency's code before the amount
    ("The deal is worth around USD 3 billion.", ValueKind.MONEY, "around USD 3 billion", 3e9, "dollars", True),
    ("The order is worth Rs 110 billion.", ValueKind.MONEY, "Rs 110 billion", 1.1e11, "rupees", False),
    # digits and a noun joined before the noun they describe
    ("He was given a 21-gun salute on arrival.", ValueKind.QUANTITY, "21-gun", 21.0, "guns", False),
    ("Labour won a 170-seat majority.", ValueKind.QUANTITY, "170-seat", 170.0, "seats", False),
    # names before a plural noun, or an acronym's plural, are what a count counts
    ("A total of 121 Conservative MPs were elected.", ValueKind.QUANTITY, "121 Conservative MPs", 121.0,
     "conservative mps", False),
    ("Labour won 412 MPs.", ValueKind.QUANTITY, "412 MPs", 412.0, "mps", False),
    ("The alliance now has 32 NATO members.", ValueKind.QUANTITY, "32 NATO members", 32.0, "nato members", False),
    ("As many as 31 Predator drones will be bought.", ValueKind.QUANTITY, "As many as 31 Predator drones", 31.0,
     "predator drones", True),
    # the plural of a word of "-man"; a number of dead standing alone after a verb of killing
    ("He said 50,000 linemen were ready.", ValueKind.QUANTITY, "50,000 linemen", 50000.0, "linemen", False),
    ("The storm tore through the state, killing at least 10 and leaving millions without power.",
     ValueKind.QUANTITY, "killing at least 10", 10.0, "deaths", True),
])
def test_amounts(text: str, kind: ValueKind, label: str, value: float, unit: str, approx: bool) -> None:
    found = amounts(text)
    assert len(found) == 1, found
    a = found[0]
    assert (a.kind, a.text, a.value, a.unit, a.approximate) == (kind, label, value, unit, approx)
    assert text[a.start:a.end] == label


@pytest.mark.parametrize("text", [
    "The two leaders met in the capital.",          # a reference, not a figure
    "The war of 1950-53 ended in an armistice.",    # a year range
    "He arrived on 19 June after the summit.",     # a date
    "She is one of the founders of the group.",
    "The foreperson stood shortly after 5 p.m. on Thursday.",  # a clock time
    "A prison term is unlikely for a 77-year-old first-time offender.",  # an age
    "He returned to 10 Downing Street on Friday.",  # a place's number
    "Case numbers of COVID-19 patients rose.",
    "Of the 12 new, five are women.",  # "new" alone counts nothing
])
def test_no_amounts(text: str) -> None:
    assert amounts(text) == []


def test_a_count_after_a_month_s_day_and_and_is_a_count() -> None:
    assert [a.text for a in amounts("The quake struck on February 6 and 50,000 people died.")] == ["50,000 people"]
    assert [a.text for a in amounts("The storm hit on Aug. 29 and 1,800 people were killed.")] == ["1,800 people"]
    assert [a.text for a in amounts("It struck on May 20 and 3 people died.")] == ["3 people"]


def test_a_count_the_size_of_a_year_is_no_date() -> None:
    text = "The toll rose to 2012 people on Sunday, after the quake killed more than 2000; in 2004 people fled."
    assert [d.text for d in dates(text)] == ["Sunday", "2004"]


def test_dates_keep_the_longest_mention() -> None:
    text = "He arrived late Wednesday, on June 19, 2024, having left yesterday; in March 2022 and since 2000."
    found = [(d.text, d.precision) for d in dates(text)]
    assert found == [("late Wednesday", Precision.WEEKDAY), ("June 19, 2024", Precision.DAY),
                     ("yesterday", Precision.RELATIVE), ("March 2022", Precision.MONTH), ("2000", Precision.YEAR)]
    wed = dates(text)[0]
    assert (wed.weekday, wed.part) == (2, "late")


def test_a_month_s_year_may_follow_a_comma() -> None:
    (proposed,) = dates("Iraq proposed the project in May, 2023, to link the Gulf to Turkey.")
    assert (proposed.text, proposed.month, proposed.year) == ("May, 2023", 5, 2023)
    # a count after the comma is no year
    text = "By October, 2000 troops had arrived in the region."
    assert [(d.text, d.year) for d in dates(text)] == [("October", None)]
    assert [a.text for a in amounts(text)] == ["2000 troops"]


def test_may_as_a_verb_is_no_month() -> None:
    assert dates("The talks may take place soon.") == []


@pytest.mark.parametrize("text, month", [
    ("The regulator cleared the deal in May after talks.", "May"),
    ("May 2023: The regulator clears the deal.", "May 2023"),
    ("By early May the rains had come.", "early May"),
    ("The works ran from April to May.", "May"),
    ("Theresa May said no.", None),
    ("In May's cabinet, he served as chancellor.", None),
    ("May the best team win.", None),
])
def test_may_alone_is_the_month_after_a_preposition_or_before_a_year(text: str, month: str | None) -> None:
    assert [d.text for d in dates(text) if d.month == 5] == ([month] if month else [])


@pytest.mark.parametrize("text, bound", [
    ("More than 5,000 flights were cancelled.", "min"),
    ("Inflation peaked above 9% in the spring.", "min"),
    ("Nearly 4,000 flights were cancelled.", "max"),
    ("Up to 20 people may have died.", "max"),
    ("About 40 people were hurt.", ""),
    ("Forty people were hurt.", ""),
])
def test_a_qualifier_makes_a_floor_or_a_ceiling(text: str, bound: str) -> None:
    assert [a.bound for a in amounts(text)] == [bound]


def test_a_capitalised_today_inside_a_sentence_is_a_title() -> None:
    assert [d.text for d in dates("He told the BBC's Today programme on Friday that he was sorry.")] == ["Friday"]
    assert dates('He said so in an interview on the "Today" show.') == []
    assert [d.text for d in dates("Today the minister resigned.")] == ["Today"]
    assert [d.text for d in dates('He said: "Today we start again."')] == ["Today"]


@pytest.mark.parametrize("text, label, unit, context", [
    ("Fees rose from 3.25% to 4.50% in a year.", "3.25%", "%", "to 4.50% in a year"),
    ("The town spent $2.4 million and $1.1 million on roads.", "$2.4 million", "dollars", ""),
    ("The tower is a 312-foot landmark.", "312-foot", "feet", "landmark"),
])
def test_context_runs_past_a_decimal_point_and_units_read_well(text: str, label: str, unit: str, context: str) -> None:
    a = amounts(text)[0]
    assert (a.text, a.unit, a.context) == (label, unit, context)


@pytest.mark.parametrize("text", [
    "Lorries queued on Highway 401 near the border.",       # a road's name
    "Engineers brought in the Goliath 3000 floating crane.",  # a machine's name
    "It is the region's No. 2 port for grain.",             # a rank
    "A few dozen farmers met in the square.",               # a vague count
    "Savers watch the 20-year gilt yield closely.",         # a kind of bond, not a length of time
    "Buyers chose the standard 15-year fixed loan.",
    "Rescuers freed a man trapped beneath a two-storey building.",  # a kind described by a number in words
    "Guests stayed at a five-star hotel on a four-lane road.",
    "The government declared December 3 and 4 public holidays.",  # the second day of a pair
])
def test_names_ranks_vague_counts_and_terms_are_no_figures(text: str) -> None:
    assert amounts(text) == []


def test_a_unit_of_length_or_weight_after_a_name_and_digits_measures() -> None:
    [far] = amounts("The quake hit Morocco 77 kilometers southwest of Marrakesh.")
    assert (far.text, far.value, far.unit) == ("77 kilometers", 77, "kilometers")
    [heavy] = amounts("Crews lifted Key 40 tonnes of steel from the channel.")
    assert (heavy.text, heavy.value) == ("40 tonnes", 40)
    assert amounts("Lorries queued on Highway 401 lorries deep.") == []  # a name's number before another noun


@pytest.mark.parametrize("text, label", [
    ("Warren had lobbied for a bigger 75-basis-point cut.", "75-basis-point"),
    ("The Fed lowered its rate by 50 basis points on Wednesday.", "50 basis points"),
    ("The bank announced a 25 basis point cut.", "25 basis point"),
])
def test_basis_points_are_a_unit(text: str, label: str) -> None:
    assert [(a.kind, a.text, a.value, a.unit) for a in amounts(text)] == [
        (ValueKind.QUANTITY, label, float(label.split()[0].split("-")[0]), "basis points")]


def test_a_loan_or_bond_named_by_its_term_is_no_figure() -> None:
    # A product named by its term is a kind of thing ...
    assert [a.text for a in amounts("The rate on a 30-year conforming loan fell to 6.15% this week.")] == ["6.15%"]
    assert amounts("Savers compared a 10-year bond with a two-year Treasury note.") == []
    # ... but a deal, a visit or a high of that length is a figure of the story.
    assert [(a.text, a.unit) for a in amounts("Microsoft signed a 10-year agreement with Sony.")] == [
        ("10-year", "years")]
    assert [a.text for a in amounts("Rates stood at a 23-year high after a two-day meeting.")] == [
        "23-year", "two-day"]


def test_a_number_in_digits_joined_to_a_noun_measures() -> None:
    assert [(a.text, a.unit) for a in amounts("The 984-foot ship issued a 12-point plan and a two-week notice.")] == [
        ("984-foot", "feet"), ("12-point", "points"), ("two-week", "weeks")]


@pytest.mark.parametrize("text", [
    "Nine pencilled in a half point, while seven saw only a quarter point and two saw none.",  # verbs
    "Biden flew in from the Group of 20 summit in New Delhi.",  # a name's number before a singular noun
    "He invoked the 1777 victory that persuaded France to join.",  # a year before a singular noun
    "The lander touched down at 18:04 hours on Wednesday.",  # a clock time
    "Microsoft said 8.5 million, a small share of the total, failed.",  # a scale word with nothing counted
    "Two privately built U.S. landers are due next year.",  # a count whose noun is an abbreviation's
])
def test_a_verb_a_scale_word_or_a_singular_noun_is_no_unit(text: str) -> None:
    assert amounts(text) == []


@pytest.mark.parametrize("text, label, value, unit", [
    ("A faulty update disabled roughly 8.5 million Windows devices.", "roughly 8.5 million Windows devices", 8.5e6,
     "windows devices"),
    ("The war killed around three million Vietnamese.", "around three million Vietnamese", 3e6, "vietnamese"),
    ("Beijing sent more than 70 aircraft towards the island.", "more than 70 aircraft", 70.0, "aircraft"),
    ("Winds of 40 mph hit the coast.", "40 mph", 40.0, "mph"),
    # "new" is a stop word, yet a count goes on past it to the noun it counts
    ("Russia sent 12 new tanks to the front.", "12 new tanks", 12.0, "new tanks"),
    ("The two sides signed 18 new agreements on trade.", "18 new agreements", 18.0, "new agreements"),
])
def test_the_unit_is_read_past_a_scale_word_and_up_to_the_counted_noun(text: str, label: str, value: float,
                                                                       unit: str) -> None:
    assert [(a.text, a.value, a.unit) for a in amounts(text)] == [(label, value, unit)]


def test_a_singular_unit_stays_where_it_counts_many_or_is_a_modifier() -> None:
    # A count of a verb is dropped (this fails without the rule) ...
    assert amounts("Two survived.") == []
    # ... but nouns whose singular counts many, plurals in "-a" and modifiers after an article stay.
    kept = [
        ("There were 22 crew on board.", "22 crew", "crew"),
        ("The ship had 22 crew members.", "22 crew members", "crew members"),
        ("The blast left 50 wounded.", "50 wounded", "wounded"),
        ("Swept on thirteen labelled corpora.", "thirteen labelled corpora", "labelled corpora"),
        # a reading on a scale measures the scale, as its hyphened form does ("a 6.8-magnitude quake")
        ("A magnitude 6.8 quake was felt.", "magnitude 6.8", "magnitude"),
        ("The country issued a level 4 alert.", "level 4 alert", "level"),
        ("The remaining 5 hostage was freed.", "5 hostage", "hostage"),  # no scale: not in the label
        ("It is a 50 billion cubic metre pipeline.", "50 billion cubic metre pipeline", "cubic metre pipeline"),
    ]
    assert [[(a.text, a.unit) for a in amounts(text)] for text, _, _ in kept] == [[(label, unit)]
                                                                              for _, label, unit in kept]


@pytest.mark.parametrize(("text", "label", "value", "unit"), [
    # "N times" counts how often, unless it multiplies something compared
    ("He was shot four times in the abdomen.", "four times", 4.0, "times"),
    ("Prices are four times higher than last year.", "four times", 4.0, "x"),
    ("The new plant is three times the size of the old one.", "three times", 3.0, "x"),
    # a toll and the number it came to, standing alone
    ("The death toll rose to 12 on Friday.", "death toll rose to 12", 12.0, "deaths"),
    ("Officials said the toll has risen to at least 10.", "toll has risen to at least 10", 10.0, "deaths"),
    ("The casualty toll stood at 64.", "casualty toll stood at 64", 64.0, "casualties"),
])
def test_how_often_and_tolls(text: str, label: str, value: float, unit: str) -> None:
    assert [(a.text, a.value, a.unit) for a in amounts(text)] == [(label, value, unit)]


@pytest.mark.parametrize("text", ["Two days ago, he was shot.", "A week later, he died.",
                                  "Three years earlier, the plant had closed."])
def test_a_span_of_time_before_ago_or_later_is_no_figure(text: str) -> None:
    assert amounts(text) == []


def test_a_reading_on_a_scale_may_span_a_range() -> None:
    [reading] = amounts("Aftershocks continue in the area with magnitude 3 to 5.")
    assert (reading.text, reading.value, reading.upper, reading.unit) == ("magnitude 3 to 5", 3.0, 5.0, "magnitude")


def test_context_goes_past_an_abbreviation_and_not_into_a_new_clause() -> None:
    from generator.insights.values import amounts
    assert [a.context for a in amounts("Loans averaged 6.2% in the week ended Oct. 4, the lender said.")] == [
        "in the week ended Oct. 4"]
    assert [a.context for a in amounts("Sales rose 3% in the U.S. market last year.")] == [
        "in the U.S. market last year"]
    assert [a.context for a in amounts("The port handled 12 ships and the airport stayed shut.")] == [""]
    assert [a.context for a in amounts("It opened three months before the Dec. 1 deadline.")] == [""]


def test_a_range_of_percentages_is_one_amount() -> None:
    from generator.insights.values import amounts
    for text, label in (("The bank set its rate in a range of 3.25 to 3.5 percent on Monday.", "3.25 to 3.5 percent"),
                        ("The rate now stands at 3.25%-3.50%, the bank said.", "3.25%-3.50%"),
                        ("Yields moved between 2% and 3% all week.", "2% and 3%")):
        found = amounts(text)
        assert [(a.text, a.value, a.upper) for a in found] == [(label, found[0].value, found[0].upper)]
        assert found[0].upper is not None and found[0].value < found[0].upper
    assert [a.text for a in amounts("Prices fell 0.2% to 2.5% in May.")] == ["0.2%", "2.5%"]


def test_x_to_y_is_one_amount_unless_a_change_comes_before() -> None:
    from generator.insights.values import amounts
    for text, label in (("Policies would cover perhaps 10% to 20% of the losses.", "10% to 20%"),
                        ("Roughly 10% to 15% of staff left.", "Roughly 10% to 15%"),
                        ("Repairs could cost anywhere from $2 million to $3 million.", "$2 million to $3 million"),
                        ("The firm accounted for 60% to 70% of the market.", "60% to 70%")):
        assert [(a.text, a.upper is not None) for a in amounts(text)] == [(label, True)]
    assert [a.text for a in amounts("Rates rose about 0.25% to 5.5%.")] == ["about 0.25%", "5.5%"]
    assert [a.text for a in amounts("Spending fell 10% to 20% of output.")] == ["10%", "20%"]
    assert [a.text for a in amounts("The bank cut rates by 0.25% to 5%.")] == ["0.25%", "5%"]
    assert [a.text for a in amounts("Its share grew from $5bn to $12bn.")] == ["$5bn", "$12bn"]


def test_a_part_of_a_whole_is_the_figure() -> None:
    from generator.insights.values import amounts
    found = amounts("Ten of the 19 officials expect another half point of cuts.")
    assert [(a.text, a.value, a.unit) for a in found] == [("Ten of the 19 officials", 10.0, "officials")]
    found = amounts("Later, five of the capsule's 28 thrusters went down.")
    assert [(a.text, a.value, a.unit) for a in found] == [("five of the capsule's 28 thrusters", 5.0, "thrusters")]
    assert [a.text for a in amounts("He was convicted on every one of the 34 felony counts.")] == ["34 felony counts"]
    assert [a.text for a in amounts("The 19 officials met on Tuesday.")] == ["19 officials"]


def test_what_all_but_leaves_out_is_no_count() -> None:
    from generator.insights.values import amounts
    # "All but two" of the 181 were killed: two survived, of whom the sentence says nothing more.
    found = amounts("All but two of the 181 passengers and crew were killed when the plane crashed.")
    assert [(a.text, a.value, a.unit) for a in found] == [("181 passengers", 181.0, "passengers")]
    assert amounts("All but two people survived the crash.") == []


def test_a_fraction_is_read_and_a_count_after_a_count_is_read_too() -> None:
    text = "The jurors returned their decision after deliberating for about 9-1/2 hours over two days."
    assert [(a.text, a.value, a.unit) for a in amounts(text)] == [("about 9-1/2 hours", 9.5, "hours"),
                                                                 ("over two days", 2.0, "days")]
    assert [a.text for a in amounts("The storm killed about 40 people over three days.")] == [
        "about 40 people", "over three days"]
    assert [a.text for a in amounts("The shop is open 24/7 and 3/4 of its staff are local.")] == []
    assert [(a.text, a.value) for a in amounts("The talks lasted more than five and a half hours.")] == [
        ("more than five and a half hours", 5.5)]
    assert [a.text for a in amounts("Police found 12 concerning posts online.")] == ["12 concerning posts"]


@pytest.mark.parametrize("label, step", [("about 20.8%", 0.1), ("roughly 23%", 1.0), ("some 6,800 athletes", 100.0),
                                         ("$34.8 million", 1e5), ("about 9-1/2 hours", 0.5), ("twenty people", 10.0),
                                         ("$40m", 1e7), ("doubled", 0.0), ("five and a half hours", 0.5)])
def test_grain_is_the_step_a_number_is_written_to(label: str, step: float) -> None:
    assert grain(label) == step


def test_a_range_of_money_is_one_amount() -> None:
    for text, label, low, high in (
            ("The bridge will cost between $1.7 billion and $1.9 billion to rebuild.", "$1.7 billion and $1.9 billion",
             1.7e9, 1.9e9),
            ("Insurers put losses in a range of $10-12 billion.", "$10-12 billion", 1e10, 1.2e10),
            ("The repairs will cost between \u00a35m and \u00a37m, the council said.", "\u00a35m and \u00a37m",
             5e6, 7e6)):
        assert [(a.kind, a.text, a.value, a.upper) for a in amounts(text)] == [(ValueKind.MONEY, label, low, high)]
    # A change is two figures; so are two currencies.
    assert [a.text for a in amounts("The fund grew from $5 billion to $12 billion.")] == ["$5 billion", "$12 billion"]
    assert [a.text for a in amounts("Prices were between $5 and \u20ac7.")] == ["$5", "\u20ac7"]


@pytest.mark.parametrize(("context", "words"), [
    # what the figure is
    ("in market value", "in market value"),
    ("of all Windows machines", "of all Windows machines"),
    ("from four Latin American countries", "from four Latin American countries"),
    ("rise in trade turnover in 2023", "rise in trade turnover"),
    ("payment that Michael Cohen", "payment"),
    ("bid for US Steel has run", "bid for US Steel"),
    ("invoices Cohen submitted to the company", "invoices"),
    ("of foreign cargo worth about $80", "of foreign cargo"),
    ("kilometres around Paris was closed", "kilometres around Paris"),
    # a change, a range, a time or what happened next says nothing of what it is
    ("from 8.5% on Thursday", ""),
    ("from a 23-year high of 5.25%-5.50%", ""),
    ("to 20% of the losses", ""),
    ("on Thursday", ""),
    ("in June 2022", ""),
    ("in the fiscal year to March", ""),
    ("for months", ""),
    ("last year", ""),
    ("pencilled in another half point", ""),
    ("will be planted in Washington", ""),
    ("- less than it took", ""),
    ("at the end of 2023, the largest", ""),
    ("of national mourning following a devastating", "of national mourning"),
    ("according to a provisional toll", ""),
    ("earthquake hit Morocco", "earthquake"),
])
def test_described_keeps_only_the_words_that_say_what_a_figure_is(context: str, words: str) -> None:
    assert described(context) == words


@pytest.mark.parametrize(("item", "figure", "unit", "context"), [
    ("Reported cost: \u20ac122m, according to a weekly", "\u20ac122m", "euros", "Reported cost"),
    ("Delegations: 205, plus a parade order", "205", "delegations", "Delegations"),
    ("Spectators: up to 326,000, of whom most stood", "up to 326,000", "spectators", "Spectators"),
    ("Athletes' boats on the river: 85, sailing a 6km route", "85", "athletes' boats", "Athletes' boats on the river"),
    ("Death toll: 2,946 (as of Monday)", "2,946", "", "Death toll"),
    ("Bilateral trade in 2022: $190.27bn, up 29.3%", "$190.27bn", "dollars", "Bilateral trade"),
    ("Ticket prices: from \u20ac90 to \u20ac2,700 for the best seats", "\u20ac90", "euros", "Ticket prices"),
    # the figure's own words say what it is: they stay
    ("Performers: 3,000 dancers of the national ballet", "3,000 dancers", "dancers", "of the national ballet"),
])
def test_a_label_says_what_the_figure_after_it_is(item: str, figure: str, unit: str, context: str) -> None:
    label, after = label_of(item) or ("", 0)
    first = labelled(item, label, after, amounts(item))[0]
    assert (first.text, first.unit, first.context) == (figure, unit, context)
    assert item[first.start:first.end] == figure


@pytest.mark.parametrize("item", ["Founded: 1998", "Opening: 26 July, evening", "Host city: Paris, France"])
def test_a_year_a_day_or_no_number_after_a_label_is_no_figure(item: str) -> None:
    label, after = label_of(item) or ("", 0)
    assert labelled(item, label, after, amounts(item)) == []


def test_a_verb_after_a_number_is_no_unit() -> None:
    assert [a.text for a in amounts("Of the crowd, 104,000 held paid tickets and 5,000 were guests.")] == []


@pytest.mark.parametrize(("text", "label", "low", "high"), [
    ("Rescuers have 24 to 48 hours to find survivors.", "24 to 48 hours", 24.0, 48.0),
    ("He faces five to 10 years in prison.", "five to 10 years", 5.0, 10.0),
    ("Between 20 and 30 people were hurt.", "Between 20 and 30 people", 20.0, 30.0),
    ("A window of 24\u201348 hours remains.", "24\u201348 hours", 24.0, 48.0),
    # a change, two figures, a year: no range
    ("Deaths rose from 20 to 30 people.", "30 people", 30.0, None),
    ("They sent 20 and 30 people.", "30 people", 30.0, None),
    ("In 2020 to 30 people had left.", "30 people", 30.0, None),
])
def test_a_range_of_counts_is_one_amount(text: str, label: str, low: float, high: float | None) -> None:
    assert [(a.text, a.value, a.upper) for a in amounts(text)] == [(label, low, high)]


def test_a_name_of_several_words_before_a_count_is_no_modifier() -> None:
    assert amounts("Leaders met at the Group of 20 summit.") == []
