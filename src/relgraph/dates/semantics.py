"""From one scanned expression to dates.

An expression is cut into tokens (:mod:`relgraph.dates.grammar`), split into
sides where it is a range ("from 23 to 30 July 1980"), a pair ("9th November
and 24th November 2021") or a gloss ("25 شوال 1436 هـ الموافق 10 أغسطس 2015"),
each side's tokens fill a :class:`Slots`, and the slots are resolved:

- explicit calendar values first (a year, a month; Hijri dates converted with
  hijridate); a month or a month-day without a year takes the occurrence
  nearest the publication date ("الماضي"/"last": the latest not after it,
  "المقبل"/"next": the first after it, "الجاري"/"this": the one in its year),
  else the year of the previous expression;
- decades ("الثمانينات" is the latest 80s not after the publication date, or
  the previous expression; with neither, the 1980s);
- units with a shift ("last month": against the publication date), an
  anaphor ("the following year": against the previous expression, else the
  publication date) or an offset ("six months ago", "a month earlier"); a
  qualified unit alone is the current one ("نهاية العام", "the end of the
  year": of the publication date, else of the previous expression);
- deictic days ("أمس"), then weekdays (the latest such day on or before the
  publication date; "الماضي"/"last" strictly before, "next" strictly after).

A range covers its two ends at the finest precision that holds both (a decade
at most, else ``None``); a pair gives two expressions; the two ends of
either take what they leave out from each other ("23-30 July 1980", "July
23-30, 1980", "9th November and 24th November 2021"); a gloss gives the Gregorian side, checked against the Hijri
side within two days (two expressions when they disagree).
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, NamedTuple

from relgraph.dates.grammar import Grammar
from relgraph.dates.intervals import (
    UNIT_PRECISION,
    at,
    coarser,
    covering,
    hijri_interval,
    nearest,
    qualified,
    shifted,
    week,
)
from relgraph.dates.lexicon import DateLexicon
from relgraph.model import PartialDate

__all__ = ["Parse", "Resolution", "Slots", "interpret", "parse"]


class Resolution(NamedTuple):
    """One resolved expression: offsets, date, and whether an anchor was used."""

    start: int
    end: int
    date: PartialDate | None
    relative: bool


class _Token(NamedTuple):
    kind: str  # iso, dec, num, word, punct
    key: str  # folded text; digits for a number
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Slots:
    """What one side of an expression says; ``start``/``end`` index the expression."""

    start: int
    end: int
    day: int | None = None
    month: int | None = None
    year: int | None = None
    hijri: bool = False
    exact: date | None = None
    weekday: int | None = None
    deictic: int | None = None
    unit: str | None = None
    count: int | None = None
    shift: int | None = None
    anaphora: int | None = None
    offset: tuple[str, int] | None = None
    qualifier: str | None = None
    decade: int | None = None
    century: int | None = None
    century_shift: int | None = None


class Parse(NamedTuple):
    """An expression's shape (``single``, ``range``, ``pair`` or ``gloss``) and what each side says."""

    kind: str
    sides: tuple[Slots, ...]


def interpret(
    grammar: Grammar,
    match: re.Match[str],
    span: tuple[int, int],
    published: date | None,
    previous: PartialDate | None,
) -> list[Resolution]:
    """Resolve the expression at ``span`` of a scanner match (which, clitics included, starts before it)."""
    base = match.start()
    kind, resolved = _understood(grammar, match.string[base : span[1]], published, previous)
    if kind == "single":
        return [Resolution(*span, resolved[0][1], resolved[0][2])]
    if kind == "pair":
        return [Resolution(base + s.start, base + s.end, d, rel) for s, d, rel in resolved]
    if kind == "range":
        (_, a, rel_a), (_, b, rel_b) = resolved
        return [Resolution(*span, covering(a.earliest, b.latest) if a and b else None, rel_a or rel_b)]
    # A gloss: the Gregorian side, checked against the Hijri one.
    dated = [(s, d, rel) for s, d, rel in resolved if d is not None]
    gregorian = sorted((r for r in dated if not r[0].hijri), key=lambda r: r[2])  # stated outright first
    hijri = [r for r in dated if r[0].hijri]
    if gregorian and hijri and not _agree(gregorian[0][1], hijri[0][1]):
        return [Resolution(base + s.start, base + s.end, d, rel) for s, d, rel in resolved]
    best = (gregorian or hijri or resolved)[0]
    return [Resolution(*span, best[1], best[2])]


