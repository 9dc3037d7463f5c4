"""People and organisations: who is named, the role the text gives them, and where they are mentioned.

The names of each sentence, and whether each is a person, an organisation or a name alone, are
:mod:`generator.insights.names`'s. A title the text also gives in its past form is no current role
("President Jane Roe" beside "former President Jane Roe"), nor one in a sentence of an act dated years
before publication ("President Jane Roe opened it in 1995": "former President" when the text gives no
other). A name is a company when the text gives it what only a company has ("CrowdStrike CEO George Kurtz",
"Velcorp shares fell", "Activision's board"), and a company's registered name ("Microsoft Corp") is also
found without its legal ending ("Microsoft"). A person's surname alone ("Putin", "von der Leyen") counts as
that person, and so does the first word of a surname-first name ("Tsai" of "Tsai Ing-wen", the one person
named so) or a one-word name the text writes in full one way only, when their roles agree ("King Charles" is
not "Charles Michel, the council's president"); a middle initial belongs to the name ("Alvin L. Bragg", the
same person as "Alvin Bragg"), and spellings of one name that differ only in a transliteration's ending
("Volodymyr Zelensky", "Volodymyr Zelenskiy") are one person. A person's roles, one however the text words
them, are :mod:`~generator.insights.roles`'s.

An organisation named with a generic word first ("Markets Authority") takes the words the text puts before
it ("Competition and Markets Authority"; "&" always joins a name); one named short of its "of ..." ("Army
Corps") is the one full name that goes on from it ("Army Corps of Engineers"); one named by a clipped first
word ("the Fed said") is the longer name the text writes ("Federal Reserve"). An organisation known only by
what it does ("the Kremlin said"), or by its building ("the White House said"), is cited where it acts, not
where it is a place ("talks in the Kremlin", "the South Lawn of the White House"); "at" and "to" make a
place only of a building ("arrived at the White House", and "at the Kremlin" when the text also writes "in
the Kremlin"), not of a body ("his fourth election at the Fed").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache

from generator.disjoint import DisjointSets
from generator.insights.corpus import Corpus, published_date
from generator.insights.names import (ACRONYM, BUILDING_PARTS, BUILDINGS, HYPHENED_PARTICLE, IS_INITIAL,
                                      JOINING_PARTICLES, KIND_NOUNS, LEADING, MIN_ACRONYM, OPENING_ADVERBS, ORG_WORDS,
                                      PARTICLES, REGNAL, SUFFIXES, UPPER, WORD, is_org, name_parts, names_in,
                                      small_or_past)
from generator.insights.records import Citation, Entity
from generator.insights.roles import (ABBREVIATED_TITLES, ANY_ROLE, DEMONYM, PAST_WORD, ROLE_WORDS, current_roles,
                                      former_roles)
from generator.insights.values import POSSESSIVE_AFTER
from generator.records import Kind
from generator.textutil import MONTHS, STOPWORDS, WEEKDAYS, unaccented_letters

_HYPHENED = re.compile("^" + HYPHENED_PARTICLE)
_VARIANT_END = re.compile(r"[iy]+$")
"""A transliteration's ending that spellings of one name vary in ("Zelensky", "Zelenskiy", "Zelenskyy")."""
MIN_CLIP = 3
"""Letters a one-word organisation has for it to be taken as a longer name's clipped first word ("Fed")."""
MIN_VARIANT_STEM = 5
"""Letters a word keeps without that ending for its spellings to be taken as one name's ("Zelensk")."""
MIN_SLIP_WORD = 6
"""Letters both spellings of a word of a name have for one letter more, less or other inside it, not
its first nor its last two, to be taken as a slip of one name ("Xi Jingping" for "Xi Jinping"): names
of fewer letters that differ by a letter are as often other names ("Maria", "Mario")."""
_AND_BEFORE = re.compile(r"(?<![\w\u2019'-])([A-Z][a-z]+) and $")
_ADJECTIVE_ENDING = re.compile(r"[a-z](?:ic|al|ive|ous|ary|an)$")
"""The ending of an adjective ("Scientific", "Technical", "European"): no name of an institution ends on one."""

