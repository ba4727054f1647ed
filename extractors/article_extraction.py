"""Running the NLP extractor over a batch of stored articles (plain Python, no Prefect)."""
from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from extractors.records import Article, MeetingMention

_PACKAGE = Path(__file__).resolve().parent
# What the extractor's output depends on besides Python code: lexicons and trained models.
_DATA_DIRS = (_PACKAGE.parent / "lexicons", _PACKAGE / "models")
# Below this many articles a worker pool costs more (start-up, model loading) than it saves.
MIN_PARALLEL_ARTICLES = 200
# Chunks per worker: few and large, so per-chunk pickling and scheduling stay negligible,
# yet enough to even out uneven chunks and to report progress.
CHUNKS_PER_WORKER = 4
_WARM_UP_TEXT = "회동\n김철수 한결전자 회장은 3일 서울에서 박영희 누리반도체 사장과 만났다."

Progress = Callable[[int, int], None]


@dataclass
class BatchResult:
    """Mentions per article id, and the articles whose extraction raised (with the error)."""

    mentions: dict[str, list[MeetingMention]] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

    def merge(self, other: BatchResult) -> None:
        self.mentions |= other.mentions
        self.errors |= other.errors


def extractor_version() -> str:
    """Digest of the library code, lexicons and models; mentions cached under another are stale."""
    digest = hashlib.sha1()
    files = sorted(_PACKAGE.rglob("*.py"))
    for folder in _DATA_DIRS:
        files += sorted(p for p in folder.rglob("*")
                        if p.is_file() and "__pycache__" not in p.parts)
    for path in files:
        digest.update(str(path.relative_to(_PACKAGE.parent)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def extract_article(article: Article) -> list[MeetingMention]:
    """Meetings one article reports; offsets refer to `article.text` (title line + body)."""
    from extractors.extraction import extract  # the NLP stack loads on first use only

    return extract(article.text, article.published_at)


def extract_articles(articles: list[Article]) -> BatchResult:
    """Extract every article of a batch; an article whose extraction raises is reported.

    Sequential: this is one worker's (or one Dask task's) share; `extract_in_workers` spreads
    large inputs over processes.
    """
    result = BatchResult()
    for article in articles:
        try:
            result.mentions[article.article_id] = extract_article(article)
        except Exception as exc:  # one bad article must not sink the batch
            result.errors[article.article_id] = f"{type(exc).__name__}: {exc}"[:200]
    return result


def default_workers() -> int:
    """Worker processes for extraction: the CPUs this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _load_extractor() -> None:
    """Pool initializer: load mecab, lexicons and the spaCy pipeline once per worker."""
    from extractors.extraction import extract

    extract(_WARM_UP_TEXT)


def chunked(items: list, n_chunks: int) -> list[list]:
    """`items` in at most n_chunks contiguous chunks of near-equal size."""
    size = -(-len(items) // max(1, n_chunks))
    return [items[i:i + size] for i in range(0, len(items), size)] if items else []


class ExtractorPool:
    """Worker processes that each load the extractor once, fed a few large chunks per call.

    Small inputs (or one worker) run in this process: a pool only pays off once its start-up
    is amortized, so it is started on the first large call and reused by later ones. Workers
    come from a fork server, never forked from a process that runs threads (Prefect's); the
    fork server imports the NLP stack once, so a worker starts in a fraction of a second.
    """

    def __init__(self, workers: int | None = None,
                 min_articles: int = MIN_PARALLEL_ARTICLES) -> None:
        self.workers = workers or default_workers()
        self.min_articles = min_articles
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> ExtractorPool:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["extractors.extraction"])
            self._pool = ProcessPoolExecutor(self.workers, mp_context=context,
                                             initializer=_load_extractor)
        return self._pool

    def extract(self, articles: list[Article], progress: Progress | None = None) -> BatchResult:
        """Mentions of every article; `progress(done, total)` after each chunk."""
        if self.workers <= 1 or len(articles) < self.min_articles:
            result = extract_articles(articles)
            if progress:
                progress(len(articles), len(articles))
            return result
        pool = self._executor()
        futures = [pool.submit(extract_articles, chunk)
                   for chunk in chunked(articles, self.workers * CHUNKS_PER_WORKER)]
        result = BatchResult()
        for future in as_completed(futures):
            result.merge(future.result())
            if progress:
                progress(len(result.mentions) + len(result.errors), len(articles))
        return result
