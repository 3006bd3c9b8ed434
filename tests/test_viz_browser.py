"""The HTML graph in real headless Chromium: it draws offline, and hostile evidence stays text.

Uses Debian's Chromium through Playwright (no browser download); skips only
when ``/usr/bin/chromium`` is absent (``.ci/install-browser.sh`` installs it).
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from relgraph.model import Event, EventType, Mention, PartialDate, State
from relgraph.viz import COLOURS, write_html

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
STATES = {
    s.code: s
    for s in (
        State("QA", "QAT", "Q846", "Qatar", "قطر", capital_coords=(25.29, 51.53)),
        State("RU", "RUS", "Q159", "Russia", "روسيا", capital_coords=(55.75, 37.62)),
        State("EG", "EGY", "Q79", "Egypt", "مصر", capital_coords=(30.04, 31.24)),
        State("TR", "TUR", "Q43", "Türkiye", "تركيا", capital_coords=(39.93, 32.86)),
    )
}
HOSTILE = 'the envoy said <script>window.pwned = 1</script> and <img src="x" onerror="window.pwned = 2">'

# Decodes a PNG screenshot with the browser's own decoder and counts its pixels near each colour.
COUNT_PIXELS = """async ([png, colours]) => {
  const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], {type: "image/png"}));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext("2d");
  context.drawImage(bitmap, 0, 0);
  const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
  const channel = (hex, k) => parseInt(hex.slice(1 + 2 * k, 3 + 2 * k), 16);
  const near = (i, hex) => [0, 1, 2].every((k) => Math.abs(pixels[i + k] - channel(hex, k)) < 12);
  const counts = {background: 0};
  for (const hex of colours) counts[hex] = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    if (pixels[i] > 245 && pixels[i + 1] > 245 && pixels[i + 2] > 245) counts.background++;
    for (const hex of colours) if (near(i, hex)) counts[hex]++;
  }
  counts.total = pixels.length / 4;
  return counts;
}"""


def event(eid: str, slug: str, actors: tuple[str, str], when: str, quote: str) -> Event:
    kind = EventType.from_slug(slug)
    day = PartialDate.parse(when)
    mention = Mention(f"article-{eid}", kind, actors, day, None, quote, 0, len(quote), 0.9, "test", "1")
    return Event(eid, kind, actors, day, None, (mention,))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: run .ci/install-browser.sh (Debian's chromium, fonts-noto-core)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def open_page(browser: Any, tmp_path: Path) -> Iterator[Callable[..., tuple[Any, list[str], str]]]:
    """Writes the page for some events, opens it with every request recorded (only the file itself is served)."""
    pages = []

    def open_(events: list[Event], **options: Any) -> tuple[Any, list[str], str]:
        target = tmp_path / "graph.html"
        write_html(events, target, **{"states": STATES, **options})
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        pages.append(page)
        return page, watched(page, target.as_uri()), target.as_uri()

    yield open_
    for page in pages:
        page.close()


def watched(page: Any, uri: str, *allowed: str) -> list[str]:
    """Opens ``uri`` with every request recorded and all but the file itself (and ``allowed``) refused;
    fails on a script error."""
    requested: list[str] = []
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    def route(handle: Any) -> None:
        requested.append(handle.request.url)
        if handle.request.url in (uri, *allowed):
            handle.continue_()
        else:
            handle.abort()

    page.route("**/*", route)
    page.goto(uri)
    page.wait_for_selector("body[data-drawn=true]", timeout=30_000)
    assert errors == []
    return requested


EVENTS = [
    event("v1", "visit", ("QA", "RU"), "2025-04-16", "the emir arrived in the capital"),
    event("m1", "meeting", ("QA", "RU"), "2025-04-17", "the two leaders held talks"),
    event("v2", "visit", ("EG", "QA"), "2024-02", "the minister flew in"),
    event("a1", "agreement_signed", ("TR", "QA"), "2023", "a memorandum was signed"),
    event("x1", "diplomat_expelled", ("RU", "TR"), "2022-03-01", "two attachés were told to leave"),
]


def test_the_page_draws_the_graph_offline(open_page: Callable[..., tuple[Any, list[str], str]]) -> None:
    page, requested, uri = open_page(EVENTS, title="Offline", state="QA")
    assert page.evaluate("network.body.data.nodes.length") == 4
    assert page.evaluate("network.body.data.edges.length") == 5
    assert page.evaluate("network.physics.options.enabled") is False

    screenshot = page.locator("#mynetwork canvas").screenshot()
    node, focus = "#8fb8e8", "#ffb000"
    wanted = [node, focus, COLOURS[EventType.VISIT], COLOURS[EventType.DIPLOMAT_EXPELLED]]
    counts = page.evaluate(COUNT_PIXELS, [base64.b64encode(screenshot).decode(), wanted])
    assert counts["background"] < counts["total"]  # something is drawn on the canvas...
    assert counts[node] > 3 * 100  # ...three plain nodes (a dot is at least 16 pixels wide)
    assert counts[focus] > 100  # the focus state
    assert counts[COLOURS[EventType.VISIT]] > 20  # and edges in their type's colour
    assert counts[COLOURS[EventType.DIPLOMAT_EXPELLED]] > 20
    assert requested == [uri]  # nothing but the file itself, not even a font or a favicon


def test_hostile_evidence_in_a_tooltip_stays_text(open_page: Callable[..., tuple[Any, list[str], str]]) -> None:
    page, requested, uri = open_page([event("h1", "visit", ("QA", "RU"), "2021-05", HOSTILE)], title="Hostile")
    canvas = page.locator("#mynetwork canvas").bounding_box()
    middle = page.evaluate(
        """() => {
          const at = network.getPositions(["QA", "RU"]);
          return network.canvasToDOM({x: (at.QA.x + at.RU.x) / 2, y: (at.QA.y + at.RU.y) / 2});
        }"""
    )
    page.mouse.move(canvas["x"] + middle["x"] + 3, canvas["y"] + middle["y"] + 3)
    page.mouse.move(canvas["x"] + middle["x"], canvas["y"] + middle["y"])
    page.wait_for_function("() => document.querySelector('div.vis-tooltip')?.style.visibility === 'visible'")
    tooltip = page.locator("div.vis-tooltip")
    text = tooltip.text_content()
    assert text is not None
    assert "<script>window.pwned = 1</script>" in text  # shown as the text it is
    assert '<img src="x" onerror="window.pwned = 2">' in text
    assert "Qatar → Russia" in text
    assert tooltip.locator("script, img").count() == 0
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert requested == [uri]  # an <img src="x"> that ran would have asked for file:///.../x


def test_node_tooltip_shows_the_arabic_name(open_page: Callable[..., tuple[Any, list[str], str]]) -> None:
    page, _, _ = open_page(EVENTS, title="Arabic")
    canvas = page.locator("#mynetwork canvas").bounding_box()
    where = page.evaluate("() => network.canvasToDOM(network.getPositions(['EG']).EG)")
    page.mouse.move(canvas["x"] + where["x"] + 2, canvas["y"] + where["y"] + 2)
    page.mouse.move(canvas["x"] + where["x"], canvas["y"] + where["y"])
    page.wait_for_function("() => document.querySelector('div.vis-tooltip')?.style.visibility === 'visible'")
    assert page.locator("div.vis-tooltip [lang=ar]").text_content() == "مصر"


# -- the page as a tool: tooltips, the pinned panel, toggles, search, the time slider ------------------

LONG_EN = "The two delegations went through " + "a long and winding list of subjects, " * 12 + "and then parted."
LONG_AR = "وصل الوزير إلى العاصمة في زيارة رسمية " + "تناول فيها ملفات كثيرة ومتشعبة مع نظيره " * 8 + "ثم غادر."
TOOL_STATES = {
    **STATES,
    "SU": State(
        "SU",
        "SUN",
        "Q15180",
        "Soviet Union",
        "الاتحاد السوفيتي",
        capital_coords=(55.75, 37.62),
        valid_to=date(1991, 12, 26),
    ),
}
TOOL_EVENTS = [
    event("s1", "relations_established", ("QA", "SU"), "1988-08-01", "ties were set up that summer"),
    event("r1", "relations_established", ("QA", "RU"), "1992", "the new state was recognised and ties set up"),
    event("v1", "visit", ("QA", "RU"), "2016-03", LONG_EN),
    event("v2", "visit", ("QA", "RU"), "2019-03-02", LONG_AR),
    event("m1", "meeting", ("QA", "RU"), "2019-03-03", "the two leaders met"),
    event("n1", "negotiation", ("QA", "RU"), "2020", "talks went on"),
    event("e1", "visit", ("EG", "QA"), "2017-05", "the minister flew in"),
]


def point_of(page: Any, edge: str) -> tuple[float, float]:
    """The page coordinates of the middle of an edge as drawn (straight or curved)."""
    canvas = page.locator("#mynetwork canvas").bounding_box()
    at = page.evaluate("(id) => network.canvasToDOM(network.body.edges[id].edgeType.getPoint(0.5))", edge)
    return canvas["x"] + at["x"], canvas["y"] + at["y"]


def hover(page: Any, x: float, y: float) -> Any:
    page.mouse.move(x + 3, y + 3)
    page.mouse.move(x, y)
    page.wait_for_function("() => document.querySelector('div.vis-tooltip')?.style.visibility === 'visible'")
    return page.locator("div.vis-tooltip")


def drawn_edges(page: Any) -> list[str]:
    return sorted(page.evaluate("edges.get({filter: (e) => !e.hidden}).map((e) => e.id)"))


def drawn_nodes(page: Any) -> list[str]:
    return sorted(page.evaluate("nodes.get({filter: (n) => !n.hidden}).map((n) => n.id)"))


def test_a_long_tooltip_wraps_inside_the_window_in_its_style(
    open_page: Callable[..., tuple[Any, list[str], str]],
) -> None:
    page, requested, uri = open_page(TOOL_EVENTS, title="Tooltips", states=TOOL_STATES)
    box = hover(page, *point_of(page, "QA|RU|visit"))
    style = page.evaluate(
        """() => {
          const tip = document.querySelector("div.vis-tooltip");
          const rect = tip.getBoundingClientRect();
          const css = getComputedStyle(tip);
          return {whiteSpace: css.whiteSpace, font: css.fontFamily, width: rect.width, left: rect.left,
                  right: rect.right, scroll: tip.scrollWidth, client: tip.clientWidth, window: innerWidth};
        }"""
    )
    assert style["whiteSpace"] == "normal"  # relgraph's rule wins over vis-network's nowrap
    assert "Noto Sans" in style["font"]
    assert style["width"] <= 460.5
    assert style["scroll"] <= style["client"]  # nothing overflows the box...
    assert style["left"] >= 0
    assert style["right"] <= style["window"]
    arabic = box.locator("q[lang=ar]")
    assert arabic.count() == 1
    assert arabic.get_attribute("dir") == "rtl"
    assert "Naskh" in arabic.evaluate("(q) => getComputedStyle(q).fontFamily")
    assert arabic.evaluate("(q) => getComputedStyle(q).direction") == "rtl"
    widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1]  # no horizontal scrollbar
    assert requested == [uri]


def test_a_click_on_an_edge_pins_its_events_and_every_source(
    open_page: Callable[..., tuple[Any, list[str], str]],
) -> None:
    links = {"article-v1": "https://news.example/visit?a=1&b=<2>", "article-v2": "javascript:alert(1)"}
    page, requested, uri = open_page(TOOL_EVENTS, title="Pinned", states=TOOL_STATES, links=links)
    assert page.locator("#rg-panel").is_hidden()
    page.mouse.click(*point_of(page, "QA|RU|visit"))
    panel = page.locator("#rg-panel")
    assert panel.is_visible()
    assert panel.get_attribute("data-pinned") == "QA|RU|visit"
    assert panel.locator(".rg-when").all_text_contents() == ["2019-03-02", "2016-03"]
    text = panel.text_content() or ""
    assert "Qatar → Russia · visit · 2 events" in text
    assert "and then parted." in text  # the whole quote, not the tooltip's shortened one
    assert panel.locator("q[lang=ar][dir=rtl]").count() == 1
    link = panel.locator("a")
    assert link.count() == 1  # the javascript: one stays a name
    assert link.get_attribute("href") == "https://news.example/visit?a=1&b=<2>"
    # Each of the pair's fanned-out edges can be clicked on its own.
    for edge in ("QA|RU|meeting", "QA|RU|negotiation", "QA|RU|relations_established"):
        page.mouse.click(*point_of(page, edge))
        assert panel.get_attribute("data-pinned") == edge
    canvas = page.locator("#mynetwork canvas").bounding_box()
    egypt = page.evaluate("() => network.canvasToDOM(network.getPositions(['EG']).EG)")
    page.mouse.click(canvas["x"] + egypt["x"], canvas["y"] + egypt["y"])  # a node too: a tap shows what hover would
    assert panel.get_attribute("data-pinned") == "EG"
    assert panel.locator("[lang=ar]").text_content() == "مصر"
    page.locator("#rg-close").click()
    assert panel.is_hidden()
    assert requested == [uri]


def test_the_legend_toggles_a_type(open_page: Callable[..., tuple[Any, list[str], str]]) -> None:
    page, _, _ = open_page(TOOL_EVENTS, title="Toggles", states=TOOL_STATES)
    everything = drawn_edges(page)
    assert len(everything) == 6
    visit = page.locator('#rg-legend button[data-kind="visit"]')
    visit.click()
    assert visit.get_attribute("aria-pressed") == "false"
    assert drawn_edges(page) == [e for e in everything if not e.endswith("|visit")]
    assert len(drawn_edges(page)) == 4
    visit.click()
    assert drawn_edges(page) == everything


def test_search_by_arabic_name_focuses_the_state(open_page: Callable[..., tuple[Any, list[str], str]]) -> None:
    page, _, _ = open_page(TOOL_EVENTS, title="Search", states=TOOL_STATES)
    search = page.locator("#rg-search")
    for query in ("قطر", "qatar", "QA"):
        page.evaluate("network.unselectAll(); network.moveTo({position: {x: -900, y: 500}, scale: 0.3})")
        search.fill(query)
        search.press("Enter")
        assert page.evaluate("network.getSelectedNodes()") == ["QA"]
        centre = page.evaluate("[network.getViewPosition(), network.getPositions(['QA']).QA, network.getScale()]")
        assert abs(centre[0]["x"] - centre[1]["x"]) < 1
        assert abs(centre[0]["y"] - centre[1]["y"]) < 1
        assert centre[2] > 1
    assert page.locator("#rg-found").text_content() == "Qatar"
    search.fill("Atlantis")
    search.press("Enter")
    assert page.evaluate("network.getSelectedNodes()") == []
    assert "no state" in (page.locator("#rg-found").text_content() or "")


def test_the_time_slider_shows_the_graph_as_it_stood(open_page: Callable[..., tuple[Any, list[str], str]]) -> None:
    page, _, _ = open_page(TOOL_EVENTS, title="Time", states=TOOL_STATES)
    years = page.evaluate("relgraph.years")
    assert years[0] == 1988
    assert years[-1] == 2020
    slider = page.locator("#rg-year")

    def move_to(year: int | None) -> None:
        slider.fill(str(len(years) if year is None else years.index(year)))

    move_to(2018)
    assert page.locator("#rg-year-shown").text_content() == "end of 2018"
    assert drawn_nodes(page) == ["EG", "QA", "RU"]  # no Soviet Union in 2018
    assert drawn_edges(page) == ["EG|QA|visit", "QA|RU|relations_established", "QA|RU|visit"]
    move_to(1990)
    assert drawn_nodes(page) == ["QA", "SU"]
    assert drawn_edges(page) == ["QA|SU|relations_established"]
    move_to(None)
    assert drawn_nodes(page) == ["EG", "QA", "RU", "SU"]
    assert len(drawn_edges(page)) == 6


def test_an_empty_result_is_a_page_that_says_so(open_page: Callable[..., tuple[Any, list[str], str]]) -> None:
    page, requested, uri = open_page([], title="Nothing")
    assert page.locator("#rg-empty").is_visible()
    assert "No events to draw" in (page.locator("#rg-empty").text_content() or "")
    widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1]
    assert requested == [uri]


def test_labels_of_a_crowded_region_do_not_overlap(browser: Any, tmp_path: Path) -> None:
    from relgraph.gazetteer import Gazetteer

    gulf = ["QA", "BH", "AE", "KW", "SA", "OM", "IR", "IQ", "YE", "JO"]
    known = {code: Gazetteer.default().get(code) for code in gulf}
    events = [event(f"g{i}", "meeting", (a, b), "2020", "they met") for i, (a, b) in enumerate(pairwise(gulf))]
    target = tmp_path / "gulf.html"
    write_html(events, target, title="Gulf", states=known)
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(target.as_uri())
    page.wait_for_selector("body[data-drawn=true]", timeout=30_000)
    boxes = page.evaluate(
        """() => nodes.getIds().map((id) => {
          const size = network.body.nodes[id].labelModule.size;
          return [id, size.left, size.top, size.left + size.width, size.top + size.height];
        })"""
    )
    page.close()
    assert len(boxes) == len(gulf)
    assert all(box[3] - box[1] > 10 for box in boxes)  # the labels were measured
    overlapping = [
        (a[0], b[0])
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]
    ]
    assert overlapping == []


# -- the timeline page ----------------------------------------------------------------------------------


def timeline_events() -> list[Event]:
    return [
        event("t0", "agreement_signed", ("RU", "QA"), "1803-04-30", "a treaty of friendship was signed"),
        event("t1", "relations_established", ("QA", "SU"), "1988-08-01", "ties were set up that summer"),
        event("t2", "embassy_opened", ("QA", "SU"), "1989-11", "the embassy opened its doors"),
        event("t3", "relations_severed", ("QA", "RU"), "2017-06-05", "ties were cut"),
        event("t4", "relations_restored", ("RU", "QA"), "2021", "ties were mended"),
        event("t5", "visit", ("QA", "RU"), "2019-03-02", HOSTILE),
        replace(event("t6", "meeting", ("QA", "RU"), "2000", "the envoys met"), date=None, bound=date(2022, 9, 1)),
    ]


def open_timeline(browser: Any, tmp_path: Path) -> tuple[Any, list[str], str]:
    from relgraph.status import history
    from relgraph.timeline import SourceRef
    from relgraph.timeline_page import Lane, write_timeline

    events = timeline_events()
    sources = {
        e.id: tuple(
            SourceRef(m.article, m.evidence, m.start, m.end, None, None, "2022-09-01", "test/1") for m in e.mentions
        )
        for e in events
    }
    periods = history(
        events, "QA", "RU", kin_a={"QA"}, kin_b={"RU", "SU"}, capitals={"QA": "Doha", "RU": "Moscow"}, sources=sources
    )
    lanes = [
        Lane(aspect, tuple(p for p in periods if p.aspect == aspect))
        for aspect in dict.fromkeys(p.aspect for p in periods)
    ]
    target = tmp_path / "timeline.html"
    write_timeline(
        target,
        "Qatar & Russia <b>",
        lanes,
        events,
        sources,
        today=date(2026, 1, 1),
        links={"article-t5": "https://news.example/t5"},
    )
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    uri = target.as_uri()
    requested = watched(page, uri)
    return page, requested, uri


def test_the_timeline_draws_periods_and_marks_over_three_centuries(browser: Any, tmp_path: Path) -> None:
    page, requested, uri = open_timeline(browser, tmp_path)
    try:
        assert page.title() == "Qatar & Russia <b>"
        lanes = page.locator("#rg-chart .rg-lane-name").all_text_contents()
        assert lanes == ["relations", "QA embassy in Moscow"]
        statuses = page.eval_on_selector_all(
            "#rg-chart .rg-period", "(bars) => bars.map((b) => [b.dataset.status, b.getAttribute('fill')])"
        )
        assert statuses == [
            ["established", "#009e73"],
            ["severed", "#d55e00"],
            ["restored", "#009e73"],
            ["open", "#009e73"],
        ]
        assert page.locator("#rg-range").text_content() == "1790-01-01 – 2026-01-01"
        ticks = page.locator("#rg-chart .rg-tick-label").all_text_contents()
        assert ticks[0] == "1800"
        assert ticks[-1] == "2020"  # every twenty years
        assert page.locator("#rg-chart .rg-mark").count() == 7  # 1803 to 2022, the undated one too
        undated = page.locator('#rg-chart .rg-mark[data-undated="true"]')
        assert undated.count() == 1
        assert undated.get_attribute("data-event") == "t6"
        assert requested == [uri]
    finally:
        page.close()


def test_a_timeline_mark_opens_its_sources_and_the_axis_zooms(browser: Any, tmp_path: Path) -> None:
    page, requested, uri = open_timeline(browser, tmp_path)
    try:
        page.locator("#rg-zoom-in").click()
        page.locator("#rg-zoom-in").click()
        page.locator("#rg-zoom-in").click()  # an eighth of 236 years: about 29, around the middle
        shown = (page.locator("#rg-range").text_content() or "").split(" – ")
        span = date.fromisoformat(shown[1]) - date.fromisoformat(shown[0])
        assert 28 * 365 < span.days < 31 * 365
        page.locator("#rg-zoom-all").click()
        box = page.locator("#rg-chart").bounding_box()
        page.mouse.move(box["x"] + box["width"] - 60, box["y"] + 60)
        for _ in range(6):
            page.mouse.wheel(0, -100)  # zoom in on the last decades, where the wheel is
        shown = (page.locator("#rg-range").text_content() or "").split(" – ")
        assert date.fromisoformat(shown[0]).year > 1950
        page.locator('#rg-chart .rg-mark[data-event="t5"]').click()
        panel = page.locator("#rg-panel")
        assert panel.is_visible()
        assert panel.get_attribute("data-open") == "t5"
        assert panel.locator(".rg-when").text_content() == "2019-03-02"
        text = panel.text_content() or ""
        assert "<script>window.pwned = 1</script>" in text  # the quote, shown as the text it is
        assert panel.locator("script, img").count() == 0
        assert panel.locator("a").get_attribute("href") == "https://news.example/t5"
        page.locator('#rg-chart .rg-period[data-status="severed"]').click()
        assert panel.get_attribute("data-open") == "period"
        assert "ties were cut" in (panel.text_content() or "")
        assert page.evaluate("typeof window.pwned") == "undefined"
        assert requested == [uri]
    finally:
        page.close()


# -- the SPARQL page of `relgraph serve --page` ---------------------------------------------------------


def test_the_serve_page_knows_relgraphs_prefixes_and_its_queries_return_rows(
    browser: Any, tmp_path: Path, unused_port: int
) -> None:
    import signal
    import subprocess
    import sys

    from relgraph import api

    store = tmp_path / "store"
    api.ingest([api.sample_path()], store=store, published=date(2025, 4, 16))
    target = tmp_path / "sparql.html"
    command = [
        sys.executable,
        "-m",
        "relgraph.cli",
        "serve",
        "--store",
        str(store),
        "--port",
        str(unused_port),
        "--page",
        str(target),
    ]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr is not None
        assert process.stderr.readline().startswith("Serving ")
        assert "A SPARQL page with relgraph's prefixes" in process.stderr.readline()
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        endpoint = f"http://127.0.0.1:{unused_port}/query"
        requested = watched(page, target.as_uri(), endpoint)
        assert "PREFIX rg: <" in (page.locator(".rg-prefixes").text_content() or "")
        page.locator("#rg-run").click()
        page.wait_for_function("() => /rows|error/.test(document.getElementById('rg-status').textContent)")
        assert page.locator("#rg-status").text_content() == f"{page.locator('#rg-results tbody tr').count()} rows"
        assert page.locator("#rg-results tbody tr").count() >= 5  # the default query returns rows
        assert page.locator("#rg-results th").all_text_contents() == ["date", "type", "actors", "place"]
        types = page.locator("#rg-results tbody tr td:nth-child(2)").all_text_contents()
        assert "Visit" in types
        assert "Mention" not in types  # events, not what each article says of them
        page.locator('.rg-examples button[data-name="pair-timeline"]').click()  # an example, one click away
        page.wait_for_function(
            "() => document.querySelector('#rg-results th')?.textContent === 'date'"
            " && document.querySelectorAll('#rg-results th').length === 5"
        )
        assert page.locator("#rg-results tbody tr").count() >= 5
        assert "1988-08-01" in (page.locator("#rg-results tbody").text_content() or "")
        assert set(requested) <= {target.as_uri(), endpoint}  # nothing but the file and the local endpoint
        assert endpoint in requested
        page.close()
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)


# -- the pages `relgraph serve` serves itself --------------------------------------------------------------


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``relgraph serve`` on the bundled sample, in its own process; its base URL."""
    from relgraph import api
    from relgraph.rdf import endpoint

    store = tmp_path_factory.mktemp("served") / "store"
    api.ingest([api.sample_path()], store=store, published=date(2025, 4, 16))
    with endpoint.served(store) as base:
        yield base


