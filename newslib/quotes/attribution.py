"""Who said it: a learned ranker over every speaker candidate of a quote (issue 15).

The rule stages of :mod:`newslib.quotes` propose one speaker per quote. This stage puts that
speaker among the other candidates of the quote — every person or organisation the entity model
finds within :data:`WINDOW` characters, a place that is the bare subject of the quote's cue
(:func:`place_subject`), a document of its sentence (:func:`document_subject`), the previous
quote's speaker and *nobody* (a null speaker) — describes each by a few interpretable features (each a small function below), and
scores them with a conditional logit (a softmax over the quote's candidates), trained on the
project's gold (``scripts/train_speakers.py``, ``make train-speakers``). The weights are plain
JSON in ``newslib/models/speaker_choice.json``; they run with numpy.

The model **overrules** the rules when its best candidate beats the rules' one by at least the
margin ``threshold`` (in log-odds, learned by cross-validation on the train outlets, grouped by
article); when the rules found nobody, the same margin over the null candidate fills a speaker.
A null best candidate with that margin empties a speaker: a null is better than a wrong name.
A quote whose speaker a reader of :data:`UNPROPOSED` gave (:func:`settled`: no other candidate
was right in such quotes) keeps it, undecided and untrained on.

Features (:data:`FEATURES`, computed by :func:`features`):

=========================  ============================================================================
feature                    meaning
=========================  ============================================================================
null                       the candidate is *nobody*
null_no_rules              … and the rules found nobody
null_weak_rule             … and the rules' speaker has confidence ≤ 0.35 (no cue)
from_rules                 the candidate is the rules' speaker
rule_confidence            the rules' confidence for it
rule_sure                  the rules' confidence is ≥ 0.85 (a cue and its subject)
rule_pro_drop              the rules found it through a verb without subject (0.5 – 0.75)
rule_not_person            the rules' speaker is an organisation, outlet, unnamed source …
other_than_pro_drop        another candidate than the rules' speaker, found through a verb without subject
other_cue_bare             … another than the rules' speaker, and the quote's cue verb has no named subject
extends_rules_name         the rules' speaker's words are some of the candidate's (ظريف → محمد جواد ظريف)
per / org                  the entity model's label of the candidate's mention
outlet / unnamed           the candidate's :func:`~newslib.quotes.speaker_types.speaker_type`
no_position                no mention of the candidate near the quote (a pro-drop or carried speaker)
before / after             its nearest mention ends before the quote opens / starts after it closes
distance                   characters between that mention and the quote, in hundreds (≤ 6)
same_sentence              no sentence end between the mention and the quote
same_paragraph             no paragraph break between them
subject_of_quote_cue       the mention follows the quote's cue verb or attribution phrase (:func:`quote_cue`)
cue_subject                … or another cue verb (قال X)
cue_next                   a cue verb right after the mention (X قال)
in_clause                  the mention is inside a reported clause (قال X إن Y …: Y)
after_preposition          a preposition before the mention, titles at most between (مع الرئيس X)
in_marks                   the mention is inside the marks of another quote
title_before               a title or role word right before the mention (الوزير X)
gender_agrees              the candidate's gender (first name, feminine title) is the cue verb's
gender_clashes             … and it is the other one (قالت before a man's name)
mentions                   log(1 + mentions of the name in the article)
spoke_before               an earlier quote of the article went to this name
previous_speaker           the candidate is the previous quote's speaker
previous_no_per_between    … and no other person is mentioned between that quote and this one
opens_paragraph            the quote opens its paragraph (or follows a colon there)
words                      words in the name (≤ 4)
loc                        the candidate is a place, the bare subject of the cue (:func:`place_subject`)
apposition_of_rules        its mention stands next to the rules' speaker's, a comma between (:func:`apposition`)
rules_unnamed_subject      the rules' speaker is an unnamed source or group and the subject of the quote's cue
document                   the candidate is a document, a study, a statement (type ``other``; :func:`document_subject`)
rules_anaphoric            the rules' speaker is a bare head noun that stands for a name (:func:`anaphoric_head`)
antecedent                 the candidate is the name that noun stands for (:func:`named_after`, :func:`introduced_before`)
rules_unlabelled           the rules' speaker is a person no PER/ORG mention of the entity model covers or lies in
                           (:func:`unlabelled_person`: أصدرت سولانج، أوباما ومايك هاكابي، عيناي أجمل)
subject_phrase             the candidate is the noun phrase right after the quote's cue verb, headed by an
                           organisation, outlet or unnamed-source noun (:func:`subject_phrase`: وزارة الدفاع الجزائرية)
overlaps_rules             the candidate's mention overlaps the rules' speaker's words, and is another name
                           (:func:`overlaps`: سولانج بران for أصدرت سولانج, مايك هاكابي for أوباما ومايك هاكابي)
=========================  ============================================================================

Example:
    >>> t = "وقال وزير الخارجية سامي الخالدي إن وزيرة الصحة هدى العلي «ستزور البلاد»."
    >>> rows = [{"kind": "partial", "start": t.index("«") + 1, "end": t.index("»"), "speaker": "هدى العلي",
    ...          "speaker_start": 47, "speaker_end": 56, "confidence": 0.85, "cue": "قال", "speaker_type": "person"}]
    >>> ctx = Context.of(t, [(19, 31, "PER", "سامي الخالدي"), (47, 56, "PER", "هدى العلي")], rows)
    >>> [c.name for c in candidates(rows[0], ctx)]
    ['هدى العلي', 'سامي الخالدي', None]
    >>> [[features(c, rows[0], ctx)[n] for n in ("subject_of_quote_cue", "in_clause", "gender_clashes")]
    ...  for c in candidates(rows[0], ctx)[:2]]
    [[0.0, 1.0, 1.0], [1.0, 0.0, 0.0]]
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from newslib import lexicons, mentions
from newslib.models import read_json
from newslib.arabic import is_definite, is_definite_plural, name_key, normalize, normalized_words, strip_article, strip_diacritics, strip_proclitics
from newslib.quotes.candidates import _ONE_OF, topic_before
from newslib.quotes.lexicon import _COMP_RE, _clause_words, cue_scan, lexicon
from newslib.quotes.rules import CONFIDENCE
from newslib.quotes.speaker_types import listed_type, speaker_type

MODEL_FILE = "speaker_choice.json"
#: The kinds of quote the ranker was trained on and decides; ``indirect`` and ``title`` keep the rules'.
KINDS = ("direct", "partial")
#: Entity mentions further than this from a quote are no candidates.
WINDOW = 600
_SENT_END_RE = re.compile(r"[.!?؟]\s|\n")
_GAP_BREAK_RE = re.compile('[.:؛;!?؟«»"“”\n]')
#: Words after which a name is an object, not a speaker (مع الرئيس X، في مقابلة مع قناة X); not
#: عن and لـ, which introduce a source (نقلت الصحيفة عن X، وفقا لـX).
_PREPOSITIONS = frozenset(normalize(w) for w in ("في", "مع", "على", "إلى", "من", "خلال", "أمام", "عبر", "بعد",
                                                 "قبل", "أثناء", "حول", "لدى", "بين", "ضد", "نحو", "عند", "لقاء"))


def _object_word(word: str) -> bool:
    """A preposition of :data:`_PREPOSITIONS` (also with و/ف), in normalised form."""
    return word in _PREPOSITIONS or (word[:1] in "وف" and word[1:] in _PREPOSITIONS)


@dataclass(frozen=True)
class Candidate:
    """One possible speaker of a quote: its name (None: nobody), where it came from, a mention.

    ``source`` is ``rules``, ``entity``, ``antecedent``, ``phrase``, ``document``, ``previous`` or ``none``; ``label`` the entity label
    (PER / ORG) of the mention, ``start``/``end`` its offsets (None when there is none near).
    """

    name: str | None
    source: str
    label: str | None = None
    start: int | None = None
    end: int | None = None
    confidence: float = 0.0
    speaker_type: str | None = None


@dataclass(frozen=True)
class Context:
    """What the features need to know of one article, computed once (read-only)."""

    text: str
    mentions: tuple  # (start, end, label, name) of PER and ORG, sorted
    keys: tuple  # name_key of each mention
    counts: dict
    cues: tuple  # (start, end, gender) of every cue verb and attribution phrase, sorted
    sentence_ends: tuple  # offsets of sentence ends
    quote_spans: tuple  # (start, end) of the article's quotes, sorted
    per_starts: tuple  # starts of PER mentions, sorted
    places: tuple = ()  # (start, end, "LOC", name) of LOC mentions, sorted: a country or capital may speak
    cache: dict = field(default_factory=dict, compare=False)  # facts of a mention or quote, computed once

    @classmethod
    def of(cls, text: str, mentions, rows) -> Context:
        """The context of ``text`` with its PER/ORG/LOC ``mentions`` and quote ``rows``."""
        ms = tuple(joined_names(text, sorted(m for m in mentions if m[2] in ("PER", "ORG"))))
        places = tuple(sorted(m for m in mentions if m[2] == "LOC"))
        keys = tuple(_key(m[3]) for m in ms)
        counts: dict[str, int] = {}
        for k in keys:
            counts[k] = counts.get(k, 0) + 1
        lex = lexicon()
        cues = []
        cue_ms, attr_ms = cue_scan(text)
        for m in cue_ms:
            info = lex.cues.get(normalize(m.group("cue")))
            cues.append((m.start(), m.end(), info[1] if info else None))
        # attribution phrases (بحسب، وفقا لـ، نقلا عن) introduce their speaker as a cue verb does
        cues.extend((m.start(), m.end(), None) for m in attr_ms)
        cues.sort()
        spans = tuple(sorted((q["start"], q["end"]) for q in rows if str(q.get("kind")) != "title"))
        return cls(text, ms, keys, counts, tuple(cues), tuple(m.start() for m in _SENT_END_RE.finditer(text)),
                   spans, tuple(m[0] for m in ms if m[2] == "PER"), places)


# --- candidates ------------------------------------------------------------------------------------

def _nearest_mentions(ctx: Context, qopen: int, qclose: int) -> dict[str, tuple[int, tuple]]:
    """name_key → (gap, mention) of the nearest mention of each name within :data:`WINDOW`, outside the quote."""
    out: dict[str, tuple[int, tuple]] = {}
    lo = bisect.bisect_left(ctx.mentions, (qopen - WINDOW - 200,))
    for i in range(lo, len(ctx.mentions)):
        m = ctx.mentions[i]
        s, e = m[0], m[1]
        if s > qclose + WINDOW:
            break
        if qopen <= s < qclose:
            continue
        gap = qopen - e if e <= qopen else s - qclose
        if gap > WINDOW or gap < 0 and e > qopen and s < qopen:
            continue
        k = ctx.keys[i]
        if k not in out or gap < out[k][0]:
            out[k] = (gap, m)
    return out


def _last_before(ctx: Context, key: str, pos: int) -> tuple[int, int] | None:
    """Offsets of the last mention of the name ``key`` ending before ``pos`` within :data:`WINDOW`."""
    i = bisect.bisect_left(ctx.mentions, (pos,)) - 1
    while i >= 0 and ctx.mentions[i][1] >= pos - WINDOW:
        if ctx.keys[i] == key and ctx.mentions[i][1] <= pos:
            return ctx.mentions[i][0], ctx.mentions[i][1]
        i -= 1
    return None


def place_subject(ctx: Context, q: dict) -> tuple | None:
    """A place (LOC mention) that is the bare subject of the quote's cue verb — right after it
    (واعتبرت الولايات المتحدة أن …) or right before it (ولكن الصين تقول إن …), not after a
    preposition: a country or capital speaking for its government. None otherwise.

    Example:
        >>> t = "ولكن الصين تقول إن النظام يذهب «أبعد كثيرا»."
        >>> ctx = Context.of(t, [(5, 10, "LOC", "الصين")], [])
        >>> place_subject(ctx, {"start": t.index("«") + 1, "end": t.index("»")})
        (5, 10, 'LOC', 'الصين')
        >>> t = "وقال وزير خارجية إيران: «لا»."
        >>> place_subject(Context.of(t, [(17, 22, "LOC", "إيران")], []), {"start": t.index("«") + 1, "end": t.index("»")})
    """
    if not ctx.places:
        return None
    cue = _quote_facts(ctx, q)[0]
    if cue is None:
        return None
    text = ctx.text
    i = bisect.bisect_left(ctx.places, (cue[1],))
    if i < len(ctx.places):
        m = ctx.places[i]
        if not text[cue[1]:m[0]].strip() and not (q["start"] <= m[0] < q["end"]):
            return m
    i = bisect.bisect_left(ctx.places, (cue[0],)) - 1
    if i >= 0:
        m = ctx.places[i]
        if m[1] <= cue[0] and not text[m[1]:cue[0]].strip() and not _after_preposition(ctx, m[0]):
            return m
    return None


_PHRASE_WORD_RE = re.compile(r"[ \t]*([\w\u0640]+)")
#: Speaker types whose head noun may open a speaking noun phrase (:func:`subject_phrase`).
_PHRASE_TYPES = ("organisation", "outlet", "unnamed", "group")


@lru_cache(maxsize=1)
def _phrase_stops() -> frozenset[str]:
    """Definite words that end a subject phrase: weekdays and days (الثلاثاء، اليوم), normalised."""
    words = [r["word"] for r in lexicons.read("weekdays")] + [r["word"] for r in lexicons.read("time_deictic")]
    return frozenset(normalize(w) for w in words)


def subject_phrase(ctx: Context, q: dict) -> tuple[int, int, str, str] | None:
    """The noun phrase right after the quote's cue verb when its head noun is an organisation,
    outlet, unnamed source or group (``speaker_types.tsv``, ``sources.tsv``) and no entity mention
    starts there: ``(start, end, phrase, type)``. The phrase is the head and at most three definite
    words after it, a space only between (a genitive or an adjective: وزارة الدفاع الجزائرية,
    نادي الشباب), not a weekday or a day; words without ال stay out (متحدث باسم الشرطة → متحدث).
    None otherwise.

    Example:
        >>> t = "وقالت وزارة الدفاع الجزائرية الثلاثاء إن «الجيش قتل إرهابيين»."
        >>> subject_phrase(Context.of(t, [], []), {"start": t.index("«") + 1, "end": t.index("»")})
        (6, 28, 'وزارة الدفاع الجزائرية', 'organisation')
        >>> t = "وقال متحدث باسم الشرطة في زوريخ «تم القبض عليه»."
        >>> subject_phrase(Context.of(t, [], []), {"start": t.index("«") + 1, "end": t.index("»")})[2:]
        ('متحدث', 'unnamed')
        >>> t = "وقالت الحكومة التي يرأسها الثني «لا»."
        >>> subject_phrase(Context.of(t, [], []), {"start": t.index("«") + 1, "end": t.index("»")})[2]
        'الحكومة'
        >>> t = "وقال المتحدث باسم الوزارة سامي الخالدي «نعم»."
        >>> subject_phrase(Context.of(t, [(t.index("سامي"), t.index(" «"), "PER", "سامي الخالدي")], []),
        ...                {"start": t.index("«") + 1, "end": t.index("»")})
    """
    cue = _quote_facts(ctx, q)[0]
    if cue is None:
        return None
    text = ctx.text
    m = _PHRASE_WORD_RE.match(text, cue[1])
    if m is None or q["start"] - 1 <= m.start(1) < q["end"] + 1:
        return None
    lex = lexicon()
    first = normalize(m.group(1))
    head = strip_article(first)
    typ = lex.speaker_types.get(head)
    if typ not in _PHRASE_TYPES:
        if head not in lex.sources:
            return None
        typ = "unnamed"
    if first in _phrase_stops() or (typ in ("organisation", "outlet") and not first.startswith("ال")
                                     and not normalize(text[m.end(1):m.end(1) + 4]).lstrip().startswith("ال")):
        return None  # a weekday, or an indefinite body that a name in marks follows (وكالة «رويترز»)
    i = bisect.bisect_left(ctx.mentions, (m.start(1),))
    if i < len(ctx.mentions) and ctx.mentions[i][0] == m.start(1):
        return None  # the entity model's name: an entity candidate already
    end, stops = m.end(1), _phrase_stops()
    for _ in range(3):
        w = _PHRASE_WORD_RE.match(text, end)
        if w is None or w.end(1) >= q["start"] - 1 and w.start(1) < q["end"]:
            break
        word = normalize(w.group(1))
        if not is_definite(word) or word in stops or word in lex.cues:  # a relative pronoun (الحكومة التي) or إلى ends it
            break
        end = w.end(1)
    if named_after(ctx, end, "PER") is not None:
        return None  # the title of a named person (المتحدث باسم الوزارة سامي الخالدي)
    return m.start(1), end, text[m.start(1):end], typ


# --- speakers no rule, entity mention or phrase proposes (issue 15, tenth round) -------------------

_PIECE_RE = re.compile(r"[\w\u0640]+|[«»\"“”:،,.؛;!?؟()]")
#: Marks and punctuation that close the words before a cue (its clause opens after them).
_OPENERS = frozenset("«»\"“”:.؛;!?؟()\n")
def _words(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """Words and marks of ``text[start:end]`` as ``(start, end, raw, normalised)``."""
    return [(m.start(), m.end(), m.group(), normalize(m.group())) for m in _PIECE_RE.finditer(text, start, end)]


def _name_like(raw: str, key: str, prev: str | None) -> bool:
    """A word that may be part of a person's name: not a stop, cue, title or common word (علي is a
    name here, not the preposition على that it normalises to)."""
    if raw.replace("ـ", "") == "علي":
        return True
    lex = lexicon()
    if key in lex.cues or strip_article(key) in lex.title_words or strip_article(key) in lex.speaker_types:
        return False
    if prev is not None and raw.startswith("وال") and len(key) <= 5:  # والش، والي: no و + ال
        return True
    if prev is not None and is_definite(key) and raw.startswith("ال"):  # a family name: الأحمدي، الكواري
        return not is_definite_plural(raw) and mentions._is_name_token(key[2:], None, raw[2:]) \
            and strip_article(key) not in _country_names()
    return mentions._is_name_token(key, prev, raw)


def _recurs(ctx: Context, word: str, start: int) -> bool:
    """The normalised ``word`` occurs in the article elsewhere than at ``start`` (as a whole word);
    ``start`` and the index are offsets into the raw text (normalising drops tatweel, diacritics and
    doubled spaces, so offsets into the normalised text are not comparable with ``start``)."""
    if "word_starts" not in ctx.cache:  # one scan of the article: each whole word's key → its raw starts
        index: dict[str, list[int]] = {}
        for m in _RAW_WORD_RE.finditer(ctx.text):
            for k in normalize(m.group()).split():
                index.setdefault(k, []).append(m.start())
        ctx.cache["word_starts"] = index
    if _WHOLE_WORD_RE.fullmatch(word) is None:  # not one word (never from _PIECE_RE's words): count it
        norm = normalize(ctx.text)
        own = normalize(ctx.text[start:start + 2 * len(word) + 8]).startswith(word)
        return sum(1 for _ in re.finditer(rf"(?<![\w]){re.escape(word)}(?![\w])", norm)) > own
    return any(s != start for s in ctx.cache["word_starts"].get(word, ()))


_WHOLE_WORD_RE = re.compile(r"\w+")
#: A raw word with its tatweel and diacritics (which ``\w`` alone splits on).
_RAW_WORD_RE = re.compile(r"[\w\u0640\u064b-\u065f\u0670]+")


def slot_name(ctx: Context, q: dict) -> tuple[int, int, str] | None:
    """A person's name that no entity mention gives, read in the subject slot of the quote's cue
    verb after a role or title phrase (وكشف المتحدث باسم المقاومة، علي الأحمدي، عن …; وقال مؤسس
    “اديان” فادي ضو لفرانس برس; وكتب النائب السابق عن ولاية إلينوي جو والش على …): one to three
    words that look like a name (not a function word, cue, title or speaker noun), starting at a
    first name when the run holds one, confirmed by the article (a word of it occurs again) or by
    what follows it (a comma, a preposition, a mark, a colon, إن/أن). ``(start, end, name)`` or None.

    Example:
        >>> t = "وكشف المتحدث باسم المقاومة، علي الأحمدي، عن استهداف «نقاط». وأكد الأحمدي ذلك."
        >>> slot_name(Context.of(t, [], []), {"start": t.index("«") + 1, "end": t.index("»")})
        (28, 39, 'علي الأحمدي')
        >>> t = "وقال وزير الخارجية إن «الوضع مستقر»."
        >>> slot_name(Context.of(t, [], []), {"start": t.index("«") + 1, "end": t.index("»")})
    """
    cue = _quote_facts(ctx, q)[0]
    if cue is None or cue[1] >= q["start"]:
        return None
    text, lex = ctx.text, lexicon()
    first = _PHRASE_WORD_RE.match(text, cue[1])
    if first is None or not _role_word(normalize(first.group(1))) or strip_diacritics(first.group(1)) in _WRITTEN_PREPOSITIONS:
        return None
    ws = _words(text, cue[1], min(q["start"], cue[1] + 160))
    i, n = 0, len(ws)
    preps = _clause_words("role_preposition")
    # the role: a title or speaker noun first, then its complements
    if not ws or not _role_word(ws[0][3]):
        return None
    i = 1
    while i < n:
        s, e, raw, k = ws[i]
        if _COMP_RE.fullmatch(raw) is not None or k in lex.cues:
            return None  # the reported clause begins (وأكد المسؤول في تغريدته أن جلسة …): no name
        if k in ("«", "“", '"') and i + 1 < n:  # مؤسس “اديان”: a name in marks
            j = next((j for j in range(i + 1, min(n, i + 6)) if ws[j][3] in ("»", "”", '"')), None)
            if j is None:
                return None
            i = j + 1
        elif k in preps or (k[:1] == "ب" and is_definite(k[1:])):
            # its object: a definite noun (باسم المقاومة), or an indefinite one and its genitive (عن ولاية إلينوي)
            step = 1 if k not in preps else 2 if i + 1 < n and is_definite(ws[i + 1][3]) else 3
            if any(_COMP_RE.fullmatch(w[2]) or w[3] in _OPENERS for w in ws[i + 1:i + step]):
                return None  # في تغريدته أن …: the reported clause begins
            i += step
        elif is_definite(k) or k in ("،", ",") or strip_article(k) in lex.title_words:
            i += 1
        else:
            break
    run: list = []
    while i < n and len(run) < 3:
        s, e, raw, k = ws[i]
        if not _name_like(raw, k, run[-1][3] if run else None) or (run and raw[:1] in "لب" and not is_definite(k)) \
                or (raw[:1] in "لب" and k.endswith(("نا", "كم"))):  # لمراسلنا: the person spoken to
            break
        if not run and raw[:1] == "ل" and k not in lex.first_names:
            return None  # لشؤون التخطيط، لكوريا الشمالية، لخمس فترات: a preposition, no name
        if k in _country_names() or k in _clause_words("direction") or strip_article(k) in mentions._nationality_words():
            return None  # a place or a nationality (جنوب طرابلس، ضابط ليبي): no name
        run.append(ws[i])
        i += 1
    if not run:
        return None
    firsts = [j for j, w in enumerate(run[:-1]) if w[3] in lex.first_names or w[2] == "علي"]
    if firsts:
        run = run[firsts[-1]:]
    m = bisect.bisect_left(ctx.mentions, (cue[1],))
    if m < len(ctx.mentions) and ctx.mentions[m][0] < q["start"] or _covered(ctx, run[0][0], run[-1][1]):
        return None  # the entity model read a name in the slot (a person, or an organisation of the role
        # or spoken to): its candidates are the ranker's
    after = ws[i][3] if i < n else (text[q["start"] - 1:q["start"]] or ":")
    confirmed = any(_recurs(ctx, w[3], w[0]) for w in run[1:] or run) or after in ("،", ",", ":", "«", "“", '"') \
        or after in preps or _COMP_RE.fullmatch(after) is not None or after[:1] in "لب" \
        or after == normalize("على") or strip_article(after) in lex.title_words  # صدقي صبحي وزير الدفاع
    if not confirmed or (len(run) == 1 and not (after in (":", "«", "“", '"') and i + 1 >= n)):
        return None  # one word only right before the quote (وقال المغرد همام «…», not ويعتبر الكاتب عناوين)
    return run[0][0], run[-1][1], text[run[0][0]:run[-1][1]]


def phrase_before(ctx: Context, q: dict) -> tuple[int, int, str, str] | None:
    """An unnamed source, group, outlet or body that opens the clause of the quote's cue verb before
    it (مغرد يبدو أن حميته أثيرت، كتب; أحدهم قال; أما صحيفة البيان الإماراتية فدعت; تنهدت المرأة
    وقالت): a head noun of ``speaker_types.tsv`` (types of :data:`_PHRASE_TYPES`) , ``sources.tsv`` or ``speakers_before.tsv``
    at the sentence's start, after a comma, أما or the word before the cue, within eight words of
    the cue, with no entity mention starting there; the phrase is the head and up to three definite
    words after it (or nisba adjectives after an indefinite head: معمم عراقي). A statement of a body
    (بيان لوزارة الداخلية الليبية، يؤكد) gives the body. ``(start, end, phrase, type)`` or None.

    Example:
        >>> t = "واتفق معه مغردون كثر، أحدهم قال: «زي اللي سوا الهاشتاق»."
        >>> phrase_before(Context.of(t, [], []), {"start": t.index("«") + 1, "end": t.index("»")})[2:]
        ('أحدهم', 'unnamed')
        >>> t = "أما صحيفة البيان الإماراتية فدعت إلى التنسيق و«مكافحة الإرهاب»."
        >>> phrase_before(Context.of(t, [], []), {"start": t.index("«") + 1, "end": t.index("»")})[2:]
        ('صحيفة البيان الإماراتية', 'outlet')
    """
    cue = _quote_facts(ctx, q)[0]
    if cue is None or cue[1] > q["start"]:
        return None
    text = ctx.text
    sentence = _sentence_start(ctx, cue[0])
    a = max(sentence, cue[0] - 120)
    ws = _words(text, a, cue[0])
    cut = max((j + 1 for j, w in enumerate(ws) if w[3] in _OPENERS or "\n" in text[w[0]:w[1]]), default=0)
    if a > 0 and text[a - 1] not in ".!?؟\n" and cut == 0 and sentence < a:
        return None  # the sentence opens further back than we read
    opens = len(ws) - cut <= 8  # the sentence's first word is within eight words of the cue
    ws = ws[cut:][-8:]
    leads = _clause_words("clause_lead")
    starts = [0] * opens + [j + 1 for j, w in enumerate(ws) if w[3] in ("،", ",") or w[3] in leads]
    if ws and _joined_verb(ctx.text[cue[0]:cue[1]]):
        starts.append(len(ws) - 1)  # the word right before a joined cue (تنهدت المرأة وقالت, not … في الشرطة واصفا)
    types = lexicon().speaker_types
    starts += [j for j, w in enumerate(ws[:-1]) if types.get(strip_article(w[3])) == "other" and ws[j + 1][3][:1] == "ل"]
    for j in sorted(set(starts)):
        if j >= len(ws):
            continue
        found = _body_phrase(ctx, ws, j)
        if found is not None:
            return found
    return None


def _joined_verb(cue: str) -> bool:
    """``cue`` is a verb of saying with و/ف joined to it (وقالت، فكتب), not a participle (واصفا)."""
    cues, k = lexicon().cues, normalize(cue)
    return k[:1] in "وف" and k[1:] in cues and cues[k[1:]][2] != "participle"


def _body_phrase(ctx: Context, ws: list, j: int) -> tuple[int, int, str, str] | None:
    """The speaking phrase headed by word ``ws[j]`` (see :func:`phrase_before`), else None."""
    lex, before = lexicon(), _speakers_before()
    s, e, raw, k = ws[j]
    bare = k[1:] if k[:1] in "وف" and len(k) > 3 else k
    head = strip_article(bare if strip_article(bare) in lex.speaker_types or strip_article(bare) in before else k)
    typ = lex.speaker_types.get(head) or before.get(head)
    if typ == "other" and j + 1 < len(ws) and ws[j + 1][3][:1] == "ل":  # بيان لوزارة الداخلية
        body = ws[j + 1][3][1:]
        if lex.speaker_types.get(body) in ("organisation", "outlet"):
            s, e, raw, k = ws[j + 1][0] + 1, ws[j + 1][1], ws[j + 1][2][1:], body
            j, typ = j + 1, lex.speaker_types[body]
    if typ not in _PHRASE_TYPES:
        if typ is not None or head not in lex.sources:
            return None  # a document (في بيان لها قالت: the statement is the speaker's own)
        typ = "unnamed"
    if k[:1] in "وف" and strip_article(k[1:]) == head:  # فالبعض، والمصادر: the conjunction is no word of it
        s += 1
    i = bisect.bisect_left(ctx.mentions, (s,))
    if i < len(ctx.mentions) and ctx.mentions[i][0] <= e and ctx.mentions[i][1] > s:
        return None
    end, definite = e, is_definite(head if head != k else k) or k.startswith("ال") or k[1:].startswith("ال")
    for s2, e2, raw2, k2 in ws[j + 1:j + 4]:
        if k2 in lex.cues or k2 in _phrase_stops() or not (is_definite(k2) or not definite and re.search("(ي|يه)$", k2)):
            break
        end = e2
    if named_after(ctx, end, "PER") is not None:
        return None  # the role of a named person (والمتحدثة باسم الاتحاد فيديريكا موغيريني … قالت)
    return s, end, ctx.text[s:end], typ


#: Prepositions as written that normalise into a title: أمام (before) is إمام (imam) once its hamza is folded
#: (وأضاف أمام مؤتمر طبي في طهران: no imam named «مؤتمر طبي»).
_WRITTEN_PREPOSITIONS = frozenset(("أمام",))


def _role_word(k: str) -> bool:
    """The normalised word ``k`` is a title or a person's speaker noun that may stand before a
    name (المتحدث، النائب، مؤسس), not one of a group (أحد المسؤولين في الوزارة لمراسلنا: nobody named)."""
    lex = lexicon()
    return k not in _ONE_OF and (strip_article(k) in lex.title_words
                                 or lex.speaker_types.get(strip_article(k)) in ("person", "unnamed"))


@lru_cache(maxsize=1)
def _speakers_before() -> dict[str, str]:
    """Head nouns of ``speakers_before.tsv`` (normalised, no ال) → speaker type."""
    return {strip_article(normalize(r["noun"])): r["type"] for r in lexicons.read("speakers_before")}


def country_subject(ctx: Context, q: dict) -> tuple[int, int, str] | None:
    """A country or capital of the gazetteers that the entity model did not tag, the bare subject
    of the quote's cue verb right after it (ودعت السعودية إيران إلى «…») or right before it (ولكن
    الصين تقول): it speaks for its government. ``(start, end, name)`` or None.

    Example:
        >>> t = "ودعت السعودية إيران إلى «احترام الجوار»."
        >>> country_subject(Context.of(t, [], []), {"start": t.index("«") + 1, "end": t.index("»")})
        (5, 13, 'السعودية')
    """
    cue = _quote_facts(ctx, q)[0]
    if cue is None:
        return None
    text, names = ctx.text, _country_names()
    after = _words(text, cue[1], min(len(text), cue[1] + 40))
    before = _words(text, max(0, cue[0] - 40), cue[0])
    options = []
    if after and not text[cue[1]:after[0][0]].strip():
        options += [after[:2], after[:1]]
    if before and not text[before[-1][1]:cue[0]].strip():
        options += [before[-2:], before[-1:]]
    for ws in options:
        if not ws or any(w[3] in _OPENERS for w in ws):
            continue
        s, e = ws[0][0], ws[-1][1]
        key = " ".join(w[3] for w in ws)
        if key[:1] in "وف" and key[1:] in names:
            s, key = s + 1, key[1:]
        if key in names and not (q["start"] <= s < q["end"]):
            i = bisect.bisect_left(ctx.places, (s,))
            if i < len(ctx.places) and ctx.places[i][0] == s:
                return None  # a LOC mention: place_subject proposes it
            return s, e, text[s:e]
    return None


#: Names of countries and capitals (``gazetteer_countries.tsv``, ``gazetteer_cities.tsv``), normalised:
#: the set :mod:`newslib.mentions` already reads once.
_country_names = mentions._places


def main_subject(ctx: Context, q: dict) -> tuple[int, int, str, str] | None:
    """For a quote after a participle of saying (قائلا، قائلة، مضيفا) or a pro-drop verb joined to the
    sentence's first verb (وأيد ايان شيفاردسون … ذلك وقال إن «…»), the subject of its sentence's
    first word, a verb (ورحب شوانغ باقتراح ترامب قائلاً إن «…»; وعارضت الصين بشدة … قائلة إن «…»): a
    PER or ORG mention or a country right after it, not a later name the sentence holds (ترامب).
    ``(start, end, name, type)`` or None.

    Example:
        >>> t = "ورحب شوانغ باقتراح ترامب بمقابلة كيم قائلاً إن «الحوار هو الطريق»."
        >>> ms = [(5, 10, "PER", "جينغ شوانغ"), (19, 24, "PER", "دونالد ترامب")]
        >>> main_subject(Context.of(t, ms, []), {"start": t.index("«") + 1, "end": t.index("»")})
        (5, 10, 'جينغ شوانغ', 'person')
        >>> t = "وعارضت الصين بشدة نشر المنظومة قائلة إنه «يتعارض مع عملياتها»."
        >>> main_subject(Context.of(t, [], []), {"start": t.index("«") + 1, "end": t.index("»")})
        (7, 12, 'الصين', 'organisation')
    """
    cue, has_subject, _ = _quote_facts(ctx, q)
    if cue is None or cue[1] > q["start"]:
        return None
    text, lex = ctx.text, lexicon()
    key = normalize(text[cue[0]:cue[1]])
    entry = lex.cues.get(key) or (lex.cues.get(key[1:]) if key[:1] in "وف" else None)
    if entry is None or (entry[2] != "participle" and (has_subject or key[:1] not in "وف")):
        return None  # a participle, or a pro-drop verb joined by و/ف to the sentence's first (وأيد X ذلك وقال إن)
    ws = _after_verb_lead(_words(text, _sentence_start(ctx, cue[0]), cue[0]))
    if len(ws) < 3 or not _PARTICIPLE_CLAUSE_VERB_RE.fullmatch(ws[0][3]) or _covered(ctx, ws[0][0], ws[0][1]) \
            or any(w[3] in (":", ".", "؛", ";") for w in ws):
        return None  # a name opens the sentence (a byline: شقران الرشيدي- سبق- الرياض:), or a colon cuts it
    i = bisect.bisect_left(ctx.quote_spans, (ws[0][0],))
    if (i < len(ctx.quote_spans) and ctx.quote_spans[i][0] < cue[0]) or _in_marks(ctx, ws[0][0]):
        return None  # a quotation before the cue: its words are no subject («…» ويضيف «…»)
    verb = ws[0][3][1:] if ws[0][3][:1] in "وف" else ws[0][3]
    if verb in _no_verb_leads() or ws[0][3] in _no_verb_leads() or is_definite(verb) or verb in lex.first_names:
        return None  # وفي، وبعد، والرئيس: no verb opens the sentence
    s = ws[1][0]
    i = bisect.bisect_left(ctx.mentions, (s,))
    if i < len(ctx.mentions) and ctx.mentions[i][0] != s and ctx.mentions[i][2] == "PER" and ctx.mentions[i][1] <= cue[0] \
            and _role_gap(text[s:ctx.mentions[i][0]]):
        s = ctx.mentions[i][0]  # a person after the role the verb's subject opens with (طالب الناقد الرياضي صالح الحمادي)
    if i < len(ctx.mentions) and ctx.mentions[i][0] == s and ctx.mentions[i][1] <= cue[0]:
        a, b, label, name = ctx.mentions[i][:4]
        if label == "PER":  # its fullest form in the article (ابو الخير → محسن ابو الخير)
            key = normalize(name)
            name = max((m[3] for m in ctx.mentions if m[2] == "PER" and normalize(m[3]).endswith(" " + key)),
                       key=len, default=name)
        return a, b, name, "person" if label == "PER" else (listed_type(name) or "organisation")
    if ws[1][3] in _country_names():
        return ws[1][0], ws[1][1], ws[1][2], "organisation"
    if is_definite(ws[1][3]):  # a family name the entity model tagged elsewhere (ودافع الخليفي … قائلا)
        names = {m[3] for m in ctx.mentions if m[2] == "PER" and len(m[3].split()) > 1
                 and normalize(m[3].split()[-1]) == ws[1][3]}
        if len(names) == 1:
            return ws[1][0], ws[1][1], names.pop(), "person"
    return None


def _after_verb_lead(ws: list) -> list:
    """The words ``ws`` of a sentence without the lead-in that opens it before its verb and its comma
    (``speaker_clause_words.tsv``, kind verb_lead: بدوره طالب …; من جانبه، عبر …).

    Example:
        >>> t = "من جانبه، عبر اللاعب عن سعادته"
        >>> [w[2] for w in _after_verb_lead(_words(t, 0, len(t)))][:2]
        ['عبر', 'اللاعب']
    """
    leads = _clause_words("verb_lead")
    i = 1 if ws and ws[0][3] in leads else 2 if len(ws) > 1 and ws[0][3] in ("من", "ومن") and ws[1][3] in leads else 0
    while i and i < len(ws) and ws[i][3] in ("،", ","):
        i += 1
    return ws[i:]


def _role_gap(gap: str) -> bool:
    """``gap``, between a verb's first word after it and a person, is a role: one to three definite words or
    titles, nothing else (الناقد الرياضي، الروائي; not في العاصمة، المدرب في النادي).

    Example:
        >>> _role_gap("الناقد الرياضي "), _role_gap("في العاصمة "), _role_gap("")
        (True, False, False)
    """
    words = normalized_words(gap)
    titles = lexicon().title_words
    return 1 <= len(words) <= 3 and all(is_definite(w) or strip_article(w) in titles for w in words)


@lru_cache(maxsize=1)
def _no_verb_leads() -> frozenset[str]:
    """Sentence openers that are no verb (``no_verb_leads.tsv``: في، لكن، هذا، كان), normalised."""
    return frozenset(normalize(w) for w in lexicons.column("no_verb_leads", "word"))


#: A sentence's first word that may be a verb: و/ف and letters, three or more.
_PARTICIPLE_CLAUSE_VERB_RE = re.compile("[\u0621-\u064a]{3,}")

#: The readers of speakers that no rule, entity mention or phrase after the cue proposes, in order:
#: (source, reader, speaker type; None: the type the reader gives).
UNPROPOSED = (("slot", slot_name, "person"), ("before", phrase_before, None), ("country", country_subject, "organisation"),
              ("main", main_subject, None))


def unproposed_speaker(ctx: Context, q: dict) -> tuple | None:
    """The first reading of :data:`UNPROPOSED` for quote ``q`` (a row of the rules) that may
    replace its speaker, as ``(source, (start, end, name), type)``, else None: the rules found
    nobody, or a speaker without a mention of its own (pro-drop, carried over), or for a name in
    the subject slot only the role before it (the rules' speaker lies between the cue and the name).
    The readers run only where they may replace (most quotes have a named subject).

    Example:
        >>> t = "واتفق معه مغردون كثر، أحدهم قال: «زي اللي سوا الهاشتاق»."
        >>> q = {"start": t.index("«") + 1, "end": t.index("»"), "speaker": None}
        >>> unproposed_speaker(Context.of(t, [], [q]), q)
        ('before', (22, 27, 'أحدهم'), 'unnamed')
    """
    ss, se = _offset(q.get("speaker_start")), _offset(q.get("speaker_end"))
    if isinstance(q.get("speaker"), str) and q.get("speaker") and ss is not None:
        cue = _quote_facts(ctx, q)[0]
        if cue is None or cue[1] > ss:
            return None
        found = slot_name(ctx, q)
        return ("slot", found, "person") if found is not None and se is not None and se <= found[0] else None
    for source, read, typ in UNPROPOSED:
        found = read(ctx, q)
        if found is not None:
            return source, found[:3], typ or found[3]
    return None


#: The rules' confidence that each source of :data:`UNPROPOSED` gives (``rules.py``).
SOURCE_CONFIDENCE = {"slot": CONFIDENCE["slot_name"], "before": CONFIDENCE["phrase_before"],
                      "country": CONFIDENCE["country_subject"], "main": CONFIDENCE["main_subject"]}


def settled(q: dict, ctx: Context) -> bool:
    """The rules' speaker of ``q`` is one that a reader of :data:`UNPROPOSED` gave (the rule stage
    :func:`newslib.quotes.resolve.unproposed_speakers`): no other candidate was right in such
    quotes, so the ranker neither decides nor learns from them (nor from a rules' speaker that
    one of them reads the same)."""
    s, e = _offset(q.get("speaker_start")), _offset(q.get("speaker_end"))
    if s is None or not isinstance(q.get("speaker"), str):
        return False
    for source, read, _ in UNPROPOSED:
        if _may_read(source, q["speaker"]):
            found = read(ctx, q)
            if found is not None and (found[0], found[1]) == (s, e):
                return True
    return False


def _may_read(source: str, name: str) -> bool:
    """Whether the reader ``source`` of :data:`UNPROPOSED` can give ``name`` at all (a cheap test
    before running it): a phrase is headed by a source, body or group noun, a country is one."""
    if source in ("slot", "main"):
        return True
    words = normalize(name).split()
    if not words:
        return False
    if source == "country":
        return " ".join(words) in _country_names()
    lex, head = lexicon(), strip_article(words[0])
    return lex.speaker_types.get(head) in _PHRASE_TYPES or head in lex.sources or head in _speakers_before()


#: Speakers of type ``other`` that are scripture, not a document.
_NOT_DOCUMENTS = frozenset(normalize(w) for w in ("الله", "النبي", "رسول", "النبي محمد"))


def document_subject(ctx: Context, q: dict) -> tuple[int, int, str] | None:
    """A document that speaks: the last definite document noun (``speaker_types.tsv`` type
    ``other``: البيان، التقرير، القانون، الخطاب …) of the quote's sentence before its marks, its
    proclitics و ف ب ل cut: ``(start, end, name)``, else None.

    Example:
        >>> t = "وقال صلى الله عليه وسلم: «المسلم من سلم المسلمون»."
        >>> document_subject(Context.of(t, [], []), {"start": t.index("«") + 1, "end": t.index("»")})
        >>> t = "ويقضي القانون الجديد بـ«مكافحة استغلال الدين»."
        >>> document_subject(Context.of(t, [], []), {"start": t.index("«") + 1, "end": t.index("»")})
        (6, 13, 'القانون')
        >>> t = "وبموجب القانون، تعتبر «الفصائل كيانات قانونية»."
        >>> document_subject(Context.of(t, [], []), {"start": t.index("«") + 1, "end": t.index("»")})[2]
        'القانون'
        >>> t = "ودعت صحيفة البيان إلى «التنسيق بين الدول»."
        >>> document_subject(Context.of(t, [], []), {"start": t.index("«") + 1, "end": t.index("»")})
    """
    docs = ctx.cache.get("docs")
    if docs is None:
        docs = ctx.cache["docs"] = _documents(ctx.text)
    if not docs:
        return None
    qopen = q["start"]
    i = bisect.bisect_left(docs, (qopen,)) - 1
    if i < 0 or docs[i][1] > qopen or docs[i][0] < max(_sentence_start(ctx, max(qopen - 1, 0)), qopen - 300):
        return None
    return docs[i]


_FORMS = {"ا": "[اأإآ]", "أ": "[اأإآ]", "إ": "[اأإآ]", "آ": "[اأإآ]", "ة": "[ةه]", "ه": "[ةه]", "ى": "[ىي]", "ي": "[ىي]"}


@lru_cache(maxsize=1)
def _document_re() -> re.Pattern:
    """One regex for the definite document nouns of ``speaker_types.tsv`` (type ``other``, one
    word, not scripture), with و ف ب ل before them and the spellings normalize() joins."""
    words = sorted({w for w, t in lexicon().speaker_types.items() if t == "other" and " " not in w
                    and w not in _NOT_DOCUMENTS and "ال" + w not in _NOT_DOCUMENTS}, key=len, reverse=True)
    alt = "|".join("".join(_FORMS.get(ch, re.escape(ch)) for ch in w) for w in words)
    return re.compile(f"(?<![\\w\u0640])[وفبل]{{0,2}}(ال(?:{alt}))(?![\\w\u0640])")


def _documents(text: str) -> list[tuple[int, int, str]]:
    """Every definite document noun of ``text`` as ``(start, end, name)``, sorted; not one that
    completes an outlet's or a body's name (وكالة الأنباء، صحيفة البيان)."""
    types = lexicon().speaker_types
    out = []
    for m in _document_re().finditer(text):
        before = text[max(0, m.start() - 30):m.start()].split()
        if before:
            w = strip_article(normalize(before[-1]))
            w = w if w in types or w[:1] not in "وفبل" else strip_article(w[1:])
            if types.get(w) not in (None, "other"):
                continue
        out.append((m.start(1), m.end(1), m.group(1)))
    return out


def _known_place(text: str, place: tuple) -> tuple[str, int]:
    """(name, end) of a LOC mention cut to its longest beginning the gazetteers know (a mention
    that ran over the object: الإمارات العربية المتحدة قطر → الإمارات العربية المتحدة); whole otherwise.

    Example:
        >>> t = "اتهمت الإمارات العربية المتحدة قطر بتسريب المطالب"
        >>> _known_place(t, (6, 34, "LOC", "الإمارات العربية المتحدة قطر"))
        ('الإمارات العربية المتحدة', 30)
    """
    s, e, _, name = place
    known = lexicon().gazetteer_names
    words = text[s:e].split()
    for n in range(len(words), 0, -1):
        part = " ".join(words[:n])
        if normalize(part) in known and text.startswith(part, s):
            return (name if n == len(words) else part), s + len(part)
    return name, e


def joined_names(text: str, mentions: list) -> list:
    """A one-word PER mention that the entity model split from the name before it, only a space
    between, joined to it (محمد رحيم + أمين → محمد رحيم أمين): the family name that ends the name.
    Not a mention of two words or more, nor a first name (``first_names.tsv``), which start another
    person's name (المتحدثة باسم ترامب سارة ساندرز). Other mentions are kept as they are.

    Example:
        >>> t = "وقال محمد رحيم أمين، حاكم منطقة بركي"
        >>> joined_names(t, [(5, 14, "PER", "محمد رحيم"), (15, 19, "PER", "أمين")])
        [(5, 19, 'PER', 'محمد رحيم أمين')]
        >>> t = "المتحدثة باسم ترامب سارة ساندرز"
        >>> len(joined_names(t, [(14, 19, "PER", "ترامب"), (20, 31, "PER", "سارة ساندرز")]))
        2
    """
    out: list = []
    first = lexicon().first_names
    for m in mentions:
        if (out and m[2] == "PER" and out[-1][2] == "PER" and text[out[-1][1]:m[0]] == " "
                and len(m[3].split()) == 1 and normalize(m[3]) not in first):
            p = out.pop()
            m = (p[0], m[1], "PER", f"{p[3]} {m[3]}")
        out.append(m)
    return out


def without_title(text: str, name: str, s: int, e: int) -> tuple[str, int]:
    """A person's name without the definite titles or roles the entity model took into it
    (المغرد يوسف أحمد القاسم → يوسف أحمد القاسم، الشيف باولو → باولو): leading words with ال
    that are titles (``titles.tsv``) or roles (``anaphora_nouns.tsv``), one word at least kept;
    ``(name, start)``, the start moved past them when the text has the rest there.

    Example:
        >>> t = "وقال المغرد يوسف أحمد القاسم"
        >>> without_title(t, "المغرد يوسف أحمد القاسم", 5, len(t))
        ('يوسف أحمد القاسم', 12)
        >>> without_title("الحسن بن علي", "الحسن بن علي", 0, 12)
        ('الحسن بن علي', 0)
    """
    words = name.split()
    n = 0
    titles = lexicon().title_words
    while n < len(words) - 1:
        w = normalize(words[n])
        if not w.startswith("ال") or (strip_article(w) not in titles and _anaphora_nouns().get(strip_article(w)) != "person"):
            break
        n += 1
    if not n:
        return name, s
    rest = " ".join(words[n:])
    i = text.find(rest, s, e)
    return rest, (i if i >= 0 else s)

@lru_cache(maxsize=1)
def _anaphora_nouns() -> dict[str, str]:
    """Head noun (normalised, no ال) → ``person`` / ``body`` (``anaphora_nouns.tsv``)."""
    return {normalize(r["word"]): r["kind"] for r in lexicons.read("anaphora_nouns")}


@lru_cache(maxsize=65536)
def anaphoric_head(speaker: str | None) -> str | None:
    """``person`` or ``body`` when ``speaker`` is a bare head noun that stands for a name given
    elsewhere (``anaphora_nouns.tsv``: المتحدث، الشركة، مجموعة، استاذ، رئيسة اتحاد), else None.

    Example:
        >>> anaphoric_head("المتحدث"), anaphoric_head("وكالة الانباء الرسمية"), anaphoric_head("فرحان حق")
        ('person', 'body', None)
    """
    if not isinstance(speaker, str) or not speaker.split():
        return None
    return _anaphora_nouns().get(_head_noun(speaker))


@lru_cache(maxsize=65536)
def _head_noun(phrase: str) -> str:
    """The first word of ``phrase`` normalised, its proclitics and ال cut: the head noun that
    ``anaphora_nouns.tsv`` and ``speaker_types.tsv`` list (والمتحدث → متحدث)."""
    return strip_article(strip_proclitics(normalize(phrase.split()[0]), _anaphora_nouns()))


#: What may stand between a role and the name it introduces: no sentence end, colon or mark of speech.
_ROLE_GAP_BREAK_RE = re.compile('[.:؛;!?؟\n]')


def named_after(ctx: Context, end: int, label: str) -> tuple | None:
    """The first ``label`` mention (PER / ORG) after a role that ends at ``end``, when only the
    rest of the role stands between (six words at most, no sentence end, no إن/أن, no cue): the
    name the role introduces (ويقول استاذ العلوم السياسية في الجامعة الاميركية اشرف الشريف ان،
    ذكرت مجموعة (بيرسون بي ال سي)). None otherwise.

    Example:
        >>> t = "ويقول استاذ العلوم السياسية في الجامعة الاميركية اشرف الشريف ان الرياضة"
        >>> s = t.index("اشرف")
        >>> named_after(Context.of(t, [(s, s + 11, "PER", "اشرف الشريف")], []), 11, "PER")[3]
        'اشرف الشريف'
    """
    i = bisect.bisect_left(ctx.mentions, (end,))
    while i < len(ctx.mentions) and ctx.mentions[i][0] - end <= 80:
        m = ctx.mentions[i]
        gap = ctx.text[end:m[0]]
        if _ROLE_GAP_BREAK_RE.search(gap) or _COMP_RE.search(gap) or len(gap.split()) > 6:
            return None
        j = bisect.bisect_left(ctx.cues, (end,))
        if j < len(ctx.cues) and ctx.cues[j][0] < m[0]:
            return None
        if m[2] == label:
            return m
        i += 1
    return None


def introduced_before(ctx: Context, speaker: str, start: int, label: str) -> tuple | None:
    """The nearest earlier ``label`` mention introduced with the head noun of ``speaker``: a
    person with the noun among the six words before it (مساعد المتحدث باسم الامم المتحدة فرحان حق
    … واوضح المتحدث), an organisation whose name begins with it or that follows it (شركة
    بيرسون … الشركة). None otherwise.

    Example:
        >>> t = "قال مساعد المتحدث باسم الامم المتحدة فرحان حق امس. واوضح المتحدث ان"
        >>> s = t.index("فرحان")
        >>> introduced_before(Context.of(t, [(s, s + 8, "PER", "فرحان حق")], []), "المتحدث", t.index("المتحدث", s), "PER")[3]
        'فرحان حق'
    """
    head = _head_noun(speaker)
    i = bisect.bisect_left(ctx.mentions, (start,)) - 1
    while i >= 0:
        m = ctx.mentions[i]
        if m[2] == label and m[1] <= start and head in _introduced_by(ctx, m):
            return m
        i -= 1
    return None


def _words_before(text: str, pos: int, reach: int, last: int) -> list[str]:
    """The ``last`` normalised words of the ``reach`` characters before ``pos``, opening marks
    and brackets read as spaces (وكالة «كي سي إن إيه» → [..., 'وكاله'] before كي)."""
    return normalized_words(re.sub(r"[(«\"“]", " ", text[max(0, pos - reach):pos]), last=last)


def _introduced_by(ctx: Context, m: tuple) -> frozenset[str]:
    """The words, without proclitics and ال, that may introduce mention ``m``: the six before a
    person, the one before an organisation and its name's first word (computed once)."""
    k = ("i", m[0], m[1])
    if k not in ctx.cache:
        before = _words_before(ctx.text, m[0], 60, 6)
        if m[2] == "ORG":
            before = before[-1:] + normalize(m[3]).split()[:1]
        ctx.cache[k] = frozenset(strip_article(strip_proclitics(w, _anaphora_nouns())) for w in before)
    return ctx.cache[k]


