"""FANE → ANERcorp-style training sentences: ``python scripts/fane.py FANE_DIR ANERCORP_TRAIN.conll [--table]``.

WikiFANE Gold and NewsFANE Gold (Alotaibi & Lee, COLING 2014, "A Hybrid Approach to Features
Representation for Fine-grained Arabic Named Entity Recognition"), licensed **CC BY-SA 3.0**; any
model trained with them (``scripts/train_ner.py --fane``) must credit them (see
``newslib/models/README.md``). The corpora are read from ../shared and never copied into the repo.

What this module does to each FANE sentence, so that it looks like the news ANERcorp labels:

1. **Labels**: fine class → PER / LOC / ORG / MISC / O by :data:`FINE_TO_COARSE`, a mapping checked
   against ANERcorp train (``--table`` prints, per fine class, how ANERcorp train labels the same
   surface strings). ``Group`` (peoples), vehicles, weapons, most facilities → O.
2. **Clitics re-joined**: ``و قال`` → ``وقال``, ``ل الاتحاد`` → ``للاتحاد``, ``عاصمة ها`` → ``عاصمتها``
   (ة before a suffix becomes ت). The joined word takes the tag of its content word (a proclitic
   that opens a span keeps the span's B-).
   Then a span whose exact word sequence ANERcorp train has at least twice, with another label
   (or none) at least 60 % of the time, takes ANERcorp's label (``override``): ``الحكومة`` and most
   ``Government`` one-word spans are O there; clubs named after their city are LOC.
3. **Head nouns**: a span that starts with a word ANERcorp train mostly leaves outside its spans
   (``مدينة``، ``نادي``, …, counted on ANERcorp train: see :func:`head_nouns`) loses that word.
4. **MISC**: FANE leaves as O what ANERcorp calls MISC (currencies, events, religions, prizes). Word
   sequences that are MISC spans in ANERcorp train are relabelled MISC; sentences that still hold
   an O word ANERcorp train mostly labels MISC are dropped (``misc="relabel+drop"``), so FANE does
   not teach that those words are nothing.
5. **Spelling**: optionally restore hamza/ى forms from a vocabulary (ANERcorp train's words) — the
   CRF's features are computed on normalised keys, so this only matters for raw characters.

Importable: :func:`load` returns sentences as ``[(token, IOB tag)]`` with ANERcorp labels (PER, not PERS).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: Fine class → ANERcorp label (None = O). Checked with ``--table`` against ANERcorp train.
FINE_TO_COARSE = {
    **{c: "PER" for c in ("Politician", "Athlete", "Artist", "Other_PER", "Scientist", "Religious_PER",
                          "Police", "Businessperson", "Engineer", "Lawyer")},
    **{c: "LOC" for c in ("Nation", "Population-Center", "State-or-Province", "Continent", "GPE-Cluster",
                          "County-or-District", "Water-Body", "Land-Region-Natural", "Celestial")},
    **{c: "ORG" for c in ("Non-Governmental", "Commercial", "Sports", "Government", "Media", "Educational",
                          "Medical-Science", "Religious_ORG", "Entertainment")},
    # works and products: ANERcorp tags quoted titles and products MISC (see the table)
    **{c: "MISC" for c in ("Book", "Movie", "Sound", "Software", "Hardware")},
    # vehicles, weapons, food, drugs, facilities, peoples: O (ANERcorp leaves them mostly untagged)
    **{c: None for c in ("Air", "Land", "Water", "Projectile", "Shooting", "Blunt", "Exploding", "Nuclear",
                         "Sharp", "Chemical", "Food", "Drug", "Building-Grounds", "Path", "Airport",
                         "Subarea-Facility", "Plant", "Group",
                         # sun, moon, planets: ANERcorp train leaves all 342 it has untagged
                         "Celestial")},
}

PROCLITICS = {"و", "ف", "ب", "ل", "ك"}
ENCLITICS = {"ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا", "ي", "ني"}


def read_fane(path: str | Path) -> list[list[tuple[str, str]]]:
    """FANE sentences as (token, fine IOB tag)."""
    sents, cur = [], []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
            continue
        tok = parts[0].strip()
        tag = parts[-1].strip() if len(parts) > 1 else "O"
        if not tok:
            continue
        cur.append((tok, tag or "O"))
    if cur:
        sents.append(cur)
    return sents


def _is_word(tok: str) -> bool:
    return any("\u0621" <= ch <= "\u064a" for ch in tok)


def _attach(word: str, suffix: str) -> str:
    return (word[:-1] + "ت" if word.endswith("ة") else word) + suffix


def rejoin(sent: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Re-join split clitics; the joined word keeps its content word's tag."""
    out: list[tuple[str, str]] = []
    pre, pre_tag = "", "O"
    n = len(sent)
    for i, (tok, tag) in enumerate(sent):
        nxt = sent[i + 1][0] if i + 1 < n else ""
        if tok in PROCLITICS and _is_word(nxt) and not (tok == "ك" and out and _is_word(out[-1][0]) and nxt in ENCLITICS):
            if not pre:
                pre_tag = tag
            pre += tok
            continue
        if pre:
            if pre.endswith("ل") and tok.startswith("ال") and len(tok) > 3:
                tok = tok[1:]  # ل + الاتحاد → للاتحاد
            tok = pre + tok
            if pre_tag.startswith("B-") and tag != "O":
                tag = "B-" + tag[2:]
            pre = ""
        elif (tok in ENCLITICS or (tok == "ن" and nxt == "ي")) and out and _is_word(out[-1][0]):
            w, t = out.pop()
            out.append((_attach(w, tok), t))
            continue
        if tok.startswith("لال") and len(tok) > 5:
            tok = "لل" + tok[3:]  # لالاتحاد (FANE's ل+ال written together) → للاتحاد
        out.append((tok, tag))
    if pre:
        out.append((pre, pre_tag))
    return out


