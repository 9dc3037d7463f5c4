"""The outlet an article's opening names, for an article whose metadata names none.

A plain-text article saved without front matter is otherwise cited by its headline. Its opening
often says who published it, in one of four ways, looked for in this order:

1. a byline ending on the outlet: "By Jane Doe and John Roe, Meridian Wire" (a writer's role such as
   "Senior Fellow" or "Political Editor" and a date are passed over, so "By Jane Doe, Senior Fellow,
   Asia Policy Review | 12 April 2023" names "Asia Policy Review");
2. a line opening on the outlet, with a date: "The Ballot Review | June 1, 2024";
3. a dateline's agency: "HANOI, 10 September (Meridian Wire) - ..." names "Meridian Wire", "(MENAFN- Kuwait
   News Agency (KUNA)) TOKYO, April 26 (KUNA) -- ..." names "KUNA";
4. a masthead: the outlet's name in capitals over the headline ("SUSSEX EVENING ECHO"), kept as written.

A byline of names alone ("By Jane Doe and John Roe") names no outlet. The same lines, or one that
says when the article was published ("Published Sept. 19, 2024, 7:15 AM ET"), give its date
(:func:`opening_date`), and its writers (:func:`opening_writers`). A saved page's author credit keeps
only the writers' names (:func:`writers`).
"""

from __future__ import annotations

import datetime as dt
import re

from generator.numeric import FULL_DATE, date_of
from generator.textutil import MONTH_NAME, STOPWORDS, WEEKDAYS


def _capitals() -> str:
    """Every capital letter (:meth:`str.isupper`) of the Basic Multilingual Plane, which holds every
    alphabet news is written in, as the inside of a regex class, in ranges: Python's ``re`` has no
    class for them, and ``[A-Z]`` misses the "\u00c9" of "Le Petit \u00c9cho" or "\u00c9lodie"."""
    ranges: list[list[int]] = []
    for code in range(0x10000):
        if chr(code).isupper():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


CAPITALS = _capitals()
"""Every capital letter, as the inside of a regex class, to join other characters in one class."""
CAPITAL = f"[{CAPITALS}]"
"""A capital letter of any alphabet, as a regex: a name, a byline or an outlet starts on one."""
LETTER = r"[^\W\d_]"
"""A letter of any alphabet, as a regex."""

OPENING_LINES = 12
"""Lines of the opening looked at (headline, standfirst, byline, date line, the lead paragraph), as many as
ingest reads for the headline: a page saved from the web may open on a radio player's or a menu's short
lines ("Current show", "8:00 am 10:00 am") before them."""
PARAGRAPH_CHARS = 200
"""A line this long is the first paragraph of the body: its dateline is read, and no line after it."""

KICKER = re.compile(r"(?i:analysis|commentary|comment|opinion|op-ed|editorial|exclusive|breaking(?: news)?|"
                    r"feature|explainer|interview|review|perspective|insight|special report|live|update|"
                    r"fact check|news analysis)\s*:?")
"""A label over a headline that says what kind of piece follows ("ANALYSIS", "Opinion:"): not its title."""

_TIME_WORDS = ("then", "now", "noon", "midnight", "today", "tonight", "tomorrow", "yesterday", "next", "last",
               "early", "late", "mid", "end")
"""Words of time that may follow "By" in a sentence's opening ("By Noon", "By Then", "By Mid-March"), and
that no writer's given name is. Lower-case ones ("by noon") are no byline anyway: it needs a capital.
The 15 corpora's 45 lines opening on "By" and a capital are all bylines; none is taken for a time."""
_WHEN = (rf"(?:(?:{'|'.join(w.capitalize() for w in WEEKDAYS + _TIME_WORDS)})\b"
         rf"|{MONTH_NAME}(?!\w)(?!\s+{CAPITAL}))")
"""A weekday, a word of time, or a month not followed by a surname ("By March 3", "By June, the talks"):
"By" with one opens a sentence ("By Tuesday, March 3, 2025 - The council voted ..."), not a byline.
A month followed by a capitalised word is a given name ("By May Bulman", "By April Ryan", "By Jan Kowalski")."""
_BY = re.compile(rf"\(?(?:(?i:by)\s+(?!{_WHEN})|(?i:author|journalist|reporter|writer)\s*:\s*)(?={CAPITAL})")
"""A byline's opening: "By" before a name (not a time, :data:`_WHEN`), or a label and a colon ("Author: Jane Doe",
"Journalist: Jane Doe")."""
_WRITTEN_BY = re.compile(r"\(?(?i:(?:written|reported|filed)\s+by)\b")
"""A byline's label ("Written by Jane Doe on November 20, 2023", and a blog's "Written by on November 20, 2023"
when the name is a link the page lost)."""
_PARTS = re.compile(r"\s*(?:[|\u2022\u00b7]|\s[-\u2013\u2014]\s|\s//\s)\s*")
_ROLE = re.compile(r"\b(?i:editors?|reporters?|correspondents?|writers?|fellow|columnist|analyst|contributor|staff|"
                   r"chief|senior|producer|professor|director|researcher|journalist|photographer|"
                   r"bureau|desk|team|lecturer|university|institute|wire\s+services?|newsroom)\b")
