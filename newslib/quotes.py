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
an outlet reporting a named person's words (ذكرت الوكالة أن كيم …)    0.8
cue after the quote («…»، قال X)                                      0.8
pro-drop verb, subject earlier in the same sentence                   0.75
pro-drop verb, the last speaker of the same gender                    0.65
pro-drop verb, the last person of the same gender                     0.5
no cue: a quotation continuing the last speaker's                     0.35
====================================================================  ==========

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
from newslib.arabic import ARABIC_LETTERS, normalize
from newslib.mentions import loose_pattern, noun_phrase, tokens

L = ARABIC_LETTERS
_MARK_RE = re.compile('[«»"“”„‟]')
#: Where a clause ends for the search of a cue: sentence punctuation or a paragraph break.
_BOUNDARY_RE = re.compile(r"[.!?؟\n]")
_FAMILY = {"«": "g", "»": "g", '"': "d", "“": "c", "”": "c", "„": "c", "‟": "c"}
_COMPLEMENTIZERS = frozenset(normalize(w) for w in ("إن", "أن", "إنه", "أنه", "إنها", "أنها", "بأن", "بأنه", "بأنها", "إنهم", "أنهم", "إننا", "أننا", "بأنهم", "إنّ", "أنّ"))
_SKIP_AFTER_CUE = frozenset(normalize(w) for w in ("أيضا", "أيضاً", "كذلك", "أمس", "اليوم", "بدوره", "بدورها", "بدورهم", "،", ",", "من", "جانبه", "جانبها", "جهته", "جهتها"))
_PUNCT = set("،,.:؛;!?؟()[]-–—")


@lru_cache(maxsize=1)
def _lex():
    cues = {}
    for r in lexicons.read("cue_verbs"):
        cues[normalize(r["form"])] = (r["lemma"], r["gender"], r["tense"])
    forms = sorted({r["form"] for r in lexicons.read("cue_verbs")}, key=len, reverse=True)
    cue_re = re.compile(f"(?<![{L}])(?P<pre>[وف]?)(?P<cue>{'|'.join(loose_pattern(f) for f in forms)})(?![{L}])")
    attrs = {}
    for r in lexicons.read("attribution"):
        attrs[normalize(r["phrase"].replace("ـ", ""))] = (r["kind"], r.get("gender") or None)
    phrases = sorted({r["phrase"].replace("ـ", "") for r in lexicons.read("attribution")}, key=len, reverse=True)
    glued = [p for p in phrases if p.endswith(" ل")]
    free = [p for p in phrases if not p.endswith(" ل")]
    attr_re = re.compile(f"(?<![{L}])(?P<pre>[وف]?)(?P<cue>(?:{'|'.join(loose_pattern(p) for p in glued)})|"
                         f"(?:{'|'.join(loose_pattern(p) for p in free)})(?![{L}]))")
    intro = frozenset(normalize(w) for w in lexicons.column("title_nouns", "noun"))
    names = frozenset(normalize(w) for w in lexicons.column("quoted_names", "name"))
    sources = {}
    for r in lexicons.read("sources"):
        sources[normalize(r["noun"])] = r.get("media") == "1"
    return cues, cue_re, attrs, attr_re, intro, names, sources


@dataclass
class Span:
    """A stretch between quote marks: content offsets and a flag ('' or 'unbalanced')."""

    start: int
    end: int
    open: int
    close: int
    flag: str = ""


