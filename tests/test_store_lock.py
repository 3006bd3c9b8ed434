"""One writer or many readers on the embedded store; the others get a clear error or wait."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from relgraph import api
from relgraph.errors import StoreLockedError


def test_a_second_writer_gets_a_clear_error(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with (
        api.open_store(store, write=True),
        pytest.raises(StoreLockedError, match=r"in use by another process.*--wait"),
        api.open_store(store, write=True),
    ):
        pass


def test_a_reader_during_a_write_reads_what_was_written_each_transaction_whole(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with api.open_store(store, write=True) as opened:
        opened.update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> . <urn:a> <urn:b> <urn:d> } }")
        with api.open_store(store) as reader:  # the writer holds the lock: readers need none
            assert reader.count() == 2
        opened.update("INSERT DATA { GRAPH <urn:h> { <urn:a> <urn:b> <urn:e> } }")
        with api.open_store(store) as reader:
            assert reader.count() == 3


def test_readers_share_the_store(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with api.open_store(store, write=True):
        pass
    with api.open_store(store), api.open_store(store) as second:
        assert second.query("ASK { ?s ?p ?o }").boolean is False


def test_a_writer_with_wait_goes_on_when_the_first_is_done(tmp_path: Path) -> None:
    store = tmp_path / "store"
    order: list[str] = []
    first = api.open_store(store, write=True)
    first.__enter__()

    def second() -> None:
        with api.open_store(store, write=True, wait=True):
            order.append("second")

    thread = threading.Thread(target=second)
    thread.start()
    time.sleep(0.3)
    order.append("first done")
    first.__exit__(None, None, None)
    thread.join(timeout=10)
    assert order == ["first done", "second"]
