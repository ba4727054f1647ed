"""Loads lexicons/ (people, organizations, titles, cues) once per process."""
from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

LEXICON_DIR = Path(os.environ.get("HOEDONG_LEXICONS", Path(__file__).resolve().parents[1] / "lexicons"))


def alternation(words: Iterable[str]) -> str:
    """A word list as one regex that matches the longest listed word (화상회의 over 화상).

    Built as a trie ("화상(?:회의)?"), not as a flat "a|b|c": Python's re tries a flat
    alternation's words one by one at every position, which makes a list of hundreds of words
    slow; the trie decides by the next character.
    """
    trie: dict = {}
    for word in words:
        if word:
            node = trie
            for ch in word:
                node = node.setdefault(ch, {})
            node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:  # a word ends here, a longer one may go on: try the longer first (greedy)
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else body + "?"
    return body


def squash(text: str) -> str:
    """Name key with spaces removed: '젠슨 황' and '젠슨황' are the same name."""
    return "".join(text.split())


@dataclass(frozen=True)
class KnownPerson:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    org: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class KnownOrg:
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "company"


@dataclass
class Lexicon:
    people: list[KnownPerson]
    orgs: list[KnownOrg]
    cues: dict[str, Any] = field(default_factory=dict)
    titles: dict[str, Any] = field(default_factory=dict)
    given_names: frozenset[str] = frozenset()
    surnames: frozenset[str] = frozenset()
    connectors: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    korean_given_syllables: frozenset[str] = frozenset()
    surname_first_families: frozenset[str] = frozenset()
    name_rules: dict[str, Any] = field(default_factory=dict)  # the rest of name_parts.yaml

    def __post_init__(self) -> None:
        self.person_by_key: dict[str, KnownPerson] = {}
        for p in self.people:
            for surface in (p.name, *p.aliases):
                self.person_by_key.setdefault(squash(surface), p)
        # First two characters of every name, spaces ignored ("또 럼" -> "또럼"): a cheap test before a
        # full lookup.
        self.person_prefixes = {squash(surface)[:2] for p in self.people for surface in (p.name, *p.aliases)}
        # Each part of a known foreign name ("바이든", "저커버그"): news names them so with a title.
        # (not a given name, which names no one alone: "알렉스 포드 CEO" is no 알렉스 카프)
        self.people_by_part: dict[str, list[KnownPerson]] = {}
        for p in self.people:
            if " " in p.name:
                for part in {x for x in p.name.split() if len(x) >= 2
                             and (x not in self.given_names or x in self.surnames)}:
                    self.people_by_part.setdefault(part, []).append(p)
        self.org_by_key: dict[str, KnownOrg] = {}
        for o in self.orgs:
            for surface in (o.name, *o.aliases):
                self.org_by_key.setdefault(squash(surface), o)

    def person(self, surface: str) -> KnownPerson | None:
        return self.person_by_key.get(squash(surface))

    def person_by_part(self, part: str, title: str) -> KnownPerson | None:
        """The one known foreign person with this name part and title ("바이든 대통령"), if one."""
        found = [p for p in self.people_by_part.get(part, ()) if p.title == title]
        return found[0] if len(found) == 1 else None

    def org(self, surface: str) -> KnownOrg | None:
        return self.org_by_key.get(squash(surface))


def _read(name: str) -> Any:
    path = LEXICON_DIR / name
    if not path.exists():
        return None
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    people = [
        KnownPerson(id=e["id"], name=e["name"], aliases=tuple(e.get("aliases") or ()),
                    org=e.get("org"), title=e.get("title"))
        for e in _read("people.yaml") or []
    ]
    orgs = [
        KnownOrg(name=e["name"], aliases=tuple(e.get("aliases") or ()), kind=e.get("kind", "company"))
        for e in _read("organizations.yaml") or []
    ]
    parts = _read("name_parts.yaml") or {}
    return Lexicon(people=people, orgs=orgs, cues=_read("cues.yaml") or {}, titles=_read("titles.yaml") or {},
                   given_names=frozenset(parts.get("given_names") or ()),
                   surnames=frozenset(parts.get("surnames") or ()),
                   connectors=frozenset(parts.get("connectors") or ()),
                   korean_given_syllables=frozenset(parts.get("korean_given_syllables") or ""),
                   surname_first_families=frozenset(parts.get("surname_first_families") or ()),
                   name_rules=parts,
                   places=frozenset((_read("places.yaml") or {}).get("places") or ()))
