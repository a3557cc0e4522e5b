"""Stage 2b, learned: is a span in marks a quotation or a name (issue 15)?

The rules of :mod:`~newslib.quotes.kinds` and the stages :func:`~newslib.quotes.resolve.names_in_marks`
and :func:`~newslib.quotes.resolve.marked_lists` decide whether a marked span is a ``title`` (a
name in marks: a bank, a product, a club) or a quotation. A small multinomial logistic
regression over each marked span (classes ``quote``, ``title``, ``none`` as in the gold,
``docs/gold_quotes.md``) reads their decisions as features, with what they do not look at: the
entity labels of the span's words (MISC too: products, works), the noun before the opening mark
(بنك «…»، برنامج «…»), the length, particles and verbs inside, a cue or إن/أن in the sentence
before, how rare its words are in news. It overrules the rules when it is sure enough: a
quotation of the rules whose P(quote) is below the model's ``demote_below`` becomes a name (the
shipped model never promotes a name: on the train outlets no threshold did better). A span after a
frame of reported wording (ما يصفه بـ«…»، بأنها «…»، «…» على حد قوله, ``mark_frames.tsv``) is a
quotation whatever the rules and the model say (:func:`reported`, a rule: too rare in the train outlets
to learn).

Weights are plain JSON in ``newslib/models/mark_kind.json`` (``make train-marks``,
``scripts/train_marks.py``), numpy at run time. Each feature is a small named function of one
:class:`Marked` span (:data:`FEATURES`).

Example:
    >>> t = "وقالت «كلير» إن «الوضع صعب جداً في المدينة». وتعمل لدى بنك «ساب» منذ عام."
    >>> spans = mark_spans(t)
    >>> ctx = Context.of(t, [(6, 10, "PER", "كلير")])
    >>> m = Marked.of(ctx, spans[2], rules_title=False, found_title=0.0)
    >>> m.words, noun_before(m), b_before(m)
    (['ساب'], 1.0, 0.0)
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from newslib.models import read_json
from newslib import lexicons
from newslib.arabic import ARABIC_RE, is_definite, normalize, stem_variants
from newslib.mentions import stop_words
from newslib.quotes.lexicon import _COMPLEMENTIZERS, _modal_words, cue_word, lexicon
from newslib.quotes.marks import Span, _guillemet_opens, _orientation, mark_spans

MODEL_FILE = "mark_kind.json"

#: Spans of more words are left to the rules: names are short (the rule stages read up to 12 words too).
MAX_WORDS = 25

#: The confidence of a name of the rules made a quotation by :func:`reported` (a frame of reported wording).
REPORTED_CONFIDENCE = 0.5

#: The classes of the model, in the order of its weight rows.
CLASSES = ("quote", "title", "none")

#: Particles and pronouns that make a clause, not a name (لا، لن، قد، هو …).
_PARTICLES = frozenset(normalize(w) for w in (
    "أن", "إن", "لا", "لن", "لم", "قد", "لقد", "سوف", "ما", "هو", "هي", "هم", "نحن", "أنا", "هذا", "هذه",
    "ذلك", "تلك", "كان", "كانت", "ليس", "ليست", "يجب", "إنه", "أنه", "إنها", "أنها", "إننا", "أننا", "كل", "لكن",
    "الذي", "التي", "الذين"))

_END_PUNCT = set(".!?؟،,؛;…")

_CLAUSE_END_RE = re.compile(r"[.!?؟\n]")

_WORD_RE = re.compile(r"\S+")

#: What may stand between two marked spans of a list: marks, a comma, و / أو, لـ (»، و«).
_LIST_GAP_RE = re.compile('^[«»"“”„‟″\\s]*(?:[،,]\\s*)?(?:و|أو|او)?\\s*(?:لـ\\s*|ل\\s*)?[«»"“”„‟″\\s]*$')


def _list_gap(gap: str) -> bool:
    """The text between two marked spans joins them in a list: a comma or و in it, nothing but :data:`_LIST_GAP_RE`."""
    return bool(_LIST_GAP_RE.match(gap)) and any(ch in gap for ch in "،,و")


@lru_cache(maxsize=1)
def name_nouns() -> frozenset[str]:
    """Nouns before a name in marks: ``title_nouns.tsv`` and ``mark_nouns.tsv`` (بنك، بعثة، طيران …)."""
    return lexicon().intro | frozenset(normalize(w) for w in lexicons.column("mark_nouns", "noun"))


@dataclass(frozen=True)
class Context:
    """What the features of an article's spans read: the text, its PER/ORG/LOC mentions, its marks."""

    text: str
    mentions: tuple[tuple[int, int, str, str], ...]
    starts: tuple[int, ...]
    spans: tuple[Span, ...]
    index: dict = field(default_factory=dict, compare=False, repr=False)  # opening mark → position in spans
    shares: dict = field(default_factory=dict, compare=False, repr=False)  # span → label shares, filled once

    @classmethod
    def of(cls, text: str, mentions, spans: list[Span] | None = None) -> "Context":
        ms = tuple(sorted(mentions))
        sps = tuple(mark_spans(text) if spans is None else spans)
        return cls(text, ms, tuple(m[0] for m in ms), sps, {sp.open: i for i, sp in enumerate(sps)})


