"""newslib beyond one machine: the table functions over a Dask DataFrame of articles.

Each table is ``articles.map_partitions(function, meta=…)`` with the ``meta`` taken from
:mod:`newslib.schema`, so the same code runs on a laptop (Dask's threads or a ``LocalCluster``)
or on a cluster: point a ``distributed.Client`` at the scheduler before computing. Every
worker process loads lexicons and models once, on its first partition (or at
:func:`warm`). Needs the optional extra: ``pip install "newslib[dask]"``.

The word lists in use when :func:`analyze` or :func:`warm` is called (``nl.lexicons.use(…)``,
or ``NEWSLIB_LEXICONS``) go with every partition's task, so each worker uses them too; their
folders must be readable at the same path on every worker.

Partitions play the role of :func:`newslib.analyze`'s chunks: ids count within an article,
so the computed tables equal one call over all articles.

Example:
    >>> import newslib as nl
    >>> import newslib.dask as nld
    >>> arts = nld.from_pandas(nl.read_articles("data/"), npartitions=2)
    >>> tables = nld.analyze(arts, ["sentences"])
    >>> tables["sentences"].npartitions, list(tables["sentences"].columns[:2])
    (2, ['article_id', 'sentence_id'])
    >>> out = nld.compute(tables, scheduler="sync")
    >>> out["sentences"].equals(nl.sentences(nl.read_articles("data/")))
    True
"""

from __future__ import annotations

import os
import threading
from typing import Callable, Mapping, Sequence

import pandas as pd

from newslib import lexicons, pipeline, schema

__all__ = ["from_pandas", "read_articles", "analyze", "compute", "warm"]


def _dd():
    try:
        import dask.dataframe as dd  # the real dask: absolute import, not this module
    except ImportError as e:  # pragma: no cover - depends on the installation
        raise ImportError('newslib.dask needs Dask: pip install "newslib[dask]"') from e
    return dd


