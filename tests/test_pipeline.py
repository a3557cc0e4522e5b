"""nl.analyze, nl.iter_articles, nl.analyze_to_parquet, nl.read_tables (issue 8)."""

from __future__ import annotations

import gzip
import json
import multiprocessing
import os
import time
from pathlib import Path

import pandas as pd
import pytest

import newslib as nl
from newslib import pipeline, schema

from conftest import DATA, shared_path

TABLES = pipeline.available_tables()


def lengths(articles: pd.DataFrame, *, log_dir: str | None = None, pause: float = 0.0) -> pd.DataFrame:
    """Stand-in table: one row per article with its length; logs each chunk it sees."""
    if log_dir:
        for aid in articles["article_id"]:
            Path(log_dir, str(aid).replace("/", "_")).touch()
    time.sleep(pause)
    return pd.DataFrame({"article_id": articles["article_id"].astype("string"),
                         "chars": articles["text"].str.len().astype("int64")}).reset_index(drop=True)


@pytest.fixture(scope="module")
def many(articles):
    """Eight articles: the two reference articles four times over, with distinct ids and dates."""
    parts = []
    for k in range(4):
        a = articles.copy()
        a["article_id"] = a["article_id"] + f"-copy{k}"
        a["published"] = a["published"] + pd.Timedelta(days=k)
        parts.append(a)
    return pd.concat(parts, ignore_index=True)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, many):
    """The eight articles as a gzipped JSON Lines file (with a blank line)."""
    path = tmp_path_factory.mktemp("corpus") / "news.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for i, r in enumerate(many.itertuples(index=False)):
            fh.write(json.dumps({"id": r.article_id, "title": r.title, "date": str(r.published.date()),
                                 "source": "aawsat", "text": r.text}, ensure_ascii=False) + "\n")
            if i == 3:
                fh.write("\n")
    return path


# ----------------------------------------------------------------------------- analyze
def test_every_table_exists_while_this_file_is_tested():
    assert TABLES == ("sentences", "quotes", "entities", "timeline")


def test_analyze_in_two_processes_equals_one_process_and_one_call(many):
    one = nl.analyze(many, n_jobs=1, chunksize=3)
    two = nl.analyze(many, n_jobs=2, chunksize=3)
    assert list(one) == list(TABLES)
    for name in TABLES:
        whole = getattr(nl, name)(many)
        assert len(whole) > 8
        pd.testing.assert_frame_equal(one[name], whole)
        pd.testing.assert_frame_equal(two[name], whole)
        assert two[name].dtypes.astype(str).to_dict() == schema.empty(name).dtypes.astype(str).to_dict()
    info = two["entities"].attrs["newslib"]
    assert info["version"] == nl.__version__
    assert (info["function"], info["table"], info["n_jobs"], info["chunksize"], info["articles"]) == ("analyze", "entities", 2, 3, 8)
    assert "attrs" not in many.attrs and many["article_id"].iloc[0].endswith("-copy0")  # input untouched


def test_analyze_takes_functions_and_options(many):
    out = nl.analyze(many, {"sentences": {}, "quotes": {"include_titles": True}}, chunksize=5)
    pd.testing.assert_frame_equal(out["quotes"], nl.quotes(many, include_titles=True))
    assert out["quotes"].attrs["newslib"]["options"] == {"include_titles": True}
    mine = nl.analyze(many, [lengths], chunksize=3)["lengths"]
    assert mine["chars"].tolist() == many["text"].str.len().tolist()
    assert mine.index.tolist() == list(range(8))


def test_analyze_of_no_articles_gives_empty_tables_with_the_schema(articles):
    out = nl.analyze(articles.iloc[:0], n_jobs=2)
    for name in TABLES:
        pd.testing.assert_frame_equal(out[name], schema.empty(name))


def test_unknown_table_is_named():
    with pytest.raises(ValueError, match="unknown table 'sentiment'"):
        nl.analyze(pd.DataFrame({"article_id": ["a"], "text": ["نص"]}), ["sentiment"])


def _running_children(timeout: float) -> list[int]:
    """PIDs of this process's multiprocessing children still running at the OS level, waiting up to timeout."""
    def running(pid: int) -> bool:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        try:  # a zombie still answers kill(pid, 0): reap it if it is ours
            return os.waitpid(pid, os.WNOHANG) == (0, 0)
        except ChildProcessError:
            return False

    deadline = time.monotonic() + timeout
    while True:
        pids = [p.pid for p in multiprocessing.active_children() if running(p.pid)]
        if not pids or time.monotonic() > deadline:
            return pids
        time.sleep(0.05)


