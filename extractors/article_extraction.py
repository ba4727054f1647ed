"""Running the NLP extractor over stored articles, one at a time or in worker processes."""
from __future__ import annotations

import hashlib
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from extractors.records import Article, MeetingMention

_PACKAGE = Path(__file__).resolve().parent
_LEXICONS = _PACKAGE.parent / "lexicons"
# Below this many articles, starting worker processes (each loads the NLP models) costs more
# than it saves.
PROCESS_POOL_MIN_ARTICLES = 64


@dataclass
class BatchResult:
    """Mentions per article id, and the articles whose extraction raised (with the error)."""

    mentions: dict[str, list[MeetingMention]] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)


def extractor_version() -> str:
    """A digest of the library code and lexicons: cached mentions from another digest are stale."""
    digest = hashlib.sha1()
    files = sorted(_PACKAGE.rglob("*.py"))
    if _LEXICONS.exists():
        files += sorted(p for p in _LEXICONS.rglob("*") if p.is_file())
    for path in files:
        digest.update(str(path.relative_to(_PACKAGE.parent)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def extract_article(article: Article) -> list[MeetingMention]:
    """Meetings one article reports; offsets refer to `article.text` (title line + body)."""
    from extractors.extraction import extract  # the NLP stack loads on first use only

    return extract(article.text, article.published_at)


def _extract_chunk(articles: list[Article]) -> BatchResult:
    result = BatchResult()
    for article in articles:
        try:
            result.mentions[article.article_id] = extract_article(article)
        except Exception as exc:  # one bad article must not sink the batch
            result.errors[article.article_id] = f"{type(exc).__name__}: {exc}"[:200]
    return result


def extract_articles(articles: list[Article], workers: int = 1) -> BatchResult:
    """Extract every article; with workers > 1 and a big batch, in worker processes."""
    if workers <= 1 or len(articles) < PROCESS_POOL_MIN_ARTICLES:
        return _extract_chunk(articles)
    size = -(-len(articles) // (workers * 4))
    chunks = [articles[i:i + size] for i in range(0, len(articles), size)]
    merged = BatchResult()
    context = multiprocessing.get_context("spawn")  # no fork of a threaded parent
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        for part in pool.map(_extract_chunk, chunks):
            merged.mentions.update(part.mentions)
            merged.errors.update(part.errors)
    return merged
