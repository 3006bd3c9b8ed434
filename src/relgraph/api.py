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

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TextIO

from relgraph.articles import DEFAULT_MAX_BYTES, Skipped, detect_language, read_articles
from relgraph.errors import RelgraphError, StoreError
from relgraph.model import Article, Event, EventOutline, EventType, Mention
from relgraph.storage import default_store_path, existing, is_server, location, open_store, own_files, store_lock
from relgraph.timeline import SourceRef, TimelineRow

if TYPE_CHECKING:
    from relgraph.evaluation import EvalReport
    from relgraph.extractors import Extractor
    from relgraph.gazetteer import Gazetteer
    from relgraph.graph import Centrality, Community, Link
    from relgraph.rdf.store import QueryResult, Store
    from relgraph.repository import Repository

__all__ = [
    "DemoResult",
    "Extracted",
    "IngestReport",
    "SourceRef",
    "TimelineRow",
    "central",
    "communities",
    "default_store_path",
    "demo",
    "evaluate",
    "export",
    "extract",
    "extract_article",
    "ingest",
    "neighbors",
    "path",
    "resolve_state",
    "retract",
    "sample_path",
    "serve",
    "show",
    "sparql",
    "timeline",
    "viz",
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


@dataclass(frozen=True, slots=True)
class Extracted:
    """One article and the mentions its extractor found."""

    article: Article
    mentions: tuple[Mention, ...]
    extractor: str


def _extractor_for(article: Article, lang: str | None) -> tuple[Article, Extractor]:
    from relgraph.extractors import extractor_for

    language = lang or article.lang or detect_language(article.text)
    if article.lang != language:
        article = Article(article.id, article.text, language, article.published, article.source)
    return article, extractor_for(language)


def extract_article(article: Article, lang: str | None = None) -> Extracted:
    """Extract one article with the extractor of its language (``lang``, its own, or detected)."""
    article, extractor = _extractor_for(article, lang)
    return Extracted(article, tuple(extractor.extract(article)), f"{extractor.name}/{extractor.version}")


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
    """Read ``paths`` (``.txt``, ``.jsonl``, ``.html``, directories, ``-`` for stdin) and extract each article.

    A streaming pass: never the whole batch in memory. An input that cannot be
    read yields a :class:`~relgraph.articles.Skipped` naming it, and the batch
    goes on. ``jobs`` extracts in that many worker processes, ``dask`` on the
    Dask cluster whose scheduler has that address: results come in input order,
    the same as from one process (:mod:`relgraph.parallel`). ``exclude`` names files and folders
    that a directory walk leaves out; ``encoding`` names the inputs' encoding (else UTF-8, or told by a
    byte-order mark or a sure legacy reading).
    """
    from relgraph.parallel import extract_all

    items = read_articles(_listed(paths), lang=lang, published=published, max_bytes=max_bytes, stdin=stdin,
                          exclude=exclude, encoding=encoding)
    yield from extract_all(items, lang=lang, jobs=jobs, dask=dask)


def digest(article: Article, extractor: str) -> str:
    """What makes an ingest idempotent: the text, its metadata and the extractor version."""
    h = hashlib.sha256()
    for part in (article.text, article.lang or "", str(article.published or ""), article.source or "", extractor):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


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
        # a store kept among the articles is no article
        for item in extract(paths, lang=lang, published=published, max_bytes=max_bytes, stdin=stdin, jobs=jobs,
                            dask=dask, exclude=own_files(where), encoding=encoding):
            if progress is not None:
                progress(item)
            if isinstance(item, Skipped):
                skipped.append(item)
                continue
            read += 1
            result = repo.ingest(item.article, item.mentions, digest(item.article, item.extractor))
            changed += result.changed
            replaced += result.replaced
            unchanged += not result.changed
            mentions += len(item.mentions)
        events = repo.counts().events
    return IngestReport(where, read, changed, unchanged, mentions, tuple(skipped), events, replaced)


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
    states: str | Sequence[str],
    *,
    since: date | None = None,
    until: date | None = None,
    types: str | EventType | Iterable[str | EventType] = (),
    store: str | os.PathLike[str] | None = None,
) -> list[TimelineRow]:
    """The dated, sourced events of one state or a pair, in chronological order.

    States are ISO codes or names in English or Arabic; a state's predecessors
    and successors come along (Russia with the USSR), and rows name the former
    states they involve.
    """
    from relgraph.timeline import rows

    names = _listed(states)
    codes = [resolve_state(s) for s in names]
    if len(set(codes)) < len(codes):
        raise RelgraphError(f"{' and '.join(names)} name the same state twice; give one state, or different ones")
    with open_store(store) as opened:
        return rows(_repository(opened), codes, _types(types), since, until)


