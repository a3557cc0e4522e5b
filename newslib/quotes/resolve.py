"""Stage 4, the resolve stages: what the entity table and the learned choice change in the rules'
quotes of one article. Each is a plain function over one article's rows (dicts), which it does
not modify; :func:`attribute` runs them in order.

Example:
    >>> t = "قال جواد ظريف إن «الاتفاق قائم». وقال ظريف مخاطبا النواب إن «الباب مفتوح»."
    >>> from newslib.quotes import find_quotes
    >>> rows = find_quotes(t)
    >>> [q["speaker"] for q in attribute(rows, t, [(4, 13, "PER", "جواد ظريف"), (38, 42, "PER", "ظريف")])]
    ['جواد ظريف', 'جواد ظريف']
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from newslib import lexicons, mentions
from newslib.arabic import name_key, normalize, normalized_words, stem_variants, strip_article, strip_proclitics
from newslib.quotes.candidates import _DOCUMENT_CUES
from newslib.quotes.lexicon import (_COMMA_RE, _COMP_RE, _COMPLEMENTIZERS, _SUFFIXED_RE, _clause_words, _person_words, cue_word,
                                    lexicon)
from newslib.quotes.mark_kind import _list_gap, mark_kinds
from newslib.quotes.speaker_types import head_phrase_type, listed_type, speaker_type

_APPOSITION_GAP_RE = re.compile(r"^[\s\w]{0,30}$")


def _name_after(text: str, end: int, people) -> str | None:
    """A title or role followed by a person's name (رئيس اللجنة إد رويس): that name."""
    i = bisect.bisect_left(people, (end,))
    if i < len(people):
        a, _, name = people[i]
        gap = text[end:a].split()
        if (a <= end + 30 and _APPOSITION_GAP_RE.match(text[end:a]) and len(gap) <= 2
                and not any(normalize(w) in _COMPLEMENTIZERS for w in gap)):  # not «الأنباء أن ترامب»
            return name
    return None


def _titled_before(text: str, title: str, before: int, people) -> str | None:
    """A title standing alone (الشيخ، رئيسة الاتحاد): the nearest earlier person introduced with it."""
    want = {strip_article(w) for w in normalize(title).split()}
    if not want:
        return None
    for a, _, name in reversed(people[:bisect.bisect_left(people, (before,))]):
        if want <= {strip_article(w) for w in normalized_words(text[max(0, a - 40):a], last=3)}:
            return name
    return None


def attribute(rows: list[dict], text: str, mentions: list[tuple[int, int, str, str]], model=None) -> list[dict]:
    """The entity stages of attribution for one article's quotes: names completed from the PER
    mentions (:func:`complete_names`), then the learned choice among candidates
    (:func:`newslib.quotes.attribution.choose`). ``mentions`` are ``(start, end, label, name)``, sorted."""
    from newslib.quotes import attribution
    from newslib.quotes.find import COLON

    # speech after a colon without marks is reported speech (kind indirect, find_quotes' COLON field):
    # the stages of quotes in marks see it as such; the speaker stages and the ranker choose its speaker
    # as a quotation's (read as direct), and its kind comes back at the end, without the field
    rows = mark_stages(rows, text, mentions)
    colon = any(q.get(COLON) for q in rows)
    if colon:
        rows = [dict(q, kind="direct") if q.get(COLON) else q for q in rows]
    named = speaker_stages(rows, text, mentions)
    # PER and ORG names are candidates; a LOC only as the bare subject of a cue (attribution.place_subject)
    # a speaker carried over follows the ranker's renaming where it was named, as the rules' (carry_over)
    chosen = carry_over(named, attribution.choose(named, text, mentions, model))
    chosen = group_phrases(lone_titles(document_cue_types(head_phrase_types(same_gender(name_genders(chosen)))), text), text)
    if colon:
        chosen = [{k: v for k, v in dict(q, kind="indirect" if q["kind"] == "direct" else q["kind"]).items()
                   if k != COLON} if COLON in q else q for q in chosen]
    return honest_mentions(chosen, text)


def honest_mentions(rows: list[dict], text: str) -> list[dict]:
    """The last stage: each speaker's ``speaker_mention`` is the text at its offsets, without the spaces
    around it (the offsets move in with it), and a speaker without offsets has no mention. Stages that
    move a speaker (a relay from the outlet to the person it quotes, a completed name) set the offsets;
    here the mention follows them, so that ``text[speaker_start:speaker_end] == speaker_mention`` always.
    ``rows`` are not modified.

    Example:
        >>> t = "نقلت وكالة سانا عن محمد العلي قوله"
        >>> q = {"speaker": "محمد العلي", "speaker_mention": "وكالة سانا", "speaker_start": 19, "speaker_end": 30}
        >>> r = honest_mentions([q], t)[0]
        >>> r["speaker_mention"], r["speaker_end"], q["speaker_mention"]
        ('محمد العلي', 29, 'وكالة سانا')
    """
    out = []
    for q in rows:
        s, e = q.get("speaker_start"), q.get("speaker_end")
        if s is None or e is None:
            if q.get("speaker_mention") is not None:
                q = {**q, "speaker_mention": None}
        else:
            span = text[s:e]
            a, b = s + len(span) - len(span.lstrip()), s + len(span.rstrip())
            if a >= b:
                q = {**q, "speaker_mention": None, "speaker_start": None, "speaker_end": None}
            elif (a, b, text[a:b]) != (s, e, q.get("speaker_mention")):
                q = {**q, "speaker_mention": text[a:b], "speaker_start": a, "speaker_end": b}
        out.append(q)
    return out


def head_phrase_types(rows: list[dict]) -> list[dict]:
    """A speaker typed outlet by its head noun whose head and next word are listed otherwise
    (``speaker_head_phrases.tsv``: الوكالة الدولية للطاقة الذرية، قناة السويس) takes that type.
    Runs on the chosen speakers, after the ranker, which reads the head noun's type as trained.
    ``rows`` are not modified.

    Example:
        >>> head_phrase_types([{"speaker": "الوكالة الدولية للطاقة الذرية", "speaker_type": "outlet"}])[0]["speaker_type"]
        'organisation'
    """
    out = []
    for q in rows:
        if q.get("speaker_type") == "outlet" and (typ := head_phrase_type(q.get("speaker"))):
            q = {**q, "speaker_type": typ}
        out.append(q)
    return out


#: A word that opens a definite noun after a title: the title is the head of a longer phrase (كاتبة المقال).
_DEFINITE_NEXT_RE = re.compile(r"\s*[وفبلك]?(?:ال|لل)")


def document_cue_types(rows: list[dict]) -> list[dict]:
    """A speaker of a document's verb (cue ينص/تنص/نصت, lemma نص: وينص القرار على أن «…») is a document:
    type ``other``, no gender; the words (القرار، الاتفاق، المادة) are no speaker types of their own, since near
    marks they are mostly objects (وصف الاتفاق بأنه «…»). ``rows`` are not modified.

    Example:
        >>> document_cue_types([{"speaker": "القرار", "speaker_type": "person", "speaker_gender": "m", "cue": "نص"}])[0]
        {'speaker': 'القرار', 'speaker_type': 'other', 'speaker_gender': None, 'cue': 'نص'}
    """
    return [{**q, "speaker_type": "other", "speaker_gender": None}
            if q.get("cue") in _DOCUMENT_CUES and isinstance(q.get("speaker"), str) and q["speaker"] else q for q in rows]


