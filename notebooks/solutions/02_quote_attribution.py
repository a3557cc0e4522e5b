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
LIMIT = 300

# %%
import newslib as nl

articles = nl.read_articles(DATA)
print(f"{len(articles):,} articles")
if LIMIT and LIMIT < len(articles):
    articles = articles.sample(LIMIT, random_state=0).sort_index()
    print(f"a random sample of {LIMIT:,} is analysed")
sentences = nl.sentences(articles)
quotes = nl.quotes(articles)

# %% [markdown]
# **1.** Macron's direct quotes on the bundled data — elsewhere, those of the most-quoted speaker:

# %%
speakers = nl.speakers(quotes, articles)
who = "إيمانويل ماكرون" if (quotes["speaker"] == "إيمانويل ماكرون").any() else speakers["speaker"].iloc[0] if len(speakers) else None
print(who)
nl.show(quotes[(quotes["speaker"] == who) & (quotes["kind"] == "direct")][["cue", "text"]])

# %% [markdown]
# **2.** The most used speech verbs:

# %%
quotes["cue"].value_counts().head(15)

# %% [markdown]
# **3.** Sources that are not people: their `speaker_mention` is a plural noun or a place, not
# a name. The entities table knows which speakers are people (PER):

# %%
people = set(nl.entities(articles).query("label == 'PER'")["name"])
unnamed = quotes[~quotes["speaker"].isin(people)]
read = unnamed.merge(sentences[["article_id", "sentence_id", "text"]].rename(columns={"text": "sentence"}),
                     on=["article_id", "sentence_id"])
nl.show(read[["speaker", "cue", "sentence"]].head(10), max_chars=None)
