"""Stage 1, the marks: spans of text between quote marks, nested, reopened or unbalanced.

The marks and their families are :data:`newslib.arabic.QUOTE_MARK_FAMILIES`; a paragraph break
closes every open mark, except the newspaper habit of reopening « at each paragraph of a long
quotation.

Example:
    >>> [(s.start, s.end, s.flag) for s in mark_spans("قال: «نعم» ثم «لا")]
    [(6, 9, ''), (15, 17, 'unbalanced')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import wraps

from newslib.arabic import QUOTE_MARK_FAMILIES

_MARK_RE = re.compile("[" + "".join(QUOTE_MARK_FAMILIES) + "]")
_FAMILY = QUOTE_MARK_FAMILIES

#: Paragraph breaks, including the runs of spaces that stand for them in some crawled outlets.
_PARA_BREAK_RE = re.compile(r"\n|[ \t\u00a0]{3,}")

_SPACE_OR_START = set(" \t\n(\u200f\u200e[")

_CLITIC_BEFORE = set("وبلكف") | {"ـ"}


@dataclass(frozen=True)
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
    Straight and curly quotes, which outlets use either way round, are paired by their spacing;
    so are the guillemets some outlets type the wrong way (و»أحمد» opens, « standing apart closes
    an open «), and a quotation opened by one family and closed by another («…" and "…»).

    Example:
        >>> t = 'قال: «الأول «الداخلي» هنا\\n«والثاني». وكتب "طريق "شرورة" مفتوح" ثم "نص'
        >>> [(t[s.start:s.end], s.flag) for s in mark_spans(t)]
        [('الأول «الداخلي» هنا\\n«والثاني', ''), ('طريق "شرورة" مفتوح', ''), ('نص', 'unbalanced')]
    """
    return list(_mark_spans(text))  # each caller gets its own list of the (frozen) spans


def remember_last(fn):
    """``fn`` remembering its last call only, by the identity of its arguments: the quote stages
    (the rule pass, the marks classifier, the ranker) read the same article one after another.
    One (arguments, value) pair read and replaced whole, so threads sharing the module never get
    one article's value for another's text."""
    last: list = [None]

    @wraps(fn)
    def wrapper(*args):
        hit = last[0]
        if hit is not None and len(hit[0]) == len(args) and all(a is b for a, b in zip(hit[0], args)):
            return hit[1]
        value = fn(*args)
        last[0] = (args, value)
        return value

    return wrapper


