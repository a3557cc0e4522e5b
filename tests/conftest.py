"""Shared fixtures. Tests that read ../shared skip cleanly when it is absent (never in CI)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
SHARED = Path(os.environ.get("NEWSLIB_SHARED", ROOT.parent / "shared"))
CORPORA = SHARED / "corpora"


def shared_path(*parts: str) -> Path:
    """Path under ../shared/corpora, or skip the test (fail in CI, where it must exist)."""
    p = CORPORA.joinpath(*parts)
    if not p.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{p} is missing in CI: the shared corpora must be beside the checkout")
        pytest.skip(f"{p} not found: the shared corpora (../shared) are not on this machine")
    return p


@pytest.fixture(scope="session")
def articles():
    """The two reference articles from data/ (read-only: tests must not mutate it)."""
    import newslib as nl

    return nl.read_articles(DATA)


@pytest.fixture(scope="session")
def putin(articles):
    """Text of the first reference article (Putin / Belarus, published 2020-09-30)."""
    return articles.loc[0, "text"]


@pytest.fixture(scope="session")
def kim(articles):
    """Text of the second reference article (Kim Jong Un, published 2024-12-31)."""
    return articles.loc[1, "text"]
