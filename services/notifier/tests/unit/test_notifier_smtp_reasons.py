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