@remember_last
def _mark_spans(text: str) -> tuple[Span, ...]:
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
        if idx == 0:
            inner.clear()

    inner: list[Span] = []  # the quotations closed right inside the outermost open mark

    last = 0  # position of the last mark seen
    for m in _MARK_RE.finditer(text):
        c, p = m.group(), m.start()
        fam = _FAMILY[c]
        left_open = ""  # the family of a quotation the paragraph break before this mark left open
        if stack and _PARA_BREAK_RE.search(text, last, p):
            par_start = _par_start(text, p)
            last = p
            if c == stack[0][2] and not text[par_start:p].strip():
                # the newspaper habit: the same quotation goes on in a new paragraph
                cut(1)
                continue
            _open_never_closed(text, stack[0][1], inner, spans)
            left_open = stack[0][0] if len(stack) == 1 else ""
            cut(0)
        last = p
        if fam == "g":
            if c == "«" and fam_idx.get("g") and _closing_guillemet(text, p):
                pass  # « جتك الأخبار «، : a « typed for the closing mark of the open one
            elif c == "«" or _guillemet_opens(text, p, bool(fam_idx.get("g"))):
                push((fam, p, c))
                continue
            idx = fam_idx["g"][-1] if fam_idx.get("g") else None
            if idx is None:
                if len(stack) == 1 and stack[0][0] != "g":  # (a » spaced as opening opened above)
                    idx = 0  # "…» : a straight or curly quotation closed by a guillemet, as «…" is below
                else:
                    _unbalanced_close(text, p, spans)
                    continue
        else:
            same = fam_idx.get(fam) or []
            orient = "close" if c == "″" else _orientation(text, p)
            if left_open == fam and orient == "" and _closes_last_paragraph(text, p):
                continue
            if stack and stack[-1][1] == p - 1 and stack[-1][2] == c and orient != "close":
                push((fam, p, c))  # a mark typed twice (وأضاف ""فيفا" ستكون …"): a quotation opens on a name in marks
                continue
            if orient == "open" and len(stack) == 1 and stack[0][0] == fam and (
                    (resumed := _writer_resumes(text, stack[0][1] + 1, p)) is not None):
                # a new quotation after a colon, or after the writer's cue past a clause's end (…وحلفائهم، لافتا
                # إلى أن … لكن "بأعداد صغيرة"), while one of the same marks is open: that one's closing mark is missing
                _unbalanced_open(text, stack[0][1], spans, resumed)
                cut(0)
                push((fam, p, c))
                continue
            if not same or orient == "open" and not (stack and stack[-1][0] == fam and orient == ""):
                if orient == "close" and not same:
                    if not stack and _opens_misspaced(text, p, c):
                        push((fam, p, c))  # «الأربع" لمواجهة التطرف …"»: an opening mark typed against the word before
                    elif not stack:
                        _unbalanced_close(text, p, spans)
                    elif len(stack) == 1 and stack[0][2] == "«" and _no_guillemet_close(text, p):
                        # «…" : a guillemet closed by a straight or curly mark, no » after it before the next «
                        _add(spans, text, stack[0][1] + 1, p, stack[0][1], p + 1, "")
                        cut(0)
                    continue
                if orient == "open" or not same:
                    push((fam, p, c))
                    continue
            idx = same[-1]
        opened = stack[idx][1]
        cut(idx)
        if not stack:
            _add(spans, text, opened + 1, p, opened, p + 1, "")
        elif len(stack) == 1:
            inner.append(Span(opened + 1, p, opened, p + 1))
    if stack:
        _open_never_closed(text, stack[0][1], inner, spans)
    spans.sort(key=lambda s: s.start)
    return tuple(spans)


def _closing_guillemet(text: str, p: int) -> bool:
    """A « standing apart, a space before it and a space or a stop after it (« المكان … الأهالي «، بينما):
    with a « open, it closes that one, as some outlets type it."""
    return (p == 0 or text[p - 1].isspace()) and (p + 1 >= len(text) or text[p + 1].isspace() or text[p + 1] in ".,،:;؛")


def _guillemet_opens(text: str, p: int, open_g: bool) -> bool:
    """A » that opens a quotation, as some outlets type it (و»أحمد أبو الذهب»، لـ»المدينة»): a word right
    after it and a space, a clitic or ـ before it; after a colon, a space between or not (قال:» العيد …»); or,
    no « being open, glued between two words with the next mark of the paragraph a » (البلاد»عينت فلانا قنصلا».)."""
    if _orientation(text, p) == "open":
        return True
    before = text[max(0, p - 3):p].rstrip()
    if before.endswith(":") and text[p + 1:p + 3].lstrip()[:1].isalpha():
        return True  # واستطرد العم عبدالله:» العيد اختلف …
    if open_g or p == 0 or p + 1 >= len(text) or not (text[p - 1].isalpha() and text[p + 1].isalpha()):
        return False
    m = _MARK_RE.search(text, p + 1, _par_end(text, p))
    return m is not None and m.group() == "»"


