"""networkx projections: edges of events, the graph as it stood on a date, and the CLI's verbs."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from relgraph.errors import UnknownEventTypeError, UnknownMeasureError, UnknownStateError
from relgraph.graph import (
    MEASURES,
    central,
    central_of_pairs,
    communities,
    communities_of_pairs,
    neighbors,
    pair_graph,
    path,
    path_of_pairs,
    project,
    simple_graph,
    snapshot,
    weighted_graph,
)
from relgraph.model import Event, EventOutline, EventType, Mention, PartialDate, State
from relgraph.pairs import Pair, counts, totals

STATES = {
    s.code: s
    for s in (
        State("QA", "QAT", "Q846", "Qatar", "قطر", capital_coords=(25.29, 51.53)),
        State("RU", "RUS", "Q159", "Russia", "روسيا", capital_coords=(55.75, 37.62)),
        State("SA", "SAU", "Q851", "Saudi Arabia", "السعودية"),
        State("AE", "ARE", "Q878", "United Arab Emirates", "الإمارات"),
        State("BH", "BHR", "Q398", "Bahrain", "البحرين"),
        State("KW", "KWT", "Q817", "Kuwait", "الكويت"),
        State("OM", "OMN", "Q842", "Oman", "عمان"),
        State("SU", "SUN", "Q15180", "Soviet Union", "الاتحاد السوفيتي", valid_to=date(1991, 12, 26)),
    )
}


def event(eid: str, slug: str, actors: tuple[str, ...], when: str | None, article: str = "art-1") -> Event:
    """An event with one mention; the quote is made up for the test."""
    kind = EventType.from_slug(slug)
    day = PartialDate.parse(when) if when else None
    quote = f"made-up report of a {slug} between {' and '.join(actors)}"
    mention = Mention(article, kind, actors, day, None, quote, 0, len(quote), 0.9, "test", "1")
    return Event(eid, kind, actors, day, None, (mention,))


def edges(graph: object) -> set[tuple[str, str, str]]:
    return {(u, v, k) for u, v, k in graph.edges(keys=True)}  # type: ignore[attr-defined]


def keys(graph: object) -> set[str]:
    return {k for *_, k in edges(graph)}


# -- project ----------------------------------------------------------------------


def test_one_edge_per_event_keyed_by_id_with_its_attributes() -> None:
    visit = event("v1", "visit", ("RU", "QA"), "2025-04", article="a-7")
    meeting = event("m1", "meeting", ("RU", "QA"), "2025-04-16")
    graph = project([visit, meeting], states=STATES)
    assert edges(graph) == {("RU", "QA", "v1"), ("QA", "RU", "m1")}  # the meeting in code order
    assert graph.edges["RU", "QA", "v1"] == {
        "type": "visit",
        "date": "2025-04",
        "earliest": "2025-04-01",
        "latest": "2025-04-30",
        "directed": True,
    }
    assert graph.edges["QA", "RU", "m1"]["directed"] is False
    assert graph.nodes["QA"] == {"name": "Qatar", "name_ar": "قطر", "former": False, "coords": (25.29, 51.53)}


def test_nodes_know_former_states_and_fall_back_to_the_code() -> None:
    established = event("e", "relations_established", ("QA", "SU"), "1988-08-01")
    graph = project([established, event("f", "visit", ("QA", "XX"), "2020")], states=STATES)
    assert graph.nodes["SU"]["former"] is True
    assert graph.nodes["XX"]["name"] == "XX"
    assert graph.nodes["XX"]["name_ar"] is None


def test_many_actors_directed_from_the_first_undirected_every_pair() -> None:
    mediation = event("med", "mediation", ("QA", "SA", "AE"), "2021")
    summit = event("sum", "meeting", ("SA", "BH", "AE"), "2021")
    graph = project([mediation, summit], states=STATES)
    assert edges(graph) == {
        ("QA", "SA", "med"),
        ("QA", "AE", "med"),
        ("AE", "BH", "sum"),
        ("AE", "SA", "sum"),
        ("BH", "SA", "sum"),
    }


def test_an_event_without_two_distinct_states_adds_nothing() -> None:
    graph = project([event("self", "visit", ("QA", "QA"), "2020")], states=STATES)
    assert graph.number_of_nodes() == 0
    assert graph.number_of_edges() == 0


def test_undated_events_are_in_the_record_with_no_dates() -> None:
    graph = project([event("u", "meeting", ("QA", "OM"), None)], states=STATES)
    assert graph.edges["OM", "QA", "u"]["date"] is None
    assert graph.edges["OM", "QA", "u"]["earliest"] is None
    snapshot_graph = project([event("u", "meeting", ("QA", "OM"), None)], at=date(2030, 1, 1), states=STATES)
    assert snapshot_graph.number_of_edges() == 0


def test_types_by_member_or_slug() -> None:
    both = [event("v", "visit", ("QA", "RU"), "2020"), event("m", "meeting", ("QA", "RU"), "2020")]
    assert edges(project(both, types=["visit"], states=STATES)) == {("QA", "RU", "v")}
    assert edges(project(both, types=[EventType.MEETING], states=STATES)) == {("QA", "RU", "m")}
    with pytest.raises(UnknownEventTypeError):
        project(both, types=["visited"], states=STATES)


# -- the graph as it stood ----------------------------------------------------------


def test_an_event_counts_once_its_interval_has_started() -> None:
    year = [event("y", "meeting", ("QA", "KW"), "2020")]
    assert edges(project(year, at=date(2020, 1, 1), states=STATES)) == {("KW", "QA", "y")}
    assert edges(project(year, at=date(2019, 12, 31), states=STATES)) == set()


RELATIONS = [
    event("est", "relations_established", ("QA", "SA"), "1990-03-01"),
    event("cut", "relations_severed", ("SA", "QA"), "2017-06-05"),
    event("back", "relations_restored", ("QA", "SA"), "2021-01-05"),
    event("talks", "meeting", ("SA", "QA"), "2010-05-01"),
]


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        (date(1989, 1, 1), set()),
        (date(2000, 1, 1), {"est"}),
        (date(2018, 1, 1), {"talks"}),  # severed: no relations link, the meeting still happened
        (date(2022, 1, 1), {"talks", "back"}),  # the spell in force began with the restoration
        (None, {"est", "cut", "back", "talks"}),  # the whole record
    ],
)
def test_relations_stand_from_establishment_or_restoration_until_a_severance(
    at: date | None, expected: set[str]
) -> None:
    assert keys(project(RELATIONS, at=at, states=STATES)) == expected


def test_types_are_chosen_after_the_snapshot_so_a_severance_still_counts() -> None:
    graph = project(RELATIONS, at=date(2018, 1, 1), types=["relations_established"], states=STATES)
    assert graph.number_of_edges() == 0


def test_embassies_and_ambassadors_switch_per_sender() -> None:
    events = [
        event("qa-opens", "embassy_opened", ("QA", "RU"), "1990"),
        event("ru-opens", "embassy_opened", ("RU", "QA"), "1990"),
        event("qa-closes", "embassy_closed", ("QA", "RU"), "2000"),
        event("amb", "ambassador_appointed", ("RU", "QA"), "1991"),
        event("recall", "ambassador_recalled", ("RU", "QA"), "2001"),
        event("rec", "recognition", ("QA", "RU"), "1991-12-28"),
    ]
    assert keys(project(events, at=date(1999, 1, 1), states=STATES)) == {
        "qa-opens",
        "ru-opens",
        "amb",
        "rec",
    }
    assert keys(project(events, at=date(2005, 1, 1), states=STATES)) == {"ru-opens", "rec"}


DAYS = st.dates(min_value=date(1990, 1, 1), max_value=date(1999, 12, 31))
EVENTS = st.lists(
    st.builds(
        lambda i, kind, pair, day, coarse: event(
            f"e{i}", kind.slug, pair, None if day is None else (str(day.year) if coarse else day.isoformat())
        ),
        st.integers(0, 10**6),
        st.sampled_from(list(EventType)),
        st.sampled_from([("QA", "RU"), ("RU", "QA"), ("QA", "SA")]),
        st.none() | DAYS,
        st.booleans(),
    ),
    max_size=25,
    unique_by=lambda e: e.id,
)
OFF = {EventType.RELATIONS_SEVERED, EventType.EMBASSY_CLOSED, EventType.AMBASSADOR_RECALLED}
SWITCHED = OFF | {
    EventType.RELATIONS_ESTABLISHED,
    EventType.RELATIONS_RESTORED,
    EventType.EMBASSY_OPENED,
    EventType.AMBASSADOR_APPOINTED,
}


@given(EVENTS, DAYS)
def test_snapshot_keeps_only_what_had_started_never_a_switch_off_and_every_one_off(
    events: list[Event], at: date
) -> None:
    kept = snapshot(events, at)
    started = [e for e in events if e.date is not None and e.date.earliest <= at]
    assert all(e in started for e in kept)
    assert not any(e.type in OFF for e in kept)
    assert {e.id for e in started if e.type not in SWITCHED} == {e.id for e in kept if e.type not in SWITCHED}


# -- simple graph and verbs -----------------------------------------------------------

# QA is the hub; BH also reaches KW; OM is linked to nobody.
STAR = [
    event("s1", "visit", ("QA", "RU"), "2019-01-10"),
    event("s2", "meeting", ("QA", "RU"), "2019-01-11"),
    event("s3", "visit", ("SA", "QA"), "2021-02-01"),
    event("s4", "agreement_signed", ("QA", "AE"), "2022"),
    event("s5", "meeting", ("QA", "BH"), "2023-03"),
    event("s6", "visit", ("BH", "KW"), "2024-05-02"),
]


def test_simple_graph_weighs_pairs_by_events_either_way() -> None:
    events = [*STAR, event("s7", "visit", ("RU", "QA"), "2020")]
    graph = simple_graph(project(events, states=STATES))
    assert graph["QA"]["RU"]["weight"] == 3
    assert graph["BH"]["KW"]["weight"] == 1
    assert graph.number_of_edges() == 5
    assert graph.nodes["QA"]["name"] == "Qatar"


@pytest.mark.parametrize("at", [None, date(2020, 1, 1), date(2023, 1, 1)])
@pytest.mark.parametrize("types", [(), ("meeting",), ("visit", "relations_severed")])
def test_weighted_graph_is_the_simple_graph_of_the_projection(at: date | None, types: tuple[str, ...]) -> None:
    severed, undated = event("x", "relations_severed", ("QA", "SA"), "2022"), event("u", "meeting", ("SU", "OM"), None)
    events = [*STAR, event("s7", "visit", ("RU", "QA"), "2020"), severed, STAR[0], undated]  # STAR[0] twice: one event
    direct = weighted_graph(events, at=at, types=types, states=STATES)
    collapsed = simple_graph(project(events, at=at, types=types, states=STATES))
    assert list(direct.nodes(data=True)) == list(collapsed.nodes(data=True))
    assert {frozenset((u, v)): w for u, v, w in direct.edges(data="weight")} == {
        frozenset((u, v)): w for u, v, w in collapsed.edges(data="weight")
    }
    assert direct.graph == collapsed.graph
    assert direct.number_of_edges() > 0


def test_degree_centrality_ranks_the_hub_then_the_bridge_then_ties_by_code() -> None:
    rows = central(STAR, "degree", top=None, states=STATES)
    assert [r.state for r in rows] == ["QA", "BH", "AE", "KW", "RU", "SA"]
    assert [r.rank for r in rows] == [1, 2, 3, 4, 5, 6]
    assert rows[0].score == pytest.approx(4 / 5)
    assert rows[1].score == pytest.approx(2 / 5)
    assert rows[0].name == "Qatar"


@pytest.mark.parametrize("measure", sorted(MEASURES))
def test_every_measure_puts_the_hub_first(measure: str) -> None:
    rows = central(STAR, measure, top=2, states=STATES)
    assert len(rows) == 2
    assert rows[0].state == "QA"
    assert rows[0].score > rows[1].score


def test_betweenness_of_the_bridge() -> None:
    scores = {r.state: r.score for r in central(STAR, "betweenness", top=None, states=STATES)}
    # QA lies on every path among RU, SA, AE and {BH, KW} but BH-KW: 4 + 4 + 1 = 9 of 10 pairs not its own.
    assert scores["QA"] == pytest.approx(9 / 10)
    assert scores["BH"] == pytest.approx(4 / 10)  # KW's paths to the four others
    assert scores["RU"] == 0


def test_unknown_measure_names_the_known_ones() -> None:
    with pytest.raises(UnknownMeasureError, match="betweenness, degree, eigenvector, pagerank"):
        central(STAR, "closeness", states=STATES)


def test_centrality_as_it_stood() -> None:
    rows = central(STAR, "degree", at=date(2020, 1, 1), states=STATES)
    assert {r.state for r in rows} == {"QA", "RU"}


def test_two_hop_path_with_the_events_of_each_hop() -> None:
    hops = path(STAR, "RU", "BH", states=STATES)
    assert [(h.source, h.target) for h in hops] == [("RU", "QA"), ("QA", "BH")]
    assert hops[0].events == ("s1", "s2")
    assert hops[0].types == ("visit", "meeting")
    assert (hops[0].first, hops[0].last) == ("2019-01-10", "2019-01-11")
    assert hops[1].events == ("s5",)
    assert hops[1].name == "Bahrain"


def test_no_path_is_an_empty_answer_an_unknown_state_an_error() -> None:
    assert path(STAR, "RU", "OM", states=STATES) == []  # a state with no events
    assert path(STAR, "RU", "BH", at=date(2020, 1, 1), states=STATES) == []  # QA-BH came later
    with pytest.raises(UnknownStateError):
        path(STAR, "RU", "ZZ", states=STATES)


def test_neighbors_since_when_and_how_much() -> None:
    events = [*STAR, event("s8", "visit", ("RU", "QA"), None)]
    rows = neighbors(events, "QA", states=STATES)
    assert [r.target for r in rows] == ["RU", "AE", "BH", "SA"]  # most events first, then by code
    ru = rows[0]
    assert (ru.source, ru.name, ru.count) == ("QA", "Russia", 3)
    assert (ru.first, ru.last) == ("2019-01-10", "2019-01-11")  # the undated one has no date to give
    assert ru.events == ("s1", "s2", "s8")
    assert rows[2].types == ("meeting",)
    assert neighbors(events, "OM", states=STATES) == []
    assert [r.target for r in neighbors(events, "QA", at=date(2021, 6, 1), states=STATES)] == ["RU", "SA"]


def test_communities_split_two_obvious_clusters() -> None:
    dense = [("QA", "SA"), ("SA", "AE"), ("AE", "QA"), ("RU", "KW"), ("KW", "OM"), ("OM", "RU")]
    events = [event(f"d{i}{n}", "meeting", pair, f"20{10 + n}") for i, pair in enumerate(dense) for n in range(4)]
    events.append(event("bridge", "visit", ("QA", "RU"), "2015"))
    found = communities(events, states=STATES)
    assert [c.states for c in found] == [("AE", "QA", "SA"), ("KW", "OM", "RU")]
    assert [c.index for c in found] == [1, 2]
    assert found[0].names == ("United Arab Emirates", "Qatar", "Saudi Arabia")
    assert communities(list(reversed(events)), states=STATES) == found  # deterministic


def test_the_verbs_answer_the_same_from_outlines() -> None:
    events = [*STAR, event("s8", "visit", ("RU", "QA"), None), event("x", "relations_severed", ("QA", "SA"), "2022")]
    outlines = [EventOutline(e.id, e.type, e.actors, e.date) for e in events]
    for at in (None, date(2021, 6, 1), date(2023, 1, 1)):
        assert central(outlines, "pagerank", top=None, at=at, states=STATES) == central(
            events, "pagerank", top=None, at=at, states=STATES
        )
        assert path(outlines, "RU", "BH", at=at, states=STATES) == path(events, "RU", "BH", at=at, states=STATES)
        assert neighbors(outlines, "QA", at=at, states=STATES) == neighbors(events, "QA", at=at, states=STATES)
        assert communities(outlines, at=at, states=STATES) == communities(events, at=at, states=STATES)
    assert neighbors(outlines, "QA", states=STATES)[0].events == ("s1", "s2", "s8")


_CODES = sorted(STATES)


@given(
    st.lists(
        st.tuples(
            st.sampled_from([t.slug for t in EventType]),
            st.lists(st.sampled_from(_CODES), min_size=1, max_size=3),
            st.sampled_from([None, "1990", "2020-05", "2020-05-01", "2021-03-04", "198X"]),
        ),
        max_size=25,
    ),
    st.sampled_from([(), ("visit",), ("meeting", "relations_severed", "mediation")]),
)
def test_the_verbs_answer_the_same_from_pair_totals_as_from_the_events(
    drawn: list[tuple[str, list[str], str | None]], types: tuple[str, ...]
) -> None:
    """What the writer keeps per pair (relgraph.pairs.totals) gives the rows that reading every event gives."""
    events = [event(f"e{i}", slug, tuple(actors), when) for i, (slug, actors, when) in enumerate(drawn)]
    found = counts(totals(events), [EventType.from_slug(t) for t in types])

    def between(pair: Pair) -> list[Event]:
        return [e for e in events if set(pair) <= set(e.actors)]

    by_events = weighted_graph(events, types=types, states=STATES)
    by_pairs = pair_graph(found, states=STATES)
    assert list(by_pairs.nodes(data=True)) == list(by_events.nodes(data=True))
    assert list(by_pairs.edges(data=True)) == list(by_events.edges(data=True))
    for measure in MEASURES:
        assert central_of_pairs(found, measure, None, states=STATES) == central(
            events, measure, None, types=types, states=STATES
        )
    assert communities_of_pairs(found, states=STATES) == communities(events, types=types, states=STATES)
    for a, b in (("QA", "BH"), ("RU", "OM"), ("SU", "KW")):
        assert path_of_pairs(found, between, a, b, types=types, states=STATES) == path(
            events, a, b, types=types, states=STATES
        )


def test_empty_input_gives_empty_rows() -> None:
    assert central([], states=STATES) == []
    assert communities([], states=STATES) == []


def test_default_states_come_from_the_gazetteer() -> None:
    pytest.importorskip("relgraph.gazetteer")
    graph = project([event("v", "visit", ("QA", "RU"), "2025-04-16")])
    assert graph.nodes["QA"]["name"] == "Qatar"
    assert graph.nodes["RU"]["coords"] is not None


def test_importing_graph_and_viz_loads_neither_networkx_nor_pyvis() -> None:
    code = "import sys, relgraph.graph, relgraph.viz; print(sorted({'networkx', 'pyvis', 'IPython'} & {*sys.modules}))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
