"""The ``english`` extractor: relgraph's rules over the English lexicon (``data/lexicon/en.json``)."""

from __future__ import annotations

from relgraph.extractors.rules import RuleExtractor

__all__ = ["EnglishExtractor"]


class EnglishExtractor(RuleExtractor):
    """Rule- and lexicon-based extraction of diplomatic events from English news, readouts and archive text."""

    name = "english"
    version = "0.1.0"
    languages = ("en",)
    lang_code = "en"
