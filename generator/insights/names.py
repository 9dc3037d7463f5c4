"""Names in one sentence: the runs of capitalised words that name someone, and whether each is a person (with
the role the text gives), an organisation, or a name alone. Gathering them over the corpus, and telling
which names are one person or body, is :mod:`generator.insights.entities`'s.

Names are runs of capitalised words, joined by lower-case particles ("Ursula von der Leyen", "Bashar
al-Assad") and initials ("Alvin L. Bragg", "George H.W. Bush"). A run loses what is no part of a name: the
small word an opening capitalises ("The", "In"; inside a sentence it stays: "the New York Court of
Appeals"), a courtesy title ("Mr"), an abbreviation ("U.S."), a hyphened adjective ("Singapore-based",
"Kremlin-backed"), a day or a month before it ("On Monday the Coast Guard") and a day after it ("Premier Li
Qiang on Thursday").

A run is a person when a role word stands right before the name ("Foreign Minister Sergei Lavrov", "North
Korean leader Kim Jong Un", "defense minister, Andrei Belousov"; a role's "of ..." is the role's, "Secretary
of State Antony Blinken"; so is a word of time before it, "former President Jane Roe") or after it as a noun
("Jane Doe, the city's chief engineer", not "the Pine Garden, the official residence"); it is an
organisation when it ends in, or holds, an institution word ("Council", "University", "Ministry"), when an
acronym heads a role ("NATO Secretary General"), when it speaks after "the" ("the Kremlin said", "the Elysee
Palace insisted": a building for the office in it), or when the text calls it an agency ("state news agency
Xinhua", "Xinhua news agency": then a role word before it is an adjective, "official"). Role and institution
words are small generic lists.

What is not a person: an institution word ("the District Attorney's Office": a role's office), and a
nationality adjective ("a new official Chinese map": a demonym's ending, used before a noun elsewhere and
never in the possessive, as "Taiwan's" is; nor is it an organisation, "the Chinese space agency"), nor a
named part of a building ("the White House Rose Garden": a place).
"""

from __future__ import annotations

import re
from functools import lru_cache

from generator.insights.roles import ABBREVIATED_TITLES, ANY_ROLE, POSSESSIVE, ROLE_WORDS, TIME_WORDS
from generator.textutil import MONTHS, STOPWORDS, WEEKDAYS

ORG_WORDS = frozenset("""
council ministry university institute centre center agency committee organization organisation party bank fund
union nations commission company corporation corp inc ltd group association office house department court
parliament assembly senate congress board authority administration service police army navy force forces guard
foundation network federation alliance command bureau corps academy school college hospital survey
""".split())
_NOT_STOPWORD = r"(?!(?:" + "|".join(sorted((re.escape(w.title()) for w in STOPWORDS), key=len, reverse=True)) \
    + r")\b)"
# An initial ("Alvin L. Bragg", "S. Somanath") is part of a name; an abbreviation ("U.S.") is not, nor
# is a letter ending a sentence ("Plan B. The ...": no name goes on with "The"). Inside a name, after a
# word not in the possessive, initials may run together ("George H.W. Bush", "George H. W. Bush").
_INITIAL = r"(?<![\w.])[A-Z]\.\s+" + _NOT_STOPWORD
_INITIALS = r"(?:(?<![\w.])(?<![\u2019']s )(?:[A-Z]\.)+\s+" + _NOT_STOPWORD + ")+"
JOINING_PARTICLES = frozenset({"e", "y"})
"""Particles that join two surnames into one ("Ulisses Correia e Silva", "José Ortega y Gasset")."""
PARTICLES = frozenset("de del della der den di da das dos du la van von bin ibn al el ter ten".split()) \
    | JOINING_PARTICLES
