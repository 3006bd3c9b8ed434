"""``relgraph serve`` answers only the people it should (issue 13, item 9).

A web page of another origin, in real headless Chromium, cannot read the store unless ``--cors`` names
its origin; a ``SERVICE`` query never makes the endpoint send a request (a trap server on 127.0.0.1
counts what reaches it); a host other than loopback is served with a warning.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from relgraph import api
from relgraph.rdf.endpoint import is_loopback, uses_service

CHROMIUM = Path("/usr/bin/chromium")
EVENTS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?e a <https://w3id.org/relgraph/ontology#DiplomaticEvent> } }"


def _default_signals() -> None:
    """In the child: Ctrl-C as by default, even when the tests were started with it ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve-faults") / "store"
    api.ingest([api.sample_path()], store=path, published=date(2025, 4, 16))
    return path


#: Starts tried, each on a port free when chosen: between the choice and the server's bind, an outgoing connection
#: of another process may take the same ephemeral port (then the server cannot bind it, and only then).
_STARTS = 3


@pytest.fixture
def serve(store: Path, free_ports: Callable[[], int]) -> Iterator[Callable[..., tuple[str, list[str]]]]:
    """Start ``relgraph serve`` with these options: its URL and the stderr lines before it served."""
    started: list[subprocess.Popen[str]] = []

    def start(*options: str) -> tuple[str, list[str]]:
        for _ in range(_STARTS):
            port = free_ports()
            command = [sys.executable, "-m", "relgraph.cli", "serve", "--store", str(store), "--port",
                       str(port), *options]  # fmt: skip
            process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, preexec_fn=_default_signals)
            assert process.stderr is not None
            lines = [process.stderr.readline()]
            while lines[-1] and not lines[-1].startswith("Serving"):
                lines.append(process.stderr.readline())
            if lines[-1].startswith("Serving"):
                started.append(process)
                return f"http://127.0.0.1:{port}", lines
            assert process.wait(timeout=20) == 1, lines  # it could not serve, and said why: try another port
        pytest.fail(f"relgraph serve did not start in {_STARTS} tries: {lines}")

    yield start
    for process in started:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0


class _Trap(BaseHTTPRequestHandler):
    hits: list[str]

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.hits.append(self.path)
        self.send_response(200)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(b"<!doctype html><title>another origin</title>")

    do_POST = do_GET


@pytest.fixture
def other_origin() -> Iterator[tuple[str, list[str]]]:
    """A web server on another port (so another origin): its URL, and the paths requested from it."""
    hits: list[str] = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), type("Trap", (_Trap,), {"hits": hits}))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", hits
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
        yield launched
        launched.close()


FETCH = """async (url) => {
  try {
    const answer = await fetch(url, {headers: {Accept: "application/sparql-results+json"}});
    return {status: answer.status, body: await answer.text()};
  } catch (e) {
    return {error: String(e)};
  }
}"""


def fetch_from(browser: Any, page_url: str, url: str) -> dict[str, Any]:
    page = browser.new_page()
    try:
        page.goto(page_url)
        result: dict[str, Any] = page.evaluate(FETCH, url)
        return result
    finally:
        page.close()


def query_url(base: str, query: str) -> str:
    return f"{base}/query?{urllib.parse.urlencode({'query': query})}"


@pytest.mark.browser
@pytest.mark.server
def test_another_origin_cannot_read_the_store_unless_cors_names_it(
    browser: Any, serve: Callable[..., tuple[str, list[str]]], other_origin: tuple[str, list[str]], store: Path
) -> None:
    page, _ = other_origin
    url, before = serve()
    assert len(before) == 1, before  # on loopback: no warning
    assert "Failed to fetch" in fetch_from(browser, page, query_url(url, EVENTS)).get("error", ""), (
        "another origin read the store: Access-Control-Allow-Origin was sent"
    )
    with urllib.request.urlopen(urllib.request.Request(query_url(url, EVENTS), headers={"Origin": page})) as answer:
        assert answer.headers.get("Access-Control-Allow-Origin") is None  # it was "*" for every origin


@pytest.mark.browser
@pytest.mark.server
def test_the_origin_given_with_cors_reads_it_and_no_other(
    browser: Any, serve: Callable[..., tuple[str, list[str]]], other_origin: tuple[str, list[str]], store: Path
) -> None:
    page, _ = other_origin
    url, _ = serve("--cors", page)
    answer = fetch_from(browser, page, query_url(url, EVENTS))
    assert answer.get("status") == 200, answer
    count = int(json.loads(answer["body"])["results"]["bindings"][0]["n"]["value"])
    assert count == api.sparql(EVENTS, store=store).rows[0]["n"] > 0
    elsewhere = page.replace("127.0.0.1", "localhost")  # the same server under another name is another origin
    assert "Failed to fetch" in fetch_from(browser, elsewhere, query_url(url, EVENTS)).get("error", "")


