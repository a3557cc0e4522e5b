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
# # 06 · A corpus at scale — solutions

# %% tags=["parameters"]
DATA = "../../data"
FIGURES = "../../reports/figures"
LIMIT = 500

# %%
import newslib as nl

nl.charts.style()
articles = nl.read_articles(DATA)
print(f"{len(articles):,} articles")
if LIMIT and LIMIT < len(articles):
    articles = articles.sample(LIMIT, random_state=0).sort_index()
    print(f"a random sample of {LIMIT:,} is analysed")
tables = nl.analyze(articles, tables=["quotes", "entities"])
quotes, entities = tables["quotes"], tables["entities"]

# %% [markdown]
# **1.** Quotes per article, per outlet (articles without quotes count as zero):

# %%
per_article = quotes.groupby("article_id").size().reindex(articles["article_id"], fill_value=0)
per_article.groupby(articles.set_index("article_id")["source"]).mean().sort_values(ascending=False)

# %% [markdown]
# **2.** Cue verbs of the most-quoted speaker:

# %%
speakers = nl.speakers(quotes, articles)
top = speakers["speaker"].iloc[0] if len(speakers) else None
print(top)
quotes.loc[quotes["speaker"] == top, "cue"].value_counts()

# %% [markdown]
# **3.** Organisations:

# %%
ax = nl.charts.bar(entities.loc[entities["label"] == "ORG", "name"], title="المنظمات الأكثر ذكراً")
