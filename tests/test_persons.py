"""The people who acted: each mention keeps the persons its text names as acting for its states, and timelines
show them and filter on them (issue 11). The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

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


def test_english_offices_before_and_after_a_state_and_a_title_set_off_by_commas() -> None:
    text = ("Egyptian President Abdel Fattah al-Sisi arrived in Beijing on 2 May 2019 for a state visit.\n"
            "The Emir of Qatar, Sheikh Tamim bin Hamad, visited Moscow on 1 May 2019.")  # fmt: skip
    visits = {m.actors: m for m in extracted(text, "en") if m.type is EventType.VISIT}
    assert visits[("EG", "CN")].persons == (
        ActingPerson("Abdel Fattah al-Sisi", "EG", "Egyptian President", "abdel-fattah-el-sisi"),)
    assert visits[("QA", "RU")].persons == (
        ActingPerson("Tamim bin Hamad", "QA", "Emir of Qatar", "sheikh-tamim-bin-hamad-al-thani"),)


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