def mark_spans(text: str) -> list[Span]:
    """Top-level spans between quote marks, content offsets (marks excluded).

    Nested marks stay inside their outer quote; a quotation whose paragraphs each reopen «
    is one span; a mark without its partner gives a best-effort span flagged 'unbalanced'.

    Example:
        >>> t = 'قال: «الأول «الداخلي» هنا\\n«والثاني». وكتب "نص'
        >>> [(t[s.start:s.end], s.flag) for s in mark_spans(t)]
        [('الأول «الداخلي» هنا\\n«والثاني', ''), ('نص', 'unbalanced')]
    """
    spans: list[Span] = []
    stack: list[tuple[str, int, str]] = []  # (family, position, char)
    last = 0  # position of the last mark seen
    for m in _MARK_RE.finditer(text):
        c, p = m.group(), m.start()
        fam = _FAMILY[c]
        if stack and text.find("\n", last, p) != -1:
            par_start = text.rfind("\n", 0, p) + 1
            last = p
            if c == stack[0][2] and not text[par_start:p].strip():
                # the newspaper habit: the same quotation goes on in a new paragraph
                del stack[1:]
                continue
            _unbalanced_open(text, stack[0][1], spans)
            stack.clear()
        last = p
        if fam == "g":
            if c == "«":
                stack.append((fam, p, c))
            else:
                idx = max((i for i, s in enumerate(stack) if s[0] == "g"), default=None)
                if idx is None:
                    _unbalanced_close(text, p, spans)
                    continue
                opened = stack[idx][1]
                del stack[idx:]
                if not stack:
                    _add(spans, text, opened + 1, p, opened, p + 1, "")
        elif stack and stack[-1][0] == fam:
            opened = stack.pop()[1]
            if not stack:
                _add(spans, text, opened + 1, p, opened, p + 1, "")
        else:
            stack.append((fam, p, c))
    if stack:
        _unbalanced_open(text, stack[0][1], spans)
    spans.sort(key=lambda s: s.start)
    return spans


def _add(spans, text, s, e, o, c, flag):
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append(Span(s, e, o, c, flag))


def _unbalanced_open(text: str, opened: int, spans) -> None:
    end = text.find("\n", opened)
    end = len(text) if end == -1 else end
    e = end
    while e > opened + 1 and text[e - 1] in " \t.،,":
        e -= 1
    _add(spans, text, opened + 1, e, opened, end, "unbalanced")


def _unbalanced_close(text: str, p: int, spans) -> None:
    start = text.rfind("\n", 0, p) + 1
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


@dataclass
class _Ctx:
    text: str
    spans: list[Span]
    starts: list[int]
    bounds: list[int]
    people: list
    pstarts: list[int]
    history: list = field(default_factory=list)  # (pos, _Speaker) of attributed quotes
    surnames: dict = field(default_factory=dict)


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
    starts = [s.open for s in spans]
    bounds = [m.start() for m in _BOUNDARY_RE.finditer(text) if not _inside(spans, starts, m.start())]
    ppl = mentions.people(text)
    ctx = _Ctx(text, spans, starts, bounds, ppl, [m.start for m in ppl])
    events: list[tuple[int, object]] = [(sp.start, sp) for sp in spans]
    for m in cue_re.finditer(text):
        if _inside(spans, starts, m.start()):
            continue
        ind = _indirect(ctx, m, cues)
        if ind is None:
            continue
        s, e = ind
        if any(sp.open < e and s < sp.close for sp in spans):
            continue
        events.append((s, (m, s, e)))
    events.sort(key=lambda x: x[0])
    items: list[tuple[int, dict]] = []
    for _, ev in events:
        if isinstance(ev, Span):
            sp = ev
            kind = _title_kind(ctx, sp, intro, names, cue_re)
            if kind:
                if include_titles:
                    items.append((sp.start, _row(text, sp.start, sp.end, "title", _Speaker(None), None,
                                                 0.9 if kind == "sure" else 0.5, sp.flag)))
                continue
            cue, spk = _attribute(ctx, sp.open, sp.close, cue_re, attrs, cues, sources)
            items.append((sp.start, _row(text, sp.start, sp.end, _kind(text, sp, ctx), spk, cue, spk.confidence, sp.flag)))
            pos = sp.start
        else:
            m, s, e = ev
            cue, spk = _attribute(ctx, s, s, cue_re, attrs, cues, sources, cue_match=m)
            items.append((s, _row(text, s, e, "indirect", spk, cue, spk.confidence, "")))
            pos = s
        if spk.name:
            ctx.history.append((pos, spk))
    items.sort(key=lambda x: x[0])
    return [dict(r, quote_id=i) for i, (_, r) in enumerate(items)]


def _row(text, s, e, kind, spk: _Speaker, cue, conf, flag) -> dict:
    return {"start": s, "end": e, "text": text[s:e], "kind": kind, "speaker": spk.name,
            "speaker_mention": spk.mention, "speaker_start": spk.start, "speaker_end": spk.end,
            "cue": cue, "confidence": round(float(conf), 2) if kind != "title" else conf, "flag": flag}


