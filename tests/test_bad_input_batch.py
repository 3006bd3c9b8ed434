"""A batch with bad inputs among good ones, through the CLI: each bad one is named on stderr
with its reason, every good one is stored, the exit status is 1 and a summary closes the run."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from relgraph import api
from relgraph.cli import cli

GOOD_AR = "استقبل أمير قطر في الدوحة أمس الرئيس التركي، وجرت مباحثات بين الجانبين."
GOOD_EN = "Egypt recalled its ambassador to Israel on 3 March 2021."


def make_batch(root: Path) -> Path:
    batch = root / "batch"
    batch.mkdir()
    (batch / "good-ar.txt").write_text(GOOD_AR, encoding="utf-8")
    (batch / "good-legacy.txt").write_bytes(GOOD_AR.encode("cp1256"))  # Windows-1256, decoded correctly
    (batch / "good-page.html").write_text(
        f"<html><head><title>news</title><script>var x = 1;</script></head><body><p>{GOOD_EN}</p></body></html>",
        encoding="utf-8",
    )
    (batch / "empty.txt").write_bytes(b"")
    (batch / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (batch / "huge.txt").write_text("كلمة " * 5000, encoding="utf-8")
    lines = [
        json.dumps({"id": "line-1", "lang": "en", "published": "2021-03-04", "text": GOOD_EN}),
        '{"id": "line-2", "text": "unterminated',
        json.dumps({"id": "line-3", "lang": "en", "published": "yesterday", "text": GOOD_EN}),
    ]
    (batch / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return batch


def test_a_mixed_batch_keeps_every_good_article_and_names_every_bad_one(tmp_path: Path) -> None:
    batch = make_batch(tmp_path)
    store = tmp_path / "store"
    result = CliRunner().invoke(
        cli, ["ingest", str(batch), "--store", str(store), "--published", "2024-01-02", "--max-bytes", "20000"]
    )
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    named = {
        "empty.txt": "empty",
        "image.txt": "PNG",
        "huge.txt": "--max-bytes",
        "articles.jsonl: line 2": "not valid JSON",
        "articles.jsonl: line 3": "published",
    }
    assert len(errors) == len(named), result.stderr
    for where, reason in named.items():
        assert any(where in line and reason in line for line in errors), (where, result.stderr)
    assert "skipped 5" in result.stderr.splitlines()[-1]

    stored = {record.id for record in _articles(store)}
    assert stored == {"good-ar", "good-legacy", "good-page", "line-1"}


def test_the_legacy_file_reads_as_its_utf8_twin(tmp_path: Path) -> None:
    batch = make_batch(tmp_path)
    found = {item.article.id: item.article.text for item in api.extract([batch]) if isinstance(item, api.Extracted)}
    assert found["good-legacy"] == found["good-ar"] == GOOD_AR


def test_the_html_page_is_read_for_its_text_not_its_script(tmp_path: Path) -> None:
    batch = make_batch(tmp_path)
    page = next(item for item in api.extract([batch / "good-page.html"]) if isinstance(item, api.Extracted))
    assert GOOD_EN in page.article.text
    assert "var x" not in page.article.text
    assert [(m.type.slug, m.actors) for m in page.mentions] == [("ambassador_recalled", ("EG", "IL"))]


def _articles(store: Path) -> list[object]:
    from relgraph.repository import Repository
    from relgraph.store_access import open_store

    with open_store(store) as opened:
        return list(Repository(opened).articles())
