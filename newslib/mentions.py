"""People mentioned in one article and the aliases that point back to them.

A light, rule-based layer (no model) meant to be shared by the quotes and entities modules:
a person is *introduced* by a title or role followed by a name (``الرئيس الروسي فلاديمير بوتين``);
later the article may use the surname alone (``بوتين``), the first name of an East-Asian name
(``كيم``), the title alone (``الرئيس الروسي``) or a relational description (``نظيره الروسي``).
:func:`people` finds all of these and resolves each to the fullest form of the name.

Word lists are data: ``titles.tsv`` (titles and roles, with gender) and ``name_stop.tsv``
(words that end a name), ``name_suffixes.tsv`` (الابن، جونيور: words kept as the end of a
name) in ``newslib/lexicons``.

Example:
    >>> t = "قال الرئيس الفرنسي إيمانويل ماكرون أمس إن الحوار ضروري. وأضاف ماكرون أن الرئيس الفرنسي يريد السلام."
    >>> [(m.text, m.canonical, m.kind) for m in people(t)]
    [('الرئيس الفرنسي إيمانويل ماكرون', 'إيمانويل ماكرون', 'name'), ('ماكرون', 'إيمانويل ماكرون', 'alias'), ('الرئيس الفرنسي', 'إيمانويل ماكرون', 'title')]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from newslib import lexicons
from newslib.arabic import (ARABIC_LETTERS, ARABIC_RE, DIACRITICS, TATWEEL, is_definite_plural, is_verbal_noun, normalize,
                            strip_article, strip_diacritics)

L = ARABIC_LETTERS
#: One token: an Arabic word (with its diacritics), a Latin word, a number, or one other character.
TOKEN_RE = re.compile(f"[{L}][{L}{DIACRITICS}{TATWEEL}]*|[A-Za-z][A-Za-z'-]*|[0-9٠-٩]+|\\S")
#: Particles that continue a name: عبد الله، محمد بن سلمان، أبو الغيط، آل سعود.
NAME_PARTICLES = frozenset(normalize(w) for w in ("بن", "بنت", "ابن", "عبد", "أبو", "أبي", "آل", "ولد", "أبا", "أم", "دي", "فان"))


@dataclass(frozen=True)
class Mention:
    """One mention of a person (or of an unnamed source described by a title).

    Attributes:
        start: Offset of the mention without proclitics.
        end: Offset one past it.
        text: The mention as written (``text[start:end]``).
        canonical: The fullest form of the name in the article, or the title phrase when
            no name was ever given.
        title: The title or role phrase attached to the person (``الرئيس الروسي``), if any.
        gender: ``"m"``, ``"f"`` or ``None`` when unknown.
        kind: ``"name"`` (title + name, or a full name), ``"alias"`` (part of a known name),
            ``"title"`` (a title standing for a person).
    """

    start: int
    end: int
    text: str
    canonical: str
    title: str | None
    gender: str | None
    kind: str


_ALEFS = "اأإآ"


def _variants(word: str) -> set[str]:
    """Spellings of ``word`` met in news: with/without diacritics, alef forms at the start, final ى/ي and ة/ه."""
    out = {word, strip_diacritics(word)}
    for w in list(out):
        if w[:1] in _ALEFS:
            out |= {a + w[1:] for a in _ALEFS}
    for w in list(out):
        if w.endswith("ى") or w.endswith("ي"):
            out |= {w[:-1] + "ى", w[:-1] + "ي"}
        if w.endswith("ة") or w.endswith("ه"):
            out |= {w[:-1] + "ة", w[:-1] + "ه"}
        if w.endswith("ا") and len(w) > 3:  # tanween written before the alef: مضيفًا
            out.add(w[:-1] + "\u064bا")
    return out


def trie_pattern(words) -> str:
    """A regex alternation of ``words`` (and their usual spelling variants) factored as a trie.

    Much faster to compile and to run than a flat alternation of hundreds of words.

    Example:
        >>> bool(re.fullmatch(trie_pattern(["أكد", "أكدت", "قال"]), "اكدت"))
        True
    """
    trie: dict = {}
    for w in words:
        for v in _variants(w):
            node = trie
            for ch in v:
                node = node.setdefault(ch, {})
            node[""] = True

    def build(node) -> str:
        alts = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            alts.append(re.escape(ch) + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


def _word_hits(text: str, word: str):
    """Start offsets of ``word`` in ``text`` as a whole word, a proclitic (و ف ب ل) allowed, lazily."""
    i = text.find(word)
    while i != -1:
        j = i + len(word)
        b = i - 1
        if b >= 0 and text[b] in "وفبل" and (b == 0 or not _is_letter(text[b - 1])):
            b = -1
        if (b < 0 or not _is_letter(text[b])) and (j >= len(text) or not _is_letter(text[j])):
            yield i
        i = text.find(word, j)


def count_word(text: str, word: str) -> int:
    """Occurrences of ``word`` in ``text`` as a whole word, a proclitic (و ف ب ل) allowed.

    Example:
        >>> count_word("قال بوتين إن روسيا ... وبوتين يرى", "بوتين")
        2
    """
    return sum(1 for _ in _word_hits(text, word))


def _is_letter(ch: str) -> bool:
    return ARABIC_RE.match(ch) is not None


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Tokens of ``text[start:end]`` as ``(start, end, key)``, key = :func:`normalize` of the token.

    Example:
        >>> [k for _, _, k in tokens("وقال بوتين: «نعم»")]
        ['وقال', 'بوتين', ':', '«', 'نعم', '»']
    """
    end = len(text) if end is None else end
    keys = _TOKEN_KEYS
    if len(keys) > 500_000:  # a bound for long-running processes; news has far fewer distinct words
        keys.clear()
    out = []
    pos = max(start, 0)  # as re clamps a negative pos
    # one findall of (spaces, token) pairs: the offsets follow from the lengths, with no Match
    # object per token (every character between two tokens is a space: TOKEN_RE ends with \S)
    for space, tok in _SPACE_TOKEN_RE.findall(text, start, end):
        s = pos + len(space)
        pos = s + len(tok)
        k = keys.get(tok)
        if k is None:
            k = keys[tok] = tok.translate(_token_key_table())
        out.append((s, pos, k))
    return out


def iter_tokens(text: str, start: int = 0, end: int | None = None):
    """:func:`tokens`, one at a time: for readers that stop after the first few.

    Example:
        >>> next(iter_tokens("وقال بوتين"))
        (0, 4, 'وقال')
    """
    end = len(text) if end is None else end
    keys = _TOKEN_KEYS
    for m in TOKEN_RE.finditer(text, start, end):
        tok = m.group()
        k = keys.get(tok)
        if k is None:
            k = keys[tok] = tok.translate(_token_key_table())
        yield m.start(), m.end(), k


