"""The door of ``relgraph serve``: what reaches the read-only SPARQL server, and which web pages may read it.

``oxigraph serve-read-only`` listens on 127.0.0.1 at a port of its own; :class:`Endpoint` listens where
the user asked and passes every request on, except:

- a query that uses ``SERVICE``: oxigraph would fetch the URL it names and answer with what came back,
  so any page able to reach the endpoint could make it send requests (request forgery). The endpoint
  answers only from its own store: such a query gets ``403 Forbidden`` and is never passed on.
- cross-origin reads: no ``Access-Control-Allow-Origin`` header is sent unless the origin asking is
  one of those given (``--cors ORIGIN``), so the pages a user visits cannot read the store through
  their browser. oxigraph's own CORS headers are never passed on.
- other names: listening on loopback, it answers only requests addressed to a loopback address or
  ``localhost`` (the ``Host`` header), so a web page whose name is made to resolve to 127.0.0.1
  (DNS rebinding) cannot read the store as a page of its own origin.
- pages: a ``GET`` or ``HEAD`` that ``pages`` answers (relgraph's own web pages, see
  :mod:`relgraph.serve_pages`) is answered here and never passed on.

:func:`uses_service` finds the keyword as SPARQL's grammar does: after the ``\\u`` escapes every query
is unescaped by, and outside strings, IRIs, comments, variables and prefixed names.
"""

from __future__ import annotations

import http.client
import ipaddress
import re
import socket
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from relgraph.errors import StoreError

__all__ = ["Endpoint", "is_loopback", "served", "uses_service"]

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# One token at a time: what cannot hold the keyword (skipped whole), or a bare word.
_TOKEN = re.compile(
    r"""(?P<skip>
        "{3}(?:[^"\\]|\\.|"(?!""))*"{3} | '{3}(?:[^'\\]|\\.|'(?!''))*'{3}     # long strings
      | "(?:[^"\\\n\r]|\\.)*" | '(?:[^'\\\n\r]|\\.)*'                          # strings
      | <[^<>"{}|^`\\\x00-\x20]*>                                              # IRIs
      | \#[^\n\r]*                                                             # comments
      | [?$]\w+                                                                # variables
      | (?:[^\W\d_][\w.\-]*)?:(?:[\w\-:%]|\\.|\.(?=[\w\-:%]))*                 # prefixed names
    )
    | (?P<word>[^\W\d]\w*)""",
    re.VERBOSE,
)
_HOP_BY_HOP = frozenset({"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade",
                         "proxy-authenticate", "proxy-authorization", "host"})  # fmt: skip
_REFUSED = b"SERVICE is refused: this endpoint answers only from its own store\n"
_CHUNK = 1 << 16
_TIMEOUT = 300.0  # seconds a request to the inner server may take (oxigraph's own timeout is off)

#: What a page answers: status, headers, body; ``None``: no page here, the request goes on to the server.
Pages = Callable[[str], "tuple[int, Iterable[tuple[str, str]], bytes] | None"]


def uses_service(query: str) -> bool:
    """Whether a SPARQL query or update uses the ``SERVICE`` keyword (in any case, however escaped).

    >>> uses_service('SELECT * WHERE { service <http://example.org/sparql> { ?s ?p ?o } }')
    True
    >>> uses_service('SELECT ?service WHERE { ?service ex:SERVICE "SERVICE" } # SERVICE')
    False
    """
    text = _ESCAPE.sub(_unescaped, query)
    at = 0
    while at < len(text):
        match = _TOKEN.match(text, at)
        if match is None:
            at += 1
            continue
        if match.group("word") is not None and match.group("word").upper() == "SERVICE":
            return True
        at = match.end()
    return False


def _unescaped(match: re.Match[str]) -> str:
    code = int(match.group(1) or match.group(2), 16)
    return chr(code) if code <= 0x10FFFF else match.group()


def is_loopback(host: str) -> bool:
    """Whether ``host`` (an address or a name) is this machine only, unreachable from others."""
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        pass
    try:
        found = socket.getaddrinfo(host, None)
    except OSError:
        return False
    return bool(found) and all(ipaddress.ip_address(str(info[4][0]).split("%")[0]).is_loopback for info in found)


def _loopback_name(host: str) -> bool:
    """Whether a ``Host`` header names this machine by itself: a loopback address or ``localhost``, never a
    name that would have to be looked up (it may resolve to 127.0.0.1 for an attacker's page)."""
    name = urlsplit(f"//{host}").hostname or ""
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


