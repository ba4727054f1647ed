"""Statistical NER for persons (PS) and organizations (OG), trained on KLUE-NER (see ner_training).

Finds names that have no title nearby, which the apposition patterns miss. Add it to a pipeline
built on `blank_korean()` with `nlp.add_pipe("hoedong_statistical_ner")`: the PS/OG spans go to
`doc.spans["statistical_ner"]` and, unless `set_ents=False`, into `doc.ents` where they do not
overlap entities already set by earlier components.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extractors import spacy_doc  # noqa: F401  (registers the mecab tokenizer the model names)
from extractors.klue_ner_data import Span as CharSpan
from extractors.klue_ner_data import TARGET_LABELS, read_klue, score_spans, split_klue

MODEL_DIR = Path(__file__).with_name("models") / "klue_ner"
SPANS_KEY = "statistical_ner"


@lru_cache(maxsize=1)
def load_model() -> Language:
    """The shipped pipeline (mecab tokenizer + NER), loaded once per process."""
    return spacy.load(MODEL_DIR)


def _copy_tokens(doc: Doc, vocab) -> Doc:
    """The same tokens in the model's vocab, so the model never touches the caller's doc.ents."""
    return Doc(vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
               tags=[t.tag_ for t in doc], morphs=[str(t.morph) or "_" for t in doc])


def predict_spans(doc: Doc) -> list[Span]:
    """PS/OG spans over `doc`'s own tokens."""
    model = load_model()
    tagged = model.get_pipe("ner")(_copy_tokens(doc, model.vocab))
    return [Span(doc, e.start, e.end, label=e.label_) for e in tagged.ents if e.label_ in TARGET_LABELS]


def doc_char_spans(doc: Doc) -> list[CharSpan]:
    """(start, end, label) character spans of the PS/OG entities in doc.ents."""
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in TARGET_LABELS]


class StatisticalNER:
    """spaCy component around the shipped model; holds no weights of its own."""

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


def klue_scores() -> dict[str, dict[str, dict[str, float]]]:
    """Exact character-span P/R/F of the shipped model on the held-out KLUE split."""
    _, held_out = split_klue(read_klue())
    model = load_model()
    docs = model.pipe((s.text for s in held_out), batch_size=256)
    return score_spans((s, doc_char_spans(d)) for s, d in zip(held_out, docs))
