"""Where the quads live: the :class:`Store` interface and the embedded :class:`OxigraphStore`.

The interface is what a SPARQL 1.1 server offers, so a ``SparqlStore`` talking
the Query, Update and Graph Store protocols (to ``oxigraph serve``, Fuseki,
...) can implement it without touching its callers:

=====================  ==========================================  =================================
method                 embedded (pyoxigraph)                       server (later)
=====================  ==========================================  =================================
``query``              ``Store.query(substitutions=...)``          Query protocol, GET/POST
``update``             ``Store.update``: one transaction           Update protocol, one request
``replace_graph``      one update: ``DROP`` + ``INSERT DATA``      Graph Store protocol ``PUT``
``drop_graph``         one update: ``DROP SILENT GRAPH``           Graph Store protocol ``DELETE``
``load``               ``Store.bulk_load``                         Graph Store ``POST`` of N-Quads
``dump``               ``Store.dump`` / ``serialize``              ``CONSTRUCT`` / Graph Store ``GET``
=====================  ==========================================  =================================

Atomicity, measured with pyoxigraph 0.5.13 (it has no Python transaction API):

- ``Store.update`` runs one SPARQL Update request, all its ``;``-separated
  operations, as one transaction: an ``INSERT DATA`` followed by a failing
  ``CREATE GRAPH`` left nothing behind. So every write that must be atomic is
  one update string (:func:`insert_data` renders quads into one).
- ``Store.extend`` and ``Store.load`` are transactional too, but only add.
- ``Store.bulk_extend`` and ``Store.bulk_load`` write files directly, outside
  any transaction: a failure midway leaves part of the data. :meth:`load` uses
  them for speed and says so.
- ``add``, ``remove``, ``remove_graph``, ``clear_graph`` are one transaction
  each: a sequence of them is not atomic.
- Readers see a consistent snapshot ("repeatable read") for a whole query.

Locking, measured: a second read-write open of a directory raises ``OSError``
("IO error: While lock file: <path>/LOCK: Resource temporarily unavailable"),
which :class:`OxigraphStore` turns into :class:`StoreLockedError` naming the
path. ``Store.read_only`` opens while another process holds the lock and writes,
needs no write access, and sees each transaction whole or not at all (RocksDB's
write batches are atomic in its log). What it can meet is a file that the writer's
compaction removed between reading the list of files and opening one ("No such
file or directory"): measured, once in a few hundred opens during a fast writer.
A read-only store then opens again and runs the query again, a few times.

Values from users reach a query only as bound values (``bindings``: the
variable is replaced by the term before evaluation; oxigraph requires a bound
variable to be in the ``SELECT`` projection) or as terms that pyoxigraph
serialises with every character escaped (:func:`insert_data`,
:func:`values_clause`), never by formatting strings into SPARQL.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Final, Protocol, Self, TypeVar, runtime_checkable

import pyoxigraph as ox

from relgraph.errors import QueryError, StoreError, StoreLockedError, UnknownFormatError
from relgraph.rdf.vocab import PREFIXES, XSD

__all__ = [
    "RDF_FORMATS",
    "Binding",
    "OxigraphStore",
    "QueryResult",
    "Store",
    "Value",
    "insert_data",
    "plain",
    "query_result",
    "term",
    "values_clause",
]

_T = TypeVar("_T")

#: A plain value in a result row: IRIs and most literals as strings (dates in ISO form), numbers as
#: ``int``/``float``, booleans as ``bool``; ``None`` when a variable is unbound.
Value = str | int | float | bool | None
#: A value bound to a query variable: a pyoxigraph term, or a Python value made into a typed literal
#: (``str`` becomes an ``xsd:string`` literal, never an IRI: pass a ``NamedNode`` for that).
Binding = ox.NamedNode | ox.BlankNode | ox.Literal | str | int | float | bool | date

#: Export formats by name: the file extensions pyoxigraph knows.
RDF_FORMATS: Final = ("ttl", "trig", "nq", "nt", "jsonld", "rdf", "n3")

_INTEGERS = {
    XSD + name
    for name in (
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
        "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte",
    )
}  # fmt: skip
#: Updates between flushes of an on-disk store. Measured with pyoxigraph 0.5.13: without flushes the
#: process grows by ~85 MB per 1,000 small transactions (RocksDB memtables: 880 MB after 1M quads in
#: 10,000 transactions); flushing every 500 kept it at ~85 MB, at the same speed.
_FLUSH_EVERY = 500
#: Tries of a read-only open or query that met a file a writer's compaction had just removed.
_READ_TRIES = 5
_FLOATS = {XSD + "decimal", XSD + "double", XSD + "float"}
_BOOLEAN = XSD + "boolean"


@dataclass(frozen=True, slots=True)
class QueryResult:
    """What a query returned, as plain values.

    ``SELECT``: ``variables`` and one dict per solution in ``rows`` (every variable a key).
    ``ASK``: ``boolean``. ``CONSTRUCT``/``DESCRIBE``: ``triples`` (pyoxigraph terms, to
    serialise) and the same as rows of ``subject``, ``predicate``, ``object``.
    """

    variables: tuple[str, ...] = ()
    rows: tuple[dict[str, Value], ...] = ()
    boolean: bool | None = None
    triples: tuple[ox.Triple, ...] = ()

    def __iter__(self) -> Iterator[dict[str, Value]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


def plain(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None) -> Value:
    """A term as a plain Python value (see :data:`Value`)."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        try:
            if datatype in _INTEGERS:
                return int(term.value)
            if datatype in _FLOATS:
                return float(term.value)
        except ValueError:
            return term.value  # an ill-typed literal keeps its text
        return term.value in ("true", "1") if datatype == _BOOLEAN else term.value
    return str(term) if isinstance(term, ox.BlankNode | ox.Triple) else term.value


