"""The date grammar's language data is consistent: complete families, no folded key with two values."""

from __future__ import annotations

import json
from collections import defaultdict

import pytest

from relgraph.dates.lexicon import CATEGORIES, INDEXED, LANGUAGES, WORD_LISTS, folded_pairs, load
from relgraph.errors import RelgraphError
from relgraph.resources import data_file


def _raw(lang: str) -> dict[str, object]:
    """The data file, refusing a key written twice in one JSON object (json.loads would keep the last)."""

    def no_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
        keys = [k for k, _ in pairs]
        assert len(keys) == len(set(keys)), f"duplicate JSON keys in dates.{lang}.json: {keys}"
        return dict(pairs)

    text = data_file("lexicon", f"dates.{lang}.json").read_text(encoding="utf-8")
    return json.loads(text, object_pairs_hook=no_duplicates)  # type: ignore[no-any-return]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_category_is_present_and_nothing_else(lang: str) -> None:
    assert set(_raw(lang)) == {"language", "determiners", *CATEGORIES}
    assert _raw(lang)["language"] == lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_month_family_names_twelve_months(lang: str) -> None:
    raw = _raw(lang)
    families = raw["months"]
    assert isinstance(families, dict)
    assert families
    for family, months in families.items():
        assert len(months) == 12, family
        assert all(months[m] for m in range(12)), family
    hijri = raw["hijri_months"]
    assert isinstance(hijri, list)
    assert len(hijri) == 12
    assert all(hijri)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_weekdays_and_ordinals_are_complete(lang: str) -> None:
    lex = load(lang)
    assert set(lex.weekdays.values()) == set(range(7))
    assert set(lex.ordinals.values()) == set(range(1, 32))
    assert set(lex.months.values()) == set(lex.hijri_months.values()) == set(range(1, 13))


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("category", CATEGORIES)
def test_no_folded_key_maps_to_two_values(lang: str, category: str) -> None:
    values: dict[str, set[object]] = defaultdict(set)
    for key, value in folded_pairs(_raw(lang), category):
        values[key].add(value)
    clashes = {k: v for k, v in values.items() if len(v) > 1}
    assert not clashes
    assert all(values), category
    assert "" not in values


@pytest.mark.parametrize("lang", LANGUAGES)
def test_values_have_the_expected_types(lang: str) -> None:
    lex = load(lang)
    assert all(unit in ("day", "week", "month", "year", "decade") for unit, _ in lex.units.values())
    assert all(count is None or count > 0 for _, count in lex.units.values())
    assert set(lex.qualifiers.values()) <= {"early", "mid", "late"}
    assert set(lex.eras.values()) <= {"gregorian", "hijri"}
    assert set(lex.shifts.values()) | set(lex.anaphora.values()) <= {-1, 0, 1}
    assert all(anchor in ("published", "previous") and sign in (-1, 1) for anchor, sign in lex.offsets.values())
    assert all(v % 10 == 0 and 10 <= v <= 90 for v in lex.decades.values())
    assert all(n > 0 for n in lex.numbers.values())
    for name in set(WORD_LISTS) - {"capitalised", "clitics"}:
        assert getattr(lex, name), name
    for name in INDEXED:
        assert getattr(lex, name), name


def test_lexicon_is_folded_like_normalised_text() -> None:
    lex = load("ar")
    # Written with hamza, alef madda and taa marbuta in the data file; folded like text.
    assert (lex.months["ابريل"], lex.months["اذار"], lex.months["كانون الثاني"]) == (4, 3, 1)
    assert lex.ordinals["الحاديه عشره"] == 11
    assert lex.weekdays["الاربعاء"] == 2
    assert load("en").months["sept."] == 9


def test_an_unknown_language_is_a_relgraph_error() -> None:
    with pytest.raises(RelgraphError, match="no date grammar for language 'fr'"):
        load("fr")
