"""Model values → quads, and rows read from a store → model values.

One named graph per article (its node and its mentions), one for the fused
events, one for the states (see ``docs/architecture.md``, "The graph"). Every
term is a pyoxigraph term built by :mod:`relgraph.rdf.vocab`: the bulk path.

Dates are written twice: the literal at its precision (``xsd:date``,
``xsd:gYearMonth``, ``xsd:gYear``, or an EDTF decade ``"198X"``) and the
``xsd:date`` bounds ``rg:earliest``/``rg:latest`` that queries sort and filter
on, plus ``rg:precision``. Reading back, the literal gives the precision and
the bounds give qualified intervals ("late 1980s") back, so dates round-trip
exactly; ``rg:alternativeDate`` keeps only the literal (an alternative's
qualifier bounds are not stored).

Events, mentions and articles also carry a **record**: the node as relgraph
reads it back, one ``rg:record`` JSON literal (``rdf:JSON``). Reading an event
is then one triple for the event and one for each mention instead of ~9 and ~14
of them: a pair's timeline at a million events was bound by the number of terms
a query hands to Python (about 2 µs each), not by the store's indexes
(``docs/performance.md``). A mention's record is written once, with its
article; an event's holds the event and its :class:`~relgraph.fusion.Tally`
(each distinct date of its mentions, with a count and the first mention giving
it; each place, with a count), never the mentions themselves, so a new report
of a busy event rewrites a record whose size does not grow with the reports.
Records are derived like the events graph itself and rewritten with the
triples beside them, which stay the data that SPARQL users and the shapes see.

The reading half turns records, and the triples of a set of subjects as rows
of plain values (``Store.query``), back into mentions, events and states.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any
from urllib.parse import unquote

from pyoxigraph import Literal, NamedNode, Quad

from relgraph.fusion import Tally
from relgraph.keys import fusion_key, mention_id, mention_order, pair_keys, year_type_key
from relgraph.model import (
    ActingPerson,
    Article,
    Event,
    EventOutline,
    EventType,
    Mention,
    PartialDate,
    Precision,
    State,
    Succession,
)
from relgraph.pairs import Mark, Pair, Totals, totals
from relgraph.rdf import vocab
from relgraph.rdf.vocab import EVENTS_GRAPH, FEEDS_GRAPH, PAIRS_GRAPH, STATES_GRAPH, Terms

__all__ = [
    "ArticleRecord",
    "ArticleSource",
    "Node",
    "SolutionRow",
    "article_from_record",
    "article_quads",
    "date_from_literal",
    "date_literal",
    "date_time_literal",
    "event_from_record",
    "event_link_quads",
    "event_node_quads",
    "event_of_record",
    "event_outline",
    "event_quads",
    "event_record",
    "feed_item_quads",
    "is_a",
    "mention_from_node",
    "mention_from_record",
    "mention_record",
    "mention_source_from_record",
    "nodes",
    "outline_from_json",
    "pair_counts_from_record",
    "pair_quads",
    "pair_totals_from_record",
    "pairs_quads",
    "state_quads",
    "states_from_nodes",
]

#: One solution of a SELECT query: variable name -> value.
SolutionRow = Mapping[str, Any]
#: A subject's triples: ``{predicate IRI: [(object value, language tag or ""), ...]}``.
Node = dict[str, list[tuple[Any, str]]]

_DATATYPES = {
    Precision.DAY: Terms.xsd_date,
    Precision.MONTH: Terms.xsd_gYearMonth,
    Precision.YEAR: Terms.xsd_gYear,
    Precision.DECADE: vocab.EDTF,
}


def _day(value: date) -> Literal:
    return Literal(value.isoformat(), datatype=Terms.xsd_date)


def date_literal(value: PartialDate) -> Literal:
    """The date at its precision: ``"1989-11"^^xsd:gYearMonth``, ``"198X"^^edtf:EDTF``, ..."""
    return Literal(value.iso, datatype=_DATATYPES[value.precision])


@lru_cache(maxsize=1 << 16)
def date_from_literal(lexical: str, earliest: str | None = None, latest: str | None = None) -> PartialDate:
    """The :class:`PartialDate` a stored ``rg:date`` and its ``rg:earliest``/``rg:latest`` stand for.

    Remembered (dates are immutable and repeat: an event's mentions mostly give its own date), which
    halves the time to read a pair's timeline of a few hundred events.
    """
    value = PartialDate.parse(lexical)
    if earliest is None or latest is None:
        return value
    bounds = (date.fromisoformat(earliest), date.fromisoformat(latest))
    return value if bounds == (value.earliest, value.latest) else replace(value, bounds=bounds)


def _date_quads(subject: NamedNode, value: PartialDate | None, graph: NamedNode) -> list[Quad]:
    if value is None:
        return []
    return [
        Quad(subject, Terms.date, date_literal(value), graph),
        Quad(subject, Terms.earliest, _day(value.earliest), graph),
        Quad(subject, Terms.latest, _day(value.latest), graph),
        Quad(subject, Terms.precision, vocab.precision_iri(value.precision), graph),
    ]


def _occurrence_quads(subject: NamedNode, item: Mention | Event, graph: NamedNode) -> list[Quad]:
    """What mentions and events share: roles, actor order, date, place, fusion key."""
    quads = [Quad(subject, Terms.actorSequence, Literal(json.dumps(list(item.actors), ensure_ascii=False)), graph)]
    for index, code in enumerate(item.actors):
        state = vocab.state_iri(code)
        quads.append(Quad(subject, vocab.role(item.type.role(index)), state, graph))
        quads.append(Quad(subject, Terms.actor, state, graph))
    if item.place is not None:
        quads.append(Quad(subject, Terms.place, Literal(item.place), graph))
    quads.append(Quad(subject, Terms.fusionKey, Literal(fusion_key(item)), graph))
    return quads + _date_quads(subject, item.date, graph)


def _agent_quads(mention: str, node: NamedNode, persons: Iterable[ActingPerson], graph: NamedNode
                 ) -> list[Quad]:  # fmt: skip
    """The persons a mention names as acting: each an ``rg:Agent`` node, linked from the mention by ``rg:agent``."""
    quads = []
    for index, p in enumerate(persons):
        agent = vocab.agent_iri(mention, index)
        quads += [
            Quad(node, Terms.agent, agent, graph),
            Quad(agent, Terms.type, Terms.Agent, graph),
            Quad(agent, Terms.name, Literal(p.name), graph),
            Quad(agent, Terms.actsFor, vocab.state_iri(p.state), graph),
        ]
        if p.office is not None:
            quads.append(Quad(agent, Terms.office, Literal(p.office), graph))
        if p.id is not None:
            person = vocab.person_iri(p.id)
            quads += [Quad(agent, Terms.person, person, graph), Quad(person, Terms.type, Terms.Person, graph)]
    return quads


def _mention_quads(m: Mention, graph: NamedNode, article: Article | None = None) -> list[Quad]:
    key = mention_id(m)
    node = vocab.mention_iri(key)
    return [
        *_agent_quads(key, node, m.persons, graph),
        Quad(node, Terms.type, Terms.Mention, graph),
        Quad(node, Terms.wasDerivedFrom, vocab.article_iri(m.article), graph),
        Quad(node, Terms.eventClass, vocab.event_class(m.type), graph),
        Quad(node, Terms.quote, Literal(m.evidence), graph),
        Quad(node, Terms.start, Literal(m.start), graph),
        Quad(node, Terms.end, Literal(m.end), graph),
        Quad(node, Terms.confidence, Literal(float(m.confidence)), graph),
        Quad(node, Terms.extractor, Literal(m.extractor), graph),
        Quad(node, Terms.extractorVersion, Literal(m.version), graph),
        Quad(node, Terms.record, mention_record(m, article), graph),
        *_occurrence_quads(node, m, graph),
    ]


def article_quads(article: Article, mentions: Iterable[Mention], digest: str) -> list[Quad]:
    """The article's node and its mentions, in the article's named graph ``id:graph/article/{id}``."""
    graph = vocab.article_graph(article.id)
    node = vocab.article_iri(article.id)
    unique = list(dict.fromkeys(mentions))
    r = article.retrieval
    record = ArticleRecord(
        article.id,
        article.source,
        article.published,
        article.lang,
        digest,
        len(unique),
        *((r.url, r.fetched, r.http_date) if r is not None else ()),
    )
    quads = [
        Quad(node, Terms.type, Terms.Article, graph),
        Quad(node, Terms.identifier, Literal(article.id), graph),
        Quad(node, Terms.textDigest, Literal(digest), graph),
        Quad(node, Terms.record, _json(record.to_json()), graph),
    ]
    if article.source is not None:
        quads.append(Quad(node, Terms.source, Literal(article.source), graph))
    if article.published is not None:
        quads.append(Quad(node, Terms.issued, _day(article.published), graph))
    if article.lang is not None:
        quads.append(Quad(node, Terms.language, Literal(article.lang), graph))
    if r is not None:  # a fetched page: where from, when, and the server's date
        quads.append(Quad(node, Terms.retrievedFrom, Literal(r.url, datatype=Terms.xsd_anyURI), graph))
        quads.append(Quad(node, Terms.retrievedAt, date_time_literal(r.fetched), graph))
        if r.http_date is not None:
            quads.append(Quad(node, Terms.httpDate, date_time_literal(r.http_date), graph))
    for m in unique:
        quads.extend(_mention_quads(m, graph, article))
    return quads


def date_time_literal(value: datetime) -> Literal:
    """An ``xsd:dateTime`` in UTC, to the second: ``"2026-12-07T04:05:06Z"``."""
    utc = value.astimezone(UTC) if value.tzinfo else value
    return Literal(utc.replace(tzinfo=None, microsecond=0).isoformat() + "Z", datatype=Terms.xsd_dateTime)


def feed_item_quads(key: str, feed: str, seen: datetime, article_id: str | None) -> list[Quad]:
    """A feed item ``relgraph watch`` has read (by its guid or link), in the feeds graph; ``article_id`` if stored."""
    node = vocab.feed_item_iri(key)
    quads = [
        Quad(node, Terms.type, Terms.FeedItem, FEEDS_GRAPH),
        Quad(node, Terms.itemKey, Literal(key), FEEDS_GRAPH),
        Quad(node, Terms.feed, Literal(feed, datatype=Terms.xsd_anyURI), FEEDS_GRAPH),
        Quad(node, Terms.seenAt, date_time_literal(seen), FEEDS_GRAPH),
    ]
    if article_id is not None:
        quads.append(Quad(node, Terms.readAs, vocab.article_iri(article_id), FEEDS_GRAPH))
    return quads


def event_quads(event: Event) -> list[Quad]:
    """A fused event, in ``id:graph/events``: linked to its mentions (which live in their articles' graphs)."""
    return event_node_quads(event, Tally.of(event.mentions)) + event_link_quads(event.id, event.mentions)


def event_link_quads(event_id: str, mentions: Iterable[Mention]) -> list[Quad]:
    """The ``rg:mention`` links of an event to these mentions: what adding reports to an event adds."""
    node = vocab.event_iri(event_id)
    return [Quad(node, Terms.mention, vocab.mention_iri(mention_id(m)), EVENTS_GRAPH) for m in mentions]


def event_node_quads(event: Event, tally: Tally) -> list[Quad]:
    """Every quad of a fused event but its ``rg:mention`` links, its record holding ``tally`` (``event.mentions``
    is not read): what a new report of the event rewrites."""
    g = EVENTS_GRAPH
    node = vocab.event_iri(event.id)
    year_type = year_type_key(event)
    return [
        Quad(node, Terms.type, vocab.event_class(event.type), g),
        Quad(node, Terms.type, Terms.DiplomaticEvent, g),
        Quad(node, Terms.cameoCode, Literal(event.type.cameo), g),
        Quad(node, Terms.ploverCategory, Literal(event.type.plover), g),
        *(Quad(node, Terms.pairKey, Literal(key), g) for key in pair_keys(event.actors)),
        *([] if year_type is None else [Quad(node, Terms.yearTypeKey, Literal(year_type), g)]),
        *(Quad(node, Terms.alternativeDate, date_literal(d), g) for d in event.alternatives),
        Quad(node, Terms.record, event_record(event, tally), g),
        Quad(node, Terms.outline, event_outline(event), g),
        *_occurrence_quads(node, event, g),
        *_bound_quads(node, event, g),
    ]


def _bound_quads(node: NamedNode, event: Event, graph: NamedNode) -> list[Quad]:
    """An undated event's bound, the day by which it had happened, as its ``rg:latest`` (alone: no rg:date)."""
    if event.date is not None or event.bound is None:
        return []
    return [Quad(node, Terms.latest, _day(event.bound), graph)]


def state_quads(states: Iterable[State]) -> list[Quad]:
    """The gazetteer's states in ``id:graph/states``: labels, codes, Wikidata, validity and successions."""
    g = STATES_GRAPH
    quads: list[Quad] = []
    for s in states:
        node = vocab.state_iri(s.code)
        quads += [
            Quad(node, Terms.type, Terms.State, g),
            Quad(node, Terms.notation, Literal(s.code), g),
            Quad(node, Terms.label, Literal(s.name_en, language="en"), g),
            Quad(node, Terms.label, Literal(s.name_ar, language="ar"), g),
            Quad(node, Terms.status, Literal(s.status), g),
        ]
        quads += [Quad(node, Terms.altLabel, Literal(a, language="en"), g) for a in s.aliases_en]
        quads += [Quad(node, Terms.altLabel, Literal(a, language="ar"), g) for a in s.aliases_ar]
        if s.former:
            quads.append(Quad(node, Terms.type, Terms.FormerState, g))
        if s.alpha3:
            quads.append(Quad(node, Terms.alpha3, Literal(s.alpha3), g))
        if s.wikidata:
            quads.append(Quad(node, Terms.sameAs, vocab.wikidata_iri(s.wikidata), g))
        if s.valid_from is not None:
            quads.append(Quad(node, Terms.validFrom, _day(s.valid_from), g))
        if s.valid_to is not None:
            quads.append(Quad(node, Terms.validTo, _day(s.valid_to), g))
        quads += [Quad(node, Terms.precededBy, vocab.state_iri(p), g) for p in s.predecessors]
        for succession in s.successors:
            link = vocab.succession_iri(s.code, succession.successor)
            successor = vocab.state_iri(succession.successor)
            quads += [
                Quad(node, Terms.succeededBy, successor, g),
                Quad(node, Terms.succession, link, g),
                Quad(link, Terms.type, Terms.Succession, g),
                Quad(link, Terms.predecessor, node, g),
                Quad(link, Terms.successor, successor, g),
                Quad(link, Terms.date, _day(succession.date), g),
                Quad(link, Terms.continues, Literal(succession.continues), g),
            ]
    return quads


# -- records ------------------------------------------------------------------------------------------------
#
# A record is a node as relgraph reads it back, in one ``rg:record`` literal: the store hands each term of a
# result to Python at about 2 µs a term, so reading an event with its mentions as triples (~9 triples, and
# ~14 for each mention, three terms a row) cost ~100 µs, as a record ~10 µs.


def _json(value: object) -> Literal:
    return Literal(json.dumps(value, ensure_ascii=False, separators=(",", ":")), datatype=Terms.rdf_JSON)


def _date_json(value: PartialDate | None) -> list[str] | None:
    return None if value is None else [value.iso, value.earliest.isoformat(), value.latest.isoformat()]


def _date_from_json(value: list[str] | None) -> PartialDate | None:
    return None if value is None else date_from_literal(*value)


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """An ingested article's metadata, as stored (its text is not stored), and how many mentions it has."""

    id: str
    source: str | None
    published: date | None
    lang: str | None
    digest: str
    mentions: int
    url: str | None = None  # a fetched page's URL (after redirects), when and the server's Date
    fetched: datetime | None = None
    http_date: datetime | None = None

    def to_json(self) -> dict[str, Any]:
        published = None if self.published is None else self.published.isoformat()
        record: dict[str, Any] = {"id": self.id, "source": self.source, "published": published, "lang": self.lang,
                                  "digest": self.digest, "mentions": self.mentions}  # fmt: skip
        if self.url is not None:  # only a fetched page's record says where from
            record |= {"url": self.url, "fetched": _instant(self.fetched), "http_date": _instant(self.http_date)}
        return record


def _instant(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def article_from_record(text: str) -> ArticleRecord:
    """The :class:`ArticleRecord` an article's ``rg:record`` holds."""
    r = json.loads(text)
    published = None if r["published"] is None else date.fromisoformat(r["published"])
    fetched, http_date = (None if r.get(k) is None else datetime.fromisoformat(r[k]) for k in ("fetched", "http_date"))
    return ArticleRecord(
        r["id"], r["source"], published, r["lang"], r["digest"], r["mentions"], r.get("url"), fetched, http_date
    )


def _mention_json(m: Mention) -> dict[str, Any]:
    return {"article": m.article, "type": m.type.slug, "actors": m.actors, "date": _date_json(m.date),
            "place": m.place, "evidence": m.evidence, "start": m.start, "end": m.end,
            "confidence": m.confidence, "extractor": m.extractor, "version": m.version,
            **({"persons": [[p.name, p.state, p.office, p.id] for p in m.persons]} if m.persons else {})}  # fmt: skip


def _mention_from_json(m: dict[str, Any]) -> Mention:
    return Mention(m["article"], EventType.from_slug(m["type"]), tuple(m["actors"]), _date_from_json(m["date"]),
                   m["place"], m["evidence"], m["start"], m["end"], m["confidence"], m["extractor"], m["version"],
                   tuple(ActingPerson(*p) for p in m.get("persons", ())))  # fmt: skip


def _bound_json(event: Event) -> dict[str, str]:
    """An undated event's bound in its record (none for a dated event, or when no article gives a date)."""
    return {"bound": event.bound.isoformat()} if event.date is None and event.bound is not None else {}


def mention_record(mention: Mention, article: Article | None = None) -> Literal:
    """A mention as one ``rdf:JSON`` literal, in its article's graph: what :func:`mention_from_record` reads back.

    Dates keep their bounds (``[iso, earliest, latest]``). With its ``article``, the record also holds what a
    timeline shows of the article (its source and publication date, as :func:`mention_source_from_record` reads
    them), so a pair's timeline reads its events and their mentions, and no article's record.
    """
    found = _mention_json(mention)
    if article is not None:
        published = None if article.published is None else article.published.isoformat()
        found |= {"source": article.source, "published": published}
    return _json(found)


def mention_from_record(text: str) -> Mention:
    """The :class:`Mention` a mention's ``rg:record`` holds, equal to the one written."""
    return _mention_from_json(json.loads(text))


#: What a timeline shows of an article: its source and its publication date (ISO), each None when not given.
ArticleSource = tuple[str | None, str | None]


def mention_source_from_record(text: str) -> tuple[Mention, ArticleSource | None]:
    """The :class:`Mention` a mention's ``rg:record`` holds, and its article's source and publication date when the
    record holds them (written with its article since they are; None in a record written before)."""
    r = json.loads(text)
    return _mention_from_json(r), ((r["source"], r["published"]) if "published" in r else None)


def event_record(event: Event, tally: Tally) -> Literal:
    """The event and the tally of its mentions as one ``rdf:JSON`` literal: what :func:`event_from_record` reads
    back. Dates keep their bounds, alternatives' too; ``mentions`` is how many the tally counts."""
    dates = [[_date_json(d), n, _mention_json(first)] for d, n, first in tally.dates]
    return _json({"id": event.id, "type": event.type.slug, "actors": event.actors, "date": _date_json(event.date),
                  "place": event.place, "alternatives": [_date_json(d) for d in event.alternatives],
                  "mentions": tally.mentions, "dates": dates, "places": tally.places,
                  **_bound_json(event)})  # fmt: skip


def event_outline(event: Event) -> Literal:
    """The event without its mentions, one short ``rdf:JSON`` array: what :func:`outline_from_json` reads back."""
    return _json([event.id, event.type.slug, event.actors, _date_json(event.date)])


def _mark_json(mark: Mark | None) -> list[str] | None:
    return None if mark is None else [mark.earliest, mark.latest, mark.event, mark.iso]


def _mark_from_json(value: list[str] | None) -> Mark | None:
    return None if value is None else Mark(*value)


def pair_quads(pair: Pair, totals: Mapping[EventType, Totals]) -> list[Quad]:
    """A pair of states' node in ``id:graph/pairs``, its totals per type in one ``rg:pairRecord`` (none: no quads)."""
    if not totals:
        return []
    types = {kind.slug: [t.count, _mark_json(t.first), _mark_json(t.last)] for kind, t in totals.items()}
    return [Quad(vocab.pair_iri(*pair), Terms.pairRecord, _json({"pair": pair, "types": types}), PAIRS_GRAPH)]


def pair_counts_from_record(text: str, types: Iterable[EventType] = ()) -> tuple[Pair, int]:
    """The pair of states a ``rg:pairRecord`` is of, and how many events (of ``types``, or of any) link it: all the
    graph of states needs, read without the first and last events."""
    r = json.loads(text)
    wanted = {t.slug for t in types}
    return (r["pair"][0], r["pair"][1]), sum(v[0] for slug, v in r["types"].items() if not wanted or slug in wanted)


def pairs_quads(events: Iterable[Event | EventOutline]) -> list[Quad]:
    """The pairs graph of these events, whole: what a writer of every event at once (a bulk load) writes with them."""
    return [q for pair, found in sorted(totals(events).items()) for q in pair_quads(pair, found)]


def pair_totals_from_record(text: str) -> tuple[Pair, dict[EventType, Totals]]:
    """The pair of states and its totals per type that a pair's ``rg:pairRecord`` holds."""
    r = json.loads(text)
    totals = {EventType.from_slug(slug): Totals(count, _mark_from_json(first), _mark_from_json(last))
              for slug, (count, first, last) in r["types"].items()}  # fmt: skip
    return (r["pair"][0], r["pair"][1]), totals


def outline_from_json(text: str) -> EventOutline:
    """The :class:`EventOutline` an event's ``rg:outline`` holds."""
    event_id, slug, actors, when = json.loads(text)
    return EventOutline(event_id, EventType.from_slug(slug), tuple(actors), _date_from_json(when))


def event_from_record(text: str, mentions: Iterable[Mention] = ()) -> tuple[Event, Tally]:
    """The event an event's ``rg:record`` holds, with these ``mentions`` (its own, read from their records:
    sorted here in :func:`~relgraph.keys.mention_order`), and the tally of its mentions."""
    r = json.loads(text)
    tally = Tally(tuple((_date_from_json(d), n, _mention_from_json(m)) for d, n, m in r["dates"]),
                  tuple((p, n) for p, n in r["places"]))  # fmt: skip
    return _event_from_json(r, mentions), tally


def event_of_record(text: str, mentions: Iterable[Mention] = ()) -> Event:
    """:func:`event_from_record` without the tally: what a reader needs (a timeline, a status), read in about
    half the time (the tally holds a mention for each date, built here for nothing)."""
    return _event_from_json(json.loads(text), mentions)


def _event_from_json(r: dict[str, Any], mentions: Iterable[Mention]) -> Event:
    alternatives = tuple(date_from_literal(*d) for d in r["alternatives"])
    bound = date.fromisoformat(r["bound"]) if "bound" in r else None
    return Event(r["id"], EventType.from_slug(r["type"]), tuple(r["actors"]), _date_from_json(r["date"]),
                 r["place"], tuple(sorted(mentions, key=mention_order)), alternatives, bound)  # fmt: skip


# -- reading triples ----------------------------------------------------------------------------------------
#
# Mentions (to re-fuse a key) and states are read from their triples, as whole nodes: the (predicate, object)
# pairs of a set of subjects, from rows of ``?s ?p ?o`` and, for language-tagged labels, ``?lang``. Looking up
# a subject's triples is an index scan in any engine; patterns with OPTIONAL parts were measured here to make
# oxigraph scan every dated mention (300 ms a lookup at 5,000 articles, against 1 ms).


def nodes(rows: Iterable[SolutionRow]) -> dict[str, Node]:
    """Group ``s``, ``p``, ``o``, ``lang`` rows by subject: ``{subject: {predicate: [(object, lang), ...]}}``."""
    found: dict[str, Node] = {}
    for row in rows:
        found.setdefault(row["s"], {}).setdefault(row["p"], []).append((row["o"], row.get("lang") or ""))
    return found


def _values(node: Node, term: NamedNode, lang: str = "") -> list[Any]:
    """The objects of ``term`` (literals with language ``lang``), sorted."""
    return sorted(value for value, tag in node.get(term.value, []) if tag == lang)


def _one(node: Node, term: NamedNode) -> Any:
    """The object of a single-valued ``term`` (the shapes allow one), or None."""
    return next((value for value, tag in node.get(term.value, ()) if not tag), None)


def _day_of(node: Node, term: NamedNode) -> date | None:
    value = _one(node, term)
    return None if value is None else date.fromisoformat(value)


def _date_of(node: Node) -> PartialDate | None:
    lexical = _one(node, Terms.date)
    return None if lexical is None else date_from_literal(lexical, _one(node, Terms.earliest), _one(node, Terms.latest))


def _local(iri: str) -> str:
    """The id or code an instance IRI was built from (its last segment, decoded)."""
    return unquote(iri.rsplit("/", 1)[1])


def is_a(node: Node, cls: NamedNode) -> bool:
    """Whether the node has ``rdf:type`` ``cls``."""
    return cls.value in _values(node, Terms.type)


def mention_from_node(node: Node, found: Mapping[str, Node] | None = None) -> Mention:
    """The :class:`Mention` a node typed ``rg:Mention`` describes; its persons come from their ``rg:Agent``
    nodes among ``found`` (none without it)."""
    agents = [found[a] for a in sorted(_values(node, Terms.agent), key=_agent_index) if a in found] if found else []
    return Mention(
        article=_local(_one(node, Terms.wasDerivedFrom)),
        type=vocab.event_type_of_class(_one(node, Terms.eventClass)),
        actors=tuple(json.loads(_one(node, Terms.actorSequence))),
        date=_date_of(node),
        place=_one(node, Terms.place),
        evidence=_one(node, Terms.quote),
        start=_one(node, Terms.start),
        end=_one(node, Terms.end),
        confidence=_one(node, Terms.confidence),
        extractor=_one(node, Terms.extractor),
        version=_one(node, Terms.extractorVersion),
        persons=tuple(
            ActingPerson(
                _one(a, Terms.name),
                _local(_one(a, Terms.actsFor)),
                _one(a, Terms.office),
                None if _one(a, Terms.person) is None else _local(_one(a, Terms.person)),
            )
            for a in agents
        ),
    )


def _agent_index(iri: str) -> int:
    return int(iri.rsplit("/", 1)[1])


def states_from_nodes(found: Mapping[str, Node]) -> list[State]:
    """The states (and their succession nodes) of the states graph, by code.

    Names, aliases, codes, Wikidata id, status, validity and lineage come back; aliases in sorted
    order (RDF keeps no order). The rest of :class:`State` (capitals, demonyms, titles) is the
    gazetteer's business and is not stored.
    """

    def succession(link: Node) -> Succession:
        return Succession(_local(_one(link, Terms.successor)), date.fromisoformat(_one(link, Terms.date)),
                          _one(link, Terms.continues))  # fmt: skip

    states = [
        State(
            code=_one(node, Terms.notation),
            alpha3=_one(node, Terms.alpha3) or "",
            wikidata=_local(_one(node, Terms.sameAs) or "/"),
            name_en=_values(node, Terms.label, "en")[0],
            name_ar=_values(node, Terms.label, "ar")[0],
            aliases_en=tuple(_values(node, Terms.altLabel, "en")),
            aliases_ar=tuple(_values(node, Terms.altLabel, "ar")),
            valid_from=_day_of(node, Terms.validFrom),
            valid_to=_day_of(node, Terms.validTo),
            successors=tuple(sorted((succession(found[link]) for link in _values(node, Terms.succession)),
                                    key=lambda x: (x.date, x.successor))),
            predecessors=tuple(_local(v) for v in _values(node, Terms.precededBy)),
            status=_one(node, Terms.status),
        )
        for node in found.values()
        if is_a(node, Terms.State)
    ]  # fmt: skip
    return sorted(states, key=lambda s: s.code)
