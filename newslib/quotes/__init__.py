"""Quotations in Arabic news: what was said, what kind of quote it is, and who said it.

:func:`quotes` finds every span between quote marks («…», "…", “…”, „…“, nested, reopened at
each paragraph of a long quotation, or left unbalanced), every reported clause after a speech
verb and إن/أن (``indirect``), tells names in marks (منتدى «…», وكالة «رويترز») apart as
``title``, and attributes each quote to a speaker resolved to the fullest name in the article
(with :mod:`newslib.mentions`). :func:`speakers` sums the quotes per speaker.

Rules, in the order they are tried (the ``confidence`` column says which one fired):

====================================================================  ==========
rule                                                                  confidence
====================================================================  ==========
cue verb then its subject (وقال بوتين: «…»)                           0.9
subject then cue verb (وكان الرئيس الليتواني غيتاناس نوسيدا قال)      0.85
attribution phrase (بحسب، وفقاً لـ، نقلاً عن، على لسان …)            0.85
a name written in marks after the cue (وقال المدير "عبد الله …":)     0.85
an outlet reporting a named person's words (ذكرت الوكالة أن كيم …)    0.8
cue after the quote («…»، قال X)                                      0.8
pro-drop verb, subject earlier in the same sentence                   0.75
noun of saying, the person just before it (اكتفى الناطق … بالقول)    0.7
pro-drop verb, the last speaker of the same gender                    0.65
relative clause, the noun before التي/الذي                             0.6
pro-drop verb, the last person of the same gender                     0.5
no cue: a quotation opening a paragraph continues the last speaker    0.35
no cue, inside a paragraph; no speaker found                          0.2, 0.1
====================================================================  ==========

Then :func:`attribute` runs the stages that know the entity table, in this order, each a plain
function over one article's rows: :func:`names_in_marks` and :func:`marked_lists` (names, not
quotes), :func:`indefinite_sources` (متحدث باسم X، NAME keeps the spokesman), :func:`relayed`
(نقلت وكالة X عن Y: Y), :func:`trim_to_entities` (ظريف مخاطبا → ظريف), :func:`complete_names`
(ظريف → محمد جواد ظريف), :func:`resolve_roles` (a role, an honorific or الوكالة → who it stands
for), :func:`carry_over` (quotes that inherit a speaker follow), the learned choice of
:mod:`newslib.attribution` (fills empty speakers), :func:`name_genders` and :func:`same_gender`.

A cue verb inside the reported clause of another (قالت الوكالة إن كيم «تمنى …») does not
govern the quote: the first cue followed by إن/أن does. ``kind`` is ``direct`` when the marks
open a paragraph, follow a colon, or follow a cue (with its subject) without إن/أن or a
preposition between; ``partial`` otherwise; ``indirect`` for a cue + إن/أن clause without
marks; ``title`` for names in marks (after منتدى، وكالة، صحيفة …, a known outlet or group,
a title of a person, acronyms, URLs).

Word lists are data in ``newslib/lexicons``: ``cue_verbs`` (forms, gender, tense),
``attribution``, ``titles``, ``title_nouns`` (nouns before a name in marks), ``quoted_names``,
``sources`` (unnamed sources), ``name_stop``.

Example:
    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a"], "text": ["وقال الرئيس الفرنسي إيمانويل ماكرون: «فرنسا لن تكون الوسيط». وأضاف أن «هدفنا هو الحوار»."]})
    >>> quotes(arts)[["text", "kind", "speaker", "cue"]].values.tolist()
    [['فرنسا لن تكون الوسيط', 'direct', 'إيمانويل ماكرون', 'قال'], ['هدفنا هو الحوار', 'partial', 'إيمانويل ماكرون', 'أضاف']]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from newslib import lexicons, mentions, schema
from newslib.arabic import ARABIC_LETTERS, ARABIC_RE, name_key, normalize, strip_article, strip_diacritics, strip_proclitics
from newslib.mentions import noun_phrase, tokens, trie_pattern

L = ARABIC_LETTERS
_MARK_RE = re.compile('[«»"“”„‟″]')
#: Where a clause ends for the search of a cue: sentence punctuation (not a decimal point) or a paragraph break.
_BOUNDARY_RE = re.compile(r"[.!?؟\n]|   ")
_FAMILY = {"«": "g", "»": "g", '"': "d", "“": "c", "”": "c", "„": "c", "‟": "c", "″": "c"}
_COMPLEMENTIZERS = frozenset(normalize(w) for w in (
    "إن", "أن", "إنه", "أنه", "إنها", "أنها", "بأن", "بأنه", "بأنها", "إنهم", "أنهم", "إننا", "أننا", "بأنهم", "لأن"))
_SKIP_AFTER_CUE = frozenset(normalize(w) for w in (
    "أيضا", "أيضاً", "كذلك", "أمس", "اليوم", "بدوره", "بدورها", "بدورهم", "،", ",", "من", "جانبه", "جانبها",
    "جهته", "جهتها", "له", "لها", "لهم", "لنا", "لي", "ل", "لـ", "حينها", "حينه",
    "لاحقا", "سابقا", "مجددا", "حاليا", "مؤخرا", "علنا", "صراحة"))
_COMP_RE = re.compile(f"(?<![{L}])(?:{trie_pattern(['إن', 'أن', 'إنه', 'أنه', 'إنها', 'أنها', 'بأن', 'بأنه', 'بأنها', 'إنهم', 'أنهم', 'إننا', 'أننا', 'بأنهم', 'لأن'])})(?![{L}])")
_RECIPIENT_RE = re.compile(f"^(?:لل|لـ|ل(?=[{L}]*(?:ين|ون|ات)$))")
_NAMED_RE = frozenset(normalize(w) for w in ("وتدعى", "ويدعى", "واسمه", "واسمها", "تدعى", "يدعى"))
_COMMA_RE = re.compile("[،,]")
_PREPOSITIONS = frozenset(normalize(w) for w in ("على", "عن", "إلى", "الى", "من", "ب", "بـ"))
#: A word ending in an attached pronoun (إفلاسه، معارضتها): not a subject.
_SUFFIXED_RE = re.compile("(ه|ها|هم|هما|كم|تي)$")
#: Paragraph breaks, including the runs of spaces that stand for them in some crawled outlets.
_PARA_BREAK_RE = re.compile(r"\n|[ \t\u00a0]{3,}")
_GAP_STOP_RE = re.compile('[.:؛;!?؟()\\[\\]«»"“”]')
_PUNCT = set("،,.:؛;!?؟()[]-–—")
_SPACE_OR_START = set(" \t\n(\u200f\u200e[")
_CLITIC_BEFORE = set("وبلكف") | {"ـ"}


@lru_cache(maxsize=1)
def _lex():
    cues = {}
    for r in lexicons.read("cue_verbs"):
        cues[normalize(r["form"])] = (r["lemma"], r["gender"], r["tense"])
    forms = sorted({r["form"] for r in lexicons.read("cue_verbs")}, key=len, reverse=True)
    cue_re = re.compile(f"(?<![{L}])(?P<pre>[وف]?)(?P<cue>{trie_pattern(forms)})(?![{L}])")
    attrs = {}
    for r in lexicons.read("attribution"):
        attrs[normalize(r["phrase"].replace("ـ", ""))] = (r["kind"], r.get("gender") or None)
    phrases = sorted({r["phrase"].replace("ـ", "") for r in lexicons.read("attribution")}, key=len, reverse=True)
    glued = [p for p in phrases if p.endswith(" ل")]
    free = [p for p in phrases if not p.endswith(" ل")]
    attr_re = re.compile(f"(?<![{L}])(?P<pre>[وف]?(?:ب|بال)?)(?P<cue>(?:{trie_pattern(glued)})|"
                         f"(?:{trie_pattern(free)})(?![{L}]))")
    intro = frozenset(normalize(w) for w in lexicons.column("title_nouns", "noun"))
    names = frozenset(normalize(w) for w in lexicons.column("quoted_names", "name"))
    sources = {}
    for r in lexicons.read("sources"):
        sources[normalize(r["noun"])] = r.get("media") == "1"
    return cues, cue_re, attrs, attr_re, intro, names, sources


@dataclass
class Span:
    """A stretch between quote marks: content offsets, mark offsets and a flag ('' or 'unbalanced')."""

    start: int
    end: int
    open: int
    close: int
    flag: str = ""


def _orientation(text: str, p: int) -> str:
    """'open', 'close' or '' for a symmetric mark (" or a curly quote used either way), from spacing."""
    prev = text[p - 1] if p > 0 else " "
    nxt = text[p + 1] if p + 1 < len(text) else " "
    before_ok = prev in _SPACE_OR_START or prev in "«:،," or (prev in _CLITIC_BEFORE and (p < 2 or text[p - 2] in " \n"))
    before_ok = before_ok or prev == "ـ"
    after_word = not nxt.isspace() and nxt not in ".,،:;؛)]»"
    if before_ok and after_word:
        return "open"
    if not before_ok and not after_word:
        return "close"
    return ""


def mark_spans(text: str) -> list[Span]:
    """Top-level spans between quote marks, content offsets (marks excluded).

    Nested marks stay inside their outer quote; a quotation whose paragraphs each reopen «
    is one span; a mark without its partner gives a best-effort span flagged 'unbalanced'.
    Straight and curly quotes, which outlets use either way round, are paired by their spacing.

    Example:
        >>> t = 'قال: «الأول «الداخلي» هنا\\n«والثاني». وكتب "طريق "شرورة" مفتوح" ثم "نص'
        >>> [(t[s.start:s.end], s.flag) for s in mark_spans(t)]
        [('الأول «الداخلي» هنا\\n«والثاني', ''), ('طريق "شرورة" مفتوح', ''), ('نص', 'unbalanced')]
    """
    spans: list[Span] = []
    stack: list[tuple[str, int, str]] = []  # (family, position, char)
    # family → indexes of its marks in the stack, increasing: finding the innermost open mark of
    # a family is then O(1), so thousands of marks stay linear work
    fam_idx: dict[str, list[int]] = {}

    def push(entry: tuple[str, int, str]) -> None:
        fam_idx.setdefault(entry[0], []).append(len(stack))
        stack.append(entry)

    def cut(idx: int) -> None:
        del stack[idx:]
        for lst in fam_idx.values():
            while lst and lst[-1] >= idx:
                lst.pop()

    last = 0  # position of the last mark seen
    for m in _MARK_RE.finditer(text):
        c, p = m.group(), m.start()
        fam = _FAMILY[c]
        if stack and _PARA_BREAK_RE.search(text, last, p):
            par_start = _par_start(text, p)
            last = p
            if c == stack[0][2] and not text[par_start:p].strip():
                # the newspaper habit: the same quotation goes on in a new paragraph
                cut(1)
                continue
            _unbalanced_open(text, stack[0][1], spans)
            cut(0)
        last = p
        if fam == "g":
            if c == "«":
                push((fam, p, c))
                continue
            idx = fam_idx["g"][-1] if fam_idx.get("g") else None
            if idx is None:
                _unbalanced_close(text, p, spans)
                continue
        else:
            same = fam_idx.get(fam) or []
            orient = "close" if c == "″" else _orientation(text, p)
            if not same or orient == "open" and not (stack and stack[-1][0] == fam and orient == ""):
                if orient == "close" and not same:
                    if not stack:
                        _unbalanced_close(text, p, spans)
                    continue
                if orient == "open" or not same:
                    push((fam, p, c))
                    continue
            idx = same[-1]
        opened = stack[idx][1]
        cut(idx)
        if not stack:
            _add(spans, text, opened + 1, p, opened, p + 1, "")
    if stack:
        _unbalanced_open(text, stack[0][1], spans)
    spans.sort(key=lambda s: s.start)
    return spans


def _par_start(text: str, p: int) -> int:
    """Start of the paragraph holding position p (after a newline or a run of 3+ spaces)."""
    lo = max(0, p - 3000)
    start = 0 if lo == 0 else lo
    for m in _PARA_BREAK_RE.finditer(text, lo, p):
        start = m.end()
    return start


def _par_end(text: str, p: int) -> int:
    m = _PARA_BREAK_RE.search(text, p)
    return m.start() if m else len(text)


def _add(spans, text, s, e, o, c, flag):
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append(Span(s, e, o, c, flag))


def _unbalanced_open(text: str, opened: int, spans) -> None:
    end = _par_end(text, opened)
    e = end
    while e > opened + 1 and text[e - 1] in " \t.،,":
        e -= 1
    _add(spans, text, opened + 1, e, opened, end, "unbalanced")


def _unbalanced_close(text: str, p: int, spans) -> None:
    start = _par_start(text, p)
    if spans and spans[-1].close <= p:  # never reach back into the previous quotation
        start = max(start, spans[-1].close)
    colon = text.rfind(":", start, p)
    if colon != -1:
        start = colon + 1
    _add(spans, text, start, p, start, p + 1, "unbalanced")


# ---------------------------------------------------------------------------------------- per article
@dataclass
class _Speaker:
    name: str | None
    mention: str | None = None
    start: int | None = None
    end: int | None = None
    gender: str | None = None
    confidence: float = 0.0
    person: bool = False
    media: bool = False
    reported: bool = False  # named by an outlet's report (ذكرت الوكالة أن كيم …): the verb is the outlet's


@dataclass
class _Ctx:
    text: str
    spans: list[Span]
    starts: list[int]
    bounds: list[int]
    people: list
    pstarts: list[int]
    history: list = field(default_factory=list)  # (pos, _Speaker) of explicit subjects and attributed quotes
    titles: dict = field(default_factory=dict)  # open position → Span of names in marks
    person_spans: set = field(default_factory=set)  # open positions of people's names in marks
    expanded: dict = field(default_factory=dict)
    # lookup sets built once, so each quote's checks stay O(1) in a long article
    person_keys: set = field(default_factory=set)  # normalised names (and surnames) written in marks
    people_keys: set | None = None  # normalised canonical names (and surnames) of ctx.people
    opens: list | None = None  # sorted open positions of spans


def find_quotes(text: str, *, include_titles: bool = False) -> list[dict]:
    """Quotes of one text as dicts with the columns of the quotes table (no article_id).

    Example:
        >>> t = "ولفت لوكاشينكو إلى أن ماكرون «كان يجب أن يستقيل قبل عامين»."
        >>> [(q["text"], q["speaker"], q["cue"]) for q in find_quotes(t)]
        [('كان يجب أن يستقيل قبل عامين', 'لوكاشينكو', 'لفت')]
    """
    if not isinstance(text, str) or not text:
        return []
    cues, cue_re, attrs, attr_re, intro, names, sources = _lex()
    spans = mark_spans(text)
    if not spans and not _COMP_RE.search(text) and text.find(":") == -1:
        return []  # no marks, no إن/أن, no colon: nothing can be a quote
    starts = [s.open for s in spans]
    bounds = _bounds(text, spans)
    ppl = mentions.people(text)
    ctx = _Ctx(text, spans, starts, bounds, ppl, [m.start for m in ppl])
    events: list[tuple[int, int, object]] = []
    kinds = {}
    for sp in spans:
        kind = _title_kind(ctx, sp, intro, names, cue_re)
        kinds[sp.open] = kind
        if kind:
            ctx.titles[sp.open] = sp
            if kind == "person":
                ctx.person_spans.add(sp.open)
                known = normalize(text[sp.start:sp.end]).split()
                if known:
                    ctx.person_keys.update((" ".join(known), known[-1]))
    cue_matches = [m for m in cue_re.finditer(text) if not _inside(spans, starts, m.start())]
    colon_quotes = []
    for m in cue_matches:
        if text.find(":", m.end(), m.end() + 90) != -1:
            cq = _colon_quote(ctx, m, cues)
            if cq is not None:
                colon_quotes.append((m, cq))
    inner = {sp.open for sp in spans for _, (s, e) in colon_quotes if s <= sp.open and sp.close <= e + 1}
    colon_at = {mm.start(): c for mm, c in colon_quotes}
    for sp in spans:
        kind = kinds[sp.open]
        if kind:
            events.append((sp.start, 1, ("title", sp, "sure" if kind == "person" else kind)))
        elif sp.open not in inner:
            events.append((sp.start, 1, ("mark", sp)))
    for m in cue_matches:
        events.append((m.start(), 0, ("cue", m)))
        cq = colon_at.get(m.start())
        if cq is not None:
            events.append((cq[0], 1, ("direct", m, cq[0], cq[1])))
            continue
        ind = _indirect(ctx, m, cues)
        if ind is None:
            continue
        s, e = ind
        if _overlaps_quote(ctx, s, e):
            continue
        events.append((s, 1, ("indirect", m, s, e)))
    for m in attr_re.finditer(text):
        if not _inside(spans, starts, m.start()) and attrs.get(normalize(m.group("cue")), ("",))[0] == "noun":
            events.append((m.start(), 0, ("cue", m)))
    events.sort(key=lambda x: (x[0], x[1]))
    items: list[tuple[int, dict]] = []
    for pos, _, ev in events:
        if ev[0] == "cue":
            # resolved only if a pro-drop verb needs it (see _history)
            ctx.history.append((ev[1].start(), ev[1]))
            continue
        if ev[0] == "title":
            sp = ev[1]
            if include_titles:
                items.append((sp.start, _row(text, sp.start, sp.end, "title", _Speaker(None), None,
                                             0.9 if ev[2] == "sure" else 0.5, sp.flag)))
            continue
        if ev[0] == "mark":
            sp = ev[1]
            cue, spk = _attribute(ctx, sp.open, sp.close, cue_re, attrs, cues, sources)
            items.append((sp.start, _row(text, sp.start, sp.end, _kind(text, sp, ctx), spk, cue, spk.confidence, sp.flag)))
        else:
            kind, m, s, e = ev
            cue, spk = _attribute(ctx, s, s, cue_re, attrs, cues, sources, cue_match=m)
            items.append((s, _row(text, s, e, kind, spk, cue, spk.confidence, "")))
        if spk.name:
            ctx.history.append((pos, spk))
    items.sort(key=lambda x: x[0])
    rows = _without_overlaps(text, [r for _, r in items])
    return [dict(r, quote_id=i) for i, r in enumerate(rows)]


def _without_overlaps(text: str, rows: list[dict]) -> list[dict]:
    """Two quotations never share text. Where rows overlap, a best-effort 'unbalanced' span gives
    way; a reported (indirect) clause that ran on into the next cue's clause ends at the last
    comma or full stop before it; otherwise the later row is dropped."""
    kept: list[dict] = []
    for r in rows:
        if kept and r["start"] < kept[-1]["end"]:
            prev = kept[-1]
            if r["flag"] == "unbalanced" and r["end"] > prev["end"]:
                r = _trimmed(text, r, prev["end"], r["end"])
            elif prev["flag"] == "unbalanced" and r["start"] > prev["start"]:
                kept[-1] = _trimmed(text, prev, prev["start"], r["start"])
                if kept[-1] is None:
                    kept.pop()
            elif prev["kind"] == "indirect" and r["start"] > prev["start"] and \
                    (cut := max(text.rfind(c, prev["start"], r["start"]) for c in "،,.؛;\n")) > prev["start"]:
                # a reported clause ran on into the next speaker's: «…، من جهته أشار X إلى أن …»
                kept[-1] = _trimmed(text, prev, prev["start"], cut)
                if kept[-1] is None:
                    kept.pop()
            else:
                continue
            if r is None:
                continue
        kept.append(r)
    return kept


def _trimmed(text: str, row: dict, s: int, e: int) -> dict | None:
    while s < e and (text[s].isspace() or text[s] in "«»“”„\""):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in "«»“”„\""):
        e -= 1
    return dict(row, start=s, end=e, text=text[s:e]) if e > s else None


