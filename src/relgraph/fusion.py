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
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from relgraph.keys import date_order, date_token, event_id, event_order, fusion_key, mention_order
from relgraph.model import Event, Mention, PartialDate

__all__ = ["fuse"]


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


def _best_date(mentions: Sequence[Mention]) -> PartialDate | None:
    dates = Counter(m.date for m in mentions if m.date is not None)

    def rank(d: PartialDate) -> tuple[object, ...]:
        support = sum(n for other, n in dates.items() if d.compatible(other))
        return (d.precision.rank, d.latest - d.earliest, -support, d.earliest, date_token(d))

    return min(dates, key=rank, default=None)


def _event(key: str, cluster: Sequence[Mention]) -> Event:
    best = _best_date(cluster)
    mentions = tuple(sorted(cluster, key=mention_order))
    first = next(m for m in mentions if m.date == best)
    places = Counter(m.place for m in mentions if m.place is not None)
    alternatives = {m.date for m in mentions if m.date is not None and not m.date.compatible(best)} if best else set()
    kind = first.type
    return Event(
        id=event_id(key, kind, best),
        type=kind,
        actors=first.actors,
        date=best,
        place=min(places, key=lambda p: (-places[p], p), default=None),
        mentions=mentions,
        alternatives=tuple(sorted(alternatives, key=date_order)),
    )


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
