"""The network as one standalone, offline HTML page (vis-network), safe with hostile text.

Offline: pyvis 0.3.2's own template still links bootstrap, tom-select and vis-network CSS
from CDNs even with ``cdn_resources="in_line"``, so this module writes its own small page
and inlines the vis-network 9.1.2 JavaScript and CSS files that pyvis ships in its package
(``pyvis/templates/lib/vis-9.1.2``). The page makes no request of any kind, and says so in
a Content-Security-Policy (``default-src 'none'``) as a second line of defence.

Safety: report-derived text (names, aliases, flags, references, types) reaches the page only
(a) HTML-escaped in the legend/heading, or (b) inside the embedded JSON, where ``<``, ``>``,
``&``, quotes, U+2028 and U+2029 are written as ``\\u003c``-style escapes, so nothing from the
data can close the ``<script>`` block or form a tag. In the browser, labels are drawn on a
canvas and tooltips are built as DOM elements with ``textContent`` - vis-network renders a
*string* title as HTML, an element as given - so no data is ever parsed as HTML. (The text
is therefore not HTML-escaped before JSON-encoding: an escaped name would be shown as
``&lt;`` on screen; plain-text rendering makes that unnecessary.)

Drawing cap: above ``max_nodes`` subjects only the most connected (weighted degree, ties by
id) are drawn and the page says "showing 300 of 1,240 subjects - narrow the filter".

:func:`network_html` returns a :class:`NetworkView` (``html``, ``shown``, ``total``,
``message``); ``str(view)`` is the HTML. Errors: ``ValueError`` for a malformed ``height``.
"""

from __future__ import annotations

import html
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import networkx as nx

from .graph import weighted_degree

__all__ = ["NetworkView", "network_html", "TYPE_STYLES"]

#: Colour and vis-network shape per subject type.
TYPE_STYLES: dict[str, tuple[str, str]] = {
    "PERSON": ("#4e79a7", "dot"),
    "ADDRESS": ("#59a14f", "square"),
    "PHONE": ("#f28e2b", "diamond"),
    "EMAIL": ("#b07aa1", "triangle"),
    "VEHICLE": ("#76b7b2", "triangleDown"),
    "SOCIAL": ("#ff9da7", "hexagon"),
    "ORGANISATION": ("#9c755f", "box"),
    "LOCATION": ("#8cd17d", "ellipse"),
    "NINO": ("#bab0ac", "dot"),
    "PNC_ID": ("#bab0ac", "dot"),
    "IMEI": ("#edc948", "diamond"),
    "IP_ADDRESS": ("#edc948", "triangle"),
    "REPORT": ("#d4d4d4", "box"),
}
_OTHER = ("#999999", "dot")
_SOI_BORDER = "#d62728"
_CHILD_BORDER = "#ff7f0e"
_MAX_EDGE_REFS = 20
_HEIGHT = re.compile(r"^\d{1,5}(\.\d{1,3})?(px|%|vh|em|rem)$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027",
                 "\u2028": "\\u2028", "\u2029": "\\u2029"}


@dataclass(frozen=True)
class NetworkView:
    """A rendered network page: ``shown`` of ``total`` subjects drawn; ``message`` explains a cap."""

    html: str
    shown: int
    total: int
    message: str

    def __str__(self) -> str:
        return self.html