def _antecedent_of(ctx: Context, q: dict) -> tuple | None:
    """The mention that the rules' speaker stands for when it is a bare head noun
    (:func:`anaphoric_head`): the name right after its phrase (:func:`named_after`), else the one
    introduced with the noun before (:func:`introduced_before`). When the rules chose a name, the
    same for a bare noun right after the quote's cue that no name follows (ووصف الحزب … → the party
    introduced before). None otherwise (computed once)."""
    k = ("a", q["start"], q["end"])
    if k not in ctx.cache:
        found = None
        spk, ss, se = q.get("speaker"), _offset(q.get("speaker_start")), _offset(q.get("speaker_end"))
        kind = anaphoric_head(spk)
        if kind is not None and ss is not None and se is not None and not _covered(ctx, ss, se):
            label = "PER" if kind == "person" else "ORG"
            found = named_after(ctx, se, label) or introduced_before(ctx, spk, ss, label)
        else:
            # the rules chose another speaker: the cue's own subject, when it is a bare noun that no
            # name follows (a name right after it is the cue's subject, which other features see)
            spk, ss, se = _noun_after_cue(ctx, q)
            kind = anaphoric_head(spk)
            if kind is not None and not _covered(ctx, ss, se):
                label = "PER" if kind == "person" else "ORG"
                if named_after(ctx, se, label) is None:
                    found = introduced_before(ctx, spk, ss, label)
        ctx.cache[k] = (found, spk if found is not None else None)
    return ctx.cache[k][0]


