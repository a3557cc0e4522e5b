"""Corpus questions as small tables: counts on a continuous calendar, mentions per 100 articles.

Two aggregations that notebook 06 (and any analysis over many articles) needs and that are easy
to get subtly wrong in a notebook cell:

* :func:`over_time` counts dated rows per day, month or year **without dropping the periods
  that have none** (a chart of quotes per day must show the days the archive is silent);
* :func:`per_hundred` says how many of each group's articles (an outlet's, a month's) mention a
  name, **per 100 articles of the group**, so that a big outlet does not outweigh a small one.

Example:
    >>> import pandas as pd
    >>> over_time(pd.to_datetime(["2015-07-21", "2015-07-21", "2015-07-23"])).to_dict()
    {'2015-07-21': 2, '2015-07-22': 0, '2015-07-23': 1}
"""

from __future__ import annotations

import pandas as pd

__all__ = ["over_time", "per_hundred"]


def _freq(dates: pd.Series) -> str:
    span = (dates.max() - dates.min()).days
    return "Y" if span > 3 * 365 else "M" if span > 90 else "D"


def over_time(dates, freq: str | None = None) -> pd.Series:
    """How many rows fall in each period, on a continuous calendar.

    ``dates`` is anything ``pd.to_datetime`` reads (e.g. the ``published`` column of quotes
    joined to their articles); missing dates are left out. ``freq`` is a pandas period
    frequency (``"D"``, ``"W"``, ``"M"``, ``"Y"`` …); by default days for up to 90 days, months
    up to three years, years beyond. Returns a Series named ``count``, indexed by the periods as
    strings (``2020-09``) from the first to the last, in time order, with 0 for empty periods.

    Example:
        >>> import pandas as pd
        >>> over_time(pd.Series(pd.to_datetime(["2020-09-30", "2024-12-31", None]))).to_dict()
        {'2020': 1, '2021': 0, '2022': 0, '2023': 0, '2024': 1}
        >>> over_time(pd.Series([], dtype="datetime64[ns]")).empty
        True
    """
    d = pd.Series(pd.to_datetime(pd.Series(dates).reset_index(drop=True))).dropna()
    if d.empty:
        return pd.Series([], dtype="int64", name="count", index=pd.Index([], dtype="object", name="period"))
    freq = freq or _freq(d)
    periods = d.dt.to_period(freq)
    counts = periods.value_counts()
    full = pd.period_range(periods.min(), periods.max(), freq=freq)
    out = counts.reindex(full, fill_value=0).astype("int64")
    out.index = pd.Index(full.astype(str), name="period")
    return out.rename("count")


def per_hundred(mentions: pd.DataFrame, articles: pd.DataFrame, by: str = "source", *,
                name: str = "name", top: int | None = 12) -> pd.DataFrame:
    """For each name (rows) and group (columns), the articles of the group that mention the name,
    per 100 articles of the group (rounded to whole numbers).

    ``mentions`` needs ``article_id`` and ``name`` (e.g. the places of ``nl.entities``:
    ``entities[entities["label"] == "LOC"]``); an article counts once however often it names
    them. ``articles`` needs ``article_id`` and the grouping column ``by`` (``source``, or any
    column such as a month); every article counts in its group's size, mentions or not, and an
    article whose ``by`` is missing counts in no group. A missing column raises
    :class:`newslib.schema.MissingColumnError` naming it. Rows
    are the ``top`` names mentioned in most articles overall (all with ``top=None``), columns
    the groups. Ready for :func:`newslib.charts.heatmap`.

    Example:
        >>> import pandas as pd
        >>> arts = pd.DataFrame({"article_id": ["a", "b", "c", "d"], "source": ["x", "x", "x", "y"]})
        >>> ents = pd.DataFrame({"article_id": ["a", "a", "d"], "name": ["الرياض", "الرياض", "الرياض"]})
        >>> per_hundred(ents, arts).to_dict()
        {'x': {'الرياض': 33}, 'y': {'الرياض': 100}}
    """
    from newslib import schema

    schema.require(mentions, ("article_id", name), "corpus.per_hundred", table="mentions")
    schema.require(articles, ("article_id", by), "corpus.per_hundred")
    m = mentions[["article_id", name]].dropna().drop_duplicates()
    m = m.merge(articles[["article_id", by]], on="article_id")
    order = m[name].value_counts(sort=True)
    keep = order.index if top is None else order.index[:top]
    m = m[m[name].isin(keep)]
    sizes = articles[by].value_counts()
    table = pd.crosstab(m[name], m[by]).reindex(index=keep, columns=sizes.index, fill_value=0)
    out = (100 * table / sizes).round().astype("int64")
    out.index.name, out.columns.name = name, by
    return out
