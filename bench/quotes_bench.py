"""Time nl.quotes on a corpus: ``python bench/quotes_bench.py PATH [PATH...] [--limit N] [--profile]``.

Reads the articles and computes their entity table first (not timed: ``nl.analyze`` computes
it once for every table, or ``--entities FILE.parquet`` reads one saved earlier), then times
:func:`newslib.quotes` given that table over all of them on one core and prints articles,
quotes found by kind, seconds (wall and CPU), articles per second and the peak memory the
timed call allocated (``tracemalloc`` is not used: it slows the code it measures; the figure is
the process's peak resident set, read before and after).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pandas as pd  # noqa: E402

import newslib as nl  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--profile", action="store_true", help="print the 25 most expensive functions")
    ap.add_argument("--titles", action="store_true", help="include names in marks (include_titles=True)")
    ap.add_argument("--entities", help="Parquet file of the entity table (written here when missing)")
    ap.add_argument("--limit", type=int, help="only the first N articles (of the paths, in order)")
    ap.add_argument("--sort", default="cumulative", help="pstats order of --profile: cumulative or tottime")
    ap.add_argument("--out", help="write the quotes table to this Parquet file (to compare two versions)")
    ap.add_argument("--n-jobs", type=int, default=1, help="workers for the untimed entity table")
    args = ap.parse_args(argv)
    arts = nl.read_articles(args.paths)
    if args.limit is not None:
        arts = arts.iloc[:args.limit]
    if args.entities and Path(args.entities).exists():
        ents = pd.read_parquet(args.entities)
        ents = ents[ents["article_id"].isin(set(arts["article_id"]))]
    else:
        t = time.perf_counter()
        ents = nl.analyze(arts, tables=["entities"], n_jobs=args.n_jobs, progress=True)["entities"]
        print(f"entity table (not timed): {len(ents):,} mentions in {time.perf_counter() - t:.0f} s")
        if args.entities:
            ents.to_parquet(args.entities)
    chars = int(arts["text"].fillna("").str.len().sum())
    prof = cProfile.Profile(time.process_time) if args.profile else None  # CPU time: the machine is shared
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0, c0 = time.perf_counter(), time.process_time()
    if prof:
        prof.enable()
    q = nl.quotes(arts, include_titles=args.titles, entities=ents)
    if prof:
        prof.disable()
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    kinds = q["kind"].value_counts().to_dict()
    print(f"articles {len(arts):,}  chars {chars:,}  quotes {len(q):,} {kinds}")
    print(f"seconds {dt:.2f} wall, {cpu:.2f} CPU  articles/s {len(arts) / cpu:,.0f} (CPU)  "
          f"with speaker {q['speaker'].notna().mean():.1%}")
    print(f"peak RSS {rss1 / 1024:,.0f} MiB (before the call {rss0 / 1024:,.0f} MiB)")
    if args.out:
        q.to_parquet(args.out)
    if prof:
        pstats.Stats(prof).sort_stats(args.sort).print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
