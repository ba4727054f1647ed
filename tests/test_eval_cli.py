"""`hoedong eval` scores a gold folder and writes the scores as JSON."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

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


def test_eval_rejects_a_missing_folder(tmp_path: Path) -> None:
    assert main(["eval", "--gold", str(tmp_path / "nope"), "--no-klue"]) == 2
