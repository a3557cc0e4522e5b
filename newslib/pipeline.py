"""A whole archive at once: every table for many articles, in parallel, streamed, to Parquet.

* :func:`analyze` runs the table functions (``sentences``, ``quotes``, ``entities``,
  ``timeline`` …) over an articles table in chunks, optionally in worker processes, and returns
  the same frames whatever ``n_jobs`` is: every table's ids count within an article, so chunks
  of articles concatenated in order give exactly what one call gives.
* :func:`iter_articles` reads a corpus chunk by chunk (JSON Lines line by line, other formats a
  file at a time), so an archive larger than memory can be processed.
* :func:`analyze_to_parquet` writes each table as a Parquet dataset, one file per chunk, and
  skips the chunks already written when run again; :func:`read_tables` reads them back.

Tables are named (``getattr(newslib, name)``) or given as functions ``articles → DataFrame``.

Example:
    >>> import newslib as nl
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "text": ["قال الوزير: «نعم». ثم غادر.", "وصل الوفد أمس."]})
    >>> out = analyze(arts, tables=["sentences"], chunksize=1)
    >>> out["sentences"][["article_id", "sentence_id", "text"]].values.tolist()
    [['a', 0, 'قال الوزير: «نعم».'], ['a', 1, 'ثم غادر.'], ['b', 0, 'وصل الوفد أمس.']]
    >>> out["sentences"].attrs["newslib"]["function"]
    'analyze'
"""

from __future__ import annotations

import codecs
import collections
import gzip
import io
import json
import math
import multiprocessing
import os
import signal
import time
import zlib
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping, Sequence

import pandas as pd

from newslib import lexicons, load, schema

#: The tables :func:`analyze` computes by default (those that exist in this installation).
DEFAULT_TABLES = ("sentences", "quotes", "entities", "timeline")
#: Articles per chunk for :func:`analyze` when ``chunksize`` is not given.
ANALYZE_CHUNKSIZE = 250
#: A short article that exercises every table: workers run it once to load lexicons and models.
WARMUP_TEXT = ("قال الرئيس المصري عبد الفتاح السيسي في القاهرة يوم الأحد 5 مايو 2020: «نحن متفائلون». "
               "وأضاف أن وزارة الخارجية ستعقد اجتماعا الشهر المقبل.")

TableSpec = tuple[str, Callable | str, dict]


# ----------------------------------------------------------------------------- tables
def _specs(tables) -> tuple[TableSpec, ...]:
    """Normalise ``tables`` to ``((name, func_or_name, kwargs), …)``; names are resolved late
    (in the worker) so a spec pickles as plain strings."""
    if isinstance(tables, (str, bytes)) or callable(tables):
        tables = [tables]
    items = tables.items() if isinstance(tables, Mapping) else ((t, None) for t in tables)
    out = []
    for t, kw in items:
        if callable(t):
            out.append((t.__name__, t, dict(kw or {})))
        elif isinstance(t, str):
            _resolve(t)  # fail early on a wrong name
            out.append((t, t, dict(kw or {})))
        else:
            raise TypeError(f"a table is a name or a function of an articles frame, not {type(t).__name__}")
    names = [n for n, _, _ in out]
    if len(set(names)) != len(names):
        raise ValueError(f"table names repeat: {names}")
    if not out:
        raise ValueError("no tables asked for")
    return tuple(out)


def _resolve(name: str) -> Callable:
    import newslib

    try:
        func = getattr(newslib, name)
    except AttributeError:
        raise ValueError(f"unknown table {name!r}: newslib has no function of that name") from None
    if not callable(func):
        raise ValueError(f"newslib.{name} is not a function of an articles frame")
    return func


def available_tables() -> tuple[str, ...]:
    """The default tables whose functions exist in this installation, in order.

    Example:
        >>> "sentences" in available_tables()
        True
    """
    import newslib

    return tuple(n for n in DEFAULT_TABLES if callable(getattr(newslib, n, None)))


_SECONDS = "__seconds__"