def antecedent_type(ctx: Context, q: dict) -> str | None:
    """The speaker type that the bare noun of :func:`_antecedent_of` gives its organisation
    (``speaker_types.tsv``: وكالة → outlet, شركة → organisation); None for a person or no noun.

    Example:
        >>> t = "وذكرت وكالة الانباء الرسمية (سانا) ان المبعوث «سيرفع تقريرا»."
        >>> q = {"start": t.index("«") + 1, "end": t.index("»"), "speaker": "وكالة الانباء الرسمية",
        ...      "speaker_start": 6, "speaker_end": 27}
        >>> antecedent_type(Context.of(t, [(29, 33, "ORG", "سانا")], [q]), q)
        'outlet'
    """
    found = _antecedent_of(ctx, q)
    if found is None or found[2] != "ORG":
        return None
    noun = ctx.cache[("a", q["start"], q["end"])][1]
    head = _head_noun(noun)
    typ = lexicon().speaker_types.get(head)
    return typ if typ in ("organisation", "outlet") else "organisation"


_WORD_RE = re.compile(r"\s*(\w+)")


def _noun_after_cue(ctx: Context, q: dict) -> tuple[str | None, int | None, int | None]:
    """The definite word right after the quote's cue verb, ``(word, start, end)``: its subject when
    it is a noun (ووصف الحزب الرئيس بأنه «…»); ``(None, None, None)`` when there is none.

    Example:
        >>> t = "ووصف الحزب الرئيس بأنه «دمية»."
        >>> _noun_after_cue(Context.of(t, [], []), {"start": t.index("«") + 1, "end": t.index("»")})
        ('الحزب', 5, 10)
    """
    cue = _quote_facts(ctx, q)[0]
    m = _WORD_RE.match(ctx.text, cue[1]) if cue is not None else None
    if m is None or not normalize(m.group(1)).startswith("ال"):
        return None, None, None
    return m.group(1), m.start(1), m.end(1)