@dataclass(frozen=True)
class Marked:
    """One span in marks with the facts its features read.

    ``rules_title``: the rule stages made it a ``title``; ``found_title``: the confidence of
    :func:`~newslib.quotes.find.find_quotes`'s own ``title`` row (0.9 sure, 0.5 a guess, 0 a quote).
    """

    ctx: Context
    span: Span
    content: str
    words: list[str]
    before: list[str]
    after: list[str]
    rules_title: bool
    found_title: float

    @classmethod
    def of(cls, ctx: Context, sp: Span, *, rules_title: bool, found_title: float) -> "Marked":
        text = ctx.text
        content = text[sp.start:sp.end]
        a = max(0, sp.open - 60)
        cut = max((m.end() for m in _CLAUSE_END_RE.finditer(text, a, sp.open)), default=a)
        before = [normalize(w) for w in _WORD_RE.findall(text[cut:sp.open].replace("ـ", " ـ"))]
        after = [normalize(w) for w in _WORD_RE.findall(text[sp.close + 1:sp.close + 40])]
        return cls(ctx, sp, content, normalize(content).split(), before, after, rules_title, found_title)

    @property
    def last(self) -> str:
        """The word right before the opening mark (بـ and ـ stripped), '' when none."""
        for w in reversed(self.before):
            w = w.strip("«»\"“”„:ـ")
            if w:
                return w
        return ""


_LETTER_RE = re.compile(r"[^\W\d_]")

_DIGIT_RE = re.compile(r"\d")


def _letters(s: str) -> int:
    """Number of letters in ``s``."""
    return len(_LETTER_RE.findall(s))


def _shares(m: Marked) -> dict[str, float]:
    """Share of the span's letters inside the entity table's mentions, by label (computed once)."""
    got = m.ctx.shares.get(m.span.open)
    if got is not None:
        return got
    s, e = m.span.start, m.span.end
    text = m.ctx.text
    letters = _letters(m.content) or 1
    i = max(0, bisect.bisect_left(m.ctx.starts, s) - 8)
    covered: dict[str, int] = {}
    for a, b, lab, _ in m.ctx.mentions[i:]:
        if a >= e:
            break
        if b > s:
            covered[lab] = covered.get(lab, 0) + _letters(text[max(a, s):min(b, e)])
    got = {lab: min(1.0, n / letters) for lab, n in covered.items()}
    m.ctx.shares[m.span.open] = got
    return got


def _share(m: Marked, label: str) -> float:
    """Share of the span's letters inside ``label`` mentions of the entity table."""
    return _shares(m).get(label, 0.0)