MIN_PAST_YEARS = 5
"""Years before publication that a sentence's every date lies, at least, for a title in it to be
past ("President Jane Roe opened it in 1995", published 2023): longer than most terms of office.
Fifteen corpora: one such title (Clinton's, 1995 and 2000, undated corpus naming 2019)."""
_DATES_ACT = re.compile(r"\b(?:in|on|during)\s+(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)
"""What puts an act at a date ("normalised ties in 1995"): not "since 2008" (until now), nor "the 2016
election" (a date that names another event)."""
_VOICE_PLACE = re.compile(r"\b(?:in|at|to|into|inside|outside|near)\s+the\s+$", re.IGNORECASE)
"""A preposition of place before "the" and a name that is an institution only where it acts ("talks in the
Kremlin"): there it is a place. Narrower than :data:`_PLACE_BEFORE` ("a shift of the Fed's priorities"), and
a name before a noun ("Kremlin sources", "Pentagon figures") is the institution, not a building."""
_CONTAINED = re.compile(r"\b(?:in|into|inside|outside|near)\s+the\s+$", re.IGNORECASE)
"""Prepositions only a place takes ("talks in the Kremlin"); "at" and "to" an institution takes too ("his
fourth election at the Fed", "a letter to the Fed"), and they make a place only of a building, a name
ending in a building word or one the text also writes after these."""
_PART_OF = re.compile(r"\b(?:" + "|".join(sorted(BUILDING_PARTS | {"tour"}, key=len, reverse=True))
                      + r")\s+of\s+the\s+$", re.IGNORECASE)
"""A part of a building, or a tour, before "of the" and its name ("the South Lawn of the White House", "a
tour of the White House"): a place."""
_NAMED_PART = re.compile(r"[\u2019']s\s+[A-Z]")
"""A building's named part after it ("the White House's East Room"): the building is a place there."""


_ORG_SHORT_GUARD = r"(?!\s+(?!(?:" + "|".join(sorted((w.title() for w in ROLE_WORDS), key=len, reverse=True)) \
    + r")\b)[A-Z])"
"""After an organisation's short form, a capitalised word other than a title ("Fed Chair"): another name."""


_fold = lru_cache(maxsize=1 << 16)(unaccented_letters)
""":func:`~generator.textutil.unaccented_letters`, remembered: every name's search reads a sentence so."""


_POSSESSOR = re.compile(rf"(?<![\w.-])([{UPPER}][\w-]*)[\u2019']s(?![\w-])")
"""A capitalised word in the possessive ("the Kremlin's reaction", "Microsoft's president"): a name, and
before a role it says whose the role is ("Kremlin spokesman")."""
_DATE_WORDS = frozenset(MONTHS + WEEKDAYS)
"""Days and months, capitalised and in the possessive as names are ("Friday's talks", "June's summit"), yet
no one's: never a word that says whose a role is (nor "May" then, a surname too: "Theresa May's"). Fifteen
corpora: ten such words of :data:`_POSSESSOR` in eight, none a name."""
_OWNER_KINDS = frozenset({Kind.SENTENCE, Kind.FRAGMENT})
"""The segments read for :data:`_POSSESSOR`: an article's sentences and its fragments, not its headlines,
page furniture or captions."""
LEGAL_SUFFIXES = frozenset("corp corporation inc ltd limited plc llc co ag sa se nv".split())
"""The last word of a company's registered name ("Microsoft Corp"): the text mostly names it without
(see :func:`_registered`)."""
_CORPORATE_ROLES = ("chief executive", "chief financial officer", "chief operating officer", "ceo", "cfo", "coo",
                    "founder", "co-founder", "boss")
"""Roles that only a company has: its name before one ("CrowdStrike CEO George Kurtz", "Activision's chief
executive") names a company, where a country's name comes before a president or a minister."""
_CORPORATE_HOLDINGS = ("shares", "stock", "shareholders", "stockholders", "share price", "board", "subsidiary")
"""What only a company has, written in lower case after its name ("CrowdStrike shares fell", "Activision's
board"): capitalised, it goes on with a name ("London Stock Exchange")."""


def _alternation(words: Iterable[str]) -> str:
    """``words`` as a regular expression's alternatives, longest first, a space matching any space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_COMPANY_OWNED = re.compile(
    rf"(?<![\w.-])((?:[{UPPER}][\w-]*\s+){{0,2}}[{UPPER}][\w-]*)(?:[\u2019']s)?\s+"
    rf"(?:(?i:{_alternation(_CORPORATE_ROLES)})"
    rf"|{_alternation(_CORPORATE_HOLDINGS)})(?![\w-])")
"""Capitalised words (three at most) before a company's role or holding (:data:`_CORPORATE_ROLES`,
:data:`_CORPORATE_HOLDINGS`), in the possessive or not: the company's name, or a small word opening the
sentence before it ("The CrowdStrike CEO")."""
_ROLE_AFTER = re.compile(rf"(?:[\u2019']s)?\s+(?i:{_alternation(_CORPORATE_ROLES)})(?![\w-])")
"""A company's role right after its name (:data:`_CORPORATE_ROLES`)."""


def _first_word(name: str) -> str:
    m = WORD.match(name)
    return m.group(0) if m else name


def _last_word(name: str) -> str:
    """The last word of ``name``, as the corpus's index of words holds it."""
    found = WORD.findall(name)
    return found[-1] if found else name


def _is_name_token(token: str) -> bool:
    token = _HYPHENED.sub("", token)
    # a letter alone is no name's word ("his official X account": the platform)
    return len(token) > 1 and token[:1].isupper() and token.lower() not in STOPWORDS and not ACRONYM.match(token)


def _person_shaped(name: str) -> bool:
    """Whether ``name`` can be a person's: one to four words (particles and initials aside), each a
    name's or, after the first, a regnal number ("Mohammed VI", "Charles III"), and not an institution
    word alone ("Office", "Court")."""
    tokens = name.split()
    if not tokens:
        return False
    first, *rest = tokens
    return 1 <= len(name_parts(name)) <= 4 and _is_name_token(first) \
        and all(_is_name_token(t) or REGNAL.fullmatch(t) for t in rest if t not in PARTICLES) \
        and not (" " not in name and name.lower() in ORG_WORDS)


def _surnames(name: str) -> list[str]:
    """How the text may call a person by surname: the last word with the particles before it ("von der
    Leyen", and "Von der Leyen" opening a sentence) and the surname a particle joins to it ("Correia e
    Silva"), and without a hyphened particle ("Assad"). None for a name ending in a regnal number ("Mohammed
    VI" is not called "VI"); a son's suffix is left aside ("Ferdinand Marcos Jr" is called "Marcos")."""
    tokens = name.split()
    if len(tokens) > 2 and tokens[-1].rstrip(".") in SUFFIXES:
        tokens = tokens[:-1]
    if REGNAL.fullmatch(tokens[-1]):
        return []
    start = len(tokens) - 1
    while start > 1 and tokens[start - 1] in PARTICLES:
        start -= 1
    if start and tokens[start] in JOINING_PARTICLES:
        start -= 1  # "Correia e Silva": both surnames
    surname = " ".join(tokens[start:])
    return list(dict.fromkeys([surname, surname[:1].upper() + surname[1:], _HYPHENED.sub("", surname)]))


