import aiosmtplib

from notifier.adapters.smtp import describe_failure


def test_a_refused_recipient_is_described_without_the_address():
    refused = aiosmtplib.SMTPRecipientRefused(550, "5.1.1 <staff@ocmw.example> unknown", "x@y")

    reason = describe_failure(aiosmtplib.SMTPRecipientsRefused([refused]))

    assert reason == "SMTPRecipientsRefused: reply codes [550]"
    assert "@" not in reason


def test_a_connection_failure_keeps_its_message():
    reason = describe_failure(ConnectionRefusedError(111, "Connection refused"))

    assert reason == "ConnectionRefusedError: [Errno 111] Connection refused"


async def test_a_permanent_refusal_is_told_apart_from_a_passing_failure(monkeypatch):
    import pytest

    from notifier.adapters.smtp import SmtpMailSender
    from notifier.domain.model import Email
    from notifier.ports import MailNotSent, MailRefused
    from notifier.settings import NotifierSettings

    email = Email(to="staff@ocmw.example", subject="s", text="t", html="<p>t</p>")
    sender = SmtpMailSender(NotifierSettings())

    for code, expected in ((550, MailRefused), (451, MailNotSent)):
        refused = aiosmtplib.SMTPRecipientRefused(code, "no", email.to)

        async def refuse(*args, error=refused, **kwargs):
            raise aiosmtplib.SMTPRecipientsRefused([error])

        monkeypatch.setattr(aiosmtplib, "send", refuse)
        with pytest.raises(MailNotSent) as caught:
            await sender.send(email)
        assert type(caught.value) is expected
