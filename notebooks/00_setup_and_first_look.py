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
# # 00 · Setup and a first look
#
# This notebook checks that your environment can read Arabic news and draw Arabic charts, then
# loads the articles in `DATA` — by default the two bundled reference articles (المقالات
# المرجعية) from *Asharq Al-Awsat* (الشرق الأوسط) — and looks at them as a table and as a page.
#
# Run the cells from top to bottom (Shift+Enter). To work on your own files, change only the
# next cell.

# %% tags=["parameters"]
DATA = "../data"                  # a folder or file of articles (text, JSON Lines, CSV, HTML)
FIGURES = "../reports/figures"    # where charts are exported

# %% [markdown]
# ## 1. The environment (البيئة)
#
# Everything runs offline: the fonts ship in Python packages and nothing is downloaded.
# `nl.charts.shapes_text()` says whether this matplotlib joins Arabic letters and orders them
# right to left by itself (matplotlib ≥ 3.11 does); `nl.charts.label()` adapts either way.

# %%
import sys

import matplotlib
import pandas as pd

import newslib as nl

print("Python    ", sys.version.split()[0])
print("pandas    ", pd.__version__)
print("matplotlib", matplotlib.__version__, "| shapes Arabic itself:", nl.charts.shapes_text())
print("newslib   ", nl.__version__)

# %% [markdown]
# Two Arabic fonts are packaged: a sans-serif (IBM Plex Sans Arabic) and a Naskh (Amiri).
# `nl.charts.style()` registers the sans font and sets it for every chart of the notebook.

# %%
print([p.name for p in nl.charts.fonts("sans")][:3], "…")
print([p.name for p in nl.charts.fonts("naskh")])
nl.charts.style()

# %% [markdown]
# ## 2. The articles table (جدول المقالات)
#
# `nl.read_articles` takes a file, a folder, a glob or a list of these, and returns one row per
# article: id, outlet (`source`), publication date (`published`, تاريخ النشر), headline
# (`title`, العنوان), sub-headline, photo captions (`captions`, التعليقات على الصور) and the
# body (`text`, نص المقال). Some inputs carry more (an outlet, a sub-headline, the encoding
# the file was read with); the table below shows those of its columns that this data has.

# %%
articles = nl.read_articles(DATA)
print(f"{len(articles):,} articles read from {DATA}")
columns = ["article_id", "source", "published", "title", "subtitle", "encoding"]
nl.show(articles[[c for c in columns if c in articles]])

# %% [markdown]
# The body is long, so the table above leaves it out; the full row has more columns. Each has
# one meaning and one type (the *data dictionary* in the README lists them):

# %%
articles.dtypes

# %% [markdown]
# The publication date (تاريخ النشر) matters for timelines (notebook 04): "yesterday" means
# nothing without it. Where does it come from, and how many articles have one? On the bundled
# data, the dates come from `data/metadata.csv` beside the article file (the scraped page did not
# carry them; the `note` column says how they were read). A corpus may say in `date_kind`
# whether its date is the publication day or only the day the page was crawled.

# %%
print(f"{articles['published'].notna().sum():,} of {len(articles):,} articles have a publication date")
nl.show(articles[[c for c in ["article_id", "published", "date_kind", "note"] if c in articles]].head(5))

# %% [markdown]
# ## 3. A few numbers per article
#
# Characters, words (كلمات) and paragraphs (فقرات) of each body — and their summary over all the
# articles, which says at once whether a corpus holds short dispatches or long features.

# %%
sizes = pd.DataFrame({
    "article_id": articles["article_id"],
    "title": articles["title"],
    "characters": articles["text"].str.len(),
    "words": articles["text"].str.split().str.len(),
    "paragraphs": articles["text"].str.count("\n") + 1,
})
nl.show(sizes.head(10))
sizes[["characters", "words", "paragraphs"]].describe().round(1)

# %% [markdown]
# ## 4. One article as a page
#
# `nl.view` shows an article the way a reader sees it: headline, sub-headline, outlet and date,
# and the body, right to left. We take an article of typical length: the one whose word count
# is nearest the median (الوسيط).

# %%
typical = sizes.loc[(sizes["words"] - sizes["words"].median()).abs().idxmin(), "article_id"]
nl.view(articles, typical)

# %% [markdown]
# ## Recap
#
# * `import newslib as nl` is all a notebook needs; the data path is set once, in the
#   parameters cell at the top.
# * `nl.read_articles(DATA)` gives the **articles table**: one row per article, with the body
#   in `text` exactly as published.
# * `nl.show(df)` displays a table with its Arabic right to left; `nl.view(articles, id)` shows
#   one article as a page.
# * `nl.charts.style()` once per notebook makes every chart use a packaged Arabic font.
#
# ## Exercises
#
# 1. Show the longest article with `nl.view` (on the bundled data, the one about Putin and
#    Belarus, بوتين وبيلاروسيا).
# 2. Which article has the most photo captions? (Captions are joined by a newline in `captions`;
#    an article without captions has `<NA>` there.)
# 3. List the columns whose values are missing (`<NA>`) for every article — what would a
#    richer source (JSON Lines from a scraper) fill in?
#
# Solutions: [`solutions/00_setup_and_first_look.ipynb`](solutions/00_setup_and_first_look.ipynb).
