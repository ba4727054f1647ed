"""`hoedong bench`: how fast the tokenizer, the extractor and a whole run are, on one corpus.

One seeded corpus (extractors.bench_corpus) is measured five ways: konlpy Mecab `pos` alone
(the floor), the extractor in one process, `hoedong run` end to end against a local HTTP
server serving the feed and the pages, the same fetch + extract + tables done by the library
without Prefect, and extraction over two worker processes. Results are ratios first, so they
travel between machines; the raw seconds, the load average and the machine come with them.
"""
from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import psutil

from extractors.bench_corpus import BenchArticle, generate_corpus
from extractors.records import Article

DEFAULT_ARTICLES = 2000
TARGETS = {"extract_vs_tokenizer": ("<=", 3.0), "prefect_overhead": ("<=", 1.5),
           "e2e_articles_per_s": (">=", 50.0), "peak_rss_mb": ("<=", 1500.0),
           "scaling_2_vs_1": (">=", 1.7)}


def page_html(article: BenchArticle) -> bytes:
    """A news page: navigation, the article (headline, date, paragraphs), a footer."""
    body = "".join(f"<p>{escape(p)}</p>" for p in article.paragraphs)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(article.title)}'
            f'</title><meta property="article:published_time" '
            f'content="{article.published_at.isoformat()}"></head><body><nav><a href="/">홈</a>'
            f' <a href="/biz">경제</a></nav><article><h1>{escape(article.title)}</h1>{body}'
            f"</article><footer>벤치마크 뉴스</footer></body></html>").encode("utf-8")


def feed_xml(articles: list[BenchArticle], base: str) -> bytes:
    """An RSS 2.0 feed of summary-only entries, so every page is fetched."""
    items = "".join(
        f"<item><title>{escape(a.title)}</title><link>{base}/news/{a.slug}.html</link>"
        f"<description>{escape(a.paragraphs[0][:120])}</description>"
        f"<pubDate>{format_datetime(a.published_at)}</pubDate></item>" for a in articles)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>벤치마크 경제</title><link>{base}/</link><description>bench</description>"
            f"{items}</channel></rss>").encode("utf-8")


@contextmanager
def serve_corpus(articles: list[BenchArticle]) -> Iterator[str]:
    """A local HTTP server with /rss.xml and one page per article; yields the feed URL."""
    routes: dict[str, tuple[str, bytes]] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            content_type, body = routes.get(self.path, ("text/plain", b""))
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    routes["/rss.xml"] = ("application/rss+xml", feed_xml(articles, base))
    for a in articles:
        routes[f"/news/{a.slug}.html"] = ("text/html; charset=utf-8", page_html(a))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"{base}/rss.xml"
    finally:
        httpd.shutdown()
        httpd.server_close()


def machine() -> str:
    """CPU model name (Linux), else the architecture."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.machine()


def _as_articles(corpus: list[BenchArticle]) -> list[Article]:
    now = datetime.now(timezone.utc)
    return [Article(a.slug, f"bench:{a.slug}", "bench", a.title, a.published_at, now, a.text)
            for a in corpus]


def time_tokenizer(texts: list[str]) -> float:
    """(a) konlpy Mecab `pos` over every text, the tagger loaded beforehand."""
    from extractors.morphology import tagger

    pos = tagger().pos
    pos(texts[0])
    start = time.perf_counter()
    for text in texts:
        pos(text)
    return time.perf_counter() - start


def time_extractor(articles: list[Article]) -> float:
    """(b) text -> meeting records in this process, the extractor loaded beforehand."""
    from extractors.article_extraction import extract_articles

    extract_articles(articles[:1])
    start = time.perf_counter()
    result = extract_articles(articles)
    elapsed = time.perf_counter() - start
    if result.errors:
        raise RuntimeError(f"extraction failed on the bench corpus: {result.errors}")
    return elapsed


def time_workers(articles: list[Article], workers: int) -> float:
    """(e) extraction over a pool of worker processes, start-up and model loading included."""
    from extractors.article_extraction import ExtractorPool

    start = time.perf_counter()
    with ExtractorPool(workers, min_articles=0) as pool:
        pool.extract(articles)
    return time.perf_counter() - start


def _peak_rss_mb(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Run a command; (wall seconds, peak RSS in MB of it and all its child processes)."""
    start = time.perf_counter()
    proc = psutil.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while proc.poll() is None:
        try:
            tree = [proc, *proc.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.1)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {proc.stderr.read().decode()[-2000:]}")
    return elapsed, peak / 2**20


def library_run(feed_url: str, data_dir: str) -> None:
    """Fetch + extract + tables with the library alone: the flow's work without Prefect.

    As in the flow, pages are extracted by the worker pool as they arrive.
    """
    from extractors.article_extraction import ExtractorPool, extractor_version
    from extractors.consolidation import consolidate
    from extractors.fetching import Fetcher
    from extractors.ingestion import IngestReport, read_feed, stored_articles
    from extractors.raw_store import RawStore
    from extractors.sources import source_for_argument
    from extractors.tables import build_tables, write_tables

    store = RawStore(data_dir)
    version = extractor_version()
    articles: list[Article] = []
    mentions: dict[str, list] = {}
    with Fetcher() as fetcher, ExtractorPool() as pool:
        feed = read_feed(source_for_argument(feed_url), store, fetcher)

        def arriving() -> Iterator[Article]:
            for article in stored_articles([feed], store, fetcher, IngestReport()):
                articles.append(article)
                yield article

        for result in pool.stream(arriving()):
            for article_id, found in result.mentions.items():
                store.save_mentions(article_id, version, found)
            mentions |= result.mentions
    consolidated = consolidate((a, mentions[a.article_id]) for a in articles
                               if a.article_id in mentions)
    write_tables(build_tables(articles, consolidated), Path(data_dir) / "processed")


