"""Each news rule of newslib.entities on a sentence: the spans it is given, the spans it returns.

The rules are run on hand-made spans (not the model's), so these tests hold when the model is
retrained; ``skip`` is checked on the whole rule chain and on ``nl.entities``.
"""

from __future__ import annotations

import importlib

import pandas as pd
import pytest

E = importlib.import_module("newslib.entities")
R = importlib.import_module("newslib.entities.rules")


class FakeLattice:
    """Label probabilities: ``per`` for B-PER at the given token indices, 0 elsewhere."""

    def __init__(self, per=()):
        self.per = set(per)

    def marginal(self, label: str, i: int) -> float:
        return 0.5 if label == "B-PER" and i in self.per else 0.0


def _text(sentence: str, per=()) -> R.Text:
    toks = E.tokenize(sentence)
    words = [sentence[a:b] for a, b in toks]
    return R.Text(sentence, toks, words, ((0, len(words)),), (FakeLattice(per),))


def _span(t: R.Text, phrase: str, label: str):
    """Token span of ``phrase`` (``phrase#2``: its second occurrence) in ``t``."""
    phrase, _, nth = phrase.partition("#")
    want = [phrase[a:b] for a, b in E.tokenize(phrase)]
    hits = [i for i in range(len(t.words)) if list(t.words[i:i + len(want)]) == want]
    i = hits[int(nth or 1) - 1]
    return (i, i + len(want), label)


def _phrases(t: R.Text, spans):
    return [(" ".join(t.words[a:b]), lab) for a, b, lab in spans]


# rule, sentence, spans given (phrase, label), spans expected; per: tokens the model thinks PER
CASES = [
    ("title_name", "قال الرئيس غيتاناس نوسيدا إن الحوار مستمر.", [], [("غيتاناس نوسيدا", "PER")], {2, 3}),
    ("quoted_name", "ونقلت صحيفة «الوطن» عن مصدر قوله.", [], [("الوطن", "ORG")], ()),
    ("quoted_name", "وعرض فيلم «الطريق إلى دمشق» أمس.", [("دمشق", "LOC")], [("الطريق إلى دمشق", "MISC")], ()),
    ("agency", "وصلت إلى فندق في فيلنوس (أ.ف.ب)", [("فيلنوس", "LOC")], [("فيلنوس", "LOC"), ("أ . ف . ب", "ORG")], ()),
    ("gazetteer", "وصل الوفد إلى جنوب أفريقيا أمس.", [("أفريقيا", "LOC")], [("جنوب أفريقيا", "LOC")], ()),
    ("initialism", "وقالت شبكة إن. بي. سي الأمريكية إن الخبر صحيح.", [("بي", "ORG"), ("سي الأمريكية", "ORG")],
     [("إن . بي . سي الأمريكية", "ORG")], ()),
    ("title_prefix", "والتقى نظيره البيلاروسي ألكسندر لوكاشينكو أمس.", [("البيلاروسي ألكسندر لوكاشينكو", "PER")],
     [("ألكسندر لوكاشينكو", "PER")], ()),
    ("gaz_label", "وقال فيفا إن البطولة ستقام في موعدها.", [("فيفا", "PER")], [("فيفا", "ORG")], ()),
    ("gaz_label", "خسر المنتخب أمام جامايكا أمس.", [("جامايكا", "ORG")], [("جامايكا", "LOC")], ()),
    ("vote", "افتتح مهرجان القطيف أمس. وزار الوفد القطيف. وفي القطيف نخيل.",
     [("القطيف", "MISC"), ("القطيف#2", "LOC"), ("القطيف#3", "LOC")],
     [("القطيف", "LOC"), ("القطيف", "LOC"), ("القطيف", "LOC")], ()),
    ("consistency", "وقالت تيخانوفسكايا إن الانتخابات مزورة. ودعت تيخانوفسكايا إلى الحوار.",
     [("تيخانوفسكايا", "PER")], [("تيخانوفسكايا", "PER"), ("تيخانوفسكايا", "PER")], ()),
    ("surnames", "قالت سفيتلانا تيخانوفسكايا إن الانتخابات مزورة. ودعت تيخانوفسكايا إلى الحوار.",
     [("سفيتلانا تيخانوفسكايا", "PER")], [("سفيتلانا تيخانوفسكايا", "PER"), ("تيخانوفسكايا", "PER")], ()),
    ("named_after", "نقل المريض إلى مستشفى سليمان الحبيب.", [("سليمان الحبيب", "PER")],
     [("مستشفى سليمان الحبيب", "ORG")], ()),
    ("edge_word", "وبفضل أدائه اختير أوباميانغ أفضل لاعب.", [("اختير أوباميانغ", "PER")], [("أوباميانغ", "PER")], ()),
    ("lil_cut", "وتعاقد النادي مع المدرب لازار للإشراف على الفريق.", [("لازار للإشراف", "PER")], [("لازار", "PER")], ()),
    ("function_word", "وقال لي إن الأمر انتهى.", [("لي", "PER")], [], ()),
    ("nationality", "وقال مسؤولون إن تدخل روسي ممكن.", [("روسي", "PER")], [], ()),
    ("lil_article", "افتتحت مدرسة للبنين في الحي.", [("للبنين", "LOC")], [], ()),
    ("ambiguous_place", "تقام الفعاليات في الدمام والخبر. لقراءة الخبر اضغط هنا.",
     [("الدمام", "LOC"), ("والخبر", "LOC"), ("الخبر", "LOC")], [("الدمام", "LOC"), ("والخبر", "LOC")], ()),
    ("ambiguous_place", "وجاء في الخبر أن الوزير زار محافظة الخبر أمس.", [("الخبر", "LOC"), ("الخبر#2", "LOC")],
     [("الخبر", "LOC")], ()),
    ("settlement", "وصل الوفد إلى العاصمة الكورية الجنوبية سول.", [("سول", "ORG")], [("سول", "LOC")], ()),
    ("currency", "ودفع النادي 200 ريال أمس.", [("ريال", "ORG")], [("ريال", "MISC")], ()),
]
IDS = [f"{c[0]}-{i}" for i, c in enumerate(CASES)]


