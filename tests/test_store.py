"""The store suite: queries, bindings, atomic updates, export formats; then the embedded store's locking.

The tests that take the ``store`` fixture run against the embedded store and against a real SPARQL
server (``empty_store`` in conftest.py), so the two stay interchangeable.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest

from relgraph.errors import QueryError, StoreError, StoreLockedError, UnknownFormatError
from relgraph.rdf.store import RDF_FORMATS, OxigraphStore, Store, insert_data, values_clause

EX = "https://example.org/"
G1, G2 = ox.NamedNode(EX + "g1"), ox.NamedNode(EX + "g2")
P = ox.NamedNode(EX + "p")
XSD = "http://www.w3.org/2001/XMLSchema#"
HOSTILE = ['say "hi"', "{ } ;", "back\\slash", "\\u0041 stays six chars", "a > b < c", "line\nbreak\ttab", "مرحبا"]


def node(name: str) -> ox.NamedNode:
    return ox.NamedNode(EX + name)


QUADS = [ox.Quad(node(f"s{i}"), P, ox.Literal(text), G1) for i, text in enumerate(HOSTILE)] + [
    ox.Quad(node("n"), P, ox.Literal(42), G2),
    ox.Quad(node("n"), P, ox.Literal(0.25), G2),
    ox.Quad(node("n"), P, ox.Literal(True), G2),
    ox.Quad(node("n"), P, ox.Literal("1989-11-09", datatype=ox.NamedNode(XSD + "date")), G2),
    ox.Quad(node("n"), P, ox.Literal("Doha", language="en"), G2),
    ox.Quad(node("n"), P, node("o"), G2),
    ox.Quad(node("d"), P, ox.Literal("in the default graph")),
]


@pytest.fixture
def store(empty_store: Store) -> Store:
    empty_store.update(insert_data(QUADS))
    return empty_store


def test_oxigraph_store_implements_the_interface(store: Store) -> None:
    assert isinstance(store, Store)


def test_rows_hold_plain_python_values(store: Store) -> None:
    rows = store.query("SELECT ?s ?o WHERE { GRAPH ?g { ?s ?p ?o } }", {"s": node("n")}).rows
    values = [r["o"] for r in rows]
    assert sorted(map(repr, values)) == sorted(map(repr, [42, 0.25, True, "1989-11-09", "Doha", EX + "o"]))
    assert [type(v) for v in values if not isinstance(v, str)].count(int) == 1


def test_unbound_variables_are_none(store: Store) -> None:
    result = store.query("SELECT ?s ?missing WHERE { GRAPH ?g { ?s ?p 42 } OPTIONAL { ?s rg:place ?missing } }")
    assert result.variables == ("s", "missing")
    assert result.rows == ({"s": EX + "n", "missing": None},)


def test_prefixes_of_the_ontology_are_predeclared(store: Store) -> None:
    assert store.query("ASK { FILTER(STR(rg:Visit) = 'https://w3id.org/relgraph/ontology#Visit') }").boolean is True
    assert store.query("ASK { FILTER(xsd:date('2020-01-01') < xsd:date('2021-01-01')) }").boolean is True


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_values_are_stored_and_matched_exactly_as_bound_values(store: Store, text: str) -> None:
    rows = store.query("SELECT ?s ?o WHERE { GRAPH ?g { ?s ?p ?o } }", {"o": text}).rows
    assert rows == ({"s": EX + f"s{HOSTILE.index(text)}", "o": text},)


def test_values_clause_escapes_every_value(store: Store) -> None:
    rows = store.query(f"SELECT ?o WHERE {{ {values_clause('o', HOSTILE)} GRAPH ?g {{ ?s ?p ?o }} }}").rows
    assert sorted(str(r["o"]) for r in rows) == sorted(HOSTILE)


def test_a_python_string_binds_as_a_literal_never_as_an_iri(store: Store) -> None:
    assert store.query("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }", {"s": EX + "n"}).rows == ()
    assert len(store.query("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }", {"s": node("n")}).rows) == 6


def test_dates_bind_as_xsd_dates(store: Store) -> None:
    rows = store.query("SELECT ?s ?o WHERE { GRAPH ?g { ?s ?p ?o } }", {"o": date(1989, 11, 9)}).rows
    assert rows == ({"s": EX + "n", "o": "1989-11-09"},)


def test_ask_and_construct(store: Store) -> None:
    assert store.query("ASK { GRAPH ?g { ?s ?p 42 } }").boolean is True
    assert store.query("ASK { GRAPH ?g { ?s ?p 43 } }").boolean is False
    result = store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <https://example.org/g2> { ?s ?p ?o FILTER(?o = 42) } }")
    assert result.rows == ({"subject": EX + "n", "predicate": EX + "p", "object": 42},)
    assert result.triples == (ox.Triple(node("n"), P, ox.Literal(42)),)


def test_invalid_queries_raise_query_error(store: Store) -> None:
    with pytest.raises(QueryError, match="invalid or refused SPARQL query"):
        store.query("SELEC ?x WHERE { }")
    with pytest.raises(QueryError):  # oxigraph wants a bound variable in the projection
        store.query("SELECT ?s WHERE { ?s ?p ?o }", {"o": "x"})
    with pytest.raises(QueryError, match="update"):
        store.update("INSERT NOTHING")


def test_an_update_is_all_or_nothing(store: Store) -> None:
    before = store.count()
    failing = insert_data([ox.Quad(node("new"), P, ox.Literal(1), node("g3"))]) + f" ; CREATE GRAPH {G1}"
    with pytest.raises(QueryError, match="already exists"):
        store.update(failing)
    assert store.count() == before
    assert node("g3").value not in store.graphs()


def test_replace_graph_replaces_exactly_that_graph(store: Store) -> None:
    store.replace_graph(G1, [ox.Quad(node("x"), P, ox.Literal("only"), G2)])
    assert store.query("SELECT ?s ?o WHERE { GRAPH <https://example.org/g1> { ?s ?p ?o } }").rows == (
        {"s": EX + "x", "o": "only"},
    )
    assert store.count(G1) == 1
    assert store.count(G2) == 6


def test_drop_graph_says_whether_there_was_one(store: Store) -> None:
    assert store.drop_graph(G1) is True
    assert store.count(G1) == 0
    assert store.drop_graph(G1) is False
    assert store.graphs() == [G2.value]


@pytest.mark.parametrize("fmt", ["trig", "nq", "jsonld"])
def test_dataset_formats_round_trip_the_whole_store(store: Store, fmt: str) -> None:
    data = store.dump(fmt)
    again = OxigraphStore()
    again.load(data, fmt)
    assert set(again.raw) == set(QUADS)


@pytest.mark.parametrize("fmt", ["ttl", "nt", "rdf", "n3"])
def test_triple_formats_round_trip_the_union_and_each_graph(store: Store, fmt: str) -> None:
    rdf_format = ox.RdfFormat.from_extension(fmt)
    union = {q.triple for q in QUADS}
    assert {q.triple for q in ox.parse(store.dump(fmt), format=rdf_format)} == union
    only_g2 = {q.triple for q in QUADS if q.graph_name == G2}
    assert {q.triple for q in ox.parse(store.dump(fmt, G2), format=rdf_format)} == only_g2


@pytest.mark.parametrize(("fmt", "rdflib_format"), [("ttl", "turtle"), ("nt", "nt"), ("trig", "trig"),
                                                    ("nq", "nquads"), ("jsonld", "json-ld")])  # fmt: skip
def test_exports_parse_in_rdflib_too(store: Store, fmt: str, rdflib_format: str) -> None:
    from rdflib import Dataset

    parsed = Dataset()
    parsed.parse(data=store.dump(fmt).decode("utf-8"), format=rdflib_format)
    literals = {str(o) for _, _, o, _ in parsed.quads((None, None, None, None))}
    assert set(HOSTILE) <= literals
    assert len({(s, p, o) for s, p, o, _ in parsed.quads((None, None, None, None))}) == len(
        {(q.subject, q.predicate, q.object) for q in QUADS}
    )


def test_unknown_formats_are_named(store: Store) -> None:
    with pytest.raises(UnknownFormatError, match=r"'yaml'.*jsonld"):
        store.dump("yaml")


def test_load_reads_n_quads_from_a_file(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "dump.nq"
    path.write_bytes(store.dump("nq"))
    again = OxigraphStore()
    again.load(path)
    assert again.count() == store.count()
    with pytest.raises(StoreError, match="cannot load"):
        again.load(b"<not n-quads", "nq")


def test_formats_list_what_dump_accepts(store: Store) -> None:
    assert all(store.dump(f) for f in RDF_FORMATS)


# -- on disk: persistence, read-only, the lock ----------------------------------------------------------------


def test_an_on_disk_store_persists_and_opens_read_only(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with OxigraphStore(path) as writer:
        writer.update(insert_data([ox.Quad(node("a"), P, ox.Literal("kept"), G1)]))
    reader = OxigraphStore(path, read_only=True)
    assert reader.query("SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }").rows == ({"o": "kept"},)
    with pytest.raises(StoreError, match="read-only"):
        reader.update("CLEAR ALL")


def test_read_only_needs_an_existing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no relgraph store at"):
        OxigraphStore(tmp_path / "missing", read_only=True)
    with pytest.raises(StoreError, match="in-memory"):
        OxigraphStore(None, read_only=True)


def test_a_closed_store_says_so(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "s")
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.count()
    OxigraphStore(tmp_path / "s").close()  # closing released the lock


def test_a_second_writer_gets_a_clear_lock_error(tmp_path: Path) -> None:
    path = tmp_path / "locked"
    holder = OxigraphStore(path)
    probe = (
        "import sys\n"
        "from relgraph.errors import StoreLockedError\n"
        "from relgraph.rdf.store import OxigraphStore\n"
        "try:\n"
        "    OxigraphStore(sys.argv[1])\n"
        "except StoreLockedError as e:\n"
        "    print(e)\n"
        "    sys.exit(3)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert done.returncode == 3, done.stderr
    assert str(path) in done.stdout
    assert "read-only" in done.stdout
    holder.close()
    assert issubclass(StoreLockedError, StoreError)
