"""`hoedong eval` scores a gold folder and writes the scores as JSON."""
from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

from extractors.evaluation import _date_ok
from extractors.records import MeetingMention, Participant
from flows.cli import main

DEV = Path(__file__).resolve().parent.parent / "data" / "dev" / "articles"


def test_eval_on_a_small_gold_folder(tmp_path: Path, capsys) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    for stem in ("001_", "046_"):
        for path in DEV.glob(stem + "*"):
            shutil.copy(path, gold / path.name)
    out = tmp_path / "scores.json"
    assert main(["eval", "--gold", str(gold), "--json", str(out), "--no-klue"]) == 0
    printed = capsys.readouterr().out
    assert "pairs  precision" in printed and "date accuracy" in printed
    scores = json.loads(out.read_text(encoding="utf-8"))["gold"]["overall"]
    assert scores["articles"] == 2
    assert {"precision", "recall", "f1", "article_accuracy", "date_accuracy", "photo_accuracy"} <= set(scores)


def test_eval_through_the_run_scores_the_tables(tmp_path: Path) -> None:
    """The articles go through a local feed, `hoedong run` and its parquet tables; on these two
    the tables hold what the extractor finds, so the pair scores agree."""
    gold = tmp_path / "gold"
    gold.mkdir()
    for stem in ("001_", "046_"):
        for path in DEV.glob(stem + "*"):
            shutil.copy(path, gold / path.name)
    direct, through = tmp_path / "direct.json", tmp_path / "through.json"
    assert main(["eval", "--gold", str(gold), "--json", str(direct), "--no-klue"]) == 0
    assert main(["eval", "--gold", str(gold), "--json", str(through), "--no-klue", "--through-run"]) == 0
    keys = ("pairs_tp", "pairs_fp", "pairs_fn", "article_accuracy", "date_accuracy")
    scores = [json.loads(f.read_text(encoding="utf-8"))["gold"]["overall"] for f in (direct, through)]
    assert scores[1]["pairs_tp"] > 0
    assert {k: scores[0][k] for k in keys} == {k: scores[1][k] for k in keys}


def test_eval_rejects_a_missing_folder(tmp_path: Path) -> None:
    assert main(["eval", "--gold", str(tmp_path / "nope"), "--no-klue"]) == 2


def test_gold_dates_at_month_or_year_precision_may_be_written_short() -> None:
    pred = MeetingMention(participants=(Participant("가", "가"), Participant("나", "나")),
                          date=date(2019, 10, 1), date_precision="month")
    assert _date_ok({"date": "2019-10", "date_precision": "month"}, pred)
    assert _date_ok({"date": "2019", "date_precision": "year"}, pred)
    assert not _date_ok({"date": "2019-11", "date_precision": "month"}, pred)
