"""networkx projections of fused events: the graph of states, whole or as it stood on a date.

:func:`project` turns :class:`~relgraph.model.Event` values (or their
:class:`~relgraph.model.EventOutline`, all it reads of them) into a
``networkx.MultiDiGraph``: states are nodes, each event is an edge keyed by the
event's id. :func:`simple_graph` collapses it into a weighted ``networkx.Graph``
for the algorithms; :func:`weighted_graph` builds that one straight from the
events. :func:`central`, :func:`path`, :func:`neighbors` and
:func:`communities` are the verbs the CLI calls; they return plain frozen rows.

Edges of one event
    A directed type (``EventType.directed``: visit, recognition, mediation,
    embassies, ambassadors, expulsion) links its first actor to each of the
    others (a mediator to each party). An undirected type links every pair of
    its actors, in canonical (sorted) code order, with ``directed=False``.
    Repeated actors and events with fewer than two distinct states add no edge.

The record and the snapshot (``at``)
    With ``at=None`` every event is kept: the whole record. With ``at`` set the
    graph is *the graph as it stood on that day* (:func:`snapshot`): an event
    counts once its date interval has started (``date.earliest <= at``);
    an undated event counts from its bound (:attr:`~relgraph.model.Event.bound`,
    the day its first article was published), placed among the dated ones as
    :func:`relgraph.status.place` says (an undated severance before the
    restoration it must precede); an undated event with no bound is left out,
    as nobody can say whether it had happened.
    What stands then depends on the type's family:

    - **switches**, a status that is turned on and off between the same states:
      *relations* (established or restored: on; severed: off; one per unordered
      pair), *embassy* (opened: on; closed: off; per sender and host) and
      *ambassador* (appointed: on; recalled: off; per sender and host). Ordered
      by the start of their dates, the events since the last "off" form the
      spell in force, and only they stand. A pair whose latest event of the
      family on or before ``at`` is an "off" has no link of that family at
      ``at``; "off" events therefore never appear in a snapshot (they do in the
      record, and in timelines).
    - **lasting**: a recognition, once given, stands.
    - **one-off**: visits, meetings, mediation, negotiation, agreements and
      expulsions happened; every one that started by ``at`` stays in the graph,
      which accumulates them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING, Any, TypeVar

from relgraph.errors import UnknownMeasureError, UnknownStateError
from relgraph.keys import edges
from relgraph.model import EventType, Occurrence, State
from relgraph.pairs import Pair

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "MEASURES",
    "Centrality",
    "Community",
    "Link",
    "Occurrence",
    "central",
    "central_of_pairs",
    "communities",
    "communities_of_pairs",
    "known_states",
    "neighbors",
    "pair_graph",
    "path",
    "path_of_pairs",
    "project",
    "project_indexed",
    "simple_graph",
    "snapshot",
    "state_graph",
    "weighted_graph",
]

#: Centrality measures: name → (networkx function, keyword arguments). Betweenness and
#: degree count links; eigenvector and PageRank weigh a link by its number of events.
MEASURES: dict[str, tuple[str, dict[str, Any]]] = {
    "degree": ("degree_centrality", {}),
    "betweenness": ("betweenness_centrality", {}),
    "eigenvector": ("eigenvector_centrality", {"weight": "weight", "max_iter": 1000}),
    "pagerank": ("pagerank", {"weight": "weight"}),
}

#: What the graph reads of an event: the whole :class:`Event`, or its :class:`EventOutline`.
_E = TypeVar("_E", bound=Occurrence)

# The switch families: type → (family, turns it on).
_SWITCHES: dict[EventType, tuple[str, bool]] = {
    EventType.RELATIONS_ESTABLISHED: ("relations", True),
    EventType.RELATIONS_RESTORED: ("relations", True),
    EventType.RELATIONS_SEVERED: ("relations", False),
    EventType.EMBASSY_OPENED: ("embassy", True),
    EventType.EMBASSY_CLOSED: ("embassy", False),
    EventType.AMBASSADOR_APPOINTED: ("ambassador", True),
    EventType.AMBASSADOR_RECALLED: ("ambassador", False),
}


@dataclass(frozen=True, slots=True)
class Centrality:
    """One state's score under a centrality measure; ``rank`` 1 is the most central."""

    rank: int
    state: str
    name: str
    score: float