_DATE = re.compile(rf"\b(?:{MONTH_NAME}(?![a-z])|\d{{1,2}}:\d\d|(?:19|20)\d\d|(?i:updated|published|posted)\b)")
_NAME_WORD = rf"{CAPITAL}[\w.'\u2019&-]*"
_OUTLET = re.compile(rf"(?:The\s+)?{_NAME_WORD}(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?{_NAME_WORD}){{0,5}}")


_STAMP = re.compile(r"(?i:(?:last\s+)?(?:published|updated|posted|first published)\b|date(?:\s*:|\s+(?=\d)))")
"""A stamp's label: "Published ...", "Updated ...", and a saved page's "Date: 2023-09-09" or "date 2023-09-09"
(not a headline opening on the word: "Date set for June 5, 2024 summit")."""
_DATE_LINE = re.compile(rf"(?:(?i:{'|'.join(d[:3] for d in WEEKDAYS)})[a-z]*\.?,?\s+)?(?:{FULL_DATE.pattern})"
                        r"(?:[\s,|\u2013\u2014-]+(?i:(?:last\s+)?(?:updated|published|posted)\s+(?:at\s+)?)?"
                        r"\d{1,2}[:.]\d\d\s*(?i:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
                        r"(?:[\s,|\u00b7\u2022\u2013\u2014-]+\d{1,3}\s*(?i:min(?:ute)?s?|mins?\.?)\s+(?i:read))?")
"""A line that is a date, perhaps with its weekday and a time stamp ("June 1, 2024", "Friday 19 July 2024,
updated 9.45pm", "Thu 19 September 2024 - 14:05 BST") and the article's reading time ("06 Jul 2024 6 minute
read", "June 1, 2024 | 5 min read"); not a headline opening on a date."""


def date_line(line: str) -> bool:
    """Whether ``line`` is a date alone, perhaps with its weekday and a time stamp (:data:`_DATE_LINE`)."""
    return _DATE_LINE.fullmatch(line) is not None


_NAMED_DATE_LINE = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}\s+(?:{_DATE_LINE.pattern})")
"""A line of an outlet's name and the date, with no mark between them ("AK&M 15 September 2023 14:35")."""
_OPENERS = sorted(w.capitalize() for w in [*(STOPWORDS - {"the", "new"}), *WEEKDAYS] if len(w) > 1 and w.isalpha())
NOT_A_SENTENCE = rf"(?!(?:{'|'.join(_OPENERS)})\b)"
"""Where a dateline's place starts, not a sentence's opening word in title case ("On Monday, Feb. 4,
2026 -", "In Paris, March 3 -", "By Tuesday, March 3, 2025 -", "Monday, Feb. 4 -"): a function word of
:data:`STOPWORDS`, but for "The" and "New" that open places ("The Hague", "New Delhi"), or a weekday. A
place in capitals ("IN", "A CORU\u00d1A") is not checked. Of the 15 corpora's datelines, none starts on
one of these words."""
WIRES: dict[str, str] = {
    "reuters": "Reuters", "ap": "Associated Press", "associated press": "Associated Press",
    "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP", "dpa": "dpa",
    "upi": "UPI", "united press international": "UPI", "xinhua": "Xinhua", "yonhap": "Yonhap",
    "kyodo": "Kyodo", "tass": "TASS", "efe": "EFE", "ansa": "ANSA", "pti": "PTI", "ani": "ANI",
    "bloomberg": "Bloomberg", "anadolu": "Anadolu", "jiji press": "Jiji Press", "jiji": "Jiji Press",
}
"""News agencies whose stories are reprinted by other sites, by the spellings their datelines use."""
WIRE_NAMES = "|".join(sorted((re.escape(k) for k in WIRES), key=len, reverse=True))
"""The spellings of :data:`WIRES` as a regular expression, longest first."""
_PLACE = rf"{NOT_A_SENTENCE}{CAPITAL}(?:{LETTER}|[ .'\u2019/-]){{1,40}}"
_AGENCY = rf"(?={CAPITAL}|(?:{WIRE_NAMES})\b)(?:{LETTER}|[ .&/]){{2,41}}"
"""An agency in a dateline's brackets, as written: "Reuters", "Le Petit \u00c9cho", an agency that writes
its name in lower case ("dpa"), or one with the partner that carries its story ("Reuters/GNA", "dpa/MIA")."""
_DAY_OF_MONTH = rf"(?:\d{{1,2}}\s+{MONTH_NAME}|{MONTH_NAME}\s+\d{{1,2}})"
_DAY = rf"(?:{_DAY_OF_MONTH}|(?:19|20)\d\d-\d\d-\d\d)"
_OPEN = r"(?:[*_]{1,2}(?=\w))?"
_CLOSE = r"[*_]{0,2}"
_DASH = rf"{_CLOSE}\s*(?:--|[-\u2013\u2014\u2212:]){_CLOSE}"
"""A dateline's dash (or colon), perhaps after or before the end of the bold or italics that set the
dateline off in Markdown ("**PARIS, March 3 (AFP)** -", "**S\u00c3O PAULO, March 3 (Reuters) -**")."""
DATELINE_AGENCY = re.compile(
    rf"{_OPEN}(?:{_PLACE}(?:,[^()\n]{{1,30}})?|{_DAY}[^()\n]{{0,30}})\s*\((?P<agency>{_AGENCY})\){_DASH}")
