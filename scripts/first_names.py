"""Learn the gender of first names from news: ``python scripts/first_names.py CORPUS... [--out FILE]``.

A speech verb agrees with its subject (قالت سارة، قال خالد). Over the given corpora this script
finds every person mention of :func:`newslib.entities` that follows a past or present speech verb
of ``cue_verbs.tsv`` (و/ف allowed, nothing between), counts the verb's gender for the mention's
first word, and keeps the words seen at least ``--min-count`` times with one gender in at least
``--share`` of them. The result is ``newslib/lexicons/first_names.tsv`` (name, gender, counts),
read by :mod:`newslib.quotes` to give a named person a gender when the verb does not tell it.

Only the train and dev outlets of ``scripts/sample_gold.py`` are read (and BBC Arabic), so the
test outlets of the quote gold stay unseen. ``make first-names`` runs it on ``../shared``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import newslib as nl  # noqa: E402
from newslib import lexicons  # noqa: E402
from newslib.arabic import ARABIC_LETTERS, normalize  # noqa: E402
from newslib.mentions import trie_pattern  # noqa: E402
from sample_gold import SPLITS  # noqa: E402

HEADER = """\
# First names and the gender news gives them: a speech verb agrees with its subject (قالت سارة، قال
# خالد). Learned by scripts/first_names.py (make first-names) from person mentions of newslib.entities
# right after a speech verb of cue_verbs.tsv, over SaudiNewsNet (train and dev outlets of the quote
# gold's split) and BBC Arabic 2017: a name is kept when seen at least {min_count} times with one
# gender in at least {share:.0%} of them. f and m are the counts. Matched after normalize.
# Source: computed from the corpora above by newslib; edit by hand to add names.
name\tgender\tf\tm
"""


def verb_genders() -> re.Pattern:
    """One regex for the past and present speech verbs, with a group per gender."""
    forms = {"m": [], "f": []}
    for r in lexicons.read("cue_verbs"):
        if r["gender"] in forms and r["tense"] in ("past", "present"):
            forms[r["gender"]].append(normalize(r["form"]))
    L = ARABIC_LETTERS
    return re.compile(f"(?<![{L}])[وف]?(?:(?P<m>{trie_pattern(forms['m'])})|(?P<f>{trie_pattern(forms['f'])}))\\s*$")


def count(articles, verbs: re.Pattern, chunk: int = 2000) -> dict[str, Counter]:
    """Verb genders before each person mention, by the mention's first word (normalised)."""
    out: dict[str, Counter] = {}
    texts = dict(zip(articles["article_id"], articles["text"]))
    for i in range(0, len(articles), chunk):
        part = articles.iloc[i:i + chunk]
        ents = nl.entities(part)
        per = ents[ents["label"].astype(str) == "PER"]
        for aid, s, e in zip(per["article_id"], per["start"], per["end"]):
            text = texts[aid]
            m = verbs.search(normalize(text[max(0, s - 16):s]))
            if m is None:
                continue
            first = normalize(text[s:e]).split()[0]
            out.setdefault(first, Counter())["m" if m.group("m") else "f"] += 1
        print(f"{min(i + chunk, len(articles))}/{len(articles)} articles", file=sys.stderr)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="+", help="SaudiNewsNet dev and BBC Arabic files")
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "newslib" / "lexicons" / "first_names.tsv"))
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--share", type=float, default=0.9)
    args = ap.parse_args()
    arts = nl.read_articles(args.corpus)
    keep = arts["source"].astype(str).map(lambda s: SPLITS.get(s) in ("train", "dev"))
    arts = arts[keep & arts["text"].notna()].drop_duplicates("text")
    counts = count(arts, verb_genders())
    rows = []
    for name, c in sorted(counts.items()):
        n = c["f"] + c["m"]
        g = "f" if c["f"] >= c["m"] else "m"
        if n >= args.min_count and c[g] / n >= args.share and len(name) > 1:
            rows.append(f"{name}\t{g}\t{c['f']}\t{c['m']}\n")
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(HEADER.format(min_count=args.min_count, share=args.share))
        fh.writelines(rows)
    print(f"{len(rows)} names ({sum(r.split(chr(9))[1] == 'f' for r in rows)} f) from {len(arts)} articles -> {args.out}")


if __name__ == "__main__":
    main()
