"""Which feeds to read: a YAML sources file, --feed arguments, or the bundled samples."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import yaml

SAMPLES_DIR = Path(__file__).resolve().parent.parent / "data" / "raw" / "samples"


@dataclass(frozen=True)
class FeedSource:
    """A feed to read: a name for the articles table's `source`, and where the feed lives."""

    name: str
    location: str


class SourcesError(ValueError):
    """The sources file is not a list of feeds with a name and a url each."""


def load_sources(path: str | Path) -> list[FeedSource]:
    """Read a sources YAML file: `feeds: [{name: ..., url: ...}, ...]`.

    Relative local paths in the file are resolved against the file's folder so a sources file
    can sit next to the feeds it lists.
    """
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise SourcesError(f"{path}: not valid YAML ({exc})") from exc
    feeds = data.get("feeds") if isinstance(data, dict) else None
    if not isinstance(feeds, list) or not feeds:
        raise SourcesError(f"{path}: expected a non-empty 'feeds' list")
    sources: list[FeedSource] = []
    for i, item in enumerate(feeds):
        if not isinstance(item, dict) or not item.get("url") or not item.get("name"):
            raise SourcesError(f"{path}: feeds[{i}] needs 'name' and 'url'")
        location = str(item["url"]).strip()
        if not is_remote(location) and not location.startswith("file:"):
            location = str((path.parent / location).resolve())
        sources.append(FeedSource(name=str(item["name"]).strip(), location=location))
    return sources


def is_remote(location: str) -> bool:
    """True for http(s) URLs, the only network scheme the pipeline fetches."""
    return urlparse(location).scheme in ("http", "https")


def source_for_argument(location: str) -> FeedSource:
    """A FeedSource for a --feed argument, named after its host (URL) or file stem (path)."""
    if is_remote(location):
        return FeedSource(name=urlparse(location).hostname or location, location=location)
    path = Path(location[len("file://"):] if location.startswith("file://") else location)
    return FeedSource(name=path.stem, location=str(path.resolve()))


def bundled_sources() -> list[FeedSource]:
    """The sample feeds shipped in data/raw/samples (the offline default run)."""
    return load_sources(SAMPLES_DIR / "sources.yaml")
