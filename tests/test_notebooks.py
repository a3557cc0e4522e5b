"""The curated notebooks: their shape, not their results (nbmake runs them; see pyproject.toml).

Every notebook in ``notebooks/`` (and its solutions in ``notebooks/solutions/``) is a jupytext
pair — a percent ``.py`` file, the source that is reviewed, and an ``.ipynb`` — committed in
sync and without outputs, with exactly one ``parameters`` cell at the top, all logic in newslib
(no functions defined in a notebook), and a recap and exercises at the end.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

jupytext = pytest.importorskip("jupytext")
nbformat = pytest.importorskip("nbformat")

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
SOLUTIONS = NOTEBOOKS / "solutions"
EXPECTED = [
    "00_setup_and_first_look",
    "01_articles_and_sentences",
    "02_quote_attribution",
    "03_entities",
    "04_timelines",
    "05_charts_for_reports",
    "06_a_corpus_at_scale",
]
LESSONS = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
ALL = LESSONS + sorted(SOLUTIONS.glob("[0-9][0-9]_*.ipynb"))


def ids(paths):
    return [p.relative_to(NOTEBOOKS).as_posix() for p in paths]


def _cells(nb) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(c.cell_type, c.source.strip(), tuple(c.metadata.get("tags", ()))) for c in nb.cells]


def test_the_suggested_set_of_notebooks_exists_with_solutions():
    assert [p.stem for p in LESSONS] == EXPECTED
    for stem in EXPECTED:
        assert (SOLUTIONS / f"{stem}.ipynb").is_file(), f"no solutions notebook for {stem}"


def test_report_runs_the_lessons_not_the_solutions():
    from newslib import report

    assert [p.stem for p in report.notebooks()] == EXPECTED


@pytest.mark.parametrize("ipynb", ALL, ids=ids(ALL))
def test_jupytext_pair_in_sync(ipynb):
    py = ipynb.with_suffix(".py")
    assert py.is_file(), f"{ipynb.name} has no paired percent script"
    nb = nbformat.read(ipynb, as_version=4)
    assert nb.metadata.get("jupytext", {}).get("formats") == "ipynb,py:percent"
    text = jupytext.read(py)
    assert _cells(text) == _cells(nb), (
        f"{ipynb.name} and {py.name} differ: edit the .py and run "
        f"`.venv/bin/jupytext --sync notebooks/{ipynb.relative_to(NOTEBOOKS)}`")


def test_every_script_has_its_notebook():
    for py in sorted(NOTEBOOKS.glob("[0-9][0-9]_*.py")) + sorted(SOLUTIONS.glob("[0-9][0-9]_*.py")):
        assert py.with_suffix(".ipynb").is_file(), f"{py} has no .ipynb"


@pytest.mark.parametrize("ipynb", ALL, ids=ids(ALL))
def test_committed_without_outputs(ipynb):
    nb = nbformat.read(ipynb, as_version=4)
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code":
            assert not cell.outputs, f"cell {i} of {ipynb.name} has outputs: strip them"
            assert cell.execution_count is None, f"cell {i} of {ipynb.name} has an execution count"


@pytest.mark.parametrize("ipynb", ALL, ids=ids(ALL))
def test_one_parameters_cell_at_the_top(ipynb):
    nb = nbformat.read(ipynb, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1, f"{ipynb.name}: {len(tagged)} cells tagged parameters"
    assert code[0] is tagged[0], f"{ipynb.name}: the parameters cell must be the first code cell"
    src = tagged[0].source
    assert re.search(r'^DATA = "\.\./(\.\./)?data"', src, re.M), "DATA defaults to the bundled data/"
    assert re.search(r'^FIGURES = "\.\./(\.\./)?reports/figures"', src, re.M)
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# "), "title first"


@pytest.mark.parametrize("ipynb", ALL, ids=ids(ALL))
def test_logic_lives_in_newslib(ipynb):
    nb = nbformat.read(ipynb, as_version=4)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert "import newslib as nl" in code
    assert not re.search(r"^\s*(async\s+)?(def|class)\s", code, re.M), f"{ipynb.name} defines a function: move it to newslib"
    assert "sys.path" not in code


@pytest.mark.parametrize("ipynb", LESSONS, ids=ids(LESSONS))
def test_lesson_ends_with_recap_and_exercises(ipynb):
    nb = nbformat.read(ipynb, as_version=4)
    md = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert re.search(r"^## Recap", md, re.M), f"{ipynb.name}: no '## Recap'"
    ex = md[md.index("## Exercises"):] if "## Exercises" in md else ""
    n = len(re.findall(r"^\d+\. ", ex, re.M))
    assert 2 <= n <= 3, f"{ipynb.name}: {n} exercises (want 2 or 3)"
    assert f"solutions/{ipynb.name}" in md, "the exercises link to their solutions"
    assert re.search(r"[\u0600-\u06ff]", md), "prose gives the Arabic terms too"


@pytest.mark.parametrize("ipynb", ALL, ids=ids(ALL))
def test_error_cells_are_tagged_not_skipped(ipynb):
    nb = nbformat.read(ipynb, as_version=4)
    for cell in nb.cells:
        tags = cell.metadata.get("tags", [])
        assert "skip-execution" not in tags and "skip" not in tags
        if cell.cell_type == "code" and "raises-exception" in tags:
            assert "nl." in cell.source, "an error cell shows a newslib error"


@pytest.mark.parametrize("ipynb", LESSONS, ids=ids(LESSONS))
def test_charts_go_through_charts_save(ipynb):
    nb = nbformat.read(ipynb, as_version=4)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    if "plt.subplots" in code or "nl.charts.bar" in code:
        assert "nl.charts.save(" in code and "FIGURES" in code, f"{ipynb.name} draws a chart it does not save"
    assert "savefig" not in code, "export with nl.charts.save (it writes the data CSV too)"


#: Charts of no corpus: a demonstration of label() and a statement written for notebook 04.
NO_CORPUS = {"05_label_vs_old_recipe", "04_results_periods"}


@pytest.mark.parametrize("ipynb", LESSONS, ids=ids(LESSONS))
def test_corpus_charts_name_their_source(ipynb):
    # A chart pasted into a report must still say which outlets and how many articles it counts.
    nb = nbformat.read(ipynb, as_version=4)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    for call in re.findall(r"nl\.charts\.save\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)", code):
        name = re.search(r'FIGURES\}/(\w+)"', call).group(1)
        assert ("source=nl.charts.source_note(" in call) != (name in NO_CORPUS), f"{ipynb.name}: {name}"


def test_make_test_runs_the_notebooks_but_not_their_scripts():
    import tomllib

    ini = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    assert "notebooks" in ini["testpaths"]
    assert "--nbmake" in ini["addopts"].split()
    # --doctest-modules would import (= run) the jupytext scripts; a conftest.py in notebooks/
    # would shadow tests/conftest.py (both are the top-level module "conftest").
    assert "--ignore-glob=notebooks/*.py" in ini["addopts"].split()
    assert not (NOTEBOOKS / "conftest.py").exists()


def test_readme_has_a_paragraph_per_notebook_and_a_report_chart():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Notebooks"):]
    section = section[:section.index("\n## ", 1)]
    for stem in EXPECTED:
        assert f"**{stem[:2]} · " in section, f"README ## Notebooks: no paragraph for {stem}"
    images = re.findall(r"!\[[^\]]+\]\((docs/img/[^)]+\.png)\)", section)
    assert images and all((ROOT / p).is_file() for p in images)