"""Lower-case words inside a person's name ("Ursula von der Leyen", "Mohammed bin Salman")."""
_PARTICLE = "|".join(sorted(PARTICLES, key=len, reverse=True))
HYPHENED_PARTICLE = r"(?:al|el)-"
"""A particle joined to the word after it ("al-Assad", "el-Sisi")."""
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
"""Capital letters, accented ones too ("Élysée", "Łukasz"): a character class's contents."""
_CAPITALISED = rf"[{UPPER}][\w\u2019'-]*+(?!\.\w)"
"""A capitalised word, not the first letter of an abbreviation ("U" of "U.S.")."""
_TITLE = "(?:" + "|".join(re.escape(t) for t in sorted(ABBREVIATED_TITLES, key=len, reverse=True)) + r")(?=\s+[A-Z])"
_SAINT = r"(?<!\d[a-z]{2}\s)(?:St|Ste|Mt|Ft)\.(?=\s+[A-Z])"
"""A place's word written short opening its name ("St. Petersburg", "St. Lucie County", "Mt. Everest"); not a
numbered street's ("on 5th St. Firefighters said ...")."""
_SAINT_INSIDE = r"(?:(?<=Port\s)|(?<=Fort\s)|(?<=Sault\s))(?:St|Ste)\.(?=\s+[A-Z])"
"""The same inside a name ("Port St. Lucie", "Sault Ste. Marie"); after another word it is mostly a street's ("on
Main St. Police said ...")."""
# "on" goes on a name ("Committee on Foreign Relations"), not before a possessive ("Space Centre on India's
# southeast coast": the place it stands in).
_NAME = re.compile(rf"(?:{_INITIAL})?(?:{_TITLE}|{_SAINT}|{_CAPITALISED})(?:\s+(?:(?:of|for|on(?!\s+\S+[\u2019']s\b)|the)\s+"
                   rf"|(?:(?:{_PARTICLE})\s+)+"
                   rf"|&\s+|{_INITIALS})?(?:{HYPHENED_PARTICLE})?(?:{_TITLE}|{_SAINT_INSIDE}|{_CAPITALISED}))*")
IS_INITIAL = re.compile(r"(?:[A-Z]\.)+")
"""An initial or a run of them ("L.", "H.W.")."""
UNDOTTED_TITLES = frozenset("Gen Lt Col Adm Sgt Capt Maj Cmdr".split())
"""Ranks written short without a full stop, as British papers do ("Maj Gen Pat Ryder"): a title only before
another rank or a name of two words (see :func:`_undotted_title`), not before a letter ("Gen Z")."""
ACRONYM = re.compile(r"^[A-Z]{2,6}$")
"""A word in capitals of two to six letters ("NATO", "UK")."""
REGNAL = re.compile(r"(?!XI$)(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")
"""A regnal number of two letters or more ("II", "VI", "XVI"): a monarch's or a pope's, part of the name
(not "XI", a team's: "the England XI")."""
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}")
_PARTICIPLE = re.compile(r"-(?:[a-z]+ed|run|born|made|built)$")
"""The end of a hyphened adjective made of a name and a participle ("Singapore-based", "Kremlin-backed")."""
MIN_ACRONYM = 3
"""Letters an acronym found as a name needs to stand for an organisation ("US" and "UK" are countries)."""
LEADING = frozenset(MONTHS + WEEKDAYS + ("mr", "mrs", "ms", "sir", "dame"))
"""Words before a name that are no part of it: a day or a month ("On Monday the Coast Guard"), a
courtesy title ("Mr") or an honour ("Sir Keir Starmer" is the Keir Starmer of other outlets)."""
SUFFIXES = frozenset({"Jr", "Sr"})
"""Words closing a name that tell a son from his father ("Ferdinand Marcos Jr"): no surname."""
OPENING_ADVERBS = frozenset("""earlier later meanwhile elsewhere separately previously additionally moreover
furthermore instead likewise similarly""".split())
"""Adverbs that open a sentence with a capital ("Earlier China's Foreign Minister Wang Yi warned"): no part of a
name or title."""
_NOT_IN_ROLE = LEADING | frozenset("alongside beside toward towards versus plus met whose".split())
"""Words before a lower-case role that are no part of it: a day or a month ("On Monday chief scientist Jane
Roe"), a preposition or a verb of the clause before ("CEO of Acme alongside former president John Roe")."""
_ADJECTIVE_ROLES = frozenset("official chief general executive expert representative star".split())
"""Role words that are adjectives too, before a noun they describe ("the official residence")."""
_LINKING = frozenset("is are was were be been being become becomes became made makes".split())
"""Verbs after which a role word that is an adjective too is a predicate ("his win was made official,
Sir Keir said"), no title of the name after it."""
KIND_NOUNS = frozenset({"agency"})
"""Lower-case words for kinds of organisation that a name stands next to ("news agency Xinhua",
"Xinhua news agency"), where people and places are not named so (unlike "the Biden administration",
"Moscow police", "the Communist party")."""
_KIND_NOUN_AFTER = re.compile(r"\s+(?:(?P<mid>[a-z]+)\s+)?(?:" + "|".join(sorted(KIND_NOUNS))
                              + r")(?![\w\u2019'-])(?:\s+(?P<next>[a-z][\w-]*))?")
