"""A person's roles as the text gives them, one role however it is worded (part of :mod:`.entities`).

Roles that differ only in case are one ("Fed Chair", "Fed chair"; "Former President" opening a sentence is
"former President"), and so is a role that is another without the country or body saying whose it is
("Secretary of State", "U.S. Secretary of State"; "Chair", "Fed Chair", when the text names the
organisation), one that names whose it is after "of" ("Minister of Finance", "Finance Minister"; not a
fixed title, "Secretary of State"), one in the possessive and the same without it ("the CMA's chief
executive", "CMA Chief Executive"), and one naming a country where the other has its demonym ("Japan Prime
Minister", "Japanese Prime Minister"). A title also given in its past form ("former President") is no
current role. Role words are small generic lists.
"""

from __future__ import annotations

import os.path
import re
from collections import Counter, defaultdict

ROLE_WORDS = frozenset("""
president vice-president minister leader spokesman spokeswoman spokesperson secretary general chancellor governor
mayor senator ambassador commander chief director chairman chairwoman chair official analyst professor researcher
envoy diplomat premier king queen prince princess lawmaker judge captain economist expert head ceo founder co-founder
cofounder adviser advisor pope prosecutor attorney officer commissioner administrator sheriff representative
congressman speaker congresswoman general colonel admiral sergeant lieutenant marshal dictator emperor monarch
chairperson manager executive correspondent editor historian scientist engineer mp mep
""".split())

ABBREVIATED_TITLES = {"Sen.": "senator", "Gov.": "governor", "Rep.": "representative", "Gen.": "general",
                      "Lt.": "lieutenant", "Col.": "colonel", "Adm.": "admiral", "Sgt.": "sergeant", "Capt.": "captain",
                      "Maj.": "major", "Cmdr.": "commander", "Pres.": "president", "Amb.": "ambassador"}
"""Titles written short before a name ("Sen. Elizabeth Warren", "Lt. Gen. Mark Smith"), and the title each
stands for, to compare roles with ("Gov." and "Governor" are one)."""
DESCRIPTIVE_ROLES = frozenset("""
star singer champion sprinter athlete player judoka footballer cyclist swimmer gymnast boxer skater coach
actor actress artist musician rapper dancer comedian presenter novelist author writer journalist activist
teacher nurse doctor lawyer designer resident villager survivor witness eyewitness farmer student volunteer
shopkeeper astronaut cosmonaut pilot firefighter paramedic surgeon physician soldier veteran diver
""".split())
"""What a person does, written in lower case before or after the name ("judo star Teddy Riner", "tennis player
Coco Gauff", "Jane Doe, the three-time Olympic champion", "Jane Doe, a resident"): a role there, though never a
title inside a capitalised name ("Star Alliance", "Morning Star")."""
ANY_ROLE = ROLE_WORDS | DESCRIPTIVE_ROLES
"""Every lower-case role word: a title or what a person does."""

POSSESSIVE = re.compile(r"[\u2019']s$")

DEMONYM = re.compile(r"[A-Z][a-z]+(?:ese|ian|an|ish|ch|i)")
"""The endings of nationality words: Chinese, Russian, American, British, French, Israeli."""

_PAST = re.compile(r"(?:former|ex|late|onetime|one-time|erstwhile)(?:\s+|-)", re.IGNORECASE)
"""A word opening a role that puts its title in the past ("former President", "ex-Prime Minister", "late
Senator")."""
TIME_WORDS = "former|onetime|one-time|erstwhile|outgoing|incoming|acting|interim|future"
"""Words of time a role may open with, written before it with a space ("former President")."""

PAST_WORD = re.compile(rf"(?:{TIME_WORDS}|ex|then|late)(?=\s|-)", re.IGNORECASE)
"""A role's opening word of time (:data:`~generator.insights.names._QUALIFIER_BEFORE`), capitalised or
not: "Former President" opens a sentence, "former President" is the same role inside one."""
_COMPASS = "(?:North|South|East|West|Central)"
"""A point of the compass that opens a nationality ("North Korean", "South African")."""
_PARTY = "(?:Democratic|Republican|Labour|Conservative|Liberal|Socialist|Green)"
"""A party's word before a title ("Democratic Sen.", "Republican Gov."): it says whose side, not which office."""
_PLACE_QUALIFIER = re.compile(rf"(?P<word>(?:[A-Z]\.){{2,}}|[A-Z]{{2,6}}|{_PARTY}|(?:{_COMPASS}\s+)?{DEMONYM.pattern})"
                               rf"(?:[\u2019']s)?\s+")