def _bare(name: str) -> str:
    """``name`` without its initials ("Alvin L. Bragg" -> "Alvin Bragg")."""
    return " ".join(t for t in name.split() if not IS_INITIAL.fullmatch(t)) or name


def _adjective(word: str, texts: list[str]) -> bool:
    """Whether ``word`` is a nationality adjective, not a name: it has a demonym's ending and ``texts``
    put it right before a noun ("Chinese ships"), not before a verb or a small word ("Khan said"), and
    never in the possessive, which a name takes and an adjective never does ("Taiwan's", "Modi's", not
    "Chinese's"): a place or a person named with a demonym's ending ("Taiwan", "Modi", "Hanoi")."""
    if not DEMONYM.fullmatch(word) or any(re.search(rf"(?<![\w-]){re.escape(word)}[\u2019']s\b", t) for t in texts):
        return False
    after = re.compile(rf"(?<![\w-]){re.escape(word)}\s+([a-z][\w-]*)")
    return any(not small_or_past(w) for t in texts for w in after.findall(t))


def _full_org(name: str, texts: Callable[[str], list[str]], lower: set[str]) -> str:
    """``name`` with the part its run of capitals lost at "and": the word the text puts before it ("Food
    and Drug Administration", see :func:`_joined_before`) or the words after it ("Centre for Scientific
    and Technical Research", see :func:`_joined_after`)."""
    return _joined_after(_joined_before(name, texts, lower), texts(_last_word(name)))


def _joined_before(name: str, texts: Callable[[str], list[str]], lower: set[str]) -> str:
    """``name`` with the generic word the text puts before it ("Markets Authority" in "Competition and
    Markets Authority"): when it starts with a generic word (one ``lower`` holds, as the corpus writes
    it in lower case) and the text shows "<word> and" right before it, where that word is generic too or
    never stands anywhere else (so not "the Pentagon and State Department")."""
    if name.split()[0].lower() not in lower:
        return name
    for text in texts(_first_word(name)):
        at = text.find(name)
        m = _AND_BEFORE.search(text[:at]) if at > 0 else None
        if m and (m.group(1).lower() in lower or _only_in(m.group(1), f"{m.group(1)} and {name}", texts)):
            return text[m.start(1):at + len(name)]
    return name


def _only_in(word: str, phrase: str, texts: Callable[[str], list[str]]) -> bool:
    """Whether every time the corpus writes ``word`` it is within ``phrase``."""
    alone = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
    return all(len(alone.findall(t)) == t.count(phrase) for t in texts(word))


def _joined_after(name: str, texts: list[str]) -> str:
    """``name`` with the words after its "and" when it ends on an adjective after "of" or "for", a name
    cut short ("Centre for Scientific" of the "Centre for Scientific and Technical Research"); not a role
    nor a person's name ("the Ministry of Defence and Minister Jane Roe")."""
    words = name.split()
    if len(words) < 3 or words[-2] not in ("of", "for") or not _ADJECTIVE_ENDING.search(words[-1]):
        return name
    after = re.compile(rf"{re.escape(name)} and ((?:[A-Z][a-z]+ ?){{1,3}})(?<! )(?![\w\u2019'-])")
    for text in texts:
        m = after.search(text)
        if m and not any(w.lower() in ROLE_WORDS for w in m.group(1).split()):
            return f"{name} and {m.group(1)}"
    return name


class _Found:
    """Names gathered over the corpus before they are merged into entities."""

    def __init__(self) -> None:
        self.people: dict[str, Counter[str]] = defaultdict(Counter)
        self.orgs: set[str] = set()
        self.holding: dict[str, set[str]] = defaultdict(set)
        """Word -> the names of more than one word that hold it."""
        self.past: dict[str, Counter[str]] = defaultdict(Counter)
        """Person -> titles given only in sentences dated years before publication (held then)."""
        self.acronyms: set[str] = set()
        """Acronyms of three letters or more found as names, not as organisations ("the HSDA said"): an
        organisation's when they are its initials (:func:`_shortened`)."""

    def name(self, name: str) -> None:
        if " " in name:
            for word in name.split():
                self.holding[word].add(name)

    def person(self, name: str, role: str, times: int = 1) -> None:
        if not _person_shaped(name):
            return
        if role:
            self.people[name][role] += times
        else:
            self.people.setdefault(name, Counter())

    def past_title(self, name: str, role: str, times: int = 1) -> None:
        if _person_shaped(name):
            self.people.setdefault(name, Counter())
            self.past[name][role] += times


def _scan(sentence: str, found: _Found, times: int = 1, dated_past: bool = False) -> None:
    """Gather the names of ``sentence`` into ``found``, as if the sentence occurred ``times`` times
    (``dated_past``: every date it names lies years before publication, see :func:`_past_texts`)."""
    for kind, name, role in names_in(sentence):
        found.name(name)
        if kind == "org":
            found.orgs.add(name)
        elif kind == "name" and len(name) >= MIN_ACRONYM and ACRONYM.match(name):
            found.acronyms.add(name)
        elif kind == "person" and dated_past and _title_before(sentence, name, role):
            found.past_title(name, role, times)  # "President Jane Roe opened it in 1995"
        elif kind == "person":
            found.person(name, role, times)


def _title_before(sentence: str, name: str, role: str) -> bool:
    """Whether ``role`` is a capitalised title, with no word of time, standing right before ``name`` in
    ``sentence`` ("President Jane Roe"; not "Jane Roe, the city's chief engineer", "former President")."""
    words = role.split()
    if not words or not role[:1].isupper() or PAST_WORD.match(role) or words[-1].lower() not in ROLE_WORDS:
        return False
    return re.search(rf"(?<![\w-]){re.escape(words[-1])}\s+{re.escape(name.split()[0])}(?![\w-])", sentence) is not None


