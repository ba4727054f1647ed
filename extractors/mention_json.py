"""MeetingMention <-> JSON-ready dicts, for the extraction cache and `hoedong extract`."""
from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any

from extractors.records import MeetingMention, Participant


def mention_to_dict(mention: MeetingMention) -> dict[str, Any]:
    """A plain dict (dates as ISO strings, tuples as lists) that json.dumps accepts."""
    # (field by field: dataclasses.asdict deep-copies every value, a cost the pipeline's main
    # process paid per article)
    data = {f.name: getattr(mention, f.name) for f in fields(mention)}
    data["participants"] = [dict(vars(p)) for p in mention.participants]
    data["date"] = mention.date.isoformat() if mention.date else None
    data["cues"] = list(mention.cues)
    return data


def mention_from_dict(data: dict[str, Any]) -> MeetingMention:
    """The inverse of mention_to_dict."""
    fields = dict(data)
    fields["participants"] = tuple(Participant(**p) for p in data["participants"])
    fields["date"] = date.fromisoformat(data["date"]) if data.get("date") else None
    fields["cues"] = tuple(data.get("cues", ()))
    return MeetingMention(**fields)
