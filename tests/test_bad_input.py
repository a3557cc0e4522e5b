"""The catalogue of real-world and bad input: each loads correctly, or fails with one error that
names the file, the place and the problem. Nothing is silently dropped."""

from __future__ import annotations

import gzip
import json

import pandas as pd
import pytest

import newslib as nl
from newslib.load import LoadError

from conftest import shared_path

AR = "قال الوزير: «الوضع مستقر». وأضاف أن الحكومة تتابع."


def _write(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


# ----------------------------------------------------------------------------- loads correctly
@pytest.mark.parametrize("content", ["", "   \n\t\n  "])
def test_empty_or_whitespace_file_is_one_empty_article(tmp_path, content):
    a = nl.read_articles(_write(tmp_path, "empty.txt", content))
    assert a["text"].tolist() == [""]
    assert nl.sentences(a).empty


def test_empty_jsonl_file_gives_an_empty_table_with_the_schema(tmp_path):
    a = nl.read_articles(_write(tmp_path, "none.jsonl", "\n\n"))
    assert len(a) == 0 and a.columns[0] == "article_id"


def test_mixed_encodings_in_one_folder(tmp_path):
    _write(tmp_path, "a_utf8.txt", AR.encode("utf-8"))
    _write(tmp_path, "b_cp1256.txt", AR.encode("cp1256"))
    _write(tmp_path, "c_utf16.txt", AR.encode("utf-16"))
    _write(tmp_path, "d_bom.txt", AR.encode("utf-8-sig"))
    a = nl.read_articles(tmp_path)
    assert a["text"].tolist() == [AR] * 4
    assert a["encoding"].tolist() == ["utf-8", "cp1256", "utf-16", "utf-8-sig"]


def test_a_few_nul_bytes_are_kept_not_dropped(tmp_path):
    a = nl.read_articles(_write(tmp_path, "nul.txt", AR.replace("الوزير", "الوزير\x00")))
    assert a.loc[0, "text"].count("\x00") == 1
    s = nl.sentences(a)
    assert all(a.loc[0, "text"][r.start:r.end] == r.text for r in s.itertuples())


def test_persian_letters_latin_and_presentation_forms_load_and_normalise(tmp_path):
    persian = "رئیس جمهور ایران یک سخنرانی کرد."  # ی ک
    latin = "The minister said the talks would resume. No date was set."
    forms = "ﻗﺎﻝ ﺑﻮﺗﻴﻦ ﺇﻥ ﺍﻟﺤﻮﺍﺭ ﻣﻤﻜﻦ."  # presentation forms U+FE70–U+FEFF
    p = tmp_path / "mix.jsonl"
    p.write_text("\n".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in
                           [("fa", persian), ("en", latin), ("pf", forms)]), encoding="utf-8")
    a = nl.read_articles(p)
    assert a["text"].tolist() == [persian, latin, forms]  # kept exactly
    assert nl.normalize(persian) == "رييس جمهور ايران يك سخنراني كرد."
    assert nl.normalize(forms) == "قال بوتين ان الحوار ممكن."
    assert nl.sentences(a).groupby("article_id").size().to_dict() == {"en": 2, "fa": 1, "pf": 1}


def test_jsonl_line_separators_inside_strings_do_not_cut_records(tmp_path):
    text = "فقرة\u2028سطر\u2029آخر\x85نهاية"
    p = _write(tmp_path, "seps.jsonl", json.dumps({"id": "s", "text": text}, ensure_ascii=False) + "\r\n")
    a = nl.read_articles(p)
    assert a["text"].tolist() == [text]


def test_csv_from_a_spreadsheet_bom_semicolons_crlf(tmp_path):
    p = _write(tmp_path, "export.csv", "\ufeffid;title;text\r\n1;عنوان;" + AR + "\r\n2;فارغ;\r\n")
    a = nl.read_articles(p)
    assert a["article_id"].tolist() == ["1", "2"]
    assert a["text"].tolist() == [AR, ""]