def _covered(ctx: Context, s: int, e: int) -> bool:
    """A PER/ORG mention overlaps ``s``–``e`` (the rules' speaker is itself a name)."""
    i = bisect.bisect_right(ctx.mentions, (e,))
    while i > 0:
        i -= 1
        m = ctx.mentions[i]
        if m[1] > s:
            return True
        if m[0] < s - 200:
            break
    return False


def completed_name(q: dict, ctx: Context) -> dict:
    """Row ``q`` with the rules' speaker completed from the PER mention that holds it, when that
    mention (:func:`joined_names` included) covers the speaker's offsets and has more words
    (محمد رحيم → محمد رحيم أمين: the family name the entity model split off); ``q`` itself otherwise.

    Example:
        >>> t = "وقال محمد رحيم أمين، حاكم منطقة بركي، إن «المروحيات هاجمت»."
        >>> q = {"start": t.index("«") + 1, "end": t.index("»"), "speaker": "محمد رحيم", "speaker_start": 5, "speaker_end": 14}
        >>> ctx = Context.of(t, [(5, 14, "PER", "محمد رحيم"), (15, 19, "PER", "أمين")], [q])
        >>> completed_name(q, ctx)["speaker"], completed_name(q, ctx)["speaker_end"]
        ('محمد رحيم أمين', 19)
    """
    spk, ss, se = q.get("speaker"), _offset(q.get("speaker_start")), _offset(q.get("speaker_end"))
    if not isinstance(spk, str) or not spk or ss is None or se is None:
        return q
    words = set(_key(spk).split())
    i = bisect.bisect_right(ctx.mentions, (ss, 10**12)) - 1
    while i >= 0 and ctx.mentions[i][1] >= se:
        m = ctx.mentions[i]
        if m[2] == "PER" and m[0] <= ss and se <= m[1] and (m[0], m[1]) != (ss, se) and words < set(ctx.keys[i].split()):
            name, start = without_title(ctx.text, m[3], m[0], m[1])
            return {**q, "speaker": name, "speaker_start": start, "speaker_end": m[1],
                    "speaker_mention": ctx.text[start:m[1]]}
        i -= 1
    return q


