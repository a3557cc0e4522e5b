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
