"""The repository (relgraph.repository): ingest, retract, fused events kept up to date, reading back."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyoxigraph import Literal, NamedNode, Quad

from relgraph import pairs
from relgraph.errors import MentionError, StoreError, UnknownEventError
from relgraph.fusion import fuse
from relgraph.model import Article, Event, EventOutline, EventType, Mention, PartialDate, State
from relgraph.rdf import mapping
from relgraph.rdf.store import Binding, OxigraphStore, QueryResult, insert_data
from relgraph.rdf.validation import validate
from relgraph.rdf.vocab import EVENTS_GRAPH, Terms
from relgraph.repository import Repository

ESTABLISHED, RECOGNITION, VISIT = EventType.RELATIONS_ESTABLISHED, EventType.RECOGNITION, EventType.VISIT
MEDIATION, MEETING = EventType.MEDIATION, EventType.MEETING

STATES = [
    State("QA", "QAT", "Q846", "Qatar", "قطر"),
    State("RU", "RUS", "Q159", "Russia", "روسيا"),
    State("SU", "SUN", "Q15180", "Soviet Union", "الاتحاد السوفيتي", valid_to=date(1991, 12, 25), status="former"),
    State("UA", "UKR", "Q212", "Ukraine", "أوكرانيا"),
]

# Two short texts written for these tests: both report the same two once-per-pair events.
WIRE = Article(
    "wire-1",
    "Qatar and the Soviet Union established relations in August 1988. Doha recognised Russia in December 1991.",
    "en", date(2021, 3, 1), "a wire story",
)  # fmt: skip
ARCHIVE = Article(
    "archive-7",
    "Relations between Doha and Moscow date from 1 August 1988; Qatar recognised Russia on 28 December 1991.",
    "en", None, "an archive note",
)  # fmt: skip


def said(article: Article, phrase: str, kind: EventType, actors: tuple[str, ...], when: str | None) -> Mention:
    start = article.text.index(phrase)
    day = None if when is None else PartialDate.parse(when)
    return Mention(article.id, kind, actors, day, None, phrase, start, start + len(phrase), 0.7, "hand", "1")


WIRE_MENTIONS = [
    said(WIRE, "established relations in August 1988", ESTABLISHED, ("QA", "SU"), "1988-08"),
    said(WIRE, "Doha recognised Russia in December 1991", RECOGNITION, ("QA", "RU"), "1991-12"),
]
ARCHIVE_MENTIONS = [
    said(ARCHIVE, "Relations between Doha and Moscow date from 1 August 1988", ESTABLISHED, ("SU", "QA"), "1988-08-01"),
    said(ARCHIVE, "Qatar recognised Russia on 28 December 1991", RECOGNITION, ("QA", "RU"), "1991-12-28"),
]


@pytest.fixture
def repo() -> Repository:
    return Repository(OxigraphStore(), states=STATES)


@pytest.fixture
def both(repo: Repository) -> Repository:
    repo.ingest(WIRE, WIRE_MENTIONS, "digest-wire")
    repo.ingest(ARCHIVE, ARCHIVE_MENTIONS, "digest-archive")
    return repo


def test_ingesting_the_same_article_twice_changes_nothing(repo: Repository) -> None:
    first = repo.ingest(WIRE, WIRE_MENTIONS, "digest-wire")
    quads = repo.store.count()
    again = repo.ingest(WIRE, WIRE_MENTIONS, "digest-wire")
    assert (first.changed, again.changed) == (True, False)
    assert (first.mentions, first.fusion_keys, first.events) == (2, 2, 2)
    assert repo.store.count() == quads


def test_re_extracting_the_same_mentions_keeps_quads_and_ids(repo: Repository) -> None:
    repo.ingest(WIRE, WIRE_MENTIONS, "digest-wire")
    quads, ids = repo.store.count(), [e.id for e in repo.events()]
    assert repo.ingest(WIRE, WIRE_MENTIONS, "new-extractor-version").changed
    assert repo.store.count() == quads
    assert [e.id for e in repo.events()] == ids


def test_two_reports_of_the_same_events_make_one_event_each(both: Repository) -> None:
    events = both.events()
    assert [(e.type, e.articles) for e in events] == [(ESTABLISHED, ("archive-7", "wire-1")),
                                                     (RECOGNITION, ("archive-7", "wire-1"))]  # fmt: skip
    assert [str(e.date) for e in events] == ["1988-08-01", "1991-12-28"]
    assert all(e.alternatives == () for e in events)


def test_stored_events_are_what_fusion_makes_of_all_mentions(both: Repository) -> None:
    assert both.events() == fuse(WIRE_MENTIONS + ARCHIVE_MENTIONS)


def test_retracting_one_source_leaves_the_others_events_whole(both: Repository) -> None:
    assert both.retract("archive-7") is True
    events = both.events()
    assert [e.mentions for e in events] == [(WIRE_MENTIONS[0],), (WIRE_MENTIONS[1],)]
    assert [str(e.date) for e in events] == ["1988-08", "1991-12"]
    assert [a.id for a in both.articles()] == ["wire-1"]


def test_retracting_the_last_source_removes_its_events(both: Repository) -> None:
    both.retract("archive-7")
    assert both.retract("wire-1") is True
    assert both.events() == []
    counts = both.counts()
    assert (counts.articles, counts.mentions, counts.events, counts.states) == (0, 0, 0, len(STATES))
    assert both.retract("wire-1") is False


def test_re_ingesting_with_other_mentions_re_fuses_the_old_keys_too(repo: Repository) -> None:
    text = Article("note", "The emir visited Moscow. Talks followed.")
    visit = said(text, "The emir visited Moscow", VISIT, ("QA", "RU"), "2025-04-16")
    repo.ingest(text, [visit], "v1")
    talks = said(text, "Talks followed", MEETING, ("QA", "RU"), "2025-04-16")
    repo.ingest(text, [talks], "v2")
    assert [e.type for e in repo.events()] == [MEETING]
    assert repo.counts().mentions == 1


def test_events_filter_by_state_pair_type_and_dates(both: Repository) -> None:
    other = Article("talks", "Qatar mediated between Russia and Ukraine; the emir visited Kyiv in 2024.")
    both.ingest(other, [said(other, "Qatar mediated between Russia and Ukraine", MEDIATION, ("QA", "RU", "UA"), None),
                        said(other, "the emir visited Kyiv in 2024", VISIT, ("QA", "UA"), "2024")], "t")  # fmt: skip

    def kinds(events: list[Event]) -> list[str]:
        return [e.type.slug for e in events]

    assert kinds(both.events()) == ["relations_established", "recognition", "visit", "mediation"]
    assert kinds(both.events(["UA"])) == ["visit", "mediation"]
    assert kinds(both.events(["QA", "RU"])) == ["recognition", "mediation"]
    assert kinds(both.events(["RU", "UA", "QA"])) == ["mediation"]
    assert kinds(both.events(["SU", "UA"])) == []
    assert kinds(both.events(["UA", "UA"])) == kinds(both.events(["UA"]))
    assert kinds(both.events(types=[VISIT, "recognition"])) == ["recognition", "visit"]
    assert kinds(both.events(["QA", "RU"], [MEDIATION, "visit"])) == ["mediation"]  # types checked per event
    assert kinds(both.events(["UA"], [VISIT])) == ["visit"]
    assert kinds(both.events(["QA", "UA"], ["recognition"])) == []
    assert kinds(both.events(since=date(1991, 12, 28))) == ["recognition", "visit"]
    assert kinds(both.events(since=date(1991, 12, 29))) == ["visit"]  # undated events drop out of date filters
    assert kinds(both.events(until=date(1988, 8, 1))) == ["relations_established"]
    assert kinds(both.events(["QA"], since=date(2024, 6, 1), until=date(2024, 6, 30))) == ["visit"]  # 2024 overlaps


def test_one_event_by_id_or_iri(both: Repository) -> None:
    event = both.events()[0]
    assert both.event(event.id) == event
    assert both.event(f"https://w3id.org/relgraph/id/event/{event.id}") == event
    with pytest.raises(UnknownEventError, match="nope"):
        both.event("nope")


def test_an_event_by_the_start_of_its_id_as_git_takes_a_commit(both: Repository) -> None:
    event = both.events()[0]
    assert both.event(event.id[:6]) == event
    assert both.event(f" {event.id.upper()} ") == event  # pasted with spaces, or in capitals
    with pytest.raises(UnknownEventError, match="no event"):
        both.event(event.id[:3])  # too short to name one
    twins = [f"abcd{n:012x}" for n in (1, 2)]
    quads = " ".join(f'<https://w3id.org/relgraph/id/event/{t}> rg:outline "[]" .' for t in twins)
    both.store.update(f"INSERT DATA {{ GRAPH <https://w3id.org/relgraph/id/graph/events> {{ {quads} }} }}")
    with pytest.raises(UnknownEventError, match="give more of the id") as raised:
        both.event("abcd")
    assert raised.value.candidates == tuple(twins)


def test_articles_carry_their_metadata(both: Repository) -> None:
    records = {a.id: a for a in both.articles()}
    assert records["wire-1"].source == "a wire story"
    assert records["wire-1"].published == date(2021, 3, 1)
    assert records["archive-7"].published is None
    assert (records["wire-1"].lang, records["wire-1"].digest, records["wire-1"].mentions) == ("en", "digest-wire", 2)
    assert [a.id for a in both.articles(["archive-7", "unknown"])] == ["archive-7"]


def test_mentions_must_come_from_the_article(repo: Repository) -> None:
    with pytest.raises(MentionError, match="archive-7"):
        repo.ingest(WIRE, ARCHIVE_MENTIONS, "x")


def test_the_states_graph_is_written_once(both: Repository) -> None:
    assert both.counts().states == len(STATES)
    assert both.write_states(STATES[:1]) == 0
    assert [s.code for s in both.states()] == ["QA", "RU", "SU", "UA"]
    assert both.states()[2].status == "former"


def test_hostile_ids_and_names_round_trip_and_break_no_query() -> None:
    hostile_id = 'feed/"x" {y} \\u0041 > <z> ; DROP ALL'
    codes = ('Q"A', "R{U}", "S\\U", "T>\\u0022")
    states = [State(c, c, "Q1", f'{c} "land" }} >', f"{c} \\u0041 بلاد") for c in codes]
    repo = Repository(OxigraphStore(), states=states)
    article = Article(hostile_id, 'They met: "A" {B} \\ C > D.', "en", date(2020, 2, 2), '"src" {x}')
    meeting = said(article, 'They met: "A" {B} \\ C > D', MEETING, codes, "2020-02-02")
    assert repo.ingest(article, [meeting], "d").changed
    (event,) = repo.events([codes[0], codes[3]])
    assert event.mentions == (meeting,)
    assert repo.events(["R{U}"]) == [event]
    assert repo.event(event.id) == event
    assert repo.outlines() == [outline(event)]
    assert [a.id for a in repo.articles([hostile_id])] == [hostile_id]
    assert [(s.name_en, s.name_ar) for s in repo.states()] == [(s.name_en, s.name_ar) for s in states]
    assert validate(repo.store).conforms
    assert repo.retract(hostile_id)
    assert repo.events() == []


def outline(event: Event) -> EventOutline:
    return EventOutline(event.id, event.type, event.actors, event.date)


def test_outlines_are_the_events_without_their_mentions(repo: Repository) -> None:
    article = Article("a", "Early in the 1990s they met; they also met once, nobody says when.")
    early = replace(PartialDate.parse("199X"), bounds=(date(1990, 1, 1), date(1993, 12, 31)))
    dated = Mention("a", MEETING, ("RU", "QA"), early, "Doha", "Early in the 1990s they met", 0, 27, 0.7, "hand", "1")
    undated = said(article, "they also met once", VISIT, ("UA", "QA"), None)
    repo.ingest(article, [dated, undated], "d")
    events = repo.events()
    assert [e.date for e in events] == [early, None]
    assert repo.outlines() == [outline(e) for e in events]
    repo.retract("a")
    assert repo.outlines() == []


class CountingStore(OxigraphStore):
    """Records how many rows each query returns."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[int] = []

    def query(self, sparql: str, bindings: Mapping[str, Binding] | None = None) -> QueryResult:
        result = super().query(sparql, bindings)
        self.rows.append(len(result.rows))
        return result