def candidates(q: dict, ctx: Context, previous: dict | None = None) -> list[Candidate]:
    """The candidates of quote ``q``: the rules' speaker, the names near it, the previous quote's
    speaker (``previous``, a row), and nobody (last). One candidate per name (its name_key); a
    person's name near whose words are part of the previous (person) speaker's is that speaker
    (راغب after راغب علامة)."""
    near = _nearest_mentions(ctx, q["start"], q["end"])
    out: list[Candidate] = []
    seen = set()
    spk = q.get("speaker")
    rule_words: set[str] = set()
    if isinstance(spk, str) and spk:
        k = _key(spk)
        rule_words = set(k.split())
        s, e, label = q.get("speaker_start"), q.get("speaker_end"), None
        # the entity names that are the rules' speaker or part of it (كرحوت for صباح كرحوت) are
        # that candidate: it takes their label and nearest mention
        parts = sorted((gap, m) for kk, (gap, m) in near.items() if set(kk.split()) <= rule_words)
        if parts:
            label = parts[0][1][2]
            if s is None:
                s, e = _last_before(ctx, _key(parts[0][1][3]), q["start"]) or parts[0][1][:2]
        out.append(Candidate(spk, "rules", label, s, e, float(q.get("confidence") or 0), q.get("speaker_type")))
        seen.add(k)
    prev_spk = previous.get("speaker") if previous is not None and previous.get("speaker_type") == "person" else None
    prev_words = set(_key(prev_spk).split()) if isinstance(prev_spk, str) and prev_spk else set()
    for k, (_, (s, e, label, name)) in sorted(near.items(), key=lambda kv: kv[1][0]):
        if label == "PER" and prev_words and set(k.split()) < prev_words:
            k, name = _key(prev_spk), prev_spk  # راغب of the previous quote's راغب علامة: that person, named in full
        if k not in seen and not (rule_words and set(k.split()) <= rule_words):
            seen.add(k)
            out.append(Candidate(name, "entity", label, s, e))
    ante = _antecedent_of(ctx, q)
    if ante is not None:
        k = _key(ante[3])
        if k not in seen and not (rule_words and set(k.split()) <= rule_words):
            seen.add(k)
            out.append(Candidate(ante[3], "antecedent", ante[2], ante[0], ante[1],
                                 speaker_type=antecedent_type(ctx, q)))
    place = place_subject(ctx, q)
    if place is not None:
        k = _key(place[3])
        if k not in seen:
            seen.add(k)
            name, end = _known_place(ctx.text, place)
            out.append(Candidate(name, "entity", "LOC", place[0], end))
    phrase = subject_phrase(ctx, q)
    if phrase is not None:
        k = _key(phrase[2])
        if k not in seen and not (rule_words and set(k.split()) <= rule_words):
            seen.add(k)
            out.append(Candidate(phrase[2], "phrase", None, phrase[0], phrase[1], speaker_type=phrase[3]))
    doc = document_subject(ctx, q)
    if doc is not None:
        k = _key(doc[2])
        if k not in seen and not (rule_words and k in rule_words):
            seen.add(k)
            out.append(Candidate(doc[2], "document", None, doc[0], doc[1], speaker_type="other"))
    if previous is not None and isinstance(previous.get("speaker"), str) and previous["speaker"]:
        k = _key(previous["speaker"])
        if k not in seen:
            seen.add(k)
            out.append(Candidate(previous["speaker"], "previous", speaker_type=previous.get("speaker_type")))
    out.append(Candidate(None, "none"))
    return out


