"""Session 8: a phone's contact list. The owner's word beside a contact's name ("Sam Boss", "Milo
cuz", "Coach Steve", "Kyle New") says what the person is to them; the person is the name. Only
in a contact entry (after 'saved as'/'contacts' or before a number), so a quoted full name in a
statement stays whole. Examples are our own wording."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts


@pytest.mark.parametrize(
    "text, name, entry",
    [
        ('One handset has a contact saved as "Sam Boss" = 07700 900640.', "Sam", "Sam Boss"),
        ('Phone download: contacts "Milo cuz" 07700 900 019 and "Mum".', "Milo", "Milo cuz"),
        ('Contacts include "Coach Steve" 07700 900 167 (Steven ORMEROD?).', "Steve", "Coach Steve"),
        ('Seized Nokia: "Kyle New" 07700 900 112 and "Dan 2" 07700 900 113.', "Kyle", "Kyle New"),
    ],
)
def test_a_contact_tag_stays_outside_the_name(ex, text, name, entry):
    found = person_texts(ex, text)
    assert name in found and entry not in found


def test_a_quoted_full_name_in_a_statement_stays_whole(ex):
    assert "Jordan Old" in person_texts(ex, 'She named the lad as "Jordan Old" and said he lives nearby.')