def _inside(spans: list[Span], starts: list[int], pos: int) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and spans[i].open < pos < spans[i].close


def _clause(ctx: _Ctx, pos: int) -> tuple[int, int]:
    """(start, end) of the clause around pos: from the last boundary before to the next after."""
    i = bisect.bisect_left(ctx.bounds, pos)
    a = ctx.bounds[i - 1] + 1 if i > 0 else 0
    b = ctx.bounds[i] if i < len(ctx.bounds) else len(ctx.text)
    return a, b


def _masked(ctx: _Ctx, a: int, b: int) -> list[tuple[int, int]]:
    """Pieces of text[a:b] outside quote spans."""
    out = []
    cur = a
    i = max(bisect.bisect_right(ctx.starts, a) - 1, 0)
    while i < len(ctx.spans) and ctx.spans[i].open < b:
        sp = ctx.spans[i]
        if sp.close > cur:
            if sp.open > cur:
                out.append((cur, min(sp.open, b)))
            cur = max(cur, sp.close)
        i += 1
    if cur < b:
        out.append((cur, b))
    return out


def _title_kind(ctx: _Ctx, sp: Span, intro, names, cue_re) -> str | None:
    text = ctx.text
    content = text[sp.start:sp.end]
    key = normalize(content)
    nwords = len(key.split())
    if key in names or (key.startswith("ال") and key[2:] in names):
        return "sure"
    before = tokens(text, max(0, sp.open - 60), sp.open)
    prev = [k for _, _, k in before if k not in ("ـ",)]
    if prev:
        last = prev[-1]
        for cand in _stems(last):
            if cand in intro and nwords <= 12:
                return "sure"
        # an introducing noun followed by an adjective: وكالة الأنباء السعودية «واس»
        if len(prev) >= 2 and nwords <= 4 and any(c in intro for c in _stems(prev[-2])) and last.startswith("ال"):
            return "sure"
        # the outlet spoken to: قال لـ«سبق»، صرح لـ"عكاظ"
        if last in ("ل", "لـ") and nwords <= 3:
            a, _ = _clause(ctx, sp.open)
            if any(cue_re.finditer(text, max(a, sp.open - 40), sp.open)):
                return "sure"
    if nwords <= 2 and not _has_cue(ctx, sp, cue_re):
        return "guess"
    return None


def _stems(k: str) -> list[str]:
    out = [k]
    for p in ("ول", "وب", "لل", "ال", "بال", "وال", "لل", "و", "ب", "ل", "ك"):
        if k.startswith(p) and len(k) - len(p) >= 2:
            rest = k[len(p):]
            out += [rest, "ال" + rest if not rest.startswith("ال") else rest[2:]]
    if k.startswith("ال"):
        out.append(k[2:])
    return out


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
    return "partial"


def _right_cue(ctx: _Ctx, pos: int, cue_re, attr_re):
    """A cue or attribution phrase right after a closing mark («…»، قال X / «…» بحسب X)."""
    text = ctx.text
    window = text[pos:pos + 40]
    stripped = window.lstrip(" ،,-–—")
    off = pos + len(window) - len(stripped)
    if off - pos > 4:
        return None
    for rx in (attr_re, cue_re):
        m = rx.match(text, off)
        if m:
            return m
    return None


