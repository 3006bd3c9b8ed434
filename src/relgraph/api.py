"""relgraph's public verbs: one function per CLI command, usable from Python alike.

>>> from relgraph import api
>>> sample = api.sample_path()
>>> found = [m for item in api.extract([sample]) if isinstance(item, api.Extracted) for m in item.mentions]
>>> sorted({m.type.slug for m in found})[:3]
['embassy_opened', 'mediation', 'meeting']

Each verb takes plain values and returns frozen values; stores are opened and
closed by the verb itself (``store`` is a directory, a SPARQL endpoint URL, or
``None`` for ``$RELGRAPH_STORE`` or else the user's data directory). Heavy
libraries (rdflib, networkx, pyvis) are imported inside the verbs that need
them, so importing this module stays cheap.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple, TextIO

from relgraph.articles import DEFAULT_MAX_BYTES, Skipped, read_articles
from relgraph.errors import RelgraphError, StoreError
from relgraph.keys import digest
from relgraph.model import Event, EventOutline, EventType, SourceRef
from relgraph.parallel import Explained, Extracted, explain_article, extract_article
from relgraph.store_access import default_store_path, existing, is_server, location, open_store, own_files, store_lock
from relgraph.text.detect import detect_language
from relgraph.timeline import TimelineRow

if TYPE_CHECKING:
    from relgraph.evaluation import EvalReport
    from relgraph.gazetteer import Gazetteer
    from relgraph.graph import Centrality, Community, Link
    from relgraph.rdf.mapping import ArticleRecord
    from relgraph.rdf.store import QueryResult, Store
    from relgraph.repository import Repository
    from relgraph.status import Period, StatusLine
    from relgraph.summary import QuoteMatch, StateSummary, Stats

__all__ = [
    "DemoResult",
    "Explained",
    "Extracted",
    "IngestReport",
    "Provenance",
    "SourceRef",
    "TimelineRow",
    "WatchReport",
    "central",
    "communities",
    "default_store_path",
    "demo",
    "evaluate",
    "events_frame",
    "events_table",
    "export",
    "extract",
    "extract_article",
    "history",
    "ingest",
    "neighbors",
    "path",
    "provenance",
    "resolve_state",
    "retract",
    "sample_path",
    "search",
    "serve",
    "show",
    "sparql",
    "sparql_page",
    "states",
    "stats",
    "status",
    "timeline",
    "timeline_html",
    "viz",
    "viz_html",
    "viz_timeline",
    "watch",
]


def _listed(values: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[str]:
    """One value or several: a lone string or path is one, never a sequence of letters."""
    if isinstance(values, str | os.PathLike):
        return [os.fspath(values)]
    return [os.fspath(v) for v in values]


def _repository(store: Store) -> Repository:
    from relgraph.repository import Repository

    return Repository(store)


def _gazetteer() -> Gazetteer:
    from relgraph.gazetteer import Gazetteer

    return Gazetteer.default()


def resolve_state(name: str) -> str:
    """A state's code from its ISO code or its English or Arabic name (``QA``, ``Qatar``, ``قطر``)."""
    return _gazetteer().resolve(name).code


# -- extraction ------------------------------------------------------------------------------------------


def extract(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    lang: str | None = None,
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: TextIO | BinaryIO | None = None,
    jobs: int = 1,
    dask: str | None = None,
    exclude: Sequence[str | os.PathLike[str]] = (),
    encoding: str | None = None,
) -> Iterator[Extracted | Skipped]:
    """Read ``paths`` (``.txt``, ``.jsonl``, ``.html``, URLs, directories, ``-`` for stdin) and extract each article.

    A streaming pass: never the whole batch in memory. An input that cannot be
    read yields a :class:`~relgraph.articles.Skipped` naming it, and the batch
    goes on. ``jobs`` extracts in that many worker processes, ``dask`` on the
    Dask cluster whose scheduler has that address: results come in input order,
    the same as from one process (:mod:`relgraph.parallel`). ``exclude`` names files and folders
    that a directory walk leaves out; ``encoding`` names the inputs' encoding (else UTF-8, or told by a
    byte-order mark or a sure legacy reading).
    """
    from relgraph.parallel import extract_all

    items = read_articles(
        _listed(paths),
        lang=lang,
        published=published,
        max_bytes=max_bytes,
        stdin=stdin,
        exclude=exclude,
        encoding=encoding,
    )
    yield from extract_all(items, lang=lang, jobs=jobs, dask=dask)


