"""Chart helpers on 10,000 categories: wall time and peak memory, default ``top`` and ``top=None``.

Usage: .venv/bin/python bench/charts_bench.py [--n 10000] [--columns 1000] [--dpi 200] [--markdown]

Takes no corpus: the categories are synthetic Arabic names (ال + three letters, some with a
second word). Each case runs in its own process (``multiprocessing`` spawn) so that one
case's memory never shows in another's. In that process the data are built first, then the
peak resident set (``VmHWM``) is reset through ``/proc/self/clear_refs`` and the helper is
timed (wall and CPU time: on a shared machine the CPU time is the better guide), then
``nl.charts.save`` to PNG alone (``dpi`` 200, ``bbox_inches="tight"``). Memory is
the peak RSS during helper + save above the RSS before them (falls back to ``ru_maxrss``
where the peak cannot be reset). Cases:

* ``bar``: a Series of ``n`` names → counts.
* ``cooccurrence``: an entity table with ``n`` people and ``columns`` places (two of each per
  sentence, ``2 n`` sentences); no figure, so no save.
* ``heatmap``: the ``n`` × ``columns`` table of ``cooccurrence(top=None)``, given directly.
* ``timeline_plot``: ``n`` dates, 1–5 mentions each.

Prints one JSON line per case, or a Markdown table with ``--markdown``.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import resource
import tempfile
import time

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def names(n: int, offset: int = 0) -> list[str]:
    k = len(LETTERS)
    return [f"ال{LETTERS[i // k // k % k]}{LETTERS[i // k % k]}{LETTERS[i % k]}" + (" الجديد" if i % 3 == 0 else "")
            for i in range(offset, offset + n)]


def _rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reset_peak() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def _peak_mb() -> float:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _data(helper: str, n: int, columns: int):
    import numpy as np
    import pandas as pd

    import newslib as nl

    rng = np.random.default_rng(0)
    if helper == "bar":
        return pd.Series(np.round(rng.lognormal(2, 1.2, n)) + 1, index=names(n))
    if helper in ("cooccurrence", "heatmap"):
        people, places = np.array(names(n)), np.array(names(columns, offset=n))
        sentences = 2 * n
        per = np.concatenate([np.arange(sentences) % n, rng.integers(0, n, sentences)])   # every name used
        loc = np.concatenate([np.arange(sentences) % columns, rng.zipf(1.5, sentences) % columns])
        sid = np.tile(np.arange(sentences), 2)
        ents = pd.DataFrame({
            "article_id": np.concatenate([sid // 20, sid // 20]).astype(str),
            "sentence_id": np.concatenate([sid, sid]),
            "label": ["PER"] * len(per) + ["LOC"] * len(loc),
            "name": np.concatenate([people[per], places[loc]]),
        })
        return ents if helper == "cooccurrence" else nl.charts.cooccurrence(ents, top=None)
    if helper == "timeline_plot":
        dates = pd.date_range("1990-01-01", periods=n, freq="D")
        reps = rng.integers(1, 6, n)
        texts = np.array(names(n))
        return pd.DataFrame({"date_start": np.repeat(dates, reps), "text": np.repeat(texts, reps)})
    raise ValueError(helper)


def _case(helper: str, top, n: int, columns: int, dpi: int, queue) -> None:
    import gc

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    import newslib as nl

    data = _data(helper, n, columns)
    nl.charts.bar(data.head(2) if helper == "bar" else __import__("pandas").Series({"بوتين": 1}))   # warm fonts
    plt.close("all")
    gc.collect()
    base = _rss_mb()
    exact = _reset_peak()
    kwargs = {} if top == "default" else {"top": top}
    c0, t0 = time.process_time(), time.perf_counter()
    out = getattr(nl.charts, helper)(data, **kwargs)
    t1 = time.perf_counter()
    save_s, shape = None, None
    if helper == "cooccurrence":
        shape = list(out.shape)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            nl.charts.save(out.figure, os.path.join(tmp, "chart"), ("png",), dpi=dpi)
        save_s = time.perf_counter() - t1
        shape = [round(float(v), 2) for v in out.figure.get_size_inches()]
    peak = _peak_mb() - base
    queue.put({"helper": helper, "top": top, "n": n, "call_s": round(t1 - t0, 2),
               "save_png_s": None if save_s is None else round(save_s, 2),
               "total_s": round(time.perf_counter() - t0, 2), "cpu_s": round(time.process_time() - c0, 2),
               "peak_mb": round(peak, 1),
               "peak_exact": exact, "result": shape})


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10_000, help="categories (default 10,000)")
    ap.add_argument("--columns", type=int, default=1_000, help="places for cooccurrence/heatmap (default 1,000)")
    ap.add_argument("--dpi", type=int, default=200)
    ap.add_argument("--helpers", default="bar,cooccurrence,heatmap,timeline_plot")
    ap.add_argument("--markdown", action="store_true", help="print the bench/README.md table")
    args = ap.parse_args()

    ctx = mp.get_context("spawn")
    rows = []
    for helper in args.helpers.split(","):
        for top in ("default", None):
            q = ctx.Queue()
            p = ctx.Process(target=_case, args=(helper, top, args.n, args.columns, args.dpi, q))
            p.start()
            row = q.get()
            p.join()
            rows.append(row)
            if not args.markdown:
                print(json.dumps(row, ensure_ascii=False), flush=True)
    if args.markdown:
        print("| helper | top | helper call (s) | save PNG (s) | total wall (s) | total CPU (s) | peak RSS growth (MB) | figure (in) / table |")
        print("|---|---|---|---|---|---|---|---|")
        for r in rows:
            save = "—" if r["save_png_s"] is None else f"{r['save_png_s']:.2f}"
            res = " × ".join(str(v) for v in r["result"])
            print(f"| `{r['helper']}` | {'default' if r['top'] == 'default' else 'None'} | {r['call_s']:.2f} | "
                  f"{save} | {r['total_s']:.2f} | {r['cpu_s']:.2f} | {r['peak_mb']:.0f} | {res} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
