"""Benchmark the whole pipeline: nl.analyze with 1 and 2 processes, newslib.dask, scaling, profile.

Usage: .venv/bin/python bench/pipeline_bench.py PATH [--limit N] [--tables a,b] [--sizes 1000,5000]
                                                      [--modes floor,n1,n2,dask,profile]

PATH is a corpus such as ../shared/corpora/saudinewsnet/dev.jsonl.gz. Every measurement runs in
a fresh child process (so each peak memory is its own), which prints one JSON line:

* ``floor``  — one regex tokenisation pass ``\\w+|[^\\w\\s]`` over the texts;
* ``n1@N``   — ``nl.analyze(first N articles, n_jobs=1)``: wall seconds, seconds per table;
* ``n2``     — ``nl.analyze(articles, n_jobs=2)``: wall (pool start and model warm-up included),
  seconds per table summed over the two workers;
* ``dask``   — ``newslib.dask`` on a ``LocalCluster`` of two worker processes (one thread each):
  cluster start, then analyze + compute;
* ``profile`` — cProfile of the slowest table (by ``n1``) over the first 300 articles.

Peak memory is sampled every 0.1 s with psutil as the RSS of the child plus all its descendants
(workers included), and cross-checked with ``ru_maxrss`` of the child (``self``) and of its
largest waited-for child (``children``). Loading the articles is included in the child's
memory but not in the timings. The load average is printed before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import threading
import time

HERE = os.path.abspath(__file__)


# ----------------------------------------------------------------------------- child side
class PeakRSS:
    """Sample the RSS of a process (default: this one) and all its descendants; keep the
    maximum of the sum."""

    def __init__(self, every: float = 0.1, pid: int | None = None):
        import psutil

        self.proc = psutil.Process(pid)
        self.every = every
        self.peak = 0
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> int:
        total = 0
        try:
            procs = [self.proc, *self.proc.children(recursive=True)]
        except Exception:  # the process itself has exited
            return 0
        for p in procs:
            try:
                total += p.memory_info().rss
            except Exception:  # a worker that just exited
                pass
        return total

    def _run(self):
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            self._stop.wait(self.every)

    def __enter__(self):
        self._t.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._t.join()
        self.peak = max(self.peak, self._sample())


def _load(path: str, limit: int | None):
    import newslib as nl

    arts = nl.read_articles(path, progress=False)
    return arts.iloc[:limit].reset_index(drop=True) if limit else arts


def _cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _child(mode: str, path: str, limit: int | None, tables: list[str], chunksize: int) -> dict:
    import newslib as nl
    from newslib import pipeline

    out: dict = {"mode": mode}
    with PeakRSS() as peak:
        arts = _load(path, limit)
        out["articles"] = len(arts)
        if mode == "floor":
            token_re = re.compile(r"\w+|[^\w\s]")
            texts = arts["text"].tolist()
            t0 = time.perf_counter()
            out["tokens"] = sum(len(token_re.findall(t)) for t in texts)
            out["seconds"] = time.perf_counter() - t0
            out["characters"] = int(arts["text"].str.len().sum())
        elif mode in ("n1", "n2"):
            n_jobs = 1 if mode == "n1" else 2
            t0, c0 = time.perf_counter(), _cpu()
            res = nl.analyze(arts, tables, n_jobs=n_jobs, chunksize=chunksize, progress=False)
            out["seconds"] = time.perf_counter() - t0
            out["cpu_seconds"] = _cpu() - c0  # this process and its (joined) workers
            out["per_table"] = {k: v.attrs["newslib"]["seconds"] for k, v in res.items()}
            out["rows"] = {k: len(v) for k, v in res.items()}
        elif mode == "dask":
            import distributed

            import newslib.dask as nld

            t0 = time.perf_counter()
            with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                          dashboard_address=None) as cluster, distributed.Client(cluster) as client:
                out["cluster_start_seconds"] = time.perf_counter() - t0
                t1 = time.perf_counter()
                nld.warm(client, tables)
                out["warm_seconds"] = time.perf_counter() - t1
                t1 = time.perf_counter()
                ddf = nld.from_pandas(arts, chunksize=chunksize)
                res = nld.compute(nld.analyze(ddf, tables))
                out["seconds"] = time.perf_counter() - t1
                out["partitions"] = ddf.npartitions
                out["rows"] = {k: len(v) for k, v in res.items()}
        elif mode == "profile":
            import cProfile
            import io
            import pstats

            table = tables[0]
            sample = arts.iloc[:300]
            pipeline.warm([table])
            pr = cProfile.Profile()
            t0 = time.perf_counter()
            pr.enable()
            getattr(nl, table)(sample)
            pr.disable()
            out["table"] = table
            out["profiled_articles"] = len(sample)
            out["seconds"] = time.perf_counter() - t0
            buf = io.StringIO()
            pstats.Stats(pr, stream=buf).sort_stats("tottime").print_stats(12)
            out["top_tottime"] = buf.getvalue()
            buf = io.StringIO()
            pstats.Stats(pr, stream=buf).sort_stats("cumulative").print_stats(12)
            out["top_cumulative"] = buf.getvalue()
    out["peak_rss_mb_sampled"] = round(peak.peak / 2**20)
    out["ru_maxrss_self_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    out["ru_maxrss_largest_child_mb"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    return out


# ----------------------------------------------------------------------------- parent side
def _run(mode: str, args, limit: int | None, tables: list[str]) -> dict:
    cmd = [sys.executable, HERE, args.path, "--child", mode, "--tables", ",".join(tables),
           "--chunksize", str(args.chunksize)] + (["--limit", str(limit)] if limit else [])
    print(f"[{time.strftime('%H:%M:%S')}] {mode} limit={limit} load={os.getloadavg()[0]:.2f}", file=sys.stderr, flush=True)
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        return {"mode": mode, "error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"exit {proc.returncode}"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path")
    ap.add_argument("--limit", type=int, default=None, help="use the first N articles only")
    ap.add_argument("--tables", default=None, help="comma-separated (default: every table that exists)")
    ap.add_argument("--sizes", default="1000,5000", help="extra n_jobs=1 runs for the scaling curve")
    ap.add_argument("--modes", default="floor,n1,n2,dask,profile")
    ap.add_argument("--chunksize", type=int, default=250)
    ap.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.tables:
        tables = args.tables.split(",")
    else:
        from newslib import pipeline

        tables = list(pipeline.available_tables())

    if args.child:
        print(json.dumps(_child(args.child, args.path, args.limit, tables, args.chunksize), ensure_ascii=False))
        return 0

    modes = args.modes.split(",")
    report: dict = {"corpus": args.path, "tables": tables, "chunksize": args.chunksize, "cores": os.cpu_count(),
                    "load_before": [round(x, 2) for x in os.getloadavg()], "started": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())}
    runs: dict = {}
    if "floor" in modes:
        runs["floor"] = _run("floor", args, args.limit, tables)
    if "n1" in modes:
        for size in [int(s) for s in args.sizes.split(",") if s] if args.sizes else []:
            if not args.limit or size < args.limit:
                runs[f"n1@{size}"] = _run("n1", args, size, tables)
        runs["n1"] = _run("n1", args, args.limit, tables)
    if "n2" in modes:
        runs["n2"] = _run("n2", args, args.limit, tables)
    if "dask" in modes:
        runs["dask"] = _run("dask", args, args.limit, tables)
    if "profile" in modes:
        per = runs.get("n1", {}).get("per_table") or {}
        slowest = max(per, key=per.get) if per else tables[-1]
        runs["profile"] = _run("profile", args, 300, [slowest])
    report["load_after"] = [round(x, 2) for x in os.getloadavg()]

    n1, n2 = runs.get("n1", {}), runs.get("n2", {})
    summary = {}
    if "seconds" in n1:
        summary["articles_per_s_n1"] = round(n1["articles"] / n1["seconds"], 1)
    if "seconds" in n2:
        summary["articles_per_s_n2"] = round(n2["articles"] / n2["seconds"], 1)
    if "seconds" in n1 and "seconds" in n2:
        summary["speedup_n2_over_n1"] = round(n1["seconds"] / n2["seconds"], 2)
    if "seconds" in runs.get("dask", {}):
        summary["articles_per_s_dask"] = round(runs["dask"]["articles"] / runs["dask"]["seconds"], 1)
    if "seconds" in runs.get("floor", {}) and "seconds" in n1:
        summary["ratio_n1_to_floor"] = round(n1["seconds"] / runs["floor"]["seconds"], 1)
    scale = {k: round(v["seconds"] / v["articles"] * 1000, 2) for k, v in runs.items() if k.startswith("n1") and "seconds" in v}
    summary["n1_seconds_per_1000_articles"] = scale
    report["summary"] = summary
    report["runs"] = runs
    print(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
