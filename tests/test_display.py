"""nl.show and nl.view: right-to-left HTML whose text is exactly the data's, properly nested."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pandas as pd
import pytest

import newslib as nl
from newslib import schema
from newslib.arabic import ARABIC_LETTERS, DIACRITICS, TATWEEL
from newslib.display import arabic_columns

_JOINING = re.compile(f"[{ARABIC_LETTERS}{DIACRITICS}{TATWEEL}]")

PUTIN = "000_6070e3483526b2f2-0"


class _Tree(HTMLParser):
    """Checks nesting and collects the article text, skipping <style>, the title block, the
    legend and the inserted tags (entity labels, speaker tags)."""

    VOID = {"br", "meta"}
    INSERTED = ("nl-label", "nl-speaker", "nl-legend", "nl-meta", "nl-sub")

    def __init__(self):
        super().__init__()
        self.stack, self.text, self.skip, self.marks = [], [], 0, []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        cls = dict(attrs).get("class") or ""
        inserted = tag in ("style", "h2") or any(c in cls for c in self.INSERTED)
        self.stack.append((tag, inserted))
        self.skip += inserted
        if tag == "mark" and not self.skip:
            self.marks.append([cls, ""])

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        open_tag, inserted = self.stack.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"
        self.skip -= inserted
        if tag == "p" and not self.skip:
            self.text.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.text.append(data)
            if any(t == "mark" for t, _ in self.stack):
                self.marks[-1][1] += data


def parse(html: str) -> _Tree:
    tree = _Tree()
    tree.feed(html)
    tree.close()
    assert tree.stack == [], f"unclosed: {tree.stack}"
    return tree


class _Runs(HTMLParser):
    """The visible text as runs ``(owner, text)``: the owner is the innermost inserted element
    (entity label, speaker tag, legend item), or None for the article's own text."""

    VOID = {"br", "meta"}

    def __init__(self):
        super().__init__()
        self.stack, self.runs, self.serial = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        self.serial += 1
        cls = dict(attrs).get("class") or ""
        in_legend = bool(self.stack) and "nl-legend" in self.stack[-1][1]
        boundary = any(c in cls for c in ("nl-label", "nl-speaker")) or in_legend
        owner = self.serial if boundary else (self.stack[-1][2] if self.stack else None)
        self.stack.append((tag, cls, owner))

    def handle_endtag(self, tag):
        if tag not in self.VOID:
            self.stack.pop()

    def handle_data(self, data):
        if data and not (self.stack and self.stack[-1][0] == "style"):
            self.runs.append((self.stack[-1][2] if self.stack else None, data))


def joined_across(html: str) -> list[str]:
    """Places where an Arabic letter of one element touches an Arabic letter of another
    (an inserted tag next to the text, or two legend items): the browser would join them."""
    parser = _Runs()
    parser.feed(html)
    bad = []
    for (o1, t1), (o2, t2) in zip(parser.runs, parser.runs[1:]):
        if o1 != o2 and _JOINING.match(t1[-1]) and _JOINING.match(t2[0]):
            bad.append(t1[-8:] + "|" + t2[:8])
    return bad


def _find(text: str, word: str, nth: int = 0) -> int:
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(word, pos + 1)
    return pos


@pytest.fixture(scope="module")
def putin_tables(articles):
    text = articles.loc[articles.article_id == PUTIN, "text"].iloc[0]
    s_vlad = _find(text, "فلاديمير بوتين")
    s_minsk = _find(text, "مينسك")
    s_eu = _find(text, "للاتحاد الأوروبي") + 2     # proclitic لل excluded, as nl.entities does
    s_osce = _find(text, "منظمة الأمن والتعاون في أوروبا")
    entities = schema.conform([
        {"article_id": PUTIN, "start": s_vlad, "end": s_vlad + 14, "text": "فلاديمير بوتين", "label": "PER", "name": "فلاديمير بوتين"},
        {"article_id": PUTIN, "start": s_minsk, "end": s_minsk + 5, "text": "مينسك", "label": "LOC", "name": "مينسك"},
        {"article_id": PUTIN, "start": s_eu, "end": s_eu + 14, "text": "اتحاد الأوروبي", "label": "ORG", "name": "الاتحاد الأوروبي"},
        {"article_id": PUTIN, "start": s_osce, "end": s_osce + 30, "text": "منظمة الأمن والتعاون في أوروبا", "label": "ORG", "name": "منظمة الأمن والتعاون في أوروبا"},
        {"article_id": "other", "start": 0, "end": 3, "text": "x", "label": "MISC", "name": "x"},
    ], "entities")
    q1 = _find(text, "الضغوط الخارجية غير المسبوقة")
    q2 = _find(text, "روابط تاريخية توحّد البلدين")
    quotes = schema.conform([
        {"article_id": PUTIN, "quote_id": 0, "start": q1, "end": q1 + 28, "text": "الضغوط الخارجية غير المسبوقة",
         "kind": "direct", "speaker": "فلاديمير بوتين", "speaker_mention": "بوتين",
         "speaker_start": s_vlad + 9, "speaker_end": s_vlad + 14},
        {"article_id": PUTIN, "quote_id": 1, "start": q2, "end": q2 + 27, "text": "روابط تاريخية توحّد البلدين",
         "kind": "partial", "speaker": "فلاديمير بوتين"},
    ], "quotes")
    return text, quotes, entities


