"""The hoedong Prefect flow: fetch feeds, fetch pages and extract them as they arrive, write tables.

Tasks are coarse and thin; the work is done by plain functions in `extractors`. Progress goes
to an optional reporter set by the CLI (a rich display), so the flow itself stays quiet.

Extraction runs in local worker processes fed while the pages are still being fetched, or,
given a Dask scheduler address, on that cluster through prefect-dask once the pages are stored:
one Dask task per batch of DASK_BATCH articles (a Dask task costs ~120 ms, a batch ~10 s of
work). Articles travel to the workers and mentions come back, so workers need hoedong
installed, not the data folder.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from itertools import chain
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from extractors.article_extraction import (BatchResult, ExtractorPool, default_workers,
                                           extract_articles, extractor_version, start_fork_server)
from extractors.consolidation import consolidate
from extractors.fetching import Fetcher
from extractors.ingestion import (FeedReport, IngestReport, ingest, read_feed,
                                  remember_validators, stored_articles)
from extractors.raw_store import RawStore
from extractors.records import Article
from extractors.sources import FeedSource, bundled_sources, load_sources, source_for_argument
from extractors.tables import build_tables, write_tables

DASK_BATCH = 500
# Dask batches in flight at once: keeps the cluster busy without loading the whole archive.
DASK_IN_FLIGHT = 16
DASK_ADDRESS_ENV = "HOEDONG_DASK_ADDRESS"
FLOW_NAME = "hoedong-pipeline"

Reporter = Callable[[str, int, int], None]
_reporter: Reporter | None = None


@contextmanager
def reporting(reporter: Reporter) -> Iterator[None]:
    """Send (stage, done, total) progress of flows run inside this block to `reporter`."""
    global _reporter
    previous, _reporter = _reporter, reporter
    try:
        yield
    finally:
        _reporter = previous


def _report(stage: str, done: int, total: int) -> None:
    if _reporter is not None:
        _reporter(stage, done, total)


@dataclass
class RunSummary:
    """What one run did, for the CLI's summary and the flow's return value."""

    data_dir: str
    feeds: list[dict] = field(default_factory=list)
    new_articles: int = 0
    already_stored: int = 0
    duplicates: int = 0
    skipped: list[dict] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)
    dated_from_page: int = 0
    extracted: int = 0
    extraction_errors: dict[str, str] = field(default_factory=dict)
    articles_total: int = 0
    meetings: int = 0
    meetings_occurred_in_person: int = 0
    participants: int = 0
    mentions: int = 0
    tables: dict[str, str] = field(default_factory=dict)


@dataclass
class Extraction:
    """How many articles an extraction step read through, and which failed (by article id)."""

    extracted: int = 0
    errors: dict[str, str] = field(default_factory=dict)

    def add(self, result: BatchResult) -> None:
        self.extracted += len(result.mentions)
        self.errors |= result.errors


def resolve_sources(feeds: list[str] | None, sources_file: str | None) -> list[FeedSource]:
    """--feed arguments plus a sources file; neither means the bundled samples."""
    sources = [source_for_argument(f) for f in feeds or []]
    if sources_file:
        sources += load_sources(sources_file)
    return sources or bundled_sources()


@task(name="fetch-feeds", retries=2, retry_delay_seconds=5, cache_policy=NO_CACHE)
def fetch_feeds(sources: list[FeedSource], data_dir: str,
                timeout: float = 10.0) -> list[FeedReport]:
    """Read every feed (conditional GET for URLs); failures are reported, not raised."""
    store = RawStore(data_dir)
    reports = []
    with Fetcher(timeout=timeout) as fetcher:
        for i, source in enumerate(sources, 1):
            reports.append(read_feed(source, store, fetcher))
            _report("feeds", i, len(sources))
    return reports


@task(name="fetch-pages", retries=2, retry_delay_seconds=5, cache_policy=NO_CACHE)
def fetch_pages(feeds: list[FeedReport], data_dir: str, timeout: float = 10.0) -> IngestReport:
    """Store the new articles (fetching pages of summary-only entries); remember validators."""
    store = RawStore(data_dir)
    with Fetcher(timeout=timeout) as fetcher:
        report = ingest(feeds, store, fetcher, lambda d, t: _report("pages", d, t))
    remember_validators(feeds, report, store)
    return report


@task(name="fetch-pages-and-extract", retries=2, retry_delay_seconds=5, cache_policy=NO_CACHE)
def fetch_and_extract(feeds: list[FeedReport], data_dir: str, version: str,
                      timeout: float = 10.0,
                      workers: int | None = None) -> tuple[IngestReport, Extraction]:
    """Store the new articles and extract each as it arrives, then those with stale mentions.

    One task, so that the local worker processes extract the first articles while later pages
    are still being fetched and parsed.
    """
    store = RawStore(data_dir)
    stale = stale_ids(store, version)  # taken first: the new articles come from the feeds
    report = IngestReport()
    with Fetcher(timeout=timeout) as fetcher:
        new = stored_articles(feeds, store, fetcher, report, lambda d, t: _report("pages", d, t))
        extraction = _extract_locally(store, chain(new, map(store.load_article, stale)),
                                      version, workers)
    remember_validators(feeds, report, store)
    return report, extraction


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_batch(article_ids: list[str], data_dir: str, version: str,
                  workers: int | None = None) -> Extraction:
    """Extract stored articles in local worker processes and cache the mentions."""
    store = RawStore(data_dir)
    return _extract_locally(store, map(store.load_article, article_ids), version, workers)


def stale_ids(store: RawStore, version: str) -> list[str]:
    """Stored articles with no mentions cached by this extractor version."""
    return [a for a in store.article_ids() if store.load_mentions(a, version) is None]


def _extract_locally(store: RawStore, articles: Iterable[Article], version: str,
                     workers: int | None) -> Extraction:
    """Stream articles through local worker processes, caching mentions as each chunk ends.

    The worker pool lives for the whole call, so its start-up is paid once; articles are read
    as the pool takes them, so memory stays flat however many there are.
    """
    extraction = Extraction()
    handed = 0

    def counted() -> Iterator[Article]:
        nonlocal handed
        for article in articles:
            handed += 1
            yield article

    with ExtractorPool(workers) as pool:
        for result in pool.stream(counted()):
            _save(store, version, result)
            extraction.add(result)
            _report("extract", extraction.extracted + len(extraction.errors), handed)
    return extraction


@task(name="extract-on-dask", cache_policy=NO_CACHE)
def extract_remote(articles: list[Article]) -> tuple[str, BatchResult]:
    """One coarse batch on a Dask worker; returns the worker's extractor version with it."""
    return extractor_version(), extract_articles(articles)


