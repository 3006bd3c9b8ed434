"""A SPARQL page that knows relgraph: one self-contained HTML file for ``relgraph serve``'s endpoint.

oxigraph's own page at ``/`` (YASGUI) loads its code from a CDN, knows none of relgraph's
prefixes, and opens on a query of the default graph, where relgraph keeps nothing. This page
loads nothing: a text area, relgraph's prefixes predefined (shown, and sent before the
query, as ``relgraph sparql`` does), a default query over the named graphs that returns rows,
and the example queries one click away. Results come back as SPARQL JSON and are set into the
table as text (``textContent``), never parsed as HTML.
"""

from __future__ import annotations

import html
import os
from collections.abc import Mapping
from pathlib import Path

from relgraph.resources import example_queries

__all__ = ["DEFAULT_QUERY", "render_sparql_page", "write_sparql_page"]

#: The query the page opens on: events of every named graph, oldest first.
DEFAULT_QUERY = """# The first fifty events in the store, oldest first (the events live in named graphs).
SELECT ?date ?type ?actors ?place WHERE {
  GRAPH ?g {
    ?event a ?class ; rg:earliest ?earliest ; rg:date ?date ; rg:actorSequence ?actors .
    OPTIONAL { ?event rg:place ?place }
    FILTER(?class NOT IN (rg:DiplomaticEvent, rg:Mention))
  }
  BIND(STRAFTER(STR(?class), "#") AS ?type)
}
ORDER BY ?earliest ?type
LIMIT 50
"""

_STYLE = """
body { margin: 0; padding: 8px 14px; font-family: "Noto Sans", "Noto Sans Arabic", sans-serif; font-size: 14px; }
h1 { font-size: 20px; margin: 0 0 6px; }
textarea { width: 100%; box-sizing: border-box; height: 16em; font-family: monospace; font-size: 13px; }
pre.rg-prefixes { background: #f4f4f4; padding: 6px; font-size: 12px; overflow-x: auto; margin: 4px 0; }
.rg-examples button, #rg-run { font: inherit; margin: 2px 4px 2px 0; }
table { border-collapse: collapse; margin-top: 8px; font-size: 13px; }
td, th { border: 1px solid #ccc; padding: 2px 6px; text-align: left; vertical-align: top; }
#rg-status { margin-left: 8px; color: #444; }
.rg-views { margin: 0 0 8px; padding: 6px 8px; background: #f4f7fb; border: 1px solid #dde3ea; font-size: 13px; }
.rg-views form { margin: 2px 0; }
.rg-views input { font: inherit; }
"""

# The served page's links to the pages served beside it: plain forms, the server checks what they send.
_VIEWS = """<nav class="rg-views">
<form action="/graph" method="get" id="rg-graph-form"><a href="/graph">The graph</a>:
<label>state <input name="state" size="8" placeholder="QA"></label>
<label>since <input name="since" size="8" placeholder="1990"></label>
<label>until <input name="until" size="8" placeholder="2020-06"></label>
<label>types <input name="types" size="18" placeholder="visit,meeting"></label>
<button type="submit">draw</button></form>
<form action="/timeline" method="get" id="rg-timeline-form">A timeline:
<label>state <input name="a" size="8" placeholder="QA" required></label>
<label>and <input name="b" size="8" placeholder="SA"></label>
<button type="submit">draw</button></form>
</nav>"""

_SCRIPT = """
(function () {
  var data = relgraph;
  var text = document.getElementById("rg-query");
  var status = document.getElementById("rg-status");
  var table = document.getElementById("rg-results");
  function run() {
    status.textContent = "running…";
    fetch(data.endpoint, {
      method: "POST",
      headers: {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
      body: data.prologue + text.value
    }).then(function (response) {
      return response.text().then(function (body) {
        if (!response.ok) throw new Error(body || response.statusText);
        return JSON.parse(body);
      });
    }).then(function (results) {
      table.replaceChildren();
      if (results.boolean !== undefined) { status.textContent = "answer: " + results.boolean; return; }
      var vars = results.head.vars;
      var head = table.createTHead().insertRow();
      vars.forEach(function (name) { head.appendChild(document.createElement("th")).textContent = name; });
      var body = table.createTBody();
      results.results.bindings.forEach(function (binding) {
        var row = body.insertRow();
        vars.forEach(function (name) { row.insertCell().textContent = binding[name] ? binding[name].value : ""; });
      });
      status.textContent = results.results.bindings.length + " rows";
    }).catch(function (error) { status.textContent = "error: " + error.message; });
  }
  document.getElementById("rg-run").addEventListener("click", run);
  document.querySelectorAll(".rg-examples button").forEach(function (button) {
    button.addEventListener("click", function () { text.value = data.examples[button.dataset.name]; run(); });
  });
  text.addEventListener("keydown", function (e) { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(); });
  text.value = data.query;
  if (data.run) run();
  document.body.setAttribute("data-drawn", "true");
})();
"""


def render_sparql_page(endpoint: str, examples: Mapping[str, str] | None = None, *, served: bool = False) -> str:
    """The page for the SPARQL endpoint ``endpoint`` (``http://127.0.0.1:7878/query``).

    ``served``: the page ``relgraph serve`` serves at ``/`` (``endpoint`` is then ``/query``): it runs
    its query on opening and links to the graph and timeline pages served beside it.
    """
    from relgraph.rdf.vocab import PREFIXES
    from relgraph.viz import _json

    prologue = "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in PREFIXES.items())
    chosen = dict(examples if examples is not None else example_queries())
    buttons = "".join(
        f'<button type="button" data-name="{html.escape(name, quote=True)}">{html.escape(name)}</button>'
        for name in chosen
    )
    data = {"endpoint": endpoint, "prologue": prologue, "query": DEFAULT_QUERY, "examples": chosen, "run": served}
    views = _VIEWS if served else ""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>relgraph SPARQL</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f"<h1>relgraph SPARQL</h1>{views}<p>Read-only endpoint: <code>{html.escape(endpoint)}</code>. "
        "These prefixes are predefined:</p>"
        f'<pre class="rg-prefixes">{html.escape(prologue)}</pre>'
        f'<p class="rg-examples">Examples: {buttons or "none here"}</p>'
        '<textarea id="rg-query" spellcheck="false" aria-label="query"></textarea><br>'
        '<button type="button" id="rg-run">Run (Ctrl+Enter)</button><output id="rg-status"></output>'
        '<table id="rg-results"></table>\n'
        f"<script>\nvar relgraph = {_json(data)};\n{_SCRIPT}</script>\n</body>\n</html>\n"
    )


def write_sparql_page(path: str | os.PathLike[str], endpoint: str, examples: Mapping[str, str] | None = None) -> Path:
    """Write :func:`render_sparql_page` to ``path`` (UTF-8)."""
    from relgraph.formats import write_file

    write_file(path, render_sparql_page(endpoint, examples))
    return Path(path)
