"""Files shipped inside the package: the gazetteer, lexicons, samples, the ontology and the example queries.

Everything is read through :mod:`importlib.resources`, so an installed wheel
works wherever it lives; nothing is read from a source checkout.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

__all__ = ["data_file", "example_queries", "ontology_file", "read_json"]


def data_file(*parts: str) -> Traversable:
    """A file under the package's ``data/`` folder."""
    path = files("relgraph").joinpath("data", *parts)
    if not path.is_file():
        raise FileNotFoundError(f"relgraph data file missing from the installation: data/{'/'.join(parts)}")
    return path


def ontology_file(name: str) -> Traversable:
    """``relgraph.ttl`` or ``shapes.ttl`` under the package's ``ontology/`` folder."""
    path = files("relgraph").joinpath("ontology", name)
    if not path.is_file():
        raise FileNotFoundError(f"relgraph ontology file missing from the installation: ontology/{name}")
    return path


@cache
def read_json(*parts: str) -> Any:
    """Parse a JSON data file once per process."""
    return json.loads(data_file(*parts).read_text(encoding="utf-8"))


def example_queries() -> dict[str, str]:
    """The example SPARQL queries (``examples/queries/*.rq``, shipped as the package's ``queries/``) by name."""
    folder = files("relgraph").joinpath("queries")
    if not folder.is_dir():
        return {}
    found = sorted((f for f in folder.iterdir() if f.name.endswith(".rq")), key=lambda f: f.name)
    return {f.name.removesuffix(".rq"): f.read_text(encoding="utf-8") for f in found}
