"""The extractor's closed vocabularies (``relgraph.extractors.kinds``) and the schema's lists of the same values
agree, and what the extractor makes of an article carries their members, not bare strings."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

import pytest

from relgraph.extractors.kinds import HitKind, Level, Modality, RefKind, Role
from relgraph.extractors.language import ACTOR_KINDS, language
from relgraph.extractors.reading import read
from relgraph.model import Article
from relgraph.resources import read_json


def enum_of(name: str) -> set[str]:
    schema: dict[str, Any] = read_json("lexicon", "schema.json")
    return set(schema["$defs"][name]["enum"])


@pytest.mark.parametrize(
    ("vocabulary", "schema_name", "code_only"),
    [
        (Level, "office_level", set()),
        (Role, "role", set()),
        (Modality, "modality", {"generic"}),  # a generic plural is a trigger's generic_forms, no modal word
        (RefKind, "reference_kind", {"pronoun", "polity"}),  # a pronoun once resolved; a polity the reader infers
    ],
)
def test_each_vocabulary_is_the_schemas_list(vocabulary: type[StrEnum], schema_name: str, code_only: set[str]) -> None:
    assert {str(v) for v in vocabulary} - code_only == enum_of(schema_name)


def test_a_member_is_equal_to_its_string_as_the_lexicon_writes_it() -> None:
    assert Role.WITH == "with"
    assert "with" in (Role.WITH,)
    assert {"with": 1}[Role.WITH] == 1
    assert f"modality: {Modality.FUTURE}" == "modality: future"  # the reason --explain prints


def test_actor_kinds_are_hit_kinds() -> None:
    assert all(isinstance(k, HitKind) for k in ACTOR_KINDS)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Egyptian Foreign Minister met his Jordanian counterpart in Amman on Monday for talks with Qatar."),
        ("ar", "استقبل أمير قطر في الدوحة اليوم وزير الخارجية المصري، وبحث معه العلاقات بين البلدين."),
    ],
)
def test_a_reading_carries_members_of_the_vocabularies(lang: str, text: str) -> None:
    reading = read(Article(id="k", text=text, lang=lang), language(lang))
    assert reading.actors
    assert reading.cues
    for ref in reading.actors:
        assert isinstance(ref.kind, RefKind), ref
        assert isinstance(ref.cue, Role), ref
        assert ref.level is None or isinstance(ref.level, Level), ref
    assert all(isinstance(h.entry.kind, HitKind) for h in reading.cues)
    values = {HitKind.PREP: Role, HitKind.OFFICE: Level, HitKind.MODAL: Modality}  # made members when compiled
    typed = [h for h in reading.cues if h.entry.kind in values]
    assert typed
    assert all(isinstance(h.entry.value, values[h.entry.kind]) for h in typed)
    assert {RefKind.OFFICIAL, RefKind.CAPITAL} <= {r.kind for r in reading.actors}
