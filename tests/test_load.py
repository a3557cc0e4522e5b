"""read_articles: the reference file, every input format, encodings, metadata and bad input."""

from __future__ import annotations

import codecs
import gzip
import json

import pandas as pd
import pytest

import newslib as nl
from newslib import schema
from newslib.load import LoadError

from conftest import DATA, shared_path

REF = DATA / "000_6070e3483526b2f2.txt"
BODY = "وقال بوتين في الخطاب: «روابط تاريخية توحّد البلدين».\nوأضاف أن التعاون مستمر."


def test_reference_file_gives_exactly_two_articles(articles):
    assert articles["article_id"].tolist() == ["000_6070e3483526b2f2-0", "000_6070e3483526b2f2-1"]
    assert articles["title"].tolist() == [
        "موسكو ترفض «الضغوط الخارجية» على مينسك",
        "زعيم كوريا الشمالية يتعهد تعزيز الشراكة مع روسيا ويصف بوتين بـ«الصديق الأعز»",
    ]
    assert articles.loc[0, "subtitle"] == "بوتين تجاهل دعوات أوروبية لحوار ولوكاشينكو «يتأقلم» مع الاحتجاجات"
    assert pd.isna(articles.loc[1, "subtitle"])
    # one caption each, printed twice in the page, ending in the agency credit
    assert articles.loc[0, "captions"] == (
        "زعيمة المعارضة البيلاروسية سفيتلانا تيخانوفسكايا لدى وصولها إلى فندق بالعاصمة الليتوانية "
        "فيلنوس للقاء الرئيس ماكرون (أ.ف.ب)"
    )
    assert articles.loc[1, "captions"].endswith("في يونيو 2024 (أ.ف.ب)")
    assert "\n" not in articles.loc[1, "captions"]
    assert articles.loc[0, "text"].startswith("وجه الرئيس الروسي")
    assert articles.loc[1, "text"].startswith("ذكرت وكالة الأنباء المركزية الكورية")


def test_reference_bodies_hold_no_header_lines(articles):
    for row in articles.itertuples():
        lines = row.text.split("\n")
        assert "TT" not in lines
        assert row.title not in lines
        assert not any(c in lines for c in row.captions.split("\n"))
        assert "" not in lines  # paragraphs joined by one newline, blank lines gone
    assert articles.loc[0, "text"].count("\n") == 15  # 16 paragraphs
    assert articles.loc[1, "text"].count("\n") == 8  # 9 paragraphs (blank-line separated in the file)
    assert articles.loc[0, "text"].endswith("وعدم السماح بإمكانية المفاوضات».")
    assert articles.loc[1, "text"].endswith("إن أكثر من ألف منهم قُتلوا أو أصيبوا.")


def test_reference_metadata_from_sidecar(articles):
    assert articles["published"].dt.strftime("%Y-%m-%d").tolist() == ["2020-09-30", "2024-12-31"]
    assert articles["source"].tolist() == ["Asharq Al-Awsat"] * 2
    assert articles["encoding"].tolist() == ["utf-8", "utf-8"]


def test_columns_and_dtypes_follow_schema(articles):
    assert articles.columns[: len(schema.columns("articles"))].tolist() == schema.columns("articles")
    assert str(articles["published"].dtype) == "datetime64[ns]"
    assert str(articles["text"].dtype) == "string"


def test_ids_are_stable_across_runs_and_directories(tmp_path):
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / REF.name).write_bytes(REF.read_bytes())
    a = nl.read_articles(tmp_path)
    assert a["article_id"].tolist() == nl.read_articles(REF)["article_id"].tolist()
    assert pd.isna(a.loc[0, "published"])  # no metadata.csv beside this copy


