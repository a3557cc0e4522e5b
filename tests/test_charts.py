"""Arabic chart labels that read right, checked against independent shaping engines.

* Glyph test: ``label(s)`` saved as SVG (``svg.fonttype='path'``; matplotlib ≥ 3.11 names
  glyph definitions by glyph index) must give the glyph ids, in order, that HarfBuzz gives
  for the logical string after a real bidi pass (FriBidi, the library Raqm uses, through
  ctypes) with Raqm-like script itemisation.
* Pixel test: PNG and PDF (rasterised with poppler's ``pdftoppm``) renders of ``label(s)``
  must sit far closer to a Pillow+Raqm render of the logical string than to the reversed
  or unjoined renders of the same string in the same font.
* Negative controls: the naive ``get_display(reshape(s))`` workaround fails the same tests
  on a shaping matplotlib; the raw logical string fails them on matplotlib ≤ 3.10.

``make test`` also runs this file under matplotlib 3.10 (``.venv-mpl310``), where the glyph
test does not apply (3.10 names SVG glyphs by character code) and is deselected.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import io
import os
import re
import shutil
import subprocess
import sys
from functools import lru_cache

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from matplotlib.font_manager import FontProperties  # noqa: E402

from newslib import charts  # noqa: E402

MPL = tuple(int(p) for p in re.findall(r"\d+", matplotlib.__version__)[:2])

#: The fixture labels: (id, label). Escapes make the invisible characters visible here.
LABELS = [
    ("brackets", "بوتين (Putin) 2024"),
    ("osce", "منظمة الأمن والتعاون في أوروبا"),
    ("arabic-digits", "عام ٢٠٢٤"),
    ("lam-alef", "الإمارات"),
    ("tatweel", "الـعـربـيـة"),
    ("harakat", "مُحَمَّدٌ"),
    ("dollars", "$5 و $6 مليون"),
    ("bom", "\ufeffروسيا البيضاء"),
    ("rlm", "\u200fلوكاشينكو"),
]
IDS = [i for i, _ in LABELS]


def _missing(what: str):
    """Skip on a user's machine, fail in CI (where .ci/run installs everything)."""
    if os.environ.get("CI"):
        pytest.fail(f"{what} is missing in CI: .ci/run must install it")
    pytest.skip(f"{what} not available on this machine")


@lru_cache(maxsize=1)
def font_path() -> str:
    return str(next(p for p in charts.fonts("sans") if p.name == "IBMPlexSansArabic-Regular.ttf"))


def naive(s: str) -> str:
    """The classic workaround (python-bidi ≥ 0.5, arabic-reshaper defaults)."""
    import arabic_reshaper
    from bidi import get_display

    return get_display(arabic_reshaper.reshape(s))


def logical(s: str) -> str:
    return charts._clean(s)


# ---------------------------------------------------------------- label(): exact values
def test_non_arabic_labels_pass_through():
    assert charts.label("Putin 2024") == "Putin 2024"
    assert charts.label("$\\alpha$ (%)") == "$\\alpha$ (%)"   # English mathtext still works
    assert charts.label("٢٠٢٤") == "٢٠٢٤"
    assert charts.label(2024) == "2024"
    assert charts.label(None) == "" and charts.label(float("nan")) == ""
    assert charts.label("\ufeffspeaker") == "speaker"         # only the BOM goes


def test_label_cleans_and_escapes():
    s = charts.label("\ufeff$5 و\u200b $6\u200f مليون\u202c")
    assert "\ufeff" not in s and "\u200b" not in s and "\u200f" not in s and "\u202c" not in s
    assert s.count("\\$") == 2 and s.count("$") == 2
    if charts.shapes_text():
        assert s == "\\$5 و \\$6 مليون"
        assert charts.label("مُحَمَّدٌ") == "مُحَمَّدٌ"            # harakat kept, logical order
        assert charts.label("لا\u200cبد") == "لا\u200cبد"          # ZWNJ kept
        assert charts.label("e\u0301 فيلم") == "é فيلم"          # NFC
    else:
        assert s == "ﻥﻮﻴﻠﻣ 6\\$ ﻭ \\$5"


def test_visual_order_legacy_path():
    # Pure string work, so it is checked on every matplotlib.
    assert charts.visual_order("بوتين (Putin) 2024") == "2024 (Putin) ﻦﻴﺗﻮﺑ"
    assert charts.visual_order("الإمارات") == "ﺕﺍﺭﺎﻣﻹﺍ"                         # lam-alef ligature
    assert charts.visual_order("مُحَمَّدٌ") == "\u064cﺪ\u0651\u064eﻤ\u064eﺤ\u064fﻣ"  # harakat kept
    assert charts.visual_order("الـعـربـيـة") == "ﺔـﻴـﺑﺮـﻌـﻟﺍ"                  # tatweel joins
    assert charts.visual_order("قال «نعم» [1]") == "[1] «ﻢﻌﻧ» ﻝﺎﻗ"             # L4: « » mirrored
    assert charts.visual_order("لا\u200cبد") == "ﺪﺑﻻ"                          # ZWNJ breaks the join


def test_bidi_levels_agree_with_python_bidi():
    """Our UAX #9 reordering equals python-bidi's (unicode-bidi, Rust) on random mixed text."""
    from bidi import get_display
    from hypothesis import given, settings
    from hypothesis import strategies as st

    alphabet = list("بوتين ال") + list("ab XY") + list("0123456789٠١٢") + list("()[]«»-+.,:/%$ ") + ["\u064e", "\u0651"]

    @settings(max_examples=400, deadline=None, derandomize=True)
    @given(st.text(alphabet=alphabet, min_size=1, max_size=16))
    def check(s):
        assert "".join(s[i] for i in charts.reorder(charts.bidi_levels(s))) == get_display(s)

    check()