@pytest.mark.browser
@pytest.mark.server
def test_service_is_refused_and_sends_no_request(
    browser: Any, serve: Callable[..., tuple[str, list[str]]], other_origin: tuple[str, list[str]]
) -> None:
    page, hits = other_origin
    url, _ = serve("--cors", page)
    forged = f"SELECT * WHERE {{ SERVICE <{page}/sparql> {{ ?s ?p ?o }} }}"
    answer = fetch_from(browser, page, query_url(url, forged))
    assert answer.get("status") == 403, answer
    assert "SERVICE is refused" in answer["body"]
    hits.clear()  # the page itself came from the trap
    variants = [
        forged.replace("SERVICE", "service"),
        forged.replace("SERVICE", "\\u0053ERVICE"),  # SPARQL unescapes \u before it parses
        f"# a comment\nSELECT * {{ ?a ?b ?c .SeRvIcE SILENT <{page}/x> {{ ?s ?p ?o }} }}",
    ]
    for query in variants:
        for request in (
            urllib.request.Request(query_url(url, query)),
            urllib.request.Request(
                f"{url}/query", data=query.encode(), headers={"Content-Type": "application/sparql-query"}
            ),
            urllib.request.Request(
                f"{url}/query",
                data=urllib.parse.urlencode({"query": query}).encode(),
                headers={"Content-Type": "application/x-www-form-urlencoded"},
            ),
        ):
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(request, timeout=30)
            assert refused.value.code == 403, query
    assert hits == []


@pytest.mark.server
def test_a_host_other_than_loopback_is_served_with_a_warning(serve: Callable[..., tuple[str, list[str]]]) -> None:
    url, before = serve("--host", "0.0.0.0")
    assert before[0].startswith("Warning: 0.0.0.0 is reachable from other machines"), before
    with urllib.request.urlopen(query_url(url, "ASK {}"), timeout=30) as answer:
        assert answer.status == 200


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * { SERVICE <http://example.org/> { ?s ?p ?o } }",
        "SELECT * { service ?endpoint { ?s ?p ?o } }",
        "SELECT * { ?s ?p ?o .SERVICE <urn:x> {} }",
        "SELECT * { \\u0073ervice <urn:x> {} }",
        "SELECT * { ?s ?p 'a' SERVICE <urn:x> {} }",
        'SELECT * { ?s ?p """a""" . SERVICE <urn:x> {} }',
        "SELECT * {\n# SERVICE\nSERVICE <urn:x> {} }",
    ],
)
def test_uses_service_finds_the_keyword(query: str) -> None:
    assert uses_service(query)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?service { ?service ?p ?o }",
        "SELECT * { ?s ex:SERVICE 'SERVICE' } # SERVICE",
        'SELECT * { ?s <http://example.org/SERVICE> """a SERVICE\nb""" }',
        "SELECT * { ?s service:x ?o . ?s ex:a.SERVICE ?o . _:SERVICE ?p ?o }",
        "SELECT * { ?s ?p $SERVICE }",
    ],
)
def test_uses_service_leaves_names_strings_and_comments_alone(query: str) -> None:
    assert not uses_service(query)


def test_loopback_hosts() -> None:
    assert all(map(is_loopback, ["127.0.0.1", "::1", "[::1]", "localhost", "127.8.9.10"]))
    assert not any(map(is_loopback, ["0.0.0.0", "::", "10.0.0.1"]))


def test_the_endpoint_answers_502_when_its_server_is_gone_and_preflights_only_for_its_origins(
    unused_port: int,
) -> None:
    import socket

    from relgraph.rdf.endpoint import Endpoint

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        nobody = probe.getsockname()[1]  # nothing listens there once the probe is closed
    endpoint = Endpoint("127.0.0.1", unused_port, nobody, ["https://allowed.example"])
    endpoint.start()
    try:
        base = f"http://127.0.0.1:{unused_port}"
        with pytest.raises(urllib.error.HTTPError) as gone:
            urllib.request.urlopen(query_url(base, "ASK {}"), timeout=30)
        assert gone.value.code == 502
        for origin, allowed in (("https://allowed.example", True), ("https://evil.example", False)):
            preflight = urllib.request.Request(f"{base}/query", method="OPTIONS", headers={
                "Origin": origin, "Access-Control-Request-Method": "POST"})  # fmt: skip
            with urllib.request.urlopen(preflight, timeout=30) as answer:
                assert (answer.headers.get("Access-Control-Allow-Origin") == origin) is allowed
    finally:
        endpoint.stop()
