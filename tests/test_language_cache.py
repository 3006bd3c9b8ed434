"""A shipped language compiled once and kept on disk: a later process loads the copy and reads as if it had
compiled the language itself; a copy that is broken, or made from other code or data, is never used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from relgraph.extractors import compiled
from relgraph.extractors.language import Language, compile_language, language
from relgraph.gazetteer import Gazetteer
from relgraph.resources import data_file, read_json

SAMPLE = data_file("samples", "qatar-russia-2025-04-16.ar.txt")
ENGLISH = "The Foreign Minister of Qatar visited Moscow on Monday, where he met the Russian President Vladimir Putin.\n"


def _extract(cache: str, *paths: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, compiled.LANGUAGE_CACHE_ENV: cache}
    command = [sys.executable, "-c", "from relgraph.cli import main; main()", "extract", *paths]
    return subprocess.run(command, env=env, capture_output=True, text=True, check=True)


@pytest.mark.slow
def test_a_process_that_loads_the_kept_language_extracts_what_one_that_compiles_it_does(tmp_path: Path) -> None:
    english = tmp_path / "visit.en.txt"
    english.write_text(ENGLISH, encoding="utf-8")
    cache = tmp_path / "languages"
    first = _extract(str(cache), str(SAMPLE), str(english))  # compiles both languages and keeps them
    kept = sorted(p.name.split("-")[1] for p in cache.glob("language-*.pickle"))
    assert kept == ["ar", "en"]
    again = _extract(str(cache), str(SAMPLE), str(english))  # loads them
    plain = _extract("off", str(SAMPLE), str(english))
    assert first.stdout.count("\n") >= 8  # the sample's eight events, and the English visit
    assert '"actors": ["QA", "RU"]' in plain.stdout.splitlines()[-1]
    assert first.stdout == again.stdout == plain.stdout


def test_the_copy_is_loaded_instead_of_compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(compiled.LANGUAGE_CACHE_ENV, str(tmp_path))
    built: list[str] = []

    def build() -> Language:
        built.append("en")
        return compile_language("en", read_json("lexicon", "en.json"), Gazetteer.default())

    made = compiled.cached("language-en", Language, build)
    loaded = compiled.cached("language-en", Language, build)
    assert built == ["en"]
    assert loaded is not made
    assert loaded.lexicon.size == made.lexicon.size == language("en").lexicon.size
    text = "the saudi foreign minister arrived in doha"
    assert len(made.lexicon.scan(text)) >= 3
    assert loaded.lexicon.scan(text) == made.lexicon.scan(text)
    (path,) = tmp_path.glob("language-en-*.pickle")
    assert path.stat().st_mode & 0o077 == 0  # the owner's alone: it is loaded with pickle


@pytest.mark.parametrize("content", [b"", b"not a pickle", b"\x80\x05K\x01."])  # empty, garbage, an int
def test_a_broken_copy_is_compiled_again_and_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    monkeypatch.setenv(compiled.LANGUAGE_CACHE_ENV, str(tmp_path))
    path = tmp_path / f"language-en-{compiled.key('language-en')}.pickle"
    path.write_bytes(content)
    found = compiled.cached("language-en", Language, lambda: language("en"))
    assert found is language("en")
    assert path.read_bytes() != content
    assert isinstance(compiled.cached("language-en", Language, lambda: pytest.fail("compiled again")), Language)


def test_off_keeps_nothing_and_a_folder_that_cannot_be_written_keeps_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(compiled.LANGUAGE_CACHE_ENV, "off")
    assert compiled.folder() is None
    assert compiled.cached("language-en", Language, lambda: language("en")) is language("en")
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(compiled.LANGUAGE_CACHE_ENV, str(blocked / "languages"))
    assert compiled.cached("language-en", Language, lambda: language("en")) is language("en")
    assert blocked.read_text(encoding="utf-8") == "not a folder"


def test_the_key_covers_the_code_and_the_data_it_is_made_from() -> None:
    sources = {p.relative_to(compiled._PACKAGE).as_posix() for p in compiled._sources()}
    assert {"extractors/scanning.py", "extractors/language.py", "gazetteer.py", "text/normalize.py"} <= sources
    assert {"data/lexicon/ar.json", "data/lexicon/en.json", "data/gazetteer/states.json"} <= sources
    assert compiled.key("language-ar") == compiled.key("language-ar")
    assert len({compiled.key("language-ar"), compiled.key("language-en"), compiled.key("language-ar", b"x")}) == 3


def test_only_the_newest_copies_of_a_language_are_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(compiled.LANGUAGE_CACHE_ENV, str(tmp_path))
    for n in range(6):  # copies other code made, oldest first
        old = tmp_path / f"language-en-{n:032x}.pickle"
        old.write_bytes(b"")
        os.utime(old, (1_000_000 + n, 1_000_000 + n))
    other = tmp_path / f"language-ar-{0:032x}.pickle"
    other.write_bytes(b"")
    os.utime(other, (1, 1))
    compiled.cached("language-en", Language, lambda: language("en"))
    kept = {p.name for p in tmp_path.glob("language-en-*.pickle")}
    newest = {f"language-en-{n:032x}.pickle" for n in range(6 - compiled.KEPT + 1, 6)}
    assert kept == {f"language-en-{compiled.key('language-en')}.pickle", *newest}
    assert other.exists()  # another language's copies are its own


TEXTS = [
    "وصل وزير الخارجية إلى الرياض يوم الأحد 15 مارس 2015 الموافق 24 جمادى الأولى 1436 هـ، في أواخر الثمانينات",
    "On Monday, 23-30 July 1980, and then the following September; mid-2017, six months ago, in the 1990s.",
]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_kept_date_grammar_is_loaded_without_compiling_its_patterns_and_reads_as_the_compiled_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    import re
    import re._compiler

    from relgraph.dates.grammar import Grammar, build
    from relgraph.dates.lexicon import load

    monkeypatch.setenv(compiled.LANGUAGE_CACHE_ENV, str(tmp_path))
    made = compiled.cached(f"dates-{lang}", Grammar, lambda: build(load(lang)))
    compiling: list[str] = []
    plain = re._compiler.compile
    re.purge()  # nothing from re's own cache of compiled patterns
    monkeypatch.setattr(re._compiler, "compile", lambda p, flags=0: compiling.append(p) or plain(p, flags))
    loaded = compiled.cached(f"dates-{lang}", Grammar, lambda: pytest.fail("built again"))
    monkeypatch.setattr(re._compiler, "compile", plain)
    assert not {made.scanner.pattern, made.tokenizer.pattern} & set(compiling)  # the engine's code was kept
    assert loaded is not made
    for ours, theirs in ((loaded.scanner, made.scanner), (loaded.tokenizer, made.tokenizer)):
        assert (ours.pattern, ours.flags, ours.groupindex, ours.groups) == (
            theirs.pattern,
            theirs.flags,
            theirs.groupindex,
            theirs.groups,
        )
    for text in TEXTS:
        ours_found = [(m.span(), m.groupdict()) for m, _ in loaded.expressions(text.lower())]
        assert ours_found == [(m.span(), m.groupdict()) for m, _ in made.expressions(text.lower())]
        assert [m.groupdict() for m in loaded.tokenizer.finditer(text.lower())] == [
            m.groupdict() for m in made.tokenizer.finditer(text.lower())
        ]
    assert len(list(loaded.expressions(TEXTS[lang == "en"].lower()))) >= 2


def test_a_pattern_whose_kept_code_the_engine_refuses_is_compiled_again() -> None:
    refused = compiled._thawed(r"\d+ (?P<unit>days?)", 32, [0, 1, 2], 1, {"unit": 1}, [None, "unit"])
    found = refused.search("in 3 days")
    assert found is not None
    assert found.group("unit") == "days"


def test_the_collector_is_held_while_a_language_loads_and_as_the_caller_left_it_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    from relgraph.extractors.collector import held

    monkeypatch.setenv(compiled.LANGUAGE_CACHE_ENV, str(tmp_path))
    during: list[bool] = []

    def build() -> Language:
        during.append(gc.isenabled())
        return language("en")

    assert gc.isenabled()
    assert compiled.cached("language-en", Language, build) is language("en")
    assert during == [False]
    assert gc.isenabled()
    with pytest.raises(ValueError, match="broken"), held():
        raise ValueError("broken")
    assert gc.isenabled()
    gc.disable()
    try:
        with held():
            pass
        assert not gc.isenabled()  # the caller's choice is kept
    finally:
        gc.enable()