def _spans(tags):
    from newslib.entities import iob_spans

    return iob_spans(tags)


def _key(tok: str) -> str:
    from newslib.entities.features import _key as k

    return k(tok)


class Anercorp:
    """What ANERcorp train says about words and word sequences (keys: newslib.entities._key)."""

    def __init__(self, sents):
        self.span_lab: dict[tuple, Counter] = defaultdict(Counter)
        self.word_lab: dict[str, Counter] = defaultdict(Counter)
        self.first_in = Counter()   # word opens a multi-word span
        self.before = Counter()     # word is O right before a span
        self.vocab = Counter()
        self.sents = sents
        self.o_wanted: set[tuple] = set()
        for s in sents:
            toks = [t for t, _ in s]
            tags = [g for _, g in s]
            keys = [_key(t) for t in toks]
            for t in toks:
                self.vocab[t] += 1
            for k, g in zip(keys, tags):
                self.word_lab[k][g[2:] if g != "O" else "O"] += 1
            for a, b, lab in _spans(tags):
                self.span_lab[tuple(keys[a:b])][lab] += 1
                if b - a > 1:
                    self.first_in[keys[a]] += 1
                if a > 0 and tags[a - 1] == "O":
                    self.before[keys[a - 1]] += 1

    def count_o_ngrams(self, wanted: set[tuple]) -> None:
        """Occurrences of each wanted key sequence with every word O (not a span); once per sequence."""
        wanted = set(wanted) - self.o_wanted
        self.o_wanted |= wanted
        maxn = max((len(w) for w in wanted), default=0)
        for s in self.sents:
            keys = [_key(t) for t, _ in s]
            tags = [g for _, g in s]
            for i in range(len(keys)):
                for n in range(1, maxn + 1):
                    if i + n > len(keys) or tags[i + n - 1] != "O":
                        break
                    g = tuple(keys[i:i + n])
                    if g in wanted:
                        self.span_lab[g]["O"] += 1

    def misc_word(self, k: str, min_share: float = 0.5, min_count: int = 2) -> bool:
        c = self.word_lab.get(k)
        return bool(c) and c["MISC"] >= min_count and c["MISC"] / sum(c.values()) >= min_share


