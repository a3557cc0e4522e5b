"""Word lists as data: small TSV files an analyst can read and extend.

Each file has ``#`` comment lines (what it is, where the entries come from), then a header
row, then one entry a line, tab-separated. Files are read once and cached.

Your own lists, without editing the installed package: put TSV files named like the packaged
ones (``cue_verbs.tsv`` …), with the same header row, in a folder and call
``use("my_lexicons/")`` (or set the environment variable ``NEWSLIB_LEXICONS`` to the folder,
several separated by ``os.pathsep``, before Python starts). A user file's rows are *added* to
the packaged list: user rows first, then the packaged ones, exact duplicates dropped. A user
file with a comment line ``# replace`` replaces the packaged list instead. ``use(None)`` goes
back to the packaged lists. With several folders, the first comes first; a ``# replace`` file
also hides the same list in the folders after it.

Every cache built from the lists is forgotten on :func:`use`: each module-level
``functools.lru_cache`` in a newslib module (so a new cache needs no registration), and any
other clearing function given to :func:`on_change`.

Example:
    >>> rows = read("_example")
    >>> rows[0]["word"]
    'قال'
"""

from __future__ import annotations

import csv
import functools
import hashlib
import os
import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable

#: Environment variable naming user lexicon folders (several separated by ``os.pathsep``).
ENV = "NEWSLIB_LEXICONS"
#: A comment line that makes a user file replace the packaged list instead of adding to it.
REPLACE = "# replace"

_LRU = type(lru_cache()(lambda: None))
_callbacks: list[Callable[[], object]] = []
#: The active user lists: None until chosen (then read from ``NEWSLIB_LEXICONS`` on first use).
_state: dict | None = None


# ----------------------------------------------------------------------------- parsing
def _parse(text: str, where: str) -> tuple[list[str], list[tuple[int, list[str]]], bool]:
    """(header, [(line number, fields)], whether a ``# replace`` line is present) of a TSV text."""
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    replace = False
    for i, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        if line.lstrip().startswith("#"):
            replace = replace or (header is None and line.strip().lower() == REPLACE)
            continue
        fields = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        if header is None:
            header = [f.strip() for f in fields]
        else:
            rows.append((i, fields))
    if header is None:
        raise ValueError(f"{where}: no header row (only comments or nothing)")
    return header, rows, replace


def _dicts(header: list[str], rows: Iterable[tuple[int, list[str]]]) -> tuple[dict[str, str], ...]:
    return tuple({k: (row[j] if j < len(row) else "").strip() for j, k in enumerate(header) if k} for _, row in rows)


@lru_cache(maxsize=None)
def _packaged(name: str) -> tuple[list[str], tuple[dict[str, str], ...]]:
    fname = name if name.endswith(".tsv") else name + ".tsv"
    try:
        raw = resources.files(__package__).joinpath(fname).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FileNotFoundError(f"no lexicon {fname!r} in newslib/lexicons/") from None
    header, rows, _ = _parse(raw, f"newslib/lexicons/{fname}")
    return header, _dicts(header, rows)


def names() -> list[str]:
    """Names of the packaged lexicons (the file names a user folder may use, without ``.tsv``).

    Example:
        >>> "cue_verbs" in names()
        True
    """
    return sorted(f.name[:-4] for f in resources.files(__package__).iterdir() if f.name.endswith(".tsv"))


def _load_folder(folder: Path) -> dict[str, dict]:
    """``{lexicon name: {"path", "replace", "rows", "sha1"}}`` of one user folder, validated."""
    if not folder.exists():
        raise FileNotFoundError(f"no lexicon folder {str(folder)!r}")
    if not folder.is_dir():
        raise NotADirectoryError(f"{folder}: give the folder that holds the TSV files, not a file")
    known = names()
    out = {}
    files = sorted(folder.glob("*.tsv"))
    if not files:
        import warnings

        warnings.warn(f"{folder}: no .tsv files here, so nothing is added to the word lists", stacklevel=4)
    for path in files:
        name = path.name[:-4]
        if name not in known:
            raise ValueError(f"{path}: not a newslib lexicon; a user file is named like a packaged list "
                             f"({', '.join(n + '.tsv' for n in known if not n.startswith('_'))})")
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise ValueError(f"{path}: not UTF-8 text ({e.reason} at byte {e.start})") from None
        header, rows, replace = _parse(text, str(path))
        expected = _packaged(name)[0]
        if header != expected:
            raise ValueError(f"{path}: header {chr(9).join(header)!r} differs from newslib's {name}.tsv; "
                             f"expected the tab-separated header {chr(9).join(expected)!r}")
        for line, fields in rows:
            if len(fields) > len(header):
                raise ValueError(f"{path}, line {line}: {len(fields)} tab-separated fields, the header "
                                 f"{chr(9).join(expected)!r} has {len(header)}")
        out[name] = {"path": str(path), "replace": replace, "rows": _dicts(header, rows),
                     "sha1": hashlib.sha1(raw).hexdigest()}
    return out


def _load(folders: Iterable[str | os.PathLike]) -> dict:
    paths = tuple(str(Path(f).expanduser().resolve()) for f in folders)
    layers = []
    for p in paths:  # a loop, not a comprehension: the warning's stacklevel counts frames
        layers.append(_load_folder(Path(p)))
    lists: dict[str, str] = {}
    digest = hashlib.sha1()
    for p, layer in zip(paths, layers):
        for name, f in layer.items():
            lists.setdefault(name, "replace" if f["replace"] else "add")
            digest.update(f"{p}/{name}\0{f['sha1']}\0".encode())
    return {"folders": paths, "layers": layers, "lists": dict(sorted(lists.items())),
            "sha1": digest.hexdigest()[:12] if paths else ""}