def share_per(m: Marked) -> float:
    """Share of the span's letters in PER mentions (وقالت «كلير» → 1.0)."""
    return _share(m, "PER")


def share_org(m: Marked) -> float:
    """Share of the span's letters in ORG mentions."""
    return _share(m, "ORG")


def share_loc(m: Marked) -> float:
    """Share of the span's letters in LOC mentions (بيت امر)."""
    return _share(m, "LOC")


def share_misc(m: Marked) -> float:
    """Share of the span's letters in MISC mentions (works, products: أوفيس 2016)."""
    return _share(m, "MISC")


@lru_cache(maxsize=1)
def _entity_words() -> frozenset[str]:
    """Words the entity model's training data saw inside names (any label), normalised."""
    from newslib.entities.model import active

    return frozenset(normalize(w) for w in active().train_words)


def entity_words(m: Marked) -> float:
    """Share of the span's words seen inside names in the entity model's training data."""
    known = _entity_words()
    return sum(w in known for w in m.words) / max(1, len(m.words))


@lru_cache(maxsize=1)
def _clusters() -> tuple[dict, dict]:
    """The entity model's word clusters (word → finest cluster, over the 60,000 most frequent
    SaudiNewsNet words) and each cluster's share of words seen inside names in its training data."""
    from newslib.entities.model import active

    model = active()
    finest = {w: ids[-1] for w, ids in model.clusters.items()}
    size: dict[str, int] = {}
    named: dict[str, int] = {}
    for w, c in finest.items():
        size[c] = size.get(c, 0) + 1
        named[c] = named.get(c, 0) + (w in model.train_words)
    return finest, {c: named[c] / size[c] for c in size}


@lru_cache(maxsize=100_000)  # a pure function of the word and _clusters() (cleared with it)
def _cluster_of(word: str) -> str | None:
    """The finest cluster of a normalised word, or of its stem without proclitics (وبالعاصمة)."""
    finest, _ = _clusters()
    c = finest.get(word)
    if c is not None:
        return c
    for v in stem_variants(word):
        c = finest.get(v)
        if c is not None:
            return c
    return None


def rare_words(m: Marked) -> float:
    """Share of the span's words outside the 60,000 most frequent news words (names, products: ويندوز)."""
    return sum(_cluster_of(w) is None for w in m.words) / max(1, len(m.words))


def name_cluster(m: Marked) -> float:
    """Mean share of names in the clusters of the span's frequent words (يضغط، ضروري: low)."""
    _, share = _clusters()
    vals = [share[c] for c in map(_cluster_of, m.words) if c is not None]
    return sum(vals) / len(vals) if vals else 0.0


_IMPERFECT_RE = re.compile("^[وف]?س?[يتن]..+$")


def verb_like(m: Marked) -> float:
    """A frequent word of the span looks like a present-tense verb (يضغط، تسيطر، سينتظر) and its
    cluster holds almost no names: a clause or a scare quote, not a name."""
    _, share = _clusters()
    return float(any(_IMPERFECT_RE.match(w) and (c := _cluster_of(w)) is not None and share[c] < 0.05
                     for w in m.words))


def rules_title(m: Marked) -> float:
    """The rules (kinds, names_in_marks, marked_lists) made the span a name."""
    return float(m.rules_title)


def found_sure(m: Marked) -> float:
    """The finder's rules said 'a name' for sure (a noun before it, a known name, an acronym)."""
    return float(m.found_title >= 0.85)


def found_guess(m: Marked) -> float:
    """The finder's rules guessed 'a name' (one or two words, no cue near)."""
    return float(0 < m.found_title < 0.85)


def log_words(m: Marked) -> float:
    """log(1 + number of words)."""
    return math.log1p(len(m.words))


def one_word(m: Marked) -> float:
    """A single word."""
    return float(len(m.words) == 1)