@pytest.mark.parametrize(("rule", "sentence", "given", "expected", "per"), CASES, ids=IDS)
def test_each_rule_turns_the_given_spans_into_the_expected_ones(rule, sentence, given, expected, per):
    t = _text(sentence, per)
    spans = R.Spans(tuple(sorted(_span(t, p, lab) for p, lab in given)))
    out = getattr(R, rule)(spans, t, E.lexicon())
    assert _phrases(t, out.items) == expected


@pytest.mark.parametrize(("rule", "sentence", "given", "expected", "per"), CASES, ids=IDS)
def test_skipping_a_rule_changes_what_the_rule_chain_gives(rule, sentence, given, expected, per):
    t = _text(sentence, per)
    spans = sorted(_span(t, p, lab) for p, lab in given)
    with_rule = R.run(spans, t, E.lexicon())
    without = R.run(spans, t, E.lexicon(), skip=frozenset({rule}))
    assert _phrases(t, with_rule) == expected and with_rule != without


# edge_word: sentence, the model's span, the span after the rule (a verb, a particle or a common
# noun at a name's edge goes; a name's own words stay, with clitics, tatweel and diacritics)
EDGE_CASES = [
    ("وقال إن الرئيس ترامب ليس كاذبا.", "ترامب ليس", "PER", "ترامب"),
    ("وقالت رئيسة الوزراء تيريزا ماي سوف تعلن خطتها.", "تيريزا ماي سوف", "PER", "تيريزا ماي"),
    ("وأكد بلاتر استضافة روسيا للبطولة.", "بلاتر استضافة", "PER", "بلاتر"),
    ("وأكد بلاتـر اسْتِضافَة روسيا للبطولة.", "بلاتـر اسْتِضافَة", "PER", "بلاتـر"),
    ("ويستضيف الشيخ ابراهيم الدويش برنامج عائشة.", "ابراهيم الدويش برنامج", "PER", "ابراهيم الدويش"),
    ("أما الكاتب عبدالله العلويط فغمز من طرف من دأبوا.", "عبدالله العلويط فغمز", "PER", "عبدالله العلويط"),
    ("سمات العربية خليل الخليل داعش", "خليل الخليل داعش", "PER", "خليل الخليل"),
    ("ويضيف أوباميانغ لبي بي سي إنه سعيد.", "أوباميانغ لبي بي سي", "PER", "أوباميانغ"),
    ("وقال فلين لصحيفة نيويورك بوست إن العالم تغير.", "فلين لصحيفة نيويورك بوست", "PER", "فلين"),
    ("على الرغم من أنه نشأ في فرنسا، فإن أوباميانغ المرشح للجائزة.", "فإن أوباميانغ", "PER", "أوباميانغ"),
    ("وأعلنت منظمة التعاون الإسلامي لم توافق.", "منظمة التعاون الإسلامي لم", "ORG", "منظمة التعاون الإسلامي"),
    # names whose words look like common nouns or verbs stay whole
    ("وقال نور الدين عبدالله سعيد إن الأمر انتهى.", "نور الدين عبدالله سعيد", "PER", "نور الدين عبدالله سعيد"),
    ("وقالت أمل جمال الخليل إن الأمر انتهى.", "أمل جمال الخليل", "PER", "أمل جمال الخليل"),
    ("وقال محيي الدين فتحي إن الأمر انتهى.", "محيي الدين فتحي", "PER", "محيي الدين فتحي"),
    ("وكان الرئيس أنور السادات في القاهرة.", "أنور السادات", "PER", "أنور السادات"),
    ("وقال فيصل بن فرحان إن الأمر انتهى.", "فيصل بن فرحان", "PER", "فيصل بن فرحان"),
    ("وأعلنت هيئة الاستثمار أرقامها.", "هيئة الاستثمار", "ORG", "هيئة الاستثمار"),
    ("صدرت رواية الكاتبة هاربر لي الثانية.", "هاربر لي", "PER", "هاربر لي"),
    ("وقال جاك ليو إن الأمر انتهى.", "جاك ليو", "PER", "جاك ليو"),
    ("وقال أحمد بان إن الأمر انتهى.", "أحمد بان", "PER", "أحمد بان"),
    ("وغادر الرئيس زين العابدين بن على البلاد.", "زين العابدين بن على", "PER", "زين العابدين بن على"),
    ("وقال محمد عبدالله الشبانات إن الأمر انتهى.", "محمد عبدالله الشبانات", "PER", "محمد عبدالله الشبانات"),
    ("وسجل استيبان ألفارادو هدفا.", "استيبان ألفارادو", "PER", "استيبان ألفارادو"),
    ("وقال عبد الواحد وافي إن الأمر انتهى.", "عبد الواحد وافي", "PER", "عبد الواحد وافي"),
    ("وقال عادل عبد العزيز فقيه إن الأمر انتهى.", "عادل عبد العزيز فقيه", "PER", "عادل عبد العزيز فقيه"),
    ("وقالت المصادر إن الشيخ طلب الجميلي خطف.", "طلب الجميلي", "PER", "طلب الجميلي"),
    ("قرب منطقة سان كريستوفر بليس للتسوق.", "كريستوفر بليس", "PER", "كريستوفر بليس"),
    ("وقال محمد آل فتيل إن الأمر انتهى.", "محمد آل فتيل", "PER", "محمد آل فتيل"),
    ("وقالت شبكة إن. بي. سي إن الخبر صحيح.", "إن . بي . سي", "ORG", "إن . بي . سي"),
]


