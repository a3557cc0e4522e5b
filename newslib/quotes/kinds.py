"""Stage 2, the kinds: which spans in marks are names (``title``) and which quotes are ``direct``
or ``partial``; :func:`read_article` builds an article's read-only state with them.

A span is a name in marks after an introducing noun (منتدى «…»، وكالة «رويترز»), when it is a
known outlet or group, an acronym spelt in letters, a URL, the outlet spoken to (قال لـ«سبق»),
or a person's name (وزير الخارجية "عادل الجبير"). A quotation is ``direct`` when it opens a
paragraph, follows a colon, or follows a cue without إن/أن or a preposition near the marks; else ``partial``.

Example:
    >>> art = read_article("وقال في منتدى «أقاليم روسيا» إن «الاقتصاد الروسي قوي». وقال: «نعم نحن جاهزون».")
    >>> [(art.text[s.start:s.end], art.title_kinds.get(s.open)) for s in art.spans]
    [('أقاليم روسيا', 'sure'), ('الاقتصاد الروسي قوي', None), ('نعم نحن جاهزون', None)]
    >>> [_kind(art.text, s, art) for s in art.spans[1:]]
    ['partial', 'direct']
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from functools import lru_cache
from types import MappingProxyType

from newslib import lexicons, mentions
from newslib.arabic import ARABIC_RE, is_definite, normalize, stem_variants
from newslib.mentions import tokens
from newslib.quotes.article import Article, _clause, _masked, marked
from newslib.quotes.clauses import _right_cue
from newslib.quotes.lexicon import _COMP_RE, _COMPLEMENTIZERS, _PREPOSITIONS, Lexicon, _modal_words, cue_word, lexicon
from newslib.quotes.mark_kind import _PARTICLES, name_nouns
from newslib.quotes.marks import Span, mark_spans


def read_article(text: str, spans: list[Span] | None = None) -> Article:
    """The read-only :class:`~newslib.quotes.article.Article` of ``text``, built once: its marks,
    clause boundaries and people, then which marked spans are names (``titles``).

    Spans are told apart in order: a name written in marks earlier (وزير الخارجية "عادل الجبير")
    makes the same name later a name too.

    Example:
        >>> art = read_article('قال "عادل الجبير": نعم. وأضاف "الجبير" أن «الوضع مستقر».')
        >>> dict(art.title_kinds), art.person_keys == {"عادل الجبير", "الجبير"}
        ({4: 'person', 30: 'person'}, True)
    """
    if spans is None:
        spans = mark_spans(text)
    ctx = marked(text, spans)
    lex = lexicon()
    titles, kinds, person_spans, person_keys = {}, {}, set(), set()
    for i, sp in enumerate(spans):
        kind = _title_kind(ctx, sp, lex, person_keys)
        if not kind and i and _next_in_list(text, spans[i - 1], sp, kinds, lex):
            kind = "guess"
        if kind:
            titles[sp.open] = sp
            kinds[sp.open] = kind
            if kind == "person":
                person_spans.add(sp.open)
                known = normalize(text[sp.start:sp.end]).split()
                if known:
                    person_keys.update((" ".join(known), known[-1]))
    _same_names(ctx, spans, titles, kinds)
    if not titles:
        return ctx
    return dataclasses.replace(ctx, titles=MappingProxyType(titles), title_kinds=MappingProxyType(kinds),
                               person_spans=tuple(person_spans), person_keys=frozenset(person_keys))


def _title_kind(ctx: Article, sp: Span, lex: Lexicon, person_keys: set[str]) -> str | None:
    """'sure', 'guess' or 'person' when the span is a name in marks rather than a quotation, else
    None. ``person_keys`` are the names written in marks before this span (see :func:`read_article`)."""
    intro, names, cue_re = lex.intro, lex.names, lex.cue_re
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
    letters = sum(w in lex.letter_names for w in words)
    if nwords <= 6 and letters >= 2 and 2 * letters >= nwords:
        return "sure"
    if 2 <= nwords <= 4 and all(len(w) == 1 for w in words):
        return "sure"  # an acronym in single letters: حسب «د ب أ»، وكالة «أ ف ب»
    if sp.flag:
        return None
    before = tokens(text, max(0, sp.open - 32), sp.open)
    prev = [k for _, _, k in before if k not in ("ـ",)]
    if prev:
        last = prev[-1]
        if any(c in intro for c in stem_variants(last)) and nwords <= 12:
            return "sure"
        # an introducing noun followed by definite words: وكالة الأنباء اليمنية “سبأ”
        for back in (2, 3):
            if len(prev) >= back and nwords <= 4 and any(c in intro for c in stem_variants(prev[-back])) \
                    and all(is_definite(w) for w in prev[-back + 1:]):
                return "sure"
        # a naming phrase with nobody speaking: ما يعرف بحالة «…»، المعروف بـ «…»، تحت لافتة «…»
        if nwords <= 12 and _name_frame(prev, lex):
            return "sure"
        # the subject in marks right after a cue verb: وأوضحت “بليك” أن …
        if nwords <= 3 and cue_re.fullmatch(text, before[-1][0], before[-1][1]) if before else False:
            nxt = tokens(text, sp.close, min(len(text), sp.close + 20))
            if nxt and (nxt[0][2] in _COMPLEMENTIZERS or nxt[0][2] == ":"):
                return "person"
            # the cue's preposition before أن: وأكد "النوري" على أنه …، وشدد «الوزير» على أن …
            if len(nxt) >= 2 and nxt[0][2] in _CUE_PREPOSITIONS and nxt[1][2] in _COMPLEMENTIZERS:
                return "person"
        # the outlet spoken to: قال لـ«سبق»، صرح لـ"عكاظ"
        if last == "ل" and nwords <= 3:  # a token's key has no ـ (لـ is ل)
            a, _ = _clause(ctx, sp.open)
            if any(cue_re.finditer(text, max(a, sp.open - 40), sp.open)):
                return "sure"
        # one word after a definite noun: منظمة الأمم المتحدة للطفولة "يونيسيف"
        if nwords == 1 and (is_definite(last) or last.startswith("لل")) \
                and not any(cue_re.finditer(text, max(0, sp.open - 30), sp.open)):
            return "sure"
    if text[max(0, sp.open - 3):sp.open].rstrip().endswith(":"):
        if len(prev) >= 2 and prev[-1] == ":" and any(v in _colon_names() for v in stem_variants(prev[-2])):
            return "sure"  # a naming noun and a colon: تحت عنوان: «معيد بالجامعة يبيع الفاكهة»
        return None  # after a colon, marks open speech: قال المدرب: «الفريق جاهز»
    if _body_name(words) and not text[max(0, sp.open - 3):sp.open].rstrip().endswith(("بـ", " ب")):
        return "guess"
    # a person's name in marks: وزير الخارجية "عادل الجبير"، الدكتور "العبدالجبار"، الأمير "…"
    if nwords <= 6 and _is_person_name(ctx, sp, words, person_keys):
        return "person"
    if nwords <= 2 and not _has_cue(ctx, sp, cue_re):
        return "guess"
    if nwords <= 6 and _apposition_label(ctx, sp, prev, lex):
        return "guess"
    return None


@lru_cache(maxsize=1)
def _name_frames() -> tuple[tuple[str, ...], frozenset[str]]:
    """The ``end`` phrases of ``name_frames.tsv`` as ``" " + phrase``, also with و / ف glued to their
    first word and ما written glued to a preposition (مما، عما، بما، لما، كما، فيما) (the tuple
    ``str.endswith`` tests in one call), and its ``topic`` nouns, normalised."""
    rows = [(" ".join(normalize(r["phrase"]).split()), r["where"]) for r in lexicons.read("name_frames")]
    ends = [p for p, w in rows if w == "end"]
    ends += [c + p[3:] for p in ends if p.startswith("ما ") for c in ("مما ", "عما ", "بما ", "لما ", "كما ", "فيما ")]
    return (tuple(" " + c + p for p in ends for c in ("", "و", "ف")),
            frozenset(p for p, w in rows if w == "topic"))


@lru_cache(maxsize=1)
def _colon_names() -> frozenset[str]:
    """The ``colon`` nouns of ``name_frames.tsv``, normalised: a colon after them opens a name, not speech.

    Example:
        >>> t = "نشرت «عكاظ» تحت عنوان: «معيد بالجامعة يبيع الفاكهة في أسواق جدة». وقال المدير: «لا صحة لذلك»."
        >>> art = read_article(t)
        >>> [art.title_kinds.get(s.open) for s in art.spans]
        ['sure', 'sure', None]
    """
    return frozenset(" ".join(normalize(r["phrase"]).split()) for r in lexicons.read("name_frames") if r["where"] == "colon")


def _name_frame(prev: list[str], lex: Lexicon) -> bool:
    """The words before the mark name what follows, with nobody speaking (``name_frames.tsv``): an
    impersonal naming phrase, a detached بـ after it allowed or one word glued to بـ between (ما يسمى
    بـ«…»، ما يعرف بحالة «…»، المعروفة باسم «…»، يطلق عليه «…»، تحت لافتة «…»), or an event's topic: a
    talk or seminar noun, at most two words and عن (ندوة عقدت بالرياض عن «…»; not after a cue between).

    Example:
        >>> art = read_article("وسط دخول السوق في ما يعرف بحالة «التشبع البيعي»، ثم تحت لافتة «رمضاننا كدا2».")
        >>> [art.title_kinds.get(s.open) for s in art.spans]
        ['sure', 'sure']
        >>> art = read_article("وتحدث المرصد عن «تجدد الاشتباكات بين قوات النظام والفصائل المعارضة في محيط المطار».")
        >>> [art.title_kinds.get(s.open) for s in art.spans]
        [None]
    """
    ends, topics = _name_frames()
    words = prev[:-1] if prev and prev[-1] == "ب" else prev  # a token's key has no ـ (بـ is ب)
    if not words:
        return False
    if (" " + " ".join(words[-6:])).endswith(ends):
        return True
    if len(words) >= 2 and words[-1].startswith("ب") and len(words[-1]) > 2 and not words[-1].startswith("بان") \
            and (" " + " ".join(words[-7:-1])).endswith(ends):
        return True
    if prev[-1] != "عن":
        return False
    for w in reversed(prev[-4:-1]):
        if any(v in topics for v in stem_variants(w)):
            return True
        if cue_word(w, lex.cues):
            return False
    return False


#: Prepositions a cue verb takes before أن (أكد على أن، شدد على أن، أشار إلى أن).
_CUE_PREPOSITIONS = frozenset(normalize(w) for w in ("على", "إلى"))

#: What stands between a name in marks and the next one of its list: up to 30 characters with no
#: clause end, comma, mark or colon, then و / أو (فيلم «…» عام 1973 و«…»; not «داعش» يتمدد، و«نخشى …»).
_LIST_TAIL_RE = re.compile(r"[^.!?؟\n:،,«»\"“”]{0,30}?(?:^|\s)(?:و|أو|او)\s*$")


def _next_in_list(text: str, prev: Span, sp: Span, kinds: dict, lex: Lexicon) -> bool:
    """The span joins a name the rules are sure of with و / أو a few words on (شارك في فيلم «أصدقاء
    إيدي كول» عام 1973 و«هذا الشيء الذي تفعله» من إخراج توم هانكس): the next name of the same list.
    Not a span of more than six words or with a negation, nor after a cue between the two.

    Example:
        >>> t = 'كما شارك في فيلم "أصدقاء إيدي كول" عام 1973 و "هذا الشيء الذي تفعله" من إخراج توم هانكس.'
        >>> [k for k in read_article(t).title_kinds.values()]
        ['sure', 'guess']
    """
    if kinds.get(prev.open) != "sure":
        return False
    words = normalize(text[sp.start:sp.end]).split()
    gap = text[prev.close + 1:sp.open]
    return (1 <= len(words) <= 6 and not any(w in _NEGATIONS for w in words)
            and bool(_LIST_TAIL_RE.fullmatch(gap)) and not lex.cue_re.search(gap))


#: Negations: a span holding one is a statement (ما تسوى، لن يتراجع), not a name repeated.
_NEGATIONS = frozenset(normalize(w) for w in ("ما", "لا", "لم", "لن", "ليس", "ليست"))


def _same_names(ctx: Article, spans: list[Span], titles: dict, kinds: dict) -> None:
    """A span of two words or more written the same as a name the rules are sure of elsewhere in
    the article is that name too (ونقل «مكتب أخبار سوريا» عن … / قال «مكتب أخبار سوريا» إن …): fills ``titles`` and
    ``kinds`` in place with ``guess``. Not a span with a negation: a rule may be sure of a phrase
    wrongly (سوق الأسهم «ما تسوى 3 ريالات»)."""
    sure = {normalize(ctx.text[sp.start:sp.end]) for sp in spans if kinds.get(sp.open) in ("sure", "person")}
    sure.discard("")
    if not sure:
        return
    for sp in spans:
        if sp.open in kinds:   # a span already kinded (every sure one among them): not normalised again
            continue
        key = normalize(ctx.text[sp.start:sp.end])
        words = key.split()
        if 2 <= len(words) <= 6 and key in sure and not any(w in _NEGATIONS for w in words):
            titles[sp.open] = sp
            kinds[sp.open] = "guess"


#: What opens the speaker's words right after a label in marks: إن/أن, a colon, or ف + a cue verb.
_AFTER_LABEL = re.compile(r"\s*(?::|(?:إن|أن|ان)(?=\s)|ف(?=\S))")


def _apposition_label(ctx: Article, sp: Span, prev: list[str], lex: Lexicon) -> bool:
    """A short label in marks between a speaker's name and his words: the writer's description
    of the speaker (ويقول عاصم دحلان «مستأجر»: …، يقول فهد الغانمي «موظف في منتجع سياحي» إن …،
    أما محمد برعي «مقيم» فيقول). The clause before holds a cue verb or أما, the word before the
    mark is no cue, particle or preposition, and إن/أن, a colon or ف + a cue follows the mark.

    Example:
        >>> art = read_article('من جهته يقول فهد الغانمي "موظف في منتجع سياحي" إن السبب الرئيس هو الأسعار.')
        >>> [art.title_kinds.get(s.open) for s in art.spans]
        ['guess']
        >>> art = read_article('ولكن حذرت من أنه ليس هناك "أي تأكيد" أن المحادثات سوف تنجح.')
        >>> [art.title_kinds.get(s.open) for s in art.spans]
        [None]
    """
    text = ctx.text
    if not prev or text[max(0, sp.open - 3):sp.open].rstrip().endswith((":", "،", ",")):
        return False
    last = prev[-1]
    if last in lex.cues or last in _COMPLEMENTIZERS or last in _PREPOSITIONS or last in _PARTICLES \
            or last in _INNER_WORDS or last.endswith("ـ") or len(last) < 3:
        return False
    m = _AFTER_LABEL.match(text, sp.close)
    if m is None:
        return False
    if m.group(0).strip() == "ف":
        nxt = tokens(text, m.end(), min(len(text), m.end() + 15))
        if not nxt or nxt[0][2] not in lex.cues:
            return False
    a, _ = _clause(ctx, sp.open)
    words = [k for _, _, k in tokens(text, a, sp.open)]
    # the speaker's name right after the cue verb or أما: a first name and one to three more words
    for i in range(len(words) - 2, max(-1, len(words) - 6), -1):
        w = words[i]
        if cue_word(w, lex.cues) or w in ("اما", "واما"):
            name = words[i + 1:]
            return 2 <= len(name) <= 4 and name[0] in lex.first_names
    return False


#: Words a body's name does not hold between its noun and its adjective (a clause: «مشروع رئيس حتى النهاية»).
_INNER_WORDS = _PREPOSITIONS | frozenset(normalize(w) for w in ("حتى", "في", "مع", "منذ", "لدى", "عند"))


def _body_name(words: list[str]) -> bool:
    """A body's or a place's name written whole: a noun of names, then up to three words, then a
    definite word in ي/ية (mostly an adjective) and no particle («مجلس ألمع الثقافي»، «ديوانية النعمي
    الثقافية»، «احتفالية يوم التهيئة»).

    Example:
        >>> [_body_name(normalize(t).split()) for t in ("مجلس ألمع الثقافي", "مجموعة إرهابية", "مشروع رئيس حتى النهاية")]
        [True, False, False]
    """
    if not 2 <= len(words) <= 5:
        return False
    last = words[-1]
    if not (last.startswith("ال") and last.endswith(("ي", "يه"))) or any(w in _PARTICLES or w in _INNER_WORDS for w in words):
        return False
    nouns = name_nouns()
    return any(v in nouns for v in stem_variants(words[0]))


def _is_person_name(ctx: Article, sp: Span, words: list[str], person_keys: set[str]) -> bool:
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
    if key in ctx.people_keys or key in person_keys:
        return True
    first = words[0]
    if first in mentions._title_keys() or (first.startswith("ال") and first[2:] in mentions._title_keys() and len(words) >= 2):
        return True
    nxt = text[sp.close:sp.close + 4].lstrip()
    return namelike and 2 <= len(words) <= 4 and nxt.startswith(":")


def _has_cue(ctx: Article, sp: Span, cue_re) -> bool:
    """A cue verb or attribution phrase in the clause before the marks, or right after them."""
    attr_re = lexicon().attr_re
    a, b = _clause(ctx, sp.open)
    for s, e in _masked(ctx, a, sp.open):
        if cue_re.search(ctx.text, s, e) or attr_re.search(ctx.text, s, e):
            return True
    return _right_cue(ctx, sp.close, cue_re, attr_re) is not None


@lru_cache(maxsize=1)
def _saying_nouns() -> frozenset[str]:
    """The words of ``saying_nouns.tsv``, normalised: verbal nouns of saying before a statement (قوله «…»، بالقول «…»)."""
    return frozenset(normalize(w) for w in lexicons.column("saying_nouns", "word"))

#: إن/أن in all their forms, the dual's too (قائلا إنهما «…»): a reported clause, for the kind only.
_COMP_KIND_RE = re.compile(_COMP_RE.pattern + r"|(?<![\w])(?:ب?[إأا]نهما)(?![\w])")

#: How near the mark a preposition must stand to govern the quoted words (شدد على «…»، دعا الدول إلى «…»);
#: further back it opens an adverbial of the cue (وقال الاتحاد في بيان على موقعه بعد اجتماع «…»).
_GOVERNING_PREP_WORDS = 3

#: A statement's text introduced without a cue verb: وجاء في البيان «…»، وورد في الرسالة «…»، وجاء فيه «…».
_CAME_IN_RE = re.compile(r"(?<![\w])[وف]?(?:جاء|ورد)\s+(?:فيها|فيه|في\s+\S+(?:\s+\S+){0,3})\s*$")


@lru_cache(maxsize=1)
def _describe_re() -> re.Pattern:
    """A verb that describes or defines (وصف، واصفا، يصفونها، يعرّف), from the stems of ``describe_verbs.tsv``:
    after one بأنه «…» is a description, not a statement."""
    stems = "|".join(re.escape(w) for w in lexicons.column("describe_verbs", "stem"))
    return re.compile(r"(?<![^\s])[وف]?(?:" + stems + r")\w*")


def _described(ctx: Article, sp: Span, last: str) -> bool:
    """بأنه / بأنها after a verb of describing in the clause: ووصف التحقيق بأنه «رحلة لاصطياد الأشباح …»."""
    if not normalize(last).startswith("ب"):
        return False
    a, _ = _clause(ctx, sp.open)
    return _describe_re().search(ctx.text, max(a, sp.open - 150), sp.open) is not None


#: Words in marks after a bare إن/أن (no pronoun joined) that make a whole clause, direct when the sentence or a
#: comma's stretch ends with the marks (إن "المحادثات فقدت من زخمها".); fewer are a phrase the writer's sentence goes
#: on with (أن الوضع «تحت السيطرة»). After إنه، أنها … the marks hold a predicate (إنه "من أفضل المهاجمين في العالم"):
#: six words, as before.
_CLAUSE_WORDS = 4

_BARE_COMPLEMENTIZERS = frozenset(normalize(w) for w in ("إن", "أن", "ان"))


def _kind(text: str, sp: Span, ctx: Article) -> str:
    """``direct`` or ``partial`` for a quotation in marks (see the package docstring)."""
    before = text[max(0, sp.open - 12):sp.open]
    pre = before.rstrip()
    nwords = len(text[sp.start:sp.end].split())
    line_start = text.rfind("\n", 0, sp.open) + 1
    if not text[line_start:sp.open].strip() or pre.endswith(":"):
        return "direct"
    if pre.endswith(tuple(_SENTENCE_END)) and nwords >= _CLAUSE_WORDS and _stands_alone(text, sp.close):
        return "direct"  # … أو الضرر. «حين يصيبنا شر ما فإنه …»: a sentence of its own in marks, as at a paragraph's start
    last = pre.split()[-1] if pre.split() else ""
    if normalize(last) in _saying_nouns() and nwords >= 4:
        return "direct"  # نقلت عنه قوله «…»، ومضى للقول «…»، وختم حديثه بالقول «…»، وعلق بقوله «…»
    two = text[max(0, sp.open - 40):sp.open].split()[-2:]
    if _complementizer(last, two[0] if len(two) == 2 else "") and not _described(ctx, sp, last) and (
            nwords >= 6 or nwords >= _CLAUSE_WORDS and normalize(last).lstrip("فب") in _BARE_COMPLEMENTIZERS):
        # a whole clause after إن/أن that ends the sentence or a comma's stretch (… «…»، مشيرا إلى …)
        after = text[sp.close:sp.close + 3].lstrip()
        if not after or after[0] in ".\n،," or _cue_follows(text, sp.close + 1):
            return "direct"
    if nwords >= 4 or (nwords >= 2 and text[sp.start:sp.end].rstrip()[-1:] in _SENTENCE_END):
        # a cue verb (its subject, adverbials) then the marks with no إن/أن: وقال ترامب لأنصاره "…"،
        # وروى للصحافيين «…»: a statement quoted whole
        a, _ = _clause(ctx, sp.open)
        cues = [m for s, e in _masked(ctx, a, sp.open) for m in lexicon().cue_re.finditer(text, s, e)]
        if cues and not _COMP_KIND_RE.search(text, cues[-1].end(), sp.open) and sp.open - cues[-1].end() <= 120:
            if not _governed(ctx, cues[-1], sp):
                return "direct"
        if not cues and _CAME_IN_RE.search(text, max(a, sp.open - 60), sp.open) \
                and not _COMP_KIND_RE.search(text, max(a, sp.open - 60), sp.open):
            return "direct"  # وجاء في الرسالة أيضا «…»: the statement's own text
    return "partial"


def _stands_alone(text: str, p: int) -> bool:
    """Right after the closing mark (``p`` is just past it, as ``Span.close``) the sentence or a comma's stretch ends, or a cue follows (…»، على حد قوله)."""
    after = text[p:p + 3].lstrip(" ")
    return not after or after[0] in ".\n،,!؟?" or _cue_follows(text, p)