def query_result(result: ox.QueryBoolean | ox.QuerySolutions | ox.QueryTriples | Iterable[ox.Triple]) -> QueryResult:
    """A pyoxigraph answer (solutions, a boolean, or triples) as a :class:`QueryResult` of plain values."""
    if isinstance(result, ox.QueryBoolean):
        return QueryResult(boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        names = tuple(v.value for v in result.variables)
        return QueryResult(names, tuple(dict(zip(names, map(plain, solution), strict=True)) for solution in result))
    triples = tuple(result)
    rows = tuple(
        {"subject": plain(t.subject), "predicate": plain(t.predicate), "object": plain(t.object)} for t in triples
    )
    return QueryResult(("subject", "predicate", "object"), rows, triples=triples)


def term(value: Binding) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """A :data:`Binding` as a pyoxigraph term."""
    if isinstance(value, ox.NamedNode | ox.BlankNode | ox.Literal):
        return value
    if isinstance(value, date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "date"))
    return ox.Literal(value)


def insert_data(quads: Iterable[ox.Quad]) -> str:
    """One ``INSERT DATA`` operation adding ``quads``, every term serialised (and escaped) by pyoxigraph."""
    graphs: dict[str, list[str]] = {}
    for q in quads:
        name = "" if isinstance(q.graph_name, ox.DefaultGraph) else str(q.graph_name)
        graphs.setdefault(name, []).append(f"{q.subject} {q.predicate} {q.object} .")
    blocks = (f"GRAPH {name} {{ {' '.join(lines)} }}" if name else " ".join(lines) for name, lines in graphs.items())
    return f"INSERT DATA {{ {' '.join(blocks)} }}"


def values_clause(variable: str, values: Iterable[Binding]) -> str:
    """``VALUES ?variable { ... }`` listing ``values`` as escaped terms: a set of bound values in one query."""
    return f"VALUES ?{variable} {{ {' '.join(str(term(v)) for v in values)} }}"