def test_ctrl_c_cancels_pending_chunks_and_stops_the_workers(many, tmp_path, monkeypatch):
    arts = pd.concat([many] * 5, ignore_index=True)
    arts["article_id"] = [f"a{i:02d}" for i in range(len(arts))]
    calls = []

    def interrupt(bar, n):
        calls.append(n)
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "_tick", interrupt)
    with pytest.raises(KeyboardInterrupt):
        nl.analyze(arts, {lengths: {"log_dir": str(tmp_path), "pause": 0.2}}, n_jobs=2, chunksize=1)
    assert calls == [1]
    # the pool is shut down: no worker process is left running. (Process objects may still be
    # listed by active_children(): the pool's own thread can reap a worker before our join does.)
    assert _running_children(timeout=10) == []
    done = sorted(p.name for p in tmp_path.iterdir() if p.name != "warmup")  # each worker warms up once
    # at most the window (2 per worker + the one collected) ran; the other 35 were cancelled
    assert 1 <= len(done) <= 5 and "a00" in done and "a39" not in done


# ----------------------------------------------------------------------------- streaming
def test_iter_articles_equals_read_articles(corpus, tmp_path):
    chunks = list(nl.iter_articles(corpus, chunksize=3))
    assert [len(c) for c in chunks] == [3, 3, 2]
    assert [c.attrs["newslib"]["chunk"] for c in chunks] == [0, 1, 2]
    pd.testing.assert_frame_equal(pd.concat(chunks, ignore_index=True), nl.read_articles(corpus))
    # text format, one file at a time: the reference articles
    pd.testing.assert_frame_equal(pd.concat(nl.iter_articles(DATA, chunksize=1), ignore_index=True), nl.read_articles(DATA))


def test_iter_articles_keeps_ids_unique_across_chunks_and_files_and_detects_cp1256(tmp_path):
    recs = [{"id": "x", "text": "أول"}, {"text": "بلا معرف"}, {"id": "x", "text": "ثان"}, {"id": "x", "text": "ثالث"}]
    (tmp_path / "a.jsonl").write_bytes("\n".join(json.dumps(r, ensure_ascii=False) for r in recs).encode("cp1256"))
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "x", "text": "رابع"}, ensure_ascii=False) + "\n", encoding="utf-8")
    chunks = list(nl.iter_articles(tmp_path, chunksize=2))
    got = pd.concat(chunks, ignore_index=True)
    assert got["article_id"].tolist() == ["x", "a-1", "x#2", "x#3", "x#4"]
    assert got["encoding"].tolist() == ["cp1256"] * 4 + ["utf-8"]
    assert got["text"].tolist() == ["أول", "بلا معرف", "ثان", "ثالث", "رابع"]
    pd.testing.assert_frame_equal(got, nl.read_articles(tmp_path))


def test_iter_articles_skips_bad_lines_with_warn_and_names_them_with_raise(tmp_path):
    f = tmp_path / "bad.jsonl"
    f.write_text('{"id": "a", "text": "نص"}\n{broken\n{"id": "b", "text": "نص آخر"}\n', encoding="utf-8")
    chunks = list(nl.iter_articles(f, chunksize=1, errors="warn"))
    assert [c["article_id"].tolist() for c in chunks] == [["a"], ["b"]]
    assert [p["where"] for p in chunks[1].attrs["problems"]] == ["line 2"]
    with pytest.raises(nl.load.LoadError, match=r"bad.jsonl, line 2: not valid JSON"):
        list(nl.iter_articles(f))


def test_iter_articles_streams_the_shared_corpus():
    path = shared_path("saudinewsnet", "dev.jsonl.gz")
    sizes, ids, first = [], [], None
    for chunk in nl.iter_articles(path, chunksize=5000):
        sizes.append(len(chunk))
        ids += chunk["article_id"].tolist()
        first = chunk if first is None else first
    assert sizes == [5000, 5000, 5000, 42]
    whole = nl.read_articles(path, progress=False)
    assert ids == whole["article_id"].tolist()
    pd.testing.assert_frame_equal(first, whole.iloc[:5000])


# ----------------------------------------------------------------------------- Parquet
def _mtimes(out: Path) -> dict[str, int]:
    return {str(p.relative_to(out)): p.stat().st_mtime_ns for p in out.rglob("chunk-*.parquet")}


def test_parquet_round_trip_with_schema_dtypes_and_attrs(corpus, tmp_path):
    report = nl.analyze_to_parquet(corpus, tmp_path, n_jobs=2, chunksize=3, progress=False)
    assert (report["chunks"], report["written"], report["skipped"]) == (3, [0, 1, 2], [])
    expected = nl.analyze(nl.read_articles(corpus), chunksize=8)
    back = nl.read_tables(tmp_path)
    assert list(back) == [*TABLES, "articles"]
    for name in TABLES:
        pd.testing.assert_frame_equal(back[name], expected[name])
        assert report["rows"][name] == len(expected[name])
        assert sorted(p.name for p in (tmp_path / name).iterdir()) == [f"chunk-{k:06d}.parquet" for k in range(3)]
    pd.testing.assert_frame_equal(back["articles"], schema.conform(nl.read_articles(corpus), "articles"))
    one = pd.read_parquet(tmp_path / "entities" / "chunk-000001.parquet")
    assert one.attrs["newslib"]["chunk"] == 1 and one.attrs["newslib"]["version"] == nl.__version__
    assert one["label"].dtype == schema.empty("entities")["label"].dtype
    assert back["quotes"].attrs["newslib"]["complete"] is True


