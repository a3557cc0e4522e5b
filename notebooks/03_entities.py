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
# # 03 · Entities: people, places, organisations
#
# Named entities (الكيانات المسماة) are the people (أشخاص), places (أماكن) and organisations
# (منظمات) a story is about. `nl.entities` finds their mentions, gives each its canonical name
# (الاسم الموحد) within the article, and a normalised key to group them across articles.

# %% tags=["parameters"]
DATA = "../data"
FIGURES = "../reports/figures"

# %%
import newslib as nl

nl.charts.style()
articles = nl.read_articles(DATA)

# %% [markdown]
# ## 1. The entities table (جدول الكيانات)
#
# One row per mention: the words as written (`text`, without proclitics such as و، ب، ل), the
# `label` — `PER` person, `LOC` place, `ORG` organisation, `MISC` other — the canonical `name`
# and its `key`.

# %%
entities = nl.entities(articles)
nl.show(entities.head(12))

# %%
entities["label"].value_counts()

# %% [markdown]
# In the article view, each mention is coloured by its type — شخص (person), مكان (place),
# منظمة (organisation) — and hovering over it shows its canonical name:

# %%
nl.view(articles, articles["article_id"].iloc[1], entities=entities)

# %% [markdown]
# ## 2. Canonical names (الأسماء الموحدة)
#
# A story names a person in full once (فلاديمير بوتين), then by surname (بوتين) or by title
# (الرئيس الروسي). All these mentions get the same `name`, the fullest form in the article, so
# counting by `name` counts the person, not the spelling:

# %%
forms = (entities.drop_duplicates(["label", "name", "text"])
         .groupby(["label", "name"], observed=True)["text"].agg(["count", "، ".join]).reset_index())
nl.show(forms[forms["count"] > 1].rename(columns={"count": "spellings", "join": "as written"}))

# %% [markdown]
# The most mentioned people, places and organisations:

# %%
top = entities.groupby(["label", "name"], observed=True).size().rename("mentions").reset_index()
nl.show(top.sort_values("mentions", ascending=False).groupby("label", observed=True).head(4))

# %%
places = entities[entities["label"] == "LOC"]["name"].value_counts().head(10)
ax = nl.charts.bar(places, title="الأماكن الأكثر ذكراً", xlabel="عدد الإشارات")
nl.charts.save(ax.figure, f"{FIGURES}/03_top_places", data=places.rename("mentions").reset_index());

# %% [markdown]
# ## 3. Who appears with whom (من يظهر مع من)
#
# Two entities *co-occur* when they are mentioned in the same sentence. The co-occurrence
# matrix counts, for every person (rows) and place (columns), the sentences where both appear;
# the heatmap (خريطة حرارية) shows it, read from the right like the text.

# %%
matrix = nl.charts.cooccurrence(entities, rows="PER", columns="LOC")
nl.show(matrix.reset_index())

# %%
ax = nl.charts.heatmap(matrix, title="من يظهر مع من: جمل مشتركة")
nl.charts.save(ax.figure, f"{FIGURES}/03_cooccurrence", data=matrix);

# %% [markdown]
# Read a cell back to its sentences: where do بوتين and لوكاشينكو appear together?

# %%
sentences = nl.sentences(articles)
pair = entities[entities["name"].isin(["فلاديمير بوتين", "ألكسندر لوكاشينكو"])]
both = pair.groupby(["article_id", "sentence_id"])["name"].nunique().loc[lambda s: s == 2].index
nl.show(sentences.set_index(["article_id", "sentence_id"]).loc[both, ["text"]].reset_index())

# %% [markdown]
# ## Recap
#
# * `nl.entities(articles)` gives one row per mention with `label` (PER, LOC, ORG, MISC),
#   the canonical `name` within the article and a `key` to group across articles.
# * Count by `name` (or `key` across articles), not by `text`: a person has many spellings
#   and titles.
# * `nl.charts.cooccurrence(entities, rows="PER", columns="LOC")` counts the sentences two
#   entities share; `nl.charts.heatmap` draws it with Arabic labels, right to left.
#
# ## Exercises
#
# 1. Which organisations (منظمات) appear in each article?
# 2. In which sentences is Moscow (موسكو) mentioned, and who is quoted in those sentences?
#    (Join with `nl.quotes` on `article_id` and `sentence_id`.)
# 3. Draw the heatmap of people × organisations (`ORG`), counting whole articles instead of
#    sentences (`within="article_id"`).
#
# Solutions: [`solutions/03_entities.ipynb`](solutions/03_entities.ipynb).
