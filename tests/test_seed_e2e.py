"""The seed article served as a web page behind an RSS feed: the meetings the gold file lists.

Skips when the shared folder (../shared next to the checkout) is absent.
"""
from __future__ import annotations

import html
import json
from itertools import combinations

import pandas as pd
import pytest

from flows.cli import main
from tests.conftest import REPO, rss

SEEDS = REPO.parent / "shared" / "seeds"
SEED = SEEDS / "000_9165b83571597b26.txt"
GOLD = SEEDS / "000_9165b83571597b26.gold.json"

pytestmark = pytest.mark.skipif(not SEED.exists() or not GOLD.exists(),
                                reason="../shared/seeds is not available")


def key(name: str) -> str:
    return "".join(name.split())


def seed_page() -> tuple[str, str]:
    """The seed as an HTML page, and its RFC 822 publication time (KST)."""
    title, published, *body = SEED.read_text(encoding="utf-8").splitlines()
    day, time = published.split()
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in body if line.strip())
    page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}'
            f'</title><meta property="article:published_time" content="{day}T{time}:00+09:00">'
            f"</head><body><nav><a href='/'>홈</a></nav><article><h1>{html.escape(title)}</h1>"
            f"{paragraphs}</article></body></html>")
    rfc822 = pd.Timestamp(f"{day} {time}").strftime("%a, %d %b %Y %H:%M:00 +0900")
    return page, rfc822


def gold_pairs() -> tuple[set[frozenset[str]], dict[str, str]]:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    canonical: dict[str, str] = {}
    pairs = set()
    for meeting in gold["meetings"]:
        names = []
        for person in meeting["participants"]:
            for alias in [person["name"], *person.get("aliases", [])]:
                canonical[key(alias)] = person["name"]
            names.append(person["name"])
        pairs |= {frozenset(p) for p in combinations(names, 2)}
    return pairs, canonical


def test_seed_meetings_found(prefect_harness, http_server, tmp_path, capsys):
    page, published = seed_page()
    http_server.serve("/seed.html", page)
    feed = rss([{"title": "대기업 총수들", "link": http_server.url("/seed.html"),
                 "pubDate": published}])
    http_server.serve("/rss.xml", feed, "application/rss+xml")
    assert main(["run", "--feed", http_server.url("/rss.xml"), "--data-dir", str(tmp_path)]) == 0
    capsys.readouterr()
    processed = tmp_path / "processed"
    meetings = pd.read_parquet(processed / "meetings.parquet")
    participants = pd.read_parquet(processed / "participants.parquet")
    occurred = meetings[(meetings.status == "occurred") & (meetings["mode"] == "in_person")]
    expected, canonical = gold_pairs()
    found = set()
    for meeting_id in occurred.meeting_id:
        names = participants.loc[participants.meeting_id == meeting_id, "name"]
        people = {canonical.get(key(n), n) for n in names}
        found |= {frozenset(p) for p in combinations(sorted(people), 2)}
    assert len(expected) == 13
    assert len(found & expected) >= 10, f"found only {sorted(map(sorted, found & expected))}"
    assert not found - expected, f"pairs not in the gold: {sorted(map(sorted, found - expected))}"
