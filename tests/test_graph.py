"""Subject network: links, weights, references, caps, filters and key players."""

from __future__ import annotations

import networkx as nx
import pandas as pd
import pytest

from scanassist_core.graph import build_graph, filter_graph, key_players, links_frame
from scanassist_core.schemas import LinkSchema

from _graph_frames import frames


def test_co_mentioned_subjects_are_linked_with_distinct_report_weight_and_references():
    subj, men, rep = frames({1: ["ann", "bob", "ann"], 2: ["ann", "bob", "cat"], 3: ["cat"]},
                            refs={1: "ABC/1", 2: "XYZ/9", 3: "ABC/3"})
    g = build_graph(subj, men, rep)
    assert set(g.nodes) == {"ann", "bob", "cat"}
    # ann is mentioned twice in report 1: still one report.
    assert g.edges["ann", "bob"]["weight"] == 2
    assert g.edges["ann", "bob"]["report_ids"] == [1, 2]
    assert g.edges["ann", "bob"]["references"] == ["ABC/1", "XYZ/9"]
    assert g.edges["bob", "cat"]["weight"] == 1
    assert not g.has_edge("cat", "cat")
    assert g.nodes["ann"]["type"] == "PERSON" and g.nodes["ann"]["reports"] == 2
    assert g.nodes["cat"]["report_ids"] == [2, 3]


def test_excluded_and_unknown_mentions_are_ignored():
    subj, men, rep = frames({1: ["ann", "bob"]})
    extra = men.iloc[[0, 0]].copy()
    extra["subject_id"] = ["", "ghost"]
    g = build_graph(subj, pd.concat([men, extra]), rep)
    assert set(g.nodes) == {"ann", "bob"}


def test_person_phone_person_path_exists():
    types = {"ph1": "PHONE"}
    subj, men, rep = frames({1: ["ann", "ph1"], 2: ["bob", "ph1"]}, types)
    g = build_graph(subj, men, rep)
    assert not g.has_edge("ann", "bob")
    assert nx.shortest_path(g, "ann", "bob") == ["ann", "ph1", "bob"]
    assert g.nodes["ph1"]["type"] == "PHONE"


def test_big_reports_are_capped_but_still_counted():
    big = [f"p{i:03d}" for i in range(40)]
    subj, men, rep = frames({1: big, 2: ["p000", "p001"]})
    g = build_graph(subj, men, rep, max_clique=30)
    assert g.graph["capped_reports"] == {1: 40}
    assert g.number_of_edges() == 1 and g.edges["p000", "p001"]["report_ids"] == [2]
    assert g.nodes["p005"]["report_ids"] == [1]
    g2 = build_graph(subj, men, rep, max_clique=40)
    assert g2.number_of_edges() == 40 * 39 // 2
    assert g2.edges["p000", "p001"]["weight"] == 2


def test_bipartite_view_adds_report_nodes():
    subj, men, rep = frames({1: ["ann", "bob"], 2: ["bob"]}, refs={1: "R-1", 2: "R-2"})
    g = build_graph(subj, men, rep, include_reports=True)
    assert g.nodes["report:1"]["type"] == "REPORT" and g.nodes["report:1"]["name"] == "R-1"
    assert g.has_edge("ann", "report:1") and g.has_edge("bob", "report:2")
    # Report nodes are not links between subjects.
    links = links_frame(g)
    assert list(zip(links["source_id"], links["target_id"])) == [("ann", "bob")]


def test_links_frame_schema_and_deterministic_order():
    subj, men, rep = frames({1: ["cat", "ann", "bob"], 2: ["bob", "cat"], 3: ["cat", "bob"]},
                            refs={1: "A/1", 2: "A/2", 3: "A/3"})
    links = links_frame(build_graph(subj, men, rep))
    assert list(links.columns) == LinkSchema.names()
    assert links.to_dict("records") == [
        {"source_id": "bob", "target_id": "cat", "weight": 3, "references": "A/1; A/2; A/3"},
        {"source_id": "ann", "target_id": "bob", "weight": 1, "references": "A/1"},
        {"source_id": "ann", "target_id": "cat", "weight": 1, "references": "A/1"},
    ]
    shuffled = [f.sample(frac=1, random_state=3) for f in (subj, men, rep)]
    pd.testing.assert_frame_equal(links, links_frame(build_graph(*shuffled)))
    assert links_frame(nx.Graph()).empty


def _chain():
    # a - b - c - d - e in separate reports, plus a strong a-b link.
    return frames({1: ["a", "b"], 2: ["a", "b"], 3: ["b", "c"], 4: ["c", "d"], 5: ["d", "e"]},
                  dates={1: "2024-01-01", 2: "2024-03-01", 3: "2024-03-02", 4: "2024-05-01", 5: "2024-05-02"})


