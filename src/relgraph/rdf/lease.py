"""One writer at a time on a SPARQL server's store: a lease kept in the store, taken and released with SPARQL Update.

An embedded store has a lock file; a store behind a SPARQL server (``--store
http://...``) has none that every writer, on any machine, can see. So a writer
first takes the **lease**: one node in ``id:graph/lease`` with its holder
(``rg:leaseHolder``, who and where) and the time it lapses (``rg:leaseUntil``,
by the server's clock: ``NOW()`` plus :data:`TERM`).

- **Taking it** is one update request, so one transaction on the server: drop
  the lapsed leases, then insert this writer's own node unless an unexpired
  lease is there. The writer then reads the leases back: it holds the lease if
  its node is the only unexpired one, or, should two writers have inserted at
  once (a server that isolates transactions by snapshots lets both in), the
  one with the smallest id; the other takes its node out and is refused
  (:class:`~relgraph.errors.StoreLockedError`, naming the holder) or, with
  ``wait``, tries again.
- **Keeping it**: a thread extends the term every third of it while the writer
  writes, only if the node is still this writer's.
- **Releasing it**: deleting the node. A writer killed without releasing
  leaves a lease that lapses after :data:`TERM` seconds.
"""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from relgraph.errors import StoreLockedError
from relgraph.rdf.sparql_store import SparqlStore
from relgraph.rdf.store import Store, term
from relgraph.rdf.vocab import LEASE_GRAPH, lease_iri

__all__ = ["TERM", "lease"]

#: Seconds a lease runs unless its holder extends it (every third of that while it writes).
TERM = 120.0
#: Seconds between two tries to take a lease held by another writer, with ``wait``.
RETRY = 1.0

_NOW = "xsd:dateTime(NOW())"


def _until(seconds: float) -> str:
    return f'({_NOW} + xsd:dayTimeDuration("PT{seconds:.3f}S"))'


def _take(store: Store, node: str, holder: str, seconds: float) -> None:
    store.update(f"""
DELETE {{ GRAPH {LEASE_GRAPH} {{ ?l ?p ?o }} }}
WHERE {{ GRAPH {LEASE_GRAPH} {{ ?l rg:leaseUntil ?u ; ?p ?o }} FILTER(?u < {_NOW}) }} ;
INSERT {{ GRAPH {LEASE_GRAPH} {{ {node} rg:leaseHolder {term(holder)} ; rg:leaseUntil ?until }} }}
WHERE {{
  FILTER NOT EXISTS {{ GRAPH {LEASE_GRAPH} {{ ?other rg:leaseUntil ?u FILTER(?u >= {_NOW}) }} }}
  BIND({_until(seconds)} AS ?until)
}}""")


def _holders(store: Store) -> list[tuple[str, str, str]]:
    """The unexpired leases: (node, holder, until), smallest node first."""
    rows = store.query(f"""SELECT ?l ?holder ?until WHERE {{ GRAPH {LEASE_GRAPH} {{
      ?l rg:leaseHolder ?holder ; rg:leaseUntil ?until FILTER(?until >= {_NOW}) }} }} ORDER BY STR(?l)""").rows
    return [(str(r["l"]), str(r["holder"]), str(r["until"])) for r in rows]


def _drop(store: Store, node: str) -> None:
    pattern = f"GRAPH {LEASE_GRAPH} {{ {node} ?p ?o }}"
    store.update(f"DELETE {{ {pattern} }} WHERE {{ {pattern} }}")


def _extend(store: Store, node: str, seconds: float) -> None:
    store.update(f"""DELETE {{ GRAPH {LEASE_GRAPH} {{ {node} rg:leaseUntil ?u }} }}
INSERT {{ GRAPH {LEASE_GRAPH} {{ {node} rg:leaseUntil ?until }} }}
WHERE {{ GRAPH {LEASE_GRAPH} {{ {node} rg:leaseUntil ?u }} BIND({_until(seconds)} AS ?until) }}""")


@contextmanager
def lease(where: str, *, wait: bool = False, seconds: float = TERM) -> Iterator[str]:
    """Hold the writer's lease of the store of the SPARQL server at ``where`` for the block; yields its node's IRI.

    :class:`StoreLockedError` when another writer holds it, unless ``wait``: then try every :data:`RETRY`
    seconds until it is free. The lease has connections of its own (a thread extends it while the writer's
    requests go on).
    """
    with SparqlStore(where) as store:
        yield from _held(store, where, wait, seconds)


def _held(store: Store, where: str, wait: bool, seconds: float) -> Iterator[str]:
    iri = lease_iri(uuid.uuid4().hex)
    node, holder = str(iri), f"relgraph (pid {os.getpid()} on {socket.gethostname()})"
    while True:
        _take(store, node, holder, seconds)
        found = _holders(store)
        if found and found[0][0] == iri.value:
            break
        _drop(store, node)  # inserted at the same time as a smaller one, or not inserted at all
        if not wait:
            who, until = (found[0][1], found[0][2]) if found else ("another writer", "")
            raise StoreLockedError(f"the store at {where} is being written to by {who} (its lease runs until "
                                   f"{until}); wait for it with --wait")  # fmt: skip
        time.sleep(RETRY)
    stop = threading.Event()

    def keep() -> None:
        with SparqlStore(where) as own:  # a connection of its own: the writer's is not shared between threads
            while not stop.wait(seconds / 3):
                _extend(own, node, seconds)

    keeper = threading.Thread(target=keep, name="relgraph-lease", daemon=True)
    keeper.start()
    try:
        yield iri.value
    finally:
        stop.set()
        keeper.join()
        _drop(store, node)
