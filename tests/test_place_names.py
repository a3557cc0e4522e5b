"""Canonical place names: a country's official long form and its common short name are one `name`."""

from __future__ import annotations

import pandas as pd
import pytest

import newslib as nl
from newslib import lexicons

KIM = "000_6070e3483526b2f2-1"

# (sentence, the place as written, the expected `name`)
CASES = [
    ("وقالت وكالة الأنباء إن جمهورية كوريا الديمقراطية الشعبية أطلقت صاروخاً.",
     "جمهورية كوريا الديمقراطية الشعبية", "كوريا الشمالية"),
    ("وصل الوزير إلى الولايات المتحدة الأمريكية أمس.", "الولايات المتحدة الأمريكية", "الولايات المتحدة"),
    ("وصل الوزير إلى الولايات المتحدة الأميركية أمس.", "الولايات المتحدة الأميركية", "الولايات المتحدة"),
    ("وزار الرئيس المملكة العربية السعودية الأسبوع الماضي.", "المملكة العربية السعودية", "السعودية"),
    ("وقّعت الإمارات العربية المتحدة اتفاقاً مع فرنسا.", "الإمارات العربية المتحدة", "الإمارات"),
    ("وأعلنت جمهورية مصر العربية عن خطة جديدة.", "جمهورية مصر العربية", "مصر"),
    ("وصل الوفد إلى الجمهورية العربية السورية أمس.", "الجمهورية العربية السورية", "سوريا"),
    ("وصل الوفد إلى المملكة الأردنية الهاشمية أمس.", "المملكة الأردنية الهاشمية", "الأردن"),
    ("وصل الوفد إلى جمهورية الصين الشعبية أمس.", "جمهورية الصين الشعبية", "الصين"),
    ("وصل الوفد إلى الاتحاد الروسي أمس.", "الاتحاد الروسي", "روسيا"),
    # short forms are left as written
    ("ووصل إلى السعودية ثم إلى مصر وكوريا الشمالية.", "السعودية", "السعودية"),
    ("ووصل إلى السعودية ثم إلى مصر وكوريا الشمالية.", "كوريا الشمالية", "كوريا الشمالية"),
]


@pytest.fixture(scope="module")
def found():
    texts = sorted({s for s, _, _ in CASES})
    arts = pd.DataFrame({"article_id": [str(i) for i in range(len(texts))], "text": texts})
    ents = nl.entities(arts)
    ents = ents.assign(sentence=ents["article_id"].astype(int).map(dict(enumerate(texts))))
    return ents


@pytest.mark.parametrize("sentence, written, name", CASES)
def test_official_long_form_is_named_by_the_short_name(found, sentence, written, name):
    row = found[(found["sentence"] == sentence) & (found["text"] == written)]
    assert row[["label", "name"]].values.tolist() == [["LOC", name]]


def test_long_and_short_forms_share_the_key(found):
    keys = found.groupby("name")["key"].unique()
    assert keys["كوريا الشمالية"].tolist() == ["LOC:كوريا الشماليه"]
    assert keys["السعودية"].tolist() == ["LOC:المملكه العربيه السعوديه"]   # the CLDR canonical, as before


def test_the_kim_article_names_north_korea_once(articles):
    ents = nl.entities(articles)
    places = ents[(ents["article_id"] == KIM) & (ents["label"] == "LOC")]
    korea = places[places["key"] == "LOC:كوريا الشماليه"]
    assert set(korea["text"]) == {"جمهورية كوريا الديمقراطية الشعبية", "كوريا الشمالية"}
    assert set(korea["name"]) == {"كوريا الشمالية"}


def test_every_short_name_is_a_gazetteer_country():
    countries = set(lexicons.column("gazetteer_countries", "name"))
    assert [r["short"] for r in lexicons.read("gazetteer_country_aliases") if r["short"] not in countries] == []