"""A dateline naming an agency: a place, perhaps a date ("HANOI, 10 September (Meridian Wire) -"), or a
date alone ("Feb. 4, 2026 (Capital Ledger) --"), the agency in brackets, a dash."""
DATELINE_DATE = re.compile(
    rf"{_OPEN}(?P<place>(?:{_PLACE},\s*){{0,2}})(?:{_DATE_LINE.pattern})\s*(?P<agency>\({_AGENCY}\))?{_DASH}")
"""A dateline giving a full date after a place ("VELDSTADT, 4 February 2026 -") or before an agency
("Feb. 4, 2026 (Capital Ledger) --"); a headline opening on a date ("19 July 2024: the day ...") has
neither and is no dateline."""
DATELINE_DAY = re.compile(
    rf"{_OPEN}(?P<place>(?:{_PLACE},\s*){{1,2}})(?P<day>{_DAY_OF_MONTH})\s*(?P<agency>\({_AGENCY}\))?{_DASH}")
"""A dateline naming a place and a day without a year: "WASHINGTON, Sept 18 (Wire) -", "HANOI, 10 September -",
"**S\u00c3O PAULO, March 3 (Reuters) -**"; not a sentence's opening ("On Monday, Feb. 4 -")."""

_DATELINE_ALONE = re.compile(rf"(?:{_PLACE},\s*){{1,2}}{_DAY_OF_MONTH}")
"""A dateline's place and day alone on their line, without its dash or a year ("Washington, June 22")."""


def dateline_alone(line: str) -> bool:
    """Whether ``line`` is a dateline's place and day alone (:data:`_DATELINE_ALONE`): no headline."""
    return _DATELINE_ALONE.fullmatch(line) is not None


CREDIT = (r"\s*[*_]{{0,2}}\(?\s*(?:(?:source|credit|via|by|from)\s*:?\s*)?[-\u2013\u2014]?\s*(?:the\s+)?{name}"
          r"\s*\)?[*_]{{0,2}}\s*")
"""A line that credits an agency and says nothing else ("\u2014 AFP", "Source: Reuters", "(From AP)"), as a
pattern to format with the agency's ``name`` pattern."""
_AGENCY_CREDIT = re.compile(CREDIT.format(name=f"(?:{WIRE_NAMES})"), re.IGNORECASE)
SIGNED_OFF = re.compile(rf"(?<=[.!?\"\u201d\u2019])[ \t]*[-\u2013\u2014]{{1,2}}[ \t]*(?P<wire>{WIRE_NAMES})[ \t]*$",
                        re.IGNORECASE)
"""A wire story's sign-off run on after its last sentence ("... its 4 percent target in 2024.\u2014Xinhua"),
to search for up to a paragraph's end."""


def credit_line(line: str) -> bool:
    """Whether ``line`` only credits a news agency ("\u2014 AFP", "Source: Reuters"): no headline, no news."""
    return _AGENCY_CREDIT.fullmatch(line) is not None


def is_dateline(m: re.Match[str]) -> bool:
    """Whether a match of :data:`DATELINE_DATE` or :data:`DATELINE_AGENCY` (or of a pattern made from one)
    is a dateline: a date alone before a colon is a heading's ("19 July 2024: The day ..."), and the words
    before an agency are capitalised, a place or a date, perhaps with its month in lower case ("Smith, Jones and
    Brown (Democrats) -" is a sentence's opening; "JAKARTA, 03 september 2024 (TATOLI) -" is a dateline)."""
    if "place" in m.re.groupindex:
        return bool(m.group("place") or m.group("agency") or not m.group().rstrip().rstrip("*_").endswith(":"))
    if "agency" in m.re.groupindex:
        before = FULL_DATE.sub("", m.string[m.start():m.start("agency")])
        return not any(word[:1].islower() for word in before.split())
    return True


def lower_case_labels(line: str) -> bool:
    """Whether ``line`` is words in lower case with no capital and no end of a sentence: a saved page's labels
    ("icon bookmark-bicon cameraicon ...", a list of tags), not a headline, a credit or prose (a script without
    capitals, such as Chinese or Arabic, has no lower case either)."""
    return any(c.islower() for c in line) and not any(c.isupper() or c in ".!?" for c in line)


_COMMA_CREDIT = re.compile(rf"(?P<outlet>{_OUTLET.pattern}),\s*(?P<date>(?:{FULL_DATE.pattern})),"
                           rf"\s*(?P<by>(?i:by)\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})")
"""A credit line of an outlet, a date and a byline parted by commas ("Al-Monitor, April 23, 2024, by Jane Doe"); not
a lead ("WASHINGTON, April 23, 2024, by a vote of 52-48, ...")."""


def _unmarked(line: str) -> str:
    """``line`` without a dash or bullet opening it."""
    return line.lstrip("-\u2013\u2014\u2022 ")


