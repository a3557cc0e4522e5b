"""The project's own promises: two commands, agreeing dependency lists, schema and README in step."""

from __future__ import annotations

import re
import tomllib

import pandas as pd

import newslib as nl
from newslib import schema

from conftest import ROOT


def _name(req: str) -> str:
    return re.split(r"[<>=!~\[; ]", req.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_lists_the_runtime_dependencies_of_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime = {_name(r) for r in project["dependencies"]}
    env = (ROOT / "environment.yml").read_text(encoding="utf-8")
    conda = {_name(m.group(1)) for m in re.finditer(r"^\s*-\s+([A-Za-z][\w.\-]*[^\n#]*)$", env, re.M)}
    conda -= {"python", "pip", "pip:", "conda-forge"}
    assert runtime == conda
    assert re.search(r"^\s*-\s+-e \.\s*$", env, re.M), "environment.yml must install newslib itself with pip: -e ."


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make test" in readme and "make report" in readme
    assert re.search(r"^make test$", (ROOT / ".ci/run").read_text(), re.M)


def test_readme_data_dictionary_lists_every_column():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for table, spec in schema.TABLES.items():
        assert f"### `{table}`" in readme, f"README lacks the {table} table"
        for col, dtype, _ in spec:
            assert f"| `{col}` | {dtype} |" in readme, f"README data dictionary lacks {table}.{col} ({dtype})"


def test_schema_conform_orders_and_casts():
    df = schema.conform([{"text": "نص", "end": 2, "start": 0, "article_id": "a", "sentence_id": 0, "paragraph_id": 0}], "sentences")
    assert df.columns.tolist() == ["article_id", "sentence_id", "paragraph_id", "start", "end", "text"]
    assert df.dtypes.astype(str).tolist() == ["string", "int64", "int64", "int64", "int64", "string"]
    quotes = schema.empty("quotes")
    assert quotes["kind"].cat.categories.tolist() == ["direct", "partial", "indirect", "title"]
    assert str(quotes["speaker_start"].dtype) == "Int64"


def test_public_functions_are_functions_not_modules():
    for name in ("read_articles", "sentences", "normalize"):
        assert callable(getattr(nl, name)), name


def test_import_changes_no_matplotlib_state():
    import subprocess
    import sys

    code = ("import matplotlib as mpl; before = dict(mpl.rcParams); import newslib as nl; "
            "nl.read_articles; nl.charts if hasattr(nl, 'charts') else None; "
            "print(sorted(k for k in mpl.rcParams if mpl.rcParams[k] != before[k]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_normalize_is_a_key_not_a_rewrite():
    text = "أسئلة الـمؤتمر ٢٠٢٤ ﻻ"
    assert nl.normalize(text) == "اسيله الموتمر 2024 لا"
    assert text == "أسئلة الـمؤتمر ٢٠٢٤ ﻻ"
    s = pd.Series(["الإمارات", "الامارات", "الإماراتـ"])
    assert s.map(nl.normalize).nunique() == 1
