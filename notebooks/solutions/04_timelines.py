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
# # 04 · Timelines — solutions

# %% tags=["parameters"]
DATA = "../../data"
FIGURES = "../../reports/figures"
LIMIT = 300

# %%
import pandas as pd

import newslib as nl

articles = nl.read_articles(DATA)
print(f"{len(articles):,} articles")
if LIMIT and LIMIT < len(articles):
    articles = articles.sample(LIMIT, random_state=0).sort_index()
    print(f"a random sample of {LIMIT:,} is analysed")
timeline = nl.timeline(articles)

# %% [markdown]
# **1.** Move the publication date a week later: relative expressions (أمس، الأحد …) move,
# absolute ones (عام 2024، فبراير 2022) stay.

# %%
later = articles.assign(published=articles["published"] + pd.Timedelta(days=7))
moved = nl.timeline(later)
compare = timeline[["article_id", "text", "anchor"]].assign(before=timeline["value"], after=moved["value"])
nl.show(compare.head(12))

# %% [markdown]
# **2.** The article of the lesson's timeline (the one with the most dated days and months),
# its events joined to their sentences. On the bundled data it is the article on Putin and
# Belarus: Macron's talks with Gitanas Nausėda were «أول من أمس», 28 September; his meeting
# with Tsikhanouskaya «أمس», 29 September — the day of Putin's address.

# %%
dated = timeline[timeline["granularity"].isin(["day", "month"]) & timeline["date_start"].notna()]
story = dated["article_id"].value_counts().idxmax() if len(dated) else None
events = dated[dated["article_id"] == story]
sentences = nl.sentences(articles)
read = events.merge(sentences, on=["article_id", "sentence_id"], suffixes=("", "_sentence"))
nl.show(read[["text", "value", "text_sentence"]], max_chars=None)

# %% [markdown]
# **3.** A duration (ثلاث سنوات → `P3Y`) and a set (كل أسبوع → `P1W`, "every week") have a
# TIMEX3 value but no `date_start`; أكتوبر الماضي is resolved against the publication day. (The
# two reference articles have no durations or sets, so every row of their timeline has a date.)

# %%
demo = pd.DataFrame({
    "article_id": ["demo"],
    "published": [pd.Timestamp("2024-12-31")],
    "text": ["استمرت الحرب ثلاث سنوات، ويجتمع المجلس كل أسبوع منذ أكتوبر الماضي."],
})
nl.show(nl.timeline(demo)[["text", "type", "value", "date_start", "anchor"]])
