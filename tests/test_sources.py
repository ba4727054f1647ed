import pytest

from extractors.sources import (SourcesError, bundled_sources, is_remote, load_sources,
                                source_for_argument)
from tests.conftest import REPO


def test_load_sources_resolves_local_paths(tmp_path):
    (tmp_path / "s.yaml").write_text(
        "feeds:\n  - {name: 연합뉴스 경제, url: 'https://example.com/rss.xml'}\n"
        "  - {name: local, url: feeds/a.xml}\n", encoding="utf-8")
    remote, local = load_sources(tmp_path / "s.yaml")
    assert (remote.name, remote.location) == ("연합뉴스 경제", "https://example.com/rss.xml")
    assert local.location == str(tmp_path / "feeds" / "a.xml")


@pytest.mark.parametrize("text", ["feeds: []", "feeds:\n  - {name: x}", "- a", "feeds: [a"])
def test_bad_sources_file(tmp_path, text):
    (tmp_path / "s.yaml").write_text(text)
    with pytest.raises(SourcesError):
        load_sources(tmp_path / "s.yaml")


def test_feed_arguments_and_bundled_samples():
    assert source_for_argument("https://www.mk.co.kr/rss/30100041/").name == "www.mk.co.kr"
    assert source_for_argument("data/x.xml").name == "x"
    assert is_remote("http://a/") and not is_remote("file:///a") and not is_remote("/a")
    assert len(bundled_sources()) >= 2


def test_shipped_sources_yaml_is_valid():
    sources = load_sources(REPO / "sources.yaml")
    assert sources and all(is_remote(s.location) and s.name for s in sources)
