"""newslib.attribution: speaker candidates, their features, the shipped model and what it may change."""

import json

import numpy as np
import pytest

from newslib import attribution as A

TEXT = "قال سامي الخالدي للصحفيين أمس إن الوفد وصل. «نرحب بكم في بلدكم الثاني» هكذا ختم كلمته."
QOPEN = TEXT.index("«") + 1
QCLOSE = TEXT.index("»")
MENTIONS = [(4, 16, "PER", "سامي الخالدي")]


def _row(speaker):
    return {"kind": "direct", "start": QOPEN, "end": QCLOSE, "speaker": speaker, "speaker_start": None,
            "speaker_end": None, "confidence": 0.1, "speaker_type": None, "speaker_gender": None}


def test_candidates_are_the_rules_speaker_then_nearby_names_once():
    cands = A.candidates("الوفد", None, None, 0.6, QOPEN, QCLOSE, MENTIONS + [(60, 72, "PER", "سامي الخالدي")])
    assert [(c.name, c.source) for c in cands] == [("الوفد", "rules"), ("سامي الخالدي", "entity")]


def test_features_describe_where_the_mention_is():
    c = A.candidates(None, None, None, 0.0, QOPEN, QCLOSE, MENTIONS)[0]
    f = A.features(c, TEXT, QOPEN, QCLOSE, rule_speaker=None, earlier=set(), count=1)
    assert (f["per"], f["before"], f["same_sentence"], f["cue_next"]) == (1.0, 1.0, 0.0, 1.0)
    assert f["distance"] == pytest.approx((QOPEN - 16) / 100)


def test_the_model_fills_an_empty_speaker_and_leaves_the_rules_alone():
    keen = A.Model(np.zeros(len(A.FEATURES)), bias=3.0, threshold=0.5)
    filled, kept = A.choose([_row(None), _row("الوفد")], TEXT, MENTIONS, keen)
    assert (filled["speaker"], filled["speaker_type"], filled["confidence"]) == ("سامي الخالدي", "person", 0.95)
    assert TEXT[filled["speaker_start"]:filled["speaker_end"]] == "سامي الخالدي"
    assert kept["speaker"] == "الوفد"
    shy = A.Model(np.zeros(len(A.FEATURES)), bias=-3.0, threshold=0.5)
    assert A.choose([_row(None)], TEXT, MENTIONS, shy)[0]["speaker"] is None


def test_the_shipped_model_matches_the_features(tmp_path):
    m = A.Model.load()
    assert m is not None and m.weights.shape == (len(A.FEATURES),) and 0 < m.threshold < 1
    bad = tmp_path / "m.json"
    bad.write_text(json.dumps({"features": ["x"], "weights": [1.0], "bias": 0, "threshold": 0.5}))
    with pytest.raises(ValueError, match="features"):
        A.Model.load(bad)
