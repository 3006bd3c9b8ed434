"""The extractor stays a place one can read: no module of ``src/relgraph/extractors`` over 400 lines, no function
there over 60 (ruff's PLR0912 and PLR0915, set in pyproject.toml, keep their branches and statements in bounds).

The test reads the source, as ``tests/test_layers.py`` does: a function counts from its ``def`` (or first
decorator) to its last line, its docstring and comments included.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXTRACTORS = ROOT / "src" / "relgraph" / "extractors"
MODULE_LINES = 400
FUNCTION_LINES = 60


def functions(source: str) -> Iterator[tuple[str, int]]:
    """Each function (and method) of ``source``, by its qualified name, with its length in lines."""

    def walk(node: ast.AST, prefix: str) -> Iterator[tuple[str, int]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                first = min([child.lineno, *(d.lineno for d in child.decorator_list)])
                assert child.end_lineno is not None
                yield f"{prefix}{child.name}", child.end_lineno - first + 1
                yield from walk(child, f"{prefix}{child.name}.")
            elif isinstance(child, ast.ClassDef):
                yield from walk(child, f"{prefix}{child.name}.")

    yield from walk(ast.parse(source), "")


def test_the_count_sees_methods_nested_functions_and_decorators() -> None:
    source = "class A:\n    @property\n    def b(self):\n        def c():\n            pass\n        return 1\n"
    assert dict(functions(source)) == {"A.b": 5, "A.b.c": 2}


def test_no_extractor_module_is_over_400_lines() -> None:
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in EXTRACTORS.glob("*.py")}
    assert len(sizes) > 10  # the modules are where the test looks
    assert {name: n for name, n in sizes.items() if n > MODULE_LINES} == {}


def test_no_extractor_function_is_over_60_lines() -> None:
    long = {}
    seen = 0
    for path in sorted(EXTRACTORS.glob("*.py")):
        for name, n in functions(path.read_text(encoding="utf-8")):
            seen += 1
            if n > FUNCTION_LINES:
                long[f"{path.name}:{name}"] = n
    assert seen > 100
    assert long == {}
