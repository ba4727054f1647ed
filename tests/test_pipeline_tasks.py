"""The flow's tasks as plain functions (`task.fn`), on the bundled samples: no Prefect server."""
from extractors.article_extraction import extractor_version
from extractors.raw_store import RawStore
from extractors.sources import bundled_sources
from flows.pipeline import (extract_batch, fetch_and_extract, fetch_feeds, fetch_pages, reporting,
                            resolve_sources, write_processed_tables)


def test_tasks_chain_on_samples(tmp_path):
    seen = []
    with reporting(lambda stage, done, total: seen.append((stage, done, total))):
        feeds = fetch_feeds.fn(bundled_sources(), str(tmp_path))
        report = fetch_pages.fn(feeds, str(tmp_path))
    assert [f.status for f in feeds] == ["ok", "ok"]
    assert len(report.new_article_ids) == 9 and report.duplicates == 2
    assert ("feeds", 2, 2) in seen and ("pages", 9, 9) in seen  # 9 pages, one without a body

    version = extractor_version()
    ids = RawStore(tmp_path).article_ids()
    extraction = extract_batch.fn(ids, str(tmp_path), version)
    assert extraction.errors == {} and extraction.extracted == len(ids) == 9
    counts = write_processed_tables.fn(str(tmp_path), version)
    assert counts["articles"] == 9 and counts["meetings"] >= 1
    assert sorted(p.name for p in (tmp_path / "processed").iterdir()) == [
        "articles.parquet", "meetings.parquet", "mentions.parquet", "participants.parquet"]


def test_fetch_and_extract_takes_new_and_stale_articles(tmp_path):
    version = extractor_version()
    feeds = fetch_feeds.fn(bundled_sources(), str(tmp_path))
    report, extraction = fetch_and_extract.fn(feeds, str(tmp_path), version)
    store = RawStore(tmp_path)
    assert len(report.new_article_ids) == extraction.extracted == 9 and not extraction.errors
    assert all(store.load_mentions(a, version) is not None for a in store.article_ids())

    stale = report.new_article_ids[0]
    (tmp_path / "raw" / "extractions" / f"{stale}.json").unlink()
    report, extraction = fetch_and_extract.fn(feeds, str(tmp_path), version)
    assert report.new_article_ids == [] and report.already_stored == 9
    assert extraction.extracted == 1 and store.load_mentions(stale, version) is not None


def test_resolve_sources(tmp_path):
    assert resolve_sources(None, None) == bundled_sources()
    (tmp_path / "s.yaml").write_text("feeds:\n  - {name: a, url: 'http://x/rss'}\n")
    sources = resolve_sources(["http://y/feed"], str(tmp_path / "s.yaml"))
    assert [s.location for s in sources] == ["http://y/feed", "http://x/rss"]
