"""What a store holds: its states with their counts, its totals, and a search over the evidence quotes.

Pure functions over events and their outlines (:mod:`relgraph.api` reads them from the store).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from relgraph.model import ActingPerson, Event, EventOutline, EventType, State

__all__ = ["QuoteMatch", "StateSummary", "Stats", "search", "states"]


@dataclass(frozen=True, slots=True)
class StateSummary:
    """One state of the store: how many events involve it, with how many partners, of which types, and
    its first and last dated events (ISO, at their precision)."""

    state: str
    name: str
    former: bool
    events: int
    partners: int
    types: tuple[tuple[str, int], ...]
    first: str | None
    last: str | None

    def to_json(self) -> dict[str, Any]:
        return {"state": self.state, "name": self.name, "former": self.former, "events": self.events,
                "partners": self.partners, "types": dict(self.types), "first": self.first,
                "last": self.last}  # fmt: skip


def states(outlines: Iterable[EventOutline], known: Mapping[str, State]) -> list[StateSummary]:
    """Every state some event involves, most events first (then by code)."""
    counts: dict[str, Counter[EventType]] = {}
    partners: dict[str, set[str]] = {}
    dated: dict[str, list[EventOutline]] = {}
    for outline in outlines:
        actors = set(outline.actors)
        for code in actors:
            counts.setdefault(code, Counter())[outline.type] += 1
            partners.setdefault(code, set()).update(actors - {code})
            if outline.date is not None:
                dated.setdefault(code, []).append(outline)
    out = []
    for code, kinds in counts.items():
        ordered = sorted(dated.get(code, []), key=lambda o: (o.date.earliest, o.date.latest))  # type: ignore[union-attr]
        state = known.get(code)
        out.append(StateSummary(
            code, state.name_en if state else code, bool(state and state.former), sum(kinds.values()),
            len(partners[code]), tuple((t.slug, kinds[t]) for t in EventType if t in kinds),
            ordered[0].date.iso if ordered and ordered[0].date else None,
            ordered[-1].date.iso if ordered and ordered[-1].date else None,
        ))  # fmt: skip
    return sorted(out, key=lambda s: (-s.events, s.state))


@dataclass(frozen=True, slots=True)
class Stats:
    """The store in numbers: articles (by language), mentions, events (by type and the language of the
    articles reporting them: an event reported in both counts in both), dates, size."""

    store: str
    articles: int
    mentions: int
    events: int
    undated: int
    quads: int
    first: str | None
    last: str | None
    size_bytes: int | None
    articles_by_language: dict[str, int] = field(default_factory=dict)
    events_by_type: dict[str, dict[str, int]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"store": self.store, "articles": self.articles, "articles_by_language": self.articles_by_language,
                "mentions": self.mentions, "events": self.events, "undated_events": self.undated,
                "events_by_type": self.events_by_type, "first": self.first, "last": self.last,
                "quads": self.quads, "size_bytes": self.size_bytes}  # fmt: skip


@dataclass(frozen=True, slots=True)
class QuoteMatch:
    """A quote that matched: the event it supports, the article, the quote and the persons it names acting."""

    event: str
    date: str | None
    type: str
    actors: tuple[str, ...]
    article: str
    evidence: str
    latest: str | None = None
    persons: tuple[ActingPerson, ...] = ()

    @property
    def when(self) -> str:
        """The date for people: ``1989-11``, ``≤ 2021-08-13`` (undated, bounded by its article), ``undated``."""
        return self.date or (f"≤ {self.latest}" if self.latest else "undated")

    def to_json(self) -> dict[str, Any]:
        return {"event": self.event, "date": self.date, "latest": self.latest, "type": self.type,
                "actors": list(self.actors), "article": self.article, "evidence": self.evidence,
                "persons": [p.to_json() for p in self.persons]}  # fmt: skip


def search(events: Iterable[Event], text: str) -> list[QuoteMatch]:
    """The quotes that contain ``text``, both folded as extraction folds them (hamza, alef and ta marbuta
    variants, diacritics and tatweel, case): one hit per matching mention, in the events' order."""
    from relgraph.text.normalize import fold

    wanted = fold(text)
    if not wanted:
        return []
    hits = []
    for e in events:
        last = e.date.latest if e.date else e.bound
        hits += [QuoteMatch(e.id, e.date.iso if e.date else None, e.type.slug, e.actors, m.article, m.evidence,
                     last.isoformat() if last else None, m.persons)
                 for m in e.mentions if wanted in fold(m.evidence)]  # fmt: skip
    return hits
