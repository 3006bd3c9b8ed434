"""The Arabic extractor, phenomenon by phenomenon (issue 3), on sentences written for these tests.

Each test states one thing the extractor must read right: a spelling variant, a
clitic, a date form, a way of naming a state, an event type with its roles, or
a modality that makes a statement no event.
"""

from __future__ import annotations

from datetime import date

import pytest

from relgraph.extractors import get_extractor
from relgraph.model import Article, Mention

PUBLISHED = date(2024, 5, 16)  # a Thursday


def extract(text: str, published: date | None = PUBLISHED) -> list[Mention]:
    return get_extractor("arabic").extract(Article("t", text, "ar", published))


def events(text: str, published: date | None = PUBLISHED) -> set[tuple[str, tuple[str, ...], str | None]]:
    return {(m.type.slug, m.actors, m.date.iso if m.date else None) for m in extract(text, published)}


def one(text: str, published: date | None = PUBLISHED) -> tuple[str, tuple[str, ...], str | None]:
    found = events(text, published)
    assert len(found) == 1, found
    return found.pop()


# -- text: spelling, diacritics, tatweel, digits, punctuation, clitics ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "زار وزير الخارجية القطري الرياض في 3 مارس 2024.",  # plain
        "زارَ وزيرُ الخارجيةِ القطريُّ الرياضَ في 3 مارس 2024.",  # diacritics
        "زار وزيـــر الخارجيـة القطـري الريـاض في 3 مارس 2024.",  # tatweel
        "زار وزير الخارجيه القطري الرياض في ٣ مارس ٢٠٢٤.",  # haa for taa marbuta, Arabic-Indic digits
        "زار وزير الخارجية القطري الرياض فى ۳ مارس ۲۰۲۴.",  # alef maqsura for yaa, Persian digits
    ],
)
def test_spelling_variants_read_alike(text: str) -> None:
    assert one(text) == ("visit", ("QA", "SA"), "2024-03-03")


def test_hamza_and_alef_variants_of_a_name() -> None:
    assert one("زار ولي عهد الامارات القاهرة في 5 مارس 2024.") == ("visit", ("AE", "EG"), "2024-03-05")
    assert one("زار ولي عهد الإمارات القاهرة في 5 مارس 2024.") == ("visit", ("AE", "EG"), "2024-03-05")


def test_clitics_on_names_and_triggers() -> None:
    found = events(
        "وبحث أمير قطر مع الرئيس التركي في 4 مارس 2024 العلاقات بين البلدين، فزاره لاحقا في أنقرة في 6 مارس 2024."
    )
    assert ("meeting", ("QA", "TR"), "2024-03-04") in found
    assert events("واعترفت مصر بالاتحاد الروسي عام 1991.") == {("recognition", ("EG", "RU"), "1991")}
    assert one("وقطعت البحرين علاقاتها مع لبنان في 30 أكتوبر 2021.") == (
        "relations_severed",
        ("BH", "LB"),
        "2021-10-30",
    )


def test_arabic_punctuation_ends_sentences() -> None:
    found = events("هل زار الرئيس الفرنسي الجزائر؟ نعم، زارها في 25 أغسطس 2022؛ والتقى نظيره الجزائري.")
    assert {e[0] for e in found} >= {"visit"}
    assert all(e[1] == ("FR", "DZ") or set(e[1]) == {"FR", "DZ"} for e in found)


# -- dates ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "iso"),
    [
        ("في 7 يناير 2023", "2023-01-07"),
        ("في 7 كانون الثاني 2023", "2023-01-07"),
        ("في 7 شتنبر 2023", "2023-09-07"),
        ("في 7 مارس/آذار 2023", "2023-03-07"),
        ("في السابع من أيار (مايو) 2023", "2023-05-07"),
        ("في الحادي والعشرين من أكتوبر عام 2023", "2023-10-21"),
        ("في نوفمبر من عام 1989م", "1989-11"),
        ("سنة 1975", "1975"),
        ("اليوم", "2024-05-16"),
        ("أمس", "2024-05-15"),
        ("الثلاثاء الماضي", "2024-05-14"),
        ("يوم الخميس الماضي", "2024-05-09"),  # "يوم" names the weekday's day, not "the past day"
        ("الشهر الماضي", "2024-04"),
        ("في أواخر الثمانينات", "198X"),
    ],
)
def test_the_date_keeps_the_precision_the_text_gives(when: str, iso: str) -> None:
    assert one(f"أعلنت الكويت أنها استدعت سفيرها لدى بغداد {when} للتشاور.") == (
        "ambassador_recalled",
        ("KW", "IQ"),
        iso,
    )


