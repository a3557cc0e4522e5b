"""Quotations in Arabic news: what was said, what kind of quote it is, and who said it.

:func:`quotes` finds every span between quote marks («…», "…", “…”, „…“, nested, reopened at
each paragraph of a long quotation, or left unbalanced), every reported clause after a speech
verb and إن/أن or a colon without marks (``indirect``), tells names in marks (منتدى «…», وكالة «رويترز») apart as
``title``, and attributes each quote to a speaker resolved to the fullest name in the article
(with :mod:`newslib.mentions`). :func:`speakers` sums the quotes per speaker.

Rules, in the order they are tried (the ``confidence`` column says which one fired; the table is
:data:`newslib.quotes.rules.RULES`, which the code takes its confidences from):

{rules}

Then :func:`attribute` runs the stages that know the entity table, in this order, each a plain
function over one article's rows: :func:`names_in_marks` and :func:`marked_lists` (names, not
quotes), :func:`indefinite_sources` (متحدث باسم X، NAME keeps the spokesman), :func:`relayed`
(نقلت وكالة X عن Y: Y), :func:`trim_to_entities` (ظريف مخاطبا → ظريف), :func:`extend_to_entities`
(صندوق → صندوق النقد الدولي), :func:`complete_names` (ظريف → محمد جواد ظريف), :func:`resolve_roles`
(a role, an honorific or الوكالة → who it stands for), :func:`unproposed_speakers` (a name after a
role in the cue's subject slot, a source opening the cue's clause, a country: أحدهم قال، المتحدث
باسم المقاومة، علي الأحمدي), :func:`carry_over` (quotes that inherit a speaker follow), the learned
choice of :mod:`~newslib.quotes.attribution` (a ranker over each quote's candidates that overrules
the rules by a clear margin; not over the speakers :func:`unproposed_speakers` gave), :func:`name_genders`,
:func:`same_gender`, :func:`head_phrase_types` (الوكالة الدولية للطاقة الذرية: no outlet) and
:func:`group_phrases` (بعض → بعض المحللين).

A cue verb inside the reported clause of another (قالت الوكالة إن كيم «تمنى …») does not
govern the quote: the first cue followed by إن/أن does. ``kind`` is ``direct`` when the marks
open a paragraph, follow a colon, or follow a cue (with its subject) without إن/أن or a
preposition between; ``partial`` otherwise; ``indirect`` for reported speech without marks, a
cue + إن/أن clause or the speech after a cue and a colon (وتابع: عند موعد السداد …, whose speaker
the stages below choose as a quotation's); ``title`` for names in marks (after منتدى، وكالة، صحيفة …, a known outlet or group,
a title of a person, acronyms, URLs).

Word lists are data in ``newslib/lexicons``, read once into one frozen
:class:`~newslib.quotes.lexicon.Lexicon`: ``cue_verbs`` (forms, gender, tense),
``attribution``, ``titles``, ``title_nouns`` (nouns before a name in marks), ``quoted_names``,
``sources`` (unnamed sources), ``letter_names``, ``speaker_types``, ``name_stop``
(``speaker_head_phrases`` is read by :func:`head_phrase_types` alone).

The package holds one stage per module, in the order they run:

- :mod:`~newslib.quotes.marks`: spans between quote marks (:func:`mark_spans`);
- :mod:`~newslib.quotes.kinds`: names in marks (``title``), ``direct`` or ``partial``, and the
  read-only :class:`~newslib.quotes.article.Article` of one text (:mod:`~newslib.quotes.article`);
- :mod:`~newslib.quotes.clauses`: cues and reported clauses around a quote;
- :mod:`~newslib.quotes.candidates`: the rules that name a speaker (:mod:`~newslib.quotes.rules`
  holds their confidences), run over one article by :func:`find_quotes` (:mod:`~newslib.quotes.find`);
- :mod:`~newslib.quotes.speaker_types`: :func:`speaker_type`;
- :mod:`~newslib.quotes.resolve`: the stages that know the entity table, run by :func:`attribute`;
- :mod:`~newslib.quotes.mark_kind`: the learned "name in marks or quotation?" (a stage of
  :func:`attribute`, with the entity labels of the span's words);
- :mod:`~newslib.quotes.attribution`: the learned ranker over speaker candidates (its last stage);
- :mod:`~newslib.quotes.lexicon`: the word lists, one frozen object.

Example:
    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a"], "text": ["وقال الرئيس الفرنسي إيمانويل ماكرون: «فرنسا لن تكون الوسيط». وأضاف أن «هدفنا هو الحوار»."]})
    >>> quotes(arts)[["text", "kind", "speaker", "cue"]].values.tolist()
    [['فرنسا لن تكون الوسيط', 'direct', 'إيمانويل ماكرون', 'قال'], ['هدفنا هو الحوار', 'partial', 'إيمانويل ماكرون', 'أضاف']]
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from newslib import schema
from newslib.arabic import name_key
from newslib.corpus import person_groups
from newslib.quotes.find import find_quotes
from newslib.quotes.marks import Span, mark_spans
from newslib.quotes.resolve import (LIST_ITEM_WORDS, NAME_SHARE, attribute, carry_over, complete_names,
                                    indefinite_sources, marked_lists, name_genders, names_in_marks, relayed,
                                    resolve_roles, same_gender, trim_to_entities, extend_to_entities, group_phrases,
                                    head_phrase_types, unproposed_speakers)
from newslib.quotes.rules import table as _rules_table
from newslib.quotes.speaker_types import speaker_type

if __doc__:  # the table of rules, made from rules.RULES (python -OO drops docstrings)
    __doc__ = __doc__.replace("{rules}", _rules_table())

__all__ = ["quotes", "speakers", "find_quotes", "attribute", "mark_spans", "Span", "speaker_type",
           "names_in_marks", "marked_lists", "indefinite_sources", "relayed", "trim_to_entities", "extend_to_entities",
           "group_phrases", "head_phrase_types", "complete_names", "resolve_roles", "unproposed_speakers", "carry_over", "name_genders", "same_gender",
           "NAME_SHARE", "LIST_ITEM_WORDS"]



def quotes(articles: pd.DataFrame, *, include_titles: bool = False, entities: pd.DataFrame | None = None) -> pd.DataFrame:
    """The quotes table of ``articles``: one row per quotation, with its kind and speaker.

    A person's name is completed from the entity model: a speaker written as a surname, a
    first name or with words that are no name (ظريف، إنزو، جون كيري أمام) becomes the fullest
    name of that person in the article (محمد جواد ظريف), as :func:`newslib.entities` knows it.

    Args:
        articles: The articles table (needs ``article_id`` and ``text``); not modified.
        include_titles: Also return names in marks (منتدى «…»، وكالة «رويترز») as kind ``title``.
        entities: The entities table of the same articles, when already computed (``nl.analyze``
            passes its own); computed here otherwise.

    Returns:
        A new DataFrame with the columns of ``schema.columns("quotes")``; offsets point into
        each article's ``text`` (``text[start:end] == row.text``).

    Example:
        >>> arts = pd.DataFrame({"article_id": ["a"], "text": ["وقال بوتين في منتدى «أقاليم روسيا» إنه «لن يتراجع عن دعم مينسك». ووفقا لمعلقين فقد «اختار لوكاشينكو التجاهل»."]})
        >>> quotes(arts, include_titles=True)[["text", "kind", "speaker"]].values.tolist()
        [['أقاليم روسيا', 'title', <NA>], ['لن يتراجع عن دعم مينسك', 'partial', 'بوتين'], ['اختار لوكاشينكو التجاهل', 'partial', 'معلقين']]
    """
    from newslib.sentences import assign_sentence_ids

    schema.require(articles, ("article_id", "text"), "nl.quotes")
    people = _people_by_article(articles, entities)
    rows = []
    # an article crawled twice (4 % of SaudiNewsNet) gives the same rows given the same people: read once
    texts = articles["text"]
    is_text = pd.Series([isinstance(t, str) for t in texts], index=texts.index, dtype=bool)  # not .map: on a string column it gives strings
    repeated = set(texts[texts.duplicated(keep=False) & is_text].tolist())
    done: dict[tuple, list[dict]] = {}
    for aid, text in zip(articles["article_id"].tolist(), articles["text"].tolist()):
        if not isinstance(text, str) or not text:
            continue
        key = (text, tuple(people.get(aid, []))) if text in repeated else None
        if key in done:
            rows.extend(dict(q, article_id=aid) for q in done[key])
            continue
        found = find_quotes(text, include_titles=True)  # a name in marks may turn out a quote
        if found:
            found = attribute(found, text, people.get(aid, []))
        if not include_titles:
            found = [dict(q, quote_id=i) for i, q in enumerate(q for q in found if q["kind"] != "title")]
        found = assign_sentence_ids(text, found)
        if key is not None:
            done[key] = [dict(q) for q in found]
        for q in found:
            q["article_id"] = aid
            rows.append(q)
    out = schema.conform(rows, "quotes") if rows else schema.empty("quotes")
    return schema.stamp(out, "quotes", include_titles=include_titles)


def _people_by_article(articles: pd.DataFrame, entities: pd.DataFrame | None) -> dict[str, list[tuple[int, int, str, str]]]:
    """PER, ORG, LOC and MISC mentions ``(start, end, label, name)`` of each article, from ``entities`` or computed
    (MISC only for :mod:`~newslib.quotes.mark_kind`: works and products in marks)."""
    if entities is None:
        from newslib.entities import entities as find_entities

        entities = find_entities(articles[["article_id", "text"]])
    schema.require(entities, ("article_id", "start", "end", "label", "name"), "nl.quotes", table="entities")
    labels = entities["label"].astype("string")
    per = entities[labels.isin(["PER", "ORG", "LOC", "MISC"]).fillna(False)]
    from newslib.mentions import mend_span

    texts = dict(zip(articles["article_id"].tolist(), articles["text"].tolist()))
    out: dict[str, list] = {}
    for aid, s, e, lab, name in zip(per["article_id"].tolist(), per["start"].tolist(), per["end"].tolist(),
                                    per["label"].astype(str).tolist(), per["name"].tolist()):
        if isinstance(name, str):
            text = texts.get(aid)
            if lab == "PER" and isinstance(text, str) and text[s:e] == name:  # a span cut at أبو or glued to لـ
                s2, e2 = mend_span(text, s, e)
                if (s2, e2) != (s, e):
                    s, e, name = s2, e2, text[s2:e2]
            out.setdefault(aid, []).append((s, e, lab, name))
    return {aid: sorted(m) for aid, m in out.items()}


def speakers(quotes: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per speaker: type, gender, number of quotes (and of each kind) and articles, first and last date.

    Spellings of one name (عبدالله / عبد الله, with or without diacritics) are one row, and so
    is a person quoted by surname alone (أوباما) with the full name the quotes give elsewhere
    (باراك أوباما), when one person of the table has that surname, and so is a name that stops
    at a lineage with the one longer name that goes on (سلمان بن عبدالعزيز → … آل سعود), and a
    first and family name with the one longer name that puts a lineage between them (عادل الجبير →
    عادل بن أحمد الجبير; the rules of :func:`newslib.corpus.person_groups`, on the speaker names
    alone). A row is shown under the fullest of its names, in its most frequent spelling; type and
    gender are the speaker's most frequent ones.
    Titles are not counted. Dates come from ``articles`` (joined on ``article_id``) or from a
    ``published`` column already in ``quotes``; they are NaT otherwise.

    Args:
        quotes: The table from :func:`quotes`.
        articles: Optional articles table with ``article_id`` and ``published``.

    Returns:
        A new DataFrame with the columns of ``schema.columns("speakers")``, most quoted first.

    Example:
        >>> q = pd.DataFrame({"article_id": ["a", "a", "b"], "speaker": ["بوتين", "بوتين", "ماكرون"], "kind": ["direct", "partial", "direct"]})
        >>> arts = pd.DataFrame({"article_id": ["a", "b"], "published": pd.to_datetime(["2020-09-30", "2024-12-31"])})
        >>> speakers(q, arts)[["speaker", "quotes", "articles", "first_published"]].values.tolist()
        [['بوتين', 2, 1, Timestamp('2020-09-30 00:00:00')], ['ماكرون', 1, 1, Timestamp('2024-12-31 00:00:00')]]
        >>> q = pd.DataFrame({"article_id": ["a", "b", "b"], "speaker": ["باراك أوباما", "أوباما", "اوباما"],
        ...                   "speaker_type": ["person"] * 3})
        >>> speakers(q)[["speaker", "quotes", "articles"]].values.tolist()
        [['باراك أوباما', 3, 2]]
    """
    schema.require(quotes, ("article_id", "speaker"), "nl.speakers", table="quotes")
    if articles is not None:
        schema.require(articles, ("article_id",), "nl.speakers")
    q = quotes[quotes["speaker"].notna()]
    if "kind" in q.columns:
        q = q[(q["kind"].astype("string") != "title").fillna(True)]  # a quote of unknown kind counts
    extra = [c for c in ("kind", "speaker_type", "speaker_gender", "published") if c in q.columns]
    q = q[["article_id", "speaker", *extra]].copy()
    if articles is not None and "published" in articles.columns:
        q = q.drop(columns=["published"], errors="ignore").merge(
            articles[["article_id", "published"]].drop_duplicates("article_id"), on="article_id", how="left")
    if "published" not in q.columns:
        q["published"] = pd.NaT
    q["published"] = pd.to_datetime(q["published"], errors="coerce")
    if q.empty:
        return schema.stamp(schema.empty("speakers"), "speakers")
    # one row per person however the name is spelled (عبدالله / عبد الله, diacritics) and, for a
    # person, when only the surname is given (أوباما → باراك أوباما) or the first and family name
    # (عادل الجبير → عادل بن أحمد الجبير); shown in the fullest name the group joined, in its most
    # frequent spelling
    q["_key"] = q["speaker"].map(name_key)
    person = ((q["speaker_type"].astype("string") == "person").fillna(False).to_numpy(bool)
              if "speaker_type" in q.columns else np.ones(len(q), bool))
    join = person_groups(q.loc[person, "_key"].value_counts())
    q.loc[person, "_key"] = q.loc[person, "_key"].map(lambda k: join.get(k, k))
    spellings = q.groupby(["_key", "speaker"], sort=False).size().rename("n").reset_index()
    spellings["full"] = spellings["speaker"].map(name_key) == spellings["_key"]  # the name the group joined
    spellings["words"] = spellings["speaker"].map(name_key).str.contains(" ", regex=False)
    shown = (spellings.sort_values(["full", "words", "n"], ascending=False, kind="stable")
             .drop_duplicates("_key").set_index("_key")["speaker"]
             .reindex(q["_key"].drop_duplicates()))
    g = q.groupby("_key", sort=False)
    by_kind = (q.groupby(["_key", q["kind"].astype("string")], sort=False).size().unstack(fill_value=0)
               if "kind" in q.columns else pd.DataFrame(index=shown.index))

    def usual(col):
        if col not in q.columns:
            return [None] * len(shown)
        vals = g[col].agg(lambda v: v.dropna().astype(str).value_counts().index[0] if v.notna().any() else None)
        return vals.reindex(shown.index).tolist()

    out = pd.DataFrame({
        "speaker": shown.values,
        "speaker_type": usual("speaker_type"),
        "speaker_gender": usual("speaker_gender"),
        "quotes": g.size().reindex(shown.index).values,
        **{kind: (by_kind[kind] if kind in by_kind else pd.Series(dtype="int64")).reindex(shown.index, fill_value=0).values
           for kind in ("direct", "partial", "indirect")},
        "articles": g["article_id"].nunique().reindex(shown.index).values,
        "first_published": g["published"].min().reindex(shown.index).values,
        "last_published": g["published"].max().reindex(shown.index).values,
    })
    out = out.sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable")
    return schema.stamp(schema.conform(out, "speakers"), "speakers")
