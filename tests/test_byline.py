"""byline: the outlet an article's opening names, when its metadata names none."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.byline import (credit_line, lower_case_labels, opening_date, opening_outlet, opening_writers,
                             without_dateline, writers)

LEAD = ("A container ship that lost power as it left the port slammed into a support pier of the bridge early on "
        "Tuesday, sending the span into the river and leaving six road workers missing and presumed dead, officials said.")


@pytest.mark.parametrize(("opening", "outlet"), [
    # a byline ending on the outlet
    ("Ship topples bridge\n\nBy Jane Doe and John Roe, Harbour Newswire\n\n", "Harbour Newswire"),
    # a writer's role and a date passed over
    ("ANALYSIS\nWhat the fall means\nBy Jane Doe, Senior Fellow, Asia Policy Review | 12 April 2023\n\n",
     "Asia Policy Review"),
    ("By Gary Hollis, Political Editor | The Morning Bugle | 12 April 2023\n\n", "The Morning Bugle"),
    # a line opening on the outlet, with a section and a date, in Markdown emphasis
    ("# Eleven weeks without a channel\n\n**Seaborne Trade Review** | Ports & Infrastructure | 13 June 2024\n\n"
     "*By Henrik Aalto, Senior Correspondent*\n\n", "Seaborne Trade Review"),
    ("# Title\n\n**Bench & Bar Weekly** · Criminal Law · May 31, 2024\n\n", "Bench & Bar Weekly"),
    ("# Title\n\n**Mortgage Markets Report** | Capital Markets | Sept. 20, 2024\n\nBy Sandra Liu\n\n",
     "Mortgage Markets Report"),
    ("**Analysis | By Nathalie Borowski, Senior Fellow, The Eastward Review | 14 April 2023**\n\n",
     "The Eastward Review"),
    # a byline crediting the outlet's staff, alone or beside a writer or the wires
    ("Ship topples bridge\nBy Harbourwire Editors and Wire Services\nPosted Jun 6, 2024\n\n", "Harbourwire"),
    ("By Harbour Times Staff\n\n", "Harbour Times"),
    ("By Jane Doe and Ledger Bureau\n\n", "Ledger"),
    # a byline whose names the page's markup took away, before the outlet
    ("Ship topples bridge\n\nby \u00b7 Harbour Times\n\n", "Harbour Times"),
    ("Ship topples bridge\n\nBy | Harbour Ledger\n\n", "Harbour Ledger"),
    ("Ship topples bridge\n\nBy | Jane Doe | Harbour Ledger\n\n", "Harbour Ledger"),
    # a desk or the staff in general names no outlet
    ("By The Editors\n\n", None), ("By Our Staff Reporter\n\n", None), ("By A Staff Reporter\n\n", None),
    ("By Web Desk\n\n", None), ("By Express News Service\n\n", None),
    # a dateline's agency, when no byline names the outlet
    ("HANOI, 10 September (Meridian Wire) - ", "Meridian Wire"),
    ("Ship topples bridge\nBy Priya Raman and Tom Hadley\n\nBENGALURU, Aug 23 (Meridian Wire) - ", "Meridian Wire"),
    ("WASHINGTON, Sept 18 (CWS) - ", "CWS"),
    ("Feb. 4, 2026 (Capital Ledger) -- ", "Capital Ledger"),  # a dateline opening on its date
    ("HARBOURTOWN, May 7. /TASS/. ", "TASS"),  # TASS's own style, the agency between slashes
    ("VELDSTADT, 03 september 2024 (TVL) - ", "TVL"),  # the date's month in lower case
    # an agency in brackets with its site and date after a comma; the agency a syndicator's tag carries
    ("Harbourtown, (APP - Harbour Point News - 26th Apr, 2024) ", "APP"),
    ("Title\n\nHarbourtown, (APP - Harbour Point News - 26th Apr, 2024) The port reopened.\n\n", "APP"),  # short
    ("(MENAFN- Kuwait News Agency (KUNA)) TOKYO, April 26 (KUNA) -- ", "KUNA"),
    ("(MENAFN- IANS) Harbourtown, May 16 (IANS/DPA) ", "IANS"),
    # an agency writing its name in lower case, or with the partner that carries its story
    ("Harbourtown/Veldstadt, 7 December 2023 (dpa/HBN) - ", "dpa/HBN"),
    ("Harbourtown, Veldland, Sept 9 (Reuters/HBN) \u2013 ", "Reuters/HBN"),
    ("VELDSTADT (dpa) - ", "dpa"),
    ("\u00c9CHO DU NORD, 4 February 2026 (Le Petit \u00c9cho) - ", "Le Petit \u00c9cho"),
    # an outlet's name opening on an accented capital
    ("Ship topples bridge\n\nBy Marie Dubois, Le Petit \u00c9cho\n\n", "Le Petit \u00c9cho"),
    # a masthead in capitals over the headline, kept as written
    ("HARBOUR EVENING ECHO\n\nSHIP CHAOS: Ferries halted as storm hits the port\n\nBy Jane Doe, Chief Reporter\n\n",
     "HARBOUR EVENING ECHO"),
    ("**THE DAILY LANTERN**\n\n# Bridge falls in storm\n\n", "THE DAILY LANTERN"),
    ("DAILY \u00c9CLAIREUR\n\n# Bridge falls in storm\n\n", "DAILY \u00c9CLAIREUR"),
    # a writer's name given twice, as a portrait's caption leaves it, over the outlet's name alone
    ("Ship topples bridge\n\nPortrait of Jane Doe Jane Doe\nHarbour Democrat\n\n", "Harbour Democrat"),
])
def test_outlet_named_by_the_opening(opening: str, outlet: str) -> None:
    assert opening_outlet(opening + LEAD) == outlet


@pytest.mark.parametrize("opening", [
    "Ship topples bridge\n\nBy Jane Doe and John Roe\n\n",  # names alone
    "Ship topples bridge\n\nBy Gary Nolan, Science Reporter\n\n",  # a name and a role
    "# Chandrayaan-3 lands\n\nby Sunil Varma \u2014 August 24, 2023\n\n",  # a name and a date
    "Families face ruined getaways - 19 July\n\n",  # a standfirst with a date
    "Ship Topples Key Bridge\n\n",  # a headline in title case
    # a headline or a label in capitals, over a standfirst, a byline or the lead
    "BRIDGE FALLS IN STORM\n\nSix workers missing after a ship hits the pier\n\n",
    "DAILY LIFE RETURNS TO THE PORT\n\nBy Jane Doe\n\n",
    "EXCLUSIVE\n\nShip topples bridge\n\n",
    "DEATH SHIP!\n\nFreighter smashes bridge\n\n",
    "Smith, Jones and Brown (Democrats) - ",  # a sentence's opening, not a place before an agency
    "Harbourtown, March 3 (local time) - ",  # words in lower case in brackets, not an agency
    "Ship topples bridge\n\nHARBOURTOWN, April 23, 2024, by a vote of 52-48, the council closed the port.\n\n",
    "Ship topples bridge\n\nJane DoeJane Doe\nApril 23, 2024\n\n",  # a date under the doubled name
    "Ship topples bridge\n\nHarbour Democrat\n\n",  # a name alone, under no byline
    "Ship topples bridge\n\nJane Doe Jane Doe\n\nMore News\n\n",  # a line between them
    "Ship topples bridge\n\nJane DoeJane Doe\nPolitics\n\n",  # a section, a place, a headline
    "Ship topples bridge\n\nJane DoeJane Doe\nHarbourtown\n\n",
    "Ship topples bridge\n\nJane DoeJane Doe\nStorm Hits Coast\n\n",
    "Ship topples bridge\n\nStand by \u00b7 Harbour Times\n\n",  # "by" ending words, not opening a byline
    "Ship topples bridge\n\nBy \u00b7 Jane Doe\n\n",  # the writer's name, no outlet's
    "",
])
def test_no_outlet_named(opening: str) -> None:
    assert opening_outlet(opening + LEAD) is None


def test_a_byline_after_the_lead_paragraph_is_not_read() -> None:
    assert opening_outlet(LEAD + "\n\nBy Jane Doe, Harbour Newswire\n") is None


def test_without_dateline() -> None:
    assert without_dateline("HANOI, 10 September (Meridian Wire) - US President Joe Biden agreed") == \
        "US President Joe Biden agreed"
    assert without_dateline("Feb. 4, 2026 (Capital Ledger) -- The court ruled") == "The court ruled"
    assert without_dateline("Ship topples bridge") == "Ship topples bridge"
    # in Markdown bold, closed after the dash or before it
    assert without_dateline("**HANOI, 10 September (Meridian Wire) -** US President Joe Biden agreed") == \
        "US President Joe Biden agreed"
    assert without_dateline("**HANOI (Meridian Wire)** - US President Joe Biden agreed") == \
        "US President Joe Biden agreed"
    assert without_dateline("HANOI (Meridian Wire) - *The court* ruled") == "*The court* ruled"  # the lead's italics
    assert without_dateline("Smith, Jones and Brown (Democrats) - They agreed") == \
        "Smith, Jones and Brown (Democrats) - They agreed"


@pytest.mark.parametrize(("opening", "day"), [
    ("# Title\n\n**Seaborne Trade Review** | Ports & Infrastructure | 13 June 2024\n\n", dt.date(2024, 6, 13)),
    ("Title\nBy Nathan Cole, Senior Correspondent | Sept. 21, 2024\n\n", dt.date(2024, 9, 21)),
    ("Title\nPublished Aug. 1, 2024, 7:15 AM ET\n\n", dt.date(2024, 8, 1)),
    ("Title\nUpdated 7:05 AM EDT, Thu September 19, 2024\n\n", dt.date(2024, 9, 19)),
    ("# Title\n\nby Sunil Varma \u2014 August 24, 2023\n\n", dt.date(2023, 8, 24)),
    ("Title\n\nJune 1, 2024\n\n", dt.date(2024, 6, 1)),
    # a date line with its weekday and a time stamp
    ("Title\n\nBy Jane Doe, Chief Reporter\n\nFriday 19 July 2024, updated 9.45pm\n\n", dt.date(2024, 7, 19)),
    ("Title\nBy Jane Doe, Consumer Reporter\nFriday, 13 October 2023\n\n", dt.date(2023, 10, 13)),
    ("Title\n\nThu 19 September 2024 - 14:05 BST\n\n", dt.date(2024, 9, 19)),
    # a stamp with its month in capitals
    ("TITLE\n\nBy Jane Doe\nPublished 15:10, 23 AUG 2023\n\n", dt.date(2023, 8, 23)),
    ("Title\n\nUPDATED SEPT. 5, 2023\n\n", dt.date(2023, 9, 5)),
    # a blog's byline label, its writer's name a link the page lost or not
    ("Title\n\nWritten by on November 20, 2023\n\n", dt.date(2023, 11, 20)),
    ("Title\n\nWritten by Jane Doe on November 20, 2023\n\n", dt.date(2023, 11, 20)),
    # under a radio player's short lines, shown twice
    ("Current track\n\nCurrent show\n\nMorning Mix\n\n8:00 am 10:00 am\n\n" * 2 + "Title\n\nWritten by on "
     "November 20, 2023\n\n", dt.date(2023, 11, 20)),
    # a saved page's date label, before its address or alone
    (" date 2023-09-09 https://harbour.example/2023/09/09/ferry.html\nTitle\n\n", dt.date(2023, 9, 9)),
    ("Title\nDate: 9 September 2023\n\n", dt.date(2023, 9, 9)),
    # an outlet's name and the date with no mark between them; a headline naming a date is none
    ("Title\n\nHB&N 15 September 2023 14:35\n\n", dt.date(2023, 9, 15)),
    ("Title\n\nHarbour Wire Sept. 15, 2023\n\n", dt.date(2023, 9, 15)),
    ("Vote set for 15 September 2023\n\n", None),
    # a date line that tells the article's reading time too
    ("Title\n\n06 Jul 2024 6 minute read\n\n", dt.date(2024, 7, 6)),
    ("Title\n\nJune 22, 2023 | 5 min read\n\n", dt.date(2023, 6, 22)),
    ("Date set for 5 June 2024 summit\n\n", None),
    # a dateline opening the long lead paragraph, after a place or before an agency
    ("Title\n\nVELDSTADT, 4 February 2026 (Capital Ledger) - ", dt.date(2026, 2, 4)),
    ("Title\n\nVELDSTADT, Feb. 4, 2026 -- ", dt.date(2026, 2, 4)),
    ("Title\n\nFeb. 4, 2026 (Capital Ledger) -- ", dt.date(2026, 2, 4)),
    ("Title\n\nVELDSTADT, 4 February (Capital Ledger) - ", None),  # no year
    ("Title\n\nVELDSTADT, 03 september 2024 (TVL) - ", dt.date(2024, 9, 3)),  # the month in lower case
    # a date line parted from its section by two slashes
    ("Jane Doe\nHarbour News Service\nSeptember 4, 2024 // National\n\nTitle\n\n", dt.date(2024, 9, 4)),
    ("Title\n\n**S\u00c3O PAULO, 3 March 2025 (Reuters) -** ", dt.date(2025, 3, 3)),
    ("Title\n\nHarbourtown/Veldstadt, 7 December 2023 (dpa/HBN) - ", dt.date(2023, 12, 7)),
    ("Title\n\nHarbourtown, (APP - Harbour Point News - 26th Apr, 2024) ", dt.date(2024, 4, 26)),
    ("Title\n\n(MENAFN- Kuwait News Agency (KUNA)) TOKYO, April 26 (KUNA) -- ", None),  # no year
    # a sentence opening on a function word, not a place, before a date
    ("Title\n\nOn Monday, Feb. 4, 2026 - ", None),
    ("Title\n\nIn Paris, March 3, 2025 - ", None),
    ("19 July 2024: the day the screens went blue\n\n", None),  # a headline opening on a date
    # a headline's date is what the article reports; a day that does not exist is no date
    ("Talks set for 19 June 2024 in the capital\n\n", None),
    ("Title\nPublished 31 February 2024\n\n", None),
    # a comma after the month; a line of a page's labels above the date, read past
    ("Title\n\n15 May, 2024 20:41\n\n", dt.date(2024, 5, 15)),
    ("icon bookmark-bicon cameraicon checkicon " * 8 + "\n15 May, 2024 20:41\nTitle\n\n", dt.date(2024, 5, 15)),
    ("", None),
])
def test_date_given_by_the_opening(opening: str, day: dt.date | None) -> None:
    assert opening_date(opening + LEAD + "\nIt was agreed on 3 March 2020.\n") == day


@pytest.mark.parametrize("lead", [
    "On Monday, Feb. 4, 2026 - the council voted to close the old bridge for repairs.",
    "On Monday, Feb. 4, 2026 - the council voted to close the old bridge over the river for repairs until the spring of 2027",
    "In Paris, March 3, 2025 - The council voted to close the old bridge for repairs this spring after engineers "
    "found serious cracks in two of its piers during an inspection.",
])
def test_a_short_lead_with_a_dash_is_no_credit_line(lead: str) -> None:
    # Parts split at a dash, as a credit line's are, but one a clause of a sentence: its date is the news's.
    assert opening_date(f"Council closes bridge\n\n{lead}\n") is None


@pytest.mark.parametrize("lead", [
    "By Tuesday, March 3, 2025 - The council voted to close the old bridge for repairs.",
    "By March 3, 2025, the council had voted to close the old bridge for repairs.",
    "By Noon on March 3, 2025, the council had voted to close the old bridge for repairs.",
])
def test_by_and_a_time_opens_a_sentence_not_a_byline(lead: str) -> None:
    # "By" before a weekday, a month or a word of time says when, not who: the date is the news's.
    opening = f"Council closes bridge\n\n{lead}\n"
    assert (opening_date(opening), opening_writers(opening)) == (None, None)


@pytest.mark.parametrize("byline, names", [
    ("By Jane Smith, March 3, 2025", "Jane Smith"),
    ("By May Ellison, March 3, 2025", "May Ellison"),  # a month's name as a given name
    ("By Jan Kowalski, March 3, 2025", "Jan Kowalski"),
    ("By Marcus Webb, March 3, 2025", "Marcus Webb"),  # a given name opening on a month's abbreviation
])
def test_a_byline_with_a_date_gives_both(byline: str, names: str) -> None:
    opening = f"Council closes bridge\n\n{byline}\n\n{LEAD}\n"
    assert (opening_date(opening), opening_writers(opening)) == (dt.date(2025, 3, 3), names)


@pytest.mark.parametrize("label", ["Author: Jane Smith", "Journalist: Jane Smith", "REPORTER: Jane Smith"])
def test_a_label_and_a_colon_open_a_byline(label: str) -> None:
    assert opening_writers(f"Council closes bridge\n{label}\n\n{LEAD}\n") == "Jane Smith"


def test_a_label_before_a_question_is_no_byline() -> None:
    assert opening_writers(f"Council closes bridge\n\nReporter: What did you see on the night?\n\n{LEAD}\n") is None


@pytest.mark.parametrize("credit, outlet, names", [
    ("Nadia Orlov; Chief Sports Reporter; In Lyon", "The Evening Lamp", "Nadia Orlov"),
    ("Piet Smit; Jo Lang; Harbour ; Published", "Harbour 24", "Piet Smit, Jo Lang"),
    ("Analysis by Dr Ines Moreau", "The Policy Desk", "Dr Ines Moreau"),
    ("Omar Haddad; Senior Lecturer; Eastfield University", None, "Omar Haddad"),
    ("Ruth Ames; Business correspondent · Tue", "The Ledger", "Ruth Ames"),
    ("HB; Oslo; Updated May 3", "HB1 News", None),
    ("Lea Brandt; HB1 News; Oslo", "HB1 News", "Lea Brandt"),
    ("Ursula von der Leyen and Jean-Luc Marat", None, "Ursula von der Leyen, Jean-Luc Marat"),
    ("\u00c9lodie Martin; Senior Reporter", "The Ledger", "\u00c9lodie Martin"),
    # the outlet's staff and the wires are no writers
    ("Harbourwire Editors and Wire Services", None, None),
    ("Jane Doe, Staff Writers", None, "Jane Doe"),
])
def test_writers_keep_the_names_of_a_page_credit(credit: str, outlet: str | None, names: str | None) -> None:
    assert writers(credit, outlet) == names


@pytest.mark.parametrize("opening, names", [
    ("By Nadia Orlov and Piet Smit\n\n", "Nadia Orlov, Piet Smit"),
    ("By Ines Moreau, Senior Fellow, Harbour Policy Review | 12 April 2023\n\n", "Ines Moreau"),
    ("**By Lea Brandt** \u00b7 Harbour Wire \u00b7 May 2, 2024\n\n", "Lea Brandt"),
    ("by Omar Haddad \u2014 August 24, 2023\n\n", "Omar Haddad"),
    ("By \u00c9lodie Martin, Harbour Wire\n\n", "\u00c9lodie Martin"),
    ("by Omar Haddad August 23, 2024 9:49 AM 2 min read\n\n", "Omar Haddad"),  # a date after the name, no comma
    ("By April Ryan 23 August 2024 09:49\n\n", "April Ryan"),
    ("By Jane Doe and Piet Smit Updated 9:49 AM\n\n", "Jane Doe, Piet Smit"),
    # a name given twice, as a page with a portrait beside its byline leaves it
    ("Portrait of Jane Doe Jane Doe\nHarbour Democrat\n\n", "Jane Doe"),
    ("Omar HaddadOmar Haddad\nApril 23, 2024\n\n", "Omar Haddad"),
    ("Omar Haddad Jane Doe\n\n", None),
    ("Breaking News Breaking News\n\n", None),  # a label said twice
    ("Live Updates Live Updates\n\n", None),
    ("", None),
])
def test_the_opening_byline_names_the_writers(opening: str, names: str | None) -> None:
    assert opening_writers("Ferry link approved\n\n" + opening + LEAD) == names
    assert opening_writers(LEAD + "\n\n" + opening) is None  # a byline after the lead paragraph is not read


@pytest.mark.parametrize("line", ["\u2014 AFP", "- Reuters", "AFP", "Source: Reuters", "(From AP)", "**Reuters**",
                                  "By the Associated Press", "Credit: Xinhua"])
def test_a_line_crediting_an_agency_alone(line: str) -> None:
    assert credit_line(line)


@pytest.mark.parametrize("line", ["AFP said the launch had failed.", "Reuters Institute report", "Apple",
                                  "By Jane Doe, Reuters", "\u2014 AFP reporters in Seoul"])
def test_a_line_saying_more_than_a_credit(line: str) -> None:
    assert not credit_line(line)


@pytest.mark.parametrize(("line", "labels"), [
    ("icon bookmark-bicon cameraicon checkicon", True),
    ("world politics europe", True),  # a list of tags
    ("Ferry service resumes after storm", False),
    ("the ferry resumed on monday.", False),  # prose, however written
    ("\u6e2f\u53e3\u7684\u6e21\u8f6e\u6062\u590d\u822a\u884c", False),  # a script without capitals
    ("\u0628\u0648\u062a\u064a\u0646 \u064a\u0635\u0644", False),
])
def test_lower_case_labels(line: str, labels: bool) -> None:
    assert lower_case_labels(line) is labels
