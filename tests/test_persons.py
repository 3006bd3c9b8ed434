"""The people who acted: each mention keeps the persons its text names as acting for its states, and timelines
show them and filter on them (issue 11). The sentences are written for these tests."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from relgraph import api
from relgraph.cli import cli
from relgraph.errors import RelgraphError
from relgraph.extractors import extractor_for
from relgraph.model import ActingPerson, Article, EventType, Mention


def extracted(text: str, lang: str, published: date = date(2019, 5, 5)) -> list[Mention]:
    return extractor_for(lang).extract(Article("t", text, lang, published))


def of_type(mentions: list[Mention], kind: EventType) -> Mention:
    (found,) = [m for m in mentions if m.type is kind]
    return found


def test_an_arabic_visit_names_the_visiting_minister_with_his_office_and_the_gazetteers_id() -> None:
    text = "وصل وزير الخارجية الأردني أيمن الصفدي إلى القاهرة يوم الأحد 5 مايو 2019 في زيارة رسمية."
    visit = of_type(extracted(text, "ar"), EventType.VISIT)
    assert visit.actors == ("JO", "EG")
    assert visit.persons == (ActingPerson("أيمن الصفدي", "JO", "وزير الخارجية الأردني", "ayman-safadi"),)
    assert text[visit.start : visit.end] == visit.evidence


def test_an_office_keeps_its_article_and_loses_a_proclitic_preposition() -> None:
    text = "والتقى أمير قطر الشيخ تميم بن حمد بالرئيس التركي رجب طيب أردوغان في أنقرة يوم 5 مايو 2019."
    meeting = of_type(extracted(text, "ar"), EventType.MEETING)
    assert [(p.state, p.name, p.office, p.id) for p in meeting.persons] == [
        ("QA", "تميم بن حمد", "أمير قطر", "sheikh-tamim-bin-hamad-al-thani"),
        ("TR", "رجب طيب أردوغان", "الرئيس التركي", "recep-tayyip-erdogan"),
    ]


def test_a_name_read_after_its_clitics_keeps_its_article_and_is_known_to_the_gazetteer() -> None:
    visit = of_type(extracted("وزار الرئيس المصري الراحل السادات إسرائيل في نوفمبر 1977.", "ar"), EventType.VISIT)
    assert visit.persons == (ActingPerson("السادات", "EG", "الرئيس المصري الراحل", "anwar-sadat"),)
    meeting = of_type(extracted("والتقى والسادات رئيس الوزراء الإسرائيلي مناحيم بيغن في القدس عام 1977.", "ar"),
                      EventType.MEETING)  # fmt: skip
    assert [(p.name, p.office, p.id) for p in meeting.persons] == [
        ("السادات", None, "anwar-sadat"),
        ("مناحيم بيغن", "رئيس الوزراء الإسرائيلي", "menachem-begin"),
    ]


def test_an_arabic_word_after_an_office_is_no_name_unless_the_gazetteer_knows_it_or_it_has_two_words() -> None:
    said = "وصل وزير الخارجية العماني {} إلى طهران يوم 3 مايو 2015."
    assert of_type(extracted(said.format("بمناسبة الذكرى"), "ar"), EventType.VISIT).persons == ()
    assert of_type(extracted(said.format("وعقد معه"), "ar"), EventType.VISIT).persons == ()
    (known,) = of_type(extracted(said.format("يوسف بن علوي"), "ar"), EventType.VISIT).persons
    assert (known.name, known.id) == ("يوسف بن علوي", "yusuf-bin-alawi")
    (unknown,) = of_type(extracted(said.format("سالم الهنائي"), "ar"), EventType.VISIT).persons
    assert (unknown.name, unknown.office, unknown.id) == ("سالم الهنائي", "وزير الخارجية العماني", None)


def test_english_offices_before_and_after_a_state_and_a_title_set_off_by_commas() -> None:
    text = ("Egyptian President Abdel Fattah al-Sisi arrived in Beijing on 2 May 2019 for a state visit.\n"
            "The Emir of Qatar, Sheikh Tamim bin Hamad, visited Moscow on 1 May 2019.")  # fmt: skip
    visits = {m.actors: m for m in extracted(text, "en") if m.type is EventType.VISIT}
    assert visits[("EG", "CN")].persons == (
        ActingPerson("Abdel Fattah al-Sisi", "EG", "Egyptian President", "abdel-fattah-el-sisi"),
    )
    assert visits[("QA", "RU")].persons == (
        ActingPerson("Tamim bin Hamad", "QA", "Emir of Qatar", "sheikh-tamim-bin-hamad-al-thani"),
    )


def test_a_name_the_gazetteer_does_not_know_is_kept_without_an_id() -> None:
    text = "Omani Foreign Minister Zafir Quddus travelled to Tehran on 2 May 2019 for talks."
    visit = of_type(extracted(text, "en"), EventType.VISIT)
    assert visit.persons == (ActingPerson("Zafir Quddus", "OM", "Omani Foreign Minister", None),)


def test_a_state_named_without_a_person_gives_no_person() -> None:
    text = "Qatar and Oman signed an agreement on 2 May 2019 in Doha."
    (signed,) = extracted(text, "en")
    assert signed.type is EventType.AGREEMENT_SIGNED
    assert signed.persons == ()


def test_a_person_acts_for_the_state_as_it_was_on_the_events_date() -> None:
    text = "Soviet Foreign Minister Andrei Gromyko visited Cairo on 3 March 1974."
    visit = of_type(extracted(text, "en", date(1974, 3, 4)), EventType.VISIT)
    assert visit.actors == ("SU", "EG")
    assert [(p.state, p.name) for p in visit.persons] == [("SU", "Andrei Gromyko")]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_persons_go_into_the_extract_json(lang: str) -> None:
    text = {"ar": "وصل وزير الخارجية الأردني أيمن الصفدي إلى القاهرة يوم الأحد 5 مايو 2019.",
            "en": "Jordanian Foreign Minister Ayman Safadi arrived in Cairo on 5 May 2019."}[lang]  # fmt: skip
    visit = of_type(extracted(text, lang), EventType.VISIT)
    (person,) = visit.to_json()["persons"]  # type: ignore[misc]
    assert person == {"name": visit.persons[0].name, "office": visit.persons[0].office, "state": "JO",
                      "id": "ayman-safadi"}  # fmt: skip


# -- timelines: shown, in JSON, filtered ---------------------------------------------------------------------

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "qatar-russia-2025-04-16.ar.txt"
# Our own English text: Egypt's minister abroad, and a visit to Egypt.
NEWS = ("CAIRO, May 3, 2019 - Egyptian Foreign Minister Sameh Shoukry travelled to Paris on 1 May 2019.\n"
        "Jordanian Foreign Minister Ayman Safadi arrived in Cairo on 2 May 2019 for talks.")  # fmt: skip


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("persons")
    (folder / "news.en.txt").write_text(NEWS, encoding="utf-8")
    path = str(folder / "store")
    assert api.ingest([SAMPLE, folder / "news.en.txt"], store=path).events >= 10
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_the_samples_visit_names_the_emir_as_visitor_and_putin_as_host_in_timeline_json(store: str) -> None:
    code, out, _ = run("timeline", "Qatar", "Russia", "--format", "json", "--store", store)
    assert code == 0
    (visit,) = [r for r in json.loads(out) if r["type"] == "visit" and r["date"] == "2025-04-16"]
    assert visit["actors"] == ["QA", "RU"]
    by_role = {p["role"]: p for p in visit["persons"]}
    assert by_role["visitor"] == {"name": "تميم بن حمد", "office": "أمير قطر", "state": "QA",
                                  "id": "sheikh-tamim-bin-hamad-al-thani", "role": "visitor",
                                  "label": "Sheikh Tamim bin Hamad Al Thani"}  # fmt: skip
    assert by_role["host"]["name"] == "فلاديمير بوتين"
    assert by_role["host"]["office"] == "الرئيس الروسي"
    assert by_role["host"]["id"] == "vladimir-putin"


def test_the_table_shows_who_went_where(store: str) -> None:
    code, out, _ = run("timeline", "Qatar", "Russia", "--type", "visit", "--store", store, "--format", "md")
    assert code == 0
    assert "Tamim bin Hamad → Moscow; host: Vladimir Putin" in out  # the English forms of the Arabic names
    assert "Vladimir Putin → Doha" in out  # 2007: the visitor was Russia's
    code, out, _ = run("timeline", "--visitor", "Egypt", "--store", store, "--format", "md")
    assert "Sameh Shoukry → Paris" in out  # an English name as written


def test_visitor_and_host_filters_keep_the_roles_whatever_the_order_of_states(store: str) -> None:
    visits_by_qatar = api.timeline(roles={"visitor": "Qatar"}, store=store)
    assert {(r.type, r.actors) for r in visits_by_qatar} == {("visit", ("QA", "RU"))}
    to_qatar = api.timeline(["Russia"], roles={"host": "قطر"}, store=store)
    assert {(r.type, r.date) for r in to_qatar} == {("visit", "2007-02"), ("embassy_opened", "1989-11")}
    assert api.timeline(roles={"visitor": "Egypt", "host": "France"}, store=store)[0].place == "Paris"
    assert api.timeline(roles={"host": "Egypt"}, store=store)[0].actors == ("JO", "EG")


def test_a_role_filter_follows_the_lineage_of_its_state(store: str) -> None:
    rows = api.timeline(roles={"sender": "Russia"}, store=store)  # the USSR's embassy in Doha
    assert [(r.actors, r.place) for r in rows] == [(("SU", "QA"), "Doha")]


def test_person_matches_any_name_the_gazetteer_knows_and_the_office_as_written(store: str) -> None:
    putin = api.timeline(person="Putin", store=store)  # an English name finds the Arabic text's بوتين
    assert {(r.type, r.date) for r in putin} == {("visit", "2007-02"), ("visit", "2025-04-16")}
    assert {r.event for r in api.timeline(person="بوتين", store=store)} == {r.event for r in putin}
    assert [r.actors for r in api.timeline(["Egypt"], person="foreign minister", store=store)] == [
        ("EG", "FR"),
        ("JO", "EG"),
    ]
    assert api.timeline(["Qatar"], person="Shoukry", store=store) == []


def test_the_cli_filters_and_says_when_nothing_matches(store: str) -> None:
    code, out, _ = run("timeline", "--visitor", "Egypt", "--format", "json", "--store", store)
    assert code == 0
    assert [(r["actors"], r["persons"][0]["name"]) for r in json.loads(out)] == [(["EG", "FR"], "Sameh Shoukry")]
    code, out, err = run("timeline", "Qatar", "--person", "Gromyko", "--store", store)
    assert code == 0
    assert "No events of Qatar with --person Gromyko in the store." in err
    code, _, err = run("timeline", "--store", store)
    assert code == 2
    assert "--visitor STATE" in err


def test_a_role_no_timeline_filters_on_is_named(store: str) -> None:
    with pytest.raises(RelgraphError, match="no role 'party'"):
        api.timeline(roles={"party": "Qatar"}, store=store)


def test_the_clis_roles_are_the_timelines() -> None:
    from relgraph.cli import TIMELINE_ROLES
    from relgraph.timeline import ROLE_FILTERS

    assert sorted(TIMELINE_ROLES) == sorted(ROLE_FILTERS)
    assert {"visitor", "host", "recognizer", "recognized", "expeller", "expelled", "mediator"} <= set(ROLE_FILTERS)


def test_show_search_and_the_csv_export_carry_the_persons(store: str) -> None:
    (row,) = [r for r in api.timeline(["QA", "RU"], types="visit", store=store) if r.date == "2025-04-16"]
    code, out, _ = run("show", row.event, "--format", "json", "--store", store)
    assert code == 0
    (mention,) = json.loads(out)[0]["mentions"]
    assert {p["id"] for p in mention["persons"]} == {"vladimir-putin", "sheikh-tamim-bin-hamad-al-thani"}
    code, out, _ = run("search", "استقبل الرئيس", "--format", "json", "--store", store)
    assert code == 0
    hits = {hit["type"]: [p["name"] for p in hit["persons"]] for hit in json.loads(out)}
    assert hits == {"meeting": ["تميم بن حمد"], "visit": ["فلاديمير بوتين", "تميم بن حمد"]}
    table = {r["event"]: r for r in api.events_table(store=store)}
    assert table[row.event]["persons"] == ["RU host: فلاديمير بوتين, الرئيس الروسي",
                                           "QA visitor: تميم بن حمد, أمير قطر"]  # fmt: skip


def test_the_graph_pages_pinned_panel_names_the_persons_escaped() -> None:
    from relgraph.model import Event, PartialDate, State
    from relgraph.viz import render_html

    text = "The Emir of Qatar, Tamim bin Hamad, visited Moscow."
    hostile = ActingPerson('<img src=x onerror="window.pwned=1">', "RU", "Kremlin <b>chief</b>")
    emir = ActingPerson("تميم بن حمد", "QA", "أمير قطر", "sheikh-tamim-bin-hamad-al-thani")
    m = Mention("a1", EventType.VISIT, ("QA", "RU"), PartialDate.parse("2025-04-16"), "Moscow", text, 0, len(text),
                0.8, "test", "1", (emir, hostile))  # fmt: skip
    states = {"QA": State("QA", "QAT", "Q846", "Qatar", "قطر", capital_coords=(25.29, 51.53)),
              "RU": State("RU", "RUS", "Q159", "Russia", "روسيا", capital_coords=(55.75, 37.62))}  # fmt: skip
    page = render_html([Event("e1", EventType.VISIT, ("QA", "RU"), m.date, "Moscow", (m,))], title="t", states=states)
    data = re.search(r"var relgraph = (.*);\n", page)
    assert data
    panel = json.loads(data.group(1))["panels"]["QA|RU|visit"]
    assert " · visitor: <bdi>تميم بن حمد</bdi> (<bdi>أمير قطر</bdi>)" in panel
    assert "host: <bdi>&lt;img src=x onerror=&quot;window.pwned=1&quot;&gt;</bdi>" in panel
    assert "<img" not in page
    assert "<b>chief" not in page


def test_a_known_name_long_after_its_bearers_term_is_someone_else_and_gets_no_id() -> None:
    """The gazetteer's "Carter" is the president of 1977-81; the defense secretary of 2015 shares only the name."""
    texts = {
        "en": "U.S. Defense Secretary Ashton Carter arrived in Baghdad on 23 July 2015 for talks.",
        "ar": "وصل وزير الدفاع الأمريكي آشتون كارتر إلى بغداد يوم 23 يوليو 2015.",
    }
    for lang, text in texts.items():
        visit = of_type(extracted(text, lang, date(2015, 7, 24)), EventType.VISIT)
        assert visit.actors == ("US", "IQ")
        assert [p.id for p in visit.persons] in ([None], [])
    then = of_type(extracted("Jimmy Carter visited Egypt on 8 March 1979.", "en", date(1979, 3, 9)), EventType.VISIT)
    assert [p.id for p in then.persons] == ["jimmy-carter"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("وبعد لقائه الرئيس التونسي الباجي قائد السبسي في قرطاج يوم 20 يوليو 2015، قال الرئيس الفرنسي فرانسوا هولاند "
         "إن العلاقات متينة.", {"الباجي قائد السبسي", "فرانسوا هولاند"}),
        ("وعقب اجتماعه برئيس الوزراء الإيطالي ماتيو رينزي في روما يوم 20 يوليو 2015، صرح وزير الخارجية السعودي عادل "
         "الجبير بأن المحادثات مثمرة.", {"ماتيو رينزي", "عادل الجبير"}),
    ],
)  # fmt: skip
def test_a_meeting_whose_possessor_speaks_later_in_the_clause_names_both_persons(text: str, names: set[str]) -> None:
    """The possessor of "لقائه" is the official the clause names after it: his state is a party, and he is one of
    the meeting's persons, as is the one he met."""
    meeting = of_type(extracted(text, "ar", date(2015, 7, 24)), EventType.MEETING)
    assert {p.name for p in meeting.persons} == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("صرح سامح شكري بأن مصر تدعم الحل. والتقى شكري نظيرته الكرواتية في القاهرة أمس.", ("meeting", ("EG", "HR"))),
        ("وقال ديفيد كاميرون إن بريطانيا مستعدة. وزار كاميرون فيتنام أمس.", ("visit", ("GB", "VN"))),
        ("وأكد محمد بخاري أن نيجيريا تواجه الإرهاب. وزار بخاري الكاميرون يوم 20 يوليو 2015.", ("visit", ("NG", "CM"))),
        ("ودعا بشار الأسد إلى الحوار. وفي الحادي عشر من مايو 2015 استقبل الأسد في دمشق وزير الخارجية العماني.",
         ("visit", ("OM", "SY"))),
    ],
)  # fmt: skip
def test_arabic_a_known_persons_surname_after_the_full_name_is_the_person(
    text: str, expected: tuple[str, tuple[str, ...]]
) -> None:
    """A name alone is often a word in a script without capitals ("شكري": thanks), so it is the person only after
    the article names them in full."""
    assert expected in {(m.type.slug, m.actors) for m in extracted(text, "ar", date(2015, 7, 24))}
    alone = text.split(". ", 1)[1]
    assert expected not in {(m.type.slug, m.actors) for m in extracted(alone, "ar", date(2015, 7, 24))}
