"""Right-to-left tables and a displaCy-like article view for Jupyter.

Browsers lay a table cell out left to right unless told otherwise, so a cell that mixes
Arabic with a number or a Latin name comes out scrambled. :func:`show` marks the columns that
hold Arabic with ``direction: rtl; unicode-bidi: plaintext`` (each cell takes the direction
of its first strong letter, right-to-left by default). :func:`view` renders one article as
right-to-left HTML with quotes highlighted and tagged with their speaker and entities
coloured by type.

In a Jupyter kernel both display their HTML and return ``None``; elsewhere (or with
``jupyter=False``) they return the HTML string. Nothing is computed at import.

Example:
    >>> import pandas as pd
    >>> html = show(pd.DataFrame({"speaker": ["بوتين"], "quotes": [3]}), jupyter=False)
    >>> "direction: rtl; unicode-bidi: plaintext" in html and '<td class="nl-rtl nl-short">بوتين</td>' in html
    True
"""

from __future__ import annotations

import hashlib
import html as _html
from collections.abc import Iterable

import pandas as pd

import re

from newslib.arabic import ARABIC_LETTERS, ARABIC_RE, CLOSING_MARKS, DIACRITICS, OPENING_MARKS, TATWEEL, is_missing

#: A character that joins within an Arabic word: cutting the word there breaks its shaping.
_WORD_CHAR = re.compile(f"[{ARABIC_LETTERS}{DIACRITICS}{TATWEEL}]")
#: Zero-width non-joiner. The browser shapes Arabic across inline elements, so an inserted tag
#: (entity label, speaker tag) written next to a word would join with it (مكان + منظمة → "مكاز…");
#: every inserted element starts and ends with one. It takes no room and is no part of the text.
ZWNJ = "\u200c"

__all__ = ["show", "view", "ENTITY_COLORS", "ENTITY_NAMES"]

#: Font stack for Arabic in the browser: the chart font first, then common system fonts.
FONT_STACK = ("'IBM Plex Sans Arabic', 'Noto Sans Arabic', 'Noto Naskh Arabic', 'Amiri', "
              "'Segoe UI', Tahoma, 'DejaVu Sans', sans-serif")
#: Entity label → background colour (displaCy's palette).
ENTITY_COLORS = {"PER": "#aa9cfc", "LOC": "#feca74", "ORG": "#7aecec", "MISC": "#e4e7d2"}
#: Entity label → the Arabic name shown in the tag.
ENTITY_NAMES = {"PER": "شخص", "LOC": "مكان", "ORG": "منظمة", "MISC": "أخرى"}
#: Quote kind → Arabic name, shown in the tooltip and legend.
QUOTE_KINDS = {"direct": "اقتباس مباشر", "partial": "اقتباس جزئي", "indirect": "قول منقول", "title": "عنوان"}


def _esc(value) -> str:
    return _html.escape(str(value), quote=True)


def _in_notebook() -> bool:
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    return shell is not None and getattr(shell, "kernel", None) is not None


def _emit(html: str, jupyter: bool | None):
    if jupyter is None:
        jupyter = _in_notebook()
    if not jupyter:
        return html
    from IPython.display import HTML, display

    display(HTML(html))
    return None


def _uid(*parts: str) -> str:
    return "nl-" + hashlib.sha1("\x00".join(parts).encode("utf-8")).hexdigest()[:10]


# ---------------------------------------------------------------- show
def arabic_columns(df: pd.DataFrame, sample: int = 200) -> list[str]:
    """Columns whose first ``sample`` non-null values include Arabic text.

    Example:
        >>> import pandas as pd
        >>> arabic_columns(pd.DataFrame({"name": ["بوتين", None], "id": ["a1", "a2"], "n": [1, 2]}))
        ['name']
    """
    cols = []
    for c in df.columns:
        s = df[c]
        if pd.api.types.is_numeric_dtype(s) or pd.api.types.is_datetime64_any_dtype(s):
            continue
        values = s.dropna().head(sample)
        if any(isinstance(v, str) and ARABIC_RE.search(v) for v in values):
            cols.append(c)
    return cols


def _cut(text: str, max_chars: int) -> str:
    """HTML of ``text``, cut visibly after ``max_chars`` characters (at a space when one is
    near, so no word is broken in two): the cut says how many characters are left out."""
    if not max_chars or len(text) <= max_chars:
        return _esc(text).replace("\n", "<br>")
    keep = text[:max_chars]
    space = keep.rfind(" ", max_chars - 40)
    keep = keep[:space] if space > 0 else keep
    rest = len(text) - len(keep)
    return (_esc(keep).replace("\n", "<br>")
            + f' <span class="nl-cut" dir="ltr">[… {rest:,} more characters]</span>')