def time_end_to_end(corpus: list[BenchArticle], workdir: Path) -> dict[str, float]:
    """(c) `hoedong run` and the library alone, each in a fresh process on a fresh folder."""
    env = dict(os.environ)
    with serve_corpus(corpus) as feed_url:
        run_s, run_rss = _peak_rss_mb(
            [sys.executable, "-m", "flows.cli", "run", "--feed", feed_url,
             "--data-dir", str(workdir / "run")], env)
        lib_s, lib_rss = _peak_rss_mb(
            [sys.executable, "-c", "import sys; from flows.benchmark import library_run; "
             "library_run(sys.argv[1], sys.argv[2])", feed_url, str(workdir / "library")], env)
    return {"e2e_s": run_s, "peak_rss_mb_e2e": run_rss, "library_s": lib_s,
            "peak_rss_mb_library": lib_rss}


def run_bench(n: int = DEFAULT_ARTICLES, seed: int = 20250101, end_to_end: bool = True,
              workdir: Path | None = None) -> dict:
    """Every measurement on one corpus of n articles; returns the JSON keys."""
    results: dict = {"articles": n, "seed": seed, "cpus": os.cpu_count(),
                     "load_avg_start": round(os.getloadavg()[0], 2),
                     "machine": machine(),
                     "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
                     "python": platform.python_version(),
                     "measured_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    corpus = generate_corpus(n, seed)
    articles = _as_articles(corpus)
    results["chars_mean"] = round(sum(len(a.text) for a in articles) / n)
    results["tokenizer_s"] = time_tokenizer([a.text for a in articles])
    results["extract_s"] = time_extractor(articles)
    results["peak_rss_mb_extract"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results["extract_vs_tokenizer"] = results["extract_s"] / results["tokenizer_s"]
    results["extract_2_workers_s"] = time_workers(articles, 2)
    results["scaling_2_vs_1"] = results["extract_s"] / results["extract_2_workers_s"]
    if end_to_end:
        with tempfile.TemporaryDirectory(prefix="hoedong-bench-", dir=workdir) as tmp:
            results |= time_end_to_end(corpus, Path(tmp))
        results["e2e_articles_per_s"] = n / results["e2e_s"]
        results["prefect_overhead"] = results["e2e_s"] / results["library_s"]
    results["peak_rss_mb"] = max(results["peak_rss_mb_extract"],
                                 results.get("peak_rss_mb_e2e", 0.0))
    results["load_avg_end"] = round(os.getloadavg()[0], 2)
    return {k: round(v, 3) if isinstance(v, float) else v for k, v in results.items()}


def print_results(results: dict) -> None:
    """The results as a table, each target with whether it was met."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"hoedong bench: {results['articles']} articles, "
                        f"{results['chars_mean']} characters on average")
    for column in ("measure", "value", "target"):
        table.add_column(column)
    rows = [("(a) Mecab pos alone", f"{results['tokenizer_s']:.2f} s"),
            ("(b) extractor, one process", f"{results['extract_s']:.2f} s"),
            ("extract_vs_tokenizer", f"{results['extract_vs_tokenizer']:.2f}"),
            ("(e) extractor, 2 worker processes", f"{results['extract_2_workers_s']:.2f} s"),
            ("scaling_2_vs_1", f"{results['scaling_2_vs_1']:.2f}")]
    if "e2e_s" in results:
        rows += [("(c) hoedong run end to end", f"{results['e2e_s']:.2f} s"),
                 ("e2e_articles_per_s", f"{results['e2e_articles_per_s']:.1f}"),
                 ("library alone (no Prefect)", f"{results['library_s']:.2f} s"),
                 ("prefect_overhead", f"{results['prefect_overhead']:.2f}"),
                 ("(d) peak RSS of hoedong run (with children)",
                  f"{results['peak_rss_mb_e2e']:.0f} MB")]
    rows += [("(d) peak RSS of (b)", f"{results['peak_rss_mb_extract']:.0f} MB"),
             ("peak_rss_mb", f"{results['peak_rss_mb']:.0f}")]
    for name, value in rows:
        target = ""
        if name in TARGETS:
            op, bound = TARGETS[name]
            met = results[name] <= bound if op == "<=" else results[name] >= bound
            target = f"{op} {bound:g} " + ("met" if met else "NOT met")
        table.add_row(name, value, target)
    Console().print(table)
    print(f"{results['cpus']} CPUs, {results['machine']}, Python {results['python']}; "
          f"load average {results['load_avg_start']} at start, {results['load_avg_end']} at end")


def bench(n: int = DEFAULT_ARTICLES, json_path: str | None = None) -> dict:
    """Measure, print, and write the JSON file if asked."""
    results = run_bench(n)
    print_results(results)
    if json_path:
        Path(json_path).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return results
