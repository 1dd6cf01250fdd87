"""Standalone network page: offline, self-contained, inert with hostile report text."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import networkx as nx
import pytest

from scanassist_core.graph import build_graph
from scanassist_core.network_html import NetworkView, network_html

from _graph_frames import frames

HOSTILE = [
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(1)</script>",
    "javascript:alert(1)",
    "O'Brien \"Tiny\" & co",
    "line\u2028break\u2029para",
    "<!-- <script>",
]


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def _hostile_graph() -> nx.Graph:
    evil = " ".join(HOSTILE)
    types = {"ph": "PHONE", "addr": "ADDRESS"}
    subj, men, rep = frames(
        {1: ["ann", "bob", "ph"], 2: ["ann", "bob"], 3: ["bob", "addr"], 4: ["kid", "ann"]}, types,
        names={"ann": evil, "ph": HOSTILE[1], "addr": HOSTILE[2]}, aliases={"bob": evil},
        flags={"kid": "child; " + HOSTILE[0], "ann": evil}, soi={"bob"},
        refs={1: evil, 2: HOSTILE[1], 3: HOSTILE[5]},
    )
    subj.loc[subj["subject_id"] == "bob", "cohort_id"] = HOSTILE[0]
    return build_graph(subj, men, rep, include_reports=True)


def test_hostile_text_cannot_inject_markup():
    view = network_html(_hostile_graph(), title=HOSTILE[1])
    assert isinstance(view, NetworkView) and str(view) == view.html
    page = _Elements()
    page.feed(view.html)
    tags = [t for t, _ in page.tags]
    assert "img" not in tags
    # Exactly our three scripts: the data block, vis-network, the initialiser.
    assert tags.count("script") == 3
    assert [a.get("type") for t, a in page.tags if t == "script"] == ["application/json", None, None]
    assert not any(k.startswith("on") for _, attrs in page.tags for k in attrs)
    # No raw text from the data anywhere outside its escaped forms.
    for bad in ("<img", "alert(1)</script>", "\u2028", "\u2029", "<!-- <script>"):
        assert bad not in view.html
    assert view.html.count("</script>") == 3
    # The data survive, decoded, in the JSON block: the browser shows them as plain text.
    data = json.loads(page.scripts[0])
    labels = {n["id"]: n for n in data["nodes"]}
    assert labels["ph"]["label"] == HOSTILE[1]
    assert HOSTILE[0] in labels["ann"]["tip"] and "Aliases: " in labels["bob"]["tip"]
    assert labels["addr"]["label"] == HOSTILE[2]
    assert any(HOSTILE[5] in e["tip"] for e in data["edges"])
    assert "textContent" in page.scripts[2] and "innerHTML" not in page.scripts[2]
    # Title is escaped in the heading and <title>.
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in view.html


def test_page_is_self_contained_and_offline():
    html = network_html(_hostile_graph()).html
    page = _Elements()
    page.feed(html)
    for tag, attrs in page.tags:
        assert not attrs.get("src"), f"<{tag}> loads {attrs.get('src')}"
        if tag == "link":
            pytest.fail(f"external link element {attrs}")
    assert not re.search(r"url\(\s*['\"]?\s*(https?:)?//", html, flags=re.IGNORECASE)
    assert not re.search(r"@import", html)
    assert "sourceMappingURL" not in html
    assert "default-src 'none'" in html
    # vis-network itself is inlined.
    assert "vis.Network" in page.scripts[2]
    assert "DataSet" in page.scripts[1] and len(page.scripts[1]) > 100_000


def test_styles_and_markers():
    view = network_html(_hostile_graph())
    page = _Elements()
    page.feed(view.html)
    nodes = {n["id"]: n for n in json.loads(page.scripts[0])["nodes"]}
    assert nodes["bob"]["borderWidth"] > nodes["ann"]["borderWidth"]  # SOI
    assert nodes["bob"]["color"]["border"] == "#d62728"
    assert nodes["kid"]["label"].startswith("\u2605")  # child
    assert nodes["ph"]["shape"] != nodes["ann"]["shape"]
    assert nodes["ph"]["color"]["background"] != nodes["ann"]["color"]["background"]
    assert nodes["ann"]["size"] > nodes["addr"]["size"]  # more reports
    edges = json.loads(page.scripts[0])["edges"]
    ab = next(e for e in edges if {e["from"], e["to"]} == {"ann", "bob"})
    one = next(e for e in edges if {e["from"], e["to"]} == {"bob", "addr"})
    assert ab["width"] > one["width"] and ab["tip"].startswith("2 shared reports")
    assert "Subject of interest" in view.html and "Child" in view.html  # legend


def test_node_cap_keeps_most_connected_and_says_so():
    g = nx.star_graph(40)
    nx.relabel_nodes(g, {i: f"s{i:02d}" for i in g}, copy=False)
    g.add_edge("s01", "s02", weight=5)
    view = network_html(g, max_nodes=3)
    assert (view.shown, view.total) == (3, 41)
    assert view.message == "showing 3 of 41 subjects \u2014 narrow the filter"
    assert "showing 3 of 41 subjects" in view.html
    page = _Elements()
    page.feed(view.html)
    assert {n["id"] for n in json.loads(page.scripts[0])["nodes"]} == {"s00", "s01", "s02"}
    assert network_html(g).message == ""
    assert network_html(nx.Graph()).shown == 0


def test_height_is_validated():
    with pytest.raises(ValueError):
        network_html(nx.Graph(), height="1px;}</style><script>alert(1)</script>")
    assert "height: 80vh" in network_html(nx.Graph(), height="80vh").html
