"""The rule-based extractor over a language given as data: its lexicon, its date words and a gazetteer.

:class:`LexiconExtractor` is what ``arabic`` and ``english`` are, over the
shipped ``data/lexicon/<lang>.json`` and ``dates.<lang>.json``; given other
data it reads another language with no Python added (``docs/extending.md``,
"A language"), or the same language over a tiny lexicon in a test.

>>> from relgraph.model import Article
>>> english = LexiconExtractor("en")
>>> [(m.type.slug, m.actors) for m in english.extract(Article("a", "Qatar recognized Kosovo in 2011.", "en"))]
[('recognition', ('QA', 'XK'))]
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from relgraph.dates import add_language
from relgraph.dates.lexicon import LANGUAGES as DATE_LANGUAGES
from relgraph.dates.lexicon import from_data
from relgraph.errors import LexiconError
from relgraph.extractors.language import Language, compile_language, language
from relgraph.extractors.rules import RuleExtractor
from relgraph.gazetteer import Gazetteer
from relgraph.resources import read_json

__all__ = ["LexiconExtractor"]


class LexiconExtractor(RuleExtractor):
    """Triggers, frames and modality over the lexicon of language ``code``.

    ``lexicon`` is a parsed lexicon (the form of ``data/lexicon/<code>.json``,
    checked against ``data/lexicon/schema.json``), ``dates`` a parsed date
    words file (``dates.<code>.json``), ``gazetteer`` the states, people and
    places it knows; each defaults to the shipped one (``dates`` is for a language relgraph does not ship: the
    date words of a process are shared). ``files`` names the
    lexicon and the date words in error messages. The lexicon is compiled on
    first use, once per extractor (the shipped one once per process).
    """

    name = "lexicon"
    version = "0.1.0"

    def __init__(
        self,
        code: str | None = None,
        *,
        lexicon: Mapping[str, Any] | None = None,
        dates: Mapping[str, Any] | None = None,
        gazetteer: Gazetteer | None = None,
        name: str | None = None,
        files: tuple[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.lang_code = code or self.lang_code
        self.languages = (self.lang_code,)
        self.name = name or self.name
        self._data, self._dates = lexicon, dates
        self._files = files or (f"data/lexicon/{self.lang_code}.json", f"data/lexicon/dates.{self.lang_code}.json")
        self._given = gazetteer
        if gazetteer is not None:
            self._gazetteer = gazetteer

    @classmethod
    def from_files(
        cls, code: str, lexicon: str | os.PathLike[str], dates: str | os.PathLike[str], **kwargs: Any
    ) -> LexiconExtractor:
        """The extractor of ``code`` over a lexicon and date words kept in JSON files of one's own."""
        paths = (Path(lexicon), Path(dates))
        data, words = (json.loads(p.read_text(encoding="utf-8")) for p in paths)
        return cls(code, lexicon=data, dates=words, files=(str(paths[0]), str(paths[1])), **kwargs)

    @property
    def lang(self) -> Language:
        if self._lang is None:
            self._lang = self._compile()
        return self._lang

    def _compile(self) -> Language:
        code = self.lang_code
        if self._dates is not None:
            add_language(from_data(code, self._dates, self._files[1]))
        elif code not in DATE_LANGUAGES:
            raise LexiconError(self._files[1], "", f"no date words for language {code!r}: give them as dates=")
        if self._data is None and self._given is None:
            return language(code)
        data = self._data if self._data is not None else read_json("lexicon", f"{code}.json")
        return compile_language(code, dict(data), self._gazetteer, file=self._files[0])