# --- features: one small function each -----------------------------------------------------------

def _cue_subject(ctx: Context, s: int) -> bool:
    """A cue verb ends at most four words before ``s``, with no mark, colon or إن/أن between (قال الوزير X).

    Example:
        >>> t = "وقال وزير الخارجية سامي الخالدي"
        >>> _cue_subject(Context.of(t, [], []), t.index("سامي"))
        True
    """
    i = bisect.bisect_right(ctx.cues, (s,)) - 1
    return i >= 0 and _subject_gap(ctx.text[ctx.cues[i][1]:s])


def _subject_gap(gap: str) -> bool:
    """Whether ``gap``, the text between a cue and a mention, lets the mention be its subject: at
    most four words, no mark, colon or إن/أن, no preposition (قال وزير الخارجية X, not قال في X)."""
    return (len(gap) <= 45 and len(gap.split()) <= 4 and not _GAP_BREAK_RE.search(gap) and not _COMP_RE.search(gap)
            and not any(_object_word(w) for w in normalized_words(gap)))


def _cue_next(ctx: Context, e: int) -> bool:
    """A cue verb starts within 12 characters after ``e`` (X قال، X أكد).

    Example:
        >>> t = "سامي الخالدي قال إن الوفد وصل"
        >>> _cue_next(Context.of(t, [], []), 12)
        True
    """
    i = bisect.bisect_left(ctx.cues, (e,))
    return i < len(ctx.cues) and ctx.cues[i][0] - e <= 12 and not _GAP_BREAK_RE.search(ctx.text[e:ctx.cues[i][0]])


def _sentence_start(ctx: Context, pos: int) -> int:
    i = bisect.bisect_left(ctx.sentence_ends, pos) - 1
    return ctx.sentence_ends[i] + 1 if i >= 0 else 0


def _in_clause(ctx: Context, s: int) -> bool:
    """``s`` lies inside the reported clause of a cue of its sentence (قال X إن Y: Y).

    Example:
        >>> t = "وقال سامي الخالدي إن هدى العلي ستزور البلاد"
        >>> c = Context.of(t, [], [])
        >>> _in_clause(c, t.index("هدى")), _in_clause(c, t.index("سامي"))
        (True, False)
    """
    start = _sentence_start(ctx, s)
    i = bisect.bisect_right(ctx.cues, (s,)) - 1
    if i < 0 or ctx.cues[i][1] < start:
        return False
    return bool(_COMP_RE.search(ctx.text, ctx.cues[i][1], s))


def _after_preposition(ctx: Context, s: int) -> bool:
    """A preposition before the mention at ``s``, at most two title words between (مع الرئيس الفرنسي X).

    Example:
        >>> t = "محادثاته مع الرئيس الفرنسي إيمانويل ماكرون"
        >>> _after_preposition(Context.of(t, [], []), t.index("إيمانويل"))
        True
    """
    words = normalized_words(ctx.text[max(0, s - 60):s], last=4)
    titles = lexicon().title_words
    for w in reversed(words):
        if _object_word(w):
            return True
        if strip_article(w) not in titles and not w.startswith("ال"):
            return False
    return False


def _cue_has_subject(ctx: Context, cue: tuple) -> bool:
    """The first PER/ORG mention after ``cue`` is its subject (وقال الوزير سامي …, not وأضاف أن …).

    Example:
        >>> t = "وأضاف أن سامي الخالدي وصل"
        >>> _cue_has_subject(Context.of(t, [(9, 21, "PER", "سامي الخالدي")], []), (0, 5, "m"))
        False
    """
    i = bisect.bisect_left(ctx.mentions, (cue[1],))
    return i < len(ctx.mentions) and _subject_of(ctx, cue, ctx.mentions[i][0])


def _in_marks(ctx: Context, s: int) -> bool:
    """``s`` lies between the marks of a quote of the article."""
    i = bisect.bisect_right(ctx.quote_spans, (s, 10**12)) - 1
    return i >= 0 and ctx.quote_spans[i][0] <= s < ctx.quote_spans[i][1]


def _title_before(ctx: Context, s: int) -> bool:
    """A title word (``titles.tsv``) among the two words before ``s`` (الوزير سامي، رئيسة الاتحاد هدى).

    Example:
        >>> t = "وقال وزير الخارجية سامي الخالدي"
        >>> _title_before(Context.of(t, [], []), t.index("سامي"))
        True
    """
    words = normalized_words(ctx.text[max(0, s - 40):s], last=2)
    titles = lexicon().title_words
    return any(strip_article(w.lstrip("وفل")) in titles or strip_article(w) in titles for w in words)


def _feminine_title(ctx: Context, s: int) -> bool:
    """A feminine title right before ``s`` (الوزيرة، رئيسة، المتحدثة)."""
    words = normalized_words(ctx.text[max(0, s - 40):s], last=2)
    titles = lexicon().title_words
    return any(w.endswith("ه") and strip_article(w) in titles for w in words)


def candidate_gender(c: Candidate, ctx: Context) -> str | None:
    """``f`` / ``m`` from a feminine title before the mention or the first name (``first_names.tsv``).

    Example:
        >>> candidate_gender(Candidate("هيلاري كلينتون", "entity"), Context.of("", [], []))
        'f'
    """
    if c.name is None:
        return None
    if c.start is not None:
        feminine = _mention_facts(ctx, c.start, c.end)[6] if c.end is not None else _feminine_title(ctx, c.start)
        if feminine:
            return "f"
    words = normalize(c.name).split()
    names = lexicon().first_names
    return (names.get(words[0]) or names.get(words[-1])) if words else None


def quote_cue(q: dict, ctx: Context) -> tuple | None:
    """The cue verb that governs quote ``q``, ``(start, end, gender)``: the last cue of its
    sentence before the marks, else one right after them (within 20 characters); None.

    Example:
        >>> t = "وقالت الوزيرة: «نعم»."
        >>> quote_cue({"start": t.index("«") + 1, "end": t.index("»")}, Context.of(t, [], []))
        (0, 5, 'f')
    """
    qopen, qclose = q["start"], q["end"]
    start = _sentence_start(ctx, max(qopen - 1, 0))
    i = bisect.bisect_left(ctx.cues, (qopen,)) - 1
    if i >= 0 and ctx.cues[i][0] >= start:
        return ctx.cues[i]
    j = bisect.bisect_left(ctx.cues, (qclose,))
    return ctx.cues[j] if j < len(ctx.cues) and ctx.cues[j][0] - qclose <= 20 else None