@lru_cache(maxsize=16384)
def _understood(
    grammar: Grammar, expression: str, published: date | None, previous: PartialDate | None
) -> tuple[str, tuple[tuple[Slots, PartialDate | None, bool], ...]]:
    """:func:`parse` with each side resolved: pure, and cached as it is, for news repeats its phrasings and
    shares its publication dates."""
    kind, sides = parse(grammar, expression)
    return kind, tuple((s, *_resolve(s, published, previous)) for s in sides)


@lru_cache(maxsize=16384)
def parse(grammar: Grammar, expression: str) -> Parse:
    """What a scanned expression (normalised, lower-cased, clitics included) says, before any anchor is used.

    Pure and cached: news repeats its phrasings ("اليوم", "last year", "العام الماضي").
    """
    lex = grammar.lexicon
    tokens = _tokens(grammar, expression)
    kind, parts = _split(tokens, lex)
    sides = [_read(part, lex) for part in parts]
    if kind in ("range", "pair"):
        sides[0] = _complete(sides[0], sides[1])
        sides[1] = _complete(sides[1], sides[0])
    return Parse(kind, tuple(sides))


def _agree(a: PartialDate, b: PartialDate) -> bool:
    slack = timedelta(days=2)
    return a.earliest - b.latest <= slack and b.earliest - a.latest <= slack


def _tokens(grammar: Grammar, text: str) -> list[_Token]:
    out = []
    for m in grammar.tokenizer.finditer(text):
        kind = m.lastgroup
        if kind != "other":
            assert kind is not None
            s, e = m.span(kind)
            key = m.group(kind)  # the text is normalised and lower-cased: only the spaces of a phrase vary
            out.append(_Token(kind, " ".join(key.split()) if kind == "word" else key, s, e))
    return out


def _dated(tokens: list[_Token], lex: DateLexicon) -> bool:
    """Whether tokens name a point in time (a number, a month, a weekday...), not only a relation."""
    keys = ("months", "hijri_months", "weekdays", "ordinals", "decades", "units", "deictic")
    return any(t.kind in ("num", "iso", "dec") or any(t.key in getattr(lex, k) for k in keys) for t in tokens)


def _split(tokens: list[_Token], lex: DateLexicon) -> tuple[str, list[list[_Token]]]:
    for i, t in enumerate(tokens):
        if t.key in lex.gloss:
            return "gloss", [tokens[:i], tokens[i + 1 :]]
    opened = bool(tokens) and tokens[0].key in lex.range_open
    body = tokens[1:] if opened else tokens
    for i, t in enumerate(body):
        separator = t.key in lex.range_separators or t.key in lex.coordinators
        if separator and _dated(body[:i], lex) and _dated(body[i + 1 :], lex):
            return ("range" if opened or t.key in lex.range_separators else "pair"), [body[:i], body[i + 1 :]]
    return "single", [tokens]


def _complete(a: Slots, b: Slots) -> Slots:
    """One end of a range or pair with what it leaves out taken from the other ("23-30 July 1980", "July 23-30")."""
    month = a.month if a.month is not None or a.day is None else b.month
    year = a.year if a.year is not None or a.decade is not None or month is None else b.year
    inherited = (month, year) != (a.month, a.year)
    shift = b.shift if a.shift is None and a.unit is None else a.shift
    return replace(a, month=month, year=year, hijri=a.hijri or (inherited and b.hijri), shift=shift)


#: The slot a word of each category fills, in order of precedence (a word in two categories fills the first).
_SLOT_OF = {
    "weekdays": "weekday",
    "decades": "decade",
    "qualifiers": "qualifier",
    "anaphora": "anaphora",
    "shifts": "shift",
    "offsets": "offset",
    "numbers": "count",
}


