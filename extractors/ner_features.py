"""Character CRF features for NER, shared by training and inference.

KLUE tags characters, and names often end inside a mecab morpheme (박모, 김씨), so the CRF labels
characters. Each character is described by itself and its neighbours (characters, bigrams,
trigrams), by the mecab morpheme it sits in (surface, tag, mecab-ko-dic semantic class such as
인명, its place in the morpheme, the tag trigram around it, the character joined with the tag and
class), by the neighbouring morphemes, by its place in the eojeol (the whitespace-delimited word)
and by the eojeols on either side (a title such as 회장 often follows the name's eojeol). Each
eojeol is also split into a stem and the josa/ending morphemes (J*, E*, VCP) that close it, so the
character also sees the stem (삼성전자 in 삼성전자는), its last and first characters, the script
shape of the stem, the closing josa, whether the character is in the stem, the first morpheme of
the next eojeol and the last morpheme of the previous one.
"""
from __future__ import annotations

from typing import NamedTuple, Sequence

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
    pt = ms[k - 1].tag if k >= 1 else "#"
    nt = ms[k + 1].tag if k + 1 < len(ms) else "#"
    feats += [f"mt3={pt}|{m.tag}|{nt}", f"mt-={pt}|{m.tag}", f"mt+={m.tag}|{nt}"]
    return feats


class _Eojeol(NamedTuple):
    end: int
    stem_end: int  # where the closing josa/ending morphemes start (end when there are none)
    tail: list[Morpheme]  # those closing morphemes
    first: Morpheme | None
    last: Morpheme | None


def _closes(m: Morpheme) -> bool:
    return m.tag[0] in "JE" or m.tag == "VCP" or m.tag.startswith("VCP+")


def _eojeols(text: str, ms: Sequence[Morpheme], morpheme_at: list[int]) -> dict[int, _Eojeol]:
    """Eojeols by start offset."""
    n = len(text)
    out: dict[int, _Eojeol] = {}
    a = 0
    while a < n:
        if text[a].isspace():
            a += 1
            continue
        b = a
        while b < n and not text[b].isspace():
            b += 1
        ks = sorted({morpheme_at[p] for p in range(a, b) if morpheme_at[p] >= 0})
        stem_end, tail = b, []
        for k in reversed(ks):
            if not _closes(ms[k]) or ms[k].start <= a:
                break
            stem_end = ms[k].start
            tail.append(ms[k])
        tail.reverse()
        out[a] = _Eojeol(b, stem_end, tail, ms[ks[0]] if ks else None, ms[ks[-1]] if ks else None)
        a = b
    return out


def _eojeol_features(text: str, ejs: dict[int, _Eojeol], ea: int, i: int, prev_start: int) -> list[str]:
    n = len(text)
    ej = ejs[ea]
    stem = text[ea:ej.stem_end]
    shape: list[str] = []
    for c in stem or text[ea:ej.end]:
        s = _script(c)
        if not shape or shape[-1] != s:
            shape.append(s)
    feats = [f"stem={stem}", f"josa={'+'.join(m.surface for m in ej.tail) or '-'}",
             f"jt={'+'.join(m.tag for m in ej.tail) or '-'}",
             f"instem={'Y' if i < ej.stem_end else 'N'}",
             f"srem={min(ej.stem_end - i - 1, 4) if i < ej.stem_end else 'x'}",
             f"sl1={stem[-1:]}", f"sl2={stem[-2:]}", f"sf2={stem[:2]}",
             f"shp={''.join(shape)}|{min(ej.stem_end - ea, 6)}"]
    p = ej.end
    while p < n and text[p].isspace():
        p += 1
    nxt = ejs.get(p)
    if nxt is not None and nxt.first is not None:
        feats += [f"nm0={nxt.first.surface}", f"nm0t={nxt.first.tag}", f"nm0s={nxt.first.semantic}"]
    prv = ejs.get(prev_start) if ea > 0 and prev_start >= 0 else None
    if prv is not None and prv.last is not None:
        feats += [f"pml={prv.last.surface}", f"pmlt={prv.last.tag}"]
    return feats


def char_features(text: str, morphemes: Sequence[Morpheme]) -> list[list[str]]:
    """One crfsuite feature list per character of text."""
    n = len(text)
    morpheme_at = [-1] * n
    for k, m in enumerate(morphemes):
        for p in range(m.start, m.end):
            morpheme_at[p] = k
    ejs = _eojeols(text, morphemes, morpheme_at)
    eojeol_at = [-1] * n
    for a, ej in ejs.items():
        eojeol_at[a:ej.end] = [a] * (ej.end - a)
    out = []
    for i, ch in enumerate(text):
        feats = ["bias", f"c={ch}", f"k={_script(ch)}"]
        feats += [f"{d}c={text[i + d] if 0 <= i + d < n else '#'}" for d in (-2, -1, 1, 2)]
        feats += [f"b-1={text[i - 1:i + 1] if i else '#' + ch}", f"b+1={text[i:i + 2]}",
                  f"tri={text[max(0, i - 1):i + 2]}", f"b-2={text[max(0, i - 2):i]}",
                  f"b+2={text[i + 1:i + 3]}", f"-3c={text[i - 3] if i >= 3 else '#'}",
                  f"3c={text[i + 3] if i + 3 < n else '#'}",
                  f"tri-={text[max(0, i - 2):i + 1]}", f"tri+={text[i:i + 3]}"]
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
            if eojeol_at[i] >= 0:
                feats += _eojeol_features(text, ejs, eojeol_at[i], i, eojeol_at[pa] if a else -1)
        if k >= 0:
            feats += [f"c|mt={ch}|{morphemes[k].tag}", f"c|ms={ch}|{morphemes[k].semantic}"]
        out.append(feats)
    return out
