"""Entity-level scoring of ``nl.entities`` on CoNLL files: ``python -m newslib.evaluate ner FILE.conll``.

Each sentence's tokens are joined with spaces into a text and run through the same code as
``nl.entities`` (CRF + news rules); each predicted character span is mapped back to the
whitespace tokens it overlaps. A prediction counts when its token span and label both equal a
gold entity's (exact match, micro-averaged over PER, LOC, ORG, MISC; ANERcorp's PERS = PER).

Example:
    >>> r = score_sentences([["زار", "بوتين", "موسكو"]], [["O", "B-PERS", "B-LOC"]])
    >>> r["micro"]["f1"], r["per_label"]["PER"]["f1"]
    (1.0, 1.0)
"""

from __future__ import annotations

import importlib
import time
from pathlib import Path

from newslib.evaluate import prf

LABELS = ("PER", "LOC", "ORG", "MISC")


def read_conll(path: str | Path) -> tuple[list[list[str]], list[list[str]]]:
    """Tokens and tags of each sentence of a ``token TAG`` file (blank line between sentences)."""
    toks, tags, ct, cg = [], [], [], []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if ct:
                toks.append(ct)
                tags.append(cg)
            ct, cg = [], []
            continue
        ct.append(parts[0])
        cg.append(parts[-1] if len(parts) > 1 else "O")
    if ct:
        toks.append(ct)
        tags.append(cg)
    return toks, tags


def _gold_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    ents = importlib.import_module("newslib.entities")
    clean = [t.replace("PERS", "PER") if t[:2] in ("B-", "I-") else "O" for t in tags]
    return set(ents.iob_spans(clean))


def predict_spans(tokens: list[str]) -> set[tuple[int, int, str]]:
    """Predicted entities of one sentence as token spans ``(first, last + 1, label)``."""
    ents = importlib.import_module("newslib.entities")
    text = " ".join(tokens)
    bounds, pos = [], 0
    for t in tokens:
        bounds.append((pos, pos + len(t)))
        pos += len(t) + 1
    out = set()
    for e in ents.entities_in_text(text):
        covered = [i for i, (a, b) in enumerate(bounds) if a < e["end"] and e["start"] < b]
        if covered:
            out.add((covered[0], covered[-1] + 1, e["label"]))
    return out


def score_sentences(sentences: list[list[str]], tags: list[list[str]]) -> dict:
    """Micro P/R/F1 and per-label P/R/F1 of the pipeline over tokenised sentences with IOB tags."""
    tp = np_ = ng = 0
    counts = {lab: [0, 0, 0] for lab in LABELS}
    ntok = 0
    t0 = time.perf_counter()
    for toks, tg in zip(sentences, tags):
        ntok += len(toks)
        gold, pred = _gold_spans(tg), predict_spans(toks)
        hit = gold & pred
        tp += len(hit)
        np_ += len(pred)
        ng += len(gold)
        for lab in LABELS:
            c = counts[lab]
            c[0] += sum(1 for s in hit if s[2] == lab)
            c[1] += sum(1 for s in pred if s[2] == lab)
            c[2] += sum(1 for s in gold if s[2] == lab)
    secs = time.perf_counter() - t0
    return {
        "micro": prf(tp, np_, ng),
        "per_label": {lab: {**prf(*c), "gold": c[2]} for lab, c in counts.items()},
        "sentences": len(sentences),
        "tokens": ntok,
        "entities_gold": ng,
        "seconds": round(secs, 2),
    }


def add_arguments(parser) -> None:
    parser.add_argument("conll", help="CoNLL file: `token TAG` lines, blank line between sentences (e.g. ANERcorp test.conll)")


def run(args) -> dict:
    toks, tags = read_conll(args.conll)
    return {"file": str(args.conll), **score_sentences(toks, tags)}