def _reference_year(corpus: Corpus) -> int | None:
    """The year of an undated article: the latest an article is published in, or else the latest year
    the sentences name (an undated corpus: "visited in 2000" is past beside "his 2019 summit")."""
    published = [d.year for a in corpus.articles.values() if (d := published_date(a))]
    if published:
        return max(published)
    return max((m.year for s in corpus.sentences for m in corpus.values(s)[0] if m.year), default=None)


def _past_texts(corpus: Corpus) -> set[str]:
    """The sentence texts whose every date names a year MIN_PAST_YEARS or more before their article's
    publication (or :func:`_reference_year`), as the time of an act (:data:`_DATES_ACT`): a title there
    was held then ("President Jane Roe opened it in 1995 and came back in 2000"), not necessarily now."""
    fallback = _reference_year(corpus)
    past: set[str] = set()
    now: set[str] = set()
    for s in corpus.sentences:
        day = corpus.published(s)
        year = day.year if day else fallback
        mentions = corpus.values(s)[0]
        old = year is not None and bool(mentions) and all(
            m.year is not None and m.year <= year - MIN_PAST_YEARS
            and _DATES_ACT.search(s.text, max(0, m.start - 20), m.start) for m in mentions)
        (past if old else now).add(s.text)
    return past - now  # a reprint dated now is current


def _aliases(people: dict[str, Counter[str]], holding: dict[str, set[str]]) -> dict[str, str]:
    """Short forms -> full name: the surname (or the first word, for three-part names) of each person;
    a one-word person who opens one other person's name only ("President Tsai", "Tsai Ing-wen"), or
    whom the text names in more words one way only (``holding``: word -> the longer names holding it),
    when their roles are of one kind (not "King Charles" and "Charles Michel, the council's
    president"); and a name with initials -> the same name without them (or the full name of its
    surname), when the text has that too."""
    candidates: dict[str, list[str]] = defaultdict(list)
    opening: dict[str, list[str]] = defaultdict(list)
    same = {name: _bare(name) for name in people if _bare(name) != name and _bare(name) in people}
    for name in people:
        parts = name_parts(name)
        if len(parts) < 2 or name in same:
            continue
        for surname in _surnames(_bare(name)):
            candidates[surname].append(name)
        opening[parts[0]].append(name)
        if len(parts) == 3:
            candidates[parts[0]].append(name)
    aliases = {alias: max(names, key=lambda n: (sum(people[n].values()), n)) for alias, names in candidates.items()}
    # A surname-first name ("Tsai Ing-wen") is shortened to its first word.
    aliases |= {name: full for name in people if name not in aliases and len(opening.get(name, ())) == 1
                for full in opening[name] if _same_kind(name, full, people)}
    # A one-word person written in full one way only ("Premier Hao", "Hao Jun-wei, who ...").
    aliases |= {name: full for name in people if " " not in name and name not in aliases
                and len(holding.get(name, ())) == 1
                for full in holding[name] if _person_shaped(full) and not is_org(full.lower().split())
                and _same_kind(name, full, people)}
    # "S. Jaishankar" is "Subrahmanyam Jaishankar" when the initial is that name's first letter, whether or not
    # the text also names "Jaishankar" alone; with another initial ("K. Marlow", "Anna Marlow"), another person.
    for name in people:
        bare = _bare(name)
        if bare != name and bare in aliases:
            if aliases[bare][0] == name[0]:
                same[name] = aliases[bare]
            else:
                same.pop(name, None)
    return aliases | same  # "Alvin L. Bragg" -> "Alvin Bragg" when the text also has the bare name


def _variant_key(name: str) -> str:
    """``name`` as its transliterations share it: unaccented, in lower case, a hyphen as a space ("Kim
    Jong-un" and "Kim Jong Un": "kim jong un"), and each word without its transliteration ending
    when it keeps MIN_VARIANT_STEM letters without it ("Dmitry Peskov" and "Dmitri Peskov", "Volodymyr
    Zelenskiy" and "Volodymyr Zelensky": "dmitr~ peskov", "volodymyr zelensk~"; "Serge" is not "Sergei")."""
    out = []
    for word in _fold(name).replace("-", " ").lower().split():
        stem = _VARIANT_END.sub("", word)
        # the ending's place is kept: "Sergei" (ending "ei") is not "Serge"
        out.append(stem + "~" if stem != word and len(stem) >= MIN_VARIANT_STEM else word)
    return " ".join(out)


def _one_slip(a: str, b: str) -> bool:
    """Whether the words ``a`` and ``b`` differ by one letter more, less or other (see MIN_SLIP_WORD)."""
    if a == b or min(len(a), len(b)) < MIN_SLIP_WORD or a[0] != b[0] or a[-2:] != b[-2:]:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return len(longer) == len(shorter) + 1 and any(longer[:j] + longer[j + 1:] == shorter
                                                   for j in range(1, len(longer) - 2))


def _slips(keys: set[str]) -> dict[str, str]:
    """Each of the name ``keys`` (see :func:`_variant_key`) that is another's but for a slip in one word
    (:func:`_one_slip`), to one key of their group. Candidates come from an index of each word with one
    inner letter left out, so the cost follows the names, not their pairs."""
    ordered = sorted(keys)
    index: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for n, key in enumerate(ordered):
        words = key.split()
        for i, word in enumerate(words):
            if len(word) >= MIN_SLIP_WORD:
                rest = " ".join(words[:i]) + "|" + " ".join(words[i + 1:])
                for cut in {word} | {word[:j] + word[j + 1:] for j in range(1, len(word) - 2)}:
                    index[(rest, cut)].append((n, word))
    sets = DisjointSets(len(ordered))
    for found in index.values():
        for x, (n, word) in enumerate(found):
            for m, other in found[x + 1:]:
                if _one_slip(word, other):
                    sets.join(n, m)
    return {key: ordered[sets.find(n)] for n, key in enumerate(ordered) if sets.find(n) != n}