def _bounds(text: str, spans: list[Span]) -> list[int]:
    """Clause boundaries outside quote spans (spans are sorted and do not overlap)."""
    out = []
    k = 0
    n = len(spans)
    for m in _BOUNDARY_RE.finditer(text):
        p = m.start()
        if text[p] == "." and 0 < p < len(text) - 1 and text[p - 1].isdigit() and text[p + 1].isdigit():
            continue  # a decimal point: 160.422
        while k < n and spans[k].close <= p:
            k += 1
        if k < n and spans[k].open < p < spans[k].close:
            continue
        out.append(p)
    return out


def _row(text, s, e, kind, spk: _Speaker, cue, conf, flag) -> dict:
    typ = speaker_type(spk.name, person=spk.person, media=spk.media) if kind != "title" else None
    return {"start": s, "end": e, "text": text[s:e], "kind": kind, "speaker": spk.name,
            "speaker_mention": spk.mention, "speaker_start": spk.start, "speaker_end": spk.end,
            "speaker_type": typ, "speaker_gender": spk.gender if typ == "person" else None,
            "cue": cue, "confidence": round(float(conf), 2), "flag": flag}


@lru_cache(maxsize=1)
def _speaker_types() -> dict[str, str]:
    """``speaker_types.tsv``: normalised whole names and head nouns (without ال) → type."""
    out = {}
    for r in lexicons.read("speaker_types"):
        k = normalize(r["noun"])
        out.setdefault(k, r["type"])
        if " " not in k:
            out.setdefault(strip_article(k), r["type"])
    return out


@lru_cache(maxsize=1)
def _gazetteer_names() -> frozenset[str]:
    """Organisations and places of the gazetteers (normalised): quoted, they are organisations, as
    a capital or a country speaks for its government (قالت واشنطن، أعلنت الرياض)."""
    return frozenset(normalize(r["name"]) for name in ("gazetteer_orgs", "gazetteer_countries", "gazetteer_cities")
                     for r in lexicons.read(name))


_PLURAL_RE = re.compile("(ون|ين)$")


def speaker_type(speaker, *, person: bool = False, media: bool = False) -> str | None:
    """What kind of speaker ``speaker`` is: person, organisation, outlet, unnamed, group or other.

    In order: a whole name or the head noun listed in ``speaker_types.tsv`` (وزارة الصحة →
    organisation, مصدر أمني → unnamed, بيان → other, رويترز → outlet); an organisation or a
    place of the gazetteers → organisation (وقالت روسيا); a person mention (``person=True``, a
    name found by :mod:`newslib.mentions`) → person; an outlet reporting (``media=True``) →
    outlet; a one-word plural (ناشطون) → group; else person. A missing speaker has no type.

    Example:
        >>> [speaker_type(s) for s in ("وزارة الصحة", "مصدر أمني", "الناشطون", "البيان", "رويترز", "واشنطن")]
        ['organisation', 'unnamed', 'group', 'other', 'outlet', 'organisation']
        >>> speaker_type("أحمد الأنصاري", person=True), speaker_type(None)
        ('person', None)
    """
    if not isinstance(speaker, str) or not speaker.strip():
        return None
    key = normalize(speaker)
    types = _speaker_types()
    if key in types:
        return types[key]
    words = key.split()
    head = strip_article(strip_proclitics(words[0], types))
    if head in types:
        return types[head]
    if key in _gazetteer_names() or strip_article(key) in _gazetteer_names():
        return "organisation"  # a capital or a country speaking for its government, even as a name
    if person:
        return "person"
    if media:
        return "outlet"
    if len(words) == 1 and len(key) > 5 and _PLURAL_RE.search(key):
        return "group"
    return "person"


