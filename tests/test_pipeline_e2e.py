"""End to end: the Prefect flow against a local HTTP server full of bad input."""
from __future__ import annotations

import time

import pandas as pd
import pytest

from extractors.raw_store import RawStore
from tests.conftest import LocalServer, article_html, rss

MEETING = ["이재용 삼성전자 회장은 3일 서울 서초구 사옥에서 젠슨 황 엔비디아 CEO와 만났다.",
           "두 사람은 고대역폭메모리(HBM) 공급 확대 방안을 논의한 것으로 알려졌다.",
           "삼성전자 관계자는 \"협력 범위를 넓혀 가기로 했다\"고 말했다."]
EUCKR = ["최태원 SK그룹 회장은 5일 사티아 나델라 마이크로소프트 CEO와 회동했다.",
         "두 사람은 인공지능 데이터센터 협력을 논의했다. 똠방각하 같은 글자도 읽힌다."]
OTHER = ["구광모 LG그룹 회장은 7일 미국 실리콘밸리에서 짐 켈러 텐스토렌트 CEO를 만났다.",
         "구 회장은 인공지능 반도체 사업 전망에 대해 설명을 들었다."]
PLAIN = ["한 중견기업이 신제품을 내놨다. 회사 측은 판매 목표를 작년보다 높여 잡았다고 밝혔다.",
         "업계는 시장 반응을 지켜보고 있다. 출시 행사는 서울에서 열렸다."]
DATE = "Mon, 03 Mar 2025 18:00:00 +0900"


def conditional(body: str, etag: str, content_type: str):
    def route(request):
        if request.get("If-None-Match") == etag:
            return 304, {"ETag": etag}, b""
        return 200, {"ETag": etag, "Content-Type": content_type}, body.encode("utf-8")
    return route


