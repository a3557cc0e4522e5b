"""Corpus questions as small tables: counts on a continuous calendar, mentions per 100 articles.

Three aggregations that notebooks 03 and 06 (and any analysis over many articles) need and that
are easy to get subtly wrong in a notebook cell:

* :func:`entity_names` gives each entity mention a name **shared across articles**: the
  spellings of one name (عبد الله / عبدالله, دولار / الدولار / دولارا) and a bare surname
  whose full name the corpus knows (ترامب → دونالد ترامب) count as one;

* :func:`over_time` counts dated rows per day, month or year **without dropping the periods
  that have none** (a chart of quotes per day must show the days the archive is silent);
* :func:`per_hundred` says how many of each group's articles (an outlet's, a month's) mention a
  name, **per 100 articles of the group**, so that a big outlet does not outweigh a small one;
* :func:`outlet_names` gives each article the name a reader knows its outlet by (``Okaz``, not the
  corpus id ``okaz``), for chart columns and tables.

Example:
    >>> import pandas as pd
    >>> over_time(pd.to_datetime(["2015-07-21", "2015-07-21", "2015-07-23"])).to_dict()
    {'2015-07-21': 2, '2015-07-22': 0, '2015-07-23': 1}
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

import pandas as pd

__all__ = ["entity_names", "outlet_names", "over_time", "per_hundred"]

_SITE = re.compile(r"\s*\([^()]*\)\s*$")   # the bracketed site after an outlet's name


def outlet_names(articles: pd.DataFrame) -> pd.Series:
    """Each article's outlet as a reader knows it: its ``source_name`` without the bracketed site.

    Falls back to ``source`` (the corpus id) where ``source_name`` is missing or absent; missing
    when both are. Same index as ``articles``, named ``outlet``.

    Example:
        >>> arts = pd.DataFrame({"source": ["okaz", "sabq", "x"],
        ...                      "source_name": ["Okaz (okaz.com.sa)", "صحيفة سبق (sabq.org)", None]})
        >>> outlet_names(arts).tolist()
        ['Okaz', 'صحيفة سبق', 'x']
    """
    names = pd.Series(pd.NA, index=articles.index, dtype="object")
    for column in ("source", "source_name"):   # the later column wins where it has a value
        if column in articles:
            # a corpus has a handful of outlets: clean each distinct value once, not once per article
            clean = {v: _SITE.sub("", str(v)) or str(v) for v in articles[column].dropna().unique()}
            values = articles[column].map(clean)
            names = values.where(values.notna(), names)
    return names.astype("string").rename("outlet")


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
                name: str = "name", top: int | None = 12, min_articles: int = 1) -> pd.DataFrame:
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

    A rate per 100 of a group of three articles is noise that looks like a finding: groups of
    fewer than ``min_articles`` articles are left out, and ``attrs["left_out"]`` maps each of
    them to its size so that a notebook can say so.

    Example:
        >>> import pandas as pd
        >>> arts = pd.DataFrame({"article_id": ["a", "b", "c", "d"], "source": ["x", "x", "x", "y"]})
        >>> ents = pd.DataFrame({"article_id": ["a", "a", "d"], "name": ["الرياض", "الرياض", "الرياض"]})
        >>> per_hundred(ents, arts).to_dict()
        {'x': {'الرياض': 33}, 'y': {'الرياض': 100}}
        >>> small = per_hundred(ents, arts, min_articles=2)
        >>> small.to_dict(), small.attrs["left_out"]
        ({'x': {'الرياض': 33}}, {'y': 1})
    """
    from newslib import schema

    schema.require(mentions, ("article_id", name), "corpus.per_hundred", table="mentions")
    schema.require(articles, ("article_id", by), "corpus.per_hundred")
    all_sizes = articles[by].value_counts()
    sizes = all_sizes[all_sizes >= min_articles]
    m = mentions[["article_id", name]].dropna().drop_duplicates()
    m = m.merge(articles[["article_id", by]], on="article_id")
    m = m[m[by].isin(sizes.index)]
    order = m[name].value_counts(sort=True)
    keep = order.index if top is None else order.index[:top]
    m = m[m[name].isin(keep)]
    table = pd.crosstab(m[name], m[by]).reindex(index=keep, columns=sizes.index, fill_value=0)
    out = (100 * table / sizes).round().astype("int64")
    out.index.name, out.columns.name = name, by
    out.attrs["left_out"] = {g: int(n) for g, n in all_sizes[all_sizes < min_articles].items()}
    return out