def _save(store: RawStore, version: str, result: BatchResult) -> None:
    for article_id, mentions in result.mentions.items():
        store.save_mentions(article_id, version, mentions)


def _extract_on_dask(data_dir: str, article_ids: list[str], version: str) -> Extraction:
    """Submit batches to the flow's Dask task runner, a bounded number in flight."""
    store = RawStore(data_dir)
    extraction = Extraction()
    pending: deque = deque()

    def collect() -> None:
        worker_version, result = pending.popleft().result()
        if worker_version != version:
            raise RuntimeError(f"Dask worker runs extractor {worker_version}, this flow "
                               f"{version}: install the same hoedong on the workers")
        _save(store, version, result)
        extraction.add(result)
        _report("extract", extraction.extracted + len(extraction.errors), len(article_ids))

    for start in range(0, len(article_ids), DASK_BATCH):
        batch = [store.load_article(a) for a in article_ids[start:start + DASK_BATCH]]
        pending.append(extract_remote.submit(batch))
        if len(pending) >= DASK_IN_FLIGHT:
            collect()
    while pending:
        collect()
    return extraction


@task(name="write-tables", cache_policy=NO_CACHE)
def write_processed_tables(data_dir: str, version: str) -> dict[str, int | str]:
    """Rebuild all four tables from every stored article and its current cached mentions."""
    store = RawStore(data_dir)
    articles = list(store.articles())
    extracted = []
    for article in articles:
        mentions = store.load_mentions(article.article_id, version)
        if mentions is not None:
            extracted.append((article, mentions))
    consolidated = consolidate(extracted)
    tables = build_tables(articles, consolidated)
    paths = write_tables(tables, Path(data_dir) / "processed")
    occurred = sum(1 for m in consolidated.meetings
                   if m["status"] == "occurred" and m["mode"] == "in_person")
    return {"articles": len(articles), "meetings": len(consolidated.meetings),
            "occurred": occurred, "participants": len(consolidated.participants),
            "mentions": len(consolidated.mentions),
            "dir": str(paths["meetings"].parent)}


