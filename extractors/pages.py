"""Article pages to title, body and date (trafilatura), and the plain-text article format."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

import trafilatura

from extractors.feeds import KST

# Below this many characters of main text a page is a stub, an error page or a gallery.
MIN_BODY_CHARS = 80
_PLAIN_DATE = re.compile(r"^\s*(\d{4})[-.](\d{2})[-.](\d{2})\s+(\d{1,2}):(\d{2})\s*$")


class NoBodyError(ValueError):
    """The page holds no article text."""


@dataclass(frozen=True)
class PageContent:
    title: str | None
    text: str
    published_at: datetime | None


def _page_date(value: str | None) -> datetime | None:
    """trafilatura's 'YYYY-MM-DD' as midnight KST (the page gives a day, not a time)."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value[:10]).replace(tzinfo=KST)
    except ValueError:
        return None


def _extract(html: str, url: str | None, **mode: bool):
    return trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                       include_tables=False, **mode)


def extract_page(html: str, url: str | None = None) -> PageContent:
    """Main text, title and date of an article page; NoBodyError when there is no article.

    Precision mode first: it keeps paragraphs apart and drops bylines; recall mode is the
    fallback for pages where precision finds too little.
    """
    text, document = "", None
    for mode in ({"favor_precision": True}, {"favor_recall": True}):
        document = _extract(html, url, **mode)
        text = (getattr(document, "text", None) or "").strip() if document else ""
        if len(text) >= MIN_BODY_CHARS:
            break
    title = (getattr(document, "title", None) or "").strip() or None
    for separator in ("\n", " "):
        if title and text.startswith(title + separator):
            text = text[len(title) + 1:].lstrip()  # the headline is kept apart, not twice
    if len(text) < MIN_BODY_CHARS:
        raise NoBodyError("page has no article body")
    return PageContent(
        title=title,
        text=text,
        published_at=_page_date(getattr(document, "date", None)),
    )


def looks_like_html(text: str) -> bool:
    """True when a file's text is markup rather than a plain article."""
    head = text.lstrip()[:1000].lower()
    return head.startswith("<") and ("<html" in head or "<!doctype" in head or "<body" in head
                                     or "<head" in head or "<article" in head)


def parse_plain_article(text: str) -> tuple[str, datetime | None, str]:
    """Split a plain article into (title, published_at, body).

    The seed format: line 1 the headline, line 2 "YYYY-MM-DD HH:MM" in KST, then the body.
    Without that date line the first line is still the title.
    """
    lines = text.strip("\ufeff\n").split("\n")
    title = lines[0].strip() if lines else ""
    if len(lines) > 1 and (match := _PLAIN_DATE.match(lines[1])):
        year, month, day, hour, minute = map(int, match.groups())
        return title, datetime(year, month, day, hour, minute, tzinfo=KST), "\n".join(lines[2:])
    return title, None, "\n".join(lines[1:])


def parse_date_argument(value: str) -> datetime:
    """A --published value: ISO date or datetime; without a zone it is KST."""
    value = value.strip()
    if match := _PLAIN_DATE.match(value):
        year, month, day, hour, minute = map(int, match.groups())
        return datetime(year, month, day, hour, minute, tzinfo=KST)
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=KST)