def test_ego_network_steps():
    g = build_graph(*_chain())
    assert set(filter_graph(g, ego="c", ego_steps=1)) == {"b", "c", "d"}
    assert set(filter_graph(g, ego="c", ego_steps=2)) == {"a", "b", "c", "d", "e"}
    with pytest.raises(ValueError):
        filter_graph(g, ego="zzz")


def test_min_weight_date_range_types_and_top_n():
    g = build_graph(*_chain())
    strong = filter_graph(g, min_weight=2)
    assert set(strong.edges) == {("a", "b")} and set(strong) == {"a", "b"}
    spring = filter_graph(g, date_from="2024-02-01", date_to="2024-03-02")
    assert spring.edges["a", "b"]["weight"] == 1 and spring.edges["a", "b"]["references"] == ["REF/2"]
    assert set(spring.edges) == {("a", "b"), ("b", "c")} and "e" not in spring
    assert spring.nodes["a"]["reports"] == 1
    assert g.edges["a", "b"]["weight"] == 2  # the original graph is untouched
    top = filter_graph(g, top_n=2)
    assert set(top) == {"a", "b"}  # weighted degree: a=2, b=3, c=2, d=2, e=1 -> b, then a (id order)


def test_type_filter_and_cohort_subgraph_keep_shared_identifiers():
    types = {"ph": "PHONE", "loc": "LOCATION"}
    subj, men, rep = frames({1: ["ann", "ph"], 2: ["bob", "ph"], 3: ["ann", "loc"], 4: ["zed", "ph"]}, types)
    g = build_graph(subj, men, rep)
    assert set(filter_graph(g, types=["person", "PHONE"])) == {"ann", "bob", "zed", "ph"}
    for n in ("ann", "bob"):
        g.nodes[n]["cohort_id"] = "C01"
    sub = filter_graph(g, cohort="C01")
    assert set(sub) == {"ann", "bob", "ph"}


def test_bridge_has_highest_betweenness_and_is_a_broker():
    left = {i: ["a", "b", "c"] for i in range(1, 3)}
    right = {i: ["x", "y", "z"] for i in range(3, 5)}
    subj, men, rep = frames({**left, **right, 5: ["c", "bridge"], 6: ["bridge", "x"]})
    kp = key_players(build_graph(subj, men, rep))
    assert list(kp.columns) == ["subject_id", "degree", "weighted_degree", "betweenness", "broker"]
    assert kp.iloc[0]["subject_id"] == "bridge" and bool(kp.iloc[0]["broker"])
    row = kp.set_index("subject_id").loc["a"]
    assert row["degree"] == 2 and row["weighted_degree"] == 4 and row["betweenness"] == 0
    assert not bool(row["broker"])
    # Matches networkx's exact normalised betweenness.
    ref = nx.betweenness_centrality(build_graph(subj, men, rep))
    for sid, b in zip(kp["subject_id"], kp["betweenness"]):
        assert b == pytest.approx(ref[sid])


def test_sampled_betweenness_on_large_graph_still_finds_the_bridge():
    reports, r = {}, 0
    for side in ("l", "r"):
        for i in range(1200):
            r += 1
            reports[r] = [f"{side}{i:04d}", f"{side}{(i + 1) % 1200:04d}", f"{side}hub"]
    reports[r + 1] = ["lhub", "bridge"]
    reports[r + 2] = ["bridge", "rhub"]
    g = build_graph(*frames(reports))
    kp = key_players(g, seed=7)
    assert g.number_of_nodes() > 2000
    assert set(kp.iloc[:3]["subject_id"]) == {"bridge", "lhub", "rhub"}
    # Exact reference from igraph over all sources (networkx is too slow at this size).
    import igraph as ig

    nodes = list(g)
    index = {x: i for i, x in enumerate(nodes)}
    full = ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in g.edges()]).betweenness(directed=False)
    norm = 2.0 / ((len(nodes) - 1) * (len(nodes) - 2))
    exact = {x: full[index[x]] * norm for x in nodes}
    estimate = kp.set_index("subject_id")["betweenness"]
    for sid in ("bridge", "lhub", "rhub"):
        assert estimate[sid] == pytest.approx(exact[sid], rel=0.25)
    pd.testing.assert_frame_equal(kp, key_players(g, seed=7))


def test_empty_inputs_give_empty_outputs():
    from scanassist_core.schemas import MentionSchema, ReportSchema, SubjectSchema

    g = build_graph(SubjectSchema.empty(), MentionSchema.empty(), ReportSchema.empty())
    assert g.number_of_nodes() == 0
    assert list(links_frame(g).columns) == LinkSchema.names() and links_frame(g).empty
    assert key_players(g).empty