@dataclass(frozen=True, slots=True)
class Link:
    """What links ``source`` to ``target``: the events between them, either way.

    ``types`` are slugs in vocabulary order; ``first`` and ``last`` are the
    dates (ISO, at their precision) of the earliest and latest dated events;
    ``events`` are event ids, oldest first, undated ones last.
    """

    source: str
    target: str
    name: str
    count: int
    types: tuple[str, ...]
    first: str | None
    last: str | None
    events: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Community:
    """A group of states more linked among themselves than to the rest; ``index`` 1 is the largest."""

    index: int
    size: int
    states: tuple[str, ...]
    names: tuple[str, ...]


def known_states(states: Mapping[str, State] | None = None) -> Mapping[str, State]:
    """``states`` itself, or, when ``None``, every state of the default gazetteer by code."""
    if states is not None:
        return states
    from relgraph.gazetteer import Gazetteer

    return {state.code: state for state in Gazetteer.default()}


def snapshot(events: Iterable[_E], at: date) -> list[_E]:
    """The events that stood on ``at``, oldest first (see the module's docstring for what stands)."""
    from relgraph.status import place

    def line(event: _E) -> tuple[tuple[str, tuple[str, ...]], bool] | None:
        switch = _SWITCHES.get(event.type)
        return None if switch is None else ((switch[0], _actors(event)), switch[1])

    standing: list[_E] = []
    spells: dict[tuple[str, tuple[str, ...]], list[_E]] = {}
    placed, _ = place(events, line)  # in order of the day by which each had happened
    for day, event in placed:
        if day > at:
            break
        switch = line(event)
        if switch is None:
            standing.append(event)
            continue
        key, on = switch
        if on:
            spells.setdefault(key, []).append(event)
        else:
            spells[key] = []
    standing.extend(event for spell in spells.values() for event in spell)
    return sorted(standing, key=_chrono)


def project(
    events: Iterable[Occurrence],
    *,
    at: date | None = None,
    types: Iterable[EventType | str] = (),
    states: Mapping[str, State] | None = None,
) -> nx.MultiDiGraph:
    """The multigraph of states: one edge per event and pair of actors it links, keyed by the event's id.

    Node attributes: ``name``, ``name_ar``, ``former``, ``coords`` (the
    capital's (lat, lon) or ``None``); a code the gazetteer does not know is
    its own name. Edge attributes: ``type`` (slug), ``date`` (ISO at its
    precision), ``earliest`` and ``latest`` (ISO days) and ``directed``; the
    three dates are ``None`` for an undated event. The event itself, with its
    sources, is what :func:`project_indexed` maps an edge's key to. ``at``
    keeps the graph as it stood on that day (:func:`snapshot`); ``types``
    (members or slugs) keeps only those types, chosen after the snapshot so
    that a severance still ends relations. ``states`` maps codes to
    :class:`~relgraph.model.State` (default: the gazetteer).
    """
    import networkx as nx

    lookup = known_states(states)
    graph = nx.MultiDiGraph(at=at.isoformat() if at is not None else None)
    for event in _chosen(events, at, types):
        for u, v in edges(event):
            for code in (u, v):
                if code not in graph:
                    graph.add_node(code, **_node_attributes(code, lookup.get(code)))
            graph.add_edge(
                u,
                v,
                key=event.id,
                type=event.type.slug,
                date=event.date.iso if event.date else None,
                earliest=event.date.earliest.isoformat() if event.date else None,
                latest=event.date.latest.isoformat() if event.date else None,
                directed=event.type.directed,
            )
    return graph


