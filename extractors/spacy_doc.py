"""spaCy Docs over mecab morphemes: one token per morpheme, offsets exact to the character."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from extractors.morphology import Morpheme, analyze


def _sem_morph(semantic: str) -> str:
    """MORPH value carrying mecab-ko-dic's semantic class (e.g. Sem=인명), '_' when it has none."""
    if semantic in ("", "*") or any(ch in semantic for ch in "|=_"):
        return "_"
    return f"Sem={semantic}"


def build_doc(vocab: Vocab, text: str, morphemes: list[Morpheme] | None = None) -> Doc:
    """Doc whose text equals `text` and whose tokens are the morphemes, tagged with mecab tags.

    Each token's MORPH holds the morpheme's semantic class as `Sem=<class>` (features for NER).

    Whitespace between morphemes goes into the previous token's trailing space; a run of
    whitespace longer than one space becomes its own whitespace token, as spaCy does.
    """
    morphemes = analyze(text) if morphemes is None else morphemes
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    morphs: list[str] = []
    pos = 0
    for m in morphemes:
        gap = text[pos:m.start]
        if gap:
            if words and gap == " ":
                spaces[-1] = True
            else:
                if words and gap.startswith(" "):
                    spaces[-1] = True
                    gap = gap[1:]
                words.append(gap)
                spaces.append(False)
                tags.append("_SP")
                morphs.append("_")
        words.append(m.surface)
        spaces.append(False)
        tags.append(m.tag)
        morphs.append(_sem_morph(m.semantic))
        pos = m.end
    if pos < len(text):
        tail = text[pos:]
        if words and tail.startswith(" "):
            spaces[-1] = True
            tail = tail[1:]
        if tail:
            words.append(tail)
            spaces.append(False)
            tags.append("_SP")
            morphs.append("_")
    doc = Doc(vocab, words=words, spaces=spaces, tags=tags, morphs=morphs)
    # For components that reason over plain morphemes; `doc.text` is rebuilt from tokens on
    # every access, so the source text is kept too.
    doc.user_data["morphemes"] = morphemes
    doc.user_data["text"] = text
    return doc


class MecabTokenizer:
    """spaCy tokenizer over konlpy Mecab (spaCy's own Korean tokenizer needs a system mecab)."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        return build_doc(self.vocab, text)

    # Nothing to save: the tokenizer is rebuilt from the installed dictionary and lexicons.
    def to_bytes(self, **_: Any) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_: Any) -> "MecabTokenizer":
        return self

    def to_disk(self, _path: str | Path, **_: Any) -> None:
        return None

    def from_disk(self, _path: str | Path, **_: Any) -> "MecabTokenizer":
        return self


@spacy.registry.tokenizers("hoedong.mecab_tokenizer.v1")
def create_mecab_tokenizer() -> Callable[[Language], MecabTokenizer]:
    def make(nlp: Language) -> MecabTokenizer:
        return MecabTokenizer(nlp.vocab)

    return make


TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "hoedong.mecab_tokenizer.v1"}}}


def blank_korean() -> Language:
    """An empty Korean pipeline whose tokens are mecab morphemes."""
    return spacy.blank("ko", config=TOKENIZER_CONFIG)
