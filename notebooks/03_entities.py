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
LIMIT = 300     # analyse a random sample of this many articles (None: all; ~0.1 s an article)

# %%
import newslib as nl

nl.charts.style()
articles = nl.read_articles(DATA)
corpus_size = len(articles)   # before any sample: the charts' source line says it
print(f"{len(articles):,} articles")
if LIMIT and LIMIT < len(articles):
    articles = articles.sample(LIMIT, random_state=0).sort_index()
    print(f"a random sample of {LIMIT:,} is analysed (LIMIT in the parameters cell)")

# %% [markdown]
# ## 1. The entities table (جدول الكيانات)
#
# One row per mention: the words as written (`text`, without proclitics such as و، ب، ل), the
# `label` — `PER` person, `LOC` place, `ORG` organisation, `MISC` other — the canonical `name`
# and its `key` (a matching key, for grouping across articles; left out of the view below,
# as are the offsets `start`/`end`).

# %%
entities = nl.entities(articles)
print(f"{len(entities):,} mentions in {entities['article_id'].nunique():,} of {len(articles):,} articles")
nl.show(entities[["article_id", "sentence_id", "text", "label", "name"]].head(12))

# %%
entities["label"].value_counts().loc[lambda n: n > 0]

# %% [markdown]
# In the article view, each mention is coloured by its type — شخص (person), مكان (place),
# منظمة (organisation) — and hovering over it shows its canonical name. We take the article that
# names the most different people, places and organisations:

# %%
if len(entities):
    busiest = entities.drop_duplicates(["article_id", "name"])["article_id"].value_counts().idxmax()
    nl.view(articles, busiest, entities=entities)
else:
    print("No entities were found in these articles.")

# %% [markdown]
# ## 2. Canonical names (الأسماء الموحدة)
#
# A story names a person in full once (فلاديمير بوتين), then by surname (بوتين) or by title
# (الرئيس الروسي). All these mentions get the same `name`, the fullest form in the article, so
# counting by `name` counts the person, not the spelling (the names with most spellings first):

# %%
forms = (entities.drop_duplicates(["label", "name", "text"])
         .groupby(["label", "name"], observed=True)["text"].agg(["count", "، ".join]).reset_index())
forms = forms[forms["count"] > 1].sort_values("count", ascending=False, kind="stable")
nl.show(forms.rename(columns={"count": "spellings", "join": "as written"}).head(12))

# %% [markdown]
# Across articles one entity can still have several names: a spelling (عبد الله / عبدالله), a
# currency's forms (دولار، الدولار، دولارا), or only the surname in an article that never gives
# the full name (ترامب). `nl.entity_names` adds `corpus_name`, one name per entity over all
# the articles: a bare surname joins the full name when the corpus has one person of that
# name. These are the mentions whose article name it changed:

# %%
entities = nl.entity_names(entities)
joined = entities[entities["name"] != entities["corpus_name"]]
joined = joined.groupby(["label", "name", "corpus_name"], observed=True).size().rename("mentions")
if len(joined):
    nl.show(joined.sort_values(ascending=False).reset_index().head(10))
else:
    print("Every name is already written one way in these articles: nothing to join.")

# %% [markdown]
# The most mentioned people, places and organisations, counted by `corpus_name`:

# %%
top = entities.groupby(["label", "corpus_name"], observed=True).size().rename("mentions").reset_index()
nl.show(top.sort_values("mentions", ascending=False).groupby("label", observed=True).head(4))

# %%
places = entities[entities["label"] == "LOC"]["corpus_name"].value_counts()
if len(places):
    ax = nl.charts.bar(places, title="الأماكن الأكثر ذكراً", xlabel="عدد الإشارات", top=10)
    nl.charts.save(ax.figure, f"{FIGURES}/03_top_places", data=places.head(10).rename("mentions").reset_index(),
                   source=nl.charts.source_note(articles, sample_of=corpus_size));
else:
    print("No place (LOC) was found: no chart.")

# %% [markdown]
# ## 3. Who appears with whom (من يظهر مع من)
#
# Two entities *co-occur* when they are mentioned in the same sentence. The co-occurrence
# matrix counts, for every person (rows) and place (columns), the sentences where both appear;
# the heatmap (خريطة حرارية) shows it, read from the right like the text. A corpus has hundreds
# of people and places, far too many for one picture: `top=15` keeps the 15 people and the 15
# places with most shared sentences (the totals before the cut are in `matrix.attrs`, and the
# heatmap's subtitle says «15 من …»).

# %%
matrix = nl.charts.cooccurrence(entities, rows="PER", columns="LOC", key="corpus_name", top=15)
print(f"{matrix.attrs['rows_total']:,} people × {matrix.attrs['columns_total']:,} places; "
      f"the top {len(matrix)} × {len(matrix.columns)} are kept")
nl.show(matrix)   # laid out from the right, like the heatmap

# %%
if matrix.size:
    ax = nl.charts.heatmap(matrix, title="من يظهر مع من: عدد الجمل التي تذكر الشخص والمكان معاً",
                           xlabel="الأماكن", ylabel="الأشخاص")
    nl.charts.save(ax.figure, f"{FIGURES}/03_cooccurrence", data=matrix,
                   source=nl.charts.source_note(articles, sample_of=corpus_size));
else:
    print("No sentence names both a person and a place: no heatmap.")

# %% [markdown]
# Read a cell back to its sentences. The same count for people × people (among the 50 people
# with most shared sentences) gives the two people who appear together most often (on the
# bundled data, فلاديمير بوتين and كيم جونغ أون, in Kim's message to Putin); where do they
# meet? The sentences are shown whole (`max_chars=None`).

# %%
sentences = nl.sentences(articles)
pairs = nl.charts.cooccurrence(entities, rows="PER", columns="PER", key="corpus_name", top=50).stack()
first, second = pairs.index.get_level_values(0), pairs.index.get_level_values(1)
pairs = pairs[(first < second) & (pairs > 0)].sort_values(ascending=False, kind="stable")
if len(pairs):
    a, b = pairs.index[0]
    both = (entities[entities["corpus_name"].isin([a, b])].groupby(["article_id", "sentence_id"])["corpus_name"]
            .nunique().loc[lambda n: n == 2].index)
    print(f"{a} and {b}: {len(both)} sentences together")
    nl.show(sentences.set_index(["article_id", "sentence_id"]).loc[both, ["text"]].reset_index().head(8),
            max_chars=None)
else:
    print("No two people are named in the same sentence here: there is no pair to compare.")

# %% [markdown]
# ## Recap
#
# * `nl.entities(articles)` gives one row per mention with `label` (PER, LOC, ORG, MISC),
#   and the canonical `name` within the article.
# * `nl.entity_names(entities)` adds `corpus_name`, one name per entity across articles
#   (spellings, a currency's forms, a bare surname). Count by it, not by `text`: a person has
#   many spellings and titles.
# * `nl.charts.cooccurrence(entities, rows="PER", columns="LOC")` counts the sentences two
#   entities share; `nl.charts.heatmap` draws it with Arabic labels, right to left.
#
# ## Exercises
#
# 1. Which organisations (منظمات) appear in each article?
# 2. In which sentences is a place mentioned, and who is quoted in those sentences? On the
#    bundled data, take Moscow (موسكو); on your own, the most-mentioned place. (Join with
#    `nl.quotes` on `article_id` and `sentence_id`.)
# 3. Draw the heatmap of the top 15 people × organisations (`ORG`), counting whole articles
#    instead of sentences (`within="article_id"`).
#
# Solutions: [`solutions/03_entities.ipynb`](solutions/03_entities.ipynb).
