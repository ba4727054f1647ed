"""RSS 2.0 / Atom / RDF feeds to entries, via feedparser (which tolerates most broken XML)."""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import parse_qsl, urlencode, urljoin, urlparse, urlunparse
from zoneinfo import ZoneInfo

import feedparser
import lxml.html

KST = ZoneInfo("Asia/Seoul")
# An entry whose own content is at least this long is taken as the article body; shorter
# entries carry a teaser and the page is fetched.
FULL_TEXT_MIN_CHARS = 400
_TRACKING_PARAMS = ("utm_", "fbclid", "gclid")
# feedparser flags these but reads the feed fine: a missing/odd Content-Type, a charset the
# document overrides.
_BENIGN = (feedparser.NonXMLContentType, feedparser.CharacterEncodingOverride)


class FeedError(ValueError):
    """The bytes are not a feed feedparser can read any entry from."""


@dataclass(frozen=True)
class FeedEntry:
    """One feed item: where the article is, what the feed says about it."""

    link: str | None
    title: str
    summary: str
    content: str
    published_at: datetime | None

    @property
    def has_full_text(self) -> bool:
        return len(self.content) >= FULL_TEXT_MIN_CHARS


@dataclass(frozen=True)
class ParsedFeed:
    entries: list[FeedEntry]
    warning: str | None = None


def canonical_url(url: str) -> str:
    """The URL an article is known by: no fragment, no tracking parameters."""
    parts = urlparse(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith(_TRACKING_PARAMS)]
    return urlunparse(parts._replace(query=urlencode(query), fragment=""))


def html_to_text(fragment: str) -> str:
    """Visible text of an HTML fragment (feed summaries and content carry markup)."""
    if not fragment or not fragment.strip():
        return ""
    if "<" not in fragment:
        return fragment.strip()
    try:
        return " ".join(lxml.html.fromstring(fragment).text_content().split())
    except (lxml.etree.ParserError, ValueError):
        return fragment.strip()


def _entry_time(entry: feedparser.FeedParserDict) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc).astimezone(KST)


def parse_feed(data: bytes, base: str, content_type: str | None = None) -> ParsedFeed:
    """Parse feed bytes; relative links are resolved against `base` (the feed's URL).

    Raises FeedError when nothing usable comes out; a feed that is malformed but still yields
    entries is returned with a warning.
    """
    # Links are resolved here, not by feedparser, which mangles file:// bases.
    parsed = feedparser.parse(data, response_headers={"content-type": content_type}
                              if content_type else None)
    exception = parsed.get("bozo_exception")
    problem = (str(exception) if parsed.get("bozo") and not isinstance(exception, _BENIGN)
               else None)
    if not parsed.entries:
        if problem:
            raise FeedError(f"malformed feed XML ({problem[:80]})")
        if not parsed.get("version"):
            raise FeedError("not an RSS/Atom/RDF feed")
    entries = []
    for entry in parsed.entries:
        link = entry.get("link")
        content = " ".join(c.get("value", "") for c in entry.get("content", []))
        entries.append(FeedEntry(
            link=canonical_url(urljoin(base, link)) if link else None,
            title=html_to_text(entry.get("title", "")),
            summary=html_to_text(entry.get("summary", "")),
            content=html_to_text(content),
            published_at=_entry_time(entry),
        ))
    warning = f"feed XML is malformed, read {len(entries)} entries anyway" if problem else None
    return ParsedFeed(entries, warning)