def dated_credit(line: str) -> bool:
    """Whether ``line`` is a credit line of short parts that gives a full date, a mark opening it aside ("- The
    Daily - Thursday, October 10, 2024", "Policy Review | 1 June 2024"): no headline. Each part is a date or a
    name ("Election results | November 5, 2024" is a headline)."""
    unmarked = _unmarked(line)
    return (_credit_parts(unmarked) and FULL_DATE.search(unmarked) is not None
            and all(_DATE.search(part) or _OUTLET.fullmatch(part) for part in _PARTS.split(unmarked)))


_NAME_WORDS = rf"{CAPITAL}[\w.'\u2019-]*(?:\s+{CAPITAL}[\w.'\u2019-]*){{1,3}}"
_DOUBLED_NAME = re.compile(rf"(?i:portrait|photo|picture|image|headshot|avatar)\s+of\s+"
                          rf"(?P<name>{_NAME_WORDS})\s+(?P=name)|(?P<joined>{_NAME_WORDS})(?<=[a-z])(?P=joined)")
"""A writer's name given twice, as a page's byline with its portrait gives it once the markup is gone: after
"Portrait of" ("Portrait of Gray Rohrer Gray Rohrer"), or run together ("Yusuf KamadanYusuf Kamadan"); not a
label said twice ("Breaking News Breaking News")."""
OUTLET_UNDER_NAME_WORDS = 4
"""Most words of an outlet's name on its own line under a doubled byline ("Tallahassee Democrat")."""


def _outlet_line(line: str) -> bool:
    """Whether ``line`` is a newspaper's name standing alone under a byline ("Tallahassee Democrat"): a few
    words naming a paper (:data:`PAPER_WORDS`), not a section's ("Politics") nor a place's."""
    return (_OUTLET.fullmatch(line) is not None and 1 < len(line.split()) <= OUTLET_UNDER_NAME_WORDS
            and not PAPER_WORDS.isdisjoint(line.lower().split()) and not _ROLE.search(line)
            and not KICKER.fullmatch(line) and not _DATE.search(line))


def _opening_lines(body: str) -> list[str]:
    """The first OPENING_LINES non-empty lines of ``body``, white space collapsed, up to and including
    the first paragraph of the body; lines of labels (:func:`lower_case_labels`) left out. A mark opening a
    credit line is dropped ("- The Daily - Thursday, October 10, 2024"), and a credit line parted by commas
    (:data:`_COMMA_CREDIT`) is given as a byline, then the outlet and date ("By Jane Doe | Al-Monitor | April
    23, 2024"). A name given twice (:data:`_DOUBLED_NAME`) is a byline, with the outlet on the line under it
    if one stands there alone ("By Gray Rohrer | Tallahassee Democrat")."""
    lines: list[str] = []
    doubled = False
    for line in body.split("\n", OPENING_LINES * 4)[:OPENING_LINES * 4]:
        line = " ".join(line.strip().lstrip("#").split())
        if lower_case_labels(line):
            continue
        if doubled and _outlet_line(line):  # under a doubled name, the outlet: one part of its byline
            lines[-1] += f" | {line}"
            doubled = False
            continue
        if name := _DOUBLED_NAME.fullmatch(line):
            line = f"By {name['name'] or name['joined']}"
        doubled = name is not None
        if _credit_parts(unmarked := _unmarked(line)):
            line = unmarked
        if credit := _COMMA_CREDIT.fullmatch(line):
            line = f"{credit['by']} | {credit['outlet']} | {credit['date']}"
        if line:
            lines.append(line)
        if len(lines) == OPENING_LINES or len(line) > PARAGRAPH_CHARS:
            break
    return lines


def opening_date(body: str) -> dt.date | None:
    """The date of the first credit line of ``body``'s opening that gives a full one (a byline, a
    line of an outlet and a date, with or without a mark between them, or "Published ..."), or None.
    A date in a headline or the body is what the article reports, not when it was published, and is not
    read."""
    for line in _opening_lines(body):
        plain = line.strip("*_ ")
        day = _dateline_date(plain)
        if day:
            return day
        if len(line) > PARAGRAPH_CHARS or not (_BY.match(plain) or _WRITTEN_BY.match(plain) or _STAMP.match(plain)
                                                or _credit_parts(plain) or date_line(plain)
                                                or _NAMED_DATE_LINE.fullmatch(plain)):
            continue
        for m in FULL_DATE.finditer(plain):
            day = date_of(m)
            if day:
                return day
    return None


CREDIT_PART_CHARS = 80
"""Longest part of a credit line ("Policy Review | Section | 1 June 2024"): a longer one is a clause of a
short lead ("On Monday, Feb. 4, 2026 - The council voted to close the bridge ..."). The 15 corpora's
credit lines with a date have parts of at most 56 characters, and none ends on a sentence's full stop."""
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?][\"\u201d\u2019]?$")
"""The end of a sentence ("... for repairs."), not of an abbreviation ("p.m.") or a date."""


