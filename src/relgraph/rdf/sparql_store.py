"""A SPARQL 1.1 server as the store: :class:`SparqlStore` implements :class:`~relgraph.rdf.store.Store`.

It speaks the SPARQL 1.1 Protocol (queries and updates, POSTed) and the Graph
Store HTTP Protocol (``replace_graph`` is a ``PUT``, ``drop_graph`` a
``DELETE``, ``load`` a ``POST`` of N-Quads, ``dump`` a ``GET``), so the
embedded store and a server are interchangeable behind the same interface:

====================  ===============================================================
``query``             POST ``application/sparql-query``; bound values become a trailing
                      ``VALUES`` clause of escaped terms (SPARQL 1.1's own way to bind)
``update``            POST ``application/sparql-update``: one request, one transaction
``replace_graph``     GSP ``PUT ?graph=`` with N-Triples
``drop_graph``        GSP ``DELETE ?graph=`` (404: there was no such graph)
``load``              GSP ``POST`` of the data as it is (N-Quads to the dataset)
``dump``              GSP ``GET`` as N-Quads, re-serialised here in the format asked for
``graphs``/``count``  ``SELECT`` queries
====================  ===============================================================

The location names the endpoints (see :func:`endpoints`): ``http://host:7878``
is ``oxigraph serve`` (``/query``, ``/update``, ``/store``); a URL ending in
``/query`` has its siblings ``/update`` and ``/store``; any other URL (Fuseki's
``/dataset``, Virtuoso's ``/sparql``) is used for all three; and a fragment
names any of them otherwise, as a URL or a path (``...#update=/statements&store=/gsp``):
a fragment is never sent, so the whole address fits in ``--store`` or
``$RELGRAPH_STORE``. User and password in the URL are sent as HTTP basic
authentication. ``docs/sparql-servers.md`` says what differs between Oxigraph,
Virtuoso, Fuseki, GraphDB and QLever.

Failures: every request has a timeout; a connection that fails and the
transient statuses (502, 503, 504: a proxy, or a server restarting or
overloaded) are retried with exponential backoff. A server that cannot be
reached raises :class:`~relgraph.errors.StoreError` with one line ("cannot
reach the SPARQL server at URL: connection refused; is it running?"); any
other error status raises :class:`~relgraph.errors.ServerRefusedError` with
the status and the server's message, at once (Oxigraph answers 500 when an
update fails, e.g. creating a graph that exists: trying again cannot help).
Retrying an update whose answer was lost is safe for relgraph's own updates,
which drop and insert whole graphs and events (replaying one changes nothing).

One connection is kept alive per host, so a store is for one thread at a time.
"""

from __future__ import annotations

import base64
import http.client
import os
import shutil
import socket
import subprocess
import sysconfig
import tempfile
import time
from collections.abc import Iterable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Final
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

import pyoxigraph as ox

from relgraph.errors import QueryError, ServerRefusedError, StoreError
from relgraph.rdf.store import Binding, QueryResult, _rdf_format, query_result, term
from relgraph.rdf.vocab import PREFIXES

__all__ = ["SparqlStore", "endpoints", "start_oxigraph"]

#: Query answers relgraph reads: solutions and booleans as JSON, graphs as N-Triples.
_ACCEPT: Final = "application/sparql-results+json, application/sparql-results+xml;q=0.8, application/n-triples;q=0.9"
#: Statuses that say "try again later" rather than "no".
_TRANSIENT: Final = frozenset({502, 503, 504})
#: The predeclared prefixes, on one line before the query so that a server's "error at line L" still counts
#: the user's lines.
_PROLOGUE: Final = " ".join(f"PREFIX {prefix}: <{namespace}>" for prefix, namespace in PREFIXES.items()) + " "
#: The endpoints a location's fragment may name.
_NAMES: Final = ("query", "update", "store")


