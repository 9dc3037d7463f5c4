"""The numbers a sentence states, and whether two sentences agree on them."""

from __future__ import annotations

import pytest

from generator.numeric import (TOLL, all_stated, counted, counts_unnamed, differ_in_figures, figures, in_digits, same_figure,
                               share_figure, share_telling_figure, written_as_year)


@pytest.mark.parametrize("a, b, expected", [
    ("The death toll climbed to 4,455.", "The death toll climbed to nearly 6,000.", True),
    ("Some 8.5 million computers were hit.", "About 2 million computers were hit.", True),
    ("The toll rose to 4,455 in 3 days.", "The toll is now 4,455.", False),    # one figure shared
    ("The toll rose to 4,455.", "Thousands have died.", False),               # only one states a number
    ("Ties deepened after the invasion in 2022.", "Ties date back to 1950.", False),  # years place facts in time
    ("The toll rose to 4,455 on Monday.", "The toll rose to 4,455 on Tuesday.", False),  # days too
    ("It paid $68.7 billion for the firm.", "It paid $69bn for the firm.", False),  # one figure, rounded
    ("Staff number 13,000.", "Staff number 13000.", False),                   # thousands written two ways
    ("The rate was cut to 4.75%.", "The rate was cut to 5%.", True),          # rounded, but 5% apart
    # a qualified figure agrees with those in its range
    ("Investment tops more than $750 billion.", "Investment stood at $783 billion.", False),
    ("Investment tops more than $750 billion.", "Investment stood at $950 billion.", True),
    ("Trade reached nearly $66 billion.", "Trade reached $65 billion.", False),
    ("Trade reached nearly $66 billion.", "Trade reached $67 billion.", True),
    ("The Dow finished about 100 points lower.", "The Dow ended down 103 points.", False),
    ("The Dow finished about 100 points lower.", "The Dow ended down 110 points.", True),
    ("Aid rose to more than $20 billion.", "Aid rose to about $21.2 billion.", False),  # two ranges overlap
    ("Up to 5,000 troops may go.", "Some 4,500 troops will go.", False),
    ("Up to 5,000 troops may go.", "3,000 troops will go.", True),
    # a count between 1,800 and 2,099 is not a year: only a number written as one is ("in 2012")
    ("The toll has reached 1,037.", "The quake killed at least 2,012 people.", True),
    ("The toll has reached 1,037.", "The region has been quiet since 2012.", False),
    ("More than 1,700 firms signed.", "Some 1,800 firms signed.", False),
    ("More than 1,700 firms signed.", "Some 2,400 firms signed.", True),
    # a range alone does not confirm a sentence that gives another figure of the same kind
    ("The toll has reached 1,037, with over 1,200 injured.",
     "The toll has reached over 1,300, while 1,800 others have been injured.", True),
    ("The toll has reached 1,037, with over 1,200 injured.", "Over 1,300 people were injured.", False),
    ("Trade had reached $185bn, and gas supplies will reach almost 100 billion cubic metres.",
     "Trade rose nearly 30% to about $190 billion.", False),
    ("The Dow rose 375 points, then finished about 100 points lower.", "The Dow ended down 103 points, or 0.3%.",
     False),
    ("Some 6,800 athletes rode on 85 boats.", "Roughly 6,800 of them were carried on 94 boats.", False),
    ("The quake struck at 18:04, killing more than 2,000 people.", "The quake killed 2,012 people in 12 villages.",
     False),  # a time of day counts nothing
    # counts written in words
    ("5 miners are still trapped underground.", "Two miners are still trapped underground.", True),
    ("5 miners are still trapped underground.", "Rescuers said five miners remain trapped.", False),
    ("Three workers remain missing.", "One worker is still missing.", True),
    ("Twenty-five people died.", "The toll rose to 25.", False),
    ("Five people have now been confirmed dead.", "There are four confirmed dead in the county.", True),
    ("Five people have now been confirmed dead.", "The storm caused five deaths.", False),
    ("The toll rose to 25.", "He is one of the victims' relatives.", False),  # "one of": no count
    ("One longshoreman said he had no work.", "He has worked there for 22 years.", False),  # counts of two things
    ("His first trip in five years.", "A visit to mark 60 years of ties.", False),  # years measure, not name
    # parts of one whole: the whole is shared, the count is not
    ("Nine of the 19 policymakers expect two more cuts.", "Ten of the 19 officials expect two more cuts.", True),
    ("9 of the 19 policymakers expect two more cuts.", "10 of the 19 officials expect two more cuts.", True),
    ("Nine of the 19 policymakers expect two more cuts.", "9 of the 19 officials expect two more cuts.", False),
    ("Three of its five judges dissented.", "Two of the five judges dissented.", True),
    ("Five of the capsule's 28 thrusters failed.", "Four of Starliner\u2019s 28 thrusters failed.", True),
    ("China is one of the five permanent members.", "Two of the five permanent members abstained.", False),
    # whole dates are compared: the same day of another year is another date
    ("Sentencing is set for March 28, 2024.", "Sentencing is scheduled for March 28, 2023.", True),
    ("Sentencing is set for March 28, 2024.", "He will be sentenced on 28 March 2024.", False),
    ("Sentencing is set for March 28, 2024.", "He will be sentenced on March 28.", False),  # no year: a day
])
def test_sentences_differ_in_figures_when_both_state_numbers_and_share_none(a: str, b: str, expected: bool) -> None:
    assert differ_in_figures(a, b) is expected
    assert differ_in_figures(b, a) is expected


