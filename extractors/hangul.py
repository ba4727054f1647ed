"""Hangul syllable arithmetic: a syllable's final consonant (받침) decides particle forms
(은/는, 이/가) and marks verb endings (만날 with ㄹ, 만난다 with ㄴ)."""

FINAL_NIEUN = 4  # ㄴ
FINAL_RIEUL = 8  # ㄹ
FINAL_SSANGSIOT = 20  # ㅆ: the past tense fused into the stem (했, 났, 나눴, 줬)


def syllables_with_final(final: int) -> str:
    """Every Hangul syllable with this final consonant (for a regex character class)."""
    return "".join(chr(0xAC00 + i) for i in range(11172) if i % 28 == final)


def final_consonant(ch: str) -> int | None:
    """Index of a syllable's final consonant (0 = none), or None when ch is not one Hangul syllable."""
    if len(ch) != 1 or not "가" <= ch <= "힣":
        return None
    return (ord(ch) - 0xAC00) % 28


def plain_present(text: str) -> bool:
    """Whether text ends in the plain present ("만난다", "갖는다"), the form news writes
    scheduled events in: 다 after a syllable closed by ㄴ."""
    return len(text) >= 2 and text.endswith("다") and final_consonant(text[-2]) == FINAL_NIEUN