def show(event_id: str, *, store: str | os.PathLike[str] | None = None) -> Event:
    """One event with every mention that supports it."""
    with open_store(store) as opened:
        return _repository(opened).event(event_id)


def sparql(query: str, *, store: str | os.PathLike[str] | None = None) -> QueryResult:
    """Run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) with relgraph's prefixes predefined."""
    with open_store(store) as opened:
        return opened.query(query)


def export(
    *,
    format: str = "ttl",
    article: str | None = None,
    store: str | os.PathLike[str] | None = None,
) -> bytes:
    """The whole graph, or one article's named graph, serialised (``ttl``, ``trig``, ``nq``, ``nt``, ``jsonld``)."""
    from relgraph.rdf import vocab

    with open_store(store) as opened:
        if article is None:
            return opened.dump(format)
        graph = vocab.article_graph(article)
        if graph.value not in opened.graphs():
            raise RelgraphError(f"no article {article!r} in the store")
        return opened.dump(format, graph)


def serve(
    *,
    store: str | os.PathLike[str] | None = None,
    host: str = "127.0.0.1",
    port: int = 7878,
    ready: Callable[[str], None] | None = None,
    cors: Sequence[str] = (),
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
    endpoint = Endpoint(host, port, inner, cors)
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


# -- networks --------------------------------------------------------------------------------------------


def _outlines(store: str | os.PathLike[str] | None) -> list[EventOutline]:
    with open_store(store) as opened:
        return _repository(opened).outlines()


def central(measure: str = "degree", *, top: int = 10, at: date | None = None,
            store: str | os.PathLike[str] | None = None) -> list[Centrality]:
    """The most central states of the graph (as it stood on ``at``): degree, betweenness, eigenvector, pagerank."""
    from relgraph import graph

    return graph.central(_outlines(store), measure, top, at)


def path(a: str, b: str, *, at: date | None = None, store: str | os.PathLike[str] | None = None) -> list[Link]:
    """The shortest chain of relations between two states, with the events on each hop."""
    from relgraph import graph

    return graph.path(_outlines(store), resolve_state(a), resolve_state(b), at)


def neighbors(state: str, *, at: date | None = None, store: str | os.PathLike[str] | None = None) -> list[Link]:
    """Who a state is linked to, and since when (first and last dated event, types, counts)."""
    from relgraph import graph

    return graph.neighbors(_outlines(store), resolve_state(state), at)


def communities(*, at: date | None = None, store: str | os.PathLike[str] | None = None) -> list[Community]:
    """Groups of states more linked to each other than to the rest (Louvain, deterministic)."""
    from relgraph import graph

    return graph.communities(_outlines(store), at)


def viz(
    output: str | os.PathLike[str],
    *,
    state: str | None = None,
    since: date | None = None,
    until: date | None = None,
    at: date | None = None,
    store: str | os.PathLike[str] | None = None,
) -> Path:
    """Write an interactive HTML graph of states and their relations that opens with no network."""
    from relgraph.timeline import events as read_events
    from relgraph.viz import write_html

    code = resolve_state(state) if state else None
    with open_store(store) as opened:
        events = read_events(_repository(opened), [code] if code else [], [], since, until)
    title = "relgraph: " + (f"{_gazetteer().get(code).name_en} and its relations" if code else "diplomatic relations")
    write_html(events, output, title=title, state=code, at=at)
    return Path(output)


# -- evaluation and the demo -------------------------------------------------------------------------------


def evaluate(gold: str | os.PathLike[str], *, lang: str | None = None) -> EvalReport:
    """Score the extractors against an annotated JSONL file (ANNOTATION.md's rules), per type and overall."""
    from relgraph.evaluation import evaluate as score
    from relgraph.evaluation import read_gold

    items = [g for g in read_gold(Path(gold)) if lang in (None, g.article.lang or detect_language(g.article.text))]
    if not items:  # nothing scored is no perfect score
        raise RelgraphError(f"no annotated articles{f' in {lang!r}' if lang else ''} in {os.fspath(gold)}")
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


def demo(*, store: str | os.PathLike[str] | None = None, output: str | os.PathLike[str] = "relgraph-demo.html"
         ) -> DemoResult:
    """Ingest the bundled sample, read the Qatar–Russia timeline and write the HTML graph."""
    report = ingest([sample_path()], store=store, published=date(2025, 4, 16))
    rows = timeline(["QA", "RU"], store=report.store)
    html = viz(output, state="QA", store=report.store)
    return DemoResult(report, rows, html)
