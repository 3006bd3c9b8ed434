"""Extractors turn an :class:`~relgraph.model.Article` into :class:`~relgraph.model.Mention` s.

An extractor is any object with ``name``, ``version``, ``languages`` and
``extract(article) -> list[Mention]``. relgraph's own (``arabic``, ``english``)
and third-party ones are registered under the entry-point group
``relgraph.extractors`` and validated when loaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from relgraph.errors import ExtractorError, UnknownExtractorError
from relgraph.model import Article, Mention

if TYPE_CHECKING:
    from relgraph.extractors.outcomes import Decision

__all__ = ["ENTRY_POINT_GROUP", "Explaining", "Extractor", "extractor_for", "get_extractor", "registered_extractors"]

ENTRY_POINT_GROUP = "relgraph.extractors"


@runtime_checkable
class Extractor(Protocol):
    name: str
    version: str
    languages: Sequence[str]

    def extract(self, article: Article) -> list[Mention]: ...


@runtime_checkable
class Explaining(Extractor, Protocol):
    """An extractor that can say what it decided about each trigger, and why (``relgraph extract --explain``)."""

    def explain(self, article: Article) -> list[Decision]: ...


def registered_extractors() -> list[str]:
    """The names registered under the ``relgraph.extractors`` entry-point group."""
    return sorted(ep.name for ep in entry_points(group=ENTRY_POINT_GROUP))


@cache
def get_extractor(name: str) -> Extractor:
    """Load, instantiate and validate the extractor registered as ``name`` (once per process)."""
    matches = [ep for ep in entry_points(group=ENTRY_POINT_GROUP) if ep.name == name]
    if not matches:
        raise UnknownExtractorError(name, registered_extractors())
    factory = matches[0].load()
    extractor = factory()
    if not isinstance(extractor, Extractor):
        raise ExtractorError(f"extractor {name!r} ({matches[0].value}) lacks name, version, languages or extract()")
    return extractor


@cache
def extractor_for(lang: str) -> Extractor:
    """The first registered extractor that reads ``lang``, looked up once per process and language.

    Looking through the installed packages' entry points takes 1-2 ms, about as long as
    extracting a 4 KB article, so it is not done per article.
    """
    for name in registered_extractors():
        extractor = get_extractor(name)
        if lang in extractor.languages:
            return extractor
    raise UnknownExtractorError(f"<for language {lang!r}>", registered_extractors())
