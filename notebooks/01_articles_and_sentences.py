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
# # 01 · Articles and sentences
#
# How a scraped page becomes rows (صفوف): the headline, the photo captions and their agency
# credits, the body; then the body cut into sentences (جُمَل) with offsets that point back into
# it; matching keys for Arabic spelling variants; and what to do with a messy file.

# %% tags=["parameters"]
DATA = "../data"
FIGURES = "../reports/figures"

# %%
from pathlib import Path

import pandas as pd

import newslib as nl

nl.charts.style()

# %% [markdown]
# ## 1. From a scraped page to rows
#
# The bundled file is text copied from the newspaper's site. Its first lines: the headline
# (العنوان), a sub-headline, photo captions (twice, as the site repeats them), a stray `TT`
# line, then the headline again and the body. (If your `DATA` is a JSON Lines or CSV file, the
# fields were already separated by the scraper and there is no such file to look at.)

# %%
scraped = sorted(Path(DATA).glob("*.txt")) if Path(DATA).is_dir() else []
if scraped:
    nl.show(pd.DataFrame({"line": scraped[0].read_text(encoding="utf-8").splitlines()[:9]}))
else:
    print(f"{DATA} holds no scraped .txt file: its articles come already split into fields.")

# %% [markdown]
# `nl.read_articles` recognises that layout: the repeated header after `TT` marks where each
# article starts, so one file can hold several articles.

# %%
articles = nl.read_articles(DATA)
print(f"{len(articles):,} articles")
nl.show(articles[[c for c in ["article_id", "title", "subtitle", "captions"] if c in articles]].head(10))

# %% [markdown]
# ### Captions and credits (التعليقات وحقوق الصور)
#
# A caption ends with the agency that took the photo, in brackets:
#
# * <bdi>**(أ.ف.ب)**</bdi> — AFP, Agence France-Presse (وكالة الصحافة الفرنسية)
# * <bdi>**(رويترز)**</bdi> — Reuters
# * <bdi>**(أ.ب)**</bdi> — AP, the Associated Press
#
# Captions are kept out of `text`, so the body's statistics and quotes are not polluted by them;
# the credit can be read off the end of each caption. (Articles without captions are left
# out; so is the whole cell's output if your data has no `captions`.)

# %%
captions = articles[["article_id", "captions"]].assign(caption=articles["captions"].str.split("\n"))
captions = captions.explode("caption").dropna(subset=["caption"])
captions = captions.assign(credit=captions["caption"].str.extract(r"\(([^()]+)\)\s*$", expand=False))
print(f"{len(captions):,} captions in {captions['article_id'].nunique():,} of {len(articles):,} articles")
nl.show(captions[["article_id", "caption", "credit"]].head(10))
print(captions["credit"].value_counts().head(5).to_dict())

# %% [markdown]
# ## 2. Sentences and offsets (الجمل والمواضع)
#
# `nl.sentences` splits each body into sentences at `.` `!` `?` <bdi>**؟**</bdi> and paragraph breaks,
# without cutting abbreviations such as <bdi>**أ.ف.ب**</bdi>. Each row keeps `start` and `end`, character
# offsets into the article's `text`.

# %%
sentences = nl.sentences(articles)
nl.show(sentences.head(8))

# %% [markdown]
# The offsets are honest: slicing the article's text with them gives the sentence back,
# character for character. Every table of newslib (quotes, entities, timelines) points into
# the text the same way, which is how you can always check a result against the source.