def _cell(value, max_chars: int) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
        return '<span class="nl-na">&lt;NA&gt;</span>'
    if isinstance(value, pd.Timestamp):
        return _esc(value.strftime("%Y-%m-%d") if value == value.normalize() else value.isoformat(sep=" "))
    if isinstance(value, float):
        return _esc(f"{value:.4g}" if abs(value) < 1e6 else f"{value:,.0f}")
    return _cut(str(value), max_chars)


def _table_css(uid: str) -> str:
    """Styles of :func:`show`. The wrapper scrolls sideways when a table is still too wide
    (``contain:inline-size`` keeps JupyterLab's output cell from growing with the table and
    clipping its last column); long cells wrap, words break only when nothing else fits."""
    return (f"<style>#{uid}{{max-width:100%;overflow-x:auto;contain:inline-size;margin:0 0 .5em}}"
            f"#{uid} table{{border-collapse:collapse;font-size:13px;margin:0;width:auto;max-width:none;"
            f"table-layout:auto;font-family:{FONT_STACK}}}"
            f"#{uid} th,#{uid} td{{padding:4px 10px;border-bottom:1px solid #e3e3e3;vertical-align:top;"
            f"white-space:normal;overflow-wrap:break-word;line-height:1.6;text-align:start}}"
            f"#{uid} thead th{{border-bottom:2px solid #999;background:#fafafa;vertical-align:bottom}}"
            f"#{uid} tbody th{{color:#777;font-weight:normal;text-align:right;unicode-bidi:plaintext}}"
            f"#{uid} .nl-rtl{{direction: rtl; unicode-bidi: plaintext; text-align:right;font-family:{FONT_STACK}}}"
            f"#{uid} .nl-num{{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}}"
            f"#{uid} .nl-short{{white-space:nowrap}}#{uid} .nl-long{{min-width:18em;max-width:45em}}"
            f"#{uid} table.nl-matrix .nl-num,#{uid} table.nl-matrix thead th{{text-align:center}}"
            f"#{uid} .nl-na{{color:#aaa}}#{uid} .nl-cut{{color:#888;font-style:italic;unicode-bidi:isolate}}"
            f"#{uid} .nl-shape{{color:#777;font-size:12px;margin:4px 0}}</style>")


def _is_short(value) -> bool:
    """A value short enough never to wrap (a name, a date): at most 20 characters."""
    return isinstance(value, str | int | float | pd.Timestamp) and len(str(value)) <= 20


def _is_matrix(df: pd.DataFrame) -> bool:
    """A wide numeric matrix with Arabic column names (people × places from
    ``nl.charts.cooccurrence``, with or without ``reset_index()``): at least two Arabic
    column names, and every column so named holds numbers."""
    arabic = [c for c in df.columns if isinstance(c, str) and ARABIC_RE.search(c)]
    return len(arabic) >= 2 and all(pd.api.types.is_numeric_dtype(df[c]) for c in arabic)


def _drop_unused_categories(series: pd.Series) -> tuple[pd.Series, list[str]]:
    """``value_counts()`` of a categorical column lists every category, used or not
    ("title 0", "MISC 0"); such zero rows are dropped and returned for the note under the table."""
    if (isinstance(series.index, pd.CategoricalIndex) and series.name in ("count", "proportion")
            and pd.api.types.is_numeric_dtype(series)):
        empty = series.eq(0)
        if empty.any():
            return series[~empty], [str(i) for i in series.index[empty]]
    return series, []


