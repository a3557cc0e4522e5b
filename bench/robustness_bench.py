"""Does any function take more than linear time on pathological input? (issue 9)

Usage: .venv/bin/python bench/robustness_bench.py [--sizes 50000,200000,800000]

For each input family of the bad-input catalogue (thousands of quote marks, unbalanced «,
one long paragraph without a full stop, a long article of ordinary news sentences, digits and
dates everywhere, presentation forms) and each sizes, times every table function on one article
of that size and prints microseconds per character. Linear work keeps that figure flat as the
size grows; the script prints the growth factor from the smallest to the largest size.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

import newslib as nl

NEWS = ("وقال الرئيس الروسي فلاديمير بوتين، أمس، إن «موسكو تتمسك بتعزيز التعاون». وأضاف أن "
        "الاجتماع سيعقد يوم الاثنين المقبل في 30 حزيران/يونيو 2024. ")
FAMILIES = {
    "many_quote_marks": lambda n: ("«" * (n // 4) + " قال " + "»" * (n // 4) + ' "نعم" ' * (n // 14))[:n],
    "unbalanced_guillemets": lambda n: ("وقال بوتين: «لن نتراجع عن موقفنا " * (n // 33 + 1))[:n],
    "no_full_stop": lambda n: ("وقال الوزير إن المفاوضات مستمرة، " * (n // 33 + 1))[:n],
    "ordinary_news": lambda n: (NEWS * (n // len(NEWS) + 1))[:n],
    "digits_and_dates": lambda n: ("في ٢٠٢٤/١٢/٣١ و 1436هـ 18:07 2027 شخصاً 1200 م " * (n // 45 + 1))[:n],
    "presentation_forms": lambda n: ("ﻗﺎﻝ ﺑﻮﺗﻴﻦ ﺇﻥ ﺍﻟﺤﻮﺍﺭ ﻣﻤﻜﻦ ﺃﻣﺲ. " * (n // 30 + 1))[:n],
}
FUNCTIONS = ("read_articles", "sentences", "quotes", "entities", "timeline")


def _articles(text: str) -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["x"], "published": pd.to_datetime(["2024-12-31"]), "title": [""],
                         "text": pd.array([text], dtype="string")})


def _time(name: str, text: str, tmp: Path) -> float:
    if name == "read_articles":
        p = tmp / "one.txt"
        p.write_text(text, encoding="utf-8")
        t0 = time.perf_counter()
        nl.read_articles(p)
        return time.perf_counter() - t0
    arts = _articles(text)
    func = getattr(nl, name)
    t0 = time.perf_counter()
    func(arts)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="50000,200000,800000")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    for name in FUNCTIONS[2:]:  # warm models and lexicons so the first size is not charged for loading
        getattr(nl, name)(_articles(NEWS))
    rows = []
    with tempfile.TemporaryDirectory() as d:
        for fam, make in FAMILIES.items():
            for name in FUNCTIONS:
                per_char = [_time(name, make(n), Path(d)) / n * 1e6 for n in sizes]
                rows.append({"input": fam, "function": name,
                             **{f"us_per_char@{n}": round(v, 3) for n, v in zip(sizes, per_char)},
                             "growth": round(per_char[-1] / per_char[0], 2) if per_char[0] else None})
    df = pd.DataFrame(rows)
    print(df.to_string(index=False))
    worst = df.sort_values("growth", ascending=False).iloc[0]
    print(json.dumps({"sizes": sizes, "worst": {"input": worst["input"], "function": worst["function"], "growth": worst["growth"]}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
