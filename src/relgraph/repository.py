"""The layer the API uses: articles in, events out, fusion kept up to date.

:class:`Repository` is the only writer of the events graph. Ingesting an
article replaces its named graph and updates only the fusion keys it touches
(its old and new mentions' keys), never the others, so its cost does not grow
with the size of the store. A new article's mention that joins a stored event
without re-partitioning its key (:meth:`relgraph.fusion.Tally.joins`: the event
already has a mention of that date) is added from the event's record alone:
its tally gives the event's new date, actors and place, and the update rewrites
the event's own triples and adds one ``rg:mention`` link, so a report of an
event with a hundred reports costs what the second did. Any other change (a
mention of a new date, a retraction, an article replaced) re-fuses the keys
from their stored mentions (their records) and rewrites the events that
differ. Each ingest or retraction is one SPARQL update, hence atomic: a reader
sees the article and the events derived from it together, or neither.

One writer at a time: the embedded store's lock keeps other processes out, and
a :class:`Repository` is not meant to be shared between threads that write.

>>> from relgraph.model import Article, EventType, Mention, PartialDate, State
>>> from relgraph.rdf.store import OxigraphStore
>>> repo = Repository(OxigraphStore(), states=[])
>>> text = "Qatar and Russia signed an agreement on 2025-04-16."
>>> m = Mention("a1", EventType.AGREEMENT_SIGNED, ("QA", "RU"), PartialDate.parse("2025-04-16"), None,
...             text[:44], 0, 44, 0.8, "doc", "1")
>>> repo.ingest(Article("a1", text), [m], digest="d1").changed
True
>>> [(e.type.slug, str(e.date), e.articles) for e in repo.events(["RU"])]
[('agreement_signed', '2025-04-16', ('a1',))]
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pyoxigraph as ox
from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad

from relgraph import pairs
from relgraph.errors import MentionError, StoreError, UnknownEventError
from relgraph.fusion import Tally, fuse, settle
from relgraph.keys import event_order, fusion_key, pair_keys
from relgraph.model import Article, Event, EventOutline, EventType, Mention, State
from relgraph.pairs import Pair, Totals
from relgraph.rdf import mapping, vocab
from relgraph.rdf.mapping import ArticleRecord, ArticleSource
from relgraph.rdf.store import Store, Value, insert_data, term, values_clause
from relgraph.rdf.vocab import EVENTS_GRAPH, PAIRS_GRAPH, STATES_GRAPH

__all__ = ["ArticleRecord", "Counts", "IngestResult", "Repository"]


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What one ingest did.

    ``changed`` is False when the digest was already stored (then nothing was written);
    ``mentions`` counts the article's distinct mentions, ``fusion_keys`` the keys re-fused
    and ``events`` the events those keys now make; ``replaced`` is True when another text
    (or another extractor's reading) of an article with this id was stored and is gone.
    """

    article: str
    changed: bool
    mentions: int
    fusion_keys: int
    events: int
    replaced: bool = False


@dataclass(frozen=True, slots=True)
class Counts:
    """How much the store holds."""

    articles: int
    mentions: int
    events: int
    states: int
    quads: int


#: The records of a set of subjects (``VALUES ?s``), wherever they are: how events and articles are read,
#: one literal each (see :mod:`relgraph.rdf.mapping`, "records").
_RECORDS = "SELECT ?record WHERE {{ {subjects} GRAPH ?g {{ ?s rg:record ?record }} }}"
_HEX_START = re.compile(r"[0-9a-f]{4,15}")  # the start of an event id (ids are 16 hex digits)
_EVENTS_STARTING = (
    'SELECT ?s WHERE {{ GRAPH {events} {{ ?s rg:outline ?o }} FILTER(STRSTARTS(STR(?s), "{start}")) }} '
    "ORDER BY ?s LIMIT 5"
)
_CHUNK = 1000  # subjects per query: keeps query texts small for a SPARQL server too

#: The records of the events that have one of some fusion keys (without their mentions).
_EVENTS_BY_KEY = "SELECT ?record WHERE {{ {keys} GRAPH {events} {{ ?s rg:fusionKey ?key ; rg:record ?record }} }}"
#: The records of the events (``?s``) that a pattern selects, with their mentions' records, one row a mention.
_WITH_MENTIONS = "SELECT ?record ?mention WHERE {{ {where} rg:mention ?m }} GRAPH ?g {{ ?m rg:record ?mention }} }}"

