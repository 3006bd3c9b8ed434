"""Every IRI relgraph writes: the ontology's terms and the instances' names.

Terms live under ``rg:`` (https://w3id.org/relgraph/ontology#), instances under
``https://w3id.org/relgraph/id/``. Article ids, state codes and Wikidata ids are
user input: they enter an IRI only percent-encoded (:func:`segment`), so nothing a
user writes can break an IRI.

>>> article_iri("qatar/russia 2025").value
'https://w3id.org/relgraph/id/article/qatar%2Frussia%202025'
>>> state_iri("QA").value
'https://w3id.org/relgraph/id/state/QA'
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Final
from urllib.parse import quote

from pyoxigraph import NamedNode

from relgraph.model import EventType, Precision

__all__ = [
    "EDTF",
    "EVENTS_GRAPH",
    "FEEDS_GRAPH",
    "ID",
    "LEASE_GRAPH",
    "PAIRS_GRAPH",
    "PREFIXES",
    "RG",
    "STATES_GRAPH",
    "XSD",
    "Terms",
    "article_graph",
    "article_iri",
    "event_class",
    "event_iri",
    "event_type_of_class",
    "feed_item_iri",
    "lease_iri",
    "mention_iri",
    "pair_iri",
    "precision_iri",
    "precision_of",
    "role",
    "segment",
    "state_iri",
    "succession_iri",
    "terms",
    "wikidata_iri",
]

RG: Final = "https://w3id.org/relgraph/ontology#"
ID: Final = "https://w3id.org/relgraph/id/"
XSD: Final = "http://www.w3.org/2001/XMLSchema#"
RDF: Final = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS: Final = "http://www.w3.org/2000/01/rdf-schema#"
OWL: Final = "http://www.w3.org/2002/07/owl#"
SKOS: Final = "http://www.w3.org/2004/02/skos/core#"
PROV: Final = "http://www.w3.org/ns/prov#"
DCTERMS: Final = "http://purl.org/dc/terms/"
SEM: Final = "http://semanticweb.cs.vu.nl/2009/11/sem/"
WD: Final = "http://www.wikidata.org/entity/"

#: The prefixes every query and update of :mod:`relgraph.rdf.store` may use without declaring them.
PREFIXES: Final[dict[str, str]] = {
    "rg": RG,
    "xsd": XSD,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
    "sem": SEM,
    "wd": WD,
}

#: The Library of Congress datatype for EDTF strings; relgraph writes decades with it ("198X").
EDTF: Final = NamedNode("http://id.loc.gov/datatypes/edtf/EDTF")


def _rg(local: str) -> NamedNode:
    return NamedNode(RG + local)


class Terms:
    """The fixed IRIs relgraph writes, as pyoxigraph terms.

    Event classes, roles and precisions come from :func:`event_class`, :func:`role` and
    :func:`precision_iri`.
    """

    # rg: classes and properties
    DiplomaticEvent = _rg("DiplomaticEvent")
    Article = _rg("Article")
    Mention = _rg("Mention")
    State = _rg("State")
    FormerState = _rg("FormerState")
    Succession = _rg("Succession")
    actor = _rg("actor")
    actorSequence = _rg("actorSequence")
    mention = _rg("mention")
    place = _rg("place")
    pairKey = _rg("pairKey")
    yearTypeKey = _rg("yearTypeKey")
    record = _rg("record")
    outline = _rg("outline")
    pairRecord = _rg("pairRecord")
    fusionPending = _rg("fusionPending")
    leaseHolder = _rg("leaseHolder")
    leaseUntil = _rg("leaseUntil")
    fusionKey = _rg("fusionKey")
    eventClass = _rg("eventClass")
    cameoCode = _rg("cameoCode")
    ploverCategory = _rg("ploverCategory")
    date = _rg("date")
    earliest = _rg("earliest")
    latest = _rg("latest")
    precision = _rg("precision")
    alternativeDate = _rg("alternativeDate")
    textDigest = _rg("textDigest")
    retrievedFrom = _rg("retrievedFrom")
    retrievedAt = _rg("retrievedAt")
    httpDate = _rg("httpDate")
    FeedItem = _rg("FeedItem")
    feed = _rg("feed")
    itemKey = _rg("itemKey")
    seenAt = _rg("seenAt")
    readAs = _rg("readAs")
    start = _rg("start")
    end = _rg("end")
    quote = _rg("quote")
    confidence = _rg("confidence")
    extractor = _rg("extractor")
    extractorVersion = _rg("extractorVersion")
    Agent = _rg("Agent")
    Person = _rg("Person")
    agent = _rg("agent")
    name = _rg("name")
    office = _rg("office")
    actsFor = _rg("actsFor")
    person = _rg("person")
    alpha3 = _rg("alpha3")
    status = _rg("status")
    continues = _rg("continues")
    validFrom = _rg("validFrom")
    validTo = _rg("validTo")
    succeededBy = _rg("succeededBy")
    precededBy = _rg("precededBy")
    succession = _rg("succession")
    predecessor = _rg("predecessor")
    successor = _rg("successor")
    # other vocabularies
    type = NamedNode(RDF + "type")
    label = NamedNode(RDFS + "label")
    sameAs = NamedNode(OWL + "sameAs")
    notation = NamedNode(SKOS + "notation")
    altLabel = NamedNode(SKOS + "altLabel")
    wasDerivedFrom = NamedNode(PROV + "wasDerivedFrom")
    identifier = NamedNode(DCTERMS + "identifier")
    source = NamedNode(DCTERMS + "source")
    issued = NamedNode(DCTERMS + "issued")
    language = NamedNode(DCTERMS + "language")
    xsd_date = NamedNode(XSD + "date")
    xsd_gYearMonth = NamedNode(XSD + "gYearMonth")
    xsd_gYear = NamedNode(XSD + "gYear")
    xsd_dateTime = NamedNode(XSD + "dateTime")
    xsd_anyURI = NamedNode(XSD + "anyURI")
    rdf_JSON = NamedNode(RDF + "JSON")


_CLASSES = {t: _rg(t.class_name) for t in EventType}
_TYPES_BY_CLASS = {c.value: t for t, c in _CLASSES.items()}
_ROLES = {name: _rg(name) for t in EventType for name in t.roles}
_PRECISIONS = {p: _rg(p.value.capitalize() + "Precision") for p in Precision}
_PRECISION_BY_IRI = {iri.value: p for p, iri in _PRECISIONS.items()}


def event_class(event_type: EventType) -> NamedNode:
    """``rg:Visit`` for :attr:`EventType.VISIT`."""
    return _CLASSES[event_type]


def event_type_of_class(iri: str) -> EventType:
    """The :class:`EventType` of an event class IRI (the inverse of :func:`event_class`)."""
    return _TYPES_BY_CLASS[iri]


def role(name: str) -> NamedNode:
    """The role property ``rg:{name}`` (``visitor``, ``host``, ...), a sub-property of ``rg:actor``."""
    return _ROLES[name]


def precision_iri(precision: Precision) -> NamedNode:
    """``rg:DayPrecision``, ``rg:MonthPrecision``, ``rg:YearPrecision`` or ``rg:DecadePrecision``."""
    return _PRECISIONS[precision]


def precision_of(iri: str) -> Precision:
    """The :class:`Precision` an ``rg:...Precision`` individual stands for."""
    return _PRECISION_BY_IRI[iri]


def terms() -> Iterator[NamedNode]:
    """Every ``rg:`` term this module can produce: the ontology must declare each one."""
    yield from (v for v in vars(Terms).values() if isinstance(v, NamedNode) and v.value.startswith(RG))
    yield from _CLASSES.values()
    yield from _ROLES.values()
    yield from _PRECISIONS.values()


# -- instances -------------------------------------------------------------------------------------------


def segment(value: str) -> str:
    """``value`` percent-encoded as one IRI path segment: only unreserved ASCII stays as it is.

    A segment made only of dots would be removed by IRI resolution (``.``/``..``), so its dots
    are encoded too.
    """
    encoded = quote(value, safe="")
    return encoded.replace(".", "%2E") if encoded.strip(".") == "" else encoded


def _id(*path: str) -> NamedNode:
    return NamedNode(ID + "/".join(path))


EVENTS_GRAPH: Final = _id("graph", "events")
STATES_GRAPH: Final = _id("graph", "states")


FEEDS_GRAPH: Final = _id("graph", "feeds")
"""The feed items ``relgraph watch`` has read (``rg:FeedItem``), so that a restart repeats none."""

LEASE_GRAPH: Final = _id("graph", "lease")
"""The writer's lease on a SPARQL server's store (:mod:`relgraph.rdf.lease`): one node while a writer writes."""


def lease_iri(token: str) -> NamedNode:
    """The IRI of one writer's lease node (``token``: a random id)."""
    return _id("lease", segment(token))


