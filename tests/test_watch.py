"""`relgraph watch`: feeds polled over time from a news site on 127.0.0.1, each item read once.

A feed of 20 items grows over three polls; a feed that fails waits longer after each failure
and never stops the others; a watch killed with SIGKILL, and one stopped with SIGTERM, are
restarted and the store ends with every article once.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from click.testing import CliRunner

from relgraph import api
from relgraph.cli import cli
from relgraph.rdf import vocab
from relgraph.rdf.validation import validate
from relgraph.repository import Repository
from relgraph.store_access import open_store
from relgraph.watch import Watcher, parse_interval

if TYPE_CHECKING:
    from conftest import NewsSite

# Twenty pairs of states, one item each: "{a} and {b} restored diplomatic relations on Monday."
PAIRS = [
    ("Qatar", "Jordan"),
    ("Egypt", "Turkey"),
    ("Brazil", "Israel"),
    ("Morocco", "Iran"),
    ("Kenya", "Somalia"),
    ("Chile", "Bolivia"),
    ("Sweden", "Iraq"),
    ("Japan", "Peru"),
    ("Ghana", "Togo"),
    ("Nepal", "Bhutan"),
    ("Cuba", "Mexico"),
    ("Oman", "Syria"),
    ("Libya", "Chad"),
    ("Yemen", "Djibouti"),
    ("Italy", "Tunisia"),
    ("Canada", "India"),
    ("Norway", "Colombia"),
    ("Poland", "Belarus"),
    ("Greece", "Cyprus"),
    ("Spain", "Algeria"),
]
CODES = {"Qatar": "QA", "Jordan": "JO"}
START = datetime(2024, 3, 4, 8, tzinfo=UTC)  # a Monday


def item_page(n: int) -> str:
    a, b = PAIRS[n]
    day = START + timedelta(days=7 * n)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{a} and {b} restore ties</title>
<meta property="article:published_time" content="{day.isoformat()}"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> Breaking: Turkey expelled four Dutch diplomats.</nav>
<article><h1>{a} and {b} restore ties</h1>
<p>{a} and {b} restored diplomatic relations on Monday after years apart, the two governments said in a statement
read to reporters by their foreign ministers, who promised to reopen embassies in the coming weeks.</p></article>
<aside><ul><li>Saudi Arabia and Iran signed a security agreement.</li></ul></aside><footer>Copyright 2024</footer>
</body></html>"""


def rss(site: NewsSite, count: int) -> bytes:
    """The wire's feed with its first ``count`` items, newest first."""
    items = "".join(
        f"<item><title>{PAIRS[n][0]} and {PAIRS[n][1]} restore ties</title><link>{site.url}/news/{n}</link>"
        f'<guid isPermaLink="false">wire-{n}</guid>'
        f"<pubDate>{format_datetime(START + timedelta(days=7 * n))}</pubDate></item>"
        for n in reversed(range(count))
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Wire</title>'
        f"<link>{site.url}/</link><description>World news</description>{items}</channel></rss>"
    ).encode()


def publish(site: NewsSite, count: int, delay: float = 0.0) -> str:
    for n in range(count):
        site.serve(
            f"/news/{n}", item_page(n).encode(), headers={"Content-Type": "text/html; charset=utf-8"}, delay=delay
        )
    return site.serve("/feed.xml", rss(site, count), headers={"Content-Type": "application/rss+xml"})


def stored(store: Path) -> tuple[list[str], int, int]:
    """The stored articles' ids, the feed items remembered and the mentions stored."""
    with open_store(store) as opened:
        repo = Repository(opened)
        ids = [a.id for a in repo.articles()]
        items = opened.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {vocab.FEEDS_GRAPH} {{ ?i a rg:FeedItem }} }}")
        return ids, int(items.rows[0]["n"]), repo.counts().mentions


def page_hits(site: NewsSite) -> dict[str, int]:
    return {p: n for p, n in site.hits.items() if p.startswith("/news/")}


