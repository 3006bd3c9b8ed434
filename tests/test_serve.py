"""``relgraph serve``: the embedded store as a read-only SPARQL endpoint that other tools query.

The command runs as its own process, as a user would start it; SPARQLWrapper and rdflib's
SPARQLStore stand for the other tools. While it serves, relgraph still reads the store and no
relgraph writer gets in; SIGTERM stops it and its server, and frees the store.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from relgraph import api
from relgraph.cli import cli
from relgraph.errors import StoreError, StoreLockedError
from relgraph.rdf.sparql_store import SparqlStore

pytestmark = pytest.mark.server

EVENTS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?e a <https://w3id.org/relgraph/ontology#DiplomaticEvent> } }"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "store"
    api.ingest([api.sample_path()], store=path, published=date(2025, 4, 16))
    return path


def start(store: Path, port: int) -> subprocess.Popen[str]:
    """``relgraph serve`` in its own process, once it says it is serving."""
    command = [sys.executable, "-m", "relgraph.cli", "serve", "--store", str(store), "--port", str(port)]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, preexec_fn=_default_signals)
    assert process.stderr is not None
    line = process.stderr.readline()
    assert line.startswith(f"Serving {store} read-only at http://127.0.0.1:{port}/query"), line
    return process


def _default_signals() -> None:
    """In a child, before it runs: Ctrl-C as by default, even when the tests were started with it ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def stop(process: subprocess.Popen[str]) -> int:
    process.send_signal(signal.SIGTERM)
    return process.wait(timeout=20)


@pytest.fixture
def served(store: Path, unused_port: int) -> Iterator[str]:
    process = start(store, unused_port)
    yield f"http://127.0.0.1:{unused_port}"
    if process.poll() is None:
        stop(process)


def test_sparqlwrapper_queries_the_served_store(served: str, store: Path) -> None:
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(served + "/query")
    client.setQuery(EVENTS)
    client.setReturnFormat(JSON)
    answer: dict[str, object] = client.queryAndConvert()  # type: ignore[assignment]
    count = int(answer["results"]["bindings"][0]["n"]["value"])  # type: ignore[index]
    assert count == api.sparql(EVENTS, store=store).rows[0]["n"]
    assert count > 0


def test_rdflibs_sparql_store_reads_it(served: str, store: Path) -> None:
    from rdflib import Graph
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    remote = Graph(store=SPARQLStore(served + "/query"))
    rows = list(remote.query("SELECT ?label WHERE { GRAPH ?g { ?s <http://www.w3.org/2004/02/skos/core#notation> "
                             "'QA' ; <http://www.w3.org/2000/01/rdf-schema#label> ?label } }"))  # fmt: skip
    assert {str(r[0]) for r in rows} >= {"Qatar", "قطر"}


