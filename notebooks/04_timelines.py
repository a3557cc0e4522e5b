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
# # 04 · Timelines: when did it happen? (متى حدث ذلك؟)
#
# News rarely gives full dates. It says "yesterday" (أمس), "the day before yesterday"
# (أول من أمس), "on Monday" (يوم الاثنين), "last month" (الشهر الماضي). `nl.timeline` finds
# these temporal expressions (التعبيرات الزمنية) and resolves them against the publication
# day (تاريخ النشر) to calendar dates — then we draw the events and join them to who said what.

# %% tags=["parameters"]
DATA = "../data"
FIGURES = "../reports/figures"
LIMIT = 300     # analyse a random sample of this many articles (None: all of them)

# %%
import newslib as nl

nl.charts.style()
articles = nl.read_articles(DATA)
print(f"{len(articles):,} articles")
if LIMIT and LIMIT < len(articles):
    articles = articles.sample(LIMIT, random_state=0).sort_index()
    print(f"a random sample of {LIMIT:,} is analysed (LIMIT in the parameters cell)")
nl.show(articles[[c for c in ["article_id", "published", "date_kind", "title"] if c in articles]].head(5))

# %% [markdown]
# **Articles without a publication date** (بلا تاريخ نشر). "Yesterday" can only be resolved if
# we know the day the article appeared. Where `published` is missing, relative expressions
# (أمس، الشهر الماضي، يوم الاثنين) are still found but get no value and no date; only absolute
# ones (عام 2022، 9 أغسطس 2020) are dated. And a date is only as good as its source: some
# archives store the day a page was *crawled* (`date_kind` says so when the corpus does), and
# relative dates resolved against it may be off by days or more.

# %%
undated = articles["published"].isna().sum()
print(f"{len(articles) - undated:,} of {len(articles):,} articles have a publication date; "
      f"{undated:,} have none, so their relative dates stay unresolved")
if "date_kind" in articles:
    print(articles["date_kind"].value_counts(dropna=False).head(3).to_dict())

# %% [markdown]
# ## 1. Resolving dates against the publication day
#
# Each row is one expression: its words (`text`), its TIMEX3 `type` (date, time, duration,
# set), its `value` (an ISO date, week, month or year), the first and last day it covers
# (`date_start`, `date_end`) and its `anchor` — `published` when it was resolved from the
# publication day, `absolute` when the text gave the date itself.

# %%
timeline = nl.timeline(articles)
print(f"{len(timeline):,} expressions, {timeline['date_start'].notna().sum():,} of them with a date")
nl.show(timeline[["article_id", "sentence_id", "text", "type", "value", "date_start", "date_end", "anchor"]].head(12))

# %% [markdown]
# On the bundled data, the first article was published on Wednesday 30 September 2020: "yesterday" (<bdi>أمس</bdi>) is
# 29 September, "the day before yesterday" (<bdi>أول من أمس</bdi>) is 28 September, and "Sunday"
# (<bdi>الأحد</bdi>) is the Sunday *before* publication — news
# weekdays point to the past unless the verb says otherwise. The year in
# <bdi>**فبراير (شباط) 2022**</bdi> is kept; the bracketed Levantine month name (شباط) is the same month.

# %%
resolved = timeline.merge(articles[["article_id", "published"]], on="article_id")
nl.show(resolved[resolved["anchor"] == "published"][["published", "text", "value", "granularity"]].head(12))

# %% [markdown]
# ## 2. An events timeline (خط زمني للأحداث)
#
# The events of a story are its days and months; "this year" or "the 21st century" frame it
# but would squeeze everything else into a dot. Keep the dated `day` and `month` expressions of
# one article — the one with the most of them (on the bundled data, the article on Putin and
# Belarus, بوتين وبيلاروسيا) — and draw each one at its first day, annotated with the
# Arabic words it was read from. Time runs from right to left, like the text.

# %%
dated = timeline[timeline["granularity"].isin(["day", "month"]) & timeline["date_start"].notna()]
if len(dated):
    story = dated["article_id"].value_counts().idxmax()
    events = dated[dated["article_id"] == story]
    headline = articles.set_index("article_id").loc[story, "title"]
    print(f"{story}: {headline}")
    ax = nl.charts.timeline_plot(events, title="الخط الزمني لأحداث المقال")
    nl.charts.save(ax.figure, f"{FIGURES}/04_timeline", data=events,
                   source=nl.charts.source_note(articles[articles["article_id"] == story]));