@lru_cache(maxsize=1)
def _currency_units() -> frozenset[str]:
    """Currency unit words of ``currencies.tsv``, normalised (read once)."""
    from newslib import lexicons
    from newslib.arabic import normalize

    return frozenset(normalize(r["word"]) for r in lexicons.read("currencies") if r["kind"] == "unit")


def _form_key(label: str, name: str) -> str:
    """The key of one spelling: :func:`newslib.arabic.name_key`; a currency also without its
    article and accusative alef (الدولار، دولارا → دولار)."""
    from newslib.arabic import name_key, strip_article

    k = name_key(name)
    if label == "MISC" and " " not in k:
        units = _currency_units()
        for cand in (strip_article(k), strip_article(k)[:-1] if k.endswith("ا") else None):
            if cand and cand in units:
                return cand
    return k


def surname_groups(per: pd.Series, share: float = 0.8) -> dict[str, str]:
    """Bare one-word person keys → the multi-word person key of the corpus that ends with that word.

    ``per`` counts mentions by form key. A word joins the name ending with it that holds at
    least ``share`` of the mentions of all names ending with it (one person of that surname,
    not a family), and only when it ends names at least twice as often as it begins them
    (عباس in عباس عراقجي is a first name). Used by :func:`entity_names` and ``nl.speakers``.

    Example:
        >>> per = pd.Series({"دونالد ترامب": 9, "ترامب": 4, "محمود عباس": 3, "حسين عباس": 3, "عباس": 2})
        >>> surname_groups(per)
        {'ترامب': 'دونالد ترامب'}
    """
    if per.empty:
        return {}
    multi = per[per.index.str.contains(" ", regex=False)]
    if multi.empty:
        return {}
    words = multi.index.str.split(" ")
    ends = pd.DataFrame({"word": [w[-1] for w in words], "full": multi.index, "n": multi.to_numpy()})
    begins = pd.Series(multi.to_numpy(), index=[w[0] for w in words]).groupby(level=0).sum()
    ends = ends[ends["word"].isin(per.index)]
    out = {}
    for word, group in ends.groupby("word", sort=False):
        total = group["n"].sum()
        top = group.loc[group["n"].idxmax()]
        if top["n"] >= share * total and total >= 2 * begins.get(word, 0):
            out[word] = top["full"]
    return out


_LINEAGE = frozenset({"بن", "ابن", "بنت"})   # name_key forms: hamza and diacritics already gone


def lineage_groups(per: pd.Series, share: float = 0.8) -> dict[str, str]:
    """Person keys that stop at a lineage (``X بن Y``) → the longer name of the corpus that goes on.

    ``per`` counts mentions by form key. A key of several words with بن / ابن / بنت after its first
    word joins the longer key that starts with all of its words when that key holds at least
    ``share`` of the mentions of all the keys that extend it (one person of that lineage, not a
    family of sons): سلمان بن عبدالعزيز → سلمان بن عبدالعزيز ال سعود. Used with
    :func:`surname_groups` by :func:`entity_names` and ``nl.speakers``.

    Example:
        >>> per = pd.Series({"سلمان بن عبدالعزيز ال سعود": 9, "سلمان بن عبدالعزيز": 6,
        ...                  "محمد بن سعد": 2, "محمد بن سعد الشهري": 2, "محمد بن سعد القحطاني": 2})
        >>> lineage_groups(per)
        {'سلمان بن عبدالعزيز': 'سلمان بن عبدالعزيز ال سعود'}
    """
    counts = per.groupby(level=0).sum()
    keys = sorted(k for k in counts.index if " " in k)   # the names that extend a key follow it
    out = {}
    for i, key in enumerate(keys):
        if not _LINEAGE & set(key.split(" ")[1:]):
            continue
        prefix, longer = key + " ", {}
        for k in keys[bisect.bisect_left(keys, prefix, i + 1):]:
            if not k.startswith(prefix):
                break
            longer[k] = counts[k]
        if longer and max(longer.values()) >= share * sum(longer.values()):
            out[key] = max(longer, key=longer.get)
    return out