def head_nouns(fane_sents, ac: Anercorp, min_count: int = 5) -> dict[str, tuple[int, int, int]]:
    """Words that open multi-word FANE spans but that ANERcorp train leaves before its spans more
    often than inside them: word → (FANE openings, ANERcorp inside-first, ANERcorp O-before)."""
    opens, seen = Counter(), Counter()
    for s in fane_sents:
        tags = [g for _, g in s]
        keys = [_key(t) for t, _ in s]
        seen.update(keys)
        for a, b, _ in _spans(tags):
            if b - a > 1:
                opens[keys[a]] += 1
    out = {}
    for k, n in opens.items():
        if n < min_count or not _is_word(k) or len(k) < 2:
            continue
        # a head noun opens FANE spans often (not a preposition or a name like علي that also opens some)
        inside, before = ac.first_in[k], ac.before[k]
        if n / seen[k] < 0.25 and not (inside == 0 and before >= 20):  # مدينة: common, but never inside in ANERcorp
            continue
        if before >= 2 * max(inside, 1):
            out[k] = (n, inside, before)
    return out


def convert(fane_sents, ac: Anercorp, *, heads: dict | None = None, misc: str = "relabel+drop",
            restore: bool = False, override: bool = True, stats: Counter | None = None):
    """FANE sentences (already re-joined, fine tags) → ANERcorp-style sentences (ANERcorp labels)."""
    stats = stats if stats is not None else Counter()
    wanted = set()
    for s in fane_sents:
        keys = [_key(t) for t, _ in s]
        for a, b, _ in _spans([g for _, g in s]):
            wanted.add(tuple(keys[a:b]))
            if b - a > 1:
                wanted.add(tuple(keys[a + 1:b]))
    ac.count_o_ngrams({w for w in wanted if len(w) <= 4})
    misc_spans = {k: c for k, c in ac.span_lab.items() if c.most_common(1)[0][0] == "MISC" and len(k) > 0}
    restore_map = {}
    if restore:
        from newslib.arabic import normalize

        best: dict[str, tuple[int, str]] = {}
        for w, n in ac.vocab.items():
            k = normalize(w)
            if n > best.get(k, (0, ""))[0]:
                best[k] = (n, w)
        restore_map = {k: w for k, (_, w) in best.items()}
    out = []
    for s in fane_sents:
        toks = [t for t, _ in s]
        tags = ["O"] * len(toks)
        keys = [_key(t) for t in toks]
        fine = [g for _, g in s]
        for a, b, cls in _spans(fine):
            lab = FINE_TO_COARSE.get(cls, None)
            stats["span " + cls + " → " + str(lab)] += 1
            if lab is None:
                continue
            if heads and b - a > 1 and keys[a] in heads:
                a += 1
                stats["head stripped"] += 1
            d = ac.span_lab.get(tuple(keys[a:b])) if override else None
            if d and sum(d.values()) >= 2:
                top, m = d.most_common(1)[0]
                if top != lab and m / sum(d.values()) >= 0.6:
                    stats[f"span relabelled as ANERcorp train: {lab} → {top}"] += 1
                    if top == "O":
                        continue
                    lab = top
            tags[a] = "B-" + lab
            for i in range(a + 1, b):
                tags[i] = "I-" + lab
        if "relabel" in misc:
            n = len(toks)
            for i in range(n):
                if tags[i] != "O":
                    continue
                for L in (4, 3, 2, 1):
                    if i + L <= n and all(t == "O" for t in tags[i:i + L]) and tuple(keys[i:i + L]) in misc_spans:
                        if L == 1 and not ac.misc_word(keys[i]):
                            continue
                        tags[i] = "B-MISC"
                        for j in range(i + 1, i + L):
                            tags[j] = "I-MISC"
                        stats["MISC relabelled (spans)"] += 1
                        break
        if misc != "none" and "drop" in misc and any(t == "O" and len(toks[i]) > 1 and ac.misc_word(keys[i], 0.5, 2)
                                  for i, t in enumerate(tags)):
            stats["sentences dropped (MISC word left O)"] += 1
            continue
        if restore_map:
            from newslib.arabic import normalize

            toks = [restore_map.get(normalize(t), t) if ("ا" in t or "ي" in t) else t for t in toks]
        out.append(list(zip(toks, tags)))
    stats["sentences kept"] += len(out)
    return out


SHINGLE = 25


def _letters(toks) -> str:
    from newslib.arabic import normalize

    return "".join(ch for t in toks for ch in normalize(t) if ch.isalnum())


