"""The one home of Arabic text knowledge: letters, normalisation keys, clitics, digits, marks.

Nothing here changes an article's ``text``: every function returns a new string, and the
ones meant for offsets (``to_ascii_digits``, ``fold_presentation_forms`` where possible)
say whether they keep the length. This module imports nothing from the package.

Missing values (``None``, ``pd.NA``, ``NaN`` — what pandas puts in an empty cell, e.g. after
``.str.extract`` or ``.explode``) are accepted everywhere: a function that returns a string
returns ``pd.NA`` for them, so ``column.map(normalize)`` works on a column with gaps (see
:func:`is_missing`). Any other non-string raises a ``TypeError`` that names the function.

Example:
    >>> normalize("الإمارات")
    'الامارات'
    >>> split_proclitics("وروسيا", known={"روسيا"})
    ('و', 'روسيا')
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# ---------------------------------------------------------------- letter classes
TATWEEL = "\u0640"
#: Harakat, tanween, shadda, sukun, superscript alef, Quranic marks.
DIACRITICS = "".join(chr(c) for c in [*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06DD), *range(0x06DF, 0x06E5), 0x06E7, 0x06E8, *range(0x06EA, 0x06EE)])
_DIAC_RE = re.compile(f"[{DIACRITICS}]")
_DIAC_TATWEEL_RE = re.compile(f"[{DIACRITICS}{TATWEEL}]")
#: Letters of the Arabic block and its supplements (no digits, no punctuation).
ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff\u0750-\u077f\u08a0-\u08c9"
ARABIC_RE = re.compile(f"[{ARABIC_LETTERS}]")
#: A run of Arabic letters with the diacritics and tatweel that may sit inside it.
ARABIC_WORD_RE = re.compile(f"[{ARABIC_LETTERS}][{ARABIC_LETTERS}{DIACRITICS}{TATWEEL}]*")
#: Presentation forms (ligatures and contextual forms) that NFKC folds back to letters.
PRESENTATION_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")

ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
_DIGITS_TABLE = str.maketrans(ARABIC_INDIC_DIGITS + PERSIAN_DIGITS, "0123456789" * 2)
_TO_ARABIC_DIGITS = str.maketrans("0123456789", ARABIC_INDIC_DIGITS)

#: Letter folds used for matching keys (never applied to ``text``).
_KEY_TABLE = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي",
    "ة": "ه", "ۀ": "ه", "ە": "ه",
    "ؤ": "و",
    "ک": "ك", "ڪ": "ك",
    "\u200c": "", "\u200d": "", "\u200e": "", "\u200f": "", "\ufeff": "",
})

# ---------------------------------------------------------------- quote marks
#: Opening mark → closing mark. ``"`` closes itself; „ closes with “ (German-style) or ”.
QUOTE_PAIRS: dict[str, str] = {"«": "»", "“": "”", "„": "“", '"': '"', "‹": "›", "‘": "’"}
OPENING_MARKS = frozenset(QUOTE_PAIRS)
CLOSING_MARKS = frozenset({"»", "”", '"', "›", "’", "“"})
#: The marks that open or close a quotation in news text, each with its family: a mark closes the
#: last open mark of its family (``g`` guillemets, ``d`` the straight ", ``c`` curly quotes and
#: their look-alikes, used either way round; ″ is a double prime that outlets type for a quote).
#: Single quotes (‹› ‘’) are left out: they are apostrophes far more often than quotations.
QUOTE_MARK_FAMILIES: dict[str, str] = {"«": "g", "»": "g", '"': "d", "“": "c", "”": "c", "„": "c", "‟": "c", "″": "c"}

# ---------------------------------------------------------------- clitics
#: Proclitic sequences, longest first: conjunction (و ف) + preposition (ب ل ك) + article (ال).
PROCLITICS: tuple[str, ...] = tuple(sorted({
    c + p + a
    for c in ("", "و", "ف")
    for p in ("", "ب", "ل", "ك")
    for a in ("", "ال")
    if c + p + a
} | {"لل", "ولل", "فلل"}, key=len, reverse=True))


# ---------------------------------------------------------------- missing values
def is_missing(value) -> bool:
    """True for a missing value: ``None``, ``pd.NA``, ``NaN`` or ``NaT`` (an empty pandas cell).

    An empty or blank string is text, not a missing value.

    Example:
        >>> import pandas as pd
        >>> [is_missing(v) for v in (None, pd.NA, float("nan"), pd.NaT, "", "  ", "نص")]
        [True, True, True, True, False, False, False]
    """
    if value is None:
        return True
    if isinstance(value, str):
        return False
    if type(value).__name__ == "NAType":  # pd.NA, without importing pandas here
        return True
    try:
        return bool(value != value)  # NaN and NaT differ from themselves
    except (TypeError, ValueError):
        return False


def _missing(value, function: str):
    """``pd.NA`` for a missing ``value``; a TypeError naming ``function`` for any other non-string."""
    if is_missing(value):
        from pandas import NA

        return NA
    raise TypeError(f"{function}() takes a string or a missing value (None, pd.NA, NaN), "
                    f"not {type(value).__name__}: {value!r:.60}")


# ---------------------------------------------------------------- one-string helpers
def is_arabic(text: str) -> bool:
    """True when ``text`` holds at least one Arabic letter; False for a missing value.

    Example:
        >>> is_arabic("Putin بوتين"), is_arabic("Putin 2024"), is_arabic(None)
        (True, False, False)
    """
    if not isinstance(text, str):
        _missing(text, "is_arabic")
        return False
    return ARABIC_RE.search(text) is not None


def strip_diacritics(text: str) -> str:
    """Remove harakat, tanween, shadda, sukun and Quranic marks; ``pd.NA`` for a missing value.

    Example:
        >>> strip_diacritics("مُحَمَّدٌ")
        'محمد'
        >>> strip_diacritics(None)
        <NA>
    """
    if not isinstance(text, str):
        return _missing(text, "strip_diacritics")
    return _DIAC_RE.sub("", text)


def strip_tatweel(text: str) -> str:
    """Remove tatweel (kashida), the stretching stroke; ``pd.NA`` for a missing value.

    Example:
        >>> strip_tatweel("الـعـربـيـة")
        'العربية'
        >>> strip_tatweel(float("nan"))
        <NA>
    """
    if not isinstance(text, str):
        return _missing(text, "strip_tatweel")
    return text.replace(TATWEEL, "")


def to_ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII; keeps the length, so offsets stay valid.

    A missing value gives ``pd.NA``.

    Example:
        >>> to_ascii_digits("عام ٢٠٢٤")
        'عام 2024'
        >>> import pandas as pd
        >>> to_ascii_digits(pd.NA)
        <NA>
    """
    if not isinstance(text, str):
        return _missing(text, "to_ascii_digits")
    return text.translate(_DIGITS_TABLE)


