"""Fetching pages and feeds over HTTP (httpx), with limits and a disk cache.

Each request has a time limit (connecting, and the whole answer), a size limit (the
``Content-Length`` announced, and the bytes that actually come), and follows at most
:data:`MAX_REDIRECTS` redirects, each only to another ``http``/``https`` URL (never to
``file://`` or anything else a server might point at). A failure is a
:class:`~relgraph.errors.FetchError` naming the URL and saying why.

A page fetched with a 2xx answer is kept in the cache directory (``$RELGRAPH_CACHE``, else
``pages`` in the user's cache directory): asked for again, it is read from there, with the
time it was first fetched, so a page is fetched once however many times it is ingested.
Feeds are fetched without the cache (they change). Entries are written whole (a temporary
file renamed) and a damaged one is fetched again.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import os
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from relgraph.errors import FetchError
from relgraph.model import Retrieval

if TYPE_CHECKING:
    import httpx

__all__ = ["CACHE_ENV", "DEFAULT_TIMEOUT", "MAX_REDIRECTS", "TIMEOUT_ENV", "Fetcher", "Page", "default_cache_dir"]

CACHE_ENV = "RELGRAPH_CACHE"
TIMEOUT_ENV = "RELGRAPH_FETCH_TIMEOUT"
DEFAULT_TIMEOUT = 20.0
"""Seconds to connect, and seconds for the whole answer (``$RELGRAPH_FETCH_TIMEOUT`` changes it)."""
MAX_REDIRECTS = 5
_SCHEMES = ("http", "https")
_USER_AGENT = "relgraph/0.1 (+https://w3id.org/relgraph)"
_CHUNK = 1 << 16


def default_cache_dir() -> Path:
    """``$RELGRAPH_CACHE``, or ``pages`` under the user's cache directory (e.g. ``~/.cache/relgraph``)."""
    configured = os.environ.get(CACHE_ENV)
    if configured:
        return Path(configured)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("relgraph")) / "pages"


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched answer: the URL asked for, the body, its media type and charset, and where and when it came from."""

    url: str
    body: bytes
    content_type: str
    charset: str | None
    retrieval: Retrieval
    cached: bool = False


class Fetcher:
    """Fetches URLs one at a time with one connection pool; use it as a context manager, or :meth:`close` it.

    ``cache`` is the cache directory (None: :func:`default_cache_dir`; ``False``: no cache); ``timeout``
    the seconds to connect and for a whole answer (None: ``$RELGRAPH_FETCH_TIMEOUT``, else 20).
    """

    def __init__(
        self,
        *,
        cache: str | os.PathLike[str] | bool | None = None,
        timeout: float | None = None,
        max_bytes: int = 5_000_000,
    ) -> None:
        self.cache_dir = (
            None if cache is False else (default_cache_dir() if cache is None or cache is True else Path(cache))
        )
        self.timeout = timeout if timeout is not None else _configured_timeout()
        self.max_bytes = max_bytes
        self._client: httpx.Client | None = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def _http(self) -> httpx.Client:
        if self._client is None:
            import httpx  # the HTTP client: imported on the first URL

            self._client = httpx.Client(
                follow_redirects=False,  # followed here, each one checked
                timeout=httpx.Timeout(self.timeout),
                headers={
                    "User-Agent": _USER_AGENT,
                    "Accept": "text/html, application/xhtml+xml, application/rss+xml, "
                    "application/atom+xml, application/xml;q=0.9, */*;q=0.5",
                },
            )
        return self._client

    def get(self, url: str, *, cached: bool = True) -> Page:
        """The page at ``url``, from the cache when ``cached`` and it is there; :class:`FetchError` if none."""
        if urlsplit(url).scheme.lower() not in _SCHEMES:
            raise FetchError(url, "not an http:// or https:// URL")
        entry = self._entry(url) if cached and self.cache_dir is not None else None
        if entry is not None:
            page = _read_entry(url, entry)
            if page is not None:
                return page
        page = self._fetch(url)
        if cached and entry is not None:
            _write_entry(entry, page)
        return page

    def _entry(self, url: str) -> Path:
        assert self.cache_dir is not None
        return self.cache_dir / hashlib.sha256(url.encode("utf-8")).hexdigest()[:40]

    def _fetch(self, url: str) -> Page:
        import httpx

        deadline = time.monotonic() + self.timeout
        current = url
        try:
            for _ in range(MAX_REDIRECTS + 1):
                with self._http().stream("GET", current) as response:
                    if response.is_redirect:
                        current = self._redirect(url, current, response.headers.get("location", ""))
                        continue
                    if not response.is_success:
                        raise FetchError(
                            url,
                            f"the server answered HTTP {response.status_code} {response.reason_phrase}".rstrip(),
                            transient=response.status_code >= 500 or response.status_code == 429,
                        )
                    body = self._body(url, response, deadline)
                    return Page(
                        url,
                        body,
                        _media_type(response.headers.get("content-type", "")),
                        response.charset_encoding,
                        Retrieval(
                            str(response.url),
                            datetime.now(UTC).replace(microsecond=0),
                            _http_date(response.headers.get("date")),
                        ),
                    )
        except httpx.TimeoutException:
            raise FetchError(
                url, f"no answer within {self.timeout:g} seconds; try again later", transient=True
            ) from None
        except httpx.HTTPError as e:
            raise FetchError(
                url,
                f"cannot be fetched ({type(e).__name__}: {e or 'no detail'})",
                transient=isinstance(e, httpx.TransportError),
            ) from None
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")

    def _redirect(self, url: str, current: str, location: str) -> str:
        target = urljoin(current, location.strip())
        scheme = urlsplit(target).scheme.lower()
        if not location.strip():
            raise FetchError(url, "a redirect without a Location")
        if scheme not in _SCHEMES:
            raise FetchError(
                url,
                f"redirected to a {scheme or 'relative'}: URL ({_short(target)}); "
                "only http and https redirects are followed",
            )
        return target

    def _body(self, url: str, response: httpx.Response, deadline: float) -> bytes:
        announced = response.headers.get("content-length", "")
        if announced.isdigit() and int(announced) > self.max_bytes:
            raise FetchError(
                url,
                f"{_size(int(announced))}, larger than the {_size(self.max_bytes)} limit; raise it with --max-bytes",
            )
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes(_CHUNK):
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(url, f"larger than the {_size(self.max_bytes)} limit; raise it with --max-bytes")
            if time.monotonic() > deadline:
                raise FetchError(url, f"not all sent within {self.timeout:g} seconds; try again later", transient=True)
            chunks.append(chunk)
        return b"".join(chunks)


def _configured_timeout() -> float:
    try:
        value = float(os.environ.get(TIMEOUT_ENV, DEFAULT_TIMEOUT))
    except ValueError:
        return DEFAULT_TIMEOUT
    return value if value > 0 else DEFAULT_TIMEOUT


def _media_type(header: str) -> str:
    return header.split(";", 1)[0].strip().lower()


def _http_date(header: str | None) -> datetime | None:
    if not header:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(header)
    except (TypeError, ValueError):
        return None
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).astimezone(UTC)


def _size(n: int) -> str:
    return f"{n / 1e6:g} MB" if n >= 1_000_000 else f"{n:,} bytes"


def _short(url: str) -> str:
    return url if len(url) <= 80 else url[:79] + "…"


# -- the cache -----------------------------------------------------------------------------------------------


def _read_entry(url: str, entry: Path) -> Page | None:
    try:
        meta: dict[str, Any] = json.loads(entry.with_suffix(".json").read_text(encoding="utf-8"))
        body = entry.with_suffix(".body").read_bytes()
        if meta.get("url") != url or hashlib.sha256(body).hexdigest() != meta.get("sha256"):
            return None
        http_date = meta.get("http_date")
        retrieval = Retrieval(
            meta["final_url"],
            datetime.fromisoformat(meta["fetched"]),
            None if http_date is None else datetime.fromisoformat(http_date),
        )
        return Page(url, body, meta["content_type"], meta.get("charset"), retrieval, cached=True)
    except (OSError, ValueError, KeyError, TypeError):
        return None  # absent or damaged: fetched again


def _write_entry(entry: Path, page: Page) -> None:
    r = page.retrieval
    meta = {"url": page.url, "final_url": r.url, "fetched": r.fetched.isoformat(),
            "http_date": None if r.http_date is None else r.http_date.isoformat(),
            "content_type": page.content_type, "charset": page.charset,
            "sha256": hashlib.sha256(page.body).hexdigest()}  # fmt: skip
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        _atomic_write(entry.with_suffix(".body"), page.body)
        _atomic_write(entry.with_suffix(".json"), json.dumps(meta, ensure_ascii=False).encode("utf-8"))
    except OSError:
        pass  # a cache that cannot be written only means fetching again


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
