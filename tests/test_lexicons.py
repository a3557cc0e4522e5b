"""User word lists: nl.lexicons.use(folder) and NEWSLIB_LEXICONS add to or replace the packaged TSVs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import newslib as nl
from newslib import lexicons

ROOT = Path(__file__).resolve().parents[1]

# Al-Eqtisadiya, 2015-07-31 (SaudiNewsNet): the second quote is introduced by استدرك ("he went on,
# qualifying"), a speech verb the packaged cue_verbs.tsv lacks.
SAADOUN = ('وأيهما يرجح الدوسري أو الدبل، قال سعدون "من يفوز لا يهم في الوقت الحالي، نحن كما قلت لك سابقاً '
           'نحن مع الاثنين، والذي سيفوز سنكون معه ولن نكون ضده بل سنقف معه قلباً وقالباً، ولكن الأهم الآن '
           'سرعة موضوع رئاسة النادي، وهذا الأهم".\n'
           'واستدرك "النادي يسير دون رئيس والإبقاء على رئيس مكلف لمدة شهرين مضى نصفها تقريبا، سيعود بالضرر".')
SECOND = "النادي يسير دون رئيس والإبقاء على رئيس مكلف لمدة شهرين مضى نصفها تقريبا، سيعود بالضرر"
CUE_VERBS = ("# Speech verbs our corpus uses that newslib lacks.\n"
             "form\tlemma\tgender\ttense\n"
             "استدرك\tاستدرك\tm\tpast\n"
             "استدركت\tاستدرك\tf\tpast\n"
             "مستدركا\tاستدرك\tm\tparticiple\n"
             "قال\tقال\tm\tpast\n")  # already packaged: kept once


def _saadoun() -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["saadoun"], "text": [SAADOUN], "published": ["2015-07-31"]})


def _second(q: pd.DataFrame) -> dict:
    row = q[q["text"] == SECOND]
    assert len(row) == 1
    return {k: (None if pd.isna(v) else v) for k, v in row[["kind", "speaker", "cue"]].iloc[0].items()}


@pytest.fixture(autouse=True)
def _restore_lists():
    before = lexicons.folders()
    yield
    lexicons.use(before or None)


@pytest.fixture
def mine(tmp_path) -> Path:
    d = tmp_path / "my_lexicons"
    d.mkdir()
    (d / "cue_verbs.tsv").write_text(CUE_VERBS, encoding="utf-8")
    return d


def test_user_rows_come_first_and_duplicates_are_dropped(mine):
    lexicons.use(mine)
    forms = lexicons.column("cue_verbs", "form")
    assert forms[:3] == ["استدرك", "استدركت", "مستدركا"]
    assert forms.count("قال") == 1 and "أضاف" in forms  # the packaged rows follow


def test_added_cue_verb_is_used_by_quotes_in_the_same_process(mine):
    arts = _saadoun()
    assert _second(nl.quotes(arts)) == {"kind": "partial", "speaker": "سعدون", "cue": None}
    assert lexicons.use(mine) == (str(mine.resolve()),)
    assert _second(nl.quotes(arts)) == {"kind": "direct", "speaker": "سعدون", "cue": "استدرك"}


def test_use_none_restores_the_packaged_lists(mine):
    lexicons.use(mine)
    assert lexicons.use(None) == ()
    assert "استدرك" not in lexicons.column("cue_verbs", "form")
    assert _second(nl.quotes(_saadoun()))["cue"] is None


def test_replace_line_replaces_the_packaged_list(tmp_path):
    (tmp_path / "_example.tsv").write_text("# replace\nword\tgender\nصرّح\tm\n", encoding="utf-8")
    lexicons.use(tmp_path)
    assert lexicons.read("_example") == [{"word": "صرّح", "gender": "m"}]
    assert lexicons.provenance()["lists"] == {"_example": "replace"}


def test_unknown_file_name_is_refused_and_lists_stay_as_they_were(tmp_path, mine):
    lexicons.use(mine)
    bad = tmp_path / "typo"
    bad.mkdir()
    (bad / "cue_verb.tsv").write_text(CUE_VERBS, encoding="utf-8")
    with pytest.raises(ValueError, match=r"cue_verb\.tsv: not a newslib lexicon.*cue_verbs\.tsv"):
        lexicons.use(bad)
    assert lexicons.folders() == (str(mine.resolve()),)


def test_header_mismatch_names_the_file_and_the_expected_header(tmp_path):
    (tmp_path / "cue_verbs.tsv").write_text("verb\tlemma\nاستدرك\tاستدرك\n", encoding="utf-8")
    with pytest.raises(ValueError) as err:
        lexicons.use(tmp_path)
    msg = str(err.value)
    assert str(tmp_path / "cue_verbs.tsv") in msg and repr("form\tlemma\tgender\ttense") in msg


def test_row_with_too_many_fields_names_the_line(tmp_path):
    (tmp_path / "weekdays.tsv").write_text("word\tweekday\nالجمعة\t4\tخطأ\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"weekdays\.tsv, line 2: 3 tab-separated fields"):
        lexicons.use(tmp_path)


def test_missing_folder_raises_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError, match="no lexicon folder"):
        lexicons.use(tmp_path / "nowhere")


def test_folder_without_tsv_files_warns(tmp_path):
    (tmp_path / "cue_verbs.csv").write_text("form,lemma,gender,tense\n", encoding="utf-8")
    with pytest.warns(UserWarning, match="no .tsv files here"):
        lexicons.use(tmp_path)
    assert lexicons.provenance()["lists"] == {}


def test_attrs_record_the_folders_and_a_hash_of_their_files(mine):
    assert nl.quotes(_saadoun()).attrs["newslib"]["lexicons"] == {"folders": [], "lists": {}, "sha1": ""}
    lexicons.use(mine)
    rec = nl.quotes(_saadoun()).attrs["newslib"]["lexicons"]
    assert rec["folders"] == [str(mine.resolve())] and rec["lists"] == {"cue_verbs": "add"}
    assert len(rec["sha1"]) == 12
    assert nl.analyze(_saadoun(), ["sentences"])["sentences"].attrs["newslib"]["lexicons"] == rec
    assert nl.timeline(_saadoun()).attrs["newslib"]["lexicons"] == rec
    assert nl.entities(_saadoun().iloc[:0]).attrs["newslib"]["lexicons"] == rec
    (mine / "cue_verbs.tsv").write_text(CUE_VERBS + "مستدركة\tاستدرك\tf\tparticiple\n", encoding="utf-8")
    lexicons.use(mine)
    assert lexicons.provenance()["sha1"] != rec["sha1"]


def test_environment_variable_gives_the_lists_to_a_new_process(mine, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    (other / "_example.tsv").write_text("# replace\nword\tgender\nنوّه\tm\n", encoding="utf-8")
    code = ("import json, pandas as pd, newslib as nl\n"
            f"arts = pd.DataFrame({{'article_id': ['s'], 'text': [{SAADOUN!r}]}})\n"
            "q = nl.quotes(arts)\n"
            "print(json.dumps([list(nl.lexicons.folders()), q['cue'].iloc[-1], nl.lexicons.column('_example', 'word')]))\n")
    env = {**os.environ, "NEWSLIB_LEXICONS": os.pathsep.join([str(mine), str(other)]),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, check=True)
    assert json.loads(out.stdout) == [[str(mine.resolve()), str(other.resolve())], "استدرك", ["نوّه"]]


def test_analyze_workers_use_the_callers_lists(mine, articles):
    arts = pd.concat([articles, nl.schema.conform(_saadoun(), "articles")], ignore_index=True)
    lexicons.use(mine)
    two = nl.analyze(arts, ["quotes"], n_jobs=2, chunksize=1)["quotes"]
    one = nl.analyze(arts, ["quotes"], n_jobs=1, chunksize=1)["quotes"]
    assert _second(two) == {"kind": "direct", "speaker": "سعدون", "cue": "استدرك"}
    pd.testing.assert_frame_equal(two, one)


def test_dask_process_workers_use_the_callers_lists(mine):
    nld = pytest.importorskip("newslib.dask")
    pytest.importorskip("dask.dataframe")
    arts = nl.schema.conform(pd.concat([_saadoun()] * 2, ignore_index=True).assign(article_id=["a", "b"]), "articles")
    lexicons.use(mine)
    out = nld.compute(nld.analyze(nld.from_pandas(arts, 2), ["quotes"]), scheduler="processes", num_workers=2)
    assert out["quotes"].loc[out["quotes"]["text"] == SECOND, "cue"].fillna("").tolist() == ["استدرك", "استدرك"]


def test_readme_example_file_works_as_written(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("my_lexicons/cue_verbs.tsv", 1)[1].split("\n", 1)[1].split("```", 1)[0]
    (tmp_path / "cue_verbs.tsv").write_text(block, encoding="utf-8")
    lexicons.use(tmp_path)
    assert _second(nl.quotes(_saadoun())) == {"kind": "direct", "speaker": "سعدون", "cue": "استدرك"}


def test_parquet_run_is_not_resumed_with_other_word_lists(mine, tmp_path):
    out = tmp_path / "run"
    nl.analyze_to_parquet(ROOT / "data", out, ["sentences"], progress=False)
    lexicons.use(mine)
    with pytest.raises(ValueError, match="other options, user word lists"):
        nl.analyze_to_parquet(ROOT / "data", out, ["sentences"], progress=False)
    nl.analyze_to_parquet(ROOT / "data", out, ["sentences"], progress=False, overwrite=True)
    assert nl.read_tables(out)["sentences"].attrs["newslib"]["lexicons"]["lists"] == {"cue_verbs": "add"}


def test_chart_month_ticks_follow_the_months_list(tmp_path):
    import datetime as dt

    from newslib.charts import _date_text

    july = dt.date(2015, 7, 20)
    assert _date_text(july, 30) == "يوليو 2015"
    assert _date_text(july, 7) == "20 يوليو"
    d = tmp_path / "levant"
    d.mkdir()
    (d / "months.tsv").write_text("word\tmonth\tcalendar\tfamily\tambiguous\nتموز\t7\tgregorian\tgregorian\t0\n",
                                  encoding="utf-8")
    lexicons.use(d)  # a user's row comes first: charts show the Levantine name
    assert _date_text(july, 30) == "تموز 2015"
    assert _date_text(dt.date(2015, 8, 1), 30) == "أغسطس 2015"
