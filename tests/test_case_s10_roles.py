"""Case-less notes (session 10): police role shorthand ("dvr", "pass") opening a line before a
name, and a vehicle noun before its registration mark, stay outside the name."""

from __future__ import annotations

import pytest

from _case_helpers import persons as _persons


@pytest.mark.parametrize(
    "text",
    [
        "van nx18gty stopped on the bypass, no insurance, seized. dvr nowak t - says van is the company's",
        "rtc on the ring road 2200. pass okafor taken to hospital with a neck injury, dvr arrested",
    ],
)
def test_role_shorthand_and_a_van_before_its_mark_stay_out_of_names(ex, text: str) -> None:
    found = _persons(ex, text)
    assert not any(p.startswith(("dvr", "pass", "van")) for p in found)
