"""Benchmark read_articles + sentences against a regex tokenisation floor.

Usage: .venv/bin/python bench/load_bench.py PATH [--repeat N]

PATH is a corpus such as ../shared/corpora/saudinewsnet/dev.jsonl.gz. Prints seconds,
articles/s and peak memory (max RSS of this process) for read_articles + sentences, and the
time of one pass of the regex ``\\w+|[^\\w\\s]`` over the same texts (the floor), as JSON.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import time

import newslib as nl


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path")
    ap.add_argument("--repeat", type=int, default=3, help="best of N timings (default 3)")
    args = ap.parse_args()

    load_s, sent_s = [], []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        arts = nl.read_articles(args.path, progress=False)
        t1 = time.perf_counter()
        sents = nl.sentences(arts)
        t2 = time.perf_counter()
        load_s.append(t1 - t0)
        sent_s.append(t2 - t1)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    token_re = re.compile(r"\w+|[^\w\s]")
    texts = arts["text"].tolist()
    floor = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        n_tokens = sum(len(token_re.findall(t)) for t in texts)
        floor.append(time.perf_counter() - t0)

    total = min(load_s) + min(sent_s)
    out = {
        "corpus": args.path,
        "articles": len(arts),
        "characters": int(arts["text"].str.len().sum()),
        "sentences": len(sents),
        "tokens_floor": n_tokens,
        "read_articles_s": round(min(load_s), 2),
        "sentences_s": round(min(sent_s), 2),
        "total_s": round(total, 2),
        "articles_per_s": round(len(arts) / total),
        "floor_regex_tokenise_s": round(min(floor), 2),
        "ratio_to_floor": round(total / min(floor), 2),
        "peak_rss_mb": round(peak_mb),
        "python": sys.version.split()[0],
    }
    print(json.dumps(out, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