def test_the_served_sparql_page_opens_on_rows_and_runs_an_example(browser: Any, served: str) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        timeline = served + "/timeline?a=Qatar&b=%D8%B1%D9%88%D8%B3%D9%8A%D8%A7"  # where its form leads
        requested = watched(page, served + "/", served + "/query", timeline)
        page.wait_for_function("() => /rows|error/.test(document.getElementById('rg-status').textContent)")
        rows = page.locator("#rg-results tbody tr").count()
        assert rows >= 5  # the query it opens on returns rows, with no click
        assert page.locator("#rg-status").text_content() == f"{rows} rows"
        assert "PREFIX rg: <" in (page.locator(".rg-prefixes").text_content() or "")
        page.locator('.rg-examples button[data-name="pair-timeline"]').click()
        page.wait_for_function("() => document.querySelectorAll('#rg-results th').length === 5")
        assert "1988-08-01" in (page.locator("#rg-results tbody").text_content() or "")
        assert set(requested) == {served + "/", served + "/query"}  # no request leaves 127.0.0.1
        page.locator("#rg-timeline-form input[name=a]").fill("Qatar")
        page.locator("#rg-timeline-form input[name=b]").fill("روسيا")
        page.locator("#rg-timeline-form button").click()
        page.wait_for_url(timeline)
        page.wait_for_selector("body[data-drawn=true]")
        assert page.title() == "relgraph: Qatar and Russia"
    finally:
        page.close()


