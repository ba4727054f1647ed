"""Rebuild the shipped statistical NER from KLUE-NER v1.1 dev: `python -m extractors.ner_training`.

The KLUE dev file is split by sentence with a fixed seed (klue_ner_data.split_klue); the model
learns on the training part (news and movie reviews, all six KLUE types) together with the
project's own labelled news sentences (data/ner/written_sentences.txt, klue_ner_data.read_inline)
and is scored on the held-out part, KLUE's alone. Scores are on exact character spans. The shipped model is a linear-chain CRF over
characters with morpheme features (ner_features), fitted to BIOES character tags (char_bioes);
`--cnn VARIANT` trains spaCy's CNN NER over morpheme tokens on the same split instead, for
comparison (not shipped).

Features and hyperparameters are chosen without the held-out part: `--validate FOLD` fits the CRF
on the training part less one fifth of it (fold 0-4 of a fixed-seed shuffle of the training
sentences), scores it on that fifth and writes nothing; only the chosen configuration is then
rebuilt on the whole training part and scored once on the held-out part.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import pycrfsuite  # noqa: E402
import spacy  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.training import Example  # noqa: E402
from spacy.util import filter_spans, minibatch  # noqa: E402
from thinc.api import fix_random_seed  # noqa: E402

from extractors.klue_ner_data import (  # noqa: E402
    Sentence, read_inline, read_klue, score_spans, split_klue,
)
from extractors.ner_features import char_features, doc_morphemes  # noqa: E402
from extractors.spacy_doc import TOKENIZER_CONFIG, blank_korean  # noqa: E402
from extractors.statistical_ner import (  # noqa: E402
    MODEL_DIR, MODEL_FILE, klue_scores, load_tagger, predict_char_spans,
)

TRAIN_SEED = 7
KLUE_LABELS = {"PS", "OG", "LC", "DT", "TI", "QT"}
VALIDATION_FOLDS = 5
NOTICE = """\
# Notice: hoedong statistical NER model (model.crfsuite)

This model was trained by the hoedong project on the KLUE-NER v1.1 dev split (its training part
after a fixed-seed 80/20 split by sentence), together with news sentences the project wrote and
labelled itself in KLUE's scheme (data/ner/written_sentences.txt). KLUE is from the KLUE benchmark:

  Sungjoon Park, Jihyung Moon, Sungdong Kim, Won Ik Cho, et al., "KLUE: Korean Language
  Understanding Evaluation", 2021, arXiv:2105.09680, https://github.com/KLUE-benchmark/KLUE

