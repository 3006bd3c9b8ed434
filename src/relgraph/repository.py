"""The layer the API uses: articles in, events out, fusion kept up to date.

:class:`Repository` is the only writer of the events graph. Ingesting an
article replaces its named graph and re-fuses only the fusion keys it touches
(its old and new mentions' keys): it reads the mentions that share those keys,
never all of them, so ingest does not grow with the size of the store. Each
ingest or retraction is one SPARQL update, hence atomic: a reader sees the
article and the events derived from it together, or neither.

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

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from importlib import import_module

from pyoxigraph import NamedNode, Quad

from relgraph.errors import MentionError, UnknownEventError
from relgraph.fusion import event_order, fuse, fusion_key, pair_keys
from relgraph.model import Article, Event, EventType, Mention, State
from relgraph.rdf import mapping, vocab
from relgraph.rdf.store import Store, insert_data, term, values_clause
from relgraph.rdf.vocab import EVENTS_GRAPH, STATES_GRAPH

__all__ = ["ArticleRecord", "Counts", "IngestResult", "Repository"]


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What one ingest did: ``changed`` is False when the digest was already stored (nothing written)."""

    article: str
    changed: bool
    mentions: int
    fusion_keys: int
    events: int


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """An ingested article's metadata, as stored (its text is not stored)."""

    id: str
    source: str | None
    published: date | None
    lang: str | None
    digest: str
    mentions: int


@dataclass(frozen=True, slots=True)
class Counts:
    articles: int
    mentions: int
    events: int
    states: int
    quads: int


_MENTIONS_BY_KEY = """
SELECT * WHERE {{
  {keys}
  GRAPH ?g {{ ?m rg:fusionKey ?key . {pattern} }}
  FILTER(?g NOT IN ({excluded}))
}}"""

_EVENTS = """
SELECT * WHERE {{
  GRAPH <{events}> {{
    {selection}
    {pattern}
    ?e rg:mention ?m .
  }}
  GRAPH ?g {{ {mention} }}
}}"""

