"""Score :func:`newslib.quotes` against gold: ``python -m newslib.evaluate quotes GOLD.jsonl --corpus FILE...``.

Gold is one JSON object per article: ``{"article_id", "quotes": [{"start", "end", "kind",
"speaker", "cue"}]}`` with offsets into the article's ``text`` (read from the corpus files, so the
gold holds no article text). Figures:

* detection precision / recall / F1 of ``direct`` + ``partial`` quotes: a predicted quote matches a
  gold one when their spans overlap by at least half of their union (one-to-one, best first);
* ``exact_span``: share of matched quotes whose offsets are identical;
* ``speaker_accuracy``: share of matched quotes whose speaker equals the gold speaker
  (compared with :func:`newslib.arabic.normalize`);
* ``end_to_end``: share of gold quotes found with the right speaker (and its F1 with precision);
* ``kind_accuracy``: share of matched quotes whose kind (direct/partial) agrees with the gold;
* the same detection figures for ``indirect`` and ``title`` when the gold has them (for information).

Example:
    >>> gold = [{"start": 0, "end": 10, "speaker": "بوتين"}]
    >>> pred = [{"start": 1, "end": 10, "speaker": "بوتين"}, {"start": 20, "end": 30, "speaker": "X"}]
    >>> match(gold, pred)
    [(0, 0)]
"""

from __future__ import annotations

from newslib.arabic import normalize
from newslib.evaluate import load_corpus, match_spans, overlap_ratio, prf, read_gold

SCORED = ("direct", "partial")


def add_arguments(parser) -> None:
    parser.add_argument("gold", help="gold JSON Lines file")
    parser.add_argument("--corpus", nargs="+", required=True, help="corpus file(s) or folder holding the articles")
    parser.add_argument("--errors", type=int, default=0, help="also list up to N misses, false alarms and wrong speakers")


def match(gold: list[dict], pred: list[dict], threshold: float = 0.5) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index) overlapping by ≥ threshold of their union."""
    return match_spans(gold, pred, lambda g, p: overlap_ratio((g["start"], g["end"]), (p["start"], p["end"])), threshold)


def same_speaker(a, b) -> bool:
    """Speakers compared on their normalised form; two missing speakers agree."""
    if not isinstance(a, str) or not a:
        return not isinstance(b, str) or not b
    return isinstance(b, str) and normalize(a) == normalize(b)


def score(gold_rows: list[dict], predictions, texts: dict | None = None, errors: int = 0) -> dict:
    """Figures for ``gold_rows`` against the quotes table ``predictions``."""
    by_article = {aid: g.to_dict("records") for aid, g in predictions.groupby("article_id", sort=False)}
    out: dict = {"articles": len(gold_rows)}
    err = {"missed": [], "false_alarm": [], "wrong_speaker": []}
    for kinds, label in ((SCORED, None), (("indirect",), "indirect"), (("title",), "title")):
        n_gold = n_pred = tp = exact = spk_ok = kind_ok = 0
        any_gold = False
        for row in gold_rows:
            aid = row["article_id"]
            g = [q for q in row["quotes"] if q["kind"] in kinds]
            any_gold |= bool(g)
            p = [q for q in by_article.get(aid, []) if str(q["kind"]) in kinds]
            pairs = match(g, p)
            n_gold += len(g)
            n_pred += len(p)
            tp += len(pairs)
            for i, j in pairs:
                exact += g[i]["start"] == p[j]["start"] and g[i]["end"] == p[j]["end"]
                kind_ok += g[i]["kind"] == str(p[j]["kind"])
                ok = same_speaker(g[i].get("speaker"), p[j]["speaker"])
                spk_ok += ok
                if label is None and not ok and texts is not None:
                    err["wrong_speaker"].append((aid, texts[aid][g[i]["start"]:g[i]["end"]][:60], g[i].get("speaker"), p[j]["speaker"]))
            if label is None and texts is not None:
                gi = {i for i, _ in pairs}
                pj = {j for _, j in pairs}
                err["missed"] += [(aid, texts[aid][q["start"]:q["end"]][:60]) for i, q in enumerate(g) if i not in gi]
                err["false_alarm"] += [(aid, q["text"][:60]) for j, q in enumerate(p) if j not in pj]
        if label is not None and not any_gold:
            continue
        fig = prf(tp, n_pred, n_gold)
        fig.update({"gold": n_gold, "predicted": n_pred, "matched": tp,
                    "exact_span": round(exact / tp, 4) if tp else 0.0,
                    "speaker_accuracy": round(spk_ok / tp, 4) if tp else 0.0,
                    "kind_accuracy": round(kind_ok / tp, 4) if tp else 0.0})
        if label is None:
            e2e = prf(spk_ok, n_pred, n_gold)
            fig["end_to_end"] = round(spk_ok / n_gold, 4) if n_gold else 0.0
            fig["end_to_end_f1"] = e2e["f1"]
            out.update(fig)
        else:
            out[label] = fig
    if errors:
        out["errors"] = {k: v[:errors] for k, v in err.items()}
    return out


def run(args) -> dict:
    from newslib.quotes import quotes

    gold_rows = read_gold(args.gold)
    arts = load_corpus(args.corpus, {r["article_id"] for r in gold_rows})
    texts = dict(zip(arts["article_id"], arts["text"]))
    for row in gold_rows:
        for q in row["quotes"]:
            if not (0 <= q["start"] < q["end"] <= len(texts[row["article_id"]])):
                raise SystemExit(f"{row['article_id']}: offsets {q['start']}..{q['end']} are outside the text")
    pred = quotes(arts, include_titles=True)
    return score(gold_rows, pred, texts, errors=getattr(args, "errors", 0))