def _type_label(kind: str) -> str:
    """How a subject type is named for people ("IP address", not "Ip_Address")."""
    from .report_view import TYPE_LABELS

    return TYPE_LABELS.get(kind, kind.replace("_", " ").title()) if kind else "Unknown"


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS from the installed pyvis package, made safe to inline."""
    lib = resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    # No source-map fetch, and nothing that could end the inline block early.
    js = re.sub(r"//[#@]\s*sourceMappingURL=\S*", "", js)
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)
    css = re.sub(r"/\*[#@]\s*sourceMappingURL=[^*]*\*/", "", css)
    css = re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE)
    return js, css


def _clean(value: Any) -> str:
    return "" if value is None else _CONTROL.sub(" ", str(value))


def _json(data: Any) -> str:
    """JSON that is inert inside ``<script>``: no ``<``, ``>``, ``&``, quotes-breaking or line separators."""
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    return re.sub("[<>&'\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group(0)], text)


def _is_child(attrs: dict[str, Any]) -> bool:
    flags = {f.strip().lower() for f in str(attrs.get("flags") or "").split(";")}
    age = attrs.get("age")
    return "child" in flags or (isinstance(age, (int, float)) and not math.isnan(age) and age < 18)


def _node(n: Any, d: dict[str, Any]) -> dict[str, Any]:
    kind = str(d.get("type") or "").upper()
    colour, shape = TYPE_STYLES.get(kind, _OTHER)
    name = _clean(d.get("name") or n)
    reports = int(d.get("reports") or 0)
    soi, child = bool(d.get("soi")), _is_child(d)
    label = name if len(name) <= 40 else name[:39] + "\u2026"
    if child:
        label = "\u2605 " + label
    tip = [name, f"Type: {_type_label(kind)}", f"Reports: {reports}"]
    if d.get("aliases"):
        tip.append(f"Aliases: {_clean(d['aliases'])}")
    if d.get("flags"):
        tip.append(f"Flags: {_clean(d['flags'])}")
    if d.get("cohort_id"):
        tip.append(f"Cohort: {_clean(d['cohort_id'])}")
    if soi:
        tip.append("Subject of interest")
    tip.append(f"ID: {_clean(n)}")
    border = _SOI_BORDER if soi else _CHILD_BORDER if child else colour
    return {
        "id": str(n),
        "label": label,
        "tip": "\n".join(tip),
        "shape": shape,
        "size": round(min(45.0, 10.0 + 4.0 * math.sqrt(max(reports, 0))), 1),
        "borderWidth": 5 if soi else 3 if child else 1,
        "color": {"background": colour, "border": border,
                  "highlight": {"background": colour, "border": "#222222"}},
        "font": {"color": _SOI_BORDER if soi else "#222222"},
    }


def _edge(u: Any, v: Any, d: dict[str, Any]) -> dict[str, Any]:
    weight = int(d.get("weight") or 1)
    refs = [_clean(r) for r in d.get("references", [])]
    shown = refs[:_MAX_EDGE_REFS]
    more = f" (+{len(refs) - len(shown)} more)" if len(refs) > len(shown) else ""
    tip = f"{weight} shared report{'s' if weight != 1 else ''}:\n" + "\n".join(shown) + more
    return {"from": str(u), "to": str(v), "value": weight, "width": round(min(12.0, 1.0 + 2.0 * math.log2(weight)), 2),
            "tip": tip}


def network_html(
    graph: nx.Graph, *, height: str = "650px", title: str | None = None, max_nodes: int = 300
) -> NetworkView:
    """Render ``graph`` as a standalone offline HTML page (see the module doc)."""
    if not _HEIGHT.match(height):
        raise ValueError(f"height must look like '650px', '80vh' or '100%', not {height!r}")
    total = graph.number_of_nodes()
    if total > max_nodes:
        wdeg = weighted_degree(graph)
        keep = sorted(graph, key=lambda n: (-wdeg[n], str(n)))[: max(0, max_nodes)]
        drawn = graph.subgraph(keep)
        message = f"showing {drawn.number_of_nodes():,} of {total:,} subjects \u2014 narrow the filter"
    else:
        drawn = graph
        message = "" if total else "No subjects to show \u2014 widen the filter"
    nodes = [_node(n, d) for n, d in sorted(drawn.nodes(data=True), key=lambda x: str(x[0]))]
    edges = [_edge(u, v, d) for u, v, d in sorted(drawn.edges(data=True), key=lambda x: (str(x[0]), str(x[1])))]
    types_present = sorted({str(d.get("type") or "").upper() for _, d in drawn.nodes(data=True)})
    page = _page(nodes, edges, types_present, height, title, message)
    return NetworkView(html=page, shown=drawn.number_of_nodes(), total=total, message=message)


def _legend(types_present: list[str]) -> str:
    items = []
    for kind in types_present:
        colour, _ = TYPE_STYLES.get(kind, _OTHER)
        items.append(f'<li><span class="sw" style="background:{colour}"></span>{html.escape(_type_label(kind))}</li>')
    items.append(f'<li><span class="sw ring" style="border-color:{_SOI_BORDER}"></span>Subject of interest (thick red border)</li>')
    items.append(f'<li><span class="sw ring" style="border-color:{_CHILD_BORDER}"></span>\u2605 Child (orange border)</li>')
    items.append("<li>Node size: reports \u00b7 line width: shared reports</li>")
    return "<ul class=\"legend\">" + "".join(items) + "</ul>"


_INIT = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("sa-data").textContent);
  function tip(text) {
    var el = document.createElement("div");
    el.className = "sa-tip";
    el.textContent = text;
    return el;
  }
  data.nodes.forEach(function (n) { n.title = tip(n.tip); delete n.tip; });
  data.edges.forEach(function (e) { e.title = tip(e.tip); delete e.tip; });
  var container = document.getElementById("sa-network");
  var network = new vis.Network(container, {
    nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges)
  }, {
    nodes: {font: {size: 14, face: "sans-serif"}},
    edges: {color: {color: "#9aa5b1", highlight: "#333333"}, smooth: false},
    interaction: {hover: true, tooltipDelay: 120, navigationButtons: false},
    physics: {solver: "forceAtlas2Based", stabilization: {iterations: 250}}
  });
  network.once("stabilizationIterationsDone", function () { network.setOptions({physics: false}); });
})();
"""


def _page(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], types_present: list[str], height: str,
          title: str | None, message: str) -> str:
    js, css = _vis_assets()
    heading = f"<h1>{html.escape(_clean(title))}</h1>" if title else ""
    note = f'<p class="sa-note" role="status">{html.escape(message)}</p>' if message else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<meta name="referrer" content="no-referrer">
<title>{html.escape(_clean(title or "Scan Assist network"))}</title>
<style>{css}</style>
<style>
body {{ font-family: sans-serif; margin: 8px; color: #222; }}
h1 {{ font-size: 1.2em; margin: 0 0 6px; }}
.sa-note {{ background: #fff4e5; border: 1px solid #f0b45b; padding: 4px 8px; margin: 0 0 6px; }}
.legend {{ list-style: none; padding: 0; margin: 0 0 6px; display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 0.85em; }}
.sw {{ display: inline-block; width: 12px; height: 12px; border-radius: 50%; margin-right: 4px; vertical-align: middle; }}
.sw.ring {{ background: #fff; border: 3px solid; width: 8px; height: 8px; }}
#sa-network {{ width: 100%; height: {height}; border: 1px solid #ddd; }}
.sa-tip {{ white-space: pre-line; max-width: 420px; font-size: 0.85em; }}
</style>
</head>
<body>
{heading}{note}{_legend(types_present)}
<div id="sa-network"></div>
<script type="application/json" id="sa-data">{_json({"nodes": nodes, "edges": edges})}</script>
<script>{js}</script>
<script>{_INIT}</script>
</body>
</html>
"""
