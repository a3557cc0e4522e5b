"""The NER model as one object: the CRF weights and the data files its features read.

:class:`Model` bundles what ``newslib/models`` ships: the CRF (``ner.crfsuite``), word clusters
(``ner_clusters.tsv``), word contexts (``ner_contexts.tsv``), the training-word list
(``ner_words.tsv``) and the optional BiLSTM (``ner_lstm.npz`` + ``ner_lstm_vocab.tsv``).
:func:`active` is the model ``nl.entities`` uses (the shipped one unless :func:`use` says
otherwise); training scripts build a :class:`Model` from their own files and :func:`use` it.

Every cache that depends on the model or on the word lists is made with :func:`cached`, so
:func:`clear_caches` forgets them all without a hand-kept list.

Example:
    >>> m = Model.load()
    >>> m.crf.endswith("ner.crfsuite"), len(m.clusters) > 1000
    (True, True)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Mapping

MODEL_FILE = "ner.crfsuite"
CLUSTER_FILE = "ner_clusters.tsv"
TRAIN_GAZ_FILE = "ner_words.tsv"
CONTEXT_FILE = "ner_contexts.tsv"
LSTM_FILES = ("ner_lstm.npz", "ner_lstm_vocab.tsv")

_CACHES: list = []


def cached(maxsize: int | None = None):
    """``functools.lru_cache`` that :func:`clear_caches` knows about (for anything that depends
    on the model or the word lists)."""

    def deco(fn):
        wrapped = lru_cache(maxsize=maxsize)(fn)
        _CACHES.append(wrapped)
        return wrapped

    return deco


def clear_caches() -> None:
    """Forget cached features, lexicons and the loaded model (after retraining or changing lexicons)."""
    for f in _CACHES:
        f.cache_clear()


def _rows(raw: str) -> list[list[str]]:
    """Tab-separated fields of each line of a model data file, comment and empty lines left out."""
    return [line.split("\t") for line in raw.splitlines() if line and not line.startswith("#")]


def _shipped() -> Path:
    return Path(str(resources.files("newslib") / "models"))


def _text(folder: Path, fname: str) -> str:
    """Text of a model data file in ``folder``, '' if absent (the model then lacks that feature)."""
    path = folder / fname
    return path.read_text(encoding="utf-8") if path.exists() else ""


@dataclass(frozen=True, eq=False)
class Model:
    """The NER model: where its CRF and BiLSTM are, and the word data its features read.

    Attributes:
        crf: Path of the crfsuite model file.
        clusters: Word → cluster ids at several granularities (``ner_clusters.tsv``).
        contexts: Word → how often it follows a title / place / institution noun (``ner_contexts.tsv``).
        train_words: Word → ``"LABEL:hi|lo"``, the words seen inside entities of the training
            data (``ner_words.tsv``, or :func:`newslib.entities.train_gazetteer` while training).
        lstm: Folder with ``ner_lstm.npz`` and ``ner_lstm_vocab.tsv``, or ``None`` for the CRF alone.
    """

    crf: str
    clusters: Mapping[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    contexts: Mapping[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    train_words: Mapping[str, str] = field(default_factory=dict, repr=False)
    lstm: str | None = None

    @classmethod
    def load(cls, folder: str | Path | None = None, *, crf: str | Path | None = None,
             train_words: Mapping[str, str] | None = None, lstm: str | Path | bool | None = True) -> Model:
        """The model in ``folder`` (default: the shipped ``newslib/models``).

        Files ``folder`` lacks are taken from ``newslib/models``, so a folder may hold only new
        cluster and context files. Keyword arguments replace one part (training scripts).

        Args:
            folder: Folder with the model files, or None for the shipped ones.
            crf: Another crfsuite file to use.
            train_words: Another training-word list (``train_gazetteer`` of the training folds).
            lstm: ``True`` (default) for the BiLSTM in the folder when its files are there,
                ``False`` for the CRF alone, or a folder holding another BiLSTM.

        Raises:
            FileNotFoundError: ``folder`` does not exist, or no crfsuite file is found.
        """
        shipped = _shipped()
        base = Path(folder) if folder else shipped
        if not base.is_dir():
            raise FileNotFoundError(f"no model folder {str(base)!r}")

        def pick(fname: str) -> Path:
            return base / fname if (base / fname).exists() else shipped / fname

        crf_path = Path(crf) if crf else pick(MODEL_FILE)
        if not crf_path.exists():
            raise FileNotFoundError(f"no CRF model file {str(crf_path)!r}")
        if lstm is True:
            lstm_dir = base if all((base / f).exists() for f in LSTM_FILES) else shipped
            lstm_dir = str(lstm_dir) if all((lstm_dir / f).exists() for f in LSTM_FILES) else None
        elif lstm:
            lstm_dir = str(lstm)
        else:
            lstm_dir = None
        clusters = {w: tuple(ids) for w, *ids in _rows(_text(pick(CLUSTER_FILE).parent, CLUSTER_FILE))}
        contexts = {r[0]: tuple(r[1].split()) for r in _rows(_text(pick(CONTEXT_FILE).parent, CONTEXT_FILE))}
        if train_words is None:
            train_words = {r[0]: r[1] for r in _rows(_text(pick(TRAIN_GAZ_FILE).parent, TRAIN_GAZ_FILE))}
        return cls(crf=str(crf_path), clusters=clusters, contexts=contexts, train_words=train_words, lstm=lstm_dir)

    def replace(self, **changes) -> Model:
        """A copy with some fields changed (``m.replace(lstm=None)``)."""
        import dataclasses

        return dataclasses.replace(self, **changes)


_ACTIVE: list[Model] = []


@cached(maxsize=1)
def _shipped_model() -> Model:
    return Model.load()


def active() -> Model:
    """The model ``nl.entities`` uses now: the shipped one (read again after :func:`clear_caches`,
    so retrained files are seen), unless :func:`use` set another."""
    return _ACTIVE[-1] if _ACTIVE else _shipped_model()


class use:
    """Make ``model`` the active one (caches cleared); as a context manager, the previous one comes back after.

    Example:
        >>> crf_only = active().replace(lstm=None)
        >>> with use(crf_only):
        ...     active().lstm is None
        True
        >>> active().lstm is not None
        True
    """

    def __init__(self, model: Model) -> None:
        self._prev = list(_ACTIVE)
        self.model = model
        _ACTIVE[:] = [model]
        clear_caches()

    def __enter__(self) -> Model:
        return self.model

    def __exit__(self, *exc) -> None:
        _ACTIVE[:] = self._prev
        clear_caches()