def test_a_hijri_date_with_its_gregorian_gloss() -> None:
    text = "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م\nاستقبل خادم الحرمين الشريفين اليوم الرئيس اليمني."
    assert ("visit", ("YE", "SA"), "2015-08-10") in events(text, date(2015, 8, 10))


def test_a_range_takes_the_precision_both_ends_share() -> None:
    assert one("وزار الرئيس التونسي المغرب من 23 إلى 30 يوليوز 1980.") == ("visit", ("TN", "MA"), "1980-07")


def test_relative_dates_stay_unresolved_without_a_publication_date() -> None:
    assert one("استدعت الكويت سفيرها لدى بغداد أمس.", published=None) == ("ambassador_recalled", ("KW", "IQ"), None)


# -- actors -------------------------------------------------------------------------------------------------


def test_a_capital_stands_for_its_government() -> None:
    assert one("أعلنت الرباط قطع العلاقات مع طهران في 1 مايو 2018.") == (
        "relations_severed",
        ("MA", "IR"),
        "2018-05-01",
    )


def test_nisba_adjectives_name_the_official_state() -> None:
    assert one("التقى وزير الخارجية الأمريكي نظيره الصيني في بكين في 26 أبريل 2024.") == (
        "meeting",
        ("US", "CN"),
        "2024-04-26",
    )


def test_titles_without_a_state_name() -> None:
    found = events("استقبل خادم الحرمين الشريفين أمير الكويت في جدة في 2 مايو 2024.")
    assert ("visit", ("KW", "SA"), "2024-05-02") in found


def test_the_two_countries_are_the_pair_under_discussion() -> None:
    text = (
        "تشهد العلاقات بين السعودية والعراق تطورا ملحوظا. وقد تم افتتاح سفارتي البلدين في الرياض وبغداد في ديسمبر 2015."
    )
    assert events(text) == {("embassy_opened", ("IQ", "SA"), "2015-12"), ("embassy_opened", ("SA", "IQ"), "2015-12")}


def test_gcc_states_named_as_such_expand_to_their_members() -> None:
    found = events("استأنفت دول مجلس التعاون الخليجي العلاقات الدبلوماسية مع سوريا في مايو 2023.")
    assert {e[1] for e in found if e[0] == "relations_restored"} >= {("BH", "SY"), ("KW", "SY"), ("SA", "SY")}


def test_organisations_are_not_states() -> None:
    assert events("التقى الأمين العام للأمم المتحدة وزير الخارجية المصري في نيويورك أمس.") == set()


def test_a_former_state_is_chosen_by_the_date() -> None:
    assert one("أقامت الكويت علاقات دبلوماسية مع روسيا في 11 مارس 1963.") == (
        "relations_established",
        ("KW", "SU"),
        "1963-03-11",
    )
    assert one("أقامت الكويت علاقات دبلوماسية مع روسيا في 11 مارس 1993.") == (
        "relations_established",
        ("KW", "RU"),
        "1993-03-11",
    )


def test_a_person_named_once_with_the_title_is_known_later() -> None:
    text = "وصل وزير الخارجية الإيراني عباس عراقجي إلى الرياض أمس. وعقد عراقجي جلسة مباحثات مع وزير الخارجية السعودي."
    found = events(text)
    assert ("visit", ("IR", "SA"), "2024-05-15") in found
    assert any(e[0] == "meeting" and set(e[1]) == {"IR", "SA"} for e in found)