def lone_titles(rows: list[dict], text: str) -> list[dict]:
    """A person speaker that is one title word without ال and no first name (مغرد، رائد، نائب), written
    alone where it is named (no definite noun after it: not كاتبة المقال, a press review's writer
    named before), whom no stage could name, is an unnamed source: type ``unnamed``, no gender.
    Runs on the chosen speakers; ``rows`` are not modified.

    Example:
        >>> t = "وقال مغرد إن «الأمر محسوم». وقالت كاتبة المقال إن «الأمر محسوم»."
        >>> rows = [{"speaker": "مغرد", "speaker_start": 5, "speaker_end": 9, "speaker_type": "person", "speaker_gender": "m"},
        ...         {"speaker": "كاتبة", "speaker_start": 34, "speaker_end": 39, "speaker_type": "person", "speaker_gender": "f"}]
        >>> [(q["speaker_type"], q["speaker_gender"]) for q in lone_titles(rows, t)]
        [('unnamed', None), ('person', 'f')]
    """
    lex = lexicon()
    out = []
    for q in rows:
        spk, end = q.get("speaker"), q.get("speaker_end")
        if (q.get("speaker_type") == "person" and isinstance(spk, str) and end is not None
                and len(words := normalize(spk).split()) == 1 and words[0].isalpha()
                and not _DEFINITE_NEXT_RE.match(text, end)):
            w = strip_proclitics(words[0], lex.speaker_types)
            if (not w.startswith("ال") and w in lex.title_words and w not in lex.first_names
                    and w not in lex.honorifics):
                q = {**q, "speaker_type": "unnamed", "speaker_gender": None}
        out.append(q)
    return out


def rule_stages(rows: list[dict], text: str, mentions: list[tuple[int, int, str, str]]) -> list[dict]:
    """The rule stages of :func:`attribute`, before the learned choice: :func:`mark_stages`, then
    :func:`speaker_stages`."""
    return speaker_stages(mark_stages(rows, text, mentions), text, mentions)


def mark_stages(rows: list[dict], text: str, mentions: list[tuple[int, int, str, str]]) -> list[dict]:
    """The stages of quotes in marks: names and lists in marks, then
    :func:`newslib.quotes.mark_kind.mark_kinds`."""
    no_misc = [m for m in mentions if m[2] != "MISC"]  # MISC (works, products) only tells names in marks
    return mark_kinds(rows, marked_lists(surnames_in_marks(names_in_marks(rows, text, no_misc), text, mentions), text),
                      text, mentions)


def speaker_stages(rows: list[dict], text: str, mentions: list[tuple[int, int, str, str]]) -> list[dict]:
    """The speaker stages of :func:`attribute`: sources, relays, trimmed and completed names, roles,
    carried-over speakers."""
    people = [(s, e, name) for s, e, lab, name in mentions if lab == "PER"]
    speakers = [m for m in mentions if m[2] in ("PER", "ORG")]
    named = relayed(indefinite_sources(rows, text), text, speakers)
    named = complete_names(extend_to_entities(trim_to_entities(named, text, speakers), text, speakers), people, text)
    return carry_over(rows, unproposed_speakers(resolve_roles(named, text, speakers), text, mentions))


def unproposed_speakers(rows: list[dict], text: str, mentions: list[tuple[int, int, str, str]]) -> list[dict]:
    """Speakers that neither the rules nor the entity model name, read in the quote's cue clause
    (:data:`newslib.quotes.attribution.UNPROPOSED`): a direct or partial quote whose rules found
    nobody, or a speaker with no mention of its own there (a pro-drop or carried one), or only the
    role before the name, takes the first of a name in the cue's subject slot (وكشف المتحدث باسم
    المقاومة، علي الأحمدي), a phrase that opens the cue's clause (أحدهم قال، مغرد … كتب) or a
    country that is the cue's bare subject; ``rows`` are not modified.

    Example:
        >>> t = "وكشف المتحدث باسم المقاومة، علي الأحمدي، عن استهداف «نقاط المراقبة»."
        >>> q = {"kind": "partial", "start": t.index("«") + 1, "end": t.index("»"), "speaker": "المتحدث باسم المقاومة",
        ...      "speaker_start": 5, "speaker_end": 26, "speaker_type": "unnamed", "confidence": 0.9}
        >>> r = unproposed_speakers([q], t, [])[0]
        >>> r["speaker"], r["speaker_type"], r["speaker_gender"], r["confidence"]
        ('علي الأحمدي', 'person', 'm', 0.85)
    """
    from newslib.quotes import attribution as A

    if not any(str(q.get("kind")) in A.KINDS for q in rows):
        return rows
    ctx, out = None, []
    for q in rows:
        if str(q.get("kind")) in A.KINDS:
            ctx = ctx or A.Context.of(text, mentions, rows)
            found = A.unproposed_speaker(ctx, q)
            if found is not None:
                source, (s, e, name), typ = found
                gender = (A.candidate_gender(A.Candidate(name, source, None, s, e), ctx)
                          or A.cue_gender(A.quote_cue(q, ctx))) if typ == "person" else None
                q = {**q, "speaker": name, "speaker_mention": text[s:e], "speaker_start": s, "speaker_end": e,
                     "speaker_type": typ, "speaker_gender": gender, "confidence": A.SOURCE_CONFIDENCE[source]}
        out.append(q)
    return out


@lru_cache(maxsize=1)
def _quantifiers() -> frozenset[str]:
    return frozenset(normalize(w) for w in lexicons.column("quantifiers", "word"))


#: Words a group's phrase may run over after its quantifier: at most this many.
GROUP_PHRASE_WORDS = 7
_PHRASE_END_RE = re.compile(r"[^\w\u0610-\u061a\u064b-\u065f\u0670\u0640]")  # not a letter, digit, mark or tatweel


def group_phrases(rows: list[dict], text: str) -> list[dict]:
    """A group speaker named by a quantifier alone (بعض، عدد، حشد …, ``quantifiers.tsv``) becomes
    its whole phrase, up to a punctuation mark, a complementizer, a cue verb or a function word:
    ``قال بعض المحللين إن`` → بعض المحللين, ``اعتبر عدد من الخبراء والاقتصاديين، أن`` → عدد من
    الخبراء والاقتصاديين. One من may follow the quantifier or its adjective (عدد كبير من). ``rows`` are not modified.

    Example:
        >>> t = "قال بعض المحللين إن «القوانين قد تتعارض مع أحكام المنظمة»."
        >>> rows = [{"speaker": "بعض", "speaker_start": 4, "speaker_end": 7, "speaker_type": "group"}]
        >>> group_phrases(rows, t)[0]["speaker"]
        'بعض المحللين'
    """
    out = []
    for q in rows:
        ss, se = q.get("speaker_start"), q.get("speaker_end")
        spk = q.get("speaker")
        if (q.get("speaker_type") != "group" or ss is None or se is None or not isinstance(spk, str)
                or strip_article(strip_proclitics(normalize(spk).split()[0])) not in _quantifiers()):
            out.append(q)
            continue
        end, n, took_min = se, 0, False
        for m in re.finditer(r"\S+", text[se:se + 200]):
            gap = text[end:se + m.start()]
            if n >= GROUP_PHRASE_WORDS or gap.strip() or "\n" in gap:
                break
            word = m.group()
            core = _PHRASE_END_RE.split(word)[0]
            w = normalize(core)
            if w == "من" and n <= 1 and not took_min:  # عدد من، عدد كبير من
                took_min = True
            elif (len(w.replace("\u0640", "")) < 2 or w in _COMPLEMENTIZERS or w in lexicon().cues or w in mentions.stop_words()
                  or strip_proclitics(w) in lexicon().cues
                  or (n and not w.startswith("ال") and _SUFFIXED_RE.search(w))):  # بعض الاتحاديين امتعاضهم
                break
            else:
                n += 1
            end = se + m.start() + len(core)
            if core != word:  # a comma or a mark right after the word ends the phrase
                break
        if n:
            phrase = text[ss:end]
            q = {**q, "speaker": phrase, "speaker_end": end, "speaker_mention": phrase}
            head = text[se:end].split()[1 if took_min and normalize(text[se:end].split()[0]) == "من" else 0]
            if speaker_type(head) == "other":  # بعض التقارير is a document, not a group
                q["speaker_type"] = "other"
        out.append(q)
    return out


