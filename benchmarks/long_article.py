"""Is extraction linear in an article's length? ``relgraph extract`` on one article of 100 KB, 1 MB and 4.9 MB.

Each article is one sentence written for this benchmark (a visit with a date, in
Arabic or English), repeated to the size in UTF-8 bytes, in a ``.txt`` file; each
run is a fresh ``relgraph extract FILE --lang L`` process (start-up included),
timed by its CPU seconds (``wait4``). Reported: the CPU seconds and seconds per
MB at each size, and the ratio of the largest size's seconds per MB to the
smallest's (1.0 is linear; the extraction that was quadratic in the number of
sentences gave about 17 s at 1 MB and 291 s at 4.9 MB). The 4.9 MB article is
just under the default 5 MB limit per article, which issue 13 asks to take
under 15 s on one core. ``--rounds`` alternate the sizes and languages; each
figure is the median and range. ``--against OTHER`` times a second
``relgraph`` executable in the same rounds (at 4.9 MB the code before the fix
takes minutes: give ``--sizes`` to leave it out).

    python benchmarks/long_article.py [--sizes 100,1000,4900] [--rounds 3] [--langs ar,en] [--against RELGRAPH]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from realtext import run

SENTENCES = {
    "en": "The foreign minister of Qatar visited Moscow on 16 April 2025 and met his Russian counterpart. ",
    "ar": "زار وزير الخارجية القطري موسكو في 16 أبريل 2025 والتقى نظيره الروسي. ",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000,4900", help="KB (1,000 bytes) per article")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--langs", default="ar,en")
    parser.add_argument("--relgraph", default=str(Path(sys.executable).parent / "relgraph"))
    parser.add_argument("--against", help="another relgraph executable, run alternately with this one")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    exes = {"this": args.relgraph, **({"other": args.against} if args.against else {})}
    cpu: dict[tuple[str, int, str], list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="relgraph-long-") as folder:
        files = {}
        for lang in args.langs.split(","):
            sentence = SENTENCES[lang]
            for kb in sizes:
                path = Path(folder) / f"long-{kb}.{lang}.txt"
                path.write_text(sentence * (kb * 1000 // len(sentence.encode("utf-8"))), encoding="utf-8")
                files[lang, kb] = path
        for round_ in range(args.rounds):
            for (lang, kb), path in files.items():
                for who, exe in exes.items():
                    seconds, _, status, _ = run([exe, "extract", str(path), "--lang", lang], None)
                    if status != 0:
                        raise SystemExit(f"{exe} extract {path} exited {status}")
                    cpu.setdefault((lang, kb, who), []).append(seconds)
            print(f"round {round_ + 1} of {args.rounds} done", file=sys.stderr)
    print(f"{'lang':4} {'size':>8} {'who':6} {'CPU s, median (range)':>24} {'s per MB':>9}")
    for (lang, kb, who), values in cpu.items():
        median = statistics.median(values)
        print(
            f"{lang:4} {kb:>5} KB {who:6} {median:>10.2f} ({min(values):.2f}-{max(values):.2f}) "
            f"{median / (kb / 1000):>9.2f}"
        )
    for lang in args.langs.split(","):
        for who in exes:
            small, large = (statistics.median(cpu[lang, kb, who]) / kb for kb in (sizes[0], sizes[-1]))
            print(f"{lang} {who}: seconds per MB at {sizes[-1]} KB / at {sizes[0]} KB = {large / small:.2f}")
    print("(one machine shared with other engineers: figures are medians of alternating runs)")


if __name__ == "__main__":
    main()
