"""Which parts of an article the extractor has to read.

Tokenizing and walking every word is most of the extractor's cost, yet a meeting can only be
reported in a sentence that names a person, a title, a group of people ("두 사람") or carries a
cue word (a trigger, a status, a photo, an attendance): the market figures, the analysts' views
and the background paragraphs around it never change the result. The extractor reads the
headline and every sentence with such a word, up to the end of the meeting window; the rest of
the text stays in the Doc, untokenized.
"""
from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick

from extractors.lexicon import load_lexicon
from extractors.meetings import meeting_window

# Cue lists that change a meeting from inside a sentence that also has a name or a title, or
# that can stand on their own next to one ("이 자리에는 ... 배석했다", "사진을 올렸다", "전날에는 패널
# 토론에 나섰다": another event, which the meeting before does not go on into).
_SELECTIVE_CUES = ("strong_triggers", "weak_triggers", "spaced_weak_triggers", "gatherings", "phone", "video", "cancelled",
                   "denied", "joint", "separate", "photo", "posting", "attendance", "event_words",
                   "ceremonies")
_PRONOUNS = ("그는", "그가", "그의", "그와", "그를", "그녀", "이들")
_GROUPS = ("두 사람", "세 사람", "네 사람", "양측", "양자", "두 총수", "두 정상", "두 수장")
# A sentence ends at a Hangul syllable's full stop, question or exclamation mark, closing quotes
# after it included; "3.5%" or "U.S." does not end one.
_SENTENCE_END = re.compile(r"[가-힣][.?!][\"'”’」』)]*(?=\s)")


@lru_cache(maxsize=1)
def _telling() -> ahocorasick.Automaton:
    """Any word that can make a sentence matter: titles, known people, name parts, cues.

    An Aho-Corasick automaton, not a regex: the list holds thousands of words starting with
    hundreds of different syllables, and Python's re tries those branches one by one at every
    character, which cost half as much as tokenizing the article."""
    lex = load_lexicon()
    words: set[str] = set(_PRONOUNS) | set(_GROUPS) | set(lex.given_names) | {"씨"}
    for entry in lex.titles.get("titles") or []:
        words.update([entry["title"], *(entry.get("aliases") or [])])
    words.update(lex.titles.get("suffixes") or [])
    for person in lex.people:
        for surface in (person.name, *person.aliases):
            words.update({surface, surface.replace(" ", "")})
    for key in _SELECTIVE_CUES:
        words.update(str(v) for v in lex.cues.get(key) or [])
    # One syllable (a Chinese given name, 측, 님) is part of too many ordinary words to tell.
    automaton = ahocorasick.Automaton()
    for word in words:
        if len(word) > 1 or word == "씨":
            automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _sentences(line: str) -> list[tuple[int, int]]:
    out = []
    start = 0
    for m in _SENTENCE_END.finditer(line):
        out.append((start, m.end()))
        start = m.end()
    if line[start:].strip():
        out.append((start, len(line)))
    return out


def reading_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of text to tokenize: the headline and the telling sentences in the window.

    Neighbouring telling sentences of a line form one span, so mecab sees them as written. An
    article with no meeting trigger at all has nothing to read.
    """
    window = meeting_window(text)  # 0 when the text has no trigger at all
    if not window:
        return []
    telling = _telling()
    out: list[tuple[int, int]] = []
    line_start = 0
    for number, line in enumerate(text[:window].split("\n")):
        for a, b in ([(0, len(line))] if number == 0 else _sentences(line)):
            if number == 0 or next(telling.iter(line, a, b), None) is not None:
                a, b = line_start + a, line_start + b
                if out and text[out[-1][1]:a].strip(" \t") == "" and "\n" not in text[out[-1][1]:a]:
                    out[-1] = (out[-1][0], b)
                else:
                    out.append((a, b))
        line_start += len(line) + 1
    return out