def test_shaping_probe_matches_version():
    assert charts.shapes_text() is (MPL >= (3, 11))


# ---------------------------------------------------------------- glyph test (SVG)
@lru_cache(maxsize=1)
def _fribidi():
    name = ctypes.util.find_library("fribidi") or "libfribidi.so.0"
    try:
        return ctypes.CDLL(name)
    except OSError:
        return None


def fribidi_levels(s: str) -> list[int]:
    lib = _fribidi()
    if lib is None:
        _missing("libfribidi (apt: libfribidi0)")
    n = len(s)
    text = (ctypes.c_uint32 * n)(*map(ord, s))
    types, brackets, levels = (ctypes.c_uint32 * n)(), (ctypes.c_uint32 * n)(), (ctypes.c_int8 * n)()
    lib.fribidi_get_bidi_types(text, n, types)
    lib.fribidi_get_bracket_types(text, n, types, brackets)
    base = ctypes.c_uint32(0x40)  # FRIBIDI_PAR_ON: direction from the first strong character
    lib.fribidi_get_par_embedding_levels_ex(types, brackets, n, ctypes.byref(base), levels)
    return list(levels)


def _scripts(s: str) -> list[str]:
    """Script of each character as Raqm itemises it: Common/Inherited take the script of
    what precedes them (a closing bracket that of its opening one), leading ones the first real one."""
    import uharfbuzz as hb

    raw = []
    for c in s:
        b = hb.Buffer()
        b.add_str(c)
        b.guess_segment_properties()
        raw.append(b.script)
    out, stack, prev = [], [], None
    for c, sc in zip(s, raw):
        if sc not in ("Zyyy", "Zinh", "Zzzz"):
            prev = sc
        elif c in "([{":
            stack.append(prev)
        elif c in ")]}" and stack:
            prev = stack.pop() or prev
        out.append(prev)
    first = next((x for x in out if x), "Zyyy")
    return [x or first for x in out]