class Endpoint:
    """A guard listening at ``host:port`` that passes requests on to the server at ``127.0.0.1:inner``.

    ``origins`` may read it cross-origin (``"*"``: every origin); ``pages`` answers the ``GET`` requests
    it knows (a request target in, an answer or ``None`` out). Binds at once (a port in use is a
    :class:`StoreError`); :meth:`start` serves in a thread until :meth:`stop`.
    """

    def __init__(
        self,
        host: str,
        port: int,
        inner: int,
        origins: Iterable[str] = (),
        pages: Pages | None = None,
    ) -> None:
        allowed = frozenset(o.rstrip("/") for o in origins)
        answer = {"pages": staticmethod(pages)} if pages is not None else {}
        local = is_loopback(host)
        handler = type("_Handler", (_Handler,), {"inner": inner, "origins": allowed, "local": local, **answer})
        server_class = _Server6 if ":" in host else ThreadingHTTPServer
        try:
            self._server = server_class((host.strip("[]"), port), handler)
        except OSError as e:
            raise StoreError(f"cannot listen at {host}:{port}: {e.strerror or e}") from e
        self._thread = threading.Thread(target=self._server.serve_forever, name="relgraph-endpoint", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        if self._thread.is_alive():
            self._server.shutdown()
        self._server.server_close()


class _Server6(ThreadingHTTPServer):
    address_family = socket.AF_INET6


class _Handler(BaseHTTPRequestHandler):
    inner: int
    origins: frozenset[str]
    pages: Pages | None = None
    local: bool = False
    server_version = "relgraph"

    def log_message(self, format: str, *args: object) -> None:
        pass  # no line on stderr per request

    def parse_request(self) -> bool:
        if not super().parse_request():
            return False
        if self.local and not _loopback_name(self.headers.get("Host", "")):
            self.close_connection = True  # a body it will not read must not be taken for the next request
            self._fail(403, b"this server answers requests to 127.0.0.1 or localhost only\n")
            return False
        return True

    def do_OPTIONS(self) -> None:
        self.send_response(204)
        origin = self._allowed_origin()
        if origin:
            self.send_header("Access-Control-Allow-Methods", "GET, POST, HEAD, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", self.headers.get("Access-Control-Request-Headers", ""))
            self.send_header("Access-Control-Max-Age", "600")
        self._cors(origin)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        if not self._page():
            self._pass_on()

    def do_HEAD(self) -> None:
        if not self._page():
            self._pass_on()

    def _page(self) -> bool:
        """Answers the request with one of relgraph's pages, if it asks for one."""
        if self.pages is None:
            return False
        try:
            answer = self.pages(self.path)
        except Exception:  # a bug in a page must not leave the browser waiting; its traceback goes to stderr
            import traceback

            traceback.print_exc()
            answer = (500, (("Content-Type", "text/plain; charset=utf-8"),), b"the page could not be made\n")
        if answer is None:
            return False
        status, headers, body = answer
        self.send_response(status)
        for key, value in headers:
            self.send_header(key, value)
        self._cors(self._allowed_origin())
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        return True

    def do_POST(self) -> None:
        self._pass_on()

    def _allowed_origin(self) -> str | None:
        origin = self.headers.get("Origin")
        if origin is None or not self.origins:
            return None
        if "*" in self.origins:
            return "*"
        return origin if origin.rstrip("/") in self.origins else None

    def _cors(self, origin: str | None) -> None:
        if origin:
            self.send_header("Access-Control-Allow-Origin", origin)
        if self.origins:
            self.send_header("Vary", "Origin")

    def _fail(self, status: int, message: bytes) -> None:
        self.send_response(status)
        self._cors(self._allowed_origin())
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(message)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(message)

    def _body(self) -> bytes | None:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return None
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _queries(self, body: bytes) -> list[str]:
        """Every query or update text in the request: in the URL, a form, or the body itself."""
        texts = [v for key, values in parse_qs(urlsplit(self.path).query).items() if key in ("query", "update")
                 for v in values]  # fmt: skip
        kind = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if kind == "application/x-www-form-urlencoded":
            form = parse_qs(body.decode("utf-8", "replace"))
            texts += [v for key in ("query", "update") for v in form.get(key, [])]
        elif body:  # application/sparql-query, or anything the server might read as a query
            texts.append(body.decode("utf-8", "replace"))
        return texts

    def _pass_on(self) -> None:
        try:
            body = self._body()
        except ValueError:
            self._fail(400, b"bad Content-Length\n")
            return
        if body is None:
            self._fail(411, b"send the request with a Content-Length\n")
            return
        if any(uses_service(text) for text in self._queries(body)):
            self._fail(403, _REFUSED)
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP and k.lower() != "origin"}
        connection = http.client.HTTPConnection("127.0.0.1", self.inner, timeout=_TIMEOUT)
        try:
            try:
                connection.request(self.command, self.path, body=body or None, headers=headers)
                answer = connection.getresponse()
            except OSError as e:
                self._fail(502, f"the SPARQL server behind this endpoint did not answer: {e}\n".encode())
                return
            self.send_response(answer.status, answer.reason)
            for key, value in answer.getheaders():
                if key.lower() not in _HOP_BY_HOP and not key.lower().startswith("access-control-"):
                    self.send_header(key, value)
            self._cors(self._allowed_origin())
            self.send_header("Connection", "close")
            self.end_headers()
            while chunk := answer.read(_CHUNK):
                self.wfile.write(chunk)
        except OSError:
            self.close_connection = True
        finally:
            connection.close()


@contextmanager
def served(store: str | Path) -> Iterator[str]:
    """``relgraph serve --store STORE`` in its own process, on a free port of 127.0.0.1, until the block ends;
    yields its base URL (``http://127.0.0.1:PORT``) once it serves. For scripts, notebooks and tests."""
    import signal
    import subprocess
    import sys

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "relgraph.cli", "serve", "--store", str(store), "--port", str(port)]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        if not line.startswith("Serving "):
            raise StoreError(f"relgraph serve did not start: {line.strip() or 'no message'}")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)