def _cue_follows(text: str, p: int) -> bool:
    """The word right after position p (the closing mark) is a cue verb or participle (… الليبية" مشيرًا إلى …،
    «…» مضيفا أن …): the writer's next clause begins there, as after a comma.

    Example:
        >>> t = 'وقال ليون إن "المجتمع الدولي لديه الآن اتفاق يعد خطوة هامة" مشيرًا إلى ثلاثة عناصر'
        >>> _cue_follows(t, t.index('" مشير') + 1), _cue_follows(t, t.index("لديه"))
        (True, False)
    """
    nxt = tokens(text, p, min(len(text), p + 20))
    return bool(nxt) and nxt[0][0] - p <= 1 and cue_word(nxt[0][2], lexicon().cues)


#: What ends a sentence inside the marks: a short span so closed is a whole statement (وكتب ترامب، «مات كاسترو!»).
_SENTENCE_END = frozenset("!؟?.")


def _complementizer(word: str, before: str = "") -> bool:
    """إن / أن in any form, also after ف (وبحسب المراقبين فإن «…»), that opens a reported clause: not أن
    after a modal or a time word (يمكن أن «…»، يجب أن «…»، قبل أن «…»), which opens the writer's verb."""
    key = normalize(word)
    if normalize(before) in _modal_words():
        return False
    return key in _COMPLEMENTIZERS or (key[:1] == "ف" and key[1:] in _COMPLEMENTIZERS)


