"""The word lists the entity features and news rules read (``newslib/lexicons``), read once.

Every list here ships with newslib; a missing one is an error (``FileNotFoundError`` naming the
file), not a silently weaker tagger.

Example:
    >>> lex = lexicon()
    >>> lex.gaz["موسكو"], "رويترز" in lex.agencies.values()
    ('CITY', True)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from newslib import arabic, lexicons
from newslib.arabic import normalize
from newslib.entities.model import cached


@cached()
def _lex() -> dict:
    """Gazetteers, triggers and nationalities keyed by normalised form (read once)."""
    gaz: dict[str, str] = {}
    multi: dict[str, str] = {}  # multi-word names → type
    canon: dict[str, str] = {}
    for name, typ in (("gazetteer_countries", "COUNTRY"), ("gazetteer_cities", "CITY"), ("gazetteer_orgs", "ORG")):
        for r in lexicons.read(name):
            k = normalize(r["name"])
            canon.setdefault(k, r.get("canonical") or r["name"])
            if " " in k:
                multi[k] = typ
            else:
                gaz.setdefault(k, typ)
    # official long forms → the common short name shown as `name`; the key stays the group's canonical
    short: dict[str, str] = {}
    for r in lexicons.read("gazetteer_country_aliases"):
        k = normalize(r["name"])
        short[k] = r["short"]
        canon.setdefault(k, canon.get(normalize(r["short"]), r["short"]))
        if " " in k:
            multi.setdefault(k, "COUNTRY")
    triggers = {normalize(r["word"]): r["label"] for r in lexicons.read("ner_triggers")}
    nat: dict[str, str] = {}
    plural: dict[str, str] = {}  # broken plurals: the rules' business, not a model feature
    for r in lexicons.read("nationalities"):
        nat[normalize(r["adjective"])] = r["country"]
        if r.get("plural"):
            plural[normalize(r["plural"])] = r["country"]
    return {"gaz": gaz, "multi": multi, "canon": canon, "short": short, "triggers": triggers, "nat": nat,
            "nat_plural": plural}


@cached()
def _agencies() -> dict[str, str]:
    """News-agency credits as written (``أ.ف.ب``) → the agency's name (``ner_agencies.tsv``)."""
    return {r["credit"]: r["name"] for r in lexicons.read("ner_agencies")}


@cached()
def _currencies() -> tuple[frozenset[str], frozenset[str]]:
    """Currency unit words and amount words (``currencies.tsv``), normalised."""
    rows = lexicons.read("currencies")
    return (frozenset(normalize(r["word"]) for r in rows if r["kind"] == "unit"),
            frozenset(normalize(r["word"]) for r in rows if r["kind"] == "amount"))


@cached(maxsize=150_000)
def _written(word: str) -> str:
    """``word`` as written, without diacritics and tatweel (keeps ى apart from ي, unlike normalize)."""
    return arabic.strip_tatweel(arabic.strip_diacritics(word))


@cached()
def _function_words() -> frozenset[str]:
    """Particles, pronouns and verbs that end a name (``name_stop.tsv``), as written, with و/ف/ب/ل too."""
    ws = {_written(w) for w in lexicons.column("name_stop", "word")}
    return frozenset(ws | {c + w for w in ws for c in "وفبل"})


@cached()
def _first_names() -> frozenset[str]:
    """First names of ``first_names.tsv``, normalised."""
    return frozenset(normalize(w) for w in lexicons.column("first_names", "name"))


@cached()
def _outlets() -> frozenset[str]:
    """Words of the outlets and outlet nouns of ``speaker_types.tsv`` (صحيفة، تلفزيون، بي بي سي), normalised."""
    return frozenset(w for r in lexicons.read("speaker_types") if r.get("type") == "outlet" for w in normalize(r["noun"]).split())


@cached()
def _name_stop() -> frozenset[str]:
    """The words of ``name_stop.tsv`` as written, alone or with و/ف (not ب/ل: بليس is no بـ + ليس)."""
    ws = {_written(w) for w in lexicons.column("name_stop", "word")}
    return frozenset(ws | {c + w for w in ws for c in "وف"})


@cached()
def _letter_names() -> frozenset[str]:
    """Arabic names of Latin letters (``letter_names.tsv``), as written."""
    return frozenset(_written(w) for w in lexicons.column("letter_names", "letter"))


@cached()
def _work_nouns() -> frozenset[str]:
    """Nouns announcing a quoted title of a work (normalised, without ال)."""
    return frozenset(arabic.strip_article(normalize(r["word"])) for r in lexicons.read("work_nouns"))


@cached()
def _facilities() -> dict[str, str]:
    """Facility and institution nouns (normalised, without ال) → the label of a name after them."""
    return {normalize(r["word"]): r["label"] for r in lexicons.read("facility_nouns")}


