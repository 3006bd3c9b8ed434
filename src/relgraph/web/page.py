"""An HTML page as an article: its main text and its metadata, by trafilatura.

A news page is mostly not its article: menus, "related articles", footers and comment
threads name other events, and read as text they would become events of this page.
trafilatura keeps the body (it handles right-to-left Arabic pages as well as English)
and finds the page's title and publication date (``<meta>``, JSON-LD, ``<time>``).

The article's text is the title, kept as its first line (the headline the extractors
read), then the body. Its date is the one the user gives, else the page's, else the
dateline in its text; its language the one the user gives, else ``<html lang>`` when it
is Arabic or English, else the one its letters say. A page too small for trafilatura to
tell a body from the rest (a saved fragment, a page of one paragraph) is read for its
visible text, as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from html.parser import HTMLParser
from importlib import import_module

from relgraph.errors import ArticleError
from relgraph.model import Article, Retrieval
from relgraph.text.detect import detect_language

__all__ = ["page_article", "visible_text"]

_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2})\b", re.IGNORECASE)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# The page's own dates only (meta, JSON-LD, <time>): the extensive search also reads dates in the
# text, where a related article's or a copyright line's date would pass for the page's.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def page_article(
    article_id: str,
    markup: str | bytes,
    *,
    name: str,
    source: str | None,
    lang: str | None = None,
    published: date | None = None,
    retrieval: Retrieval | None = None,
) -> Article:
    """The article an HTML page holds; :class:`~relgraph.errors.ArticleError` naming ``name`` when it has no text.

    ``markup`` is decoded text, or the bytes of a fetched page whose encoding the page itself says
    (``<meta charset>``). ``lang`` and ``published`` are the user's and win over the page's;
    ``source`` is what the article cites (its URL, or the file it was saved as).
    """
    import trafilatura  # the main-text library (lxml, htmldate, justext): imported on the first page

    url = retrieval.url if retrieval is not None else None
    doc = trafilatura.bare_extraction(
        markup,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        date_extraction_params=dict(_DATE_PARAMS),
    )
    title = body = page_date = canonical = None
    if isinstance(doc, trafilatura.settings.Document):
        title, body, page_date, canonical = doc.title, doc.text, doc.date, doc.url
    text = _joined(title, body)
    if not text:  # no body trafilatura would vouch for: the page's visible text
        text = visible_text(markup if isinstance(markup, str) else markup.decode("utf-8", "replace"))
    if not text:
        raise ArticleError(name, "no visible text in the HTML")
    if retrieval is None and canonical and canonical.lower().startswith(("http://", "https://")):
        source = canonical  # a saved page cites the address it gives itself (<link rel="canonical">, og:url)
    if published is None and page_date and _ISO_DAY.fullmatch(page_date):
        published = date.fromisoformat(page_date)
    lang = lang or _language(markup, text)
    if published is None:  # the dates package is heavier than reading: imported when needed
        from relgraph.text.normalize import normalize

        find_dateline: Callable[[str, str], date | None] = import_module("relgraph.dates").find_dateline
        published = find_dateline(normalize(text).text, lang)
    return Article(article_id, text, lang, published, source, retrieval)


def _joined(title: str | None, body: str | None) -> str:
    """The title as the first line, then the body (which often starts with it already)."""
    lines = [" ".join(line.split()) for line in (body or "").splitlines()]
    lines = [line for line in lines if line]
    headline = " ".join((title or "").split())
    if not lines:
        return ""
    if headline and lines[0] != headline:
        lines.insert(0, headline)
    return "\n".join(lines)


def _language(markup: str | bytes, text: str) -> str:
    head = markup[:4096] if isinstance(markup, str) else markup[:4096].decode("ascii", "replace")
    declared = _HTML_LANG.search(head)
    if declared and declared.group(1).lower() in ("ar", "en"):
        return declared.group(1).lower()
    return detect_language(text)


# -- HTML --------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")
_HIDDEN = frozenset({"script", "style", "nav", "noscript", "template", "svg", "iframe", "object", "select"})
_BLOCKS = frozenset(
    {
        "title",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "p",
        "div",
        "br",
        "hr",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "tr",
        "table",
        "caption",
        "blockquote",
        "pre",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "figure",
        "figcaption",
        "address",
        "form",
        "fieldset",
        "details",
        "summary",
    }
)


class _VisibleText(HTMLParser):
    """Collects the text a browser shows, a line per block; entities decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(_SPACES.sub(" ", data))


def visible_text(markup: str) -> str:
    """The text a browser shows of ``markup``, a line per block: what a page holds when it has no main text."""
    parser = _VisibleText()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)