#: Each token of :data:`TOKEN_RE` with the spaces before it, as two groups (for :func:`tokens`).
_SPACE_TOKEN_RE = re.compile(r"(\s*)(" + TOKEN_RE.pattern + ")")

#: Token → key, filled by :func:`tokens`: the same words come back in every window around a cue,
#: and a dict lookup costs less than ``str.translate`` over the token.
_TOKEN_KEYS: dict[str, str] = {}


@lru_cache(maxsize=1)
def _token_key_table() -> dict:
    """normalize() as one str.translate table, for single tokens (no spaces, no presentation forms).

    Built from :func:`normalize` itself, character by character, so the keys agree with it.
    """
    table = {}
    for c in [*range(0x0600, 0x0700), *range(0x0750, 0x0780), 0x200B, 0x200C, 0x200D, 0x200E, 0x200F,
              *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xFEFF]:
        ch = chr(c)
        n = normalize(ch) if not ch.isspace() else ch
        if n != ch:
            table[c] = n or None
    table.update({c: chr(c).lower() for c in range(ord("A"), ord("Z") + 1)})  # normalize casefolds Latin
    return table


@lru_cache(maxsize=1)
def _titles():
    rows = lexicons.read("titles")
    info = {}
    definite_only: set[str] = set()
    both: set[str] = set()
    for r in rows:
        t = r["title"].strip()
        if t.startswith("ال") and len(t) > 4:
            body = t[2:]
            definite_only.add(body)
        else:
            body = t
            both.add(body)
        info.setdefault(normalize(body), (r.get("gender") or None, r.get("kind") or "title"))
    definite_only -= both

    def alt(bodies):
        return trie_pattern(bodies)

    # entries written with ال in the lexicon (الصحافي، الإمام) only match when definite
    pat = re.compile(
        f"(?<![{L}])(?:(?P<pre>[وف]?(?:لل|[بلك]ال|ال|[بلك])?)(?P<body>{alt(both)})"
        f"|(?P<pre2>[وف]?(?:لل|[بلك]ال|ال))(?P<body2>{alt(definite_only)}))(?![{L}])"
    )
    return pat, info


@lru_cache(maxsize=1)
def _title_keys() -> frozenset[str]:
    return frozenset(_titles()[1])


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Normalised words that cannot be part of a name (particles, time words, common verbs)."""
    words = {normalize(w) for w in lexicons.column("name_stop", "word")}
    try:
        # forms ending in ى are left out: folded to ي they would hide names (روى → روي)
        words |= {normalize(w) for w in lexicons.column("cue_verbs", "form") if not w.endswith("ى")}
    except FileNotFoundError:  # pragma: no cover
        pass
    return frozenset(words)


#: Words of ``speaker_types.tsv``'s documents that are also parts of names (عبد الله، عبد النبي،
#: عبد الرسول، عمر بن الخطاب): not common nouns for :func:`common_nouns`.
_NAME_PARTS = frozenset(normalize(w) for w in ("الله", "النبي", "رسول", "خطاب"))


@lru_cache(maxsize=1)
def common_nouns() -> frozenset[str]:
    """Common nouns that are no word of a name, normalised, without ال: the nouns before a work's
    title (``work_nouns.tsv``: برنامج، فيلم، كتاب) and the documents and statements that speak
    (``speaker_types.tsv``, type ``other``: بيان، تقرير، تغريدة), less words that are also parts of
    names (الله، خطاب).

    Example:
        >>> {"برنامج", "بيان"} <= common_nouns(), "الله" in common_nouns()
        (True, False)
    """
    words = {normalize(r["word"]) for r in lexicons.read("work_nouns")}
    words |= {normalize(r["noun"]) for r in lexicons.read("speaker_types") if r.get("type") == "other" and " " not in r["noun"]}
    return frozenset(strip_article(w) for w in words if w not in _NAME_PARTS and strip_article(w) not in _NAME_PARTS)


@lru_cache(maxsize=100_000)
def not_name_word(word: str) -> bool:
    """Whether ``word`` (as written) is a common noun that cannot be a word of a name: a form X
    verbal noun (استضافة) or one of :func:`common_nouns` (برنامج، البيان), with و/ف or a
    preposition on it or not. Definite plurals are not taken: Saudi family names end so
    (الشبانات).

    Example:
        >>> [not_name_word(w) for w in ("استضافة", "برنامج", "والبيان", "الدويش", "الشبانات", "عبدالله")]
        [True, True, True, False, False, False]
    """
    if is_verbal_noun(word):
        return True
    k = normalize(word)
    nouns = common_nouns()
    return any(strip_article(c) in nouns for c in (k, k[1:] if k[:1] in "وفبل" and len(k) > 3 else k))


def _bare(key: str) -> str:
    """A normalised word without a leading و/ف conjunction when the rest is still a word."""
    return key[1:] if len(key) > 3 and key[0] in "وف" else key


_TANWEEN_RE = re.compile("[\u064b-\u064d]")
_PREFIXED_ART_RE = re.compile("^(?:[وف]?(?:لل|[بلك]ال)|وال|فال)")
_PREP_PRONOUN_RE = re.compile("^[لب].+(ه|ها|هم)$")


@lru_cache(maxsize=1)
def _adverbials() -> frozenset[str]:
    """Adverbials that follow a speech verb or a name, never a word of a name (``cue_adverbials.tsv``: قبيل، مجددا)."""
    return frozenset(normalize(w) for w in lexicons.column("cue_adverbials", "word"))


#: "Called", before a name (يدعى، وتدعى، المدعو), normalised: no word of the name.
_CALLED = frozenset(normalize(w) for w in ("يدعى", "تدعى", "ويدعى", "وتدعى", "المدعو", "المدعوة"))

#: The first name علي as written (with ي, no shadda): normalised it is the preposition على, a stop word.
_ALI = "علي"


def is_ali(raw: str) -> bool:
    """Whether the word as written is the name علي, which :func:`newslib.arabic.normalize` folds into
    the preposition على (a stop word). Written with ى, or with a shadda (عليّ, on me), it is no name;
    the outlets write the preposition with ى (SNS dev: 14 علي-only articles of 15,000 write no على).

    Example:
        >>> [is_ali(w) for w in ("علي", "على", "عليّ", "وعلي")]
        [True, False, False, False]
    """
    return raw == _ALI


@lru_cache(maxsize=200_000)  # a pure function of three words (and the lexicons, whose change clears it)
def _is_name_token(key: str, prev: str | None, raw: str = "") -> bool:
    if _TANWEEN_RE.search(raw) or len(key) < 2:  # names carry no tanween: رداً، أيضاً
        return False
    if is_ali(raw):  # علي أكبر ولايتي، علي عبدالله صالح: the name, not على — as a run's first word only
        return prev is None  # (مكة المكرمة علي بن …, محمد علي: the run's reading stays as it was)
    if key in _CALLED:  # مهندس متطوع يدعى علي مطر: the name follows the word, the word is no part of it
        return False
    if key in _adverbials():  # الرئيس الكيني قبيل الزيارة، مرضية افخم مجددا: an adverbial, no name
        return False
    if not key or not ("\u0621" <= key[0] <= "\u06ff" or key[0].isalpha()):
        return False
    if (key in stop_words() and not raw.startswith("آ")) or _bare(key) in stop_words() or key in _title_keys():
        return False
    if key[:1] in "وف" and key[1:] in stop_words():
        return False
    if raw.startswith("ال") and prev not in NAME_PARTICLES:
        return False
    if _PREFIXED_ART_RE.match(raw) and prev not in NAME_PARTICLES:
        return False
    if _PREP_PRONOUN_RE.match(key):  # لأنصاره، بها
        return False
    if not_name_word(raw or key):  # استضافة، برنامج
        return False
    return True


def _extend(text: str, pos: int, definite: bool, construct: bool, toks=None, spokesman: bool = False):
    """After a title ending at ``pos``: its modifiers, then the name (token indices); after باسم
    (``spokesman``) the body's name may run on a construct noun (:func:`_body_chain`)."""
    toks = toks if toks is not None else tokens(text, pos, min(len(text), pos + 90))
    i = 0
    mods: list[tuple[int, int, str]] = []
    if construct and i < len(toks):
        k = toks[i][2]
        if k not in stop_words() and k[:1] not in "،,.:؛;()«»\"“”" and (_raw(text, toks[i]).startswith("ال") or _is_name_token(k, None, _raw(text, toks[i]))):
            mods.append(toks[i])
            i += 1
    extra = _body_chain(text, toks, i) if spokesman and len(mods) == 1 else 0
    mods.extend(toks[i:i + extra])
    i += extra
    cut = None
    while i < len(toks) and len(mods) < 3 + extra:
        k = toks[i][2]
        if _raw(text, toks[i]).startswith("ال") and k not in stop_words() and k not in _title_keys() \
                and k[2:] not in _title_keys():
            if mods and _nationality_at(_raw(text, mods[-1])) and k not in _nationality_followers() and cut is None:
                cut = len(mods)  # a nationality ends the title when no name follows: الرئيس التركي الاسلامي المحافظ
            mods.append(toks[i])
            i += 1
        else:
            break
    if i < len(toks) and _raw(text, toks[i]).startswith("ال") and toks[i][2][2:] in _title_keys():
        i += 1
    i = _after_body_complement(text, toks, i)
    name, _ = _read_name(text, toks, i)
    while len(name) > 2 and _is_place(name[0][2]) and not _is_place(name[1][2]):
        name = name[1:]  # the title's place: رئيس دولة فلسطين محمود عباس → محمود عباس
    if name:
        name = _valid_name(text, toks, name, strict=False)
    if not name and i < len(toks) and toks[i][2] in _OPEN_MARKS:
        name = _name_in_marks(text, toks, i)
    if not name:
        if extra:  # no name right after the longer body (جبهة ردفان العند، الواقعة شمال …): read as before
            return _extend(text, pos, definite, construct, toks)
        name = _name_after_tail(text, toks, i)
    if not name and cut is not None:
        mods = mods[:cut]
    return mods, name


