"""Temporal expressions in Arabic and English, one test (a parametrised group) per phenomenon.

Every sentence here is written for these tests. Arabic cases are read as
published on Wednesday 16 April 2025, English ones on Friday 13 August 2021.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hijridate import Hijri

from relgraph.dates import TimeExpression, find_dateline, find_dates, parse_date
from relgraph.model import PartialDate, Precision
from relgraph.text import normalize, split_sentences

PUBLISHED = {"ar": date(2025, 4, 16), "en": date(2021, 8, 13)}  # a Wednesday, a Friday
Bounds = tuple[date, date]


def found(lang: str, text: str, published: date | None = None) -> list[TimeExpression]:
    norm = normalize(text).text
    out = find_dates(norm, lang, published)
    assert all(norm[e.start : e.end] == e.text for e in out)
    return out


def one(lang: str, text: str, published: date | None = None) -> TimeExpression:
    out = found(lang, text, published)
    assert len(out) == 1, [(e.text, e.date) for e in out]
    return out[0]


def iso(lang: str, text: str, published: date | None = None) -> str | None:
    d = one(lang, text, published).date
    return d.iso if d else None


def listed(lang: str, text: str, published: date | None = None) -> list[tuple[str, str | None]]:
    return [(e.text, e.date.iso if e.date else None) for e in found(lang, text, published)]


def interval(lang: str, text: str, published: date | None = None) -> tuple[str, Bounds]:
    d = one(lang, text, published).date
    assert d is not None
    return d.iso, (d.earliest, d.latest)


# -- month names ----------------------------------------------------------------------------------------------------

EGYPTIAN = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
]
LEVANTINE = [
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
]
MAGHREBI = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
VARIANTS = [("ابريل", 4), ("إبريل", 4), ("يونيه", 6), ("يوليه", 7), ("اغسطس", 8)]
ENGLISH = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@pytest.mark.parametrize(
    ("name", "month"),
    [(n, i + 1) for family in (EGYPTIAN, LEVANTINE, MAGHREBI) for i, n in enumerate(family)] + VARIANTS,
)
def test_arabic_month_names_of_every_family(name: str, month: int) -> None:
    assert iso("ar", f"وصل الوفد في 5 {name} 2010 الى العاصمه") == f"2010-{month:02d}-05"
    assert iso("ar", f"وقعت الاتفاقيه في {name} 1999") == f"1999-{month:02d}"


@pytest.mark.parametrize(("month", "name"), list(enumerate(ENGLISH, start=1)))
def test_english_month_names(month: int, name: str) -> None:
    assert iso("en", f"The delegation arrived on 5 {name} 2010.") == f"2010-{month:02d}-05"
    assert iso("en", f"The deal was signed in {name} 1999.") == f"1999-{month:02d}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تم التوقيع في 26 مارس/آذار 1979 في واشنطن", "1979-03-26"),
        ("جرت الانتخابات في أيار (مايو) 2010", "2010-05"),
        ("دخل القرار حيز التنفيذ في 1 أغسطس/ آب 2015", "2015-08-01"),
        ("اندلعت الاحتجاجات في يوليو تموز 2013", "2013-07"),
        ("تعقد القمة في 14 تموز (يوليو) 2030", "2030-07-14"),
    ],
)
def test_paired_month_names_are_one_expression(text: str, expected: str) -> None:
    assert iso("ar", text) == expected


def test_paired_month_with_the_current_marker() -> None:
    e = one("ar", "يزور الوزير البلاد في 14 يوليو (تموز) الجاري", PUBLISHED["ar"])
    assert (e.text, e.date, e.relative) == ("14 يوليو (تموز) الجاري", PartialDate.day(2025, 7, 14), True)


# -- calendar dates -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "span", "expected"),
    [
        ("en", "The treaty was signed on September 5, 1971 in Geneva.", "September 5, 1971", "1971-09-05"),
        ("en", "The treaty was signed on 5 September 1971 in Geneva.", "5 September 1971", "1971-09-05"),
        ("en", "The accords of September 22nd, 2006 were a turning point.", "September 22nd, 2006", "2006-09-22"),
        ("en", "Relations were restored on October 14,1972 after talks.", "October 14,1972", "1972-10-14"),
        ("en", "The summit opened on 04 May 2022 in the capital.", "04 May 2022", "2022-05-04"),
        ("en", "On 28th January, 2022, the two states signed a communique.", "28th January, 2022", "2022-01-28"),
        ("en", "The first of March 1990 was chosen for the ceremony.", "The first of March 1990", "1990-03-01"),
        ("en", "On Monday, 5 September 1977 the talks began.", "Monday, 5 September 1977", "1977-09-05"),
        ("en", "Talks opened in November 1977 in Jerusalem.", "November 1977", "1977-11"),
        ("en", "The mission closed in June, 1967 during the war.", "June, 1967", "1967-06"),
        ("en", "The agreement was dated 2015-08-10 by both parties.", "2015-08-10", "2015-08-10"),
        ("en", "The agreement was dated 10/08/2015 by both parties.", "10/08/2015", "2015-08-10"),
        ("ar", "اعترفت الحكومة بالدولة في السادس من ديسمبر عام 1991", "السادس من ديسمبر عام 1991", "1991-12-06"),
        ("ar", "وفي نوفمبر من عام 1989 افتتحت السفارتان", "نوفمبر من عام 1989", "1989-11"),
        ("ar", "نشر البيان بتاريخ 10/08/2015 في الصحف", "10/08/2015", "2015-08-10"),
    ],
)
def test_calendar_dates(lang: str, text: str, span: str, expected: str) -> None:
    e = one(lang, text)
    assert (e.text, e.date.iso if e.date else None, e.relative) == (normalize(span).text, expected, False)


ORDINALS = [
    "الأول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
    "الحادي عشر",
    "الثاني عشر",
    "الثالث عشر",
    "الرابع عشر",
    "الخامس عشر",
    "السادس عشر",
    "السابع عشر",
    "الثامن عشر",
    "التاسع عشر",
    "العشرين",
    "الحادي والعشرين",
    "الثاني والعشرين",
    "الثالث والعشرين",
    "الرابع والعشرين",
    "الخامس والعشرين",
    "السادس والعشرين",
    "السابع والعشرين",
    "الثامن والعشرين",
    "التاسع والعشرين",
    "الثلاثين",
    "الحادي والثلاثين",
]


@pytest.mark.parametrize(("day", "word"), list(enumerate(ORDINALS, start=1)))
def test_arabic_ordinal_days(day: int, word: str) -> None:
    assert iso("ar", f"أعلن الاتفاق في {word} من ديسمبر عام 2001") == f"2001-12-{day:02d}"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "تعود العلاقات بين البلدين إلى الأول من أغسطس عام 1988", "1988-08-01"),
        ("ar", "في مثل هذا اليوم التاسع عشر من نوفمبر 1977 هبطت الطائرة", "1977-11-19"),
        ("ar", "انعقد المؤتمر في الحادية والعشرين من آذار 2003", "2003-03-21"),
        ("ar", "وفي العشرون من يناير 2005 استؤنفت العلاقات", "2005-01-20"),
        ("en", "The treaty was signed on the twenty-first of June 1990.", "1990-06-21"),
        ("en", "The treaty was signed on the 5th of September 1971.", "1971-09-05"),
    ],
)
def test_ordinal_day_sentences(lang: str, text: str, expected: str) -> None:
    assert iso(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The ministers met on Sept. 5 in Doha.", "2021-09-05"),
        ("en", "The ministers met on Sep 5 in Doha.", "2021-09-05"),
        ("en", "The ministers met on the 5th of September in Doha.", "2021-09-05"),
        ("en", "The ministers met on February 13 in Munich.", "2021-02-13"),
        ("en", "The ministers met on December 28 in Cairo.", "2021-12-28"),
        ("ar", "التقى الوزيران في 5 سبتمبر في الدوحة", "2025-09-05"),
        ("ar", "التقى الوزيران في 3 فبراير في الدوحة", "2025-02-03"),
    ],
)
def test_month_day_without_a_year_takes_the_nearest_occurrence(lang: str, text: str, expected: str) -> None:
    e = one(lang, text, PUBLISHED[lang])
    assert (e.date.iso if e.date else None, e.relative) == (expected, True)
    assert one(lang, text).date is None


def test_a_month_day_late_in_the_year_seen_from_january_is_last_year() -> None:
    assert iso("en", "The ministers met on December 28 in Cairo.", date(2021, 1, 5)) == "2020-12-28"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "It signed communiques on 9th November and 24th November 2021, respectively.",
            [("9th November", "2021-11-09"), ("24th November 2021", "2021-11-24")],
        ),
        ("en", "The envoys met on 5 and 6 June 2020.", [("5", "2020-06-05"), ("6 June 2020", "2020-06-06")]),
        ("ar", "وقع البلدان البيانين في 9 و24 نوفمبر 2021", [("9", "2021-11-09"), ("24 نوفمبر 2021", "2021-11-24")]),
    ],
)
def test_two_dates_sharing_a_year_are_two_expressions(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert listed(lang, text) == expected


# -- years ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "قام الرئيس بزيارة عمل في فبراير عام 2007", "2007-02"),
        ("ar", "توفي في أبريل من العام 2013 بحسب المصادر", "2013-04"),
        ("ar", "تأسست المنظمة عام 1949 في جنيف", "1949"),
        ("ar", "أغلقت القنصلية سنة 1990 بعد الحرب", "1990"),
        ("ar", "وقعت المعاهدة في العام 2013", "2013"),
        ("ar", "انتهت الحرب 1991م بتوقيع الهدنة", "1991"),
        ("ar", "بنيت القلعة عام 1500 ميلادي", "1500"),
        ("ar", "صدر القانون لعام 2004 بعد نقاش", "2004"),
        ("ar", "خصصت الميزانية للعام 2015 مبالغ كبيرة", "2015"),
        ("ar", "استقلت البلاد في 1962 بعد حرب طويلة", "1962"),
        ("en", "The empire had recognized the republic in 1803.", "1803"),
        ("en", "Relations were established in 1989, officials said.", "1989"),
        ("en", "The dispute dates back to the 1967 war.", "1967"),
        ("en", "Nothing changed until 2001 in the region.", "2001"),
        ("en", "The treaty of 1648 ended the war.", "1648"),
        ("en", "The city was founded in the year 1190.", "1190"),
        ("en", "1994\nA year of change.", "1994"),
        ("en", "The mosque was built in 622 AD by the town.", "0622"),
    ],
)
def test_years(lang: str, text: str, expected: str) -> None:
    assert iso(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "شارك أكثر من 2,000 شخص في المسيرة"),
        ("ar", "دعا البيان إلى تطبيق القرار 242 كاملا"),
        ("ar", "مارس الوزير ضغوطا كبيرة على الوفد"),
        ("ar", "قال إنه يمارس عمله بشكل طبيعي"),
        ("ar", "ارتفع عدد الجنود إلى 1500 جندي"),
        ("ar", "أقامت الجمعية العامة حفلا للأطفال"),
        ("en", "The statement said 1,300 troops would stay."),
        ("en", "More than 2,000 people attended the rally."),
        ("en", "They invoked resolution 242 and resolutions 338 and 1441."),
        ("en", "See page 1989 of the report for details."),
        ("en", "Delegates representing 1500 companies took part."),
        ("en", "The minister may 5 times have said so."),
    ],
)
def test_numbers_and_words_that_are_not_dates(lang: str, text: str) -> None:
    assert found(lang, text, PUBLISHED[lang]) == []


def test_arabic_clitics_stay_outside_the_expression() -> None:
    e = one("ar", "والثلاثاء الماضي التقى الوزيران", PUBLISHED["ar"])
    assert (e.text, e.date) == ("الثلاثاء الماضي", PartialDate.day(2025, 4, 15))


# -- Hijri ----------------------------------------------------------------------------------------------------------

HIJRI = [
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
]


@pytest.mark.parametrize(("month", "name"), list(enumerate(HIJRI, start=1)))
def test_hijri_months_convert_with_umm_al_qura(month: int, name: str) -> None:
    expected = PartialDate.from_date(Hijri(1440, month, 3).to_gregorian())
    assert one("ar", f"صدر المرسوم في 3 {name} 1440 هـ").date == expected


def test_hijri_month_and_year_cover_their_gregorian_days() -> None:
    d = one("ar", "بدأ الصيام في رمضان 1436 هـ").date
    assert d is not None
    last = Hijri(1436, 9, 1).month_length()
    assert (d.earliest, d.latest) == (Hijri(1436, 9, 1).to_gregorian(), Hijri(1436, 9, last).to_gregorian())
    assert d.precision is Precision.YEAR  # Ramadan 1436 falls within 2015


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        ("ar", "برلين 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس", "25 شوال 1436 ه الموافق 10 اغسطس 2015 م"),
        ("ar", "الرياض 26 شوال 1436 هـ الموافق 10 أغسطس 2015 م", "26 شوال 1436 ه الموافق 10 اغسطس 2015 م"),
        (
            "en",
            "The decree is dated 25 Shawwal 1436 AH, corresponding to 10 August 2015.",
            "25 Shawwal 1436 AH, corresponding to 10 August 2015",
        ),
    ],
)
def test_hijri_date_with_its_gregorian_gloss_is_one_gregorian_expression(lang: str, text: str, span: str) -> None:
    e = one(lang, text)
    assert (e.text, e.date, e.relative) == (span, PartialDate.day(2015, 8, 10), False)


def test_a_gloss_that_disagrees_gives_both_dates() -> None:
    out = listed("ar", "الرياض 1 رمضان 1436 هـ الموافق 10 أغسطس 2015 م")
    assert [d for _, d in out] == ["2015-06-18", "2015-08-10"]


def test_hijri_outside_the_conversion_table_has_no_date() -> None:
    assert iso("ar", "ولد في 5 رجب 1200 هـ") is None
    assert one("en", "The decree is dated 1 Ramadan 1436 AH.").date == PartialDate.day(2015, 6, 18)


# -- relative to the publication date -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "وصل الوزير اليوم إلى الدوحة", "2025-04-16"),
        ("ar", "وصل الوزير أمس إلى الدوحة", "2025-04-15"),
        ("ar", "وصل الوزير أول أمس إلى الدوحة", "2025-04-14"),
        ("ar", "يصل الوزير غدا إلى الدوحة", "2025-04-17"),
        ("ar", "قالت الحكومة اليوم الأربعاء إنها", "2025-04-16"),
        ("ar", "استقبل الرئيس الأحد وزير الخارجية", "2025-04-13"),
        ("ar", "استقبل الرئيس يوم الأربعاء وزير الخارجية", "2025-04-16"),
        ("ar", "التقى الوزيران الثلاثاء الماضي في جنيف", "2025-04-15"),
        ("ar", "التقى الوزيران الأربعاء الماضي في جنيف", "2025-04-09"),
        ("ar", "يلتقي الوزيران الخميس المقبل في جنيف", "2025-04-17"),
        ("ar", "تراجعت الصادرات الشهر الماضي بشكل حاد", "2025-03"),
        ("ar", "ارتفعت الصادرات خلال الشهر الجاري", "2025-04"),
        ("ar", "ارتفعت الصادرات خلال الشهر الحالي", "2025-04"),
        ("ar", "جرت الانتخابات العام الماضي", "2024"),
        ("ar", "تجري الانتخابات العام الجاري", "2025"),
        ("ar", "تجري الانتخابات خلال العام الحالي", "2025"),
        ("ar", "تجري الانتخابات هذا العام", "2025"),
        ("ar", "تجري الانتخابات العام المقبل", "2026"),
        ("ar", "قتل قبل ستة أشهر في المعارك", "2024-10"),
        ("ar", "انقطعت العلاقات منذ أربع سنوات", "2021"),
        ("ar", "زار البلاد قبل عامين", "2023"),
        ("ar", "تسلم نسخة من أوراق الاعتماد في 3 شباط الماضي", "2025-02-03"),
        ("ar", "وقعت الحادثة في نوفمبر المنصرم", "2024-11"),
        ("ar", "تعقد القمة في 11 أغسطس/آب الجاري", "2025-08-11"),
        ("en", "The minister arrived today in Doha.", "2021-08-13"),
        ("en", "The minister arrived yesterday in Doha.", "2021-08-12"),
        ("en", "The minister arrived the day before yesterday in Doha.", "2021-08-11"),
        ("en", "The minister arrives tomorrow in Doha.", "2021-08-14"),
        ("en", "The leaders met on Monday in Doha.", "2021-08-09"),
        ("en", "The leaders met on Friday in Doha.", "2021-08-13"),
        ("en", "The leaders met last Tuesday in Doha.", "2021-08-10"),
        ("en", "The leaders met last Friday in Doha.", "2021-08-06"),
        ("en", "The leaders meet next Friday in Doha.", "2021-08-20"),
        ("en", "Exports fell last month, data showed.", "2021-07"),
        ("en", "Exports rose earlier this month, data showed.", "2021-08"),
        ("en", "Elections were held last year.", "2020"),
        ("en", "Elections are held this year.", "2021"),
        ("en", "Elections will be held next year.", "2022"),
        ("en", "The envoy was expelled six months ago.", "2021-02"),
        ("en", "The envoy was expelled two years ago.", "2019"),
        ("en", "The envoy was expelled three days ago.", "2021-08-10"),
        ("en", "At the end of July, Qatar named an ambassador.", "2021-07"),
        ("en", "The crisis eased last September.", "2020-09"),
    ],
)
def test_relative_expressions_resolve_against_the_publication_date(lang: str, text: str, expected: str) -> None:
    e = one(lang, text, PUBLISHED[lang])
    assert e.relative
    assert e.date is not None
    assert e.date.iso == expected
    assert one(lang, text).date is None  # no publication date: nothing to resolve against


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "اجتمع المجلس الأسبوع الماضي", ("2025-04", (date(2025, 4, 7), date(2025, 4, 13)))),
        ("en", "The talks stalled last week.", ("2021-08", (date(2021, 8, 2), date(2021, 8, 8)))),
    ],
)
def test_last_week_is_the_week_before_with_bounds(lang: str, text: str, expected: tuple[str, Bounds]) -> None:
    assert interval(lang, text, PUBLISHED[lang]) == expected


def test_a_month_day_marked_past_uses_the_previous_year_when_needed() -> None:
    assert iso("ar", "تسلم أوراق اعتماده في 3 شباط الماضي", date(2025, 2, 1)) == "2024-02-03"
    assert iso("ar", "تسلم أوراق اعتماده في 3 شباط الماضي", date(2025, 2, 3)) == "2025-02-03"  # not after publication


# -- qualifiers and decades -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "expected", "bounds"),
    [
        ("ar", "ارتفعت الأسعار مطلع الشهر الجاري", "2025-04", (date(2025, 4, 1), date(2025, 4, 10))),
        ("ar", "ارتفعت الأسعار في منتصف العام الماضي", "2024", (date(2024, 5, 1), date(2024, 8, 31))),
        ("ar", "ارتفعت الأسعار أواخر العام الماضي", "2024", (date(2024, 9, 1), date(2024, 12, 31))),
        ("ar", "تنتهي المرحلة نهاية 2019", "2019", (date(2019, 9, 1), date(2019, 12, 31))),
        ("ar", "بدأت المفاوضات بداية يناير 2020", "2020-01", (date(2020, 1, 1), date(2020, 1, 10))),
        ("ar", "تنتهي الأشغال أواخر نوفمبر 2021", "2021-11", (date(2021, 11, 21), date(2021, 11, 30))),
        ("ar", "توترت العلاقات في أواخر الثمانينات", "198X", (date(1985, 1, 1), date(1989, 12, 31))),
        ("ar", "تراجعت الأسعار في مطلع العام", "2025", (date(2025, 1, 1), date(2025, 4, 30))),
        ("en", "Talks resumed in mid-2017.", "2017", (date(2017, 5, 1), date(2017, 8, 31))),
        ("en", "Talks resumed in early 2017.", "2017", (date(2017, 1, 1), date(2017, 4, 30))),
        ("en", "Talks resumed in late November 1977.", "1977-11", (date(1977, 11, 21), date(1977, 11, 30))),
        ("en", "Talks resumed at the beginning of 2019.", "2019", (date(2019, 1, 1), date(2019, 4, 30))),
        ("en", "At the end of July, Qatar named an ambassador.", "2021-07", (date(2021, 7, 21), date(2021, 7, 31))),
        ("en", "Prices rose late last year.", "2020", (date(2020, 9, 1), date(2020, 12, 31))),
        ("en", "Prices rose at the end of the month.", "2021-08", (date(2021, 8, 21), date(2021, 8, 31))),
        ("en", "Trade grew in the early 1990s.", "199X", (date(1990, 1, 1), date(1994, 12, 31))),
        ("en", "Trade grew in the late 1980s.", "198X", (date(1985, 1, 1), date(1989, 12, 31))),
        ("en", "Trade grew in the mid-1970s.", "197X", (date(1973, 1, 1), date(1976, 12, 31))),
    ],
)
def test_qualifiers_narrow_the_bounds_not_the_precision(lang: str, text: str, expected: str, bounds: Bounds) -> None:
    assert interval(lang, text, PUBLISHED[lang]) == (expected, bounds)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "ازدهرت التجارة في الثمانينات"),
        ("ar", "ازدهرت التجارة في الثمانينيات"),
        ("ar", "ازدهرت التجارة في ثمانينات القرن الماضي"),
        ("ar", "ازدهرت التجارة في الثمانينيات من القرن العشرين"),
        ("ar", "ازدهرت التجارة في عقد الثمانينات"),
        ("en", "Trade grew in the 1980s."),
        ("en", "Trade grew in the '80s."),
        ("en", "Trade grew in the eighties."),
    ],
)
def test_decades(lang: str, text: str) -> None:
    assert interval(lang, text, PUBLISHED[lang]) == ("198X", (date(1980, 1, 1), date(1989, 12, 31)))


def test_a_late_decade_keeps_decade_precision_and_is_refined_by_a_month_in_it() -> None:
    d = parse_date("أواخر الثمانينات", "ar", PUBLISHED["ar"])
    assert d is not None
    assert d.precision is Precision.DECADE
    assert d.compatible(PartialDate.parse("1989-11"))
    assert not d.compatible(PartialDate.parse("1982"))


def test_the_century_of_a_decade_comes_from_the_publication_date() -> None:
    assert iso("ar", "ارتفعت الأسعار في العشرينيات", PUBLISHED["ar"]) == "202X"
    assert iso("ar", "ارتفعت الأسعار في العشرينيات", date(1999, 1, 1)) == "192X"
    assert iso("ar", "ارتفعت الأسعار في العشرينيات") == "192X"  # no context at all: the twentieth century
    assert iso("ar", "ارتفعت الأسعار في عشرينيات القرن الماضي", PUBLISHED["ar"]) == "192X"
    assert iso("en", "Prices rose in the twenties.", PUBLISHED["en"]) == "202X"


# -- ranges ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "expected", "bounds"),
    [
        ("ar", "جرت الألعاب من 23 إلى 30 يوليوز 1980 في موسكو", "1980-07", (date(1980, 7, 23), date(1980, 7, 30))),
        ("ar", "جرت الألعاب 23-30 يوليو 1980 في موسكو", "1980-07", (date(1980, 7, 23), date(1980, 7, 30))),
        ("ar", "تدهورت العلاقات بين عامي 1985 و1989", "198X", (date(1985, 1, 1), date(1989, 12, 31))),
        ("ar", "امتدت الأزمة من يناير إلى مارس 2020", "2020", (date(2020, 1, 1), date(2020, 3, 31))),
        ("en", "The games ran from 23 to 30 July 1980 in Moscow.", "1980-07", (date(1980, 7, 23), date(1980, 7, 30))),
        ("en", "The games ran 23-30 July 1980 in Moscow.", "1980-07", (date(1980, 7, 23), date(1980, 7, 30))),
        ("en", "The games ran July 23-30, 1980 in Moscow.", "1980-07", (date(1980, 7, 23), date(1980, 7, 30))),
        ("en", "Ties worsened between 1985 and 1989.", "198X", (date(1985, 1, 1), date(1989, 12, 31))),
        ("en", "Ties worsened from 1985 to 1989.", "198X", (date(1985, 1, 1), date(1989, 12, 31))),
        ("en", "Ties worsened in 1985-1989.", "198X", (date(1985, 1, 1), date(1989, 12, 31))),
        ("en", "Talks ran from 5 March to 2 April 2020.", "2020", (date(2020, 3, 5), date(2020, 4, 2))),
        ("en", "Talks ran between March and May 2020.", "2020", (date(2020, 3, 1), date(2020, 5, 31))),
    ],
)
def test_ranges_take_the_precision_their_ends_share(lang: str, text: str, expected: str, bounds: Bounds) -> None:
    assert interval(lang, text) == (expected, bounds)


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        ("ar", "تدهورت العلاقات بين عامي 1985 و1992", "بين عامي 1985 و1992"),
        ("en", "Ties worsened between 1985 and 1992.", "between 1985 and 1992"),
    ],
)
def test_a_range_across_decades_has_no_date(lang: str, text: str, span: str) -> None:
    assert listed(lang, text) == [(span, None)]


# -- relative to the previous expression ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The breakthrough came in November 1977. Formal talks followed the following September.",
            [("November 1977", "1977-11"), ("the following September", "1978-09")],
        ),
        (
            "en",
            "In January 2021, the borders reopened. At the end of July, an envoy was named, a month earlier.",
            [("January 2021", "2021-01"), ("the end of July", "2021-07"), ("a month earlier", "2021-06")],
        ),
        (
            "ar",
            "زار الرئيس القاهرة في نوفمبر 1977، وفي العام التالي وقعت الاتفاقية، وفي سبتمبر من العام نفسه عقدت قمة",
            [("نوفمبر 1977", "1977-11"), ("العام التالي", "1978"), ("سبتمبر من العام نفسه", "1978-09")],
        ),
        (
            "ar",
            "وقعت المعاهدة في 26 مارس 1979، وفي اليوم نفسه أعلن الطرفان ذلك، وبعد ذلك بعامين تبادلا السفراء",
            [("26 مارس 1979", "1979-03-26"), ("اليوم نفسه", "1979-03-26"), ("بعد ذلك بعامين", "1981")],
        ),
        ("ar", "في عام 1990 اندلعت الأزمة، وفي نوفمبر انسحبت القوات", [("عام 1990", "1990"), ("نوفمبر", "1990-11")]),
    ],
)
def test_anaphoric_expressions_follow_the_previous_date(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert listed(lang, text) == expected


def test_offsets_keep_the_coarser_precision_and_chain() -> None:
    text = (
        "Relations were severed on June 6, 1967. A year later talks began. "
        "Embassies reopened on February 28, 1974, and an ambassador was named on the same date. "
        "The next day a statement followed, and two weeks later the envoys met."
    )
    assert [d for _, d in listed("en", text)] == [
        "1967-06-06",
        "1968",
        "1974-02-28",
        "1974-02-28",
        "1974-03-01",
        "1974-03",
    ]


def test_a_qualified_unit_without_a_publication_date_is_the_previous_expressions() -> None:
    out = listed("ar", "اندلعت الأزمة عام 1990 وانتهت في نهاية العام")
    assert out == [("عام 1990", "1990"), ("نهايه العام", "1990")]


def test_an_anaphor_with_no_previous_expression_has_no_date() -> None:
    assert iso("en", "Formal talks followed the following September.") is None


@pytest.mark.parametrize(
    "text",
    [
        "The border closed in 2019. The two ministries said on Thursday, March 9, that flights would resume.",
        "Trade had collapsed by 2014. On Monday, June 3, the two capitals announced a new round of talks.",
        "Ties were cut in 2009; Tuesday, October 14, saw both envoys return.",
    ],
)
def test_a_weekday_with_a_day_and_month_not_in_the_narratives_year_has_no_year(text: str) -> None:
    """A narrative's year carries on to a day and month only where that day is the weekday the text gives ("March 9,
    2019" was a Saturday): else the weekday points to a time of writing no publication date gives."""
    dates = listed("en", text)
    assert len(dates) == 2
    assert dates[0][1] is not None
    assert dates[1][1] is None


