# ---
# jupyter:
#   jupytext:
#     cell_metadata_filter: tags,-all
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.7
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 02 · Quote attribution: who said what (من قال ماذا)
#
# News is made of quotations (اقتباسات). `nl.quotes` finds them in the articles (by default the
# two reference articles), says what kind each one is and who said it (المتحدث); `nl.speakers`
# counts them per speaker.
# The point of this notebook is also to *check* an attribution by reading its sentence.

# %% tags=["parameters"]
DATA = "../data"
FIGURES = "../reports/figures"
LIMIT = 300     # analyse a random sample of this many articles (None: all of them)

# %%
import newslib as nl

nl.charts.style()
articles = nl.read_articles(DATA)
corpus_size = len(articles)   # before any sample: the charts' source line says it
print(f"{len(articles):,} articles")
if LIMIT and LIMIT < len(articles):
    articles = articles.sample(LIMIT, random_state=0).sort_index()
    print(f"a random sample of {LIMIT:,} is analysed (LIMIT in the parameters cell)")
sentences = nl.sentences(articles)

# %% [markdown]
# ## 1. The quotes table (جدول الاقتباسات)
#
# One row per quote: the quoted words (`text`, without the quote marks), the speech verb or
# attribution phrase that introduces them (`cue`: قال، أضاف، أوضح، بحسب …), the `speaker`
# resolved to the fullest form of the name in the article, the mention nearest the verb as
# written (`speaker_mention`), what kind of speaker it is (`speaker_type`: person,
# organisation, outlet, unnamed, group, other) and a person's gender when the text tells
# (`speaker_gender`), and a `confidence` that says which rule fired. Speakers are people and
# organisations of the entity model, so we compute the entities once and hand them over.

# %%
entities = nl.entities(articles)
quotes = nl.quotes(articles, entities=entities)
print(f"{len(quotes):,} quotes in {quotes['article_id'].nunique():,} of {len(articles):,} articles")
nl.show(quotes[["article_id", "kind", "speaker", "cue", "confidence", "text"]].head(12))

# %% [markdown]
# ## 2. Kinds of quotes (أنواع الاقتباس)
#
# * **direct** (اقتباس مباشر): a whole statement between marks — <bdi>**وقال بوتين: «…»**</bdi>.
# * **partial** (اقتباس جزئي): a few quoted words inside the reporter's sentence — <bdi>**مشيداً بـ«روابط تاريخية»**</bdi>.
# * **indirect** (كلام منقول): reported speech after a speech verb (أفعال القول) and إن/أن or a colon,
#   without marks — <bdi>**وقال إن موسكو تتمسك بتعزيز التعاون**</bdi>.

# %%
quotes["kind"].value_counts().loc[lambda n: n > 0]

# %% [markdown]
# Kinds per speaker, for the 15 speakers quoted most. `nl.speakers` counts each kind and groups
# the spellings of one name, and a surname quoted alone (أوباما) with the full name (باراك أوباما):

# %%
nl.show(nl.speakers(quotes)[["speaker", "quotes", "direct", "partial", "indirect"]].head(15))

# %% [markdown]
# ## 3. The hard cases (الحالات الصعبة)
#
# **Pro-drop verbs** (الفاعل المستتر). Arabic often leaves the subject inside the verb:
# <bdi>**وأضاف أن …**</bdi> — "and *he* added that …". There is no name to point at (`speaker_start` is
# empty); the speaker is the last quoted person whose gender agrees with the verb (أضاف / أضافت),
# so these rows have a lower confidence.

# %%
prodrop = quotes[quotes["speaker_start"].isna()]
print(f"{len(prodrop):,} of {len(quotes):,} quotes have no name at the verb")
nl.show(prodrop[["speaker", "cue", "confidence", "text"]].head(10))

# %% [markdown]
# **Titles and surnames instead of full names** (الألقاب): <bdi>**وزاد الرئيس الروسي أنه …**</bdi> — "the Russian president" is
# resolved (on the bundled data) to فلاديمير بوتين, the fullest name the article gives that person.

