"""The lexicons load, stay consistent with each other, and feed the mecab user dictionary."""
from __future__ import annotations

import re
from collections import defaultdict

import pytest

from extractors import morphology
from extractors.lexicon import Lexicon, alternation, load_lexicon, squash

# Keys (spaces removed) that two people share on purpose; each is explained in people.yaml.
SHARED_PERSON_KEYS = {"존리"}
ORG_KINDS = {"group", "company", "government", "institution", "association", "university", "media"}
TITLE_KINDS = {"executive", "founder", "government", "royal", "diplomat", "legislator", "academic", "professional"}


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon()


def test_sizes(lex: Lexicon) -> None:
    assert len(lex.people) >= 350
    assert len(lex.orgs) >= 400
    assert len(lex.titles["titles"]) >= 80


def test_person_ids_are_unique_slugs(lex: Lexicon) -> None:
    ids = [p.id for p in lex.people]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i) for i in ids)


def test_names_are_not_empty(lex: Lexicon) -> None:
    for p in lex.people:
        assert p.name.strip() and all(a.strip() for a in p.aliases), p.id
    for o in lex.orgs:
        assert o.name.strip() and all(a.strip() for a in o.aliases), o.name
        assert o.kind in ORG_KINDS, o.name


def test_no_person_key_names_two_people(lex: Lexicon) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for p in lex.people:
        for surface in (p.name, *p.aliases):
            owners[squash(surface)].add(p.id)
    shared = {key for key, ids in owners.items() if len(ids) > 1}
    assert shared == SHARED_PERSON_KEYS


def test_no_org_key_names_two_orgs(lex: Lexicon) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for o in lex.orgs:
        for surface in (o.name, *o.aliases):
            owners[squash(surface)].add(o.name)
    assert not {key: names for key, names in owners.items() if len(names) > 1}


def test_person_names_are_not_org_names(lex: Lexicon) -> None:
    clashes = [s for p in lex.people for s in (p.name, *p.aliases) if lex.org(s)]
    assert not clashes


def test_every_person_org_is_known(lex: Lexicon) -> None:
    missing = sorted({p.org for p in lex.people if p.org and not lex.org(p.org)})
    assert not missing


def test_people_titles_and_title_kinds(lex: Lexicon) -> None:
    titles = lex.titles["titles"]
    known = {squash(s) for t in titles for s in (t["title"], *(t.get("aliases") or ()))}
    assert all(t["kind"] in TITLE_KINDS for t in titles)
    assert not known & {squash(w) for w in lex.titles["not_titles"]}
    assert {squash(p.title) for p in lex.people if p.title} <= known


def test_user_dictionary_builds(lex: Lexicon, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(morphology, "CACHE_DIR", tmp_path)
    path = morphology.user_dictionary(lex)
    assert path.parent == tmp_path and path.stat().st_size > 0


@pytest.mark.parametrize("text, names", [
    ("최태원 SK그룹 회장은 사티아 나델라 CEO와 만났다.", ["최태원", "사티아", "나델라"]),
    ("정의선 회장과 김동관 부회장이 젠슨 황을 접견했다.", ["정의선", "김동관"]),
    ("신유열 부사장은 무함마드 빈 살만 왕세자를 예방했다.", ["신유열"]),
])
def test_known_names_are_single_nnp_tokens(text: str, names: list[str]) -> None:
    tokens = {(m.surface, m.tag) for m in morphology.analyze(text)}
    for name in names:
        assert (name, "NNP") in tokens, name


@pytest.mark.parametrize("text, word", [
    ("두 회사의 차이가 크다.", "차이"),  # part of 조 차이
    ("다음 페이지를 보라.", "페이지"),  # part of 래리 페이지
    ("새 목표를 제시했다.", "제시"),  # part of 앤디 제시
])
def test_name_parts_do_not_swallow_common_words(text: str, word: str) -> None:
    tags = {m.tag for m in morphology.analyze(text) if m.surface == word}
    assert tags and "NNP" not in tags


@pytest.mark.parametrize("words,text", [
    (["화상", "화상회의", "회의", "회"], "화상회의를 마친 뒤 회의록과 회식"),
    (["ab", "abc", "abd", "b", "a.b"], "abcd abd ab b a.b axb"),
])
def test_alternation_matches_the_longest_listed_word(words: list[str], text: str) -> None:
    """The trie pattern finds what a flat longest-first alternation finds, position by position."""
    flat = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    trie = re.compile(alternation(words))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert re.fullmatch(f"(?:{alternation(words)})회의", "화상회의") if "화상" in words else True
