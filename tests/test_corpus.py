"""nl.entity_names: one name per entity across articles (spellings, currency forms, bare surnames)."""

import pandas as pd
import pytest

import newslib as nl
from newslib.schema import MissingColumnError


def _ents(rows):
    """An entities-like frame from (label, name, times) triples, one article per row."""
    out = [(f"a{i}-{k}", lab, name) for i, (lab, name, times) in enumerate(rows) for k in range(times)]
    return pd.DataFrame(out, columns=["article_id", "label", "name"])


def _names(rows):
    g = nl.entity_names(_ents(rows))
    return dict(zip(g["name"], g["corpus_name"]))


@pytest.mark.parametrize("rows, name, expected", [
    # spellings of one name meet, the most mentioned one is shown
    ([("PER", "عبد الله الأنصاري", 3), ("PER", "عبدالله الانصاري", 1)], "عبدالله الانصاري", "عبد الله الأنصاري"),
    ([("PER", "محمد بن سلمان", 1), ("PER", "مُحمد بن سلمان", 2)], "محمد بن سلمان", "مُحمد بن سلمان"),
    # a currency's forms: with the article, with the accusative alef
    ([("MISC", "دولار", 2), ("MISC", "الدولار", 5), ("MISC", "دولارا", 1)], "دولارا", "الدولار"),
    # a bare surname joins the one person of that surname
    ([("PER", "دونالد ترامب", 10), ("PER", "ترامب", 3), ("PER", "إيفانكا ترامب", 1)], "ترامب", "دونالد ترامب"),
    # …shown in full even when the surname alone is mentioned more often
    ([("PER", "بينهام", 2), ("PER", "ديفيد بينهام", 1)], "بينهام", "ديفيد بينهام"),
    # two people of one surname: the bare surname stays apart
    ([("PER", "محمود عباس", 5), ("PER", "حسين عباس", 4), ("PER", "عباس", 3)], "عباس", "عباس"),
    # a first name is no surname, even when one name ends with it
    ([("PER", "محمد", 10), ("PER", "علي محمد", 1), ("PER", "محمد السعيدان", 5)], "محمد", "محمد"),
    # a name that stops at a lineage joins the one longer name that goes on…
    ([("PER", "سلمان بن عبدالعزيز آل سعود", 9), ("PER", "سلمان بن عبدالعزيز", 6)], "سلمان بن عبدالعزيز",
     "سلمان بن عبدالعزيز آل سعود"),
    # …with a spelling of its own (محمد بن نايف → محمد بن نايف بن عبد العزيز)
    ([("PER", "محمد بن نايف بن عبد العزيز", 5), ("PER", "محمد بن نايف", 3)],
     "محمد بن نايف", "محمد بن نايف بن عبد العزيز"),
    # …but not to one of two sons' names, nor without a lineage word (عبدالله العلي ≠ عبدالله العلي الزامل)
    ([("PER", "محمد بن سعد الشهري", 2), ("PER", "محمد بن سعد القحطاني", 2), ("PER", "محمد بن سعد", 2)],
     "محمد بن سعد", "محمد بن سعد"),
    ([("PER", "عبدالله العلي الزامل", 4), ("PER", "عبدالله العلي", 2)], "عبدالله العلي", "عبدالله العلي"),
    # a place and a person with one spelling stay apart
    ([("LOC", "الخبر", 4), ("PER", "خالد الخبر", 1)], "الخبر", "الخبر"),
])
def test_entity_names_groups(rows, name, expected):
    assert _names(rows)[name] == expected


def test_entity_names_keeps_rows_and_input():
    ents = _ents([("PER", "دونالد ترامب", 2), ("PER", "ترامب", 1)])
    ents.loc[1, "name"] = pd.NA
    before = ents.copy()
    g = nl.entity_names(ents)
    pd.testing.assert_frame_equal(ents, before)
    assert g.columns.tolist() == [*ents.columns, "corpus_key", "corpus_name"]
    assert g["corpus_name"].tolist() == ["دونالد ترامب", pd.NA, "دونالد ترامب"]
    assert g["corpus_key"].iloc[0] == g["corpus_key"].iloc[2] == "PER:دونالد ترامب"
    assert str(g["corpus_key"].dtype) == "string"


def test_entity_names_surnames_off():
    g = nl.entity_names(_ents([("PER", "دونالد ترامب", 2), ("PER", "ترامب", 1)]), surnames=False)
    assert g["corpus_name"].tolist() == ["دونالد ترامب", "دونالد ترامب", "ترامب"]


def test_entity_names_uses_the_key_column_of_the_entities_table():
    arts = pd.DataFrame({"article_id": ["a", "b"], "text": [
        "قال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيئ. وأضاف ترامب أن بلاده ستنسحب.",
        "وقال ترامب للصحفيين إن بلاده لن تتراجع."]})
    g = nl.entity_names(nl.entities(arts))
    row = g[(g["article_id"] == "b") & (g["text"] == "ترامب")].iloc[0]
    assert (row["name"], row["corpus_name"]) == ("ترامب", "دونالد ترامب")
    assert row["corpus_key"] == g[g["article_id"] == "a"]["key"].iloc[0]


def test_entity_names_names_a_missing_column():
    with pytest.raises(MissingColumnError, match="name"):
        nl.entity_names(pd.DataFrame({"label": ["PER"]}))


def test_entity_names_of_no_entities():
    empty = nl.entities(pd.DataFrame({"article_id": ["a"], "text": ["لا أسماء هنا."]}))
    g = nl.entity_names(empty)
    assert len(g) == 0 and g.columns.tolist()[-2:] == ["corpus_key", "corpus_name"]
    assert str(g["corpus_name"].dtype) == "string"