def family_groups(per: pd.Series, share: float = 0.8, weight: float = 0.2) -> dict[str, str]:
    """Person keys of a first name and a family name (``X Y``, ``X آل Y``) → the longer name of the corpus
    that puts a lineage between them (``X بن Z … Y``).

    ``per`` counts mentions by form key. The short key joins the longer one when that key holds at least
    ``share`` of the mentions of all the keys of that first name, lineage and family name (one person,
    not two brothers), and at least ``weight`` of the short key's own (a full name seen twice does not
    take 30 mentions of a common name: فهد العتيبي the spokesman is not فهد بن راشد العتيبي the
    executive): عادل الجبير → عادل بن احمد الجبير. A key with a lineage of its own is
    :func:`lineage_groups`' (فيصل بن عبدالعزيز is not فيصل بن خالد بن عبدالعزيز).

    Example:
        >>> per = pd.Series({"عادل الجبير": 9, "عادل بن احمد الجبير": 4, "عبدالعزيز ال الشيخ": 3,
        ...                  "عبدالعزيز بن عبدالله ال الشيخ": 5, "محمد القرني": 2, "محمد بن علي القرني": 2,
        ...                  "محمد بن سعد القرني": 2, "فهد العتيبي": 30, "فهد بن راشد العتيبي": 2})
        >>> family_groups(per)
        {'عادل الجبير': 'عادل بن احمد الجبير', 'عبدالعزيز ال الشيخ': 'عبدالعزيز بن عبدالله ال الشيخ'}
    """
    counts = per.groupby(level=0).sum()
    longer: dict[tuple[str, ...], dict[str, int]] = {}
    for k, n in counts.items():
        w = k.split(" ")
        if len(w) >= 4 and w[1] in _LINEAGE:
            for fam in (w[-1:], w[-2:] if w[-2] == "ال" else None):
                if fam and len(w) - len(fam) >= 3:
                    longer.setdefault((w[0], *fam), {})[k] = n
    out = {}
    for k in counts.index:
        w = tuple(k.split(" "))
        if 2 <= len(w) <= 3 and not _LINEAGE & set(w) and (len(w) == 2 or w[1] == "ال") and w in longer:
            group = longer[w]
            top = max(group, key=group.get)
            if group[top] >= share * sum(group.values()) and group[top] >= weight * counts[k]:
                out[k] = top
    return out


def person_groups(per: pd.Series) -> dict[str, str]:
    """Person keys → the key of the name they stand for across a corpus: a bare surname
    (:func:`surname_groups`), a first and family name (:func:`family_groups`), then a name that stops
    at a lineage (:func:`lineage_groups`); a key joined to a name that is joined further goes to the end.

    Example:
        >>> per = pd.Series({"محمد بن نايف بن عبدالعزيز": 5, "محمد بن نايف": 3, "ترامب": 2, "دونالد ترامب": 4,
        ...                  "الجبير": 2, "عادل الجبير": 9, "عادل بن احمد الجبير": 2})
        >>> person_groups(per)
        {'ترامب': 'دونالد ترامب', 'الجبير': 'عادل بن احمد الجبير', 'عادل الجبير': 'عادل بن احمد الجبير', 'محمد بن نايف': 'محمد بن نايف بن عبدالعزيز'}
    """
    # each rule reads the corpus's own counts: a bare surname does not gain from the names family_groups
    # joins (المخرج, a director, would join محمد بن عبدالرحمن المخرج)
    surname, family, lineage = surname_groups(per), family_groups(per), lineage_groups(per)

    def last(k: str) -> str:
        k = family.get(k, k)
        return lineage.get(k, k)

    out = {k: last(v) for k, v in surname.items()}
    out.update({k: last(v) for k, v in family.items() if k not in out})
    out.update({k: v for k, v in lineage.items() if k not in out})
    return out


