"""Named entities — people, places, organisations — as a tidy table, offline and fast.

A linear-chain CRF (python-crfsuite) trained on ANERcorp by ``scripts/train_ner.py`` and shipped in
``newslib/models/ner.crfsuite`` finds the mentions; Arabic features (proclitics, suffixes, shape,
trigger words, gazetteers from CLDR, word clusters learned from unlabelled news) are computed once
per word type and cached. News rules then add what a newspaper reader knows: a title before a
name (``الرئيس الليتواني غيتاناس نوسيدا``), organisation names in «» (``وكالة «رويترز»``),
agency credits (``(أ.ف.ب)``). Each mention gets the canonical ``name`` within its article (the
fullest form, and a title phrase that introduced a person maps to that person; a country's
official long form takes its common short name from ``lexicons/gazetteer_country_aliases.tsv``,
so جمهورية كوريا الديمقراطية الشعبية is named كوريا الشمالية) and a ``key``
(:func:`newslib.arabic.normalize`) that groups the same entity across articles; nationality
adjectives (``الروسي``) are not tagged; :func:`country_of` links them to their country.

Quality (``python -m newslib.evaluate ner``, this code path per sentence, exact spans): ANERcorp
test micro F1 0.694 (P 0.780, R 0.626), PER 0.670, LOC 0.864, ORG 0.517, MISC 0.550; dev (last
10% of train) 0.740. Speed about 90,000 tokens/s on one core once the per-word caches are warm
(the CRF is decoded by :mod:`newslib.crf`, many sentences at once).
See bench/README.md, "Entities". Retrain with ``make train-ner``.

Example:
    >>> ents = entities_in_text("وقال الرئيس الروسي فلاديمير بوتين إن موسكو وروسيا ترفضان الضغوط.")
    >>> [(e["text"], e["label"]) for e in ents]
    [('فلاديمير بوتين', 'PER'), ('موسكو', 'LOC'), ('روسيا', 'LOC')]
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import pandas as pd

from newslib import arabic, lexicons, schema
from newslib.arabic import normalize

LABELS = ("PER", "LOC", "ORG", "MISC")
MODEL_FILE = "ner.crfsuite"
CLUSTER_FILE = "ner_clusters.tsv"
TRAIN_GAZ_FILE = "ner_words.tsv"
CONTEXT_FILE = "ner_contexts.tsv"

#: Word types each per-word cache keeps (news vocabulary is Zipfian: the frequent words stay).
_WORD_TYPES = 150_000

#: A token: a run of letters/digits (with diacritics and tatweel), or one other visible character.
TOKEN_RE = re.compile(r"[\w\u0640\u064B-\u065F\u0670]+|[^\w\s]")
_PUNCT = set(".,،؛;:!?؟\"'«»“”()[]{}-–—/…")
_LATIN_RE = re.compile(r"[A-Za-z]")


# ---------------------------------------------------------------- tokens
def tokenize(text: str) -> list[tuple[int, int]]:
    """Token spans of ``text``: words (letters, digits, diacritics, tatweel) and single marks.

    Example:
        >>> t = "مشيداً بـ«روابط»"
        >>> [t[s:e] for s, e in tokenize(t)]
        ['مشيداً', 'بـ', '«', 'روابط', '»']
    """
    return [m.span() for m in TOKEN_RE.finditer(text)]


# ---------------------------------------------------------------- lexicons (lazy, cached)
@lru_cache(maxsize=None)
def _lex() -> dict:
    """Gazetteers, triggers and nationalities keyed by normalised form (read once)."""
    gaz: dict[str, str] = {}
    multi: dict[str, str] = {}  # multi-word names → type
    canon: dict[str, str] = {}
    for name, typ in (("gazetteer_countries", "COUNTRY"), ("gazetteer_cities", "CITY"), ("gazetteer_orgs", "ORG")):
        try:
            rows = lexicons.read(name)
        except FileNotFoundError:
            continue
        for r in rows:
            k = normalize(r["name"])
            canon.setdefault(k, r.get("canonical") or r["name"])
            if " " in k:
                multi[k] = typ
            else:
                gaz.setdefault(k, typ)
    # official long forms → the common short name shown as `name`; the key stays the group's canonical
    short: dict[str, str] = {}
    for r in lexicons.read("gazetteer_country_aliases"):  # shipped with newslib: missing is an error
        k = normalize(r["name"])
        short[k] = r["short"]
        canon.setdefault(k, canon.get(normalize(r["short"]), r["short"]))
        if " " in k:
            multi.setdefault(k, "COUNTRY")
    triggers: dict[str, str] = {}
    try:
        for r in lexicons.read("ner_triggers"):
            triggers[normalize(r["word"])] = r["label"]
    except FileNotFoundError:
        pass
    nat: dict[str, str] = {}
    plural: dict[str, str] = {}  # broken plurals: the rules' business, not a model feature
    try:
        for r in lexicons.read("nationalities"):
            nat[normalize(r["adjective"])] = r["country"]
            if r.get("plural"):
                plural[normalize(r["plural"])] = r["country"]
    except FileNotFoundError:
        pass
    return {"gaz": gaz, "multi": multi, "canon": canon, "short": short, "triggers": triggers, "nat": nat,
            "nat_plural": plural}


def _model_text(fname: str) -> str:
    """Text of a model data file (from DATA_DIR_OVERRIDE when a training script sets it), '' if absent."""
    try:
        if DATA_DIR_OVERRIDE:
            with open(f"{DATA_DIR_OVERRIDE}/{fname}", encoding="utf-8") as fh:
                return fh.read()
        return resources.files("newslib.models").joinpath(fname).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return ""


def _rows(raw: str) -> list[list[str]]:
    """Tab-separated fields of each line of a model data file, comment and empty lines left out."""
    return [line.split("\t") for line in raw.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=None)
def _clusters() -> dict[str, tuple[str, ...]]:
    """Word → cluster ids at several granularities (``ner_clusters.tsv``), empty if absent."""
    return {w: tuple(ids) for w, *ids in _rows(_model_text(CLUSTER_FILE))}


@lru_cache(maxsize=_WORD_TYPES)
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


# ---------------------------------------------------------------- features
@lru_cache(maxsize=_WORD_TYPES)
def word_features(tok: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(own features, features seen from a neighbour) of one token, cached per word type.

    Example:
        >>> own, ctx = word_features("وروسيا")
        >>> "stem=روسيا" in own, "gaz=COUNTRY" in own
        (True, True)
    """
    lex = _lex()
    if len(tok) == 1 and not tok.isalnum():
        f = ("w=" + tok, "punct")
        return f, f
    k = normalize(tok)
    p, s = _stem(k)
    sa = arabic.strip_article(s)
    own = ["w=" + k, "stem=" + s, "pre=" + p, "sa=" + sa, "len=%d" % min(len(sa), 8)]
    for n in (1, 2, 3):
        if len(sa) > n:
            own.append("suf%d=%s" % (n, sa[-n:]))
            own.append("prf%d=%s" % (n, sa[:n]))
    if s.startswith("ال"):
        own.append("al")
    if k.isdigit():
        own.append("digit")
    elif any(ch.isdigit() for ch in k):
        own.append("hasdigit")
    if _LATIN_RE.search(tok):
        own.append("latin")
    if not arabic.is_arabic(tok) and not _LATIN_RE.search(tok) and not k.isdigit():
        own.append("other")
    ctx = ["w=" + k, "stem=" + s, "pre=" + p]
    if len(sa) > 2:
        ctx.append("suf2=" + sa[-2:])
    g = lex["gaz"].get(s) or lex["gaz"].get(sa) or lex["gaz"].get(k)
    if g:
        own.append("gaz=" + g)
        ctx.append("gaz=" + g)
    t = lex["triggers"].get(s) or lex["triggers"].get(sa)
    if t:
        own.append("trig=" + t)
        ctx.append("trig=" + t)
    if s in lex["nat"] or sa in lex["nat"] or (sa + "ه") in lex["nat"]:
        own.append("nat")
        ctx.append("nat")
    if len(sa) > 4:
        own.append("suf4=" + sa[-4:])
    cl = _clusters()
    ids = cl.get(s) or cl.get(sa) or cl.get(k)
    if ids:
        for i, c in enumerate(ids):
            own.append("c%d=%s" % (i, c))
        ctx.extend("c%d=%s" % (i, c) for i, c in enumerate(ids))
    elif cl:
        own.append("nocl")
        ctx.append("nocl")
    cx = _contexts().get(s) or _contexts().get(k)
    if cx:
        own.extend("cx=" + t for t in cx)
        ctx.extend("cx=" + t for t in cx)
    tg = _train_gaz().get(s) or _train_gaz().get(k)
    if tg:
        own.append("tg=" + tg)
        ctx.append("tg=" + tg)
    if ALT_STEM and not p and len(k) >= 4 and k[0] in "وفبلك":
        # "وأسامة", "لكوفي": what the word would be without a one-letter proclitic
        alt = k[1:]
        for i, c in enumerate(cl.get(alt, ())):
            own.append("ac%d=%s" % (i, c))
        atg = _train_gaz().get(alt)
        if atg:
            own.append("atg=" + atg)
            ctx.append("atg=" + atg)
        own.extend("acx=" + t for t in _contexts().get(alt, ()))
        if alt in lex["gaz"]:
            own.append("agaz=" + lex["gaz"][alt])
    return tuple(own), tuple(ctx)


