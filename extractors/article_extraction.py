"""Running the NLP extractor over a batch of stored articles (plain Python, no Prefect)."""
from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import chain, islice
from multiprocessing import forkserver
from pathlib import Path

from extractors.records import Article, MeetingMention

_PACKAGE = Path(__file__).resolve().parent
# What the extractor's output depends on besides Python code: lexicons and trained models.
_DATA_DIRS = (_PACKAGE.parent / "lexicons", _PACKAGE / "models")
# Below this many articles a worker pool costs more (start-up, model loading) than it saves.
MIN_PARALLEL_ARTICLES = 200
# Articles per chunk handed to a worker: about a second of work, so pickling and scheduling
# stay negligible while results come back steadily as articles arrive.
CHUNK_ARTICLES = 50
# Chunks submitted and not yet collected, per worker: keeps every worker busy while holding
# only a few hundred articles in memory, however long the input.
CHUNKS_IN_FLIGHT = 4
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

    Sequential: this is one worker's (or one Dask task's) share; `ExtractorPool` spreads
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


def start_fork_server() -> multiprocessing.context.BaseContext:
    """The fork server worker processes come from, started now if it is not running.

    It imports the NLP stack once (about a second of CPU), so a worker starts in a fraction of a
    second. Flows start it before Prefect starts its API server: while the flow waits for that
    server, the import runs on a core that would otherwise sit idle.
    """
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["extractors.extraction"])
    forkserver.ensure_running()
    return context


def chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """`articles` in consecutive lists of `size` (the last shorter), read lazily."""
    it = iter(articles)
    return iter(lambda: list(islice(it, size)), [])


class ExtractorPool:
    """Worker processes that each load the extractor once, fed chunks of articles as they come.

    Small inputs (or one worker) run in this process: a pool only pays off once its start-up
    is amortized, so it is started on the first large input and reused by later ones. Workers
    come from a fork server, never forked from a process that runs threads (Prefect's); the
    fork server imports the NLP stack once, so a worker starts in a fraction of a second.
    """

    def __init__(self, workers: int | None = None, min_articles: int = MIN_PARALLEL_ARTICLES,
                 chunk_articles: int = CHUNK_ARTICLES) -> None:
        self.workers = workers or default_workers()
        self.min_articles = min_articles
        self.chunk_articles = chunk_articles
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> ExtractorPool:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=start_fork_server(),
                                             initializer=_load_extractor)
        return self._pool

    def stream(self, articles: Iterable[Article]) -> Iterator[BatchResult]:
        """Results chunk by chunk, in input order, while `articles` is still being produced.

        The input is read lazily (pages being fetched, an archive being loaded), so extraction
        overlaps its producer and memory holds only the chunks in flight. Fewer than
        `min_articles` in all are extracted in this process.
        """
        articles = iter(articles)
        head = list(islice(articles, self.min_articles))
        if self.workers <= 1 or len(head) < self.min_articles:
            for chunk in chunks(chain(head, articles), self.chunk_articles):
                yield extract_articles(chunk)
            return
        pool = self._executor()
        pending: deque[Future[BatchResult]] = deque()
        for chunk in chunks(chain(head, articles), self.chunk_articles):
            pending.append(pool.submit(extract_articles, chunk))
            while pending and (len(pending) >= self.workers * CHUNKS_IN_FLIGHT
                               or pending[0].done()):
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def extract(self, articles: list[Article], progress: Progress | None = None) -> BatchResult:
        """Mentions of every article; `progress(done, total)` after each chunk."""
        result = BatchResult()
        for part in self.stream(articles):
            result.merge(part)
            if progress:
                progress(len(result.mentions) + len(result.errors), len(articles))
        return result
