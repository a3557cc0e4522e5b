"""Word clusters for the NER model from unlabelled news: ``python scripts/ner_clusters.py NEWS.jsonl.gz OUT.tsv``.

Reads the ``title`` and ``text`` of every JSON line (SaudiNewsNet), tokenises as newslib.entities
does, keys each token by its normalised stem (proclitics split the way the NER features split
them), and counts left/right neighbours at distance 1 and 2 among the most frequent words.
Positive PMI → truncated SVD (100 dims, L2-normalised) → k-means at 64, 256 and 1024 clusters.
Writes ``word<TAB>c64<TAB>c256<TAB>c1024`` for the most frequent words (a few MB).
Training-only dependencies: numpy, scipy, scikit-learn (the ``train`` extra). About 3–5 minutes
on one core; deterministic (fixed seeds).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("news", help="JSON Lines (gz) with a `text` field, e.g. saudinewsnet/dev.jsonl.gz")
    ap.add_argument("out", help="TSV to write (newslib/models/ner_clusters.tsv)")
    ap.add_argument("--vocab", type=int, default=60000)
    ap.add_argument("--contexts", type=int, default=3000)
    ap.add_argument("--dims", type=int, default=100)
    ap.add_argument("--ks", default="64,256,1024")
    args = ap.parse_args(argv)

    import numpy as np
    import scipy.sparse as sp
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD

    from newslib.arabic import normalize
    from newslib.entities import TOKEN_RE, _stem

    t0 = time.time()
    cache: dict[str, str] = {}

    def key(tok: str) -> str:
        k = cache.get(tok)
        if k is None:
            k = cache[tok] = _stem(normalize(tok))[1] if tok.isalnum() or len(tok) > 1 else tok
        return k

    docs = []
    seen = set()
    opener = gzip.open if args.news.endswith(".gz") else open
    with opener(args.news, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text = (rec.get("title") or "") + "\n" + (rec.get("text") or "")
            if len(text) < 20 or text in seen:
                continue
            seen.add(text)
            docs.append([key(t) for t in TOKEN_RE.findall(text)])
    seen.clear()
    freq = Counter(w for d in docs for w in d)
    vocab = [w for w, _ in freq.most_common(args.vocab)]
    vid = {w: i for i, w in enumerate(vocab)}
    cid = {w: i for i, w in enumerate(vocab[: args.contexts])}
    C = args.contexts
    print(f"{len(docs)} docs, {sum(freq.values())} tokens, {len(freq)} types ({time.time() - t0:.0f} s)", file=sys.stderr)

    rows, cols = [], []
    for d in docs:
        ids = np.array([vid.get(w, -1) for w in d], dtype=np.int64)
        cids = np.array([cid.get(w, -1) for w in d], dtype=np.int64)
        for slot, off in enumerate((-2, -1, 1, 2)):
            if off < 0:
                a, b = ids[-off:], cids[:off]
            else:
                a, b = ids[:-off], cids[off:]
            m = (a >= 0) & (b >= 0)
            rows.append(a[m])
            cols.append(b[m] + slot * C)
    r = np.concatenate(rows)
    c = np.concatenate(cols)
    M = sp.coo_matrix((np.ones(len(r), dtype=np.float32), (r, c)), shape=(len(vocab), 4 * C)).tocsr()
    M.sum_duplicates()
    total = M.sum()
    rs = np.asarray(M.sum(1)).ravel()
    cs = np.asarray(M.sum(0)).ravel() ** 0.75
    cs = cs / cs.sum() * total
    M = M.tocoo()
    pmi = np.log(M.data * total / (rs[M.row] * cs[M.col] + 1e-9))
    keep = pmi > 0
    P = sp.csr_matrix((pmi[keep].astype(np.float32), (M.row[keep], M.col[keep])), shape=M.shape)
    print(f"PPMI {P.shape} nnz={P.nnz} ({time.time() - t0:.0f} s)", file=sys.stderr)
    X = TruncatedSVD(args.dims, random_state=0, n_iter=5).fit_transform(P)
    X /= np.linalg.norm(X, axis=1, keepdims=True) + 1e-9
    print(f"SVD done ({time.time() - t0:.0f} s)", file=sys.stderr)
    labels = []
    for k in [int(x) for x in args.ks.split(",")]:
        km = MiniBatchKMeans(k, random_state=0, batch_size=4096, n_init=3, max_iter=100)
        labels.append(km.fit_predict(X))
        print(f"k={k} ({time.time() - t0:.0f} s)", file=sys.stderr)
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(f"# word clusters (k={args.ks}) from {Path(args.news).name}: PPMI of ±1/±2 neighbours, SVD {args.dims}, k-means;\n")
        fh.write("# written by scripts/ner_clusters.py (see its docstring). word\\tcluster ids\n")
        for i, w in enumerate(vocab):
            if "\t" in w or "\n" in w:
                continue
            fh.write(w + "\t" + "\t".join(str(int(lab[i])) for lab in labels) + "\n")
    write_contexts(docs, freq, Path(args.out).with_name("ner_contexts.tsv"))
    print(f"wrote {args.out} ({Path(args.out).stat().st_size / 1e6:.1f} MB, {time.time() - t0:.0f} s)", file=sys.stderr)
    return 0


def write_contexts(docs, freq, path: Path, min_count: int = 3) -> None:
    """How often each word follows a title (PER), a place noun (LOC) or an institution noun (ORG).

    Counted on the unlabelled news: position 1 is right after the trigger (skipping nationality
    adjectives), position 2 the word after that (a surname). Written as buckets per label.
    """
    from newslib.arabic import strip_article as strip
    from newslib.entities.features import _nat_country
    from newslib.entities.lexicon import _TITLE_MODIFIERS, _lex

    trig = _lex()["triggers"]
    nat_cache: dict[str, bool] = {}

    def is_adj(w: str) -> bool:
        if w not in nat_cache:
            nat_cache[w] = _nat_country(w) is not None or w in _TITLE_MODIFIERS
        return nat_cache[w]

    counts: dict[str, Counter] = {}
    for d in docs:
        n = len(d)
        for i, w in enumerate(d):
            lab = trig.get(w) or trig.get(strip(w))
            if not lab:
                continue
            j = i + 1
            while j < n and j - i <= 3 and is_adj(d[j]):
                j += 1
            if j < n and len(d[j]) > 1:
                counts.setdefault(d[j], Counter())[lab + "1"] += 1
                if lab == "PER" and j + 1 < n and len(d[j + 1]) > 1:
                    counts.setdefault(d[j + 1], Counter())["PER2"] += 1
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("# How often a word follows a trigger in unlabelled news (SaudiNewsNet), as buckets hi/mid/lo:\n")
        fh.write("# PER1 right after a title, PER2 the word after that, LOC1/ORG1 after a place/institution noun.\n")
        fh.write("# Written by scripts/ner_clusters.py (write_contexts). word\tbuckets\n")
        for w, c in sorted(counts.items()):
            tot = freq[w]
            if tot < min_count or "\t" in w:
                continue
            tags = []
            for k, v in sorted(c.items()):
                r = v / tot
                b = "hi" if r >= 0.3 else "mid" if r >= 0.1 else "lo" if r >= 0.03 and v >= 2 else None
                if b:
                    tags.append(f"{k}={b}")
            if tags:
                fh.write(w + "\t" + " ".join(tags) + "\n")


if __name__ == "__main__":
    sys.exit(main())