def resolve_dask_address(dask_address: str | None) -> str | None:
    """--dask-address, else HOEDONG_DASK_ADDRESS, else None (local worker processes)."""
    return dask_address or os.environ.get(DASK_ADDRESS_ENV) or None


def _finish(summary: RunSummary, extraction: Extraction,
            counts: dict[str, int | str]) -> dict:
    summary.extracted = extraction.extracted
    summary.extraction_errors = extraction.errors
    summary.articles_total = int(counts["articles"])
    summary.meetings = int(counts["meetings"])
    summary.meetings_occurred_in_person = int(counts["occurred"])
    summary.participants = int(counts["participants"])
    summary.mentions = int(counts["mentions"])
    summary.tables = {name: str(Path(str(counts["dir"])) / f"{name}.parquet")
                      for name in ("articles", "meetings", "participants", "mentions")}
    return asdict(summary)


@flow(name=FLOW_NAME)
def pipeline(feeds: list[str] | None = None, sources_file: str | None = None,
             data_dir: str = "data", timeout: float = 10.0, dask_address: str | None = None,
             workers: int | None = None) -> dict:
    """One run: read feeds, store new articles, extract what is not cached, rebuild tables.

    `timeout` is per HTTP request (each is retried twice on timeouts and 5xx answers).
    Call it through `run_pipeline`, which sets the Dask task runner for `dask_address`;
    `workers` is the number of local extraction processes when there is no Dask (default: the
    CPUs). Locally, pages are extracted as they arrive; on Dask, once all are stored.
    """
    data_dir = str(Path(data_dir).resolve())
    summary = RunSummary(data_dir=data_dir)
    feed_reports = fetch_feeds(resolve_sources(feeds, sources_file), data_dir, timeout)
    summary.feeds = [{"name": f.source.name, "location": f.source.location, "status": f.status,
                      "entries": len(f.entries), "error": f.error, "warning": f.warning}
                     for f in feed_reports]
    version = extractor_version()
    if dask_address:
        ingested = fetch_pages(feed_reports, data_dir, timeout)
        extraction = _extract_on_dask(data_dir, stale_ids(RawStore(data_dir), version), version)
    else:
        ingested, extraction = fetch_and_extract(feed_reports, data_dir, version, timeout,
                                                 workers)
    summary.new_articles = len(ingested.new_article_ids)
    summary.already_stored = ingested.already_stored
    summary.duplicates = ingested.duplicates
    summary.skipped = [{"where": s.where, "reason": s.reason} for s in ingested.skipped]
    summary.undated = ingested.undated
    summary.dated_from_page = ingested.dated_from_page
    return _finish(summary, extraction, write_processed_tables(data_dir, version))


@flow(name="hoedong-reprocess")
def reprocess(data_dir: str = "data", dask_address: str | None = None,
              workers: int | None = None) -> dict:
    """Re-extract every stored article (no fetching) and replace the tables."""
    data_dir = str(Path(data_dir).resolve())
    summary = RunSummary(data_dir=data_dir)
    article_ids = RawStore(data_dir).article_ids()
    version = extractor_version()
    extraction = (_extract_on_dask(data_dir, article_ids, version) if dask_address
                  else extract_batch(article_ids, data_dir, version, workers))
    return _finish(summary, extraction, write_processed_tables(data_dir, version))


def _set_up(flow_obj, dask_address: str | None, workers: int | None):
    """The flow on the Dask cluster at `dask_address` (prefect-dask); without one, the flow as it
    is, the fork server of its local workers started first so that it loads the NLP stack while
    Prefect starts its API server."""
    if not dask_address:
        if (workers or default_workers()) > 1:
            start_fork_server()
        return flow_obj
    from prefect_dask import DaskTaskRunner

    return flow_obj.with_options(task_runner=DaskTaskRunner(address=dask_address))


def run_pipeline(dask_address: str | None = None, **parameters) -> dict:
    """`pipeline` set up for its Dask address (or HOEDONG_DASK_ADDRESS) or local workers."""
    address = resolve_dask_address(dask_address)
    return _set_up(pipeline, address, parameters.get("workers"))(dask_address=address, **parameters)


def run_reprocess(dask_address: str | None = None, **parameters) -> dict:
    """`reprocess` set up for its Dask address (or HOEDONG_DASK_ADDRESS) or local workers."""
    address = resolve_dask_address(dask_address)
    return _set_up(reprocess, address, parameters.get("workers"))(dask_address=address, **parameters)
