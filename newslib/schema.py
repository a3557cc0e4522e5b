"""Columns and dtypes of every newslib table, declared once.

Each table is a list of ``(column, dtype, meaning)``. The README data dictionary is
written from the same declarations (``python -m newslib.schema`` prints it), and the
tests hold every public function to them.

Dtypes: ``string`` for text, ``category`` for labels, ``datetime64[ns]`` for dates,
``Int64`` for integers that may be null, ``int64`` for integers that never are.

Example:
    >>> from newslib import schema
    >>> schema.columns("sentences")
    ['article_id', 'sentence_id', 'paragraph_id', 'start', 'end', 'text']
    >>> schema.empty("sentences").dtypes["start"]
    dtype('int64')
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

STRING = "string"
DATE = "datetime64[ns]"

#: Category values that are fixed by the schema (other category columns are open).
CATEGORIES: dict[tuple[str, str], list[str]] = {
    ("quotes", "kind"): ["direct", "partial", "indirect", "title"],
    ("quotes", "speaker_type"): ["person", "organisation", "outlet", "unnamed", "group", "other"],
    ("quotes", "speaker_gender"): ["f", "m"],
    ("speakers", "speaker_type"): ["person", "organisation", "outlet", "unnamed", "group", "other"],
    ("speakers", "speaker_gender"): ["f", "m"],
    ("entities", "label"): ["PER", "LOC", "ORG", "MISC"],
    ("timeline", "type"): ["date", "time", "duration", "set"],
    ("timeline", "granularity"): ["time", "day", "week", "month", "quarter", "half", "season", "year", "decade", "century", "none"],
}

TABLES: dict[str, list[tuple[str, str, str]]] = {
    "articles": [
        ("article_id", STRING, "Unique, stable id: the input's own id, else a hash of path, position and text."),
        ("source", STRING, "Outlet name (e.g. Asharq Al-Awsat); from the record or metadata.csv."),
        ("published", DATE, "Publication date (NaT when unknown); the reference date for timelines."),
        ("title", STRING, "Headline."),
        ("subtitle", STRING, "Sub-headline, when the page has one."),
        ("byline", STRING, "Author(s) as given."),
        ("captions", STRING, "Photo captions, deduplicated, joined by a newline."),
        ("text", STRING, "Body text, paragraphs joined by a newline; every offset in other tables points into it."),
        ("url", STRING, "Address of the article, when known."),
        ("path", STRING, "File the article was read from."),
        ("encoding", STRING, "Character encoding the file was decoded with."),
    ],
    "sentences": [
        ("article_id", STRING, "Article the sentence belongs to."),
        ("sentence_id", "int64", "Position of the sentence in its article, from 0."),
        ("paragraph_id", "int64", "Position of its paragraph in the article, from 0."),
        ("start", "int64", "Character offset of the first character in the article's text."),
        ("end", "int64", "Offset one past the last character: text == article.text[start:end]."),
        ("text", STRING, "The sentence, exactly as in the article."),
    ],
    "quotes": [
        ("article_id", STRING, "Article the quote is in."),
        ("quote_id", "int64", "Position of the quote in its article, from 0."),
        ("sentence_id", "Int64", "Sentence where the quote starts."),
        ("start", "int64", "Offset of the quoted content (marks excluded)."),
        ("end", "int64", "Offset one past the quoted content."),
        ("text", STRING, "Quoted content, exactly as in the article."),
        ("kind", "category", "direct, partial, indirect, or title (names in marks; only with include_titles=True)."),
        ("speaker", STRING, "Who said it: the fullest form of the name in the article, or the unnamed source's noun phrase."),
        ("speaker_mention", STRING, "The mention of the speaker nearest the cue, as written."),
        ("speaker_start", "Int64", "Offset of that mention (null when the speaker is only implied by the verb)."),
        ("speaker_end", "Int64", "Offset one past that mention."),
        ("speaker_type", "category", "person, organisation, outlet, unnamed (مصدر، مسؤول، شهود), group (ناشطون) or other (a statement, scripture); null without a speaker."),
        ("speaker_gender", "category", "f or m for a person when the text tells (قالت، الوزيرة) or the first name does (`first_names.tsv`); null otherwise, never grammar's default."),
        ("cue", STRING, "The speech verb or attribution phrase (قال، أضاف، بحسب …)."),
        ("confidence", "float64", "0–1, from the rule that attributed the quote."),
        ("flag", STRING, "Problems found, e.g. 'unbalanced' for a mark without its partner; empty otherwise."),
    ],
    "speakers": [
        ("speaker", STRING, "Speaker as in the quotes table: its most frequent spelling of several words (a surname alone, or a name that stops at «بن X», joins the full name)."),
        ("speaker_type", "category", "The speaker's most frequent speaker_type in the quotes table."),
        ("speaker_gender", "category", "The speaker's most frequent speaker_gender (null when never told)."),
        ("quotes", "int64", "Number of direct, partial and indirect quotes."),
        ("direct", "int64", "Of those, direct quotes (a whole statement in marks)."),
        ("partial", "int64", "Of those, partial quotes (a few words in marks)."),
        ("indirect", "int64", "Of those, indirect quotes (reported speech without marks, after إن/أن or a colon)."),
        ("articles", "int64", "Number of articles quoting them."),
        ("first_published", DATE, "Earliest publication date among those articles."),
        ("last_published", DATE, "Latest publication date among those articles."),
    ],
    "entities": [
        ("article_id", STRING, "Article the mention is in."),
        ("sentence_id", "Int64", "Sentence of the mention."),
        ("start", "int64", "Offset of the mention after its proclitics و ف ب ل ك (the article ال stays)."),
        ("end", "int64", "Offset one past the mention."),
        ("text", STRING, "The mention as written, without proclitics (وروسيا → روسيا, العراق keeps ال)."),
        ("label", "category", "PER, LOC, ORG or MISC."),
        ("name", STRING, "Canonical name within the article (the fullest form; an ال elided after ل comes back: للأمم المتحدة → الأمم المتحدة)."),
        ("key", STRING, "Label and normalised name (nl.normalize), e.g. LOC:جده, to group across articles; "
                        "a person and a place written alike have two keys."),
    ],
    "entity_names": [],  # filled below: the entities columns, then two
    "timeline": [
        ("article_id", STRING, "Article the expression is in."),
        ("sentence_id", "Int64", "Sentence of the expression."),
        ("start", "int64", "Offset of the expression."),
        ("end", "int64", "Offset one past the expression."),
        ("text", STRING, "The expression as written."),
        ("type", "category", "date, time, duration or set (TIMEX3 types)."),
        ("value", STRING, "TIMEX3/ISO value (2020-09-29, 2020-W39, 2020-08, P2Y …); null when it cannot be resolved."),
        ("granularity", "category", "day, week, month, quarter, year … of the value."),
        ("date_start", DATE, "First day of the period covered (NaT for durations and sets)."),
        ("date_end", DATE, "Last day of the period covered."),
        ("anchor", STRING, "What it was resolved from: published, absolute, or an earlier date in the text."),
    ],
}

#: nl.entity_names: every column of the entities table, then the name shared across articles.
TABLES["entity_names"] = [*TABLES["entities"],
    ("corpus_key", STRING, "Key of the name shared across articles (nl.entity_names): spellings, a currency's forms, a bare surname whose full name the corpus knows and a name that stops at «بن X» before the longer one meet."),
    ("corpus_name", STRING, "That name as written: the group's most mentioned name (دونالد ترامب for ترامب)."),
]


def columns(table: str) -> list[str]:
    """Column names of ``table`` in order.

    Example:
        >>> columns("entities")[:4]
        ['article_id', 'sentence_id', 'start', 'end']
    """
    return [c for c, _, _ in _spec(table)]


def dtypes(table: str) -> dict[str, str]:
    """Mapping of column → dtype for ``table``."""
    return {c: d for c, d, _ in _spec(table)}


def _spec(table: str) -> list[tuple[str, str, str]]:
    try:
        return TABLES[table]
    except KeyError:
        raise KeyError(f"unknown table {table!r}; known: {', '.join(TABLES)}") from None


class MissingColumnError(KeyError):
    """A table lacks a column a function needs (a KeyError, like ``df["missing"]``, with a readable message)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def require(df: pd.DataFrame, columns, function: str, *, table: str = "articles") -> None:
    """Raise one clear error when ``df`` lacks any of ``columns``; do nothing otherwise.

    Public functions call it first, so a frame without ``text`` fails with a message naming the
    function, the table and the column rather than a KeyError deep inside.

    Raises:
        MissingColumnError: Naming the function, the missing columns and the columns present.

    Example:
        >>> require(pd.DataFrame({"نص": ["قال الوزير"]}), ["article_id", "text"], "nl.sentences")
        Traceback (most recent call last):
        ...
        newslib.schema.MissingColumnError: nl.sentences: the articles table has no column 'article_id', 'text' (its columns: 'نص'); read it with nl.read_articles or rename the columns
    """
    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"{function}: expected the {table} table as a pandas DataFrame, not {type(df).__name__}")
    missing = [c for c in columns if c not in df.columns]
    if missing:
        have = ", ".join(map(repr, map(str, df.columns))) or "none"
        hint = "; read it with nl.read_articles or rename the columns" if table == "articles" else ""
        raise MissingColumnError(f"{function}: the {table} table has no column {', '.join(map(repr, missing))} "
                                 f"(its columns: {have}){hint}")


