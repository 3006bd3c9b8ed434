"""What relgraph really writes for the sample: every export format parses back to the
same graph, and the graph validates against ontology/shapes.ttl."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from relgraph import api
from relgraph.rdf.store import OxigraphStore
from relgraph.rdf.validation import validate


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "store"
    api.ingest([api.sample_path()], store=path)
    return path


def quads(data: bytes, fmt: ox.RdfFormat) -> set[ox.Quad]:
    return set(ox.parse(data, format=fmt))


@pytest.mark.parametrize(("name", "fmt"), [("trig", ox.RdfFormat.TRIG), ("nq", ox.RdfFormat.N_QUADS)])
def test_dataset_formats_round_trip(store: Path, name: str, fmt: ox.RdfFormat) -> None:
    reference = quads(api.export(format="nq", store=store), ox.RdfFormat.N_QUADS)
    assert len(reference) > 100
    assert quads(api.export(format=name, store=store), fmt) == reference


def test_turtle_is_the_union_of_the_graphs(store: Path) -> None:
    reference = {q.triple for q in quads(api.export(format="nq", store=store), ox.RdfFormat.N_QUADS)}
    assert {q.triple for q in quads(api.export(format="ttl", store=store), ox.RdfFormat.TURTLE)} == reference


def test_jsonld_round_trips_through_rdflib(store: Path) -> None:
    """JSON-LD is parsed by another implementation (rdflib) to the same quads; relgraph writes no blank nodes."""
    from rdflib import Dataset

    def dataset_quads(data: bytes, fmt: str) -> set[tuple[str, ...]]:
        parsed = Dataset().parse(data=data.decode("utf-8"), format=fmt)
        return {(s.n3(), p.n3(), o.n3(), getattr(g, "identifier", g).n3()) for s, p, o, g in parsed.quads()}

    reference = dataset_quads(api.export(format="nq", store=store), "nquads")
    assert len(reference) > 100
    assert dataset_quads(api.export(format="jsonld", store=store), "json-ld") == reference


def test_one_article_graph_exports_alone(store: Path) -> None:
    data = api.export(format="nq", article="qatar-russia-2025-04-16", store=store)
    graphs = {q.graph_name.value for q in quads(data, ox.RdfFormat.N_QUADS)}
    assert graphs == {"https://w3id.org/relgraph/id/graph/article/qatar-russia-2025-04-16"}


@pytest.mark.slow
def test_the_sample_validates_against_the_shapes(store: Path) -> None:
    opened = OxigraphStore(store, read_only=True)
    try:
        report = validate(opened)
    finally:
        opened.close()
    assert report.conforms, report.text


@pytest.mark.slow
def test_a_broken_event_does_not_validate(tmp_path: Path, store: Path) -> None:
    """The shapes can fail: an event stripped of its mentions is reported."""
    copy = OxigraphStore(tmp_path / "copy")
    copy.load(api.export(format="nq", store=store), "nq")
    copy.update("DELETE { GRAPH ?g { ?e rg:mention ?m } } WHERE { GRAPH ?g { ?e a rg:Visit ; rg:mention ?m } }")
    report = validate(copy)
    copy.close()
    assert not report.conforms
    assert report.violations >= 2