def show(df: pd.DataFrame | pd.Series, *, rtl: Iterable[str] | None = None, max_rows: int = 40, max_chars: int = 1000,
         caption: str | None = None, jupyter: bool | None = None):
    """Display a DataFrame (or Series) with its Arabic text columns laid out right to left.

    ``rtl`` names the right-to-left columns (default: those holding Arabic, see
    :func:`arabic_columns`); their cells get ``direction: rtl; unicode-bidi: plaintext`` and
    right alignment, so ``بوتين (Putin) 2024`` reads as in the article. Long cells wrap and
    the table fits the notebook's width (it scrolls sideways if it cannot); a text longer
    than ``max_chars`` is cut at a space and the cut says so (``[… 1,234 more characters]``).
    Long frames show their first and last ``max_rows // 2`` rows.

    A numeric matrix with Arabic column names (``nl.charts.cooccurrence``) is laid out right
    to left as a whole, like ``nl.charts.heatmap(rtl=True)``: row labels on the right, the
    first column next to them, later columns further left. A ``value_counts()`` of a
    categorical column loses its zero rows (categories that never occur); the note under
    the table names them. The frame is not modified. Returns the HTML unless it was
    displayed in a notebook.

    Example:
        >>> import pandas as pd
        >>> html = show(pd.DataFrame({"speaker": ["بوتين (Putin) 2024"], "id": ["q1"]}), jupyter=False)
        >>> '<td class="nl-rtl nl-short">بوتين (Putin) 2024</td>' in html, '<td class="nl-short">q1</td>' in html
        (True, True)
    """
    hidden: list[str] = []
    if isinstance(df, pd.Series):
        series, hidden = _drop_unused_categories(df)
        df = series.to_frame()
    rtl_cols = set(arabic_columns(df) if rtl is None else rtl)
    matrix = _is_matrix(df)
    n = len(df)
    if max_rows and n > max_rows:
        half = max(1, max_rows // 2)
        parts = [df.iloc[:half], None, df.iloc[n - half:]]
    else:
        parts = [df]
    numeric = {c for c in df.columns if pd.api.types.is_numeric_dtype(df[c])}
    seen = pd.concat([p for p in parts if p is not None])  # only the rows shown decide the layout
    lengths = {c: (seen[c].dropna().astype(str).str.len().max() if seen[c].notna().any() else 0)
               for c in df.columns if c not in numeric}
    # ids, dates and labels never wrap ("…-0" or "2020-09-" / "28" on two lines is unreadable),
    # nor do short Arabic names; longer ones may wrap at their spaces, long texts get room to read
    short = {c for c, k in lengths.items() if k <= 24 and c not in rtl_cols}
    long = {c for c, k in lengths.items() if k > 80}
    head = "".join(f'<th class="nl-rtl">{_esc(c)}</th>' if c in rtl_cols or (isinstance(c, str) and ARABIC_RE.search(c))
                   else f"<th>{_esc(c)}</th>" for c in df.columns)
    # the index name in the corner, with the columns' name when both are set (PER / LOC)
    names = [str(x) for x in (df.index.name, df.columns.name) if x is not None] if df.index.name is not None else []
    corner = _esc(" / ".join(names))
    rows = []
    for part in parts:
        if part is None:
            rows.append(f'<tr><th>…</th><td colspan="{len(df.columns)}" class="nl-na">… {n - 2 * half} more rows …</td></tr>')
            continue
        for idx, values in zip(part.index, part.itertuples(index=False, name=None)):
            cells = []
            for c, v in zip(df.columns, values):
                if c in rtl_cols:  # a short name stays on one line, a longer one wraps at its spaces
                    cls = "nl-rtl nl-long" if c in long else "nl-rtl nl-short" if _is_short(v) else "nl-rtl"
                else:
                    cls = "nl-num" if c in numeric else "nl-short" if c in short else "nl-long" if c in long else ""
                cells.append(f'<td class="{cls}">{_cell(v, max_chars)}</td>' if cls else f"<td>{_cell(v, max_chars)}</td>")
            th = '<th class="nl-short">' if _is_short(idx) else "<th>"
            rows.append(f"<tr>{th}{_esc(idx)}</th>{''.join(cells)}</tr>")
    body = "".join(rows)
    uid = _uid("show", head, body)
    cap = f'<caption class="nl-rtl">{_esc(caption)}</caption>' if caption else ""
    table = '<table class="nl-matrix" dir="rtl">' if matrix else "<table>"
    note = f"{n} rows × {len(df.columns)} columns"
    if hidden:
        note += f"; not shown, as they never occur: {', '.join(hidden)}"
    html = (f'<div class="nl-table" id="{uid}">{_table_css(uid)}{table}{cap}<thead><tr><th>{corner}</th>{head}</tr></thead>'
            f'<tbody>{body}</tbody></table><p class="nl-shape">{_esc(note)}</p></div>')
    return _emit(html, jupyter)


# ---------------------------------------------------------------- view
def _article(articles: pd.DataFrame, article_id) -> pd.Series:
    hit = articles.loc[articles["article_id"] == article_id] if "article_id" in articles else articles.iloc[0:0]
    if len(hit):
        return hit.iloc[0]
    if isinstance(article_id, int) and -len(articles) <= article_id < len(articles):
        return articles.iloc[article_id]
    known = ", ".join(map(str, articles.get("article_id", pd.Series(dtype=str)).head(5)))
    raise KeyError(f"no article {article_id!r}; first ids: {known}")


def _rows_for(table: pd.DataFrame | None, article_id) -> pd.DataFrame:
    if table is None or len(table) == 0:
        return pd.DataFrame(columns=["start", "end"])
    if "article_id" in table.columns:
        table = table.loc[table["article_id"] == article_id]
    return table


def _view_css(uid: str) -> str:
    """Styles of the article view.

    Quote kinds differ by colour *and* border style, so they can be told apart on any screen
    and in greyscale: a direct quote is a yellow box with a solid amber border, a partial
    quote a pink box with a dashed crimson border, an indirect (reported) quote a pale blue
    band with a dotted blue underline. Lines are 2.6 em apart, more than a highlighted line
    with its padding and border is tall, so a highlight never covers the border of the line
    above it; the legend uses the same classes.
    """
    ents = "".join(f"#{uid} .nl-ent-{k}{{background:{c}}}" for k, c in ENTITY_COLORS.items())
    return (
        f"<style>#{uid}{{direction:rtl;font-family:{FONT_STACK};line-height:2.6;max-width:52em;"
        f"font-size:16px;color:#222}}"
        f"#{uid} h2{{font-size:1.45em;line-height:1.5;margin:.2em 0}}"
        f"#{uid} .nl-sub{{color:#555;margin:0 0 .3em}}#{uid} .nl-meta{{color:#777;font-size:.85em}}"
        f"#{uid} p{{unicode-bidi:plaintext;margin:.6em 0}}"
        f"#{uid} .nl-quote{{padding:.05em .15em;border-radius:.2em;"
        f"box-decoration-break:clone;-webkit-box-decoration-break:clone}}"
        f"#{uid} .nl-quote.nl-direct{{background:#fff1b3;border:2px solid #c99700}}"
        f"#{uid} .nl-quote.nl-partial{{background:#fde4ef;border:2px dashed #c2185b}}"
        f"#{uid} .nl-quote.nl-indirect{{background:#e8f0fe;border-bottom:2px dotted #3b6fc4;border-radius:0}}"
        f"#{uid} .nl-quote.nl-title{{background:#eeeeee;border:2px solid #999}}"
        f"#{uid} .nl-speaker{{display:inline-block;font-size:.72em;line-height:1.5;background:#444;color:#fff;"
        f"border-radius:.8em;padding:0 .6em;margin:0 .35em;vertical-align:middle;unicode-bidi:isolate}}"
        f"#{uid} .nl-mention{{text-decoration:underline dotted #444;text-underline-offset:.35em}}"
        f"#{uid} .nl-ent{{padding:.1em .3em;border-radius:.35em;color:inherit;box-decoration-break:clone;"
        f"-webkit-box-decoration-break:clone}}{ents}"
        f"#{uid} .nl-ent.nl-joined{{padding-inline-start:0;border-start-start-radius:0;border-end-start-radius:0}}"
        f"#{uid} .nl-label{{font-size:.62em;font-weight:bold;margin-inline-start:.35em;color:#333;"
        f"vertical-align:middle;unicode-bidi:isolate}}"
        f"#{uid} .nl-legend{{font-size:.8em;color:#333;line-height:2.4}}"
        f"#{uid} .nl-legend > *{{margin-inline-end:.5em}}"
        f"</style>"
    )


def _spans(text: str, quotes: pd.DataFrame, entities: pd.DataFrame):
    """Quote, entity and speaker-mention spans as (start, end, kind, info) within the text."""
    n = len(text)
    out = []
    for q in quotes.to_dict("records"):
        s, e = int(q["start"]), int(q["end"])
        if 0 <= s < e <= n:
            if s > 0 and e < n and text[s - 1] in OPENING_MARKS and text[e] in CLOSING_MARKS:
                s, e = s - 1, e + 1   # highlight «…» with its marks; the speaker tag follows »
            out.append((s, e, "quote", q))
        ms, me = q.get("speaker_start"), q.get("speaker_end")
        if ms is not None and me is not None and not pd.isna(ms) and not pd.isna(me) and 0 <= int(ms) < int(me) <= n:
            out.append((int(ms), int(me), "mention", q))
    for ent in entities.to_dict("records"):
        s, e = int(ent["start"]), int(ent["end"])
        if 0 <= s < e <= n:
            out.append((s, e, "entity", ent))
    return out


def _in_word(text: str, i: int) -> bool:
    """Whether offset ``i`` falls inside an Arabic word (a proclitic before it: و|بيونغ يانغ)."""
    return 0 < i < len(text) and bool(_WORD_CHAR.match(text[i - 1])) and bool(_WORD_CHAR.match(text[i]))


def _active(spans, kind: str, a: int, b: int):
    """The span of ``kind`` covering [a, b): the shortest one (innermost) if several do."""
    hits = [sp for sp in spans if sp[2] == kind and sp[0] <= a and b <= sp[1]]
    return min(hits, key=lambda sp: (sp[1] - sp[0], sp[0])) if hits else None


def _quote_open(span) -> str:
    q = span[3]
    kind = str(q.get("kind") or "direct")
    speaker = q.get("speaker")
    tip = QUOTE_KINDS.get(kind, kind) + (f" — {speaker}" if isinstance(speaker, str) and speaker else "")
    return f'<span class="nl-quote nl-{_esc(kind)}" title="{_esc(tip)}">'


def _inserted(cls: str, text: str, attrs: str = "", tag: str = "span") -> str:
    """An element that is no part of the article's text (label, speaker tag, legend item),
    fenced with ZWNJ so its letters never join the words around it."""
    return f'<{tag} class="{cls}"{attrs}>{ZWNJ}{_esc(text)}{ZWNJ}</{tag}>'


def _speaker_tag(span) -> str:
    speaker = span[3].get("speaker")
    if not isinstance(speaker, str) or not speaker:
        speaker = "؟"
    return _inserted("nl-speaker", speaker, ' dir="auto"')


def _entity_open(span, text: str, at: int) -> str:
    """``<mark>`` of an entity piece starting at ``at``; ``nl-joined`` when a proclitic (و، ل، بـ)
    sits just before it in the same word: the box loses its padding on that side so the
    letters, which the browser still joins across the tag, touch."""
    ent = span[3]
    lab = str(ent.get("label"))
    name = ent.get("name")
    tip = lab + (f" · {name}" if isinstance(name, str) and name else "")
    joined = " nl-joined" if _in_word(text, at) else ""
    return f'<mark class="nl-ent nl-ent-{_esc(lab)}{joined}" title="{_esc(tip)}">'


def _entity_close(span) -> str:
    lab = str(span[3].get("label"))
    return _inserted("nl-label", ENTITY_NAMES.get(lab, lab)) + "</mark>"


def _paragraph_html(text: str, p0: int, p1: int, spans) -> str:
    """HTML of text[p0:p1] with quote > entity > mention elements properly nested.

    The text is cut at every span boundary; at each cut only the levels that change (and
    those inside them) are closed and reopened, so an entity is split only where a quote
    boundary crosses it. A quote's speaker tag is written where the quote really ends.
    """
    local = [sp for sp in spans if sp[0] < p1 and sp[1] > p0]
    cuts = sorted({p0, p1, *(min(max(x, p0), p1) for sp in local for x in sp[:2])})
    kinds = ("quote", "entity", "mention")
    cur: list = [None, None, None]
    out: list[str] = []

    def close(level: int, at: int):
        sp = cur[level]
        if level == 0:
            out.append((_speaker_tag(sp) if sp[1] <= at else "") + "</span>")
        elif level == 1:
            out.append(_entity_close(sp) if sp[1] <= at else "</mark>")
        else:
            out.append("</span>")

    def open_(level: int, sp, at: int):
        out.append(_quote_open(sp) if level == 0 else _entity_open(sp, text, at) if level == 1
                   else '<span class="nl-mention">')

    for a, b in zip(cuts, cuts[1:]):
        new = [_active(local, k, a, b) for k in kinds]
        first = next((i for i in range(3) if new[i] is not cur[i]), 3)
        for level in range(2, first - 1, -1):
            if cur[level] is not None:
                close(level, a)
        for level in range(first, 3):
            if new[level] is not None:
                open_(level, new[level], a)
        cur = new
        out.append(_esc(text[a:b]))
    for level in range(2, -1, -1):
        if cur[level] is not None:
            close(level, p1)
    return "".join(out)


def _legend(entities: pd.DataFrame, quotes: pd.DataFrame) -> str:
    """The entity types and quote kinds present, drawn with the same classes as in the text.

    Items are separated by a space and each is fenced with ZWNJ: written side by side, the
    browser would join مكان with the next item's first letter.
    """
    items = []
    labels = set(entities["label"].astype(str)) if "label" in entities and len(entities) else set()
    for lab in ENTITY_COLORS:
        if lab in labels:
            items.append(_inserted(f"nl-ent nl-ent-{lab}", ENTITY_NAMES[lab], tag="mark"))
    kinds = set(quotes["kind"].astype(str)) if "kind" in quotes and len(quotes) else set()
    for kind, name in QUOTE_KINDS.items():
        if kind in kinds:
            items.append(_inserted(f"nl-quote nl-{kind}", name))
    return f'<div class="nl-legend">{" ".join(items)}</div>' if items else ""


def view(articles: pd.DataFrame, article_id, quotes: pd.DataFrame | None = None,
         entities: pd.DataFrame | None = None, *, jupyter: bool | None = None):
    """One article as right-to-left HTML: quotes highlighted and tagged with their speaker,
    entities coloured by type (a displaCy for Arabic news).

    ``article_id`` is an id from ``articles["article_id"]`` (or a row position). ``quotes``
    and ``entities`` are the tables of ``nl.quotes`` and ``nl.entities`` (rows of other
    articles are ignored); their ``start``/``end`` offsets point into the article's ``text``.
    Each quote ends with a tag naming its speaker; the speaker's mention is underlined; each
    entity carries its type (شخص، مكان، منظمة، أخرى) and its canonical name as a tooltip.
    Marks cover exactly ``text[start:end]``, as in the tables: the proclitic of وبيونغ يانغ
    stays outside and still joins its word. Inserted tags are fenced with ZWNJ (U+200C) so
    their letters never join the article's.
    Paragraphs take their direction from their first letter. Returns the HTML unless it was
    displayed in a notebook.

    Example:
        >>> import pandas as pd
        >>> arts = pd.DataFrame({"article_id": ["a"], "title": ["عنوان"], "text": ["قال بوتين: «نعم»."]})
        >>> ents = pd.DataFrame({"article_id": ["a"], "start": [4], "end": [9], "label": ["PER"], "name": ["فلاديمير بوتين"]})
        >>> q = pd.DataFrame({"article_id": ["a"], "start": [12], "end": [15], "kind": ["direct"], "speaker": ["فلاديمير بوتين"]})
        >>> html = view(arts, "a", quotes=q, entities=ents, jupyter=False)
        >>> '>بوتين<span class="nl-label">\\u200cشخص\\u200c</span></mark>' in html
        True
        >>> 'title="اقتباس مباشر — فلاديمير بوتين">«نعم»<span class="nl-speaker" dir="auto">\\u200cفلاديمير بوتين\\u200c</span>' in html
        True
    """
    art = _article(articles, article_id)
    aid = art.get("article_id", article_id)
    text = "" if is_missing(art.get("text")) else str(art.get("text"))  # NA/NaN: no text, not "nan"
    q = _rows_for(quotes, aid)
    ents = _rows_for(entities, aid)
    spans = _spans(text, q, ents)
    paras, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            paras.append(f'<p dir="auto">{_paragraph_html(text, pos, end, spans)}</p>')
        pos = end + 1
    head = []
    if isinstance(art.get("title"), str) and art.get("title"):
        head.append(f'<h2 dir="auto">{_esc(art["title"])}</h2>')
    if isinstance(art.get("subtitle"), str) and art.get("subtitle"):
        head.append(f'<p class="nl-sub" dir="auto">{_esc(art["subtitle"])}</p>')
    meta = []
    for key in ("source", "published", "byline"):
        v = art.get(key)
        if v is not None and not pd.isna(v) and str(v):
            meta.append(_esc(v.strftime("%Y-%m-%d") if isinstance(v, pd.Timestamp) else v))
    meta.append(_esc(aid))
    # Right to left like the article, each item isolated: a Latin outlet name first made the
    # whole line left-to-right, flush left, read from the id back to the outlet.
    head.append(f'<div class="nl-meta" dir="rtl">{" · ".join(f"<bdi>{m}</bdi>" for m in meta)}</div>')
    body = "".join(paras)
    uid = _uid("view", str(aid), body)
    html = (f'<div class="nl-article" id="{uid}" dir="rtl" lang="ar">{_view_css(uid)}{"".join(head)}'
            f'{_legend(ents, q)}{body}</div>')
    return _emit(html, jupyter)