def entity_names(entities: pd.DataFrame, *, surnames: bool = True) -> pd.DataFrame:
    """The entities table with a name shared across articles: ``corpus_key`` and ``corpus_name``.

    ``name`` is canonical within one article. Over a corpus, one person or currency still has
    several names: spellings (عبد الله / عبدالله, diacritics, hamzas), a currency's forms
    (دولار، الدولار، دولارا) and, when an article only gives the surname, the surname alone
    (ترامب next to دونالد ترامب). Here they meet:

    * names with one :func:`newslib.arabic.name_key` and one label share a group; a currency
      (MISC) also without its article and accusative alef;
    * with ``surnames=True``, a one-word PER name joins the multi-word PER name of the corpus
      that ends with it, when that name has 80 % of the mentions of all the names ending with
      the word (one person of that surname, not محمود عباس next to حسين عباس) and the word ends
      names at least twice as often as it begins them (not a first name: عباس عراقجي);
      and a PER name that stops at a lineage joins the longer name that goes on, when one name
      has 80 % of the mentions of those that extend it (سلمان بن عبدالعزيز → سلمان بن عبدالعزيز
      آل سعود; :func:`lineage_groups`).

    ``corpus_name`` is the group's most mentioned ``name`` of several words (a bare one only if
    there is none; the longest among equals), and
    ``corpus_key`` that name's ``key``: count by either across articles. A person and a place
    with one spelling stay apart (the label is part of the group). Rows, order and the other
    columns are those of ``entities``, which is not modified.

    Args:
        entities: the entities table (``label`` and ``name`` are used; ``key`` when present).
        surnames: join bare surnames to the full name (see above).

    Returns:
        A new frame: the columns of ``entities``, then ``corpus_key`` and ``corpus_name``.

    Example:
        >>> import pandas as pd
        >>> ents = pd.DataFrame({"article_id": ["a", "a", "b", "c", "c"],
        ...     "label": ["PER", "MISC", "PER", "PER", "MISC"],
        ...     "name": ["دونالد ترامب", "الدولار", "ترامب", "عبد الله الأنصاري", "دولارا"]})
        >>> entity_names(ents)["corpus_name"].tolist()
        ['دونالد ترامب', 'الدولار', 'دونالد ترامب', 'عبد الله الأنصاري', 'الدولار']
    """
    from newslib import schema
    from newslib.arabic import name_key

    schema.require(entities, ("label", "name"), "nl.entity_names", table="entities")
    out = entities.copy()
    labels = out["label"].astype("string")
    names = out["name"].astype("string")
    live = labels.notna() & names.notna()
    if not live.any():
        out["corpus_key"] = out["corpus_name"] = pd.array([pd.NA] * len(out), dtype="string")
        return schema.stamp(out, "entity_names", surnames=surnames)
    pairs = pd.DataFrame({"label": labels[live], "name": names[live]})
    if "key" in out.columns:
        pairs["key"] = out.loc[live, "key"].astype("string")
    uniq = pairs.groupby(["label", "name"], sort=False, observed=True).size().rename("n").reset_index()
    uniq["form"] = [_form_key(lab, nm) for lab, nm in zip(uniq["label"], uniq["name"])]
    if surnames:
        is_per = uniq["label"] == "PER"
        per = uniq[is_per].groupby("form")["n"].sum()
        join = person_groups(per)
        uniq.loc[is_per, "form"] = uniq.loc[is_per, "form"].map(lambda f: join.get(f, f))
    # the representative of a group: a name of several words over a bare one (بينهام joined to
    # ديفيد بينهام is shown in full), then most mentions, then the longest, then the first in order
    uniq["len"] = uniq["name"].str.len()
    uniq["words"] = uniq["name"].str.strip().str.contains(" ", regex=False)
    rep = (uniq.sort_values(["words", "n", "len", "name"], ascending=[False, False, False, True], kind="stable")
           .drop_duplicates(["label", "form"]).set_index(["label", "form"])["name"])
    uniq["corpus_name"] = [rep[(lab, f)] for lab, f in zip(uniq["label"], uniq["form"])]
    if "key" in pairs.columns:
        keys = (pairs.dropna().groupby(["label", "name"], observed=True)["key"]
                .agg(lambda k: k.value_counts().index[0]))
        uniq["corpus_key"] = [keys.get((lab, cn), f"{lab}:{name_key(cn)}") for lab, cn in zip(uniq["label"], uniq["corpus_name"])]
    else:
        uniq["corpus_key"] = [f"{lab}:{name_key(cn)}" for lab, cn in zip(uniq["label"], uniq["corpus_name"])]  # like entities' key
    table = uniq.set_index(["label", "name"])[["corpus_key", "corpus_name"]]
    idx = pd.MultiIndex.from_arrays([labels.fillna(""), names.fillna("")])
    found = table.reindex(idx)
    out["corpus_key"] = pd.array(found["corpus_key"].where(live.to_numpy()).tolist(), dtype="string")
    out["corpus_name"] = pd.array(found["corpus_name"].where(live.to_numpy()).tolist(), dtype="string")
    return schema.stamp(out, "entity_names", surnames=surnames)
