"""A URL as an article: fetched (once, through the cache) and read for its main text."""

from __future__ import annotations

from datetime import date
from urllib.parse import urldefrag

from relgraph.errors import FetchError
from relgraph.model import Article
from relgraph.web.fetch import Fetcher, Page
from relgraph.web.page import page_article

__all__ = ["page_of", "read_url"]

_PAGES = ("text/html", "application/xhtml+xml", "text/plain", "")  # "": a server that does not say


def read_url(
    url: str,
    *,
    lang: str | None = None,
    published: date | None = None,
    max_bytes: int = 5_000_000,
    fetcher: Fetcher | None = None,
) -> Article:
    """The article at ``url``: its id and source are the URL (without a ``#fragment``), its text the page's main text.

    :class:`~relgraph.errors.FetchError` (an :class:`~relgraph.errors.ArticleError`) names a URL that
    cannot be fetched or holds no page; ``fetcher`` is shared by a batch (by default, one for this URL).
    """
    url = urldefrag(url).url
    if fetcher is None:
        with Fetcher(max_bytes=max_bytes) as own:
            return page_of(own.get(url), lang=lang, published=published)
    return page_of(fetcher.get(url), lang=lang, published=published)


def page_of(page: Page, *, lang: str | None = None, published: date | None = None) -> Article:
    """The article a fetched page holds."""
    if page.content_type not in _PAGES:
        raise FetchError(page.url, f"not a web page ({page.content_type}); give relgraph HTML pages")
    markup: str | bytes = page.body
    if page.charset:
        try:
            markup = page.body.decode(page.charset, "replace")
        except LookupError:  # a charset Python does not know: the page's own <meta> decides
            markup = page.body
    return page_article(
        page.url, markup, name=page.url, source=page.url, lang=lang, published=published, retrieval=page.retrieval
    )
