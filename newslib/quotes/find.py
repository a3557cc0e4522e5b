"""The rule pass over one article: marks, names in marks, cues and reported clauses in text
order, each quote attributed by the rules of :mod:`newslib.quotes.candidates`.

Example:
    >>> [(q["text"], q["kind"], q["speaker"], q["confidence"]) for q in find_quotes("قال الوزير: «نعم». وأضاف أن «الأمر انتهى».")]
    [('نعم', 'direct', 'الوزير', 0.9), ('الأمر انتهى', 'partial', 'الوزير', 0.65)]
"""

from __future__ import annotations

from newslib.arabic import normalize
from newslib.quotes.article import _inside, _overlaps_quote
from newslib.quotes.candidates import History, Speaker, _attribute
from newslib.quotes.clauses import _colon_speech, _indirect
from newslib.quotes.kinds import _kind, read_article, stray
from newslib.quotes.lexicon import _COMP_RE, cue_scan, lexicon
from newslib.quotes.marks import mark_spans
from newslib.quotes.rules import CONFIDENCE
from newslib.quotes.speaker_types import speaker_type

#: Private field of :func:`find_quotes`' rows that are speech after a cue and a colon without marks (kind
#: ``indirect``): :func:`newslib.quotes.resolve.attribute` chooses their speaker as a quotation's, then drops it.
COLON = "_colon"


def find_quotes(text: str, *, include_titles: bool = False) -> list[dict]:
    """Quotes of one text as dicts with the columns of the quotes table (no article_id); a reported row
    that is speech after a cue and a colon also holds the private field :data:`COLON` (``True``), which
    :func:`newslib.quotes.resolve.attribute` reads and drops.

    Example:
        >>> t = "ولفت لوكاشينكو إلى أن ماكرون «كان يجب أن يستقيل قبل عامين»."
        >>> [(q["text"], q["speaker"], q["cue"]) for q in find_quotes(t)]
        [('كان يجب أن يستقيل قبل عامين', 'لوكاشينكو', 'لفت')]
    """
    if not isinstance(text, str) or not text:
        return []
    lex = lexicon()
    cues, cue_re, attrs, attr_re, sources = lex.cues, lex.cue_re, lex.attrs, lex.attr_re, lex.sources
    spans = mark_spans(text)
    if not spans and not _COMP_RE.search(text) and text.find(":") == -1:
        return []  # no marks, no إن/أن, no colon: nothing can be a quote
    starts = tuple(s.open for s in spans)
    cue_ms, attr_ms = cue_scan(text)
    cue_matches = [m for m in cue_ms if not _inside(spans, starts, m.start())]
    if not spans and not cue_matches:
        return []  # no marks and no cue verb: no quote (before reading the article's people)
    ctx = read_article(text, spans)
    hist = History()
    events: list[tuple[int, int, object]] = []
    kinds = ctx.title_kinds
    # speech after a cue and a colon without marks is reported speech, as after إن/أن (the guideline's
    # direct quotation is a marked stretch); it gives way to a quotation in marks it holds, and keeps
    # inside it the speaker's own short terms in marks
    colon_at: dict[int, tuple[int, int] | None] = {}
    inner: set[int] = set()
    for m in cue_matches:
        if text.find(":", m.end(), m.end() + 90) != -1 and (cs := _colon_speech(ctx, m, cues)) is not None:
            held = [sp for sp in spans if cs[0] <= sp.open and sp.close <= cs[1] + 1]
            if any(_marked_quotation(text, sp, cs[0]) for sp in held):
                colon_at[m.start()] = None
            else:
                colon_at[m.start()] = cs
                inner.update(sp.open for sp in held)
    for i, sp in enumerate(spans):
        kind = kinds.get(sp.open)
        if kind:
            events.append((sp.start, 1, ("title", sp, "sure" if kind == "person" else kind)))
        elif sp.open not in inner and not stray(text, sp, spans[i - 1] if i else None):
            events.append((sp.start, 1, ("mark", sp)))
    colon_end = -1  # end of the last speech after a colon: a cue inside it is the speaker's own word
    for m in cue_matches:
        events.append((m.start(), 0, ("cue", m)))
        if m.start() < colon_end:
            continue
        if m.start() in colon_at:
            ind = colon_at[m.start()]
            colon_end = ind[1] if ind else colon_end
        else:
            ind = _indirect(ctx, m, cues)
        if ind is None:
            continue
        s, e = ind
        if m.start() not in colon_at and _overlaps_quote(ctx, s, e):
            continue
        events.append((s, 1, ("indirect", m, s, e, m.start() in colon_at)))
    for m in attr_ms:
        if not _inside(spans, starts, m.start()) and attrs.get(normalize(m.group("cue")), ("",))[0] == "noun":
            events.append((m.start(), 0, ("cue", m)))
    events.sort(key=lambda x: (x[0], x[1]))
    items: list[tuple[int, dict]] = []
    for pos, _, ev in events:
        if ev[0] == "cue":
            # resolved only if a pro-drop verb needs it (see _history)
            hist.add(ev[1].start(), ev[1])
            continue
        if ev[0] == "title":
            sp = ev[1]
            if include_titles:
                items.append((sp.start, _row(text, sp.start, sp.end, "title", Speaker(None), None,
                                             CONFIDENCE["title_sure" if ev[2] == "sure" else "title_guess"], sp.flag)))
            continue
        if ev[0] == "mark":
            sp = ev[1]
            cue, spk = _attribute(ctx, hist, sp.open, sp.close, cue_re, attrs, cues, sources)
            items.append((sp.start, _row(text, sp.start, sp.end, _kind(text, sp, ctx), spk, cue, spk.confidence, sp.flag)))
        else:
            kind, m, s, e, after_colon = ev
            cue, spk = _attribute(ctx, hist, s, s, cue_re, attrs, cues, sources, cue_match=m)
            row = _row(text, s, e, kind, spk, cue, spk.confidence, "")
            if after_colon:
                row[COLON] = True  # private: read by resolve.attribute, which drops it
            items.append((s, row))
        if spk.name:
            hist.add(pos, spk)
    items.sort(key=lambda x: x[0])
    rows = _without_overlaps(text, [r for _, r in items])
    return [dict(r, quote_id=i) for i, r in enumerate(rows)]


