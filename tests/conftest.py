"""Shared fixtures: a real ``oxigraph serve`` on 127.0.0.1, an empty store of each kind, synthetic articles.

The server is the ``oxigraph`` binary (a test dependency), started once per session in memory on a
free port and stopped with SIGTERM; tests that use it skip when it is not installed.
"""

from __future__ import annotations

import contextlib
import json
import random
import re
import signal
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from relgraph.errors import StoreError
from relgraph.extractors import Extractor
from relgraph.model import Article, Mention
from relgraph.rdf.sparql_store import SparqlStore, start_oxigraph
from relgraph.rdf.store import OxigraphStore, Store
from relgraph.repository import Repository
from relgraph.store_access import open_store


def pytest_configure(config: pytest.Config) -> None:
    """A suite started with SIGINT ignored (nohup, a background job, some CI runners) would hand that on to every
    process a test starts, and a test of Ctrl-C would see nothing: the suite puts the default back, once, for all of
    them (an exec'd child gets the default action, not an ignored signal)."""
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


_ARABIC = re.compile(r"[\u0600-\u06ff]")


def pytest_make_parametrize_id(config: pytest.Config, val: object, argname: str) -> str | None:
    """An Arabic case's id is its sentence as written, readable in the report (not \\u escapes)."""
    return val if isinstance(val, str) and _ARABIC.search(val) else None


#: What a test expects of an event: its type's slug, its actors, its date (ISO, at its precision) or None.
Found = tuple[str, tuple[str, ...], str | None]
#: Where the test data of the suite's own is (a small French lexicon ...).
FIXTURES = Path(__file__).parent / "fixtures"


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def unused_port() -> int:
    return free_port()


@pytest.fixture
def free_ports() -> Callable[[], int]:
    """:func:`free_port`, for a test that may need another port after one was taken meanwhile."""
    return free_port


@pytest.fixture(scope="session")
def sparql_server() -> Iterator[str]:
    """The URL of an in-memory ``oxigraph serve`` shared by the session (tests empty it before use)."""
    port = free_port()
    try:
        server = start_oxigraph(None, port)
    except StoreError as e:
        pytest.skip(str(e))
    yield f"http://127.0.0.1:{port}"
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture
def server_store(sparql_server: str) -> Iterator[SparqlStore]:
    """The session's server, emptied, as a store."""
    with SparqlStore(sparql_server) as store:
        store.update("DROP ALL")
        yield store


@pytest.fixture(params=["embedded", pytest.param("server", marks=pytest.mark.server)])
def empty_store(request: pytest.FixtureRequest) -> Store:
    """An empty store of each kind: the store suite runs against both."""
    if request.param == "embedded":
        return OxigraphStore()
    store: Store = request.getfixturevalue("server_store")
    return store


# -- extraction: what an extractor finds in one text, as a test states it -----------------------------------------


def found_events(extractor: Extractor, text: str, lang: str, published: date | None = None) -> set[Found]:
    """The events ``extractor`` finds in ``text`` as ``(type, actors, date)``, the actors of order-free types sorted
    (so that an expectation can name them in any order)."""
    out: set[Found] = set()
    for m in extractor.extract(Article("t", text, lang, published)):
        actors = m.actors if m.type.directed else tuple(sorted(m.actors))
        out.add((m.type.slug, actors, m.date.iso if m.date else None))
    return out


@pytest.fixture
def events_of() -> Callable[..., set[Found]]:
    """:func:`found_events`, for a test: ``events_of(extractor, text, lang, published=None)``."""
    return found_events


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    """``tests/fixtures``: data the tests build extractors and inputs from."""
    return FIXTURES


# -- synthetic articles: our own sentences about the gazetteer's states ------------------------------------

_EN = [
    "{a} and {b} established diplomatic relations on {date}, according to a joint statement.",
    "The foreign minister of {a} visited {b} on {date} for talks on trade and water.",
    "{a} recalled its ambassador from {b} on {date} after a quarrel over fishing rights.",
    "{a} opened an embassy in {b} on {date}.",
    "Officials of {a} and {b} met in Geneva on {date} to discuss a shared railway.",
    "{a} expelled two diplomats of {b} on {date}, its foreign ministry said.",
]
_AR = [
    "أعلنت {a} و{b} إقامة علاقات دبلوماسية في {date}.",
    "زار رئيس {a} {b} في {date} لبحث التجارة والمياه.",
    "استدعت {a} سفيرها لدى {b} في {date}.",
]
_FILLER = ["The weather was mild.", "Markets were calm that week.", "وكان الطقس معتدلا."]
_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]  # fmt: skip
_MONTHS_AR = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
              "ديسمبر"]  # fmt: skip