"""A word before a title that says whose it is: an abbreviation or acronym ("U.S.", "US", "NATO", and in
the possessive "NATO's"), a nationality, after a point of the compass or not ("British", "North Korean").
"U.S. Secretary of State" and "Secretary of State" are one role; a rank word ("Deputy", "Vice", "Prime")
makes another, and is none of these. An organisation the text names says whose too ("Fed Chair",
"European Commission President"): see :func:`_owner_end`."""
_OF_FORM = re.compile(r"(?P<role>.*?\b(?:" + "|".join(sorted(ANY_ROLE, key=len, reverse=True))
                      + r"))\s+of\s+(?:the\s+)?(?P<whose>\S.*)", re.IGNORECASE)
"""A role that says whose it is after "of" ("president of the European Commission", "Minister of Foreign
Affairs"): the same role as the one naming it first ("European Commission President")."""
_FIXED_OF = frozenset({"state"})
"""What a title's "of" may name that makes it a fixed title, not the same as the title naming it first: the
state itself ("Secretary of State", "Minister of State", "Head of State"), where "State Secretary" or "State
Minister" is another office in many countries; unlike a portfolio ("Minister of Finance", "Finance Minister")."""
MIN_DEMONYM_STEM = 4
"""Opening letters a country's name and its demonym share, at least, for two roles that differ only in them to
be one ("Japan"/"Japanese", "China"/"Chinese", "Italy"/"Italian", "Cuba"/"Cuban"): with
:data:`_DEMONYM_FORMS`, so that no short name is read into a longer word ("Ira", "Iran"). Fifteen corpora: three
such pairs ("Japan"/"Japanese", "China"/"Chinese", "Ukraine"/"Ukrainian"), all right, stems of four letters
or more."""
_DEMONYM_FORMS = (("", "ese"), ("", "ian"), ("", "an"), ("", "i"), ("a", "an"), ("a", "ese"), ("a", "ian"),
                  ("e", "ian"), ("o", "an"), ("y", "ian"), ("y", ""), ("ey", "ish"), ("en", "ish"), ("istan", ""))
"""How English makes a demonym of a country's name: the ending it drops, the ending it adds ("Japan" +
"ese", "Iran" + "ian", "Chile" + "an", "Israel" + "i", "Korea" -> "Korean", "China" -> "Chinese", "Canada" ->
"Canadian", "Ukraine" -> "Ukrainian", "Mexico" -> "Mexican", "Italy" -> "Italian", "Germany" -> "German",
"Turkey" -> "Turkish", "Sweden" -> "Swedish", "Afghanistan" -> "Afghan"). Words that merely open alike are
no pair: "Austria"/"Australian", "Slovenia"/"Slovakian", "Indonesia"/"Indian", "Iraq"/"Iranian",
"Indiana"/"Indian", which :data:`MIN_DEMONYM_STEM` alone joined. Fifteen corpora: the three pairs of
:data:`MIN_DEMONYM_STEM` kept, none lost."""
_IRREGULAR_DEMONYMS = frozenset(frozenset(name.replace("_", " ") for name in pair.split("/")) for pair in """
france/french spain/spanish netherlands/dutch holland/dutch philippines/philippine philippines/filipino
greece/greek switzerland/swiss thailand/thai denmark/danish finland/finnish poland/polish ireland/irish
wales/welsh cyprus/cypriot iceland/icelandic argentina/argentine britain/british uk/british u.k./british
us/american u.s./american czechia/czech slovakia/slovak croatia/croat kazakhstan/kazakh uzbekistan/uzbek
peru/peruvian norway/norwegian saudi_arabia/saudi united_states/american united_kingdom/british
el_salvador/salvadoran
""".split())
"""Countries (and "US", "UK") and their demonyms that :data:`_DEMONYM_FORMS` does not make ("France"/"French",
"Spain"/"Spanish", "Philippines"/"Philippine", "Peru"/"Peruvian"), a name of two words written with "_"
("Saudi Arabia"/"Saudi"): English's irregular pairs, in lower case. Fifteen corpora: no person given a role
with both words of a pair (one word each: "French President", "Spanish Prime Minister", "US ambassador")."""
_NOT_DEMONYMS = frozenset({frozenset({"niger", "nigerian"})})
"""A country and a word :data:`_DEMONYM_FORMS` makes of it that is another country's demonym: "Nigerian" is
Nigeria's, Niger's is "Nigerien". Fifteen corpora: neither word."""
_OWNER_POSSESSIVE = re.compile(r"(?<=\w)[\u2019']s(?=\s)")
"""A possessive inside a role ("the CMA's chief executive"): "CMA's chief executive" and "CMA chief
executive" are one role."""