def _governed(ctx: Article, cue: re.Match, sp: Span) -> bool:
    """The marks of ``sp`` are the object of a preposition after the ``cue``, so a partial quotation: بـ / لـ
    right before the mark (وصفه بـ«…»); a span that opens with a preposition or a relative, going on with
    the writer's sentence (… «إلى مستوى جديد»، … «والتي ترمي …»); a preposition among the last
    :data:`_GOVERNING_PREP_WORDS` words (شدد على «…»، دعا الدول إلى «…»), unless before where the statement was
    made (``statement_media.tsv``: وكتب على حسابه في تويتر «…»); or one anywhere after the cue
    when the cue takes no statement directly (أشار إلى، أعرب عن: not in ``statement_verbs.tsv``) or the
    marks go on after و / الذي or after other marks since the cue (أعرب عن «…» بعد «…»). Further back
    after قال، أضاف، كتب … a preposition opens an adverbial (وقال الاتحاد في بيان على موقعه «…»، وقال مصدر
    من داخل الفيفا «…»): the marks quote a statement whole.

    Example:
        >>> t = 'وقال الاتحاد في بيان على موقعه بعد اجتماع اللجنة "لا ترخيص للتعاقد مع لاعبين أجانب"'
        >>> art = read_article(t)
        >>> _governed(art, lexicon().cue_re.search(t), art.spans[0])
        False
        >>> t = 'وأشار الكاتب إلى الترقب حيال كيفية "تعامل التحالف الثلاثي مع الاعتراض الأميركي"'
        >>> art = read_article(t)
        >>> _governed(art, lexicon().cue_re.search(t), art.spans[0])
        True
    """
    text = ctx.text
    s, e = cue.end(), sp.open
    if text[:e].rstrip()[-2:].endswith(("بـ", " ب", "لـ", " ل")):
        return True
    first = text[sp.start:sp.end].split()[:1]
    if first and normalize(first[0]) in _CONTINUATIONS:
        return True
    words = [_bare_preposition(k) for _, _, k in tokens(text, s, e)]
    whole = (not _statement_verb(cue.group(0)) or (words and words[-1] in _JOINERS)
             or any(s <= o.open < e and o.open not in ctx.title_kinds for o in ctx.spans))
    if whole:
        return bool(set(words) & _PREPOSITIONS)
    near = len(words) - _GOVERNING_PREP_WORDS
    media = _statement_media()
    # a preposition before where the statement was made (على حسابه، على البيان) is the cue's adverbial
    return any(w in _PREPOSITIONS and not (i + 1 < len(words) and any(v in media for v in stem_variants(words[i + 1])))
               for i, w in enumerate(words) if i >= near)