def _body_chain(text: str, toks, i: int) -> int:
    """How many indefinite nouns from token ``i`` go on a body's construct name opened by the title's
    first word (المتحدث باسم مجلس قيادة المقاومة الشعبية علي الأحمدي: قيادة): one when it is no first
    name, follows a body noun (``_body_nouns``) and a definite word comes right after it; else 0.

    Example:
        >>> t = "باسم مجلس قيادة المقاومة الشعبية علي الأحمدي"
        >>> toks = tokens(t, 5)
        >>> _body_chain(t, toks, 1)
        1
        >>> t = "باسم حركة فتح أسامة القواسمي"
        >>> _body_chain(t, tokens(t, 5), 1)
        0
    """
    if i < 1 or i + 1 >= len(toks) or toks[i - 1][2] not in _body_nouns():
        return 0
    raw, k = _raw(text, toks[i]), toks[i][2]
    nxt = _raw(text, toks[i + 1])
    if raw.startswith("ال") or k in stop_words() or k in _first_names() or not ("\u0621" <= k[:1] <= "\u064a") \
            or not nxt.startswith("ال") or toks[i + 1][2] in stop_words() or toks[i + 1][2] in _title_keys():
        return 0
    return 1


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    """``first_names.tsv``, normalised."""
    return frozenset(normalize(w) for w in lexicons.column("first_names", "name"))


@lru_cache(maxsize=1)
def _body_nouns() -> frozenset[str]:
    """Nouns that open a body's name (``ner_triggers.tsv``, label ORG: نادي، شركة، وزارة; and the one-word
    organisation heads of ``speaker_types.tsv``: حكومة), normalised."""
    words = {normalize(r["word"]) for r in lexicons.read("ner_triggers") if r.get("label") == "ORG"}
    words |= {normalize(r["noun"]) for r in lexicons.read("speaker_types") if r.get("type") == "organisation" and " " not in r["noun"]}
    return frozenset(strip_article(w) for w in words)


def _after_body_complement(text: str, toks, i: int) -> int:
    """The token after a title's complement ل + a body's name closed by a comma (المدير الفني لنادي تشيلسي،
    أنطونيو كونتي → أنطونيو), or ``i`` when token ``i`` opens no such complement: the body's name is no
    person's, and without the comma where it ends is unknown.

    Example:
        >>> t = "المدير الفني لنادي تشيلسي، أنطونيو كونتي"
        >>> toks = tokens(t, 13)
        >>> toks[_after_body_complement(t, toks, 0)][2]
        'انطونيو'
    """
    if i >= len(toks):
        return i
    raw = _raw(text, toks[i])
    k = toks[i][2]
    if not (raw.startswith("ل") and not raw.startswith("لل") and k[1:] in _body_nouns()):
        return i
    for j in range(i + 1, min(len(toks), i + 6)):
        if toks[j][2] in ("،", ","):
            return j + 1
        if toks[j][2] in _TERMINATORS or toks[j][2] in _OPEN_MARKS:
            return i
    return i


