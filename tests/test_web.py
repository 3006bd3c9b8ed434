"""Web pages by their main text, and URLs as inputs, against a news site on 127.0.0.1 (never the internet).

The pages carry what real news pages carry around an article (a menu with a breaking-news
ticker, a list of related articles, a footer, readers' comments), and each of those names
another diplomatic event: only the body's events may come out, dated from the page's date.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox
from click.testing import CliRunner

from relgraph import api
from relgraph.articles import Skipped, read_articles
from relgraph.cli import cli
from relgraph.store_access import open_store

if TYPE_CHECKING:
    from conftest import NewsSite

EN_HEADLINE = "Qatar and Jordan restore diplomatic relations"
EN_BODY = (
    "Qatar and Jordan restored diplomatic relations on Tuesday, the foreign ministries of the two countries said in "
    "a joint statement issued in Doha. The two states had cut ties in 2017 over a regional dispute."
)
AR_HEADLINE = "مصر وتركيا تستأنفان العلاقات الدبلوماسية"
AR_BODY = "استأنفت مصر وتركيا علاقاتهما الدبلوماسية يوم الاثنين، وفق بيان مشترك صدر عن وزارتي الخارجية في البلدين."


def en_page(canonical: str = "https://news.example/world/qatar-jordan") -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{EN_HEADLINE} | The Daily Wire</title>
<link rel="canonical" href="{canonical}">
<meta property="article:published_time" content="2024-03-05T09:30:00+00:00">
<script>window.dataLayer = [{{"page": "world"}}];</script></head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li>
</ul><p class="ticker">Breaking: Turkey expelled four Dutch diplomats on Monday.</p></nav></header>
<main><article><h1>{EN_HEADLINE}</h1><p class="byline">By a staff reporter</p>
<p>{EN_BODY}</p>
<p>Officials said both sides would name ambassadors in the coming weeks, and trade delegations were expected to
follow before the end of the year, according to people familiar with the talks.</p>
</article>
<aside><h2>Related articles</h2><ul>
<li><a href="/a1">Brazil recalled its ambassador from Israel last week.</a></li>
<li><a href="/a2">Algeria expels French diplomats.</a></li></ul></aside>
<section class="comments"><h2>Comments</h2><p>Reader: Morocco severed relations with Iran in 2018, remember?</p>
</section></main>
<footer><p>Also today: Saudi Arabia and Iran signed a security agreement in Beijing.</p>
<p>Copyright 2024 The Daily Wire. All rights reserved.</p></footer></body></html>"""