def _credit_parts(line: str) -> bool:
    """Whether ``line`` is made of several short parts, as a line naming an outlet, a section and a date is,
    not a short lead paragraph with a dash in it."""
    parts = _PARTS.split(line)
    return (len(parts) > 1 and max(len(part) for part in parts) <= CREDIT_PART_CHARS
            and not _SENTENCE_END.search(line))


def _dateline_date(line: str) -> dt.date | None:
    """The date of a dateline opening ``line`` (:data:`DATELINE_DATE`, or a full date inside another
    dateline: "Beijing, (APP - UrduPoint - 26th Apr, 2024) ..."), however long the lead paragraph it
    opens, or None."""
    m = DATELINE_DATE.match(line)
    if m and (m.group("place") or m.group("agency")):
        return date_of(m)
    full = FULL_DATE.search(dateline.group()) if (dateline := _opening_dateline(line)) else None
    return date_of(full) if full else None


def _opening_dateline(line: str) -> re.Match[str] | None:
    """The dateline (:data:`_DATELINE`) opening ``line``, or None."""
    m = _DATELINE.match(line)
    return m if m and is_dateline(m) else None


def opening_writers(body: str) -> str | None:
    """The writers a byline of ``body``'s opening names ("By Jane Doe and John Roe, Harbour Wire" gives
    "Jane Doe, John Roe"), or None."""
    for line in _opening_lines(body):
        first = _PARTS.split(line.strip("*_ "), 1)[0].strip("*_ ")
        byline = _byline(first) if len(line) <= PARAGRAPH_CHARS else None
        if byline:
            return writers(byline[0].strip("*_ "))
    return None


_DATED = re.compile(rf"\s+(?:{_DAY_OF_MONTH}\b|\d{{1,2}}:\d\d|(?:19|20)\d\d\b|(?i:updated|published|posted)\b)")
"""Where a byline's date or stamp follows the writers' names with no comma ("By Jane Doe August 23, 2024
9:49 AM"): a day of the month, a time, a year or a stamp's label, not a month alone ("By April Ryan")."""


def _byline(part: str) -> list[str] | None:
    """A byline's writers, then the roles or outlet after them ("By Jane Doe, Senior Fellow" gives
    ["Jane Doe", "Senior Fellow"]; "By Jane Doe August 23, 2024" gives ["Jane Doe"]); None when ``part``
    is no byline."""
    by = _BY.match(part)
    if not by:
        return None
    dated = _DATED.search(part, by.end())
    return [piece.strip() for piece in part[by.end():dated.start() if dated else None].rstrip(")").split(",")]


def opening_outlet(body: str) -> str | None:
    """The outlet the opening of ``body`` names (see the module's doc), or None."""
    lines = _opening_lines(body)
    for line in lines:
        # a dateline's brackets name the agency first ("Beijing, (APP - UrduPoint - 26th Apr, 2024) ..."): below
        name = _from_credit_line(line) if len(line) <= PARAGRAPH_CHARS and not _opening_dateline(line) else None
        if name:
            return name
    for line in lines:
        m = DATELINE_AGENCY.match(line)
        if m and is_dateline(m):
            return " ".join(m.group("agency").split())
        m = _SLASHED_DATELINE.match(line)
        if m and is_dateline(m):
            return m.group("slashed")  # "BELGRADE, May 7. /TASS/."
        agencies = _BRACKETED_AGENCY.findall(m.group()) if (m := _opening_dateline(line)) else []
        if agencies:
            return agencies[-1]  # "(MENAFN- ...) TOKYO, April 26 (KUNA) --", "Beijing, (APP - UrduPoint ...)"
    return masthead(body)


_CAPS_WORD = rf"{CAPITAL}(?:{CAPITAL}|[0-9&'\u2019.-])*"
_MASTHEAD = re.compile(rf"{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{1,4}}")
"""A newspaper's name in capitals, two to five words ("SUSSEX EVENING ECHO", "THE DAILY BEACON")."""
PAPER_WORDS = frozenset("""
times post news herald echo gazette journal chronicle mail express mirror star sun tribune telegraph guardian
observer independent standard courier record press daily evening weekly sunday morning wire today argus bugle
beacon monitor globe sentinel advertiser examiner inquirer register bulletin dispatch leader reporter recorder
mercury clarion citizen enquirer messenger pioneer review shimbun democrat ledger
""".split())
"""Words a newspaper's name is made of: capitals alone do not tell a masthead from a shouted headline
("BRIDGE FALLS IN STORM"), and a masthead names itself as a paper ("... Echo", "Daily ...")."""


def masthead(body: str) -> str | None:
    """The outlet's name set in capitals over the headline, as written, or None: the first line of
    ``body``, a few words in capitals naming a paper (:data:`PAPER_WORDS`), with a headline under it
    (a line that is no byline, no date line and no paragraph). An all-capitals headline ("DEATH SHIP!",
    "BRIDGE FALLS IN STORM") or a label ("EXCLUSIVE") is not one."""
    lines = _opening_lines(body)
    if len(lines) < 2:
        return None
    name, headline = lines[0].strip("*_ "), lines[1].strip("*_ ")
    if not _MASTHEAD.fullmatch(name) or KICKER.fullmatch(name) or PAPER_WORDS.isdisjoint(name.lower().split()):
        return None
    if (len(headline) > PARAGRAPH_CHARS or headline.endswith(".") or _BY.match(headline) or _STAMP.match(headline)
            or date_line(headline)):
        return None
    return name


