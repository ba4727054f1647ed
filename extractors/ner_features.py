"""Character CRF features for NER, shared by training and inference.

KLUE tags characters, and names often end inside a mecab morpheme (박모, 김씨), so the CRF labels
characters. Each character is described by itself and its neighbours, by the mecab morpheme it
sits in (surface, tag, mecab-ko-dic semantic class such as 인명, its place in the morpheme), by
the neighbouring morphemes, by its place in the eojeol (the whitespace-delimited word) and by the
eojeols on either side (a title such as 회장 often follows the name's eojeol).
"""
from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

from extractors.morphology import Morpheme


def doc_morphemes(doc: Doc) -> list[Morpheme]:
    """The morphemes behind a blank_korean() Doc (whitespace tokens dropped)."""
    return [Morpheme(t.text, t.tag_, t.idx, t.idx + len(t.text), str(t.morph).removeprefix("Sem=") or "*")
            for t in doc if t.tag_ != "_SP"]


def _script(ch: str) -> str:
    if "가" <= ch <= "힣":
        return "H"
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "L"
    return "S" if ch.isspace() else "O"


def _morpheme_features(ms: Sequence[Morpheme], k: int, i: int) -> list[str]:
    m = ms[k]
    place = "S" if m.end - m.start == 1 else "B" if i == m.start else "E" if i == m.end - 1 else "I"
    feats = [f"m={m.surface}", f"mt={m.tag}", f"ms={m.semantic}", f"mp={place}",
             f"mtp={m.tag}|{place}", f"ml={min(m.end - m.start, 5)}"]
    for d in (-1, 1):
        if 0 <= k + d < len(ms):
            o = ms[k + d]
            gap = o.start - m.end if d == 1 else m.start - o.end
            feats += [f"{d}m={o.surface}", f"{d}mt={o.tag}", f"{d}ms={o.semantic}", f"{d}gap={gap}"]
    if k + 2 < len(ms):
        feats += [f"2m={ms[k + 2].surface}", f"2mt={ms[k + 2].tag}"]
    if k >= 2:
        feats += [f"-2m={ms[k - 2].surface}", f"-2mt={ms[k - 2].tag}"]
    return feats


def char_features(text: str, morphemes: Sequence[Morpheme]) -> list[list[str]]:
    """One crfsuite feature list per character of text."""
    n = len(text)
    morpheme_at = [-1] * n
    for k, m in enumerate(morphemes):
        for p in range(m.start, m.end):
            morpheme_at[p] = k
    out = []
    for i, ch in enumerate(text):
        feats = ["bias", f"c={ch}", f"k={_script(ch)}"]
        feats += [f"{d}c={text[i + d] if 0 <= i + d < n else '#'}" for d in (-2, -1, 1, 2)]
        feats += [f"b-1={text[i - 1:i + 1] if i else '#' + ch}", f"b+1={text[i:i + 2]}",
                  f"tri={text[max(0, i - 1):i + 2]}", f"b-2={text[max(0, i - 2):i]}",
                  f"b+2={text[i + 1:i + 3]}", f"-3c={text[i - 3] if i >= 3 else '#'}",
                  f"3c={text[i + 3] if i + 3 < n else '#'}"]
        k = morpheme_at[i]
        feats += _morpheme_features(morphemes, k, i) if k >= 0 else ["nomorph"]
        if not ch.isspace():
            a = text.rfind(" ", 0, i) + 1
            b = text.find(" ", i)
            b = n if b < 0 else b
            feats += [f"ejpos={min(i - a, 4)}", f"ejrem={min(b - i - 1, 4)}", f"ej={text[a:b]}"]
            pa = text.rfind(" ", 0, max(a - 1, 0)) + 1
            nb = text.find(" ", b + 1)
            nb = n if nb < 0 else nb
            feats += [f"pej={text[pa:a - 1] if a else '#'}", f"nej={text[b + 1:nb] if b < n else '#'}"]
        out.append(feats)
    return out