def test_ingest_reads_only_the_mentions_that_share_a_key() -> None:
    store = CountingStore()
    repo = Repository(store, states=[])
    pairs = [(a, b) for a in "ABCDEFG" for b in "HIJKLMN"]
    for n, (a, b) in enumerate(pairs):
        article = Article(f"art-{n}", f"{a} met {b}.")
        repo.ingest(article, [said(article, f"{a} met {b}", MEETING, (a, b), "2020-01-01")], str(n))
    assert repo.counts().events == len(pairs)
    store.rows.clear()
    last = Article("late", "A met H.")
    repo.ingest(last, [said(last, "A met H", MEETING, ("A", "H"), "2020-01-01")], "late")
    assert max(store.rows) == 1  # the one event that shares the key, read as its record; the other 48 never are
    assert len(repo.events(["A", "H"])[0].mentions) == 2


def test_by_default_the_gazetteers_states_are_written_and_conform() -> None:
    gazetteer = pytest.importorskip("relgraph.gazetteer").Gazetteer.default()
    repo = Repository(OxigraphStore())
    article = Article("g", "Qatar and Russia met.")
    repo.ingest(article, [said(article, "Qatar and Russia met", MEETING, ("QA", "RU"), None)], "g")
    codes = sorted(state.code for state in gazetteer)
    assert [s.code for s in repo.states()] == codes
    assert repo.counts().states == len(codes)
    report = validate(repo.store)
    assert report.conforms, report.text


