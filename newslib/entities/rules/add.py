"""Rules that add spans the model missed: names after titles, quoted names, agency credits,
gazetteer names, initialisms, and a name repeated elsewhere in the text."""

from __future__ import annotations

from newslib import arabic
from newslib.arabic import normalize
from newslib.entities.decode import _marg
from newslib.entities.features import _bare, _is_name_like, _key, _multi_first, _nat_country, _trigger_of
from newslib.entities.lexicon import Lexicon
from newslib.entities.rules.base import Spans, Text, merge

#: A title's name word needs at least this probability of being PER (the model's marginal).
TITLE_MARGINAL = 0.15
#: :func:`extend_names` goes on while a word's I-PER marginal is at least this.
EXTEND_MARGINAL = 0.35


def title_name(spans: Spans, t: Text, lex: Lexicon) -> Spans:
    """A name the model missed after a title (+ nationality adjectives) is a person (الرئيس الليتواني غيتاناس نوسيدا)."""
    words = t.words
    found = {i for a, b, _ in spans.items for i in range(a, b)}
    title_spans = []
    for (s0, s1), tagger in zip(t.sentences, t.lattices):
        for i in range(s0, s1):
            if _trigger_of(words[i]) != "PER":
                continue
            j = i + 1
            while j < s1 and j - i <= 3 and (_nat_country(words[j]) or normalize(words[j]) in lex.title_modifiers):
                j += 1
            if j >= s1 or j in found or not _is_name_like(words[j]):
                continue
            if _marg(tagger, "PER", j - s0) < TITLE_MARGINAL:
                continue
            e = j + 1
            while e < s1 and e - j < 4 and e not in found and _is_name_like(words[e]) and \
                    _marg(tagger, "PER", e - s0) >= TITLE_MARGINAL:
                e += 1
            title_spans.append((j, e, "PER"))
    return spans.replace(merge(spans.items, title_spans))


def quoted_name(spans: Spans, t: Text, lex: Lexicon) -> Spans:
    """A name in quotes after an institution or press noun is an ORG (وكالة «رويترز»), after a work noun a MISC (برنامج «الناس وأنا»)."""
    words = t.words
    found = []
    for i in [k - 1 for k, w in enumerate(words) if k and w in arabic.QUOTE_PAIRS]:
        w, close = words[i], arabic.QUOTE_PAIRS[words[i + 1]]
        noun = arabic.strip_article(_key(w))
        if _trigger_of(w) == "ORG" or noun in lex.press:
            lab = "ORG"
        elif noun in lex.work_nouns:
            lab = "MISC"
        else:
            continue
        for j in range(i + 2, min(i + 10, len(words))):
            if words[j] == close:
                # not a lone adjective: منظمة “إرهابية”, جمعية "خيرية"
                adjective = lab == "ORG" and j == i + 3 and normalize(words[i + 2]).endswith("يه") and \
                    not normalize(words[i + 2]).startswith("ال")
                if j > i + 2 and not adjective:
                    found.append((i + 2, j, lab))
                break
    return spans.replace(merge(spans.items, found), found) if found else spans


def agency(spans: Spans, t: Text, lex: Lexicon) -> Spans:
    """An agency credit in brackets is an ORG: (أ.ف.ب), (رويترز)."""
    words, found = t.words, []
    for i, w in enumerate(words):
        if w != "(":
            continue
        for j in range(i + 2, min(i + 9, len(words))):
            if words[j] == ")":
                inner = t.text[t.toks[i + 1][0]:t.toks[j - 1][1]]
                if inner in lex.agencies or inner.replace(" ", "") in lex.agencies:
                    found.append((i + 1, j, "ORG"))
                break
    return spans.replace(merge(spans.items, found), found) if found else spans


def _press_before(words, i: int, lex: Lexicon) -> bool:
    """Whether the name starting at ``words[i]`` is a title in quotes or follows a press noun
    (لـ«الشرق الأوسط», صحيفة الشرق الأوسط), so a newspaper rather than the place."""
    return i > 0 and (words[i - 1] in arabic.OPENING_MARKS or arabic.strip_article(_key(words[i - 1])) in lex.press)