def _run_chunk(chunk: pd.DataFrame, specs: tuple[TableSpec, ...]) -> dict:
    """Every table for one chunk of articles (runs in a worker or in the caller).

    Returns ``{table: frame, …, "__seconds__": {table: seconds}}``. An error names the table
    and the chunk's first and last article ids.
    """
    out: dict = {}
    seconds = {}
    # the named entities table first: the named quotes table takes it (speakers are entities)
    order = sorted(specs, key=lambda sp: 0 if sp[1] == "entities" else 1)
    for name, func, kw in order:
        f = _resolve(func) if isinstance(func, str) else func
        if func == "quotes" and "entities" not in kw and any(sp[1] == "entities" and not sp[2] for sp in specs):
            kw = {**kw, "entities": out[next(sp[0] for sp in specs if sp[1] == "entities")]}
        t0 = time.perf_counter()
        try:
            out[name] = f(chunk, **kw)
        except Exception as e:
            ids = chunk["article_id"].tolist() if "article_id" in chunk.columns else []
            e.add_note(f"newslib: while computing table {name!r} for {len(chunk)} article(s)"
                       + (f" {ids[0]} … {ids[-1]}" if ids else ""))
            raise
        seconds[name] = time.perf_counter() - t0
    out = {name: out[name] for name, _, _ in specs}
    out[_SECONDS] = seconds
    return out


