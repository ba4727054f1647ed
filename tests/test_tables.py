import os
from datetime import date

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from extractors.consolidation import consolidate
from extractors.tables import SCHEMAS, build_tables, write_tables
from tests.test_consolidation import article, mention

REQUIRED = {
    "articles": ["article_id", "url", "source", "title", "published_at", "fetched_at", "text"],
    "meetings": ["meeting_id", "meeting_date", "date_precision", "location", "status", "mode",
                 "photo_op", "n_articles", "first_reported_at", "confidence"],
    "participants": ["meeting_id", "name", "surface", "organization", "title", "person_id"],
    "mentions": ["meeting_id", "article_id", "url", "sentence", "char_start", "char_end"],
}


def sample_tables():
    articles = [article("a"), article("b", None)]
    consolidated = consolidate([(articles[0], [
        mention("이재용", "젠슨 황", when=date(2025, 3, 4), precision="day", location="서울")])])
    return build_tables(articles, consolidated)


def test_schemas_hold_the_contract_columns():
    for name, columns in REQUIRED.items():
        assert SCHEMAS[name].names[:len(columns)] == columns
    assert str(SCHEMAS["articles"].field("published_at").type.tz) == "Asia/Seoul"


def test_written_tables_read_with_pandas_and_duckdb(tmp_path):
    paths = write_tables(sample_tables(), tmp_path)
    articles = pd.read_parquet(paths["articles"])
    assert str(articles["published_at"].dt.tz) == "Asia/Seoul"
    assert articles["published_at"].isna().sum() == 1
    assert pd.read_parquet(paths["meetings"]).loc[0, "meeting_date"] == date(2025, 3, 4)
    rows = duckdb.sql(f"""
        select m.meeting_date, list_sort(list(p.name)) as names
        from '{paths["meetings"]}' m join '{paths["participants"]}' p using (meeting_id)
        group by all""").fetchall()
    assert rows == [(date(2025, 3, 4), ["이재용", "젠슨 황"])]
    assert sorted(os.listdir(tmp_path)) == sorted(f"{n}.parquet" for n in SCHEMAS)


def test_failed_write_leaves_old_tables(tmp_path, monkeypatch):
    paths = write_tables(sample_tables(), tmp_path)
    before = {n: pq.read_table(p) for n, p in paths.items()}
    real_write = pq.write_table
    calls = {"n": 0}

    def crash_on_third(table, where, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk full")
        real_write(table, where, **kwargs)

    monkeypatch.setattr(pq, "write_table", crash_on_third)
    empty = build_tables([], consolidate([]))
    with pytest.raises(OSError):
        write_tables(empty, tmp_path)
    assert {n: pq.read_table(p) for n, p in paths.items()} == before
    assert sorted(os.listdir(tmp_path)) == sorted(f"{n}.parquet" for n in SCHEMAS)
