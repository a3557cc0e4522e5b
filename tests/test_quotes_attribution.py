"""newslib.quotes.attribution: the speaker ranker's candidates, features, shipped weights and choices."""

import json

import numpy as np
import pandas as pd
import pytest

import newslib as nl
from newslib.quotes import attribution as A


def _row(text, speaker=None, start=None, end=None, confidence=0.1, cue="قال"):
    return {"kind": "partial", "start": text.index("«") + 1, "end": text.index("»"), "speaker": speaker,
            "speaker_start": start, "speaker_end": end, "confidence": confidence, "cue": cue,
            "speaker_type": "person" if speaker else None, "speaker_gender": None}


def _mention(text, name, label="PER"):
    s = text.index(name)
    return (s, s + len(name), label, name)


CLAUSE = "وقال وزير الخارجية سامي الخالدي إن وزيرة الصحة هدى العلي «ستزور البلاد قريبا»."


def test_candidates_are_the_rules_speaker_then_names_near_then_nobody():
    ms = [_mention(CLAUSE, "سامي الخالدي"), _mention(CLAUSE, "هدى العلي")]
    row = _row(CLAUSE, "هدى العلي", ms[1][0], ms[1][1], 0.85)
    cands = A.candidates(row, A.Context.of(CLAUSE, ms, [row]))
    assert [(c.name, c.source) for c in cands] == [("هدى العلي", "rules"), ("سامي الخالدي", "entity"), (None, "none")]


def test_a_name_that_is_part_of_the_rules_speaker_is_the_same_candidate():
    t = "ونقلت الصحيفة عن صباح كرحوت أنه «تم تحرير الرمادي»."
    ms = [(t.index("كرحوت"), t.index("كرحوت") + 5, "PER", "كرحوت")]
    row = _row(t, "صباح كرحوت", t.index("صباح"), t.index("كرحوت") + 5, 0.85)
    cands = A.candidates(row, A.Context.of(t, ms, [row]))
    assert [c.name for c in cands] == ["صباح كرحوت", None] and cands[0].label == "PER"


@pytest.mark.parametrize("sentence, name, feature, expected", [
    (CLAUSE, "سامي الخالدي", "subject_of_quote_cue", 1.0),   # قال X: the cue's subject
    (CLAUSE, "هدى العلي", "subject_of_quote_cue", 0.0),
    (CLAUSE, "هدى العلي", "in_clause", 1.0),                 # قال X إن Y: Y is inside the reported clause
    (CLAUSE, "هدى العلي", "gender_clashes", 1.0),            # قال before a woman's title
    ("وقالت المتحدثة ليلى حسن «نرحب بالقرار».", "ليلى حسن", "gender_agrees", 1.0),
    ("وأوضح في حوار سبق محادثاته مع الرئيس الفرنسي إيمانويل ماكرون: «هناك فرص».", "إيمانويل ماكرون",
     "subject_of_quote_cue", 0.0),                               # a preposition between: an object
    ("وأضاف أن كوستا سوف «يحسم الأمر».", "كوستا", "in_clause", 1.0),
])
def test_features_of_a_candidate(sentence, name, feature, expected):
    m = _mention(sentence, name)
    row = _row(sentence)
    ctx = A.Context.of(sentence, [m], [row])
    c = A.Candidate(name, "entity", "PER", m[0], m[1])
    assert A.features(c, row, ctx)[feature] == expected


def test_decide_needs_the_margin_to_overrule():
    assert A.decide(np.array([0.0, 1.9, -1.0]), 0, 2.0) == 0
    assert A.decide(np.array([0.0, 2.1, -1.0]), 0, 2.0) == 1
    assert A.decide(np.array([0.0, -1.0, 2.5]), 0, 2.0) == 2  # nobody: the speaker is emptied


def test_a_model_that_trusts_the_cue_subject_overrules_the_reported_clause():
    ms = [_mention(CLAUSE, "سامي الخالدي"), _mention(CLAUSE, "هدى العلي")]
    row = _row(CLAUSE, "هدى العلي", ms[1][0], ms[1][1], 0.85)
    w = np.zeros(len(A.FEATURES))
    w[A.FEATURES.index("subject_of_quote_cue")] = 3.0
    w[A.FEATURES.index("null")] = -5.0
    out = A.choose([row], CLAUSE, ms, A.Model(w, threshold=2.0))[0]
    assert (out["speaker"], out["speaker_type"], out["confidence"]) == ("سامي الخالدي", "person", 0.95)
    assert CLAUSE[out["speaker_start"]:out["speaker_end"]] == "سامي الخالدي"
    assert row["speaker"] == "هدى العلي"  # the input row is not modified
    assert A.choose([row], CLAUSE, ms, A.Model(w, threshold=4.0))[0]["speaker"] == "هدى العلي"


def test_the_shipped_weights_load_and_score_a_fixed_vector(tmp_path):
    m = A.Model.load()
    assert m is not None and m.weights.shape == (len(A.FEATURES),) and m.threshold == 1.5
    subject = dict.fromkeys(A.FEATURES, 0.0)
    subject.update(per=1.0, subject_of_quote_cue=1.0, before=1.0, same_sentence=1.0, same_paragraph=1.0, distance=0.1)
    nobody = dict.fromkeys(A.FEATURES, 0.0)
    nobody.update(null=1.0, null_no_rules=1.0)
    assert m.probabilities([subject, nobody])[0] == pytest.approx(0.9617, abs=1e-4)
    bad = tmp_path / "m.json"
    bad.write_text(json.dumps({"features": ["x"], "weights": [1.0], "threshold": 0.5}))
    with pytest.raises(ValueError, match="features"):
        A.Model.load(bad)


@pytest.mark.parametrize("sentence, expected", [
    # the rules find no subject after a title they do not know; the ranker takes the cue's subject
    ("وقالت المغردة فاطمة آل فايز “أين خطب الجمعة والعادات والتقاليد من هذا التحرش؟”.", "فاطمة آل فايز"),
    ("في أول تعليق له على الحكم قال الإعلامي فيصل القاسم المذيع بفضائية الجزيرة: “إن الانسان لن يشعر "
     "بقيمة الأشياء إلا إذا دفع ثمنها”.", "فيصل القاسم"),
    ("قال الأسباني بيب غوارديولا مدرب مانشستر سيتي الانجليزي إن أداء فريقه أمام ليفربول جعله يعيش "
     "\"واحدا من أفضل أيام حياتي\".", "بيب غوارديولا"),
])
def test_the_ranker_names_the_speaker_the_rules_missed(sentence, expected):
    arts = pd.DataFrame({"article_id": ["a"], "text": [sentence]})
    q = nl.quotes(arts)
    assert q["speaker"].tolist() == [expected]