def _dtype(table: str, column: str, dtype: str):
    if dtype == "category":
        cats = CATEGORIES.get((table, column))
        return _categorical(tuple(cats)) if cats else "category"
    return dtype


@lru_cache(maxsize=None)
def _categorical(cats: tuple[str, ...]) -> pd.CategoricalDtype:
    """The dtype of a closed category column (cached by its values: building one validates the categories, ~0.6 ms,
    once per column and call of :func:`conform`; the dtype is immutable, so one object can serve every frame)."""
    return pd.CategoricalDtype(list(cats))


def empty(table: str) -> pd.DataFrame:
    """An empty frame with the columns and dtypes of ``table``."""
    return pd.DataFrame({c: pd.Series(dtype=_dtype(table, c, d)) for c, d, _ in _spec(table)})


def conform(df: pd.DataFrame | list[dict] | dict, table: str, *, extra: bool = False) -> pd.DataFrame:
    """Return a new frame with ``table``'s columns, in order, cast to the schema's dtypes.

    Missing columns are added as nulls. With ``extra=True`` other columns follow the declared
    ones (the loader keeps unknown input fields that way); otherwise they are dropped.
    """
    if not isinstance(df, pd.DataFrame):
        df = pd.DataFrame(df)
    out = {}
    n = len(df)
    for c, d, _ in _spec(table):
        dt = _dtype(table, c, d)
        s = df[c] if c in df.columns else pd.Series([None] * n, index=df.index, dtype="object")
        if d == DATE:
            s = pd.to_datetime(s, errors="coerce")
            if getattr(s.dt, "tz", None) is not None:
                s = s.dt.tz_convert("UTC").dt.tz_localize(None)
            s = s.astype(DATE)
        else:
            s = s.astype(dt)
        out[c] = s
    res = pd.DataFrame(out, index=df.index)
    if extra:
        for c in df.columns:
            if c not in res.columns:
                res[c] = df[c]
    return res.reset_index(drop=True)