def test_a_weekday_with_a_day_and_month_that_fits_the_narratives_year_keeps_it() -> None:
    text = "The king's year began in 2015. On Tuesday, April 28, he received the Emir of Qatar."
    assert listed("en", text)[1][1] == "2015-04-28"


def test_a_weekday_with_a_day_and_month_takes_the_publication_year() -> None:
    text = "The border closed in 2019. The two ministries said on Thursday, March 9, that flights would resume."
    assert listed("en", text, date(2023, 3, 10))[1][1] == "2023-03-09"


# -- datelines and parse_date ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "عنوان\nالدوحة وموسكو على طاولة, اليوم الأربعاء 16 أبريل 2025 06:33 مساءً\nالنص", date(2025, 4, 16)),
        ("ar", "برلين 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\nالتقى الوزير", date(2015, 8, 10)),
        ("ar", "نشر في 2019/03/05\nنص الخبر", date(2019, 3, 5)),
        ("ar", "استقبل الوزير أمس نظيره\nوأكد الجانبان أهمية التعاون", None),
        ("ar", "أقامت المملكة علاقات مع الدولة في 1 أكتوبر 1985 بعد مفاوضات طويلة استمرت سنوات بين الجانبين.", None),
        ("en", "Published: 13 February 2026\nThe secretary met the minister.", date(2026, 2, 13)),
        ("en", "Rubio meets Wang\nUpdated Friday, August 13, 2021 10:45 GMT\nText.", date(2021, 8, 13)),
        ("en", "DOHA, Oct 8 (Reuters) - The minister arrived on Thursday.", None),
        (
            "en",
            "The United States severed relations with the country on January 3, 1961, citing limits on its mission.",
            None,
        ),
        ("en", "Relations were set up on 1 October 1985.", None),
        ("en", "DOHA, Oct 8, 2021 (Reuters) - The minister arrived on Thursday.", date(2021, 10, 8)),
        ("en", "On 28th January, 2022, the two states signed a joint communique.", None),
        ("ar", "وأعلنت الحكومة في 22 آذار 2020، تعيين سفير جديد لدى دمشق", None),
        ("en", "No date here at all.\nNor here.", None),
    ],
)
def test_find_dateline(lang: str, text: str, expected: date | None) -> None:
    assert find_dateline(text, lang) == expected


