"""Word lists as data: small TSV files an analyst can read and extend.

Each file has ``#`` comment lines (what it is, where the entries come from), then a header
row, then one entry a line, tab-separated. Files are read once and cached.

Example:
    >>> rows = read("_example")
    >>> rows[0]["word"]
    'قال'
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def _read(name: str) -> tuple[dict[str, str], ...]:
    fname = name if name.endswith(".tsv") else name + ".tsv"
    try:
        raw = resources.files(__package__).joinpath(fname).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FileNotFoundError(f"no lexicon {fname!r} in newslib/lexicons/") from None
    lines = [ln for ln in raw.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple({k: (v or "").strip() for k, v in row.items() if k} for row in reader)


def read(name: str) -> list[dict[str, str]]:
    """Rows of lexicon ``name`` (file ``newslib/lexicons/NAME.tsv``) as dicts keyed by header."""
    return list(_read(name))


def column(name: str, col: str) -> list[str]:
    """One column of lexicon ``name``, in file order, empty values skipped."""
    return [r[col] for r in _read(name) if r.get(col)]
