"""Topic configuration: the default set shipped in the package, or a user's YAML list."""

from __future__ import annotations

import difflib
import logging
import re
import unicodedata
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from generator.errors import ConfigError
from generator.records import Topic

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
# Topic ids become page URLs and file names, so they are kept to a safe alphabet.
DESCRIPTION_KEYS = ("description", "summary", "desc")
CUE_KEYS = ("cues", "cue_words", "keywords", "key_words", "cue", "keyword", "terms")
"""Keys read for a topic's description and cues, first found first: a topics file written for another
tool, or by hand, names its cue words in other ways ("keywords:", "Cue words:")."""
KEYS = ("id", "title", *DESCRIPTION_KEYS, *CUE_KEYS)
"""Every key a topic is read under (lowercased, spaces and '-' as '_'); any other is reported and ignored."""
NEEDS = "a title, a description or cues (an id is optional: it is made from them)"
"""What each topic needs, as the README says; the messages about a topics file's shape end with it."""

log = logging.getLogger(__name__)


def default_topics() -> tuple[Topic, ...]:
    """The six default topics (background, agenda, delegation, reactions, economics, risks)."""
    text = resources.files("generator").joinpath("default_topics.yaml").read_text(encoding="utf-8")
    return parse_topics(yaml.safe_load(text), "the default topics")


def load_topics(path: str | Path | None) -> tuple[Topic, ...]:
    """Load a topics YAML file, or the defaults when ``path`` is None.

    Raises:
        ConfigError: the file is missing, is not YAML, or a topic is malformed.
    """
    if path is None:
        return default_topics()
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ConfigError(f"cannot read the topics file {str(p)!r}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError:
        raise ConfigError(f"the topics file {str(p)!r} is not UTF-8 text") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"the topics file {str(p)!r} is not valid YAML: {exc}") from None
    return parse_topics(data, f"the topics file {str(p)!r}")


def slug(title: str) -> str:
    """An id made from a topic's title ("Economics & trade" -> "economics-trade"), for a topic given
    none."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()  # "é" -> "e"
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:64].rstrip("-")


def parse_topics(data: Any, where: str) -> tuple[Topic, ...]:
    """Validate a YAML list of topics (``{id?, title?, description?, cues?}`` each, one of the last
    three at least): a topic given no id takes one from its title, description or cues (:func:`made_id`),
    and one given no title a title from its id, description or cues (:func:`made_title`).

    A mapping with a ``topics`` key is accepted too, so one file can carry other settings later.
    """
    items = _items(data, where)
    # An id made from a description or cues takes none a topic of the file is given or takes from its title.
    given = {str(item.get("id") or "").strip() or slug(str(item.get("title") or "")) for item, _ in items}
    topics: list[Topic] = []
    seen: set[str] = set()
    for n, (item, written) in enumerate(items, 1):
        given_title = str(item.get("title") or "").strip()
        description = str(next((item[k] for k in DESCRIPTION_KEYS if item.get(k)), "")).strip()
        cues = _cues(next((item[k] for k in CUE_KEYS if item.get(k)), []), where, n, item)
        if not (given_title or description or cues):
            raise ConfigError(f"{where}: {_label(n, item)} needs a title, a description or cues to find its facts")
        tid = str(item.get("id") or "").strip() or made_id(given_title, description, cues, given | seen)
        if not tid:
            raise ConfigError(f"{where}: topic {n} has no id, and none can be made from its title, description or "
                              "cues; give it an id of lowercase letters, digits, '-' or '_' (it becomes a URL)")
        if not _ID.match(tid):
            raise ConfigError(
                f"{where}: topic {n} has id {tid!r}; use lowercase letters, digits, '-' or '_' (it becomes a URL)"
            )
        if tid in seen:
            raise ConfigError(f"{where}: topic id {tid!r} is used twice")
        seen.add(tid)
        for key in (k for k in written if _key(k) not in KEYS):
            _warn_unknown(where, tid, str(key), _key(key))
        title = given_title or (made_title(description, cues) if not item.get("id")
                                else tid.replace("-", " ").replace("_", " ").capitalize())
        topics.append(Topic(tid, title, description, cues))
    return tuple(topics)


def _items(data: Any, where: str) -> list[tuple[dict[str, Any], dict[Any, Any]]]:
    """The topics of a topics file's YAML, each with its keys as read (:func:`_key`) and as written.

    Raises:
        ConfigError: the file is empty, or is not a list of mappings.
    """
    if data is None:
        raise ConfigError(f"{where}: the file is empty; write a YAML list of topics, each with {NEEDS}")
    if isinstance(data, dict) and "topics" in data:
        data = data["topics"]
    if data is None or data == []:
        raise ConfigError(f"{where}: the list of topics is empty; give at least one topic, each with {NEEDS}")
    if not isinstance(data, list):
        found = "one mapping (key: value)" if isinstance(data, dict) else f"{str(data)[:40]!r}"
        raise ConfigError(f"{where} must be a YAML list of topics, one '- ' item each, found {found}; "
                          f"give each topic {NEEDS}")
    for n, item in enumerate(data, 1):
        if not isinstance(item, dict):
            raise ConfigError(f"{where}: topic {n} must be a mapping (title: ..., description: ..., cues: [...]), "
                              f"found {str(item)[:40]!r}; give it {NEEDS}")
    return [({_key(k): v for k, v in item.items()}, item) for item in data]


def _label(n: int, item: dict[str, Any]) -> str:
    """How a message names a topic: by its id if it has one ("topic 'risks'"), else by its place ("topic 3")."""
    return f"topic {str(item['id']).strip()!r}" if item.get("id") else f"topic {n}"


def _cues(cues: Any, where: str, n: int, item: dict[str, Any]) -> tuple[str, ...]:
    """A topic's cues as written under a cue key: a list, or one string of comma-separated cues.

    Raises:
        ConfigError: the cues are neither.
    """
    if isinstance(cues, str):
        cues = cues.split(",")
    if not isinstance(cues, list):
        raise ConfigError(f"{where}: cues of {_label(n, item)} must be a list of words, found {cues!r}")
    return tuple(str(c).strip() for c in cues if str(c).strip())


TITLE_WORDS = 6
"""Most words of a title made from a description, for a topic given no id and no title: a page's
name in the navigation, where the default topics' titles run to three words."""
_SENTENCE_END = re.compile(r"[;:.!?](?=\s|$)|\s[-\u2013\u2014]+\s|[\u2013\u2014]")
_LOOSE_END = frozenset("a an and as at by for from in into its of on or the their to with".split())
"""Words a title cut short does not end on ("What is scheduled and expected to" -> "... expected")."""


