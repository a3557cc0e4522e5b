"""newslib.dask: the table functions over a Dask DataFrame, on a LocalCluster of two worker processes."""

from __future__ import annotations

import json

import pandas as pd
import pytest

pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

import newslib as nl  # noqa: E402
import newslib.dask as nld  # noqa: E402
from newslib import pipeline, schema  # noqa: E402

TABLES = pipeline.available_tables()


def chars(articles: pd.DataFrame) -> pd.DataFrame:
    """Stand-in table: article length."""
    return pd.DataFrame({"article_id": articles["article_id"].astype("string"),
                         "chars": articles["text"].str.len().astype("int64")})


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, worker_dashboard_address=None) as cluster, \
            distributed.Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def many(articles):
    parts = []
    for k in range(3):
        a = articles.copy()
        a["article_id"] = a["article_id"] + f"-{k}"
        parts.append(a)
    return pd.concat(parts, ignore_index=True)


def test_the_module_is_newslib_dask_and_uses_the_real_dask():
    import dask.dataframe as dd

    assert nld.__name__ == "newslib.dask" and dd.__name__ == "dask.dataframe"
    assert isinstance(nld.from_pandas(pd.DataFrame({"article_id": ["a"], "text": ["نص"]})), dd.DataFrame)


def test_meta_is_the_schema_and_nothing_is_computed(many):
    lazy = nld.analyze(nld.from_pandas(many, npartitions=3))
    assert list(lazy) == list(TABLES)
    for name in TABLES:
        assert lazy[name].npartitions == 3
        assert lazy[name]._meta.dtypes.to_dict() == schema.empty(name).dtypes.to_dict()


def test_two_worker_cluster_gives_what_one_call_gives(client, many):
    pids = nld.warm(client)
    assert len(pids) == 2 and len(set(pids.values())) == 2  # two worker processes, warmed once each
    lazy = nld.analyze(nld.from_pandas(many, npartitions=3), [*TABLES, chars])
    out = nld.compute(lazy)
    for name in TABLES:
        pd.testing.assert_frame_equal(out[name], getattr(nl, name)(many))
        assert out[name].attrs["newslib"]["partitions"] == 3
    assert out["chars"]["chars"].tolist() == many["text"].str.len().tolist()
    assert out["chars"].index.tolist() == list(range(6))


def test_workers_read_the_files_one_partition_each(client, many, tmp_path):
    for k in range(2):
        with open(tmp_path / f"part-{k}.jsonl", "w", encoding="utf-8") as fh:
            for r in many.iloc[3 * k: 3 * k + 3].itertuples(index=False):
                fh.write(json.dumps({"id": r.article_id, "date": str(r.published.date()), "text": r.text}, ensure_ascii=False) + "\n")
    arts = nld.read_articles(tmp_path)
    assert arts.npartitions == 2
    out = nld.compute({"articles": arts, **nld.analyze(arts, ["sentences", "timeline"])})
    expected = nl.read_articles(tmp_path)
    pd.testing.assert_frame_equal(out["articles"], schema.conform(expected, "articles"))
    pd.testing.assert_frame_equal(out["sentences"], nl.sentences(expected))
    pd.testing.assert_frame_equal(out["timeline"], nl.timeline(expected))
