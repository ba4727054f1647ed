"""Getting bytes: http(s) with bounded concurrency, retries and a size cap; local files."""
from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

import httpx

USER_AGENT = "hoedong/0.1 (+https://github.com/; news meeting tables)"


@dataclass(frozen=True)
class FetchResult:
    """What one GET (or file read) gave: bytes and headers, or why there are none."""

    url: str
    status: int | None
    content: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    retryable: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and self.status == 200

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class Fetcher:
    """An httpx client that fetches many URLs politely.

    Bounded by a global thread pool and a per-host semaphore; timeouts, network errors and
    5xx answers are retried with exponential backoff; bodies above `max_bytes` are abandoned.
    """

    def __init__(self, *, timeout: float = 10.0, retries: int = 2, backoff: float = 0.5,
                 max_bytes: int = 5_000_000, concurrency: int = 8, per_host: int = 2,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.retries = retries
        self.backoff = backoff
        self.max_bytes = max_bytes
        self.concurrency = concurrency
        self._per_host = per_host
        self._host_slots: dict[str, threading.Semaphore] = {}
        self._lock = threading.Lock()
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout), follow_redirects=True, max_redirects=5,
            headers={"User-Agent": USER_AGENT}, transport=transport,
            limits=httpx.Limits(max_connections=concurrency),
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def _slot(self, host: str) -> threading.Semaphore:
        with self._lock:
            return self._host_slots.setdefault(host, threading.Semaphore(self._per_host))

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> FetchResult:
        """GET one http(s) URL with retries; never raises for network trouble."""
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            return FetchResult(url, None, error=f"not an http(s) link: {url[:80]}")
        result = FetchResult(url, None, error="not fetched")
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            with self._slot(parsed.hostname):
                result = self._get_once(url, headers or {})
            if not result.retryable:
                break
        return result

    def _get_once(self, url: str, headers: dict[str, str]) -> FetchResult:
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                status = response.status_code
                meta = dict(content_type=response.headers.get("content-type"),
                            etag=response.headers.get("etag"),
                            last_modified=response.headers.get("last-modified"))
                if status == 304:
                    return FetchResult(url, status, **meta)
                if status >= 400:
                    return FetchResult(url, status, error=f"HTTP {status}",
                                       retryable=status >= 500 or status == 429, **meta)
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    return FetchResult(url, status, error=f"larger than {self.max_bytes} bytes")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body.extend(chunk)
                    if len(body) > self.max_bytes:
                        return FetchResult(url, status,
                                           error=f"larger than {self.max_bytes} bytes")
                return FetchResult(url, status, bytes(body), **meta)
        except httpx.TimeoutException:
            return FetchResult(url, None, error="timed out", retryable=True)
        except httpx.TransportError as exc:
            return FetchResult(url, None, error=f"network error: {type(exc).__name__}",
                               retryable=True)
        except httpx.HTTPError as exc:
            return FetchResult(url, None, error=f"HTTP error: {type(exc).__name__}")

    def fetch_many(self, urls: list[str]) -> Iterator[FetchResult]:
        """Fetch URLs concurrently, all requested at once; results in the order of `urls`.

        Each result is yielded as soon as it and those before it are in, so the caller parses
        the first pages while later ones are still downloading.
        """
        if not urls:
            return
        with ThreadPoolExecutor(max_workers=min(self.concurrency, len(urls))) as pool:
            yield from pool.map(self.fetch, urls)


def local_path(location: str) -> Path:
    """The filesystem path of a file:// URL or a plain path."""
    if location.startswith("file:"):
        return Path(unquote(urlparse(location).path))
    return Path(location)


def read_local(location: str, max_bytes: int = 5_000_000) -> FetchResult:
    """Read a local feed or page as if it had been fetched (status 200 or an error)."""
    path = local_path(location)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return FetchResult(location, None, error=f"larger than {max_bytes} bytes")
        return FetchResult(location, 200, path.read_bytes())
    except FileNotFoundError:
        return FetchResult(location, 404, error="file not found")
    except OSError as exc:
        return FetchResult(location, None, error=f"unreadable file: {exc.strerror}")