def explain(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    lang: str | None = None,
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: TextIO | BinaryIO | None = None,
    encoding: str | None = None,
) -> Iterator[Explained | Skipped]:
    """Read ``paths`` as :func:`extract` does and give, for each article, the extractor's decision on every
    trigger: the frame it tried, the events it gave, or why it gave none."""
    for item in read_articles(
        _listed(paths), lang=lang, published=published, max_bytes=max_bytes, stdin=stdin, encoding=encoding
    ):
        yield item if isinstance(item, Skipped) else explain_article(item, lang)


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What an ingest did: articles read, stored (changed) or already stored, skipped inputs, and the store.

    ``replaced`` counts the stored articles among ``changed``: an id already in the store with
    another text (or read by another extractor version) whose old mentions are gone.
    """

    store: str
    read: int
    changed: int
    unchanged: int
    mentions: int
    skipped: tuple[Skipped, ...]
    events: int = 0
    replaced: int = 0


def ingest(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    store: str | os.PathLike[str] | None = None,
    lang: str | None = None,
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: TextIO | BinaryIO | None = None,
    progress: Callable[[Extracted | Skipped], None] | None = None,
    wait: bool = False,
    jobs: int = 1,
    dask: str | None = None,
    encoding: str | None = None,
) -> IngestReport:
    """Extract ``paths`` and store each article, with its mentions, in one transaction.

    Re-ingesting an unchanged article (same text, same extractor version) changes nothing.
    ``wait`` waits for another writer to finish instead of failing. ``jobs`` and ``dask``
    spread extraction as in :func:`extract`; this process stays the one writer, in input order.
    """
    read = changed = unchanged = mentions = replaced = 0
    skipped: list[Skipped] = []
    where = location(store)
    with open_store(where, write=True, wait=wait) as opened:
        repo = _repository(opened)
        if dask is not None and not opened.query("ASK { GRAPH ?g { ?a a rg:Article } }").boolean:
            return _ingest_shards(
                repo,
                where,
                paths,
                dask,
                lang=lang,
                published=published,
                max_bytes=max_bytes,
                stdin=stdin,
                progress=progress,
                encoding=encoding,
            )
        # a store kept among the articles is no article
        found = extract(
            paths,
            lang=lang,
            published=published,
            max_bytes=max_bytes,
            stdin=stdin,
            jobs=jobs,
            dask=dask,
            exclude=own_files(where),
            encoding=encoding,
        )
        for item in _told(found, progress, skipped):
            read += 1
            result = repo.ingest(item.article, item.mentions, digest(item.article, item.extractor))
            changed += result.changed
            replaced += result.replaced
            unchanged += not result.changed
            mentions += len(item.mentions)
        events = repo.counts().events
    return IngestReport(where, read, changed, unchanged, mentions, tuple(skipped), events, replaced)


def _told(
    items: Iterable[Extracted | Skipped],
    progress: Callable[[Extracted | Skipped], None] | None,
    skipped: list[Skipped],
) -> Iterator[Extracted]:
    """The articles extracted among ``items``, each item told to ``progress`` first; the skipped ones go to
    ``skipped``."""
    for item in items:
        if progress is not None:
            progress(item)
        if isinstance(item, Skipped):
            skipped.append(item)
        else:
            yield item


def _ingest_shards(
    repo: Repository,
    where: str,
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    dask: str,
    *,
    progress: Callable[[Extracted | Skipped], None] | None,
    **reading: Any,
) -> IngestReport:
    """:func:`ingest` on a Dask cluster into a store with no article yet: each worker writes its batch's articles
    to an N-Quads shard, in a folder beside the store (on a cluster of several machines, a folder they all
    share); the shards are bulk-loaded, then every mention is fused once (:meth:`Repository.load_shards`)."""
    import shutil
    import tempfile

    from relgraph.parallel import extract_all

    read = mentions = 0
    skipped: list[Skipped] = []
    parent = Path(where).resolve().parent if not is_server(where) else None
    folder = tempfile.mkdtemp(prefix=".relgraph-shards-", dir=parent)
    try:
        items = read_articles(_listed(paths), exclude=[*own_files(where), folder], **reading)
        for item in _told(extract_all(items, lang=reading.get("lang"), dask=dask, shards=folder), progress, skipped):
            read += 1
            mentions += len(item.mentions)
        events = repo.load_shards(sorted(Path(folder).glob("*.nq")))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return IngestReport(where, read, read, 0, mentions, tuple(skipped), events, 0)


@dataclass(frozen=True, slots=True)
class WatchReport:
    """What a watch did, over all its polls: items read for the first time, articles stored, mentions, errors."""

    store: str
    polls: int
    new: int
    stored: int
    mentions: int
    errors: int


def watch(
    feeds: str | Sequence[str],
    *,
    store: str | os.PathLike[str] | None = None,
    every: float = 900.0,
    once: bool = False,
    lang: str | None = None,
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    cache: str | os.PathLike[str] | None = None,
    log: Callable[[str], None] | None = None,
    report: Callable[[Skipped], None] | None = None,
) -> WatchReport:
    """Poll RSS/Atom ``feeds`` every ``every`` seconds (or ``once``) and ingest each new item's page into ``store``.

    An item (by its guid, or link) is read once: the store remembers it, so a restart repeats and
    misses nothing. Each poll calls ``log`` with one line (new items, articles, mentions, errors),
    each failure ``report`` with the URL and why; a feed that fails waits longer after each failure
    and never stops the others. SIGTERM and Ctrl-C stop the watch between two items (returns then).
    ``cache`` is where fetched pages are kept (default ``$RELGRAPH_CACHE``, else the user's cache).
    """
    import signal
    import threading

    from relgraph.watch import Watcher

    listed = _listed(feeds)
    bad = [f for f in listed if not f.lower().startswith(("http://", "https://"))]
    if bad:
        raise RelgraphError(f"not an http:// or https:// feed URL: {bad[0]}")
    where = location(store)
    watcher = Watcher(
        listed, where, every, lang, published, max_bytes, None if cache is None else os.fspath(cache), report=report
    )
    main = threading.current_thread() is threading.main_thread()
    previous = {s: signal.signal(s, lambda *_: watcher.stop()) for s in (signal.SIGINT, signal.SIGTERM)} if main else {}
    polls = new = stored = mentions = errors = 0
    try:
        while True:
            poll = watcher.poll()
            polls, new, stored = polls + 1, new + poll.new, stored + poll.stored
            mentions, errors = mentions + poll.mentions, errors + len(poll.errors)
            if log is not None:
                log(poll.line())
            if once or watcher.stopped or watcher.sleep(every):
                break
    finally:
        watcher.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return WatchReport(where, polls, new, stored, mentions, errors)


def retract(
    article_ids: str | Sequence[str], *, store: str | os.PathLike[str] | None = None, wait: bool = False
) -> list[str]:
    """Remove articles and re-derive the events they supported; returns the ids that were not stored."""
    missing: list[str] = []
    with open_store(store, write=True, wait=wait, create=False) as opened:
        repo = _repository(opened)
        for article_id in _listed(article_ids):
            if not repo.retract(article_id):
                missing.append(article_id)
    return missing


# -- reading the graph -----------------------------------------------------------------------------------


def _types(types: str | EventType | Iterable[str | EventType]) -> list[EventType]:
    listed = [types] if isinstance(types, str | EventType) else types
    return [t if isinstance(t, EventType) else EventType.from_slug(t) for t in listed]


def timeline(
    states: str | Sequence[str] = (),
    *,
    since: date | None = None,
    until: date | None = None,
    types: str | EventType | Iterable[str | EventType] = (),
    person: str | None = None,
    roles: Mapping[str, str] | None = None,
    store: str | os.PathLike[str] | None = None,
) -> list[TimelineRow]:
    """The dated, sourced events of one state or a pair, in chronological order, with the persons who acted.

    States are ISO codes or names in English or Arabic; a state's predecessors
    and successors come along (Russia with the USSR), and rows name the former
    states they involve. ``person`` keeps the events where a person whose name or
    office contains it acted (any name the gazetteer knows them by: ``Putin``
    finds ``بوتين``); ``roles`` the events where each role is played by a state
    (``{"visitor": "Egypt"}``, a role of :data:`relgraph.timeline.ROLE_FILTERS`).
    Without states, the states of ``roles`` are the timeline's; with neither,
    every event (a ``person`` is then needed).
    """
    from relgraph.timeline import ROLE_FILTERS, rows

    names = _listed(states)
    codes = [resolve_state(s) for s in names]
    if len(set(codes)) < len(codes):
        raise RelgraphError(f"{' and '.join(names)} name the same state twice; give one state, or different ones")
    wanted: dict[str, frozenset[str]] = {}
    for role, state in (roles or {}).items():
        if role not in ROLE_FILTERS:
            raise RelgraphError(f"no role {role!r} to filter on; the roles are {', '.join(ROLE_FILTERS)}")
        wanted[role] = _gazetteer().lineage(resolve_state(state))
    if not codes:
        codes = list(dict.fromkeys(resolve_state(s) for s in (roles or {}).values()))[:2]
    if not codes and not person:
        raise RelgraphError("give a state, a pair, a role's state (visitor=...) or a person")
    with open_store(store) as opened:
        return rows(_repository(opened), codes, _types(types), since, until, person, wanted)


class _Kin(NamedTuple):
    kin_a: frozenset[str]
    kin_b: frozenset[str]
    capitals: dict[str, str]


def _pair_events(
    a: str, b: str, store: str | os.PathLike[str] | None
) -> tuple[str, str, list[Event], dict[str, tuple[SourceRef, ...]], _Kin]:
    """The two states' codes, their status events (lineages included, undated ones bounded), the
    sources of each, and what :mod:`relgraph.status` needs to know of the pair."""
    from relgraph.status import STATUS_TYPES
    from relgraph.timeline import event_rows, events

    code_a, code_b = resolve_state(a), resolve_state(b)
    if code_a == code_b:
        raise RelgraphError(f"{a} and {b} name the same state; give two different states")
    with open_store(store) as opened:
        repo = _repository(opened)
        found = events(repo, [code_a, code_b], list(STATUS_TYPES), None, None)
        sources = {row.event: row.sources for row in event_rows(repo, found)}
    gazetteer = _gazetteer()
    capitals = {c: gazetteer.get(c).capital_en or gazetteer.get(c).name_en for c in (code_a, code_b)}
    return code_a, code_b, found, sources, _Kin(gazetteer.lineage(code_a), gazetteer.lineage(code_b), capitals)


def status(a: str, b: str, *, at: date | None = None, store: str | os.PathLike[str] | None = None
           ) -> list[StatusLine]:  # fmt: skip
    """Whether two states had relations on ``at`` (today's record when ``None``), whether each side's
    embassy was open in the other's capital and its head of mission in post, each with its sources.

    Former and successor states count (the USSR's relations carry to Russia); an undated event is
    placed by its article's publication date; what is uncertain is said in each line's notes.
    """
    from relgraph import status as pair_status

    code_a, code_b, found, sources, pair = _pair_events(a, b, store)
    return pair_status.status(found, code_a, code_b, at, sources=sources, **pair._asdict())


def history(a: str, b: str, *, store: str | os.PathLike[str] | None = None) -> list[Period]:
    """The same lines as :func:`status`, as periods from one turn to the next, each with its sources."""
    from relgraph import status as pair_status

    code_a, code_b, found, sources, pair = _pair_events(a, b, store)
    return pair_status.history(found, code_a, code_b, sources=sources, **pair._asdict())


def states(*, store: str | os.PathLike[str] | None = None) -> list[StateSummary]:
    """Every state the store's events involve: counts (events, partners, per type) and first and last dates."""
    from relgraph import summary
    from relgraph.graph import known_states

    return summary.states(_outlines(store), known_states())


def stats(*, store: str | os.PathLike[str] | None = None) -> Stats:
    """What the store holds: articles by language, mentions, events by type and language, dates, size."""
    from relgraph.summary import Stats

    where = location(store)
    with open_store(where) as opened:
        repo = _repository(opened)
        counts = repo.counts()
        languages = repo.article_languages()
        by_type = repo.events_by_type_and_language()
        first, last, undated = repo.date_range()
    size = None if is_server(where) else sum(f.stat().st_size for f in Path(where).rglob("*") if f.is_file())
    return Stats(
        where,
        counts.articles,
        counts.mentions,
        counts.events,
        undated,
        counts.quads,
        first,
        last,
        size,
        languages,
        by_type,
    )


def search(text: str, *, store: str | os.PathLike[str] | None = None) -> list[QuoteMatch]:
    """The evidence quotes that contain ``text`` (Arabic matched after extraction's normalisation), with
    their events."""
    from relgraph import summary
    from relgraph.timeline import events

    with open_store(store) as opened:
        found = events(_repository(opened), [], [], None, None)
    return summary.search(found, text)


def show(event_id: str, *, store: str | os.PathLike[str] | None = None) -> Event:
    """One event with every mention that supports it: its id, or the start of it (at least four hex digits)."""

    with open_store(store) as opened:
        return _event(_repository(opened), event_id)


def _event(repo: Repository, event_id: str) -> Event:
    from relgraph.errors import UnknownEventError

    try:
        return repo.event(event_id)
    except UnknownEventError as e:
        if not e.candidates and _SHORT_PREFIX.fullmatch(event_id.strip()):
            raise UnknownEventError(event_id, hint="the start of an event id needs at least four hex digits "
                                    "(as with git commits)") from e  # fmt: skip
        raise


_SHORT_PREFIX = re.compile(r"[0-9a-fA-F]{1,3}")
# What comes before a query's or an update's first keyword: comments, and PREFIX and BASE declarations.
_PROLOGUE = re.compile(r"""(?:\s+|\#[^\n]*|(?i:PREFIX)\s+[^\s:]*:\s*<[^>]*>|(?i:BASE)\s*<[^>]*>)*""")
_UPDATE = re.compile(r"(?i:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b")


@dataclass(frozen=True, slots=True)
class Provenance:
    """An event with the stored metadata of the articles that report it (source, URL, fetch time, HTTP date)."""

    event: Event
    articles: tuple[ArticleRecord, ...]


def provenance(event_id: str, *, store: str | os.PathLike[str] | None = None) -> Provenance:
    """One event, as :func:`show` gives it, with its articles' records: where each was read from, and when."""
    with open_store(store) as opened:
        repo = _repository(opened)
        event = _event(repo, event_id)
        return Provenance(event, tuple(repo.articles(event.articles)))


def sparql(query: str, *, store: str | os.PathLike[str] | None = None) -> QueryResult:
    """Run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) with relgraph's prefixes predefined.

    An update (INSERT, DELETE, LOAD, DROP, ...) is refused: the store changes through ingest and retract,
    which keep the events derived from the articles.
    """
    from relgraph.errors import QueryError

    if _UPDATE.match(query, _PROLOGUE.match(query).end()):  # type: ignore[union-attr]
        raise QueryError("relgraph sparql is read-only: it runs SELECT, ASK, CONSTRUCT and DESCRIBE queries; "
                         "the store changes through relgraph ingest and relgraph retract")  # fmt: skip
    with open_store(store) as opened:
        return opened.query(query)


#: The export formats that are no RDF: the events as a table, the state graph for Gephi and yEd.
TABLE_FORMATS = ("csv", "graphml", "gexf")


def export(
    *,
    format: str = "ttl",
    article: str | None = None,
    store: str | os.PathLike[str] | None = None,
) -> bytes:
    """The whole graph, or one article's named graph, serialised (``ttl``, ``trig``, ``nq``, ``nt``, ``jsonld``).

    ``csv`` gives one row per event with its sources (:func:`events_table`); ``graphml`` and ``gexf`` the
    state graph, one edge per linked pair with per-type event counts and first and last dates
    (:func:`relgraph.graph.state_graph`). With ``article``, only the events that article reports.
    """
    from relgraph.rdf import vocab

    if format in TABLE_FORMATS:
        return _export_events(format, article, store)
    with open_store(store) as opened:
        if article is None:
            return opened.dump(format)
        graph = vocab.article_graph(article)
        if graph.value not in opened.graphs():
            raise RelgraphError(f"no article {article!r} in the store")
        return opened.dump(format, graph)


EVENT_COLUMNS = (
    "event",
    "date",
    "earliest",
    "latest",
    "also_reported",
    "type",
    "actors",
    "former_states",
    "place",
    "cameo",
    "plover",
    "articles",
    "published",
    "sources",
    "persons",
)


def events_table(*, article: str | None = None, store: str | os.PathLike[str] | None = None
                 ) -> list[dict[str, object]]:  # fmt: skip
    """Every event as a flat row (``EVENT_COLUMNS``), chronological: codes and ISO dates as data, lists as lists.

    ``latest`` is an undated event's bound (its first article's publication date); ``sources`` are
    ``article: quote`` strings, one per mention; ``published`` the articles' publication dates; ``persons``
    the persons who acted, ``STATE role: name, office`` (as written).
    """
    from relgraph.timeline import event_rows, events

    with open_store(store) as opened:
        repo = _repository(opened)
        found = _reported(repo, events(repo, [], [], None, None), article)
        rows = event_rows(repo, found)
    kinds = {e.id: e.type for e in found}
    return [{
        "event": r.event, "date": r.date, "earliest": r.earliest, "latest": r.latest,
        "also_reported": list(r.also_reported), "type": r.type, "actors": list(r.actors),
        "former_states": list(r.former), "place": r.place, "cameo": kinds[r.event].cameo,
        "plover": kinds[r.event].plover, "articles": list(dict.fromkeys(s.article for s in r.sources)),
        "published": list(dict.fromkeys(s.published for s in r.sources if s.published)),
        "sources": [f"{s.article}: {s.evidence}" for s in r.sources],
        "persons": [a.summary for a in r.persons],
    } for r in rows]  # fmt: skip


def _reported(repo: Repository, found: list[Event], article: str | None) -> list[Event]:
    """The events ``article`` reports (all when None); :class:`RelgraphError` for an article not stored."""
    if article is None:
        return found
    if not repo.articles([article]):
        raise RelgraphError(f"no article {article!r} in the store")
    return [e for e in found if article in e.articles]


def events_frame(*, article: str | None = None, store: str | os.PathLike[str] | None = None) -> Any:
    """:func:`events_table` as a ``pandas.DataFrame`` (``pip install 'relgraph[pandas]'``).

    Dates stay ISO strings at their precision (``date``) beside ``earliest``/``latest`` as
    ``datetime64`` days, which sort and filter; list columns hold lists.
    """
    try:
        import pandas as pd
    except ImportError as e:
        raise RelgraphError("events_frame needs pandas: pip install 'relgraph[pandas]'") from e
    frame = pd.DataFrame(events_table(article=article, store=store), columns=list(EVENT_COLUMNS))
    for column in ("earliest", "latest"):
        frame[column] = pd.to_datetime(frame[column], format="%Y-%m-%d")
    return frame


def _export_events(format: str, article: str | None, store: str | os.PathLike[str] | None) -> bytes:
    import io

    if format == "csv":
        from relgraph.formats import render

        return render(events_table(article=article, store=store), "csv", EVENT_COLUMNS).encode("utf-8")
    import networkx as nx

    from relgraph import graph
    from relgraph.timeline import events

    with open_store(store) as opened:
        repo = _repository(opened)
        found = _reported(repo, events(repo, [], [], None, None), article)
    out = io.BytesIO()
    (nx.write_graphml if format == "graphml" else nx.write_gexf)(graph.state_graph(found), out)
    return out.getvalue()


def serve(
    *,
    store: str | os.PathLike[str] | None = None,
    host: str = "127.0.0.1",
    port: int = 7878,
    ready: Callable[[str], None] | None = None,
    cors: Sequence[str] = (),
    pages: bool = True,
) -> None:
    """Serve the embedded store as a read-only SPARQL endpoint at ``http://host:port/query`` until stopped.

    The server is ``oxigraph serve-read-only`` (Query protocol, Graph Store ``GET``, a YASGUI page
    at ``/``), so SPARQLWrapper, rdflib's ``SPARQLStore``, YASGUI or ``--store http://host:port``
    read it, behind :class:`~relgraph.rdf.endpoint.Endpoint`: a query using ``SERVICE`` is refused
    (the endpoint answers only from its own store), and web pages of other origins may read it only
    when their origin is among ``cors`` (``"*"``: every origin). It holds the store's reader lock
    for as long as it runs: relgraph keeps reading the store meanwhile, and no relgraph writer runs
    (a server reading for hours would not see what a writer adds): ``ingest`` fails, or waits with
    ``--wait``.
    With ``pages`` it serves relgraph's own pages too (:mod:`relgraph.serve_pages`): the SPARQL page at
    ``/`` (in place of YASGUI), the graph of the store's data at ``/graph?state=&since=&until=&at=&types=``
    and a state's or a pair's timeline at ``/timeline?a=&b=``, each made on request from the store.
    ``ready`` is called with the endpoint's base URL once it answers. Returns on SIGTERM or
    Ctrl-C, having stopped the server.
    """
    import signal
    import socket
    import threading

    from relgraph.rdf.endpoint import Endpoint
    from relgraph.rdf.sparql_store import start_oxigraph

    where = location(store)
    if is_server(where):
        raise StoreError(f"{where} is a SPARQL server already; serve a store directory")
    path = existing(Path(where))
    with socket.socket() as probe:  # a free port on loopback for the server behind the endpoint
        probe.bind(("127.0.0.1", 0))
        inner: int = probe.getsockname()[1]
    endpoint = Endpoint(host, port, inner, cors, pages=_served_pages(path) if pages else None)
    with store_lock(path, exclusive=False, wait=False) as lock:
        # the server holds the lock too: if this process is killed, the server still keeps writers out
        try:
            server = start_oxigraph(path, inner, read_only=True, pass_fds=(lock.fileno(),))
        except BaseException:
            endpoint.stop()
            raise
        endpoint.start()
        main = threading.current_thread() is threading.main_thread()
        previous = signal.signal(signal.SIGTERM, lambda *_: server.terminate()) if main else None
        try:
            if ready is not None:
                ready(f"http://{host}:{port}")
            status = server.wait()
            if status not in (0, -signal.SIGTERM):
                raise StoreError(f"the SPARQL server for {path} stopped with status {status}")
        except KeyboardInterrupt:
            pass
        finally:
            endpoint.stop()
            server.terminate()
            server.wait()
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)


def _served_pages(path: Path) -> Callable[[str], tuple[int, Iterable[tuple[str, str]], bytes] | None]:
    """What ``serve`` answers at ``/``, ``/graph`` and ``/timeline``: pages made from the store at ``path``
    (read as every other reader reads it while the server runs)."""
    from urllib.parse import urlencode

    from relgraph.serve_pages import GraphView, TimelineView, respond
    from relgraph.sparql_page import render_sparql_page

    def name(code: str) -> str:
        return _gazetteer().get(code).name_en

    def graph(view: GraphView) -> str:
        nav = [("/", "SPARQL")]
        if view.state:
            nav.append((f"/timeline?{urlencode({'a': view.state})}", f"timeline: {name(view.state)}"))
        return viz_html(
            state=view.state,
            since=view.since,
            until=view.until,
            at=view.at,
            types=view.types,
            store=path,
            timelines="/timeline",
            nav=nav,
        )

    def timeline(view: TimelineView) -> str:
        nav = [
            ("/", "SPARQL"),
            *(
                (f"/graph?{urlencode({'state': code})}", f"graph: {name(code)}")
                for code in filter(None, (view.a, view.b))
            ),
        ]
        return timeline_html(view.a, view.b, store=path, nav=nav)

    def answer(target: str) -> tuple[int, Iterable[tuple[str, str]], bytes] | None:
        found = respond(
            target,
            resolve=resolve_state,
            sparql=lambda: render_sparql_page("/query", served=True),
            graph=graph,
            timeline=timeline,
        )
        return None if found is None else (found.status, found.headers, found.body)

    return answer


def sparql_page(output: str | os.PathLike[str], endpoint: str = "http://127.0.0.1:7878/query") -> Path:
    """Write an offline SPARQL page for ``endpoint`` with relgraph's prefixes predefined, a default query
    that returns rows and the example queries one click away (see :mod:`relgraph.sparql_page`)."""
    from relgraph.sparql_page import write_sparql_page

    return write_sparql_page(output, endpoint)


# -- networks --------------------------------------------------------------------------------------------


def _outlines(
    store: str | os.PathLike[str] | None, at: date | None = None, state: str | None = None
) -> list[EventOutline]:
    """Every event's outline (or ``state``'s events'); with ``at``, each undated one with its bound, which
    places it in a snapshot."""
    from dataclasses import replace

    with open_store(store) as opened:
        repo = _repository(opened)
        outlines = repo.outlines([state] if state else [])
        if at is None:
            return outlines
        bounds = repo.undated_bounds()
    return [replace(o, bound=bounds[o.id]) if o.id in bounds else o for o in outlines]


def central(
    measure: str = "degree", *, top: int = 10, at: date | None = None, store: str | os.PathLike[str] | None = None
) -> list[Centrality]:
    """The most central states of the graph (as it stood on ``at``): degree, betweenness, eigenvector, pagerank."""
    from relgraph import graph

    if at is None:  # the whole record: from the pairs' totals, whatever the number of events
        with open_store(store) as opened:
            return graph.central_of_pairs(_repository(opened).pair_counts(), measure, top)
    return graph.central(_outlines(store, at), measure, top, at)


def path(a: str, b: str, *, at: date | None = None, store: str | os.PathLike[str] | None = None) -> list[Link]:
    """The shortest chain of relations between two states, with the events on each hop."""
    from relgraph import graph

    if at is None:  # the chain from the pairs' totals, then only the events of its hops
        with open_store(store) as opened:
            repo = _repository(opened)
            return graph.path_of_pairs(repo.pair_counts(), repo.outlines, resolve_state(a), resolve_state(b))
    return graph.path(_outlines(store, at), resolve_state(a), resolve_state(b), at)


def neighbors(state: str, *, at: date | None = None, store: str | os.PathLike[str] | None = None) -> list[Link]:
    """Who a state is linked to, and since when (first and last dated event, types, counts)."""
    from relgraph import graph

    code = resolve_state(state)
    return graph.neighbors(_outlines(store, at, code), code, at)  # the state's events are all its links need


def communities(*, at: date | None = None, store: str | os.PathLike[str] | None = None) -> list[Community]:
    """Groups of states more linked to each other than to the rest (Louvain, deterministic)."""
    from relgraph import graph

    if at is None:  # the whole record: from the pairs' totals, whatever the number of events
        with open_store(store) as opened:
            return graph.communities_of_pairs(_repository(opened).pair_counts())
    return graph.communities(_outlines(store, at), at)


def viz(
    output: str | os.PathLike[str],
    *,
    state: str | None = None,
    since: date | None = None,
    until: date | None = None,
    at: date | None = None,
    types: Sequence[EventType | str] = (),
    store: str | os.PathLike[str] | None = None,
    note: Callable[[str], None] | None = None,
) -> Path:
    """Write an interactive HTML graph of states and their relations that opens with no network.

    ``types`` keeps only events of those types; ``note`` is told when there is nothing to draw (the
    page then says so).
    """
    from relgraph.viz import write_html

    events, title, code, links = _viz_input(state, since, until, store)
    drawn = write_html(
        events, output, title=title, state=code, at=at, since=since, until=until, types=types, links=links
    )
    if not drawn.events and note is not None:
        note(f"no events to draw: {os.fspath(output)} is a page that says so")
    return Path(output)


def viz_html(
    *,
    state: str | None = None,
    since: date | None = None,
    until: date | None = None,
    at: date | None = None,
    types: Sequence[EventType | str] = (),
    store: str | os.PathLike[str] | None = None,
    timelines: str | None = None,
    nav: Sequence[tuple[str, str]] = (),
) -> str:
    """:func:`viz`'s page as a string (what ``relgraph serve`` serves at ``/graph``); ``timelines``: the
    URL of the timeline page the pinned states and pairs link to (``/timeline`` where it is served);
    ``nav``: links (URL, text) to the pages served beside it."""
    from relgraph.viz import render_html

    events, title, code, links = _viz_input(state, since, until, store)
    return render_html(
        events,
        title=title,
        state=code,
        at=at,
        since=since,
        until=until,
        types=types,
        links=links,
        timelines=timelines,
        nav=nav,
    )


def _viz_input(
    state: str | None, since: date | None, until: date | None, store: str | os.PathLike[str] | None
) -> tuple[list[Event], str, str | None, dict[str, str]]:
    """The events a graph page draws, its title, the focus state's code and the links to fetched articles."""
    from relgraph.timeline import events as read_events

    code = resolve_state(state) if state else None
    with open_store(store) as opened:
        repo = _repository(opened)
        events = read_events(repo, [code] if code else [], [], since, until)
        fetched = repo.articles({a for e in events for a in e.articles})  # the tooltips link to fetched pages
    title = "relgraph: " + (f"{_gazetteer().get(code).name_en} and its relations" if code else "diplomatic relations")
    return list(events), title, code, {a.id: a.url for a in fetched if a.url}


def viz_timeline(
    output: str | os.PathLike[str],
    a: str,
    b: str | None = None,
    *,
    store: str | os.PathLike[str] | None = None,
    note: Callable[[str], None] | None = None,
) -> Path:
    """Write a pair's (or one state's) history as swimlanes on a time axis, one HTML file that opens offline.

    The lanes are :func:`history`'s periods (for one state: those with each partner in turn);
    the events are marks, each opening its sources. ``note`` is told when there is nothing to draw.
    """
    from relgraph.formats import write_file

    page, found = _timeline_page(a, b, store)
    write_file(output, page)
    if not found and note is not None:
        note(f"no events to draw: {os.fspath(output)} is a page that says so")
    return Path(output)


def timeline_html(
    a: str, b: str | None = None, *, store: str | os.PathLike[str] | None = None, nav: Sequence[tuple[str, str]] = ()
) -> str:
    """:func:`viz_timeline`'s page as a string (what ``relgraph serve`` serves at ``/timeline``); ``nav``:
    links (URL, text) to the pages served beside it."""
    return _timeline_page(a, b, store, nav)[0]


def _timeline_page(
    a: str, b: str | None, store: str | os.PathLike[str] | None, nav: Sequence[tuple[str, str]] = ()
) -> tuple[str, int]:
    """The timeline page, and how many events it draws."""
    from relgraph.status import STATUS_TYPES
    from relgraph.status import history as pair_history
    from relgraph.timeline import event_rows
    from relgraph.timeline import events as read_events
    from relgraph.timeline_page import Lane, render_timeline

    gazetteer = _gazetteer()
    code_a = resolve_state(a)
    code_b = resolve_state(b) if b else None
    if code_a == code_b:
        raise RelgraphError(f"{a} and {b} name the same state; give two different states")
    with open_store(store) as opened:
        repo = _repository(opened)
        found = read_events(repo, [code_a, code_b] if code_b else [code_a], [], None, None)
        sources = {row.event: row.sources for row in event_rows(repo, found)}
        fetched = repo.articles({x for e in found for x in e.articles})
    kin_a = gazetteer.lineage(code_a)
    partners = [code_b] if code_b else _partners(found, kin_a)
    status_events = [e for e in found if e.type in STATUS_TYPES]
    lanes = []
    for partner in partners:
        capitals = {c: gazetteer.get(c).capital_en or gazetteer.get(c).name_en for c in (code_a, partner)}
        kin_b = gazetteer.lineage(partner)
        between = [e for e in status_events if kin_a & set(e.actors) and kin_b & set(e.actors)]
        periods = pair_history(between, code_a, partner, kin_a=kin_a, kin_b=kin_b, capitals=capitals, sources=sources)
        for aspect in dict.fromkeys(p.aspect for p in periods):
            name = aspect
            for code in (code_a, partner):  # "QA embassy in Moscow": Qatar's embassy in Moscow
                owner = gazetteer.get(code).name_en
                owner += "'" if owner.endswith("s") else "'s"
                name = f"{owner}{name[len(code) :]}" if name.startswith(f"{code} ") else name
            if code_b is None:
                name = f"relations with {gazetteer.get(partner).name_en}" if name == "relations" else name
            lanes.append(Lane(name, tuple(p for p in periods if p.aspect == aspect)))
    names = {code: gazetteer.get(code).name_en for e in found for code in e.actors if code in gazetteer}
    title = "relgraph: " + " and ".join(gazetteer.get(c).name_en for c in filter(None, (code_a, code_b)))
    page = render_timeline(
        title, lanes, found, sources, links={x.id: x.url for x in fetched if x.url}, names=names, nav=nav
    )
    return page, len(found)


def _partners(found: Sequence[Event], kin: Collection[str]) -> list[str]:
    """The states a state's events link it to, one a lineage (the living state for the Soviet Union and Russia)."""
    gazetteer = _gazetteer()
    lines: dict[frozenset[str], str] = {}
    for code in sorted({c for e in found for c in e.actors if c not in kin and c in gazetteer}):
        line = gazetteer.lineage(code)
        if line not in lines or gazetteer.get(lines[line]).former:
            lines[line] = code
    return sorted(lines.values())


# -- evaluation and the demo -------------------------------------------------------------------------------


def evaluate(gold: str | os.PathLike[str], *, lang: str | None = None, only_lang: str | None = None) -> EvalReport:
    """Score the extractors against an annotated JSONL file (ANNOTATION.md's rules), per type and overall.

    ``lang`` forces the language every article is read in, as for :func:`extract`; ``only_lang``
    scores only the gold articles in that language (their own, or detected).
    """
    from relgraph.evaluation import evaluate as score
    from relgraph.evaluation import read_gold

    items = [g for g in read_gold(Path(gold))
             if only_lang in (None, g.article.lang or detect_language(g.article.text))]  # fmt: skip
    if not items:  # nothing scored is no perfect score
        raise RelgraphError(f"no annotated articles{f' in {only_lang!r}' if only_lang else ''} in {os.fspath(gold)}")
    predicted = {g.article.id: list(extract_article(g.article, lang).mentions) for g in items}
    return score(items, predicted)


def sample_path() -> Path:
    """The bundled sample article (Arabic, 2025-04-16), as a file path."""
    from importlib.resources import as_file

    from relgraph.resources import data_file

    with as_file(data_file("samples", "qatar-russia-2025-04-16.ar.txt")) as p:
        return Path(p)


@dataclass(frozen=True)
class DemoResult:
    ingest: IngestReport
    timeline: list[TimelineRow] = field(default_factory=list)
    html: Path | None = None


def demo(
    *, store: str | os.PathLike[str] | None = None, output: str | os.PathLike[str] = "relgraph-demo.html"
) -> DemoResult:
    """Ingest the bundled sample, read the Qatar–Russia timeline and write the HTML graph."""
    report = ingest([sample_path()], store=store, published=date(2025, 4, 16))
    rows = timeline(["QA", "RU"], store=report.store)
    html = viz(output, state="QA", store=report.store)
    return DemoResult(report, rows, html)
