"""Mentions → events: which reports are the same real-world event.

Pure functions over :mod:`relgraph.model` values; the result does not depend on
the order of the input.

The rules:

1. Mentions can only be the same event when they share a :func:`~relgraph.keys.fusion_key`: the
   same type and the same actors (as a set for undirected types; for directed
   types, :attr:`EventType.directed`, the same first actor and the same set).
2. Types that happen once per pair (:attr:`EventType.once_per_pair`: relations
   established, recognition) make one event per key. Dates that disagree with
   the event's date (1988-08-01 against 1988-08-02) become
   :attr:`Event.alternatives`.
3. Recurring types (visits, meetings, ...) cluster by date. Mentions are taken
   finest date first; each joins the one existing cluster whose date is
   compatible with its own (:meth:`PartialDate.compatible`: 1991 and 1991-12-06
   are, 1991-12-06 and 1991-12-25 are not), and otherwise founds a cluster of
   its own. So two visits on different days stay two events, and a "1991"
   report joins the only 1991 visit there is.
4. A mention compatible with several clusters (a "1991" report when there were
   visits in March and in September 1991) cannot be told apart: it joins the
   cluster of a mention with exactly its date if there is one, else it founds
   its own event. An undated mention is compatible with every cluster and
   follows the same rule: it joins the only cluster of its key, or, when there
   are several, the undated event of that key (created if needed).
5. The event's date is its most precise date (:meth:`PartialDate.more_precise_than`),
   ties broken by the number of mentions whose date is compatible with it, then
   the earlier. Its actors are in the order of the first mention giving that
   date; its place is the most frequent non-null place (ties: alphabetical
   order); its mentions are every mention of the cluster, in :func:`~relgraph.keys.mention_order`.
6. Event ids (:func:`~relgraph.keys.event_id`) are a digest of the fusion key, and for recurring types of the
   event's date: re-fusing the same mentions always gives the same ids, and an
   event that happens once per pair keeps its id whatever is learnt later.

>>> from relgraph.model import EventType, Mention, PartialDate
>>> def visit(day: str, article: str) -> Mention:
...     return Mention(article, EventType.VISIT, ("QA", "RU"), PartialDate.parse(day), "Moscow",
...                    "...", 0, 3, 0.9, "test", "1")
>>> events = fuse([visit("2025-04-16", "a"), visit("2025-04", "b"), visit("2024-10-02", "c")])
>>> [(str(e.date), e.articles) for e in events]
[('2024-10-02', ('c',)), ('2025-04-16', ('a', 'b'))]
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from relgraph.keys import date_order, date_token, event_id, event_order, fusion_key, mention_order
from relgraph.model import Event, Mention, PartialDate

__all__ = ["Tally", "fuse", "settle"]


def _finest_first(mention: Mention) -> tuple[object, ...]:
    d = mention.date
    if d is None:
        return (4, 0, date.max, mention_order(mention))  # after the coarsest precision (rank 3)
    return (d.precision.rank, (d.latest - d.earliest).days, d.earliest, mention_order(mention))


def _compatible(a: PartialDate | None, b: PartialDate | None) -> bool:
    return a is None or b is None or a.compatible(b)


def _clusters(mentions: Sequence[Mention]) -> list[list[Mention]]:
    """Rules 3 and 4 of the module docstring; ``mentions`` come finest date first.

    A mention is never finer than the clusters made before it, so the clusters it is
    compatible with are those whose date lies inside its own: found by bisecting the
    clusters' earliest days, not by comparing it with every cluster of a busy pair.
    """
    clusters: list[list[Mention]] = []
    starts: list[tuple[date, int]] = []  # (earliest day of a dated cluster, its index), sorted
    undated: list[Mention] | None = None
    for m in mentions:
        d = m.date
        if d is None:
            # Compatible with every cluster: it joins the only one, else the undated one.
            target = clusters[0] if len(clusters) == 1 else undated
            if target is None:
                undated = [m]
                clusters.append(undated)
            else:
                target.append(m)
            continue
        candidates = []
        for day, index in starts[bisect_left(starts, (d.earliest, -1)) :]:
            if day > d.latest:
                break
            head = clusters[index][0].date
            if head is not None and head.latest <= d.latest:
                candidates.append(index)
        if len(candidates) != 1:
            candidates = [i for i in candidates if clusters[i][0].date == d]
        if candidates:
            clusters[min(candidates)].append(m)
        else:
            insort(starts, (d.earliest, len(clusters)))
            clusters.append([m])
    return clusters


def _best_date(dates: Mapping[PartialDate, int]) -> PartialDate | None:
    def rank(d: PartialDate) -> tuple[object, ...]:
        support = sum(n for other, n in dates.items() if d.compatible(other))
        return (d.precision.rank, d.latest - d.earliest, -support, d.earliest, date_token(d))

    return min(dates, key=rank, default=None)


@dataclass(frozen=True, slots=True)
class Tally:
    """What rule 5 needs of an event's mentions, without the mentions: how to add one more to a stored event.

    ``dates`` holds each distinct date of the mentions (None: undated) with how many give it and the
    first of them in :func:`~relgraph.keys.mention_order` (whose actors become the event's when its date
    is the best); ``places`` each non-null place and how many give it. Its size grows with the distinct
    dates and places of an event, not with its reports: the store keeps it in the event's record
    (:mod:`relgraph.rdf.mapping`) so that an article adding a report to a busy event neither reads nor
    rewrites the event's other mentions (:meth:`relgraph.repository.Repository.ingest`).
    """

    dates: tuple[tuple[PartialDate | None, int, Mention], ...]
    places: tuple[tuple[str, int], ...]

    @staticmethod
    def of(mentions: Iterable[Mention]) -> Tally:
        """The tally of these mentions."""
        return Tally((), ()).add(mentions)

    @property
    def mentions(self) -> int:
        """How many mentions the tally counts."""
        return sum(n for _, n, _ in self.dates)

    def add(self, mentions: Iterable[Mention]) -> Tally:
        """The tally with these mentions counted too."""
        dates = {d: (n, first) for d, n, first in self.dates}
        places = dict(self.places)
        for m in mentions:
            n, first = dates.get(m.date, (0, m))
            dates[m.date] = (n + 1, min(first, m, key=mention_order))
            if m.place is not None:
                places[m.place] = places.get(m.place, 0) + 1
        ordered = sorted(dates.items(), key=lambda item: (item[0] is None, date_order(item[0]) if item[0] else ()))
        return Tally(tuple((d, n, first) for d, (n, first) in ordered), tuple(sorted(places.items())))

    def event(self, key: str, mentions: tuple[Mention, ...] = ()) -> Event:
        """The event rule 5 makes of the mentions tallied (under fusion key ``key``), with these ``mentions``."""
        counts = {d: n for d, n, _ in self.dates if d is not None}
        best = _best_date(counts)
        first = next(m for d, _, m in self.dates if d == best)
        places = dict(self.places)
        alternatives = [d for d in counts if not d.compatible(best)] if best else []
        return Event(
            id=event_id(key, first.type, best),
            type=first.type,
            actors=first.actors,
            date=best,
            place=min(places, key=lambda p: (-places[p], p), default=None),
            mentions=mentions,
            alternatives=tuple(sorted(alternatives, key=date_order)),
        )

    def joins(self, mention: Mention) -> bool:
        """Whether ``mention``, of this event's fusion key, belongs to this event without re-partitioning the key.

        True when the event already has a mention of exactly its date (None included): rules 3 and 4 send
        mentions of one date to one cluster and a mention that founds none changes no other's cluster.
        Events that happen once per pair (one per key) take every mention of their key.
        """
        return mention.type.once_per_pair or any(d == mention.date for d, _, _ in self.dates)


def settle(stored: Sequence[tuple[Event, Tally]], mention: Mention) -> int | None:
    """Where a new ``mention`` goes among the stored events of its key (each with the tally of its mentions) if it
    moves no other mention: the index of the event it joins, ``len(stored)`` when it founds an event of its own,
    None when only fusing the key again can tell.

    - It joins an event that has a mention of exactly its date, or the one event of a type that happens once
      per pair (:meth:`Tally.joins`).
    - A dated mention whose date holds exactly one event's date joins that event (rule 3: coarser than its
      head, it changes neither the event's date nor any other mention's cluster).
    - Otherwise it founds its own event (rule 3: no event's date lies in its own, or several do and none has
      exactly its date) unless a stored mention's date holds its own (that mention, coarser, might then
      join it or no longer be able to choose), or the key's undated mentions share its one event (rule 4:
      they would move to an undated event).
    """
    for index, (_, tally) in enumerate(stored):
        if tally.joins(mention):
            return index
    d = mention.date
    if d is None:
        return None
    inside = [i for i, (event, _) in enumerate(stored) if event.date is not None and d.contains(event.date)]
    if any(stored[i][0].date.contains(d) for i in inside):  # type: ignore[union-attr]
        return None  # the same days, told otherwise: which comes first is the mentions' order
    if len(inside) == 1:
        return inside[0]
    if len(stored) == 1 and any(day is None for day, _, _ in stored[0][1].dates):
        return None
    if any(day is not None and day.contains(d) for _, tally in stored for day, _, _ in tally.dates):
        return None
    return len(stored)


def _event(key: str, cluster: Sequence[Mention]) -> Event:
    return Tally.of(cluster).event(key, tuple(sorted(cluster, key=mention_order)))


def fuse(mentions: Iterable[Mention]) -> list[Event]:
    """Fuse mentions into events by the rules of this module, ordered by date (undated last), then type and id."""
    groups: defaultdict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[fusion_key(m)].append(m)
    events: list[Event] = []
    for key, group in groups.items():
        ordered = sorted(group, key=_finest_first)
        clusters = [ordered] if ordered[0].type.once_per_pair else _clusters(ordered)
        events.extend(_event(key, c) for c in clusters)
    return sorted(events, key=event_order)
