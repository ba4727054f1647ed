"""spaCy Docs over mecab morphemes: one token per morpheme, offsets exact to the character."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy
import spacy
from spacy.attrs import MORPH, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from extractors.morphology import Morpheme, analyze


def _sem_morph(semantic: str) -> str:
    """MORPH value carrying mecab-ko-dic's semantic class (e.g. Sem=인명), '_' when it has none."""
    if semantic in ("", "*") or any(ch in semantic for ch in "|=_"):
        return "_"
    return f"Sem={semantic}"


class _Hashes(dict):
    """Memo of a vocab's TAG and MORPH hashes for (mecab tag, semantic class) pairs."""

    def __init__(self, vocab: Vocab) -> None:
        super().__init__()
        self.vocab = vocab

    def __missing__(self, key: tuple[str, str]) -> tuple[int, int]:
        tag, semantic = key
        value = (self.vocab.strings.add(tag), self.vocab.morphology.add(_sem_morph(semantic)))
        self[key] = value
        return value


_HASHES: dict[int, _Hashes] = {}
# Tag of the words of text the extractor did not need to tokenize (extractors/relevance.py).
UNREAD = "_UNREAD"
_PIECES = re.compile(r"\s+|\S+")


def build_doc(vocab: Vocab, text: str, morphemes: list[Morpheme] | None = None,
              spans: Sequence[tuple[int, int]] | None = None) -> Doc:
    """Doc whose text equals `text` and whose tokens are the morphemes, tagged with mecab tags.

    Each token's MORPH holds the morpheme's semantic class as `Sem=<class>` (features for NER).

    Whitespace between morphemes goes into the previous token's trailing space; a run of
    whitespace longer than one space becomes its own whitespace token, as spaCy does. With
    `spans`, only those parts are tokenized into morphemes; the words of the rest become tokens
    tagged `UNREAD`.
    """
    morphemes = analyze(text, spans) if morphemes is None else morphemes
    hashes = _HASHES.get(id(vocab))
    if hashes is None or hashes.vocab is not vocab:
        hashes = _HASHES[id(vocab)] = _Hashes(vocab)
    space_attrs = hashes["_SP", "*"]
    unread_attrs = hashes[UNREAD, "*"]
    words: list[str] = []
    spaces: list[bool] = []
    attrs: list[tuple[int, int]] = []

    def whitespace(gap: str) -> None:
        if words and gap[0] == " ":
            spaces[-1] = True
            gap = gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)
            attrs.append(space_attrs)

    def gap_tokens(gap: str) -> None:
        if gap.isspace():
            whitespace(gap)
            return
        for piece in _PIECES.findall(gap):
            if piece[0].isspace():
                whitespace(piece)
            else:
                words.append(piece)
                spaces.append(False)
                attrs.append(unread_attrs)

    pos = 0
    for surface, tag, start, end, semantic in morphemes:
        if start != pos:
            gap_tokens(text[pos:start])
        words.append(surface)
        spaces.append(False)
        attrs.append(hashes[tag, semantic])
        pos = end
    if pos < len(text):
        gap_tokens(text[pos:])
    doc = Doc(vocab, words=words, spaces=spaces)
    # Tags and MORPH in one array write: strings passed to Doc() are parsed one by one.
    doc.from_array([TAG, MORPH], numpy.array(attrs, dtype="uint64").reshape(-1, 2))
    # For components that reason over plain morphemes; `doc.text` is rebuilt from tokens on
    # every access, so the source text is kept too.
    doc.user_data["morphemes"] = morphemes
    doc.user_data["text"] = text
    return doc


class MecabTokenizer:
    """spaCy tokenizer over konlpy Mecab (spaCy's own Korean tokenizer needs a system mecab)."""

    def __init__(self, vocab: Vocab, reading: Callable[[str], list[tuple[int, int]]] | None = None) -> None:
        """`reading`, when given, picks the spans of a text worth tokenizing."""
        self.vocab = vocab
        self.reading = reading

    def __call__(self, text: str) -> Doc:
        return build_doc(self.vocab, text, spans=self.reading(text) if self.reading else None)

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
