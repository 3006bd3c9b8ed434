"""Arabic temporal expressions, one group of tests per phenomenon; the sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from relgraph.dates import TimeExpression, find_dateline, find_dates, parse_date
from relgraph.model import PartialDate, Precision
from relgraph.text import normalize

WEDNESDAY = date(2025, 4, 16)  # a Wednesday


def found(text: str, published: date | None = None) -> list[TimeExpression]:
    norm = normalize(text).text
    out = find_dates(norm, "ar", published)
    assert all(norm[e.start : e.end] == e.text for e in out)
    return out


def one(text: str, published: date | None = None) -> TimeExpression:
    out = found(text, published)
    assert len(out) == 1, [(e.text, e.date) for e in out]
    return out[0]


def iso(text: str, published: date | None = None) -> str | None:
    d = one(text, published).date
    return d.iso if d else None


# -- month names ----------------------------------------------------------------------------------------------------

EGYPTIAN = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
            "ديسمبر"]
LEVANTINE = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
             "تشرين الثاني", "كانون الأول"]
MAGHREBI = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
VARIANTS = [("ابريل", 4), ("إبريل", 4), ("يونيه", 6), ("يوليه", 7), ("اغسطس", 8)]


@pytest.mark.parametrize(
    ("name", "month"),
    [(n, i + 1) for family in (EGYPTIAN, LEVANTINE, MAGHREBI) for i, n in enumerate(family)] + VARIANTS,
)
def test_month_names_of_every_family(name: str, month: int) -> None:
    assert iso(f"وصل الوفد في 5 {name} 2010 الى العاصمه") == f"2010-{month:02d}-05"
    assert iso(f"وقعت الاتفاقيه في {name} 1999") == f"1999-{month:02d}"


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
    assert iso(text) == expected


def test_paired_month_with_the_current_marker() -> None:
    e = one("يزور الوزير البلاد في 14 يوليو (تموز) الجاري", WEDNESDAY)
    assert (e.text, e.date, e.relative) == ("14 يوليو (تموز) الجاري", PartialDate.day(2025, 7, 14), True)


# -- ordinal day words ----------------------------------------------------------------------------------------------

ORDINALS = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
            "الحادي عشر", "الثاني عشر", "الثالث عشر", "الرابع عشر", "الخامس عشر", "السادس عشر", "السابع عشر",
            "الثامن عشر", "التاسع عشر", "العشرين", "الحادي والعشرين", "الثاني والعشرين", "الثالث والعشرين",
            "الرابع والعشرين", "الخامس والعشرين", "السادس والعشرين", "السابع والعشرين", "الثامن والعشرين",
            "التاسع والعشرين", "الثلاثين", "الحادي والثلاثين"]


@pytest.mark.parametrize(("day", "word"), list(enumerate(ORDINALS, start=1)))
def test_ordinal_days(day: int, word: str) -> None:
    assert iso(f"أعلن الاتفاق في {word} من ديسمبر عام 2001") == f"2001-12-{day:02d}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تعود العلاقات بين البلدين إلى الأول من أغسطس عام 1988", "1988-08-01"),
        ("اعترفت الحكومة بالدولة الجديدة في السادس من ديسمبر عام 1991", "1991-12-06"),
        ("في مثل هذا اليوم التاسع عشر من نوفمبر 1977 هبطت الطائرة", "1977-11-19"),
        ("انعقد المؤتمر في الحادية والعشرين من آذار 2003", "2003-03-21"),
        ("وفي العشرون من يناير 2005 استؤنفت العلاقات", "2005-01-20"),
    ],
)
def test_ordinal_day_sentences(text: str, expected: str) -> None:
    assert iso(text) == expected


# -- years: عام / سنة / العام and the marks م / هـ -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وفي نوفمبر من عام 1989 افتتحت السفارتان", "1989-11"),
        ("قام الرئيس بزيارة عمل في فبراير عام 2007", "2007-02"),
        ("توفي في أبريل من العام 2013 بحسب المصادر", "2013-04"),
        ("تأسست المنظمة عام 1949 في جنيف", "1949"),
        ("أغلقت القنصلية سنة 1990 بعد الحرب", "1990"),
        ("وقعت المعاهدة في العام 2013", "2013"),
        ("انتهت الحرب 1991م بتوقيع الهدنة", "1991"),
        ("بنيت القلعة عام 1500 ميلادي", "1500"),
        ("صدر القانون لعام 2004 بعد نقاش", "2004"),
        ("استقلت البلاد في 1962 بعد حرب طويلة", "1962"),
    ],
)
def test_years_with_markers(text: str, expected: str) -> None:
    assert iso(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "شارك أكثر من 2,000 شخص في المسيرة",
        "دعا البيان إلى تطبيق القرار 242 كاملا",
        "مارس الوزير ضغوطا كبيرة على الوفد",
        "قال إنه يمارس عمله بشكل طبيعي",
        "ارتفع عدد الجنود إلى 1500 جندي",
        "أقامت الجمعية العامة حفلا للأطفال",
    ],
)
def test_numbers_and_words_that_are_not_dates(text: str) -> None:
    assert found(text, WEDNESDAY) == []


def test_clitics_stay_outside_the_expression() -> None:
    e = one("والثلاثاء الماضي التقى الوزيران", WEDNESDAY)
    assert (e.text, e.date) == ("الثلاثاء الماضي", PartialDate.day(2025, 4, 15))


# -- Hijri ----------------------------------------------------------------------------------------------------------

HIJRI = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال",
         "ذو القعدة", "ذو الحجة"]


@pytest.mark.parametrize(("month", "name"), list(enumerate(HIJRI, start=1)))
def test_hijri_months_convert_with_umm_al_qura(month: int, name: str) -> None:
    from hijridate import Hijri

    assert one(f"صدر المرسوم في 3 {name} 1440 هـ").date == PartialDate.from_date(Hijri(1440, month, 3).to_gregorian())


def test_hijri_month_and_year_cover_their_gregorian_days() -> None:
    from hijridate import Hijri

    d = one("بدأ الصيام في رمضان 1436 هـ").date
    assert d is not None
    last = Hijri(1436, 9, 1).month_length()
    assert (d.earliest, d.latest) == (Hijri(1436, 9, 1).to_gregorian(), Hijri(1436, 9, last).to_gregorian())
    assert d.precision is Precision.YEAR  # Ramadan 1436 falls within 2015


def test_hijri_date_with_its_gregorian_gloss_is_one_gregorian_expression() -> None:
    e = one("برلين 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس")
    assert e.text == "25 شوال 1436 ه الموافق 10 اغسطس 2015 م"
    assert (e.date, e.relative) == (PartialDate.day(2015, 8, 10), False)


def test_gloss_within_a_day_or_two_is_accepted_and_a_wrong_one_splits() -> None:
    assert iso("الرياض 26 شوال 1436 هـ الموافق 10 أغسطس 2015 م") == "2015-08-10"  # one day apart
    out = found("الرياض 1 رمضان 1436 هـ الموافق 10 أغسطس 2015 م")
    assert [e.date.iso if e.date else None for e in out] == ["2015-06-18", "2015-08-10"]


def test_hijri_outside_the_conversion_table_has_no_date() -> None:
    assert iso("ولد في 5 رجب 1200 هـ") is None


# -- relative expressions -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل الوزير اليوم إلى الدوحة", "2025-04-16"),
        ("وصل الوزير أمس إلى الدوحة", "2025-04-15"),
        ("وصل الوزير أول أمس إلى الدوحة", "2025-04-14"),
        ("يصل الوزير غدا إلى الدوحة", "2025-04-17"),
        ("قالت الحكومة اليوم الأربعاء إنها", "2025-04-16"),
        ("استقبل الرئيس الأحد وزير الخارجية", "2025-04-13"),
        ("استقبل الرئيس يوم الأربعاء وزير الخارجية", "2025-04-16"),
        ("التقى الوزيران الثلاثاء الماضي في جنيف", "2025-04-15"),
        ("التقى الوزيران الأربعاء الماضي في جنيف", "2025-04-09"),
        ("يلتقي الوزيران الخميس المقبل في جنيف", "2025-04-17"),
        ("تراجعت الصادرات الشهر الماضي بشكل حاد", "2025-03"),
        ("ارتفعت الصادرات خلال الشهر الجاري", "2025-04"),
        ("ارتفعت الصادرات خلال الشهر الحالي", "2025-04"),
        ("جرت الانتخابات العام الماضي", "2024"),
        ("تجري الانتخابات العام الجاري", "2025"),
        ("تجري الانتخابات خلال العام الحالي", "2025"),
        ("تجري الانتخابات هذا العام", "2025"),
        ("تجري الانتخابات العام المقبل", "2026"),
        ("قتل قبل ستة أشهر في المعارك", "2024-10"),
        ("انقطعت العلاقات منذ أربع سنوات", "2021"),
        ("زار البلاد قبل عامين", "2023"),
        ("تسلم نسخة من أوراق الاعتماد في 3 شباط الماضي", "2025-02-03"),
        ("وقعت الحادثة في نوفمبر المنصرم", "2024-11"),
        ("تعقد القمة في 11 أغسطس/آب الجاري", "2025-08-11"),
    ],
)
def test_relative_expressions_resolve_against_the_publication_date(text: str, expected: str) -> None:
    e = one(text, WEDNESDAY)
    assert e.relative
    assert e.date is not None
    assert e.date.iso == expected
    assert one(text).date is None  # no publication date: nothing to resolve against


def test_last_week_is_the_week_before_with_bounds() -> None:
    d = one("اجتمع المجلس الأسبوع الماضي", WEDNESDAY).date
    assert d is not None
    assert (d.iso, d.earliest, d.latest) == ("2025-04", date(2025, 4, 7), date(2025, 4, 13))


def test_a_month_day_marked_past_uses_the_previous_year_when_needed() -> None:
    assert iso("تسلم أوراق اعتماده في 3 شباط الماضي", date(2025, 2, 1)) == "2024-02-03"
    assert iso("تسلم أوراق اعتماده في 3 شباط الماضي", date(2025, 2, 3)) == "2025-02-03"  # not after publication


@pytest.mark.parametrize(
    ("text", "expected", "bounds"),
    [
        ("ارتفعت الأسعار مطلع الشهر الجاري", "2025-04", (date(2025, 4, 1), date(2025, 4, 10))),
        ("ارتفعت الأسعار في منتصف العام الماضي", "2024", (date(2024, 5, 1), date(2024, 8, 31))),
        ("ارتفعت الأسعار أواخر العام الماضي", "2024", (date(2024, 9, 1), date(2024, 12, 31))),
        ("تنتهي المرحلة نهاية 2019", "2019", (date(2019, 9, 1), date(2019, 12, 31))),
        ("بدأت المفاوضات بداية يناير 2020", "2020-01", (date(2020, 1, 1), date(2020, 1, 10))),
        ("تنتهي الأشغال أواخر نوفمبر 2021", "2021-11", (date(2021, 11, 21), date(2021, 11, 30))),
    ],
)
def test_qualifiers_narrow_the_bounds_not_the_precision(text: str, expected: str, bounds: tuple[date, date]) -> None:
    d = one(text, WEDNESDAY).date
    assert d is not None
    assert (d.iso, (d.earliest, d.latest)) == (expected, bounds)


# -- decades --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["ازدهرت التجارة في الثمانينات", "ازدهرت التجارة في الثمانينيات", "ازدهرت التجارة في ثمانينات القرن الماضي",
     "ازدهرت التجارة في الثمانينيات من القرن العشرين", "ازدهرت التجارة في عقد الثمانينات"],
)
def test_decades(text: str) -> None:
    d = one(text, WEDNESDAY).date
    assert d is not None
    assert (d.iso, d.bounds) == ("198X", None)


def test_late_eighties_is_a_decade_with_narrower_bounds() -> None:
    d = one("توترت العلاقات في أواخر الثمانينات", WEDNESDAY).date
    assert d is not None
    assert (d.precision, d.iso) == (Precision.DECADE, "198X")
    assert (d.earliest, d.latest) == (date(1985, 1, 1), date(1989, 12, 31))


def test_the_century_of_a_decade_comes_from_the_publication_date() -> None:
    assert iso("ارتفعت الأسعار في العشرينيات", WEDNESDAY) == "202X"
    assert iso("ارتفعت الأسعار في العشرينيات", date(1999, 1, 1)) == "192X"
    assert iso("ارتفعت الأسعار في العشرينيات") == "192X"  # no context at all: the twentieth century
    assert iso("ارتفعت الأسعار في عشرينيات القرن الماضي", WEDNESDAY) == "192X"


# -- ranges and pairs -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "bounds"),
    [
        ("جرت الألعاب من 23 إلى 30 يوليوز 1980 في موسكو", "1980-07", (date(1980, 7, 23), date(1980, 7, 30))),
        ("جرت الألعاب 23-30 يوليو 1980 في موسكو", "1980-07", (date(1980, 7, 23), date(1980, 7, 30))),
        ("تدهورت العلاقات بين عامي 1985 و1989", "198X", (date(1985, 1, 1), date(1989, 12, 31))),
        ("امتدت الأزمة من يناير إلى مارس 2020", "2020", (date(2020, 1, 1), date(2020, 3, 31))),
    ],
)
def test_ranges_take_the_precision_their_ends_share(text: str, expected: str, bounds: tuple[date, date]) -> None:
    d = one(text).date
    assert d is not None
    assert (d.iso, (d.earliest, d.latest)) == (expected, bounds)


def test_a_range_across_decades_has_no_date() -> None:
    e = one("تدهورت العلاقات بين عامي 1985 و1992")
    assert (e.text, e.date) == ("بين عامي 1985 و1992", None)


def test_two_days_sharing_a_month_and_year_are_two_expressions() -> None:
    out = found("وقع البلدان البيانين في 9 و24 نوفمبر 2021")
    assert [(e.text, e.date.iso if e.date else None) for e in out] == [
        ("9", "2021-11-09"),
        ("24 نوفمبر 2021", "2021-11-24"),
    ]


# -- expressions that refer to the previous one ---------------------------------------------------------------------


def test_anaphoric_expressions_follow_the_previous_date() -> None:
    text = "زار الرئيس القاهرة في نوفمبر 1977، وفي العام التالي وقعت الاتفاقية، وفي سبتمبر من العام نفسه عقدت القمة"
    assert [(e.text, e.date.iso if e.date else None) for e in found(text)] == [
        ("نوفمبر 1977", "1977-11"),
        ("العام التالي", "1978"),
        ("سبتمبر من العام نفسه", "1978-09"),
    ]


def test_the_same_day_and_a_later_offset() -> None:
    text = "وقعت المعاهدة في 26 مارس 1979، وفي اليوم نفسه أعلن الطرفان ذلك، وبعد ذلك بعامين تبادلا السفراء"
    assert [e.date.iso if e.date else None for e in found(text)] == ["1979-03-26", "1979-03-26", "1981"]


def test_a_month_without_a_year_takes_the_year_of_the_narrative() -> None:
    out = found("في عام 1990 اندلعت الأزمة، وفي نوفمبر انسحبت القوات")
    assert [(e.text, e.date.iso if e.date else None, e.relative) for e in out] == [
        ("عام 1990", "1990", False),
        ("نوفمبر", "1990-11", True),
    ]


# -- datelines and parse_date ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("عنوان\nالدوحة وموسكو على طاولة واحدة, اليوم الأربعاء 16 أبريل 2025 06:33 مساءً\nالنص", date(2025, 4, 16)),
        ("برلين 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\nالتقى الوزير", date(2015, 8, 10)),
        ("نشر في 2019/03/05\nنص الخبر", date(2019, 3, 5)),
        ("استقبل الوزير أمس نظيره\nوأكد الجانبان أهمية التعاون", None),
        ("أقامت المملكة علاقات مع الدولة في 1 أكتوبر 1985 بعد مفاوضات طويلة استمرت سنوات بين الجانبين.", None),
    ],
)
def test_find_dateline(text: str, expected: date | None) -> None:
    assert find_dateline(text, "ar") == expected


def test_parse_date_normalises_its_phrase() -> None:
    assert parse_date("في السّادس من ديسمبر عام ١٩٩١", "ar") == PartialDate.day(1991, 12, 6)
    assert parse_date("أمس", "ar", WEDNESDAY) == PartialDate.day(2025, 4, 15)
    assert parse_date("أمس", "ar") is None
    assert parse_date("لا تاريخ هنا", "ar") is None
