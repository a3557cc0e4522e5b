"""Charts whose Arabic reads right: labels, fonts, bar/timeline/heatmap helpers and export.

Every piece of text a helper puts on a figure goes through :func:`label`, which returns what
the *running* matplotlib needs to draw the string correctly:

* matplotlib ≥ 3.11 shapes and bidi-orders text itself (libraqm). It gets the logical
  string; the classic ``get_display(reshape(s))`` workaround renders reversed there.
* matplotlib ≤ 3.10 draws code points one by one, left to right. It gets the string
  reshaped into presentation forms (harakat kept), put in visual order by the Unicode bidi
  algorithm, with brackets mirrored at right-to-left levels.

Which case applies is found by a functional probe (lay out ``با`` and ``لا`` with the
bundled DejaVu Sans and compare with the visual-order presentation forms), run once.
Data never changes: only the strings handed to matplotlib do.

Nothing happens at import: fonts are registered and rcParams changed only by
:func:`style` (or inside :func:`save`).

Example:
    >>> from newslib import charts
    >>> charts.label("Putin 2024")          # no Arabic letter: unchanged
    'Putin 2024'
    >>> charts.label("\\ufeffعام ٢٠٢٤") == charts.label("عام ٢٠٢٤")  # BOM removed
    True
"""

from __future__ import annotations

import importlib
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import pandas as pd

from newslib.arabic import ARABIC_RE, to_arabic_digits

__all__ = [
    "label", "shapes_text", "style", "fonts", "register_fonts",
    "bar", "timeline_plot", "heatmap", "cooccurrence", "save",
]

# ---------------------------------------------------------------- label()
#: BOM, zero-width space, word joiner, LRM/RLM/ALM, embeddings/overrides, isolates, Mongolian
#: vowel separator, interlinear annotation controls. ZWNJ (U+200C) and ZWJ (U+200D) stay:
#: they decide joining.
_CONTROLS_RE = re.compile("[\ufeff\u200b\u200e\u200f\u061c\u2060\u202a-\u202e\u2066-\u2069\u180e\ufff9-\ufffb]")
_DOLLAR_RE = re.compile(r"(?<!\\)\$")


def _clean(text: str) -> str:
    return _CONTROLS_RE.sub("", unicodedata.normalize("NFC", text))


def label(text) -> str:
    """A string that draws correctly as a matplotlib label on the running matplotlib.

    Arabic text is NFC-normalised, cleared of the BOM and of bidi and zero-width controls
    (ZWNJ and ZWJ are kept), and its ``$`` signs are escaped so that news text such as
    ``$5 و $6 مليون`` is never read as mathtext. Then, if matplotlib shapes text itself
    (≥ 3.11) the logical string is returned; otherwise the string is reshaped (harakat
    kept), reordered by the Unicode bidi algorithm and its brackets mirrored at
    right-to-left levels. Strings without an Arabic letter are returned unchanged, except
    that the invisible controls above are removed (a BOM makes PDF export raise).
    ``None`` and NaN give ``""``; other objects are converted with ``str``.

    Example:
        >>> label("Share (%)")
        'Share (%)'
        >>> s = label("$5 و $6 مليون")
        >>> s.count(r"\\$")                 # both dollars escaped: no mathtext
        2
        >>> label("مُحَمَّدٌ") == "مُحَمَّدٌ" if shapes_text() else True
        True
    """
    if text is None or (isinstance(text, float) and math.isnan(text)) or text is pd.NA:
        return ""
    s = _clean(str(text))
    if not ARABIC_RE.search(s):
        return _CONTROLS_RE.sub("", str(text))
    if not shapes_text():
        s = visual_order(s)
    return _DOLLAR_RE.sub(r"\\$", s)