def to_arabic_digits(text: str) -> str:
    """ASCII digits to Arabic-Indic digits (for chart ticks and labels); ``pd.NA`` for a missing value.

    Example:
        >>> to_arabic_digits("2024")
        '٢٠٢٤'
        >>> to_arabic_digits(None)
        <NA>
    """
    if not isinstance(text, str):
        return _missing(text, "to_arabic_digits")
    return text.translate(_TO_ARABIC_DIGITS)


def fold_presentation_forms(text: str) -> str:
    """Fold presentation-form characters (U+FB50–U+FEFF) back to letters with NFKC.

    Only those characters are folded; the rest of the string is untouched. A ligature such as
    ﻻ becomes two letters, so the length may grow. A missing value gives ``pd.NA``.

    Example:
        >>> fold_presentation_forms("ﺑﻮﺗﻴﻦ")
        'بوتين'
    """
    if not isinstance(text, str):
        return _missing(text, "fold_presentation_forms")
    if not PRESENTATION_RE.search(text):
        return text
    return PRESENTATION_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


@lru_cache(maxsize=200_000)
def normalize(text: str) -> str:
    """An Arabic matching key: for grouping and matching, never a replacement for ``text``.

    Folds presentation forms (NFKC), removes diacritics and tatweel, unifies alef forms,
    alef maqsura/ya, ta marbuta/ha, hamza carriers (ؤ → و, ئ → ي), Persian letters,
    digits to ASCII, drops bidi and zero-width controls, casefolds Latin and squeezes spaces.

    A missing value (``None``, ``pd.NA``, ``NaN``) gives ``pd.NA``, so a column with gaps can be
    mapped: ``words.map(normalize)`` keeps the gaps, and ``value_counts()`` leaves them out.

    Example:
        >>> normalize("فلاديمير بوتين") == normalize("فلاديمـير بُوتين")
        True
        >>> normalize("مؤسسة  ٢٠٢٤ Élysée")
        'موسسه 2024 élysée'
        >>> import pandas as pd
        >>> normalize(pd.NA), normalize(float("nan")), normalize(None)
        (<NA>, <NA>, <NA>)
        >>> pd.Series(["الإمارات", None, "الامارات"]).map(normalize).value_counts().to_dict()
        {'الامارات': 2}
    """
    if not isinstance(text, str):  # inside the cache: a str costs no extra call
        return _missing(text, "normalize")
    if not text:
        return ""
    s = fold_presentation_forms(text) if PRESENTATION_RE.search(text) else text
    return " ".join(s.translate(_NORMALIZE_TABLE).casefold().split())


