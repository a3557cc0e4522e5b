"""News rules: what a newspaper reader knows that the model does not, one small function each.

Each rule is ``rule(spans, text, lexicon) -> spans``: it reads a :class:`~.base.Text` (words,
offsets, the model's label probabilities), looks words up in a
:class:`~newslib.entities.lexicon.Lexicon`, and returns new :class:`~.base.Spans`. They run
in the order of :data:`RULES`; to switch one off, leave it out by name:
``nl.entities(articles, skip=("currency",))``.

Example:
    >>> [r.__name__ for r in RULES][:3]
    ['title_name', 'quoted_name', 'agency']
"""

from __future__ import annotations

from newslib.entities.lexicon import Lexicon
from newslib.entities.rules.add import (agency, consistency, extend_names, gazetteer, initialism, quoted_name,
                                        surnames, title_name)
from newslib.entities.rules.base import Span, Spans, Text, merge
from newslib.entities.rules.fix import (ambiguous_place, currency, edge_word, function_word, gaz_label, lil_article,
                                        lil_cut, named_after, nationality, settlement, title_prefix, vote)

#: The news rules in the order they run (the order matters: see the comments).
RULES = (
    title_name,     # adds PER after titles, reading the model's probabilities: first, on the model's spans only
    quoted_name,    # announced spans (kept by the relabelling rules below) …
    agency,
    gazetteer,      # … and a gazetteer name only where it cuts no span of the two rules above
    initialism,
    title_prefix,   # trims before the label rules, so الرئيس + name counts as the name alone
    edge_word,      # … and a verb or common noun at a name's edge, before surnames spreads its last word
    gaz_label,
    vote,
    consistency,    # spreads the labels gaz_label and vote settled
    surnames,
    named_after,    # may run a facility on past a word with لل (مركز الملك سلمان للإغاثة) …
    lil_cut,        # … so the لل cut of person names comes after it
    function_word,
    nationality,
    lil_article,
    ambiguous_place,  # after consistency, which spreads محافظة الخبر's LOC to رابط الخبر
    settlement,
    currency,
)

#: Names of the rules, for ``skip``.
NAMES = tuple(r.__name__ for r in RULES)


def check_skip(skip) -> frozenset[str]:
    """The rule names in ``skip`` as a set; a name that is no rule is an error.

    Example:
        >>> sorted(check_skip(("currency",)))
        ['currency']
    """
    skip = frozenset((skip,) if isinstance(skip, str) else skip or ())
    unknown = skip - set(NAMES)
    if unknown:
        raise ValueError(f"no entity rule {sorted(unknown)}; the rules are {', '.join(NAMES)}")
    return skip


def run(spans: list[Span], text: Text, lexicon: Lexicon, skip: frozenset[str] = frozenset(), rules=RULES) -> list[Span]:
    """The spans after each rule of ``rules`` (but those named in ``skip``), in order."""
    found = Spans(tuple(spans))
    for rule in rules:
        if rule.__name__ not in skip:
            found = rule(found, text, lexicon)
    return list(found.items)


__all__ = ["RULES", "NAMES", "Span", "Spans", "Text", "check_skip", "extend_names", "merge", "run", *NAMES]
