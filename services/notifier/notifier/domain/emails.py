"""Every email the notifier sends, as plain text with a simple HTML alternative."""

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

from jinja2 import DictLoader, Environment, StrictUndefined

from contracts.centres import centre_designation
from contracts.events import LinkPurpose
from contracts.values import Language
from notifier.domain.digest_rules import split_listed
from notifier.domain.model import Arrival, Centre, Email, StaffMember
from notifier.domain.wording import WORDING, Wording

_TEMPLATES = {
    "digest.txt": """\
{{ intro }}

{% for item in items %}
- {{ item.label }}
  {{ item.url }}
{% endfor %}
{% if more %}
{{ more }}
{% endif %}

{{ open_inbox }}
{{ inbox_url }}

{{ automatic }}
""",
    "digest.html": """\
<!DOCTYPE html>
<html lang="{{ language }}">
<head><meta charset="utf-8"><title>{{ subject }}</title></head>
<body>
<p>{{ intro }}</p>
<ul>
{% for item in items %}
<li><a href="{{ item.url }}">{{ item.label }}</a></li>
{% endfor %}
</ul>
{% if more %}
<p>{{ more }}</p>
{% endif %}
<p>{{ open_inbox }} <a href="{{ inbox_url }}">{{ inbox_url }}</a></p>
<p><small>{{ automatic }}</small></p>
</body>
</html>
""",
    "invitation.txt": """\
{{ granted }}

{{ setup }}
{{ setup_url }}

{{ expires }}

{{ automatic }}
""",
    "invitation.html": """\
<!DOCTYPE html>
<html lang="{{ language }}">
<head><meta charset="utf-8"><title>{{ subject }}</title></head>
<body>
<p>{{ granted }}</p>
<p>{{ setup }} <a href="{{ setup_url }}">{{ setup_url }}</a></p>
<p>{{ expires }}</p>
<p><small>{{ automatic }}</small></p>
</body>
</html>
""",
    "link.txt": """\
{% for paragraph in paragraphs %}
{{ paragraph }}

{% endfor %}
{{ action }}
{{ link_url }}

{{ expires }}

{{ automatic }}
""",
    "link.html": """\
<!DOCTYPE html>
<html lang="{{ language }}">
<head><meta charset="utf-8"><title>{{ subject }}</title></head>
<body>
{% for paragraph in paragraphs %}
<p>{{ paragraph }}</p>
{% endfor %}
<p>{{ action }} <a href="{{ link_url }}">{{ link_url }}</a></p>
<p>{{ expires }}</p>
<p><small>{{ automatic }}</small></p>
</body>
</html>
""",
}

_OPTIONS = {"loader": DictLoader(_TEMPLATES), "undefined": StrictUndefined}
_TEXT = Environment(autoescape=False, trim_blocks=True, lstrip_blocks=True, **_OPTIONS)
# Centre names come from outside this service: escape them in HTML.
_HTML = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True, **_OPTIONS)


@dataclass(frozen=True)
class ListedDocument:
    label: str
    url: str


def centre_name(centre: Centre | None, refnis_code: str, language: Language) -> str:
    if centre is None:
        return WORDING[language].unknown_centre.format(refnis_code=refnis_code)
    return centre.name_in(language)


def centre_designated(centre: Centre | None, refnis_code: str, language: Language) -> str:
    """ "OCMW Gent", "CPAS de Gand", "ÖSHZ Eupen"; the REFNIS code when the centre is unknown."""
    if centre is None:
        return WORDING[language].unknown_centre.format(refnis_code=refnis_code)
    return centre_designation(centre.name_in(language), language)


def personal_link_url(site_url: str, path: str, token: str) -> str:
    return f"{site_url.rstrip('/')}{path}?token={quote(token, safe='')}"


def compose_digest(
    *, member: StaffMember, centre: str, arrivals: list[Arrival], portal_url: str
) -> Email:
    words = WORDING[member.language]
    portal = portal_url.rstrip("/")
    listed, more = split_listed(arrivals)
    count = len(arrivals)

    subject = _counted(words.digest_subject_one, words.digest_subject_many, count)
    fields = {
        "language": member.language.value,
        "subject": subject,
        "intro": _counted(words.digest_intro_one, words.digest_intro_many, count, centre=centre),
        "items": [_listed(words, arrival, portal) for arrival in listed],
        "more": _counted(words.more_one, words.more_many, more) if more else "",
        "open_inbox": words.open_inbox,
        "inbox_url": f"{portal}/",
        "automatic": words.automatic,
    }
    return _render("digest", member.email, subject, fields)


def compose_invitation(
    *,
    email: str,
    language: Language,
    centre: str,
    setup_token: str,
    expires_at: datetime,
    portal_url: str,
) -> Email:
    words = WORDING[language]
    setup_url = f"{portal_url.rstrip('/')}/setup?token={quote(setup_token, safe='')}"

    subject = words.invitation_subject.format(centre=centre)
    fields = {
        "language": language.value,
        "subject": subject,
        "granted": words.invitation_granted.format(centre=centre),
        "setup": words.invitation_setup,
        "setup_url": setup_url,
        "expires": words.invitation_expires.format(expires=words.at(expires_at)),
        "automatic": words.automatic,
    }
    return _render("invitation", email, subject, fields)


def compose_personal_link(
    *,
    email: str,
    language: Language,
    purpose: LinkPurpose,
    centre: str | None,
    link_url: str,
    expires_at: datetime,
) -> Email:
    words = WORDING[language]
    text = words.links[purpose]
    named = f" ({centre})" if centre else ""

    subject = text.subject.format(centre=named)
    fields = {
        "language": language.value,
        "subject": subject,
        "paragraphs": [paragraph.format(centre=named) for paragraph in text.paragraphs],
        "action": text.action,
        "link_url": link_url,
        "expires": words.invitation_expires.format(expires=words.at(expires_at)),
        "automatic": words.automatic,
    }
    return _render("link", email, subject, fields)


def _counted(one: str, many: str, count: int, **names: str) -> str:
    return (one if count == 1 else many).format(count=count, **names)


def _listed(words: Wording, arrival: Arrival, portal: str) -> ListedDocument:
    label = words.document(arrival.kind, arrival.legislation, arrival.period)
    return ListedDocument(label=label, url=f"{portal}/documents/{arrival.mailbox_document_id}")


def _render(template: str, to: str, subject: str, fields: dict) -> Email:
    text = _TEXT.get_template(f"{template}.txt").render(fields)
    html = _HTML.get_template(f"{template}.html").render(fields)
    return Email(to=to, subject=subject, text=text, html=html)