else:
    print("No article has a dated day or month: no events timeline (are publication dates missing?).")

# %% [markdown]
# ## 3. Joining timeline, quotes and entities (الربط بين الجداول)
#
# Every table carries `article_id` and `sentence_id`, so a join on both says *who* said *what*
# *when*: a quote and a date in the same sentence.

# %%
quotes = nl.quotes(articles)
when = quotes.merge(
    timeline[["article_id", "sentence_id", "text", "value"]].rename(columns={"text": "when_text", "value": "when"}),
    on=["article_id", "sentence_id"],
)
print(f"{len(when):,} quotes share their sentence with a temporal expression")
nl.show(when[["speaker", "cue", "when_text", "when", "text"]].head(10))

# %% [markdown]
# And with entities: the places mentioned in the same sentence as each date.

# %%
entities = nl.entities(articles)
places = entities[entities["label"] == "LOC"][["article_id", "sentence_id", "name"]]
dated_places = timeline.merge(places, on=["article_id", "sentence_id"]).drop_duplicates(["value", "text", "name"])
nl.show(dated_places.groupby(["value", "text"])["name"].agg("، ".join).reset_index().head(12))

# %% [markdown]
# ## 4. The periods a results statement compares (الفترات في نتائج الشركات)
#
# Business pages compare periods: a quarter (ربع) or a half-year (نصف) with "the same period of
# the year before" (الفترة المماثلة من العام السابق). `nl.timeline` resolves each against the
# period the statement reports, and `date_start`/`date_end` give the exact calendar range, so a
# chart by quarter just works (the chart puts each period at its first day; periods that start
# on the same day share a label; `max_chars=32` keeps «الفترة المماثلة من العام السابق» whole).
# A short statement, written for this notebook:

# %%
import pandas as pd

statement = pd.DataFrame({"article_id": ["results"], "published": [pd.Timestamp("2015-07-21")], "text": [
    "أعلنت شركة الخليج للبتروكيماويات أمس نتائجها المالية للربع الثاني من عام 2015، إذ بلغ صافي "
    "الربح 420 مليون ريال مقابل 510 ملايين ريال في الربع المماثل من العام السابق. وبلغ صافي الربح "
    "للربع الأول من العام الحالي 380 مليون ريال. وعن النصف الأول من عام 2015 بلغ صافي الربح 800 "
    "مليون ريال مقابل مليار ريال للفترة المماثلة من العام السابق. وتتوقع الشركة تحسن الأداء في "
    "الربع الرابع بعد تشغيل المصنع الجديد في أكتوبر المقبل."]})
periods = nl.timeline(statement)
nl.show(periods[["text", "value", "granularity", "date_start", "date_end"]])

# %%
ax = nl.charts.timeline_plot(periods[periods["granularity"].isin(["quarter", "half"])],
                             title="الفترات التي تقارن بينها النتائج", max_chars=32)
nl.charts.save(ax.figure, f"{FIGURES}/04_results_periods", data=periods[["text", "value", "date_start", "date_end"]]);

# %% [markdown]
# ## Recap
#
# * `nl.timeline(articles)` finds dates, times, durations and sets, and resolves relative ones
#   (أمس، الشهر الماضي، يوم الاثنين) against `published`.
# * `value` is an ISO/TIMEX3 value (`2015-Q2`, `2014-H1` for a results statement's periods);
#   `date_start`/`date_end` give the period as real dates;
#   `anchor` says where the resolution came from.
# * `nl.charts.timeline_plot` draws the events with their Arabic words.
# * `article_id` + `sentence_id` join timelines, quotes and entities.
#
# ## Exercises
#
# 1. Pretend the articles were published a week later (change `published` in a copy of
#    `articles`) and re-run `nl.timeline`. Which values change, and which do not?
# 2. Read the sentences behind the events of the timeline above (join on `article_id` and
#    `sentence_id`). On the bundled data (Putin and Belarus): on which days did Macron talk
#    with the Lithuanian president and meet Tsikhanouskaya?
# 3. Durations (مدة) and sets (تكرار) have no calendar date. Run `nl.timeline` on a one-row
#    table with the sentence <bdi>«استمرت الحرب ثلاث سنوات، ويجتمع المجلس كل أسبوع منذ أكتوبر الماضي»</bdi>
#    (and a `published` date): what are their `type`, `value` and `date_start`?
#
# Solutions: [`solutions/04_timelines.ipynb`](solutions/04_timelines.ipynb).