def test_parquet_run_interrupted_then_resumed_skips_finished_chunks(corpus, tmp_path, monkeypatch):
    real_tick = pipeline._tick
    seen = []

    def interrupt_after_two(bar, n):
        seen.append(n)
        if len(seen) == 2:
            raise KeyboardInterrupt
        real_tick(bar, n)

    monkeypatch.setattr(pipeline, "_tick", interrupt_after_two)
    with pytest.raises(KeyboardInterrupt):
        nl.analyze_to_parquet(corpus, tmp_path, ["sentences", "timeline"], chunksize=2, progress=False)
    monkeypatch.setattr(pipeline, "_tick", real_tick)
    assert sorted(p.name for p in (tmp_path / "_done").iterdir()) == ["chunk-000000.json"]
    with pytest.warns(UserWarning, match="not complete"):
        partial = nl.read_tables(tmp_path)
    assert partial["sentences"]["article_id"].unique().tolist() == nl.read_articles(corpus)["article_id"][:2].tolist()

    before = _mtimes(tmp_path)
    time.sleep(0.01)
    report = nl.analyze_to_parquet(corpus, tmp_path, ["sentences", "timeline"], chunksize=2, progress=False)
    assert (report["written"], report["skipped"]) == ([1, 2, 3], [0])
    after = _mtimes(tmp_path)
    rewritten = sorted(k for k in after if before.get(k) != after[k])
    assert rewritten == sorted(f"{t}/chunk-{k:06d}.parquet" for t in ("sentences", "timeline", "articles") for k in (1, 2, 3))
    arts = nl.read_articles(corpus)
    back = nl.read_tables(tmp_path)
    pd.testing.assert_frame_equal(back["sentences"], nl.sentences(arts))
    pd.testing.assert_frame_equal(back["timeline"], nl.timeline(arts))

    again = nl.analyze_to_parquet(corpus, tmp_path, ["sentences", "timeline"], chunksize=2, progress=False)
    assert (again["written"], again["skipped"]) == ([], [0, 1, 2, 3]) and _mtimes(tmp_path) == after


def test_parquet_refuses_to_mix_runs_with_other_options(corpus, tmp_path):
    nl.analyze_to_parquet(corpus, tmp_path, ["sentences"], chunksize=4, progress=False)
    with pytest.raises(ValueError, match="other options"):
        nl.analyze_to_parquet(corpus, tmp_path, ["sentences"], chunksize=3, progress=False)
    report = nl.analyze_to_parquet(corpus, tmp_path, ["sentences"], chunksize=3, overwrite=True, progress=False)
    assert report["written"] == [0, 1, 2]
    assert sorted(p.name for p in (tmp_path / "sentences").iterdir()) == [f"chunk-{k:06d}.parquet" for k in range(3)]
    pd.testing.assert_frame_equal(nl.read_tables(tmp_path)["sentences"], nl.sentences(nl.read_articles(corpus)))


def test_an_error_names_the_table_and_the_chunk(many):
    def broken(articles):
        raise ZeroDivisionError("boom")

    with pytest.raises(ZeroDivisionError) as err:
        nl.analyze(many, ["sentences", broken], chunksize=3)
    ids = many["article_id"].tolist()
    assert err.value.__notes__ == [f"newslib: while computing table 'broken' for 3 article(s) {ids[0]} … {ids[2]}"]


_SEED_SCRIPT = """
import hashlib, sys
import newslib as nl
arts = nl.read_articles(sys.argv[1]).iloc[5000:5600]
for name in ("sentences", "quotes", "entities", "timeline"):
    df = getattr(nl, name)(arts)
    print(name, len(df), hashlib.sha1(df.to_csv(index=False).encode()).hexdigest())
"""


def test_tables_do_not_depend_on_the_hash_seed():
    # spawned workers each get their own str hash seed: a table that iterated a set of names
    # (quotes' speaker resolution did) could differ between n_jobs=1 and n_jobs=2
    import subprocess
    import sys

    path = shared_path("saudinewsnet", "dev.jsonl.gz")
    outs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        outs.append(subprocess.run([sys.executable, "-c", _SEED_SCRIPT, str(path)], env=env, check=True,
                                   capture_output=True, text=True).stdout)
    assert outs[0].splitlines()[1].startswith("quotes 1")  # the articles do contain quotes
    assert outs[0] == outs[1]