_CONTROLS_RE = re.compile(r"[\u200b\u202a-\u202e\u2066-\u2069]")


def _fold_char(ch: str) -> str:
    """The character steps of :func:`normalize` on one character, in its order: diacritics and
    tatweel removed, letter folds, digits to ASCII, controls removed."""
    return _CONTROLS_RE.sub("", _DIAC_TATWEEL_RE.sub("", ch).translate(_KEY_TABLE).translate(_DIGITS_TABLE))


#: Those steps as one ``str.translate`` table: each maps one character at a time, so applying them
#: character by character equals applying them in turn to the whole string (one pass instead of four).
_NORMALIZE_TABLE = {ord(c): (_fold_char(c) or None)
                    for c in {*DIACRITICS, TATWEEL, *map(chr, _KEY_TABLE), *map(chr, _DIGITS_TABLE),
                              "\u200b", *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))}
                    if _fold_char(c) != c}


def normalized_words(text: str, last: int | None = None) -> list[str]:
    """``normalize(text).split()`` (its ``last`` words only, when given), normalised word by word so
    that the cache of :func:`normalize` serves a window of text cut anywhere (every step of it maps
    one character at a time and keeps spaces, so the words are the same).

    Example:
        >>> t = "مع الرئيسِ الفرنسـي إيمانويل"
        >>> normalized_words(t) == normalize(t).split() == ['مع', 'الرييس', 'الفرنسي', 'ايمانويل']
        True
        >>> normalized_words(t, last=2) == normalize(t).split()[-2:]
        True
    """
    if last is None:
        return [k for w in text.split() for k in normalize(w).split()]
    if last <= 0:
        return []
    out: list[str] = []
    for w in reversed(text.split()):  # from the end, only as many words as needed
        if len(out) >= last:
            break
        out[:0] = normalize(w).split()
    return out[-last:]


_PROCLITIC_SET = frozenset(PROCLITICS)
_PROCLITIC_LENGTHS = tuple(sorted({len(p) for p in PROCLITICS}, reverse=True))
_PROCLITIC_FIRSTS = frozenset(p[0] for p in PROCLITICS)

#: A proclitic written apart with tatweel (لـ, وبـ) at the start of a word.
_CLITIC_TATWEEL_RE = re.compile(f"([وف]?[بلك]){TATWEEL}+")


