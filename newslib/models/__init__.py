"""Model files shipped with newslib (weights as plain data, no pickle) and how to read them."""

from __future__ import annotations

import json
from importlib import resources


def read_json(name: str, path=None) -> dict | None:
    """The JSON model file ``name`` shipped in this folder, or the file at ``path``; None when absent.

    Example:
        >>> read_json("no_such_model.json") is None
        True
    """
    try:
        if path is None:
            raw = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
        else:
            with open(path, encoding="utf-8") as fh:
                raw = fh.read()
    except FileNotFoundError:
        return None
    return json.loads(raw)
