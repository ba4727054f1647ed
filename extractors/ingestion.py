"""Feeds and pages into the raw store: which entries to fetch, and why others were skipped.

Every failure becomes a `Skip` with a reason for the run summary; nothing here raises for bad
input, and each article is stored the moment it is read, so a later failure loses nothing.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone

from extractors.decoding import UndecodableError, decode_page
from extractors.feeds import FeedEntry, FeedError, parse_feed
from extractors.fetching import FetchResult, Fetcher, local_path, read_local
from extractors.pages import NoBodyError, extract_page
from extractors.raw_store import RawStore
from extractors.records import Article, article_id_for
from extractors.sources import FeedSource, is_remote

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Skip:
    """Something not ingested: the feed or link, and a short reason."""

    where: str
    reason: str


@dataclass
class FeedReport:
    """One feed read: its entries, or why there are none."""

    source: FeedSource
    status: str  # "ok", "not_modified" or "failed"
    entries: list[FeedEntry] = field(default_factory=list)
    error: str | None = None
    warning: str | None = None
    validators: dict[str, str] = field(default_factory=dict)


@dataclass
class IngestReport:
    new_article_ids: list[str] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    duplicates: int = 0
    already_stored: int = 0
    undated: list[str] = field(default_factory=list)
    dated_from_page: int = 0
    feeds_to_retry: set[str] = field(default_factory=set)


def read_feed(source: FeedSource, store: RawStore, fetcher: Fetcher) -> FeedReport:
    """Fetch (conditional GET for URLs) and parse one feed."""
    if is_remote(source.location):
        remembered = store.feed_validators(source.location)
        headers = {}
        if remembered.get("etag"):
            headers["If-None-Match"] = remembered["etag"]
        if remembered.get("last_modified"):
            headers["If-Modified-Since"] = remembered["last_modified"]
        result = fetcher.fetch(source.location, headers)
        base = source.location
    else:
        result = read_local(source.location, fetcher.max_bytes)
        base = local_path(source.location).resolve().as_uri()
    if result.not_modified:
        return FeedReport(source, "not_modified")
    if not result.ok:
        return FeedReport(source, "failed", error=result.error)
    try:
        parsed = parse_feed(result.content, base, result.content_type)
    except FeedError as exc:
        return FeedReport(source, "failed", error=str(exc))
    validators = {k: v for k, v in (("etag", result.etag),
                                    ("last_modified", result.last_modified)) if v}
    return FeedReport(source, "ok", parsed.entries, warning=parsed.warning,
                      validators=validators)


def _allowed_link(link: str, source: FeedSource) -> bool:
    """http(s) links always; file links only from a local feed (a remote feed may not read disk)."""
    if is_remote(link):
        return True
    return not is_remote(source.location) and link.startswith("file:")


def _fetched(links: list[str], fetcher: Fetcher,
             progress: Progress | None) -> Iterator[FetchResult]:
    """Each link's result in order, as soon as it is in (remote ones are all requested at once)."""
    remote = fetcher.fetch_many([link for link in links if is_remote(link)])
    for i, link in enumerate(links, 1):
        yield next(remote) if is_remote(link) else read_local(link, fetcher.max_bytes)
        if progress:
            progress(i, len(links))


def _article(entry: FeedEntry, source: FeedSource, link: str, body: str, page_title: str | None,
             published: datetime | None, fetched_at: datetime) -> Article:
    title = entry.title or page_title or ""
    return Article(article_id=article_id_for(link), url=link, source=source.name, title=title,
                   published_at=published, fetched_at=fetched_at, text=f"{title}\n{body}")


def stored_articles(feeds: list[FeedReport], store: RawStore, fetcher: Fetcher,
                    report: IngestReport, progress: Progress | None = None) -> Iterator[Article]:
    """Store every new article the feeds list, yielding each the moment it is stored.

    Pages are fetched only for summary-only entries, and parsed as they arrive, so a consumer
    (the extractor's worker pool) works on the first articles while later pages are still being
    fetched. Skips, duplicates and dates are counted in `report`.
    """
    seen: set[str] = set()
    to_fetch: list[tuple[FeedEntry, FeedSource, str]] = []
    fetched_at = datetime.now(timezone.utc)
    for feed in feeds:
        for entry in feed.entries:
            if not entry.link:
                report.skipped.append(Skip(f"{feed.source.name}: {entry.title[:40]!r}",
                                           "entry without link"))
                continue
            if not _allowed_link(entry.link, feed.source):
                report.skipped.append(Skip(entry.link, "not an http(s) link"))
                continue
            article_id = article_id_for(entry.link)
            if article_id in seen:
                report.duplicates += 1
                continue
            seen.add(article_id)
            if store.has_article(article_id):
                report.already_stored += 1
            elif entry.has_full_text:
                yield _keep(report, store, _article(entry, feed.source, entry.link,
                                                    entry.content, None, entry.published_at,
                                                    fetched_at))
            else:
                to_fetch.append((entry, feed.source, entry.link))
    results = _fetched([link for _, _, link in to_fetch], fetcher, progress)
    for (entry, source, link), result in zip(to_fetch, results, strict=True):
        if not result.ok:
            report.skipped.append(Skip(link, result.error or f"HTTP {result.status}"))
            if result.retryable:
                report.feeds_to_retry.add(source.location)
            continue
        try:
            html, _ = decode_page(result.content, result.content_type)
            page = extract_page(html, link)
        except UndecodableError:
            report.skipped.append(Skip(link, "undecodable bytes"))
            continue
        except NoBodyError:
            report.skipped.append(Skip(link, "page has no article body"))
            continue
        published = entry.published_at or page.published_at
        if entry.published_at is None and page.published_at is not None:
            report.dated_from_page += 1
        yield _keep(report, store, _article(entry, source, link, page.text, page.title,
                                            published, fetched_at))


def ingest(feeds: list[FeedReport], store: RawStore, fetcher: Fetcher,
           progress: Progress | None = None) -> IngestReport:
    """Store every new article the feeds list, for callers that extract them later."""
    report = IngestReport()
    deque(stored_articles(feeds, store, fetcher, report, progress), maxlen=0)
    return report


def _keep(report: IngestReport, store: RawStore, article: Article) -> Article:
    store.save_article(article)
    report.new_article_ids.append(article.article_id)
    if article.published_at is None:
        report.undated.append(article.url)
    return article


def remember_validators(feeds: list[FeedReport], report: IngestReport, store: RawStore) -> None:
    """Keep ETag/Last-Modified of feeds read in full, so the next run can get a 304.

    A feed with an entry that failed for a passing reason (timeout, 5xx) is not remembered:
    a 304 next time would hide that entry for good.
    """
    store.remember_feed_validators({
        f.source.location: f.validators for f in feeds
        if f.status == "ok" and f.validators and f.source.location not in report.feeds_to_retry
    })

