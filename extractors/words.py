"""Words: whitespace words (eojeol) split at commas and middle dots, each seen as head + particle.

Korean marks a phrase's role with a particle at the end of the word ("회장은", "CEO와", "등과"),
and business news strings people together with commas and middle dots. The relation extractor
reasons over these words; their morphemes come from the spaCy Doc (one token per morpheme).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from extractors.morphology import Morpheme

# Particle roles. 와/과 are "with" both as conjunction (JC) and comitative (JKB); the extractor
# decides by what follows.
TOPIC = "topic"      # 은 는 도
SUBJ = "subj"        # 이 가 께서
WITH = "with"        # 와 과 하고
OBJ = "obj"          # 을 를
DAT = "dat"          # 에게 한테 께
GEN = "gen"          # 의
APPOS = "appos"      # 인 (copula): "회장인 최태원"
OTHER = "other"
NONE = ""

_ROLE_BY_PARTICLE = {
    "은": TOPIC, "는": TOPIC, "도": TOPIC, "이": SUBJ, "가": SUBJ, "께서": SUBJ, "께서는": TOPIC,
    "와": WITH, "과": WITH, "하고": WITH, "와는": WITH, "과는": WITH,
    "와도": WITH, "과도": WITH, "을": OBJ, "를": OBJ, "에게": DAT, "한테": DAT, "께": DAT,
    "에게는": DAT, "에게도": DAT, "의": GEN, "와의": GEN, "과의": GEN,
    "로부터": DAT, "으로부터": DAT, "에게서": DAT,  # ("B 대표로부터 현황을 듣고": whom one heard from)
}


@dataclass(slots=True)
class Word:
    """A word with its head (text before particles), particle role and the mark after it."""

    index: int
    start: int
    end: int
    text: str
    head: str
    head_end: int
    particle: str
    role: str
    tags: tuple[str, ...]
    head_tags: tuple[str, ...]
    head_sems: tuple[str, ...]  # mecab-ko-dic semantic class per head morpheme (인명, 지명, *)
    sep_after: str  # ',' or '·' when a list continues, '…' when a headline's clause ends, else ''
    paren: str  # text inside a parenthesis right after the head, e.g. 'CEO'
    verbal: bool  # holds a verb, adjective or copula: ends a noun phrase
    line: int


def particle_role(particle: str) -> str:
    """The role the particles closing a word give it (은/는 topic, 와/과 with, ...)."""
    if not particle:
        return NONE
    if particle in _ROLE_BY_PARTICLE:
        return _ROLE_BY_PARTICLE[particle]
    for key in ("에게", "와", "과", "은", "는", "을", "를"):
        if particle.startswith(key):
            return _ROLE_BY_PARTICLE[key]
    return OTHER


_VERBAL: dict[str, bool] = {}


def _verbal_tag(tag: str) -> bool:
    """Whether a mecab tag holds a verb or adjective stem (VV, VA+EC, XSV+EP, ...); memoized."""
    verbal = _VERBAL.get(tag)
    if verbal is None:
        verbal = _VERBAL[tag] = tag.startswith(("VV", "VA", "VX", "VC", "XSV", "XSA"))
    return verbal


# A word that ends a sentence: "만났다.", "말했다.\"", "(사진)."; not initials ("마이클 J. 로젠탈", "J.D. 밴스").
SENT_END = re.compile(r"(?<!^[A-Z])(?<!^[A-Z]\.[A-Z])[.?!][\"'”’)]*$")


def sentence_start(words: list[Word], i: int) -> int:
    """Index of the first word of the sentence word i is in: a sentence breaks after '.', '?', '!'
    or at a line end, as meetings.sentences_of splits them."""
    k = i
    while k > 0 and words[k - 1].line == words[i].line and not SENT_END.search(words[k - 1].text):
        k -= 1
    return k


def sentence_end(words: list[Word], i: int) -> int:
    """Index of the last word of the sentence word i is in (see sentence_start)."""
    k = i
    while k + 1 < len(words) and words[k + 1].line == words[i].line and not SENT_END.search(words[k].text):
        k += 1
    return k


# A gloss in Chinese characters names the word before it: "저우밍하오(周明浩)" is no verb form.
_HANJA_GLOSS = re.compile(r"[\u4e00-\u9fff]{1,6}(?:·.+)?")

# An ellipsis joins a headline's clauses ("...쇼'…제갈윤 구단주와"): no word runs across it.
_ELLIPSES = frozenset(("…", "⋯"))
SEPARATORS = {",": ",", "·": "·", "ㆍ": "·", "‧": "·", "∙": "·", "/": "·"}
# Bullets, the equals sign of columns and captions and the mark of a transcript's speaker are words
# of their own, written with spaces or without: "◆남궁선 태백그룹 회장=모친상을 치른 뒤", "[서울=뉴스1]",
# "사진=한빛그룹", "◇ 한수아> 태강그룹 문상혁 회장이".
_WORD_BREAKS = frozenset("◆◇■□▲△▶▷►●○★☆※=>")


def _particle(m: Morpheme) -> bool:
    """A particle morpheme; news has no vocative, its genitive is 의 and its "with" and "to" are
    not the spoken (이)랑 and (이)루, nor 완 for 와는: a 'JKV 아', 'JKG 우', 'JKB 랑', 'JKB 루' or
    'JKB+JX 완' is mecab cutting the end off a name ("사티아", "히에우", "트랑", "케이블루", "피녜이루",
    "석지완")."""
    return m.tag.startswith("J") and m.tag != "JKV" and not (m.tag == "JKG" and m.surface != "의") \
        and m.surface not in ("랑", "루", "이랑", "이루", "완")


def _name_end_as_particle(core: list[Morpheme], k: int) -> bool:
    """The end of a person name that mecab takes for a particle after the rest of it: the 와 of a
    Japanese surname in 사와/자와 (澤), "아카자/NNP(인명) 와/JC" is 아카자와; a given name's last
    syllable 서, "남궁민/NNP(인명) 서/JKB" is 남궁민서 (서 'at' is written 에서 after a name)."""
    if k == 0 or core[k - 1].tag != "NNP" or core[k - 1].semantic != "인명" or len(core[k - 1].surface) < 2:
        return False
    return (core[k].surface == "와" and core[k].tag == "JC" and core[k - 1].surface.endswith(("자", "사"))) or \
        (core[k].surface == "서" and core[k].tag == "JKB" and k == len(core) - 1)


# The copula's adnominal forms as written after a noun ("회장인", "사장이던", "부회장였던").
_COPULA_ADNOMINALS = frozenset(("인", "일", "던", "이던", "였던", "이었던"))
# One-syllable connective endings written after 하 ("생각하고", "위하여", "하게", "하지").
_ENDINGS_AFTER_HA = frozenset("고며게지여서도자면나니든려러")


def _misread_name_syllable(core: list[Morpheme]) -> bool:
    """A name whose last syllable mecab read as a one-syllable adnominal verb: "프라빈" (프라 +
    빈 'empty'), "남궁빈". Real adnominals carry their stem apart ("찾/VV 은/ETM", "방한한"), and
    하 with an ending is written 해 ("해준"): "석하준" (석 + 하/XSV + 준/EC+VX+ETM) is a name."""
    if len(core) == 3 and core[1].surface == "하" and core[1].tag == "XSV" and len(core[2].surface) == 1 \
            and core[0].tag.startswith("NN") and (core[2].tag.startswith("EC+") or (
                core[2].tag == "EC" and core[2].surface not in _ENDINGS_AFTER_HA)):
        return True  # ("석하윤": 석 + 하 + 윤, which no ending is)
    verbs = [m for m in core if _verbal_tag(m.tag)]
    if len(verbs) == 1 and verbs[0] is core[-1] and verbs[0].tag == "VV+ETM" and len(verbs[0].surface) == 1 \
            and len(core) > 1 and core[-2].tag.startswith("NN"):
        return True
    # An unknown proper noun cut into a stem and an ending ("크리슈나/NNP 무르/VV 티/EC"): no
    # derivational or tense morpheme a real verb form would have.
    if core[0].tag == "NNP" and not any(m.tag.startswith(("XSV", "XSA")) or "EP" in m.tag or "EF" in m.tag for m in core):
        return True
    # A particle between a noun and a verb stem inside the word: a foreign name cut into pieces
    # ("트랑블래": 트/NNG 랑/JKB 블/VV 래/EC); running text puts a space after a particle.
    return any(a.tag.startswith("NN") and b.tag.startswith("J") and _verbal_tag(c.tag)
               for a, b, c in zip(core, core[1:], core[2:]))


def _misread_copula(core: list[Morpheme], text: str, end: int) -> bool:
    """A name ending in 야 that mecab read as the plain copula closing a sentence ("위자/NNG 야/VCP+EF"),
    with the sentence going on after it ("부디 산토소 위자야 인도네시아 투자부 장관"): news writes
    that ending only in quoted speech, and there a mark or 라고 follows it."""
    return len(core) >= 2 and core[-1].tag == "VCP+EF" and core[-1].surface == "야" and \
        core[-2].tag.startswith("NN") and text[end:end + 1] == " "


def words_of(doc: Doc, end: int | None = None) -> list[Word]:
    """Split the Doc into words; a word ends at whitespace, a comma or a middle dot.

    Reads the morphemes the tokenizer kept in `doc.user_data["morphemes"]` (plain tuples are
    much cheaper to walk than spaCy tokens); with `end`, only those that start before it.
    """
    text: str = doc.user_data["text"]
    morphemes: list[Morpheme] = doc.user_data["morphemes"]
    out: list[Word] = []
    group: list[Morpheme] = []
    line = 0
    depth = 0  # inside parentheses a word goes on across spaces: "손정의(마사요시 손) 회장"
    pos = 0

    def flush(sep: str) -> None:
        if group:
            out.append(_make_word(len(out), group, sep, line, text))
            group.clear()

    for m in morphemes:
        if end is not None and m.start >= end:
            break
        gap = text[pos:m.start]
        if gap:
            if "\n" in gap:
                depth = 0
                flush("")
                line += gap.count("\n")
            elif not depth:
                flush("")
        pos = m.end
        if m.surface == "(":
            depth += 1
        elif m.surface == ")" and depth:
            depth -= 1
        if m.surface in SEPARATORS and m.tag in ("SC", "SY", "SF", "SE") and not depth:
            flush(SEPARATORS[m.surface])
            continue
        if m.tag == "SY" and not depth and not _WORD_BREAKS.isdisjoint(m.surface):
            # a word of its own, as when spaces surround it ("기자 = 쩐득하이"), also glued to quotes
            # in one token ('◇"2부가 더 좋았다"=명재훈': '"=' closes the quote, = stands alone)
            piece = 0
            for j, c in enumerate(m.surface):
                if c in _WORD_BREAKS:
                    if j > piece:
                        group.append(Morpheme(m.surface[piece:j], m.tag, m.start + piece, m.start + j, m.semantic))
                    flush("")
                    group.append(Morpheme(c, m.tag, m.start + j, m.start + j + 1, m.semantic))
                    flush("")
                    piece = j + 1
            if piece < len(m.surface):
                group.append(Morpheme(m.surface[piece:], m.tag, m.start + piece, m.end, m.semantic))
            continue
        if m.tag in ("SE", "SY") and not _ELLIPSES.isdisjoint(m.surface) and not depth:
            # a headline's clauses: "'하프타임 쇼'…제갈윤 구단주와" (no word runs across; a closing
            # quote before the ellipsis stays with its word)
            cut = min(m.surface.find(x) for x in _ELLIPSES if x in m.surface)
            if cut and group:
                group.append(Morpheme(m.surface[:cut], m.tag, m.start, m.start + cut, m.semantic))
            flush("…")
            continue
        group.append(m)
    flush("")
    return out


_TRAILING_MARKS = frozenset(("SF", "SE", "SSC", "SSO", "SY", "SC"))
_LEADING_MARKS = frozenset(("SSO", "SSC", "SY", "SE"))


def _make_word(index: int, morphs: list[Morpheme], sep: str, line: int, text: str) -> Word:
    paren = ""
    start = morphs[0].start
    end = morphs[-1].end
    word_text = text[start:end]
    glossed_at = 0  # morphemes before the parenthesis: a particle comes after it, never before
    if "(" in word_text or ")" in word_text:
        core: list[Morpheme] = []
        inside = False
        for m in morphs:
            if m.tag == "SSO" and m.surface == "(":
                inside = True
                glossed_at = glossed_at or len(core)
            elif m.tag == "SSC" and m.surface == ")":
                inside = False
            elif inside:
                paren += m.surface
            else:
                core.append(m)
    else:
        core = morphs
    # Strip quotes and closing punctuation around the word.
    lo, hi = 0, len(core)
    while hi > lo and core[hi - 1].tag in _TRAILING_MARKS:
        hi -= 1
    while lo < hi and core[lo].tag in _LEADING_MARKS:
        lo += 1
    if lo or hi < len(core):
        core = core[lo:hi]
        glossed_at = max(0, glossed_at - lo)
    if len(core) >= 2 and core[-1].surface == "관이" and core[-1].tag == "NNG" and core[-2].tag.startswith("NN"):
        # a post in 관 with its subject particle, which mecab reads as a noun: "상무참사관이" as 참사/NNG 관이/NNG
        tail = core[-1]
        core = core[:-1] + [Morpheme("관", "NNG", tail.start, tail.start + 1, tail.semantic),
                            Morpheme("이", "JKS", tail.start + 1, tail.end, "*")]
    if "사" in word_text:
        for k in range(1, len(core)):
            m = core[k]
            if m.surface == "사" and m.tag in ("VV+EC", "NR") and core[k - 1].tag == "NNG" and \
                    all(x.tag.startswith("J") for x in core[k + 1:]):
                # a company, 社, which mecab reads as a verb or a number: "투자사" as 투자/NNG 사/VV+EC,
                # "협력사" as 협력/NNG 사/NR
                core = core[:k] + [Morpheme("사", "XSN", m.start, m.end, m.semantic)] + core[k + 1:]
    cut = len(core)
    # ("쩐득하이(Tran Duc Hai)": 이 is the name's; so is the 와 of "아카자와")
    while cut > glossed_at and _particle(core[cut - 1]) and not _name_end_as_particle(core, cut - 1):
        cut -= 1
    if cut < len(core) - 1 and core[cut].tag == "JKO":
        cut = len(core)  # no particle follows an object's: "누를란" as 누/NP 를/JKO 란/JX is a name misread
    if cut == 0 or all(m.tag == "XSN" for m in core[:cut]):
        # a word that is all "particle" stands alone, or a suffix and a particle: mecab misread it
        # ("서 대표", "인도" as 인/XSN 도/JX)
        cut = len(core)
    # "모경란씨 등": the honorific 씨 written onto a name goes with the particles, out of the name
    honorific = cut >= 2 and core[cut - 1].surface == "씨" and core[cut - 1].tag == "NNB"
    if honorific:
        cut -= 1
    # "회장인 최태원", "본부장이던 류지현": a title with a copula in adnominal form.
    appositive = False
    # (only in its written forms: "라마찬드런" is no 라마찬드 + 'who is')
    # (and not after a copula mecab put first, which no word starts with: "인포라인" as 인/VCP+ETM 포라/NNG 인)
    if cut > 1 and cut == len(core) and core[cut - 1].tag.startswith("VCP") and core[cut - 1].tag.endswith("ETM") \
            and core[cut - 1].surface in _COPULA_ADNOMINALS and not core[0].tag.startswith("VCP"):
        appositive, cut = True, cut - 1
    elif cut > 2 and cut == len(core) and core[cut - 1].tag == "ETM" and core[cut - 2].tag == "VCP":
        appositive, cut = True, cut - 2
    head_ms = core[:cut]
    particle = "".join(m.surface for m in core[cut:])
    if head_ms:
        head_start, head_end = head_ms[0].start, head_ms[-1].end
        head = "".join(m.surface for m in head_ms)
    else:
        head_start = head_end = start
        head = ""
    tags = tuple([m.tag for m in core])
    # A predicate needs a verb or adjective stem; endings alone are mecab misreading a name
    # ("누를란" -> NP+JKO+ETM, "오타이비" -> EC+NNP).
    # A word that ends in a noun is nominal even if mecab found a verb inside ("대한카드"), and so
    # is one that ends in a bare verb stem, which running text never writes ("구본하": 하/XSV).
    # (no verb form takes 씨: "모경/NNG 란/VCP+ETM 씨" is a name mecab misread)
    verbal = not appositive and not honorific and any(map(_verbal_tag, tags)) \
        and not (head_ms and head_ms[-1].tag.startswith(("NN", "SL", "SN", "XSN", "MM"))) \
        and not (core and core[-1].tag in ("VV", "VA", "XSV", "XSA")) \
        and not _misread_name_syllable(core) and not _HANJA_GLOSS.fullmatch(paren) \
        and not _misread_copula(core, text, end)
    return Word(index=index, start=head_start, end=end, text=word_text, head=head,
                head_end=head_end, particle=particle,
                role=APPOS if appositive else particle_role(particle[1:] if honorific else particle),
                tags=tags, head_tags=tags[:cut], head_sems=tuple([m.semantic for m in head_ms]),
                sep_after=sep, paren=paren,
                verbal=verbal, line=line)
