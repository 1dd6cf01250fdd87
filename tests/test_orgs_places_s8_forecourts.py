"""Fuel drive-off (MOWP) reports name a filling station by brand and road or site ("BP Thorne
Road", "Jet Bawtry Road services", "Esso Whitchurch forecourt"): one station, a body, with no
place of its own inside; a brand before a bare town is left as the brand and the town."""

from scanassist_core.extract._filters import blocked_spans
from scanassist_core.extract._orgs_places import find_orgs_places


def found(text: str, kind: str = "ORGANISATION") -> list[str]:
    return [f.text for f in find_orgs_places(text) if f.type == kind]


def test_brand_and_road_is_the_station():
    text = "MOP fuel BP Sandy Lane Chester £96.40 diesel, VRM from the forecourt camera."
    assert "BP Sandy Lane" in found(text)
    assert "Sandy Lane" not in found(text, "LOCATION")
    assert "Chester" in found(text, "LOCATION")
    assert "BP Thorne Road" in found("Linked to two other drive-offs at BP Thorne Road last month.")


def test_brand_and_site_before_a_forecourt_word():
    assert "Jet Bawtry Road" in found("MOWP - Jet Bawtry Road services, Doncaster. Silver 308 again.")
    assert "Esso Balby Service Station" in found("Fuel drive off - Esso Balby Service Station, Doncaster, £98.40.")
    text = "Making off without payment - Esso Whitchurch garage, Nantwich Road, 1211 hrs."
    assert "Esso Whitchurch" in found(text)
    assert not any(text[s:e] == " " and text[s - 4:s] == "Esso" for s, e in blocked_spans(text))


def test_brand_before_a_bare_town_stays_apart():
    text = "Drive-offs at Shell Sleaford and Esso Holbeach last week, same red Astra."
    assert "Shell Sleaford" not in found(text) and "Esso Holbeach" not in found(text)
    assert "Sleaford" in found(text, "LOCATION")


def test_night_time_economy_is_no_part_of_a_name():
    for text in ("NTE Leeds - Call Lane. Spiking report from a female student.",
                 "Quick one for the Whitby NTE briefing tonight.", "xmas nte ops swansea wind st, all quiet"):
        spans = blocked_spans(text)
        assert any(text[s:e].lower() == "nte" for s, e in spans)
    assert not any(text[s:e] == "nte" for text in ["the maintenance team"] for s, e in blocked_spans(text))
