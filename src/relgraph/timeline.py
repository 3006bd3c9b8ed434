"""Timelines: the dated, sourced events of one state or a pair, in chronological order.

A state brings its lineage along: Qatar with Russia is every event between Qatar
and Russia and between Qatar and the USSR, each written with the state as it
was on the event's date; rows name the former states they involve.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import product
from typing import TYPE_CHECKING, Any

from relgraph.model import ActingPerson, Event, EventType, SourceRef

if TYPE_CHECKING:
    from relgraph.repository import Repository

__all__ = [
    "ROLE_FILTERS",
    "Actor",
    "TimelineRow",
    "acted",
    "bound_events",
    "chronological",
    "event_rows",
    "events",
    "rows",
]

#: The roles a timeline can be filtered on (``--visitor STATE``): both roles of every directed type, and those of
#: a severance (a mediation's parties are no filter: every meeting has parties).
ROLE_FILTERS: tuple[str, ...] = tuple(dict.fromkeys(
    role for t in EventType if t.roles[0] != t.roles[1] for role in t.roles if role != "party"))  # fmt: skip


@dataclass(frozen=True, slots=True)
class Actor:
    """A person who acted in an event, as a timeline row shows them: :class:`~relgraph.model.ActingPerson` with
    the role of their state in the event (``visitor``) and the gazetteer's English name where it knows them.

    ``display`` is the name for people: the name as written, unless in Arabic script; then the gazetteer's English
    form of as many words ("تميم بن حمد" is "Tamim bin Hamad"), or its full name.
    """

    person: ActingPerson
    role: str
    label: str | None = None
    display: str = ""

    @property
    def summary(self) -> str:
        """One cell of data: ``"QA visitor: تميم بن حمد, أمير قطر"`` (state, role, name and office as written)."""
        p = self.person
        return f"{p.state} {self.role}: {p.name}" + (f", {p.office}" if p.office else "")

    def to_json(self) -> dict[str, str | None]:
        return {**self.person.to_json(), "role": self.role, "label": self.label}


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
    persons: tuple[Actor, ...] = ()

    @property
    def who(self) -> str:
        """The persons who acted, for people: "Sheikh Tamim bin Hamad Al Thani → Moscow; host: Vladimir Putin"
        (in a directed event, the first role's persons go to the place, or to the other state); "" when none."""
        if not self.persons:
            return ""
        kind = EventType.from_slug(self.type)
        first = [a.display for a in self.persons if a.role == kind.roles[0]]
        if not (kind.directed and first):
            return "; ".join(f"{a.role}: {a.display}" for a in self.persons)
        rest = [f"{a.role}: {a.display}" for a in self.persons if a.role != kind.roles[0]]
        return "; ".join([f"{', '.join(first)} → {self.place or ' '.join(self.actors[1:])}", *rest])

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
            "persons": [a.to_json() for a in self.persons],
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
    combos = [c for c in product(*(sorted(gazetteer.lineage(code)) for code in codes)) if len(set(c)) == len(c)]
    found = {e.id: e for e in repo.events_among(combos, list(types), since, until)}  # one query for the lineages
    undated: dict[str, Event] = {}
    if since is not None or until is not None:  # the date filter dropped them: their bound may bring them back
        undated = {e.id: e for e in repo.events_among(combos, list(types), undated=True)}
    listed = bound_events(repo, list({**found, **undated}.values()))  # one each: a stored bound meets --since
    kept = [
        e
        for e in listed
        if e.date is not None or e.id not in undated or (e.bound is not None and (since is None or e.bound >= since))
    ]  # (-inf, bound] meets the range
    return sorted(kept, key=chronological)


def acted(found: Sequence[Event], person: str | None = None, roles: Mapping[str, frozenset[str]] | None = None
          ) -> list[Event]:  # fmt: skip
    """The events of ``found`` where a person matching ``person`` acted (their name or office as written, or any
    name the gazetteer knows them by, contains it after :func:`~relgraph.text.normalize.fold`), and where each
    role of ``roles`` (``{"visitor": lineage of EG}``) is played by one of its states."""
    from relgraph.text.normalize import fold

    wanted = fold(person) if person else None
    out = []
    for event in found:
        if roles and not all(any(event.type.role(i) == role and code in codes for i, code in enumerate(event.actors))
                             for role, codes in roles.items()):  # fmt: skip
            continue
        if wanted is not None and not any(wanted in key for p in event.persons for key in _person_keys(p)):
            continue
        out.append(event)
    return out


def _person_keys(person: ActingPerson) -> list[str]:
    """What ``--person`` is matched against: the name and office as written, the gazetteer's forms, folded."""
    from relgraph.text.normalize import fold

    known = _people().get(person.id) if person.id else None
    forms = (*known.forms_en, *known.forms_ar) if known is not None else ()
    return [fold(text) for text in (person.name, person.office or "", *forms)]


_ARABIC = re.compile("[\u0600-\u06ff]")


@cache
def _people() -> dict[str, Any]:
    """The gazetteer's people by id."""
    from relgraph.gazetteer import read_people

    return {p.id: p for p in read_people().items}


def _actors(event: Event) -> tuple[Actor, ...]:
    out = []
    for p, role in event.acting:
        known = _people().get(p.id) if p.id else None
        if known is None or not _ARABIC.search(p.name):
            out.append(Actor(p, role, known.name_en if known is not None else None, p.name))
            continue
        words = len(p.name.split())
        alike = next((form for form in known.forms_en if len(form.split()) == words), known.name_en)
        out.append(Actor(p, role, known.name_en, alike))
    return tuple(out)


def bound_events(repo: Repository, listed: Sequence[Event]) -> list[Event]:
    """``listed``, each undated event bounded by its articles' publication dates (:func:`relgraph.status.bounded`)."""
    from relgraph.status import bounded

    articles = {a for e in listed if e.date is None and e.bound is None for a in e.articles}  # else stored
    return bounded(listed, {a.id: a.published for a in repo.articles(articles)} if articles else {})


def chronological(event: Event) -> tuple[object, ...]:
    """:func:`~relgraph.keys.event_order`, but an undated event with a bound sorts at its bound."""
    from relgraph.keys import event_order

    if event.date is None and event.bound is not None:
        return (False, event.bound, event.bound, event.type.slug, event.id)
    return event_order(event)


def rows(
    repo: Repository,
    codes: Sequence[str],
    types: Sequence[EventType],
    since: date | None,
    until: date | None,
    person: str | None = None,
    roles: Mapping[str, frozenset[str]] | None = None,
) -> list[TimelineRow]:
    """The timeline of ``codes``: :func:`events` (those :func:`acted` keeps, with ``person`` or ``roles``) with
    each source's article metadata.

    With ``since`` or ``until``, a row whose date only partly falls in the range (an undated event
    bounded by its article's date, or a year around a day) is kept and marked ``maybe``.
    """
    found = events(repo, codes, types, since, until)
    if person or roles:
        found = acted(found, person, roles)
    return event_rows(repo, found, since, until)


def event_rows(repo: Repository, found: Sequence[Event], since: date | None = None, until: date | None = None
               ) -> list[TimelineRow]:  # fmt: skip
    """Timeline rows of these events, with each source's article metadata."""
    from relgraph.gazetteer import Gazetteer

    records = repo.article_sources({m.article for e in found for m in e.mentions})
    former = {s.code for s in Gazetteer.default() if s.former}
    out = []
    for event in found:
        sources = []
        for m in event.mentions:
            source, published = records.get(m.article, (None, None))
            date_iso = m.date.iso if m.date else None
            sources.append(SourceRef(m.article, m.evidence, m.start, m.end, date_iso, source, published,
                                     f"{m.extractor}/{m.version}"))  # fmt: skip
        out.append(
            TimelineRow(
                event=event.id,
                date=event.date.iso if event.date else None,
                earliest=event.date.earliest.isoformat() if event.date else None,
                type=event.type.slug,
                actors=event.actors,
                place=event.place,
                sources=tuple(sources),
                former=tuple(c for c in event.actors if c in former),
                also_reported=tuple(d.iso for d in event.alternatives),
                latest=last.isoformat() if (last := event.date.latest if event.date else event.bound) else None,
                maybe=_maybe(event, since, until),
                persons=_actors(event),
            )
        )
    return out


def _maybe(event: Event, since: date | None, until: date | None) -> bool:
    """Whether the event's possible interval reaches past ``since`` or ``until``: it only may be in the range."""
    if since is None and until is None:
        return False
    if event.date is None:
        return True
    return (since is not None and event.date.earliest < since) or (until is not None and event.date.latest > until)
