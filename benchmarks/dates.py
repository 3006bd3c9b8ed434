"""Speed of relgraph.dates on synthetic 4 KB news articles, Arabic and English.

The articles are made here from sentence templates written for this benchmark
(no corpus text): about one sentence in three carries a time expression in one
of the phrasings the grammar handles (full dates, ordinal days, paired month
names, Hijri datelines, weekdays, relative words, decades, ranges), the others
carry numbers that are not dates ("2,000", "القرار 242", "15%").

    python benchmarks/dates.py [--articles 300] [--repeat 5] [--seed 7]

Reports, per language, milliseconds per article (the median over the repeats,
and the best one: the machine is shared, the best is the least disturbed),
articles per second and expressions per second (from the median) on one core.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import date

from relgraph.dates import find_dates
from relgraph.text import normalize

AR_MONTHS = [
    "يناير",
    "فبراير",
    "مارس/آذار",
    "أبريل",
    "أيار (مايو)",
    "يونيو",
    "تموز",
    "أغسطس",
    "سبتمبر",
    "تشرين الأول",
    "نوفمبر",
    "ديسمبر",
]
AR_ORDINALS = ["الأول", "الثاني", "الخامس", "العاشر", "الحادي عشر", "التاسع عشر", "العشرين", "الحادي والعشرين"]
AR_RELATIVE = [
    "اليوم",
    "أمس",
    "أول أمس",
    "الأحد",
    "يوم الثلاثاء",
    "الخميس الماضي",
    "الأسبوع الماضي",
    "الشهر الماضي",
    "العام الماضي",
    "هذا العام",
    "قبل ستة أشهر",
    "منذ ثلاث سنوات",
    "مطلع الشهر الجاري",
    "أواخر العام الماضي",
]
AR_DATED = [
    "ووصل وزير الخارجية إلى العاصمة {rel} في زيارة رسمية يبحث خلالها ملفات التعاون الثنائي.",
    "ووقع الجانبان اتفاقية للتعاون الاقتصادي في {d} {m} {y}، بحضور عدد من المسؤولين.",
    "وأقيمت العلاقات الدبلوماسية بين البلدين في {o} من {m} عام {y} بعد مفاوضات طويلة.",
    "وافتتحت السفارة أبوابها في {m} من عام {y} لتكون أول بعثة من نوعها في المنطقة.",
    "وشهدت العلاقات بين البلدين فتورا واضحا في أواخر الثمانينات قبل أن تعود إلى طبيعتها.",
    "وعقدت جولة من المشاورات من {d} إلى {d2} {m} {y} في مدينة ساحلية.",
    "وأعلنت الحكومة {rel} عن خطة جديدة لتعزيز التبادل التجاري مع دول الجوار.",
    "ويعود آخر لقاء بين الزعيمين إلى {y}م حين اتفقا على تشكيل لجنة مشتركة.",
]
AR_PLAIN = [
    "وقال المتحدث باسم الوزارة إن الجانبين بحثا سبل تعزيز التعاون في مجالات الطاقة والتجارة والاستثمار.",
    "وأشار البيان إلى أن أكثر من 2,000 شخص شاركوا في المؤتمر الذي ناقش 15 ملفا إقليميا ودوليا.",
    "ودعا الطرفان إلى تطبيق القرار 242 واحترام سيادة الدول وعدم التدخل في شؤونها الداخلية.",
    "وأكد الوزير أن بلاده تدعم كل الجهود الرامية إلى حل الأزمات بالطرق السلمية والحوار البناء.",
    "ويأتي ذلك في إطار مساعي البلدين لتوسيع الشراكة الاستراتيجية بينهما وفتح آفاق جديدة للتعاون.",
    "وارتفع حجم التبادل التجاري بنسبة 12% ليصل إلى نحو 300 مليون دولار بحسب الأرقام الرسمية.",
    "وأوضح مصدر دبلوماسي أن الاجتماع تناول الأوضاع الإنسانية وسبل إيصال المساعدات إلى المتضررين.",
]

EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Sept.",
    "Oct.",
]
EN_RELATIVE = [
    "today",
    "yesterday",
    "on Monday",
    "last Tuesday",
    "last week",
    "last month",
    "last year",
    "this year",
    "six months ago",
    "earlier this month",
    "in mid-2017",
    "in the early 1990s",
    "late last year",
]
EN_DATED = [
    "The foreign minister arrived in the capital {rel} for an official visit focused on trade and security.",
    "The two governments signed an economic cooperation agreement on {m} {d}, {y}, officials said.",
    "Diplomatic relations between the two countries were established on {d} {m} {y} after long talks.",
    "The embassy opened in {m} {y} as the first mission of its kind in the region.",
    "Relations cooled in the 1980s before the two sides agreed to restore full ties a decade later.",
    "A round of consultations was held from {d} to {d2} {m} {y} in a coastal city.",
    "The government announced {rel} a new plan to expand trade with its neighbours.",
    "The leaders last met in {y}, when they agreed to set up a joint committee.",
]
EN_PLAIN = [
    "A spokesman for the ministry said the two sides discussed ways to deepen cooperation in energy and investment.",
    "More than 2,000 delegates attended the conference, which covered 15 regional and international files.",
    "Both parties called for the implementation of resolution 242 and respect for the sovereignty of states.",
    "The minister said his country supports every effort to settle disputes through peaceful dialogue.",
    "Trade between the two countries rose by 12% to about 300 million dollars, according to official figures.",
    "A diplomatic source said the meeting also covered the humanitarian situation and the delivery of aid.",
    "The statement added that 1,300 troops would remain deployed along the border for the time being.",
]


def _article(rng: random.Random, lang: str, size: int = 4096) -> str:
    dated, plain = (AR_DATED, AR_PLAIN) if lang == "ar" else (EN_DATED, EN_PLAIN)
    months = AR_MONTHS if lang == "ar" else EN_MONTHS
    relative = AR_RELATIVE if lang == "ar" else EN_RELATIVE
    lines = ["برلين 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م" if lang == "ar" else "Published: 10 August 2015"]
    while sum(len(x) + 1 for x in lines) < size:
        template = rng.choice(dated) if rng.random() < 0.2 else rng.choice(plain)
        d = rng.randint(1, 20)
        lines.append(
            template.format(
                rel=rng.choice(relative),
                d=d,
                d2=d + rng.randint(1, 8),
                m=rng.choice(months),
                y=rng.randint(1950, 2024),
                o=rng.choice(AR_ORDINALS),
            )
        )
    return "\n".join(lines)[:size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    published = date(2015, 8, 10)
    header = ("lang", "ms/article", "best", "articles/s", "expressions/s", "expr/article")
    print("{:5} {:>10} {:>6} {:>11} {:>14} {:>13}".format(*header))
    for lang in ("ar", "en"):
        rng = random.Random(args.seed)
        texts = [normalize(_article(rng, lang)).text for _ in range(args.articles)]
        found = sum(len(find_dates(t, lang, published)) for t in texts)  # also warms the grammar up
        runs = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            for t in texts:
                find_dates(t, lang, published)
            runs.append(time.perf_counter() - t0)
        seconds, n = statistics.median(runs), len(texts)
        print(
            f"{lang:5} {seconds / n * 1e3:10.3f} {min(runs) / n * 1e3:6.3f} {n / seconds:11.0f} "
            f"{found / seconds:14.0f} {found / n:13.1f}"
        )


if __name__ == "__main__":
    main()
