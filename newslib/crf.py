"""Linear-chain CRF decoding with numpy: best paths and marginals for many sentences at once.

python-crfsuite tags one sentence per call from lists of feature strings; building those strings
and looking each one up in the model was most of the time of :func:`newslib.entities`. Here the
model's state weights become one vector per attribute, a caller sums them once per word type
(news vocabulary repeats), and sentences of similar length are decoded together: Viterbi for the
best path and forward–backward for each token's label probabilities, in float64 like crfsuite,
with its tie-breaking (the first best label wins). Weights come from ``Tagger.info()``, which
prints them to six decimals, so scores can differ from crfsuite's by about 1e-5: the test suite
checks that the paths agree on real news.

Example:
    >>> m = Model(["O", "B-PER"], {("O", "O"): 0.5, ("O", "B-PER"): 0.0, ("B-PER", "O"): 0.0,
    ...           ("B-PER", "B-PER"): -1.0}, {("w=بوتين", "B-PER"): 2.0, ("w=زار", "O"): 1.0})
    >>> import numpy as np
    >>> E = np.vstack([m.score(["w=زار"]), m.score(["w=بوتين", "w=unknown"])])  # tokens × labels
    >>> path, probs = m.decode([E])[0]
    >>> [m.labels[y] for y in path], round(float(probs[1, 1]), 3)  # P(بوتين is B-PER)
    (['O', 'B-PER'], 0.806)
"""

from __future__ import annotations

from typing import Iterable, Mapping

import numpy as np

#: At most this many sentences, and this many padded tokens, are decoded together (sorted by
#: length, so little padding; the token budget keeps a text of very long sentences in small arrays).
BATCH = 512
BATCH_TOKENS = 50_000
#: A sentence longer than WINDOW tokens is decoded in overlapping windows (each keeps OVERLAP
#: tokens of context on both sides of the part it decides), so that a text without sentence ends
#: is decoded as a batch too, not one token at a time. Shorter sentences are decoded exactly.
WINDOW = 256
OVERLAP = 32


