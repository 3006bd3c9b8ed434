"""Nothing linguistic in the extractor's Python: the letters and words of a language are in its lexicon.

The code of ``src/relgraph/extractors`` writes no Arabic letter outside its docstrings and comments (the clitics,
the article, the commas, the name letters are the lexicon's), and the scanner knows no clitic until a lexicon
gives it one.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from relgraph.extractors.language import language
from relgraph.extractors.scanning import Clitics, Entry, Lexicon

EXTRACTORS = Path(__file__).resolve().parents[1] / "src" / "relgraph" / "extractors"
ARABIC = re.compile(r"[\u0600-\u06ff]")


def code_strings(source: str) -> list[tuple[int, str]]:
    """The string constants of ``source`` that are no docstring, with their lines."""
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def test_the_check_sees_a_string_in_code_and_not_a_docstring() -> None:
    source = 'def f():\n    """زيارة"""\n    return "وف"\n'
    assert [s for _, s in code_strings(source) if ARABIC.search(s)] == ["وف"]


def test_no_arabic_letter_in_the_extractors_code() -> None:
    found = {
        f"{path.name}:{line}": text
        for path in sorted(EXTRACTORS.glob("*.py"))
        for line, text in code_strings(path.read_text(encoding="utf-8"))
        if ARABIC.search(text)
    }
    assert found == {}


def test_the_scanner_knows_no_clitic_the_language_does_not_give() -> None:
    entries = [Entry("قطر", "state", "QA", "name"), Entry("زيارة", "trigger", "visit", "noun")]
    text = "وزيارته لقطر"

    def found(lexicon: Lexicon) -> list[tuple[object, str, str]]:
        return [(h.entry.value, h.prefix, h.suffix) for h in lexicon.scan(text, text)]

    assert found(Lexicon(entries, "xx")) == []
    # Folded, as the forms are: a taa marbuta is a ه.
    given = Clitics(conjunctions=("و",), prepositions=("ل",), pronouns=("ه",), taa=("ه", "ت"))
    assert found(Lexicon(entries, "xx", clitics=given)) == [("visit", "و", "ه"), ("QA", "ل", "")]


def test_the_shipped_languages_give_their_clitics() -> None:
    arabic, english = language("ar").lexicon.clitics, language("en").lexicon.clitics
    assert arabic.article
    assert set(arabic.conjunctions) <= set(arabic.prepositions) | {"و", "ف"}
    assert english.suffixes == ("s",)
    assert not english.article
    assert not english.conjunctions


def test_english_inflection_is_the_lexicons_suffix_tables() -> None:
    from relgraph.extractors.morphology import Morphology

    source = (EXTRACTORS / "morphology.py").read_text(encoding="utf-8")
    assert not {s for _, s in code_strings(source)} & {"ing", "ed", "es", "ies", "ied", "ying"}
    # a language's own suffixes, from data alone: a made-up verb inflects by them
    rules = Morphology.from_data({"third_person": {"": ["t"]}, "past": {"a": ["oi"]}, "progressive": {"": ["ant"]}})
    assert rules.inflections("parla") == ["parlat", "parloi", "parlaant"]
