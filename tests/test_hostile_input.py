"""Nothing a user or an article writes reaches SPARQL or HTML unescaped, end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from relgraph import api
from relgraph.errors import UnknownStateError

HOSTILE_IDS = [
    'quote"} ; DROP ALL ; #',
    "brace{}<>`|^",
    "back\\slash\\u0022 and \\n",
    "arabic قطر 'single' \u202e",
    "space and/slash?query=1#frag",
]
# The markup sits inside the evidence, so it travels into the store, the timeline and the HTML.
TEXT = (
    "Qatar established diplomatic relations <script>alert('x')</script><img src=x onerror=alert(1)> "
    "with Russia on 1 August 1988."
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "hostile.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        for article_id in HOSTILE_IDS:
            out.write(json.dumps({"id": article_id, "lang": "en", "published": "2020-01-01", "text": TEXT}) + "\n")
    report = api.ingest([corpus], store=root / "store")
    assert report.read == len(HOSTILE_IDS)
    assert not report.skipped
    return root / "store"


def test_hostile_article_ids_are_stored_and_read_back_verbatim(store: Path) -> None:
    rows = api.timeline(["QA", "RU"], store=store)
    assert rows, "the English extractor should find the relations"
    assert {s.article for r in rows for s in r.sources} == set(HOSTILE_IDS)


@pytest.mark.parametrize("article_id", HOSTILE_IDS)
def test_each_hostile_article_exports_alone_and_retracts(store: Path, tmp_path: Path, article_id: str) -> None:
    data = api.export(format="nq", article=article_id, store=store).decode("utf-8")
    assert data.count("\n") > 3
    copy = tmp_path / "copy"
    from relgraph.rdf.store import OxigraphStore

    opened = OxigraphStore(copy)
    opened.load(api.export(format="nq", store=store), "nq")
    opened.close()
    assert api.retract([article_id], store=copy) == []
    rows = api.timeline(["QA", "RU"], store=copy)
    assert {s.article for r in rows for s in r.sources} == set(HOSTILE_IDS) - {article_id}


@pytest.mark.parametrize("name", ['Qatar" } UNION { ?s ?p ?o', "\\u0022}", "قطر'); DROP", "<script>"])
def test_hostile_state_names_are_refused_before_any_query(store: Path, name: str) -> None:
    with pytest.raises(UnknownStateError):
        api.timeline([name], store=store)


def test_the_evidence_carries_the_markup_verbatim(store: Path) -> None:
    rows = api.timeline(["QA", "RU"], store=store)
    assert all("<script>alert('x')</script>" in s.evidence for r in rows for s in r.sources)


def test_html_shows_article_markup_as_text(store: Path, tmp_path: Path) -> None:
    page = api.viz(tmp_path / "graph.html", store=store).read_text(encoding="utf-8")
    assert "<script>alert" not in page
    assert "<img src=x" not in page
