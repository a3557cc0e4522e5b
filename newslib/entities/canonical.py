"""From token spans to rows: proclitics left out, canonical names, title mentions, keys.

A person's ``name`` is the fullest PER mention in the article that contains it; a title phrase
that introduced one person (``الرئيس الروسي`` before ``فلاديمير بوتين``) stands for that person
later on; a place or organisation takes its gazetteer's canonical name (and an official long
country name its short one). ``key`` is the label and :func:`newslib.arabic.normalize` of the
name (``PER:فلاديمير بوتين``), so one spelling of a person and of a place are two keys.
"""

from __future__ import annotations

from newslib.arabic import normalize
from newslib.entities.features import _head_before, _trigger_of, clitic_length, known_name
from newslib.entities.lexicon import _agencies, _function_words, _lex, _written, lexicon
from newslib.mentions import NAME_PARTICLES, not_name_word, stands_for


def _mentions(text: str, toks, sent_chars, words: list[str], spans: list[tuple[int, int, str]]) -> list[dict]:
    """Rows of one text from its entity spans: clitics left out, canonical names, title mentions, keys."""
    known = {normalize(words[a]) for a, b, _ in spans}
    lex = _lex()
    ments = []
    per_ends = {b for _, b, lab in spans if lab == "PER"}
    # words inside a longer person name: a family name starting with و (هيفاء وهبي), not و + a name
    family = {normalize(words[i]) for a, b, lab in spans if lab == "PER" for i in range(a + 1, b)}
    for a, b, lab in spans:
        cl = clitic_length(words[a], known) if b - a >= 1 else 0
        if not cl and lab == "PER" and normalize(words[a]) not in family and _coordinated(words[a], a in per_ends):
            cl = 1  # فلاديمير بوتين وسيب بلاتر: و joins two people
        if cl >= len(words[a]):
            cl = 0
        while cl and b - a == 1 and len(words[a]) - cl < 3:
            cl -= 1  # ولله → لله: "له" would be another word (but وتل أبيب → تل أبيب)
        s, e = toks[a][0] + cl, toks[b - 1][1]
        ments.append({"start": s, "end": e, "text": text[s:e], "label": lab, "_tok": (a, b)})

    # title phrases that introduced a person: الرئيس الروسي فلاديمير بوتين → "الرئيس الروسي"
    per_at = {m["_tok"][0]: m for m in ments if m["label"] == "PER"}
    titles: dict[tuple[str, ...], set] = {}
    for a, m in per_at.items():
        j = _head_before(words, a)
        if j >= 0 and j < a - 1 and _trigger_of(words[j]) == "PER":
            m["_title"] = tuple(normalize(w) for w in words[j:a])
    pers = [m for m in ments if m["label"] == "PER"]
    _name_people(pers)
    for m in pers:
        if "_title" in m:
            titles.setdefault(m["_title"], set()).add(m["name"])
    # later mentions by the title alone → PER rows named after that person
    taken = {i for m in ments for i in range(*m["_tok"])}
    wkeys = [normalize(w) for w in words] if titles else []
    for tseq, names in titles.items():
        if len(names) != 1:
            continue
        n = len(tseq)
        name = next(iter(names))
        for i in range(len(words) - n + 1):
            if i in taken or wkeys[i] != tseq[0] or tuple(wkeys[i:i + n]) != tseq:
                continue
            if any(x in taken for x in range(i, i + n)) or (i + n) in per_at:
                continue
            cl = clitic_length(words[i])
            s, e = toks[i][0] + cl, toks[i + n - 1][1]
            ments.append({"start": s, "end": e, "text": text[s:e], "label": "PER", "name": name, "_tok": (i, i + n)})
    sent_starts = [s for s, _ in sent_chars]
    from newslib.sentences import sentence_of

    out = []
    for m in sorted(ments, key=lambda m: m["start"]):
        name = m.get("name") or m["text"]
        k = normalize(name)
        if m["label"] != "PER":
            if not k.startswith("ال") and normalize(text[max(0, m["start"] - 2):m["start"]]) == "لل":
                k = "ال" + k  # للاتحاد الأوروبي: the article's alef is elided after ل
                name = "ال" + name  # the name as it is written without the preposition
            if m["text"] in _agencies():
                name = _agencies()[m["text"]]
                k = normalize(name)
            elif k in lex["canon"]:
                name = lex["canon"][k] if m["label"] == "ORG" else lex["short"].get(k, name)
                k = normalize(lex["canon"][k])
        out.append({"sentence_id": sentence_of(sent_starts, m["start"]) if sent_starts else 0,
                    "start": m["start"], "end": m["end"], "text": m["text"], "label": m["label"],
                    "name": name, "key": entity_key(m["label"], k)})
    return out


