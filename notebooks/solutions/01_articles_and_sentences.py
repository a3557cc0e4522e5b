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
# **1.** The longest sentence, its article and paragraph (shown whole: `max_chars=None`):

# %%
print(f"{len(articles):,} articles, {len(sentences):,} sentences")
longest = sentences.loc[(sentences["end"] - sentences["start"]).idxmax()]
nl.show(longest[["article_id", "sentence_id", "paragraph_id", "text"]].to_frame().T, max_chars=None)

# %% [markdown]
# **2.** Mentions of بوتين per article, on the normalised text (so بوتين with any diacritic or
# a different hamza counts too); articles that never name him are left out:

# %%
key = nl.normalize("بوتين")
counts = sentences.assign(n=sentences["text"].map(nl.normalize).str.count(key)).groupby("article_id")["n"].sum()
counts[counts > 0].sort_values(ascending=False).head(10)

# %% [markdown]
# **3.** Forcing UTF-8 on a Windows-1256 file: the bytes are not valid UTF-8, so the loader
# refuses the file (with `errors="raise"`) instead of producing garbled text.

# %%
messy = Path(tempfile.mkdtemp()) / "archive.jsonl"
messy.write_bytes('{"id": "a1", "text": "قال الوزير: «نعم»."}\n'.encode("cp1256"));

# %% tags=["raises-exception"]
# %xmode Minimal
nl.read_articles(messy, encoding="utf-8")
