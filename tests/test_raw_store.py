from datetime import date, datetime, timezone

from extractors.feeds import KST
from extractors.mention_json import mention_from_dict, mention_to_dict
from extractors.raw_store import RawStore
from extractors.records import Article, MeetingMention, Participant


def make_article(article_id="a1", published=datetime(2025, 3, 1, 9, tzinfo=KST)):
    return Article(article_id=article_id, url=f"http://x/{article_id}", source="테스트",
                   title="제목", published_at=published,
                   fetched_at=datetime(2025, 3, 1, 1, tzinfo=timezone.utc), text="제목\n본문")


MENTION = MeetingMention(
    participants=(Participant("이재용", "이 회장", "삼성전자", "회장", "lee-jae-yong"),
                  Participant("젠슨 황", "젠슨 황")),
    date=date(2025, 3, 1), date_precision="month", location="미국", photo_op=True,
    confidence=0.9, sentence="이 회장은 젠슨 황을 만났다.", char_start=3, char_end=18,
    cues=("만났다",))


def test_mention_json_round_trip():
    assert mention_from_dict(mention_to_dict(MENTION)) == MENTION
    assert mention_to_dict(MENTION)["date"] == "2025-03-01"


def test_articles_round_trip(tmp_path):
    store = RawStore(tmp_path)
    assert store.article_ids() == [] and not store.has_article("a1")
    store.save_article(make_article("b2", published=None))
    store.save_article(make_article("a1"))
    assert store.article_ids() == ["a1", "b2"]
    assert store.load_article("a1") == make_article("a1")
    assert store.load_article("b2").published_at is None
    assert not list((tmp_path / "raw" / "articles").glob("*.tmp"))


def test_mentions_cache_is_versioned(tmp_path):
    store = RawStore(tmp_path)
    assert store.load_mentions("a1") is None
    store.save_mentions("a1", "v1", [MENTION])
    assert store.load_mentions("a1", "v1") == [MENTION]
    assert store.load_mentions("a1", "v2") is None


def test_feed_validators_merge(tmp_path):
    store = RawStore(tmp_path)
    assert store.feed_validators("http://f/1") == {}
    store.remember_feed_validators({"http://f/1": {"etag": '"a"'}})
    store.remember_feed_validators({"http://f/2": {"last_modified": "Mon"}})
    assert store.feed_validators("http://f/1") == {"etag": '"a"'}
    assert store.feed_validators("http://f/2") == {"last_modified": "Mon"}