def two_words(m: Marked) -> float:
    """Two words."""
    return float(len(m.words) == 2)


def function_words(m: Marked) -> float:
    """Share of words that are particles, verbs of saying or other words no name holds (name_stop.tsv)."""
    stop = stop_words()
    return sum(w in stop for w in m.words) / max(1, len(m.words))


def particle_inside(m: Marked) -> float:
    """A particle or pronoun inside (أن، لا، هذا …): a clause."""
    return float(any(w in _PARTICLES or w[1:] in _PARTICLES and w[0] in "وف" for w in m.words))


def cue_inside(m: Marked) -> float:
    """A verb of saying inside the marks."""
    return float(lexicon().cue_re.search(m.content) is not None)


def ends_punct(m: Marked) -> float:
    """The content ends with punctuation inside the marks (a sentence: «…جاهزون.»)."""
    c = m.content.rstrip()
    return float(bool(c) and c[-1] in _END_PUNCT)


def cue_before(m: Marked) -> float:
    """A verb of saying in the clause before the mark."""
    cues = lexicon().cues
    return float(any(cue_word(w, cues) for w in m.before))


def cue_right_before(m: Marked) -> float:
    """The word right before the mark is a verb of saying (وقالت "كلير": her name, or her words)."""
    return float(cue_word(m.last, lexicon().cues))


def cue_after(m: Marked) -> float:
    """A verb of saying in the three words after the closing mark («…»، قال X)."""
    cues = lexicon().cues
    return float(any(w.strip("،,") in cues or (w[:1] in "وف" and w[1:].strip("،,") in cues) for w in m.after[:3]))


def _sentence_start(m: Marked) -> int:
    """Where the sentence of the opening mark starts (at most 250 characters back)."""
    text, o = m.ctx.text, m.span.open
    a = max(0, o - 250)
    return max((x.end() for x in _CLAUSE_END_RE.finditer(text, a, o)), default=a)


def speech_frame(m: Marked) -> float:
    """The sentence before the mark reports speech: a verb of saying, an attribution phrase or
    إن / أن in it (قال إن البيت الأبيض «سينتظر ويرى»، ووفقا لمعلقين فقد «اختار …»)."""
    lex = lexicon()
    text, a, o = m.ctx.text, _sentence_start(m), m.span.open
    words = [normalize(w) for w in _WORD_RE.findall(text[a:o])]
    return float(any(w in _COMPLEMENTIZERS or w in lex.cues or (w[:1] in "وف" and w[1:] in lex.cues)
                     for w in words) or lex.attr_re.search(text, a, o) is not None)


def colon_before(m: Marked) -> float:
    """A colon right before the mark."""
    return float(m.ctx.text[max(0, m.span.open - 3):m.span.open].rstrip().endswith(":"))


def para_start(m: Marked) -> float:
    """The mark opens a paragraph."""
    text = m.ctx.text
    return float(not text[text.rfind("\n", 0, m.span.open) + 1:m.span.open].strip())


def b_before(m: Marked) -> float:
    """بـ / ب right before the mark (وصفه بـ«الإرهابي»): the words someone used."""
    pre = m.ctx.text[max(0, m.span.open - 3):m.span.open].rstrip()
    return float(pre.endswith(("بـ", " ب", "\nب")) or pre == "ب" or (pre.endswith("ب") and len(pre) >= 2 and not pre[-2].isalpha()))


def kept(m: Marked) -> bool:
    """A quotation of the rules the model may not turn into a name: بـ right before the mark and a
    verb of saying in the clause (وصف القرار بـ«التاريخي»، يصفهم بـ«الإرهابيين»), the guideline's
    partial quotation (two such spans in the train outlets: too few to learn).

    Example:
        >>> t = "ووصف المحلل القرار بـ«التاريخي» في حديثه."
        >>> kept(Marked.of(Context.of(t, []), mark_spans(t)[0], rules_title=False, found_title=0.0))
        True
    """
    return bool(b_before(m) and cue_before(m))


