"""Decoding: the CRF's state scores per sentence (plus the BiLSTM's), best paths and label probabilities.

The CRF is read from the active model's crfsuite file once and decoded as numpy arrays by
:mod:`newslib.crf`, many sentences at once; a word type's weights are summed once and cached
(:func:`_vectors`).

Example:
    >>> tag_tokens(["زار", "بوتين", "موسكو"])
    ['O', 'B-PER', 'B-LOC']
"""

from __future__ import annotations

from newslib.entities.features import BIGRAMS, _WORD_TYPES, _key, _trigger_of, word_features
from newslib.entities.model import active, cached

LABELS = ("PER", "LOC", "ORG", "MISC")
_BILOU_TO_IOB = {"U-": "B-", "L-": "I-"}
#: Tag tokens the CRF left O when their probability of being in an entity reaches this (1 = off).
RECALL_MARGINAL = 1.0


@cached(maxsize=1)
def _tagger():
    """The active model's CRF as a crfsuite tagger (the reference decoder, and the weights' source)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(active().crf)
    return tagger


@cached(maxsize=1)
def _crf():
    """The CRF as numpy arrays for :mod:`newslib.crf` (read from the crfsuite model once)."""
    from newslib.crf import Model

    return Model.from_crfsuite(_tagger())


def iob_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Entity spans ``(first, last + 1, label)`` of an IOB tag list (a stray I- starts a span).

    Args:
        tags: IOB tags (``B-PER``, ``I-PER``, ``O`` …).

    Returns:
        Token spans with their labels, in order.

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


def tag_tokens(tokens: list[str]) -> list[str]:
    """IOB tags (B-PER, I-LOC, O …) of a token list from the CRF only.

    Args:
        tokens: The tokens of one sentence.

    Returns:
        One tag per token.

    Example:
        >>> tag_tokens(["زار", "بوتين", "موسكو"])
        ['O', 'B-PER', 'B-LOC']
    """
    if not tokens:
        return []
    m = _crf()
    return [m.labels[y] for y in m.decode([_emissions(tokens)], marginals=False)[0][0]]


@cached(maxsize=_WORD_TYPES)
def _vectors(tok: str):
    """Per word type, once: the model's summed state weights of its own features and of the
    features it shows from offsets -2, -1, +1, +2 (5 × labels)."""
    own, ctx = word_features.__wrapped__(tok)  # not cached twice: these vectors are the cache
    return _crf().scores([own, *([f"{off}:{f}" for f in ctx] for off in (-2, -1, 1, 2))])


@cached(maxsize=1)
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


@cached(maxsize=1)
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


@cached(maxsize=1)
def _lstm():
    """The BiLSTM whose scores are added to the CRF's (:mod:`newslib.lstm`), or None."""
    folder = active().lstm
    if not folder:
        return None
    from newslib import lstm

    return lstm.load_shipped(folder)


@cached(maxsize=1)
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
        spans = iob_spans(tags)
        lattice = _Lattice(probs)
        if RECALL_MARGINAL < 1:
            spans = _recall_boost(spans, lattice, len(path))
        out.append((spans, lattice))
    return out


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


@cached(maxsize=1)
def _tagger_labels() -> frozenset[str]:
    return frozenset(_tagger().labels())