def _from_env() -> tuple[str, ...]:
    return tuple(p for p in os.environ.get(ENV, "").split(os.pathsep) if p.strip())


def _active() -> dict:
    global _state
    if _state is None:
        try:
            _state = _load(_from_env())
        except (FileNotFoundError, ValueError) as e:
            e.add_note(f"newslib: from the environment variable {ENV}={os.environ.get(ENV)!r}")
            raise
    return _state


# ----------------------------------------------------------------------------- choosing lists
def use(folders: str | os.PathLike | Iterable[str | os.PathLike] | None) -> tuple[str, ...]:
    """Use the TSV files in ``folders`` besides (or instead of) the packaged word lists.

    Each file is named like a packaged list (``cue_verbs.tsv``; see :func:`names`) and has
    the same header row. Its rows are added before the packaged rows (exact duplicates
    dropped); a file with a comment line ``# replace`` replaces the packaged list. Files are
    read and checked now; edit one, and call ``use`` again. Caches built from the lists are
    forgotten, so the next ``nl.quotes`` … uses the new lists (the entity model is loaded
    again too: a few seconds). ``nl.analyze(n_jobs=…)`` and ``newslib.dask`` pass the
    folders on to their workers; other processes read ``NEWSLIB_LEXICONS``.

    Args:
        folders: A folder, a list of folders (the first comes first), or None for the
            packaged lists only (also ignoring ``NEWSLIB_LEXICONS``).

    Returns:
        The folders now in use, as absolute paths (empty for the packaged lists).

    Raises:
        FileNotFoundError: A folder does not exist (``NotADirectoryError`` for a file).
        ValueError: A file is not named like a packaged lexicon, its header differs from
            the packaged one, or a row has more fields than the header (the message names
            the file and what was expected). The lists in use are then left as they were.

    Example:
        >>> import tempfile, pathlib
        >>> d = tempfile.mkdtemp()
        >>> _ = pathlib.Path(d, "_example.tsv").write_text("word\\tgender\\nصرّح\\tm\\n", encoding="utf-8")
        >>> _ = use(d)
        >>> column("_example", "word")
        ['صرّح', 'قال', 'قالت']
        >>> use(None)
        ()
    """
    global _state
    if folders is None:
        folders = ()
    elif isinstance(folders, (str, os.PathLike)):
        folders = (folders,)
    new = _load(folders)  # raises before anything changes
    _state = new
    clear_caches()
    return new["folders"]


def folders() -> tuple[str, ...]:
    """The user lexicon folders in use, as absolute paths (empty: the packaged lists only).

    Example:
        >>> use(None)
        ()
        >>> folders()
        ()
    """
    return _active()["folders"]


def provenance() -> dict:
    """Which lists are in use, as recorded in ``df.attrs["newslib"]["lexicons"]``.

    ``{"folders": [absolute paths], "lists": {name: "add" or "replace"}, "sha1": first 12 hex
    digits of a hash of the user files' paths and contents}``; folders and lists are empty
    and ``sha1`` is ``""`` when only the packaged lists are used.

    Example:
        >>> use(None)
        ()
        >>> provenance()
        {'folders': [], 'lists': {}, 'sha1': ''}
    """
    s = _active()
    return {"folders": list(s["folders"]), "lists": dict(s["lists"]), "sha1": s["sha1"]}


def on_change(fn: Callable[[], object]) -> Callable[[], object]:
    """Register ``fn`` (no arguments) to be called when the lists change, e.g. a dict cache's ``clear``.

    Module-level ``functools.lru_cache`` functions in newslib need no registration: they are
    all cleared. Returns ``fn``, so it can be used as a decorator.

    Example:
        >>> _seen = {}
        >>> _ = on_change(_seen.clear)
    """
    if fn not in _callbacks:
        _callbacks.append(fn)
    return fn


def clear_caches() -> None:
    """Forget every cache that may hold lexicon data: each module-level ``lru_cache`` of every
    loaded newslib module, and the functions given to :func:`on_change`."""
    for modname, mod in list(sys.modules.items()):
        if mod is None or not (modname == "newslib" or modname.startswith("newslib.")):
            continue
        for obj in list(vars(mod).values()):
            if isinstance(obj, _LRU) and getattr(obj, "__module__", "") == modname:
                obj.cache_clear()
    for fn in list(_callbacks):
        fn()


# ----------------------------------------------------------------------------- reading
@lru_cache(maxsize=None)
def _read(name: str) -> tuple[dict[str, str], ...]:
    name = name[:-4] if name.endswith(".tsv") else name
    own = [f for layer in _active()["layers"] if (f := layer.get(name))]
    if not own:
        return _packaged(name)[1]
    rows: list[dict[str, str]] = []
    for f in own:
        rows += f["rows"]
        if f["replace"]:
            break
    else:
        rows += _packaged(name)[1]
    seen: set = set()
    out = []
    for r in rows:
        key = tuple(r.items())
        if key not in seen:
            seen.add(key)
            out.append(r)
    return tuple(out)


def read(name: str) -> list[dict[str, str]]:
    """Rows of lexicon ``name`` as dicts keyed by header: ``newslib/lexicons/NAME.tsv`` after
    the rows of any user file of that name (see :func:`use`)."""
    return list(_read(name))


def column(name: str, col: str) -> list[str]:
    """One column of lexicon ``name``, in order (user rows first), empty values skipped."""
    return [r[col] for r in _read(name) if r.get(col)]