def made_title(description: str, cues: tuple[str, ...] = ()) -> str:
    """A title for a topic given neither id nor title, capitalised: its description's first sentence
    when it has up to TITLE_WORDS words ("Deaths, injuries and missing workers."), else its first
    clause of three words or more ("History and context of the relationship, earlier visits ...") or
    its first TITLE_WORDS words; for a topic without a description, its first three cues ("Damage,
    victims, rescue")."""
    sentence = next((c for c in _SENTENCE_END.split(description) if c.strip()), "")
    words = sentence.split()
    if len(words) > TITLE_WORDS:
        clause = sentence.split(", ", 1)[0].split()
        words = clause if 2 < len(clause) <= TITLE_WORDS else words[:TITLE_WORDS]
        while len(words) > 1 and words[-1].strip(",").lower() in _LOOSE_END:
            words.pop()
    text = " ".join(words).rstrip(",") or ", ".join(cues[:3])
    return text[:1].upper() + text[1:]


def made_id(title: str, description: str, cues: tuple[str, ...], taken: set[str]) -> str:
    """An id for a topic given none: the :func:`slug` of its title, else of the title
    :func:`made_title` makes from its description or cues, with "-2", "-3" ... added when a topic
    of the file already has it; "" when that has no letter or digit of the Latin alphabet."""
    base = slug(title or made_title(description, cues))
    if not base or title:  # a title's id is the user's own: one used twice is reported
        return base
    tid, k = base, 1
    while tid in taken:
        k += 1
        tid = f"{base[:60].rstrip('-')}-{k}"
    return tid


def _key(key: Any) -> str:
    """A topic's key as it is read: lowercased, spaces and '-' as '_' ("Cue words" is ``cue_words``)."""
    return str(key).strip().lower().replace(" ", "_").replace("-", "_")


def _warn_unknown(where: str, tid: str, key: str, normal: str) -> None:
    """Log a key no topic is read under (a typo such as ``descripton:``), which is ignored."""
    guess = difflib.get_close_matches(normal, KEYS, n=1)
    hint = f" (did you mean {guess[0].replace('_', ' ')!r}?)" if guess else ""
    accepted = (f"id, title, description (or {', '.join(k.replace('_', ' ') for k in DESCRIPTION_KEYS[1:])}), "
                f"cues (or {', '.join(k.replace('_', ' ') for k in CUE_KEYS[1:])})")
    log.warning("%s: topic %r has the key %r, which is not read%s; it is ignored. A topic's keys are %s",
                where, tid, key, hint, accepted)