def name_genders(rows: list[dict]) -> list[dict]:
    """A named person whose gender the verb and title did not tell gets the gender of their first
    name, else of their last (``first_names.tsv``, learned from speech verbs in news: قالت سارة،
    قال خالد، قالت ميركل).

    Example:
        >>> name_genders([{"speaker": "هيلاري كلينتون", "speaker_type": "person", "speaker_gender": None}])[0]["speaker_gender"]
        'f'
    """
    names = lexicon().first_names
    out = []
    for q in rows:
        spk = q.get("speaker")
        if q.get("speaker_type") == "person" and not q.get("speaker_gender") and isinstance(spk, str) and spk.strip():
            words = normalize(spk).split()
            g = names.get(words[0]) or names.get(words[-1])
            if g:
                q = {**q, "speaker_gender": g}
        out.append(q)
    return out


_SPEAKER_FIELDS = ("speaker", "speaker_type", "speaker_gender")


def carry_over(before: list[dict], after: list[dict]) -> list[dict]:
    """A quote that carries a speaker over from an earlier one (a verb without subject, a
    paragraph continuing a quotation: no mention of its own) follows the renaming that the
    entity stages made where that speaker was named (ظريف مخاطبا → محمد جواد ظريف).

    Example:
        >>> before = [{"speaker": "ظريف مخاطبا", "speaker_start": 5}, {"speaker": "ظريف مخاطبا", "speaker_start": None}]
        >>> after = [{"speaker": "محمد جواد ظريف", "speaker_start": 5}, {"speaker": "ظريف مخاطبا", "speaker_start": None}]
        >>> [q["speaker"] for q in carry_over(before, after)]
        ['محمد جواد ظريف', 'محمد جواد ظريف']
    """
    renamed: dict[str, dict] = {}
    out = []
    for old, new in zip(before, after):
        spk = old.get("speaker")
        if spk and old.get("speaker_start") is not None and new.get("speaker") != spk:
            renamed[spk] = {k: new.get(k) for k in _SPEAKER_FIELDS if k in new}
        elif spk and old.get("speaker_start") is None and new.get("speaker") == spk and spk in renamed:
            new = {**new, **renamed[spk]}
        out.append(new)
    return out


def same_gender(rows: list[dict]) -> list[dict]:
    """A person's gender told once in the article (قالت سارة) holds for their other quotes
    (وأشارت … whose verb the rules could not read); two different genders for one name: none.

    Example:
        >>> rows = [{"speaker": "سارة الحربي", "speaker_type": "person", "speaker_gender": "f"},
        ...         {"speaker": "سارة الحربي", "speaker_type": "person", "speaker_gender": None}]
        >>> [r["speaker_gender"] for r in same_gender(rows)]
        ['f', 'f']
    """
    told: dict[str, set] = {}
    for q in rows:
        if q.get("speaker_type") == "person" and q.get("speaker_gender") in ("f", "m"):
            told.setdefault(q["speaker"], set()).add(q["speaker_gender"])
    out = []
    for q in rows:
        g = told.get(q.get("speaker"))
        if q.get("speaker_type") == "person" and not q.get("speaker_gender") and g and len(g) == 1:
            q = {**q, "speaker_gender": next(iter(g))}
        out.append(q)
    return out


def _as_title(q: dict) -> dict:
    """A quote row turned into a name in marks: kind ``title``, no speaker, no cue."""
    return {**q, "kind": "title", "speaker": None, "speaker_mention": None, "speaker_start": None,
            "speaker_end": None, "speaker_type": None, "speaker_gender": None, "cue": None}


#: A span in marks whose words are at least this share names of the entity model is a name.
NAME_SHARE = 0.7


def names_in_marks(rows: list[dict], text: str, mentions: list[tuple[int, int, str, str]]) -> list[dict]:
    """Direct and partial quotes that are names in marks become ``title`` rows (no speaker).

    A span of up to 12 words is a name when the entity model's PER, ORG and LOC mentions cover at
    least :data:`NAME_SHARE` of its letters: players listed in marks («ياسر القحطاني، نواف
    العابد»), a bank, a place. A span with a speech verb inside stays a quote.

    Example:
        >>> rows = [{"kind": "partial", "start": 11, "end": 24, "speaker": "x", "speaker_type": "person"}]
        >>> names_in_marks(rows, "أدى الثنائي «ياسر الشهراني» مرانه.", [(12, 25, "PER", "ياسر الشهراني")])[0]["kind"]
        'title'
    """
    if not mentions:
        return rows
    cue_re = lexicon().cue_re
    out = []
    for q in rows:
        s, e = q["start"], q["end"]
        if str(q.get("kind")) in ("direct", "partial") and len(text[s:e].split()) <= 12 and not cue_re.search(text, s, e):
            letters = sum(ch.isalpha() for ch in text[s:e]) or 1
            covered = sum(sum(ch.isalpha() for ch in text[max(a, s):min(b, e)]) for a, b, _, _ in mentions if a < e and s < b)
            if covered / letters >= NAME_SHARE:
                q = _as_title(q)
        out.append(q)
    return out


#: Longest span (in words) that :func:`surnames_in_marks` reads as a person's name.
SURNAME_WORDS = 3


def surnames_in_marks(rows: list[dict], text: str, mentions: list[tuple[int, int, str, str]]) -> list[dict]:
    """Direct and partial quotes of one to :data:`SURNAME_WORDS` words that are the last words of a
    person the entity model found elsewhere in the article become ``title`` rows: the Saudi outlets'
    habit of writing the surname in marks (وقال «المنجومي» متحدثاً، ونفى «المنجومي» after فهد
    المنجومي), where the marks hide the name from the entity model. A span with a verb of saying
    inside stays a quote.

    Example:
        >>> t = "قال فهد المنجومي إنه حصل على الوثائق. ونفى «المنجومي» نشر الخبر."
        >>> rows = [{"kind": "partial", "start": 44, "end": 52, "speaker": "x", "speaker_type": "person"}]
        >>> surnames_in_marks(rows, t, [(4, 16, "PER", "فهد المنجومي")])[0]["kind"]
        'title'
    """
    short = [i for i, q in enumerate(rows) if str(q.get("kind")) in ("direct", "partial")
             and len(text[q["start"]:q["end"]].split()) <= SURNAME_WORDS]
    if not short or not any(lab == "PER" for _, _, lab, _ in mentions):
        return rows
    names = [(s, e, normalize(text[s:e]).split()) for s, e, lab, _ in mentions if lab == "PER"]
    cue_re = lexicon().cue_re
    out = list(rows)
    for i in short:
        q = rows[i]
        s, e = q["start"], q["end"]
        words = normalize(text[s:e]).split()
        n = len(words)
        if 1 <= n and not cue_re.search(text, s, e) and any(
                len(w) >= n and w[-n:] == words and not (s - 1 <= a <= e + 1) for a, _, w in names):
            out[i] = _as_title(q)
    return out


#: Longest span (in words) that a list of marked spans may hold and still be names.
LIST_ITEM_WORDS = 6


def marked_lists(rows: list[dict], text: str) -> list[dict]:
    """Short spans in marks joined as a list («شكلت بكلت» و«يا زريف الطول»، “بطيئة” أو “سريعة”) are
    names (songs, products, options), not quotes: each of up to :data:`LIST_ITEM_WORDS` words next
    to another marked span with only a comma, و or أو between them becomes a ``title`` row,
    unless a verb of saying sits inside it.

    Example:
        >>> t = "غنى «شكلت بكلت» و«يا زريف الطول» في الحفل."
        >>> rows = [{"kind": "partial", "start": 5, "end": 14}, {"kind": "partial", "start": 18, "end": 31}]
        >>> [q["kind"] for q in marked_lists(rows, t)]
        ['title', 'title']
    """
    marked = sorted((q["start"], q["end"]) for q in rows if str(q.get("kind")) in ("direct", "partial", "title"))
    listed = set()
    for (s1, e1), (s2, e2) in zip(marked, marked[1:]):
        if e1 <= s2 and _list_gap(text[e1:s2]):
            listed |= {(s1, e1), (s2, e2)}
    if not listed:
        return rows
    cue_re = lexicon().cue_re
    return [_as_title(q) if (q["start"], q["end"]) in listed and str(q.get("kind")) in ("direct", "partial")
            and len(text[q["start"]:q["end"]].split()) <= LIST_ITEM_WORDS
            and not cue_re.search(text, q["start"], q["end"]) else q for q in rows]