def li_before(m: Marked) -> float:
    """لـ / ل right before the mark (قال لـ«سبق»: the outlet spoken to)."""
    pre = m.ctx.text[max(0, m.span.open - 3):m.span.open].rstrip()
    return float(pre.endswith(("لـ", " ل")) or pre == "ل")


def noun_before(m: Marked) -> float:
    """The word before the mark is a noun that introduces a name (بنك، شركة، برنامج، حملة …)."""
    nouns = name_nouns()
    return float(any(v in nouns for v in stem_variants(m.last))) if m.last else 0.0


def comp_before(m: Marked) -> float:
    """The word before the mark is أن / إن (أكد أن «…»)."""
    return float(m.last in _COMPLEMENTIZERS)


def definite_before(m: Marked) -> float:
    """The word before the mark is a definite noun (الصحيفة «…»، المدرب «…»)."""
    return float(is_definite(m.last) and m.last not in _COMPLEMENTIZERS)


def title_before(m: Marked) -> float:
    """The word before the mark is a person's title (الأمير «…»، الدكتور «…»)."""
    words = lexicon().title_words
    return float(any(v in words or v[2:] in words for v in stem_variants(m.last))) if m.last else 0.0


def first_name(m: Marked) -> float:
    """The first word is a known first name (first_names.tsv): a person's name in marks."""
    return float(bool(m.words) and m.words[0] in lexicon().first_names)


def known_name(m: Marked) -> float:
    """The whole span is a name of quoted_names.tsv or the gazetteers (داعش، رويترز، بيروت)."""
    lex = lexicon()
    key = " ".join(m.words)
    bare = key[2:] if key.startswith("ال") else key
    return float(key in lex.names or bare in lex.names or key in lex.gazetteer_names)


def non_arabic(m: Marked) -> float:
    """No Arabic letter inside (a Latin name, a URL, a code)."""
    return float(ARABIC_RE.search(m.content) is None)


def digit_inside(m: Marked) -> float:
    """A digit inside (أوفيس 2016، آيفون 7)."""
    return float(_DIGIT_RE.search(m.content) is not None)


def elsewhere(m: Marked) -> float:
    """The same words stand elsewhere in the article without marks (a name is repeated, a quote is not)."""
    text, c = m.ctx.text, m.content.strip()
    if len(c) < 3:
        return 0.0
    n = text.count(c)
    if n <= 1:  # only the span itself: it is marked, so no more occurrences than marked ones
        return 0.0
    marked = sum(text[s.start:s.end].strip() == c for s in m.ctx.spans)
    return float(n > marked)


def in_list(m: Marked) -> float:
    """Next to another marked span with only a comma, و or أو between them («…» و«…»)."""
    text, spans = m.ctx.text, m.ctx.spans
    i = m.ctx.index.get(m.span.open, -1)
    if i < 0:
        return 0.0
    for a, b in ((i - 1, i), (i, i + 1)):
        if 0 <= a and b < len(spans):
            gap = text[spans[a].end:spans[b].start]
            if _list_gap(gap):
                return 1.0
    return 0.0


def odd_pairing(m: Marked) -> float:
    """Marks paired the wrong way round (» … «), unbalanced, or a span that starts with punctuation:
    the stretch between two quotations, neither a quote nor a name."""
    text, sp = m.ctx.text, m.span
    reversed_ = text[sp.open:sp.open + 1] in "»”" and not _typed_opening(text, sp.open)
    reversed_ = reversed_ or text[sp.close:sp.close + 1] in "«“"
    return float(reversed_ or bool(sp.flag) or m.content.lstrip()[:1] in _END_PUNCT)


def _typed_opening(text: str, p: int) -> bool:
    """The » or ” at ``p`` is spaced as an opening mark, as some outlets type it (لـ»سلسلة …»، و”أحمد”):
    :func:`~newslib.quotes.marks.mark_spans` pairs it as one, so it is no reversed pair."""
    return _guillemet_opens(text, p, False) if text[p] == "»" else _orientation(text, p) == "open"