def test_view_keeps_the_text_and_nests(articles, putin_tables):
    text, quotes, entities = putin_tables
    html = nl.view(articles, PUTIN, quotes=quotes, entities=entities, jupyter=False)
    tree = parse(html)
    shown = "".join(tree.text).strip("\n")
    # Every paragraph of the article, nothing added, nothing lost (tags and legend excluded).
    assert shown == "\n".join(p for p in text.split("\n") if p.strip())
    assert html.startswith('<div class="nl-article" id="nl-') and 'dir="rtl" lang="ar"' in html


def test_view_marks_entities_and_quotes(articles, putin_tables):
    text, quotes, entities = putin_tables
    html = nl.view(articles, PUTIN, quotes=quotes, entities=entities, jupyter=False)
    tree = parse(html)
    marks = [tuple(m) for m in tree.marks]
    assert ("nl-ent nl-ent-PER", "فلاديمير بوتين") in marks          # one mark, not split by the mention
    assert ("nl-ent nl-ent-LOC", "مينسك") in marks
    assert ("nl-ent nl-ent-ORG nl-joined", "اتحاد الأوروبي") in marks  # exactly start:end, proclitic left out
    assert ("nl-ent nl-ent-ORG", "منظمة الأمن والتعاون في أوروبا") in marks
    assert len(marks) == 4 and 'nl-ent-MISC"' not in html               # other article's rows ignored
    # Quote: highlighted with its marks, speaker tag after », tooltip with kind and speaker.
    assert ('<span class="nl-quote nl-direct" title="اقتباس مباشر — فلاديمير بوتين">«الضغوط الخارجية غير المسبوقة»'
            '<span class="nl-speaker" dir="auto">\u200cفلاديمير بوتين\u200c</span></span>') in html
    assert 'class="nl-quote nl-partial"' in html
    assert '<span class="nl-mention">بوتين</span><span class="nl-label">\u200cشخص\u200c</span></mark>' in html
    assert html.count('class="nl-speaker"') == 2
    for needle in ("direction:rtl", "unicode-bidi:plaintext", "IBM Plex Sans Arabic"):
        assert needle in html


def test_view_highlights_exactly_the_table_rows(articles, putin_tables):
    # The mark holds text[start:end] and nothing more, so the view agrees with the table; the
    # proclitic stays outside, written against the tag with no space or ZWNJ (the browser
    # keeps joining the letters, لـ|ـلاتحاد), and the box loses its padding on that side.
    text, quotes, entities = putin_tables
    html = nl.view(articles, PUTIN, quotes=quotes, entities=entities, jupyter=False)
    marks = [m[1] for m in parse(html).marks]
    ours = entities[entities["article_id"] == PUTIN]
    assert sorted(marks) == sorted(text[s:e] for s, e in zip(ours["start"], ours["end"]))
    assert '(لل<mark class="nl-ent nl-ent-ORG nl-joined" title="ORG · الاتحاد الأوروبي">اتحاد الأوروبي' in html
    assert '<mark class="nl-ent nl-ent-LOC" title="LOC · مينسك">مينسك' in html   # a whole word: no nl-joined
    assert "nl-joined{padding-inline-start:0" in html


def test_view_never_joins_inserted_tags_to_the_text(articles, putin_tables):
    # Labels, speaker tags and legend items are fenced with ZWNJ (or a space), so مكان in the
    # legend cannot join the next item (once shown as "مكاز") and شخص cannot join a name.
    text, quotes, entities = putin_tables
    html = nl.view(articles, PUTIN, quotes=quotes, entities=entities, jupyter=False)
    assert joined_across(html) == []
    legend = html.split('<div class="nl-legend">')[1].split("</div>")[0]
    assert "</mark><mark" not in legend and "</span><span" not in legend and "</mark><span" not in legend
    assert '<mark class="nl-ent nl-ent-LOC">\u200cمكان\u200c</mark> <mark class="nl-ent nl-ent-ORG">' in legend
    # the old HTML (items written side by side) is caught by the same check
    assert joined_across('<div class="nl-legend"><span><mark>مكان</mark></span><span><mark>منظمة</mark></span></div>') \
        == ["مكان|منظمة"]
    assert joined_across('<p>قال كيم<span class="nl-label">شخص</span></p>') == ["قال كيم|شخص"]