class Model:
    """A CRF's labels, transition matrix and per-attribute state weight vectors."""

    def __init__(self, labels: Iterable[str], transitions: Mapping[tuple[str, str], float],
                 state_features: Mapping[tuple[str, str], float]):
        self.labels = tuple(labels)
        self.index = {lab: i for i, lab in enumerate(self.labels)}
        n = len(self.labels)
        self.trans = np.zeros((n, n))
        for (a, b), w in transitions.items():
            self.trans[self.index[a], self.index[b]] = w
        self.exp_trans = np.exp(self.trans)
        self.attr_index: dict[str, int] = {}  # attribute → its row, in order of first appearance
        at, li, ws = [], [], []
        for (attr, lab), w in state_features.items():
            at.append(self.attr_index.setdefault(attr, len(self.attr_index)))
            li.append(self.index[lab])
            ws.append(w)
        self.weights = np.zeros((len(self.attr_index) + 1, n))  # the last row: zeros, for unknown attributes
        np.add.at(self.weights, (at, li), ws)

    @classmethod
    def from_crfsuite(cls, tagger) -> "Model":
        """The model of an open ``pycrfsuite.Tagger`` (its weights as ``Tagger.info()`` reads them)."""
        transitions, state_features = _dumped_weights(tagger)
        return cls(tagger.labels(), transitions, state_features)

    def score(self, attrs: Iterable[str]) -> np.ndarray:
        """Summed state weights of ``attrs`` per label (attributes the model does not know add 0)."""
        return self.scores([attrs])[0]

    def scores(self, groups: Iterable[Iterable[str]]) -> np.ndarray:
        """:meth:`score` of several attribute lists at once (groups × labels)."""
        zero = len(self.weights) - 1
        idx, starts = [], []
        get = self.attr_index.get
        for attrs in groups:
            starts.append(len(idx))
            idx.append(zero)  # never an empty group for reduceat
            idx.extend(i for i in map(get, attrs) if i is not None)
        return np.add.reduceat(self.weights[idx], starts, axis=0)

    def row(self, attr: str) -> np.ndarray | None:
        """State weights of one attribute, or None when the model has none."""
        i = self.attr_index.get(attr)
        return None if i is None else self.weights[i]

    def decode(self, emissions: list[np.ndarray], marginals: bool = True) -> list[tuple[list[int], np.ndarray | None]]:
        """Best label path (label indices) and, if asked, token × label probabilities per sentence.

        ``emissions[k]`` is sentence k's tokens × labels state scores (at least one token).
        """
        pieces = []  # (sentence, window start, window end, kept start, kept end)
        for k, e in enumerate(emissions):
            pieces.extend((k, *w) for w in _windows(len(e), WINDOW, OVERLAP))
        decoded = self._decode([emissions[k][a:b] for k, a, b, _, _ in pieces], marginals)
        paths: list[list[int]] = [[] for _ in emissions]
        probs: list[list] = [[] for _ in emissions]
        for (k, a, _, c, d), (path, p) in zip(pieces, decoded):
            paths[k].extend(path[c - a:d - a])
            if p is not None:
                probs[k].append(p[c - a:d - a])
        return [(paths[k], (ps[0] if len(ps) == 1 else np.vstack(ps)) if marginals else None)
                for k, ps in enumerate(probs)]

    def _decode(self, emissions: list[np.ndarray], marginals: bool) -> list[tuple[list[int], np.ndarray | None]]:
        out: list = [None] * len(emissions)
        order = sorted(range(len(emissions)), key=lambda k: len(emissions[k]))
        lo = 0
        while lo < len(order):
            hi = lo + 1
            while hi < len(order) and hi - lo < BATCH and (hi - lo + 1) * len(emissions[order[hi]]) <= BATCH_TOKENS:
                hi += 1
            ks, lo = order[lo:hi], hi
            lens = np.array([len(emissions[k]) for k in ks])
            E = np.zeros((len(ks), int(lens.max()), len(self.labels)))
            for b, k in enumerate(ks):
                E[b, :lens[b]] = emissions[k]
            paths = self._viterbi(E, lens)
            probs = self._marginals(E, lens) if marginals else None
            for b, k in enumerate(ks):
                out[k] = (paths[b], probs[b, :lens[b]] if probs is not None else None)
        return out

    def _viterbi(self, E: np.ndarray, lens: np.ndarray) -> list[list[int]]:
        B, N, _ = E.shape
        delta = E[:, 0].copy()
        back = np.zeros((B, N, len(self.labels)), dtype=np.int8)
        for t in range(1, N):
            s = delta[:, :, None] + self.trans  # previous label × this label
            best = s.argmax(1)  # the first best previous label, as crfsuite
            back[:, t] = best
            # the best score read at the argmax: the same value as s.max(1), one pass fewer
            delta = np.where((t < lens)[:, None], np.take_along_axis(s, best[:, None, :], 1)[:, 0] + E[:, t], delta)
        # back-trace all sentences at once: a sentence's last label, then at each step t < its length
        # the label its step-t label came from (longer steps leave a shorter sentence's label as is)
        y = delta.argmax(1)
        P = np.empty((B, N), np.int64)
        rows = np.arange(B)
        for t in range(N - 1, 0, -1):
            P[:, t] = y
            y = np.where(t < lens, back[rows, t, y], y)
        P[:, 0] = y
        return [P[b, :n].tolist() for b, n in enumerate(lens.tolist())]

    def _marginals(self, E: np.ndarray, lens: np.ndarray) -> np.ndarray:
        B, N, L = E.shape
        X = np.exp(E - E.max(2, keepdims=True))  # scaled per position: the scale cancels below
        T = self.exp_trans
        alpha = np.empty_like(X)
        a = X[:, 0] / X[:, 0].sum(1, keepdims=True)
        alpha[:, 0] = a
        for t in range(1, N):
            a = (a @ T) * X[:, t]
            a /= a.sum(1, keepdims=True)
            alpha[:, t] = a
        beta = np.ones_like(X)
        for t in range(N - 2, -1, -1):
            nb = (X[:, t + 1] * beta[:, t + 1]) @ T.T
            nb /= nb.sum(1, keepdims=True)
            beta[:, t] = np.where((t >= lens - 1)[:, None], 1.0, nb)
        m = alpha * beta
        m /= m.sum(2, keepdims=True)
        return m


def _dumped_weights(tagger) -> tuple[dict, dict]:
    """Transition and state weights of an open ``pycrfsuite.Tagger``, read from its text dump as
    ``Tagger.info()`` does (same keys, order and values), without its regular expression per line:
    ``info()`` was most of a first ``nl.entities`` call (0.6 of 0.9 s on a quiet machine).

    A dump line reads ``(7) attribute --> label: -0.123456``; like ``info()``'s pattern, the
    attribute ends at the last `` --> `` and the label at the last ``: ``.
    """
    import os
    import tempfile

    fd, name = tempfile.mkstemp()
    os.close(fd)
    try:
        tagger.dump(name)
        with open(name, "rb") as f:
            lines = f.read().decode("utf8").splitlines()
    finally:
        try:
            os.unlink(name)
        except OSError:
            pass
    out: dict[str, dict] = {"TRANSITIONS": {}, "STATE_FEATURES": {}}
    section = None
    for line in lines:
        line = line.lstrip()
        if not line:
            continue
        if line.endswith(" = {"):
            section = out.get(line[:-4])
        elif line == "}":
            section = None
        elif section is not None:
            key, weight = line.split(") ", 1)[1].rsplit(": ", 1)
            section[tuple(key.rsplit(" --> ", 1))] = float(weight)
    return out["TRANSITIONS"], out["STATE_FEATURES"]


def _windows(n: int, size: int, overlap: int) -> list[tuple[int, int, int, int]]:
    """(start, end, kept start, kept end) of the windows that decode a sentence of ``n`` tokens.

    Example:
        >>> _windows(5, 256, 32), _windows(300, 256, 32)
        ([(0, 5, 0, 5)], [(0, 224, 0, 192), (160, 300, 192, 300)])
    """
    if n <= size:
        return [(0, n, 0, n)]
    step = size - 2 * overlap
    out, c = [], 0
    while c < n:
        d = min(n, c + step)
        out.append((max(0, c - overlap), min(n, d + overlap), c, d))
        c = d
    return out
