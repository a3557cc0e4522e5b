"""Rules that trim, relabel or drop spans: what a news reader knows the model got wrong."""

from __future__ import annotations

import re
from collections import Counter

from newslib import arabic
from newslib.arabic import normalize
from newslib.entities.features import _bare, _head_before, _key, _nat_country, _stem, _train_gaz, _trigger_of, known_name
from newslib.entities.lexicon import Lexicon, _written
from newslib.entities.rules.base import Spans, Text
from newslib.mentions import NAME_PARTICLES, not_name_word


def title_prefix(spans: Spans, t: Text, lex: Lexicon) -> Spans:
    """A title or nationality adjective before a person's name is not part of it (نظيره البيلاروسي ألكسندر لوكاشينكو)."""
    words, out = t.words, []
    for a, b, lab in spans.items:
        while lab == "PER" and b - a > 1 and _key(words[a]).startswith("ال") and (
                _nat_country(words[a]) or _trigger_of(words[a]) or normalize(words[a]) in lex.title_modifiers):
            a += 1
        out.append((a, b, lab))
    return spans.replace(out)


def _known_name(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` (or it without و/ف) is a name the training data, the first names or the gazetteer know (لي، فؤاد)."""
    k = normalize(word)
    return any(known_name(w, lex) for w in ((k, k[1:]) if k[:1] in "وف" else (k,)))


#: Letters of a past verb's three root letters after ف: no long vowel, no ة/ه (فغمز, not فقيه، فتيل).
_FA_VERB_RE = re.compile("^ف[^اويىةه]{3}$")


def _conjoined_verb(words, i: int, lex: Lexicon) -> bool:
    """Whether ``words[i]``, after a family name with ال, is ف and a past verb of three root
    letters that is no known name (عبدالله العلويط فغمز): a family name with ف after it has a
    long vowel (فقيه، فنجان، فتيل) or is known (فهد)."""
    prev = _written(words[i - 1]) if i else ""
    if not (prev.startswith("ال") and len(prev) > 3) or not _FA_VERB_RE.match(normalize(words[i])):
        return False
    return not _known_name(words[i], lex)


def _addressee(words, i: int, lex: Lexicon) -> bool:
    """Whether ``words[i]`` is ل/ب and an outlet, a press noun, a common noun or the first letter
    of an initialism: the one spoken to or through (أوباميانغ لبي بي سي، فلين لصحيفة), never a
    name's word (but هاربر لي، جاك ليو، أحمد بان are names)."""
    k = normalize(words[i])
    if k[:1] not in "لب" or len(k) < 3:
        return False
    rest = k[1:]
    # the next word a letter too, but not one that is also a particle (جاك ليو إن …)
    initialism = (_written(words[i])[1:] in lex.letter_names and i + 1 < len(words) and words[i + 1] in lex.letter_names
                  and _written(words[i + 1]) not in lex.function_words)
    return ((len(rest) >= 3 and rest in lex.outlets) or arabic.strip_article(rest) in lex.press or initialism
            or not_name_word(words[i][1:]))


def edge_junk(words, i: int, label: str, lex: Lexicon, *, end: bool) -> bool:
    """Whether word ``i``, at the edge of a ``label`` span, is no part of the name.

    A word of ``name_stop.tsv`` (particles, negations, verbs, with و/ف or not: ليس، سوف، اختير،
    فإن), but not a letter of an initialism (إن. بي. سي), nor a first word after a title (الشيخ
    طلب الجميلي). For a person also a common noun that is
    no word of a name (:func:`newslib.mentions.not_name_word`: استضافة، برنامج); at the end also
    a lone listed organisation (خليل الخليل داعش) and ف with a past verb after a family name
    (عبدالله العلويط فغمز). An organisation loses only particles and verbs: its names hold verbal
    nouns (هيئة الاستثمار). A word the training data or the first names know as a name stays
    (هاربر لي), and so does a word after بن، أبو، آل (زين العابدين بن على).

    Args:
        words: The text's words.
        i: The word at the edge.
        label: The span's label.
        lex: The word lists.
        end: Whether ``i`` is the span's last word (else its first).

    Returns:
        True when the word should be trimmed off the span.

    Example:
        >>> from newslib.entities.lexicon import lexicon
        >>> w = "اختير أوباميانغ ، ترامب ليس ، عبدالله العلويط فغمز ، خليل الخليل داعش".split()
        >>> [w[i] for i in range(len(w)) if edge_junk(w, i, "PER", lexicon(), end=i > 0)]
        ['اختير', 'ليس', 'فغمز', 'داعش']
    """
    w = words[i]
    if end and i > 0 and normalize(words[i - 1]) in NAME_PARTICLES:
        return False  # زين العابدين بن على: a name's word after بن
    if not end and i > 0 and _trigger_of(words[i - 1]) == "PER":
        return False  # الشيخ طلب الجميلي: after a title, a name (طلب) that is also a verb
    if _written(w) in lex.name_stop:
        # إن. بي. سي: a letter of an initialism; هاربر لي: a name that is also a particle (but the
        # hamza of فإن، بأن is the particle's, not فان's)
        return w not in lex.letter_names and (not _known_name(w, lex) or any(c in _written(w) for c in "أإآ"))
    if label != "PER":
        return False
    if not_name_word(w):
        return True
    return end and ((lex.gaz.get(_bare(w)) == "ORG" and not _train_gaz().get(_bare(w), "").startswith("PER"))
                    or _conjoined_verb(words, i, lex))


def edge_word(spans: Spans, t: Text, lex: Lexicon) -> Spans:
    """A verb, particle or common noun at the edge of a name (:func:`edge_junk`), or ل + an outlet after a person's name, is not part of it (اختير أوباميانغ, أوباميانغ لبي بي سي)."""
    words, out = t.words, []
    for a, b, lab in spans.items:
        if lab in ("PER", "ORG") and (a, b, lab) not in spans.announced:
            if lab == "PER":
                b = next((i for i in range(a + 1, b) if _addressee(words, i, lex)), b)
            while b - a > 1 and edge_junk(words, b - 1, lab, lex, end=True):
                b -= 1
            while b - a > 1 and edge_junk(words, a, lab, lex, end=False):
                a += 1
        out.append((a, b, lab))
    return spans.replace(out)


def gaz_label(spans: Spans, t: Text, lex: Lexicon) -> Spans:
    """A lone listed country or city is a LOC, a lone listed organisation an ORG, unless training data says otherwise (برشلونة the club)."""
    # a lone country or city name is a place (97% of them in ANERcorp train), not ORG/PER
    words, gz, tg, ann = t.words, lex.gaz, _train_gaz(), spans.announced
    out = [(a, b, "LOC") if b - a == 1 and lab in ("ORG", "PER") and (a, b, lab) not in ann and
           gz.get(k := _bare(words[a])) in ("COUNTRY", "CITY") and
           not tg.get(k, "LOC").startswith(("ORG", "PER")) else (a, b, lab)
           for a, b, lab in spans.items]
    # and a lone organisation of the list (فيفا, الفيفا) is an organisation, not a person or MISC
    out = [(a, b, "ORG") if b - a == 1 and lab in ("PER", "MISC") and (a, b, lab) not in ann and
           "ORG" in (gz.get(k := _bare(words[a])), gz.get("ال" + k)) and
           not tg.get(k, "ORG").startswith(("PER", "MISC")) else (a, b, lab)
           for a, b, lab in out]
    return spans.replace(out)


def vote(spans: Spans, t: Text, lex: Lexicon) -> Spans:
    """One word tagged alone with different labels in a text takes its majority label."""
    words, ann = t.words, spans.announced
    votes: dict[str, Counter] = {}
    for a, b, lab in spans.items:
        if b - a == 1 and (a, b, lab) not in ann:
            votes.setdefault(_bare(words[a]), Counter())[lab] += 1
    best = {k: c.most_common(1)[0][0] for k, c in votes.items() if len(c) > 1}
    if not best:
        return spans
    return spans.replace([(a, b, best.get(_bare(words[a]), lab) if b - a == 1 and (a, b, lab) not in ann else lab)
                          for a, b, lab in spans.items])


def named_after(spans: Spans, t: Text, lex: Lexicon) -> Spans:
    """A facility named after a person is the facility (مطار الملك عبدالعزيز الدولي, مستشفى سليمان الحبيب)."""
    words, fac, out = t.words, lex.facilities, []
    for a, b, lab in spans.items:
        j = a - 1
        if lab == "PER" and j > 0 and normalize(words[j]) in lex.royal_titles:
            j -= 1
        # the noun in construct state (مطار الملك, not المركز رأفت), and not عن طريق (by way of)
        kind = fac.get(_key(words[j])) if lab == "PER" and j >= 0 and not (
            j > 0 and normalize(words[j - 1]) == "عن") else None
        out.append((j, b, kind) if kind else (a, b, lab))
    return spans.replace(out)


def lil_cut(spans: Spans, t: Text, lex: Lexicon) -> Spans:
    """A person's name ends before a word starting with لل (المدرب لازار للإشراف)."""
    words = t.words
    return spans.replace([(a, next((i for i in range(a + 1, b) if normalize(words[i]).startswith("لل")), b), lab)
                          if lab == "PER" else (a, b, lab) for a, b, lab in spans.items])


def function_word(spans: Spans, t: Text, lex: Lexicon) -> Spans:
    """A particle, pronoun or verb alone is not a name (قال لي, توقعت بأن; على is a particle, علي a name)."""
    words, stop = t.words, lex.function_words
    return spans.replace([s for s in spans.items if not (s[1] - s[0] == 1 and _written(words[s[0]]) in stop)])


def nationality(spans: Spans, t: Text, lex: Lexicon) -> Spans:
    """A nationality word alone is not an entity (تدخل روسي, مسؤولين روس), unless it is also a place (السعودية)."""
    words, gz = t.words, lex.gaz
    return spans.replace([s for s in spans.items
                          if not (s[1] - s[0] == 1 and _nat_country(words[s[0]]) and _bare(words[s[0]]) not in gz)])


def lil_article(spans: Spans, t: Text, lex: Lexicon) -> Spans:
    """After لل (ل + ال) comes a name with the article, never a listed name without it (مدرسة للبنين is not Benin)."""
    # _stem already reads للبنان as ل + لبنان; what it still splits as لل + a listed name without ال is no name
    words, gz = t.words, lex.gaz

    def false_lil(w: str) -> bool:
        p, rest = _stem(normalize(w))
        return p.endswith("لل") and rest in gz and "ال" + rest not in gz

    return spans.replace([s for s in spans.items if not (s[1] - s[0] == 1 and false_lil(words[s[0]]))])


#: Marks before a dateline's place (``س. م. – الخبر``).
_DASHES = frozenset("-–—ـ:")


def ambiguous_place(spans: Spans, t: Text, lex: Lexicon) -> Spans:
    """A place name that is also a common word is a place only with a sign of one (محافظة الخبر, not رابط الخبر)."""
    names = lex.ambiguous_places
    words, bare = t.words, t.bare
    items = spans.items
    if not names or names.keys().isdisjoint(bare[a] for a, b, lab in items if b - a == 1 and lab == "LOC"):
        return spans
    loc_at = {a for a, b, lab in items if lab == "LOC"}
    loc_end = {b for a, b, lab in items if lab == "LOC"}

    def head(i: int) -> set[str]:
        """Word ``i`` normalised, without the article, with and without a proclitic (بمحافظة → محافظة)."""
        if i < 0:
            return set()
        k = arabic.strip_article(_key(words[i]))
        return {k, arabic.strip_article(k[1:])} if k[:1] in "وفبلك" else {k}

    cues = lex.place_cues | lex.settlements | frozenset(lex.facilities)

    def is_place(a: int, b: int) -> bool:
        other = names[bare[a]]
        prev = head(a - 1)
        if prev & other or (prev & lex.place_cues and head(a - 2) & other):
            return False  # رابط الخبر, وجاء في الخبر
        if normalize(words[a]) != bare[a] or prev & cues or (a > 0 and words[a - 1] in _DASHES):
            return True  # بالخبر, والخبر, محافظة الخبر, في الخبر, – الخبر
        # in a list of places: الدمام، الخبر / الخبر والدمام
        before = a in loc_end or (a > 1 and words[a - 1] in "،," and a - 1 in loc_end)
        after = b in loc_at or (b + 1 < len(words) and words[b] in "،," and b + 1 in loc_at)
        return before or after

    return spans.replace([s for s in items if not (s[1] - s[0] == 1 and s[2] == "LOC" and bare[s[0]] in names)
                          or is_place(s[0], s[1])])


def settlement(spans: Spans, t: Text, lex: Lexicon) -> Spans:
    """After a settlement noun a lone name is a place, not a club or a person (العاصمة الكورية الجنوبية سول)."""
    words, out = t.words, []
    for a, b, lab in spans.items:
        j = _head_before(words, a)
        if b - a == 1 and lab in ("ORG", "PER") and j >= 0 and arabic.strip_article(_key(words[j])) in lex.settlements:
            lab = "LOC"
        out.append((a, b, lab))
    return spans.replace(out)


def currency(spans: Spans, t: Text, lex: Lexicon) -> Spans:
    """A currency after an amount is MISC, ANERcorp's label, not a club (500 ريال, مليون دولار)."""
    words, units, amounts = t.words, lex.currency_units, lex.amount_words
    return spans.replace([(a, b, "MISC") if b - a == 1 and a > 0 and lab != "MISC" and _bare(words[a]) in units and
                          (any(ch.isdigit() for ch in words[a - 1]) or _bare(words[a - 1]) in amounts) else (a, b, lab)
                          for a, b, lab in spans.items])
