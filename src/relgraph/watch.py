"""Watching RSS and Atom feeds: each new item's page fetched once, read, and stored.

A :class:`Watcher` polls its feeds (feedparser reads RSS 0.9x, 1.0, 2.0 and Atom). An item
is known by its guid (Atom ``id``), or its link when it has none; the items read are
remembered in the store (``rg:FeedItem`` in the graph ``id:graph/feeds``), so a watch
restarted, even after being killed, reads none twice and misses none: an item is marked
read right after its article is stored, and an item whose article is stored but which a
kill left unmarked is marked without being fetched again (an article's id is its URL).

Items are read oldest first, each in its own transaction. An item whose page cannot be
fetched for now (a timeout, HTTP 5xx) is tried again at the next poll; one that will never
give an article (HTTP 404, no text, not a page) is named once and remembered. A feed that
fails sits out polls before it is tried again, twice as long after each failure in a row
(1 poll, then 3, 7, 15..., at most six hours' worth), and never stops the others. :meth:`Watcher.stop`
(the command line calls it on Ctrl-C and SIGTERM) ends a poll between two items.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urldefrag

from relgraph.articles import Skipped
from relgraph.errors import ArticleError, FetchError
from relgraph.formats import counted
from relgraph.web.fetch import Fetcher

if TYPE_CHECKING:
    import threading

    from relgraph.repository import Repository

__all__ = ["MAX_BACKOFF", "Poll", "Watcher", "parse_interval"]

MAX_BACKOFF = 6 * 3600.0
"""The longest a failing feed waits before it is tried again, in seconds."""

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """Seconds in ``"90"``, ``"30s"``, ``"15m"``, ``"2h"`` or ``"1d"``; ValueError for anything else.

    >>> parse_interval("15m"), parse_interval("1.5h"), parse_interval("45")
    (900.0, 5400.0, 45.0)
    """
    value = text.strip().lower()
    unit = _UNITS.get(value[-1:], 0)
    number = float(value[:-1] if unit else value)
    if not number > 0 or number == float("inf"):
        raise ValueError(f"not a positive interval: {text!r}")
    return number * (unit or 1)


@dataclass(frozen=True, slots=True)
class Poll:
    """What one poll did: feeds asked (and those waiting after a failure), items read, articles, mentions, errors."""

    number: int
    feeds: int
    waiting: int
    new: int
    stored: int
    mentions: int
    errors: tuple[Skipped, ...]
    stopped: bool = False

    def line(self) -> str:
        """The poll's log line: ``2026-12-07T04:00:00Z poll 3: 2 feeds, 5 new items, 5 articles stored, ...``."""
        now = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
        waiting = f" ({self.waiting} waiting after failures)" if self.waiting else ""
        stopped = "; stopped" if self.stopped else ""
        return (
            f"{now} poll {self.number}: {counted(self.feeds, 'feed')}{waiting}, {counted(self.new, 'new item')}, "
            f"{counted(self.stored, 'article')} stored, {counted(self.mentions, 'event mention')}, "
            f"{counted(len(self.errors), 'error')}{stopped}"
        )


@dataclass(frozen=True, slots=True)
class _Item:
    key: str
    link: str | None
    published: date | None


@dataclass
class _Backoff:
    failures: int = 0
    skip: int = 0  # polls to sit out