def _spelt_alike(found: _Found, uses: Callable[[str], int]) -> dict[str, str]:
    """The aliases of the people ``found`` (see :func:`_aliases`) once spellings of one name are one.

    Names of more than one word that differ only in the transliteration ending of a word ("Volodymyr
    Zelensky", "Volodymyr Zelenskiy"; "Dmitry Peskov", "Dmitri Peskov"), in a hyphen ("Kim Jong-un",
    "Kim Jong Un") or in accents are one person, named as most sentences spell them
    (``uses``: how many sentences hold a name's last word); a one-word person, or a surname, spelt
    otherwise than a full name's surname ("Zelenskiy", "Volodymyr Zelensky") is that full name.
    Other first names or other endings ("Zelenska") are other people.
    """
    keys = {name: _variant_key(name) for name in found.people if " " in name}
    slipped = _slips(set(keys.values()))
    groups: dict[str, list[str]] = defaultdict(list)
    for name, key in keys.items():
        groups[slipped.get(key, key)].append(name)
    spelling = {name: max(names, key=lambda n: (uses(n), n)) for names in groups.values() if len(names) > 1
                for name in names}
    people: dict[str, Counter[str]] = defaultdict(Counter)
    for name, roles in found.people.items():
        people[spelling.get(name, name)].update(roles)
    holding = {word: {spelling.get(n, n) for n in names} for word, names in found.holding.items()}
    aliases = _aliases(people, holding)
    # The other spellings, and their surnames, name the person the chosen spelling names.
    aliases |= {alias: aliases.get(full, full) for name, full in spelling.items() if name != full
                for alias in [name, *_surnames(_bare(name))] if alias not in aliases}
    by_key: dict[str, set[str]] = defaultdict(set)
    for alias, full in aliases.items():
        if " " not in alias:
            by_key[_variant_key(alias)].add(full)
    aliases |= {name: next(iter(by_key[_variant_key(name)])) for name in found.people
                if " " not in name and name not in aliases and len(by_key.get(_variant_key(name), ())) == 1}
    return aliases


def _same_kind(short: str, full: str, people: dict[str, Counter[str]]) -> bool:
    """Whether the roles of ``full`` (none when it is no person found) leave it the person ``short``
    may be: a role word in common ("President", "Taiwan President"), not "King" and "commissioner"."""
    def words(name: str) -> set[str]:
        return {w for role in people[name] for w in role.lower().split() if w in ANY_ROLE}
    return full not in people or bool(words(short) & words(full))


def _called_by_surname(name: str, texts: list[str], alone: bool = False) -> bool:
    """Whether ``texts`` call ``name`` by its last word alone ("Dion steals the show" for "Celine Dion");
    with ``alone``, never after another capitalised word but a title ("said Mr. Dion": not "Korean Air" for
    "Jeju Air")."""
    *first, last = name.split()
    pattern = re.compile(rf"(?<!{re.escape(first[-1])} )(?<![\w-]){re.escape(last)}(?![\w-])")
    return any(not (alone and _in_other_name(t, m.start())) for t in texts for m in pattern.finditer(t))


_WORD_BEFORE = re.compile(r"(\S+)\s+$")


def _in_other_name(text: str, start: int) -> bool:
    """Whether the word at ``text[start:]`` goes on a capitalised word right before it: not a title ("Mr.",
    "President", "Sen."), a word in capitals (a tabloid's "CELINE Dion brought Paris to its feet"), nor a small
    word or an adverb ("But Kay said", "Meanwhile Kay said")."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    word = before.group(1) if before else ""
    bare = word.rstrip(".")
    return word[:1].isupper() and word[-1:].isalnum() and not word.isupper() \
        and bare.lower() not in LEADING | ROLE_WORDS | STOPWORDS | OPENING_ADVERBS \
        and bare + "." not in ABBREVIATED_TITLES


def _truncated(orgs: set[str]) -> dict[str, str]:
    """Organisations named short of their "of ..." ("Army Corps") -> the one full name ("Army Corps of
    Engineers") that goes on from them."""
    longer: dict[str, list[str]] = defaultdict(list)
    for name in orgs:
        for m in re.finditer(r" of ", name):
            longer[name[:m.start()]].append(name)
    return {short: names[0] for short, names in longer.items() if short in orgs and len(names) == 1}


def _with_the(orgs: set[str]) -> dict[str, str]:
    """Organisations named with a capitalised "The" ("According to the Guardian, The National Assembly's
    Speaker ...") -> the same name without it, when the text names it so too."""
    return {name: name[4:] for name in orgs if name.startswith("The ") and name[4:] in orgs}


def _kinded(orgs: set[str]) -> dict[str, str]:
    """Organisations named without the word for their kind (:data:`~generator.insights.names.KIND_NOUNS`:
    "Yonhap News" of "Yonhap News Agency") -> the name with it, when the text names it so too."""
    out = {}
    for name in sorted(orgs):
        bare, _, kind = name.rpartition(" ")
        if kind.lower() in KIND_NOUNS and bare in orgs:
            out[bare] = name
    return out


def _clipped(orgs: set[str], names: set[str], mentions: Callable[[str], int]) -> dict[str, str]:
    """One-word organisations that are a longer name's first word or a clipping of it ("Fed" of
    "Federal Reserve") -> that name, the one of ``names`` (runs of more than one word the text writes)
    most ``mentions`` give, when the text has one. Not a name an institution word or a different one
    ("Federal Trade Commission" is called "the Commission", not "the Fed"), nor an acronym ("CMA")."""
    out: dict[str, str] = {}
    for short in sorted(orgs):
        if " " in short or len(short) < MIN_CLIP or ACRONYM.match(short):
            continue
        longer = [n for n in names if n.split()[0].startswith(short) and not is_org(n.lower().split())
                  and mentions(n)]
        if longer:
            out[short] = max(longer, key=lambda n: (mentions(n), n))
    return out


_CONNECTIVES = frozenset({"and", "of", "the", "for", "on", "&"})
"""Words of an organisation's name that its initials leave out ("Competition and Markets Authority": CMA)."""
_SHORT_QUALIFIER = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,3}")
"""A country or union written short before an organisation's name ("US Federal Trade Commission")."""


