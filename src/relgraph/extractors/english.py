"""The ``english`` extractor: relgraph's rules over the English lexicon (``data/lexicon/en.json``)."""

from __future__ import annotations

from relgraph.extractors.lexical import LexiconExtractor

__all__ = ["EnglishExtractor"]


class EnglishExtractor(LexiconExtractor):
    """Rule- and lexicon-based extraction of diplomatic events from English news, readouts and archive text."""

    name = "english"
    version = "0.1.0"
    languages = ("en",)
    lang_code = "en"