def _marked_quotation(text: str, sp, start: int) -> bool:
    """Marks inside speech after a colon that hold the quotation itself: paired, they open the speech, after
    إن/أن at most (قال: إنني «…»), or hold four words or more; shorter ones further on are the speaker's terms
    (مقرا «لوحدة السجن»، تطبيق «سبق» أصبح …)."""
    if sp.flag:
        return False  # a mark without its partner: where its quotation begins or ends is a guess
    lead = text[start:sp.open].split()
    if not lead or len(lead) == 1 and normalize(lead[0]).startswith("ان"):  # normalize folds إ/أ to ا
        return True
    return len(text[sp.start:sp.end].split()) >= 4


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
    """``row`` cut to text[s:e] without the spaces and marks at its ends, or None when nothing is left."""
    while s < e and (text[s].isspace() or text[s] in "«»“”„\""):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in "«»“”„\""):
        e -= 1
    return dict(row, start=s, end=e, text=text[s:e]) if e > s else None


def _row(text, s, e, kind, spk: Speaker, cue, conf, flag) -> dict:
    """One row of the quotes table (no article_id) for text[s:e]."""
    typ = speaker_type(spk.name, person=spk.person, media=spk.media) if kind != "title" else None
    return {"start": s, "end": e, "text": text[s:e], "kind": kind, "speaker": spk.name,
            "speaker_mention": spk.mention, "speaker_start": spk.start, "speaker_end": spk.end,
            "speaker_type": typ, "speaker_gender": spk.gender if typ == "person" else None,
            "cue": cue, "confidence": round(float(conf), 2), "flag": flag}
