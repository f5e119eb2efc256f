"""Accounts: Argon2 hashes, sign-in, roles and the permission rules."""

import pytest

from gyoryu.accounts.enums import Role
from gyoryu.accounts.rules import allowed
from gyoryu.accounts.service import add_user, authenticate
from gyoryu.directory.service import org_by_key
from gyoryu.errors import GyoryuError


def test_passwords_are_argon2_hashed_and_verified(db):
    user = add_user(db=db, email="Ha.Na@Example.org", password="s3cret-pass", role=Role.organiser)
    assert user.password_hash.startswith("$argon2id$")
    assert "s3cret-pass" not in user.password_hash
    assert authenticate(db=db, email="ha.na@example.org", password="s3cret-pass").id == user.id
    assert authenticate(db=db, email="ha.na@example.org", password="wrong-pass") is None


@pytest.mark.parametrize(("fields", "code"), [
    ({"email": "not-an-email", "password": "long enough"}, "E101"),
    ({"email": "a@b.org", "password": "short"}, "E102"),
    ({"email": "a@b.org", "password": "long enough", "role": Role.member}, "E103"),
])
def test_bad_accounts_are_refused_with_a_reason(db, fields, code):
    with pytest.raises(GyoryuError) as err:
        add_user(db=db, **fields)
    assert err.value.code == code


def test_duplicate_email_is_refused(db):
    add_user(db=db, email="dup@example.org", password="long enough")
    with pytest.raises(GyoryuError) as err:
        add_user(db=db, email="DUP@example.org", password="long enough")
    assert err.value.code == "E104"


def test_members_edit_only_their_own_organisation(db):
    hancom, tencent = org_by_key(db=db, key="hancom"), org_by_key(db=db, key="tencent")
    member = add_user(db=db, email="m@hancom.example", password="long enough", role=Role.member,
                      organization_id=hancom.id)
    organiser = add_user(db=db, email="o@example.org", password="long enough", role=Role.organiser)
    viewer = add_user(db=db, email="v@example.org", password="long enough")
    assert allowed("directory.edit_org", member, hancom)
    assert not allowed("directory.edit_org", member, tencent)
    assert allowed("directory.edit_org", organiser, tencent)
    assert not allowed("directory.edit_org", viewer, hancom)
    assert not allowed("directory.edit_org", None, hancom)
    assert not allowed("directory.import", member)
    assert allowed("accounts.manage", organiser) is False