def _attribute(ctx: _Ctx, qopen: int, qclose: int, cue_re, attrs, cues, sources, cue_match=None):
    """(cue lemma or phrase, _Speaker) for a quote whose marks sit at qopen…qclose."""
    text = ctx.text
    a, _ = _clause(ctx, qopen)
    left = None
    if cue_match is not None:
        left = ("verb", cue_match)
    else:
        best = None
        for s, e in _masked(ctx, a, qopen):
            for rx, kind in ((cue_re, "verb"), (_lex()[3], "attr")):
                for m in rx.finditer(text, s, e):
                    if best is None or m.start() > best[1].start() or (m.start() == best[1].start() and kind == "attr"):
                        best = (kind, m)
        left = best
    right = None
    if cue_match is None:
        r = _right_cue(ctx, qclose, cue_re, _lex()[3])
        if r is not None:
            right = ("attr" if r.re is _lex()[3] else "verb", r)
    cands = []
    if left:
        cands.append(_resolve_cue(ctx, left[0], left[1], qopen, cues, attrs, sources, after_quote=False, cue_match=cue_match))
    if right:
        cands.append(_resolve_cue(ctx, right[0], right[1], qopen, cues, attrs, sources, after_quote=True))
    cands = [c for c in cands if c is not None]
    if cands:
        explicit = [c for c in cands if c[1].name and c[1].confidence >= 0.8]
        cue, spk = (explicit or cands)[0]
        if not spk.name and len(cands) > 1:
            cue, spk = max(cands, key=lambda c: c[1].confidence)
        return cue, spk
    # no cue: a quotation opening a paragraph continues the last speaker's words
    if ctx.history:
        pos, last = ctx.history[-1]
        line_start = text.rfind("\n", 0, qopen) + 1
        if qopen - pos < 1500:
            conf = 0.35 if not text[line_start:qopen].strip() else 0.2
            return None, _Speaker(last.name, gender=last.gender, confidence=conf, person=last.person)
    return None, _Speaker(None, confidence=0.1)


def _resolve_cue(ctx: _Ctx, kind: str, m: re.Match, qopen: int, cues, attrs, sources, after_quote: bool, cue_match=None):
    text = ctx.text
    key = normalize(m.group("cue"))
    if kind == "verb":
        lemma, gender, tense = cues.get(key, (m.group("cue"), None, "past"))
        cue = lemma
    else:
        akind, gender = attrs.get(key, ("prep", None))
        cue = normalize(m.group("cue")) and m.group("cue")
        lemma, tense = cue, akind
    if kind == "attr" and tense == "self":
        spk = _prodrop(ctx, m.start(), gender, qopen)
        return cue, spk
    limit = qopen if not after_quote else _clause(ctx, m.end())[1]
    if kind == "verb" and tense == "participle":
        return cue, _prodrop(ctx, m.start(), gender, qopen)
    if kind == "verb" and not m.group("pre"):
        ante = _antecedent(ctx, m.start())
        if ante is not None:
            return cue, ante
    # subject after the cue
    spk = _subject_after(ctx, m.end(), limit, sources, verb=(kind == "verb"))
    if spk is not None:
        if kind == "verb":
            spk.confidence = 0.8 if after_quote else 0.9
            # an outlet reporting what a named person said or did
            if not spk.person and spk.media:
                rep = _reported_person(ctx, spk.end or m.end(), qopen if cue_match is None else qopen + 1)
                if rep is not None:
                    rep.confidence = 0.8
                    return cue, rep
        else:
            spk.confidence = 0.85
        if spk.person and gender in ("m", "f") and not spk.gender:
            spk.gender = gender
        return cue, spk
    if kind == "attr" and tense in ("prep", "noun") and tense != "noun":
        return cue, _Speaker(None, confidence=0.2)
    if kind == "attr" and tense == "noun":
        return cue, _prodrop(ctx, m.start(), gender, qopen)
    # subject before the verb: وكان الرئيس الليتواني غيتاناس نوسيدا قال
    i = bisect.bisect_left(ctx.pstarts, m.start()) - 1
    if i >= 0:
        p = ctx.people[i]
        gap = text[p.end:m.start()]
        if len(gap) <= 4 and not gap.strip(" قد") and not _inside(ctx.spans, ctx.starts, p.start):
            return cue, _person(p, 0.85)
    return cue, _prodrop(ctx, m.start(), gender, qopen)


def _person(p, conf) -> _Speaker:
    return _Speaker(p.canonical, p.text, p.start, p.end, p.gender, conf, person=True)


