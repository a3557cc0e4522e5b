"""A small BiLSTM tagger in numpy whose scores are added to the entity CRF's (issue 5).

The CRF sees each word through hand-made features; this network also reads the word's
characters and word2vec vectors learned from unlabelled Saudi news, and the whole sentence in
both directions. Alone it is no better than the CRF; added to the CRF's emission and transition
scores (``entities`` does it, weight :data:`WEIGHT`) it corrects some of its mistakes.

Trained by ``scripts/train_ner_lstm.py`` (torch, at training time only) and shipped as float16
arrays (``ner_lstm.npz``) with a vocabulary in plain text (``ner_lstm_vocab.tsv``). At run time
only numpy: the input projection of each word type (embeddings, character BiLSTM, CRF
features) is computed once and cached, so per token only the recurrent step runs, batched
over many sentences.

Example:
    >>> wkey("«روسيا»"), wkey("إسرائيلية"), stem(wkey("والعراق"))
    ('روسيا', 'اسرائيليه', 'عراق')
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import numpy as np

from newslib import arabic
from newslib.crf import OVERLAP, WINDOW, _windows

#: Weight of the LSTM's scores added to the CRF's (fixed before looking at dev, see bench/README.md).
WEIGHT = 0.5
#: Characters of a word the character BiLSTM reads.
MAX_CHARS = 20
#: Word types whose input projections are kept (then the rarely used ones are dropped, see _compact).
MAX_TYPES = 80_000  # 2 × 80,000 × 256 float32: about 160 MB at most (per process), with the CRF's rows 190 MB; 100,000 saved ~3 % more CPU but left nl.analyze (n_jobs=2) only ~110 MB under the 2 GB budget
#: Prefixes of the CRF's own-word features the LSTM reads no embedding for (it has its own).
DROPPED_FEATURES = ("w=", "stem=", "sa=", "suf", "prf", "len=")

_EDGE = re.compile(r"^[^\w]+|[^\w]+$")
_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")


def wkey(tok: str) -> str:
    """The word-embedding key of a token: no diacritics or tatweel, one alef, ي for ى, ه for ة,
    digits as 0, lower case, marks at its edges removed. These folds (fewer than
    :func:`newslib.arabic.normalize`'s: ئ and ؤ stay) are the ones the model was trained with."""
    s = (_EDGE.sub("", tok) or tok).translate(_WKEY_TABLE)
    return _DIGIT.sub("0", s).lower()


#: The character folds of :func:`wkey` before digits, as one table: diacritics and tatweel
#: removed, أ إ آ → ا, ى → ي, ة → ه (each maps one character, so one pass equals the steps in turn).
_WKEY_TABLE = {**{ord(c): None for c in arabic.DIACRITICS + arabic.TATWEEL},
               **{ord(a): b for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ى", "ي"), ("ة", "ه"))}}
_DIGIT = re.compile(r"\d")


def stem(key: str) -> str:
    """``key`` without its longest proclitic, article included (at least two letters left): the
    stem embedding's key, cruder than :func:`newslib.arabic.split_proclitics` on purpose."""
    for p in _PREFIXES:
        if key.startswith(p) and len(key) - len(p) >= 2:
            return key[len(p):]
    return key


def lstm_features(own: tuple[str, ...]) -> tuple[str, ...]:
    """The CRF's own-word features the LSTM reads (clusters, gazetteers, triggers, contexts …)."""
    return tuple([f for f in own if not f.startswith(DROPPED_FEATURES)])


def _reorder(W: np.ndarray, H: int) -> np.ndarray:
    """Gate blocks i f g o (torch) → i f o g, the sigmoid gates scaled by ½ (σ(x) = ½ tanh(x/2) + ½)."""
    i, f, g, o = (W[..., k * H:(k + 1) * H] for k in range(4))
    return np.ascontiguousarray(np.concatenate([0.5 * i, 0.5 * f, 0.5 * o, g], -1), dtype=np.float32)


def _run(X: np.ndarray, Wh: np.ndarray, H: int, active=None, rows=None) -> np.ndarray:
    """An LSTM over time-major pre-activations ``X`` (steps × batch × 4H, gates i f o g) → steps × batch × H.

    ``active[t]``: only the first ``active[t]`` rows run step ``t`` (rows sorted longest first, so
    a batch's short rows stop instead of running over padding); the other rows' outputs at that
    step are left unset.

    Several LSTMs of the same shape run as one (a leading axis, e.g. both directions): ``X`` is
    then ``D × steps × batch × 4H`` and ``Wh`` ``D × H × 4H``, the output ``steps × D × batch × H``;
    with ``rows`` (``D × steps × batch`` indices), ``X`` is a table of pre-activations read a step
    at a time (``X[rows[:, t]]``) instead of a whole batch copied out of it first."""
    if rows is None and X.ndim == 3:
        return _run(X[None], Wh[None], H, active)[:, 0]
    D, N, B = rows.shape if rows is not None else X.shape[:3]
    h = np.zeros((D, B, H), np.float32)
    c = np.zeros((D, B, H), np.float32)
    out = np.empty((N, D, B, H), np.float32)
    g = np.empty((D, B, 4 * H), np.float32)
    tc = np.empty((D, B, H), np.float32)
    steps = [B] * N if active is None else active
    for t, k in enumerate(steps):
        hk, gk, ck, tk = h[:, :k], g[:, :k], c[:, :k], tc[:, :k]
        np.matmul(hk, Wh, out=gk)
        gk += X[rows[:, t, :k]] if rows is not None else X[:, t, :k]
        np.tanh(gk, out=gk)
        s = gk[..., :3 * H]
        s *= 0.5
        s += 0.5
        ck *= gk[..., H:2 * H]
        ck += gk[..., :H] * gk[..., 3 * H:]
        np.tanh(ck, out=tk)
        np.multiply(gk[..., 2 * H:3 * H], tk, out=hk)
        out[t, :, :k] = hk
    return out


def move_rows(a: np.ndarray, rows: np.ndarray, axis: int = 0, chunk: int = 4096) -> None:
    """Move the slices ``rows`` (ascending) of ``a`` along ``axis`` to its front, in place, a chunk at
    a time: a cache keeps its rows without a second copy of itself (``a[rows]`` would be one).

    Example:
        >>> a = np.arange(6) * 10
        >>> move_rows(a, np.array([1, 3, 4]), chunk=2); a.tolist()
        [10, 30, 40, 30, 40, 50]
    """
    v = np.moveaxis(a, axis, 0)
    for i in range(0, len(rows), chunk):  # rows[j] ≥ j: a chunk never overwrites a row still to move
        r = rows[i:i + chunk]
        v[i:i + len(r)] = v[r]


def compact_cache(index: dict[str, int], hits: np.ndarray, arrays, current: set[str], cap: int,
                  pad: int = 0) -> dict[str, int]:
    """Make room in a per-word-type cache of at most ``cap`` types: keep the types used in two calls
    or more since the last compaction and those of the current call (only the current call's when
    the others would fill half of ``cap``), drop the rest. The kept rows of each ``(array, axis)``
    of ``arrays`` and of ``hits`` move to the front in place, after ``pad`` fixed rows, in their
    order; their hits are halved and the others zeroed. Returns the new index (type → row).
    The BiLSTM's projections (:meth:`Tagger._compact`) and the CRF's rows
    (:class:`newslib.entities.decode.TypeRows`) share this rule: news vocabulary is Zipfian, and an
    LRU would drop every type when the same texts are read again in a cycle longer than ``cap``.

    Example:
        >>> hits, data = np.array([3, 1, 2, 1]), np.arange(4) * 10
        >>> compact_cache({"a": 0, "b": 1, "c": 2, "d": 3}, hits, [(data, 0)], {"d"}, 10)
        {'a': 0, 'c': 1, 'd': 2}
        >>> data[:3].tolist(), hits.tolist()
        ([0, 20, 30], [1, 1, 0, 0])
    """
    keep = [(t, r) for t, r in index.items() if hits[r] >= 2 or t in current]
    if len(keep) > cap // 2:
        keep = [(t, r) for t, r in index.items() if t in current]
    keep.sort(key=lambda tr: tr[1])
    rows = np.fromiter([*range(pad), *(r for _, r in keep)], np.int64, pad + len(keep))
    for a, axis in arrays:
        move_rows(a, rows, axis)
    move_rows(hits, rows)
    hits[:len(rows)] //= 2
    hits[len(rows):] = 0
    return {t: pad + i for i, (t, _) in enumerate(keep)}


def grown(a: np.ndarray, keep: int, size: int, axis: int = 0) -> np.ndarray:
    """A zeroed array like ``a`` with ``size`` slices along ``axis``, its first ``keep`` copied from
    ``a``: a bounded cache that one call alone overfills (after a clear).

    Example:
        >>> grown(np.array([1, 2, 3]), 2, 5).tolist()
        [1, 2, 0, 0, 0]
    """
    shape = list(a.shape)
    shape[axis] = size
    out = np.zeros(shape, a.dtype)
    head = (slice(None),) * axis + (slice(0, keep),)
    out[head] = a[head]
    return out


def _batches(order: np.ndarray, lens: np.ndarray, size: int) -> list[np.ndarray]:
    """Pieces in length order cut into batches of at most ``size`` rows and ``MAX_CELLS`` rows × steps
    (the memory of one batch's arrays); a batch of ``MIN_BATCH`` or more
    also ends before a piece more than a third longer than its shortest (+ 4). Every row of a
    batch runs as many steps as its longest, so a big batch mixing lengths 5 and 60 wastes most
    of its work, while a small one costs mostly numpy's per-step overhead (one article's
    sentences stay one batch).

    Example:
        >>> lens = np.array([3, 50, 4, 5, 40, 6] * 20)
        >>> [len(b) for b in _batches(np.argsort(lens, kind="stable"), lens, 1024)]
        [80, 40]
        >>> [len(b) for b in _batches(np.argsort(lens[:6], kind="stable"), lens[:6], 1024)]
        [6]
    """
    out, start = [], 0
    sl = lens[order]
    for k in range(1, len(order) + 1):
        if k == len(order) or k - start >= size or (k - start + 1) * sl[k] > MAX_CELLS or \
                (k - start >= MIN_BATCH and sl[k] > sl[start] * 4 // 3 + 4):
            out.append(order[start:k])
            start = k
    return out


#: Rows a batch holds before it may end at a jump in length (see _batches).
MIN_BATCH = 64
#: Rows × steps of one batch at most: its arrays take 2 × (8 + 4H) bytes a cell (64k: 35 MB; the
#: input pre-activations are read from the cache a step at a time, not copied out for the batch).
MAX_CELLS = 65_536


class Tagger:
    """The shipped network: emission scores (tokens × labels) for sentences of tokens."""

    def __init__(self, arrays: dict[str, np.ndarray], vocab: dict[str, dict[str, int]], labels: list[str]):
        P = {k: np.asarray(v, np.float32) for k, v in arrays.items()}
        self.labels = list(labels)
        self.words, self.stems, self.chars, self.feats = vocab["word"], vocab["stem"], vocab["char"], vocab["feat"]
        self.wemb, self.semb, self.cemb = P["wemb.weight"], P["semb.weight"], P["cemb.weight"]
        self.H = H = P["lstm.weight_hh_l0"].shape[1]
        ch = P["clstm.weight_hh_l0"].shape[1]
        dx = self.wemb.shape[1] + self.semb.shape[1] + 2 * ch  # word | stem | characters, then features
        self.Wx, self.Wh, Pf = [], [], []
        for sfx in ("", "_reverse"):
            Wih = P["lstm.weight_ih_l0" + sfx]
            b = P["lstm.bias_ih_l0" + sfx] + P["lstm.bias_hh_l0" + sfx]
            self.Wx.append((_reorder(Wih[:, :dx].T, H), _reorder(b, H)))
            Pf.append(_reorder(P["femb.weight"] @ Wih[:, dx:].T, H))  # features × 4H
            self.Wh.append(_reorder(P["lstm.weight_hh_l0" + sfx].T, H))
        self._Wh2 = np.stack(self.Wh)  # both directions' recurrent weights, for one _run
        self.Pf = np.concatenate(Pf, 1)
        self.ch = ch
        self.cW = [(_reorder(P["clstm.weight_ih_l0" + s].T, ch), _reorder(P["clstm.weight_hh_l0" + s].T, ch),
                    _reorder(P["clstm.bias_ih_l0" + s] + P["clstm.bias_hh_l0" + s], ch)) for s in ("", "_reverse")]
        # the character LSTM's input pre-activations of each character, once (not per character of every new type)
        self.cX = [self.cemb @ Wi + b for Wi, _, b in self.cW]
        self.Wo, self.bo = np.ascontiguousarray(P["out.weight"].T), P["out.bias"]
        self.start, self.end, self.trans = (P["crf.start"].astype(np.float64), P["crf.end"].astype(np.float64),
                                            P["crf.trans"].astype(np.float64))
        self.clear()

    @classmethod
    def load(cls, npz, vocab_tsv: str) -> "Tagger":
        """From the shipped files: ``npz`` (a path or file object) and the vocabulary TSV's text."""
        with np.load(npz) as z:
            arrays = {k: z[k] for k in z.files}
        vocab: dict[str, dict[str, int]] = {"word": {}, "stem": {}, "char": {}, "feat": {}, "label": {}}
        for line in vocab_tsv.splitlines():
            if not line or line.startswith("#"):
                continue
            kind, i, key = line.split("\t", 2)
            vocab[kind][key] = int(i)
        ranks = vocab.pop("label")
        return cls(arrays, vocab, sorted(ranks, key=ranks.get))

    def clear(self) -> None:
        """Forget the per-word-type input projections."""
        self._rows: dict[str, int] = {}  # word type → row of self._K; row 0 is padding
        # both directions' input pre-activations (2 × types × 4H), allocated once for MAX_TYPES
        # types: zeroed pages take memory only once written, and compaction moves rows in place,
        # so the cache never holds an old and a new copy at once; rows ≥ self._n unused
        self._K = np.zeros((2, MAX_TYPES + 1, 4 * self.H), np.float32)
        self._hits = np.zeros(MAX_TYPES + 1, np.int32)  # calls each row was used in (halved at each compaction)
        self._n = 1

    def _compact(self, current: set[str]) -> None:
        """Make room by :func:`compact_cache` (row 0, the padding, stays)."""
        self._rows = compact_cache(self._rows, self._hits, [(self._K, 1)], current, MAX_TYPES, pad=1)
        self._n = len(self._rows) + 1

    def _project(self, toks: list[str], features) -> None:
        """Input pre-activations of new word types, both directions."""
        cids = [[self.chars.get(c, 1) for c in t[:MAX_CHARS]] or [0] for t in toks]
        lens = np.array([len(c) for c in cids])
        B, N = len(toks), int(lens.max())
        fwd = np.zeros((B, N), np.int64)
        bwd = np.zeros((B, N), np.int64)
        for k, c in enumerate(cids):
            fwd[k, :len(c)] = c
            bwd[k, :len(c)] = c[::-1]
        last = [np.empty((B, self.ch), np.float32), np.empty((B, self.ch), np.float32)]
        for n in np.unique(lens).tolist():  # types of one length together: no steps over padding
            js = np.flatnonzero(lens == n)
            for (_, Wh, _), cX, ids, h in zip(self.cW, self.cX, (fwd, bwd), last):
                h[js] = _run(cX[ids[js, :n].T], Wh, self.ch)[n - 1]
        keys = [wkey(t) for t in toks]
        x = np.concatenate([self.wemb[[self.words.get(k, 1) for k in keys]],
                            self.semb[[self.stems.get(stem(k), 1) for k in keys]], *last], 1)
        X = np.concatenate([x @ self.Wx[0][0] + self.Wx[0][1], x @ self.Wx[1][0] + self.Wx[1][1]], 1)
        get = self.feats.get
        fids = [[i for i in map(get, features(t)) if i is not None] for t in toks]
        nf = np.fromiter(map(len, fids), np.int64, B)
        F = np.zeros((B, int(nf.max(initial=0))), np.int64)
        F[np.arange(F.shape[1]) < nf[:, None]] = [i for ids in fids for i in ids]
        for k in range(F.shape[1]):  # each type's k-th feature, all types at once:
            js = nf > k  # the same float32 sums, in the same order
            X[js] += self.Pf[F[js, k]]
        n0, n1 = self._n, self._n + len(toks)
        if n1 > self._K.shape[1]:  # one call with more than MAX_TYPES types (after a clear)
            self._K, self._hits = grown(self._K, n0, n1, axis=1), grown(self._hits, n0, n1)
        self._K[0, n0:n1] = X[:, :4 * self.H]
        self._K[1, n0:n1] = X[:, 4 * self.H:]
        self._n = n1
        for j, t in enumerate(toks):
            self._rows[t] = n0 + j

    def emissions_flat(self, sentences: list[list[str]], features, cols=None, weight: float = 1.0,
                       batch: int = 1024) -> np.ndarray:
        """Scores of every token of the (non-empty) sentences, one row per token in order (float64):
        tokens × labels, the CRF layer's start and end scores added to each sentence's first and last
        token, columns in the order ``cols`` (default: :attr:`labels`), all times ``weight``.
        ``features(token)`` gives a word type's CRF features (asked once per type).

        Runs with one BLAS thread: its matrices are small, and OpenBLAS's threads spin against
        any other busy process (a notebook's own ``nl.entities`` on a loaded 2-core machine ran
        2 to 20 times slower with two)."""
        with _one_blas_thread():
            return self._emissions_flat(sentences, features, cols, weight, batch)

    def _emissions_flat(self, sentences, features, cols, weight, batch) -> np.ndarray:
        keys = [t for ws in sentences for t in ws]
        rows_of = self._rows
        new = [t for t in dict.fromkeys(keys) if t not in rows_of]
        if len(rows_of) + len(new) > MAX_TYPES:
            self._compact(set(keys))
            rows_of = self._rows
            new = [t for t in dict.fromkeys(keys) if t not in rows_of]
            if len(rows_of) + len(new) > MAX_TYPES:  # this call alone has that many types
                self.clear()
                rows_of = self._rows
                new = list(dict.fromkeys(keys))
        if new:
            self._project(new, features)
        cols = list(range(len(self.labels))) if cols is None else list(cols)
        Wo, bo = self.Wo[:, cols] * weight, self.bo[cols] * weight
        rows = np.fromiter(map(rows_of.__getitem__, keys), np.int64, len(keys))
        self._hits[rows] += 1  # once per type and call: repeated indices add once
        lens_all = np.fromiter(map(len, sentences), np.int64, len(sentences))
        first = np.cumsum(lens_all) - lens_all
        # pieces: whole sentences, or overlapping windows of a long one (each keeps its middle), so
        # that a text without sentence ends runs as a batch, not one token per numpy step
        pieces = [(f + a, b - a, c - a, d - a) for f, n in zip(first.tolist(), lens_all.tolist())
                  for a, b, c, d in _windows(n, WINDOW, OVERLAP)]
        p_first, p_len, p_lo, p_hi = (np.array(x, np.int64) for x in zip(*pieces))
        out = np.empty((len(keys), len(cols)), np.float64)
        H = self.H
        K = self._K.reshape(-1, 4 * H)  # forward rows, then backward rows (a view)
        Wh = self._Wh2
        order = np.argsort(p_len, kind="stable")
        for idx in _batches(order, p_len, batch):
            idx = idx[::-1]  # longest first: the rows still running at a step are the first ones
            lens = p_len[idx]
            N, B = int(lens.max()), len(idx)
            active = (lens[None, :] > np.arange(N)[:, None]).sum(1).tolist()
            r = np.repeat(np.arange(B), lens)
            pos = np.arange(lens.sum()) - np.repeat(np.cumsum(lens) - lens, lens)
            rpos = np.repeat(lens, lens) - 1 - pos
            flat = np.repeat(p_first[idx], lens) + pos  # where each token of this batch is in `keys`
            src = rows[flat]
            R = np.zeros((2, N, B), np.int64)  # rows of both directions' pre-activations in K
            R[0, pos, r] = src
            R[1, rpos, r] = src + self._K.shape[1]
            hs = _run(K, Wh, H, active, R)
            keep = (pos >= np.repeat(p_lo[idx], lens)) & (pos < np.repeat(p_hi[idx], lens))
            out[flat[keep]] = np.concatenate([hs[pos[keep], 0, r[keep]], hs[rpos[keep], 1, r[keep]]], 1) @ Wo + bo
        out[first] += self.start[cols] * weight
        out[first + lens_all - 1] += self.end[cols] * weight
        return out

    def emissions(self, sentences: list[list[str]], features, batch: int = 1024) -> list[np.ndarray]:
        """:meth:`emissions_flat` split into one tokens × labels array per sentence."""
        flat = self.emissions_flat(sentences, features, batch=batch)
        return np.split(flat, np.cumsum([len(s) for s in sentences])[:-1])


@lru_cache(maxsize=1)
def _blas_controller():
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def _one_blas_thread():
    """A context in which numpy's BLAS uses one thread (restored on exit)."""
    return _blas_controller().limit(limits=1, user_api="blas")


def load_shipped(model_dir=None) -> Tagger | None:
    """The shipped tagger from ``newslib/models`` (or ``model_dir``), or None when its files are absent."""
    from pathlib import Path

    base = Path(model_dir) if model_dir else Path(str(resources.files("newslib") / "models"))
    npz, tsv = base / "ner_lstm.npz", base / "ner_lstm_vocab.tsv"
    if not (npz.exists() and tsv.exists()):
        return None
    return Tagger.load(str(npz), tsv.read_text(encoding="utf-8"))
