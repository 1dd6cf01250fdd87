"""Cohort detection: planted groups, weights, determinism, scoring and assignment."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from scanassist_core.cohorts import (
    SCORE_WEIGHTS,
    assign_cohorts,
    cohort_members,
    detect_cohorts,
    person_network,
)
from scanassist_core.graph import build_graph
from scanassist_core.schemas import CohortSchema
from scanassist_core.settings import Settings

from _graph_frames import frames


def planted(seed: int = 0, noise: int = 12) -> tuple[dict[int, list[str]], list[set[str]]]:
    """3 groups of 6 persons, each pair co-mentioned in 2-3 reports, plus weight-1 noise links."""
    rng = random.Random(seed)
    groups = [[f"g{g}p{i}" for i in range(6)] for g in range(3)]
    reports: dict[int, list[str]] = {}
    rid = 0
    for members in groups:
        for _ in range(12):
            rid += 1
            reports[rid] = rng.sample(members, 3)
        for i in range(6):  # a ring so every member has repeated links
            for _ in range(2):
                rid += 1
                reports[rid] = [members[i], members[(i + 1) % 6]]
    everyone = [m for g in groups for m in g]
    for _ in range(noise):  # one chance co-mention each across groups
        a, b = rng.sample(range(3), 2)
        rid += 1
        reports[rid] = [rng.choice(groups[a]), rng.choice(groups[b])]
    assert len(everyone) == 18
    return reports, [set(g) for g in groups]


def test_planted_groups_are_recovered_exactly_despite_noise():
    reports, groups = planted()
    cohorts = detect_cohorts(build_graph(*frames(reports)), Settings())
    assert list(cohorts.columns[:5]) == CohortSchema.names()
    assert sorted(map(sorted, (set(m.split("; ")) for m in cohorts["members"]))) == sorted(map(sorted, groups))
    assert cohorts["cohort_id"].tolist() == ["C01", "C02", "C03"]
    assert (cohorts["size"] == 6).all()


def test_min_link_weight_stops_chance_links_gluing_groups():
    # Two triangles joined by a single co-mention.
    reports = {1: ["a", "b", "c"], 2: ["a", "b", "c"], 3: ["x", "y", "z"], 4: ["x", "y", "z"], 5: ["c", "x"]}
    g = build_graph(*frames(reports))
    two = detect_cohorts(g, Settings(min_link_weight=2))
    assert sorted(sorted(m.split("; ")) for m in two["members"]) == [["a", "b", "c"], ["x", "y", "z"]]
    weak = detect_cohorts(g, Settings(min_link_weight=3))
    assert weak.empty and list(weak.columns[:5]) == CohortSchema.names()
    assert detect_cohorts(g, Settings(min_cohort_size=4)).empty


def test_determinism_same_and_shuffled_input():
    reports, _ = planted(seed=4)
    subj, men, rep = frames(reports)
    first = detect_cohorts(build_graph(subj, men, rep), Settings())
    again = detect_cohorts(build_graph(subj, men, rep), Settings())
    pd.testing.assert_frame_equal(first, again)
    shuffled = [f.sample(frac=1, random_state=11).reset_index(drop=True) for f in (subj, men, rep)]
    pd.testing.assert_frame_equal(first, detect_cohorts(build_graph(*shuffled), Settings()))


def test_shared_phone_links_persons_into_a_cohort():
    # Nobody in the trio is ever mentioned with another: only the phone ties them,
    # each person twice in separate reports.
    reports = {1: ["ann", "ph"], 2: ["ann", "ph"], 3: ["bob", "ph"], 4: ["bob", "ph"], 5: ["cat", "ph"],
               6: ["cat", "ph"], 7: ["dan", "ph"]}
    g = build_graph(*frames(reports, {"ph": "PHONE"}))
    pn = person_network(g)
    assert pn.edges["ann", "bob"]["weight"] == 2
    # dan is tied to the phone once: at most one supporting report per pair.
    assert pn.edges["ann", "dan"]["weight"] == 1
    cohorts = detect_cohorts(g, Settings())
    assert cohorts["members"].tolist() == ["ann; bob; cat"]
    # The phone's reports are the cohort's joint activity.
    assert cohorts["reports"].tolist() == [6]


def test_report_counted_once_per_pair_even_with_shared_identifier():
    reports = {1: ["ann", "bob", "ph"]}
    pn = person_network(build_graph(*frames(reports, {"ph": "PHONE"})))
    assert pn.edges["ann", "bob"]["weight"] == 1


def test_places_and_busy_identifiers_are_not_projected():
    reports = {}
    for i in range(20):  # 20 people each seen twice at the same address: a hostel
        reports[2 * i + 1] = [f"p{i:02d}", "hostel"]
        reports[2 * i + 2] = [f"p{i:02d}", "hostel"]
    reports[100] = ["a", "town"]
    reports[101] = ["a", "town"]
    reports[102] = ["b", "town"]
    reports[103] = ["b", "town"]
    g = build_graph(*frames(reports, {"hostel": "ADDRESS", "town": "LOCATION"}))
    assert person_network(g).number_of_edges() == 0


def test_score_components_children_soi_and_assignment():
    reports = {1: ["a", "b", "c"], 2: ["a", "b", "c"], 3: ["x", "y", "z"], 4: ["x", "y", "z"]}
    subj, men, rep = frames(reports, flags={"y": "child; missing"}, soi={"z"},
                            names={"x": "Xavier Quill"},
                            dates={1: "2023-01-01", 2: "2023-01-02", 3: "2024-06-01", 4: "2024-06-02"})
    cohorts = detect_cohorts(build_graph(subj, men, rep), Settings())
    comps = [f"score_{k}" for k in SCORE_WEIGHTS]
    assert cohorts["score"].round(5).tolist() == cohorts[comps].sum(axis=1).round(5).tolist()
    top, other = cohorts.iloc[0], cohorts.iloc[1]
    # The recent group with a child and an SOI ranks first.
    assert set(top["members"].split("; ")) == {"x", "y", "z"} and top["cohort_id"] == "C01"
    assert top["children"] == "y" and top["soi_members"] == "z"
    assert top["score_children"] > 0 and top["score_soi"] > 0 and other["score_children"] == 0
    assert top["score_recency"] == pytest.approx(1.0) and other["score_recency"] < 0.01
    assert top["density"] == 1.0 and top["reports"] == 2
    assert top["first_activity"] == pd.Timestamp("2024-06-01")
    assert top["last_activity"] == pd.Timestamp("2024-06-02")
    assert "Xavier Quill" in top["member_names"]
    assert len(top["hubs"].split("; ")) == 3

    assigned = assign_cohorts(subj, cohorts)
    by_id = dict(zip(assigned["subject_id"], assigned["cohort_id"]))
    assert by_id["x"] == "C01" and by_id["a"] == "C02"
    assert list(assigned.columns) == list(subj.columns) and len(assigned) == len(subj)
    assert subj["cohort_id"].eq("").all()  # input untouched
    assert sorted(cohort_members(cohorts, "C02")) == ["a", "b", "c"]
    with pytest.raises(ValueError):
        cohort_members(cohorts, "C99")


def test_growth_rewards_activity_rising_in_the_latest_period():
    # Same shape; one group busy 3-4 months before the latest report then quiet, the other
    # busy in the last 90 days.
    falling = ["2024-06-10", "2024-06-11", "2024-07-01", "2024-07-02", "2024-10-01"]
    rising = ["2024-09-10", "2024-09-11", "2024-10-12", "2024-10-13"]
    reports = {i: ["a", "b", "c"] for i in range(len(falling))}
    reports.update({10 + i: ["x", "y", "z"] for i in range(len(rising))})
    dates = {i: d for i, d in enumerate(falling)} | {10 + i: d for i, d in enumerate(rising)}
    cohorts = detect_cohorts(build_graph(*frames(reports, dates=dates)), Settings())
    up = cohorts[cohorts["members"].str.contains("x")].iloc[0]
    down = cohorts[cohorts["members"].str.contains("a")].iloc[0]
    assert up["recent_reports"] == 4 and up["score_growth"] == 1.0
    assert down["recent_reports"] == 1 and down["score_growth"] == pytest.approx(-0.75)
    assert up["cohort_id"] == "C01" and up["score"] > down["score"]


def test_report_nodes_do_not_change_cohorts():
    reports, _ = planted(seed=2)
    subj, men, rep = frames(reports)
    plain = detect_cohorts(build_graph(subj, men, rep), Settings())
    bipartite = detect_cohorts(build_graph(subj, men, rep, include_reports=True), Settings())
    pd.testing.assert_frame_equal(plain, bipartite)
