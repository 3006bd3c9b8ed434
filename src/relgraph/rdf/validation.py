"""Validate a store against ``ontology/shapes.ttl`` with pyshacl (optional; imported when called: ~300 ms)."""

from __future__ import annotations

from dataclasses import dataclass

from relgraph.errors import RelgraphError
from relgraph.rdf.store import Store
from relgraph.resources import ontology_file

__all__ = ["ValidationReport", "validate"]


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """pyshacl's verdict: ``conforms``, the number of violations and its text report."""

    conforms: bool
    violations: int
    text: str


def validate(store: Store) -> ValidationReport:
    """Check the union of the store's graphs, with the ontology, against relgraph's shapes.

    The union, because the shapes follow links across graphs (an event's mentions live in
    their articles' graphs). Nothing is fetched: ``owl:imports`` are not followed.
    """
    try:
        import pyshacl
    except ImportError as e:  # an optional dependency: relgraph's test extra has it
        raise RelgraphError("SHACL validation needs pyshacl: pip install pyshacl") from e
    from rdflib import Graph
    from rdflib.namespace import SH

    def turtle(name: str, into: Graph) -> Graph:
        return into.parse(data=ontology_file(name).read_text(encoding="utf-8"), format="turtle")

    # The ontology goes into the data graph whole (pyshacl's ont_graph copies only class and property
    # axioms, not the CAMEO/PLOVER annotations a shape compares events with).
    data = turtle("relgraph.ttl", Graph().parse(data=store.dump("nt").decode("utf-8"), format="nt"))
    conforms, results, text = pyshacl.validate(
        data, shacl_graph=turtle("shapes.ttl", Graph()), inference="none", do_owl_imports=False, inplace=True,
    )  # fmt: skip
    return ValidationReport(bool(conforms), len(set(results.subjects(predicate=SH.resultSeverity))), str(text))
