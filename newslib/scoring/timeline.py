"""Score :func:`newslib.timeline` against gold: ``python -m newslib.evaluate timeline GOLD.jsonl --corpus FILE...``.

Gold: one JSON object per article, ``{"article_id", "dct", "timexes": [{"start", "end", "type", "value"}]}``,
offsets into the article's ``text`` as :func:`newslib.read_articles` reads it (no article text is stored).

Figures (printed as JSON):

* ``detection``: precision, recall, F1 of spans; a prediction matches a gold expression when the two
  spans overlap (one-to-one, largest overlap first).
* ``value_accuracy``: gold expressions whose matched prediction has exactly the gold value, over all
  gold expressions (a missed expression counts as wrong); ``value_accuracy_matched`` over matched ones.
* ``type_accuracy``: matched pairs with the same TIMEX3 type.

Annotation guideline of ``tests/fixtures/gold/timeline_*.jsonl``:

* Annotated: calendar dates (day, month, year, weekday, deictic day, periods with الماضي/المقبل/الجاري/
  هذا or مطلع/منتصف/نهاية, quarters, halves, seasons, centuries), clock times and part-of-day
  expressions (type ``time``), durations with a count (digits, number words, dual forms, ages such as
  ``(30 عاما)``), sets (``يومياً``, ``كل 25 سنة``). Ranges are two expressions (``2005-2007``, ``28 و29 يوليو``),
  fiscal and academic years (``2014 / 2015``) too.
* Not annotated: vague references (الآن، حالياً، مؤخراً، في وقت سابق، الأيام المقبلة، منذ سنوات، منذ قرون),
  holidays and events (عيد الفطر، العام الدراسي), generic months (``شهر فبراير`` in general), the outlet
  ``عين اليوم``, the adjectives شهري، أسبوعي، سنوي.
* Spans leave out prepositions and clitics (في، منذ، خلال، و، ب، ل) but keep يوم/عام/شهر, modifiers
  (مطلع، منتصف، الماضي) and ``قبل`` of "ago" expressions (``قبل عامين`` = a date).
* Values: TIMEX3 (``2015-07-20``, ``2015-W30``, ``2015-07``, ``2015-Q1``, ``2015-H1``, ``2015-SU``, ``2015``, ``20``
  for the 21st century, ``2015-07-20TEV``, ``2015-07-20T17:30``, ``P3D``, ``PT30M``); a Hijri month or year
  without a day is its Gregorian interval (``2015-06-18/2015-07-16``, Umm al-Qura). Relative expressions
  are resolved against ``dct`` (an undated weekday or month is the most recent one unless the text says
  it is coming), except where the text fixes its own day: after ``اليوم الاثنين`` in a text crawled on a
  Friday, "today" is that Monday and the following relative expressions count from it.
"""

from __future__ import annotations

from newslib.evaluate import load_corpus, match_spans, prf, read_gold


def add_arguments(parser) -> None:
    parser.add_argument("gold", help="gold JSON Lines (one article a line)")
    parser.add_argument("--corpus", nargs="+", default=["data"], help="files or folders with the articles (default: data)")
    parser.add_argument("--errors", action="store_true", help="also list misses, spurious and wrong values (with the text)")


def match(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, prediction index)`` of overlapping spans, largest overlap first.

    Example:
        >>> match([{"start": 0, "end": 3}, {"start": 10, "end": 14}], [{"start": 11, "end": 20}, {"start": 0, "end": 2}])
        [(0, 1), (1, 0)]
    """
    return match_spans(gold, pred, lambda g, p: min(g["end"], p["end"]) - max(g["start"], p["start"]), 1)


def score(gold_rows: list[dict], predictions: dict[str, list[dict]], *, same_value=None, texts: dict[str, str] | None = None) -> dict:
    """Detection and value figures of ``predictions`` (article_id → dicts with start, end, type, value).

    ``same_value(gold_value, predicted_value)`` decides value equality (default: ``==``); ``texts``
    (article_id → text), when given, adds an ``errors`` list quoting the expressions.

    Example:
        >>> gold = [{"article_id": "a", "timexes": [{"start": 0, "end": 3, "type": "date", "value": "2024-12-30"}]}]
        >>> score(gold, {"a": [{"start": 0, "end": 3, "type": "date", "value": "2024-12-30"}]})["value_accuracy"]
        1.0
    """
    same_value = same_value or (lambda g, p: g == p)
    n_gold = n_pred = tp = right = same_type = 0
    errors = []
    for row in gold_rows:
        aid = row["article_id"]
        g = row["timexes"]
        p = predictions.get(aid, [])
        pairs = match(g, p)
        n_gold += len(g)
        n_pred += len(p)
        tp += len(pairs)
        matched_g = {i for i, _ in pairs}
        matched_p = {j for _, j in pairs}
        for i, j in pairs:
            ok = same_value(g[i]["value"], p[j]["value"])
            right += ok
            same_type += g[i]["type"] == p[j]["type"]
            if not ok and texts is not None:
                errors.append({"article_id": aid, "kind": "value", "gold": _show(texts, aid, g[i]), "pred": _show(texts, aid, p[j])})
        if texts is not None:
            errors += [{"article_id": aid, "kind": "missed", "gold": _show(texts, aid, g[i])} for i in range(len(g)) if i not in matched_g]
            errors += [{"article_id": aid, "kind": "spurious", "pred": _show(texts, aid, p[j])} for j in range(len(p)) if j not in matched_p]
    out = {
        "articles": len(gold_rows),
        "gold": n_gold,
        "predicted": n_pred,
        "matched": tp,
        "detection": prf(tp, n_pred, n_gold),
        "value_accuracy": round(right / n_gold, 4) if n_gold else 0.0,
        "value_accuracy_matched": round(right / tp, 4) if tp else 0.0,
        "type_accuracy": round(same_type / tp, 4) if tp else 0.0,
    }
    if texts is not None:
        out["errors"] = errors
    return out


def _show(texts: dict[str, str], aid: str, t: dict) -> str:
    return f"{texts[aid][t['start']:t['end']]!r} [{t['start']}:{t['end']}] {t.get('type')} {t.get('value')}"


def predict(articles) -> dict[str, list[dict]]:
    """nl.timeline's expressions per article, in the shape :func:`score` takes."""
    from newslib.timeline import timeline

    tl = timeline(articles)
    out: dict[str, list[dict]] = {}
    for r in tl.itertuples(index=False):
        out.setdefault(r.article_id, []).append({"start": int(r.start), "end": int(r.end), "type": str(r.type), "value": None if r.value is None or r.value != r.value else str(r.value)})
    return out


def run(args) -> dict:
    gold = read_gold(args.gold)
    ids = {g["article_id"] for g in gold}
    arts = load_corpus(args.corpus, ids)
    # The gold's dct is the reference date (it is the article's published date, recorded with the gold).
    dct = {g["article_id"]: g.get("dct") for g in gold}
    import pandas as pd

    arts = arts.assign(published=pd.to_datetime(arts["article_id"].map(dct)).fillna(arts["published"]))
    texts = dict(zip(arts["article_id"], arts["text"]))
    for g in gold:
        t = texts[g["article_id"]]
        bad = [x for x in g["timexes"] if not 0 <= x["start"] < x["end"] <= len(t)]
        if bad:
            raise SystemExit(f"{g['article_id']}: gold offsets outside the text: {bad[:3]}")
    return score(gold, predict(arts), texts=texts if args.errors else None)