def split_proclitics(word: str, known: set[str] | frozenset[str] | None = None, *, min_stem: int = 2) -> tuple[str, str]:
    """Split leading proclitics (و ف ب ل ك ال) off ``word``: returns ``(prefix, stem)``.

    With ``known`` (a set of words or normalised keys that are valid stems, e.g. a gazetteer),
    the longest prefix whose stem is known wins, and nothing is split when no stem is known —
    so a name that merely begins with ل (لوكاشينكو) keeps its letter. Without ``known`` only
    the unambiguous sequences are split (a conjunction or preposition followed by ال, or لل),
    keeping ``ال`` with the stem.

    Example:
        >>> split_proclitics("وبالعاصمة")
        ('وب', 'العاصمة')
        >>> split_proclitics("لوكاشينكو")
        ('', 'لوكاشينكو')
        >>> split_proclitics("لـ«روابط")
        ('لـ', '«روابط')
        >>> split_proclitics(None)
        ('', <NA>)
    """
    if not isinstance(word, str):
        return "", _missing(word, "split_proclitics")
    if not word:
        return "", word
    # "لـ«روابط", "بـ«الصديق": a clitic written apart with tatweel before a mark.
    m = _CLITIC_TATWEEL_RE.match(word) if TATWEEL in word[1:3] else None  # (compiled once; most words have none)
    if m:
        return m.group(), word[m.end():]
    if word[0] not in _PROCLITIC_FIRSTS:
        return "", word  # most words: no proclitic can start them (one set lookup, not 26 startswith)
    if known is not None:
        for n in _PROCLITIC_LENGTHS:  # longest first, as PROCLITICS: one proclitic of each length can match
            p = word[:n]
            if p in _PROCLITIC_SET and len(word) - n >= min_stem:
                stem = word[n:]
                if stem in known or normalize(stem) in known:
                    return p, stem
                if p.endswith("ال"):
                    continue
                if ("ال" + stem) in known or normalize("ال" + stem) in known:
                    return p, stem
        return "", word
    for p in ("ولل", "فلل", "لل"):
        if word.startswith(p) and len(word) - len(p) >= min_stem:
            return p, word[len(p):]  # للعاصمة → لل + عاصمة (the article's alef is elided)
    for p in ("وبال", "وكال", "فبال", "فكال", "وال", "فال", "بال", "كال"):
        if word.startswith(p) and len(word) - len(p) >= min_stem:
            return p[:-2], word[len(p) - 2:]
    return "", word


def strip_proclitics(word: str, known: set[str] | frozenset[str] | None = None) -> str:
    """The stem of ``word`` after :func:`split_proclitics`.

    Example:
        >>> strip_proclitics("وبالعاصمة")
        'العاصمة'
    """
    return split_proclitics(word, known)[1]


@lru_cache(maxsize=50_000)
def stem_variants(k: str) -> tuple[str, ...]:
    """A normalised word and the forms it may stand for without its proclitics (و، ب، ل، ك، ال،
    لل …) and an attached pronoun (ـه، ـها، ـته، ـتها), with and without ال, for lookups of a
    noun however it is written (لصحيفة، والوكالة، بعثتها).

    Unlike :func:`split_proclitics`, which gives one split, every reading is kept: the caller
    looks each one up in its word list.

    Example:
        >>> stem_variants("لصحيفة")
        ('لصحيفة', 'صحيفة', 'الصحيفة')
        >>> stem_variants("والوكالة")[:3]
        ('والوكالة', 'وكالة', 'الوكالة')
    """
    out = [k]
    for p in ("ول", "وب", "لل", "ال", "بال", "وال", "و", "ب", "ل", "ك"):
        if k.startswith(p) and len(k) - len(p) >= 2:
            rest = k[len(p):]
            out += [rest, "ال" + rest if not rest.startswith("ال") else rest[2:]]
    for suf, rep in (("تها", "ه"), ("ته", "ه"), ("ها", ""), ("ه", "")):
        for w in list(out):
            if w.endswith(suf) and len(w) - len(suf) >= 2:
                out.append(w[: -len(suf)] + rep)
    if k.startswith("ال"):
        out.append(k[2:])
    return tuple(out)


def strip_article(word: str) -> str:
    """Remove the definite article ال from the start of a word (for matching keys).

    A missing value gives ``pd.NA``.

    Example:
        >>> strip_article("الروسي")
        'روسي'
    """
    if not isinstance(word, str):
        return _missing(word, "strip_article")
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