def test_the_served_graph_draws_the_stores_edges(browser: Any, served: str) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        uri = served + "/graph?state=QA&types=visit,meeting,relations_established"
        timeline = served + "/timeline?a=QA&b=RU"  # where a pinned pair links to
        requested = watched(page, uri, timeline)
        assert drawn_edges(page) == ["QA|RU|meeting", "QA|RU|visit", "QA|SU|relations_established", "RU|QA|visit"]
        assert page.locator("#rg-legend button").count() == 3
        canvas = page.locator("#mynetwork canvas").screenshot()
        counts = page.evaluate(COUNT_PIXELS, [base64.b64encode(canvas).decode(), [COLOURS[EventType.VISIT]]])
        assert counts[COLOURS[EventType.VISIT]] > 20  # the visit edge is drawn in its colour
        assert requested == [uri]
        page.mouse.click(*point_of(page, "QA|RU|meeting"))
        link = page.locator("#rg-panel a.rg-timeline")
        assert link.text_content() == "the timeline of Qatar and Russia"
        link.click()
        page.wait_for_url(timeline)
        page.wait_for_selector("body[data-drawn=true]")
        assert page.title() == "relgraph: Qatar and Russia"
        assert requested == [uri, timeline]
    finally:
        page.close()
    empty = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        watched(empty, served + "/graph?since=2100")  # a filter that leaves nothing: a page that says so
        assert "No events to draw (since 2100-01-01)" in (empty.locator("#rg-empty").text_content() or "")
    finally:
        empty.close()


