import pytest

from extractors.decoding import (UndecodableError, decode_page, header_charset, meta_charset,
                                 normalize_charset)

KOREAN = "최태원 SK그룹 회장이 젠슨 황 엔비디아 CEO와 만났다. 똠방각하 샾"  # 똠/샾: cp949-only


def test_korean_legacy_labels_decode_as_cp949():
    for label in ("EUC-KR", "euc_kr", "ks_c_5601-1987", "x-windows-949"):
        assert normalize_charset(label) == "cp949"
    assert normalize_charset("UTF8") == "utf-8"
    assert normalize_charset("no-such-charset") is None


def test_header_and_meta_charsets_are_read():
    assert header_charset('text/html; charset="euc-kr"') == "cp949"
    assert header_charset("text/html") is None
    assert meta_charset(b'<meta charset="EUC-KR">') == "cp949"
    assert meta_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">') \
        == "cp949"


def test_header_wins_over_meta():
    page = f'<meta charset="utf-8"><p>{KOREAN}</p>'.encode("cp949")
    assert decode_page(page, "text/html; charset=euc-kr") == (page.decode("cp949"), "cp949")


def test_meta_charset_used_without_header():
    page = f'<meta charset="euc-kr"><p>{KOREAN}</p>'.encode("cp949")
    text, codec = decode_page(page, "text/html")
    assert KOREAN in text and codec == "cp949"


def test_undeclared_euc_kr_falls_back_to_cp949():
    text, codec = decode_page(f"<p>{KOREAN}</p>".encode("cp949"))
    assert KOREAN in text and codec == "cp949"


def test_wrong_declaration_is_not_trusted():
    text, codec = decode_page(f"<p>{KOREAN}</p>".encode("cp949"), "text/html; charset=utf-8")
    assert KOREAN in text and codec == "cp949"


def test_undeclared_utf8_and_bom():
    assert decode_page(KOREAN.encode("utf-8"))[1] == "utf-8"
    assert decode_page(b"\xef\xbb\xbf" + KOREAN.encode("utf-8")) == (KOREAN, "utf-8")


def test_undecodable_bytes_raise():
    with pytest.raises(UndecodableError):
        decode_page(b"<p>\x80\x80\xff\xff\x80</p>")
