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

The reading half works on rows of plain values (``OxigraphStore.query``): the
``*_PATTERN`` SPARQL fragments bind the variables that ``mention_from_row``
and ``events_from_rows`` read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date
from typing import Any
from urllib.parse import unquote

from pyoxigraph import Literal, NamedNode, Quad

from relgraph.fusion import date_order, fusion_key, mention_id, mention_order, pair_keys
from relgraph.model import Article, Event, Mention, PartialDate, Precision, State, Succession
from relgraph.rdf import vocab
from relgraph.rdf.vocab import EVENTS_GRAPH, STATES_GRAPH, Terms

__all__ = [
    "EVENT_PATTERN",
    "MENTION_PATTERN",
    "STATE_QUERY",
    "Row",
    "article_quads",
    "date_literal",
    "event_quads",
    "events_from_rows",
    "mention_from_row",
    "parse_date",
    "state_quads",
    "states_from_rows",
]

Row = Mapping[str, Any]

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


def parse_date(lexical: str, earliest: str | None = None, latest: str | None = None) -> PartialDate:
    """The :class:`PartialDate` a stored ``rg:date`` and its ``rg:earliest``/``rg:latest`` stand for."""
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


def _mention_quads(m: Mention, graph: NamedNode) -> list[Quad]:
    node = vocab.mention_iri(mention_id(m))
    return [
        Quad(node, Terms.type, Terms.Mention, graph),
        Quad(node, Terms.wasDerivedFrom, vocab.article_iri(m.article), graph),
        Quad(node, Terms.eventClass, vocab.event_class(m.type), graph),
        Quad(node, Terms.quote, Literal(m.evidence), graph),
        Quad(node, Terms.start, Literal(m.start), graph),
        Quad(node, Terms.end, Literal(m.end), graph),
        Quad(node, Terms.confidence, Literal(float(m.confidence)), graph),
        Quad(node, Terms.extractor, Literal(m.extractor), graph),
        Quad(node, Terms.extractorVersion, Literal(m.version), graph),
        *_occurrence_quads(node, m, graph),
    ]


def article_quads(article: Article, mentions: Iterable[Mention], digest: str) -> list[Quad]:
    """The article's node and its mentions, in the article's named graph ``id:graph/article/{id}``."""
    graph = vocab.article_graph(article.id)
    node = vocab.article_iri(article.id)
    quads = [
        Quad(node, Terms.type, Terms.Article, graph),
        Quad(node, Terms.identifier, Literal(article.id), graph),
        Quad(node, Terms.textDigest, Literal(digest), graph),
    ]
    if article.source is not None:
        quads.append(Quad(node, Terms.source, Literal(article.source), graph))
    if article.published is not None:
        quads.append(Quad(node, Terms.issued, _day(article.published), graph))
    if article.lang is not None:
        quads.append(Quad(node, Terms.language, Literal(article.lang), graph))
    for m in mentions:
        quads.extend(_mention_quads(m, graph))
    return quads


def event_quads(event: Event) -> list[Quad]:
    """A fused event, in ``id:graph/events``: linked to its mentions (which live in their articles' graphs)."""
    g = EVENTS_GRAPH
    node = vocab.event_iri(event.id)
    return [
        Quad(node, Terms.type, vocab.event_class(event.type), g),
        Quad(node, Terms.type, Terms.DiplomaticEvent, g),
        Quad(node, Terms.cameoCode, Literal(event.type.cameo), g),
        Quad(node, Terms.ploverCategory, Literal(event.type.plover), g),
        *(Quad(node, Terms.pairKey, Literal(key), g) for key in pair_keys(event.actors)),
        *(Quad(node, Terms.alternativeDate, date_literal(d), g) for d in event.alternatives),
        *(Quad(node, Terms.mention, vocab.mention_iri(mention_id(m)), g) for m in event.mentions),
        *_occurrence_quads(node, event, g),
    ]


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


# -- reading back -------------------------------------------------------------------------------------------

#: Binds the ``m_*`` variables of :func:`mention_from_row` for a mention ``?m`` (inside its article's graph).
MENTION_PATTERN = """
    ?m a rg:Mention ; prov:wasDerivedFrom ?m_article_node ; rg:eventClass ?m_class ;
       rg:actorSequence ?m_actors ; rg:quote ?m_quote ; rg:start ?m_start ; rg:end ?m_end ;
       rg:confidence ?m_confidence ; rg:extractor ?m_extractor ; rg:extractorVersion ?m_version .
    ?m_article_node dcterms:identifier ?m_article .
    OPTIONAL { ?m rg:date ?m_date ; rg:earliest ?m_earliest ; rg:latest ?m_latest }
    OPTIONAL { ?m rg:place ?m_place }
"""

#: Binds the ``e_*`` variables of :func:`events_from_rows` for an event ``?e`` (inside the events graph).
EVENT_PATTERN = """
    ?e a ?e_class ; rg:actorSequence ?e_actors .
    FILTER(?e_class != rg:DiplomaticEvent)
    OPTIONAL { ?e rg:date ?e_date ; rg:earliest ?e_earliest ; rg:latest ?e_latest }
    OPTIONAL { ?e rg:place ?e_place }
    OPTIONAL { ?e rg:alternativeDate ?e_alternative }
"""