def _init_worker(specs: tuple[TableSpec, ...], lexicon_folders: tuple[str, ...] | None = None) -> None:
    """Worker initializer: leave Ctrl-C to the parent, one BLAS thread, the parent's word lists
    (``lexicon_folders``, see :func:`newslib.lexicons.use`), then load lexicons and models once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if lexicon_folders is not None:  # a spawned worker does not share the parent's module state
        lexicons.use(lexicon_folders)
    from threadpoolctl import threadpool_limits

    # the BiLSTM of nl.entities multiplies matrices with numpy; OpenBLAS would start a thread per
    # core in every worker, and n_jobs workers × cores threads spin against each other (n_jobs=2
    # on two cores ran 2.8 times slower)
    threadpool_limits(1)
    warm(specs)


def warm(tables=DEFAULT_TABLES) -> None:
    """Run every table once on a short article, so lexicons and models are loaded.

    Worker processes call this once when they start; call it yourself before timing.

    Example:
        >>> warm(["sentences"])
    """
    specs = tables if tables and isinstance(tables, tuple) and isinstance(tables[0], tuple) else _specs(_existing(tables))
    one = schema.conform([{"article_id": "warmup", "text": WARMUP_TEXT, "published": "2020-05-04"}], "articles")
    for name, func, kw in specs:
        try:
            (_resolve(func) if isinstance(func, str) else func)(one, **kw)
        except Exception:  # a stand-in may not handle the warm-up article; the real call will tell
            pass


def _existing(tables):
    if tables is DEFAULT_TABLES or tables is None:
        return available_tables()
    return tables


def _workers(n_jobs: int | None) -> int:
    if n_jobs is None or n_jobs == 0:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, cores + 1 + n_jobs) if n_jobs < 0 else n_jobs


# ----------------------------------------------------------------------------- the engine
def _tick(bar, n: int) -> None:
    """Called in the parent after each finished chunk (a seam for tests: raise to interrupt)."""
    bar.update(n)


def _map_chunks(chunks: Iterable[tuple[int, pd.DataFrame | None]], specs, n_jobs: int, bar,
                n_chunks: int | None = None) -> Iterator[tuple[int, dict | None]]:
    """Yield ``(index, {table: frame})`` for each ``(index, chunk)`` in the input order.

    A ``None`` chunk is passed through as ``None`` (a chunk to skip). With ``n_jobs > 1``
    chunks go to a pool of spawned worker processes, at most two per worker in flight, so
    memory stays bounded while streaming. Ctrl-C (or any error) cancels what is pending,
    stops the workers (mid-chunk: those results are not wanted) and re-raises. No more workers
    than ``n_chunks`` (when known) are started; for one chunk none is.
    """
    workers = _workers(n_jobs) if n_chunks is None else min(_workers(n_jobs), n_chunks)
    if workers <= 1:
        warm(specs)
        for i, chunk in chunks:
            if chunk is None:
                yield i, None
                continue
            res = _run_chunk(chunk, specs)
            _tick(bar, len(chunk))
            yield i, res
        return

    from concurrent.futures import ProcessPoolExecutor

    ex = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                             initializer=_init_worker, initargs=(specs, lexicons.folders()))
    window: collections.deque = collections.deque()
    try:
        for i, chunk in chunks:
            window.append((i, None if chunk is None else len(chunk),
                           None if chunk is None else ex.submit(_run_chunk, chunk, specs)))
            while len(window) > 2 * workers or (window and window[0][2] is None):
                yield _collect(window.popleft(), bar)
        while window:
            yield _collect(window.popleft(), bar)
    except BaseException:
        for _, _, fut in window:
            if fut is not None:
                fut.cancel()
        _stop(ex)
        raise
    ex.shutdown(wait=True)


def _stop(ex) -> None:
    """Shut a pool down at once: cancel what is queued and end the workers mid-chunk (their
    results would be thrown away), instead of waiting for the chunks being computed."""
    procs = list(getattr(ex, "_processes", None) or {})
    procs = [ex._processes[k] for k in procs] if procs else []
    ex.shutdown(wait=False, cancel_futures=True)
    for proc in procs:
        proc.terminate()
    for proc in procs:
        proc.join(timeout=5)
        if proc.is_alive():
            proc.kill()
            proc.join()


def _collect(item, bar):
    i, n, fut = item
    if fut is None:
        return i, None
    from concurrent.futures.process import BrokenProcessPool

    try:
        res = fut.result()
    except BrokenProcessPool as e:
        raise RuntimeError(
            "a newslib worker process died. In a script, call analyze(n_jobs=…) under "
            "`if __name__ == \"__main__\":` (worker processes are spawned and import the script); "
            "otherwise a worker ran out of memory: use a smaller chunksize") from e
    _tick(bar, n)
    return i, res


def _progress(total: int | None, show: bool | None, desc: str):
    from tqdm.auto import tqdm

    if show is None:
        show = total is None or total >= 2000
    return tqdm(total=total, unit="article", desc=desc, disable=not show, leave=False)


def _attrs(function: str, **options) -> dict:
    import newslib

    return {"newslib": {"version": newslib.__version__, "function": function, **options,
                        "lexicons": lexicons.provenance()}}


def _concat(name: str, parts: list[pd.DataFrame]) -> pd.DataFrame:
    df = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0].reset_index(drop=True)
    if name in schema.TABLES:  # categories of chunks may differ: cast back to the schema
        df = schema.conform(df, name, extra=True)
    return df


# ----------------------------------------------------------------------------- analyze
def analyze(
    articles: pd.DataFrame,
    tables: Sequence[str | Callable] | Mapping[str, dict] = DEFAULT_TABLES,
    n_jobs: int | None = 1,
    *,
    chunksize: int | None = None,
    progress: bool | None = None,
) -> dict[str, pd.DataFrame]:
    """Compute several tables for many articles, in parallel if asked; same result for any ``n_jobs``.

    Args:
        articles: The articles table (needs ``article_id`` and ``text``; ``published`` for
            timelines). It is not modified.
        tables: Names of newslib functions (default: every one of ``sentences, quotes,
            entities, timeline`` that exists), functions ``articles → DataFrame``, or a mapping
            ``name → keyword arguments`` (e.g. ``{"quotes": {"include_titles": True}}``).
        n_jobs: Worker processes: 1 (default) computes here; ``-1`` uses every core, ``-2``
            all but one. Each worker loads lexicons and models once, then takes chunks.
        chunksize: Articles per chunk (default 250, less when that gives fewer than four
            chunks per worker). Functions given as such must be importable (defined in a
            module, not in a notebook cell) for ``n_jobs > 1``.
        progress: Show a progress bar of articles done (default: for 2,000 articles or more).

    Returns:
        ``{table name: DataFrame}``, each frame equal to calling the function once on all
        articles (same rows, order and ids), with ``df.attrs["newslib"]`` recording the
        version, the options used, ``seconds`` spent in that table's function (summed over
        workers) and the ``wall_seconds`` of the whole call.

    Raises:
        KeyboardInterrupt: On Ctrl-C, after pending chunks are cancelled and the workers stopped.

    Example:
        >>> arts = pd.DataFrame({"article_id": ["a"], "text": ["أعلنت الوزارة النتائج. وقال الوزير إنها جيدة؟"]})
        >>> analyze(arts, ["sentences"])["sentences"]["text"].tolist()
        ['أعلنت الوزارة النتائج.', 'وقال الوزير إنها جيدة؟']
    """
    schema.require(articles, ("article_id", "text"), "nl.analyze")  # fail here, not in a worker
    specs = _specs(_existing(tables))
    n = len(articles)
    # by default at least four chunks per worker, so that the workers finish together
    size = chunksize or max(1, min(ANALYZE_CHUNKSIZE, math.ceil(n / (4 * _workers(n_jobs)))))
    if size < 1:
        raise ValueError("chunksize must be at least 1")
    chunks = ((k, articles.iloc[s:s + size]) for k, s in enumerate(range(0, n, size)))
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name, _, _ in specs}
    seconds = dict.fromkeys(parts, 0.0)
    t0 = time.perf_counter()
    with _progress(n, progress, "analyze") as bar:
        for _, res in _map_chunks(chunks, specs, n_jobs, bar, math.ceil(n / size)):
            for name in parts:
                parts[name].append(res[name])
                seconds[name] += res[_SECONDS][name]
    wall = time.perf_counter() - t0
    out = {}
    for name, func, kw in specs:
        if not parts[name]:  # no articles: the function's own empty frame
            parts[name].append(_run_chunk(articles.iloc[:0], ((name, func, kw),))[name])
        df = _concat(name, parts[name])
        df.attrs = _attrs("analyze", table=name, tables=[s[0] for s in specs], options=kw,
                          n_jobs=n_jobs, chunksize=size, articles=n,
                          seconds=round(seconds[name], 3), wall_seconds=round(wall, 3))
        out[name] = df
    return out


# ----------------------------------------------------------------------------- streaming
def iter_articles(
    source,
    chunksize: int = 1000,
    *,
    format: str | None = None,
    encoding: str | None = None,
    errors: str = "raise",
    text_column: str | None = None,
) -> Iterator[pd.DataFrame]:
    """Read a corpus as a sequence of articles tables of at most ``chunksize`` rows.

    Takes what :func:`newslib.read_articles` takes and yields the same articles in the same
    order with the same ids (``pd.concat`` of the chunks equals ``read_articles``, up to the
    order of extra columns). JSON Lines files are read line by line, so memory holds one chunk;
    other formats are read one file at a time.

    Args:
        source: A file, a directory, a glob pattern, or a list of these.
        chunksize: Articles per chunk.
        format, encoding, errors, text_column: As for :func:`newslib.read_articles`. For
            JSON Lines without a forced encoding, UTF-8 or Windows-1256 is chosen from the
            first megabyte.

    Yields:
        Articles tables; ``df.attrs["problems"]`` lists records skipped in that chunk (with
        ``errors="warn"``) and ``df.attrs["newslib"]`` the chunk's number.

    Example:
        >>> [len(c) for c in iter_articles("data/", chunksize=1)]
        [1, 1]
    """
    if chunksize < 1:
        raise ValueError("chunksize must be at least 1")
    if errors not in ("raise", "warn"):
        raise ValueError(f"errors must be 'raise' or 'warn', not {errors!r}")
    if format is not None and format not in {"text", "jsonl", "json", "csv", "tsv"}:
        raise ValueError(f"unknown format {format!r}; use one of text, jsonl, json, csv, tsv")
    problems = load._Problems(errors)
    files = load._expand(source)
    seen: dict[str, int] = {}
    buf: list[dict] = []
    k = 0
    reported = 0
    for f in files:
        fmt = format or load._format_of(f) or "text"
        if fmt == "jsonl":
            recs = _stream_jsonl(f, encoding, problems)
        else:
            recs = iter(load._read_file(f, fmt, encoding, text_column, problems, False))
        for rec in recs:
            buf.append(rec)
            if len(buf) >= chunksize:
                yield _chunk_frame(buf, seen, problems.items[reported:], k, errors)
                reported, k, buf = len(problems.items), k + 1, []
    if buf or k == 0:
        yield _chunk_frame(buf, seen, problems.items[reported:], k, errors)


def _chunk_frame(records: list[dict], seen: dict[str, int], problems: list[dict], k: int, errors: str) -> pd.DataFrame:
    files = list(dict.fromkeys(r["_file"] for r in records))
    if any((d / load.METADATA_NAME).is_file() for d in {f.parent for f in files}):
        load._apply_metadata(records, files)
    else:
        for r in records:
            r.pop("_file", None)
            r.pop("_index", None)
    load._unique_ids(records, seen)  # with the ids seen in earlier chunks
    df = schema.conform(records, "articles", extra=True) if records else schema.empty("articles")
    df.attrs["problems"] = list(problems)
    df.attrs.update(_attrs("iter_articles", chunk=k, errors=errors))
    return df


def _stream_jsonl(p: Path, encoding: str | None, problems) -> Iterator[dict]:
    """Records of one JSON Lines file, read line by line (as ``load._read_jsonl`` maps them)."""
    try:
        raw = gzip.open(p, "rb") if p.name.lower().endswith(".gz") else open(p, "rb")
        head = raw.read(1 << 20)
    except (EOFError, gzip.BadGzipFile, zlib.error, OSError) as e:
        problems.add(str(p), "", f"truncated or corrupt gzip file ({e})")
        return
    try:
        if encoding:
            enc = encoding
            codecs.lookup(enc)
        elif head.startswith(codecs.BOM_UTF8):
            enc = "utf-8-sig"
        elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            enc = "utf-16"
        else:  # detect on whole lines of the first megabyte (binary files are refused here)
            cut = head.rfind(b"\n") + 1 if len(head) == 1 << 20 else len(head)
            enc = load.decode(head[:cut or len(head)], name=str(p))[1]
    except LookupError:
        raw.close()
        problems.add(str(p), "", f"unknown encoding {encoding!r}")
        return
    except load.LoadError as e:
        raw.close()
        problems.add(str(p), "", str(e).split(": ", 1)[1] if str(e).startswith(str(p)) else str(e))
        return
    stream = io.TextIOWrapper(_Prefixed(head, raw), encoding=enc, newline="")
    base = {"path": str(p), "encoding": enc}
    stem = load._stem(p)
    count = 0
    n = 0
    with stream:
        while True:
            try:
                line = stream.readline()
            except UnicodeDecodeError as e:
                problems.add(str(p), f"line {n + 1}", f"cannot be decoded as {enc} ({e.reason}); pass encoding=")
                return
            except (EOFError, zlib.error, OSError) as e:
                problems.add(str(p), f"line {n + 1}", f"truncated or corrupt gzip file ({e})")
                return
            if not line:
                return
            n += 1
            if not line.strip():
                continue
            rec = load.jsonl_record(line, n, p, problems)
            if rec is None:
                continue
            rec.update(base)
            rec["_index"] = count
            rec["_file"] = p
            if not rec.get("article_id"):
                rec["article_id"] = f"{stem}-{count}"
            count += 1
            yield rec


class _Prefixed(io.RawIOBase):
    """A binary stream that replays ``head`` then continues reading ``rest``."""

    def __init__(self, head: bytes, rest):
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        if self._head.nbytes:
            n = min(len(b), self._head.nbytes)
            b[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(b))
        b[:len(data)] = data
        return len(data)

    def close(self) -> None:
        self._rest.close()
        super().close()


# ----------------------------------------------------------------------------- Parquet
MANIFEST = "_newslib.json"
DONE_DIR = "_done"


def _fingerprint(source) -> list[list]:
    return [[str(f), f.stat().st_size] for f in load._expand(source)]


def analyze_to_parquet(
    source,
    out_dir: str | os.PathLike,
    tables: Sequence[str | Callable] | Mapping[str, dict] = DEFAULT_TABLES,
    n_jobs: int | None = 1,
    *,
    chunksize: int = 1000,
    articles: bool = True,
    overwrite: bool = False,
    progress: bool | None = None,
    format: str | None = None,
    encoding: str | None = None,
    errors: str = "raise",
    text_column: str | None = None,
) -> dict:
    """Analyse a corpus chunk by chunk into one Parquet dataset per table; resumable.

    ``out_dir/<table>/chunk-000000.parquet`` … hold each chunk's rows with the schema's dtypes
    (and ``df.attrs`` in the Parquet metadata); ``out_dir/_done/`` marks finished chunks. Run
    it again after an interruption and finished chunks are skipped (the source is still read,
    to keep ids unique, but not analysed).

    Args:
        source: As for :func:`iter_articles`.
        out_dir: Directory to write (created if needed).
        tables, n_jobs: As for :func:`analyze`.
        chunksize: Articles per chunk (one file per table and chunk; the unit of resumption).
        articles: Also write the articles table (the schema's columns; extra input fields are
            dropped so every file has the same columns).
        overwrite: Start over when ``out_dir`` holds a run with other options, user word
            lists (``nl.lexicons.use``) or source; otherwise that raises ``ValueError``.
        progress: Progress bar of articles done (default: on).
        format, encoding, errors, text_column: As for :func:`newslib.read_articles`.

    Returns:
        A report: ``{"out_dir", "chunks", "written": [chunk numbers], "skipped": [...],
        "rows": {table: rows written now}, "seconds"}``.

    Example:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     first = analyze_to_parquet("data/", d, ["sentences"], chunksize=1, progress=False)
        ...     again = analyze_to_parquet("data/", d, ["sentences"], chunksize=1, progress=False)
        ...     back = read_tables(d)
        >>> first["written"], again["written"], again["skipped"]
        ([0, 1], [], [0, 1])
        >>> sorted(back), back["sentences"]["article_id"].nunique()
        (['articles', 'sentences'], 2)
    """
    t0 = time.perf_counter()
    specs = _specs(_existing(tables))
    names = [s[0] for s in specs] + (["articles"] if articles else [])
    out = Path(out_dir)
    options = {"tables": names, "table_options": {n: kw for n, _, kw in specs}, "chunksize": chunksize,
               "format": format, "encoding": encoding, "errors": errors, "text_column": text_column,
               "source": _fingerprint(source)}
    if lexicons.folders():  # a run resumed with other word lists would mix two analyses
        options["lexicons"] = lexicons.provenance()
    manifest = out / MANIFEST
    if manifest.exists():
        old = json.loads(manifest.read_text(encoding="utf-8"))
        if old.get("options") != options:
            if not overwrite:
                raise ValueError(f"{out} holds a run with other options, user word lists or another source; "
                                 "pass overwrite=True to start over, or another out_dir")
            _clear(out, old.get("options", {}).get("tables", []))
    out.mkdir(parents=True, exist_ok=True)
    info = _attrs("analyze_to_parquet", **{k: v for k, v in options.items() if k != "source"},
                  source=[s for s, _ in options["source"]])["newslib"]
    _write_json(manifest, {"newslib": info, "options": options, "complete": False})
    done_dir = out / DONE_DIR
    done_dir.mkdir(exist_ok=True)
    for n in names:
        (out / n).mkdir(exist_ok=True)

    report = {"out_dir": str(out), "chunks": 0, "written": [], "skipped": [], "rows": {n: 0 for n in names}}
    held: dict[int, pd.DataFrame] = {}

    def chunks():
        for k, chunk in enumerate(iter_articles(source, chunksize, format=format, encoding=encoding,
                                                errors=errors, text_column=text_column)):
            report["chunks"] = k + 1
            if (done_dir / f"chunk-{k:06d}.json").exists():
                report["skipped"].append(k)
                bar.update(len(chunk))
                yield k, None
                continue
            if articles:
                held[k] = schema.conform(chunk, "articles")
            yield k, chunk

    with _progress(None, True if progress is None else progress, "analyze_to_parquet") as bar:
        for k, res in _map_chunks(chunks(), specs, n_jobs, bar):
            if res is None:
                continue
            res.pop(_SECONDS)
            if articles:
                res["articles"] = held.pop(k)
            rows = {}
            for name, df in res.items():
                df = df.reset_index(drop=True)
                df.attrs = {"newslib": {**info, "table": name, "chunk": k}}
                _write_parquet(df, out / name / f"chunk-{k:06d}.parquet")
                rows[name] = len(df)
                report["rows"][name] += len(df)
            _write_json(done_dir / f"chunk-{k:06d}.json", {"chunk": k, "rows": rows})
            report["written"].append(k)
    _write_json(manifest, {"newslib": info, "options": options, "complete": True, "chunks": report["chunks"]})
    report["seconds"] = round(time.perf_counter() - t0, 3)
    return report


def _write_parquet(df: pd.DataFrame, path: Path) -> None:
    tmp = path.with_name(path.name + ".tmp")
    df.to_parquet(tmp, index=False)
    os.replace(tmp, path)


def _write_json(path: Path, obj) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(obj, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    os.replace(tmp, path)


def _clear(out: Path, names: Iterable[str]) -> None:
    """Remove only what an earlier run wrote: its chunk files and markers."""
    for n in list(names) + [DONE_DIR]:
        for f in (out / n).glob("chunk-*") if (out / n).is_dir() else []:
            f.unlink()
    (out / MANIFEST).unlink(missing_ok=True)


def read_tables(out_dir: str | os.PathLike, tables: Sequence[str] | None = None) -> dict[str, pd.DataFrame]:
    """Read the tables written by :func:`analyze_to_parquet` back into DataFrames.

    Only finished chunks are read (a chunk interrupted half-way is left out), in chunk order,
    and each frame is cast to its schema.

    Args:
        out_dir: The directory given to :func:`analyze_to_parquet`.
        tables: Which tables (default: all that were written).

    Returns:
        ``{table: DataFrame}``; ``df.attrs["newslib"]`` records the run's options and whether
        it was complete (a warning says so when it was not).

    Example:
        >>> import tempfile
        >>> import newslib as nl
        >>> with tempfile.TemporaryDirectory() as d:
        ...     _ = analyze_to_parquet("data/", d, ["sentences"], progress=False)
        ...     len(read_tables(d, ["sentences"])["sentences"]) == len(nl.sentences(nl.read_articles("data/")))
        True
    """
    out = Path(out_dir)
    manifest = out / MANIFEST
    if not manifest.exists():
        raise FileNotFoundError(f"{out}: no {MANIFEST} here; not written by analyze_to_parquet")
    meta = json.loads(manifest.read_text(encoding="utf-8"))
    names = list(tables) if tables is not None else meta["options"]["tables"]
    done = sorted(f.name.removesuffix(".json") for f in (out / DONE_DIR).glob("chunk-*.json"))
    if not meta.get("complete"):
        import warnings

        warnings.warn(f"{out}: the run is not complete ({len(done)} chunk(s) finished); run analyze_to_parquet again to finish it",
                      stacklevel=2)
    result = {}
    for name in names:
        if name not in meta["options"]["tables"]:
            raise ValueError(f"{out} has no table {name!r}; it has {', '.join(meta['options']['tables'])}")
        parts = [pd.read_parquet(out / name / f"{c}.parquet") for c in done]
        if parts:
            df = _concat(name, parts)
        else:
            df = schema.empty(name) if name in schema.TABLES else pd.DataFrame()
        df.attrs = {"newslib": {**meta["newslib"], "table": name, "complete": bool(meta.get("complete")), "chunks": len(done)}}
        result[name] = df
    return result