_VESSELS = frozenset("""
ship warship frigate destroyer cruiser corvette battleship submarine icebreaker vessel tanker freighter yacht
ferry liner spacecraft
""".split()) | {"aircraft carrier"}
"""Lower-case words for a ship or craft, before the name it bears ("the frigate Marshal Shaposhnikov",
"the aircraft carrier's escort, the destroyer Admiral Vinogradov"): a ship named after a person, title and
all, is no person."""
_TIME_PHRASE = (r"\s+(?:for|since|until|till|during|over|after|before|from|in|by)\s+(?:\d|(?:more|less|fewer|nearly"
                r"|almost|about|around|over|under|some|just|only|decades|years|months|weeks|a\s+(?:decade|year|month"
                r"|week|century)|the\s+(?:past|last|next|first))\b)")
"""A preposition phrase of time or measure ("for more than 30 years", "since 1991", "in 2020"): it tells
how long or when someone held a role, and the role ends before it ("Activision's chief executive")."""
# "Jane Doe, the city's chief engineer," / "John Roe, a professor at ..." / "John Roe, Smith's former lawyer" /
# "John Roe, the former U.S. president": a role right after the name, abbreviations ("U.S.") among its words.
_APPOSITION = re.compile(
    r"[\u2019']?s?,\s+(?:(?:the|a|an|his|her|their|its)\s+|(?=[A-Z][\w-]*[\u2019']s\s))(?P<role>(?:[A-Z][\w-]*[\u2019']s\s+)?"
    r"(?:(?:[\w\u2019'-]+|(?:[A-Z]\.){2,})\s+){0,3}(?P<word>"
    + "|".join(sorted(ANY_ROLE, key=len, reverse=True))
    + rf")\b(?:(?!{_TIME_PHRASE})\s+(?:of|at|for)\s+(?:the\s+)?[A-Z][\w\u2019'-]*"
    + rf"(?:(?!{_TIME_PHRASE})\s+[A-Z][\w\u2019'-]*)*)?)", re.IGNORECASE)

_ROLE_WORD = "(?:" + "|".join(sorted(ANY_ROLE, key=len, reverse=True)) + r")(?![\w-])"
_AS_ROLE = re.compile(rf"(?:,?\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:\w+ly\s+|also\s+)?"
                      rf"(?:named|appointed|confirmed|elected|chosen|sworn\s+in|installed|re-elected))?"
                      rf"\s+as\s+(?:the\s+(?:new\s+)?)?(?P<role>(?:[\w-]+\s+){{0,3}}?{_ROLE_WORD}"
                      rf"(?:\s+{_ROLE_WORD})*(?:\s+of\s+state\b)?"
                      r"(?-i:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?)"
                      r"(?!\s+(?-i:[A-Z])\w*(?<!day)\b)", re.IGNORECASE)
"""A role right after a name ("Yvette Cooper as home secretary"), or after the verb of taking it up ("Rachel
Reeves was confirmed as chancellor"): in a list of appointments ("Lammy was appointed as foreign secretary,
Yvette Cooper as home secretary"), the name's own, not the one before it (not "a dictator", a word of
judgement); but a role before a name is that name's ("calling Zelensky as Russian president Vladimir Putin")."""

_BARE_APPOSITION = re.compile(
    r"[\u2019']?s?,\s+(?P<role>(?:[a-z][\w-]*\s+){0,2}(?P<word>"
    + "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
    + r")\s+(?:of|at|for)\s+(?:the\s+)?[^\s,;()]+(?:\s+[^\s,;()]+){0,5}?)(?=\s*(?:[,;()\u2014\u2013]|\.?\s*$)"
    + f"|{_TIME_PHRASE})")
"""A role after a name without an article, when it says whose it is ("Jane Doe, chair of the Federal
Trade Commission, said", "Tony Estanguet, president of the organising committee, told"); the role
word in lower case, so that a list of names ("Biden, President Xi") is none. The role ends at a comma,
or before a phrase of time ("chair of the commission since 2021")."""

