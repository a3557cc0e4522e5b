"""Draw candidate articles for a gold set, split by outlet: ``python scripts/sample_gold.py``.

Prints one TSV row per candidate (``split, article_id, source, chars, marks``): articles of each
outlet in a seeded random order, kept when they are of readable length and hold at least
``--min-marks`` quotation-mark pairs, so an annotator takes them in order and skips none
without saying why. Article ids only: the text stays in the corpus files.

The outlet split (train / dev / test) is fixed here so that every gold set of the project uses
the same one: tune on train, check on dev, score test once.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import newslib as nl  # noqa: E402

#: outlet → split. BBC Arabic sits in dev so that tuning sees a non-Saudi house style.
SPLITS = {
    "alriyadh": "train", "aawsat": "train", "aljazirah": "train", "aleqtisadiya": "train",
    "sabq": "train", "arreyadi": "train",
    "bbc_arabic": "dev", "alweeam": "dev", "3alyoum": "dev",
    "alyaum": "test", "almadina": "test", "alwatan": "test", "okaz": "test",
}
_MARKS = re.compile(r"«[^«»\n]{2,600}»|“[^“”\n]{2,600}”|\"[^\"\n]{2,600}\"")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="+", help="corpus files (SaudiNewsNet dev, BBC Arabic)")
    ap.add_argument("--per-outlet", type=int, default=40, help="candidates listed per outlet")
    ap.add_argument("--min-marks", type=int, default=2)
    ap.add_argument("--exclude", nargs="*", default=[], help="gold files whose articles are left out")
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    taken = {json.loads(line)["article_id"] for f in args.exclude for line in open(f, encoding="utf-8")}
    arts = nl.read_articles(args.corpus)
    arts = arts[~arts["article_id"].isin(taken)]
    if "page_kind" in arts.columns:
        arts = arts[arts["page_kind"].fillna("article") == "article"]
    arts = arts.drop_duplicates("text")
    rng = random.Random(args.seed)
    print("split\tarticle_id\tsource\tchars\tmarks")
    for source, group in sorted(arts.groupby(arts["source"].astype(str)), key=lambda kv: kv[0]):
        split = SPLITS.get(source)
        if split is None:
            continue
        rows = [r for r in group[["article_id", "text"]].itertuples(index=False)
                if isinstance(r.text, str) and 400 <= len(r.text) <= 6000]
        rng.shuffle(rows)
        n = 0
        for r in rows:
            marks = len(_MARKS.findall(r.text))
            if marks >= args.min_marks:
                print(f"{split}\t{r.article_id}\t{source}\t{len(r.text)}\t{marks}")
                n += 1
                if n == args.per_outlet:
                    break


if __name__ == "__main__":
    main()
