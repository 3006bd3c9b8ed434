"""What the graph of states needs of the events, per linked pair of states: kept by the writer, read in place of events.

A graph command over the whole record (``relgraph central``, ``communities``,
``path``) needs, for each pair of states an event links (the edges of
:func:`relgraph.keys.edges`), how many events of each type link them and the
first and last dated of those: :class:`Totals`. :class:`relgraph.repository.Repository`
keeps one record of them per pair in the store (``id:graph/pairs``), updated in
the same update as the events, so those commands read at most one record per
pair of states (about 19,000 for 197 states) however many events the store
holds.

Pure functions: :func:`totals` computes them from events; :func:`updated`
applies what an ingest removes and adds, and says when it cannot (a removed
event was a pair's first or last of its type: only the pair's events can say
which is first now).

>>> from relgraph.model import EventOutline, EventType, PartialDate
>>> visit = EventOutline("e1", EventType.VISIT, ("QA", "RU"), PartialDate.parse("2025-04-16"))
>>> meeting = EventOutline("e2", EventType.MEETING, ("RU", "QA"), None)
>>> found = totals([visit, meeting])
>>> found[("QA", "RU")][EventType.VISIT].count, found[("QA", "RU")][EventType.MEETING].first
(1, None)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from relgraph.keys import edges
from relgraph.model import EventType, Occurrence

__all__ = ["Mark", "Pair", "Totals", "changes", "counts", "linked", "marks", "totals", "updated"]

#: An unordered pair of state codes, in code order.
Pair = tuple[str, str]


@dataclass(frozen=True, slots=True, order=True)
class Mark:
    """Where a dated event sorts among a pair's events (its earliest and latest days, ISO: they sort as the days
    do, then its id) and its date, ISO at its precision: what a link's ``first`` and ``last`` show."""

    earliest: str
    latest: str
    event: str
    iso: str


@dataclass(frozen=True, slots=True)
class Totals:
    """The events of one type that link one pair: how many, and the first and last dated (None: all undated)."""

    count: int
    first: Mark | None
    last: Mark | None


def _mark(event: Occurrence) -> Mark | None:
    d = event.date
    return None if d is None else Mark(d.earliest.isoformat(), d.latest.isoformat(), event.id, d.iso)


def _pairs(event: Occurrence) -> set[Pair]:
    return {(u, v) if u < v else (v, u) for u, v in edges(event)}


def linked(event: Occurrence) -> set[Pair]:
    """The pairs of states (in code order) an event links."""
    return _pairs(event)


def changes(gone: Iterable[Occurrence], came: Iterable[Occurrence]) -> tuple[list[Occurrence], list[Occurrence]]:
    """The events a write removes and adds as far as the totals can tell: an event rewritten with the same id, type,
    date and pairs (a new report of it) is neither."""

    def seen(event: Occurrence) -> tuple[object, ...]:
        return event.id, event.type, _mark(event), frozenset(_pairs(event))

    before = {seen(e): e for e in gone}
    after = {seen(e): e for e in came}
    return [e for k, e in before.items() if k not in after], [e for k, e in after.items() if k not in before]


def marks(events: Iterable[Occurrence]) -> dict[tuple[Pair, EventType], list[Mark | None]]:
    """Each pair and type the events link, with the marks of those events (None: undated)."""
    found: dict[tuple[Pair, EventType], list[Mark | None]] = {}
    for event in {e.id: e for e in events}.values():
        for pair in _pairs(event):
            found.setdefault((pair, event.type), []).append(_mark(event))
    return found


def _totals(found: list[Mark | None]) -> Totals:
    dated = [m for m in found if m is not None]
    return Totals(len(found), min(dated, default=None), max(dated, default=None))


def totals(events: Iterable[Occurrence]) -> dict[Pair, dict[EventType, Totals]]:
    """The totals of every pair the events link (each event once, by id), per type."""
    found: dict[Pair, dict[EventType, Totals]] = {}
    for (pair, kind), listed in marks(events).items():
        found.setdefault(pair, {})[kind] = _totals(listed)
    return {pair: dict(sorted(by_type.items(), key=lambda item: item[0].slug)) for pair, by_type in found.items()}


def counts(found: Mapping[Pair, Mapping[EventType, Totals]], types: Iterable[EventType] = ()) -> dict[Pair, int]:
    """How many events (of ``types``; none given: of every type) link each pair: the weights of the graph of
    states. Pairs with none are left out."""
    wanted = set(types)
    weights = {pair: sum(t.count for kind, t in by_type.items() if not wanted or kind in wanted)
               for pair, by_type in found.items()}  # fmt: skip
    return {pair: n for pair, n in weights.items() if n}


def updated(
    stored: Mapping[EventType, Totals], pair: Pair, removed: Iterable[Occurrence], added: Iterable[Occurrence]
) -> tuple[dict[EventType, Totals], set[EventType]]:
    """A pair's totals after events that link it are removed and others added (each given once, by id).

    Returns the totals and the types they could not be worked out for: those where a removed event was
    the first or last; their totals must be computed from the pair's events (:func:`totals`).
    """
    result = dict(stored)
    unknown: set[EventType] = set()
    for event in removed:
        if pair not in _pairs(event):
            continue
        before = result.get(event.type, Totals(0, None, None))
        mark = _mark(event)
        if mark is not None and mark in (before.first, before.last):
            unknown.add(event.type)
        result[event.type] = Totals(before.count - 1, before.first, before.last)
    for event in added:
        if pair not in _pairs(event):
            continue
        before = result.get(event.type, Totals(0, None, None))
        mark = _mark(event)
        dated = [m for m in (before.first, before.last, mark) if m is not None]
        result[event.type] = Totals(before.count + 1, min(dated, default=None), max(dated, default=None))
    kept = {kind: t for kind, t in result.items() if t.count > 0 or kind in unknown}
    return dict(sorted(kept.items(), key=lambda item: item[0].slug)), unknown
