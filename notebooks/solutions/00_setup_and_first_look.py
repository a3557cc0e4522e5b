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
# # 00 · Setup and a first look — solutions

# %% tags=["parameters"]
DATA = "../../data"
FIGURES = "../../reports/figures"

# %%
import newslib as nl

articles = nl.read_articles(DATA)
print(f"{len(articles):,} articles")

# %% [markdown]
# **1.** The longest article, by its number of words:

# %%
words = articles["text"].str.split().str.len()
nl.view(articles, articles.loc[words.idxmax(), "article_id"])

# %% [markdown]
# **2.** Captions are joined by a newline, so count the lines (none where `captions` is `<NA>`):

# %%
n_captions = (articles["captions"].str.count("\n") + 1).fillna(0).astype(int)
most = articles.assign(n_captions=n_captions).sort_values("n_captions", ascending=False)
nl.show(most[["article_id", "title", "n_captions"]].head(5))

# %% [markdown]
# **3.** Columns missing everywhere:

# %%
articles.columns[articles.isna().all()].tolist()
