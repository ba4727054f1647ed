from datetime import datetime

import pytest

from extractors.feeds import KST
from extractors.pages import (NoBodyError, extract_page, looks_like_html, parse_date_argument,
                              parse_plain_article)
from tests.conftest import article_html

PARAS = ["최태원 SK그룹 회장은 3일 서울에서 사티아 나델라 마이크로소프트 CEO와 만났다.",
         "두 사람은 인공지능 데이터센터 협력 방안을 논의한 것으로 알려졌다.",
         "SK그룹 관계자는 \"구체적인 내용은 공개하기 어렵다\"고 말했다."]


def test_extract_page_title_body_date():
    page = extract_page(article_html("최태원 회장, 나델라 CEO와 회동", PARAS,
                                     "2025-03-03T10:00:00+09:00"))
    assert page.title == "최태원 회장, 나델라 CEO와 회동"
    assert page.text.startswith("최태원 SK그룹 회장은 3일")  # headline not repeated
    assert "SK그룹 관계자는" in page.text and "홈" not in page.text
    assert page.published_at == datetime(2025, 3, 3, tzinfo=KST)


def test_page_without_body_raises():
    with pytest.raises(NoBodyError):
        extract_page("<html><body><nav><a href='/'>홈</a></nav>"
                     "<p>삭제된 기사입니다.</p></body></html>")


def test_plain_article_seed_format():
    title, published, body = parse_plain_article("제목\n2024-07-02 05:00\n본문 첫 줄\n둘째 줄")
    assert (title, body) == ("제목", "본문 첫 줄\n둘째 줄")
    assert published == datetime(2024, 7, 2, 5, 0, tzinfo=KST)
    assert parse_plain_article("제목\n본문")[1:] == (None, "본문")


def test_date_argument_and_html_sniffing():
    assert parse_date_argument("2024-07-02") == datetime(2024, 7, 2, tzinfo=KST)
    assert parse_date_argument("2024-07-02 05:00") == datetime(2024, 7, 2, 5, tzinfo=KST)
    assert parse_date_argument("2024-07-01T20:00:00+00:00").utcoffset().total_seconds() == 0
    assert looks_like_html("<!DOCTYPE html><html>") and not looks_like_html("제목\n본문")
