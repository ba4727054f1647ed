"""`hoedong eval --through-run`: the gold sets scored the way a held-out judge scores them.

A set's articles are served as web pages behind a local RSS feed, `hoedong run` reads the feed
into a fresh data folder in its own process, and each article is scored on the meetings its
mentions point to in the parquet tables, so fetching, page parsing, consolidation and the tables
are under test as well as the extractor.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from extractors.bench_corpus import BenchArticle
from extractors.dates import parse_published
from extractors.evaluation import Extractor, GoldArticle
from extractors.records import MeetingMention
from extractors.tables import meetings_by_url
from flows.benchmark import serve_corpus


def through_run(articles: list[GoldArticle]) -> Extractor:
    """Run the pipeline over `articles`; an extractor that answers from the tables it wrote."""
    pages = [BenchArticle(f"g{k:05d}", a.title, parse_published(a.published),
                          tuple(line for line in a.text.split("\n")[1:] if line.strip()))
             for k, a in enumerate(articles)]
    with serve_corpus(pages) as feed_url, tempfile.TemporaryDirectory(prefix="hoedong-eval-") as data:
        subprocess.run([sys.executable, "-m", "flows.cli", "run", "--feed", feed_url, "--data-dir", data],
                       check=True, stdout=subprocess.DEVNULL)
        found = meetings_by_url(Path(data) / "processed")
    base = feed_url.rsplit("/", 1)[0]
    by_text: dict[str, list[MeetingMention]] = {
        a.text: found.get(f"{base}/news/{page.slug}.html", []) for a, page in zip(articles, pages)}

    def from_tables(text: str, published: str | None) -> list[MeetingMention]:
        return by_text[text]
    return from_tables
