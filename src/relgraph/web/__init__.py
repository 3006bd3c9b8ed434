"""Reading the news where it is: web pages by their main text, URLs fetched once, feeds watched over time.

:mod:`relgraph.web.page` turns an HTML page into an article (trafilatura: the body without
menus, related-article lists and footers; the title, date and language), :mod:`relgraph.web.fetch`
fetches pages over HTTP with limits and a disk cache (httpx), and :mod:`relgraph.web.watch`
polls RSS and Atom feeds (feedparser). Each imports its library when first used, so the
command line does not pay for them at start-up.
"""