_OPEN_MARKS = frozenset('"“”«„')
#: Royal and religious titles that name the places built for their holders (مطار الملك، مستشفى الأمير، جامع الإمام).
_ROYAL = frozenset(normalize(w) for w in ("الملك", "الأمير", "الأميرة", "الشيخ", "الإمام", "السلطان"))
_TAIL_WORDS = frozenset(normalize(w) for w in ("في", "من", "عن", "على", "لدى", "بين", "غرب", "شرق", "شمال", "جنوب", "وسط", "،", ","))
_TERMINATORS = frozenset(normalize(w) for w in ("،", ",", ":", ".", "(", "«", "»", '"', "“", "”", "-", "–"))


def _read_name(text: str, toks, i: int, cap: int = 3):
    """The run of name words starting at token i (at most ``cap`` words besides particles)."""
    name: list[tuple[int, int, str]] = []
    prev = None
    while i < len(toks) and len(name) < cap + 3:
        k = toks[i][2]
        raw = _raw(text, toks[i])
        family = (len(name) == 1 and raw.startswith("ال") and prev not in NAME_PARTICLES and k not in stop_words()
                  and _raw(text, name[0])[:1] not in "لبكيتن"  # not a clitic, nor a present verb (يريد السلام)
                  and k not in _title_keys() and k[2:] not in _title_keys() and not _is_place(k[2:]) and not _is_place(k)
                  and not not_name_word(raw))
        if not family and not _is_name_token(k, prev, raw):
            break
        if len([t for t in name if t[2] not in NAME_PARTICLES]) >= cap and k not in NAME_PARTICLES:
            break
        if name and raw.startswith("ل") and k[1:] in _outlet_heads():
            break  # the outlet spoken to: قائد الشرطة سيف لفرانس برس، قال محمد لوكالة …
        if name and k[:1] == "و" and k not in NAME_PARTICLES and i + 1 < len(toks) \
                and _is_name_token(toks[i + 1][2], k, _raw(text, toks[i + 1])) and not text[toks[i][1]:toks[i + 1][0]].strip():
            break  # و inside a run joins two things, no name has it in its middle: ولاية نيوجيرسي وحليف ترامب
        # words must be separated by spaces only
        if name and text[name[-1][1]:toks[i][0]].strip():
            break
        name.append(toks[i])
        prev = k
        i += 1
    while name and name[-1][2] in NAME_PARTICLES:
        name.pop()
        i -= 1
    # الابن، جونيور end the name: دونالد ترامب الابن is not دونالد ترامب
    if name and i < len(toks) and toks[i][2] in name_suffixes() and not text[name[-1][1]:toks[i][0]].strip():
        name.append(toks[i])
        i += 1
    return name, i


@lru_cache(maxsize=1)
def _outlet_heads() -> frozenset[str]:
    """The first words of outlets and outlet nouns (``speaker_types.tsv``, type outlet: وكالة، قناة، فرانس برس،
    بي بي سي), normalised, less first names (فارس): after ل they name whom a person spoke to, no part of a name.

    Example:
        >>> sorted(w for w in _outlet_heads() if w in ("وكاله", "فرانس", "فارس"))
        ['فرانس', 'وكاله']
    """
    heads = {normalize(r["noun"]).split()[0] for r in lexicons.read("speaker_types") if r.get("type") == "outlet"}
    return frozenset(h for h in heads if h not in _first_names() and not h.startswith("ال"))


@lru_cache(maxsize=1)
def name_suffixes() -> frozenset[str]:
    """Words that end a person's name after it (``name_suffixes.tsv``), normalized.

    Example:
        >>> "الابن" in name_suffixes() and normalize("الأبن") in name_suffixes()
        True
    """
    return frozenset(normalize(w) for w in lexicons.column("name_suffixes", "word"))


def _valid_name(text: str, toks, name, strict: bool):
    """The part of ``name`` that is a name, or [] (a list of tokens either way).

    Words after a title are a name if the name stands before punctuation, a speech verb, the end
    of the text, or a stop word (two or three words); otherwise it is cut after its last word
    that recurs elsewhere in the article.
    """
    i = next(n for n, t in enumerate(toks) if t is name[-1]) + 1
    nxt = toks[i][2] if i < len(toks) else "."
    nraw = text[toks[i][0]:toks[i][1]] if i < len(toks) else ""
    ends_clean = not _word(nxt) or _bare(nxt) in _cue_forms() or nxt in _cue_forms() or nxt in ("ل", "لـ") \
        or (nraw.startswith("ل") and nxt[1:] in _outlet_heads())
    before_stop = nxt in stop_words() or _bare(nxt) in stop_words() or bool(_TANWEEN_RE.search(nraw)) or nxt in _adverbials()
    words = [t for t in name if t[2] not in NAME_PARTICLES]
    if words and ((words[0][2] in _TAIL_WORDS and not is_ali(_raw(text, words[0]))) or _is_place(words[-1][2]) or all(_is_place(t[2]) for t in words)):
        return []
    if strict:
        return name if len(words) >= 2 and (ends_clean or before_stop) else []
    if len(words) >= 2 and nxt in _ROYAL and not name[-1][2].startswith("ال"):
        # indefinite nouns in construct with a royal title, a place's name: مدير عام جمرك مطار الملك عبدالعزيز
        return []
    if ends_clean or (before_stop and 2 <= len(words) <= 3):
        return name
    # a definite word after a first name is a family name only when the name ends cleanly
    # (أوباما المؤكد is not a name): cut it off otherwise
    for n, t in enumerate(name[1:], 1):
        if _raw(text, t).startswith("ال") and name[n - 1][2] not in NAME_PARTICLES:
            name = name[:n]
            break
    rest = text[: name[0][0]] + " " + text[name[-1][1]:]
    last = -1
    for n, (s, e, k) in enumerate(name):
        if k not in NAME_PARTICLES and len(k) > 2 and _occurs(rest, text[s:e]):
            last = n
    return name[: last + 1]


def _name_in_marks(text: str, toks, i: int):
    """A name written between marks after a title: وزير الخارجية "عادل الجبير"."""
    j = i + 1
    inner = []
    while j < len(toks) and toks[j][2] not in _OPEN_MARKS and toks[j][2] not in ("»", "″") and len(inner) < 7:
        inner.append(toks[j])
        j += 1
    if j >= len(toks) or not inner or len(inner) > 6:
        return []
    # a title at the start of the marks (الأمير محمد بن سلمان): the name is what follows
    pat, _ = _titles()
    while inner and pat.fullmatch(text, inner[0][0], inner[0][1]):
        inner = inner[1:]
    name, n = _read_name(text, inner, 0, cap=4)
    return name if name and n == len(inner) else []