_PREFIXED = re.compile(r"(?<![\w-])(?!(?:ex|then|vice|co|al|el)-)[a-z]{2,}-$")
"""A prefix in lower case joined to a capitalised word, which makes it an adjective before a name ("sub-Saharan
Africa", "pro-Western Minister Jane Roe"); not a holder's ("ex-", "then-", "vice-", "co-") nor a name's particle
("al-Sudani"). A name alone after it stays ("anti-Trump protests")."""
_QUALIFIER_BEFORE = re.compile(rf"(?<![\w-])(?:(?:{TIME_WORDS})\s+|(?:ex|then)-|(?<=the )late\s+)$")
"""A lower-case word before a capitalised title that says when or how its holder holds it ("former
President Donald Trump", "then-Secretary of State", "the late Senator John McCain"): part of the role,
which without it would read as held now. Not "then" alone, an adverb as often ("and then President X
spoke")."""

BUILDINGS = frozenset({"house", "office", "palace"})
"""Words that name a building and often the institution in it: "the White House said" and "the Elysee
Palace insisted" are an institution speaking, "talks in the Oval Office" or "at the Presidential Palace"
name a place, and "an Oval Office meeting" a kind of meeting. Not "hall" or "tower", surnames too ("Jane
Hall said"). A palace is an institution only when it speaks, a house or an office (institution words)
whenever it is no place."""
_THE_BEFORE = re.compile(r"(?<![\w-])(?<!of )[Tt]he\s+$")
""""the" before a name that acts ("the Kremlin said"): an institution, as no person is named so; not
after "of" ("organisers of the Paris Olympics said": the subject is another noun)."""
_PLACE_BEFORE = re.compile(r"\b(?:in|at|of|to|into|from|inside|outside|near|for)\s+the\s+$", re.IGNORECASE)
BUILDING_PARTS = frozenset("""
lawn lawns room rooms ballroom garden gardens gate gates steps grounds roof wing balcony courtyard hall halls
corridor corridors door doors wall walls
""".split())
"""Words for a part of a building or of its grounds ("lawn", "Rose Garden", "East Room"): a place, and a
run of capitalised words ending in one names no organisation, whatever institution word it holds. Fifteen
corpora: one such run ("White House Rose Garden"), no organisation ending so."""
_CLAUSE_VERB = re.compile(r"\s+(?:[a-z]+ed|said|says|told|tells|wrote|writes|sang|sings|took|takes|gave|gives|made"
                          r"|makes|went|goes|came|comes|saw|sees|led|leads|held|holds|sent|won|lost|began|became"
                          r"|brought|spoke|speaks|stood|struck|was|is|were|are|has|had|have|will|would|could|can"
                          r"|may|might|must|should)\b")
"""A verb right after a role (no comma between): the role is the subject of the next clause, not the
name's ("Speaking in New York, the foreign minister said ...")."""

_ACTS = re.compile(r"(?:,[^,;()]{1,80},)?\s+(?:said|says|told|tells|sang|sings|singing|performed|performs|performing"
                   r"|spoke|speaks|speaking|wrote|writes|recalled|recalls|insisted|insists|smiled|laughed|danced)\b")
"""A verb of speech or of a person's act after a name of two words or more, or after an aside on it ("Celine
Dion sang", "Jane Doe, the winner, said"): its subject may be a person, when the text also calls it by its
last word alone ("Dion"), as it calls no body ("Delta Air Lines said") nor place."""
_CONNECTIVES = frozenset({"of", "for", "on", "the"})
"""Small words a run of names may hold ("Jane Doe of Delta" names two, a person and a body)."""
_SPEAKER = re.compile(r"[,\u201d\"]\s*(?:said|says|told|added|recalled|explained|insisted)\s+(?:\d+-year-old\s+)?$")
_SPEAKER_END = re.compile(r"\s*(?:[.,;]|$)")
"""A speaker named after the verb that closes a quotation ("... ,\u201d said Jane Doe." or "..., said
36-year-old Jane Doe, a resident"), with no small word of :data:`_CONNECTIVES`: a person, as a body is
named with its article ("said the ministry")."""
WORD = re.compile(r"\w+")
"""A run of word characters (the word after a name; the words of a sentence)."""
_TOKEN = re.compile(r"\S+")


def _clean(token: str) -> str:
    return POSSESSIVE.sub("", token)