#: The name علي as :func:`newslib.arabic.name_key` writes it (the key of the preposition على too).
_ALI_KEY = name_key("علي")


def complete_names(rows: list[dict], people: list[tuple[int, int, str]], text: str = "") -> list[dict]:
    """Quotes of one article with each person speaker's name completed from its PER mentions.

    A person speaker of one word (a compound given name such as عبد الله counts as one), or with
    words that are no name (a function word, a verb of saying), becomes the fullest entity name
    in the article that holds all of its words that are words of some person's name, and never a
    shorter one: ظريف → محمد جواد ظريف. A
    title alone becomes the name right after it (رئيس اللجنة إد رويس) or the last person
    introduced with it (الشيخ). Names of several people (أوباما ومايك هاكابي) and other speaker
    types are left alone. ``rows`` are not modified.

    Example:
        >>> rows = [{"speaker": "ظريف", "speaker_start": None, "speaker_end": None, "speaker_type": "person"}]
        >>> complete_names(rows, [(0, 14, "محمد جواد ظريف"), (40, 44, "محمد جواد ظريف")], "")[0]["speaker"]
        'محمد جواد ظريف'
        >>> rows = [{"speaker": "عبد الله", "speaker_start": 5, "speaker_end": 13, "speaker_type": "person"}]
        >>> complete_names(rows, [(5, 21, "عبد الله الصمعين")], "")[0]["speaker"]
        'عبد الله الصمعين'
    """
    names: dict[str, tuple[int, str]] = {}
    for _, _, name in people:
        k = name_key(name)
        n, _ = names.get(k, (0, name))
        names[k] = (n + 1, name)
    words = {w for k in names for w in k.split()}
    out = []
    for q in rows:
        spk = q.get("speaker")
        if not spk or q.get("speaker_type") != "person":
            out.append(q)
            continue
        own = name_key(spk).split()  # عبد الله is one given name, not a full name
        if len(own) >= 2 and not (len(own) == 2 and own[-1] in mentions.name_suffixes()) and not any(w in mentions.stop_words() or w in lexicon().cues or strip_article(w) in lexicon().title_words
                                     for w in own):
            out.append(q)  # already a full name (بات نيفين), whatever the entity model cut
            continue
        mine = [w for w in name_key(spk).split() if w in words]
        if any(mentions.is_ali(w) for w in spk.split()) and any(
                w not in words and w != _ALI_KEY and w not in mentions.stop_words() for w in own):
            out.append(q)  # علي الأحمدي, a name no entity holds: no other علي's name (علي عبد الله صالح)
            continue
        best = None
        ss, se = q.get("speaker_start"), q.get("speaker_end")
        if mine:
            # never shorter: the fullest name holding every name word of the speaker
            # among longer names holding it, the most mentioned, then the shortest: a span that
            # swallowed a neighbour (نيفين لبي بي سي) is rarer than the name (بات نيفين)
            fits = [(n, -len(k.split()), name) for k, (n, name) in names.items()
                    if set(mine) < set(k.split())
                    and (k.split()[-1] not in mentions.name_suffixes() or k.split()[-1] in mine)]  # ترامب is not ترامب الابن
            if fits:
                best = max(fits)[2]
        else:
            # a title or role: the name right after it, else the last person introduced with it
            if se is not None:
                best = _name_after(text, se, people)
            if best is None:
                best = _titled_before(text, spk, ss if ss is not None else q.get("start", 0), people)
        if best is not None and best != spk:
            q = {**q, "speaker": best}
        out.append(q)
    return out


def trim_to_entities(rows: list[dict], text: str, entity_mentions: list[tuple[int, int, str, str]]) -> list[dict]:
    """Person and organisation speakers cut to the entity name inside their mention.

    The rules' name finder sometimes takes a neighbouring word into the speaker: a participle
    (ظريف مخاطبا), an adverb (ترامب مرارا), a verb before it (اختير أوباميانغ), the next noun
    (منظمة التعاون الإسلامي التصريحات). When exactly one PER or ORG mention of the entity model
    lies inside the speaker's mention (PER mentions first, then ORG), the
    words before it are function words or verbs, or the noun of a body that a longer form
    elsewhere in the article added (حملة هيلاري كلينتون for «قالت هيلاري كلينتون»), and the
    words after it are no word of a person name (in this article or in the entity model's
    training data) and no family name with ال (سليمان الصعب), the speaker becomes that entity's name. A first name the entity model left
    out (ألان فوترفاس) stays, and so do علي as written (علي غريب) and a family name left out that ends
    the mention before a comma, complementizer or preposition (:func:`surname_in_place`). ``entity_mentions`` are ``(start, end, label, name)``, sorted; ``rows`` are not modified.

    Example:
        >>> rows = [{"speaker": "ظريف مخاطبا", "speaker_start": 5, "speaker_end": 16, "speaker_type": "person"}]
        >>> trim_to_entities(rows, "وقال ظريف مخاطبا النواب", [(5, 9, "PER", "ظريف")])[0]["speaker"]
        'ظريف'
        >>> rows = [{"speaker": "سليمان الصعب", "speaker_start": 5, "speaker_end": 17, "speaker_type": "person"}]
        >>> trim_to_entities(rows, "وقال سليمان الصعب إن", [(5, 11, "PER", "سليمان")])[0]["speaker"]
        'سليمان الصعب'
        >>> rows = [{"speaker": "بطرس حرب", "speaker_start": 5, "speaker_end": 13, "speaker_type": "person"}]
        >>> trim_to_entities(rows, "وأكد بطرس حرب خلال المؤتمر أنه", [(5, 9, "PER", "بطرس")])[0]["speaker"]
        'بطرس حرب'
        >>> rows = [{"speaker": "علي غريب", "speaker_start": 5, "speaker_end": 13, "speaker_type": "person"}]
        >>> trim_to_entities(rows, "وقال علي غريب، أحد كبار مشايخ مأرب", [(9, 13, "PER", "غريب")])[0]["speaker"]
        'علي غريب'
    """
    if not entity_mentions:
        return rows
    name_words = {w for _, _, lab, name in entity_mentions if lab == "PER" for w in name_key(name).split()}
    trained = _person_words()
    out = []
    for q in rows:
        spk, ss, se = q.get("speaker"), q.get("speaker_start"), q.get("speaker_end")
        if not spk or ss is None or se is None or q.get("speaker_type") not in ("person", "organisation"):
            out.append(q)
            continue
        inside = [m for m in entity_mentions if ss <= m[0] and m[1] <= se]
        inside = [m for m in inside if m[2] == "PER"] or inside  # a person before the body they speak for
        if len(inside) == 1:
            s, e, label, name = inside[0]
            said = set(name_key(text[ss:se]).split())  # the mention's words, not those of a longer form
            own, ent = name_key(spk).split(), set(name_key(name).split()) | set(name_key(text[s:e]).split())
            inner = [i for i, w in enumerate(own) if w in ent]
            lead, trail = own[:inner[0]] if inner else own, own[inner[-1] + 1:] if inner else []
            if (inner and (lead or trail) and not any(w not in ent for w in own[inner[0]:inner[-1] + 1])
                    and all(w in mentions.stop_words() or (w not in said and strip_article(w) in lexicon().body_nouns) for w in lead)
                    and not any(w in name_words or w in trained or w.startswith("ال") or w in mentions.NAME_PARTICLES
                                for w in trail)
                    and not (not lead and trail and mentions.is_ali(text[s:e]))  # علي of علي أكبر صالحي: a name cut short
                    and not (lead and lead[0] == _ALI_KEY and mentions.is_ali(spk.split()[0]))  # علي غريب: علي is no على
                    and not (label == "PER" and surname_in_place(text, ss, se, trail))):
                # words cut before the name took the verb's agreement with them (أفادت الأنباء أن ترامب)
                gender = q.get("speaker_gender") if not lead and label == "PER" else None
                q = {**q, "speaker": name, "speaker_type": "person" if label == "PER" else q["speaker_type"],
                     "speaker_gender": gender}
        out.append(q)
    return out


