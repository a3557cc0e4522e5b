"""Integrity of the timeline gold files against the corpus they point into (issue 18).

Checks offsets (inside the text, on word boundaries, no overlaps), TIMEX3 values, unique article ids,
ids disjoint across gold files, and the outlet split of ``timeline_periods_{dev,test}.jsonl``.
Skips cleanly when ../shared (the corpora) is absent.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest

from conftest import ROOT, shared_path

GOLD = ROOT / "tests" / "fixtures" / "gold"
PERIODS = {"dev": GOLD / "timeline_periods_dev.jsonl", "test": GOLD / "timeline_periods_test.jsonl"}
OTHERS = [GOLD / "timeline_dev.jsonl", GOLD / "timeline_test.jsonl", GOLD / "timeline_reference.jsonl"]
TUNE = {"aleqtisadiya", "arreyadi", "sabq", "alweeam", "3alyoum"}
TEST = {"aljazirah", "alriyadh", "okaz", "almadina", "alyaum", "alwatan", "aawsat"}
TYPES = {"date", "time", "duration", "set"}

_DAY = r"\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
_DATE = rf"(?:(?:BC)?\d{{2,4}}|\d{{4}}-(?:0[1-9]|1[0-2]|Q[1-4]|H[12]|SP|SU|FA|WI|W\d{{2}}(?:-WE|-[1-7])?)|{_DAY})"
_VALUE = {
    "date": re.compile(rf"^(?:{_DATE}|{_DAY}/{_DAY}|\d{{4}}/\d{{4}}|PAST_REF|FUTURE_REF|PRESENT_REF)$"),
    "time": re.compile(rf"^{_DAY}T(?:MO|MI|AF|EV|NI|DT|\d{{2}}:\d{{2}}(?::\d{{2}})?)$"),
    "duration": re.compile(r"^P(?:\d+(?:\.\d+)?[YMWD])+$|^PT(?:\d+(?:\.\d+)?[HMS])+$"),
    "set": re.compile(r"^P(?:T?\d+[YMWDHS])$|^XXXX-WXX-(?:WE|[1-7])(?:T\d\d:\d\d)?$|^XXXX-(?:\d\d(?:-\d\d)?|SP|SU|FA|WI)$|^XXXX-XX-XXT\d\d:\d\d$"),  # XXXX-WXX-5T13:00: every Friday at 13:00; XXXX-03-08: every 8 March; XXXX-XX-XXT08:00: every (such) day at 08:00
}
# proclitics a span may follow inside a token (Arabic: و، ف، ب، ل، ك and their pairs)
_CLITICS = {"و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"}


def _read(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines and lines[0].startswith("//"), f"{path.name}: the first line must be a // comment"
    return [json.loads(x) for x in lines[1:] if x.strip()]


def _valid_value(typ: str, value: str) -> bool:
    if typ == "date" and "/" in value and not re.match(r"^\d{4}/\d{4}$", value):
        a, b = value.split("/")
        return bool(re.match(rf"^{_DAY}$", a) and re.match(rf"^{_DAY}$", b)) and a <= b
    if typ == "date" and re.match(r"^\d{4}/\d{4}$", value):
        a, b = value.split("/")
        return int(b) == int(a) + 1
    return bool(_VALUE[typ].match(value))


def _starts_word(text: str, i: int) -> bool:
    if i == 0 or not text[i - 1].isalnum():
        return True
    if text[i - 1].isalpha() and text[i].isdigit():
        return True  # a year glued to its preposition (``ولد في1909``), as _ends_word takes letter/digit junctions
    j = i
    while j > 0 and text[j - 1].isalnum():
        j -= 1
    pre = text[j:i]
    # a tatweel closes a written-apart clitic: بـ48، لـ«المدينة»، الـ15
    return pre in _CLITICS or (pre.endswith("ـ") and pre.rstrip("ـ") in _CLITICS | {"ال"})


def _ends_word(text: str, i: int) -> bool:
    if i == len(text) or not text[i].isalnum():
        return True
    # letter/digit junctions without a space (``الماضي2500``) are boundaries
    return text[i - 1].isalpha() != text[i].isalpha()


@pytest.fixture(scope="module")
def corpus():
    import newslib as nl

    arts = nl.read_articles(shared_path("saudinewsnet", "dev.jsonl.gz"))
    return arts.set_index("article_id")[["text", "source", "published"]]


@pytest.fixture(scope="module")
def gold():
    if not PERIODS["dev"].exists():
        pytest.skip(f"{PERIODS['dev'].name} not written yet")
    return {split: _read(p) for split, p in PERIODS.items() if p.exists()}


def test_values_are_timex3(gold):
    for split, rows in gold.items():
        for r in rows:
            assert re.match(r"^\d{4}-\d{2}-\d{2}$", r["dct"]), r["article_id"]
            for t in r["timexes"]:
                assert set(t) == {"start", "end", "type", "value"}, (r["article_id"], t)
                assert t["type"] in TYPES, (r["article_id"], t)
                assert _valid_value(t["type"], t["value"]), (split, r["article_id"], t)


def test_ids_unique_and_disjoint_from_other_gold(gold):
    ids = [r["article_id"] for rows in gold.values() for r in rows]
    assert len(ids) == len(set(ids))
    others = {r["article_id"] for p in OTHERS if p.exists() for r in _read(p)}
    assert not set(ids) & others


def test_spans_inside_text_on_word_boundaries_without_overlap(gold, corpus):
    for rows in gold.values():
        for r in rows:
            aid = r["article_id"]
            assert aid in corpus.index, aid
            text = corpus.at[aid, "text"]
            assert str(corpus.at[aid, "published"].date()) == r["dct"], aid
            spans = sorted((t["start"], t["end"]) for t in r["timexes"])
            for s, e in spans:
                assert 0 <= s < e <= len(text), (aid, s, e)
                assert text[s:e] == text[s:e].strip(), (aid, s, e, text[s:e])
                assert _starts_word(text, s) and _ends_word(text, e), (aid, s, e, text[max(0, s - 3):e + 3])
            for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
                assert e1 <= s2, (aid, (s1, e1), (s2, e2))


def test_split_by_outlet(gold, corpus):
    outlets = {split: {corpus.at[r["article_id"], "source"] for r in rows} for split, rows in gold.items()}
    assert outlets["dev"] <= TUNE, outlets["dev"] - TUNE
    assert outlets.get("test", set()) <= TEST, outlets["test"] - TEST
    assert not outlets["dev"] & outlets.get("test", set())
    assert len(gold["dev"]) >= 24
    assert len(gold.get("test", [None] * 16)) >= 16


# ------------------------------------------------------------------ the blind golds (issue 18, rounds 3-5)
# Each was scored once blind (bench/README.md): fresh 0.932 / 0.879 (F1 / all values), blind2 0.940 /
# 0.820 / 0.821 (F1 / core / all), blind3 0.948 / 0.868 / 0.887. fresh and blind2 were tuned on since;
# blind3 too, from the seventh round; blind4 (F1 0.969 / core 0.856 / all 0.858 blind) from the eighth. The floors
# are each file's figures now: regression guards. blind5 (ninth round: 5 saved pages of other outlets and years, 15
# SaudiNewsNet, 10 BBC) was scored blind once by the lead after the ninth round (F1 0.940 / core 0.875 / all 0.890) and
# is a dev set from the tenth round, with floors at that round's figures. blind6 (eleventh round: 20 SaudiNewsNet, 10 BBC)
# was scored blind by the lead on the code before and after the eleventh round (F1 0.967 / core 0.952 / all 0.963, the
# same twice) and is a dev set from the twelfth round, with floors at that round's figures. blind7 (thirteenth round: 18
# SaudiNewsNet from all twelve outlets, 12 BBC) was scored blind by the lead on main 9b01a6b (F1 0.971 / core 0.856 / all
# 0.862) and is a dev set from the fourteenth round, with floors at that round's figures. blind8 (fifteenth round: 18
# SaudiNewsNet from all twelve outlets, 12 BBC of June–August 2017) was scored blind by the lead on main c960bbc and on
# the fifteenth round's code (F1 0.979 / core 0.925 / all 0.926, the same twice) and is a dev set from the sixteenth
# round, with floors at that round's figures. blind9 (seventeenth round: 22 SaudiNewsNet from all twelve outlets, 8 BBC of
# February–May 2017) was scored blind by the lead on main f790292 (F1 0.970 / core 0.918 / all 0.925) and is a dev set from the
# eighteenth round, with floors at that round's figures. blind10 (nineteenth round: 20 SaudiNewsNet from all twelve
# outlets, 10 BBC of February–May 2017) was scored blind by the lead on main afc3d62 (F1 0.961 / core 0.898 / all 0.887)
# and is a dev set from the nineteenth round, with floors at that round's figures. blind11 (twentieth round: 19 SaudiNewsNet
# from all twelve outlets, 10 BBC of February–May 2017) was scored blind by the lead on main 127deeb (F1 0.953 / core
# 0.925 / all 0.899) and is a dev set from the twentieth round, with floors at that round's figures. blind12 (twenty-first
# round's draw: 20 SaudiNewsNet from all twelve outlets, 10 BBC of February–May 2017) was scored blind by the lead on main
# 320f7fb (F1 0.980 / core 0.882 / all 0.901) and is tuned on from the twenty-first round, with floors at that round's figures.

FRESH, BLIND2, BLIND3, BLIND4, BLIND5, BLIND6, BLIND7, BLIND8, BLIND9, BLIND10, BLIND11, BLIND12, BLIND13, BLIND14, BLIND15 = (
    GOLD / f"timeline_{name}.jsonl"
    for name in ("fresh", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10",
                 "blind11", "blind12", "blind13", "blind14", "blind15")
)
# Corpus files a gold points into besides SaudiNewsNet dev and BBC Arabic 2017: blind5 holds the five saved news
# pages of ../shared/corpora/html (one article each, read with trafilatura).
HTML_PAGES = (
    "albayan.ae_2020-06-03_1623715966.htmldate.html",
    "alyaum.com_2020-12-01_1784190729.htmldate.html",
    "assabah.com.tn_interview_164913.trafilatura.html",
    "cnn_arabic_2013-08-03_syria-clashes.newspaper4k.html",
    "lbcgroup.tv_898682.fundus.html",
)
EXTRA_CORPUS = {BLIND5: [("html", name) for name in HTML_PAGES]}


@functools.lru_cache(maxsize=None)
def _gold_and_articles(path):
    """The gold rows of ``path`` and their articles, each published on its row's ``dct``."""
    import pandas as pd

    import newslib as nl

    rows = _read(path)
    dct = {r["article_id"]: r["dct"] for r in rows}
    files = [shared_path("saudinewsnet", "dev.jsonl.gz"), shared_path("bbc_arabic_2017", "articles.jsonl.gz")]
    if path in EXTRA_CORPUS:
        pytest.importorskip("trafilatura")
        files += [shared_path(*parts) for parts in EXTRA_CORPUS[path]]
    arts = nl.read_articles(files)
    arts = arts[arts["article_id"].isin(dct)]
    return rows, arts.assign(published=pd.to_datetime(arts["article_id"].map(dct)))