def _initials(name: str) -> str:
    """The initials of ``name``'s words, its small connecting words left out ("NASA" of "National
    Aeronautics and Space Administration")."""
    return "".join(w[0] for w in name.split() if w.lower() not in _CONNECTIVES)


def _shortened(orgs: set[str], acronyms: Iterable[str] = ()) -> dict[str, str]:
    """Organisations the text also names short -> their full name: an acronym (one of ``orgs``, or of
    the ``acronyms`` found as names) standing for one organisation's initials ("CMA" -> "Competition and
    Markets Authority", "ISRO" -> "Indian Space Research Organisation"), when only one has them, and an
    organisation named after a country written short ("US Federal Trade Commission") -> the same without
    it, when the text names it so too and it keeps two words or more (so not "EU Commission" ->
    "Commission")."""
    by_initials: dict[str, list[str]] = defaultdict(list)
    for name in orgs:
        if " " in name:
            by_initials[_initials(name)].append(name)
    out = {short: by_initials[short][0] for short in sorted(orgs.union(acronyms))
           if ACRONYM.match(short) and len(by_initials.get(short, ())) == 1}
    for name in orgs:
        first, _, rest = name.partition(" ")
        if _SHORT_QUALIFIER.fullmatch(first) and " " in rest and rest in orgs:
            out[name] = rest
    return out


_INITIAL_DOT = re.compile(r"(?<![\w.])([A-Z])\\\.(?=\\ )")
"""An initial's full stop in an escaped name ("S\\. Somanath")."""


def _spelled(name: str) -> str:
    """``name`` as a pattern matching it letter for letter, its initials with or without their full stop
    ("S. Somanath" and "S Somanath" are one spelling)."""
    return _INITIAL_DOT.sub(r"\1\\.?", re.escape(name))


def _namesakes(spellings: list[str], found: _Found, lower: set[str],
               texts: Callable[[str], list[str]]) -> tuple[str, ...]:
    """Other people's names ending on one of a person's ``spellings`` ("Konstantinos Mitsotakis" or "Jill
    Biden" for a person called "Mitsotakis" or "Biden"), folded: runs of names the text gives whose given
    name (the word before the surname, initials aside) is none of the person's, in any case or accent
    ("EMMANUEL Macron", "Celine Dion", "Michael D. Cohen" are the person), is no word the text writes in
    lower case nor a title ("Team Trump", "Justice ..."), and stands inside a sentence ("Defiant Macron
    refused" opens one)."""
    given = {_fold(w).lower() for x in spellings for w in x.split()}
    out = []
    for surname in (x for x in spellings if " " not in x):
        for run in sorted(found.holding.get(surname, ())):
            words = [w for w in run.split() if not IS_INITIAL.fullmatch(w)]
            if len(words) < 2 or words[-1] != surname or not _person_shaped(run):
                continue
            first = words[-2]
            if _fold(first).lower() in given or first.isupper() or first.lower() in lower or first.lower() in ANY_ROLE:
                continue
            if any(t.find(run) > 0 for t in texts(first)):
                out.append(_fold(run))
    return tuple(out)


def _namesake_at(folded: str, end: int, namesakes: Iterable[str]) -> bool:
    """Whether the name ending at ``end`` of ``folded`` is one of ``namesakes`` (another person's)."""
    return any(folded.endswith(n, 0, end) and (len(n) == end or not folded[end - len(n) - 1].isalnum())
               for n in namesakes)