#: The relative pronouns (normalised: they are written without hamza), which begin with ال but open a clause.
RELATIVE_PRONOUNS = frozenset(("الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللاتي", "اللواتي"))
#: Normalised particles that begin with ال but take no article: إلى، إلا / ألا, and the relative pronouns.
_NOT_DEFINITE = frozenset(("الي", "الا")) | RELATIVE_PRONOUNS


def is_definite(word: str) -> bool:
    """Whether the normalised ``word`` (:func:`normalize`) carries the article ال: not إلى (الي),
    إلا (الا) nor a relative pronoun, which begin with the same letters.

    Example:
        >>> is_definite(normalize("الرياض")), is_definite(normalize("إلى")), is_definite(normalize("ألا"))
        (True, False, False)
    """
    return word.startswith("ال") and word not in _NOT_DEFINITE


#: Form X verbal nouns (استفعال، استفالة of a hollow root, استفعالة): استقبال، استضافة، استقالة.
_FORM_X_MASDAR_RE = re.compile("^(?:[وفبل]|وب|ول|فب|فل)?(?:ال|لل)?است(?:[^ي].ا.|.ا.ه|[^ي].ا.ه)$")
#: A definite plural in ات (التصريحات، والاتهامات): a common noun, never a person's name.
_DEFINITE_AT_RE = re.compile("^(?:[وفبل]|وب|ول|فب|فل)?(?:ال|لل)....+ات$")


def is_verbal_noun(word: str) -> bool:
    """Whether ``word`` is shaped like a form X verbal noun (استفعال), which is no name.

    Names do not take this shape (ANERcorp train: no person or organisation word of it), so a
    name reader can stop at one: «وأكد بلاتر استضافة روسيا» names بلاتر. Diacritics and tatweel
    do not matter; a conjunction, a preposition and the article may be written on it. The
    verbal noun's alef is a plain ا (hamzat al-wasl): إستيفان is a name; and استي… is left out
    (استيبان, Esteban), at the cost of استيراد.

    Example:
        >>> [is_verbal_noun(w) for w in ("استضافة", "والاستقبال", "اسْتِقالَة", "استوارت", "إستيفان", "استيبان")]
        [True, True, True, False, False, False]
    """
    return _is_verbal_noun(word)


@lru_cache(maxsize=200_000)
def _is_verbal_noun(word: str) -> bool:
    """:func:`is_verbal_noun`, cached: the name readers ask it of the same words in every window."""
    written = strip_tatweel(strip_diacritics(word))
    return "إست" not in written[:5] and "آست" not in written[:5] and bool(_FORM_X_MASDAR_RE.match(normalize(written)))


def is_definite_plural(word: str) -> bool:
    """Whether ``word`` is a definite feminine plural (ال + … + ات): التصريحات، بالاتهامات.

    A common noun after a person's name, never part of it (no ANERcorp train person word has
    this shape; place and organisation names do: الولايات، الإمارات). At least four letters
    between ال and ات, so family names such as السادات، البركات are not taken.

    Example:
        >>> [is_definite_plural(w) for w in ("التصريحات", "والـمفاوضات", "عرفات", "السادات")]
        [True, True, False, False]
    """
    return bool(_DEFINITE_AT_RE.match(normalize(word)))


#: First words of compound given names written with or without a space (عبد الله / عبدالله).
_COMPOUND_FIRST_RE = re.compile(r"(?:(?<=\s)|^)(عبد|ابو) (?=\S)")


def name_key(name: str) -> str:
    """A key under which the spellings of one name meet across articles.

    :func:`normalize`, then the compound given names عبد … and أبو … written as one word, so
    عبد الله and عبدالله, or ابن حميَد and ابن حميد, get one key. A missing value gives ``pd.NA``.

    Example:
        >>> name_key("عبد الله الأنصاري") == name_key("عبدالله الانصاري")
        True
        >>> name_key("أبو بكر البغدادي")
        'ابوبكر البغدادي'
    """
    if not isinstance(name, str):
        return _missing(name, "name_key")
    return _name_key(name)


@lru_cache(maxsize=200_000)
def _name_key(name: str) -> str:
    """:func:`name_key` of a string (cached: quotes and speakers ask for the same names again and again)."""
    return _COMPOUND_FIRST_RE.sub(r"\1", normalize(name))


