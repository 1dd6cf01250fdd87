"""Organisations (session 10): a traditional pub named "The <noun> and <noun>" with a capital "The"
needs only one pub noun of the two ("The Horse and Jockey", "The Crown and Sceptre", "The Lamb and
Lark"); a name or a body after "and" is a second mention, not part of the pub."""

from __future__ import annotations

import pytest


def _orgs(ex, text: str) -> set[str]:
    return {f.text for f in ex.extract_text(text) if f.type == "ORGANISATION"}


@pytest.mark.parametrize(
    ("text", "pub"),
    [
        ("Pubwatch visit. The Horse and Jockey licensee reports a male banned until June.", "The Horse and Jockey"),
        ("Fight outside The Crown and Sceptre on Friday, two males arrested.", "The Crown and Sceptre"),
        ("Girls seen drinking in The Lamb and Lark with older males most weekends.", "The Lamb and Lark"),
    ],
)
def test_one_pub_noun_and_a_noun_after_the_make_a_pub(ex, text: str, pub: str) -> None:
    assert pub in _orgs(ex, text)


def test_a_name_or_a_body_after_and_is_no_part_of_the_pub(ex) -> None:
    found = _orgs(ex, "He drank at The Lion and then went to The Bell and Tesco after.")
    assert not any(" and " in o for o in found)
