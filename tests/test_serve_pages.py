"""The pages ``relgraph serve`` serves: what each URL asks for, every parameter checked before it is used."""

from __future__ import annotations

from datetime import date

import pytest

from relgraph.errors import BadRequestError, StoreError, UnknownStateError
from relgraph.model import EventType
from relgraph.serve_pages import GraphView, SparqlView, TimelineView, parse_view, respond

CODES = {"QA": "QA", "QATAR": "QA", "قطر": "QA", "SA": "SA", "SAUDI ARABIA": "SA"}


def resolve(name: str) -> str:
    code = CODES.get(name.upper())
    if code is None:
        raise UnknownStateError(name)
    return code


def test_the_graph_takes_the_filters_of_relgraph_viz() -> None:
    view = parse_view("/graph?state=Qatar&since=1990&until=2020-06&at=2018&types=visit,meeting,visit", resolve)
    assert view == GraphView(
        "QA", date(1990, 1, 1), date(2020, 6, 30), date(2018, 12, 31), (EventType.VISIT, EventType.MEETING)
    )


def test_blank_fields_of_a_form_are_left_out() -> None:
    assert parse_view("/graph?state=&since=&until=&types=", resolve) == GraphView()
    assert parse_view("/graph", resolve) == GraphView()


def test_the_timeline_takes_one_state_or_two() -> None:
    assert parse_view("/timeline?a=%D9%82%D8%B7%D8%B1&b=SA", resolve) == TimelineView("QA", "SA")
    assert parse_view("/timeline?a=qa", resolve) == TimelineView("QA")
    assert parse_view("/", resolve) == SparqlView()


@pytest.mark.parametrize("target", ["/query?query=ASK{}", "/store?default", "/graph/", "/favicon.ico", "/index.html"])
def test_other_paths_are_the_sparql_servers(target: str) -> None:
    assert parse_view(target, resolve) is None


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("/graph?state=Atlantis", "unknown state 'Atlantis'"),
        ("/graph?since=19x0", "since='19x0' is not a date"),
        ("/graph?at=2018-13", "at='2018-13' is not a date"),
        ("/graph?types=visit,bogus", "unknown event type 'bogus'"),
        ("/graph?a=QA", "/graph takes no parameter 'a'"),
        ("/graph?since=1990&since=2000", "since is given 2 times"),
        ("/graph?state=" + "Q" * 201, "longer than 200 characters"),
        ("/graph?state=%FF", "cannot be read"),
        ("/timeline", "/timeline needs a state"),
        ("/timeline?b=SA", "/timeline needs a state"),
        ("/timeline?a=QA&b=Qatar", "name the same state"),
        ("/timeline?a=QA&state=SA", "/timeline takes no parameter 'state'"),
        ("/?query=SELECT", "/ takes no parameter 'query'"),
    ],
)
def test_a_bad_parameter_is_refused_with_its_reason(target: str, message: str) -> None:
    with pytest.raises(BadRequestError, match=message.replace("?", "\\?").replace("(", "\\(")):
        parse_view(target, resolve)


def pages(view: GraphView | TimelineView) -> str:
    return f"<p>{view!r}</p>"


def test_respond_serves_pages_as_html_that_loads_nothing() -> None:
    answer = respond("/graph?types=visit", resolve=resolve, sparql=lambda: "sparql", graph=pages, timeline=pages)
    assert answer is not None
    assert answer.status == 200
    headers = dict(answer.headers)
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert "connect-src 'self'" in headers["Content-Security-Policy"]
    assert answer.body.decode() == f"<p>{GraphView(types=(EventType.VISIT,))!r}</p>"
    root = respond("/", resolve=resolve, sparql=lambda: "sparql", graph=pages, timeline=pages)
    assert root is not None
    assert root.body == b"sparql"
    assert respond("/query", resolve=resolve, sparql=lambda: "", graph=pages, timeline=pages) is None


def test_respond_says_why_a_request_is_bad_in_plain_text() -> None:
    answer = respond("/graph?state=<script>", resolve=resolve, sparql=lambda: "", graph=pages, timeline=pages)
    assert answer is not None
    assert answer.status == 400
    assert dict(answer.headers)["Content-Type"] == "text/plain; charset=utf-8"
    assert dict(answer.headers)["X-Content-Type-Options"] == "nosniff"
    assert answer.body == b"unknown state '<script>'; give an ISO 3166 code, or an English or Arabic name\n"


def test_respond_tells_a_store_fault_from_a_bad_request() -> None:
    def broken(view: GraphView | TimelineView) -> str:
        raise StoreError("the store is gone")

    answer = respond("/timeline?a=QA", resolve=resolve, sparql=lambda: "", graph=broken, timeline=broken)
    assert answer is not None
    assert answer.status == 500
    assert answer.body == b"the store could not be read: the store is gone\n"


def test_the_endpoint_answers_what_its_pages_know_and_passes_the_rest_on(
    unused_port: int, capsys: pytest.CaptureFixture[str]
) -> None:
    import socket
    import urllib.error
    import urllib.request

    from relgraph.rdf.endpoint import Endpoint

    def pages(target: str) -> tuple[int, tuple[tuple[str, str], ...], bytes] | None:
        if target == "/broken":
            raise RuntimeError("a bug in a page")
        if target == "/":
            return 200, (("Content-Type", "text/plain; charset=utf-8"),), b"a page\n"
        return None

    with socket.socket() as probe:  # the inner server's port, where nobody listens
        probe.bind(("127.0.0.1", 0))
        inner = probe.getsockname()[1]
    endpoint = Endpoint("127.0.0.1", unused_port, inner, pages=pages)
    endpoint.start()
    base = f"http://127.0.0.1:{unused_port}"
    try:
        with urllib.request.urlopen(base + "/", timeout=10) as answer:
            assert answer.read() == b"a page\n"
        with pytest.raises(urllib.error.HTTPError) as broken:
            urllib.request.urlopen(base + "/broken", timeout=10)
        assert broken.value.code == 500
        assert broken.value.read() == b"the page could not be made\n"
        assert "RuntimeError: a bug in a page" in capsys.readouterr().err
        with pytest.raises(urllib.error.HTTPError) as passed_on:
            urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=10)
        assert passed_on.value.code == 502  # not a page: passed on to the server behind, which is not there
    finally:
        endpoint.stop()