#: What may follow a name's last word and end it: a comma, colon or full stop, a complementizer, a preposition.
_NAME_END_RE = re.compile(r"\s*(?:[،,:.؛]|(\w+))")
_PRONOUN_END_RE = re.compile(r"(?:[^ي]ه|ها|هم|هما|هن|نا)$")


def surname_in_place(text: str, ss: int, se: int, trail: list[str]) -> bool:
    """The one word the entity model left after a person's name is the family name: it ends the
    speaker's mention (``text[ss:se]``) and a comma, colon, complementizer or preposition follows
    (وأكد وزير الاتصالات بطرس حرب خلال، وأعلن عبد الحكيم مجاهد أن، قال الفنان راغب علامة إن), and it
    is no adverb or participle in ا (مخاطبا، رسميا), no word with a pronoun (قوله، منافسته), no
    word after و (وإدارته) and no function word.

    Example:
        >>> t = "وأكد بطرس حرب خلال المؤتمر"
        >>> surname_in_place(t, 5, 13, ["حرب"]), surname_in_place("وقال ظريف مخاطبا النواب", 5, 16, ["مخاطبا"])
        (True, False)
    """
    if len(trail) != 1:
        return False
    raw = text[ss:se].split()
    w = name_key(raw[-1]) if raw else ""
    if (w != trail[0] or len(w) < 3 or w[0] == "و" or w.endswith("ا") or _PRONOUN_END_RE.search(raw[-1])
            or w in mentions.stop_words() or w in mentions._adverbials() or w in lexicon().cues):
        return False
    m = _NAME_END_RE.match(text, se)
    if m is None:
        return False
    nxt = m.group(1)
    return nxt is None or normalize(nxt) in _clause_words("name_end") or bool(_COMP_RE.fullmatch(nxt))


def extend_to_entities(rows: list[dict], text: str, entity_mentions: list[tuple[int, int, str, str]]) -> list[dict]:
    """An organisation speaker cut inside the entity model's ORG span that starts with it becomes
    that organisation: صندوق → صندوق النقد الدولي, منظمة هيومن → منظمة هيومن رايتس ووتش. Not when
    the span runs over a complementizer, a verb of saying or a function word (المنظمة إن).
    ``entity_mentions`` are ``(start, end, label, name)``; ``rows`` are not modified.

    Example:
        >>> t = "وقال صندوق النقد الدولي إن «النمو سيتباطأ»."
        >>> rows = [{"speaker": "صندوق", "speaker_start": 5, "speaker_end": 10, "speaker_type": "organisation"}]
        >>> extend_to_entities(rows, t, [(5, 23, "ORG", "صندوق النقد الدولي")])[0]["speaker"]
        'صندوق النقد الدولي'
    """
    starts = {s: (e, name) for s, e, lab, name in entity_mentions if lab == "ORG"}
    out = []
    for q in rows:
        ss, se = q.get("speaker_start"), q.get("speaker_end")
        hit = starts.get(ss) if q.get("speaker_type") == "organisation" and se is not None else None
        if hit and hit[0] > se:
            added = [strip_proclitics(w) for w in normalize(text[se:hit[0]]).split()]
            if not any(w in _COMPLEMENTIZERS or w in lexicon().cues or w in mentions.stop_words() for w in added):
                q = {**q, "speaker": hit[1], "speaker_end": hit[0], "speaker_mention": text[ss:hit[0]]}
        out.append(q)
    return out


def indefinite_sources(rows: list[dict], text: str) -> list[dict]:
    """An unnamed source described up to a name after a comma keeps its description: in «قال
    متحدث باسم الفريق القانوني للرئيس الأمريكي، دونالد ترامب» the name is the president's, set
    off by the comma, and the speaker is the spokesman (type ``unnamed``, no gender).

    Example:
        >>> t = "وقال متحدث باسم الرئيس، دونالد ترامب، إن «الأمر انتهى»."
        >>> rows = [{"speaker": "دونالد ترامب", "speaker_start": 5, "speaker_end": 35, "speaker_type": "person", "speaker_gender": "m"}]
        >>> indefinite_sources(rows, t)[0]["speaker"]
        'متحدث باسم الرئيس'
    """
    out = []
    for q in rows:
        ss, se = q.get("speaker_start"), q.get("speaker_end")
        if q.get("speaker_type") == "person" and ss is not None and se is not None:
            head, comma, _ = text[ss:se].partition("،")
            words = normalize(head).split()
            if comma and words and _indefinite(words):
                q = {**q, "speaker": head.strip(), "speaker_type": "unnamed", "speaker_gender": None}
        out.append(q)
    return out


#: An outlet relaying someone (ونقلت وكالة رويترز للأنباء عن …): the verb, the outlet, the first عن.
_RELAY_RE = re.compile(r"(?<![\w])[وف]?نقلت?\s+[^.:«»\n]{2,80}?\s+عن\s+")

#: Where the relayed source's phrase ends: its saying (قوله، قولها), إن/أن, or a clause about it.
_RELAY_END_RE = re.compile(r"\s+(?:قوله|قولها|قولهم|قولهما|القول|إن|أن|ان|بأن|رفض|رفضت|طلب|طلبت|فضل|فضلت|اشترط|أمس|اليوم)(?![\w])|[،,:؛;.«\"“-]")

#: The gender the relayed source's saying tells of a person (عن وزير الخارجية وانغ يي قوله: he).
_RELAY_GENDER = {"قوله": "m", "قولها": "f"}


def _named_after_relay(q: dict, text: str, entity_mentions) -> bool:
    """The rules' speaker of a relayed quote is a person's name: a PER mention, or words that are
    neither function words nor the noun of saying (not «هويته قوله»)."""
    ss, se = q["speaker_start"], q["speaker_end"]
    if any(lab == "PER" and a < se and ss < b for a, b, lab, _ in entity_mentions):
        return True
    words = normalize(str(q["speaker"])).split()
    return q.get("speaker_type") == "person" and not any("قول" in w or w in mentions.stop_words() for w in words)


def relayed(rows: list[dict], text: str, entity_mentions: list[tuple[int, int, str, str]]) -> list[dict]:
    """An outlet relaying someone's words is not the speaker: in «ونقلت وكالة رويترز عن مسؤول
    رفض الكشف عن هويته قوله إن …» the speaker is مسؤول, in «نقلت الوكالة عن وزارة الخارجية
    قولها» the ministry. For a quote whose cue is نقل, the source is the phrase after the first عن
    following the outlet, up to قوله / إن / a comma: its first person mention (عن وزير الطاقة
    ألكسندر نوفاك قوله), else an organisation that opens it, else the phrase itself. A person
    mention's gender is the one its saying tells (قوله: m, قولها: f); a phrase's is not told (عن
    المفوضية قولها: the phrase may stand for a man later).

    Example:
        >>> t = "ونقلت وكالة رويترز عن مسؤول رفض الكشف عن هويته قوله إن «المطالب كثيرة»."
        >>> rows = [{"speaker": "هويته قوله", "cue": "نقل", "speaker_type": "person", "start": 58}]
        >>> [relayed(rows, t, [])[0][k] for k in ("speaker", "speaker_type")]
        ['مسؤول', 'unnamed']
    """
    out = []
    for q in rows:
        if q.get("cue") == "نقل" and q.get("speaker"):
            qs = q["start"]
            lo = max(text.rfind(".", 0, qs), text.rfind("\n", 0, qs), qs - 300) + 1
            m = None
            for m in _RELAY_RE.finditer(text, lo, qs):
                pass
            end = _RELAY_END_RE.search(text, m.end(), qs) if m else None
            ss = q.get("speaker_start")
            if m and end and ss is not None and ss >= m.end() and _named_after_relay(q, text, entity_mentions):
                # the rules already took the source after عن (أحمد داود أوغلو); the gender of نقلت
                # is the outlet's, the source's is its saying's when told
                q = {**q, "speaker_gender": _RELAY_GENDER.get(end.group().strip()) or q.get("speaker_gender")}
                m = None
            if m and end:
                a, b = m.end(), end.start()
                inside = [x for x in entity_mentions if a <= x[0] and x[1] <= b]
                ent = next((x for x in inside if x[2] == "PER"), None) or next(
                    (x for x in inside if x[0] == a and x[2] == "ORG"), None)
                if ent is not None:
                    a, b, spk, typ = ent[0], ent[1], ent[3], "person" if ent[2] == "PER" else None
                else:
                    spk, typ = text[a:b].strip(), None
                if spk and len(spk.split()) <= 8:
                    typ = typ or speaker_type(spk)
                    gender = _RELAY_GENDER.get(end.group().strip()) if ent is not None and ent[2] == "PER" else None
                    q = {**q, "speaker": spk, "speaker_type": typ, "speaker_gender": gender,
                         "speaker_start": a, "speaker_end": b}
        out.append(q)
    return out


