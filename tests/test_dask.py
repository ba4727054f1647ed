"""Reprocess on a Dask cluster (prefect-dask) gives the same tables as the local run."""
from __future__ import annotations

import shutil

import pandas as pd
import pytest

import flows.pipeline as pipeline_module
from extractors.sources import bundled_sources
from flows.pipeline import fetch_feeds, fetch_pages, run_reprocess

TABLES = {"articles": ["article_id"], "meetings": ["meeting_id"],
          "participants": ["meeting_id", "name"],
          "mentions": ["meeting_id", "article_id", "char_start"]}


def _table(data_dir, name: str) -> pd.DataFrame:
    frame = pd.read_parquet(data_dir / "processed" / f"{name}.parquet")
    return frame.sort_values(TABLES[name]).reset_index(drop=True)


@pytest.fixture(scope="module")
def dask_address():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def test_reprocess_on_dask_matches_local(tmp_path, prefect_harness, dask_address, monkeypatch):
    stored = tmp_path / "stored"
    fetch_pages.fn(fetch_feeds.fn(bundled_sources(), str(stored)), str(stored))
    local, remote = tmp_path / "local", tmp_path / "dask"
    shutil.copytree(stored, local)
    shutil.copytree(stored, remote)

    local_summary = run_reprocess(data_dir=str(local), workers=1)
    monkeypatch.setattr(pipeline_module, "DASK_BATCH", 4)  # several batches on two workers
    dask_summary = run_reprocess(dask_address, data_dir=str(remote))

    assert dask_summary["extracted"] == local_summary["extracted"] == 9
    assert dask_summary["extraction_errors"] == {}
    assert dask_summary["meetings"] == local_summary["meetings"] >= 1
    for name in TABLES:
        pd.testing.assert_frame_equal(_table(remote, name), _table(local, name))


def test_dask_address_from_environment(monkeypatch):
    monkeypatch.setenv("HOEDONG_DASK_ADDRESS", "tcp://10.0.0.5:8786")
    assert pipeline_module.resolve_dask_address(None) == "tcp://10.0.0.5:8786"
    assert pipeline_module.resolve_dask_address("tcp://h:1") == "tcp://h:1"
    monkeypatch.delenv("HOEDONG_DASK_ADDRESS")
    assert pipeline_module.resolve_dask_address(None) is None