def _date_of(row: Row, prefix: str) -> PartialDate | None:
    lexical = row.get(prefix + "date")
    return None if lexical is None else parse_date(lexical, row.get(prefix + "earliest"), row.get(prefix + "latest"))


def _actors(value: str) -> tuple[str, ...]:
    return tuple(json.loads(value))


def mention_from_row(row: Row) -> Mention:
    """The :class:`Mention` a row bound by :data:`MENTION_PATTERN` describes."""
    return Mention(
        article=row["m_article"],
        type=vocab.event_type_of_class(row["m_class"]),
        actors=_actors(row["m_actors"]),
        date=_date_of(row, "m_"),
        place=row.get("m_place"),
        evidence=row["m_quote"],
        start=row["m_start"],
        end=row["m_end"],
        confidence=row["m_confidence"],
        extractor=row["m_extractor"],
        version=row["m_version"],
    )


def events_from_rows(rows: Iterable[Row]) -> list[Event]:
    """Events from rows bound by :data:`EVENT_PATTERN` and :data:`MENTION_PATTERN` (one row per event,
    mention and alternative date), in the order the events first appear."""
    heads: dict[str, Row] = {}
    mentions: dict[str, dict[str, Mention]] = {}
    alternatives: dict[str, set[PartialDate]] = {}
    for row in rows:
        iri = row["e"]
        heads.setdefault(iri, row)
        found = mentions.setdefault(iri, {})
        if row["m"] not in found:
            found[row["m"]] = mention_from_row(row)
        dates = alternatives.setdefault(iri, set())
        if row.get("e_alternative") is not None:
            dates.add(PartialDate.parse(row["e_alternative"]))
    return [
        Event(
            id=_local(iri),
            type=vocab.event_type_of_class(head["e_class"]),
            actors=_actors(head["e_actors"]),
            date=_date_of(head, "e_"),
            place=head.get("e_place"),
            mentions=tuple(sorted(mentions[iri].values(), key=mention_order)),
            alternatives=tuple(sorted(alternatives[iri], key=date_order)),
        )
        for iri, head in heads.items()
    ]


def _local(iri: str) -> str:
    """The id or code an instance IRI was built from (its last segment, decoded)."""
    return unquote(iri.rsplit("/", 1)[1])


#: Every triple of the states graph, with the language of literal objects.
STATE_QUERY = f"SELECT ?s ?p ?o (LANG(?o) AS ?lang) WHERE {{ GRAPH <{STATES_GRAPH.value}> {{ ?s ?p ?o }} }}"


def states_from_rows(rows: Iterable[Row]) -> list[State]:
    """The states :data:`STATE_QUERY`'s rows describe, by code.

    Names, aliases, codes, Wikidata id, status, validity and lineage come back; aliases in sorted
    order (RDF keeps no order), the rest of :class:`State` (capitals, demonyms, titles) is
    the gazetteer's business and is not stored.
    """
    nodes: dict[str, dict[str, list[tuple[Any, str]]]] = {}
    for row in rows:
        nodes.setdefault(row["s"], {}).setdefault(row["p"], []).append((row["o"], row["lang"] or ""))

    def values(node: Mapping[str, list[tuple[Any, str]]], term: NamedNode, lang: str = "") -> list[Any]:
        return sorted(value for value, tag in node.get(term.value, []) if tag == lang)

    def day(node: Mapping[str, list[tuple[Any, str]]], term: NamedNode) -> date | None:
        found = values(node, term)
        return date.fromisoformat(found[0]) if found else None

    states = []
    for node in nodes.values():
        if Terms.State.value not in values(node, Terms.type):
            continue
        links = [nodes[link] for link in values(node, Terms.succession)]
        successors = [
            Succession(_local(values(s, Terms.successor)[0]), date.fromisoformat(values(s, Terms.date)[0]),
                       values(s, Terms.continues)[0])
            for s in links
        ]  # fmt: skip
        states.append(
            State(
                code=values(node, Terms.notation)[0],
                alpha3=next(iter(values(node, Terms.alpha3)), ""),
                wikidata=next((_local(v) for v in values(node, Terms.sameAs)), ""),
                name_en=values(node, Terms.label, "en")[0],
                name_ar=values(node, Terms.label, "ar")[0],
                aliases_en=tuple(values(node, Terms.altLabel, "en")),
                aliases_ar=tuple(values(node, Terms.altLabel, "ar")),
                valid_from=day(node, Terms.validFrom),
                valid_to=day(node, Terms.validTo),
                successors=tuple(sorted(successors, key=lambda x: (x.date, x.successor))),
                predecessors=tuple(_local(v) for v in values(node, Terms.precededBy)),
                status=values(node, Terms.status)[0],
            )
        )
    return sorted(states, key=lambda s: s.code)
