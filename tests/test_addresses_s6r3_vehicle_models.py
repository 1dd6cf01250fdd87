"""Round 3: a mark typed in lower case is trusted after a model or make shorthand officers use
("rr sport", "RRS", "crafter", "evoque"), as it already is after "range rover" or "golf"."""

from scanassist_core.extract._identifiers import _find_vehicles


def _marks(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.attrs.get("make", "")) for f in _find_vehicles(text)]


def test_range_rover_shorthand_before_a_lower_case_mark() -> None:
    assert _marks("obs 1500-1700. rr sport po67rfk arr 1540, subject out with female. Nothing further.") == [("po67rfk", "Land Rover")]
    assert _marks("Target left in the RRS lr19 xyz at 1400 towards Town.") == [("lr19 xyz", "Land Rover")]
    assert _marks("black evoque ab68 cde on the drive again, no one home. Back later.") == [("ab68 cde", "Land Rover")]


def test_van_models_before_a_lower_case_mark() -> None:
    assert _marks("white crafter yf19 kxa parked up outside unit 4 with rear doors open. Logged.") == [("yf19 kxa", "Volkswagen")]
    assert _marks("He now drives a silver berlingo ke18 lmn for work. Checked PNC.") == [("ke18 lmn", "Citroen")]


def test_shorthand_alone_is_no_mark() -> None:
    assert _marks("rr sport seen again outside, no reg obtained. Will try later.") == []