def build_site(server: LocalServer) -> list[str]:
    """Feeds and pages with every kind of trouble; returns the feed URLs."""
    s = server
    s.serve("/p/meeting.html", article_html("이재용 회장, 젠슨 황 CEO와 회동", MEETING))
    s.serve("/p/euckr.html", article_html("최태원 회장, 나델라와 회동", EUCKR, charset=None)
            .encode("cp949"), content_type="text/html")
    calls = {"n": 0}

    def flaky(request):
        calls["n"] += 1
        if calls["n"] == 1:
            return 500, {}, b"oops"
        return 200, {"Content-Type": "text/html; charset=utf-8"}, article_html(
            "구광모 회장, 짐 켈러 CEO와 만나", OTHER).encode()
    s.routes["/p/flaky.html"] = flaky

    def slow(request):
        time.sleep(1.0)
        return 200, {}, b""
    s.routes["/p/slow.html"] = slow
    s.serve("/p/nobody.html",
            "<html><body><nav><a href='/'>홈</a></nav><p>삭제된 기사</p></body></html>")
    s.serve("/p/binary.html", b"<html><body><p>\x80\x80\xff\xfe\x80\xff</p></body></html>",
            content_type="text/html")
    s.serve("/p/pagedate.html", article_html("신제품 출시", PLAIN, "2025-03-04T09:00:00+09:00"))
    s.serve("/p/nodate.html", article_html("시장 동향", PLAIN[::-1]))
    s.serve("/p/second.html", article_html("중견기업 소식", PLAIN + ["추가 문단이다. 끝."]))
    items = [{"title": "회동", "link": s.url("/p/meeting.html"), "pubDate": DATE},
             {"title": "EUC-KR", "link": s.url("/p/euckr.html"), "pubDate": DATE},
             {"title": "없음", "link": s.url("/p/missing.html"), "pubDate": DATE},
             {"title": "재시도", "link": s.url("/p/flaky.html"), "pubDate": DATE},
             {"title": "느림", "link": s.url("/p/slow.html"), "pubDate": DATE},
             {"title": "본문 없음", "link": s.url("/p/nobody.html"), "pubDate": DATE},
             {"title": "깨진 바이트", "link": s.url("/p/binary.html"), "pubDate": DATE},
             {"title": "링크 없음", "description": "x", "pubDate": DATE},
             {"title": "날짜는 페이지에", "link": s.url("/p/pagedate.html")},
             {"title": "날짜 없음", "link": s.url("/p/nodate.html")},
             {"title": "회동", "link": s.url("/p/meeting.html") + "?utm_source=rss",
              "pubDate": DATE}]
    s.routes["/rss.xml"] = conditional(rss(items), '"rss-1"', "application/rss+xml")
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>a</title><id>urn:a</id>
<updated>2025-03-03T09:00:00Z</updated>
<entry><title>회동</title><id>urn:1</id><link href="{s.url('/p/meeting.html')}"/>
<updated>2025-03-03T18:00:00+09:00</updated></entry>
<entry><title>소식</title><id>urn:2</id><link href="/p/second.html"/>
<updated>2025-03-03T19:00:00+09:00</updated></entry></feed>"""
    s.routes["/atom.xml"] = conditional(atom, '"atom-1"', "application/atom+xml")
    s.serve("/broken.xml", '<?xml version="1.0"?><rss version="2.0"><channel><<<',
            content_type="application/rss+xml")
    return [s.url(p) for p in ("/rss.xml", "/atom.xml", "/broken.xml", "/gone.xml")]


def read_tables(data_dir) -> dict[str, pd.DataFrame]:
    return {n: pd.read_parquet(data_dir / "processed" / f"{n}.parquet")
            for n in ("articles", "meetings", "participants", "mentions")}


@pytest.fixture
def site_run(prefect_harness, http_server, tmp_path):
    from flows.pipeline import pipeline

    feeds = build_site(http_server)

    def run():
        return pipeline(feeds=feeds, data_dir=str(tmp_path), timeout=0.3)
    return run, http_server, tmp_path


def test_bad_input_is_reported_and_reruns_are_idempotent(site_run):
    run, server, data_dir = site_run
    first = run()
    status = {f["location"].rsplit("/", 1)[1]: (f["status"], f["error"]) for f in first["feeds"]}
    assert status["rss.xml"] == ("ok", None) and status["atom.xml"] == ("ok", None)
    assert status["broken.xml"][0] == "failed" and "malformed" in status["broken.xml"][1]
    assert status["gone.xml"] == ("failed", "HTTP 404")
    reasons = sorted(s["reason"] for s in first["skipped"])
    assert reasons == sorted(["HTTP 404", "timed out", "page has no article body",
                              "undecodable bytes", "entry without link"])
    assert first["new_articles"] == 6 and first["duplicates"] == 2
    assert first["undated"] == [server.url("/p/nodate.html")]
    assert first["dated_from_page"] == 1
    assert server.hits["/p/flaky.html"] == 2 and server.hits["/p/slow.html"] == 3

    tables = read_tables(data_dir)
    articles = tables["articles"].set_index("url")
    assert len(articles) == 6 and articles.index.is_unique
    assert "똠방각하" in articles.loc[server.url("/p/euckr.html"), "text"]
    assert pd.isna(articles.loc[server.url("/p/nodate.html"), "published_at"])
    assert str(articles.loc[server.url("/p/pagedate.html"), "published_at"].date()) == "2025-03-04"
    assert str(articles["published_at"].dt.tz) == "Asia/Seoul"
    names = set(tables["participants"]["name"])
    assert {"이재용", "젠슨 황"} <= names

    second = run()
    status = {f["location"].rsplit("/", 1)[1]: f["status"] for f in second["feeds"]}
    # the RSS feed had a timed-out page, so its ETag was not kept: it is read again in full
    assert status["rss.xml"] == "ok" and status["atom.xml"] == "not_modified"
    assert second["new_articles"] == 0 and second["already_stored"] == 5
    assert server.hits["/p/meeting.html"] == 1 and server.hits["/p/second.html"] == 1
    again = read_tables(data_dir)
    for name, table in tables.items():
        pd.testing.assert_frame_equal(table, again[name])
    assert not again["mentions"].duplicated(["meeting_id", "article_id", "char_start"]).any()
    assert not again["participants"].duplicated(["meeting_id", "name"]).any()


def test_reprocess_and_crash_safety(site_run, monkeypatch):
    import flows.pipeline as pipeline_module
    from flows.pipeline import reprocess

    run, _, data_dir = site_run
    run()
    before = read_tables(data_dir)
    store = RawStore(data_dir)
    for cached in store.extractions_dir.glob("*.json"):
        cached.unlink()
    summary = reprocess(data_dir=str(data_dir))
    assert summary["extracted"] == 6 and not summary["extraction_errors"]
    assert len(list(store.extractions_dir.glob("*.json"))) == 6
    after = read_tables(data_dir)
    for name, table in before.items():
        pd.testing.assert_frame_equal(table, after[name])

    def broken_writer(tables, where):
        raise OSError("disk full")
    monkeypatch.setattr(pipeline_module, "write_tables", broken_writer)
    with pytest.raises(OSError):
        reprocess(data_dir=str(data_dir))
    for name, table in read_tables(data_dir).items():
        pd.testing.assert_frame_equal(table, before[name])
    assert len(store.article_ids()) == 6
