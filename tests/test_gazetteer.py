"""The gazetteer: consistency of the shipped data, and the behaviour of :class:`Gazetteer`."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from relgraph.errors import UnknownLanguageError, UnknownStateError
from relgraph.gazetteer import KINDS, Gazetteer, Group, GroupMember
from relgraph.model import State, Succession
from relgraph.resources import read_json
from relgraph.text import fold

G = Gazetteer.default()
RAW = read_json("gazetteer", "states.json")
ARABIC = re.compile("[\u0621-\u064a]")
FORMER = {"SU", "YU", "CS", "DD", "YD"}


def _unaccented(form: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", form) if not unicodedata.combining(c))


def forms_of(state: State, lang: str) -> list[str]:
    """Every form a state carries in ``lang``, read from the State itself."""
    if lang == "en":
        capitals = [state.capital_en, *state.capital_aliases_en] if state.capital_en else []
        forms = [state.name_en, *state.aliases_en, *capitals, *state.titles_en, *state.demonyms_en]
        forms += [_unaccented(f) for f in forms if _unaccented(f) != f]  # "Bogota" beside "Bogotá"
        return forms + [f.replace("Saint ", short) for f in forms if "Saint " in f for short in ("St. ", "St ")]
    return [state.name_ar, *state.aliases_ar, *state.capital_ar, *state.titles_ar, *state.demonyms_ar]


# -- the data ------------------------------------------------------------------------------------------------------


def test_counts_193_members_observers_xk_tw_and_five_former_states() -> None:
    by_status: dict[str, set[str]] = defaultdict(set)
    for state in G:
        by_status[state.status].add(state.code)
    assert len(by_status["member"]) == 193
    assert by_status["observer"] == {"VA", "PS"}
    assert by_status["partially_recognised"] == {"XK", "TW"}
    assert by_status["former"] == FORMER
    assert len(G) == 193 + 2 + 2 + 5
    assert {s.code for s in G if s.former} == FORMER


def test_codes_are_unique() -> None:
    codes = [s["code"] for s in RAW["states"]]
    alpha3 = [s["alpha3"] for s in RAW["states"]]
    assert len(set(codes)) == len(codes)
    assert len(set(alpha3)) == len(alpha3)
    assert all(re.fullmatch("[A-Z]{2}", c) for c in codes)
    assert all(re.fullmatch("[A-Z]{3}", c) for c in alpha3)


def test_codes_agree_with_pycountry() -> None:
    for state in G:
        if state.former:
            iso = pycountry.historic_countries.get(alpha_3=state.alpha3)
            assert iso is not None, state.code
            assert iso.alpha_2 == state.code
        elif state.code == "XK":  # user-assigned, not in ISO 3166-1
            assert state.alpha3 == "XKX"
            assert pycountry.countries.get(alpha_2="XK") is None
        else:
            iso = pycountry.countries.get(alpha_2=state.code)
            assert iso is not None, state.code
            assert iso.alpha_3 == state.alpha3, state.code


def test_wikidata_ids_are_well_formed_and_unique() -> None:
    ids = [s.wikidata for s in G]
    assert all(re.fullmatch(r"Q[1-9]\d*", i) for i in ids)
    assert len(set(ids)) == len(ids)
    assert (G.get("QA").wikidata, G.get("RU").wikidata, G.get("SU").wikidata) == ("Q846", "Q159", "Q15180")


def test_every_state_has_names_a_capital_and_demonyms_in_both_languages() -> None:
    for state in G:
        assert state.name_en, state.code
        assert not ARABIC.search(state.name_en), state.code
        assert ARABIC.search(state.name_ar), state.code
        assert state.capital_en, state.code
        assert state.capital_ar, state.code
        assert state.capital_coords is not None, state.code
        lat, lon = state.capital_coords
        assert -90 <= lat <= 90, state.code
        assert -180 <= lon <= 180, state.code
        assert state.demonyms_en, state.code
        assert state.demonyms_ar, state.code


def test_each_language_holds_only_its_own_script() -> None:
    for state in G:
        assert not any(ARABIC.search(f) for f in forms_of(state, "en")), state.code
        assert all(ARABIC.search(f) for f in forms_of(state, "ar")), state.code


def test_arabic_demonyms_carry_the_article_and_come_in_masculine_feminine_and_plural() -> None:
    for state in G:
        assert all(d.startswith("ال") for d in state.demonyms_ar), state.code
        assert any(w.endswith("ة") for d in state.demonyms_ar for w in d.split()), state.code
        assert len(state.demonyms_ar) >= 3, state.code


def test_successions_resolve_and_fall_within_validity() -> None:
    for state in G:
        for link in state.successors:
            successor = G.get(link.successor)
            assert state.code in successor.predecessors
            assert state.valid_from is not None
            assert state.valid_to is not None
            assert state.valid_from <= link.date <= state.valid_to + timedelta(days=1)
            assert successor.existed_on(link.date)
        for pred in state.predecessors:
            assert state.code in [s.successor for s in G.get(pred).successors]
        if state.valid_from and state.valid_to:
            assert state.valid_from < state.valid_to


def test_the_successions_of_the_former_states() -> None:
    links = {s.code: {(x.successor, x.date.isoformat(), x.continues) for x in s.successors} for s in G if s.former}
    assert links == {
        "SU": {("RU", "1991-12-26", True)},
        "YU": {("RS", "2006-06-05", True)},
        "CS": {("CZ", "1993-01-01", False), ("SK", "1993-01-01", False)},
        "DD": {("DE", "1990-10-03", False)},
        "YD": {("YE", "1990-05-22", False)},
    }
    assert (G.get("DD").valid_from, G.get("DD").valid_to) == (date(1949, 10, 7), date(1990, 10, 3))


def _carriers(lang: str) -> dict[str, set[str]]:
    """Folded form → the states that carry it, computed from the State values alone."""
    out: dict[str, set[str]] = defaultdict(set)
    for state in G:
        for form in forms_of(state, lang):
            out[fold(form)].add(state.code)
    return out


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_no_form_silently_names_two_states(lang: str) -> None:
    declared = {fold(a["form"]) for a in RAW["ambiguous"] if a["lang"] == lang}
    shared = {
        key for key, codes in _carriers(lang).items() if len(codes) > 1 and not codes <= G.lineage(next(iter(codes)))
    }
    assert shared <= declared, f"undeclared: {sorted(shared - declared)}"
    assert declared <= set(_carriers(lang)), "a declared ambiguous form no state carries"
    ambiguous = {fold(form) for form, _ in G.ambiguous_forms(lang)}
    assert ambiguous == declared
    surface = [fold(form) for form, _, _ in G.surface_forms(lang)]
    assert len(surface) == len(set(surface))
    assert not set(surface) & ambiguous


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_surface_forms_name_every_state_and_only_states(lang: str) -> None:
    kinds: dict[str, set[str]] = defaultdict(set)
    for form, code, kind in G.surface_forms(lang):
        assert kind in KINDS
        assert code in _carriers(lang)[fold(form)]
        kinds[code].add(kind)
    assert all("name" in kinds[s.code] for s in G)
    assert set(kinds) == {s.code for s in G}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_organisations_and_groups_never_read_as_states(lang: str) -> None:
    states = set(_carriers(lang))
    orgs = {fold(f) for f in G.organisations(lang)}
    groups = {fold(f) for f in G.groups(lang)}
    assert orgs
    assert groups
    assert not orgs & states
    assert not groups & states
    assert not groups & orgs


def test_saint_is_also_written_st() -> None:
    en = {fold(f): c for f, c, _ in G.surface_forms("en")}
    assert en[fold("St. Lucia")] == en[fold("St Lucia")] == en[fold("Saint Lucia")] == "LC"
    assert en[fold("St. Kitts and Nevis")] == "KN"
    assert en[fold("St. John's")] == "AG"  # Antigua and Barbuda's capital


def test_the_brief_forms_are_there() -> None:
    en = {fold(f): c for f, c, _ in G.surface_forms("en")}
    ar = {fold(f): c for f, c, _ in G.surface_forms("ar")}
    assert en[fold("Cote D'Ivoire")] == "CI"
    assert {ar[fold(f)] for f in ("سوريا", "سورية")} == {"SY"}
    assert {ar[fold(f)] for f in ("موريتانيا", "موريتانية")} == {"MR"}
    assert {ar[fold(f)] for f in ("القطري", "القطرية", "القطريين")} == {"QA"}
    assert {ar[fold(f)] for f in ("الروسي", "الروسية", "الروس")} == {"RU"}
    assert {ar[fold(f)] for f in ("الأمريكي", "الأميركي", "الأمريكية")} == {"US"}
    assert {ar[fold(f)] for f in ("واشنطن", "موسكو", "الدوحة", "طهران", "صنعاء")} == {"US", "RU", "QA", "IR", "YE"}


# -- behaviour -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("QA", "QA"),
        ("qat", "QA"),
        ("Qatar", "QA"),
        ("قطر", "QA"),
        ("دولة قطر", "QA"),
        (" qatar ", "QA"),
        ("United States", "US"),
        ("the U.S.", "US"),
        ("USA", "US"),
        ("America", "US"),
        ("United States of America", "US"),
        ("United Kingdom", "GB"),
        ("UK", "GB"),
        ("U.K.", "GB"),
        ("Britain", "GB"),
        ("Great Britain", "GB"),
        ("People's Republic of China", "CN"),
        ("PRC", "CN"),
        ("China", "CN"),
        ("Republic of China", "TW"),
        ("Taiwan", "TW"),
        ("Côte d'Ivoire", "CI"),
        ("Ivory Coast", "CI"),
        ("Timor-Leste", "TL"),
        ("East Timor", "TL"),
        ("Saint Vincent and the Grenadines", "VC"),
        ("Holy See", "VA"),
        ("Kosovo", "XK"),
        ("Palestine", "PS"),
        # old names
        ("Zaire", "CD"),
        ("Burma", "MM"),
        ("Ceylon", "LK"),
        ("Siam", "TH"),
        ("Persia", "IR"),
        ("Dahomey", "BJ"),
        ("Upper Volta", "BF"),
        ("Swaziland", "SZ"),
        ("Kampuchea", "KH"),
        ("United Arab Republic", "EG"),
        ("Russian Empire", "RU"),
        ("Yemen Arab Republic", "YE"),
        ("North Yemen", "YE"),
        ("Federal Republic of Germany", "DE"),
        ("West Germany", "DE"),
        ("German Democratic Republic", "DD"),
        ("Soviet Union", "SU"),
        ("USSR", "SU"),
        ("Union of Soviet Socialist Republics", "SU"),
        ("South Yemen", "YD"),
        ("Czechoslovakia", "CS"),
        ("Serbia and Montenegro", "YU"),
        # Arabic
        ("سوريا", "SY"),
        ("سورية", "SY"),
        ("أمريكا", "US"),
        ("أميركا", "US"),
        ("الولايات المتحدة الأمريكية", "US"),
        ("بريطانيا", "GB"),
        ("المملكة المتحدة", "GB"),
        ("السعودية", "SA"),
        ("المملكة العربية السعودية", "SA"),
        ("الإمارات", "AE"),
        ("الإمارات العربية المتحدة", "AE"),
        ("الاتحاد الروسي", "RU"),
        ("الاتحاد السوفيتي", "SU"),
        ("الاتحاد السوفياتي", "SU"),
        ("جمهورية جزر فيجي", "FJ"),
        ("روسيا البيضاء", "BY"),
        ("اليمن الجنوبي", "YD"),
        ("ألمانيا الشرقية", "DD"),
        ("الجمهوريّة العربيّة السّوريّة", "SY"),  # diacritics are folded away
        # capitals, demonyms, titles
        ("Moscow", "RU"),
        ("الدوحة", "QA"),
        ("Qatari", "QA"),
        ("Soviet", "SU"),
        ("Emirati", "AE"),
        ("Saudi", "SA"),
        ("Israeli", "IL"),
        ("القطريين", "QA"),
        ("الروس", "RU"),
        ("the Emir of Qatar", "QA"),
        ("أمير قطر", "QA"),
        ("ملك البحرين", "BH"),
        ("خادم الحرمين الشريفين", "SA"),
        ("Custodian of the Two Holy Mosques", "SA"),
        ("the Kremlin", "RU"),
        ("الكرملين", "RU"),
        ("the White House", "US"),
        ("البيت الأبيض", "US"),
        ("Foggy Bottom", "US"),
        ("the Élysée", "FR"),
        ("الإليزيه", "FR"),
        ("Quai d'Orsay", "FR"),
        ("Downing Street", "GB"),
        ("Whitehall", "GB"),
        ("Zhongnanhai", "CN"),
    ],
)
def test_resolve(name: str, code: str) -> None:
    assert G.resolve(name).code == code


def test_get_takes_alpha2_or_alpha3_in_any_case() -> None:
    assert G.get("qa") is G.get("QAT") is G.get("Qa")
    assert G.get("sun").code == "SU"
    assert "qat" in G
    assert "SU" in G
    assert "XX" not in G
    assert 5 not in G
    with pytest.raises(UnknownStateError):
        G.get("XX")


def test_a_near_miss_gets_suggestions() -> None:
    with pytest.raises(UnknownStateError, match=r"did you mean .*Qatar \(QA\)") as err:
        G.resolve("Quatar")
    assert err.value.name == "Quatar"
    with pytest.raises(UnknownStateError, match=r"did you mean .*\(SA\)"):
        G.resolve("السعودبة")


def test_suggestions_are_at_most_three() -> None:
    with pytest.raises(UnknownStateError) as err:
        G.resolve("Guinee")
    assert 1 <= str(err.value).count("(") <= 3
    with pytest.raises(UnknownStateError, match="give an ISO 3166 code"):
        G.resolve("Atlantis of the North Sea")


def test_a_shared_name_names_both_states() -> None:
    with pytest.raises(UnknownStateError, match=r"\(CD\).*\(CG\)"):
        G.resolve("Congo")
    with pytest.raises(UnknownStateError, match=r"\(JO\).*\(OM\)"):
        G.resolve("عمان")
    assert G.resolve("سلطنة عمان").code == "OM"
    assert G.resolve("مالي").code == "ML"  # ambiguous with a word, not with a state


@pytest.mark.parametrize(
    ("code", "lineage"),
    [
        ("RU", {"RU", "SU"}),
        ("SU", {"SU", "RU"}),
        ("CZ", {"CZ", "CS"}),
        ("SK", {"SK", "CS"}),
        ("CS", {"CS", "CZ", "SK"}),
        ("DE", {"DE", "DD"}),
        ("DD", {"DD", "DE"}),
        ("RS", {"RS", "YU"}),
        ("YE", {"YE", "YD"}),
        ("QA", {"QA"}),
        ("rus", {"RU", "SU"}),
    ],
)
def test_lineage(code: str, lineage: set[str]) -> None:
    assert G.lineage(code) == lineage


@pytest.mark.parametrize(
    ("code", "day", "expected"),
    [
        ("RU", "1988-08-01", "SU"),
        ("RU", "1991-12-25", "SU"),
        ("RU", "1991-12-26", "RU"),
        ("RU", "1900-01-01", "RU"),
        ("SU", "1995-01-01", "RU"),
        ("SU", "1970-01-01", "SU"),
        ("QA", "1800-01-01", "QA"),
        ("QA", "2024-05-01", "QA"),
        ("DE", "1980-01-01", "DE"),
        ("DD", "1980-01-01", "DD"),
        ("DD", "1995-01-01", "DE"),
        ("CZ", "1980-01-01", "CS"),
        ("SK", "1980-01-01", "CS"),
        ("CZ", "1993-01-01", "CZ"),
        ("CS", "1995-01-01", "CS"),
        ("RS", "1990-01-01", "YU"),
        ("YU", "2010-01-01", "RS"),
        ("YE", "1980-01-01", "YE"),
        ("YD", "2019-01-01", "YE"),
        ("YD", "1980-01-01", "YD"),
    ],
)
def test_as_of(code: str, day: str, expected: str) -> None:
    assert G.as_of(code, date.fromisoformat(day)) == expected


@pytest.mark.parametrize(
    ("code", "day", "expected"),
    [
        ("DE", "1850-06-01", False),  # the German states before the Empire are none of them Germany
        ("DE", "1871-01-18", True),
        ("DE", "1871-01-01", True),  # a year's first day stands for the year, the Empire's first
        ("IT", "1838-11-26", False),  # Sardinia or the Two Sicilies, not Italy
        ("IT", "1861-01-01", True),
        ("DD", "1948-05-01", False),
        ("DD", "1991-01-01", True),  # begun, and ended: as_of writes its successor
        ("QA", "1800-01-01", True),  # no date of its own: always
    ],
)
def test_a_state_had_begun_by_the_end_of_a_days_year(code: str, day: str, expected: bool) -> None:
    assert G.begun(code, date.fromisoformat(day)) is expected


@given(st.sampled_from(sorted(s.code for s in G)), st.dates(date(1850, 1, 1), date(2030, 12, 31)))
def test_as_of_stays_in_the_lineage_and_is_stable(code: str, day: date) -> None:
    stood = G.as_of(code, day)
    assert stood in G.lineage(code)
    assert G.as_of(stood, day) == stood


def test_groups_expand_to_their_members_as_of_a_date() -> None:
    gcc = {"SA", "AE", "KW", "QA", "BH", "OM"}
    assert G.groups("en")["GCC states"] == gcc
    assert G.groups("ar")["دول مجلس التعاون"] == gcc
    assert G.groups("ar")["دول الخليج العربية"] == gcc
    assert G.groups("en", date(1980, 1, 1))["GCC states"] == set()
    brics = G.groups("en")["BRICS countries"]
    assert {"EG", "IR", "ID"} <= brics
    assert "EG" not in G.groups("en", date(2020, 1, 1))["BRICS countries"]
    assert "GB" in G.groups("en", date(2019, 6, 1))["EU member states"]
    assert "GB" not in G.groups("en")["EU member states"]
    assert len(G.groups("en")["EU member states"]) == 27
    assert len(G.groups("en")["Arab League states"]) == 22
    assert "YD" in G.groups("en", date(1980, 1, 1))["Arab League states"]
    # What an extractor reads, as of a day: the same members; the forms an office must govern besides.
    rows = list(G.group_memberships("ar"))
    named = {form: {m.code for m in members if m.member_on(None)} for form, members, governed in rows if not governed}
    assert named == G.groups("ar")
    assert {form for form, _, governed in rows if governed} == {"دول الخليج", "الدول الخليجية"}


def test_group_members_are_states_that_existed_when_they_joined() -> None:
    for group in read_json("gazetteer", "groups.json")["groups"]:
        for member in group["members"]:
            state = G.get(member["code"])
            if "since" in member:
                assert state.existed_on(date.fromisoformat(member["since"])) or not state.former, member


def test_organisations_are_listed_in_both_languages() -> None:
    assert {"United Nations", "NATO", "European Union", "African Union", "Arab League"} <= set(G.organisations("en"))
    arabic = {"الأمم المتحدة", "الاتحاد الأوروبي", "الاتحاد الأفريقي", "جامعة الدول العربية", "مجلس التعاون"}
    assert arabic <= set(G.organisations("ar"))


def test_an_unknown_language_is_an_error() -> None:
    with pytest.raises(UnknownLanguageError):
        list(G.surface_forms("fr"))
    with pytest.raises(UnknownLanguageError):
        G.groups("de")


def test_default_is_loaded_once() -> None:
    assert Gazetteer.default() is G


# -- the mechanism, on plain values ----------------------------------------------------------------------------------


def _toy() -> Gazetteer:
    old = State(
        "OL",
        "OLD",
        "Q1",
        "Oldland",
        "قديمة",
        capital_en="Centre",
        demonyms_en=("Oldish",),
        valid_from=date(1900, 1, 1),
        valid_to=date(1950, 1, 1),
        successors=(Succession("NW", date(1950, 1, 1), continues=True),),
        status="former",
    )
    new = State("NW", "NEW", "Q2", "Newland", "جديدة", capital_en="Centre", demonyms_en=("Twin",), predecessors=("OL",))
    other = State("OT", "OTH", "Q3", "Otherland", "أخرى", aliases_en=("Twin",), aliases_ar=("كلمة",))
    group = Group(
        "G",
        "Group",
        "مجموعة",
        ("the Group states",),
        ("دول المجموعة",),
        (GroupMember("NW", since=date(2000, 1, 1)), GroupMember("OT", until=date(2010, 1, 1))),
    )
    return Gazetteer([old, new, other], [group], {"en": ["Some Org"]}, [("كلمة", "ar")])


def test_forms_shared_within_a_lineage_go_to_the_living_state() -> None:
    toy = _toy()
    forms = {f: (c, k) for f, c, k in toy.surface_forms("en")}
    assert forms["Centre"] == ("NW", "capital")
    assert toy.as_of("NW", date(1920, 1, 1)) == "OL"
    assert toy.resolve("centre").code == "NW"


def test_forms_shared_across_lineages_and_declared_words_are_ambiguous() -> None:
    toy = _toy()
    assert dict(toy.ambiguous_forms("en")) == {"Twin": ("NW", "OT")}
    assert dict(toy.ambiguous_forms("ar")) == {"كلمة": ("OT",)}
    assert "Twin" not in {f for f, _, _ in toy.surface_forms("en")}
    assert toy.resolve("كلمة").code == "OT"
    assert toy.groups("en", date(2005, 1, 1)) == {"the Group states": {"NW", "OT"}}
    assert toy.groups("en") == {"the Group states": {"NW"}}
    assert list(toy.organisations("en")) == ["Some Org"]
    assert list(toy.organisations("ar")) == []


# -- against the annotated corpus, when it is there ---------------------------------------------------------------

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.mark.skipif(not (CORPUS / "dev.jsonl").exists(), reason="shared/corpus is not beside the checkout")
def test_gold_actors_are_states_the_articles_name() -> None:
    named = total = 0
    for name in ("seed.jsonl", "dev.jsonl"):
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines():
            article = json.loads(line)
            text = fold(article["text"])
            for event in article.get("events", []):
                for code in event["actors"]:
                    assert code in G, code
                    total += 1
                    kin = [G.get(c) for c in G.lineage(code)]
                    forms = {fold(f) for state in kin for lang in ("en", "ar") for f in forms_of(state, lang)}
                    named += any(f in text for f in forms)
    # A few actors are implicit (a news agency's own government, "the Foreign Minister" in a Saudi paper, the
    # host of a reception); the rest must be named by a gazetteer form. 361 of 380 on the 66-article development set.
    assert total > 300
    assert named / total >= 0.95


def test_english_forms_are_also_read_without_their_accents() -> None:
    assert G.resolve("Bogota").code == G.resolve("Bogotá").code == "CO"
    assert G.resolve("Sao Tome and Principe").code == "ST"
    assert any(form == "Bogota" for form, code, _ in G.surface_forms("en") if code == "CO")


def test_a_capital_that_was_another_states_then() -> None:
    assert G.capital_then("Berlin", date(1974, 12, 9)) == "DD"
    assert G.capital_then("برلين", date(1980, 1, 1)) == "DD"
    assert G.capital_then("Berlin", date(1999, 7, 4)) is None
    assert G.capital_then("Berlin", date(1930, 1, 1)) is None
    assert G.capital_then("Paris", date(1974, 12, 9)) is None
