"""``make report`` (newslib.report): tables, notebooks that fail, time out or lose their kernel,
and stopping with SIGTERM or Ctrl-C — on tiny notebooks written here and the two articles of
``data/``, so the whole file runs in about a minute.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
pytest.importorskip("nbclient")

from newslib import report  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"


def write_notebook(path: Path, *sources: str) -> Path:
    """A notebook with a ``parameters`` cell, then one code cell per source."""
    cells = [nbformat.v4.new_code_cell("DATA = 'x'\nFIGURES = 'y'", metadata={"tags": ["parameters"]})]
    cells += [nbformat.v4.new_code_cell(s) for s in sources]
    nbformat.write(nbformat.v4.new_notebook(cells=cells), path)
    return path


def alive(pid: int) -> bool:
    """Is ``pid`` a running process (a zombie waiting to be reaped counts as gone)?"""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


# ----------------------------------------------------------------------------- one report, read by several tests
@pytest.fixture(scope="module")
def failing_report(tmp_path_factory):
    """One report over four notebooks: healthy, a kernel that kills itself, one over the time
    limit, healthy again. Returns (exit status, printed output, OUT)."""
    books = tmp_path_factory.mktemp("notebooks")
    out = tmp_path_factory.mktemp("reports")
    write_notebook(books / "01_first.ipynb", "print('الأول', DATA.endswith('data'))")
    write_notebook(books / "02_killed.ipynb",
                   "import pathlib, subprocess\nchild = subprocess.Popen(['sleep', '300'])\n"
                   "pathlib.Path('child.pid').write_text(str(child.pid))",
                   "import os\nos.kill(os.getpid(), 9)", "print('never')")
    write_notebook(books / "03_slow.ipynb", "import time; time.sleep(300)", "print('never')")
    write_notebook(books / "04_last.ipynb", "print('الأخير')")
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        rc = report.main([str(DATA), str(out), "--notebooks", str(books), "--timeout", "5", "--n-jobs", "1"])
    return rc, buf.getvalue(), out


@pytest.fixture(scope="module")
def child_of_killed_kernel(failing_report, tmp_path_factory):
    """The pid of a process that the kernel of 02_killed started before it died."""
    return int(next(tmp_path_factory.getbasetemp().glob("notebooks*/child.pid")).read_text())


def test_a_kernel_that_dies_fails_its_notebook_and_the_others_still_run(failing_report):
    rc, text, out = failing_report
    assert rc == 1
    assert re.search(r"^\[1/4\] 01_first\.ipynb ok \(\d+\.\d s, kernel peak \d+ MB\) → .*01_first\.html$", text, re.M)
    assert "[2/4] 02_killed.ipynb FAILED: kernel died — out of memory? (cell 4: import os)" in text
    assert re.search(r"^\[4/4\] 04_last\.ipynb ok ", text, re.M)
    assert "الأول True" in (out / "01_first.html").read_text(encoding="utf-8")
    assert "الأخير" in (out / "04_last.html").read_text(encoding="utf-8")
    # the HTML of the failed notebook shows where the kernel died
    html = (out / "02_killed.html").read_text(encoding="utf-8")
    assert "[make report] the kernel died while running this cell (out of memory?)" in html


def test_what_a_dead_kernel_started_is_killed_with_it(child_of_killed_kernel):
    assert not alive(child_of_killed_kernel)


def test_a_notebook_over_its_time_limit_is_stopped_and_the_next_one_runs(failing_report):
    _, text, out = failing_report
    line = re.search(r"^\[3/4\] 03_slow\.ipynb FAILED: (.*) \((\d+\.\d) s[,)]", text, re.M)
    assert line[1] == "timed out after 5 s in cell 3: import time; time.sleep(300)"
    assert float(line[2]) < 60  # 5 s of cells plus the kernel's start, not the 300 s sleep
    assert (out / "03_slow.html").is_file() and (out / "04_last.html").is_file()


def test_each_notebook_prints_a_line_as_it_starts_then_as_it_ends(failing_report):
    _, text, _ = failing_report
    lines = [ln for ln in text.splitlines() if ln.startswith("[")]
    assert [ln.split(" ", 2)[:2] + [ln.endswith("…")] for ln in lines[:2]] == [
        ["[1/4]", "01_first.ipynb", True], ["[1/4]", "01_first.ipynb", False]]
    assert len(lines) == 8


def test_the_summary_counts_the_notebooks_and_lists_each_failure(failing_report):
    _, text, out = failing_report
    summary = text[text.index("summary:"):]
    assert re.match(r"summary: 2 of 4 notebooks ok, 2 failed; \d+\.\d s in all\n", summary)
    assert "  FAILED 02_killed.ipynb: kernel died — out of memory? (cell 4: import os)\n" in summary
    assert "  FAILED 03_slow.ipynb: timed out after 5 s in cell 3: import time; time.sleep(300)\n" in summary
    assert f"HTML: 4 files in {out}" in summary
    assert f"figures: 0 charts (0 files) in {out / 'figures'}" in summary


def test_the_report_prints_the_row_count_of_each_table(failing_report):
    _, text, out = failing_report
    assert (f"tables: 5 CSV files in {out / 'tables'} (articles 2, sentences 48, quotes 39, "
            "entities 107, timeline 20 rows)") in text


# ----------------------------------------------------------------------------- tables
def test_write_tables_writes_the_rows_of_analyze_as_utf8_csv_with_bom(tmp_path):
    import pandas as pd

    import newslib as nl

    written = report.write_tables(DATA, tmp_path, n_jobs=1, progress=False)
    assert {name: rows for name, (_, rows) in written.items()} == {
        "articles": 2, "sentences": 48, "quotes": 39, "entities": 107, "timeline": 20}
    expected = nl.analyze(nl.read_articles(DATA))
    for name in ("sentences", "quotes", "entities", "timeline"):
        path = written[name][0]
        assert path == tmp_path / f"{name}.csv" and path.read_bytes()[:3] == b"\xef\xbb\xbf"
        df = pd.read_csv(path, encoding="utf-8-sig")
        assert df["text"].tolist() == expected[name]["text"].astype(str).tolist(), name


# ----------------------------------------------------------------------------- stopping
@pytest.mark.parametrize("signum, status", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_stops_the_report_and_kills_its_kernel_within_5_s(tmp_path, signum, status):
    books = tmp_path / "notebooks"
    books.mkdir()
    write_notebook(books / "01_sleeps.ipynb",
                   "import os, pathlib, time\npathlib.Path('kernel.pid').write_text(str(os.getpid()))\ntime.sleep(60)")
    write_notebook(books / "02_never.ipynb", "print('never')")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen(
        [sys.executable, "-m", "newslib.report", str(DATA), str(tmp_path / "out"),
         "--notebooks", str(books), "--no-tables"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=tmp_path)
    try:
        assert proc.stdout.readline() == "[1/2] 01_sleeps.ipynb …\n"
        pid_file = books / "kernel.pid"
        for _ in range(1200):  # the kernel starts (slowly on a busy machine) and runs the cell
            if pid_file.is_file() and pid_file.read_text():
                break
            time.sleep(0.1)
        kernel = int(pid_file.read_text())
        assert alive(kernel)
        proc.send_signal(signum)
        t0 = time.monotonic()
        assert proc.wait(timeout=5) == status
        assert time.monotonic() - t0 < 5
        output = proc.stdout.read()
    finally:
        if proc.poll() is None:
            proc.kill()
    assert output.strip().endswith("interrupted") and "02_never" not in output
    deadline = time.monotonic() + 2  # the kernel was killed; give init a moment to reap it
    while alive(kernel) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not alive(kernel)


# ----------------------------------------------------------------------------- arguments
def test_missing_data_is_one_line_and_exit_status_2(tmp_path, capsys):
    assert report.main([str(tmp_path / "nowhere"), str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "DATA not found:" in err and "nowhere" in err
    assert not (tmp_path / "out").exists()


def test_help_names_every_option(capsys):
    with pytest.raises(SystemExit) as e:
        report.main(["--help"])
    assert e.value.code == 0
    text = capsys.readouterr().out
    for option in ("DATA", "OUT", "--timeout", "--n-jobs", "--notebooks", "--no-tables", "143"):
        assert option in text


# ----------------------------------------------------------------------------- one notebook
def test_run_notebook_injects_parameters_and_reports_the_failing_cell(tmp_path, capfd):
    good = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("DATA = 'x'", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("print('البيانات في', DATA.endswith('data'))")])
    bad = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 / 0")])
    for name, nb in (("good", good), ("bad", bad)):
        nbformat.write(nb, tmp_path / f"{name}.ipynb")
    (tmp_path / "out").mkdir()
    html, error = report.run_notebook(tmp_path / "good.ipynb", tmp_path / "data", tmp_path / "out")
    assert error is None and "البيانات في True" in html.read_text(encoding="utf-8")
    html, error = report.run_notebook(tmp_path / "bad.ipynb", tmp_path / "data", tmp_path / "out")
    # the injected parameters cell is cell 1, so the failing one is cell 2 (In [2] in the HTML)
    assert error == "ZeroDivisionError: division by zero (cell 2: 1 / 0)" and html.is_file()
    # the kernel talks over Unix sockets: no "running over TCP without encryption" warning
    assert "TCP" not in capfd.readouterr().err


def test_limit_is_injected_only_when_given():
    parse = report._parser().parse_args
    assert parse([]).limit == "default"          # each notebook keeps its own LIMIT
    assert parse(["--limit", "all"]).limit is None
    assert parse(["--limit", "40"]).limit == 40
    with pytest.raises(SystemExit):
        parse(["--limit", "0"])


def test_run_notebook_injects_limit_after_the_parameters_cell(tmp_path):
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("DATA = 'x'\nLIMIT = 300", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("print('عينة', LIMIT)")])
    nbformat.write(nb, tmp_path / "sample.ipynb")
    (tmp_path / "out").mkdir()
    html, error = report.run_notebook(tmp_path / "sample.ipynb", tmp_path / "data", tmp_path / "out")
    assert error is None and "عينة 300" in html.read_text(encoding="utf-8")
    html, error = report.run_notebook(tmp_path / "sample.ipynb", tmp_path / "data", tmp_path / "out", limit=None)
    assert error is None and "عينة None" in html.read_text(encoding="utf-8")

# ----------------------------------------------------------------------------- a real corpus
LESSONS = [p.stem for p in report.notebooks()]


@pytest.fixture(scope="module")
def bbc_report(bbc_arabic, tmp_path_factory):
    """``python -m newslib.report`` on BBC Arabic 2017 (446 articles), as a user runs it; the
    lessons analyse a 40-article sample (``--limit``), the tables cover every article."""
    out = tmp_path_factory.mktemp("bbc-report")
    proc = subprocess.run([sys.executable, "-m", "newslib.report", str(bbc_arabic), str(out),
                           "--limit", "40", "--n-jobs", "2", "--timeout", "600"],
                          capture_output=True, text=True, cwd=ROOT, timeout=1500)
    return proc, out


def test_the_report_runs_all_seven_lessons_on_bbc_arabic(bbc_report):
    proc, out = bbc_report
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "summary: 7 of 7 notebooks ok" in proc.stdout
    for stem in LESSONS:
        html = (out / f"{stem}.html").read_text(encoding="utf-8")
        assert "446 articles" in html, f"{stem} does not say it read the 446 BBC articles"
    # the lessons that analyse a sample were given --limit
    assert "a random sample of 40 is analysed" in (out / "02_quote_attribution.html").read_text(encoding="utf-8")


def test_the_report_on_bbc_writes_every_table_and_a_chart_per_lesson(bbc_report):
    proc, out = bbc_report
    assert re.search(r"tables: 5 CSV files .*\(articles 446, sentences [\d,]+, quotes [\d,]+", proc.stdout)
    charts = {p.stem[:2] for p in (out / "figures").glob("*.png")}
    assert charts == {"01", "02", "03", "04", "05", "06"}, charts
    assert all(p.with_suffix(".csv").is_file() for p in (out / "figures").glob("0[1-4]_*.png"))


def test_the_report_on_bbc_draws_no_one_bar_chart_over_time_and_says_why(bbc_report):
    # BBC Arabic 2017 stores only the crawl day: every quote was "published" on 2017-08-11, and
    # notebook 06 drew a single bar titled «عدد الاقتباسات حسب تاريخ النشر». It now says so instead.
    proc, out = bbc_report
    html = (out / "06_a_corpus_at_scale.html").read_text(encoding="utf-8")
    assert "The dated quotes fall on one day only (2017-08-11): a chart over time would show nothing" in html
    assert "the corpus says its dates are: crawled (HTTP Date header); publication date not stored" in html
    assert not (out / "figures" / "06_quotes_over_time.png").exists()
