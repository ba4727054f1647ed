from pathlib import Path

from flows.deployment import DEPLOYMENT_NAME, build_deployment


def test_deployment_schedule_and_parameters(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    deployment = build_deployment(cron="30 7 * * *", sources_file="s.yaml", data_dir="d",
                                  feeds=["http://x/rss", "local.xml"])
    assert deployment.name == DEPLOYMENT_NAME and deployment.flow_name == "hoedong-pipeline"
    (schedule,) = deployment.schedules
    assert schedule.schedule.cron == "30 7 * * *"
    assert schedule.schedule.timezone == "Asia/Seoul"
    params = deployment.parameters
    assert params["data_dir"] == str(tmp_path / "d") and Path(params["sources_file"]).is_absolute()
    assert params["feeds"] == ["http://x/rss", str(tmp_path / "local.xml")]
    assert deployment.entrypoint == "flows.pipeline.pipeline"


def test_default_schedule_is_hourly():
    (schedule,) = build_deployment().schedules
    assert schedule.schedule.cron == "0 * * * *"
