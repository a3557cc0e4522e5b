"""Score :func:`newslib.quotes` against gold: ``python -m newslib.evaluate quotes GOLD.jsonl --corpus FILE...``.

Gold is one JSON object per article: ``{"article_id", "quotes": [{"start", "end", "kind",
"speaker", "cue"}]}`` with offsets into the article's ``text`` (read from the corpus files, so the
gold holds no article text). Figures:

* detection precision / recall / F1 of ``direct`` + ``partial`` quotes: a predicted quote matches a
  gold one when their spans overlap by at least half of their union (one-to-one, best first);
* ``exact_span``: share of matched quotes whose offsets are identical;
* ``speaker_accuracy``: share of matched quotes whose speaker is the gold one. A named person
  must come with the name a reader needs (أحمد الأنصاري, not أحمد: compared with
  :func:`newslib.arabic.name_key`); another speaker (a ministry, an unnamed source) is right when
  its words are among the gold phrase's (المصادر for مصادر من المقاومة الشعبية); a quote the gold
  leaves without speaker must have none. ``speaker_exact`` compares every speaker whole;
* ``end_to_end``: share of gold quotes found with the right speaker (and its F1 with precision);
* ``kind_accuracy``: share of matched quotes whose kind (direct/partial) agrees with the gold;
* ``speaker_partial_name``: share of matched quotes whose speaker is the gold speaker or part of
  it (أحمد for أحمد الأنصاري): the right person, not always the name a reader needs;
* ``speaker_precision`` (right speakers among the matched quotes that have one) and
  ``speaker_coverage`` (matched quotes that have a speaker): a null speaker is better than a
  wrong one;
* ``speaker_type_accuracy`` and ``speaker_gender_accuracy`` (named people whose gender the gold
  gives), when the gold has them (``docs/gold_quotes.md``);
* ``titles_as_quotes``: names in marks (gold ``title``) that come out as direct or partial quotes;
* the same detection figures for ``indirect`` and ``title`` when the gold has them (for information).

Example:
    >>> gold = [{"start": 0, "end": 10, "speaker": "بوتين"}]
    >>> pred = [{"start": 1, "end": 10, "speaker": "بوتين"}, {"start": 20, "end": 30, "speaker": "X"}]
    >>> match(gold, pred)
    [(0, 0)]
"""

from __future__ import annotations

from newslib.arabic import name_key, strip_article
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
    """Speakers compared on their :func:`newslib.arabic.name_key`; two missing speakers agree.

    Example:
        >>> same_speaker("عبد الله الأنصاري", "عبدالله الانصاري"), same_speaker("أحمد الأنصاري", "أحمد")
        (True, False)
    """
    if not isinstance(a, str) or not a:
        return not isinstance(b, str) or not b
    return isinstance(b, str) and name_key(a) == name_key(b)


def part_of_speaker(gold, pred) -> bool:
    """The predicted speaker is the gold one or some of its words (أحمد for أحمد الأنصاري).

    Example:
        >>> part_of_speaker("أحمد الأنصاري", "أحمد"), part_of_speaker("أحمد الأنصاري", "خالد")
        (True, False)
    """
    if not isinstance(gold, str) or not gold or not isinstance(pred, str) or not pred:
        return same_speaker(gold, pred)
    return set(name_key(pred).split()) <= set(name_key(gold).split())


def right_speaker(gold_row: dict, pred) -> bool:
    """The issue-15 rule: persons by their full name, other speakers by the words of their phrase.

    Example:
        >>> right_speaker({"speaker": "أحمد الأنصاري", "speaker_type": "person"}, "أحمد")
        False
        >>> right_speaker({"speaker": "مصادر من المقاومة الشعبية", "speaker_type": "unnamed"}, "المصادر")
        True
    """
    gold = gold_row.get("speaker")
    if gold_row.get("speaker_type") in (None, "person") or not _known(gold) or not _known(pred):
        return same_speaker(gold, pred)
    def bare(x):
        return {strip_article(w) for w in name_key(x).split()}
    return bare(pred) <= bare(gold)


def _known(value) -> bool:
    return isinstance(value, str) and bool(value)


def score(gold_rows: list[dict], predictions, texts: dict | None = None, errors: int = 0) -> dict:
    """Figures for ``gold_rows`` against the quotes table ``predictions``."""
    by_article = {aid: g.to_dict("records") for aid, g in predictions.groupby("article_id", sort=False)}
    out: dict = {"articles": len(gold_rows)}
    err = {"missed": [], "false_alarm": [], "wrong_speaker": []}
    for kinds, label in ((SCORED, None), (("indirect",), "indirect"), (("title",), "title")):
        n_gold = n_pred = tp = exact = spk_ok = kind_ok = part_ok = with_spk = right_with = 0
        typ_n = typ_ok = gen_n = gen_ok = exact_spk = 0
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
                ok = right_speaker(g[i], p[j]["speaker"])
                spk_ok += ok
                exact_spk += same_speaker(g[i].get("speaker"), p[j]["speaker"])
                part_ok += part_of_speaker(g[i].get("speaker"), p[j]["speaker"])
                if _known(p[j]["speaker"]):
                    with_spk += 1
                    right_with += ok
                if _known(g[i].get("speaker_type")):
                    typ_n += 1
                    typ_ok += g[i]["speaker_type"] == p[j].get("speaker_type")
                    if g[i]["speaker_type"] == "person" and _known(g[i].get("speaker_gender")):
                        gen_n += 1
                        gen_ok += g[i]["speaker_gender"] == p[j].get("speaker_gender")
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
            fig.update({"speaker_exact": round(exact_spk / tp, 4) if tp else 0.0,
                        "speaker_partial_name": round(part_ok / tp, 4) if tp else 0.0,
                        "speaker_precision": round(right_with / with_spk, 4) if with_spk else 0.0,
                        "speaker_coverage": round(with_spk / tp, 4) if tp else 0.0})
            if typ_n:
                fig["speaker_type_accuracy"] = round(typ_ok / typ_n, 4)
            if gen_n:
                fig["speaker_gender_accuracy"] = round(gen_ok / gen_n, 4)
                fig["speaker_gender_gold"] = gen_n
            e2e = prf(spk_ok, n_pred, n_gold)
            fig["end_to_end"] = round(spk_ok / n_gold, 4) if n_gold else 0.0
            fig["end_to_end_f1"] = e2e["f1"]
            out.update(fig)
        else:
            out[label] = fig
    titles = quoted = 0
    for row in gold_rows:
        g = [q for q in row["quotes"] if q["kind"] == "title"]
        p = [q for q in by_article.get(row["article_id"], []) if str(q["kind"]) in SCORED]
        titles += len(g)
        quoted += len(match(g, p))
    if titles:
        out["titles_as_quotes"] = {"titles": titles, "as_quotes": quoted}
    if errors:
        out["errors"] = {k: v[:errors] for k, v in err.items()}
    return out


def gold_articles(gold_file, corpus: list[str]) -> list[tuple[str, list[dict], list]]:
    """Per article of ``gold_file``: (its text from ``corpus``, its gold quotes, its entity mentions
    as :func:`newslib.quotes.quotes` reads them) — what the quote trainers learn from."""
    import newslib as nl
    from newslib.quotes import _people_by_article

    gold = read_gold(str(gold_file))
    arts = load_corpus(corpus, {g["article_id"] for g in gold})
    mentions = _people_by_article(arts, nl.entities(arts))
    texts = dict(zip(arts["article_id"], arts["text"]))
    return [(texts[g["article_id"]], g["quotes"], mentions.get(g["article_id"], [])) for g in gold]


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
