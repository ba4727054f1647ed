"""Date resolution against the publication day: every supported form, with a mid-year
publication (2024-07-02 05:00 KST) and one just after new year (2024-01-03 09:00 KST) so that
month and year rollovers are exercised."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extractors.dates import KST, DateMention, find_dates, parse_published

JUL = dt.datetime(2024, 7, 2, 5, 0, tzinfo=KST)
JAN = dt.datetime(2024, 1, 3, 9, 0, tzinfo=KST)
DEC = dt.datetime(2023, 12, 20, 9, 0, tzinfo=KST)
SEED = Path("/work/shared/seeds/000_9165b83571597b26.txt")

D = dt.date


def only(text: str, pub: dt.datetime | None) -> DateMention:
    found = find_dates(text, pub)
    assert len(found) == 1, found
    return found[0]


# (text, publication, matched text, date, precision, kind)
SINGLE = [
    # anaphora with no earlier date: the publication day
    ("이날 만났다", JUL, "이날", D(2024, 7, 2), "day", "anaphoric"),
    ("당일 회동했다", JUL, "당일", D(2024, 7, 2), "day", "anaphoric"),
    ("같은 날 만났다", JAN, "같은 날", D(2024, 1, 3), "day", "anaphoric"),
    ("같은날 만났다", JAN, "같은날", D(2024, 1, 3), "day", "anaphoric"),
    ("그날 저녁", JUL, "그날", D(2024, 7, 2), "day", "anaphoric"),
    ("전날 만찬", JUL, "전날", D(2024, 7, 1), "day", "anaphoric"),
    ("전일 회동", JAN, "전일", D(2024, 1, 2), "day", "anaphoric"),
    ("이튿날 방문", JUL, "이튿날", D(2024, 7, 3), "day", "anaphoric"),
    ("다음 날 방문", JUL, "다음 날", D(2024, 7, 3), "day", "anaphoric"),
    ("다음날 방문", JAN, "다음날", D(2024, 1, 4), "day", "anaphoric"),
    ("하루 전 만났다", JUL, "하루 전", D(2024, 7, 1), "day", "anaphoric"),
    ("이틀 뒤 만났다", JUL, "이틀 뒤", D(2024, 7, 4), "day", "anaphoric"),
    # 지난 N일 / bare N일: this month when N <= publication day, else last month
    ("지난 1일 만났다", JUL, "지난 1일", D(2024, 7, 1), "day", "relative"),
    ("지난 27일 만났다", JUL, "지난 27일", D(2024, 6, 27), "day", "relative"),
    ("지난 27일 만났다", JAN, "지난 27일", D(2023, 12, 27), "day", "relative"),
    ("2일 만났다", JUL, "2일", D(2024, 7, 2), "day", "relative"),
    ("15일 만났다", JUL, "15일", D(2024, 6, 15), "day", "relative"),
    ("3일 회동", JAN, "3일", D(2024, 1, 3), "day", "relative"),
    ("31일 회동", JAN, "31일", D(2023, 12, 31), "day", "relative"),
    ("1일(현지시간) 만났다", JUL, "1일(현지시간)", D(2024, 7, 1), "day", "relative"),
    ("1일(미국 현지시간) 만났다", JUL, "1일(미국 현지시간)", D(2024, 7, 1), "day", "relative"),
    ("30일(현지 시간) 만났다", JUL, "30일(현지 시간)", D(2024, 6, 30), "day", "relative"),
    ("3일(수) 만났다", JAN, "3일(수)", D(2024, 1, 3), "day", "relative"),
    ("8일(월) 만난다", JAN, "8일(월)", D(2024, 1, 8), "day", "relative"),
    ("1일 오후 만났다", JUL, "1일", D(2024, 7, 1), "day", "relative"),
    ("1일 후보 등록", JUL, "1일", D(2024, 7, 1), "day", "relative"),
    ("1일(월요일) 만났다", JUL, "1일(월요일)", D(2024, 7, 1), "day", "relative"),
    ("3일 연속 상승", JAN, "3일", D(2024, 1, 3), "day", "relative"),
    ("1일 전국경제인연합회는", JUL, "1일", D(2024, 7, 1), "day", "relative"),
    ("1일 간담회를 열었다", JUL, "1일", D(2024, 7, 1), "day", "relative"),
    # bare "N일까지": the nearest day N, an end is as often ahead as behind
    ("14일까지 열린다", JUL, "14일", D(2024, 7, 14), "day", "relative"),
    ("28일까지 열렸다", JUL, "28일", D(2024, 6, 28), "day", "relative"),
    ("지난 14일까지", JUL, "지난 14일", D(2024, 6, 14), "day", "relative"),
    # 지난달 (N일)
    ("지난달 27일 만났다", JUL, "지난달 27일", D(2024, 6, 27), "day", "relative"),
    ("지난달 27일 만났다", JAN, "지난달 27일", D(2023, 12, 27), "day", "relative"),
    ("지난 달 5일", JUL, "지난 달 5일", D(2024, 6, 5), "day", "relative"),
    ("지난달 만났다", JUL, "지난달", D(2024, 6, 1), "month", "relative"),
    ("지난달 만났다", JAN, "지난달", D(2023, 12, 1), "month", "relative"),
    # 지난 N월: this year when N <= publication month, else last year
    ("지난 4월 만났다", JUL, "지난 4월", D(2024, 4, 1), "month", "relative"),
    ("지난 6월 만났다", JUL, "지난 6월", D(2024, 6, 1), "month", "relative"),
    ("지난 2월 만났다", JUL, "지난 2월", D(2024, 2, 1), "month", "relative"),
    ("지난 7월 만났다", JUL, "지난 7월", D(2024, 7, 1), "month", "relative"),
    ("지난 8월 만났다", JUL, "지난 8월", D(2023, 8, 1), "month", "relative"),
    ("지난 12월 만났다", JAN, "지난 12월", D(2023, 12, 1), "month", "relative"),
    ("지난 1월 만났다", JAN, "지난 1월", D(2024, 1, 1), "month", "relative"),
    ("지난 6월 5일 만났다", JUL, "지난 6월 5일", D(2024, 6, 5), "day", "relative"),
    ("지난 7월 15일 만났다", JUL, "지난 7월 15일", D(2023, 7, 15), "day", "relative"),
    # 지난해 / 작년 (N월 (N일))
    ("지난해 3월 만났다", JUL, "지난해 3월", D(2023, 3, 1), "month", "relative"),
    ("작년 12월 만났다", JAN, "작년 12월", D(2023, 12, 1), "month", "relative"),
    ("지난해 11월 5일 만났다", JUL, "지난해 11월 5일", D(2023, 11, 5), "day", "relative"),
    ("지난해 만났다", JUL, "지난해", D(2023, 1, 1), "year", "relative"),
    ("지난해 만났다", JAN, "지난해", D(2023, 1, 1), "year", "relative"),
    ("작년 만났다", JAN, "작년", D(2023, 1, 1), "year", "relative"),
    # 올해 / 내년
    ("올해 3월 만났다", JUL, "올해 3월", D(2024, 3, 1), "month", "relative"),
    ("올해 9월 10일 만난다", JUL, "올해 9월 10일", D(2024, 9, 10), "day", "relative"),
    ("올 3월 만났다", JUL, "올 3월", D(2024, 3, 1), "month", "relative"),
    ("올해 만났다", JAN, "올해", D(2024, 1, 1), "year", "relative"),
    ("올여름 처음 만났다", JUL, "올", D(2024, 1, 1), "year", "relative"),  # this summer: this year
    ("내년 만난다", JUL, "내년", D(2025, 1, 1), "year", "relative"),
    # 오는 N일 / 오는 N월: the next one on or after publication
    ("오는 5일 만난다", JUL, "오는 5일", D(2024, 7, 5), "day", "relative"),
    ("오는 2일 만난다", JUL, "오는 2일", D(2024, 7, 2), "day", "relative"),
    ("오는 1일 만난다", JUL, "오는 1일", D(2024, 8, 1), "day", "relative"),
    ("오는 2일 만난다", JAN, "오는 2일", D(2024, 2, 2), "day", "relative"),
    ("오는 9월 만난다", JUL, "오는 9월", D(2024, 9, 1), "month", "relative"),
    ("오는 3월 만난다", JUL, "오는 3월", D(2025, 3, 1), "month", "relative"),
    ("오는 3월 만난다", JAN, "오는 3월", D(2024, 3, 1), "month", "relative"),
    ("오는 7월 10일 만난다", JUL, "오는 7월 10일", D(2024, 7, 10), "day", "relative"),
    # 다음 달 / 내달 / 이번 달 / 이달
    ("다음 달 만난다", JUL, "다음 달", D(2024, 8, 1), "month", "relative"),
    ("다음달 만난다", DEC, "다음달", D(2024, 1, 1), "month", "relative"),
    ("내달 5일 만난다", JUL, "내달 5일", D(2024, 8, 5), "day", "relative"),
    ("내달 5일 만난다", DEC, "내달 5일", D(2024, 1, 5), "day", "relative"),
    ("이번 달 만난다", JUL, "이번 달", D(2024, 7, 1), "month", "relative"),
    ("이달 10일 만난다", JAN, "이달 10일", D(2024, 1, 10), "day", "relative"),
    # N월 N일 / N월 without a year: the nearest one around publication
    ("7월 1일 만났다", JUL, "7월 1일", D(2024, 7, 1), "day", "relative"),
    ("12월 28일 만났다", JAN, "12월 28일", D(2023, 12, 28), "day", "relative"),
    ("2월 1일 만난다", JAN, "2월 1일", D(2024, 2, 1), "day", "relative"),
    ("3월 만났다", JUL, "3월", D(2024, 3, 1), "month", "relative"),
    ("11월 만났다", JAN, "11월", D(2023, 11, 1), "month", "relative"),
    # absolute forms
    ("2023년 5월 17일 만났다", JUL, "2023년 5월 17일", D(2023, 5, 17), "day", "absolute"),
    ("2023년5월17일 만났다", JUL, "2023년5월17일", D(2023, 5, 17), "day", "absolute"),
    ("2022년 12월 개발", JUL, "2022년 12월", D(2022, 12, 1), "month", "absolute"),
    ("지난 2022년 12월 개발", JUL, "지난 2022년 12월", D(2022, 12, 1), "month", "absolute"),
    ("지난 2018년 슈퍼사이클", JUL, "지난 2018년", D(2018, 1, 1), "year", "absolute"),
    ("2018년 슈퍼사이클", JAN, "2018년", D(2018, 1, 1), "year", "absolute"),
    ("오는 2030년까지 투자", JUL, "오는 2030년", D(2030, 1, 1), "year", "absolute"),
    ("2030년까지 투자", JUL, "2030년", D(2030, 1, 1), "year", "absolute"),
    ("2024.06.27 발표", JUL, "2024.06.27", D(2024, 6, 27), "day", "absolute"),
    ("2024-06-27 발표", JUL, "2024-06-27", D(2024, 6, 27), "day", "absolute"),
    ("2024/6/27 발표", JUL, "2024/6/27", D(2024, 6, 27), "day", "absolute"),
    ("2024. 6. 27. 발표", JUL, "2024. 6. 27.", D(2024, 6, 27), "day", "absolute"),
    ("2024년 2월 29일 발표", JUL, "2024년 2월 29일", D(2024, 2, 29), "day", "absolute"),
]


@pytest.mark.parametrize("text,pub,surface,date,precision,kind", SINGLE)
def test_single_form(text, pub, surface, date, precision, kind):
    m = only(text, pub)
    assert (m.text, m.date, m.precision, m.kind) == (surface, date, precision, kind)
    assert text[m.start : m.end] == surface
    assert m.end_date is None


# (text, publication, matched text, start, end)
RANGES = [
    ("지난달 17일부터 나흘간 방문", JUL, "지난달 17일부터 나흘간", D(2024, 6, 17), D(2024, 6, 20)),
    ("17일부터 나흘간 방문", JUL, "17일부터 나흘간", D(2024, 6, 17), D(2024, 6, 20)),
    ("1일부터 사흘간 방문", JUL, "1일부터 사흘간", D(2024, 7, 1), D(2024, 7, 3)),
    ("1일부터 이틀간 방문", JUL, "1일부터 이틀간", D(2024, 7, 1), D(2024, 7, 2)),
    ("지난달 28일부터 닷새간 방문", JUL, "지난달 28일부터 닷새간", D(2024, 6, 28), D(2024, 7, 2)),
    ("지난달 30일부터 사흘 동안", JAN, "지난달 30일부터 사흘 동안", D(2023, 12, 30), D(2024, 1, 1)),
    ("1일부터 3일 동안 방문", JUL, "1일부터 3일 동안", D(2024, 7, 1), D(2024, 7, 3)),
    ("오는 10일부터 열흘간", JUL, "오는 10일부터 열흘간", D(2024, 7, 10), D(2024, 7, 19)),
    ("지난달 17일부터 20일까지 방문", JUL, "지난달 17일부터 20일까지", D(2024, 6, 17), D(2024, 6, 20)),
    ("지난달 28일부터 7월 1일까지", JUL, "지난달 28일부터 7월 1일까지", D(2024, 6, 28), D(2024, 7, 1)),
    ("지난달 30일부터 2일까지 방문", JAN, "지난달 30일부터 2일까지", D(2023, 12, 30), D(2024, 1, 2)),
    ("지난달 17~20일 방문", JUL, "지난달 17~20일", D(2024, 6, 17), D(2024, 6, 20)),
    ("14일까지 사흘간 열린다", JUL, "14일까지 사흘간", D(2024, 7, 12), D(2024, 7, 14)),
    ("지난달 30일까지 이틀 동안", JUL, "지난달 30일까지 이틀 동안", D(2024, 6, 29), D(2024, 6, 30)),
    ("2일까지 나흘간", JAN, "2일까지 나흘간", D(2023, 12, 30), D(2024, 1, 2)),
    ("2023년 5월 17일부터 나흘간", None, "2023년 5월 17일부터 나흘간", D(2023, 5, 17), D(2023, 5, 20)),
]


@pytest.mark.parametrize("text,pub,surface,start,end", RANGES)
def test_range(text, pub, surface, start, end):
    m = only(text, pub)
    assert (m.text, m.date, m.end_date, m.precision) == (surface, start, end, "day")


def test_reference_day_moves_left_to_right():
    text = "지난달 30일 회동했다. 이튿날 만찬을 했고 이날 사진을 올렸다. 3일에는 골프를 쳤다. 전날에는 면담했다."
    got = [(m.text, m.date) for m in find_dates(text, JAN)]
    assert got == [
        ("지난달 30일", D(2023, 12, 30)),
        ("이튿날", D(2023, 12, 31)),
        ("이날", D(2023, 12, 31)),
        ("3일", D(2024, 1, 3)),
        ("전날", D(2024, 1, 2)),
    ]


def test_month_precision_does_not_become_reference_day():
    got = [(m.text, m.date) for m in find_dates("지난 4월 미국을 찾았다. 이날 사진을 올렸다.", JUL)]
    assert got == [("지난 4월", D(2024, 4, 1)), ("이날", D(2024, 7, 2))]


@pytest.mark.parametrize(
    "text,date,precision",
    [
        ("지난 4월 미국을 찾았다. 당시 황 CEO를 만났다.", D(2024, 4, 1), "month"),
        ("지난 2018년 슈퍼사이클이 왔다. 그때 증설했다.", D(2018, 1, 1), "year"),
        ("지난달 27일 방문했다. 당시 사진을 찍었다.", D(2024, 6, 27), "day"),
        ("당시 사진을 찍었다.", None, None),
    ],
)
def test_then_takes_latest_date_of_any_precision(text, date, precision):
    m = find_dates(text, JUL)[-1]
    assert m.text in ("당시", "그때")
    assert (m.date, m.precision, m.kind) == (date, precision, "anaphoric")


def test_same_month_and_year():
    got = [(m.text, m.date, m.precision) for m in find_dates("지난해 3월 5일 만났고 같은 달 또 만났다. 같은 해 12월", JUL)]
    assert got[:3] == [
        ("지난해 3월 5일", D(2023, 3, 5), "day"),
        ("같은 달", D(2023, 3, 1), "month"),
        ("같은 해", D(2023, 1, 1), "year"),
    ]


@pytest.mark.parametrize("text", ["최근 만났다", "앞서 만났다", "지난 주총에서", "지난 주주총회"])
def test_vague_times_are_not_dates(text):
    assert find_dates(text, JUL) == []


@pytest.mark.parametrize(
    "text,pub,date",
    [
        ("지난주 만났다", JUL, D(2024, 6, 1)),  # 06-24..06-30
        ("이번 주 만난다", JUL, D(2024, 7, 1)),  # 07-01..07-07
        ("다음 주 만난다", JUL, D(2024, 7, 1)),  # 07-08..07-14
        ("지난주에 만났다", JAN, D(2023, 12, 1)),  # 2023-12-25..31
        ("이번 주 만난다", JAN, D(2024, 1, 1)),  # 01-01..01-07
        ("이번주 만난다", dt.datetime(2024, 5, 2, tzinfo=KST), None),  # 04-29..05-05
        ("지난주 만났다", None, None),
    ],
)
def test_week_dates_only_to_its_month(text, pub, date):
    """A week is no day; it gives a month only when all seven days lie in that month."""
    m = only(text, pub)
    assert (m.date, m.precision) == (date, "month" if date else None)


def test_then_sets_the_year_of_a_bare_month():
    text = "2019년 이후 4년 만이다. 당시 손 회장은 7월 만찬을 했다. 7월에는 또 온다."
    got = [(m.text, m.date, m.precision) for m in find_dates(text, dt.datetime(2023, 6, 26, tzinfo=KST))]
    assert got == [
        ("2019년", D(2019, 1, 1), "year"),
        ("당시", D(2019, 1, 1), "year"),
        ("7월", D(2019, 7, 1), "month"),
        ("7월", D(2023, 7, 1), "month"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "1년 만에 시가총액이 3배 늘었다",
        "30일 이내 신고해야 한다",
        "2분기 실적",
        "10나노급 4세대 D램",
        "3일간 머물렀다",
        "3일 동안 머물렀다",
        "3일 전 발표했다",
        "3일 만에 복귀했다",
        "사흘째 하락",
        "3일째 하락",
        "3개월 연장",
        "1,017일 만의 복귀",
        "0.5일 근무",
        "2000년대 초반",
        "1990년생",
        "1899년",
        "2101년",
        "6월 31일",
        "2월 30일",
        "2023.02.30",
        "해당일",
        "해당시설",
        "말을 내달렸다",
        "13월",
        "32일",
        "100억원 규모",
        "30여 일",
        "30일분 재고",
        "올바른 결정",
    ],
)
def test_non_dates(text):
    assert find_dates(text, JUL) == []


def test_without_publication_relative_forms_are_unresolved():
    text = "지난달 27일 만났다. 이날 사진을 올렸다. 2023년 5월 17일에도 만났다. 당시 지난해 3월"
    got = [(m.text, m.date, m.kind) for m in find_dates(text, None)]
    assert got == [
        ("지난달 27일", None, "relative"),
        ("이날", None, "anaphoric"),
        ("2023년 5월 17일", D(2023, 5, 17), "absolute"),
        ("당시", D(2023, 5, 17), "anaphoric"),
        ("지난해 3월", None, "relative"),
    ]


def test_seed_article():
    text = SEED.read_text(encoding="utf-8")
    found = find_dates(text, parse_published("2024-07-02 05:00"))
    for m in found:
        assert text[m.start : m.end] == m.text
    got = [(m.text, m.date, m.precision, m.end_date) for m in found]
    assert ("1일", D(2024, 7, 1), "day", None) in got
    assert got[got.index(("1일", D(2024, 7, 1), "day", None)) + 1] == ("이날", D(2024, 7, 1), "day", None)
    assert ("지난달 27일", D(2024, 6, 27), "day", None) in got
    assert ("지난 4월", D(2024, 4, 1), "month", None) in got
    assert ("지난 6월", D(2024, 6, 1), "month", None) in got
    assert ("지난 2월", D(2024, 2, 1), "month", None) in got
    assert ("지난달 17일부터 나흘간", D(2024, 6, 17), "day", D(2024, 6, 20)) in got
    assert not any("년 만에" in m.text or "세대" in m.text for m in found)


@pytest.mark.parametrize(
    "value,expected",
    [
        ("Mon, 01 Jul 2024 22:00:00 GMT", dt.datetime(2024, 7, 2, 7, 0, tzinfo=KST)),
        ("Mon, 01 Jul 2024 20:00:00 +0000", dt.datetime(2024, 7, 2, 5, 0, tzinfo=KST)),
        ("Tue, 02 Jul 2024 05:00:00 +0900", JUL),
        ("Mon, 01 Jul 2024 16:00:00 -0400", JUL),
        ("2024-07-01T20:00:00Z", JUL),
        ("2024-07-01T16:00:00-04:00", JUL),
        ("2024-07-02T05:00:00+09:00", JUL),
        ("2024-07-02 05:00", JUL),
        ("2024-07-02", dt.datetime(2024, 7, 2, tzinfo=KST)),
        ("2024.07.02 05:00", JUL),
        ("2024.07.02. 오후 3:10", dt.datetime(2024, 7, 2, 15, 10, tzinfo=KST)),
        ("2024년 7월 2일 오전 5:00", JUL),
        ("2024년 7월 2일 오후 12:30", dt.datetime(2024, 7, 2, 12, 30, tzinfo=KST)),
        ("2024년 1월 3일 오전 12:05", dt.datetime(2024, 1, 3, 0, 5, tzinfo=KST)),
        (dt.datetime(2024, 7, 2, 5, 0), JUL),
        (dt.datetime(2024, 7, 1, 20, 0, tzinfo=dt.timezone.utc), JUL),
        (None, None),
        ("", None),
        ("not a date", None),
        ("2024-13-45", None),
    ],
)
def test_parse_published(value, expected):
    got = parse_published(value)
    assert got == expected
    if got is not None:
        assert got.utcoffset() == dt.timedelta(hours=9)


def test_resolution_uses_the_kst_day():
    """22:00 GMT on the 1st is already the 2nd in Seoul: '2일' is that day, not last month."""
    pub = parse_published("Mon, 01 Jul 2024 22:00:00 GMT")
    assert only("2일 만났다", pub).date == D(2024, 7, 2)
    utc_pub = dt.datetime(2024, 7, 1, 22, 0, tzinfo=dt.timezone.utc)
    assert only("2일 만났다", utc_pub).date == D(2024, 7, 2)


@pytest.mark.parametrize("text,pub,day", [
    ("\"어제 직접 만나 보니\"", JUL, D(2024, 7, 1)),
    ("어제 만났다", JAN, D(2024, 1, 2)),
    ("오늘 오전 만난다", JUL, D(2024, 7, 2)),
])
def test_yesterday_and_today_count_from_publication(text: str, pub: dt.datetime, day: dt.date) -> None:
    d = only(text, pub)
    assert (d.date, d.precision) == (day, "day")


def test_no_day_in_idioms() -> None:
    assert find_dates("오늘날 기술은 어제오늘 일이 아니다", JUL) == []


def test_first_day_of_a_trip_and_the_day_after() -> None:
    text = "권 회장은 14일부터 닷새 일정으로 베트남을 찾았다. 방문 첫날 A를 만났다. 이튿날에는 B를 면담했다."
    found = [(d.text, d.date, d.end_date) for d in find_dates(text, dt.datetime(2024, 10, 19, 9, tzinfo=KST))]
    assert found == [("14일부터 닷새 일정", D(2024, 10, 14), D(2024, 10, 18)),
                     ("첫날", D(2024, 10, 14), None), ("이튿날", D(2024, 10, 15), None)]


def test_first_day_of_a_trip_that_began_on_a_day_told() -> None:
    text = "함 회장은 지난 23일 출국해 6박 7일 일정으로 멕시코를 방문했다. 출장 첫날 A와 오찬을 했다."
    found = [(d.text, d.date) for d in find_dates(text, dt.datetime(2025, 3, 31, 9, tzinfo=KST))]
    assert found == [("지난 23일", D(2025, 3, 23)), ("첫날", D(2025, 3, 23))]


def test_days_the_story_was_told_are_marked() -> None:
    found = find_dates("19일 업계에 따르면 A는 지난 17일 B를 만났다. C는 D를 만났다고 19일 밝혔다.", JUL)
    assert [(d.text, d.aside) for d in found] == [("19일", "reported"), ("지난 17일", ""), ("19일", "announced")]


def test_a_day_counted_from_the_story_day() -> None:
    pub = dt.datetime(2025, 5, 20, 6, 0, tzinfo=KST)
    found = find_dates("2022년 5월 20일 평택을 찾았다. 이틀 뒤인 22일에는 서울에서 만났다.", pub)
    assert [(d.text, d.date) for d in found] == [("2022년 5월 20일", D(2022, 5, 20)), ("22일", D(2022, 5, 22))]


def test_a_bare_day_ahead_in_a_sentence_of_what_is_to_come() -> None:
    found = find_dates("8일 만난다. 5일 만날 예정이다. 28일 만났다. 지난 8일 만났다. 30일 만난다.", JAN)
    assert [d.date for d in found] == [D(2024, 1, 8), D(2024, 1, 5), D(2023, 12, 28), D(2023, 12, 8),
                                       D(2023, 12, 30)]


def test_a_years_end_and_beginning_are_its_december_and_january() -> None:
    pub = dt.datetime(2026, 2, 16, 9, 0, tzinfo=KST)
    found = find_dates("지난해 말에도 만났다. 올해 초 만났다. 지난해 말레이시아에서 만났다.", pub)
    assert [(d.date, d.precision) for d in found] == [(D(2025, 12, 1), "month"), (D(2026, 1, 1), "month"),
                                                      (D(2025, 1, 1), "year")]


def test_yesterday_inside_a_quotation_counts_from_the_day_it_was_said() -> None:
    pub = dt.datetime(2024, 5, 15, 9, 0, tzinfo=KST)
    found = find_dates('김 지사는 9일 "어제 구글코리아 사장과 만났다"고 밝혔다. 그는 어제 출국했다.', pub)
    assert [(d.text, d.date) for d in found] == [("9일", D(2024, 5, 9)), ("어제", D(2024, 5, 8)), ("어제", D(2024, 5, 14))]


def test_this_day_set_against_the_day_before_in_one_sentence() -> None:
    pub = dt.datetime(2024, 11, 13, 17, 0, tzinfo=KST)
    one = find_dates("13일 재계에 따르면 A는 전날 B를 만났고, 이날 오전에는 C와 회동했다.", pub)
    two = find_dates("13일 재계에 따르면 A는 전날 창원을 찾았다. 이날 저녁 만찬에는 B가 함께했다.", pub)
    assert [d.date for d in one] == [D(2024, 11, 13), D(2024, 11, 12), D(2024, 11, 13)]
    assert [d.date for d in two] == [D(2024, 11, 13), D(2024, 11, 12), D(2024, 11, 12)]


def test_years_and_months_ago() -> None:
    pub = dt.datetime(2017, 11, 20, 6, 0, tzinfo=KST)
    found = find_dates("3년 전에는 만났다. 두 달 전 만났다. 사흘 전 만났다.", pub)
    assert [(d.date, d.precision) for d in found] == [(D(2014, 1, 1), "year"), (D(2017, 9, 1), "month"),
                                                      (D(2017, 11, 17), "day")]


def test_a_point_counted_from_is_marked() -> None:
    found = find_dates("두 사람이 만난 것은 2019년 이후 처음이다. 지난달 28일 이래 두 번째다.", JUL)
    assert [(d.text, d.aside) for d in found] == [("2019년", "since"), ("지난달 28일", "since")]


def test_two_days_ago_and_weekdays() -> None:
    pub = dt.datetime(2023, 5, 16, 10, tzinfo=KST)  # a Tuesday
    found = find_dates("지난주 금요일 만났고 그제 다시 만났다. 이번 주 월요일에도. 그제서야 알았다.", pub)
    assert [(d.text, d.date) for d in found] == [("지난주 금요일", D(2023, 5, 12)), ("그제", D(2023, 5, 14)),
                                                 ("이번 주 월요일", D(2023, 5, 15))]


def test_the_last_and_the_next_weekday() -> None:
    pub = dt.datetime(2025, 3, 24, 9, tzinfo=KST)  # a Monday
    found = find_dates("지난 토요일 총회를 열었고, 지난 월요일에도 만났다. 오는 화요일과 오는 월요일에 다시 만난다.", pub)
    assert [(d.text, d.date) for d in found] == [("지난 토요일", D(2025, 3, 22)), ("지난 월요일", D(2025, 3, 17)),
                                                 ("오는 화요일", D(2025, 3, 25)), ("오는 월요일", D(2025, 3, 31))]


def test_a_month_day_takes_the_year_of_the_month_just_told() -> None:
    pub = dt.datetime(2026, 10, 27, 9, tzinfo=KST)
    found = find_dates("그는 지난해 10월 방한했을 때 10월 30일 서울에서 이 회장과 만났다.", pub)
    assert [(d.text, d.date) for d in found] == [("지난해 10월", D(2025, 10, 1)), ("10월 30일", D(2025, 10, 30))]


def test_a_decade_dates_nothing_and_leaves_dangsi_without_a_day() -> None:
    found = find_dates("지난해 6월 8일 만났다. 관계는 1990년대 중반으로 거슬러 올라간다. 당시 여 회장은 그를 처음 만났다.", JUL)
    assert [(d.text, d.date) for d in found] == [("지난해 6월 8일", D(2023, 6, 8)), ("당시", None)]


def test_last_night_in_a_post_counts_from_the_day_it_was_posted() -> None:
    pub = dt.datetime(2025, 5, 16, 9, tzinfo=KST)
    found = find_dates("선우 의장은 15일 새벽 페이스북에 \"어젯밤 성북동 집에서 저녁을 먹었다\"는 글을 올렸다. 엊저녁에도.", pub)
    assert [(d.text, d.date) for d in found] == [("15일", D(2025, 5, 15)), ("어젯밤", D(2025, 5, 14)),
                                                 ("엊저녁", D(2025, 5, 15))]


def test_that_day_of_a_year_told_just_before_is_in_that_year() -> None:
    pub = dt.datetime(2025, 7, 14, 9, tzinfo=KST)
    found = find_dates("2023년, 방 대표는 채 부회장을 처음 만났다. 세 사람은 그날 새벽까지 이야기를 나눴다. 이듬해 4월에는 "
                       "화상회의를 했다.", pub)
    assert [(d.text, d.date, d.precision) for d in found] == [
        ("2023년", D(2023, 1, 1), "year"), ("그날", D(2023, 1, 1), "year"), ("이듬해 4월", D(2024, 4, 1), "month")]


def test_eotgeuje_is_two_days_ago() -> None:
    pub = dt.datetime(2024, 2, 15, 13, tzinfo=KST)
    assert [(d.text, d.date) for d in find_dates("음 시장은 엊그제 공장을 찾았다.", pub)] == [("엊그제", D(2024, 2, 13))]


def test_the_year_before_last_and_after_next() -> None:
    pub = dt.datetime(2025, 10, 31, 13, tzinfo=KST)
    found = find_dates("재작년 5월 만났고 내후년 다시 만난다.", pub)
    assert [(d.text, d.date, d.precision) for d in found] == [
        ("재작년 5월", D(2023, 5, 1), "month"), ("내후년", D(2027, 1, 1), "year")]


def test_about_that_long_ago() -> None:
    pub = dt.datetime(2025, 7, 16, 9, tzinfo=KST)
    assert [(d.text, d.date, d.precision) for d in find_dates("두 사람은 2년여 전 처음 만났다.", pub)] == [
        ("2년여 전", D(2023, 1, 1), "year")]


def test_a_founders_year_and_that_year() -> None:
    pub = dt.datetime(2025, 3, 17, 9, tzinfo=KST)
    found = find_dates("두 집안의 인연은 1988년으로 거슬러 올라간다. 그해 창업주는 그를 만났다.", pub)
    assert [(d.text, d.date, d.precision) for d in found] == [
        ("1988년", D(1988, 1, 1), "year"), ("그해", D(1988, 1, 1), "year")]


def test_years_ago_as_what_it_was() -> None:
    pub = dt.datetime(2025, 4, 20, 9, tzinfo=KST)
    found = find_dates("첫 만남은 4년 전으로 거슬러 올라간다. 당시 그는 그녀를 만났다.", pub)
    assert [(d.text, d.date, d.precision) for d in found] == [
        ("4년 전으로", D(2021, 1, 1), "year"), ("당시", D(2021, 1, 1), "year")]


def test_the_year_after_the_one_just_told() -> None:
    pub = dt.datetime(2025, 3, 27, 9, tzinfo=KST)
    found = find_dates("2019년 봄 처음 만났다. 이듬해 3월에는 함께 둘러봤다.", pub)
    assert [(d.text, d.date, d.precision) for d in found] == [
        ("2019년", D(2019, 1, 1), "year"), ("이듬해 3월", D(2020, 3, 1), "month")]



def test_a_week_and_the_day_it_was() -> None:
    pub = dt.datetime(2024, 6, 18, 9, tzinfo=KST)
    found = find_dates("지난 주말인 15일 조선소를 찾았다.", pub)
    assert [(d.text, d.date, d.precision) for d in found] == [("15일", D(2024, 6, 15), "day")]


def test_korean_time_told_beside_a_local_day() -> None:
    pub = dt.datetime(2025, 5, 14, 6, tzinfo=KST)
    found = find_dates("13일(현지시간) 만났다. 회동은 두 시간 이어졌으며, 한국시간으로는 14일 새벽 1시께 끝났다.", pub)
    assert [(d.text, d.aside) for d in found] == [("13일(현지시간)", ""), ("14일", "converted")]


def test_the_day_before_the_day_the_news_was_told() -> None:
    pub = dt.datetime(2025, 11, 19, 9, tzinfo=KST)
    text = "(사진) A와 B가 18일 판교에서 악수하고 있다. A사는 두 사람이 전날 판교에서 만나 논의했다고 19일 밝혔다."
    assert [(d.text, d.date) for d in find_dates(text, pub)][1:] == [("전날", D(2025, 11, 18)), ("19일", D(2025, 11, 19))]


def test_a_day_given_in_parentheses_after_tomorrow_is_this_month() -> None:
    found = find_dates("하태림 대표와 내일(22일) 아침 조찬 회동을 가질 것이라는 말이 돌았다.",
                       dt.datetime(2022, 11, 21, 18, 0, tzinfo=KST))
    assert [(d.date, d.precision) for d in found] == [(dt.date(2022, 11, 22), "day")]


def test_this_afternoon_after_yesterday_evening_is_the_storys_day() -> None:
    pub = dt.datetime(2023, 3, 15, 18, 40, tzinfo=KST)
    text = ("전날 저녁에는 박용근 전 장관이 조문했다. 김현철 명예회장도 이날 오후 빈소를 찾았다. A 회장은 전날 저녁 B를 "
            "만찬으로 맞았다. B는 만찬에 앞서 이날 오후 공장을 둘러봤다.")
    assert [(d.text, d.date) for d in find_dates(text, pub)] == [
        ("전날", D(2023, 3, 14)), ("이날", D(2023, 3, 15)), ("전날", D(2023, 3, 14)), ("이날", D(2023, 3, 14))]


def test_a_bare_month_told_in_the_past_is_the_last_such_month() -> None:
    pub = dt.datetime(2025, 12, 29, 6, tzinfo=KST)
    text = ("한 해의 출발은 1월 라스베이거스였다. 윤 회장은 내년 1월 다시 그곳을 찾는다. 2월 열릴 포럼에서 만나기로 했다. "
            "그는 \"3월 회의에서 만나겠다\"고 말했다.")
    assert [(d.text, d.date) for d in find_dates(text, pub)] == [
        ("1월", D(2025, 1, 1)), ("내년 1월", D(2026, 1, 1)), ("2월", D(2026, 2, 1)), ("3월", D(2026, 3, 1))]


def test_a_day_right_after_the_same_month_is_that_months_day() -> None:
    pub = dt.datetime(2026, 6, 29, 6, tzinfo=KST)
    text = "이태경 회장은 2월 마에다 사장과 화상회의를 열었다. 같은 달 14일에는 권태식 회장이 만찬을 했다."
    assert [(d.text, d.date) for d in find_dates(text, pub)] == [
        ("2월", D(2026, 2, 1)), ("같은 달", D(2026, 2, 1)), ("14일", D(2026, 2, 14))]
