"""``make report``: run the main job on a data folder and write everything under ``reports/``.

Usage: ``python -m newslib.report [DATA] [OUT]`` (defaults: ``data``, ``reports``).

1. Writes the tables (articles, sentences, quotes, entities, timeline) as CSV under
   ``OUT/tables/`` (UTF-8 with BOM, so spreadsheet programs show the Arabic).
2. Executes every numbered notebook in ``notebooks/`` headless (their ``parameters`` cell is
   followed by an injected cell pointing ``DATA`` at the data folder and ``FIGURES`` at
   ``OUT/figures``), and writes ``OUT/NAME.html``.

Prints where everything is and exits non-zero if a notebook cell fails.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TABLES = ("sentences", "quotes", "entities", "timeline")


def write_tables(data: Path, out: Path) -> list[Path]:
    """Run every extractor on ``data`` and write one CSV per table; returns the paths."""
    import newslib as nl

    out.mkdir(parents=True, exist_ok=True)
    articles = nl.read_articles(data)
    paths = [out / "articles.csv"]
    articles.to_csv(paths[0], index=False, encoding="utf-8-sig")
    for name in TABLES:
        func = getattr(nl, name)
        df = func(articles)
        p = out / f"{name}.csv"
        df.to_csv(p, index=False, encoding="utf-8-sig")
        paths.append(p)
    return paths


def notebooks(folder: Path | None = None) -> list[Path]:
    """The numbered notebooks to run, in order (solutions are not part of the report)."""
    folder = folder or ROOT / "notebooks"
    return sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb"))


def run_notebook(path: Path, data: Path, out: Path, timeout: int = 600) -> tuple[Path, str | None]:
    """Execute one notebook with parameters injected; write ``out/NAME.html``.

    Returns the HTML path and the error text of the failing cell, or None.
    """
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError
    from nbconvert import HTMLExporter

    nb = nbformat.read(path, as_version=4)
    figures = out / "figures"
    inject = nbformat.v4.new_code_cell(
        f"# Parameters injected by `make report`\nDATA = {str(data)!r}\nFIGURES = {str(figures)!r}",
        metadata={"tags": ["injected-parameters"]},
    )
    idx = next((i for i, c in enumerate(nb.cells) if "parameters" in c.get("metadata", {}).get("tags", [])), None)
    nb.cells.insert(0 if idx is None else idx + 1, inject)
    import tempfile

    from jupyter_client.manager import KernelManager

    error = None
    with tempfile.TemporaryDirectory(prefix="newslib-kernel-") as sockets:
        # talk to the kernel over Unix sockets, not unencrypted local TCP (ipykernel warns about it)
        km = KernelManager(kernel_name="python3", transport="ipc", ip=str(Path(sockets) / "kernel"))
        client = NotebookClient(nb, km=km, timeout=timeout, resources={"metadata": {"path": str(path.parent)}})
        try:
            client.execute()
        except CellExecutionError as e:
            error = str(e).strip().splitlines()[-1] if str(e).strip() else repr(e)
        finally:
            if km.has_kernel:
                km.shutdown_kernel(now=False)
    html, _ = HTMLExporter().from_notebook_node(nb)
    target = out / f"{path.stem}.html"
    target.write_text(html, encoding="utf-8")
    return target, error


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


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    data = Path(argv[0] if argv else "data").resolve()
    out = Path(argv[1] if len(argv) > 1 else "reports").resolve()
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    started = time.time() - 1  # file times are coarse on some filesystems
    tables = write_tables(data, out / "tables")
    print(f"tables: {len(tables)} CSV files in {out / 'tables'}")
    failures = []
    for nb in notebooks():
        t = time.perf_counter()
        html, error = run_notebook(nb, data, out)
        status = "FAILED: " + error if error else "ok"
        print(f"{nb.name}: {status} ({time.perf_counter() - t:.1f} s) → {html}")
        if error:
            failures.append(nb.name)
    print(figure_listing(out / "figures", since=started))
    print(f"report written to {out} in {time.perf_counter() - t0:.1f} s")
    if failures:
        print(f"{len(failures)} notebook(s) failed: {', '.join(failures)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
