# ---
# jupyter:
#   jupytext:
#     cell_metadata_filter: tags,-all
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.7
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 06 · A corpus at scale (مدونة كبيرة)
#
# The same analyses as notebooks 02–04, over thousands of articles: read a JSON Lines archive,
# compute the quotes and entities tables with a progress bar, then ask the corpus questions —
# who is quoted most (الأكثر اقتباساً), how quoting changes over time, which places each outlet
# (وسيلة إعلامية) writes about.
#
# By default (and in CI and `make report`) it runs on the two bundled articles, so the charts
# are small. Point `DATA` at a corpus to see the real thing.

# %% tags=["parameters"]
DATA = "../data"
# DATA = "../../shared/corpora/saudinewsnet/dev.jsonl.gz"   # 15,042 articles from 12 Saudi outlets
FIGURES = "../reports/figures"
LIMIT = 2000    # a random sample of this many articles (None: all); 2,000 take ~1.5 min
N_JOBS = 1      # worker processes; -1 uses every core
MIN_ARTICLES = 20   # an outlet with fewer articles gets no "per 100" column (too few for a rate)

# %%
import matplotlib.pyplot as plt

import newslib as nl
from newslib import corpus

nl.charts.style()

# %% [markdown]
# ## 1. Reading the corpus
#
# `nl.read_articles` reads a `.jsonl.gz` file directly (one JSON object per line) and shows a
# progress bar for big files. `LIMIT` draws a random sample (the same one every run), to try
# things out quickly: the first articles of an archive are often one day or one outlet.

# %%
articles = nl.read_articles(DATA)
corpus_size = len(articles)   # before any sample: the charts' source line says it
print(f"{len(articles):,} articles in {DATA}")
if LIMIT and LIMIT < len(articles):
    articles = articles.sample(LIMIT, random_state=0).sort_index()
    print(f"a random sample of {LIMIT:,} is analysed (LIMIT in the parameters cell)")
articles["outlet"] = corpus.outlet_names(articles)   # Okaz, not the corpus id okaz: for tables and charts
dates = articles["published"].dropna()
n_outlets = articles["outlet"].nunique()
print(f"{len(articles):,} articles from {n_outlets} outlet{'' if n_outlets == 1 else 's'}"
      + (f", {dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}" if len(dates) else ", none with a date")
      + (f"; {len(articles) - len(dates):,} without a publication date" if len(dates) < len(articles) else ""))
articles["outlet"].value_counts().head(15)

# %% [markdown]
# ## 2. All tables at once, with a progress bar
#
# `nl.analyze` runs the extractors chunk by chunk (in `N_JOBS` worker processes if asked) and
# returns the same tables as calling each function on the whole corpus.

# %%
tables = nl.analyze(articles, tables=["quotes", "entities"], n_jobs=N_JOBS, progress=True)
quotes, entities = tables["quotes"], nl.entity_names(tables["entities"])
print(f"{len(quotes):,} quotes, {len(entities):,} entity mentions of "
      f"{entities['corpus_key'].nunique():,} entities")

# %% [markdown]
# ## 3. The most-quoted people (الأشخاص الأكثر اقتباساً)
#
# Speakers are grouped by name across articles. Keeping only speakers that the entities table
# tags as people (PER) leaves out most collective sources such as <bdi>«مصادر»</bdi> or
# <bdi>«خبراء»</bdi> — not all: on a real corpus read the top of the list before you publish it
# (an unnamed «المصدر» or a bare first name such as «عبد الله» can still be there).

# %%
speakers = nl.speakers(quotes, articles)
people = set(entities.loc[entities["label"] == "PER", "name"])
named = speakers[speakers["speaker"].isin(people)]
top_people = named.head(15)
nl.show(top_people)

# %%
ax = nl.charts.bar(named.set_index("speaker")["quotes"], title="الأشخاص الأكثر اقتباساً", xlabel="عدد الاقتباسات", top=15)
nl.charts.save(ax.figure, f"{FIGURES}/06_most_quoted", data=top_people,
               source=nl.charts.source_note(articles, sample_of=corpus_size));

# %% [markdown]
# ### Who gets a voice, per outlet (من يُسمع صوته في كل وسيلة)
#
# For each outlet: its quotes, the share (%) given to unnamed sources (مصدر، مسؤول، شهود),
# and the share of women among the quotes of named people whose gender the text tells.

# %%
voices = quotes[quotes["kind"] != "title"].merge(articles[["article_id", "outlet"]], on="article_id")
per_outlet = voices.groupby("outlet")["speaker_type"].agg(
    quotes="size", unnamed_percent=lambda t: round(100 * (t == "unnamed").mean()))