@lru_cache(maxsize=1)
def shapes_text() -> bool:
    """True when the running matplotlib shapes and bidi-orders text itself (≥ 3.11).

    A functional probe, run once: ``با`` and ``لا`` are laid out through FT2Font with the
    bundled DejaVu Sans; a shaping matplotlib yields the same glyphs, in the same order,
    as the visual-order presentation forms ``ﺎﺑ`` and ``ﻻ``. Falls back to the version
    number if the private layout helper is unavailable.

    Example:
        >>> import matplotlib
        >>> shapes_text() == (tuple(int(p) for p in matplotlib.__version__.split(".")[:2]) >= (3, 11))
        True
    """
    import matplotlib
    try:
        from matplotlib import _text_helpers, font_manager
        from matplotlib.ft2font import FT2Font

        font = FT2Font(font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans"),
                                             fallback_to_default=True))

        def glyphs(s: str) -> list[int]:
            out = []
            for item in _text_helpers.layout(s, font):
                g = getattr(item, "glyph_index", None)
                out.append(item.glyph_idx if g is None else g)
            return out

        ba = glyphs("با") == [font.get_char_index(0xFE8E), font.get_char_index(0xFE91)]
        lam_alef = glyphs("لا") == [font.get_char_index(0xFEFB)]
        return ba and lam_alef
    except Exception:  # pragma: no cover - private API moved: trust the version
        major, minor = (int(p) for p in re.findall(r"\d+", matplotlib.__version__)[:2])
        return (major, minor) >= (3, 11)


@lru_cache(maxsize=1)
def _reshaper():
    import arabic_reshaper

    return arabic_reshaper.ArabicReshaper(configuration={
        "delete_harakat": False,
        "delete_tatweel": False,
        "support_ligatures": True,
        "support_zwj": True,
        "shift_harakat_position": False,
    })


def visual_order(text: str) -> str:
    """``text`` as a left-to-right sequence of presentation forms (for matplotlib ≤ 3.10).

    Reshapes Arabic letters into their contextual forms and ligatures (harakat kept), puts
    the string in visual order with the Unicode bidi algorithm (UAX #9 rules W1–W7, N0–N2,
    I1–I2, L1–L2; no explicit embeddings, which :func:`label` removes) and mirrors
    brackets at right-to-left levels (L4). ZWNJ and ZWJ are dropped after reshaping:
    they have done their job and would draw as boxes.

    Example:
        >>> visual_order("بوتين (Putin) 2024")
        '2024 (Putin) ﻦﻴﺗﻮﺑ'
        >>> visual_order("الإمارات")      # lam-alef ligature, right to left
        'ﺕﺍﺭﺎﻣﻹﺍ'
    """
    s = _reshaper().reshape(_clean(text))
    levels = bidi_levels(s)
    mirrored = [_MIRROR.get(c, c) if lv % 2 else c for c, lv in zip(s, levels)]
    out = "".join(mirrored[i] for i in reorder(levels))
    return out.replace("\u200c", "").replace("\u200d", "")


# ---------------------------------------------------------------- a small UAX #9
def _mirror_table() -> dict[str, str]:
    try:
        from bidi.mirror import MIRRORED

        return dict(MIRRORED)
    except Exception:  # pragma: no cover
        pairs = "()<>[]{}«»‹›⁅⁆⁽⁾₍₎〈〉《》「」『』【】〔〕〖〗〘〙〚〛"
        table = {}
        for a, b in zip(pairs[::2], pairs[1::2]):
            table[a], table[b] = b, a
        return table


_MIRROR = _mirror_table()
#: Bidi_Paired_Bracket pairs (BidiBrackets.txt) most likely in news labels.
_BRACKETS = {o: c for o, c in zip("([{༺༼᚛⁅⁽₍⌈⌊〈❨❪❬❮❰❲❴⟅⟦⟨⟪⟬⟮⦃⦅⦇⦉⦋⦍⦏⦑⦓⦕⦗⧘⧚⧼⸢⸤⸦⸨〈《「『【〔〖〘〚﹙﹛﹝（［｛｟｢",
                                  ")]}༻༽᚜⁆⁾₎⌉⌋〉❩❫❭❯❱❳❵⟆⟧⟩⟫⟭⟯⦄⦆⦈⦊⦌⦎⦐⦒⦔⦖⦘⧙⧛⧽⸣⸥⸧⸩〉》」』】〕〗〙〛﹚﹜﹞）］｝｠｣")}
_CLOSERS = {c: o for o, c in _BRACKETS.items()}
_CANON = {"\u2329": "\u3008", "\u232a": "\u3009"}
_STRONG = {"L": "L", "R": "R", "EN": "R", "AN": "R"}
_NEUTRAL = {"B", "S", "WS", "ON"}