def _subject_after(ctx: _Ctx, pos: int, limit: int, sources, verb: bool):
    text = ctx.text
    toks = tokens(text, pos, min(limit, pos + 200))
    i = 0
    while i < len(toks) and (toks[i][2] in _SKIP_AFTER_CUE or toks[i][2] in ("ل", "لـ") and False):
        i += 1
    if i >= len(toks):
        return None
    s0, e0, k0 = toks[i]
    # a known person
    j = bisect.bisect_left(ctx.pstarts, s0 - 3)
    while j < len(ctx.people) and ctx.people[j].start <= e0:
        p = ctx.people[j]
        if p.start >= s0 - 3 and p.start < e0:
            spk = _person(p, 0.9)
            return spk
        j += 1
    if k0 in mentions.stop_words() or k0 in _COMPLEMENTIZERS or not ("\u0621" <= k0[0] <= "\u06ff") or len(k0) < 3:
        return None
    if re.search("(ها|هم|هما|كم|ته|تي)$", k0) and len(k0) > 4:
        return None
    if not verb:
        # after a preposition: the ل of وفقاً لـ may be written on the noun (لمعلقين)
        pass
    span = noun_phrase(text, s0)
    if span is None:
        return None
    s, e = span
    phrase = text[s:e]
    words = normalize(phrase).split()
    head = words[0]
    bare = head[2:] if head.startswith("ال") else head
    is_source = head in sources or bare in sources
    media = sources.get(head, sources.get(bare, False))
    if not is_source:
        surname = ctx.surnames.get(head)
        if surname:
            return _Speaker(surname, phrase, s, e, None, 0.9, person=True)
        if text[s:s + 2] == "ال":
            return None if verb else _Speaker(phrase, phrase, s, e, None, 0.85)
        # an unknown name: up to three words that are not ال-words
        name_end = e
        nt = tokens(text, s, e)
        kept = []
        for ts, te, tk in nt:
            if text[ts:ts + 2] == "ال" and (not kept or kept[-1][2] not in mentions.NAME_PARTICLES):
                if len(kept) >= 1:
                    kept.append((ts, te, tk))
                    break
                break
            kept.append((ts, te, tk))
        if kept:
            name_end = kept[-1][1]
        name = text[s:name_end]
        ctx.surnames[normalize(name.split()[-1])] = name
        spk = _Speaker(name, name, s, name_end, None, 0.9, person=True)
        spk.media = False
        return spk
    spk = _Speaker(phrase, phrase, s, e, None, 0.9, person=False)
    spk.media = media
    return spk


_Speaker.media = False


_RELATIVES = frozenset(("التي", "الذي", "الذين", "اللذين", "اللتين"))


def _antecedent(ctx: _Ctx, cue_pos: int):
    """For «… موسكو السابقة التي أعلنت …», the noun the relative pronoun refers back to."""
    text = ctx.text
    toks = tokens(text, max(0, cue_pos - 80), cue_pos)
    if not toks or toks[-1][2] not in _RELATIVES:
        return None
    for s, e, k in reversed(toks[:-1][-4:]):
        if k in _PUNCT:
            return None
        if text[s:s + 2] == "ال" or k in mentions.stop_words():
            continue
        j = bisect.bisect_left(ctx.pstarts, s - 3)
        if j < len(ctx.people) and ctx.people[j].start <= e and ctx.people[j].end >= e:
            return _person(ctx.people[j], 0.6)
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
                s1 = toks[n + 1][0]
                j = bisect.bisect_left(ctx.pstarts, s1 - 3)
                if j < len(ctx.people) and ctx.people[j].start <= toks[n + 1][1]:
                    return _person(ctx.people[j], 0.8)
            return None
    return None


def _agrees(g_person, g_verb) -> bool:
    return not g_verb or g_verb == "p" or not g_person or g_person == g_verb


def _prodrop(ctx: _Ctx, cue_pos: int, gender, qopen: int) -> _Speaker:
    text = ctx.text
    a, _ = _clause(ctx, cue_pos)
    # the subject earlier in the same sentence
    j = bisect.bisect_left(ctx.pstarts, a)
    while j < len(ctx.people) and ctx.people[j].start < cue_pos:
        p = ctx.people[j]
        if not _inside(ctx.spans, ctx.starts, p.start) and _agrees(p.gender, gender) and p.end <= cue_pos:
            return _Speaker(p.canonical, None, None, None, p.gender, 0.75, person=True)
        j += 1
    # the last speaker of the same gender
    for pos, s in reversed(ctx.history):
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


