"""The raw store under DATA/raw: fetched articles, cached extraction results, feed validators.

One JSON file per article (and per article's extraction), each written atomically, so a crash
never leaves a half-written file and the processed tables can be rebuilt without fetching.
"""
from __future__ import annotations

import json
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any
from collections.abc import Iterator

from extractors.mention_json import mention_from_dict, mention_to_dict
from extractors.records import Article, MeetingMention


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write a file so readers see the old content or the new, never a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_json(path: Path, data: Any) -> None:
    atomic_write_bytes(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))


def _article_to_dict(article: Article) -> dict[str, Any]:
    return {
        "article_id": article.article_id, "url": article.url, "source": article.source,
        "title": article.title,
        "published_at": article.published_at.isoformat() if article.published_at else None,
        "fetched_at": article.fetched_at.isoformat(), "text": article.text,
    }


def _article_from_dict(data: dict[str, Any]) -> Article:
    published = data.get("published_at")
    return Article(
        article_id=data["article_id"], url=data["url"], source=data["source"],
        title=data["title"],
        published_at=datetime.fromisoformat(published) if published else None,
        fetched_at=datetime.fromisoformat(data["fetched_at"]), text=data["text"],
    )


class RawStore:
    """DATA/raw/articles/<id>.json, DATA/raw/extractions/<id>.json, DATA/raw/feeds.json."""

    def __init__(self, data_dir: str | Path) -> None:
        self.root = Path(data_dir) / "raw"
        self.articles_dir = self.root / "articles"
        self.extractions_dir = self.root / "extractions"
        self.feeds_file = self.root / "feeds.json"

    def has_article(self, article_id: str) -> bool:
        return (self.articles_dir / f"{article_id}.json").exists()

    def save_article(self, article: Article) -> None:
        _write_json(self.articles_dir / f"{article.article_id}.json", _article_to_dict(article))

    def load_article(self, article_id: str) -> Article:
        path = self.articles_dir / f"{article_id}.json"
        return _article_from_dict(json.loads(path.read_text(encoding="utf-8")))

    def article_ids(self) -> list[str]:
        """Ids of all stored articles, sorted (so every rebuild reads them in one order)."""
        if not self.articles_dir.exists():
            return []
        return sorted(p.stem for p in self.articles_dir.glob("*.json"))

    def articles(self) -> Iterator[Article]:
        for article_id in self.article_ids():
            yield self.load_article(article_id)

    def save_mentions(self, article_id: str, version: str,
                      mentions: list[MeetingMention]) -> None:
        _write_json(self.extractions_dir / f"{article_id}.json",
                    {"extractor_version": version,
                     "mentions": [mention_to_dict(m) for m in mentions]})

    def load_mentions(self, article_id: str, version: str | None = None
                      ) -> list[MeetingMention] | None:
        """Cached mentions of an article; None when absent or made by another version."""
        path = self.extractions_dir / f"{article_id}.json"
        if not path.exists():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        if version is not None and data.get("extractor_version") != version:
            return None
        return [mention_from_dict(m) for m in data["mentions"]]

    def feed_validators(self, location: str) -> dict[str, str]:
        """ETag / Last-Modified remembered for a feed URL (for conditional GET)."""
        if not self.feeds_file.exists():
            return {}
        return json.loads(self.feeds_file.read_text(encoding="utf-8")).get(location, {})

    def remember_feed_validators(self, validators: dict[str, dict[str, str]]) -> None:
        """Merge feed URL -> {etag, last_modified} into the store."""
        if not validators:
            return
        current = (json.loads(self.feeds_file.read_text(encoding="utf-8"))
                   if self.feeds_file.exists() else {})
        current.update(validators)
        _write_json(self.feeds_file, current)