PER_TYPE_PER_YEAR = Path(__file__).parent.parent / "examples" / "queries" / "events-per-type-per-year.rq"


def per_type_per_year(repo: Repository) -> Counter[tuple[str, str]]:
    """What the example query counts, through the stored rg:yearTypeKey."""
    rows = repo.store.query(PER_TYPE_PER_YEAR.read_text(encoding="utf-8")).rows
    return Counter({(str(r["year"]), str(r["type"])): int(r["events"] or 0) for r in rows})


def expected_per_type_per_year(events: list[Event]) -> Counter[tuple[str, str]]:
    return Counter((f"{e.date.earliest.year:04d}", e.type.slug) for e in events if e.date is not None)


def test_year_type_keys_follow_a_refined_date_and_its_retraction(repo: Repository) -> None:
    early = Article("early", "Envoys of Qatar and the USSR met in the late 1980s.")
    late = Article("late", "On 1 August 1988 Qatar and the USSR met.")
    late_80s = PartialDate.decade_of(1980, bounds=(date(1985, 1, 1), date(1989, 12, 31)))
    vague = said(early, "met in the late 1980s", MEETING, ("QA", "SU"), None)
    repo.ingest(early, [replace(vague, date=late_80s)], "e")
    assert per_type_per_year(repo) == Counter({("1985", "meeting"): 1})
    repo.ingest(late, [said(late, "On 1 August 1988 Qatar and the USSR met", MEETING, ("QA", "SU"), "1988-08-01")], "l")
    assert per_type_per_year(repo) == Counter({("1988", "meeting"): 1})  # one event, its date refined
    repo.retract("late")
    assert per_type_per_year(repo) == Counter({("1985", "meeting"): 1})
    repo.retract("early")
    assert per_type_per_year(repo) == Counter()