def _name_after_tail(text: str, toks, i: int):
    """A name after the title's complements: مدير المنظمة في الشرق الأوسط وشمال أفريقيا بيتر سلامة،."""
    steps = 0
    while i < len(toks) and steps < 10:
        k = toks[i][2]
        raw = _raw(text, toks[i])
        if k in (".", ":", "؟", "!") or k in _cue_forms() or _bare(k) in _cue_forms():
            return []
        if k in _OPEN_MARKS:
            return _name_in_marks(text, toks, i)
        name, _ = _read_name(text, toks, i, cap=5)
        if name:
            # drop leading places and coordinated words: وشمال أفريقيا بيتر سلامة → بيتر سلامة
            while len(name) > 2 and (_is_place(name[0][2]) or (name[0][2].startswith("و") and len(name) > 3)):
                name = name[1:]
            if len(name) > 4 or len([t for t in name if t[2] not in NAME_PARTICLES]) > 3:
                return []
            if _valid_name(text, toks, name, strict=True):
                return name
        if raw.startswith("ال") or k in _TAIL_WORDS or _DEFINITE_PREFIX_RE.match(raw) or _is_place(k) \
                or _at_town(text, toks, i):
            i += 1
            steps += 1
            continue
        # a construct noun before a definite word: مجلس محافظة الأنبار، غرب العراق
        if i + 1 < len(toks) and _raw(text, toks[i + 1]).startswith("ال"):
            i += 1
            steps += 1
            continue
        return []
    return []


_DEFINITE_PREFIX_RE = re.compile("^(?:و|ف)?(?:لل|[بلك]ال|ال)")


def _at_town(text: str, toks, i: int) -> bool:
    """Whether token ``i`` is ب + a town the gazetteer lacks, in a title's complements before a name
    (مندوبة السياحة بسوسة سلوى القادري): ب on a word of four letters or more, neither a stop word
    nor a word that opens the name itself, with two name words after it.

    Example:
        >>> t = 'مندوبة السياحة بسوسة سلوى القادري "'
        >>> toks = tokens(t)
        >>> _at_town(t, toks, 2), _at_town(t, toks, 3)
        (True, False)
        >>> t = "وزير الداخلية الليبي بحكومة طبرق الدباشي،"
        >>> _at_town(t, tokens(t), 3)
        False
    """
    k = toks[i][2]
    raw = _raw(text, toks[i])
    if not (raw.startswith("ب") and len(k) >= 5) or k in stop_words() or k[1:] in stop_words() or _title_keys() & {k, k[1:]} \
            or k[1:] in _body_nouns() or not_name_word(raw):  # بحكومة طبرق الدباشي: a body, not a town
        return False
    name, _ = _read_name(text, toks, i + 1)
    return len([t for t in name if t[2] not in NAME_PARTICLES]) >= 2


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    out = set()
    for lex in ("gazetteer_countries", "gazetteer_cities"):
        try:
            out |= {normalize(w) for w in lexicons.column(lex, "name")}
        except (FileNotFoundError, KeyError):  # the entities lexicons are optional here
            pass
    return frozenset(out)


def _is_place(k: str) -> bool:
    return k in _places() or (k[:1] in "وب" and k[1:] in _places())


def expand_name(text: str, name: str) -> str:
    """The fullest form of ``name`` in ``text``: the longest run of name words ending with it.

    Example:
        >>> expand_name("قال المفاوض الإيراني عباس عراقجي، أمس. وقال عراقجي إن …", "عراقجي")
        'عباس عراقجي'
        >>> expand_name("التقى الرئيس فلاديمير بوتين وسيب بلاتر أمس. وأكد بلاتر …", "بلاتر")
        'بلاتر'
    """
    best = name
    nkey = normalize(name)
    hits = []
    i = text.find(name)
    while i != -1 and len(hits) < 6:
        e = i + len(name)
        if (e >= len(text) or not _is_letter(text[e])) and (i == 0 or not _is_letter(text[i - 1])):
            hits.append((i, e))
        i = text.find(name, e)
    for hs, he in hits:
        toks = tokens(text, max(0, hs - 60), hs)
        run = []
        for t in reversed(toks):
            if text[t[1]:(run[0][0] if run else hs)].strip():
                break
            prev = None
            if not _is_name_token(t[2], prev, _raw(text, t)) and t[2] not in NAME_PARTICLES:
                break
            r = strip_diacritics(_raw(text, t))
            if len(r) >= 5 and r.endswith("ه") and not r.endswith("الله"):
                break  # مهاجمه، إفلاسه: a noun with a pronoun, not a name
            if len(r) >= 5 and r.endswith(("تها", "تهم", "وها", "وهم")):
                break  # كتبتها، اعتبروها: a verb with its object pronoun, not a name
            run.insert(0, t)
            if len([x for x in run if x[2] not in NAME_PARTICLES]) >= 3:
                break
            if t[2].startswith("و") and len(t[2]) > 3:
                break  # و joins two names: فلاديمير بوتين وسيب بلاتر is not one person
        while run and (run[0][2] in NAME_PARTICLES or _is_place(run[0][2]) or run[0][2] in _title_keys()):
            run = run[1:]
        # the words before the name must end a title, a clause or a speech verb: الإيراني عباس عراقجي
        while run:
            k = next((t for t in reversed(toks) if t[1] <= run[0][0]), None)
            if k is not None and (k[2] in _cue_forms() or _bare(k[2]) in _cue_forms()
                                  or _raw(text, k).startswith("ال") or k[2] in _title_keys() or k[2][1:] in _title_keys()
                                  or k[2] in _CALLED  # مهندس متطوع يدعى علي مطر
                                  or strip_diacritics(_raw(text, k)).endswith("ه")):  # apposition: مهاجمه ألفارو موراتا
                break
            run = run[1:]
        while len(run) > 1 and (_is_place(run[0][2]) or run[0][2].startswith("و")):
            run = run[1:]
        if run:
            cand = text[run[0][0]:he]
            if len(cand.split()) > len(best.split()) and normalize(cand).endswith(nkey):
                best = cand
    return best


_PARTICLE_ENDS = NAME_PARTICLES - {normalize(w) for w in ("دي", "فان", "بن")}
_PREP_STUB_RE = re.compile("^[لب]ـ*$")


