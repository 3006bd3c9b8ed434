"""Golden outputs of the extractors and the date finder: record them once, then check that nothing changed.

Speed work on ``relgraph.extractors``, ``relgraph.text`` and ``relgraph.dates``
must not change a single output. This script runs both extractors (``arabic``
and ``english``, each on every text, whatever its language) over:

- the annotated corpus (``../shared/corpus/seed.jsonl`` and ``dev.jsonl``, when
  present) and the package's sample articles;
- every string literal of ``tests/test_extract*.py`` that looks like a
  sentence, with and without a publication date;
- 2,000 synthetic articles per language from ``benchmarks/extract.py``, at the
  default density (0.25) and at 0.06;

and :func:`relgraph.dates.find_dates` over the normalised texts of all of them
and of ``benchmarks/dates.py``'s articles. Each output is one JSON line keyed by
a digest of its input, so a test file edited meanwhile shows up as inputs
added or gone, not as a difference.

    python benchmarks/golden.py record [--dir DIR]   # before the change
    python benchmarks/golden.py check [--dir DIR]    # after it: exit 1 on any difference

The outputs hold corpus text (evidence), so they are written outside the
checkout (default ``$RELGRAPH_GOLDEN`` or ``/tmp/relgraph-golden``).
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import os
import random
import sys
from collections.abc import Iterator
from datetime import date
from importlib.resources import files
from pathlib import Path

import dates as dates_bench
import extract as extract_bench

from relgraph.dates import find_dates
from relgraph.extractors import get_extractor
from relgraph.model import Article
from relgraph.text import normalize

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
EXTRACTORS = ("arabic", "english")
DENSITIES = (0.25, 0.06)
SYNTHETIC = 2000


def corpus() -> Iterator[Article]:
    """The annotated articles (if the corpus is there) and the package's samples."""
    for name in ("seed.jsonl", "dev.jsonl"):
        path = CORPUS / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    r = json.loads(line)
                    published = date.fromisoformat(r["published"]) if r.get("published") else None
                    yield Article(str(r["id"]), r["text"], r.get("lang"), published)
    samples = files("relgraph").joinpath("data", "samples")
    for sample in sorted(samples.iterdir(), key=lambda p: p.name):
        yield Article(sample.name, sample.read_text(encoding="utf-8"), sample.name.split(".")[-2], None)


def test_strings() -> Iterator[Article]:
    """Sentences written for the extractor tests, each with no publication date and with one."""
    for path in sorted((ROOT / "tests").glob("test_extract*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Constant):
                continue
            text = node.value
            if isinstance(text, str) and len(text) >= 12 and " " in text.strip():
                for published in (None, date(2024, 5, 16)):
                    yield Article(f"{path.stem}:{node.lineno}", text, None, published)


def synthetic() -> Iterator[tuple[str, Article]]:
    for lang in ("ar", "en"):
        for density in DENSITIES:
            for article in extract_bench.articles(lang, SYNTHETIC, 7, density):
                yield f"synthetic-{lang}-{density}", article


def date_texts() -> Iterator[tuple[str, str, date | None]]:
    for lang in ("ar", "en"):
        rng = random.Random(7)
        for _ in range(300):
            yield lang, dates_bench._article(rng, lang), date(2015, 8, 10)


def _key(*parts: object) -> str:
    return hashlib.sha1(json.dumps(parts, ensure_ascii=False, default=str).encode()).hexdigest()[:20]


def outputs() -> Iterator[tuple[str, str, str]]:
    """(set, key, output as one JSON line) for every input."""
    extractors = [get_extractor(name) for name in EXTRACTORS]
    inputs = [*(("corpus", a) for a in corpus()), *(("tests", a) for a in test_strings()), *synthetic()]
    for group, article in inputs:
        for ex in extractors:
            found = [m.to_json() for m in ex.extract(article)]
            key = _key(ex.name, article.id, article.text, article.published)
            yield group, key, json.dumps([article.id, ex.name, found], ensure_ascii=False, sort_keys=True)
    texts = [(a.text, lang, a.published) for _, a in inputs for lang in ("ar", "en")]
    texts += [(t, lang, p) for lang, t, p in date_texts()]
    for text, lang, published in texts:
        norm = normalize(text).text
        found_dates = [
            [
                e.start,
                e.end,
                e.text,
                e.date.iso if e.date else None,
                str(e.date.earliest) if e.date else None,
                str(e.date.latest) if e.date else None,
                e.relative,
            ]
            for e in find_dates(norm, lang, published)
        ]
        yield "dates", _key(text, lang, published), json.dumps(found_dates, ensure_ascii=False)


def _found(group: str, line: str) -> list[object]:
    """The mentions (or time expressions) of one output line."""
    value: list[object] = json.loads(line)
    return value if group == "dates" else value[-1]  # type: ignore[return-value]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("record", "check"))
    parser.add_argument("--dir", default=os.environ.get("RELGRAPH_GOLDEN", "/tmp/relgraph-golden"))
    args = parser.parse_args()
    folder = Path(args.dir)
    current: dict[str, dict[str, str]] = {}
    for group, key, line in outputs():
        current.setdefault(group, {})[key] = line
    if args.action == "record":
        folder.mkdir(parents=True, exist_ok=True)
        for group, lines in current.items():
            with open(folder / f"{group}.jsonl", "w", encoding="utf-8") as f:
                f.writelines(f"{key}\t{line}\n" for key, line in sorted(lines.items()))
            print(f"{group}: {len(lines)} outputs recorded")
        return
    failed = False
    for group, lines in current.items():
        rows = (folder / f"{group}.jsonl").read_text(encoding="utf-8").splitlines()
        stored = dict(row.split("\t", 1) for row in rows)
        shared = stored.keys() & lines.keys()
        differ = sorted(k for k in shared if stored[k] != lines[k])
        found = sum(len(_found(group, lines[k])) for k in shared)
        print(
            f"{group}: {len(shared)} inputs compared ({found} outputs), {len(differ)} differ, "
            f"{len(lines.keys() - stored.keys())} new, {len(stored.keys() - lines.keys())} gone"
        )
        for k in differ[:5]:
            print(f"  was: {stored[k][:600]}\n  now: {lines[k][:600]}")
        failed = failed or bool(differ)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