def _coordinated(word: str, after_person: bool) -> bool:
    """Whether a person's first word right after another person's name starts with the و that
    joins them (بوتين وسيب بلاتر), not with a name's own و (وليد، وانغ): the word is no known name.

    Example:
        >>> _coordinated("وسيب", True), _coordinated("وليد", True), _coordinated("وسيب", False)
        (True, False, False)
    """
    k = normalize(word)
    return after_person and k.startswith("و") and len(k) >= 4 and not known_name(k, lexicon())


def entity_key(label: str, normalized_name: str) -> str:
    """The ``key`` of an entity: its label and its normalised name, so that a person and a place
    written alike (جدة the city, جدة a surname) stay apart when grouped across articles.

    Example:
        >>> entity_key("LOC", "جده"), entity_key("PER", "جده")
        ('LOC:جده', 'PER:جده')
    """
    return f"{label}:{normalized_name}"


#: Particles after which a name is another person's (the father's: محمد بن | سلمان), not the
#: European ones (دي ميستورا is the same man as ميستورا).
_LINEAGE = NAME_PARTICLES - {normalize(w) for w in ("دي", "فان")}

#: A PER span of more words than this ran on into the sentence: it names no other mention.
MAX_NAME_WORDS = 8


def _full_name_like(text: str) -> bool:
    """Whether a PER mention may name the shorter mentions inside it: not when it is probably a
    span that ran on (more than :data:`MAX_NAME_WORDS` words, a function word, verb or common
    noun after its first word, or a particle such as بن at its end), so one bad long span does not
    rename the short mentions of its article (issue 17).

    Example:
        >>> _full_name_like("خليل عبدالله الخليل"), _full_name_like("ابراهيم الدويش برنامج")
        (True, False)
    """
    words = text.split()
    stop = _function_words()
    return (len(words) <= MAX_NAME_WORDS and normalize(words[-1]) not in NAME_PARTICLES
            and not any(_written(w) in stop or not_name_word(w) for w in words[1:]))


def _name_people(pers: list[dict]) -> None:
    """Set each PER mention's ``name``: the longest PER mention of the article that contains it
    (as :func:`newslib.mentions.stands_for` reads a name: not after بن; or its first and last
    words), unless that one is no full name (:func:`_full_name_like`)."""
    keyseq = {id(m): tuple(normalize(w) for w in m["text"].split()) for m in pers}

    def contains(big, small):
        n = len(small)
        # a first and a family name without the father's (خليل الخليل in خليل عبدالله الخليل)
        first_last = n == 2 and len(big) >= 3 and small == (big[0], big[-1]) and big[-1] not in NAME_PARTICLES
        return len(big) > n and (first_last or any(stands_for(small, big, i, _LINEAGE) for i in range(len(big) - n + 1)))

    # compared once per distinct key sequence, not per mention: a long article repeats a few names
    # hundreds of times, and comparing every mention with every other was quadratic
    first_of: dict[tuple[str, ...], dict] = {}
    for m in pers:
        first_of.setdefault(keyseq[id(m)], m)
    namers = {k: o for k, o in first_of.items() if _full_name_like(o["text"])}
    fullest = {ks: max((o for k, o in namers.items() if contains(k, ks)), key=lambda o: len(keyseq[id(o)]), default=None)
               for ks in first_of}
    for m in pers:
        best = fullest[keyseq[id(m)]]
        m["name"] = best["text"] if best is not None else m["text"]
