"""The records that pass between the library's rooms: an article in, meeting mentions out."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
import datetime as dt

STATUSES = ("occurred", "planned", "cancelled", "denied")
MODES = ("in_person", "phone", "video")
PRECISIONS = ("day", "month", "year")


def article_id_for(url: str) -> str:
    """Stable id of an article: the same URL is the same article in every run."""
    return hashlib.sha1(url.strip().encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Article:
    """One stored news article, as the articles table holds it."""

    article_id: str
    url: str
    source: str
    title: str
    published_at: dt.datetime | None
    fetched_at: dt.datetime
    text: str


@dataclass(frozen=True)
class Participant:
    """A person in a meeting: canonical name plus what the article wrote."""

    name: str
    surface: str
    organization: str | None = None
    title: str | None = None
    person_id: str | None = None


@dataclass
class MeetingMention:
    """One meeting as one article sentence reports it (before consolidation across articles)."""

    participants: tuple[Participant, ...]
    status: str = "occurred"
    mode: str = "in_person"
    date: dt.date | None = None
    date_precision: str | None = None
    location: str | None = None
    photo_op: bool = False
    confidence: float = 0.5
    sentence: str = ""
    char_start: int = 0
    char_end: int = 0
    cues: tuple[str, ...] = field(default_factory=tuple)

    @property
    def names(self) -> frozenset[str]:
        return frozenset(p.name for p in self.participants)