def _indirect(ctx: _Ctx, m: re.Match, cues) -> tuple[int, int] | None:
    """Span of the reported clause after a cue verb and إن/أن (indirect speech), or None."""
    text = ctx.text
    key = normalize(m.group("cue"))
    _, _, tense = cues.get(key, (None, None, "past"))
    a, b = _clause(ctx, m.start())
    toks = tokens(text, m.end(), min(b, m.end() + 160))
    for n, (s, e, k) in enumerate(toks[:14]):
        if k in _COMPLEMENTIZERS or (k in ("الى", "على") and n + 1 < len(toks) and toks[n + 1][2] in _COMPLEMENTIZERS):
            if k in ("الى", "على"):
                s, e, k = toks[n + 1]
            start = e
            if k in ("انه", "انها", "انهم", "اننا", "بانه", "بانها", "بانهم") and n + 1 < len(toks):
                pass
            while start < b and text[start].isspace():
                start += 1
            end = b
            # stop before a participle clause of the reporter: «، مشيراً إلى …»
            for s2, e2, k2 in tokens(text, start, b):
                if k2 in ("،", ","):
                    nxt = text[e2:e2 + 30].split()
                    if nxt and normalize(nxt[0]) in cues and cues[normalize(nxt[0])][2] == "participle":
                        end = s2
                        break
            while end > start and text[end - 1] in " ،,":
                end -= 1
            if len(text[start:end].split()) < 3:
                return None
            return start, end
        if (k in _PUNCT and k not in ("،", ",")) or k in ("«", "»", '"'):
            return None
    return None


# ---------------------------------------------------------------------------------------- tables
def quotes(articles: pd.DataFrame, *, include_titles: bool = False) -> pd.DataFrame:
    """The quotes table of ``articles``: one row per quotation, with its kind and speaker.

    Args:
        articles: The articles table (needs ``article_id`` and ``text``); not modified.
        include_titles: Also return names in marks (منتدى «…»، وكالة «رويترز») as kind ``title``.

    Returns:
        A new DataFrame with the columns of ``schema.columns("quotes")``; offsets point into
        each article's ``text`` (``text[start:end] == row.text``).

    Example:
        >>> arts = pd.DataFrame({"article_id": ["a"], "text": ["وقال بوتين في منتدى «أقاليم روسيا» إنه «لن يتراجع عن دعم مينسك». ووفقا لمعلقين فقد «اختار لوكاشينكو التجاهل»."]})
        >>> quotes(arts, include_titles=True)[["text", "kind", "speaker"]].values.tolist()
        [['أقاليم روسيا', 'title', <NA>], ['لن يتراجع عن دعم مينسك', 'partial', 'بوتين'], ['اختار لوكاشينكو التجاهل', 'partial', 'معلقين']]
    """
    from newslib.sentences import sentence_of, split_text

    rows = []
    for aid, text in zip(articles["article_id"].tolist(), articles["text"].tolist()):
        if not isinstance(text, str) or not text:
            continue
        found = find_quotes(text, include_titles=include_titles)
        if not found:
            continue
        sstarts = [s for s, _, _ in split_text(text)]
        for q in found:
            q["article_id"] = aid
            q["sentence_id"] = sentence_of(sstarts, q["start"]) if sstarts else None
            rows.append(q)
    if not rows:
        return schema.empty("quotes")
    return schema.conform(rows, "quotes")


def speakers(quotes: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per speaker: number of quotes and articles, first and last publication date.

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
    q = quotes[quotes["speaker"].notna()]
    if "kind" in q.columns:
        q = q[q["kind"].astype("string") != "title"]
    q = q[["article_id", "speaker", *(["published"] if "published" in q.columns else [])]].copy()
    if articles is not None and "published" in articles.columns:
        q = q.drop(columns=["published"], errors="ignore").merge(
            articles[["article_id", "published"]].drop_duplicates("article_id"), on="article_id", how="left")
    if "published" not in q.columns:
        q["published"] = pd.NaT
    q["published"] = pd.to_datetime(q["published"], errors="coerce")
    if q.empty:
        return schema.empty("speakers")
    g = q.groupby("speaker", sort=False)
    out = pd.DataFrame({
        "speaker": list(g.groups.keys()),
        "quotes": g.size().values,
        "articles": g["article_id"].nunique().values,
        "first_published": g["published"].min().values,
        "last_published": g["published"].max().values,
    })
    out = out.sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable")
    return schema.conform(out, "speakers")
