# ---
# jupyter:
#   jupytext:
#     cell_metadata_filter: tags,-all
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 05 · Charts for reports (رسوم بيانية للتقارير)
#
# A chart in a report must read right: Arabic letters joined (حروف متصلة), words right to left,
# numbers in the digits your readers use, and the same picture in PNG, SVG and PDF. This
# notebook shows the fonts, `nl.charts.label()`, why the recipe found on the web now reverses
# text, Arabic-Indic digits (الأرقام الهندية), and the export.

# %% tags=["parameters"]
DATA = "../data"
FIGURES = "../reports/figures"
LIMIT = 300     # analyse a random sample of this many articles (None: all of them)

# %%
import matplotlib
import matplotlib.pyplot as plt

import newslib as nl

articles = nl.read_articles(DATA)
corpus_size = len(articles)   # before any sample: the charts' source line says it
print(f"{len(articles):,} articles")
if LIMIT and LIMIT < len(articles):
    articles = articles.sample(LIMIT, random_state=0).sort_index()
    print(f"a random sample of {LIMIT:,} is analysed (LIMIT in the parameters cell)")
speakers = nl.speakers(nl.quotes(articles), articles)
print(f"{speakers['quotes'].sum():,} quotes by {len(speakers):,} speakers; matplotlib {matplotlib.__version__}")

# %% [markdown]
# ## 1. Fonts (الخطوط)
#
# matplotlib's default font has Arabic letters but no bold or italic for them. newslib ships
# two static Arabic fonts as Python packages — nothing to install system-wide, nothing
# downloaded: **IBM Plex Sans Arabic** (`"sans"`, the default) and **Amiri** (`"naskh"`, a
# classic book face). `nl.charts.style()` sets one for the notebook; used with `with`, only for
# the charts inside the block.

# %%
nl.charts.style()
{kind: nl.charts.register_fonts(kind) for kind in ("sans", "naskh")}

# %% [markdown]
# ## 2. `label()` and the old recipe, side by side
#
# Until matplotlib 3.10, text was drawn one code point at a time, left to right: Arabic came
# out in isolated letters, reversed. The well-known fix was
# `get_display(arabic_reshaper.reshape(s))` — reshape to presentation forms, then reverse into
# visual order. **matplotlib 3.11 shapes and orders text itself** (with libraqm), so that
# recipe now reverses an already correct string: the words come out backwards.
#
# `nl.charts.label(s)` checks what the running matplotlib does and returns the string it needs
# — the text unchanged on 3.11, the reshaped visual-order string on older versions. Every
# newslib chart uses it for titles, ticks and annotations.

# %%
from arabic_reshaper import reshape
from bidi.algorithm import get_display

name = "فلاديمير بوتين (2024)"
fig, axes = plt.subplots(1, 2, figsize=(10, 2.4), layout="constrained")
for ax, (how, s) in zip(axes, [("nl.charts.label(s)", nl.charts.label(name)),
                               ("get_display(reshape(s))", get_display(reshape(name)))]):
    ax.text(0.5, 0.5, s, fontsize=22, ha="center", va="center")
    ax.set_title(how, fontsize=11)
    ax.set_axis_off()
fig.suptitle(f"matplotlib {matplotlib.__version__} · shapes text itself: {nl.charts.shapes_text()}", fontsize=10)
nl.charts.save(fig, f"{FIGURES}/05_label_vs_old_recipe");

# %% [markdown]
# On matplotlib ≥ 3.11 the left panel reads <bdi>«فلاديمير بوتين (2024)»</bdi> and the right panel is
# reversed (<bdi>نيتوب ريميدالف</bdi>). The data never changes — only the string handed to matplotlib.

# %% [markdown]
# ## 3. Arabic-Indic digits (الأرقام العربية الهندية)
#
# Many Arabic newspapers print numbers as ٠١٢٣٤٥٦٧٨٩. `nl.charts.bar(..., digits="arabic")`
# writes the tick labels and the values that way; `digits="latin"` keeps 0123456789.
# `rtl=True` puts the bars' labels on the right, where an Arabic reader starts. We keep the ten
# speakers quoted most (`speakers` is sorted, most quoted first).

# %%
counts = speakers.set_index("speaker")["quotes"].head(10)
fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.5), layout="constrained")
nl.charts.bar(counts, title="الأرقام الهندية", digits="arabic", ax=left)
nl.charts.bar(counts, title="الأرقام اللاتينية", digits="latin", rtl=False, ax=right)
nl.charts.save(fig, f"{FIGURES}/05_digits", data=counts.reset_index(),
               source=nl.charts.source_note(articles, sample_of=corpus_size));

# %% [markdown]
# ## 4. Exporting for a report (التصدير)
#
# `nl.charts.save(fig, path, formats=("png", "svg", "pdf"), data=df)` writes the figure in each
# format — SVG with the glyphs as outlines, so it looks the same without the font — and the
# table behind it as a CSV (UTF-8 with BOM, so a spreadsheet shows the Arabic). A reporter
# gets the picture *and* the numbers to check it. `source=nl.charts.source_note(articles,
# sample_of=corpus_size)` writes under the chart which outlets and how many articles it counts,
# and of how many when they are a sample («المصدر: …»), so the chart still names its corpus once
# pasted into a report.

# %%
ax = nl.charts.bar(counts, title="عدد الاقتباسات لكل متحدث", xlabel="اقتباسات")
written = nl.charts.save(ax.figure, f"{FIGURES}/05_quotes_per_speaker", formats=("png", "svg", "pdf"), data=counts.reset_index(),
                         source=nl.charts.source_note(articles, sample_of=corpus_size))
[p.name for p in written]

# %% [markdown]
# A different face: newslib's chart helpers take `font=` (`"sans"` or `"naskh"`); for your own
# matplotlib text, `with nl.charts.style("naskh"):` changes the font inside the block only.

# %%
ax = nl.charts.bar(counts.head(5), title="بخط النسخ: أكثر المتحدثين اقتباساً", font="naskh", digits="arabic")
nl.charts.save(ax.figure, f"{FIGURES}/05_naskh", data=counts.head(5).reset_index(),
               source=nl.charts.source_note(articles, sample_of=corpus_size));

# %% [markdown]
# ## Recap
#
# * `nl.charts.style()` once per notebook: a packaged Arabic font, SVG as outlines, PDF with
#   embedded glyphs.
# * Pass every Arabic string through `nl.charts.label()` — never `get_display(reshape(s))`,
#   which reverses text on matplotlib ≥ 3.11. newslib's chart helpers already do.
# * `digits="arabic"` for Arabic-Indic numbers, `rtl=True` for right-aligned labels.
# * `nl.charts.save(fig, path, data=df)` writes PNG, SVG, PDF and the data CSV.
#
# ## Exercises
#
# 1. Draw the 10 most-mentioned places of `nl.entities(articles)` (`label == "LOC"`) as a bar chart in Amiri
#    (`font="naskh"`) with Arabic-Indic digits, and export it as PNG only.
# 2. Put an Arabic title on a plain matplotlib chart of your own (e.g. `plt.plot`) with
#    `nl.charts.label()`, then try it without: what changes on this matplotlib?
#
# Solutions: [`solutions/05_charts_for_reports.ipynb`](solutions/05_charts_for_reports.ipynb).