#: Features of the word without a one-letter proclitic (و ف ب ل ك) when that is not certain.
ALT_STEM = True


@lru_cache(maxsize=None)
def _contexts() -> dict[str, tuple[str, ...]]:
    """Word → how often it follows a title / place noun / institution noun in unlabelled news."""
    return {r[0]: tuple(r[1].split()) for r in _rows(_model_text(CONTEXT_FILE))}


#: Word → "LABEL:strength" counted on other folds of train while training (see scripts/train_ner.py).
TRAIN_GAZ_OVERRIDE: dict[str, str] | None = None


@lru_cache(maxsize=None)
def _train_gaz_file() -> dict[str, str]:
    try:
        raw = resources.files("newslib.models").joinpath(TRAIN_GAZ_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    return {r[0]: r[1] for r in _rows(raw)}


def _train_gaz() -> dict[str, str]:
    """Words seen inside entities of the training data, with their usual label and how often."""
    return TRAIN_GAZ_OVERRIDE if TRAIN_GAZ_OVERRIDE is not None else _train_gaz_file()


def train_gazetteer(sentences: list[tuple[list[str], list[str]]], min_ratio: float = 0.3) -> dict[str, str]:
    """Word → "LABEL:hi|lo" from tokenised, IOB-tagged sentences (the labelled-word list the CRF sees).

    A word qualifies when at least ``min_ratio`` of its occurrences are inside an entity; the
    label is its most frequent entity label, ``hi`` when that share is at least 0.7.

    Example:
        >>> train_gazetteer([(["زار", "بوتين"], ["O", "B-PER"])])
        {'بوتين': 'PER:hi'}
    """
    from collections import Counter, defaultdict

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


def clear_caches() -> None:
    """Forget cached features, lexicons and the model (after retraining or changing lexicons)."""
    for f in (word_features, _prefixed, _key, _trigger_of, _lex, _clusters, _contexts, _train_gaz_file, _tagger, _tagger_labels, _ranks, _agencies, _clitic0, _bare, _multi_first, _multi_firsts, _stem, _crf, _vectors, _fixed_rows, _bigram_firsts, _currencies, _letter_names, _function_words, _facilities,
              _nat_country, _written, _lstm, _combined):
        f.cache_clear()


@lru_cache(maxsize=None)
def _prefixed(tok: str, off: int) -> tuple[str, ...]:
    own, ctx = word_features(tok)
    return tuple(f"{off}:{f}" for f in ctx)


@lru_cache(maxsize=_WORD_TYPES)
def _key(tok: str) -> str:
    return _stem(normalize(tok))[1] if len(tok) > 1 else tok


@lru_cache(maxsize=_WORD_TYPES)
def _trigger_of(tok: str) -> str | None:
    if len(tok) < 2:
        return None
    s = _key(tok)
    trig = _lex()["triggers"]
    return trig.get(s) or trig.get(arabic.strip_article(s))


BIGRAMS = True


def sentence_features(tokens: list[str]) -> list[list[str]]:
    """CRF features of each token in a sentence: its own, and its neighbours' at ±1, ±2.

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


# ---------------------------------------------------------------- model
#: Path of another model to use instead of the shipped one (for training scripts), or None.
MODEL_OVERRIDE: str | None = None
#: Folder with other cluster/context files than newslib/models (for training experiments), or None.
DATA_DIR_OVERRIDE: str | None = None


@lru_cache(maxsize=1)
def _tagger():
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    if MODEL_OVERRIDE:
        tagger.open(MODEL_OVERRIDE)
        return tagger
    path = resources.files("newslib.models").joinpath(MODEL_FILE)
    with resources.as_file(path) as p:
        tagger.open(str(p))
    return tagger


def tag_tokens(tokens: list[str]) -> list[str]:
    """IOB tags (B-PER, I-LOC, O …) of a token list from the shipped CRF only.

    Example:
        >>> tag_tokens(["زار", "بوتين", "موسكو"])
        ['O', 'B-PER', 'B-LOC']
    """
    if not tokens:
        return []
    m = _crf()
    return [m.labels[y] for y in m.decode([_emissions(tokens)], marginals=False)[0][0]]


# ---------------------------------------------------------------- spans, clitics, rules
def iob_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Entity spans ``(first, last + 1, label)`` of an IOB tag list (a stray I- starts a span).

    Example:
        >>> iob_spans(["O", "B-PER", "I-PER", "I-LOC", "O", "B-LOC"])
        [(1, 3, 'PER'), (3, 4, 'LOC'), (5, 6, 'LOC')]
    """
    out, start, lab = [], None, None
    for i, t in enumerate([*tags, "O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != lab):
            if start is not None:
                out.append((start, i, lab))
            start, lab = (i, t[2:]) if t != "O" else (None, None)
    return out


@lru_cache(maxsize=None)
def _ranks() -> dict[str, int]:
    return {w: i for i, w in enumerate(_clusters())}


@lru_cache(maxsize=None)
def _agencies() -> dict[str, str]:
    try:
        return {r["credit"]: r["name"] for r in lexicons.read("ner_agencies")}
    except FileNotFoundError:
        return {}


def clitic_length(word: str, known: frozenset[str] | set[str] = frozenset()) -> int:
    """Number of leading proclitic characters to leave out of an entity that starts with ``word``.

    A prefix is split when the rest is a known name (gazetteer or elsewhere in the article), when
    it is unambiguous (و/ف/ب/ك + ال, لل), or when the rest is a more frequent word in news
    than the whole (وروسيا → روسيا, but وليد, واشنطن, لوكاشينكو stay whole).

    Example:
        >>> clitic_length("وبيلاروسيا"), clitic_length("لوكاشينكو"), clitic_length("والعراق")
        (1, 0, 1)
    """
    if not known:
        return _clitic0(word)
    return _clitic_length(word, known)


@lru_cache(maxsize=_WORD_TYPES)
def _clitic0(word: str) -> int:
    return _clitic_length(word, frozenset())


@lru_cache(maxsize=_WORD_TYPES)
def _bare(word: str) -> str:
    """Normalised ``word`` without the proclitics :func:`clitic_length` would leave out (cached)."""
    return normalize(word)[_clitic0(word):]


@lru_cache(maxsize=None)
def _multi_firsts() -> frozenset[str]:
    return frozenset(k.split()[0] for k in _lex()["multi"])


@lru_cache(maxsize=_WORD_TYPES)
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


@lru_cache(maxsize=_WORD_TYPES)
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

    Example:
        >>> country_of("الروسي"), country_of("البيلاروسية"), country_of("الرئيس")
        ('روسيا', 'بيلاروسيا', None)
    """
    return _nat_country(adjective)


def _is_name_like(tok: str) -> bool:
    k = normalize(tok)
    return (len(k) >= 2 and arabic.is_arabic(tok) and tok.isalpha() and not k.startswith("ال")
            and k not in _lex()["triggers"] and _nat_country(tok) is None)


@lru_cache(maxsize=1)
def _crf():
    """The CRF as numpy arrays for :mod:`newslib.crf` (read from the crfsuite model once)."""
    from newslib.crf import Model

    return Model.from_crfsuite(_tagger())


@lru_cache(maxsize=_WORD_TYPES)
def _vectors(tok: str):
    """Per word type, once: the model's summed state weights of its own features and of the
    features it shows from offsets -2, -1, +1, +2 (5 × labels)."""
    import numpy as np

    own, ctx = word_features.__wrapped__(tok)  # not cached twice: these vectors are the cache
    return _crf().scores([own, *([f"{off}:{f}" for f in ctx] for off in (-2, -1, 1, 2))])


@lru_cache(maxsize=1)
def _fixed_rows():
    """State weights of the attributes every token has: "b", and "BOS"/"EOS" at a sentence's ends."""
    return tuple(_crf().score((a,)) for a in ("b", "BOS", "EOS"))


def _emissions(words: list[str]):
    """Tokens × labels state scores of one sentence: what :func:`sentence_features` gives crfsuite."""
    return _emissions_of([words])[0]


def _emissions_of(sentences: list[list[str]]) -> list:
    """:func:`_emissions` of many non-empty sentences, computed together (fewer numpy calls)."""
    return _split(_emissions_flat(sentences), sentences)


def _split(E, sentences: list[list[str]]) -> list:
    """The rows of a tokens × labels array, one array per sentence (views)."""
    import numpy as np

    return np.split(E, np.cumsum([len(ws) for ws in sentences])[:-1]) if len(E) else []


def _emissions_flat(sentences: list[list[str]]):
    """The rows of :func:`_emissions_of` in one tokens × labels array."""
    import numpy as np

    m = _crf()
    bias, bos, eos = _fixed_rows()
    flat = [w for ws in sentences for w in ws]
    if not flat:
        return np.zeros((0, len(m.labels)))
    lens = np.array([len(ws) for ws in sentences])
    pos = np.arange(len(flat)) - np.repeat(np.cumsum(lens) - lens, lens)  # index within its sentence
    left = np.repeat(lens, lens) - 1 - pos  # tokens after it in its sentence
    types = {w: i for i, w in enumerate(dict.fromkeys(flat))}  # news repeats words: stack each type once
    V = np.stack([_vectors(w) for w in types])[np.fromiter(map(types.__getitem__, flat), np.int64, len(flat))]
    E = V[:, 0] + bias
    E[pos == 0] += bos
    E[left == 0] += eos
    for d, own, other in ((1, 2, 3), (2, 1, 4)):  # neighbours at distance 1 and 2, both sides
        ok = pos[d:] >= d  # token i and i - d are in one sentence
        E[d:][ok] += V[:-d, own][ok]
        E[:-d][ok] += V[d:, other][ok]
    pos_l = pos.tolist()
    left_l = left.tolist()
    for i, w in enumerate(flat):
        t = _trigger_of(w)
        if t and left_l[i]:
            r = m.row("trigwin=" + t)
            if r is not None:
                E[i + 1:i + 1 + min(3, left_l[i])] += r
    if BIGRAMS:
        firsts = _bigram_firsts()
        keys = [_key(w) for w in flat]
        for i in range(1, len(flat)):
            k = keys[i - 1]
            if pos_l[i] and k in firsts:  # the model knows a bigram that starts with this word
                pair = k + "|" + keys[i]
                r = m.row("bg=" + pair)
                if r is not None:
                    E[i] += r
                r = m.row("bg+=" + pair)
                if r is not None:
                    E[i - 1] += r
    return E


@lru_cache(maxsize=1)
def _bigram_firsts() -> frozenset[str]:
    """First words of the word bigrams the model has weights for."""
    out = set()
    for a in _crf().attr_index:
        if a.startswith(("bg=", "bg+=")):
            rest = a.split("=", 1)[1]
            out.update(rest[:i] for i, ch in enumerate(rest) if ch == "|")  # a word may be "|" itself
    return frozenset(out)


class _Lattice:
    """Label probabilities of one decoded sentence, asked for as ``marginal(label, i)`` like crfsuite's tagger."""

    __slots__ = ("probs",)

    def __init__(self, probs):
        self.probs = probs

    def marginal(self, label: str, i: int) -> float:
        return float(self.probs[i, _crf().index[label]])


#: Folder with another ner_lstm.npz / ner_lstm_vocab.tsv (training scripts); "" switches the
#: LSTM off (the CRF alone); None uses the shipped files when they are there.
LSTM_DIR_OVERRIDE: str | None = None


@lru_cache(maxsize=1)
def _lstm():
    """The BiLSTM whose scores are added to the CRF's (:mod:`newslib.lstm`), or None."""
    if LSTM_DIR_OVERRIDE == "":
        return None
    from newslib import lstm

    return lstm.load_shipped(LSTM_DIR_OVERRIDE)


@lru_cache(maxsize=1)
def _combined():
    """The CRF with the LSTM's transition scores added (weight ``lstm.WEIGHT``), and the column
    order that puts the LSTM's labels in the CRF's order; the CRF and None without an LSTM."""
    import copy

    import numpy as np

    from newslib import lstm

    m, t = _crf(), _lstm()
    if t is None:
        return m, None
    cols = [t.labels.index(lab) for lab in m.labels]
    c = copy.copy(m)
    c.trans = m.trans + lstm.WEIGHT * t.trans[np.ix_(cols, cols)]
    c.exp_trans = np.exp(c.trans)
    return c, cols


def _lstm_features(tok: str) -> tuple[str, ...]:
    from newslib import lstm

    return lstm.lstm_features(word_features(tok)[0])


def _decode(sentences: list[list[str]]) -> list[tuple[list[tuple[int, int, str]], _Lattice]]:
    """Entity spans (token indices) and label probabilities of each non-empty sentence, decoded together."""
    m, cols = _combined()
    E = _emissions_flat(sentences)
    if cols is not None and len(E):
        from newslib import lstm

        E += _lstm().emissions_flat(sentences, _lstm_features, cols, lstm.WEIGHT)
    ems = _split(E, sentences)
    bilou = any(lab[:2] in _BILOU_TO_IOB for lab in m.labels)
    out = []
    for path, probs in m.decode(ems):
        tags = [m.labels[y] for y in path]
        if bilou:  # a BILOU model: back to IOB
            tags = [_BILOU_TO_IOB.get(t[:2], t[:2]) + t[2:] for t in tags]
        out.append((iob_spans(tags), _Lattice(probs)))
    return out


_BILOU_TO_IOB = {"U-": "B-", "L-": "I-"}


def _recall_boost(sp, tagger, n: int):
    """Add runs of tokens the CRF left O although P(not O) ≥ RECALL_MARGINAL (labelled by the best marginal)."""
    taken = {i for a, b, _ in sp for i in range(a, b)}
    extra, i = [], 0
    while i < n:
        if i in taken or 1 - tagger.marginal("O", i) < RECALL_MARGINAL:
            i += 1
            continue
        lab = max(LABELS, key=lambda lb: _marg(tagger, lb, i))
        j = i + 1
        while j < n and j not in taken and _marg(tagger, lab, j, inside=True) >= RECALL_MARGINAL:
            j += 1
        extra.append((i, j, lab))
        i = j
    return sorted(sp + extra) if extra else sp


def _marg(tagger, lab: str, i: int, *, inside: bool = False) -> float:
    """Marginal probability that token ``i`` is inside (any position, or a continuation) a ``lab`` entity."""
    labels = _tagger_labels()
    pre = ("I-", "L-") if inside else ("B-", "I-", "L-", "U-")
    return sum(tagger.marginal(p + lab, i) for p in pre if p + lab in labels)


@lru_cache(maxsize=1)
def _tagger_labels() -> frozenset[str]:
    return frozenset(_tagger().labels())


#: Rule switches (the dev split decides their defaults; see scripts/train_ner.py).
# "extend" is off since the BiLSTM: it ran names on (محمد صلاح هدفين); dev 0.7607 → 0.7618.
# "surnames": the consistency rule also spreads the last word of a multi-word person name.
RULES = {"extend": False, "trim": True, "gaz_label": True, "vote": True, "agency": True, "quoted_org": True, "title_name": True, "gazetteer": True, "consistency": True, "currency": True,
         "nationality": True, "settlement": True, "function_word": True,
         "initialism": True, "named_after": True, "surnames": True, "quoted_work": True,
         "lil_article": True}
TITLE_MARGINAL = 0.15
EXTEND_MARGINAL = 0.35
#: Tag tokens the CRF left O when their probability of being in an entity reaches this (1 = off).
RECALL_MARGINAL = 1.0


def _spans_for(text: str, toks: list[tuple[int, int]], live: list[tuple[int, int]], words: list[str],
               decoded: list) -> list[tuple[int, int, str]]:
    """Entity spans over token indices for one text: the CRF's (``decoded``, one per sentence of
    ``live``, the token ranges of non-empty sentences; ``words`` are the tokens' strings), then the news rules."""
    lex = _lex()
    spans: list[tuple[int, int, str]] = []
    title_spans: list[tuple[int, int]] = []
    for (s0, s1), (sp, tagger) in zip(live, decoded):
        if RULES["extend"]:
            # a name's last word the CRF was unsure of (كيم جونغ أون): extend on a fair I-PER marginal
            ext = []
            sp_words = words[s0:s1]
            span_starts = {x[0] for x in sp}  # a set: a sentence of thousands of spans stays linear
            for a, b, lab in sp:
                while lab == "PER" and b < len(sp_words) and b - a < 5 and \
                        b not in span_starts and _is_name_like(sp_words[b]) and \
                        _marg(tagger, "PER", b, inside=True) >= EXTEND_MARGINAL:
                    b += 1
                ext.append((a, b, lab))
            sp = ext
        if RECALL_MARGINAL < 1:
            sp = _recall_boost(sp, tagger, s1 - s0)
        found = {i + s0 for a, b, _ in sp for i in range(a, b)}
        spans.extend((a + s0, b + s0, lab) for a, b, lab in sp)
        if RULES["title_name"]:
            # title (+ nationality / descriptive adjectives) + a name the CRF missed
            for i in range(s0, s1):
                if _trigger_of(words[i]) != "PER":
                    continue
                j = i + 1
                while j < s1 and j - i <= 3 and (_nat_country(words[j]) or normalize(words[j]) in _TITLE_MODIFIERS):
                    j += 1
                if j >= s1 or j in found or not _is_name_like(words[j]):
                    continue
                if _marg(tagger, "PER", j - s0) < TITLE_MARGINAL:
                    continue
                e = j + 1
                while e < s1 and e - j < 4 and e not in found and _is_name_like(words[e]) and \
                        _marg(tagger, "PER", e - s0) >= TITLE_MARGINAL:
                    e += 1
                title_spans.append((j, e))
    out = _merge(spans, [(a, b, "PER") for a, b in title_spans])
    rule: list[tuple[int, int, str]] = []
    # a name in quotes right after an institution noun (ORG) or a work noun (MISC)
    works = _work_nouns()
    for i in [k - 1 for k, w in enumerate(words) if k and w in arabic.QUOTE_PAIRS]:
        w, close = words[i], arabic.QUOTE_PAIRS[words[i + 1]]
        noun = arabic.strip_article(_key(w))
        if RULES["quoted_org"] and (_trigger_of(w) == "ORG" or noun in _PRESS):
            lab = "ORG"  # وكالة «رويترز», منتدى «أقاليم روسيا وبيلاروسيا»
        elif RULES["quoted_work"] and noun in works:
            lab = "MISC"  # برنامج «الناس وأنا», بعنوان «خارج نطاق الخدمة»
        else:
            continue
        for j in range(i + 2, min(i + 10, len(words))):
            if words[j] == close:
                # not a lone adjective: منظمة “إرهابية”, جمعية "خيرية"
                adjective = lab == "ORG" and j == i + 3 and normalize(words[i + 2]).endswith("يه") and \
                    not normalize(words[i + 2]).startswith("ال")
                if j > i + 2 and not adjective:
                    rule.append((i + 2, j, lab))
                break
    if RULES["agency"]:
        ag = _agencies()
        for i, w in enumerate(words):
            if w != "(":
                continue
            for j in range(i + 2, min(i + 9, len(words))):
                if words[j] == ")":
                    inner = text[toks[i + 1][0]:toks[j - 1][1]]
                    if inner in ag or inner.replace(" ", "") in ag:
                        rule.append((i + 1, j, "ORG"))
                    break
    if RULES["gazetteer"]:
        nxt = 0  # after a hit, look again after its last word
        for i in [i for i, w in enumerate(words) if _multi_first(w)]:
            if i < nxt:
                continue
            hit, first = None, _multi_first(words[i])
            for n in (5, 4, 3, 2):
                if i + n <= len(words):
                    cand = " ".join([first, *(normalize(w) for w in words[i + 1:i + n])])
                    if cand in lex["multi"]:
                        typ = lex["multi"][cand]
                        if typ != "ORG" and _press_before(words, i):
                            typ = "ORG"  # منطقة الشرق الأوسط, but لـ«الشرق الأوسط» and صحيفة الشرق الأوسط
                        hit = (i, i + n, typ)
                        break
            inside = hit and all(hit[0] <= a and b <= hit[1] for a, b, _ in out if a < hit[1] and hit[0] < b)
            if hit and inside and not any(hit[0] <= k < hit[1] for a, b, _ in rule for k in range(a, b)):
                rule.append((hit[0], hit[1], "ORG" if hit[2] == "ORG" else "LOC"))
                nxt = hit[1]
    out = _merge(out, rule)
    announced = set(rule)  # named by a quote after an institution noun or an agency credit: keep the label
    if RULES["initialism"]:
        out = _initialisms(words, out)
    if RULES["trim"]:
        # "نظيره البيلاروسي ألكسندر لوكاشينكو": a nationality adjective or title is not part of the name
        trimmed = []
        for a, b, lab in out:
            while lab == "PER" and b - a > 1 and _key(words[a]).startswith("ال") and (
                    _nat_country(words[a]) or _trigger_of(words[a]) or normalize(words[a]) in _TITLE_MODIFIERS):
                a += 1
            trimmed.append((a, b, lab))
        out = trimmed
    if RULES["gaz_label"]:
        # a lone country or city name is a place (97% of them in ANERcorp train), not ORG/PER,
        # unless the training data knows it as something else (برشلونة the club)
        gz, tg = lex["gaz"], _train_gaz()
        out = [(a, b, "LOC") if b - a == 1 and lab in ("ORG", "PER") and (a, b, lab) not in announced and
               gz.get(k := _bare(words[a])) in ("COUNTRY", "CITY") and
               not tg.get(k, "LOC").startswith(("ORG", "PER")) else (a, b, lab)
               for a, b, lab in out]
        # and a lone organisation of the list (فيفا, الفيفا) is an organisation, not a person or MISC
        out = [(a, b, "ORG") if b - a == 1 and lab in ("PER", "MISC") and (a, b, lab) not in announced and
               "ORG" in (gz.get(k := _bare(words[a])), gz.get("ال" + k)) and
               not tg.get(k, "ORG").startswith(("PER", "MISC")) else (a, b, lab)
               for a, b, lab in out]
    if RULES["vote"]:
        # the same word alone, tagged with different labels in one text: the majority label wins
        from collections import Counter

        votes: dict[str, Counter] = {}
        for a, b, lab in out:
            if b - a == 1 and (a, b, lab) not in announced:
                votes.setdefault(_bare(words[a]), Counter())[lab] += 1
        best = {k: c.most_common(1)[0][0] for k, c in votes.items() if len(c) > 1}
        if best:
            out = [(a, b, best.get(_bare(words[a]), lab) if b - a == 1 and (a, b, lab) not in announced else lab)
                   for a, b, lab in out]
    if RULES["consistency"]:
        # a word tagged alone as an entity elsewhere in the text is that entity everywhere
        single: dict[str, str] = {}
        for a, b, lab in out:
            if b - a == 1 and lab in ("PER", "LOC", "ORG") and (a, b, lab) not in announced:
                single.setdefault(_bare(words[a]), lab)
        if RULES["surnames"]:
            # "سفيتلانا تيخانوفسكايا … دعت تيخانوفسكايا": a person's last name alone later on
            for a, b, lab in out:
                if lab == "PER" and b - a >= 2 and len(words[b - 1]) >= 3 and _is_name_like(words[b - 1]):
                    single.setdefault(_bare(words[b - 1]), "PER")
        if single:
            taken = {i for a, b, _ in out for i in range(a, b)}
            extra = []
            for i, w in enumerate(words):
                if i in taken or len(w) < 3:
                    continue
                lab = single.get(_bare(w))
                if lab:
                    extra.append((i, i + 1, lab))
            out = _merge(out, extra, override=False)
    if RULES["named_after"]:
        # مطار الملك عبدالعزيز الدولي, مستشفى سليمان الحبيب: a facility named after a person
        fac = _facilities()
        named = []
        for a, b, lab in out:
            j = a - 1
            if lab == "PER" and j > 0 and normalize(words[j]) in _ROYAL_TITLES:
                j -= 1
            # the noun in construct state (مطار الملك, not المركز رأفت), and not عن طريق (by way of)
            kind = fac.get(_key(words[j])) if lab == "PER" and j >= 0 and not (
                j > 0 and normalize(words[j - 1]) == "عن") else None
            named.append((j, b, kind) if kind else (a, b, lab))
        out = named
    if RULES["trim"]:
        # "المدرب لازار للإشراف": no word of a person's name starts with لل (ل + ال); a facility
        # named after one may go on (مركز الملك سلمان للإغاثة), so this comes after named_after
        out = [(a, next((i for i in range(a + 1, b) if normalize(words[i]).startswith("لل")), b), lab)
               if lab == "PER" else (a, b, lab) for a, b, lab in out]
    if RULES["function_word"]:
        # "قال لي", "توقعت بأن", "جاء على صفحة": a particle or pronoun alone is not a name
        # (compared as written: على is a particle, علي a name)
        stop = _function_words()
        out = [s for s in out if not (s[1] - s[0] == 1 and _written(words[s[0]]) in stop)]
    if RULES["nationality"]:
        # "تدخل روسي", "مسؤولين روس": a nationality word alone is not an entity (O in ANERcorp),
        # unless it is also a place name (سورية، السعودية)
        gz = lex["gaz"]
        out = [s for s in out if not (s[1] - s[0] == 1 and _nat_country(words[s[0]]) and _bare(words[s[0]]) not in gz)]
    if RULES["lil_article"]:
        # "مدرسة للبنين" (for boys) is not Benin: لل is ل + ال, so after it comes a name with the
        # article (للسعودية) or one starting with ل (للبنان), never بنين
        # (_stem already reads للبنان as ل + لبنان; what it still splits as لل + a listed name
        # without ال is no name)
        gz = lex["gaz"]

        def _false_lil(w: str) -> bool:
            p, rest = _stem(normalize(w))
            return p.endswith("لل") and rest in gz and "ال" + rest not in gz

        out = [s for s in out if not (s[1] - s[0] == 1 and _false_lil(words[s[0]]))]
    if RULES["settlement"]:
        # "العاصمة الكورية الجنوبية سول", "مدينة الرقة": after a settlement noun a lone name is a place
        relabel = []
        for a, b, lab in out:
            j = _head_before(words, a)  # العاصمة الكورية الجنوبية سول
            if b - a == 1 and lab in ("ORG", "PER") and j >= 0 and arabic.strip_article(_key(words[j])) in _SETTLEMENTS:
                lab = "LOC"
            relabel.append((a, b, lab))
        out = relabel
    if RULES["currency"]:
        # "500 ريال", "مليون دولار": a currency after an amount is MISC (ANERcorp's label), not a club
        units, amounts = _currencies()
        out = [(a, b, "MISC") if b - a == 1 and a > 0 and lab != "MISC" and _bare(words[a]) in units and
               (any(ch.isdigit() for ch in words[a - 1]) or _bare(words[a - 1]) in amounts) else (a, b, lab)
               for a, b, lab in out]
    return out


@lru_cache(maxsize=1)
def _currencies() -> tuple[frozenset[str], frozenset[str]]:
    """Currency unit words and amount words (``currencies.tsv``), normalised."""
    rows = lexicons.read("currencies")
    return (frozenset(normalize(r["word"]) for r in rows if r["kind"] == "unit"),
            frozenset(normalize(r["word"]) for r in rows if r["kind"] == "amount"))


#: Press nouns (normalised, without ال) that announce a newspaper or agency named like a place.
_PRESS = frozenset(normalize(w) for w in ("صحيفة", "جريدة", "مجلة", "وكالة", "أنباء", "إذاعة", "شبكة"))


def _press_before(words: list[str], i: int) -> bool:
    """Whether the name starting at ``words[i]`` is a title in quotes or follows a press noun
    (لـ«الشرق الأوسط», صحيفة الشرق الأوسط), so a newspaper rather than the place."""
    return i > 0 and (words[i - 1] in arabic.OPENING_MARKS or arabic.strip_article(_key(words[i - 1])) in _PRESS)


@lru_cache(maxsize=_WORD_TYPES)
def _written(word: str) -> str:
    """``word`` as written, without diacritics and tatweel (keeps ى apart from ي, unlike normalize)."""
    return arabic.strip_tatweel(arabic.strip_diacritics(word))


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """Particles, pronouns and verbs that end a name (``name_stop.tsv``), as written, with و/ف/ب/ل too."""
    ws = {_written(w) for w in lexicons.column("name_stop", "word")}
    return frozenset(ws | {c + w for w in ws for c in "وفبل"})


@lru_cache(maxsize=1)
def _letter_names() -> frozenset[str]:
    """Arabic names of Latin letters (``letter_names.tsv``), as written."""
    return frozenset(_written(w) for w in lexicons.column("letter_names", "letter"))


def _initialisms(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """One span for an initialism spelt with dots (إن. بي. سي، إيه.بي.سي) that the CRF cut into
    letters: a run of two or more letter names joined by dots, any of them in a span, becomes
    one span with the first overlapping span's label, stretched over the spans it touches."""
    letters = _letter_names()
    if letters.isdisjoint(words):  # most texts: one pass in C
        return spans
    runs, i, n = [], 0, len(words)
    while i < n:
        if words[i] not in letters:
            i += 1
            continue
        j = i + 1
        while j + 1 < n and words[j] == "." and words[j + 1] in letters:
            j += 2
        if j - i >= 3:  # at least two letters and the dot between them
            runs.append((i, j))
        i = j
    for a, b in runs:
        touch = [s for s in spans if s[0] < b and a < s[1]]
        if not touch:
            continue
        lo, hi = min(a, *(s[0] for s in touch)), max(b, *(s[1] for s in touch))
        spans = sorted([s for s in spans if s not in touch] + [(lo, hi, touch[0][2])])
    return spans


#: Titles a facility's namesake carries (مطار الملك …), normalised.
_ROYAL_TITLES = frozenset(normalize(w) for w in ("الملك", "الأمير", "الأميرة", "الشيخ", "السلطان", "الإمام"))


@lru_cache(maxsize=1)
def _work_nouns() -> frozenset[str]:
    """Nouns announcing a quoted title of a work (normalised, without ال)."""
    return frozenset(arabic.strip_article(normalize(r["word"])) for r in lexicons.read("work_nouns"))


@lru_cache(maxsize=1)
def _facilities() -> dict[str, str]:
    """Facility and institution nouns (normalised, without ال) → the label of a name after them."""
    return {normalize(r["word"]): r["label"] for r in lexicons.read("facility_nouns")}


def _head_before(words: list[str], a: int) -> int:
    """Index of the noun before the word at ``a``, past up to three nationality or title
    adjectives (الرئيس الروسي | بوتين, العاصمة الكورية الجنوبية | سول); -1 at the start."""
    j = a - 1
    while j >= 0 and a - j <= 3 and (_nat_country(words[j]) or normalize(words[j]) in _TITLE_MODIFIERS):
        j -= 1
    return j


#: Settlement nouns (normalised, without ال) after which a lone name is a place, not a club or a person.
_SETTLEMENTS = frozenset(normalize(w) for w in ("عاصمة", "مدينة", "بلدة", "قرية", "محافظة", "إقليم"))

_TITLE_MODIFIERS = frozenset(normalize(w) for w in (
    "الشمالي", "الجنوبي", "الشرقي", "الغربي", "السابق", "الأسبق", "الحالي", "الجديد", "المنتخب", "الأمريكي",
    "الأميركي", "الفلسطيني", "الأعلى", "العام", "التنفيذي", "المؤقت", "الراحل", "المخلوع", "الشمالية",
    "الجنوبية", "السابقة", "المعارضة", "السيد", "السيدة", "الدكتور", "الأمير", "الشيخ", "الملك"))


def _merge(base: list[tuple[int, int, str]], new: list[tuple[int, int, str]], *, override: bool = True):
    """Add ``new`` spans; where they overlap ``base`` the new one wins (or is dropped)."""
    if not new:
        return sorted(base)
    out = list(base)
    for a, b, lab in new:
        clash = [s for s in out if s[0] < b and a < s[1]]
        if clash and not override:
            continue
        out = [s for s in out if s not in clash]
        out.append((a, b, lab))
    return sorted(out)


# ---------------------------------------------------------------- mentions, names, table
def _sentence_spans(text: str) -> list[tuple[int, int]]:
    try:
        from newslib.sentences import split_text
    except ImportError:  # pragma: no cover - the splitter ships with the package
        import re as _re

        return [m.span() for m in _re.finditer(r"[^\n]+", text)]
    return [(s, e) for s, e, _ in split_text(text)]


def entities_in_text(text: str) -> list[dict]:
    """Entity mentions of one text as dicts: sentence_id, start, end, text, label, name, key.

    Example:
        >>> t = "التقى الرئيس الروسي فلاديمير بوتين نظيره في مينسك. وقال بوتين إن الرئيس الروسي يرفض الضغوط."
        >>> [(e["text"], e["label"], e["name"]) for e in entities_in_text(t)]  # doctest: +NORMALIZE_WHITESPACE
        [('فلاديمير بوتين', 'PER', 'فلاديمير بوتين'), ('مينسك', 'LOC', 'مينسك'),
         ('بوتين', 'PER', 'فلاديمير بوتين'), ('الرئيس الروسي', 'PER', 'فلاديمير بوتين')]
    """
    return _entities_of([text])[0]


#: Texts whose sentences are decoded together (bounds the arrays of one batch).
TEXTS_PER_BATCH = 64


def _entities_of(texts: list[str]) -> list[list[dict]]:
    """:func:`entities_in_text` of several texts, their sentences decoded by the CRF together (faster)."""
    from bisect import bisect_left

    preps = []
    for text in texts:
        if not text:
            preps.append(None)
            continue
        toks = tokenize(text)
        starts_tok = [a for a, _ in toks]
        sent_chars = _sentence_spans(text)
        sents = [(bisect_left(starts_tok, s), bisect_left(starts_tok, e)) for s, e in sent_chars]
        live = [(s0, s1) for s0, s1 in sents if s1 > s0]
        preps.append((toks, sent_chars, live, [text[a:b] for a, b in toks]))
    decoded = _decode([p[3][s0:s1] for p in preps if p for s0, s1 in p[2]])
    out, k = [], 0
    for text, p in zip(texts, preps):
        if p is None:
            out.append([])
            continue
        toks, sent_chars, live, words = p
        out.append(_mentions(text, toks, sent_chars, words, _spans_for(text, toks, live, words, decoded[k:k + len(live)])))
        k += len(live)
    return out


def _mentions(text: str, toks, sent_chars, words: list[str], spans: list[tuple[int, int, str]]) -> list[dict]:
    """Rows of one text from its entity spans: clitics left out, canonical names, title mentions, keys."""
    known = {normalize(words[a]) for a, b, _ in spans}
    lex = _lex()
    ments = []
    for a, b, lab in spans:
        cl = clitic_length(words[a], known) if b - a >= 1 else 0
        if cl >= len(words[a]):
            cl = 0
        while cl and b - a == 1 and len(words[a]) - cl < 3:
            cl -= 1  # ولله → لله: "له" would be another word (but وتل أبيب → تل أبيب)
        s, e = toks[a][0] + cl, toks[b - 1][1]
        ments.append({"start": s, "end": e, "text": text[s:e], "label": lab, "_tok": (a, b)})

    # title phrases that introduced a person: الرئيس الروسي فلاديمير بوتين → "الرئيس الروسي"
    per_at = {m["_tok"][0]: m for m in ments if m["label"] == "PER"}
    titles: dict[tuple[str, ...], set] = {}
    for a, m in per_at.items():
        j = _head_before(words, a)
        if j >= 0 and j < a - 1 and _trigger_of(words[j]) == "PER":
            m["_title"] = tuple(normalize(w) for w in words[j:a])
    # canonical person names: the longest PER mention that contains this one
    pers = [m for m in ments if m["label"] == "PER"]
    keyseq = {id(m): tuple(normalize(w) for w in m["text"].split()) for m in pers}

    def contains(big, small):
        n = len(small)
        return len(big) > n and any(big[i:i + n] == small for i in range(len(big) - n + 1))

    # compared once per distinct key sequence, not per mention: a long article repeats a few names
    # hundreds of times, and comparing every mention with every other was quadratic
    first_of: dict[tuple[str, ...], dict] = {}
    for m in pers:
        first_of.setdefault(keyseq[id(m)], m)
    fullest = {ks: max((o for k, o in first_of.items() if contains(k, ks)), key=lambda o: len(keyseq[id(o)]), default=None)
               for ks in first_of}
    for m in pers:
        best = fullest[keyseq[id(m)]]
        m["name"] = best["text"] if best is not None else m["text"]
    for m in pers:
        if "_title" in m:
            titles.setdefault(m["_title"], set()).add(m["name"])
    # later mentions by the title alone → PER rows named after that person
    taken = {i for m in ments for i in range(*m["_tok"])}
    wkeys = [normalize(w) for w in words] if titles else []
    for tseq, names in titles.items():
        if len(names) != 1:
            continue
        n = len(tseq)
        name = next(iter(names))
        for i in range(len(words) - n + 1):
            if i in taken or wkeys[i] != tseq[0] or tuple(wkeys[i:i + n]) != tseq:
                continue
            if any(x in taken for x in range(i, i + n)) or (i + n) in per_at:
                continue
            cl = clitic_length(words[i])
            s, e = toks[i][0] + cl, toks[i + n - 1][1]
            ments.append({"start": s, "end": e, "text": text[s:e], "label": "PER", "name": name, "_tok": (i, i + n)})
    sent_starts = [s for s, _ in sent_chars]
    from newslib.sentences import sentence_of

    out = []
    for m in sorted(ments, key=lambda m: m["start"]):
        name = m.get("name") or m["text"]
        k = normalize(name)
        if m["label"] != "PER":
            if not k.startswith("ال") and normalize(text[max(0, m["start"] - 2):m["start"]]) == "لل":
                k = "ال" + k  # للاتحاد الأوروبي: the article's alef is elided after ل
                name = "ال" + name  # the name as it is written without the preposition
            if m["text"] in _agencies():
                name = _agencies()[m["text"]]
                k = normalize(name)
            elif k in lex["canon"]:
                name = lex["canon"][k] if m["label"] == "ORG" else lex["short"].get(k, name)
                k = normalize(lex["canon"][k])
        out.append({"sentence_id": sentence_of(sent_starts, m["start"]) if sent_starts else 0,
                    "start": m["start"], "end": m["end"], "text": m["text"], "label": m["label"],
                    "name": name, "key": k})
    return out


def entities(articles: pd.DataFrame) -> pd.DataFrame:
    """The entities table: people, places, organisations and other names in each article.

    Args:
        articles: the articles table (``article_id`` and ``text`` are used); not modified.

    Returns:
        A new frame ``article_id, sentence_id, start, end, text, label, name, key`` with
        ``article.text[start:end] == text``.

    Example:
        >>> arts = pd.DataFrame({"article_id": ["a"], "text": ["زار الرئيس الفرنسي إيمانويل ماكرون ليتوانيا."]})
        >>> entities(arts)[["text", "label", "name"]].values.tolist()
        [['إيمانويل ماكرون', 'PER', 'إيمانويل ماكرون'], ['ليتوانيا', 'LOC', 'ليتوانيا']]
    """
    schema.require(articles, ("article_id", "text"), "nl.entities")
    rows = []
    pairs = [(aid, text) for aid, text in zip(articles["article_id"], articles["text"]) if isinstance(text, str)]
    for lo in range(0, len(pairs), TEXTS_PER_BATCH):
        batch = pairs[lo:lo + TEXTS_PER_BATCH]
        for (aid, _), found in zip(batch, _entities_of([t for _, t in batch])):
            for r in found:
                r["article_id"] = aid
                rows.append(r)
    if not rows:
        return schema.stamp(schema.empty("entities"), "entities")
    return schema.stamp(schema.conform(rows, "entities"), "entities")
