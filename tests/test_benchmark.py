"""`hoedong bench` on a tiny corpus: every key is there and sane (no timing assertions)."""
from __future__ import annotations

import json

from extractors.article_extraction import ExtractorPool, extract_articles
from extractors.bench_corpus import generate_corpus
from flows.benchmark import _as_articles, feed_xml, page_html
from flows.cli import main

KEYS = ("tokenizer_s", "extract_s", "extract_vs_tokenizer", "e2e_s", "e2e_articles_per_s",
        "library_s", "prefect_overhead", "peak_rss_mb", "peak_rss_mb_extract",
        "peak_rss_mb_e2e", "extract_2_workers_s", "scaling_2_vs_1", "load_avg_start",
        "machine", "cpus")


def test_corpus_is_seeded_and_news_sized():
    corpus = generate_corpus(30, seed=7)
    assert corpus == generate_corpus(30, seed=7) and corpus != generate_corpus(30, seed=8)
    assert all(1500 <= len(a.text) <= 3200 for a in corpus)
    assert len({a.slug for a in corpus}) == 30
    assert all("~" not in a.text for a in corpus)  # every particle marker resolved


def test_pages_and_feed_serve_the_corpus():
    article = generate_corpus(1)[0]
    assert article.paragraphs[0].encode() in page_html(article) or "&" in article.paragraphs[0]
    assert b"/news/a000000.html" in feed_xml([article], "http://127.0.0.1:1")


def test_worker_pool_matches_one_process():
    articles = _as_articles(generate_corpus(6))
    with ExtractorPool(2, min_articles=0) as pool:
        pooled = pool.extract(articles)
    assert pooled.mentions == extract_articles(articles).mentions


def test_stream_reads_its_input_as_it_goes():
    articles = _as_articles(generate_corpus(12))
    read = []

    def arriving():
        for article in articles:
            read.append(article.article_id)
            yield article

    with ExtractorPool(2, min_articles=0, chunk_articles=1) as pool:
        stream = pool.stream(arriving())
        first = next(stream)
        assert len(read) <= 2 * 4  # two workers, four chunks in flight each
        results = [first, *stream]
    assert [a for r in results for a in r.mentions] == [a.article_id for a in articles]
    assert {a: m for r in results for a, m in r.mentions.items()} == \
        extract_articles(articles).mentions


def test_bench_writes_every_key(tmp_path, capsys):
    out = tmp_path / "bench.json"
    assert main(["bench", "--articles", "12", "--json", str(out)]) == 0
    results = json.loads(out.read_text())
    assert set(KEYS) <= set(results) and results["articles"] == 12
    assert results["tokenizer_s"] > 0 and results["extract_vs_tokenizer"] > 1
    assert 0 < results["e2e_articles_per_s"] and results["prefect_overhead"] > 0
    assert 50 < results["peak_rss_mb"] < 5000 and results["scaling_2_vs_1"] > 0
    assert "extract_vs_tokenizer" in capsys.readouterr().out
