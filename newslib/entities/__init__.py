"""Named entities — people, places, organisations — as a tidy table, offline and fast.

A linear-chain CRF (python-crfsuite) trained on ANERcorp by ``scripts/train_ner.py``, with a
small BiLSTM's scores added (``scripts/train_ner_lstm.py``), finds the mentions; both ship in
``newslib/models`` (:mod:`~newslib.entities.model`). Arabic features (proclitics, suffixes,
shape, trigger words, gazetteers from CLDR, word clusters learned from unlabelled news) are
computed once per word type and cached (:mod:`~newslib.entities.features`); the CRF is decoded
by :mod:`newslib.crf`, many sentences at once (:mod:`~newslib.entities.decode`). News rules
then add what a newspaper reader knows, one small function each, run in the order of
:data:`~newslib.entities.rules.RULES`: a title before a name (``الرئيس الليتواني غيتاناس
نوسيدا``), organisation names in «» (``وكالة «رويترز»``), agency credits (``(أ.ف.ب)``) …
Each mention gets the canonical ``name`` within its article (:mod:`~newslib.entities.canonical`:
the fullest form, and a title phrase that introduced a person maps to that person; a country's
official long form takes its common short name from ``lexicons/gazetteer_country_aliases.tsv``,
so جمهورية كوريا الديمقراطية الشعبية is named كوريا الشمالية) and a ``key`` (the label and
:func:`newslib.arabic.normalize` of the name: ``LOC:كوريا الشماليه``) that groups the same
entity across articles; nationality
adjectives (``الروسي``) are not tagged; :func:`country_of` links them to their country.

Package layout: ``model`` (the model files as one :class:`Model`), ``lexicon`` (word lists),
``features``, ``decode``, ``rules/`` (``add``: rules that add spans, ``fix``: rules that trim,
relabel or drop), ``canonical`` (names and keys); this module runs them.

Quality (``python -m newslib.evaluate ner``, this code path per sentence, exact spans): ANERcorp
test micro F1 0.717 (P 0.815, R 0.640), PER 0.691, LOC 0.881, ORG 0.545, MISC 0.575.
See bench/README.md, "Entities". Retrain with ``make train-ner``.

Example:
    >>> ents = entities_in_text("وقال الرئيس الروسي فلاديمير بوتين إن موسكو وروسيا ترفضان الضغوط.")
    >>> [(e["text"], e["label"]) for e in ents]
    [('فلاديمير بوتين', 'PER'), ('موسكو', 'LOC'), ('روسيا', 'LOC')]
"""

from __future__ import annotations

from bisect import bisect_left

import pandas as pd

from newslib import schema
from newslib.entities import rules
from newslib.entities.canonical import _mentions
from newslib.entities.decode import (LABELS, _BILOU_TO_IOB, _combined, _crf, _decode, _emissions, _emissions_flat,
                                     _emissions_of, _lstm, _lstm_features, _tagger, iob_spans, tag_tokens)
from newslib.entities.features import (TOKEN_RE, _nat_country, _stem, clitic_length, country_of, sentence_features,
                                       tokenize, train_gazetteer, word_features)
from newslib.entities.lexicon import _TITLE_MODIFIERS, _currencies, _function_words, _lex, lexicon
from newslib.entities.model import Model, active, clear_caches, use
from newslib.entities.rules import RULES

__all__ = ["LABELS", "Model", "RULES", "TOKEN_RE", "active", "clear_caches", "clitic_length", "country_of",
           "entities", "entities_in_text", "iob_spans", "sentence_features", "tag_tokens", "tokenize",
           "train_gazetteer", "use", "word_features"]

#: Texts whose sentences are decoded together (bounds the arrays of one batch).
TEXTS_PER_BATCH = 64


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    from newslib.sentences import split_text

    return [(s, e) for s, e, _ in split_text(text)]


