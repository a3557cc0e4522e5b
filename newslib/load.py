"""Read Arabic news into the articles table without losing or bending a character.

Formats (chosen from the file name, ``.gz`` read transparently, or forced with ``format=``):

* ``text``  — scraped page text like the reference articles (title, subtitle, photo captions
  ending in an agency credit, a stray ``TT`` line, the header repeated, then the body;
  several articles a file), or a plain ``.txt`` holding one article;
* ``jsonl`` — JSON Lines, one article a line; ``json`` — a JSON array of articles (or one);
* ``csv`` / ``tsv`` — one article a row, with a text column;
* ``html``  — a saved news page (``.html``/``.htm``): main text without navigation or related
  stories, title, byline, date and URL, extracted with trafilatura (``pip install "newslib[html]"``).

For JSON and CSV input ``text`` is kept exactly as given, so offsets in every other table point
into the caller's own text. A ``metadata.csv`` beside the files fills missing fields.

Example:
    >>> import newslib as nl
    >>> arts = nl.read_articles("data/")
    >>> arts[["article_id", "published"]].astype(str).values.tolist()
    [['000_6070e3483526b2f2-0', '2020-09-30'], ['000_6070e3483526b2f2-1', '2024-12-31']]
"""

from __future__ import annotations

import codecs
import csv
import glob
import gzip
import html
import io
import json
import os
import re
import warnings
import zlib
from urllib.parse import unquote
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import pandas as pd

from newslib import schema
from newslib.arabic import is_missing

#: Input field names, in order of preference, for each articles column.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "article_id": ("article_id", "id", "_id", "uuid"),
    "text": ("text", "content", "body", "maintext", "article", "article_text"),
    "published": ("published", "date_publish", "date", "datetime", "pubdate", "published_at", "date_published"),
    "title": ("title", "headline"),
    "subtitle": ("subtitle", "description", "summary", "lead"),
    "byline": ("byline", "author", "authors"),
    "source": ("source", "source_domain", "site", "outlet"),
    "url": ("url", "link"),
    "captions": ("captions", "caption"),
}
TEXT_FIELDS = FIELD_ALIASES["text"]
METADATA_NAME = "metadata.csv"

_EXTENSIONS = {".txt": "text", ".text": "text", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv",
               ".tsv": "tsv", ".html": "html", ".htm": "html", ".xhtml": "html"}
FORMATS = frozenset(_EXTENSIONS.values())
_MAGIC = {b"%PDF": "a PDF document", b"\x89PNG": "a PNG image", b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx)",
          b"GIF8": "a GIF image", b"\xff\xd8\xff": "a JPEG image", b"\x1f\x8b": "gzip data without a .gz name"}
_CREDIT_RE = re.compile(r"\((?:[^()\n]{1,25})\)\s*$")
_CONTROL_BYTES_RE = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_TZ_RE = re.compile(r"(?:Z|[+-]\d\d:?\d\d)$")


class LoadError(ValueError):
    """An input that cannot be read as asked; the message names the file, the place and the problem."""


@dataclass
class _Problems:
    errors: str
    items: list[dict] = field(default_factory=list)

    def add(self, path: str, where: str, message: str) -> None:
        msg = f"{path}{', ' + where if where else ''}: {message}"
        if self.errors == "raise":
            raise LoadError(msg) from None  # the JSON/CSV parser error is in the message; no chained traceback
        self.items.append({"path": path, "where": where, "problem": message})


