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
LIMIT = 300

# %%
import newslib as nl

nl.charts.style()
articles = nl.read_articles(DATA)
print(f"{len(articles):,} articles")
if LIMIT and LIMIT < len(articles):
    articles = articles.sample(LIMIT, random_state=0).sort_index()
    print(f"a random sample of {LIMIT:,} is analysed")
entities = nl.entities(articles)

# %% [markdown]
# **1.** Organisations per article (the first ten articles that name one):

# %%
entities[entities["label"] == "ORG"].groupby("article_id")["name"].unique().head(10)

# %% [markdown]
# **2.** Sentences mentioning Moscow (on other data: the most-mentioned place), with the quotes
# that start in them:

# %%
places = entities.loc[entities["label"] == "LOC", "name"].value_counts()
place = "موسكو" if "موسكو" in places.index else places.index[0] if len(places) else None
print(place)
where = entities[entities["name"] == place][["article_id", "sentence_id"]].drop_duplicates()
said = where.merge(nl.quotes(articles), on=["article_id", "sentence_id"], how="left")
nl.show(said[["article_id", "sentence_id", "speaker", "text"]].head(12))

# %% [markdown]
# **3.** The top 15 people × organisations, per article:

# %%
matrix = nl.charts.cooccurrence(entities, rows="PER", columns="ORG", within="article_id", top=15)
if matrix.size:
    ax = nl.charts.heatmap(matrix, title="الأشخاص والمنظمات في المقال نفسه")
