"""Tokens and the CRF's features: proclitics, stems, shape, trigger words, gazetteers, clusters.

Features are computed once per word type and cached (:func:`word_features`); a sentence's
features (:func:`sentence_features`) add the neighbours' at ±1, ±2, trigger words in a window
and word bigrams. The model's data files come from :func:`newslib.entities.model.active`.

Example:
    >>> t = "زار بوتين موسكو"
    >>> [t[a:b] for a, b in tokenize(t)]
    ['زار', 'بوتين', 'موسكو']
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from newslib import arabic
from newslib.arabic import normalize
from newslib.entities.lexicon import _TITLE_MODIFIERS, _lex
from newslib.entities.model import active, cached

#: Word types each per-word cache keeps (news vocabulary is Zipfian: the frequent words stay).
_WORD_TYPES = 50_000

#: A token: a run of letters/digits (with diacritics and tatweel), or one other visible character.
TOKEN_RE = re.compile(r"[\w\u0640\u064B-\u065F\u0670]+|[^\w\s]")
_LATIN_RE = re.compile(r"[A-Za-z]")

#: Features of the word without a one-letter proclitic (و ف ب ل ك) when that is not certain.
ALT_STEM = True
#: Word-bigram features (the previous word with this one, this one with the next).
BIGRAMS = True


def tokenize(text: str) -> list[tuple[int, int]]:
    """Token spans of ``text``: words (letters, digits, diacritics, tatweel) and single marks.

    Args:
        text: Any text.

    Returns:
        ``(start, end)`` character offsets of each token, in order.

    Example:
        >>> t = "مشيداً بـ«روابط»"
        >>> [t[s:e] for s, e in tokenize(t)]
        ['مشيداً', 'بـ', '«', 'روابط', '»']
    """
    return [m.span() for m in TOKEN_RE.finditer(text)]


def _clusters() -> dict[str, tuple[str, ...]]:
    """Word → cluster ids at several granularities (the active model's ``ner_clusters.tsv``)."""
    return active().clusters


def _contexts() -> dict[str, tuple[str, ...]]:
    """Word → how often it follows a title / place noun / institution noun in unlabelled news."""
    return active().contexts


def _train_gaz() -> dict[str, str]:
    """Words seen inside entities of the training data, with their usual label and how often."""
    return active().train_words


def known_name(key: str, lex) -> bool:
    """Whether the normalised word ``key`` is a name that the training data (as a person), the first
    names or the gazetteer of ``lex`` (an :class:`~newslib.entities.lexicon.Lexicon`) know (فؤاد، لي)."""
    return _train_gaz().get(key, "").startswith("PER") or key in lex.first_names or key in lex.gaz


@cached(maxsize=_WORD_TYPES)
def _stem(key: str) -> tuple[str, str]:
    """(prefix, stem) of a normalised token: unambiguous proclitics, then a lone و/ف/ب/ل before a known name."""
    p, s = arabic.split_proclitics(key)
    lex = _lex()
    if p.endswith("لل") and ("ال" + s) not in lex["gaz"] and ("ل" + s) in lex["gaz"]:
        return p[:-1], "ل" + s  # للبنان is ل + لبنان, not ل + ال + بنان
    if p:
        return p, s
    if len(key) > 3 and key[0] in "وفبلك" and key not in lex["gaz"]:
        rest = key[1:]
        if rest in lex["gaz"] or rest in lex["nat"] or ("ال" + rest) in lex["gaz"]:
            return key[0], rest
    return "", key


#: "c0=", "c1=" …: the cluster features' names by granularity.
_CLUSTER_PREFIXES = tuple("c%d=" % i for i in range(16))


@cached(maxsize=_WORD_TYPES)
def word_features(tok: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(own features, features seen from a neighbour) of one token, cached per word type.

    Args:
        tok: One token as written.

    Returns:
        The token's own CRF attributes, and the ones its neighbours see (prefixed with the offset
        by :func:`sentence_features`).

    Example:
        >>> own, ctx = word_features("وروسيا")
        >>> "stem=روسيا" in own, "gaz=COUNTRY" in own
        (True, True)
    """
    lex = _lex()
    if len(tok) == 1 and not tok.isalnum():
        f = ("w=" + tok, "punct")
        return f, f
    # (string concatenation and local names, not %-formatting and repeated calls: this runs for
    # every new word type; the features and their order are the same)
    k = normalize(tok)
    p, s = _stem(k)
    sa = arabic.strip_article(s)
    n_sa = len(sa)
    own = ["w=" + k, "stem=" + s, "pre=" + p, "sa=" + sa, "len=" + str(min(n_sa, 8))]
    if n_sa > 1:
        own += ("suf1=" + sa[-1:], "prf1=" + sa[:1])
        if n_sa > 2:
            own += ("suf2=" + sa[-2:], "prf2=" + sa[:2])
            if n_sa > 3:
                own += ("suf3=" + sa[-3:], "prf3=" + sa[:3])
    if s.startswith("ال"):
        own.append("al")
    digits = k.isdigit()
    if digits:
        own.append("digit")
    elif any(map(str.isdigit, k)):
        own.append("hasdigit")
    latin = _LATIN_RE.search(tok) is not None
    if latin:
        own.append("latin")
    if not latin and not digits and not arabic.is_arabic(tok):
        own.append("other")
    ctx = ["w=" + k, "stem=" + s, "pre=" + p]
    if n_sa > 2:
        ctx.append("suf2=" + sa[-2:])
    gaz = lex["gaz"]
    g = gaz.get(s) or gaz.get(sa) or gaz.get(k)
    if g:
        own.append("gaz=" + g)
        ctx.append("gaz=" + g)
    trig = lex["triggers"]
    t = trig.get(s) or trig.get(sa)
    if t:
        own.append("trig=" + t)
        ctx.append("trig=" + t)
    nat = lex["nat"]
    if s in nat or sa in nat or (sa + "ه") in nat:
        own.append("nat")
        ctx.append("nat")
    if n_sa > 4:
        own.append("suf4=" + sa[-4:])
    cl = _clusters()
    ids = cl.get(s) or cl.get(sa) or cl.get(k)
    if ids:
        cf = [c + v for c, v in zip(_CLUSTER_PREFIXES, ids)] if len(ids) <= len(_CLUSTER_PREFIXES) else \
            ["c%d=%s" % (i, c) for i, c in enumerate(ids)]
        own += cf
        ctx += cf
    elif cl:
        own.append("nocl")
        ctx.append("nocl")
    contexts = _contexts()
    cx = contexts.get(s) or contexts.get(k)
    if cx:
        cf = ["cx=" + t for t in cx]
        own += cf
        ctx += cf
    train = _train_gaz()
    tg = train.get(s) or train.get(k)
    if tg:
        own.append("tg=" + tg)
        ctx.append("tg=" + tg)
    if ALT_STEM and not p and len(k) >= 4 and k[0] in "وفبلك":
        # "وأسامة", "لكوفي": what the word would be without a one-letter proclitic
        alt = k[1:]
        for i, c in enumerate(cl.get(alt, ())):
            own.append("ac%d=%s" % (i, c))
        atg = train.get(alt)
        if atg:
            own.append("atg=" + atg)
            ctx.append("atg=" + atg)
        own.extend("acx=" + t for t in contexts.get(alt, ()))
        if alt in gaz:
            own.append("agaz=" + gaz[alt])
    return tuple(own), tuple(ctx)


def train_gazetteer(sentences: list[tuple[list[str], list[str]]], min_ratio: float = 0.3) -> dict[str, str]:
    """Word → "LABEL:hi|lo" from tokenised, IOB-tagged sentences (the labelled-word list the CRF sees).

    A word qualifies when at least ``min_ratio`` of its occurrences are inside an entity; the
    label is its most frequent entity label, ``hi`` when that share is at least 0.7.

    Args:
        sentences: ``(tokens, IOB tags)`` of each sentence.
        min_ratio: Share of a word's occurrences that must be inside an entity.

    Returns:
        The list :class:`~newslib.entities.model.Model` keeps as ``train_words``.

    Example:
        >>> train_gazetteer([(["زار", "بوتين"], ["O", "B-PER"])])
        {'بوتين': 'PER:hi'}
    """
    total: Counter = Counter()
    labs: defaultdict = defaultdict(Counter)
    for toks, tags in sentences:
        for t, g in zip(toks, tags):
            if len(t) < 2:
                continue
            w = _stem(normalize(t))[1]
            total[w] += 1
            if g != "O":
                labs[w][g[2:]] += 1
    out = {}
    for w, c in labs.items():
        n = sum(c.values())
        if n / total[w] >= min_ratio:
            lab, m = c.most_common(1)[0]
            out[w] = f"{lab}:{'hi' if m / total[w] >= 0.7 else 'lo'}"
    return out


@cached()
def _prefixed(tok: str, off: int) -> tuple[str, ...]:
    own, ctx = word_features(tok)
    return tuple(f"{off}:{f}" for f in ctx)


@cached(maxsize=_WORD_TYPES)
def _key(tok: str) -> str:
    return _stem(normalize(tok))[1] if len(tok) > 1 else tok


@cached(maxsize=_WORD_TYPES)
def _trigger_of(tok: str) -> str | None:
    if len(tok) < 2:
        return None
    s = _key(tok)
    trig = _lex()["triggers"]
    return trig.get(s) or trig.get(arabic.strip_article(s))


def sentence_features(tokens: list[str]) -> list[list[str]]:
    """CRF features of each token in a sentence: its own, and its neighbours' at ±1, ±2.

    Args:
        tokens: The tokens of one sentence.

    Returns:
        One list of crfsuite attributes per token.

    Example:
        >>> fs = sentence_features(["الرئيس", "بوتين"])
        >>> "-1:trig=PER" in fs[1], "BOS" in fs[0]
        (True, True)
    """
    n = len(tokens)
    out = []
    for i, tok in enumerate(tokens):
        f = list(word_features(tok)[0])
        f.append("b")
        if i == 0:
            f.append("BOS")
        else:
            f.extend(_prefixed(tokens[i - 1], -1))
            if i > 1:
                f.extend(_prefixed(tokens[i - 2], -2))
        if i == n - 1:
            f.append("EOS")
        else:
            f.extend(_prefixed(tokens[i + 1], 1))
            if i < n - 2:
                f.extend(_prefixed(tokens[i + 2], 2))
        # a trigger word anywhere in the three words before; the previous word with this one
        for j in range(max(0, i - 3), i):
            t = _trigger_of(tokens[j])
            if t:
                f.append("trigwin=" + t)
        if BIGRAMS and i > 0:
            f.append("bg=" + _key(tokens[i - 1]) + "|" + _key(tok))
        if BIGRAMS and i < n - 1:
            f.append("bg+=" + _key(tok) + "|" + _key(tokens[i + 1]))
        out.append(f)
    return out


# ---------------------------------------------------------------- proclitics and nationalities
@cached()
def _ranks() -> dict[str, int]:
    return {w: i for i, w in enumerate(_clusters())}


def clitic_length(word: str, known: frozenset[str] | set[str] = frozenset()) -> int:
    """Number of leading proclitic characters to leave out of an entity that starts with ``word``.

    A prefix is split when the rest is a known name (gazetteer or elsewhere in the article), when
    it is unambiguous (و/ف/ب/ك + ال, لل), or when the rest is a more frequent word in news
    than the whole (وروسيا → روسيا, but وليد, واشنطن, لوكاشينكو stay whole).

    Args:
        word: The first word of an entity, as written.
        known: Normalised names known in the article (their proclitic forms split).

    Returns:
        How many characters at the start of ``word`` are proclitics.

    Example:
        >>> clitic_length("وبيلاروسيا"), clitic_length("لوكاشينكو"), clitic_length("والعراق")
        (1, 0, 1)
    """
    if not known:
        return _clitic0(word)
    return _clitic_length(word, known)


@cached(maxsize=_WORD_TYPES)
def _clitic0(word: str) -> int:
    return _clitic_length(word, frozenset())


@cached(maxsize=_WORD_TYPES)
def _bare(word: str) -> str:
    """Normalised ``word`` without the proclitics :func:`clitic_length` would leave out (cached)."""
    return normalize(word)[_clitic0(word):]


@cached()
def _multi_firsts() -> frozenset[str]:
    return frozenset(k.split()[0] for k in _lex()["multi"])


@cached(maxsize=_WORD_TYPES)
def _multi_first(word: str) -> str | None:
    """The bare key of ``word`` when it (maybe after a proclitic) can begin a multi-word gazetteer name."""
    k, firsts = normalize(word), _multi_firsts()
    return _bare(word) if k in firsts or k[1:] in firsts or k[2:] in firsts else None


class _Known:
    """Membership in the gazetteers or in ``extra`` without building a new set."""

    __slots__ = ("lex", "extra")

    def __init__(self, lex, extra):
        self.lex, self.extra = lex, extra

    def __contains__(self, k) -> bool:
        return k in self.extra or k in self.lex["gaz"] or k in self.lex["canon"]


def _clitic_length(word: str, known) -> int:
    if len(word) < 3 or not arabic.is_arabic(word):
        return 0
    lex = _lex()
    p, _ = arabic.split_proclitics(word, known=_Known(lex, known))
    if p.endswith("ال"):
        p = p[:-2]  # the article stays with the name: الولايات المتحدة, not ولايات (known from ولايات ألاباما)
    if p:
        return len(p)
    p, _ = arabic.split_proclitics(word)
    if p:
        return len(p)
    k = normalize(word)
    if k[0] in "وفبلك" and k[1:] in _multi_firsts():
        return 1  # وكوريا الجنوبية
    if k[0] in "وفبل" and len(k) >= 5:
        ranks = _ranks()
        r_rest, r_all = ranks.get(k[1:]), ranks.get(k)
        if r_rest is not None and (r_all is None or r_rest < r_all // 4):
            return 1
    return 0


@cached(maxsize=_WORD_TYPES)
def _nat_country(word: str) -> str | None:
    """Country of a nationality adjective in any form (الروسي، الروسية، الروسيين …), else None."""
    lex = _lex()
    nat = lex["nat"]
    k = arabic.strip_article(_stem(normalize(word))[1])
    if k in lex["nat_plural"]:
        return lex["nat_plural"][k]
    for cand in (k, k[:-1] if k.endswith("ه") else None, k[:-2] if k.endswith(("ون", "ين", "ان")) else None,
                 k[:-3] if k.endswith(("تين", "تان")) else None):
        if cand and cand in nat:
            return nat[cand]
    return None


def country_of(adjective: str) -> str | None:
    """The country a nationality adjective points to, for grouping; None when it is not one.

    Args:
        adjective: A nationality adjective in any form (الروسي، الروسية، الروس).

    Returns:
        The country's name as in ``nationalities.tsv``, or None.

    Example:
        >>> country_of("الروسي"), country_of("البيلاروسية"), country_of("الرئيس")
        ('روسيا', 'بيلاروسيا', None)
    """
    return _nat_country(adjective)


def _is_name_like(tok: str) -> bool:
    k = normalize(tok)
    return (len(k) >= 2 and arabic.is_arabic(tok) and tok.isalpha() and not k.startswith("ال")
            and k not in _lex()["triggers"] and _nat_country(tok) is None)


def _head_before(words: list[str], a: int) -> int:
    """Index of the noun before the word at ``a``, past up to three nationality or title
    adjectives (الرئيس الروسي | بوتين, العاصمة الكورية الجنوبية | سول); -1 at the start."""
    j = a - 1
    while j >= 0 and a - j <= 3 and (_nat_country(words[j]) or normalize(words[j]) in _TITLE_MODIFIERS):
        j -= 1
    return j