@pytest.mark.parametrize("path, n, n_timexes, earlier", [
    (BLIND2, 40, 208, [FRESH]),
    (BLIND3, 30, 106, [FRESH, BLIND2]),
    (BLIND4, 30, 113, [FRESH, BLIND2, BLIND3]),
    (BLIND5, 30, 145, [FRESH, BLIND2, BLIND3, BLIND4]),
    (BLIND6, 30, 134, [FRESH, BLIND2, BLIND3, BLIND4, BLIND5]),
    (BLIND7, 30, 159, [FRESH, BLIND2, BLIND3, BLIND4, BLIND5, BLIND6]),
    (BLIND8, 30, 121, [FRESH, BLIND2, BLIND3, BLIND4, BLIND5, BLIND6, BLIND7]),
    (BLIND9, 30, 120, [FRESH, BLIND2, BLIND3, BLIND4, BLIND5, BLIND6, BLIND7, BLIND8]),
    (BLIND10, 30, 141, [FRESH, BLIND2, BLIND3, BLIND4, BLIND5, BLIND6, BLIND7, BLIND8, BLIND9]),
    (BLIND11, 29, 119, [FRESH, BLIND2, BLIND3, BLIND4, BLIND5, BLIND6, BLIND7, BLIND8, BLIND9, BLIND10]),
    (BLIND12, 30, 121, [FRESH, BLIND2, BLIND3, BLIND4, BLIND5, BLIND6, BLIND7, BLIND8, BLIND9, BLIND10, BLIND11]),
    (BLIND13, 30, 101, [FRESH, BLIND2, BLIND3, BLIND4, BLIND5, BLIND6, BLIND7, BLIND8, BLIND9, BLIND10, BLIND11, BLIND12]),
    (BLIND14, 30, 126, [FRESH, BLIND2, BLIND3, BLIND4, BLIND5, BLIND6, BLIND7, BLIND8, BLIND9, BLIND10, BLIND11, BLIND12,
                        BLIND13]),
    (BLIND15, 30, 140, [FRESH, BLIND2, BLIND3, BLIND4, BLIND5, BLIND6, BLIND7, BLIND8, BLIND9, BLIND10, BLIND11, BLIND12,
                        BLIND13, BLIND14]),
], ids=["blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12",
        "blind13", "blind14", "blind15"])