# %%
row = sentences.iloc[len(sentences) // 2]   # a sentence from the middle of the table
text = articles.set_index("article_id").loc[row["article_id"], "text"]
print(row["start"], row["end"])
print(text[row["start"]:row["end"]] == row["text"])

# %% [markdown]
# Sentences per article, as a chart — the 15 longest articles when there are more (`top=15`;
# the subtitle then says how many there are). Every label goes through `nl.charts.label`, so the
# Arabic headlines are joined and read right to left, and long ones are cut at a word with «…»;
# an article without a headline is labelled by its id:

# %%
per_article = sentences.groupby("article_id").size().rename("sentences").sort_values(ascending=False)
print(f"{len(sentences):,} sentences; per article: median {per_article.median():.0f}, most {per_article.max():,}")
headlines = articles.set_index("article_id")["title"]
counts = per_article.rename(index=lambda i: headlines.get(i) if pd.notna(headlines.get(i)) else i)
ax = nl.charts.bar(counts, title="عدد الجمل في كل مقال", xlabel="الجمل", top=15)
nl.charts.save(ax.figure, f"{FIGURES}/01_sentences_per_article", data=per_article.reset_index(),
               source=nl.charts.source_note(articles));

# %% [markdown]
# ## 3. Normalisation keys (مفاتيح التطبيع)
#
# The same word is spelled several ways in Arabic news: with or without hamza on the alef
# (إيمانويل / ايمانويل), ta marbuta or ha (مدرسة / مدرسه), with diacritics (تشكيل) or a
# shadda, with Arabic-Indic digits (٢٠٢٤). `nl.normalize` gives one **key** for all of them —
# for grouping and searching only; the text itself is never rewritten.

# %%
variants = [
    "إيمانويل",
    "ايمانويل",
    "مدرسة",
    "مدرسه",
    "بيلاروسيّا",
    "بيلاروسيا",
    "أمسِ",
    "عام ٢٠٢٤",
    "عام 2024",
]
nl.show(pd.DataFrame({"spelling": variants, "key": [nl.normalize(v) for v in variants]}))

# %% [markdown]
# Grouping on the key counts a word however it is spelled, e.g. the most frequent words of the
# articles (longer than three letters, to skip في، على، من …; a sentence without such a word,
# such as a date line, gives no word):

# %%
words = sentences["text"].str.findall(r"\w{4,}").explode().dropna()
nl.show(words.map(nl.normalize).value_counts().head(10).rename_axis("key").reset_index())

# %% [markdown]
# ## 4. A messy file (ملف غير سليم)
#
# Real archives are messier: old files in Windows-1256, a record cut in the middle by a crash.
# Let us write such a file — one good record in Windows-1256, one broken JSON line.

# %%
import tempfile

messy = Path(tempfile.mkdtemp()) / "archive.jsonl"
messy.write_bytes(
    '{"id": "a1", "title": "وزير المالية", "text": "قال الوزير: «الميزانية متوازنة».", "date": "2019-03-04"}\n'.encode("cp1256")
    + b'{"id": "a2", "title": "\xe3\xd5\xd1", "text": \n'
);

# %% [markdown]
# By default newslib stops at the first bad record and says where it is and what was expected
# (this cell is *meant* to fail; it is tagged `raises-exception`). `%xmode Minimal` shows just
# the error message, without the traceback through newslib's code:

# %% tags=["raises-exception"]
# %xmode Minimal
nl.read_articles(messy)

# %% [markdown]
# With `errors="warn"` the bad records are skipped, one warning counts them, and the list is
# kept in `df.attrs["problems"]` so nothing disappears silently. The encoding that was detected
# is in the `encoding` column.

# %%
archive = nl.read_articles(messy, errors="warn")
nl.show(archive[["article_id", "title", "text", "published", "encoding"]])

# %%
archive.attrs["problems"]

# %% [markdown]
# ## Recap
#
# * A scraped page becomes one row per article; captions (with their agency credit) are kept
#   apart from the body `text`.
# * `nl.sentences` gives one row per sentence with `start`/`end`:
#   `text[start:end]` is the sentence exactly — the same holds in every newslib table.
# * `nl.normalize` is a matching key (hamza, ta marbuta, diacritics, digits), never a rewrite.
# * Bad input raises a `LoadError` that names the file and line; `errors="warn"` skips and
#   lists the bad records in `df.attrs["problems"]`.
#
# ## Exercises
#
# 1. Which is the longest sentence of the data, and in which article and paragraph (فقرة) is it?
# 2. Count how often a name is mentioned in each article, matching on the normalised key — on
#    the bundled data, Putin (بوتين); on your own, a name of your choice.
# 3. Read the messy file with `encoding="utf-8"` forced. What happens, and why?
#
# Solutions: [`solutions/01_articles_and_sentences.ipynb`](solutions/01_articles_and_sentences.ipynb).