def _written(role: str) -> str:
    """``role`` with an opening word of time in lower case, capitalised only as a sentence's first word
    ("Former President" -> "former President")."""
    return role[:1].lower() + role[1:] if PAST_WORD.match(role) else role


def _owner_end(rest: str, owners: frozenset[str]) -> int:
    """Where a role goes on after the organisation of ``owners`` it opens with, in the possessive or not
    ("Fed Chair" -> 4, "CMA's chief executive" -> 6); 0 when it opens with none, or with a role word."""
    for owner in sorted(owners, key=len, reverse=True):
        m = re.match(rf"{re.escape(owner)}(?:[\u2019']s)?\s+(?=\S)", rest)
        if m and owner.lower() not in ANY_ROLE:
            return m.end()
    return 0


def _unqualified(role: str, owners: frozenset[str]) -> str:
    """``role`` without the words it opens with that say whose it is (see :func:`_bare_role`)."""
    while True:
        q = _PLACE_QUALIFIER.match(role)
        end = q.end() if q and q.group("word").lower() not in ANY_ROLE else _owner_end(role, owners)
        if not end:
            return role
        role = role[end:]


def _reordered(role: str) -> str:
    """``role`` with whose it is before it, as a title names it ("president of the European Commission" ->
    "European Commission president", "Minister of Finance" -> "Finance Minister"); not a fixed title
    (:data:`_FIXED_OF`: "Secretary of State")."""
    m = _OF_FORM.fullmatch(role)
    return f"{m['whose']} {m['role']}" if m and m["whose"].lower() not in _FIXED_OF else role


_SPELLINGS = ((re.compile(r"(?<=[fc])ence\b"), "ense"), (re.compile(r"\badvisor"), "adviser"),
              (re.compile(r"\bspokes(?:man|woman)\b"), "spokesperson"),
              *((re.compile(rf"\b{re.escape(short.lower().rstrip('.'))}\.?(?!\w)"), word)
                for short, word in ABBREVIATED_TITLES.items()))
"""British and American spellings of role words, a role's forms by gender and a title written short,
made one for comparing roles: "Defence Minister" and "Defense Minister", "security adviser" and "security
advisor", "Kremlin spokesman" and "Kremlin spokesperson", "Gov." (or "Gov") and "Governor"."""


def _one_spelling(role: str) -> str:
    """The lower-case ``role`` with the spellings of :data:`_SPELLINGS` made one."""
    for pattern, spelling in _SPELLINGS:
        role = pattern.sub(spelling, role)
    return role


def _normal(role: str) -> str:
    """``role`` in lower case, whose it is before it after any word of time ("former Minister of Finance" ->
    "former finance minister"): what two spellings of one role have in common."""
    time = re.match(rf"{PAST_WORD.pattern}[\s-]+", role, re.IGNORECASE)
    head = time.end() if time else 0
    return _one_spelling((role[:head] + _reordered(role[head:])).lower())


def _bare_role(role: str, owners: frozenset[str] = frozenset()) -> str:
    """``role`` (:func:`_normal`) without the words after any word of time that say whose it is ("U.S.
    Secretary of State" -> "secretary of state", "former British Prime Minister" -> "former prime minister"),
    an organisation of ``owners`` among them ("Fed Chair" -> "chair", "president of the European Commission"
    -> "president")."""
    time = re.match(rf"{PAST_WORD.pattern}[\s-]+", role, re.IGNORECASE)
    head = time.end() if time else 0
    rest = _unqualified(_reordered(_unqualified(role[head:], owners)), owners)
    return _one_spelling((role[:head] + rest).lower())


def _demonym_of(country: str, demonym: str) -> bool:
    """Whether the lower-case ``demonym`` is made of ``country`` as English makes one (:data:`_DEMONYM_FORMS`:
    "japan" -> "japanese", "italy" -> "italian"), the two opening with :data:`MIN_DEMONYM_STEM` letters alike."""
    return len(os.path.commonprefix([country, demonym])) >= MIN_DEMONYM_STEM and any(
        country.endswith(drop) and demonym == country[:len(country) - len(drop)] + add for drop, add in _DEMONYM_FORMS)