def _opens_misspaced(text: str, p: int, c: str) -> bool:
    """A straight or curly mark that looks closing with none open (a word before it, a space and a word after)
    while the next mark of its family in the paragraph can close it: an opening mark typed against the
    word before (الدول الأربع" لمواجهة التطرف …" والتصدي). Not when that next mark stands apart (اليمن” وأنّ
    ” الميليشيات … للسلطة”): it opens the quotation a later mark closes, and this one closes nothing."""
    fam = _FAMILY[c]
    after = text[p + 1:p + 3]
    if len(after) < 2 or not after[0].isspace() or not after[1].isalpha():
        return False  # a word must follow, not a stop (…الاتحاد". من جهته)
    end = _par_end(text, p)
    partner = None
    for m in _MARK_RE.finditer(text, p + 1, end):
        if _FAMILY[m.group()] != fam:
            continue
        if partner is not None:
            return _orientation(text, m.start()) == "open"  # a later mark closes the one standing apart
        q = m.start()
        if m.group() != "″" and _orientation(text, q) == "open":
            return False
        if not (text[q - 1].isspace() and q + 1 < len(text) and text[q + 1].isspace()):
            return True
        partner = q
    return partner is not None


def _no_guillemet_close(text: str, p: int) -> bool:
    """No » closes an open « after position p in its paragraph before another « opens."""
    end = _par_end(text, p)
    close = text.find("»", p, end)
    if close == -1:
        return True
    nxt = text.find("«", p, end)
    return nxt != -1 and nxt < close


def _closes_last_paragraph(text: str, p: int) -> bool:
    """A symmetric mark at a paragraph's start with a space after it: right after a paragraph that left
    a quotation of its family open (the caller checks), the closing mark of that quotation carried
    over by a line break (…الصحيح.\n” وأضاف “…). It opens nothing."""
    if p + 1 >= len(text) or not text[p + 1].isspace():
        return False
    par = _par_start(text, p)
    return par > 0 and not text[par:p].strip()


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


#: What a span's content neither starts nor ends with: spaces, and the marks of a name that opens or
#: closes the quotation (""فيفا" ستكون …") — the guideline's spans have no mark or space at their edges.
_EDGE = set(" \t\n\u00a0") | set(QUOTE_MARK_FAMILIES)


def _add(spans, text, s, e, o, c, flag):
    while s < e and text[s] in _EDGE:
        s += 1
    while e > s and text[e - 1] in _EDGE:
        e -= 1
    if e > s:
        spans.append(Span(s, e, o, c, flag))


#: A sentence's end inside a paragraph: one full stop after a word of two letters or more (not an ellipsis,
#: not د. before a name), then a space and a letter.
_SENTENCE_END_RE = re.compile(r"(?<=[^\W\d_][^\W\d_])\.(?=[ \t\u00a0]+[^\W\d_])")


def _unbalanced_open(text: str, opened: int, spans, limit: int | None = None) -> None:
    """The span of a mark opened at ``opened`` and never closed: up to the end of its paragraph (or
    ``limit``), or of its first sentence when the paragraph goes on with a verb of saying or an
    attribution: the writer's text resumes after a quotation whose closing mark is missing
    (قالت المصادر إن «المسلحين قصفوا … الجرحى. وقصف المتمردون أيضا، حسب المصادر …)."""
    end = _open_end(text, opened, limit)
    e = end
    while e > opened + 1 and text[e - 1] in " \t.،,":
        e -= 1
    _add(spans, text, opened + 1, e, opened, end, "unbalanced")


def _open_never_closed(text: str, opened: int, inner: list[Span], spans) -> None:
    """An outermost mark at ``opened`` that no mark closed, holding the quotations ``inner``: it ends where
    the writer's text resumes before the first of them (a clause end before a verb of saying, a colon:
    من «تفكيك خلية … (شمال)، وأضافت وزارة الداخلية: إن … بـ»قادة» لتنظيم داعش), which are then quotations
    of their own; else it runs on as :func:`_unbalanced_open` reads it and keeps them nested."""
    resumed = _writer_resumes(text, opened + 1, inner[0].open) if inner else None
    if resumed is not None and text[resumed] == ":":
        # وقال: «هناك فرق … قضائيًا، وأضاف: «يرجع …: the clause end before the cue, not its colon
        resumed = _writer_resumes(text, opened + 1, resumed) or resumed
    if resumed is None:
        _unbalanced_open(text, opened, spans)
        return
    _unbalanced_open(text, opened, spans, min(resumed, _open_end(text, opened)))
    for sp in inner:
        _add(spans, text, sp.start, sp.end, sp.open, sp.close, "")