# ----------------------------------------------------------------------------- public API
def read_articles(
    source: str | os.PathLike | Iterable[str | os.PathLike],
    *,
    format: str | None = None,
    encoding: str | None = None,
    errors: str = "raise",
    text_column: str | None = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Read articles from files into the articles table.

    Args:
        source: A file, a directory (read recursively), a glob pattern, or a list of these.
        format: Force a format (``text``, ``jsonl``, ``json``, ``csv``, ``tsv``, ``html``) instead of
            guessing it from each file's extension.
        encoding: Force an encoding (e.g. ``"cp1256"``); by default UTF-8 with or without BOM,
            UTF-16 with BOM and Windows-1256 are detected. The one used is in ``encoding``.
        errors: ``"raise"`` (default) stops at the first bad file or record with a
            :class:`LoadError` naming it; ``"warn"`` skips bad records, warns once with the
            count, and lists them in ``df.attrs["problems"]``.
        text_column: For CSV/TSV, the column holding the text (default: the first of
            ``text, content, body, maintext``).
        progress: Show a progress bar (default: only for many files or large files).

    Returns:
        A new DataFrame with the columns of :data:`newslib.schema.TABLES["articles"]`
        (``article_id`` first), then any unknown input fields as extra columns.

    Raises:
        LoadError: For a missing source, an undecodable or binary file, a broken JSON line,
            a record without text, or a CSV without its text column (with ``errors="raise"``).

    Example:
        >>> arts = read_articles("data/000_6070e3483526b2f2.txt")
        >>> arts["title"].tolist()
        ['موسكو ترفض «الضغوط الخارجية» على مينسك', 'زعيم كوريا الشمالية يتعهد تعزيز الشراكة مع روسيا ويصف بوتين بـ«الصديق الأعز»']
        >>> arts.loc[0, "text"][:17]
        'وجه الرئيس الروسي'
    """
    if errors not in ("raise", "warn"):
        raise ValueError(f"errors must be 'raise' or 'warn', not {errors!r}")
    if format is not None and format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; use one of {', '.join(sorted(FORMATS))}")
    problems = _Problems(errors)
    files = _expand(source)
    show = progress if progress is not None else (len(files) > 20 or sum(_size(f) for f in files) > 20_000_000)
    records: list[dict] = []
    from tqdm.auto import tqdm

    with tqdm(total=len(files), unit="file", desc="reading", disable=not show or len(files) < 2, leave=False) as bar:
        for f in files:
            records.extend(_read_file(f, format, encoding, text_column, problems, show))
            bar.update(1)
    _apply_metadata(records, files)
    _unique_ids(records)
    df = schema.conform(records, "articles", extra=True) if records else schema.empty("articles")
    df.attrs["problems"] = problems.items
    schema.stamp(df, "read_articles", format=format, encoding=encoding, errors=errors, text_column=text_column)
    if problems.items:
        where = "; ".join(f"{p['path']} {p['where']}".strip() for p in problems.items[:3])
        more = f" and {len(problems.items) - 3} more" if len(problems.items) > 3 else ""
        warnings.warn(f"skipped {len(problems.items)} bad record(s): {where}{more} — see df.attrs['problems']", stacklevel=2)
    return df


# ----------------------------------------------------------------------------- files
def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _expand(source) -> list[Path]:
    items = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    if not items:
        raise LoadError("no source given: pass a file, a directory, a glob pattern or a list of these")
    files: list[Path] = []
    for item in items:
        p = Path(item)
        if p.is_dir():
            found = sorted(q for q in p.rglob("*") if q.is_file() and _readable_name(q))
            if not found:
                raise LoadError(f"{p}: directory holds no article files ({', '.join(sorted(_EXTENSIONS))}, optionally .gz)")
            files += found
        elif p.is_file():
            files.append(p)
        elif any(ch in str(item) for ch in "*?["):
            found = sorted(Path(q) for q in glob.glob(str(item), recursive=True) if Path(q).is_file())
            if not found:
                raise LoadError(f"{item}: no file matches this pattern")
            files += found
        else:
            raise LoadError(f"{item}: no such file or directory")
    seen: set[Path] = set()
    return [f for f in files if not (f.resolve() in seen or seen.add(f.resolve()))]


def _readable_name(p: Path) -> bool:
    if p.name.startswith(".") or p.name == METADATA_NAME or any(part.startswith(".") for part in p.parts[:-1] if part not in (".", "..")):
        return False
    return _format_of(p) is not None


def _format_of(p: Path) -> str | None:
    suffixes = [s.lower() for s in p.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return _EXTENSIONS.get(suffixes[-1]) if suffixes else None


def _stem(p: Path) -> str:
    name = p.name
    for ext in (".gz",) + tuple(_EXTENSIONS):
        if name.lower().endswith(ext):
            name = name[: -len(ext)]
    return name


def _read_bytes(p: Path) -> bytes:
    if p.name.lower().endswith(".gz"):
        try:
            with gzip.open(p, "rb") as fh:
                return fh.read()
        except (EOFError, gzip.BadGzipFile, zlib.error, OSError) as e:
            raise LoadError(f"{p}: truncated or corrupt gzip file ({e})") from None
    return p.read_bytes()


def decode(data: bytes, encoding: str | None = None, *, name: str = "<bytes>") -> tuple[str, str]:
    """Decode file bytes: returns ``(text, encoding_used)``.

    Detects UTF-8 (with or without BOM), UTF-16 with BOM and Windows-1256; a forced
    ``encoding`` is used as given. A BOM is never part of the returned text.

    Example:
        >>> decode("بوتين".encode("cp1256"))
        ('بوتين', 'cp1256')
        >>> decode(codecs.BOM_UTF8 + "بوتين".encode())
        ('بوتين', 'utf-8-sig')
    """
    if encoding:
        try:
            text = data.decode(encoding)
        except LookupError:
            raise LoadError(f"{name}: unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as e:
            raise LoadError(f"{name}: cannot be decoded as {encoding} (byte {e.start}: {data[e.start:e.start + 4]!r})") from None
        return text.lstrip("\ufeff"), encoding
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", name), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name), "utf-16"
    head = data[:8192]
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            raise LoadError(f"{name}: this is {what}, not text")
    controls = len(_CONTROL_BYTES_RE.findall(head))
    if controls > 8 and controls > len(head) // 50:  # a stray NUL is kept; a blob of them is not text
        raise LoadError(f"{name}: binary data (NUL bytes and control codes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        utf8_error = e
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        raise LoadError(f"{name}: neither UTF-8 (byte {utf8_error.start}) nor Windows-1256; pass encoding=") from None
    return text, "cp1256"


def _strict(data: bytes, enc: str, name: str) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as e:
        raise LoadError(f"{name}: has a {enc} BOM but byte {e.start} is not valid {enc}") from None


def _read_file(p: Path, format: str | None, encoding: str | None, text_column: str | None, problems: _Problems, show: bool) -> list[dict]:
    fmt = format or _format_of(p) or "text"
    try:
        data = _read_bytes(p)
        text, enc = decode(data, encoding, name=str(p))
    except LoadError as e:
        problems.add(str(p), "", str(e).split(": ", 1)[1] if str(e).startswith(str(p)) else str(e))
        return []
    base = {"path": str(p), "encoding": enc}
    if fmt == "text":
        recs = _read_text(text, p, problems)
    elif fmt == "jsonl":
        recs = _read_jsonl(text, p, problems, show)
    elif fmt == "json":
        recs = _read_json(text, p, problems)
    elif fmt == "html":
        recs = _read_html(text, p, problems)
    else:
        recs = _read_csv(text, p, problems, text_column, "\t" if fmt == "tsv" else None)
    for i, r in enumerate(recs):
        r.update(base)
        r.setdefault("_index", i)
        r["_file"] = p
        if not r.get("article_id"):
            r["article_id"] = f"{_stem(p)}-{r['_index']}"
    return recs


# ----------------------------------------------------------------------------- records
def _record(raw: dict, p: Path, where: str, problems: _Problems) -> dict | None:
    """Map one input record's fields onto the articles columns; unknown fields are kept."""
    if not isinstance(raw, dict):
        problems.add(str(p), where, f"expected a JSON object with a text field, found {type(raw).__name__}")
        return None
    text_key = next((k for k in TEXT_FIELDS if k in raw), None)
    if text_key is None:
        problems.add(str(p), where, f"record has no text field (expected one of {', '.join(TEXT_FIELDS)}; found {', '.join(map(str, raw)) or 'nothing'})")
        return None
    out: dict = {}
    used = {text_key}
    text = raw[text_key]
    # null or NaN (Python's json reads NaN) is an article without text, never the word "nan"
    out["text"] = text if isinstance(text, str) else "" if is_missing(text) else _value("text", text)
    for col, aliases in FIELD_ALIASES.items():
        if col == "text":
            continue
        for k in aliases:
            if k in raw and not is_missing(raw[k]) and raw[k] not in ("", []):
                out[col] = _value(col, raw[k])
                used.add(k)
                break
    for k, v in raw.items():
        if k not in used and k not in out:
            out[k] = v
    return out


#: Short fields that scrapers often leave HTML-escaped (``&quot;`` in 510 SaudiNewsNet titles);
#: the body ``text`` is never changed, since offsets point into it.
_UNESCAPED = ("title", "subtitle", "byline", "captions")


def _value(col: str, v):
    """One field's value as stored in the articles table.

    Example:
        >>> _value("title", "وزير المالية: &quot;الميزانية مستقرة&quot;")
        'وزير المالية: "الميزانية مستقرة"'
    """
    if col == "published":
        return _parse_date(v)
    if isinstance(v, list):  # paragraphs, authors: a null item is left out, not written "None"
        v = [str(x) for x in v if not is_missing(x)]
        v = "، ".join(v) if col == "byline" else "\n".join(v)
    v = str(v)
    return html.unescape(v) if col in _UNESCAPED and "&" in v else v


def _parse_date(v) -> pd.Timestamp | None:
    """Publication date as a naive timestamp in the outlet's own clock (a UTC offset is dropped,
    not converted, so the calendar day stays the one printed)."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        ts = pd.to_datetime(v, unit="s" if v < 1e11 else "ms", errors="coerce")
        return None if pd.isna(ts) else ts
    return _parse_date_text(str(v).strip())


@lru_cache(maxsize=65536)
def _parse_date_text(text: str) -> pd.Timestamp | None:
    # cached: a corpus repeats the same few dates thousands of times
    s = _TZ_RE.sub("", text)
    ts = pd.to_datetime(s, errors="coerce")
    if pd.isna(ts):
        ts = pd.to_datetime(s, errors="coerce", dayfirst=True)
    return None if pd.isna(ts) else ts


def _read_jsonl(text: str, p: Path, problems: _Problems, show: bool) -> list[dict]:
    # only \n ends a record: str.splitlines() would also break at U+2028/U+2029/U+0085, which
    # JSON allows unescaped inside strings (a record would be cut in two)
    lines = text.split("\n")
    out = []
    from tqdm.auto import tqdm

    for n, line in enumerate(tqdm(lines, desc=p.name, unit="rec", disable=not show or len(lines) < 5000, leave=False), 1):
        if not line.strip():
            continue
        rec = jsonl_record(line, n, p, problems)
        if rec is not None:
            rec["_index"] = len(out)
            out.append(rec)
    return out


def jsonl_record(line: str, n: int, p: Path, problems: _Problems) -> dict | None:
    """One JSON Lines record mapped onto the articles columns, or None (the problem is recorded)."""
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as e:
        problems.add(str(p), f"line {n}", f"not valid JSON ({e.msg} at column {e.colno}); expected one JSON object per line")
        return None
    return _record(raw, p, f"line {n}", problems)


def _read_json(text: str, p: Path, problems: _Problems) -> list[dict]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        if text.lstrip().startswith("{") and "\n{" in text:
            return _read_jsonl(text, p, problems, False)  # JSON Lines with a .json name
        problems.add(str(p), f"line {e.lineno}", f"not valid JSON ({e.msg} at column {e.colno})")
        return []
    if isinstance(data, dict):
        inner = next((data[k] for k in ("articles", "data", "items", "results", "records") if isinstance(data.get(k), list)), None)
        data = inner if inner is not None else [data]
    if not isinstance(data, list):
        problems.add(str(p), "", f"expected a JSON array of articles or one article object, found {type(data).__name__}")
        return []
    out = []
    for i, raw in enumerate(data):
        rec = _record(raw, p, f"record {i}", problems)
        if rec is not None:
            rec["_index"] = len(out)
            out.append(rec)
    return out


def _read_csv(text: str, p: Path, problems: _Problems, text_column: str | None, sep: str | None) -> list[dict]:
    if not text.strip():
        return []
    if sep is None:  # the delimiter the header row uses most (spreadsheets export ";" in many locales)
        header = text.lstrip("\ufeff").split("\n", 1)[0]
        sep = max(",;\t|", key=header.count)
    try:
        df = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False, na_filter=False)
    except (pd.errors.ParserError, ValueError) as e:
        problems.add(str(p), "", f"not a readable CSV/TSV file ({str(e).strip()})")
        return []
    cols = [str(c).strip().lstrip("\ufeff") for c in df.columns]
    df.columns = cols
    tcol = text_column or next((c for c in TEXT_FIELDS if c in cols), None)
    if tcol is None or tcol not in cols:
        want = repr(text_column) if text_column else "one of " + ", ".join(TEXT_FIELDS)
        problems.add(str(p), "", f"no text column {want}; columns are {', '.join(cols)} (pass text_column=)")
        return []
    out = []
    for i, row in enumerate(df.to_dict("records")):
        raw = {k: v for k, v in row.items() if v != "" or k == tcol}
        raw["text"] = raw.pop(tcol)
        rec = _record(raw, p, f"row {i + 2}", problems)
        if rec is not None:
            rec["_index"] = len(out)
            out.append(rec)
    return out


# ----------------------------------------------------------------------------- HTML pages
_URL_DATE_RE = re.compile(r"/((?:19|20)\d\d)[/-](?:[a-z_\-]+/)?(\d{1,2})[/-](\d{1,2})(?:[/\-_.]|$)")


def _date_from_url(url: str | None) -> pd.Timestamp | None:
    """A full date written in a URL path (``/2013/middle_east/8/3/``, ``/2020-06-03-1.38``).

    Example:
        >>> str(_date_from_url("http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html").date())
        '2013-08-03'
    """
    m = _URL_DATE_RE.search(url or "")
    if not m:
        return None
    try:
        return pd.Timestamp(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


_DECLARED_DATE_KEYS = ("article:published_time", "datePublished", "dc:date", "dcterms:created", "dc:created")
_DATE_ATTR_RE = re.compile(r'\b(?:content|datetime)\s*=\s*["\']((?:19|20)\d\d-\d\d-\d\d)')


def _declared_date(html: str) -> pd.Timestamp | None:
    """The publication date a page declares in a tag for machines, if any.

    Open Graph (``article:published_time``), schema.org (``datePublished``) or Dublin Core
    (``dc:date`` in Drupal's RDFa), read from the tag's ``content``/``datetime`` attribute. It is
    the publisher's own statement, so it wins over a date guessed from the page, which may be a
    "today" widget in the site's header.

    Example:
        >>> page = '<span property="dc:date" content="2019-02-08T00:00:00+01:00">الجمعة 8 فيفري 2019</span>'
        >>> str(_declared_date('<div id="year">2020</div>' + page).date())
        '2019-02-08'
    """
    for key in _DECLARED_DATE_KEYS:
        at = 0
        while (i := html.find(key, at)) >= 0:
            at = i + len(key)
            lt, gt = html.rfind("<", max(0, i - 500), i), html.find(">", i, i + 500)
            if lt < 0 or gt < 0 or html.find(">", lt, i) >= 0:
                continue  # the key is not inside one tag (text, a script)
            m = _DATE_ATTR_RE.search(html, lt, gt)
            if m:
                ts = _parse_date_text(m.group(1))
                if ts is not None:
                    return ts
    return None


def _read_html(html: str, p: Path, problems: _Problems) -> list[dict]:
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - depends on the installation
        raise LoadError(f"{p}: reading HTML pages needs trafilatura: pip install \"newslib[html]\"") from None
    if not html.strip():
        return [{"text": "", "_index": 0}]
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    if doc is None:
        problems.add(str(p), "", "no article text found in this HTML page")
        return []
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    published = _declared_date(html) or (_parse_date(d["date"]) if d.get("date") else None)
    from_url = _date_from_url(d.get("url"))
    # htmldate falls back to 1 January when it only finds a year; a full date in the URL is better
    if from_url is not None and (published is None or (published.month == 1 and published.day == 1 and published.year == from_url.year)):
        published = from_url
    return [{
        "title": d.get("title"), "byline": d.get("author"), "published": published,
        "url": unquote(d["url"]) if d.get("url") else None,
        "source": d.get("sitename") or d.get("hostname"), "text": d.get("text") or "", "description": d.get("description"),
        "_index": 0,
    }]


# ----------------------------------------------------------------------------- scraped page text
def _read_text(text: str, p: Path, problems: _Problems) -> list[dict]:
    lines = text.splitlines()
    tts = [i for i, ln in enumerate(lines) if ln.strip() == "TT"]
    if not tts:
        if not text.strip():
            return [{"text": "", "_index": 0}]
        first = next(ln.strip() for ln in lines if ln.strip())
        return [{"title": first if len(first) <= 250 else None, "text": text.strip("\ufeff"), "_index": 0}]
    return parse_scraped(lines, tts)


def parse_scraped(lines: list[str], tts: list[int]) -> list[dict]:
    """Split scraped page text into articles using the header block around each ``TT`` line.

    Before ``TT``: title, optional subtitle, photo caption(s) ending in an agency credit
    (often printed twice). After it: the title and captions repeated, then the body. The
    repeated header is the strong signal; blank-line runs only bound the body.
    """
    starts: list[int] = []
    heads = []
    for t in tts:
        after = [i for i in range(t + 1, len(lines)) if lines[i].strip()]
        title = lines[after[0]].strip() if after else ""
        start = next((i for i in range(t - 1, -1, -1) if lines[i].strip() == title), None)
        if start is None:  # no repeated title: the header starts after the previous blank-line run
            start = t
            while start > 0 and not (lines[start - 1].strip() == "" and (start < 2 or lines[start - 2].strip() == "")):
                start -= 1
        starts.append(start)
        heads.append((start, t, title))
    out = []
    for k, (start, t, title) in enumerate(heads):
        end = starts[k + 1] if k + 1 < len(heads) else len(lines)
        pre = [ln.strip() for ln in lines[start:t] if ln.strip()]
        body_start = t + 1
        repeated = set(pre)
        # skip the repeated header after TT: title and caption lines already seen before it
        i = t + 1
        while i < end and (not lines[i].strip() or lines[i].strip() in repeated):
            i += 1
        body_start = i
        post_header = {ln.strip() for ln in lines[t + 1:body_start] if ln.strip()}
        captions, subtitle = [], []
        for ln in pre:
            if ln == title:
                continue
            if ln in post_header or _CREDIT_RE.search(ln):
                if ln not in captions:
                    captions.append(ln)
            elif ln not in subtitle:
                subtitle.append(ln)
        body = [ln.rstrip() for ln in lines[body_start:end] if ln.strip()]
        out.append({
            "title": title or None,
            "subtitle": "\n".join(subtitle) or None,
            "captions": "\n".join(captions) or None,
            "text": "\n".join(body),
            "_index": k,
        })
    return out


# ----------------------------------------------------------------------------- metadata and ids
def _apply_metadata(records: list[dict], files: list[Path]) -> None:
    """Fill missing fields from a ``metadata.csv`` in each file's directory (file, index, …)."""
    tables: dict[Path, dict] = {}
    for d in {f.parent for f in files}:
        m = d / METADATA_NAME
        if m.is_file():
            text, _ = decode(m.read_bytes(), name=str(m))
            rows = list(csv.DictReader(io.StringIO(text)))
            if rows and "file" not in rows[0]:
                raise LoadError(f"{m}: needs a 'file' column (and optionally 'index', 'published', 'source', 'url', …)")
            tables[d] = {(r["file"].strip(), (r.get("index") or "").strip()): r for r in rows}
    for rec in records:
        f: Path = rec["_file"]
        meta = tables.get(f.parent)
        if meta:
            row = meta.get((f.name, str(rec["_index"]))) or meta.get((f.name, ""))
            if row:
                for k, v in row.items():
                    if k in ("file", "index") or v is None or not v.strip():
                        continue
                    if rec.get(k) in (None, "", []) or (isinstance(rec.get(k), float) and pd.isna(rec.get(k))):
                        rec[k] = _parse_date(v) if k == "published" else v.strip()
    for rec in records:
        rec.pop("_file", None)
        rec.pop("_index", None)


def _unique_ids(records: list[dict], seen: dict[str, int] | None = None) -> None:
    """Make article ids unique (``id#2``, ``id#3`` …); ``seen`` carries the ids of earlier chunks."""
    seen = {} if seen is None else seen
    for rec in records:
        aid = str(rec["article_id"])
        if aid in seen:
            seen[aid] += 1
            aid = f"{aid}#{seen[aid]}"
        else:
            seen[aid] = 1
        rec["article_id"] = aid
