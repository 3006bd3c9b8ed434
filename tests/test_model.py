"""The domain values: partial dates at their precision, the event vocabulary."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from relgraph.errors import InvalidDateError, UnknownEventTypeError
from relgraph.model import EventType, PartialDate, Precision


@pytest.mark.parametrize(
    ("iso", "precision", "earliest", "latest"),
    [
        ("1988-08-01", Precision.DAY, date(1988, 8, 1), date(1988, 8, 1)),
        ("1989-11", Precision.MONTH, date(1989, 11, 1), date(1989, 11, 30)),
        ("2024-02", Precision.MONTH, date(2024, 2, 1), date(2024, 2, 29)),
        ("1991", Precision.YEAR, date(1991, 1, 1), date(1991, 12, 31)),
        ("198X", Precision.DECADE, date(1980, 1, 1), date(1989, 12, 31)),
    ],
)
def test_a_date_knows_its_precision_and_interval(iso: str, precision: Precision, earliest: date, latest: date) -> None:
    d = PartialDate.parse(iso)
    assert (d.precision, d.earliest, d.latest, d.iso) == (precision, earliest, latest, iso)


@pytest.mark.parametrize("bad", ["2023-02-29", "2024-04-31", "2024-13", "1988-8-1", "yesterday", "0000", "19X"])
def test_dates_that_do_not_exist_are_refused(bad: str) -> None:
    with pytest.raises(InvalidDateError):
        PartialDate.parse(bad)


def test_compatibility_is_refinement() -> None:
    assert PartialDate.parse("1991").compatible(PartialDate.parse("1991-12-06"))
    assert PartialDate.parse("1991-12-06").compatible(PartialDate.parse("1991"))
    assert not PartialDate.parse("1991-12-06").compatible(PartialDate.parse("1991-12-25"))
    assert not PartialDate.parse("1988-08-01").compatible(PartialDate.parse("1988-08-02"))


def test_a_qualified_decade_keeps_its_precision_and_narrows_its_interval() -> None:
    late_80s = PartialDate.decade_of(1980, (date(1985, 1, 1), date(1989, 12, 31)))
    assert late_80s.iso == "198X"
    assert late_80s.contains(PartialDate.parse("1989-11"))
    assert not late_80s.contains(PartialDate.parse("1982"))
    with pytest.raises(InvalidDateError):
        PartialDate.year_of(2017, (date(2016, 12, 1), date(2017, 3, 1)))


def test_bounds_equal_to_the_interval_are_no_bounds() -> None:
    assert PartialDate.year_of(2017, (date(2017, 1, 1), date(2017, 12, 31))) == PartialDate.year_of(2017)


@given(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_every_calendar_day_round_trips(day: date) -> None:
    d = PartialDate.from_date(day)
    assert PartialDate.parse(d.iso) == d
    assert d.earliest == d.latest == day


def test_event_types_by_slug() -> None:
    assert EventType.from_slug("visit") is EventType.VISIT
    assert {t.slug for t in EventType} >= {"relations_established", "diplomat_expelled"}
    assert len(EventType) == 14
    with pytest.raises(UnknownEventTypeError, match="did you mean 'visit'"):
        EventType.from_slug("vist")
