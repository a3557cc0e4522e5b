"""What every news rule receives and returns: the :class:`Text` it reads, the :class:`Spans` it changes."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Sequence

Span = tuple[int, int, str]  # (first token, last token + 1, label)


@dataclass(frozen=True)
class Text:
    """One text as the rules read it (read-only).

    Attributes:
        text: The text.
        toks: ``(start, end)`` character offsets of each token.
        words: Each token's string.
        sentences: ``(first, last + 1)`` token ranges of the text's non-empty sentences.
        lattices: Per sentence, the model's label probabilities: ``lattice.marginal("B-PER", i)``
            with ``i`` counted from the sentence's first token.
    """

    text: str
    toks: Sequence[tuple[int, int]]
    words: Sequence[str]
    sentences: Sequence[tuple[int, int]] = ()
    lattices: Sequence = ()

    @cached_property
    def bare(self) -> tuple[str, ...]:
        """Each word normalised, without the proclitics an entity leaves out (وروسيا → روسيا)."""
        from newslib.entities.features import _bare

        return tuple(map(_bare, self.words))


@dataclass(frozen=True)
class Spans:
    """Entity spans of a text while the rules run.

    Attributes:
        items: ``(first token, last token + 1, label)`` spans, sorted, not overlapping.
        announced: Spans a news convention named (an organisation in «» after an institution noun,
            an agency credit, a gazetteer name): later relabelling rules keep their label.
    """

    items: tuple[Span, ...]
    announced: frozenset[Span] = field(default_factory=frozenset)

    def replace(self, items, announced=None) -> Spans:
        """New spans (and more announced ones) in place of these."""
        return Spans(tuple(items), self.announced if announced is None else self.announced | frozenset(announced))


def merge(base, new, *, override: bool = True) -> list[Span]:
    """Add ``new`` spans; where they overlap ``base`` the new one wins (or is dropped).

    Example:
        >>> merge([(0, 2, "PER"), (5, 6, "LOC")], [(1, 3, "ORG")])
        [(1, 3, 'ORG'), (5, 6, 'LOC')]
        >>> merge([(0, 2, "PER")], [(1, 3, "ORG")], override=False)
        [(0, 2, 'PER')]
    """
    if not new:
        return sorted(base)
    out = list(base)
    for a, b, lab in new:
        clash = [s for s in out if s[0] < b and a < s[1]]
        if clash and not override:
            continue
        out = [s for s in out if s not in clash]
        out.append((a, b, lab))
    return sorted(out)