@pytest.mark.parametrize("a, b, same", [
    ("68.7", "69", True),      # a billion figure rounded to the unit
    ("1.94", "1.9", True),     # and to one decimal
    ("65.7", "65", False),     # not the rounding of it
    ("4.75", "5", False),      # the rounding, but 5% apart: two figures
    ("0.4", "0", False),
    ("13000", "17000", False),
    ("1,2", "1.2", False),     # a decimal comma is not read as a number: only equal strings agree
    ("june", "june", True),
    ("1" * 40 + ".5", "1" * 40, False),  # a run of digits no amount has: compared only as written
])
def test_a_figure_agrees_with_itself_rounded_and_with_nothing_else(a: str, b: str, same: bool) -> None:
    assert same_figure(a, b) is same
    assert same_figure(b, a) is same


def test_sets_of_figures_share_one_or_state_all() -> None:
    assert share_figure({"68.7", "2022"}, {"69"})
    assert not share_figure({"68.7"}, {"70"})
    assert all_stated({"68.7", "95"}, {"69", "95", "10"})
    assert not all_stated({"68.7", "96"}, {"69", "95"})
    assert all_stated(set(), {"1"})


@pytest.mark.parametrize(("text", "stated"), [
    ("The craft entered lunar orbit Aug. 5.", {"august", "5"}),
    ("The craft entered lunar orbit on 5 August.", {"august", "5"}),
    ("The vote falls on Nov 5, after the Sept. meeting.", {"november", "5", "september"}),
    ("Jan Novak said the delay would not mar the launch.", set()),  # a name and a verb, not months
])
def test_a_month_abbreviated_is_the_month(text: str, stated: set[str]) -> None:
    assert figures(text) == stated