def test_the_served_timeline_draws_periods(browser: Any, served: str) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        uri = served + "/timeline?a=QA&b=RU"
        requested = watched(page, uri)
        statuses = page.eval_on_selector_all("#rg-chart .rg-period", "(bars) => bars.map((b) => b.dataset.status)")
        assert "established" in statuses
        assert page.locator("#rg-chart .rg-mark").count() >= 5
        page.locator("#rg-chart .rg-mark").last.click()
        assert page.locator("#rg-panel").is_visible()
        assert requested == [uri]
    finally:
        page.close()


def test_a_bad_parameter_is_a_page_that_says_why(browser: Any, served: str) -> None:
    page = browser.new_page()
    try:
        answer = page.goto(served + "/graph?types=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")
        assert answer is not None
        assert answer.status == 400
        assert "unknown event type '<img src=x onerror=alert(1)>'" in page.locator("body").inner_text()
        assert page.locator("img").count() == 0  # plain text: nothing in it is markup
    finally:
        page.close()


# -- the world behind the states --------------------------------------------------------------------------


def label_boxes(page: Any) -> list[list[Any]]:
    """Each drawn node's label box on the canvas: [id, left, top, right, bottom]."""
    return page.evaluate(
        """() => nodes.getIds().map((id) => {
          const size = network.body.nodes[id].labelModule.size;
          return [id, size.left, size.top, size.left + size.width, size.top + size.height];
        })"""
    )