def test_view_quote_kinds_differ_by_colour_and_border(articles, putin_tables):
    # Direct and partial quotes differ in fill and border style, not just an underline; the
    # legend draws each kind with the class used in the text; lines leave room for the boxes.
    text, quotes, entities = putin_tables
    html = nl.view(articles, PUTIN, quotes=quotes, entities=entities, jupyter=False)
    assert ".nl-quote.nl-direct{background:#fff1b3;border:2px solid #c99700}" in html
    assert ".nl-quote.nl-partial{background:#fde4ef;border:2px dashed #c2185b}" in html
    assert "line-height:2.6;" in html
    legend = html.split('<div class="nl-legend">')[1].split("</div>")[0]
    assert '<span class="nl-quote nl-direct">\u200cاقتباس مباشر\u200c</span>' in legend
    assert '<span class="nl-quote nl-partial">\u200cاقتباس جزئي\u200c</span>' in legend
    assert "قول منقول" not in legend                      # no indirect quote in these tables


def test_view_without_annotations_and_by_position(articles):
    html = nl.view(articles, 1, jupyter=False)
    assert "كوريا الشمالية" in html and "<mark" not in html and "nl-quote" not in html.split("</style>")[1]
    with pytest.raises(KeyError, match="no article"):
        nl.view(articles, "nope", jupyter=False)


def test_view_escapes_html():
    arts = pd.DataFrame({"article_id": ["x"], "title": ["<b>عنوان</b>"], "text": ["قال: «a < b & c» فقط"]})
    q = pd.DataFrame({"article_id": ["x"], "start": [6], "end": [15], "kind": ["direct"], "speaker": ["<script>"]})
    html = nl.view(arts, "x", quotes=q, jupyter=False)
    assert "<script>" not in html and "&lt;script&gt;" in html and "«a &lt; b &amp; c»" in html
    assert "<b>" not in html


def test_show_marks_arabic_columns_rtl():
    df = pd.DataFrame({
        "speaker": ["فلاديمير بوتين", "ألكسندر لوكاشينكو", None],
        "note": ["بوتين (Putin) 2024", "Putin said", "عام ٢٠٢٤"],
        "article_id": ["a-0", "a-1", "a-2"],
        "quotes": [5, 3, 1],
        "published": pd.to_datetime(["2020-09-30", "2024-12-31", None]),
    })
    before = df.copy()
    html = nl.show(df, jupyter=False, caption="المتحدثون")
    pd.testing.assert_frame_equal(df, before)
    assert arabic_columns(df) == ["speaker", "note"]
    assert "direction: rtl; unicode-bidi: plaintext" in html
    assert '<td class="nl-rtl nl-short">بوتين (Putin) 2024</td>' in html
    assert '<td class="nl-rtl nl-short">Putin said</td>' in html     # same column, same rule
    assert '<td class="nl-short">a-0</td>' in html and '<td class="nl-num">5</td>' in html  # ids never wrap
    assert '<td class="nl-short">2020-09-30</td>' in html and html.count("&lt;NA&gt;") == 2
    assert '<td class="nl-rtl nl-short">فلاديمير بوتين</td>' in html           # a short name never wraps
    assert '<th class="nl-rtl">speaker</th>' in html and '<caption class="nl-rtl">المتحدثون</caption>' in html
    tree = parse(html)
    assert tree.stack == []


def test_show_truncates_long_frames_and_cuts_texts_visibly(articles):
    df = pd.DataFrame({"n": range(100), "text": ["نص " * 600] * 100})
    html = nl.show(df, max_rows=10, jupyter=False)
    assert html.count("<tr>") == 1 + 10 + 1 and "… 90 more rows …" in html
    # 1,800 characters: cut at the last space before 1,000, and the cut says what is left out
    assert ('<td class="nl-rtl nl-long">' + "نص " * 333 + '<span class="nl-cut" dir="ltr">[… 802 more characters]</span></td>'
            in html)
    assert "100 rows × 2 columns" in html
    assert nl.show(articles, jupyter=False).count('class="nl-rtl') >= 3  # title, text, captions…
    speakers = pd.Series({"بوتين": 3}, name="quotes").rename_axis("speaker")
    assert '<tr><th class="nl-short">بوتين</th><td class="nl-num">3</td></tr>' in nl.show(speakers, jupyter=False)
    assert "<th>speaker</th>" in nl.show(speakers, jupyter=False)       # the index name in the corner


