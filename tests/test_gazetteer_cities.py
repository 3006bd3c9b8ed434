"""Cities and venues in the gazetteer: consistency of ``cities.json`` and the behaviour of the cities API."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from relgraph.gazetteer import City, Gazetteer, Roster, read_cities
from relgraph.model import State
from relgraph.resources import read_json
from relgraph.text import fold

G = Gazetteer.default()
CITIES = read_cities()
RAW = read_json("gazetteer", "cities.json")
ARABIC = re.compile("[\u0621-\u064a]")
MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")

# Ordinary Arabic words that are also place names (assembled by hand and from hunspell-ar):
# none may name a city alone.
COMMON_AR = [
    "صور",
    "حمص",
    "حماة",
    "المدينة",
    "الرقة",
    "تدمر",
    "جنين",
    "العقبة",
    "الزرقاء",
    "الخبر",
    "العين",
    "مشهد",
    "قم",
    "بورصة",
    "فأس",
    "وجده",
    "سوسة",
    "سرت",
    "البيضاء",
    "الرمادي",
    "كان",
    "ليل",
    "البندقية",
    "بالي",
    "كوبي",
    "الأقصر",
    "بخاري",
    "الخليل",
    "جربه",
    "حائل",
]
VENUES = {"New York", "Geneva", "Vienna", "Brussels", "Hague", "Strasbourg", "Davos", "Lausanne"}


def _declared(lang: str) -> set[str]:
    return {fold(a["form"]) for a in RAW["ambiguous"] if a["lang"] == lang}


def _coords(city: City) -> tuple[float, float] | None:
    return G.get(city.state).capital_coords if city.capital else city.coords


# -- the data ------------------------------------------------------------------------------------------------------


def test_about_three_hundred_cities_each_with_forms_a_state_and_coordinates() -> None:
    assert len(CITIES.items) >= 300
    names = [(c.name_en, c.state) for c in CITIES.items]
    assert len(names) == len(set(names))
    for city in CITIES.items:
        assert city.state in G, city.name_en
        assert not G.get(city.state).former, city.name_en
        coords = _coords(city)
        assert coords is not None, city.name_en
        lat, lon = coords
        assert -90 <= lat <= 90, city.name_en
        assert -180 <= lon <= 180, city.name_en
        if city.capital:
            assert not city.forms_en, city.name_en
            assert not city.forms_ar, city.name_en
            assert city.name_en == G.get(city.state).capital_en
            assert city.venue, "a capital entry is only there to flag a venue"
            continue
        assert city.forms_en, city.name_en
        assert city.forms_ar, city.name_en
        assert city.forms_en[0] == city.name_en
        assert not any(ARABIC.search(f) for f in city.forms_en), city.name_en
        assert all(ARABIC.search(f) for f in city.forms_ar), city.name_en
        assert not any(MARKS.search(f) for f in city.forms_ar), city.name_en
        assert not any(f.lower().startswith("the ") for f in city.forms_en), city.name_en


def test_a_city_lies_near_its_state_capital_when_the_state_is_small() -> None:
    # A coordinate picked from the wrong country would sit far from the capital.
    for city in CITIES.items:
        capital = G.get(city.state).capital_coords
        coords = _coords(city)
        assert capital is not None
        assert coords is not None
        reach = 75.0 if city.state in {"US", "RU", "CA", "AU", "CN", "BR", "NZ"} else 25.0
        assert abs(coords[0] - capital[0]) < reach, city.name_en
        assert min(abs(coords[1] - capital[1]), 360 - abs(coords[1] - capital[1])) < reach * 2, city.name_en


def test_cities_do_not_repeat_capitals_of_states() -> None:
    for lang in ("en", "ar"):
        capitals = {fold(f): c for f, c, kind in G.surface_forms(lang) if kind == "capital"}
        for city in CITIES.items:
            if not city.capital:
                for form in city.forms(lang):
                    assert capitals.get(fold(form)) != city.state, form


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_ambiguous_forms_are_declared_and_left_out(lang: str) -> None:
    states: dict[str, set[str]] = defaultdict(set)
    for city in CITIES.items:
        for form in city.forms(lang):
            states[fold(form)].add(city.state)
    declared = _declared(lang)
    assert declared <= set(states), "a declared ambiguous form no city carries"
    assert {key for key, codes in states.items() if len(codes) > 1} <= declared
    rows = list(G.cities(lang))
    keys = [fold(form) for form, _, _, _ in rows]
    assert len(keys) == len(set(keys))
    assert not set(keys) & declared
    assert not set(keys) & {fold(w) for w in COMMON_AR}
    named = {fold(f): codes for f, codes in G.ambiguous_forms(lang)}
    named |= {fold(f): (c,) for f, c, _ in G.surface_forms(lang)}
    for form, code, _, _ in rows:
        assert set(named.get(fold(form), (code,))) <= G.lineage(code), form


def test_venues() -> None:
    assert {c.name_en for c in CITIES.items if c.venue} == VENUES
    rows = {form: (code, name, venue) for form, code, name, venue in G.cities("en")}
    assert rows["New York"] == ("US", "New York", True)
    assert rows["Geneva"] == ("CH", "Geneva", True)
    assert rows["Vienna"] == ("AT", "Vienna", True)
    assert rows["Camp David"] == ("US", "Camp David", False)
    assert rows["Sharm el-Sheikh"] == ("EG", "Sharm el-Sheikh", False)
    ar = {fold(form): (code, venue) for form, code, _, venue in G.cities("ar")}
    assert ar[fold("بروكسل")] == ("BE", True)
    assert ar[fold("جنيف")] == ("CH", True)


def test_well_known_places() -> None:
    def state(form: str) -> str:
        found = G.city(form)
        assert len(found) == 1, form
        return found[0].state

    assert state("Jeddah") == "SA"
    assert state("جدة") == "SA"
    assert state("Camp David") == "US"
    assert state("كامب ديفيد") == "US"
    assert state("تل أبيب") == "IL"
    assert state("Tel Aviv") == "IL"
    assert state("مكة المكرمة") == "SA"
    assert state("Aleppo") == "SY"
    assert state("الموصل") == "IQ"
    assert state("St Petersburg") == "RU"
    assert state("Leningrad") == "RU"
    assert state("Mumbai") == "IN"
    assert state("Shanghai") == "CN"
    assert state("the Hague") == "NL"
    assert state("شرم الشيخ") == "EG"
    assert G.city("Atlantis") == ()
    assert {c.state for c in G.city("Tripoli")} == {"LB"}
    assert "Tripoli" not in {form for form, _, _, _ in G.cities("en")}


# -- behaviour on plain values --------------------------------------------------------------------------------------


def _state(code: str, capital: str, capital_ar: str) -> State:
    return State(code, code + "X", "Q1", code, "دولة", capital_en=capital, capital_ar=(capital_ar,))


def test_a_city_named_like_another_states_capital_is_ambiguous_and_a_capital_entry_takes_its_forms() -> None:
    states = [_state("AA", "Tripolis", "طرابلس"), _state("BB", "Vienna", "فيينا")]
    cities = (
        City("Tripolis", "CC", ("Tripolis",), ("طرابلس",), (1.0, 2.0)),
        City("Porto", "CC", ("Porto",), ("بورتو",), (1.0, 2.0)),
        City("Vienna", "BB", (), (), None, venue=True, capital=True),
    )
    g = Gazetteer([*states, _state("CC", "Cap", "كاب")], cities=Roster(cities))
    assert sorted(g.cities("en")) == [("Porto", "CC", "Porto", False), ("Vienna", "BB", "Vienna", True)]
    assert sorted(g.cities("ar")) == [("بورتو", "CC", "Porto", False), ("فيينا", "BB", "Vienna", True)]
    assert [c.state for c in g.city("طرابلس")] == ["CC"]
