"""Person resolution (session 5): a shouted export's SURNAME FORENAME and a note's forename first."""

from __future__ import annotations

import pandas as pd

from scanassist_core.resolve import resolve

from _person_frames import person_mentions, report_frame


def groups(texts: dict[int, str], names: dict[int, list[str]], attrs: dict | None = None) -> list[str]:
    m = person_mentions(texts, names, attrs)
    r = report_frame(texts, date_of=lambda rid: pd.Timestamp("2025-03-01") + pd.Timedelta(days=rid))
    _, out = resolve(m, r)
    return out["subject_id"].tolist()


def test_capitals_export_takes_the_order_written_in_prose() -> None:
    t = {
        1: "callum stewart seen at the services again with a holdall",
        2: "NOMINAL: STEWART CALLUM  ADDR: 3/2 50 HIGH STREET, LOCHEE  VEH SN17DKP",
    }
    a, b = groups(t, {1: ["callum stewart"], 2: ["STEWART CALLUM"]})
    assert a == b


def test_capitals_in_the_prose_order_stay_as_written() -> None:
    # both orders of two forenames written in capitals only: nothing says the two are one person
    t = {1: "SUBJECT ALI HASSAN STOPPED ON COVENTRY ROAD", 2: "ASSOCIATE HASSAN ALI SEEN AT THE GARAGE"}
    a, b = groups(t, {1: ["ALI HASSAN"], 2: ["HASSAN ALI"]})
    assert a != b


def test_prose_order_does_not_override_a_different_date_of_birth() -> None:
    t = {
        1: "rhys pritchard dob 01/02/1999 stopped in town",
        2: "PRITCHARD RHYS DOB 14/11/1972 ARRESTED FOR THEFT",
    }
    attrs = {(1, "rhys pritchard"): {"dob": "1999-02-01"}, (2, "PRITCHARD RHYS"): {"dob": "1972-11-14"}}
    a, b = groups(t, {1: ["rhys pritchard"], 2: ["PRITCHARD RHYS"]}, attrs)
    assert a != b
