"""The SPARQL server store: endpoints, failures (down, slow, flaky, refusing), and relgraph over a real server.

The store suite itself (tests/test_store.py) runs against the server through conftest's ``empty_store``;
here is what only a server does, and the done criterion: ``relgraph timeline`` against the server
returns what it returns against the embedded store.
"""

from __future__ import annotations

import base64
import http.server
import json
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from relgraph import api
from relgraph.cli import cli
from relgraph.errors import QueryError, ServerRefusedError, StoreError
from relgraph.rdf.sparql_store import SparqlStore, endpoints, start_oxigraph
from relgraph.rdf.store import OxigraphStore, insert_data

pytestmark = pytest.mark.server

EX = "https://example.org/"
SAMPLE_DAY = date(2025, 4, 16)

# -- endpoints ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ("http://h:7878/", ("http://h:7878/query", "http://h:7878/update", "http://h:7878/store")),
        ("https://h/kb/query", ("https://h/kb/query", "https://h/kb/update", "https://h/kb/store")),
        ("http://h:3030/news", ("http://h:3030/news",) * 3),
        ("http://h:8890/sparql", ("http://h:8890/sparql",) * 3),
        (
            "http://h:8890/sparql#store=/sparql-graph-crud",
            ("http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql-graph-crud"),
        ),
        (
            "http://h:7200/repositories/kb#update=/repositories/kb/statements&store=http://g/rdf-graphs/service",
            (
                "http://h:7200/repositories/kb",
                "http://h:7200/repositories/kb/statements",
                "http://g/rdf-graphs/service",
            ),
        ),
        (
            "http://h:7001/#query=/&update=/?access-token=t",
            ("http://h:7001/", "http://h:7001/?access-token=t", "http://h:7001/store"),
        ),
    ],
)
def test_a_location_names_the_three_endpoints(location: str, expected: tuple[str, str, str]) -> None:
    assert endpoints(location) == expected


def test_credentials_stay_out_of_urls_and_messages() -> None:
    store = SparqlStore("http://ann:secret@h:7200/repositories/kb#update=/repositories/kb/statements")
    assert store.query_url == "http://h:7200/repositories/kb"
    assert store.update_url == "http://h:7200/repositories/kb/statements"
    assert "secret" not in store.location
    assert "secret" not in repr(store)


# -- a scripted HTTP server, for what a real one will not do on demand ------------------------------------


class Script:
    """Answers requests with the next of ``replies`` (status, body), sleeping ``delay`` s first; records requests.

    Connections are kept alive (HTTP/1.1), unless ``hang_up``: then the server closes each one after
    its answer without saying so, as servers and proxies do with idle connections.
    """

    def __init__(self, replies: list[tuple[int, str]], delay: float = 0.0, hang_up: bool = False) -> None:
        self.replies = replies
        self.delay = delay
        self.hang_up = hang_up
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []


@pytest.fixture
def scripted() -> Iterator[Callable[..., tuple[Script, str]]]:
    servers: list[http.server.ThreadingHTTPServer] = []

    def start(replies: list[tuple[int, str]], delay: float = 0.0, hang_up: bool = False) -> tuple[Script, str]:
        script = Script(replies, delay, hang_up)

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                script.requests.append((self.command, self.path, dict(self.headers), body))
                time.sleep(script.delay)
                status, text = script.replies[min(len(script.requests), len(script.replies)) - 1]
                data = text.encode()
                self.send_response(status)
                kind = "application/sparql-results+json" if status == 200 else "text/plain"
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                self.close_connection = script.hang_up

            def log_message(self, *args: object) -> None:
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        servers.append(server)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return script, f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


TRUE = json.dumps({"head": {}, "boolean": True})


def test_a_server_that_is_down_gets_one_clear_line(unused_port: int) -> None:
    store = SparqlStore(f"http://127.0.0.1:{unused_port}", retries=2, backoff=0.01)
    with pytest.raises(StoreError) as caught:
        store.query("ASK {}")
    assert str(caught.value) == (
        f"cannot reach the SPARQL server at http://127.0.0.1:{unused_port}: connection refused (tried 3 times); "
        "is it running?"
    )