# %%
named = quotes.dropna(subset=["speaker_mention", "speaker"])
resolved = named[named["speaker_mention"] != named["speaker"]]
nl.show(resolved[["speaker_mention", "speaker", "cue"]].drop_duplicates().head(12))

# %% [markdown]
# **Names in quote marks** (أسماء بين علامات التنصيص): <bdi>**منتدى «أقاليم روسيا وبيلاروسيا»**</bdi> or
# <bdi>**وكالة «رويترز»**</bdi> use the same marks as speech, but they name a forum or an agency. They are
# left out by default; `include_titles=True` shows them as kind `title`, with no speaker.

# %%
with_titles = nl.quotes(articles, include_titles=True, entities=entities)
nl.show(with_titles[with_titles["kind"] == "title"][["article_id", "text", "speaker"]].head(10))

# %% [markdown]
# ## 4. Quotes per speaker (عدد الاقتباسات لكل متحدث)

# %%
speakers = nl.speakers(quotes, articles)
print(f"{len(speakers):,} speakers")
nl.show(speakers.head(15))

# %% [markdown]
# The chart keeps the 15 people and organisations quoted most (`top=15`). Documents
# (<bdi>البيان، التقرير، تقارير</bdi>), outlets and unnamed sources are speakers of the table but
# not a "who": they are left out here and counted in the next section.

# %%
who = speakers[speakers["speaker_type"].isin(["person", "organisation"])]
counts = who.set_index("speaker")["quotes"]
ax = nl.charts.bar(counts, title="من قال ماذا؟ عدد الاقتباسات لكل متحدث", xlabel="عدد الاقتباسات", top=15)
nl.charts.save(ax.figure, f"{FIGURES}/02_quotes_per_speaker", data=who.head(15),
               source=nl.charts.source_note(articles, sample_of=corpus_size));

# %% [markdown]
# ### Who gets a voice (من يُسمع صوته)
#
# Sourcing studies ask who the news lets speak: named people or unnamed sources, men or
# women. `speaker_type` and `speaker_gender` answer it in two lines. The gender share is over
# the quotes of named people whose gender the text tells (قالت، الوزيرة); it is never guessed
# from grammar's default masculine.

# %%
voices = quotes[quotes["kind"] != "title"]
nl.show(voices["speaker_type"].value_counts().rename("quotes").reset_index())
people_told = voices[(voices["speaker_type"] == "person") & voices["speaker_gender"].notna()]
if len(voices) and len(people_told):
    print(f"unnamed sources: {(voices['speaker_type'] == 'unnamed').mean():.0%} of {len(voices):,} quotes; "
          f"women: {(people_told['speaker_gender'] == 'f').mean():.0%} of {len(people_told):,} quotes of named people")
else:
    print("No quote of a named person whose gender the text tells: no share to give.")

# %% [markdown]
# ## 5. The article with its quotes highlighted
#
# `nl.view` with `quotes=` marks every quote in the text and shows its speaker, so you can read
# the attributions in context. We take the article with the most quotes.

# %%
if len(quotes):
    nl.view(articles, quotes["article_id"].value_counts().idxmax(), quotes=quotes)
else:
    print("These articles contain no quotes: there is nothing to highlight.")

# %% [markdown]
# ## 6. Checking an attribution (التحقق من النسبة)
#
# Never publish a "who said what" table without reading the sentences behind the uncertain
# rows. Join each quote to its sentence on `article_id` and `sentence_id`, sort by confidence,
# and read (the sentences are shown whole, `max_chars=None`):

# %%
check = quotes.merge(
    sentences[["article_id", "sentence_id", "text"]].rename(columns={"text": "sentence"}),
    on=["article_id", "sentence_id"],
)
nl.show(check.sort_values("confidence")[["confidence", "speaker", "cue", "sentence"]].head(5), max_chars=None)

# %% [markdown]
# The offsets let you go back to the exact words: `text[speaker_start:speaker_end]` is the
# mention the speaker was read from (here for the quote attributed with the highest confidence).

