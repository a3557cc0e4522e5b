"""Every notebook and solution runs on real corpora, not only on the two bundled articles.

The parameters cell promises to be the only cell to change for your own files. Each notebook
is executed with nbclient, with a cell injected after its ``parameters`` cell that points
``DATA`` at a corpus — BBC Arabic 2017 (446 articles, all with the same crawl date) and a fixed
2,000-article sample of SaudiNewsNet dev (12 outlets) — and ``FIGURES`` at a temporary folder
(the lessons on BBC Arabic run through ``python -m newslib.report`` in tests/test_report.py). The
lessons also run on a single article with no date, no quote and no name, and must say so.
Notebooks that analyse a sample (``LIMIT`` in their parameters cell) get a small one.

Time: a fresh kernel per notebook pays ~15 s (on a busy 2-core machine) to start, import
pandas/matplotlib/newslib and load the entity models before any work; 28 runs did not fit in
``make test``. So the runs of one corpus share one kernel, in a fixed order, and each notebook
starts with ``%reset -f`` and ``plt.close("all")``: its variables are gone, only imported
modules (and their loaded lexicons and models) stay. Isolation itself is checked by nbmake,
which runs every notebook in its own kernel on data/.

Skipped when ../shared is absent (failed in CI: see conftest.shared_path).
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
pytest.importorskip("nbclient")

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
ALL = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")) + sorted((NOTEBOOKS / "solutions").glob("[0-9][0-9]_*.ipynb"))
CORPORA = {"bbc": ("bbc_arabic", 446), "sns": ("sns_sample", 2000), "bare": ("bare_article", 1)}
#: articles analysed by a notebook with a LIMIT parameter, in these runs
TEST_LIMIT = 40
# The lessons on BBC Arabic run through `python -m newslib.report`, as a user would run them
# (tests/test_report.py), so here BBC runs the solutions only.
CASES = [("bbc", nb) for nb in ALL if "solutions" in nb.parts]
CASES += [("sns", nb) for nb in ALL]
# one article without date, quote or name (no ../shared needed): lessons say so, and go on
CASES += [("bare", nb) for nb in ALL if "solutions" not in nb.parts]
SAYS_SO = {
    "02_quote_attribution": "These articles contain no quotes",
    "03_entities": "there is no pair to compare",
    "04_timelines": "0 of 1 articles have a publication date; 1 have none",
    "06_a_corpus_at_scale": "none with a date",
}

RESET = "%reset -f\nimport matplotlib.pyplot as plt\nplt.close('all')\ndel plt"


class Kernel:
    """One kernel at a time, kept for the runs of one corpus and replaced for the next."""

    def __init__(self):
        self.name, self.km, self.dir = None, None, None

    def get(self, name: str):
        if self.name != name or self.km is None or not self.km.is_alive():
            self.stop()
            from jupyter_client.manager import KernelManager

            self.dir = tempfile.TemporaryDirectory(prefix="newslib-kernel-")
            # Unix sockets, not unencrypted local TCP (ipykernel warns about it)
            self.km = KernelManager(kernel_name="python3", transport="ipc", ip=str(Path(self.dir.name) / "kernel"))
            self.km.start_kernel(cwd=str(NOTEBOOKS))
            self.name = name
        return self.km

    def stop(self):
        if self.km is not None and self.km.has_kernel:
            self.km.shutdown_kernel(now=True)
        if self.dir is not None:
            self.dir.cleanup()
        self.name, self.km, self.dir = None, None, None


@pytest.fixture(scope="module")
def kernel():
    k = Kernel()
    yield k
    k.stop()


def run(path: Path, km, data: Path, figures: Path, limit: int | None, timeout: int = 300):
    """Execute a notebook in kernel ``km`` with DATA/FIGURES (and LIMIT) injected after its
    parameters cell, after a reset of the kernel's variables.

    Returns the executed notebook and the error of the failing cell (or None)."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = nbformat.read(path, as_version=4)
    idx = next(i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", []))
    source = f"DATA = {str(data)!r}\nFIGURES = {str(figures)!r}"
    if limit is not None and re.search(r"^LIMIT = ", nb.cells[idx].source, re.M):
        source += f"\nLIMIT = {limit}"
    nb.cells.insert(idx + 1, nbformat.v4.new_code_cell(source, metadata={"tags": ["injected-parameters"]}))
    nb.cells.insert(0, nbformat.v4.new_code_cell(RESET, metadata={"tags": ["injected-reset"]}))
    client = NotebookClient(nb, km=km, timeout=timeout)
    error = None
    try:
        client.execute()
    except CellExecutionError as e:
        error = str(e)
    finally:
        if client.kc is not None:
            client.kc.stop_channels()
    return nb, error


def text_of(nb) -> str:
    """All text the notebook printed or displayed (stdout, plain text and HTML)."""
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream":
                parts.append(out.get("text", ""))
            for mime in ("text/plain", "text/html"):
                parts.append(str(out.get("data", {}).get(mime, "")))
    return "\n".join(parts)


@pytest.mark.parametrize(("corpus", "ipynb"), CASES,
                         ids=[f"{c}-{p.relative_to(NOTEBOOKS).as_posix()}" for c, p in CASES])
def test_notebook_runs_on_a_corpus_and_says_how_many_articles(corpus, ipynb, kernel, request, tmp_path):
    fixture, n = CORPORA[corpus]
    data = request.getfixturevalue(fixture)
    nb, error = run(ipynb, kernel.get(corpus), data, tmp_path / "figures", TEST_LIMIT)
    assert error is None, f"{ipynb.name} on {corpus}:\n{error[-3000:]}"
    out = text_of(nb)
    # every notebook says how many articles it read, and how many of them it analyses
    assert f"{n:,} articles" in out, f"{ipynb.name} does not say it read {n:,} articles"
    params = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    if re.search(r"^LIMIT = ", params.source, re.M) and n > TEST_LIMIT:
        assert f"a random sample of {TEST_LIMIT:,}" in out
    # a lesson that exports charts wrote them, with the CSV behind the chart
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    if ipynb.stem == "02_quote_attribution" and "solutions" not in ipynb.parts:
        # section 7: a speech verb added from the student's own folder is used as the cue
        assert "{'cue_verbs': 'add'}" in out and "استدرك" in out
    if corpus == "sns" and ipynb.stem == "06_a_corpus_at_scale" and "solutions" not in ipynb.parts:
        # 40 articles over 12 outlets: no outlet has MIN_ARTICLES (20), so no rate per 100 is drawn
        assert "fewer than 20 articles, left out: " in out and "No outlet with 20 articles or more" in out
    if corpus == "bare":
        assert SAYS_SO.get(ipynb.stem, "") in out
    elif "nl.charts.save(" in code and "solutions" not in ipynb.parts:
        pngs = sorted((tmp_path / "figures").glob("*.png"))
        assert pngs, f"{ipynb.name} on {corpus} wrote no chart"
        assert any(p.with_suffix(".csv").is_file() for p in pngs)


def test_sns_sample_is_fixed(sns_sample):
    import newslib as nl

    articles = nl.read_articles(sns_sample)
    assert len(articles) == 2000 and articles["article_id"].is_unique
    assert articles["source"].nunique() == 12
    assert articles["article_id"].iloc[0] == nl.read_articles(sns_sample)["article_id"].iloc[0]