#: A short name in marks inside a role (لـ«حزب الله»، “اديان”), read as one word of the role.
_MARKED_NAME_RE = re.compile('[«“"][^«»“”"\n]{1,40}[»”"]')

#: Only a comma between a name and the role that follows it (حاتم العريبي، الناطق …).
_NAME_COMMA_RE = re.compile(r"^\s*[،,]\s*$")

_ROLE_GAP_STOP_RE = re.compile('[.:؛;!?؟()«»"“”\\n]')

#: Words that end a role's noun phrase: what follows them is no apposition (خلال لقائه الرئيس X).
_ROLE_GAP_WORDS = frozenset(normalize(w) for w in (
    "خلال", "لدى", "أمام", "مع", "بعد", "قبل", "عقب", "إلى", "الى", "على", "عند", "حول", "أن", "إن", "ان",
    "الذي", "التي", "اليوم", "أمس", "امس", "لقائه", "لقائها", "حيث", "كما", "وقد", "قد", "لا", "لم", "لن"))


_DEFINITE_RE = re.compile("^[وف]?(?:ال|لل|[بك]ال)")


def _indefinite(words: list[str]) -> bool:
    """An unnamed source written without ال (متحدث باسم الفريق، مسؤول محلي): it names nobody."""
    if _DEFINITE_RE.match(words[0]):
        return False
    return (lexicon().speaker_types.get(strip_proclitics(words[0], lexicon().speaker_types)) == "unnamed"
            and not (len(words) > 1 and words[1].startswith("ال")))


def _appositive(text: str, end: int, people, cue_re) -> tuple[int, int, str] | None:
    """The person named right after a role (المتحدث باسم الداخلية، محمد علي العروي، …)."""
    i = bisect.bisect_left(people, (end,))
    if i >= len(people):
        return None
    a, b, name = people[i]
    gap = _MARKED_NAME_RE.sub(" ", text[end:a])  # الأمين العام لـ«حزب الله» حسن نصر الله
    words = [normalize(w) for w in re.split(r"[\s،,]+", gap) if w]
    if (a - end > 80 or len(words) > 4 or _ROLE_GAP_STOP_RE.search(gap) or len(_COMMA_RE.findall(gap)) > 1
            or any(w in _ROLE_GAP_WORDS for w in words) or cue_re.search(gap)):
        return None
    return a, b, name


#: A mark that opens a name written in marks right after a role (موبايلي "طاهر الدباغ").
_OPENING_MARK_RE = re.compile('\\s*[«“"]\\s*$')


def _chained_appositive(text: str, end: int, people, cue_re, before: int | None = None) -> tuple[int, int, str] | None:
    """The person named after a role written at length, a second role or a title between them (وكيل
    وزارة النقل للطرق المتحدث الرسمي للوزارة، المهندس هذلول بن حسين الهذلول): up to 14 words, two
    commas, no speech verb, no sentence mark, none of the words that end a role's noun phrase, and a
    title among them or a comma or mark right before the name; the quote itself (from ``before``) may
    not lie in between. :func:`_appositive` takes the short ones.

    Example:
        >>> t = "وأوضح نائب المتحدث الرسمي للدفاع المدني بمنطقة المدينة المنورة نقيب نايف محمد الجهني أن"
        >>> _chained_appositive(t, 25, [(68, 84, "نايف محمد الجهني")], lexicon().cue_re)[2]
        'نايف محمد الجهني'
    """
    i = bisect.bisect_left(people, (end,))
    if i >= len(people):
        return None
    a, b, name = people[i]
    if a - end > 160 or (before is not None and end <= before < a):
        return None
    raw = _MARKED_NAME_RE.sub(" ", text[end:a])
    gap = _OPENING_MARK_RE.sub("", raw)
    words = [normalize(w) for w in re.split(r"[\s،,]+", gap) if w]
    if (not words or len(words) > 14 or _ROLE_GAP_STOP_RE.search(gap) or len(_COMMA_RE.findall(gap)) > 2
            or any(w in _ROLE_GAP_WORDS for w in words) or cue_re.search(gap)):
        return None
    titled = any(_role_word(w) in lexicon().title_words for w in words[1:])
    if titled or gap != raw or _COMMA_RE.search(gap.rstrip()[-1:]):
        return a, b, name
    return None


def _named_where_written(text: str, role: str, before: int, people, cue_re) -> tuple[int, int, str] | None:
    """The person named right after the last place before ``before`` where a carried-over role is
    written (وشدد عضو مجلس إدارة اللجنة …، رئيس الوفد … حسام الصالح على أن … وأضاف: «…»).

    Example:
        >>> t = "وشدد عضو مجلس إدارة اللجنة البارالمبية السعودية، رئيس الوفد السعودي حسام الصالح على الفوز. وأضاف: «شكرا»."
        >>> _named_where_written(t, "عضو مجلس", t.index("«"), [(t.index("حسام"), t.index("حسام") + 11, "حسام الصالح")], lexicon().cue_re)[2]
        'حسام الصالح'
    """
    i = text.rfind(role, 0, before)
    if i < 0:
        return None
    end = i + len(role)
    return _appositive(text, end, people, cue_re) or _chained_appositive(text, end, people, cue_re, before)


@lru_cache(maxsize=50_000)
def _role_word(word: str) -> str:
    """A normalised word without its proclitics and ال (الشريفين → شريفين), as roles are compared."""
    return strip_article(strip_proclitics(word, lexicon().speaker_types))


@lru_cache(maxsize=50_000)
def _role_forms(word: str) -> frozenset[str]:
    """Every reading of a normalised word without proclitics and ال (للرئيس → رييس، لرييس …), so
    that a role matches its introduction however the word was prefixed there."""
    return frozenset(strip_article(v) for v in stem_variants(word)) | {_role_word(word)}


def _nisba(word: str) -> bool:
    """A definite relative adjective (الإماراتي، الروسية، الرسمي): a word that a role may add or drop
    when it names someone introduced before (وزير الطاقة سهيل المزروعي … وزير الطاقة الإماراتي).

    Example:
        >>> _nisba(normalize("الإماراتي")), _nisba(normalize("الطاقة"))
        (True, False)
    """
    return word.startswith("ال") and len(word) > 4 and (word.endswith("ي") or word.endswith("يه"))


def _introduced_with(text: str, role: set[str], before: int, people, optional: frozenset[str] = frozenset()
                     ) -> tuple[int, int, str] | None:
    """The nearest earlier person whose mention has every word of ``role`` within six words before
    it or four after it (خادم الحرمين الشريفين الملك سلمان … ← خادم الحرمين), the words in any
    order and with any proclitic (للرئيس الروسي فلاديمير بوتين ← الرئيس الروسي). Words in
    ``optional`` (a role's relative adjectives) may be missing when at least two others are there.

    Example:
        >>> t = "وأوضح وزير الطاقة سهيل المزروعي أن الأسعار سترتفع. وقال وزير الطاقة الإماراتي إن «الأمر محسوم»."
        >>> _introduced_with(t, {"وزير", "طاقه", "اماراتي"}, 50, [(18, 31, "سهيل المزروعي")], frozenset({"اماراتي"}))[2]
        'سهيل المزروعي'
    """
    must = role - optional if len(role - optional) >= 2 else role
    for a, b, name in reversed(people[:bisect.bisect_left(people, (before,))]):
        near, joined = _words_around(text, a, b)
        if not all(w in joined for w in must):
            continue  # cheap: a word of the role is in no reading of these words
        if must <= set().union(*(_role_forms(w) for w in near)):
            return a, b, name
    return None