def _inside(spans: list[Span], starts: list[int], pos: int) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and spans[i].open < pos < spans[i].close


#: The most characters a clause reaches on either side of a position. Real news sentences stay far
#: below it (the longest of 142,840 SaudiNewsNet sentences has 2,179 characters); text with no
#: sentence end at all would otherwise make every cue scan to the end of the article (quadratic).
_MAX_CLAUSE = 2500


def _clause(ctx: _Ctx, pos: int) -> tuple[int, int]:
    """(start, end) of the clause around pos: from the last boundary before to the next after."""
    i = bisect.bisect_left(ctx.bounds, pos)
    a = ctx.bounds[i - 1] + 1 if i > 0 else 0
    b = ctx.bounds[i] if i < len(ctx.bounds) else len(ctx.text)
    return max(a, pos - _MAX_CLAUSE), min(b, pos + _MAX_CLAUSE)


def _masked(ctx: _Ctx, a: int, b: int, keep_titles: bool = False) -> list[tuple[int, int]]:
    """Pieces of text[a:b] outside quote spans."""
    out = []
    cur = a
    i = max(bisect.bisect_right(ctx.starts, a) - 1, 0)
    while i < len(ctx.spans) and ctx.spans[i].open < b:
        sp = ctx.spans[i]
        if sp.close > cur and not (keep_titles and sp.open in ctx.titles):
            if sp.open > cur:
                out.append((cur, min(sp.open, b)))
            cur = max(cur, sp.close)
        i += 1
    if cur < b:
        out.append((cur, b))
    return out


# ---------------------------------------------------------------------------------------- titles
#: Latin letters spelt in Arabic, as in transliterated acronyms (إن اس بي سي سي، أو إف كيه).
_LETTER_NAMES = frozenset(normalize(w) for w in (
    "إيه", "ايه", "اي", "آي", "بي", "سي", "دي", "إي", "إف", "اف", "جي", "إتش", "اتش", "جاي", "كيه", "كي", "إل", "ال",
    "إم", "ام", "إن", "ان", "أو", "او", "يو", "آر", "ار", "إس", "اس", "تي", "في", "إكس", "اكس", "واي", "زد", "دبليو"))


def _title_kind(ctx: _Ctx, sp: Span, intro, names, cue_re) -> str | None:
    """'sure' or 'guess' when the span is a name in marks rather than a quotation, else None."""
    text = ctx.text
    content = text[sp.start:sp.end]
    key = normalize(content)
    words = key.split()
    nwords = len(words)
    if not words:
        return "guess"
    if key in names or (key.startswith("ال") and key[2:] in names):
        return "sure"
    if nwords == 1 and not ARABIC_RE.search(content):
        return "sure"  # a URL, a code, a Latin name
    # initials and transliterated acronyms: إن اس بي سي سي، أو إف كيه
    letters = sum(w in _LETTER_NAMES for w in words)
    if nwords <= 6 and letters >= 2 and 2 * letters >= nwords:
        return "sure"
    if sp.flag:
        return None
    before = tokens(text, max(0, sp.open - 32), sp.open)
    prev = [k for _, _, k in before if k not in ("ـ",)]
    if prev:
        last = prev[-1]
        if any(c in intro for c in _stems(last)) and nwords <= 12:
            return "sure"
        # an introducing noun followed by definite words: وكالة الأنباء اليمنية “سبأ”
        for back in (2, 3):
            if len(prev) >= back and nwords <= 4 and any(c in intro for c in _stems(prev[-back])) \
                    and all(w.startswith("ال") for w in prev[-back + 1:]):
                return "sure"
        # the subject in marks right after a cue verb: وأوضحت “بليك” أن …
        if nwords <= 3 and cue_re.fullmatch(text, before[-1][0], before[-1][1]) if before else False:
            nxt = tokens(text, sp.close, min(len(text), sp.close + 20))
            if nxt and (nxt[0][2] in _COMPLEMENTIZERS or nxt[0][2] == ":"):
                return "person"
        # the outlet spoken to: قال لـ«سبق»، صرح لـ"عكاظ"
        if last in ("ل", "لـ") and nwords <= 3:
            a, _ = _clause(ctx, sp.open)
            if any(cue_re.finditer(text, max(a, sp.open - 40), sp.open)):
                return "sure"
        # one word after a definite noun: منظمة الأمم المتحدة للطفولة "يونيسيف"
        if nwords == 1 and (last.startswith("ال") or last.startswith("لل")) \
                and not any(cue_re.finditer(text, max(0, sp.open - 30), sp.open)):
            return "sure"
    if text[max(0, sp.open - 3):sp.open].rstrip().endswith(":"):
        return None  # after a colon, marks open speech: قال المدرب: «الفريق جاهز»
    # a person's name in marks: وزير الخارجية "عادل الجبير"، الدكتور "العبدالجبار"، الأمير "…"
    if nwords <= 6 and _is_person_name(ctx, sp, words):
        return "person"
    if nwords <= 2 and not _has_cue(ctx, sp, cue_re):
        return "guess"
    return None


def _overlaps_quote(ctx: _Ctx, s: int, e: int) -> bool:
    """True when [s, e) overlaps a quotation in marks (names in marks do not count)."""
    if ctx.opens is None:
        ctx.opens = [sp.open for sp in ctx.spans]
    i = max(bisect.bisect_right(ctx.opens, s) - 1, 0)
    while i < len(ctx.spans) and ctx.spans[i].open < e:
        sp = ctx.spans[i]
        if s < sp.close and sp.open not in ctx.titles:
            return True
        i += 1
    return False


def _is_person_name(ctx: _Ctx, sp: Span, words: list[str]) -> bool:
    """A person's name in marks: after a title, a known name, a title inside, or a name before ':'."""
    text = ctx.text
    raw_words = text[sp.start:sp.end].split()
    namelike = all(mentions._is_name_token(w, None, r) or w in mentions.NAME_PARTICLES
                   or (i > 0 and (r.startswith("ال") and w not in mentions.stop_words()))
                   for i, (w, r) in enumerate(zip(words, raw_words)))
    if len(words) > 4 and not (words[0] in mentions._title_keys() or words[0][2:] in mentions._title_keys()):
        return False
    j = bisect.bisect_left(ctx.pstarts, sp.open - 200)
    while j < len(ctx.people) and ctx.people[j].start < sp.open:
        p = ctx.people[j]
        if p.kind in ("name", "title") and p.end <= sp.open and not text[p.end:sp.open].strip() and namelike:
            return True  # the title (or name) right before the mark: وزير الخارجية "عادل الجبير"
        if p.kind == "name" and p.start < sp.open < p.end:
            return True  # the name of an introduced person is written in marks
        j += 1
    key = " ".join(words)
    if ctx.people_keys is None:
        ctx.people_keys = {normalize(p.canonical) for p in ctx.people} | \
            {normalize(p.canonical.split()[-1]) for p in ctx.people if p.canonical.split()}
    if key in ctx.people_keys or key in ctx.person_keys:
        return True
    first = words[0]
    if first in mentions._title_keys() or (first.startswith("ال") and first[2:] in mentions._title_keys() and len(words) >= 2):
        return True
    nxt = text[sp.close:sp.close + 4].lstrip()
    return namelike and 2 <= len(words) <= 4 and nxt.startswith(":")


@lru_cache(maxsize=50_000)
def _stems(k: str) -> tuple[str, ...]:
    out = [k]
    for p in ("ول", "وب", "لل", "ال", "بال", "وال", "و", "ب", "ل", "ك"):
        if k.startswith(p) and len(k) - len(p) >= 2:
            rest = k[len(p):]
            out += [rest, "ال" + rest if not rest.startswith("ال") else rest[2:]]
    for suf, rep in (("تها", "ه"), ("ته", "ه"), ("ها", ""), ("ه", "")):
        for w in list(out):
            if w.endswith(suf) and len(w) - len(suf) >= 2:
                out.append(w[: -len(suf)] + rep)
    if k.startswith("ال"):
        out.append(k[2:])
    return tuple(out)


def _has_cue(ctx: _Ctx, sp: Span, cue_re) -> bool:
    _, _, attrs, attr_re, *_ = _lex()
    a, b = _clause(ctx, sp.open)
    for s, e in _masked(ctx, a, sp.open):
        if cue_re.search(ctx.text, s, e) or attr_re.search(ctx.text, s, e):
            return True
    return _right_cue(ctx, sp.close, cue_re, attr_re) is not None


def _kind(text: str, sp: Span, ctx: _Ctx) -> str:
    before = text[max(0, sp.open - 12):sp.open]
    pre = before.rstrip()
    nwords = len(text[sp.start:sp.end].split())
    line_start = text.rfind("\n", 0, sp.open) + 1
    if not text[line_start:sp.open].strip() or pre.endswith(":"):
        return "direct"
    last = pre.split()[-1] if pre.split() else ""
    if normalize(last) in _COMPLEMENTIZERS and nwords >= 6:
        after = text[sp.close:sp.close + 3].lstrip()
        if not after or after[0] in ".\n":
            return "direct"
    if nwords >= 4:
        # a cue verb (its subject, adverbials) then the marks with no إن/أن: وقال ترامب لأنصاره "…"،
        # وروى للصحافيين «…»: a statement quoted whole
        a, _ = _clause(ctx, sp.open)
        cues = [m for s, e in _masked(ctx, a, sp.open) for m in _lex()[1].finditer(text, s, e)]
        if cues and not _COMP_RE.search(text, cues[-1].end(), sp.open) and sp.open - cues[-1].end() <= 120:
            between = {k for _, _, k in tokens(text, cues[-1].end(), sp.open)}
            last = text[:sp.open].rstrip()[-2:]
            # a verb with its preposition (شدد على، أعرب عن، دعا إلى، وصف بـ) quotes words, not a statement
            if not between & _PREPOSITIONS and not last.endswith(("بـ", " ب", "لـ")):
                return "direct"
    return "partial"


# ---------------------------------------------------------------------------------------- speakers
def _right_cue(ctx: _Ctx, pos: int, cue_re, attr_re):
    """A cue or attribution phrase right after a closing mark («…»، قال X / «…» بحسب X)."""
    text = ctx.text
    window = text[pos:pos + 40]
    stripped = window.lstrip(" ،,-–—")
    off = pos + len(window) - len(stripped)
    if off - pos > 4 or "\n" in text[pos:off]:
        return None
    for rx in (attr_re, cue_re):
        m = rx.match(text, off)
        if m:
            return m
    return None