def ar_page() -> str:
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{AR_HEADLINE} - جريدة الأنباء</title>
<meta property="article:published_time" content="2024-03-05T08:00:00+03:00"></head>
<body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li><li><a href="/sport">رياضة</a></li>
</ul><p>عاجل: طردت الجزائر أربعة دبلوماسيين فرنسيين أمس.</p></nav>
<article><h1>{AR_HEADLINE}</h1>
<p>{AR_BODY}</p>
<p>وأوضح البيان أن الجانبين سيعملان خلال الأسابيع المقبلة على تبادل السفراء وتعزيز التعاون في مجالات التجارة
والطاقة والنقل، بما يخدم مصالح الشعبين.</p>
</article>
<aside><h3>أخبار ذات صلة</h3><ul><li><a href="/r1">استدعت المغرب سفيرها لدى ألمانيا للتشاور.</a></li>
<li><a href="/r2">وقعت السعودية وإيران اتفاقية أمنية في بكين.</a></li></ul></aside>
<footer><p>جميع الحقوق محفوظة لجريدة الأنباء 2024</p></footer></body></html>"""


EN_EVENTS = [("relations_restored", ("QA", "JO"), "2024-03-05"), ("relations_severed", ("QA", "JO"), "2017")]
AR_EVENTS = [("relations_restored", ("EG", "TR"), "2024-03-04")]


def events(item: api.Extracted) -> list[tuple[str, tuple[str, ...], str | None]]:
    return [(m.type.slug, m.actors, m.date.iso if m.date else None) for m in item.mentions]


def extracted(paths: list[str]) -> list[api.Extracted | Skipped]:
    return list(api.extract(paths))


def only(items: list[api.Extracted | Skipped]) -> api.Extracted:
    assert len(items) == 1, items
    assert isinstance(items[0], api.Extracted), items[0]
    return items[0]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


# -- saved pages ------------------------------------------------------------------------------------------------


def test_a_saved_english_page_gives_its_body_events_only_dated_from_the_page(tmp_path: Path) -> None:
    path = tmp_path / "qatar-jordan.html"
    path.write_text(en_page(), encoding="utf-8")
    item = only(extracted([str(path)]))
    assert events(item) == EN_EVENTS  # no expulsion, recall, severance or agreement from around the article
    article = item.article
    assert article.id == "qatar-jordan"
    assert article.text.splitlines()[0] == EN_HEADLINE  # the headline the extractors read, first
    assert EN_BODY in article.text
    for boilerplate in ("Dutch", "Brazil", "Morocco", "Beijing", "Copyright", "Home"):
        assert boilerplate not in article.text
    assert article.published == date(2024, 3, 5)
    assert article.lang == "en"
    assert article.source == "https://news.example/world/qatar-jordan"  # the page's canonical address
    assert article.retrieval is None


def test_a_saved_arabic_page_gives_its_body_events_only(tmp_path: Path) -> None:
    path = tmp_path / "egypt-turkey.ar.html"
    path.write_text(ar_page(), encoding="utf-8")
    item = only(extracted([str(path)]))
    assert events(item) == AR_EVENTS
    assert item.article.id == "egypt-turkey"
    assert item.article.text.splitlines()[0] == AR_HEADLINE
    for boilerplate in ("الجزائر", "المغرب", "السعودية", "الرئيسية", "الحقوق"):
        assert boilerplate not in item.article.text
    assert (item.article.lang, item.article.published, item.article.source) == ("ar", date(2024, 3, 5), str(path))


def test_the_users_date_and_language_win_over_the_pages(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(en_page(), encoding="utf-8")
    (article,) = read_articles([path], published=date(2024, 3, 8), lang="en")
    assert not isinstance(article, Skipped)
    assert article.published == date(2024, 3, 8)
    item = api.extract_article(article)
    assert ("relations_restored", ("QA", "JO"), "2024-03-05") in events(item)  # Tuesday before Friday 8 March


# -- URLs -------------------------------------------------------------------------------------------------------


def test_urls_are_fetched_once_and_read_like_saved_pages(news_site: NewsSite, page_cache: Path) -> None:
    en = news_site.page("/world/qatar-jordan", en_page(), Date="Tue, 05 Mar 2024 10:00:00 GMT")
    ar = news_site.page("/ar/egypt-turkey", ar_page())
    code, out, err = run("extract", en, ar)
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["article"], r["type"], r["actors"], r["date"]) for r in rows] == [
        *[(en, t, list(a), d) for t, a, d in EN_EVENTS],
        *[(ar, t, list(a), d) for t, a, d in AR_EVENTS],
    ]
    assert run("extract", en, ar)[1] == out  # the second time from the cache:
    assert news_site.hits == {"/world/qatar-jordan": 1, "/ar/egypt-turkey": 1}
    assert len(list(page_cache.glob("*.json"))) == 2
    (article,) = read_articles([en + "#comments"])  # a fragment names the same page
    assert not isinstance(article, Skipped)
    assert (article.id, article.source) == (en, en)
    assert article.retrieval is not None
    assert article.retrieval.url == en
    assert article.retrieval.http_date == datetime(2024, 3, 5, 10, tzinfo=UTC)
    assert news_site.hits["/world/qatar-jordan"] == 1


def test_a_legacy_encoded_page_is_read_by_its_own_charset(news_site: NewsSite, page_cache: Path) -> None:
    page = ar_page().replace(
        '<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
    )
    small = f'<html><head><meta charset="windows-1256"></head><body><p>{AR_BODY}</p></body></html>'
    urls = [
        news_site.serve(path, html.encode("cp1256"), headers={"Content-Type": "text/html"})  # no charset here
        for path, html in (("/ar/page", page), ("/ar/small", small))
    ]
    items = extracted(urls)
    undated = [("relations_restored", ("EG", "TR"), None)]  # the small page gives no date to resolve Monday against
    assert [events(item) for item in items if isinstance(item, api.Extracted)] == [AR_EVENTS, undated]
    assert [item.article.text.splitlines()[-1] for item in items if isinstance(item, api.Extracted)][1] == AR_BODY


def test_a_redirect_is_followed_and_the_final_url_kept(news_site: NewsSite, page_cache: Path) -> None:
    final = news_site.page("/2024/03/qatar-jordan", en_page())
    news_site.serve("/short/qj", status=301, headers={"Location": "/2024/03/qatar-jordan"})
    (article,) = read_articles([news_site.url + "/short/qj"])
    assert not isinstance(article, Skipped)
    assert article.id == news_site.url + "/short/qj"
    assert article.retrieval is not None
    assert article.retrieval.url == final


def test_bad_urls_are_each_named_and_the_batch_goes_on(news_site: NewsSite, page_cache: Path, tmp_path: Path) -> None:
    good = news_site.page("/world/qatar-jordan", en_page())
    big = b"<html><body><p>" + b"Talks went on. " * 1_400_000 + b"</p></body></html>"  # 21 MB
    html = {"Content-Type": "text/html"}
    news_site.serve("/down", b"oops", 500)
    news_site.serve("/slow", b"<p>late</p>", headers=html, delay=4)
    news_site.serve("/big", big, headers=html)
    news_site.serve("/big-unannounced", big, headers=html, length=False)
    news_site.serve("/to-file", status=302, headers={"Location": "file:///etc/passwd"})
    news_site.serve("/photo", b"\x89PNG\r\n\x1a\n", headers={"Content-Type": "image/png"})
    news_site.serve("/loop", status=302, headers={"Location": "/loop"})
    bad = [news_site.url + p for p in ("/down", "/slow", "/big", "/big-unannounced", "/to-file", "/photo", "/loop")]
    store = tmp_path / "graph"
    code, _, err = run("ingest", bad[0], bad[1], good, *bad[2:], "--store", str(store))
    assert code == 1
    errors = {line.split(": ", 2)[1]: line.split(": ", 2)[2] for line in err.splitlines() if line.startswith("Error:")}
    assert set(errors) == set(bad)
    assert errors[bad[0]] == "the server answered HTTP 500 Internal Server Error"
    assert errors[bad[1]].startswith("no answer within 2 seconds")
    assert errors[bad[2]].startswith("21 MB, larger than the 5 MB limit")
    assert errors[bad[3]].startswith("larger than the 5 MB limit")
    assert errors[bad[4]].startswith("redirected to a file: URL (file:///etc/passwd)")
    assert errors[bad[5]] == "not a web page (image/png); give relgraph HTML pages"
    assert errors[bad[6]] == "more than 5 redirects"
    assert news_site.hits["/loop"] == 6
    assert "1 article read: 1 stored" in err
    with open_store(store) as opened:
        from relgraph.repository import Repository

        assert [a.id for a in Repository(opened).articles()] == [good]
    assert news_site.hits["/to-file"] == 1


def test_a_fetched_articles_provenance_is_stored_and_shown(
    news_site: NewsSite, page_cache: Path, tmp_path: Path
) -> None:
    url = news_site.page("/world/qatar-jordan", en_page(), Date="Tue, 05 Mar 2024 10:00:00 GMT")
    store = tmp_path / "graph"
    assert run("ingest", url, "--store", str(store))[0] == 0
    assert run("ingest", url, "--store", str(store))[2].startswith("1 article read: 0 stored, 1 unchanged")
    rows = api.timeline(["QA", "JO"], types=["relations_restored"], store=store)
    assert [(s.article, s.source, s.published) for s in rows[0].sources] == [(url, url, "2024-03-05")]
    code, out, _ = run("show", rows[0].event, "--store", str(store))
    assert code == 0
    assert url in out
    assert "2024-03-05T10:00:00Z" in out  # the server's date
    shown = json.loads(run("show", rows[0].event, "--store", str(store), "--format", "json")[1])[0]
    (record,) = shown["articles"]
    assert (record["url"], record["http_date"]) == (url, "2024-03-05T10:00:00+00:00")
    assert record["fetched"] >= "2026"
    trig = api.export(format="nq", article=url, store=store).decode()
    quads = {
        (q.predicate.value.rsplit("#", 1)[-1], q.object.value)
        for q in ox.parse(trig.encode(), format=ox.RdfFormat.N_QUADS)
    }
    assert ("retrievedFrom", url) in quads
    assert ("httpDate", "2024-03-05T10:00:00Z") in quads
    assert any(p == "retrievedAt" for p, _ in quads)


def test_the_html_graph_links_each_fetched_source(news_site: NewsSite, page_cache: Path, tmp_path: Path) -> None:
    url = news_site.page("/world/qatar-jordan", en_page())
    saved = tmp_path / "saved.html"
    saved.write_text(ar_page(), encoding="utf-8")
    store = tmp_path / "graph"
    assert run("ingest", url, str(saved), "--store", str(store))[0] == 0
    page = api.viz(tmp_path / "graph.html", store=store).read_text(encoding="utf-8")
    # the two QA-JO events link to the page, in the edge's tooltip and again in its pinned panel
    assert page.count('rel=\\"noopener noreferrer\\"') == 4
    assert f'href=\\"{url}\\"' in page
    assert "\\u003cbr\\u003e\\u003ci\\u003esaved\\u003c/i\\u003e: " in page  # a file's article: named, not linked
    assert 'href=\\"/' not in page
