"""KLUE-NER v1.1 sentences as text plus character spans, and exact-span scoring.

Kept apart from training so that the shipped model's evaluation (statistical_ner.klue_scores)
reads the same sentences and the same fixed split without importing the training code.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

REPO_ROOT = Path(__file__).resolve().parent.parent
KLUE_NER_PATH = REPO_ROOT.parent / "shared" / "corpora" / "klue" / "klue-ner-v1.1_dev.tsv"
WRITTEN_PATH = REPO_ROOT / "data" / "ner" / "written_sentences.txt"
SPLIT_SEED = 20210519  # fixed: the train/held-out split must not move between rebuilds
HELD_OUT_FRACTION = 0.2
TARGET_LABELS = ("PS", "OG")

Span = tuple[int, int, str]  # start, end (exclusive), label


@dataclass(frozen=True)
class Sentence:
    guid: str
    domain: str  # "wikitree" (news), "nsmc" (movie reviews) or "written" (read_inline)
    text: str
    spans: tuple[Span, ...]  # every KLUE type, character offsets


def spans_from_bio(tags: list[str]) -> list[Span]:
    """Character spans from BIO tags; an I- without a matching open span starts a new one."""
    spans: list[Span] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        if prefix == "I" and start >= 0 and kind == label:
            continue
        if start >= 0:
            spans.append((start, i, label))
            start, label = -1, ""
        if prefix in ("B", "I"):
            start, label = i, kind
    return spans


def read_klue(path: Path = KLUE_NER_PATH) -> list[Sentence]:
    """Sentences rebuilt from the character column; spans from the BIO column."""
    sentences: list[Sentence] = []
    guid, chars, tags = "", [], []

    def flush() -> None:
        if guid and chars:
            sentences.append(Sentence(guid, guid.rsplit("-", 1)[-1], "".join(chars),
                                      tuple(spans_from_bio(tags))))

    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if line.startswith("## "):
                head = line[3:].split("\t", 1)[0]
                if head.startswith("klue-ner"):
                    flush()
                    guid, chars, tags = head, [], []
                continue
            if not line:
                continue
            char, sep, tag = line.rpartition("\t")
            if sep and len(char) == 1:
                chars.append(char)
                tags.append(tag)
    flush()
    return sentences


_INLINE_TAG = re.compile(r"<([^<>:]+):(PS|OG|LC|DT|TI|QT)>")


def read_inline(path: Path = WRITTEN_PATH) -> list[Sentence]:
    """The project's own labelled sentences, one a line in KLUE's inline form "<삼성전자:OG>가".

    They add training sentences only (domain "written"); KLUE's held-out part stays the test.
    """
    sentences: list[Sentence] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text, spans, last = "", [], 0
        for m in _INLINE_TAG.finditer(line):
            text += line[last:m.start()]
            spans.append((len(text), len(text) + len(m.group(1)), m.group(2)))
            text += m.group(1)
            last = m.end()
        text += line[last:]
        if text.strip():
            sentences.append(Sentence(f"written-{number}", "written", text, tuple(spans)))
    return sentences


def split_klue(sentences: list[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """Fixed-seed 80/20 split by sentence: (train, held_out)."""
    order = list(range(len(sentences)))
    random.Random(SPLIT_SEED).shuffle(order)
    cut = round(len(order) * (1 - HELD_OUT_FRACTION))
    return [sentences[i] for i in sorted(order[:cut])], [sentences[i] for i in sorted(order[cut:])]


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(2 * p * r / (p + r) if p + r else 0.0, 4)}


def score_spans(pairs: Iterable[tuple[Sentence, Iterable[Span]]],
                labels: tuple[str, ...] = TARGET_LABELS) -> dict[str, dict[str, dict[str, float]]]:
    """Exact character-span P/R/F per label, for news sentences and for all sentences."""
    counts = {g: {lab: [0, 0, 0] for lab in labels} for g in ("news", "all")}
    for sent, predicted in pairs:
        gold = {s for s in sent.spans if s[2] in labels}
        pred = {s for s in predicted if s[2] in labels}
        groups = ("news", "all") if sent.domain == "wikitree" else ("all",)
        for g in groups:
            for lab in labels:
                gl = {s for s in gold if s[2] == lab}
                pl = {s for s in pred if s[2] == lab}
                c = counts[g][lab]
                c[0] += len(gl & pl)
                c[1] += len(pl)
                c[2] += len(gl)
    return {g: {lab: prf(*c) for lab, c in by.items()} for g, by in counts.items()}
