"""relgraph: read Arabic and English news into a knowledge graph of dated diplomatic events.

The public verbs live in :mod:`relgraph.api` (one per CLI command) and the
domain values in :mod:`relgraph.model`; both are re-exported here lazily so
that ``import relgraph`` stays cheap.
"""

from __future__ import annotations

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
    # Plain imports, on first use: what this module depends on is written out (tests/test_layers.py reads it).
    module = _EXPORTS.get(name)
    if module == "relgraph.model":
        from relgraph import model

        return getattr(model, name)
    if module == "relgraph.errors":
        from relgraph import errors

        return getattr(errors, name)
    if module == "relgraph.api":
        from relgraph import api

        return getattr(api, name)
    raise AttributeError(f"module 'relgraph' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*_EXPORTS, "__version__"])