@pytest.mark.parametrize("a, b, shared", [
    ("Trade hit a record $190billion (£155bn) last year.", "Trade rose 30% to about $190 billion.", True),
    ("Exports reached $68.7 billion.", "Exports were worth $69bn.", True),        # one figure, rounded
    ("The two leaders met in 2019.", "Two leaders signed the pact in 2019.", False),  # small numbers, years
    ("Trade hit $190 billion.", "Trade hit $150 billion.", False),
    ("They met on 12 June.", "The deal was signed on June 12.", False),           # a day places a fact in time
    ("They met on 12 June; 40 died.", "Some 40 people died on 13 June.", True),
    ("They met on August 15th.", "They met on the 15th of August.", False),
    ("Some 40 Marines were sent.", "Some 40 soldiers were sent.", True),         # "Marines" is no month
    ("2,000 troops will go.", "2,000 soldiers will go.", True),                # a count, not a year
    ("The G20 summit ended.", "Leaders came to the G20 summit.", False),       # numbers in names,
    ("Two F-16 jets and COVID-19 rules.", "F-16 jets and COVID-19 rules.", False),
    ("The talks began at 10:30 a.m.", "They ended at 10:30 a.m.", False),      # times of day
    ("It marks the 75th anniversary.", "The 75th anniversary is near.", False),  # and ordinals
    ("Rates rose to 5.25%.", "The rate is now 5.25 per cent.", True),           # decimals tell at any size
    ("A magnitude 6.8 quake hit.", "The 6.8 tremor hit.", True),
    ("Rates rose to 5.25%.", "Rates rose to 5.5%.", False),
    ("Talks ended at 9.30 a.m.", "They left at 9.30 a.m.", False),
    # a time of day to the minute, off the hour and half hour, tells one moment
    ("It lifted off at 10:52 a.m. Eastern.", "After a liftoff at 10:52 a.m., engineers found leaks.", True),
    ("The craft docked at 1:34 p.m. ET.", "It docked at 1.34pm on Thursday.", True),
    ("The craft docked at 1:34 p.m. ET.", "The craft docked at 1:35 p.m. ET.", False),
    ("Shares rose 1.34 percent.", "The craft docked at 1:34 p.m.", False),
    ("The quake struck at 4:17 a.m. local time.", "A second quake struck at 4:17 p.m.", False),  # two moments
    ("Read John 3:16 aloud.", "It landed at 3:16 p.m.", False),  # no time of day
    ("The first blast came at 9:15 a.m., killing 12 people.", "A blast at 9:15 a.m. killed 40 people.", False),
    # one figure of two kinds is no shared figure; a count of times is a count
    ("They will sign more than 30 agreements.", "Investment rose 30-fold in a decade.", False),
    ("They will sign 30 agreements.", "Trade is 30 times larger than in 2010.", False),
    ("Trade grew 30% last year.", "They will sign 30 agreements.", False),
    ("He was held in contempt 10 times.", "The judge made 10 findings of contempt.", True),
    ("Investment rose 30-fold.", "Investment is up thirtyfold, or 30x.", True),
    # a count the size of a year, written without its comma, is the same count; a year is no figure
    ("The death toll rose to 2012 people on Sunday.", "The ministry said 2,012 people had been killed.", True),
    ("The law was passed in 2012.", "The ministry said 2,012 people had been killed.", False),
    # counts of different kinds of thing are no shared figure; of one kind, in other words, they are
    ("As some 50 aftershocks rattled the area, rescuers worked on.", "Over 50 people were reportedly trapped.",
     False),
    ("It was the largest quake in 25 years.", "Some 25 people were trapped.", False),
    ("Some 50 workers were missing.", "Over 50 people were reportedly trapped.", True),
    ("Organisers imagined 600,000 spectators.", "Organisers spoke of 600,000 people.", True),
    ("The firm cut 10,000 jobs.", "The firm shed 10,000 roles.", True),
    ("The firm cut 10,000 jobs.", "The firm laid off 10,000 workers.", True),
    ("The storm destroyed 2,400 homes.", "Some 2,400 houses were flattened.", True),
])
def test_a_telling_figure_is_ten_or_more_or_has_decimals_and_is_not_a_year(a: str, b: str, shared: bool) -> None:
    assert share_telling_figure(a, b) is shared
    assert share_telling_figure(b, a) is shared


@pytest.mark.parametrize("text, expected", [
    ("Rescuers said five miners remain trapped.", {"miner": {"5"}}),
    ("Two miners are still trapped.", {"miner": {"2"}}),
    ("\u201cThree workers are still missing.\u201d", {"worker": {"3"}}),   # opens the sentence, after a quote mark
    ("Three other workers and 12,000 jobs.", {"worker": {"3"}, "job": {"12000"}}),
    ("Twenty-one people were hurt and two hundred fled.", {"peopl": {"21"}}),   # "two hundred" is not "two"
    ("He is one of the few.", {}),
    ("Formula One drivers and the Big Three met.", {}),              # names
    ("A two-day visit with one-on-one talks and F-16 jets.", {}),     # joined by a hyphen: describes or names
    ("The two sides met their three partners.", {}),                 # after a determiner: a known set
    ("It cost $5 billion in 2024.", {}),                              # money and years
    # a number after a capitalised word is part of a name
    ("It carries Interstate 695 across the harbour.", {}),
    ("Fortune 500 companies lost money at the Group of 20 summit.", {}),
    ("They will buy 50 Boeing 737 MAX jets.", {"boe": {"50"}}),
    # not after a day, nor after a sentence's first word that leads a count, nor after a possessive
    ("On Sunday 86 rescuers arrived.", {"rescuer": {"86"}}),
    ("Some 6,800 athletes rode.", {"athlet": {"6800"}}),
    ("The Fed's 19 officials voted.", {"official": {"19"}}),
    # a count of dead is one toll whatever words tell it
    ("Five people have now been confirmed dead in the county.", {TOLL: {"5"}}),
    ("It confirmed four deaths; four confirmed dead and two killed.", {TOLL: {"4", "2"}}),
    ("Tornadoes struck, killing at least four people.", {TOLL: {"4"}}),
    ("Twenty people were injured and two died.", {"peopl": {"20"}, TOLL: {"2"}}),   # another fate first
    ("Three people were rescued, and two residents died later.", {"peopl": {"3"}, TOLL: {"2"}}),
    ("An air strike killed 12 Palestinians.", {TOLL: {"12"}}),   # people by the noun's ending
    # who killed is no toll, nor are people near a noun of death
    ("Two gunmen killed 12 people at the market.", {"gunmen": {"2"}, TOLL: {"12"}}),
    ("Two gunmen  killed  12 people at the market.", {"gunmen": {"2"}, TOLL: {"12"}}),  # spaced as typed
    ("Police arrested three people over the killings.", {"peopl": {"3"}}),
    ("Two residents told reporters the dead included children.", {"resident": {"2"}}),
])
def test_counts_are_keyed_by_the_thing_counted(text: str, expected: dict[str, set[str]]) -> None:
    assert counted(text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("It will cost 12 000 jobs.", "It will cost 12,000 jobs."),
    ("It will cost 1\u00a0200\u00a0000 dollars.", "It will cost 1.2 million dollars."),
    ("It will cost twelve thousand jobs.", "It will cost 12,000 jobs."),
    ("It will cost twenty-five thousand jobs.", "It will cost 25,000 jobs."),
    ("It will cost 2 thousand jobs.", "It will cost 2,000 jobs."),   # no year once in digits
    ("A two billion dollar fine.", "A 2 billion dollar fine."),
    ("About 1,200,000 people fled.", "About 1.2 million people fled."),
    ("About 1,234,567 people fled.", "About 1,234,567 people fled."),   # not a round number of millions
    ("The 2028 ban on 300 cups.", "The 2028 ban on 300 cups."),
])
def test_in_digits_writes_one_figure_one_way(text: str, expected: str) -> None:
    assert in_digits(text) == expected
    assert figures(in_digits(text)) == figures(expected)