@dataclass
class Watcher:
    """Polls ``feeds`` into ``store``; one :class:`~relgraph.web.fetch.Fetcher` (and its cache) for every page.

    ``every`` (seconds) is the poll interval (a failing feed's backoff is capped at :data:`MAX_BACKOFF`). ``lang`` and
    ``published`` are the user's, as for ``ingest``. ``report`` hears of each error as it happens.
    """

    feeds: Sequence[str]
    store: str | None = None
    every: float = 900.0
    lang: str | None = None
    published: date | None = None
    max_bytes: int = 5_000_000
    cache: str | None = None
    wait: bool = True
    report: Callable[[Skipped], None] | None = None
    _polls: int = field(default=0, init=False)
    _backoff: dict[str, _Backoff] = field(default_factory=dict, init=False)
    _stop: threading.Event | None = field(default=None, init=False)
    _fetcher: Fetcher | None = field(default=None, init=False)

    def stop(self) -> None:
        """Stop after the item being read (and its article stored); a signal handler may call it."""
        self._stopping().set()

    @property
    def stopped(self) -> bool:
        return self._stopping().is_set()

    def sleep(self, seconds: float) -> bool:
        """Wait ``seconds`` or until :meth:`stop`; True when stopped."""
        return self._stopping().wait(seconds)

    def _stopping(self) -> threading.Event:
        if self._stop is None:
            import threading

            self._stop = threading.Event()
        return self._stop

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()
            self._fetcher = None

    def poll(self) -> Poll:
        """Poll every feed not waiting after a failure; read, in order, the items never read before."""
        from relgraph.store_access import open_store

        self._polls += 1
        if self._fetcher is None:
            self._fetcher = Fetcher(cache=self.cache, max_bytes=self.max_bytes)
        errors: list[Skipped] = []
        due = []
        for feed in dict.fromkeys(self.feeds):
            state = self._backoff.get(feed)
            if state is not None and state.skip > 0:
                state.skip -= 1
            else:
                due.append(feed)
        items: list[tuple[str, _Item]] = []
        for feed in due:
            if self.stopped:
                break
            try:
                items += [(feed, item) for item in self._items(feed)]
                self._backoff.pop(feed, None)
            except ArticleError as e:
                self._failed(feed)
                self._error(errors, Skipped(feed, None, e.reason))
        new = stored = mentions = 0
        if items and not self.stopped:
            from relgraph.repository import Repository

            with open_store(self.store, write=True, wait=self.wait) as opened:
                repo = Repository(opened)
                for feed, item in self._unread(repo, items):
                    if self.stopped:
                        break
                    found = self._read(repo, feed, item, errors)
                    if found is not None:
                        new += 1
                        stored += found >= 0
                        mentions += max(found, 0)
        waiting = len(set(self.feeds)) - len(due)
        return Poll(self._polls, len(due), waiting, new, stored, mentions, tuple(errors), self.stopped)

    def _error(self, errors: list[Skipped], skipped: Skipped) -> None:
        errors.append(skipped)
        if self.report is not None:
            self.report(skipped)

    def _failed(self, feed: str) -> None:
        state = self._backoff.setdefault(feed, _Backoff())
        state.failures += 1
        state.skip = min(2**state.failures - 1, max(1, int(MAX_BACKOFF // self.every)))

    def _items(self, feed: str) -> list[_Item]:
        """The feed's items, oldest first; :class:`FetchError` when it cannot be fetched or is no feed."""
        import feedparser  # the feed library: imported by the first poll

        assert self._fetcher is not None
        page = self._fetcher.get(feed, cached=False)
        headers = {"content-type": page.content_type or "text/xml", "content-location": page.retrieval.url}
        parsed = feedparser.parse(page.body, response_headers=headers)  # relative links resolved against the feed
        if not parsed.get("version") and not parsed.entries:
            why = parsed.get("bozo_exception")
            raise FetchError(feed, "not an RSS or Atom feed" + (f" ({why})" if why else ""))
        found: dict[str, _Item] = {}
        for entry in parsed.entries:
            link = entry.get("link") or None
            key = entry.get("id") or link
            if key and key not in found:
                found[key] = _Item(key, link, _entry_date(entry))
        dated = all(item.published is not None for item in found.values())
        ordered = list(found.values())[::-1]  # feeds list the newest first
        if dated:
            ordered.sort(key=lambda item: item.published or date.min)
        return ordered

    def _unread(self, repo: Repository, items: list[tuple[str, _Item]]) -> list[tuple[str, _Item]]:
        """The items not read before, each once (an item in two feeds is read from the first)."""
        from relgraph.rdf import vocab
        from relgraph.rdf.store import values_clause

        unique = list({item.key: (feed, item) for feed, item in reversed(items)}.values())[::-1]
        read: set[str] = set()
        for start in range(0, len(unique), 500):
            chunk = [vocab.feed_item_iri(item.key) for _, item in unique[start : start + 500]]
            query = (
                f"SELECT ?i WHERE {{ {values_clause('i', chunk)} GRAPH {vocab.FEEDS_GRAPH} {{ ?i a rg:FeedItem }} }}"
            )
            read |= {str(row["i"]) for row in repo.store.query(query)}
        return [(feed, item) for feed, item in unique if vocab.feed_item_iri(item.key).value not in read]

    def _read(self, repo: Repository, feed: str, item: _Item, errors: list[Skipped]) -> int | None:
        """Fetch, read and store one item; its mentions (-1: remembered with no article), None: try again later."""
        from relgraph.keys import digest
        from relgraph.parallel import extract_article
        from relgraph.rdf.mapping import feed_item_quads
        from relgraph.rdf.store import insert_data
        from relgraph.web.reading import page_of

        assert self._fetcher is not None
        now = datetime.now(UTC)
        if item.link is None or not item.link.lower().startswith(("http://", "https://")):
            self._error(errors, Skipped(feed, None, f"the item {item.key!r} has no http(s) link to read"))
            repo.store.update(insert_data(feed_item_quads(item.key, feed, now, None)))
            return -1
        url = urldefrag(item.link).url
        if repo.articles([url]):  # stored by a watch killed before it could mark the item
            repo.store.update(insert_data(feed_item_quads(item.key, feed, now, url)))
            return 0
        try:
            article = page_of(self._fetcher.get(url), lang=self.lang, published=self.published)
        except FetchError as e:
            self._error(errors, Skipped(url, None, e.reason))
            if e.transient:
                return None
            repo.store.update(insert_data(feed_item_quads(item.key, feed, now, None)))
            return -1
        except ArticleError as e:
            self._error(errors, Skipped(url, None, e.reason))
            repo.store.update(insert_data(feed_item_quads(item.key, feed, now, None)))
            return -1
        if article.published is None and item.published is not None:
            article = replace(article, published=item.published)  # the feed's date, when the page gives none
        extracted = extract_article(article, self.lang)
        repo.ingest(extracted.article, extracted.mentions, digest(extracted.article, extracted.extractor))
        repo.store.update(insert_data(feed_item_quads(item.key, feed, now, url)))
        return len(extracted.mentions)


def _entry_date(entry: Any) -> date | None:
    for name in ("published_parsed", "updated_parsed"):
        parsed = entry.get(name)
        if parsed:
            try:
                return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except (ValueError, AttributeError):
                continue
    return None
