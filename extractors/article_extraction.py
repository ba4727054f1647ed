"""Running the NLP extractor over a batch of stored articles (plain Python, no Prefect)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from extractors.records import Article, MeetingMention

_PACKAGE = Path(__file__).resolve().parent
# What the extractor's output depends on besides Python code: lexicons and trained models.
_DATA_DIRS = (_PACKAGE.parent / "lexicons", _PACKAGE / "models")


@dataclass
class BatchResult:
    """Mentions per article id, and the articles whose extraction raised (with the error)."""

    mentions: dict[str, list[MeetingMention]] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)


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

    Sequential on purpose: at ~20 ms per article a local process pool measured slower on the
    2-core machine (worker start-up and model loading dominate); parallelism across batches
    belongs to the flow's task runner.
    """
    result = BatchResult()
    for article in articles:
        try:
            result.mentions[article.article_id] = extract_article(article)
        except Exception as exc:  # one bad article must not sink the batch
            result.errors[article.article_id] = f"{type(exc).__name__}: {exc}"[:200]
    return result