def name_parts(name: str) -> list[str]:
    """The words of a person's name without its particles, initials and regnal number ("Ursula von der
    Leyen" -> "Ursula", "Leyen"; "George H.W. Bush" -> "George", "Bush"; "John Paul II" -> "John", "Paul")."""
    return [t for t in name.split() if t not in PARTICLES and not IS_INITIAL.fullmatch(t)
            and not REGNAL.fullmatch(t)]


def is_org(lowered: list[str]) -> bool:
    """Whether a run of words (lower case) names an organisation: an institution word after its first,
    or first before its "of" or "for" ("Institute for Eurasian Studies", "Ministry of Defence")."""
    return any(t in ORG_WORDS for t in lowered[1:]) or (
        len(lowered) > 2 and lowered[0] in ORG_WORDS and lowered[1] in ("of", "for"))


def _opens_clause(before: str) -> bool:
    """Whether a run after ``before`` opens its sentence or a clause ("May 2023: The ...", "- The ...")."""
    before = before.rstrip(" \"\u201c(")
    return not before or before[-1] in ":\u2013\u2014" or before.endswith(" -")


def _span(tokens: list[str], opens: bool) -> tuple[int, int]:
    """Where the name lies in a run of capitalised words (``opens``: the run opens a sentence or a
    clause). Not in it: a small word an opening capitalises ("The", "In"), a courtesy title ("Mr"), an
    abbreviation ("U.S."), a word opening the sentence before "the" (a preposition: "Inside the Oval
    Office") or an adverb opening it ("Earlier China's Foreign Minister"), a hyphened adjective before it
    ("Singapore-based"), a day or a month before it ("On Monday the Coast Guard"), a day after it ("the
    Senate on Tuesday", "on May": not "Theresa May"), a suffix alone ("Culp, Jr."; "Marcos Jr" keeps his,
    which tells him from his father), nor a joiner left at either end. Inside a sentence a capitalised small
    word is part of the name ("the New York Court of Appeals")."""
    start, end = 0, len(tokens)
    while start < end and (tokens[start].lower() in LEADING or tokens[start].islower()
                           or _ABBREVIATION.fullmatch(tokens[start]) or _PARTICIPLE.search(tokens[start])
                           or (start == 0 and opens and (tokens[start].lower() in STOPWORDS
                                                         or tokens[start].lower() in OPENING_ADVERBS
                                                         or tokens[start + 1:start + 2] == ["the"]))):
        start += 1
    while end > start and (tokens[end - 1].lower() in WEEKDAYS or tokens[end - 1].islower()
                           or (tokens[end - 1] in SUFFIXES and end - 1 == start)
                           or (tokens[end - 1].lower() in MONTHS and end - 2 > start and tokens[end - 2].islower())):
        end -= 1
    return start, end


def _kind_noun_by(sentence: str, start: int, end: int) -> bool:
    """Whether a lower-case word for a kind of organisation stands right before the name at
    ``sentence[start:end]`` ("state news agency Xinhua") or closes the phrase the name opens ("Xinhua
    news agency reported", not "Smith met agency staff"): a name so described is no person, whatever
    role word stands before it ("China's official Xinhua news agency")."""
    before = sentence[:start].rsplit(None, 1)
    if before and before[-1] in KIND_NOUNS:
        return True
    after = _KIND_NOUN_AFTER.match(sentence, end)
    if not after:
        return False
    mid, following = after.group("mid"), after.group("next")
    return (mid is None or not small_or_past(mid)) and (following is None or small_or_past(following))


def _bears_name(sentence: str, start: int) -> bool:
    """Whether a word for a ship or craft (:data:`_VESSELS`) stands right before the name at
    ``sentence[start]``: the name is the vessel's ("the frigate Marshal Shaposhnikov")."""
    before = sentence[max(0, start - 40):start].split()
    return bool(before) and (before[-1] in _VESSELS or " ".join(before[-2:]) in _VESSELS)


def _ends_noun(sentence: str, start: int, end: int) -> bool:
    """Whether the role word at ``sentence[start:end]`` is a noun: not one that is an adjective too
    (:data:`_ADJECTIVE_ROLES`) before a noun it describes ("the official residence of", not "a
    spokesman said", "the official, who" or "a vice-president responsible for")."""
    if sentence[start:end].lower() not in _ADJECTIVE_ROLES or sentence[end:end + 1] != " ":
        return True
    after = WORD.match(sentence, end + 1)
    return after is None or not after.group(0).islower() or small_or_past(after.group(0))


