"""The `hoedong` command line: run, serve, extract, reprocess, eval.

Each command is one `add_<command>` function registered in COMMANDS; a new command (eval,
bench, ...) is one more function appended there. Options every flow run shares (the data dir)
live in `add_flow_options`; where extraction runs (Dask, local workers) in
`add_extraction_options`.
"""
from __future__ import annotations

import argparse
import atexit
import gc
import json
import os
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

# Quiet, fast Prefect unless the user configured it: set before prefect is first imported.
PREFECT_DEFAULTS = {
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
}


def add_flow_options(parser: argparse.ArgumentParser) -> None:
    """Options of every command that runs the pipeline flow."""
    parser.add_argument("--data-dir", default="data", help="data folder (default: ./data)")


def add_extraction_options(parser: argparse.ArgumentParser) -> None:
    """Where extraction runs: a Dask cluster, or local worker processes."""
    parser.add_argument("--dask-address", metavar="tcp://HOST:PORT",
                        help="extract on this Dask scheduler (default: $HOEDONG_DASK_ADDRESS, "
                             "else local worker processes)")
    parser.add_argument("--workers", type=int, metavar="N",
                        help="local extraction processes without Dask (default: the CPUs)")


def add_feed_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--feed", action="append", default=[], metavar="URL_OR_PATH",
                        help="RSS/Atom/RDF feed URL or file (repeatable)")
    parser.add_argument("--sources", metavar="FILE", help="YAML file listing feeds")
    parser.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS",
                        help="per-request HTTP timeout (default: 10)")


