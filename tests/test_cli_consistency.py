"""The command line is consistent: one meaning of --lang, one set of table formats, numbers rounded for
people and exact as data, JSON lists as lists, helpful errors for short event prefixes and SPARQL updates,
the whole purpose of each command in the help, and a README tour that replays top to bottom.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from relgraph.cli import TABLE, cli
from relgraph.model import Article, EventType, Mention, PartialDate

ROOT = Path(__file__).resolve().parent.parent
T = EventType
# Invented: a small star around Qatar, so that centrality scores are fractions.
NEWS = Article("star", "Qatar met Oman. Qatar met Kuwait. Qatar met Jordan. Oman met Kuwait.", "en",
               date(2022, 2, 2))  # fmt: skip


def told(phrase: str, actors: tuple[str, ...]) -> Mention:
    start = NEWS.text.index(phrase)
    return Mention("star", T.MEETING, actors, PartialDate.parse("2022-02"), None, phrase, start,
                   start + len(phrase), 0.7777777, "hand", "1")  # fmt: skip


@pytest.fixture(scope="module")
def store(hand_store: Callable[[dict[Article, list[Mention]]], str]) -> str:
    return hand_store(
        {
            NEWS: [
                told("Qatar met Oman", ("QA", "OM")),
                told("Qatar met Kuwait", ("QA", "KW")),
                told("Qatar met Jordan", ("QA", "JO")),
                told("Oman met Kuwait", ("OM", "KW")),
            ]
        }
    )


def run(*args: str) -> click.testing.Result:
    return CliRunner().invoke(cli, list(args))


def commands() -> list[tuple[str, click.Command]]:
    found = []
    for name, command in cli.commands.items():
        if isinstance(command, click.Group):
            found += [(f"{name} {sub}", c) for sub, c in command.commands.items()]
        else:
            found.append((name, command))
    return found


def test_every_command_with_a_table_takes_the_same_formats() -> None:
    tables = 0
    for name, command in commands():
        for option in command.params:
            if option.name == "fmt" and isinstance(option.type, click.Choice) and "table" in option.type.choices:
                tables += 1
                assert set(TABLE) <= set(option.type.choices), name
    assert tables >= 14


def test_lang_forces_the_language_and_a_gold_file_is_filtered_by_it(tmp_path: Path) -> None:
    """``--lang`` forces the language articles are read in; annotated articles each have theirs, so ``eval --lang``
    (and its alias ``--only-lang``) scores the gold articles in that language."""
    gold = {"id": "g1", "lang": "en", "text": "Chile and Peru signed a trade agreement in 2011.", "events": []}
    (tmp_path / "en.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    assert {p.name for p in cli.commands["eval"].params} >= {"lang", "only_lang"}
    for option in ("--lang", "--only-lang"):
        filtered = run("eval", str(tmp_path / "en.jsonl"), option, "ar")
        assert filtered.exit_code == 1
        assert "no annotated articles in 'ar'" in filtered.output
        kept = run("eval", str(tmp_path / "en.jsonl"), option, "en", "--format", "json")
        assert kept.exit_code == 0, kept.output
        assert json.loads(kept.stdout)["articles"] == 1
    for name in ("extract", "ingest"):
        (lang,) = [p for p in cli.commands[name].params if p.name == "lang"]
        assert "Language of every article" in (lang.help or ""), name  # type: ignore[attr-defined]


def test_numbers_are_rounded_in_tables_and_exact_in_json(store: str) -> None:
    table = run("graph", "central", "--store", store).stdout
    assert "0.667" in table
    assert "0.6666" not in table
    scores = json.loads(run("graph", "central", "--format", "json", "--store", store).stdout)
    assert 2 / 3 in [row["score"] for row in scores]
    show = json.loads(
        run(
            "show",
            json.loads(run("timeline", "QA", "OM", "--format", "json", "--store", store).stdout)[0]["event"],
            "--format",
            "json",
            "--store",
            store,
        ).stdout
    )
    assert show[0]["mentions"][0]["confidence"] == 0.7777777


def test_json_lists_are_lists(store: str) -> None:
    (neighbor, *_) = json.loads(run("graph", "neighbors", "QA", "--format", "json", "--store", store).stdout)
    assert neighbor["types"] == ["meeting"]
    groups = json.loads(run("graph", "communities", "--format", "json", "--store", store).stdout)
    assert all(isinstance(group["states"], list) for group in groups)
    assert sorted(code for group in groups for code in group["states"]) == ["JO", "KW", "OM", "QA"]


def test_show_says_a_prefix_needs_four_hex_digits(store: str) -> None:
    out = run("show", "abc", "--store", store)
    assert out.exit_code == 1
    assert "at least four hex digits" in out.output


@pytest.mark.parametrize("update", ["INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                                    "PREFIX x: <urn:x#>\n# drop it all\nDROP ALL",
                                    "delete where { graph ?g { ?s ?p ?o } }"])  # fmt: skip
def test_a_sparql_update_is_refused_as_read_only(store: str, update: str) -> None:
    out = run("sparql", update, "--store", store)
    assert out.exit_code == 1
    assert "relgraph sparql is read-only" in out.output
    assert run("sparql", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--store", store).exit_code == 0


def test_top_level_help_shows_each_commands_purpose_whole() -> None:
    shown = " ".join(run("--help").stdout.split())
    for name, command in cli.commands.items():
        purpose = " ".join((command.help or "").split("\n\n")[0].split())
        assert f"{name} {purpose}" in shown, name
        assert "..." not in purpose


# -- the README tour, replayed -------------------------------------------------------------------------------


def tour() -> list[tuple[str, list[str]]]:
    """The tour's ``$ relgraph`` lines, in order, each with the output the README shows under it."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    text = text[text.index("## A tour") : text.index("### More than one core")]
    steps: list[tuple[str, list[str]]] = []
    for block in re.findall(r"```console\n(.*?)```", text, flags=re.S):
        for line in block.splitlines():
            if line.startswith("$ "):
                steps.append((line[2:], []))
            elif steps:
                steps[-1][1].append(line)
    return steps


def test_the_readme_tour_replays_top_to_bottom(tmp_path: Path) -> None:
    for name in ("data", "examples"):
        (tmp_path / name).symlink_to(ROOT / name)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    env.pop("RELGRAPH_STORE", None)
    steps = tour()
    assert len(steps) >= 12
    for command, shown in steps:
        done = subprocess.run(command.split("#")[0], shell=True, cwd=tmp_path, env=env, capture_output=True,
                              text=True, timeout=120, check=False)  # fmt: skip
        assert done.returncode == 0, (command, done.stderr)
        said = (done.stdout + done.stderr).splitlines()
        # as many lines as the README shows (an emptied store prints only a header), the first one alike
        assert len(said) >= len(shown), (command, said, shown)
        if shown:
            assert said[0].split()[:2] == shown[0].split()[:2], (command, said[0], shown[0])
