"""The four processed tables: explicit pyarrow schemas and atomic parquet writes."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from extractors.consolidation import Consolidated
from extractors.records import Article, MeetingMention, Participant

KST_TS = pa.timestamp("us", tz="Asia/Seoul")
UTC_TS = pa.timestamp("us", tz="UTC")

ARTICLES = pa.schema([
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("url", pa.string(), nullable=False),
    pa.field("source", pa.string()),
    pa.field("title", pa.string()),
    pa.field("published_at", KST_TS),
    pa.field("fetched_at", UTC_TS, nullable=False),
    pa.field("text", pa.string()),
    pa.field("n_meetings", pa.int32()),
])

MEETINGS = pa.schema([
    pa.field("meeting_id", pa.string(), nullable=False),
    pa.field("meeting_date", pa.date32()),
    pa.field("date_precision", pa.string()),
    pa.field("location", pa.string()),
    pa.field("status", pa.string(), nullable=False),
    pa.field("mode", pa.string(), nullable=False),
    pa.field("photo_op", pa.bool_(), nullable=False),
    pa.field("n_articles", pa.int32(), nullable=False),
    pa.field("first_reported_at", KST_TS),
    pa.field("confidence", pa.float64()),
    pa.field("participant_names", pa.list_(pa.string())),
])

PARTICIPANTS = pa.schema([
    pa.field("meeting_id", pa.string(), nullable=False),
    pa.field("name", pa.string(), nullable=False),
    pa.field("surface", pa.string()),
    pa.field("organization", pa.string()),
    pa.field("title", pa.string()),
    pa.field("person_id", pa.string()),
    pa.field("status", pa.string()),
    pa.field("mode", pa.string()),
])

MENTIONS = pa.schema([
    pa.field("meeting_id", pa.string(), nullable=False),
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("url", pa.string()),
    pa.field("sentence", pa.string()),
    pa.field("char_start", pa.int32()),
    pa.field("char_end", pa.int32()),
    pa.field("cues", pa.list_(pa.string())),
    pa.field("confidence", pa.float64()),
])

SCHEMAS: dict[str, pa.Schema] = {
    "articles": ARTICLES, "meetings": MEETINGS,
    "participants": PARTICIPANTS, "mentions": MENTIONS,
}


def article_rows(articles: list[Article], consolidated: Consolidated) -> list[dict[str, Any]]:
    """Rows of the articles table, with how many meetings each article reports."""
    per_article: dict[str, set[str]] = {}
    for row in consolidated.mentions:
        per_article.setdefault(row["article_id"], set()).add(row["meeting_id"])
    rows = [{
        "article_id": a.article_id, "url": a.url, "source": a.source, "title": a.title,
        "published_at": a.published_at, "fetched_at": a.fetched_at, "text": a.text,
        "n_meetings": len(per_article.get(a.article_id, ())),
    } for a in articles]
    return sorted(rows, key=lambda r: r["article_id"])


def build_tables(articles: list[Article], consolidated: Consolidated) -> dict[str, pa.Table]:
    """All four tables, typed by their schemas (a row that does not fit raises here)."""
    rows = {
        "articles": article_rows(articles, consolidated),
        "meetings": consolidated.meetings,
        "participants": consolidated.participants,
        "mentions": consolidated.mentions,
    }
    return {name: pa.Table.from_pylist(rows[name], schema=SCHEMAS[name]) for name in SCHEMAS}


def write_tables(tables: dict[str, pa.Table], processed_dir: str | Path) -> dict[str, Path]:
    """Write each table as DIR/<name>.parquet, atomically.

    Every table goes to a temporary file first; only when all four are written are they moved
    into place (os.replace), so a failure leaves the previous tables untouched.
    """
    processed_dir = Path(processed_dir)
    processed_dir.mkdir(parents=True, exist_ok=True)
    staged: dict[str, Path] = {}
    try:
        for name, table in tables.items():
            tmp = processed_dir / f".{name}.parquet.tmp"
            pq.write_table(table, tmp)
            staged[name] = tmp
        final = {}
        for name, tmp in staged.items():
            final[name] = processed_dir / f"{name}.parquet"
            os.replace(tmp, final[name])
        return final
    finally:
        for tmp in staged.values():
            tmp.unlink(missing_ok=True)


def meetings_by_url(processed_dir: str | Path) -> dict[str, list[MeetingMention]]:
    """The meetings each article's mentions point to, read back from the written tables.

    What an analyst reading the tables sees per article (a consolidated meeting with its date,
    status, mode and photo-op for every article that reports it); `hoedong eval --through-run`
    scores these.
    """
    processed_dir = Path(processed_dir)
    read = {name: pq.read_table(processed_dir / f"{name}.parquet").to_pylist()
            for name in ("meetings", "participants", "mentions")}
    people: dict[str, list[Participant]] = {}
    for row in read["participants"]:
        people.setdefault(row["meeting_id"], []).append(Participant(
            row["name"], row["surface"] or row["name"], row["organization"], row["title"], row["person_id"]))
    meetings = {row["meeting_id"]: MeetingMention(
        participants=tuple(people.get(row["meeting_id"], ())), status=row["status"], mode=row["mode"],
        date=row["meeting_date"], date_precision=row["date_precision"], location=row["location"],
        photo_op=row["photo_op"], confidence=row["confidence"] or 0.0) for row in read["meetings"]}
    ids: dict[str, dict[str, None]] = {}  # per article URL, its meetings in order, once each
    for row in read["mentions"]:
        ids.setdefault(row["url"], {})[row["meeting_id"]] = None
    return {url: [meetings[m] for m in found] for url, found in ids.items()}
