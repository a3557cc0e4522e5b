"""Decoding: the CRF's state scores per sentence (plus the BiLSTM's), best paths and label probabilities.

The CRF is read from the active model's crfsuite file once and decoded as numpy arrays by
:mod:`newslib.crf`, many sentences at once; a word type's weights are summed once and kept
(:func:`_vectors`, in the bounded :class:`TypeRows` of :func:`_type_rows`).

Example:
    >>> tag_tokens(["زار", "بوتين", "موسكو"])
    ['O', 'B-PER', 'B-LOC']
"""

from __future__ import annotations

from newslib.entities.features import BIGRAMS, _key, _trigger_of, word_features
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


def _vectors(tok: str):
    """A word type's model's summed state weights of its own features and of the features it
    shows from offsets -2, -1, +1, +2 (5 × labels); cached in :func:`_type_rows`."""
    return _vectors_of([tok])[0]


def _vectors_of(toks: list[str], features=word_features):
    """:func:`_vectors` of several word types (types × 5 × labels), in one numpy call: each group's
    weights are added in the order of its features, as :meth:`newslib.crf.Model.scores` does.
    ``features(tok)`` gives a type's :func:`word_features`."""
    import numpy as np

    m, at = _crf(), _ctx_rows()
    get = m.attr_index.get
    zero = len(m.weights) - 1
    idx, starts = [], []
    for tok in toks:
        own, ctx = features(tok)
        starts.append(len(idx))
        idx.append(zero)  # never an empty group for reduceat
        idx += [i for i in map(get, own) if i is not None]
        rows = [r for r in map(at.get, ctx) if r is not None]
        for o in range(4):
            starts.append(len(idx))
            idx.append(zero)
            idx += [x for r in rows if (x := r[o]) is not None]
    out = np.add.reduceat(m.weights[idx], starts, axis=0) if toks else np.zeros((0, len(m.labels)))
    return out.reshape(len(toks), 5, len(m.labels))


@cached(maxsize=1)
def _ctx_rows() -> dict[str, tuple[int | None, ...]]:
    """A feature seen from a neighbour → the model's rows of ``-2:f``, ``-1:f``, ``1:f``, ``2:f``
    (None where the model has none), so that no prefixed strings are built per word type."""
    out: dict[str, list] = {}
    for a, i in _crf().attr_index.items():
        off, sep, f = a.partition(":")
        if sep and off in _OFFSETS:
            out.setdefault(f, [None] * 4)[_OFFSETS[off]] = i
    return {f: tuple(r) for f, r in out.items()}


_OFFSETS = {"-2": 0, "-1": 1, "1": 2, "2": 3}


class TypeRows:
    """Rows of one array for at most ``cap`` word types (their per-type scores), filled on demand.

    When a call would pass ``cap``, :func:`newslib.lstm.compact_cache` makes room, as for the
    BiLSTM's projections.
    """

    def __init__(self, cap: int, shape: tuple[int, ...], compute) -> None:
        self.cap, self.shape, self.compute = cap, shape, compute
        self.clear()

    def clear(self) -> None:
        import numpy as np

        self.index: dict[str, int] = {}
        # allocated once for ``cap`` types: zeroed pages take memory only once written, and
        # compaction moves rows in place (:func:`newslib.lstm.move_rows`), never a second copy
        self.data = np.zeros((self.cap, *self.shape))
        self.hits = np.zeros(self.cap, np.int32)

    def rows(self, words: list[str], compute=None):
        """Row of each word (words may repeat), computing the types not yet kept (with ``compute``
        if given, else the one the cache was made with)."""
        import numpy as np

        index = self.index
        new = [t for t in dict.fromkeys(words) if t not in index]
        if len(index) + len(new) > self.cap:
            self._compact(set(words))
            index = self.index
            new = [t for t in dict.fromkeys(words) if t not in index]
            if len(index) + len(new) > self.cap:  # this call alone has that many types
                self.clear()
                index = self.index
                new = list(dict.fromkeys(words))
        if new:
            n0 = len(index)
            n1 = n0 + len(new)
            if n1 > len(self.data):  # one call with more than ``cap`` types (after a clear)
                from newslib.lstm import grown

                self.data, self.hits = grown(self.data, n0, n1), grown(self.hits, n0, n1)
            self.data[n0:n1] = (compute or self.compute)(new)
            index.update(zip(new, range(n0, n1)))
        rows = np.fromiter(map(index.__getitem__, words), np.int64, len(words))
        self.hits[rows] += 1  # once per type and call: repeated indices add once
        return rows

    def _compact(self, current: set[str]) -> None:
        from newslib.lstm import compact_cache

        self.index = compact_cache(self.index, self.hits, [(self.data, 0)], current, self.cap)


