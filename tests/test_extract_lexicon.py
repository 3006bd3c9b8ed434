"""The extractors' lexicons (``data/lexicon/ar.json``, ``en.json``) are consistent data."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from relgraph.errors import ExtractorError, RelgraphError
from relgraph.extractors.frames import FRAMES
from relgraph.extractors.language import _PATTERNS, LEXICON_KEYS, compile_language, language
from relgraph.extractors.scanning import Clitics, Entry, Lexicon
from relgraph.gazetteer import Gazetteer
from relgraph.model import EventType
from relgraph.resources import data_file, read_json
from relgraph.text.normalize import fold

LANGS = ("ar", "en")
MODALITIES = {
    "future",
    "intent",
    "agreement",
    "possibility",
    "condition",
    "negation",
    "denial",
    "topic",
    "about",
    "cancelled",
    "claim",
    "never",
    "maybe",
    "state",
}
LEVELS = {"head", "minister", "envoy", "body"}
#: The params each frame reads (see relgraph.extractors.frames), and those every trigger may set (rules.py).
PARAMS = {
    "goal",
    "guest",
    "partner",
    "object",
    "through",
    "both_ways",
    "mediator",
    "visitor",
    "adjacent",
    "exempt",
    "hosts",
    "stops",
    "needs_reach",
    "needs_cues",
    "party_cues",
    "lemmas",
    "needs_after",
    "official",
    "near_object",
    "receiver",
    "agent",
    "other_sense",
}


def raw(lang: str) -> dict[str, Any]:
    data: dict[str, Any] = read_json("lexicon", f"{lang}.json")
    return data


@pytest.mark.parametrize("lang", LANGS)
def test_no_key_is_written_twice(lang: str) -> None:
    def unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [k for k, _ in pairs]
        assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
        return dict(pairs)

    json.loads(data_file("lexicon", f"{lang}.json").read_text(encoding="utf-8"), object_pairs_hook=unique)


@pytest.mark.parametrize("lang", LANGS)
def test_every_key_is_one_the_compiler_reads(lang: str) -> None:
    assert set(raw(lang)) <= LEXICON_KEYS


@pytest.mark.parametrize("lang", LANGS)
def test_triggers_name_known_types_frames_classes_and_params(lang: str) -> None:
    for trigger in raw(lang)["triggers"]:
        EventType.from_slug(trigger["type"])
        assert trigger["frame"] in FRAMES
        assert trigger["class"] in ("verb", "noun", "word")
        assert set(trigger) - {"type", "frame", "class", "forms", "generic_forms", "needs"} <= PARAMS
        assert trigger.get("forms") or trigger.get("lemmas"), trigger
    for frame, params in raw(lang).get("frame_params", {}).items():
        assert frame in FRAMES
        assert set(params) <= PARAMS


@pytest.mark.parametrize("lang", LANGS)
def test_every_event_type_has_triggers(lang: str) -> None:
    assert {EventType.from_slug(t["type"]) for t in raw(lang)["triggers"]} == set(EventType)


@pytest.mark.parametrize("lang", LANGS)
def test_categories_levels_and_codes_are_known(lang: str) -> None:
    data = raw(lang)
    gazetteer = Gazetteer.default()
    assert set(data["modality"]) <= MODALITIES
    assert set(data["offices"]) <= LEVELS
    for code in (*data["agencies"].values(), *data.get("office_states", {}).values()):
        assert code in gazetteer
    assert set(data["syntax"]) == {"clitics", "verb_first", "modifiers_first", "cased"}


@pytest.mark.parametrize("lang", LANGS)
def test_no_form_is_listed_twice_in_one_list(lang: str) -> None:
    data = raw(lang)
    lists = [data[k] for k in ("honorifics", "pair_anaphors", "clause_breaks", "after_modality", "indirect_contact")]
    lists += list(data["offices"].values()) + list(data["modality"].values())
    lists += [t.get(k, []) for t in data["triggers"] for k in ("forms", "lemmas")]
    for forms in lists:
        folded = [fold(f) for f in forms]
        assert len(folded) == len(set(folded)), [f for f in folded if folded.count(f) > 1]


@pytest.mark.parametrize("lang", LANGS)
def test_regular_expressions_compile_and_are_written_folded(lang: str) -> None:
    data = raw(lang)
    patterns = [t["needs"] for t in data["triggers"] if "needs" in t]
    patterns += [data[k] for k in _PATTERNS if k in data]  # every key the compiler reads as one
    for pattern in patterns:
        re.compile(fold(pattern))
        assert not re.search(r"\\[A-Z]", pattern), f"{pattern!r}: folding lower-cases escapes"


@pytest.mark.parametrize("lang", LANGS)
def test_the_lexicon_compiles(lang: str) -> None:
    compiled = language(lang)
    assert compiled.code == lang
    assert compiled.lexicon.size > 1000  # the gazetteer's names are in it
    assert len(compiled.triggers) == len(raw(lang)["triggers"])


def test_english_words_stand_alone_and_names_need_a_capital() -> None:
    lexicon = Lexicon(
        [Entry("Oman", "state", "OM", "en_name"), Entry("visit", "trigger", "v", "en_word")],
        "en",
        clitics=Clitics(suffixes=("s",)),
    )
    text = "oman visits Oman; revisit Omani"
    assert [(text[h.start : h.end], h.suffix) for h in lexicon.scan(text.lower(), text)] == [
        ("visit", "s"),
        ("Oman", ""),
    ]


def test_an_unknown_key_is_refused_by_name() -> None:
    with pytest.raises(ExtractorError, match="modalty: unknown key"):
        compile_language("xx", {"modalty": {}}, Gazetteer.default())


def test_a_bad_regular_expression_is_refused_as_a_relgraph_error() -> None:
    data = {
        "triggers": [{"type": "visit", "frame": "travel", "class": "verb", "forms": ["went"], "needs": "(unclosed"}]
    }
    with pytest.raises(RelgraphError, match="bad regular expression"):
        compile_language("en", data, Gazetteer.default())


def test_a_trigger_of_an_unknown_class_is_refused() -> None:
    data = {"triggers": [{"type": "visit", "frame": "travel", "class": "adverb", "forms": ["went"]}]}
    with pytest.raises(ExtractorError, match="adverb"):
        compile_language("en", data, Gazetteer.default())