@lru_cache(maxsize=8192)
def _words_around(text: str, a: int, b: int) -> tuple[tuple[str, ...], str]:
    """The six normalised words before ``text[a:b]`` and the four after it, and the same joined by
    spaces (cached: every role of an article looks at the same people's surroundings again).

    Example:
        >>> _words_around("قال وزير الطاقة سهيل المزروعي أمس", 16, 29)
        (('قال', 'وزير', 'الطاقه', 'امس'), 'قال وزير الطاقه امس')
    """
    near = tuple(normalized_words(text[max(0, a - 60):a], last=6) + normalized_words(text[b:b + 40])[:4])
    return near, " ".join(near)


def _named_before(text: str, start: int, people) -> tuple[int, int, str] | None:
    """The person named right before a role set off by a comma (حاتم العريبي، الناطق الرسمي باسم
    الحكومة): the role describes that person.

    Example:
        >>> t = "رد حاتم العريبي، الناطق باسم الحكومة، قائلا"
        >>> _named_before(t, 17, [(3, 15, "حاتم العريبي")])[2]
        'حاتم العريبي'
    """
    i = bisect.bisect_right(people, (start,))
    if i and _NAME_COMMA_RE.match(text[people[i - 1][1]:start]):
        return people[i - 1]
    return None


def _body_before(text: str, noun: str, before: int, bodies) -> tuple[int, int, str] | None:
    """The nearest earlier organisation introduced with ``noun`` (وكالة ستاندرد آند بورز ← الوكالة)."""
    for a, b, name in reversed(bodies[:bisect.bisect_left(bodies, (before,))]):
        first = normalize(name).split()[0]
        prev = normalize(re.sub(r"[(«\"“]", " ", text[max(0, a - 20):a])).split()[-1:]
        if strip_article(first) == noun or (prev and _role_word(prev[0]) == noun):
            return a, b, name
    return None


def _own_name(name: str, noun: str, bare: bool = True) -> bool:
    """``name`` can be what a bare ``noun`` stands for: the noun with more words (الشركة السعودية للكهرباء),
    or, when ``bare``, a name with no body noun, outlet or place in it (هيربالايف، بشيكتاش; not رويترز, not الرياض)."""
    words = normalize(name).split()
    head = strip_article(strip_proclitics(words[0], lexicon().speaker_types)) if words else ""
    if head == noun:
        return len(words) > 1
    return bare and (head not in lexicon().body_nouns and normalize(name) not in mentions._places()
            and listed_type(name) != "outlet" and lexicon().speaker_types.get(head) != "outlet")


def _body_quoted_before(rows: list[dict], noun: str, before: int, bare: bool = True) -> tuple[int, int, str] | None:
    """The organisation that spoke last among ``rows`` (resolved, in text order) before ``before``, when a bare
    ``noun`` (الشركة) can stand for it (:func:`_own_name`, a name without the noun only when ``bare``); None
    when someone else spoke since.

    Example:
        >>> rows = [{"speaker": "الشركة السعودية للكهرباء", "speaker_type": "organisation",
        ...          "speaker_start": 10, "speaker_end": 34}]
        >>> _body_quoted_before(rows, "شركه", 80)
        (10, 34, 'الشركة السعودية للكهرباء')
    """
    for s, e, spk in _last_speakers(rows, before, "organisation"):
        if normalize(spk) in (noun, "ال" + noun):
            continue  # the bare noun again: look further back
        return (s, e, spk) if _own_name(spk, noun, bare) else None
    return None


def _body_subject_before(text: str, noun: str, before: int, bodies) -> tuple[int, int, str] | None:
    """The nearest earlier organisation written right after a cue verb, maybe with its head noun between
    (أعلن بشيكتاش، وقالت "هيربالايف"، ذكرت مجموعة (بيرسون)), that a bare ``noun`` can stand for.

    Example:
        >>> t = "أعلن بشيكتاش التركي تعاقده مع المهاجم من فيورنتينا. وقال النادي في بيان"
        >>> _body_subject_before(t, "نادي", t.index("النادي"), [(5, 12, "بشيكتاش"), (41, 50, "فيورنتينا")])
        (5, 12, 'بشيكتاش')
        >>> t = 'نقلت صحيفة "دي فيلت" عنها قولها إن المالك اعتقل. وذكرت الحركة في بيان'
        >>> _body_subject_before(t, "حركه", t.index("الحركة"), [(12, 19, "دي فيلت")]) is None
        True
    """
    cues = lexicon().cues
    for a, b, name in reversed(bodies[:bisect.bisect_left(bodies, (before,))]):
        prev = normalized_words(re.sub(r"[(«\"“”]", " ", text[max(0, a - 30):a]), last=2)
        if prev and strip_article(prev[-1]) in lexicon().body_nouns:
            if lexicon().speaker_types.get(strip_article(prev[-1])) == "outlet":
                continue  # نقلت صحيفة "زود دويتشه تسايتونغ": an outlet, no company or movement
            prev = prev[:-1]
        if prev and cue_word(prev[-1], cues) and _own_name(name, noun):
            return a, b, name
    return None


#: A writer's paper or article named right after the name: في صحيفة، بجريدة، في مقال، في «الحياة».
_IN_PAPER_RE = re.compile(r"\s*[،,]?\s*(?:في|ب)\s*(?:ال)?(?:صحيف|جريد|مقال|افتتاحي|«|\"|“)")
#: Another paper named later (its writer is someone else).
_PAPER_RE = re.compile(r"(?:^|\s)(?:في|ب)\s*(?:ال)?(?:صحيف|جريد|افتتاحي|«|\"|“)")


def _press_writer(text: str, pos: int, people: list[tuple[int, int, str]]):
    """A press review's الكاتب before ``pos``: the last person named with the paper they wrote in
    (ويرى موسى برهومة في "الحياة" … ويقول الكاتب), among the three people named last, or None.

    Example:
        >>> t = 'وتساءل عبد العزيز القطان في صحيفة الأخبار: "لماذا؟" يقول الكاتب: "إن القصد هو التطبيع".'
        >>> _press_writer(t, t.index("الكاتب"), [(7, 24, "عبد العزيز القطان")])
        (7, 24, 'عبد العزيز القطان')
    """
    i = bisect.bisect_left(people, (pos,))
    for p in reversed(people[max(0, i - 3):i]):
        m = _IN_PAPER_RE.match(text, p[1])
        if m:
            # another paper named since: its writer is no person we know (ابن الديرة في "الخليج")
            later = _PAPER_RE.search(text[m.end():pos])
            return None if later else p
    return None


#: Up to two more words of a name, then the paper its writer wrote in (محمد| الحمادي في "الاتحاد").
_NAME_IN_PAPER_RE = re.compile(r"(?:\s+[\u0621-\u064a]+){0,2}" + _IN_PAPER_RE.pattern)


def _press_writer_quoted(rows: list[dict], text: str, pos: int) -> tuple[int, int, str] | None:
    """A press review's الكاتب before ``pos`` whom the entity model does not know: the person who spoke
    last among ``rows`` (resolved, in text order), when that person was written with the paper they
    wrote in and no other paper is named since (ويرى ابن الديرة في "الخليج" أن … «…». وشدد الكاتب).
    A fuller form of the name from a later row of the same person is kept (محمد → محمد الحمادي).

    Example:
        >>> t = 'ويرى ابن الديرة في "الخليج" أن "الارتباك العام" واضح. وشدد الكاتب على أنه "لا علاقة".'
        >>> rows = [{"speaker": "ابن الديرة", "speaker_type": "person", "speaker_start": 5, "speaker_end": 15}]
        >>> _press_writer_quoted(rows, t, t.index("الكاتب"))
        (5, 15, 'ابن الديرة')
    """
    fuller = None
    for q in reversed(rows[-4:]):
        s, e, spk = q.get("speaker_start"), q.get("speaker_end"), q.get("speaker")
        if s is None or e is None or s >= pos or str(q.get("kind")) == "title":
            continue
        if q.get("speaker_type") != "person" or not spk:
            return None
        m = _NAME_IN_PAPER_RE.match(text, e)
        if m is None:
            fuller = fuller or spk
            continue
        if _PAPER_RE.search(text[m.end():pos]):
            return None  # another paper named since: its writer is someone else
        if fuller and set(name_key(spk).split()) < set(name_key(fuller).split()):
            spk = fuller
        return s, e, spk
    return None


