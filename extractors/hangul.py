"""Hangul syllable arithmetic: a syllable's final consonant (받침) decides particle forms
(은/는, 이/가) and marks verb endings (만날 with ㄹ, 만난다 with ㄴ)."""

FINAL_NIEUN = 4  # ㄴ
FINAL_RIEUL = 8  # ㄹ


def final_consonant(ch: str) -> int | None:
    """Index of a syllable's final consonant (0 = none), or None when ch is not one Hangul syllable."""
    if len(ch) != 1 or not "가" <= ch <= "힣":
        return None
    return (ord(ch) - 0xAC00) % 28