def test_transient_statuses_are_retried_with_growing_waits(scripted: Callable[..., tuple[Script, str]]) -> None:
    script, url = scripted([(503, "busy"), (502, "proxy"), (200, TRUE)])
    store = SparqlStore(url, backoff=0.05)
    started = time.perf_counter()
    assert store.query("ASK {}").boolean is True
    assert len(script.requests) == 3
    assert time.perf_counter() - started >= 0.05 + 0.1


def test_retries_end_with_the_last_status(scripted: Callable[..., tuple[Script, str]]) -> None:
    script, url = scripted([(503, "still starting")])
    with pytest.raises(ServerRefusedError, match="503 Service Unavailable: still starting") as caught:
        SparqlStore(url, retries=2, backoff=0.01).query("ASK {}")
    assert caught.value.status == 503
    assert len(script.requests) == 3


@pytest.mark.parametrize("status", [400, 403, 500])
def test_a_refusal_is_not_retried_and_names_status_and_message(
    scripted: Callable[..., tuple[Script, str]], status: int
) -> None:
    script, url = scripted([(status, "no  such\nthing")])
    with pytest.raises(ServerRefusedError) as caught:
        SparqlStore(url, backoff=0.01).update("CLEAR ALL")
    assert len(script.requests) == 1
    assert caught.value.status == status
    message = str(caught.value)
    assert message.startswith(f"invalid or refused SPARQL update: the SPARQL server at {url} answered {status}")
    assert message.endswith(": no such thing")
    assert isinstance(caught.value, StoreError)
    assert isinstance(caught.value, QueryError)


def test_a_kept_alive_connection_the_server_closed_is_dialled_again_at_once(
    scripted: Callable[..., tuple[Script, str]],
) -> None:
    script, url = scripted([(200, TRUE)], hang_up=True)
    store = SparqlStore(url, backoff=2.0)
    started = time.perf_counter()
    assert [store.query("ASK {}").boolean for _ in range(3)] == [True, True, True]
    assert len(script.requests) == 3
    assert time.perf_counter() - started < 1.0  # no backoff: the server was never down


def test_a_slow_server_times_out_once(scripted: Callable[..., tuple[Script, str]]) -> None:
    script, url = scripted([(200, TRUE)], delay=1.0)
    with pytest.raises(StoreError, match=r"did not answer within 0\.2 s"):
        SparqlStore(url, timeout=0.2, backoff=0.01).query("ASK {}")
    assert len(script.requests) == 1  # a server still working on a query is not sent it again


def test_what_goes_over_the_wire(scripted: Callable[..., tuple[Script, str]]) -> None:
    script, url = scripted([(200, TRUE)])
    store = SparqlStore(url.replace("http://", "http://ann:s3cret@") + "/query#update=/elsewhere")
    store.query("ASK { ?s ?p ?o }", {"o": 'say "hi" }', "s": ox.NamedNode(EX + "a")})
    method, path, headers, body = script.requests[0]
    assert (method, path) == ("POST", "/query")
    assert headers["Content-Type"].startswith("application/sparql-query")
    assert "application/sparql-results+json" in headers["Accept"]
    assert headers["Authorization"] == "Basic " + base64.b64encode(b"ann:s3cret").decode()
    text = body.decode()
    assert text.count("\n") == 1  # the prefixes share the first line: the server's line numbers stay the user's
    assert text.startswith("PREFIX rg: <https://w3id.org/relgraph/ontology#>")
    assert text.endswith(f'ASK {{ ?s ?p ?o }}\nVALUES (?o ?s) {{ ("say \\"hi\\" }}" <{EX}a>) }}')


def test_a_select_must_project_what_it_binds_as_on_the_embedded_store(server_store: SparqlStore) -> None:
    with pytest.raises(QueryError, match=r"\?o"):
        server_store.query("SELECT ?s WHERE { ?s ?p ?o }", {"o": "x"})


def test_a_read_only_server_refuses_updates(tmp_path: Path, unused_port: int) -> None:
    with OxigraphStore(tmp_path / "db") as embedded:
        embedded.update(insert_data([ox.Quad(ox.NamedNode(EX + "a"), ox.NamedNode(EX + "p"), ox.Literal("x"))]))
    server = start_oxigraph(tmp_path / "db", unused_port, read_only=True)
    try:
        with SparqlStore(f"http://127.0.0.1:{unused_port}") as store:
            assert store.count() == 1
            with pytest.raises(StoreError, match="answered 403 Forbidden: The server is read-only"):
                store.update("CLEAR ALL")
            with pytest.raises(StoreError, match="403"):
                store.drop_graph(ox.NamedNode(EX + "g"))
    finally:
        server.terminate()
        server.wait()