@lru_cache(maxsize=1)
def _frames() -> dict[str, frozenset[str]]:
    """The phrases of ``mark_frames.tsv`` by where they stand (``end``, ``near``, ``after``), normalised."""
    out: dict[str, set[str]] = {}
    for r in lexicons.read("mark_frames"):
        out.setdefault(r["where"], set()).add(" ".join(normalize(r["phrase"]).split()))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _frame_ends() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The ``end`` frames as ``" " + f`` and the ``after`` frames as ``f + " "``: the tuples
    ``str.endswith`` and ``str.startswith`` test in one call (the same answer as testing each)."""
    fr = _frames()
    return tuple(" " + f for f in fr.get("end", ())), tuple(f + " " for f in fr.get("after", ()))


def _words_before(m: Marked) -> str:
    """The words of the clause before the opening mark, joined by spaces (بـ and marks stripped apart)."""
    ws = (w.strip("«»\"“”„:ـ") for w in m.before)
    return " ".join(w for w in ws if w)


def frame_before(m: Marked) -> float:
    """The words right before the mark end with a frame of reported wording (``mark_frames.tsv``,
    ``end``): ما يصفه بـ«…»، متهمة إياها بأنها «…»، بتهمة «…»; or a ``near`` one stands one or two
    words before it: بتهمة دعم «…».

    Example:
        >>> t = 'وانتقد الكاتب ما يصفه ب"إعلام الأفاقين" في مقاله.'
        >>> frame_before(Marked.of(Context.of(t, []), mark_spans(t)[0], rules_title=False, found_title=0.0))
        1.0
    """
    tail = " " + _words_before(m)
    if tail.endswith(_frame_ends()[0]):
        return 1.0
    near = tail.split()[-3:-1]
    if any(w in _frames().get("near", ()) for w in near):
        return 1.0
    if _described_as(tail.split()):
        return 1.0
    head = _list_before(m)
    return frame_before(head) if head is not None else 0.0


@lru_cache(maxsize=1)
def _describe_before_ba_re() -> re.Pattern:
    """A word that starts with a ``describe`` stem of ``mark_frames.tsv`` (و / ف, ما / بما / لما allowed before it).
    Not :func:`newslib.quotes.kinds._describe_re`: its ``describe_verbs.tsv`` (verbs before بأنه «…») also holds
    the verbs of defining (يعرّف) and نصف ("we describe", also "half"), which this list leaves out."""
    stems = "|".join(sorted(map(re.escape, _frames().get("describe", ())), key=len, reverse=True))
    return re.compile(r"(?:[وف]?[بل]?ما)?[وف]?(?:" + stems + ")")


def _described_as(words: list[str]) -> bool:
    """بـ right before the mark and a verb of describing at most four words before it (ووصفته بـ«المحترم»، التي
    يصفها الرئيس الأميركي حاليا بـ«جدتي»، وصفتها الصحافة بـ«…»): the guideline's partial (وصف القرار بـ«التاريخي»).
    Not after a modal word (عما يمكن وصفه بـ"تضارب المصالح": the writer's own term).

    Example:
        >>> _described_as("التي وصفتها الصحافة ب".split()), _described_as("المعروف ب".split())
        (True, False)
        >>> _described_as("عما يمكن وصفه ب".split())
        False
    """
    if len(words) < 2 or words[-1] != "ب":
        return False
    rx, modals = _describe_before_ba_re(), _modal_words()
    n = len(words)
    return any(rx.match(words[i]) and not (i and words[i - 1] in modals) for i in range(max(0, n - 5), n - 1))


def _list_before(m: Marked) -> "Marked | None":
    """The span in marks this one follows in a list, only a comma, و or أو between them (بتهمة «دعم
    الإرهاب» و«تأسيس منظمات إرهابية»): a frame before the list's first item stands before every item.

    Example:
        >>> t = 'وتوجه اليه تهمة "القتل الجماعي" و"الاستيلاء على السلطة".'
        >>> second = Marked.of(Context.of(t, []), mark_spans(t)[1], rules_title=True, found_title=0.5)
        >>> _list_before(second).content, frame_before(second)
        ('القتل الجماعي', 1.0)
    """
    i = m.ctx.index.get(m.span.open, -1)
    if i < 1:
        return None
    prev = m.ctx.spans[i - 1]
    gap = m.ctx.text[prev.end:m.span.start]
    if not _list_gap(gap):
        return None
    return Marked.of(m.ctx, prev, rules_title=m.rules_title, found_title=m.found_title)


def frame_after(m: Marked) -> float:
    """The words right after the closing mark start with a frame of reported wording
    (``mark_frames.tsv``, ``after``): «…» على حد قوله، «…» بحسب تعبيره.

    Example:
        >>> t = "وكانت المفاوضات «مضيعة للوقت» على حد قوله."
        >>> frame_after(Marked.of(Context.of(t, []), mark_spans(t)[0], rules_title=False, found_title=0.0))
        1.0
    """
    words = [w.strip("،,.؛;:!؟?") for w in m.after[:4]]
    head = " ".join(w for w in words if w) + " "
    return float(head.startswith(_frame_ends()[1]))


def reported(m: Marked) -> bool:
    """A span in marks that quotes someone's wording whatever the rules or the model say: a frame of
    reported wording before or after it (ما يصفه بـ«…»، بأنها «…»، بتهمة دعم «…»، «…» على حد قوله).
    No such frame stands before a name of the train outlets' gold; they are the guideline's partial
    quotations (وصف … بـ، يصفهم بـ), rare there, so this is a rule, not learned.

    Example:
        >>> t = 'وهاجمت الصحف القناة، متهمةً إياها بأنها "منصة للإرهاب".'
        >>> reported(Marked.of(Context.of(t, []), mark_spans(t)[0], rules_title=True, found_title=0.5))
        True
    """
    return bool(frame_before(m) or frame_after(m))

#: Feature name → function, in the order of the model's weights.
FEATURES = {f.__name__: f for f in (
    rules_title, found_sure, found_guess, share_per, share_org, share_loc, share_misc, entity_words, rare_words, name_cluster, verb_like,
    log_words, one_word, two_words,
    function_words, particle_inside, cue_inside, ends_punct, cue_before, cue_right_before, cue_after, speech_frame,
    colon_before, para_start, b_before, li_before, noun_before, comp_before, definite_before, title_before,
    first_name, known_name, non_arabic, digit_inside, elsewhere, in_list, odd_pairing)}


def vector(m: Marked) -> np.ndarray:
    """The feature vector of one span, in the order of :data:`FEATURES`."""
    return np.array([f(m) for f in FEATURES.values()], dtype=float)


@dataclass(frozen=True)
class Model:
    """Weights (one row per class of :data:`CLASSES`, last column the intercept) and the thresholds
    on P(quote): a quotation of the rules below ``demote_below`` becomes a name, a name of the rules
    at or above ``promote_above`` a quotation (above 1: never)."""

    features: tuple[str, ...]
    weights: np.ndarray
    demote_below: float
    promote_above: float

    @classmethod
    def load(cls, path=None) -> "Model | None":
        """The model in ``path`` or the shipped ``newslib/models/mark_kind.json`` (None when absent)."""
        d = read_json(MODEL_FILE, path)
        if d is None:
            return None
        if d["features"] != list(FEATURES) or d["classes"] != list(CLASSES):
            raise ValueError(f"{MODEL_FILE}: its features or classes are not newslib's")
        return cls(tuple(d["features"]), np.array(d["weights"], dtype=float), float(d["demote_below"]),
                   float(d["promote_above"]))

    def proba(self, x: np.ndarray) -> np.ndarray:
        """Class probabilities (in :data:`CLASSES` order) of feature vectors ``x`` (one per row)."""
        s = np.atleast_2d(x) @ self.weights[:, :-1].T + self.weights[:, -1]
        s -= s.max(axis=1, keepdims=True)
        e = np.exp(s)
        return e / e.sum(axis=1, keepdims=True)


@lru_cache(maxsize=1)
def shipped_model() -> Model | None:
    """The model in ``newslib/models`` (read once)."""
    return Model.load()


def marked_rows(found: list[dict], rows: list[dict], ctx: Context, titles: bool = True):
    """``(index, Marked)`` of each row that is a whole span in marks (direct, partial or, when
    ``titles``, title) of at most about :data:`MAX_WORDS` words."""
    text = ctx.text
    by_offsets = {(sp.start, sp.end): sp for sp in ctx.spans}
    kinds = ("direct", "partial", "title") if titles else ("direct", "partial")
    for i, (f, q) in enumerate(zip(found, rows)):
        if str(q.get("kind")) not in kinds:
            continue
        sp = by_offsets.get((q["start"], q["end"]))
        if sp is None or text[sp.start:sp.end].count(" ") >= MAX_WORDS:
            continue
        ft = float(f.get("confidence") or 0.0) if str(f.get("kind")) == "title" else 0.0
        yield i, Marked.of(ctx, sp, rules_title=str(q.get("kind")) == "title", found_title=ft)


def _quote_kind(m: Marked) -> str:
    """``direct`` after a colon or at a paragraph's start, else ``partial`` (for a name turned quote)."""
    return "direct" if colon_before(m) or para_start(m) else "partial"


def mark_kinds(found: list[dict], rows: list[dict], text: str, mentions, model: Model | None = None) -> list[dict]:
    """The rule stages' ``rows`` with each span in marks decided by the model: a quotation of the
    rules whose P(quote) is below the model's ``demote_below`` becomes a ``title`` row, a name of
    the rules at or above ``promote_above`` a quotation; a span of :func:`reported` wording is a
    quotation whatever both say. ``found`` are the same rows as
    :func:`~newslib.quotes.find.find_quotes` gave them (before the rule stages), one for one; the
    input rows are not modified.

    Example:
        >>> from newslib.quotes import find_quotes
        >>> t = "وأعلنت الشركة أنها ستوفر «ويندوز 10» للمستخدمين مجانا خلال العام الأول."
        >>> found = find_quotes(t, include_titles=True)
        >>> s = t.index("ويندوز")
        >>> [q["kind"] for q in found], [q["kind"] for q in mark_kinds(found, found, t, [(s, s + 9, "MISC", "ويندوز 10")])]
        (['partial'], ['title'])
    """
    model = model or shipped_model()
    if model is None or not rows or len(found) != len(rows):
        return rows
    from newslib.quotes.resolve import _as_title

    ctx = Context.of(text, mentions)
    if not ctx.spans:
        return rows
    items = list(marked_rows(found, rows, ctx))
    if not items:
        return rows
    scored = [(i, m) for i, m in items if str(rows[i]["kind"]) != "title" or model.promote_above <= 1.0]
    p = model.proba(np.vstack([vector(m) for _, m in scored]))[:, 0] if scored else ()
    out = list(rows)
    for (i, m), pq in zip(scored, p):
        q = rows[i]
        if pq >= model.promote_above and str(q["kind"]) == "title":
            out[i] = {**q, "kind": _quote_kind(m), "confidence": round(float(pq), 2)}
        elif pq < model.demote_below and str(q["kind"]) != "title" and not kept(m) and not reported(m):
            out[i] = _as_title(q)
    for i, m in items:
        if str(out[i]["kind"]) == "title" and reported(m):
            out[i] = {**rows[i], "kind": _quote_kind(m), "confidence": REPORTED_CONFIDENCE}
    return out