@runtime_checkable
class Store(Protocol):
    """A dataset of named graphs that relgraph queries and writes (embedded or a SPARQL server)."""

    def query(self, sparql: str, bindings: Mapping[str, Binding] | None = None) -> QueryResult:
        """Run a SPARQL 1.1 query (the :data:`~relgraph.rdf.vocab.PREFIXES` predeclared)."""
        ...

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 update request atomically: all its operations or none."""
        ...

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        """Atomically make ``graph`` hold exactly ``quads`` (their graph names are ignored)."""
        ...

    def drop_graph(self, graph: ox.NamedNode) -> bool:
        """Remove ``graph`` and its quads; False when there was no such graph."""
        ...

    def load(self, data: bytes | str | Path, format: str = "nq") -> None:
        """Bulk-load a serialisation (bytes, text or a file path): fast, not atomic."""
        ...

    def dump(self, format: str, graph: ox.NamedNode | None = None) -> bytes:
        """Serialise ``graph``, or everything (the union of all graphs for triple-only formats)."""
        ...

    def graphs(self) -> list[str]:
        """The names of the named graphs."""
        ...

    def count(self, graph: ox.NamedNode | None = None) -> int:
        """How many quads ``graph`` (or the whole dataset) holds."""
        ...

    def close(self) -> None:
        """Release the store (and its lock)."""
        ...


def _vanished(error: BaseException) -> bool:
    """A read-only store met a file that a writer's compaction removed: worth another try."""
    return isinstance(error, OSError | RuntimeError) and "no such file" in str(error).lower()


def _retried(action: Callable[[], _T], path: Path | None, before_retry: Callable[[], None] | None = None) -> _T:
    """``action()``, tried again (after ``before_retry()``) while it meets a vanished file."""
    for attempt in range(_READ_TRIES):
        try:
            return action()
        except (OSError, RuntimeError) as e:
            if not _vanished(e):
                raise
            if attempt == _READ_TRIES - 1:
                raise StoreError(
                    f"cannot read the store {path}: its files kept changing under the reader ({e}); try again"
                ) from e
            time.sleep(0.05 * 2**attempt)
            if before_retry is not None:
                before_retry()
    raise AssertionError("unreachable")  # pragma: no cover


def _rdf_format(name: str) -> ox.RdfFormat:
    found = ox.RdfFormat.from_extension(name.lower().lstrip("."))
    if found is None:
        raise UnknownFormatError(name, RDF_FORMATS)
    return found