def test_a_growing_feed_gives_each_article_once(news_site: NewsSite, page_cache: Path, tmp_path: Path) -> None:
    store = tmp_path / "graph"
    lines: list[str] = []
    reports = []
    for count in (8, 14, 20):
        feed = publish(news_site, count)
        reports.append(api.watch([feed], store=store, once=True, log=lines.append))
    assert [(r.new, r.stored, r.errors) for r in reports] == [(8, 8, 0), (6, 6, 0), (6, 6, 0)]
    assert all(r.mentions >= r.stored for r in reports)  # each page has its restoration (and no boilerplate)
    assert len(lines) == 3
    assert "1 feed, 6 new items, 6 articles stored" in lines[-1]
    assert page_hits(news_site) == {f"/news/{n}": 1 for n in range(20)}
    assert news_site.hits["/feed.xml"] == 3
    ids, items, mentions = stored(store)
    assert sorted(ids) == sorted(f"{news_site.url}/news/{n}" for n in range(20))
    assert items == 20
    assert mentions == sum(r.mentions for r in reports)
    first = api.timeline(["Qatar", "Jordan"], store=store)
    assert [(r.type, r.date) for r in first] == [("relations_restored", "2024-03-04")]  # the page's date
    again = api.watch([feed], store=store, once=True)
    assert (again.new, again.stored) == (0, 0)
    with open_store(store) as opened:  # the fetched articles' provenance and the feed items meet the shapes
        result = validate(opened)
    assert result.conforms, result.text


@pytest.mark.server
def test_a_watch_into_a_sparql_server_remembers_its_items_there(
    news_site: NewsSite, page_cache: Path, server_store: object, sparql_server: str
) -> None:
    feed = publish(news_site, 3)
    assert api.watch([feed], store=sparql_server, once=True).stored == 3
    publish(news_site, 4)
    again = api.watch([feed], store=sparql_server, once=True)
    assert (again.new, again.stored) == (1, 1)
    assert page_hits(news_site) == {f"/news/{n}": 1 for n in range(4)}


def test_a_feeds_relative_links_are_read_against_its_address(
    news_site: NewsSite, page_cache: Path, tmp_path: Path
) -> None:
    publish(news_site, 1)
    relative = rss(news_site, 1).replace(news_site.url.encode() + b"/news/", b"../news/")
    assert b"<link>../news/0</link>" in relative
    feed = news_site.serve("/feeds/wire.xml", relative, headers={"Content-Type": "application/rss+xml"})
    report = api.watch([feed], store=tmp_path / "graph", once=True)
    assert (report.stored, report.errors) == (1, 0)
    assert news_site.hits["/news/0"] == 1


def test_a_failing_feed_backs_off_and_never_stops_the_others(
    news_site: NewsSite, page_cache: Path, tmp_path: Path
) -> None:
    good = publish(news_site, 3)
    down = news_site.serve("/down.xml", b"oops", 500)
    not_feed = news_site.serve("/not-a-feed", b"just text, no feed", headers={"Content-Type": "text/plain"})
    errors: list[str] = []
    watcher = Watcher(
        [down, good, not_feed], str(tmp_path / "graph"), every=60.0, report=lambda s: errors.append(str(s))
    )
    try:
        first = watcher.poll()
        assert (first.feeds, first.waiting, first.new, first.stored) == (3, 0, 3, 3)
        assert len(errors) == 2
        assert errors[0] == f"{down}: the server answered HTTP 500 Internal Server Error"
        assert errors[1].startswith(f"{not_feed}: not an RSS or Atom feed")
        second = watcher.poll()  # both failing feeds sit out one poll
        assert (second.feeds, second.waiting, second.new) == (1, 2, 0)
        # then are tried again, fail again, and sit out three polls
        assert [watcher.poll().waiting for _ in range(5)] == [0, 2, 2, 2, 0]
        assert news_site.hits["/down.xml"] == 3
        news_site.serve("/down.xml", rss(news_site, 5), headers={"Content-Type": "application/rss+xml"})
        publish(news_site, 5)
        news_site.serve("/feed.xml", rss(news_site, 3), headers={"Content-Type": "application/rss+xml"})
        assert [watcher.poll().waiting for _ in range(7)] == [2] * 7
        recovered = watcher.poll()
        assert (recovered.waiting, recovered.new, recovered.stored) == (0, 2, 2)  # items 3 and 4, from the feed back up
        assert watcher.poll().waiting == 1  # the recovered feed waits no more; the other failed again
    finally:
        watcher.close()
    assert "poll 1: 3 feeds, 3 new items, 3 articles stored" in first.line()
    assert "2 errors" in first.line()
    assert "(2 waiting after failures)" in second.line()


