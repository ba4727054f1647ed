"""The shipped KLUE-trained NER: finds plain names, keeps earlier entities, holds its KLUE scores."""
from __future__ import annotations

import pytest
from spacy.tokens import Span

from extractors.klue_ner_data import KLUE_NER_PATH, WRITTEN_PATH, read_inline
from extractors.spacy_doc import blank_korean
from extractors.statistical_ner import SPANS_KEY, klue_scores

# A little under the held-out news scores measured at the last rebuild (see training.json).
NEWS_F1_FLOOR = {"PS": 0.825, "OG": 0.665}


@pytest.fixture(scope="module")
def nlp():
    nlp = blank_korean()
    nlp.add_pipe("hoedong_statistical_ner")
    return nlp


def found(doc, label: str) -> set[str]:
    return {s.text for s in doc.spans[SPANS_KEY] if s.label_ == label}


def test_finds_people_and_organizations(nlp):
    doc = nlp("이재용 삼성전자 회장은 29일 서울 서초구 사옥에서 정의선 현대자동차그룹 회장과 만나 "
              "전기차 배터리 협력 방안을 논의했다.")
    assert {"이재용", "정의선"} <= found(doc, "PS")
    assert "삼성전자" in found(doc, "OG")
    assert {e.label_ for e in doc.ents} <= {"PS", "OG"}


def test_keeps_entities_set_earlier(nlp):
    doc = nlp.make_doc("최태원 SK그룹 회장은 이날 구광모 LG그룹 회장을 만났다.")
    doc.ents = [Span(doc, 0, 1, label="PERSON_PATTERN")]
    doc = nlp.get_pipe("hoedong_statistical_ner")(doc)
    assert doc.ents[0].label_ == "PERSON_PATTERN"
    assert "구광모" in found(doc, "PS")


def test_written_sentences_read_as_text_and_spans(tmp_path):
    path = tmp_path / "written.txt"
    path.write_text("<한빛전자:OG>는 <3일:DT> <서울:LC>에서 <박서연:PS> 대표를 선임했다.\n\n<경찰:OG>은 조사 중이다.\n",
                    encoding="utf-8")
    first, second = read_inline(path)
    assert first.text == "한빛전자는 3일 서울에서 박서연 대표를 선임했다."
    assert [(first.text[a:b], label) for a, b, label in first.spans] == [
        ("한빛전자", "OG"), ("3일", "DT"), ("서울", "LC"), ("박서연", "PS")]
    assert (second.text, second.domain) == ("경찰은 조사 중이다.", "written")


def test_shipped_written_sentences_are_well_formed():
    sentences = read_inline(WRITTEN_PATH)
    assert len(sentences) >= 4000
    assert all("<" not in s.text and ">" not in s.text for s in sentences)
    assert sum(label == "OG" for s in sentences for _, _, label in s.spans) >= 3000


def test_empty_text(nlp):
    assert list(nlp("").spans[SPANS_KEY]) == []


@pytest.mark.skipif(not KLUE_NER_PATH.exists(), reason="KLUE corpus (../shared) not present")
def test_klue_held_out_news_floor():
    news = klue_scores()["news"]
    for label, floor in NEWS_F1_FLOOR.items():
        assert news[label]["f"] >= floor, (label, news[label])
