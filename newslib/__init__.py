"""newslib: Arabic news as tidy pandas tables — articles, sentences, quotes, entities, timelines.

The curated face of the package; a notebook needs nothing else::

    import newslib as nl
    articles = nl.read_articles("data/")
    nl.sentences(articles)

Submodules are imported on first use, so ``import newslib`` is quick and changes nothing
(no rcParams, no model loading).
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

#: Public name → module that defines it.
_EXPORTS = {
    "read_articles": "newslib.load",
    "sentences": "newslib.sentences",
    "quotes": "newslib.quotes",
    "speakers": "newslib.quotes",
    "entities": "newslib.entities",
    "timeline": "newslib.timeline",
    "entity_names": "newslib.corpus",
    "normalize": "newslib.arabic",
    "show": "newslib.display",
    "view": "newslib.display",
    "analyze": "newslib.pipeline",
    "iter_articles": "newslib.pipeline",
    "analyze_to_parquet": "newslib.pipeline",
    "read_tables": "newslib.pipeline",
}
_SUBMODULES = {"charts", "schema", "arabic", "lexicons", "evaluate", "load", "display"}

__all__ = [*_EXPORTS, *sorted(_SUBMODULES), "__version__"]


# A function named like its module (nl.sentences, nl.quotes, nl.entities, nl.timeline) is bound
# eagerly: importing the submodule later would otherwise set the package attribute to the module.
# These modules only define functions at import time (lexicons and models load on first call).
from newslib.entities import entities  # noqa: E402
from newslib.quotes import quotes  # noqa: E402
from newslib.sentences import sentences  # noqa: E402
from newslib.timeline import timeline  # noqa: E402


def __getattr__(name: str):
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
    elif name in _SUBMODULES:
        value = importlib.import_module(f"newslib.{name}")
    else:
        raise AttributeError(f"module 'newslib' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__():
    return sorted(__all__)
