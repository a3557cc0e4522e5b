"""The rules of speaker finding and their confidences, in one table.

Each rule that names (or fails to name) a speaker has one row here: its name, the ``confidence``
a quote gets when it fires, and what it reads. The code takes its confidences from
:data:`CONFIDENCE`, and the table in the docstring of :mod:`newslib.quotes` is made from
:data:`RULES` by :func:`table`, so the two cannot disagree.

Example:
    >>> CONFIDENCE["verb_subject"], CONFIDENCE["prodrop_person"]
    (0.9, 0.5)
    >>> import newslib.quotes, sys
    >>> table() in sys.modules["newslib.quotes"].__doc__
    True
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping


@dataclass(frozen=True)
class Rule:
    """One rule: its ``name`` in the code, the ``confidence`` it gives, and what it ``reads``."""

    name: str
    confidence: float
    reads: str


#: The rules, in the order they are tried.
RULES: tuple[Rule, ...] = (
    Rule("scripture", 0.9, "scripture (قال تعالى → الله، قال صلى الله عليه وسلم → النبي محمد)"),
    Rule("verb_subject", 0.9, "cue verb then its subject (وقال بوتين: «…»، وقال مصدر أمني)"),
    Rule("subject_verb", 0.85, "subject then cue verb (وكان الرئيس الليتواني غيتاناس نوسيدا قال)"),
    Rule("attribution_phrase", 0.85, "attribution phrase (بحسب، وفقاً لـ، نقلاً عن، على لسان …)"),
    Rule("name_in_marks", 0.85, 'a name written in marks after the cue (وقال المدير "عبد الله …":)'),
    Rule("outlet_in_marks", 0.85, "an outlet's name in marks after its noun (وقالت صحيفة «بليك»)"),
    Rule("named_as", 0.85, "a subject and its name (وقالت الوالدة وتدعى إليزابيث أوسبورن)"),
    Rule("family_name", 0.85, "a family name, completed from the article (وقال العرابي)"),
    Rule("unknown_name", 0.85, "a name the people finder does not know, up to three words"),
    Rule("relay_person", 0.85, "a person after نقل … عن (نقلت الصحيفة عن كرحوت)"),
    Rule("outlet_reports", 0.8, "an outlet reporting a named person's words (ذكرت الوكالة أن كيم …)"),
    Rule("relay_word", 0.8, "a word after نقل … عن that the people finder does not know"),
    Rule("cue_after", 0.8, "cue after the quote («…»، قال X)"),
    Rule("slot_name", 0.85, "a name no finder knows after the cue's role (وكشف المتحدث باسم المقاومة، علي الأحمدي)"),
    Rule("phrase_before", 0.8, "an unnamed source or body opening the cue's clause (أحدهم قال، مغرد … كتب)"),
    Rule("country_subject", 0.8, "a country or capital, the bare subject of the cue (ودعت السعودية إيران)"),
    Rule("main_subject", 0.8, "after a participle of saying, the subject of the sentence's verb (ورحب شوانغ … قائلاً)"),
    Rule("prodrop_sentence", 0.75, "pro-drop verb, subject earlier in the same sentence"),
    Rule("noun_of_saying", 0.7, "noun of saying, the person just before it (اكتفى الناطق … بالقول)"),
    Rule("prodrop_speaker", 0.65, "pro-drop verb, the last speaker of the same gender"),
    Rule("relative_clause", 0.6, "relative clause, the noun before التي/الذي"),
    Rule("prodrop_person", 0.5, "pro-drop verb, the last person of the same gender"),
    Rule("paragraph_continues", 0.35, "no cue: a quotation opening a paragraph continues the last speaker"),
    Rule("no_cue", 0.2, "no cue, inside a paragraph: the last speaker"),
    Rule("phrase_without_subject", 0.2, "an attribution preposition with no subject"),
    Rule("no_speaker", 0.1, "no speaker found"),
    Rule("title_sure", 0.9, "a name in marks (``title``): after منتدى، وكالة …, a known name, an acronym"),
    Rule("title_guess", 0.5, "a name in marks (``title``): one or two words and no cue near"),
)

#: Rule name → confidence.
CONFIDENCE: Mapping[str, float] = MappingProxyType({r.name: r.confidence for r in RULES})


def table(rules: tuple[Rule, ...] = RULES) -> str:
    """The rules as a reStructuredText table (rule, name, confidence), as the docs show them.

    Example:
        >>> print(table((Rule("no_speaker", 0.1, "no speaker found"),)))
        ================  ==========  ==========
        rule              name        confidence
        ================  ==========  ==========
        no speaker found  no_speaker  0.1
        ================  ==========  ==========
    """
    rows = [("rule", "name", "confidence")] + [(r.reads, r.name, f"{r.confidence:g}") for r in rules]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    rule = "  ".join("=" * w for w in widths)

    def line(row):
        return "  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip()

    return "\n".join([rule, line(rows[0]), rule, *(line(r) for r in rows[1:]), rule])