def project_indexed(
    events: Iterable[_E],
    *,
    at: date | None = None,
    types: Iterable[EventType | str] = (),
    states: Mapping[str, State] | None = None,
    require: Iterable[str] = (),
) -> tuple[nx.MultiDiGraph, dict[str, _E]]:
    """:func:`project`, with the events by id (the edges' keys); each code in ``require`` must be a state.

    :class:`UnknownStateError` for a required code that is neither in the graph
    nor among ``states``; a known state without events is fine.
    """
    by_id = {event.id: event for event in events}
    lookup = known_states(states)
    multigraph = project(by_id.values(), at=at, types=types, states=lookup)
    for code in require:
        if code not in multigraph and code not in lookup:
            raise UnknownStateError(code)
    return multigraph, by_id


def weighted_graph(
    events: Iterable[Occurrence],
    *,
    at: date | None = None,
    types: Iterable[EventType | str] = (),
    states: Mapping[str, State] | None = None,
) -> nx.Graph:
    """``simple_graph(project(...))`` built straight from the events, with no multigraph: what the rankings need.

    The same nodes (in the same order, with the same attributes), edges and weights, several
    times faster on a large store, as no edge carries an event's attributes.
    """
    counts: Counter[tuple[str, str]] = Counter()
    for event in _chosen({event.id: event for event in events}.values(), at, types):
        for u, v in edges(event):
            counts[(u, v) if u < v else (v, u)] += 1
    return _weighted(counts, at, states)


def pair_graph(counts: Mapping[Pair, int], *, states: Mapping[str, State] | None = None) -> nx.Graph:
    """:func:`weighted_graph` of the whole record (no ``at``) built from how many events link each pair
    (:meth:`relgraph.repository.Repository.pair_counts`, :func:`relgraph.pairs.counts`) instead of the events:
    the same graph, read from one record per pair of states whatever the number of events."""
    return _weighted({pair: n for pair, n in counts.items() if n}, None, states)


def _weighted(counts: Mapping[tuple[str, str], int], at: date | None, states: Mapping[str, State] | None) -> nx.Graph:
    """The weighted graph of these pairs' counts: nodes in code order, edges in order of their pairs."""
    import networkx as nx

    lookup = known_states(states)
    graph = nx.Graph(at=at.isoformat() if at is not None else None)
    codes = sorted({code for pair in counts for code in pair})
    graph.add_nodes_from((code, _node_attributes(code, lookup.get(code))) for code in codes)
    graph.add_weighted_edges_from((u, v, weight) for (u, v), weight in sorted(counts.items()))
    return graph


def state_graph(events: Iterable[Occurrence], *, states: Mapping[str, State] | None = None) -> nx.Graph:
    """The state graph for other tools (Gephi, yEd): one undirected edge per linked pair, plain attributes.

    Edge attributes: ``weight`` (events linking the pair), one count per type (``visit``: 3, every type
    present on every edge, 0 when none), ``types`` (slugs, comma-separated), ``first`` and ``last`` (the
    earliest and latest dates, ISO at their precision, ``""`` when every event is undated). Node attributes:
    ``label`` (English name), ``name_ar``, ``former``, and ``lat``/``lon`` of the capital where known.
    Every value is a string, number or boolean, as GraphML and GEXF require.
    """
    import networkx as nx

    lookup = known_states(states)
    between: dict[tuple[str, str], list[Occurrence]] = {}
    for event in sorted({event.id: event for event in events}.values(), key=_chrono):
        for u, v in edges(event):
            between.setdefault((u, v) if u < v else (v, u), []).append(event)
    graph = nx.Graph()
    for code in sorted({code for pair in between for code in pair}):
        attributes = _node_attributes(code, lookup.get(code))
        node: dict[str, Any] = {"label": attributes["name"], "name_ar": attributes["name_ar"] or "",
                                "former": attributes["former"]}  # fmt: skip
        if attributes["coords"] is not None:
            node["lat"], node["lon"] = map(float, attributes["coords"])
        graph.add_node(code, **node)
    for (u, v), listed in sorted(between.items()):
        counts = Counter(e.type for e in listed)
        dated = [e.date.iso for e in listed if e.date is not None]
        graph.add_edge(u, v, weight=len(listed), types=",".join(t.slug for t in EventType if t in counts),
                       first=dated[0] if dated else "", last=dated[-1] if dated else "",
                       **{t.slug: counts.get(t, 0) for t in EventType})  # fmt: skip
    return graph


