"""Who said it: a learned choice among speaker candidates (issue 15).

The rules of :mod:`newslib.quotes` propose one speaker per quote. This stage adds the people and
organisations that the entity model finds around the quote, describes every candidate by a few
interpretable features, and lets a small logistic regression, trained on the project's gold
(``scripts/train_speakers.py``, ``make train-speakers``), score them. The weights are plain
JSON in ``newslib/models/speaker_choice.json``; they run with numpy.

Today the model only **fills a speaker the rules left empty**, when its best candidate reaches
the threshold (the row's ``confidence`` is then the model's probability). Allowed to override
the rules, it gained 3 points of speaker accuracy on the dev outlets but lost 6.5 on the
articles the rules were written on and one quote of the reference articles: it prefers
frequent names over the subject of the cue. Features that see the cue's subject come first.

Features (one row of :data:`FEATURES` each, computed by :func:`features`):

==========================  =====================================================================
feature                     meaning
==========================  =====================================================================
from_rules                  the candidate is the rules' speaker
rule_confidence             the rules' confidence for it (0 for entity candidates)
rule_pro_drop               the rules found it through a verb without subject (confidence < 0.8)
rule_not_person             the rules' speaker is an organisation, outlet, unnamed source …
per / org                   the entity model's label of the candidate
before / after              its nearest mention ends before the quote opens / starts after it closes
distance                    characters between that mention and the quote, in hundreds (≤ 10)
same_sentence               no sentence end between the mention and the quote
same_paragraph              no paragraph break between them
cue_next                    a speech verb within 12 characters of the mention (قال X، X قال)
mentions                    log(1 + mentions of the name in the article)
agrees_with_rules           the rules' speaker is this name or part of it
spoke_before                the rules gave this name an earlier quote of the article
opens_paragraph             the quote opens its paragraph
words                       words in the name (≤ 4)
==========================  =====================================================================

Example:
    >>> c = Candidate("محمد جواد ظريف", "entity", "PER", 0, 14, 0.0)
    >>> features(c, "محمد جواد ظريف قال: «نعم».", 21, 24, rule_speaker=None, earlier=set(), count=1)["per"]
    1.0
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from newslib.arabic import name_key

#: Feature names, in the order of the model's weights.
FEATURES = ("from_rules", "rule_confidence", "rule_pro_drop", "rule_not_person", "per", "org", "before",
            "after", "distance", "same_sentence", "same_paragraph", "cue_next", "mentions",
            "agrees_with_rules", "spoke_before", "opens_paragraph", "words")
MODEL_FILE = "speaker_choice.json"
#: Entity mentions further than this from a quote are no candidates.
WINDOW = 600
_SENT_END_RE = re.compile(r"[.!?؟]\s|\n")


@dataclass(frozen=True)
class Candidate:
    """One possible speaker of a quote: its name, where it came from, its nearest mention."""

    name: str
    source: str  # "rules" or "entity"
    label: str | None  # PER / ORG for entity candidates
    start: int | None
    end: int | None
    confidence: float


def candidates(rule_speaker, rule_start, rule_end, rule_conf, qopen: int, qclose: int,
               mentions: list[tuple[int, int, str, str]]) -> list[Candidate]:
    """The rules' speaker, then every PER/ORG name with a mention within :data:`WINDOW` of the
    quote (its nearest mention), each name once. ``mentions`` are ``(start, end, label, name)``."""
    out = []
    seen = set()
    if isinstance(rule_speaker, str) and rule_speaker:
        out.append(Candidate(rule_speaker, "rules", None, rule_start, rule_end, float(rule_conf or 0)))
        seen.add(name_key(rule_speaker))
    nearest: dict[str, tuple[int, tuple]] = {}
    for s, e, label, name in mentions:
        if qopen <= s < qclose:
            continue  # inside the quote
        gap = qopen - e if e <= qopen else s - qclose
        if gap > WINDOW:
            continue
        k = name_key(name)
        if k not in nearest or gap < nearest[k][0]:
            nearest[k] = (gap, (s, e, label, name))
    for k, (_, (s, e, label, name)) in sorted(nearest.items(), key=lambda kv: kv[1][0]):
        if k in seen:
            continue
        seen.add(k)
        out.append(Candidate(name, "entity", label, s, e, 0.0))
    return out


@lru_cache(maxsize=1)
def _cue_re() -> re.Pattern:
    from newslib import lexicons
    from newslib.arabic import ARABIC_LETTERS as L
    from newslib.mentions import trie_pattern

    forms = sorted({r["form"] for r in lexicons.read("cue_verbs")}, key=len, reverse=True)
    return re.compile(f"(?<![{L}])[وف]?(?:{trie_pattern(forms)})(?![{L}])")


def features(c: Candidate, text: str, qopen: int, qclose: int, *, rule_speaker, earlier: set,
             count: int, rule_type: str | None = None) -> dict[str, float]:
    """The :data:`FEATURES` of candidate ``c`` for the quote whose marks are at ``qopen``/``qclose``
    (``rule_type``: the rules' speaker_type)."""
    f = dict.fromkeys(FEATURES, 0.0)
    f["from_rules"] = float(c.source == "rules")
    f["rule_confidence"] = c.confidence if c.source == "rules" else 0.0
    f["rule_pro_drop"] = float(c.source == "rules" and c.confidence < 0.8)
    f["rule_not_person"] = float(c.source == "rules" and rule_type not in (None, "person"))
    f["per"] = float(c.label == "PER")
    f["org"] = float(c.label == "ORG")
    if c.start is not None and c.end is not None:
        if c.end <= qopen:
            f["before"], gap_text = 1.0, text[c.end:qopen]
        else:
            f["after"], gap_text = 1.0, text[qclose:c.start]
        f["distance"] = min(len(gap_text) / 100, 10.0)
        f["same_sentence"] = float(not _SENT_END_RE.search(gap_text))
        f["same_paragraph"] = float("\n" not in gap_text)
        around = text[max(0, c.start - 12):c.start] + " " + text[c.end:c.end + 12]
        f["cue_next"] = float(bool(_cue_re().search(around)))
    f["mentions"] = math.log1p(count)
    k = name_key(c.name)
    if isinstance(rule_speaker, str) and rule_speaker:
        f["agrees_with_rules"] = float(set(name_key(rule_speaker).split()) <= set(k.split()))
    f["spoke_before"] = float(k in earlier)
    line_start = text.rfind("\n", 0, qopen) + 1
    f["opens_paragraph"] = float(not text[line_start:qopen].strip() or text[line_start:qopen].strip()[-1:] in ":")
    f["words"] = float(min(len(k.split()), 4))
    return f


@dataclass(frozen=True)
class Model:
    """Logistic-regression weights over :data:`FEATURES`, a bias and a threshold."""

    weights: np.ndarray
    bias: float
    threshold: float

    @classmethod
    def load(cls, path=None) -> Model | None:
        """The shipped model (or the one at ``path``); None when there is none."""
        try:
            if path is None:
                raw = resources.files("newslib.models").joinpath(MODEL_FILE).read_text(encoding="utf-8")
            else:
                with open(path, encoding="utf-8") as fh:
                    raw = fh.read()
        except FileNotFoundError:
            return None
        d = json.loads(raw)
        if tuple(d["features"]) != FEATURES:
            raise ValueError(f"{MODEL_FILE}: its features {d['features']} are not newslib's {FEATURES}")
        return cls(np.asarray(d["weights"], dtype=float), float(d["bias"]), float(d["threshold"]))

    def scores(self, rows: list[dict[str, float]]) -> np.ndarray:
        """Probability that each candidate spoke."""
        if not rows:
            return np.zeros(0)
        x = np.array([[r[n] for n in FEATURES] for r in rows], dtype=float)
        return 1.0 / (1.0 + np.exp(-(x @ self.weights + self.bias)))


@lru_cache(maxsize=1)
def shipped_model() -> Model | None:
    """The model in ``newslib/models`` (read once)."""
    return Model.load()


def choose(rows: list[dict], text: str, mentions: list[tuple[int, int, str, str]], model: Model | None = None) -> list[dict]:
    """Quotes of one article with each speaker chosen among its candidates by ``model``.

    ``rows`` are :func:`newslib.quotes.find_quotes` rows (not modified). Titles keep no speaker.
    Only rows the rules left without speaker change: the best candidate when it is an entity
    scoring at least the threshold, with its type from the label (PER → person, ORG →
    organisation), no gender, and the model's probability as ``confidence``.
    """
    model = model or shipped_model()
    if model is None or not rows:
        return rows
    counts: dict[str, int] = {}
    for _, _, _, name in mentions:
        k = name_key(name)
        counts[k] = counts.get(k, 0) + 1
    earlier: set[str] = set()
    out = []
    for q in rows:
        if str(q.get("kind")) == "title":
            out.append(q)
            continue
        qopen, qclose = q["start"], q["end"]
        cands = candidates(q.get("speaker"), q.get("speaker_start"), q.get("speaker_end"), q.get("confidence"),
                           qopen, qclose, mentions)
        if cands:
            feats = [features(c, text, qopen, qclose, rule_speaker=q.get("speaker"), earlier=earlier,
                              count=counts.get(name_key(c.name), 0), rule_type=q.get("speaker_type")) for c in cands]
            p = model.scores(feats)
            best = int(np.argmax(p))
            c = cands[best]
            if c.source == "entity" and p[best] >= model.threshold and not q.get("speaker"):
                q = {**q, "speaker": c.name, "speaker_mention": text[c.start:c.end],
                     "speaker_start": c.start, "speaker_end": c.end, "confidence": round(float(p[best]), 2),
                     "speaker_type": "person" if c.label == "PER" else "organisation", "speaker_gender": None}
        if isinstance(q.get("speaker"), str) and q["speaker"]:
            earlier.add(name_key(q["speaker"]))
        out.append(q)
    return out