def _as_place(sentence: str, start: int, end: int) -> bool:
    """Whether the building named at ``sentence[start:end]`` is a place ("in the Oval Office") or describes
    the noun after it ("an Oval Office meeting"), not an institution that acts ("the White House said")."""
    after = sentence[end:end + 2]
    modifier = after[:1] == " " and after[1:].islower() and not _CLAUSE_VERB.match(sentence, end)
    return modifier or bool(_PLACE_BEFORE.search(sentence, max(0, start - 20), start))


def _describes(sentence: str, role: str, end: int) -> bool:
    """Whether ``role``, a role word that is an adjective too (:data:`_ADJECTIVE_ROLES`), describes the
    thing a one-word name ending at ``sentence[end]`` names, not a person: a noun follows the name ("the
    Kremlin's official Telegram channel"), not a verb ("official Li said", "chief executive Cook
    unveils"). A verb's past form may be irregular ("judo star Teddy Riner lit the cauldron"), so a name
    of more words, a person's shape, is not asked."""
    after = WORD.match(sentence, end + 1) if sentence[end:end + 1] == " " else None
    return (role.lower() in _ADJECTIVE_ROLES and after is not None and after.group(0).islower()
            and not _CLAUSE_VERB.match(sentence, end) and not small_or_past(after.group(0))
            and not after.group(0).endswith("s"))


def _role_word(word: str) -> str | None:
    """The role word ``word`` is, in lower case, singular ("astronauts" gives "astronaut": the role of each
    name after it), or None when it is none or capitalised (a title, read with the name)."""
    if not word.islower():
        return None
    if word in ANY_ROLE:
        return word
    return word[:-1] if word.endswith("s") and word[:-1] in ANY_ROLE and word not in _VERB_LIKE else None


_VERB_LIKE = frozenset("stars champions captains judges heads chairs".split())
"""Plurals of role words that are verbs too ("The film stars Tom Hanks", "Meloni champions Ursula von der Leyen"):
no role before a name."""


_NEXT_IN_LIST = re.compile(r",?\s+and\s+|,\s+")
"""What joins names in a list ("Jane Doe and John Roe", "Jane Doe, John Roe")."""


def small_or_past(word: str) -> bool:
    """Whether ``word`` is a small word or a past form ("said", "reported"): no noun of a name's phrase."""
    return word.lower() in STOPWORDS or word.endswith("ed")


def _opening_noun(lowered: list[str]) -> bool:
    """Whether a run opening its sentence starts with a common noun, "of" and an organisation ("Shares
    of Trump Media & Technology Group fell"): the noun is capitalised only as the sentence's first word."""
    return len(lowered) > 2 and lowered[1] == "of" and lowered[0] not in ORG_WORDS | ROLE_WORDS \
        and is_org(lowered[2:])


_BARE_POSSESSIVE = re.compile(r"(?<=s)[\u2019']$")
"""The possessive of a word ending in "s" written with an apostrophe alone ("Francis' visit")."""
_ELECT = re.compile(r"-(?:elect|designate)$")
"""A title's ending for one chosen and yet to take office ("President-elect Prabowo Subianto")."""