def simple_graph(multigraph: nx.MultiDiGraph) -> nx.Graph:
    """One undirected edge per linked pair, ``weight`` = how many events link them; node attributes kept."""
    import networkx as nx

    graph = nx.Graph(**multigraph.graph)
    graph.add_nodes_from(sorted(multigraph.nodes(data=True), key=lambda node: str(node[0])))
    counts = Counter(tuple(sorted(pair)) for pair in multigraph.edges())
    graph.add_weighted_edges_from((*pair, weight) for pair, weight in sorted(counts.items()))
    return graph


def central(
    events: Iterable[Occurrence],
    measure: str = "degree",
    top: int | None = 10,
    at: date | None = None,
    *,
    types: Iterable[EventType | str] = (),
    states: Mapping[str, State] | None = None,
) -> list[Centrality]:
    """The ``top`` states by ``measure`` (one of :data:`MEASURES`; ``top=None``: all), ties by code.

    Eigenvector centrality on a disconnected graph concentrates on the
    component with the strongest core; the others score near zero.
    """
    if measure not in MEASURES:
        raise UnknownMeasureError(measure, MEASURES)
    return _ranked(weighted_graph(events, at=at, types=types, states=states), measure, top)


def central_of_pairs(
    counts: Mapping[Pair, int],
    measure: str = "degree",
    top: int | None = 10,
    *,
    states: Mapping[str, State] | None = None,
) -> list[Centrality]:
    """:func:`central` over the whole record, from how many events link each pair (:func:`pair_graph`): the same
    rows."""
    if measure not in MEASURES:
        raise UnknownMeasureError(measure, MEASURES)
    return _ranked(pair_graph(counts, states=states), measure, top)


def _ranked(graph: nx.Graph, measure: str, top: int | None) -> list[Centrality]:
    import networkx as nx

    if not graph:
        return []
    function, kwargs = MEASURES[measure]
    scores: dict[str, float] = getattr(nx, function)(graph, **kwargs)
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:top]
    return [
        Centrality(rank, code, graph.nodes[code]["name"], float(score))
        for rank, (code, score) in enumerate(ranked, start=1)
    ]


def path(
    events: Iterable[Occurrence],
    a: str,
    b: str,
    at: date | None = None,
    *,
    types: Iterable[EventType | str] = (),
    states: Mapping[str, State] | None = None,
) -> list[Link]:
    """A shortest chain of links from ``a`` to ``b`` (fewest hops), one :class:`Link` per hop with its events.

    Empty when no chain exists (or ``a == b``); :class:`UnknownStateError` for
    a code that is neither in the graph nor among ``states``.
    """
    multigraph, by_id = project_indexed(events, at=at, types=types, states=states, require=(a, b))
    return [_link(multigraph, u, v, by_id) for u, v in pairwise(_hops(simple_graph(multigraph), a, b))]


def path_of_pairs(
    counts: Mapping[Pair, int],
    between: Callable[[Pair], Iterable[Occurrence]],
    a: str,
    b: str,
    *,
    types: Iterable[EventType | str] = (),
    states: Mapping[str, State] | None = None,
) -> list[Link]:
    """:func:`path` over the whole record, the chain found from how many events (of ``types``) link each pair
    (:func:`pair_graph`) and only the events of its hops read (``between(pair)``: the events linking a pair):
    the same rows."""
    graph = pair_graph(counts, states=states)
    lookup = known_states(states)
    for code in (a, b):
        if code not in graph and code not in lookup:
            raise UnknownStateError(code)
    hops = list(pairwise(_hops(graph, a, b)))
    events = [e for u, v in hops for e in between((u, v) if u < v else (v, u))]
    multigraph, by_id = project_indexed(events, types=types, states=lookup)
    return [_link(multigraph, u, v, by_id) for u, v in hops]


