"""`hoedong serve`: the pipeline flow as a Prefect deployment on a cron schedule (KST)."""
from __future__ import annotations

from pathlib import Path

from prefect import serve
from prefect.deployments.runner import EntrypointType, RunnerDeployment
from prefect.schedules import Cron

from flows.pipeline import FLOW_NAME, pipeline

DEPLOYMENT_NAME = "scheduled"
DEFAULT_CRON = "0 * * * *"
TIMEZONE = "Asia/Seoul"


def build_deployment(cron: str = DEFAULT_CRON, feeds: list[str] | None = None,
                     sources_file: str | None = None, data_dir: str = "data",
                     timeout: float = 10.0) -> RunnerDeployment:
    """The deployment `prefect deployment run 'hoedong-pipeline/scheduled'` triggers.

    Paths are made absolute because scheduled runs need not start in this directory, and the
    entrypoint is the installed module rather than a file path for the same reason.
    """
    parameters = {
        "feeds": [f if "://" in f else str(Path(f).resolve()) for f in feeds or []] or None,
        "sources_file": str(Path(sources_file).resolve()) if sources_file else None,
        "data_dir": str(Path(data_dir).resolve()),
        "timeout": timeout,
    }
    return pipeline.to_deployment(
        name=DEPLOYMENT_NAME,
        schedules=[Cron(cron, timezone=TIMEZONE)],
        parameters=parameters,
        description="Read the news feeds, store new articles, rebuild the meeting tables.",
        entrypoint_type=EntrypointType.MODULE_PATH,
    )


def serve_pipeline(deployment: RunnerDeployment) -> None:
    """Serve until interrupted: scheduled runs plus runs triggered by hand."""
    print(f"Serving {FLOW_NAME}/{DEPLOYMENT_NAME}; trigger a run with:\n"
          f"  prefect deployment run '{FLOW_NAME}/{DEPLOYMENT_NAME}'")
    serve(deployment, print_starting_message=False)
