"""The ontology (ontology/relgraph.ttl) and the code's vocabulary (relgraph.rdf.vocab) agree."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from relgraph.model import EventType, Precision
from relgraph.rdf import vocab
from relgraph.resources import ontology_file

OWL = "http://www.w3.org/2002/07/owl#"
DECLARATIONS = {OWL + kind for kind in ("Class", "ObjectProperty", "DatatypeProperty", "AnnotationProperty")}
DECLARATIONS |= {vocab.RG + "Precision"}  # the precision individuals


@pytest.fixture(scope="module")
def ontology() -> ox.Store:
    store = ox.Store()
    store.load(ontology_file("relgraph.ttl").read_bytes(), format=ox.RdfFormat.TURTLE)
    return store


def objects(ontology: ox.Store, subject: str, predicate: str) -> set[str]:
    """The objects of (subject, predicate): IRIs and plain literals by value, tagged literals as 'text@lang'."""
    found = set()
    for q in ontology.quads_for_pattern(ox.NamedNode(subject), ox.NamedNode(predicate), None):
        o = q.object
        if isinstance(o, ox.Literal):
            found.add(f"{o.value}@{o.language}" if o.language else o.value)
        elif isinstance(o, ox.NamedNode):
            found.add(o.value)
    return found


def declared(ontology: ox.Store) -> set[str]:
    rdf_type = ox.NamedNode(vocab.RDF + "type")
    return {
        str(q.subject)[1:-1]
        for q in ontology.quads_for_pattern(None, rdf_type, None)
        if str(q.object)[1:-1] in DECLARATIONS and str(q.subject).startswith("<" + vocab.RG)
    }


def test_every_term_the_code_writes_is_declared(ontology: ox.Store) -> None:
    missing = {t.value for t in vocab.terms()} - declared(ontology)
    assert not missing


def test_the_ontology_declares_nothing_the_code_does_not_use(ontology: ox.Store) -> None:
    unused = declared(ontology) - {t.value for t in vocab.terms()} - {vocab.RG + "Precision"}
    assert not unused


@pytest.mark.parametrize("kind", list(EventType), ids=lambda t: t.slug)
def test_each_event_type_has_its_class_with_codes_and_labels(ontology: ox.Store, kind: EventType) -> None:
    iri = vocab.event_class(kind).value
    assert iri == vocab.RG + kind.class_name
    assert objects(ontology, iri, vocab.RDFS + "subClassOf") == {vocab.RG + "DiplomaticEvent"}
    assert objects(ontology, iri, vocab.RG + "cameoCode") == {kind.cameo}
    assert objects(ontology, iri, vocab.RG + "ploverCategory") == {kind.plover}
    assert objects(ontology, iri, vocab.SKOS + "notation") == {kind.slug}
    labels = objects(ontology, iri, vocab.RDFS + "label")
    assert {label.rsplit("@", 1)[1] for label in labels} == {"en", "ar"}
    assert vocab.event_type_of_class(iri) is kind


def test_events_are_sem_events_and_roles_are_actors(ontology: ox.Store) -> None:
    sub_class, sub_property = vocab.RDFS + "subClassOf", vocab.RDFS + "subPropertyOf"
    assert objects(ontology, vocab.RG + "DiplomaticEvent", sub_class) == {vocab.SEM + "Event"}
    assert objects(ontology, vocab.RG + "actor", sub_property) == {vocab.SEM + "hasActor"}
    assert objects(ontology, vocab.RG + "State", sub_class) == {vocab.SEM + "Actor"}
    assert objects(ontology, vocab.RG + "FormerState", sub_class) == {vocab.RG + "State"}
    for kind in EventType:
        for role in kind.roles:
            assert objects(ontology, vocab.role(role).value, sub_property) == {vocab.RG + "actor"}, role


def test_mentions_and_articles_are_prov_entities(ontology: ox.Store) -> None:
    for name in ("Mention", "Article"):
        assert objects(ontology, vocab.RG + name, vocab.RDFS + "subClassOf") == {vocab.PROV + "Entity"}


@pytest.mark.parametrize("precision", list(Precision))
def test_each_precision_has_its_individual(ontology: ox.Store, precision: Precision) -> None:
    iri = vocab.precision_iri(precision).value
    assert objects(ontology, iri, vocab.SKOS + "notation") == {precision.value}
    assert vocab.RG + "Precision" in objects(ontology, iri, vocab.RDF + "type")
    assert vocab.precision_of(iri) is precision


def test_the_ontology_and_shapes_parse_in_rdflib() -> None:
    from rdflib import Graph

    for name in ("relgraph.ttl", "shapes.ttl"):
        assert len(Graph().parse(data=ontology_file(name).read_text(encoding="utf-8"), format="turtle")) > 100