def _hops(graph: nx.Graph, a: str, b: str) -> list[str]:
    import networkx as nx

    try:
        found: list[str] = nx.shortest_path(graph, a, b)
    except (nx.NodeNotFound, nx.NetworkXNoPath):
        return []
    return found


def neighbors(
    events: Iterable[Occurrence],
    state: str,
    at: date | None = None,
    *,
    types: Iterable[EventType | str] = (),
    states: Mapping[str, State] | None = None,
) -> list[Link]:
    """Every state linked to ``state``: the events between them, since when and until when; most events first."""
    import networkx as nx

    multigraph, by_id = project_indexed(events, at=at, types=types, states=states, require=(state,))
    if state not in multigraph:
        return []
    links = [_link(multigraph, state, other, by_id) for other in set(nx.all_neighbors(multigraph, state))]
    return sorted(links, key=lambda link: (-link.count, link.target))


def communities(
    events: Iterable[Occurrence],
    at: date | None = None,
    *,
    types: Iterable[EventType | str] = (),
    states: Mapping[str, State] | None = None,
    seed: int = 0,
) -> list[Community]:
    """Louvain communities of the weighted state graph: deterministic for a given ``seed``; largest first."""
    return _grouped(weighted_graph(events, at=at, types=types, states=states), seed)


def communities_of_pairs(
    counts: Mapping[Pair, int], *, states: Mapping[str, State] | None = None, seed: int = 0
) -> list[Community]:
    """:func:`communities` over the whole record, from how many events link each pair (:func:`pair_graph`): the
    same rows."""
    return _grouped(pair_graph(counts, states=states), seed)


def _grouped(graph: nx.Graph, seed: int) -> list[Community]:
    import networkx as nx

    groups = [sorted(group) for group in nx.community.louvain_communities(graph, weight="weight", seed=seed)]
    groups.sort(key=lambda group: (-len(group), group))
    return [
        Community(index, len(group), tuple(group), tuple(graph.nodes[code]["name"] for code in group))
        for index, group in enumerate(groups, start=1)
    ]


# -- helpers --------------------------------------------------------------------


def _chosen(events: Iterable[_E], at: date | None, types: Iterable[EventType | str]) -> list[_E]:
    """The events a graph is made of, oldest first: those standing on ``at`` (all when None), of ``types``."""
    wanted = {t if isinstance(t, EventType) else EventType.from_slug(t) for t in types}
    chosen = snapshot(events, at) if at is not None else sorted(events, key=_chrono)
    return [event for event in chosen if not wanted or event.type in wanted]


def _chrono(event: Occurrence) -> tuple[date, date, str]:
    if event.date is None:
        return date.max, date.max, event.id
    return event.date.earliest, event.date.latest, event.id


def _actors(event: Occurrence) -> tuple[str, ...]:
    """Distinct actors: in role order for a directed type, in code order otherwise."""
    actors = tuple(dict.fromkeys(event.actors))
    return actors if event.type.directed else tuple(sorted(actors))


def _node_attributes(code: str, state: State | None) -> dict[str, Any]:
    if state is None:
        return {"name": code, "name_ar": None, "former": False, "coords": None}
    return {"name": state.name_en, "name_ar": state.name_ar, "former": state.former, "coords": state.capital_coords}


def _link(multigraph: nx.MultiDiGraph, source: str, target: str, by_id: Mapping[str, Occurrence]) -> Link:
    ids = {*(multigraph.get_edge_data(source, target) or {}), *(multigraph.get_edge_data(target, source) or {})}
    between = sorted((by_id[i] for i in ids), key=_chrono)
    dated = [e.date.iso for e in between if e.date is not None]
    present = {e.type for e in between}
    return Link(
        source=source,
        target=target,
        name=multigraph.nodes[target]["name"],
        count=len(between),
        types=tuple(t.slug for t in EventType if t in present),
        first=dated[0] if dated else None,
        last=dated[-1] if dated else None,
        events=tuple(e.id for e in between),
    )
