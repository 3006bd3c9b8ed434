"""Concordances over real text: every instance of a pattern, in its context, before a rule is written or widened.

Rule-based extraction is tuned to phenomena, not to sentences: before adding a trigger, a cue or a name, list its
real instances in ``../shared/corpus/unlabeled/`` and read them. The pattern is a Python regular expression matched
on the text as the extractors see it (``relgraph.text.normalize.normalize`` and lower case: alef and hamza forms,
ta marbuta and alef maqsura folded, diacritics and tatweel gone), so ``اعاده العلاقات`` finds every spelling.

    python tools/concordance.py 'تطبيع|طبع' --lang ar --limit 40
    python tools/concordance.py '\\brecall(s|ed|ing)? (its|their) (ambassador|envoy)' --lang en --count
    python tools/concordance.py 'زيار[هت]' --lang ar --sample 30 --seed 7 --width 90

``--count`` prints only how many instances and articles there are (and the most frequent matched forms), to weigh a
rule's reach; ``--sample N`` draws N instances at random (reproducibly, with ``--seed``) instead of the first ones.
Nothing is written anywhere: the corpus is read where it is and is not ours to copy into the project.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from relgraph.text.normalize import lower, normalize

UNLABELED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "unlabeled"


def articles(paths: list[Path], lang: str | None) -> Iterator[tuple[str, str]]:
    """(id, text) of every article of ``paths`` (``.jsonl`` or ``.jsonl.gz``) in ``lang`` (any when ``None``)."""
    for path in paths:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                item = json.loads(line)
                if lang is None or item.get("lang") == lang:
                    yield str(item["id"]), str(item["text"])


def instances(pattern: re.Pattern[str], paths: list[Path], lang: str | None, width: int) -> Iterator[tuple[str, str]]:
    """(article id, key-word-in-context line) for every match of ``pattern`` on the normalised, lower-cased text."""
    for article, text in articles(paths, lang):
        low = lower(normalize(text).text)
        for m in pattern.finditer(low):
            left = low[max(0, m.start() - width) : m.start()].replace("\n", " ")
            right = low[m.end() : m.end() + width].replace("\n", " ")
            yield article, f"{left:>{width}} [{m.group(0)}] {right}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pattern", help="a Python regular expression, matched on normalised lower-case text")
    parser.add_argument("files", nargs="*", type=Path, help="JSON Lines files (default: every unlabeled file)")
    parser.add_argument("--lang", choices=["ar", "en"], help="only articles in this language")
    parser.add_argument("--width", type=int, default=70, help="characters of context either side")
    parser.add_argument("--limit", type=int, default=50, help="instances to print (0: all)")
    parser.add_argument("--sample", type=int, help="draw this many instances at random instead of the first")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", action="store_true", help="only count instances, articles and matched forms")
    args = parser.parse_args(argv)

    paths = args.files or sorted(UNLABELED.glob("*.jsonl.gz"))
    if not paths:
        print(f"no files given and none in {UNLABELED}", file=sys.stderr)
        return 2
    # Folded like the text, but escapes kept as written: lower-casing "\\S" would make it "\\s".
    folded = re.sub(r"\\.|[^\\]+", lambda m: m[0] if m[0][0] == "\\" else lower(m[0]), normalize(args.pattern).text)
    pattern = re.compile(folded)
    if args.count:
        forms: Counter[str] = Counter()
        seen: set[str] = set()
        for article, text in articles(paths, args.lang):
            found = [m[0] for m in pattern.finditer(lower(normalize(text).text))]  # the whole match, groups or not
            if found:
                seen.add(article)
                forms.update(found)
        print(f"{sum(forms.values())} instances in {len(seen)} articles")
        for form, n in forms.most_common(20):
            print(f"{n:7d}  {form}")
        return 0
    found = instances(pattern, paths, args.lang, args.width)
    if args.sample:
        everything = list(found)
        rows = random.Random(args.seed).sample(everything, min(args.sample, len(everything)))
    else:
        rows = list(islice(found, args.limit or None))
    for article, line in rows:
        print(f"{article[:24]:24}  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
