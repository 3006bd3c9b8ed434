"""relgraph: read Arabic and English news into a knowledge graph of dated diplomatic events.

The public verbs live in :mod:`relgraph.api` (one per CLI command) and the
domain values in :mod:`relgraph.model`; both are re-exported here lazily so
that ``import relgraph`` stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Article": "relgraph.model",
    "Event": "relgraph.model",
    "EventType": "relgraph.model",
    "Mention": "relgraph.model",
    "PartialDate": "relgraph.model",
    "Precision": "relgraph.model",
    "Retrieval": "relgraph.model",
    "State": "relgraph.model",
    "RelgraphError": "relgraph.errors",
    **dict.fromkeys(
        (
            "extract",
            "ingest",
            "watch",
            "retract",
            "timeline",
            "show",
            "sparql",
            "export",
            "central",
            "path",
            "neighbors",
            "communities",
            "viz",
            "evaluate",
            "demo",
        ),
        "relgraph.api",
    ),
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'relgraph' has no attribute {name!r}")
    return getattr(import_module(module), name)


def __dir__() -> list[str]:
    return sorted([*_EXPORTS, "__version__"])
