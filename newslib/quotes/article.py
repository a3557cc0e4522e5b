"""An article's state: the one read-only record that every stage of quote finding looks at.

:func:`newslib.quotes.kinds.read_article` builds an :class:`Article` once per text (the marks, the
clause boundaries, the people of :mod:`newslib.mentions`, then the names among the marks), and no
stage changes it. The running memory of one pass over the article (the speakers seen so far) is
not article state: it is :class:`newslib.quotes.candidates.History`.

Example:
    >>> from newslib.quotes.kinds import read_article
    >>> art = read_article("قال وزير الخارجية عادل الجبير إن «الوضع مستقر». وأضاف: «نعم».")
    >>> [art.text[s.start:s.end] for s in art.spans], [p.canonical for p in art.people]
    (['الوضع مستقر', 'نعم'], ['عادل الجبير'])
    >>> _clause(art, 40)  # the clause around offset 40: up to the full stop
    (0, 46)
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType
from typing import Mapping

from newslib import mentions
from newslib.arabic import normalize
from newslib.quotes.lexicon import _BOUNDARY_RE
from newslib.quotes.marks import Span


_NONE: Mapping = MappingProxyType({})


@dataclass(frozen=True)
class Article:
    """One article's text and what is known of it before any quote is attributed.

    Attributes:
        text: The article's text.
        spans: The spans between marks (:func:`newslib.quotes.marks.mark_spans`), in order.
        starts: The open mark position of each span, sorted (for bisection).
        bounds: Clause boundaries outside the spans (:func:`_bounds`).
        people: People mentions of :func:`newslib.mentions.people`, in order.
        pstarts: Their start offsets.
        titles: Open mark position → span, for the spans that are names in marks.
        title_kinds: Open mark position → ``sure``, ``guess`` or ``person`` for those spans.
        person_spans: Open mark positions of people's names written in marks, in the order a set
            of them iterates (the order the rules have always looked at them).
        person_keys: Normalised names (and surnames) written in marks.
        expanded: A memo of :func:`_expand` (a pure function of the fields above), not state.

    ``people_keys`` (the normalised names and surnames of ``people``) is a cached property:
    only a span that looks like a name needs it.
    """

    text: str
    spans: tuple[Span, ...]
    starts: tuple[int, ...]
    bounds: tuple[int, ...]
    people: tuple
    pstarts: tuple[int, ...]
    titles: Mapping[int, Span] = field(default_factory=lambda: _NONE)
    title_kinds: Mapping[int, str] = field(default_factory=lambda: _NONE)
    person_spans: tuple[int, ...] = ()
    person_keys: frozenset[str] = frozenset()
    expanded: dict = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def people_keys(self) -> frozenset[str]:
        """Normalised canonical names (and surnames) of :attr:`people`."""
        return frozenset({normalize(p.canonical) for p in self.people}
                         | {normalize(p.canonical.split()[-1]) for p in self.people if p.canonical.split()})


def marked(text: str, spans: list[Span]) -> Article:
    """The :class:`Article` of ``text`` before names in marks are told apart (no ``titles`` yet)."""
    ppl = tuple(mentions.people(text))
    return Article(text, tuple(spans), tuple(s.open for s in spans), tuple(_bounds(text, spans)), ppl,
                   tuple(m.start for m in ppl))


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


def _inside(spans, starts, pos: int) -> bool:
    """True when ``pos`` lies strictly between the marks of one of ``spans`` (open positions ``starts``)."""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and spans[i].open < pos < spans[i].close


#: The most characters a clause reaches on either side of a position. Real news sentences stay far
#: below it (the longest of 142,840 SaudiNewsNet sentences has 2,179 characters); text with no
#: sentence end at all would otherwise make every cue scan to the end of the article (quadratic).
_MAX_CLAUSE = 2500


def _clause(ctx: Article, pos: int) -> tuple[int, int]:
    """(start, end) of the clause around pos: from the last boundary before to the next after."""
    i = bisect.bisect_left(ctx.bounds, pos)
    a = ctx.bounds[i - 1] + 1 if i > 0 else 0
    b = ctx.bounds[i] if i < len(ctx.bounds) else len(ctx.text)
    return max(a, pos - _MAX_CLAUSE), min(b, pos + _MAX_CLAUSE)


def _masked(ctx: Article, a: int, b: int, keep_titles: bool = False) -> list[tuple[int, int]]:
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


def _overlaps_quote(ctx: Article, s: int, e: int) -> bool:
    """True when [s, e) overlaps a quotation in marks (names in marks do not count)."""
    i = max(bisect.bisect_right(ctx.starts, s) - 1, 0)
    while i < len(ctx.spans) and ctx.spans[i].open < e:
        sp = ctx.spans[i]
        if s < sp.close and sp.open not in ctx.titles:
            return True
        i += 1
    return False


def _person_at(ctx: Article, s0: int, e0: int):
    """The first person mention starting within [s0 - 3, e0), or None."""
    j = bisect.bisect_left(ctx.pstarts, s0 - 3)
    while j < len(ctx.people) and ctx.people[j].start < e0:
        p = ctx.people[j]
        if p.start >= s0 - 3:
            return p
        j += 1
    return None


def _expand(ctx: Article, name: str) -> str:
    """The fullest form of ``name`` in the article: :func:`newslib.mentions.expand_name`, a longer
    name written in marks, or a longer name the article introduced with a title (memoised)."""
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