_ARTICLES = """
SELECT ?id ?source ?issued ?lang ?digest (COUNT(?m) AS ?mentions) WHERE {{
  {graphs}
  GRAPH ?g {{
    ?a a rg:Article ; dcterms:identifier ?id ; rg:textDigest ?digest .
    OPTIONAL {{ ?a dcterms:source ?source }}
    OPTIONAL {{ ?a dcterms:issued ?issued }}
    OPTIONAL {{ ?a dcterms:language ?lang }}
    OPTIONAL {{ ?m prov:wasDerivedFrom ?a }}
  }}
}} GROUP BY ?id ?source ?issued ?lang ?digest ORDER BY ?id"""

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

    # -- writing ------------------------------------------------------------------------------------------

    def ingest(self, article: Article, mentions: Sequence[Mention], digest: str) -> IngestResult:
        """Atomically replace the article's graph with these mentions and re-fuse the keys they touch.

        Idempotent: when ``digest`` (of the text and the extractor versions) is the one stored,
        nothing is written.
        """
        stray = [m.article for m in mentions if m.article != article.id]
        if stray:
            raise MentionError(f"mention of article {stray[0]!r} ingested with article {article.id!r}")
        stored_digest, old_keys = self._stored(article.id)
        if stored_digest == digest:
            return IngestResult(article.id, False, len(mentions), 0, 0)
        self.write_states()
        unique = list(dict.fromkeys(mentions))
        keys = old_keys | {fusion_key(m) for m in unique}
        events = self._rewrite(article.id, mapping.article_quads(article, unique, digest), unique, keys)
        return IngestResult(article.id, True, len(unique), len(keys), events)

    def retract(self, article_id: str) -> bool:
        """Drop an article and re-derive the events its mentions supported; False if it was not stored.

        An event left without mentions disappears; one that other articles support keeps them,
        and the best date among them.
        """
        stored_digest, keys = self._stored(article_id)
        if stored_digest is None:
            return False
        self._rewrite(article_id, [], [], keys)
        return True

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

    def _rewrite(self, article_id: str, quads: Sequence[Quad], mentions: Sequence[Mention], keys: set[str]) -> int:
        """Replace the article's graph with ``quads`` and the events of ``keys``, in one update."""
        graph = vocab.article_graph(article_id)
        events = fuse([*self._mentions(keys, excluding=graph), *mentions]) if keys else []
        operations = [f"DROP SILENT GRAPH {graph}"]
        if keys:
            operations.append(
                f"DELETE {{ GRAPH {EVENTS_GRAPH} {{ ?e ?p ?o }} }} WHERE {{ {values_clause('k', sorted(keys))} "
                f"GRAPH {EVENTS_GRAPH} {{ ?e rg:fusionKey ?k ; ?p ?o }} }}"
            )
        operations.append(insert_data([*quads, *(q for e in events for q in mapping.event_quads(e))]))
        self.store.update(" ;\n".join(operations))
        return len(events)

    def _mentions(self, keys: Iterable[str], excluding: NamedNode) -> list[Mention]:
        """Every stored mention with one of these fusion keys, outside the graph ``excluding``."""
        query = _MENTIONS_BY_KEY.format(
            keys=values_clause("key", sorted(keys)), pattern=mapping.MENTION_PATTERN, excluded=excluding
        )
        return [mapping.mention_from_row(row) for row in self.store.query(query)]

    # -- reading ------------------------------------------------------------------------------------------

    def events(
        self,
        states: Sequence[str] = (),
        types: Sequence[EventType | str] = (),
        since: date | None = None,
        until: date | None = None,
    ) -> list[Event]:
        """Events involving all of ``states`` (codes; one state, or a pair via ``rg:pairKey``), of these
        ``types``, whose dates meet [``since``, ``until``] (on ``rg:earliest``/``rg:latest``; undated
        events only when neither is given), in chronological order (undated last), with their mentions.

        The articles' metadata (source, publication date) comes from :meth:`articles`.
        """
        selection = []
        if len(states) == 1:
            selection.append(f"?e rg:actor {vocab.state_iri(states[0])} .")
        elif states:
            selection += [f"?e rg:pairKey {_literal(key)} ." for key in pair_keys(states)]
        if types:
            classes = (vocab.event_class(t if isinstance(t, EventType) else EventType.from_slug(t)) for t in types)
            selection.append(values_clause("e_class", classes))
        if since is not None:
            selection.append(f"?e rg:latest ?since_latest FILTER(?since_latest >= {_literal(since)})")
        if until is not None:
            selection.append(f"?e rg:earliest ?until_earliest FILTER(?until_earliest <= {_literal(until)})")
        return self._events("\n    ".join(selection))

    def event(self, event_id: str) -> Event:
        """One event by its id (or its IRI); :class:`~relgraph.errors.UnknownEventError` if there is none."""
        local = event_id.removeprefix(vocab.event_iri("").value)
        found = self._events(values_clause("e", [vocab.event_iri(local)]))
        if not found:
            raise UnknownEventError(event_id)
        return found[0]

    def _events(self, selection: str) -> list[Event]:
        query = _EVENTS.format(
            events=EVENTS_GRAPH.value, selection=selection, pattern=mapping.EVENT_PATTERN,
            mention=mapping.MENTION_PATTERN,
        )  # fmt: skip
        return sorted(mapping.events_from_rows(self.store.query(query)), key=event_order)

    def articles(self, ids: Iterable[str] | None = None) -> list[ArticleRecord]:
        """The stored articles (all, or those with these ids), by id."""
        graphs = "" if ids is None else values_clause("g", [vocab.article_graph(i) for i in ids])
        return [
            ArticleRecord(
                id=str(r["id"]),
                source=None if r["source"] is None else str(r["source"]),
                published=None if r["issued"] is None else date.fromisoformat(str(r["issued"])),
                lang=None if r["lang"] is None else str(r["lang"]),
                digest=str(r["digest"]),
                mentions=int(r["mentions"] or 0),
            )
            for r in self.store.query(_ARTICLES.format(graphs=graphs))
        ]

    def states(self) -> list[State]:
        """The states graph read back (names, codes, Wikidata, validity, lineage), by code."""
        return mapping.states_from_rows(self.store.query(mapping.STATE_QUERY))

    def counts(self) -> Counts:
        """How many articles, mentions, events, states and quads the store holds."""
        row = self.store.query(_COUNTS).rows[0]
        return Counts(**{k: int(v or 0) for k, v in row.items()}, quads=self.store.count())


def _literal(value: str | date) -> str:
    return str(term(value))


def _default_states() -> Iterable[State]:
    gazetteer = import_module("relgraph.gazetteer")  # imported when first needed: it loads data files
    states: Iterable[State] = gazetteer.Gazetteer.default()
    return states