def test_watch_once_names_each_failure_and_exits_1(news_site: NewsSite, page_cache: Path, tmp_path: Path) -> None:
    feed = publish(news_site, 2)
    down = news_site.serve("/down.xml", b"oops", 500)
    news_site.serve("/news/1", b"gone", 404)
    result = CliRunner().invoke(cli, ["watch", down, feed, "--once", "--store", str(tmp_path / "graph")])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert f"Error: {down}: the server answered HTTP 500 Internal Server Error" in lines
    assert f"Error: {news_site.url}/news/1: the server answered HTTP 404 Not Found" in lines
    assert lines[-1].endswith("poll 1: 2 feeds, 2 new items, 1 article stored, 1 event mention, 2 errors")
    again = CliRunner().invoke(cli, ["watch", feed, "--once", "--store", str(tmp_path / "graph")])
    assert again.exit_code == 0  # the 404 item is remembered, not fetched again
    assert news_site.hits["/news/1"] == 1


def test_intervals() -> None:
    assert [parse_interval(t) for t in ("15m", "30s", "2h", "1d", "90", "0.5")] == [900, 30, 7200, 86400, 90, 0.5]
    for bad in ("", "m", "-5m", "0", "soon", "inf"):
        with pytest.raises(ValueError, match=r"."):
            parse_interval(bad)
    result = CliRunner().invoke(cli, ["watch", "http://127.0.0.1:9/feed", "--every", "often"])
    assert result.exit_code == 2
    assert "'often' is not an interval" in result.stderr
    result = CliRunner().invoke(cli, ["watch", "feed.xml", "--once"])
    assert result.exit_code == 1
    assert "not an http:// or https:// feed URL: feed.xml" in result.stderr


def _watch(store: Path, feed: str, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "relgraph.cli", "watch", feed, "--store", str(store), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )


def _until(condition: object, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


@pytest.mark.slow
def test_a_watch_killed_and_restarted_repeats_and_misses_nothing(
    news_site: NewsSite, page_cache: Path, tmp_path: Path
) -> None:
    feed = publish(news_site, 20, delay=0.2)
    store = tmp_path / "graph"
    watcher = _watch(store, feed, "--every", "1h")
    _until(lambda: len(page_hits(news_site)) >= 7)
    watcher.send_signal(signal.SIGKILL)
    watcher.wait(timeout=30)
    before = page_hits(news_site)
    assert 7 <= len(before) < 20
    restarted = _watch(store, feed, "--once")
    _, err = restarted.communicate(timeout=120)
    assert restarted.returncode == 0, err
    hits = page_hits(news_site)
    assert set(hits) == {f"/news/{n}" for n in range(20)}
    assert sum(hits.values()) <= 21  # only a page in flight at the kill is fetched twice
    ids, items, mentions = stored(store)
    assert sorted(ids) == sorted(f"{news_site.url}/news/{n}" for n in range(20))
    assert items == 20
    fresh = tmp_path / "fresh"
    assert api.ingest([f"{news_site.url}/news/{n}" for n in range(20)], store=fresh).read == 20
    assert mentions == stored(fresh)[2]  # no mention twice


@pytest.mark.slow
def test_sigterm_stops_between_articles_losing_nothing(news_site: NewsSite, page_cache: Path, tmp_path: Path) -> None:
    feed = publish(news_site, 20, delay=0.2)
    store = tmp_path / "graph"
    watcher = _watch(store, feed, "--every", "1h")
    _until(lambda: len(page_hits(news_site)) >= 5)
    watcher.send_signal(signal.SIGTERM)
    _, err = watcher.communicate(timeout=30)
    assert watcher.returncode == 0, err
    assert "; stopped" in err.splitlines()[-1]
    ids, items, _ = stored(store)
    assert 5 <= len(ids) == items < 20  # every article stored is remembered, and the watch stopped early
    restarted = _watch(store, feed, "--once")
    _, err = restarted.communicate(timeout=120)
    assert restarted.returncode == 0, err
    assert f"{20 - len(ids)} new items" in err
    assert sum(page_hits(news_site).values()) == 20


def test_sigterm_between_polls_ends_the_wait_at_once(news_site: NewsSite, page_cache: Path, tmp_path: Path) -> None:
    feed = publish(news_site, 1)
    watcher = _watch(tmp_path / "graph", feed, "--every", "1h")
    assert watcher.stderr is not None
    line = watcher.stderr.readline()  # the first poll's line: then it waits an hour
    assert "poll 1: 1 feed, 1 new item, 1 article stored" in line
    started = time.monotonic()
    watcher.send_signal(signal.SIGTERM)
    watcher.wait(timeout=30)
    assert watcher.returncode == 0
    assert time.monotonic() - started < 10