def endpoints(location: str) -> tuple[str, str, str]:
    """The query, update and Graph Store endpoints that ``location`` names.

    >>> endpoints("http://127.0.0.1:7878")
    ('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/update', 'http://127.0.0.1:7878/store')
    >>> endpoints("http://db:3030/news/query")
    ('http://db:3030/news/query', 'http://db:3030/news/update', 'http://db:3030/news/store')
    >>> endpoints("http://db:3030/news")[1]
    'http://db:3030/news'
    >>> endpoints("http://db:8890/sparql#store=/sparql-graph-crud")
    ('http://db:8890/sparql', 'http://db:8890/sparql', 'http://db:8890/sparql-graph-crud')
    """
    address, _, fragment = location.partition("#")
    base = address.rstrip("/")
    if not urlsplit(base).path:
        found = base + "/query", base + "/update", base + "/store"
    elif base.endswith("/query"):
        parent = base.removesuffix("/query")
        found = base, parent + "/update", parent + "/store"
    else:
        found = base, base, base
    named = dict(parse_qsl(fragment))
    query, update, store = (urljoin(address, named.get(key, url)) for key, url in zip(_NAMES, found, strict=True))
    return query, update, store


@dataclass(frozen=True, slots=True)
class _Answer:
    status: int
    content_type: str
    data: bytes