# -- the fourteen types and their roles ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "أقامت سلطنة عمان وجزر المالديف علاقات دبلوماسية في 2 فبراير 2024.",
            ("relations_established", ("OM", "MV"), "2024-02-02"),
        ),
        (
            "أعلنت تونس استئناف العلاقات الدبلوماسية مع سوريا في 12 أبريل 2023.",
            ("relations_restored", ("TN", "SY"), "2023-04-12"),
        ),
        (
            "قطعت الجزائر علاقاتها الدبلوماسية مع المغرب في 24 أغسطس 2021.",
            ("relations_severed", ("DZ", "MA"), "2021-08-24"),
        ),
        ("اعترفت إسبانيا بدولة فلسطين في 28 مايو 2023.", ("recognition", ("ES", "PS"), "2023-05-28")),
        ("افتتحت الإمارات سفارتها في دمشق في 27 ديسمبر 2018.", ("embassy_opened", ("AE", "SY"), "2018-12-27")),
        ("أغلقت كندا سفارتها في طهران في 7 سبتمبر 2012.", ("embassy_closed", ("CA", "IR"), "2012-09-07")),
        ("زار الرئيس المصري أنقرة في 4 سبتمبر 2023.", ("visit", ("EG", "TR"), "2023-09-04")),
        (
            "التقى وزير الخارجية الأردني نظيره السوري في عمان في 15 فبراير 2023.",
            ("meeting", ("JO", "SY"), "2023-02-15"),
        ),
        (
            "عينت السعودية سفيرا جديدا لها لدى إيران في 5 سبتمبر 2023.",
            ("ambassador_appointed", ("SA", "IR"), "2023-09-05"),
        ),
        ("استدعت الأردن سفيرها لدى إسرائيل في 1 نوفمبر 2023.", ("ambassador_recalled", ("JO", "IL"), "2023-11-01")),
        ("طردت فرنسا أربعة دبلوماسيين روس في 5 أبريل 2022.", ("diplomat_expelled", ("FR", "RU"), "2022-04-05")),
        ("وقعت مصر والسودان اتفاقية للتعاون العسكري في 2 مارس 2021.", ("agreement_signed", ("EG", "SD"), "2021-03-02")),
    ],
)
def test_each_type_with_its_roles(text: str, expected: tuple[str, tuple[str, ...], str]) -> None:
    found = events(text)
    assert expected in found, found


def test_mediation_names_the_mediator_first() -> None:
    found = events("توصلت إثيوبيا وإريتريا إلى اتفاق بعد وساطة من الإمارات في يوليو 2018.")
    mediation = [e for e in found if e[0] == "mediation"]
    assert mediation
    assert mediation[0][1][0] == "AE"
    assert set(mediation[0][1]) == {"AE", "ET", "ER"}


def test_negotiation_between_states() -> None:
    found = events("جرت في الدوحة جولة مفاوضات بين وفدي الولايات المتحدة وأفغانستان في فبراير 2020.")
    assert any(e[0] == "negotiation" and set(e[1]) >= {"US", "AF"} for e in found), found


def test_a_reception_is_a_visit_and_a_meeting_where_talks_are_stated() -> None:
    found = events("استقبل الرئيس الجزائري في الجزائر العاصمة أمس رئيس الوزراء الإيطالي، وبحث معه العلاقات الثنائية.")
    assert ("visit", ("IT", "DZ"), "2024-05-15") in found
    assert ("meeting", ("DZ", "IT"), "2024-05-15") in found
    alone = events("استقبل الرئيس الجزائري في الجزائر العاصمة أمس رئيس الوزراء الإيطالي.")
    assert alone == {("visit", ("IT", "DZ"), "2024-05-15")}


def test_a_phone_call_is_not_a_meeting() -> None:
    assert events("بحث أمير قطر مع الرئيس الإيراني في اتصال هاتفي أمس العلاقات الثنائية.") == set()


def test_summoning_a_foreign_ambassador_is_not_a_recall() -> None:
    assert events("استدعت وزارة الخارجية المصرية السفير الإسرائيلي أمس.") == set()


def test_an_agreement_to_establish_relations_is_the_establishment() -> None:
    found = events("وقع البلدان، فيجي والسعودية، اتفاقية إقامة العلاقات الدبلوماسية في 5 أغسطس 2015.")
    assert {e[0] for e in found} == {"relations_established"}


# -- modality: no event ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "سيزور الرئيس التركي القاهرة الأسبوع المقبل.",
        "سوف يزور الرئيس التركي القاهرة في يونيو 2024.",
        "لن تعترف مصر بتايوان.",
        "لم تقطع الكويت علاقاتها مع إيران.",
        "من المقرر أن يزور ولي العهد السعودي طوكيو في يونيو 2024.",
        "يعتزم الرئيس الفرنسي زيارة الجزائر.",
        "تسعى قطر إلى التوسط بين إيران والولايات المتحدة.",
        "في حال اعترفت البرازيل بكوسوفو فستكون أول دولة لاتينية.",
        "وجه أمير الكويت دعوة رسمية للرئيس المصري لزيارة الكويت.",
        "اتفقت السعودية وإيران على إعادة فتح السفارتين خلال شهرين.",
    ],
)
def test_planned_hoped_for_conditional_and_negated_statements_are_no_events(text: str) -> None:
    assert events(text) == set()