def entities_in_text(text: str, *, skip=()) -> list[dict]:
    """Entity mentions of one text as dicts: sentence_id, start, end, text, label, name, key.

    Args:
        text: Any text.
        skip: Names of news rules not to run (see :data:`RULES`).

    Returns:
        One dict per mention, in text order.

    Example:
        >>> t = "التقى الرئيس الروسي فلاديمير بوتين نظيره في مينسك. وقال بوتين إن الرئيس الروسي يرفض الضغوط."
        >>> [(e["text"], e["label"], e["name"]) for e in entities_in_text(t)]  # doctest: +NORMALIZE_WHITESPACE
        [('فلاديمير بوتين', 'PER', 'فلاديمير بوتين'), ('مينسك', 'LOC', 'مينسك'),
         ('بوتين', 'PER', 'فلاديمير بوتين'), ('الرئيس الروسي', 'PER', 'فلاديمير بوتين')]
    """
    return _entities_of([text], skip=skip)[0]


def _entities_of(texts: list[str], *, skip=()) -> list[list[dict]]:
    """:func:`entities_in_text` of several texts, their sentences decoded by the model together (faster)."""
    skip = rules.check_skip(skip)
    preps = []
    for text in texts:
        if not text:
            preps.append(None)
            continue
        toks = tokenize(text)
        starts_tok = [a for a, _ in toks]
        sent_chars = _sentence_spans(text)
        sents = [(bisect_left(starts_tok, s), bisect_left(starts_tok, e)) for s, e in sent_chars]
        live = [(s0, s1) for s0, s1 in sents if s1 > s0]
        preps.append((toks, sent_chars, live, [text[a:b] for a, b in toks]))
    decoded = _decode([p[3][s0:s1] for p in preps if p for s0, s1 in p[2]])
    lex = lexicon()
    out, k = [], 0
    for text, p in zip(texts, preps):
        if p is None:
            out.append([])
            continue
        toks, sent_chars, live, words = p
        mine = decoded[k:k + len(live)]
        k += len(live)
        spans = [(a + s0, b + s0, lab) for (s0, _), (sp, _) in zip(live, mine) for a, b, lab in sp]
        t = rules.Text(text, toks, words, tuple(live), tuple(lat for _, lat in mine))
        out.append(_mentions(text, toks, sent_chars, words, rules.run(spans, t, lex, skip)))
    return out


def entities(articles: pd.DataFrame, *, skip=()) -> pd.DataFrame:
    """The entities table: people, places, organisations and other names in each article.

    Args:
        articles: the articles table (``article_id`` and ``text`` are used); not modified.
        skip: Names of news rules not to run, e.g. ``("currency",)`` (see :data:`RULES`).

    Returns:
        A new frame ``article_id, sentence_id, start, end, text, label, name, key`` with
        ``article.text[start:end] == text``.

    Raises:
        ValueError: ``skip`` names no rule.

    Example:
        >>> arts = pd.DataFrame({"article_id": ["a"], "text": ["زار الرئيس الفرنسي إيمانويل ماكرون ليتوانيا."]})
        >>> entities(arts)[["text", "label", "name"]].values.tolist()
        [['إيمانويل ماكرون', 'PER', 'إيمانويل ماكرون'], ['ليتوانيا', 'LOC', 'ليتوانيا']]
    """
    schema.require(articles, ("article_id", "text"), "nl.entities")
    skip = rules.check_skip(skip)
    options = {"skip": sorted(skip)} if skip else {}
    rows = []
    pairs = [(aid, text) for aid, text in zip(articles["article_id"], articles["text"]) if isinstance(text, str)]
    for lo in range(0, len(pairs), TEXTS_PER_BATCH):
        batch = pairs[lo:lo + TEXTS_PER_BATCH]
        for (aid, _), found in zip(batch, _entities_of([t for _, t in batch], skip=skip)):
            for r in found:
                r["article_id"] = aid
                rows.append(r)
    if not rows:
        return schema.stamp(schema.empty("entities"), "entities", **options)
    return schema.stamp(schema.conform(rows, "entities"), "entities", **options)
