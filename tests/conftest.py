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


SNS_SAMPLE = 2000


@pytest.fixture(scope="session")
def bbc_arabic() -> Path:
    """BBC Arabic 2017 (446 articles, all with the same crawl date), from ../shared."""
    return shared_path("bbc_arabic_2017", "articles.jsonl.gz")


@pytest.fixture(scope="session")
def sns_sample(tmp_path_factory) -> Path:
    """2,000 records of SaudiNewsNet dev, drawn once per session with a fixed seed and written
    verbatim (the original JSON lines) to a JSON Lines file: the same sample every run."""
    import gzip
    import random

    src = shared_path("saudinewsnet", "dev.jsonl.gz")
    with gzip.open(src, "rt", encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    keep = sorted(random.Random(0).sample(range(len(lines)), SNS_SAMPLE))
    out = tmp_path_factory.mktemp("corpora") / "saudinewsnet_dev_sample.jsonl"
    out.write_text("".join(lines[i] for i in keep), encoding="utf-8")
    return out


@pytest.fixture(scope="session")
def bare_article(tmp_path_factory) -> Path:
    """One article with no date, no quote and no name: what every notebook must survive."""
    import json

    out = tmp_path_factory.mktemp("corpora") / "bare.jsonl"
    record = {"id": "t1", "title": "طقس اليوم", "text": "الجو معتدل اليوم وغدا. تنخفض درجات الحرارة قليلا."}
    out.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return out
