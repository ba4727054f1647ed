"""Hangul syllable arithmetic: a syllable's final consonant (받침) decides particle forms
(은/는, 이/가) and marks verb endings (만날 with ㄹ, 만난다 with ㄴ); and where a sentence of
Hangul closes."""

import difflib
import re
import unicodedata
from functools import lru_cache

FINAL_NIEUN = 4  # ㄴ
FINAL_RIEUL = 8  # ㄹ
FINAL_SSANGSIOT = 20  # ㅆ: the past tense fused into the stem (했, 났, 나눴, 줬)


def syllables_with_final(final: int) -> str:
    """Every Hangul syllable with this final consonant (for a regex character class)."""
    return "".join(chr(0xAC00 + i) for i in range(11172) if i % 28 == final)


# Where a sentence closes: a Hangul syllable and its mark, only quotes after it to a space or the end
# ("만났다.", "겁니다.\"", not the initial of "로드리고 M. 바예호"). The dates read a sentence up to it;
# the people finder ends a name run at a word it closes.
SENTENCE_CLOSE = re.compile(r"[가-힣][.?!](?=[\"'”’)]*(\s|$))")

# Syllables carrying the past tense fused into the stem (했, 났, 였, 나눴), not 있 'be' or 겠 (will).
PAST_SYLLABLES = "[" + syllables_with_final(FINAL_SSANGSIOT).replace("있", "").replace("겠", "") + "]"


def final_consonant(ch: str) -> int | None:
    """Index of a syllable's final consonant (0 = none), or None when ch is not one Hangul syllable."""
    if len(ch) != 1 or not "가" <= ch <= "힣":
        return None
    return (ord(ch) - 0xAC00) % 28


def plain_present(text: str) -> bool:
    """Whether text ends in the plain present ("만난다", "갖는다"), the form news writes
    scheduled events in: 다 after a syllable closed by ㄴ."""
    return len(text) >= 2 and text.endswith("다") and final_consonant(text[-2]) == FINAL_NIEUN


# Native Korean numerals as they stand before a counter: "두 차례", "세 달 전".
NATIVE_NUMBERS = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6}

_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
# The Hangul initial consonants Korean news writes a Latin initial letter with (Nurlan -> 누를란,
# Tan -> 탄, Christoph -> 크리스토프, Charles -> 샤를, Javier -> 하비에르); a vowel -> ㅇ.
_LATIN_INITIALS = {
    "B": "ㅂ", "C": "ㅋㅅㅊㅆ", "D": "ㄷㄸ", "F": "ㅍㅎ", "G": "ㄱㅈㅎ", "H": "ㅎㅇ", "J": "ㅈㅎㅇ", "K": "ㅋㄱ",
    "L": "ㄹ", "M": "ㅁ", "N": "ㄴㅇ", "P": "ㅍㅃ", "Q": "ㅋ", "R": "ㄹ", "S": "ㅅㅆㅈㅊ", "T": "ㅌㄸㅊ", "V": "ㅂ",
    "W": "ㅇㅂ", "X": "ㅅㅈㅎ", "Z": "ㅈㅊ", "Y": "ㅇ",
}


def initial_consonant(ch: str) -> str | None:
    """A syllable's initial consonant (ㅇ for a vowel-initial one), or None for other characters."""
    return _INITIALS[(ord(ch) - 0xAC00) // 588] if len(ch) == 1 and "가" <= ch <= "힣" else None


def sounds_like_start(hangul: str, latin: str) -> bool:
    """Whether a Hangul word may transliterate a Latin word, judged by their first sounds."""
    initial = initial_consonant(hangul[:1])
    first = latin[:1].upper()
    if initial is None or not first.isalpha():
        return False
    if first == "T" and initial == "ㅊ":
        return latin[1:2].lower() in ("r", "s", "c", "j")  # "Tran" 쩐/천, "Tsai" 차이; "Tan" is no 찾아
    return initial in _LATIN_INITIALS.get(first, "ㅇ")


# Tense onsets and the aspirated ones another outlet writes for the same foreign sound ("꾸스마"
# and "쿠스마" for Kusuma, "뿌르노모" and "푸르노모" for Purnomo, "쩐" and "천").
_TENSE_TO_ASPIRATED = {1: 15, 4: 16, 8: 17, 13: 14}  # ㄲ->ㅋ, ㄸ->ㅌ, ㅃ->ㅍ, ㅉ->ㅊ (onset indices)


@lru_cache(maxsize=8192)
def loan_spelling_key(text: str) -> str:
    """The text with tense onsets written as aspirated ones, to match one foreign name in two
    transliterations."""
    out = []
    for ch in text:
        if "가" <= ch <= "힣":
            onset, rest = divmod(ord(ch) - 0xAC00, 588)
            ch = chr(0xAC00 + _TENSE_TO_ASPIRATED.get(onset, onset) * 588 + rest)
        out.append(ch)
    return "".join(out)


def sound_similarity(a: str, b: str) -> float:
    """How alike two Hangul spellings are letter by letter (jamo, not syllables), as two outlets'
    transliterations of one foreign name are ("퀸타나" and "킨타나" 0.86, "칼리파" and "할리파" 0.86)
    and two Korean surnames are not ("정" and "장" 0.67)."""
    return difflib.SequenceMatcher(None, unicodedata.normalize("NFD", a), unicodedata.normalize("NFD", b)).ratio()
