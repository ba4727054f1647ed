from datetime import datetime

import pytest

from extractors.feeds import FeedError, canonical_url, html_to_text, parse_feed
from extractors.feeds import KST
from tests.conftest import rss

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:t</id>
<updated>2025-03-01T00:00:00Z</updated>
<entry><title>A</title><id>urn:a</id><link href="a.html"/>
<updated>2025-03-01T09:00:00+09:00</updated>
<summary>요약</summary></entry></feed>"""

RDF = """<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="http://x/"><title>t</title><link>http://x/</link><description>d</description></channel>
<item rdf:about="http://x/b"><title>B</title><link>http://x/b</link><dc:date>2025-03-02T10:00:00+09:00</dc:date></item>
</rdf:RDF>"""


def test_rss_entries_links_dates():
    feed = parse_feed(rss([
        {"title": "기사", "link": "/news/1?utm_source=rss#top", "description": "<b>요약</b>",
         "pubDate": "Tue, 04 Feb 2025 18:20:00 +0900"},
        {"title": "링크 없음", "description": "x"},
    ]).encode(), "https://news.example.com/rss/economy.xml")
    first, second = feed.entries
    assert first.link == "https://news.example.com/news/1"
    assert first.published_at == datetime(2025, 2, 4, 18, 20, tzinfo=KST)
    assert first.summary == "요약" and not first.has_full_text
    assert second.link is None and second.published_at is None
    assert feed.warning is None


def test_atom_relative_link_against_file_base():
    feed = parse_feed(ATOM.encode(), "file:///srv/feeds/atom.xml")
    assert feed.entries[0].link == "file:///srv/feeds/a.html"
    assert feed.entries[0].published_at == datetime(2025, 3, 1, 9, 0, tzinfo=KST)


def test_rdf_feed():
    feed = parse_feed(RDF.encode(), "http://x/rdf")
    assert [e.link for e in feed.entries] == ["http://x/b"]
    assert feed.entries[0].published_at.hour == 10


def test_full_content_entry():
    body = "이재용 회장이 만났다. " * 40
    xml = ATOM.replace("<summary>요약</summary>",
                       f'<content type="html">&lt;p&gt;{body}&lt;/p&gt;</content>')
    entry = parse_feed(xml.encode(), "http://x/").entries[0]
    assert entry.has_full_text and entry.content.startswith("이재용 회장이")


def test_malformed_xml_raises():
    with pytest.raises(FeedError, match="malformed"):
        parse_feed(b'<?xml version="1.0"?><rss version="2.0"><channel><<<>>>', "http://x/")


def test_html_page_is_not_a_feed():
    with pytest.raises(FeedError):
        parse_feed(b"<html><body><p>hello</p></body></html>", "http://x/")


def test_recoverable_malformed_feed_warns():
    xml = rss([{"title": "A & B", "link": "http://x/1"}])  # bare ampersand: not well-formed
    feed = parse_feed(xml.encode(), "http://x/")
    assert [e.link for e in feed.entries] == ["http://x/1"]
    assert feed.warning and "malformed" in feed.warning


def test_canonical_url_and_html_to_text():
    assert canonical_url(" http://a/b?id=3&utm_medium=x&fbclid=1#c ") == "http://a/b?id=3"
    assert html_to_text("<p>가 <b>나</b></p>") == "가 나"
    assert html_to_text("") == ""
