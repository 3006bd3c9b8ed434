"""An opt-in compiled build, measured: the extractor's modules compiled with mypyc, against the same code as Python.

Nothing here is part of the default install (``pip install .`` stays pure Python, with no build requirement
beyond hatchling). This script copies ``src/`` to a temporary folder, makes the two changes mypyc needs that the
code does not have (a starred tuple as the right side of ``in`` is a list there, an internal error of mypyc
2.x; the built-in extractors take ``languages`` from their base class, whose attribute mypyc types strictly),
compiles ``relgraph.extractors``, ``relgraph.text`` and ``relgraph.dates`` in place (``mypyc`` from mypy, a C
compiler), and runs ``benchmarks/realtext.py`` with that copy (a ``relgraph`` that puts it first on
``PYTHONPATH``) against this checkout's ``relgraph``, which also compares the outputs byte for byte.

    python benchmarks/compiled.py [--keep DIR] [realtext.py options: --rounds 3 --sets ar-dense,en-dense ...]

Needs mypy (the ``dev`` extra) and gcc or clang; compiling takes a few minutes of one core.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("extractors", "text", "dates")
_SETUP = """
import glob
from setuptools import setup
from mypyc.build import mypycify
found = [m for p in {packages!r} for m in sorted(glob.glob(f"src/relgraph/{{p}}/*.py"))]
modules = [m for m in found if not m.endswith("__init__.py")]
setup(name="relgraph-compiled", package_dir={{"": "src"}}, ext_modules=mypycify(modules, opt_level="3"))
"""
_MYPY = """[mypy]
python_version = 3.11
[mypy-pyoxigraph.*,ahocorasick.*,hijridate.*,pyvis.*,networkx.*,oxrdflib.*,dask.*,distributed.*,pyshacl.*,platformdirs.*,scipy.*,feedparser.*,pandas.*,tqdm.*]
ignore_missing_imports = True
"""
_IN_TUPLE = re.compile(r"\b(not in|in) \(")


def listed(source: str) -> str:
    """``source`` with each tuple display that holds a starred item and follows ``in`` made a list in a call to
    ``tuple`` (``x in (*a, b)`` -> ``x in tuple([*a, b])``): the same value, a form mypyc compiles."""
    pos = 0
    while (m := _IN_TUPLE.search(source, pos)) is not None:
        start, depth = m.end() - 1, 0
        for end in range(start, len(source)):
            depth += (source[end] in "([{") - (source[end] in ")]}")
            if depth == 0:
                break
        inner = source[start + 1 : end]
        if re.search(r"(^|,\s*)\*", inner):
            source = f"{source[:start]}tuple([{inner}]){source[end + 1 :]}"
        pos = start + 1
    return source


def prepare(folder: Path) -> None:
    """A copy of ``src/`` in ``folder`` that mypyc compiles, with the package's data linked in."""
    shutil.copytree(ROOT / "src", folder / "src", symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
    for path in (folder / "src" / "relgraph").rglob("*.py"):
        text = listed(path.read_text(encoding="utf-8"))
        if path.name in ("arabic.py", "english.py"):  # LexiconExtractor.__init__ sets the same languages
            text = re.sub(r"\n    languages = \(.*\)\n", "\n", text)
        path.write_text(text, encoding="utf-8")
    for name in ("data", "ontology"):
        link = folder / "src" / "relgraph" / name
        link.unlink(missing_ok=True)
        link.symlink_to(ROOT / name, target_is_directory=True)
    (folder / "setup_mypyc.py").write_text(_SETUP.format(packages=PACKAGES), encoding="utf-8")
    (folder / "mypy.ini").write_text(_MYPY, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it (else a temporary one)")
    args, rest = parser.parse_known_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="relgraph-mypyc-"))
    try:
        if not (folder / "src").exists():
            prepare(folder)
        done = subprocess.run(
            [sys.executable, "setup_mypyc.py", "build_ext", "--inplace"], cwd=folder, capture_output=True, text=True
        )
        if done.returncode:
            raise SystemExit(f"mypyc failed:\n{done.stdout[-3000:]}{done.stderr[-3000:]}")
        here = Path(sys.executable).parent / "relgraph"
        wrapper = folder / "relgraph"
        wrapper.write_text(f'#!/bin/sh\nPYTHONPATH={folder / "src"} exec {here} "$@"\n', encoding="utf-8")
        wrapper.chmod(0o755)
        print(f"compiled: {len(list((folder / 'src').rglob('*.so')))} modules in {folder}", flush=True)
        realtext = [sys.executable, str(ROOT / "benchmarks" / "realtext.py")]
        subprocess.run([*realtext, "--relgraph", str(wrapper), "--against", str(here), *rest], check=True)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
