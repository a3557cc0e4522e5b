"""The word lists of quote finding, loaded once: one frozen :class:`Lexicon` and a few closed lists.

Word lists are data in ``newslib/lexicons`` (``cue_verbs``, ``attribution``, ``title_nouns``,
``quoted_names``, ``sources``, ``letter_names``, ``speaker_types``, ``scripture``, ``titles``,
``first_names``, ``honorifics`` and the gazetteers); :func:`lexicon` reads them on first use and
keeps them until :func:`newslib.lexicons.use` changes the lexicons. The few closed classes of
grammar (complementizers, the words skipped after a cue) stay here as code.

Example:
    >>> lex = lexicon()
    >>> lex.cues["قالت"], lex.attrs["بحسب"][0], "رويترز" in lex.names
    (('قال', 'f', 'past'), 'prep', True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from newslib import lexicons
from newslib.arabic import ARABIC_LETTERS, name_key, normalize, strip_article
from newslib.mentions import trie_pattern
from newslib.quotes.marks import remember_last

L = ARABIC_LETTERS

#: Where a clause ends for the search of a cue: sentence punctuation (not a decimal point) or a paragraph break.
_BOUNDARY_RE = re.compile(r"[.!?؟\n]|   ")

_COMPLEMENTIZERS = frozenset(normalize(w) for w in (
    "إن", "أن", "إنه", "أنه", "إنها", "أنها", "بأن", "بأنه", "بأنها", "إنهم", "أنهم", "إننا", "أننا", "بأنهم", "لأن"))


_SKIP_AFTER_CUE = frozenset(normalize(w) for w in (
    "أيضا", "أيضاً", "كذلك", "أمس", "اليوم", "بدوره", "بدورها", "بدورهم", "،", ",", "من", "جانبه", "جانبها",
    "جهته", "جهتها", "له", "لها", "لهم", "لنا", "لي", "ل", "لـ", "حينها", "حينه",
    "لاحقا", "سابقا", "مجددا", "حاليا", "مؤخرا", "علنا", "صراحة"))


_COMP_RE = re.compile(f"(?<![{L}])(?:{trie_pattern(['إن', 'أن', 'إنه', 'أنه', 'إنها', 'أنها', 'بأن', 'بأنه', 'بأنها', 'إنهم', 'أنهم', 'إننا', 'أننا', 'بأنهم', 'لأن'])})(?![{L}])")

_RECIPIENT_RE = re.compile(f"^(?:لل|لـ|ل(?=[{L}]*(?:ين|ون|ات)$))")

_NAMED_RE = frozenset(normalize(w) for w in ("وتدعى", "ويدعى", "واسمه", "واسمها", "تدعى", "يدعى"))

_COMMA_RE = re.compile("[،,]")

_PREPOSITIONS = frozenset(normalize(w) for w in ("على", "عن", "إلى", "الى", "من", "ب", "بـ"))

#: A word ending in an attached pronoun (إفلاسه، معارضتها): not a subject.
_SUFFIXED_RE = re.compile("(ه|ها|هم|هما|كم|تي)$")

_GAP_STOP_RE = re.compile('[.:؛;!?؟()\\[\\]«»"“”]')


def _reported_gap(gap: str) -> bool:
    """The words between a cue verb and its إن/أن let a reported clause follow: at most 13 of them, and
    no punctuation but commas (وقال مشايخ القبائل، في بيان، إن …).

    Example:
        >>> _reported_gap(" مشايخ القبائل، في بيان، "), _reported_gap(" الوزير. ثم ")
        (True, False)
    """
    return len(gap.split()) <= 13 and not _GAP_STOP_RE.search(gap)


_PUNCT = set("،,.:؛;!?؟()[]-–—")


@dataclass(frozen=True)
class Lexicon:
    """The word lists of the rules, read once (see :func:`lexicon`); nothing in it changes.

    Attributes:
        cues: Normalised cue verb form → (lemma, gender, tense) (``cue_verbs.tsv``).
        cue_re: A cue verb form, with an optional و/ف in group ``pre``, the form in ``cue``.
        attrs: Normalised attribution phrase → (kind, gender) (``attribution.tsv``).
        attr_re: An attribution phrase (بحسب، وفقا لـ، نقلا عن …), groups ``pre`` and ``cue``.
        intro: Nouns before a name in marks (``title_nouns.tsv``: منتدى، وكالة، صحيفة …).
        names: Names written in marks (``quoted_names.tsv``: outlets, groups).
        sources: Unnamed source nouns → True when the noun is a medium (``sources.tsv``).
        letter_names: Arabic names of Latin letters (``letter_names.tsv``: إف، بي، سي …).
        speaker_types: Whole names and head nouns (also without ال) → speaker type (``speaker_types.tsv``).
        gazetteer_names: Organisations, countries and cities of the gazetteers.
        scripture: (phrase, speaker) of ``scripture.tsv``, longest phrase first.
        title_words: Every word of ``titles.tsv``, without ال.
        first_names: First name → the gender news gives it, f or m (``first_names.tsv``).
        honorifics: Pronouns standing for the last person named (``honorifics.tsv``: سموه، معاليه).
        body_nouns: Head nouns of organisations and outlets (شركة، وكالة، صحيفة …), without ال.

    All words are normalised (:func:`newslib.arabic.normalize`).
    """

    cues: Mapping[str, tuple[str, str, str]]
    cue_re: re.Pattern
    attrs: Mapping[str, tuple[str, str | None]]
    attr_re: re.Pattern
    intro: frozenset[str]
    names: frozenset[str]
    sources: Mapping[str, bool]
    letter_names: frozenset[str]
    speaker_types: Mapping[str, str]
    gazetteer_names: frozenset[str]
    scripture: tuple[tuple[str, str], ...]
    title_words: frozenset[str]
    first_names: Mapping[str, str]
    honorifics: frozenset[str]
    body_nouns: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The :class:`Lexicon` of the current lexicons, read on first use (cleared by ``lexicons.use``).

    Example:
        >>> lexicon().speaker_types[normalize("وزارة")], lexicon() is lexicon()
        ('organisation', True)
    """
    cues = {}
    for r in lexicons.read("cue_verbs"):
        cues[normalize(r["form"])] = (r["lemma"], r["gender"], r["tense"])
    forms = sorted({r["form"] for r in lexicons.read("cue_verbs")}, key=len, reverse=True)
    cue_re = re.compile(f"(?<![{L}])(?P<pre>[وف]?)(?P<cue>{trie_pattern(forms)})(?![{L}])")
    attrs = {}
    for r in lexicons.read("attribution"):
        attrs[normalize(r["phrase"].replace("ـ", ""))] = (r["kind"], r.get("gender") or None)
    phrases = sorted({r["phrase"].replace("ـ", "") for r in lexicons.read("attribution")}, key=len, reverse=True)
    glued = [p for p in phrases if p.endswith(" ل")]
    free = [p for p in phrases if not p.endswith(" ل")]
    attr_re = re.compile(f"(?<![{L}])(?P<pre>[وف]?(?:ب|بال)?)(?P<cue>(?:{trie_pattern(glued)})|"
                         f"(?:{trie_pattern(free)})(?![{L}]))")
    sources = {}
    for r in lexicons.read("sources"):
        sources[normalize(r["noun"])] = r.get("media") == "1"
    types: dict[str, str] = {}
    for r in lexicons.read("speaker_types"):
        k = normalize(r["noun"])
        types.setdefault(k, r["type"])
        if " " not in k:
            types.setdefault(strip_article(k), r["type"])
    scripture = [(normalize(r["phrase"]), r["speaker"]) for r in lexicons.read("scripture")]
    return Lexicon(
        cues=MappingProxyType(cues),
        cue_re=cue_re,
        attrs=MappingProxyType(attrs),
        attr_re=attr_re,
        intro=frozenset(normalize(w) for w in lexicons.column("title_nouns", "noun")),
        names=frozenset(normalize(w) for w in lexicons.column("quoted_names", "name")),
        sources=MappingProxyType(sources),
        # Latin letters spelt in Arabic, as in transliterated acronyms (إن اس بي سي سي، أو إف كيه)
        letter_names=frozenset(normalize(w) for w in lexicons.column("letter_names", "letter")),
        speaker_types=MappingProxyType(types),
        # quoted, they are organisations, as a capital or a country speaks for its government
        gazetteer_names=frozenset(normalize(r["name"]) for name in ("gazetteer_orgs", "gazetteer_countries",
                                                                     "gazetteer_cities") for r in lexicons.read(name)),
        scripture=tuple(sorted(scripture, key=lambda r: -len(r[0]))),
        title_words=frozenset(strip_article(w) for r in lexicons.read("titles") for w in normalize(r["title"]).split()),
        first_names=MappingProxyType({normalize(r["name"]): r["gender"] for r in lexicons.read("first_names")
                                      if r.get("gender") in ("f", "m")}),
        honorifics=frozenset(normalize(r["word"]) for r in lexicons.read("honorifics")),
        body_nouns=frozenset(k for k, t in types.items() if " " not in k and t in ("organisation", "outlet")),
    )