def test_an_articles_record_follows_its_re_ingestion(both: Repository) -> None:
    both.ingest(WIRE, WIRE_MENTIONS[:1], "digest-wire-2")
    (record,) = both.articles(["wire-1"])
    assert (record.digest, record.mentions) == ("digest-wire-2", 1)


_reports = st.lists(
    st.tuples(
        st.sampled_from([MEETING, VISIT, RECOGNITION, MEDIATION]),
        st.sampled_from([("QA", "RU"), ("RU", "QA"), ("QA", "UA"), ("QA", "RU", "UA")]),
        st.sampled_from([None, "1988", "1988-08", "1988-08-01", "1988-08-02", "1991-12-28", "198X"]),
    ),
    max_size=3,
)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.one_of(st.none(), _reports)), min_size=1, max_size=6))
def test_records_and_keys_stay_what_fusion_makes_of_the_stored_mentions(
    steps: list[tuple[int, list[tuple[EventType, tuple[str, ...], str | None]] | None]],
) -> None:
    """Any sequence of ingests (None: a retraction) leaves the events that fusing every stored mention gives."""
    repo = Repository(OxigraphStore(), states=STATES)
    stored: dict[str, list[Mention]] = {}
    for n, (slot, reports) in enumerate(steps):
        article_id = f"a{slot}"
        if reports is None:
            repo.retract(article_id)
            stored.pop(article_id, None)
            continue
        text = " ".join(f"report {i}." for i in range(len(reports)))
        article = Article(article_id, text)
        mentions = [said(article, f"report {i}", kind, actors, when) for i, (kind, actors, when) in enumerate(reports)]
        repo.ingest(article, mentions, f"digest-{n}")
        stored[article_id] = mentions
    expected = fuse([m for mentions in stored.values() for m in mentions])
    assert repo.events() == expected
    assert repo.outlines() == [outline(e) for e in expected]
    assert per_type_per_year(repo) == expected_per_type_per_year(expected)
    assert {a.id: a.mentions for a in repo.articles()} == {k: len(set(v)) for k, v in stored.items()}
    assert repo.pair_totals() == pairs.totals(expected)  # kept by the writer, equal to counting the events


_new_reports = st.lists(
    st.tuples(
        st.sampled_from([MEETING, VISIT, ESTABLISHED]),
        st.sampled_from([("QA", "RU"), ("RU", "QA")]),
        st.sampled_from([None, "1988", "1988-08", "1988-08-01", "1988-08-02", "198X"]),
        st.sampled_from([None, "Doha", "Moscow"]),
    ),
    min_size=1,
    max_size=3,
)


