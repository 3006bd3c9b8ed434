"""The ``arabic`` extractor: relgraph's rules over the Arabic lexicon (``data/lexicon/ar.json``)."""

from __future__ import annotations

from relgraph.extractors.lexical import LexiconExtractor

__all__ = ["ArabicExtractor"]


class ArabicExtractor(LexiconExtractor):
    """Rule- and lexicon-based extraction of diplomatic events from Arabic news and encyclopedia text."""

    name = "arabic"
    version = "0.1.0"
    languages = ("ar",)
    lang_code = "ar"
