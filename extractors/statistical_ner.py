"""Statistical NER for persons (PS) and organizations (OG), trained on KLUE-NER (see ner_training).

Finds names that have no title nearby, which the apposition patterns miss. Add it to a pipeline
built on `blank_korean()` with `nlp.add_pipe("hoedong_statistical_ner")`: the PS/OG spans go to
`doc.spans["statistical_ner"]` and, unless `set_ents=False`, into `doc.ents` where they do not
overlap entities already set by earlier components. The model is a character-level CRF (KLUE
tags characters) with BIOES tags; `predict_char_spans` gives its exact character spans, the
component's spans are those widened to whole morpheme tokens.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pycrfsuite
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extractors.klue_ner_data import Span as CharSpan
from extractors.klue_ner_data import TARGET_LABELS, read_klue, score_spans, spans_from_bio, split_klue
from extractors.morphology import Morpheme
from extractors.ner_features import char_features, doc_morphemes
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


def predict_char_spans(doc: Doc, model_path: Path = MODEL_FILE) -> list[CharSpan]:
    """Exact (start, end, label) character spans of PS/OG names in doc's text.

    The doc must come from blank_korean's tokenizer: the CRF reads its morphemes.
    """
    if not doc.text:
        return []
    morphemes = doc_morphemes(doc)
    tags = load_tagger(model_path).tag(char_features(doc.text, morphemes))
    spans = split_leading_person(doc.text, spans_from_bio(bio_tags(tags)), morphemes)
    return [s for s in spans if s[2] in TARGET_LABELS]


def bio_tags(tags: list[str]) -> list[str]:
    """BIO view of the CRF's BIOES tags (ner_training.char_bioes): S- opens a span, E- goes on."""
    return ["B" + t[1:] if t[0] == "S" else "I" + t[1:] if t[0] == "E" else t for t in tags]


def split_leading_person(text: str, spans: list[CharSpan], morphemes: list[Morpheme]) -> list[CharSpan]:
    """Split an OG that opens with a person's name word into PS + OG.

    The CRF sometimes runs "정의선 현대자동차그룹" (name, then company before a title) into one
    OG. When the OG's first word is a single NNP morpheme that mecab-ko-dic classes as 인명, that
    word becomes a PS and the rest stays OG. Neutral on KLUE held-out, frequent in business news.
    """
    by_start = {m.start: m for m in morphemes}
    out: list[CharSpan] = []
    for a, b, label in spans:
        m = by_start.get(a)
        if (label == "OG" and m is not None and m.tag == "NNP" and m.semantic == "인명"
                and text[m.end:m.end + 1] == " " and m.end + 1 < b):
            out += [(a, m.end, "PS"), (m.end + 1, b, "OG")]
        else:
            out.append((a, b, label))
    return out


def predict_spans(doc: Doc, model_path: Path = MODEL_FILE) -> list[Span]:
    """PS/OG spans over doc's tokens; a name ending inside a morpheme (박모) takes the whole token."""
    spans = [doc.char_span(a, b, label=lab, alignment_mode="expand")
             for a, b, lab in predict_char_spans(doc, model_path)]
    return filter_spans([s for s in spans if s is not None])


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
    return score_spans((s, predict_char_spans(nlp.make_doc(s.text), model_path)) for s in held_out)