@pytest.mark.parametrize(("sentence", "given", "label", "expected"), EDGE_CASES, ids=[c[3] for c in EDGE_CASES])
def test_a_verb_particle_or_common_noun_at_a_names_edge_is_trimmed_and_name_words_stay(sentence, given, label, expected):
    t = _text(sentence)
    out = R.edge_word(R.Spans((_span(t, given, label),)), t, E.lexicon())
    assert _phrases(t, out.items) == [(" ".join(w for w in expected.split()), label)]


def test_one_bad_long_span_does_not_rename_the_short_mentions_of_its_article():
    # «داعش» alone is an organisation, not the last name of «خليل الخليل داعش»
    text = ("قال عضو الشورى السابق خليل عبدالله الخليل إن الشباب جاهزون للانضمام إلى داعش. "
            "وقال الخليل إن تنظيم داعش خطر. سمات العربية خليل الخليل داعش")
    names = {(e["text"], e["name"]) for e in E.entities_in_text(text) if e["label"] == "PER"}
    assert all("داعش" not in n for _, n in names)
    canonical = importlib.import_module("newslib.entities.canonical")
    assert canonical._full_name_like("خليل عبدالله الخليل") and not canonical._full_name_like("ابراهيم الدويش برنامج")


def test_the_and_between_two_people_is_not_part_of_the_second_name():
    ents = E.entities_in_text("التقى الرئيس فلاديمير بوتين وسيب بلاتر أمس. وأكد بلاتر استضافة روسيا للبطولة.")
    assert [(e["text"], e["name"]) for e in ents if e["label"] == "PER"] == [
        ("فلاديمير بوتين", "فلاديمير بوتين"), ("سيب بلاتر", "سيب بلاتر"), ("بلاتر", "سيب بلاتر")]


def test_every_rule_has_a_case_and_a_one_line_docstring():
    assert {c[0] for c in CASES} == set(R.NAMES)
    assert all(r.__doc__ and "\n" not in r.__doc__.strip() for r in R.RULES)


def test_entities_skips_rules_by_name_and_refuses_unknown_names():
    arts = pd.DataFrame({"article_id": ["a"], "text": ["وسعى ريال جاهدا لضم اللاعب مقابل مليون ريال."]})
    on = E.entities(arts)
    off = E.entities(arts, skip=("currency",))
    assert on["label"].tolist() == ["ORG", "MISC"] and off["label"].tolist() == ["ORG", "ORG"]
    assert off.attrs["newslib"]["options"] == {"skip": ["currency"]}
    with pytest.raises(ValueError, match="no entity rule"):
        E.entities(arts, skip=("curency",))


def test_a_model_object_replaces_the_patched_globals():
    shipped = E.Model.load()
    assert shipped.crf.endswith("ner.crfsuite") and shipped.lstm and shipped.train_words
    with E.use(shipped.replace(lstm=None)) as m:
        assert E.active() is m and E._lstm() is None
    assert E.active().lstm and E._lstm() is not None
    with pytest.raises(FileNotFoundError):
        E.Model.load("/nonexistent/folder")


def test_a_missing_word_list_is_an_error_not_a_weaker_tagger(monkeypatch):
    lexicons = importlib.import_module("newslib.lexicons")
    real = lexicons.read

    def read(name):
        if name == "nationalities":
            raise FileNotFoundError("no lexicon 'nationalities.tsv' in newslib/lexicons/")
        return real(name)

    monkeypatch.setattr(lexicons, "read", read)
    E.clear_caches()
    try:
        with pytest.raises(FileNotFoundError, match="nationalities"):
            E.entities_in_text("زار بوتين موسكو.")
    finally:
        monkeypatch.undo()
        E.clear_caches()