def cue_word(word: str, cues: Mapping[str, tuple[str, str, str]]) -> bool:
    """A normalised word that is a cue verb form of ``cues`` (:attr:`Lexicon.cues`), bare or with و or ف
    glued to it (قالت، واكد، فاضاف).

    Example:
        >>> cues = lexicon().cues
        >>> cue_word(normalize("وأكد"), cues), cue_word(normalize("فقال"), cues), cue_word(normalize("وزير"), cues)
        (True, True, False)
    """
    return word in cues or (word[:1] in "وف" and word[1:] in cues)


def addressee_word(word: str) -> bool:
    """A normalised word that is ل + an outlet's head noun or name (لوكاله، لصحيفه، لرويترز): after a
    speech verb, the outlet spoken to, never the speaker (وقال ترامب لمجلة "تايم"، وقال لرويترز).
    The outlets are those typed ``outlet`` in ``speaker_types.tsv``.

    Example:
        >>> addressee_word(normalize("لوكالة")), addressee_word(normalize("لرويترز")), addressee_word(normalize("للوكالة"))
        (True, True, False)
    """
    return len(word) > 2 and word[0] == "ل" and word[1] != "ل" and lexicon().speaker_types.get(word[1:]) == "outlet"


def cue_scan(text: str) -> tuple[tuple[re.Match, ...], tuple[re.Match, ...]]:
    """Every match of :attr:`Lexicon.cue_re` and of :attr:`Lexicon.attr_re` in ``text``.

    Both regexes try every position of the article; the rule pass (:func:`newslib.quotes.find_quotes`)
    and the ranker's context need the same matches, so the last article's are kept (one entry).

    Example:
        >>> cues, attrs = cue_scan("وقال الوزير بحسب البيان إن الوضع مستقر")
        >>> [m.group("cue") for m in cues], [m.group("cue") for m in attrs]
        (['قال'], ['حسب'])
    """
    return _cue_scan(text, lexicon())


