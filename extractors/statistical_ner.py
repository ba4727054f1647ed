"""Statistical NER for persons (PS) and organizations (OG), trained on KLUE-NER (see ner_training).

Finds names that have no title nearby, which the apposition patterns miss. Add it to a pipeline
built on `blank_korean()` with `nlp.add_pipe("hoedong_statistical_ner")`: the PS/OG spans go to
`doc.spans["statistical_ner"]` and, unless `set_ents=False`, into `doc.ents` where they do not
overlap entities already set by earlier components.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pycrfsuite
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extractors.klue_ner_data import Span as CharSpan
from extractors.klue_ner_data import TARGET_LABELS, read_klue, score_spans, split_klue
from extractors.ner_features import token_features
from extractors.spacy_doc import blank_korean

MODEL_DIR = Path(__file__).with_name("models") / "klue_ner"
MODEL_FILE = MODEL_DIR / "model.crfsuite"
SPANS_KEY = "statistical_ner"


@lru_cache(maxsize=4)
def load_tagger(path: Path = MODEL_FILE) -> pycrfsuite.Tagger:
    """The shipped CRF, opened once per process (a Tagger is not safe to share across threads)."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def bio_to_token_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) token spans from BIO tags; a stray I- opens a new span."""
    spans = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if tag.startswith("I-") and start >= 0 and tag[2:] == label:
            continue
        if start >= 0:
            spans.append((start, i, label))
            start = -1
        if tag != "O":
            start, label = i, tag[2:]
    return spans


def predict_spans(doc: Doc, model_path: Path = MODEL_FILE) -> list[Span]:
    """PS/OG spans over doc's mecab tokens (the doc must come from blank_korean's tokenizer)."""
    if not len(doc):
        return []
    tags = load_tagger(model_path).tag(token_features(doc))
    return [Span(doc, a, b, label=lab) for a, b, lab in bio_to_token_spans(tags) if lab in TARGET_LABELS]


def char_spans(spans: list[Span]) -> list[CharSpan]:
    return [(s.start_char, s.end_char, s.label_) for s in spans]
class StatisticalNER:
    """spaCy component around the shipped CRF; holds no weights of its own."""

    def __init__(self, spans_key: str, set_ents: bool) -> None:
        self.spans_key = spans_key
        self.set_ents = set_ents

    def __call__(self, doc: Doc) -> Doc:
        spans = predict_spans(doc)
        doc.spans[self.spans_key] = spans
        if self.set_ents:
            kept = list(doc.ents)
            taken = {i for e in kept for i in range(e.start, e.end)}
            extra = [s for s in spans if not taken.intersection(range(s.start, s.end))]
            doc.ents = filter_spans(kept + extra)
        return doc


@Language.factory("hoedong_statistical_ner", default_config={"spans_key": SPANS_KEY, "set_ents": True})
def make_statistical_ner(nlp: Language, name: str, spans_key: str, set_ents: bool) -> StatisticalNER:
    return StatisticalNER(spans_key, set_ents)


def klue_scores(model_path: Path = MODEL_FILE) -> dict[str, dict[str, dict[str, float]]]:
    """Exact character-span P/R/F of the model on the held-out KLUE split (news and all)."""
    _, held_out = split_klue(read_klue())
    nlp = blank_korean()
    return score_spans((s, char_spans(predict_spans(nlp.make_doc(s.text), model_path)))
                       for s in held_out)