def _jsonl(path, rows, gz=False):
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n"
    if gz:
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            fh.write(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def test_jsonl_maps_fields_keeps_text_exactly_and_extras(tmp_path):
    text = "  «نص» كما هو\n\nبمسافات  "
    p = _jsonl(tmp_path / "a.jsonl.gz", [
        {"id": "x1", "title": "عنوان", "maintext": text, "date_publish": "2015-07-21 02:51:32+03:00",
         "source": "aawsat", "url": "http://e.x/1", "authors": ["أحمد", "سارة"], "section": "world"},
        {"id": "x2", "content": "", "datetime": "2017-08-11T15:25:39Z"},
    ], gz=True)
    a = nl.read_articles(p)
    assert a["article_id"].tolist() == ["x1", "x2"]
    assert a.loc[0, "text"] == text
    assert a.loc[1, "text"] == ""  # empty texts are kept, not dropped
    # the outlet's own calendar day is kept: the UTC offset is dropped, not converted
    assert a["published"].astype(str).tolist() == ["2015-07-21 02:51:32", "2017-08-11 15:25:39"]
    assert a.loc[0, "byline"] == "أحمد، سارة"
    assert a.loc[0, "section"] == "world"
    assert a.columns.tolist()[-1] == "section"


def test_json_array_and_csv_with_bom_semicolons_crlf(tmp_path):
    (tmp_path / "arr.json").write_text(json.dumps([{"title": "أ", "body": "نص أول"}], ensure_ascii=False), encoding="utf-8")
    csv_bytes = codecs.BOM_UTF8 + "id;headline;story\r\nc1;عنوان;«نص»; مع فاصلة\r\n".replace(
        "«نص»; مع فاصلة", '"«نص»; مع فاصلة"').encode("utf-8")
    (tmp_path / "b.csv").write_bytes(csv_bytes)
    a = nl.read_articles([tmp_path / "arr.json", tmp_path / "b.csv"], text_column="story")
    assert a["article_id"].tolist() == ["arr-0", "c1"]
    assert a["text"].tolist() == ["نص أول", "«نص»; مع فاصلة"]
    assert a.loc[1, "title"] == "عنوان"
    assert a.loc[1, "encoding"] == "utf-8-sig"


@pytest.mark.parametrize("enc,expected", [("cp1256", "cp1256"), ("utf-16", "utf-16"), ("utf-8-sig", "utf-8-sig")])
def test_encodings_detected_and_recorded(tmp_path, enc, expected):
    p = tmp_path / "one.txt"
    p.write_bytes(BODY.encode(enc))
    a = nl.read_articles(p)
    assert a.loc[0, "text"] == BODY
    assert a.loc[0, "encoding"] == expected


def test_forced_encoding_that_does_not_fit_names_file_and_byte(tmp_path):
    p = tmp_path / "one.txt"
    p.write_bytes(BODY.encode("utf-8"))
    with pytest.raises(LoadError, match=r"one\.txt: cannot be decoded as ascii \(byte 0"):
        nl.read_articles(p, encoding="ascii")


def test_broken_json_line_raises_with_file_and_line(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"id": "1", "text": "نص"}\n{"id": "2", "text": \n{"id": "3"}\n', encoding="utf-8")
    with pytest.raises(LoadError, match=r"bad\.jsonl, line 2: not valid JSON"):
        nl.read_articles(p)


def test_warn_mode_skips_bad_records_and_lists_them(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"id": "1", "text": "نص"}\n{"id": "2", "text": \n{"id": "3", "headline": "بلا نص"}\n{"id": "4", "text": null}\n', encoding="utf-8")
    with pytest.warns(UserWarning, match=r"skipped 2 bad record\(s\)"):
        a = nl.read_articles(p, errors="warn")
    assert a["article_id"].tolist() == ["1", "4"]
    assert a.loc[1, "text"] == ""
    assert [(x["where"], x["problem"][:20]) for x in a.attrs["problems"]] == [
        ("line 2", "not valid JSON (Expe"), ("line 3", "record has no text f")]


def test_csv_without_text_column_is_a_clear_error(tmp_path):
    p = tmp_path / "t.csv"
    p.write_text("id,headline\n1,عنوان\n", encoding="utf-8")
    with pytest.raises(LoadError, match=r"t\.csv: no text column one of text, content.*columns are id, headline"):
        nl.read_articles(p)


def test_binary_and_truncated_gzip_files_are_named(tmp_path):
    pdf = tmp_path / "report.txt"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    with pytest.raises(LoadError, match=r"report\.txt: this is a PDF document, not text"):
        nl.read_articles(pdf)
    gz = tmp_path / "cut.jsonl.gz"
    gz.write_bytes(gzip.compress(b'{"text": "x"}\n' * 200)[:40])
    with pytest.raises(LoadError, match=r"cut\.jsonl\.gz: truncated or corrupt gzip"):
        nl.read_articles(gz)


def test_missing_source_and_glob(tmp_path):
    with pytest.raises(LoadError, match="no such file or directory"):
        nl.read_articles(tmp_path / "nope.txt")
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(f"خبر رقم {i}", encoding="utf-8")
    a = nl.read_articles(str(tmp_path / "a*.txt"))
    assert a["text"].tolist() == ["خبر رقم 0", "خبر رقم 1", "خبر رقم 2"]
    assert a["article_id"].tolist() == ["a0-0", "a1-0", "a2-0"]


def test_metadata_fills_only_missing_fields(tmp_path):
    _jsonl(tmp_path / "n.jsonl", [{"id": "k", "text": "نص", "source": "sabq"}, {"id": "m", "text": "نص آخر"}])
    (tmp_path / "metadata.csv").write_text(
        "file,index,published,source,url\nn.jsonl,0,2015-07-20,okaz,http://u/0\nn.jsonl,1,2015-07-22,okaz,\n", encoding="utf-8")
    a = nl.read_articles(tmp_path)
    assert a["source"].tolist() == ["sabq", "okaz"]  # the record's own value wins
    assert a["published"].dt.day.tolist() == [20, 22]
    assert a.loc[0, "url"] == "http://u/0"


def test_saudinewsnet_loads_whole_with_ids_and_dates():
    p = shared_path("saudinewsnet", "dev.jsonl.gz")
    a = nl.read_articles(p)
    assert len(a) == 15042
    assert a["article_id"].is_unique
    assert a["published"].notna().all()
    assert (a["text"] == "").sum() == 194  # empty texts kept
    assert a.loc[0, "article_id"] == "snn-00547aa58e06"


def test_escaped_html_in_a_title_is_unescaped_but_the_text_is_kept_as_is(tmp_path):
    # SaudiNewsNet has &quot; in 510 titles; the body keeps every character (offsets point into it)
    p = tmp_path / "escaped.jsonl"
    p.write_text(json.dumps({"title": "وزير المالية: &quot;الميزانية مستقرة&quot; &#8211; تقرير",
                             "text": "قال الوزير: &quot;نعم&quot;."}, ensure_ascii=False) + "\n", encoding="utf-8")
    a = nl.read_articles(p)
    assert a.loc[0, "title"] == 'وزير المالية: "الميزانية مستقرة" – تقرير'
    assert a.loc[0, "text"] == "قال الوزير: &quot;نعم&quot;."
