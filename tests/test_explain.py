"""``relgraph extract --explain``: every trigger accounted for, with the decision taken on it and why."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from relgraph import api
from relgraph.cli import cli
from relgraph.extractors import get_extractor
from relgraph.extractors.outcomes import Outcome
from relgraph.model import Article

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "qatar-russia-2025-04-16.ar.txt"


def test_the_events_of_the_decisions_are_the_extractors_events() -> None:
    extractor = get_extractor("arabic")
    article = Article("s", SAMPLE.read_text(encoding="utf-8"), "ar", date(2025, 4, 16))
    decisions = extractor.explain(article)
    kept = {m for d in decisions if d.outcome is Outcome.EVENT for m in d.mentions}
    assert kept == set(extractor.extract(article))
    assert {d.outcome for d in decisions} == {Outcome.EVENT, Outcome.MERGED, Outcome.DROPPED}
    assert all(d.reason for d in decisions if d.outcome is not Outcome.EVENT)
    assert all(article.text[d.start : d.end] == d.trigger for d in decisions)


def test_every_trigger_of_the_sample_is_accounted_for() -> None:
    extractor = get_extractor("arabic")
    article = Article("s", SAMPLE.read_text(encoding="utf-8"), "ar", date(2025, 4, 16))
    from relgraph.extractors.reading import read

    triggers = read(article, extractor.lang, only_with_triggers=True).triggers
    assert len(extractor.explain(article)) == len(triggers) >= 20


def test_the_reasons_name_the_rule_that_dropped_a_trigger() -> None:
    extractor = get_extractor("english")
    text = "The Foreign Minister of Oman will visit Iran. Brazil met Argentina in a World Cup qualifier in Lima."
    reasons = [d.reason for d in extractor.explain(Article("t", text, "en", date(2024, 5, 16)))]
    assert "modality: future" in reasons
    assert "sport in its sentence (off_domain)" in reasons


def test_extract_explain_on_the_command_line() -> None:
    result = CliRunner().invoke(cli, ["extract", "--explain", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {"trigger", "type", "frame", "outcome", "reason", "events"} <= set(rows[0])
    assert sum(len(r["events"]) for r in rows if r["outcome"] == "event") == 8
    table = CliRunner().invoke(cli, ["extract", "--explain", "--format", "table", str(SAMPLE)])
    assert table.exit_code == 0
    assert "outcome" in table.stdout.splitlines()[0]


def test_api_explain_names_a_bad_input_and_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    items = list(api.explain([str(bad), str(SAMPLE)]))
    assert [type(i).__name__ for i in items] == ["Skipped", "Explained"]