@cached(maxsize=1)
def _type_rows() -> TypeRows:
    """The per-word-type :func:`_vectors` of the active model (at most ``lstm.MAX_TYPES`` types, as
    many as the BiLSTM's projections: the two caches hold the same words)."""
    from newslib import lstm

    return TypeRows(lstm.MAX_TYPES, (5, len(_crf().labels)), _vectors_of)


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


def _emissions_flat(sentences: list[list[str]], features=word_features):
    """The rows of :func:`_emissions_of` in one tokens × labels array (``features``: as in :func:`_vectors_of`)."""
    import numpy as np

    m = _crf()
    bias, bos, eos = _fixed_rows()
    flat = [w for ws in sentences for w in ws]
    if not flat:
        return np.zeros((0, len(m.labels)))
    lens = np.array([len(ws) for ws in sentences])
    pos = np.arange(len(flat)) - np.repeat(np.cumsum(lens) - lens, lens)  # index within its sentence
    left = np.repeat(lens, lens) - 1 - pos  # tokens after it in its sentence
    store = _type_rows()  # news repeats words: each type's weights are summed once
    rows = store.rows(flat, lambda new: _vectors_of(new, features))  # (first: it may grow store.data)
    V = store.data[rows]
    E = V[:, 0] + bias
    E[pos == 0] += bos
    E[left == 0] += eos
    for d, own, other in ((1, 2, 3), (2, 1, 4)):  # neighbours at distance 1 and 2, both sides
        ok = pos[d:] >= d  # token i and i - d are in one sentence
        E[d:][ok] += V[:-d, own][ok]
        E[:-d][ok] += V[d:, other][ok]
    # triggers and bigrams: looked up once per word type of the call, then added at the few
    # tokens that have one, in token order (so each row's sums are the same as token by token)
    types = list(dict.fromkeys(flat))
    tix = np.fromiter(map({w: i for i, w in enumerate(types)}.__getitem__, flat), np.int64, len(flat))
    trig = [m.row("trigwin=" + t) if (t := _trigger_of(w)) else None for w in types]
    left_l = left.tolist()
    has = np.fromiter((r is not None for r in trig), bool, len(types))
    for i in np.flatnonzero(has[tix] & (left > 0)).tolist():
        E[i + 1:i + 1 + min(3, left_l[i])] += trig[tix[i]]
    if BIGRAMS:
        firsts = _bigram_firsts()
        tkeys = [_key(w) for w in types]
        first = np.fromiter((k in firsts for k in tkeys), bool, len(types))
        tix_l = tix.tolist()
        # the model knows a bigram that starts with the previous word (of the same sentence)
        for i in (np.flatnonzero(first[tix[:-1]] & (pos[1:] > 0)) + 1).tolist():
            pair = tkeys[tix_l[i - 1]] + "|" + tkeys[tix_l[i]]
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


def _call_features():
    """:func:`word_features` for one decoding call: a new word type's features are built once, read
    by the CRF rows and the BiLSTM projection, and dropped with the call. The per-type caches keep
    what was computed from them; keeping the features as well cost about 2 KB a type (100 MB per
    process at 50,000 types)."""
    memo: dict[str, tuple] = {}
    build = word_features.__wrapped__

    def features(tok: str):
        f = memo.get(tok)
        if f is None:
            f = memo[tok] = build(tok)
        return f

    return features


def _decode(sentences: list[list[str]]) -> list[tuple[list[tuple[int, int, str]], _Lattice]]:
    """Entity spans (token indices) and label probabilities of each non-empty sentence, decoded together."""
    m, cols = _combined()
    feats = _call_features()
    E = _emissions_flat(sentences, feats)
    if cols is not None and len(E):
        from newslib import lstm

        # a type's own CRF features as they are, not filtered by lstm.lstm_features first: the BiLSTM's
        # feature vocabulary was built from lstm_features (scripts/train_ner_lstm.py), so the features
        # that leaves out look up no row and the ids are the same, in the same order
        E += _lstm().emissions_flat(sentences, lambda tok: feats(tok)[0], cols, lstm.WEIGHT)
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
