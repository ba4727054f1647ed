"""The cue words of lexicons/cues.yaml, compiled into the patterns the meeting extractor uses.

The lists are data; this module says where in a word or sentence each must stand.
"""
from __future__ import annotations

import re

from extractors.lexicon import alternation, load_lexicon

_CUES = load_lexicon().cues


def _alt(key: str) -> str:
    return alternation(_CUES[key])


STRONG = re.compile(f"^'?({_alt('strong_triggers')})")
WEAK = re.compile(f"^'?({_alt('weak_triggers')})")
# (nor is 통화 'currency' a call: "'저성장 시대의 통화정책'을 주제로 강연했다")
NOT_TRIGGER = re.compile(f"^'?({_alt('not_triggers')}|(?:{_alt('phone')})(?:{_alt('currency_words')}))")
NOT_MEETING_PHRASE = re.compile(f"({_alt('not_meeting_phrases')})")
HABITUAL = re.compile(f"(?<![가-힣])({_alt('habitual')})(?![가-힣])")
# A trigger closing a compound noun: "통상협의", "비공개회동", "단독면담".
COMPOUND_TRIGGER = re.compile(f"[가-힣]({_alt('strong_triggers')}|{_alt('compound_trigger_ends')})$")
# Any trigger anywhere: weak ones at a word start, strong ones also closing a compound.
ANY_TRIGGER = re.compile(f"(?<![가-힣])({_alt('weak_triggers')}|{_alt('spaced_weak_triggers')})"
                         f"|({_alt('strong_triggers')}|{_alt('compound_trigger_ends')})")
# (first word, start of the second): the extractor meets them one word at a time
SPACED_WEAK = tuple(tuple(p.split(" ", 1)) for p in _CUES["spaced_weak_triggers"])
GATHERING = re.compile(f"^'?({_alt('gatherings')})")
PHONE = re.compile(f"({_alt('phone')})(?!{_alt('currency_words')}|{_alt('call_aftermath')})")
VIDEO = re.compile(f"({_alt('video')})")
# (past a light verb: "만찬을 하는 일정도 조율 중", and a way of doing it: "대면 회담을 여는 방안도 검토하기로";
# not a comparison, "예정보다 늦게 끝났다")
PLANNED_AFTER = re.compile(rf"^\S*\s*(?:(?:하는|할|갖는|가질|여는|열)\s+(?:방안\S*\s+)?)?({_alt('planned_next')})(?!보다)")
# A plan word starts its word: "추진할 구상이다", not the place in "대구상의".
FINITE_PLAN = re.compile(f"(?<![가-힣])({_alt('planned_predicate')})")
PLAN_PAST = re.compile(f"({_alt('planned_past')})")
CANCELLED = re.compile(f"({_alt('cancelled')})")
WISH = re.compile(f"({_alt('wishes')})")
# "함께한 일은 없다", "식사를 한 사실이 없다", "따로 만나는 자리는 없었다", "마주 앉는 장면은 없었습니다":
# a meeting negated.
DENIED = re.compile(f"({_alt('denied')}|(한|은|난|는) (일|적|사실|자리|장면|모습)(은|는|이|도)?"
                    "( 자체가| 자체는| 단 한 번도| 한 번도)? ?없)")
NO_PLANS = re.compile(f"({_alt('no_plans')})")
UNCONFIRMED = re.compile(f"({_alt('unconfirmed')})")
# "만났다는 소문", "논의했다는 내용의 지라시"
RUMOUR = re.compile(f"(?:다|냐)[는'‘’\"“”]* ['‘\"“]?(\\S+의 )?({_alt('rumour_nouns')})")
ALLEGATION = re.compile(f"({_alt('allegation')}|(?<![가-힣])설[이을도] |(?:{_alt('alleged_meetings')})설)")
REPORTED = re.compile(f"({_alt('reported')})")
JOINT = re.compile(f"({_alt('joint')})")
SEPARATE = re.compile(f"({_alt('separate')})")
PHOTO = re.compile(f"(?<!장)({_alt('photo')})")  # not 장사진 'a long queue'
POSTING = re.compile(f"^({_alt('posting')})")
ATTACH = re.compile(f"({_alt('attendance')})")
# An attendance word as the sentence's own predicate: "..., D 대표 등 4명이 참석했다."
ATTENDED = re.compile(f"({_alt('attendance')})[^ .]{{0,4}}다[.?!]?[\"'”’)]*\\s*$")
CONTINUATION = re.compile(f"^({_alt('continuation')})")
TRIP = re.compile(f"({_alt('trips')}) (기간|중|동안|길)")
# A trip named as the thing someone came along on: "출장에는 A 전무가 동행했다"
TRIP_WORD = re.compile(f"({_alt('trips')})(에는|에|길에|길에는|에도)? ")
TRIP_WORDS = re.compile(f"{_alt('trips')}")  # match a whole word's head with fullmatch
CEREMONY = re.compile(f"({_alt('ceremonies')})")
CEREMONY_MODIFIERS = frozenset(_CUES["ceremony_modifiers"])
EVENT_WORDS = frozenset(_CUES["event_words"])
DETERMINERS = frozenset(_CUES["determiners"])
KIN = frozenset(_CUES["kin"])
DIED = _alt("died")  # a fragment: each caller says where the death word stands
GROUP_TITLES = {noun: frozenset(titles) for noun, titles in (_CUES.get("group_titles") or {}).items()}
