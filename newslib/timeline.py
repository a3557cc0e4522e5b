"""Timelines: every date in an Arabic news text, resolved against the day it was published.

:func:`timeline` finds temporal expressions — deictic days (أمس، أول من أمس، غداً), weekdays
(يوم الاثنين، الخميس الماضي), periods (الشهر الماضي، الربع الأول من العام الجاري), "ago" and
durations (قبل عامين، خلال السنوات الخمس الماضية), calendar dates in every month-name family
(فبراير (شباط) 2022، 30 حزيران/يونيو، جويلية)، Hijri dates (14 رمضان 1436هـ), years, ranges, clock
times and sets (يومياً) — and gives each a TIMEX3 value (``2020-09-29``, ``2020-W39``, ``2020-08``,
``2015-Q1``, ``2015-08-02TEV``, ``P2Y``) and the period it covers.

Detection is one alternation regex compiled from the word lists in ``newslib/lexicons``
(``months``, ``weekdays``, ``number_words``, ``time_*``) and run over a search key of the text
(:func:`newslib.arabic.search_key`: no diacritics, one alef, ASCII digits), whose offsets map back
to the original text. Resolution is news-aware: an undated weekday or month is the most recent
one before publication unless المقبل/القادم or a future verb says otherwise; ``أول من أمس`` is two
days back; the year after ``فبراير (شباط)`` is kept. Hijri dates are converted with the Umm
al-Qura calendar (``hijridate``).

Periods in financial and sports news count from the text, not only from publication: الربع السابق، نفس
الفترة من العام الماضي and الفترة الحالية start from the period the article reports (the nearest quarter
or half said in its own right); a month or quarter without a year takes the year its sentence names.
Hijri years, halves and quarters are Gregorian intervals; Islamic holidays (``time_holidays``) are days
of the Umm al-Qura calendar, the occurrence nearest publication; decades (``time_decades``) are ``198``;
a sports season is ``2016/2017``; قبل أيام is ``PAST_REF``; نهاية الأسبوع المقبل is ``2015-W31-WE``.

The text fixes days where it can: a weekday said to be a holiday (غدا الجمعة هو أول أيام عيد الفطر) is the one
nearest the holiday, a holiday said to be a day takes it; a clock time without a day takes the day said with it
(… الموافق 1436/9/25هـ) or the story's day; a range's first end takes the second's year. Habits and conditions
(``time_generic``: عادة، يومياً، لو) make a Hijri month or a weekend generic.

Example:
    >>> [(t["text"], t["value"]) for t in tag("التقى الرئيس أمس نظيره الفرنسي", "2024-12-31")]
    [('أمس', '2024-12-30')]
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

import numpy as np
import pandas as pd

from newslib import arabic, lexicons, schema

__all__ = ["timeline", "tag"]

# ------------------------------------------------------------------ lexicons


def _k(word: str) -> str:
    """Search key of a lexicon word (the same folding as the text)."""
    return arabic.search_key(word)[0]


def _alt(words) -> str:
    """Regex alternation of keys as a trie (fails fast on the first letter; longer words first);
    spaces match any whitespace run."""
    trie: dict = {}
    for w in words:
        if w:
            node = trie
            for ch in _k(w):
                node = node.setdefault(ch, {})
            node[""] = {}

    def build(node: dict) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and len(alts[0]) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + build(trie) + ")"


def _dispatch(leads, depth: int = 2) -> str:
    r"""The alternation of ``leads`` = ``(words, after[, before])`` — each alternative a list of words, a
    lookahead that must follow them and optionally a fixed text that must precede them — with a dispatch
    on the first ``depth`` letters: the regex branches on a word's first letter, then its second, and only
    there tries the alternatives that have a word beginning with those letters, in their order, each with
    only those words. It matches what ``(?:words1)after1|(?:words2)after2|…`` matches (each word list an
    :func:`_alt` trie), at the same places: an alternative left out at a branch could not have matched there.
    Returned without a group around it, so that spliced into an alternation each branch is led by its
    letter, which the regex engine checks before it enters the branch.

    Example:
        >>> pattern = _dispatch([(["قبل", "بعد"], r"(?=\s\d)"), (["قبلها", "قبل"], r"(?!\w)")])
        >>> print(pattern)
        ب(?:ع(?:(?:د)(?=\s\d)))|ق(?:ب(?:(?:ل)(?=\s\d)|(?:(?:ل(?:(?:ها))?))(?!\w)))
        >>> [re.match(pattern, t)[0] for t in ("قبل 5", "قبلها", "قبل ذلك")]
        ['قبل', 'قبلها', 'قبل']
    """
    table = [(lead[2] if len(lead) > 2 else "", [k for k in map(_k, lead[0]) if k], lead[1]) for lead in leads]

    def branch(prefix: str) -> str:
        here = [(before, [w[len(prefix):] for w in words if w.startswith(prefix)], after) for before, words, after in table]
        here = [(before, rest, after) for before, rest, after in here if rest]
        if len(prefix) < depth and all("" not in rest for _, rest, _ in here):  # no word ends here: branch on the next letter
            nxt = sorted({r[0] for _, rest, _ in here for r in rest})
            return "|".join((r"\s+" if ch == " " else re.escape(ch)) + "(?:" + branch(prefix + ch) + ")" for ch in nxt)
        # the alternatives with a word that starts with ``prefix``, in their order, each with those words' rest
        return "|".join((f"(?<={re.escape(before + prefix)})" if before else "") + _alt_keys(rest) + after
                        for before, rest, after in here)

    return branch("")


def _alt_keys(keys) -> str:
    """:func:`_alt` of words already in search key form, one of which may be empty (then the match may be empty)."""
    if "" in keys:
        rest = [k for k in keys if k]
        return f"(?:{_alt(rest)})?" if rest else ""
    return _alt(keys)


@lru_cache(maxsize=1)
def _lex() -> dict:
    L: dict = {}
    L["months"] = {_k(r["word"]): (int(r["month"]), r["calendar"], r["ambiguous"] == "1") for r in lexicons.read("months")}
    L["weekdays"] = {_k(r["word"]): int(r["weekday"]) for r in lexicons.read("weekdays")}
    nums = lexicons.read("number_words")
    L["numbers"] = {}
    for r in nums:
        if r["kind"] not in ("ordinal", "ordinal_head"):
            L["numbers"].setdefault(_k(r["word"]), int(r["value"]))
    L["ordinals"] = {_k(r["word"]): int(r["value"]) for r in nums if r["kind"] == "ordinal"}
    L["ord_head"] = {_k(r["word"]): int(r["value"]) for r in nums if r["kind"] == "ordinal_head"}
    L["hundreds"] = {_k(r["word"]) for r in nums if r["kind"] == "hundred"}
    L["num_rows"] = nums
    L["units"] = {_k(r["word"]): (r["unit"], int(r["count"]) if r["count"] else None) for r in lexicons.read("time_units")}
    L["deictic"] = {_k(r["word"]): int(r["days"]) for r in lexicons.read("time_deictic")}
    L["parts"] = {_k(r["word"]): (r["code"], int(r["hour_shift"])) for r in lexicons.read("time_parts")}
    mods = lexicons.read("time_modifiers")
    L["rel"] = {_k(r["word"]): r["shift"] for r in mods if r["kind"] == "rel"}
    L["this"] = {_k(r["word"]) for r in mods if r["kind"] == "this"}
    L["mod"] = {_k(r["word"]): r["shift"] for r in mods if r["kind"] == "mod"}
    L["future"] = {_k(r["word"]) for r in mods if r["kind"] == "future"}
    L["forecast"] = {_k(r["word"]) for r in mods if r["kind"] in ("forecast", "weekday_future")}
    L["not_today"] = {_k(r["word"]) for r in mods if r["kind"] == "not_today"}
    L["outlet_today"] = {_k(r["word"]) for r in mods if r["kind"] == "outlet_today"}
    L["outlet_noun"] = {_k(r["word"]) for r in mods if r["kind"] == "outlet_noun"}
    L["same_pre"] = {_k(r["word"]) for r in mods if r["kind"] == "same_pre"}
    L["same_post"] = {_k(r["word"]) for r in mods if r["kind"] == "same_post"}
    L["copula"] = [r["word"] for r in mods if r["kind"] == "copula"]
    L["eid_lead"] = [r["word"] for r in mods if r["kind"] == "eid_lead"]
    L["eid_cue"] = {_k(r["word"]): int(r["shift"]) for r in mods if r["kind"] == "eid_cue"}
    L["last"] = {_k(r["word"]): int(r["shift"]) for r in mods if r["kind"] == "last"}
    L["nth_week"] = {_k(r["word"]): int(r["shift"]) for r in mods if r["kind"] == "nth_week"}
    L["not_year"] = {_k(r["word"]) for r in mods if r["kind"] == "not_year"}
    L["rel_count"] = [r["word"] for r in mods if r["kind"] == "rel_count"]
    L["generic"] = [r["word"] for r in lexicons.read("time_generic")]
    L["year_nouns"] = [r["word"] for r in lexicons.read("time_year_nouns")]
    L["part_leads"] = [r["word"] for r in lexicons.read("time_part_leads")]
    L["periods"] = {_k(r["word"]): r["unit"] for r in lexicons.read("time_periods")}
    L["holidays"] = {_k(r["word"]): ([(int(a), int(b)) for a, b in zip(r["hijri_month"].split("|"), r["hijri_day"].split("|"))],
                                      int(r["last_day"]) if r["last_day"] else None, r["alone"] == "1")
                     for r in lexicons.read("time_holidays")}
    L["decades"] = {_k(r["word"]): int(r["decade"]) for r in lexicons.read("time_decades")}
    # س + these letters is a noun or name, not a future verb (سيارة، سيشنز): an alternation in the file's order
    L["future_nouns"] = "|".join(_k(r["letters"]) + (f"(?!{_k(r['not_next'])})" if r["not_next"] else "")
                                 + (r"(?!\w)" if r["at_end"] == "1" else "") for r in lexicons.read("time_future_nouns"))
    L["context"] = {}
    for r in lexicons.read("time_context"):
        L["context"].setdefault(r["kind"], []).append(r["word"])
    return L


@lru_cache(maxsize=1)
def _before_re() -> dict[str, re.Pattern]:
    """One regex per ``time_context.tsv`` kind: mostly a word of the list right before an expression
    (matched at the end of the text before it); ``past_cue``, ``said_past`` and the ``contract_*`` kinds are
    searched in a window around it.

    Example:
        >>> bool(_before_re()["weekday_block"].search(_k("بعد صلاة ")))
        True
    """
    ctx = _lex()["context"]
    return {
        "month_trigger": re.compile(rf"(?<!\w)(?:{_alt(ctx['month_trigger'])})\s*$"),
        "hijri_trigger": re.compile(rf"(?<!\w)(?:{_alt(ctx['hijri_trigger'])})\s*$"),
        "weekday_block": re.compile(rf"(?<!\w)(?:{_alt(ctx['weekday_block'])})\s*(?:ال\w+\s+و)?$"),
        "weekend_lead": re.compile(rf"(?<!\w)[وفبل]?(?P<w>{_alt(ctx['weekend_lead'])})\s+$"),  # وإجازات نهاية الأسبوع
        "ordinal_of": re.compile(rf"(?<!\w)(?:{_alt(ctx['ordinal_of'])})\s+$"),
        "holiday_modifier": re.compile(rf"(?<!\w)[وفبل]?(?:ال)?(?:{_alt(ctx['holiday_modifier'])})\s+$"),
        "past_cue": re.compile(rf"(?<!\w)[وف]?(?:{_alt(ctx['past_cue'])})(?!\w)"),
        "said_past": re.compile(rf"(?<!\w)[وف]?(?:{_alt(ctx['said_past'])})(?:ه|ها|هم)?(?!\w)"),
        "past_verb": re.compile(rf"(?<!\w)[وف]?(?:{_alt(ctx['past_verb'] + ctx['past_cue'])})(?!\w)|(?<!\w)[وف]?(?:لقد|قد)\s+(?![يتن])\w"),
        "past_after": re.compile(rf"\s*(?:[،,]?\s*(?:{_alt(ctx['past_verb'] + ctx['past_cue'] + ctx['said_past'])})|[،,]\s*(?:{_alt(ctx['past_verb_after'])}))(?!\w)"),
        "delivery": re.compile(rf"(?<!\w)[وفبل]?(?:{_alt(ctx['delivery'])})\s+(?:في\s+)?[\"“«]?\s*$"),
        "year_list": re.compile(rf"(?<!\w)(?:{_alt(ctx['year_list'])})\s+$"),
        "year_lead": re.compile(rf"(?<!\w)(?:{_alt(ctx['year_lead'])})\s+$"),
        "span_verb": re.compile(rf"(?<!\w)[وف]?(?:{_alt(ctx['span_verb'])})\s+$"),
        "verb_lead": re.compile(rf"(?<!\w)[وف]?(?:{_alt(ctx['verb_lead'])})\s+$"),
        # what makes عقد a contract, not a decade (:func:`_contract_noun`): a word before it, after it, a deal word
        # in its sentence, a verb that signs one
        "contract_before": re.compile(rf"(?<!\w)[وفبل]?(?:ال)?(?:{_alt(ctx['contract_before'])})\s+(?:هذا\s+|هذين\s+)?$"),
        "contract_after": re.compile(rf"\s+(?:{_alt(ctx['contract_after'])})(?!\w)"),
        "contract_clause": re.compile(rf"(?<!\w)[وفبل]?(?:ال)?(?:{_alt(ctx['contract_clause'])})(?!\w)"),
        "contract_verb": re.compile(rf"(?<!\w)[وف]?(?:{_alt(ctx['contract_verb'])})\s+(?:\S+\s+)?(?:عقدا|عقد|العقد)(?!\w)"),
        # after a quarter or a half: من and a noun (a word start) of something other than a year
        "part_of": re.compile(rf"\s+من\s+(?:ال|هذا\s+ال|هذه\s+ال)?{_alt(ctx['part_of'])}"),
        # before a bare للربع: a figure of a results statement, with a possessive ending (أرباحها للربع)
        "results_figure": re.compile(rf"(?<!\w)[وفب]?(?:ال)?(?:{_alt(ctx['results_figure'])})(?:ه|ها|هم|نا)?\s+$"),
        # before في المئة / بالمئة: a digit or a number word makes the hundred a percentage (خمسة في المئة يوم الأحد)
        "percent_count": re.compile(rf"(?:\d|(?<!\w)(?:{_alt(ctx['percent_count'])}))\s*(?:في\s+|ب)$"),
    }


# ------------------------------------------------------------------ grammar



def _era(p: str) -> str:
    return rf"(?P<{p}_era>\s*(?:هجريه|هجري|ميلاديه|ميلادي)(?!\w)|\s*(?:ه|م)(?!\w))?"


def _clock(p: str, pod: str) -> str:
    """An optional clock time after a date: ``، الساعة 05:16 مساءً``."""
    return rf"(?:\s*[،,]?\s*(?:(?:في\s+)?الساعه\s*)?(?P<{p}_hh>\d{{1,2}}):(?P<{p}_mm>\d{{2}})(?:\s*(?P<{p}_pod>{pod}))?)?"


# A time zone after a clock time (بتوقيت جرينتش، بالتوقيت المحلي): it makes a bare hour a clock time (العاشرة بتوقيت
# غرينيتش، 0300 بتوقيت جرينتش) and stays out of the time's span.
_CLOCK_ZONE = r"(?:بتوقيت|بالتوقيت)(?=\s+[^\W\d])"
# والنصف، ونصف، والربع، وربع، والثلث (tl32): a fraction of an hour after a clock hour, with or without its article
# (Egyptian and Levantine copy writes الثامنة ونصف مساءً); _FRAC_MINUTES gives its minutes
_CLOCK_FRAC = r"و\s*(?:ال)?(?:نصف|ربع|ثلث)(?!\w)"
_FRAC_MINUTES = {"نصف": 30, "ربع": 15, "ثلث": 20}
_ZONE_AFTER = re.compile(rf"\s*\)?\s+{_CLOCK_ZONE}")


_ABOUT = ("نحو", "حوالي", "قرابه")  # about, between ب and a single unit (بعد ذلك بنحو عام، بعدها بحوالي سنة; tl27)
_WD_REL = "القادم|المقبل|الماضي"  # a relative word between a weekday and its written date (الأحد القادم 12/10)


@lru_cache(maxsize=1)
def _grammar() -> tuple[re.Pattern, dict[str, re.Pattern], re.Pattern]:
    """The alternation of all rules, each rule alone (to try the next ones when a match is rejected),
    and the finder of places where an expression may start."""
    L = _lex()
    MON = _alt(L["months"])
    WD = _alt(L["weekdays"])
    units = L["units"]
    UNIT = _alt([u for u, (_, c) in units.items() if c is None])
    UNIT_DUAL = _alt([u for u, (_, c) in units.items() if c == 2])
    UNIT_ONE = _alt([u for u, (_, c) in units.items() if c == 1])  # ليلة واحدة = P1D: counted only with واحدة
    UNIT_SING = _alt(["يوم", "أسبوع", "شهر", "سنة", "عام", "ساعة", "عقد", "قرن", "دقيقة"])
    unit_pl = [u for u, (_, c) in units.items() if c is None] + [u for u, (_, c) in units.items() if c == 2]
    UNIT_DEF = _alt(["ال" + u for u in unit_pl])
    rows = L["num_rows"]
    UNITW = _alt([r["word"] for r in rows if r["kind"] == "unit"])
    TEEN = _alt([r["word"] for r in rows if r["kind"] == "teen"])
    TENS = _alt([r["word"] for r in rows if r["kind"] == "tens"])
    hund = [r["word"] for r in rows if r["kind"] == "hundred"]
    HUND = _alt(hund)
    SMALLW = rf"(?:{UNITW}(?:\s+{TEEN}|\s+و\s*{TENS})?|{TENS})"
    NUMW = rf"(?:{HUND}(?:\s+و\s*{HUND})?(?:\s+و\s*{SMALLW})?|{SMALLW})"  # مائة وخمسين، ثلاثمائة وخمسة وعشرين، ألف وخمسمائة (_number adds them up)
    NUMW_DEF = rf"(?:ال{UNITW}(?:\s+{TEEN}|\s+وال{TENS})?|ال{TENS}|ال{HUND})"  # الأيام المئة الأولى
    NUMW_DEF_L = rf"(?:(?:ال|لل)(?:{UNITW}(?:\s+{TEEN}|\s+وال{TENS})?|{TENS}|{HUND}))"  # للمئة يوم الماضية: ل merged with the article
    FIRST = r"(?:الاولى|الاولين|الاوليين|الاول)(?!\s+من\s)"  # المئة يوم الأولى، الشهرين الأولين (not ... الأولى من الشهر)
    NUM = rf"(?:(?:\d{{1,2}}|{UNITW})\s+الاف(?=\s)|[1-9]\d{{0,2}}(?:[.,]\d{{3}})+|\d{{1,5}}(?:[.,]\d{{1,2}})?|{NUMW})"  # لمدة 1825 يوماً، 9.92 ثانية، 2.500 عام
    ORD = _alt(L["ordinals"])
    LEAD = _alt(L["part_leads"])
    LATE = r"(?:وقت\s+متاخر|ساعه\s+متاخره|ساعات\s+متاخره)(?:\s+من)?"
    ORDH = _alt(L["ord_head"])  # أول، ثاني، غرة: before a noun (ثاني أيام العيد، غرة رمضان)
    REL = _alt(L["rel"])
    MOD = _alt(L["mod"])
    DEIC = _alt(L["deictic"])
    PODB = _alt([w for w in L["parts"] if not w.endswith("ا") or w == "مساء"])  # صباح، مساء، ليلة … before a day
    PODA = _alt(list(L["parts"]) + ["صباحا", "مساء", "ظهرا", "عصرا", "ليلا", "فجرا"])  # after a clock time
    ZONE = _CLOCK_ZONE  # (0300 بتوقيت جرينتش)، العاشرة بتوقيت مكة: a time zone after a bare hour makes it a clock time
    # فبراير (شباط)، حزيران/يونيو، سبتمبر أيلول، كانون الأول - ديسمبر: a second name of the same month.
    ALT = lambda p: rf"(?:(?:\s*[(/\-–]\s*|\s+)(?P<{p}_mon2>{MON})\s*\)?)?"  # noqa: E731
    HON = rf"(?:\s+{_alt(L['context']['honorific'])})?"  # شهر رمضان المبارك
    # عام .2014: a full stop moved by RTL rendering; في السنة الهجرية 1395 / في العام الهجري 1420 (tl26: the Hijri year
    # with no relative word belongs to the day and month before it)
    YEARKW = r"(?:(?:من\s+|في\s+)?(?:عام|العام|سنه|لعام|(?:السنه|العام)\s+(?:الهجريه|الهجري))\s*\.?)"
    # يوم (الخميس) 20 أغسطس; يوم الأحد القادم 27 / 8 / 1436هـ (twentieth round: a weekday said to come or gone and the
    # date written right after it are one, valued by the date)
    WDPRE = lambda p: rf"(?:(?P<{p}_yawm>يوم)\s+)?(?:\(?\s*(?P<{p}_wd>{WD})(?:\s*\))?(?:\s+(?:{_WD_REL})(?=\s*\d))?\s*[،,]?\s*(?:الموافق\s+)?)?"  # noqa: E731
    DAYW = rf"(?:{ORD}(?:\s+(?:عشر|عشره)|\s+و\s*(?:ال)?(?:عشرين|ثلاثين))?|العشرين|الثلاثين|{ORDH})"
    # ل + الفترة is written للفترة: the period nouns with the preposition attached, too
    per_lam = ["لل" + w[2:] for w in L["periods"] if w.startswith("ال")]
    PER = _alt([*L["periods"], *per_lam])
    SPRE, SPOST = _alt(L["same_pre"]), _alt(L["same_post"])
    HOL = _alt(L["holidays"])
    DEC = _alt(L["decades"])
    BEFORE_MON = rf"(?=\s+(?:شهر\s+)?{MON}(?!\w))"
    LAST_MON = rf"اخر{BEFORE_MON}"  # في آخر يونيو: آخر (end of) is a modifier only before a month (tl27)
    YNOUN = _alt(L["year_nouns"])  # ثورة 1959، مونديال 2022
    WDB = _alt([w[2:] for w in L["weekdays"] if w.startswith("ال")])  # كل يوم جمعة، كل خميس: a weekday without its article
    UNIT_VAGUE = _alt([u for u, (_, c) in units.items() if c is None and not u.endswith("ا") and u not in {_k(w) for w in ("يوم", "أسبوع", "شهر", "سنة", "عام", "ساعة", "عقد", "قرن", "دقيقة", "ثانية")}])
    # الثلاثي الثاني، السداسي الأول (tl32): the Maghrebi names of a quarter and a half (Tunisian, Algerian and Moroccan
    # economy copy), a period only before an ordinal (الثلاثي alone is a trio, الاجتماع الثلاثي a three-party meeting)
    TRI, SEX = r"ثلاثي(?=\s+(?:الاول|الثاني|الثالث|الرابع|الاخير)(?!\w))", r"سداسي(?=\s+(?:الاول|الثاني)(?!\w))"
    FRAC = _CLOCK_FRAC  # الثامنة والنصف، الثامنة ونصف (tl32: the fraction of an hour with or without its article)
    APPROX = r"نحو|حوالي|قرابه|زهاء|ما\s+يقرب\s+من|ما\s+يناهز"  # قبل نحو عامين، منذ قرابة عام: about, between the preposition and its count
    REL_PL = _alt(L["rel_count"])  # خلال السنوات الخمس الماضية: a relative word after a count, plural and dual forms too

    rules = {
        # 1–5 أغسطس، بين 2 و4 يوليو: two dates, the first borrowing month and year.
        "drange": rf"(?P<dr_d1>\d{{1,2}})\s*(?:-|–|الى|إلى|حتى|وحتى|و)\s*(?P<dr_d2>\d{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?(?P<dr_mon>{MON}){ALT('dr')}(?:\s*[،,]?\s*{YEARKW}?(?P<dr_year>\d{{4}}){_era('dr')}|\s+(?P<dr_rel>{REL}))?",
        # (يوم الجمعة،) 31 يوليو (تموز) 2015 (، الساعة 10:00 صباحاً)
        "full": rf"{WDPRE('f')}(?:(?P<f_al>ال\s*)?(?P<f_dopen>(?<=يوم\s)\(\s*)?(?P<f_day>\d{{1,2}})(?(f_dopen)\s*\))|(?P<f_dayw>{DAYW})(?:\s+ايام)?(?=\s+(?:من\s+)?(?:شهر\s+)?{MON}))\s*(?:من\s+)?(?:شهر\s+)?(?P<f_mon>{MON}){ALT('f')}(?:(?:\s+(?P<f_yrel>{REL})(?=\s+\d{{4}}))?\s*[،,]?\s*{YEARKW}?(?P<f_year>\d{{4}}){_era('f')}|\s+(?P<f_rel>{REL}))?{_clock('fc', PODA)}",
        # (يوم الخميس الموافق) 23 الجاري، 15 من الشهر الماضي: a day of the current (or a nearby) month
        "dcur": rf"{WDPRE('dc')}(?:(?P<dc_day>\d{{1,2}})|(?P<dc_dayw>{DAYW}))\s+(?:من\s+)?(?:(?:الشهر|شهر)\s+(?P<dc_rel>{REL})|(?P<dc_cur>الجاري|الحالي))",
        # 24/10/1436هـ، 2015-07-28
        "num": rf"{WDPRE('n')}(?P<n_a>\d{{1,4}})\s*(?P<n_sep>[/\-.])\s*(?P<n_b>\d{{1,2}})\s*(?P=n_sep)\s*(?P<n_c>\d{{1,4}}){_era('n')}{_clock('nc', PODA)}",
        # (يوم الأربعاء) 28/9، (أيام الثلاثاء) 10/12: a day and month without a year, a date only after a weekday (_h_dm)
        "dm": r"(?P<dm_a>\d{1,2})\s*/\s*(?P<dm_b>\d{1,2})(?![.,]?\d|\s*/?\s*\d)",
        # بين 2010 و2015، عامي 2014 و2015
        # (2005-2007)، 2014 / 2015، 1436- 1437هـ
        "ypair": rf"(?P<yp_open>\()?(?P<yp_a>\d{{4}})\s*[/\-–]\s*(?P<yp_b>\d{{4}}){_era('yp')}(?(yp_open)\))",
        # الأعوام 2018، 2020، 2023
        "ylist": r"(?:الاعوام|اعوام|السنوات|سنوات|عامي|العامين|سنتي|السنتين)\s+(?P<yl>\d{4}(?:\s*(?:[،,]|و)\s*\d{4})+)",
        "yrange": rf"(?:بين|من|منذ|خلال|عامي|العامين|سنتي|الفتره)\s+(?:(?:عامي|العامين|عام|العام|سنه|سنتي|الفتره\s+من|الفتره\s+بين)\s+)?(?P<yr_a>\d{{4}}){_era('yra')}\s*(?:و|الى|إلى|حتى|-|–)\s*(?:(?:عام|العام|سنه)\s+)?(?P<yr_b>\d{{4}}){_era('yrb')}",
        # (مطلع) فبراير (شباط) 2022
        "my": rf"(?:(?P<my_mod>{MOD}|{LAST_MON})\s+)?(?:(?:شهر|شهري)\s+)?(?P<my_mon>{MON}){ALT('my')}\s*[،,]?\s*{YEARKW}?(?P<my_year>\d{{4}}){_era('my')}",
        # ثاني أيام عيد الفطر، عيد الأضحى المبارك، ليلة القدر
        "holiday": rf"(?:(?P<ho_ord>{ORDH})\s+(?:ايام|يوم)\s+|اليوم\s+ال(?P<ho_ord2>{ORDH})\s+(?:من\s+(?:ايام\s+)?|ل(?=عيد|لعيد))|(?P<ho_pre>(?:منتصف\s+)?ليله|ايام)\s+|(?P<ho_this>هذا)\s+)?(?:(?P<ho_name>{HOL})|(?(ho_ord2)(?P<ho_lname>لعيد)(?!\w)|(?!))){HON}(?:\s+(?P<ho_rel>{REL}))?(?:\s*[،,]?\s*(?:من\s+|في\s+)?(?:(?:عام|العام|لعام|سنه)\s*)?(?P<ho_year>\d{{4}})(?!\s*[/\-.]\s*\d){_era('ho')})?",
        # اليوم الأخير من شهر رمضان، الأسبوع الأخير من يوليو: the last days of the month named after it
        "mlast": rf"(?P<ml_last>{_alt([*L['last'], *L['nth_week']])})\s+من\s+(?P<ml_mon>(?:شهر\s+)?{MON})",
        # الثمانينات، خمسينيات القرن الماضي، سبعينات القرن العشرين
        "decade": rf"(?P<de_w>{DEC})(?!\s+من\s+(?:العمر|عمر))(?:\s+(?:من\s+)?القرن\s+(?:(?P<de_num>\d{{1,2}})|(?P<de_ord>{ORD}(?:\s+(?:عشر|عشره)|\s+و\s*(?:ال)?(?:عشرين|ثلاثين))?)|(?P<de_rel>{REL})))?",
        # القرن الحادي والعشرين، القرن الماضي
        "century": rf"(?:(?P<c_mod>{MOD})\s+)?القرن\s+(?:(?P<c_num>\d{{1,2}})|(?P<c_ord>{ORD}(?:\s+(?:عشر|عشره)|\s+و\s*(?:ال)?(?:عشرين|ثلاثين))?)|(?P<c_rel>{REL}))(?P<c_bc>\s+قبل\s+الميلاد)?(?P<c_hij>\s+(?:الهجري|الهجريين|للهجره)(?!\w))?",
        # (نهاية) العام المالي الماضي، السنة المالية الحالية، للعام المالي المقبل (twenty-eighth round): a deictic fiscal year; a year
        # written after it (العام المالي الحالي (2015)، العام المالي الماضي 1435 هـ) is left to the year rule
        "fyear": rf"(?:(?P<fy_mod>{MOD})\s+)?(?:ال|لل)(?:عام|سنه)\s+(?:المالي|الماليه)\s+(?P<fy_rel>{REL}|السابقه)(?!\s*\(?\s*\d{{4}}(?![\d.,]))",
        # (مطلع) العام 2024، عام 1436هـ، في 2018، 2015م
        "year": rf"(?:(?P<y_mod>{MOD})\s+)?(?:(?P<y_kw>(?:العام|السنه|لعام|للعام|للسنه)\s+(?:المالي|الماليه)|عام|العام|عامي|سنه|السنه|لعام)\s*|(?P<y_prep>في|منذ|حتى|قبل|بعد|خلال|عن|مع|بحلول|ب|ل|(?P<y_seas>صيف|شتاء|ربيع|خريف)(?:\s+(?P<y_skw>عام|العام|سنه))?|موسم|{YNOUN})\s*\.?|(?P<y_open>\())?(?P<y_year>\d{{4}}){_era('y')}(?(y_open)\))(?!(?<!م)\s*[/\-–]\s*\d{{4}}(?!\s*م(?!\w))|(?<=(?:19|20)\d\d)\s*[/\-–]\s*(?:19|20)\d\d\s*م(?!\w))",  # 1981م - 1401هـ، 1428هـ - 2007م: a year and its other calendar, no range; 2015/2016م (two Gregorian years) is a range
        # اليوم التالي، العام نفسه
        # الأشهر الستة الأولى من العام الجاري، الثلاثة أشهر الأولى من 2015: a quarter, a half or the months so far
        "firstmonths": rf"(?:(?:(?P<fm_n>{NUMW_DEF})\s+(?:ال)?(?:اشهر|شهور)|(?:الاشهر|الشهور)\s+(?P<fm_n2>{NUMW_DEF}))\s+(?:الاولى|الاول)|اول\s+(?P<fm_n3>{NUMW}|\d)\s+(?:اشهر|شهور))\s+(?:من|في)\s+(?:(?:العام|السنه|عام)(?P<fm_hij>\s+(?:الهجريه|الهجري))?(?:\s+(?P<fm_rel>{REL}))?(?:\s*(?P<fm_year>\d{{4}}))?|(?P<fm_year2>\d{{4}})){_era('fm')}",
        # موسم 2016/ 2017، الموسم الماضي، للموسم الرياضي المقبل: a sports season (August to May)
        "season": rf"(?:(?P<se_mod>{MOD})\s+)?(?:(?P<se_this>هذا)\s+الموسم(?:\s+(?:الرياضي|الكروي))?(?!\s+(?:من|في|ل|لل)?\s*(?:ال)?(?:حج|عمره|سياحي|صيف|شتاء)(?!\w))|(?:ال|لل)موسم(?:\s+(?:الرياضي|الكروي))?\s+(?P<se_rel>{REL}|الاخير(?!\s+(?:له|لها|لهم|من|قبل)(?!\w)))(?:\s+(?P<se_a2>\d{{4}})\s*[/\-–_]\s*(?P<se_b2>\d{{4}}){_era('se2')})?|(?:ال|لل)?موسم(?:\s+(?:الرياضي|الكروي))?\s+(?P<se_a>\d{{4}}){_era('sea')}\s*[/\-–_]\s*(?P<se_b>\d{{4}}|\d{{2}}){_era('se')})",
        # نفس الربع من العام الماضي، الفترة المماثلة من عام 2013، الفترة الحالية (also الربع المماثل مع العام السابق, tl28)
        "same": rf"(?:{SPRE}\s+(?P<sm_u1>{PER})|(?P<sm_u2>{PER})\s+{SPOST}|(?P<sm_cur>الفتره)\s+(?:الحاليه|الجاريه)|(?P<sm_this>هذه)\s+الفتره)(?:\s+(?:(?:من|في|خلال|مع)\s+)?(?:(?:العام|السنه|عام|سنه|لعام)(?:\s+(?P<sm_rel>{REL}))?(?:\s*(?P<sm_year>\d{{4}}))?|(?P<sm_year2>\d{{4}})){_era('sm')})?",
        "anaphor": rf"(?P<an_dem>ذلك|تلك)\s+(?:العام|السنه)(?!\s+{_alt(L['context']['not_that_year'])}(?!\w))(?:\s+(?:نفسه|ذاته|نفسها|ذاتها)(?!\w))?|(?P<an_unit>اليوم|الشهر|العام|السنه|الاسبوع)\s+(?P<an_kind>التالي(?:\s+(?:عليه|عليها|له|لها))?|نفسه|ذاته|عينه|السابق(?:\s+(?:عليه|عليها|له|لها))?|الذي\s+(?:قبله|قبلها|بعده|بعدها|سبقه|سبقها|يسبقه|يسبقها|تلاه|تلاها|يليه|يليها))",
        # (مطلع) (هذا) الشهر الماضي، الربع الأول من العام الجاري، النصف الأول من 2015
        "period": rf"(?:(?P<p_mod>{MOD})\s+)?(?:(?P<p_this>هذا|هذه)\s+|(?P<p_fasl>فصل|فتره)\s+(?=ال(?:صيف|شتاء|ربيع|خريف)))?(?P<p_unit>(?:ال|لل)(?:اسبوع|شهر(?!\s+(?:الكريم|الفضيل)(?!\w))|عام|سنه|عقد|صيف|شتاء|ربيع|خريف|(?:ربع|{TRI})(?P<p_fisc>\s+(?:السنوي|المالي))?(?:\s+(?P<p_q>الاول|الثاني|الثالث|الرابع|الاخير))?|(?:نصف|{SEX})(?:\s+(?P<p_h>الاول|الثاني)|(?(p_this)(?P<p_hcur>)(?!\s+(?:ساعه|قرن|الاول|الثاني)(?!\w))|(?!))))|ربعها(?P<p_fisc2>\s+المالي)?)(?P<p_hij>\s+(?:الهجري|الهجريه))?(?:\s+(?P<p_rel>{REL})|(?<=ربع|نوي|الي)\s+(?P<p_prev>الذي\s+(?:يسبقه|سبقه|قبله)))?(?:\s+(?P<p_year>\d{{4}}){_era('p')})?(?:\s+(?:(?:من|في|ل)\s*|لل(?=(?:عام|سنه)(?!\w)))(?:(?P<p_of>(?:هذا\s+)?(?:العام|السنه)|عام|(?<=لل)سنه|سنه(?=\s+\d{{4}})|هذه\s+السنه)(?:\s+(?:المالي|الماليه|الميلادي))?(?:\s+(?P<p_ofrel>{REL}))?(?:\s+(?P<p_ofyear2>\d{{4}}))?|(?P<p_ofyear>\d{{4}})){_era('po')})?",
        # (مطلع) شهر يونيو (حزيران) (المقبل)
        "mon": rf"(?:(?P<m_mod>{MOD}|{LAST_MON})\s+)?(?:(?P<m_shahr>شهر|شهري|ليالي(?=\s+رمضان))\s+)?(?P<m_mon>{MON}){ALT('m')}{HON}(?:\s+(?P<m_rel>{REL}|الماضيين|المقبلين))?",  # شهري نيسان وأيار الماضيين
        # مساء أمس، صباح اليوم، ليلة الجمعة
        "dpod": rf"(?P<dp_this>هذا)\s+(?P<dp_tpod>الصباح|المساء|الليل)|(?P<dp_lead2>{LEAD})\s+(?P<dp_defpod>الصباح|الفجر)(?!\s*(?:{DEIC}|يوم|ذلك|هذا|(?:يوم\s+)?{WD})(?!\w))|(?:(?P<dp_lead>{LEAD})\s+)?(?P<dp_pod>(?P<dp_night>ليل|ليله)(?!\w)|{PODB})\s+(?:(?P<dp_deic>{DEIC})(?!\s+(?:التالي|الموالي)(?!\w))(?:\s*[(،,]?\s*(?P<dp_dwd>{WD})(?:\s*\))?)?|(?:يوم\s+)?(?P<dp_wd>{WD})(?:\s+(?P<dp_rel>{REL})|(?(dp_night)(?P<dp_wd2>\s+{WD})|(?!)))?)"
                # ساعة متأخرة أول من أمس، وقت متأخر الأربعاء: late at night on that day
                rf"|(?P<dp_late>{LATE})\s+(?:(?!اليوم(?!\w))(?P<dp_ldeic>{DEIC})(?:\s*[(،,]?\s*(?P<dp_ldwd>{WD})(?:\s*\))?)?|(?:يوم\s+)?(?P<dp_lwd>{WD})(?:\s+(?P<dp_lrel>{REL}))?)",
        # أمس (الاثنين)، اليوم الأحد
        "deic": rf"(?P<d_deic>{DEIC})(?:\s*(?:(?P<d_open>\()|[،,])?\s*(?P<d_wd>{WD})(?(d_open)\s*\)))?(?:\s+(?P<d_pod>{PODA}))?",
        # (يوم) الخميس (الماضي) (مساءً)
        "wd": rf"(?:(?P<w_yawm>يوم)\s+)?(?P<w_wd>{WD})(?:\s+(?P<w_rel>{REL}))?(?:\s+(?P<w_pod>{PODA}))?",
        # الساعة العاشرة صباحاً، 18:07
        "clock": rf"(?=الساعه\s|\d{{1,2}}:\d\d|{ORD}(?:\s+عشره?)?(?:\s+(?:{FRAC}|الا\s+ربعا?))?\s+(?:من\s+)?{PODA}(?!\w)|(?:[012]\d[0-5]\d|\d{{1,2}}[.,]\d\d|{ORD}(?:\s+عشره?)?(?:\s+{FRAC})?)\s+{ZONE})(?:(?P<c_kw>الساعه)\s+(?:\(\s*(?=\d))?)?(?:(?:(?<=الساعه )|(?=\d{{4}}\s+{ZONE}))(?P<c_hhmm>[012]\d[0-5]\d)|(?:(?<=الساعه )ال\s*)?(?P<c_h>\d{{1,2}})(?:(?P<c_sep>:|[.,](?=\d\d(?!\d)))(?P<c_m>\d{{2}}))?(?:(?<=\d)\s*\)(?=\s))?|(?P<c_hw>{ORD}(?:\s+عشره?)?))(?:\s+(?P<c_frac>{FRAC}|الا\s+ربعا|الا\s+ربع)|\s+و\s*(?P<c_mw>{NUMW}|(?(c_m)(?!)|\d{{1,2}}))\s+(?:دقيقه|دقائق))?(?:\s+(?:من\s+)?(?P<c_pod>{PODA})(?:\s+(?P<c_deic>{DEIC})|\s+(?:من\s+)?(?:يوم\s+)?(?P<c_wd>{WD})(?:\s+(?P<c_wrel>{REL}))?)?)?",
        # (أمس …) قبل الظهر، بعد الظهر: a part of day of two words, on the day of its sentence
        "podbare": rf"(?P<pb_pod>{_alt([w for w in L['parts'] if ' ' in w])})|(?P<pb_head>صباحا|مساء|ظهرا|عصرا|ليلا|فجرا)(?=\s*[،,])",
        # قبل عامين، منذ ثلاث سنوات، خلال السنوات الخمس الماضية
        "ago": rf"(?P<a_pre>قبل|منذ|بعد|خلال|لمده|طوال|طيله|مده|على\s+مدى|على\s+مدار|في\s+غضون|غضون|نحو|حوالي|قرابه)\s+(?:(?P<a_approx>{APPROX})\s+)?(?:(?<=قبل )(?P<a_more>اكثر\s+من|ما\s+يزيد\s+(?:عن|على))\s+)?(?:(?<=قبل |بعد )(?:(?:بضعه|بضع|عده)\s+)?(?P<a_vague>{UNIT_VAGUE}|(?<=قبل )فتره(?!\s+ال))(?!\s*(?:\d|{MON})|(?:\s+(?:قليله|عده|بسيطه|فقط|فحسب|طويله|عديده|كثيره|معدوده))?\s+(?:من|على|او)\s|(?:\s+\S+)?\s+(?:قضا|امضا|قضينا|امضينا|قضيت|امضيت|قضوا|امضوا)\w*)(?:\s+(?P<a_vague2>عده|قليله|بسيطه)(?!\w))?|(?:(?<=قبل |منذ )(?P<a_less>اقل)\s+من\s+)?(?:(?:(?P<a_open>[(«])\s*(?=\S+\s*[)»]))?(?:ال)?(?P<a_num>{NUM})(?(a_open)\s*[)»])\s*(?P<a_unit>{UNIT})|(?P<a_dual>{UNIT_DUAL})|(?P<a_one>{UNIT_SING})(?!\s*(?:\d|{MON}))(?P<a_wahid>\s+واحده?(?!\w))?)(?P<a_half>\s+و\s*(?:ال)?نصف(?:\s+(?:ال)?(?:سنه|عام|ساعه|شهر|يوم)(?!\w))?(?!\w))?)(?:\s+(?P<a_rel>{REL_PL}))?(?!\s+(?:الاولى|الاول|الاخيره)\s+(?:من|في)\s)",
        "durone": r"(?P<do_unit>يوم|اسبوع|شهر|عام|سنه|ساعه|دقيقه|" + UNIT_ONE + r")\s+(?:واحد|واحده|كامل|كامله|كاملا|كاملين)|(?P<do_acc>يوما|اسبوعا|شهرا|عاما|ساعه|دقيقه)\s+(?:واحدا|واحده|كاملا|كامله)|(?:(?<=اكثر من )|(?<=اقل من ))(?P<do_more>يوم|اسبوع|شهر|عام|سنه|ساعه|دقيقه|قرن)|(?:(?<=اكثر من )|(?<=اقل من ))(?P<do_dec>عقد)(?=\s*[.،,؛:)»]|\s*$|\s+(?:من\s+(?:الزمن|الزمان)|تقريبا|في|على|ل)(?!\w))|(?P<do_zaman>عقد|عام|سنه)(?=\s+من\s+(?:الزمن|الزمان)(?!\w))|(?<=قرابه |حوالي )(?P<do_about>الساعه)(?!\s+(?:\(?\d|ال\w+(?:\s+و|\s+عشر|\s+(?:من\s+)?(?:صباحا|مساء|ظهرا|عصرا|ليلا|فجرا)|\s*$|\s*[،,.])))|(?P<do_last>الشهر|الاسبوع|العام|الساعه)\s+(?:الاخير|الاخيره)|(?<=\s)(?P<do_span>يوما|اسبوعا|شهرا|عاما)(?!\w)|(?<=بعد )(?P<do_after>يوم|اسبوع|شهر|عام|سنه|ساعه|عقد)(?=\s+من\s+(?!(?:الان|الايام)(?!\w)))|(?:(?<=\sب)|" + "|".join(rf"(?<=\sب{w} )" for w in _ABOUT) + r")(?P<do_that>يوم|اسبوع|شهر|عام|سنه|ساعه|دقيقه)(?!\w)|(?:مرور|مضي)\s+(?P<do_pass>يوم|اسبوع|شهر|عام|سنه|ساعه|قرن)(?!\w)(?:\s+(?:واحد|واحده|كامل|كامله|كاملا|كاملين)(?!\w))?|(?:(?<=ل)|(?<=لمده )|(?<=مده ))(?P<do_other>عام|سنه|شهر|اسبوع)\s+(?:اخر|اضافي)|(?P<do_extra>ساعه|اسبوع|شهر|سنه)(?=(?:\s+(?!ال)\w+)?\s+اضافي(?:ه|ا)?(?!\w))|(?P<do_dual>سنتي)(?=\s+ال[^\W\d])|(?:(?<=مستوياته في )|(?<=مستوياتها في )|(?<=مستوي له في )|(?<=مستوي لها في )|(?<=مستوي في ))(?P<do_level>اسبوع|شهر|سنه)(?!\s*(?:\d|ال|[^\s\w]*\s*\d)|\s+و\s*نصف)",
        "durdef": rf"(?P<dd_unit>{UNIT_DEF})(?:\s+(?:(?P<dd_al>ال\s*(?=\d))?(?P<dd_num>{NUMW_DEF}|\d{{1,3}})(?:\s+(?:(?P<dd_rel2>{REL_PL})|{FIRST}))?|(?P<dd_rel>{REL_PL})|(?P<dd_first>{FIRST})))?|(?P<dd_num0>{NUMW_DEF_L})\s+(?:ال(?!عقد|عقود))?(?P<dd_unit0>{UNIT})(?:\s+(?:(?P<dd_rel0>{REL_PL})|(?P<dd_first0>{FIRST})))?",  # الخمس سنوات، الثلاثة الأشهر الأخيرة
        "half": r"نصف\s+(?P<h_unit>قرن|ساعه|عام|سنه|شهر|يوم)|(?P<h_frac>(?:ال)?(?:نصف|ربع|ثلث)(?=\s+ساعه)|ربع(?=\s+قرن))\s+(?P<h_funit>ساعه|قرن)",
        "dur": rf"(?:(?:ال\s*(?=\d))?[(«]?\s*(?P<du_num>{NUM})\s*[)»]?\s*(?P<du_unit>{UNIT})(?P<du_half>\s+و\s*نصف(?:\s+(?:ال)?(?:سنه|عام|ساعه|شهر|يوم))?)?|(?P<du_dual>{UNIT_DUAL})(?P<du_half2>\s+و\s*نصف)?|(?:ال(?={UNIT_SING}\s+والنصف))?(?P<du_one>{UNIT_SING})(?P<du_half3>\s+و\s*(?:ال)?نصف))",
        "set": rf"(?:كل\s+(?:(?P<s_wdl>يوم\s+(?:ال)?|ال)?(?P<s_wd>{WDB})(?!\w)|(?P<s_num>\d{{1,3}}|{NUMW})\s+(?P<s_units>{UNIT})|(?P<s_dual>{UNIT_DUAL})|(?P<s_season>صيف|شتاء|ربيع|خريف)(?!\w)|(?P<s_unit>{UNIT_SING}))|(?P<s_adv>يوميا|اسبوعيا|شهريا|سنويا)|(?P<s_we>نهايه\s+اسبوع))",
    }
    # (?<!\d[.,]): never inside a decimal number (2.03 عام 2014 is no "03 عام")
    head, tail = r"(?<!\w)(?<!\d[.,])(?P<cl>[وف]?[بلك]?)", r"(?!\w)"
    body = "|".join(f"(?P<R_{name}>{_k(pat)})" for name, pat in rules.items())
    single = {name: re.compile(f"{head}(?P<R_{name}>{_k(pat)}){tail}") for name, pat in rules.items()}
    # Where an expression may start: the first word of some rule (one trie over all of them), a digit
    # or a bracket. The full grammar is then tried only there, which keeps the scan fast.
    numw = [r["word"] for r in rows if r["kind"] in ("unit", "tens", "hundred")]
    first = [*L["months"], *L["weekdays"], *L["deictic"], *L["parts"], *L["mod"], *units,
             *["ال" + u for u in unit_pl],
             "شهر", "شهري", "الاسبوع", "الشهر", "السنه", "العقد", "الصيف", "الشتاء",
             "الربيع", "الخريف", "الربع", "النصف", "الثلاثي", "السداسي", "للثلاثي", "للسداسي", "نصف", "ربع", "ثلث", "الثلث", "القرن", "الساعه",
             "العامين", "سنه", "السنه", "لعام", "سنتي", "السنتين", "الاعوام", "اعوام", "السنوات", "سنوات", "اليوم",
             "يوميا", "اسبوعيا", "شهريا", "سنويا", "صيف", "شتاء", "ربيع", "خريف", "موسم",
             *L["holidays"], *L["decades"], *L["part_leads"], "وقت متاخر", "ساعه متاخره", "ساعات متاخره", *per_lam, "للعام", "للاسبوع", "للموسم", "ربعها", "الموسم",
             "الاشهر", "الشهور", "الفتره", "ليالي", *L["ord_head"], *["ال" + w for w in numw], *["لل" + w for w in numw]]
    # Frequent words that start an expression only before a count, a unit or a month: gated by a lookahead.
    UNIT_ANY = _alt(units)
    COUNT = rf"(?:ال)?(?:\(?\d|[(«]?{_alt(numw + list(units))}(?!\w))"  # قبل (ثلاث) سنوات
    common = {_k(w) for w in ["يوم", "عام", "العام", "عامي", *numw]}
    first = [w for w in first if _k(w) not in common]
    # The alternatives led by words, after an optional clitic, in the order they are tried: (the words,
    # what must follow them[, a fixed text before them]); the frequent words start an expression only
    # before a count, a unit or a month. _dispatch turns the table into a branch per first two letters of
    # a word (built here, from the word lists: a new word or row is routed with no other change), so that
    # at a word start only the alternatives with a word that begins so are tried. An alternative not led
    # by a word (a digit, a bracket) goes beside ``number``, outside the dispatch
    # (tests/test_timeline_speed.py checks the finder against the plain alternation of this table).
    leads = [
        (first, r"(?!\w)"),
        # في أكثر من عام، بعد أقل من يوم (twentieth round): a single unit after أكثر من / أقل من
        # العام الذي سبقه (twenty-third round): the anaphor rule's year before the one just named
        # العام الهجري الحالي / الجديد 1446 (twenty-fifth round): the Hijri year, its relative word after الهجري
        (["عام", "العام", "عامي"], rf"(?=\s*\(?\d|\s+(?:الهجري\s+(?:{REL}|\d)|{REL}|نفسه|ذاته|عينه|السابق|التالي|واحد|و\s*نصف|اخر|اضافي|الذي\s+(?:قبله|قبلها|سبقه|سبقها|يسبقه|يسبقها|تلاه|تلاها|يليه|يليها))(?!\w)|\s+المالي\s+\d|\s+المالي\s+(?:{REL}|السابقه)(?!\w)|(?<=اكثر من عام)(?!\w)|(?<=اقل من عام)(?!\w))"),
        (["يوم"], rf"(?=\s+(?:\(?\s*(?:{WD}|{DEIC}|واحد|و\s*نصف)(?!\w)|\(?\s*\d)|(?<=اكثر من يوم)(?!\w)|(?<=اقل من يوم)(?!\w))"),
        (numw, rf"(?=(?:\s+(?:عشر|عشره|و\S+|الاف))?\s*[)»]?\s*(?:ال)?{UNIT_ANY}(?!\w))"),  # لمدة (عشرة) أيام
        (hund, rf"(?=\s+و\S+(?:\s+(?:عشر|عشره|و\S+)){{0,2}}\s*(?:ال)?{UNIT_ANY}(?!\w))"),
        (["قبل", "منذ", "بعد", "خلال", "لمده", "طوال", "طيله", "مده", "غضون", "نحو", "حوالي", "قرابه", "كل"],
         rf"(?=\s+(?:{COUNT}|(?:غد|بضعه|بضع|عده|فتره)(?!\w)|اقل\s+من\s|(?:{APPROX})\s)|(?<=قبل)\s+(?:اكثر\s+من|ما\s+يزيد)\s)"),
        (["كل"], rf"(?=\s+(?:ال)?{WDB}(?!\w))"),  # كل خميس: a recurring weekday
        (["كل"], r"(?=\s+(?:صيف|شتاء|ربيع|خريف)(?!\w))"),  # كل صيف: a recurring season (tl31)
        (["يوم", "اسبوع", "شهر", "عام", "سنه"], r"(?=\s+من\s)", "بعد "),  # بعد يوم من
        # بعد ذلك بنحو عام، بعدها بحوالي سنة (tl27): an offset from an event, about one unit (the durone rule decides)
        *[(["يوم", "اسبوع", "شهر", "عام", "سنه", "ساعه", "دقيقه"], r"(?!\w)", f"ب{w} ") for w in _ABOUT],
        (["مرور", "مضي"], r"(?=\s+(?:يوم|اسبوع|شهر|عام|سنه|ساعه|قرن)(?!\w))"),  # بعد مرور عام على الحرب
        (["هذا", "هذه"], r"(?=\s+(?:النصف|الاسبوع|الشهر|العام|السنه|العقد|الصيف|الشتاء|الربيع|الخريف|اليوم|القرن|الموسم|العيد|الفتره|الصباح|المساء|الليل)(?!\w))"),
        (["فصل", "فتره"], r"(?=\s+(?:الصيف|الشتاء|الربيع|الخريف)(?!\w))"),
        (["ذلك", "تلك"], r"(?=\s+(?:العام|السنه)(?!\w))"),  # منذ ذلك العام: the year last named (tl27)
        (["اخر"], BEFORE_MON),  # في آخر يونيو الماضي: the end of a month (LAST_MON)
        (L["same_pre"], rf"(?=\s+{PER}(?!\w))"),
        (L["year_nouns"], r"(?=\s+\d{4}(?!\w))"),
        ([*L["ordinals"], "اول", "العشرين", "الثلاثين"], rf"(?=(?:\s+(?:عشر|عشره|و\S+|من|شهر|ايام))*\s+(?:{MON}|{PODA}|الشهر|الجاري|الحالي|{ZONE})(?!\w))"),
        (["في", "من", "منذ", "قبل", "بعد", "خلال", "عن", "مع", "حتى", "بحلول", "بين", "الفتره", "ال"], r"(?=\s*[(.]?\d)"),
        (["على"], r"(?=\s+مد)"),
        (["في"], r"(?=\s+غضون)"),
    ]
    # a number that a date, a clock time or a count follows (not 354863 شخصا); (?=[(«\d]) fails fast on a letter
    number = rf"(?=[(«\d])(?=\(\d{{4}}\)|[(«]?\d+\s*[)»]?\s*(?:[/\-.:–]\s*\d|(?:(?:و|الى|حتى|وحتى|-|–)\s*\d+\s*)?(?:من\s+)?(?:شهر\s+)?{MON}|(?:الاف\s+)?{UNIT_ANY}(?!\w)|(?:ه|م|هجري|ميلادي)(?!\w)|(?:من\s+)?(?:الشهر|الجاري|الحالي)(?!\w)|(?<=\d)(?:[.,]\d\d)?\s+{ZONE}))"
    # It starts with the character before the word (not a lookbehind) so that the regex engine can
    # skip ahead to separators; the text is searched with a space in front.
    # و2008 (a year joined to a year) is tried only where و is followed by four digits,
    # and a bare year of 1900–2099 (ثم 2004، إلى 2025، 1395 هجرية، 1975: the year rule's handler decides)
    # ب + a singular unit (بعد ذلك بعام، قبل المباراة بيوم: the durone rule decides), tried last and led by a literal
    # Every alternative starts with a letter, a digit, ( or «: (?=[\w(«]) skips the other separators (spaces, punctuation) fast.
    cand = re.compile(_k(rf"[^\w](?=[\w(«])(?:و(?=\d{{4}}(?!\w))|(?=(?:19|20)\d\d(?!\w|[.,]\d)|1[0-8]\d\d\s*[-–—:]\s*[^\W\d])|[وفبلك]{{0,2}}(?:{_dispatch(leads)}|{number})|ب(?=(?:يوم|اسبوع|شهر|عام|سنه|ساعه|دقيقه)(?!\w)))"))
    return re.compile(f"{head}(?:{body}){tail}"), single, cand


_RULES: tuple[str, ...] = ("drange", "full", "dcur", "num", "dm", "season", "ypair", "ylist", "yrange", "my", "holiday", "mlast", "firstmonths", "decade", "century", "fyear", "year", "same", "anaphor", "period", "mon", "dpod", "deic", "wd", "clock", "podbare", "ago", "durone", "durdef", "half", "dur", "set")
_RULE_INDEX = {"R_" + r: i for i, r in enumerate(_RULES)}

# ------------------------------------------------------------------ calendar helpers

_UNIT_GRAN = {"S": "time", "MIN": "time", "H": "time", "D": "day", "W": "week", "M": "month", "Y": "year", "DE": "decade", "CE": "century"}


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


@lru_cache(maxsize=4096)  # pure: every holiday asks for the same few days again
def _hijri_to_greg(y: int, m: int, d: int) -> dt.date | None:
    try:
        from hijridate import Hijri

        g = Hijri(y, m, d).to_gregorian()
        return dt.date(g.year, g.month, g.day)
    except (ValueError, OverflowError):
        return None


def _hijri_month_span(y: int, m: int) -> tuple[dt.date, dt.date] | None:
    from hijridate import Hijri

    try:
        h = Hijri(y, m, 1)
        a = h.to_gregorian()
        b = Hijri(y, m, h.month_length()).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(a.year, a.month, a.day), dt.date(b.year, b.month, b.day)


@lru_cache(maxsize=4096)  # pure: every holiday asks for the same few days again
def _hijri_of(d: dt.date) -> tuple[int, int, int]:
    from hijridate import Gregorian

    h = Gregorian(d.year, d.month, d.day).to_hijri()
    return h.year, h.month, h.day


@lru_cache(maxsize=8192)
def _span_of(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day covered by a TIMEX3 date value."""
    if not value or value.startswith("P") or "X" in value.split("T")[0]:
        return None, None
    if "/" in value and "-" in value:
        a, b = value.split("/")
        return dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    v = value.split("T")[0]
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            d = dt.date.fromisoformat(v)
            return d, d
        if m := re.fullmatch(r"(\d{4})-W(\d{2})-WE", v):
            # the weekend of an ISO week as kept in the Arab world: its Friday and Saturday
            a = dt.date.fromisocalendar(int(m[1]), int(m[2]), 5)
            return a, a + dt.timedelta(days=1)
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", v):
            a = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return a, a + dt.timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
            y, mo = int(m[1]), int(m[2])
            return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1])
        if m := re.fullmatch(r"(\d{4})-Q(\d)", v):
            y, q = int(m[1]), int(m[2])
            a = dt.date(y, 3 * q - 2, 1)
            return a, dt.date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])
        if m := re.fullmatch(r"(\d{4})-H(\d)", v):
            y, h = int(m[1]), int(m[2])
            return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v):
            y = int(m[1])
            return {
                "SP": (dt.date(y, 3, 1), dt.date(y, 5, 31)),
                "SU": (dt.date(y, 6, 1), dt.date(y, 8, 31)),
                "FA": (dt.date(y, 9, 1), dt.date(y, 11, 30)),
                "WI": (dt.date(y, 12, 1), dt.date(y + 1, 2, calendar.monthrange(y + 1, 2)[1])),
            }[m[2]]
        if m := re.fullmatch(r"(\d{4})/(\d{4})", value):  # a season: 2016/2017
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[2]), 12, 31)
        if re.fullmatch(r"\d{4}", v):
            y = int(v)
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        if re.fullmatch(r"\d{3}", v):
            y = int(v) * 10
            return dt.date(max(y, 1), 1, 1), dt.date(y + 9, 12, 31)
        if re.fullmatch(r"\d{2}", v):
            y = int(v) * 100
            return dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31)
    except ValueError:
        return None, None
    return None, None


# ------------------------------------------------------------------ the tagger


def _tatweel_dashes(text: str, key: str, offsets) -> str:
    """The key with a dash where the text has a lone tatweel between two words (``2002 ـ 2003``,
    ``1435هـ ـ 1436هـ``): the search key drops tatweels, which would leave the range without its dash.

    Example:
        >>> t = "موسم 2002 ـ 2003"
        >>> k, o = arabic.search_key(t, as_array=True)
        >>> _tatweel_dashes(t, k, o)
        'موسم 2002 -2003'
    """
    chars = None
    for m in re.finditer(r"  +", key):
        i = m.end() - 1  # the last space of the run
        if re.fullmatch(r"\s*ـ+\s*", text[int(offsets[m.start()]):int(offsets[i]) + 1]):
            chars = chars or list(key)
            chars[i] = "-"
    return "".join(chars) if chars else key


_GLUED = re.compile(r"(?<!\w)([وفبل]?(?:ال|لل)(?:شهر|عام|سنه|اسبوع))(?=ال(?:ماضي|مقبل|قادم|حالي|جاري|تالي|سابق|منصرم|فائت))")


def _split_glued(key: str, offsets) -> tuple[str, object]:
    """The key with a space between a period noun and its relative word typed without one
    (``الشهرالماضى``, ``العامالمقبل``: Egyptian and BBC pages), and the offsets to match; a text without
    such a pair is returned as it is (four substring tests, no regex scan).

    Example:
        >>> k, o = _split_glued("ارتفع الشهرالماضي", None)
        >>> k, [int(i) for i in o[6:14]]
        ('ارتفع الشهر الماضي', [6, 7, 8, 9, 10, 11, 11, 12])
    """
    if not any(w in key for w in ("شهرال", "عامال", "سنهال", "اسبوعال")):
        return key, offsets
    cuts = [m.end() for m in _GLUED.finditer(key)]
    if not cuts:
        return key, offsets
    offs = np.arange(len(key) + 1) if offsets is None else np.asarray(offsets)
    parts, at = [], 0
    for c in cuts:
        parts.append(key[at:c])
        at = c
    parts.append(key[at:])
    # the inserted space maps to the first letter of the relative word, so a span starting or ending there stays honest
    return " ".join(parts), np.insert(offs, cuts, offs[cuts])


_COMMA = re.compile(r"[،,؛;]")  # what ends a clause inside a sentence


class _Ctx:
    """State of one text: its search key, reference date and the dates found so far."""

    def __init__(self, text: str, dct: dt.date | None, week: str = "iso"):
        self.text = text
        #: "iso" (Monday–Sunday) or "sun" (the Saudi Sunday–Thursday work week, Friday–Saturday weekend)
        self.week = week
        self.key, self.offsets = arabic.search_key(text, as_array=True)
        if "ـ" in text and self.offsets is not None:
            self.key = _tatweel_dashes(text, self.key, self.offsets)
        self.key, self.offsets = _split_glued(self.key, self.offsets)
        self.published = dct
        #: The reference day: publication, until the text names its own "today" (اليوم الاثنين).
        self.dct = dct
        self.found: list[dict] = []
        self.kspans: list[tuple[int, int]] = []  # key offsets of ``found``
        #: (key offset, days): the text put a Hijri day off the Umm al-Qura calendar (عمان: السبت هو غرة شوال)
        self.hshift: tuple[int, int] | None = None
        #: The day of the story: the first day named by a deictic word or a weekday (أمس الاثنين).
        self.lead: dt.date | None = None
        #: Key offsets of years that name an event (اتفاق 1997، مونديال 2022): from an earlier sentence, not the
        #: year the text goes on talking about.
        self.names: set[int] = set()
        #: Facts of the whole text, each computed once when first asked (:meth:`fact`).
        self.facts: dict[str, object] = {}

    def fact(self, name: str, compute):
        """The fact ``name`` of the whole text (is it about sport, an interview …), ``compute()`` the first time."""
        if name not in self.facts:
            self.facts[name] = compute()
        return self.facts[name]

    @property
    def anchor(self) -> str:
        return "published" if self.dct == self.published else _iso(self.dct)

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Offsets in the original text of key[a:b] (diacritics after the last letter kept)."""
        if self.offsets is None:
            return a, b
        start = int(self.offsets[a])
        end = int(self.offsets[b - 1]) + 1
        n = len(self.text)
        while end < n and self.text[end] in _TRAILING:
            end += 1
        return start, end

    def before(self, pos: int, n: int = 40) -> str:
        return self.key[max(0, pos - n):pos]

    def sentence_before(self, pos: int) -> str:
        """Key text from the start of the sentence to ``pos``."""
        chunk = self.key[max(0, pos - 300):pos]
        cut = max(chunk.rfind(c) for c in ".!؟?\n")
        return chunk[cut + 1:]

    def clause_before(self, pos: int) -> str:
        """Key text from the start of the clause (a comma or semicolon, at most 120 characters back in the sentence) to ``pos``."""
        return _COMMA.split(self.sentence_before(pos)[-120:])[-1]

    def year_before(self, pos: int, within: int = 40) -> dict | None:
        """An absolute Gregorian year just before ``pos`` in the same clause (ففي العام 2018 سيقع … في شهري يناير ومارس)."""
        for f, (a, b) in zip(reversed(self.found), reversed(self.kspans)):
            if pos - b > within or re.search(r"[.!؟?\n]", self.key[b:pos]):
                return None
            if f["anchor"] == _ABS and f["value"] and "/" not in f["value"] and f["granularity"] == "year":
                return None if re.search(r"منذ\s*$", self.key[max(0, a - 6):a]) else f
        return None

    def is_future(self, pos: int) -> bool:
        return bool(_future_re().search(self.sentence_before(pos)[-120:]))


_MIN_DAY, _MAX_DAY = pd.Timestamp.min.date() + dt.timedelta(days=1), pd.Timestamp.max.date()
_TRAILING = set(arabic.DIACRITICS + arabic.TATWEEL)


@lru_cache(maxsize=1)
def _future_re() -> re.Pattern:
    words = _alt(_lex()["future"])
    # سيعقد، ستبدأ، سنعمل: the future prefix س on an imperfect verb; nouns that look alike
    # (سيارة، سياسة، سنوات، ستة، سيطرة، سندات، سيشنز …) are excluded by their letters after س (time_future_nouns.tsv).
    nouns = _lex()["future_nouns"]
    # على أن تشهد الساعات الأولى من صباح الجمعة: "with … to come", a subjunctive after على أن
    return re.compile(rf"(?<!\w){words}(?!\w)|(?<!\w)[وف]?س(?!{nouns})[يتن]\w{{3,}}|(?<!\w)علي\s+ان\s+[يت]\w{{2,}}")  # key folds ى to ي


# precompiled patterns of _number (called for every count)
_THOUSANDS = re.compile(r"(\S+)\s+الاف")
_DIGITS = re.compile(r"\d+")
_SEPARATED = re.compile(r"[1-9]\d{0,2}(?:[.,]\d{3})+")
_DECIMAL = re.compile(r"\d+[.,]\d{1,3}")
_NUMBER_TOKENS = re.compile(r"\s+|(?<=\s)و")


def _number(s: str) -> int | None:
    """The value of a count in digits or words; compounds are added up (hundreds + و + tens/units).

    Example:
        >>> _number(_k("مائة وخمسين")), _number(_k("ثلاثمائة وخمسة وعشرين")), _number(_k("ألف وخمسمائة")), _number(_k("مائتي"))
        (150, 325, 1500, 200)
        >>> _number(_k("خمسة آلاف")), _number(_k("5 آلاف"))
        (5000, 5000)
    """
    s = s.strip()
    if (th := _THOUSANDS.fullmatch(s)) and (n := _number(th.group(1))) and n <= 99:
        return n * 1000  # خمسة آلاف، 5 آلاف (thousands, plural)
    if s.startswith("ال") and not (s.split() or [""])[0] in _lex()["numbers"]:
        s = s[2:]  # not the ال of ألف (key الف)
    if _DIGITS.fullmatch(s):
        return int(s)
    if _SEPARATED.fullmatch(s):
        return int(s.replace(".", "").replace(",", ""))  # 2.500 عام: a thousands separator
    if _DECIMAL.fullmatch(s):
        return None
    nums = _lex()["numbers"]
    total = 0
    for tok in _NUMBER_TOKENS.split(s):
        tok = tok.strip()
        if tok.startswith("و") and tok[1:] in nums or tok.startswith("وال") and tok[3:] in nums:
            tok = tok[1:]
        if tok.startswith("ال") and tok[2:] in nums:
            tok = tok[2:]
        if not tok:
            continue
        if tok not in nums:
            return None
        total += nums[tok]
    return total or None


def _ordinal(s: str) -> int | None:
    ords = _lex()["ordinals"]
    total = 0
    for tok in s.split():
        tok = tok.lstrip("و") if tok not in ords else tok
        if tok in ords:
            total += ords[tok]
        elif tok in ("عشر", "عشره"):
            total += 10
        elif tok in ("العشرين", "عشرين"):
            total += 20
        elif tok in ("الثلاثين", "ثلاثين"):
            total += 30
        else:
            return None
    return total or None


def _year_from(g: str, era: str | None, *, keyword: bool) -> tuple[int, bool] | None:
    """(year, is_hijri) from 4 digits and an era mark, or None when it is no year."""
    y = int(g)
    era = (era or "").strip()
    if era.startswith("ه"):
        return (y, True) if 1300 <= y <= 1500 else None
    if era.startswith("م"):
        return (y, False) if (1 <= y <= 2100 if keyword else 1900 <= y <= 2100) else None
    if keyword:
        if 1380 <= y <= 1470:
            return y, True
        return (y, False) if 1000 <= y <= 2100 else None
    return (y, False) if 1900 <= y <= 2100 else None


def tag(text: str, published=None, week: str = "iso") -> list[dict]:
    """Temporal expressions in one text, resolved against ``published``.

    Args:
        text: The article's text; offsets point into it unchanged.
        published: Publication date (date, Timestamp or ISO string), or None: then only
            absolute dates get a value.
        week: ``"iso"`` (Monday–Sunday weeks) or ``"sun"``: the Saudi Sunday–Thursday work week
            (``time_weeks.tsv`` says which outlets; :func:`timeline` reads it from the ``source`` column).

    Returns:
        One dict per expression, in text order: ``start, end, text, type, value, granularity,
        date_start, date_end, anchor``.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("منذ الغزو في فبراير (شباط) 2022 وحتى يوم الاثنين", "2024-12-31")]
        [('فبراير (شباط) 2022', '2022-02'), ('يوم الاثنين', '2024-12-30')]
        >>> tag("قبل عامين", None)[0]["value"] is None
        True
    """
    dct = _to_date(published)
    ctx = _Ctx(text, dct, week)
    _own_today(ctx)
    rx, single, cand = _grammar()
    key = ctx.key
    pos = 0
    for c in cand.finditer(" " + key):
        p = c.start()  # the word's offset in key (the separator is one before it in " " + key)
        if p < pos:
            continue
        m = rx.match(key, p)
        if not m:
            continue
        i = _RULE_INDEX[m.lastgroup]  # the rule's group closes last
        out = _HANDLERS[_RULES[i]](m, ctx)
        for r in _RULES[i + 1:] if not out else ():
            # The first rule to match was rejected (e.g. "6" is no clock time): try the later ones here.
            m2 = single[r].match(key, m.start())
            if m2 and m2.group("cl") == m.group("cl") and (out := _HANDLERS[r](m2, ctx)):
                m = m2
                break
        if out:
            for item in out:
                a, b, typ, value, gran, anchor = item
                if typ == "duration":
                    b = _more_after(ctx, b)
                elif value is not None:
                    a = _this_before_today(ctx, _some_time_before(ctx, a))
                a = _article_before_digits(ctx, a)
                if typ == "date" and gran == "day":
                    a = _yawm_before_digits(ctx, a)
                s, e = ctx.span(a, b)
                ds, de = _span_of(value) if typ in ("date", "time") else (None, None)
                if ds is not None and not (_MIN_DAY <= ds and de <= _MAX_DAY):
                    ds = de = None  # beyond what datetime64[ns] holds (القرن الثاني عشر); the value says it
                ctx.found.append({
                    "start": s, "end": e, "text": text[s:e], "type": typ, "value": value,
                    "granularity": gran, "date_start": ds, "date_end": de, "anchor": anchor,
                })
                ctx.kspans.append((a, b))
            pos = max(m.end(), ctx.kspans[-1][1])  # a handler may take in what follows (… الموافق 1436/9/25هـ)
    if len(ctx.found) > 1:
        _join_adjacent(ctx)
    return ctx.found


_MORE = re.compile(r"\s+(?:اخرين|اخريين|اخري|اخر|اضافيه|اضافيين|اضافيتين|اضافي)(?!\w)")
# خمس سنوات مقبلة، عامين مقبلين، الـ 19 عاماً المقبلة (key folding: ة→ه)
_COMING = re.compile(r"\s+(?:ال)?(?:مقبله|قادمه|مقبلين|قادمين|مقبلتين|قادمتين)(?!\w)")


def _more_after(ctx: _Ctx, end: int) -> int:
    """The end of a duration with ``آخرين`` / ``أخرى`` / ``إضافية`` after it (a further stretch of the same length),
    then ``مقبلة`` / ``مقبلين`` / ``القادمة`` ("the next five years"), which belong to its span (the second since the
    thirty-third round; the definite ``السنوات الخمس المقبلة`` already is one).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("مدد عقده لعامين آخرين. وسجن ثلاث سنوات أخرى. ومنح 10 أيام إضافية", "2017-08-11")]
        [('عامين آخرين', 'P2Y'), ('ثلاث سنوات أخرى', 'P3Y'), ('10 أيام إضافية', 'P10D')]
        >>> [(t["text"], t["value"]) for t in tag("خلال خمس سنوات مقبلة، ولعامين مقبلين، وفي الـ 19 عاماً المقبلة", "2015-07-23")]
        [('خمس سنوات مقبلة', 'P5Y'), ('عامين مقبلين', 'P2Y'), ('الـ 19 عاماً المقبلة', 'P19Y')]
    """
    for rx in (_MORE, _COMING):
        if m := rx.match(ctx.key, end):
            end = m.end()
    return end


def _lead_before(ctx: _Ctx, start: int, lead: re.Pattern, back: int, gap: int = 0) -> int:
    """The start of the words ``lead`` (a regex ending in ``$``) matches within ``back`` characters right before key offset
    ``start``, which join the expression's span; ``start`` itself when it does not match or when the row before reaches
    into them (or within ``gap`` characters of them). The one mechanism of the lead words below (thirty-third round)."""
    m = lead.search(ctx.key, max(0, start - back), start)
    if not m or (ctx.kspans and ctx.kspans[-1][1] > m.start() - gap):
        return start
    return m.start()


@lru_cache(maxsize=1)
def _today_weekday_re() -> re.Pattern:
    """``اليوم`` and a weekday after it (``اليوم السبت``، ``اليوم (الأحد)``)."""
    return re.compile(rf"اليوم\s*[(،,]?\s*(?:{_alt(_lex()['weekdays'])})(?!\w)")


_THIS_BEFORE = re.compile(r"(?<!\w)هذا\s+$")


def _this_before_today(ctx: _Ctx, start: int) -> int:
    """The start of ``اليوم`` + a weekday with ``هذا`` right before it: ``هذا اليوم الاثنين`` is one expression
    (thirty-third round: timeline_dev three times, blind10 inside a clock time's span).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("تبدأ الاختبارات هذا اليوم السبت في جميع المدارس", "2015-07-25")]
        [('هذا اليوم السبت', '2015-07-25')]
    """
    if not ctx.key.startswith("اليوم", start) or not _today_weekday_re().match(ctx.key, start):
        return start
    # gap 3: right after a clock time (الساعة 5:30 مساء هذا اليوم الاثنين) the goldens disagree: left as it was
    return _lead_before(ctx, start, _THIS_BEFORE, 8, gap=3)


_YAWM_BEFORE = re.compile(r"(?<!\w)يوم\s+$")


def _yawm_before_digits(ctx: _Ctx, start: int) -> int:
    """The start of a day written in digits with ``يوم`` right before it (``بنهاية تداول يوم 14/07/2015``، ``حتى يوم 20 /
    9 / 1436هـ``): the noun belongs to its span, as in ``يوم 12 آب`` (thirty-third round; every gold keeps it).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("بنهاية تداول يوم 14/07/2015 وحتى يوم 20 / 9 / 1436هـ", "2015-07-20")]
        [('يوم 14/07/2015', '2015-07-14'), ('يوم 20 / 9 / 1436هـ', '2015-07-07')]
    """
    if not ctx.key[start:start + 1].isdigit() or ctx.key[start - 4:start - 1] != "يوم":
        return start
    return _lead_before(ctx, start, _YAWM_BEFORE, 6)


_ARTICLE_APART = re.compile(r"(?<!\w)ال\s+$")


def _article_before_digits(ctx: _Ctx, start: int) -> int:
    """The start of an expression opening with digits that ``الـ`` written apart precedes (``الـ 24 ساعة``، ``الـ 20
    من الشهر المقبل``): the article belongs to its span (thirty-third round), as the glued ``الـ30`` does.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("خلال الـ 24 ساعة، ويعقد في الـ 20 من الشهر المقبل", "2017-08-11")]
        [('الـ 24 ساعة', 'PT24H'), ('الـ 20 من الشهر المقبل', '2017-09-20')]
    """
    if not ctx.key[start:start + 1].isdigit() or ctx.key[start - 3:start - 1] != "ال" and ctx.key[start - 4:start - 2] != "ال":
        return start
    return _lead_before(ctx, start, _ARTICLE_APART, 6)


# في وقت سابق اليوم، في وقت لاحق أمس، في وقت مبكر من هذا الشهر (key folding: ى→ي)
_SOME_TIME = re.compile(r"(?<!\w)وقت\s+(?:سابق|لاحق|مبكر)(?:\s+من)?\s+$")


def _some_time_before(ctx: _Ctx, start: int) -> int:
    """The start of a dated expression with ``وقت سابق`` / ``وقت لاحق`` / ``وقت مبكر من`` right before it, which
    belongs to its span (thirty-third round: ``في وقت لاحق أمس`` and ``في وقت مبكر من هذا الشهر`` are one expression
    from ``وقت``, as ``في وقت سابق من``); ``في وقت سابق`` alone stays vague, unannotated.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("وقال في وقت سابق اليوم إن الاتفاق سيوقع في وقت لاحق هذا الأسبوع", "2017-08-11")]
        [('وقت سابق اليوم', '2017-08-11'), ('وقت لاحق هذا الأسبوع', '2017-W32')]
    """
    if "وقت" not in ctx.key[max(0, start - 20):start] or ctx.key[start:start + 1].isdigit():
        return start  # the common case, without a regex search; not before a clock time in digits
    return _lead_before(ctx, start, _SOME_TIME, 20)


_DUR_ORDER = {"Y": 0, "M": 1, "W": 2, "D": 3}
_TDUR_ORDER = {"H": 0, "M": 1, "S": 2}


def _joined_duration(a: str, b: str) -> str | None:
    """``P1Y`` + ``P3M`` = ``P1Y3M`` (a larger unit first, each unit once), else None.

    Example:
        >>> _joined_duration("P1Y", "P3M"), _joined_duration("PT1H", "PT30M"), _joined_duration("P3M", "P1Y")
        ('P1Y3M', 'PT1H30M', None)
    """
    t = a.startswith("PT")
    if t != b.startswith("PT"):
        return None
    order = _TDUR_ORDER if t else _DUR_ORDER
    pa = re.fullmatch(r"PT?((?:\d+(?:\.\d+)?[A-Z])+)", a)
    pb = re.fullmatch(r"PT?(\d+(?:\.\d+)?)([A-Z])", b)
    if not pa or not pb or pb.group(2) not in order:
        return None
    last = re.findall(r"[A-Z]", pa.group(1))[-1]
    if last not in order or order[last] >= order[pb.group(2)]:
        return None
    return a + pb.group(1) + pb.group(2)


# precompiled gaps of _join_adjacent: before a date, before a clock time, between two counts
_GAP_DATE, _GAP_TIME, _GAP_AND = re.compile(r"\s*[،,]?\s*(?:الموافق\s+)?(?:[\"«]\s*)?"), re.compile(r"\s*[،,]?\s*(?:في\s+)?"), re.compile(r"\s+و\s*")
_CLOSE_QUOTE = re.compile(r'\s*["»]')  # the quote closing a date opened by one (يوم الجمعة "8 / 10 / 1436")


@lru_cache(maxsize=1)
def _wd_end_re() -> re.Pattern:
    """A weekday at the end of an expression (``أمس الأربعاء``، ``يوم (الخميس)``، ``صباح الأحد القادم``)."""
    return re.compile(rf"(?:{_alt(_lex()['weekdays'])})\s*\)?(?:\s+(?P<rel>{_WD_REL}))?$")


@lru_cache(maxsize=1)
def _written_date_re() -> re.Pattern:
    """A date written with digits or a month's name: what a weekday said to come or gone joins (twentieth round), not
    a holiday's day (``مساء يوم السبت الماضي ثاني أيام عيد الفطر`` stays two)."""
    return re.compile(rf"\d|(?<!\w)(?:{_alt(_lex()['months'])}|الجاري|الحالي)(?!\w)")


def _join_adjacent(ctx: _Ctx) -> None:
    """Expressions the rules found apart that the guideline counts as one:
    a day named by its weekday and the date right after it (``صباح الأربعاء السادس من شوال``; after a deictic day,
    ``صباح أمس الأربعاء السادس من شوال``, the two stay apart: see the guideline in :mod:`newslib.scoring.timeline`),
    a day and the clock time right after it (``يوم الاثنين 9 من ذي القعدة 1436هـ الساعة الثامنة``),
    two counts joined by و (``عام واحد وثلاثة أشهر`` = ``P1Y3M``).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("وذلك صباح الأربعاء السادس من شوال بحضور", "2015-07-23")]
        [('صباح الأربعاء السادس من شوال', '2015-07-22TMO')]
        >>> [(t["text"], t["value"]) for t in tag("بعد عام واحد وثلاثة أشهر عدت", "2015-07-23")]
        [('عام واحد وثلاثة أشهر', 'P1Y3M')]
    """
    found, spans = [ctx.found[0]], [ctx.kspans[0]]
    for f, ks in zip(ctx.found[1:], ctx.kspans[1:]):
        p, pk = found[-1], spans[-1]
        gap = ctx.key[pk[1]:ks[0]]
        new = None
        if (f["type"] == "date" and f["granularity"] == "day" and f["value"] and p["value"] and p["type"] in ("date", "time")
                and _GAP_DATE.fullmatch(gap) and (wde := _wd_end_re().search(ctx.key[pk[0]:pk[1]]))
                and (not wde.group("rel") or _written_date_re().search(ctx.key, ks[0], ks[1]))
                and not any(w in _lex()["deictic"] for w in ctx.key[pk[0]:pk[1]].split())
                and not ctx.key[ks[0]:ks[1]].split()[0] in ("اليوم", "يوم", *_lex()["deictic"])):
            # (not after a deictic day: اليوم السبت 9 / 10 / 1436 هـ، غدا الجمعة غرة شوال stay two, as in the older gold)
            # a weekday and its date: the date written out wins, the part of day stays
            v = f["value"] + (p["value"][10:] if p["type"] == "time" else "")
            new = {**p, "value": v, "date_start": f["date_start"], "date_end": f["date_end"], "anchor": f["anchor"]}
            if gap.rstrip()[-1:] in ('"', "«") and ctx.key[ks[1] - 1] not in '"»' and (close := _CLOSE_QUOTE.match(ctx.key[ks[1]:ks[1] + 3])):
                ks = (ks[0], ks[1] + close.end())  # يوم الجمعة "8 / 10 / 1436": the date's closing quote too
                f = {**f, "end": ctx.span(ks[0], ks[1])[1]}
        elif (f["type"] == "time" and p["type"] == "date" and p["granularity"] == "day" and p["value"] and f["value"]
              and _GAP_TIME.fullmatch(gap) and ctx.key.startswith("الساعه", ks[0])):
            new = {**f, "value": p["value"] + f["value"][10:], "date_start": p["date_start"], "date_end": p["date_end"], "anchor": p["anchor"]}
        elif (rec := _recurring_date(p, f, gap, ctx.key[pk[0]:pk[1]], ctx.key[ks[0]:ks[1]])) is not None:
            new = rec
        elif (f["type"] == p["type"] == "duration" and p["value"] and f["value"] and _GAP_AND.fullmatch(gap)
              and (v := _joined_duration(p["value"], f["value"]))):
            new = {**p, "value": v}
        if new is None:
            found.append(f)
            spans.append(ks)
            continue
        new["start"], new["end"] = p["start"], f["end"]
        new["text"] = ctx.text[new["start"]:new["end"]]
        found[-1], spans[-1] = new, (pk[0], ks[1])
    ctx.found[:], ctx.kspans[:] = found, spans


def _recurring_date(p: dict, f: dict, gap: str, ptext: str, ftext: str) -> dict | None:
    """A month, a day of a month or a season of the year without a written year, followed by ``من كل عام`` /
    ``سنويا``, is one recurring date, a TIMEX3 set: ``الثامن من آذار من كل عام`` = ``XXXX-03-08``, ``في يوليو (تموز)
    من كل عام`` = ``XXXX-07``, ``فصل الصيف من كل عام`` = ``XXXX-SU``. ``p`` and ``f`` are the two expressions found,
    ``gap`` the key text between them, ``ptext`` / ``ftext`` their key text. Returns the joined set or None.

    Example:
        >>> [(t["text"], t["type"], t["value"]) for t in tag("يحتفل العالم في الثامن من آذار من كل عام", "2015-07-26")]
        [('الثامن من آذار من كل عام', 'set', 'XXXX-03-08')]
        >>> [(t["text"], t["value"]) for t in tag("يحتفل به في 21 مارس سنويا", "2015-07-26")]
        [('21 مارس سنويا', 'XXXX-03-21')]
        >>> [t["type"] for t in tag("للاحتفال بعيد الفطر من كل عام", "2015-07-26")]
        ['date', 'set']
    """
    if not (p["type"] == "date" and f["type"] == "set" and f["value"] == "P1Y" and p["value"]):
        return None
    if not re.fullmatch(r"\s+(?:من\s+|في\s+)?", gap) or re.search(r"\d{4}", ptext):
        return None
    if not (re.fullmatch(r"كل\s+(?:عام|سنه)", ftext) or ftext.startswith("سنوي")):
        return None
    if any(_lex()["months"].get(w, (0, "gregorian"))[1] != "gregorian" for w in ptext.split()) or any(h in ptext for h in _lex()["holidays"]):
        return None  # عيد الفطر من كل عام: a Hijri date recurs on another Gregorian day each year
    m = re.fullmatch(r"\d{4}(-\d{2}(?:-\d{2})?|-(?:SP|SU|FA|WI))", p["value"])
    if not m or p["granularity"] not in ("day", "month", "season"):
        return None
    return {**p, "type": "set", "value": "XXXX" + m.group(1), "date_start": None, "date_end": None, "anchor": None}


def _to_date(v) -> dt.date | None:
    if v is None:
        return None
    if type(v) is dt.date:
        return v  # already a day (tag called by timeline): no Timestamp round trip
    try:
        if pd.isna(v):
            return None
    except (TypeError, ValueError):
        pass
    ts = pd.Timestamp(v)
    if ts is pd.NaT:
        return None
    return ts.date()


# ------------------------------------------------------------------ handlers
# Each returns a list of (key_start, key_end, type, value, granularity, anchor), or None to reject.

_SPACES = re.compile(r"\s+")  # precompiled: module-level re calls look the pattern up on every call
_ABS = "absolute"
_PUB = "published"


def _mon(word: str) -> tuple[int, str, bool]:
    return _lex()["months"][_SPACES.sub(" ", word)]


def _month_pair(m, p: str) -> tuple[int, str, bool] | None:
    mo, cal, amb = _mon(m.group(f"{p}_mon"))
    if m.group(f"{p}_mon2"):
        amb = False  # a contradictory pair (يونيو/ تموز) keeps the first name
    return mo, cal, amb


def _rel_shift(word: str | None, ctx: _Ctx, unit: str) -> int | None:
    if not word:
        return None
    s = _lex()["rel"].get(" ".join(word.split()))  # قبل  الماضي: one space in the word list
    if s == "new":
        if unit != "Y" or ctx.dct is None:
            return None
        return 1 if ctx.dct.month >= 10 else 0
    return int(s) if s is not None else None


def _clock_value(day: str | None, hh, mm, pod) -> tuple[str | None, str]:
    h = int(hh)
    mi = int(mm) if mm else 0
    if pod:
        code, shift = _lex()["parts"].get(pod, ("", 0))
        if shift and h < 12:
            h += shift
        if code == "MO" and h == 12:
            h = 0
    if h > 24 or mi > 59:
        return None, "time"
    if day is None:
        return None, "time"
    return f"{day}T{h:02d}:{mi:02d}", "time"


def _scheduled(ctx: _Ctx, pos: int) -> bool:
    """True when an imperfect verb of a timetable (``time_context.tsv`` kind ``schedule_verb``: تبدأ، تنتهي، تقام)
    comes before ``pos`` in its sentence (at most 120 characters, as a future verb): the month or day is the coming one, as after a
    future verb (``وتبدأ فترة التحويلات في 1 يناير``, written in August, is next January).

    Example:
        >>> [t["value"] for t in tag("وتبدأ فترة التحويلات في 1 يناير وتنتهي يوم 31 يناير.", "2017-08-11")]
        ['2018-01-01', '2018-01-31']
        >>> [t["value"] for t in tag("وبدأت فترة التحويلات في 1 يناير.", "2017-08-11")]
        ['2017-01-01']
        >>> [t["value"] for t in tag("أرباح الأشهر الثلاثة التي تنتهي في 30 يونيو", "2015-07-21")]
        ['P3M', '2015-06-30']
    """
    return _schedule_verb(ctx.sentence_before(pos)[-120:]) is not None


def _schedule_verb(head: str) -> re.Match | None:
    """The last verb of a timetable (``time_context.tsv`` kind ``schedule_verb``) in ``head``, or None when there is none or it
    tells no timetable: after التي / الذي (الأشهر الثلاثة التي تنتهي في 30 يونيو: a reported period) or before منذ (تبدأ
    منذ: a habit from a past start). Shared by :func:`_scheduled` (a month or day) and :func:`_weekday_scheduled`."""
    v = _last_match(_cue_re("schedule_verb"), head)
    if v is None or re.search(r"(?:التي|الذي|اللتي|اللذي)\s+$", head[:v.start()]) or re.search(r"(?<!\w)منذ(?!\w)", head[v.end():]):
        return None
    return v


_SINCE_DAY = re.compile(r"(?<!\w)[وف]?منذ\s+(?:يوم\s+|تاريخ\s+)?$")


def _since_day_before(ctx: _Ctx, pos: int) -> bool:
    """True when ``منذ`` stands right before a day and month without a year: "since" looks back, whatever future verb
    the sentence has (``البنوك ستفتح أبوابها المغلقة منذ 29 يونيو``, 21 July 2015 = ``2015-06-29``), as for a bare month.

    Example:
        >>> [t["value"] for t in tag("وقال إن البنوك ستفتح أبوابها المغلقة منذ 29 يونيو", "2015-07-21")]
        ['2015-06-29']
    """
    return bool(_SINCE_DAY.search(ctx.before(pos, 20)))


def _told_past(ctx: _Ctx, pos: int, end: int | None = None) -> bool:
    """True when the clause of a bare month or day-month at ``pos`` tells of the past: a past verb of news (``time_context.tsv``
    kinds ``past_verb``, ``past_cue``) or ``قد`` + a perfect verb in its clause before it, no future verb after it, or a past verb (or one of saying)
    right after it (``وفي أكتوبر، وقع ميسي``). Used only when no future word or timetable verb makes it coming: the month one
    or two months ahead of publication is then the one gone by (BBC pages written months before the crawl day, tl29).

    Example:
        >>> [t["value"] for t in tag("كما تراجع الجنيه الاسترليني في أكتوبر/تشرين الأول", "2017-08-11")]
        ['2016-10']
        >>> [t["value"] for t in tag("وقد صدر بيان عن وزارة الأمن الداخلي يوم 7 أكتوبر/ تشرين الأول", "2017-08-11")]
        ['2016-10-07']
        >>> [t["value"] for t in tag("ويرجح أن تجرى الانتخابات في أكتوبر", "2017-08-11")]
        ['2017-10']
        >>> [t["value"] for t in tag("وهبط خام برنت تسليم سبتمبر 15 سنتا", "2015-07-20")]
        ['2015-09']
        >>> [t["value"] for t in tag("وكانت التوقعات المتزايدة ببدء المركزي في رفع أسعار الفائدة في سبتمبر أيلول عاملا رئيسيا", "2015-07-31")]
        ['2015-09']
    """
    r = _before_re()
    if r["delivery"].search(ctx.before(pos, 30)):
        return False  # هبط خام برنت تسليم سبتمبر: a contract's delivery month
    head = ctx.clause_before(pos)  # its clause: وقعت الحادثة في …، ويعقد الاجتماع 24 أغسطس
    last = _last_match(r["past_verb"], head)
    if last is None and (vc := _verb_clause(ctx, pos)) is not None:
        # وقال توريه في بيان اعتزاله، في سبتمبر: a verb of saying counts only when the month's fragment is the month alone
        head, said = vc
        last = _last_match(r["past_verb"], head) or (_last_match(r["said_past"], head) if said else None)
    if last is not None and not _future_re().search(head, last.end()) and not _SHORT_FUTURE.search(head, last.end()) \
            and not _FORECAST_AFTER.search(head, last.end()):
        return True  # فقد أعلن الصندوق أمس أن … سيحل اعتبارا من مطلع أيلول: a future verb after the past one
    return end is not None and bool(r["past_after"].match(ctx.key, end))


# a comma fragment that continues the clause before it: it opens with في / خلال or a measure (بواقع، بنسبة، بمعدل)
_PREP_FRAGMENT = re.compile(r"\s*(?:و?في|و?خلال|بواقع|بنسبه|بمعدل)(?!\w)")
_STOP_NOT_DECIMAL = re.compile(r"[!؟?\n]|\.(?!\d)")
_T_VERB = re.compile(r"(?<!\w)[وف]?ت(?!شرين)\w{3,}")  # تعتزم، وتوقع: an imperfect (or a past) verb in ت, not تشرين


def _has_verb(frag: str) -> bool:
    """True when a comma fragment holds a verb: one of ``time_context.tsv`` (past, saying), a future or an imperfect."""
    r = _before_re()
    return bool(r["past_verb"].search(frag) or r["said_past"].search(frag) or _future_re().search(frag)
                or _T_VERB.search(frag) or any(_present_re().fullmatch(w) for w in frag.split()))


def _verb_clause(ctx: _Ctx, pos: int) -> tuple[str, bool] | None:
    """The clause of a month whose own comma fragment has no verb and opens with في / خلال or a measure (``كما ارتفع متوسط
    الدخل، بخلاف العلاوات، بواقع 2.6 في المئة خلال العام حتى أكتوبر``، ``وقال توريه في بيان اعتزاله، في سبتمبر``): back to
    the nearest fragment of its sentence that has one, at most two commas back, and whether the month's fragment is the
    month alone; a decimal point (``2.6``) ends no sentence here (tl31). None for a fragment that opens a clause of its own
    (``فإن الكونجرس أمامه حتى 17 أيلول``، ``ويوم 30 يوليو``): it keeps its reading."""
    chunk = ctx.key[max(0, pos - 200):pos]
    frags = _COMMA.split(chunk[max((m.end() for m in _STOP_NOT_DECIMAL.finditer(chunk)), default=0):])
    if not _PREP_FRAGMENT.match(frags[-1]) or _has_verb(frags[-1]):
        return None
    for i in range(len(frags) - 2, max(-1, len(frags) - 4), -1):
        if _has_verb(frags[i]):
            return " ".join(frags[i:]), len(frags[-1].split()) <= 1
    return None


# what the past verb's clause forecasts: أن + an imperfect verb, an expectation (وكانت التوقعات … برفع الفائدة في سبتمبر،
# صعد الدولار قبل بيانات من المرجح أن تعزز التوقعات …: timeline_dev, the coming September)
_FORECAST_AFTER = re.compile(r"(?<!\w)(?:ان\s+[يتن]\w\w|[وفبل]?(?:ال)?توقع\w*|(?:ال)?مرجح|[وفبل]?(?:ال)?احتمال\w*)")
_SHORT_FUTURE = re.compile(r"(?<!\w)[وف]?س[يتن]\w\w(?!\w)")  # سيحل، ستعد: a future verb of a two-letter stem


def _resolve_dm(ctx: _Ctx, mo: int, day: int, pos: int) -> tuple[str | None, str]:
    """Day and month without a year: the year that puts it nearest publication, past-biased."""
    if ctx.dct is None:
        return None, ctx.anchor
    y = ctx.dct.year
    try:
        cand = dt.date(y, mo, day)
    except ValueError:
        return None, ctx.anchor
    future = (ctx.is_future(pos) or _scheduled(ctx, pos)) and not _since_day_before(ctx, pos)
    ahead = 330 if future else 60
    if (cand - ctx.dct).days > ahead:
        y -= 1
    elif (ctx.dct - cand).days > (7 if future else 300):
        y += 1
    if not future and y == ctx.dct.year and cand > ctx.dct and (sy := _story_year(ctx, pos, mo, day)) is not None:
        y = sy
    elif not future and y == ctx.dct.year and cand > ctx.dct and _told_past(ctx, pos):
        y -= 1  # وقد صدر بيان … يوم 7 أكتوبر on a page crawled in August: the October gone by
    try:
        return _iso(dt.date(y, mo, day)), ctx.anchor
    except ValueError:
        return None, ctx.anchor


@lru_cache(maxsize=1)
def _named_dates() -> tuple[dict[tuple[int, int], int], re.Pattern, re.Pattern, re.Pattern]:
    rows = lexicons.read("time_named_dates")
    dates = {(int(r["month"]), int(r["day"])): int(r["year"]) for r in rows if r["kind"] == "date"}
    tail = r"\s+(?:\d{1,2}\s+\S+(?:\s*\(\S+\))?\s+و)?$"  # ثورتي 25 يناير و30 يونيو
    noun = _alt(r["word"] for r in rows if r["kind"] == "noun")
    name = _alt(r["word"] for r in rows if r["kind"] == "name")
    return (dates, re.compile(rf"(?<!\w)[وفبل]?(?:ال)?{noun}{tail}"), re.compile(rf"(?<!\w)[وفبل]?(?:ال)?{name}\s+$"),
            re.compile(rf"(?<!\w)[وفبل]?(?:ال)?{name}\s+\d{{1,2}}\s+$"))  # the same name before a bare month's day


def _named_day(ctx: _Ctx, start: int, mo: int, day: int) -> int | None:
    """The year of a day of history named by its day and month after a noun of the event (``time_named_dates.tsv``,
    twenty-third round): ``هجمات 11 سبتمبر`` = ``2001-09-11``, ``ثورة 25 يناير`` = ``2011-01-25``; ``0`` when a noun
    makes the day-month a name (``قوى 14 آذار``); ``None`` otherwise (the nearest day of that date), also after ``ذكرى``
    (``في ذكرى ثورة 30 يونيو``: the anniversary).

    Example:
        >>> [t["value"] for t in tag("منذ هجمات 11 سبتمبر (أيلول)، وبعد ثورتي 25 يناير و30 يونيو", "2015-07-23")]
        ['2001-09-11', '2011-01-25', '2013-06-30']
        >>> [t["value"] for t in tag("وقالت قوى 14 آذار إن الاجتماع في 11 سبتمبر", "2015-07-23")]
        ['2015-09-11']
    """
    dates, noun_re, name_re, _ = _named_dates()
    before = ctx.key[max(0, start - 40):start]
    if name_re.search(before):
        return 0
    year = dates.get((mo, day))
    noun = noun_re.search(before) if year else None
    if noun is None or _ANNIVERSARY_BEFORE.search(before, 0, noun.start()):
        return None  # في ذكرى ثورة 30 يونيو: the anniversary, this year's day
    return year


_ANNIVERSARY_BEFORE = re.compile(r"(?<!\w)[وفبل]?(?:ال)?ذكري\s+$")


@lru_cache(maxsize=1)
def _named_months() -> dict[str, tuple[re.Pattern, int]]:
    """Month name → (the nouns of its event right before it, the event's year), ``time_named_dates.tsv`` kind month."""
    by: dict[str, tuple[list[str], int]] = {}
    for r in lexicons.read("time_named_dates"):
        if r["kind"] == "month":
            by.setdefault(_k(r["month"]), ([], int(r["year"])))[0].append(r["word"])
    return {mon: (re.compile(rf"(?<!\w)[وفبل]?(?:ال)?{_alt(words)}\s+$"), y) for mon, (words, y) in by.items()}


def _named_month(ctx: _Ctx, start: int, mon: str) -> int | None:
    """The year of a bare month named after a noun of its event (tl32): ``أحداث سبتمبر`` / ``بهجمات سبتمبر`` = ``2001-09``,
    ``ثورة يناير`` = ``2011-01``, ``ثورة يوليو`` = ``1952-07``; None after ``ذكرى`` (the anniversary), after another noun
    or for another name of the month (``ثورة تموز`` is Iraq's 1958, ``أحداث أيلول`` Jordan's 1970).

    Example:
        >>> [t["value"] for t in tag("أحداث سبتمبر كيف كان أثرها؟ وفي ذكرى ثورة يوليو", "2015-07-23")]
        ['2001-09', '2015-07']
    """
    got = _named_months().get(mon)
    before = ctx.key[max(0, start - 30):start]
    if got is None or not (noun := got[0].search(before)) or _ANNIVERSARY_BEFORE.search(before, 0, noun.start()):
        return None
    return got[1]


def _story_year(ctx: _Ctx, pos: int, mo: int, day: int) -> int | None:
    """The year of a text about an earlier year, for a bare day and month no future word puts ahead of publication:
    when every absolute date and year found before ``pos`` is of a year before publication's and the nearest one is a
    full date at most two months before the day-month in its year, that year. A page of 2016 crawled in August 2017:
    ``12 أغسطس/ آب 2016`` … ``التاريخ: 24 أغسطس/ آب`` is ``2016-08-24``, not a day two weeks ahead.

    Example:
        >>> text = "التاريخ: 31 مايو إلى 12 أغسطس 2016. التاريخ: 24 أغسطس (14 ساعة)"
        >>> [t["value"] for t in tag(text, "2017-08-11")][-2]
        '2016-08-24'
        >>> [t["value"] for t in tag("وقعت الحادثة في 12 أغسطس 2017، ويعقد الاجتماع 24 أغسطس", "2017-08-11")][-1]
        '2017-08-24'
    """
    last = None
    for f, (a, b) in zip(ctx.found, ctx.kspans):
        if b > pos:
            break
        if f["anchor"] != _ABS or f["type"] not in ("date", "time") or not f["value"]:
            continue
        m = re.match(r"(\d{4})(?:-(\d{2})-(\d{2}))?(?!-)", str(f["value"]))
        if not m:
            continue
        if int(m.group(1)) >= ctx.dct.year:
            return None
        last = (int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0), b)
    if last is None or not last[1] or pos - last[3] > 1500:
        return None
    try:
        gap = (dt.date(last[0], mo, day) - dt.date(*last[:3])).days
    except ValueError:
        return None
    return last[0] if 0 <= gap <= 62 else None


@lru_cache(maxsize=1)
def _hijri_month_re() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{_alt(w for w, (_, cal, amb) in _lex()['months'].items() if cal == 'hijri')})(?!\w)")


def _hijri_day_near(ctx: _Ctx, start: int, mo: int, day: int, d: dt.date) -> dt.date | None:
    """The day of a Hijri day-month without a year (read as at most a month ahead of publication, ``d``) when its
    sentence names a Hijri day before it: the year that puts it nearest that day (twenty-third round). A school
    calendar of July 2015 (Shawwal 1436): ``بدء العام الدراسي في الثامن من شهر ذي القعدة المقبل والتوقف لإجازة عيد
    الأضحى في الرابع من شهر ذي الحجة`` is 1436-12-04 = ``2015-09-17``, not a past 1435-12-04. A day more than a
    month ahead with no such day before it stays in the past year.

    Example:
        >>> [t["value"] for t in tag("تبدأ الدراسة في الثامن من ذي القعدة المقبل، والتوقف في الرابع من شهر ذي الحجة.", "2015-07-22")]
        ['2015-08-23', '2015-09-17']
        >>> [t["value"] for t in tag("وقعت الحادثة في الرابع من شهر ذي الحجة.", "2015-07-22")]
        ['2014-09-28']
    """
    for f, (a, b) in zip(reversed(ctx.found), reversed(ctx.kspans)):
        if _SENTENCE_END.search(ctx.key, b, start):
            return None
        if f["type"] in ("date", "time") and f["granularity"] in ("day", "time") and f["date_start"] and _hijri_month_re().search(ctx.key, a, b):
            base = f["date_start"]
            hb = _hijri_of(base)[0]
            cands = [c for c in (_hijri_to_greg(y, mo, day) for y in (hb - 1, hb, hb + 1)) if c]
            near = min(cands, key=lambda c: (abs((c - base).days), c < base), default=None)
            return near if near != d else None
    return None


def _hijri_on_weekday(dct: dt.date, hy: int, mo: int, day: int, wd: int, d: dt.date) -> dt.date:
    """A Hijri day-month without a year after a weekday: of the default reading ``d`` (year ``hy``) and the next year's,
    up to half a year after ``dct``, the one whose weekday is nearest the text's (tl32). ``وتنتهي الإثنين أول ذي الحجة``
    in July 2015 is 1 Dhu al-Hijja 1436, a Monday (``2015-09-14``), not 1435's Thursday moved to a Monday; a tie keeps
    ``d``, so a local sighting a day off the calendar stays in its year.

    Example:
        >>> [t["value"] for t in tag("تبدأ السبت 7 ذي القعدة، وتنتهي الإثنين أول ذي الحجة", "2015-07-31")]
        ['2015-08-22', '2015-09-14']
        >>> [t["value"] for t in tag("وقعت الحادثة يوم الخميس أول ذي الحجة", "2015-07-31")]
        ['2014-09-25']
    """
    nxt = _hijri_to_greg(hy + 1, mo, day)
    cands = [d] + ([nxt] if nxt and 0 < (nxt - dct).days <= 183 else [])
    return min(cands, key=lambda c: abs((wd - c.weekday() + 3) % 7 - 3))


_SENTENCE_END = re.compile(r"[.!؟?\n]")
_NIGHT_BEFORE = re.compile(r"(?<!\w)ليله\s+$")
# اليوم الثامن من شهر رمضان المقبل 1436هـ: a day named by اليوم and its ordinal; an explicit year after المقبل /
# الماضي (the f_yrel group) wins over the shift (twentieth round: the written year, not the next Ramadan from dct).
# يوم الثاني عشر من أغسطس: يوم too (twenty-second round), not the يوم of قبل يوم / بعد يوم (a count, the ago rule's)
_DAY_NOUN_BEFORE = re.compile(r"(?<!\w)(?:ال|(?<!قبل\s)(?<!بعد\s))يوم\s+$")


def _h_full(m, ctx: _Ctx):
    pair = _month_pair(m, "f")
    if not pair:
        return None
    mo, cal, _ = pair
    if m.group("f_day"):
        day = int(m.group("f_day"))
    else:
        day = _lex()["ord_head"].get(m.group("f_dayw")) or _ordinal(m.group("f_dayw"))
        if not day or day > 30:
            return None
        if _before_re()["ordinal_of"].search(ctx.key, max(0, m.start() - 12), m.start()):
            return None  # الأسبوع الرابع من أغسطس: an ordinal of something else, not the 4th
    start = m.start("f_wd") if m.group("f_wd") else (m.start("f_al" if m.group("f_al") else "f_day") if m.group("f_day") else m.start("f_dayw"))
    if m.group("f_yawm"):
        start = m.start("f_yawm")
    elif not m.group("f_wd") and (night := _NIGHT_BEFORE.search(ctx.key, max(0, start - 8), start)):
        start -= len(night.group())  # ليلة السابع والعشرين من رمضان: the night is named after the day it opens
    elif m.group("f_dayw") and not m.group("f_wd") and (noun := _DAY_NOUN_BEFORE.search(ctx.key, max(0, start - 8), start)):
        start -= len(noun.group())  # حتى اليوم الثامن من شهر رمضان: the ordinal day with its noun (twentieth round)
    end = m.end("R_full")
    anchor = _ABS
    if m.group("f_year"):
        yr = _year_from(m.group("f_year"), m.group("f_era"), keyword=True)
        if not yr:
            return None
        y, hij = yr
        hij = hij or cal == "hijri"
        if hij:
            if cal != "hijri":
                return None
            d = _hijri_to_greg(y, mo, day)
            value = _iso(d) if d else None
        else:
            try:
                value = _iso(dt.date(y, mo, day))
            except ValueError:
                return None
        if not m.group("fc_hh"):
            end = m.end("f_era") if m.group("f_era") else m.end("f_year")
    else:
        if m.group("f_wd") and not m.group("fc_hh"):
            pass
        shift = _rel_shift(m.group("f_rel"), ctx, "M") if m.group("f_rel") else None
        if cal == "hijri":
            if ctx.dct is None:
                value = None
            else:
                hy, hm, _ = _hijri_of(ctx.dct)
                if mo > hm + 1:
                    hy -= 1
                d = _hijri_to_greg(hy, mo, day)
                if d and not shift and not m.group("f_wd") and (near := _hijri_day_near(ctx, start, mo, day, d)):
                    d = near  # … في الثامن من ذي القعدة المقبل … في الرابع من شهر ذي الحجة: the year of the date before
                if d and shift:  # 5 رجب المقبل، 10 شوال الماضي
                    d2 = _hijri_to_greg(hy + (1 if shift > 0 and d <= ctx.dct else -1 if shift < 0 and d >= ctx.dct else 0), mo, day)
                    d = d2 or d
                if d and m.group("f_wd"):
                    d = _hijri_on_weekday(ctx.dct, hy, mo, day, _lex()["weekdays"][m.group("f_wd")], d) if not shift else d
                    d = _nearest_weekday(d, _lex()["weekdays"][m.group("f_wd")])  # السبت غرة شوال: the text's day
                elif d:
                    d = _text_day(ctx, start, d)
                value = _iso(d) if d else None
        anchor = ctx.anchor
        if not m.group("fc_hh"):
            end = m.end("f_mon2") if m.group("f_mon2") else m.end("f_mon")
            # keep a closing bracket of "30 يونيو (حزيران)"
            if m.group("f_mon2") and ctx.key[end:end + 1] == ")":
                end += 1
            if shift is not None:
                end = m.end("f_rel")
        if cal == "hijri":
            pass
        elif shift is not None and ctx.dct is not None:
            # الأول من تشرين الأول المقبل: the next one after publication; 15 يوليو الماضي: the last one before
            y = ctx.dct.year
            try:
                d = dt.date(y, mo, day)
                if shift > 0 and d <= ctx.dct:
                    d = dt.date(y + 1, mo, day)
                elif shift < 0 and d >= ctx.dct:
                    d = dt.date(y - 1, mo, day)
            except ValueError:
                return None
            value = _iso(d)
        elif shift is None and (named := _named_day(ctx, start, mo, day)) is not None:
            if not named:
                return None  # قوى 14 آذار: a name
            value, anchor = _iso(dt.date(named, mo, day)), _ABS  # هجمات 11 سبتمبر = 2001-09-11
        elif shift is None and not m.group("fc_hh") and (oy := _of_year(ctx, end)):
            try:
                value, end = _iso(dt.date(oy[0], mo, day)), oy[1]  # 5 مايو من العام الماضي
            except ValueError:
                return None
        elif shift is None and (ry := _range_year(ctx, end)):
            try:
                value, anchor = _iso(dt.date(ry[0] - (mo > ry[1]), mo, day)), _ABS
            except ValueError:
                return None
        elif shift is None and (prev := _dm_clause_year(ctx, start)) is not None:
            # 1971 - قطر تنال استقلالها في الثالث من أيلول / سبتمبر: the year of its clause, as for a bare month (tl31)
            try:
                value, anchor = _iso(dt.date(int(prev["value"][:4]), mo, day)), prev["value"]
            except ValueError:
                return None
        else:
            value, _a = _resolve_dm(ctx, mo, day, m.start())
    if m.group("fc_hh"):
        v, gran = _clock_value(value, m.group("fc_hh"), m.group("fc_mm"), m.group("fc_pod"))
        return [(start, end, "time", v, gran, anchor)]
    if cal == "hijri" and not m.group("f_year") and not m.group("f_rel") and not m.group("fc_hh") and (hoy := _hijri_of_year(ctx, end)):
        d = _hijri_to_greg(hoy[0], mo, day)
        value, end = _iso(d) if d else None, hoy[1]
    if not m.group("f_wd") and (part := _part_before_date(ctx, start)):
        return [(part[0], end, "time", f"{value}T{part[1]}" if value else None, "time", anchor)]
    first = _first_ordinal_day(ctx, start, value, day, anchor) if m.group("f_dayw") else []
    return [*first, (start, end, "date", value, "day", anchor)]


def _dm_clause_year(ctx: _Ctx, start: int) -> dict | None:
    """The year of a day and month without one on a line of a chronology that opens with that year and a dash (``1971 -
    قطر تنال استقلالها في الثالث من أيلول / سبتمبر`` = ``1971-09-03``; tl31), as a bare month takes it. Elsewhere a year
    before a day-month is as often another event's (``الفائز بلقب كأس العالم في 2010 يوم الخامس من سبتمبر``، ``عوائد
    السندات لعام 2017 … في السادس والعشرين من يونيو``: a corpus scan), and a date in brackets is an aside.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("1982 - اسرائيل تغزو لبنان في السادس من حزيران / يونيو.\\nويلتقي الفائز بلقب كأس العالم في 2010 يوم الخامس من سبتمبر", "2015-07-26")]
        [('1982', '1982'), ('السادس من حزيران / يونيو', '1982-06-06'), ('2010', '2010'), ('يوم الخامس من سبتمبر', '2015-09-05')]
    """
    line = ctx.key[ctx.key.rfind("\n", 0, start) + 1:start]
    if not _YEAR_DASH_LINE.match(line) or ctx.key[max(0, start - 3):start].rstrip().endswith("("):
        return None
    return ctx.year_before(start, within=80)


_YEAR_DASH_LINE = re.compile(r"\s*\d{4}\s*[-–—:]\s")  # 1971 - قطر تنال استقلالها: a line of a chronology


# مساء يوم 14 يوليو، صباح السابع من يونيو، في الساعات الأولى من صباح يوم السابع من أكتوبر (key folding: ى→ي)
_PART_BEFORE_DATE = re.compile(r"(?<!\w)(?:(?:الساعات\s+الاولي|ساعه\s+مبكره|وقت\s+متاخر)\s+من\s+)?[وب]?(?P<pod>صباح|مساء|فجر|ظهر|عصر|بعد\s+ظهر)\s+(?:يوم\s+)?$")


def _part_before_date(ctx: _Ctx, start: int) -> tuple[int, str] | None:
    """(start, TIMEX3 part of day) of a part of the day right before a calendar date: ``مساء يوم 14 يوليو`` is one time
    expression, ``2015-07-14TEV``, as ``فجر يوم الأربعاء 15 يوليو 2015`` is (twenty-second round); ``الساعات الأولى من``
    / ``وقت متأخر من`` before the part are in its span, as with a weekday. Not when a row already ends on the part
    (``الثالثة صباح يوم 24 نوفمبر``: the clock time took it), nor ``ليلة``, which names the day it opens.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("رصدت الدوريات في مساء يوم 14 يوليو (تموز) الحالي قاربين", "2015-07-26")]
        [('مساء يوم 14 يوليو (تموز) الحالي', '2015-07-14TEV')]
    """
    pm = _PART_BEFORE_DATE.search(ctx.key, max(0, start - 40), start)
    if not pm or (ctx.kspans and ctx.kspans[-1][1] > pm.start()):
        return None
    a = pm.start() if pm.start("pod") - pm.start() > 2 else pm.start("pod")
    return a, _lex()["parts"][_SPACES.sub(" ", pm.group("pod"))][0]


# key folding: ى→ي، إ→ا; يومي السابع والثامن من حزيران: the dual يومي is in the first end's span (twentieth round)
_RANGE_ORDINAL_FIRST = re.compile(r"(?<!\w)(?:(?:بين|من)\s+|(?P<dual>يومي)\s+)(ال[^\W\d]+(?:\s+عشر)?)\s*(?:و|وحتي|حتي|الي|والي|-|–)\s*$")


def _first_ordinal_day(ctx: _Ctx, start: int, value: str | None, day: int, anchor: str | None) -> list[tuple]:
    """The first end of a range of ordinal days whose month is written once (issue 18, sixteenth round), as
    ``بين 4 و6 أسابيع`` borrows its unit: ``من التاسع وحتى الثاني عشر من يوليو`` gives ``التاسع`` on the 9th of the
    second end's month and year (days counted back, so a Hijri month too), a day before it only.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("أغلق المطار خلال الفترة من التاسع وحتى الثاني عشر من يوليو الجاري", "2015-07-22")]
        [('التاسع', '2015-07-09'), ('الثاني عشر من يوليو الجاري', '2015-07-12')]
        >>> [(t["text"], t["value"]) for t in tag("القمة التي عقدت يومي السابع والثامن من حزيران (يونيو) الماضي.", "2015-07-22")]
        [('يومي السابع', '2015-06-07'), ('الثامن من حزيران (يونيو) الماضي', '2015-06-08')]
    """
    if not value or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return []
    before = ctx.before(start, 30)
    f = _RANGE_ORDINAL_FIRST.search(before)
    if not f or not (d1 := _ordinal(f.group(2))) or not 1 <= d1 < day:
        return []
    a = start - len(before) + f.start(2)
    d = dt.date.fromisoformat(value) - dt.timedelta(days=day - d1)  # a Hijri month too: the same month, days before
    s = start - len(before) + f.start("dual") if f.group("dual") else a
    return [(s, a + len(f.group(2)), "date", _iso(d), "day", anchor)]


def _h_dcur(m, ctx: _Ctx):
    """يوم الخميس الموافق 23 الجاري، 15 من الشهر الماضي: day ``dc_day`` of the month of publication (moved by the
    relative word)."""
    start = m.start("dc_yawm") if m.group("dc_yawm") else (m.start("dc_wd") if m.group("dc_wd") else m.start("R_dcur"))
    day = int(m.group("dc_day")) if m.group("dc_day") else (_lex()["ord_head"].get(m.group("dc_dayw")) or _ordinal(m.group("dc_dayw")))
    if not day or (m.group("dc_dayw") and not m.group("dc_rel")):
        return None  # السابع والعشرين من الشهر الجاري: a day written as an ordinal (not محتكرها الأول الحالي)
    shift = 0 if m.group("dc_cur") else _rel_shift(m.group("dc_rel"), ctx, "M")
    if shift is None:
        return None
    if ctx.dct is None:
        return [(start, m.end("R_dcur"), "date", None, "day", None)]
    y, mo = _add_months(ctx.dct.year, ctx.dct.month, shift)
    try:
        d = dt.date(y, mo, day)
    except ValueError:
        return None
    if m.group("dc_wd") and d.weekday() != (wd := _lex()["weekdays"][m.group("dc_wd")]):
        # يوم السبت التاسع من الشهر الجاري: the weekday says the month is the Hijri one (9 Shawwal 1436 a Saturday)
        hy, hm, _ = _hijri_of(ctx.dct)
        hy, hm = divmod(hy * 12 + hm - 1 + shift, 12)
        h = _hijri_to_greg(hy, hm + 1, day) if day <= 30 else None
        if h is not None and h.weekday() == wd:
            d = h
    first = _first_ordinal_day(ctx, start, _iso(d), day, ctx.anchor) if m.group("dc_dayw") else []  # بين العاشر والثالث عشر من الشهر الماضي
    return [*first, (start, m.end("R_dcur"), "date", _iso(d), "day", ctx.anchor)]


@lru_cache(maxsize=1)
def _range_to_re() -> re.Pattern:
    return re.compile(_k(r"\s*\)?\s*(?:(?:-|–|الى|إلى|حتى|وحتى|لغايه|ولغايه)\s+|و\s*)"))  # يونيو ويوليو 2018: و joins two ends too


def _range_year(ctx: _Ctx, end: int) -> tuple[int, int] | None:
    """(year, month) of the Gregorian date that closes a range begun at ``end`` (من أيار إلى أيلول 2014;
    من 2 مارس/ آذار إلى الأول من أبريل/ نيسان 2015): the first end takes its year, also when و joins them (خلال
    شهري يونيو ويوليو 2018; seventeenth round, the first was this year's June).

    Example:
        >>> [t["value"] for t in tag("تقام البطولة خلال شهري يونيو حزيران ويوليو تموز 2018 في روسيا", "2015-07-31")]
        ['2018-06', '2018-07']
    """
    t = _range_to_re().match(ctx.key, end)
    if not t:
        return None
    _, single, _ = _grammar()
    for r, p in (("full", "f"), ("my", "my")):
        m2 = single[r].match(ctx.key[t.end():t.end() + 80])  # a slice: after a glued و the rule's word-boundary test would fail
        if m2 and m2.group(f"{p}_year"):
            mo, cal, _ = _mon(m2.group(f"{p}_mon"))
            yr = _year_from(m2.group(f"{p}_year"), m2.group(f"{p}_era"), keyword=True)
            if cal == "gregorian" and yr and not yr[1]:
                return yr[0], mo
    return None


def _safe_date(y: int, mo: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def _range_holds_dct(ctx: _Ctx, mo: int, d1: int, d2: int) -> bool:
    """Does a day range of one Gregorian month hold the publication day (``في الفترة 11- 22 يوليو`` on 21 July)? It runs
    now: both days take the publication year, not one each side of it (tl30: the first was read a year ahead, or the
    last a year back after a past verb).

    Example:
        >>> [t["value"] for t in tag("يقام المخيم في الفترة 11- 22 يوليو في اليابان", "2015-07-21")]
        ['2015-07-11', '2015-07-22']
    """
    return ctx.dct is not None and ctx.dct.month == mo and d1 <= ctx.dct.day <= d2

def _h_drange(m, ctx: _Ctx):
    pair = _month_pair(m, "dr")
    if not pair:
        return None
    mo, cal, _ = pair
    d1, d2 = int(m.group("dr_d1")), int(m.group("dr_d2"))
    if not (1 <= d1 < d2 <= 31):
        return None
    vals = []
    shift = _rel_shift(m.group("dr_rel"), ctx, "M") if m.group("dr_rel") else None
    if m.group("dr_rel") and shift is None:
        return None
    if shift == 0 and ctx.dct is not None:
        # 15 - 21 يوليو (تموز) الحالي، 10 - 12 شوال الجاري: the month of publication
        y = _hijri_of(ctx.dct)[0] if cal == "hijri" else ctx.dct.year
        days = [_hijri_to_greg(y, mo, d) if cal == "hijri" else _safe_date(y, mo, d) for d in (d1, d2)]
        return [
            (m.start("dr_d1"), m.end("dr_d1"), "date", _iso(days[0]) if days[0] else None, "day", ctx.anchor),
            (m.start("dr_d2"), m.end("R_drange"), "date", _iso(days[1]) if days[1] else None, "day", ctx.anchor),
        ]
    if shift and ctx.dct is not None:
        # 25 ــ 28 مايو الماضي، من 3 ــ 4 ذي الحجة المقبل: the last range before publication, or the next one after
        y = _hijri_of(ctx.dct)[0] if cal == "hijri" else ctx.dct.year
        ends = [(yy, _hijri_to_greg(yy, mo, d2) if cal == "hijri" else _safe_date(yy, mo, d2)) for yy in (y - 1, y, y + 1)]
        ends = [(yy, e) for yy, e in ends if e is not None and ((e > ctx.dct) if shift > 0 else (e < ctx.dct))]
        if not ends:
            return None
        yy, e = min(ends, key=lambda t: t[1]) if shift > 0 else max(ends, key=lambda t: t[1])
        b = _hijri_to_greg(yy, mo, d1) if cal == "hijri" else _safe_date(yy, mo, d1)
        return [
            (m.start("dr_d1"), m.end("dr_d1"), "date", _iso(b) if b else None, "day", ctx.anchor),
            (m.start("dr_d2"), m.end("R_drange"), "date", _iso(e), "day", ctx.anchor),
        ]
    for d in (d1, d2):
        if m.group("dr_year"):
            yr = _year_from(m.group("dr_year"), m.group("dr_era"), keyword=True)
            if not yr:
                return None
            y, hij = yr
            if hij or cal == "hijri":
                g = _hijri_to_greg(y, mo, d) if cal == "hijri" else None
                vals.append((_iso(g) if g else None, _ABS))
            else:
                try:
                    vals.append((_iso(dt.date(y, mo, d)), _ABS))
                except ValueError:
                    return None
        elif cal == "hijri":
            # من 10 إلى 14 شوال: the Hijri year of publication (the one before when the month is well ahead)
            if ctx.dct is None:
                vals.append((None, None))
            else:
                hy, hm, _ = _hijri_of(ctx.dct)
                g = _hijri_to_greg(hy - (mo > hm + 1), mo, d)
                vals.append((_iso(g) if g else None, ctx.anchor))
        elif _range_holds_dct(ctx, mo, d1, d2):
            vals.append((_iso(_safe_date(ctx.dct.year, mo, d)), ctx.anchor))
        else:
            vals.append(_resolve_dm(ctx, mo, d, m.start()))
    return [
        (m.start("dr_d1"), m.end("dr_d1"), "date", vals[0][0], "day", vals[0][1]),
        (m.start("dr_d2"), m.end("R_drange"), "date", vals[1][0], "day", vals[1][1]),
    ]


def _h_num(m, ctx: _Ctx):
    a, b, c = m.group("n_a"), m.group("n_b"), m.group("n_c")
    era = (m.group("n_era") or "").strip()
    if len(a) == 4 and len(c) <= 2:
        y, mo, d = int(a), int(b), int(c)
    elif len(c) == 4 and len(a) <= 2:
        d, mo, y = int(a), int(b), int(c)
    else:
        return None
    hijri = era.startswith("ه") or 1300 <= y <= 1500
    if not hijri and not 1900 <= y <= 2100:
        return None

    def conv(dd, mm):
        if not (1 <= mm <= 12 and 1 <= dd <= 31):
            return None
        if hijri:
            return _hijri_to_greg(y, mm, dd)
        try:
            return dt.date(y, mm, dd)
        except ValueError:
            return None

    g = conv(d, mo)
    if g is None:
        return None
    # 10/4 / 1436هـ for 4 Shawwal: when day and month can swap, a reading within weeks of publication wins
    # (with هـ written, only when the weekday before it says so: :func:`_hijri_swap_weekday`).
    g2 = conv(mo, d) if len(a) <= 2 else None
    if g2 is not None and ctx.published is not None and abs((g - ctx.published).days) > 45 >= abs((g2 - ctx.published).days) and (
            not era.startswith("ه") or _hijri_swap_weekday(ctx, m.start("n_a"), g, g2)):
        g = g2
    value = _iso(g)
    start = m.start("n_a")
    if m.group("n_wd"):
        start = m.start("n_yawm") if m.group("n_yawm") else m.start("n_wd")
    if m.group("nc_hh"):
        v, gran = _clock_value(value, m.group("nc_hh"), m.group("nc_mm"), m.group("nc_pod"))
        return [(start, m.end("R_num"), "time", v, gran, _ABS)]
    end = m.end("n_era") if m.group("n_era") else m.end("n_c")
    first = _range_first_day(m, ctx) if start == m.start("n_a") and g == conv(d, mo) else None
    if first is not None and conv(first[2], mo) is not None and first[2] < d:
        return [(first[0], first[1], "date", _iso(conv(first[2], mo)), "day", _ABS), (start, end, "date", value, "day", _ABS)]
    return [(start, end, "date", value, "day", _ABS)]


_RANGE_FIRST = re.compile(r"(?<![\d/\-.])(\d{1,2})\s*[-–]\s*$")


def _range_first_day(m, ctx: _Ctx) -> tuple[int, int, int] | None:
    """(start, end, day) of a bare day and a dash right before a day/month/year with slashes, the first day of a range
    of that month (``في الفترة 11- 22/ 10/ 1436ه`` = 11 and 22 Shawwal; ``من 4-5/10/1436هـ``), or None. A chain of dashes
    (``9-10-11 / 10``) is a list, left out.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("يقام المخيم في الفترة 11- 22/ 10/ 1436ه في اليابان", "2015-07-27")]
        [('11', '2015-07-27'), ('22/ 10/ 1436ه', '2015-08-07')]
    """
    if m.group("n_sep") != "/" or len(m.group("n_a")) > 2:
        return None
    base = max(0, m.start("n_a") - 8)
    r = _RANGE_FIRST.search(ctx.key[base:m.start("n_a")])
    if r is None:
        return None
    return base + r.start(1), base + r.end(1), int(r.group(1))


@lru_cache(maxsize=1)
def _wd_before_dm_re() -> re.Pattern:
    """A weekday right before a day/month without a year (``أيام الثلاثاء``، ``يوم السبت "``، ``مساء الأحد القادم``)."""
    return re.compile(rf"(?:(?<!\w)(?P<pre>ايام|يوم)\s+)?\(?\s*(?<!\w)[وف]?(?P<wd>{_alt(_lex()['weekdays'])})\s*\)?(?:\s+(?:{_WD_REL}))?"
                      r"\s*[،,]?\s*(?:الموافق\s+)?(?P<open>[\"«]\s*)?$")


def _dm_on_weekday(ref: dt.date, a: int, b: int, wd: int) -> dt.date | None:
    """The day a day/month written without a year after weekday ``wd`` names: of its readings (day/month or
    month/day, Hijri or Gregorian) within half a year of ``ref``, those that fall on the weekday, the nearest.

    Example:
        >>> _dm_on_weekday(dt.date(2015, 7, 24), 2, 10, 5)  # السبت 2/10: 2 Shawwal 1436
        datetime.date(2015, 7, 18)
        >>> _dm_on_weekday(dt.date(2015, 7, 24), 10, 12, 1)  # الثلاثاء 10/12: 12 Shawwal (month first)
        datetime.date(2015, 7, 28)
    """
    hy = _hijri_of(ref)[0]
    found = []
    for d, mo in ((a, b), (b, a)):
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            continue
        found += [g for y in (hy - 1, hy, hy + 1) if d <= 30 and (g := _hijri_to_greg(y, mo, d))]
        found += [g for y in (ref.year - 1, ref.year, ref.year + 1) if (g := _safe_date(y, mo, d))]
    ok = [g for g in found if g.weekday() == wd and abs((g - ref).days) <= 183]
    return min(ok, key=lambda g: abs((g - ref).days)) if ok else None


def _h_dm(m, ctx: _Ctx):
    """A day and month without a year right after a weekday (``يوم الأربعاء 28/9``، ``يوم السبت "2 / 10"``، ``أيام
    الثلاثاء 10/12``): the reading that falls on the weekday (:func:`_dm_on_weekday`); the weekday found before it
    joins it (:func:`_join_adjacent`), a weekday the ``wd`` rule left (a list after ``أيام``) is taken into the span.
    Without a weekday before it, two numbers with a slash are no date (a score, a ratio).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("وحددت الجامعة يوم الأحد 17/10 موعدا للمقابلات", "2015-07-24")]
        [('يوم الأحد 17/10', '2015-08-02')]
        >>> [(t["text"], t["value"]) for t in tag("وحددت الجامعة أيام الاثنين 10/18 والثلاثاء 10/19 للمقابلات", "2015-07-24")]
        [('أيام الاثنين 10/18', '2015-08-03'), ('الثلاثاء 10/19', '2015-08-04')]
        >>> tag("فاز الفريق بنتيجة 2/1 مساء", "2015-07-24")
        []
    """
    start, end = m.start("R_dm"), m.end("R_dm")
    lo = max(0, start - 40)
    w = _wd_before_dm_re().search(ctx.key, lo, start)
    ref = ctx.dct or ctx.published
    if not w or ref is None:
        return None
    d = _dm_on_weekday(ref, int(m.group("dm_a")), int(m.group("dm_b")), _lex()["weekdays"][w.group("wd")])
    if d is None:
        return None
    if w.group("open") and (close := _CLOSE_QUOTE.match(ctx.key[end:end + 3])):
        end += close.end()
    if not (ctx.kspans and ctx.kspans[-1][1] > w.start("wd")):
        start = w.start()  # the weekday is not found apart (أيام الثلاثاء …): the expression starts with it
    return [(start, end, "date", _iso(d), "day", _ABS)]


def _hijri_swap_weekday(ctx: _Ctx, start: int, g: dt.date, g2: dt.date) -> bool:
    """True when a d/m/yyyyهـ date at key offset ``start`` is month/day as written: the weekday named right before it
    (``الاثنين الموافق 10/4/ 1436هـ`` = 4 Shawwal, a Monday) is the swapped day's, not the written one's (twenty-fifth
    round). Without that weekday an explicit Hijri year reads day/month as written (``9/7/1436هـ`` = 9 Rajab).

    Example:
        >>> [t["value"] for t in tag("نشرت الصحيفة بتاريخ 9/7/1436هـ تحت عنوان", "2015-07-31")]
        ['2015-04-28']
    """
    before = ctx.key[max(0, start - 30):start]
    wds = [w for w, _ in _swap_weekday_re().findall(before)]
    if not wds:
        return False
    wd = _lex()["weekdays"][wds[-1]]
    return g2.weekday() == wd != g.weekday()


@lru_cache(maxsize=1)
def _swap_weekday_re() -> re.Pattern:
    """A weekday (and ``الموافق``) right before a d/m/yyyyهـ date, for :func:`_hijri_swap_weekday`."""
    return re.compile(rf"(?<!\w)(?:ال)?({_alt(_lex()['weekdays'])})(?!\w)((?:\s+الموافق)?\s*)$")


def _amount_range(m, ctx: _Ctx, end: str) -> bool:
    """A range of two bare numbers that a count noun (``time_context.tsv`` kind ``count_noun``: ريال، دولار، ميجاوات،
    نقطة، طن …), a per cent sign or more digits follows: an amount from … to …, not two years.

    Example:
        >>> tag("ويتراوح الراتب من 1500 إلى 2000 ريال شهريا", "2015-07-26")[0]["text"]
        'شهريا'
        >>> [t["value"] for t in tag("في الفترة من 1990 إلى 2000 ارتفع الإنتاج", "2015-07-26")]
        ['1990', '2000']
    """
    if re.search(r"عام|سنه|سنتي", ctx.key[m.start():m.start(end)]):
        return False  # من عام 2000 إلى 2010: a year noun names them years
    nxt = ctx.key[m.end(end):m.end(end) + 20]
    return bool(re.match(r"\s*[\d%٪]", nxt) or _count_noun_re().match(nxt))


def _h_yrange(m, ctx: _Ctx):
    a = _year_from(m.group("yr_a"), m.group("yra_era"), keyword=True)
    b = _year_from(m.group("yr_b"), m.group("yrb_era"), keyword=True)
    if not a or not b or a[0] >= b[0]:
        return None
    if not m.group("yrb_era") and _amount_range(m, ctx, "yr_b"):
        return None
    out = []
    for (y, hij), g, ge in ((a, "yr_a", "yra_era"), (b, "yr_b", "yrb_era")):
        end = m.end(ge) if m.group(ge) else m.end(g)
        out.append((m.start(g), end, "date", *_year_value(y, hij), _ABS))
    return out


_YEAR_NOUN_BEFORE = re.compile(r"(?<!\w)(?:للعام|لعام|العام|عام)\s+$")


def _h_ypair(m, ctx: _Ctx):
    a, b = int(m.group("yp_a")), int(m.group("yp_b"))
    if not (b == a + 1 or (m.group("yp_open") and a < b) or _dash_years(m, ctx, a, b)):
        return None
    era = m.group("yp_era")
    hij = bool(era and era.strip().startswith("ه")) or (1380 <= a <= 1470 and 1380 <= b <= 1470)
    if not hij and not (1800 <= a <= 2100 and 1800 <= b <= 2100):
        return None
    end_b = m.end("yp_era") if era else m.end("yp_b")
    start = m.start("yp_a")
    if not m.group("yp_open") and (kw := _YEAR_NOUN_BEFORE.search(ctx.before(start, 10))):
        start -= len(kw.group())  # للعام 1436/1437هـ: the year noun in the first year's span, as in عام 2000 (twentieth round)
    return [
        (start, m.end("yp_a"), "date", *_year_value(a, hij), _ABS),
        (m.start("yp_b"), end_b, "date", *_year_value(b, hij), _ABS),
    ]


def _dash_years(m, ctx: _Ctx, a: int, b: int) -> bool:
    """A span of several years written with a dash and no brackets (``حكمه 1982 - 1990``، ``بين 2001-2003
    و2014-2016``): two years, as every range of dates is two expressions. Years of 1800–2100 at most a century apart,
    not an amount (``1500-2000 ريال``).

    Example:
        >>> [t["value"] for t in tag("نما الدخل 38 في المئة بين 2001-2003 و2014-2016، أي", "2017-08-11")]
        ['2001', '2003', '2014', '2016']
        >>> [t["text"] for t in tag("يتراوح الراتب 1900-2000 ريال", "2017-08-11")]
        []
    """
    return 1800 <= a < b <= 2100 and b - a <= 100 and not _amount_range(m, ctx, "yp_b")


def _dual_year_noun(m) -> bool:
    """A list of years led by a dual year noun in construct (``عامي``، ``سنتي``): the noun belongs to the first year's
    span, as ``عام`` does to ``عام 2000`` (the guideline's span of a year with its noun).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("فاز بها في عامي 2000 و2004.", "2017-08-11")]
        [('عامي 2000', '2000'), ('2004', '2004')]
        >>> [t["text"] for t in tag("في الأعوام 2018، 2020 و2023 وبين عامي 2011 و2014", "2017-08-11")]
        ['2018', '2020', '2023', '2011', '2014']
    """
    return m.group("R_ylist").split()[0] in ("عامي", "سنتي")


_RANGE_LEAD = re.compile(r"(?<!\w)[وف]?(?:بين|من|منذ|خلال)\s+$")  # بين عامي 2011 و2014: a range, its years alone as in yrange


def _h_ylist(m, ctx: _Ctx):
    out = []
    base = m.start("yl")
    for y in re.finditer(r"\d{4}", m.group("yl")):
        yr = _year_from(y.group(), None, keyword=True)
        if not yr:
            return None
        noun = not out and _dual_year_noun(m) and not _RANGE_LEAD.search(ctx.key[max(0, m.start() - 8):m.start()])
        start = m.start("R_ylist") if noun else base + y.start()
        out.append((start, base + y.end(), "date", *_year_value(*yr), _ABS))
    return out


def _year_value(y: int, hij: bool) -> tuple[str | None, str]:
    if not hij:
        return str(y), "year"
    a = _hijri_to_greg(y, 1, 1)
    b = _hijri_to_greg(y + 1, 1, 1)
    if not a or not b:
        return None, "year"
    return f"{_iso(a)}/{_iso(b - dt.timedelta(days=1))}", "year"


def _h_my(m, ctx: _Ctx):
    pair = _month_pair(m, "my")
    if not pair:
        return None
    mo, cal, _ = pair
    yr = _year_from(m.group("my_year"), m.group("my_era"), keyword=True)
    if not yr:
        return None
    y, hij = yr
    start = m.start("my_mod") if m.group("my_mod") else m.start("my_mon")
    if m.group("my_mod") is None and m.start("my_mon") > m.start("R_my"):
        start = m.start("R_my")
    end = m.end("R_my")
    if cal == "hijri" and m.group("my_mod") and _lex()["mod"].get(m.group("my_mod")) == "MID":
        d = _hijri_to_greg(y, mo, 15)  # منتصف شوال 1436: the 15th, as منتصف شعبان without a year
        return [(start, end, "date", _iso(d) if d else None, "day", _ABS)]
    if cal == "hijri":
        sp = _hijri_month_span(y, mo)
        value = f"{_iso(sp[0])}/{_iso(sp[1])}" if sp else None
    elif hij:
        return None
    else:
        value = f"{y}-{mo:02d}"
    return [(start, end, "date", value, "month", _ABS)]


def _hijri_century(n: int) -> str:
    """The Gregorian century (TIMEX3) that holds the middle of the n-th Hijri century: ``القرن السابع الهجري`` (601–700 AH,
    1204–1301) = ``12``, as a Hijri year is valued by its Gregorian interval (tl31). Years before 1343 AH are outside the
    Umm al-Qura tables: the mean length of the Hijri year (354.37 days) gives the year.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("ويعود إلى القرن الثالث الهجري، وبقي حتى نهاية القرن الرابع عشر الهجري", "2015-07-26")]
        [('القرن الثالث الهجري', '08'), ('نهاية القرن الرابع عشر الهجري', '19')]
    """
    return f"{int(621.57 + 0.970224 * (100 * n - 50)) // 100:02d}"


def _h_century(m, ctx: _Ctx):
    if m.group("c_num"):
        n = int(m.group("c_num"))
        anchor = _ABS
    elif m.group("c_ord"):
        n = _ordinal(m.group("c_ord"))
        anchor = _ABS
    else:
        s = _rel_shift(m.group("c_rel"), ctx, "CE")
        if s is None:
            return None
        if ctx.dct is None:
            return [(m.start("R_century"), m.end("R_century"), "date", None, "century", None)]
        n = ctx.dct.year // 100 + 1 + s
        anchor = ctx.anchor
    if not n or not 1 <= n <= 21:
        return None
    if m.group("c_hij") and anchor == _ABS:
        return [(m.start("R_century"), m.end("R_century"), "date", _hijri_century(n), "century", _ABS)]
    if m.group("c_bc"):  # القرن الخامس قبل الميلاد: TIMEX3 BC04 (tl27)
        return [(m.start("R_century"), m.end("R_century"), "date", f"BC{n - 1:02d}", "century", _ABS if anchor == _ABS else None)]
    return [(m.start("R_century"), m.end("R_century"), "date", f"{n - 1:02d}", "century", anchor)]


def _h_year(m, ctx: _Ctx):
    kw = m.group("y_kw")
    yr = _year_from(m.group("y_year"), m.group("y_era"), keyword=bool(kw or m.group("y_mod")))
    if not yr and not (kw or m.group("y_mod") or m.group("y_era") or m.group("y_prep") or m.group("y_open")) and _year_at_line_head(m, ctx) and _chronology(ctx):
        yr = int(m.group("y_year")), False  # 1517 - استيعاب مصر: a chronology's years before 1900 (seventeenth round)
    if not yr and _old_year_told(m, ctx):
        yr = int(m.group("y_year")), False  # وصدرت باللون الوردي في 1893 (tl30)
    if not yr:
        return None
    checked = False
    if not kw and not m.group("y_mod") and not m.group("y_era") and not m.group("y_prep") and not m.group("y_open"):
        if not (_year_joined(m, ctx) or _year_in_list(m, ctx) or _year_at_line_head(m, ctx) or _year_after_event_name(m, ctx)):
            if not (_year_after_ila(m, ctx) or _year_after_hijri(m, ctx)):
                return None
            checked = True  # these two check what follows themselves (إلى 2025 لأنها)
    if not kw and not m.group("y_era") and not m.group("y_mod") and not checked:
        # في 2027 شخصاً: a count, not a year (a part of a year is none: في بداية 2012 احتجاجا).
        nxt = re.match(r"\s+(\w+)", ctx.key[m.end():m.end() + 30])
        if nxt and nxt.group(1).endswith("ا") and len(nxt.group(1)) > 3 and not _not_count(nxt.group(1)):
            return None
    y, hij = yr
    if m.group("y_mod"):
        start = m.start("y_mod")
    elif kw:
        start = m.start("y_kw")
    else:
        start = m.start("y_year")
    if m.group("y_seas") and not hij:
        return _season_of_year(m, y)
    if m.group("y_skw"):
        start = m.start("y_skw")  # لصيف عام 1436هـ: a Hijri year has no Gregorian season, عام 1436هـ alone
    value, gran = _year_value(y, hij)
    if m.group("y_prep") and " ".join(m.group("y_prep").split()) in _year_nouns():
        ctx.names.add(start)
    # (1436هـ): the closing bracket stays out of a span that starts at the digits (seventeenth round: it was in)
    end = m.end("R_year") - 1 if m.group("y_open") and start > m.start("y_open") else m.end("R_year")
    return [(start, end, "date", value, gran, _ABS)]


def _season_of_year(m, y: int) -> list:
    """A season of the year before a Gregorian year, with or without ``عام`` / ``العام`` between: ``صيف 2011`` and
    ``صيف عام 2014`` are that year's season (seventeenth round: ``صيف عام 2014`` was the year ``2014`` from ``عام``).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("انضم إلى يونايتد صيف العام 2014، وسيطرح في خريف عام 2015.", "2015-07-26")]
        [('صيف العام 2014', '2014-SU'), ('خريف عام 2015', '2015-FA')]
    """
    season = _SEASONS["ال" + m.group("y_seas")]
    return [(m.start("y_prep"), m.end("R_year"), "date", f"{y}-{season}", "season", _ABS)]


def _not_count(word: str) -> bool:
    """True when ``word`` (in -ا, after في 2008) is no counted noun: a definite word or a function word or adverb of
    ``time_context.tsv`` kind ``not_count`` (لكنها، عندما، قادما), so the number before it stays a year.

    Example:
        >>> [t["value"] for t in tag("بعدما هبطت من مستوياتها المرتفعة في 2008 لكنها تتراجع", "2015-07-24")]
        ['2008']
        >>> tag("فرت في 2027 شخصا", "2015-07-24")
        []
    """
    return word.startswith(("ال", "وال")) or word in _not_count_words()


@lru_cache(maxsize=1)
def _not_count_words() -> frozenset[str]:
    return frozenset(_k(w) for w in _lex()["context"]["not_count"])


def _prev_year(ctx: _Ctx, pos: int, near: int) -> dict | None:
    """The expression found last when it is a Gregorian year or a season of years (``2004``, ``2002/2003``) ending at
    most ``near`` key characters before ``pos`` in the same sentence; else None."""
    if not ctx.found:
        return None
    prev, (_, b) = ctx.found[-1], ctx.kspans[-1]
    if not (prev["anchor"] == _ABS and re.fullmatch(r"\d{4}(?:/\d{4})?", prev["value"] or "")):
        return None
    if pos - b > near or re.search(r"[.!؟?\n]", ctx.key[b:pos]):
        return None
    return prev


def _year_joined(m, ctx: _Ctx) -> bool:
    """A bare year joined by و to a year of the same clause.

    Example:
        >>> [t["value"] for t in tag("لعب معه عامي 2007 مع تشلسي و2008 ثم رحل", "2015-07-26")]
        ['2007', '2008']
    """
    return "و" in (m.group("cl") or "") and _prev_year(ctx, m.start(), 40) is not None


def _year_in_list(m, ctx: _Ctx) -> bool:
    """A bare year after a list word (``time_context.tsv`` kind ``year_list``: ثم، وأيضاً، وكذلك، أو) when a year of
    the same sentence comes at most 60 characters before it: the years of a chronology or a roll of honour.

    Example:
        >>> [t["value"] for t in tag("توج العين عام 2003 ثم 2004 الاتحاد السعودي وأيضاً 2005 وعام 2006", "2015-07-26")]
        ['2003', '2004', '2005', '2006']
    """
    return bool(_before_re()["year_list"].search(ctx.key[max(0, m.start() - 20):m.start()])) and _prev_year(ctx, m.start(), 60) is not None


_CHRONOLOGY_LINE = re.compile(r"(?:^|\n)[\s*•·\-]*\d{4}\s*[-–—:]\s*[^\W\d][^\n]*\n[\s*•·\-]*$")


def _after_chronology_line(ctx: _Ctx, i: int) -> bool:
    r"""True when the line before key offset ``i`` (a line's start) is an entry of a chronology: a year, a dash or a
    colon, and words (``1996 - عملية تفجير في وسط اتلانتا``).

    Example:
        >>> [t["value"] for t in tag("1996 - عملية تفجير في وسط اتلانتا.\n2002 - 77 قتيلا في تحطم طائرة", "2017-08-11")]
        ['1996', '2002']
        >>> tag("المبلغ المطلوب\n2002 - 77 ريالا", "2017-08-11")
        []
    """
    return bool(_CHRONOLOGY_LINE.search(ctx.key, max(0, i - 300), i))


def _year_at_line_head(m, ctx: _Ctx) -> bool:
    r"""A bare year that opens a line and is followed by a dash or a colon and words: an entry of a chronology
    (``1945 - انتهاء الاستعمار الياباني``). A year of 1000–2100 no later than ten years after publication; a range
    (``1950 - 1953``) is left to the range rules. The entry may open with a count (``2002 - 77 قتيلا في تحطم طائرة``)
    when the line before is an entry too (:func:`_after_chronology_line`).

    Example:
        >>> [t["value"] for t in tag("محطات مهمة\n1945 - انتهاء الاستعمار الياباني\n1994: وفاة الزعيم المؤسس", "2017-08-11")]
        ['1945', '1994']
        >>> [t["value"] for t in tag("محطات\n642 - الفتح العربي.\n1517 - استيعاب مصر.\n1805 - محمد علي باشا\n1869 - قناة السويس", "2017-08-11")]
        ['1517', '1805', '1869']
        >>> tag("رقم الطلب\n1500 - ريال سعودي", "2017-08-11")
        []
    """
    i = m.start("y_year")
    line = ctx.key[max(0, i - 12):i]
    if not re.search(r"(?:^|\n)[\s*•·\-]*$", line) or (i > 12 and "\n" not in line):
        return False
    nxt = ctx.key[m.end("y_year"):m.end("y_year") + 12]
    if not re.match(r"\s*[-–—:]\s*[^\W\d]", nxt) and not (re.match(r"\s*[-–—:]\s*\d{1,3}\s+[^\W\d]", nxt) and _after_chronology_line(ctx, i)):
        return False
    y = int(m.group("y_year"))
    top = ctx.published.year + 10 if ctx.published else 2100
    return 1000 <= y <= top


_OLD_YEAR_PREPS = frozenset({"في", "منذ", "حتي", "قبل"})  # keys fold ى to ي: حتى is written حتي here
# what may follow a year told as a date: an era mark, punctuation, the end, or a particle (not a count noun)
_OLD_YEAR_NEXT = re.compile(r"\s*(?:م(?!\w)|[.،,؛;:)»\-–]|$)|\s+(?:في|الى|علي|لان|حيث|عندما|حين|ثم)(?!\w)")


def _old_year_told(m, ctx: _Ctx) -> bool:
    """A Gregorian year of 1500–1899 right after في/منذ/حتى/قبل, not followed by more digits or a count noun, and
    followed by an era mark, punctuation or a particle, or told after a past verb of its clause (``time_context.tsv``
    kind ``past_verb``): a date of history (``وصدرت باللون الوردي في 1893``، ``ولد في 1878 في قرية``), not an amount
    (``في 1600 مدرسة``، ``على بعد 1785 كيلومترا``). Years of 1900–2100 need none of this.

    Example:
        >>> [t["value"] for t in tag("تأسست الصحيفة عام 1884 وصدرت باللون الوردي في 1893 لتتميز عن غيرها", "2015-07-24")]
        ['1884', '1893']
        >>> tag("بعد تحقيقهم مراحل متقدمة من الإنجاز في 1600 مدرسة بالمنطقة", "2015-07-24")
        []
        >>> [t["value"] for t in tag("وظل يعمل في القرية حتى 1893 ثم هاجر", "2015-07-24")]
        ['1893']
    """
    prep = m.group("y_prep")
    if not prep or prep.strip() not in _OLD_YEAR_PREPS or (m.group("y_era") or "").strip().startswith("ه"):
        return False
    if not 1500 <= int(m.group("y_year")) < 1900:
        return False
    nxt = ctx.key[m.end("R_year"):m.end("R_year") + 20]
    if re.match(r"\s*[\d.,/%]\d", nxt) or _count_noun_re().match(nxt):
        return False
    if _OLD_YEAR_NEXT.match(nxt):
        return True
    head = re.split(r"[،,؛;.]", ctx.sentence_before(m.start("y_year"))[-80:])[-1]
    return bool(_before_re()["past_verb"].search(head))

_LINE_YEAR = re.compile(r"(?:^|\n)[\s*•·\-]*\d{4}\s*[-–—:]\s*[^\W\d]")


def _chronology(ctx: _Ctx) -> bool:
    """True when at least three lines of the text open with a year and a dash or a colon: a chronology, whose entries
    before 1900 are years too (``1517 - استيعاب مصر``); a lone ``1500 - ريال`` is an amount. Run only for such a line."""
    return ctx.fact("chronology", lambda: len(_LINE_YEAR.findall(ctx.key)) >= 3)  # a fact of the whole text: once


def _year_after_event_name(m, ctx: _Ctx) -> bool:
    """A bare year after an event noun (``time_year_nouns.tsv``) and one or two words of its name: the year of a named
    event or plan (``مونديال روسيا 2018``، ``أولمبياد ريو 2016``، ``الانتخابات الرئاسية 2016``، ``بطولة أمم أفريقيا
    2019``), as ``مونديال 2022`` is. A Gregorian year of 1900–2100 not followed by a count noun or more digits, and no
    amount word among the name's (``time_context.tsv`` kind ``amount_cue``: ميزانية قدرها 2000 ...).

    Example:
        >>> [t["value"] for t in tag("على طريق التأهل إلى مونديال روسيا 2018.", "2017-08-11")]
        ['2018']
        >>> tag("بلغت ميزانية المشروع نحو 2000 مليون", "2017-08-11"), tag("خطة الوزارة 2000 موظف", "2017-08-11")
        ([], [])
    """
    if not 1900 <= int(m.group("y_year")) <= 2100:
        return False
    if not _event_name_re().search(ctx.key[max(0, m.start("y_year") - 60):m.start("y_year")]):
        return False
    nxt = ctx.key[m.end("y_year"):m.end("y_year") + 20]
    return not (re.match(r"\s*[\d.,/%]\d", nxt) or re.match(r"\s*%", nxt) or _count_noun_re().match(nxt))


@lru_cache(maxsize=1)
def _event_name_re() -> re.Pattern:
    """An event noun (``time_year_nouns.tsv``, with a clitic and the article) and up to two name words up to the end,
    none of them an amount word (``time_context.tsv`` kind ``amount_cue``)."""
    amount = _alt(_lex()["context"]["amount_cue"])
    word = rf"(?![وفبل]?(?:{amount})(?!\w))[^\W\d]+"
    return re.compile(rf"(?<!\w)[وفبل]?(?:ال)?(?:{_alt(_lex()['year_nouns'])})\s+(?:{word}\s+){{0,2}}$")


def _year_after_ila(m, ctx: _Ctx) -> bool:
    """A bare year after إلى / الى (``time_context.tsv`` kind ``year_lead``) that is no amount: a Gregorian year of
    1950–2100 not followed by a count noun (kind ``count_noun``: نقطة، ريال، مليون …) nor by more digits.

    Example:
        >>> [t["value"] for t in tag("مؤكدا استمرار استراتيجيتها إلى 2025 لأنها مهمة", "2015-07-26")]
        ['2025']
        >>> tag("وارتفع المؤشر إلى 2025 نقطة", "2015-07-26"), tag("من 1300 ميجاوات إلى 1950 ميجاوات", "2015-07-26")
        ([], [])
    """
    if not _before_re()["year_lead"].search(ctx.key[max(0, m.start() - 16):m.start()]):
        return False
    if not 1950 <= int(m.group("y_year")) <= 2100:
        return False
    nxt = ctx.key[m.end():m.end() + 20]
    if re.match(r"\s*[\d.,/%]", nxt) or _count_noun_re().match(nxt):
        return False
    # من 1300 ميجاوات إلى 1950: the number before إلى in the clause is no year, so neither is this one
    before = re.findall(r"\d+(?:[.,]\d+)?", re.split(r"[.!؟?\n،,]", ctx.key[max(0, m.start() - 60):m.start()])[-1])
    return not before or bool(re.fullmatch(r"(?:19|20)\d\d", before[-1]))


def _year_after_hijri(m, ctx: _Ctx) -> bool:
    """A bare Gregorian year right after the Hijri year it falls in (``نهاية عام 1395 هجرية، 1975``): the same year in
    the other calendar, annotated on its own.

    Example:
        >>> [t["value"] for t in tag("وذلك في نهاية عام 1395 هجرية، 1975.", "2015-07-26")][-1]
        '1975'
    """
    if not ctx.found:
        return False
    prev, (_, b) = ctx.found[-1], ctx.kspans[-1]
    if not re.fullmatch(r"\s*[،,(/\-–]?\s*", ctx.key[b:m.start()]) or not prev.get("date_start") or not prev.get("date_end"):
        return False
    if not re.search(r"\d{4}\s*(?:ه|هجري)", ctx.key[ctx.kspans[-1][0]:b]):
        return False
    y = int(m.group("y_year"))
    return str(prev["date_start"])[:4] <= str(y) <= str(prev["date_end"])[:4]


@lru_cache(maxsize=1)
def _count_noun_re() -> re.Pattern:
    """A count noun right after a number (``time_context.tsv`` kind ``count_noun``), after optional spaces."""
    return re.compile(rf"\s*(?:{_alt(_lex()['context']['count_noun'])})(?!\w)")


@lru_cache(maxsize=1)
def _year_nouns() -> set[str]:
    return {_k(w) for w in _lex()["year_nouns"]}


_UNIT_OF = {"اليوم": "D", "الشهر": "M", "العام": "Y", "السنه": "Y", "الاسبوع": "W"}


def _shift(d: dt.date, unit: str, n: int) -> tuple[str, str]:
    """The value of the ``unit`` period ``n`` units from ``d``."""
    if unit == "D":
        return _iso(d + dt.timedelta(days=n)), "day"
    if unit == "W":
        return _week(d + dt.timedelta(weeks=n)), "week"
    if unit == "M":
        y, mo = _add_months(d.year, d.month, n)
        return f"{y}-{mo:02d}", "month"
    if unit == "Y":
        return str(d.year + n), "year"
    if unit == "DE":
        return str(d.year // 10 + n), "decade"
    if unit == "CE":
        return f"{d.year // 100 + n:02d}", "century"
    return _iso(d), "day"


_BACK_ANAPHOR = re.compile(r"(?:السابق(?:\s+(?:عليه|عليها|له|لها))?|الذي\s+(?:قبله|قبلها|سبقه|سبقها|يسبقه|يسبقها))\s*$")


def _anaphor_base(ctx: _Ctx, need: tuple[str, ...], back: bool) -> dict | None:
    """The last dated expression of a granularity in ``need`` that an anaphor (العام التالي، العام السابق) counts
    from. Going back, an earlier "the year before" is skipped: a report on 2014 that says العام السابق twice
    means 2013 both times; التالي chains (في 2008 … العام التالي … العام التالي)."""
    for f, (a, b) in zip(reversed(ctx.found), reversed(ctx.kspans)):
        if f["type"] in ("date", "time") and f["value"] and f["granularity"] in need and f["date_start"]:
            if back and _BACK_ANAPHOR.search(ctx.key[a:b]):
                continue
            return f
    return None


def _anaphor_need(gran: str) -> tuple[str, ...]:
    """The granularities an anaphor of ``gran`` (اليوم التالي، الشهر السابق، العام السابق) may count from. A year
    counts from a quarter or a half too: ``خلال أول ستة أشهر من العام … مقارنة بـ 282 العام السابق`` is the year
    before the reported half, not before a year named earlier in the text.

    Example:
        >>> "half" in _anaphor_need("year"), "half" in _anaphor_need("month")
        (True, False)
        >>> [(t["text"], t["value"]) for t in tag("عن يونيو 2014. وبلغ خلال أول ستة أشهر من العام 174، مقارنة بـ 282 العام السابق.", "2015-07-26")][-1]
        ('العام السابق', '2014')
    """
    return {"day": ("day", "time"), "week": ("day", "time", "week"), "month": ("day", "time", "month"),
            "year": ("day", "time", "week", "month", "quarter", "half", "year")}[gran]


def _general(ctx: _Ctx, start: int, word: str) -> bool:
    """العام after a title noun is the adjective "general": الأمين العام السابق، المدير العام الجديد."""
    if word != "العام":
        return False
    prev = re.search(r"(\w+)\s+$", ctx.before(start, 20))
    return bool(prev and prev.group(1) in _lex()["not_year"])


_YEAR_WRITTEN = re.compile(r"(?<!\d)1\d{3}(?!\d)|(?<!\d)20\d\d(?!\d)")  # a year written in digits (1000–2099)


def _that_year(m, ctx: _Ctx):
    """``ذلك العام`` / ``تلك السنة`` (``العام نفسه``'s distal form, tl27) is the year of the last absolute date named before
    it (``بين عامي 1995 و2005. لكن منذ ذلك العام`` = ``2005``; a Hijri year keeps its interval), at most
    ``_ANAPHOR_REACH`` key characters back; no row when the text names none (a film list's ``تلك السنة``), as the
    distal ``ذلك اليوم`` needs a written date.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("في عام 1979 كان عمري ست سنوات، وفي ذلك العام وقعت الاتفاقية", "2015-07-24")]
        [('عام 1979', '1979'), ('ست سنوات', 'P6Y'), ('ذلك العام', '1979')]
        >>> tag("حتى يأتي ذلك العام الذي نرى فيه التغيير", "2015-07-24")
        []
    """
    start, need = m.start("R_anaphor"), _anaphor_need("year")
    for f, (a, b) in zip(reversed(ctx.found), reversed(ctx.kspans)):
        if start - b > _ANAPHOR_REACH:
            break
        if f["anchor"] == _ABS and f["value"] and f["date_start"] and f["granularity"] in need:
            if _YEAR_WRITTEN.search(ctx.key[b:start]):
                return None  # a year the rules left between them (في 1898 … خريف ذلك العام): that one is meant
            value = f["value"] if f["granularity"] == "year" else str(f["date_start"].year)
            return [(start, m.end("R_anaphor"), "date", value, "year", _ABS)]
    return None


def _h_anaphor(m, ctx: _Ctx):
    if m.group("an_dem"):
        return _that_year(m, ctx)
    if _general(ctx, m.start("R_anaphor"), m.group("an_unit")):
        return None
    unit = _UNIT_OF[m.group("an_unit")]
    kind = m.group("an_kind")
    if kind.startswith("الذي"):
        kind = "السابق" if "قبل" in kind or "سبق" in kind else "التالي"  # الأسبوع الذي قبله: the one before the week just named
    kind = kind.split()[0]  # الشهر السابق عليه: the month before the one just named
    n = {"التالي": 1, "السابق": -1}.get(kind, 0)
    if unit == "Y" and n == -1 and (hy := _hijri_report_year(ctx)) is not None:
        return [(m.start("R_anaphor"), m.end("R_anaphor"), "date", *_year_value(hy - 1, True), str(hy))]  # نمو عن العام السابق
    gran = {"D": "day", "W": "week", "M": "month", "Y": "year"}[unit]
    prev = _anaphor_base(ctx, _anaphor_need(gran), kind == "السابق")
    if prev is not None:
        base, anchor = prev["date_start"], prev["value"]
    elif ctx.dct is not None and kind == "السابق":
        base, anchor = ctx.dct, ctx.anchor
    else:
        base = anchor = None
    value, gran = _shift(base, unit, n) if base is not None else (None, gran)
    if unit == "D" and (part := _part_before_anaphor(ctx, m.start("R_anaphor"))):
        return [(part[0], m.end("R_anaphor"), "time", f"{value}T{part[1]}" if value else None, "time", anchor)]
    return [(m.start("R_anaphor"), m.end("R_anaphor"), "date", value, gran, anchor)]


@lru_cache(maxsize=1)
def _part_before_re() -> re.Pattern:
    L = _lex()
    return re.compile(rf"(?<!\w)[وفبل]{{0,2}}(?P<body>(?:(?:{_alt(L['part_leads'])})\s+)?(?P<pod>{_alt([w for w in L['parts'] if ' ' not in w])}))\s+$")


def _part_before_anaphor(ctx: _Ctx, start: int) -> tuple[int, str] | None:
    """(start, TIMEX3 part of day) of a part of the day right before ``اليوم التالي`` (tl32): ``حتى صباح اليوم التالي`` is the
    morning of the day after the day last named (the part-of-day rule read it as today's morning), one expression from
    the part word, or from its lead (``الساعات الأولى من فجر اليوم التالي``); None when an expression already covers it.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("وصل الوفد يوم الأحد 19 يوليو، وغادر صباح اليوم التالي", "2015-07-21")]
        [('يوم الأحد 19 يوليو', '2015-07-19'), ('صباح اليوم التالي', '2015-07-20TMO')]
    """
    b = _part_before_re().search(ctx.key, max(0, start - 40), start)
    if b is None:
        return None
    a = b.start("body")
    if ctx.kspans and ctx.kspans[-1][1] > a:
        return None
    return a, _lex()["parts"][b.group("pod")][0]


_PERIOD_UNIT = {"الاسبوع": "W", "الشهر": "M", "العام": "Y", "السنه": "Y", "العقد": "DE"}
_SEASONS = {"الصيف": "SU", "الشتاء": "WI", "الربيع": "SP", "الخريف": "FA"}
_ORD_Q = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": 4}


# precompiled patterns of _period_of
_QH_VALUE, _MONTH_VALUE, _YEAR_VALUE = re.compile(r"(\d{4})-([QH])(\d)"), re.compile(r"(\d{4})-(\d{2})"), re.compile(r"\d{4}")


def _period_of(value: str | None) -> tuple[int, str, int] | None:
    """(year, unit, number) of a Gregorian quarter, half, month or year value: ``2015-Q2`` → (2015, "Q", 2)."""
    if not value:
        return None
    if m := _QH_VALUE.fullmatch(value):
        return int(m[1]), m[2], int(m[3])
    if m := _MONTH_VALUE.fullmatch(value):
        return int(m[1]), "M", int(m[2])
    if _YEAR_VALUE.fullmatch(value):
        return int(value), "Y", 0
    return None


def _period_value(y: int, unit: str, n: int, hijri: bool = False) -> tuple[str | None, str]:
    """The value of quarter/half/month/year ``n`` of year ``y`` (a Hijri one is its Gregorian interval).

    Example:
        >>> _period_value(2015, "Q", 2), _period_value(1437, "Q", 1, hijri=True)[0]
        (('2015-Q2', 'quarter'), '2015-10-14/2016-01-10')
    """
    gran = {"Q": "quarter", "H": "half", "M": "month", "Y": "year"}[unit]
    if unit == "Y":
        return _year_value(y, hijri)
    if not hijri:
        return (f"{y}-{n:02d}" if unit == "M" else f"{y}-{unit}{n}"), gran
    first, last = {"Q": (3 * n - 2, 3 * n), "H": (6 * n - 5, 6 * n), "M": (n, n)}[unit]
    a, b = _hijri_month_span(y, first), _hijri_month_span(y, last)
    return (f"{_iso(a[0])}/{_iso(b[1])}" if a and b else None), gran


def _shift_period(y: int, unit: str, n: int, k: int) -> tuple[int, int]:
    """Quarter/half/month ``n`` of year ``y`` moved ``k`` of its own units."""
    per = {"Q": 4, "H": 2, "M": 12}[unit]
    i = y * per + (n - 1) + k
    return i // per, i % per + 1


def _current(d: dt.date, unit: str) -> tuple[int, int]:
    """(year, number) of the quarter, half or month that contains ``d``."""
    return d.year, {"Q": (d.month - 1) // 3 + 1, "H": 1 if d.month <= 6 else 2, "M": d.month}[unit]


def _context_period(ctx: _Ctx, pos: int, units: str) -> tuple[int, str, int, str] | None:
    """The period the article is reporting at ``pos``, as (year, unit, n, value): of the Gregorian quarters,
    halves, months or years named before (``units``: groups in order of preference, e.g. "QH,M,Y"), the
    nearest one said in its own right — not one derived from another (الربع السابق، الفترة المماثلة) and
    not an earlier year's figure it is compared with."""
    for group in units.split(","):
        cands = [(p, f["value"], f["anchor"]) for f, (a, b) in zip(reversed(ctx.found), reversed(ctx.kspans))
                 if b <= pos and f["type"] == "date" and (p := _period_of(f["value"])) and p[1] in group]
        if not cands:
            continue
        own = [c for c in cands if not _derived(c[0], str(c[2]))] or cands
        latest = max(c[0][0] for c in own)
        p, v, _ = next(c for c in own if c[0][0] == latest)
        return (*p, v)
    return None


_DERIVED = re.compile(r"\d{4}-(?:[QH]\d|\d{2})")  # the anchor of a period counted from another period


def _derived(period: tuple[int, str, int], anchor: str) -> bool:
    """True when a period row was counted from the period of its anchor (``الربع السابق``، ``الفترة المماثلة``: the
    same unit, or another year; also ``للربع الحالي`` restating it), not named in its own right with only the year borrowed: ``الربع الثاني`` after
    ``النصف الأول`` of 2015 is ``2015-Q2`` anchored ``2015-H1``, and a later ``نفس الفترة من العام السابق`` compares
    with that quarter, the nearest period named before it (issue 18, sixteenth round).

    Example:
        >>> _derived((2015, "Q", 2), "2015-H1"), _derived((2015, "Q", 1), "2015-Q2"), _derived((2014, "H", 1), "2015-H1")
        (False, True, True)
    """
    if not _DERIVED.fullmatch(anchor):
        return False
    base = _period_of(anchor)
    return base is not None and (base[1] == period[1] or base[0] != period[0])  # للربع الحالي of 2015-Q2: derived too


@lru_cache(maxsize=1)
def _fiscal_re() -> tuple[re.Pattern, dict[str, int]]:
    """Companies of ``time_fiscal.tsv`` (original spelling) and the month their fiscal year starts."""
    rows = {r["company"]: int(r["fy_start_month"]) for r in lexicons.read("time_fiscal")}
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, rows))})(?!\w)"), rows


def _fiscal_quarter(ctx: _Ctx, start: int, value: str) -> str:
    """A numbered quarter ``value`` (``2015-Q3``) as the calendar quarter it covers when the company that reports it
    keeps another fiscal year (``time_fiscal.tsv``): named in the sentence before the quarter or in the lead (first
    300 characters) of the text. Fiscal year Y of Apple starts in October of Y-1, so its third quarter is April–June.
    Only when the calendar reading is impossible for a results report: the quarter has not ended at publication and
    the sentence is no forecast (in July 2015 an Apple ``الربع الثاني`` is the calendar quarter just reported, as a
    translator writes it; ``الربع الثالث من عام 2015`` with sales figures is the fiscal one).

    Example:
        >>> [t["value"] for t in tag("أعلنت شركة آبل عن بيع 57.9 مليون آيفون في الربع الثالث من عام 2015", "2015-07-26")]
        ['2015-Q2']
        >>> [t["value"] for t in tag("تتوقع الإبل نموا في الربع الثالث من عام 2015", "2015-07-26")]
        ['2015-Q3']
    """
    q = re.fullmatch(r"(\d{4})-Q([1-4])", value or "")
    if not q or ctx.published is None:
        return value
    if dt.date(int(q.group(1)), 3 * int(q.group(2)), 28) < ctx.published:
        return value  # a calendar quarter already ended can be the one reported (Apple's ربعها المالي = الربع الثاني)
    sent = ctx.sentence_before(start)
    if ctx.is_future(start) or re.search(r"(?<!\w)[وف]?(?:ال)?(?:توقع|توقعت|يتوقع|تتوقع|توقعات)(?!\w)", sent):
        return value  # a forecast for the quarter under way: the calendar quarter
    month = _fiscal_company_month(ctx, start)
    if not month or month == 1:
        return value
    total = month - 1 + 3 * (int(q.group(2)) - 1)  # months after January of Y-1
    y = int(q.group(1)) - 1 + total // 12
    return f"{y}-Q{(total % 12) // 3 + 1}"


def _fiscal_company_month(ctx: _Ctx, start: int) -> int | None:
    """The month a company or country of ``time_fiscal.tsv`` starts its fiscal year in, when one is named in the
    sentence before ``start`` or in the lead (first 300 characters) of the text."""
    sent = ctx.sentence_before(start)
    a = ctx.span(start - len(sent), start)[0] if sent else ctx.span(start, start + 1)[0]
    pat, rows = _fiscal_re()
    hit = pat.search(ctx.text, a, ctx.span(start, start + 1)[0]) or pat.search(ctx.text, 0, min(300, len(ctx.text)))
    return rows[hit.group()] if hit else None


def _fiscal_year_now(ctx: _Ctx, month: int | None) -> int:
    """The start year of the fiscal year running at ``ctx.dct``: this calendar year, or the one before when the company
    or country named (``month``: its fiscal year's first month, from :func:`_fiscal_company_month`) starts its fiscal
    year after this month (Apple in July 2015: ``2014``)."""
    return ctx.dct.year - (1 if month and month > ctx.dct.month else 0)


_FISCAL_OF_REL = re.compile(r"\s+(?:من|في|ل)\s*(?:ال)?(?:عام|سنه)\s+(?:المالي|الماليه)\s+\S")
_FISCAL_YEAR_WORDS = re.compile(r"(?:عام|سنه)\s+(?:المالي|الماليه)(?!\w)")


def _deictic_fiscal_quarter(m, ctx: _Ctx, value: str) -> str:
    """A numbered quarter of a deictic fiscal year (``الربع الأخير من العام المالي الماضي``) of a company of
    ``time_fiscal.tsv`` is the calendar quarter it covers (twenty-eighth round): Microsoft's fiscal year starting July
    2014 (the one past in July 2015) has its last quarter in April–June 2015, ``2015-Q2``.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("أعلنت مايكروسوفت أن خسائرها في الربع الأخير من العام المالي الماضي بلغت 3.2 مليار دولار", "2015-07-22")]
        [('الربع الأخير من العام المالي الماضي', '2015-Q2')]
    """
    q = re.fullmatch(r"(\d{4})-Q([1-4])", value or "")
    rel = _lex()["rel"].get(m.group("p_ofrel") or "")
    if not q or ctx.dct is None or rel in (None, "new") or not _FISCAL_OF_REL.match(ctx.key, m.end("p_unit")):
        return value
    month = _fiscal_company_month(ctx, m.start("R_period"))
    if not month or month == 1:
        return value
    n = _ORD_Q[m.group("p_q")]
    total = month - 1 + 3 * (n - 1)  # months after January of the fiscal year's start year
    y = _fiscal_year_now(ctx, month) + int(rel) + total // 12
    return f"{y}-Q{(total % 12) // 3 + 1}"


def _fiscal_named_before(ctx: _Ctx, start: int) -> int | None:
    """The start year of the fiscal year the text named last before ``start`` (a deictic fiscal year or ``السنة المالية
    2014``), else the year the text is talking about there (:func:`_context_year`)."""
    for f, (a, b) in zip(reversed(ctx.found), reversed(ctx.kspans)):
        if (b <= start and f["type"] == "date" and _YEAR_VALUE.fullmatch(f["value"] or "")
                and _FISCAL_YEAR_WORDS.search(ctx.key[max(0, a - 20):b])):
            return int(f["value"])
    return _context_year(ctx, start)


def _h_fyear(m, ctx: _Ctx):
    """العام المالي الماضي، السنة المالية الحالية، للعام المالي المقبل: a fiscal year by the calendar year it starts in
    (twenty-eighth round): the one running at publication, one back or one ahead; السابق / السابقة count back from the
    fiscal year named before it. ``الجديد`` (begun or coming) is left out.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("قدرت فاتورة الدعم خلال العام المالي المقبل بنحو 145 مليار جنيه", "2017-08-11")]
        [('العام المالي المقبل', '2018')]
        >>> [(t["text"], t["value"]) for t in tag("تراجعت أرباح الشركة خلال العام المالي الماضي مقابل أرباح في العام المالي السابق", "2015-07-22")]
        [('العام المالي الماضي', '2014'), ('العام المالي السابق', '2013')]
    """
    word = m.group("fy_rel")
    shift = -1 if word in ("السابق", "السابقه") else _lex()["rel"].get(" ".join(word.split()))
    if shift is None or shift == "new":
        return None
    start, end = m.start("R_fyear"), m.end("R_fyear")
    if ctx.dct is None:
        return [(start, end, "date", None, "year", None)]
    if word in ("السابق", "السابقه") and (prev := _fiscal_named_before(ctx, start)) is not None:
        return [(start, end, "date", str(prev - 1), "year", str(prev))]
    return [(start, end, "date", str(_fiscal_year_now(ctx, _fiscal_company_month(ctx, start)) + int(shift)), "year", ctx.anchor)]


def _h_period_fiscal(m, ctx: _Ctx):
    """:func:`_h_period`, a numbered quarter then moved to the calendar quarter of a company's fiscal quarter
    (:func:`_fiscal_quarter`, :func:`_deictic_fiscal_quarter`)."""
    out = _h_period(m, ctx)
    if out and m.group("p_q"):
        out = [(a, b, t, _deictic_fiscal_quarter(m, ctx, _fiscal_quarter(ctx, a, v)) if t == "date" else v, g, anc)
               for a, b, t, v, g, anc in out]
    if out and len(out) == 1 and out[0][4] == "year":
        out = _season_of_deictic_year(ctx, out[0]) or out
    return out


_SEASON_BEFORE = re.compile(r"(?<!\w)[وفبل]?((?:ال)?(صيف|شتاء|ربيع|خريف))\s+$")


def _season_of_deictic_year(ctx: _Ctx, row: tuple) -> list | None:
    """A season of the year right before a year said by a deictic word (``صيف هذا العام``، ``صيف العام الماضي``،
    ``قبل صيف العام الجاري``): that year's season, one expression (twenty-third round; 66 such phrases of the corpora
    were the year alone), as ``صيف عام 2014`` is ``2014-SU``. A Hijri year keeps the year.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("انضم في صيف العام الماضي، ويعود خلال شتاء هذا العام", "2015-07-26")]
        [('صيف العام الماضي', '2014-SU'), ('شتاء هذا العام', '2015-WI')]
    """
    a, b, typ, value, _, anchor = row
    season = _SEASON_BEFORE.search(ctx.key, max(0, a - 10), a)
    if typ != "date" or not season or not re.fullmatch(r"\d{4}", str(value or "")):
        return None
    return [(season.start(1), b, "date", f"{value}-{_SEASONS['ال' + season.group(2)]}", "season", anchor)]


_SCHOOL_YEAR = re.compile(r"\s+(?:ال)?(?:دراسي|دراسيه|تدريبي|تدريبيه)(?!\w)")


# في الثلاثي الأول، خلال السداسي الثاني: a word of time before a Maghrebi period noun with no year of its own
_MAGHREBI_PERIOD_BEFORE = re.compile(r"(?:(?<!\w)(?:في|خلال|منذ|طيله|طوال|عن|مع|حتي|مطلع|بدايه|نهايه|منتصف|اواخر|اوائل)\s+|(?<!\w)و?[بل])$")


def _maghrebi_period_told(m, ctx: _Ctx) -> bool:
    """False for ``الثلاثي`` / ``السداسي`` + an ordinal that is no period: with no year or relative word after it, the
    Maghrebi quarter or half needs a word of time or ب / ل before it (tl32). ``خلال الثلاثي الثاني`` is a quarter;
    ``الاجتماع الثلاثي الأول من نوعه`` (a three-party meeting) and ``وأحرز الثلاثي الأول`` (a trio) are not.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("تراجعت البطالة في الثلاثي الأول، وعقد الاجتماع الثلاثي الأول من نوعه", "2024-06-20")]
        [('الثلاثي الأول', '2024-Q1')]
    """
    if not re.match(r"ال(?:ثلاثي|سداسي)", m.group("p_unit")):  # للثلاثي الأول: ل is a word of time itself
        return True
    if any(m.group(g) for g in ("p_rel", "p_year", "p_of", "p_ofyear")):
        return True
    return bool(_MAGHREBI_PERIOD_BEFORE.search(ctx.key, max(0, m.start("p_unit") - 12), m.start("p_unit")))


def _h_period(m, ctx: _Ctx):
    """A period (week, month, year, season, quarter, half), with its year when one follows: ``من العام 2013``,
    ``لعام 2014`` and ``للعام 2012`` (ل merged with the article) make one expression with the quarter.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("نمت المبيعات في الربع الثاني للعام 2012 بنسبة 5%", "2017-08-11")]
        [('الربع الثاني للعام 2012', '2012-Q2')]
        >>> [(t["text"], t["value"]) for t in tag("خلال النصف الأول للسنة الماضية", "2017-08-11")]
        [('النصف الأول للسنة الماضية', '2016-H1')]
    """
    unit_w = re.sub(r"^لل", "ال", m.group("p_unit"))
    if not _maghrebi_period_told(m, ctx):
        return None
    if unit_w.startswith(("الربع", "ربعها")) and not m.group("p_q"):
        unit_w = "الربع"
    start, end = m.start("R_period"), m.end("R_period")
    if unit_w == "العقد" and _contract_noun(ctx, m.start("p_unit"), end, this=bool(m.group("p_this")) and not m.group("p_rel")):
        return None  # هذا العقد of a transfer: a contract
    rel = _rel_shift(m.group("p_rel"), ctx, "Y" if unit_w in ("العام", "السنه") else "")
    has_this = m.group("p_this") is not None
    of_year = m.group("p_ofyear") or m.group("p_ofyear2") or m.group("p_year")
    era = m.group("po_era") if (m.group("p_ofyear") or m.group("p_ofyear2")) else m.group("p_era")
    has_of = m.group("p_of") is not None or m.group("p_ofyear") is not None or m.group("p_ofyear2") is not None
    if m.group("p_rel") and rel is None:
        return None
    if unit_w == "الربع" and rel is None and (bare := _results_quarter(m, ctx, start, end)):
        return bare
    if unit_w == "الربع":
        if m.group("p_prev"):
            rel = -1  # مقارنة بالربع السنوي الذي يسبقه: the quarter before the one reported
        return _quarter_relative(m, ctx, rel, start, end, "السابق" if m.group("p_prev") else m.group("p_rel"))
    if m.group("p_hcur") is not None:
        # خلال هذا النصف: the half the text is in
        if ctx.dct is None:
            return [(start, end, "date", None, "half", None)]
        y, h = _current(ctx.dct, "H")
        return [(start, end, "date", f"{y}-H{h}", "half", ctx.anchor)]
    if (m.group("p_q") or m.group("p_h")) and not has_of and _before_re()["part_of"].match(ctx.key, end):
        return None  # النصف الثاني من الموسم، الربع الأخير من القرن: a part of something else, not of a year
    if (m.group("p_q") or m.group("p_h")) and m.group("p_of") and _SCHOOL_YEAR.match(ctx.key, m.end("p_of")):
        return None  # النصف الثاني من السنة الدراسية الماضية: a term of a school year, no calendar half (twenty-third round)
    if m.group("p_q") or m.group("p_h"):
        # الربع الأول (من العام الجاري / من 2015 / من العام الحالي 1437هـ)
        unit, n = ("Q", _ORD_Q[m.group("p_q")]) if m.group("p_q") else ("H", 1 if m.group("p_h") == "الاول" else 2)
        if of_year:
            # a year after العام, or 4 digits that are a plausible year (الربع الأول من 1612 مليون ريال is no year)
            yr = _year_from(of_year, era, keyword=bool(m.group("p_ofyear2")))
            if yr:
                value, gran = _period_value(yr[0], unit, n, yr[1])
                return [(start, end, "date", value, gran, _ABS)]
            of_year, end = None, m.end("p_rel") if m.group("p_rel") else m.end("p_unit")
        # النصف الأول من هذا العام: this year, whatever period the text named before (not one read from it)
        this_year = (m.group("p_of") or "").startswith(("هذا", "هذه"))
        if not m.group("p_ofrel") and not this_year and (c := _context_year(ctx, start)) is not None:
            value, gran = _period_value(c, unit, n)
            return [(start, end, "date", value, gran, str(c))]
        if not m.group("p_ofrel") and not this_year and (base := _context_period(ctx, start, "QH")) is not None:
            # الربع الرابع in a statement on 2015-Q2: a quarter of the year being reported, before or after
            value, gran = _period_value(base[0], unit, n)
            return [(start, end, "date", value, gran, base[3])]
        else:
            ofrel = _rel_shift(m.group("p_ofrel"), ctx, "Y") if m.group("p_ofrel") else 0
            if m.group("p_ofrel") and ofrel is None:
                return None
            if ctx.dct is None:
                return [(start, end, "date", None, "quarter" if m.group("p_q") else "half", None)]
            y, anchor = ctx.dct.year + (ofrel or 0), ctx.anchor
        if m.group("p_q"):
            q = _ORD_Q[m.group("p_q")]
            if not of_year and not m.group("p_ofrel") and not this_year and ctx.dct is not None and q > (ctx.dct.month - 1) // 3 + 1:
                y -= 1  # a bare الربع الرابع in July is last year's; الربع الرابع من هذا العام is this year's
            return [(start, end, "date", f"{y}-Q{q}", "quarter", anchor)]
        h = 1 if m.group("p_h") == "الاول" else 2
        if not has_of and ctx.dct is None:
            return None
        return [(start, end, "date", f"{y}-H{h}", "half", anchor)]
    if unit_w in _SEASONS:
        if rel is None and not has_this and not of_year and not m.group("p_fasl") and not _transfer_summer(ctx, start, unit_w):
            return None  # الصيف alone is any summer; فصل الصيف (the season coming in) is this year's
        if of_year:
            yr = _year_from(of_year, era, keyword=True)
            if not yr or yr[1]:
                return None  # الصيف للعام 1436: a Hijri year has no Gregorian season; the year alone is read
            return [(start, end, "date", f"{yr[0]}-{_SEASONS[unit_w]}", "season", _ABS)]
        if ctx.dct is None:
            return [(start, end, "date", None, "season", None)]
        code = _SEASONS[unit_w]
        if not rel and not has_this and (near := _season_near(ctx, start, code)) is not None:
            return [(start, end, "date", f"{near[0]}-{code}", "season", near[1])]
        return [(start, end, "date", f"{_season_year(ctx.dct, code, rel or 0)}-{code}", "season", ctx.anchor)]
    unit = _PERIOD_UNIT[unit_w]
    if unit == "DE" and rel is None and not has_this and (od := _ORDINAL_DECADE.match(ctx.key, m.end("p_unit"))):
        return _ordinal_decade(od, start)
    if rel is None and not has_this and not m.group("p_mod"):
        return None
    if not m.group("p_mod") and not has_this and _general(ctx, start, unit_w):
        return None  # الأمين العام السابق
    if re.match(r"\s+(?:الدراسي|المالي|التدريبي|الاكاديمي)", ctx.key[m.end("p_unit"):m.end("p_unit") + 12]):
        return None  # بداية العام الدراسي: the school year, not the calendar one
    if unit == "W" and rel is None and not has_this:
        if m.group("p_mod") != "نهايه" or has_of:
            return None
        if lead := _before_re()["weekend_lead"].search(ctx.before(start, 12)):
            # عطلة نهاية الأسبوع: any weekend, a set (TIMEX3 XXXX-WXX-WE)
            return [(start - len(lead.group()) + lead.start("w") - lead.start(), end, "set", "XXXX-WXX-WE", "week", None)]
        nxt = re.match(r"\s+(\w+)", ctx.key[end:end + 20])
        if nxt and nxt.group(1) in _lex()["ordinals"]:
            return None  # نهاية الأسبوع الثالث من رمضان: a week counted in something else
        if _generic(ctx, start, end):
            # ساعة يومياً خلال أيام الأسبوع ونصف ساعة نهاية الأسبوع: a habit, any weekend
            return [(start, end, "set", "XXXX-WXX-WE", "week", None)]
        rel = 0  # طرح التذاكر نهاية الأسبوع: this week's
    if unit == "W" and m.group("p_mod") == "نهايه" and ctx.dct is not None:
        # نهاية الأسبوع المقبل: the weekend of that week (TIMEX3 2015-W34-WE)
        base = _week_base(ctx, 0)
        if (rel == 0 and not has_this and not m.group("p_rel") and _weekend_start(ctx, base) > ctx.dct
                and _before_re()["past_cue"].search(ctx.sentence_before(start))):
            rel = -1  # كانت في منطقة بعيدة خلال نهاية الأسبوع (written on a Friday): the weekend just past
        value, gran = _shift(base, unit, rel or 0)
        return [(start, end, "date", value + "-WE", gran, ctx.anchor)]
    if m.group("p_mod") and rel is None and not has_this and m.group("p_of") is None and of_year is None and unit_w in ("العام", "السنه"):
        pass  # مطلع العام: this year
    # Trailing "من العام" belongs to a month/week unit only; drop it from the span otherwise.
    if unit in ("Y", "DE") and has_of:
        end = m.end("p_rel") if m.group("p_rel") else m.end("p_unit")
    if m.group("p_hij") and unit == "Y" and not m.group("p_year"):
        # العام الهجري الجديد، السنة الهجرية الماضية: the Hijri year (its Gregorian interval)
        if ctx.dct is None:
            return [(start, end, "date", None, "year", None)]
        hy, hm, _ = _hijri_of(ctx.dct)
        s = _lex()["rel"].get(m.group("p_rel") or "")
        shift = (1 if hm >= 10 else 0) if s == "new" else (rel or 0)
        return [(start, end, "date", *_year_value(hy + shift, True), ctx.anchor)]
    if m.group("p_hij") and unit == "Y":
        return _hijri_year_written(m, start, end)
    if m.group("p_hij"):
        return None
    if unit == "Y" and not m.group("p_year") and not has_of and not m.group("p_mod") and (rel in (-1, 0) or has_this) and (
            hy := _hijri_report_year(ctx)) is not None:
        # تقريرها السنوي للعام 1435هـ … خلال هذا العام / مقارنة بالعام الماضي: the report counts in Hijri years
        k = -1 if rel == -1 and (m.group("p_rel") == "السابق" or _compared_with(m, ctx, start)) else 0
        return [(start, end, "date", *_year_value(hy + k, True), str(hy))]
    if unit == "Y" and m.group("p_rel") == "السابق" and not m.group("p_year") and not has_of and (
            prev := _anaphor_base(ctx, ("day", "time", "week", "month", "year"), True)) is not None:
        # نهاية العام السابق in a report on 2014: the year before the one the text talks about
        return [(start, end, "date", str(prev["date_start"].year - 1), "year", prev["value"])]
    if m.group("p_year") and unit == "Y":
        # العام الماضي 1436هـ: the year written out wins over the relative word, in its own calendar
        yr = _year_from(m.group("p_year"), m.group("p_era"), keyword=True)
        if not yr:
            return None
        return [(start, end, "date", *_year_value(*yr), _ABS)]
    if m.group("p_year"):
        end = m.end("p_rel") if m.group("p_rel") else m.end("p_unit")
    if ctx.dct is None:
        return [(start, end, "date", None, _UNIT_GRAN[unit], None)]
    if unit == "W":
        value, gran = _shift(_week_base(ctx, rel or 0), unit, rel or 0)
        if ctx.week == "sun" and ctx.dct.weekday() == 5 and rel == -1:
            value, gran = _shift(ctx.dct, unit, 0)  # on Saturday the work week just ended is "last week"
        return [(start, end, "date", value, gran, ctx.anchor)]
    value, gran = _shift(ctx.dct, unit, rel or 0)
    return [(start, end, "date", value, gran, ctx.anchor)]


def _hijri_year_written(m, start: int, end: int):
    """العام الهجري الجديد 1446: the Hijri year written after the relative word (twenty-fifth round), its Gregorian
    interval through the Umm al-Qura calendar, as ``1446هـ``; a number that is no Hijri year (1300–1500) is none.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("يحتفل المسلمون بالعام الهجري الجديد 1437", "2015-10-14")]
        [('العام الهجري الجديد 1437', '2015-10-14/2016-10-01')]
    """
    y = int(m.group("p_year"))
    if not 1300 <= y <= 1500 or (m.group("p_era") or "").strip().startswith("م"):
        return None
    return [(start, end, "date", *_year_value(y, True), _ABS)]

_SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # a winter is labelled by the year of its December
_SEASON_INDEX = {"SP": 0, "SU": 1, "FA": 2, "WI": 3}
_SEASON_VALUE = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_SEASON_REACH = 300  # key characters back to a season the bare one is set against


def _season_year(d: dt.date, code: str, rel: int) -> int:
    """The year of the season ``code`` that الماضي (``rel`` -1) / المقبل (+1) / none (0) names on ``d``: the last one
    that is over, the next one that has not begun, else this year's.

    Example:
        >>> _season_year(dt.date(2015, 7, 21), "SP", -1), _season_year(dt.date(2015, 7, 21), "SU", -1), _season_year(dt.date(2015, 7, 21), "WI", -1)
        (2015, 2014, 2014)
        >>> _season_year(dt.date(2015, 7, 21), "SU", 1), _season_year(dt.date(2015, 7, 21), "WI", 1), _season_year(dt.date(2015, 2, 1), "WI", -1)
        (2016, 2015, 2013)
    """
    first = _SEASON_FIRST_MONTH[code]
    months = d.year * 12 + d.month - 1
    if rel < 0:
        # the season of year y runs over months first .. first+2 of y (a winter into the next year)
        return next(y for y in range(d.year, d.year - 3, -1) if y * 12 + first + 1 < months)
    if rel > 0:
        return next(y for y in range(d.year, d.year + 3) if y * 12 + first - 1 > months)
    return d.year


def _season_near(ctx: _Ctx, start: int, code: str) -> tuple[int, str] | None:
    """A bare season (``فصل الشتاء``) just after another season of the year the text names (``فصل الربيع`` =
    ``2015-SP``) is the occurrence nearest to it (the winter before that spring, ``2014-WI``), and its anchor."""
    for f, (a, b) in zip(reversed(ctx.found), reversed(ctx.kspans)):
        if b > start:
            continue
        if start - b > _SEASON_REACH:
            return None
        if f["type"] == "date" and (sv := _SEASON_VALUE.fullmatch(str(f["value"]))):
            ref = int(sv[1]) * 4 + _SEASON_INDEX[sv[2]]
            y = min((int(sv[1]) + k for k in (0, -1, 1)), key=lambda y: abs(y * 4 + _SEASON_INDEX[code] - ref))
            return (y, f["value"]) if f"{y}-{code}" != f["value"] else None
    return None


_ORDINAL_DECADE = re.compile(r"\s+(?P<n>الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الاخير)\s+من\s+"
                             r"(?:(?P<c>القرن\s+(?:الحالي|الماضي|العشرين|الحادي\s+والعشرين|الواحد\s+والعشرين))|"
                             r"(?P<k>الالفيه(?:\s+(?:الجديده|الثالثه|الحاليه))?))(?!\w)")


def _ordinal_decade(od: re.Match, start: int) -> list:
    """``العقد الأول من القرن الحالي`` / ``من الألفية`` (with ``مطلع``/``منتصف``/``أواخر`` before it): the decade counted
    in that century, ``200`` for the first of the 21st (seventeenth round: it was the current decade, ``201``, or
    nothing); ``العقد الثالث من العمر`` (an age) is left out.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("في أوائل العقد الأول من القرن الحالي، وفي العقد الأول من الألفية الجديدة", "2015-07-26")]
        [('أوائل العقد الأول من القرن الحالي', '200'), ('العقد الأول من الألفية الجديدة', '200')]
        >>> tag("ألقت الشرطة القبض على شاب في العقد الثالث من العمر", "2015-07-26")
        []
    """
    n = 10 if od.group("n") == "الاخير" else _lex()["ordinals"][od.group("n")]   # the last decade of a century
    century = 19 if od.group("c") and re.search(r"الماضي|العشرين$", od.group("c")) else 20
    return [(start, od.end(), "date", f"{century}{n - 1}", "decade", _ABS)]


_HIJRI_REPORT = re.compile(r"(?<!\w)\w*تقرير\w*(?:\s+\S+){0,3}?\s+(?:لل|ل)?(?:عام|سنه)\s+(1[34]\d\d)\s*ه(?!\w)")
_COMPARED = re.compile(r"(?<!\w)(?:مقارنه|قياسا|عن|مع)\s*$")


def _hijri_report_year(ctx: _Ctx) -> int | None:
    """The Hijri year an annual report in the text covers (``تقريرها السنوي الـ 36 للعام 1435هـ``), when the text
    names no Gregorian year: its deictic years count in Hijri years (blind5's convention). The report's ``هذا العام``
    and a bare ``العام الماضي`` are that year; ``العام السابق`` and a year it is compared with (``مقارنة بالعام
    الماضي``، ``نمو عن العام الماضي``) the year before.

    Example:
        >>> text = "بلغت أرباح المؤسسة في العام الماضي 9 مليارات. وأوضحت في تقريرها السنوي للعام 1435هـ نموا عن العام السابق"
        >>> [(t["text"], t["value"]) for t in tag(text, "2015-07-21")]
        [('العام الماضي', '2013-11-04/2014-10-24'), ('لعام 1435هـ', '2013-11-04/2014-10-24'), ('العام السابق', '2012-11-15/2013-11-03')]
    """
    def compute():
        m = _HIJRI_REPORT.search(ctx.key) if "تقرير" in ctx.key else None
        return int(m.group(1)) if m and not re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", ctx.key) else None

    return ctx.fact("hijri_report", compute)


def _compared_with(m, ctx: _Ctx, start: int) -> bool:
    """A year the clause compares with: ``مقارنة بالعام الماضي``، ``نمو عن العام الماضي``."""
    before = ctx.before(start - len(m.group("cl") or ""), 16) if "ب" in (m.group("cl") or "") else ctx.before(start, 16)
    return bool(_COMPARED.search(before)) or bool(re.search(r"مقارنه\s*$", ctx.before(start, 12)))


def _week_base(ctx: _Ctx, rel: int) -> dt.date:
    """The day whose ISO week is "this week": publication, or in a Saudi outlet on a Sunday the day after
    (the Sunday–Thursday work week is labelled by its Monday).

    Example:
        >>> c = _Ctx("الأسبوع الماضي", dt.date(2015, 7, 26), "sun")   # a Sunday
        >>> _shift(_week_base(c, -1), "W", -1)[0], _shift(_week_base(_Ctx("", dt.date(2015, 7, 26)), -1), "W", -1)[0]
        ('2015-W30', '2015-W29')
    """
    if ctx.week == "sun" and ctx.dct.weekday() == 6:
        return ctx.dct + dt.timedelta(days=1)
    return ctx.dct


def _weekend_start(ctx: _Ctx, base: dt.date) -> dt.date:
    """First day of the weekend of the week of ``base``: Saturday (ISO) or Friday (Saudi week)."""
    monday = base - dt.timedelta(days=base.weekday())
    return monday + dt.timedelta(days=4 if ctx.week == "sun" else 5)


def _quarter_relative(m, ctx: _Ctx, rel: int | None, start: int, end: int, word: str | None = None):
    """الربع الحالي، الربع الماضي، الربع السابق، الربع المقبل: from the quarter the article reports
    (the nearest quarter named before), else from publication. السابق/التالي (and الذي يسبقه) count from the context,
    الماضي/المقبل from publication; الحالي/الجاري is the reported quarter itself."""
    fiscal = m.group("p_fisc") or m.group("p_fisc2")
    if rel is None and not fiscal:
        return None
    ctx_q = _context_period(ctx, start, "Q")
    if rel is None:
        # الربع السنوي، ربعها المالي: the reported quarter, else the last complete one
        if ctx_q:
            return [(start, end, "date", ctx_q[3], "quarter", ctx_q[3])]
        if ctx.dct is None:
            return [(start, end, "date", None, "quarter", None)]
        rel = -1
    if ctx_q and (rel == 0 or word in ("السابق", "التالي")):
        y, q = _shift_period(ctx_q[0], "Q", ctx_q[2], rel)
        return [(start, end, "date", f"{y}-Q{q}", "quarter", ctx_q[3])]
    if ctx.dct is None:
        return [(start, end, "date", None, "quarter", None)]
    cy, cq = _current(ctx.dct, "Q")
    y, q = _shift_period(cy, "Q", cq, rel)
    return [(start, end, "date", f"{y}-Q{q}", "quarter", ctx.anchor)]


def _results_quarter(m, ctx: _Ctx, start: int, end: int):
    """A bare ``للربع`` right after a figure of a results statement (``time_context.tsv`` kind ``results_figure``:
    ``أرباحها للربع بلغت``) is the quarter the statement reports: the quarter named before, else the last complete one
    (twenty-eighth round).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("غير أن أرباحها للربع بلغت فقط 1.8 مليار دولار", "2015-07-21")]
        [('للربع', '2015-Q2')]
    """
    if m.group("p_unit") != "للربع" or any(m.group(g) for g in ("p_fisc", "p_q", "p_hij", "p_prev", "p_year", "p_of", "p_ofyear", "p_mod", "p_this")):
        return None
    if not _before_re()["results_figure"].search(ctx.before(start, 24)):
        return None
    if ctx_q := _context_period(ctx, start, "Q"):
        return [(start, end, "date", ctx_q[3], "quarter", ctx_q[3])]
    if ctx.dct is None:
        return None
    cy, cq = _current(ctx.dct, "Q")
    y, q = _shift_period(cy, "Q", cq, -1)
    return [(start, end, "date", f"{y}-Q{q}", "quarter", ctx.anchor)]


def _context_year(ctx: _Ctx, pos: int) -> int | None:
    """The Gregorian year the text is talking about at ``pos``: an absolute year, quarter, half or month named
    earlier in the same sentence, or in the sentence before it (في عام 2011 … وفي أبريل)."""
    here = pos - len(ctx.sentence_before(pos))
    prev = ctx.key[max(0, here - 300):max(0, here - 1)]
    cut = max(prev.rfind(c) for c in ".!؟?\n")
    lo = here if "\n" in ctx.key[max(0, here - 2):here + 1] else max(0, here - 1) - len(prev) + cut + 1
    for f, (a, b) in zip(reversed(ctx.found), reversed(ctx.kspans)):
        if b > pos:
            continue
        if a < lo:
            return None
        if a in ctx.names and a < here:
            continue  # … يشملها اتفاق 1997. وبعد سنتين … في نوفمبر: a name in the sentence before, not the story's year
        if f["anchor"] == _ABS and f["type"] == "date" and _comparison_period(ctx, a, b):
            continue  # مقارنة بالربع المماثل من 2014، فيما تراجعت المديونية خلال الربع الثاني: the report's year, 2015
        if f["anchor"] == _ABS and f["type"] == "date" and (p := _period_of(f["value"])) is not None:
            if not 1900 <= p[0] <= 2100:
                return None
            if a < here and p[1] != "Y":
                return None  # from the sentence before, only a year said as such (عام 2011)
            if re.search(r"(?:منذ|قبل|بعد)(?:\s+\S+){0,4}\s*$", ctx.key[max(0, a - 40):a]):
                return None  # منذ الغزو في فبراير 2022: a starting point, not the year of the story
            return p[0]
    return None


_SAME_WORD = re.compile(r"(?<!\w)(?:ال)?(?:مماثل|مماثله|نظير|نفس|ذات)(?!\w)")
_COMPARED_BEFORE = re.compile(r"(?:مقارنه\s*(?:ب|مع|ل)?|بالمقارنه\s+مع|مقابل|قياسا\s+(?:ب|الي))\s*(?:ال|ب|بال)?$")


def _comparison_period(ctx: _Ctx, a: int, b: int) -> bool:
    """Is the row at key[a:b] a period the report compares with (``الربع المماثل من 2014``، ``الفترة المماثلة من
    2014``، ``مقارنة بعام 2013``) rather than the one it reports? Such a year does not date a bare quarter or month
    after it (twenty-third round: a results statement of July 2015, ``… مقارنة بالربع المماثل من 2014، فيما تراجع صافي
    مديونية الشركة خلال الربع الثاني`` is ``2015-Q2``).

    Example:
        >>> text = "ارتفعت النقدية خلال الربع الثاني من 2015 مقارنة بالربع المماثل من 2014، فيما تراجعت المديونية خلال الربع الثاني"
        >>> [t["value"] for t in tag(text, "2015-07-31")]
        ['2015-Q2', '2014-Q2', '2015-Q2']
    """
    return bool(_SAME_WORD.search(ctx.key, a, b) or _COMPARED_BEFORE.search(ctx.key, max(0, a - 20), a))


def _date_without_year(word: str | None, has_of) -> bool:
    """``نفس التاريخ`` / ``ذات التاريخ`` is a date only with the year it is moved to (``نفس التاريخ في العام السابق``):
    alone it is "the same day" without a day named, or ``ذات التاريخ`` "with a history".

    Example:
        >>> [(t["text"], t["value"]) for t in tag("إغلاق نهاية يونيو 2015 بنفس التاريخ في العام السابق عليه", "2015-07-26")]
        [('نهاية يونيو 2015', '2015-06'), ('نفس التاريخ في العام السابق', '2014-06')]
        >>> tag("والإنجليزية ذات التاريخ الذي يعود إلى قرون", "2015-07-26")
        []
    """
    return word is not None and re.sub(r"^لل", "ال", word) == "التاريخ" and not has_of


def _h_same(m, ctx: _Ctx):
    """نفس الربع من العام الماضي، الفترة المماثلة من عام 2013، الفترة الحالية: the period the article is
    reporting (the nearest quarter or half named before; for الفترة also a month or a year), moved to the
    year the text names; a bare الفترة المماثلة is one year back, a bare نفس الفترة the period itself.
    Without a reported period: the last complete quarter or half before publication."""
    start, end = m.start("R_same"), m.end("R_same")
    word = m.group("sm_u1") or m.group("sm_u2")
    unit = _lex()["periods"][re.sub(r"^لل", "ال", word)] if word else "P"
    y_txt = m.group("sm_year") or m.group("sm_year2")
    has_of = y_txt or m.group("sm_rel")
    key = _SPACES.sub(" ", m.group("R_same"))
    similar = m.group("sm_u2") is not None and not re.search(r"(?:نفس|ذات)\S*$", key.split(" ")[1] if " " in key else "")
    if _date_without_year(word, has_of):
        return None
    if m.group("sm_this"):
        return _this_period(ctx, start, end, has_of)
    base = _context_period(ctx, start, {"Q": "Q", "H": "H", "M": "M", "P": "QH,M,Y"}[unit])
    first = _range_first_month(ctx, start, base) if base is not None and base[1] == "M" else None
    if m.group("sm_cur") or not has_of:
        if base is None:
            return None
        if not m.group("sm_cur") and not similar and _same_span_of_years(ctx, start, base):
            return None
        if m.group("sm_cur") or not similar:
            if first:
                return [(start, end, "date", _months_interval(base[0], first, base[2]), "month", base[3])]
            return [(start, end, "date", base[3], _period_value(*base[:3])[1], base[3])]
        if first:
            return [(start, end, "date", _months_interval(base[0] - 1, first, base[2]), "month", base[3])]
        value, gran = _period_value(base[0] - 1, base[1], base[2])  # الفترة المماثلة: one year back
        return [(start, end, "date", value, gran, base[3])]
    if base is None:
        if ctx.dct is None:
            return [(start, end, "date", None, "year", None)]
        if unit == "P":
            base = (ctx.dct.year, "Y", 0, ctx.anchor)
        else:
            cy, cn = _current(ctx.dct, unit)
            y, n = _shift_period(cy, unit, cn, -1)
            base = (y, unit, n, ctx.anchor)
    anchor = base[3]
    if y_txt:
        yr = _year_from(y_txt, m.group("sm_era"), keyword=True)
        if not yr or yr[1]:
            return None
        y, anchor = yr[0], _ABS
    else:
        rel = _rel_shift(m.group("sm_rel"), ctx, "Y")
        if rel is None:
            return None
        y = base[0] + rel  # the same quarter one year back from the reported one, not from publication
    if first:
        return [(start, end, "date", _months_interval(y, first, base[2]), "month", anchor)]
    value, gran = _period_value(y, base[1], base[2])
    return [(start, end, "date", value, gran, anchor)]


_MONTH_RANGE_GAP = re.compile(r"\s*[،,]?\s*(?:و|الي|حتي|وحتي|-|–)\s*(?:شهر\s+)?")


def _range_first_month(ctx: _Ctx, pos: int, base: tuple) -> int | None:
    """The first month of a range of months whose second end is the reported month ``base`` (``بين يناير/كانون الثاني
    وسبتمبر/أيلول 2015``، ``يناير وفبراير من العام الحالي``، ``من أبريل حتى يونيو``), both of one year: then ``نفس الفترة``
    after it is the whole range (twenty-third round, an open kind of the twenty-second). ``None`` otherwise.

    Example:
        >>> text = "وفي الفترة ما بين يناير/كانون الثاني، وسبتمبر/أيلول 2015، قدم إلى مصر 728,942 سائحا. وانخفضت الأعداد عن نفس الفترة عام 2016"
        >>> [t["value"] for t in tag(text, "2017-08-11")][-1]
        '2016-01-01/2016-09-30'
    """
    rows = [(f, ab) for f, ab in zip(ctx.found, ctx.kspans) if ab[1] <= pos]
    for i in range(len(rows) - 1, 0, -1):
        f, (a, b) = rows[i]
        if f["value"] != base[3]:
            continue
        p, (pa, pb) = rows[i - 1]
        per = _period_of(p["value"]) if p["type"] == "date" else None
        if per and per[1] == "M" and per[0] == base[0] and per[2] < base[2] and _MONTH_RANGE_GAP.fullmatch(ctx.key, pb, a):
            return per[2]
        return None
    return None


def _months_interval(y: int, m1: int, m2: int) -> str:
    """The interval of months ``m1`` to ``m2`` of year ``y`` (``2016-01-01/2016-09-30``); a calendar quarter, half or
    year by its name (April to June = ``2016-Q2``), as :func:`_h_firstmonths` reads the first months of a year.

    Example:
        >>> _months_interval(2016, 1, 9), _months_interval(2016, 4, 6), _months_interval(2016, 7, 12)
        ('2016-01-01/2016-09-30', '2016-Q2', '2016-H2')
    """
    if m1 == 1 and m2 == 12:
        return str(y)
    if m2 - m1 == 5 and m1 in (1, 7):
        return f"{y}-H{(m1 + 5) // 6}"
    if m2 - m1 == 2 and m1 % 3 == 1:
        return f"{y}-Q{(m1 + 2) // 3}"
    return f"{y}-{m1:02d}-01/{y}-{m2:02d}-{calendar.monthrange(y, m2)[1]:02d}"


def _transfer_summer(ctx: _Ctx, start: int, unit_w: str) -> bool:
    """True for a bare ``الصيف`` right after ``خلال`` in a sentence on a player's move (``time_context.tsv`` kind
    ``transfer_cue``: توقيع، صفقة، ضم، انتقل): the transfer window, this year's summer as ``فصل الصيف`` is; a summer
    of any year stays no date (``تمتاز السهب خلال الصيف بمشاهد خلابة``).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("وسيصبح ضم ميندي رابع توقيع للنادي خلال الصيف. وتزدهر الحدائق خلال الصيف.", "2017-08-11")]
        [('الصيف', '2017-SU')]
    """
    if unit_w != "الصيف" or not re.search(r"(?<!\w)[وف]?خلال\s+$", ctx.before(start, 10)):
        return False
    head = ctx.sentence_before(start)
    tail = re.split(r"[.!؟?\n]", ctx.key[start:start + 200])[0]
    return bool(_cue_re("transfer_cue").search(head) or _cue_re("transfer_cue").search(tail))


def _same_span_of_years(ctx: _Ctx, pos: int, base: tuple) -> bool:
    """True when a bare ``نفس الفترة`` / ``الفترة نفسها`` would take a year that closes a range of years
    (``بين 2001-2003 و2014-2016``، ``بين عامي 2003 و2012``، ``خلال الفترة 2011 - 2014``): after the years of a survey
    it is the span the survey covers, no date of its own (a financial statement's period is a quarter, a half or a
    month; a year named alone, ``عام 2017 … خلال الفترة نفسها``, keeps its reading).

    Example:
        >>> [t["value"] for t in tag("نما الدخل بين 2001-2003 و2014-2016، وزاد 13 في المئة خلال نفس الفترة.", "2017-08-07")]
        ['2001', '2003', '2014', '2016']
        >>> [t["value"] for t in tag("ارتفعت المبيعات خلال الربع الثاني، وزادت في آسيا خلال نفس الفترة", "2015-07-29")]
        ['2015-Q2', '2015-Q2']
    """
    if base[1] != "Y":
        return False
    years = [(f, sp) for f, sp in zip(ctx.found, ctx.kspans) if sp[1] <= pos and re.fullmatch(r"\d{4}", str(f["value"]))]
    for (f1, (_, e1)), (f2, (s2, _)) in zip(years, years[1:]):
        if f2["value"] == base[3] and int(f1["value"]) < int(f2["value"]) and s2 - e1 <= 12:
            return True
    return False


def _this_period(ctx: _Ctx, start: int, end: int, has_of) -> list | None:
    """``هذه الفترة`` in a results statement: the quarter or half the text reports (named before it), as
    ``الفترة الحالية``. The expression found last before it must be a quarter or half: after another period
    (``خلال الأسبوعين القادمين`` … ``في هذه الفترة``; a Ramadan named after the half-year) it points at that, no date;
    with a year after it, no date either.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("اقترضت الحكومة خلال النصف الأول من العام الحالي 24 مليارا، ولم تقترض من الخارج خلال هذه الفترة سوى 1.9 مليار", "2015-07-22")]
        [('النصف الأول من العام الحالي', '2015-H1'), ('هذه الفترة', '2015-H1')]
        >>> tag("يستعد النادي خلال الأسبوعين القادمين للسداد، وفي هذه الفترة يعود اللاعب", "2015-07-21")[-1]["text"]
        'الأسبوعين القادمين'
    """
    last = next((f for f, (_, b) in zip(reversed(ctx.found), reversed(ctx.kspans)) if b <= start), None)
    if has_of or last is None or not ((p := _period_of(last["value"])) and p[1] in "QH"):
        return None
    base = _context_period(ctx, start, "QH")
    if base is None:
        return None
    return [(start, end, "date", base[3], _period_value(*base[:3])[1], base[3])]


def _hijri_first_months(ctx: _Ctx, start: int, end: int, n: int, y_txt: str | None, rel: str | None) -> list | None:
    """The first ``n`` months of a Hijri year (``من العام الهجري الحالي``، ``من العام الهجري 1436``): the Umm al-Qura
    days from 1 Muharram to the end of month ``n``, not a Gregorian half (left by the twenty-fifth round).

    Example:
        >>> [t["value"] for t in tag("خلال الست أشهر الأولى من العام الهجري الحالي", "2015-07-21")]
        ['2014-10-25/2015-04-19']
    """
    if y_txt:
        hy, anchor = int(y_txt), _ABS
    else:
        if ctx.dct is None:
            return [(start, end, "date", None, "month", None)]
        shift = _rel_shift(rel, ctx, "Y") if rel else 0
        if shift is None:
            return None
        hy, anchor = _hijri_of(ctx.dct)[0] + shift, ctx.anchor
    first, last = _hijri_month_span(hy, 1), _hijri_month_span(hy, n)
    if not first or not last:
        return None
    return [(start, end, "date", f"{_iso(first[0])}/{_iso(last[1])}", "month", anchor)]


def _h_firstmonths(m, ctx: _Ctx):
    """الأشهر الستة الأولى من العام الجاري = ``2015-H1``; the first three months a quarter, nine an interval."""
    n = _number(m.group("fm_n") or m.group("fm_n2") or m.group("fm_n3"))  # أول ستة أشهر من السنة too
    if n not in (3, 6, 9, 12):
        return None
    start, end = m.start("R_firstmonths"), m.end("R_firstmonths")
    y_txt = m.group("fm_year") or m.group("fm_year2")
    if m.group("fm_hij"):
        return _hijri_first_months(ctx, start, end, n, y_txt, m.group("fm_rel"))
    if y_txt:
        yr = _year_from(y_txt, m.group("fm_era"), keyword=True)
        if not yr or yr[1]:
            return None
        y, anchor = yr[0], _ABS
    else:
        rel = _rel_shift(m.group("fm_rel"), ctx, "Y") if m.group("fm_rel") else 0
        if rel is None:
            return None
        if ctx.dct is None:
            return [(start, end, "date", None, "month", None)]
        y, anchor = ctx.dct.year + rel, ctx.anchor
    return [(start, end, "date", _months_interval(y, 1, n), _FIRST_MONTHS_GRAN.get(n, "month"), anchor)]  # 2015-Q1, 2015-H1, 2015, months 1–9


_FIRST_MONTHS_GRAN = {3: "quarter", 6: "half", 12: "year"}


def _season_start(ctx: _Ctx, word: str, start: int | None = None, end: int | None = None) -> int | None:
    """First year of the sports season (August to May) that الموسم الماضي/الحالي/المقبل/الجديد names at publication.

    In the summer break (June to August, any outlet) the last season is the one just ended and the new or next one
    the one about to start; هذا الموسم / الموسم الحالي then is the one just ended unless its sentence speaks of the
    coming one (:func:`_season_coming`). ``start``/``end`` are the key offsets of the expression (for that sentence).

    Example:
        >>> [t["value"] for t in tag("سجل كوستا 28 هدفا في 35 مباراة هذا الموسم مع تشيلسي.", "2017-08-11")]
        ['2016/2017']
        >>> [t["value"] for t in tag("وفيدال هو ثاني لاعب يتعاقد معه بايرن ميونيخ هذا الموسم.", "2015-07-24")]
        ['2015/2016']
        >>> [t["value"] for t in tag("وأصبحت فرص الفريق في الوصول إلى دوري الأبطال الموسم المقبل شبه منعدمة.", "2017-08-11")]
        ['2017/2018']
    """
    s = _lex()["rel"].get(word)
    if s is None or ctx.dct is None:
        return None
    y, mo = ctx.dct.year, ctx.dct.month
    off = mo in (6, 7, 8)  # the summer break: leagues end in May and start in August
    cur = y if mo >= 9 else y - 1  # the season under way, or just ended in the break
    if s == "new":
        return cur + 1 if off else cur
    k = int(s)
    if k < 0:
        if off and _this_season_ended(ctx):
            return cur + k  # هذا الموسم on the page is the season just ended: الموسم الماضي is the one before it
        return (cur if off else cur - 1) + k + 1  # الموسم قبل الماضي: one more back
    if k > 0:
        return cur + 1
    if off and start is not None and _season_coming(ctx, start, end):
        return cur + 1
    return cur


def _season_coming(ctx: _Ctx, start: int, end: int) -> bool:
    """True when the sentence of هذا الموسم / الموسم الحالي at key offsets ``start:end`` speaks of the coming season:
    a word of ``time_context.tsv`` kind ``season_coming`` (transfers, a camp, a start: يتعاقد، معسكر، يبدأ) in it,
    or الجديد / المقبل right after (هذا الموسم الجديد).

    Example:
        >>> [t["value"] for t in tag("وفيدال ثاني لاعب يتعاقد معه بايرن هذا الموسم. وسجل 28 هدفا هذا الموسم.", "2015-07-24")]
        ['2015/2016', '2014/2015']

        Set against الموسم القادم / المقبل later in its sentence, it is the season ending, whatever the cues:

        >>> [t["value"] for t in tag("تستعد الإدارة لسداد مستحقات انتقال اللاعب خلال هذا الموسم للتركيز على الموسم القادم في الدوري", "2015-07-21")]
        ['2014/2015', '2015/2016']
    """
    head = ctx.sentence_before(start)
    tail = re.split(r"[.!؟?\n]", ctx.key[end:end + 200])[0]
    if re.match(r"\s+(?:الجديد|المقبل|القادم)(?!\w)", tail):
        return True
    if _NEXT_SEASON.search(tail):
        return False  # خلال هذا الموسم … متطلبات الموسم القادم: set against the next one, this is the season ending
    if _future_before_season(ctx, start):
        return True
    return bool(_cue_re("season_coming").search(head) or _cue_re("season_coming").search(tail))


def _future_before_season(ctx: _Ctx, start: int) -> bool:
    """True when a future verb stands in the clause right before هذا الموسم (``سترون فريقا مختلفا هذا الموسم``، ``سيكون
    هذا الموسم``): the season to come, as a coming cue makes it (twenty-second round). The clause opens at a comma or
    a full stop, so a future verb of another clause (``سيغيب … ، وسجل 28 هدفا هذا الموسم``) does not count.

    Example:
        >>> [t["value"] for t in tag("وبإذن الله سترون فريقا مختلفا هذا الموسم، وسجل المهاجم 28 هدفا هذا الموسم.", "2015-07-22")]
        ['2015/2016', '2014/2015']
    """
    clause = re.split(r"[،,؛:.!؟?\n]", ctx.sentence_before(start)[-120:])[-1]
    # the prefix س / سوف only: يتوقع أن يغادر تيري … هذا الموسم (a forecast in May) is the season ending; not a name
    # in ستا / ستو / ستي (ستامفورد بريدج، ستوك، ستيفن)
    return any(re.match(r"[وف]?(?:سوف$|س[يتن](?![اوي]))", f.group()) for f in _future_re().finditer(clause))


def _this_season_ended(ctx: _Ctx) -> bool:
    """True when the text names هذا الموسم as the season just ended (summer break, no coming cue):
    its الموسم الماضي / المنصرم / السابق is then one season earlier (twenty-first round, blind12's BBC pages). Not when
    its sentence sets it against الموسم القادم / المقبل: that هذا الموسم is the season ending, the same as الماضي.

    Example:
        >>> [t["value"] for t in tag("سجل اللاعب 5 أهداف هذا الموسم. وسجل 18 هدفا الموسم الماضي في الدوري.", "2017-08-11")]
        ['2016/2017', '2015/2016']
        >>> [t["value"] for t in tag("وسجل اللاعب 18 هدفا الموسم الماضي في الدوري.", "2017-08-11")]
        ['2016/2017']
    """
    def compute():
        if _RUNNING_SEASON.search(ctx.key):
            return False  # الموسم الحالي in July: a league still running late (the Egyptian one of 2014/2015)
        for m in _THIS_SEASON.finditer(ctx.key):
            tail = re.split(r"[.!؟?\n]", ctx.key[m.end():m.end() + 200])[0]
            if not _season_coming(ctx, m.start(), m.end()) and not _NEXT_SEASON.search(tail):
                return True  # خلال هذا الموسم … الموسم القادم (blind4): the season ending, the same as الماضي
        return False
    return ctx.fact("this_season_ended", compute)


# هذا الموسم only, on a page without الموسم الحالي / الجاري: in July that may be a league still running late (the Egyptian
# league of 2014/2015), its الموسم الماضي the European season just ended
_RUNNING_SEASON = re.compile(r"(?<!\w)[وفبل]?(?:ال|لل)موسم\s+(?:الحالي|الجاري)(?!\w)")
_THIS_SEASON = re.compile(r"(?<!\w)[وفبل]?هذا\s+الموسم(?!\s+(?:الجديد|المقبل|القادم)(?!\w))(?!\w)")
_NEXT_SEASON = re.compile(r"(?<!\w)[وفبل]?(?:ال|لل)موسم\s+(?:القادم|المقبل)(?!\w)")  # not الجديد: the new season is this one in the transfer window


def _sport_text(ctx: _Ctx) -> bool:
    """True when the text speaks of sport (a word of ``time_context.tsv`` kind ``sport_cue``: دوري، مباراة، لاعب);
    a season without years (هذا الموسم، الموسم الماضي) is a sports season only then, not a fashion or drama season.

    Example:
        >>> _sport_text(_Ctx(_k("أبدع المصممون هذا الموسم"), None)), _sport_text(_Ctx(_k("سجل اللاعب هدفين"), None))
        (False, True)
    """
    return ctx.fact("sport", lambda: bool(_cue_re("sport_cue").search(ctx.key)))


@lru_cache(maxsize=None)
def _cue_re(kind: str) -> re.Pattern:
    """Any word of ``time_context.tsv`` kind ``kind`` as a whole word, after an optional clitic and article."""
    return re.compile(rf"(?<!\w)(?:[وفبل]|وب|ول|فب)?(?:ال)?(?:{_alt(_lex()['context'][kind])})(?!\w)")


def _h_season(m, ctx: _Ctx):
    """موسم 2016/ 2017 = ``2016/2017`` (one season, a year interval); الموسم الماضي in July 2015 = ``2014/2015``."""
    start, end = m.start("R_season"), m.end("R_season")
    if m.group("se_a") or m.group("se_a2"):
        # موسم 2016/ 2017؛ الموسم الرياضي الجديد 2015 – 2016 م: the years written out win over the word
        a, b = (int(m.group("se_a")), m.group("se_b")) if m.group("se_a") else (int(m.group("se_a2")), m.group("se_b2"))
        b = int(b) if len(b) == 4 else a // 100 * 100 + int(b)
        era = (m.group("sea_era") or m.group("se_era") or "").strip() if m.group("se_a") else ""
        if b == a + 1 and 1380 <= a <= 1470 and not era.startswith("م"):
            # للموسم الرياضي 1435هـ ـ 1436هـ: a Hijri season, named by the Gregorian years it spans (the
            # season that ends in Hijri year b starts in the Gregorian year where b begins)
            g = _hijri_to_greg(b, 1, 1)
            if g is None:
                return None
            return [(start, end, "date", f"{g.year}/{g.year + 1}", "year", _ABS)]
        if b != a + 1 or not 1900 <= a <= 2100:
            return None
        return [(start, end, "date", f"{a}/{b}", "year", _ABS)]
    if not _sport_text(ctx):
        return None  # هذا الموسم in a fashion or drama page: no sports season
    ks, ke = m.start("R_season"), m.end("R_season")
    rel = "الماضي" if m.group("se_rel") == "الاخير" else m.group("se_rel")  # بنهاية الموسم الأخير: the last season
    a = _season_start(ctx, "الجاري" if m.group("se_this") else rel, ks, ke)  # هذا الموسم: the one under way
    if a is None:
        return None if ctx.dct is not None else [(start, end, "date", None, "year", None)]
    return [(start, end, "date", f"{a}/{a + 1}", "year", ctx.anchor)]


_DECADE_CONTEXT = re.compile(r"\d{4}|(?<!\w)(?:من\s+)?القرن(?!\w)")


def _contract_noun(ctx: _Ctx, start: int, end: int, this: bool = False) -> bool:
    """Is ``عقد`` at key[start:end] a contract rather than a decade (``مدة عقد اللاعب``، ``وقعت عقدين``، ``خلال عقد
    شراكات``، ``قريبة من العقد الماضي`` after ``قيمة العقود``)? ``this``: ``هذا العقد`` is a decade only with a year or
    ``القرن`` in its sentence (``وبهذا العقد يكون ليفربول قد ضم اللاعب`` is the contract just signed).

    Example:
        >>> [t["text"] for t in tag("وبهذا العقد يكون ليفربول قد نجح في ضم اللاعب، وكانت مدة عقد اللاعب 5 سنوات", "2017-08-11")]
        ['5 سنوات']
        >>> tag("وقع صلاح عقدا طويل الأمد. وبهذا العقد ينجح ليفربول في ضمه بعد فشل محاولته في 2014،", "2017-08-11")[0]["text"]
        '2014'
        >>> [t["value"] for t in tag("ارتفعت العوائد خلال العقد الماضي", "2017-08-11")]
        ['200']
    """
    pat = _before_re()
    if pat["contract_before"].search(ctx.key, max(0, start - 30), start) or pat["contract_after"].match(ctx.key, end):
        return True
    sentence = ctx.sentence_before(start)[-80:]
    if pat["contract_clause"].search(sentence):
        return True
    if this:
        if pat["contract_clause"].search(ctx.key, max(0, start - 300), start) or pat["contract_verb"].search(ctx.key, max(0, start - 300), start):
            return True  # وقع عقدا طويل الأمد … وبهذا العقد: the contract just told
        after = re.split(r"[.!؟?\n]", ctx.key[end:end + 80], maxsplit=1)[0]
        return not _DECADE_CONTEXT.search(sentence + " " + after)
    return False


def _decade_named_after(ctx: _Ctx, end: int) -> bool:
    """Is the ``عقد`` ending at key offset ``end`` followed by the decade it names (``خلال عقد الستينات``)? Then it is
    no ten-year duration: the decade word after it is the date.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("فخلال عقد الستينات طرحت المؤسسة فكرة", "2017-08-11")]
        [('الستينات', '196')]
    """
    nxt = re.match(r"\s+(\w+)", ctx.key[end:end + 20])
    return bool(nxt) and nxt.group(1) in _lex()["decades"]


def _h_decade(m, ctx: _Ctx):
    """الثمانينات → ``198``; خمسينات القرن الماضي → ``195`` (the century from the text, else the latest past one)."""
    d = _lex()["decades"][m.group("de_w")]
    anchor = _ABS
    if m.group("de_num"):
        c = int(m.group("de_num")) - 1
    elif m.group("de_ord"):
        c = (_ordinal(m.group("de_ord")) or 0) - 1
    elif m.group("de_rel"):
        s = _rel_shift(m.group("de_rel"), ctx, "CE")
        if s is None or ctx.dct is None:
            return None
        c, anchor = ctx.dct.year // 100 + s, ctx.anchor
    elif ctx.dct is not None:
        c, anchor = ctx.dct.year // 100, ctx.anchor
        if c * 100 + d * 10 > ctx.dct.year:
            c -= 1
    else:
        c = 19
    end = m.end("R_decade")
    if not (m.group("de_num") or m.group("de_ord") or m.group("de_rel")) and (hij := re.match(r"\s+(?:الهجريه|الهجري)(?!\w)", ctx.key[end:end + 12])):
        # التسعينات الهجرية: the Hijri 1390s, named by the Gregorian decade they fall in (1390 began in 1970)
        g = _hijri_to_greg(1300 + d * 10, 1, 1)
        if g is None:
            return None
        return [(m.start("R_decade"), end + len(hij.group()), "date", str(g.year // 10), "decade", _ABS)]
    if not 0 <= c <= 20:
        return None
    return [(_decade_mod_start(ctx, m.start("R_decade")), end, "date", f"{c:02d}{d}", "decade", anchor)]


def _decade_mod_start(ctx: _Ctx, start: int) -> int:
    """Where a decade's span starts: at a modifier right before it (``اواسط السبعينيات``, written without hamza),
    kept in the span as for a month; the value stays the decade (twenty-first round, blind12).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("بعد بناء سد الفرات اواسط السبعينيات من القرن الماضي", "2017-08-11")]
        [('اواسط السبعينيات من القرن الماضي', '197')]
    """
    mm = _decade_mod_re().search(ctx.key, max(0, start - 16), start)
    return mm.start(1) if mm else start


@lru_cache(maxsize=1)
def _decade_mod_re() -> re.Pattern:
    """A modifier of ``time_modifiers.tsv`` (kind mod) as a whole word, then spaces up to the decade."""
    return re.compile(rf"(?<!\w)[وفب]?({_alt(_lex()['mod'])})\s+$")


@lru_cache(maxsize=256)
def _hijri_years_of(y: int) -> range:
    """The Hijri years a Gregorian year ``y`` overlaps (1950: 1369–1370; 2024: 1445–1446), from the calendar itself —
    a fixed offset (y − 580 … y − 578) drifts a year every 33 and missed 1369 for 1950 (tl24, other years)."""
    try:
        return range(_hijri_of(dt.date(y, 1, 1))[0], _hijri_of(dt.date(y, 12, 31))[0] + 1)
    except (ValueError, OverflowError):
        return range(0)


def _holiday_date(ctx: _Ctx, days: list[tuple[int, int]], shift: int | None, year: tuple[int, bool] | None) -> dt.date | None:
    """The Gregorian day of a Hijri (month, day) — of several (العيد: الفطر or الأضحى), the nearest: in the year the
    text names, else the occurrence nearest publication (the next one after المقبل, the last one before الماضي)."""
    if year is not None:
        y, hij = year
        if hij:
            cands = [d for hm, hd in days if (d := _hijri_to_greg(y, hm, hd))]
        else:
            cands = [d for hm, hd in days for hy in _hijri_years_of(y) if (d := _hijri_to_greg(hy, hm, hd)) and d.year == y]
        return min(cands) if cands else None
    if ctx.dct is None:
        return None
    hy = _hijri_of(ctx.dct)[0]
    cands = sorted(d for hm, hd in days for k in (-1, 0, 1) if (d := _hijri_to_greg(hy + k, hm, hd)))
    if shift is not None and shift > 0:
        return next((d for d in cands if d > ctx.dct), None)
    if shift is not None and shift < 0:
        return next((d for d in reversed(cands) if d < ctx.dct), None)
    return min(cands, key=lambda d: (abs((d - ctx.dct).days), d > ctx.dct)) if cands else None


def _text_day(ctx: _Ctx, start: int, d: dt.date) -> dt.date:
    """A holiday or Hijri day ``d`` (by the calendar) as the text fixes it: the day it is said to be
    (السبت هو غرة شوال → that Saturday, up to three days off the calendar); after such a day, the same
    shift for the other holidays of the sentence (وأول أيام عيد الفطر)."""
    if ctx.found:
        prev, (a, b) = ctx.found[-1], ctx.kspans[-1]
        if (prev["type"] in ("date", "time") and prev["granularity"] in ("day", "time") and prev["value"]
                and re.fullmatch(r"\d{4}-\d{2}-\d{2}", prev["value"][:10]) and _copula_re().fullmatch(ctx.key, b, start)):
            p = dt.date.fromisoformat(prev["value"][:10])
            if 0 < abs((p - d).days) <= 3:
                ctx.hshift = (start, (p - d).days)
                return p
    if ctx.hshift and not re.search(r"[.!؟?\n]", ctx.key[ctx.hshift[0]:start]):
        return d + dt.timedelta(days=ctx.hshift[1])
    return d


@lru_cache(maxsize=1)
def _eid_re() -> tuple[re.Pattern, re.Pattern]:
    L = _lex()
    return (re.compile(_k(rf"(?<!\w)(?:{_alt(L['eid_lead'])})\s*$")),
            re.compile(_k(rf"(?<!\w)[وبل]?(?:ال)?(?P<cue>{_alt(L['eid_cue'])})(?!\w)")))


def _eid_cues(ctx: _Ctx) -> frozenset[int]:
    """The Hijri months of the Eids the text names (``time_modifiers`` kind ``eid_cue``: الفطر، رمضان → 10; الأضحى، الحج → 12)."""
    return ctx.fact("eid_cues", lambda: frozenset(_lex()["eid_cue"][c.group("cue")] for c in _eid_re()[1].finditer(ctx.key)))  # once a text


def _eid_of_text(ctx: _Ctx, m) -> list[tuple[int, int]] | None:
    """A bare العيد after a lead word (بالعيد، بعد إجازة العيد، هذا العيد) in a text that names one Eid (عيد الفطر,
    or رمضان; عيد الأضحى or الحج): that Eid's day. None when the word is a noun modifier or the Eid is unclear."""
    lead = _eid_re()[0]
    if not (m.group("ho_this") or "ب" in (m.group("cl") or "") or lead.search(ctx.before(m.start("R_holiday"), 20))):
        return None
    months = _eid_cues(ctx)
    if len(months) > 1 or _generic(ctx, m.start("R_holiday"), m.end("R_holiday")):
        return None
    if not months:
        # no cue: the Eid of the days around publication (a text of the week after the Eid), else none
        d = _holiday_date(ctx, [(10, 1), (12, 10)], None, None)
        if d is None or ctx.dct is None or abs((d - ctx.dct).days) > 14:
            return None
        return [(10, 1)] if _hijri_of(d)[1] == 10 else [(12, 10)]
    return [(12, 10)] if months == {12} else [(10, 1)]


def _holiday_name(m) -> str:
    """The ``time_holidays`` key of a holiday match. ``اليوم الثاني من العيد`` / ``اليوم الأول من أيام عيد الفطر`` /
    ``اليوم الثالث لعيد الفطر`` / ``اليوم الأول للعيد`` count days from the holiday, as ``ثاني أيام العيد`` does
    (thirteenth round, a corpus audit: 25 such phrases); in ``للعيد`` the article is merged into لـ.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("قتل سبعة مدنيين في اليوم الأول للعيد، وفي اليوم الثاني من عيد الفطر", "2015-07-21")]
        [('اليوم الأول للعيد', '2015-07-17'), ('اليوم الثاني من عيد الفطر', '2015-07-18')]
    """
    return "العيد" if m.group("ho_lname") else _SPACES.sub(" ", m.group("ho_name"))


def _h_holiday(m, ctx: _Ctx):
    """عيد الفطر، ثاني أيام عيد الأضحى، ليلة القدر، العشر الأواخر من رمضان: a day (or days) of the Umm al-Qura
    calendar (``time_holidays``). A holiday that means its days (إجازة عيد الفطر) is its first day; the night
    before a day is named after that day (ليلة العيد).

    Example:
        >>> [t["value"] for t in tag("ثاني أيام عيد الفطر", "2015-07-26")]
        ['2015-07-18']
    """
    days, last, alone = _lex()["holidays"][_holiday_name(m)]
    if not (m.group("ho_ord") or m.group("ho_ord2") or m.group("ho_pre") or m.group("ho_this") or m.group("ho_year")) and _before_re()["holiday_modifier"].search(ctx.before(m.start("R_holiday"), 16)):
        return None  # هدايا عيد الفطر، صلاة عيد الفطر: a thing of the holiday, not its date (with a year, the date: صلاة عيد الأضحى عام 2020)
    if not alone and not (m.group("ho_ord") or m.group("ho_ord2") or m.group("ho_pre")):
        days = _eid_of_text(ctx, m)
        if days is None:
            return None  # كسوة العيد: the word alone is no date
    if len(days) > 1 and len(cues := _eid_cues(ctx)) == 1:
        days = [d for d in days if d[0] in cues] or days  # أيام العيد in a text of رمضان: Eid al-Fitr, not the nearer Adha
    k = _lex()["ord_head"].get(m.group("ho_ord") or m.group("ho_ord2") or "", 1)
    year = None
    if m.group("ho_year"):
        year = _year_from(m.group("ho_year"), m.group("ho_era"), keyword=True)
        if year is None:
            return None
    shift = _rel_shift(m.group("ho_rel"), ctx, "Y") if m.group("ho_rel") else None
    start, end = m.start("R_holiday"), m.end("R_holiday")
    if m.group("ho_rel") and shift is None:
        end = m.start("ho_rel") - 1
    d = _holiday_date(ctx, days, shift, year)
    anchor = _ABS if year else (ctx.anchor if d else None)
    if d is None:
        return [(start, end, "date", None, "day", anchor)]
    if year is None and not last:
        d = _text_day(ctx, start, d + dt.timedelta(days=k - 1)) - dt.timedelta(days=k - 1)
    if last:
        # العشر الأواخر من رمضان: to the month's last day (29 or 30)
        hy, hm, hd = _hijri_of(d)
        sp = _hijri_month_span(hy, hm)
        b = min(d + dt.timedelta(days=last - hd), sp[1]) if sp else d
        return [(start, end, "date", f"{_iso(d)}/{_iso(b)}", "day", anchor)]
    pod = _pod_before_holiday(ctx, start)
    if pod is not None:
        return [(pod[0], end, "time", f"{_iso(d + dt.timedelta(days=k - 1))}T{pod[1]}", "day", anchor)]
    return [(start, end, "date", _iso(d + dt.timedelta(days=k - 1)), "day", anchor)]


@lru_cache(maxsize=1)
def _pod_holiday_re() -> re.Pattern:
    words = [w for w, (code, _) in _lex()["parts"].items() if code != "NI" and not w.endswith("ا")]
    return re.compile(rf"(?<!\w)[وف]?({_alt(words)})\s+(?:يوم\s+)?$")


def _pod_before_holiday(ctx: _Ctx, start: int) -> tuple[int, str] | None:
    """A part of the day right before a holiday's day (``صباح عيد الفطر``، ``مساء يوم عيد الفطر``): its start and TIMEX3
    code, the day's part as after a weekday (tl26 audit). The night (``ليلة العيد``) stays the holiday's day.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("يتم تبادل التهاني بين الأهالي صباح عيد الفطر المبارك", "2015-07-23")]
        [('صباح عيد الفطر المبارك', '2015-07-17TMO')]
    """
    m = _pod_holiday_re().search(ctx.key, max(0, start - 20), start)
    if m is None:
        return None
    return m.start(1), _lex()["parts"][m.group(1)][0]


def _h_mlast(m, ctx: _Ctx):
    """The last day or days of a month (``time_modifiers`` kind ``last``), the whole phrase one expression.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("في الأسبوع الأخير من شهر رمضان المبارك", "2015-07-26")]
        [('الأسبوع الأخير من شهر رمضان المبارك', '2015-07-10/2015-07-16')]
    """
    m2 = _grammar()[1]["mon"].match(ctx.key, m.start("ml_mon"))
    out = _h_mon(m2, ctx) if m2 else None
    if not out or len(out) != 1:
        return None
    _, end, typ, value, _, anchor = out[0]
    a, b = _span_of(value)
    if b is None or a == b:
        return None
    word = _SPACES.sub(" ", m.group("ml_last"))
    if word in _lex()["nth_week"]:
        return _nth_week_of_month(ctx, m.start("R_mlast"), end, a, b, _lex()["nth_week"][word], anchor)
    n = _lex()["last"][word]
    a = max(a, b - dt.timedelta(days=n - 1))
    value = _iso(b) if a == b else f"{_iso(a)}/{_iso(b)}"
    return [(m.start("R_mlast"), end, "date", value, "day", anchor)]


_END_BEFORE = re.compile(r"(?<!\w)[وب]?نهايه\s+$")


def _nth_week_of_month(ctx: _Ctx, start: int, end: int, a: dt.date, b: dt.date, n: int, anchor):
    """The n-th week of a month: its days 7(n−1)+1 to 7n as an interval (``الأسبوع الثاني من شهر يوليو الجاري`` =
    ``2015-07-08/2015-07-14``), as ``الأسبوع الأخير من`` is its last seven days; with ``نهاية`` before it, the weekend that
    closes those days, labelled by the ISO week of the last one (``نهاية الأسبوع الأول من شهر أغسطس المقبل`` =
    ``2015-W32-WE``, blind12's reading; twenty-second round).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("سيلتحق بالمعسكر نهاية الأسبوع الأول من شهر أغسطس المقبل، وبدأت الحملة في الأسبوع الثالث من شهر رمضان", "2015-07-21")]
        [('نهاية الأسبوع الأول من شهر أغسطس المقبل', '2015-W32-WE'), ('الأسبوع الثالث من شهر رمضان', '2015-07-02/2015-07-08')]
    """
    a = a + dt.timedelta(days=7 * (n - 1))
    if a > b:
        return None
    b = min(b, a + dt.timedelta(days=6))
    if (e := _END_BEFORE.search(ctx.key, max(0, start - 10), start)):
        return [(e.start() + (e.group()[0] in "وب"), end, "date", f"{_week(b)}-WE", "week", anchor)]
    return [(start, end, "date", f"{_iso(a)}/{_iso(b)}", "day", anchor)]


@lru_cache(maxsize=1)
def _of_year_re() -> re.Pattern:
    return re.compile(_k(rf"\s*[،,]?\s+(?:من\s+)?(?:(?:العام|السنه)\s+(?P<rel>{_alt(_lex()['rel'])})|(?P<this>هذا\s+العام|هذه\s+السنه))(?!\w)"))


def _of_year(ctx: _Ctx, end: int) -> tuple[int, int] | None:
    """(year, end) of ``من العام الماضي`` / ``العام المقبل`` / ``هذا العام`` right after a month or a day: أغسطس من
    العام الماضي is August of last year, one expression; ``يونيو/ حزيران هذا العام`` June of this year (twelfth round,
    as ``الربع الثاني من هذا العام``).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("عقب استفتاء أجري في يونيو/ حزيران هذا العام.", "2017-08-11")]
        [('يونيو/ حزيران هذا العام', '2017-06')]
    """
    m = _of_year_re().match(ctx.key, end)
    if not m or ctx.dct is None:
        return None
    if m.group("this"):
        return ctx.dct.year, m.end()
    shift = _rel_shift(m.group("rel"), ctx, "Y")
    return (ctx.dct.year + shift, m.end()) if shift is not None else None


_SAME_YEAR = re.compile(r"\s+من\s+(?:(?:نفس|ذات|ذلك|تلك)\s+(?:العام|السنه)|(?:العام|السنه)\s+(?:نفسه|نفسها|ذاته|ذاتها))(?!\w)")
# A bare رمضان is a date after a word that points at its time (موسم رمضان، قبل رمضان، منذ رمضان); after في or
# خلال it is as often a habit (الصيام في رمضان، المقبلات في رمضان) and stays out, like a name after عن، مع، و.


def _month_is_verb(m, before: str) -> bool:
    """``يوليه`` after a relative word (``time_context.tsv`` kind ``verb_lead``) is the verb "gives", no July: ``الدعم
    الذي يوليه``، ``بما يوليه خادم الحرمين`` (seventeenth round: 4 such rows in 2,446 articles were 2015-07).

    Example:
        >>> tag("يؤكد الاهتمام الكبير الذي يوليه المطورون للصناديق، بما يوليه الأمير من اهتمام", "2015-07-22")
        []
        >>> [t["value"] for t in tag("تأسس الصندوق في يوليه الماضي", "2015-08-22")]
        ['2015-07']
    """
    return m.group("m_mon") == "يوليه" and not m.group("m_mon2") and bool(_before_re()["verb_lead"].search(before))


@lru_cache(maxsize=1)
def _brand_re() -> tuple[re.Pattern, re.Pattern]:
    ctx = _lex()["context"]
    return (re.compile(rf"(?<!\w)[وفبل]?(?:{_alt(ctx['brand_before'])})\s+[\"«“]?\s*(?:\S+\s+)?$"),
            re.compile(rf"\s*[\"»”]?\s+(?:[وف]?(?:{_alt(ctx['brand_after'])})(?!\w)|[A-Za-z])"))


def _month_is_brand(m, ctx: _Ctx, before: str) -> bool:
    """True when a bare ``نيسان`` (the Levantine April) is the car maker: after a word of cars (``سيارة``، ``من نوعي``،
    ``طراز داتسون``; one more word may stand between) or before a model or another maker (``نيسان موتور``، ``نيسان
    باترول``، ``نيسان وفورد``, Latin letters), ``time_context.tsv`` kinds ``brand_before`` / ``brand_after``
    (twenty-second round). A month with its Gregorian name (``نيسان (أبريل)``) or a year is never a brand.

    Example:
        >>> tag("جرفت السيول مركبتين من نوعي نيسان وفورد، وتعرضت سيارة نيسان GT-R لحادث", "2015-07-26")
        []
        >>> [t["value"] for t in tag("تراجع عدد الشركات من 7423 شركة في نيسان (أبريل) الماضي", "2015-07-26")]
        ['2015-04']
    """
    if m.group("m_mon") not in ("نيسان",) or m.group("m_mon2") or m.group("m_rel"):
        return False
    before_re, after_re = _brand_re()
    return bool(before_re.search(before) or after_re.match(ctx.key, m.end("m_mon")))


_DUAL_REL = {"الماضيين": "الماضي", "المقبلين": "المقبل"}


def _h_mon(m, ctx: _Ctx):
    pair = _month_pair(m, "m")
    if not pair:
        return None
    mo, cal, amb = pair
    start = m.start("R_mon")
    before = ctx.before(start, 20)
    if _month_is_verb(m, before) or _month_is_brand(m, ctx, before) or _named_dates()[3].search(before):
        return None  # الذي يوليه، سيارة نيسان، قوى 14 آذار
    # a name of two words (الشهر الفضيل، Ramadan) needs no trigger
    triggered = bool(_before_re()["month_trigger"].search(before)) or m.group("m_mod") or m.group("m_shahr") or " " in _SPACES.sub(" ", m.group("m_mon"))
    if not triggered and "و" in (m.group("cl") or "") and ctx.kspans and m.start() - ctx.kspans[-1][1] <= 2:
        triggered = ctx.found[-1]["granularity"] == "month"  # يناير ومارس
    if not (m.group("m_mon2") or m.group("m_shahr") or m.group("m_rel") or m.group("m_mod") or (triggered and (not amb or cal == "hijri"))
            or (triggered and cal == "gregorian" and m.group("m_mon") not in ("آب", "اب")) or (cal == "gregorian" and not amb)):
        return None
    if amb and not (m.group("m_shahr") or m.group("m_mon2") or m.group("m_mod") or triggered or (m.group("m_rel") and cal == "gregorian")):
        return None  # (a Gregorian name with a relative word is the month: حميدة مارس الماضي, tl27)
    if m.group("m_shahr") == "ليالي" and before.rstrip()[-1:] in ("«", '"', "“"):
        return None  # برنامج «ليالي رمضان»: the title of a work (twentieth round)
    if amb and cal == "hijri" and not (m.group("m_shahr") or m.group("m_mon2") or m.group("m_mod") or m.group("m_rel")):
        # a bare رمضان (موسم رمضان يعد ناجحاً): time_context.tsv, kind hijri_trigger
        if not _before_re()["hijri_trigger"].search(before) and not _hijri_month_named(m, ctx, before, mo) and not (
                re.search(r"(?<!\w)[وف]?(?:في|خلال)\s*$", before) and _hijri_year_in_context(ctx, start, mo) is not None):
            return None
    end = m.end("R_mon")
    if m.group("m_mon2") and ctx.key[end:end + 1] == ")":
        end += 1
    rel = m.group("m_rel")
    if rel in _DUAL_REL and "و" in (m.group("cl") or ""):
        rel = _DUAL_REL[rel]  # شهري نيسان (أبريل) وأيار (مايو) الماضيين: the dual after the second month of a pair
    shift = _rel_shift(rel, ctx, "M") if rel else None
    if rel and shift is None:
        end = m.end("m_mon2") if m.group("m_mon2") else m.end("m_mon")
        if m.group("m_mon2") and ctx.key[end:end + 1] == ")":
            end += 1
    if shift is None and not m.group("m_mod") and _generic(ctx, start, end, habit=cal == "hijri"):
        return None  # الطلب يزيد عادة في رمضان، لو كان شهر فبراير: no date
    if shift is None and cal == "gregorian" and not m.group("m_mod") and (ny := _named_month(ctx, start, m.group("m_mon"))):
        return [(start, end, "date", f"{ny}-{mo:02d}", "month", _ABS)]  # أحداث سبتمبر: the attacks of 2001
    if shift is None and cal == "gregorian" and (oy := _of_year(ctx, end)):
        return [(start, oy[1], "date", f"{oy[0]}-{mo:02d}", "month", ctx.anchor)]
    if shift is None and cal == "gregorian" and (same := _SAME_YEAR.match(ctx.key, end)):
        # آب (أغسطس) من نفس العام: the year last named in the text
        prev = next((f for f in reversed(ctx.found) if f["anchor"] == _ABS and f["value"] and re.match(r"\d{4}(?:-|$)", f["value"])), None)
        if prev is not None:
            return [(start, same.end(), "date", f"{prev['value'][:4]}-{mo:02d}", "month", prev["value"])]
    if shift is None and cal == "gregorian" and (ry := _range_year(ctx, end)):
        y = ry[0] - (mo > ry[1])  # من أيار إلى أيلول 2014
        return [(start, end, "date", f"{y}-{mo:02d}", "month", _ABS)]
    if shift is None and cal == "gregorian" and (prev := ctx.year_before(start)) is not None:
        return [(start, end, "date", f"{prev['value'][:4]}-{mo:02d}", "month", prev["value"])]
    if shift is None and cal == "gregorian" and (c := _context_year(ctx, start)) is not None:
        if _since_ahead(ctx, start, c, mo):
            c -= 1  # منذ نوفمبر after "في 2015", written in July 2015: the November gone by
        return [(start, end, "date", f"{c}-{mo:02d}", "month", str(c))]  # في أبريل after "عام 2011"
    if ctx.dct is None:
        return [(start, end, "date", None, "month", None)]
    future = (shift or 0) > 0 or (shift is None and (ctx.is_future(start) or _scheduled(ctx, start)))
    if future and shift is None and re.search(r"(?<!\w)[وف]?منذ\s+(?:شهر\s+|(?:\S+\s+){1,3}في\s+)?$", ctx.before(start, 40)):
        future = False  # منذ تسلمه مهامه في فبراير … منذ فبراير: a month gone by, whatever verb the sentence has
    if cal == "hijri" and shift is None and not m.group("m_mod") and (hoy := _hijri_of_year(ctx, end)):
        sp = _hijri_month_span(hoy[0], mo)  # رجب من العام الجاري: the Hijri year of publication
        return [(start, hoy[1], "date", f"{_iso(sp[0])}/{_iso(sp[1])}" if sp else None, "month", ctx.anchor)]
    if cal == "hijri" and shift is None and not m.group("m_mod") and (hy := _hijri_year_in_context(ctx, start, mo)) is not None:
        sp = _hijri_month_span(hy, mo)
        return [(start, end, "date", f"{_iso(sp[0])}/{_iso(sp[1])}" if sp else None, "month", _ABS)]
    if cal == "hijri":
        hy, hm, _ = _hijri_of(ctx.dct)
        if shift is not None and shift < 0:
            hy = (hy - 1 if mo >= hm else hy) + shift + 1
        elif shift is not None and shift > 0:
            hy = hy + 1 if mo <= hm else hy  # رمضان المقبل written in Ramadan: next year's (as رمضان الماضي is last year's)
        else:
            hy += _nearest_year_shift(mo - hm, future)
        if m.group("m_mod") and _lex()["mod"].get(m.group("m_mod")) == "MID":
            # منتصف شعبان: the 15th, a day (the night of mid-Sha'ban, mid-Ramadan)
            d = _hijri_to_greg(hy, mo, 15)
            return [(start, end, "date", _iso(d) if d else None, "day", ctx.anchor)]
        sp = _hijri_month_span(hy, mo)
        value = f"{_iso(sp[0])}/{_iso(sp[1])}" if sp else None
        return [(start, end, "date", value, "month", ctx.anchor)]
    y = ctx.dct.year
    dm = ctx.dct.month
    if shift is not None and shift < 0:
        y += shift + 1  # يونيو قبل الماضي: one more year back
        if mo >= dm:
            y -= 1
    elif shift is not None and shift > 0:
        if mo < dm:
            y += 1
    else:
        y += _nearest_year_shift(mo - dm, future)
        if _since_ahead(ctx, start, y, mo):
            y -= 1  # منذ سبتمبر/ أيلول read in August: the September gone by, not the one a month ahead
        elif not future and y == ctx.dct.year and mo > dm and _told_past(ctx, start, end):
            y -= 1  # كما تراجع الجنيه في أكتوبر, read in August: the October gone by
        elif not future and (cy := _compared_year(ctx, start, mo)) is not None:
            y = cy  # 1.2 في المئة في نوفمبر الماضي مقابل 0.9 في المئة في أكتوبر: the October before that November
    return [(start, end, "date", f"{y}-{mo:02d}", "month", ctx.anchor)]


_DURING = re.compile(r"(?<!\w)[وف]?خلال\s*$")
_COMPARED_MONTH = re.compile(r"(?<!\w)[وف]?(?:في\s+)?(?:مقابل|مقارنه\s+(?:ب|مع)|بالمقارنه\s+(?:ب|مع))")


def _compared_year(ctx: _Ctx, start: int, mo: int) -> int | None:
    """The year of a bare month that a figure is compared with (``مقابل`` / ``مقارنة مع`` before it in its sentence) when
    the month just named in that sentence is a past one: the same month or the nearest before it (``ارتفع التضخم إلى 1.2
    في المئة في نوفمبر الماضي مقابل 0.9 في المئة في أكتوبر``, read on 11 August 2017 = ``2016-10``; tl31). A comparison
    looks back; without this the October ahead of the crawl day was taken.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("ارتفع التضخم إلى 1.2 في المئة في نوفمبر الماضي مقابل 0.9 في المئة في أكتوبر", "2017-08-11")]
        [('نوفمبر الماضي', '2016-11'), ('أكتوبر', '2016-10')]
    """
    if not ctx.found or not ctx.found[-1]["value"] or ctx.found[-1]["granularity"] != "month":
        return None
    between = ctx.key[ctx.kspans[-1][1]:start]
    if len(between) > 60 or _STOP_NOT_DECIMAL.search(between) or not _COMPARED_MONTH.search(between):
        return None
    prev = re.match(r"(\d{4})-(\d\d)$", ctx.found[-1]["value"])
    if prev is None or (int(prev[1]), int(prev[2])) > (ctx.dct.year, ctx.dct.month):
        return None
    return int(prev[1]) - (mo > int(prev[2]))


def _hijri_month_named(m, ctx: _Ctx, before: str, mo: int) -> bool:
    """True when a bare ambiguous Hijri month (``رجب``، ``رمضان``) is a date by its neighbours: joined by و to a month
    just found (``أشهر ربيع أول وربيع ثان وجماد الآخر ورجب ورمضان``, a list of paid months), or after خلال in a text
    that has already dated that month (``انقضاء شهر رمضان`` … ``قتلوا خلال رمضان``: the Ramadan of the text, as ``ليالي
    رمضان`` is; twenty-second round). Not after في: in 11 such phrases of SaudiNewsNet dev and BBC, 9 were habits
    (``الحلويات المحببة في رمضان``، ``الصيام في رمضان``); a habit after خلال is still caught later by :func:`_generic`.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("شملت المكافآت أشهر ربيع أول وجماد الآخر ورجب", "2015-07-26")]
        [('ربيع أول', '2014-12-23/2015-01-20'), ('جماد الآخر', '2015-03-21/2015-04-19'), ('رجب', '2015-04-20/2015-05-18')]
    """
    if "و" in (m.group("cl") or "") and ctx.kspans and m.start() - ctx.kspans[-1][1] <= 2:
        return ctx.found[-1]["granularity"] == "month"
    if not _DURING.search(before):
        return False
    return any(f["granularity"] == "month" and f["date_start"] is not None and "/" in (f["value"] or "")
               and _hijri_of(f["date_start"])[1] == mo for f in ctx.found)


def _hijri_of_year(ctx: _Ctx, end: int) -> tuple[int, int] | None:
    """(Hijri year, end) of ``من العام الجاري`` / ``من العام الماضي`` / ``هذا العام`` right after a Hijri month or day:
    the Hijri year of publication, shifted (``ورجب من العام الجاري`` = Rajab 1436 in July 2015; ``٢٠ من شهر صفر من العام
    الحالي`` = 20 Safar 1436, ``2014-12-12``), one expression, as :func:`_of_year` is for a Gregorian month.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("ففي ٢٠ من شهر صفر من العام الحالي قضى شاب", "2015-07-26")]
        [('٢٠ من شهر صفر من العام الحالي', '2014-12-12')]
    """
    if (oy := _of_year(ctx, end)) is None:
        return None
    return _hijri_of(ctx.dct)[0] + oy[0] - ctx.dct.year, oy[1]


_PAIR_GAP = re.compile(r"\s*\)?\s*[،,]?\s*(?:و|الي|حتي|وحتي|-|–)\s*")
_PAIR_LEAD = re.compile(r"(?<!\w)(?:بين|من)\s+(?:شهري\s+)?$|(?<!\w)شهري\s+$")
_PAIR_TAIL = re.compile(r"(?:الماضيين|المقبلين|القادمين|من\s+العام|\d{4})")
_MONTH_VALUE = re.compile(r"(\d{4})-(\d\d)")


def _h_mon_pair(m, ctx: _Ctx):
    """A month (:func:`_h_mon`) that closes a pair or a range of months: the two ends are read together, the end without a
    year of its own taking its year from the other so that the first comes at most eleven months before the second
    (twenty-second round). ``بين سبتمبر ويناير الماضيين`` (July 2015) = ``2014-09`` and ``2015-01`` (was ``2015-09``, ahead of
    its own end); ``يناير وفبراير من العام الماضي`` = ``2014-01``; ``بين يونيو 2014 ويناير`` = ``2015-01``. Only for a range
    (``بين`` / ``من`` / ``شهري`` before the first, or a dual, ``من العام`` or a year on the second); a list in any order
    (``في أيار ونيسان``) keeps each month's own reading, and two written years are never moved.

    Example:
        >>> [t["value"] for t in tag("بين سبتمبر (أيلول) ويناير (كانون الثاني) الماضيين، ومقارنة مع يناير وفبراير من العام الماضي", "2015-07-21")]
        ['2014-09', '2015-01', '2014-01', '2014-02']
    """
    return _pair_months(ctx, _h_mon(m, ctx))


def _h_my_pair(m, ctx: _Ctx):
    """A month with its year (:func:`_h_my`) that closes a range of months: ``ما بين يناير/كانون الثاني، وسبتمبر/أيلول
    2015`` gives the first end 2015 (:func:`_h_mon_pair`)."""
    return _pair_months(ctx, _h_my(m, ctx))


def _pair_months(ctx: _Ctx, out):
    """``out`` of a month's handler, with the month before it (the first end of a range) or the month itself moved as
    :func:`_h_mon_pair` says."""
    if not out or len(out) != 1 or not ctx.found or not ctx.kspans:
        return out
    a2, b2, typ, v2, gran, anc2 = out[0]
    prev, (a1, b1) = ctx.found[-1], ctx.kspans[-1]
    if not (v2 and (m2 := _MONTH_VALUE.fullmatch(v2)) and prev["value"] and (m1 := _MONTH_VALUE.fullmatch(prev["value"]))):
        return out
    if not _PAIR_GAP.fullmatch(ctx.key, b1, a2) or not (_PAIR_LEAD.search(ctx.before(a1, 20)) or ctx.key.startswith("شهري", a1)
                                                        or _PAIR_TAIL.search(ctx.key, a2, b2)):
        return out
    (y1, mo1), (y2, mo2) = (int(m1.group(1)), int(m1.group(2))), (int(m2.group(1)), int(m2.group(2)))
    if 0 <= (y2 * 12 + mo2) - (y1 * 12 + mo1) <= 11:
        return out
    if prev["anchor"] != _ABS:
        v1 = f"{y2 - (mo1 > mo2)}-{mo1:02d}"  # the first end before the second
        ds, de = _span_of(v1)
        ctx.found[-1] = {**prev, "value": v1, "date_start": ds, "date_end": de, "anchor": v2}
    elif anc2 != _ABS:
        out = [(a2, b2, typ, f"{y1 + (mo2 < mo1)}-{mo2:02d}", gran, prev["value"])]  # the second end after the first
    return out


def _hijri_year_in_context(ctx: _Ctx, pos: int, month: int) -> int | None:
    """The Hijri year of a Hijri month named without a year (``في رمضان``، ``خلال شهر رمضان``) when its sentence named
    a year shortly before it: a Hijri year is that year, a Gregorian year the Hijri year whose month falls in it
    (one only; None when the month falls twice in it or the year is not near).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("في عام 2013 أطلقت الوزارة البرنامج في رمضان", "2015-09-10")]
        [('عام 2013', '2013'), ('رمضان', '2013-07-09/2013-08-07')]
        >>> [t["value"] for t in tag("في عام 1434هـ، وخلال شهر رمضان زار المعرض 5 آلاف", "2015-09-10")][-1]
        '2013-07-09/2013-08-07'
    """
    for f, (a, b) in zip(reversed(ctx.found), reversed(ctx.kspans)):
        if pos - b > 80 or re.search(r"[.!؟?\n]", ctx.key[b:pos]):
            return None
        if f["anchor"] != _ABS or f["granularity"] != "year" or not f["value"]:
            continue
        if re.search(r"(?:منذ|قبل|بعد)\s*$", ctx.key[max(0, a - 6):a]):
            return None  # منذ عام 2010: a starting point, not the year of the story
        if re.fullmatch(r"\d{4}", f["value"]):
            y = int(f["value"])
            if not 1900 <= y <= 2100:
                return None
            hy0 = _hijri_of(dt.date(y, 1, 1))[0]
            hits = [hy for hy in (hy0, hy0 + 1) if (sp := _hijri_month_span(hy, month)) and sp[0].year == y]
            return hits[0] if len(hits) == 1 else None
        if m := re.fullmatch(r"(\d{4}-\d\d-\d\d)/\d{4}-\d\d-\d\d", f["value"]):
            return _hijri_of(dt.date.fromisoformat(m.group(1)) + dt.timedelta(days=1))[0]
        return None
    return None


def _since_ahead(ctx: _Ctx, start: int, y: int, mo: int) -> bool:
    """True when a bare month right after ``منذ`` would fall after the month of publication in year ``y`` (the year of
    the context): "since" looks back, so it is the same month a year earlier (``في 2015 … منذ نوفمبر`` in July 2015 =
    ``2014-11``), as a bare ``منذ نوفمبر`` already is.

    Example:
        >>> [t["value"] for t in tag("ينتظر أن يهبط النمو في 2015. وخفضت بكين الفائدة منذ نوفمبر تشرين الثاني", "2015-07-22")]
        ['2015', '2014-11']
    """
    if ctx.dct is None or (y, mo) <= (ctx.dct.year, ctx.dct.month):
        return False
    return bool(re.search(r"(?<!\w)[وف]?منذ\s+(?:شهر\s+)?$", ctx.before(start, 20)))


def _nearest_year_shift(diff: int, future: bool) -> int:
    """A bare month ``diff`` months from the month of publication (−11…11): the nearest occurrence the
    context allows, as a year shift. Without a future verb the month is at most two months ahead (else last
    year's). A future verb does not make the month future (issue 18): with one, a month up to four months back is the
    one gone by (سيصرف راتب شهر يونيو, written in August, pays June's salary; سيبدأ العمل في إبريل, read in August, is
    the April gone by), five or more back the coming one (ستنتخب رئيسا جديدا في فبراير, written in July: next
    February). Only المقبل/القادم force the future; منذ before the month makes it past (_h_mon).

    Example:
        >>> _nearest_year_shift(-2, True), _nearest_year_shift(3, False), _nearest_year_shift(-4, True), _nearest_year_shift(-5, True)
        (0, -1, 0, 1)
    """
    lo, hi = (-4, 7) if future else (-11, 2)
    if diff > hi:
        return -1
    if diff < lo:
        return 1
    return 0


def _weekday_date(ctx: _Ctx, wd: int, rel: str | None, pos: int, after: int | None = None) -> dt.date | None:
    if ctx.dct is None:
        return None
    shift = _rel_shift(rel, ctx, "D") if rel else None
    cur = ctx.dct.weekday()
    if shift is not None and shift > 0:
        return ctx.dct + dt.timedelta(days=((wd - cur) % 7 or 7) + 7 * (shift - 1))  # الأحد بعد المقبل
    if shift is not None and shift < 0:
        return ctx.dct - dt.timedelta(days=((cur - wd) % 7 or 7) + 7 * (-shift - 1))  # الأحد قبل الماضي
    if (ctx.is_future(pos) and not _said_since_future(ctx, pos)) or (after is not None and _future_after(ctx, after)) or _present_verb_before(ctx, pos) or _forecast_before(ctx, pos) or _after_coming_noun(ctx, pos) or _IF_BEFORE.search(ctx.before(pos, 60)) or _weekday_scheduled(ctx, pos):
        return ctx.dct + dt.timedelta(days=(wd - cur) % 7)
    return ctx.dct - dt.timedelta(days=(cur - wd) % 7)


def _weekday_scheduled(ctx: _Ctx, pos: int) -> bool:
    """True when the clause of a bare weekday holds an imperfect verb of a timetable before it (``time_context.tsv`` kind
    ``schedule_verb``: تبدأ، تنتهي، تنطلق، تقام): the coming weekday (tl32), as :func:`_scheduled` makes a month coming.
    ``وتبدأ عطلة عيد الأضحى يوم السبت`` on Monday 2024-06-10 is 2024-06-15; a verb in an earlier clause (``تنتهي مدة
    التصحيح بنهاية الشهر، وأوضحت الجوازات أن … حتى مساء الإثنين``) and ``التي تنتهي`` (a reported period) do not count.

    Example:
        >>> [t["value"] for t in tag("وتبدأ عطلة عيد الأضحى يوم السبت", "2024-06-10")]
        ['2024-06-16', '2024-06-15']
        >>> [t["value"] for t in tag("تنتهي مدة التصحيح بنهاية الشهر الجاري، وأوضحت الجوازات أن الأعداد حتى مساء الإثنين بلغت 354 ألفا", "2015-07-22")]
        ['2015-07', '2015-07-20TEV']
        >>> [t["value"] for t in tag("وكان التحالف قد أعلن أول من أمس هدنة يبدأ سريانها الساعة 11:59 ليل الأحد", "2015-07-27")]
        ['2015-07-25', '2015-07-26T23:59']
    """
    head = ctx.clause_before(pos)
    if (v := _schedule_verb(head)) is None:
        return False
    return not (_before_re()["past_verb"].search(head, 0, v.start()) or _WAS_BEFORE.search(head, 0, v.start()))


# وكان التحالف قد أعلن هدنة يبدأ سريانها ليل الأحد: a timetable told in the past (a verb before the timetable verb)
_WAS_BEFORE = re.compile(r"(?<!\w)[وف]?(?:كان|كانت|قد)(?!\w)")


# قد يصعد إلى المركز الثاني إذا فاز في مباراة الأربعاء: a condition on an undated weekday puts it in the future (a past
# one says لو); at most five words back, in its clause
_IF_BEFORE = re.compile(r"(?<!\w)[وف]?اذا(?:\s+[^\s.،,:؛!؟?]+){0,5}\s+(?:يوم\s+)?$")
_COMING_NOUN = re.compile(r"\w+\s+(?:القادم|القادمه|المقبل|المقبله)\s*[،,:]?\s*(?:يوم\s+)?$")


def _after_coming_noun(ctx: _Ctx, pos: int) -> bool:
    """True when a bare weekday stands in apposition to a noun marked as coming (``للمباراة القادمة، الثلاثاء``،
    ``في الجولة المقبلة الأحد``): the weekday names that coming event's day, the coming one.

    Example:
        >>> [t["value"] for t in tag("والآن علينا استعادة لياقتنا للمبارة القادمة، الثلاثاء", "2017-08-11")]
        ['2017-08-15']
    """
    return bool(_COMING_NOUN.search(ctx.before(pos, 40)))


def _said_since_future(ctx: _Ctx, pos: int) -> bool:
    """True when a past verb of saying (``time_context.tsv`` kind ``said_past``: قال، قالت، أعلن …) stands between the
    last future verb of the sentence and a bare weekday at ``pos``: the weekday is the day it was said, past (``ستبقى
    كما هي، … الوضع الذي قالت عنه ميركل يوم الأحد إنه``), not a day to come.

    Example:
        >>> [t["value"] for t in tag("والحدود ستبقى كما هي وهو الوضع الذي قالت عنه ميركل يوم الأحد إنه صعب", "2015-07-21")]
        ['2015-07-19']
        >>> [t["value"] for t in tag("وقالت ميركل إنها ستزور باريس يوم الأحد", "2015-07-21")]
        ['2015-07-26']
    """
    return _said_after(ctx.sentence_before(pos)[-120:], _future_re()) is True


def _last_match(cue: re.Pattern, text: str) -> re.Match | None:
    """The last match of ``cue`` in ``text``, or None (shared by :func:`_told_past` and :func:`_said_after`)."""
    last = None
    for last in cue.finditer(text):
        pass
    return last


def _said_after(sent: str, cue: re.Pattern) -> bool | None:
    """None when ``cue`` does not occur in ``sent``; else True when a past verb of saying (kind ``said_past``) follows
    its last occurrence (``ستبقى … قالت عنه ميركل``: what follows was said, past)."""
    last = _last_match(cue, sent)
    return None if last is None else bool(_before_re()["said_past"].search(sent, last.end()))


def _forecast_before(ctx: _Ctx, pos: int) -> bool:
    """True when the sentence of a bare weekday forecasts (``time_modifiers.tsv`` kind ``forecast``: تتوقع، يتوقع, with a
    clitic و/ف) or denies a future act (kind ``weekday_future``: ``لن يشارك … السبت``): the weekday is the coming one (a
    BBC weather page: ``وتتوقع الأرصاد … ظهر الخميس``). Only weekdays: a company that ``تتوقع`` profits in a quarter
    ending ``30 يونيو`` reports a past month.

    Example:
        >>> [t["value"] for t in tag("وتتوقع الأرصاد الجوية أن تصل درجة الحرارة إلى 50 درجة ظهر الخميس.", "2017-08-11")]
        ['2017-08-17TMI']
    """
    return _said_after(ctx.sentence_before(pos)[-120:], _forecast_re()) is False  # not: لن … قالت عنه ميركل يوم الأحد


@lru_cache(maxsize=1)
def _forecast_re() -> re.Pattern:
    return re.compile(rf"(?<!\w)[وف]?(?:{_alt(_lex()['forecast'])})(?!\w)")


_CLAUSE_HEAD = re.compile(r"(?<!\w)(?:[وفب]?[او]ن|لان|كي|لكي|[وف]?الذي|[وف]?التي|حيث|عندما|بعدما|بينما|فيما|حين|حينما)(?!\w)")


@lru_cache(maxsize=1)
def _present_re() -> re.Pattern:
    """An imperfect verb of the third person masculine (يستضيفه، ويعود، يلتقي، يقام): ي and three letters or more, with
    a clitic و/ف and an object suffix; not the nouns and names in ي that look alike (يوم، يونيو، يوسف، يونايتد)."""
    nouns = _k("وم|ونيو|وليو|ورو|مين|ناير|ابان|ابانى|ونان|ونس|وسف|وفنتوس|ونايتد|ونايتيد|حيى|حيي|زيد|اسر|منى|مني|من|هود|ساري")
    # فيما، فيها، فيهم: في + a pronoun, not ف + a verb
    return re.compile(rf"(?!في(?:ما|ها|هم|هما)$)[وف]?ي(?!{nouns})\w{{2,}}")


@lru_cache(maxsize=1)
def _report_re() -> re.Pattern:
    return re.compile(rf"[وف]?(?:{_alt(_lex()['context']['report_verb'])})(?:ه|ها|هم)?")


# ويلتقي تيلرسون، وهو مدير تنفيذي سابق …، الأحد الرئيس الصيني: a description of the subject between commas, skipped
# so that the clause of the weekday opens at its verb (twenty-first round, blind12)
_APPOSITION = re.compile(r"[،,]\s*و(?:هو|هي)\s[^،,.!؟?\n]{3,150}[،,]\s*$")


def _present_verb_before(ctx: _Ctx, pos: int) -> bool:
    """True when the clause of a bare weekday opens with an imperfect verb (third person masculine) at most four words
    before it (``الذي يستضيفه الثلاثاء``، ``ويعود تشيلسي إلى اللعب السبت``، ``ويستضيف سيتي فريق توتنهام السبت``): the
    weekday is the coming one, as after a future verb. The clause opens at the sentence, a comma or a word such as أن /
    الذي / حيث; a verb inside it (``وكان فاننيج يشارك الأحد``) does not count, nor a verb of saying or judging
    (``time_context.tsv`` kind ``report_verb``: يقول، ينظر إلى). Verbs in ت are left alone: they are as often past
    (تقدمت، تعرض) or nouns and names (تصفيات، ترامب).

    Example:
        >>> [t["value"] for t in tag("المنتخب الإسباني الذي يستضيفه الثلاثاء في مباراة ودية", "2017-08-11")]
        ['2017-08-15']
        >>> [t["value"] for text in ("وكان فاننيج (البطل) يشارك الأحد", "التقى الفريقان السبت", "ويقول الوزير الأحد إن") for t in tag(text, "2017-08-11")]
        ['2017-08-06', '2017-08-05', '2017-08-06']

        A description of the subject between commas (``، وهو … ،``) is skipped:

        >>> [t["value"] for t in tag("ويلتقي تيلرسون، وهو مدير تنفيذي سابق في شركة بتيرول وليس له خبرات دبلوماسية سابقة، الأحد الرئيس الصيني.", "2017-08-11")]
        ['2017-08-13']
    """
    head = re.split(r"[،,؛;:\"«»\-–]", _APPOSITION.sub(" ", ctx.sentence_before(pos)[-200:])[-80:])[-1]
    if (c := list(_CLAUSE_HEAD.finditer(head))):
        head = head[c[-1].end():]
    words = head.split()
    return 1 <= len(words) <= 5 and bool(_present_re().fullmatch(words[0])) and not _report_re().fullmatch(words[0])


@lru_cache(maxsize=1)
def _generic_re() -> tuple[re.Pattern, re.Pattern]:
    rows = lexicons.read("time_generic")
    habit = _alt([r["word"] for r in rows])
    hypo = _alt([r["word"] for r in rows if r["kind"] == "hypothetical"])
    return re.compile(_k(rf"(?<!\w)(?:{habit})(?!\w)")), re.compile(_k(rf"(?<!\w)(?:{hypo})(?!\w)"))


_CLAUSE_END = re.compile(r"[.!؟?\n،,]")
_TOPIC = re.compile(r"\s+[يت]\w{2,}\s+(?:فيه|فيها)(?!\w)")  # شهر رمضان يزداد فيه الطلب: the month as a topic


def _generic(ctx: _Ctx, start: int, end: int, habit: bool = True) -> bool:
    """Is the month, Hijri month or weekend at key[start:end] generic (``time_generic``): a habit in its
    clause (الطلب يزيد عادة في رمضان), a condition (لو كان شهر فبراير), or a topic the clause says something
    about (شهر رمضان يزداد فيه)? ``habit=False`` looks only for the last two (a Gregorian month)."""
    if _TOPIC.match(ctx.key, end):
        return True
    after = _CLAUSE_END.split(ctx.key[end:end + 60], maxsplit=1)[0]
    clause = ctx.sentence_before(start)[-80:] + " " + after
    hab, hypo = _generic_re()
    return bool((hab if habit else hypo).search(clause))


_REL_AFTER = re.compile(r"\s+(?:(?:التي|الذي|اللتين|اللذين|حيث|والتي|والذي)\s+(?:\S+\s+)?)?(?=سوف\s|[وف]?س[يتن]\w{3,})")


def _future_after(ctx: _Ctx, pos: int) -> bool:
    """A future verb right after a weekday or in its relative clause: مباراة السبت التي سيواجه فيها، يوم الثلاثاء سيكون."""
    m = _REL_AFTER.match(ctx.key, pos)
    return bool(m and _future_re().match(ctx.key, m.end()))


@lru_cache(maxsize=1)
def _copula_re() -> re.Pattern:
    return re.compile(_k(rf"\s*[،,]?\s*(?:{_alt(_lex()['copula'])}\s+)?"))


def _event_day(ctx: _Ctx, pos: int) -> dt.date | None:
    """The calendar day of a holiday or Hijri day that names the day just before ``pos``:
    غدا الجمعة هو أول أيام عيد الفطر, الأربعاء غرة شوال. None when none follows."""
    at = _copula_re().match(ctx.key, pos).end()
    if ctx.key[at:at + 1] == "(":  # يوم الأحد (10 شوال 1436هـ)
        at = re.match(r"\(\s*", ctx.key[at:]).end() + at
    if not _event_start_re().match(ctx.key, at):
        return None  # the big rules only where a holiday or a date can start
    _, single, _ = _grammar()
    for r in ("holiday", "full", "num"):
        m = single[r].match(ctx.key, at)
        if m and not m.group("cl"):
            if r == "full" and (m.group("f_wd") or (_mon(m.group("f_mon"))[1] != "hijri" and not m.group("f_year"))):
                continue
            if r == "num" and m.group("n_wd"):
                continue
            out = _HANDLERS[r](m, ctx)
            if out and out[0][2] == "date" and out[0][3] and len(out[0][3]) == 10:
                return dt.date.fromisoformat(out[0][3])
    return None


@lru_cache(maxsize=1)
def _event_start_re() -> re.Pattern:
    L = _lex()
    words = [w.split()[0] for w in L["holidays"]] + list(L["ord_head"]) + list(L["ordinals"]) + ["ليله", "ايام", "منتصف", "العشر"]
    return re.compile(rf"\d|{_alt(set(words))}(?!\w)")


def _nearest_weekday(d: dt.date, wd: int) -> dt.date:
    """The day of weekday ``wd`` nearest ``d`` (the text's weekday wins over the calendar by up to three days)."""
    return d + dt.timedelta(days=(wd - d.weekday() + 3) % 7 - 3)




# أيام الثلاثاء والخميس والسبت: the days of a timetable, a list led by أيام
_WD_LIST_BEFORE = re.compile(r"(?<!\w)ايام\s+(?:ال\w+\s*[،,]?\s*و?\s*){1,5}$")


def _h_wd(m, ctx: _Ctx):
    wd = _lex()["weekdays"][m.group("w_wd")]
    start = m.start("R_wd")
    if not m.group("w_yawm"):
        if (_before_re()["weekday_block"].search(ctx.before(start, 24)) and not (m.group("w_rel") and _rel_shift(m.group("w_rel"), ctx, "D") is not None)) or _WD_LIST_BEFORE.search(ctx.before(start, 40)):
            return None
        if re.match(r"\s+(?:عشر|عشره|معا)(?!\w)", ctx.key[m.end("w_wd"):m.end("w_wd") + 8]):
            return None
    rel = m.group("w_rel")
    if rel and _rel_shift(rel, ctx, "D") is None:
        rel = None
    end = m.end("R_wd") if (rel or not m.group("w_rel")) else m.end("w_wd")
    if not m.group("w_yawm") and not m.group("w_rel") and not m.group("w_pod") and (pair := _dual_weekday_pair(ctx, wd, start, end)):
        if ctx.lead is None:
            ctx.lead = dt.date.fromisoformat(pair[3])  # the first weekday named is the story's day, as below
        return [pair]
    d = _weekday_date(ctx, wd, rel, start, end)
    if not rel and ctx.published is not None and (ev := _event_day(ctx, end)) and abs((ev - ctx.published).days) <= 30:
        d = _nearest_weekday(ev, wd)  # الأربعاء هو أول أيام عيد الفطر: the Wednesday of the holiday
    if ctx.lead is None:
        ctx.lead = d
    anchor = ctx.anchor if d else None
    if m.group("w_pod") and (rel or not m.group("w_rel")):
        code = _lex()["parts"][m.group("w_pod")][0]
        return [(start, end, "time", f"{_iso(d)}T{code}" if d else None, "time", anchor)]
    if m.group("w_pod"):
        end = min(end, m.start("w_pod"))
    return [(start, end, "date", _iso(d) if d else None, "day", anchor)]


def _dual_weekday_pair(ctx: _Ctx, wd: int, start: int, end: int):
    """The first of two weekdays after the dual ``يومي`` (``يوميْ الجمعة والسبت``): two days in a row, so the first is
    dated back from the second (read as any weekday is), with ``يومي`` in its span (twenty-first round, blind12).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("استلم شحنتيْن من وقود الديزل يوميْ الجمعة والسبت من أرامكو", "2017-08-11")]
        [('يوميْ الجمعة', '2017-08-04'), ('السبت', '2017-08-05')]
    """
    lo = max(0, start - 8)
    dual = re.search(r"(?<!\w)[وف]?(يومي)\s+$", ctx.key[lo:start])
    second = _wd_second_re().match(ctx.key, end)
    if not dual or not second or ctx.dct is None:
        return None
    wd2 = _lex()["weekdays"][second.group(1)]
    d2 = _weekday_date(ctx, wd2, None, second.start(1), second.end(1))
    if d2 is None or wd2 == wd:
        return None
    return (lo + dual.start(1), end, "date", _iso(d2 - dt.timedelta(days=(wd2 - wd) % 7)), "day", ctx.anchor)


@lru_cache(maxsize=1)
def _wd_second_re() -> re.Pattern:
    """``و`` and a second weekday right after the first of a pair."""
    return re.compile(rf"\s+و\s*({_alt(_lex()['weekdays'])})(?!\w)")


def _own_today(ctx: _Ctx) -> None:
    """A text that names its own today with a weekday (``لموسكو اليوم الخميس``) one or two days before it was
    published (a copy crawled late) has that day for all its deictics, also for those written before the name:
    ``ctx.dct`` starts there. Only one such weekday in the text; ``اليوم الخميس المقبل`` is no name of today, nor
    ``صباح يوم أمس اليوم الجمعة`` (a print paper's "yesterday, Friday"), nor ``هذا اليوم السبت`` (a quoted statement's
    own day: ``أصدر الديوان الملكي أمس بيانًا`` … ``هذا اليوم السبت``).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("تراجعت أسعار النفط أمس. وتعقد أوبك اجتماعا لموسكو اليوم الخميس.", "2015-07-31")]
        [('أمس', '2015-07-29'), ('اليوم الخميس', '2015-07-30')]
        >>> [t["value"] for t in tag("تراجعت أسعار النفط أمس.", "2015-07-31")]
        ['2015-07-30']
    """
    if ctx.published is None or "اليوم" not in ctx.key:
        return
    wds = _lex()["weekdays"]
    found = {wds[m.group(1)] for m in _own_today_re().finditer(ctx.key)
             if not re.search(r"(?:^|\W)(?:امس|هذا)\s+$|\w$", ctx.key[max(0, m.start() - 6):m.start()])}
    if len(found) != 1:
        return
    back = (ctx.published.weekday() - found.pop()) % 7
    if back in (1, 2):
        ctx.dct = ctx.published - dt.timedelta(days=back)


@lru_cache(maxsize=1)
def _own_today_re() -> re.Pattern:
    """``اليوم`` and a weekday, not one said to come or gone (``اليوم الخميس المقبل``); the word before is checked apart."""
    wd = _alt(_lex()["weekdays"])
    return re.compile(rf"اليوم\s*[(،,]?\s*({wd})(?!\w)(?!\s*\)?\s*(?:المقبل|القادم|الماضي|المنصرم|السابق))")


def _deictic_date(ctx: _Ctx, word: str) -> dt.date | None:
    if ctx.dct is None:
        return None
    if word == "اليوم" and ctx.dct == ctx.published and (last := _market_last_session(ctx)) is not None:
        return last
    return ctx.dct + dt.timedelta(days=_lex()["deictic"][word])


_SAUDI_WEEKEND_CHANGE = dt.date(2013, 6, 29)  # Thursday–Friday weekend before, Friday–Saturday from this day


def _market_last_session(ctx: _Ctx) -> dt.date | None:
    """The Saudi market's last session when a report of its close (``time_context.tsv`` kind ``market_close``:
    سوق الأسهم السعودية، تاسي … and ``نقطة``) was published on a day it does not trade: ``اليوم`` of a report crawled
    on Friday 31 July 2015 is Thursday the 30th (Friday–Saturday weekend since 29 June 2013; before, Thursday–Friday
    and the last session Wednesday). None on a trading day or for any other text.

    Example:
        >>> [t["value"] for t in tag("أنهى مؤشر سوق الأسهم السعودية تداولاته عند 9098 نقطة. وشهدت تداولات اليوم ارتفاع 38 شركة", "2015-07-31")]
        ['2015-07-30']
        >>> [t["value"] for t in tag("وشهدت تداولات اليوم ارتفاع 38 شركة", "2015-07-31")]
        ['2015-07-31']
    """
    def compute():
        wd, d = ctx.published.weekday(), ctx.published
        off = {4: 1, 5: 2} if d >= _SAUDI_WEEKEND_CHANGE else {3: 1, 4: 2}  # back to Thursday (Wednesday before)
        if wd in off and _cue_re("market_close").search(ctx.key) and re.search(r"(?<!\w)نقطه(?!\w)", ctx.key):
            return d - dt.timedelta(days=off[wd])
        return None

    return ctx.fact("market", compute)


def _deictic_weekday(ctx: _Ctx, word: str, wd_word: str, after: int | None = None) -> tuple[dt.date | None, str | None]:
    """``اليوم الاثنين``, ``أمس الأربعاء``, ``بعد غد الاثنين``: the weekday fixes the day, and the
    deictic word tells which day the text calls "today" — it becomes the reference for what follows.

    Once the text has named its today (``اليوم الثلاثاء``), a later deictic weekday (``بعد غد الأربعاء``) keeps it:
    that weekday nearest the deictic's day (tl27; the first one named moves "today" back up to six days, as copies in
    SaudiNewsNet are often crawled a week late).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("مؤتمر صحفي اليوم الثلاثاء قبل المباراة بعد غد الأربعاء. وطرحت التذاكر يوم أمس", "2015-07-21")][-2:]
        [('بعد غد الأربعاء', '2015-07-22'), ('يوم أمس', '2015-07-20')]
    """
    if ctx.published is None:
        return None, None
    off = _lex()["deictic"][word]
    wd = _lex()["weekdays"][wd_word]
    named, ctx.facts["today_named"] = ctx.facts.get("today_named"), True
    if after is not None and (ev := _event_day(ctx, after)) and abs((ev - ctx.published).days) <= 30:
        # غدا الجمعة هو أول أيام عيد الفطر in a text crawled a week later: the holiday fixes the week
        ctx.dct = _nearest_weekday(ev, wd) - dt.timedelta(days=off)
        return ctx.dct + dt.timedelta(days=off), _PUB
    if named and ctx.dct is not None:
        return _nearest_weekday(ctx.dct + dt.timedelta(days=off), wd), _PUB
    ctx.dct = ctx.published - dt.timedelta(days=(ctx.published.weekday() - (wd - off) % 7) % 7)
    return ctx.dct + dt.timedelta(days=off), _PUB


def _after_not_today(ctx: _Ctx, start: int) -> bool:
    """Is the word before ``اليوم`` / ``الغد`` / ``الليلة`` at key offset ``start`` a noun of ``not_today``
    (``time_modifiers.tsv``: صحيفة، جريدة، هذا، نفس …), also with a clitic و / ف / ب / ل (seventeenth round:
    ``رئيس القسم الرياضي بجريدة اليوم`` was today)? Not ``لهذا اليوم``: ``حالة الطقس لهذا اليوم`` is today's weather.

    Example:
        >>> tag("قال رئيس القسم الرياضي بجريدة اليوم إن الأندية لم تستفد", "2015-07-21")
        []
    """
    prev = re.search(r"(\w+)\s*$", ctx.before(start, 20))
    if not prev:
        return False
    w, nt = prev.group(1), _lex()["not_today"]
    return w in nt or (w[:1] in "وفبل" and w[1:] in nt and w[1:] != "هذا")  # لهذا اليوم: today's (weather)


def _h_dpod(m, ctx: _Ctx):
    start, end = m.start("R_dpod"), m.end("R_dpod")
    if m.group("dp_defpod"):
        return _early_morning(m, ctx, start, end)
    if m.group("dp_late"):
        return _late_in_day(m, ctx, start, end)
    if m.group("dp_tpod"):
        return _this_part_of_day(m, ctx, start, end)
    code = _lex()["parts"][m.group("dp_pod")][0]
    if m.group("dp_dwd"):
        d, anchor = _deictic_weekday(ctx, m.group("dp_deic"), m.group("dp_dwd"))
        if ctx.lead is None:
            ctx.lead = d
        return [(start, end, "time", f"{_iso(d)}T{code}" if d else None, "time", anchor)]
    if (mid := _midnight_between(m, ctx, start)) is not None:
        return mid
    if m.group("dp_deic"):
        d = _deictic_date(ctx, m.group("dp_deic"))
    else:
        rel = m.group("dp_rel")
        if rel and _rel_shift(rel, ctx, "D") is None:
            rel = None
            end = m.end("dp_wd")
        d = _weekday_date(ctx, _lex()["weekdays"][m.group("dp_wd")], rel, start)
    if ctx.lead is None:
        ctx.lead = d  # ارتفعت أسعار النفط صباح يوم الخميس ... بحلول الساعة 0700 بتوقيت جرينتش: the story's day, as أمس الخميس
    return [(start, end, "time", f"{_iso(d)}T{code}" if d else None, "time", ctx.anchor if d else None)]


# في / مع / منذ before it (group 1: the word before them, no imperfect verb of a habit: يبدأ في، تجدهم في)
_EVENT_LEAD = re.compile(r"(?:(\S+)\s+)?(?<!\w)[وف]?(?:في|مع|منذ)\s+$")


def _early_morning(m, ctx: _Ctx, start: int, end: int):
    """``في الساعات الأولى من الصباح`` without a day: the story's day (the first day the text names by a deictic word or
    a weekday), else the reference day, ``TMO`` (blind7's convention); only after في / مع / منذ, where it dates an
    event: ``تمتد حتى الساعات الأولى من الصباح`` is a habit's extent and ``برنامج يبدأ في الساعات الأولى من الصباح`` a
    habit (an imperfect verb before في), no date.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("قصفت الطائرات أمس الجمعة المدينة. وكانت الغارة في الساعات الأولى من الصباح", "2017-08-12")]
        [('أمس الجمعة', '2017-08-11'), ('الساعات الأولى من الصباح', '2017-08-11TMO')]
        >>> tag("سهرات تمتد حتى الساعات الأولى من الصباح", "2017-08-12")
        []
    """
    lead = _EVENT_LEAD.search(ctx.before(start, 30))
    if not lead or re.fullmatch(r"[وف]?[يت]\w{2,}", lead.group(1) or ""):
        return None
    if (story := _story_day(ctx, start)) is None:
        return [(start, end, "time", None, "time", None)]
    code = _lex()["parts"][m.group("dp_defpod")[2:]][0]
    return [(start, end, "time", f"{story[0]}T{code}", "time", story[1])]


def _this_part_of_day(m, ctx: _Ctx, start: int, end: int):
    """``هذا الصباح`` / ``هذا المساء`` / ``هذا الليل`` (a demonstrative part of the day, no day named): that part of the
    story's day, else of the reference day, as ``مساء اليوم`` (TIMEX3 "this evening"; blind9's travel column).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("وقال الحاكم: هذا الصباح فجر انتحاري سترته. لا شيء في هذا المساء مؤنسا", "2015-07-22")]
        [('هذا الصباح', '2015-07-22TMO'), ('هذا المساء', '2015-07-22TEV')]
    """
    if (story := _story_day(ctx, start)) is None:
        return [(start, end, "time", None, "time", None)]
    code = _lex()["parts"][m.group("dp_tpod")[2:]][0]
    return [(start, end, "time", f"{story[0]}T{code}", "time", story[1])]


def _story_day(ctx: _Ctx, start: int) -> tuple[str, str] | None:
    """(day, anchor) of an expression without a day of its own: the story's day (the first day the text names by a
    deictic word or a weekday) unless the text speaks of the future there, else the reference day; None without one."""
    if ctx.lead is not None and not ctx.is_future(start):
        return _iso(ctx.lead), _iso(ctx.lead)
    if ctx.dct is not None:
        return _iso(ctx.dct), ctx.anchor
    return None


# ليل الاثنين الثلاثاء (the dpod rule's dp_wd2): the night from one weekday to the next, as wire copy writes it, is one
# expression valued as the first day's night (TNI; it was joined before, with the second day's). With a dash, a slash
# or إلى between (ليل الأحد / الاثنين) the two stay apart, as timeline_dev.jsonl annotates them.


@lru_cache(maxsize=1)
def _dash_weekday_re() -> re.Pattern:
    """A dash or slash and a weekday (the second day of ``ليل الجمعة - السبت``), matched in place."""
    return re.compile(rf"\s*[-–/]\s*({_alt(_lex()['weekdays'])})(?!\w)")


def _midnight_between(m, ctx: _Ctx, start: int):
    """``منتصف ليل الجمعة - السبت`` (also without the dash): the midnight between two weekdays that follow each
    other is one expression from ``منتصف``, the first minute of the second day (``T00:00``). None for any other night.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("بدأت الاشتباكات منتصف ليل الجمعة - السبت في المدينة", "2013-08-03")]
        [('منتصف ليل الجمعة - السبت', '2013-08-03T00:00')]
    """
    if not (m.group("dp_night") and m.group("dp_wd") and not m.group("dp_rel")):
        return None
    lead = re.search(r"(?<!\w)منتصف\s+$", ctx.before(start, 10))
    if not lead:
        return None
    wds = _lex()["weekdays"]
    if m.group("dp_wd2"):
        second, end = wds[m.group("dp_wd2").strip()], m.end("dp_wd2")
    else:
        nxt = _dash_weekday_re().match(ctx.key, m.end("dp_wd"))
        if not nxt:
            return None
        second, end = wds[nxt.group(1)], nxt.end()
    first = wds[m.group("dp_wd")]
    if second != (first + 1) % 7:
        return None
    d = _weekday_date(ctx, first, None, start)
    if d is None:
        return [(start - len(lead.group()), end, "time", None, "time", None)]
    return [(start - len(lead.group()), end, "time", f"{_iso(d + dt.timedelta(days=1))}T00:00", "time", ctx.anchor)]


def _late_in_day(m, ctx: _Ctx, start: int, end: int):
    """``في ساعة متأخرة أول من أمس`` / ``في وقت متأخر الأربعاء``: late in that day, without a part of day named: its
    night (``TNI``), one expression from ``ساعة`` / ``وقت`` (with a part of day, ``من مساء أمس``, the part's code).
    Not ``اليوم`` (``حتى ساعات متأخرة من اليوم``: of the day, any day).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("توصل النادي في ساعة متأخرة أول من أمس لاتفاق مع اللاعب", "2015-07-27")]
        [('ساعة متأخرة أول من أمس', '2015-07-25TNI')]
        >>> [(t["text"], t["value"]) for t in tag("ونسب بيان صدر في وقت متأخر أمس الأول الأحد", "2015-07-21")]
        [('وقت متأخر أمس الأول الأحد', '2015-07-19TNI')]
    """
    if m.group("dp_ldwd"):
        d, _ = _deictic_weekday(ctx, " ".join(m.group("dp_ldeic").split()), m.group("dp_ldwd"))
    elif m.group("dp_ldeic"):
        d = _deictic_date(ctx, " ".join(m.group("dp_ldeic").split()))
    else:
        rel = m.group("dp_lrel")
        if rel and _rel_shift(rel, ctx, "D") is None:
            rel, end = None, m.end("dp_lwd")
        d = _weekday_date(ctx, _lex()["weekdays"][m.group("dp_lwd")], rel, start)
    return [(start, end, "time", f"{_iso(d)}TNI" if d else None, "time", ctx.anchor if d else None)]


def _outlet_name(ctx: _Ctx, start: int, end: int) -> bool:
    """Is ``اليوم`` at key[start:end] the name of the Saudi daily Al-Yaum: the word alone between quote marks
    (``قال مختصون لـ«اليوم» إن``، ``صحيفة "اليوم"``). A quoted sentence that opens with the word (``«اليوم نبدأ»``) is
    no name: the mark must close right after it.

    Example:
        >>> tag("قال مختصون في الشؤون الإيرانية لـ«اليوم» إن الرد سيكون محدودا", "2020-12-01")
        []
        >>> [t["value"] for t in tag("وقال لـ«اليوم» إن الاجتماع يعقد اليوم", "2020-12-01")]
        ['2020-12-01']
        >>> tag('يقول أسامة الغزالي حرب في "العرب اليوم" الأردنية إن النادي', "2017-08-11")
        []
        >>> [t["value"] for t in tag('وقال المدرب "سنفوز اليوم" بلا شك', "2017-08-11")]
        ['2017-08-11']
    """
    before = ctx.key[max(0, start - 2):start].rstrip()
    after = ctx.key[end:end + 2].lstrip()
    if not before or not after:
        return False
    if before[-1] in "«\"“'" and after[0] in "»\"”'":
        return True
    if after[0] in "»\"”" and _QUOTED_NAME_TODAY.search(ctx.key, max(0, start - 40), start):
        return True  # في "العرب اليوم" الأردنية، قناة «روسيا اليوم»: a quoted name that ends with the word (tl29)
    return before[-1] == "(" and after[0] == ")" and _told_to_paper(ctx, start, end)


# the opening mark and one or two words of a name before اليوم and its closing mark (الإمارات اليوم، المصري اليوم),
# no word that looks like a verb (a quoted «سنفوز اليوم» stays a date)
_QUOTED_NAME_TODAY = re.compile(r"[«\"“]\s?(?![وف]?(?:س[يتن]|[يتن])\w\w)[^\s«\"“»”]+(?:\s(?![وف]?(?:س[يتن]|[يتن])\w\w)[^\s«\"“»”]+)?\s+$")


def _outlet_with_today(ctx: _Ctx, start: int) -> bool:
    """Is ``اليوم`` at key offset ``start`` the end of an outlet's name after an outlet noun (``time_modifiers.tsv``
    kinds ``outlet_noun`` and ``outlet_today``: ``وبحسب موقع روسيا اليوم``، ``صحيفة المصري اليوم``; twentieth round)?

    Example:
        >>> tag("وبحسب موقع روسيا اليوم يمكن أن تستخدم الخلايا الشمسية", "2015-07-24")
        []
        >>> [t["value"] for t in tag("وقال الرئيس إن روسيا اليوم أقوى", "2015-07-24")]
        ['2015-07-24']
    """
    prev = re.search(r"(\w+)\s+(\w+)\s*$", ctx.before(start, 40))
    if not prev or prev.group(2) not in _lex()["outlet_today"]:
        return False
    noun, nouns = prev.group(1), _lex()["outlet_noun"]
    return noun in nouns or (noun[:1] in "وفبل" and noun[1:] in nouns) or (noun[:2] == "لل" and "ال" + noun[2:] in nouns)


def _told_to_paper(ctx: _Ctx, start: int, end: int) -> bool:
    """Is the bracketed ``(اليوم)`` at key[start:end] the paper told something (``لـ(اليوم)``، ``مع (اليوم)``) or
    its credit closing a paragraph (``… ومجدي الجابري. (اليوم)``)? Brackets alone also explain a date
    (``غدًا (اليوم)``), which stays one.

    Example:
        >>> tag("وأوضح المهندس راشد المسلمي لـ ( اليوم ) أن المشروع اكتمل", "2015-07-25")
        []
        >>> [t["value"] for t in tag("وقال إن الاجتماع سيكون غدًا (اليوم) في إسطنبول", "2015-07-25")][-1]
        '2015-07-25'
        >>> tag("وجاء في البيان، الذي حصلت (اليوم) على نسخة منه، وقال للمتصلين بدار (اليوم) إن", "2015-07-31")
        []
    """
    head = ctx.key[max(0, start - 12):start].rstrip().removesuffix("(").rstrip()
    if re.search(r"(?:(?<!\w)ل[ـ\s]*|(?<!\w)مع|(?<!\w)[بل]?دار)$", head):
        return True  # لـ(اليوم)، مع (اليوم)، بدار (اليوم): the paper's house (seventeenth round)
    tail = ctx.key[end:end + 14].lstrip(" ").removeprefix(")").lstrip(" ")
    # الذي حصلت (اليوم) على نسخة منه: the paper obtained a copy (seventeenth round)
    return tail[:1] in ("", "\n") or re.match(r"علي\s+نسخه", tail) is not None


def _per_day(ctx: _Ctx, start: int, end: int) -> bool:
    """Is ``اليوم`` at key[start:end] the generic day, a rate or a span of any day: ``في اليوم`` closing its clause
    (``ثلاث مرات في اليوم.``، ``بعض الوقت في اليوم.``) — today would be written without ``في``.

    Example:
        >>> tag("ويعطل أجهزة التكييف بعض الوقت في اليوم.", "2017-08-11")
        []
        >>> [t["value"] for t in tag("ويعقد المجلس جلسته اليوم.", "2017-08-11")]
        ['2017-08-11']

        A closing quote mark closes the clause too (tl31): ``"يفد على المهرجان 39 ألف زائر في اليوم".``

        >>> tag('وقال: "يفد على المهرجان 39 ألف زائر في اليوم".', "2015-07-21")
        []
    """
    return bool(re.search(r"(?<!\w)في\s+$", ctx.before(start, 6))) and bool(re.match(r"\s*(?:[.،,؛:!؟?)»\"”\n]|$)", ctx.key[end:end + 3]))


_OPEN = r"(?:^|[،,؛:«\"\-–]\s*|(?<!\w)[وف]|(?<!\w)[وف]\s+)\s*"  # a clause's start, a clitic و/ف
_NOWADAYS_HEAD = re.compile(
    _OPEN + r"(?:هناك(?:\s+\S+){0,6}"  # هناك اختلال في التوازنات اليوم، وهناك اليوم اعترافات: there is, nowadays
    r"|(?<!ها\s)(?<!ها)نحن"  # نحن اليوم نواجه (not ها نحن اليوم: here we are today)
    r"|هل(?:\s+ال\w+){1,2})\s+$"  # هل الجنوب اليوم في وضع أفضل
)
_NOWADAYS_SUBJECT = re.compile(_OPEN + r"ال\w+\s+$")  # والواضح اليوم أن، والنتيجة اليوم أن
# وهي اليوم تعود، فهم اليوم يحيطون بنا، الذي هو اليوم القصر الجمهوري: a pronoun subject (twenty-third round); not
# ها هو اليوم (here he is today), as ها نحن اليوم
_NOWADAYS_PRONOUN = re.compile(r"(?<!\w)(?<!ها\s)[وف]?(?:هو|هي|هم|هن|انها|انهم)\s+$")
_NOWADAYS_FA = re.compile(_OPEN + r"$")  # واليوم فإن


_QUESTION_LINE = re.compile(r"^[ \t]*(?:\*|س\s*[:/\-])[^\n]{5,300}[؟?][ \t]*$", re.M)


def _interview(ctx: _Ctx) -> bool:
    """Is the text an interview: two questions or more on lines of their own, marked as questions (``* هل …؟``،
    ``س: …؟``)? There a bare ``اليوم`` is the speaker's present, "nowadays" (``تونس اليوم ما زالت في مرحلة الانتقال``،
    ``واليوم نعيش في السودان``), not the day of publication; ``حتى اليوم`` / ``إلى اليوم`` keep their reading.

    Example:
        >>> text = "* هل الوضع أفضل؟\\n- الجيل الذي يقود الحراك اليوم في السودان شاب.\\n* وماذا بعد؟\\n- لا أعرف."
        >>> tag(text, "2019-02-08")
        []
    """
    return ctx.fact("interview", lambda: ("؟" in ctx.text or "?" in ctx.text) and len(_QUESTION_LINE.findall(ctx.text)) >= 2)


# a noun in construct with الغد / الأمس / اليوم (عدو الأمس، حليف اليوم، إرهابيي الغد) or اليوم قبل الغد: a maxim of then and
# now; not after a preposition or a word of the day (صباح الغد، مساء الأمس، في الغد، منذ الأمس)
_MAXIM_WORD = re.compile(r"(?<!\w)([^\W\d]{2,})\s+(الغد|الامس|اليوم)(?!\w)")


@lru_cache(maxsize=1)
def _maxim_not() -> frozenset[str]:
    """The words before الغد / الأمس / اليوم that make no maxim (``time_context.tsv`` kind ``maxim_not``: في، صباح، هذا)."""
    return frozenset(_k(w) for w in _lex()["context"]["maxim_not"])


def _maxim_pairs(ctx: _Ctx, start: int, end: int) -> list[re.Match]:
    """The nouns of then and now in construct in the sentence of key[start:end] (``اليوم قبل الغد`` counts too)."""
    lo = max(0, start - 80)
    chunk = ctx.key[lo:end + 80]
    cuts = [i for i, c in enumerate(chunk) if c in ".!؟?\n"]
    a = max([i + 1 for i in cuts if i < start - lo], default=0)
    b = min([i for i in cuts if i >= end - lo], default=len(chunk))
    words_not = _maxim_not()
    return [m for m in _MAXIM_WORD.finditer(chunk, a, b)
            if (m.group(1) not in words_not and m.group(1)[1:] not in words_not) or m.group(1) == "قبل" and m.group(2) == "الغد"]


def _maxim_today(ctx: _Ctx, start: int, end: int, word: str = "اليوم") -> bool:
    """Is ``اليوم`` (or ``الغد`` / ``الأمس``) at key[start:end] set against another of the three as nouns in construct in
    its sentence, a maxim of then and now (``عدو الأمس يصبح حليف اليوم``، ``منفذو الهجمات اليوم قد يصبحون إرهابيي الغد``،
    ``حلا اليوم قبل الغد``)? Then none is a date (tl31; the twenty-sixth round's open case). ``صباح الغد`` / ``مساء الأمس``
    and ``في الغد`` are days or plain words and do not count.

    Example:
        >>> tag("فعدو الأمس يصبح حليف اليوم، وحليف اليوم يصبح عدو الغد", "2015-07-21")
        []
        >>> [t["text"] for t in tag("يستقبل البعثة مساء اليوم، لتكون أولى التدريبات صباح الغد. وأعلن بالأمس أن الاجتماع اليوم", "2015-07-21")]
        ['مساء اليوم', 'صباح الغد', 'الأمس', 'اليوم']
    """
    pairs = _maxim_pairs(ctx, start, end)
    other = [m for m in pairs if m.group(2) != word]
    if not other:
        return False
    if word == "اليوم":
        return True  # منفذو الهجمات اليوم قد يصبحون إرهابيي الغد: the other one in construct is enough
    return any(m.start(2) + max(0, start - 80) == start for m in pairs)  # عدو الأمس … حليف اليوم: this one in construct too


@lru_cache(maxsize=1)
def _state_re() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?<!ها\sنحن\s)[وف]?(?:{_alt(_lex()['context']['state_verb'])})(?:\s+[^\s،,؛;:]+){{0,3}}\s+$")


def _state_verb_before(ctx: _Ctx, before: str) -> bool:
    """Is a bare ``اليوم`` after a present verb of a lasting state in its clause (``time_context.tsv`` kind ``state_verb``:
    ``كما تواجه قطر اليوم بعض المصاعب``، ``المخاطر التي تواجه المرأة العربية اليوم؟``، ``ويعيش اليوم حرا طليقا``)? Then
    it is "nowadays", no date (tl31).

    Example:
        >>> tag("ومن الصعب تحليل المصاعب التي تواجه اليمنيين اليوم، وتعيش اليوم تونس تداعيات الأزمة", "2015-07-26")
        []
        >>> [t["value"] for t in tag("ويواجه الفريق اليوم ضيفه، ها نحن نعيش اليوم عيدين", "2015-07-26")]
        ['2015-07-26', '2015-07-26']
    """
    return bool(_state_re().search(before))


def _nowadays(m, ctx: _Ctx, start: int, end: int) -> bool:
    """Is ``اليوم`` at key[start:] "nowadays" in a sentence that states how things are, with no event verb: a clause
    that opens with the existential ``هناك`` (``هناك اختلال في التوازنات اليوم``), ``نحن اليوم``, a pronoun subject
    (``وهي اليوم تعود``، ``هم اليوم في وضع``; not ``ها هو اليوم``), a question on a
    state (``هل الجنوب اليوم في وضع أفضل``), a definite subject before ``أن`` (``والواضح اليوم أن``), ``واليوم فإن``,
    or the word in a comparison (``كاليوم``). News' today has an event verb before it (``أعلن اليوم أن``) or a weekday.

    Example:
        >>> tag("وهناك اليوم اعترافات رسمية بأنهم فشلوا. والواضح اليوم أن البشير ليس له أفق", "2019-02-08")
        []
        >>> tag("كانت المفاعلات فيها منذ زمن، وهي اليوم تعود إلى الاهتمام بمجتمعها", "2015-07-24")
        []
        >>> [t["value"] for t in tag("وأعلن الوزير اليوم أن الاجتماع يعقد اليوم الخميس", "2019-02-07")]
        ['2019-02-07', '2019-02-07']
    """
    if "ك" in (m.group("cl") or ""):
        return True
    if m.group("d_wd") or m.group("d_pod"):
        return False
    before, after = ctx.sentence_before(start)[-80:], ctx.key[end:end + 12]
    if _interview(ctx) and not re.search(r"(?<!\w)(?:حتي|الي)\s+$", before):
        return True
    if _NOWADAYS_HEAD.search(before) or _NOWADAYS_PRONOUN.search(before):
        return True
    if re.match(r"\s+ان(?!\w)", after) and _NOWADAYS_SUBJECT.search(before):
        return True
    if _maxim_today(ctx, start, end) or _state_verb_before(ctx, before):
        return True
    return bool(re.match(r"\s*[،,]?\s*فان(?!\w)", after) and _NOWADAYS_FA.search(before))


def _figurative_tomorrow(ctx: _Ctx, start: int) -> bool:
    """Is ``الغد`` at key offset ``start`` the future, after a noun of ``not_today`` with a clitic و / ف / ل (``وجيل الغد``،
    ``لرجال الغد``)? Without a clitic the ``not_today`` test of :func:`_h_deic` already says so.

    Example:
        >>> tag("ويتطلع إلى بناء مدارس الغد ولجيل الغد", "2017-08-11")
        []
    """
    prev = re.search(r"(?<!\w)[وفل]{1,2}(\w+)\s*$", ctx.before(start, 20))
    return bool(prev) and prev.group(1) in _lex()["not_today"]


def _h_deic(m, ctx: _Ctx):
    word = " ".join(m.group("d_deic").split())  # يوم  أمس: the word list has one space
    start, end = m.start("R_deic"), m.end("R_deic")
    if word == "امس" and re.search("[بلك]", m.group("cl") or ""):
        return None  # ولامس (and touched) is not و + ل + أمس
    if m.group("d_wd"):
        d, anchor = _deictic_weekday(ctx, word, m.group("d_wd"), end)
        if ctx.lead is None:
            ctx.lead = d
        if m.group("d_pod"):
            code = _lex()["parts"][m.group("d_pod")][0]
            return [(start, end, "time", f"{_iso(d)}T{code}" if d else None, "time", anchor)]
        return [(start, end, "date", _iso(d) if d else None, "day", anchor)]
    if word == "اليوم" and (_outlet_name(ctx, start, end) or _outlet_with_today(ctx, start) or _per_day(ctx, start, end) or _nowadays(m, ctx, start, end)):
        return None
    if word in ("الغد", "الامس") and _maxim_today(ctx, start, end, word):
        return None  # عدو الأمس يصبح حليف اليوم: a maxim, no date (tl31)
    if word == "الغد" and (_outlet_name(ctx, start, end) or _figurative_tomorrow(ctx, start)):
        return None  # وفي "الغد" الأردنية: the Jordanian daily Al-Ghad; وجيل الغد: the future
    if word == "اليوم" and not m.group("d_pod") and (ana := _anaphoric_day(ctx, start, end)) is not None:
        return ana or None
    if word in ("اليوم", "الغد", "الليله"):
        if _after_not_today(ctx, start):
            return None
        if not m.group("d_wd") and re.match(r"\s+ال\w+", ctx.key[m.end("d_deic"):m.end("d_deic") + 20]):
            nxt = re.match(r"\s+(\w+)", ctx.key[m.end("d_deic"):])
            if nxt.group(1) not in ("الاثنين", "الجمعه") and not (word == "الليله" and nxt.group(1) == "الي") and not (_in_lead(ctx, start) and _no_adjective_of_day(word, nxt.group(1))):  # الليلة إلى الملعب
                return None
    d = _deictic_date(ctx, word)
    if ctx.lead is None:
        ctx.lead = d
    if m.group("d_pod"):
        code = _lex()["parts"][m.group("d_pod")][0]
        return [(start, end, "time", f"{_iso(d)}T{code}" if d else None, "time", ctx.anchor if d else None)]
    if word == "الليله" or word.endswith("الماضيه"):  # الليلة، ليلتهم الماضية: a night (TIMEX3 TNI)
        return [(start, end, "time", f"{_iso(d)}TNI" if d else None, "time", ctx.anchor if d else None)]
    return [(start, end, "date", _iso(d) if d else None, "day", ctx.anchor if d else None)]


_DEMONSTRATIVE_BEFORE = re.compile(r"(?<!\w)(?P<cl>[وفبل]{0,2})(?P<dem>هذا|ذلك|ذاك)\s+$")
_GENERIC_DEMONSTRATIVE_DAY = re.compile(r"\s+(?:من\s+كل\s+(?:عام|سنه)|(?:الذي|التي)(?!\w))")
_UNTIL_BEFORE = re.compile(r"(?<!\w)(?:و?حتي|الي|والي)\s+$")  # key folding: ى→ي، إ→ا
_ANAPHOR_REACH = 2000  # key characters back to the day a demonstrative day points at


@lru_cache(maxsize=1)
def _day_named_after_re() -> re.Pattern:
    """A weekday or a deictic word right after ``هذا اليوم``, in brackets or not (``هذا اليوم (أمس) السبت``): the day
    is named there, not by anaphora."""
    return re.compile(rf"\s*[(«\"]?\s*(?:{_alt(_lex()['weekdays'])}|{_alt(_lex()['deictic'])})(?!\w)")


def _anaphoric_day(ctx: _Ctx, start: int, end: int) -> list | None:
    """``هذا اليوم`` / ``ذلك اليوم`` (key offsets of ``اليوم``) without a weekday: the day named last before it in the
    text (a date of day granularity or a time of a day, at most ``_ANAPHOR_REACH`` characters back, not after the
    text's today), one expression from the demonstrative (blind9's ``بذلنا مجهودا كبيرا لهذا اليوم`` after ``يوم
    الخميس`` of the election). The distal ``ذلك`` / ``ذاك`` only after a day written out as a calendar date (``منذ الأول
    من يوليو عام 2015؛ حيث رفع البيت الأبيض في ذلك اليوم``): after a weekday or a deictic word it is mostly a day of a
    memoir or a habit (``ومنذ ذلك اليوم وأنا``، ``تقضي يوم الأحد … في ذلك اليوم``). A day to come before it is a
    forecast's (``يوم السبت المقبل`` … ``يكون الطقس هذا اليوم``), not the one meant.
    ``[]`` (no expression) when there is no such day, for an anniversary (``في مثل هذا اليوم``، ``لمثل هذا اليوم``), a
    yearly day (``في هذا اليوم من كل عام``) or a day a clause defines (``ذلك اليوم الذي``). None (the rules as before)
    when no demonstrative stands before ``اليوم``, after حتى / إلى ("to this day"), when a weekday or a deictic
    follows (``هذا اليوم (أمس) السبت``), and with a clitic (``لهذا اليوم``، ``بهذا اليوم``) when there is no such
    day: today, as before (a weather report's "for this day").

    Example:
        >>> [(t["text"], t["value"]) for t in tag("فاز بالانتخابات يوم الخميس. وقال مدير حملته: بذلنا مجهودا كبيرا لهذا اليوم", "2017-08-11")]
        [('يوم الخميس', '2017-08-10'), ('هذا اليوم', '2017-08-10')]
        >>> [(t["text"], t["value"]) for t in tag("توقعت الأرصاد في تقريرها لهذا اليوم طقساً حاراً", "2015-07-21")]
        [('اليوم', '2015-07-21')]
        >>> tag("وقال: تمنيت ألا ينتهي هذا اليوم. ومنذ ذلك اليوم الذي التقيته، وتتحضر لمثل هذا اليوم", "2017-08-11")
        []
        >>> [(t["text"], t["value"]) for t in tag("تقضي يوم الأحد في منزل جدتها، وكانت تلعب في ذلك اليوم. وفي 24 يناير 2014 دعا الوزير وصرّح ذلك اليوم", "2015-07-21")]
        [('يوم الأحد', '2015-07-19'), ('24 يناير 2014', '2014-01-24'), ('ذلك اليوم', '2014-01-24')]
        >>> [(t["text"], t["value"]) for t in tag("تمطر يوم السبت المقبل، في حين يكون الطقس هذا اليوم مستقرا", "2015-07-28")]
        [('يوم السبت المقبل', '2015-08-01')]
    """
    dem = _DEMONSTRATIVE_BEFORE.search(ctx.before(start, 12))
    if not dem:
        return None
    head = start - len(dem.group()) + len(dem.group("cl"))  # the demonstrative's first letter
    if (not dem.group("cl") and _UNTIL_BEFORE.search(ctx.before(head, 8))) or _day_named_after_re().match(ctx.key, end):
        return None
    if re.search(r"(?<!\w)[وفبل]{0,2}مثل\s+$", ctx.before(head, 12)) or _GENERIC_DEMONSTRATIVE_DAY.match(ctx.key, end):
        return []
    for f, (_, b) in zip(reversed(ctx.found), reversed(ctx.kspans)):
        v = f["value"] or ""
        if head - b > _ANAPHOR_REACH:
            break
        if f["type"] in ("date", "time") and re.match(r"\d{4}-\d{2}-\d{2}(?:T|$)", v) and "/" not in v:
            if (dem.group("dem") != "هذا" and f["anchor"] != _ABS) or (ctx.dct is not None and v[:10] > _iso(ctx.dct)):
                break
            return [(head, end, "date", v[:10], "day", f["anchor"])]
    return None if dem.group("cl") else []


def _in_lead(ctx: _Ctx, pos: int) -> bool:
    """True when key offset ``pos`` lies in the text's first sentence, the lead where a news story says its day."""
    return pos < ctx.fact("lead_end", lambda: (m.start() if (m := re.search(r"[.!؟?\n]", ctx.key)) else len(ctx.key)))


def _no_adjective_of_day(word: str, nxt: str) -> bool:
    """True when the definite word ``nxt`` after a masculine ``اليوم``/``الغد`` cannot be its adjective: a feminine
    singular or plural in -ة / -ات (``تنطلق اليوم البطولة``، ``تبدأ اليوم الاختبارات``) opens the next phrase, so the
    deictic stands in a text's lead (issue 18, sixteenth round; deeper in a feature ``الذي يحمل اليوم المرتبة الثانية``
    is nowadays, no date); ``اليوم الوطني``، ``اليوم العالمي`` stay days of their own, and a nisba in -ية is left out
    (``في اليوم السعودية``: the daily Al-Yaum).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("تنطلق اليوم البطولة العربية، ويصادف اليوم العالمي للشباب", "2015-07-21")]
        [('اليوم', '2015-07-21')]
    """
    return word != "الليله" and len(nxt) > 4 and ((nxt.endswith("ه") and not nxt.endswith("يه")) or nxt.endswith("ات"))


def _clock_minutes(m, h: int) -> tuple[int, str | None] | None:
    """The hour and minutes of a clock time whose minutes follow the hour in words: و + a count + دقيقة/دقائق (in
    words or digits), والنصف, والربع or إلا ربعاً; None when the count is no minute (over 59).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("وصل الاثنين في الساعة السابعة و36 دقيقة صباحاً", "2017-08-11")]
        [('الاثنين في الساعة السابعة و36 دقيقة صباحاً', '2017-08-07T07:36')]
        >>> [t["value"] for t in tag("الساعة 7 والنصف مساء", "2017-08-11")]
        ['2017-08-11T19:30']
    """
    hh, mm = h, None
    if m.group("c_mw"):
        n = _number(m.group("c_mw"))  # الساعة الثامنة وخمس وأربعون دقيقة، الساعة السابعة و36 دقيقة
        if n is None or n > 59:
            return None
        mm = f"{n:02d}"
    if m.group("c_frac"):
        q = _FRAC_MINUTES.get(re.sub(r"^و\s*(?:ال)?", "", m.group("c_frac")))
        hh, mm = (h, f"{q:02d}") if q is not None else (h - 1, "45")
    return hh, mm


def _h_clock(m, ctx: _Ctx):
    if m.group("c_hw"):
        if not m.group("c_hw").split()[0].endswith("ه"):
            return None  # hours are feminine (الثانية مساءً); اليوم الثاني مساء is no clock time
        h = _ordinal(m.group("c_hw"))
        if not h or h > 12 or not (m.group("c_kw") or m.group("c_pod") or _ZONE_AFTER.match(ctx.key, m.end("R_clock"))):
            return None
        if (hm := _clock_minutes(m, h)) is None:
            return None
        hh, mm = hm
    elif m.group("c_hhmm"):
        hh, mm = int(m.group("c_hhmm")[:2]), m.group("c_hhmm")[2:]
        if hh > 23:
            return None
    else:
        if not (m.group("c_kw") or m.group("c_m")):
            return None
        hh, mm = int(m.group("c_h")), m.group("c_m")
        if (m.group("c_m") is None or m.group("c_sep") != ":") and not m.group("c_kw") and not (m.group("c_m") and _ZONE_AFTER.match(ctx.key, m.end("R_clock"))):
            return None  # الساعة 9.30 مساء، الساعة 14,30: a dot or comma only after الساعة (or before بتوقيت: 04,01 بتوقيت غرينتش)
        if hh > 24:
            return None
        if mm is None:  # minutes after the hour: الساعة 7 والنصف، الساعة 7 و36 دقيقة
            if (hm := _clock_minutes(m, hh)) is None:
                return None
            hh, mm = hm
    start, end = m.start("R_clock"), m.end("R_clock")
    # The day: an explicit one after the time, else the last dated expression of the sentence, else publication.
    day, anchor = None, None
    if m.group("c_wd") and ctx.dct is not None:
        # التاسعة من مساء الأربعاء المقبل
        rel = m.group("c_wrel") if m.group("c_wrel") and _rel_shift(m.group("c_wrel"), ctx, "D") is not None else None
        if m.group("c_wrel") and rel is None:
            end = m.end("c_wd")
        d = _weekday_date(ctx, _lex()["weekdays"][m.group("c_wd")], rel, start)
        day, anchor = _iso(d), ctx.anchor
    elif m.group("c_deic"):
        word = " ".join(m.group("c_deic").split())  # ظهر أول من أمس
        d = _deictic_date(ctx, word)
        if (dw := _weekday_after_deictic(ctx, word, end)):
            d, end = dw
        day, anchor = (_iso(d), ctx.anchor) if d else (None, None)
    elif (after := _clock_day_re().match(ctx.key, end)) and ctx.dct is not None:
        # الساعة 1020 بتوقيت جرينتش يوم الثلاثاء: the day follows the time.
        if after.group("wd"):
            # … بتوقيت اليمن يوم الأحد المقبل; يوم الأحد (10 شوال 1436هـ): the date said with the weekday
            rel = after.group("rel") if after.group("rel") and _rel_shift(after.group("rel"), ctx, "D") is not None else None
            d = _weekday_date(ctx, _lex()["weekdays"][after.group("wd")], rel, start)
            if not rel and (ev := _event_day(ctx, after.end())) and abs((ev - d).days) <= 30:
                d = _nearest_weekday(ev, _lex()["weekdays"][after.group("wd")])
        else:
            d = _deictic_date(ctx, " ".join(after.group("deic").split()))  # من أول من أمس
        day, anchor = _iso(d), ctx.anchor
    elif _daily_clause(ctx, start, end) or _days_list_before(ctx, start):
        v, _ = _clock_value("XXXX-XX-XX", hh, mm, m.group("c_pod") or _pod_after(ctx, end, int(hh)))
        return [(start, end, "set", v, "time", None)] if v else None
    else:
        prev = next((f for f, (a, b) in zip(reversed(ctx.found), reversed(ctx.kspans))
                     if f["type"] in ("date", "time") and f["granularity"] in ("day", "time") and f["value"]
                     and not re.search(r"[.!؟?\n]", ctx.key[b:start])), None)
        if prev is not None:
            day, anchor = prev["value"][:10], prev["value"][:10]
        elif (story := _story_day(ctx, start)) is not None:
            # تراجعت أسعار النفط أمس الاثنين ... بحلول الساعة 05:47 بتوقيت جرينتش: without a day in its
            # sentence, a clock time is on the day of the story, the first day the text names by a deictic
            # word or a weekday
            day, anchor = story
    if (m.group("c_wd") or m.group("c_deic")) and (same := _same_day_re().match(ctx.key, end)):
        # الساعة الرابعة عصراً من يوم الأحد الموافق 1436/9/25هـ: the date said with the day is the day, one expression
        _, single, _ = _grammar()
        for r in ("num", "full"):
            m2 = single[r].match(ctx.key, same.end())
            if m2 and not m2.group("cl") and (out := _HANDLERS[r](m2, ctx)) and out[0][2] == "date" and out[0][3]:
                day, anchor, end = out[0][3][:10], _ABS, out[0][1]
                break
    v, gran = _clock_value(day, hh, mm, m.group("c_pod") or _pod_after(ctx, end, int(hh)) or _kickoff_evening(ctx, start, int(hh)))
    if v is None and day is not None:
        return None
    return [(start, end, "time", v, gran, anchor if v else None)]


_DAILY = re.compile(r"(?<!\w)(?:يوميا|كل\s+يوم)(?!\w)")
_DAILY_CLAUSE_END = re.compile(r"[.؛;!؟?\n،,]")


def _daily_clause(ctx: _Ctx, start: int, end: int) -> bool:
    """Is a clock time without a day of its own in a clause that says it is daily (``يومياً``، ``كل يوم``)? Then it is a
    habit, a set ``XXXX-XX-XXTHH:MM`` as the guideline reads a schedule's hours, not a time of the last day named
    (twenty-third round: ``استقبال ملفات المترشحين يوميا بمقر النادي من الساعة السادسة إلى الساعة التاسعة مساء`` after
    ``يوم الأحد 16 أغسطس`` was put on that Sunday).

    Example:
        >>> [(t["text"], t["type"], t["value"]) for t in tag("ويستقبل الطلبات يوميا من الساعة العاشرة صباحاً.", "2015-07-31")]
        [('يوميا', 'set', 'P1D'), ('الساعة العاشرة صباحاً', 'set', 'XXXX-XX-XXT10:00')]
    """
    lo = max(0, start - 90)
    cuts = [c.end() for c in _DAILY_CLAUSE_END.finditer(ctx.key, lo, start)]
    head = ctx.key[cuts[-1] if cuts else lo:start]
    tail = _DAILY_CLAUSE_END.search(ctx.key, end, end + 40)
    return bool(_DAILY.search(head) or _DAILY.search(ctx.key, end, tail.start() if tail else min(len(ctx.key), end + 40)))


_DAYS_LIST_LEAD = re.compile(r"(?<!\w)[وف]?(?:ايام|يومي)\s+$")


def _days_list_before(ctx: _Ctx, start: int) -> bool:
    """Is a clock time without a day of its own in a sentence that lists two or more days after ``أيام`` / ``يومي``
    (``وحددت الكلية أيام الثلاثاء 10/12 والأربعاء 10/13 … عند الساعة 7.30 صباحاً``، ``تسير الرحلات يومي الثلاثاء
    والخميس، في الأوقات التالية: الثالثة بعد الظهر``)? Then it is the hour of a schedule repeated on those days, a set
    ``XXXX-XX-XXTHH:MM`` (blind4's convention; tl27), not a time of the last day of the list.

    Example:
        >>> [(t["text"], t["type"], t["value"]) for t in tag("تقام الدورة يومي الأحد والاثنين من الساعة الثامنة صباحا", "2015-07-22")][-1]
        ('الساعة الثامنة صباحا', 'set', 'XXXX-XX-XXT08:00')
    """
    days = []
    for f, (a, b) in zip(reversed(ctx.found), reversed(ctx.kspans)):
        if _SENTENCE_END.search(ctx.key, b, start):
            break
        if f["type"] == "date" and f["granularity"] == "day" and f["value"]:
            days.append(a)
    if len(days) < 2:
        return False
    first = days[-1]
    lead = ctx.key[max(0, first - 8):first]
    return bool(_DAYS_LIST_LEAD.search(lead) or ctx.key.startswith(("ايام ", "يومي "), first))


@lru_cache(maxsize=1)
def _weekday_after_re() -> re.Pattern:
    return re.compile(rf"\s+(?:يوم\s+)?(?P<wd>{_alt(_lex()['weekdays'])})(?!\w)")


def _weekday_after_deictic(ctx: _Ctx, word: str, end: int) -> tuple[dt.date, int] | None:
    """(day, end) of a weekday right after the deictic word that closes a clock time: ``الساعة الثامنة من مساء أمس
    السبت`` is one expression on that Saturday (the weekday fixes the day, as in ``مساء أمس السبت``), not a time on
    yesterday and a bare ``السبت`` a week back (twenty-second round).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("حتى الساعة الثامنة من مساء أمس السبت بلغت 960 بلاغا", "2015-07-21")]
        [('الساعة الثامنة من مساء أمس السبت', '2015-07-18T20:00')]
    """
    wm = _weekday_after_re().match(ctx.key, end)
    if not wm or word not in _lex()["deictic"] or _same_day_re().match(ctx.key, wm.end()):
        return None  # … مساء أمس الاثنين الموافق 10/4/ 1436هـ: the weekday goes with its date (timeline_test), a deictic day and its date are two
    d, _ = _deictic_weekday(ctx, word, wm.group("wd"))
    return (d, wm.end()) if d else None


def _pod_at_head(m, ctx: _Ctx):
    """A part-of-day adverb alone at the head of a sentence, before a comma (``صباحا، أجرى الهلال مرانه``): on the
    story's day (the first day the text names by a deictic word or a weekday), else on the reference day.

    Example:
        >>> [t["value"] for t in tag("خاض الهلال أمس مرانه الأول. صباحا، أجرى الفريق فحوصات طبية.", "2015-07-26")]
        ['2015-07-25', '2015-07-25TMO']
        >>> tag("قال إن الجو صباحا، بارد", "2015-07-26")
        []
    """
    start = m.start("R_podbare")
    before = ctx.key[max(0, start - 10):start]
    at_head = re.search(r"[.!؟?\n:]\s*[«\"(]?\s*$", before) or (start <= 10 and not before.strip(' «"('))
    if m.group("cl") or not at_head or (story := _story_day(ctx, start)) is None:
        return None
    day, anchor = story
    code = _lex()["parts"][m.group("pb_head")][0]
    return [(start, m.end("R_podbare"), "time", f"{day}T{code}", "time", anchor)]


def _h_podbare(m, ctx: _Ctx):
    """قبل الظهر / بعد الظهر alone: a part of the day that its sentence names (ذلك أمس … قبل الظهر), else no date."""
    if m.group("pb_head"):
        return _pod_at_head(m, ctx)
    start = m.start("R_podbare")
    prev = next((f for f, (a, b) in zip(reversed(ctx.found), reversed(ctx.kspans))
                 if f["type"] in ("date", "time") and f["granularity"] in ("day", "time") and f["value"]
                 and not re.search(r"[.!؟?\n]", ctx.key[b:start])), None)
    if (prev is None or not re.match(r"\d{4}-\d{2}-\d{2}", prev["value"])) and not _session_part(m, ctx, start):
        return None
    code = _lex()["parts"][_SPACES.sub(" ", m.group("pb_pod"))][0]
    if prev is None or not re.match(r"\d{4}-\d{2}-\d{2}", prev["value"]):
        day, anchor = _story_day(ctx, start)
        return [(start, m.end("R_podbare"), "time", f"{day}T{code}", "time", anchor)]
    return [(start, m.end("R_podbare"), "time", f"{prev['value'][:10]}T{code}", "time", prev["value"][:10])]


_SESSION_AFTERNOON = re.compile(r"(?<!\w)(?:جلسه|الجلسه|تداول|تداولات|التداول|التداولات)\s+فتره\s+$")


def _session_part(m, ctx: _Ctx, start: int) -> bool:
    """Is a bare ``بعد الظهر`` / ``بعد الظهيرة`` a trading session of the story's day: ``فترة`` after a session word
    (``ومع جلسة تداول فترة بعد الظهيرة، صعد المؤشر``; twentieth round), with a story or reference day to take? Not the
    afternoon of any day (``ارتفاع درجة الحرارة في فترة بعد الظهر``).

    Example:
        >>> [t["value"] for t in tag("ومع جلسة تداول فترة بعد الظهيرة، صعد المؤشر بنسبة 0.38 في المئة", "2017-08-11")]
        ['2017-08-11TAF']
    """
    return (not m.group("cl") and _SESSION_AFTERNOON.search(ctx.before(start, 30)) is not None
            and _story_day(ctx, start) is not None)


@lru_cache(maxsize=1)
def _same_day_re() -> re.Pattern:
    return re.compile(_k(r"\s*[،,]?\s*(?:الموافق|الموافقه|والموافق)\s+"))


@lru_cache(maxsize=1)
def _pod_after_re() -> re.Pattern:
    ORD = _alt(_lex()["ordinals"])
    PODA = _alt(list(_lex()["parts"]) + ["صباحا", "مساء", "ظهرا", "عصرا", "ليلا", "فجرا"])
    return re.compile(_k(rf"\s*(?:و|الى|إلى|حتى|-|–)\s*(?:الساعه\s+)?(?:(?P<h>\d{{1,2}})(?::\d\d)?|(?P<hw>{ORD}(?:\s+عشره?)?))(?:\s+{_CLOCK_FRAC})?\s+(?:من\s+)?(?P<pod>{PODA})(?!\w)"))


def _pod_after(ctx: _Ctx, end: int, hh: int) -> str | None:
    """The part of day of a range's second clock time, for the first (بين الساعة الثانية والخامسة ظهراً), when
    the range stays in order with it (من العاشرة والربع حتى الثانية عشرة ظهراً keeps 10:15)."""
    m = _pod_after_re().match(ctx.key, end)
    if not m:
        return None
    h2 = int(m.group("h")) if m.group("h") else _ordinal(m.group("hw"))
    shift = _lex()["parts"].get(m.group("pod"), ("", 0))[1]
    if not h2 or (hh + (shift if hh < 12 else 0)) > (h2 + (shift if h2 < 12 else 0)):
        return None
    return m.group("pod")


def _kickoff_evening(ctx: _Ctx, start: int, hh: int) -> str | None:
    """A kick-off hour of 4 to 11 without a part of day is in the evening when its sentence is a fixture: a match
    word comes before the time in the same sentence (``time_context.tsv`` kind ``kickoff_cue``: مباراة، تقام المباراة،
    ركلة البداية). Matches in the Gulf and the Levant kick off in the afternoon or evening; the morning reading
    (08:45) would put a league match before breakfast. Returns the part-of-day word (``مساء``) or None.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("حدد الاتحاد موعد مباراة النصر والمجزل يوم الاثنين 9 من ذي القعدة 1436هـ الساعة الثامنة", "2015-07-24")]
        [('يوم الاثنين 9 من ذي القعدة 1436هـ الساعة الثامنة', '2015-08-24T20:00')]
        >>> [t["value"] for t in tag("افتتح المعرض يوم الاثنين الساعة الثامنة", "2015-07-24")]
        ['2015-07-20T08:00']
    """
    if not 4 <= hh <= 11:
        return None
    head = ctx.sentence_before(start)
    return "مساء" if _kickoff_re().search(head) else None


@lru_cache(maxsize=1)
def _kickoff_re() -> re.Pattern:
    return re.compile(rf"(?<!\w)[وفبل]?(?:ال)?(?:{_alt(_lex()['context']['kickoff_cue'])})(?!\w)")


@lru_cache(maxsize=1)
def _clock_day_re() -> re.Pattern:
    WD = _alt(_lex()["weekdays"])
    REL = _alt(_lex()["rel"])
    DEIC = _alt(_lex()["deictic"])
    return re.compile(_k(rf"(?:\s+{_CLOCK_ZONE}\s+\w+(?:\s+\w+)?)?\s*[،,]?\s+(?:من\s+)?(?:يوم\s+|هذا\s+)?(?:(?P<deic>{DEIC})(?:\s+(?P<wd1>{WD}))?|(?P<wd>{WD})(?:\s+(?P<rel>{REL}))?)(?!\w)"))


def _dur_value(n: int | None, unit: str) -> str | None:
    if n is None:
        return None
    if unit in ("H", "MIN", "S"):
        return f"PT{n}{'M' if unit == 'MIN' else unit}"
    if unit in ("DE", "CE"):
        n = n * (10 if unit == "DE" else 100)  # عقدين = P20Y, قرن = P100Y (as نصف قرن = P50Y)
        return f"P{int(n) if n == int(n) else n}Y"
    return f"P{n}{unit}"


def _unit_count(m, num_g: str, unit_g: str, dual_g: str, one_g: str | None = None):
    units = _lex()["units"]
    if m.group(dual_g):
        return units[m.group(dual_g)][0], 2
    if one_g and m.group(one_g):
        return units[m.group(one_g)][0], 1
    if _inside_larger_number(m.string, m.start(num_g), m.group(num_g)):
        return units[m.group(unit_g)][0], None
    return units[m.group(unit_g)][0], _number(m.group(num_g))


def _inside_larger_number(key: str, start: int, num: str) -> bool:
    """A count that opens with a hundred or a thousand (``ألف``، ``مائة``) right after a number (``130 ألف عام``، ``أربعة
    عشر ألف سنة``) is the tail of a larger number, whose value the tagger cannot compose: no count.

    Example:
        >>> tag("عاش الجنس البشري قرابة 130 ألف عام", "2015-07-26"), [t["value"] for t in tag("هيكل عمره ألف عام", "2015-07-26")]
        ([], ['P1000Y'])
    """
    L = _lex()
    first = (num.split() or [""])[0]
    if first not in L["hundreds"]:
        return False
    prev = re.search(r"(\S+)\s+$", key[max(0, start - 20):start])
    return bool(prev and (re.search(r"\d$", prev.group(1)) or prev.group(1) in L["numbers"] or prev.group(1).lstrip("و") in L["numbers"]))


def _not_until(ctx: _Ctx, start: int) -> bool:
    """``قبل بضعة شهور`` after the future negation لن in its clause means "not until a few months from now", a
    vague limit in the future, not some time before publication: no expression (``بضعة شهور`` has no count).

    Example:
        >>> tag("إلا أنها لن تكون جاهزة بالكامل قبل بضعة شهور.", "2017-08-11")
        []
        >>> [t["value"] for t in tag("وكان هذا المعدل لا يزيد عن 15 ألف عقار قبل عدة سنوات.", "2017-08-11")]
        ['PAST_REF']
    """
    clause = re.split(r"[.!؟?\n،,:]", ctx.key[max(0, start - 80):start])[-1]
    return bool(re.search(r"(?<!\w)لن\s", clause))  # not لا: وكان لا يزيد … قبل عدة سنوات، «لا ناسيون» قبل أسابيع


_EVENT_NOUN = re.compile(r"\s+(?:\w{2,}ه|عيد)(?!\w)")


def _day_of_event(m, ctx: _Ctx) -> bool:
    """``يوم`` alone before an indefinite noun in -ة or ``عيد`` (idafa: the day of an event, ``خلال يوم زيارة أهالي
    السجناء``، ``طوال يوم عيد الفطر``) is no count of one day.

    Example:
        >>> [t["text"] for t in tag("خلال يوم زيارة أهالي السجناء", "2017-08-11")]
        []
        >>> [t["value"] for t in tag("لمدة يوم في الأسبوع", "2017-08-11")]
        ['P1D']
    """
    return m.group("a_one") == "يوم" and not m.group("a_half") and bool(_EVENT_NOUN.match(ctx.key, m.end("a_one")))


_BY_MEANS = re.compile(r"(?<!\w)من\s+$")
_NOT_A_NOUN_AFTER = re.compile(r"\s+(?:تقريبا|كامل|كاملا|من|واحد|او|و)(?!\w)|\s*[^\s\w]|\s*$")


def _by_holding(m, ctx: _Ctx) -> bool:
    """``من خلال عقد`` before a noun is "by concluding / holding" (``من خلال عقد تعاون بين معهد``، ``من خلال عقد ملتقى``،
    ``من خلال عقد اتفاقيات``), no decade; ``خلال عقد من الزمن``، ``خلال عقد تقريبا`` and ``خلال عقد.`` stay one.

    Example:
        >>> tag("وساندت إسرائيل هذا التوجه من خلال عقد تعاون بين معهد وايزمان وجامعة", "2015-07-21")
        []
        >>> [t["value"] for t in tag("وتصبح المدينة خلال عقد من الزمن مدينة جاذبة", "2015-07-21")]
        ['P10Y']
    """
    return (m.group("a_pre") == "خلال" and bool(_BY_MEANS.search(ctx.key, max(0, m.start("a_pre") - 6), m.start("a_pre")))
            and not _NOT_A_NOUN_AFTER.match(ctx.key, m.end("R_ago")))

def _h_ago(m, ctx: _Ctx):
    """A count after قبل / منذ / بعد / خلال / لمدة …: ``قبل عامين`` is a date, ``لمدة 10 أيام`` a duration; a count in
    parentheses or quotes (``لمدة (عشرة) أيام``) too, its span from the opening bracket.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("سجن لمدة (عشرة) أيام بعد أن غادر قبل (3) سنوات", "2017-08-11")]
        [('(عشرة) أيام', 'P10D'), ('قبل (3) سنوات', '2014')]

        ``واحد`` / ``واحدة`` after a single unit belongs to the count (``لمدة يوم واحد`` = ``يوم واحد`` P1D):

        >>> [(t["text"], t["value"]) for t in tag("أغلق المعبر لمدة يوم واحد وفتح خلال ساعة واحدة", "2017-08-11")]
        [('يوم واحد', 'P1D'), ('ساعة واحدة', 'PT1H')]

        ``نحو`` / ``حوالي`` / ``قرابة`` between ``قبل`` and the count keep it a date ago (thirteenth round, the guideline's
        ``قبل حوالي ثلاثين عاماً`` = ``1985``; it was read ``P30Y``):

        >>> [(t["text"], t["value"]) for t in tag("أصيب قبل نحو شهر، وتأسس النادي قبل حوالي ثلاثين عاما", "2015-07-26")]
        [('قبل نحو شهر', '2015-06'), ('قبل حوالي ثلاثين عاما', '1985')]

        So do ``أكثر من`` / ``ما يزيد عن`` after ``قبل`` (seventeenth round: ``قبل أكثر من شهرين`` was the duration ``P2M`` of
        ``شهرين``; "more than two months ago" is dated by its count, as ``قبل نحو شهرين`` is; ``منذ أكثر من`` stays a duration):

        >>> [(t["text"], t["value"]) for t in tag("زارت المركز قبل أكثر من شهر، وأنشئت قبل أكثر من ثلاثين عامًا", "2015-07-24")]
        [('قبل أكثر من شهر', '2015-06'), ('قبل أكثر من ثلاثين عامًا', '1985')]

        A vague ``بعد أيام`` / ``بعد أشهر`` measured from an event (``بعد أسابيع فقط من فوزه``، ``بعد سنوات طويلة من``) or
        from a span it names (``بعد أشهر قضاها في …``) is no ``FUTURE_REF`` (thirteenth round):

        >>> [(t["text"], t["value"]) for t in tag("استقال بعد أسابيع فقط من فوزه، بعد أشهر قضاها في التشكيك", "2017-08-11")]
        []
    """
    if m.group("a_vague"):
        # قبل أيام، قبل عدة أشهر، قبل فترة: some time before publication (TIMEX3 PAST_REF); بعد أيام: FUTURE_REF
        u = _lex()["units"].get(m.group("a_vague"))
        value = "PAST_REF" if m.group("a_pre") == "قبل" else "FUTURE_REF"
        if value == "PAST_REF" and _not_until(ctx, m.start("R_ago")):
            return None
        if value == "FUTURE_REF" and u and u[0] in ("S", "MIN", "H"):
            return None  # بعد دقائق: minutes after something in the story, not after publication
        end = m.end("a_vague2") if m.group("a_vague2") else m.end("a_vague")
        if value == "FUTURE_REF" and not _vague_future(ctx, m.start("R_ago"), end):
            return None
        return [(m.start("R_ago"), end, "date", value, _UNIT_GRAN[u[0]] if u else None, ctx.anchor if ctx.dct else None)]
    unit, n = _unit_count(m, "a_num", "a_unit", "a_dual", "a_one")
    if n is None:
        return None
    if unit == "DE" and _contract_noun(ctx, _count_start(m), m.end("R_ago")) or unit == "DE" and _decade_named_after(ctx, m.end("R_ago")):
        return None  # مدة عقد اللاعب: a contract; خلال عقد الستينات: the decade named after it
    if unit == "DE" and m.group("a_one") and not m.group("a_half") and re.match(r"\s+ال\w", ctx.key[m.end("R_ago"):m.end("R_ago") + 6]):
        return None  # قبل عقد القران، قبل عقد الجمعية: before the holding of (seventeenth round: a decade ago, 200)
    if unit == "DE" and m.group("a_one") and _by_holding(m, ctx):
        return None  # من خلال عقد تعاون: by concluding a cooperation (tl30)
    if m.group("a_less") and not (unit == "Y" and n >= 2 and m.group("a_pre") == "قبل" and not m.group("a_rel") and not _before_event(m, ctx)):
        # قبل أقل من 4 سنوات is dated by its count (2011 in 2015), as قبل أكثر من is (twenty-first round, blind12)
        if (less := _less_than_ago(m, ctx, unit, n)) is not None:
            return less
        # قبل أقل من أسبوع: a little before publication, as قبل أيام
        return [(m.start("R_ago"), m.end("R_ago"), "date", "PAST_REF", _UNIT_GRAN[unit], ctx.anchor if ctx.dct else None)]
    pre = _SPACES.sub(" ", m.group("a_pre"))
    if pre == "قبل" and not m.group("a_rel") and _before_event(m, ctx):
        # قبل دقيقتين من نهاية الوقت الأصلي: before an event of the story, a duration, not "ago"
        start = m.start("a_open") if m.group("a_open") else _count_start(m)
        return [(start, m.end("R_ago"), "duration", _dur_value(n + (0.5 if m.group("a_half") else 0), unit), _UNIT_GRAN[unit], None)]
    if pre == "قبل" and not m.group("a_rel"):
        start, end = m.start("R_ago"), m.end("R_ago")
        if ctx.dct is None:
            return [(start, end, "date", None, _UNIT_GRAN[unit], None)]
        if unit in ("H", "MIN", "S"):
            return [(start, end, "date", _iso(ctx.dct), "day", ctx.anchor)]
        if m.group("a_half") and unit == "Y":
            unit, n = "M", 12 * n + 6  # قبل عام ونصف: eighteen months back
        value, gran = _shift(ctx.dct, unit, -n)
        return [(start, end, "date", value, gran, ctx.anchor)]
    if _day_of_event(m, ctx):
        return None
    if m.group("a_one") and not m.group("a_half") and not m.group("a_wahid") and not m.group("a_approx") and not m.group("a_more") and pre in ("منذ", "قبل", "بعد", "نحو", "حوالي", "قرابه") and not _ABOUT_AFTER.match(ctx.key, m.end("R_ago")):
        return None  # منذ يوم / بعد عام alone is rarely a count (منذ أسبوع واحد is, and منذ عام تقريبا: seventeenth round)
    start = _count_start(m)
    if m.group("a_open"):
        start = m.start("a_open")  # لمدة (عشرة) أيام: the span opens with the parenthesis
    if m.group("a_half"):
        n += 0.5  # خلال سنتين ونصف، بعد عام ونصف
    after = _trailing_count(ctx, m.end("R_ago"), unit, n) if m.group("a_dual") else []  # منذ شهرين أو ثلاثة
    return [(start, m.end("R_ago"), "duration", _dur_value(n, unit), _UNIT_GRAN[unit], None), *after]


_ABOUT_AFTER = re.compile(r"\s+تقريب")  # منذ شهر تقريبا: "about" after a single unit makes it a count


_FUTURE_CUE = re.compile(r"(?<!\w)[وف]?(?:لن|يتوقع|تتوقع|يرتقب|ترتقب|المقرر|المنتظر|المتوقع|مقرر)(?!\w)"
                         r"|(?<!\w)[وف]?(?:قد|ان|عندما|حين|حتى|لكي|كي)\s+[يتن]\w{2,}")  # قد تكون، أن يستمر، عندما يتسنى
# an imperfect verb opening the clause of بعد أيام (تصل العملة إلى التوازن بعد أشهر، تختتم فعالياتها بعد أيام)
_CLAUSE_IMPERFECT = re.compile(r"(?:^|[.،,؛:!؟?\n\-–]|(?<!\w)[وف]|(?<!\w)[وف]?(?:التي|الذي|الذين))\s*[يت](?!م(?!\w)|بع|لا|لت|حول)\w{2,}(?:\s+\S+){0,6}\s*$")


def _vague_future(ctx: _Ctx, start: int, end: int) -> bool:
    """Is ``بعد أيام`` / ``بعد أشهر`` (no count) at key[start:end] said of the time after publication: a future verb or
    cue in its sentence before it (``ستتوصل إلى اتفاق بعد أيام``، ``المنتظر طرحه بعد أيام``) or in its clause after it
    (``وبعد أيام لن يعود``)? In a narrative it counts from the story's last event and is no ``FUTURE_REF``
    (seventeenth round: ``وبعد أيام ذهبت إلى المسرح``، ``تبعه انقلاب آخر بعد بضعة أشهر`` were).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("وقال إن الطرفين سيتوصلان إلى اتفاق بعد أيام معدودة", "2015-07-26")]
        [('بعد أيام', 'FUTURE_REF')]
        >>> tag("أطيح به في انقلاب تبعه انقلاب آخر بعد بضعة أشهر. وبعد أيام ذهبت إلى المسرح", "2017-08-11")
        []
        >>> [t["value"] for t in tag("المهرجان الذي يقام في تورنتو والتي تختتم فعالياتها بعد أيام قليلة", "2015-07-26")]
        ['FUTURE_REF']
    """
    after = re.split(r"[.!؟?\n]", ctx.key[end:end + 60], maxsplit=1)[0]
    before = ctx.sentence_before(start)[-120:]
    around = before + " " + after
    return bool(_future_re().search(around) or _FUTURE_CUE.search(around) or _CLAUSE_IMPERFECT.search(before))


def _count_start(m) -> int:
    """Where the count of an ``ago`` match starts: its number, its dual or its single unit (``قبل نحو عامين`` → ``عامين``);
    a number with the article keeps it (``خلال الثلاثين يوما الماضية`` → ``الثلاثين``, as ``الخمس سنوات الأخيرة``, tl27).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("هبط النفط خلال الثلاثين يوما الماضية", "2015-07-26")]
        [('الثلاثين يوما الماضية', 'P30D')]
    """
    if m.group("a_num"):
        a = m.start("a_num")
        return a - 2 if m.string.startswith("ال", a - 2) and a - 2 >= m.start("R_ago") else a
    return m.start("a_dual") if m.group("a_dual") else m.start("a_one")


_EVENT_AFTER = re.compile(r"\s+(?:فقط\s+)?من\s+(?!(?:الان|اليوم|الحين|الزمان|الزمن|اجل|ذلك|ذاك)(?!\w))")


def _before_event(m, ctx: _Ctx) -> bool:
    """True when an ``ago`` match is followed by ``من`` + an event of the story (``قبل دقيقتين من نهاية الوقت``، ``قبل
    أقل من أسبوعين من موعد الانتخابات``): counted from that event, not from publication (``من الآن`` is publication);
    also with ``فقط`` between (``قبل اسبوع واحد فقط من موعد توليه`` = ``P1W``, tl29).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("أعلن فتح التحقيق قبل 11 يوم فقط من تاريخ اجراء الانتخابات", "2017-08-11")]
        [('11 يوم', 'P11D')]
    """
    return bool(_EVENT_AFTER.match(ctx.key, m.end("R_ago"), m.end("R_ago") + 22))


def _less_than_ago(m, ctx: _Ctx, unit: str, n: int) -> list | None:
    """``أقل من`` + a count after ``منذ`` or before an event, where :func:`_h_ago` does not read ``قبل أقل من``: ``منذ أقل
    من أسبوع`` is ``PAST_REF`` without ``منذ`` in its span (a preposition, blind7's convention); ``قبل أقل من أسبوعين من
    موعد الانتخابات`` counts from an event of the story, a duration of the count alone. None: the ``قبل`` reading.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("أخفق اختبار منذ أقل من أسبوع، قبل أقل من أسبوعين من موعد الانتخابات", "2017-08-11")]
        [('أقل من أسبوع', 'PAST_REF'), ('أسبوعين', 'P2W')]
    """
    end = m.end("R_ago")
    if not m.group("a_rel") and _before_event(m, ctx):
        start = _count_start(m)
        return [(start, end, "duration", _dur_value(n, unit), _UNIT_GRAN[unit], None)]
    if _SPACES.sub(" ", m.group("a_pre")) == "منذ":
        return [(m.start("a_less"), end, "date", "PAST_REF", _UNIT_GRAN[unit], ctx.anchor if ctx.dct else None)]
    return None


def _per_single_unit(m, ctx: _Ctx) -> bool:
    """``في اليوم الواحد`` / ``باليوم الواحد`` (in a single day, per day): a rate after an amount, like ``في السنة``,
    not a duration (``150 ريالا في اليوم الواحد``). ``صيام اليوم الواحد`` stays ``P1D``.

    Example:
        >>> tag("تصل الرسوم إلى 150 ريالا في اليوم الواحد.", "2015-07-26"), tag("يسرق 5 أشخاص باليوم الواحد", "2015-07-26")
        ([], [])
        >>> [t["value"] for t in tag("أجر صيام اليوم الواحد", "2015-07-26")]
        ['P1D']
    """
    s = m.start(next(g for g in ("R_durone", "R_durdef") if g in m.re.groupindex and m.group(g)))
    if not ctx.key.startswith("ال", s) or not re.match(r"ال\w+\s+(?:الواحد|الواحده)(?!\w)", ctx.key[s:s + 20]):
        return False
    return "ب" in (m.group("cl") or "") or bool(re.search(r"(?<!\w)في\s+$", ctx.before(s, 8)))


_HALF_AFTER = re.compile(r"\s+و\s*(?:ال)?نصف(?!\w)")


def _h_durone(m, ctx: _Ctx):
    """A single unit counted as one: ``يوم واحد``، ``عاما كاملا``، ``أكثر من عام``، ``الشهر الأخير``, one more
    (``ساعة عمل إضافية``، ``شهر إضافي``: the unit alone, twentieth round), the dual ``سنتي`` in construct before a
    definite noun (``سنتي التجربة`` = ``P2Y``), and a bare singular unit that counts by its
    place (:func:`_single_unit_counted`).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("بقي يوما واحدا، ثم قضى شهرا في ليبيا", "2017-08-11")]
        [('يوما واحدا', 'P1D'), ('شهرا', 'P1M')]
    """
    if _per_single_unit(m, ctx) or _HALF_AFTER.match(ctx.key, m.end("R_durone")):
        return None  # قرابة الساعة والنصف: a count and a half, the duration rule's (PT1.5H)
    if m.group("do_dual"):  # سنتي التجربة: a dual in construct before a definite noun (not بسنتي وسنة الخلفاء: my Sunna)
        return [(m.start("do_dual"), m.end("do_dual"), "duration", _dur_value(2, "Y"), _UNIT_GRAN["Y"], None)]
    if (m.group("do_span") or m.group("do_after") or m.group("do_that") or m.group("do_pass")) and not _single_unit_counted(m, ctx):
        return None
    w = m.group("do_unit") or m.group("do_last") or m.group("do_more") or m.group("do_dec") or m.group("do_zaman") or m.group("do_about") or m.group("do_after") or m.group("do_that") or m.group("do_pass") or m.group("do_other") or m.group("do_level") or m.group("do_extra")  # لعام آخر، أعلى مستوياته في أسبوع
    if m.group("do_span"):
        w = m.group("do_span")[:-1]  # شهرا → شهر
    if m.group("do_acc"):
        w = {"يوما": "يوم", "اسبوعا": "اسبوع", "شهرا": "شهر", "عاما": "عام"}.get(m.group("do_acc"), m.group("do_acc"))  # يوما واحدا
    unit = _lex()["units"][w[2:] if w.startswith("ال") else w][0]
    start = m.start("do_pass") if m.group("do_pass") else m.start("R_durone")  # مرور عام: the span is the unit
    return [(start, m.end("R_durone"), "duration", _dur_value(1, unit), _UNIT_GRAN[unit], None)]


def _single_unit_counted(m, ctx: _Ctx) -> bool:
    """True when a bare singular unit is a count of one by its place (thirteenth round, a corpus audit): an
    indefinite accusative after a verb of spending time (``time_context.tsv`` kind ``span_verb``: ``قضى شهرا``،
    ``أمضت عاما``، ``يستغرق أسبوعا``), an offset from an event (``بعد يوم من تحذير``، ``بعد ذلك بعام``), as the guideline
    reads ``بعد يوم واحد من إطلاق`` and ``وبعد ذلك بأسبوعين``. ``بعد عام من الآن`` is no offset from an event, and
    ``بعد يوم من الأيام`` ("one day") no count.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("أطلق الصاروخ بعد يوم من التحذير، وبعد ذلك بعام بدأت الأزمة", "2017-08-11")]
        [('يوم', 'P1D'), ('عام', 'P1Y')]
        >>> [(t["text"], t["value"]) for t in tag("فاز الفريق عاما بعد آخر", "2017-08-11")]
        []
    """
    if m.group("do_span"):
        return bool(_before_re()["span_verb"].search(ctx.key, max(0, m.start("do_span") - 30), m.start("do_span")))
    if m.group("do_that") or m.group("do_pass"):
        g = "do_that" if m.group("do_that") else "do_pass"
        nxt = re.match(r"\s*(\S*)", ctx.key[m.end(g):m.end(g) + 20]).group(1)
        if nxt.startswith(("ال", "(")) or nxt[:1].isdigit() or nxt in _lex()["months"] or nxt in _lex()["weekdays"]:
            return False  # احتفالا بيوم المعلم، الخاص بشهر يوليو، مرور يوم الجمعة: a noun in construct, no count
        if g == "do_that":
            return bool(_OFFSET_BEFORE.search(ctx.before(m.start(g), 50)))
    return True


# قبل المباراة بيوم، بعد أن توفيت بساعة، بعد ذلك بعام: قبل / بعد, one to three words (an event, ذلك) and ب before the unit;
# قبلها بعام، بعده بيومين: قبل / بعد with a pronoun, no word needed; بنحو / بحوالي / بقرابة: about one unit (tl27).
_OFFSET_BEFORE = re.compile(r"(?<!\w)[وف]?(?:(?:قبل|بعد)\s+(?:[^\s.،,!؟?:]+\s+){1,3}|(?:قبل|بعد)(?:ها|ه|هما|هم)\s+(?:[^\s.،,!؟?:]+\s+){0,3})ب(?:(?:"
                            + "|".join(_ABOUT) + r")\s+)?$")


_HALF = {"قرن": "P50Y", "ساعه": "PT30M", "عام": "P6M", "سنه": "P6M", "شهر": "P15D", "يوم": "PT12H"}


#: A fraction of an hour or a century, with or without the article (الثلث ساعة، ربع ساعة، ربع قرن).
_FRACTION = {("نصف", "ساعه"): "PT30M", ("ربع", "ساعه"): "PT15M", ("ثلث", "ساعه"): "PT20M", ("ربع", "قرن"): "P25Y"}


def _h_half(m, ctx: _Ctx):
    """``نصف ساعة`` and the other fractions of a unit: ``ربع ساعة`` ``PT15M``, ``الثلث ساعة`` ``PT20M`` (the article
    is colloquial), ``ربع قرن`` ``P25Y``.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("غادرت خلال مدة لا تتجاوز الثلث ساعة، بعد ربع قرن", "2015-07-21")]
        [('الثلث ساعة', 'PT20M'), ('ربع قرن', 'P25Y')]
    """
    if m.group("h_frac"):
        frac = m.group("h_frac").removeprefix("ال")
        unit = _lex()["units"][m.group("h_funit")][0]
        value = _FRACTION[frac, m.group("h_funit")]
        if (ago := _years_ago(ctx, m.start("R_half"), value)) is not None:
            return [(ago[0], m.end("R_half"), "date", ago[1], "year", ctx.anchor)]
        return [(m.start("R_half"), m.end("R_half"), "duration", value, _UNIT_GRAN[unit], None)]
    unit = _lex()["units"][m.group("h_unit")][0]
    if (ago := _years_ago(ctx, m.start("R_half"), _HALF[m.group("h_unit")])) is not None:
        return [(ago[0], m.end("R_half"), "date", ago[1], "year", ctx.anchor)]
    return [(m.start("R_half"), m.end("R_half"), "duration", _HALF[m.group("h_unit")], _UNIT_GRAN[unit], None)]


def _years_ago(ctx: _Ctx, start: int, value: str) -> tuple[int, str] | None:
    """(span start, year) of a fraction of a century right after ``قبل``: ``قبل ربع قرن`` is the year 25 years before
    publication, a date as ``قبل عشرين عاما`` is, not a duration.

    Example:
        >>> [(t["text"], t["type"], t["value"]) for t in tag("انتهت الحرب الباردة قبل ربع قرن، وبعد نصف قرن", "2015-07-21")]
        [('قبل ربع قرن', 'date', '1990'), ('نصف قرن', 'duration', 'P50Y')]
    """
    n = re.fullmatch(r"P(\d+)Y", value)
    lead = re.search(r"(?<!\w)[وف]?قبل\s+$", ctx.before(start, 8))
    if not n or not lead or ctx.dct is None:
        return None
    return start - (len(lead.group()) - (1 if lead.group()[0] in "وف" else 0)), str(ctx.dct.year - int(n.group(1)))


_ENDING_IN = re.compile(r"\s+(?:المنتهيه|المنتهي)\s+(?:في\s+)?(?:(?P<day>\d{1,2})\s+(?:من\s+)?|(?P<dord>[^\W\d]+)\s+من\s+)?(?:شهر\s+)?(?P<mon>[^\W\d]+)(?:\s*[(/]\s*[^\W\d]+\s*\)?)?(?:\s*[،,]?\s*(?:(?:عام|العام|سنه)\s+)?(?P<year>\d{4})(?!\d))?")
_ENDING_PERIOD = {3: "Q", 6: "H", 12: "Y"}  # months counted back from a quarter's, a half's or a year's last month
_ENDING_EARLY_DAYS = 7  # a 52/53-week fiscal period ending on one of the first days of a month ends the month before


def _period_ending(ctx: _Ctx, end: int, unit: str, n: int) -> tuple[str, str] | None:
    """A definite count of months ending on a written month (``الأشهر الستة المنتهية في 30 يونيو 2015`` of a results
    statement) is that calendar quarter, half or year (``2015-H1``), when the count fits one ending there. Ending on one
    of the first seven days of a month, it ends the month before (``الأشهر الثلاثة المنتهية في الثالث من يوليو`` =
    ``2015-Q2``, twenty-eighth round); without a year, the most recent such day not after publication.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("نتائجها لفترة الأشهر الستة المنتهية في 30 يونيو 2015", "2015-07-21")]
        [('الأشهر الستة', '2015-H1'), ('30 يونيو 2015', '2015-06-30')]
        >>> [(t["text"], t["value"]) for t in tag("الإيرادات في الأشهر الثلاثة المنتهية في الثالث من يوليو", "2015-07-23")]
        [('الأشهر الثلاثة', '2015-Q2'), ('الثالث من يوليو', '2015-07-03')]
    """
    if unit != "M" or n not in _ENDING_PERIOD or not (e := _ENDING_IN.match(ctx.key, end)):
        return None
    mon = _lex()["months"].get(e.group("mon"))
    day = int(e.group("day")) if e.group("day") else _lex()["ordinals"].get(e.group("dord")) if e.group("dord") else None
    if mon is None or mon[1] != "gregorian" or (e.group("dord") and day is None) or not 0 < (day or 1) <= 31:
        return None
    if e.group("year"):
        y = int(e.group("year"))
    elif ctx.dct is None or day is None:
        return None
    else:
        y = ctx.dct.year - (1 if (mon[0], day) > (ctx.dct.month, ctx.dct.day) else 0)
    month = mon[0]
    if day is not None and day <= _ENDING_EARLY_DAYS:
        y, month = (y, month - 1) if month > 1 else (y - 1, 12)
    if month % n:
        return None
    per = _ENDING_PERIOD[n]
    return _period_value(y, per, month // n) if per != "Y" else (str(y), "year")


_FI_BEFORE = re.compile(r"(?<!\w)في\s+$")


def _percent_hundred(m, ctx: _Ctx) -> bool:
    """True for ``في المئة`` / ``بالمئة`` of a percentage before a unit (``ارتفع 5 في المئة يوم الأحد``): a hundred with the article
    after في is a count only with الماضية / الأولى after its unit (``في المئة يوم الأولى له كرئيس``)."""
    num = m.group("dd_num0")
    if not num.startswith("ال") or _lex()["numbers"].get(num[2:]) != 100:
        return False
    if "ب" in (m.group("cl") or "") or not m.group("dd_unit0").startswith(("يوم", "عام", "سنه", "ساعه", "شهر", "اسبوع", "دقيقه")):
        return True  # 5 بالمئة يوم، 3 في المئة الشهر الماضي: a count of a hundred takes a bare singular unit
    if _before_re()["percent_count"].search(ctx.before(m.start("R_durdef"), 30)):
        return True  # ارتفع 5 في المئة يوم الأحد
    return not (m.group("dd_rel0") or m.group("dd_first0")) and bool(_FI_BEFORE.search(ctx.before(m.start("R_durdef"), 8)))


def _h_durdef(m, ctx: _Ctx):
    """الأيام الماضية، الشهرين (a definite dual alone)، الخمس سنوات الأخيرة: a count of a unit, with the article.
    A count in digits after the unit may carry the article too (``الأشهر الـ12 الماضية``, as ``الـ20 عاما``).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("منذ ما يزيد عن الشهرين، في الخمس سنوات الأخيرة", "2015-07-26")]
        [('الشهرين', 'P2M'), ('الخمس سنوات الأخيرة', 'P5Y')]
        >>> [(t["text"], t["value"]) for t in tag("ارتفعت الأسعار في الأشهر الـ 12 الماضية", "2015-07-26")]
        [('الأشهر الـ 12 الماضية', 'P12M')]
        >>> [t["value"] for t in tag("في القرن الـ 13 والقرنين الـ17 والـ18", "2015-07-26")]
        ['12']
        >>> tag("تبلغ قيمة الجائزة الثانية 180 ألف ريال، وتضم المجموعة الثانية 190 شخصًا", "2015-07-26")
        []
    """
    if _per_single_unit(m, ctx):
        return None
    if m.group("dd_num0"):
        if _year_noun_before_year(ctx, m.group("dd_unit0"), m.end("R_durdef")):
            return None
        unit = _lex()["units"][m.group("dd_unit0")][0]
        n = _number(m.group("dd_num0")[2:])
        if _percent_hundred(m, ctx):
            return None
        if n and (per := _period_ending(ctx, m.end("R_durdef"), unit, n)):
            return [(m.start("R_durdef"), m.end("R_durdef"), "date", *per, _ABS)]
        return [(m.start("R_durdef"), m.end("R_durdef"), "duration", _dur_value(n, unit), _UNIT_GRAN[unit], None)] if n else None
    w = m.group("dd_unit")[2:]
    unit, count = _lex()["units"][w]
    if m.group("dd_num") and m.group("dd_num")[0].isdigit() and (unit == "MIN" or count is None and w in _SINGULAR_UNITS and not (m.group("dd_al") and w == "قرن")):
        # في الدقيقة 68: a minute of the match; على مدار اليوم 5 سجائر, الجائزة الثانية 180 ألف ريال (the second,
        # an ordinal): a singular unit takes no count after it (seventeenth round: الثانية 180 was PT180S)
        return None
    if _match_minute(w, m.group("dd_num")):
        return None
    if m.group("dd_al") and (count == 2 or w in _SINGULAR_UNITS):
        return _ordinal_century(m, w)  # القرن الـ13، القرنين الـ17 والـ18: ordinals, not counts
    if not (m.group("dd_num") or m.group("dd_rel")) and count != 2:
        return None  # الأيام alone is no count; الشهرين (a dual) is
    if m.group("dd_num"):
        n = _number(m.group("dd_num"))
    else:
        n = count
    if not n:
        return None
    if per := _period_ending(ctx, m.end("R_durdef"), unit, n):
        return [(m.start("R_durdef"), m.end("R_durdef"), "date", *per, _ABS)]
    return [(m.start("R_durdef"), m.end("R_durdef"), "duration", _dur_value(n, unit), _UNIT_GRAN[unit], None)]


def _ordinal_century(m, w: str):
    """``القرن الـ13`` (a century told by its ordinal in digits) is the century, a date as ``القرن العشرين`` (``12``
    for the 13th); another singular unit or a dual with ``الـ`` + digits (``الأسبوع الـ37``، ``القرنين الـ17``) is no date.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("أصبح العراق في القرن الـ 15 جزءا من الامبراطورية", "2017-08-11")]
        [('القرن الـ 15', '14')]
    """
    n = int(m.group("dd_num")) if m.group("dd_num").isdigit() else 0
    if w != "قرن" or m.group("dd_rel2") or not 1 <= n <= 21:
        return None
    return [(m.start("R_durdef"), m.end("R_durdef"), "date", f"{n - 1:02d}", "century", None)]


#: Singular unit nouns (search keys): a count in digits after them with the article is an ordinal (القرن الـ13).
_SINGULAR_UNITS = frozenset({"يوم", "اسبوع", "شهر", "عام", "سنه", "ساعه", "دقيقه", "ثانيه", "قرن", "عقد"})


def _match_minute(unit_word: str, num: str | None) -> bool:
    """True for the singular ``الدقيقة`` followed by a number word: a minute of the match told as an ordinal
    (``عند الدقيقة الواحدة والستين``), a moment as ``في الدقيقة 61`` is, no duration. The plural keeps its count
    (``الدقائق العشر الأخيرة`` = PT10M).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("سجل عند الدقيقة الواحدة والستين، في الدقائق العشر الأخيرة", "2015-07-20")]
        [('الدقائق العشر الأخيرة', 'PT10M')]
    """
    return bool(num) and not num[0].isdigit() and unit_word == "دقيقه"


def _year_noun_before_year(ctx: _Ctx, unit_word: str, end: int) -> bool:
    """True when the singular ``عام`` / ``سنة`` after a count is followed by a year in digits: the year's noun, not the
    count's unit (``تأهلت لدور الثمانية عام 1990``، ``«العرّاب 3» سنة 1990``، ``21700 عام 2014``; seventeenth round,
    they were ``P8Y``, ``P3Y``, ``P21700Y``).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("حين تأهلت لدور الثمانية عام 1990 وباعت 21700 عام 2014", "2015-07-27")]
        [('عام 1990', '1990'), ('عام 2014', '2014')]
    """
    return unit_word in ("عام", "سنه", "العام") and re.match(r"\s*\d{4}(?!\d)", ctx.key[end:end + 8]) is not None


def _h_dur(m, ctx: _Ctx):
    """A count and a unit: ``20 يوما`` = P20D; a decimal count only for seconds (a race time).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("لينهي السباق في 9.92 ثانية بعد 2.03 عام 2014، ثم في 44.30 ثانية", "2017-08-11")]
        [('9.92 ثانية', 'PT9.92S'), ('عام 2014', '2014'), ('44.30 ثانية', 'PT44.30S')]
    """
    unit, n = _unit_count(m, "du_num", "du_unit", "du_dual", "du_one")
    if unit == "DE" and _contract_noun(ctx, m.start("R_dur"), m.end("R_dur")):
        return None  # وقعت عقدين، شملت المشروعات عقدين بلغت قيمتهما: contracts
    written = None  # a race time keeps its written digits: 44.30 ثانية = PT44.30S (sixteenth round)
    if n is None and unit == "S" and re.fullmatch(r"\d{1,3}[.,]\d{1,2}", m.group("du_num") or ""):
        written = m.group("du_num").replace(",", ".")
        n = float(written)
    if n is None or m.group("du_num") and _year_noun_before_year(ctx, m.group("du_unit"), m.end("R_dur")):
        return None
    if m.group("du_num") and not m.group("du_num")[-1].isdigit() and m.end("du_num") == m.start("du_unit"):
        return None  # ستعقد (will hold) is no ست + عقد: a number word needs a space before its unit
    if m.group("du_num") and re.fullmatch(r"\d+", m.group("du_num")) and unit in ("H",) and re.match(r"\s*:", ctx.key[m.end():]):
        return None
    start = m.start("R_dur")
    if m.group("du_num"):
        start = m.start("du_num")
        if ctx.key[start - 2:start] == "ال":
            start -= 2
        elif ctx.key[start - 1:start] in "(«" and re.search("[)»]", ctx.key[m.end("du_num"):m.start("du_unit")]):
            start -= 1
    if m.group("du_half") or m.group("du_half2") or m.group("du_half3"):
        n += 0.5  # خمس سنوات ونصف السنة، سنتين ونصف
    value = f"PT{written}S" if written and n == float(written) else _dur_value(n, unit)
    row = (start, m.end("R_dur"), "duration", value, _UNIT_GRAN[unit], None)
    after = _trailing_count(ctx, m.end("R_dur"), unit, n) if m.group("du_dual") else []
    return [*_borrowed_count(ctx, start, unit, n, bool(m.group("du_dual"))), row, *after]


_TRAILING_COUNT = re.compile(r"\s+(?:او|الي)\s+([^\W\d]+)(?!\w)(?:\s+(\w+))?")


def _trailing_count(ctx: _Ctx, end: int, unit: str, n: float) -> list[tuple]:
    """The second count of a range whose unit is written once, on the first: ``عامين أو ثلاثة`` gives ``ثلاثة`` ``P3Y``
    after ``عامين`` ``P2Y``, as :func:`_borrowed_count` gives the first count its unit (tl31). Only a dual before it and a
    count in words of three to ten not followed by its own unit (``يومين أو ثلاثة أيام`` is two rows already).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("فيمكن تأجيلها عامين أو ثلاثة، وقضى معنا يومين أو ثلاثة أيام", "2015-07-25")]
        [('عامين', 'P2Y'), ('ثلاثة', 'P3Y'), ('يومين', 'P2D'), ('ثلاثة أيام', 'P3D')]
    """
    m = _TRAILING_COUNT.match(ctx.key, end)
    if m is None or not (k := _number(m.group(1))) or not n < k <= 10:
        return []
    if m.group(2) and (m.group(2) in _lex()["units"] or m.group(2).removeprefix("ال") in _lex()["units"]):
        return []
    return [(m.start(1), m.end(1), "duration", _dur_value(k, unit), _UNIT_GRAN[unit], None)]


def _borrowed_count(ctx: _Ctx, start: int, unit: str, n: float, dual: bool) -> list[tuple]:
    """The first count of a range whose unit is written once: ``بين 4 و6 أسابيع`` gives ``4`` ``P4W`` (before the row
    of ``6 أسابيع``), ``يوم إلى يومين`` gives ``يوم`` ``P1D`` — two expressions, as ranges of dates are. The first count
    is a number of one to three digits below the second, a count in words after بين / من, or the singular of a dual's unit.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("سيبتعد لفترة تتراوح بين 4 و6 أسابيع، وقد يستغرق البريد يوم إلى يومين", "2015-07-25")]
        [('4', 'P4W'), ('6 أسابيع', 'P6W'), ('يوم', 'P1D'), ('يومين', 'P2D')]
        >>> [(t["text"], t["value"]) for t in tag("يتراوح عمرها بين ثمانية و12 عاما، وسجنوا من سبعة إلى عشرين عاما", "2015-07-25")]
        [('ثمانية', 'P8Y'), ('12 عاما', 'P12Y'), ('سبعة', 'P7Y'), ('عشرين عاما', 'P20Y')]
        >>> [(t["text"], t["value"]) for t in tag("وتعمل لمدة 40 – 60 دقيقة", "2015-07-25")]
        [('40', 'PT40M'), ('60 دقيقة', 'PT60M')]
    """
    before = ctx.before(start, 24)
    if dual:
        sing = re.search(r"(?<!\w)(يوم|اسبوع|شهر|سنه|عام|ساعه|دقيقه)\s+(?:الي|او)\s+$", before)
        if sing and (u := _lex()["units"].get(sing.group(1))) and u[0] == unit and u[1] in (1, None):
            return [(start - len(before) + sing.start(1), start - len(before) + sing.end(1), "duration", _dur_value(1, unit), _UNIT_GRAN[unit], None)]
        return []
    first = re.search(r"(?:(?<![\w.,/])|(?<=(?<!\w)[لب]))(\d{1,3})\s*(?:و|-|–|—|الي|او)\s*$", before)  # لـ20 إلى 30 عاما
    if first and 0 < int(first.group(1)) < n:
        a = start - len(before) + first.start(1)
        return [(a, a + len(first.group(1)), "duration", _dur_value(int(first.group(1)), unit), _UNIT_GRAN[unit], None)]
    # بين ثمانية و12 عاما، من سبعة إلى عشرين عاما: a count in words after بين / من (fifteenth round)
    word = _RANGE_WORD_FIRST.search(before)
    if word and (k := _number(word.group(1))) and 0 < k < n:
        a = start - len(before) + word.start(1)
        return [(a, a + len(word.group(1)), "duration", _dur_value(k, unit), _UNIT_GRAN[unit], None)]
    return []


_RANGE_WORD_FIRST = re.compile(r"(?<!\w)(?:بين|من)\s+([^\W\d]+)\s*(?:و|الي|حتي|او)\s*$")


_ADV_UNIT = {"يوميا": "D", "اسبوعيا": "W", "شهريا": "M", "سنويا": "Y"}


def _h_set(m, ctx: _Ctx):
    if m.group("s_we"):
        # عطلة نهاية أسبوع (no article): any weekend, as عطلة نهاية الأسبوع
        lead = _before_re()["weekend_lead"].search(ctx.before(m.start("R_set"), 12))
        return [(m.start("R_set") - len(lead.group()) + lead.start("w") - lead.start(), m.end("R_set"), "set", "XXXX-WXX-WE", "week", None)] if lead else None
    if m.group("s_wd"):
        return _recurring_weekday(m, ctx)
    if m.group("s_season"):  # كل صيف: every summer, XXXX-SU (tl31)
        return [(m.start("R_set"), m.end("R_set"), "set", f"XXXX-{_SEASONS['ال' + m.group('s_season')]}", "season", None)]
    n = 1
    if m.group("s_adv") and re.search(r"(?<!\w)(?![وفبلك]{0,2}ال)\w{3,}ا\s+$", ctx.before(m.start("s_adv"), 24)) and not re.search(r"(?:ايضا|تقريبا)\s+$", ctx.before(m.start("s_adv"), 16)):
        return None  # ارتفاعا سنويا، نموا شهريا: an adjective of the noun, not a set (ببعض الضحايا يوميا: a definite noun takes none)
    if m.group("s_adv"):
        unit = _ADV_UNIT[m.group("s_adv")]
    elif m.group("s_dual"):
        unit, n = _lex()["units"][m.group("s_dual")][0], 2  # كل أسبوعين
    elif m.group("s_units"):
        unit = _lex()["units"][m.group("s_units")][0]
        n = _number(m.group("s_num"))
        if not n:
            return None
    else:
        if _set_idiom(m, ctx):
            return None
        unit = _lex()["units"][m.group("s_unit")][0]
    return [(m.start("R_set"), m.end("R_set"), "set", _dur_value(n, unit), _UNIT_GRAN[unit], None)]


# كل عام وأنتم بخير، وكل عام أنتم خير وبخير، كل عام ووطننا بخير (tl27: without و, or any subject before خير / بخير)
_SET_IDIOM = re.compile(r"\s+(?:و\s*)?(?:انتم|انتن|انت|انتي|انتما|هم|نحن|الجميع|الامه)(?!\w)|\s+و\s*يومه(?!\w)"
                        r"|\s+(?:و\s*)?[^\W\d]+(?:\s+[^\W\d]+)?\s+(?:ب\s*)?(?:الف\s+)?خير(?!\w)")


def _set_idiom(m, ctx: _Ctx) -> bool:
    """True for ``كل عام`` / ``كل سنة`` of the holiday greeting (``كل عام وأنتم بخير``) and ``كل يوم ويومه``: idioms,
    not the set ``P1Y`` / ``P1D`` (thirteenth round, a corpus audit; the eleventh round left ``كل يوم ويومه``).

    Example:
        >>> [(t["text"], t["value"]) for t in tag("كل عام وأنتم بخير بمناسبة عيد الفطر، ويتكرر ذلك كل عام", "2015-07-21")]
        [('عيد الفطر', '2015-07-17'), ('كل عام', 'P1Y')]
        >>> tag("عاد عيدكم وكل عام أنتم خير وبخير. وكل عام وبلادنا بخير", "2015-07-21")
        []
    """
    return bool(_SET_IDIOM.match(ctx.key, m.end("R_set")))


def _recurring_weekday(m, ctx: _Ctx):
    """``كل يوم جمعة`` / ``كل خميس`` = the set ``XXXX-WXX-5`` (ISO weekday), one expression with a clock time right
    after it (``كل يوم جمعة الساعة الواحدة ظهراً`` = ``XXXX-WXX-5T13:00``), not ``كل يوم`` = ``P1D`` and a time.

    Example:
        >>> [(t["text"], t["value"]) for t in tag("يقام السوق كل يوم جمعة الساعة الواحدة ظهراً", "2015-07-26")]
        [('كل يوم جمعة الساعة الواحدة ظهراً', 'XXXX-WXX-5T13:00')]
        >>> [(t["text"], t["value"]) for t in tag("يجتمع المجلس كل خميس", "2015-07-26")]
        [('كل خميس', 'XXXX-WXX-4')]
        >>> tag("ويشترك كل اثنين في عشاء", "2015-07-26")  # every two (people)
        []
    """
    if not m.group("s_wdl") and m.group("s_wd") in ("اثنين", "احد"):
        return None  # كل اثنين، كل أحد: every two, anyone
    iso = _lex()["weekdays"]["ال" + m.group("s_wd")] + 1
    start, end = m.start("R_set"), m.end("R_set")
    value = f"XXXX-WXX-{iso}"
    gap = re.match(r"\s*[،,]?\s*(?:في\s+|عند\s+)?", ctx.key[end:end + 12])
    c = _grammar()[1]["clock"].match(ctx.key, end + gap.end())
    if c and (got := _h_clock(c, ctx)) and (hm := re.search(r"T(\d\d:\d\d)$", got[0][3] or "")):
        value, end = f"{value}T{hm.group(1)}", got[0][1]
    return [(start, end, "set", value, "day", None)]


_HANDLERS = {
    "drange": _h_drange, "full": _h_full, "dcur": _h_dcur, "num": _h_num, "dm": _h_dm, "ypair": _h_ypair, "ylist": _h_ylist, "yrange": _h_yrange, "my": _h_my_pair,
    "holiday": _h_holiday, "mlast": _h_mlast, "season": _h_season, "firstmonths": _h_firstmonths, "decade": _h_decade, "same": _h_same,
    "century": _h_century, "fyear": _h_fyear, "year": _h_year, "anaphor": _h_anaphor, "period": _h_period_fiscal,
    "mon": _h_mon_pair, "dpod": _h_dpod, "deic": _h_deic, "wd": _h_wd, "clock": _h_clock, "podbare": _h_podbare,
    "ago": _h_ago, "durone": _h_durone, "durdef": _h_durdef, "half": _h_half, "dur": _h_dur, "set": _h_set,
}


# ------------------------------------------------------------------ the table


@lru_cache(maxsize=1)
def _outlet_weeks() -> dict[str, str]:
    """``source`` → working week (``time_weeks.tsv``)."""
    return {r["source"]: r["week"] for r in lexicons.read("time_weeks")}


_EPOCH = dt.date(1970, 1, 1).toordinal()
_NAT = np.iinfo(np.int64).min  # the integer behind NaT


def _days(dates: list) -> np.ndarray:
    """Dates (None for none) as ``datetime64[D]``, None → NaT: built from day ordinals, ~10x faster than
    ``np.array(dates, dtype="datetime64[D]")``, which parses each date object.

    Example:
        >>> _days([dt.date(2015, 7, 26), None])
        array(['2015-07-26',        'NaT'], dtype='datetime64[D]')
    """
    return np.array([_NAT if d is None else d.toordinal() - _EPOCH for d in dates], dtype=np.int64).view("datetime64[D]")


def timeline(articles: pd.DataFrame) -> pd.DataFrame:
    """Every temporal expression of every article, resolved against its ``published`` date.

    Args:
        articles: An articles table (at least ``article_id`` and ``text``; ``published`` is
            the reference date — without it only absolute dates get a value).

    Returns:
        A new frame with the ``timeline`` columns of :mod:`newslib.schema`: one row per
        expression, ``article.text[start:end] == text``.

    Example:
        >>> import pandas as pd
        >>> arts = pd.DataFrame({"article_id": ["a"], "published": [pd.Timestamp("2020-09-30")],
        ...                      "text": ["شهدت مينسك الأحد والاثنين احتجاجات بعد انتخابات الشهر الماضي."]})
        >>> timeline(arts)[["text", "value", "granularity"]].values.tolist()
        [['الأحد', '2020-09-27', 'day'], ['الاثنين', '2020-09-28', 'day'], ['الشهر الماضي', '2020-08', 'month']]
    """
    from newslib.sentences import assign_sentence_ids

    schema.require(articles, ("article_id", "text"), "nl.timeline")
    records = []
    n = len(articles)
    pubs = articles["published"].tolist() if "published" in articles.columns else [None] * n
    weeks = _outlet_weeks()
    srcs = [weeks.get(s, "iso") for s in articles["source"].tolist()] if "source" in articles.columns else ["iso"] * n
    done: dict[tuple, list[dict]] = {}  # (text, day, week) → its rows: a text printed again (a reprint) is read once
    for aid, text, pub, week in zip(articles["article_id"].tolist(), articles["text"].tolist(), pubs, srcs):
        if not isinstance(text, str) or not text:
            continue
        try:
            pub = _to_date(pub)  # a missing date (None, NaT, NA, NaN, "") gives None
        except (TypeError, ValueError) as e:
            raise ValueError(f"nl.timeline: article {aid!r} has published={pub!r}, which is not a date ({e})") from None
        again = done.get((text, pub, week))
        if again is not None:
            records += [{**f, "article_id": aid} for f in again]
            continue
        found = done[text, pub, week] = assign_sentence_ids(text, tag(text, pub, week))
        for f in found:
            f["article_id"] = aid
        records += found
    if not records:
        return schema.stamp(schema.empty("timeline"), "timeline")
    cols = {c: [r.get(c) for r in records] for c in schema.columns("timeline")}
    for c in ("date_start", "date_end"):
        cols[c] = _days(cols[c])
    return schema.stamp(schema.conform(pd.DataFrame(cols), "timeline"), "timeline")
