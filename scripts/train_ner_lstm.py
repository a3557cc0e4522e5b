"""Train the BiLSTM that adds its scores to the entity CRF: ``python scripts/train_ner_lstm.py TRAIN.conll NEWS.jsonl.gz``.

1. word2vec (gensim, skip-gram, 100 dimensions) on the unlabelled news (SaudiNewsNet, BBC …)
   and the text of ANERcorp train, keyed by :func:`newslib.lstm.wkey`;
2. a BiLSTM-CRF (torch, one layer of 64 units each way) over the tokens the CRF sees: word and
   stem embeddings started from word2vec, a character BiLSTM, and the CRF's own-word features
   (train-word list cross-fitted over 5 folds, as ``train_ner.py`` does); word dropout 0.15,
   Adam, a fixed 10 epochs (no choice on dev);
3. export to ``newslib/models/ner_lstm.npz`` (float16) and ``ner_lstm_vocab.tsv``, and a few
   sentences' reference emissions to ``tests/fixtures/ner_lstm_reference.json``.

``--dev-only`` trains on the first 90 % of train and scores the last 10 % with the dev CRF
(``/tmp/ner.dev.crfsuite`` from ``train_ner.py --dev-only``) alone and with the LSTM added; with
``--fane DIR`` also WikiFANE's held-out last 10 % (the model, no rules). ``--gaz-fane`` counts FANE's
converted entity words in the train-word list, as ``train_ner.py --gaz-fane`` (the two must agree);
``--wiki-lstm FRAC`` adds every n-th converted WikiFANE training sentence to the BiLSTM's data only
(bench/README.md, "FANE for the other genres": not shipped).
Training-only dependencies: torch (CPU), gensim (the ``train`` extra). One core, about 8 minutes.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import numpy as np  # noqa: E402

import train_ner as T  # noqa: E402
from newslib import lstm as L  # noqa: E402

E = importlib.import_module("newslib.entities")
MODELS = ROOT / "newslib" / "models"
VOCAB_NEWS = 20_000  # most frequent news words kept besides train's (their word2vec vectors)


# ---------------------------------------------------------------- word2vec
def word2vec(news: list[str], train_sents, out: Path, seed: int = 1) -> Path:
    from gensim.models import Word2Vec

    sents = []
    for path in news:
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                for field in ("title", "text"):
                    for para in (d.get(field) or "").split("\n"):
                        toks = [L.wkey(t) for t in E.TOKEN_RE.findall(para)]
                        if toks:
                            sents.append(toks)
    for s in train_sents:
        sents.append([L.wkey(t) for tok, _ in s for t in E.TOKEN_RE.findall(tok)])
    t0 = time.time()
    m = Word2Vec(sents, vector_size=100, window=5, min_count=3, sg=1, negative=5, workers=1, epochs=5, seed=seed)
    m.wv.save_word2vec_format(str(out))
    print(f"word2vec: {sum(map(len, sents)):,} tokens, {len(m.wv):,} words, {time.time() - t0:.0f} s", file=sys.stderr)
    return out


def load_w2v(path: Path) -> tuple[dict[str, np.ndarray], list[str]]:
    vecs, order = {}, []
    with open(path, encoding="utf-8") as f:
        f.readline()
        for line in f:
            p = line.rstrip().split(" ")
            vecs[p[0]] = np.asarray(p[1:], dtype=np.float32)
            order.append(p[0])
    return vecs, order


# ---------------------------------------------------------------- data
def featurise(sents, extra=()) -> list[tuple[list[str], list[str], list[tuple[str, ...]]]]:
    """(tokens, tags, LSTM features) per sentence; the train-word list cross-fitted over 5 folds
    (``extra`` sentences, WikiFANE's, get the list of a fold they are not in: ANERcorp's words only)."""
    return [(item[0], item[1], [L.lstm_features(E.word_features(t)[0]) for t in item[0]])
            for item in T.cross_fitted(sents, extra=extra)]


def vocab(data, vecs, order):
    words = {L.wkey(t) for toks, _, _ in data for t in toks} | set(order[:VOCAB_NEWS])
    wc = Counter(L.wkey(t) for toks, _, _ in data for t in toks)
    stems = {L.stem(w) for w in words}
    sc = Counter(L.stem(L.wkey(t)) for toks, _, _ in data for t in toks)

    def table(keys, counts):
        itos = ["<pad>", "<unk>"] + sorted(k for k in keys if k in vecs or counts.get(k, 0) >= 2)
        M = np.random.RandomState(0).normal(0, 0.1, (len(itos), 100)).astype(np.float32)
        M[0] = 0
        for i, k in enumerate(itos):
            if k in vecs:
                M[i] = vecs[k] / (np.linalg.norm(vecs[k]) + 1e-8)
        return {k: i for i, k in enumerate(itos)}, M

    wv, WE = table(words, wc)
    sv, SE = table(stems, sc)
    chars = sorted({c for toks, _, _ in data for t in toks for c in t})
    cv = {c: i + 2 for i, c in enumerate(chars)}
    fc = Counter(f for _, _, fs in data for ff in fs for f in ff)
    fv = {f: i + 1 for i, f in enumerate(sorted(f for f, n in fc.items() if n >= 2))}
    return wv, WE, sv, SE, cv, fv


# ---------------------------------------------------------------- model (torch)
def build(nw, ns, nc, nf, WE, SE, nlab):
    import torch
    import torch.nn as nn

    class CRF(nn.Module):
        def __init__(self, n):
            super().__init__()
            self.trans = nn.Parameter(torch.zeros(n, n))
            self.start = nn.Parameter(torch.zeros(n))
            self.end = nn.Parameter(torch.zeros(n))

        def nll(self, em, tags, m):
            B, Lm, n = em.shape
            sc = self.start[tags[:, 0]] + em[:, 0].gather(1, tags[:, :1]).squeeze(1)
            for t in range(1, Lm):
                s_t = self.trans[tags[:, t - 1], tags[:, t]] + em[:, t].gather(1, tags[:, t:t + 1]).squeeze(1)
                sc = sc + s_t * m[:, t]
            last = tags.gather(1, (m.sum(1).long() - 1).unsqueeze(1)).squeeze(1)
            sc = sc + self.end[last]
            a = self.start.unsqueeze(0) + em[:, 0]
            for t in range(1, Lm):
                na = torch.logsumexp(a.unsqueeze(2) + self.trans.unsqueeze(0), dim=1) + em[:, t]
                a = torch.where(m[:, t:t + 1], na, a)
            return (torch.logsumexp(a + self.end.unsqueeze(0), 1) - sc).sum()

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.wemb = nn.Embedding(nw, 100)
            self.wemb.weight.data.copy_(torch.from_numpy(WE))
            self.semb = nn.Embedding(ns, 100)
            self.semb.weight.data.copy_(torch.from_numpy(SE))
            self.cemb = nn.Embedding(nc, 30, padding_idx=0)
            self.clstm = nn.LSTM(30, 25, batch_first=True, bidirectional=True)
            self.femb = nn.Embedding(nf, 50, padding_idx=0)
            self.drop = nn.Dropout(0.5)
            self.lstm = nn.LSTM(100 + 100 + 50 + 50, 64, batch_first=True, bidirectional=True)
            self.out = nn.Linear(128, nlab)
            self.crf = CRF(nlab)

        def emissions(self, w, s, c, cl, F):
            B, Lm = w.shape
            ce = self.cemb(c.view(B * Lm, -1))
            pk = nn.utils.rnn.pack_padded_sequence(self.drop(ce), cl.view(-1).clamp(min=1).cpu(), batch_first=True,
                                                   enforce_sorted=False)
            _, (hn, _) = self.clstm(pk)
            x = torch.cat([self.wemb(w), self.semb(s), torch.cat([hn[0], hn[1]], 1).view(B, Lm, -1),
                           self.femb(F).sum(2)], -1)
            pk = nn.utils.rnn.pack_padded_sequence(self.drop(x), (w != 0).sum(1).clamp(min=1).cpu(),
                                                   batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(pk)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=Lm)
            return self.out(self.drop(h))

    return Net()


def encode(item, wv, sv, cv, fv, lab):
    toks, tags, feats = item
    keys = [L.wkey(t) for t in toks]
    return ([wv.get(k, 1) for k in keys], [sv.get(L.stem(k), 1) for k in keys],
            [[cv.get(ch, 1) for ch in t[:L.MAX_CHARS]] for t in toks], [lab[g] for g in tags],
            [[fv[f] for f in ff if f in fv] for ff in feats])


def batchify(items, wdrop=0.0):
    import torch

    B, Lm = len(items), max(len(x[0]) for x in items)
    C = max(1, max(len(cc) for x in items for cc in x[2]))
    NF = max(1, max(len(ff) for x in items for ff in x[4]))
    W = torch.zeros(B, Lm, dtype=torch.long)
    S = torch.zeros(B, Lm, dtype=torch.long)
    Cc = torch.zeros(B, Lm, C, dtype=torch.long)
    CL = torch.ones(B, Lm, dtype=torch.long)
    Y = torch.zeros(B, Lm, dtype=torch.long)
    M = torch.zeros(B, Lm, dtype=torch.bool)
    F = torch.zeros(B, Lm, NF, dtype=torch.long)
    for i, (w, s, c, y, fs) in enumerate(items):
        n = len(w)
        W[i, :n], S[i, :n], Y[i, :n], M[i, :n] = torch.tensor(w), torch.tensor(s), torch.tensor(y), True
        for j, cc in enumerate(c):
            if cc:
                Cc[i, j, :len(cc)] = torch.tensor(cc)
                CL[i, j] = len(cc)
        for j, ff in enumerate(fs):
            if ff:
                F[i, j, :len(ff)] = torch.tensor(ff)
    if wdrop:
        W = W.masked_fill((torch.rand(B, Lm) < wdrop) & M, 1)
        S = S.masked_fill((torch.rand(B, Lm) < wdrop) & M, 1)
    return W, S, Cc, CL, Y, M, F


def train(data, wv, WE, sv, SE, cv, fv, labels, epochs=10, seed=1):
    import torch
    import torch.nn as nn

    torch.set_num_threads(1)
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    lab = {t: i for i, t in enumerate(labels)}
    tr = [encode(x, wv, sv, cv, fv, lab) for x in data]
    net = build(len(wv), len(sv), len(cv) + 2, len(fv) + 1, WE, SE, len(labels))
    opt = torch.optim.Adam(net.parameters(), lr=0.002)
    for ep in range(1, epochs + 1):
        net.train()
        t0, total = time.time(), 0.0
        order = sorted(range(len(tr)), key=lambda i: len(tr[i][0]) + random.random() * 8)
        batches = [order[k:k + 16] for k in range(0, len(order), 16)]
        random.shuffle(batches)
        for b in batches:
            W, S, C, CL, Y, M, F = batchify([tr[i] for i in b], 0.15)
            loss = net.crf.nll(net.emissions(W, S, C, CL, F), Y, M)
            opt.zero_grad()
            (loss / len(b)).backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += loss.item()
        print(f"epoch {ep}: loss {total / len(tr):.3f}, {time.time() - t0:.0f} s", file=sys.stderr)
    net.eval()
    return net


def export(net, wv, sv, cv, fv, labels, out_dir: Path, reference: list | None = None) -> None:
    """float16 arrays and the vocabulary as text; optionally torch's emissions of a few sentences."""
    import torch

    out_dir.mkdir(parents=True, exist_ok=True)
    arrays = {k: v.detach().numpy().astype(np.float16) for k, v in net.state_dict().items()}
    np.savez_compressed(out_dir / "ner_lstm.npz", **arrays)
    lines = ["# Vocabulary of ner_lstm.npz (scripts/train_ner_lstm.py): kind, row, key. Words and stems are",
             "# newslib.lstm.wkey keys (train words and the most frequent SaudiNewsNet words); features are",
             "# the CRF's own-word features the LSTM reads; labels in the CRF's order."]
    for kind, table in (("word", wv), ("stem", sv), ("char", cv), ("feat", fv), ("label", {t: i for i, t in enumerate(labels)})):
        lines += [f"{kind}\t{i}\t{k}" for k, i in table.items() if "\n" not in k and "\t" not in k]
    (out_dir / "ner_lstm_vocab.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if reference is not None:
        lab = {t: i for i, t in enumerate(labels)}
        with torch.no_grad():
            # float16-rounded weights, as shipped
            net.load_state_dict({k: torch.from_numpy(v.astype(np.float32)) for k, v in arrays.items()})
            ref = []
            for toks, feats in reference:
                W, S, C, CL, _, _, F = batchify([encode((toks, ["O"] * len(toks), feats), wv, sv, cv, fv, lab)])
                em = net.emissions(W, S, C, CL, F)[0].double().numpy()
                em[0] += net.crf.start.detach().double().numpy()
                em[-1] += net.crf.end.detach().double().numpy()
                ref.append({"tokens": toks, "emissions": np.round(em, 5).tolist()})
        path = ROOT / "tests" / "fixtures" / "ner_lstm_reference.json"
        path.write_text(json.dumps(ref, ensure_ascii=False) + "\n", encoding="utf-8")


REFERENCE = ["التقى الرئيس الروسي فلاديمير بوتين نظيره البيلاروسي ألكسندر لوكاشينكو في موسكو .",
             "وقالت وكالة «رويترز» إن الاتحاد الأوروبي سيفرض عقوبات جديدة .",
             "سجل محمد صلاح هدفين لليفربول أمام مانشستر سيتي في ملعب أنفيلد"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("train", help="ANERcorp train.conll (never the test file)")
    ap.add_argument("news", nargs="+", help="unlabelled news, JSON Lines (gz) with title/text")
    ap.add_argument("--dev-only", action="store_true", help="train on 90%% and score dev; write nothing shipped")
    ap.add_argument("--w2v", help="reuse this word2vec text file instead of training one")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", help="with --dev-only: folder for the dev model (default: the temp folder's ner_lstm_dev)")
    ap.add_argument("--dev-crf", help="with --dev-only: the dev CRF (default: the temp folder's ner.dev.crfsuite)")
    ap.add_argument("--eval", help="with --dev-only: score this dev LSTM folder with --dev-crf, train nothing")
    ap.add_argument("--fane", help="folder with FANE's conll files (CC BY-SA 3.0); with --dev-only, also score "
                    "WikiFANE's held-out last 10 %% (converted, never trained on)")
    ap.add_argument("--gaz-fane", action="store_true", help="with --fane: FANE's (converted) entity words in the "
                    "train-word list, as train_ner.py --gaz-fane (must match the CRF's)")
    ap.add_argument("--wiki-lstm", type=float, default=0.0, help="with --fane: this share of WikiFANE's training "
                    "sentences (every n-th, converted) added to the BiLSTM's training data only (the CRF stays ANERcorp's)")
    args = ap.parse_args(argv)
    if "test" in Path(args.train).name:
        raise SystemExit("refusing to train on a test file")
    sents = T.read_conll(args.train)
    cut = int(len(sents) * 0.9)
    trn, dev = (sents[:cut], sents[cut:]) if args.dev_only else (sents, [])
    if args.dev_only:
        # the CRF scripts/train_ner.py --dev-only left, trained on the same 90% (or --dev-crf)
        E.use(E.Model.load(crf=args.dev_crf or Path(tempfile.gettempdir()) / "ner.dev.crfsuite"))
    wiki_dev, wiki_trn = [], []
    if args.fane:
        # converted with what the ANERcorp part trained on says, as train_ner.py does (all of train
        # when shipping, as its --no-dev run)
        ns = argparse.Namespace(fane=args.fane, misc="relabel+drop", no_override=False, no_heads=False,
                                mix="news,wiki", wiki_frac=1.0)
        both, wiki_dev = T.fane_sentences(ns, trn, with_dev=True, exclude=sents)
        if args.gaz_fane:
            T.GAZ_EXTRA[:] = [T.subtokens(s) for s in both]
            print(f"train-word list: + {len(T.GAZ_EXTRA)} FANE sentences", file=sys.stderr)
        if args.wiki_lstm:
            wiki_trn = T.fane_sentences(argparse.Namespace(**{**vars(ns), "mix": "wiki", "wiki_frac": args.wiki_lstm}),
                                        trn, exclude=sents)
            print(f"BiLSTM training data: + {len(wiki_trn)} WikiFANE sentences", file=sys.stderr)
    if args.dev_only and args.eval:
        return dev_report(Path(args.eval), trn, dev, wiki_dev)
    w2v = Path(args.w2v) if args.w2v else word2vec(args.news, trn, Path(tempfile.gettempdir()) / "ner_w2v.txt")
    vecs, order = load_w2v(w2v)
    labels = list(E._crf().labels)
    data = featurise(trn, wiki_trn)
    wv, WE, sv, SE, cv, fv = vocab(data, vecs, order)
    print(f"vocabulary: {len(wv):,} words, {len(sv):,} stems, {len(cv)} characters, {len(fv):,} features", file=sys.stderr)
    t0 = time.time()
    net = train(data, wv, WE, sv, SE, cv, fv, labels, args.epochs, args.seed)
    print(f"trained in {time.time() - t0:.0f} s", file=sys.stderr)
    if not args.dev_only:
        E.clear_caches()
        ref = [(s.split(), [L.lstm_features(E.word_features(t)[0]) for t in s.split()]) for s in REFERENCE]
        export(net, wv, sv, cv, fv, labels, MODELS, ref)
        print(f"model: {MODELS / 'ner_lstm.npz'} ({(MODELS / 'ner_lstm.npz').stat().st_size / 1e6:.1f} MB)", file=sys.stderr)
        return 0
    out = Path(args.out) if args.out else Path(tempfile.gettempdir()) / "ner_lstm_dev"
    export(net, wv, sv, cv, fv, labels, out)
    return dev_report(out, trn, dev, wiki_dev)


def _model_score(sents) -> dict:
    """The active model's score (no news rules) on labelled sentences, spans read as BIO tags."""
    gold, pred = [], []
    for toks, tags in (T.subtokens(s) for s in sents):
        gold.append(tags)
        p = ["O"] * len(toks)
        for a, b, lab in E._decode([toks])[0][0]:
            p[a:b] = ["B-" + lab] + ["I-" + lab] * (b - a - 1)
        pred.append(p)
    return T.score(gold, pred)


def dev_report(out: Path, trn, dev, wiki_dev=()) -> int:
    """Dev scores of the dev CRF (the active model's) alone and with the dev LSTM in ``out``; with
    ``wiki_dev`` also the model's (no rules) on WikiFANE's held-out slice."""
    dev_model = E.active().replace(train_words=E.train_gazetteer([T.subtokens(s) for s in trn] + T.GAZ_EXTRA))
    report = {}
    from newslib.scoring.ner import score_sentences

    for name, lstm_dir in (("crf", None), ("crf+lstm", str(out))):
        E.use(dev_model.replace(lstm=lstm_dir))
        report[name] = {"model": _model_score(dev),
                        "pipeline": score_sentences([[t for t, _ in s] for s in dev], [[g for _, g in s] for s in dev])}
        if wiki_dev:
            report[name]["wiki_heldout_model"] = _model_score(wiki_dev)
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