# ---------------------------------------------------------------- search keys with offsets
#: One-letter folds of :func:`normalize` (alef forms, ya, ta marbuta, hamza carriers) plus digits.
_SEARCH_TABLE = str.maketrans({**{k: v for k, v in _KEY_TABLE.items() if len(v) == 1},
                               **{a: d for a, d in zip(ARABIC_INDIC_DIGITS + PERSIAN_DIGITS, "0123456789" * 2)}})
_SEARCH_DROP = frozenset(DIACRITICS + TATWEEL + "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")


def search_key(text: str, *, as_array: bool = False) -> tuple[str, list[int] | None]:
    """A key of ``text`` for regex matching, with the offsets back to ``text``.

    The key folds presentation forms, drops diacritics, tatweel and bidi/zero-width marks, and
    applies the one-letter folds of :func:`normalize` (أ إ آ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي) and
    ASCII digits — without casefolding or squeezing spaces. ``offsets`` is None when the key has
    the length of ``text`` (then key offsets are text offsets); otherwise ``offsets[i]`` is the
    offset in ``text`` of ``key[i]``, and ``offsets[len(key)] == len(text)``. With ``as_array=True``
    the offsets are a numpy array (faster for long texts when only a few are looked up).

    A missing value is searched as the empty text: ``("", None)``, a key in which nothing matches
    (there are no offsets to map back to).

    Example:
        >>> search_key("غداً ٢٠٢٤")
        ('غدا 2024', [0, 1, 2, 4, 5, 6, 7, 8, 9])
        >>> search_key("الأسبوع")
        ('الاسبوع', None)
        >>> search_key(None)
        ('', None)
    """
    if not isinstance(text, str):
        _missing(text, "search_key")
        return "", None
    if not text:
        return "", None
    import numpy as np

    fold, drop, ligature = _search_tables()
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if codes.max() > 0xFFFF:
        small = np.minimum(codes, 0xFFFF)
        mapped = np.where(codes > 0xFFFF, codes, fold[small])
        dropped = drop[small] & (codes <= 0xFFFF)
    else:
        small = codes
        mapped = fold[codes]
        dropped = drop[codes]
    if ligature[small].any():
        return _search_key_slow(text)  # a presentation form that folds to two letters (ﻻ)
    if not dropped.any():
        return mapped.tobytes().decode("utf-32-le", "surrogatepass"), None
    keep = ~dropped
    offsets = np.append(np.flatnonzero(keep), len(text))
    return mapped[keep].tobytes().decode("utf-32-le", "surrogatepass"), (offsets if as_array else offsets.tolist())


@lru_cache(maxsize=1)
def _search_tables():
    """Lookup tables over the BMP for :func:`search_key`: code → folded code (presentation forms that
    are one letter included), code → dropped?, code → a presentation form of two letters or more?"""
    import numpy as np

    fold = np.arange(0x10000, dtype=np.uint32)
    ligature = np.zeros(0x10000, dtype=bool)
    for c in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)]:
        f = unicodedata.normalize("NFKC", chr(c)).translate(_SEARCH_TABLE)
        if len(f) == 1:
            fold[c] = ord(f)
        elif f:
            ligature[c] = True
    for k, v in _SEARCH_TABLE.items():
        fold[k] = ord(v) if isinstance(v, str) else v
    drop = np.zeros(0x10000, dtype=bool)
    drop[[ord(c) for c in _SEARCH_DROP]] = True
    return fold, drop, ligature


def _search_key_slow(text: str) -> tuple[str, list[int] | None]:
    """:func:`search_key` for text with presentation forms (a ligature may fold to two letters)."""
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        if ch in _SEARCH_DROP:
            continue
        if "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufefe":
            f = unicodedata.normalize("NFKC", ch)
            out.append(f)
            offsets.extend([i] * len(f))
        else:
            out.append(ch)
            offsets.append(i)
    offsets.append(len(text))
    return "".join(out).translate(_SEARCH_TABLE), offsets
