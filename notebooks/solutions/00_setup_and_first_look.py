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

# %% [markdown]
# **1.** The second article, by its id:

# %%
nl.view(articles, articles["article_id"].iloc[1])

# %% [markdown]
# **2.** Captions are joined by a newline, so count the lines:

# %%
articles.assign(n_captions=articles["captions"].str.count("\n") + 1)[["title", "n_captions"]]

# %% [markdown]
# **3.** Columns missing everywhere:

# %%
articles.columns[articles.isna().all()].tolist()