_STAFF = re.compile(r"(?P<outlet>.+?)\s+(?i:staff(?:\s+(?:writers?|reporters?))?|editors|bureau|desk|newsroom"
                    r"|news\s+service)")
"""A byline crediting an outlet's staff, not a writer ("By Newser Editors", "By CNN Staff", "By ET Bureau")."""
_DESK_WORDS = frozenset("""our news web online digital sports metro business city national world foreign home local
international political express""".split())
"""Words naming a desk or the staff in general, not an outlet ("By Our Staff Reporter", "By Web Desk", "By
Express News Service")."""


def _staff_outlet(names: str) -> str | None:
    """The outlet whose staff a byline's names credit ("Newser Editors and Wire Services" gives "Newser"), or
    None."""
    for name in re.split(r"\s*,\s*|\s+(?:and|&)\s+", names):
        m = _STAFF.fullmatch(name.strip())
        outlet = m.group("outlet") if m else ""
        first = outlet.split()[0].lower() if outlet else ""
        if (_OUTLET.fullmatch(outlet) and not _ROLE.search(outlet) and first not in STOPWORDS
                and not (" " not in outlet and first in _DESK_WORDS)):
            return outlet
    return None


_BARE_BY = re.compile(r"\(?(?i:by)\s*:?")
"""A byline's opening word with no name after it, before the line's next part ("by · NY Times")."""


def _from_credit_line(line: str) -> str | None:
    """The first outlet's name among the parts of a byline ("By Jane Doe, Senior Fellow, Policy Review", "by ·
    Policy Review") or of a line with a date ("Policy Review | Section | 1 June 2024"); None for any other line."""
    parts = [p.strip("*_ ") for p in _PARTS.split(line.strip("*_ "))]
    writers: set[str] = set()
    pieces: list[str] = []
    if len(parts) > 1 and _BARE_BY.fullmatch(parts[0]):
        parts = parts[1:]
        if PAPER_WORDS.isdisjoint(parts[0].lower().split()):
            writers.add(parts.pop(0))  # "By | Jane Doe | Harbour Times": the names, then the outlet
        else:
            writers.add("")  # "by · NY Times": a byline whose names went with the page's markup
    for part in parts:
        byline = _byline(part)
        if byline and (staff := _staff_outlet(byline[0])):
            return staff
        if byline:  # the writers' names, then their roles or outlet
            writers.add(byline[0])
            pieces += byline[1:]
        else:
            pieces.append(part)
    if not writers and not any(_DATE.search(p) and len(p) <= 40 for p in parts[1:]):
        return None
    for piece in pieces:
        if (piece not in writers and _OUTLET.fullmatch(piece) and not KICKER.fullmatch(piece)
                and not _ROLE.search(piece) and not _DATE.search(piece)):
            return piece
    return None


_AGENCIES = "PTI|IANS|ANI|UNI|AFP|AP|AAP|DPA|EFE|ANSA|TASS|KCNA|WAM|SPA|IRNA|APP|BSS|PNA|KUNA|MENA|QNA|NAN|UPI|CNN|AA"
"""News agencies a dateline names in brackets without a dash after them."""
_BRACKETED_AGENCY = re.compile(rf"\((?:[A-Z]{{3,12}}-\s?)?({_AGENCIES}|(?i:{WIRE_NAMES}))\b")
"""A news agency opening a dateline's brackets ("(KUNA)", "(APP - UrduPoint ...)", "(Reuters)"), or named in a
syndicator's tag ("(MENAFN- IANS)"); never the syndicator ("MENAFN")."""