def one_country(a: str, b: str) -> bool:
    """Whether the capitalised words ``a`` and ``b`` (one word or two), before a role, are a country's name and
    its demonym ("Japan" and "Japanese", "China's" and "Chinese"): one a demonym English makes of the other
    (:func:`_demonym_of`), neither a role word; or an irregular pair (:data:`_IRREGULAR_DEMONYMS`: "France"
    and "French", "Saudi Arabia" and "Saudi")."""
    a, b = POSSESSIVE.sub("", a), POSSESSIVE.sub("", b)
    if a == b or not (a[:1].isupper() and b[:1].isupper()) or {a.lower(), b.lower()} & ANY_ROLE:
        return False
    pair = frozenset((a.lower(), b.lower()))
    return pair in _IRREGULAR_DEMONYMS or pair not in _NOT_DEMONYMS and (
        bool(DEMONYM.fullmatch(b)) and _demonym_of(a.lower(), b.lower())
        or bool(DEMONYM.fullmatch(a)) and _demonym_of(b.lower(), a.lower()))


def _one_but_country(a: str, b: str) -> bool:
    """Whether roles ``a`` and ``b`` are one but for a country's name in one where the other has its
    demonym ("Japan Prime Minister", "Japanese Prime Minister"; "Saudi Arabia Foreign Minister", "Saudi
    Foreign Minister"), case aside: the words before and after them alike, some role after them."""
    wa, wb = a.lower().split(), b.lower().split()
    for start in range(min(len(wa), len(wb)) - 1):
        if wa[:start] != wb[:start]:
            return False
        for la, lb in ((1, 1), (2, 1), (1, 2)):
            if wa[start + la:] == wb[start + lb:] and len(wa) > start + la and one_country(
                    " ".join(a.split()[start:start + la]), " ".join(b.split()[start:start + lb])):
                return True
    return False


def _by_country(counts: Counter[str]) -> Counter[str]:
    """``counts`` (role -> times given) with the roles :func:`_one_but_country` as one, the most given of
    them (the longer on a tie: the demonym, as a rule)."""
    out = Counter(counts)
    for role in sorted(counts):
        same = [r for r in out if r == role or _one_but_country(r, role)] if role in out else []
        if len(same) > 1:
            keep = max(same, key=lambda r: (out[r], len(r), r))
            out[keep] = sum(out.pop(r) for r in same)
    return out


def _merged(roles: Counter[str], owners: frozenset[str] = frozenset()) -> Counter[str]:
    """``roles`` (role -> times given) with the spellings of one role as one, the most given (a title's
    capitals on a tie: "Fed Chair", not "Fed chair"; "CMA Chief Executive", not "CMA's chief executive"),
    and a role that is another without the words saying whose it is ("Secretary of State", "U.S. Secretary
    of State"; "Chair", "Fed Chair" when ``owners``, the organisations named, hold "Fed") as that other,
    the most given of them."""
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for role, times in roles.items():
        spellings[_normal(_OWNER_POSSESSIVE.sub("", _written(role)))][_written(role)] += times
    counts = _by_country(Counter({max(c, key=lambda r: (c[r], sum(ch.isupper() for ch in r), r)): c.total()
                                  for c in spellings.values()}))
    bare = {role: _bare_role(role, owners) for role in counts}
    for role in sorted(counts):
        fuller = [r for r in counts if r != role and bare[r] == _normal(role)]
        if fuller:
            counts[max(fuller, key=lambda r: (counts[r], r))] += counts.pop(role)
    return counts


def current_roles(roles: Counter[str], owners: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """``roles`` (role -> times given, :func:`_merged` with ``owners``), most given first, without a title
    also given in its past form: a "former President" was called "President" at an earlier time
    ("appointed by President Trump"), and the past form is the later."""
    roles = _merged(roles, owners)
    past = {_bare_role(_PAST.sub("", r, count=1), owners) for r in roles if _PAST.match(r)}
    return tuple(r for r, _ in sorted(roles.items(), key=lambda x: (-x[1], x[0]))
                 if _bare_role(r, owners) not in past)


def former_roles(held: Counter[str], owners: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Titles given only in sentences of years before publication (``held``), in their past form ("former
    President"): the role of a person the text gives no title of now."""
    return current_roles(Counter({f"former {role}": times for role, times in held.items()}), owners)
