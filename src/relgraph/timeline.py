"""Timelines: the dated, sourced events of one state or a pair, in chronological order.

A state brings its lineage along: Qatar with Russia is every event between Qatar
and Russia and between Qatar and the USSR, each written with the state as it
was on the event's date; rows name the former states they involve.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import product
from typing import TYPE_CHECKING, Any

from relgraph.model import Event, EventType

if TYPE_CHECKING:
    from relgraph.repository import Repository

__all__ = ["SourceRef", "TimelineRow", "bound_events", "chronological", "event_rows", "events", "rows"]


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a fact came from: an article, the quote and its offsets, the extractor that read it."""

    article: str
    evidence: str
    start: int
    end: int
    date: str | None
    source: str | None
    published: str | None
    extractor: str


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One event as a timeline shows it; the date keeps its own precision (``1989-11``)."""

    event: str
    date: str | None
    earliest: str | None
    type: str
    actors: tuple[str, ...]
    place: str | None
    sources: tuple[SourceRef, ...]
    former: tuple[str, ...] = ()
    also_reported: tuple[str, ...] = ()
    latest: str | None = None
    maybe: bool = False

    @property
    def when(self) -> str:
        """The date for people: ``1989-11``; ``≤ 2021-08-13`` (undated, reported by then); ``undated``."""
        if self.date is not None:
            return self.date
        return f"≤ {self.latest}" if self.latest else "undated"

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.date,
            "earliest": self.earliest,
            "latest": self.latest,
            "only_possibly_in_range": self.maybe,
            "type": self.type,
            "actors": list(self.actors),
            "place": self.place,
            "former_states": list(self.former),
            "also_reported": list(self.also_reported),
            "event": self.event,
            "sources": [
                {
                    "article": s.article,
                    "source": s.source,
                    "published": s.published,
                    "evidence": s.evidence,
                    "start": s.start,
                    "end": s.end,
                    "date": s.date,
                    "extractor": s.extractor,
                }
                for s in self.sources
            ],
        }


def events(
    repo: Repository, codes: Sequence[str], types: Sequence[EventType], since: date | None, until: date | None
) -> list[Event]:
    """The events among ``codes`` (all events when empty), their lineages included, in chronological order."""
    from relgraph.gazetteer import Gazetteer

    gazetteer = Gazetteer.default()
    combos = product(*(sorted(gazetteer.lineage(code)) for code in codes))
    found: dict[str, Event] = {}
    undated: dict[str, Event] = {}
    for combo in combos:
        if len(set(combo)) < len(combo):
            continue
        for event in repo.events(list(combo), list(types), since, until):
            found.setdefault(event.id, event)
        if since is not None or until is not None:  # the date filter dropped them: their bound may bring them back
            undated.update((e.id, e) for e in repo.undated_events(list(combo), list(types)))
    listed = bound_events(repo, [*found.values(), *undated.values()])
    kept = [e for e in listed if e.date is not None or e.id not in undated
            or (e.bound is not None and (since is None or e.bound >= since))]  # (-inf, bound] meets the range
    return sorted(kept, key=chronological)


def bound_events(repo: Repository, listed: Sequence[Event]) -> list[Event]:
    """``listed``, each undated event bounded by its articles' publication dates (:func:`relgraph.status.bounded`)."""
    from relgraph.status import bounded

    articles = {a for e in listed if e.date is None for a in e.articles}
    return bounded(listed, {a.id: a.published for a in repo.articles(articles)} if articles else {})


def chronological(event: Event) -> tuple[object, ...]:
    """:func:`~relgraph.keys.event_order`, but an undated event with a bound sorts at its bound."""
    from relgraph.keys import event_order

    if event.date is None and event.bound is not None:
        return (False, event.bound, event.bound, event.type.slug, event.id)
    return event_order(event)


def rows(
    repo: Repository, codes: Sequence[str], types: Sequence[EventType], since: date | None, until: date | None
) -> list[TimelineRow]:
    """The timeline of ``codes``: :func:`events` with each source's article metadata.

    With ``since`` or ``until``, a row whose date only partly falls in the range (an undated event
    bounded by its article's date, or a year around a day) is kept and marked ``maybe``.
    """
    return event_rows(repo, events(repo, codes, types, since, until), since, until)


def event_rows(repo: Repository, found: Sequence[Event], since: date | None = None, until: date | None = None
               ) -> list[TimelineRow]:  # fmt: skip
    """Timeline rows of these events, with each source's article metadata."""
    from relgraph.gazetteer import Gazetteer

    records = {a.id: a for a in repo.articles({m.article for e in found for m in e.mentions})}
    gazetteer = Gazetteer.default()
    out = []
    for event in found:
        sources = []
        for m in event.mentions:
            record = records.get(m.article)
            sources.append(SourceRef(
                m.article, m.evidence, m.start, m.end, m.date.iso if m.date else None,
                record.source if record else None,
                record.published.isoformat() if record and record.published else None,
                f"{m.extractor}/{m.version}",
            ))
        out.append(TimelineRow(
            event=event.id,
            date=event.date.iso if event.date else None,
            earliest=event.date.earliest.isoformat() if event.date else None,
            type=event.type.slug,
            actors=event.actors,
            place=event.place,
            sources=tuple(sources),
            former=tuple(c for c in event.actors if c in gazetteer and gazetteer.get(c).former),
            also_reported=tuple(d.iso for d in event.alternatives),
            latest=last.isoformat() if (last := event.date.latest if event.date else event.bound) else None,
            maybe=_maybe(event, since, until),
        ))
    return out


def _maybe(event: Event, since: date | None, until: date | None) -> bool:
    """Whether the event's possible interval reaches past ``since`` or ``until``: it only may be in the range."""
    if since is None and until is None:
        return False
    if event.date is None:
        return True
    return (since is not None and event.date.earliest < since) or (until is not None and event.date.latest > until)