@cached()
def _ambiguous_places() -> dict[str, frozenset[str]]:
    """Place names that are also common words (``ambiguous_places.tsv``) → words showing the common word."""
    return {normalize(r["name"]): frozenset(normalize(w) for w in r["other_sense"].split())
            for r in lexicons.read("ambiguous_places")}


@cached()
def _place_cues() -> frozenset[str]:
    """Words before a place name that show the place (``place_cues.tsv``), normalised, without ال."""
    return frozenset(arabic.strip_article(normalize(w)) for w in lexicons.column("place_cues", "word"))


#: Press nouns (normalised, without ال) that announce a newspaper or agency named like a place.
_PRESS = frozenset(normalize(w) for w in ("صحيفة", "جريدة", "مجلة", "وكالة", "أنباء", "إذاعة", "شبكة"))

#: Titles a facility's namesake carries (مطار الملك …), normalised.
_ROYAL_TITLES = frozenset(normalize(w) for w in ("الملك", "الأمير", "الأميرة", "الشيخ", "السلطان", "الإمام"))

#: Settlement nouns (normalised, without ال) after which a lone name is a place, not a club or a person.
_SETTLEMENTS = frozenset(normalize(w) for w in ("عاصمة", "مدينة", "بلدة", "قرية", "محافظة", "إقليم"))

_TITLE_MODIFIERS = frozenset(normalize(w) for w in (
    "الشمالي", "الجنوبي", "الشرقي", "الغربي", "السابق", "الأسبق", "الحالي", "الجديد", "المنتخب", "الأمريكي",
    "الأميركي", "الفلسطيني", "الأعلى", "العام", "التنفيذي", "المؤقت", "الراحل", "المخلوع", "الشمالية",
    "الجنوبية", "السابقة", "المعارضة", "السيد", "السيدة", "الدكتور", "الأمير", "الشيخ", "الملك"))


@dataclass(frozen=True)
class Lexicon:
    """What the news rules look words up in (all keys normalised unless said otherwise).

    Attributes:
        gaz: One-word gazetteer names → ``COUNTRY``, ``CITY`` or ``ORG``.
        multi: Multi-word gazetteer names → their type.
        canon: Gazetteer names → the canonical name of their group.
        short: Official long country names → the common short name.
        agencies: Agency credits as written → the agency's name.
        currency_units: Currency words (ريال، دولار).
        amount_words: Amount words (مليون، ألف).
        function_words: Particles, pronouns and verbs as written (:func:`_written`).
        letter_names: Arabic names of Latin letters, as written.
        work_nouns: Nouns before a quoted title of a work (برنامج، بعنوان), without ال.
        facilities: Facility nouns (مطار، مستشفى) → the label of a name after them.
        ambiguous_places: Place names that are also common words (الخبر) → words showing the common word.
        place_cues: Prepositions and nouns before a place name that show the place (في، محافظة، كورنيش).
        first_names: First names (``first_names.tsv``).
        outlets: Words of outlet names and nouns (``speaker_types.tsv``: تلفزيون، بي بي سي).
        name_stop: The words of ``name_stop.tsv`` as written, alone or with و/ف.
    """

    gaz: Mapping[str, str]
    multi: Mapping[str, str]
    canon: Mapping[str, str]
    short: Mapping[str, str]
    agencies: Mapping[str, str]
    currency_units: frozenset[str]
    amount_words: frozenset[str]
    function_words: frozenset[str]
    letter_names: frozenset[str]
    work_nouns: frozenset[str]
    facilities: Mapping[str, str]
    ambiguous_places: Mapping[str, frozenset[str]]
    place_cues: frozenset[str]
    first_names: frozenset[str] = frozenset()
    outlets: frozenset[str] = frozenset()
    name_stop: frozenset[str] = frozenset()
    press: frozenset[str] = _PRESS
    settlements: frozenset[str] = _SETTLEMENTS
    royal_titles: frozenset[str] = _ROYAL_TITLES
    title_modifiers: frozenset[str] = _TITLE_MODIFIERS


@cached()
def lexicon() -> Lexicon:
    """The word lists of the news rules as one record (read once; :func:`~newslib.entities.clear_caches` forgets it)."""
    lex = _lex()
    units, amounts = _currencies()
    return Lexicon(gaz=lex["gaz"], multi=lex["multi"], canon=lex["canon"], short=lex["short"], agencies=_agencies(),
                   currency_units=units, amount_words=amounts, function_words=_function_words(),
                   letter_names=_letter_names(), work_nouns=_work_nouns(), facilities=_facilities(),
                   ambiguous_places=_ambiguous_places(), place_cues=_place_cues(), first_names=_first_names(),
                   outlets=_outlets(), name_stop=_name_stop())
