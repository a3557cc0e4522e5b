"""Benchmark ``make report`` on a corpus: wall time and peak memory summed over the report, its
table workers and its notebook kernels.

Usage: .venv/bin/python bench/report_bench.py DATA [OUT] [-- REPORT ARGS…]

e.g. ``bench/report_bench.py ../shared/corpora/bbc_arabic_2017/articles.jsonl.gz`` or, over every
article in every notebook, ``… ../shared/corpora/saudinewsnet/dev.jsonl.gz /tmp/sns -- --limit all``.
Runs ``python -m newslib.report DATA OUT ARGS`` as a child process, passes its output through,
and samples every 0.2 s the resident memory of the child plus all its descendants (table workers,
kernels) with psutil — the sum, which is what the machine must hold, not the largest process.
Prints one JSON line at the end: exit status, wall seconds, summed peak in MB, load average.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline_bench import PeakRSS  # noqa: E402


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 2
    extra = argv[argv.index("--") + 1:] if "--" in argv else []
    pos = argv[:argv.index("--")] if "--" in argv else argv
    data = pos[0]
    out = pos[1] if len(pos) > 1 else tempfile.mkdtemp(prefix="newslib-report-bench-")
    load0 = os.getloadavg()[0]
    t = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "newslib.report", data, out, *extra])
    with PeakRSS(every=0.2, pid=child.pid) as peak:
        status = child.wait()
    print(json.dumps({"data": data, "args": extra, "status": status,
                      "wall_s": round(time.perf_counter() - t, 1), "peak_summed_mb": round(peak.peak / 2**20),
                      "load_before": round(load0, 2), "load_after": round(os.getloadavg()[0], 2)}))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