def overlaps(boxes: list[list[Any]]) -> list[tuple[str, str]]:
    return [(a[0], b[0]) for i, a in enumerate(boxes) for b in boxes[i + 1 :]
            if a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]]  # fmt: skip


def test_the_world_outline_is_drawn_behind_the_gulf_with_room_for_its_labels(browser: Any, tmp_path: Path) -> None:
    from relgraph.gazetteer import Gazetteer
    from relgraph.viz import _LAND

    gulf = ["KW", "BH", "QA", "AE", "OM", "SA", "IR", "IQ"]
    known = {code: Gazetteer.default().get(code) for code in gulf}
    events = [event(f"w{i}", "meeting", (a, b), "2021", "they met") for i, (a, b) in enumerate(pairwise(gulf))]
    target = tmp_path / "world.html"
    write_html(events, target, title="World", states=known)
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        requested = watched(page, target.as_uri())
        assert page.evaluate("window.relgraphWorldDrawn") >= 1
        assert page.evaluate("relgraph.world.length") > 50  # the land's rings
        canvas = page.locator("#mynetwork canvas")
        counts = page.evaluate(COUNT_PIXELS, [base64.b64encode(canvas.screenshot()).decode(), [_LAND]])
        assert counts[_LAND] > counts["total"] / 10  # land fills much of the view around the Gulf
        boxes = label_boxes(page)
        assert len(boxes) == len(gulf)
        assert all(box[3] - box[1] > 10 for box in boxes)  # the labels were measured
        assert overlaps(boxes) == []  # the Gulf's labels have room
        # Each state near its capital on the map: moved at most a label's width to make room.
        moved = page.evaluate(
            """() => nodes.getIds().map((id) => {
              const at = network.getPositions([id])[id], home = relgraph.home[id] || [at.x, at.y];
              return Math.hypot(at.x - home[0], at.y - home[1]);
            })"""
        )
        assert max(moved) < 150
        # The outline zooms with the states: zoomed in on Qatar, the land still fills the view.
        drawn = page.evaluate("window.relgraphWorldDrawn")
        page.evaluate("network.moveTo({position: network.getPositions(['QA']).QA, scale: 4, animation: false})")
        page.wait_for_function("(n) => window.relgraphWorldDrawn > n", arg=drawn)
        counts = page.evaluate(COUNT_PIXELS, [base64.b64encode(canvas.screenshot()).decode(), [_LAND]])
        assert counts[_LAND] > counts["total"] / 10
        assert requested == [target.as_uri()]
    finally:
        page.close()
