"""A name list for the NER model from unlabelled news: ``python scripts/ner_names.py NEWS.jsonl.gz OUT.tsv``.

Distant supervision on SaudiNewsNet (no labels, so it cannot overfit ANERcorp the way a whole-train
gazetteer does). Tokens are keyed as the NER features key them (normalised, unambiguous proclitics
split). For every word we count how many of its occurrences stand in a *person-name context*:

* right after a person title (``ner_triggers.tsv`` PER words: الرئيس، الأمير، الشيخ، الوزير …),
  skipping nationality and title adjectives (الرئيس الروسي فلاديمير), and the word after it;
* on either side of بن / ابن / بنت (محمد بن سلمان), the word after أبو / أم / عبد (عبد العزيز);
* right after a speech verb (قال، أكد، أوضح، أضاف …) when it has no article (noisier: its own tag ``sp``);
* next to a word that is already a confident name after the first pass (a surname after a first
  name, a first name before a surname) — one round of bootstrapping.

The same for organisation heads (after وزارة، هيئة، شركة، جامعة، نادي، حزب، جمعية، مجلس) and places
(after مدينة، محافظة، منطقة، العاصمة …). Besides the context ratios, two "is it a proper noun" rates
that Arabic script hides (no capitals): how often the bare word also appears with the article ال
(names almost never: *البوتين*), and how often it carries a pronoun/plural suffix (ـه، ـها، ـهم، ـات).

Writes ``word<TAB>tags`` (``nm=hi|mid|lo``, ``sp=…``, ``org=…``, ``club=…``, ``loc=…``, ``al=0|lo|hi``,
``inf=0|lo|hi``) for words seen at least ``--min-count`` times. Standard library only; 10–25 s on one core.

Status: an experiment, not shipped. As CRF features (``scripts/train_ner.py --name-features
--features-from DIR`` with this file in DIR) it was dev-neutral on two held-out folds (see
bench/README.md, "Entities"): the words it knows are the ones the clusters and trigger contexts
already cover, and a third of the person-name tokens of ANERcorp occur fewer than three times in SaudiNewsNet.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SPEECH = "قال قالت أكد أكدت أوضح أوضحت أضاف أضافت صرح صرحت ذكر ذكرت أشار أشارت أعلن أعلنت بحسب يقول وقال".split()
SON = "بن ابن بنت".split()
ABU = "أبو أبا أبي أم عبد عبد".split()
ORG_HEADS = "وزارة هيئة شركة جامعة نادي النادي حزب جمعية مجلس مؤسسة منظمة بنك مصرف صندوق مركز مستشفى اتحاد لجنة وكالة صحيفة قناة مجموعة".split()
CLUB_HEADS = "فريق الفريق ضيفه مضيفه منافسه غريمه مباراة لقاء نادي منتخب".split()
LOC_HEADS = "مدينة محافظة منطقة العاصمة عاصمة بلدة قرية مدن حي ولاية إقليم جزيرة".split()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("news", help="JSON Lines (gz) with a `text` field, e.g. saudinewsnet/dev.jsonl.gz")
    ap.add_argument("out", help="TSV to write (newslib/models/ner_names.tsv)")
    ap.add_argument("--min-count", type=int, default=3)
    args = ap.parse_args(argv)

    import importlib

    from newslib.arabic import normalize, strip_article
    from newslib.entities import TOKEN_RE, _stem

    E = importlib.import_module("newslib.entities")
    t0 = time.time()
    cache: dict[str, str] = {}

    def key(tok: str) -> str:
        k = cache.get(tok)
        if k is None:
            k = cache[tok] = _stem(normalize(tok))[1] if tok.isalnum() or len(tok) > 1 else tok
        return k

    docs, seen = [], set()
    opener = gzip.open if args.news.endswith(".gz") else open
    with opener(args.news, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text = (rec.get("title") or "") + "\n" + (rec.get("text") or "")
            if len(text) < 20 or text in seen:
                continue
            seen.add(text)
            docs.append([key(t) for t in TOKEN_RE.findall(text)])
    seen.clear()
    freq = Counter(w for d in docs for w in d)
    print(f"{len(docs)} docs, {sum(freq.values())} tokens ({time.time() - t0:.0f} s)", file=sys.stderr)

    lex = E._lex()
    trig = lex["triggers"]
    stops = {normalize(w) for w in E.lexicons.column("name_stop", "word")}
    speech = {normalize(w) for w in SPEECH}
    son = {normalize(w) for w in SON}
    abu = {normalize(w) for w in ABU}
    org_heads = {normalize(w) for w in ORG_HEADS}
    loc_heads = {normalize(w) for w in LOC_HEADS}
    club_heads = {normalize(w) for w in CLUB_HEADS}
    adj: dict[str, bool] = {}

    def is_adj(w: str) -> bool:
        if w not in adj:
            adj[w] = E._nat_country(w) is not None or w in E._TITLE_MODIFIERS
        return adj[w]

    namey: dict[str, bool] = {}

    def name_like(w: str) -> bool:
        v = namey.get(w)
        if v is None:
            v = namey[w] = (len(w) >= 2 and w.isalpha() and E.arabic.is_arabic(w) and not w.startswith("ال")
                            and w not in trig and w not in stops and w not in speech and not is_adj(w))
        return v

    def trig_of(w: str) -> str | None:
        return trig.get(w) or trig.get(strip_article(w))

    per: Counter = Counter()
    spk: Counter = Counter()  # after a speech verb: noisier (قال ضاحكا), its own tag
    org: Counter = Counter()
    loc: Counter = Counter()
    club: Counter = Counter()  # after فريق / ضيفه / مضيفه / مباراة …: sports clubs named after cities
    for d in docs:
        n = len(d)
        for i, w in enumerate(d):
            t = trig_of(w)
            if t == "PER":
                j = i + 1
                while j < n and j - i <= 3 and is_adj(d[j]):
                    j += 1
                if j < n and name_like(d[j]):
                    per[d[j]] += 1
                    if j + 1 < n and name_like(d[j + 1]):
                        per[d[j + 1]] += 1
            elif w in son and 0 < i < n - 1:
                if name_like(d[i - 1]):
                    per[d[i - 1]] += 1
                if name_like(d[i + 1]):
                    per[d[i + 1]] += 1
            elif w in abu and i < n - 1 and len(d[i + 1]) > 2 and d[i + 1].isalpha() and d[i + 1] not in stops:
                per[d[i + 1]] += 1
            elif w in speech and i < n - 1 and name_like(d[i + 1]):
                spk[d[i + 1]] += 1
            if w in org_heads or (w.startswith("ال") and w[2:] in org_heads):
                j = i + 1
                if j < n and len(d[j]) > 1 and d[j].isalpha() and d[j] not in stops:
                    org[d[j]] += 1
            if w in club_heads and i + 1 < n:
                j = i + 1 + (d[i + 1] in club_heads)
                if j < n and len(d[j]) > 1 and d[j].isalpha() and d[j] not in stops:
                    club[d[j]] += 1
            if w in loc_heads or (w.startswith("ال") and w[2:] in loc_heads):
                j = i + 1
                if j < n and len(d[j]) > 1 and d[j].isalpha() and d[j] not in stops:
                    loc[d[j]] += 1

    def ratio(c: Counter, w: str) -> float:
        return c[w] / freq[w]

    # one round of bootstrapping: a name-like word next to a confident name is a name part
    conf = {w for w, v in per.items() if v >= 5 and v / freq[w] >= 0.3}
    per2 = Counter(per)
    for d in docs:
        n = len(d)
        for i, w in enumerate(d):
            if w not in conf:
                continue
            if i + 1 < n and d[i + 1] not in conf and name_like(d[i + 1]):
                per2[d[i + 1]] += 1
            if i > 0 and d[i - 1] not in conf and name_like(d[i - 1]):
                per2[d[i - 1]] += 1
    print(f"{len(conf)} confident names after the first pass ({time.time() - t0:.0f} s)", file=sys.stderr)

    def bucket(r: float, v: int) -> str | None:
        return "hi" if r >= 0.5 else "mid" if r >= 0.2 else "lo" if r >= 0.05 and v >= 2 else None

    rows = []
    for w, tot in freq.items():
        if tot < args.min_count or "\t" in w or len(w) < 2 or not w.isalpha():
            continue
        tags = []
        for lab, c in (("nm", per2), ("sp", spk), ("org", org), ("club", club), ("loc", loc)):
            b = bucket(ratio(c, w), c[w]) if c[w] else None
            if b:
                tags.append(f"{lab}={b}")
        if not w.startswith("ال") and E.arabic.is_arabic(w):
            a = freq.get("ال" + w, 0)
            r = a / (a + tot)
            tags.append("al=" + ("0" if r < 0.02 else "lo" if r < 0.3 else "hi"))
            s = sum(freq.get(w + suf, 0) for suf in ("ه", "ها", "هم", "هما", "ات", "ين", "ون"))
            r = s / (s + tot)
            tags.append("inf=" + ("0" if r < 0.02 else "lo" if r < 0.2 else "hi"))
        if tags:
            rows.append((w, " ".join(tags)))
    rows.sort()
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(f"# Name-context rates of words in {Path(args.news).name} (unlabelled news), written by\n")
        fh.write("# scripts/ner_names.py (see its docstring): nm/org/loc = share of occurrences in a person-name /\n")
        fh.write("# organisation-head / place-head context; al/inf = how often the bare word takes ال / a suffix.\n")
        for w, t in rows:
            fh.write(f"{w}\t{t}\n")
    print(f"wrote {args.out}: {len(rows)} words ({Path(args.out).stat().st_size / 1e6:.1f} MB, {time.time() - t0:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