def synthetic_articles(n: int, seed: int = 11) -> list[dict[str, str]]:
    """``n`` articles as JSON Lines objects (``id``, ``text``, ``lang``, ``published``, ``source``).

    Each has two to four sentences from templates over the gazetteer's current states, a third of
    them Arabic; a few pairs and dates repeat, so that events fuse across articles.
    """
    from relgraph.gazetteer import Gazetteer

    rng = random.Random(seed)
    states = sorted((s for s in Gazetteer.default() if not s.former), key=lambda s: s.code)[:60]
    recent: list[tuple[int, int, date]] = []
    out = []
    for i in range(n):
        lang = "ar" if i % 3 == 2 else "en"
        sentences = []
        for _ in range(rng.randint(2, 4)):
            if recent and rng.random() < 0.25:
                a, b, day = rng.choice(recent)
            else:
                a, b = rng.sample(range(len(states)), 2)
                day = date(1960, 1, 1) + timedelta(days=rng.randrange(23_000))
                recent = [*recent[-50:], (a, b, day)]
            if lang == "ar":
                when = f"{day.day} {_MONTHS_AR[day.month - 1]} {day.year}"
                names = {"a": states[a].name_ar, "b": states[b].name_ar}
                sentences.append(rng.choice(_AR).format(date=when, **names))
            else:
                when = f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
                names = {"a": states[a].name_en, "b": states[b].name_en}
                sentences.append(rng.choice(_EN).format(date=when, **names))
            if rng.random() < 0.3:
                sentences.append(rng.choice(_FILLER[2:] if lang == "ar" else _FILLER[:2]))
        out.append({"id": f"synthetic-{i:05d}", "text": " ".join(sentences), "lang": lang,
                    "published": "2024-06-01", "source": "synthetic"})  # fmt: skip
    return out


def write_jsonl(path: Path, articles: list[dict[str, str]], bad_every: int = 0) -> Path:
    """Write ``articles`` as JSON Lines; with ``bad_every``, a line that is not JSON after every that many."""
    with path.open("w", encoding="utf-8") as f:
        for n, article in enumerate(articles, 1):
            f.write(json.dumps(article, ensure_ascii=False) + "\n")
            if bad_every and n % bad_every == 0:
                f.write("{this line is not an article\n")
    return path


@pytest.fixture(scope="session")
def synthetic_corpus(tmp_path_factory: pytest.TempPathFactory) -> Callable[[int], Path]:
    """``corpus(n)``: a JSON Lines file of ``n`` synthetic articles with a bad line after every 100th (made once)."""
    made: dict[int, Path] = {}

    def corpus(n: int) -> Path:
        if n not in made:
            path = tmp_path_factory.mktemp("corpus") / f"synthetic-{n}.jsonl"
            made[n] = write_jsonl(path, synthetic_articles(n), bad_every=100)
        return made[n]

    return corpus


# -- a news site on 127.0.0.1 (relgraph.web) ------------------------------------------------------------------


@dataclass
class Route:
    """What the site answers on one path: a status, headers, a body, after ``delay`` seconds."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    length: bool = True  # send Content-Length (else the body ends when the connection closes)


class NewsSite:
    """A real HTTP server on 127.0.0.1 in a thread: ``routes`` by path, every request counted in ``hits``."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                with site.lock:
                    site.hits[self.path] += 1
                    route = site.routes.get(self.path, Route(b"not found", 404))
                time.sleep(route.delay)
                if "Date" in route.headers:  # the route's own date instead of now
                    self.send_response_only(route.status)
                else:
                    self.send_response(route.status)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                if route.length:
                    self.send_header("Content-Length", str(len(route.body)))
                else:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (size cap)
                    self.wfile.write(route.body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def serve(
        self,
        path: str,
        body: bytes = b"",
        status: int = 200,
        headers: dict[str, str] | None = None,
        delay: float = 0.0,
        length: bool = True,
    ) -> str:
        """Answer ``path`` so from now on; its URL."""
        self.routes[path] = Route(body, status, headers or {}, delay, length)
        return self.url + path

    def page(self, path: str, html: str, **headers: str) -> str:
        """Serve ``html`` (UTF-8) at ``path``; its URL."""
        self.routes[path] = Route(html.encode("utf-8"), headers={"Content-Type": "text/html; charset=utf-8", **headers})
        return self.url + path

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def news_site() -> Iterator[NewsSite]:
    """A news site on 127.0.0.1 the test fills with pages and feeds."""
    site = NewsSite()
    yield site
    site.close()


@pytest.fixture
def page_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The fetched-page cache in a directory of the test's own ($RELGRAPH_CACHE), and a short fetch timeout."""
    cache = tmp_path / "page-cache"
    monkeypatch.setenv("RELGRAPH_CACHE", str(cache))
    monkeypatch.setenv("RELGRAPH_FETCH_TIMEOUT", "2")
    return cache


@pytest.fixture(scope="session", autouse=True)
def language_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Compiled languages kept in a folder of the session's own ($RELGRAPH_LANGUAGE_CACHE), not the user's cache."""
    folder = tmp_path_factory.mktemp("languages")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RELGRAPH_LANGUAGE_CACHE", str(folder))
        yield folder


@pytest.fixture(scope="session")
def hand_store(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Mapping[Article, Sequence[Mention]]], str]:
    """Makes a store on disk holding these articles with the mentions written for them by hand; its path."""

    def fill(articles: Mapping[Article, Sequence[Mention]]) -> str:
        path = tmp_path_factory.mktemp("hand") / "store"
        with open_store(str(path), write=True) as opened:
            repo = Repository(opened)
            for article, mentions in articles.items():
                repo.ingest(article, mentions, article.id)
        return str(path)

    return fill
