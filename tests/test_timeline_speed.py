"""Exact speed-ups of nl.timeline (issue 18) give the same rows: the candidate finder branches on a word's first
letters (``_dispatch``) and must stop at the same places, with the same matches, as the plain alternation of its
alternatives that it stands for; a text that repeats in a call is read once."""

from __future__ import annotations

import importlib
import re

import pandas as pd
import pytest

import newslib as nl
from conftest import shared_path

T = importlib.import_module("newslib.timeline")


def _plain(leads, depth: int = 2) -> str:
    """What the dispatch stands for: each alternative's words as one trie (:func:`_alt`), in the table's order."""
    return "|".join((f"(?<={re.escape(lead[2])})" if len(lead) > 2 else "") + T._alt(lead[0]) + lead[1]
                    for lead in leads if any(map(T._k, lead[0])))


@pytest.fixture(scope="module")
def finders():
    """The table of alternatives of the candidate finder, the finder built with the plain alternation, and the real one."""
    seen = []
    real = T._dispatch

    def plain(leads, depth: int = 2) -> str:
        seen.append(leads)
        return _plain(leads)

    T._dispatch = plain
    try:
        _, _, cand_plain = T._grammar.__wrapped__()  # a fresh build, past the cache
    finally:
        T._dispatch = real
    assert len(seen) == 1
    return seen[0], cand_plain, T._grammar()[2]


def _spans(rx: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


def test_the_dispatch_routes_every_word_of_every_alternative(finders):
    # Without their lookaheads, every word of every alternative must be found where it stands (a word the
    # dispatch did not route to its alternative by its first letters would not be), with the same match.
    leads = finders[0]
    bare = [(lead[0], "", *lead[2:]) for lead in leads]
    dispatched, plain = re.compile(T._dispatch(bare)), re.compile(_plain(bare))
    n = 0
    for lead in bare:
        before = lead[2] if len(lead) > 2 else ""
        for w in lead[0]:
            text = before + T._k(w)
            got = dispatched.match(text, len(before))
            assert got is not None, (w, lead[1:])
            assert got.span() == plain.match(text, len(before)).span(), w
            n += 1
    assert n > 500  # the table is the real one: months, weekdays, units, number words …


def test_the_dispatch_keeps_the_order_of_the_alternatives():
    rx = re.compile(T._dispatch([(["قبل"], r"(?=\s+\d)"), (["قبلها", "قبل"], r"(?!\w)"), (["يوم"], r"(?=\s+من\s)", "بعد ")]))
    assert [rx.match(t)[0] for t in ("قبل 5", "قبلها", "قبل ذلك")] == ["قبل", "قبلها", "قبل"]
    assert [m[0] for m in rx.finditer("بعد يوم من الحرب")] == ["يوم"]
    assert [m[0] for m in rx.finditer("قبل يوم من الحرب")] == ["قبل"]  # يوم only after بعد


def test_same_candidates_as_the_plain_alternation_on_every_word_in_context(finders, articles):
    # Every word of the table after the clitics the finder allows, before what its lookaheads look for.
    leads, plain, cand = finders
    words = sorted({T._k(w) for lead in leads for w in lead[0]} - {""})
    after = ["", " 2015", " (2015)", " 12 مارس", " يوما", " أيام", " الماضي", " الخميس", " أمس", " من الشهر",
             " ثلاثة أيام", " رمضان", " صباحا", " واحد", " عشر سنوات", " الصيف", " الربع"]
    text = " ".join(f"{cl}{w}{a}." for w in words for cl in ("", "و", "ول", "ب", "فب") for a in after)
    key = " " + T.arabic.search_key(text)[0]
    got = _spans(cand, key)
    assert len(got) > 20_000
    assert got == _spans(plain, key)


def test_same_candidates_as_the_plain_alternation_on_articles(finders, articles):
    _, plain, cand = finders
    texts = articles["text"].tolist() + nl.read_articles(shared_path("bbc_arabic_2017", "articles.jsonl.gz"))["text"].tolist()
    for text in texts:
        key = " " + T.arabic.search_key(text)[0]
        assert _spans(cand, key) == _spans(plain, key)


def test_a_reprinted_text_gives_the_rows_of_its_first_printing():
    text = "قال الوزير أمس إن المشروع يكتمل في مارس 2016، بعد ثلاثة أشهر من بدء العمل."
    arts = pd.DataFrame({"article_id": ["a", "b", "c", "d"], "text": [text, text, text, "لا تاريخ هنا"],
                         "published": pd.to_datetime(["2015-07-01", "2015-07-01", "2015-08-01", "2015-07-01"])})
    tl = nl.timeline(arts)
    rows = lambda aid: tl[tl["article_id"] == aid].drop(columns="article_id").reset_index(drop=True)  # noqa: E731
    assert rows("a")[["text", "value"]].values.tolist() == [["أمس", "2015-06-30"], ["مارس 2016", "2016-03"], ["ثلاثة أشهر", "P3M"]]
    pd.testing.assert_frame_equal(rows("a"), rows("b"))
    assert rows("c").loc[0, "value"] == "2015-07-31"  # another day: read again
    alone = nl.timeline(arts.iloc[[1]])
    pd.testing.assert_frame_equal(alone.reset_index(drop=True), tl[tl["article_id"] == "b"].reset_index(drop=True))