def test_relgraph_reads_the_store_while_it_is_served_and_through_it(served: str, store: Path) -> None:
    assert api.timeline(["QA", "RU"], store=served) == api.timeline(["QA", "RU"], store=store)
    result = CliRunner().invoke(cli, ["sparql", EVENTS, "--store", served, "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [{"n": api.sparql(EVENTS, store=store).rows[0]["n"]}]


def test_no_writer_gets_in_while_it_serves(served: str, store: Path) -> None:
    with pytest.raises(StoreLockedError, match="in use by another process"):
        api.ingest([api.sample_path()], store=store)
    with SparqlStore(served) as remote, pytest.raises(StoreError, match="403 Forbidden: The server is read-only"):
        remote.update("CLEAR ALL")


def test_sigterm_stops_the_server_and_frees_the_store(store: Path, unused_port: int) -> None:
    process = start(store, unused_port)
    assert stop(process) == 0
    with pytest.raises(StoreError, match="connection refused"):
        SparqlStore(f"http://127.0.0.1:{unused_port}", retries=0).query("ASK {}")
    assert api.ingest([api.sample_path()], store=store, published=date(2025, 4, 16)).unchanged == 1


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads a process's children from /proc")
def test_the_server_keeps_the_lock_if_relgraph_is_killed(store: Path, unused_port: int) -> None:
    process = start(store, unused_port)
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
    assert len(children) == 1
    process.kill()
    process.wait()
    try:
        with pytest.raises(StoreLockedError):  # the orphaned server still reads the store: still no writer
            api.ingest([api.sample_path()], store=store)
    finally:
        os.kill(int(children[0]), signal.SIGTERM)
    # not our child (pid 1 may never reap it): once it has exited, its copy of the lock is gone
    deadline = time.monotonic() + 30
    while True:
        try:
            report = api.ingest([api.sample_path()], store=store, published=date(2025, 4, 16))
            break
        except StoreLockedError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
    assert report.unchanged == 1


def test_serve_needs_a_store_directory(tmp_path: Path) -> None:
    missing = CliRunner().invoke(cli, ["serve", "--store", str(tmp_path / "none")])
    assert missing.exit_code == 1
    assert "no relgraph store at" in missing.stderr
    server = CliRunner().invoke(cli, ["serve", "--store", "http://127.0.0.1:7878"])
    assert server.exit_code == 1
    assert "is a SPARQL server already" in server.stderr


def fetch(url: str, method: str = "GET") -> tuple[int, dict[str, str], str]:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(urllib.request.Request(url, method=method), timeout=30) as answer:
            return answer.status, dict(answer.headers), answer.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read().decode("utf-8")


def test_it_serves_relgraphs_pages_made_from_the_store(served: str) -> None:
    status, headers, page = fetch(served + "/")
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert "PREFIX rg: &lt;https://w3id.org/relgraph/ontology#&gt;" in page  # the SPARQL page, not YASGUI
    assert '"endpoint":"/query"' in page
    status, _, page = fetch(served + "/graph?since=2025&types=visit,meeting")
    assert status == 200
    assert "since 2025-01-01" in page
    assert '"kind":"visit"' in page
    assert '"kind":"relations_established"' not in page  # the sample's 1988 relations: filtered out
    status, _, page = fetch(served + "/timeline?a=Qatar&b=%D8%B1%D9%88%D8%B3%D9%8A%D8%A7")
    assert status == 200
    assert "<title>relgraph: Qatar and Russia</title>" in page
    assert (
        '<nav class="rg-nav"><a href="/">SPARQL</a><a href="/graph?state=QA">graph: Qatar</a>'
        '<a href="/graph?state=RU">graph: Russia</a></nav>'
    ) in page  # the pages served beside it
    status, _, page = fetch(served + "/graph?state=QA")
    assert status == 200
    assert '<nav class="rg-nav"><a href="/">SPARQL</a><a href="/timeline?a=QA">timeline: Qatar</a></nav>' in page
    status, headers, page = fetch(served + "/graph", method="HEAD")
    assert status == 200
    assert int(headers["Content-Length"]) > 10_000
    assert page == ""


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("/graph?state=Narnia", "unknown state 'Narnia'"),
        ("/graph?until=2020-02-30", "until='2020-02-30' is not a date"),
        ("/graph?types=visit,tea_party", "unknown event type 'tea_party'"),
        ("/timeline?a=QA&b=QA", "name the same state"),
        ("/timeline?a=%3Cscript%3E", "unknown state '<script>'"),
    ],
)
def test_a_page_asked_with_a_bad_parameter_is_a_400_that_says_why(served: str, target: str, message: str) -> None:
    status, headers, text = fetch(served + target)
    assert status == 400
    assert headers["Content-Type"] == "text/plain; charset=utf-8"
    assert message in text


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_request_addressed_to_another_name_is_refused(served: str, method: str) -> None:
    """DNS rebinding: a page whose own name resolves to 127.0.0.1 sends its name as the Host."""
    import http.client
    from urllib.parse import urlsplit

    port = urlsplit(served).port
    for target in ("/", "/graph", "/query?query=ASK%7B%7D"):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            connection.request(
                method,
                target,
                body=b"ASK {}" if method == "POST" else None,
                headers={"Host": f"rebound.example:{port}", "Content-Type": "application/sparql-query"},
            )
            answer = connection.getresponse()
            assert answer.status == 403
            assert answer.read() == b"this server answers requests to 127.0.0.1 or localhost only\n"
        finally:
            connection.close()
    status, _, _ = fetch(served.replace("127.0.0.1", "localhost") + "/graph")
    assert status == 200  # localhost is this machine's own name