class SparqlStore(AbstractContextManager["SparqlStore"]):
    """A dataset on a SPARQL 1.1 server (``oxigraph serve``, Fuseki, Virtuoso, GraphDB, QLever).

    ``location`` names the endpoints (:func:`endpoints`). ``timeout`` is per request, in seconds;
    a failed connection or a transient status is tried ``retries`` more times, after ``backoff``,
    twice that, four times that...

    >>> store = SparqlStore("http://127.0.0.1:7878")
    >>> store.update_url, store.timeout
    ('http://127.0.0.1:7878/update', 60.0)
    """

    def __init__(
        self,
        location: str,
        *,
        timeout: float = 60.0,
        retries: int = 4,
        backoff: float = 0.2,
    ) -> None:
        parts = urlsplit(location)
        self._auth: dict[str, str] = {}
        if parts.username is not None:
            credentials = f"{parts.username}:{parts.password or ''}".encode()
            self._auth["Authorization"] = "Basic " + base64.b64encode(credentials).decode("ascii")
            parts = parts._replace(netloc=parts.netloc.rpartition("@")[2])
        #: The location without credentials: what messages name.
        self.location = urlunsplit(parts)
        self.query_url, self.update_url, self.graph_store_url = endpoints(self.location)
        self.timeout = float(timeout)
        self.retries = retries
        self.backoff = backoff
        self._connections: dict[tuple[str, str], http.client.HTTPConnection] = {}

    # -- reading ----------------------------------------------------------------------------------------

    def query(self, sparql: str, bindings: Mapping[str, Binding] | None = None) -> QueryResult:
        """Run a query; ``bindings`` are joined as a trailing ``VALUES`` row of escaped terms.

        As with the embedded store, a ``SELECT`` must project the variables it binds.
        """
        text = _PROLOGUE + sparql
        if bindings:
            names = " ".join(f"?{name}" for name in bindings)
            values = " ".join(str(term(value)) for value in bindings.values())
            text += f"\nVALUES ({names}) {{ ({values}) }}"
        answer = self._send("POST", self.query_url, "query", text.encode("utf-8"),
                            {"Content-Type": "application/sparql-query; charset=utf-8", "Accept": _ACCEPT})  # fmt: skip
        return self._result(answer, bindings or {})

    def _result(self, answer: _Answer, bound: Iterable[str]) -> QueryResult:
        """A query's answer read by pyoxigraph: solutions or a boolean (JSON, XML), or triples (N-Triples...)."""
        results_format = ox.QueryResultsFormat.from_media_type(answer.content_type)
        graph_format = ox.RdfFormat.from_media_type(answer.content_type)
        try:
            if results_format is not None:
                result = query_result(ox.parse_query_results(answer.data, format=results_format))
            elif graph_format is not None:
                return query_result(q.triple for q in ox.parse(answer.data, format=graph_format))
            else:
                raise ValueError(f"a query answered with {answer.content_type or 'no content type'}")
        except (SyntaxError, ValueError) as e:
            raise StoreError(f"the SPARQL server at {self.location} sent an unreadable answer: {e}") from e
        missing = [] if result.boolean is not None else [name for name in bound if name not in result.variables]
        if missing:  # what the embedded store says too: keeps the two interchangeable
            raise QueryError(f"invalid or refused SPARQL query: a SELECT must project its bound variable ?{missing[0]}")
        return result

    def dump(self, format: str, graph: ox.NamedNode | None = None) -> bytes:
        fmt = _rdf_format(format)
        if graph is None:
            answer = self._graph_store("GET", None, accept=ox.RdfFormat.N_QUADS.media_type)
            quads: Iterable[ox.Quad] = ox.parse(answer.data, format=ox.RdfFormat.N_QUADS)
        else:
            answer = self._graph_store("GET", graph, accept=ox.RdfFormat.N_TRIPLES.media_type, missing_ok=True)
            triples = ox.parse(b"" if answer.status == 404 else answer.data, format=ox.RdfFormat.N_TRIPLES)
            quads = (ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)
        items = quads if fmt.supports_datasets else (q.triple for q in quads)
        data = ox.serialize(items, format=fmt, prefixes=PREFIXES)
        assert data is not None
        return data

    def graphs(self) -> list[str]:
        return sorted(str(row["g"]) for row in self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"))

    def count(self, graph: ox.NamedNode | None = None) -> int:
        where = "{ ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } }" if graph is None else f"GRAPH {graph} {{ ?s ?p ?o }}"
        return int(self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}").rows[0]["n"] or 0)

    # -- writing ----------------------------------------------------------------------------------------

    def update(self, sparql: str) -> None:
        self._send("POST", self.update_url, "update", (_PROLOGUE + sparql).encode("utf-8"),
                   {"Content-Type": "application/sparql-update; charset=utf-8"})  # fmt: skip

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        data = ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES)
        if not data:  # an empty PUT would leave an empty graph behind; the embedded store leaves none
            self.drop_graph(graph)
            return
        self._graph_store("PUT", graph, body=data, content_type=ox.RdfFormat.N_TRIPLES.media_type)

    def drop_graph(self, graph: ox.NamedNode) -> bool:
        return self._graph_store("DELETE", graph, missing_ok=True).status != 404

    def load(self, data: bytes | str | Path, format: str = "nq") -> None:
        fmt = _rdf_format(format)
        body = data.encode("utf-8") if isinstance(data, str) else data
        self._graph_store("POST", None, body=body, content_type=fmt.media_type, default=not fmt.supports_datasets)

    # -- HTTP -------------------------------------------------------------------------------------------

    def _graph_store(
        self,
        method: str,
        graph: ox.NamedNode | None,
        *,
        body: bytes | Path = b"",
        content_type: str | None = None,
        accept: str | None = None,
        default: bool = False,
        missing_ok: bool = False,
    ) -> _Answer:
        """One Graph Store Protocol request on ``graph``, the default graph, or (neither) the dataset."""
        url = self.graph_store_url
        if graph is not None:
            url += ("&" if "?" in url else "?") + urlencode({"graph": graph.value})
        elif default:
            url += ("&" if "?" in url else "?") + "default"
        headers = {name: value for name, value in (("Content-Type", content_type), ("Accept", accept)) if value}
        return self._send(method, url, f"graph store request ({method} {graph or 'dataset'})", body, headers,
                          missing_ok=missing_ok)  # fmt: skip

    def _send(
        self,
        method: str,
        url: str,
        what: str,
        body: bytes | Path,
        headers: Mapping[str, str],
        *,
        missing_ok: bool = False,
    ) -> _Answer:
        """One request, tried again after a failed connection or a transient status; an error status raises."""
        parts = urlsplit(url)
        target = quote(parts.path or "/", safe="/%:@!$&'()*+,;=") + (f"?{parts.query}" if parts.query else "")
        size = body.stat().st_size if isinstance(body, Path) else len(body)
        headers = {**headers, **self._auth, "Content-Length": str(size)}
        key = (parts.scheme, parts.netloc)
        attempt = 0
        while True:
            reused = key in self._connections
            connection = self._connection(*key)
            try:
                if isinstance(body, Path):
                    with body.open("rb") as stream:
                        connection.request(method, target, stream, headers)
                else:
                    connection.request(method, target, body, headers)
                response = connection.getresponse()
                answer = _Answer(response.status, response.getheader("Content-Type", ""), response.read())
            except (OSError, http.client.HTTPException) as e:
                self._drop(*key)
                dropped = isinstance(e, ConnectionError | http.client.HTTPException)
                if reused and dropped:
                    continue  # a kept-alive connection the server had closed meanwhile: again at once, on a new one
                # a refused or reset connection may be a server restarting; a timeout is a server still
                # working (or hung): not sent the same request again
                if attempt == self.retries or not dropped:
                    raise StoreError(self._unreachable(e)) from e
            else:
                if 200 <= answer.status < 300 or (missing_ok and answer.status == 404):
                    return answer
                if answer.status not in _TRANSIENT or attempt == self.retries:
                    raise ServerRefusedError(self._refusal(what, response.reason, answer), answer.status)
            time.sleep(self.backoff * 2**attempt)
            attempt += 1

    def _refusal(self, what: str, reason: str, answer: _Answer) -> str:
        message = " ".join(answer.data.decode("utf-8", "replace").split())
        message = message if len(message) <= 300 else message[:299] + "…"
        return (f"invalid or refused SPARQL {what}: the SPARQL server at {self.location} answered "
                f"{answer.status} {reason}" + (f": {message}" if message else ""))  # fmt: skip

    def _unreachable(self, error: BaseException) -> str:
        if isinstance(error, TimeoutError):
            return f"the SPARQL server at {self.location} did not answer within {self.timeout:g} s"
        if isinstance(error, ConnectionRefusedError):
            reason = "connection refused"
        elif isinstance(error, socket.gaierror):
            reason = "unknown host"
        else:
            reason = " ".join(str(error).split()) or type(error).__name__
        tries = f" (tried {self.retries + 1} times)" if self.retries else ""
        return f"cannot reach the SPARQL server at {self.location}: {reason}{tries}; is it running?"

    def _connection(self, scheme: str, netloc: str) -> http.client.HTTPConnection:
        key = (scheme, netloc)
        if key not in self._connections:
            kind = http.client.HTTPSConnection if scheme == "https" else http.client.HTTPConnection
            self._connections[key] = kind(netloc, timeout=self.timeout)
        return self._connections[key]

    def _drop(self, scheme: str, netloc: str) -> None:
        connection = self._connections.pop((scheme, netloc), None)
        if connection is not None:
            connection.close()

    # -- life cycle ---------------------------------------------------------------------------------------

    def close(self) -> None:
        for scheme, netloc in list(self._connections):
            self._drop(scheme, netloc)

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"SparqlStore({self.location!r})"


