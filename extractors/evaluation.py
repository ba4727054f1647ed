"""Scores the extractor against gold files, as DESIGN.md defines the score.

Per article: the unordered pairs of participants of each occurred, in-person meeting; a name
matches the gold canonical name or an alias, spaces ignored. Also article accuracy (has a meeting
or not), date accuracy at the gold's precision and photo-op accuracy over the gold meetings.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any, Callable

from extractors.lexicon import squash
from extractors.records import MeetingMention

Extractor = Callable[[str, str | None], list[MeetingMention]]


@dataclass
class GoldArticle:
    path: Path
    title: str
    published: str | None
    text: str
    gold: dict[str, Any]

    @property
    def phenomena(self) -> list[str]:
        return list(self.gold.get("phenomena") or [])


def read_article_file(path: Path) -> tuple[str, str | None, str]:
    """A dev/seed article: line 1 title, line 2 publication time, then the body."""
    lines = path.read_text(encoding="utf-8").split("\n")
    return lines[0].strip(), (lines[1].strip() if len(lines) > 1 else None), "\n".join(lines[2:])


def load_gold(folder: Path) -> list[GoldArticle]:
    out = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        txt = gold_path.with_name(gold.get("file") or gold_path.name.replace(".gold.json", ".txt"))
        title, published, body = read_article_file(txt)
        out.append(GoldArticle(txt, title, gold.get("published") or published, title + "\n" + body, gold))
    return out


def _scored(meeting: dict[str, Any]) -> bool:
    return meeting.get("status", "occurred") == "occurred" and meeting.get("mode", "in_person") == "in_person"


class NameMap:
    """Maps predicted names onto the gold's canonical names via names and aliases."""

    def __init__(self, gold: dict[str, Any]):
        self.key_to_name: dict[str, str] = {}
        for m in gold.get("meetings", []):
            for p in m["participants"]:
                for s in (p["name"], *(p.get("aliases") or [])):
                    self.key_to_name.setdefault(squash(s), p["name"])

    def __call__(self, name: str) -> str:
        return self.key_to_name.get(squash(name), squash(name))