#: The mark of a bulk load whose fusion is pending (in the default graph).
_PENDING = Quad(EVENTS_GRAPH, vocab.Terms.fusionPending, Literal(True), DefaultGraph())
_PENDING_PATTERN = f"{EVENTS_GRAPH} rg:fusionPending ?pending"

_PAIR_RECORD = f"GRAPH {PAIRS_GRAPH} {{ ?p rg:pairRecord ?r }}"

_COUNTS = f"""
SELECT * WHERE {{
  {{ SELECT (COUNT(*) AS ?articles) WHERE {{ GRAPH ?g {{ ?a a rg:Article }} }} }}
  {{ SELECT (COUNT(*) AS ?mentions) WHERE {{ GRAPH ?g {{ ?m a rg:Mention }} }} }}
  {{ SELECT (COUNT(*) AS ?events) WHERE {{ GRAPH <{EVENTS_GRAPH.value}> {{ ?e a rg:DiplomaticEvent }} }} }}
  {{ SELECT (COUNT(*) AS ?states) WHERE {{ GRAPH <{STATES_GRAPH.value}> {{ ?s a rg:State }} }} }}
}}"""


class Repository:
    """Articles, mentions, events and states in a :class:`~relgraph.rdf.store.Store`.

    ``states`` fills the states graph the first time something is ingested into a store
    that has none; by default, the gazetteer's (``Gazetteer.default()``).
    """

    def __init__(self, store: Store, states: Iterable[State] | None = None) -> None:
        self.store = store
        self._states = states
        self._states_checked = False
        self._pairs_checked = False
        self._layout_checked = False
        self._fusion_checked = False
        #: Articles' sources and publication dates, as the mention records read last held them (cleared by writes).
        self._sources: dict[str, ArticleSource] = {}

    # -- writing ------------------------------------------------------------------------------------------

    def ingest(self, article: Article, mentions: Sequence[Mention], digest: str) -> IngestResult:
        """Atomically replace the article's graph with these mentions and re-fuse the keys they touch.

        Idempotent: when ``digest`` (of the text and the extractor versions) is the one stored,
        nothing is written.
        """
        self._before_writing()
        stray = [m.article for m in mentions if m.article != article.id]
        if stray:
            raise MentionError(f"mention of article {stray[0]!r} ingested with article {article.id!r}")
        stored_digest, old_keys = self._stored(article.id)
        if stored_digest == digest:
            return IngestResult(article.id, False, len(mentions), 0, 0)
        self.write_states()
        unique = list(dict.fromkeys(mentions))
        keys = old_keys | {fusion_key(m) for m in unique}
        quads = mapping.article_quads(article, unique, digest)
        events = self._rewrite(article.id, quads, unique, keys, article.published, new=stored_digest is None)
        return IngestResult(article.id, True, len(unique), len(keys), events, stored_digest is not None)

    def retract(self, article_id: str) -> bool:
        """Drop an article and re-derive the events its mentions supported; False if it was not stored.

        An event left without mentions disappears; one that other articles support keeps them,
        and the best date among them.
        """
        self._before_writing()
        stored_digest, keys = self._stored(article_id)
        if stored_digest is None:
            return False
        self._rewrite(article_id, [], [], keys)
        return True

    def load_shards(self, shards: Iterable[Path]) -> int:
        """Bulk-load articles' graphs from N-Quads files (:func:`relgraph.parallel.shard_batch`) into a store that
        holds no article yet, then fuse every mention once (:meth:`finish_fusion`); returns how many events.

        The store's bulk loader is fast and not atomic: a mark, removed by the fusion, makes the next writer
        (:meth:`ingest`, :meth:`retract`) fuse again if the load or the fusion was stopped.
        """
        if self.store.query("ASK { GRAPH ?g { ?a a rg:Article } }").boolean:
            raise StoreError("shards are loaded into a store that holds no article yet")
        self.write_states()
        self.store.update(insert_data([_PENDING]))
        for shard in shards:
            self.store.load(shard, "nq")
        return self.finish_fusion()

    def finish_fusion(self, *, always: bool = True) -> int:
        """Fuse every stored mention (read from their records) and write the events graph and the pairs graph
        whole, bulk-loaded; then remove the mark of a pending fusion. Returns how many events there are.
        ``always=False``: only when that mark is there (a bulk load was stopped), else nothing (returns 0)."""
        if not always and not self.store.query(f"ASK {{ {_PENDING_PATTERN} }}").boolean:
            return 0
        rows = self.store.query("SELECT ?r WHERE { GRAPH ?g { ?m a rg:Mention ; rg:record ?r } }")
        published = {a.id: a.published for a in self.articles()}  # an undated event's bound
        events = [e.bounded_by(published) for e in fuse(mapping.mention_from_record(str(row["r"])) for row in rows)]
        self.store.drop_graph(EVENTS_GRAPH)
        self.store.drop_graph(PAIRS_GRAPH)
        quads = [q for e in events for q in mapping.event_quads(e)] + mapping.pairs_quads(events)
        if quads:
            self.store.load(ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"", "nq")
        self.store.update(f"DELETE WHERE {{ {_PENDING_PATTERN} }}")
        return len(events)

    def write_states(self, states: Iterable[State] | None = None) -> int:
        """Write the states graph unless the store has one already; returns how many states were written."""
        if self._states_checked and states is None:
            return 0
        self._states_checked = True
        if self.store.query(f"ASK {{ GRAPH <{STATES_GRAPH.value}> {{ ?s ?p ?o }} }}").boolean:
            return 0
        if states is None:
            states = self._states if self._states is not None else _default_states()
        quads = mapping.state_quads(states)
        self.store.replace_graph(STATES_GRAPH, quads)
        return sum(1 for q in quads if q.predicate == vocab.Terms.notation)

    def _stored(self, article_id: str) -> tuple[str | None, set[str]]:
        """The stored digest of an article (None: not stored) and its mentions' fusion keys."""
        rows = self.store.query(
            "SELECT ?g ?digest ?key WHERE { GRAPH ?g { ?a rg:textDigest ?digest OPTIONAL { ?m rg:fusionKey ?key } } }",
            {"g": vocab.article_graph(article_id)},
        ).rows
        digest = rows[0]["digest"] if rows else None
        return (None if digest is None else str(digest)), {str(r["key"]) for r in rows if r["key"] is not None}

    def _rewrite(
        self,
        article_id: str,
        quads: Sequence[Quad],
        mentions: Sequence[Mention],
        keys: set[str],
        published: date | None = None,
        *,
        new: bool = False,
    ) -> int:
        """Replace the article's graph with ``quads`` and update the events of ``keys``, in one update.

        ``published`` is the article's publication date: each undated event is bounded by its articles'
        (:meth:`Event.bounded_by`).

        ``new``: the article had no mentions stored, so ``mentions`` only add to the keys. Then each key
        whose new mentions all join a stored event, or all found one new event beside the others
        (:func:`relgraph.fusion.settle`), or that has no event yet, is updated from the events' records
        alone: the events that gain mentions get their own triples rewritten (every one but the
        ``rg:mention`` links) and a link for each new mention; a new event is written whole. Every other
        key is re-fused from its stored mentions (read from their records), the article's own left out,
        and the events that differ are rewritten whole (deleted by IRI, every triple of theirs, then
        inserted). Returns how many events the keys now make.
        """
        by_key: defaultdict[str, list[Mention]] = defaultdict(list)
        for m in mentions:
            by_key[fusion_key(m)].append(m)
        stored: defaultdict[str, list[tuple[Event, Tally]]] = defaultdict(list)
        if new and keys:  # most articles of a news stream report no event: nothing to read
            for event, tally in self._stored_events(keys):
                stored[fusion_key(event)].append((event, tally))
        grown: list[tuple[Event, Tally, list[Mention]]] = []  # events gaining mentions, from their records
        fresh: list[Event] = []  # events written whole
        refuse: set[str] = set()
        for key in sorted(keys):
            events = stored.get(key, [])
            added = by_key.get(key, [])
            if not new:
                refuse.add(key)
            elif not events:
                fresh += self._bounded(fuse(added), article_id, published)
            else:
                places = [settle(events, m) for m in added]
                if all(p is not None and p < len(events) for p in places):
                    gaining: dict[int, list[Mention]] = defaultdict(list)
                    for m, p in zip(added, places, strict=True):
                        gaining[p].append(m)  # type: ignore[index]
                    grown += [(*events[i], joined) for i, joined in gaining.items()]
                elif set(places) == {len(events)} and len({m.date for m in added}) == 1:
                    # one new event beside the others, which stay as they are
                    fresh += self._bounded(fuse(added), article_id, published)
                else:
                    refuse.add(key)
        stale: list[NamedNode] = []
        gone: list[Event] = [event for event, _, _ in grown]  # what the pairs' totals lose and gain
        count = sum(len(events) for key, events in stored.items() if key not in refuse) + len(fresh)
        if refuse:
            query = _WITH_MENTIONS.format(
                where=f"{values_clause('key', sorted(refuse))} GRAPH {EVENTS_GRAPH} {{ ?s rg:fusionKey ?key ; "
                "rg:record ?record ;"
            )
            before = set(_events(self.store.query(query)))
            kept = [m for event in before for m in event.mentions if m.article != article_id]
            after = self._bounded(
                fuse([*kept, *(m for key in refuse for m in by_key.get(key, []))]), article_id, published
            )
            stale += [vocab.event_iri(e.id) for e in before.difference(after)]
            gone += before.difference(after)
            fresh += [e for e in after if e not in before]
            count += len(after)
        operations = [f"DROP SILENT GRAPH {vocab.article_graph(article_id)}"]
        if stale:
            operations.append(
                f"DELETE {{ GRAPH {EVENTS_GRAPH} {{ ?e ?p ?o }} }} "
                f"WHERE {{ {values_clause('e', sorted(stale, key=str))} GRAPH {EVENTS_GRAPH} {{ ?e ?p ?o }} }}"
            )
        if grown:  # the events' own triples, as their records say they were written: no pattern to match
            old = [q for event, tally, _ in grown for q in mapping.event_node_quads(event, tally)]
            operations.append(_delete_data(old))
        written = [q for e in fresh for q in mapping.event_quads(e)]
        came = list(fresh)
        for event, tally, joined in grown:
            now = tally.add(joined)
            grew = now.event(fusion_key(event))
            days = [d for d in (event.bound, published) if d is not None]  # the stored bound holds the others'
            came.append(replace(grew, bound=min(days)) if grew.date is None and days else grew)
            written += mapping.event_node_quads(came[-1], now)
            written += mapping.event_link_quads(event.id, joined)
        written += self._pair_update(gone, came, operations)
        operations.append(insert_data([*quads, *written]))
        self._sources.clear()
        self.store.update(" ;\n".join(operations))
        return count

    def _pair_update(self, gone: Sequence[Event], came: Sequence[Event], operations: list[str]) -> list[Quad]:
        """The new records of the pairs of states whose totals these events change (appending to ``operations``
        the deletion of their old records): from the stored totals, or, where a pair lost its first or last
        event of a type, from the pair's stored events, ``gone`` removed and ``came`` added."""
        self._check_pairs()
        removed, added = pairs.changes(gone, came)
        touched = sorted({p for e in (*removed, *added) for p in pairs.linked(e)})
        if not touched:
            return []
        chosen = values_clause("p", [vocab.pair_iri(*p) for p in touched])
        records = [str(row["r"]) for row in self.store.query(f"SELECT ?r WHERE {{ {chosen} {_PAIR_RECORD} }}")]
        parsed = [mapping.pair_totals_from_record(record) for record in records]
        stored = dict(parsed)
        written: list[Quad] = []
        for pair in touched:
            found, unknown = pairs.updated(stored.get(pair, {}), pair, removed, added)
            if unknown:  # only the pair's events can say which is first or last now
                ids = {e.id for e in removed}
                outlines = [o for o in self.outlines(pair) if o.id not in ids and o.type in unknown]
                recounted = pairs.totals([*outlines, *(e for e in added if e.type in unknown)]).get(pair, {})
                found = {k: t for k, t in found.items() if k not in unknown} | recounted
                found = dict(sorted(found.items(), key=lambda item: item[0].slug))
            written += mapping.pair_quads(pair, found)
        old = [Quad(vocab.pair_iri(*pair), vocab.Terms.pairRecord, Literal(record, datatype=vocab.Terms.rdf_JSON),
                    PAIRS_GRAPH) for (pair, _), record in zip(parsed, records, strict=True)]  # fmt: skip
        if old:  # the records as read: deleted as data, no pattern to match
            operations.append(_delete_data(old))
        return written

    def _pair_totals(self, iris: Sequence[NamedNode] | None = None) -> dict[Pair, dict[EventType, Totals]]:
        chosen = "" if iris is None else values_clause("p", iris)
        rows = self.store.query(f"SELECT ?r WHERE {{ {chosen} {_PAIR_RECORD} }}")
        return dict(mapping.pair_totals_from_record(str(row["r"])) for row in rows)

    def _check_pairs(self) -> None:
        """Write the pairs graph whole from the events' outlines if the store has events and no pairs graph (a
        store written before it was kept), once per repository."""
        if self._pairs_checked:
            return
        self._pairs_checked = True
        if self.store.query(f"ASK {{ GRAPH {PAIRS_GRAPH} {{ ?p ?x ?o }} }}").boolean:
            return
        if not self.store.query(f"ASK {{ GRAPH {EVENTS_GRAPH} {{ ?e rg:outline ?o }} }}").boolean:
            return
        self.store.replace_graph(PAIRS_GRAPH, mapping.pairs_quads(self.outlines()))

    def pair_counts(self, types: Sequence[EventType] = ()) -> dict[Pair, int]:
        """How many events (of ``types``; none: of any) link each pair of states (codes in order): the weights of
        the graph of states, one record a pair whatever the number of events (:meth:`pair_totals` without the
        first and last). Pairs with none are left out."""
        rows = self.store.query(f"SELECT ?r WHERE {{ {_PAIR_RECORD} }}")
        found = dict(mapping.pair_counts_from_record(str(row["r"]), types) for row in rows)
        if found or not self.store.query(f"ASK {{ GRAPH {EVENTS_GRAPH} {{ ?e rg:outline ?o }} }}").boolean:
            return {pair: n for pair, n in found.items() if n}
        return pairs.counts(pairs.totals(self.outlines()), types)

    def pair_totals(self) -> dict[Pair, dict[EventType, Totals]]:
        """Every linked pair of states (codes in order) with its totals per type (:mod:`relgraph.pairs`): one
        record a pair, whatever the number of events. Computed from the outlines in a store written before
        the pairs graph was kept."""
        found = self._pair_totals()
        if found or not self.store.query(f"ASK {{ GRAPH {EVENTS_GRAPH} {{ ?e rg:outline ?o }} }}").boolean:
            return found
        return pairs.totals(self.outlines())

    def _before_writing(self) -> None:
        """What a writer checks first, once per repository (one writer at a time): the layout, and a bulk load
        whose fusion was stopped (finished here)."""
        self._check_layout()
        if not self._fusion_checked:
            self.finish_fusion(always=False)
            self._fusion_checked = True

    def _check_layout(self) -> None:
        """:class:`StoreError` for a store whose events' records hold their mentions (written before mentions had
        records of their own): its events would read back without them. One record looked at, once."""
        if self._layout_checked:
            return
        rows = self.store.query(f"SELECT ?r WHERE {{ GRAPH {EVENTS_GRAPH} {{ ?e rg:record ?r }} }} LIMIT 1").rows
        if rows and '"dates":' not in str(rows[0]["r"]):
            raise StoreError(
                "the store was written by an earlier relgraph, whose events' records held their "
                "mentions: ingest its articles into a new store"
            )
        self._layout_checked = True

    def _stored_events(self, keys: Iterable[str]) -> list[tuple[Event, Tally]]:
        """The stored events of these fusion keys, without their mentions, and the tallies of their mentions."""
        query = _EVENTS_BY_KEY.format(keys=values_clause("key", sorted(keys)), events=EVENTS_GRAPH)
        return [mapping.event_from_record(str(row["record"])) for row in self.store.query(query)]

    def _bounded(self, events: list[Event], article_id: str, published: date | None) -> list[Event]:
        """``events``, the undated ones with their bounds: the other articles' dates read from their records
        (only where an undated event has other articles), the article's own as it is being written."""
        others = {a for e in events if e.date is None for a in e.articles if a != article_id}
        days = {a.id: a.published for a in self.articles(others)} if others else {}
        days[article_id] = published
        return [e.bounded_by(days) for e in events]

    # -- reading ------------------------------------------------------------------------------------------

    def events(
        self,
        states: Sequence[str] = (),
        types: Sequence[EventType | str] = (),
        since: date | None = None,
        until: date | None = None,
        *,
        undated: bool = False,
    ) -> list[Event]:
        """Events involving all of ``states`` (codes; one state, or a pair via ``rg:pairKey``), of these
        ``types``, whose dates meet [``since``, ``until``] (on ``rg:earliest``/``rg:latest``; undated
        events only when neither is given), in chronological order (undated last), with their mentions.
        ``undated`` keeps only the undated ones.

        One query, which reads one record per event. The articles' metadata (source, publication date)
        comes from :meth:`articles`.
        """
        return self.events_among([states], types, since, until, undated=undated)

    def events_among(
        self,
        combos: Sequence[Sequence[str]],
        types: Sequence[EventType | str] = (),
        since: date | None = None,
        until: date | None = None,
        *,
        undated: bool = False,
    ) -> list[Event]:
        """The events of any of ``combos``, each selected as :meth:`events` selects those of its ``states``, each
        event once, in chronological order: a state or a pair with its lineage (Qatar with Russia is QA-RU
        and QA-SU). One query when the combos are all single states or all pairs (a ``VALUES`` of states or of
        pair keys, from which the index lookups start: the pair's own events, however large the store);
        otherwise one a combo."""
        groups = [list(dict.fromkeys(c)) for c in combos]
        chosen = _chosen(groups)
        if chosen is None:
            found = {e.id: e for g in groups for e in self.events_among([g], types, since, until, undated=undated)}
            return sorted(found.values(), key=event_order)
        selection = [chosen] if chosen else []
        if types:
            classes = (vocab.event_class(t if isinstance(t, EventType) else EventType.from_slug(t)) for t in types)
            selection.append(f"?s a ?class FILTER(?class IN ({', '.join(map(str, classes))}))")
        if since is not None:
            selection.append(f"?s rg:latest ?latest FILTER(?latest >= {_literal(since)})")
        if until is not None:
            selection.append(f"?s rg:earliest ?earliest FILTER(?earliest <= {_literal(until)})")
        if undated:
            selection.append("FILTER NOT EXISTS { ?s rg:earliest ?dated }")
        self._check_layout()
        where = f"GRAPH {EVENTS_GRAPH} {{ " + "\n    ".join([*selection, "?s rg:record ?record ;"])
        if chosen and len(selection) > 1:
            # the pair's (or the state's) events first, then their classes and dates, in a subquery: as joins at
            # the top, Oxigraph scans every event of the classes first (1.3 s for one pair at 20k events), and
            # every dated event for a date (minutes for one pair at 100k events); a class as a FILTER EXISTS is
            # checked on each row of a mention (twice the time of the subquery)
            where = (f"{{ SELECT DISTINCT ?s WHERE {{ GRAPH {EVENTS_GRAPH} {{ {' '.join(selection)} }} }} }} "
                     f"GRAPH {EVENTS_GRAPH} {{ ?s rg:record ?record ;")  # fmt: skip
        return _events(self.store.query(_WITH_MENTIONS.format(where=where)), self._sources)

    def outlines(self, states: Sequence[str] = ()) -> list[EventOutline]:
        """Every stored event without its mentions (of one state, or of a pair: as :meth:`events` selects
        them), in :func:`~relgraph.keys.event_order`.

        One short ``rg:outline`` literal an event, where :meth:`events` reads each record with its
        quotes: what the graph commands need, at a fraction of the cost on a large store.
        """
        codes = list(dict.fromkeys(states))
        selection = [f"?s rg:actor {vocab.state_iri(codes[0])} ."] if len(codes) == 1 else []
        selection += [f"?s rg:pairKey {_literal(key)} ." for key in pair_keys(codes)]
        where = " ".join([*selection, "?s rg:outline ?outline"])
        rows = self.store.query(f"SELECT ?outline WHERE {{ GRAPH {EVENTS_GRAPH} {{ {where} }} }}")
        return sorted((mapping.outline_from_json(str(row["outline"])) for row in rows), key=event_order)

    def event(self, event_id: str) -> Event:
        """One event by its id, its IRI, or the start of its id (at least 4 hex digits, as git takes a commit's).

        :class:`~relgraph.errors.UnknownEventError` if there is none, or more than one with that start.
        """
        self._check_layout()
        local = event_id.strip().removeprefix(vocab.event_iri("").value).lower()
        found = self._events_by_iri([vocab.event_iri(local)])
        if not found and _HEX_START.fullmatch(local):
            query = _EVENTS_STARTING.format(events=EVENTS_GRAPH, start=vocab.event_iri(local).value)
            starting = list(self.store.query(query))
            if len(starting) > 1:
                raise UnknownEventError(event_id, [str(row["s"]).rsplit("/", 1)[-1] for row in starting])
            found = self._events_by_iri([NamedNode(str(row["s"])) for row in starting])
        if not found:
            raise UnknownEventError(event_id)
        return found[0]

    def _events_by_iri(self, iris: Sequence[NamedNode]) -> list[Event]:
        where = f"{values_clause('s', iris)} GRAPH {EVENTS_GRAPH} {{ ?s rg:record ?record ;"
        return _events(self.store.query(_WITH_MENTIONS.format(where=where)), self._sources)

    def _records(self, subjects: Sequence[NamedNode]) -> list[dict[str, Value]]:
        """The records of these subjects, a chunk of subjects at a time."""
        rows: list[dict[str, Value]] = []
        for start in range(0, len(subjects), _CHUNK):
            rows += self.store.query(_RECORDS.format(subjects=values_clause("s", subjects[start : start + _CHUNK])))
        return rows

    def articles(self, ids: Iterable[str] | None = None) -> list[ArticleRecord]:
        """The stored articles (all, or those with these ids), by id."""
        if ids is None:
            rows = list(self.store.query("SELECT ?record WHERE { GRAPH ?g { ?s a rg:Article ; rg:record ?record } }"))
        else:
            rows = self._records([vocab.article_iri(i) for i in dict.fromkeys(ids)])
        return sorted((mapping.article_from_record(str(row["record"])) for row in rows), key=lambda a: a.id)

    def article_sources(self, ids: Iterable[str]) -> dict[str, ArticleSource]:
        """The source and publication date (ISO) of these articles, by id (an article not stored is left out):
        as the records of the mentions read last hold them, else (a store written before they did, or
        mentions not read) from the articles' records."""
        wanted = set(ids)
        found = {i: self._sources[i] for i in wanted if i in self._sources}
        missing = wanted.difference(found)
        if missing:
            found |= {a.id: (a.source, None if a.published is None else a.published.isoformat())
                      for a in self.articles(missing)}  # fmt: skip
        return found

    def states(self) -> list[State]:
        """The states graph read back (names, codes, Wikidata, validity, lineage), by code."""
        query = f"SELECT ?s ?p ?o (LANG(?o) AS ?lang) WHERE {{ GRAPH {STATES_GRAPH} {{ ?s ?p ?o }} }}"
        return mapping.states_from_nodes(mapping.nodes(self.store.query(query)))

    def undated_events(self, states: Sequence[str] = (), types: Sequence[EventType | str] = ()) -> list[Event]:
        """The undated events among ``states`` (as :meth:`events` selects them) of these ``types``.

        What a date filter adds back: an undated event is bounded by its articles' publication dates
        (:func:`relgraph.status.bounded`), and may fall in the range.
        """
        return self.events(states, types, undated=True)

    def undated_bounds(self) -> dict[str, date]:
        """Each undated event's bound, by id: the earliest publication date of the articles reporting it.

        Read from the undated events' records, which hold it (``rg:latest``) since ingest stores it, and for
        events stored before, from their articles' (a join of every mention with its article in SPARQL took
        minutes at 2,000 articles).
        """
        undated = self.events(undated=True)
        unbounded = {a for e in undated if e.bound is None for a in e.articles}  # events stored before bounds were
        published = {a.id: a.published for a in self.articles(unbounded)} if unbounded else {}
        found: dict[str, date] = {}
        for event in undated:
            bound = event.bound if event.bound is not None else event.bounded_by(published).bound
            if bound is not None:
                found[event.id] = bound
        return found

    def article_languages(self) -> dict[str, int]:
        """How many stored articles each language has (``""``: none given)."""
        query = (
            "SELECT ?lang (COUNT(?a) AS ?n) WHERE { GRAPH ?g { ?a a rg:Article "
            "OPTIONAL { ?a dcterms:language ?lang } } } GROUP BY ?lang"
        )
        return {str(row["lang"] or ""): int(row["n"] or 0) for row in self.store.query(query)}

    def events_by_type_and_language(self) -> dict[str, dict[str, int]]:
        """Events per type (slug) and language of the articles reporting them (an event in both counts in both)."""
        query = f"""SELECT ?class ?lang (COUNT(DISTINCT ?e) AS ?n) WHERE {{
          GRAPH {EVENTS_GRAPH} {{ ?e a ?class ; rg:mention ?m FILTER(?class != rg:DiplomaticEvent) }}
          GRAPH ?g {{ ?m prov:wasDerivedFrom ?a OPTIONAL {{ ?a dcterms:language ?lang }} }}
        }} GROUP BY ?class ?lang"""
        found: dict[str, dict[str, int]] = {}
        for row in self.store.query(query):
            slug = vocab.event_type_of_class(str(row["class"])).slug
            found.setdefault(slug, {})[str(row["lang"] or "")] = int(row["n"] or 0)
        return {t.slug: found[t.slug] for t in EventType if t.slug in found}

    def date_range(self) -> tuple[str | None, str | None, int]:
        """The earliest and latest days of the dated events, and how many events are undated."""
        query = f"""SELECT (MIN(?earliest) AS ?first) (MAX(?latest) AS ?last) WHERE {{
          GRAPH {EVENTS_GRAPH} {{ ?e rg:earliest ?earliest ; rg:latest ?latest }} }}"""
        row = self.store.query(query).rows[0]
        undated = self.store.query(f"""SELECT (COUNT(?e) AS ?n) WHERE {{ GRAPH {EVENTS_GRAPH} {{
          ?e rg:outline ?o FILTER NOT EXISTS {{ ?e rg:earliest ?earliest }} }} }}""").rows[0]["n"]
        first, last = row["first"], row["last"]
        return (None if first is None else str(first)), (None if last is None else str(last)), int(undated or 0)

    def counts(self) -> Counts:
        """How many articles, mentions, events, states and quads the store holds."""
        row = self.store.query(_COUNTS).rows[0]
        return Counts(**{k: int(v or 0) for k, v in row.items()}, quads=self.store.count())