class OxigraphStore:
    """The embedded store: a pyoxigraph ``Store`` in a directory, or in memory when ``path`` is None.

    ``read_only=True`` opens an existing store for reading only, with no write access and while
    another process writes to it: it sees the transactions written when it opened, each whole, and
    opens again when a writer's compaction removed a file under it (see the module's notes).
    A second writer gets :class:`StoreLockedError` naming the path.

    >>> store = OxigraphStore()
    >>> store.update('INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/a> rg:place "Doha" } }')
    >>> store.query("SELECT ?place ?s WHERE { GRAPH ?g { ?s rg:place ?place } }", {"s": ox.NamedNode("https://example.org/a")}).rows
    ({'place': 'Doha', 's': 'https://example.org/a'},)
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> None:
        self.path = None if path is None else Path(path)
        self.read_only = read_only
        self._store: ox.Store | None = self._open()
        self._unflushed = 0

    def _open(self) -> ox.Store:
        if self.path is None:
            if self.read_only:
                raise StoreError("an in-memory store cannot be opened read-only")
            return ox.Store()
        if self.read_only and not (self.path / "CURRENT").is_file():
            raise StoreError(f"no relgraph store at {self.path}")
        if self.read_only:
            return _retried(lambda: ox.Store.read_only(str(self.path)), self.path)
        try:
            return ox.Store(self.path)
        except OSError as e:
            # pyoxigraph 0.5.13 says "IO error: While lock file: <path>/LOCK: Resource temporarily unavailable"
            if "lock" in str(e).lower():
                raise StoreLockedError(
                    f"the store {self.path} is in use by another process (a running relgraph or `oxigraph serve`); "
                    "stop it, or open the store read-only"
                ) from e
            raise StoreError(f"cannot open the store {self.path}: {e}") from e

    @property
    def raw(self) -> ox.Store:
        """The underlying pyoxigraph ``Store`` (for what this interface does not cover)."""
        if self._store is None:
            raise StoreError(f"the store {self.path or '(in memory)'} is closed")
        return self._store

    def _writable(self) -> ox.Store:
        if self.read_only:
            raise StoreError(f"the store {self.path} is open read-only")
        return self.raw

    # -- reading ----------------------------------------------------------------------------------------

    def query(self, sparql: str, bindings: Mapping[str, Binding] | None = None) -> QueryResult:
        substitutions: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
            ox.Variable(name): term(value) for name, value in (bindings or {}).items()
        }

        def run() -> QueryResult:
            return query_result(self.raw.query(sparql, prefixes=PREFIXES, substitutions=substitutions or None))

        try:
            if self.read_only:  # a file a writer removed meanwhile: open again (a newer snapshot), ask again
                return _retried(run, self.path, self._reopen)
            return run()
        except (SyntaxError, RuntimeError) as e:
            raise QueryError(f"invalid or refused SPARQL query: {e}") from e
        except OSError as e:
            raise StoreError(f"cannot read the store {self.path or '(in memory)'}: {e}") from e

    def dump(self, format: str, graph: ox.NamedNode | None = None) -> bytes:
        fmt = _rdf_format(format)
        store = self.raw
        if graph is None and fmt.supports_datasets:
            data = store.dump(format=fmt, prefixes=PREFIXES)
        elif fmt.supports_datasets:
            data = ox.serialize(store.quads_for_pattern(None, None, None, graph), format=fmt, prefixes=PREFIXES)
        elif graph is None:  # a triple format for everything: the union of all graphs
            data = ox.serialize((q.triple for q in store), format=fmt, prefixes=PREFIXES)
        else:
            data = store.dump(format=fmt, from_graph=graph, prefixes=PREFIXES)
        assert data is not None
        return data

    def graphs(self) -> list[str]:
        return sorted(str(g.value) for g in self.raw.named_graphs())

    def count(self, graph: ox.NamedNode | None = None) -> int:
        if graph is None:
            return len(self.raw)
        return sum(1 for _ in self.raw.quads_for_pattern(None, None, None, graph))

    def __len__(self) -> int:
        return self.count()

    def _reopen(self) -> None:
        self._store = None
        self._store = self._open()

    # -- writing ----------------------------------------------------------------------------------------

    def update(self, sparql: str) -> None:
        store = self._writable()
        try:
            store.update(sparql, prefixes=PREFIXES)
            self._unflushed += 1
            if self.path is not None and self._unflushed >= _FLUSH_EVERY:
                store.flush()
                self._unflushed = 0
        except (SyntaxError, RuntimeError) as e:
            raise QueryError(f"invalid or refused SPARQL update: {e}") from e
        except OSError as e:
            raise StoreError(f"cannot write the store {self.path or '(in memory)'}: {e}") from e

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        inserts = insert_data(ox.Quad(q.subject, q.predicate, q.object, graph) for q in quads)
        self.update(f"DROP SILENT GRAPH {graph} ;\n{inserts}")

    def drop_graph(self, graph: ox.NamedNode) -> bool:
        existed = self.raw.contains_named_graph(graph)
        self.update(f"DROP SILENT GRAPH {graph}")
        return existed

    def load(self, data: bytes | str | Path, format: str = "nq") -> None:
        fmt = _rdf_format(format)
        store = self._writable()
        try:
            if isinstance(data, Path):
                store.bulk_load(path=data, format=fmt)
            else:
                store.bulk_load(input=data, format=fmt)
        except (SyntaxError, ValueError) as e:
            raise StoreError(f"cannot load {format} data: {e}") from e
        except OSError as e:
            raise StoreError(f"cannot write the store {self.path or '(in memory)'}: {e}") from e

    # -- life cycle ---------------------------------------------------------------------------------------

    def close(self) -> None:
        if self._store is not None and self.path is not None and not self.read_only:
            self._store.flush()
        self._store = None  # pyoxigraph releases the lock when its Store is dropped

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        mode = ", read_only=True" if self.read_only else ""
        return f"OxigraphStore({str(self.path) if self.path else None!r}{mode})"