# A place and date before a news agency need no dash ("New Delhi, Mar 3 (PTI) The court ..."),
# or after a comma with the agency's site and date ("Budapest, (APP - UrduPoint - 11th May, 2024) President ..."),
# nor a place and country before a long dash ("Islamabad, Pakistan — Pakistan's prime minister ...", perhaps
# with the agency: "Seoul, South Korea CNN —"); TASS sets its own between slashes ("BELGRADE, May 7. /TASS/.").
# A dateline opening a paragraph: a place in capitals ("SEOUL", "NEW DELHI", "BEIJING/TOKYO"; in Markdown
# perhaps bold, "**SEOUL** -"), perhaps a country or date ("KATMANDU, Nepal", "SEOUL, South Korea",
# "SEOUL, June 19", "HANOI, 10 September 2023") and an agency ("(Reuters)"), then a dash, "//" or, after capitals alone
# ("MOULAY BRAHIM, MOROCCO:"), a colon; or an agency in brackets, after a place or not
# ("(CNN) -", "Pyongyang (AFP) -"). Used with ``match(text, pos)``, which anchors it at ``pos``.
# A long dash may touch the lead ("PARIS\u2014The ...", "Sep. 8\u2014Today ...": a syndicated story's date) and a
# minus sign may stand for the dash ("LAHAINA, Hawaii \u2212 The ...").
# A place with a date before a dash or a colon is one too ("Shillong, September 13:", "BRATISLAVA, MAY 16:"), as is a
# place and country before a colon ("Hualien, Taiwan:"); agencies may be joined ("(IANS/DPA)"); a full date, alone
# or after a place, and a place before an agency are read with this module's patterns (:data:`_FULL_DATELINES`).
# An outlet's name before a slash opens its lead as a dateline would, when a sentence's opening word follows
# ("Shafaq News / On Monday, ..."; not "Russia / Ukraine talks stalled").
# A place may be in any alphabet ("SÃO PAULO", "A Coruña, Spain, March 3 -"); a title-case opening on a function word
# ("On Monday, Feb. 4 -", "In Paris (AFP) -") is a sentence's, not a place's (NOT_A_SENTENCE).
_TITLE_PLACE = rf"{CAPITAL}{LETTER}*(?:[ -]{CAPITAL}{LETTER}*){{0,2}}"
"""A place in title case, in any alphabet, of one to three words ("Pyongyang", "A Coru\u00f1a", "S\u00e3o Paulo")."""
_COUNTRY = rf"{CAPITAL}{LETTER}+(?:\s+{CAPITAL}{LETTER}+)?"
"""A country or region after a place ("Spain", "South Korea")."""
_LEAD = rf"""(?:\s+|(?<=\u2014)|(?<=\) -)|(?<=\)-)|(?<=\)--))(?=["\u201c]?(?:{CAPITAL}|[0-9]))"""
"""What follows a dateline: a space (none after a long dash, "PARIS\u2014The ...", nor after an agency's
dash, "ISLAMABAD (Reuters) -A court ...", "Tokyo, Jan. 2 (Jiji Press)--Japanese ..."), then the lead's first
word, perhaps in quotation marks."""
_SLASHED_AGENCY = rf"""{CAPITAL}[{CAPITALS} .'-]{{2,40}},\s*{MONTH_NAME}\.?\s+\d{{1,2}}\.?\s*/(?P<slashed>{_AGENCIES})/\.?"""
"""TASS's dateline, the agency between slashes: "BELGRADE, May 7. /TASS/."."""
_NOT_AN_ADVERB = r"(?!(?:Meanwhile|Elsewhere|Still|Now|Today|Later|Earlier|Yet|Instead|Again|\w+ly)\b)"
"""Where a title-case place before a country and a colon starts, not an adverb opening a sentence ("Meanwhile,
Beijing: ...")."""
_SYNDICATED = r"(?:\([A-Z]{3,12}-\s?[A-Za-z .]{2,30}(?:\([A-Z]{2,8}\))?\)\s*)?"
"""A syndicator's tag before a dateline, naming where it took the story from ("(MENAFN- IANS) Bratislava, May 16
(IANS/DPA) ...", "(MENAFN- Kuwait News Agency (KUNA)) TOKYO, April 26 (KUNA) -- ...")."""
_DATELINE = re.compile(
    rf"""{_SYNDICATED}{NOT_A_SENTENCE}(?:(?:[*_]{{1,2}}(?={CAPITAL}))?{CAPITAL}[{CAPITALS} .'\u2019/-]{{2,40}}"""
    r"""(?:(?:,\s*(?:[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?"""
    r"""(?:\s+\d{1,2})?|\d{1,2}\s+[A-Z][a-z]+\.?)(?:,?\s+\d{4})?)?[*_]{0,2}\s*"""
    r"""(?:\([A-Za-z .&/]+\))?[*_]{0,2}\s*(?:[-\u2013\u2014\u2212]+|//)[*_]{0,2}"""
    rf"""|(?:,\s*{CAPITAL}[{CAPITALS} .'-]{{1,30}}(?:\s?\d{{1,2}})?)?[*_]{{0,2}}:[*_]{{0,2}})"""
    rf"""|(?:{_TITLE_PLACE}\s*)?\((?=[A-Z]|(?:{WIRE_NAMES})\b)[A-Za-z .&/]{{2,21}}\)\s*(?:[-\u2013\u2014]+|//)"""
    rf"""|{_TITLE_PLACE}(?:,\s*(?:{MONTH_NAME}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_NAME}))?,?\s*"""
    rf"""\((?:{_AGENCIES})(?:/(?:{_AGENCIES}))*"""
    r"""(?:\s+-\s[^()\n]{1,80})?\)"""
    rf"""|{_TITLE_PLACE},\s*{_COUNTRY}(?:\s+(?:{_AGENCIES}))?\s+[\u2013\u2014\u2212]"""
    rf"""|{_NOT_AN_ADVERB}{_TITLE_PLACE}\s[\u2013\u2014](?=\s{CAPITAL})(?![^\n]*?\s[\u2013\u2014]\s)"""
    rf"""|{_NOT_AN_ADVERB}{_TITLE_PLACE},\s*{_COUNTRY}:|{_TITLE_PLACE}\s+\({_COUNTRY}\)\s*\|"""
    rf"""|{_NOT_AN_ADVERB}{_TITLE_PLACE}\s/(?=\s+(?:{'|'.join(_OPENERS)}|The)\b)"""
    rf"""|{_SLASHED_AGENCY}"""
    rf"""|{MONTH_NAME}\s+\d{{1,2}}\u2014"""
    rf"""|{_TITLE_PLACE}(?:,\s*{_COUNTRY})?,\s+(?:{MONTH_NAME}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_NAME})(?:,?\s+\d{{4}})?"""
    r"""\s*(?:[-\u2013\u2014]+|//|:))"""
    rf"""{_LEAD}""")
