"""Score newslib against gold annotations: ``python -m newslib.evaluate TASK ...``.

Tasks (each prints its figures as JSON):

* ``quotes GOLD.jsonl --corpus FILE...``   quote detection, spans and speakers
* ``ner FILE.conll``                       entity-level precision/recall/F1 per label
* ``timeline GOLD.jsonl --corpus FILE...`` temporal expression detection and values

Gold for corpus articles holds offsets and labels, never article text: the text is read from
the corpus files with :func:`newslib.read_articles`, so offsets are checked against it.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys

#: task → module in newslib.scoring that defines ``add_arguments(parser)`` and ``run(args) -> dict``.
TASKS = {"quotes": "newslib.scoring.quotes", "ner": "newslib.scoring.ner", "timeline": "newslib.scoring.timeline"}


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    """Precision, recall and F1 from counts.

    Example:
        >>> prf(8, 10, 16)
        {'precision': 0.8, 'recall': 0.5, 'f1': 0.6154}
    """
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def overlap_ratio(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Length of the intersection of two spans over the length of their union.

    Example:
        >>> overlap_ratio((0, 10), (5, 15))
        0.3333333333333333
    """
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def match_spans(gold: list[dict], pred: list[dict], score, minimum: float) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, predicted index)``, best-scoring first (greedy).

    ``score(g, p)`` rates a pair of rows with ``start``/``end``; pairs below ``minimum`` never match.

    Example:
        >>> gold, pred = [{"start": 0, "end": 10}], [{"start": 2, "end": 10}, {"start": 0, "end": 9}]
        >>> match_spans(gold, pred, lambda g, p: overlap_ratio((g["start"], g["end"]), (p["start"], p["end"])), 0.5)
        [(0, 1)]
    """
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            r = score(g, p)
            if r >= minimum:
                cands.append((-r, i, j))
    cands.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, i, j in cands:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def read_gold(path: str) -> list[dict]:
    """One JSON object a line; blank lines and lines starting with ``//`` are skipped."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}, line {i}: not JSON ({e.msg})") from None
    return rows


def load_corpus(paths: list[str], ids: set[str] | None = None):
    """The articles table for ``paths`` (only ``ids`` when given), indexed by nothing."""
    from newslib.load import read_articles

    arts = read_articles(paths)
    if ids is not None:
        missing = ids - set(arts["article_id"])
        if missing:
            raise SystemExit(f"gold names {len(missing)} article(s) not in the corpus: {sorted(missing)[:5]}")
        arts = arts[arts["article_id"].isin(ids)].reset_index(drop=True)
    return arts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newslib.evaluate", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="task", required=True)
    for task, mod in TASKS.items():
        p = sub.add_parser(task)
        try:
            importlib.import_module(mod).add_arguments(p)
        except ModuleNotFoundError:
            p.set_defaults(_missing=mod)
    args = parser.parse_args(argv)
    if getattr(args, "_missing", None):
        parser.error(f"task {args.task!r} is not available yet ({args._missing} missing)")
    result = importlib.import_module(TASKS[args.task]).run(args)
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
