"""IRIs (relgraph.rdf.vocab) and the mapping of model values to quads and back (relgraph.rdf.mapping)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from urllib.parse import unquote

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st

from relgraph.fusion import Tally, fuse
from relgraph.keys import fusion_key, mention_id, year_type_key
from relgraph.model import ActingPerson, Article, EventType, Mention, PartialDate, Precision, State, Succession
from relgraph.rdf import mapping, vocab
from relgraph.rdf.store import OxigraphStore, insert_data

HOSTILE_ID = 'wire/2025 "Doha" {x} \\u0041 <tag> %41 ../..'


@given(st.text(min_size=1))
def test_segments_are_reversible_and_safe(text: str) -> None:
    encoded = vocab.segment(text)
    assert unquote(encoded) == text
    assert all(c.isascii() and (c.isalnum() or c in "-._~%") for c in encoded)
    assert encoded.strip(".") != ""  # never a dot segment


@pytest.mark.parametrize("make", [vocab.article_iri, vocab.article_graph, vocab.state_iri, vocab.wikidata_iri])
def test_hostile_ids_make_valid_distinct_iris(make: Callable[[str], ox.NamedNode]) -> None:
    iris = {make(x).value for x in (HOSTILE_ID, HOSTILE_ID + " ", "..", ".", "%2E", "a/b", "a%2Fb")}
    assert len(iris) == 7
    assert all(ox.NamedNode(iri).value == iri for iri in iris)


@pytest.mark.parametrize(
    ("iso", "datatype"),
    [("1988-08-01", vocab.XSD + "date"), ("1989-11", vocab.XSD + "gYearMonth"), ("1991", vocab.XSD + "gYear"),
     ("198X", "http://id.loc.gov/datatypes/edtf/EDTF")],
)  # fmt: skip
def test_dates_are_written_at_their_precision(iso: str, datatype: str) -> None:
    literal = mapping.date_literal(PartialDate.parse(iso))
    assert (literal.value, literal.datatype.value) == (iso, datatype)


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    precision = draw(st.sampled_from(list(Precision)))
    day = draw(st.dates(date(1000, 1, 1), date(9989, 12, 31)))
    value = {
        Precision.DAY: PartialDate.from_date(day),
        Precision.MONTH: PartialDate.month_of(day.year, day.month),
        Precision.YEAR: PartialDate.year_of(day.year),
        Precision.DECADE: PartialDate.decade_of(day.year),
    }[precision]
    if precision is Precision.DAY or not draw(st.booleans()):
        return value
    span = (value.latest - value.earliest).days
    lo = draw(st.integers(0, span))
    hi = draw(st.integers(lo, span))
    if (lo, hi) == (0, span):
        return value  # bounds equal to the natural interval are no bounds (and read back as none)
    return PartialDate(value.precision, value.year, value.month, None,
                       (value.earliest + timedelta(lo), value.earliest + timedelta(hi)))  # fmt: skip


@given(partial_dates())
def test_dates_round_trip_with_their_bounds(value: PartialDate) -> None:
    quads = mapping.event_quads(fuse([mention("a", "x", value)])[0])
    found = {q.predicate.value: q.object for q in quads if isinstance(q.object, ox.Literal)}
    again = mapping.date_from_literal(
        found[vocab.RG + "date"].value, found[vocab.RG + "earliest"].value, found[vocab.RG + "latest"].value
    )
    assert again == value


def mention(article: str, text: str, when: PartialDate | None, place: str | None = None) -> Mention:
    return Mention(article, EventType.VISIT, ("QA", "RU"), when, place, text, 0, len(text), 0.8, "ext", "2")


def stored(*quads: list[ox.Quad]) -> OxigraphStore:
    store = OxigraphStore()
    store.update(insert_data(q for group in quads for q in group))
    return store


def everything(store: OxigraphStore) -> dict[str, mapping.Node]:
    return mapping.nodes(store.query("SELECT ?s ?p ?o (LANG(?o) AS ?lang) WHERE { GRAPH ?g { ?s ?p ?o } }"))


def read_mentions(store: OxigraphStore) -> list[Mention]:
    return [mapping.mention_from_node(n) for n in everything(store).values() if mapping.is_a(n, vocab.Terms.Mention)]


_hostile_text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=30)


@given(_hostile_text, _hostile_text, st.one_of(st.none(), _hostile_text))
def test_mentions_round_trip_whatever_their_text(article_id: str, evidence: str, place: str | None) -> None:
    m = mention(article_id, evidence, PartialDate.parse("2025-04-16"), place)
    store = stored(mapping.article_quads(Article(article_id, evidence), [m], "digest"))
    assert read_mentions(store) == [m]


def test_an_article_keeps_its_metadata_and_its_mentions_in_its_graph() -> None:
    article = Article(HOSTILE_ID, "Qatar visited Russia.", "en", date(2025, 4, 16), 'The "Daily" {Wire}')
    m = mention(HOSTILE_ID, "Qatar visited Russia", None)
    quads = mapping.article_quads(article, [m], "d" * 64)
    assert {q.graph_name for q in quads} == {vocab.article_graph(HOSTILE_ID)}
    values = {q.predicate.value: q.object for q in quads if q.subject == vocab.article_iri(HOSTILE_ID)}
    assert values["http://purl.org/dc/terms/identifier"] == ox.Literal(HOSTILE_ID)
    assert values["http://purl.org/dc/terms/source"] == ox.Literal('The "Daily" {Wire}')
    assert values["http://purl.org/dc/terms/issued"] == ox.Literal("2025-04-16", datatype=vocab.Terms.xsd_date)
    assert read_mentions(stored(quads)) == [m]


def test_the_persons_who_acted_round_trip_through_records_and_triples() -> None:
    text = "The Emir of Qatar, Tamim bin Hamad, was received in Moscow by President Putin."
    persons = (
        *(ActingPerson(f"name {i}", "QA", None, None) for i in range(11)),
        ActingPerson("Tamim bin Hamad", "QA", "Emir of Qatar", "sheikh-tamim-bin-hamad-al-thani"),
        ActingPerson("Putin", "RU", "President", "vladimir-putin"),
    )
    m = replace(mention("p1", text, PartialDate.parse("2025-04-16"), "Moscow"), persons=persons)
    (event,) = fuse([m])
    quads = mapping.event_quads(event)
    assert mapping.event_from_record(record_of(quads, vocab.event_iri(event.id)), [m])[0] == event
    article = mapping.article_quads(Article("p1", text), [m], "d")
    assert mapping.mention_from_record(record_of(article, vocab.mention_iri(mention_id(m)))) == m  # persons too
    found = everything(stored(article))
    (node,) = (n for n in found.values() if mapping.is_a(n, vocab.Terms.Mention))
    assert mapping.mention_from_node(node, found) == m  # in order, the eleventh after the tenth
    assert mapping.mention_from_node(node) == replace(m, persons=())
    putin = found[vocab.agent_iri(mention_id(m), 12).value]
    assert putin[vocab.RG + "person"] == [(vocab.person_iri("vladimir-putin").value, "")]
    assert putin[vocab.RG + "actsFor"] == [(vocab.state_iri("RU").value, "")]
    assert mapping.is_a(found[vocab.person_iri("vladimir-putin").value], vocab.Terms.Person)


def record_of(quads: list[ox.Quad], subject: ox.NamedNode) -> str:
    (record,) = (q.object for q in quads if q.subject == subject and q.predicate == vocab.Terms.record)
    assert isinstance(record, ox.Literal)
    assert record.datatype == vocab.Terms.rdf_JSON
    return record.value


def test_events_round_trip_through_their_records_which_agree_with_their_triples() -> None:
    a = Mention("a", EventType.RECOGNITION, ("RU", "QA"), PartialDate.parse("1991-12-28"), "Moscow", "r", 0, 1,
                0.5, "ext", "1")  # fmt: skip
    b = Mention("b", EventType.RECOGNITION, ("RU", "QA"), PartialDate.parse("1992-01-02"), None, "rr", 2, 4, 0.6,
                "ext", "1")  # fmt: skip
    (event,) = fuse([a, b])
    assert event.alternatives
    quads = mapping.event_quads(event)
    roles = {(q.predicate.value, q.object.value) for q in quads if isinstance(q.object, ox.NamedNode)}
    assert (vocab.RG + "recognizer", vocab.state_iri("RU").value) in roles
    assert (vocab.RG + "recognized", vocab.state_iri("QA").value) in roles
    assert mapping.event_from_record(record_of(quads, vocab.event_iri(event.id)), [b, a]) == (event, Tally.of([a, b]))
    # What SPARQL users read from the triples is what relgraph reads from the record.
    store = stored(quads, mapping.article_quads(Article("a", "r"), [a], "1"),
                   mapping.article_quads(Article("b", "..rr"), [b], "2"))  # fmt: skip
    found = everything(store)
    node = found[vocab.event_iri(event.id).value]
    assert {mapping.mention_from_node(found[m]) for m, _ in node[vocab.RG + "mention"]} == set(event.mentions)
    for m, _ in node[vocab.RG + "mention"]:  # each mention's record says what its triples say
        assert mapping.mention_from_record(found[m][vocab.RG + "record"][0][0]) == mapping.mention_from_node(found[m])
    assert node[vocab.RG + "actorSequence"] == [('["RU", "QA"]', "")]
    assert node[vocab.RG + "date"] == [("1991-12-28", "")]
    assert node[vocab.RG + "alternativeDate"] == [("1992-01-02", "")]
    assert node[vocab.RG + "place"] == [("Moscow", "")]


@given(partial_dates(), st.lists(partial_dates(), max_size=2), st.one_of(st.none(), _hostile_text), _hostile_text)
def test_any_event_round_trips_through_its_record(
    value: PartialDate, others: list[PartialDate], place: str | None, evidence: str
) -> None:
    """Recognitions happen once per pair: other sources' dates that disagree become alternatives, bounds and all."""
    reports = [mention("x", evidence, value, place), *(mention(f"y{i}", "also", d) for i, d in enumerate(others))]
    (event,) = fuse([replace(m, type=EventType.RECOGNITION) for m in reports])
    found, tally = mapping.event_from_record(record_of(mapping.event_quads(event), vocab.event_iri(event.id)),
                                             event.mentions)  # fmt: skip
    assert found == event
    assert tally.event(fusion_key(event), event.mentions) == event  # the record's tally makes the same event
    for m in event.mentions:
        quads = mapping.article_quads(Article(m.article, m.evidence), [m], "d")
        assert mapping.mention_from_record(record_of(quads, vocab.mention_iri(mention_id(m)))) == m