def _bare_preposition(word: str) -> str:
    """A preposition written with و or a pronoun (وعلى → على، منها → من), else the word."""
    return _PRONOUN_PREPOSITIONS.get(word, word)


#: Prepositions with و before them or a pronoun after them (وعلى «…»، منها «…»); not به / بها (بعث بها،
#: a verb's object) nor له / لها, whom the speaker spoke to (قال له «…»), nor والى (a governor, والي).
_PRONOUN_PREPOSITIONS = {normalize(w): normalize(p) for p, forms in (
    ("من", ("منه", "منها", "منهم")), ("عن", ("عنه", "عنها", "عنهم", "وعن")), ("إلى", ("إليه", "إليها", "اليه", "اليها")),
    ("على", ("عليه", "عليها", "عليهم", "وعلى"))) for w in forms}

#: First words of a span that go on with the writer's sentence, not a statement (… «إلى مستوى جديد»، «والتي …»);
#: not من / على / في / بعد, which open statements too (من المهم أن …، على الجميع أن …، في الوقت الحاضر …).
_CONTINUATIONS = frozenset(normalize(w) for w in ("إلى", "الى", "ضد", "عن", "والتي", "والذي", "التي", "الذي", "وهو", "وهي"))


@lru_cache(maxsize=1)
def _statement_lemmas() -> frozenset[str]:
    """The lemmas of ``statement_verbs.tsv``, normalised."""
    return frozenset(normalize(w) for w in lexicons.column("statement_verbs", "lemma"))


