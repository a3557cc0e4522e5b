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
# # 02 · Quote attribution — solutions

# %% tags=["parameters"]
DATA = "../../data"
FIGURES = "../../reports/figures"

# %%
import newslib as nl

articles = nl.read_articles(DATA)
sentences = nl.sentences(articles)
quotes = nl.quotes(articles)

# %% [markdown]
# **1.** Macron's direct quotes:

# %%
quotes[(quotes["speaker"] == "إيمانويل ماكرون") & (quotes["kind"] == "direct")][["cue", "text"]]

# %% [markdown]
# **2.** The most used speech verbs:

# %%
quotes["cue"].value_counts()

# %% [markdown]
# **3.** Sources that are not people: their `speaker_mention` is a plural noun or a place, not
# a name. The entities table knows which speakers are people (PER):

# %%
people = set(nl.entities(articles).query("label == 'PER'")["name"])
unnamed = quotes[~quotes["speaker"].isin(people)]
unnamed.merge(sentences[["article_id", "sentence_id", "text"]].rename(columns={"text": "sentence"}),
              on=["article_id", "sentence_id"])[["speaker", "cue", "sentence"]]