def mend_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A person's span from the entity model mended at its end: a name that stops at a kunya or
    lineage particle takes the next word (محمد أبو → محمد أبو الفضل; بن only after two words, so
    هيلاري بن stays), a preposition stub the span took is dropped (عماد لـ → عماد).

    Example:
        >>> t = "ويرى محمد أبو الفضل في صحيفة العرب أن"
        >>> s, e = mend_span(t, 5, 13); t[s:e]
        'محمد أبو الفضل'
        >>> t = "واعترف عماد لـ سبق"; s, e = mend_span(t, 7, 14); t[s:e]
        'عماد'
    """
    words = tokens(text, start, end)
    if len(words) > 1 and _PREP_STUB_RE.match(_raw(text, words[-1])):
        return start, words[-2][1]
    if len(words) < 2 or (words[-1][2] not in _PARTICLE_ENDS and not (words[-1][2] == normalize("بن") and len(words) > 2)):
        return start, end
    nxt = tokens(text, end, min(len(text), end + 40))
    if nxt and not text[end:nxt[0][0]].strip() and _is_name_token(nxt[0][2], words[-1][2], _raw(text, nxt[0])):
        return start, nxt[0][1]
    return start, end


@lru_cache(maxsize=1)
def _cue_forms() -> frozenset[str]:
    try:
        return frozenset(normalize(w) for w in lexicons.column("cue_verbs", "form"))
    except FileNotFoundError:  # pragma: no cover
        return frozenset()


def _raw(text: str, tok) -> str:
    return text[tok[0]:tok[1]]


def people(text: str) -> list[Mention]:
    """Every mention of a person in ``text``: introductions, aliases and titles standing alone.

    Args:
        text: One article's text.

    Returns:
        Mentions sorted by offset; ``text[m.start:m.end] == m.text`` for each.

    Example:
        >>> t = ("وجه الرئيس الروسي فلاديمير بوتين رداً. وبحث مع نظيره البيلاروسي ألكسندر لوكاشينكو التعاون. "
        ...      "ولفت لوكاشينكو إلى ذلك، ووافق نظيره الروسي. ودعت زعيمة المعارضة سفيتلانا تيخانوفسكايا إلى الحوار.")
        >>> [(m.text, m.canonical, m.gender, m.kind) for m in people(t)]  # doctest: +NORMALIZE_WHITESPACE
        [('الرئيس الروسي فلاديمير بوتين', 'فلاديمير بوتين', 'm', 'name'),
         ('نظيره البيلاروسي ألكسندر لوكاشينكو', 'ألكسندر لوكاشينكو', 'm', 'name'),
         ('لوكاشينكو', 'ألكسندر لوكاشينكو', 'm', 'alias'),
         ('نظيره الروسي', 'فلاديمير بوتين', 'm', 'title'),
         ('زعيمة المعارضة سفيتلانا تيخانوفسكايا', 'سفيتلانا تيخانوفسكايا', 'f', 'name')]
    """
    pat, info = _titles()
    intros: list[dict] = []
    titles_only: list[dict] = []
    last_end = -1
    for m in pat.finditer(text):
        if m.start() < last_end:
            continue
        pre, body = _pre_body(m)
        bkey = normalize(body)
        gender, kind = info.get(bkey, (None, "title"))
        gender = _title_gender(body, gender, info)
        definite = pre.endswith("ال") or pre.endswith("لل") or bkey.startswith("ال")
        construct = (not definite and kind != "relation") or bkey.endswith("باسم")
        start = m.end() - len(body) - (2 if pre.endswith("ال") else 0)
        # chain titles: خادم الحرمين الشريفين الملك سلمان، سمو الأمير محمد
        pos = m.end()
        toks = tokens(text, pos, min(len(text), pos + 90))
        while toks:
            m2 = pat.match(text, toks[0][0])
            if not m2 or _pre_body(m2)[0] not in ("", "ال"):
                break
            bkey = normalize(_pre_body(m2)[1])
            g2, k2 = info.get(bkey, (None, "title"))
            g2 = _title_gender(_pre_body(m2)[1], g2, info)
            gender = g2 or gender
            kind = "title" if k2 == "title" else kind
            construct = _pre_body(m2)[0] == "" and k2 != "relation" or bkey.endswith("باسم")
            pos = m2.end()
            toks = tokens(text, pos, min(len(text), pos + 90))
        mods, name = _extend(text, pos, definite, construct, toks, spokesman=bkey.endswith("باسم"))
        tend = mods[-1][1] if mods else pos
        title_text = text[start:tend]
        mod_keys = tuple(k for _, _, k in mods)
        if name:
            ntoks = [t for t in name]
            # a 3-word name whose 3rd word never recurs while the 2nd does is most likely 2 words + noun
            if len(ntoks) == 3 and ntoks[2][2] not in NAME_PARTICLES and ntoks[2][2] not in name_suffixes():
                rest = text[: ntoks[0][0]] + " " + text[ntoks[2][1]:]
                if _occurs(rest, text[ntoks[1][0]:ntoks[1][1]]) and not _occurs(rest, text[ntoks[2][0]:ntoks[2][1]]) \
                        and not _closed_by_punctuation(text, ntoks[2][1]):
                    ntoks = ntoks[:2]
            nstart, nend = ntoks[0][0], ntoks[-1][1]
            intros.append(dict(start=start, end=nend, name=text[nstart:nend], title=title_text, gender=gender,
                               kind=kind, mods=mod_keys, head=normalize(body), nstart=nstart))
            last_end = nend
        elif _adjective_title(text, start, tend):
            last_end = tend
        else:
            titles_only.append(dict(start=start, end=tend, title=title_text, gender=gender, kind=kind,
                                    mods=mod_keys, head=normalize(body)))
            last_end = tend
    return _resolve(text, intros, titles_only)


def _closed_by_punctuation(text: str, end: int) -> bool:
    """A comma or a colon right after ``end``: a name in apposition or before its words, closed (رئيس المنظمة،
    علي أكبر صالحي، ووفقا …; الدكتور علي أكبر ولايتي: إن …), whose last word is the name's, not a noun after it.

    Example:
        >>> t = "رئيس المنظمة، علي أكبر صالحي، ووفقا"
        >>> _closed_by_punctuation(t, t.index("صالحي") + 5), _closed_by_punctuation(t, t.index("أكبر") + 4)
        (True, False)
    """
    return text[end:end + 2].lstrip()[:1] in ("،", ",", ":")


def _adjective_title(text: str, start: int, end: int) -> bool:
    """Whether a title alone at ``start``…``end`` is an adjective of the noun before it, followed by
    لـ or إلى: الحملات الإعلامية الداعية لما وصفوه is no preacher.

    Example:
        >>> t = "والتصدي للحملات الإعلامية الداعية لما وصفوه بخطاب الكراهية."
        >>> _adjective_title(t, 26, 33), _adjective_title("وقال الداعية إن الأمر خطير.", 5, 12)
        (True, False)
    """
    if not text[start:start + 2] == "ال":  # asked first: it needs no tokens
        return False
    before = tokens(text, max(0, start - 30), start)
    after = tokens(text, end, min(len(text), end + 12))
    if not before or not after or text[before[-1][1]:start].strip():
        return False
    prev = before[-1]
    if not _raw(text, prev).startswith("ال") or prev[2] in _title_keys() or prev[2][2:] in _title_keys():
        return False
    nxt = _raw(text, after[0])
    return after[0][2] in ("الي", "الى") or (nxt.startswith("ل") and not nxt.startswith("ال") and len(nxt) > 1)


def _title_gender(body: str, gender: str | None, info: dict) -> str | None:
    """The gender a title as written tells: a feminine title (نائبة) written with ه, the ة that
    ``normalize`` folds, whose masculine form is a title too, is that title and its pronoun (نائبه:
    his deputy, مستشاره: his adviser), of no known gender; other titles keep their listed gender.

    Example:
        >>> info = _titles()[1]
        >>> _title_gender("نائبه", "f", info), _title_gender("نائبة", "f", info), _title_gender("نائب", "m", info)
        (None, 'f', 'm')
    """
    if gender == "f" and body.endswith("ه") and info.get(normalize(body[:-1]), (None,))[0] == "m":
        return None
    return gender


def _pre_body(m: re.Match) -> tuple[str, str]:
    if m.group("body") is not None:
        return m.group("pre") or "", m.group("body")
    return m.group("pre2") or "", m.group("body2")


def _occurs(hay: str, word: str) -> bool:
    """``count_word(hay, word) > 0``, stopping at the first occurrence (a frequent name occurs many times).

    Example:
        >>> _occurs("قال بوتين ... وبوتين يرى", "بوتين"), _occurs("البوتينات", "بوتين")
        (True, False)
    """
    return next(_word_hits(hay, word), None) is not None


def _name_key(name: str) -> tuple[str, ...]:
    return tuple(normalize(name).split())


def stands_for(short: tuple[str, ...], full: tuple[str, ...], i: int, particles: frozenset[str] = NAME_PARTICLES) -> bool:
    """Whether the name words ``short``, found at word ``i`` of the fuller name ``full``, can be
    the same person: not when they follow a particle (بن، أبو، عبد، آل …), since سلمان بن
    عبدالعزيز is not محمد بن سلمان بن عبدالعزيز (shared by :func:`people` and ``nl.entities``).

    Example:
        >>> full = _name_key("محمد بن سلمان بن عبدالعزيز")
        >>> stands_for(_name_key("محمد بن سلمان"), full, 0), stands_for(_name_key("سلمان بن عبدالعزيز"), full, 2)
        (True, False)
        >>> stands_for(_name_key("ترامب"), _name_key("دونالد ترامب الابن"), 1)
        False
    """
    if full and short and full[-1] in name_suffixes() and short[-1] != full[-1]:
        return False  # ترامب is not دونالد ترامب الابن
    return full[i:i + len(short)] == short and (i == 0 or full[i - 1] not in particles)


def _resolve(text: str, intros: list[dict], titles_only: list[dict]) -> list[Mention]:
    # fullest form: a name whose words end another introduced name takes that name
    # first introduced first among names of the same length (a set here made the result depend on
    # the hash seed, so spawned workers could disagree)
    names = sorted(dict.fromkeys(d["name"] for d in intros), key=lambda n: -len(_name_key(n)))
    full: dict[str, str] = {}
    for n in names:
        k = _name_key(n)
        best = n
        for other in names:
            ok = _name_key(other)
            # the same person when the shorter name ends the longer one — but not after بن:
            # سلمان بن عبدالعزيز is not محمد بن سلمان بن عبدالعزيز
            if len(ok) > len(k) and (stands_for(k, ok, len(ok) - len(k)) or (len(k) == 1 and ok[0] == k[0])):
                best = full.get(other, other)
                break
        full[n] = best
    for n in list(full):
        if len(full[n].split()) > 1:
            continue
        longer = expand_name(text, full[n])
        if len(longer) > len(full[n]):
            full[n] = longer
    out: list[Mention] = []
    person_titles: list[tuple[int, str, tuple, str | None, str]] = []  # (pos, head, mods, gender, canonical)
    genders: dict[str, str | None] = {}
    for d in intros:
        can = full[d["name"]]
        g = d["gender"] or genders.get(can)
        genders[can] = g
        out.append(Mention(d["start"], d["end"], text[d["start"]:d["end"]], can, d["title"], g, "name"))
        if d["kind"] != "relation":
            person_titles.append((d["start"], d["head"], d["mods"], g, can))
    # aliases: surname, and the first word of the name, of every introduced person
    alias: dict[str, list[tuple[int, str]]] = {}
    for d in intros:
        can = full[d["name"]]
        parts = d["name"].split()
        keys = {normalize(d["name"]), normalize(parts[-1])}
        if len(parts) > 1 and normalize(parts[0]) not in NAME_PARTICLES:
            keys.add(normalize(parts[0]))
        for k in keys:
            if len(k) >= 3 and k not in stop_words():
                alias.setdefault(k, []).append((d["start"], can))
    covered = [(m.start, m.end) for m in out]
    if alias:
        forms = set()
        for d in intros:
            forms.add(d["name"])
            forms.update(d["name"].split())
        forms = sorted((f for f in forms if normalize(f) in alias), key=len, reverse=True)
        found = []
        for f in forms:
            i = text.find(f)
            while i != -1:
                s, e = i, i + len(f)
                b = s - 1
                if b >= 0 and text[b] in "وفبلك" and (b == 0 or not _is_letter(text[b - 1])):
                    b = -1
                if (b < 0 or not _is_letter(text[b])) and (e >= len(text) or not _is_letter(text[e])):
                    found.append((s, e))
                i = text.find(f, e)
        cov = sorted(covered)
        cov_starts = [a for a, _ in cov]
        for s, e in sorted(found, key=lambda x: (x[0], -x[1])):
            k = bisect.bisect_right(cov_starts, s) - 1
            if k >= 0 and s < cov[k][1]:
                continue
            cands = alias.get(normalize(text[s:e]))
            if not cands:
                continue
            before = [c for c in cands if c[0] <= s]
            can = (before[-1] if before else cands[0])[1]
            out.append(Mention(s, e, text[s:e], can, None, genders.get(can), "alias"))
            k = bisect.bisect_right(cov_starts, s)
            cov.insert(k, (s, e))
            cov_starts.insert(k, s)
    # titles standing alone
    for d in titles_only:
        last = d["mods"][0] if len(d["mods"]) == 1 else None
        whose = {can for _, can in alias.get(last, ())} if last and last.startswith("ال") else set()
        tw = normalize(d["title"]).split()
        if len(whose) == 1 and strip_article(last) not in _nationality_words() and len(tw) == 2 \
                and (tw[0].startswith("ال") or "." in d["title"]):  # not a construct's body: رئيس الشيشان، أمير المنطقة
            # a role and a surname: المحلل الشميمري is المستشار الاقتصادي محمد الشميمري (one person bears it)
            can = whose.pop()
            if not d["gender"] or not genders.get(can) or genders[can] == d["gender"]:
                out.append(Mention(d["start"], d["end"], d["title"], can, d["title"], genders.get(can) or d["gender"], "title"))
                continue
        can, g = _title_target(d, person_titles)
        out.append(Mention(d["start"], d["end"], d["title"], can or d["title"], d["title"], g or d["gender"], "title"))
    out.sort(key=lambda m: m.start)
    return out


@lru_cache(maxsize=1)
def _nationality_words() -> frozenset[str]:
    """Nationality adjectives (``nationalities.tsv``: سعودي، أمريكية), normalised, without ال: a title's
    modifier that is no surname even when someone bears it as one."""
    return frozenset(strip_article(normalize(r["adjective"])) for r in lexicons.read("nationalities"))


def _title_target(d: dict, person_titles) -> tuple[str | None, str | None]:
    """The introduced person a bare title refers to (exact title, else shared nationality adjective,
    else — for a title without modifiers, المفتي، الوزير — the person introduced with that title word)."""
    if not d["mods"]:
        same = [(pos, can, g) for pos, head, pmods, g, can in person_titles
                if head == d["head"] and d["kind"] != "relation" and (not d["gender"] or not g or g == d["gender"])]
        if not same:
            return None, None
        before = [x for x in same if x[0] <= d["start"]]
        pos, can, g = (before[-1] if before else same[0])
        return can, g
    mods = _bare_mods(d["mods"])
    best = None
    for pos, head, pmods, g, can in person_titles:
        if d["kind"] == "relation" or head != d["head"]:
            if d["kind"] != "relation" and (head not in _LEADERS or d["head"] not in _LEADERS):
                continue
            pm = _bare_mods(pmods)
            if not pm or pm[0] != mods[0] or (d["gender"] and g and d["gender"] != g):
                continue
        elif _bare_mods(pmods) != mods:
            continue
        if best is None or pos <= d["start"]:
            best = (can, g)
    if best is None and d["kind"] != "relation" and normalize(d["title"]).startswith("ال"):
        # its modifiers a part of the introduction's, same title word: الوزير الأمريكي for وزير الخارجية الأمريكي، جون كيري
        sub = [(pos, can, g) for pos, head, pmods, g, can in person_titles
               if head == d["head"] and pos <= d["start"] and set(mods) < set(_bare_mods(pmods))
               and (not d["gender"] or not g or g == d["gender"])]
        if sub:
            best = sub[-1][1:]
    return best if best else (None, None)


@lru_cache(maxsize=65_536)
def _bare_mods(mods: tuple[str, ...]) -> tuple[str, ...]:
    """A title's modifiers without ال (الروسي → روسي), as :func:`_title_target` compares them.

    Example:
        >>> _bare_mods(("الروسي", "امني"))
        ('روسي', 'امني')
    """
    return tuple(m[2:] if m.startswith("ال") else m for m in mods)


_LEADERS = frozenset(normalize(w) for w in ("رئيس", "زعيم", "رئيسة", "زعيمة", "ملك", "الزعيم", "الرئيس"))


def noun_phrase(text: str, pos: int, *, limit: int = 4) -> tuple[int, int] | None:
    """Span of a short noun phrase naming a source that starts at ``pos`` (proclitics skipped).

    The head noun and up to ``limit - 1`` modifiers: definite words, relative adjectives
    (``أمني``، ``رسمية``) and the construct genitive after an indefinite head (``وسائل إعلام``).

    Example:
        >>> t = "وقال مصدر أمني إن الهجوم فشل"
        >>> s, e = noun_phrase(t, 5); t[s:e]
        'مصدر أمني'
        >>> t = "وقالت وزارة الخارجية في بيان"
        >>> s, e = noun_phrase(t, 6); t[s:e]
        'وزارة الخارجية'
        >>> t = "واستنكرت منظمة التعاون الإسلامي التصريحات"
        >>> s, e = noun_phrase(t, 9); t[s:e]
        'منظمة التعاون الإسلامي'
    """
    toks = iter_tokens(text, pos, min(len(text), pos + 120))  # read lazily: the phrase stops after a few
    first = next(toks, None)
    if first is None or not _word(first[2]) or first[2] in stop_words():
        return None
    s0 = first[0]
    k0 = first[2]
    # strip a conjunction/preposition written on a definite head (والوزارة، للوزارة); a bare و/ب/ل
    # is left alone, since many words begin with those letters (وكالة، بيان، لجنة)
    for p in ("ولل", "فلل", "لل", "وبال", "وال", "بال", "فال", "كال"):
        if k0.startswith(p) and len(k0) - len(p) >= 2:
            s0 += len(p) if p.endswith("لل") else len(p) - 2
            break
    end = first[1]
    indefinite = not text[s0:s0 + 2] == "ال"
    n = 1
    coord = False
    end_prev = s0
    for s, e, k in toks:
        if n >= limit or text[end:s].strip():
            break
        if k in stop_words() or not _word(k):
            break
        if n >= 2 and is_definite_plural(text[s:e]) and re.search("يه?$", normalize(text[end_prev:end])):
            break  # the object after an adjective: استنكرت منظمة التعاون الإسلامي التصريحات
        if n >= 2 and text[s:s + 2] == "ال" and _nationality_at(text[end_prev:end]) and k not in _nationality_followers():
            break  # a nationality ends the role: الرئيس التركي الاسلامي، وزير الخارجية الإيراني المفاوضات
        end_prev = s
        if text[s:s + 2] == "ال" or (indefinite and (n == 1 or re.search("(ي|يه|يون|يين|يه|ين|ه)$", k))):
            end = e
            n += 1
            continue
        if not coord and k.startswith("و") and len(k) > 3 and n == 1 and not indefinite:
            coord = True
            end = e
            n += 1
            continue
        break
    return s0, end


def _nationality_at(raw: str) -> bool:
    """Whether ``raw`` is a nationality adjective, masculine or feminine, with or without ال
    (التركي، الاسترالية، أمريكية)."""
    k = strip_article(normalize(raw))
    return k in _nationality_words() or (k.endswith("ه") and k[:-1] in _nationality_words())


@lru_cache(maxsize=1)
def _nationality_followers() -> frozenset[str]:
    """Definite words that may follow a nationality inside a role or body (``speaker_clause_words.tsv``,
    kind after_nationality: الجنوبية، السابق، الرسمية), normalised, with ال."""
    return frozenset(normalize(r["word"]) for r in lexicons.read("speaker_clause_words") if r["kind"] == "after_nationality")


def _word(k: str) -> bool:
    return bool(k) and ("\u0621" <= k[0] <= "\u06ff")