def _outlet_quoted_before(rows: list[dict], before: int) -> tuple[int, int, str] | None:
    """The outlet that spoke last among ``rows`` (already resolved, in text order) before ``before``, by its
    name, not a noun (a press review: تقول "الراية" القطرية إن "…" … وتشير الصحيفة إلى أنه "…" → الراية).

    Example:
        >>> rows = [{"speaker": "الراية", "speaker_type": "outlet", "speaker_start": 10, "speaker_end": 16},
        ...         {"speaker": "الصحيفة", "speaker_type": "outlet", "speaker_start": 40, "speaker_end": 47}]
        >>> _outlet_quoted_before(rows, 60)
        (10, 16, 'الراية')
    """
    for s, e, spk in _last_speakers(rows, before, "outlet"):
        if strip_article(normalize(spk).split()[0]) in lexicon().body_nouns:
            continue  # الصحيفة again: look further back
        return s, e, spk
    return None


def _last_speakers(rows: list[dict], before: int, speaker_type: str):
    """The speakers of ``rows`` (resolved, in text order) before ``before``, latest first, as (start, end, name),
    while they are of ``speaker_type``: the first other speaker (or a row with none) ends the walk, as someone else
    spoke since. Names in marks are skipped.

    Example:
        >>> rows = [{"speaker": "الراية", "speaker_type": "outlet", "speaker_start": 10, "speaker_end": 16},
        ...         {"speaker": "أحمد", "speaker_type": "person", "speaker_start": 20, "speaker_end": 24},
        ...         {"speaker": "الصحيفة", "speaker_type": "outlet", "speaker_start": 40, "speaker_end": 47}]
        >>> list(_last_speakers(rows, 60, "outlet"))
        [(40, 47, 'الصحيفة')]
    """
    for q in reversed(rows):
        s = q.get("speaker_start")
        if s is None or s >= before or str(q.get("kind")) == "title":
            continue
        spk = q.get("speaker")
        if q.get("speaker_type") != speaker_type or not spk:
            return
        yield s, q["speaker_end"], spk


def resolve_roles(rows: list[dict], text: str, entity_mentions: list[tuple[int, int, str, str]]) -> list[dict]:
    """Speakers written as a role, an honorific or a definite noun become who they stand for.

    In order: a role followed by a person's name (المتحدث باسم الداخلية التونسية، محمد علي
    العروي); an honorific pronoun (سموه، معاليه) → the last person named; a role → the nearest
    earlier person introduced with every word of it (خادم الحرمين → سلمان بن عبدالعزيز); a
    definite organisation noun (الوكالة، الصحيفة البريطانية، الشركة) → the nearest earlier
    organisation introduced with it. An unnamed source without ال (مسؤول محلي، متحدث باسم …) is
    left alone, and so is a speaker holding any word of a person's name. Quotes that carry a
    speaker over (no mention of their own) from an earlier row are left to :func:`carry_over`;
    a role with no earlier row (وزير الطاقة الإماراتي، whose sentence held no quote) becomes the
    nearest person introduced with it. A role also names the person right before it, set off
    by a comma (حاتم العريبي، الناطق الرسمي باسم الحكومة). A bare الكاتب in a press review is the
    writer named last with his paper (:func:`_press_writer`).

    Example:
        >>> text = "وقال المتحدث باسم الوزارة، علي سالم، إن «الوضع هادئ»."
        >>> rows = [{"speaker": "المتحدث باسم الوزارة", "speaker_start": 5, "speaker_end": 25,
        ...          "speaker_type": "unnamed", "speaker_gender": "m", "kind": "partial", "start": 41}]
        >>> resolve_roles(rows, text, [(27, 34, "PER", "علي سالم")])[0]["speaker"]
        'علي سالم'
    """
    people = [(s, e, name) for s, e, lab, name in entity_mentions if lab == "PER"]
    bodies = [(s, e, name) for s, e, lab, name in entity_mentions if lab == "ORG"]
    name_words = {w for _, _, n in people for w in name_key(n).split()}
    cue_re = lexicon().cue_re
    out, positioned = [], set()
    for q in rows:
        spk, ss, se, typ = q.get("speaker"), q.get("speaker_start"), q.get("speaker_end"), q.get("speaker_type")
        if not spk or str(q.get("kind")) == "title":
            out.append(q)
            continue
        carried = ss is None or se is None  # no mention of its own
        if carried and spk in positioned:
            out.append(q)  # carried over from a row of ours: see carry_over
            continue
        if not carried:
            positioned.add(spk)
        words = normalize(spk).split()
        found, new_type, gender = None, None, None
        if any(w in name_words for w in name_key(spk).split()) or typ not in ("person", "unnamed", "organisation", "outlet"):
            pass
        elif typ in ("person", "unnamed"):
            head = strip_article(strip_proclitics(words[0], lexicon().speaker_types))
            if (not _indefinite(words) and head not in lexicon().body_nouns
                    and (typ == "person" or head in lexicon().title_words or words[0] in lexicon().honorifics)):
                role = {_role_word(w) for w in words} - mentions.stop_words()
                optional = frozenset(_role_word(w) for w in words[1:] if _nisba(w))
                if carried:
                    # a role carried over from a quote that is no row of ours: who it was introduced as
                    found = (_introduced_with(text, role, q["start"], people, optional) or _named_where_written(
                        text, spk, q["start"], people, cue_re)) if role and words[0] not in lexicon().honorifics else None
                elif len(words) == 1 and words[0] in lexicon().honorifics:
                    i = bisect.bisect_left(people, (ss,))
                    found = people[i - 1] if i else None
                else:
                    found = _named_before(text, ss, people) or _appositive(text, se, people, cue_re) or (
                        _introduced_with(text, role, ss, people, optional) if role else None) or (
                        _chained_appositive(text, se, people, cue_re, q.get("start")))
                    if found is None and words in (["الكاتب"], ["الكاتبه"]):
                        found = _press_writer(text, ss, people) or _press_writer_quoted(out, text, ss)
                new_type, gender = "person", q.get("speaker_gender") or mentions._titles()[1].get(head, (None,))[0]
        elif not carried and len(words) <= 2 and words[0].startswith("ال") and all(w.startswith("ال") for w in words):
            noun = strip_article(words[0])
            if noun in lexicon().body_nouns:
                found = _body_before(text, noun, ss, bodies)
                new_type = (listed_type(found[2]) if found else None) or typ
                if found is None and typ == "outlet" and lexicon().sources.get(noun):
                    found = _outlet_quoted_before(out, ss)  # الصحيفة، الجريدة: not an outlet's own name (الغارديان)
                if found is None and typ == "organisation" and len(words) == 1:
                    # الهيئة after «وكانت هيئة الربط الكهربائي قالت»: the body of that noun that spoke last; a
                    # company or club named bare (النادي after أعلن بشيكتاش) also the one that spoke or was a
                    # cue's subject last
                    bare = noun in _clause_words("bare_name_body")  # شركة، نادي، حركة …
                    found = _body_quoted_before(out, noun, ss, bare) or (
                        _body_subject_before(text, noun, ss, bodies) if bare else None)
                    new_type = "organisation"
        if found is not None:
            change = {"speaker": found[2], "speaker_type": new_type,
                      "speaker_gender": gender if new_type == "person" else None}
            q = {**q, **change}
        out.append(q)
    return out
