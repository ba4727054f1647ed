"""Bytes to text for Korean news pages, which often serve EUC-KR without saying so."""
from __future__ import annotations

import codecs
import re

# EUC-KR is a subset of cp949 (Windows "unified Hangul"); outlets labelled euc-kr routinely
# send cp949-only syllables, so every Korean legacy label decodes as cp949.
_KOREAN_LEGACY = {"euc-kr", "euckr", "euc_kr", "ks_c_5601-1987", "ks_c_5601", "ksc5601",
                  "korean", "x-windows-949", "windows-949", "cp949", "uhc", "ms949"}

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class UndecodableError(ValueError):
    """No declared or fallback encoding turns these bytes into text."""


def normalize_charset(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None when the label is unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _KOREAN_LEGACY:
        return "cp949"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def header_charset(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header, normalized."""
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return normalize_charset(match.group(1)) if match else None


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in <meta charset> or <meta http-equiv> (first 4 KiB)."""
    match = _META_CHARSET.search(data[:4096])
    return normalize_charset(match.group(1).decode("ascii", "ignore")) if match else None


def decode_page(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode page bytes; return (text, codec used).

    Order: HTTP header charset, then <meta> charset, then undeclared fallbacks. Among the
    fallbacks strict UTF-8 goes first because cp949 byte runs almost never form valid UTF-8,
    while UTF-8 Korean often decodes as (wrong) cp949 for a few characters before failing.
    A declared charset that does not fit the bytes is skipped, not trusted.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", "strict"), "utf-8"
    candidates = [header_charset(content_type), meta_charset(data), "utf-8", "cp949"]
    tried: list[str] = []
    for codec in candidates:
        if codec is None or codec in tried:
            continue
        tried.append(codec)
        try:
            return data.decode(codec, "strict"), codec
        except UnicodeDecodeError:
            continue
    raise UndecodableError(f"bytes fit none of {', '.join(tried)}")
