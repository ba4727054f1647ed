"""Sanity checks for lexicons/name_parts.yaml and lexicons/places.yaml."""
import re
from pathlib import Path

import pytest
import yaml

LEX = Path(__file__).resolve().parent.parent / "lexicons"
ENTRY = re.compile(r"^[가-힣A-Za-z]+(?: [가-힣A-Za-z]+)*$")
COMMON_WORDS = ["이번", "최근", "정부", "회장", "사장", "기간", "본사", "회사", "시장"]


def _load(name):
    with open(LEX / name, encoding="utf-8") as f:
        return yaml.safe_load(f)


@pytest.fixture(scope="module")
def name_parts():
    return _load("name_parts.yaml")


@pytest.fixture(scope="module")
def places():
    return _load("places.yaml")


def _lists(name_parts, places):
    return {
        "given_names": name_parts["given_names"],
        "surnames": name_parts["surnames"],
        "connectors": name_parts["connectors"],
        "places": places["places"],
    }


def test_keys(name_parts, places):
    assert set(name_parts) == {"given_names", "surnames", "connectors", "korean_given_syllables",
                               "surname_first_families", "not_names", "not_name_starts", "not_name_ends",
                               "org_suffixes", "chinese_surnames", "chinese_given_endings", "korean_surnames",
                               "korean_rare_surnames", "korean_compound_surnames", "run_breakers", "latin_org_words",
                               "generations", "market_nouns"}
    assert set(places) == {"places"}


def test_korean_given_syllables_are_hangul_and_unique(name_parts):
    syllables = name_parts["korean_given_syllables"]
    assert all("가" <= ch <= "힣" for ch in syllables) and len(set(syllables)) == len(syllables)
    assert not set("스크트르쿠렉") & set(syllables)  # transliteration syllables


def test_entries_unique_nonempty_strings(name_parts, places):
    for key, entries in _lists(name_parts, places).items():
        assert isinstance(entries, list) and entries, key
        for e in entries:
            assert isinstance(e, str) and ENTRY.match(e), (key, e)
        dups = {e for e in entries if entries.count(e) > 1}
        assert not dups, (key, dups)


def test_sizes(name_parts, places):
    assert len(name_parts["given_names"]) >= 600
    assert len(name_parts["surnames"]) >= 400
    assert len(places["places"]) >= 350
    for c in ["빈", "알", "반", "데", "폰", "판", "본", "엘", "벤", "다", "디", "라", "드", "델", "르", "빈트"]:
        assert c in name_parts["connectors"], c


def test_names_not_places(name_parts, places):
    place_set = set(places["places"])
    for key in ("given_names", "surnames"):
        overlap = sorted(set(name_parts[key]) & place_set)
        assert not overlap, (key, overlap)


def test_no_common_korean_words(name_parts, places):
    for key, entries in _lists(name_parts, places).items():
        bad = sorted(set(entries) & set(COMMON_WORDS))
        assert not bad, (key, bad)


@pytest.mark.parametrize("word", ["요제프", "마르쿠스", "무함마드", "사티아", "젠슨", "마사요시", "립부"])
def test_examples_given(name_parts, word):
    assert word in name_parts["given_names"]


@pytest.mark.parametrize("word", ["체코", "사우디", "UAE", "실리콘밸리", "승지원", "용산 대통령실", "판교"])
def test_examples_places(places, word):
    assert word in places["places"]
