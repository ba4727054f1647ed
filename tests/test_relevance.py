"""The extractor reads only the sentences that can report a meeting, and loses nothing by it."""
from __future__ import annotations

from pathlib import Path

from extractors.evaluation import load_gold
from extractors.extraction import analyze_article, build_nlp
from extractors.relevance import reading_spans
from extractors.spacy_doc import UNREAD

DEV = Path(__file__).resolve().parent.parent / "data" / "dev" / "articles"

ARTICLE = ("최태원·젠슨 황 회동\n"
           "최태원 SK그룹 회장은 1일 서울에서 젠슨 황 엔비디아 CEO와 만났다. 반도체 업황은 하반기에도 견조할 것으로 보인다.\n"
           "증권가에서는 메모리 가격이 오를 것으로 내다봤다.\n"
           "두 사람은 AI 협력을 논의했다.")


def test_reads_headline_and_telling_sentences_only() -> None:
    read = [ARTICLE[a:b] for a, b in reading_spans(ARTICLE)]
    assert read == ["최태원·젠슨 황 회동", "최태원 SK그룹 회장은 1일 서울에서 젠슨 황 엔비디아 CEO와 만났다.",
                    "두 사람은 AI 협력을 논의했다."]


def test_article_without_trigger_is_not_read() -> None:
    assert reading_spans("실적 발표\n삼성전자는 3분기 영업이익이 늘었다고 밝혔다.") == []


def test_unread_text_stays_in_the_doc() -> None:
    doc = build_nlp().make_doc(ARTICLE)
    assert doc.text == ARTICLE
    unread = " ".join(t.text for t in doc if t.tag_ == UNREAD)
    assert "증권가에서는" in unread and "최태원" not in unread


def _meetings(reading) -> list[list[tuple]]:
    nlp = build_nlp()
    saved = nlp.tokenizer.reading
    nlp.tokenizer.reading = reading
    try:
        out = []
        for g in load_gold(DEV):
            doc = analyze_article(g.text, g.published)
            out.append(sorted((tuple(sorted(p.name for p in m.participants)), m.status, m.mode, str(m.date), m.photo_op)
                              for m in doc._.meetings))
        return out
    finally:
        nlp.tokenizer.reading = saved


def test_reading_less_finds_the_same_meetings_on_the_dev_set() -> None:
    assert _meetings(reading_spans) == _meetings(None)