def _open_end(text: str, opened: int, limit: int | None = None) -> int:
    """Where :func:`_unbalanced_open` ends the span of a mark opened at ``opened`` and never closed."""
    end = _par_end(text, opened) if limit is None else limit
    m = _SENTENCE_END_RE.search(text, opened + 1, end)
    if m and _attributes(text, m.end(), end):
        end = m.start()
    return end


def _writer_resumes(text: str, s: int, p: int) -> int | None:
    """Where the writer's text resumes in text[s:p], before an opening mark at ``p``: a colon right before
    the mark, or the clause end (، . ؛) before the first verb of saying or attribution that opens a clause
    there; None when there is neither (the new mark may be nested in the open quotation)."""
    from newslib.quotes.lexicon import lexicon  # the lexicon module reads this one

    before = text[s:p].rstrip()
    if before.endswith(":"):
        return s + before.rfind(":")
    lex = lexicon()
    for rx in (lex.cue_re, lex.attr_re):
        for m in rx.finditer(text, s, p):
            lead = text[s:m.start()].rstrip()
            if lead and lead[-1] in "،,.؛;":
                return s + len(lead) - 1
    return None


def _attributes(text: str, s: int, e: int) -> bool:
    """text[s:e] holds a verb of saying or an attribution (قال، أعلن، حسب، وفقا لـ): the writer's own text."""
    from newslib.quotes.lexicon import lexicon  # the lexicon module reads this one

    lex = lexicon()
    return lex.cue_re.search(text, s, e) is not None or lex.attr_re.search(text, s, e) is not None


def _unbalanced_close(text: str, p: int, spans) -> None:
    """The span of a closing mark at ``p`` whose opening one is missing: from its paragraph's start, the end
    of the quotation before it there, or a colon; from the paragraph's start, after the verb of saying and
    its إن/أن that open the paragraph (:func:`_after_report`)."""
    start = par = _par_start(text, p)
    if spans and spans[-1].close <= p:  # never reach back into the previous quotation
        start = max(start, spans[-1].close)
    colon = text.rfind(":", start, p)
    if colon != -1:
        start = colon + 1
    elif start == par:
        start = _after_report(text, start, p)
    _add(spans, text, start, p, start, p + 1, "unbalanced")


def _after_report(text: str, s: int, e: int) -> int:
    """Where the words of a quotation whose opening mark is missing begin in text[s:e]: after the first
    verb of saying and its إن/أن there, as a reported clause reads them (at most 13 words between, no stop
    or mark; not لأن nor بعد/قبل أن: وقال مشايخ القبائل، في بيان، إن كل ما ورد … الضيقة".), else ``s``."""
    from newslib.quotes.lexicon import _COMP_RE, _reported_gap, lexicon  # the lexicon module reads this one

    for m in lexicon().cue_re.finditer(text, s, e):
        c = _COMP_RE.search(text, m.end(), min(e, m.end() + 100))
        if c is None or c.group() == "لأن":
            continue
        gap = text[m.end():c.start()]
        last = gap.split()[-1:]
        if _reported_gap(gap) and not (last and last[0] in _TIME_BEFORE_COMP):
            start = c.end()
            while start < e and (text[start] in "،, " or "\u064b" <= text[start] <= "\u0652"):
                start += 1  # أنّ، إن ّالصاروخ، ان، مدينة
            return start
    return s


#: Words that make إن/أن after them a time clause, not what was said (بعد أن وقع العقد).
_TIME_BEFORE_COMP = frozenset({"بعد", "قبل", "منذ", "حتى", "إلى", "الى"})