def from_pandas(articles: pd.DataFrame, npartitions: int | None = None, *, chunksize: int | None = None):
    """A Dask DataFrame of articles from an articles table in memory.

    Args:
        articles: The articles table (not modified).
        npartitions: Number of partitions (default: one per 1,000 articles, at least 1).
        chunksize: Articles per partition instead of ``npartitions``.

    Returns:
        A ``dask.dataframe.DataFrame`` whose partitions follow the article order.

    Example:
        >>> from_pandas(pd.DataFrame({"article_id": ["a", "b"], "text": ["نص", "خبر"]}), 2).npartitions
        2
    """
    dd = _dd()
    if npartitions is None and chunksize is None:
        npartitions = max(1, -(-len(articles) // 1000))
    return dd.from_pandas(articles.reset_index(drop=True), npartitions=npartitions, chunksize=chunksize, sort=True)


def _read_one(path: str, kwargs: dict) -> pd.DataFrame:
    import newslib as nl

    return schema.conform(nl.read_articles(path, progress=False, **kwargs), "articles")


def read_articles(source, **kwargs):
    """A Dask DataFrame of articles read by the workers, one partition per file.

    The files must be readable at the same path by every worker (a shared or network file
    system). Only the schema's columns are kept, and ids are made unique within a file, not
    across files. A single large JSON Lines file gives a single partition: split it first
    (``split -l 20000 big.jsonl part-``), or read it here and use :func:`from_pandas`.

    Args:
        source: A file, directory, glob pattern, or a list of these.
        **kwargs: ``format``, ``encoding``, ``errors``, ``text_column`` as for
            :func:`newslib.read_articles`.

    Example:
        >>> read_articles("data/").npartitions
        1
    """
    from newslib import load

    dd = _dd()
    files = [str(f) for f in load._expand(source)]
    return dd.from_map(_read_one, files, kwargs=kwargs, meta=schema.empty("articles"), enforce_metadata=False)


_LEXICONS_LOCK = threading.Lock()


def _use_lexicons(lexicon_folders: tuple[str, ...] | None) -> None:
    """Make a worker use the caller's word lists (once per process: a no-op when they match)."""
    if lexicon_folders is None:
        return
    with _LEXICONS_LOCK:  # a distributed worker runs several tasks in threads
        if lexicons.folders() != tuple(lexicon_folders):
            lexicons.use(lexicon_folders)


def _table(part: pd.DataFrame, func, kw: dict, lexicon_folders: tuple[str, ...] | None = None) -> pd.DataFrame:
    _use_lexicons(lexicon_folders)
    f = pipeline._resolve(func) if isinstance(func, str) else func
    return f(part, **kw).reset_index(drop=True)


def _meta(name: str, func, kw: dict) -> pd.DataFrame:
    if isinstance(func, str) and name in schema.TABLES:
        return schema.empty(name)
    f = pipeline._resolve(func) if isinstance(func, str) else func
    return f(schema.empty("articles"), **kw)  # a stand-in: its own empty frame


def analyze(articles, tables: Sequence[str | Callable] | Mapping[str, dict] = pipeline.DEFAULT_TABLES) -> dict:
    """Lazy tables over a Dask DataFrame of articles: ``{name: dask DataFrame}``.

    Args:
        articles: A Dask DataFrame of articles (:func:`from_pandas`, :func:`read_articles`,
            or any with ``article_id`` and ``text`` columns).
        tables: As for :func:`newslib.analyze`: names, functions, or ``name → kwargs``.

    Returns:
        One Dask DataFrame per table, built with ``map_partitions`` and the schema's ``meta``;
        nothing is computed yet. Compute them together with :func:`compute` (the articles
        are then read once), or write them with ``.to_parquet(...)``.

    Example:
        >>> arts = from_pandas(pd.DataFrame({"article_id": ["a"], "text": ["قال الوزير إن الاجتماع ناجح."]}))
        >>> analyze(arts, ["sentences"])["sentences"].dtypes["start"]
        dtype('int64')
    """
    out = {}
    lex = lexicons.folders()
    for name, func, kw in pipeline._specs(pipeline._existing(tables)):
        out[name] = articles.map_partitions(_table, func, kw, lex, meta=_meta(name, func, kw),
                                            enforce_metadata=False, token=f"newslib-{name}")
    return out


def compute(tables: dict, **kwargs) -> dict[str, pd.DataFrame]:
    """Compute lazy tables in one pass and return pandas frames cast to the schema.

    Args:
        tables: ``{name: dask DataFrame}`` from :func:`analyze`.
        **kwargs: Passed to ``dask.compute`` (e.g. ``scheduler="sync"``); by default the
            active ``distributed.Client`` if there is one, else Dask's threads.

    Returns:
        ``{name: DataFrame}`` with a fresh index and ``df.attrs["newslib"]`` set.

    Example:
        >>> arts = from_pandas(pd.DataFrame({"article_id": ["a"], "text": ["نعم. لا."]}))
        >>> compute(analyze(arts, ["sentences"]), scheduler="sync")["sentences"]["text"].tolist()
        ['نعم.', 'لا.']
    """
    import dask

    names = list(tables)
    client = None if kwargs else _client()
    if client is not None:
        results = _gather_as_done(client, [tables[n] for n in names])
    else:
        results = list(dask.compute(*(tables[n] for n in names), **kwargs))
    out = {}
    for i, name in enumerate(names):
        df, results[i] = results[i], None  # one table's raw copy at a time (peak memory)
        df = df.reset_index(drop=True)
        if name in schema.TABLES:
            df = schema.conform(df, name, extra=True)
        df.attrs = pipeline._attrs("newslib.dask.analyze", table=name, partitions=tables[name].npartitions)
        out[name] = df
    return out


def _client():
    """The active ``distributed.Client``, or None."""
    try:
        from distributed import get_client
    except ImportError:
        return None
    try:
        return get_client()
    except ValueError:
        return None


def _gather_as_done(client, frames: list) -> list[pd.DataFrame]:
    """Compute Dask DataFrames on a cluster, fetching each partition as soon as it is done and
    releasing it on the worker: workers then hold a few partitions, not all the results."""
    from distributed import as_completed

    parts = [f.to_delayed() for f in frames]
    futures = client.compute([d for ps in parts for d in ps])
    where = {}
    i = 0
    for t, ps in enumerate(parts):
        for j in range(len(ps)):
            where[futures[i].key] = (t, j)
            i += 1
    got: list[list] = [[None] * len(ps) for ps in parts]
    for fut in as_completed(futures):
        t, j = where[fut.key]
        got[t][j] = fut.result()
        fut.release()
    del futures
    return [pd.concat(g, ignore_index=True) if g else frames[t]._meta for t, g in enumerate(got)]


def warm(client, tables=pipeline.DEFAULT_TABLES) -> dict:
    """Load lexicons and models on every worker of ``client`` now, not on the first partition.

    Returns ``{worker address: process id}``.
    """
    def _go(specs, lex):
        _use_lexicons(lex)
        pipeline.warm(specs)
        return os.getpid()

    return client.run(_go, pipeline._specs(pipeline._existing(tables)), lexicons.folders())