@remember_last
def _cue_scan(text: str, lex: Lexicon) -> tuple[tuple[re.Match, ...], tuple[re.Match, ...]]:
    return tuple(lex.cue_re.finditer(text)), tuple(lex.attr_re.finditer(text))


@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    """Words the entity model's training data saw inside person names (its ``train_words``)."""
    from newslib.entities.model import active

    return frozenset(name_key(w) for w, label in active().train_words.items() if label.startswith("PER"))


@lru_cache(maxsize=1)
def _modal_words() -> frozenset[str]:
    """The words of ``modal_words.tsv``, normalised (يمكن، يجب …): after them أن opens the writer's verb
    (يمكن أن «تثير …»), and a verb of describing the writer's own term (عما يمكن وصفه بـ«…»)."""
    return frozenset(normalize(w) for w in lexicons.column("modal_words", "word"))


@lru_cache(maxsize=None)
def _clause_words(kind: str) -> frozenset[str]:
    """Words of ``speaker_clause_words.tsv`` of one ``kind``, normalised: ``clause_lead`` (أما، فيما: they
    open a clause without being its subject), ``direction`` (جنوب، شرقي: a place follows, no name's word),
    ``role_preposition`` (عن، باسم: a role phrase may hold its object), ``bare_name_body`` (شركة، نادي: a body
    often named by its bare name), ``topic`` (عن، حول: a topic before the verb), ``name_end`` (خلال، في: after a
    family name); the file's header describes each kind."""
    return frozenset(normalize(r["word"]) for r in lexicons.read("speaker_clause_words") if r["kind"] == kind)