def add_run(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("run", help="one pipeline run (default: bundled samples)")
    add_feed_options(parser)
    add_flow_options(parser)
    add_extraction_options(parser)
    parser.set_defaults(handler=run_command)


def add_serve(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("serve", help="serve the pipeline on a schedule (Prefect)")
    parser.add_argument("--cron", default="0 * * * *",
                        help="cron expression in Asia/Seoul time (default: hourly)")
    add_feed_options(parser)
    add_flow_options(parser)
    parser.set_defaults(handler=serve_command)


def add_extract(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("extract", help="meetings in one article, as JSON lines")
    parser.add_argument("file", type=Path, help="article: plain text (seed format) or HTML")
    parser.add_argument("--published", metavar="DATE",
                        help="publication time, e.g. 2024-07-02 or '2024-07-02 05:00' (KST)")
    parser.set_defaults(handler=extract_command)


def add_reprocess(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("reprocess",
                                 help="re-extract all stored articles, rebuild the tables")
    add_flow_options(parser)
    add_extraction_options(parser)
    parser.set_defaults(handler=reprocess_command)


def add_eval(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("eval", help="score the extractor on the gold sets and KLUE")
    parser.add_argument("--gold", action="append", default=[], type=Path, metavar="DIR",
                        help="folder of *.txt + *.gold.json (default: every set in data/dev, and ../shared/seeds)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the scores as JSON")
    parser.add_argument("--no-klue", action="store_true", help="skip the KLUE NER scores")
    parser.add_argument("--errors", action="store_true", help="list every article's wrong pairs")
    parser.add_argument("--through-run", action="store_true",
                        help="score the parquet tables of `hoedong run` over the articles served "
                             "as pages behind a local feed, not the extractor alone")
    parser.set_defaults(handler=eval_command)


def add_bench(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("bench", help="measure tokenizer, extractor and a whole run")
    parser.add_argument("--articles", type=int, default=2000, metavar="N",
                        help="generated articles to measure on (default: 2000)")
    parser.add_argument("--json", metavar="FILE", help="also write the results to FILE")
    parser.set_defaults(handler=bench_command)


COMMANDS = [add_run, add_serve, add_extract, add_reprocess, add_eval, add_bench]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hoedong", description="Who met whom in Korean business news, as parquet tables.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in COMMANDS:
        add(commands)
    return parser


def _progress_display():
    """A rich progress display and the reporter that feeds it (stage, done, total)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    progress = Progress(TextColumn("{task.description:<18}"), BarColumn(),
                        MofNCompleteColumn(), transient=True, console=Console(stderr=True))
    labels = {"feeds": "reading feeds", "pages": "fetching pages",
              "extract": "extracting meetings"}
    bars: dict[str, int] = {}

    def report(stage: str, done: int, total: int) -> None:
        if stage not in bars:
            bars[stage] = progress.add_task(labels.get(stage, stage), total=total)
        progress.update(bars[stage], completed=done, total=total)

    return progress, report


def _run_flow(flow_call) -> dict:
    from flows.pipeline import reporting

    progress, report = _progress_display()
    with progress, reporting(report):
        return flow_call()


def print_summary(summary: dict) -> None:
    """The run summary: feeds, articles, skips with reasons, meetings, where the tables are."""
    from rich.console import Console

    console = Console(soft_wrap=True)
    for feed in summary["feeds"]:
        line = f"feed {feed['name']}: "
        line += {"ok": f"{feed['entries']} entries", "not_modified": "not modified (304)",
                 "failed": f"FAILED, {feed['error']}"}[feed["status"]]
        if feed.get("warning"):
            line += f" ({feed['warning']})"
        console.print(line, markup=False)
    if summary["feeds"]:
        console.print(f"new articles: {summary['new_articles']}, already stored: "
                      f"{summary['already_stored']}, duplicate entries: {summary['duplicates']}")
    skipped = summary["skipped"]
    if skipped:
        reasons = Counter(s["reason"] for s in skipped)
        console.print(f"skipped: {len(skipped)} ("
                      + ", ".join(f"{n} {r}" for r, n in reasons.most_common()) + ")",
                      markup=False)
        for s in skipped:
            console.print(f"  - {s['where']}: {s['reason']}", markup=False)
    if summary["dated_from_page"]:
        console.print(f"dated from the page (no date in the feed): {summary['dated_from_page']}")
    for url in summary["undated"]:
        console.print(f"no publication date (left empty): {url}", markup=False)
    for article_id, error in summary["extraction_errors"].items():
        console.print(f"extraction failed for {article_id}: {error}", markup=False)
    console.print(f"extracted {summary['extracted']} articles; "
                  f"{summary['articles_total']} articles stored in total")
    console.print(f"meetings: {summary['meetings']} ({summary['meetings_occurred_in_person']} "
                  f"occurred in person), participants: {summary['participants']}, "
                  f"mentions: {summary['mentions']}")
    console.print(f"tables: {Path(summary['tables']['meetings']).parent}/"
                  "{articles,meetings,participants,mentions}.parquet", markup=False)


def _check_inputs(args: argparse.Namespace) -> str | None:
    """Why the run cannot start (unreadable sources file, missing feed file), or None."""
    from extractors.sources import SourcesError, is_remote, load_sources

    for feed in args.feed:
        if not is_remote(feed) and not Path(feed.removeprefix("file://")).is_file():
            return f"no such feed file: {feed}"
    if args.sources:
        try:
            load_sources(args.sources)
        except (OSError, SourcesError) as exc:
            return f"cannot read sources file {args.sources}: {exc}"
    return None


def run_command(args: argparse.Namespace) -> int:
    from flows.pipeline import run_pipeline

    if problem := _check_inputs(args):
        print(f"hoedong: {problem}", file=sys.stderr)
        return 2
    summary = _run_flow(lambda: run_pipeline(
        args.dask_address, feeds=args.feed or None, sources_file=args.sources,
        data_dir=args.data_dir, timeout=args.timeout, workers=args.workers))
    print_summary(summary)
    return 0


def reprocess_command(args: argparse.Namespace) -> int:
    from flows.pipeline import run_reprocess

    summary = _run_flow(lambda: run_reprocess(args.dask_address, data_dir=args.data_dir,
                                              workers=args.workers))
    print_summary(summary)
    return 0


def bench_command(args: argparse.Namespace) -> int:
    from flows.benchmark import bench

    if args.articles < 2:
        print("hoedong: --articles must be at least 2", file=sys.stderr)
        return 2
    bench(args.articles, args.json)
    return 0


def serve_command(args: argparse.Namespace) -> int:
    from flows.deployment import build_deployment, serve_pipeline

    if problem := _check_inputs(args):
        print(f"hoedong: {problem}", file=sys.stderr)
        return 2
    serve_pipeline(build_deployment(args.cron, args.feed, args.sources, args.data_dir,
                                    args.timeout))
    return 0


def read_article(path: Path) -> tuple[str, datetime | None]:
    """Text to extract from (title line + body) and its publication time, from a file."""
    from extractors.decoding import decode_page
    from extractors.pages import extract_page, looks_like_html, parse_plain_article

    text, _ = decode_page(path.read_bytes())
    if looks_like_html(text):
        page = extract_page(text)
        return f"{page.title or ''}\n{page.text}", page.published_at
    title, published, body = parse_plain_article(text)
    return f"{title}\n{body}", published


def extract_command(args: argparse.Namespace) -> int:
    from extractors.extraction import extract
    from extractors.mention_json import mention_to_dict
    from extractors.pages import parse_date_argument

    if not args.file.is_file():
        print(f"hoedong: no such file: {args.file}", file=sys.stderr)
        return 2
    text, published = read_article(args.file)
    if args.published:
        published = parse_date_argument(args.published)
    for mention in extract(text, published):
        print(json.dumps(mention_to_dict(mention), ensure_ascii=False))
    return 0


def eval_command(args: argparse.Namespace) -> int:
    from extractors.evaluation import dev_sets, evaluate, format_report, load_gold
    from extractors.extraction import extract

    repo = Path(__file__).resolve().parents[1]
    sets = {path.name: path for path in args.gold} if args.gold else dev_sets(repo)
    if missing := [path for path in sets.values() if not path.is_dir()]:
        print(f"hoedong: no such folder: {missing[0]}", file=sys.stderr)
        return 2
    report: dict = {}
    for name, path in sets.items():
        articles = load_gold(path)
        extractor = extract
        if args.through_run:  # one run per set: consolidation merges a meeting's reports within it
            from flows.table_eval import through_run

            extractor = through_run(articles)
        result = evaluate(articles, extractor)
        report[name] = result
        print(format_report(name, result))
        if args.errors:
            for error in result["errors"]:
                print("  " + json.dumps(error, ensure_ascii=False))
    if not args.no_klue:
        from extractors.statistical_ner import klue_scores

        try:
            report["klue"] = klue_scores()
        except FileNotFoundError as exc:
            print(f"KLUE scores skipped: {exc}")
        else:
            print("== KLUE-NER held-out part, exact character spans")
            for part, labels in report["klue"].items():
                for label, s in labels.items():
                    print(f"{part:5} {label}  precision {s['p']:.3f}  recall {s['r']:.3f}  f1 {s['f']:.3f}")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    for name, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(name, value)
    # Registered first, so it runs after every other exit handler (Prefect's stops its server):
    # the interpreter's last garbage collections over Prefect's objects took about a second, and
    # nothing left at that point needs collecting.
    atexit.register(gc.freeze)
    args = build_parser().parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