def _acting(pattern: re.Pattern[str], text: str, building: bool) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``text`` (read without accents) where the institution it names
    is no place ("talks in the Kremlin", "the South Lawn of the White House", and for a ``building``
    "welcomed to the Kremlin", "arrived at the White House"; but "the Kremlin's choreography", "Kremlin
    sources", "the Pentagon buys", and for no building "his fourth election at the Fed"). A building's
    named part ("the White House's East Room") makes it a place."""
    place = _VOICE_PLACE if building else _CONTAINED
    return next((m for m in pattern.finditer(_fold(text)) if not (building and _NAMED_PART.match(text, m.end()))
                 and (POSSESSIVE_AFTER.match(text, m.end()) or not (
                     place.search(text, max(0, m.start() - 20), m.start())
                     or _PART_OF.search(text, max(0, m.start() - 20), m.start())))), None)


def _building(name: str, pattern: re.Pattern[str], texts: list[str]) -> bool:
    """Whether the institution ``name`` is a building too: its name ends in a building word ("White
    House") or ``texts`` put it after a preposition only a place takes ("in the Kremlin")."""
    return name.split()[-1].lower() in BUILDINGS or any(
        _CONTAINED.search(t, max(0, m.start() - 20), m.start()) and not POSSESSIVE_AFTER.match(t, m.end())
        for t in texts for m in pattern.finditer(_fold(t)))


def _companies(texts: list[str], lower: set[str], taken: set[str]) -> set[str]:
    """Names that ``texts`` give a company's role or holding (:data:`_COMPANY_OWNED`: "CrowdStrike" of
    "CrowdStrike CEO George Kurtz", "Activision" of "Activision's board"), without a small word or a day
    opening them ("The"). Not one holding a word the text also writes in lower case ("U.S. Steel's board":
    "steel" says what, not who), nor a word of ``taken``, the names and words of names of the people and
    organisations found ("Musk's shares" are a person's; "CMA's chief executive" is the CMA's). A word in lower
    case too after the first is the name's before a company's role when its first word stands nowhere else
    (:func:`_fixed`: "Jeju Air CEO", though smoke hung in the air; not "Wall Street shares")."""
    out = set()
    fixed: dict[str, bool] = {}

    def is_fixed(words: list[str]) -> bool:
        """:func:`_fixed`, read over the texts once per name, however often it is met."""
        name = " ".join(words)
        if name not in fixed:
            fixed[name] = _fixed(words, texts)
        return fixed[name]

    for text in texts:
        for m in _COMPANY_OWNED.finditer(text):
            words = m.group(1).split()
            while words and (words[0].lower() in STOPWORDS or words[0].lower() in LEADING):
                words = words[1:]
            role = _ROLE_AFTER.match(text, m.end(1))
            if words and not any(w in taken for w in words) and (
                    not any(w.lower() in lower for w in words)
                    or (role and len(words) > 1 and words[0].lower() not in lower
                        and is_fixed(words))):
                out.add(" ".join(words))
    # A name of several words that the text also calls by its last word is a person's ("Jon Kay's shares",
    # then "Kay declined to comment").
    return {name for name in out if " " not in name or not _called_by_surname(name, texts, alone=True)}


def _fixed(words: list[str], texts: list[str]) -> bool:
    """Whether ``texts`` write the first of ``words`` only as the opening of all of them ("Jeju" only in "Jeju
    Air"; not "U.S." of "U.S. Steel")."""
    first = re.compile(rf"(?<![\w-]){re.escape(words[0])}(?![\w-])")
    whole = re.compile(rf"(?<![\w-]){re.escape(' '.join(words))}(?![\w-])")
    return sum(len(first.findall(t)) for t in texts) == sum(len(whole.findall(t)) for t in texts)


def _registered(orgs: set[str], taken: set[str], lower: set[str]) -> dict[str, str]:
    """The names of companies written without the end of their registered name (:data:`LEGAL_SUFFIXES`:
    "Microsoft" of "Microsoft Corp") -> that name, unless the shorter name is one of ``taken`` (a person's)
    or a word the text writes in lower case too."""
    out = {}
    for org in sorted(orgs):
        words = org.split()
        if len(words) > 1 and words[-1].lower().rstrip(".") in LEGAL_SUFFIXES:
            bare = " ".join(words[:-1])
            if bare not in taken and words[0].lower() not in lower:
                out[bare] = org
    return out


def _named_owners(corpus: Corpus, orgs: set[str], lower: set[str]) -> frozenset[str]:
    """Words that say whose a role is before it ("Kremlin spokesman", "Microsoft President"), besides the
    organisations named: the first word of an organisation's name ("Microsoft Corp") and a word the text
    writes in the possessive ("the Kremlin's reaction"), when it never writes the word in lower case
    (``lower``): a name, not a word that says which role it is ("Foreign Minister" of the "Foreign Ministry"),
    nor a day or a month ("Friday's talks", "June's summit")."""
    words = {o.split()[0] for o in orgs if " " in o}
    # Fragments too ("The Kremlin's reaction was predictable."): too short to quote, not to name an owner.
    articles = dict.fromkeys(s.article_id for s in corpus.sentences)
    read = dict.fromkeys(seg.text for a in articles for seg in corpus.dossier.sentences.get(a, ())
                         if seg.kind in _OWNER_KINDS)
    words |= {w for text in read for w in _POSSESSOR.findall(text) if w.lower() not in _DATE_WORDS}
    return frozenset(w for w in words if w.lower() not in lower)


def entities(corpus: Corpus) -> tuple[Entity, ...]:
    """People (by mentions) then organisations (by mentions), each with roles and citations."""
    found = _Found()
    # Reprints repeat sentences word for word: each distinct text is read once, counted as often as
    # it occurs (in order of first occurrence, so names and roles are met in the same order).
    past = _past_texts(corpus)
    for text, times in Counter(s.text for s in corpus.sentences).items():
        _scan(text, found, times, text in past)
    # Where each word occurs, so a name is looked for only in the sentences holding its first word
    # (a spelling matches where no word character precedes it, so that word stands whole there).
    where: dict[str, list[int]] = defaultdict(list)
    words_of: dict[str, set[str]] = {}
    for i, s in enumerate(corpus.sentences):
        if s.text not in words_of:
            # A word is found under its accented and its plain spelling ("Pérec", "Perec").
            words = set(WORD.findall(s.text))
            words_of[s.text] = words | {_fold(w) for w in words}
        for w in words_of[s.text]:
            where[w].append(i)
    aliases = _spelt_alike(found, lambda name: len(where.get(name.split()[-1], ())))

    def texts(word: str) -> list[str]:
        return list(dict.fromkeys(corpus.sentences[i].text for i in where.get(word, ())))

    # A one-word person ("President Putin") is the full name it abbreviates when there is one.
    people: dict[str, Counter[str]] = defaultdict(Counter)
    held: dict[str, Counter[str]] = defaultdict(Counter)
    forms: dict[str, set[str]] = defaultdict(set)
    surnames = Counter(name.split()[-1] for name in found.people)
    for name, roles in found.people.items():
        if not roles and name not in found.past and (
                surnames[name.split()[-1]] > 1 or not _called_by_surname(name, texts(name.split()[-1]), alone=True)):
            continue  # a body that speaks ("Delta Air Lines said"), or one named with a title ("Justice ...")
        full = aliases.get(name, name)
        if " " not in full and _adjective(full, texts(full)):
            continue  # "Chinese" in "a new official Chinese map"
        people[full].update(roles)
        held[full].update(found.past.get(name, Counter()))
        forms[full].add(name)
    for alias, full in aliases.items():
        forms[full].add(alias)
    lower = {w for w in where if w.islower()}
    orgs = {_full_org(o, texts, lower) for o in found.orgs
            if " " in o or not _adjective(o, texts(o))} - set(people) - set(aliases)  # not "the Chinese agency"

    def known_as(shortened: dict[str, str]) -> None:
        """Each short name of ``shortened`` becomes another name of the organisation it shortens."""
        for short, full in shortened.items():
            orgs.discard(short)
            forms[full].add(short)
            forms[full] |= forms.pop(short, set())

    known_as(_truncated(orgs))  # "Army Corps" is the "Army Corps of Engineers"
    known_as(_with_the(orgs))  # "The National Assembly" (a capital mid-sentence) is the "National Assembly"
    runs = {n for names in found.holding.values() for n in names} - set(found.people) - set(aliases)
    clipped = _clipped(orgs, runs, lambda n: sum(n in t for t in texts(_first_word(n))))
    known_as(clipped)  # "the Fed said" is the "Federal Reserve"
    orgs.update(clipped.values())
    known_as(_kinded(orgs))  # "Yonhap News" is the "Yonhap News Agency"
    known_as(_shortened(orgs, found.acronyms))  # "CMA": "Competition and Markets Authority"
    named = set(people) | {alias for alias, full in aliases.items() if full in people}
    named |= {w for n in named for w in n.split()}
    known_as(_registered(orgs, named, lower))  # "Microsoft" of "Microsoft Corp"

    def org_names() -> set[str]:
        """The organisations found so far, by every name the text gives them ("Federal Reserve", "Fed")."""
        return orgs | {form for org in orgs for form in forms.get(org, ())}

    taken = named | org_names()
    companies = set()
    for name in sorted(_companies(list(dict.fromkeys(s.text for s in corpus.sentences)), lower, taken)):
        # "Delta" is short for "Delta Air Lines", a name the text gives no role: a body that speaks
        # ("Delta Air Lines said"), set aside above as no person
        company = aliases[name] if aliases.get(name) in found.people.keys() - people.keys() else name
        orgs.add(company)
        forms[company].add(name)
        companies.add(company)
    # The organisations, as the text names them ("Federal Reserve", "Fed"), say whose a role is ("Fed Chair").
    owners = frozenset(org_names())
    owners |= _named_owners(corpus, orgs, lower)  # "Microsoft" of "Microsoft Corp", "Kremlin" of "the Kremlin's"
    out = []
    for kind, names in (("person", sorted(people)), ("organisation", sorted(orgs))):
        for name in names:
            spellings = sorted(forms.get(name, {name}) | {name}, key=lambda x: (-len(x), x))
            guard = _ORG_SHORT_GUARD if kind == "organisation" else r"(?!\s+[A-Z])"
            # A short form followed by another capitalised word is someone else ("Kim Il Sung"), save an
            # organisation's before a title ("Fed Chair Jerome Powell"). Accents
            # aside: "Marie-José Pérec" is "Marie-Jose Perec" (the text is searched without its accents,
            # letter for letter, so a match's offsets are the sentence's).
            pattern = re.compile(r"(?<![\w-])(?:" + "|".join(
                _spelled(_fold(x)) + ("" if x == name else guard) for x in spellings) + r")(?![\w-])")
            cites: list[Citation] = []
            used: set[str] = set()
            holding = sorted({i for x in spellings for i in where.get(_fold(_first_word(x)), ())})
            first_match: dict[str, re.Match[str] | None] = {}
            # An organisation whose name holds no institution word, or ends in a building's, is one only
            # where it acts ("the Kremlin said"), not where it is a place ("talks in the Kremlin").
            voice = kind == "organisation" and name not in companies and not ACRONYM.match(name) and (
                not is_org(name.lower().split()) or name.split()[-1].lower() in BUILDINGS)
            building = voice and _building(name, pattern, [corpus.sentences[i].text for i in holding])
            others = _namesakes(spellings, found, lower, texts) if kind == "person" else ()
            for s in (corpus.sentences[i] for i in holding):
                if s.text not in first_match:  # a reprinted sentence is searched once
                    folded = _fold(s.text)
                    own = [x for x in pattern.finditer(folded) if not _namesake_at(folded, x.end(), others)]
                    first_match[s.text] = m = _acting(pattern, s.text, building) if voice else next(iter(own), None)
                    if m:
                        used.update(s.text[x.start():x.end()] for x in own)
                m = first_match[s.text]
                if m:
                    cites.append(corpus.cite(s, m.start(), m.end()))
            if not cites:
                continue
            roles = ((current_roles(people[name], owners) or former_roles(held[name], owners)) if kind == "person"
                     else ())
            # The other spellings the text uses: the forms found, and a form accented otherwise.
            also = [x for x in spellings if x != name and x in used]
            known, listed = {_fold(y) for y in spellings}, {_fold(y) for y in also}
            also += sorted(x for x in used - set(spellings) if _fold(x) in known and _fold(x) not in listed)
            out.append(Entity(name, kind, roles, tuple(also), tuple(cites),
                              corpus.outlets.count(c.article for c in cites)))
    out.sort(key=lambda e: (e.kind != "person", -len(e.citations), e.name))
    return tuple(out)