PAIRS_GRAPH: Final = _id("graph", "pairs")
"""One node per pair of states the events link, with its totals per type (``rg:pairRecord``, :mod:`relgraph.pairs`)."""


def pair_iri(a: str, b: str) -> NamedNode:
    """The IRI of the pair of states ``a`` and ``b`` (in code order) in the pairs graph."""
    return _id("pair", segment(a), segment(b))


def feed_item_iri(key: str) -> NamedNode:
    """The IRI of the feed item whose guid (or link) is ``key``: a digest, as keys are long and any text."""
    return _id("feed-item", hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32])


def article_iri(article_id: str) -> NamedNode:
    return _id("article", segment(article_id))


def article_graph(article_id: str) -> NamedNode:
    """The named graph that holds one article's node and its mentions."""
    return _id("graph", "article", segment(article_id))


def mention_iri(mention_id: str) -> NamedNode:
    """The IRI of a mention, from :func:`relgraph.keys.mention_id`."""
    return _id("mention", segment(mention_id))


def agent_iri(mention_id: str, index: int) -> NamedNode:
    """The IRI of the ``index``-th person a mention names as acting (``rg:Agent``)."""
    return _id("mention", segment(mention_id), "agent", str(index))


def person_iri(person_id: str) -> NamedNode:
    """The IRI of a person of the gazetteer (``rg:Person``), by the gazetteer's id (``vladimir-putin``)."""
    return _id("person", segment(person_id))


def event_iri(event_id: str) -> NamedNode:
    """The IRI of the event whose :attr:`relgraph.model.Event.id` is ``event_id``."""
    return _id("event", segment(event_id))


def state_iri(code: str) -> NamedNode:
    return _id("state", segment(code))


def succession_iri(predecessor: str, successor: str) -> NamedNode:
    return _id("succession", segment(predecessor), segment(successor))


def wikidata_iri(qid: str) -> NamedNode:
    return NamedNode(WD + segment(qid))