def test_news_please_and_saudinewsnet_style_json(tmp_path):
    news_please = {"maintext": AR, "date_publish": "2020-09-30 10:00:00", "title": "عنوان",
                   "authors": ["رائد جبر"], "url": "https://aawsat.com/x", "source_domain": "aawsat.com"}
    p = _write(tmp_path, "np.json", json.dumps(news_please, ensure_ascii=False))
    a = nl.read_articles(p)
    assert a.loc[0, ["text", "byline", "source"]].tolist() == [AR, "رائد جبر", "aawsat.com"]
    assert str(a.loc[0, "published"]) == "2020-09-30 10:00:00"


def test_a_20_mb_article_loads_and_splits(tmp_path):
    big = (AR + "\n") * (20_000_000 // (len(AR) + 1))
    a = nl.read_articles(_write(tmp_path, "big.txt", big))
    assert len(a.loc[0, "text"]) == len(big.strip("\ufeff"))
    s = nl.sentences(a)
    assert len(s) == 2 * big.count("\n")


def test_thousands_of_quote_marks_split_in_linear_work(tmp_path):
    text = "«" * 5000 + " قال " + "»" * 5000 + ". " + "\"نعم\" " * 3000
    a = nl.read_articles(_write(tmp_path, "marks.txt", text))
    s = nl.sentences(a)
    assert s["text"].str.len().sum() <= len(text)
    assert "".join(s["text"]).replace(" ", "") == text.replace(" ", "")


# ----------------------------------------------------------------------------- one clear error
@pytest.mark.parametrize("name,data,message", [
    ("scan.txt", b"%PDF-1.4\n1 0 obj << /Type /Catalog >>", r"scan\.txt: this is a PDF document, not text"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", r"photo\.txt: this is a PNG image, not text"),
    ("blob.txt", bytes(range(256)) * 10, r"blob\.txt: binary data \(NUL bytes and control codes\), not text"),
    ("bad.jsonl", '{"id": 1, "text": "نص"}\n{oops}\n', r"bad\.jsonl, line 2: not valid JSON"),
    ("notext.jsonl", '{"id": 1, "headline": "عنوان"}\n', r"notext\.jsonl, line 1: record has no text field"),
    ("nocol.csv", "id,headline\n1,عنوان\n", r"nocol\.csv: no text column"),
    ("list.json", '[1, 2]', r"list\.json, record 0: expected a JSON object with a text field, found int"),
])
def test_bad_files_raise_one_error_naming_file_place_and_problem(tmp_path, name, data, message):
    with pytest.raises(LoadError, match=message):
        nl.read_articles(_write(tmp_path, name, data))


def test_truncated_gzip_names_the_file(tmp_path):
    p = _write(tmp_path, "cut.jsonl.gz", gzip.compress(json.dumps({"text": AR}).encode() * 100)[:50])
    with pytest.raises(LoadError, match=r"cut\.jsonl\.gz: truncated or corrupt gzip file"):
        nl.read_articles(p)


def test_warn_mode_keeps_good_files_and_reports_bad_ones(tmp_path):
    _write(tmp_path, "a.txt", AR)
    _write(tmp_path, "b.txt", b"%PDF-1.4 ...")
    _write(tmp_path, "c.jsonl", '{"id": "c1", "text": "نص"}\nnot json\n')
    with pytest.warns(UserWarning, match=r"skipped 2 bad record\(s\): .*b\.txt.*c\.jsonl line 2"):
        a = nl.read_articles(tmp_path, errors="warn")
    assert a["article_id"].tolist() == ["a-0", "c1"]
    assert [p["problem"] for p in a.attrs["problems"]] == ["this is a PDF document, not text",
                                                           "not valid JSON (Expecting value at column 1); expected one JSON object per line"]


def test_unknown_format_and_errors_values_are_rejected(tmp_path):
    p = _write(tmp_path, "a.txt", AR)
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        nl.read_articles(p, format="xml")
    with pytest.raises(ValueError, match="errors must be 'raise' or 'warn'"):
        nl.read_articles(p, errors="ignore")


# ----------------------------------------------------------------------------- provenance
def test_tables_record_version_and_options(articles):
    assert articles.attrs["newslib"]["function"] == "read_articles"
    assert articles.attrs["newslib"]["version"] == nl.__version__
    assert nl.sentences(articles).attrs["newslib"]["function"] == "sentences"


# ----------------------------------------------------------------------------- saved HTML pages
def _html_pages():
    folder = shared_path("html")
    manifest = [json.loads(line) for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    return folder, manifest


def test_html_pages_dates_match_the_manifest():
    pytest.importorskip("trafilatura", reason="reading HTML needs the html extra: pip install 'newslib[html]'")
    folder, manifest = _html_pages()
    a = nl.read_articles([folder / m["file"] for m in manifest])
    got = a["published"].dt.strftime("%Y-%m-%d").tolist()
    want = [m.get("gold_date") for m in manifest]
    assert [g for g, w in zip(got, want) if w] == [w for w in want if w]


def test_declared_publication_date_beats_the_sites_today_widget():
    # Assabah's header shows the crawl day (19 Feb 2020) in a date widget; the article's own date
    # is only in Drupal's RDFa span property="dc:date" content="2019-02-08…" (الجمعة 8 فيفري 2019).
    pytest.importorskip("trafilatura", reason="reading HTML needs the html extra: pip install 'newslib[html]'")
    folder, _ = _html_pages()
    a = nl.read_articles(folder / "assabah.com.tn_interview_164913.trafilatura.html")
    assert a.loc[0, "published"] == pd.Timestamp("2019-02-08")


def test_cnn_arabic_body_close_to_expected_text():
    pytest.importorskip("trafilatura", reason="reading HTML needs the html extra: pip install 'newslib[html]'")
    import difflib

    folder, _ = _html_pages()
    a = nl.read_articles(folder / "cnn_arabic_2013-08-03_syria-clashes.newspaper4k.html")
    expected = (folder / "cnn_arabic_2013-08-03_syria-clashes.expected.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in expected.split("\n") if p.strip()]
    got = a.loc[0, "text"].split("\n")
    assert all(p in got for p in paragraphs)  # every expected paragraph, none bent
    assert difflib.SequenceMatcher(None, a.loc[0, "text"], expected).ratio() > 0.9
    assert a.loc[0, "title"] == "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"


def test_lbci_paragraphs_and_date_as_expected():
    pytest.importorskip("trafilatura", reason="reading HTML needs the html extra: pip install 'newslib[html]'")
    folder, _ = _html_pages()
    exp = json.loads((folder / "lbcgroup.tv_898682.expected.fundus.json").read_text(encoding="utf-8"))["V1"]
    paragraphs = [p for s in exp["body"]["sections"] for p in s["paragraphs"]]
    a = nl.read_articles(folder / "lbcgroup.tv_898682.fundus.html")
    assert a.loc[0, "text"].split("\n") == paragraphs
    assert a.loc[0, "published"] == pd.Timestamp(exp["publishing_date"][:10])
    assert a.loc[0, "title"] == exp["title"]


# ----------------------------------------------------------------------------- missing values
# An empty cell reaches the library as "", blanks, None, pd.NA or NaN (a CSV gap, a JSON null,
# .str.extract or .explode finding nothing). Each public function takes them: missing in,
# missing out for the one-string helpers; no rows (never an exception) for an empty article.
from newslib import arabic, charts, corpus, schema  # noqa: E402

PUTIN = "وقال بوتين أمس: «لن نتراجع». وزار الرئيس الفرنسي إيمانويل ماكرون ليتوانيا."
MISSING = [None, pd.NA, float("nan")]
EMPTY_TEXTS = {"blank": "", "spaces": "   \n ", "none": None, "na": pd.NA, "nan": float("nan")}


def _gappy_articles(text_dtype="object") -> pd.DataFrame:
    """Three real articles (one with no date) among five with no text, some without a date."""
    ids = ["minister", "putin", "putin_nat", *EMPTY_TEXTS]
    return pd.DataFrame({
        "article_id": pd.array(ids, dtype="string"),
        "source": ["bbc", "bbc", None, "bbc", pd.NA, "x", None, "x"],
        "published": pd.to_datetime(["2024-01-02", "2024-01-02", None, "2024-01-03", None, "2024-01-04", None, None]),
        "title": ["الوزير", pd.NA, None, "", float("nan"), "عنوان", pd.NA, None],
        "text": pd.Series([AR, PUTIN, PUTIN, *EMPTY_TEXTS.values()], dtype=text_dtype),
    })


@pytest.fixture(params=["object", "string"])
def gappy(request):
    return _gappy_articles(request.param)


@pytest.mark.parametrize("value", MISSING, ids=["None", "NA", "nan"])
def test_normalize_of_a_missing_value_is_NA(value):
    assert nl.normalize(value) is pd.NA


@pytest.mark.parametrize("value", MISSING, ids=["None", "NA", "nan"])
def test_one_string_helpers_pass_a_missing_value_through(value):
    for f in (arabic.strip_diacritics, arabic.strip_tatweel, arabic.to_ascii_digits, arabic.to_arabic_digits,
              arabic.fold_presentation_forms, arabic.strip_article, arabic.strip_proclitics):
        assert f(value) is pd.NA, f.__name__
    prefix, stem = arabic.split_proclitics(value)
    assert prefix == "" and stem is pd.NA
    assert arabic.is_arabic(value) is False        # a predicate: no Arabic letter in a missing text
    assert arabic.search_key(value) == ("", None)  # searched as the empty text: nothing matches


def test_blank_strings_are_text_not_missing():
    assert nl.normalize("") == "" and nl.normalize("  \n ") == ""
    assert arabic.strip_diacritics("  ") == "  " and not arabic.is_missing("")


def test_a_non_string_is_a_type_error_naming_the_helper():
    with pytest.raises(TypeError, match=r"normalize\(\) takes a string or a missing value .* not int"):
        nl.normalize(2024)
    with pytest.raises(TypeError, match=r"to_arabic_digits\(\) takes a string .* not bytes"):
        arabic.to_arabic_digits("٢٠٢٤".encode())


def test_normalize_maps_a_column_with_gaps_as_in_notebook_01():
    # notebook 01 counts the words of four letters or more; a sentence without one (نعم.) gives
    # an empty list, and .explode() turns it into NaN
    arts = pd.DataFrame({"article_id": ["a"], "text": ["قالت الإمارات: «نعم». وأكدت الامارات ذلك. نعم."]})
    words = nl.sentences(arts)["text"].str.findall(r"\w{4,}").explode()
    assert words.isna().sum() == 1
    keys = words.map(nl.normalize)
    assert keys.isna().tolist() == words.isna().tolist()  # the gap stays a gap
    assert keys.value_counts().to_dict() == {"الامارات": 2, "قالت": 1, "واكدت": 1}
    col = pd.Series(["الإمارات", pd.NA, "مُحَمَّد"], dtype="string")
    assert col.apply(nl.normalize).tolist() == ["الامارات", pd.NA, "محمد"]
    assert col.map(arabic.strip_diacritics).tolist() == ["الإمارات", pd.NA, "محمد"]


def test_tables_have_rows_only_for_the_real_articles(gappy):
    before = gappy.copy(deep=True)
    real = gappy.iloc[:3]

    s = nl.sentences(gappy)
    assert s.groupby("article_id").size().to_dict() == {"minister": 2, "putin": 2, "putin_nat": 2}
    assert s.loc[s["article_id"] == "minister", "text"].tolist() == ["قال الوزير: «الوضع مستقر».", "وأضاف أن الحكومة تتابع."]

    q = nl.quotes(gappy)
    assert q[["article_id", "text", "kind", "speaker", "cue"]].values.tolist() == [
        ["minister", "الوضع مستقر", "direct", "الوزير", "قال"],
        ["putin", "لن نتراجع", "direct", "بوتين", "قال"],
        ["putin_nat", "لن نتراجع", "direct", "بوتين", "قال"],
    ]

    e = nl.entities(gappy)
    assert e.loc[e["article_id"] == "putin", ["text", "label"]].values.tolist() == [
        ["بوتين", "PER"], ["إيمانويل ماكرون", "PER"], ["ليتوانيا", "LOC"]]
    assert set(e["article_id"]) == {"putin", "putin_nat"}

    t = nl.timeline(gappy)
    assert t[["article_id", "text", "value", "anchor"]].astype(object).values.tolist() == [
        ["putin", "أمس", "2024-01-01", "published"],
        ["putin_nat", "أمس", pd.NA, pd.NA],  # no date to resolve "yesterday" against
    ]

    for name, table in [("sentences", s), ("quotes", q), ("entities", e), ("timeline", t)]:
        pd.testing.assert_frame_equal(table, getattr(nl, name)(real), obj=name)  # the empties add nothing
        assert all(gappy.set_index("article_id").loc[r.article_id, "text"][r.start:r.end] == r.text
                   for r in table.itertuples())
    pd.testing.assert_frame_equal(gappy, before)  # not mutated


def test_tables_of_articles_that_are_all_empty_have_the_schema(gappy):
    empty = gappy.iloc[3:]
    for name in ("sentences", "quotes", "entities", "timeline"):
        out = getattr(nl, name)(empty)
        assert len(out) == 0 and out.columns.tolist() == schema.columns(name), name
    assert len(nl.speakers(nl.quotes(empty), empty)) == 0


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_analyze_with_empty_and_missing_texts(n_jobs):
    arts = _gappy_articles("string")
    before = arts.copy(deep=True)
    out = nl.analyze(arts, n_jobs=n_jobs, chunksize=3)
    assert out["quotes"]["speaker"].tolist() == ["الوزير", "بوتين", "بوتين"]
    assert out["sentences"]["article_id"].value_counts().to_dict() == {"minister": 2, "putin": 2, "putin_nat": 2}
    pd.testing.assert_frame_equal(out["timeline"], nl.timeline(arts), check_like=False)
    pd.testing.assert_frame_equal(arts, before)


def test_speakers_skip_undated_articles_in_the_date_range(gappy):
    sp = nl.speakers(nl.quotes(gappy), gappy).drop(columns=["speaker_type", "speaker_gender"])
    assert sp.astype(object).values.tolist() == [
        # quotes, direct, partial, indirect, articles, first and last date: putin_nat has no date
        ["بوتين", 2, 2, 0, 0, 2, pd.Timestamp("2024-01-02"), pd.Timestamp("2024-01-02")],
        ["الوزير", 1, 1, 0, 0, 1, pd.Timestamp("2024-01-02"), pd.Timestamp("2024-01-02")],
    ]


def test_speakers_count_a_quote_of_unknown_kind():
    q = pd.DataFrame({"article_id": ["a", "a", "b"], "speaker": ["بوتين", "بوتين", pd.NA],
                      "kind": pd.Categorical(["direct", None, "direct"])})
    assert nl.speakers(q)[["speaker", "quotes"]].values.tolist() == [["بوتين", 2]]


def test_view_of_an_article_without_text_has_no_paragraph(gappy):
    q, e = nl.quotes(gappy), nl.entities(gappy)
    for aid in EMPTY_TEXTS:
        html = nl.view(gappy, aid, quotes=q, entities=e, jupyter=False)
        assert '<p dir="auto">' not in html, aid  # a NaN text was shown as a paragraph "nan"
        assert html.count("<h2") == (1 if aid == "none" else 0)  # only "none" has a title (عنوان)
    html = nl.view(gappy, "minister", quotes=q, entities=e, jupyter=False)
    assert html.count('<p dir="auto">') == 1 and "«الوضع مستقر»" in html and "2024-01-02" in html


def test_show_marks_every_missing_cell_as_NA(gappy):
    html = nl.show(gappy, jupyter=False)
    missing = int(gappy.isna().sum().sum())  # 3 sources, 4 dates, 5 titles, 3 texts
    assert missing == 15 and html.count('<span class="nl-na">&lt;NA&gt;</span>') == missing
    assert "8 rows × 5 columns" in html and "قال الوزير" in html


# ----------------------------------------------------------------------------- missing columns
ARTICLE_FUNCTIONS = ["sentences", "quotes", "entities", "timeline", "analyze"]


@pytest.mark.parametrize("name", ARTICLE_FUNCTIONS)
@pytest.mark.parametrize("column", ["article_id", "text"])
def test_a_missing_required_column_is_one_clear_error(name, column):
    arts = _gappy_articles().drop(columns=[column])
    with pytest.raises(KeyError, match=rf"nl\.{name}: the articles table has no column '{column}' \(its columns: "):
        getattr(nl, name)(arts)
    with pytest.raises(schema.MissingColumnError):
        getattr(nl, name)(arts.iloc[:0])  # even with no rows


def test_source_published_and_title_are_optional():
    arts = pd.DataFrame({"article_id": ["putin", "none"], "text": [PUTIN, None]})
    assert nl.sentences(arts)["article_id"].tolist() == ["putin", "putin"]
    assert nl.quotes(arts)["speaker"].tolist() == ["بوتين"]
    assert nl.entities(arts)["name"].tolist() == ["بوتين", "إيمانويل ماكرون", "ليتوانيا"]
    assert nl.timeline(arts)[["text", "value"]].astype(object).values.tolist() == [["أمس", pd.NA]]
    sp = nl.speakers(nl.quotes(arts), arts)
    assert sp[["speaker", "quotes"]].values.tolist() == [["بوتين", 1]] and sp["first_published"].isna().all()
    assert "«لن نتراجع»" in nl.view(arts, "putin", jupyter=False)
    assert sorted(nl.analyze(arts)) == ["entities", "quotes", "sentences", "timeline"]


def test_speakers_and_per_hundred_name_their_missing_columns():
    q = nl.quotes(_gappy_articles())
    with pytest.raises(KeyError, match=r"nl\.speakers: the quotes table has no column 'speaker'"):
        nl.speakers(q.drop(columns=["speaker"]))
    with pytest.raises(KeyError, match=r"nl\.speakers: the articles table has no column 'article_id'"):
        nl.speakers(q, pd.DataFrame({"published": pd.to_datetime(["2024-01-02"])}))
    ents = pd.DataFrame({"article_id": ["minister"], "name": ["الوزير"]})
    with pytest.raises(KeyError, match=r"corpus\.per_hundred: the articles table has no column 'source'"):
        corpus.per_hundred(ents, _gappy_articles().drop(columns=["source"]))


# ----------------------------------------------------------------------------- corpus and charts
def test_corpus_helpers_leave_out_missing_dates_and_groups(gappy):
    assert corpus.over_time(gappy["published"]).to_dict() == {"2024-01-02": 2, "2024-01-03": 1, "2024-01-04": 1}
    assert corpus.over_time(pd.Series([pd.NaT, None])).empty
    ents = pd.DataFrame({"article_id": ["putin", "putin", "none", "putin_nat"],
                         "name": ["ليتوانيا", "ليتوانيا", pd.NA, "ليتوانيا"]})
    # bbc has 3 articles, one naming Lithuania; putin_nat has no source and counts in no group
    assert corpus.per_hundred(ents, gappy).to_dict() == {"bbc": {"ليتوانيا": 33}, "x": {"ليتوانيا": 0}}


def test_charts_of_empty_tables_and_missing_categories(gappy):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    speakers = pd.Series(["بوتين", pd.NA, "بوتين", None, "الوزير"], dtype="string")
    ax = charts.bar(speakers)
    assert [t.get_text() for t in ax.get_yticklabels()] == [charts.label("الوزير"), charts.label("بوتين")]
    assert len(charts.bar(nl.quotes(gappy.iloc[3:])["speaker"]).patches) == 0
    assert len(charts.heatmap(charts.cooccurrence(nl.entities(gappy.iloc[3:]))).texts) == 0
    ents = pd.DataFrame({"article_id": ["a"] * 4, "sentence_id": pd.array([0, 0, 0, pd.NA], dtype="Int64"),
                         "label": pd.Categorical(["PER", "LOC", None, "LOC"]), "name": ["بوتين", "مينسك", "موسكو", pd.NA]})
    assert charts.cooccurrence(ents).to_dict() == {"مينسك": {"بوتين": 1}}
    assert len(charts.timeline_plot(nl.timeline(gappy.iloc[3:])).texts) == 0
    ax = charts.timeline_plot(nl.timeline(gappy))  # the undated "yesterday" of putin_nat is left out
    assert [t.get_text() for t in ax.texts] == [charts.label("أمس")]
    plt.close("all")


# ----------------------------------------------------------------------------- files with gaps
def test_jsonl_with_null_text_and_no_published_loads_empty_articles(tmp_path):
    lines = [{"id": "r", "text": AR, "published": "2024-01-02"}, {"id": "null", "text": None, "published": "2024-01-02"},
             {"id": "nodate", "text": "وأضاف أن الحكومة تتابع."}, {"id": "nulldate", "text": "", "published": None}]
    p = _write(tmp_path, "gaps.jsonl", "\n".join(json.dumps(x, ensure_ascii=False) for x in lines))
    a = nl.read_articles(p)
    assert a["article_id"].tolist() == ["r", "null", "nodate", "nulldate"]
    assert a["text"].tolist() == [AR, "", "وأضاف أن الحكومة تتابع.", ""]
    assert a["published"].isna().tolist() == [False, False, True, True]
    assert nl.sentences(a).groupby("article_id").size().to_dict() == {"nodate": 1, "r": 2}
    assert nl.quotes(a)[["article_id", "speaker"]].values.tolist() == [["r", "الوزير"]]


def test_jsonl_record_without_a_text_field_is_named_or_skipped_with_warn(tmp_path):
    lines = [{"id": "r", "text": AR}, {"id": "notext", "published": "2024-01-02"}]
    p = _write(tmp_path, "missing.jsonl", "\n".join(json.dumps(x, ensure_ascii=False) for x in lines))
    with pytest.raises(LoadError, match=r"missing\.jsonl, line 2: record has no text field"):
        nl.read_articles(p)
    with pytest.warns(UserWarning, match=r"missing\.jsonl line 2"):
        a = nl.read_articles(p, errors="warn")
    assert a["article_id"].tolist() == ["r"]


def test_json_NaN_and_nulls_in_lists_are_missing_not_the_word_nan(tmp_path):
    # Python's json (and so many scrapers' output) reads and writes a bare NaN
    lines = ['{"id": "nan", "text": NaN, "title": NaN, "published": NaN}',
             '{"id": "paras", "text": ["قال الوزير: «الوضع مستقر».", null, "وأضاف أن الحكومة تتابع."], "authors": ["رائد جبر", null]}']
    a = nl.read_articles(_write(tmp_path, "nan.jsonl", "\n".join(lines)))
    assert a["text"].tolist() == ["", "قال الوزير: «الوضع مستقر».\nوأضاف أن الحكومة تتابع."]
    assert a["title"].isna().all() and a["published"].isna().all()
    assert a.loc[1, "byline"] == "رائد جبر"
    assert nl.sentences(a)[["article_id", "paragraph_id"]].values.tolist() == [["paras", 0], ["paras", 1]]


def test_bar_leaves_out_a_missing_category_and_names_a_missing_x():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    counts = pd.Series(["بوتين", None, "بوتين", "الوزير"]).value_counts(dropna=False)  # NaN: 1
    ax = charts.bar(counts)
    assert [t.get_text() for t in ax.get_yticklabels()] == [charts.label("الوزير"), charts.label("بوتين")]
    assert [t.get_text() for t in ax.texts] == ["1", "2"]
    with pytest.raises(ValueError, match=r"no category column among \['quotes'\]: pass x="):
        charts.bar(pd.DataFrame({"quotes": [3, 1]}))
    ax = charts.heatmap(pd.DataFrame([[2.0, float("nan")]], index=["بوتين"], columns=["موسكو", "مينسك"]))
    assert sorted(t.get_text() for t in ax.texts) == ["", "2"]  # the unknown cell stays empty
    plt.close("all")


def test_timeline_takes_published_as_text_with_gaps_and_names_a_bad_date():
    arts = pd.DataFrame({"article_id": ["iso", "empty", "none"], "text": [PUTIN] * 3,
                         "published": ["2024-01-02", "", None]})  # a CSV read by pandas itself
    t = nl.timeline(arts)
    assert t[["article_id", "value"]].astype(object).values.tolist() == [
        ["iso", "2024-01-01"], ["empty", pd.NA], ["none", pd.NA]]
    with pytest.raises(ValueError, match=r"nl\.timeline: article 'bad' has published='أمس', which is not a date"):
        nl.timeline(pd.DataFrame({"article_id": ["bad"], "text": [PUTIN], "published": ["أمس"]}))
