import base64
from datetime import UTC, datetime, timedelta

import pytest
from signin import accounts, attempts, factors, passwords, totp
from signin.attempts import Outcome
from signin.lockout import LockoutPolicy

RFC_SECRET = base64.b32encode(b"12345678901234567890").decode()


@pytest.mark.parametrize(
    ("seconds", "code"), [(59, "287082"), (1111111109, "081804"), (2000000000, "279037")]
)
def test_codes_match_the_rfc_6238_examples(seconds, code):
    assert totp.code_for_step(RFC_SECRET, seconds // 30) == code


def test_a_code_passes_once_and_its_replay_is_refused():
    moment = datetime(2026, 12, 4, 10, 0, 7, tzinfo=UTC)
    code = totp.code_for_step(RFC_SECRET, totp.step_at(moment))

    step = totp.accepted_step(RFC_SECRET, code, moment, last_used_step=-1)

    assert step == totp.step_at(moment)
    assert totp.accepted_step(RFC_SECRET, code, moment, last_used_step=step) is None


def test_the_previous_step_passes_for_clock_drift_but_not_two_steps_back():
    moment = datetime(2026, 12, 4, 10, 0, 7, tzinfo=UTC)
    now = totp.step_at(moment)

    one_back, two_back = (totp.code_for_step(RFC_SECRET, now - n) for n in (1, 2))

    assert totp.accepted_step(RFC_SECRET, one_back, moment, -1)
    assert totp.accepted_step(RFC_SECRET, two_back, moment, -1) is None


@pytest.mark.parametrize("code", ["", "12345", "1234567", "abcdef", "12 34 5x"])
def test_malformed_codes_are_refused(code):
    assert totp.accepted_step(RFC_SECRET, code, datetime.now(UTC), -1) is None


def test_the_provisioning_address_names_issuer_account_and_secret():
    uri = totp.provisioning_uri("ABCD", "an@centre.example", "Personal Pages")

    assert uri.startswith("otpauth://totp/Personal%20Pages%3Aan%40centre.example?")
    assert "secret=ABCD" in uri and "issuer=Personal+Pages" in uri


def test_a_person_without_a_factor_or_with_an_eid_card_never_passes_here():
    moment = datetime.now(UTC)
    assert not factors.check(None, "123456", moment).passed
    assert not factors.check({"kind": "eid"}, "123456", moment).passed


def test_passwords_verify_and_an_unknown_person_never_passes():
    stored = passwords.hash_password("correct horse battery")

    assert passwords.verify(stored, "correct horse battery")
    assert not passwords.verify(stored, "wrong horse battery")
    assert not passwords.verify(None, "correct horse battery")
    assert passwords.problem("short", "short") == "password_short"
    assert passwords.problem("long enough pass", "long enough pasS") == "password_mismatch"


def test_five_failures_lock_for_fifteen_minutes():
    policy, moment, person = LockoutPolicy(), datetime.now(UTC), {"failed_sign_ins": 3}

    assert policy.after_failure(person, moment) == {"failed_sign_ins": 4}
    locked = {**person, **policy.after_failure({"failed_sign_ins": 4}, moment)}

    assert policy.is_locked(locked, moment + timedelta(minutes=14))
    assert not policy.is_locked(locked, moment + timedelta(minutes=16))


class Book:
    def __init__(self, person: dict) -> None:
        self.person = person

    async def who_may_sign_in(self, email):
        return self.person if email == self.person["email"] else None

    async def person_by_token(self, field, digest):
        return self.person if self.person.get(field) == digest else None

    async def remember(self, person_id, fields):
        for name, value in fields.items():
            if name.startswith("second_factor."):
                self.person["second_factor"][name.split(".", 1)[1]] = value
            else:
                self.person[name] = value


async def test_a_locked_person_is_refused_even_with_the_right_password():
    book = Book({"_id": "p1", "email": "a@b.example", "password_hash":
                 passwords.hash_password("right password!"), "second_factor": None})
    policy, moment = LockoutPolicy(), datetime.now(UTC)

    for _ in range(5):
        attempt = await attempts.check_password(book, policy, "a@b.example", "wrong", moment)
        assert attempt.outcome is Outcome.WRONG_PASSWORD

    attempt = await attempts.check_password(book, policy, "A@B.example ", "right password!", moment)
    assert attempt.outcome is Outcome.LOCKED


async def test_the_code_step_remembers_the_step_so_the_same_code_fails_next_time():
    secret = totp.new_secret()
    moment = datetime.now(UTC)
    book = Book({"_id": "p1", "email": "a@b.example",
                 "second_factor": factors.TokenApp.enrolled(secret, -1)})
    code = totp.code_for_step(secret, totp.step_at(moment))

    first = await attempts.check_code(book, LockoutPolicy(), book.person, code, moment)
    again = await attempts.check_code(book, LockoutPolicy(), book.person, code, moment)

    assert first.passed and again.outcome is Outcome.WRONG_CODE
    assert book.person["failed_sign_ins"] == 1


@pytest.mark.parametrize(
    "state",
    [{"active": False}, {"revoked_at": datetime(2024, 1, 1, tzinfo=UTC)}, {"password_hash": "x"}],
)
async def test_a_set_up_link_is_void_without_access_or_once_a_password_is_set(state):
    now = datetime.now(UTC)
    token, fields = accounts.link_token(accounts.SETUP, timedelta(days=1), now)
    book = Book({"_id": "p1", **fields})
    assert await accounts.link_holder(book, accounts.SETUP, token, now) is book.person

    book.person.update(state)

    assert await accounts.link_holder(book, accounts.SETUP, token, now) is None


async def test_a_reset_link_needs_a_factor_and_lasts_its_lifetime():
    now = datetime.now(UTC)
    token, fields = accounts.link_token(accounts.RESET, timedelta(hours=1), now)
    book = Book({"_id": "p1", **fields})
    assert await accounts.link_holder(book, accounts.RESET, token, now) is None

    book.person["second_factor"] = factors.TokenApp.enrolled(totp.new_secret(), -1)

    assert await accounts.link_holder(book, accounts.RESET, token, now) is book.person
    later = now + timedelta(hours=2)
    assert await accounts.link_holder(book, accounts.RESET, token, later) is None


async def test_setting_up_enrols_the_secret_shown_and_uses_the_link():
    now = datetime.now(UTC)
    token, fields = accounts.link_token(accounts.SETUP, timedelta(days=1), now)
    book = Book({"_id": "p1", **fields})
    secret = await accounts.secret_to_enrol(book, book.person)
    assert await accounts.secret_to_enrol(book, book.person) == secret
    code = totp.code_for_step(secret, totp.step_at(now))
    password = "a long enough password"

    wrong = await accounts.complete_setup(book, book.person, password, password, "000000", now)
    done = await accounts.complete_setup(book, book.person, password, password, code, now)

    assert wrong == "code_wrong" and done is None
    assert book.person["second_factor"]["secret"] == secret
    assert book.person["password_set_at"] == now
    assert await accounts.link_holder(book, accounts.SETUP, token, now) is None
