"""``make report``: run the main job on a corpus and write everything under ``reports/``.

Usage: ``python -m newslib.report [DATA] [OUT] [--timeout S] [--n-jobs N] [--limit N|all] [--notebooks DIR]``
(defaults: ``data``, ``reports``; ``--help`` says more).

1. Reads the articles of ``DATA`` and writes the tables (articles, sentences, quotes, entities,
   timeline) as CSV under ``OUT/tables/`` (UTF-8 with BOM, so spreadsheet programs show the
   Arabic), computed by :func:`newslib.analyze` (in worker processes from 200 articles on),
   and prints their row counts.
2. Executes every numbered notebook of ``notebooks/`` headless, each in a fresh kernel (their
   ``parameters`` cell is followed by an injected cell pointing ``DATA`` at the corpus and
   ``FIGURES`` at ``OUT/figures``), and writes ``OUT/NAME.html``; prints a line as each starts
   and one as it ends (time taken, the kernel's peak memory).
3. Prints a summary (notebooks ok, failures with the cell where each failed, where the HTML and
   the figures are).

A notebook that fails does not stop the report: a cell error, a notebook over its time limit
(the kernel is killed) or a kernel that dies (killed for lack of memory, a crash) is reported
as ``FAILED`` and the next notebook runs. Ctrl-C or SIGTERM stops the report and its kernel.

Exit status: 0 all notebooks ok, 1 some failed, 2 bad arguments or unreadable data,
130 interrupted by Ctrl-C (SIGINT), 143 stopped by SIGTERM.
"""

from __future__ import annotations

import argparse
import asyncio
import glob
import math
import os
import re
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TABLES = ("sentences", "quotes", "entities", "timeline")
#: Wall-clock limit for all the cells of one notebook together (``--timeout``).
DEFAULT_TIMEOUT = 20 * 60
#: Below this many articles the tables are computed in the report's own process: starting a
#: worker (a fresh interpreter that loads lexicons and models) costs more than it saves.
SMALL_CORPUS = 200
#: Seconds a kernel may take to start and answer (a busy machine needs more than nbclient's 60).
STARTUP_TIMEOUT = 120

_signal_received: int | None = None
_ANSI = re.compile(r"\x1b\[[0-9;]*m")  # colours of IPython tracebacks


# ----------------------------------------------------------------------------- tables
def write_tables(data: Path, out: Path, n_jobs: int | None = None,
                 progress: bool | None = None) -> dict[str, tuple[Path, int]]:
    """Read ``data``, compute every table with :func:`newslib.analyze`, write one CSV per table.

    Args:
        data: A corpus file or folder (anything :func:`newslib.read_articles` reads).
        out: Folder for ``articles.csv``, ``sentences.csv`` … (created if missing).
        n_jobs: Worker processes for :func:`newslib.analyze`; ``None`` chooses: one process
            below :data:`SMALL_CORPUS` articles, else two (or the cores there are, if fewer).
        progress: Show a progress bar of articles done (``None``: when stderr is a terminal).

    Returns:
        ``{table: (csv path, rows)}``, articles first. The CSVs are UTF-8 with a BOM.

    Example:
        >>> import tempfile
        >>> out = write_tables(Path("data"), Path(tempfile.mkdtemp()), n_jobs=1, progress=False)
        >>> {name: rows for name, (path, rows) in out.items()}["articles"]
        2
    """
    import newslib as nl
    from newslib import pipeline

    out.mkdir(parents=True, exist_ok=True)
    articles = nl.read_articles(data)
    if n_jobs is None:
        n_jobs = 1 if len(articles) < SMALL_CORPUS else min(2, pipeline._workers(-1))
    if progress is None:
        progress = sys.stderr.isatty()
    frames = {"articles": articles}
    frames.update(nl.analyze(articles, pipeline.available_tables(), n_jobs=n_jobs, progress=progress))
    written = {}
    for name, df in frames.items():
        p = out / f"{name}.csv"
        df.to_csv(p, index=False, encoding="utf-8-sig")
        written[name] = (p, len(df))
    return written