def test_articles_records_hold_their_metadata_and_distinct_mentions() -> None:
    article = Article(HOSTILE_ID, "Qatar visited Russia.", "ar", date(2025, 4, 16), '"src" {x}')
    m = mention(HOSTILE_ID, "Qatar visited Russia", None)
    record = mapping.article_from_record(record_of(mapping.article_quads(article, [m, m], "d1"),
                                                   vocab.article_iri(HOSTILE_ID)))  # fmt: skip
    assert record == mapping.ArticleRecord(HOSTILE_ID, '"src" {x}', date(2025, 4, 16), "ar", "d1", 1)
    bare = mapping.article_quads(Article("bare", ""), [], "d2")
    assert mapping.article_from_record(record_of(bare, vocab.article_iri("bare"))).published is None


@pytest.mark.parametrize(("iso", "key"), [("1988-08-01", "1988|visit"), ("198X", "1980|visit"), ("0850", "0850|visit")])
def test_dated_events_carry_their_year_type_key(iso: str, key: str) -> None:
    (event,) = fuse([mention("a", "x", PartialDate.parse(iso))])
    keys = [q.object.value for q in mapping.event_quads(event) if q.predicate == vocab.Terms.yearTypeKey]
    assert keys == [key] == [year_type_key(event)]


def test_undated_events_have_no_year_type_key() -> None:
    (event,) = fuse([mention("a", "x", None)])
    assert year_type_key(event) is None
    assert not [q for q in mapping.event_quads(event) if q.predicate == vocab.Terms.yearTypeKey]


