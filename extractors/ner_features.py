"""CRF features of mecab morpheme tokens, shared by NER training and inference.

Each token is described by its surface, mecab tag, mecab-ko-dic semantic class (MORPH Sem=...),
character affixes, its place in the eojeol (the whitespace-delimited word: Korean particles and
endings attach to names inside it), and the same facts about its neighbours.
"""
from __future__ import annotations

from spacy.tokens import Doc


def _script(text: str) -> str:
    if all("가" <= c <= "힣" for c in text):
        return "H"
    if text.isdigit():
        return "D"
    if text.isascii() and text.isalpha():
        return "L"
    return "O"


def _token_facts(doc: Doc) -> list[dict[str, str]]:
    facts = []
    for i, t in enumerate(doc):
        prev = doc[i - 1] if i else None
        facts.append({
            "w": t.text, "t": t.tag_, "t1": t.tag_.split("+")[0],
            "s": str(t.morph).removeprefix("Sem=") or "-", "k": _script(t.text),
            "p1": t.text[:1], "p2": t.text[:2], "s1": t.text[-1:], "s2": t.text[-2:],
            "len": str(min(len(t.text), 5)),
            "bos": str(prev is None or bool(prev.whitespace_) or prev.tag_ == "_SP"),
            "eos": str(bool(t.whitespace_) or i == len(doc) - 1),
        })
    return facts


def _eojeols(facts: list[dict[str, str]]) -> list[list[int]]:
    """Token indices grouped by eojeol."""
    groups: list[list[int]] = []
    for i, f in enumerate(facts):
        if not groups or f["bos"] == "True":
            groups.append([])
        groups[-1].append(i)
    return groups


def token_features(doc: Doc) -> list[list[str]]:
    """One feature list per token of doc (crfsuite's binary string features)."""
    facts = _token_facts(doc)
    groups = _eojeols(facts)
    group_of = [g for g, idx in enumerate(groups) for _ in idx]
    out = []
    for i, f in enumerate(facts):
        idx = groups[group_of[i]]
        feats = [
            "bias", f"w={f['w']}", f"t={f['t']}", f"t1={f['t1']}", f"s={f['s']}", f"k={f['k']}",
            f"p1={f['p1']}", f"p2={f['p2']}", f"s1={f['s1']}", f"s2={f['s2']}",
            f"len={f['len']}|{f['k']}", f"bos={f['bos']}", f"eos={f['eos']}",
            f"t|s={f['t']}|{f['s']}", f"p1|t={f['p1']}|{f['t1']}|{f['len']}",
            "ej=" + "".join(facts[k]["w"] for k in idx),
            f"ejpos={idx.index(i)}/{min(len(idx), 4)}",
            f"ejlast={facts[idx[-1]]['t']}", f"ejfirst={facts[idx[0]]['t']}|{f['t']}",
        ]
        if group_of[i] + 1 < len(groups):
            nxt = facts[groups[group_of[i] + 1][0]]
            feats += [f"nej0={nxt['w']}", f"nej0t={nxt['t']}"]
        if group_of[i] > 0:
            prv = groups[group_of[i] - 1]
            feats += [f"pejL={facts[prv[-1]]['w']}", f"pej0={facts[prv[0]]['w']}"]
        for d in (-3, -2, -1, 1, 2, 3):
            j = i + d
            if not 0 <= j < len(facts):
                feats.append(f"{d}pad")
                continue
            o = facts[j]
            feats.append(f"{d}w={o['w']}")
            if abs(d) <= 2:
                feats += [f"{d}t={o['t']}", f"{d}s={o['s']}", f"{d}s2={o['s2']}"]
            if abs(d) == 1:
                feats += [f"{d}tt={o['t']}|{f['t']}", f"{d}ww={o['w']}|{f['w']}", f"{d}bos={o['bos']}"]
        out.append(feats)
    return out