def test_the_same_event_told_twice_is_one_event_at_the_finest_date() -> None:
    text = (
        "زار الرئيس الروسي الدوحة في فبراير 2007. "
        "وكانت زيارة الرئيس الروسي إلى الدوحة في 12 فبراير 2007 الأولى من نوعها."
    )
    assert events(text) == {("visit", ("RU", "QA"), "2007-02-12")}


def test_every_mention_indexes_its_evidence() -> None:
    text = "أُقيمَتْ العلاقاتُ بين قطرَ وروسيا في الأول من أغسطس عام ١٩٨٨."
    for m in extract(text):
        assert text[m.start : m.end] == m.evidence


@pytest.mark.parametrize(
    "text",
    [
        "استقبل الرئيس الجزائري في الجزائر العاصمة أمس رئيس وزراء إيطاليا.",  # an office in the construct state
        "استقبل الرئيس الجزائري في الجزائر العاصمة أمس رئيس الوزراء الإيطالي.",  # the same office with a nisba
    ],
)
def test_an_office_names_its_state_by_genitive_or_nisba(text: str) -> None:
    assert ("visit", ("IT", "DZ"), "2024-05-15") in events(text)


def test_a_name_that_is_also_a_word_names_the_state_only_as_a_place_or_after_an_office() -> None:
    assert one("وصل وزير الخارجية الإيراني إلى مسقط أمس.") == ("visit", ("IR", "OM"), "2024-05-15")
    assert events("عاد الوزير الإيراني إلى مسقط رأسه أمس.") == set()  # his birthplace, not Muscat
    assert one("وصل الرئيس الروماني إلى القاهرة أمس.") == ("visit", ("RO", "EG"), "2024-05-15")
    assert events("أعلنت الحكومة المصرية عن دعم مالي جديد أمس.") == set()  # financial, not Malian


def test_presenting_something_to_a_state_is_no_visit() -> None:
    assert events("قدمت قطر دعما ماليا للأردن أمس.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "طالبت البحرين القائم بالأعمال الإيراني بمغادرة البلاد أمس.",
            ("diplomat_expelled", ("BH", "IR"), "2024-05-15"),
        ),
        (
            "أعلنت السعودية قطع علاقاتها الدبلوماسية مع إيران أمس وطلبت من أفراد البعثة الدبلوماسية الإيرانية "
            "مغادرة المملكة.",
            ("diplomat_expelled", ("SA", "IR"), "2024-05-15"),
        ),
    ],
)
def test_ordering_diplomats_to_leave_is_an_expulsion(text: str, expected: tuple[str, tuple[str, ...], str]) -> None:
    assert expected in events(text)


def test_ordering_troops_or_citizens_to_leave_is_not() -> None:
    assert events("طالبت مصر بمغادرة القوات الأجنبية ليبيا أمس، وطلبت الخارجية من مواطنيها مغادرة لبنان.") == set()


