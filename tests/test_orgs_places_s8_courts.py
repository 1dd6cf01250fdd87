"""Police notes drop "Court" after Magistrates ("court Derry Magistrates tomorrow", "remanded to
Wrexham Magistrates'"): the town and the word are the court, a body, not the town alone."""

from scanassist_core.extract._orgs_places import find_orgs_places


def found(text: str, kind: str = "ORGANISATION") -> list[str]:
    return [f.text for f in find_orgs_places(text) if f.type == kind]


def test_magistrates_without_court():
    assert "Derry Magistrates" in found("Charged with two burglaries, court Derry Magistrates tomorrow am.")
    assert "Wrexham Magistrates" in found("He was remanded to Wrexham Magistrates' on Monday, bail refused.")
    assert "Leeds Magistrates Court" in found("Appeared at Leeds Magistrates Court today and pleaded not guilty.")


def test_the_magistrates_alone_are_no_body():
    assert found("The Magistrates gave him a conditional discharge and costs.") == []