def test_a_server_that_cannot_start_says_why(sparql_server: str) -> None:
    taken = int(sparql_server.rsplit(":", 1)[1])
    with pytest.raises(StoreError, match="Address already in use"):
        start_oxigraph(None, taken)


def test_bulk_load_and_dump_through_the_graph_store_protocol(server_store: SparqlStore, tmp_path: Path) -> None:
    data = f'<{EX}a> <{EX}p> "één" <{EX}g> .\n<{EX}b> <{EX}p> "2" .\n'
    path = tmp_path / "data.nq"
    path.write_text(data, encoding="utf-8")
    server_store.load(path)
    server_store.load(f'<{EX}c> <{EX}p> "from turtle" .', "ttl")
    assert server_store.count() == 3
    assert server_store.graphs() == [EX + "g"]
    assert {q.triple for q in ox.parse(server_store.dump("nt"), format=ox.RdfFormat.N_TRIPLES)} == {
        q.triple for q in ox.parse(data + f'<{EX}c> <{EX}p> "from turtle" .', format=ox.RdfFormat.N_QUADS)
    }
    assert server_store.dump("nq", ox.NamedNode(EX + "missing")) == b""
    with pytest.raises(ServerRefusedError, match="400"):
        server_store.load(b"<not n-quads")


# -- relgraph over a server: the same answers as over the embedded store -----------------------------------


@pytest.fixture
def both(server_store: SparqlStore, tmp_path: Path) -> tuple[str, str]:
    """The sample ingested into an embedded store and, through the protocol, into the server."""
    embedded = str(tmp_path / "store")
    for location in (embedded, server_store.location):
        report = api.ingest([api.sample_path()], store=location, published=SAMPLE_DAY)
        assert report.events > 0
    return embedded, server_store.location


@pytest.mark.parametrize("states", [["QA", "RU"], ["QA"], ["روسيا"]])
def test_timeline_over_the_server_is_the_embedded_timeline(both: tuple[str, str], states: list[str]) -> None:
    embedded, server = both
    rows = api.timeline(states, store=embedded)
    assert rows
    assert api.timeline(states, store=server) == rows


def test_the_cli_timeline_prints_the_same_over_the_server(both: tuple[str, str]) -> None:
    outputs = [CliRunner().invoke(cli, ["timeline", "Qatar", "Russia", "--store", s, "--format", "json"]) for s in both]
    assert outputs[0].exit_code == outputs[1].exit_code == 0
    assert json.loads(outputs[0].stdout) == json.loads(outputs[1].stdout)


def test_the_whole_graph_is_the_same_quads_and_stays_so_after_a_retraction(both: tuple[str, str]) -> None:
    def quads(location: str) -> set[ox.Quad]:
        return set(ox.parse(api.export(format="nq", store=location), format=ox.RdfFormat.N_QUADS))

    embedded, server = both
    assert quads(embedded) == quads(server)
    article = api.sample_path().name.removesuffix(".ar.txt")
    assert api.retract([article], store=embedded) == api.retract([article], store=server) == []
    assert quads(embedded) == quads(server)
    assert not api.timeline(["QA", "RU"], store=server)


def test_reingesting_into_the_server_changes_nothing(both: tuple[str, str]) -> None:
    _, server = both
    with SparqlStore(server) as store:
        before = store.count()
    report = api.ingest([api.sample_path()], store=server, published=SAMPLE_DAY)
    assert (report.changed, report.unchanged) == (0, 1)
    with SparqlStore(server) as store:
        assert store.count() == before


def test_the_cli_names_a_server_that_is_down(unused_port: int) -> None:
    result = CliRunner().invoke(cli, ["timeline", "QA", "--store", f"http://127.0.0.1:{unused_port}"])
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"Error: cannot reach the SPARQL server at http://127.0.0.1:{unused_port}: connection refused "
        "(tried 5 times); is it running?"
    )