def _left_cues(ctx: _Ctx, a: int, qopen: int, cue_re, attr_re, attrs):
    verbs, preps, nouns = [], [], []
    for s, e in _masked(ctx, a, qopen):
        for m in cue_re.finditer(ctx.text, s, e):
            verbs.append(m)
        for m in attr_re.finditer(ctx.text, s, e):
            kind = attrs.get(normalize(m.group("cue")), ("prep", None))[0]
            (nouns if kind == "noun" else preps).append(m)
    return verbs, preps, nouns


def _governing(ctx: _Ctx, verbs: list, qopen: int):
    """The verb whose reported clause holds the quote: the earliest one followed by إن/أن."""
    for n, v in enumerate(verbs):
        stop = verbs[n + 1].start() if n + 1 < len(verbs) else qopen
        for s, e in _masked(ctx, v.end(), stop):
            if _COMP_RE.search(ctx.text, s, e):
                return v
    return verbs[-1] if verbs else None


def _attribute(ctx: _Ctx, qopen: int, qclose: int, cue_re, attrs, cues, sources, cue_match=None):
    """(cue lemma or phrase, _Speaker) for a quote whose marks sit at qopen…qclose."""
    text = ctx.text
    attr_re = _lex()[3]
    a, _ = _clause(ctx, qopen)
    cands = []
    if cue_match is not None:
        cands.append(_resolve_cue(ctx, "verb", cue_match, qopen, cues, attrs, sources, after_quote=False, indirect=True))
    else:
        verbs, preps, nouns = _left_cues(ctx, a, qopen, cue_re, attr_re, attrs)
        v = _governing(ctx, verbs, qopen)
        if v is not None:
            cands.append(_resolve_cue(ctx, "verb", v, qopen, cues, attrs, sources, after_quote=False))
        if preps and (v is None or preps[-1].start() > v.start()):
            cands.append(_resolve_cue(ctx, "attr", preps[-1], qopen, cues, attrs, sources, after_quote=False))
        says = [n for n in nouns if attrs.get(normalize(n.group("cue")), ("",))[0] == "say"]
        if says and (v is None or says[-1].start() > v.start()):
            # واكتفى الناطق باسمها إياد البزم بالقول: the person just before the noun of saying
            cands = [(says[-1].group("cue"), _prodrop(ctx, says[-1].start(), None, qopen, nearest=True))]
        elif v is None and nouns:
            cands.append(_resolve_cue(ctx, "attr", nouns[-1], qopen, cues, attrs, sources, after_quote=False))
        r = _right_cue(ctx, qclose, cue_re, attr_re)
        if r is not None:
            kind = "attr" if r.re is attr_re else "verb"
            cands.append(_resolve_cue(ctx, kind, r, qopen, cues, attrs, sources, after_quote=True))
    cands = [c for c in cands if c is not None]
    if cands:
        named = [c for c in cands if c[1].name]
        best = max(named or cands, key=lambda c: c[1].confidence)
        return best
    # no cue: a quotation opening a paragraph continues the last speaker's words
    first = next(_history(ctx), None)
    if first is not None:
        pos, last = first
        line_start = text.rfind("\n", 0, qopen) + 1
        if qopen - pos < 1500:
            conf = 0.35 if not text[line_start:qopen].strip() else 0.2
            return None, _Speaker(last.name, gender=last.gender, confidence=conf, person=last.person)
    return None, _Speaker(None, confidence=0.1)


def _cue_info(m: re.Match, kind: str, cues, attrs):
    key = normalize(m.group("cue"))
    if kind == "verb":
        lemma, gender, tense = cues.get(key, (m.group("cue"), None, "past"))
        return lemma, gender, tense
    akind, gender = attrs.get(key, ("prep", None))
    return m.group("cue"), gender, akind


def _resolve_cue(ctx: _Ctx, kind: str, m: re.Match, qopen: int, cues, attrs, sources, after_quote: bool,
                 indirect: bool = False):
    cue, spk = _resolve_cue_speaker(ctx, kind, m, qopen, cues, attrs, sources, after_quote, indirect)
    if spk is not None and spk.person and spk.name:
        gender = _cue_info(m, kind, cues, attrs)[1]
        # the verb agrees with its subject: قالت فاطمة، قال أحمد; right after the verb, the verb
        # wins over a gender the name's other mentions suggested
        adjacent = (kind == "verb" and spk.start is not None and 0 <= spk.start - m.end() <= 3
                    and not ctx.text[m.end():spk.start].replace("ـ", "").strip())
        if gender in ("m", "f") and (not spk.gender or adjacent) and not spk.reported:
            spk.gender = gender
    return cue, spk


def _scripture(ctx: _Ctx, m: re.Match) -> _Speaker | None:
    """قال تعالى، قوله تعالى → الله; قال صلى الله عليه وسلم → النبي محمد (``scripture.tsv``)."""
    after = normalize(ctx.text[m.end():m.end() + 40])
    for phrase, who in _scripture_phrases():
        if after.startswith(phrase) and (len(after) == len(phrase) or not after[len(phrase)].isalpha()):
            return _Speaker(who, confidence=0.9, gender="m" if who != "الله" else None)
    return None


