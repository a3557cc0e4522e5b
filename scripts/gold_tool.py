"""Help annotate the quote gold (docs/gold_quotes.md): show an article, find offsets, check a file.

    python scripts/gold_tool.py show ARTICLE_ID --corpus FILE...     marks, cues, names, with offsets
    python scripts/gold_tool.py find ARTICLE_ID TEXT --corpus FILE... every offset of TEXT
    python scripts/gold_tool.py check GOLD.jsonl --corpus FILE...    validate a gold file

``show`` also prints newslib's own quotes as a *hint* (marked as such): the annotator decides
every row from the text, not from the hint.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import newslib as nl  # noqa: E402

KINDS = {"direct", "partial", "title"}
TYPES = {"person", "organisation", "outlet", "unnamed", "group", "other"}
GENDERS = {"f", "m"}
SECTIONS = {"politics", "economy", "sport", "culture", "society", "religion", "opinion", "security", "health", "other"}
_EDGE = set(" \n\t«»“”\"'„‘’")


def _texts(corpus: list[str]) -> dict[str, str]:
    arts = nl.read_articles(corpus)
    return dict(zip(arts["article_id"], arts["text"]))


def _text(aid: str, texts: dict[str, str]) -> str:
    if aid not in texts:
        sys.exit(f"{aid}: no such article in the corpus files given")
    return texts[aid]


def show(aid: str, texts: dict[str, str]) -> None:
    text = _text(aid, texts)
    print(f"# {aid}  ({len(text)} chars)\n")
    for m in re.finditer(r"[^\n]+", text):
        print(f"[{m.start()}] {m.group()}")
    print("\n# marks (start, end of the content)")
    pat = re.compile(r"«([^«»]*)»|“([^“”]*)”|\"([^\"\n]*)\"|„([^„“]*)“")
    for m in pat.finditer(text):
        g = next(i for i in range(1, 5) if m.group(i) is not None)
        s, e = m.start(g), m.end(g)
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        before = text[max(0, m.start() - 60):m.start()].replace("\n", " ")
        print(f"  {s}-{e}  …{before}⟦{text[s:e][:120]}{'…' if e - s > 120 else ''}⟧")
    import pandas as pd
    arts = pd.DataFrame({"article_id": [aid], "text": [text]})
    ents = nl.entities(arts)
    print("\n# entity mentions (hint): start-end label text")
    for r in ents.itertuples():
        if r.label in ("PER", "ORG"):
            print(f"  {r.start}-{r.end} {r.label} {r.text}")
    q = nl.quotes(arts, include_titles=True)
    print("\n# newslib's quotes (HINT ONLY, often wrong): start-end kind cue speaker")
    for r in q.itertuples():
        print(f"  {r.start}-{r.end} {r.kind} {r.cue} → {r.speaker}")


def find(aid: str, needle: str, texts: dict[str, str]) -> None:
    text = _text(aid, texts)
    for m in re.finditer(re.escape(needle), text):
        print(f"{m.start()}-{m.end()}  …{text[max(0, m.start() - 30):m.end() + 30]}…".replace("\n", " "))


def check(path: str, texts: dict[str, str]) -> int:
    problems = 0
    seen = set()
    n_quotes = 0
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        row = json.loads(line)
        aid = row["article_id"]
        where = f"{path}:{ln} {aid}"
        if aid in seen:
            print(f"{where}: article twice"); problems += 1
        seen.add(aid)
        if aid not in texts:
            print(f"{where}: not in the corpus"); problems += 1
            continue
        if row.get("section") not in SECTIONS:
            print(f"{where}: section {row.get('section')!r} not in {sorted(SECTIONS)}"); problems += 1
        text = texts[aid]
        spans = []
        for i, q in enumerate(row["quotes"]):
            n_quotes += 1
            w = f"{where} quote {i}"
            s, e = q["start"], q["end"]
            if not (0 <= s < e <= len(text)):
                print(f"{w}: offsets {s}-{e} outside the text"); problems += 1
                continue
            if text[s] in _EDGE or text[e - 1] in _EDGE:
                print(f"{w}: span {s}-{e} starts or ends with a mark or space: {text[s:e][:40]!r}"); problems += 1
            spans.append((s, e))
            if q["kind"] not in KINDS:
                print(f"{w}: kind {q['kind']!r}"); problems += 1
            if q["kind"] == "title":
                if q.get("speaker") or q.get("speaker_type") or q.get("speaker_gender"):
                    print(f"{w}: a title has no speaker"); problems += 1
                continue
            spk = q.get("speaker")
            typ, gen = q.get("speaker_type"), q.get("speaker_gender")
            if spk is None:
                if typ or gen:
                    print(f"{w}: no speaker but a type or gender"); problems += 1
                continue
            if typ not in TYPES:
                print(f"{w}: speaker_type {typ!r}"); problems += 1
            if gen is not None and gen not in GENDERS:
                print(f"{w}: speaker_gender {gen!r}"); problems += 1
            if gen is not None and typ != "person" and spk not in ("النبي محمد",):
                print(f"{w}: gender only for persons"); problems += 1
            ss, se = q.get("speaker_start"), q.get("speaker_end")
            if ss is None or se is None or not (0 <= ss < se <= len(text)):
                print(f"{w}: speaker_start/end missing or outside the text"); problems += 1
            if q.get("cue") and (q.get("cue_start") is None or text[q["cue_start"]:q["cue_start"] + len(q["cue"])] != q["cue"]):
                print(f"{w}: cue {q.get('cue')!r} not at cue_start {q.get('cue_start')}"); problems += 1
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                print(f"{where}: overlapping spans {a} {b}"); problems += 1
    print(f"{path}: {len(seen)} articles, {n_quotes} rows, {problems} problems")
    return problems


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=("show", "find", "check"))
    ap.add_argument("args", nargs="+")
    ap.add_argument("--corpus", nargs="+", required=True)
    a = ap.parse_args()
    texts = _texts(a.corpus)
    if a.command == "show":
        for aid in a.args:
            show(aid, texts)
    elif a.command == "find":
        find(a.args[0], a.args[1], texts)
    else:
        sys.exit(1 if sum(check(p, texts) for p in a.args) else 0)


if __name__ == "__main__":
    main()
