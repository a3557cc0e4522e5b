"""Invariants as property tests on generated Arabic-like news text (hypothesis).

For every table: ``text[start:end]`` equals the row's text; the function does not mutate its
input; the same input gives the same output. Sentences cover the text exactly; quotes never
overlap each other.
"""

from __future__ import annotations

import unicodedata

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newslib as nl

WORDS = [
    "قال", "وقال", "وأضاف", "وأكدت", "بوتين", "الرئيس", "الروسي", "فلاديمير", "ماكرون", "وروسيا", "بالعاصمة",
    "لـ«روابط", "أمس", "اليوم", "يوم", "الاثنين", "الماضي", "فبراير", "(شباط)", "2022", "٢٠٢٤", "عام", "1436هـ",
    "إن", "أن", "في", "على", "وكالة", "«رويترز»", "منظمة", "الأمن", "والتعاون", "مُحَمَّدٌ", "الـعـربـيـة", "د.",
    "أ.ف.ب", "3.5", "U.S.", "ﺑﻮﺗﻴﻦ", "رئیس", "Putin", "said", "حزيران/يونيو", "18:07", "الساعة", "قبل", "عامين",
]
MARKS = ["«", "»", "“", "”", '"', "„", ":", "،", ".", "؟", "!", "…", "(", ")", "-"]
SEPS = [" ", " ", " ", "  ", "\n", "\n\n", " \u200b", "\t"]

token = st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKS), st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءأإآؤئ", min_size=1, max_size=7))
article_text = st.lists(st.tuples(token, st.sampled_from(SEPS)), min_size=0, max_size=80).map(
    lambda parts: "".join(t + s for t, s in parts))

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TABLES = ["sentences", "quotes", "entities", "timeline"]


def _articles(texts: list[str]) -> pd.DataFrame:
    return pd.DataFrame({
        "article_id": [f"a{i}" for i in range(len(texts))],
        "published": pd.to_datetime(["2024-12-31"] * len(texts)),
        "title": [""] * len(texts),
        "text": pd.array(texts, dtype="string"),
    })


def _func(name):
    func = getattr(nl, name, None)
    if not callable(func):
        pytest.fail(f"nl.{name} is not a function")
    return func


@pytest.mark.parametrize("name", TABLES)
@SETTINGS
@given(texts=st.lists(article_text, min_size=1, max_size=3))
def test_offsets_reproduce_rows_no_mutation_deterministic(name, texts):
    func = _func(name)
    arts = _articles(texts)
    before = arts.copy(deep=True)
    out = func(arts)
    pd.testing.assert_frame_equal(arts, before)
    by_id = dict(zip(arts["article_id"], arts["text"]))
    for r in out.itertuples():
        assert by_id[r.article_id][r.start:r.end] == r.text, (name, r)
        if name == "quotes" and pd.notna(r.speaker_start):   # the speaker's mention too
            assert by_id[r.article_id][r.speaker_start:r.speaker_end] == r.speaker_mention, r
    pd.testing.assert_frame_equal(out, func(arts))


@SETTINGS
@given(text=article_text)
def test_sentences_cover_the_text_exactly(text):
    s = nl.sentences(_articles([text]))
    covered = [False] * len(text)
    prev = -1
    for r in s.itertuples():
        assert r.start >= prev and r.end > r.start
        prev = r.end
        covered[r.start:r.end] = [True] * (r.end - r.start)
    assert all(covered[i] or ch.isspace() or unicodedata.category(ch) == "Cf" for i, ch in enumerate(text))


@SETTINGS
@given(text=article_text)
def test_quotes_never_overlap(text):
    q = _func("quotes")(_articles([text]))
    spans = sorted(zip(q["start"], q["end"]))
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        assert e1 <= s2, f"quotes overlap: {(s1, e1)} and {(s2, e2)} in {text!r}"


GAP = st.sampled_from(["", "  \n\t ", None, pd.NA, float("nan")])


@pytest.mark.parametrize("name", TABLES)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(st.one_of(article_text, GAP), min_size=1, max_size=4), dtype=st.sampled_from(["string", "object"]))
def test_missing_or_blank_articles_add_no_rows(name, texts, dtype):
    arts = _articles(texts).astype({"text": dtype})
    arts["text"] = pd.Series(texts, dtype=dtype)  # object keeps None, pd.NA and NaN as they came
    before = arts.copy(deep=True)
    out = _func(name)(arts)
    pd.testing.assert_frame_equal(arts, before)
    written = [isinstance(t, str) and bool(t.strip()) for t in texts]
    pd.testing.assert_frame_equal(out, _func(name)(arts[written]))
