"""Calendar arithmetic for partial dates: shifting, covering, qualifying, choosing an occurrence.

>>> d = covering(date(1980, 7, 23), date(1980, 7, 30))
>>> d.iso, d.earliest.isoformat(), d.latest.isoformat()
('1980-07', '1980-07-23', '1980-07-30')
>>> qualified(PartialDate.decade_of(1980), "late").latest.isoformat()
'1989-12-31'
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from relgraph.model import PartialDate, Precision

__all__ = ["UNIT_PRECISION", "at", "coarser", "covering", "hijri_interval", "nearest", "qualified", "shifted", "week"]

UNIT_PRECISION = {
    "day": Precision.DAY,
    "week": Precision.DAY,
    "month": Precision.MONTH,
    "year": Precision.YEAR,
    "decade": Precision.DECADE,
}
_MONTHS = {"month": 1, "year": 12, "decade": 120}
_ORDER = (Precision.DAY, Precision.MONTH, Precision.YEAR, Precision.DECADE)
# The part of a month (days), a year (months) or a decade (years) that "early", "mid" and "late" name.
_PARTS = {
    Precision.MONTH: {"early": (1, 10), "mid": (11, 20), "late": (21, 31)},
    Precision.YEAR: {"early": (1, 4), "mid": (5, 8), "late": (9, 12)},
    Precision.DECADE: {"early": (0, 4), "mid": (3, 6), "late": (5, 9)},
}


def at(day: date, precision: Precision, bounds: tuple[date, date] | None = None) -> PartialDate:
    """The date of ``precision`` that contains ``day`` (narrowed to ``bounds``)."""
    if precision is Precision.DAY:
        return PartialDate.from_date(day)
    if precision is Precision.MONTH:
        return PartialDate.month_of(day.year, day.month, bounds)
    if precision is Precision.YEAR:
        return PartialDate.year_of(day.year, bounds)
    return PartialDate.decade_of(day.year, bounds)


def _natural(day: date, precision: Precision) -> tuple[date, date]:
    """The first and last day of the date of ``precision`` that contains ``day``."""
    if precision is Precision.DAY:
        return day, day
    if precision is Precision.MONTH:
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    first = day.year - day.year % 10 if precision is Precision.DECADE else day.year
    last = first + 9 if precision is Precision.DECADE else first
    return date(first, 1, 1), date(last, 12, 31)


def coarser(a: Precision, b: Precision) -> Precision:
    """The less precise of two precisions."""
    return a if a.rank >= b.rank else b


def shifted(day: date, unit: str, n: int) -> date:
    """``day`` moved by ``n`` days, weeks, months, years or decades (the day clipped to the month's end)."""
    if unit in ("day", "week"):
        return day + timedelta(days=n * (7 if unit == "week" else 1))
    y, m = divmod(day.year * 12 + day.month - 1 + n * _MONTHS[unit], 12)
    return date(y, m + 1, min(day.day, calendar.monthrange(y, m + 1)[1]))


def covering(lo: date, hi: date) -> PartialDate | None:
    """The most precise date whose interval holds ``lo``..``hi``, narrowed to it; ``None`` past a decade."""
    if lo > hi:
        return None
    for precision in _ORDER:
        first, last = _natural(lo, precision)
        if hi <= last:
            return at(lo, precision, None if (first, last) == (lo, hi) else (lo, hi))
    return None


def week(day: date) -> PartialDate | None:
    """The Monday-to-Sunday week around ``day``, as :func:`covering` gives it."""
    monday = day - timedelta(days=day.weekday())
    return covering(monday, monday + timedelta(days=6))


def qualified(d: PartialDate, qualifier: str | None) -> PartialDate:
    """``d`` with bounds narrowed to its early, mid or late part (a day, or no qualifier, is left alone)."""
    parts = _PARTS.get(d.precision)
    if qualifier is None or parts is None:
        return d
    first, last = parts[qualifier]
    if d.precision is Precision.MONTH:
        assert d.month is not None
        end = calendar.monthrange(d.year, d.month)[1]
        lo, hi = date(d.year, d.month, first), date(d.year, d.month, min(last, end))
    elif d.precision is Precision.YEAR:
        lo, hi = date(d.year, first, 1), date(d.year, last, calendar.monthrange(d.year, last)[1])
    else:
        lo, hi = date(d.year + first, 1, 1), date(d.year + last, 12, 31)
    return replace(d, bounds=(lo, hi))


def hijri_interval(year: int, month: int | None = None, day: int | None = None) -> PartialDate | None:
    """A Hijri (Umm al-Qura) day, month or year as the Gregorian date that covers it.

    Raises ``ValueError``/``OverflowError`` from hijridate outside 1343-1500 AH.
    """
    from hijridate import Hijri

    if month is None:
        lo, hi = Hijri(year, 1, 1), Hijri(year, 12, Hijri(year, 12, 1).month_length())
    elif day is None:
        lo, hi = Hijri(year, month, 1), Hijri(year, month, Hijri(year, month, 1).month_length())
    else:
        lo = hi = Hijri(year, month, day)
    return covering(lo.to_gregorian(), hi.to_gregorian())


def nearest(intervals: Sequence[tuple[date, date]], anchor: date, direction: int | None) -> int | None:
    """Which of ``intervals`` (in time order) a text means, seen from ``anchor``: its index.

    ``direction`` -1: the latest that has ended by ``anchor``; +1: the first that
    starts after it; 0: the one in its year; ``None``: the one nearest to it.
    """
    indices = range(len(intervals))
    if direction == -1:
        return next((i for i in reversed(indices) if intervals[i][1] <= anchor), None)
    if direction == 1:
        return next((i for i in indices if intervals[i][0] > anchor), None)
    if direction == 0:
        return next((i for i in indices if intervals[i][0].year == anchor.year), None)
    return min(indices, key=lambda i: max((intervals[i][0] - anchor).days, (anchor - intervals[i][1]).days, 0))