def test_show_wraps_a_long_sentence_instead_of_cutting_it(articles):
    # Notebook 01 shows nl.sentences(articles).head(8); its longest sentence (371 characters)
    # was cut at 300 with "…". It now wraps in full.
    sentences = nl.sentences(articles).head(8)
    longest = max(sentences["text"], key=len)
    assert len(longest) == 371
    html = nl.show(sentences, jupyter=False)
    assert f'<td class="nl-rtl nl-long">{longest}</td>' in html and "nl-cut" not in html.split("</style>")[1]


def test_show_fits_wide_tables_in_the_notebook(articles, putin_tables):
    # nl.show(entities.head(12)) was wider than JupyterLab's cell and lost its last column:
    # short values (ids, short names) stay on one line, longer names wrap at their spaces,
    # and the wrapper scrolls sideways instead of widening the output cell.
    text, quotes, entities = putin_tables
    html = nl.show(entities, jupyter=False)
    assert "{max-width:100%;overflow-x:auto;contain:inline-size;" in html
    assert '<td class="nl-short">000_6070e3483526b2f2-0</td>' in html
    assert '<td class="nl-rtl nl-short">فلاديمير بوتين</td>' in html
    assert '<td class="nl-rtl">منظمة الأمن والتعاون في أوروبا</td>' in html      # 30 characters: may wrap
    assert "white-space:normal;overflow-wrap:break-word" in html


def test_show_hides_unused_categories_of_value_counts():
    # quotes["kind"].value_counts() listed "title 0": a category that never occurs
    kinds = pd.Series(["partial", "direct", "partial"], dtype=pd.CategoricalDtype(["direct", "partial", "indirect", "title"]))
    counts = kinds.value_counts()
    html = nl.show(counts, jupyter=False)
    assert '<th class="nl-short">partial</th><td class="nl-num">2</td>' in html
    assert ">title<" not in html and ">indirect<" not in html
    assert "2 rows × 1 columns; not shown, as they never occur: indirect, title" in html
    assert len(counts) == 4                                    # the Series itself is untouched
    # a zero that is a value (not a value_counts of unused categories) stays
    sums = pd.Series([0, 5], index=pd.CategoricalIndex(["مكان", "شخص"]), name="total")
    assert '<td class="nl-num">0</td>' in nl.show(sums, jupyter=False)


def test_show_lays_an_arabic_matrix_out_right_to_left():
    # Like nl.charts.heatmap(rtl=True): row labels on the right, the first column (موسكو)
    # next to them, later columns further left. In dir="rtl" the first cell of a row is the
    # rightmost, so the HTML order is the data order.
    m = pd.DataFrame([[3, 1], [0, 2]], index=pd.Index(["بوتين", "ماكرون"], name="PER"),
                     columns=pd.Index(["موسكو", "باريس"], name="LOC"))
    for frame in (m, m.reset_index()):
        html = nl.show(frame, jupyter=False)
        assert '<table class="nl-matrix" dir="rtl">' in html
        assert html.index('<th class="nl-rtl">موسكو</th>') < html.index('<th class="nl-rtl">باريس</th>')
    assert "<thead><tr><th>PER / LOC</th>" in nl.show(m, jupyter=False)
    # Arabic column names over text, or a single Arabic column, keep the usual layout
    assert 'dir="rtl"' not in nl.show(pd.DataFrame({"الاسم": ["بوتين"], "البلد": ["روسيا"]}), jupyter=False)
    assert 'dir="rtl"' not in nl.show(pd.DataFrame({"موسكو": [1], "n": [2]}), jupyter=False)


def test_view_meta_line_reads_right_to_left_with_each_item_isolated():
    # The outlet's Latin name came first, so dir="auto" made the line left-to-right: flush left
    # under a right-aligned article, read from the id back to the outlet.
    arts = pd.DataFrame({"article_id": ["snn-6e0758c2dad7"], "source": ["aawsat"], "byline": ["الكويت: يعقوب الإبراهيم"],
                         "published": [pd.Timestamp("2015-07-21")], "title": ["الأرمن.. تأثيرهم وبصماتهم على المشرق العربي"],
                         "text": ["في الحلقة الثانية من بحثنا."]})
    html = nl.view(arts, "snn-6e0758c2dad7", jupyter=False)
    assert ('<div class="nl-meta" dir="rtl"><bdi>aawsat</bdi> · <bdi>2015-07-21</bdi> · '
            '<bdi>الكويت: يعقوب الإبراهيم</bdi> · <bdi>snn-6e0758c2dad7</bdi></div>') in html
