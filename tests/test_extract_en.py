"""The English extractor, one group of tests per phenomenon of issue 4.

Every sentence here was written for these tests. Expected events are written
as ``(type, actors, date)`` with the date in ISO form at the precision the text
gives (``None``: no date).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from relgraph.extractors import Extractor, extractor_for, get_extractor, registered_extractors
from relgraph.extractors.english import EnglishExtractor
from relgraph.extractors.reading import read
from relgraph.model import Article, EventType, Mention

EN = get_extractor("english")
SHARED = Path(__file__).resolve().parents[2] / "shared"

Event = tuple[str, tuple[str, ...], str | None]


def mentions(text: str, published: date | None = None) -> list[Mention]:
    return EN.extract(Article("t", text, "en", published))


def norm(*found: Event) -> set[Event]:
    """Events with the actors of order-free types sorted, so that expectations can name them in any order."""
    return {
        (slug, actors if EventType.from_slug(slug).directed else tuple(sorted(actors)), when)
        for slug, actors, when in found
    }


def reading_codes(text: str) -> list[tuple[str, ...]]:
    return [a.codes for a in read(Article("t", text, "en"), EN.lang).actors if a.codes]


def events(text: str, published: date | None = None) -> set[Event]:
    return norm(*((m.type.slug, m.actors, m.date.iso if m.date else None) for m in mentions(text, published)))


# -- the extractor and its registration ----------------------------------------------------------------------------


def test_english_is_registered_and_serves_english() -> None:
    assert "english" in registered_extractors()
    assert isinstance(EN, EnglishExtractor)
    assert isinstance(EN, Extractor)
    assert extractor_for("en") is EN
    assert (EN.name, tuple(EN.languages)) == ("english", ("en",))


def test_an_article_without_a_trigger_is_not_read_further() -> None:
    article = Article("t", "Qatar beat Japan 2-1 in Doha on Tuesday, Egypt drew with Morocco.", "en")
    assert [a.codes for a in read(article, EN.lang).actors] == [("QA",), ("JP",), ("QA",), ("EG",), ("MA",)]
    assert read(article, EN.lang, only_with_triggers=True).actors == []
    assert EN.extract(article) == []


def test_a_mention_names_its_extractor_and_quotes_its_evidence() -> None:
    text = "Kenya established diplomatic relations with Kosovo in 2015."
    (m,) = mentions(text)
    assert (m.extractor, m.version) == (EN.name, EN.version)
    assert text[m.start : m.end] == m.evidence
    assert m.evidence.startswith("Kenya established")
    assert m.evidence.endswith("Kosovo in 2015")


# -- dates ---------------------------------------------------------------------------------------------------------

PUB = date(2024, 3, 15)  # a Friday


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Egypt and Syria established diplomatic relations on September 5, 1971.", None, "1971-09-05"),
        ("Kuwait established diplomatic relations with Malaysia on 5 September 1971.", None, "1971-09-05"),
        ("Oman and Portugal opened diplomatic relations on Sept. 5.", date(2023, 10, 2), "2023-09-05"),
        ("Tunisia recognized Eritrea on the 5th of September 1993.", None, "1993-09-05"),
        ("Chile restored diplomatic ties with Cuba on September 22nd, 2006.", None, "2006-09-22"),
        ("Japan normalized relations with China on October 14,1972.", None, "1972-10-14"),
        ("Jordan severed relations with Libya in March 1984.", None, "1984-03"),
        ("Senegal broke off relations with Iran in 2011.", None, "2011"),
        ("Greece and North Macedonia signed an agreement in mid-2017.", None, "2017"),
        ("Namibia established relations with Cuba in the early 1990s.", None, "199X"),
        (
            "The talks between the Sudanese and South Sudanese presidents were held from 23 to 30 July 2012.",
            None,
            "2012-07",
        ),
    ],
)
def test_absolute_dates(text: str, published: date | None, expected: str) -> None:
    (event,) = events(text, published)
    assert event[2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Qatari Foreign Minister visited Ankara on Monday.", "2024-03-11"),
        ("Bahrain recalled its ambassador from Beirut last Tuesday.", "2024-03-12"),
        ("Morocco expelled two Algerian diplomats last month.", "2024-02"),
        ("Ghana closed its embassy in Tripoli last year.", "2023"),
    ],
)
def test_relative_dates_resolve_against_the_publication_date(text: str, expected: str) -> None:
    (event,) = events(text, PUB)
    assert event[2] == expected


def test_relative_dates_stay_unresolved_without_a_publication_date() -> None:
    assert events("Bahrain recalled its ambassador from Beirut last Tuesday.") == norm(
        ("ambassador_recalled", ("BH", "LB"), None)
    )


def test_the_following_month_counts_from_the_date_before_it() -> None:
    text = (
        "The Egyptian President visited Israel in November 1977. "
        "Egypt and Israel negotiated at Camp David the following September."
    )
    assert norm(("negotiation", ("EG", "IL"), "1978-09")) <= events(text)


def test_a_date_after_publication_is_a_plan_not_an_event() -> None:
    assert events("Oman and Portugal opened diplomatic relations on Sept. 5.", PUB) == set()


def test_an_event_without_a_time_expression_has_no_date_even_when_published() -> None:
    assert events("Kenya established diplomatic relations with Kosovo.", PUB) == norm(
        ("relations_established", ("KE", "XK"), None)
    )


def test_each_verb_keeps_the_date_that_follows_it() -> None:
    text = "In 1803 the Russian Empire recognized the United States, then established diplomatic relations in 1809."
    assert events(text) == norm(
        ("recognition", ("RU", "US"), "1803"),
        ("relations_established", ("RU", "US"), "1809"),
    )


def test_a_date_far_after_the_verb_belongs_to_a_later_event() -> None:
    text = (
        "At the end of July, Oman appointed an ambassador to Jordan, following a similar step by Jordan a month later."
    )
    assert events(text, date(2022, 8, 20)) == norm(("ambassador_appointed", ("OM", "JO"), "2022-07"))


def test_a_date_in_a_relative_clause_is_not_the_main_events() -> None:
    text = "Peru restored relations with Chile, which it had broken off in 1879."
    assert norm(("relations_restored", ("PE", "CL"), None)) <= events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Envoys of Canada and Bulgaria settled the terms of Canadian recognition of Bulgaria and the establishment "
            "of diplomatic relations, which took place on May 3, 1981.",
            {("recognition", ("CA", "BG"), "1981-05-03"), ("relations_established", ("BG", "CA"), "1981-05-03")},
        ),
        (
            "Portugal welcomed the resumption of diplomatic relations with Guinea, which finally happened on "
            "12 June 1994.",
            {("relations_restored", ("GN", "PT"), "1994-06-12")},
        ),
        (
            "The Japanese recognition of Mongolia, which occurred in February 1972, surprised few.",
            {("recognition", ("JP", "MN"), "1972-02")},
        ),
    ],
)
def test_a_relative_of_occurrence_dates_the_event_noun_before_it(text: str, expected: set[Event]) -> None:
    assert norm(*expected) <= events(text)


def test_a_relative_with_another_verb_keeps_its_date_to_itself() -> None:
    text = "Canada announced its recognition of Croatia, which declared independence on June 25, 1991."
    assert ("recognition", ("CA", "HR"), "1991-06-25") not in events(text)


def test_a_date_across_but_is_the_other_clauses() -> None:
    text = "The embargo on Qatar ended in 2021, but Bahrain was the last to renew relations with Qatar."
    assert ("relations_restored", ("BH", "QA"), "2021") not in events(text)


def test_respectively_pairs_events_and_dates_in_order() -> None:
    text = (
        "Fiji signed joint communiqués with Malta and Iceland on 3 May and 9 June 2019, respectively, "
        "to establish diplomatic relations."
    )
    assert events(text) == norm(
        ("relations_established", ("FJ", "MT"), "2019-05-03"),
        ("relations_established", ("FJ", "IS"), "2019-06-09"),
    )


def test_an_undated_expression_gives_way_to_the_date_beside_it() -> None:
    text = (
        "The signing of the joint communiqué establishing diplomatic relations between Nepal and Malta "
        "took place today, 12 March 2021."
    )
    assert events(text) == norm(("relations_established", ("NP", "MT"), "2021-03-12"))


def test_the_city_of_a_dateline_is_not_an_actor() -> None:
    text = "DOHA, May 2 (Reuters) - The Secretary-General met the Iranian Foreign Minister on Tuesday."
    assert reading_codes(text) == [("IR",)]
    assert events(text, date(2023, 5, 2)) == set()


def test_an_office_with_no_state_is_a_subject_still() -> None:
    text = "In Oman, Secretary-General Antonio Guterres met the Iranian Foreign Minister on 2 May 2023."
    assert events(text) == set()


def test_a_dateline_dates_the_lead_sentence_only() -> None:
    text = (
        "ANKARA, March 15 (Anadolu) - The Turkish Foreign Minister arrived in Baghdad for talks.\n"
        "Iraq and Turkey signed a water agreement."
    )
    assert events(text, PUB) == norm(
        ("visit", ("TR", "IQ"), "2024-03-15"),
        ("agreement_signed", ("IQ", "TR"), None),
    )


# -- actors --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. recognized the PRC in 1979.", ("recognition", ("US", "CN"), "1979")),
        ("The UK expelled three Russian diplomats in 2018.", ("diplomat_expelled", ("GB", "RU"), "2018")),
        ("The USA and the ROK signed a trade agreement in 2007.", ("agreement_signed", ("US", "KR"), "2007")),
    ],
)
def test_short_forms_of_names(text: str, expected: Event) -> None:
    assert events(text) == norm(expected)


def test_acronyms_must_be_written_in_capitals() -> None:
    assert events("It was the first time us and Iran talks took place.") == set()


def test_the_kingdom_is_the_last_kingdom_named() -> None:
    text = (
        "Saudi Arabia restored relations with Iran in March 2023. "
        "The Kingdom reopened its embassy in Tehran in August 2023."
    )
    assert events(text) == norm(
        ("relations_restored", ("SA", "IR"), "2023-03"),
        ("embassy_opened", ("SA", "IR"), "2023-08"),
    )


def test_capitals_stand_for_governments() -> None:
    assert events("Washington severed ties with Havana in 1961.") == norm(("relations_severed", ("US", "CU"), "1961"))
    assert events("Riyadh and Doha resumed diplomatic relations in January 2021.") == norm(
        ("relations_restored", ("SA", "QA"), "2021-01")
    )


def test_demonyms_name_the_state_of_an_official() -> None:
    assert events("The Qatari Emir held talks with the Soviet leader in Moscow in 1988.") == norm(
        ("meeting", ("QA", "SU"), "1988")
    )


def test_a_demonym_on_an_embassy_names_its_owner() -> None:
    assert events("The Indian Embassy in Kabul was closed in August 2021.") == norm(
        ("embassy_closed", ("IN", "AF"), "2021-08")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Secretary of State Antony Blinken visited Beijing in June 2023.", ("visit", ("US", "CN"), "2023-06")),
        ("The Emir of Qatar visited Paris in 2019.", ("visit", ("QA", "FR"), "2019")),
        ("The President of Egypt received the King of Jordan in Cairo in 2021.", ("visit", ("JO", "EG"), "2021")),
        ("China's Foreign Minister met the Brazilian Foreign Minister in 2015.", ("meeting", ("CN", "BR"), "2015")),
    ],
)
def test_titles_and_offices_name_their_state(text: str, expected: Event) -> None:
    assert norm(expected) <= events(text)


def test_his_counterpart_takes_the_demonym_before_it() -> None:
    text = "Secretary of State Antony Blinken met his Saudi counterpart in Riyadh on Tuesday."
    assert events(text, date(2023, 6, 8)) == norm(("meeting", ("US", "SA"), "2023-06-06"))


def test_a_person_named_after_an_office_is_remembered() -> None:
    text = (
        "Secretary of State Antony Blinken arrived in Jakarta on Monday. "
        "Blinken met Indonesian President Joko Widodo on Tuesday."
    )
    assert events(text, date(2023, 7, 14)) == norm(
        ("visit", ("US", "ID"), "2023-07-10"),
        ("meeting", ("US", "ID"), "2023-07-11"),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin visited Tehran in July 2022.", ("visit", ("RU", "IR"), "2022-07")),
        ("Sadat visited Jerusalem in November 1977.", ("visit", ("EG", "IL"), "1977-11")),
        (
            "President Barack Obama met Cuban President Raul Castro in Panama City on April 11, 2015.",
            ("meeting", ("US", "CU"), "2015-04-11"),
        ),
    ],
)
def test_people_the_gazetteer_knows_act_for_their_state(text: str, expected: Event) -> None:
    assert events(text) == norm(expected)


def test_a_known_person_after_an_office_gives_it_the_state_whatever_the_dateline() -> None:
    text = "DOHA, May 2 (QNA) - President Joe Biden received the Emir of Qatar at the White House on Tuesday."
    assert events(text, date(2023, 5, 2)) == norm(("visit", ("QA", "US"), "2023-05-02"))


def test_a_city_is_in_its_state_and_names_the_place() -> None:
    (m,) = mentions("The Indian Prime Minister visited Jeddah in April 2016.")
    assert (m.type.slug, m.actors, m.place) == ("visit", ("IN", "SA"), "Jeddah")


def test_a_venue_is_where_states_meet_not_a_visit() -> None:
    assert events("The Iranian Foreign Minister arrived in Geneva on Sunday for talks.", PUB) == set()
    (m,) = mentions("The Iranian Foreign Minister met his American counterpart in Geneva in 2015.")
    assert (m.type.slug, set(m.actors), m.place) == ("meeting", {"IR", "US"}, "Geneva")


def test_he_is_the_last_official_named() -> None:
    text = (
        "The Kenyan President arrived in Seoul on Monday for a state visit. "
        "He held talks with the South Korean President on Tuesday."
    )
    assert events(text, date(2024, 6, 5)) == norm(
        ("visit", ("KE", "KR"), "2024-06-03"), ("meeting", ("KE", "KR"), "2024-06-04")
    )


def test_a_state_that_names_a_document_is_not_its_signatory() -> None:
    assert events("On 3 March 1994, Jordan and Israel signed the Washington Declaration.") == norm(
        ("agreement_signed", ("JO", "IL"), "1994-03-03")
    )


def test_the_two_countries_are_the_pair_under_discussion() -> None:
    text = "Lebanon and Syria established diplomatic relations in 2008. The two countries opened embassies in 2009."
    assert events(text) == norm(
        ("relations_established", ("LB", "SY"), "2008"),
        ("embassy_opened", ("LB", "SY"), "2009"),
        ("embassy_opened", ("SY", "LB"), "2009"),
    )


def test_embassies_in_each_capital_are_one_event_each() -> None:
    text = (
        "Lebanon and Syria agreed to exchange embassies in 2008. "
        "Both countries opened embassies in Beirut and Damascus in 2009."
    )
    assert {e for e in events(text) if e[0] == "embassy_opened"} == norm(
        ("embassy_opened", ("LB", "SY"), "2009"),
        ("embassy_opened", ("SY", "LB"), "2009"),
    )


@pytest.mark.parametrize(
    "text",
    [
        "The United Nations and Iraq signed an agreement in 1996.",
        "NATO and Russia held talks in Brussels in 2022.",
        "The European Union opened an office in Kosovo in 2008.",
    ],
)
def test_organisations_are_not_states(text: str) -> None:
    assert events(text) == set()


def test_a_group_named_as_such_expands_to_its_members() -> None:
    found = events("The GCC states established diplomatic relations with Cuba in 1993.")
    assert found == norm(
        *(("relations_established", (code, "CU"), "1993") for code in ("AE", "BH", "KW", "OM", "QA", "SA"))
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar established diplomatic relations with the Soviet Union in 1988.", ("QA", "SU")),
        ("Russia established diplomatic relations with Qatar in 1988.", ("SU", "QA")),
        ("The German Democratic Republic and Egypt established diplomatic relations in 1969.", ("DD", "EG")),
        ("Czechoslovakia and Egypt established diplomatic relations in 1948.", ("CS", "EG")),
        ("Zaire and Israel established diplomatic relations in 1960.", ("CD", "IL")),
        ("Burma and India established diplomatic relations in 1948.", ("MM", "IN")),
        ("The Soviet Union and Oman established diplomatic relations in 1985.", ("SU", "OM")),
    ],
)
def test_states_are_written_as_they_were_on_the_date(text: str, expected: tuple[str, str]) -> None:
    ((_, actors, _),) = events(text)
    assert set(actors) == set(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Before the Empire (1871) and the Kingdom (1861) no state was Germany or Italy: the German and Italian
        # states the gazetteer lacks are not today's, and an event between them and another has no second party.
        ("On May 4, 1845, the United States signed a treaty of commerce with Germany.", set()),
        ("Italy and Brazil signed a treaty of navigation on June 2, 1850.", set()),
        (
            "On June 2, 1875, Germany and Brazil signed a treaty of navigation.",
            {("agreement_signed", ("BR", "DE"), "1875-06-02")},
        ),
        ("Italy and Brazil signed a treaty of navigation in 1861.", {("agreement_signed", ("BR", "IT"), "1861")}),
    ],
)
def test_a_state_that_did_not_exist_yet_is_no_party(text: str, expected: set[Event]) -> None:
    assert events(text) == norm(*expected)


def test_a_recognised_state_is_never_written_as_its_predecessor() -> None:
    assert events("Qatar recognized the Russian Federation in December 1991.") == norm(
        ("recognition", ("QA", "RU"), "1991-12")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After an easing of relations between the two Yemeni governments, diplomats of Sweden and Albania "
            "prepared the ground for Swedish recognition of Albania and the establishment of diplomatic relations.",
            {("recognition", ("SE", "AL"), None), ("relations_established", ("AL", "SE"), None)},
        ),
        (
            "Delegates of Norway and Chile drafted terms for Norwegian recognition of Chile.",
            {("recognition", ("NO", "CL"), None)},
        ),
        (
            "In the wake of better ties between the two Sudanese governments, Kenya and Peru agreed on the "
            "establishment of diplomatic relations.",
            {("relations_established", ("KE", "PE"), None)},
        ),
    ],
)
def test_a_nouns_own_modifier_and_no_between_across_a_comma(text: str, expected: set[Event]) -> None:
    """A noun's own modifier ("Swedish recognition of Albania"): Sweden recognises, whoever the clause's subject;
    "between the two Yemeni governments" before a comma is another noun's pair, not the relations noun's."""
    assert events(text) == norm(*expected)


def test_coordinated_subjects_each_restore_relations_with_the_partner() -> None:
    text = "Amman and Cairo renewed their diplomatic relations with Doha."
    assert events(text) == norm(
        ("relations_restored", ("JO", "QA"), None),
        ("relations_restored", ("EG", "QA"), None),
    )


def test_an_unnamed_office_beside_a_named_one_is_the_other_of_the_pair() -> None:
    text = (
        "Vietnam and the United States established diplomatic relations in 1995. "
        "President Clinton and Vietnamese President Le Duc Anh concluded an exchange of letters dated 2 July 1995."
    )
    assert norm(("agreement_signed", ("US", "VN"), "1995-07-02")) <= events(text)


# -- events: each type and its roles --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya established diplomatic relations with Kosovo in 2015.",
            {("relations_established", ("KE", "XK"), "2015")},
        ),
        ("Relations between Egypt and Iran were restored in 1991.", {("relations_restored", ("EG", "IR"), "1991")}),
        ("Turkey resumed diplomatic ties with Israel in 2022.", {("relations_restored", ("TR", "IL"), "2022")}),
        ("Sudan broke off relations with Iran in January 2016.", {("relations_severed", ("SD", "IR"), "2016-01")}),
        (
            "Iceland was the first country to recognize Lithuania, in February 1991.",
            {("recognition", ("IS", "LT"), "1991-02")},
        ),
        ("Brazil opened an embassy in Baghdad in 2010.", {("embassy_opened", ("BR", "IQ"), "2010")}),
        ("Canada closed its embassy in Tehran in September 2012.", {("embassy_closed", ("CA", "IR"), "2012-09")}),
        ("The Indian Prime Minister paid a state visit to Egypt in June 2023.", {("visit", ("IN", "EG"), "2023-06")}),
        (
            "The Japanese Foreign Minister met Chinese Foreign Minister Wang Yi in Beijing on April 3, 2023.",
            {("meeting", ("JP", "CN"), "2023-04-03")},
        ),
        ("Qatar mediated between Rwanda and the DRC in 2023.", {("mediation", ("QA", "RW", "CD"), "2023")}),
        ("Egypt and Israel negotiated for months in 1978.", {("negotiation", ("EG", "IL"), "1978")}),
        ("Peru and Chile signed a border treaty in 1929.", {("agreement_signed", ("PE", "CL"), "1929")}),
        ("Ecuador appointed an ambassador to Mexico in 2021.", {("ambassador_appointed", ("EC", "MX"), "2021")}),
        ("Germany recalled its ambassador from Moscow in 2022.", {("ambassador_recalled", ("DE", "RU"), "2022")}),
        ("Russia expelled 23 British diplomats in March 2018.", {("diplomat_expelled", ("RU", "GB"), "2018-03")}),
    ],
)
def test_each_event_type_with_its_roles(text: str, expected: set[Event]) -> None:
    assert events(text) == norm(*expected)


def test_a_reception_is_a_visit_and_a_meeting_where_talks_are_stated() -> None:
    text = "The Kuwaiti Emir received the Iraqi President at Bayan Palace on Sunday and discussed bilateral ties."
    assert events(text, date(2024, 5, 20)) == norm(
        ("visit", ("IQ", "KW"), "2024-05-19"),
        ("meeting", ("KW", "IQ"), "2024-05-19"),
    )
    alone = "The Kuwaiti Emir received the Iraqi President at Bayan Palace on Sunday."
    assert events(alone, date(2024, 5, 20)) == norm(("visit", ("IQ", "KW"), "2024-05-19"))


def test_the_passive_agent_is_the_subject() -> None:
    assert events("Diplomatic relations with Libya were severed by Senegal in 1980.") == norm(
        ("relations_severed", ("SN", "LY"), "1980")
    )


def test_a_mediator_named_by_its_adjective() -> None:
    text = "Under Algerian mediation, Iran and Iraq signed an agreement in Algiers in March 1975."
    assert events(text) == norm(
        ("mediation", ("DZ", "IR", "IQ"), "1975-03"), ("agreement_signed", ("IR", "IQ"), "1975-03")
    )


def test_an_agreement_on_relations_is_the_relations() -> None:
    text = "Oman and Bhutan signed a joint communiqué establishing diplomatic relations on 4 June 2013."
    assert events(text) == norm(("relations_established", ("OM", "BT"), "2013-06-04"))


def test_the_same_event_told_twice_is_one_event_at_its_most_precise_date() -> None:
    text = "Malta and Nepal established diplomatic relations in 1975. The relations were established on 4 May 1975."
    assert events(text) == norm(("relations_established", ("MT", "NP"), "1975-05-04"))


# -- events: the phrasings of news and of diplomatic history -------------------------------------------------------


def test_presented_his_credentials() -> None:
    text = (
        "The new Qatari ambassador, Ali Al Hajri, presented his credentials to the President of Kazakhstan on Monday."
    )
    assert events(text, date(2024, 5, 20)) == norm(("ambassador_appointed", ("QA", "KZ"), "2024-05-20"))


def test_the_legation_was_raised_to_embassy_status() -> None:
    text = "The Swiss legation in Ankara was raised to embassy status in 1957."
    assert events(text) == norm(("embassy_opened", ("CH", "TR"), "1957"))


def test_an_embassy_in_its_own_capital_is_no_event() -> None:
    assert events("Canada opened its embassy in Ottawa on Tuesday.", PUB) == set()


def test_an_interests_section_is_no_embassy() -> None:
    text = "A Swiss interests section was established in the Italian Embassy in Tehran in 1980."
    assert events(text) == set()


def test_broke_off_relations() -> None:
    assert events("Mauritania broke off relations with Israel in 2010.") == norm(
        ("relations_severed", ("MR", "IL"), "2010")
    )


def test_resumed_diplomatic_ties() -> None:
    assert events("Cairo resumed diplomatic ties with Tehran in 1991.") == norm(
        ("relations_restored", ("EG", "IR"), "1991")
    )


def test_exchanged_ambassadors_is_one_appointment_each_way() -> None:
    assert events("Israel and Bahrain exchanged ambassadors in 2021.") == norm(
        ("ambassador_appointed", ("IL", "BH"), "2021"),
        ("ambassador_appointed", ("BH", "IL"), "2021"),
    )


def test_ordered_to_leave_the_country() -> None:
    assert events("Mali ordered the French ambassador to leave the country on Monday.", date(2022, 2, 1)) == norm(
        ("diplomat_expelled", ("ML", "FR"), "2022-01-31")
    )


def test_persona_non_grata() -> None:
    assert events("Poland declared a Russian diplomat persona non grata in 2023.") == norm(
        ("diplomat_expelled", ("PL", "RU"), "2023")
    )


def test_the_embassy_in_a_relative_clause() -> None:
    text = "The United States named an ambassador to the Embassy in Cairo, which was reopened on 28 February 1974."
    assert norm(("embassy_opened", ("US", "EG"), "1974-02-28")) <= events(text)


# -- modality: no event ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Turkish President will visit Qatar next week.",
        "Malaysia plans to open an embassy in Kyiv.",
        "Saudi Arabia and Iran agreed to reopen their embassies within two months.",
        "The Saudi Foreign Minister is expected to visit Tehran.",
        "Morocco did not recognize the new government of Mali.",
        "Nigeria refused to recognize Biafra in 1967.",
        "Egypt has never recognized Somaliland's independence from Somalia.",
        "If Israel recognized Palestine, Indonesia would establish relations with it.",
        "Pakistan hopes to restore ties with Bangladesh.",
        "The Foreign Minister of Oman is scheduled to visit Iran in May.",
        "A visit by the Indian Prime Minister to Kuwait is planned for December.",
        "They also discussed the Emir's planned visit to Japan.",
        # Refusal and non- from their lemmas and the prefix: "refused recognition", "withholds", "non-recognition".
        "Ghana refused recognition of Togo in 1983.",
        "Chile withheld recognition of Taiwan in 1971.",
        "The Non-Recognition of Rhodesia by Zambia, 1966.",
        # A concurrent accreditation that stands, no appointment: "is also", "has also been".
        "Since 2010 the U.S. Ambassador to Peru has also been accredited to Bolivia.",
        "The Italian Ambassador to Kenya is also accredited to Somalia and resides in Nairobi.",
        "All Swiss ambassadors to Monaco have also been accredited to France.",
    ],
)
def test_planned_hoped_negated_and_conditional_events_are_not_events(text: str) -> None:
    assert events(text, date(2024, 2, 1)) == set()


def test_a_concurrent_accreditation_told_as_done_is_an_appointment() -> None:
    text = "The Swiss Ambassador to Peru, Hans Keller, was also accredited to Bolivia on May 2, 1961."
    assert events(text) == norm(("ambassador_appointed", ("CH", "BO"), "1961-05-02"))


def test_an_agreement_to_act_on_a_stated_date_reports_the_act() -> None:
    text = "The United States recognized Kosovo and agreed to establish diplomatic relations on February 18, 2008."
    assert events(text) == norm(
        ("recognition", ("US", "XK"), "2008-02-18"),
        ("relations_established", ("US", "XK"), "2008-02-18"),
    )


def test_a_negation_far_before_the_verb_does_not_reach_it() -> None:
    text = "Not long after the war, Jordan and Egypt restored diplomatic relations in 1987."
    assert events(text) == norm(("relations_restored", ("JO", "EG"), "1987"))


@pytest.mark.parametrize(
    "text",
    [
        "The Secretary spoke by phone with the Turkish Foreign Minister on Friday.",
        "The King of Jordan received the credentials of the new Chinese Ambassador on Sunday.",
        "The Emir held a phone call with the President of Egypt on Monday.",
    ],
)
def test_calls_and_an_ambassadors_reception_are_not_meetings(text: str) -> None:
    assert not {e for e in events(text, PUB) if e[0] in ("meeting", "visit")}


# -- evidence and offsets --------------------------------------------------------------------------------------------


def test_offsets_index_the_original_text_after_normalisation() -> None:
    text = "“Oﬃcial”:\u00a0Kenya established diplomatic relations with Kosovo\u200b in 2015."
    (m,) = mentions(text)
    assert text[m.start : m.end] == m.evidence
    assert (m.evidence[:5], m.evidence[-4:]) == ("Kenya", "2015")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Egyptian foreign minister arrived in St. Petersburg on 13 May 2024.", ("visit", ("EG", "RU"))),
        ("Saudi Crown Prince Mohammed bin Salman visited Washington, D.C. on 20 March 2018.", ("visit", ("SA", "US"))),
    ],
)
def test_names_written_with_punctuation(text: str, expected: tuple[str, tuple[str, ...]]) -> None:
    found = get_extractor("english").extract(Article("p", text, "en", date(2024, 5, 16)))
    assert expected in {(m.type.slug, m.actors) for m in found}


# -- phrasings of wires and encyclopedias beyond the development set ---------------------------------------------

FRI = date(2021, 3, 12)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an order to leave is an expulsion
        (
            "Bahrain recalled its envoy from Doha on June 5, 2017, and gave Qatari diplomats 48 hours to leave.",
            {("ambassador_recalled", ("BH", "QA"), "2017-06-05"), ("diplomat_expelled", ("BH", "QA"), "2017-06-05")},
        ),
        (
            "On Monday Lithuania ordered three Belarusian diplomats to depart within a week.",
            {("diplomat_expelled", ("LT", "BY"), "2021-03-08")},
        ),
        # a passive with coordinated agents
        (
            "A trade protocol was signed by Kenya and Ethiopia in Nairobi on Monday.",
            {("agreement_signed", ("ET", "KE"), "2021-03-08")},
        ),
        # the post of the envoy named before the ceremony, a modifier between the state and the office
        (
            "Norway's new ambassador to Chile presented her letters of credence on 4 February 2021.",
            {("ambassador_appointed", ("NO", "CL"), "2021-02-04")},
        ),
        # a visit told on departure
        (
            "President Tokayev left Tashkent on Wednesday at the end of a state visit.",
            {("visit", ("KZ", "UZ"), "2021-03-10")},
        ),
        # an upgrade to full diplomatic relations is their establishment
        (
            "Israel and Bahrain upgraded their contacts to full diplomatic relations in September 2020.",
            {("relations_established", ("BH", "IL"), "2020-09")},
        ),
        # one recall per post
        (
            "Paris withdrew its ambassadors from Washington and Canberra on Friday.",
            {("ambassador_recalled", ("FR", "US"), "2021-03-12"), ("ambassador_recalled", ("FR", "AU"), "2021-03-12")},
        ),
        # several officials under one office
        ("The foreign ministers of Peru and Ecuador met in Lima on Monday.", {("meeting", ("EC", "PE"), "2021-03-08")}),
        # a passive recognition: the object is the subject
        ("Montenegro was recognised by Iceland on 12 June 2006.", {("recognition", ("IS", "ME"), "2006-06-12")}),
        # credentials received by the host
        (
            "The King of Bahrain received the credentials of the new Japanese ambassador on Monday.",
            {("ambassador_appointed", ("JP", "BH"), "2021-03-08")},
        ),
        # an embassy's work, the embassy of a state
        (
            "Spain suspended the activities of its embassy in Kabul in August 2020.",
            {("embassy_closed", ("ES", "AF"), "2020-08")},
        ),
        (
            "The embassy of Kuwait in Beirut resumed its work on Sunday.",
            {("embassy_opened", ("KW", "LB"), "2021-03-07")},
        ),
        # the parties of talks are those named after them, not who brokered them
        (
            "Switzerland facilitated negotiations between Armenia and Turkey in 2009.",
            {("mediation", ("CH", "AM", "TR"), "2009"), ("negotiation", ("AM", "TR"), "2009")},
        ),
        # a possessive before its owner
        (
            "During his visit to Rabat on Tuesday, the Spanish prime minister met King Mohammed VI.",
            {("visit", ("ES", "MA"), "2021-03-09"), ("meeting", ("ES", "MA"), "2021-03-09")},
        ),
        # a passive recall: the envoy's own state recalls him
        (
            "Turkey's ambassador to the Netherlands was recalled in 2017.",
            {("ambassador_recalled", ("TR", "NL"), "2017")},
        ),
        # the visitor named after a participle
        (
            "The Emir of Qatar met the visiting Pakistani Prime Minister in Doha on Wednesday.",
            {("meeting", ("PK", "QA"), "2021-03-10"), ("visit", ("PK", "QA"), "2021-03-10")},
        ),
        # an appointment "as" ambassador, with a name between
        (
            "Oman named Said bin Hamad as its new ambassador to Kenya on Tuesday.",
            {("ambassador_appointed", ("OM", "KE"), "2021-03-09")},
        ),
        # several modifiers between the state and its envoy
        (
            "Chile's first resident ambassador to Ghana presented his credentials in 2004.",
            {("ambassador_appointed", ("CL", "GH"), "2004")},
        ),
        # a severance and an order to leave in one sentence
        (
            "Burundi severed diplomatic ties with Rwanda on Monday, giving Rwandan diplomats 72 hours to leave.",
            {("relations_severed", ("BI", "RW"), "2021-03-08"), ("diplomat_expelled", ("BI", "RW"), "2021-03-08")},
        ),
        # the two subjects own the embassies
        (
            "Armenia and Georgia reopened their embassies in May 2020.",
            {("embassy_opened", ("AM", "GE"), "2020-05"), ("embassy_opened", ("GE", "AM"), "2020-05")},
        ),
        (
            "Iran's top diplomat met his Omani counterpart in Muscat on Thursday.",
            {("meeting", ("IR", "OM"), "2021-03-11")},
        ),
        # a passive expulsion: the state they were expelled from
        ("Two Libyan diplomats were expelled from Malta in 2019.", {("diplomat_expelled", ("MT", "LY"), "2019")}),
        # hyphenated compounds name both parties
        (
            "The Jordan–Israel peace treaty was signed at the border on 26 October 1994.",
            {("agreement_signed", ("IL", "JO"), "1994-10-26")},
        ),
        (
            "Talks between the Turkish and Armenian foreign ministers were held in Vienna in January 2020.",
            {("meeting", ("AM", "TR"), "2020-01")},
        ),
        # a nominalisation's agent after its object
        (
            "The signing of the Tashkent Declaration by India and Pakistan took place in January 1966.",
            {("agreement_signed", ("IN", "PK"), "1966-01")},
        ),
        # two demonyms under one plural office; what they discussed does not make the meeting an intent
        (
            "The Lebanese and Cypriot foreign ministers discussed maritime borders during a meeting in Beirut"
            " on Sunday.",
            {("meeting", ("CY", "LB"), "2021-03-07")},
        ),
        # an envoy accredited from one post to another; credentials handed over
        (
            "Ghana accredited its ambassador in Dakar to Mauritania in 2019.",
            {("ambassador_appointed", ("GH", "MR"), "2019")},
        ),
        (
            "The new Qatari envoy to Oman handed his credentials to the Sultan on Sunday.",
            {("ambassador_appointed", ("QA", "OM"), "2021-03-07")},
        ),
        # partners listed each with its date; embassies in two capitals
        (
            "Bhutan established diplomatic relations with Kuwait in 1983, with Bahrain in 2012 and with Oman in 2013.",
            {
                ("relations_established", ("BT", "KW"), "1983"),
                ("relations_established", ("BH", "BT"), "2012"),
                ("relations_established", ("BT", "OM"), "2013"),
            },
        ),
        (
            "Oman opened embassies in Tokyo and Seoul in 1980.",
            {("embassy_opened", ("OM", "JP"), "1980"), ("embassy_opened", ("OM", "KR"), "1980")},
        ),
        # a list of subjects with "the" after a comma; a passive whose complement names the envoy
        (
            "In January 2021 Saudi Arabia, the UAE and Bahrain restored ties with Qatar.",
            {
                ("relations_restored", ("QA", "SA"), "2021-01"),
                ("relations_restored", ("AE", "QA"), "2021-01"),
                ("relations_restored", ("BH", "QA"), "2021-01"),
            },
        ),
        (
            "Jane Roe was appointed as Ireland's ambassador to Chile in May 2019.",
            {("ambassador_appointed", ("IE", "CL"), "2019-05")},
        ),
        # one recognition per recognising state
        (
            "Montenegro was recognised by Iceland and Switzerland in June 2006.",
            {("recognition", ("IS", "ME"), "2006-06"), ("recognition", ("CH", "ME"), "2006-06")},
        ),
        # one visit per host
        (
            "The Prime Minister of Nepal visited New Delhi and Dhaka last week.",
            {("visit", ("NP", "IN"), "2021-03"), ("visit", ("NP", "BD"), "2021-03")},
        ),
        # Hamas is a movement, not a city of Syria with a plural s
        ("Egypt mediated between Israel and Hamas in May 2021.", set()),
    ],
)
def test_wire_phrasings(text: str, expected: set[Event]) -> None:
    assert norm(*events(text, FRI)) == norm(*expected)


@pytest.mark.parametrize(
    "text",
    [
        "Malta's defence minister left the meeting early on Tuesday.",  # leaving a meeting, not a place
        "The United States left Afghanistan in August 2021.",  # a state leaving a country is no visit
        "Chile and Peru upgraded their trade relations to a strategic partnership in 2019.",
        "Estonia will give the Russian diplomats 48 hours to leave.",
        "Lithuania did not order the Belarusian diplomats to leave.",
        "Algeria threatened to recall its ambassador from Madrid.",  # a threat
        "Rabat and Berlin are working to restore full diplomatic ties.",  # an effort
        "Kenya denied that it had expelled the Ugandan attaché.",  # a denial
        "There has been no meeting between the Iraqi and Kuwaiti leaders since 2019.",  # "no"
        "Jordan welcomed Bahrain's decision.",  # one welcomes decisions, not only guests
        "Egypt and Ethiopia discussed restoring full diplomatic relations.",  # a topic is still no event
        "Brazil has yet to recognize the new government of Bolivia.",  # not yet
        "A dispute over the closure of the Dutch embassy in Ankara strained ties with Turkey.",  # a topic
        "Spain refrained from recognizing Kosovo.",
    ],
)
def test_wire_phrasings_that_are_no_events(text: str) -> None:
    assert events(text, FRI) == set()


def test_an_office_named_again_keeps_the_state_the_text_gave_it() -> None:
    text = (
        "The Kuwaiti Foreign Minister met Iranian officials on Sunday. On Monday the Foreign Minister visited Baghdad."
    )
    assert ("visit", ("KW", "IQ"), "2021-03-08") in events(text, FRI)
    two = "The Egyptian President and the Sudanese President met on Sunday. On Monday the President visited Baghdad."
    assert not any(slug == "visit" for slug, _, _ in events(two, FRI))


# -- second pass: topics of talks, hosts, levels, since-dates --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Talks on restoring ties between Iran and Egypt have stalled.",  # a topic of talks
        "Talks about resuming diplomatic relations between Morocco and Algeria began in Rabat.",
        "Negotiations over the reopening of embassies between Bahrain and Qatar continued.",
        "Qatar, which mediated between Israel and Hamas, hosted the talks.",  # a host is no party
        "The committee of Saudi and Iraqi experts on joint water resources met in Baghdad.",  # below minister level
        "Jordan returned its ambassador to Qatar in July 2019.",  # no visit; not an appointment either
        "Egypt's national football team visited Tunisia on Monday.",  # no state's visit
        "A delegation of Kuwaiti athletes visited Oman.",
        "Hundreds of Iranian pilgrims arrived in Iraq on Monday.",
        "Senegal did not, however, recognise the new government of Gambia.",  # a negation past a parenthesis
        "Brazil has not, to this day, established relations with North Korea.",  # a negation past an aside
        # the title of an organisation's officer: no state's official
        "Arab League Secretary-General Ahmed Aboul Gheit met the Lebanese president in Beirut.",
        "Arab League chief Ahmed Aboul Gheit visited Lebanon on Monday.",
        # votes, postponements, suspended talks, accusations, talks that did not take place
        "The parliament of Iraq voted to expel the Turkish ambassador on Monday.",
        "Mali postponed the opening of its embassy in Ankara.",
        "Egypt suspended talks with Ethiopia on Monday.",
        "Egypt broke off talks with Ethiopia on Monday.",
        "Erdogan may visit Egypt.",  # a possibility
        "Egypt may have restored relations with Iran.",
        "A mission went to Egypt to study the possibility of restoring relations with Iran.",
        "The prospects of an embassy of Chile in Lima were discussed.",
        "The chances of reopening the Danish legation in Riga were slim.",
        "Egypt is said to have restored relations with Iran.",  # hearsay
        # co-mediators are no parties; an army and a militia are no two states
        "Talks between the Sudanese army and the RSF were held in Jeddah under Saudi and US mediation.",
        "Doha hosted talks between Washington and the Taliban in 2020.",
        "Iran accused Saudi Arabia of cutting ties to please Washington.",
        "The meeting between the Egyptian and Ethiopian ministers did not take place.",
        # meetings below minister level on one side
        "Saudi and Iranian officials met in Baghdad on Monday.",
        "The Egyptian foreign minister met Sudanese officials in Khartoum on Monday.",
        "The Omani foreign minister met a delegation of the Iranian parliament in Muscat on Monday.",
    ],
)
def test_second_pass_no_events(text: str) -> None:
    assert events(text, FRI) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a since-date bounds a state of affairs: the event takes the date of its own
        (
            "Kenya named its first ambassador to Somalia since 2019 on Tuesday.",
            {("ambassador_appointed", ("KE", "SO"), "2021-03-09")},
        ),
        (
            "Chad reopened its embassy in Israel, which had been closed since 1972.",
            {("embassy_opened", ("TD", "IL"), None), ("embassy_closed", ("TD", "IL"), None)},
        ),
        # the parties of talks named before a topic, and talks named by their parties' adjectives
        (
            "The foreign ministers of Iran and Egypt held talks on restoring ties in Baghdad on Monday.",
            {("meeting", ("EG", "IR"), "2021-03-08")},
        ),
        (
            "Talks between the Saudi and Iranian foreign ministers were held in Baghdad in April 2020.",
            {("meeting", ("IR", "SA"), "2020-04")},
        ),
        ("The Turkish and Syrian presidents met in Ankara on Monday.", {("meeting", ("SY", "TR"), "2021-03-08")}),
        ("The Egyptian president and his team visited Tunisia on Monday.", {("visit", ("EG", "TN"), "2021-03-08")}),
        ("Senegal, however, recognised the new government of Gambia.", {("recognition", ("SN", "GM"), None)}),
        # an anniversary's date is not the date of the event it commemorates
        (
            "In 2019, China and Pakistan celebrated the 68th anniversary of the establishment of diplomatic relations.",
            {("relations_established", ("CN", "PK"), None)},
        ),
        (
            "The Qatari foreign minister met the Iranian side in Doha on Monday.",
            {("meeting", ("IR", "QA"), "2021-03-08")},
        ),
        # a state after a comma alone opens a clause, unless the list goes on
        (
            "In 1990, following the invasion of Kuwait, Syria broke off relations with Iraq.",
            {("relations_severed", ("SY", "IQ"), "1990")},
        ),
        (
            "Cuba established relations with India, Japan and China in 1960.",
            {
                ("relations_established", ("CU", "IN"), "1960"),
                ("relations_established", ("CU", "JP"), "1960"),
                ("relations_established", ("CU", "CN"), "1960"),
            },
        ),
        # "the visit of" an official
        (
            "The two countries signed 12 agreements during the visit of the Chinese president to Egypt in"
            " January 2016.",
            {("agreement_signed", ("CN", "EG"), "2016-01"), ("visit", ("CN", "EG"), "2016-01")},
        ),
        # a coordinated verb shares the argument of the one before it
        (
            "Mongolia and North Korea established relations in 1948, which were suspended in 1999 and resumed in 2002.",
            {
                ("relations_established", ("KP", "MN"), "1948"),
                ("relations_severed", ("KP", "MN"), "1999"),
                ("relations_restored", ("KP", "MN"), "2002"),
            },
        ),
        # "May" the month is no modal
        ("In May 2020, Egypt restored relations with Iran.", {("relations_restored", ("EG", "IR"), "2020-05")}),
        # an offset from an event ("a week after Iran restored ...") dates nothing, and the states of the event
        # named after the noun are not the meeting's
        (
            "The meeting came a week after Iran restored relations with Egypt.",
            {("relations_restored", ("EG", "IR"), None)},
        ),
        (
            "Iran restored relations with Egypt on 2 March 2021. Two days after, the ministers met in Cairo.",
            {("relations_restored", ("EG", "IR"), "2021-03-02")},
        ),
        # a state inside a relative clause before the verb is not its subject
        (
            "Bahrain, which criticised Iran, severed ties with Iran in January 2016.",
            {("relations_severed", ("BH", "IR"), "2016-01")},
        ),
        # the pair "between" after a relations noun, not whoever welcomed it
        (
            "Tunisia's president welcomed the resumption of relations between Saudi Arabia and Iran.",
            {("relations_restored", ("IR", "SA"), None)},
        ),
        (
            "At the UN, Egyptian Foreign Minister Ahmed Aboul Gheit met Lebanon's president in 2008.",
            {("meeting", ("EG", "LB"), "2008")},
        ),
    ],
)
def test_second_pass_events(text: str, expected: set[Event]) -> None:
    assert events(text, FRI) == norm(*expected)