# -- phrasings of wires and encyclopedias beyond the development set ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit told on departure
        ("غادر رئيس الوزراء الباكستاني الرياض اليوم بعد زيارة رسمية للمملكة.", {("visit", ("PK", "SA"), "2024-05-16")}),
        # a passive of resumption
        (
            "استؤنفت العلاقات الدبلوماسية بين تونس وسوريا في فبراير 2023.",
            {("relations_restored", ("TN", "SY"), "2023-02")},
        ),
        # an upgrade to full diplomatic relations is their establishment
        (
            "رفعت البحرين وإسرائيل مستوى العلاقات إلى علاقات دبلوماسية كاملة في سبتمبر 2020.",
            {("relations_established", ("BH", "IL"), "2020-09")},
        ),
        # the oath of a new ambassador before his head of state
        (
            "أدى سفير الكويت لدى المغرب اليمين القانونية أمام أمير البلاد أمس.",
            {("ambassador_appointed", ("KW", "MA"), "2024-05-15")},
        ),
        # ambassadors exchanged: one appointment each way
        (
            "تبادلت مصر والأردن السفراء عام 1996.",
            {("ambassador_appointed", ("EG", "JO"), "1996"), ("ambassador_appointed", ("JO", "EG"), "1996")},
        ),
        # a joint statement in the accusative
        (
            "وقع وزيرا خارجية الكويت والعراق بيانا مشتركا في بغداد يوم الأحد.",
            {("agreement_signed", ("KW", "IQ"), "2024-05-12")},
        ),
        # one recall per post
        (
            "سحبت فرنسا سفيريها من الولايات المتحدة وأستراليا يوم الجمعة.",
            {("ambassador_recalled", ("FR", "US"), "2024-05-10"), ("ambassador_recalled", ("FR", "AU"), "2024-05-10")},
        ),
        # a passive recognition with its agent
        ("تم الاعتراف بالجبل الأسود من قبل آيسلندا في 12 يونيو 2006.", {("recognition", ("IS", "ME"), "2006-06-12")}),
        # a guest of a state
        ("حل رئيس الوزراء الإيطالي ضيفا على تونس يوم الاثنين.", {("visit", ("IT", "TN"), "2024-05-13")}),
        # a diplomat in the indefinite accusative, his state after him
        (
            "أعلنت لاتفيا دبلوماسيا روسيا شخصا غير مرغوب فيه يوم الجمعة.",
            {("diplomat_expelled", ("LV", "RU"), "2024-05-10")},
        ),
        # a possessive before its owner
        (
            "وخلال زيارته إلى الرباط يوم الثلاثاء، التقى رئيس الوزراء الإسباني العاهل المغربي.",
            {("visit", ("ES", "MA"), "2024-05-14"), ("meeting", ("ES", "MA"), "2024-05-14")},
        ),
        # a joint committee named with its rank and its two states
        (
            "عقدت اللجنة الوزارية السعودية العمانية المشتركة دورتها الرابعة في مسقط في 3 مارس 2024.",
            {("meeting", ("SA", "OM"), "2024-03-03")},
        ),
        # a working visit with the Algerian month name
        (
            "وصل وزير الشؤون الخارجية التونسي إلى الجزائر يوم 15 جانفي 2024 في زيارة عمل.",
            {("visit", ("TN", "DZ"), "2024-01-15")},
        ),
        # the dual embassies with their possessive
        (
            "أعادت أرمينيا وجورجيا فتح سفارتيهما في مايو 2020.",
            {("embassy_opened", ("AM", "GE"), "2020-05"), ("embassy_opened", ("GE", "AM"), "2020-05")},
        ),
        # a passive expulsion: the state they were expelled from
        ("تم طرد القائم بالأعمال الإيراني من المغرب عام 2018.", {("diplomat_expelled", ("MA", "IR"), "2018")}),
        # the sending state after a second envoy noun ("سفيرا لـ")
        (
            "تم تعيين السفير خالد يوسف سفيرا للكويت لدى الأردن في يونيو 2022.",
            {("ambassador_appointed", ("KW", "JO"), "2022-06")},
        ),
        # one visit per host
        (
            "زار رئيس الوزراء النيبالي نيودلهي ودكا الأسبوع الماضي.",
            {("visit", ("NP", "IN"), "2024-05"), ("visit", ("NP", "BD"), "2024-05")},
        ),
        # the recognised state after "استقلال"
        ("اعترفت تونس باستقلال موريتانيا عام 1960.", {("recognition", ("TN", "MR"), "1960")}),
        # a city's state after it is where, not who; an office with a council between it and its state
        (
            "التقى رئيس مجلس السيادة السوداني رئيس الوزراء الإسرائيلي في عنتيبي بأوغندا يوم 3 فبراير 2020.",
            {("meeting", ("SD", "IL"), "2020-02-03")},
        ),
        # a second verb with no object of its own shares the first one's relations
        (
            "قطعت العلاقات بين السنغال وإيران عام 2011 ثم أعيدت عام 2013.",
            {("relations_severed", ("SN", "IR"), "2011"), ("relations_restored", ("SN", "IR"), "2013")},
        ),
        (
            "قطعت العلاقات بين السنغال وإيران عام 2011 واستأنفت الرحلات الجوية عام 2013.",  # flights, not relations
            {("relations_severed", ("SN", "IR"), "2011")},
        ),
        # partners listed each with its date: "ومع" is "and with", not Morocco's news agency
        (
            "أقامت بوتان علاقات دبلوماسية مع الكويت عام 1983 ومع البحرين عام 2012.",
            {("relations_established", ("BT", "KW"), "1983"), ("relations_established", ("BT", "BH"), "2012")},
        ),
        # a counterpart is an official of the state his adjective names
        (
            "بحث وزير الخارجية الكويتي مع نظيره العماني في مسقط اليوم العلاقات الثنائية.",
            {("meeting", ("KW", "OM"), "2024-05-16")},
        ),
        # the subjects after a prepositional object, listed with "كل من": one recognition each
        (
            "اعترف بالجبل الأسود كل من آيسلندا وسويسرا في يونيو 2006.",
            {("recognition", ("IS", "ME"), "2006-06"), ("recognition", ("CH", "ME"), "2006-06")},
        ),
        ("توسطت الجزائر بين كل من إيران والعراق عام 1975.", {("mediation", ("DZ", "IR", "IQ"), "1975")}),
        # the visitor named before a participle
        (
            "التقى ولي عهد الكويت في الكويت اليوم رئيس الوزراء الباكستاني الزائر.",
            {("meeting", ("KW", "PK"), "2024-05-16"), ("visit", ("PK", "KW"), "2024-05-16")},
        ),
        # a passive recall: the envoy's own state recalls him
        ("استدعي سفير تركيا لدى هولندا للتشاور عام 2017.", {("ambassador_recalled", ("TR", "NL"), "2017")}),
        # "بدولة": a state's title does not hide the preposition; a government is followed by no one's name
        ("اعترفت الحكومة النمساوية بدولة سلوفينيا في 15 يناير 1992.", {("recognition", ("AT", "SI"), "1992-01-15")}),
    ],
)
def test_wire_phrasings(text: str, expected: set[tuple[str, tuple[str, ...], str | None]]) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a preposition of place, Amman; otherwise Oman
        ("وصل وزير الخارجية التركي إلى عمان اليوم.", ("visit", ("TR", "JO"), "2024-05-16")),
        ("استقبل ملك الأردن في عمان اليوم وزير الخارجية المصري.", ("visit", ("EG", "JO"), "2024-05-16")),
        ("توسطت عمان بين إيران والولايات المتحدة عام 2013.", ("mediation", ("OM", "IR", "US"), "2013")),
        ("زار وزير الخارجية الكويتي عمان أمس.", ("visit", ("KW", "JO"), "2024-05-15")),  # a travel verb's object
        ("أعلنت عمان وإيران استئناف العلاقات أمس.", ("relations_restored", ("OM", "IR"), "2024-05-15")),
    ],
)
def test_oman_or_amman_by_context(text: str, expected: tuple[str, tuple[str, ...], str | None]) -> None:
    assert expected in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "غادرت الولايات المتحدة أفغانستان في أغسطس 2021.",  # a state leaving a country is no visit
        "لن تتبادل مصر وإيران السفراء.",
        "تعتزم البحرين وإسرائيل رفع مستوى العلاقات إلى علاقات دبلوماسية كاملة.",
        "من المقرر أن يغادر الرئيس التونسي الجزائر غدا بعد زيارة رسمية.",
        "أعلنت البحرين والأردن اتفاقهما على إعادة فتح السفارتين في غضون شهرين.",
        "هددت الجزائر باستدعاء سفيرها من مدريد.",  # a threat
        "تعمل الرباط وبرلين على استعادة العلاقات الدبلوماسية الكاملة.",  # an effort
        "تدرس الكويت إعادة فتح سفارتها في دمشق.",  # under study
        "نفت كينيا أن تكون قد طردت الملحق الأوغندي.",  # a denial
        "نشب خلاف بين تركيا وهولندا بشأن إغلاق السفارة الهولندية في أنقرة.",  # a topic
    ],
)
def test_wire_phrasings_that_are_no_events(text: str) -> None:
    assert events(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "تعثرت المحادثات بشأن استئناف العلاقات بين إيران ومصر.",  # a topic of talks
        "جرت محادثات حول إعادة فتح السفارات بين البحرين وقطر.",
        "استضافت قطر المحادثات بين الولايات المتحدة وحركة طالبان.",  # a host is no party, the Taliban no state
        "التقى خبراء من مصر والسودان في الخرطوم.",  # below minister level
        "لا توجد علاقات دبلوماسية بين البلدين منذ عام 1980.",
        "اختتم منتخب مصر زيارته إلى تونس.",  # a team's visit is no state's
        "وصل فريق كرة القدم المصري إلى تونس يوم الاثنين.",
        "وصل وفد من الرياضيين الكويتيين إلى مسقط في زيارة.",
        "التقى الأمين العام لجامعة الدول العربية أحمد أبو الغيط الرئيس اللبناني في بيروت.",  # no state's
        "لم تعترف البرازيل، حتى اليوم، بكوريا الشمالية.",  # a negation past an aside
        "صوت البرلمان العراقي على طرد السفير التركي يوم الاثنين.",  # a vote to act
        "أجلت مالي افتتاح سفارتها في أنقرة.",  # postponed, cancelled
        "ألغيت زيارة الرئيس الروسي إلى تركيا.",
        "اتهمت إيران السعودية بقطع العلاقات إرضاء لواشنطن.",  # an accusation
        "التقى مسؤولون سعوديون وإيرانيون في بغداد يوم الاثنين.",  # below minister level
        "التقى وزير الخارجية المصري مسؤولين سودانيين في الخرطوم يوم الاثنين.",
        "التقى وزير الخارجية العماني وفدا من البرلمان الإيراني في مسقط يوم الاثنين.",
        # headlines: a purpose, an agreement to act
        "وزير الخارجية السعودي في بغداد لإجراء محادثات مع نظيره العراقي",
        "مصر وتركيا تتفقان على تبادل السفراء",
        "الأردن يستدعي السفير الإسرائيلي لديه",  # a summons, not a recall
        "علقت مصر المحادثات مع إثيوبيا يوم الاثنين.",  # suspended talks
        # a negation before "did ... with": the trigger's clitic is no word between them; an aside between commas
        "لم تقم مصر بإعادة العلاقات مع إيران.",
        "لم تقم مصر، حتى الآن، بإعادة العلاقات مع إيران.",
        "لم يسبق لأي رئيس أمريكي أن زار إيران.",  # never before
        "ولم تتمكن تونس من فتح سفارتها في دمشق.",  # could not
        "لم تكن مصر قد أعادت علاقاتها مع إيران حتى ذلك الحين.",  # had not
        "مصر تستأنف علاقاتها مع قطر الأسبوع المقبل",
    ],
)
def test_second_pass_no_events(text: str) -> None:
    assert events(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a since-date bounds a state of affairs: the event takes the date of its own
        (
            "عين الأردن أول سفير له في ليبيا منذ عام 2014 يوم الثلاثاء.",
            {("ambassador_appointed", ("JO", "LY"), "2024-05-14")},
        ),
        # the two presidents named by one office and two adjectives
        ("التقى الرئيسان التركي والسوري في أنقرة يوم الاثنين.", {("meeting", ("TR", "SY"), "2024-05-13")}),
        ("وصل الرئيس المصري إلى تونس يوم الاثنين.", {("visit", ("EG", "TN"), "2024-05-13")}),
        # a military rank, not a team
        ("وصل الفريق أول عبد الفتاح البرهان إلى القاهرة يوم الاثنين.", {("visit", ("SD", "EG"), "2024-05-13")}),
        ("رحب الرئيس التونسي باستئناف العلاقات بين السعودية وإيران.", {("relations_restored", ("SA", "IR"), None)}),
        # headlines in the present tense
        ("قطر ومصر تستأنفان العلاقات الدبلوماسية", {("relations_restored", ("QA", "EG"), None)}),
        # an offset from an event dates nothing
        ("وجاء اللقاء بعد يومين من استئناف العلاقات بين مصر وقطر.", {("relations_restored", ("EG", "QA"), None)}),
        ("ويأتي هذا اللقاء بعد أسبوع من زيارة وزير الخارجية الإيراني إلى مسقط.", {("visit", ("IR", "OM"), None)}),
        ("المغرب يستدعي سفيره في ألمانيا للتشاور", {("ambassador_recalled", ("MA", "DE"), None)}),
    ],
)
def test_second_pass_events(text: str, expected: set[tuple[str, tuple[str, ...], str | None]]) -> None:
    assert events(text) == expected