_SLASHED_DATELINE = re.compile(rf"{_SLASHED_AGENCY}{_LEAD}")
_FULL_DATELINES = (re.compile(rf"(?:{DATELINE_DATE.pattern}){_LEAD}"),
                   re.compile(rf"(?:{DATELINE_AGENCY.pattern}){_LEAD}"))
"""The datelines :func:`opening_date` and :func:`opening_outlet` read a date or an agency from, before the
lead: a place and a full date ("\u00c9VRY, 4 February 2026 (AP) -"), a date alone ("Tuesday, September 12,
2023 -", "Feb. 4, 2026 (Capital Ledger) --"), an agency after a place ("VELDSTADT, 4 February (Le Petit
\u00c9cho) -"). A date alone before a colon is a heading's ("19 July 2024: The day ..."), not a dateline."""


_UPDATE_STAMP = re.compile(rf"(?i:updated?)\b(?=[^:\n]{{0,40}}\d)[^\n]{{0,50}}?:{_LEAD}"
                           r"|(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?\s*[:\u2013\u2014-]"
                           r"|\d{1,2}:\d{2}(?:\s+[A-Z]{2,4})?(?:\s*[:\u2013\u2014-])?"
                           rf"|(?:0\d|1[0-7]|2[1-3])[0-5]\d\s+[\u2013\u2014-]){_LEAD}")
"""A live page's stamp on an update, before its news: "UPDATE 3:15 p.m.: The ...", "Update, Aug 5, 2024
(11:40 PM ET): Google's ..." (a time or date, then a colon); a time alone ("9.55pm: Anthems ...", "10:32
BST: The ...", "14:05 The referee ..."), or in four figures before a dash ("1410 \u2013 That brings ..."),
unless they could be a year from 1800 to 2099 ("1945 \u2013 The war ends" in a chronology)."""


_PART_LABEL = re.compile(rf"(?:Details|Quote|Background|Context|For reference)\s*:{_LEAD}")
"""A label some outlets set before each part of a story ("Details: Modi arrived in Kyiv ...", "Quote: \u201cWe
...", as Ukrainska Pravda does): the story's words follow it."""


def dateline_matches(text: str, s: int = 0, e: int | None = None) -> list[re.Match[str]]:
    """The datelines (:data:`_DATELINE`, :data:`_FULL_DATELINES`), update stamps (:data:`_UPDATE_STAMP`) and
    part labels (:data:`_PART_LABEL`) opening ``text[s:e]`` (the whole text when not given)."""
    e = len(text) if e is None else e
    found = (p.match(text, s, e) for p in (_DATELINE, *_FULL_DATELINES, _UPDATE_STAMP, _PART_LABEL))
    return [m for m in found if m and is_dateline(m)]


def without_dateline(line: str) -> str:
    """``line`` without a dateline naming an agency at its start (a title taken from a lead paragraph)."""
    m = DATELINE_AGENCY.match(line) or _SLASHED_DATELINE.match(line)
    return line[m.end():].lstrip() if m and is_dateline(m) and m.end() < len(line) else line


_WRITER = re.compile(rf"(?:(?:Dr|Prof|Sir|Dame)\.?\s+)?{CAPITAL}[\w.'\u2019-]*"
                     rf"(?:\s+(?:(?:de|da|van|von|der|del|bin|al|la|le)\s+)*{CAPITAL}[\w.'\u2019-]*){{1,3}}")
_NOT_A_WRITER = re.compile(r"(?:In|At|From|For|With|By|The|Updated|Published|Posted)\b|.*\d")
_ANALYSIS_BY = re.compile(r"(?i:(?:analysis|opinion|comment|commentary|story|words|text|report|reporting)\s+)?by\s+")


def writers(credit: str | None, outlet: str | None = None) -> str | None:
    """The writers' names in a saved page's author credit, joined by ", ", or None: parts that are a
    role ("Chief Sports Reporter"), a date or stamp ("Published", "Updated July 9"), a place ("In
    Paris", "Moscow"), or the outlet or the start of its name ("CE" of "CE24 News") are left out, as
    page metadata runs them together ("Kerry Mason; Foreign Reporter; Published")."""
    if not credit:
        return None
    site = (outlet or "").casefold()
    names: list[str] = []
    for part in re.split(r"\s*[;,|\u00b7\u2022]\s*|\s+(?:and|&)\s+", credit):
        part = _ANALYSIS_BY.sub("", part.strip(), count=1).strip()
        if (_WRITER.fullmatch(part) and not _NOT_A_WRITER.match(part) and not _ROLE.search(part)
                and not (site and site.startswith(part.casefold())) and part not in names):
            names.append(part)
    return ", ".join(names) or None