def bidi_levels(text: str, base: int | None = None) -> list[int]:
    """Resolved bidi embedding level of every character of a single-line ``text``.

    The paragraph level is found from the first strong character (rules P2–P3) unless
    ``base`` is given. Explicit embeddings and isolates are not supported (remove them
    first); boundary neutrals (BN, e.g. ZWJ) take the level of the character before them.

    Example:
        >>> bidi_levels("بوتين (Putin) 2024")
        [1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 1, 1, 2, 2, 2, 2]
    """
    orig = [unicodedata.bidirectional(c) or "L" for c in text]
    if base is None:
        base = next((0 if t == "L" else 1 for t in orig if t in ("L", "R", "AL")), 0)
    e = "R" if base % 2 else "L"
    keep = [i for i, t in enumerate(orig) if t != "BN"]  # X9
    t = [orig[i] for i in keep]
    chars = [text[i] for i in keep]
    n = len(t)
    # W1: NSM takes the type of the previous character (sos at the start).
    for i in range(n):
        if t[i] == "NSM":
            t[i] = t[i - 1] if i else e
    # W2: EN after AL becomes AN.  W3: AL → R.
    last = e
    for i in range(n):
        if t[i] in ("L", "R", "AL"):
            last = t[i]
        elif t[i] == "EN" and last == "AL":
            t[i] = "AN"
    t = ["R" if x == "AL" else x for x in t]
    # W4: a single ES or CS between two numbers of the same kind.
    for i in range(1, n - 1):
        if t[i] == "ES" and t[i - 1] == "EN" and t[i + 1] == "EN":
            t[i] = "EN"
        elif t[i] == "CS" and t[i - 1] == t[i + 1] and t[i - 1] in ("EN", "AN"):
            t[i] = t[i - 1]
    # W5: a sequence of ETs next to EN becomes EN.
    i = 0
    while i < n:
        if t[i] == "ET":
            j = i
            while j < n and t[j] == "ET":
                j += 1
            if (i > 0 and t[i - 1] == "EN") or (j < n and t[j] == "EN"):
                t[i:j] = ["EN"] * (j - i)
            i = j
        else:
            i += 1
    # W6: other separators and terminators become ON.
    t = ["ON" if x in ("ES", "ET", "CS") else x for x in t]
    # W7: EN after L (or sos L) becomes L.
    last = e
    for i in range(n):
        if t[i] in ("L", "R"):
            last = t[i]
        elif t[i] == "EN" and last == "L":
            t[i] = "L"
    # N0: paired brackets (BD16).
    stack, pairs = [], []
    for i, c in enumerate(chars):
        if t[i] != "ON":
            continue
        c = _CANON.get(c, c)
        if c in _BRACKETS:
            if len(stack) == 63:
                break
            stack.append((_CANON.get(_BRACKETS[c], _BRACKETS[c]), i))
        elif c in _CLOSERS:
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == c:
                    pairs.append((stack[k][1], i))
                    del stack[k:]
                    break
    for o, c in sorted(pairs):
        inside = {_STRONG.get(x) for x in t[o + 1:c]} - {None}
        if e in inside:
            new = e
        elif inside:
            before = next((_STRONG[x] for x in reversed(t[:o]) if x in _STRONG), e)
            new = before if before != e else e
        else:
            continue
        for p in (o, c):
            t[p] = new
            q = p + 1
            while q < n and orig[keep[q]] == "NSM":
                t[q] = new
                q += 1
    # N1/N2: neutrals between strong types of one direction take it, else the embedding's.
    i = 0
    while i < n:
        if t[i] in _NEUTRAL:
            j = i
            while j < n and t[j] in _NEUTRAL:
                j += 1
            prev = _STRONG.get(t[i - 1], e) if i else e
            nxt = _STRONG.get(t[j], e) if j < n else e
            t[i:j] = [prev if prev == nxt else e] * (j - i)
            i = j
        else:
            i += 1
    # I1/I2.
    levels = []
    for x in t:
        if base % 2 == 0:
            levels.append(base + (1 if x == "R" else 2 if x in ("AN", "EN") else 0))
        else:
            levels.append(base + (1 if x in ("L", "EN", "AN") else 0))
    # L1: separators, and whitespace before them or at the end of the line, go to base.
    trailing = True
    for k in range(n - 1, -1, -1):
        o_t = orig[keep[k]]
        if o_t in ("S", "B"):
            levels[k] = base
            trailing = True
        elif trailing and o_t == "WS":
            levels[k] = base
        else:
            trailing = False
    # Put BN characters back with the level of their predecessor.
    full, k = [], 0
    for i in range(len(text)):
        if k < n and keep[k] == i:
            full.append(levels[k])
            k += 1
        else:
            full.append(full[-1] if full else base)
    return full


