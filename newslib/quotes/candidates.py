"""Stage 3, the candidates: who the rules say spoke each quote, from the cue verbs and
attribution phrases around it, their subjects, and the speakers met earlier (:class:`History`).

Each rule gives its confidence from :data:`newslib.quotes.rules.CONFIDENCE`; the best named
candidate of a quote wins.

Example:
    >>> from newslib.quotes.kinds import read_article
    >>> art = read_article("وقال الرئيس الفرنسي إيمانويل ماكرون: «فرنسا لن تكون الوسيط».")
    >>> lex = lexicon()
    >>> sp = art.spans[0]
    >>> cue, spk = _attribute(art, History(), sp.open, sp.close, lex.cue_re, lex.attrs, lex.cues, lex.sources)
    >>> cue, spk.name, spk.gender, spk.confidence
    ('قال', 'إيمانويل ماكرون', 'm', 0.9)
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from functools import lru_cache

from newslib import lexicons, mentions
from newslib.arabic import RELATIVE_PRONOUNS, normalize, normalized_words, strip_article, strip_diacritics
from newslib.mentions import noun_phrase, tokens
from newslib.quotes.article import Article, _clause, _expand, _inside, _person_at
from newslib.quotes.clauses import _governing, _left_cues, _right_cue
from newslib.quotes.lexicon import (_COMPLEMENTIZERS, _NAMED_RE, _PUNCT, _RECIPIENT_RE, _SKIP_AFTER_CUE,
                                    _SUFFIXED_RE, _clause_words, _person_words, addressee_word, lexicon)
from newslib.quotes.rules import CONFIDENCE


@dataclass
class Speaker:
    """A speaker the rules found for one quote: the name, its mention in the text (``mention``,
    ``start``, ``end``; None when carried over from elsewhere), gender, the rule's confidence, and
    whether it is a person (``person``), an outlet (``media``) or named by an outlet's report
    (``reported``). Each rule builds its own; the rules that read the verb set ``gender``."""

    name: str | None
    mention: str | None = None
    start: int | None = None
    end: int | None = None
    gender: str | None = None
    confidence: float = 0.0
    person: bool = False
    media: bool = False
    reported: bool = False  # named by an outlet's report (ذكرت الوكالة أن كيم …): the verb is the outlet's


def _attribute(ctx: Article, hist: History, qopen: int, qclose: int, cue_re, attrs, cues, sources, cue_match=None):
    """(cue lemma or phrase, Speaker) for a quote whose marks sit at qopen…qclose."""
    text = ctx.text
    attr_re = lexicon().attr_re
    a, _ = _clause(ctx, qopen)
    cands = []
    if cue_match is not None:
        cands.append(_resolve_cue(ctx, hist, "verb", cue_match, qopen, cues, attrs, sources, after_quote=False, indirect=True))
    else:
        verbs, preps, nouns = _left_cues(ctx, a, qopen, cue_re, attr_re, attrs)
        v = _governing(ctx, verbs, qopen)
        if v is not None:
            cands.append(_resolve_cue(ctx, hist, "verb", v, qopen, cues, attrs, sources, after_quote=False))
        if preps and (v is None or preps[-1].start() > v.start()):
            cands.append(_resolve_cue(ctx, hist, "attr", preps[-1], qopen, cues, attrs, sources, after_quote=False))
        says = [n for n in nouns if attrs.get(normalize(n.group("cue")), ("",))[0] == "say"]
        if says and (v is None or says[-1].start() > v.start()):
            # واكتفى الناطق باسمها إياد البزم بالقول: the person just before the noun of saying
            cands = [(says[-1].group("cue"), _prodrop(ctx, hist, says[-1].start(), None, qopen, nearest=True))]
        elif v is None and nouns:
            cands.append(_resolve_cue(ctx, hist, "attr", nouns[-1], qopen, cues, attrs, sources, after_quote=False))
        r = _right_cue(ctx, qclose, cue_re, attr_re)
        if r is not None:
            kind = "attr" if r.re is attr_re else "verb"
            cands.append(_resolve_cue(ctx, hist, kind, r, qopen, cues, attrs, sources, after_quote=True))
    cands = [c for c in cands if c is not None]
    if cands:
        named = [c for c in cands if c[1].name]
        best = max(named or cands, key=lambda c: c[1].confidence)
        return best
    # no cue: a quotation opening a paragraph continues the last speaker's words
    first = next(hist.recent(ctx), None)
    if first is not None:
        pos, last = first
        line_start = text.rfind("\n", 0, qopen) + 1
        if qopen - pos < 1500:
            conf = CONFIDENCE["paragraph_continues"] if not text[line_start:qopen].strip() else CONFIDENCE["no_cue"]
            return None, Speaker(last.name, gender=last.gender, confidence=conf, person=last.person)
    return None, Speaker(None, confidence=CONFIDENCE["no_speaker"])


def _cue_info(m: re.Match, kind: str, cues, attrs):
    key = normalize(m.group("cue"))
    if kind == "verb":
        lemma, gender, tense = cues.get(key, (m.group("cue"), None, "past"))
        return lemma, gender, tense
    akind, gender = attrs.get(key, ("prep", None))
    return m.group("cue"), gender, akind


def _resolve_cue(ctx: Article, hist: History, kind: str, m: re.Match, qopen: int, cues, attrs, sources, after_quote: bool,
                 indirect: bool = False):
    cue, spk = _resolve_cue_speaker(ctx, hist, kind, m, qopen, cues, attrs, sources, after_quote, indirect)
    if spk is not None and spk.person and spk.name:
        gender = _cue_info(m, kind, cues, attrs)[1]
        # the verb agrees with its subject: قالت فاطمة، قال أحمد; right after the verb, the verb
        # wins over a gender the name's other mentions suggested
        adjacent = (kind == "verb" and spk.start is not None and 0 <= spk.start - m.end() <= 3
                    and not ctx.text[m.end():spk.start].replace("ـ", "").strip())
        if gender in ("m", "f") and (not spk.gender or adjacent) and not spk.reported:
            spk.gender = gender
    return cue, spk


def _scripture(ctx: Article, m: re.Match) -> Speaker | None:
    """قال تعالى، قوله تعالى → الله; قال صلى الله عليه وسلم → النبي محمد (``scripture.tsv``)."""
    after = " ".join(normalized_words(ctx.text[m.end():m.end() + 40]))  # = normalize(…), word by word
    for phrase, who in lexicon().scripture:
        if after.startswith(phrase) and (len(after) == len(phrase) or not after[len(phrase)].isalpha()):
            return Speaker(who, confidence=CONFIDENCE["scripture"], gender="m" if who != "الله" else None)
    return None


def _resolve_cue_speaker(ctx: Article, hist: History, kind: str, m: re.Match, qopen: int, cues, attrs, sources, after_quote: bool,
                         indirect: bool = False):
    cue, gender, tense = _cue_info(m, kind, cues, attrs)
    holy = _scripture(ctx, m)
    if holy is not None:
        return cue, holy
    if tense == "self":
        return cue, _prodrop(ctx, hist, m.start(), gender, qopen)
    spk = None
    if tense != "participle":
        limit = qopen if not after_quote else _clause(ctx, m.end())[1]
        spk = _explicit_subject(ctx, m, cues, attrs, sources, limit=limit, kind=kind)
    if spk is not None and spk.name:
        if kind == "verb":
            spk.confidence = min(spk.confidence, CONFIDENCE["cue_after"] if after_quote else CONFIDENCE["verb_subject"])
            # an outlet reporting what a named person said or did
            if not spk.person and spk.media:
                rep = _reported_person(ctx, spk.end or m.end(), qopen + 1 if indirect else qopen)
                if rep is not None:
                    rep.confidence, rep.reported = CONFIDENCE["outlet_reports"], True
                    return cue, rep
        else:
            spk.confidence = min(spk.confidence, CONFIDENCE["attribution_phrase"])
        return cue, spk
    if kind == "attr" and tense == "prep" or kind == "verb" and cue in _DOCUMENT_CUES:
        # a document's verb with no document after it (قرارا ينص، الاشتراطات نصت): no person said it
        return cue, Speaker(None, confidence=CONFIDENCE["phrase_without_subject"])
    return cue, _prodrop(ctx, hist, m.start(), gender, qopen, nearest=(kind == "attr"))


def _person(p, conf) -> Speaker:
    return Speaker(p.canonical, p.text, p.start, p.end, p.gender, conf, person=True)


def _explicit_subject(ctx: Article, m: re.Match, cues, attrs, sources, limit: int | None = None, kind: str | None = None):
    """The speaker named by a cue itself: its subject (after, or before with كان/قد), or None."""
    if kind is None:
        kind = "verb" if m.re is lexicon().cue_re else "attr"
    cue, gender, tense = _cue_info(m, kind, cues, attrs)
    if tense in ("participle", "self"):
        return None
    if limit is None:
        limit = _clause(ctx, m.end())[1]
    text = ctx.text
    if kind == "verb":
        if not m.group("pre") and not _relative_disagrees(text, m.start(), gender):
            ante = _antecedent(ctx, m.start())
            if ante is not None:
                return ante
        # a plural or dual form (قالوا، وصفوا، يقولون، أضافا) holds its subject: the noun after it is its
        # object (وصفوا المنشفة بأنها …), as a verb before its subject is singular
        spk = None if gender == "p" else _subject_after(ctx, m.end(), limit, sources, verb=True, lemma=cue)
        if spk is None:
            # subject before the verb: وكان الرئيس الليتواني غيتاناس نوسيدا (قد) قال
            i = bisect.bisect_left(ctx.pstarts, m.start()) - 1
            if i >= 0:
                p = ctx.people[i]
                gap = text[p.end:m.start()]
                if len(gap) <= 8 and not re.sub(r"[\s،,]|قد", "", gap) and not _inside(ctx.spans, ctx.starts, p.start) \
                        and not topic_before(text, p.start):
                    spk = _person(p, CONFIDENCE["subject_verb"])
    else:
        spk = _subject_after(ctx, m.end(), limit, sources, verb=False, lemma=cue)
    if spk is not None and spk.name and gender in ("m", "f") and not spk.gender:
        spk.gender = gender
    return spk


#: A narration's chain names its narrator after عن, who speaks (فعن سويد بن قيس قال، عن أبي هريرة رضي الله عنه قال).
_NARRATION_RE = re.compile(r"^\s*فعن|رضي الله")
_CLAUSE_BREAK_RE = re.compile(r"[.!?؟:؛;\n،,]")


def topic_before(text: str, start: int) -> bool:
    """What starts at ``start`` lies in a topic phrase opening its clause (وعن …، حول …): the clause's
    text before it (back to a stop, a colon, a comma or a line, 150 characters at most) opens with عن،
    حول or بشأن (``speaker_clause_words.tsv``, kind topic; an interview's questions, Okaz, Al-Madina,
    Asharq Al-Awsat), so it is no subject of the verb after it.

    Example:
        >>> t = "وعن الفريق الهلالي، قال"
        >>> topic_before(t, t.index("الفريق")), topic_before("وكان الفريق قال", 5)
        (True, False)
        >>> t = "وعن سبب اعتذارها عن دور في «سرايا عابدين» قالت"
        >>> topic_before(t, t.index("سرايا")), topic_before("قال محمد عن الموضوع", 4)
        (True, False)
        >>> topic_before("وعن أبي هريرة رضي الله عنه قال", 4)  # a narrator
        False
    """
    lo = max(0, start - 150)
    breaks = [m.end() for m in _CLAUSE_BREAK_RE.finditer(text, lo, start)]
    clause = text[breaks[-1] if breaks else lo:start]
    words = normalized_words(clause)
    return bool(words) and words[0] in _clause_words("topic") and (bool(breaks) or lo == 0) \
        and not _NARRATION_RE.search(clause + text[start:start + 40])


#: Cue lemmas whose subject is a text, never a person (``cue_verbs.tsv``: ينص، تنص، نصت): its definite
#: subject is the speaker as written (القرار، الاتفاق، المادة 26), a document (type ``other``).
_DOCUMENT_CUES = frozenset({"نص"})

#: An indefinite accusative participle of the form مُفعِلاً / مُتفعِّلاً (مدافعا، متحدثا، مشيرا، متسائلاً).
_ADVERBIAL_RE = re.compile("^م[\u0621-\u064a]{3,6}(?:اً|ًا|ا)$")


def _subject_after(ctx: Article, pos: int, limit: int, sources, verb: bool, lemma: str | None = None):
    text = ctx.text
    toks = tokens(text, pos, min(limit + 1, pos + 64, len(text)))
    i = 0
    while i < len(toks):
        s0, e0, k0 = toks[i]
        raw = text[s0:e0]
        if verb:
            j = _addressee_end(ctx, toks, i, limit)
            if j > i:
                i = j
                continue
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
        spk = _person(p, CONFIDENCE["verb_subject"])
        son = _with_suffix(ctx, p)
        if son is not None:
            return son
        if p.kind == "title" and p.canonical == p.title and named:
            return named
        return _via_an(ctx, spk, lemma, limit)
    if named is not None and s0 in ctx.titles:
        return named
    paper = _paper_in_marks(ctx, s0, limit, lemma) if verb else None
    if paper is not None:
        return paper
    if k0 in _ONE_OF:
        return one_of(text, toks[i:], limit)
    ali = mentions.is_ali(text[s0:e0])  # the name علي, which normalised is the preposition على
    if not k0 or (k0 in mentions.stop_words() and not ali) or k0 in _COMPLEMENTIZERS or not ("\u0621" <= k0[0] <= "\u06ff") \
            or len(k0) < 3 or k0 in _cue_adverbials():
        return None
    raw0 = strip_diacritics(text[s0:e0])
    if _SUFFIXED_RE.search(raw0) and not raw0.endswith("الله") and (
            len(raw0) > 4 or (len(raw0) == 4 and k0 not in _person_words() and k0 not in mentions._first_names()
                              and k0 not in lexicon().honorifics)):
        return None  # a noun with a pronoun, the verb's object (رفض ذكر اسمه); not سموه, a person (honorifics.tsv)
    cues = lexicon().cues
    if (k0 in cues and cues[k0][2] == "participle") or _ADVERBIAL_RE.match(raw0):
        # قال مضيفا، وأضاف موضحا، وتابع مدافعا عن موقفه: a participle (a circumstantial ḥāl), the
        # subject is the verb's own
        return None
    # علي and the name words after it (the phrase reader stops at the preposition it reads)
    span = noun_phrase(text, s0) if not ali else (s0, toks[min(i + 3, len(toks) - 1)][1])
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
        return Speaker(name, name, t.start, t.end, None, CONFIDENCE["outlet_in_marks"], person=False, media=media)
    # وقالت الوالدة وتدعى إليزابيث أوسبورن
    first = next(mentions.iter_tokens(text, e, min(len(text), e + 60)), None)
    nt = tokens(text, e, min(len(text), e + 60)) if first is not None and first[2] in _NAMED_RE else None
    if nt and nt[0][2] in _NAMED_RE and len(nt) > 1:
        run, _ = mentions._read_name(text, nt, 1)
        if run:
            name = text[run[0][0]:run[-1][1]]
            return Speaker(name, name, run[0][0], run[-1][1], None, CONFIDENCE["named_as"], person=True)
    if is_source:
        spk = Speaker(phrase, phrase, s, e, None, CONFIDENCE["verb_subject"], person=False, media=media)
        return _via_an(ctx, spk, lemma, limit)
    if named is not None:
        return named
    if lemma in _DOCUMENT_CUES and text[s:s + 2] == "ال":
        # وينص القرار على أن «…»، وتنص المادة 26 على: a document's provision: the document says it
        return Speaker(phrase, phrase, s, e, None, CONFIDENCE["verb_subject"], person=False)
    if text[s:s + 2] == "ال":
        group = definite_group(text, s0, limit)
        if group is not None:
            return group
        # a family name (العرابي، المعيبد) — if the article gives it with a first name
        full = _expand(ctx, text[s0:e0])
        if full != text[s0:e0] or (verb and _ends_subject(text, e0, limit)):
            return Speaker(full, text[s0:e0], s0, e0, None, CONFIDENCE["family_name"], person=True)
        return None
    # a country or capital, the bare subject (وصفت قطر قائمة المطالب، اتهمت كوريا الشمالية الولايات المتحدة): it
    # speaks for its government, and the noun after it is the verb's object, no part of a name
    place = _place_at(text, s, e)
    if place is not None:
        return Speaker(text[s:place], text[s:place], s, place, None, CONFIDENCE["verb_subject"], person=False)
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
    suffix = _suffix_after(text, kept[-1][1])
    if suffix is not None:
        kept.append(suffix)  # ترامب الابن: the son
    name = text[s:kept[-1][1]]
    full = _expand(ctx, name)
    return Speaker(full, name, s, kept[-1][1], None, CONFIDENCE["unknown_name"], person=True)


#: A feminine nisba adjective after a name in marks (القطرية، اللندنية، المصرية), or the paper's editorial.
_PAPER_NISBA_RE = re.compile(r"\s*(?:ال[\u0621-\u064a]{2,}ية\b|في\s+افتتاحيت)")


def _paper_in_marks(ctx: Article, s0: int, limit: int, lemma: str | None):
    """A newspaper named in marks as the subject right after a feminine cue verb, known for a paper by
    the feminine nisba or the editorial after it, as press reviews write (وتقول "القدس العربي" اللندنية
    في افتتاحيتها إن …، ترى "الوطن" القطرية أن …، اعتبرت "اليوم السابع" المصرية أن …): the outlet.

    Example:
        >>> from newslib.quotes.kinds import read_article
        >>> from newslib.quotes.lexicon import lexicon
        >>> t = 'وتقول "القدس العربي" اللندنية في افتتاحيتها إن "الدول تلقت دعما".'
        >>> m = lexicon().cue_re.search(t)
        >>> _explicit_subject(read_article(t), m, lexicon().cues, lexicon().attrs, lexicon().sources).name
        'القدس العربي'
    """
    i = bisect.bisect_left(ctx.starts, s0)
    span = ctx.spans[i] if i < len(ctx.starts) and ctx.starts[i] == s0 else None
    if span is None or ctx.title_kinds.get(s0) == "person" or span.close >= limit \
            or not 0 < len(ctx.text[span.start:span.end].split()) <= 4:
        return None
    before = normalized_words(ctx.text[max(0, s0 - 30):s0], last=1)
    verb = before[0] if before else ""
    cues = lexicon().cues
    gender = (cues.get(verb) or cues.get(verb[1:]) or (None, None))[1] if verb else None
    if gender != "f" or _PAPER_NISBA_RE.match(ctx.text, span.close + 1) is None:
        return None
    name = ctx.text[span.start:span.end]
    return Speaker(name, name, span.start, span.end, None, CONFIDENCE["outlet_in_marks"], person=False, media=True)


def _place_at(text: str, s: int, e: int) -> int | None:
    """The end of a country or capital of the gazetteers (two words, then one) that opens ``text[s:e]``, else None.

    Example:
        >>> t = "وصفت قطر قائمة المطالب"
        >>> t[5:_place_at(t, 5, len(t))]
        'قطر'
    """
    toks = tokens(text, s, min(e + 40, len(text)))[:3]
    places, types = mentions._places(), lexicon().speaker_types
    for n in (2, 1):
        if len(toks) >= n and " ".join(k for _, _, k in toks[:n]) in places:
            if len(toks) > n and (" ".join(k for _, _, k in toks[:n + 1]) in types
                                  or (toks[n][2][:1] == "و" and toks[n][2][1:] in places)):
                return None  # the first words of a listed name (واشنطن بوست), or of two places (سيول وواشنطن)
            return toks[n - 1][1]
    return None


#: Words that end an addressee's name: who speaks may follow it (وقال لرويترز وزير المالية).
_ADDRESSEE_STOP_TYPES = frozenset(("unnamed", "person", "group"))


def _addressee_end(ctx: Article, toks: list, i: int, limit: int) -> int:
    """The outlet a speech verb's subject spoke to is no subject: for ``toks[i]`` an outlet after
    ل (لوكالة رويترز، لمجلة "تايم"، لرويترز، لـ سكاي نيوز), the index of the first token after its
    name, else ``i``. The name runs over up to three words or a name in marks, and stops at a
    person, a complementizer, punctuation, a function word or an unnamed source (وزير المالية).

    Example:
        >>> from newslib.quotes.kinds import read_article
        >>> art = read_article("وقال لوكالة رويترز إن الوضع مستقر")
        >>> toks = tokens(art.text, 4, len(art.text))
        >>> toks[_addressee_end(art, toks, 0, len(art.text))][2]
        'ان'
    """
    text = ctx.text
    s0, e0, k0 = toks[i]
    types = lexicon().speaker_types
    if k0 in ("ل", "لـ"):
        head = i + 1  # the name follows: لـ سكاي نيوز
    elif addressee_word(k0) and not _person_at(ctx, s0, e0):
        head = i + 1  # لوكالة، لرويترز
    elif (k0[:1] == "ل" and i + 1 < len(toks) and not _person_at(ctx, s0, e0)
          and types.get(k0[1:] + " " + toks[i + 1][2]) == "outlet"):
        return i + 2  # لفرانس برس، لبي بي سي: an outlet of two words spoken to
    else:
        return i
    j, n, cues, stops = head, 0, lexicon().cues, mentions.stop_words()
    while j < len(toks) and toks[j][0] < limit and n < 3:
        s, e, k = toks[j]
        if s in ctx.titles:  # لمجلة "تايم"
            close = ctx.titles[s].close
            while j < len(toks) and toks[j][0] < close:
                j += 1
            if j < len(toks) and text[toks[j][0]:toks[j][1]] in "»\"”'":
                j += 1
            return j
        if (k in _PUNCT or k in _COMPLEMENTIZERS or k in stops or not k[:1].isalpha()
                or k in cues or types.get(strip_article(k)) in _ADDRESSEE_STOP_TYPES
                or types.get(k) in _ADDRESSEE_STOP_TYPES or (_person_at(ctx, s, e) and j > head)):
            break
        j, n = j + 1, n + 1
    return j


#: أحد / إحدى: "one of" a group, heading an unnamed source's phrase (أحد سكان المنطقة).
_ONE_OF = frozenset(normalize(w) for w in ("أحد", "إحدى"))


def one_of(text: str, toks: list, limit: int) -> Speaker | None:
    """An unnamed source named as one of a group: أحد / إحدى, the noun after it and the definite
    words that complete it (أحد سكان المنطقة، أحد المسؤولين، إحدى الناشطات); ``toks`` start at
    أحد. Type ``unnamed`` (``speaker_types.tsv``), no gender: the phrase names nobody.

    Example:
        >>> t = "وأضاف أحد سكان المنطقة إن الوضع صعب"
        >>> spk = one_of(t, tokens(t, 6, len(t)), len(t))
        >>> spk.name, spk.gender, spk.person
        ('أحد سكان المنطقة', None, False)
    """
    end, n = None, 0
    for s, e, k in toks[1:4]:
        if s >= limit or k in _PUNCT or k in _COMPLEMENTIZERS or k in mentions.stop_words() or not k[:1].isalpha():
            break
        if n and not k.startswith("ال"):
            break
        if text[s] in "لب" and not k.startswith("ال"):  # لمراسلنا: the person spoken to
            break
        end, n = e, n + 1
    if end is None:
        return None
    phrase = text[toks[0][0]:end]
    return Speaker(phrase, phrase, toks[0][0], end, None, CONFIDENCE["verb_subject"], person=False)


@lru_cache(maxsize=1)
def _quantifiers() -> frozenset[str]:
    return frozenset(normalize(w) for w in lexicons.column("quantifiers", "word"))


_PLURAL_ADJ_RE = re.compile("^ال[\u0621-\u064a]{2,}(?:ون|ين)$")


def definite_group(text: str, s0: int, limit: int) -> Speaker | None:
    """A definite subject that is a group, not a family name: a quantifier (العديد من الصحف:
    ``quantifiers.tsv``, the phrase is completed later) or a plural noun with its plural adjective
    (الأساقفة السابقون، المسؤولون الأمريكيون). None otherwise (العرابي، المعيبد).

    Example:
        >>> t = "وقال الأساقفة السابقون، من بينهم أساقفة أوكسفورد، إن"
        >>> definite_group(t, 5, len(t)).name
        'الأساقفة السابقون'
        >>> t = "وقالت العديد من الصحف إن"
        >>> definite_group(t, 6, len(t)).name, definite_group("وقال العرابي الثلاثاء إن", 5, 24)
        ('العديد', None)
    """
    toks = tokens(text, s0, min(limit, s0 + 60))
    if not toks:
        return None
    s, e, k = toks[0]
    if strip_article(k) in _quantifiers():
        return Speaker(text[s:e], text[s:e], s, e, None, CONFIDENCE["verb_subject"], person=False)
    if len(toks) > 1 and not text[e:toks[1][0]].strip() and _PLURAL_ADJ_RE.match(toks[1][2]) and toks[1][1] <= limit:
        phrase = text[s:toks[1][1]]
        return Speaker(phrase, phrase, s, toks[1][1], None, CONFIDENCE["verb_subject"], person=False)
    return None


def _with_suffix(ctx: Article, p) -> Speaker | None:
    """A person mention followed by الابن، جونيور (``name_suffixes.tsv``): the son, not the father.

    Example:
        >>> from newslib.quotes.article import marked
        >>> ctx = marked("وقال الرئيس دونالد ترامب إن ابنه بريء. وقال ترامب الابن إن اللقاء كان قصيرا.", [])
        >>> p = next(m for m in ctx.people if m.text == "ترامب")
        >>> _with_suffix(ctx, p).name
        'دونالد ترامب الابن'
    """
    if p.canonical and normalize(p.canonical).split()[-1] in mentions.name_suffixes():
        return None
    nt = _suffix_after(ctx.text, p.end)
    if nt is None:
        return None
    suffix = ctx.text[nt[0]:nt[1]]
    return Speaker(f"{p.canonical} {suffix}", ctx.text[p.start:nt[1]], p.start, nt[1], "m",
                   CONFIDENCE["verb_subject"], person=True)


def _suffix_after(text: str, end: int) -> tuple[int, int, str] | None:
    """The token right after ``end`` (only spaces between) when it ends a name (الابن، جونيور,
    :func:`newslib.mentions.name_suffixes`), else None."""
    nt = tokens(text, end, min(len(text), end + 16))
    if nt and nt[0][2] in mentions.name_suffixes() and not text[end:nt[0][0]].strip():
        return nt[0]
    return None


def _ends_subject(text: str, pos: int, limit: int) -> bool:
    """True when only a colon, a complementizer or the quote follows a one-word subject."""
    nxt = tokens(text, pos, min(limit + 1, pos + 30))
    return not nxt or nxt[0][2] in _COMPLEMENTIZERS or nxt[0][2] in (":", "«", '"', "“", "”", "،")


def _name_in_marks_before(ctx: Article, s0: int, limit: int):
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
                return Speaker(_expand(ctx, name), name, sp.start, sp.end, None, CONFIDENCE["name_in_marks"], person=True)
    return None


def _via_an(ctx: Article, spk: Speaker, lemma: str | None, limit: int) -> Speaker:
    """نقلت الصحيفة عن كرحوت: the person after عن is the speaker."""
    if lemma != "نقل" or spk.end is None:
        return spk
    toks = tokens(ctx.text, spk.end, min(limit, spk.end + 40))
    if toks and toks[0][2] == "عن" and len(toks) > 1:
        p = _person_at(ctx, toks[1][0], toks[1][1])
        if p is not None:
            return _person(p, CONFIDENCE["relay_person"])
        s, e = toks[1][0], toks[1][1]
        name = ctx.text[s:e]
        return Speaker(_expand(ctx, name), name, s, e, None, CONFIDENCE["relay_word"], person=True)
    return spk


_RELATIVE_GENDER = {"الذي": "m", "التي": "f"}


def _relative_disagrees(text: str, cue_pos: int, gender: str | None) -> bool:
    """The relative pronoun right before the cue at ``cue_pos`` and the cue disagree in gender (مكان
    احتجاز العسكريين الذي قالت المحطة، البيانات التي قال القراصنة): the verb has its own subject, not
    the pronoun's antecedent.

    Example:
        >>> t = "مكان احتجاز العسكريين الذي قالت المحطة"
        >>> _relative_disagrees(t, t.index("قالت"), "f"), _relative_disagrees(t, t.index("قالت"), "m")
        (True, False)
    """
    before = text[max(0, cue_pos - 10):cue_pos].split()
    g = _RELATIVE_GENDER.get(normalize(before[-1])) if before else None
    return g is not None and gender in ("m", "f") and g != gender


def _antecedent(ctx: Article, cue_pos: int):
    """For «… موسكو السابقة التي أعلنت …», the noun the relative pronoun refers back to."""
    text = ctx.text
    before = text[max(0, cue_pos - 10):cue_pos].split()
    if not before or before[-1] not in RELATIVE_PRONOUNS:
        return None
    toks = tokens(text, max(0, cue_pos - 80), cue_pos)
    if not toks or toks[-1][2] not in RELATIVE_PRONOUNS:
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
            return _person(p, CONFIDENCE["relative_clause"])
        if not _ANTECEDENT_WORD_RE.fullmatch(k) or k in _month_names():
            # a name in marks (الشاعر “غوته” الذي قال، المتابع “فايز البلوي” الذي قال) is the speaker; other
            # marks («الولاء والبراء» التي دعت) and a month (أكتوبر/تشرين الأول القادم، الذي): the relative
            # clause's subject is a thing, not a speaker, and no noun after the verb is its subject either
            return _name_in_marks_closing(ctx, e, toks[-1][2]) or Speaker(None)
        if k[:1] in "لب" or re.search("(ها|هم|ه)$", k):
            return None
        return Speaker(text[s:e], text[s:e], s, e, None, CONFIDENCE["relative_clause"])
    return None


def _name_in_marks_closing(ctx: Article, close: int, pronoun: str):
    """The name in the marks whose closing mark ends at ``close``, before the relative ``pronoun``, as a Speaker:
    a person's (written in marks elsewhere, or holding a person mention), or any name of one to four
    words before the masculine الذي (“غوته” الذي قال، «مارك بالوتا» الذي قال; a thing before التي is
    no speaker: «الولاء والبراء» التي دعت); else None."""
    i = bisect.bisect_right(ctx.starts, close) - 1
    if i < 0 or ctx.spans[i].close != close:
        return None
    sp = ctx.spans[i]
    name = ctx.text[sp.start:sp.end]
    if not 0 < len(name.split()) <= 4:
        return None
    j = bisect.bisect_left(ctx.pstarts, sp.start)
    person = sp.open in ctx.person_spans or (j < len(ctx.people) and ctx.people[j].end <= sp.end)
    if not person and pronoun != normalize("الذي"):
        return None
    return Speaker(_expand(ctx, name) if person else name, name, sp.start, sp.end, None,
                   CONFIDENCE["relative_clause"], person=person)


@lru_cache(maxsize=1)
def _cue_adverbials() -> frozenset[str]:
    """Words that open an adverbial after a cue, no subject (``cue_adverbials.tsv``: أثناء، دفاعا)."""
    return frozenset(normalize(w) for w in lexicons.column("cue_adverbials", "word"))


#: A word an antecedent may be: Arabic letters only, two or more.
_ANTECEDENT_WORD_RE = re.compile("[\u0621-\u064a]{2,}")


@lru_cache(maxsize=1)
def _month_names() -> frozenset[str]:
    """Normalised month names of every calendar (``months.tsv``) and the first word of the two-word
    ones (تشرين، كانون): no antecedent that speaks."""
    names = [normalize(w) for w in lexicons.column("months", "word")]
    return frozenset(names) | {n.split()[0] for n in names if " " in n}


def _reported_person(ctx: Article, pos: int, qopen: int):
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
                    return _person(p, CONFIDENCE["outlet_reports"])
            return None
    return None


class History:
    """What one pass over an article has seen so far: the speakers of attributed quotes and the
    cue verbs met, in text order. The one thing that changes while an article is read (the
    :class:`~newslib.quotes.article.Article` does not); a cue's subject is resolved the first time
    a pro-drop verb looks back at it, and kept.

    Example:
        >>> h = History()
        >>> h.add(3, Speaker("بوتين", person=True))
        >>> [(pos, s.name) for pos, s in h.recent(None)]
        [(3, 'بوتين')]
    """

    def __init__(self) -> None:
        self._seen: list = []  # (pos, Speaker or the cue's re.Match)

    def add(self, pos: int, item) -> None:
        """Remember a speaker (or a cue verb, whose subject is found if ever needed) at ``pos``."""
        self._seen.append((pos, item))

    def recent(self, ctx: Article):
        """Earlier speakers, most recent first: attributed quotes, and the subjects of cue verbs
        (resolved lazily, the first time a pro-drop verb looks back at them)."""
        seen = self._seen
        for n in range(len(seen) - 1, -1, -1):
            pos, s = seen[n]
            if isinstance(s, re.Match):
                lex = lexicon()
                s = _explicit_subject(ctx, s, lex.cues, lex.attrs, lex.sources)
                if s is None or not s.name:
                    s = Speaker(None)
                seen[n] = (pos, s)
            if s.name:
                yield pos, s


def _agrees(g_person, g_verb) -> bool:
    return not g_verb or g_verb == "p" or not g_person or g_person == g_verb


def _prodrop(ctx: Article, hist: History, cue_pos: int, gender, qopen: int, nearest: bool = False) -> Speaker:
    a, _ = _clause(ctx, cue_pos)
    if nearest:
        # a noun of saying (واكتفى الناطق باسمها إياد البزم بالقول): the person just before it
        j = bisect.bisect_left(ctx.pstarts, cue_pos) - 1
        if j >= 0 and ctx.people[j].start >= a and not _inside(ctx.spans, ctx.starts, ctx.people[j].start):
            p = ctx.people[j]
            return Speaker(p.canonical, None, None, None, p.gender, CONFIDENCE["noun_of_saying"], person=True)
    # the explicit speaker of an earlier cue in the same sentence
    for pos, s in hist.recent(ctx):
        if pos < a:
            break
        if pos < cue_pos and s.name and s.mention and _agrees(s.gender, gender):
            return Speaker(s.name, None, None, None, s.gender, CONFIDENCE["prodrop_sentence"], person=s.person)
    # the subject earlier in the same sentence
    j = bisect.bisect_left(ctx.pstarts, a)
    while j < len(ctx.people) and ctx.people[j].start < cue_pos:
        p = ctx.people[j]
        if not _inside(ctx.spans, ctx.starts, p.start) and _agrees(p.gender, gender) and p.end <= cue_pos \
                and not topic_before(ctx.text, p.start):  # وعن الفريق الهلالي، قال: the topic, not the speaker
            return Speaker(p.canonical, None, None, None, p.gender, CONFIDENCE["prodrop_sentence"], person=True)
        j += 1
    # the last speaker of the same gender
    for pos, s in hist.recent(ctx):
        if pos < qopen and s.name and _agrees(s.gender, gender) and (gender != "p" or not s.person):
            return Speaker(s.name, None, None, None, s.gender, CONFIDENCE["prodrop_speaker"], person=s.person)
    # the last person of the same gender
    j = bisect.bisect_left(ctx.pstarts, cue_pos) - 1
    while j >= 0:
        p = ctx.people[j]
        if not _inside(ctx.spans, ctx.starts, p.start) and _agrees(p.gender, gender):
            return Speaker(p.canonical, None, None, None, p.gender, CONFIDENCE["prodrop_person"], person=True)
        j -= 1
    return Speaker(None, confidence=CONFIDENCE["no_speaker"])
