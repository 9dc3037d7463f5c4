"""People and organisations: who is named, the role the text gives them, and where they are mentioned.

Names are runs of capitalised words. A run is a person when a role word stands right before the
name ("Foreign Minister Sergei Lavrov", "North Korean leader Kim Jong Un", "defense minister,
Andrei Belousov"); it is an organisation when it ends in, or holds, an institution word ("Council",
"University", "Ministry") or when an acronym heads a role ("NATO Secretary General"). A person's
surname alone ("Putin") counts as that person; a middle initial belongs to the name ("Alvin L.
Bragg", the same person as "Alvin Bragg"). Role and institution words are small generic lists.

What is not a person: an institution word ("the District Attorney's Office": a role's office), and
a nationality adjective ("a new official Chinese map": a demonym's ending, used before a noun
elsewhere). An organisation named with a generic word first ("Markets Authority") takes the words
the text puts before it ("Competition and Markets Authority"; "&" always joins a name).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from generator.insights.corpus import Corpus
from generator.insights.records import Citation, Entity
from generator.textutil import STOPWORDS

ROLE_WORDS = frozenset("""
president vice-president minister leader spokesman spokeswoman spokesperson secretary general chancellor governor
mayor senator ambassador commander chief director chairman chairwoman chair official analyst professor researcher
envoy diplomat premier king queen prince princess lawmaker judge captain economist expert head ceo founder adviser
advisor pope prosecutor attorney officer commissioner administrator sheriff representative congressman
congresswoman general colonel admiral sergeant lieutenant marshal dictator emperor monarch chairperson
manager executive correspondent editor historian scientist engineer mp mep
""".split())
ORG_WORDS = frozenset("""
council ministry university institute centre center agency committee organization organisation party bank fund
union nations commission company corporation corp inc ltd group association office house department court
parliament assembly senate congress board authority administration service police army navy force forces guard
foundation network federation alliance command bureau corps academy school college hospital
""".split())
_NOT_STOPWORD = r"(?!(?:" + "|".join(sorted((re.escape(w.title()) for w in STOPWORDS), key=len, reverse=True)) \
    + r")\b)"
# An initial ("Alvin L. Bragg", "S. Somanath") is part of a name; an abbreviation ("U.S.") is not, nor
# is a letter ending a sentence ("Plan B. The ...": no name goes on with "The").
_INITIAL = r"(?<![\w.])[A-Z]\.\s+" + _NOT_STOPWORD
_NAME = re.compile(rf"(?:{_INITIAL})?[A-Z][\w\u2019'-]*"
                   rf"(?:\s+(?:(?:of|for|on|the|de|al|bin|van|von|der)\s+|&\s+|{_INITIAL})?[A-Z][\w\u2019'-]*)*")
_IS_INITIAL = re.compile(r"[A-Z]\.")
_POSSESSIVE = re.compile(r"[\u2019']s$")
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ese|ian|an|ish|ch|i)")
"""The endings of nationality words: Chinese, Russian, American, British, French, Israeli."""
_AND_BEFORE = re.compile(r"(?<![\w\u2019'-])([A-Z][a-z]+) and $")
# "Jane Doe, the city's chief engineer," / "John Roe, a professor at ...": a role right after the name.
_APPOSITION = re.compile(
    r"[\u2019']?s?,\s+(?:the|a|an)\s+(?P<role>(?:[\w\u2019'-]+\s+){0,3}(?:"
    + "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
    + r")\b(?:\s+(?:of|at|for)\s+(?:the\s+)?[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*)*)?)", re.IGNORECASE)


_WORD = re.compile(r"\w+")


def _first_word(name: str) -> str:
    m = _WORD.match(name)
    return m.group(0) if m else name


def _clean(token: str) -> str:
    return _POSSESSIVE.sub("", token)


def _is_name_token(token: str) -> bool:
    return token[:1].isupper() and token.lower() not in STOPWORDS and not _ACRONYM.match(token)


def _is_org(lowered: list[str]) -> bool:
    """Whether a run of words (lower case) names an organisation: an institution word after its first."""
    return any(t in ORG_WORDS for t in lowered[1:])


def _bare(name: str) -> str:
    """``name`` without its initials ("Alvin L. Bragg" -> "Alvin Bragg")."""
    return " ".join(t for t in name.split() if not _IS_INITIAL.fullmatch(t)) or name


def _adjective(word: str, texts: list[str]) -> bool:
    """Whether ``word`` is a nationality adjective, not a name: it has a demonym's ending and ``texts``
    put it right before a noun ("Chinese ships"), not before a verb or a small word ("Khan said")."""
    if not _DEMONYM.fullmatch(word):
        return False
    after = re.compile(rf"(?<![\w-]){re.escape(word)}\s+([a-z][\w-]*)")
    return any(w not in STOPWORDS and not w.endswith("ed") for t in texts for w in after.findall(t))


def _full_org(name: str, texts: list[str], lower: set[str]) -> str:
    """``name`` with the generic word the text puts before it ("Markets Authority" in "Competition and
    Markets Authority"): when it starts with a generic word (one ``lower`` holds, as the corpus writes
    it in lower case) and ``texts`` show "<generic word> and" right before it, the full name."""
    if name.split()[0].lower() not in lower:
        return name
    for text in texts:
        at = text.find(name)
        m = _AND_BEFORE.search(text[:at]) if at > 0 else None
        if m and m.group(1).lower() in lower:
            return text[m.start(1):at + len(name)]
    return name


class _Found:
    """Names gathered over the corpus before they are merged into entities."""

    def __init__(self) -> None:
        self.people: dict[str, Counter[str]] = defaultdict(Counter)
        self.orgs: set[str] = set()

    def person(self, name: str, role: str, times: int = 1) -> None:
        tokens = name.split()
        if not 1 <= len(tokens) <= 4 or not all(_is_name_token(t) for t in tokens):
            return
        if len(tokens) == 1 and name.lower() in ORG_WORDS:  # "Office", "Court": an institution
            return
        if role:
            self.people[name][role] += times
        else:
            self.people.setdefault(name, Counter())


def _scan(sentence: str, found: _Found, times: int = 1) -> None:
    """Gather the names of ``sentence`` into ``found``, as if the sentence occurred ``times`` times."""
    for kind, name, role in _names(sentence):
        if kind == "org":
            found.orgs.add(name)
        else:
            found.person(name, role, times)


def _opening_noun(lowered: list[str]) -> bool:
    """Whether a run opening its sentence starts with a common noun, "of" and an organisation ("Shares
    of Trump Media & Technology Group fell"): the noun is capitalised only as the sentence's first word."""
    return len(lowered) > 2 and lowered[1] == "of" and lowered[0] not in ORG_WORDS | ROLE_WORDS \
        and _is_org(lowered[2:])


def _titled(raw: list[str], tokens: list[str], roles: list[int]) -> list[tuple[str, str, str]]:
    """What a run with role words (at ``roles``) before its last word names: the person they title
    ("Foreign Minister Sergei Lavrov") and an acronym or institution before them ("NATO Secretary
    General ..."). No person ends in an institution word, and a role in the possessive owns what
    follows: "the District Attorney's Office" is an organisation, not a person named "Office"."""
    cut = roles[-1] + 1
    owned = raw[cut - 1] != tokens[cut - 1]
    if owned or tokens[-1].lower() in ORG_WORDS:
        return [("org", " ".join(raw[:-1] + tokens[-1:]), "")] if owned and tokens[-1].lower() in ORG_WORDS else []
    out = [("person", " ".join(tokens[cut:]), " ".join(tokens[:cut]))]
    org = tokens[:roles[0]]
    if org and (_ACRONYM.match(org[-1]) or org[-1].lower() in ORG_WORDS):
        out.append(("org", " ".join(org), ""))
    return out


@lru_cache(maxsize=1 << 14)
def _names(sentence: str) -> tuple[tuple[str, str, str], ...]:
    """The people ``("person", name, role)`` and organisations ``("org", name, "")`` that ``sentence``
    names, in order (worked out once per text: reprints and serve's rebuilds meet it again)."""
    out: list[tuple[str, str, str]] = []
    for m in _NAME.finditer(sentence):
        raw = m.group(0).split()
        tokens = [_clean(t) for t in raw]
        # A sentence's first word is capitalised anyway: "The", "Both", "In" are no part of a name.
        while tokens and tokens[0].lower() in STOPWORDS:
            tokens.pop(0)
        if not tokens:
            continue
        opens = len(raw) == len(tokens) and not sentence[:m.start()].strip(" \"\u201c(")
        raw = raw[len(raw) - len(tokens):]
        lowered = [t.lower() for t in tokens]
        if opens and _opening_noun(lowered):
            raw, tokens, lowered = raw[2:], tokens[2:], lowered[2:]
        roles = [i for i, t in enumerate(lowered) if t in ROLE_WORDS]
        if roles and roles[-1] < len(tokens) - 1:
            out.extend(_titled(raw, tokens, roles))
            continue
        if _is_org(lowered):
            out.append(("org", " ".join(tokens), ""))
            continue
        after = _APPOSITION.match(sentence, m.end())
        if after and len(tokens) > 1:
            out.append(("person", " ".join(tokens), after.group("role")))
            continue
        before = sentence[:m.start()].rstrip()
        prev = before.rstrip(",").split()
        if prev and prev[-1].lower() in ROLE_WORDS and prev[-1].islower():
            role_words = [prev[-1]]
            for w in reversed(prev[:-1]):
                # Stop at a verb ("Following", "appointed") or a word of the clause before.
                if w.lower() in STOPWORDS or not re.fullmatch(r"[\w-]+", w) or re.search(r"(?:ing|ed)$", w):
                    break
                role_words.insert(0, w)
            out.append(("person", " ".join(tokens), " ".join(role_words[-4:])))
    return tuple(out)


def _aliases(people: dict[str, Counter[str]]) -> dict[str, str]:
    """Short forms -> full name: the last name (or the first, for three-part names) of each person,
    and a name with initials -> the same name without them (or the full name of its surname), when the
    text has that too."""
    candidates: dict[str, list[str]] = defaultdict(list)
    same = {name: _bare(name) for name in people if _bare(name) != name and _bare(name) in people}
    for name in people:
        tokens = _bare(name).split()
        if len(tokens) < 2 or name in same:
            continue
        candidates[tokens[-1]].append(name)
        if len(tokens) == 3:
            candidates[tokens[0]].append(name)
    aliases = {alias: max(names, key=lambda n: (sum(people[n].values()), n)) for alias, names in candidates.items()}
    # "S. Jaishankar" is "Subrahmanyam Jaishankar" when the initial is that name's first letter.
    same |= {name: aliases[_bare(name)] for name in people if name not in same and _bare(name) != name
             and _bare(name) in aliases and aliases[_bare(name)][0] == name[0]}
    return aliases | same  # "Alvin L. Bragg" -> "Alvin Bragg" when the text also has the bare name


def entities(corpus: Corpus) -> tuple[Entity, ...]:
    """People (by mentions) then organisations (by mentions), each with roles and citations."""
    found = _Found()
    # Reprints repeat sentences word for word: each distinct text is read once, counted as often as
    # it occurs (in order of first occurrence, so names and roles are met in the same order).
    for text, times in Counter(s.text for s in corpus.sentences).items():
        _scan(text, found, times)
    aliases = _aliases(found.people)
    # Where each word occurs, so a name is looked for only in the sentences holding its first word
    # (a spelling matches where no word character precedes it, so that word stands whole there).
    where: dict[str, list[int]] = defaultdict(list)
    words_of: dict[str, set[str]] = {}
    for i, s in enumerate(corpus.sentences):
        if s.text not in words_of:
            words_of[s.text] = set(_WORD.findall(s.text))
        for w in words_of[s.text]:
            where[w].append(i)

    def texts(word: str) -> list[str]:
        return list(dict.fromkeys(corpus.sentences[i].text for i in where.get(word, ())))

    # A one-word person ("President Putin") is the full name it abbreviates when there is one.
    people: dict[str, Counter[str]] = defaultdict(Counter)
    forms: dict[str, set[str]] = defaultdict(set)
    for name, roles in found.people.items():
        full = aliases.get(name, name)
        if " " not in full and _adjective(full, texts(full)):
            continue  # "Chinese" in "a new official Chinese map"
        people[full].update(roles)
        forms[full].add(name)
    for alias, full in aliases.items():
        forms[full].add(alias)
    lower = {w for w in where if w.islower()}
    orgs = {_full_org(o, texts(_first_word(o)), lower) for o in found.orgs}
    out = []
    for kind, names in (("person", sorted(people)), ("organisation", sorted(orgs - set(people)))):
        for name in names:
            spellings = sorted(forms.get(name, {name}) | {name}, key=lambda x: (-len(x), x))
            # A short form followed by another capitalised word is someone else ("Kim Il Sung").
            pattern = re.compile(r"(?<![\w-])(?:" + "|".join(
                re.escape(x) + ("" if x == name else r"(?!\s+[A-Z])") for x in spellings) + r")(?![\w-])")
            cites: list[Citation] = []
            used: set[str] = set()
            holding = sorted({i for x in spellings for i in where.get(_first_word(x), ())})
            first_match: dict[str, re.Match[str] | None] = {}
            for s in (corpus.sentences[i] for i in holding):
                if s.text not in first_match:  # a reprinted sentence is searched once
                    first_match[s.text] = m = pattern.search(s.text)
                    if m:
                        used.update(x.group(0) for x in pattern.finditer(s.text))
                m = first_match[s.text]
                if m:
                    cites.append(corpus.cite(s, m.start(), m.end()))
            if not cites:
                continue
            roles = tuple(r for r, _ in sorted(people[name].items(), key=lambda x: (-x[1], x[0]))) if kind == "person" \
                else ()
            out.append(Entity(name, kind, roles, tuple(x for x in spellings if x != name and x in used), tuple(cites),
                              corpus.outlets.count(c.article for c in cites)))
    out.sort(key=lambda e: (e.kind != "person", -len(e.citations), e.name))
    return tuple(out)
