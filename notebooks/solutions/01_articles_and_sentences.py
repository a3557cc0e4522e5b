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
# # 01 · Articles and sentences — solutions

# %% tags=["parameters"]
DATA = "../../data"
FIGURES = "../../reports/figures"

# %%
import tempfile
from pathlib import Path

import newslib as nl

articles = nl.read_articles(DATA)
sentences = nl.sentences(articles)

# %% [markdown]
# **1.** The longest sentence of the first article:

# %%
first = sentences[sentences["article_id"] == articles["article_id"].iloc[0]]
longest = first.loc[(first["end"] - first["start"]).idxmax()]
longest[["sentence_id", "paragraph_id", "text"]]

# %% [markdown]
# **2.** Mentions of بوتين per article, on the normalised text (so بوتين with any diacritic or
# a different hamza counts too):

# %%
key = nl.normalize("بوتين")
sentences.assign(putin=sentences["text"].map(nl.normalize).str.count(key)).groupby("article_id")["putin"].sum()

# %% [markdown]
# **3.** Forcing UTF-8 on a Windows-1256 file: the bytes are not valid UTF-8, so the loader
# refuses the file (with `errors="raise"`) instead of producing garbled text.

# %%
messy = Path(tempfile.mkdtemp()) / "archive.jsonl"
messy.write_bytes('{"id": "a1", "text": "قال الوزير: «نعم»."}\n'.encode("cp1256"));

# %% tags=["raises-exception"]
# %xmode Minimal
nl.read_articles(messy, encoding="utf-8")
