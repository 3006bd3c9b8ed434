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

__all__ = ["SourceRef", "TimelineRow", "events", "rows"]


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

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.date,
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
    from relgraph.keys import event_order

    gazetteer = Gazetteer.default()
    combos = product(*(sorted(gazetteer.lineage(code)) for code in codes))
    found: dict[str, Event] = {}
    for combo in combos:
        if len(set(combo)) < len(combo):
            continue
        for event in repo.events(list(combo), list(types), since, until):
            found.setdefault(event.id, event)
    return sorted(found.values(), key=event_order)


def rows(
    repo: Repository, codes: Sequence[str], types: Sequence[EventType], since: date | None, until: date | None
) -> list[TimelineRow]:
    """The timeline of ``codes``: :func:`events` with each source's article metadata."""
    from relgraph.gazetteer import Gazetteer

    found = events(repo, codes, types, since, until)
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
        ))
    return out
