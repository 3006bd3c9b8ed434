"""People in the gazetteer: consistency of ``people.json`` and the behaviour of the people API."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

import pytest

from relgraph.gazetteer import OFFICES, Gazetteer, Person, Roster, Term, read_people
from relgraph.model import State
from relgraph.resources import read_json
from relgraph.text import fold

G = Gazetteer.default()
PEOPLE = read_people()
RAW = read_json("gazetteer", "people.json")
ARABIC = re.compile("[\u0621-\u064a]")
MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
LAST_DAY = date(2026, 12, 31)

# Ordinary Arabic words that are also the surnames of office holders (assembled by hand and from
# hunspell-ar): none may name a person alone.
COMMON_AR = [
    "مبارك",
    "صالح",
    "هادي",
    "عون",
    "سلام",
    "الأسد",
    "صدام",
    "رئيسي",
    "شي",
    "جيله",
    "مرسي",
    "الشرع",
    "المعلم",
    "البشير",
    "البرهان",
    "المنفي",
    "السراج",
    "لولا",
    "ماي",
    "تراس",
    "ماس",
    "كان",
    "آبي",
    "غول",
    "مشرف",
    "شريف",
    "جناح",
    "نظيف",
    "شرف",
    "عبيد",
    "قنديل",
    "خدام",
    "البكر",
    "المهدي",
    "سعيد",
    "الحافظ",
    "الزعيم",
    "العربي",
    "شكري",
    "موسى",
    "ماهر",
    "البيض",
    "معصوم",
    "الجعفري",
    "المالكي",
    "العثماني",
    "دوما",
    "بار",
    "كوك",
    "براون",
    "الحمد الله",
    "مصدق",
    "ولايتي",
    "عرفات",
    "دالاس",
    "فورد",
    "الملك عبد الله",
]
COMMON_EN = ["Major", "May", "Brown", "Rice", "Ford", "Home", "Eden", "Store", "Kim", "Lee", "Khan", "Ali", "Singh"]


def _declared(lang: str) -> set[str]:
    return {fold(a["form"]) for a in RAW["ambiguous"] if a["lang"] == lang}


# -- the data ------------------------------------------------------------------------------------------------------


def test_every_person_has_forms_in_both_languages_and_terms() -> None:
    assert len(PEOPLE.items) > 800
    ids = [p.id for p in PEOPLE.items]
    assert len(ids) == len(set(ids))
    for person in PEOPLE.items:
        assert person.forms_en, person.id
        assert person.forms_ar, person.id
        assert person.terms, person.id
        assert not any(ARABIC.search(f) for f in person.forms_en), person.id
        assert all(ARABIC.search(f) for f in person.forms_ar), person.id
        assert not any(MARKS.search(f) for f in person.forms_ar), person.id
        assert len({fold(f) for f in person.forms_en}) == len(person.forms_en), person.id
        assert len({fold(f) for f in person.forms_ar}) == len(person.forms_ar), person.id


def _valid_on(state: State, day: date) -> bool:
    return state.existed_on(day) and G.as_of(state.code, day) == state.code


def test_terms_are_ordered_and_within_their_states_validity() -> None:
    for person in PEOPLE.items:
        for term in person.terms:
            assert term.office in OFFICES, person.id
            state = G.get(term.state)
            assert state.code == term.state, person.id
            assert term.start <= LAST_DAY, person.id
            assert _valid_on(state, term.start), (person.id, term)
            if term.end is None:
                assert not state.former, (person.id, term)
            else:
                assert term.start <= term.end <= LAST_DAY, (person.id, term)
                assert _valid_on(state, term.end), (person.id, term)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_no_form_names_people_of_two_states_unless_declared(lang: str) -> None:
    states: dict[str, set[str]] = defaultdict(set)
    for person in PEOPLE.items:
        for form in person.forms(lang):
            states[fold(form)] |= person.states
    shared = {key for key, codes in states.items() if len(codes) > 1 and _carriers(key, lang) > 1}
    declared = _declared(lang)
    assert shared <= declared, sorted(shared - declared)
    assert declared <= set(states), "a declared ambiguous form nobody carries"


def _carriers(key: str, lang: str) -> int:
    return sum(1 for p in PEOPLE.items if key in {fold(f) for f in p.forms(lang)})


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_people_leaves_out_ambiguous_forms_and_ordinary_words(lang: str) -> None:
    rows = list(G.people(lang))
    keys = {fold(form) for form, _, _, _ in rows}
    assert not keys & _declared(lang)
    common = {fold(w) for w in (COMMON_AR if lang == "ar" else COMMON_EN)}
    assert not keys & common, sorted(keys & common)
    state_forms = {fold(f) for f, _, _ in G.surface_forms(lang)} | {fold(f) for f, _ in G.ambiguous_forms(lang)}
    assert not keys & state_forms, sorted(keys & state_forms)
    for form, code, start, end in rows:
        assert code in G
        assert end is None or start <= end
        assert any(code in p.states for p in G.person(form)), form


def test_spelling_variants_of_abd_names_are_both_listed() -> None:
    salman = G.person("الملك سلمان بن عبد العزيز")
    assert salman == G.person("الملك سلمان بن عبدالعزيز")
    assert {fold(f) for f in salman[0].forms_ar} >= {fold("سلمان بن عبد العزيز"), fold("سلمان بن عبدالعزيز")}


# -- spot checks of well-known facts --------------------------------------------------------------------------------


def _only(form: str) -> Person:
    found = G.person(form)
    assert len(found) == 1, (form, found)
    return found[0]


def _span(form: str, code: str) -> tuple[int, int | None]:
    spans = [(s.year, e.year if e else None) for c, s, e in _only(form).spans() if c == code]
    assert len(spans) == 1, spans
    return spans[0]


def test_well_known_heads_of_state_and_government() -> None:
    assert _only("Putin").states == {"RU"}
    assert _only("بوتين").states == {"RU"}
    assert _span("Sadat", "EG") == (1970, 1981)
    assert _span("السادات", "EG") == (1970, 1981)
    assert _span("Carter", "US") == (1977, 1981)
    assert _only("Gorbachev").states == {"SU"}
    assert _only("غورباتشوف").states == {"SU"}
    yeltsin = _only("Yeltsin")
    assert yeltsin.states == {"RU"}
    assert min(t.start for t in yeltsin.terms) == date(1991, 12, 26)
    assert _only("Begin").states == {"IL"}
    assert _only("نتنياهو").states == {"IL"}
    assert _only("أردوغان").states == {"TR"}
    assert _only("الشيخ تميم بن حمد").states == {"QA"}


def test_well_known_foreign_ministers() -> None:
    zarif = _only("ظريف")
    assert [(t.office, t.state, t.start.year, t.end.year if t.end else None) for t in zarif.terms] == [
        ("foreign_minister", "IR", 2013, 2021)
    ]
    assert _span("Jubeir", "SA") == (2015, 2018)
    assert _only("الجبير").terms[0].office == "foreign_minister"
    assert _only("Lavrov").states == {"RU"}
    assert _only("Gromyko").states == {"SU"}
    assert _only("Kissinger").states == {"US"}


def test_one_form_two_presidents_of_one_state() -> None:
    bushes = G.person("Bush")
    assert len(bushes) == 2
    assert {p.states for p in bushes} == {frozenset({"US"})}
    rows = [(code, start.year) for form, code, start, _ in G.people("en") if fold(form) == "bush"]
    assert sorted(rows) == [("US", 1989), ("US", 2001)]


def test_a_person_who_served_two_states_has_a_span_in_each() -> None:
    spans = _only("Shevardnadze").spans()
    assert [code for code, _, _ in spans] == ["GE", "SU", "SU"]  # two Soviet terms, a gap between


def test_unknown_forms_find_nobody() -> None:
    assert G.person("Nobody Inparticular") == ()
    assert G.person("عبد الله") == ()


# -- behaviour on plain values --------------------------------------------------------------------------------------


def _state(code: str, capital: str = "") -> State:
    return State(code, code + "X", "Q1", code, "دولة", capital_en=capital or None, capital_ar=())


def test_spans_merge_terms_that_overlap_or_touch_and_keep_gaps() -> None:
    d = date
    person = Person(
        "p",
        ("P",),
        ("ب",),
        (
            Term("head_of_government", "AA", d(1996, 6, 18), d(1999, 7, 6)),
            Term("foreign_minister", "AA", d(2002, 11, 6), d(2003, 2, 28)),
            Term("head_of_government", "AA", d(2009, 3, 31), d(2021, 6, 13)),
            Term("foreign_minister", "AA", d(2021, 6, 14), None),
            Term("head_of_state", "BB", d(2030, 1, 1), d(2031, 1, 1)),
        ),
    )
    assert person.spans() == (
        ("AA", d(1996, 6, 18), d(1999, 7, 6)),
        ("AA", d(2002, 11, 6), d(2003, 2, 28)),
        ("AA", d(2009, 3, 31), None),
        ("BB", d(2030, 1, 1), d(2031, 1, 1)),
    )


def test_ambiguity_is_computed_from_states_declared_forms_and_state_names() -> None:
    start = date(2000, 1, 1)
    people = (
        Person("a", ("Kim Ab", "Kim"), ("كيم",), (Term("head_of_state", "AA", start),)),
        Person("b", ("Kim Cd", "Kim", "Doha"), ("سلام",), (Term("head_of_state", "BB", start),)),
        Person("c", ("Smith",), ("سميث",), (Term("head_of_state", "AA", start),)),
        Person("d", ("Smith",), ("سميث",), (Term("foreign_minister", "AA", start),)),
    )
    calls = []

    def load() -> Roster[Person]:
        calls.append(1)
        return Roster(people, (("سلام", "ar"),))

    g = Gazetteer([_state("AA", "Doha"), _state("BB")], people=load)
    assert calls == []
    forms = {form for form, _, _, _ in g.people("en")}
    assert forms == {"Kim Ab", "Kim Cd", "Smith"}
    assert {form for form, _, _, _ in g.people("ar")} == {"كيم", "سميث"}
    assert len(g.person("Kim")) == 2
    assert len(g.person("smith")) == 2
    assert calls == [1]
    assert Gazetteer([_state("AA")]).person("Kim") == ()