def gazetteer(spans: Spans, t: Text, lex: Lexicon) -> Spans:
    """A multi-word gazetteer name is one LOC or ORG span (الولايات المتحدة, كوريا الجنوبية), unless it cuts a longer span or a quoted name."""
    words, found = t.words, []
    nxt = 0  # after a hit, look again after its last word
    for i in [i for i, w in enumerate(words) if _multi_first(w)]:
        if i < nxt:
            continue
        hit, first = None, _multi_first(words[i])
        for n in (5, 4, 3, 2):
            if i + n <= len(words):
                cand = " ".join([first, *(normalize(w) for w in words[i + 1:i + n])])
                if cand in lex.multi:
                    typ = lex.multi[cand]
                    if typ != "ORG" and _press_before(words, i, lex):
                        typ = "ORG"  # منطقة الشرق الأوسط, but لـ«الشرق الأوسط» and صحيفة الشرق الأوسط
                    hit = (i, i + n, typ)
                    break
        if not hit:
            continue
        overlap = [s for s in spans.items if s[0] < hit[1] and hit[0] < s[1]]
        inside = all(hit[0] <= a and b <= hit[1] for a, b, _ in overlap if (a, b, _) not in spans.announced)
        if inside and not any(s in spans.announced for s in overlap):
            found.append((hit[0], hit[1], "ORG" if hit[2] == "ORG" else "LOC"))
            nxt = hit[1]
    return spans.replace(merge(spans.items, found), found) if found else spans


def initialism(spans: Spans, t: Text, lex: Lexicon) -> Spans:
    """An initialism spelt with dots that the model cut into letters is one span (إن. بي. سي)."""
    words, letters = t.words, lex.letter_names
    if letters.isdisjoint(words):  # most texts: one pass in C
        return spans
    out = list(spans.items)
    runs, i, n = [], 0, len(words)
    while i < n:
        if words[i] not in letters:
            i += 1
            continue
        j = i + 1
        while j + 1 < n and words[j] == "." and words[j + 1] in letters:
            j += 2
        if j - i >= 3:  # at least two letters and the dot between them
            runs.append((i, j))
        i = j
    for a, b in runs:
        touch = [s for s in out if s[0] < b and a < s[1]]
        if not touch:
            continue
        lo, hi = min(a, *(s[0] for s in touch)), max(b, *(s[1] for s in touch))
        out = sorted([s for s in out if s not in touch] + [(lo, hi, touch[0][2])])
    return spans.replace(out)


def _singles(spans: Spans, words) -> dict[str, str]:
    """Bare word → label of the one-word PER/LOC/ORG spans the rules did not announce (first wins)."""
    single: dict[str, str] = {}
    for a, b, lab in spans.items:
        if b - a == 1 and lab in ("PER", "LOC", "ORG") and (a, b, lab) not in spans.announced:
            single.setdefault(_bare(words[a]), lab)
    return single


def _spread(spans: Spans, t: Text, single: dict[str, str]) -> Spans:
    """Tag each untagged word (3+ letters) whose bare form is in ``single`` with that label."""
    if not single:
        return spans
    taken = {i for a, b, _ in spans.items for i in range(a, b)}
    words, extra = t.words, []
    for i, k in enumerate(t.bare):
        lab = single.get(k)
        if lab and i not in taken and len(words[i]) >= 3:
            extra.append((i, i + 1, lab))
    return spans.replace(merge(spans.items, extra, override=False))


def consistency(spans: Spans, t: Text, lex: Lexicon) -> Spans:
    """A word tagged alone as an entity somewhere in the text is that entity everywhere (وزار بوتين … قال بوتين)."""
    return _spread(spans, t, _singles(spans, t.words))


def surnames(spans: Spans, t: Text, lex: Lexicon) -> Spans:
    """The last word of a multi-word person name, alone elsewhere, is that person (سفيتلانا تيخانوفسكايا … دعت تيخانوفسكايا)."""
    words = t.words
    long_names = [(a, b) for a, b, lab in spans.items if lab == "PER" and b - a >= 2]
    if not long_names:
        return spans
    single = _singles(spans, words)
    last: dict[str, str] = {}
    for a, b in long_names:
        if len(words[b - 1]) >= 3 and _is_name_like(words[b - 1]):
            k = _bare(words[b - 1])
            if k not in single:  # a word already tagged alone keeps that label (consistency's business)
                last.setdefault(k, "PER")
    return _spread(spans, t, last)


def extend_names(spans: Spans, t: Text, lex: Lexicon) -> Spans:
    """A person's last word the model was unsure of joins the name on a fair I-PER marginal (كيم جونغ أون).

    Not in :data:`~newslib.entities.rules.RULES` since the BiLSTM: it ran names on
    (محمد صلاح هدفين); dev F1 0.7607 without it → 0.7618. Kept for experiments: put it first.
    """
    words, out = t.words, []
    starts = {a for a, _, _ in spans.items}  # a set: a sentence of thousands of spans stays linear
    for (s0, s1), tagger in zip(t.sentences, t.lattices):
        for a, b, lab in spans.items:
            if not s0 <= a < s1:
                continue
            while lab == "PER" and b < s1 and b - a < 5 and b not in starts and _is_name_like(words[b]) and \
                    _marg(tagger, "PER", b - s0, inside=True) >= EXTEND_MARGINAL:
                b += 1
            out.append((a, b, lab))
    return spans.replace(sorted(out))