# -- an Oxigraph server of our own -------------------------------------------------------------------------


def start_oxigraph(
    location: str | os.PathLike[str] | None,
    port: int,
    *,
    host: str = "127.0.0.1",
    read_only: bool = False,
    pass_fds: tuple[int, ...] = (),
    timeout: float = 30.0,
    cors: bool = False,
) -> subprocess.Popen[bytes]:
    """Start ``oxigraph serve`` (``serve-read-only`` with ``read_only``) on ``host:port`` and wait until it listens.

    ``location`` is the store's directory (None: in memory, read-write only). The server answers at
    ``http://host:port`` (:class:`SparqlStore` finds ``/query``, ``/update``, ``/store`` there); it lets
    every web page read it cross-origin only with ``cors``. Stop it with SIGTERM (``terminate()``): it
    ignores SIGINT.
    ``pass_fds`` stay open in the server (a lock it must hold while it runs). The binary comes with
    the ``oxigraph`` package (``pip install 'relgraph[serve]'``); :class:`~relgraph.errors.StoreError`
    says so when it is missing, and gives the server's own message when it cannot start.
    """
    search = os.pathsep.join([sysconfig.get_path("scripts"), os.environ.get("PATH", "")])
    binary = shutil.which("oxigraph", path=search)
    if binary is None:
        raise StoreError("the `oxigraph` server is not installed; install it with pip install 'relgraph[serve]'")
    command = [binary, "serve-read-only" if read_only else "serve", "--bind", f"{host}:{port}"]
    command += ["--cors"] if cors else []
    command += [] if location is None else ["--location", os.fspath(location)]
    with tempfile.TemporaryFile("a+b") as log:  # appends, so reading it never moves where the server writes
        server = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=log, pass_fds=pass_fds)
        deadline = time.monotonic() + timeout
        while b"Listening for requests" not in _read(log):  # oxigraph says so once it is bound
            if server.poll() is not None or time.monotonic() > deadline:
                server.terminate()
                server.wait()
                lines = [line.strip() for line in _read(log).decode("utf-8", "replace").splitlines() if line.strip()]
                reason = next((line for line in lines if line.startswith("Error")), lines[0] if lines else "no answer")
                raise StoreError(f"oxigraph cannot serve {location or '(in memory)'} at {host}:{port}: {reason}")
            time.sleep(0.01)
    return server


def _read(log: IO[bytes]) -> bytes:
    log.seek(0)
    return log.read()
