"""The layers drawn in ``docs/architecture.md`` are the imports of the code: a module imports only from its own
layer and the layers below it, and no imports go round in a circle.

Every import counts, at the top of a module or inside a function (the lazy ones too): the test reads the source.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
DOC = ROOT / "docs" / "architecture.md"
_BLOCK = re.compile(r"<!-- layers: (?P<package>[\w.]+) -->\s*```text\n(?P<body>.*?)```", re.DOTALL)


def modules() -> dict[str, Path]:
    out = {}
    for path in sorted((SRC / "relgraph").rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


MODULES = modules()


def imports(module: str) -> Iterator[str]:
    """The relgraph modules ``module`` imports, wherever in it."""
    for node in ast.walk(ast.parse(MODULES[module].read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "relgraph":
            for alias in node.names:
                child = f"{node.module}.{alias.name}"
                yield child if child in MODULES else node.module
        elif isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names if alias.name.split(".")[0] == "relgraph")


def layers(package: str) -> list[list[str]]:
    """The layers the document draws for ``package``, top first: each a list of the names of its parts."""
    found = {m["package"]: m["body"] for m in _BLOCK.finditer(DOC.read_text(encoding="utf-8"))}
    assert package in found, f"docs/architecture.md has no <!-- layers: {package} --> block"
    rows = [line.split("  ", 1)[1].split() for line in found[package].splitlines()[1:] if line.strip()]
    return [[name for name in row if re.fullmatch(r"[\w.]+", name)] for row in rows]


def part(package: str, module: str) -> str | None:
    """The part of ``package`` that ``module`` is in (``relgraph.rdf.store`` is ``rdf`` of ``relgraph``)."""
    if module == package:
        return "__init__" if package != "relgraph" else "relgraph"
    if not module.startswith(package + "."):
        return None
    return module[len(package) + 1 :].split(".")[0]


PACKAGES = ("relgraph", "relgraph.extractors")


@pytest.mark.parametrize("package", PACKAGES)
def test_every_part_of_the_package_is_drawn_once(package: str) -> None:
    drawn = [name for layer in layers(package) for name in layer]
    assert len(drawn) == len(set(drawn)), drawn
    parts = {part(package, m) for m in MODULES} - {None}
    assert parts == set(drawn)


@pytest.mark.parametrize("package", PACKAGES)
def test_no_module_imports_from_a_layer_above_its_own(package: str) -> None:
    level = {name: i for i, layer in enumerate(layers(package)) for name in layer}
    upward = []
    for module in MODULES:
        mine = part(package, module)
        if mine is None:
            continue
        for target in imports(module):
            theirs = part(package, target)
            if theirs is not None and theirs != mine and level[theirs] < level[mine]:
                upward.append(f"{module} imports {target}")
    assert upward == []


def test_no_imports_go_round_in_a_circle() -> None:
    graph = {m: {t for t in imports(m) if t != m and t in MODULES} for m in MODULES}
    graph["relgraph"] = set()  # the package's lazy re-exports of the API are its front door, not a dependency
    state: dict[str, int] = {}
    cycles: list[str] = []

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph[module]):
            if state.get(target) == 1:
                cycles.append(" -> ".join([*path[path.index(target) :], target]))
            elif target not in state:
                visit(target, [*path, target])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_the_check_sees_lazy_imports() -> None:
    """``relgraph.api`` imports the views inside its functions: the test must see them, or it proves nothing."""
    assert {"relgraph.timeline", "relgraph.viz", "relgraph.repository"} <= set(imports("relgraph.api"))


def test_no_two_public_things_share_a_name() -> None:
    """A name means one thing: ``Lexicon`` is the scanner's, ``DateLexicon`` the date words'. The CLI's commands
    are named as the API verbs they call, and an API verb as the function it wraps (``api.central``, ``graph.central``):
    one thing each, seen from two layers."""
    defined: dict[str, list[str]] = {}
    for module, path in MODULES.items():
        if module == "relgraph.cli":
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef | ast.ClassDef):
                names = [node.name]
            elif isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            else:
                continue
            for name in names:
                if not name.startswith("_"):
                    defined.setdefault(name, []).append(module)
    shared = {name: where for name, where in defined.items() if len(where) > 1}
    wrapped = {name: where for name, where in shared.items() if "relgraph.api" in where and len(where) == 2}
    assert {name: where for name, where in shared.items() if name not in wrapped} == {}
