import time

from extractors.fetching import Fetcher, read_local


def flaky(failures: int, status: int = 500):
    """A route that fails `failures` times with `status`, then answers 200."""
    calls = {"n": 0}

    def route(request):
        calls["n"] += 1
        if calls["n"] <= failures:
            return status, {}, b"busy"
        return 200, {"Content-Type": "text/html"}, b"<p>ok</p>"
    return route


def test_ok_with_headers(http_server):
    url = http_server.serve("/a", "<p>가</p>", headers={"ETag": '"v1"'})
    with Fetcher() as fetcher:
        result = fetcher.fetch(url)
    assert result.ok and result.content == "<p>가</p>".encode() and result.etag == '"v1"'


def test_5xx_is_retried_then_succeeds(http_server):
    http_server.routes["/flaky"] = flaky(2)
    with Fetcher(backoff=0.01) as fetcher:
        result = fetcher.fetch(http_server.url("/flaky"))
    assert result.ok and http_server.hits["/flaky"] == 3


def test_retries_are_bounded(http_server):
    http_server.routes["/down"] = flaky(99, 503)
    with Fetcher(retries=1, backoff=0.01) as fetcher:
        result = fetcher.fetch(http_server.url("/down"))
    assert result.error == "HTTP 503" and result.retryable and http_server.hits["/down"] == 2


def test_404_is_not_retried(http_server):
    with Fetcher(backoff=0.01) as fetcher:
        result = fetcher.fetch(http_server.url("/missing"))
    assert result.status == 404 and not result.retryable and http_server.hits["/missing"] == 1


def test_timeout_is_retried_and_reported(http_server):
    def slow(request):
        time.sleep(1.0)
        return 200, {}, b"late"
    http_server.routes["/slow"] = slow
    with Fetcher(timeout=0.2, retries=1, backoff=0.01) as fetcher:
        result = fetcher.fetch(http_server.url("/slow"))
    assert result.error == "timed out" and http_server.hits["/slow"] == 2


def test_size_cap(http_server):
    url = http_server.serve("/big", b"x" * 5000)
    with Fetcher(max_bytes=1000) as fetcher:
        assert "larger than" in fetcher.fetch(url).error


def test_only_http_links():
    with Fetcher() as fetcher:
        assert "not an http(s) link" in fetcher.fetch("file:///etc/passwd").error
        assert fetcher.fetch("ftp://example.com/a").error


def test_conditional_get_304(http_server):
    def conditional(request):
        if request.get("If-None-Match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        return 200, {"ETag": '"v1"'}, b"<rss/>"
    http_server.routes["/feed"] = conditional
    with Fetcher() as fetcher:
        assert fetcher.fetch(http_server.url("/feed")).ok
        assert fetcher.fetch(http_server.url("/feed"), {"If-None-Match": '"v1"'}).not_modified


def test_fetch_many_keeps_order(http_server):
    urls = [http_server.serve(f"/p{i}", f"{i}") for i in range(6)]
    with Fetcher(per_host=2) as fetcher:
        assert [r.content for r in fetcher.fetch_many(urls)] == [str(i).encode() for i in range(6)]


def test_read_local(tmp_path):
    (tmp_path / "a.html").write_bytes(b"<p>x</p>")
    assert read_local(str(tmp_path / "a.html")).content == b"<p>x</p>"
    assert read_local((tmp_path / "a.html").as_uri()).ok
    assert read_local(str(tmp_path / "none.html")).error == "file not found"
