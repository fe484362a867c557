"""Sends the notifier's emails through an SMTP server (Mailpit locally)."""

from email.message import EmailMessage
from email.utils import formatdate, make_msgid

import aiosmtplib

from notifier.domain.model import Email
from notifier.ports import MailNotSent, MailRefused
from notifier.settings import NotifierSettings


class SmtpMailSender:
    def __init__(self, settings: NotifierSettings) -> None:
        self.settings = settings

    async def send(self, email: Email) -> None:
        message = self._message(email)
        password = self.settings.smtp_password
        try:
            await aiosmtplib.send(
                message,
                hostname=self.settings.smtp_host,
                port=self.settings.smtp_port,
                username=self.settings.smtp_username,
                password=password.get_secret_value() if password else None,
                start_tls=self.settings.smtp_starttls,
                timeout=30,
            )
        except aiosmtplib.SMTPRecipientsRefused as exc:
            permanent = all(500 <= refused.code < 600 for refused in exc.recipients)
            failure = MailRefused if permanent else MailNotSent
            raise failure(describe_failure(exc)) from exc
        except (aiosmtplib.SMTPException, OSError) as exc:
            raise MailNotSent(describe_failure(exc)) from exc

    def _message(self, email: Email) -> EmailMessage:
        message = EmailMessage()
        message["From"] = self.settings.mail_from
        message["To"] = email.to
        message["Subject"] = email.subject
        message["Date"] = formatdate(localtime=False, usegmt=True)
        message["Message-ID"] = make_msgid(domain=_sender_domain(self.settings.mail_from))
        message.set_content(email.text, charset="utf-8")
        message.add_alternative(email.html, subtype="html", charset="utf-8")
        return message


def describe_failure(exc: Exception) -> str:
    # A server's reply often quotes the refused address; the reason ends up in the log, where
    # staff members are named by id only, so only the reply codes are kept.
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        codes = sorted({refused.code for refused in exc.recipients})
        return f"SMTPRecipientsRefused: reply codes {codes}"
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        return f"{type(exc).__name__}: reply code {exc.code}"
    return f"{type(exc).__name__}: {exc}"


def _sender_domain(mail_from: str) -> str:
    # make_msgid would otherwise use this machine's host name, which says nothing useful.
    return mail_from.rpartition("@")[2].rstrip(">").strip() or "personal-pages.example"
