"""Speed and size of nl.entities: ``python bench/ner_bench.py PATH [--limit N]``.

PATH is a JSON Lines file (``.jsonl`` or ``.jsonl.gz``, e.g. SaudiNewsNet dev.jsonl.gz) whose
records have a ``text``, or a CoNLL file (tokens joined by spaces, one sentence a text).
Prints JSON: tokens (as the NER tokenizer counts them), seconds and tokens/s for a cold pass
(empty feature caches) and a warm pass over the same texts, one text a call
(``entities_in_text``), then a warm ``nl.entities`` call on all of them as one frame (64 texts
decoded together, as users call it), the first call in a fresh
interpreter (import + model load + one short article), and the size of newslib/models/.
Runs on one core (one process, no threads). Each pass also reports its CPU seconds
(``time.process_time``) and tokens per CPU second, steadier than wall time on a shared machine.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def read_texts(path: str, limit: int | None) -> list[str]:
    texts: list[str] = []
    if path.endswith(".conll"):
        cur: list[str] = []
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                cur.append(line.split()[0])
            elif cur:
                texts.append(" ".join(cur))
                cur = []
        if cur:
            texts.append(" ".join(cur))
    else:
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                t = json.loads(line).get("text") or ""
                if t:
                    texts.append(t)
                if limit and len(texts) >= limit:
                    break
    return texts[:limit] if limit else texts


FIRST_CALL = """
import time; t0 = time.perf_counter()
import pandas as pd, newslib as nl
df = pd.DataFrame({"article_id": ["a"], "text": ["وجه الرئيس الروسي فلاديمير بوتين، أمس، رداً على دعوات زعماء أوروبيين في موسكو."]})
t1 = time.perf_counter(); nl.entities(df); t2 = time.perf_counter()
print(round(t1 - t0, 3), round(t2 - t1, 3))
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path")
    ap.add_argument("--limit", type=int, default=2000, help="texts to read (0 = all)")
    args = ap.parse_args(argv)
    E = importlib.import_module("newslib.entities")

    out = subprocess.run([sys.executable, "-c", FIRST_CALL], capture_output=True, text=True, check=True, cwd=ROOT)
    import_s, first_s = map(float, out.stdout.split())
    texts = read_texts(args.path, args.limit or None)
    ntok = sum(len(E.tokenize(t)) for t in texts)
    E.clear_caches()
    res = {"path": args.path, "texts": len(texts), "tokens": ntok, "entities": 0}
    for run in ("cold", "warm"):
        t0, c0 = time.perf_counter(), time.process_time()
        n = sum(len(E.entities_in_text(t)) for t in texts)
        secs, cpu = time.perf_counter() - t0, time.process_time() - c0
        res["entities"] = n
        res[f"{run}_seconds"] = round(secs, 2)
        res[f"{run}_tokens_per_s"] = round(ntok / secs)
        res[f"{run}_cpu_seconds"] = round(cpu, 2)
        res[f"{run}_tokens_per_cpu_s"] = round(ntok / cpu)
    # what users call: nl.entities on a frame, 64 texts decoded together (caches warm by now)
    import pandas as pd

    import newslib as nl

    df = pd.DataFrame({"article_id": [str(i) for i in range(len(texts))], "text": texts})
    t0, c0 = time.perf_counter(), time.process_time()
    n = len(nl.entities(df))
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    res["frame_entities"] = n
    res["frame_seconds"] = round(secs, 2)
    res["frame_tokens_per_s"] = round(ntok / secs)
    res["frame_cpu_seconds"] = round(cpu, 2)
    res["frame_tokens_per_cpu_s"] = round(ntok / cpu)
    models = ROOT / "newslib" / "models"
    res["first_call_import_s"] = import_s
    res["first_call_entities_s"] = first_s
    res["model_bytes"] = {p.name: p.stat().st_size for p in sorted(models.iterdir()) if p.suffix in (".crfsuite", ".tsv", ".npz")}
    res["model_mb"] = round(sum(res["model_bytes"].values()) / 1e6, 1)
    print(json.dumps(res, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
