"""Sentence splitting: boundaries, abbreviations, quotes, and the offset invariants."""

from __future__ import annotations

import re
import unicodedata

import pandas as pd
import pytest

import newslib as nl
from newslib import schema
from newslib.sentences import split_text

from conftest import shared_path


def _texts(text):
    return [text[s:e] for s, e, _ in split_text(text)]


def check_invariants(articles: pd.DataFrame, sents: pd.DataFrame) -> None:
    texts = dict(zip(articles["article_id"], articles["text"]))
    for aid, group in sents.groupby("article_id", sort=False):
        text = texts[aid]
        covered = [False] * len(text)
        prev_end = -1
        for r in group.itertuples():
            assert text[r.start:r.end] == r.text
            assert r.start >= prev_end, f"{aid}: sentence {r.sentence_id} overlaps the previous one"
            prev_end = r.end
            for i in range(r.start, r.end):
                covered[i] = True
        missing = [i for i, ch in enumerate(text) if not (ch.isspace() or unicodedata.category(ch) == "Cf") and not covered[i]]
        assert not missing, f"{aid}: characters not in any sentence at {missing[:5]}"
    with_text = set(articles.loc[articles["text"].str.strip() != "", "article_id"])
    assert set(sents["article_id"]) == with_text


@pytest.mark.parametrize("text,expected", [
    ("أعلن المتحدث النتائج. وقال إنها جيدة", ["أعلن المتحدث النتائج.", "وقال إنها جيدة"]),
    ("هل انتهت الأزمة؟ لا! ربما…  غداً", ["هل انتهت الأزمة؟", "لا!", "ربما…", "غداً"]),
    ("نقلت (أ.ف.ب) عن د. محمد أن U.S. officials وصلوا.", ["نقلت (أ.ف.ب) عن د. محمد أن U.S. officials وصلوا."]),
    ("بلغ النمو 3.5 في المائة. زوروا www.spa.gov.sa أو اكتبوا إلى info@spa.gov.sa اليوم.",
     ["بلغ النمو 3.5 في المائة.", "زوروا www.spa.gov.sa أو اكتبوا إلى info@spa.gov.sa اليوم."]),
    ("وقال: «آمل أن يتم الحل. يجب أن نتضامن». وأضاف", ["وقال: «آمل أن يتم الحل.", "يجب أن نتضامن».", "وأضاف"]),
    ("قال: “انتهى الأمر.” ثم غادر (بعد الاجتماع.) وعاد", ["قال: “انتهى الأمر.”", "ثم غادر (بعد الاجتماع.)", "وعاد"]),
    ("العنوان ص.ب 1234 الرياض. النهاية", ["العنوان ص.ب 1234 الرياض.", "النهاية"]),
    ('قال: "انتهى!". ثم\u200b غادر.\u200b', ['قال: "انتهى!".', 'ثم\u200b غادر.']),
    ("فقرة أولى\n\n  فقرة ثانية بلا نقطة\nثالثة.", ["فقرة أولى", "فقرة ثانية بلا نقطة", "ثالثة."]),
    ("وزاد: «فرنسا لن تكون الوسيط... يجب أن تقوم المنظمة»", ["وزاد: «فرنسا لن تكون الوسيط...", "يجب أن تقوم المنظمة»"]),
])
def test_boundaries(text, expected):
    assert _texts(text) == expected


def test_paragraph_ids_count_paragraphs_not_lines():
    assert [p for _, _, p in split_text("نعم. لا.\n\n\nج\r\nد")] == [0, 0, 1, 2]


def test_reference_articles(articles):
    s = nl.sentences(articles)
    assert s.columns.tolist() == schema.columns("sentences")
    assert s.groupby("article_id").size().tolist() == [33, 15]
    first = s[s["article_id"] == "000_6070e3483526b2f2-0"]
    # «آمل أن يتم حل هذه القضية. في القمة المقبلة …» — a quotation of two sentences is split
    assert first.loc[first["sentence_id"] == 13, "text"].item() == "وقال نوسيدا: «آمل أن يتم حل هذه القضية."
    assert first["paragraph_id"].max() == 15
    check_invariants(articles, s)


def test_does_not_mutate_input(articles):
    before = articles.copy(deep=True)
    nl.sentences(articles)
    pd.testing.assert_frame_equal(articles, before)


def test_empty_and_whitespace_texts_give_no_sentences():
    arts = pd.DataFrame({"article_id": ["e", "w", "t"], "text": ["", " \n\t ", "نص"]})
    assert nl.sentences(arts)["article_id"].tolist() == ["t"]


def test_invariants_on_2000_saudinewsnet_articles():
    arts = nl.read_articles(shared_path("saudinewsnet", "dev.jsonl.gz")).head(2000)
    s = nl.sentences(arts)
    check_invariants(arts, s)
    assert 25_000 < len(s) < 35_000  # 28,802 on 2026-11-29: about 14 a article
    # no sentence ends on a single-letter initial such as "د."
    assert not s["text"].str.contains(r"(?:^|\s)[دأ]\.$", regex=True).any()
    assert not s["text"].str.match(re.compile(r"^\d\.\d")).any()  # decimals are never split