def harfbuzz_glyphs(s: str) -> list[int]:
    """Glyph ids, left to right, of ``s`` shaped by HarfBuzz after a FriBidi bidi pass."""
    import uharfbuzz as hb

    font = hb.Font(hb.Face(hb.Blob.from_file_path(font_path())))
    levels, scripts = fribidi_levels(s), _scripts(s)
    runs: list[list] = []
    for c, lv, sc in zip(s, levels, scripts):
        if runs and runs[-1][0] == lv and runs[-1][1] == sc:
            runs[-1][2] += c
        else:
            runs.append([lv, sc, c])
    order, lv = list(range(len(runs))), [r[0] for r in runs]
    for level in range(max(lv), min([x for x in lv if x % 2] or [1]) - 1, -1):
        i = 0
        while i < len(order):
            if lv[order[i]] >= level:
                j = i
                while j < len(order) and lv[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    glyphs = []
    for k in order:
        level, script, text = runs[k]
        buf = hb.Buffer()
        buf.add_str(text)
        buf.guess_segment_properties()
        buf.script = script
        buf.direction = "rtl" if level % 2 else "ltr"
        hb.shape(font, buf, {})
        glyphs += [g.codepoint for g in buf.glyph_infos]
    return glyphs


def svg_glyphs(text: str) -> list[int]:
    """Glyph ids of ``text`` in a matplotlib SVG (≥ 3.11: ``<font>-<glyph index in hex>``)."""
    with plt.rc_context({"svg.fonttype": "path"}):
        fig = plt.figure(figsize=(8, 1))
        fig.text(0.05, 0.4, text, fontproperties=FontProperties(fname=font_path(), size=20))
        buf = io.StringIO()
        fig.savefig(buf, format="svg")
        plt.close(fig)
    return [int(i.rsplit("-", 1)[1], 16) for i in re.findall(r'<use xlink:href="#([^"]+)"', buf.getvalue())]


def _needs_glyph_index_svg():
    if MPL < (3, 11):
        pytest.skip("matplotlib < 3.11 names SVG glyphs by character code (deselected by make test)")


@pytest.mark.parametrize("text", [s for _, s in LABELS], ids=IDS)
def test_svg_glyphs_match_harfbuzz(text):
    _needs_glyph_index_svg()
    assert svg_glyphs(charts.label(text)) == harfbuzz_glyphs(logical(text))


def test_svg_negative_control_naive_workaround_fails():
    _needs_glyph_index_svg()
    for _, text in LABELS:
        assert svg_glyphs(naive(logical(text)).replace("$", r"\$")) != harfbuzz_glyphs(logical(text)), text


# ---------------------------------------------------------------- pixel test (PNG, PDF)
SIZE, WIDTH, HEIGHT, BASELINE = 40, 1000, 100, 70   # px; matplotlib at 72 dpi so 1 pt = 1 px


def _raqm():
    from PIL import features

    if not features.check("raqm"):
        _missing("Pillow's Raqm layout (apt: libraqm0 libfribidi0)")


def matplotlib_render(text: str, fmt: str, tmp_path):
    """``text`` drawn by matplotlib at ``SIZE`` px on its baseline, as a grey PIL image."""
    from PIL import Image

    fig = plt.figure(figsize=(WIDTH / 72, HEIGHT / 72), dpi=72)
    fig.text(10 / WIDTH, 1 - BASELINE / HEIGHT, text, va="baseline",
             fontproperties=FontProperties(fname=font_path(), size=SIZE))
    path = tmp_path / f"render.{fmt}"
    with plt.rc_context({"pdf.fonttype": 3}):
        fig.savefig(path, dpi=72)
    plt.close(fig)
    if fmt == "pdf":
        if not shutil.which("pdftoppm"):
            _missing("pdftoppm (apt: poppler-utils)")
        subprocess.run(["pdftoppm", "-r", "72", "-png", "-singlefile", str(path), str(tmp_path / "pdf")], check=True)
        path = tmp_path / "pdf.png"
    with Image.open(path) as im:
        return im.convert("L")


def pillow_render(text: str, raqm: bool = True):
    """Pillow reference in the same font and size: Raqm shapes and orders, BASIC does neither."""
    from PIL import Image, ImageDraw, ImageFont

    _raqm()
    engine = ImageFont.Layout.RAQM if raqm else ImageFont.Layout.BASIC
    font = ImageFont.truetype(font_path(), SIZE, layout_engine=engine)
    img = Image.new("L", (WIDTH, HEIGHT), 255)
    ImageDraw.Draw(img).text((10, BASELINE), text, font=font, fill=0, anchor="ls")
    return img


def references(text: str) -> dict:
    s = logical(text)
    refs = {
        "correct": pillow_render(s),
        "reversed": pillow_render(charts.visual_order(s)),   # a visual-order string shaped again
        "unjoined": pillow_render(s, raqm=False),             # isolated letters, left to right
    }
    if any(c in s for c in "()[]"):
        refs["unmirrored"] = pillow_render(s.translate(str.maketrans("()[]", ")(][")))
    return refs


def distance(candidate, reference) -> float:
    """Worst local mismatch between two renders, 0 (same) … 1.

    Both images are baseline-aligned (same canvas rows), cropped to their ink columns, the
    candidate stretched to the reference's width, blurred (σ 1.5 px), and aligned column by
    column with dynamic time warping in a ±SIZE/8 band: spacing differences (kerning, hinted
    advances) cost nothing, letters in the wrong order or shape do. The score is the mean
    column cost of the worst 1-em window along the alignment.
    """
    from PIL import Image, ImageFilter

    def ink(img):
        a = 255 - np.asarray(img, dtype=float)
        xs = np.nonzero((a > 20).any(axis=0))[0]
        return img.crop((int(xs.min()), 0, int(xs.max()) + 1, img.height))

    def columns(img):
        pad = Image.new("L", (img.width + 8, img.height), 255)
        pad.paste(img, (4, 0))
        return ((255 - np.asarray(pad.filter(ImageFilter.GaussianBlur(1.5)), dtype=float)) / 255)[:, ::2].T

    ref = ink(reference)
    cand = ink(candidate).resize(ref.size, Image.Resampling.LANCZOS)
    a, b = columns(cand), columns(ref)
    n, m, w = len(a), len(b), max(4, SIZE // 8)
    cost = np.abs(a[:, None, :] - b[None, :, :]).mean(axis=2)
    acc = np.full((n + 1, m + 1), np.inf)
    acc[0, 0] = 0
    for i in range(1, n + 1):
        prev, cur, ci = acc[i - 1], acc[i], cost[i - 1]
        for j in range(max(1, i - w), min(m, i + w) + 1):
            cur[j] = ci[j - 1] + min(prev[j], prev[j - 1], cur[j - 1])
    per, cnt = np.zeros(m), np.zeros(m)
    i, j = n, m
    while i > 0 and j > 0:
        per[j - 1] += cost[i - 1, j - 1]
        cnt[j - 1] += 1
        k = int(np.argmin([acc[i - 1, j - 1], acc[i - 1, j], acc[i, j - 1]]))
        i, j = (i - 1, j - 1) if k == 0 else (i - 1, j) if k == 1 else (i, j - 1)
    per /= np.maximum(cnt, 1)
    k = SIZE // 2   # one em, in the halved columns
    return float(max(per[s:s + k].mean() for s in range(max(1, m - k + 1))))


#: Required ratio nearest-wrong / correct. matplotlib ≤ 3.10 has no GPOS (no kerning, no
#: mark anchors), so its correct renders sit further from Raqm's than 3.11's do.
MARGIN = 2.0 if MPL >= (3, 11) else 1.4


def distances(text: str, drawn: str, fmt: str, tmp_path) -> dict:
    img = matplotlib_render(drawn, fmt, tmp_path)
    return {name: distance(img, ref) for name, ref in references(text).items()}


@pytest.mark.parametrize("fmt", ["png", "pdf"])
@pytest.mark.parametrize("text", [s for _, s in LABELS], ids=IDS)
def test_pixels_close_to_raqm(text, fmt, tmp_path):
    d = distances(text, charts.label(text), fmt, tmp_path)
    wrong = min(v for k, v in d.items() if k != "correct")
    assert d["correct"] * MARGIN < wrong, d


@pytest.mark.parametrize("fmt", ["png", "pdf"])
def test_pixels_negative_control(fmt, tmp_path):
    """What label() replaces fails the same test: the naive workaround on a shaping
    matplotlib, the raw logical string on matplotlib ≤ 3.10."""
    for _, text in LABELS:
        drawn = naive(logical(text)) if charts.shapes_text() else logical(text)
        d = distances(text, drawn.replace("$", r"\$"), fmt, tmp_path)
        wrong = min(v for k, v in d.items() if k != "correct")
        assert not d["correct"] * MARGIN < wrong, (text, d)


# ---------------------------------------------------------------- export robustness
@pytest.mark.parametrize("fmt", ["pdf", "ps", "eps", "svg", "png"])
def test_savefig_survives_invisible_controls(fmt, tmp_path):
    fig, ax = plt.subplots()
    ax.set_title(charts.label("\ufeffتصريحات\u200f بوتين\u200b (Putin)\u202b"))
    ax.set_xlabel(charts.label("\u2066عدد\u2069 الاقتباسات"))
    fig.savefig(tmp_path / f"x.{fmt}")
    plt.close(fig)
    assert (tmp_path / f"x.{fmt}").stat().st_size > 1000


# ---------------------------------------------------------------- fonts and style
def test_fonts_are_static_packaged_and_registered_lazily():
    from fontTools.ttLib import TTFont
    from matplotlib import font_manager

    for kind in ("sans", "naskh"):
        files = charts.fonts(kind)
        assert files and all("fvar" not in TTFont(str(p), lazy=True) for p in files)  # static, not VF
    assert charts.register_fonts("sans") == "IBM Plex Sans Arabic"
    assert charts.register_fonts("naskh") == "Amiri"
    found = font_manager.findfont(FontProperties(family="IBM Plex Sans Arabic"), fallback_to_default=False)
    assert found.endswith("IBMPlexSansArabic-Regular.ttf")


def test_import_changes_nothing_and_style_restores():
    code = ("import matplotlib as mpl; from matplotlib import font_manager as fm; before = dict(mpl.rcParams); "
            "n = len(fm.fontManager.ttflist); import newslib.charts; "
            "print([k for k in mpl.rcParams if mpl.rcParams[k] != before[k]], len(fm.fontManager.ttflist) - n)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[] 0"
    before = dict(matplotlib.rcParams)
    with charts.style("naskh") as st:
        assert matplotlib.rcParams["font.family"] == ["Amiri", "DejaVu Sans"]
        assert matplotlib.rcParams["svg.fonttype"] == "path" and matplotlib.rcParams["pdf.fonttype"] == 3
        assert st.rc["ps.fonttype"] == 3
    assert dict(matplotlib.rcParams) == before


# ---------------------------------------------------------------- chart helpers
import pandas as pd  # noqa: E402

from newslib import schema  # noqa: E402


def _quotes() -> pd.DataFrame:
    rows = [("بوتين", "direct"), ("لوكاشينكو", "direct"), ("بوتين", "indirect"), ("بوتين", "partial"),
            ("مصدر في الكرملين", "indirect"), ("لوكاشينكو", "direct")]
    return schema.conform([{"article_id": "000_6070e3483526b2f2-0", "quote_id": i, "start": 10 * i,
                            "end": 10 * i + 5, "text": "…", "kind": k, "speaker": s}
                           for i, (s, k) in enumerate(rows)], "quotes")


def _ticks(labels) -> list[str]:
    return [t.get_text() for t in labels]


def test_bar_counts_speakers_rtl():
    quotes = _quotes()
    before = quotes.copy()
    ax = charts.bar(quotes, x="speaker", title="من قال ماذا؟", digits="arabic")
    ax.figure.canvas.draw()
    pd.testing.assert_frame_equal(quotes, before)                   # input untouched
    # barh draws bottom-up: the most quoted speaker is the last tick, on top.
    assert _ticks(ax.get_yticklabels()) == [charts.label(s) for s in ("مصدر في الكرملين", "لوكاشينكو", "بوتين")]
    assert _ticks(ax.texts) == ["١", "٢", "٣"]
    assert [p.get_width() for p in ax.patches] == [1, 2, 3]
    assert ax.xaxis_inverted() and ax.yaxis.get_ticks_position() == "right"
    assert ax.get_title(loc="right") == charts.label("من قال ماذا؟") and ax.get_title(loc="left") == ""
    assert set("".join(_ticks(ax.get_xticklabels()))) <= set("٠١٢٣٤٥٦٧٨٩٫٬−-")
    plt.close(ax.figure)


def test_bar_ltr_series_and_top():
    s = pd.Series({"موسكو": 2, "مينسك": 9, "كييف": 4, "وارسو": 1})
    ax = charts.bar(s, rtl=False, top=2, annotate=False)
    assert _ticks(ax.get_yticklabels()) == [charts.label("كييف"), charts.label("مينسك")]
    assert not ax.xaxis_inverted() and ax.yaxis.get_ticks_position() == "left" and not ax.texts
    plt.close(ax.figure)


def _timeline() -> pd.DataFrame:
    dates = ["2020-09-28", "2020-09-29", "2020-09-29", "2020-09-30", "2020-09-30", "2020-10-01",
             "2020-10-02", "2020-08-09", None]
    texts = ["الإثنين", "أمس الثلاثاء", "الثلاثاء", "اليوم", "الأربعاء الماضي", "غداً",
             "بعد غد", "9 أغسطس (آب)", "خلال 3 سنوات"]
    return schema.conform({"article_id": ["000_6070e3483526b2f2-0"] * 9, "start": range(9), "end": range(1, 10),
                           "text": texts, "date_start": dates}, "timeline")


def test_timeline_annotations_do_not_overlap():
    tl = _timeline()
    ax = charts.timeline_plot(tl, title="الجدول الزمني", digits="arabic")
    fig = ax.figure
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    assert _ticks(ax.texts) == [charts.label(t) for t in
                                ("9 أغسطس (آب)", "الإثنين", "أمس الثلاثاء", "اليوم، الأربعاء الماضي", "غداً", "بعد غد")]
    boxes = [t.get_window_extent(r) for t in ax.texts]
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    axes_box = ax.get_window_extent(r)
    assert all(axes_box.x0 <= b.x0 and b.x1 <= axes_box.x1 for b in boxes)   # nothing clipped sideways
    assert ax.xaxis_inverted()
    ticks = "".join(_ticks(ax.get_xticklabels()))
    assert charts.label("سبتمبر") in ticks and not any(c in ticks for c in "0123456789")   # Arabic month, Arabic digits
    plt.close(fig)


def test_cooccurrence_and_heatmap():
    ents = schema.conform({
        "article_id": ["a"] * 6 + ["b"] * 3,
        "sentence_id": [0, 0, 0, 1, 1, 2, 0, 0, 0],
        "start": range(9), "end": range(1, 10),
        "label": ["PER", "LOC", "LOC", "PER", "LOC", "PER", "PER", "LOC", "ORG"],
        "name": ["فلاديمير بوتين", "موسكو", "مينسك", "ألكسندر لوكاشينكو", "مينسك", "فلاديمير بوتين",
                 "فلاديمير بوتين", "مينسك", "الكرملين"],
    }, "entities")
    table = charts.cooccurrence(ents)
    assert table.to_dict() == {"مينسك": {"فلاديمير بوتين": 2, "ألكسندر لوكاشينكو": 1},
                               "موسكو": {"فلاديمير بوتين": 1, "ألكسندر لوكاشينكو": 0}}
    assert charts.cooccurrence(ents, within="article_id").loc["فلاديمير بوتين", "مينسك"] == 2
    ax = charts.heatmap(table, title="الأشخاص × الأماكن", digits="arabic")
    assert _ticks(ax.get_xticklabels()) == [charts.label("موسكو"), charts.label("مينسك")]  # first column on the right
    assert _ticks(ax.get_yticklabels()) == [charts.label("فلاديمير بوتين"), charts.label("ألكسندر لوكاشينكو")]
    assert sorted(_ticks(ax.texts)) == ["٠", "١", "١", "٢"]
    assert ax.yaxis.get_ticks_position() == "right"
    plt.close(ax.figure)


def test_save_writes_every_format_and_bom_csv(tmp_path):
    s = pd.Series({"بوتين": 3, "لوكاشينكو": 2}, name="quotes").rename_axis("speaker")
    ax = charts.bar(s, title="\ufeffالاقتباسات\u200f")
    paths = charts.save(ax.figure, tmp_path / "reports" / "figures" / "quotes.v1", data=s)
    assert [p.name for p in paths] == ["quotes.v1.png", "quotes.v1.svg", "quotes.v1.pdf", "quotes.v1.csv"]
    assert all(p.stat().st_size > 2000 for p in paths[:3])
    raw = paths[-1].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.decode("utf-8-sig").splitlines() == ["speaker,quotes", "بوتين,3", "لوكاشينكو,2"]
    assert "<text" not in paths[1].read_text(encoding="utf-8")   # glyph outlines, no viewer shaping
    assert paths[2].read_bytes().startswith(b"%PDF")
    plt.close(ax.figure)


def test_save_csv_drops_row_numbers_a_filter_left(tmp_path):
    # speakers filtered to people keep the row numbers 0, 1, 3: not data, so not a column of the CSV
    table = pd.DataFrame({"speaker": ["بوتين", "البيان", "لوكاشينكو"], "quotes": [3, 2, 1]})
    people = table[table["speaker"] != "البيان"]
    ax = charts.bar(people.set_index("speaker")["quotes"])
    csv = charts.save(ax.figure, tmp_path / "people", formats=(), data=people)[-1]
    assert csv.read_text(encoding="utf-8-sig").splitlines() == ["speaker,quotes", "بوتين,3", "لوكاشينكو,1"]
    plt.close(ax.figure)


def test_multiline_labels_and_empty_inputs():
    two = charts.label("سطر أول\nسطر (ثان)")
    assert two.count("\n") == 1
    assert two.split("\n") == ([charts.label("سطر أول"), charts.label("سطر (ثان)")])   # each line on its own
    for ax in (charts.bar(pd.Series(dtype=float)), charts.bar(schema.empty("quotes"), x="speaker"),
               charts.timeline_plot(schema.empty("timeline"), title="لا تواريخ"),
               charts.heatmap(charts.cooccurrence(schema.empty("entities")), title="لا شيء")):
        ax.figure.canvas.draw()
        assert not ax.texts and not ax.patches
        plt.close(ax.figure)
    with pytest.raises(ValueError, match="digits"):
        charts.bar(pd.Series({"بوتين": 1}), digits="hindi")


if __name__ == "__main__":  # pragma: no cover - the bench/README.md table: python tests/test_charts.py
    import tempfile
    from pathlib import Path

    print(f"matplotlib {matplotlib.__version__}, shapes text: {charts.shapes_text()}, margin required: {MARGIN}")
    print("| label | format | correct | reversed | unjoined | unmirrored | nearest wrong ÷ correct | same ratio for naive (3.11) / raw (3.10) |")
    print("|---|---|---|---|---|---|---|---|")
    for name, text in LABELS:
        for fmt in ("png", "pdf"):
            tmp = Path(tempfile.mkdtemp())
            d = distances(text, charts.label(text), fmt, tmp)
            drawn = naive(logical(text)) if charts.shapes_text() else logical(text)
            bad = distances(text, drawn.replace("$", r"\$"), fmt, tmp)
            wrong = min(v for k, v in d.items() if k != "correct")
            bad_wrong = min(v for k, v in bad.items() if k != "correct")
            print(f"| {name} | {fmt} | {d['correct']:.4f} | {d['reversed']:.4f} | {d['unjoined']:.4f} | "
                  f"{d.get('unmirrored', float('nan')):.4f} | {wrong / d['correct']:.1f}× | {bad_wrong / bad['correct']:.2f}× |")


def test_chart_helpers_draw_in_the_font_of_the_active_style(tmp_path):
    counts = pd.Series({"بوتين": 5, "لوكاشينكو": 3})
    with charts.style("naskh"):
        ax = charts.bar(counts, title="الاقتباسات", xlabel="عدد")
        fig = ax.figure
        fig.savefig(tmp_path / "naskh.png")
    assert ax.get_yticklabels()[0].get_fontfamily()[0] == "Amiri"
    assert ax.xaxis.label.get_fontfamily()[0] == "Amiri"
    assert [t for t in ax.texts][0].get_fontfamily()[0] == "Amiri"
    plt.close(fig)
    # outside the style (and with an explicit font=) the helpers keep their own choice
    ax = charts.bar(counts, title="الاقتباسات")
    assert ax.get_yticklabels()[0].get_fontfamily()[0] == "IBM Plex Sans Arabic"
    plt.close(ax.figure)
    with charts.style("naskh"):
        ax = charts.bar(counts, font="sans")
    assert ax.get_yticklabels()[0].get_fontfamily()[0] == "IBM Plex Sans Arabic"
    plt.close(ax.figure)


# ---------------------------------------------------------------- bounded whatever the data
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def _names(n: int) -> list[str]:
    """``n`` distinct Arabic names: ال + three letters, then a second word for variety."""
    k = len(LETTERS)
    return [f"ال{LETTERS[i // k // k % k]}{LETTERS[i // k % k]}{LETTERS[i % k]}" + (" الجديد" if i % 3 == 0 else "")
            for i in range(n)]


def _subtitle(ax) -> list[str]:
    return [t.get_text() for t in ax.figure.findobj(matplotlib.text.Text) if t.get_gid() == charts.SUBTITLE_GID]


def _within_cap(fig) -> bool:
    w, h = fig.get_size_inches()
    return w <= charts.MAX_FIGSIZE[0] + 1e-9 and h <= charts.MAX_FIGSIZE[1] + 1e-9


def _no_overlap(labels, renderer) -> bool:
    boxes = sorted((t.get_window_extent(renderer) for t in labels if t.get_text()), key=lambda b: b.y0)
    return all(a.y1 <= b.y0 + 0.5 for a, b in zip(boxes, boxes[1:]))


def _many_counts(n: int = 10_000) -> pd.Series:
    # distinct values, largest last: the 15 largest are the last 15 names
    return pd.Series(np.arange(1, n + 1, dtype=float), index=_names(n))


def test_bar_keeps_the_top_largest_and_says_so_in_arabic():
    s = _many_counts()
    ax = charts.bar(s, title="الإشارات لكل اسم", digits="arabic")
    assert _within_cap(ax.figure)
    assert _ticks(ax.get_yticklabels()) == [charts.label(n) for n in s.index[-15:]]   # largest on top
    assert _subtitle(ax) == [charts.label("١٥ من ١٠٬٠٠٠")]
    assert ax.get_title(loc="right") == charts.label("الإشارات لكل اسم")
    assert _ticks(ax.texts)[-1] == "١٠٬٠٠٠"                   # values still written when they fit
    plt.close(ax.figure)
    ax = charts.bar(s.head(15))                                  # nothing cut: nothing said
    assert _subtitle(ax) == [] and ax.get_title(loc="right") == ""
    plt.close(ax.figure)
    ax = charts.bar(s, top=40, rtl=False)                        # no title: the note is the title, on the left
    assert _subtitle(ax) == [charts.label("40 من 10,000")] and ax.get_title(loc="left") == _subtitle(ax)[0]
    plt.close(ax.figure)


def test_bar_top_none_keeps_every_bar_but_the_figure_and_labels_stay_bounded():
    s = _many_counts()
    ax = charts.bar(s, top=None, title="كل الأسماء")
    fig = ax.figure
    fig.canvas.draw()
    assert _within_cap(fig)
    assert len(ax.collections[0].get_paths()) == 10_000 and not ax.patches   # one collection, not 10,000 artists
    labels = ax.get_yticklabels()
    assert 20 <= len(labels) <= 200                              # every k-th name, not 10,000
    assert labels[-1].get_text() == charts.label(s.index[-1])    # the largest is always named
    assert labels[0].get_fontsize() == charts.MIN_FONT
    assert _no_overlap(labels, fig.canvas.get_renderer())
    assert not ax.texts and _subtitle(ax) == []                  # no unreadable numbers, nothing cut
    plt.close(fig)


def test_long_labels_are_shortened_with_an_ellipsis():
    long = "منظمة الأمن والتعاون في أوروبا ومجلس الأمن الدولي"
    ax = charts.bar(pd.Series({long: 3, "بوتين": 2}))
    assert _ticks(ax.get_yticklabels()) == [charts.label("بوتين"), charts.label("منظمة الأمن والتعاون في…")]
    plt.close(ax.figure)


def _people_places() -> pd.DataFrame:
    """Seven people and three places in one-sentence pairs; each person's total is known."""
    pairs = [("أحمد", "بغداد")] * 6 + [("بوتين", "موسكو")] * 5 + [("سلمان", "الرياض")] * 4 + \
            [("سلمان", "بغداد")] * 1 + [("ماكرون", "الرياض")] * 4 + [("زياد", "موسكو")] * 2 + \
            [("خالد", "بغداد")] * 2 + [("يوسف", "موسكو")] * 2
    rows = []
    for i, (per, loc) in enumerate(pairs):
        rows += [("a", i, "PER", per), ("a", i, "LOC", loc)]
    ents = pd.DataFrame(rows, columns=["article_id", "sentence_id", "label", "name"])
    return schema.conform(ents.assign(start=range(len(ents)), end=range(1, len(ents) + 1)), "entities")


def test_cooccurrence_top_keeps_the_largest_rows_and_columns_by_total():
    ents = _people_places()
    full = charts.cooccurrence(ents, top=None)
    assert full.shape == (7, 3) and full.attrs == {"rows_total": 7, "columns_total": 3}
    table = charts.cooccurrence(ents, top=5)
    # totals 6, 5, 5, 4, 2, 2, 2: a tie goes to the name first in order (خالد before زياد, يوسف)
    assert list(table.index) == ["أحمد", "بوتين", "سلمان", "ماكرون", "خالد"]
    assert list(table.columns) == ["بغداد", "موسكو", "الرياض"]               # 9, 9, 8
    assert table.attrs == {"rows_total": 7, "columns_total": 3}
    assert table.loc["سلمان"].tolist() == [1, 0, 4]
    cut = charts.cooccurrence(ents, top=2)
    # بوتين (5) beats سلمان (5) by name; ماكرون's 4 with الرياض go with الرياض
    assert cut.to_dict() == {"بغداد": {"أحمد": 6, "بوتين": 0}, "موسكو": {"أحمد": 0, "بوتين": 5}}
    ax = charts.heatmap(cut, title="الأشخاص × الأماكن", digits="arabic")
    assert _subtitle(ax) == [charts.label("٢ من ٧ × ٢ من ٣")]        # heatmap reads the totals from attrs
    assert _ticks(ax.get_xticklabels()) == [charts.label("موسكو"), charts.label("بغداد")]   # first column on the right
    plt.close(ax.figure)


def test_heatmap_caps_a_big_matrix_given_directly():
    rows = _names(10_000)
    cols = _names(20)[::-1]
    values = np.zeros((10_000, 20), dtype=int)
    values[np.arange(10_000), np.arange(10_000) % 20] = np.arange(10_000) % 7    # sums 0 … 6
    values[[10, 500, 9_000], 3] = 1000                                           # three clear winners
    m = pd.DataFrame(values, index=rows, columns=cols)
    before = m.copy()
    ax = charts.heatmap(m, title="مصفوفة كبيرة", digits="arabic")
    pd.testing.assert_frame_equal(m, before)
    assert _within_cap(ax.figure)
    labels = _ticks(ax.get_yticklabels())
    assert len(labels) == 15 and len(ax.get_xticklabels()) == 15
    assert {charts.label(rows[i]) for i in (10, 500, 9_000)} <= set(labels)
    assert labels[:3] == [charts.label(rows[i]) for i in (6, 10, 13)]           # matrix order kept
    assert _subtitle(ax) == [charts.label("١٥ من ١٠٬٠٠٠ × ١٥ من ٢٠")]
    assert len(ax.texts) == 15 * 15                                             # cells big enough for numbers
    plt.close(ax.figure)
    ax = charts.heatmap(m, top=None, title="مصفوفة كبيرة")
    fig = ax.figure
    fig.canvas.draw()
    assert _within_cap(fig)
    mesh = ax.collections[0]
    assert mesh.get_array().shape == (500, 20) and ax.get_ylim() == (9_999.5, -0.5)   # blocks of 20 rows
    assert mesh.get_array()[0, 16] == 1000          # row 10's 1000 (column 3, drawn 4th from the right) survives in its block
    assert not ax.texts                                                         # cells too small for numbers
    assert len(ax.get_xticklabels()) == 20 and 20 <= len(ax.get_yticklabels()) <= 200
    assert _no_overlap(ax.get_yticklabels(), fig.canvas.get_renderer())
    assert _subtitle(ax) == []
    plt.close(fig)


def _many_dates(n: int = 500) -> pd.DataFrame:
    dates = pd.date_range("2016-01-01", periods=n, freq="D")
    mentions = [1 + (i * 7) % 5 for i in range(n)]                  # 1 … 5 rows per date
    mentions[100] = mentions[300] = 9                               # two most mentioned dates
    names = _names(n)
    rows = [(d, f"{names[i]} {k}") for i, d in enumerate(dates) for k in range(mentions[i])]
    return pd.DataFrame(rows, columns=["date_start", "text"]), dates, mentions


def test_timeline_names_the_month_of_a_bare_day_number():
    # بين 7 و27 مارس/ آذار 2016: the range's first day is the expression "7" (a BBC page); alone on
    # the chart it means nothing, so its annotation gets the month. The input table is not changed.
    tl = pd.DataFrame({"date_start": pd.to_datetime(["2016-03-07", "2016-03-27", "2016-03-29"]),
                       "text": ["7", "27 مارس/ آذار 2016", "الثلاثاء"]})
    ax = charts.timeline_plot(tl)
    assert [t.get_text() for t in ax.texts] == [charts.label(s) for s in ("7 مارس", "27 مارس/ آذار 2016", "الثلاثاء")]
    assert tl["text"].tolist() == ["7", "27 مارس/ آذار 2016", "الثلاثاء"]
    plt.close(ax.figure)


def test_timeline_top_keeps_the_most_mentioned_dates():
    tl, dates, mentions = _many_dates()
    ax = charts.timeline_plot(tl, title="الجدول الزمني", digits="arabic")
    fig = ax.figure
    fig.canvas.draw()
    assert _within_cap(fig)
    import matplotlib.dates as mdates
    drawn = pd.to_datetime(mdates.num2date(ax.collections[-1].get_offsets()[:, 0])).tz_localize(None)
    order = sorted(range(len(dates)), key=lambda i: (-mentions[i], i))[:15]
    assert list(drawn) == sorted(dates[i] for i in order)          # 9, 9, then the first 13 with 5
    assert _subtitle(ax) == [charts.label("١٥ من ٥٠٠")] and len(ax.texts) == 15
    plt.close(fig)


def test_timeline_top_none_draws_every_date_and_labels_what_fits():
    tl, dates, _ = _many_dates()
    ax = charts.timeline_plot(tl, top=None)
    fig = ax.figure
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    assert _within_cap(fig) and len(ax.collections[-1].get_offsets()) == 500
    boxes = [t.get_window_extent(r) for t in ax.texts]
    assert 15 < len(boxes) < 500
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    assert _subtitle(ax) == [charts.label(f"نصوص {len(boxes)} من 500")]
    plt.close(fig)


def test_timeline_keeps_the_name_of_a_second_period_starting_the_same_day():
    # Notebook 04's results statement: «للربع الأول من العام الحالي» (2015-Q1) and «النصف الأول من
    # عام 2015» (2015-H1) both start on 1 January 2015. Joined and then cut at 24 characters, the
    # half-year vanished from the chart («للربع الأول من العام…»); each text is now cut on its own.
    tl = pd.DataFrame({"date_start": pd.to_datetime(["2015-01-01", "2015-01-01", "2015-04-01"] + ["2014-01-01"] * 4),
                       "text": ["للربع الأول من العام الحالي", "النصف الأول من عام 2015", "للربع الثاني من عام 2015",
                                "أمس", "الأحد", "أمس", "الاثنين"]})
    ax = charts.timeline_plot(tl, digits="arabic")
    assert [t.get_text() for t in ax.texts] == [charts.label(s) for s in (
        "أمس، الأحد (+١)", "للربع الأول من العام…، النصف الأول من عام 2015", "للربع الثاني من عام 2015")]
    plt.close(ax.figure)


def test_save_names_the_source_under_the_chart_once(tmp_path):
    # A chart pasted into a report did not say which corpus it counts; save(source=) writes
    # «المصدر: …» small under everything else, on the right, and saving again does not repeat it.
    arts = pd.DataFrame({"article_id": ["a", "b", "c", "d", "e"], "title": ["أ", "ب", "ج", "د", "هـ"],
                         "source": ["bbc_arabic", "sabq", "okaz", "alriyadh", "bbc_arabic"],
                         "source_name": ["BBC Arabic (bbc.com/arabic)", "Sabq (sabq.org)", "Okaz (okaz.com.sa)",
                                         "Al-Riyadh (alriyadh.com)", "BBC Arabic (bbc.com/arabic)"]})
    note = charts.source_note(arts)
    assert note == "المصدر: BBC Arabic، Al-Riyadh، Okaz (+1) · عدد المقالات: 5"
    # a notebook's random sample is said to be one (LIMIT 300 of BBC's 446 read as "300 articles")
    assert charts.source_note(arts, sample_of=446).endswith("عدد المقالات: 5 (عينة من 446)")
    assert charts.source_note(arts, sample_of=5) == note
    one = arts.head(1).assign(title="البنك المركزي المصري يحرر سعر صرف الجنيه")
    assert charts.source_note(one) == "المصدر: BBC Arabic · «البنك المركزي المصري يحرر سعر صرف الجنيه»"
    ax = charts.bar(pd.Series({"دونالد ترامب": 334, "باراك أوباما": 55}), title="الأكثر اقتباساً", xlabel="عدد الاقتباسات")
    fig = ax.figure
    for _ in range(2):
        charts.save(fig, tmp_path / "quotes", formats=("png",), source=note)
    lines = [t for t in fig.texts if t.get_gid() == charts.SOURCE_GID]
    assert [t.get_text() for t in lines] == [charts.label(note)]
    r = fig.canvas.get_renderer()
    foot = lines[0].get_window_extent(r)
    assert foot.y1 <= ax.xaxis.label.get_window_extent(r).y0          # under the axis label
    assert abs(foot.x1 - ax.get_tightbbox(r).x1) < 2                     # right-aligned with the chart
    plt.close(fig)


def test_timeline_of_two_days_ticks_days_not_hours():
    # An article dated by «أمس» and «اليوم» only: the axis read «00:00 06:00 12:00 18:00 00:00»,
    # hours of a day nobody named; it now names the days.
    tl = pd.DataFrame({"date_start": pd.to_datetime(["2016-11-03", "2016-11-04"]), "text": ["أمس", "اليوم"]})
    for frame in (tl, tl.head(1)):
        ax = charts.timeline_plot(frame, title="الخط الزمني لأحداث المقال")
        ax.figure.canvas.draw()
        ticks = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
        assert charts.label("3 نوفمبر") in ticks and not any(":" in t for t in ticks), ticks
        plt.close(ax.figure)


def test_a_headline_cut_after_its_own_dots_ends_in_one_ellipsis():
    # SaudiNewsNet headlines pause with «..»: cut there, the bar label read «كثيراً.....».
    counts = pd.Series({"الشيحي: ظلموني كثيراً.. ومَن يقول إننا غير مستهدفين إما جاهلٌ أحمق أو خائنٌ مندس": 164,
                        "أحزاب من دون قواعد شعبية.. ورئيس شعبي بلا حزب": 141})
    ax = charts.bar(counts)
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        charts.label("أحزاب من دون قواعد شعبية…"), charts.label("الشيحي: ظلموني كثيراً…")]
    plt.close(ax.figure)