@lru_cache(maxsize=1)
def _statement_media() -> frozenset[str]:
    """The nouns of ``statement_media.tsv``, normalised."""
    return frozenset(normalize(w) for w in lexicons.column("statement_media", "noun"))


def _statement_verb(form: str) -> bool:
    """A cue verb form (و/ف allowed before it) whose lemma takes a statement directly (قال، أضاف، كتب)."""
    cues = lexicon().cues
    key = normalize(form.strip())
    row = cues.get(key) or (cues.get(key[1:]) if key[:1] in "وف" else None)
    return row is not None and normalize(row[0]) in _statement_lemmas()


#: Words that join the marks to the writer's sentence rather than open a statement (و«…»، الذي «…»).
_JOINERS = frozenset(normalize(w) for w in ("و", "أو", "او", "إذ", "اذ", "الذي", "التي", "الذين", "اللذين", "اللتين"))


#: Punctuation that cannot open a quotation: a span starting with it is the writer's text after one.
_OPENING_PUNCT = tuple("،,.؛;:")


def stray(text: str, sp: Span, before: Span | None = None) -> bool:
    """An unbalanced span that is the writer's text between two quotations, not a quotation: it
    starts with punctuation (…صادمة"، مضيفاً أن …") or ends with a verb of saying and إن/أن that
    open the next quotation (أعلن الوزير … وقال إن» «…»). ``before`` is the span before ``sp``.

    Example:
        >>> t = 'وقال إن "النتائج صادمة جداً"، مضيفاً أن الدراسة إشارة إلى المشاكل الصحية".'
        >>> a, b = mark_spans(t)
        >>> stray(t, a), stray(t, b, a)
        (False, True)
        >>> t = 'وقال لـ"الشرق الأوسط"، إن التفجير وقع في مستودع".'
        >>> a, b = mark_spans(t)
        >>> stray(t, b, a)
        False
    """
    if sp.flag != "unbalanced":
        return False
    content = text[sp.start:sp.end].strip()
    if content.startswith(_OPENING_PUNCT):
        # after a short name in marks the stray mark rather closes the quotation that holds the name
        # (قال لـ«الشرق الأوسط»، إن التفجير …»): only after a quotation of three words or more
        return before is not None and before.close == sp.open and len(text[before.start:before.end].split()) >= 3
    words = normalize(content).split()
    if len(words) < 3 or words[-1] not in _COMPLEMENTIZERS:
        return False
    return cue_word(words[-2], lexicon().cues)
