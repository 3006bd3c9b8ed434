"""SHACL (ontology/shapes.ttl): what relgraph writes conforms; broken data is caught, each rule by its own test."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pyoxigraph as ox
import pytest

from relgraph.model import ActingPerson, Article, Event, EventType, Mention, PartialDate, Precision, State, Succession
from relgraph.rdf import mapping, vocab
from relgraph.rdf.store import OxigraphStore, insert_data
from relgraph.rdf.validation import validate

pytestmark = pytest.mark.slow  # pyshacl validates: 2-16 s a test

TEXT = "On 1 August 1988 Qatar and the Soviet Union set up relations; in the late 1980s envoys met in Doha."
ARTICLE = Article("story-1", TEXT, "en", date(2020, 1, 2), "written for relgraph's tests")
STATES = [
    State("QA", "QAT", "Q846", "Qatar", "قطر", aliases_en=("State of Qatar",)),
    State("SU", "SUN", "Q15180", "Soviet Union", "الاتحاد السوفيتي", valid_to=date(1991, 12, 26), status="former",
          successors=(Succession("RU", date(1991, 12, 26), continues=True),)),
    State("RU", "RUS", "Q159", "Russia", "روسيا", predecessors=("SU",)),
]  # fmt: skip


def said(phrase: str, kind: EventType, actors: tuple[str, ...], when: PartialDate | None) -> Mention:
    start = TEXT.index(phrase)
    return Mention(ARTICLE.id, kind, actors, when, None, phrase, start, start + len(phrase), 0.75, "hand", "1")


ESTABLISHED = replace(
    said("set up relations", EventType.RELATIONS_ESTABLISHED, ("QA", "SU"), PartialDate.day(1988, 8, 1)),
    persons=(ActingPerson("Ahmad bin Saif", "QA", "the Emir's envoy", "ahmad-bin-saif"), ActingPerson("Ivanov", "SU")),
)
LATE_80S = PartialDate.decade_of(1980, bounds=(date(1985, 1, 1), date(1989, 12, 31)))
MET = said("envoys met in Doha", EventType.MEETING, ("SU", "QA"), LATE_80S)
EVENTS = [
    Event("e1", EventType.RELATIONS_ESTABLISHED, ("QA", "SU"), ESTABLISHED.date, None, (ESTABLISHED,),
          alternatives=(PartialDate.day(1988, 8, 2), PartialDate.decade_of(1990))),
    Event("e2", EventType.MEETING, ("SU", "QA"), LATE_80S, "Doha", (MET,)),
]  # fmt: skip


def good_quads() -> list[ox.Quad]:
    quads = mapping.article_quads(ARTICLE, [ESTABLISHED, MET], "digest")
    return quads + [q for e in EVENTS for q in mapping.event_quads(e)] + mapping.state_quads(STATES)


def report_for(quads: list[ox.Quad]) -> str:
    store = OxigraphStore()
    store.update(insert_data(quads))
    result = validate(store)
    assert result.conforms is (result.violations == 0)
    return "" if result.conforms else result.text


def test_a_hand_built_store_conforms() -> None:
    assert report_for(good_quads()) == ""


def swap(predicate: ox.NamedNode, new: Callable[[ox.Quad], ox.Literal | ox.NamedNode]) -> list[ox.Quad]:
    """The good quads with every object of ``predicate`` replaced."""
    return [ox.Quad(q.subject, q.predicate, new(q), q.graph_name) if q.predicate == predicate else q
            for q in good_quads()]  # fmt: skip


def without(predicate: ox.NamedNode, subject_kind: str = "") -> list[ox.Quad]:
    return [q for q in good_quads() if not (q.predicate == predicate and subject_kind in str(q.subject))]


def day(text: str) -> ox.Literal:
    return ox.Literal(text, datatype=vocab.Terms.xsd_date)


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        pytest.param(lambda: mapping.event_quads(replace(EVENTS[1], id="solo", actors=("QA",))) + good_quads(),
                     "at least two states", id="one actor"),
        pytest.param(lambda: mapping.event_quads(replace(EVENTS[1], id="bare", mentions=())) + good_quads(),
                     "at least one mention", id="no mention"),
        pytest.param(lambda: swap(vocab.Terms.latest, lambda q: day("1900-01-01")), "not be after",
                     id="earliest > latest"),
        pytest.param(lambda: swap(vocab.Terms.precision, lambda q: vocab.precision_iri(Precision.DAY)),
                     "does not match rg:precision", id="datatype vs precision"),
        pytest.param(lambda: swap(vocab.Terms.earliest, lambda q: day("1970-01-01")), "fall within",
                     id="bounds outside"),
        pytest.param(lambda: without(vocab.Terms.earliest), "all four or none", id="date without bounds"),
        pytest.param(lambda: swap(vocab.Terms.quote, lambda q: ox.Literal("too short")), "characters long", id="quote"),
        pytest.param(lambda: swap(vocab.Terms.cameoCode, lambda q: ox.Literal("999")), "of the event's class",
                     id="wrong cameo"),
        pytest.param(lambda: [*good_quads(), ox.Quad(vocab.event_iri("e1"), vocab.Terms.type, vocab.event_class(
                     EventType.VISIT), vocab.EVENTS_GRAPH)], "exactly one of the 14", id="two classes"),
        pytest.param(lambda: without(vocab.Terms.actor, "/mention/"), "every role is also", id="role without actor"),
        pytest.param(lambda: without(vocab.Terms.label, "/state/SU"), "English and one Arabic", id="no labels"),
        pytest.param(lambda: without(vocab.Terms.validTo), "former state has", id="former without end"),
        pytest.param(lambda: swap(vocab.Terms.fusionKey, lambda q: ox.Literal("visit|" + str(q.subject)[-6:])),
                     "share its fusion key", id="fusion keys disagree"),
        pytest.param(lambda: swap(vocab.Terms.yearTypeKey, lambda q: ox.Literal("1990|meeting")),
                     "the year of its rg:earliest", id="year-type key of another year"),
        pytest.param(lambda: swap(vocab.Terms.yearTypeKey, lambda q: ox.Literal("1985|visit")),
                     "the year of its rg:earliest", id="year-type key of another type"),
        pytest.param(lambda: without(vocab.Terms.yearTypeKey), "the year of its rg:earliest",
                     id="dated event without year-type key"),
        pytest.param(lambda: without(vocab.Terms.record, "/event/"), "an event has one rg:record",
                     id="no event record"),
        pytest.param(lambda: swap(vocab.Terms.record, lambda q: ox.Literal("{}")), "rdf:JSON literal",
                     id="record not rdf:JSON"),
        pytest.param(lambda: without(vocab.Terms.outline, "/event/"), "an event has one rg:outline",
                     id="no event outline"),
        pytest.param(lambda: without(vocab.Terms.record, "/article/"), "an article has one rg:record",
                     id="no article record"),
        pytest.param(lambda: swap(vocab.Terms.actsFor, lambda q: vocab.state_iri("RU")),
                     "acts for one of the mention's actors", id="agent for a state not in the event"),
        pytest.param(lambda: without(vocab.Terms.name), "an agent has one rg:name", id="agent without a name"),
        pytest.param(lambda: swap(vocab.Terms.actsFor, lambda q: ox.Literal("QA")), "an agent acts for one rg:State",
                     id="agent for a literal"),
    ],
)  # fmt: skip
def test_broken_data_is_caught(broken: Callable[[], list[ox.Quad]], message: str) -> None:
    assert message in report_for(broken())


def test_the_sample_articles_real_output_conforms() -> None:
    """What the extractor makes of the sample article, ingested through the repository, validates."""
    from relgraph.errors import RelgraphError
    from relgraph.repository import Repository
    from relgraph.resources import data_file

    try:
        from relgraph.extractors import extractor_for

        extractor = extractor_for("ar")
        text = data_file("samples", "qatar-russia-2025-04-16.ar.txt").read_text(encoding="utf-8")
        article = Article("qatar-russia-2025-04-16", text, "ar", date(2025, 4, 16), "sample")
        mentions = extractor.extract(article)
    except (ImportError, FileNotFoundError, RelgraphError) as e:
        pytest.skip(f"the Arabic extractor cannot run yet: {e}")
    if not mentions:
        pytest.skip("the Arabic extractor finds nothing in the sample yet")
    repo = Repository(OxigraphStore())
    repo.ingest(article, mentions, "sample-digest")
    result = validate(repo.store)
    assert result.conforms, result.text
    assert any(m.persons for m in mentions)  # the persons who acted were validated too
    assert repo.counts().events >= 1