KLUE is licensed under the Creative Commons Attribution-ShareAlike 4.0 International licence
(CC BY-SA 4.0). As a work derived from it, this model file (model.crfsuite) and its score file
(training.json) are likewise licensed under CC BY-SA 4.0:
https://creativecommons.org/licenses/by-sa/4.0/ . Changes: the KLUE sentences were tokenized
into mecab-ko-dic morphemes whose tags became character features, and a linear-chain CRF
(CRFsuite) was fitted to the character BIO tags. The hoedong source code is under its own licence.
"""


def char_bioes(sent: Sentence, labels: set[str]) -> list[str]:
    """Character BIOES tags of the gold spans (KLUE's own tagging, stray I- repaired).

    E- and S- give the CRF a label for where a name ends, which under BIO it can only read from
    the next character's O; on validation folds this raised OG F1. statistical_ner.bio_tags maps
    the predicted tags back to BIO.
    """
    tags = ["O"] * len(sent.text)
    for a, b, lab in sent.spans:
        if lab not in labels:
            continue
        if b - a == 1:
            tags[a] = "S-" + lab
        else:
            tags[a:b] = ["B-" + lab] + ["I-" + lab] * (b - a - 2) + ["E-" + lab]
    return tags


def validation_split(train_part: list[Sentence], fold: int) -> tuple[list[Sentence], list[Sentence]]:
    """(fit, validation): fold 0-4 of a fixed-seed shuffle of the training part is held back."""
    order = list(range(len(train_part)))
    random.Random(TRAIN_SEED).shuffle(order)
    size = len(order) // VALIDATION_FOLDS
    held = set(order[fold * size:(fold + 1) * size])
    return ([s for i, s in enumerate(train_part) if i not in held],
            [s for i, s in enumerate(train_part) if i in held])


def fit_crf(sentences: list[Sentence], model_file: Path, c1: float, c2: float, max_iterations: int) -> None:
    nlp = blank_korean()
    trainer = pycrfsuite.Trainer(verbose=False)
    for sent in sentences:
        doc = nlp.make_doc(sent.text)
        trainer.append(char_features(doc.text, doc_morphemes(doc)), char_bioes(sent, KLUE_LABELS))
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations,
                        "feature.possible_transitions": True})
    model_file.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_file))


def train_crf(out_dir: Path, c1: float, c2: float, max_iterations: int) -> dict:
    """Fit the CRF on the training part, score it on the held-out part, write both to out_dir."""
    train_part, _ = split_klue(read_klue())
    written = read_inline()
    started = time.time()
    model_file = out_dir / MODEL_FILE.name
    fit_crf(train_part + written, model_file, c1, c2, max_iterations)
    train_secs = round(time.time() - started)
    return {"model": "char_crf", "c1": c1, "c2": c2, "max_iterations": max_iterations,
            "train_sentences": len(train_part), "written_sentences": len(written), "train_secs": train_secs,
            "held_out": klue_scores(model_file)}


def validate_crf(fold: int, c1: float, c2: float, max_iterations: int) -> dict:
    """Fit on the training part less validation fold `fold` (with the written sentences), score on
    that fold (held-out unused)."""
    train_part, _ = split_klue(read_klue())
    fit, validation = validation_split(train_part, fold)
    with tempfile.TemporaryDirectory() as tmp:
        model_file = Path(tmp) / MODEL_FILE.name
        started = time.time()
        fit_crf(fit + read_inline(), model_file, c1, c2, max_iterations)
        train_secs = round(time.time() - started)
        nlp = blank_korean()
        scores = score_spans((s, predict_char_spans(nlp.make_doc(s.text), model_file)) for s in validation)
        load_tagger.cache_clear()
    return {"model": "char_crf", "c1": c1, "c2": c2, "max_iterations": max_iterations, "fold": fold,
            "fit_sentences": len(fit), "train_secs": train_secs, "validation": scores}


VARIANTS: dict[str, dict] = {
    # the known baseline's shape: default-ish embed attrs, PS/OG labels only
    "base": {"attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"], "rows": [5000, 1000, 2500, 2500],
             "width": 96, "depth": 4, "window": 1, "all_labels": False},
    # plus mecab tag and semantic class, all six KLUE types
    "rich_all": {"attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE", "TAG", "MORPH"],
                 "rows": [5000, 1000, 2500, 500, 500, 200], "width": 96, "depth": 4, "window": 1,
                 "all_labels": True},
}


def ner_config(variant: dict) -> dict:
    """spaCy config: mecab tokenizer, one transition-based NER with its own tok2vec."""
    return {
        "nlp": {**TOKENIZER_CONFIG["nlp"], "pipeline": ["ner"]},
        "components": {"ner": {
            "factory": "ner",
            "model": {
                "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner",
                "extra_state_tokens": False, "hidden_width": 64, "maxout_pieces": 2,
                "use_upper": True, "nO": None,
                "tok2vec": {
                    "@architectures": "spacy.Tok2Vec.v2",
                    "embed": {"@architectures": "spacy.MultiHashEmbed.v2",
                              "width": variant["width"], "attrs": variant["attrs"],
                              "rows": variant["rows"], "include_static_vectors": False},
                    "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2",
                               "width": variant["width"], "depth": variant["depth"],
                               "window_size": variant["window"], "maxout_pieces": 3},
                },
            },
        }},
    }


def make_example(nlp: Language, sent: Sentence, labels: set[str]) -> Example:
    """Gold entities expanded to morpheme boundaries; overlaps resolved by spaCy's filter_spans."""
    doc = nlp.make_doc(sent.text)
    gold = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    spans = [gold.char_span(a, b, label=lab, alignment_mode="expand")
             for a, b, lab in sent.spans if lab in labels]
    gold.ents = filter_spans([s for s in spans if s is not None and s.text.strip()])
    return Example(doc, gold)


def evaluate(nlp: Language, sentences: list[Sentence]) -> dict:
    docs = nlp.pipe((s.text for s in sentences), batch_size=256)
    return score_spans((s, [(e.start_char, e.end_char, e.label_) for e in d.ents])
                       for s, d in zip(sentences, docs))


def selection_score(scores: dict) -> float:
    """Epoch/variant choice: mean of PS and OG F1 on news sentences."""
    return (scores["news"]["PS"]["f"] + scores["news"]["OG"]["f"]) / 2


def train_cnn(variant_name: str, out_dir: Path, epochs: int, dropout: float, log: list) -> dict:
    variant = VARIANTS[variant_name]
    fix_random_seed(TRAIN_SEED)
    train_part, held_out = split_klue(read_klue())
    rng = random.Random(TRAIN_SEED)
    shuffled = train_part[:]
    rng.shuffle(shuffled)
    n_dev = len(shuffled) // 10
    dev, fit = shuffled[:n_dev], shuffled[n_dev:]

    nlp = spacy.blank("ko", config=ner_config(variant))
    labels = KLUE_LABELS if variant["all_labels"] else {"PS", "OG"}
    examples = [make_example(nlp, s, labels) for s in fit]
    optimizer = nlp.initialize(lambda: examples)
    best, best_epoch = -1.0, -1
    started = time.time()
    for epoch in range(epochs):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=32):
            nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses)
        with nlp.use_params(optimizer.averages):
            dev_scores = evaluate(nlp, dev)
            score = selection_score(dev_scores)
            if score > best:
                best, best_epoch = score, epoch
                nlp.to_disk(out_dir)
        row = {"variant": variant_name, "epoch": epoch, "loss": round(float(losses["ner"]), 1),
               "dev": round(score, 4), "secs": round(time.time() - started)}
        log.append(row)
        print(json.dumps(row), flush=True)
        if epoch - best_epoch >= 6:
            break
    best_nlp = spacy.load(out_dir)
    held = evaluate(best_nlp, held_out)
    return {"variant": variant_name, "best_epoch": best_epoch, "dev": round(best, 4),
            "held_out": held, "train_secs": round(time.time() - started)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--c1", type=float, default=0.05, help="CRF L1 penalty")
    parser.add_argument("--c2", type=float, default=0.01, help="CRF L2 penalty")
    parser.add_argument("--max-iterations", type=int, default=300)
    parser.add_argument("--cnn", choices=sorted(VARIANTS), help="train spaCy's CNN NER instead")
    parser.add_argument("--epochs", type=int, default=40, help="CNN only")
    parser.add_argument("--dropout", type=float, default=0.2, help="CNN only")
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--validate", type=int, choices=range(VALIDATION_FOLDS), metavar="FOLD",
                        help="CRF only: score on validation fold FOLD of the training part, write nothing")
    args = parser.parse_args()
    if args.validate is not None:
        print(json.dumps(validate_crf(args.validate, args.c1, args.c2, args.max_iterations)), flush=True)
        return
    tmp = args.out.with_name(args.out.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    if args.cnn:
        result = train_cnn(args.cnn, tmp, args.epochs, args.dropout, [])
        result["dropout"] = args.dropout
    else:
        result = train_crf(tmp, args.c1, args.c2, args.max_iterations)
        (tmp / "NOTICE.md").write_text(NOTICE, encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False), flush=True)
    (tmp / "training.json").write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
    if args.out.exists():
        shutil.rmtree(args.out)
    tmp.rename(args.out)


if __name__ == "__main__":
    main()