def _read(tokens: list[_Token], lex: DateLexicon) -> Slots:
    v: dict[str, Any] = {}
    consumed: set[int] = set()
    for i, t in enumerate(tokens):
        if t.key in lex.century_words:  # القرن العشرين، the 20th century, القرن الماضي
            for j in (i + 1, i - 1):
                n = tokens[j] if 0 <= j < len(tokens) else None
                if n and (n.kind == "num" or n.key in lex.ordinals or n.key in lex.shifts):
                    consumed.add(j)
                    if n.key in lex.shifts:
                        v["century_shift"] = lex.shifts[n.key]
                    else:
                        v["century"] = int(n.key) if n.kind == "num" else lex.ordinals[n.key]
                    break
    year_next = False
    for i, t in enumerate(tokens):
        if i in consumed:
            continue
        k = t.key
        nxt = tokens[i + 1].key if i + 1 < len(tokens) else ""
        if t.kind == "iso":
            v["exact"] = _numeric(k)
        elif t.kind == "dec":
            v["decade"] = int(k.strip("'s"))
        elif t.kind == "num":
            if year_next or len(k) >= 3 or nxt in lex.eras:
                v["year"] = int(k)
                v["hijri"] = v.get("hijri", False) or lex.eras.get(nxt) == "hijri"
            elif nxt in lex.units:
                v["count"] = int(k)
            else:
                v.setdefault("day", int(k))
        elif k in lex.months or k in lex.hijri_months:
            if "month" not in v:  # the second of a pair (مارس/آذار) repeats the first
                v["month"] = lex.months.get(k) or lex.hijri_months[k]
                v["hijri"] = k not in lex.months
        elif k in lex.ordinals:
            v.setdefault("day", lex.ordinals[k])
        elif k in lex.eras:
            v["hijri"] = v.get("hijri", False) or lex.eras[k] == "hijri"
        else:
            for category, slot in _SLOT_OF.items():
                if k in (values := getattr(lex, category)):
                    v[slot] = values[k]
                    break
        if k in lex.units:
            v["unit"], count = lex.units[k]
            v.setdefault("count", count)
        if k in lex.deictic:
            v["deictic"] = lex.deictic[k]
        year_next = k in lex.year_words
    return Slots(tokens[0].start if tokens else 0, tokens[-1].end if tokens else 0, **v)


_NUMERIC = re.compile(r"(\d+)\D(\d+)\D(\d+)")


def _numeric(text: str) -> date | None:
    """``2015-08-10``, ``2015/08/10``, or day first ``10/08/2015`` (month first when day first cannot be)."""
    parts = _NUMERIC.fullmatch(text)
    assert parts is not None  # the tokenizer's NUMERIC token
    a, b, c = (int(x) for x in parts.groups())
    for y, m, d in ((a, b, c), (c, b, a), (c, a, b)) if a > 31 else ((c, b, a), (c, a, b)):
        try:
            return date(y, m, d)
        except ValueError:
            continue
    return None


def _resolve(s: Slots, published: date | None, previous: PartialDate | None) -> tuple[PartialDate | None, bool]:
    try:
        d, relative = _resolve_unqualified(s, published, previous)
        return (qualified(d, s.qualifier) if d else None), relative
    except (ValueError, OverflowError):  # a day the calendar does not have, or a year past 1..9999
        return None, False


def _resolve_unqualified(
    s: Slots, published: date | None, previous: PartialDate | None
) -> tuple[PartialDate | None, bool]:
    if s.exact is not None:
        return PartialDate.from_date(s.exact), False
    if s.year is not None or s.month is not None:
        return _calendar(s, published, previous)
    if s.decade is not None:
        return _decade(s, published, previous)
    if s.weekday is not None and s.unit in (None, "day"):  # "يوم الخميس الماضي": the day is the weekday's
        return _weekday(s.weekday, s.shift, published), True
    if s.unit is not None and (s.anaphora is not None or s.shift is not None or s.offset is not None):
        return _relative_unit(s, s.unit, published, previous), True
    if s.unit is not None and s.qualifier is not None:  # نهاية العام, the end of the year: the current one
        current = replace(s, shift=0) if published else replace(s, anaphora=0)
        return _relative_unit(current, s.unit, published, previous), True
    if s.deictic is not None:
        return (PartialDate.from_date(published + timedelta(days=s.deictic)) if published else None), True
    if s.weekday is not None:
        return _weekday(s.weekday, s.shift, published), True
    return None, False


