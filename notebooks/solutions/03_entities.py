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
# # 03 · Entities — solutions

# %% tags=["parameters"]
DATA = "../../data"
FIGURES = "../../reports/figures"

# %%
import newslib as nl

nl.charts.style()
articles = nl.read_articles(DATA)
entities = nl.entities(articles)

# %% [markdown]
# **1.** Organisations per article:

# %%
entities[entities["label"] == "ORG"].groupby("article_id")["name"].unique()

# %% [markdown]
# **2.** Sentences mentioning Moscow, with the quotes that start in them:

# %%
moscow = entities[entities["name"] == "موسكو"][["article_id", "sentence_id"]].drop_duplicates()
moscow.merge(nl.quotes(articles), on=["article_id", "sentence_id"], how="left")[["sentence_id", "speaker", "text"]]

# %% [markdown]
# **3.** People × organisations, per article:

# %%
matrix = nl.charts.cooccurrence(entities, rows="PER", columns="ORG", within="article_id")
ax = nl.charts.heatmap(matrix, title="الأشخاص والمنظمات في المقال نفسه")