def reorder(levels: Sequence[int]) -> list[int]:
    """Visual order (L2): logical indices from left to right for the given levels.

    Example:
        >>> reorder([0, 0, 1, 1, 2, 2, 1])
        [0, 1, 6, 4, 5, 3, 2]
    """
    order = list(range(len(levels)))
    if not levels:
        return order
    odd = [lv for lv in levels if lv % 2]
    if not odd:
        return order if max(levels) == 0 else _reverse_runs(order, levels, max(levels), 1)
    return _reverse_runs(order, levels, max(levels), min(odd))


def _reverse_runs(order: list[int], levels: Sequence[int], high: int, low: int) -> list[int]:
    lv = list(levels)
    for level in range(high, low - 1, -1):
        i = 0
        while i < len(order):
            if lv[i] >= level:
                j = i
                while j < len(order) and lv[j] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                lv[i:j] = lv[i:j][::-1]
                i = j
            else:
                i += 1
    return order


# ---------------------------------------------------------------- fonts and style
#: Font choices: name → (fontpkg module, family name). Both are static OFL fonts from PyPI.
FONTS = {
    "sans": ("fontpkg_ibm_plex_sans_arabic", "IBM Plex Sans Arabic"),
    "naskh": ("fontpkg_amiri", "Amiri"),
}
#: Bundled with matplotlib, covers Arabic (upright faces only), the last resort.
FALLBACK = "DejaVu Sans"


def fonts(kind: str = "sans") -> list[Path]:
    """Font files of a packaged Arabic font (``"sans"``: IBM Plex Sans Arabic, ``"naskh"``: Amiri).

    The files ship in the ``fontpkg-*`` wheels and are found with importlib; nothing is
    downloaded.

    Example:
        >>> sorted(p.name for p in fonts("naskh"))[0]
        'Amiri-Bold.ttf'
    """
    module, _ = FONTS[kind]
    root = Path(importlib.import_module(module).ROOT)
    return sorted((root / "files").glob("*.[ot]tf"))


@lru_cache(maxsize=None)
def register_fonts(kind: str = "sans") -> str:
    """Add a packaged Arabic font to matplotlib's font manager (once) and return its family.

    Example:
        >>> register_fonts("sans")
        'IBM Plex Sans Arabic'
    """
    from matplotlib import font_manager

    for path in fonts(kind):
        font_manager.fontManager.addfont(str(path))
    return FONTS[kind][1]


def _family(font: str) -> str:
    return register_fonts(font) if font in FONTS else font


def _rc(font: str = "sans") -> dict:
    return {
        "font.family": [_family(font), FALLBACK],
        "svg.fonttype": "path",   # glyph outlines: no font needed to view, no reordering by viewers
        "pdf.fonttype": 3,
        "ps.fonttype": 3,
        "axes.unicode_minus": True,
    }


class style:
    """Arabic-ready rcParams: a packaged static Arabic font with DejaVu Sans as fallback,
    ``svg.fonttype='path'``, ``pdf.fonttype=3``.

    Use it once at the top of a notebook (``nl.charts.style()``), or as a context manager
    (``with nl.charts.style("naskh"): ...``) to restore the previous settings afterwards.
    ``font`` is ``"sans"`` (IBM Plex Sans Arabic), ``"naskh"`` (Amiri) or any family name
    matplotlib knows.

    Example:
        >>> import matplotlib as mpl
        >>> with style():
        ...     mpl.rcParams["font.family"][:2], mpl.rcParams["svg.fonttype"]
        (['IBM Plex Sans Arabic', 'DejaVu Sans'], 'path')
    """

    def __init__(self, font: str = "sans", **rc):
        import matplotlib as mpl

        new = {**_rc(font), **rc}
        self._old = {k: mpl.rcParams[k] for k in new}
        mpl.rcParams.update(new)
        self.rc = new

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        import matplotlib as mpl

        mpl.rcParams.update(self._old)
        return False

    def __repr__(self):
        return f"<newslib.charts.style {self.rc['font.family'][0]!r}>"