# ----------------------------------------------------------------------------- notebooks
def notebooks(folder: Path | None = None) -> list[Path]:
    """The numbered notebooks to run, in order (solutions are not part of the report)."""
    folder = folder or ROOT / "notebooks"
    return sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb"))


def _first_line(cell) -> str:
    lines = [s for s in (cell.source.strip().splitlines() if cell is not None else []) if s.strip()]
    return lines[0].strip() if lines else ""


def _where(cell, count: int) -> str:
    """``cell K: first line`` (K is the ``In [K]`` number of the cell in the HTML)."""
    return f"cell {count}: {_first_line(cell)}" if cell is not None else "before the first cell"


def _mark(cell, count: int, text: str) -> None:
    """Number the cell that was running and say in its output what happened (for the HTML)."""
    import nbformat

    if cell is not None:
        cell.execution_count = count
        cell.setdefault("outputs", []).append(
            nbformat.v4.new_output("stream", name="stderr", text=f"[make report] {text}\n"))


def _peak_memory(pid: int | None) -> int | None:
    """Peak resident memory of a live process in bytes (Linux: VmHWM), else None."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except (OSError, TypeError):
        return None
    m = re.search(r"^VmHWM:\s+(\d+) kB", status, re.M)
    return int(m[1]) * 1024 if m else None


async def _shutdown(km, client, state: dict) -> None:
    """Kill the kernel (and the processes it started: its process group) and close the channels."""
    state["peak_memory"] = _peak_memory(state.get("pgid"))
    try:
        if client.kc is not None:
            client.kc.stop_channels()
        if km.has_kernel:
            await asyncio.wait_for(km.shutdown_kernel(now=True), timeout=10)
        state["stopped"] = True
    except Exception:  # the synchronous kill in run_notebook takes over
        pass


async def _execute(nb, cwd: Path, timeout: float, state: dict) -> str | None:
    """Run every code cell of ``nb`` in a fresh kernel within ``timeout`` seconds in all.

    Returns None, or why the notebook failed. The kernel is killed whatever happens.
    """
    import logging

    from jupyter_client.manager import AsyncKernelManager
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
    from nbclient.util import ensure_async

    deadline = math.inf  # the clock starts when the kernel is ready

    def remaining(cell=None) -> int:  # nbclient's limit is per cell: give each what is left
        return max(1, math.ceil(deadline - time.monotonic()))

    quiet = logging.getLogger("newslib.report.nbclient")  # we report failures ourselves
    quiet.propagate, quiet.disabled = False, True
    cell, count = None, 0
    with tempfile.TemporaryDirectory(prefix="newslib-kernel-") as sockets:
        # An *async* kernel manager: with a blocking one, nbclient waits for output on the
        # event loop itself, so a dead kernel (no more output) hangs it forever and its
        # kernel-alive check never runs. Unix sockets, not unencrypted local TCP.
        km = AsyncKernelManager(kernel_name="python3", transport="ipc", ip=str(Path(sockets) / "kernel"))
        client = NotebookClient(nb, km=km, timeout=STARTUP_TIMEOUT, timeout_func=remaining,
                                startup_timeout=STARTUP_TIMEOUT, log=quiet,
                                resources={"metadata": {"path": str(cwd)}})
        try:
            await client.async_start_new_kernel(cwd=str(cwd))
            state["pgid"] = km.provisioner.pgid or km.provisioner.pid  # the kernel's pid too
            await client.async_start_new_kernel_client()
            reply = await client.async_wait_for_reply(await ensure_async(client.kc.kernel_info()))
            if reply and "language_info" in reply["content"]:
                nb.metadata["language_info"] = reply["content"]["language_info"]
            deadline = time.monotonic() + timeout
            for index, cell in enumerate(nb.cells):
                if cell.cell_type != "code" or not cell.source.strip():
                    continue
                count = client.code_cells_executed + 1
                if time.monotonic() >= deadline:
                    raise CellTimeoutError("notebook time limit reached")
                await client.async_execute_cell(cell, index, execution_count=count)
            client.set_widgets_metadata()  # progress bars (ipywidgets) show in the HTML
            return None
        except CellTimeoutError:
            why = f"timed out after {timeout:g} s"
            _mark(cell, count, why + "; the kernel was killed")
            return f"{why} in {_where(cell, count)}"
        except DeadKernelError:
            if asyncio.current_task().cancelling():  # nbclient reads "cancelled" as a dead kernel
                raise asyncio.CancelledError from None  # (Ctrl-C, or a signal during the wait)
            _mark(cell, count, "the kernel died while running this cell (out of memory?)")
            return f"kernel died — out of memory? ({_where(cell, count)})"
        except CellExecutionError as e:
            text = _ANSI.sub("", str(e)).strip()
            last = text.splitlines()[-1] if text else repr(e)
            return f"{last} ({_where(cell, count)})"
        except (RuntimeError, TimeoutError) as e:  # the kernel did not start or answer
            if not km.has_kernel or not await km.is_alive():
                return f"kernel died — out of memory? ({_where(cell, count)}: {e})"
            return f"{type(e).__name__}: {e} ({_where(cell, count)})"
        finally:
            await _shutdown(km, client, state)


def run_notebook(path: Path, data: Path, out: Path, timeout: float = DEFAULT_TIMEOUT,
                 stats: dict | None = None, limit: int | None | str = "default") -> tuple[Path, str | None]:
    """Execute one notebook with parameters injected; write ``out/NAME.html``.

    Args:
        path: The notebook; it runs in its own folder, in a fresh kernel.
        data: The corpus, injected as ``DATA`` after the ``parameters`` cell (``FIGURES`` is
            ``out/figures``).
        out: Folder for the HTML.
        timeout: Seconds for all the cells of the notebook together (the kernel's start is
            not counted: it has :data:`STARTUP_TIMEOUT`); past it the kernel is killed and the
            notebook reported as timed out.
        stats: A dict that receives ``peak_memory``: the kernel's peak resident memory in
            bytes (None where unknown: a kernel that died, or not Linux).
        limit: Injected as ``LIMIT`` (the size of the random sample notebooks 02–06 analyse;
            None: every article); ``"default"`` injects nothing, so each notebook keeps its own.

    Returns:
        The HTML path and None, or why the notebook failed with the cell, e.g.
        ``"ZeroDivisionError: division by zero (cell 2: 1 / 0)"``,
        ``"timed out after 5 s in cell 2: time.sleep(60)"`` or
        ``"kernel died — out of memory? (cell 3: …)"``. The HTML is written in every case.

    Raises:
        KeyboardInterrupt: On Ctrl-C (or SIGTERM under :func:`main`), after killing the kernel.
    """
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(path, as_version=4)
    figures = out / "figures"
    params = f"# Parameters injected by `make report`\nDATA = {str(data)!r}\nFIGURES = {str(figures)!r}"
    if limit != "default":
        params += f"\nLIMIT = {limit!r}"
    inject = nbformat.v4.new_code_cell(
        params,
        metadata={"tags": ["injected-parameters"]},
    )
    idx = next((i for i, c in enumerate(nb.cells) if "parameters" in c.get("metadata", {}).get("tags", [])), None)
    nb.cells.insert(0 if idx is None else idx + 1, inject)
    state: dict = {} if stats is None else stats
    try:
        error = asyncio.run(_execute(nb, path.parent, timeout, state))
    finally:
        pgid = state.get("pgid")
        if pgid and not state.get("stopped"):  # interrupted mid-shutdown: no kernel may outlive us
            try:
                os.killpg(pgid, signal.SIGKILL)
            except OSError:
                pass
    html, _ = HTMLExporter().from_notebook_node(nb)
    target = out / f"{path.stem}.html"
    target.write_text(html, encoding="utf-8")
    return target, error


# ----------------------------------------------------------------------------- output
def figure_listing(folder: Path, since: float = 0.0) -> str:
    """Where the charts are: one line per chart written since ``since`` (a time stamp), with
    its formats, e.g. ``02_quotes_per_speaker.{csv,pdf,png,svg}``; older files are counted.

    Example:
        >>> import tempfile
        >>> d = Path(tempfile.mkdtemp())
        >>> for ext in ("png", "svg", "csv"):
        ...     _ = (d / f"02_quotes.{ext}").write_text("")
        >>> print(figure_listing(d).replace(str(d), "FIGURES"))
        figures: 1 chart (3 files) in FIGURES
          02_quotes.{csv,png,svg}
    """
    files = sorted(p for p in folder.glob("*") if p.is_file()) if folder.is_dir() else []
    new = [p for p in files if p.stat().st_mtime >= since]
    charts: dict[str, list[str]] = {}
    for p in new:
        charts.setdefault(p.stem, []).append(p.suffix.lstrip("."))
    lines = [f"figures: {len(charts)} chart{'s' if len(charts) != 1 else ''} ({len(new)} files) in {folder}"]
    lines += [f"  {stem}.{{{','.join(sorted(exts))}}}" for stem, exts in charts.items()]
    if len(files) > len(new):
        lines.append(f"  (and {len(files) - len(new)} older files from earlier runs)")
    return "\n".join(lines)


def _duration(seconds: float) -> str:
    """``41.2 s``, ``3 min 05 s``.

    Example:
        >>> _duration(41.24), _duration(185)
        ('41.2 s', '3 min 05 s')
    """
    if seconds < 60:
        return f"{seconds:.1f} s"
    return f"{int(seconds // 60)} min {int(seconds % 60):02d} s"


def _size(n: int) -> str:
    """``812 MB``, ``1.3 GB``.

    Example:
        >>> _size(812 * 2**20), _size(int(1.3 * 2**30))
        ('812 MB', '1.3 GB')
    """
    return f"{n / 2**20:.0f} MB" if n < 2**30 else f"{n / 2**30:.1f} GB"


def _show(p: Path) -> str:
    """A path relative to the working folder when it is inside it (shorter lines)."""
    try:
        return str(p.relative_to(Path.cwd()))
    except ValueError:
        return str(p)


def say(*parts) -> None:
    print(*parts, flush=True)


# ----------------------------------------------------------------------------- command line
def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m newslib.report",
        description="Run newslib on a corpus: write its tables as CSV, execute the numbered "
                    "notebooks on it (a fresh kernel each) and save them as HTML with their charts.",
        epilog="Exit status: 0 all notebooks ok, 1 some failed, 2 bad arguments or data, "
               "130 Ctrl-C, 143 SIGTERM. Example: python -m newslib.report "
               "../shared/corpora/bbc_arabic_2017/articles.jsonl.gz reports/bbc --timeout 3600")
    p.add_argument("data", nargs="?", default="data", metavar="DATA",
                   help="corpus file, folder or glob pattern: text, JSON Lines (.jsonl, "
                        ".jsonl.gz), CSV, HTML (default: %(default)s)")
    p.add_argument("out", nargs="?", default="reports", metavar="OUT",
                   help="output folder: NAME.html, figures/, tables/ (default: %(default)s)")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="S",
                   help="seconds the cells of one notebook may take together (the kernel's "
                        f"start has its own {STARTUP_TIMEOUT} s); past it the kernel is killed "
                        "and the next notebook runs (default: %(default)g)")
    p.add_argument("--n-jobs", type=int, default=None, metavar="N",
                   help="worker processes for the tables (-1: every core; default: 1 below "
                        f"{SMALL_CORPUS} articles, else 2)")
    p.add_argument("--notebooks", type=Path, default=None, metavar="DIR",
                   help="folder of the NN_*.ipynb notebooks to run (default: notebooks/ of newslib)")
    p.add_argument("--limit", type=_limit, default="default", metavar="N",
                   help="articles in the random sample that notebooks 02-06 analyse, or 'all' "
                        "(default: each notebook's own LIMIT, 300 or 2,000; the CSV tables "
                        "always cover every article)")
    p.add_argument("--no-tables", action="store_true",
                   help="skip the CSV tables, only run the notebooks")
    return p


def _limit(value: str) -> int | None | str:
    """``--limit``: a positive number of articles, ``all`` (None), or ``default`` (inject nothing).

    Example:
        >>> _limit("all"), _limit("2000"), _limit("default")
        (None, 2000, 'default')
    """
    if value == "default":  # argparse passes a string default through type= too
        return value
    if value.lower() in ("all", "none"):
        return None
    n = int(value)
    if n <= 0:
        raise argparse.ArgumentTypeError("give a positive number of articles or 'all'")
    return n


def _on_signal(signum, frame) -> None:
    global _signal_received
    _signal_received = signum
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """Run the report; returns the exit status (see the module docstring).

    ``main(["data", "reports"])`` does what ``make report`` does.
    """
    global _signal_received
    args = _parser().parse_args(sys.argv[1:] if argv is None else argv)
    data, out = Path(args.data).resolve(), Path(args.out).resolve()
    if not data.exists() and not (glob.has_magic(args.data) and glob.glob(args.data)):
        print(f"newslib.report: error: DATA not found: {args.data} "
              "(give a corpus file or folder, e.g. make report DATA=path/to/corpus)", file=sys.stderr)
        return 2
    books = notebooks(args.notebooks)
    if not books:
        print(f"newslib.report: error: no numbered notebooks (NN_*.ipynb) in "
              f"{args.notebooks or ROOT / 'notebooks'}", file=sys.stderr)
        return 2
    if args.timeout <= 0:
        print("newslib.report: error: --timeout must be a positive number of seconds", file=sys.stderr)
        return 2
    _signal_received = None
    try:  # Ctrl-C and SIGTERM both become KeyboardInterrupt (only possible in the main thread)
        old = {s: signal.signal(s, _on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    except ValueError:
        old = {}
    try:
        return _report(args, data, out, books)
    except KeyboardInterrupt:
        say("\ninterrupted")
        return 128 + (_signal_received or signal.SIGINT)
    finally:
        for s, handler in old.items():
            signal.signal(s, handler)


def _report(args, data: Path, out: Path, books: list[Path]) -> int:
    from newslib.load import LoadError

    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    started = time.time() - 1  # file times are coarse on some filesystems
    if not args.no_tables:
        say(f"tables: reading {_show(data)} …")
        try:
            tables = write_tables(data, out / "tables", n_jobs=args.n_jobs)
        except LoadError as e:
            print(f"newslib.report: error: {e}", file=sys.stderr)
            return 2
        rows = ", ".join(f"{name} {n:,}" for name, (_, n) in tables.items())
        say(f"tables: {len(tables)} CSV files in {_show(out / 'tables')} ({rows} rows) "
            f"in {_duration(time.perf_counter() - t0)}")
    failures: list[tuple[str, str]] = []
    for k, nb in enumerate(books, 1):
        tag = f"[{k}/{len(books)}] {nb.name}"
        say(f"{tag} …")
        t, stats = time.perf_counter(), {}
        html, error = run_notebook(nb, data, out, timeout=args.timeout, stats=stats, limit=args.limit)
        status = "FAILED: " + error if error else "ok"
        took = _duration(time.perf_counter() - t)
        if stats.get("peak_memory"):
            took += f", kernel peak {_size(stats['peak_memory'])}"
        say(f"{tag} {status} ({took}) → {_show(html)}")
        if error:
            failures.append((nb.name, error))
    ok = len(books) - len(failures)
    say(f"\nsummary: {ok} of {len(books)} notebooks ok"
        + (f", {len(failures)} failed" if failures else "")
        + f"; {_duration(time.perf_counter() - t0)} in all")
    for name, error in failures:
        say(f"  FAILED {name}: {error}")
    say(f"HTML: {len(books)} files in {_show(out)}")
    say(figure_listing(out / "figures", since=started))
    if not args.no_tables:
        say(f"tables: {_show(out / 'tables')}")
    return 1 if failures else 0


if __name__ == "__main__":
    status = main()
    if status in (128 + signal.SIGINT, 128 + signal.SIGTERM):
        # stopped, the kernel already killed: leave now, not after the interpreter has torn
        # down pandas, matplotlib and nbconvert (seconds on a busy machine)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    sys.exit(status)