def stamp(df: pd.DataFrame, function: str, **options) -> pd.DataFrame:
    """Record provenance in ``df.attrs["newslib"]`` (version, function, options, word lists); returns ``df``.

    An exported CSV or Parquet file can then be traced to the code, options and word lists
    that made it: ``"lexicons"`` is :func:`newslib.lexicons.provenance` (user folders, the
    lists they add to or replace, a hash of their contents).

    Example:
        >>> stamp(empty("sentences"), "sentences").attrs["newslib"]["function"]
        'sentences'
    """
    from newslib import __version__, lexicons

    df.attrs["newslib"] = {"version": __version__, "function": function, "options": options,
                           "lexicons": lexicons.provenance()}
    return df


def data_dictionary() -> str:
    """The README data dictionary as Markdown, one section per table."""
    parts = []
    for table, spec in TABLES.items():
        base = next((t for t, sp in TABLES.items() if t != table and sp and spec[:len(sp)] == sp), None)
        intro = f"The columns of `{base}`, then:\n\n" if base else ""
        parts.append(f"### `{table}`\n\n{intro}| column | dtype | meaning |\n|---|---|---|")
        parts += [f"| `{c}` | {d} | {m} |" for c, d, m in spec[len(TABLES[base]) if base else 0:]]
        parts.append("")
    return "\n".join(parts)


if __name__ == "__main__":  # pragma: no cover
    print(data_dictionary())