@lru_cache(maxsize=1)
def _scripture_phrases() -> tuple[tuple[str, str], ...]:
    rows = [(normalize(r["phrase"]), r["speaker"]) for r in lexicons.read("scripture")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _resolve_cue_speaker(ctx: _Ctx, kind: str, m: re.Match, qopen: int, cues, attrs, sources, after_quote: bool,
                         indirect: bool = False):
    cue, gender, tense = _cue_info(m, kind, cues, attrs)
    holy = _scripture(ctx, m)
    if holy is not None:
        return cue, holy
    if tense == "self":
        return cue, _prodrop(ctx, m.start(), gender, qopen)
    spk = None
    if tense != "participle":
        limit = qopen if not after_quote else _clause(ctx, m.end())[1]
        spk = _explicit_subject(ctx, m, cues, attrs, sources, limit=limit, kind=kind)
    if spk is not None and spk.name:
        if kind == "verb":
            spk.confidence = min(spk.confidence, 0.8 if after_quote else 0.9)
            # an outlet reporting what a named person said or did
            if not spk.person and spk.media:
                rep = _reported_person(ctx, spk.end or m.end(), qopen + 1 if indirect else qopen)
                if rep is not None:
                    rep.confidence, rep.reported = 0.8, True
                    return cue, rep
        else:
            spk.confidence = min(spk.confidence, 0.85)
        return cue, spk
    if kind == "attr" and tense == "prep":
        return cue, _Speaker(None, confidence=0.2)
    return cue, _prodrop(ctx, m.start(), gender, qopen, nearest=(kind == "attr"))


def _person(p, conf) -> _Speaker:
    return _Speaker(p.canonical, p.text, p.start, p.end, p.gender, conf, person=True)


def _explicit_subject(ctx: _Ctx, m: re.Match, cues, attrs, sources, limit: int | None = None, kind: str | None = None):
    """The speaker named by a cue itself: its subject (after, or before with كان/قد), or None."""
    if kind is None:
        kind = "verb" if m.re is _lex()[1] else "attr"
    cue, gender, tense = _cue_info(m, kind, cues, attrs)
    if tense in ("participle", "self"):
        return None
    if limit is None:
        limit = _clause(ctx, m.end())[1]
    text = ctx.text
    if kind == "verb":
        if not m.group("pre"):
            ante = _antecedent(ctx, m.start())
            if ante is not None:
                return ante
        spk = _subject_after(ctx, m.end(), limit, sources, verb=True, lemma=cue)
        if spk is None:
            # subject before the verb: وكان الرئيس الليتواني غيتاناس نوسيدا (قد) قال
            i = bisect.bisect_left(ctx.pstarts, m.start()) - 1
            if i >= 0:
                p = ctx.people[i]
                gap = text[p.end:m.start()]
                if len(gap) <= 8 and not re.sub(r"[\s،,]|قد", "", gap) and not _inside(ctx.spans, ctx.starts, p.start):
                    spk = _person(p, 0.85)
    else:
        spk = _subject_after(ctx, m.end(), limit, sources, verb=False, lemma=cue)
    if spk is not None and spk.name and gender in ("m", "f") and not spk.gender:
        spk.gender = gender
    return spk


#: An indefinite accusative participle of the form مُفعِلاً / مُتفعِّلاً (مدافعا، متحدثا، مشيرا، متسائلاً).
_ADVERBIAL_RE = re.compile("^م[\u0621-\u064a]{3,6}(?:اً|ًا|ا)$")


def _subject_after(ctx: _Ctx, pos: int, limit: int, sources, verb: bool, lemma: str | None = None):
    text = ctx.text
    toks = tokens(text, pos, min(limit + 1, pos + 64, len(text)))
    i = 0
    while i < len(toks):
        s0, e0, k0 = toks[i]
        raw = text[s0:e0]
        if k0 in _SKIP_AFTER_CUE or (verb and _RECIPIENT_RE.match(raw) and not _person_at(ctx, s0, e0)):
            i += 1
            continue
        if s0 in ctx.titles and i > 0 and toks[i - 1][2] in ("ل", "لـ"):
            # قال لـ«الشرق الأوسط»: skip the outlet spoken to
            close = ctx.titles[s0].close
            while i < len(toks) and toks[i][0] < close:
                i += 1
            continue
        break
    if i >= len(toks) or toks[i][0] >= limit:
        return None
    s0, e0, k0 = toks[i]
    # a name in marks (a habit of some outlets): وقال مدير المركز "عبد الله الربيعة": …
    named = _name_in_marks_before(ctx, s0, limit)
    p = _person_at(ctx, s0, e0)
    if p is not None:
        spk = _person(p, 0.9)
        if p.kind == "title" and p.canonical == p.title and named:
            return named
        return _via_an(ctx, spk, lemma, limit)
    if named is not None and s0 in ctx.titles:
        return named
    if not k0 or k0 in mentions.stop_words() or k0 in _COMPLEMENTIZERS or not ("\u0621" <= k0[0] <= "\u06ff") or len(k0) < 3:
        return None
    raw0 = strip_diacritics(text[s0:e0])
    if _SUFFIXED_RE.search(raw0) and len(raw0) > 4 and not raw0.endswith("الله"):
        return None
    if (k0 in _lex()[0] and _lex()[0][k0][2] == "participle") or _ADVERBIAL_RE.match(raw0):
        # قال مضيفا، وأضاف موضحا، وتابع مدافعا عن موقفه: a participle (a circumstantial ḥāl), the
        # subject is the verb's own
        return None
    span = noun_phrase(text, s0)
    if span is None:
        return None
    s, e = span
    if e > limit:
        e = s + len(text[s:limit].rstrip())
        if e <= s:
            return None
    phrase = text[s:e]
    words = normalize(phrase).split()
    head = words[0]
    bare = head[2:] if head.startswith("ال") else head
    is_source = head in sources or bare in sources
    media = sources.get(head, sources.get(bare, False))
    # صحيفة “بليك”، وكالة «رويترز»: the outlet's name in marks
    after = text[e:e + 3].lstrip()
    if len(words) == 1 and after[:1] in "«\"“”" and (e + (len(text[e:e + 3]) - len(after))) in ctx.titles:
        t = ctx.titles[e + (len(text[e:e + 3]) - len(after))]
        name = text[t.start:t.end]
        return _Speaker(name, name, t.start, t.end, None, 0.85, person=False, media=media)
    # وقالت الوالدة وتدعى إليزابيث أوسبورن
    nt = tokens(text, e, min(len(text), e + 60))
    if nt and nt[0][2] in _NAMED_RE and len(nt) > 1:
        run, _ = mentions._read_name(text, nt, 1)
        if run:
            name = text[run[0][0]:run[-1][1]]
            return _Speaker(name, name, run[0][0], run[-1][1], None, 0.85, person=True)
    if is_source:
        spk = _Speaker(phrase, phrase, s, e, None, 0.9, person=False, media=media)
        return _via_an(ctx, spk, lemma, limit)
    if named is not None:
        return named
    if text[s:s + 2] == "ال":
        # a family name (العرابي، المعيبد) — if the article gives it with a first name
        full = _expand(ctx, text[s0:e0])
        if full != text[s0:e0] or (verb and _ends_subject(text, e0, limit)):
            return _Speaker(full, text[s0:e0], s0, e0, None, 0.85, person=True)
        return None
    # an unknown name: up to three words that are not definite
    kept = []
    for ts, te, tk in tokens(text, s, e):
        if text[ts:ts + 2] == "ال" and (not kept or kept[-1][2] not in mentions.NAME_PARTICLES):
            break
        if kept and not mentions._is_name_token(tk, kept[-1][2], text[ts:te]):
            break
        if kept and text[ts] in "لب":  # the person spoken to: وقال نيفين لبي بي سي، موراتا لصحيفة
            break
        kept.append((ts, te, tk))
    if not kept:
        return None
    name = text[s:kept[-1][1]]
    full = _expand(ctx, name)
    return _Speaker(full, name, s, kept[-1][1], None, 0.85, person=True)


def _ends_subject(text: str, pos: int, limit: int) -> bool:
    """True when only a colon, a complementizer or the quote follows a one-word subject."""
    nxt = tokens(text, pos, min(limit + 1, pos + 30))
    return not nxt or nxt[0][2] in _COMPLEMENTIZERS or nxt[0][2] in (":", "«", '"', "“", "”", "،")


def _expand(ctx: _Ctx, name: str) -> str:
    key = normalize(name)
    if key not in ctx.expanded:
        full = mentions.expand_name(ctx.text, name)
        for op in ctx.person_spans:  # a name the article wrote in marks: "عبد الله الربيعة"
            t = ctx.titles[op]
            inside = ctx.text[t.start:t.end]
            if normalize(inside).endswith(key) and len(inside) > len(full):
                full = inside
        # a name the article introduced with a title wins
        for p in ctx.people:
            if p.kind == "name" and normalize(p.canonical).endswith(key) and len(p.canonical) > len(full):
                full = p.canonical
        ctx.expanded[key] = full
    return ctx.expanded[key]


def _person_at(ctx: _Ctx, s0: int, e0: int):
    j = bisect.bisect_left(ctx.pstarts, s0 - 3)
    while j < len(ctx.people) and ctx.people[j].start < e0:
        p = ctx.people[j]
        if p.start >= s0 - 3:
            return p
        j += 1
    return None


def _name_in_marks_before(ctx: _Ctx, s0: int, limit: int):
    """A name in marks between the cue and ``limit`` followed by ':' or إن/أن (Sabq's habit)."""
    if not ctx.person_spans:
        return None
    ops = sorted(ctx.person_spans)
    for op in ops[bisect.bisect_left(ops, s0):bisect.bisect_left(ops, limit)]:
        sp = ctx.titles[op]
        if s0 <= op < limit:
            nwords = len(ctx.text[sp.start:sp.end].split())
            nxt = ctx.text[sp.close:sp.close + 6].strip()
            if 1 <= nwords <= 4 and (nxt.startswith(":") or sp.close >= limit - 2
                                     or normalize(nxt.split()[0] if nxt.split() else "") in _COMPLEMENTIZERS):
                name = ctx.text[sp.start:sp.end]
                return _Speaker(_expand(ctx, name), name, sp.start, sp.end, None, 0.85, person=True)
    return None


def _via_an(ctx: _Ctx, spk: _Speaker, lemma: str | None, limit: int) -> _Speaker:
    """نقلت الصحيفة عن كرحوت: the person after عن is the speaker."""
    if lemma != "نقل" or spk.end is None:
        return spk
    toks = tokens(ctx.text, spk.end, min(limit, spk.end + 40))
    if toks and toks[0][2] == "عن" and len(toks) > 1:
        p = _person_at(ctx, toks[1][0], toks[1][1])
        if p is not None:
            return _person(p, 0.85)
        s, e = toks[1][0], toks[1][1]
        name = ctx.text[s:e]
        return _Speaker(_expand(ctx, name), name, s, e, None, 0.8, person=True)
    return spk


_RELATIVES = frozenset(("التي", "الذي", "الذين", "اللذين", "اللتين"))


def _antecedent(ctx: _Ctx, cue_pos: int):
    """For «… موسكو السابقة التي أعلنت …», the noun the relative pronoun refers back to."""
    text = ctx.text
    before = text[max(0, cue_pos - 10):cue_pos].split()
    if not before or before[-1] not in _RELATIVES:
        return None
    toks = tokens(text, max(0, cue_pos - 80), cue_pos)
    if not toks or toks[-1][2] not in _RELATIVES:
        return None
    for s, e, k in reversed(toks[:-1][-4:]):
        if k in ("،", ","):
            continue
        if k in _PUNCT:
            return None
        if text[s:s + 2] == "ال" or k in mentions.stop_words():
            continue
        p = _person_at(ctx, s, e)
        j = bisect.bisect_right(ctx.pstarts, e) - 1
        if p is None and j >= 0 and ctx.people[j].start <= s < ctx.people[j].end + 1 and ctx.people[j].end >= e:
            p = ctx.people[j]
        if p is not None:
            return _person(p, 0.6)
        if k[:1] in "لب" or re.search("(ها|هم|ه)$", k):
            return None
        return _Speaker(text[s:e], text[s:e], s, e, None, 0.6)
    return None


def _reported_person(ctx: _Ctx, pos: int, qopen: int):
    """In «ذكرت الوكالة أن كيم …«…»», the person right after the complementizer."""
    text = ctx.text
    toks = tokens(text, pos, qopen)
    if toks and toks[-1][1] == qopen and toks[-1][2] not in _COMPLEMENTIZERS:
        toks = toks + tokens(text, qopen, qopen + 40)[1:2]
    for n, (s, e, k) in enumerate(toks):
        if k in _COMPLEMENTIZERS:
            if n + 1 < len(toks):
                p = _person_at(ctx, toks[n + 1][0], toks[n + 1][1])
                if p is not None:
                    return _person(p, 0.8)
            return None
    return None


def _history(ctx: _Ctx):
    """Earlier speakers, most recent first: attributed quotes, and the subjects of cue verbs
    (resolved lazily, the first time a pro-drop verb looks back at them)."""
    cues, _, attrs, _, _, _, sources = _lex()
    for n in range(len(ctx.history) - 1, -1, -1):
        pos, s = ctx.history[n]
        if isinstance(s, re.Match):
            s = _explicit_subject(ctx, s, cues, attrs, sources)
            if s is None or not s.name:
                s = _Speaker(None)
            ctx.history[n] = (pos, s)
        if s.name:
            yield pos, s


def _agrees(g_person, g_verb) -> bool:
    return not g_verb or g_verb == "p" or not g_person or g_person == g_verb


def _prodrop(ctx: _Ctx, cue_pos: int, gender, qopen: int, nearest: bool = False) -> _Speaker:
    a, _ = _clause(ctx, cue_pos)
    if nearest:
        # a noun of saying (واكتفى الناطق باسمها إياد البزم بالقول): the person just before it
        j = bisect.bisect_left(ctx.pstarts, cue_pos) - 1
        if j >= 0 and ctx.people[j].start >= a and not _inside(ctx.spans, ctx.starts, ctx.people[j].start):
            p = ctx.people[j]
            return _Speaker(p.canonical, None, None, None, p.gender, 0.7, person=True)
    # the explicit speaker of an earlier cue in the same sentence
    for pos, s in _history(ctx):
        if pos < a:
            break
        if pos < cue_pos and s.name and s.mention and _agrees(s.gender, gender):
            return _Speaker(s.name, None, None, None, s.gender, 0.75, person=s.person)
    # the subject earlier in the same sentence
    j = bisect.bisect_left(ctx.pstarts, a)
    while j < len(ctx.people) and ctx.people[j].start < cue_pos:
        p = ctx.people[j]
        if not _inside(ctx.spans, ctx.starts, p.start) and _agrees(p.gender, gender) and p.end <= cue_pos:
            return _Speaker(p.canonical, None, None, None, p.gender, 0.75, person=True)
        j += 1
    # the last speaker of the same gender
    for pos, s in _history(ctx):
        if pos < qopen and s.name and _agrees(s.gender, gender) and (gender != "p" or not s.person):
            return _Speaker(s.name, None, None, None, s.gender, 0.65, person=s.person)
    # the last person of the same gender
    j = bisect.bisect_left(ctx.pstarts, cue_pos) - 1
    while j >= 0:
        p = ctx.people[j]
        if not _inside(ctx.spans, ctx.starts, p.start) and _agrees(p.gender, gender):
            return _Speaker(p.canonical, None, None, None, p.gender, 0.5, person=True)
        j -= 1
    return _Speaker(None, confidence=0.1)


def _clause_end(ctx: _Ctx, start: int, b: int, cues) -> int:
    """End of a reported clause: the clause end, or before «، مشيراً …» (the reporter's participle)."""
    text = ctx.text
    end = b
    for cm in _COMMA_RE.finditer(text, start, b):
        s2, e2 = cm.span()
        if not _inside(ctx.spans, ctx.starts, s2):
            nxt = text[e2:e2 + 30].split()
            w = normalize(nxt[0].rstrip(":،,")) if nxt else ""
            if w in cues and cues[w][2] == "participle":
                end = s2
                break
    while end > start and text[end - 1] in " ،,.":
        end -= 1
    return end


def _colon_quote(ctx: _Ctx, m: re.Match, cues) -> tuple[int, int] | None:
    """A direct quotation after a cue and a colon without marks: وتابع: عند موعد السداد …"""
    text = ctx.text
    a, b = _clause(ctx, m.start())
    colon = text.find(":", m.end(), min(b, m.end() + 90))
    if colon == -1:
        return None
    between = text[m.end():colon]
    if _MARK_RE.search(between.replace('"', "").replace("“", "").replace("”", "")) and not any(
            m.end() <= op < colon for op in ctx.titles):
        return None
    toks = tokens(text, m.end(), colon)
    if any(k in _COMPLEMENTIZERS for _, _, k in toks) or _lex()[1].search(text, m.end(), colon):
        return None
    start = colon + 1
    while start < b and text[start].isspace():
        start += 1
    if start >= b or text[start] in '«"“”„' or text[start].isdigit():
        return None
    first = tokens(text, start, min(b, start + 20))
    if not first or first[0][2] in _COMPLEMENTIZERS:
        return None
    end = _clause_end(ctx, start, b, cues)
    if len(text[start:end].split()) < 3:
        return None
    return start, end


def _indirect(ctx: _Ctx, m: re.Match, cues) -> tuple[int, int] | None:
    """Span of the reported clause after a cue verb and إن/أن (indirect speech), or None."""
    text = ctx.text
    a, b = _clause(ctx, m.start())
    c = _COMP_RE.search(text, m.end(), min(b, m.end() + 100))
    if c is None:
        return None
    # at most 13 words between the cue and إن/أن, and no punctuation but commas
    gap = text[m.end():c.start()]
    if len(gap.split()) > 13 or _GAP_STOP_RE.search(gap):
        return None
    start = c.end()
    while start < b and text[start].isspace():
        start += 1
    end = _clause_end(ctx, start, b, cues)
    if len(text[start:end].split()) < 3:
        return None
    return start, end


# ---------------------------------------------------------------------------------------- tables
def quotes(articles: pd.DataFrame, *, include_titles: bool = False, entities: pd.DataFrame | None = None) -> pd.DataFrame:
    """The quotes table of ``articles``: one row per quotation, with its kind and speaker.

    A person's name is completed from the entity model: a speaker written as a surname, a
    first name or with words that are no name (ظريف، إنزو، جون كيري أمام) becomes the fullest
    name of that person in the article (محمد جواد ظريف), as :func:`newslib.entities` knows it.

    Args:
        articles: The articles table (needs ``article_id`` and ``text``); not modified.
        include_titles: Also return names in marks (منتدى «…»، وكالة «رويترز») as kind ``title``.
        entities: The entities table of the same articles, when already computed (``nl.analyze``
            passes its own); computed here otherwise.

    Returns:
        A new DataFrame with the columns of ``schema.columns("quotes")``; offsets point into
        each article's ``text`` (``text[start:end] == row.text``).

    Example:
        >>> arts = pd.DataFrame({"article_id": ["a"], "text": ["وقال بوتين في منتدى «أقاليم روسيا» إنه «لن يتراجع عن دعم مينسك». ووفقا لمعلقين فقد «اختار لوكاشينكو التجاهل»."]})
        >>> quotes(arts, include_titles=True)[["text", "kind", "speaker"]].values.tolist()
        [['أقاليم روسيا', 'title', <NA>], ['لن يتراجع عن دعم مينسك', 'partial', 'بوتين'], ['اختار لوكاشينكو التجاهل', 'partial', 'معلقين']]
    """
    from newslib.sentences import assign_sentence_ids

    schema.require(articles, ("article_id", "text"), "nl.quotes")
    people = _people_by_article(articles, entities)
    rows = []
    for aid, text in zip(articles["article_id"].tolist(), articles["text"].tolist()):
        if not isinstance(text, str) or not text:
            continue
        found = find_quotes(text, include_titles=include_titles)
        if found:
            found = attribute(found, text, people.get(aid, []))
        for q in assign_sentence_ids(text, found):
            q["article_id"] = aid
            rows.append(q)
    out = schema.conform(rows, "quotes") if rows else schema.empty("quotes")
    return schema.stamp(out, "quotes", include_titles=include_titles)


def _people_by_article(articles: pd.DataFrame, entities: pd.DataFrame | None) -> dict[str, list[tuple[int, int, str, str]]]:
    """PER, ORG and LOC mentions ``(start, end, label, name)`` of each article, from ``entities`` or computed."""
    if entities is None:
        from newslib.entities import entities as find_entities

        entities = find_entities(articles[["article_id", "text"]])
    schema.require(entities, ("article_id", "start", "end", "label", "name"), "nl.quotes", table="entities")
    labels = entities["label"].astype("string")
    per = entities[labels.isin(["PER", "ORG", "LOC"]).fillna(False)]
    out: dict[str, list] = {}
    for aid, s, e, lab, name in zip(per["article_id"].tolist(), per["start"].tolist(), per["end"].tolist(),
                                    per["label"].astype(str).tolist(), per["name"].tolist()):
        if isinstance(name, str):
            out.setdefault(aid, []).append((s, e, lab, name))
    return {aid: sorted(m) for aid, m in out.items()}


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Every word of ``titles.tsv`` (normalised, without ال): a speaker holding one is a role."""
    return frozenset(strip_article(w) for r in lexicons.read("titles") for w in normalize(r["title"]).split())


_APPOSITION_GAP_RE = re.compile(r"^[\s\w]{0,30}$")


def _name_after(text: str, end: int, people) -> str | None:
    """A title or role followed by a person's name (رئيس اللجنة إد رويس): that name."""
    i = bisect.bisect_left(people, (end,))
    if i < len(people):
        a, _, name = people[i]
        gap = text[end:a].split()
        if (a <= end + 30 and _APPOSITION_GAP_RE.match(text[end:a]) and len(gap) <= 2
                and not any(normalize(w) in _COMPLEMENTIZERS for w in gap)):  # not «الأنباء أن ترامب»
            return name
    return None


def _titled_before(text: str, title: str, before: int, people) -> str | None:
    """A title standing alone (الشيخ، رئيسة الاتحاد): the nearest earlier person introduced with it."""
    want = {strip_article(w) for w in normalize(title).split()}
    if not want:
        return None
    for a, _, name in reversed(people[:bisect.bisect_left(people, (before,))]):
        if want <= {strip_article(w) for w in normalize(text[max(0, a - 40):a]).split()[-3:]}:
            return name
    return None


def attribute(rows: list[dict], text: str, mentions: list[tuple[int, int, str, str]], model=None) -> list[dict]:
    """The entity stages of attribution for one article's quotes: names completed from the PER
    mentions (:func:`complete_names`), then the learned choice among candidates
    (:func:`newslib.attribution.choose`). ``mentions`` are ``(start, end, label, name)``, sorted."""
    from newslib import attribution

    people = [(s, e, name) for s, e, lab, name in mentions if lab == "PER"]
    rows = marked_lists(names_in_marks(rows, text, mentions), text)
    speakers = [m for m in mentions if m[2] in ("PER", "ORG")]
    named = relayed(indefinite_sources(rows, text), text, speakers)
    named = complete_names(trim_to_entities(named, text, speakers), people, text)
    named = carry_over(rows, resolve_roles(named, text, speakers))
    return same_gender(name_genders(attribution.choose(named, text, speakers, model)))


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    """``first_names.tsv``: a first name (normalised) → the gender news gives it (f/m)."""
    return {normalize(r["name"]): r["gender"] for r in lexicons.read("first_names") if r.get("gender") in ("f", "m")}


def name_genders(rows: list[dict]) -> list[dict]:
    """A named person whose gender the verb and title did not tell gets the gender of their first
    name, else of their last (``first_names.tsv``, learned from speech verbs in news: قالت سارة،
    قال خالد، قالت ميركل).

    Example:
        >>> name_genders([{"speaker": "هيلاري كلينتون", "speaker_type": "person", "speaker_gender": None}])[0]["speaker_gender"]
        'f'
    """
    names = _first_names()
    out = []
    for q in rows:
        spk = q.get("speaker")
        if q.get("speaker_type") == "person" and not q.get("speaker_gender") and isinstance(spk, str) and spk.strip():
            words = normalize(spk).split()
            g = names.get(words[0]) or names.get(words[-1])
            if g:
                q = {**q, "speaker_gender": g}
        out.append(q)
    return out


_SPEAKER_FIELDS = ("speaker", "speaker_type", "speaker_gender")


def carry_over(before: list[dict], after: list[dict]) -> list[dict]:
    """A quote that carries a speaker over from an earlier one (a verb without subject, a
    paragraph continuing a quotation: no mention of its own) follows the renaming that the
    entity stages made where that speaker was named (ظريف مخاطبا → محمد جواد ظريف).

    Example:
        >>> before = [{"speaker": "ظريف مخاطبا", "speaker_start": 5}, {"speaker": "ظريف مخاطبا", "speaker_start": None}]
        >>> after = [{"speaker": "محمد جواد ظريف", "speaker_start": 5}, {"speaker": "ظريف مخاطبا", "speaker_start": None}]
        >>> [q["speaker"] for q in carry_over(before, after)]
        ['محمد جواد ظريف', 'محمد جواد ظريف']
    """
    renamed: dict[str, dict] = {}
    out = []
    for old, new in zip(before, after):
        spk = old.get("speaker")
        if spk and old.get("speaker_start") is not None and new.get("speaker") != spk:
            renamed[spk] = {k: new.get(k) for k in _SPEAKER_FIELDS if k in new}
        elif spk and old.get("speaker_start") is None and new.get("speaker") == spk and spk in renamed:
            new = {**new, **renamed[spk]}
        out.append(new)
    return out


def same_gender(rows: list[dict]) -> list[dict]:
    """A person's gender told once in the article (قالت سارة) holds for their other quotes
    (وأشارت … whose verb the rules could not read); two different genders for one name: none.

    Example:
        >>> rows = [{"speaker": "سارة الحربي", "speaker_type": "person", "speaker_gender": "f"},
        ...         {"speaker": "سارة الحربي", "speaker_type": "person", "speaker_gender": None}]
        >>> [r["speaker_gender"] for r in same_gender(rows)]
        ['f', 'f']
    """
    told: dict[str, set] = {}
    for q in rows:
        if q.get("speaker_type") == "person" and q.get("speaker_gender") in ("f", "m"):
            told.setdefault(q["speaker"], set()).add(q["speaker_gender"])
    out = []
    for q in rows:
        g = told.get(q.get("speaker"))
        if q.get("speaker_type") == "person" and not q.get("speaker_gender") and g and len(g) == 1:
            q = {**q, "speaker_gender": next(iter(g))}
        out.append(q)
    return out


def _as_title(q: dict) -> dict:
    """A quote row turned into a name in marks: kind ``title``, no speaker, no cue."""
    return {**q, "kind": "title", "speaker": None, "speaker_mention": None, "speaker_start": None,
            "speaker_end": None, "speaker_type": None, "speaker_gender": None, "cue": None}


#: A span in marks whose words are at least this share names of the entity model is a name.
NAME_SHARE = 0.7


def names_in_marks(rows: list[dict], text: str, mentions: list[tuple[int, int, str, str]]) -> list[dict]:
    """Direct and partial quotes that are names in marks become ``title`` rows (no speaker).

    A span of up to 12 words is a name when the entity model's PER, ORG and LOC mentions cover at
    least :data:`NAME_SHARE` of its letters: players listed in marks («ياسر القحطاني، نواف
    العابد»), a bank, a place. A span with a speech verb inside stays a quote.

    Example:
        >>> rows = [{"kind": "partial", "start": 11, "end": 24, "speaker": "x", "speaker_type": "person"}]
        >>> names_in_marks(rows, "أدى الثنائي «ياسر الشهراني» مرانه.", [(12, 25, "PER", "ياسر الشهراني")])[0]["kind"]
        'title'
    """
    if not mentions:
        return rows
    cue_re = _lex()[1]
    out = []
    for q in rows:
        s, e = q["start"], q["end"]
        if str(q.get("kind")) in ("direct", "partial") and len(text[s:e].split()) <= 12 and not cue_re.search(text, s, e):
            letters = sum(ch.isalpha() for ch in text[s:e]) or 1
            covered = sum(sum(ch.isalpha() for ch in text[max(a, s):min(b, e)]) for a, b, _, _ in mentions if a < e and s < b)
            if covered / letters >= NAME_SHARE:
                q = _as_title(q)
        out.append(q)
    return out


#: What joins two marked spans of a list: a mark, a comma, و / أو, a mark (»، و«).
_LIST_GAP_RE = re.compile('^[«»"“”„‟″\\s]*(?:[،,]\\s*)?(?:و|أو|او)?\\s*(?:لـ\\s*|ل\\s*)?[«»"“”„‟″\\s]*$')
#: Longest span (in words) that a list of marked spans may hold and still be names.
LIST_ITEM_WORDS = 6


def marked_lists(rows: list[dict], text: str) -> list[dict]:
    """Short spans in marks joined as a list («شكلت بكلت» و«يا زريف الطول»، “بطيئة” أو “سريعة”) are
    names (songs, products, options), not quotes: each of up to :data:`LIST_ITEM_WORDS` words next
    to another marked span with only a comma, و or أو between them becomes a ``title`` row,
    unless a verb of saying sits inside it.

    Example:
        >>> t = "غنى «شكلت بكلت» و«يا زريف الطول» في الحفل."
        >>> rows = [{"kind": "partial", "start": 5, "end": 14}, {"kind": "partial", "start": 18, "end": 31}]
        >>> [q["kind"] for q in marked_lists(rows, t)]
        ['title', 'title']
    """
    marked = sorted((q["start"], q["end"]) for q in rows if str(q.get("kind")) in ("direct", "partial", "title"))
    listed = set()
    for (s1, e1), (s2, e2) in zip(marked, marked[1:]):
        if e1 <= s2 and _LIST_GAP_RE.match(text[e1:s2]) and any(ch in text[e1:s2] for ch in "،,و"):
            listed |= {(s1, e1), (s2, e2)}
    if not listed:
        return rows
    cue_re = _lex()[1]
    return [_as_title(q) if (q["start"], q["end"]) in listed and str(q.get("kind")) in ("direct", "partial")
            and len(text[q["start"]:q["end"]].split()) <= LIST_ITEM_WORDS
            and not cue_re.search(text, q["start"], q["end"]) else q for q in rows]


def complete_names(rows: list[dict], people: list[tuple[int, int, str]], text: str = "") -> list[dict]:
    """Quotes of one article with each person speaker's name completed from its PER mentions.

    A person speaker of one word, or with words that are no name (a function word, a verb of
    saying), becomes the fullest entity name in the article that holds all of its words that are
    words of some person's name, and never a shorter one: ظريف → محمد جواد ظريف. A
    title alone becomes the name right after it (رئيس اللجنة إد رويس) or the last person
    introduced with it (الشيخ). Names of several people (أوباما ومايك هاكابي) and other speaker
    types are left alone. ``rows`` are not modified.

    Example:
        >>> rows = [{"speaker": "ظريف", "speaker_start": None, "speaker_end": None, "speaker_type": "person"}]
        >>> complete_names(rows, [(0, 14, "محمد جواد ظريف"), (40, 44, "محمد جواد ظريف")], "")[0]["speaker"]
        'محمد جواد ظريف'
    """
    names: dict[str, tuple[int, str]] = {}
    for _, _, name in people:
        k = name_key(name)
        n, _ = names.get(k, (0, name))
        names[k] = (n + 1, name)
    words = {w for k in names for w in k.split()}
    out = []
    for q in rows:
        spk = q.get("speaker")
        if not spk or q.get("speaker_type") != "person":
            out.append(q)
            continue
        own = normalize(spk).split()
        if len(own) >= 2 and not any(w in mentions.stop_words() or w in _lex()[0] or strip_article(w) in _title_words()
                                     for w in own):
            out.append(q)  # already a full name (بات نيفين), whatever the entity model cut
            continue
        mine = [w for w in name_key(spk).split() if w in words]
        best = None
        ss, se = q.get("speaker_start"), q.get("speaker_end")
        if mine:
            # never shorter: the fullest name holding every name word of the speaker
            # among longer names holding it, the most mentioned, then the shortest: a span that
            # swallowed a neighbour (نيفين لبي بي سي) is rarer than the name (بات نيفين)
            fits = [(n, -len(k.split()), name) for k, (n, name) in names.items()
                    if set(mine) < set(k.split())]
            if fits:
                best = max(fits)[2]
        else:
            # a title or role: the name right after it, else the last person introduced with it
            if se is not None:
                best = _name_after(text, se, people)
            if best is None:
                best = _titled_before(text, spk, ss if ss is not None else q.get("start", 0), people)
        if best is not None and best != spk:
            q = {**q, "speaker": best}
        out.append(q)
    return out


@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    """Words the entity model's training data saw inside person names (its ``train_words``)."""
    from newslib.entities.model import active

    return frozenset(name_key(w) for w, label in active().train_words.items() if label.startswith("PER"))


def trim_to_entities(rows: list[dict], text: str, entity_mentions: list[tuple[int, int, str, str]]) -> list[dict]:
    """Person and organisation speakers cut to the entity name inside their mention.

    The rules' name finder sometimes takes a neighbouring word into the speaker: a participle
    (ظريف مخاطبا), an adverb (ترامب مرارا), a verb before it (اختير أوباميانغ), the next noun
    (منظمة التعاون الإسلامي التصريحات). When exactly one PER or ORG mention of the entity model
    lies inside the speaker's mention (PER mentions first, then ORG), the
    words before it are function words or verbs, or the noun of a body that a longer form
    elsewhere in the article added (حملة هيلاري كلينتون for «قالت هيلاري كلينتون»), and the
    words after it are no word of a person name (in this article or in the entity model's
    training data) and no family name with ال (سليمان الصعب), the speaker becomes that entity's name. A first name the entity model left
    out (ألان فوترفاس) stays. ``entity_mentions`` are ``(start, end, label, name)``, sorted; ``rows`` are not modified.

    Example:
        >>> rows = [{"speaker": "ظريف مخاطبا", "speaker_start": 5, "speaker_end": 16, "speaker_type": "person"}]
        >>> trim_to_entities(rows, "وقال ظريف مخاطبا النواب", [(5, 9, "PER", "ظريف")])[0]["speaker"]
        'ظريف'
        >>> rows = [{"speaker": "سليمان الصعب", "speaker_start": 5, "speaker_end": 17, "speaker_type": "person"}]
        >>> trim_to_entities(rows, "وقال سليمان الصعب إن", [(5, 11, "PER", "سليمان")])[0]["speaker"]
        'سليمان الصعب'
    """
    if not entity_mentions:
        return rows
    name_words = {w for _, _, lab, name in entity_mentions if lab == "PER" for w in name_key(name).split()}
    trained = _person_words()
    out = []
    for q in rows:
        spk, ss, se = q.get("speaker"), q.get("speaker_start"), q.get("speaker_end")
        if not spk or ss is None or se is None or q.get("speaker_type") not in ("person", "organisation"):
            out.append(q)
            continue
        inside = [m for m in entity_mentions if ss <= m[0] and m[1] <= se]
        inside = [m for m in inside if m[2] == "PER"] or inside  # a person before the body they speak for
        if len(inside) == 1:
            s, e, label, name = inside[0]
            said = set(name_key(text[ss:se]).split())  # the mention's words, not those of a longer form
            own, ent = name_key(spk).split(), set(name_key(name).split()) | set(name_key(text[s:e]).split())
            inner = [i for i, w in enumerate(own) if w in ent]
            lead, trail = own[:inner[0]] if inner else own, own[inner[-1] + 1:] if inner else []
            if (inner and (lead or trail) and not any(w not in ent for w in own[inner[0]:inner[-1] + 1])
                    and all(w in mentions.stop_words() or (w not in said and strip_article(w) in _body_nouns()) for w in lead)
                    and not any(w in name_words or w in trained or w.startswith("ال") or w in mentions.NAME_PARTICLES
                                for w in trail)):
                # words cut before the name took the verb's agreement with them (أفادت الأنباء أن ترامب)
                gender = q.get("speaker_gender") if not lead and label == "PER" else None
                q = {**q, "speaker": name, "speaker_type": "person" if label == "PER" else q["speaker_type"],
                     "speaker_gender": gender}
        out.append(q)
    return out


def indefinite_sources(rows: list[dict], text: str) -> list[dict]:
    """An unnamed source described up to a name after a comma keeps its description: in «قال
    متحدث باسم الفريق القانوني للرئيس الأمريكي، دونالد ترامب» the name is the president's, set
    off by the comma, and the speaker is the spokesman (type ``unnamed``, no gender).

    Example:
        >>> t = "وقال متحدث باسم الرئيس، دونالد ترامب، إن «الأمر انتهى»."
        >>> rows = [{"speaker": "دونالد ترامب", "speaker_start": 5, "speaker_end": 35, "speaker_type": "person", "speaker_gender": "m"}]
        >>> indefinite_sources(rows, t)[0]["speaker"]
        'متحدث باسم الرئيس'
    """
    out = []
    for q in rows:
        ss, se = q.get("speaker_start"), q.get("speaker_end")
        if q.get("speaker_type") == "person" and ss is not None and se is not None:
            head, comma, _ = text[ss:se].partition("،")
            words = normalize(head).split()
            if comma and words and _indefinite(words):
                q = {**q, "speaker": head.strip(), "speaker_type": "unnamed", "speaker_gender": None}
        out.append(q)
    return out


#: An outlet relaying someone (ونقلت وكالة رويترز للأنباء عن …): the verb, the outlet, the first عن.
_RELAY_RE = re.compile(r"(?<![\w])[وف]?نقلت?\s+[^.:«»\n]{2,80}?\s+عن\s+")
#: Where the relayed source's phrase ends: its saying (قوله، قولها), إن/أن, or a clause about it.
_RELAY_END_RE = re.compile(r"\s+(?:قوله|قولها|قولهم|قولهما|القول|إن|أن|ان|بأن|رفض|رفضت|طلب|طلبت|فضل|فضلت|اشترط|أمس|اليوم)(?![\w])|[،,:؛;.«\"“-]")


def _named_after_relay(q: dict, text: str, entity_mentions) -> bool:
    """The rules' speaker of a relayed quote is a person's name: a PER mention, or words that are
    neither function words nor the noun of saying (not «هويته قوله»)."""
    ss, se = q["speaker_start"], q["speaker_end"]
    if any(lab == "PER" and a < se and ss < b for a, b, lab, _ in entity_mentions):
        return True
    words = normalize(str(q["speaker"])).split()
    return q.get("speaker_type") == "person" and not any("قول" in w or w in mentions.stop_words() for w in words)


def relayed(rows: list[dict], text: str, entity_mentions: list[tuple[int, int, str, str]]) -> list[dict]:
    """An outlet relaying someone's words is not the speaker: in «ونقلت وكالة رويترز عن مسؤول
    رفض الكشف عن هويته قوله إن …» the speaker is مسؤول, in «نقلت الوكالة عن وزارة الخارجية
    قولها» the ministry. For a quote whose cue is نقل, the source is the phrase after the first عن
    following the outlet, up to قوله / إن / a comma: its first person mention (عن وزير الطاقة
    ألكسندر نوفاك قوله), else an organisation that opens it, else the phrase itself.

    Example:
        >>> t = "ونقلت وكالة رويترز عن مسؤول رفض الكشف عن هويته قوله إن «المطالب كثيرة»."
        >>> rows = [{"speaker": "هويته قوله", "cue": "نقل", "speaker_type": "person", "start": 58}]
        >>> [relayed(rows, t, [])[0][k] for k in ("speaker", "speaker_type")]
        ['مسؤول', 'unnamed']
    """
    out = []
    for q in rows:
        if q.get("cue") == "نقل" and q.get("speaker"):
            qs = q["start"]
            lo = max(text.rfind(".", 0, qs), text.rfind("\n", 0, qs), qs - 300) + 1
            m = None
            for m in _RELAY_RE.finditer(text, lo, qs):
                pass
            end = _RELAY_END_RE.search(text, m.end(), qs) if m else None
            ss = q.get("speaker_start")
            if m and end and ss is not None and ss >= m.end() and _named_after_relay(q, text, entity_mentions):
                m = None  # the rules already took the source after عن (أحمد داود أوغلو)
            if m and end:
                a, b = m.end(), end.start()
                inside = [x for x in entity_mentions if a <= x[0] and x[1] <= b]
                ent = next((x for x in inside if x[2] == "PER"), None) or next(
                    (x for x in inside if x[0] == a and x[2] == "ORG"), None)
                if ent is not None:
                    a, b, spk, typ = ent[0], ent[1], ent[3], "person" if ent[2] == "PER" else None
                else:
                    spk, typ = text[a:b].strip(), None
                if spk and len(spk.split()) <= 8:
                    q = {**q, "speaker": spk, "speaker_type": typ or speaker_type(spk), "speaker_gender": None,
                         "speaker_start": a, "speaker_end": b}
        out.append(q)
    return out


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    """``honorifics.tsv``: pronouns that stand for the last person named (سموه، معاليه)."""
    return frozenset(normalize(r["word"]) for r in lexicons.read("honorifics"))


@lru_cache(maxsize=1)
def _body_nouns() -> frozenset[str]:
    """Head nouns of organisations and outlets (شركة، وكالة، صحيفة …), normalised, without ال."""
    return frozenset(k for k, t in _speaker_types().items() if " " not in k and t in ("organisation", "outlet"))


_ROLE_GAP_STOP_RE = re.compile('[.:؛;!?؟()«»"“”\\n]')
#: Words that end a role's noun phrase: what follows them is no apposition (خلال لقائه الرئيس X).
_ROLE_GAP_WORDS = frozenset(normalize(w) for w in (
    "خلال", "لدى", "أمام", "مع", "بعد", "قبل", "عقب", "إلى", "الى", "على", "عند", "حول", "أن", "إن", "ان",
    "الذي", "التي", "اليوم", "أمس", "امس", "لقائه", "لقائها", "حيث", "كما", "وقد", "قد", "لا", "لم", "لن"))


_DEFINITE_RE = re.compile("^[وف]?(?:ال|لل|[بك]ال)")


def _indefinite(words: list[str]) -> bool:
    """An unnamed source written without ال (متحدث باسم الفريق، مسؤول محلي): it names nobody."""
    if _DEFINITE_RE.match(words[0]):
        return False
    return (_speaker_types().get(strip_proclitics(words[0], _speaker_types())) == "unnamed"
            and not (len(words) > 1 and words[1].startswith("ال")))


def _appositive(text: str, end: int, people, cue_re) -> tuple[int, int, str] | None:
    """The person named right after a role (المتحدث باسم الداخلية، محمد علي العروي، …)."""
    i = bisect.bisect_left(people, (end,))
    if i >= len(people):
        return None
    a, b, name = people[i]
    gap = text[end:a]
    words = [normalize(w) for w in re.split(r"[\s،,]+", gap) if w]
    if (a - end > 80 or len(words) > 4 or _ROLE_GAP_STOP_RE.search(gap) or len(_COMMA_RE.findall(gap)) > 1
            or any(w in _ROLE_GAP_WORDS for w in words) or cue_re.search(gap)):
        return None
    return a, b, name


@lru_cache(maxsize=50_000)
def _role_word(word: str) -> str:
    """A normalised word without its proclitics and ال (الشريفين → شريفين), as roles are compared."""
    return strip_article(strip_proclitics(word, _speaker_types()))


def _introduced_with(text: str, role: set[str], before: int, people) -> tuple[int, int, str] | None:
    """The nearest earlier person whose mention has every word of ``role`` within six words before
    it or four after it (خادم الحرمين الشريفين الملك سلمان … ← خادم الحرمين)."""
    for a, b, name in reversed(people[:bisect.bisect_left(people, (before,))]):
        near = normalize(text[max(0, a - 60):a]).split()[-6:] + normalize(text[b:b + 40]).split()[:4]
        if role <= {_role_word(w) for w in near}:
            return a, b, name
    return None


def _body_before(text: str, noun: str, before: int, bodies) -> tuple[int, int, str] | None:
    """The nearest earlier organisation introduced with ``noun`` (وكالة ستاندرد آند بورز ← الوكالة)."""
    for a, b, name in reversed(bodies[:bisect.bisect_left(bodies, (before,))]):
        first = normalize(name).split()[0]
        prev = normalize(re.sub(r"[(«\"“]", " ", text[max(0, a - 20):a])).split()[-1:]
        if strip_article(first) == noun or (prev and _role_word(prev[0]) == noun):
            return a, b, name
    return None


def resolve_roles(rows: list[dict], text: str, entity_mentions: list[tuple[int, int, str, str]]) -> list[dict]:
    """Speakers written as a role, an honorific or a definite noun become who they stand for.

    In order: a role followed by a person's name (المتحدث باسم الداخلية التونسية، محمد علي
    العروي); an honorific pronoun (سموه، معاليه) → the last person named; a role → the nearest
    earlier person introduced with every word of it (خادم الحرمين → سلمان بن عبدالعزيز); a
    definite organisation noun (الوكالة، الصحيفة البريطانية، الشركة) → the nearest earlier
    organisation introduced with it. An unnamed source without ال (مسؤول محلي، متحدث باسم …) is
    left alone, and so is a speaker holding any word of a person's name. Quotes that carry a
    speaker over (no mention of their own) are left to :func:`carry_over`.

    Example:
        >>> text = "وقال المتحدث باسم الوزارة، علي سالم، إن «الوضع هادئ»."
        >>> rows = [{"speaker": "المتحدث باسم الوزارة", "speaker_start": 5, "speaker_end": 25,
        ...          "speaker_type": "unnamed", "speaker_gender": "m", "kind": "partial", "start": 41}]
        >>> resolve_roles(rows, text, [(27, 34, "PER", "علي سالم")])[0]["speaker"]
        'علي سالم'
    """
    people = [(s, e, name) for s, e, lab, name in entity_mentions if lab == "PER"]
    bodies = [(s, e, name) for s, e, lab, name in entity_mentions if lab == "ORG"]
    if not people and not bodies:
        return rows
    name_words = {w for _, _, n in people for w in name_key(n).split()}
    cue_re = _lex()[1]
    out = []
    for q in rows:
        spk, ss, se, typ = q.get("speaker"), q.get("speaker_start"), q.get("speaker_end"), q.get("speaker_type")
        if not spk or str(q.get("kind")) == "title":
            out.append(q)
            continue
        if ss is None or se is None:
            out.append(q)  # carried over: see carry_over
            continue
        words = normalize(spk).split()
        found, new_type, gender = None, None, None
        if any(w in name_words for w in name_key(spk).split()) or typ not in ("person", "unnamed", "organisation", "outlet"):
            pass
        elif typ in ("person", "unnamed"):
            head = strip_article(strip_proclitics(words[0], _speaker_types()))
            if (not _indefinite(words) and head not in _body_nouns()
                    and (typ == "person" or head in _title_words() or words[0] in _honorifics())):
                if len(words) == 1 and words[0] in _honorifics():
                    i = bisect.bisect_left(people, (ss,))
                    found = people[i - 1] if i else None
                else:
                    role = {_role_word(w) for w in words} - mentions.stop_words()
                    found = _appositive(text, se, people, cue_re) or (
                        _introduced_with(text, role, ss, people) if role else None)
                new_type, gender = "person", q.get("speaker_gender") or mentions._titles()[1].get(head, (None,))[0]
        elif len(words) <= 2 and words[0].startswith("ال") and all(w.startswith("ال") for w in words):
            noun = strip_article(words[0])
            if noun in _body_nouns():
                found, new_type = _body_before(text, noun, ss, bodies), typ
        if found is not None:
            change = {"speaker": found[2], "speaker_type": new_type,
                      "speaker_gender": gender if new_type == "person" else None}
            q = {**q, **change}
        out.append(q)
    return out


def speakers(quotes: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per speaker: type, gender, number of quotes and articles, first and last date.

    Spellings of one name (عبدالله / عبد الله, with or without diacritics) are one row, shown
    in the most frequent spelling; type and gender are the speaker's most frequent ones.
    Titles are not counted. Dates come from ``articles`` (joined on ``article_id``) or from a
    ``published`` column already in ``quotes``; they are NaT otherwise.

    Args:
        quotes: The table from :func:`quotes`.
        articles: Optional articles table with ``article_id`` and ``published``.

    Returns:
        A new DataFrame with the columns of ``schema.columns("speakers")``, most quoted first.

    Example:
        >>> q = pd.DataFrame({"article_id": ["a", "a", "b"], "speaker": ["بوتين", "بوتين", "ماكرون"], "kind": ["direct", "partial", "direct"]})
        >>> arts = pd.DataFrame({"article_id": ["a", "b"], "published": pd.to_datetime(["2020-09-30", "2024-12-31"])})
        >>> speakers(q, arts)[["speaker", "quotes", "articles", "first_published"]].values.tolist()
        [['بوتين', 2, 1, Timestamp('2020-09-30 00:00:00')], ['ماكرون', 1, 1, Timestamp('2024-12-31 00:00:00')]]
    """
    schema.require(quotes, ("article_id", "speaker"), "nl.speakers", table="quotes")
    if articles is not None:
        schema.require(articles, ("article_id",), "nl.speakers")
    q = quotes[quotes["speaker"].notna()]
    if "kind" in q.columns:
        q = q[(q["kind"].astype("string") != "title").fillna(True)]  # a quote of unknown kind counts
    extra = [c for c in ("speaker_type", "speaker_gender", "published") if c in q.columns]
    q = q[["article_id", "speaker", *extra]].copy()
    if articles is not None and "published" in articles.columns:
        q = q.drop(columns=["published"], errors="ignore").merge(
            articles[["article_id", "published"]].drop_duplicates("article_id"), on="article_id", how="left")
    if "published" not in q.columns:
        q["published"] = pd.NaT
    q["published"] = pd.to_datetime(q["published"], errors="coerce")
    if q.empty:
        return schema.stamp(schema.empty("speakers"), "speakers")
    # one row per person however the name is spelled (عبدالله / عبد الله, diacritics), shown
    # in its most frequent spelling
    q["_key"] = q["speaker"].map(name_key)
    shown = q.groupby("_key", sort=False)["speaker"].agg(lambda v: v.value_counts().index[0])
    g = q.groupby("_key", sort=False)

    def usual(col):
        if col not in q.columns:
            return [None] * len(shown)
        vals = g[col].agg(lambda v: v.dropna().astype(str).value_counts().index[0] if v.notna().any() else None)
        return vals.reindex(shown.index).tolist()

    out = pd.DataFrame({
        "speaker": shown.values,
        "speaker_type": usual("speaker_type"),
        "speaker_gender": usual("speaker_gender"),
        "quotes": g.size().reindex(shown.index).values,
        "articles": g["article_id"].nunique().reindex(shown.index).values,
        "first_published": g["published"].min().reindex(shown.index).values,
        "last_published": g["published"].max().reindex(shown.index).values,
    })
    out = out.sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable")
    return schema.stamp(schema.conform(out, "speakers"), "speakers")