def _delete_data(quads: Iterable[Quad]) -> str:
    """One ``DELETE DATA`` operation removing exactly ``quads`` (terms escaped as :func:`insert_data` does)."""
    return "DELETE DATA" + insert_data(quads).removeprefix("INSERT DATA")


def _literal(value: str | date) -> str:
    return str(term(value))


def _events(rows: Iterable[dict[str, Value]], sources: dict[str, ArticleSource] | None = None) -> list[Event]:
    """The events whose records are in ``rows`` (``record``, and ``mention``: one row a mention), each once, with
    their mentions (each once), in :func:`~relgraph.keys.event_order`; ``sources`` gains each article's source
    and publication date that the mentions' records hold.

    Each record is parsed once, without its tally (:func:`~relgraph.rdf.mapping.event_of_record`), and each
    mention's record once, however many rows repeat them."""
    records: dict[str, dict[str, None]] = {}
    for row in rows:
        records.setdefault(str(row["record"]), {})[str(row["mention"])] = None
    found = []
    for record, texts in records.items():
        mentions = []
        for text in texts:
            mention, source = mapping.mention_source_from_record(text)
            mentions.append(mention)
            if source is not None and sources is not None:
                sources[mention.article] = source
        found.append(mapping.event_of_record(record, mentions))
    return sorted(found, key=event_order)


def _chosen(groups: Sequence[Sequence[str]]) -> str | None:
    """The pattern that selects the events of any of ``groups`` (distinct codes each; one empty group: every
    event), or None when one pattern cannot (groups of different sizes, or several of more than two states)."""
    sizes = {len(g) for g in groups}
    if len(groups) == 1 and sizes != {1}:  # every event, a pair, or all the pairs of three or more states
        return " ".join(f"?s rg:pairKey {_literal(key)} ." for key in pair_keys(groups[0]))
    if sizes == {1}:
        iris = sorted({vocab.state_iri(g[0]) for g in groups}, key=str)
        return f"?s rg:actor {iris[0]} ." if len(iris) == 1 else f"{values_clause('state', iris)} ?s rg:actor ?state ."
    if sizes == {2}:
        keys = sorted({key for g in groups for key in pair_keys(g)})
        return f"?s rg:pairKey {_literal(keys[0])} ." if len(keys) == 1 else (
            f"{values_clause('key', keys)} ?s rg:pairKey ?key ."
        )  # fmt: skip
    return None


def _default_states() -> Iterable[State]:
    from relgraph.gazetteer import Gazetteer  # imported when first needed: it loads data files

    return Gazetteer.default()
