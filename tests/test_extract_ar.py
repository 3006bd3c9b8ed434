"""The Arabic extractor on the shared rules: what the English work changed in them, the sample and the dev set.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from relgraph.extractors import extractor_for, get_extractor
from relgraph.extractors.arabic import ArabicExtractor
from relgraph.extractors.reading import read
from relgraph.model import Article, EventType, Mention

AR = get_extractor("arabic")
SHARED = Path(__file__).resolve().parents[2] / "shared"

Event = tuple[str, tuple[str, ...], str | None]


def norm(*found: Event) -> set[Event]:
    """Events with the actors of order-free types sorted, so that expectations can name them in any order."""
    return {
        (slug, actors if EventType.from_slug(slug).directed else tuple(sorted(actors)), when)
        for slug, actors, when in found
    }


def mentions(text: str, published: date | None = None) -> list[Mention]:
    return AR.extract(Article("t", text, "ar", published))


def events(text: str, published: date | None = None) -> set[Event]:
    return norm(*((m.type.slug, m.actors, m.date.iso if m.date else None) for m in mentions(text, published)))


def test_arabic_is_registered_and_serves_arabic() -> None:
    assert isinstance(AR, ArabicExtractor)
    assert extractor_for("ar") is AR


# -- word order: the agent after its verb ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اعترفت قطر بروسيا في ديسمبر 1991.", ("recognition", ("QA", "RU"), "1991-12")),
        ("أغلقت كندا سفارتها في طهران في سبتمبر 2012.", ("embassy_closed", ("CA", "IR"), "2012-09")),
        ("افتتحت الإمارات سفارتها في دمشق في ديسمبر 2018.", ("embassy_opened", ("AE", "SY"), "2018-12")),
        ("استدعت البحرين سفيرها من لبنان في أكتوبر 2021.", ("ambassador_recalled", ("BH", "LB"), "2021-10")),
        ("عينت الإمارات سفيرا لدى إيران في أغسطس 2022.", ("ambassador_appointed", ("AE", "IR"), "2022-08")),
        ("توسطت قطر بين رواندا والكونغو الديمقراطية عام 2023.", ("mediation", ("QA", "RW", "CD"), "2023")),
    ],
)
def test_a_state_right_after_a_verb_whose_object_takes_a_preposition_is_its_agent(text: str, expected: Event) -> None:
    assert events(text) == norm(expected)


def test_a_known_person_and_a_city() -> None:
    text = "هبطت طائرة الرئيس السادات مساء 19 نوفمبر 1977 في مطار بن غوريون بتل أبيب."
    (m,) = mentions(text)
    assert (m.type.slug, m.actors, m.date.iso if m.date else None, m.place) == (
        "visit",
        ("EG", "IL"),
        "1977-11-19",
        "Tel Aviv",
    )


def test_an_office_and_the_known_person_after_it_are_one_reference() -> None:
    text = "استقبل الرئيس الروسي فلاديمير بوتين أمير قطر في موسكو يوم 17 أبريل 2025."
    assert events(text) == norm(("visit", ("QA", "RU"), "2025-04-17"))  # a reception with no talks stated


def test_a_bare_name_after_a_visit_verb_is_the_host() -> None:
    assert events("زار وزير الخارجية القطري طهران في 5 مايو 2023.") == norm(("visit", ("QA", "IR"), "2023-05-05"))


@pytest.mark.parametrize(
    "text",
    [
        "قطعت السعودية والبحرين العلاقات الدبلوماسية مع قطر في يونيو 2017.",
        "السعودية والبحرين قطعتا العلاقات الدبلوماسية مع قطر في يونيو 2017.",
    ],
)
def test_coordinated_agents_each_cut_relations_with_the_partner(text: str) -> None:
    assert events(text) == norm(
        ("relations_severed", ("SA", "QA"), "2017-06"), ("relations_severed", ("BH", "QA"), "2017-06")
    )


def test_a_head_is_not_skipped_across_a_preposition() -> None:
    reading = read(Article("t", "قطعت مصر العلاقات الدبلوماسية مع قطر.", "ar"), AR.lang)
    assert [(a.codes, a.cue) for a in reading.actors if a.codes] == [(("EG",), ""), (("QA",), "with")]


# -- dates ------------------------------------------------------------------------------------------------------------


def test_each_verb_keeps_the_date_that_follows_it() -> None:
    text = "اعترفت مصر بالجزائر عام 1962 وأقامت علاقات دبلوماسية مع الكويت عام 1961."
    assert events(text) == norm(("recognition", ("EG", "DZ"), "1962"), ("relations_established", ("EG", "KW"), "1961"))


def test_a_dateline_in_the_lead_sentence_dates_it() -> None:
    text = "الدوحة 16 أبريل 2025 (قنا) - وصل أمير قطر إلى موسكو في زيارة رسمية."
    assert events(text, date(2025, 4, 16)) == norm(("visit", ("QA", "RU"), "2025-04-16"))


def test_without_a_publication_date_there_is_no_dateline() -> None:
    text = "قطعت مصر العلاقات مع إيران في 1 مايو 1980.\nوزار وزير الخارجية المصري طهران."
    assert norm(("visit", ("EG", "IR"), None)) <= events(text)


# -- roles and modality --------------------------------------------------------------------------------------------


def test_an_ambassador_presenting_credentials_is_not_on_a_visit() -> None:
    text = "قدم السفير القطري أوراق اعتماده إلى رئيس كازاخستان في 3 مايو 2024."
    assert events(text) == norm(("ambassador_appointed", ("QA", "KZ"), "2024-05-03"))


@pytest.mark.parametrize(
    "text",
    [
        "سيزور أمير قطر موسكو الأسبوع المقبل.",
        "لم تقطع مصر علاقاتها مع قطر.",
        "تعتزم ماليزيا فتح سفارة في كييف.",
    ],
)
def test_future_negated_and_intended_events_are_not_events(text: str) -> None:
    assert events(text, date(2025, 4, 10)) == set()


def test_an_embassy_in_its_own_capital_is_no_event() -> None:
    assert events("وافتتحت كندا سفارتها في أوتاوا يوم الثلاثاء.", date(2024, 5, 16)) == set()


def test_qad_before_a_past_verb_reports_before_an_imperfect_one_doubts() -> None:
    assert events("وكانت الدوحة قد اعترفت بالاتحاد الروسي في ديسمبر 1991.") == norm(
        ("recognition", ("QA", "RU"), "1991-12")
    )
    assert events("وقد استقبل أمير قطر الرئيس التركي في الدوحة يوم 5 مايو 2024.") == norm(
        ("visit", ("TR", "QA"), "2024-05-05")
    )
    assert events("وقال مصدر إن مصر قد تعترف بالحكومة الجديدة في ليبيا.") == set()


def test_a_meeting_with_a_counterpart() -> None:
    text = "اجتمع وزير الخارجية القطري مع نظيره التركي في أنقرة يوم 3 يناير 2024."
    assert events(text) == norm(("meeting", ("QA", "TR"), "2024-01-03"))
