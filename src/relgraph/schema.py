"""The check of a lexicon against ``data/lexicon/schema.json``, where lexicons are loaded.

The schema is JSON Schema (draft 2020-12) and lists every key of a language's
lexicon (``#/$defs/lexicon``) and of its date words (``#/$defs/dates``) and
every closed vocabulary (frames, event types, word classes, office levels,
prepositions' roles, modality categories, reference kinds ...). relgraph reads
the part of JSON Schema the file uses (``type``, ``enum``, ``pattern``,
``properties``, ``additionalProperties``, ``propertyNames``, ``items``,
``prefixItems``, ``minItems``/``maxItems``, ``minimum``, ``required``,
``anyOf``, local ``$ref``) with no dependency, and stops at the first value
that breaks it with a :class:`~relgraph.errors.LexiconError`: one line naming
the file, the key and the allowed keys or values.

>>> check({"modalty": {}}, "lexicon", "fr.json")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
relgraph.errors.LexiconError: fr.json: modalty: unknown key (did you mean 'modality'?); allowed: ...
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from difflib import get_close_matches
from functools import cache
from typing import Any

from relgraph.errors import LexiconError
from relgraph.resources import read_json

__all__ = ["SCHEMA_FILE", "check", "definition"]

#: Where the schema is, under the package's data.
SCHEMA_FILE = ("lexicon", "schema.json")

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "boolean": (bool,),
    "null": (type(None),),
}


@cache
def _schema() -> Mapping[str, Any]:
    schema: Mapping[str, Any] = read_json(*SCHEMA_FILE)
    return schema


def definition(name: str) -> Mapping[str, Any]:
    """The schema of one kind of lexicon: ``"lexicon"`` (``<lang>.json``) or ``"dates"`` (``dates.<lang>.json``)."""
    found: Mapping[str, Any] = _schema()["$defs"][name]
    return found


def check(data: Any, kind: str, file: str) -> None:
    """Raise :class:`~relgraph.errors.LexiconError` for the first value of ``data`` that breaks the schema ``kind``.

    ``file`` names the lexicon in the message (``data/lexicon/en.json``, a fixture's path ...).
    """
    _Checker(file).check(data, definition(kind), "")


class _Checker:
    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, key: str, problem: str, allowed: tuple[str, ...] = ()) -> LexiconError:
        return LexiconError(self.file, key, problem, allowed)

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        while "$ref" in schema:
            schema = definition(schema["$ref"].removeprefix("#/$defs/"))
        return schema

    def check(self, value: Any, schema: Mapping[str, Any], key: str) -> None:
        schema = self.resolve(schema)
        if "anyOf" in schema:
            self.any_of(value, schema["anyOf"], key)
            schema = {k: v for k, v in schema.items() if k != "anyOf"}  # and the keywords beside it
        self.scalar(value, schema, key)
        if isinstance(value, dict):
            self.members(value, schema, key)
        elif isinstance(value, list):
            self.items(value, schema, key)

    def any_of(self, value: Any, options: list[Mapping[str, Any]], key: str) -> None:
        errors: list[LexiconError] = []
        for option in options:
            try:
                self.check(value, option, key)
                return
            except LexiconError as e:
                errors.append(e)
        raise errors[-1]

    def scalar(self, value: Any, schema: Mapping[str, Any], key: str) -> None:
        if "type" in schema:
            names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            if not any(_is(value, name) for name in names):
                raise self.fail(key, f"{_show(value)} is not {' or '.join(names)}")
        if "enum" in schema and value not in schema["enum"]:
            raise self.fail(key, f"{_show(value)} is not a known value", tuple(map(_show, schema["enum"])))
        if "pattern" in schema and isinstance(value, str) and not re.search(schema["pattern"], value):
            raise self.fail(key, f"{_show(value)} does not match {schema['pattern']}")
        if "minimum" in schema and isinstance(value, int) and value < schema["minimum"]:
            raise self.fail(key, f"{value} is below {schema['minimum']}")

    def members(self, value: dict[str, Any], schema: Mapping[str, Any], key: str) -> None:
        properties: Mapping[str, Any] = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        names = self.resolve(schema.get("propertyNames", {}))
        missing = [name for name in schema.get("required", ()) if name not in value]
        if missing:
            raise self.fail(key, f"missing key {missing[0]!r}", tuple(properties))
        for name, member in value.items():
            where = f"{key}.{name}" if key else name
            if names:
                self.check(name, names, where)
            if name in properties:
                self.check(member, properties[name], where)
            elif extra is False:
                hint = get_close_matches(name, list(properties), n=1)
                problem = "unknown key" + (f" (did you mean {hint[0]!r}?)" if hint else "")
                raise self.fail(where, problem, tuple(properties))
            elif isinstance(extra, dict):
                self.check(member, extra, where)

    def items(self, value: list[Any], schema: Mapping[str, Any], key: str) -> None:
        if "minItems" in schema and len(value) < schema["minItems"]:
            raise self.fail(key, f"{len(value)} items, fewer than {schema['minItems']}")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            raise self.fail(key, f"{len(value)} items, more than {schema['maxItems']}")
        first: list[Mapping[str, Any]] = schema.get("prefixItems", [])
        for i, item in enumerate(value):
            item_schema = first[i] if i < len(first) else schema.get("items")
            if item_schema is not None:
                self.check(item, item_schema, f"{key}[{i}]")


def _is(value: Any, name: str) -> bool:
    if name in ("integer", "object", "array", "string") and isinstance(value, bool):
        return False  # JSON's true is no number
    return isinstance(value, _TYPES[name])


def _show(value: Any) -> str:
    return repr(value) if isinstance(value, str) else str(value)
