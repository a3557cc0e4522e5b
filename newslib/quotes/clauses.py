"""Where cues and reported clauses sit around a quote: the cue after the marks, the cues before
them and the one that governs, and the reported clause after a cue and a colon or إن/أن.

Example:
    >>> from newslib.quotes.kinds import read_article
    >>> art = read_article("وأكد الوزير أن الاقتصاد ينمو بسرعة كبيرة هذا العام.")
    >>> m = lexicon().cue_re.search(art.text)
    >>> s, e = _indirect(art, m, lexicon().cues)
    >>> art.text[s:e]
    'الاقتصاد ينمو بسرعة كبيرة هذا العام'
"""

from __future__ import annotations

import re

from newslib.arabic import normalize
from newslib.mentions import tokens
from newslib.quotes.article import Article, _clause, _inside, _masked
from newslib.quotes.lexicon import _COMMA_RE, _COMP_RE, _COMPLEMENTIZERS, _reported_gap, lexicon
from newslib.quotes.marks import _MARK_RE


def _right_cue(ctx: Article, pos: int, cue_re, attr_re):
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


def _left_cues(ctx: Article, a: int, qopen: int, cue_re, attr_re, attrs):
    verbs, preps, nouns = [], [], []
    for s, e in _masked(ctx, a, qopen):
        for m in cue_re.finditer(ctx.text, s, e):
            verbs.append(m)
        for m in attr_re.finditer(ctx.text, s, e):
            kind = attrs.get(normalize(m.group("cue")), ("prep", None))[0]
            (nouns if kind == "noun" else preps).append(m)
    return verbs, preps, nouns


def _governing(ctx: Article, verbs: list, qopen: int):
    """The verb whose reported clause holds the quote: the earliest one followed by إن/أن."""
    for n, v in enumerate(verbs):
        stop = verbs[n + 1].start() if n + 1 < len(verbs) else qopen
        for s, e in _masked(ctx, v.end(), stop):
            if _COMP_RE.search(ctx.text, s, e):
                return v
    return verbs[-1] if verbs else None


def _clause_end(ctx: Article, start: int, b: int, cues) -> int:
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
    if end > start and _MARK_RE.match(text, end - 1) and not any(sp.close == end and not sp.flag for sp in ctx.spans):
        end -= 1  # a stray closing mark (… خصوصا أن الوقت ضيق".), not one that closes a pair (“عنصري”)
        while end > start and text[end - 1] in " ،,.":
            end -= 1
    return end


def _colon_speech(ctx: Article, m: re.Match, cues) -> tuple[int, int] | None:
    """Span of the speech after a cue and a colon without marks (وتابع: عند موعد السداد …), or None:
    reported speech (``indirect``) as after إن/أن, since a direct quotation is a marked stretch."""
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
    if any(k in _COMPLEMENTIZERS for _, _, k in toks) or lexicon().cue_re.search(text, m.end(), colon):
        return None
    start = colon + 1
    while start < b and text[start].isspace():
        start += 1
    if start >= b or _MARK_RE.match(text, start) or text[start].isdigit():  # قال: «…» and قال:» …» are marked
        return None
    first = tokens(text, start, min(b, start + 20))
    if not first or first[0][2] in _COMPLEMENTIZERS:
        return None
    end = _clause_end(ctx, start, b, cues)
    if len(text[start:end].split()) < 3:
        return None
    return start, end


def _indirect(ctx: Article, m: re.Match, cues) -> tuple[int, int] | None:
    """Span of the reported clause after a cue verb and إن/أن (indirect speech), or None."""
    text = ctx.text
    a, b = _clause(ctx, m.start())
    c = _COMP_RE.search(text, m.end(), min(b, m.end() + 100))
    if c is None:
        return None
    if not _reported_gap(text[m.end():c.start()]):
        return None
    start = c.end()
    while start < b and text[start].isspace():
        start += 1
    end = _clause_end(ctx, start, b, cues)
    if len(text[start:end].split()) < 3:
        return None
    return start, end
