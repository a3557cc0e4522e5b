"""Timeline speed and accuracy, side by side with dateparser.search_dates.

Usage::

    python bench/timeline_bench.py CORPUS [--n 500] [--gold GOLD.jsonl --gold-corpus FILE ...]

* Speed: nl.timeline and ``dateparser.search_dates`` (Arabic, ``RELATIVE_BASE`` = the article's
  published date, ``PREFER_DATES_FROM = "past"``) on the same first ``n`` non-empty, distinct
  articles of CORPUS; both warmed up first, timed chunk by chunk in alternation (the machine is
  shared); nl.timeline best of three runs per chunk, dateparser one run.
* Accuracy: both systems on the hand-annotated gold (default: the dev and reference gold of
  tests/fixtures/gold). dateparser has no types or durations and returns a datetime: its value
  counts as right when the datetime falls in the gold period (the lenient reading, in its favour);
  ours must equal the gold value exactly.

dateparser is a bench-only dependency (the ``bench`` extra); nl.timeline does not use it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

import newslib as nl  # noqa: E402
from newslib.evaluate import load_corpus, read_gold  # noqa: E402
from newslib.scoring import timeline as st  # noqa: E402


def dateparser_predict(articles: pd.DataFrame) -> dict[str, list[dict]]:
    """search_dates on each article; spans found left to right in the text."""
    from dateparser.search import search_dates

    out: dict[str, list[dict]] = {}
    for aid, text, pub in zip(articles["article_id"], articles["text"], articles["published"]):
        settings = {"PREFER_DATES_FROM": "past"}
        if pd.notna(pub):
            settings["RELATIVE_BASE"] = pub.to_pydatetime()
        try:
            found = search_dates(text, languages=["ar"], settings=settings) or []
        except Exception:  # noqa: BLE001 - dateparser raises on some inputs; count them as nothing found
            found = []
        preds, pos = [], 0
        for sub, when in found:
            i = text.find(sub, pos)
            if i < 0:
                i = text.find(sub)
            if i < 0:
                continue
            preds.append({"start": i, "end": i + len(sub), "type": "date", "value": when})
            pos = i + len(sub)
        out[aid] = preds
    return out


def in_gold_period(gold_value: str, when) -> bool:
    """True when dateparser's datetime falls in the period of the gold value (durations never match)."""
    if not isinstance(when, dt.datetime):
        return False
    from newslib.timeline import _span_of

    a, b = _span_of(gold_value)
    if a is None:
        return False
    if "T" in gold_value and ":" in gold_value:
        return when.strftime("%Y-%m-%dT%H:%M") == gold_value
    return a <= when.date() <= b


def pick(corpus: list[str], n: int) -> pd.DataFrame:
    arts = nl.read_articles(corpus)
    arts = arts[arts["text"].fillna("").str.strip() != ""]
    arts = arts.drop_duplicates("text").head(n).reset_index(drop=True)
    return arts


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="+", help="articles to time (e.g. ../shared/corpora/saudinewsnet/dev.jsonl.gz)")
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--gold", nargs="*", default=[str(ROOT / "tests/fixtures/gold/timeline_dev.jsonl"), str(ROOT / "tests/fixtures/gold/timeline_reference.jsonl")])
    ap.add_argument("--gold-corpus", nargs="*", default=None, help="where the gold articles are (default: CORPUS and data/)")
    ap.add_argument("--skip-dateparser", action="store_true")
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")

    arts = pick(args.corpus, args.n)
    chars = int(arts["text"].str.len().sum())
    res: dict = {"articles": len(arts), "characters": chars}

    nl.timeline(arts.head(5))  # warm-up: lexicons, regex compilation
    if not args.skip_dateparser:
        dateparser_predict(arts.head(3))  # warm-up: language data
    # The machine is shared: time both systems on the same chunks of 50 articles, alternating, so
    # that a busy minute slows both alike; nl.timeline takes the best of three runs of each chunk.
    ours = theirs = 0.0
    n_ours = n_theirs = 0
    for lo in range(0, len(arts), 50):
        chunk = arts.iloc[lo:lo + 50]
        best = float("inf")
        for _ in range(3):
            t = time.perf_counter()
            tl = nl.timeline(chunk)
            best = min(best, time.perf_counter() - t)
        ours += best
        n_ours += len(tl)
        if not args.skip_dateparser:
            t = time.perf_counter()
            dp = dateparser_predict(chunk)
            theirs += time.perf_counter() - t
            n_theirs += sum(map(len, dp.values()))
    res["newslib"] = {"seconds": round(ours, 3), "ms_per_article": round(ours / len(arts) * 1000, 2), "expressions": n_ours}
    if not args.skip_dateparser:
        res["dateparser"] = {"seconds": round(theirs, 3), "ms_per_article": round(theirs / len(arts) * 1000, 2), "expressions": n_theirs}
        res["speedup"] = round(theirs / ours, 1)

    # Accuracy on the gold
    gold = [g for path in args.gold for g in read_gold(path)]
    ids = {g["article_id"] for g in gold}
    gold_corpus = args.gold_corpus or [*args.corpus, str(ROOT / "data")]
    garts = load_corpus(gold_corpus, ids)
    dct = {g["article_id"]: g["dct"] for g in gold}
    garts = garts.assign(published=pd.to_datetime(garts["article_id"].map(dct)))
    ours = st.score(gold, st.predict(garts))
    res["gold"] = {"articles": ours["articles"], "expressions": ours["gold"]}
    res["newslib"]["gold"] = {k: ours[k] for k in ("detection", "value_accuracy", "value_accuracy_matched")}
    if not args.skip_dateparser:
        theirs = st.score(gold, dateparser_predict(garts), same_value=in_gold_period)
        res["dateparser"]["gold"] = {k: theirs[k] for k in ("detection", "value_accuracy", "value_accuracy_matched")}
    return res


if __name__ == "__main__":
    out = main()
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
    print()
