"""The writer's lease on a SPARQL server's store (relgraph.rdf.lease), against a real ``oxigraph serve``."""

from __future__ import annotations

import threading
import time

import pytest

from relgraph.errors import StoreLockedError
from relgraph.rdf import lease as leases
from relgraph.rdf.sparql_store import SparqlStore
from relgraph.rdf.vocab import LEASE_GRAPH
from relgraph.store_access import open_store

pytestmark = pytest.mark.server


def held(store: SparqlStore) -> int:
    return store.count(LEASE_GRAPH)


def test_a_second_writer_is_refused_naming_the_first(server_store: SparqlStore, sparql_server: str) -> None:
    with open_store(sparql_server, write=True):
        assert held(server_store) == 2  # one node: its holder and its term
        with (
            pytest.raises(StoreLockedError, match=r"being written to by relgraph \(pid \d+ on .*--wait"),
            open_store(sparql_server, write=True),
        ):
            pass
        assert held(server_store) == 2  # the refused writer left nothing behind
    assert held(server_store) == 0  # released
    with open_store(sparql_server, write=True):  # and free again
        pass


def test_readers_take_no_lease(server_store: SparqlStore, sparql_server: str) -> None:
    with open_store(sparql_server, write=True), open_store(sparql_server) as reader:
        assert reader.query("ASK { ?s ?p ?o }").boolean is not None
        assert held(server_store) == 2


def test_a_waiting_writer_takes_it_when_it_is_released(
    server_store: SparqlStore, sparql_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(leases, "RETRY", 0.05)
    order: list[str] = []
    first_holds = threading.Event()

    def first() -> None:
        with open_store(sparql_server, write=True):
            first_holds.set()
            time.sleep(0.5)
            order.append("first done")

    thread = threading.Thread(target=first)
    thread.start()
    assert first_holds.wait(10)
    with open_store(sparql_server, write=True, wait=True):
        order.append("second holds")
    thread.join()
    assert order == ["first done", "second holds"]


def test_a_lapsed_lease_is_taken_over_and_a_held_one_is_extended(server_store: SparqlStore, sparql_server: str) -> None:
    with leases.lease(sparql_server, seconds=0.3):  # as a writer killed while holding it
        time.sleep(0.5)  # the keeper extends it every 0.1 s
        with pytest.raises(StoreLockedError):
            leases.lease(sparql_server).__enter__()
    server_store.update(f"""INSERT DATA {{ GRAPH {LEASE_GRAPH} {{ <https://w3id.org/relgraph/id/lease/dead>
        rg:leaseHolder "a killed writer" ; rg:leaseUntil "2000-01-01T00:00:00Z"^^xsd:dateTime }} }}""")
    with open_store(sparql_server, write=True):  # the lapsed lease is no obstacle, and is cleared
        assert held(server_store) == 2


def test_two_writers_at_once_never_both_hold_it(server_store: SparqlStore, sparql_server: str) -> None:
    holding: list[int] = []
    most = []
    barrier = threading.Barrier(4)

    def writer() -> None:
        barrier.wait()
        with open_store(sparql_server, write=True, wait=True):
            holding.append(1)
            most.append(len(holding))
            time.sleep(0.05)
            holding.pop()

    threads = [threading.Thread(target=writer) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(most) == 4
    assert max(most) == 1