def test_blind_gold_is_valid_and_disjoint(path, n, n_timexes, earlier):
    rows, arts = _gold_and_articles(path)
    texts = dict(zip(arts["article_id"], arts["text"]))
    ids = [r["article_id"] for r in rows]
    assert len(ids) == len(set(ids)) == n
    assert sum(len(r["timexes"]) for r in rows) == n_timexes
    others = {r["article_id"] for p in [*OTHERS, *PERIODS.values(), *earlier] if p.exists() for r in _read(p)}
    assert not set(ids) & others
    for r in rows:
        text = texts[r["article_id"]]
        spans = sorted((t["start"], t["end"]) for t in r["timexes"])
        for t in r["timexes"]:
            assert _valid_value(t["type"], t["value"]), (r["article_id"], t)
            s, e = t["start"], t["end"]
            assert _starts_word(text, s) and _ends_word(text, e) and text[s:e] == text[s:e].strip(), (r["article_id"], t)
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2


@pytest.mark.parametrize("path, gold, f1, core, values", [
    (FRESH, 215, 0.985, 0.993, 0.994),  # F1 0.979 → 0.984 in the eighth round (للربع … للعام), 0.986 in the ninth (إستراتيجية سابك 2025)
    # 208 expressions: the fifth round split one deictic day from its date, as the guideline now says
    (BLIND2, 208, 0.995, 0.98, 0.985),  # ninth round: core 0.976 → 0.982 (ساعة متأخرة أول من أمس)
    # its one blind scoring, at the end of the fifth round: P 0.952 / R 0.943 / F1 0.948; tuned on in the seventh round
    (BLIND3, 106, 0.994, 0.995, 0.995),
    # its blind scorings (lead, before and after the seventh round's merge): F1 0.969 / core 0.856 / all 0.858, twice;
    # a dev set from the eighth round, floors at that round's figures
    # blind scoring once (lead, after the ninth round): F1 0.940 / core 0.875 / all 0.890; a dev set from the tenth round
    (BLIND5, 145, 0.996, 0.995, 0.993),  # tenth round: F1 0.940 → 0.963, core 0.875 → 0.938, all 0.890 → 0.952; eleventh: F1 0.993, core 1.000, all 0.993 (اليوم = nowadays, a Hijri annual report's deictic years, ميركل يوم الأحد); thirteenth: F1 0.9965 (كل يوم ويومه no set)
    # blind scoring on the code before and after the eleventh round: F1 0.967 / core 0.952 / all 0.963; a dev set from the twelfth round
    (BLIND6, 134, 0.996, 0.995, 0.995),  # twelfth round: F1 0.967 → 0.996, core 0.952 → 1.000, all 0.963 → 1.000 (minutes told in words, dash year spans, نفس الفترة of a survey, خلال الصيف of transfers, منذ نوفمبر, يونيو هذا العام)
    (BLIND4, 113, 0.999, 0.995, 0.98),  # ninth round: F1 0.987 → 1.000, core 0.878 → 1.000, all 0.885 → 0.982 (a month after a future verb, مونديال روسيا 2018, a weekday to come, هذه الفترة, هذا الموسم vs الموسم القادم, the Saudi market on a Friday)
    # blind scoring on main 9b01a6b: F1 0.971 / core 0.856 / all 0.862; a dev set from the fourteenth round, floors raised
    # to that round's figures: F1 0.991, core 0.894, all 0.912 (الشهرالماضى, قبل نحو عامين, منذ أقل من أسبوع, بمناسبة العيد, عيدهم, هذا العقد of a transfer, لعام آخر, مستوياته في أسبوع)
    (BLIND7, 159, 0.99, 0.89, 0.91),
    # blind scoring on main c960bbc and on the fifteenth round's code: F1 0.979 (P 0.992 / R 0.967) / core 0.925 / all
    # 0.926, the same twice; a dev set from the sixteenth round, floors at that round's figures: F1 0.996, core 0.979,
    # all 0.983 (ordinal day ranges, موسم 2015/2016م, نفس الفترة after الربع الثاني, لن … السبت, ليلة واحدة, 44.30 ثانية,
    # تنطلق اليوم البطولة); then one gold row corrected by the lead (اليوم of a Friday sermon after أمس الخميس: the
    # guideline's own-today rule, 2015-07-17, not dct): 0.996 / 0.989 / 0.992 (blind, with that row: 0.979 / 0.935 / 0.934)
    (BLIND8, 121, 0.995, 0.988, 0.991),
    # blind scoring on main f790292 (the timeline code of 0337f90): F1 0.970 (P 0.991 / R 0.950) / core 0.918 / all 0.925;
    # a dev set from the eighteenth round, floors at that round's figures: F1 0.996 (P 0.992 / R 1.000), core 1.000,
    # all 1.000 (a chronology entry opening with a count, 40 – 60 دقيقة, الموسم الجديد 2015 _ 2016, هذا المساء, يوم أمس
    # الأول, مبارياته … الساعة السادسة والنصف, لهذا اليوم after يوم الخميس); left: اليوم of "قضيتنا اليوم هي" (nowadays)
    (BLIND9, 120, 0.995, 0.995, 0.995),
    # scored blind on main afc3d62: F1 0.961 (P 0.971 / R 0.950) / core 0.898 / all 0.887; tuned on from the nineteenth
    # round, floors at that round's figures: F1 0.986 (P 0.979 / R 0.993), core 0.966, all 0.965 (للمئة يوم الماضية,
    # الأشهر الستة المنتهية في 30 يونيو 2015, الربيع الماضي, الموسم الأخير, أيار (مايو) الماضيين, الربع السنوي الذي يسبقه,
    # هذا النصف, إذا … الأربعاء, ليلتهم الماضية); left: the clock + هذا اليوم الاثنين span (the dev gold splits a copy of it)
    (BLIND10, 141, 0.985, 0.965, 0.964),
    # scored blind on main 127deeb: F1 0.953 (P 0.966 / R 0.941) / core 0.925 / all 0.899; tuned on from the twentieth
    # round, floors at that round's figures: F1 0.992 (P 0.992 / R 0.992), core 0.988, all 0.966 (موقع روسيا اليوم,
    # اليوم الثامن من شهر رمضان المقبل 1436هـ, يوم الأحد القادم 27 / 8 / 1436هـ, يومي السابع والثامن, في أكثر من عام,
    # سنتي التجربة, ساعة عمل إضافية, جلسة تداول فترة بعد الظهيرة, بليالي رمضان, الايام الاخيرة من, للعام 1436/1437هـ);
    # left: نصف السنة الحالية (2015-H1, one sentence in the corpus), nightly clock times as sets, الأنشطة الليلة
    (BLIND11, 119, 0.99, 0.985, 0.965),
    # scored blind on main 320f7fb: F1 0.980 (P 0.968 / R 0.992) / core 0.882 / all 0.901; tuned on from the twenty-first
    # round, floors at that round's figures: F1 0.988 (P 0.976 / R 1.000), core 0.978, all 0.975 (هذا الموسم vs الموسم
    # الماضي on one page, منذ سبتمبر/ أيلول, يوميْ الجمعة والسبت, يوم (١٩) شوال, قبل أقل من 4 سنوات, اواسط السبعينيات,
    # ويلتقي …، وهو …، الأحد, مستحقاته من العقد السابق); left: نهاية الأسبوع الأول من شهر أغسطس, habitual weekdays, a
    # hypothetical clock time as a set, قضيتنا اليوم, أبريل/نيسان, وقت سابق اليوم and لعام 2014-2015 spans
    (BLIND12, 121, 0.985, 0.975, 0.97),
    # blind13 (20 SaudiNewsNet, 10 BBC) and blind14 (30 SaudiNewsNet economy, sport, religion) were scored twice by the lead
    # with their errors unread (pooled F1 0.957 / core 0.885 / all 0.881); dev sets from the twenty-seventh round, floors at
    # that round's figures: blind13 F1 0.970 → 0.990, core 0.909 → 0.961, all 0.891 → 0.960; blind14 F1 0.947 → 0.976, core
    # 0.868 → 0.915, all 0.873 → 0.921 (a weekday + d/m, ذلك العام, century modifiers, بنحو عام, a schedule's hour, …);
    # raised by the twenty-eighth round (fiscal years, results periods): blind13 F1 0.995, core 0.974, all 0.970; blind14
    # F1 0.984, core 0.934, all 0.937 (العام المالي المقبل, للربع, الربع المماثل مع العام السابق, three months to 3 July)
    (BLIND13, 101, 0.995, 0.97, 0.97),
    (BLIND14, 126, 0.98, 0.93, 0.935),
    # blind15 (12 SaudiNewsNet, one per outlet, 18 BBC) was scored three times by the lead with its errors unread (F1 0.957,
    # core 0.913, all 0.900); a dev set from the thirty-first round (tl31), floors a little under that round's figures:
    # F1 0.978 (P 0.986 / R 0.971), core 0.965, all 0.957 (months of BBC pages told in the past, a chronology's day, Hijri
    # centuries, maxims and state verbs before اليوم, كل صيف, عامين أو ثلاثة); left: the three months to October and
    # their same period a year back, العام حتى أكتوبر, ماي (Theresa May), 2016 as a subject, سنوات حكمه الثمانية,
    # يوم عيد الميلاد, كانت يوما … اليوم
    (BLIND15, 140, 0.975, 0.96, 0.95),
], ids=["fresh", "blind2", "blind3", "blind5", "blind6", "blind4", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12",
        "blind13", "blind14", "blind15"])
def test_blind_gold_floors(path, gold, f1, core, values):
    from newslib.scoring import timeline as ST

    rows, arts = _gold_and_articles(path)
    res = ST.score(rows, ST.predict(arts))
    assert res["gold"] == gold
    assert res["detection"]["f1"] >= f1
    if core is not None:
        assert res["value_accuracy_core"] >= core
    assert res["value_accuracy"] >= values
