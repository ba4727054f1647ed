"""Mentions across articles to meetings: one row per real-world meeting, its people, its sources.

Two mentions are the same meeting when they name the same people with the same status and
mode and their dates agree at the coarser of their precisions; an undated mention joins a
meeting reported within a week of its own article, or stands alone.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from collections.abc import Iterable

from extractors.records import Article, MeetingMention

_RANK = {"day": 0, "month": 1, "year": 2}
UNDATED_WINDOW = timedelta(days=7)


@dataclass(frozen=True)
class Sighting:
    """A mention together with the article that reported it."""

    mention: MeetingMention
    article: Article

    @property
    def reported_at(self) -> datetime:
        return self.article.published_at or self.article.fetched_at

    @property
    def precision(self) -> str:
        return self.mention.date_precision or "day"


@dataclass
class Cluster:
    key: tuple[frozenset[str], str, str]
    members: list[Sighting] = field(default_factory=list)

    @property
    def anchor(self) -> Sighting | None:
        """The most precise dated member (members are added most precise first)."""
        return next((s for s in self.members if s.mention.date), None)


@dataclass
class Consolidated:
    meetings: list[dict[str, Any]]
    participants: list[dict[str, Any]]
    mentions: list[dict[str, Any]]


def dates_agree(a: date, a_precision: str, b: date, b_precision: str) -> bool:
    """Equal at the coarser precision of the two (a day and a month agree in that month)."""
    coarser = max(a_precision or "day", b_precision or "day", key=_RANK.__getitem__)
    if a.year != b.year:
        return False
    if coarser == "year":
        return True
    if a.month != b.month:
        return False
    return coarser == "month" or a.day == b.day


def _sort_key(s: Sighting) -> tuple:
    return (s.reported_at, s.article.article_id, s.mention.char_start, s.mention.char_end)


def cluster_sightings(sightings: Iterable[Sighting]) -> list[Cluster]:
    """Group sightings into meetings (see the module docstring); deterministic order."""
    groups: dict[tuple, list[Sighting]] = {}
    for s in sightings:
        if len(s.mention.names) < 2:
            continue
        key = (s.mention.names, s.mention.status, s.mention.mode)
        groups.setdefault(key, []).append(s)
    clusters: list[Cluster] = []
    for key, members in groups.items():
        dated = sorted((s for s in members if s.mention.date),
                       key=lambda s: (_RANK.get(s.precision, 0), s.mention.date, _sort_key(s)))
        undated = sorted((s for s in members if not s.mention.date), key=_sort_key)
        local: list[Cluster] = []
        for s in dated:
            home = next((c for c in local if dates_agree(
                c.anchor.mention.date, c.anchor.precision, s.mention.date, s.precision)), None)
            if home is None:
                home = Cluster(key)
                local.append(home)
            home.members.append(s)
        for s in undated:
            near = [(min(abs(m.reported_at - s.reported_at) for m in c.members), i)
                    for i, c in enumerate(local)]
            near = [(gap, i) for gap, i in near if gap <= UNDATED_WINDOW]
            if near:
                local[min(near)[1]].members.append(s)
            else:
                local.append(Cluster(key, [s]))
        clusters.extend(local)
    return clusters


def _most_common(values: Iterable[Any]) -> Any:
    """The most frequent non-null value; ties go to the first seen."""
    counts = Counter(v for v in values if v)
    return max(counts, key=counts.__getitem__) if counts else None


def _photo_op(members: list[Sighting]) -> bool:
    """Whether the meeting was a photo-op, as most of the articles reporting it tell it (a tie goes
    to the photo): the articles that name a meeting in passing, years later or in a roundup, say
    nothing of its photos, and a reader of any one report should find what that report shows."""
    shown: dict[str, bool] = {}
    for s in members:
        shown[s.article.article_id] = shown.get(s.article.article_id, False) or s.mention.photo_op
    photos = sum(shown.values())
    return photos > 0 and 2 * photos >= len(shown)


def meeting_id_for(cluster: Cluster) -> str:
    """Stable id from people, status, mode and the meeting's date, so reruns keep ids.

    The date is the cluster's anchor (its most precise date, unique among the clusters of one
    group by construction); an undated cluster uses the day it was first reported.
    """
    names, status, mode = cluster.key
    anchor = cluster.anchor
    when = (f"{anchor.mention.date.isoformat()}/{anchor.precision}" if anchor else
            "reported:" + min(s.reported_at for s in cluster.members).date().isoformat())
    raw = "|".join(["+".join(sorted(names)), status, mode, when])
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def consolidate(extracted: Iterable[tuple[Article, list[MeetingMention]]]) -> Consolidated:
    """Rows of the meetings, participants and mentions tables from every article's mentions."""
    sightings = [Sighting(m, article) for article, mentions in extracted for m in mentions]
    result = Consolidated([], [], [])
    for cluster in cluster_sightings(sightings):
        ordered = sorted(cluster.members, key=_sort_key)
        names, status, mode = cluster.key
        meeting_id = meeting_id_for(cluster)
        anchor = cluster.anchor
        result.meetings.append({
            "meeting_id": meeting_id,
            "meeting_date": anchor.mention.date if anchor else None,
            "date_precision": anchor.precision if anchor else None,
            "location": _most_common(s.mention.location for s in ordered),
            "status": status,
            "mode": mode,
            "photo_op": _photo_op(ordered),
            "n_articles": len({s.article.article_id for s in ordered}),
            "first_reported_at": min(s.reported_at for s in ordered),
            "confidence": max(float(s.mention.confidence) for s in ordered),
            "participant_names": sorted(names),
        })
        for name in sorted(names):
            people = [p for s in ordered for p in s.mention.participants if p.name == name]
            result.participants.append({
                "meeting_id": meeting_id, "name": name, "surface": people[0].surface,
                "organization": _most_common(p.organization for p in people),
                "title": _most_common(p.title for p in people),
                "person_id": next((p.person_id for p in people if p.person_id), None),
                "status": status, "mode": mode,
            })
        seen: set[tuple] = set()
        for s in ordered:
            span = (s.article.article_id, s.mention.char_start, s.mention.char_end)
            if span in seen:
                continue
            seen.add(span)
            result.mentions.append({
                "meeting_id": meeting_id, "article_id": s.article.article_id,
                "url": s.article.url, "sentence": s.mention.sentence,
                "char_start": s.mention.char_start, "char_end": s.mention.char_end,
                "cues": list(s.mention.cues), "confidence": float(s.mention.confidence),
            })
    result.meetings.sort(key=lambda r: (r["first_reported_at"], r["meeting_id"]))
    result.participants.sort(key=lambda r: (r["meeting_id"], r["name"]))
    result.mentions.sort(key=lambda r: (r["meeting_id"], r["article_id"], r["char_start"]))
    return result
