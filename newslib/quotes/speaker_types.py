"""What kind of speaker a name is: person, organisation, outlet, unnamed, group or other.

Example:
    >>> speaker_type("وكالة الأنباء السعودية"), speaker_type("شهود عيان")
    ('outlet', 'unnamed')
"""

from __future__ import annotations

import re
from functools import lru_cache

from newslib import lexicons
from newslib.arabic import normalize, strip_article, strip_proclitics
from newslib.quotes.lexicon import lexicon

_PLURAL_RE = re.compile("(ون|ين)$")


def speaker_type(speaker, *, person: bool = False, media: bool = False) -> str | None:
    """What kind of speaker ``speaker`` is: person, organisation, outlet, unnamed, group or other.

    In order: a whole name or the head noun listed in ``speaker_types.tsv`` (وزارة الصحة →
    organisation, مصدر أمني → unnamed, بيان → other, رويترز → outlet); an organisation or a
    place of the gazetteers → organisation (وقالت روسيا); a person mention (``person=True``, a
    name found by :mod:`newslib.mentions`) → person; an outlet reporting (``media=True``) →
    outlet; a one-word plural (ناشطون) or a definite noun with its plural adjective (الأساقفة
    السابقون) → group; else person. A missing speaker has no type.

    Example:
        >>> [speaker_type(s) for s in ("وزارة الصحة", "مصدر أمني", "الناشطون", "البيان", "رويترز", "واشنطن")]
        ['organisation', 'unnamed', 'group', 'other', 'outlet', 'organisation']
        >>> speaker_type("الأساقفة السابقون"), speaker_type("العديد من الصحف")
        ('group', 'group')
        >>> speaker_type("أحمد الأنصاري", person=True), speaker_type(None)
        ('person', None)
    """
    if not isinstance(speaker, str) or not speaker.strip():
        return None
    return _speaker_type(speaker, bool(person), bool(media))


def listed_type(name) -> str | None:
    """The type ``speaker_types.tsv`` gives ``name`` as a whole name, else None: what the name
    itself says, whatever noun introduced it (وكالة ستاندرد آند بورز is no outlet).

    Example:
        >>> listed_type("ستاندرد آند بورز"), listed_type("رويترز"), listed_type("الوكالة")
        ('organisation', 'outlet', None)
    """
    if not isinstance(name, str) or not name.strip():
        return None
    return lexicon().speaker_types.get(normalize(name))


@lru_cache(maxsize=1)
def _head_phrases() -> dict[str, str]:
    return {normalize(r["phrase"]): r["type"] for r in lexicons.read("speaker_head_phrases")}


def head_phrase_type(name) -> str | None:
    """The type ``speaker_head_phrases.tsv`` gives the head noun of ``name`` (without و ف ب ل and
    ال) with the word after it, else None: وكالة heads outlets, وكالة الاستخبارات an organisation.

    Example:
        >>> head_phrase_type("الوكالة الدولية للطاقة الذرية"), head_phrase_type("وكالة الأنباء الألمانية")
        ('organisation', None)
    """
    if not isinstance(name, str):
        return None
    words = normalize(name).split()
    if len(words) < 2:
        return None
    head = strip_article(strip_proclitics(words[0], lexicon().speaker_types))
    return _head_phrases().get(f"{head} {words[1]}")


@lru_cache(maxsize=65_536)
def _speaker_type(speaker: str, person: bool, media: bool) -> str:
    """:func:`speaker_type` of a non-empty name (cached: every quote of a speaker asks again)."""
    key = normalize(speaker)
    lex = lexicon()
    types = lex.speaker_types
    if key in types:
        return types[key]
    words = key.split()
    head = strip_article(strip_proclitics(words[0], types))
    if head in types:
        return types[head]
    if key in lex.gazetteer_names or strip_article(key) in lex.gazetteer_names:
        return "organisation"  # a capital or a country speaking for its government, even as a name
    if person:
        return "person"
    if media:
        return "outlet"
    if len(words) == 1 and len(key) > 5 and _PLURAL_RE.search(key):
        return "group"
    if len(words) == 2 and all(w.startswith("ال") for w in words) and _PLURAL_RE.search(words[1]):
        return "group"  # a definite noun and its plural adjective: الأساقفة السابقون
    return "person"
