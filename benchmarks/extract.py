"""Speed and memory of the Arabic and English extractors on synthetic 4 KB news articles, one core.

An article is 4 KB of UTF-8, as a file holds it: about 2,300 Arabic letters (two
bytes each) or 4,000 English ones. The target (issues 3 and 4) is 500 articles a
second per language on one core.

The articles are made here from sentence templates written for this benchmark
(no corpus text): about one sentence in four reports a diplomatic event between
two states drawn from a list (visits, receptions, meetings, relations
established, restored or severed, recognitions, embassies, ambassadors,
expulsions, mediation, negotiations, agreements), some of them planned or
negated, with a time expression; the others are filler about trade, aid and
statements. Each article is made when it is read, so the batch never sits in
memory, as in ``relgraph ingest``.

    python benchmarks/extract.py [--articles 2000] [--checkpoints 500,1000,2000] [--seed 7] [--density 0.25]

Reports, per language: the time to compile the lexicon and the date grammar (once per process), then
at each checkpoint the articles per second so far, per CPU second of this
process (what one core does; the machine may be shared) and per second of wall
time, the mentions per article, the resident set size now and its peak
(``resource``), to show that memory stays flat as the count grows. A second,
smaller pass under ``tracemalloc`` reports the peak Python allocation while
extracting one article.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
import tracemalloc
from collections.abc import Iterator
from datetime import date

from relgraph.extractors import get_extractor
from relgraph.model import Article

SIZE = 4096  # bytes of UTF-8: "an article of about 4 KB" (some 2,300 Arabic letters, 4,000 English ones)
PUBLISHED = date(2024, 5, 16)

AR_STATES = [
    "قطر",
    "روسيا",
    "مصر",
    "تركيا",
    "الأردن",
    "الكويت",
    "سلطنة عمان",
    "الجزائر",
    "المغرب",
    "تونس",
    "إيران",
    "الصين",
    "اليابان",
    "فرنسا",
    "ألمانيا",
    "البرازيل",
    "كندا",
    "الهند",
    "باكستان",
    "إندونيسيا",
]
AR_DEMONYMS = [
    "القطري",
    "الروسي",
    "المصري",
    "التركي",
    "الأردني",
    "الكويتي",
    "العماني",
    "الجزائري",
    "المغربي",
    "التونسي",
    "الإيراني",
    "الصيني",
    "الياباني",
    "الفرنسي",
    "الألماني",
    "البرازيلي",
    "الكندي",
    "الهندي",
    "الباكستاني",
    "الإندونيسي",
]
AR_CAPITALS = [
    "الدوحة",
    "موسكو",
    "القاهرة",
    "أنقرة",
    "عمان",
    "الكويت",
    "مسقط",
    "الجزائر",
    "الرباط",
    "تونس",
    "طهران",
    "بكين",
    "طوكيو",
    "باريس",
    "برلين",
    "برازيليا",
    "أوتاوا",
    "نيودلهي",
    "إسلام آباد",
    "جاكرتا",
]
AR_DATES = [
    "أمس",
    "اليوم",
    "يوم الثلاثاء",
    "الأسبوع الماضي",
    "في 3 مايو 2024",
    "في الخامس من أبريل 2024",
    "في مارس 2024",
    "عام 1988",
    "في أواخر الثمانينات",
    "الشهر الماضي",
]
AR_EVENTS = [
    "زار وزير الخارجية {d1} {c2} {t} في زيارة رسمية بحث خلالها العلاقات الثنائية.",
    "استقبل الرئيس {d2} {t} رئيس وزراء {s1} في القصر الرئاسي وعقد معه جلسة مباحثات.",
    "وأقامت {s1} علاقات دبلوماسية مع {s2} {t} بعد مفاوضات استمرت عدة أشهر.",
    "وقطعت {s1} علاقاتها الدبلوماسية مع {s2} {t} إثر أزمة سياسية حادة.",
    "واستأنفت {s1} و{s2} العلاقات الدبلوماسية {t} بوساطة من {s3}.",
    "وافتتحت {s1} سفارتها في {c2} {t} لتعزيز التعاون بين البلدين.",
    "وقدم السفير {d1} أوراق اعتماده إلى رئيس {s2} {t}.",
    "واستدعت {s1} سفيرها من {s2} {t} للتشاور.",
    "وطردت {s1} دبلوماسيين {d2}ين {t}.",
    "ووقعت {s1} و{s2} اتفاقية للتعاون الاقتصادي {t}.",
    "وسيزور وزير الخارجية {d1} {c2} الأسبوع المقبل في أول زيارة من نوعها.",
    "ولم تقطع {s1} علاقاتها مع {s2} رغم الخلافات.",
]
AR_FILLER = [
    "وقال المتحدث باسم الوزارة إن الجانبين بحثا سبل تعزيز التعاون في مجالات الطاقة والتجارة والاستثمار.",
    "وأشار البيان إلى أن أكثر من 2,000 شخص شاركوا في المؤتمر الذي ناقش 15 ملفا إقليميا ودوليا.",
    "وأكد الوزير أن بلاده تدعم كل الجهود الرامية إلى حل الأزمات بالطرق السلمية والحوار البناء.",
    "ويأتي ذلك في إطار مساعي البلدين لتوسيع الشراكة الاستراتيجية بينهما وفتح آفاق جديدة للتعاون.",
    "وارتفع حجم التبادل التجاري بنسبة 12% ليصل إلى نحو 300 مليون دولار بحسب الأرقام الرسمية.",
    "وأوضح مصدر دبلوماسي أن الاجتماع تناول الأوضاع الإنسانية وسبل إيصال المساعدات إلى المتضررين.",
]

EN_STATES = [
    "Qatar",
    "Russia",
    "Egypt",
    "Turkey",
    "Jordan",
    "Kuwait",
    "Oman",
    "Algeria",
    "Morocco",
    "Tunisia",
    "Iran",
    "China",
    "Japan",
    "France",
    "Germany",
    "Brazil",
    "Canada",
    "India",
    "Pakistan",
    "Indonesia",
]
EN_DEMONYMS = [
    "Qatari",
    "Russian",
    "Egyptian",
    "Turkish",
    "Jordanian",
    "Kuwaiti",
    "Omani",
    "Algerian",
    "Moroccan",
    "Tunisian",
    "Iranian",
    "Chinese",
    "Japanese",
    "French",
    "German",
    "Brazilian",
    "Canadian",
    "Indian",
    "Pakistani",
    "Indonesian",
]
EN_CAPITALS = [
    "Doha",
    "Moscow",
    "Cairo",
    "Ankara",
    "Amman",
    "Kuwait City",
    "Muscat",
    "Algiers",
    "Rabat",
    "Tunis",
    "Tehran",
    "Beijing",
    "Tokyo",
    "Paris",
    "Berlin",
    "Brasilia",
    "Ottawa",
    "New Delhi",
    "Islamabad",
    "Jakarta",
]
EN_DATES = [
    "yesterday",
    "today",
    "on Tuesday",
    "last week",
    "on May 3, 2024",
    "on 5 April 2024",
    "in March 2024",
    "in 1988",
    "in the late 1980s",
    "last month",
]
EN_EVENTS = [
    "The {d1} Foreign Minister visited {c2} {t} for talks on bilateral relations.",
    "The {d2} President received the Prime Minister of {s1} {t} at the presidential palace and held talks with him.",
    "{s1} established diplomatic relations with {s2} {t} after months of negotiations.",
    "{s1} severed diplomatic relations with {s2} {t} after a sharp political crisis.",
    "{s1} and {s2} resumed diplomatic ties {t} under {d3} mediation.",
    "{s1} opened its embassy in {c2} {t} to deepen cooperation between the two countries.",
    "The {d1} ambassador presented his credentials to the President of {s2} {t}.",
    "{s1} recalled its ambassador from {s2} {t} for consultations.",
    "{s1} expelled two {d2} diplomats {t}.",
    "{s1} and {s2} signed an economic cooperation agreement {t}.",
    "The {d1} Foreign Minister will visit {c2} next week on the first trip of its kind.",
    "{s1} did not sever relations with {s2} despite the dispute.",
]
EN_FILLER = [
    "A spokesman for the ministry said the two sides discussed ways to deepen cooperation in energy and investment.",
    "More than 2,000 delegates attended the conference, which covered 15 regional and international files.",
    "The minister said his country supports every effort to settle disputes through peaceful dialogue.",
    "Trade between the two countries rose by 12% to about 300 million dollars, according to official figures.",
    "A diplomatic source said the meeting also covered the humanitarian situation and the delivery of aid.",
    "The statement added that 1,300 troops would remain deployed along the border for the time being.",
]
VOCABULARY = {
    "ar": (AR_STATES, AR_DEMONYMS, AR_CAPITALS, AR_DATES, AR_EVENTS, AR_FILLER),
    "en": (EN_STATES, EN_DEMONYMS, EN_CAPITALS, EN_DATES, EN_EVENTS, EN_FILLER),
}


def article_text(rng: random.Random, lang: str, density: float) -> str:
    """One synthetic article of :data:`SIZE` bytes: event sentences (a share ``density`` of them) among
    filler, one per line or two."""
    states, demonyms, capitals, dates, templates, filler = VOCABULARY[lang]
    parts: list[str] = []
    while sum(len(p.encode("utf-8")) + 1 for p in parts) < SIZE:
        if rng.random() < density:
            s1, s2, s3 = rng.sample(range(len(demonyms)), 3)
            parts.append(
                rng.choice(templates).format(
                    s1=states[s1],
                    s2=states[s2],
                    s3=states[s3],
                    d1=demonyms[s1],
                    d2=demonyms[s2],
                    d3=demonyms[s3],
                    c2=capitals[s2],
                    t=rng.choice(dates),
                )
            )
        else:
            parts.append(rng.choice(filler))
    text = "".join(p + ("\n" if rng.random() < 0.3 else " ") for p in parts)
    return text.encode("utf-8")[:SIZE].decode("utf-8", "ignore")  # cut on a character boundary


def articles(lang: str, count: int, seed: int, density: float = 0.25) -> Iterator[Article]:
    """``count`` synthetic articles in ``lang``, made one at a time (the same ones for the same seed)."""
    rng = random.Random(seed)
    for i in range(count):
        yield Article(f"{lang}-{i}", article_text(rng, lang, density), lang, PUBLISHED)


def rss_mb() -> float:
    """The resident set size now, in MB (Linux ``/proc``)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--checkpoints", default="500,1000,2000")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--density",
        type=float,
        default=0.25,
        help="share of sentences reporting an event (0.25: dense; 0.06: like the development set)",
    )
    args = parser.parse_args()
    checkpoints = sorted({int(c) for c in args.checkpoints.split(",") if int(c) <= args.articles} | {args.articles})
    for lang, name in (("ar", "arabic"), ("en", "english")):
        extractor = get_extractor(name)
        t0 = time.perf_counter()
        extractor.extract(next(articles(lang, 1, args.seed - 1, 1.0)))  # compiles the lexicon and date grammar once
        print(f"{name}: lexicon and date grammar compiled in {time.perf_counter() - t0:.2f} s")
        print(
            f"  {'articles':>8} {'per cpu s':>9} {'per wall s':>10} {'mentions/article':>16} {'rss MB':>7} "
            f"{'peak rss MB':>11}"
        )
        found = 0
        cpu = wall = 0.0
        for i, article in enumerate(articles(lang, args.articles, args.seed, args.density), 1):
            c0, w0 = time.process_time(), time.perf_counter()
            found += len(extractor.extract(article))
            cpu += time.process_time() - c0
            wall += time.perf_counter() - w0
            if i in checkpoints:
                print(f"  {i:8d} {i / cpu:9.0f} {i / wall:10.0f} {found / i:16.2f} {rss_mb():7.1f} {peak_mb():11.1f}")
        tracemalloc.start()
        peaks = []
        for article in articles(lang, 100, args.seed + 1, args.density):
            tracemalloc.reset_peak()
            extractor.extract(article)
            peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        print(
            f"  peak Python allocation while extracting one article: {max(peaks) / 2**10:.0f} KB "
            f"(median {sorted(peaks)[len(peaks) // 2] / 2**10:.0f} KB)"
        )


if __name__ == "__main__":
    main()