def test_parse_date_normalises_its_phrase() -> None:
    assert parse_date("في السّادس من ديسمبر عام ١٩٩١", "ar") == PartialDate.day(1991, 12, 6)
    assert parse_date("أمس", "ar", PUBLISHED["ar"]) == PartialDate.day(2025, 4, 15)
    assert parse_date("أمس", "ar") is None
    assert parse_date("لا تاريخ هنا", "ar") is None
    assert parse_date("  September 22nd, 2006 ", "en") == PartialDate.day(2006, 9, 22)
    assert parse_date("1989", "en") == PartialDate.year_of(1989)
    assert parse_date("last Tuesday", "en", PUBLISHED["en"]) == PartialDate.day(2021, 8, 10)


# -- the development corpus (read where it is, never copied) --------------------------------------------------------

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.mark.skipif(not (CORPUS / "dev.jsonl").is_file(), reason="../shared/corpus is not here")
def test_gold_dates_of_the_development_set_are_found_in_their_sentences() -> None:
    """A gold event's date is among the dates found in the sentence of its evidence (the rest come from datelines)."""
    total = found_in_sentence = 0
    for name in ("seed.jsonl", "dev.jsonl"):
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines():
            article = json.loads(line)
            published = date.fromisoformat(article["published"]) if article["published"] else None
            text = normalize(article["text"]).text
            expressions = find_dates(text, article["lang"], published)
            for event in article["events"]:
                if event["date"] is None:
                    continue
                at = text.find(normalize(event["evidence"]).text)
                sentence = next(s for s in split_sentences(text) if s.start <= at < s.end)
                dates = {e.date.iso for e in expressions if e.date and sentence.start <= e.start < sentence.end}
                total += 1
                found_in_sentence += event["date"] in dates
    assert total >= 150
    # A ratchet on the 66-article development set (128 of 151 when it grew, 129 with headings' years, 136 now):
    # raised as date finding improves.
    assert found_in_sentence / total >= 0.90


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقعت الاتفاقية في 9 من أكتوبر 2019 في الرياض", "2019-10-09"),  # a day, then من
        ("افتتحت السفارة في الـ21 من يناير 2018", "2018-01-21"),  # الـ glued to the day
        ("عاد السفير في الـ 4 من فبراير 2022", "2022-02-04"),
        ("صدر البيان بتاريخ 7-11-2016", "2016-11-07"),  # day-month-year with dashes
    ],
)
def test_arabic_day_forms_of_the_press(text: str, expected: str) -> None:
    assert iso("ar", text) == expected


def test_a_number_of_people_is_no_day() -> None:
    assert listed("ar", "التقى الـ12 من المسؤولين في 2019") == [("2019", "2019")]


@pytest.mark.parametrize(
    ("text", "attributive"),
    [
        ("a protocol to the 1906 treaty", True),
        ("under the 2015 agreement with Iran", True),
        ("signed in 1906 the treaty", False),
        ("until the 1906. Then", False),
        ("in the 1990s", False),
    ],
)
def test_a_year_between_a_determiner_and_a_noun_is_attributive(text: str, attributive: bool) -> None:
    found = find_dates(text, "en", date(2015, 1, 1))
    assert [e.attributive for e in found] == [attributive]
