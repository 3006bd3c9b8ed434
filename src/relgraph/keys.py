"""The keys and ids that fusion, the RDF mapping, the repository and the timeline share: small pure functions.

A :func:`fusion_key` says which mentions may be one event; :func:`pair_keys`
index a pair's timeline; :func:`year_type_key` counts events per type and year;
:func:`mention_id` and :func:`event_id` name the nodes (a digest, so the same
input always gives the same id); the ``*_order`` functions are the total
orders events, mentions and dates are listed in.

>>> from relgraph.model import Article, EventType, PartialDate
>>> fusion_key(Event("e", EventType.MEETING, ("RU", "QA"), None, None, ()))
'meeting|QA,RU'
>>> pair_keys(["UA", "QA", "RU"])
('QA|RU', 'QA|UA', 'RU|UA')
>>> year_type_key(Event("e", EventType.VISIT, ("QA", "RU"), PartialDate.parse("198X"), None, ()))
'1980|visit'
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import date
from itertools import combinations
from urllib.parse import quote

from relgraph.model import Article, Event, EventOutline, EventType, Mention, Occurrence, PartialDate

__all__ = [
    "date_order",
    "date_token",
    "digest",
    "edges",
    "event_id",
    "event_order",
    "fusion_key",
    "mention_id",
    "mention_order",
    "pair_keys",
    "year_type_key",
]


def _code(code: str) -> str:
    # Percent-encoding keeps keys unambiguous whatever a code contains ("|", ",", spaces...).
    return quote(code, safe="")


def fusion_key(mention: Mention | Event) -> str:
    """The type and actors in canonical order: ``"visit|QA|RU"``, ``"meeting|QA,RU"``.

    Directed types keep the first actor apart (``"mediation|QA|RU,UA"``); undirected ones
    sort them all. Codes are percent-encoded, so the key is unambiguous.
    """
    actors = set(mention.actors)
    if mention.type.directed:
        first = mention.actors[0]
        rest = ",".join(_code(a) for a in sorted(actors - {first}))
        return f"{mention.type.slug}|{_code(first)}|{rest}"
    return f"{mention.type.slug}|{','.join(_code(a) for a in sorted(actors))}"


def pair_keys(actors: Iterable[str]) -> tuple[str, ...]:
    """One ``"QA|RU"`` key per unordered pair of distinct actors, in order: the index of a pair's timeline."""
    return tuple(f"{_code(a)}|{_code(b)}" for a, b in combinations(sorted(set(actors)), 2))


def edges(event: Occurrence) -> list[tuple[str, str]]:
    """The pairs of states an event links, as the graph of states draws them: a directed type
    (:attr:`EventType.directed`) links its first actor to each of the others, an undirected one every pair of its
    actors in code order; repeated actors count once."""
    actors = tuple(dict.fromkeys(event.actors))
    if event.type.directed:
        return [(actors[0], other) for other in actors[1:]]
    return list(combinations(sorted(actors), 2))


def date_token(value: PartialDate | None) -> str:
    """A date as a key's part: its ISO form at its precision, with the bounds it was narrowed to ("late 1980s")."""
    if value is None:
        return ""
    bounds = f"[{value.bounds[0]}/{value.bounds[1]}]" if value.bounds else ""
    return value.iso + bounds


def date_order(value: PartialDate) -> tuple[object, ...]:
    """Chronological order on dates (earliest day, latest day, then the rest): how alternatives are listed."""
    return (value.earliest, value.latest, date_token(value))


def _digest(*parts: object) -> str:
    # JSON of a list is an unambiguous serialisation of the parts; 64 bits of SHA-256 name the node.
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


def mention_id(mention: Mention) -> str:
    """A stable id for a mention: a digest of everything it says, so re-reading an article gives the same ids."""
    m = mention
    return _digest(
        "mention", m.article, m.type.slug, m.actors, date_token(m.date), m.place, m.evidence,
        m.start, m.end, repr(m.confidence), m.extractor, m.version,
    )  # fmt: skip


def mention_order(mention: Mention) -> tuple[object, ...]:
    """A total order on mentions (article, then offsets, then every other field): how events list them."""
    m = mention
    return (
        m.article, m.start, m.end, m.type.slug, m.actors, date_token(m.date),
        m.place is not None, m.place or "", m.evidence, m.confidence, m.extractor, m.version,
    )  # fmt: skip


def event_id(key: str, kind: EventType, when: PartialDate | None) -> str:
    """An event's id: a digest of its fusion key, and for a type that recurs, of its date too. An event that happens
    once per pair keeps its id whatever is learnt later of its date."""
    return _digest("event", key) if kind.once_per_pair else _digest("event", key, date_token(when))


def event_order(event: Event | EventOutline) -> tuple[object, ...]:
    """Chronological order on events, undated last, then type and id: the order :func:`fuse` returns."""
    d = event.date
    return (d is None, d.earliest if d else date.max, d.latest if d else date.max, event.type.slug, event.id)


def year_type_key(event: Event) -> str | None:
    """``"1991|visit"``: the year a dated event begins (that of ``rg:earliest``) and its type; None if undated.

    Stored as ``rg:yearTypeKey``, it makes counting events per type and year one scan of one
    index (``GROUP BY ?key``) instead of a join of each event's class with its date.
    """
    return None if event.date is None else f"{event.date.earliest.year:04d}|{event.type.slug}"


def digest(article: Article, extractor: str) -> str:
    """What makes an ingest idempotent: the text, its metadata and the extractor version."""
    h = hashlib.sha256()
    for part in (article.text, article.lang or "", str(article.published or ""), article.source or "", extractor):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()