# %%
located = quotes.dropna(subset=["speaker_start"]).sort_values("confidence", ascending=False, kind="stable")
if len(located):
    row = located.iloc[0]
    text = articles.set_index("article_id").loc[row["article_id"], "text"]
    print("speaker:", text[int(row["speaker_start"]):int(row["speaker_end"])])
    print("quote:  ", text[row["start"]:row["end"]])
else:
    print("No quote has a named speaker in these articles.")

# %% [markdown]
# ## 7. Your own word lists (قوائم الكلمات الخاصة بك)
#
# Quotes are found through word lists: speech verbs (أفعال القول) in `cue_verbs.tsv`, titles,
# sources … A corpus may use a verb the list lacks. Here the second quote is introduced by
# استدرك ("he went on, qualifying"), which the packaged list does not have, so it comes out as a
# partial quote with no cue (`<NA>`) and a low confidence:

# %%
import pandas as pd

example = pd.DataFrame({"article_id": ["example"], "published": [pd.Timestamp("2015-07-31")], "text": [
    "قال المدرب خالد الشمري في المؤتمر الصحفي: «الفريق جاهز للمباراة النهائية ولن نفرط في اللقب».\n"
    "واستدرك «لكن الإصابات تقلقنا قبل السفر إلى الرياض»."]})
nl.show(nl.quotes(example)[["text", "kind", "speaker", "cue", "confidence"]])

# %% [markdown]
# Without touching the installed package, put a file named like the packaged list, with the
# same header row, in a folder of your own, and call `nl.lexicons.use(folder)`: its rows are
# *added* to the packaged list (a comment line `# replace` would replace the list instead).
# `nl.analyze` workers see the same lists, and every table records them in
# `attrs["newslib"]["lexicons"]`. `nl.lexicons.use(None)` goes back to the packaged lists.

# %%
from pathlib import Path

folder = Path(FIGURES).parent / "my_lexicons"
folder.mkdir(parents=True, exist_ok=True)
(folder / "cue_verbs.tsv").write_text(
    "# Speech verbs our corpus uses that newslib lacks.\n"
    "form\tlemma\tgender\ttense\n"
    "استدرك\tاستدرك\tm\tpast\n"
    "استدركت\tاستدرك\tf\tpast\n", encoding="utf-8")
nl.lexicons.use(folder)
found = nl.quotes(example)
nl.show(found[["text", "kind", "speaker", "cue", "confidence"]])
print(found.attrs["newslib"]["lexicons"]["lists"])
nl.lexicons.use(None)

# %% [markdown]
# ## Recap
#
# * `nl.quotes(articles)` gives one row per quote: `kind` (direct, partial, indirect), `cue`,
#   `speaker`, `speaker_mention`, `confidence`, and offsets into the text.
# * Pro-drop verbs, titles and names in «» are the hard cases; the confidence and the empty
#   `speaker_start` tell you which rows to read.
# * `speaker_type` and `speaker_gender` tell who gets a voice: people or unnamed sources,
#   women or men (null when the text does not tell).
# * `nl.speakers(quotes, articles)` counts quotes per speaker; `nl.charts.bar` draws them with
#   Arabic labels; `nl.charts.save` exports the chart with its data, and `source=` names the
#   corpus under it (`nl.charts.source_note(articles)`: «المصدر: …»).
# * Check an attribution by joining the quote to its sentence and reading it.
# * `nl.lexicons.use(folder)` adds your own words (a speech verb, a title) to the lists,
#   without editing the installed package.
#
# ## Exercises
#
# 1. List every direct quote (اقتباس مباشر) of one speaker with the verb that introduces it —
#    on the bundled data, إيمانويل ماكرون; on your own, the most-quoted speaker.
# 2. Which speech verbs (أفعال القول) are used most?
# 3. Find the quotes attributed to an unnamed or collective source (خبراء، محللين …) rather
#    than a person, and read their sentences.
#
# Solutions: [`solutions/02_quote_attribution.ipynb`](solutions/02_quote_attribution.ipynb).