told = voices[(voices["speaker_type"] == "person") & voices["speaker_gender"].notna()]
per_outlet["women_percent"] = told.groupby("outlet")["speaker_gender"].agg(lambda g: round(100 * (g == "f").mean()))
nl.show(per_outlet.sort_values("quotes", ascending=False).head(15).reset_index())

# %% [markdown]
# ## 4. Quotes over time (الاقتباسات عبر الزمن)
#
# Each quote takes its article's publication date; `corpus.over_time` counts them per day (per
# month or year on a longer corpus) on a continuous calendar, so the days without articles stay
# visible. The periods run from right to left like the text; the title goes through
# `nl.charts.label`. Quotes from articles without a publication date cannot be placed on the
# calendar and are left out (the count says how many). Where the corpus says what its dates
# are (a `date_kind` column), the cell prints it: a crawl day is not a publication day. A corpus
# whose dates all fall on one day — BBC Arabic 2017 stores only the crawl day — gets no chart:
# a single bar would say more about the archive than about the news.

# %%
dated = quotes.merge(articles[["article_id", "published"]], on="article_id")
print(f"{dated['published'].notna().sum():,} of {len(dated):,} quotes have a date")
if "date_kind" in articles:
    print("the corpus says its dates are:", "; ".join(articles["date_kind"].dropna().value_counts().index[:2]))
per_period = corpus.over_time(dated["published"])
if len(per_period) > 1:
    fig, ax = plt.subplots(figsize=(8, 3.2), layout="constrained")
    ax.bar(per_period.index, per_period.to_numpy(), color="#3b6ea8")
    ax.invert_xaxis()
    ax.yaxis.tick_right()
    ax.yaxis.set_label_position("right")
    ax.set_ylabel(nl.charts.label("عدد الاقتباسات"))
    ax.tick_params(axis="x", labelrotation=90 if len(per_period) > 8 else 0)
    ax.set_title(nl.charts.label("عدد الاقتباسات حسب تاريخ النشر"), loc="right")
    nl.charts.save(fig, f"{FIGURES}/06_quotes_over_time", data=per_period.rename("quotes"),
                   source=nl.charts.source_note(articles, sample_of=corpus_size));
else:
    print("The dated quotes fall on " + (f"one day only ({per_period.index[0]})" if len(per_period) else "no day")
          + ": a chart over time would show nothing, so none is drawn.")

# %% [markdown]
# ## 5. Places per outlet (الأماكن حسب الوسيلة)
#
# `corpus.per_hundred` joins the place mentions (LOC) to their article's outlet, keeps the
# places named in most articles, and counts the articles of each outlet that mention each
# place — per 100 articles of the outlet, so that a big outlet does not outweigh a small one.
# Places are counted by `corpus_name` (from `nl.entity_names`), so الإمارات and الامارات are one.
# An outlet with fewer than `MIN_ARTICLES` articles in the sample gets no column: one mention in
# three articles would read as «33 in 100».

# %%
places = entities[entities["label"] == "LOC"]
matrix = corpus.per_hundred(places, articles.dropna(subset=["outlet"]), by="outlet", name="corpus_name",
                            top=12, min_articles=MIN_ARTICLES)
if matrix.attrs["left_out"]:
    print(f"fewer than {MIN_ARTICLES} articles, left out: "
          + ", ".join(f"{outlet} ({n})" for outlet, n in matrix.attrs["left_out"].items()))
if matrix.size:
    ax = nl.charts.heatmap(matrix, title="الأماكن حسب الوسيلة الإعلامية: مقالات من كل 100", top=15)
    nl.charts.save(ax.figure, f"{FIGURES}/06_places_per_outlet", data=matrix,
                   source=nl.charts.source_note(articles, sample_of=corpus_size));
else:
    print(f"No outlet with {MIN_ARTICLES} articles or more that names a place: no heatmap "
          "(lower MIN_ARTICLES in the parameters cell to see small outlets anyway).")

# %% [markdown]
# ## Recap
#
# * The parameters cell is the only thing to change to go from two articles to a corpus.
# * `nl.analyze(articles, tables=[...], n_jobs=..., progress=True)` computes several tables at
#   once, in parallel if asked, with the same result as one call per table.
# * Corpus questions are pandas joins on `article_id`: quotes × `published` for time,
#   entities × `source` for outlets.
#
# ## Exercises
#
# 1. Which outlet (`source`) publishes the most quotes per article?
# 2. For the most-quoted person, list the cue verbs (أفعال القول) used for them, most common
#    first.
# 3. Draw the most mentioned organisations (ORG) across the corpus as a bar chart.
#
# Solutions: [`solutions/06_a_corpus_at_scale.ipynb`](solutions/06_a_corpus_at_scale.ipynb).