def _undotted_title(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` is a rank of :data:`UNDOTTED_TITLES` before another ("Maj Gen") or before a
    name of two words or more ("Gen Pat Ryder"); not before one word ("Gen Alpha shoppers") or capitals ("Gen
    AI")."""
    if tokens[i] not in UNDOTTED_TITLES:
        return False
    after = tokens[i + 1:]
    if after and (after[0] in UNDOTTED_TITLES or after[0] in ABBREVIATED_TITLES):
        return True
    return len(after) >= 2 and all(len(t) > 1 and t[0].isupper() and not t.isupper() for t in after[:2])


def _titled(raw: list[str], tokens: list[str], roles: list[int]) -> list[tuple[str, str, str]]:
    """What a run with role words (at ``roles``) before its last word names: the person they title
    ("Foreign Minister Sergei Lavrov") and an acronym or institution before them ("NATO Secretary
    General ..."). No person ends in an institution word, and a role in the possessive owns what
    follows: "the District Attorney's Office" is an organisation, not a person named "Office". A word in the
    possessive before the title stays so in the role ("Russia's First Deputy Prime Minister", which reads
    wrong as "Russia First Deputy Prime Minister")."""
    cut = roles[-1] + 1
    owned = raw[cut - 1] != tokens[cut - 1]
    if owned or tokens[-1].lower() in ORG_WORDS:
        return [("org", " ".join(raw[:-1] + tokens[-1:]), "")] if owned and tokens[-1].lower() in ORG_WORDS else []
    if tokens[cut] in ("of", "for"):
        cut = _field_end(tokens, cut + 1)
        if cut is None:
            return []  # "Secretary of State" or "Director of Central Intelligence": a role, no one named
    person = tokens[cut:]
    # "Sen. Elizabeth Warren of Massachusetts": a titled name ends before a small word, which says
    # where its holder is from.
    person = person[:next((i for i, t in enumerate(person) if i and t in _CONNECTIVES), len(person))]
    if person[0] in _CONNECTIVES:
        return []  # "Secretary of State for Health": the role's field, no one named
    while len(person) > 1 and person[0].lower() in LEADING:
        person = person[1:]  # "Prime Minister Sir Keir Starmer" is "Keir Starmer"
    out = [("person", " ".join(person), " ".join(raw[:cut]))]
    org = tokens[:roles[0]]
    # An institution word alone ("House" of "House Speaker ...") names no one institution, nor an acronym of
    # two letters alone, as often a country's ("US President ...", "UK Foreign Secretary ...") as a body's.
    if org and ((ACRONYM.match(org[-1]) and (len(org) > 1 or len(org[-1]) >= MIN_ACRONYM))
                or (org[-1].lower() in ORG_WORDS and len(org) > 1)):
        out.append(("org", " ".join(org), ""))
    return out


def _qualified(named: list[tuple[str, str, str]], qualifier: str) -> list[tuple[str, str, str]]:
    """``named`` (see :func:`_titled`) with ``qualifier`` ("former ", "ex-") before the person's role."""
    return [(kind, name, qualifier + role if kind == "person" else role) for kind, name, role in named]


def _field_end(tokens: list[str], start: int) -> int | None:
    """Where the person begins after a role's "of" or "for" (``tokens[start:]``: "State Antony Blinken",
    "Foreign Affairs Wang Yi"): the role's field takes all but the last two words of a name (initials
    aside), at least one; None when fewer words are left."""
    parts = [i for i in range(start, len(tokens)) if not IS_INITIAL.fullmatch(tokens[i])]
    return parts[-2] if len(parts) >= 3 else None


@lru_cache(maxsize=1 << 14)
def names_in(sentence: str) -> tuple[tuple[str, str, str], ...]:
    """The people ``("person", name, role)``, organisations ``("org", name, "")`` and other names
    ``("name", name, "")`` of ``sentence``, in order (worked out once per text: reprints and serve's
    rebuilds meet it again)."""
    out: list[tuple[str, str, str]] = []
    shared: tuple[int, str] | None = None  # where a name given a plural role ends, and that role
    for m in _NAME.finditer(sentence):
        raw = m.group(0).split()
        begins = [t.start() for t in _TOKEN.finditer(sentence, m.start(), m.end())]
        tokens = [_clean(t) for t in raw]
        at_start = _opens_clause(sentence[:m.start()])
        start, end = _span(tokens, at_start)
        if start == 0 and end > 1 and _PREFIXED.search(sentence, 0, m.start()):
            start = 1  # "sub-Saharan Africa", "pro-Russian Viktor Orban": an adjective, then the name
        if start >= end:
            continue
        opens = start == 0 and at_start
        raw, tokens, begins = raw[start:end], tokens[start:end], begins[start:end]
        # "Pope Francis' visit" (not "Workers' Party"), "Pope Francis-themed scarves", "the New York-based firm"
        tokens[-1] = _PARTICIPLE.sub("", _BARE_POSSESSIVE.sub("", tokens[-1]))
        lowered = [t.lower() for t in tokens]
        if opens and _opening_noun(lowered):
            raw, tokens, lowered, begins = raw[2:], tokens[2:], lowered[2:], begins[2:]
        if _bears_name(sentence, begins[0]):
            out.append(("name", " ".join(tokens), ""))
            continue
        roles = [i for i, t in enumerate(lowered) if _ELECT.sub("", t) in ROLE_WORDS or tokens[i] in ABBREVIATED_TITLES
                 or (t == "lady" and i and tokens[i - 1] == "First")  # "First Lady Jill Biden", not "Lady Gaga"
                 or _undotted_title(tokens, i)]
        if roles == [0] and len(tokens) == 2 and lowered[0] in _ADJECTIVE_ROLES:
            out.append(("name", " ".join(tokens), ""))  # "General Electric", "General Atomics": a name, no rank
            continue
        if roles and roles[-1] < len(tokens) - 1:
            qualifier = _QUALIFIER_BEFORE.search(sentence, 0, begins[0])
            out.extend(_qualified(_titled(raw, tokens, roles), qualifier.group(0) if qualifier else ""))
            continue
        place = lowered[-1] in BUILDINGS and _as_place(sentence, begins[0], m.end())
        if place or lowered[-1] in BUILDINGS - ORG_WORDS:  # a palace is an institution only when it speaks
            speaks = not place and _ACTS.match(sentence, m.end())
            out.append(("org" if speaks else "name", " ".join(tokens), ""))
            continue
        if _THE_BEFORE.search(sentence, 0, begins[0]) and not roles and not ACRONYM.match(tokens[0]) \
                and _ACTS.match(sentence, m.end()):
            out.append(("org", " ".join(tokens), ""))  # "the Kremlin said" (not "the UK said", a country)
            continue
        if is_org(lowered) and lowered[-1] in BUILDING_PARTS:
            out.append(("name", " ".join(tokens), ""))  # "the White House Rose Garden": a part of a building
            continue
        if is_org(lowered) or (raw[-1] == tokens[-1] and _kind_noun_by(sentence, m.start(), m.end())):
            out.append(("org", " ".join(tokens), ""))
            continue
        after = _APPOSITION.match(sentence, m.end()) or _BARE_APPOSITION.match(sentence, m.end())
        if after and _CLAUSE_VERB.match(sentence, after.end()):
            after = None  # "Singing from the Eiffel Tower, the Canadian star performed": the next subject
        if after and len(tokens) > 1 and _ends_noun(sentence, *after.span("word")):
            out.append(("person", " ".join(tokens), after.group("role")))
            continue
        named_as = _AS_ROLE.match(sentence, m.end()) if len(tokens) > 1 and raw[-1] == tokens[-1] else None
        if named_as and not small_or_past(named_as.group("role").split()[0]):
            out.append(("person", " ".join(tokens), named_as.group("role")))
            continue
        before = sentence[:m.start()].rstrip()
        prev = before.rstrip(",").split()
        word = _role_word(prev[-1]) if prev else None
        if word and word != prev[-1] and before.endswith(","):
            word = None  # "The leaders, Joe Biden, President Xi and ...": a list, in apposition
        if shared and len(tokens) > 1 and (joined := _NEXT_IN_LIST.fullmatch(sentence, shared[0], m.start())):
            out.append(("person", " ".join(tokens), shared[1]))  # "astronauts Jane Doe and John Roe": his too
            # "and" closes the list: "astronauts Jane Doe and John Roe, Bill Poe said" (Poe is none)
            shared = None if "and" in joined.group() else (m.end(), shared[1])
        elif word and not (len(tokens) == 1 and _describes(sentence, word, m.end())) \
                and not (word in _ADJECTIVE_ROLES and prev[-2:-1] and prev[-2].lower() in _LINKING):
            role_words = [word]
            for w in reversed(prev[:-1]):
                # Stop at a verb ("Following", "appointed") or a word of the clause before.
                if w.lower() in STOPWORDS or w.lower() in _NOT_IN_ROLE or w.lower() in OPENING_ADVERBS \
                        or not re.fullmatch(r"[\w-]+", w) \
                        or re.search(r"ing$", w) or (w.islower() and w.endswith("ed")):  # not "United States"
                    break
                role_words.insert(0, w)
            role = " ".join(role_words[-4:])
            out.append(("person", " ".join(tokens), role))
            shared = (m.end(), role) if word != prev[-1] else None
        elif lowered[-1] in ROLE_WORDS:
            out.append(("name", " ".join(tokens), ""))  # "the Greek Prime Minister said": a title, no name
        elif len(name_parts(" ".join(tokens))) > 1 and raw[-1] == tokens[-1] and (
                _ACTS.match(sentence, m.end()) or _SPEAKER.search(sentence, 0, begins[0])
                and _SPEAKER_END.match(sentence, m.end()) and _CONNECTIVES.isdisjoint(lowered)):
            out.append(("person", " ".join(tokens), ""))  # "Celine Dion sang", "... said Jane Doe.": a person
        else:
            out.append(("name", " ".join(tokens), ""))
    return tuple(out)