def shingles(sents) -> set[int]:
    """Hashes of every 25-letter run of each sentence's letters, spaces and punctuation left out
    (so ANERcorp's ``وقال`` and FANE's ``و قال`` give the same runs)."""
    out = set()
    for s in sents:
        text = _letters(t for t, _ in s)
        out.update(hash(text[i:i + SHINGLE]) for i in range(max(1, len(text) - SHINGLE + 1)))
    return out


def overlaps(sent, table: set[int], share: float = 0.3) -> bool:
    """Whether at least ``share`` of a sentence's letter runs are in ``table`` (see :func:`shingles`)."""
    text = _letters(t for t, _ in sent)
    runs = [hash(text[i:i + SHINGLE]) for i in range(max(1, len(text) - SHINGLE + 1))]
    return sum(r in table for r in runs) >= share * len(runs)


def load(fane_file: str | Path, anercorp_sents, **kw) -> list[list[tuple[str, str]]]:
    """One FANE file as ANERcorp-style training sentences (see the module docstring)."""
    ac = kw.pop("ac", None) or Anercorp(anercorp_sents)
    return load_raw(read_fane(fane_file), ac, **kw)


def load_raw(fane_sents, ac: Anercorp, **kw) -> list[list[tuple[str, str]]]:
    """FANE sentences as read by :func:`read_fane` → ANERcorp-style sentences."""
    raw = [rejoin(s) for s in fane_sents]
    if "heads" not in kw:
        kw["heads"] = head_nouns(raw, ac)
    return convert(raw, ac, **kw)


def table(fane_dir: Path, anercorp_sents) -> None:
    """Per fine class: how ANERcorp train labels the same surface strings (evidence for the mapping)."""
    ac = Anercorp(anercorp_sents)
    raw = [rejoin(s) for f in ("newsfane_gold.conll", "wikifane_gold.conll") for s in read_fane(fane_dir / f)]
    per_class: dict[str, list[tuple]] = defaultdict(list)
    for s in raw:
        keys = [_key(t) for t, _ in s]
        for a, b, cls in _spans([g for _, g in s]):
            per_class[cls].append(tuple(keys[a:b]))
    wanted = {g for v in per_class.values() for g in v if len(g) <= 4}
    ac.count_o_ngrams(wanted)
    print("| fine class | FANE spans | found in ANERcorp train | PER | LOC | ORG | MISC | O | mapped to |")
    print("|---|---|---|---|---|---|---|---|---|")
    rows = []
    for cls, spans in per_class.items():
        c = Counter()
        found = 0
        for g in spans:
            d = ac.span_lab.get(g)
            if d:
                found += 1
                tot = sum(d.values())
                for lab, n in d.items():
                    c[lab] += n / tot
        rows.append((len(spans), cls, found, c))
    for n, cls, found, c in sorted(rows, reverse=True):
        tot = sum(c.values()) or 1
        cells = " | ".join(f"{c[l] / tot:.0%}" for l in ("PER", "LOC", "ORG", "MISC", "O"))
        print(f"| {cls} | {n} | {found} | {cells} | {FINE_TO_COARSE.get(cls) or 'O'} |")
    heads = head_nouns(raw, ac)
    print("\nhead nouns stripped (FANE openings, ANERcorp first-in-span, ANERcorp O-before):")
    print(", ".join(f"{k} {v}" for k, v in sorted(heads.items(), key=lambda x: -x[1][0])))
    ms = Counter(k for k, c in ac.word_lab.items() if ac.misc_word(k))
    print(f"\nANERcorp MISC words (≥ 50 % MISC, ≥ 2 times): {len(ms)}; e.g.", " ".join(list(ms)[:30]))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("fane_dir")
    ap.add_argument("anercorp_train")
    ap.add_argument("--table", action="store_true", help="print the mapping evidence table")
    ap.add_argument("--stats", action="store_true", help="print conversion counts per file")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_ner as T

    if "test" in Path(args.anercorp_train).name:
        raise SystemExit("refusing to read a test file")
    anc = T.read_conll(args.anercorp_train)
    if args.table:
        table(Path(args.fane_dir), anc)
    if args.stats:
        ac = Anercorp(anc)
        for f in ("newsfane_gold.conll", "wikifane_gold.conll"):
            st = Counter()
            out = load(Path(args.fane_dir) / f, anc, ac=ac, stats=st)
            print(f, sum(map(len, out)), "tokens")
            for k, v in sorted(st.items()):
                print(f"  {k}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
