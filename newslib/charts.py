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
    "bar", "timeline_plot", "heatmap", "cooccurrence", "save", "source_note",
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
        s = "\n".join(visual_order(line) for line in s.split("\n"))
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


#: The font of the innermost active :class:`style` (None before any): the chart helpers' default.
_STYLE_FONT: str | None = None


def _family(font: str | None) -> str:
    font = font or _STYLE_FONT or "sans"
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
    matplotlib knows; the chart helpers (:func:`bar`, :func:`timeline_plot`, :func:`heatmap`)
    draw in it unless given their own ``font=`` (without any style they use ``"sans"``).

    Example:
        >>> import matplotlib as mpl
        >>> with style():
        ...     mpl.rcParams["font.family"][:2], mpl.rcParams["svg.fonttype"]
        (['IBM Plex Sans Arabic', 'DejaVu Sans'], 'path')
    """

    def __init__(self, font: str = "sans", **rc):
        import matplotlib as mpl

        global _STYLE_FONT
        new = {**_rc(font), **rc}
        self._old = {k: mpl.rcParams[k] for k in new}
        self._old_font, _STYLE_FONT = _STYLE_FONT, font
        mpl.rcParams.update(new)
        self.rc = new

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        import matplotlib as mpl

        global _STYLE_FONT
        mpl.rcParams.update(self._old)
        _STYLE_FONT = self._old_font
        return False

    def __repr__(self):
        return f"<newslib.charts.style {self.rc['font.family'][0]!r}>"


# ---------------------------------------------------------------- helpers shared by the charts
_ARABIC_NUMERALS = str.maketrans({".": "\u066b", ",": "\u066c"})  # ٫ decimal, ٬ thousands


def _digits(text: str, digits: str) -> str:
    if digits == "arabic":
        return to_arabic_digits(text).translate(_ARABIC_NUMERALS)
    if digits != "latin":
        raise ValueError(f"digits must be 'latin' or 'arabic', not {digits!r}")
    return text


def _digit_formatter(inner, digits: str):
    """Wrap a matplotlib Formatter so that its tick labels use the requested digits."""
    from matplotlib import ticker

    if digits == "latin":
        return inner

    class ArabicDigits(ticker.Formatter):
        def __call__(self, x, pos=None):
            return _digits(inner(x, pos), digits)

        def format_ticks(self, values):
            return [_digits(s, digits) for s in inner.format_ticks(values)]

        def set_axis(self, axis):
            super().set_axis(axis)
            inner.set_axis(axis)

        def set_locs(self, locs):
            inner.set_locs(locs)

        def get_offset(self):
            return _digits(inner.get_offset(), digits)

    return ArabicDigits()


def _fontprops(font: str | None, **kw):
    from matplotlib.font_manager import FontProperties

    return FontProperties(family=[_family(font), FALLBACK], **kw)


#: How many categories (bars, heatmap rows and columns, timeline dates) a chart keeps by default.
TOP = 15
#: The largest figure a helper creates (inches, width × height), whatever the data.
MAX_FIGSIZE = (12.0, 10.0)
#: Tick labels shrink to this size (points) before every k-th one is dropped.
MIN_FONT = 7.0
#: More bars than this are drawn as one PolyCollection instead of Rectangle patches.
_MAX_PATCHES = 500
#: What marks the subtitle that says what was cut (the Text's gid).
SUBTITLE_GID = "newslib-subtitle"
#: What marks the source line :func:`save` writes under a chart (the Text's gid).
SOURCE_GID = "newslib-source"


def _axes(ax, figsize):
    import matplotlib.pyplot as plt

    if ax is None:
        w, h = figsize
        _, ax = plt.subplots(figsize=(min(w, MAX_FIGSIZE[0]), min(h, MAX_FIGSIZE[1])), layout="constrained")
    return ax


def _axes_inches(ax) -> tuple[float, float]:
    """Width and height of the axes in inches, as laid out so far (before the labels squeeze it)."""
    box = ax.get_position()
    w, h = ax.figure.get_size_inches()
    return box.width * w, box.height * h


def _fit_ticks(n: int, length_pt: float, size: float = 10.0, line: float = 1.35) -> tuple[float, int]:
    """Font size and step k so that ``n`` tick labels along ``length_pt`` points never overlap.

    The font shrinks from ``size`` to :data:`MIN_FONT`; when that is not enough only every
    k-th label is kept.

    Example:
        >>> _fit_ticks(15, 500.0), _fit_ticks(100, 500.0), _fit_ticks(10_000, 500.0)
        ((10.0, 1), (7.0, 2), (7.0, 189))
    """
    if n <= 0:
        return size, 1
    per = length_pt / n
    fs = min(size, max(MIN_FONT, per / line))
    return fs, max(1, math.ceil(line * fs / per))


def _title(ax, title, rtl, font, subtitle: str | None = None):
    """Title on the reading side; ``subtitle`` small and grey just under it, on the same side."""
    import matplotlib as mpl
    from matplotlib.text import Annotation

    side = "right" if rtl else "left"
    small = _fontprops(font, size="small")
    if not title:
        if subtitle:
            ax.set_title(label(subtitle), loc=side, fontproperties=small, color="#555555", gid=SUBTITLE_GID)
        return
    if not subtitle:
        ax.set_title(label(title), loc=side, fontproperties=_fontprops(font, size="large"))
        return
    size = small.get_size_in_points()
    text = ax.set_title(label(title), loc=side, fontproperties=_fontprops(font, size="large"),
                        pad=mpl.rcParams["axes.titlepad"] + 2.4 * size)
    # Anchored to the title, so it follows it above top tick labels; a figure artist, so that
    # ax.texts keeps only the chart's own numbers and annotations.
    note = Annotation(label(subtitle), xy=(1.0 if rtl else 0.0, 0.0), xycoords=text, xytext=(0, -4),
                      textcoords="offset points", ha=side, va="top", fontproperties=small,
                      color="#555555", gid=SUBTITLE_GID, annotation_clip=False)
    ax.figure.add_artist(note)


def _of(shown: int, total: int, digits: str) -> str:
    """«15 من 648»: ``shown`` of ``total``, in the chart's digits.

    Example:
        >>> _of(15, 10000, "latin"), _of(15, 10000, "arabic")
        ('15 من 10,000', '١٥ من ١٠٬٠٠٠')
    """
    return f"{_number(shown, digits)} من {_number(total, digits)}"


def _more(left_out: int, digits: str) -> str:
    """« (+3)» after a list that names only some of its items; nothing when none is left out."""
    return f" (+{_number(left_out, digits)})" if left_out > 0 else ""


def _number(value, digits: str) -> str:
    v = float(value)
    if v != v:  # NaN: an empty cell, not the word "nan"
        return ""
    text = f"{int(v):,}" if v.is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")
    return _digits(text, digits)


def _counts(counts, x=None, y=None) -> pd.Series:
    """A Series category → value from a Series or a DataFrame (counting rows when needed)."""
    if isinstance(counts, pd.DataFrame):
        if x is None:
            x = next((c for c in counts.columns if not pd.api.types.is_numeric_dtype(counts[c])), None)
            if x is None:
                raise ValueError(f"no category column among {list(map(str, counts.columns))}: pass x=")
        if y is None:
            return counts[x].dropna().astype(str).value_counts()
        return counts.groupby(counts[x].astype(str), sort=False, observed=True)[y].sum()
    s = pd.Series(counts)
    if not pd.api.types.is_numeric_dtype(s):
        return s.dropna().astype(str).value_counts()
    return s[s.index.notna()]  # a missing category has no label to draw (value_counts(dropna=False))


# ---------------------------------------------------------------- bar
def bar(counts, *, x: str | None = None, y: str | None = None, ax=None, top: int | None = TOP,
        rtl: bool = True, title: str | None = None, xlabel: str | None = None,
        digits: str = "latin", annotate: bool = True, color: str = "#3b6ea8", font: str | None = None,
        max_chars: int = 28):
    """Horizontal bars, largest on top: quotes per speaker, mentions per entity.

    ``counts`` is a Series (category → value), a Series of categories to count (e.g.
    ``quotes["speaker"]``), or a DataFrame with the category column ``x`` and either a value
    column ``y`` or none (rows are counted). Only the ``top`` largest are drawn (all with
    ``top=None``); when some are left out a subtitle under the title says so («15 من 648»).
    ``rtl=True`` puts the category labels on the right, makes bars grow leftward and
    right-aligns the title. ``digits="arabic"`` writes tick numbers, the values at the bar
    ends and the subtitle in Arabic-Indic digits. Every string goes through :func:`label`;
    labels longer than ``max_chars`` are cut with «…».

    The figure never exceeds :data:`MAX_FIGSIZE`: with many bars the labels shrink to
    :data:`MIN_FONT` and then only every k-th is written (the largest always), and values are
    written at the bar ends only while they fit. Returns the Axes.

    Example:
        >>> import pandas as pd
        >>> ax = bar(pd.Series({"بوتين": 5, "لوكاشينكو": 3}), title="الاقتباسات", digits="arabic")
        >>> [t.get_text() for t in ax.get_yticklabels()] == [label("لوكاشينكو"), label("بوتين")]
        True
        >>> bool(ax.xaxis_inverted()), [t.get_text() for t in ax.texts]
        (True, ['٣', '٥'])
        >>> ax = bar(pd.Series({"بوتين": 5, "لوكاشينكو": 3, "ماكرون": 1}), top=2, digits="arabic")
        >>> ax.get_title(loc="right") == label("٢ من ٣")
        True
    """
    import matplotlib.pyplot as plt  # noqa: F401  (pyplot owns figure creation)
    import numpy as np
    from matplotlib import ticker

    _digits("", digits)   # reject an unknown digits= now, not at draw time
    s = _counts(counts, x, y).sort_values(ascending=False, kind="stable")
    total = len(s)
    if top:
        s = s.head(top)
    s = s.iloc[::-1]  # barh draws from the bottom: largest last, on top
    n = len(s)
    ax = _axes(ax, (7, max(2.2, 0.42 * n + 1.2)))
    pos = list(range(n))
    widths = s.to_numpy(dtype=float)
    if n <= _MAX_PATCHES:
        ax.barh(pos, widths, color=color, height=0.7)
    else:   # one collection: thousands of Rectangle artists take seconds to make and draw
        from matplotlib.collections import PolyCollection

        # Bars thinner than a pixel: touching bars, or the gaps alias into stripes.
        y = np.arange(n, dtype=float)[:, None]
        verts = np.stack([np.column_stack([np.zeros(n), widths, widths, np.zeros(n)]),
                          np.hstack([y - 0.5, y - 0.5, y + 0.5, y + 0.5])], axis=-1)
        ax.add_collection(PolyCollection(verts, facecolors=color, edgecolors="none"), autolim=False)
        ax.set_ylim(-0.5 - 0.05 * n, n - 0.5 + 0.05 * n)   # the margins barh would leave
        ax.set_xlim(0, float(np.nanmax(widths)) * 1.05 if n else 1.0)
    size, step = _fit_ticks(n, _axes_inches(ax)[1] * 72)
    shown = pos[::-1][::step][::-1]   # every k-th from the largest (on top) down
    ax.set_yticks(shown, [label(_shorten(s.index[p], max_chars)) for p in shown])
    ax.tick_params(axis="both", labelfontfamily=[_family(font), FALLBACK], length=0)
    ax.tick_params(axis="y", labelsize=size)
    ax.xaxis.set_major_formatter(_digit_formatter(ticker.ScalarFormatter(), digits))
    ax.xaxis.set_major_locator(ticker.MaxNLocator(integer=True))
    for side in ("top", "left" if rtl else "right"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="x", color="#dddddd", linewidth=0.8)
    ax.set_axisbelow(True)
    if rtl:
        ax.invert_xaxis()
        ax.yaxis.tick_right()
        ax.yaxis.set_label_position("right")
    value_font = _fontprops(font, size="small")
    if annotate and n and step == 1 and size >= value_font.get_size_in_points():
        span = float(s.max()) or 1.0
        for p, v in zip(pos, s.to_numpy(dtype=float)):
            ax.text(v + 0.01 * span, p, _number(v, digits), va="center", ha="right" if rtl else "left",
                    fontproperties=value_font, color="#333333")
        ax.set_xlim(*((span * 1.12, 0) if rtl else (0, span * 1.12)))
    if xlabel:
        ax.set_xlabel(label(xlabel), fontproperties=_fontprops(font))
    _title(ax, title, rtl, font, _of(n, total, digits) if n < total else None)
    return ax


# ---------------------------------------------------------------- timeline
@lru_cache(maxsize=1)
def _month_names() -> tuple[str, ...]:
    """The twelve Gregorian month names of most Arabic news (Egypt, the Gulf), for tick labels.

    Read from ``lexicons/months.tsv``: per month, its first row of the ``gregorian`` family, so
    the list an analyst extends (or replaces with ``nl.lexicons.use``) is the one charts show.

    Example:
        >>> _month_names()[0], _month_names()[11]
        ('يناير', 'ديسمبر')
    """
    from newslib import lexicons

    first: dict[int, str] = {}
    for row in lexicons.read("months"):
        if row["calendar"] == "gregorian" and row["family"] == "gregorian":
            first.setdefault(int(row["month"]), row["word"])
    return tuple(first[m] for m in range(1, 13))


def _date_text(d, step_days: float, fmt: str | None = None) -> str:
    """A tick label for date ``d``: year, month year, or day month, by the tick spacing."""
    if fmt:
        return d.strftime(fmt)
    if step_days >= 300:
        return f"{d.year}"
    if step_days >= 28:
        return f"{_month_names()[d.month - 1]} {d.year}"
    if step_days >= 1:
        return f"{d.day} {_month_names()[d.month - 1]}"
    return d.strftime("%H:%M")


def _date_formatter_class():
    import matplotlib.dates as mdates
    from matplotlib import ticker

    class DateFormatter(ticker.Formatter):
        def __init__(self, fmt, digits):
            self.fmt, self.digits = fmt, digits

        def set_locs(self, locs):
            self._ticks = sorted(float(v) for v in locs)

        def _step(self):
            locs = getattr(self, "_ticks", [])
            return min((b - a for a, b in zip(locs, locs[1:])), default=1.0)

        def __call__(self, x, pos=None):
            return label(_digits(_date_text(mdates.num2date(x), self._step(), self.fmt), self.digits))

    return DateFormatter


def _DateFormatter(fmt, digits):
    return _date_formatter_class()(fmt, digits)

def _shorten(text: str, max_chars: int) -> str:
    """``text`` on one line, cut with «…» to at most ``max_chars`` characters, at a word end if
    one falls in the second half.

    Example:
        >>> _shorten("منظمة الأمن والتعاون في أوروبا", 28), _shorten("بوتين", 28)
        ('منظمة الأمن والتعاون في…', 'بوتين')
        >>> _shorten("أحزاب من دون قواعد شعبية.. ورئيس شعبي بلا حزب", 28)
        'أحزاب من دون قواعد شعبية…'
    """
    text = " ".join(str(text).split())
    if len(text) <= max_chars:
        return text
    cut = text[: max_chars - 1]
    space = cut.rfind(" ")
    if space >= max_chars // 2:
        cut = cut[:space]
    return cut.rstrip(" ،,؛:-.…") + "…"   # «كثيراً..» + «…» read as five dots


def _event_text(text, day) -> str:
    """A timeline annotation: the expression's text, with its month named when the text is a bare
    day number (the first day of a range, ``7`` of ``بين 7 و27 مارس``, means nothing alone).

    Example:
        >>> _event_text("7", pd.Timestamp("2016-03-07")), _event_text("٢٠", pd.Timestamp("2016-09-20"))
        ('7 مارس', '٢٠ سبتمبر')
        >>> _event_text("أمس", pd.Timestamp("2016-03-07"))
        'أمس'
    """
    text = str(text)
    if text.isdigit() and len(text) <= 2 and pd.notna(day):
        return f"{text} {_month_names()[day.month - 1]}"
    return text


def _date_annotation(texts, max_chars: int, digits: str = "latin", keep: int = 2) -> str:
    """The annotation of one date: its first ``keep`` distinct texts, each cut to ``max_chars``,
    joined with «، », then «(+N)» for the others. Each text is cut on its own, so a second
    period that starts on the same day keeps its name instead of vanishing behind the cut.
    A text that another text of the date contains says nothing more and is left out
    (``إبريل`` beside ``الأول من إبريل``).

    Example:
        >>> _date_annotation(["للربع الأول من العام الحالي", "النصف الأول من عام 2015"], 24)
        'للربع الأول من العام…، النصف الأول من عام 2015'
        >>> _date_annotation(["أمس", "الأحد", "أمس", "الاثنين", "اليوم"], 24, "arabic")
        'أمس، الأحد (+٢)'
        >>> _date_annotation(["الأول من إبريل/ نيسان 2015", "إبريل/ نيسان"], 30)
        'الأول من إبريل/ نيسان 2015'
    """
    distinct = list(dict.fromkeys(str(t).strip() for t in texts if pd.notna(t)))
    widest: list[str] = []   # the texts no other contains, longest first (containment is transitive:
    for t in sorted(distinct, key=len, reverse=True):   # testing these is enough, and a corpus date
        if not any(t in w for w in widest):              # can hold hundreds of texts)
            widest.append(t)
    keep_set = set(widest)
    parts = [t for t in distinct if t in keep_set]
    text = "، ".join(_shorten(t, max_chars) for t in parts[:keep])
    return text + _more(len(parts) - keep, digits)


def timeline_plot(timeline: pd.DataFrame, *, date: str = "date_start", text: str = "text",
                  ax=None, rtl: bool = True, title: str | None = None, max_chars: int = 24,
                  digits: str = "latin", date_format: str | None = None, color: str = "#b5452b",
                  font: str | None = None, top: int | None = TOP):
    """Dated events on a time axis, each with a short Arabic annotation; annotations never overlap.

    ``timeline`` is a table such as ``nl.timeline(articles)`` (``date_start`` and ``text``);
    rows without a date are left out; the first two texts of one date are joined with ``،``
    and «(+N)» counts the others. Only the ``top`` dates with most rows (mentions) are drawn
    (all with ``top=None``). Each text longer than ``max_chars`` is cut with ``…``. Each
    annotation takes the first level (above, below, further above, …) where it overlaps no
    other, measured with the renderer, most-mentioned dates first; when the figure has grown to
    :data:`MAX_FIGSIZE` a date that finds no free level keeps its dot and loses its text (only
    the 200 most-mentioned dates are tried). A subtitle says what was left out: «15 من 500»
    dates drawn, «نصوص 40 من 500» when only 40 of them could keep their text. With
    ``rtl=True`` time runs from right to left. Returns the Axes.

    Example:
        >>> import pandas as pd
        >>> tl = pd.DataFrame({"date_start": pd.to_datetime(["2020-08-09", "2020-09-29", "2020-09-30"]),
        ...                    "text": ["9 أغسطس", "أمس", "اليوم"]})
        >>> ax = timeline_plot(tl, title="الجدول الزمني")
        >>> len(ax.texts), bool(ax.xaxis_inverted())
        (3, True)
        >>> ax = timeline_plot(pd.concat([tl, tl.tail(1)]), top=1)
        >>> [t.get_text() for t in ax.texts] == [label("اليوم")], ax.get_title(loc="right") == label("1 من 3")
        (True, True)
    """
    import matplotlib.dates as mdates

    _digits("", digits)
    df = timeline.loc[timeline[date].notna(), [date, text]].copy()
    df[date] = pd.to_datetime(df[date])
    mentions = df.groupby(date, sort=True).size()
    total = len(mentions)
    # Most-mentioned first, earlier date first among equals: the order in which dates are kept
    # and then given a level.
    rank = mentions.sort_values(ascending=False, kind="stable")
    if top and total > top:
        rank = rank.head(top)
    dates = rank.index.sort_values()
    # Texts only for the dates that can hope for a level (the 200 most mentioned): joining the
    # texts of 10,000 dates one by one takes seconds.
    hopeful = rank.index[:200]
    sub = df[df[date].isin(hopeful)]
    sub = sub.assign(**{text: [_event_text(v, d) if pd.notna(v) else v for v, d in zip(sub[text], sub[date])]})
    texts_of = sub.groupby(date, sort=True)[text].agg(lambda t: _date_annotation(t, max_chars, digits))
    ax = _axes(ax, (9, 3.2))
    fig = ax.figure
    ax.axhline(0, color="#888888", linewidth=1, zorder=1)
    ax.yaxis.set_visible(False)
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_visible(False)
    if not len(dates):
        _title(ax, title, rtl, font)
        return ax
    xs = mdates.date2num(dates.to_pydatetime())
    lo, hi = float(xs.min()), float(xs.max())
    span = max(hi - lo, 1.0)
    ax.set_xlim(lo - 0.08 * span, hi + 0.08 * span)
    if rtl:
        ax.invert_xaxis()
    renderer = fig.canvas.get_renderer()
    # Texts created in date order, so that ax.texts reads chronologically; placed in rank order.
    position = {d: i for i, d in enumerate(dates)}
    candidates = [position[d] for d in hopeful]
    props = _fontprops(font, size="small")
    texts = {i: ax.text(xs[i], 0, label(texts_of[dates[i]]), ha="center", va="bottom",
                        fontproperties=props, zorder=5,
                        bbox={"facecolor": "white", "edgecolor": "none", "pad": 1.5})  # stems pass behind
             for i in sorted(candidates)}
    extents = {i: t.get_window_extent(renderer) for i, t in texts.items()}
    widths = {i: e.width for i, e in extents.items()}
    height = max(e.height for e in extents.values())
    # Widen the x range so the outermost texts fit inside the axes.
    ax_w = ax.get_window_extent(renderer).width
    frac = min(0.45, (max(widths.values()) / 2 + 6) / ax_w)
    pad = span * frac / (1 - 2 * frac)
    ax.set_xlim(*((hi + pad, lo - pad) if rtl else (lo - pad, hi + pad)))
    # One level per text line; as many levels as fit in the tallest figure allowed.
    line_in = height * 1.7 / fig.dpi
    max_levels = max(2, min(16, int((MAX_FIGSIZE[1] - 1.0) / line_in) - 1))
    placed: dict[int, list[tuple[float, float]]] = {}
    levels: dict[int, int] = {}
    for i in candidates:
        cx = ax.transData.transform((xs[i], 0))[0]
        a, b = cx - widths[i] / 2 - 4, cx + widths[i] / 2 + 4
        for k in range(max_levels):
            level = (k // 2 + 1) * (1 if k % 2 == 0 else -1)
            if all(b <= p or a >= q for p, q in placed.get(level, [])):
                placed.setdefault(level, []).append((a, b))
                levels[i] = level
                break
        else:
            texts[i].remove()   # no free level: the dot stays, the text goes
    high, low = max(max(levels.values()), 0), min(min(levels.values()), 0)
    need_in = min((high - low + 1) * line_in + 1.0, MAX_FIGSIZE[1])
    if fig.get_figheight() < need_in:
        fig.set_figheight(need_in)
    ax.set_ylim(low - 0.7, high + 0.7)
    kept = sorted(levels)
    ax.vlines(xs[kept], 0, [levels[i] for i in kept], color="#bbbbbb", linewidth=0.8, zorder=2)
    ax.scatter(xs, [0] * len(xs), s=28 if len(xs) <= 200 else 10, color=color, zorder=4)
    for i in kept:
        texts[i].set_y(levels[i])
        texts[i].set_va("bottom" if levels[i] > 0 else "top")
    view = abs(float(ax.get_xlim()[1] - ax.get_xlim()[0]))
    # Dates are days: a view of a few weeks or less ticks whole days, never hours («00:00 … 00:00»).
    ax.xaxis.set_major_locator(mdates.DayLocator(interval=max(1, math.ceil(view / 7))) if view < 21
                               else mdates.AutoDateLocator(minticks=3, maxticks=7))
    ax.xaxis.set_major_formatter(_DateFormatter(date_format, digits))
    ax.tick_params(axis="x", labelfontfamily=[_family(font), FALLBACK], labelsize="small")
    notes = [_of(len(dates), total, digits)] if len(dates) < total else []
    if len(kept) < len(dates):
        notes.append(f"نصوص {_of(len(kept), len(dates), digits)}")
    _title(ax, title, rtl, font, " · ".join(notes) or None)
    return ax


# ---------------------------------------------------------------- heatmap
def cooccurrence(entities: pd.DataFrame, rows: str = "PER", columns: str = "LOC", *,
                 within: str = "sentence_id", key: str = "name", top: int | None = TOP) -> pd.DataFrame:
    """How many sentences (or articles, ``within="article_id"``) mention both names: a
    ``rows`` label × ``columns`` label table for :func:`heatmap`.

    Rows and columns are sorted by their totals, largest first (names in order among equals),
    and only the ``top`` largest rows and the ``top`` largest columns are kept (all with
    ``top=None``); totals are taken over the whole table, before the cut. The numbers of rows
    and columns before the cut are in ``table.attrs`` (``rows_total``, ``columns_total``), so
    that :func:`heatmap` can say «15 من 648». The full table is never built when cut.

    Example:
        >>> import pandas as pd
        >>> ents = pd.DataFrame({"article_id": ["a"] * 4, "sentence_id": [0, 0, 1, 1],
        ...     "label": ["PER", "LOC", "PER", "LOC"], "name": ["بوتين", "موسكو", "بوتين", "مينسك"]})
        >>> cooccurrence(ents).to_dict()
        {'موسكو': {'بوتين': 1}, 'مينسك': {'بوتين': 1}}
        >>> t = cooccurrence(ents, top=1)
        >>> list(t.columns), t.attrs
        (['موسكو'], {'rows_total': 1, 'columns_total': 2})
    """
    unit = ["article_id"] if within == "article_id" else ["article_id", within]
    def side(lab):
        e = entities.loc[entities["label"].astype(str) == lab, [*unit, key]].dropna()
        return e.drop_duplicates()
    pairs = side(rows).merge(side(columns), on=unit, suffixes=("_row", "_col"))
    r, c = f"{key}_row", f"{key}_col"
    counts = pairs.groupby([r, c], sort=False, observed=True).size()
    # groupby sorts the names, the stable sort keeps that order among equal totals
    row_tot = counts.groupby(level=0, observed=True).sum().sort_values(ascending=False, kind="stable")
    col_tot = counts.groupby(level=1, observed=True).sum().sort_values(ascending=False, kind="stable")
    keep_r = row_tot.index if not top else row_tot.index[:top]
    keep_c = col_tot.index if not top else col_tot.index[:top]
    if len(keep_r) < len(row_tot) or len(keep_c) < len(col_tot):
        idx = counts.index
        counts = counts[idx.get_level_values(0).isin(keep_r) & idx.get_level_values(1).isin(keep_c)]
    if len(counts):
        table = counts.unstack(fill_value=0).reindex(index=keep_r, columns=keep_c, fill_value=0)
    else:
        table = pd.DataFrame(0, index=keep_r, columns=keep_c, dtype="int64")
    table.index.name, table.columns.name = rows, columns
    table.attrs = {"rows_total": len(row_tot), "columns_total": len(col_tot)}
    return table


#: A heatmap draws at most this many cells a side; beyond, blocks of cells show their largest value.
_MAX_CELLS = 500


def _block_max(values, fr: int, fc: int):
    """``values`` reduced by blocks of ``fr`` rows × ``fc`` columns to each block's largest value.

    Example:
        >>> import numpy as np
        >>> _block_max(np.array([[1., 0., 2.], [0., 5., 0.], [3., 0., 0.]]), 2, 2).tolist()
        [[5.0, 2.0], [3.0, 0.0]]
    """
    import numpy as np

    n_r, n_c = values.shape
    rows = np.fmax.reduceat(values, np.arange(0, n_r, fr), axis=0)   # fmax: NaN only if all NaN
    return np.fmax.reduceat(rows, np.arange(0, n_c, fc), axis=1).astype(float)


def heatmap(matrix: pd.DataFrame, *, ax=None, rtl: bool = True, title: str | None = None,
            xlabel: str | None = None, ylabel: str | None = None, cmap: str = "Blues",
            annotate: bool = True, digits: str = "latin", font: str | None = None,
            top: int | None = TOP, max_chars: int = 28):
    """A labelled matrix (e.g. people × places co-occurrence from :func:`cooccurrence`).

    Only the ``top`` rows and the ``top`` columns with the largest sums are drawn, in their
    order in ``matrix`` (all with ``top=None``). When rows or columns are left out — here, or
    before by :func:`cooccurrence`, whose ``attrs`` keep the totals — a subtitle under the
    title says so: «15 من 648 × 15 من 304» (rows × columns).

    Row labels and column labels go through :func:`label` (cut with «…» after ``max_chars``);
    with ``rtl=True`` the first column is drawn on the right, row labels sit on the right and
    the title is right-aligned. ``annotate`` writes each value in its cell (``digits="arabic"``
    for Arabic-Indic digits), in white on dark cells, while the cells are big enough to hold
    it. The figure never exceeds :data:`MAX_FIGSIZE`; with many rows or columns the labels
    shrink to :data:`MIN_FONT` and then only every k-th is written, and beyond 500 rows or
    columns each block of cells is drawn as its largest value. Returns the Axes.

    Example:
        >>> import pandas as pd
        >>> m = pd.DataFrame([[2, 0], [1, 3]], index=["بوتين", "لوكاشينكو"], columns=["موسكو", "مينسك"])
        >>> ax = heatmap(m, digits="arabic")
        >>> [t.get_text() for t in ax.get_xticklabels()] == [label("مينسك"), label("موسكو")]
        True
        >>> sorted(t.get_text() for t in ax.texts)
        ['٠', '١', '٢', '٣']
        >>> ax = heatmap(m, top=1, digits="arabic")
        >>> [t.get_text() for t in ax.get_yticklabels()] == [label("لوكاشينكو")]
        True
        >>> ax.get_title(loc="right") == label("١ من ٢ × ١ من ٢")
        True
    """
    import numpy as np

    _digits("", digits)
    rows_total = int(matrix.attrs.get("rows_total", matrix.shape[0]))
    cols_total = int(matrix.attrs.get("columns_total", matrix.shape[1]))
    full = matrix.to_numpy()   # a view for a one-dtype frame: no copy of a big table
    if full.dtype.kind not in "fiu":
        full = full.astype(float)
    ri = ci = slice(None)
    if top:
        def largest(sums):   # positions of the `top` largest sums, kept in the matrix's order
            return np.sort(np.argsort(-sums, kind="stable")[:top])
        if full.shape[0] > top:
            ri = largest(np.nansum(full, axis=1))
        if full.shape[1] > top:
            ci = largest(np.nansum(full, axis=0))
    values = full[ri][:, ci]
    index, columns = matrix.index[ri], matrix.columns[ci]
    if rtl:
        values, columns = values[:, ::-1], columns[::-1]
    n_r, n_c = values.shape
    note = None
    if n_r < rows_total or n_c < cols_total:
        part = lambda n, t: _of(n, t, digits) if n < t else _number(n, digits)  # noqa: E731
        note = f"{part(n_r, rows_total)} × {part(n_c, cols_total)}"
    ax = _axes(ax, (max(4.0, 0.75 * n_c + 2.5), max(3.0, 0.5 * n_r + 1.8)))
    if not values.size:   # nothing co-occurs: an empty, titled frame rather than a warning
        ax.set_xticks([])
        ax.set_yticks([])
        _title(ax, title, rtl, font, note)
        return ax
    vmax = float(np.nanmax(values)) or 1.0
    # A mesh, not imshow: Agg resamples an image to the output size in float RGBA (about 400 MB
    # for a 12 × 10 inch figure at 200 dpi). Beyond _MAX_CELLS a side each block of cells is
    # drawn as its largest value (a lone hot cell stays visible); big meshes go into SVG and PDF
    # as an image.
    fr, fc = math.ceil(n_r / _MAX_CELLS), math.ceil(n_c / _MAX_CELLS)
    shown = _block_max(values, fr, fc) if fr > 1 or fc > 1 else values.astype(float)
    x_edges = np.minimum(np.arange(0, n_c + fc, fc), n_c)[: shown.shape[1] + 1] - 0.5
    y_edges = np.minimum(np.arange(0, n_r + fr, fr), n_r)[: shown.shape[0] + 1] - 0.5
    im = ax.pcolormesh(x_edges, y_edges, shown, cmap=cmap, vmin=0, vmax=vmax, shading="flat",
                       antialiased=False, edgecolors="none", rasterized=shown.size > 10_000)
    ax.set_xlim(-0.5, n_c - 0.5)
    ax.set_ylim(n_r - 0.5, -0.5)   # first row on top
    # The axes lose room to the labels: about a third of the width, a fifth of the height.
    w_in, h_in = _axes_inches(ax)
    x_size, x_step = _fit_ticks(n_c, w_in * 72 * 0.75, line=2.0)   # labels at 40°: more room each
    y_size, y_step = _fit_ticks(n_r, h_in * 72 * 0.85)
    xs, ys = list(range(n_c))[::x_step], list(range(n_r))[::y_step]
    ax.set_xticks(xs, [label(_shorten(columns[j], max_chars)) for j in xs], rotation=40,
                  ha="left", rotation_mode="anchor")
    ax.set_yticks(ys, [label(_shorten(index[i], max_chars)) for i in ys])
    ax.tick_params(axis="both", labelfontfamily=[_family(font), FALLBACK], length=0)
    ax.tick_params(axis="x", labelsize=x_size)
    ax.tick_params(axis="y", labelsize=y_size)
    ax.xaxis.tick_top()
    if rtl:
        ax.yaxis.tick_right()
        ax.yaxis.set_label_position("right")
    for side in ax.spines.values():
        side.set_visible(False)
    cell_font = _fontprops(font, size="small")
    fs = cell_font.get_size_in_points()
    widest = max(len(_number(v, digits)) for v in (np.nanmax(values), np.nanmin(values)))
    fits = (w_in * 72 * 0.75 / n_c >= 0.62 * fs * widest + 3) and (h_in * 72 * 0.85 / n_r >= 1.3 * fs)
    if annotate and fits:
        for i in range(n_r):
            for j in range(n_c):
                v = values[i, j]
                ax.text(j, i, _number(v, digits), ha="center", va="center", in_layout=False,  # inside
                        color="white" if v > 0.55 * vmax else "#222222", fontproperties=cell_font)
    if xlabel:
        ax.set_xlabel(label(xlabel), fontproperties=_fontprops(font))
    if ylabel:
        ax.set_ylabel(label(ylabel), fontproperties=_fontprops(font))
    _title(ax, title, rtl, font, note)
    im.set_clim(0, vmax)
    return ax


# ---------------------------------------------------------------- export
def source_note(articles: pd.DataFrame, outlets: int = 3, digits: str = "latin",
                sample_of: int | None = None) -> str:
    """«المصدر: …», the line :func:`save` writes under a chart to name the corpus behind it.

    The outlets of ``articles``, most articles first (then by name): their ``source_name``
    without the bracketed site (else ``source``), the first ``outlets`` of them and «(+N)» for
    the others; then how many articles — or, for a single article, its headline (``title``),
    cut at 60 characters. ``sample_of``: the size of the corpus ``articles`` were drawn from,
    said when larger («عدد المقالات: 300 (عينة من 446)»), so a sample is not taken for the whole.

    Example:
        >>> arts = pd.DataFrame({"source": ["sabq", "okaz", "sabq"], "title": ["أ", "ب", "ج"],
        ...                      "source_name": ["Sabq (sabq.org)", "Okaz (okaz.com.sa)", "Sabq (sabq.org)"]})
        >>> source_note(arts), source_note(arts, outlets=1, sample_of=446)
        ('المصدر: Sabq، Okaz · عدد المقالات: 3', 'المصدر: Sabq (+1) · عدد المقالات: 3 (عينة من 446)')
        >>> source_note(arts.tail(1).assign(title="موسكو ترفض «الضغوط الخارجية» على مينسك"))
        'المصدر: Sabq · «موسكو ترفض «الضغوط الخارجية» على مينسك»'
    """
    from newslib.corpus import outlet_names

    counts = outlet_names(articles).dropna().value_counts()
    names = sorted(dict(counts), key=lambda n: (-counts[n], n))   # most articles first, then by name
    parts = ["المصدر: " + ("، ".join(names[:outlets]) if names else "؟")
             + _more(len(names) - outlets, digits)]
    if len(articles) == 1 and "title" in articles and pd.notna(articles["title"].iloc[0]):
        parts.append(f"«{_shorten(articles['title'].iloc[0], 60)}»")
    else:
        sample = f" (عينة من {_number(sample_of, digits)})" if sample_of and sample_of > len(articles) else ""
        parts.append(f"عدد المقالات: {_number(len(articles), digits)}{sample}")
    return " · ".join(parts)


def _source_line(fig, text: str) -> None:
    """``text`` small and grey under everything drawn on ``fig``, on the right (the reading side).

    Replaces the line of an earlier :func:`save`, so saving twice writes it once."""
    for artist in [t for t in fig.texts if t.get_gid() == SOURCE_GID]:
        artist.remove()
    fig.canvas.draw()   # lays the figure out (constrained layout moves the axes) before measuring
    box = fig.get_tightbbox(fig.canvas.get_renderer())   # inches, labels and titles included
    w, h = fig.get_size_inches()
    fig.text(box.x1 / w, (box.y0 - 0.06) / h, label(text), ha="right", va="top", gid=SOURCE_GID,
             fontproperties=_fontprops(None, size="small"), color="#555555")


def save(fig, path, formats: Iterable[str] = ("png", "svg", "pdf"), *, data=None, dpi: int = 200,
         source: str | None = None, **savefig_kwargs) -> list[Path]:
    """Write ``fig`` in each format, plus the data behind it as CSV, and return the paths.

    ``path`` has no extension (``"reports/figures/quotes_per_speaker"``); folders are created.
    SVG keeps glyph outlines (``svg.fonttype='path'``: no font needed to view it, no viewer
    reordering), PDF and PS embed Type 3 fonts. ``data`` (a DataFrame or Series) is written to
    ``PATH.csv`` in UTF-8 with a BOM so that spreadsheet programs show the Arabic; a
    meaningful index (not 0…n-1) is kept as a column. ``source`` (e.g.
    :func:`source_note` of the articles) is written small under the chart, on the right, so a
    chart pasted into a report still names its corpus.

    Example:
        >>> import tempfile, pandas as pd
        >>> s = pd.Series({"بوتين": 5, "لوكاشينكو": 3}, name="quotes").rename_axis("speaker")
        >>> ax = bar(s)
        >>> out = save(ax.figure, tempfile.mkdtemp() + "/figures/quotes", formats=("png", "svg"), data=s)
        >>> [p.name for p in out]
        ['quotes.png', 'quotes.svg', 'quotes.csv']
        >>> out[-1].read_bytes()[:3] == b"\\xef\\xbb\\xbf"
        True
    """
    import matplotlib as mpl

    base = Path(path)
    base.parent.mkdir(parents=True, exist_ok=True)
    if source:
        _source_line(fig, source)
    out = []
    rc = {"svg.fonttype": "path", "pdf.fonttype": 3, "ps.fonttype": 3}
    with mpl.rc_context(rc):
        for fmt in formats:
            fmt = fmt.lower().lstrip(".")
            target = base.parent / f"{base.name}.{fmt}"
            kwargs = {"dpi": dpi} if fmt in ("png", "jpg", "jpeg", "tif", "tiff", "webp") else {}
            fig.savefig(target, format=fmt, bbox_inches="tight", **kwargs, **savefig_kwargs)
            out.append(target)
    if data is not None:
        frame = data.to_frame() if isinstance(data, pd.Series) else pd.DataFrame(data)
        # an index that carries labels (names, dates) is written; row numbers — a RangeIndex, or the
        # unnamed integer index a filter leaves (0, 1, 2, 4 …) — are not
        idx = frame.index
        keep_index = not (isinstance(idx, pd.RangeIndex)
                          or (idx.nlevels == 1 and idx.name is None and pd.api.types.is_integer_dtype(idx.dtype)))
        target = base.parent / f"{base.name}.csv"
        frame.to_csv(target, index=keep_index, encoding="utf-8-sig")
        out.append(target)
    return out
