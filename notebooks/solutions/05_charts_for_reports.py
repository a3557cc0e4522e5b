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
# # 05 · Charts for reports — solutions

# %% tags=["parameters"]
DATA = "../../data"
FIGURES = "../../reports/figures"
LIMIT = 300

# %%
import matplotlib.pyplot as plt

import newslib as nl

nl.charts.style()
articles = nl.read_articles(DATA)
print(f"{len(articles):,} articles")
if LIMIT and LIMIT < len(articles):
    articles = articles.sample(LIMIT, random_state=0).sort_index()
    print(f"a random sample of {LIMIT:,} is analysed")

# %% [markdown]
# **1.** Places in Amiri, Arabic-Indic digits, PNG only:

# %%
places = nl.entities(articles).query("label == 'LOC'")["name"].value_counts().head(10)
ax = nl.charts.bar(places, title="الأماكن", digits="arabic", font="naskh", top=10)
nl.charts.save(ax.figure, f"{FIGURES}/solution_05_places", formats=("png",), data=places.reset_index());

# %% [markdown]
# **2.** A plain matplotlib chart with an Arabic title. On matplotlib ≥ 3.11 `label()` returns
# the string unchanged (matplotlib shapes it); on 3.10 and older, without it the title would be
# drawn in isolated, reversed letters.

# %%
fig, ax = plt.subplots(figsize=(5, 2.5))
ax.plot([2020, 2022, 2024], [3, 5, 4])
ax.set_title(nl.charts.label("عدد المقالات في السنة"))
nl.charts.label("عدد المقالات في السنة") == "عدد المقالات في السنة"