def test_states_round_trip_with_hostile_names() -> None:
    states = [
        State("X{1}", "X\\1", 'Q"1', 'Land of "quotes" {braces} \\backslash', 'بلاد "الاقتباس" > \\u0041',
              aliases_en=("b > a", "a \\u0022 b"), aliases_ar=("{}",), valid_from=date(1900, 1, 1)),
        State("OLD", "OLD", "Q2", "Old>State", "دولة قديمة", valid_to=date(1991, 12, 25), status="former",
              successors=(Succession("X{1}", date(1991, 12, 26), continues=True),)),
        State("NEW", "NEW", "", "New", "جديدة", predecessors=("OLD",)),
    ]  # fmt: skip
    store = stored(mapping.state_quads(states))
    again = mapping.states_from_nodes(everything(store))
    expected = sorted(states, key=lambda s: s.code)
    assert [s.code for s in again] == [s.code for s in expected]
    for read, written in zip(again, expected, strict=True):
        assert (read.name_en, read.name_ar, read.wikidata, read.alpha3) == (
            written.name_en, written.name_ar, written.wikidata, written.alpha3)  # fmt: skip
        assert (read.aliases_en, read.aliases_ar) == (tuple(sorted(written.aliases_en)), written.aliases_ar)
        assert (read.valid_from, read.valid_to, read.status) == (written.valid_from, written.valid_to, written.status)
        assert (read.successors, read.predecessors) == (written.successors, written.predecessors)