def _calendar(s: Slots, published: date | None, previous: PartialDate | None) -> tuple[PartialDate | None, bool]:
    month, day = s.month, (s.day if s.month else None)
    if s.year is not None:
        if s.hijri:
            return hijri_interval(s.year, month, day), False
        if month is None:
            return PartialDate.year_of(s.year), False
        return (PartialDate.day(s.year, month, day) if day else PartialDate.month_of(s.year, month)), False
    assert month is not None
    if s.hijri:
        return None, False

    def in_year(y: int) -> PartialDate:
        return PartialDate.day(y, month, day) if day else PartialDate.month_of(y, month)

    if s.unit == "year" and (s.shift is not None or s.anaphora is not None):  # سبتمبر من العام الماضي / التالي
        base = published if s.shift is not None else (previous.earliest if previous else published)
        shift = s.shift if s.shift is not None else s.anaphora
        assert shift is not None
        return (in_year(base.year + shift) if base else None), True
    if s.anaphora is not None:  # the following September
        if previous is None:
            return None, True
        anchor = {1: previous.latest, -1: previous.earliest - timedelta(days=1)}.get(s.anaphora, previous.earliest)
        direction: int | None = s.anaphora
    elif s.shift is not None or published is not None:  # نوفمبر المنصرم / Sep 5
        if published is None:
            return None, True
        anchor, direction = published, s.shift
    elif previous is not None:  # a narrative's year carries on, where its day is the weekday the text gives
        if s.weekday is not None and day and date(previous.year, month, day).weekday() != s.weekday:
            return None, True  # "on Thursday, March 9" after "in 2019" (a Saturday then): the writing's week, unknown
        return in_year(previous.year), True
    else:
        return None, False
    years, intervals = [], []
    for y in range(anchor.year - 1, anchor.year + 2):
        try:
            lo = date(y, month, day or 1)
        except ValueError:  # 29 February
            continue
        years.append(y)
        intervals.append((lo, lo if day else date(y, month, monthrange(y, month)[1])))
    chosen = nearest(intervals, anchor, direction)
    return (None if chosen is None else in_year(years[chosen])), True


def _decade(s: Slots, published: date | None, previous: PartialDate | None) -> tuple[PartialDate | None, bool]:
    assert s.decade is not None
    if s.decade >= 100:
        return PartialDate.decade_of(s.decade), False
    if s.century is not None:
        return PartialDate.decade_of((s.century - 1) * 100 + s.decade), False
    anchor = published or (previous.earliest if previous else None)
    if anchor is None:  # no context at all: the twentieth century
        return (None, True) if s.century_shift is not None else (PartialDate.decade_of(1900 + s.decade), False)
    if s.century_shift is not None:
        return PartialDate.decade_of((anchor.year // 100 + s.century_shift) * 100 + s.decade), True
    year = anchor.year // 100 * 100 + s.decade
    return PartialDate.decade_of(year if year <= anchor.year else year - 100), True


def _relative_unit(s: Slots, unit: str, published: date | None, previous: PartialDate | None) -> PartialDate | None:
    if s.count is None:  # a plural with no number: "these days"
        return None
    if s.anaphora is not None:
        n, from_previous = s.anaphora, True
    elif s.shift is not None:
        n, from_previous = s.shift, False
    else:
        assert s.offset is not None
        anchor_kind, sign = s.offset
        n, from_previous = sign * s.count, anchor_kind == "previous"
    if from_previous and previous is not None:
        moved = shifted(previous.earliest, unit, n)
        precision = coarser(UNIT_PRECISION[unit], previous.precision)
    elif s.anaphora is not None:
        return None  # "the same day", "the following year" point back to a date the text has not given
    elif published is not None:
        moved, precision = shifted(published, unit, n), UNIT_PRECISION[unit]
    else:
        return None
    return week(moved) if unit == "week" and precision is UNIT_PRECISION["week"] else at(moved, precision)


def _weekday(weekday: int, shift: int | None, published: date | None) -> PartialDate | None:
    """The latest such day on or before ``published``; "last": strictly before; "next": after; "this": the nearer."""
    if published is None:
        return None
    back = (published.weekday() - weekday) % 7
    if shift == -1:
        back = back or 7
    elif shift == 1 or (shift == 0 and back > 3):
        back -= 7
    return PartialDate.from_date(published - timedelta(days=back))