JOBS = "Cup makers said the EU ban on single-use plastic cups from 2028 would cost 12,000 jobs."


@pytest.mark.parametrize("a, b, expected", [
    (JOBS, "EU ministers agreed on Tuesday to ban single-use plastic cups from 2028.", True),
    (JOBS, "The ban will cost twelve thousand posts, the makers said.", False),   # the count in words
    (JOBS, "Makers warned in 2028 that the ban would cost jobs.", False),         # the thing counted
    ("Twenty miners remain trapped after the collapse.", "Rescuers said two of the men had been reached.", True),
    # small counts, dates and hours are no count of the news
    ("Two miners remain trapped after the collapse.", "Rescuers said in 2024 they had reached the men.", False),
    ("The perimeter was in force from 18 July.", "Airspace within 150 kilometres was closed.", False),
    ("The foreperson stood shortly after 11 p.m. on Thursday.", "The jury returned 34 verdicts.", False),
    ("The quake struck at 11:11 pm (2211 GMT) on Friday.", "The quake was felt as far away as Rabat.", False),
    ("The lander touched down at 18:04 local time (12:34 GMT).", "The lander landed near the pole.", False),
    ("The update went out at 0409 UTC and was pulled at 05:27 UTC.", "The update was pulled.", False),
    # money, shares and measures count no named thing
    ("Cohen was paid back during 2017 in installments totaling $420,000.",
     "Trump repaid Cohen in 2017 through monthly checks.", False),
    ("Inflation has eased to 2.5%, down from a high of 9.1% in June 2022.",
     "Inflation has fallen sharply from its 2022 peak.", False),
    ("The two countries mark 40 years of ties this week.", "Ties were established in 1984.", False),
    # the dead are named in any word of death
    ("The quake killed 1,200 people.", "The dead were buried on Sunday.", False),
    ("The quake killed 1,200 people.", "People were buried on Sunday.", True),
])
def test_counts_unnamed_is_a_count_of_things_a_sentence_neither_gives_nor_names(a: str, b: str,
                                                                                 expected: bool) -> None:
    assert counts_unnamed(a, b) is expected


@pytest.mark.parametrize("text, year", [
    ("The 2012 Olympics opened in London.", True),
    ("Protests in 2019 toppled the government.", True),
    ("In 2012 people voted for change.", True),  # a word of time before it
    ("The death toll rose to 2012 people on Sunday.", False),  # a word for what it counts after it
    ("The quake killed more than 2000 on Friday.", False),  # a word that counts before it
    ("Rescuers said 1900 residents were missing.", False),
    ("The toll rose to 2,012 on Sunday.", False),  # with its comma
    ("Some 3000 troops were sent.", False),  # no year's size
    ("The strike began at 2000 GMT on Sunday.", False),  # a clock's time
    ("They filmed 2000 hours of footage.", False),
    ("In 2023 PT Freeport Indonesia paid dividends.", True),  # other letters after a year
])
def test_a_number_is_written_as_a_year(text: str, year: bool) -> None:
    number = next(w for w in text.replace(".", " ").split() if w[0].isdigit())
    start = text.index(number)
    assert written_as_year(text, start, start + len(number)) is year
