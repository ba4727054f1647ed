from datetime import date, datetime, timedelta, timezone

from extractors.consolidation import consolidate, dates_agree
from extractors.feeds import KST
from extractors.records import Article, MeetingMention, Participant

T0 = datetime(2025, 3, 10, 9, tzinfo=KST)


def article(article_id, published=T0):
    return Article(article_id, f"http://x/{article_id}", "s", "t", published,
                   datetime(2025, 3, 20, tzinfo=timezone.utc), "t\n본문")


def mention(*names, when=None, precision=None, status="occurred", mode="in_person",
            location=None, photo=False, confidence=0.5, start=0, org=None):
    people = tuple(Participant(n, n + " 회장" if i == 0 else n, org if i == 0 else None)
                   for i, n in enumerate(names))
    return MeetingMention(people, status, mode, when, precision, location, photo, confidence,
                          "문장", start, start + 10)


def test_photo_op_is_what_most_reports_tell():
    """Three reports of one lunch, one of them with the photo: no photo-op; one of two: a photo-op."""
    def reports(photos):
        return consolidate([(article(k), [mention("이재용", "젠슨 황", when=date(2025, 3, 4), precision="day",
                                                  photo=photo)]) for k, photo in zip("abc", photos)])
    assert [m["photo_op"] for m in reports([True, False, False]).meetings] == [False]
    assert [m["photo_op"] for m in reports([False, True]).meetings] == [True]
    assert [m["photo_op"] for m in reports([True, True, False]).meetings] == [True]


def test_dates_agree_at_coarser_precision():
    assert dates_agree(date(2025, 3, 4), "day", date(2025, 3, 1), "month")
    assert not dates_agree(date(2025, 3, 4), "day", date(2025, 3, 5), "day")
    assert not dates_agree(date(2025, 3, 4), "day", date(2025, 4, 1), "month")
    assert dates_agree(date(2025, 3, 4), "day", date(2025, 1, 1), "year")


def test_same_meeting_across_articles_merges():
    result = consolidate([
        (article("a"), [mention("이재용", "젠슨 황", when=date(2025, 3, 4), precision="day",
                                location="서울", confidence=0.6, org="삼성전자")]),
        (article("b", T0 + timedelta(days=1)),
         [mention("젠슨 황", "이재용", when=date(2025, 3, 1), precision="month",
                  photo=True, confidence=0.9, location="서울", start=40)]),
    ])
    (meeting,) = result.meetings
    assert meeting["meeting_date"] == date(2025, 3, 4) and meeting["date_precision"] == "day"
    assert meeting["n_articles"] == 2 and meeting["photo_op"] and meeting["confidence"] == 0.9
    assert meeting["first_reported_at"] == T0 and meeting["location"] == "서울"
    assert [p["name"] for p in result.participants] == ["이재용", "젠슨 황"]
    assert result.participants[0]["surface"] == "이재용 회장"
    assert result.participants[0]["organization"] == "삼성전자"
    assert len(result.mentions) == 2


def test_different_days_status_or_mode_stay_apart():
    result = consolidate([(article("a"), [
        mention("A", "B", when=date(2025, 3, 4), precision="day"),
        mention("A", "B", when=date(2025, 3, 9), precision="day", start=20),
        mention("A", "B", when=date(2025, 3, 4), precision="day", mode="phone", start=40),
        mention("A", "B", when=date(2025, 3, 4), precision="day", status="planned", start=60),
    ])])
    assert len(result.meetings) == 4
    assert len({m["meeting_id"] for m in result.meetings}) == 4


def test_single_person_mentions_are_dropped():
    assert consolidate([(article("a"), [mention("A"), mention("A", "A")])]).meetings == []


def test_undated_mention_joins_within_a_week_only():
    result = consolidate([
        (article("a"), [mention("A", "B", when=date(2025, 3, 9), precision="day")]),
        (article("b", T0 + timedelta(days=3)), [mention("A", "B")]),
        (article("c", T0 + timedelta(days=30)), [mention("A", "B")]),
    ])
    by_articles = sorted(m["n_articles"] for m in result.meetings)
    assert by_articles == [1, 2]
    undated = [m for m in result.meetings if m["meeting_date"] is None]
    assert len(undated) == 1 and undated[0]["date_precision"] is None


def test_ids_stable_and_rows_unique():
    inputs = [(article("a"), [mention("A", "B", "C", when=date(2025, 3, 4), precision="day"),
                              mention("A", "B", "C", when=date(2025, 3, 4), precision="day")])]
    first, second = consolidate(inputs), consolidate(list(reversed(inputs)))
    assert first == second
    assert len(first.meetings) == 1 and len(first.participants) == 3
    assert len(first.mentions) == 1  # the same sentence span once