def events_graph(repo: Repository) -> set[str]:
    rows = repo.store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH {EVENTS_GRAPH} {{ ?s ?p ?o }} }}").rows
    return {f"{r['s']} {r['p']} {r['o']}" for r in rows}


@settings(max_examples=60, deadline=None)
@given(st.lists(_new_reports, min_size=1, max_size=8))
def test_reports_added_to_stored_events_write_what_fusing_every_mention_writes(
    reports: list[list[tuple[EventType, tuple[str, str], str | None, str | None]]],
) -> None:
    """New articles only: most reports join a stored event from its record (its tally), never reading its other
    mentions; the events graph holds, quad for quad, what writing the fusion of every mention holds."""
    repo = Repository(OxigraphStore(), states=STATES)
    every: list[Mention] = []
    published: dict[str, date | None] = {}
    for n, items in enumerate(reports):
        article = Article(
            f"n{n * 5 % 8}",
            " ".join(f"report {i}." for i in range(len(items))),  # ids out of order
            None,
            None if n == 2 else date(2021, 1, 1 + n * 3 % 8),
        )  # an undated event's bound moves
        mentions = [replace(said(article, f"report {i}", kind, actors, when), place=place)
                    for i, (kind, actors, when, place) in enumerate(items)]  # fmt: skip
        repo.ingest(article, mentions, f"digest-{n}")
        every += mentions
        published[article.id] = article.published
    expected = [e.bounded_by(published) for e in fuse(every)]
    assert repo.events() == expected
    fresh = OxigraphStore()
    fresh.update(insert_data([q for e in expected for q in mapping.event_quads(e)]))
    assert events_graph(repo) == events_graph(Repository(fresh))
    assert repo.pair_totals() == pairs.totals(expected)


def test_a_report_of_a_stored_date_rewrites_the_event_without_reading_its_mentions() -> None:
    store = CountingStore()
    repo = Repository(store, states=[])
    for n in range(30):
        article = Article(f"r{n}", "Qatar and Russia met.")
        repo.ingest(article, [said(article, "Qatar and Russia met", MEETING, ("QA", "RU"), "2020-01-01")], str(n))
    store.rows.clear()
    last = Article("last", "Qatar and Russia met.")
    result = repo.ingest(last, [said(last, "Qatar and Russia met", MEETING, ("QA", "RU"), "2020-01-01")], "last")
    assert (result.fusion_keys, result.events) == (1, 1)
    assert max(store.rows) == 1  # the event's record (with its tally), not its 30 mentions
    (event,) = repo.events(["QA", "RU"])
    assert len(event.mentions) == 31


def test_a_store_whose_event_records_hold_their_mentions_is_named_not_read_as_empty(both: Repository) -> None:
    """A store an earlier relgraph wrote: its events' records held their mentions, which had none of their own."""
    both.store.update(f"DELETE WHERE {{ GRAPH {EVENTS_GRAPH} {{ ?e rg:record ?r }} }}")
    (event,) = both.store.query(f"SELECT ?e WHERE {{ GRAPH {EVENTS_GRAPH} {{ ?e rg:outline ?o }} }} LIMIT 1").rows
    both.store.update(insert_data([Quad(NamedNode(str(event["e"])), Terms.record,
                                        Literal('{"id": "x", "mentions": []}'), EVENTS_GRAPH)]))  # fmt: skip
    older = Repository(both.store, states=STATES)
    with pytest.raises(StoreError, match="earlier relgraph"):
        older.events()
    with pytest.raises(StoreError, match="ingest its articles into a new store"):
        older.ingest(WIRE, WIRE_MENTIONS[:1], "another digest")


def test_a_report_of_a_new_day_adds_an_event_without_reading_the_others_mentions() -> None:
    store = CountingStore()
    repo = Repository(store, states=[])
    for n in range(40):  # 20 meetings, each reported twice
        article = Article(f"r{n}", "Qatar and Russia met.")
        day = f"2020-01-{n % 20 + 1:02d}"
        repo.ingest(article, [said(article, "Qatar and Russia met", MEETING, ("QA", "RU"), day)], str(n))
    store.rows.clear()
    last = Article("last", "Qatar and Russia met.")
    result = repo.ingest(last, [said(last, "Qatar and Russia met", MEETING, ("QA", "RU"), "2020-02-01")], "last")
    assert (result.fusion_keys, result.events) == (1, 21)
    assert max(store.rows) == 20  # the key's events' records (their tallies), never their 40 mentions
    assert len(repo.events(["QA", "RU"])) == 21
