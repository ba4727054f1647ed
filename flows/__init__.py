"""Prefect flows, tasks and the CLI: orchestration only; the work lives in extractors."""