def cue_gender(cue: tuple | None) -> str | None:
    """The gender of a :func:`quote_cue` as written (قالت → f, قال → m), None when it tells none."""
    return cue[2] if cue is not None and cue[2] in ("f", "m") else None


def _subject_of(ctx: Context, cue: tuple | None, s: int) -> bool:
    """The mention at ``s`` is the subject of ``cue``: at most four words after it, no break between.

    Example:
        >>> t = "وقال وزير الخارجية سامي الخالدي: «نعم»."
        >>> _subject_of(Context.of(t, [], []), (0, 4, "m"), t.index("سامي"))
        True
    """
    return cue is not None and s >= cue[1] and _subject_gap(ctx.text[cue[1]:s])


def apposition(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Mentions ``a`` and ``b`` (start, end) stand side by side, only a comma and spaces between
    (المتحدث باسم المقاومة، علي الأحمدي — or the name first: حاتم العريبي، الناطق الرسمي).

    Example:
        >>> t = "وكشف المتحدث باسم المقاومة، علي الأحمدي، عن استهداف"
        >>> apposition(t, (5, 26), (t.index("علي"), t.index("علي") + 11)), apposition(t, (0, 4), (5, 26))
        (True, False)
    """
    gap = text[a[1]:b[0]] if a[1] <= b[0] else text[b[1]:a[0]] if b[1] <= a[0] else "x"
    return len(gap) <= 4 and gap.strip() in ("،", ",")


def _opens_paragraph(text: str, qopen: int) -> bool:
    line_start = text.rfind("\n", 0, qopen) + 1
    before = text[line_start:qopen].strip()
    return not before or before[-1:] == ":" or len(before) <= 1


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    return name_key(name)


@lru_cache(maxsize=65536)
def _type(name: str, person: bool) -> str | None:
    return speaker_type(name, person=person)


def _mention_facts(ctx: Context, s: int, e: int) -> tuple:
    """What the text around the mention at ``s``–``e`` says, whatever the quote (computed once)."""
    k = ("m", s, e)
    if k not in ctx.cache:
        # X قال, unless X is the topic of the clause (وعن راموس قال «…»: the question, not the speaker)
        ctx.cache[k] = (_cue_subject(ctx, s), _cue_next(ctx, e) and not topic_before(ctx.text, s), _in_clause(ctx, s),
                        _after_preposition(ctx, s), _in_marks(ctx, s), _title_before(ctx, s), _feminine_title(ctx, s))
    return ctx.cache[k]


def _quote_facts(ctx: Context, q: dict) -> tuple:
    """The quote's cue, whether it has a named subject, whether the quote opens its paragraph (computed once)."""
    k = ("q", q["start"], q["end"])
    if k not in ctx.cache:
        cue = quote_cue(q, ctx)
        ctx.cache[k] = (cue, cue is not None and _cue_has_subject(ctx, cue), _opens_paragraph(ctx.text, q["start"]))
    return ctx.cache[k]


def _mentions_of(ctx: Context, key: str, whole: bool) -> int:
    """Mentions of the name ``key`` in the article; ``whole``: also of the names that are part of it."""
    if not whole:
        return ctx.counts.get(key, 0)
    k = ("n", key)
    if k not in ctx.cache:
        words = set(key.split())
        ctx.cache[k] = sum(v for kk, v in ctx.counts.items() if set(kk.split()) <= words)
    return ctx.cache[k]


def unlabelled_person(c: Candidate, typ: str | None) -> bool:
    """The rules' candidate ``c`` is a person (type ``typ``) that no PER/ORG mention of the entity
    model names: its ``label`` is None (no mention is the rules' speaker or part of it). Such a
    speaker is often a phrase the rules cut wrong (أصدرت سولانج، أوباما ومايك هاكابي، عيناي أجمل).

    Example:
        >>> unlabelled_person(Candidate("أصدرت سولانج", "rules"), "person")
        True
        >>> unlabelled_person(Candidate("سولانج بران", "rules", "PER"), "person"), unlabelled_person(Candidate("المصدر", "rules"), "unnamed")
        (False, False)
    """
    return c.source == "rules" and c.label is None and typ == "person"


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Spans ``a`` and ``b`` (start, end) share a character: a mention that is, or runs over, the
    rules' speaker (وتقول سولانج بران: the rules read أصدرت سولانج, the entity model سولانج بران).

    Example:
        >>> t = "بعد أن قال أوباما ومايك هاكابي"
        >>> overlaps((11, 30), (t.index("مايك"), 30)), overlaps((0, 5), (6, 9))
        (True, False)
    """
    return a[0] < b[1] and b[0] < a[1]


#: Feature names, in the order of the model's weights.
FEATURES = ("null", "null_no_rules", "null_weak_rule", "from_rules", "rule_confidence", "rule_sure",
            "rule_pro_drop", "rule_not_person", "other_than_pro_drop", "other_cue_bare", "extends_rules_name",
            "per", "org", "outlet", "unnamed", "no_position", "before", "after", "distance", "same_sentence",
            "same_paragraph", "subject_of_quote_cue", "cue_subject", "cue_next", "in_clause", "after_preposition",
            "in_marks", "title_before", "gender_agrees", "gender_clashes", "mentions", "spoke_before",
            "previous_speaker", "previous_no_per_between", "opens_paragraph", "words", "loc",
            "apposition_of_rules", "rules_unnamed_subject", "document", "rules_anaphoric", "antecedent",
            "rules_unlabelled", "overlaps_rules", "subject_phrase")


def features(c: Candidate, q: dict, ctx: Context, *, earlier: frozenset | set = frozenset(),
             previous: dict | None = None) -> dict[str, float]:
    """The :data:`FEATURES` of candidate ``c`` of quote ``q`` (a row; ``earlier``: name_keys of the
    speakers of earlier quotes; ``previous``: the previous quote's row)."""
    f = dict.fromkeys(FEATURES, 0.0)
    rule_spk = q.get("speaker") if isinstance(q.get("speaker"), str) and q.get("speaker") else None
    conf = float(q.get("confidence") or 0)
    if c.name is None:
        f["null"] = 1.0
        f["null_no_rules"] = float(rule_spk is None)
        f["null_weak_rule"] = float(rule_spk is not None and conf <= 0.35)
        return f
    text, qopen, qclose = ctx.text, q["start"], q["end"]
    cue, cue_has_subject, opens = _quote_facts(ctx, q)
    k = _key(c.name)
    if c.source == "rules":
        f["from_rules"] = 1.0
        f["rule_confidence"] = conf
        f["rule_sure"] = float(conf >= 0.85)
        f["rule_pro_drop"] = float(0.5 <= conf < 0.8)
        f["rule_not_person"] = float(c.speaker_type not in (None, "person"))
        f["rules_anaphoric"] = float(_antecedent_of(ctx, q) is not None)
    else:
        f["other_than_pro_drop"] = float(rule_spk is not None and 0.5 <= conf < 0.8)
        f["other_cue_bare"] = float(cue is not None and not cue_has_subject)
        if rule_spk is not None:
            f["extends_rules_name"] = float(set(_key(rule_spk).split()) < set(k.split()))
            ante = _antecedent_of(ctx, q)
            f["antecedent"] = float(ante is not None and _key(ante[3]) == k)
    f["per"] = float(c.label == "PER")
    f["loc"] = float(c.label == "LOC")
    f["org"] = float(c.label == "ORG")
    typ = c.speaker_type or _type(c.name, c.label == "PER")
    f["outlet"] = float(typ == "outlet")
    f["unnamed"] = float(typ in ("unnamed", "group"))
    f["document"] = float(typ == "other")
    if c.start is None or c.end is None:
        f["no_position"] = 1.0
    else:
        if c.end <= qopen:
            f["before"], gap_text = 1.0, text[c.end:qopen]
        else:
            f["after"], gap_text = 1.0, text[qclose:c.start] if c.start >= qclose else ""
        f["distance"] = min(len(gap_text) / 100, 6.0)
        f["same_sentence"] = float(not _SENT_END_RE.search(gap_text))
        f["same_paragraph"] = float("\n" not in gap_text)
        cue_subject, cue_next, in_clause, after_prep, in_marks, title_before, _ = _mention_facts(ctx, c.start, c.end)
        f["subject_of_quote_cue"] = float(_subject_of(ctx, cue, c.start))
        f["cue_subject"] = float(not f["subject_of_quote_cue"] and cue_subject)
        f["cue_next"] = float(cue_next)
        f["in_clause"] = float(in_clause)
        f["after_preposition"] = float(after_prep)
        f["in_marks"] = float(in_marks)
        f["title_before"] = float(title_before)
        rs, re_ = _offset(q.get("speaker_start")), _offset(q.get("speaker_end"))
        if c.source == "rules":
            f["rules_unnamed_subject"] = float(typ in ("unnamed", "group") and f["subject_of_quote_cue"] == 1.0)
        elif rule_spk is not None and rs is not None and re_ is not None:
            f["apposition_of_rules"] = float(apposition(text, (rs, re_), (c.start, c.end)))
            f["overlaps_rules"] = float(overlaps((rs, re_), (c.start, c.end)))
    f["rules_unlabelled"] = float(unlabelled_person(c, typ))
    f["subject_phrase"] = float(c.source == "phrase")
    v = cue_gender(cue)
    g = candidate_gender(c, ctx) if v else None
    if g and v:
        f["gender_agrees"] = float(g == v)
        f["gender_clashes"] = float(g != v)
    # the rules' speaker counts the mentions of the names that are part of it (كرحوت for صباح كرحوت)
    f["mentions"] = math.log1p(_mentions_of(ctx, k, c.source == "rules"))
    f["spoke_before"] = float(k in earlier)
    if previous is not None and isinstance(previous.get("speaker"), str) and _key(previous["speaker"]) == k:
        f["previous_speaker"] = 1.0
        a = bisect.bisect_left(ctx.per_starts, previous["end"])
        b = bisect.bisect_left(ctx.per_starts, qopen)
        f["previous_no_per_between"] = float(a == b)
    f["opens_paragraph"] = float(opens)
    f["words"] = float(min(len(k.split()), 4))
    return f


def _offset(x) -> int | None:
    """An offset of a row as an int, None when missing (None, NA, NaN)."""
    try:
        return int(x) if x is not None and x == x else None
    except (TypeError, ValueError):
        return None


# --- the model -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Model:
    """Conditional-logit weights over :data:`FEATURES` and the overrule margin ``threshold`` (log-odds)."""

    weights: np.ndarray
    threshold: float

    @classmethod
    def load(cls, path=None) -> Model | None:
        """The shipped model (or the one at ``path``); None when there is none."""
        d = read_json(MODEL_FILE, path)
        if d is None:
            return None
        if tuple(d["features"]) != FEATURES:
            raise ValueError(f"{MODEL_FILE}: its features {d['features']} are not newslib's {FEATURES}")
        return cls(np.asarray(d["weights"], dtype=float), float(d["threshold"]))

    def scores(self, rows: list[dict[str, float]]) -> np.ndarray:
        """Each candidate's score (log-odds up to a constant)."""
        if not rows:
            return np.zeros(0)
        # a row of :func:`features` holds the features in FEATURES order (dict.fromkeys): its
        # values are the row as they stand; a row built elsewhere is read by name
        x = np.array([list(r.values()) if tuple(r) == FEATURES else [r[n] for n in FEATURES] for r in rows],
                     dtype=float)
        return x @ self.weights

    def probabilities(self, rows: list[dict[str, float]]) -> np.ndarray:
        """The softmax of :meth:`scores` over one quote's candidates."""
        return _softmax(self.scores(rows))


def _softmax(s: np.ndarray) -> np.ndarray:
    """The softmax of scores ``s`` (empty for none)."""
    if not len(s):
        return s
    p = np.exp(s - s.max())
    return p / p.sum()


@lru_cache(maxsize=1)
def shipped_model() -> Model | None:
    """The model in ``newslib/models`` (read once)."""
    return Model.load()


def decide(scores: np.ndarray, rules_index: int, threshold: float) -> int:
    """The candidate chosen: the best one when it beats the rules' (``rules_index``; the null
    candidate when the rules found nobody) by at least ``threshold``, else the rules'.

    Example:
        >>> decide(np.array([0.5, 2.0, 0.0]), 0, 1.0), decide(np.array([0.5, 1.0, 0.0]), 0, 1.0)
        (1, 0)
    """
    best = int(np.argmax(scores))
    if best != rules_index and scores[best] - scores[rules_index] >= threshold:
        return best
    return rules_index


_CONTINUES_GAP_RE = re.compile(r"^[\s:،,]*$")


def _plural_cue_person(q: dict, ctx: Context, rules: Candidate, pick: Candidate) -> bool:
    """The quote's cue is plural (وقالوا، يقولون) and the rules named a speaker while the ranker
    picks one person (a PER name): a plural verb never has one person as its subject (مراقبون
    سياسيون … وقالوا is not الأسد, named in between), so the rules' speaker stays."""
    cue = quote_cue(q, ctx)
    if cue is None or cue[2] != "p" or rules.source != "rules" or pick.label != "PER":
        return False
    return rules.speaker_type in ("group", "unnamed", "organisation")


def continues(q: dict, ctx: Context, previous: dict | None) -> bool:
    """Quote ``q`` has no speaker and continues the previous quote's person: its cue verb stands
    right before its marks with no subject (وأضاف: «…»، واستطرد قائلا), agrees with that person's
    gender, and no other person is named since that quote. The rules carry a speaker over this way,
    but not one that only the ranker found (their history holds their own speakers).

    Example:
        >>> t = "وقال فيصل القاسم «الشعب واحد». وأضاف: «لا طوائف»."
        >>> q = {"start": t.rindex("«") + 1, "end": t.rindex("»")}
        >>> prev = {"speaker": "فيصل القاسم", "speaker_type": "person", "speaker_gender": "m", "end": t.index("»")}
        >>> ctx = Context.of(t, [(5, 16, "PER", "فيصل القاسم")], [])
        >>> continues(q, ctx, prev), continues(q, ctx, {**prev, "speaker_gender": "f"})
        (True, False)
    """
    if previous is None or not previous.get("speaker") or previous.get("speaker_type") not in (None, "person"):
        return False
    cue, has_subject, _ = _quote_facts(ctx, q)
    if cue is None or has_subject or cue[1] > q["start"] or not _CONTINUES_GAP_RE.match(ctx.text[cue[1]:q["start"] - 1]):
        return False
    g, v = previous.get("speaker_gender"), cue_gender(cue)
    if g in ("f", "m") and v in ("f", "m") and g != v:
        return False
    return bisect.bisect_left(ctx.per_starts, previous["end"]) == bisect.bisect_left(ctx.per_starts, cue[0])


def chosen_gender(c: Candidate, q: dict, ctx: Context) -> str | None:
    """The gender of a person the ranker chose: the name's own (a feminine title before the
    mention, the first name: :func:`candidate_gender`), else the quote's cue verb, which agrees
    with its speaker (وأضافت، وتقول); None for a speaker that is no person.

    Example:
        >>> t = "ولفت فهيد إلى المكان. قال: «الحين يا صاحبي»."
        >>> q = {"start": t.index("«") + 1, "end": t.index("»")}
        >>> chosen_gender(Candidate("فهيد", "entity", "PER", 5, 9), q, Context.of(t, [], []))
        'm'
    """
    if c.name is None or _chosen_type(c) != "person":
        return None
    return candidate_gender(c, ctx) or cue_gender(_quote_facts(ctx, q)[0])


def _chosen_type(c: Candidate) -> str | None:
    """The speaker type of a chosen entity candidate: a place speaks for its government
    (organisation) whatever the gazetteer knows of its name, and an organisation of the entity
    model is no person when ``speaker_types.tsv`` does not know its head (بيرسون بي ال سي).

    Example:
        >>> _chosen_type(Candidate("الإمارات العربية المتحدة", "entity", "LOC"))
        'organisation'
        >>> _chosen_type(Candidate("بيرسون بي ال سي", "entity", "ORG"))
        'organisation'
    """
    typ = speaker_type(c.name, person=c.label == "PER")
    return "organisation" if c.label in ("LOC", "ORG") and typ == "person" else typ


def _outlet_noun_before(text: str, s: int) -> bool:
    """The word right before ``s``, without marks and ال, is an outlet's head noun of
    ``speaker_types.tsv`` (وكالة «كي سي إن إيه»، صحيفة "نيويورك بوست"، شبكة سي بي إس)."""
    words = _words_before(text, s, 20, 1)
    types = lexicon().speaker_types
    return bool(words) and types.get(strip_article(strip_proclitics(words[0], types))) == "outlet"


def _only_org(ctx: Context, name: str) -> bool:
    """Every mention of the entity model that is exactly ``name`` is an organisation (ORG)."""
    k = _key(name)
    labels = {m[2] for m, kk in zip(ctx.mentions, ctx.keys) if kk == k}
    return labels == {"ORG"}


def named_type(c: Candidate, ctx: Context) -> str | None:
    """The speaker type of the chosen candidate ``c``: its own (:func:`_chosen_type`), where the
    entity model and the text say more than the name alone: the rules' speaker typed person that
    the entity model only knows as an organisation (وقالت سكايب) is an organisation, unless its
    first name or a feminine title before it tells a gender (:func:`candidate_gender`); an
    organisation that an outlet's noun introduces (وكالة «كي سي إن إيه») is an outlet, unless
    ``speaker_types.tsv`` lists its whole name (وكالة ستاندرد آند بورز: an organisation).

    Example:
        >>> t = "ونشرت وكالة «كي سي إن إيه» مقالا"
        >>> named_type(Candidate("كي سي إن إيه", "entity", "ORG", t.index("كي"), t.index("»")), Context.of(t, [], []))
        'outlet'
        >>> t = "وقالت سكايب إن «الخدمة جديدة»"
        >>> ctx = Context.of(t, [(6, 11, "ORG", "سكايب")], [])
        >>> named_type(Candidate("سكايب", "rules", "ORG", 6, 11, speaker_type="person"), ctx)
        'organisation'
    """
    typ = c.speaker_type or _chosen_type(c)
    if c.source == "rules" and typ == "person" and c.label == "ORG" and isinstance(c.name, str) \
            and _only_org(ctx, c.name) and not candidate_gender(c, ctx):
        typ = "organisation"
    if typ == "organisation" and c.start is not None and listed_type(c.name) is None \
            and _outlet_noun_before(ctx.text, c.start):
        typ = "outlet"
    return typ


def given_name(c: Candidate, text: str) -> tuple[str | None, int | None]:
    """(name, start) that a chosen candidate ``c`` gives the quote's speaker: a person's name
    without the titles the entity model took into its mention (:func:`without_title`: the gold's
    names carry none), other names as they are; the rules' candidate keeps the rules' name, which
    no choice replaces. The trainer labels candidates by this name.

    Example:
        >>> t = "يقول الشيف باولو إن المطبخ عضوي"
        >>> given_name(Candidate("الشيف باولو", "entity", "PER", 5, 16), t)
        ('باولو', 11)
    """
    name, start = c.name, c.start
    if c.source != "rules" and name is not None and start is not None and c.end is not None \
            and (c.speaker_type or _chosen_type(c)) == "person":
        name, start = without_title(text, name, start, c.end)
    return name, start


def _apply(q: dict, c: Candidate, p: float, ctx: Context, previous: dict | None, gender: str | None = None) -> dict:
    """Row ``q`` with candidate ``c`` as its speaker (``p``: the model's probability; ``gender``
    the person's, from :func:`chosen_gender`)."""
    conf, text = round(float(p), 2), ctx.text
    if c.name is None:
        return {**q, "speaker": None, "speaker_mention": None, "speaker_start": None, "speaker_end": None,
                "speaker_type": None, "speaker_gender": None, "confidence": conf}
    if c.source == "previous" and previous is not None:
        return {**q, "speaker": previous["speaker"], "speaker_mention": None, "speaker_start": None,
                "speaker_end": None, "speaker_type": previous.get("speaker_type"),
                "speaker_gender": previous.get("speaker_gender"), "confidence": conf}
    name, start = given_name(c, text)
    typ = named_type(c, ctx)
    return {**q, "speaker": name, "speaker_mention": text[start:c.end] if start is not None else None,
            "speaker_start": start, "speaker_end": c.end, "confidence": conf,
            "speaker_type": typ, "speaker_gender": gender}


def choose(rows: list[dict], text: str, mentions: list[tuple[int, int, str, str]],
           model: Model | None = None) -> list[dict]:
    """Quotes of one article with each speaker chosen among its candidates by ``model``.

    ``rows`` are the rule stages' rows (not modified); only direct and partial quotes (:data:`KINDS`,
    what the model was trained on) are decided, and only they count as earlier speakers. A quote changes
    only when the model's best candidate beats the rules' one by the model's margin
    (:func:`decide`): then it gets that name (its type from the entity label, gender left to
    the first names), the previous speaker, or no speaker, and the model's probability as
    ``confidence``.
    """
    model = model or shipped_model()
    if model is None or not rows or not any(str(q.get("kind")) in KINDS for q in rows):
        return rows  # nothing to decide (a quarter of articles with quotes have only indirect ones)
    ctx = Context.of(text, mentions, rows)
    earlier: set[str] = set()
    previous = None
    out = []
    for q in rows:
        if str(q.get("kind")) not in KINDS:
            out.append(q)
            continue
        q = completed_name(q, ctx)
        if settled(q, ctx):
            earlier.add(_key(q["speaker"]))
            previous = q
            out.append(q)
            continue
        cands = candidates(q, ctx, previous)
        feats = [features(c, q, ctx, earlier=earlier, previous=previous) for c in cands]
        s = model.scores(feats)
        rules_index = 0 if cands[0].source == "rules" else len(cands) - 1
        pick = decide(s, rules_index, model.threshold)
        if pick != rules_index and _plural_cue_person(q, ctx, cands[rules_index], cands[pick]):
            pick = rules_index
        if pick != rules_index:
            q = _apply(q, cands[pick], _softmax(s)[pick], ctx, previous, chosen_gender(cands[pick], q, ctx))
        elif cands[pick].source == "rules" and q.get("speaker_start") is not None \
                and (typ := named_type(cands[pick], ctx)) != q.get("speaker_type"):
            # the rules' speaker named here (not carried over): what its mention says of its type
            q = {**q, "speaker_type": typ, "speaker_gender": q.get("speaker_gender") if typ == "person" else None}
        if not q.get("speaker") and continues(q, ctx, previous):
            q = _apply(q, Candidate(previous["speaker"], "previous"), 0.5, ctx, previous)
        if isinstance(q.get("speaker"), str) and q["speaker"]:
            earlier.add(_key(q["speaker"]))
            previous = q
        out.append(q)
    return out
