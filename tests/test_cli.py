import json

import duckdb
import pytest

from flows.cli import build_parser, main
from tests.conftest import REPO

SAMPLE_PAGE = REPO / "data" / "raw" / "samples" / "pages" / "a02_hyundai_toyota.html"


def test_parser_commands_and_defaults():
    parser = build_parser()
    args = parser.parse_args(["run"])
    assert (args.feed, args.sources, args.data_dir, args.timeout) == ([], None, "data", 10.0)
    args = parser.parse_args(["run", "--feed", "a.xml", "--feed", "http://x/rss"])
    assert args.feed == ["a.xml", "http://x/rss"]
    assert parser.parse_args(["serve"]).cron == "0 * * * *"
    assert parser.parse_args(["reprocess", "--data-dir", "d"]).data_dir == "d"
    with pytest.raises(SystemExit):
        parser.parse_args([])


def test_unreadable_inputs_exit_2(tmp_path, capsys):
    bad = tmp_path / "s.yaml"
    bad.write_text("feeds: nope")
    assert main(["run", "--sources", str(bad)]) == 2
    assert main(["run", "--sources", str(tmp_path / "none.yaml")]) == 2
    assert main(["run", "--feed", str(tmp_path / "none.xml")]) == 2
    assert main(["extract", str(tmp_path / "none.txt")]) == 2
    assert capsys.readouterr().err.count("hoedong:") == 4


def test_extract_plain_text_seed_format(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("이재용 회장, 젠슨 황과 회동\n2025-03-03 18:00\n"
                       "이재용 삼성전자 회장은 3일 서울에서 젠슨 황 엔비디아 CEO와 만났다.\n",
                       encoding="utf-8")
    assert main(["extract", str(article)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines, "one meeting expected"
    assert {p["name"] for p in lines[0]["participants"]} == {"이재용", "젠슨 황"}
    assert lines[0]["date"] == "2025-03-03"


def test_extract_html_with_published_override(capsys):
    assert main(["extract", str(SAMPLE_PAGE), "--published", "2024-10-27 17:05"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert any({p["name"] for p in m["participants"]} == {"정의선", "도요다 아키오"}
               for m in lines)


def test_run_bundled_samples_offline(prefect_harness, tmp_path, capsys):
    assert main(["run", "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "new articles: 9" in out and "duplicate entries: 2" in out
    assert "entry without link" in out and "page has no article body" in out
    processed = tmp_path / "processed"
    pairs = duckdb.sql(f"""
        select a.name, b.name from '{processed}/participants.parquet' a
        join '{processed}/participants.parquet' b using (meeting_id)
        join '{processed}/meetings.parquet' m using (meeting_id)
        where a.name < b.name and m.status = 'occurred' and m.mode = 'in_person'""").fetchall()
    assert ("도요다 아키오", "정의선") in pairs
    text = duckdb.sql(f"select text from '{processed}/articles.parquet' "
                      "where url like '%euckr%'").fetchall()[0][0]
    assert "실리콘밸리" in text  # the EUC-KR page without any charset