def pairs_of(groups: list[set[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for g in groups for p in combinations(sorted(g), 2)}


def _gold_date(text: str) -> date:
    """A gold date as written: "2024-06-01", or "2024-06" / "2024" at month or year precision."""
    parts = [int(x) for x in text.split("-")]
    return date(parts[0], *(parts[1:] + [1, 1])[:2])


def _date_ok(gold: dict[str, Any], pred: MeetingMention) -> bool:
    g_date = gold.get("date")
    precision = gold.get("date_precision")
    if not g_date:
        return pred.date is None
    if pred.date is None:
        return False
    g = _gold_date(g_date)
    p = pred.date
    if precision == "year":
        return g.year == p.year
    if precision == "month":
        return (g.year, g.month) == (p.year, p.month)
    return g == p


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    articles: int = 0
    articles_ok: int = 0
    dates: int = 0
    dates_ok: int = 0
    photos: int = 0
    photos_ok: int = 0
    nonmeeting_articles: int = 0
    nonmeeting_with_meeting: int = 0

    def as_dict(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "pairs_tp": self.tp, "pairs_fp": self.fp, "pairs_fn": self.fn,
            "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "articles": self.articles,
            "article_accuracy": round(self.articles_ok / self.articles, 4) if self.articles else 1.0,
            "date_accuracy": round(self.dates_ok / self.dates, 4) if self.dates else 1.0,
            "photo_accuracy": round(self.photos_ok / self.photos, 4) if self.photos else 1.0,
            "nonmeeting_articles": self.nonmeeting_articles,
            "nonmeeting_with_meeting": self.nonmeeting_with_meeting,
        }


@dataclass
class ArticleResult:
    article: GoldArticle
    tp: set[frozenset[str]]
    fp: set[frozenset[str]]
    fn: set[frozenset[str]]
    dates: list[tuple[dict[str, Any], bool]] = field(default_factory=list)
    photos: list[tuple[dict[str, Any], bool]] = field(default_factory=list)


def score_article(article: GoldArticle, predicted: list[MeetingMention]) -> ArticleResult:
    names = NameMap(article.gold)
    gold_meetings = [m for m in article.gold.get("meetings", []) if _scored(m)]
    gold_groups = [{names(p["name"]) for p in m["participants"]} for m in gold_meetings]
    pred_scored = [m for m in predicted if m.status == "occurred" and m.mode == "in_person"]
    pred_groups = [{names(p.name) for p in m.participants} for m in pred_scored]
    gold_pairs, pred_pairs = pairs_of(gold_groups), pairs_of(pred_groups)
    result = ArticleResult(article, gold_pairs & pred_pairs, pred_pairs - gold_pairs, gold_pairs - pred_pairs)
    for gm, gg in zip(gold_meetings, gold_groups):
        matches = [pm for pm, pg in zip(pred_scored, pred_groups) if pg == gg] or \
                  [pm for pm, pg in zip(pred_scored, pred_groups) if len(pg & gg) >= 2]
        if not matches:
            continue
        result.dates.append((gm, any(_date_ok(gm, pm) for pm in matches)))
        result.photos.append((gm, any(pm.photo_op == bool(gm.get("photo_op")) for pm in matches)))
    return result


def evaluate(articles: list[GoldArticle], extractor: Extractor) -> dict[str, Any]:
    """Overall and per-phenomenon scores, plus every article's errors."""
    overall = Tally()
    per: dict[str, Tally] = defaultdict(Tally)
    errors = []
    for art in articles:
        res = score_article(art, extractor(art.text, art.published))
        gold_has = any(_scored(m) for m in art.gold.get("meetings", []))
        pred_has = bool(res.tp or res.fp)
        for tally in [overall] + [per[p] for p in art.phenomena]:
            tally.tp += len(res.tp)
            tally.fp += len(res.fp)
            tally.fn += len(res.fn)
            tally.articles += 1
            tally.articles_ok += gold_has == pred_has
            tally.dates += len(res.dates)
            tally.dates_ok += sum(ok for _, ok in res.dates)
            tally.photos += len(res.photos)
            tally.photos_ok += sum(ok for _, ok in res.photos)
            if not gold_has:
                tally.nonmeeting_articles += 1
                tally.nonmeeting_with_meeting += pred_has
        if res.fp or res.fn or not all(ok for _, ok in res.dates) or not all(ok for _, ok in res.photos):
            errors.append({
                "article": art.path.name,
                "false_pairs": sorted(" - ".join(sorted(p)) for p in res.fp),
                "missed_pairs": sorted(" - ".join(sorted(p)) for p in res.fn),
                "wrong_dates": [" - ".join(p["name"] for p in g["participants"]) for g, ok in res.dates if not ok],
                "wrong_photo": [" - ".join(p["name"] for p in g["participants"]) for g, ok in res.photos if not ok],
            })
    return {"overall": overall.as_dict(),
            "per_phenomenon": {k: v.as_dict() for k, v in sorted(per.items())},
            "errors": errors}


def dev_sets(repo: Path) -> dict[str, Path]:
    """The gold sets shipped in data/dev/ (articles as "dev", the held-out sets by folder name)
    and the seed beside the checkout, by name."""
    sets = {("dev" if p.name == "articles" else p.name): p for p in sorted((repo / "data" / "dev").iterdir())
            if p.is_dir()} if (repo / "data" / "dev").is_dir() else {}
    sets["seed"] = repo.parent / "shared" / "seeds"
    return {name: path for name, path in sets.items() if path.is_dir() and any(path.glob("*.gold.json"))}


def format_report(name: str, result: dict[str, Any], per_phenomenon: bool = True) -> str:
    """A plain-text table of one gold set's scores."""
    o = result["overall"]
    lines = [
        f"== {name}: {o['articles']} articles ({o['nonmeeting_articles']} without a meeting)",
        f"pairs  precision {o['precision']:.3f}  recall {o['recall']:.3f}  f1 {o['f1']:.3f}"
        f"  (tp {o['pairs_tp']}, fp {o['pairs_fp']}, fn {o['pairs_fn']})",
        f"article accuracy {o['article_accuracy']:.3f}  date accuracy {o['date_accuracy']:.3f}"
        f"  photo-op accuracy {o['photo_accuracy']:.3f}"
        f"  non-meeting articles with a meeting: {o['nonmeeting_with_meeting']}",
    ]
    if per_phenomenon and result["per_phenomenon"]:
        lines.append(f"{'phenomenon':34} {'n':>3} {'P':>6} {'R':>6} {'F1':>6} {'date':>6}")
        for key, v in result["per_phenomenon"].items():
            lines.append(f"{key:34} {v['articles']:>3} {v['precision']:>6.3f} {v['recall']:>6.3f}"
                         f" {v['f1']:>6.3f} {v['date_accuracy']:>6.3f}")
    return "\n".join(lines)
