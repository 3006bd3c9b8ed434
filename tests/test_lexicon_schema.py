"""Every lexicon is checked against ``data/lexicon/schema.json`` when it is loaded: one line names what is wrong."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from relgraph.dates.grammar import LITERALS
from relgraph.dates.lexicon import LANGUAGES as DATE_LANGUAGES
from relgraph.dates.lexicon import SHAPES, from_data
from relgraph.errors import ExtractorError, LexiconError, RelgraphError
from relgraph.extractors.frames import FRAMES
from relgraph.extractors.language import LEXICON_KEYS, compile_language
from relgraph.gazetteer import KINDS, Gazetteer
from relgraph.model import EventType
from relgraph.resources import read_json
from relgraph.schema import check, definition

LANGS = ("ar", "en")


def shipped(name: str) -> dict[str, Any]:
    data: dict[str, Any] = copy.deepcopy(read_json("lexicon", f"{name}.json"))
    return data


def enum(name: str) -> set[str]:
    return set(definition(name)["enum"])


@pytest.mark.parametrize("lang", LANGS)
def test_the_shipped_lexicons_pass(lang: str) -> None:
    check(shipped(lang), "lexicon", f"{lang}.json")
    check(shipped(f"dates.{lang}"), "dates", f"dates.{lang}.json")


def test_the_schema_is_json_schema_whose_document_is_the_language_lexicon() -> None:
    schema = read_json("lexicon", "schema.json")
    assert schema["$schema"].startswith("https://json-schema.org/draft/2020-12")
    assert schema["$ref"] == "#/$defs/lexicon"


def test_a_misspelt_key_is_one_line_naming_the_file_the_key_and_the_allowed_keys() -> None:
    data = shipped("en")
    data["modalty"] = data.pop("modality")
    with pytest.raises(LexiconError) as caught:
        compile_language("en", data, Gazetteer.default(), file="data/lexicon/en.json")
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("data/lexicon/en.json: modalty: unknown key (did you mean 'modality'?); allowed: ")
    assert {"modality", "triggers"} <= set(caught.value.allowed)
    assert (caught.value.file, caught.value.key) == ("data/lexicon/en.json", "modalty")


def test_a_misspelt_value_of_a_closed_vocabulary_is_named_with_its_place_and_the_allowed_values() -> None:
    data = shipped("ar")
    data["triggers"][2]["frame"] = "travle"
    with pytest.raises(LexiconError) as caught:
        compile_language("ar", data, Gazetteer.default())
    assert str(caught.value) == (
        "data/lexicon/ar.json: triggers[2].frame: 'travle' is not a known value; allowed: "
        + ", ".join(repr(f) for f in sorted(FRAMES))
    )


@pytest.mark.parametrize(
    ("where", "value", "key"),
    [
        (("offices",), {"heda": ["King"]}, "offices.heda"),  # an office level
        (("modal_reach",), {"negaton": 2}, "modal_reach.negaton"),  # a modality category
        (("prepositions",), {"via": "trough"}, "prepositions.via"),  # a preposition's role
        (("syntax",), {"verb_frist": True}, "syntax.verb_frist"),
        (("modal_window",), "45", "modal_window"),  # a number written as a string
    ],
)
def test_each_closed_vocabulary_is_checked(where: tuple[str, ...], value: Any, key: str) -> None:
    data = shipped("en")
    data[where[0]] = value
    with pytest.raises(LexiconError, match=f"^data/lexicon/en.json: {key}: "):
        check(data, "lexicon", "data/lexicon/en.json")


def test_a_trigger_param_outside_its_vocabulary_is_refused() -> None:
    data = shipped("en")
    data["triggers"][0]["visitor"] = ["offical"]
    expected = r"triggers\[0\]\.visitor\[0\]: 'offical' is not a known value; allowed: .*'official'"
    with pytest.raises(LexiconError, match=expected):
        check(data, "lexicon", "en.json")


def test_a_date_lexicon_that_breaks_the_schema_is_refused_where_it_is_loaded() -> None:
    data = shipped("dates.en")
    data["units"]["fortnight"] = ["fortnite", 2]
    with pytest.raises(LexiconError, match=r"^dates.xx.json: units.fortnight\[0\]: 'fortnite' is not a known value"):
        from_data("xx", data, "dates.xx.json")
    data = shipped("dates.en")
    data["monhts"] = data.pop("months")
    with pytest.raises(LexiconError, match=r"monhts: unknown key \(did you mean 'months'\?\)"):
        from_data("xx", data, "dates.xx.json")


def test_a_language_with_no_shapes_of_its_own_must_borrow_some() -> None:
    with pytest.raises(LexiconError, match=r"^dates\.fr\.json: shapes: missing"):
        from_data("fr", {"language": "fr"}, "dates.fr.json")


def test_the_errors_are_extractor_errors_and_relgraph_errors() -> None:
    assert issubclass(LexiconError, ExtractorError)
    assert issubclass(LexiconError, RelgraphError)


# -- the schema and the code agree ------------------------------------------------------------------------------------


def test_the_schema_lists_every_key_the_compiler_reads_and_no_other() -> None:
    assert set(definition("lexicon")["properties"]) == LEXICON_KEYS


def test_the_closed_vocabularies_are_the_codes() -> None:
    assert enum("frame") == set(FRAMES)
    assert enum("event_type") == {t.slug for t in EventType}
    assert enum("name_kind") == set(KINDS)
    assert set(definition("dates")["properties"]["shapes"]["enum"]) == set(SHAPES) == set(LITERALS)
    assert set(DATE_LANGUAGES) <= set(SHAPES)


@pytest.mark.parametrize("lang", LANGS)
def test_the_shipped_lexicons_use_only_what_the_vocabularies_allow_and_most_of_it(lang: str) -> None:
    """A schema too loose would let misspellings through: the lexicons use most of each vocabulary."""
    data = shipped(lang)
    assert set(data["offices"]) == enum("office_level")
    assert set(data["modality"]) <= enum("modality")
    assert len(set(data["modality"])) >= len(enum("modality")) - 2
    roles = set(data["prepositions"].values()) | set(data.get("proclitic_prepositions", {}).values())
    assert roles <= enum("role")


def test_the_schema_file_is_plain_json_with_a_description_for_readers() -> None:
    from relgraph.resources import data_file

    schema = json.loads(data_file("lexicon", "schema.json").read_text(encoding="utf-8"))
    assert "closed vocabulary" in schema["description"]


def test_the_trigger_docs_extending_shows_is_a_valid_one() -> None:
    """The example a linguist copies from ``docs/extending.md`` passes the check it describes."""
    text = (Path(__file__).resolve().parents[1] / "docs" / "extending.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```json\n(.*?)```", text, re.DOTALL)
    assert blocks
    for block in blocks:
        check({"triggers": [json.loads(block)]}, "lexicon", "docs/extending.md")
