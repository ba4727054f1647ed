"""People in an article: who is named, as what, and which later phrases point back at them.

Business news introduces a person once with an apposition ("최태원 SK그룹 회장", "SK그룹 최태원
회장", "엔비디아의 젠슨 황 CEO", "회장인 최태원") and then refers back ("최 회장", "황 CEO", "저커버그는",
"두 사람은"). Known people come from lexicons/people.yaml; unknown ones from the apposition and,
without a title nearby, from the statistical NER's PS spans.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from extractors.cues import CEREMONY, DIED, EVENT_WORDS, GROUP_TITLES, KIN
from extractors.hangul import SENTENCE_CLOSE, loan_spelling_key, sound_similarity, sounds_like_start
from extractors.lexicon import KnownPerson, Lexicon, alternation, load_lexicon, squash
from extractors.morphology import analyze
from extractors.words import APPOS, DAT, GEN, NONE, OBJ, OTHER, SUBJ, TOPIC, WITH, Word, particle_role, sentence_start

_LEX = load_lexicon()
_RULES = _LEX.name_rules
_TITLE_RULES = _LEX.titles if isinstance(_LEX.titles, dict) else {}


SURNAMES = frozenset(_RULES.get("korean_surnames", ""))
COMPOUND_SURNAMES = frozenset(_RULES.get("korean_compound_surnames", ()))
RARE_SURNAMES = frozenset(_RULES.get("korean_rare_surnames", ""))
TITLE_MODIFIERS = frozenset(_TITLE_RULES.get("modifiers", ()))
SUFFIX_TITLES = tuple(_TITLE_RULES.get("suffixes", ()))
PARTY_WORDS = frozenset(_TITLE_RULES.get("party_words", ()))
NOT_NAMES = frozenset(_RULES.get("not_names", ()))
RUN_BREAKERS = frozenset(_RULES.get("run_breakers", ()))
NOT_NAME_SHAPES = re.compile(f"^({alternation(_RULES.get('not_name_starts', []))})|"
                             f"({alternation(_RULES.get('not_name_ends', []))})$")
_ORG_SUFFIX = re.compile(f"({alternation(_RULES.get('org_suffixes', []))})$")
CHINESE_SURNAMES = tuple(_RULES.get("chinese_surnames", ()))
# Vietnamese family names, longest first (응우옌 before 응오).
_VIETNAMESE_FAMILIES = tuple(sorted(_LEX.surname_first_families, key=len, reverse=True))
LATIN_ORG_WORDS = frozenset(_RULES.get("latin_org_words", ()))
CHINESE_GIVEN_ENDINGS = tuple(_RULES.get("chinese_given_endings", ()))
NAME_CONNECTORS = frozenset(_LEX.connectors)
_INITIAL = re.compile(r"(?:[A-Z]\.){1,2}")  # initials: "마이클 J. 로젠탈", "J.D. 밴스"
GENERATIONS = frozenset(_RULES.get("generations", ()))
# What follows the reporter's name in a byline: "【베이징=데일리마켓】 추민아 특파원 =", "김하은 기자".
BYLINE_AFTER = re.compile(r"\S*\s+(기자|특파원|통신원)(\s*=|\s*$|\])", re.M)
# Words known to be parts of foreign names (given names, surnames, 빈/알/반 connectors).
FOREIGN_NAME_PARTS = _LEX.given_names | _LEX.surnames | NAME_CONNECTORS
# Sentence adverbs after which a bare title still opens its clause ("이날 장관은").
CLAUSE_OPENERS = frozenset(("이날", "전날", "당시", "한편", "또", "또한", "이어", "이후", "특히", "다만"))
STOP_TAGS = ("MAG", "MAJ", "MM", "SN", "NNB", "NR", "NP")
# "두 사람은", "세 총수는", "양사 대표는", "양측은", "이들은": the people of the meeting just reported.
GROUP_NUMBERS = {"두", "세", "네", "양", "양사"}
# A pair of kin alone counts as two when someone met them: "쇼조 회장과 히로시 부사장이 부자를 맞았다".
KIN_PAIRS = {"부자", "부녀", "모녀", "모자", "형제", "자매", "남매"}
# A wife or a husband, told before the name: "B 회장의 부인 C 여사".
SPOUSE_WORDS = frozenset(("부인", "아내", "남편"))
# "두 사람", "세 총수", "두 의원": the ranks of lexicons/cues.yaml's group_titles, and kin ("두 형제는", "세 부자가").
GROUP_NOUNS = {"사람", "수장", "리더", "사돈"} | set(_LEX.cues["group_titles"]) | (KIN_PAIRS - {"모자"})
GROUP_WORDS = GROUP_NUMBERS | {"양측", "양자", "이들", "두사람", "세사람"} | KIN_PAIRS
_PARTICLES = {"은", "는", "이", "가", "을", "를", "와", "과", "의", "도", "에게", "에게서", "께서", "께", "씨",
              "과의", "와의", "과는", "와는", "에", "에서", "으로", "로", "이다", "만", "부터", "까지", "이나", "나"}
_NAME_TAILS = {"만", "이", "나"}  # particles mecab finds inside foreign names ("살만", "아이", "지나")
_HANGUL = re.compile(r"^[가-힣]+$")
# Countries by one syllable, as names of joint bodies write them: 한·미, 한·일, 한·중, 한·베(트남)
_COUNTRY_INITIALS = frozenset("한미일중러영독불호인베태몽북캐")
_HANJA = re.compile(r"[\u4e00-\u9fff]+(?:·.+)?")  # "林百里·배리 람": the Hanja, then another name
# One capitalized word of a name in Latin letters, accents allowed ("María", "López").
# A capitalized Latin name part, accents of Latin-1 and Latin Extended-A included ("Nováková", "Łukasz").
_LATIN_NAME_PART = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž\u1e00-\u1eff'\-]+")  # 1E00-1EFF: Vietnamese
# A count of people right after a title: "신소재 기업 대표 5명이", "협력사 대표 10여 명", "임원 두 명".
_HEADCOUNT = re.compile(r"\s*(?:\d+|\d+여|수십|[한두세네]|다섯|여섯|일곱|여덟|아홉|열)\s?명(?=[이은을의과와도만]?(?![가-힣]))")
# "빌럼-알렉산더", "장-피에르": Hangul parts joined by hyphens are a (given) name, not a company.
_HYPHENATED_NAME = re.compile(r"^[가-힣]{2,}(-[가-힣]{1,})+$")  # ("뮐러-브로커", "오코너-박")
_TITLE_PREFIX = re.compile(r"^[가-힣A-Za-z0-9&]*[가-힣][가-힣A-Za-z0-9&]*$|^[A-Z&]{1,4}$")  # "HE사업본부장", "R&D센터장"
_LATIN = re.compile(r"^[A-Za-z][A-Za-z0-9&.\-]*$")


@lru_cache(maxsize=1)
def _titles() -> dict[str, str]:
    """Title surface -> canonical title, from lexicons/titles.yaml."""
    lex = load_lexicon()
    table: dict[str, str] = {}
    for entry in (lex.titles.get("titles") if isinstance(lex.titles, dict) else lex.titles) or []:
        canon = entry["title"]
        for surface in (canon, *(entry.get("aliases") or ())):
            table[squash(surface)] = canon
    return table


@lru_cache(maxsize=1)
def _roles_before_names() -> frozenset[str]:
    lex = load_lexicon()
    return frozenset(lex.titles.get("roles_before_names", []) if isinstance(lex.titles, dict) else [])


@lru_cache(maxsize=1)
def _not_titles() -> frozenset[str]:
    lex = load_lexicon()
    extra = lex.titles.get("not_titles", []) if isinstance(lex.titles, dict) else []
    return frozenset(squash(x) for x in extra)


# A father and his children as the articles name them: "부친 염재만 회장", "A 회장의 장남".
_FATHER_WORDS = frozenset(("아버지", "부친"))
_CHILD_WORDS = frozenset(("아들", "장남", "차남", "삼남", "막내아들", "외아들", "딸", "장녀", "차녀", "막내딸", "외동딸"))
# A title closing its sentence as the predicate: "가장 먼저 도착한 사람은 A 회장이었다", "B 전무다".
_COPULA_CLOSE = re.compile(r"(이었다|였다|이다|다|입니다|이었습니다|였습니다|이에요|예요|이었어요|였어요)[.]?$")


def _noun_before_copula(word: Word) -> str:
    """The noun of a word that is a noun and a sentence-final copula ('회장이었다' -> '회장', '아들이다'
    -> '아들', '최고경영자(CEO)다' -> '최고경영자', which mecab may read as a proper noun); the head of any
    other word."""
    if word.verbal and word.tags[:1] in (("NNG",), ("NNP",)) and any(t.startswith("VCP") for t in word.tags[1:]) and \
            (close := _COPULA_CLOSE.search(word.head)):
        return word.head[:close.start()]
    return word.head


def title_of(word: Word) -> str | None:
    """Canonical title when the word's head is a title ('최고경영자(CEO)' -> 'CEO'), or the word
    is a title and a sentence-final copula ('회장이었다')."""
    return _title_for(_noun_before_copula(word), word.paren)


@lru_cache(maxsize=65536)
def _title_for(raw_head: str, raw_paren: str) -> str | None:
    head = squash(raw_head)
    if not head or head in _not_titles():
        return None
    table = _titles()
    if head in table:
        return table[head]
    if head.endswith("님") and head[:-1] in table:
        return table[head[:-1]]  # the honorific of a post quoted: "편재훈 사장님, 변주호 위원장님과"
    for prefix in TITLE_MODIFIERS:
        if head.startswith(prefix) and head[len(prefix):] in table:
            return table[head[len(prefix):]]
    if head in SUFFIX_TITLES:
        return head  # 디렉터, 매니저: a title by itself too
    if raw_paren and head.endswith(("경영자", "책임자")):
        # "최고기술책임자(CTO)", "최고기술책임자(CTO·부사장)": the first title the parenthesis gives
        given = next((table[p] for p in re.split(r"[·,]", squash(raw_paren)) if p in table), None)
        if given is not None:
            return given
    if head in _LEX.given_names:
        return None  # a name that ends like a post: "루이사" (not 루 + 이사)
    for suffix in SUFFIX_TITLES:
        if head.endswith(suffix) and len(head) > len(suffix) and _TITLE_PREFIX.match(head[:-len(suffix)]):
            return head
    return None


def titles_of(word: Word) -> set[str]:
    """Every title a word gives: its head and a title in parentheses ('실장(전무)')."""
    out = set()
    if (t := title_of(word)):
        out.add(t)
    paren = squash(word.paren)
    if paren in _titles():
        out.add(_titles()[paren])
    return out


def is_org(word: Word, lex: Lexicon) -> bool:
    """Org-looking word: lexicon org, Latin letters, an org suffix, or 'X의' before a name."""
    head = word.head
    if not head or word.verbal:
        return False
    if lex.org(head):
        return True
    if lex.person(head):
        return False
    if _LATIN.match(head) and title_of(word) is None:
        return True
    if _ORG_SUFFIX.search(head) and len(head) >= 3 and not korean_name_shaped(word):
        return True
    return False


def _place_shaped(word: Word) -> bool:
    """A place, not a name: mecab's 지명 class, a known place + 시/군/구/도/성/주/현 ("해운대구",
    "장쑤성"), a three-syllable word ending in 시 ("여수시": no Korean given name ends in 시), or where
    an envoy is posted, 주 + a known place ("주제주 중국총영사").
    A place read before a vocative is a name misread ("정현/지명 아/JKV"), and so is one after a
    determiner or a particle in the same word ("이복현" 이/MM 복현/지명: "this 복현" would be written
    apart; "▲ 이복현" 이/JKS 복현/지명: no word starts with a particle, nor with a suffix or an ending:
    "허진우" 허/XSA+EP 진우/지명, nor with an adverb: "탁영순" 탁/MAG 영순/지명; and none ends with a
    prefix: "서태준" 서태/지명 준/XPN). Mecab's 인명
    class outweighs a place + suffix in three syllables ("안동현" is a name, "하노이시" no name)."""
    head = word.head
    return ("지명" in word.head_sems and "JKV" not in word.head_tags
            and not word.head_tags[0].startswith(("MM", "MAG", "J", "XS", "E")) and word.head_tags[-1] != "XPN") \
        or (head[-1:] in ("시", "군", "구", "도", "성", "주", "현") and head[:-1] in _LEX.places
            and not ("인명" in word.head_sems and len(head) == 3)) \
        or (len(head) == 3 and head[-1] == "시") or (head[:1] == "주" and head[1:] in _LEX.places)


def korean_name_shaped(word: Word) -> bool:
    """Surname + one to three syllables, not a dictionary word (mecab splits unknown names)."""
    head = word.head
    if not (2 <= len(head) <= 4) or not _HANGUL.match(head) or head in NOT_NAMES or NOT_NAME_SHAPES.search(head):
        return False
    # A verb form; an unknown name misread as one still ends in a noun ("차/VA 은/ETM 혜/NNG"), and no
    # verb starts with a two-syllable surname ("제갈/NNG 태/VV 오/EC").
    if word.verbal and not (word.head_tags and word.head_tags[-1].startswith("NN") and word.role == NONE) \
            and head[:2] not in COMPOUND_SURNAMES:
        return False
    if _place_shaped(word):
        return False
    if not (head[0] in SURNAMES or head[:2] in COMPOUND_SURNAMES or (head[0] in RARE_SURNAMES and len(head) == 3)):
        return False
    if len(head) == 4 and head[:2] not in COMPOUND_SURNAMES and "인명" not in word.head_sems:
        return False  # four syllables: a compound surname's name (남궁새봄), else a company (장인발효)
    if not _korean_given(head):
        return False  # 마르쿠스, 모토렉스, 유스케, 제니퍼: syllables Korean given names do not use
    if len(head) == 4 and (m := _ORG_SUFFIX.search(head)) and len(m.group(0)) >= 2:
        return False  # 한국법인, 대한전자: an organization
    if head[-1] in "사부청처원소" and word.head_tags[:1] == ("NNG",) and len(word.head_tags) == 2 \
            and head[:2] not in COMPOUND_SURNAMES:
        return False  # 소재사, 정책부: a common noun and an organization suffix (not 사공재원)
    if "인명" in word.head_sems:
        return True
    # A single dictionary morpheme is a word, not an unknown name; mecab splits unknown names
    # into odd pieces, particles and adverbs included ("하예/NNG 린/NNG", "방/NNG 은/JX 채/MAG").
    return len(word.head_tags) > 1 or head[:2] in COMPOUND_SURNAMES  # 남궁빈 is one NNP to mecab


# Last syllables of three-syllable words that name a unit or an event, not a person
# ("기획실", "설명회", "공장"): a misread name is never trusted with one of these.
_UNIT_ENDINGS = frozenset("실팀부과청처국회단사관협장")
# Last syllables of a noun made a verb and an adnominal ("방한한", "참석할", "선임된", "지명될", "근무하던").
_VERB_ADNOMINALS = frozenset("한할된될던")


def _name_syllables(word: Word) -> bool:
    """Three syllables shaped like a Korean name, whatever mecab read them as: a surname, then
    syllables Korean given names use, no particle, and no word, company or place the lexicons know."""
    head = word.head
    return len(head) == 3 and head[0] in SURNAMES and _korean_given(head) and word.role == NONE \
        and head not in NOT_NAMES and not _LEX.org(head) and not _place_shaped(word)


def misread_korean_name(word: Word) -> bool:
    """A three-syllable Korean name mecab read as a verb form or as one dictionary word
    ("노은비" as 놀/VV 은/ETM 비/XPN, "설진우" as 설진/NNG 우/VCP+EC, "표창식" 'award ceremony').

    Only trusted inside an apposition, right before an organization or a title and with no
    particle, where a verb form would have to be a relative clause: those carry a derivational or
    tense morpheme ("방한한" 방한/NNG 하/XSV ㄴ/ETM) or do not start with a surname.
    """
    head = word.head
    return _name_syllables(word) and bool(_HANGUL.match(head)) and head[-1] not in _UNIT_ENDINGS \
        and not NOT_NAME_SHAPES.search(head) and head not in _LEX.places \
        and (word.head_tags in (("XR", "XSA", "EC"), ("XR", "XSA", "EF"), ("VA", "EF"), ("VV", "EF"),
                                ("NNG", "XSV+EC+JX"))
             or (word.head_tags in (("NNG", "XSV+ETM"), ("NNG", "XSA+ETM")) and head[-1] not in _VERB_ADNOMINALS)
             # (a root, 하, an ending: no word, "용하람" as 용/XR 하 람/EC, "봉하람" as 봉/XR 하 람/EF; a stem
             # and a sentence ending inside a sentence, "옥나래" as 옥/VA 나래/EF; a noun, a verb suffix, an
             # ending and a particle in one syllable, "류성진" as 류성/NNG 진/XSV+EC+JX; a noun and an
             # adnominal no verb ends in, "봉재헌" as 봉재/NNG 헌/XSV+ETM, "석우진" as 석우/NNG 진/XSA+ETM,
             # where "방한한" ends in 한)
             or not any(t.startswith(("XSV", "XSA", "ETN")) or "EP" in t or "EF" in t for t in word.head_tags))


def _quoted_term(word: Word) -> bool:
    """A word set off in single quotes is a term, not a name: "투자 '가시화'…회장이 직접 방한"."""
    return word.text[:1] in "'‘" and word.text[-1:] in "'’"


# Verbs of giving someone a post: "사장으로 선임했다", "회장으로 추대됐다".
_APPOINTED = re.compile(r"(선임|임명|승진|내정|선출|발탁|추대|선정)")
# ... and what a subject does to take a new post: "명예회장으로 물러나", "회장으로 승진했다", "대표로 취임한".
_TOOK_POST = re.compile(r"(물러나|물러난|물러났|취임|승진|선임[됐돼된되]|임명[됐돼된되]|내정[됐돼된되]|선출[됐돼된되]|추대[됐돼된되])")
# Nouns for a meeting itself, which a group in the genitive can own ("두 사람의 첫 만남은").
_MEETING_NOUNS = frozenset(("만남", "회동", "면담", "회담", "대면", "회합", "상견례"))
# What a market (시장) has, told right after it ("충전기 시장 점유율"): 시장 is no mayor there.
_MARKET_NOUNS = frozenset(_RULES.get("market_nouns", ()))
# "주한 칠레 대사": where an envoy is posted, written before the country.
_POSTED_IN = frozenset(("주한", "주미", "주일", "주중", "주러", "주영", "주독", "주불"))


def posted_in(word: Word, lex: Lexicon) -> bool:
    """"주한", "주부산", "주상하이": where an envoy is posted, no part of a name."""
    return word.head in _POSTED_IN or (word.head[:1] == "주" and word.head[1:] in lex.places)


# Last syllables of real connective and final endings (찾아, 방문해, 만나고, 이끌며, ...), with the
# contracted 이 + 어 of stems in 기/지/치/히/키/시/피 (옮겨, 가져, 합쳐, 넓혀, 이켜, 모셔, 펴) and 애 + 어
# (보내, 지내, 깨).
_ENDING_SYLLABLES = frozenset("아어여고며서게지해와워려면록니나든도자라다요죠까네데되봐줘러기야래대냐세오가겨져쳐혀켜셔펴내깨"
                               "춰꿔뤄눠둬써떠꺼놔돼쪄")  # the fused 어 of 맞춰, 바꿔, 이뤄, 나눠


def _org_ending_in_ro(words: list[Word], k: int) -> bool:
    """"제갈린 온새미로 의장은": a company ending in 로 that mecab read as the particle 로, between a
    Korean name and a title (no phrase in 로 stands there)."""
    w = words[k]
    if w.particle != "로" or k == 0 or k + 1 >= len(words):
        return False
    prev, nxt = words[k - 1], words[k + 1]
    return prev.line == w.line == nxt.line and not prev.role and not prev.sep_after and not w.sep_after \
        and title_of(nxt) is not None and korean_name_shaped(prev)


def _opens_with_particle(word: Word) -> bool:
    """No word starts with a particle: mecab misread a name or a company ("가온" as 가/JKS 온/VV+ETM)."""
    return bool(word.tags) and word.tags[0].startswith("J")


def _verb_form(word: Word) -> bool:
    """Whether a verbal word ends as verbs do, in an ending ("지낸" 지내/VV+ㄴ/ETM, "찾아" 찾/VV
    아/EC); mecab's verb readings of unknown names and companies end in a bare stem or a noun
    ("대경옵틱스" 대경/NNG 옵틱/NNG 스/VV), in a syllable no ending has ("한남오션" 션/EC), or
    carry an adnominal ending before a noun inside the word."""
    tags = word.head_tags
    if not tags or any(a.endswith("ETM") and b.startswith(("NNG", "NNP")) for a, b in pairwise(tags)):
        return False  # an adnominal ending inside a noun: a misread compound ("한결정밀" 한/XSA+ETM 결정/NNG ...)
    last = word.head_tags[-1].split("+")[-1]
    if last.startswith("ETM"):
        return True
    return last.startswith("E") and (word.head[-1:] in _ENDING_SYLLABLES or word.head.endswith("지만"))


_FUSED = {"은": TOPIC, "는": TOPIC, "도": TOPIC, "이": SUBJ, "가": SUBJ, "을": OBJ, "를": OBJ,
          "와": WITH, "과": WITH, "의": GEN, "인": APPOS}


def _absorb_particle(w: Word) -> None:
    """Read what mecab took for the word's one-syllable particle as the end of its head."""
    w.head, w.head_end, w.particle, w.role = w.head + w.particle, w.end, "", NONE
    w.head_tags, w.head_sems = w.tags, w.head_sems + ("*",)


def _split_fused_particles(words: list[Word]) -> None:
    """Give back the particle mecab fused into a title ("본부장도" -> 장도 'sword', "본부장인" ->
    장인 'craftsman', "정책관은" -> 관은): the word's head becomes the title, the syllable its role.
    And take back the 의 mecab split off a chamber of commerce's short name ("부산상의")."""
    lex = load_lexicon()
    # (words the article writes with a particle of their own, for a name mecab fused 이 into)
    particled = {w.head for w in words if w.particle in ("은", "을", "의", "과", "도", "에게", "이다")}
    for k, w in enumerate(words):
        if not w.role and len(w.head) == 3 and w.head[-1] == "이" and w.head[:-1] in particled \
                and _HANGUL.match(w.head) and not title_of(w):
            # "리더 하온이 무대에 올랐다" (하온이 read as a verb form), the article's "하온은", "하온의"
            # elsewhere: a two-syllable name and the subject particle
            w.particle, w.role = "이", SUBJ
            w.head, w.head_end = w.head[:-1], w.head_end - 1
            continue
        if w.particle == "나" and w.sep_after == "," and len(w.head) == 2 and w.head[0] in SURNAMES:
            # "로드웨이브 대표 신유나, 플러그웨이 ...": 'or' is never followed by a comma; the
            # syllable is the end of a name (신유 + 나).
            _absorb_particle(w)
            continue
        if w.particle == "인" and w.role == APPOS and w.head.endswith("법"):
            # "도요정밀 한국법인 사장": a subsidiary (법인), which mecab read as 한/XSA+ETM 국법/NNG 인/VCP+ETM
            _absorb_particle(w)
            continue
        if w.particle == "만" and w.head + w.particle in lex.places:
            # "오만 에너지광물부 차관": a country mecab read as 오/NR 만/JX ('only')
            _absorb_particle(w)
            continue
        if w.particle == "과" and w.head.endswith("학") and k + 1 < len(words) and title_of(words[k + 1]):
            # "전자공학과 교수": a department, not 전자공학 + 과 'and'
            _absorb_particle(w)
            continue
        if w.role == GEN and w.particle == "의" and len(w.head) >= 3 and w.head[-1] == "상" and \
                k + 1 < len(words) and title_of(words[k + 1]):
            # The other way round: "부산상의 회장" is the chamber of commerce (상공회의소) by its
            # short name, which mecab reads as 부산 + 상 + 의 (genitive).
            _absorb_particle(w)
            continue
        if not w.role and k + 1 < len(words) and words[k + 1].text == "=" and title_of(w):
            # a column item's person, "◇A 회장 = 지난 11일 ... B 회장을 만나": the topic of what follows
            w.role = TOPIC
            continue
        if not w.role and len(w.head) >= 3 and w.head.endswith("하도") and w.head_tags[-1:] == ("MAG",) \
                and w.head_tags[:1] != ("MAG",):
            # a name ending in 하 with the particle 도, which mecab read as the adverb 하도 ("유진하도" 유진/NNG 하도/MAG)
            w.particle, w.role = "도", TOPIC
            w.head, w.head_end = w.head[:-1], w.head_end - 1
            continue
        if not w.role and len(w.head) >= 3 and w.head[-1] == "서" and w.head[:-1] in lex.places:
            # a headline's place and 서 for 에서, which mecab read as one noun ("뉴욕서" 뉴/NNG 욕서/NNG)
            w.particle, w.role = "서", OTHER
            w.head, w.head_end = w.head[:-1], w.head_end - 1
            continue
        if w.particle == "인" and w.role == APPOS and len(w.head) == 2 and _korean_name_text(w.head + "인") \
                and not title_of(w) and w.head not in lex.places and "지명" not in w.head_sems \
                and _titled_next(words, k) and (title_of(words[k + 1]) or is_org(words[k + 1], lex)):
            # "함재인 부행장과", "조서인 청람은행 대표와": a name ending in 인 that mecab read as a noun
            # and the copula's adnominal; "X인" is followed by the name it describes ("회장인 최태원",
            # "손녀인 브라운 CEO"), not by a title or an organization and a title.
            _absorb_particle(w)
            continue
        if w.role or len(w.head) < 3 or w.head[-1] not in _FUSED or title_of(w):
            continue
        # A title, or any unknown proper noun before the genitive 의 ("퀀틱실리콘의 올리버 펨버턴"; not
        # a known organization ending in 의, "대한상의").
        if _title_for(w.head[:-1], w.paren) or (w.head[-1] == "의" and not lex.person(w.head) and not lex.org(w.head)):
            cut = len(w.head) - 1
            w.particle, w.role = w.head[cut:] + w.particle, _FUSED[w.head[-1]]
            w.head, w.head_end = w.head[:cut], w.head_end - 1


def _titled_next(words: list[Word], k: int) -> bool:
    """Whether a title follows word k on its line, right after it or after one organization word,
    and no name follows the title ("지인인 세무사 곽태균씨도": the title is the name's after it)."""
    nxt = words[k + 1] if k + 1 < len(words) else None
    if nxt is None or nxt.line != words[k].line:
        return False
    after = words[k + 2] if k + 2 < len(words) else None
    if not title_of(nxt):
        if nxt.role or nxt.verbal or after is None or after.line != nxt.line or not title_of(after):
            return False
        nxt, after = after, words[k + 3] if k + 3 < len(words) else None
    return nxt.role != NONE or after is None or after.line != nxt.line or after.head_sems != ("인명",)


def _referred_name(word: Word, title_word: Word, text: str, spots: dict[str, list[int]]) -> str | None:
    """The word as a Korean name if the article refers back to it by surname and this title.

    Korean names are often ordinary words ("장미" rose, "문화" culture, "조은" good) or come out
    of mecab as verb forms and particles ("조/VA 은/ETM", "이/VCP 길/ETN+JKO"); "장미 한결식품
    대표" is still a person when "장 대표는" follows.
    """
    name = text[word.start:word.end].strip("'\"‘’“”")
    if name in NOT_NAMES or not _korean_name_text(name):
        return None
    surname = _korean_surname(name)
    if _LEX.org(name) or name in _LEX.places or _LEX.person(name):
        return None
    if len(name) == 3 and word.particle in ("은", "이") and title_word.role and title_of(word) is None \
            and "행위" not in word.head_sems and word.head not in GROUP_NOUNS:  # (not "두 사람은 B 회장이")
        # "진보은 장인발효 대표는": a topic or subject particle cannot sit before a bare
        # organization and a marked title; it is the name's last syllable (not after an action
        # noun: "간담회 진행은 혁신센터 센터장이 맡았고")
        return name
    titles = {t for t in (title_word.head, title_of(title_word)) if t}
    titles |= {suffix for suffix in SUFFIX_TITLES if title_word.head.endswith(suffix)}  # 미래산업국장 -> 국장
    return name if any(text.startswith(t, at) for at in spots.get(surname, ()) for t in titles) else None


# Where the text may go on after a surname: "장 대표는", "강 전 위원장" (both after 강 and after 전).
_SURNAME_SPOT = re.compile(r"(?<![가-힣])(?=([가-힣]{1,2}) ((?:전|신임) )?)")


def _surname_spots(text: str) -> dict[str, list[int]]:
    """Offsets right after each one- or two-syllable word and its space (and after a following
    '전 '/'신임 '), by that word: the places a back-reference "장 대표" can put a title."""
    spots: dict[str, list[int]] = {}
    for m in _SURNAME_SPOT.finditer(text):
        at = m.start() + len(m.group(1)) + 1
        spots.setdefault(m.group(1), []).append(at)
        if m.group(2):
            spots[m.group(1)].append(at + len(m.group(2)))
    return spots


def _dictionary_noun(word: Word, lex: Lexicon) -> bool:
    """One common noun of mecab's dictionary naming a unit or a site, which no name list knows
    ("팜 농장을": a farm, not a person 팜 농장)."""
    return word.head_tags == ("NNG",) and "인명" not in word.head_sems and word.head not in lex.surnames \
        and word.head not in lex.given_names and word.head[-1:] in _UNIT_ENDINGS


def _common_word(word: Word) -> bool:
    """A word that names a kind of thing, never part of a name ("업체", "기업", "스타트업")."""
    return word.head in NOT_NAMES or bool(NOT_NAME_SHAPES.search(word.head)) or bool(_ORG_SUFFIX.fullmatch(word.head))


# A university or a school by its short name, an athlete's team: "한국체대", "경희대", "서울체고".
_SCHOOL = re.compile(r"[가-힣]{1,4}(?:대|체고|고|여고)")


def _paren_words(word: Word) -> list[str]:
    """The words inside the word's parentheses, spaces kept ("소자(Renato Souza)" -> 2 words)."""
    inner = re.search(r"\(([^()]*)\)", word.text)
    return inner.group(1).split() if inner else []


# Lowercase particles of European surnames, which Korean writes joined to the surname
# ("피터르 얀 더프리스(Pieter Jan de Vries)").
_LATIN_PARTICLES = frozenset(("de", "der", "den", "van", "von", "da", "di", "du", "del", "della", "dos",
                              "das", "le", "la", "ter", "ten", "zu"))


def _latin_gloss(word: Word) -> list[str]:
    """The name the word spells out in Latin letters in its parentheses, part by part, or []; a
    surname particle goes with the surname after it ("de Vries" is one part)."""
    tokens = _paren_words(word) if word.paren[:1].isupper() else []
    parts: list[str] = []
    particles: list[str] = []
    for x in tokens:
        if x in _LATIN_PARTICLES:
            particles.append(x)
        elif _LATIN_NAME_PART.fullmatch(x) or x in _LATIN_CONNECTORS or _INITIAL.fullmatch(x):
            parts.append(" ".join([*particles, x]))  # (a middle initial too: "Christopher J. Alderman")
            particles = []
        else:
            return []
    return [] if particles else parts


# Lowercase connectors of Arabic names, written as words of their own ("빈 살만(bin Salman)").
_LATIN_CONNECTORS = frozenset(("bin", "ibn", "bint", "binti", "al", "el", "qizi", "kyzy", "ogli", "ugli", "uulu"))
# Articles of Arabic names, which Korean writes apart ("파이살 알 오타이비") or joined to the name
# after them ("마리암 알하미리(Mariam Al Hamiri)").
_ARABIC_ARTICLES = frozenset(("Al", "El", "Bin", "Ibn"))
_ARTICLES_LOWER = frozenset(("al", "el", "bin", "ibn", "abu", "abd", "ul", "ad", "as", "ash", "at"))


def _gloss_sizes(word: Word) -> set[int]:
    """How many Hangul words the word's Latin gloss can be written as (empty: no gloss)."""
    parts = _latin_gloss(word)
    joined = [x for k, x in enumerate(parts) if not (x in _ARABIC_ARTICLES and k + 1 < len(parts))]
    # "마리 로르 뒤부아(Marie-Laure Dubois)"; not an article, "알다우사리(Al-Dawsari)"; any of the
    # hyphens ("프랑수아 자비에 뮐러-브로커(François-Xavier Müller-Brocker)")
    hyphens = sum(1 for x in parts for left in x.split("-")[:-1] if left.lower() not in _ARTICLES_LOWER)
    # "오르티스 데 사라테(Ortiz de Zárate)": a surname particle may be a Hangul word of its own
    particles = sum(x.count(" ") for x in parts)
    # ("아민 나세르(Amin H. Nasser)": a middle initial the Hangul leaves out)
    initials = sum(1 for x in parts if _INITIAL.fullmatch(x))
    # (both at once: "피에르 앙투안 드 로셰(Pierre-Antoine de Roche)")
    return {len(parts), len(joined), len(parts) - initials} | \
        {len(parts) + p + k for p in {0, particles} for k in range(0, hyphens + 1)} if parts else set()


def _article_apart(span: list[Word]) -> bool:
    """"칼리드 알 주하니(Khalid Al-Juhani)": the gloss joins the article to the surname with a hyphen,
    the Hangul writes it as a word of its own, right before the glossed one."""
    parts = _latin_gloss(span[-1])
    return len(span) >= 3 and span[-2].head in NAME_CONNECTORS and len(span) == len(parts) + 1 and any(
        x.split("-")[0].lower() in _ARTICLES_LOWER for x in parts if "-" in x)


def _not_name_word(w: Word) -> bool:
    """A word no name spelled out in Latin can start with: one with a case particle mecab could not
    have cut from a name, or a verb form ("만난", "날아가")."""
    return (bool(w.particle) and w.particle not in _NAME_TAILS) or \
        (w.verbal and bool(w.tags) and w.tags[-1].endswith(("ETM", "EC")) and len(w.head) >= 2)


# Particles of place, which no name part mecab misreads ends with (로 may be one: "파울로").
_PLACE_PARTICLES = frozenset(("에서", "에", "에는", "에서는", "에서도", "에도"))


def _repair_glossed_names(words: list[Word], text: str) -> None:
    """The Hangul words before a Latin gloss of as many words are the name it spells, whatever
    mecab read them as ("리스나 위자야(Risna Wijaya)": 나 is no particle here)."""
    for k, w in enumerate(words):
        gloss = _latin_gloss(w)
        if len(gloss) >= 2 and len(w.head) >= 4 and sounds_like_start(w.head, gloss[0]):
            continue  # the whole name in one word: "박닌성 인민위원회를 찾아 응우옌티호아이안(Nguyen Thi Hoai An)"
        # (as many words as the gloss has parts, or fewer: "알사우드(... Al Saud)" joins two; all of
        # them when the Hangul writes the middle initial too: "로드리고 M. 바예호(Rodrigo M. Vallejo)")
        sizes = {len(gloss)} if k and _INITIAL.fullmatch(words[k - 1].text) else _gloss_sizes(w)
        for n in sorted({size - 1 for size in sizes}):
            if 1 <= n <= 3 and k >= n and _repair_gloss_span(words[k - n:k], w, n, text):
                break
    # A Japanese surname in 가와/카와/사와/자와 before a given name glossed in Chinese characters:
    # "오가와 나오키(小川直樹)" is no 오가 + 와 'and'; a confectioner before a title, "야마부키제과 사장",
    # is no 야마부키제 + 과.
    for x, w in pairwise(words):
        if not x.sep_after and x.line == w.line and (
                (x.particle == "와" and x.head[-1:] in "가카사자" and _HANJA.fullmatch(w.paren) and len(w.paren) >= 3)
                or (x.particle == "과" and x.head.endswith("제") and len(x.head) >= 3 and title_of(w))):
            _absorb_particle(x)
    # The glossed name's last word, written again without its gloss, keeps the syllable mecab
    # takes for a particle: "알무트와(... Al Mutawa) 회장", then "알무트와 회장은" (not 알무트 + 와).
    glossed = {w.head for w in words if len(w.head) >= 3 and _latin_gloss(w)}
    for w in words:
        written = w.head + w.particle
        for name in glossed:
            if w.particle and not w.paren and len(w.head) < len(name) and written.startswith(name) \
                    and name.startswith(w.head):
                w.head, w.head_end = name, w.head_end + len(name) - len(w.head)
                w.particle = written[len(name):]
                w.role = particle_role(w.particle)
                break


def _repair_gloss_span(before: list[Word], w: Word, n: int, text: str) -> bool:
    """Read the words before w as the name its Latin gloss spells, when they can be; whether done."""
    # "에어팜의 탄 웨이밍(Tan Wei Ming)": 웨이밍 is two; "소개로 탄웨이밍(Tan Wei Ming)", "만난
    # 압둘라 알나크비(Abdulla Al Naqbi)": a case particle or a verb form ends the name before it
    # (unless the word sounds like the gloss's first name: "누를란(누를+란) ... (Nurlan ...)")
    first = _latin_gloss(w)[0]
    # (a place with its particle ends it too, "베트남 하노이에서 팜민찐(Pham Minh Chinh)", and a word
    # no name runs across, "바젤로 이동해 클라우디아 에거슈타이너(Claudia Egger-Steiner)")
    # (and a genitive, "항만도시 하이퐁의 황반트엉(Hoang Van Thuong)": the name starts after it)
    # (not the name's first word when it sounds like the gloss: "잉에 브라텐(Inge Bratten)", 잉 + 에; a
    # particle of two syllables is one: "총리실 청사에서 탄 지아후이(Tan Jia Hui)")
    placed = [j for j, x in enumerate(before) if (x.particle in _PLACE_PARTICLES or x.head in RUN_BREAKERS
                                                  or (j and x.role == GEN))
              and not (j == 0 and len(before) == n and len(x.particle) <= 1
                       and sounds_like_start(text[x.start:x.end], first))]
    if placed:
        before = before[placed[-1] + 1:]
    while before and (before[0].role == GEN or _not_name_word(before[0])) and \
            not (len(before) == n and sounds_like_start(text[before[0].start:before[0].end], first)):
        before = before[1:]
    if any(x.line != w.line or x.sep_after or _common_word(x)
           or not (_HANGUL.match(text[x.start:x.end]) or _INITIAL.fullmatch(x.text)) for x in before):
        return False
    for x in before:
        x.head, x.head_end, x.particle, x.role, x.verbal = text[x.start:x.end], x.end, "", NONE, False
    return True


def _repair_referred_names(words: list[Word], text: str) -> None:
    """Read as a name each word right before a title, or before one organization word and a
    title, that the article refers back to by surname and title (see _referred_name)."""
    spots = _surname_spots(text)
    for k, w in enumerate(words):
        if w.sep_after or w.role == GEN:
            continue
        for gap in (1, 2):
            if k + gap >= len(words) or words[k + gap].line != w.line:
                break
            title_word = words[k + gap]
            mid = words[k + 1]
            province = mid.particle == "도" and mid.head in _LEX.places  # "송바름 전남도 투자유치국장"
            if gap == 2 and ((mid.role and not province) or mid.sep_after or title_of(mid)):
                break
            if title_of(title_word) is None:
                continue
            name = _referred_name(w, title_word, text, spots)
            if name is not None:
                w.head, w.head_end, w.particle, w.role, w.verbal = name, w.start + len(name), "", NONE, False
                w.head_tags, w.head_sems = ("NNP",), ("인명",)
            break


def _repair_known_parts(words: list[Word]) -> None:
    """"올리비에 보네": a known given name or surname whose last syllable mecab read as a particle
    (올/MM 리/NNG 에/JKB) is that name, whole."""
    parts = _LEX.given_names | _LEX.surnames
    for w in words:
        if w.particle and not w.paren and w.head + w.particle in parts and not w.verbal:
            w.head, w.head_end, w.particle, w.role = w.head + w.particle, w.head_end + len(w.particle), "", NONE


def _repair_subject_endings(words: list[Word]) -> None:
    """"루카 안드레아 베르첸가 오르비스 CEO와": a foreign name ending in 가 that mecab read as the
    subject particle, told by what follows it: a subject is followed by its predicate, never by an
    organization and a title. Read the 가 as the name's; the same for 나, 'or', which joins two of
    a kind, never a name to a title ("마리사 킨타나 차관" as 킨타/NNP 나/JC)."""
    for k, w in enumerate(words[1:-1], 1):
        prev, nxt = words[k - 1], words[k + 1]
        if w.particle not in ("가", "나") or w.verbal or w.sep_after or not _HANGUL.match(w.head) or len(w.head) < 2 \
                or prev.role or prev.sep_after or prev.verbal or prev.line != w.line or nxt.line != w.line:
            continue
        if (korean_name_shaped(prev) and prev.head not in _LEX.given_names) or _LEX.org(prev.head) \
                or title_of(prev) or not _HANGUL.match(prev.head):
            continue  # (the part before is a foreign given name: "안드레아", "마리사")
        if _titled_next(words, k) and not title_of(w):
            w.head, w.head_end, w.particle, w.role = w.head + w.particle, w.end, "", NONE
    # The same for a Korean name mecab read as a two-syllable name and a particle ("간담회에는 윤하은
    # 누리브레인 대표," as 윤하/NNP 은/JX): an organization and a title follow it (a title right after it
    # may close a topic: "A은 대표로 ...", so not that).
    for k, w in enumerate(words[:-1]):
        if len(w.head) == 2 and len(w.particle) == 1 and "인명" in w.head_sems and not w.verbal and not w.sep_after \
                and not w.paren \
                and _korean_name_text(w.head + w.particle) and _titled_next(words, k) and not title_of(w) \
                and not title_of(words[k + 1]):
            _absorb_particle(w)


def _korean_surname(name: str) -> str:
    """The surname of a Korean name as written: 남궁 in 남궁새봄, else the first syllable."""
    return name[:2] if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else name[:1]


def _korean_name_text(name: str) -> bool:
    """Two to four Hangul syllables: a Korean surname, then syllables Korean given names use."""
    surname = _korean_surname(name)
    return 2 <= len(name) <= 4 and bool(_HANGUL.match(name)) and \
        (surname in SURNAMES or surname in COMPOUND_SURNAMES) and _korean_given(name)


def _korean_given(name: str) -> bool:
    """Whether the syllables after the surname are ones Korean given names use."""
    given = name[len(_korean_surname(name)):]
    syllables = load_lexicon().korean_given_syllables
    return bool(given) and all(ch in syllables for ch in given)


def chinese_name_shaped(word: Word) -> bool:
    """A Chinese name written as one word: a Chinese surname then syllables Korean names do not
    use ("장웨이핑", "궈타이밍"), or any such word glossed in Hanja ("장웨이핑(張偉平)", "천리(陳麗)")."""
    head = word.head
    hanja = bool(word.paren) and all("\u4e00" <= ch <= "\u9fff" for ch in word.paren)
    if len(head) == 2 and hanja and len(word.paren) == 2 and head.startswith(CHINESE_SURNAMES):
        return True  # a name of two characters: "천리(陳麗) 부총경리"
    if not (3 <= len(head) <= 5) or not _HANGUL.match(head):
        return False
    if hanja and len(word.paren) in (2, 3):
        return True  # "리우웨이둥(劉衛東)": five syllables for three characters
    if len(head) > 4 and not (head[:2] in CHINESE_SURNAMES and (head[2:4] in CHINESE_GIVEN_ENDINGS
                                                                 or head[2:3] in CHINESE_GIVEN_ENDINGS)):
        return False  # (five syllables after a surname of two, Chinese ones: "저우하이펑", not "바이오밸리")
    # (Korean given syllables after a Korean surname make a Korean name; after 량 or 저우, which no
    # Korean bears, they do not: "량원보"; not a place, "장쑤성"; one morpheme only when mecab knows it
    # as a name, "왕젠궈", and not a Western one with a loanword's ㅡ syllable, "린드베리")
    return head.startswith(CHINESE_SURNAMES) and head.endswith(CHINESE_GIVEN_ENDINGS) \
        and not (head[0] in SURNAMES and _korean_given(head)) \
        and not load_lexicon().org(head) and not _place_shaped(word) \
        and (len(word.head_tags) > 1 or (word.head_sems == ("인명",) and _EPENTHETIC.isdisjoint(head)))


# How Vietnamese given names written joined to the family name begin: "쩐반남", "응우옌티투이",
# "레탄빈", "쩐득하이" (a common Korean syllable family alone says nothing).
_VIETNAMESE_GIVEN_STARTS = ("반", "티", "득", "탄", "꽝", "흐우", "응옥", "쑤언", "홍", "민", "투이", "흐엉")


def vietnamese_name_shaped(word: Word) -> bool:
    """A Vietnamese name written as one word: a family name, then given-name syllables that
    Vietnamese names start with ("응우옌티투이", "쩐반남", "레탄빈")."""
    head = word.head
    if not (3 <= len(head) <= 7) or not _HANGUL.match(head) or load_lexicon().org(head):
        return False
    family = next((f for f in _VIETNAMESE_FAMILIES if head.startswith(f)), None)
    return family is not None and len(head) - len(family) >= 2 and head[len(family):].startswith(_VIETNAMESE_GIVEN_STARTS)


def plausible_name(text: str) -> bool:
    """Whether a statistical-NER name looks like a person: a known person, a Korean name shape
    (surname + one to three syllables), or a foreign name with a known part; never an org."""
    lex = load_lexicon()
    parts = text.split()
    if lex.person(text):
        return True
    if lex.org(text) or not parts or any(not _HANGUL.match(p) for p in parts):
        return False
    if len(parts) == 1 and 2 <= len(text) <= 4 and (text[0] in SURNAMES or text[:2] in COMPOUND_SURNAMES) \
            and _korean_given(text) and text not in NOT_NAMES:
        # not a verb form the CRF took for a name ("이동한" = 이동 + 한), nor a common noun ("주도권")
        tags = [m.tag for m in analyze(text)]
        return not any(t.startswith(("VV", "VA", "XSV", "XSA", "E")) for t in tags) and \
            not all(t in ("NNG", "XSN") for t in tags)
    return any(p in lex.given_names or p in lex.surnames for p in parts)


def _name_part(word: Word) -> str:
    """The word as a name part: mecab reads the '만' of 호프만/보르만/살만 as the particle 'only';
    a middle initial keeps its full stop."""
    if _INITIAL.fullmatch(word.text):
        return word.text
    return word.head + "만" if word.particle == "만" else word.head


# "The late", written before a name: "고(故) 오카다 시게루", "故 정주영", "고 서정모".
THE_LATE = re.compile(r"(?:(?<![가-힣])고\s?\(故\)\s*|故\s*|(?<![가-힣])고\s+)$")
# A death told right after a name: "탁영배 대성그룹 명예회장이 20일 별세했다", "... 회장이 지난 9일 타계해"
# (not one told of the next name: "사카모토 회장이 지난 9일 별세한 윤상철 명예회장의 빈소를 찾아").
_DIED = re.compile(rf"(?:\([^)\n]*\))?\S{{0,3}}(?:\s+\S+){{0,5}}?\s+(?:{DIED})(?!한\s(?!것))")


def _connector(word: Word) -> bool:
    """A name part that is no given name or surname of its own: 빈, 알, 반, 드, a middle initial."""
    return word.head in NAME_CONNECTORS or bool(_INITIAL.fullmatch(word.text))


def _is_stop(word: Word) -> bool:
    """Words that end a name run: adverbs, numbers, determiners, pronouns, dates (not a name with a
    number in it: "12팹", "3M"), and such a word fused with its particle ("게" 게/NNB+JKS, "것이")."""
    if not word.head:
        return True
    if word.head[0].isdigit():
        return not (len(word.head_tags) >= 2 and word.head_tags[0] == "SN" and word.head_tags[1] in ("NNP", "SL"))
    return bool(word.head_tags) and all(t.split("+")[0] in STOP_TAGS for t in word.head_tags) \
        and "인명" not in word.head_sems


def _kind(word: Word, lex: Lexicon) -> str:
    """'org' for organization/place/descriptor words, 'part' for a foreign name part."""
    if _connector(word) or lex.person(word.head) or word.head in GENERATIONS:
        return "part"
    if lex.org(word.head) or word.head in lex.places or word.head in NOT_NAMES or posted_in(word, lex):
        return "org"
    if word.head in lex.given_names or word.head in lex.surnames or word.head in lex.surname_first_families \
            or chinese_name_shaped(word) or vietnamese_name_shaped(word) or _HYPHENATED_NAME.match(word.head):
        return "part"
    if is_org(word, lex) or "지명" in word.head_sems[:1] or not _HANGUL.match(word.head):
        return "org"
    tags = word.head_tags
    if len(tags) > 1 and tags[-1] in ("VV", "VA"):
        tags = tags[:-1] + ("NNG",)  # a bare stem ends no real verb: "부품사" 부품/NNG 사/VV
    if tags and "인명" not in word.head_sems and all(t in ("NNG", "MM", "XSN", "XPN", "NNB") for t in tags) \
            and not _foreign_pieces(word, lex):
        return "org"  # a common-noun descriptor: 이사회, 국영석유회사, 진단사업부
    return "part"


# Syllables of a consonant and the vowel ㅡ alone, which loanwords add where a foreign consonant
# has no vowel ("유수포프", "아흐메토프"): few Korean nouns have them.
_EPENTHETIC = frozenset("프흐즈츠트르브드크")


def _foreign_pieces(word: Word, lex: Lexicon) -> bool:
    """A foreign name mecab cut into common nouns: two or three syllables in more than one piece,
    one of them a syllable no Korean name uses ("위보워" 위/NNG 보워/NNG), or four or five with a
    loanword's ㅡ syllable ("유수포프" 유수/NNG 포프/NNG)."""
    head = word.head
    if len(word.head_tags) < 2 or _ORG_SUFFIX.search(head):
        return False
    if 2 <= len(head) <= 3:
        return any(ch not in lex.korean_given_syllables for ch in head)
    return len(head) <= 5 and not _EPENTHETIC.isdisjoint(head)


def _name_key(parts: list[str]) -> list[str]:
    """A foreign name's parts as compared: in one transliteration, without hyphens or initials."""
    return [loan_spelling_key(p.replace("-", "")) for p in parts if not _INITIAL.fullmatch(p)]


def _respelled(short: list[str], long: list[str]) -> bool:
    """Whether a foreign name is another outlet's spelling of one as long or longer, as a caption or
    a quoted release writes it: a first name and a last name that sound like the other's first and
    last, its last two joined, or the first of two surnames ("마리사 킨타나" for 마리사 퀸타나,
    "아그니에슈카 젤린스카" for 아그니에슈카 마리아 지엘린스카, "할리파 알마즈루에이" for 칼리파 사이드 알
    마즈루이, "알레한드로 가르시아" for 알레한드로 루이스 가르시아 몬테스)."""
    if len(short) < 2 or len(short) > len(long) or sound_similarity(short[0], long[0]) < 0.8:
        return False
    last = [long[-1], long[-2] + long[-1]] + ([long[-2]] if len(long) >= 4 else [])
    return any(sound_similarity(short[-1], part) >= 0.8 for part in last)


def _another_spelling(written: str, known: str) -> bool:
    """Whether an alias the article uses is another way to write the full name, not a part of it
    ("빈 살만") or a one-letter typo ("크리스타아노 아몬", which takes the lexicon's name): other
    marks ("J.D." for "JD"), or two letters or more apart ("샘 알트만", "류양웨이")."""
    if written == known or len(written) < 4 or known.endswith(written):
        return False
    if re.sub(r"\W", "", written) == re.sub(r"\W", "", known):
        return True
    changed = sum(max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in
                  difflib.SequenceMatcher(None, written, known).get_opcodes() if op != "equal")
    return changed >= 2


def _without_generation(name: str) -> str:
    """The name without a generation after it: "로버트 J. 엘리슨" of "로버트 J. 엘리슨 3세"."""
    head, _, last = name.rpartition(" ")
    return head if head and last in GENERATIONS else name


@lru_cache(maxsize=8192)
def _surname(name: str, foreign: bool) -> str:
    if foreign:
        return _without_generation(name).split()[-1]
    return name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]


@lru_cache(maxsize=8192)
def _surname_forms(name: str, foreign: bool) -> frozenset[str]:
    """How a later mention may write the last name: "마즈루이", "알마즈루이" (with 알/빈), the
    first part of surname-first names ("이토 마사히로", "응우옌 반 타인"), and the first of two
    surnames in names of four parts ("마리아 페르난다 로페스 가르시아") or of three ("로드리고 에르난데스
    발렌수엘라")."""
    forms = {_surname(name, foreign)}
    if not foreign and len(name) == 3 and name[:2] in COMPOUND_SURNAMES and name[:1] in SURNAMES:
        forms.add(name[:1])  # three syllables read either way: "남 위원장" for 남궁철 (남 + 궁철)
    parts = _without_generation(name).split()
    if foreign and len(parts) >= 3 and parts[-2] in NAME_CONNECTORS:
        forms.add(parts[-2] + parts[-1])
    if foreign and len(parts) >= 2 and parts[0] in load_lexicon().surnames:
        forms.add(parts[0])
    if foreign and len(parts) >= 4 and parts[-2] not in NAME_CONNECTORS:
        forms.add(parts[-2])  # two surnames: "로페스 상무관" for 마리아 페르난다 로페스 가르시아
    elif foreign and len(parts) == 3 and parts[-2] not in NAME_CONNECTORS and len(parts[-2]) >= 2 \
            and parts[-2] not in load_lexicon().given_names:
        forms.add(parts[-2])  # "에르난데스 대사" for 로드리고 에르난데스 발렌수엘라 (not 페터 of 한스 페터 보르만)
    if " " not in name and len(name) >= 3 and (not _korean_given(name) or len(name) >= 4):
        # a Chinese name written as one word: "저우 부총재" for 저우밍, "리우 회장" for 리우창린 (four
        # syllables, which Korean names seldom have, even when they read as 리 + 우창린)
        forms.update(s for s in CHINESE_SURNAMES if name.startswith(s) and len(s) >= 2)
        if foreign and (own := max((s for s in CHINESE_SURNAMES if name.startswith(s)), key=len, default="")):
            forms.add(own)  # (one read as foreign, glossed in Hanja, whose _surname is the whole name:
            # "왕 회장" for 왕하이펑(王海峰))
    if " " not in name and len(name) >= 3:
        # a Vietnamese one: "응우옌 회장" for 응우옌티투이, "레 참사관" for 레탄빈 (the family name, before a
        # middle name Vietnamese names start with), and its given name after the middle one, as Vietnamese
        # call people: "뚜언 회장" for 응우옌반뚜언, "남 회장" for 쩐반남; a middle name not among the known
        # starts leaves the split open: "바오 회장" for 쩐꾸옥바오 takes any ending of two syllables or more
        # after a middle syllable
        family = next((f for f in _VIETNAMESE_FAMILIES if name.startswith(f)), None)
        if family is not None:
            middle = next((m for m in _VIETNAMESE_GIVEN_STARTS if name[len(family):].startswith(m)), None)
            if middle is not None:
                forms.add(family)
                if len(name) > len(family) + len(middle):
                    forms.add(name[len(family) + len(middle):])
            forms.update(name[i:] for i in range(len(family) + 1, len(name) - 1))
    return frozenset(forms)


@dataclass
class Entity:
    """A real person in the article."""

    name: str
    org: str | None = None
    title: str | None = None
    person_id: str | None = None
    foreign: bool = False
    last_seen: int = 0
    titles: set[str] = field(default_factory=set)
    alias_tails: frozenset[str] = frozenset()  # last words of a known person's aliases ("C.C. 웨이")

    @property
    def surname(self) -> str:
        return _surname(self.name, self.foreign)

    @property
    def surname_forms(self) -> frozenset[str]:
        return _surname_forms(self.name, self.foreign)

    @property
    def given(self) -> str:
        if self.foreign:
            return self.name.split()[0]
        return self.name[len(self.surname):]


@dataclass
class Mention:
    """A phrase in the text that names or points at people."""

    first: int  # word indices of the whole noun phrase (name, org, title)
    last: int
    start: int  # character span of what was written for the person
    end: int
    surface: str
    entities: list[Entity]
    role: str
    kind: str  # "name" | "coref" | "group"
    org: str | None = None
    title: str | None = None
    cues: list[str] = field(default_factory=list)


class PeopleFinder:
    """Finds person mentions over a word list, keeping an entity registry for coreference."""

    def __init__(self, words: list[Word], text: str, ner_spans: list[tuple[int, int]] | None = None):
        _split_fused_particles(words)
        _repair_glossed_names(words, text)
        _repair_referred_names(words, text)
        _repair_subject_endings(words)
        _repair_known_parts(words)
        self.words = words
        self.text = text
        self.lex = load_lexicon()
        self.entities: list[Entity] = []
        self.mentions: list[Mention] = []
        self.ner_spans = ner_spans or []
        self._ner_starts = {a for a, _ in self.ner_spans}
        self._glossed = {w.index for w in words if w.paren[:1].isupper()}  # "소자(Renato Souza)"
        # Words the article writes as an organization in "X의 NAME TITLE" ("메종드라포르트의 앙투안
        # 르클레르 회장"): the same word before a name elsewhere ("르클레르 메종드라포르트 회장") is one too.
        # So is the first word of a two-word one ("크레스트라인 반도체의 하비에르 루이스 CEO"), unless
        # the name repeats it ("크라우제 케이블의 안나 크라우제 CEO").
        self._genitive_orgs = {v.head for w in words if w.role == GEN and not title_of(w) and any(
            title_of(x) for x in words[w.index + 2:w.index + 4] if x.line == w.line)
            for v in (w, self._word(w.index - 1)) if v is not None and (v is w or (
                v.line == w.line and v.role == NONE and not v.sep_after and not title_of(v)
                and v.head not in {x.head for x in words[w.index + 1:w.index + 4]}))}
        self._names_changed = 0  # bumped when an entity is added or renamed
        self._again_at = -1  # the _names_changed that self._again was built at (see _named_again)
        self._again: dict[str, list[Entity]] = {}
        self._forms_at = 0
        self._forms: frozenset[str] = frozenset()
        self._korean: dict[str, Entity] = {}
        # where the text goes on after each closing parenthesis, past spaces, and what
        # _written_after_gloss found for each organization asked about
        self._after_parens = [m.end() for m in re.finditer(r"\)\s*", text)]
        self._after_gloss: dict[str, bool] = {}
        self._tick = 0
        # Index of the nearest title word within the next seven words of the same line: most
        # words are nowhere near one and can be passed over cheaply.
        self._near_title = [False] * len(words)
        upcoming = -1
        for k in range(len(words) - 1, -1, -1):
            self._near_title[k] = upcoming != -1 and upcoming - k <= 7 and words[upcoming].line == words[k].line
            if title_of(words[k]):
                upcoming = k

    # --- entity registry -------------------------------------------------------------------
    def _entity(self, name: str, org: str | None, title: str | None, known: KnownPerson | None,
                foreign: bool) -> Entity:
        if known is None and title and " " not in name.strip():
            # a known foreign person named by one part of the name: "바이든 미국 대통령은"
            known = self.lex.person_by_part(name.strip(), title)
        canonical = known.name if known else " ".join(name.split())
        written = " ".join(name.split())
        if known and _another_spelling(squash(written), squash(known.name)) \
                and squash(written) in map(squash, known.aliases):
            canonical = written  # the full name as this article spells it ("샘 알트만", "J.D. 밴스"), still linked
        parts = canonical.split()
        # foreign names compare in one transliteration ("와휴 푸르노모" is "와휴 뿌르노모"), hyphens
        # and middle initials aside ("클라우스-디터 베슬링", "퍼트리샤 L. 던모어" is "퍼트리샤 던모어")
        key = _name_key(parts) if foreign else parts
        for e in self.entities:
            same = squash(e.name) == squash(canonical) or (
                foreign and e.foreign and _name_key(e.name.split()) == key)
            # A bare last name seen first ("나세르 CEO" in a headline) is the same person as the
            # full name that follows ("아민 나세르"), and the other way round.
            # A foreign name is the same person as a longer one it ends ("알 마즈루이" and
            # "아흐메드 알 마즈루이"), in either order of appearance.
            theirs = _name_key(e.name.split()) if foreign else e.name.split()
            # (or a first name with the same title: "칼둔 청장" in a headline, then "칼둔 칼리파 알무바라크
            # ... 행정청장")
            grows = foreign and len(parts) > len(theirs) and (
                (e.foreign and (key[-len(theirs):] == theirs or (theirs == key[:1] and parts[0] in self.lex.surnames)))
                or (theirs == key[:1] and title is not None and
                    any(title.endswith(t) or t.endswith(title) for t in e.titles)))
            # (or the person's own names before 빈/빈티, son or daughter of, as Malay names are called:
            # "누르 하이자 참사관" for 누르 하이자 빈티 압둘 라만)
            shrinks = foreign and e.foreign and len(parts) < len(theirs) and (
                theirs[-len(parts):] == key or (key == theirs[:1] and parts[0] in self.lex.surnames)
                or (len(key) >= 2 and theirs[:len(key)] == key and theirs[len(key)] in NAME_CONNECTORS))
            # (or spelled another way: "마리사 킨타나" in a caption for 마리사 퀸타나)
            respelled = foreign and e.foreign and not (same or grows or shrinks) and \
                (_respelled(theirs, key) or _respelled(key, theirs))
            if same or grows or shrinks or respelled:
                if grows or (respelled and len(parts) > len(theirs)):
                    e.name = canonical
                    e.person_id = known.id if known else e.person_id
                    self._names_changed += 1
                e.org = org or e.org
                e.title = title or e.title
                if title:
                    e.titles.add(title)
                return self._touch(e)
        e = Entity(name=canonical, org=org or (known.org if known else None),
                   title=title or (known.title if known else None),
                   person_id=known.id if known else None, foreign=foreign,
                   alias_tails=frozenset(a.split()[-1] for a in (known.aliases if known else ())
                                         if len(a.split()) > 1 and _HANGUL.match(a.split()[-1])))
        e.titles.update(t for t in (title, known.title if known else None) if t)
        self.entities.append(e)
        self._names_changed += 1
        return self._touch(e)

    def _touch(self, e: Entity) -> Entity:
        self._tick += 1
        e.last_seen = self._tick
        return e

    # --- noun phrase pieces ----------------------------------------------------------------
    def _lexicon_name(self, i: int) -> tuple[int, KnownPerson, bool] | None:
        """Longest run of words i..j whose text spells a known person, a particle allowed at the end.

        Matched on the text, not on morpheme heads: mecab may read part of a known name as a
        particle or a verb ("살만" -> 살 + 만, "지나" -> 지나/VV).
        """
        if self._prefix(self.words[i]) not in self.lex.person_prefixes:
            return None
        for n in (3, 2, 1):
            j = i + n - 1
            if j >= len(self.words):
                continue
            run = self.words[i:j + 1]
            if any(w.sep_after or w.line != run[0].line for w in run[:-1]):
                continue
            if any(w.role not in (NONE, "other") and w.particle not in _NAME_TAILS for w in run[:-1]):
                continue
            raw = squash(self.text[run[0].start:run[-1].end])
            for cut in range(0, 4):
                if cut and raw[-cut:] not in _PARTICLES:
                    continue
                known = self.lex.person(raw[:-cut] if cut else raw)
                if known:
                    return j, known, not cut and bool(run[-1].particle)
        return None

    def _named_again(self, i: int) -> tuple[int, Entity] | None:
        """A run of two or more words from i that spells a foreign person already named in the
        article, and that person."""
        if self._again_at != self._names_changed:  # foreign names of several words, by first word
            self._again_at = self._names_changed
            self._again = {}
            for e in self.entities:
                if e.foreign and " " in e.name:
                    self._again.setdefault(e.name.split()[0], []).append(e)
        for ent in self._again.get(self.words[i].head, ()):
            parts = ent.name.split()
            n = len(parts)
            run = self.words[i:i + n]
            if len(run) == n and [x.head for x in run] == parts and \
                    not any(x.role != NONE or x.sep_after or x.line != run[0].line for x in run[:-1]):
                return i + n - 1, ent
        return None

    def _trailing(self, j: int, absorbed: bool = False, korean: bool = False) -> tuple[int, str | None, str | None]:
        """After a name ending at word j: organization words, then a title. Returns last index.

        `absorbed`: the name took in what mecab read as the word's particle ("살만").
        `korean`: a name whose end is certain (a Korean name, a Latin-glossed one), after which any
        one or two words before a title are the org.
        """
        w = self.words[j]
        if (w.role != NONE and not absorbed) or w.sep_after:
            return j, None, None
        org_words: list[Word] = []
        k = j + 1
        # (up to six when the name's end is certain: "토머스 리어든(Thomas Reardon) 미 해군성
        # 연구개발·획득 담당 차관보는")
        while k < len(self.words) and len(org_words) < (6 if korean else 4):
            nxt = self.words[k]
            if nxt.line != w.line or nxt.text == "=":
                break  # (nor across a byline's equals sign: "오세훈 기자 = 정기선 HD현대 수석부회장이")
            if (t := title_of(nxt)):
                return k, self._org_of(org_words), t
            # "윤석진 새롬마트 대표", "페레이라(...) 미네라상 두스 바리스 CEO": any word may be the org
            korean_org = korean and len(org_words) < 3
            province = nxt.particle == "도" and nxt.head in self.lex.places
            # (a word mecab read as a verb with no ending a verb has is a company: "하겐도르프"; so is
            # one read as a verb and a connective right before the title, "코르도바(...) 텔레코르이베리아
            # CDO" as 텔레코르/NNP 이/JKC 베리/VV 아/EC)
            nxt_title = k + 1 < len(self.words) and title_of(self.words[k + 1]) is not None
            misread = korean_org and (nxt.tags[-1:] == ("EC",) or _opens_with_particle(nxt)) and nxt_title
            # (a post spelled with a middle dot: "오로라 컴퓨트 글로벌공급망·품질담당 수석부사장은")
            dotted = nxt.sep_after == "·" and not korean_name_shaped(nxt) and _kind(nxt, self.lex) == "org" and \
                title_of(nxt) is None and self._title_within(k + 1, 3)
            misread_ro = _org_ending_in_ro(self.words, k)  # ("제갈린 온새미로 의장은")
            if (nxt.role != NONE and not province and not misread_ro) or (nxt.sep_after and not dotted) or \
                    (nxt.verbal and _verb_form(nxt) and not misread) or (_kind(nxt, self.lex) != "org" and not korean_org):
                break
            org_words.append(nxt)
            k += 1
        return j, None, None

    def _title_within(self, k: int, n: int) -> bool:
        """A title among the n words from k on, on k's line, with no particle, verb or mark before it."""
        for w in self.words[k:k + n]:
            if w.line != self.words[k].line:
                return False
            if title_of(w) is not None:
                return True
            if w.role != NONE or w.verbal or w.sep_after:
                return False
        return False

    def _org_name(self, w: Word) -> str:
        known = self.lex.org(w.head)
        return known.name if known else w.head

    def _word(self, i: int) -> Word | None:
        return self.words[i] if 0 <= i < len(self.words) else None

    def _country_pair(self, w: Word) -> bool:
        """A country's one-syllable short name and a dot before another country: "한·인도경제협회",
        "한·미 경제협의회" (an organization's name, not a surname in a list of names)."""
        nxt = self._word(w.index + 1)
        return w.sep_after == "·" and w.head in _COUNTRY_INITIALS and nxt is not None and nxt.line == w.line and \
            (nxt.head[:1] in _COUNTRY_INITIALS or any(p in self.lex.places for p in (nxt.head[:2], nxt.head[:3])))

    def _genitive_org_before(self, first: Word) -> bool:
        """An organization told with 의 right before a name's first word ("노르웨이대사관의 토르 린드베리"; not
        "인도 출신의")."""
        before = self._word(first.index - 1)
        return before is not None and before.role == GEN and before.line == first.line and \
            not self.lex.person(before.head) and not korean_name_shaped(before) and \
            (is_org(before, self.lex) or "NNP" in before.head_tags)

    def _foreign_government(self, w: Word) -> bool:
        """A foreign country standing for its government ("인도네시아 에너지광물자원부 장관")."""
        org = self.lex.org(w.head)
        return org is not None and org.kind == "government" and w.head in self.lex.places

    def _name_before_title(self, t: int) -> tuple[int, int, str | None, bool] | None:
        """Name words before the title word t: (first, last, org, foreign) or None.

        The words between a boundary (particle, verb, comma, line start, adverb) and the title
        are a name and its organization in either order: a Korean-shaped name wins wherever it
        stands; otherwise the leading foreign-looking words are the name (two parts, more with
        connectors such as 빈/알) and what follows them is the organization.
        """
        line = self.words[t].line
        if _HEADCOUNT.match(self.text, self.words[t].end):
            return None  # holders counted, none named: "이차전지·신소재 기업 대표 5명이 참석했다"
        after = self._word(t + 1)
        if self.words[t].role == APPOS and after is not None and after.line == line and self._may_start(after) \
                and not title_of(after):
            return None  # "노스브릿지 아시아태평양 총괄인 프리야 메논": the title belongs to the name after it
        if self.words[t].text == "시장" and after is not None and after.head in _MARKET_NOUNS:
            return None  # a market, no mayor: "중국 전기차 충전기 시장 점유율 1위"
        w1 = self._word(t - 1)
        if w1 is not None and w1.head in TITLE_MODIFIERS and not w1.role and title_of(w1) is None:
            w1 = self._word(t - 2)  # ("도 전 청장": 전, former, belongs to the title)
        if w1 is not None and (len(w1.head) == 1 or w1.head in COMPOUND_SURNAMES) and not w1.role and \
                self._resolve_surname(w1.head, title_of(self.words[t]) or ""):
            return None  # "이동한 신 부회장은", "마주친 독고 회장은": someone already named
        run: list[Word] = []
        k = t - 1
        while k >= 0 and self.words[k].sep_after == "·" and _kind(self.words[k], self.lex) == "org" \
                and not korean_name_shaped(self.words[k]) and title_of(self.words[k]) is None:
            k -= 1  # "전략·신사업부문장": the dotted words belong to the title (not "A 장관·B 위원장":
            # a title before the dot closes the name before it)
        while k >= 0 and len(run) < 7:
            w = self.words[k]
            if self._country_pair(w):
                run.insert(0, w)  # (whatever mecab read it as: "한" as a determiner, "한·일" as 하/XSA)
                k -= 1
                continue
            if w.line != line or (w.sep_after and k < t - 1 and w.sep_after != "·") or w.sep_after == "," or \
                    (w.sep_after == "·" and (_kind(w, self.lex) == "part" or title_of(w) is not None)) or \
                    w.text.endswith(("]", "】")) or SENTENCE_CLOSE.search(w.text):
                break  # a list of names ends here ("리처드 오웬·박소윤 대표"); "전략·신사업부문장" goes on;
                # so does a byline ("[이데일리 김하은 기자] 윤태섭 한국산업단지공단 본부장"), and a sentence
                # ("... 쓴 겁니다. 밀러 CEO가"; not a middle initial, "로드리고 M. 바예호")
            if not self._inside_run(w) and not self._misread_surname(k, t):
                break
            if k < t - 1 and title_of(w) is not None and title_of(self.words[k + 1]) is None:
                break  # another's title ends the run: "추이하오 중국총영사 순천 방문 모상철 시장"
            if run and w.verbal and w.tags[-1].endswith("ETM") and w.head not in self.lex.given_names and \
                    run[0].head in self.lex.surnames and self._resolve_surname(run[0].head, "") is not None:
                break  # a verb before the surname of someone named already: "이어진 밀러 CEO와의 면담에는"
            run.insert(0, w)
            k -= 1
        if len(run) >= 2 and run[0].text == "고":
            run = run[1:]  # "고 오카다 시게루 명예회장": the late, no surname 고 of a name
        if run and run[-1].head in TITLE_MODIFIERS and not run[-1].role and title_of(run[-1]) is None:
            run = run[:-1]  # "도 전 청장": 전, former, belongs to the title, no part of a name "도 전"
        if not run:
            return None
        for x in run:  # a name spelled out in Latin letters wins: "이동해 데위 라하유 푸트리(Dewi ...) 청장"
            end = self._latin_glossed(x.index) if self._glossed_next(x) else None
            if end is not None and end <= run[-1].index:
                org_words = [y for y in run if not x.index <= y.index <= end]
                return x.index, end, self._org_of([y for y in org_words if y.index > end]), True
        if (n := self._named_in_full(run)) is not None:
            return run[0].index, run[n - 1].index, self._org_of(run[n:]), True
        in_org = self._multiword_orgs(run)
        told_orgs = self._told_org_words()
        kinds = ["org" if w.index in in_org or w.head in self._genitive_orgs or w.head in told_orgs
                 or self._country_pair(w) else _kind(w, self.lex) for w in run]
        for k in range(len(run) - 1):
            # "아디트야 라오 RK그룹 회장": a word no list knows, with a loanword's ㅡ syllable, right
            # before a known foreign surname is the given name mecab took for a common noun
            w = run[k]
            if kinds[k] == "org" and kinds[k + 1] == "part" and run[k + 1].head in self.lex.surnames \
                    and w.index not in in_org and w.head not in self._genitive_orgs and w.head not in told_orgs \
                    and 3 <= len(w.head) <= 5 and bool(_HANGUL.match(w.head)) and w.head_tags == ("NNG",) \
                    and not _EPENTHETIC.isdisjoint(w.head) and not _common_word(w) \
                    and not is_org(w, self.lex) and w.head not in self.lex.places and not self.lex.org(w.head):
                kinds[k] = "part"

        known_parts = FOREIGN_NAME_PARTS

        def foreign_neighbour(k: int) -> bool:
            # "마르쿠스 호프만", "응우옌 홍 지엔": a Korean-looking word inside a foreign name,
            # i.e. in one stretch of name-like words with a known foreign name part.
            # (not a nickname in quotes before a Korean name: "주장 '레오' 이도현 선수")
            a = b = k
            while a > 0 and kinds[a - 1] == "part" and not _quoted_term(run[a - 1]):
                a -= 1
            while b + 1 < len(run) and kinds[b + 1] == "part" and not _quoted_term(run[b + 1]):
                b += 1
            if any(run[n].head in known_parts for n in range(a, b + 1) if n != k):
                return True
            # "야나기사와 신이치로 사장": after a surname mecab knows as a person's name but no Korean
            # name could be, four syllables shaped like a Korean name are the given name of that
            # foreign name (not three: "루미엘 오서진 대표")
            prev = run[k - 1] if k > 0 else None
            if prev is not None and len(run[k].head) == 4 and kinds[k - 1] == "part" and prev.head_sems == ("인명",) \
                    and len(prev.head) >= 3 \
                    and bool(_HANGUL.match(prev.head)) and not korean_name_shaped(prev) \
                    and not misread_korean_name(prev) and prev.head[:2] not in COMPOUND_SURNAMES:
                return True
            # "마리우시 브와슈차크 폴란드 부총리": four syllables with no compound surname, before a
            # long name part no Korean name could be, are a foreign given name mecab knows as a name.
            after = run[k + 1] if k + 1 < len(run) else None
            if len(run[k].head) == 4 and run[k].head[:2] not in COMPOUND_SURNAMES and after is not None \
                    and kinds[k + 1] == "part" and len(after.head) >= 3 and bool(_HANGUL.match(after.head)) \
                    and not korean_name_shaped(after) and not misread_korean_name(after):
                return True
            # "리안토 위자야 인도네시아 에너지광물자원부 장관": after a word no Korean name could be and
            # before a foreign government, a Korean-shaped word is the family name of a foreign name
            # (not "루미엘 오서진 대표", a company before a Korean name)
            if prev is not None and kinds[k - 1] == "part" and after is not None and \
                    self._foreign_government(after) and len(prev.head) >= 3 and bool(_HANGUL.match(prev.head)) \
                    and not korean_name_shaped(prev) and not misread_korean_name(prev) \
                    and not self._referred_by_surname(run[k], self.words[t]):
                return True
            # "그리디언트의 라일라 보스윅 최고경영자": after an organization told with 의, a Korean-shaped word
            # before the last word, one mecab knows as a person's name and no Korean name could be, is a
            # foreign given name
            if k == 0 and len(run) == 2 and kinds[1] == "part" and run[1].head_sems == ("인명",) \
                    and not korean_name_shaped(run[1]) and not misread_korean_name(run[1]) \
                    and self._genitive_org_before(run[0]):
                return True
            # "라민 카디르 주한 말레이시아대사": a two-syllable word followed by a name part no
            # Korean name could be is a foreign given name, not a Korean name.
            # (unless the article calls the person by its first syllable: "안정 핀다움 대표 ... 안 대표는")
            nxt = run[k + 1] if k + 1 < len(run) else None
            return len(run[k].head) == 2 and run[k].head_tags == ("NNP",) and nxt is not None and \
                not self._referred_by_surname(run[k], self.words[t]) and \
                kinds[k + 1] == "part" and bool(_HANGUL.match(nxt.head)) and \
                not (korean_name_shaped(nxt) or misread_korean_name(nxt))

        # (a Chinese name of one word: glossed in Chinese characters, "리샤오메이(李小梅) 하이룬신소재", or
        # the only word of its shape in the run, right before the title, "하이펑 천자오밍 회장" (not "엘린
        # 쉐베리 노르크빌마린 최고경영자"))
        chinese = [w for w in run if chinese_name_shaped(w)]
        chinese = chinese if len(chinese) == 1 and chinese[0] is run[-1] else []
        korean = [w for k, w in enumerate(run)
                  if (korean_name_shaped(w) or (misread_korean_name(w) and self._confirmed(w, self.words[t]))
                      or (chinese_name_shaped(w) and _HANJA.fullmatch(w.paren)) or w in chinese)
                  and w.index not in in_org and not self.lex.org(w.head) and w.head not in self.lex.given_names
                  and w.head not in self.lex.surnames and not foreign_neighbour(k)
                  and w.head not in told_orgs and not _quoted_term(w)]
        # (none after a foreign name both of whose parts are known: "모리 다이스케 일본 스튜디오 가자마
        # 창업자", where 가자마 is the company)
        known_name = [w for w in run[:2] if w.head in self.lex.surnames or w.head in self.lex.given_names]
        if len(known_name) == 2 and kinds[:2] == ["part", "part"] and not korean_name_shaped(run[0]):
            korean = []
        if korean:
            # Several Korean-looking words ("박서진 한빛소재 대표"): a mecab person name, then
            # three syllables, then the one nearest the title.
            # (four syllables are a name with a compound surname: "선우재현 한빛솔라 대표", where mecab
            # knows 솔라 as a person's name too)
            # (not one the article writes bare elsewhere, as companies are written: "장유빈 온누리
            # 최고기술책임자(CTO)" ... "온누리는 자사 클라우드에")
            # (nor one shaped like a school: "조각가 출신인 류한결 홍익대 교수")
            w = max(korean, key=lambda x: (len(korean) == 1 or not self._written_bare(x),
                                           not _SCHOOL.fullmatch(x.head),
                                           "인명" in x.head_sems, len(x.head) == 3 or x.head[:2] in COMPOUND_SURNAMES,
                                           x.index))
            given = self._word(w.index + 1)
            if w.head in COMPOUND_SURNAMES and not w.role and given in run and given is not None and \
                    1 <= len(given.head) <= 2 and all(ch in self.lex.korean_given_syllables for ch in given.head):
                # "남궁 혁 세광 회장": a compound surname written apart from its given name
                org_words = [x for x in run if x is not w and x is not given]
                return w.index, given.index, self._org_of(org_words), False
            org_words = [x for x in run if x is not w]
            gen = self._word(run[0].index - 1)
            if not org_words and gen is not None and gen.role == GEN and is_org(gen, self.lex):
                org_words = [gen]
            return w.index, w.index, self._org_of(org_words), False
        lead = 0
        while lead < len(run) and kinds[lead] == "org":
            lead += 1
        genitive_org = self._genitive_org_before(run[0])
        if genitive_org and lead == 1 and len(run) == 2 and kinds == ["org", "part"] and \
                _HANGUL.match(run[0].head) and len(run[0].head) <= 4 and not self.lex.org(run[0].head) and \
                run[0].head not in self.lex.places and not _common_word(run[0]):
            lead = 0  # "노르웨이대사관의 토르 린드베리 참사관": the organization came with 의
            kinds[0] = "part"
        names: list[Word] = []
        parts = 0

        def joins(x: Word) -> bool:
            """A connector of name parts (빈, 반, 알), but not in a Vietnamese name, where 반 (Văn) and
            빈 (Bình) are name parts of their own ("팜 꾸옥 빈 호찌민시 부위원장")."""
            return _connector(x) and not (names and names[0].head in self.lex.surname_first_families)

        for n, (w, kind) in enumerate(zip(run[lead:], kinds[lead:]), lead):
            if names and (_HANJA.match(names[-1].paren) or names[-1].paren[:1].isupper()
                          or names[-1].head in GENERATIONS):
                break  # a gloss closes the name: "린바이리(林百里) 콴타컴퓨터 회장", "칼리드 빈 하마드
                # 알누아이미(Khalid bin Hamad Al Nuaimi) 알 사피르 투자청 부회장"; so does a generation,
                # "로버트 F. 케네디 주니어 보건복지부 장관"
            if names and w.head in GENERATIONS:
                names.append(w)
                continue
            # After a known given name the next word is its surname, even one that is also a
            # company's name when the organization was already named ("스펙트라AI코리아 아르준 메타 대표").
            # (or when another word follows it before the title: "비크람 메타 라잣인더스트리즈 법인장", "알렉스
            # 포드 클리어블록 최고경영자")
            # (also a place mecab knows as a name, before the organization and title: "크리스 홀랜드 CEO",
            # "제니퍼 오스틴 미 해외투자공사 부사장", not "럼 베트남 공산당 서기장")
            after_given = bool(names) and (names[-1].head in self.lex.given_names and parts == 1 or
                                           joins(names[-1])) and \
                _HANGUL.match(w.head) and (not self.lex.org(w.head) or lead > 0 or n + 1 < len(run)) \
                and (w.head not in self.lex.places or (parts == 1 and not w.role and "인명" in w.head_sems
                                                       and all(k == "org" for k in kinds[n + 1:]))) \
                and w.head not in self._genitive_orgs and w.head not in NOT_NAMES
            # Vietnamese names run to four short parts: "응우옌 티 민 흐엉", "팜 꽝 득".
            vietnamese = bool(names) and names[0].head in self.lex.surname_first_families and parts < 4 \
                and len(w.head) <= 3 and bool(_HANGUL.match(w.head)) and not self.lex.org(w.head) \
                and w.head not in self.lex.places and not (len(w.head) == 3 and w.head[-1] in "성시주도군현") \
                and w.head not in NOT_NAMES and not NOT_NAME_SHAPES.search(w.head)  # "팜 티 란 주한 베트남 대사관"
            # "파이살 빈 타밈 알쿠와리", "파루크 하산 알마리": an Arabic family name, its article
            # joined, after a 빈/bin or a known given name.
            # (after a given name only while no known surname closed the name: "마르쿠스 베버
            # 알펜하이드로 CEO" names a company after the surname)
            arabic_family = w.head[:1] == "알" and 3 <= len(w.head) <= 5 and bool(_HANGUL.match(w.head)) and \
                (any(_connector(n) for n in names) or (
                    any(n.head in self.lex.given_names for n in names) and
                    names[-1].head in self.lex.given_names)) \
                and not any(n.head[:1] == "알" and len(n.head) >= 3 or n.head == "알" for n in names) and \
                not is_org(w, self.lex) and w.head not in self.lex.places
            # "마리아 페르난다 오르티스 차관 ... 오르티스 차관은": the article calls the person by it.
            called = (parts == 2 or (parts == 3 and "인명" in w.head_sems)) and kind == "part" \
                and self._called_by(w, self.words[t])
            glossed = bool(_HANJA.match(w.paren))  # "무토 요지(武藤容治)": 요지 'gist' is a name here
            # "부디 산토소 위자야 인도네시아 투자부 장관", "호세 이그나시오 베르가라 로하스 주한 칠레 대사":
            # every name part up to the country is the name (even one mecab reads as a place name,
            # "카롤 프셰미스와프 레시니악 폴란드 차관", when no list knows it as a place or company)
            # (a part that is also a company's name when the company follows the country: "아룬 쿠마르 메타
            # 인도 사라스와트그룹 회장")
            before_country = parts in (2, 3) and n + 1 < len(run) and (
                run[n + 1].head in self.lex.places or posted_in(run[n + 1], self.lex)) and (
                kind == "part" or (not self.lex.org(w.head) and w.head not in self.lex.places
                                   and "지명" in w.head_sems[:1] and not _ORG_SUFFIX.search(w.head))
                or (bool(self.lex.org(w.head)) and w.head not in self.lex.places and "org" in kinds[n + 2:]))
            # (but not a country before a place of its own: "에릭 슐츠 미국 조지아주 경제개발국 부국장")
            # "미쓰나가상사 다카하시 미오 전무": right before the title, a short word after a known
            # surname is the given name, even one mecab knows as a common noun (미오/NNG).
            given_last = parts == 1 and names[0].head in self.lex.surnames and n == len(run) - 1 and \
                bool(_HANGUL.match(w.head)) and 2 <= len(w.head) <= 3 and not self.lex.org(w.head) and \
                w.head not in self.lex.places and w.head not in NOT_NAMES and not is_org(w, self.lex)
            # "후안 카를로스 멘도사 루이스 CEO": a place name between name parts is a name part too
            # (or a word mecab knows as a person's name, though it ends like a company: "멘도사" in 사)
            sandwiched = bool(names) and (w.head in self.lex.places or "인명" in w.head_sems) and n + 1 < len(run) \
                and kinds[n + 1] == "part" \
                and names[0].head in self.lex.given_names and run[n + 1].head in self.lex.surnames
            if kind != "part" and not after_given and not vietnamese and not arabic_family and not glossed \
                    and not before_country and not given_last and not sandwiched:
                break
            connector = joins(w)
            # Two parts make a foreign name; a third when the second is a given name too
            # ("한스 페터 보르만") or the third a known surname, or after a connector ("빈 살만").
            given = self.lex.given_names
            surname_first = bool(names) and (names[0].head in self.lex.surnames or
                                             names[0].head in self.lex.surname_first_families) \
                and len(names[-1].head) <= 2 and len(w.head) <= 2
            third_ok = parts == 2 and ((names[0].head in given and names[-1].head in given) or
                                       w.head in self.lex.surnames or surname_first)  # 응우옌 홍 지엔
            # "마리아 호세 가르시아 로페스": two given names and a double surname
            third_ok = third_ok or (parts == 3 and names[0].head in given and names[1].head in given
                                    and names[2].head in self.lex.surnames and w.head in self.lex.surnames)
            # "솔데아타카마의 이그나시오 로하스 발렌수엘라 CEO", "투자부의 부디 산토소 위자야 쿠수마 차관": the
            # organization came before with 의, so every name part up to the title belongs to the name.
            third_ok = third_ok or arabic_family or called or before_country or (
                parts in (2, 3) and len(run) in (3, 4) and genitive_org and names[0].head in given
                and all(kind == "part" or x.head in self.lex.places or "인명" in x.head_sems for kind, x in zip(kinds, run))
                and not any(w.head[:n] in self.lex.places for n in range(2, len(w.head))))
            # (a name is whole after a part its article calls the person by, "올리비아 그랜트 서던크로스미네랄즈
            # CEO" ... "그랜트 CEO가", when the next word is no surname or word mecab knows as a name, as a
            # second surname is, "마리아 카스티요 페르난데스"; or after a known family name and a known given
            # name, "오노 사토시 니시카이운 사장": the next word is the company)
            whole = parts == 2 and ((not called and w.head not in self.lex.surnames and w.head_sems != ("인명",)
                                     and self._called_by(names[-1], self.words[t])) or (
                names[0].head in self.lex.surnames and names[0].head not in given
                and names[-1].head in given and names[-1].head not in self.lex.surnames))
            if not connector and parts >= 2 and (not third_ok or whole) and not vietnamese and \
                    not (names and joins(names[-1])):
                break
            names.append(w)
            parts += 0 if connector else 1
        while names and joins(names[-1]):
            names.pop()
        if not names:
            return None
        if len(names) == 1 and lead > 0 and names[0] is run[lead] and self._given_before(run[lead - 1], names[0]):
            names.insert(0, run[lead - 1])  # "아이굴 누르페이소바 부총장": a short word before a long surname
            lead -= 1
        if len(names) == 1 and not (names[0].head in known_parts and len(names[0].head) >= 2) \
                and not chinese_name_shaped(names[0]) and not vietnamese_name_shaped(names[0]) \
                and not _HYPHENATED_NAME.match(names[0].head) and not _HANJA.match(names[0].paren):
            return None  # one unknown word before a title is as likely an organization
        org_words = run[:lead] + run[lead + len(names):]
        given_at = [k for k, w in enumerate(names) if w.head in self.lex.given_names]
        if len(names) > 2 and given_at and given_at[0] > 0 and names[0].head not in known_parts \
                and names[0].head not in self.lex.surname_first_families \
                and not _connector(names[given_at[0] - 1]):
            # "이동해 파이살 알 오타이비": a misread verb before the given name (not a father's name
            # after 빈, "하킴 빈 살렘 알마수드", nor a Vietnamese family name, "부 티 민 응옥")
            names = names[given_at[0]:]
        if not org_words:
            gen = self._word(names[0].index - 1)
            if gen is not None and gen.role == GEN and is_org(gen, self.lex):
                org_words = [gen]
        return names[0].index, names[-1].index, self._org_of(org_words), True

    def _named_in_full(self, run: list[Word]) -> int | None:
        """How many words the run opens with that write again, part by part, a foreign name of three
        parts or more the article named before, in either transliteration ("와휴 푸르노모 아지 차관"
        after "와휴 뿌르노모 아지(Wahyu Purnomo Aji) 차관", where a third unknown part before a title
        is as often a company's name), or a one-word name given before with an organization ("왕젠궈
        난퉁시 당서기가" after "왕젠궈(王建國) 중국 장쑤성 난퉁시 당서기를"); None when it does not."""
        key = [loan_spelling_key(w.head) for w in run]
        for e in self.entities:
            theirs = [loan_spelling_key(p) for p in e.name.split()]
            if e.foreign and len(theirs) >= 3 and key[:len(theirs)] == theirs:
                return len(theirs)
            if len(run) >= 2 and e.name == run[0].head and e.org and not e.foreign:
                return 1
        return None

    def _given_before(self, w: Word, surname: Word) -> bool:
        """A short word no company or place uses, right before a long foreign surname of Hangul
        pieces ("예르잔 사틴발디예프", "아이굴 누르페이소바"): a given name mecab did not know."""
        return 2 <= len(w.head) <= 3 and len(surname.head) >= 4 and bool(_HANGUL.match(w.head + surname.head)) \
            and surname.head_tags.count("NNP") >= 2 and w.role == NONE and not w.sep_after and not w.verbal \
            and not self.lex.org(w.head) and w.head not in self.lex.places and not _ORG_SUFFIX.search(w.head) \
            and not _common_word(w) and not korean_name_shaped(w)

    def _inside_run(self, w: Word) -> bool:
        """Whether w can stand between a phrase boundary and a title, as name or organization.

        Not a predicate, particle or adverb, with the misreadings mecab makes in names allowed:
        a known name part read as a verb ("알", "올라"), a word read as a verb with no ending
        ("대경옵틱스" ending in 쓰/VV), '만' read as a particle ("호프만"), and '도' after a
        province ("충남도", "전북특별자치도 행정부지사").
        """
        prev = self._word(w.index - 1)
        # (a surname mecab reads as a verb right after a known given name: "마커스 헤일" as 헤/VV + ㄹ)
        after_given = prev is not None and prev.head in self.lex.given_names and not prev.role and \
            not prev.sep_after and prev.line == w.line and w.role == NONE and 1 <= len(w.head) <= 3 and \
            bool(_HANGUL.match(w.head))
        known_part = _connector(w) or w.head in self.lex.given_names or w.head in self.lex.surnames \
            or w.head in self.lex.surname_first_families or after_given
        if w.head in TITLE_MODIFIERS and not w.role:
            return True  # "강윤모 전 금융위원회 위원장"
        if w.head in GENERATIONS and not w.role and prev is not None and _kind(prev, self.lex) == "part":
            return True  # "로버트 J. 엘리슨 3세 해군성 차관보"
        if w.head in RUN_BREAKERS:
            return False  # "이어 라이트 장관과는": a sentence adverb is no part of a name
        if w.head in self.lex.places and not w.role:
            return True  # a place in an organization's name, whatever mecab read it as ("에게해" as 에게 + 해)
        nxt = self._word(w.index + 1)
        # (a company mecab read as a verb between a name and its title: "국태민 모빌리오 대표" as
        # 모/NNG 빌리/VV 오/EC, "편수아 가온 부회장" as 가/JKS 온/VV+ETM, "봉태하 누리온 이사회 의장" as
        # 누리/VV 온/EC+VX+ETM, "방소윤 다온 대표" as 다/MAG 온/VV+ETM, with a body of the company before
        # the title)
        title_next = nxt is not None and (title_of(nxt) is not None or (
            nxt.role == NONE and not nxt.verbal and nxt.line == w.line and
            (after := self._word(nxt.index + 1)) is not None and title_of(after) is not None))
        # (or a stem and another stem's ending with no derivation or tense, after a foreign name:
        # "안데르스 요한 뉘베리 노르셀 회장" as 노르/VA 셀/VA+ETM)
        cut_up = len(w.tags) >= 2 and all(t.startswith(("VA", "VV")) for t in w.tags) and w.tags[-1].endswith("ETM")
        between = w.verbal and w.role == NONE and title_next and \
            prev is not None and prev.line == w.line and prev.role == NONE and (
                ((any("EC" in t for t in w.tags) or _opens_with_particle(w)) and
                 (korean_name_shaped(prev) or "인명" in prev.head_sems or misread_korean_name(prev))) or
                (len(w.tags) >= 2 and w.tags[-1].endswith("ETM") and korean_name_shaped(prev)
                 and not prev.tags[-1].startswith("J")) or
                (cut_up and _kind(prev, self.lex) == "part"))
        if w.verbal and _verb_form(w) and not korean_name_shaped(w) and not known_part and \
                not misread_korean_name(w) and not self._vietnamese_part(w) and not between:
            return False
        if w.verbal and w.tags[-1:] and w.tags[-1].endswith(("ETM", "EC")) and prev is not None and prev.role == OBJ \
                and prev.line == w.line:
            return False  # "시장을 쥔 젠슨 황", "현해탄을 건너 사카모토 이사를": a verb taking the object before it
        if prev is not None and prev.text.endswith("길에") and prev.line == w.line and (w.verbal or w.head == "올라"):
            return False  # "출장길에 올라 리사 수 CEO": setting out on a trip, though 올라 is a given name
        province = w.particle == "도" and (w.head in self.lex.places or (
            nxt is not None and title_of(nxt) is not None and len(w.head) >= 2))  # "전북특별자치도 행정부지사"
        if w.role != NONE and w.particle != "만" and not province and not _org_ending_in_ro(self.words, w.index):
            return False
        # (a three-syllable Korean name mecab read as an adverb: "연태석" as 연/MAG 태석/MM)
        return known_part or not _is_stop(w) or self._vietnamese_part(w) or self._adverb_name(w, nxt) \
            or (len(w.head) == 3 and korean_name_shaped(w))

    def _adverb_name(self, w: Word, nxt: Word | None) -> bool:
        """"누산타라셀의 부디 하르토노 사장": a word mecab reads as an adverb (부디 'please'), between an
        organization's genitive and another name word before a title, is a given name."""
        before = self._word(w.index - 1)
        return w.head_tags == ("MAG",) and before is not None and before.role == GEN and before.line == w.line \
            and nxt is not None and nxt.role == NONE and not title_of(nxt) and \
            (after := self._word(nxt.index + 1)) is not None and title_of(after) is not None

    def _one_word_glossed(self, w: Word) -> bool:
        """One Hangul word of three to five syllables glossed with a two- or three-part Latin name
        ("탄웨이밍(Tan Wei Ming)"), or of up to eight syllables sounding like one of four parts
        ("응우옌티호아이안(Nguyen Thi Hoai An)"), not a company or a Korean name."""
        if w.index not in self._glossed:
            return False
        tokens = _latin_gloss(w)
        # (one Latin word too, for a name that is one word, when the organization and the title
        # follow: "하르요노(Haryono) 수마트라메탈 회장"; a company glossed so stands before its title)
        org, title = self._word(w.index + 1), self._word(w.index + 2)
        # (or right before the title, after its company's genitive: "누산타라니켈의 수파르만(Suparman) 사장을")
        owner = self._word(w.index - 1)
        mononym = len(tokens) == 1 and w.role == NONE and org is not None and sounds_like_start(w.head, tokens[0]) and (
            (title is not None and org.line == title.line == w.line and not org.role and title_of(org) is None and
             title_of(title) is not None and org.head not in self.lex.places) or
            (owner is not None and owner.role == GEN and owner.line == w.line and org.line == w.line
             and title_of(org) is not None))
        long_one = len(tokens) == 4 and 6 <= len(w.head) <= 8 and sounds_like_start(w.head, tokens[0])
        return ((2 <= len(tokens) <= 3 or mononym) and 3 <= len(w.head) <= 5 or long_one) \
            and bool(_HANGUL.match(w.head)) \
            and not any(x in LATIN_ORG_WORDS for x in tokens) and not self.lex.org(w.head) and not title_of(w) \
            and not _common_word(w) and w.role in (NONE, SUBJ, TOPIC, OBJ, WITH, DAT)

    def _latin_glossed(self, i: int) -> int | None:
        """Last word of a Hangul name of two to five words starting at word i whose last word carries
        the same name in Latin letters, one capitalized word per Hangul word ("라민 카디르(Ramin
        Kadir)"); a company glossed the same way is one Hangul word or a lexicon organization."""
        for n in (1, 2, 3, 4):
            span = self.words[i:i + n + 1]
            if len(span) < n + 1 or any(x.line != span[0].line for x in span):
                return None
            tokens = _latin_gloss(span[-1])
            # (a word no name runs across starts none, unless it sounds like the gloss: "또 럼(To Lam)"
            # is a name, "이동해 클라우디아 에거슈타이너(Claudia Egger-Steiner)" is not)
            # (Hangul words, a hyphen allowed: "뮐러-브로커"; no adverb, "함께 나오미 펠드만-오카포(Naomi
            # Feldman-Okafor)", unless it sounds like the gloss: "부디 하르토노(Budi Hartono)"; nor a verb
            # form, unless the name sounds like the gloss: "프리데리케 폰 할렌베르크(Friederike von Hallenberg)"
            # as 프리/NNG 데리/VV 케/EC)
            sounds = bool(tokens) and sounds_like_start(span[0].head, tokens[0])
            if any(x.role or x.sep_after or _common_word(x)
                   or not (_HANGUL.match(x.head.replace("-", "")) or _INITIAL.fullmatch(x.text))
                   or (_not_name_word(x) and not (sounds and x.role == NONE and x.tags[-1:] == ("EC",)))
                   or x.text.endswith(("]", "】")) or (_is_stop(x) and not sounds)
                   or self.lex.org(x.head)  # (nor a company: "엔비디아 젠슨황(Jensen Huang)")
                   or x.head in KIN  # (nor kin: "B 회장의 차녀 탄 메이린(Tan Mei Lin)")
                   for x in span[:-1]) or (span[0].head in RUN_BREAKERS and not sounds) \
                    or not _HANGUL.match(span[-1].head.replace("-", "")) or not span[-1].paren or (
                        n == 1 and korean_name_shaped(span[-1]) and not sounds):
                continue  # "전도사 황보석(Brian Hwangbo)": a Korean name with its English name (not
                # "키어런 오설리번(Ciarán O'Sullivan)", where the word before sounds like the gloss)
            before = self._word(i - 1)
            # ("탄 메이린(Tan Mei Lin)": a Chinese given name of two syllables, one Hangul word)
            given_joined = len(tokens) == 3 and n == 1 and sounds and sounds_like_start(span[-1].head, tokens[1])
            if (n + 1 in _gloss_sizes(span[-1]) or _article_apart(span) or given_joined) and \
                    not any(x in LATIN_ORG_WORDS for x in tokens) and not title_of(span[0]) and \
                    not self.lex.org("".join(x.head for x in span)) and \
                    not (before is not None and not before.role and _ORG_SUFFIX.search(before.head)):
                return i + n  # (a company is glossed too: "그리스 선사 엘레니 마리타임(Eleni Maritime)")
            return None
        return None

    def _misread_surname(self, k: int, t: int) -> bool:
        """A foreign surname mecab read as a verb form, between a known given name and the title
        ("리나 위자야 사장": 위자/NNG 야/VCP+EF; "비크람 나라야난 회장")."""
        w = self.words[k]
        return k == t - 1 and k > 0 and w.role == NONE and not w.sep_after and bool(_HANGUL.match(w.head)) \
            and 2 <= len(w.head) <= 6 and self.words[k - 1].head in self.lex.given_names \
            and self.words[k - 1].line == w.line and self._inside_run(self.words[k - 1])

    def _vietnamese_part(self, w: Word) -> bool:
        """A short part after a Vietnamese family name ("팜 꽝 득": mecab reads 꽝, 득 as adverbs)."""
        if len(w.head) > 2 or not _HANGUL.match(w.head):
            return False
        for k in range(w.index - 1, max(-1, w.index - 4), -1):
            prev = self.words[k]
            if prev.head in self.lex.surname_first_families:
                return True
            if len(prev.head) > 2 or prev.role or prev.sep_after:
                return False
        return False

    def _multiword_orgs(self, run: list[Word]) -> set[int]:
        """Indices of words that together spell a known organization or place ("구글 클라우드",
        "캠프 데이비드")."""
        out: set[int] = set()
        for a in range(len(run)):
            for b in range(min(len(run), a + 3), a + 1, -1):
                joined = "".join(w.head for w in run[a:b])
                if self.lex.org(joined) or joined in self.lex.places:
                    out.update(w.index for w in run[a:b])
                    break
        return out

    def _written_bare(self, w: Word) -> bool:
        """Whether the article writes w's head elsewhere with a particle and no title, as it writes a
        company ("온누리는", "온누리와의") and seldom a person, whom it calls by surname and title."""
        return any(m.start() != w.start for m in re.finditer(
            rf"(?<![가-힣]){re.escape(w.head)}(?:은|는|이|가|와의|과의|와|과|의|를|을|에서|에|도|로|으로)(?![가-힣])", self.text))

    def _told_org_words(self) -> set[str]:
        """First words of the organizations of people named so far ("엘레나 바르가스 오로라 시스템즈
        CEO"): the same word before a title later ("오로라 아시아태평양 총괄 부사장") is that company,
        not a person of Korean name shape. A one-word organization counts where a gloss closed the
        name before it ("허웨이(何偉) 허방페이 회장", so "허웨이 허방페이 회장" later names no one)."""
        return {e.org.split()[0] for e in self.entities if e.org and (" " in e.org or self._written_after_gloss(e.org))}

    def _written_after_gloss(self, org: str) -> bool:
        """Whether the article writes the organization right after a closing parenthesis, as a word of
        its own ("허웨이(何偉) 허방페이 회장", not "...) 허방페이의"); once per organization, as
        _told_org_words asks at every title."""
        if org not in self._after_gloss:
            self._after_gloss[org] = any(
                self.text.startswith(org, p) and not "가" <= self.text[p + len(org):p + len(org) + 1] <= "힣"
                for p in self._after_parens)
        return self._after_gloss[org]

    def _org_of(self, words: list[Word]) -> str | None:
        if not words:
            return None
        if len(words) == 1:
            return self._org_name(words[0])
        # (as written between the words: "한·인도경제협회", "한·미 경제협의회")
        return "".join(w.head + ("·" if w.sep_after == "·" else " ") for w in words[:-1]) + words[-1].head

    # --- the scan --------------------------------------------------------------------------
    def find(self) -> list[Mention]:
        taken: set[int] = set()
        i = 0
        while i < len(self.words):
            m = self._mention_at(i, taken)
            if m:
                self.mentions.append(m)
                taken.update(range(m.first, m.last + 1))
                self._appointed(m)
                i = m.last + 1
            else:
                i += 1
        self.mentions.sort(key=lambda m: m.first)
        self._headline_surnames()
        self._surname_with_company()
        return self.mentions

    def _surname_with_company(self) -> None:
        """"라마찬드란 퀀티바 CEO": a surname of three or more syllables and a company after it, taken
        together for a name, are the person the article names in full elsewhere ("프리야
        라마찬드란"), when only one full name ends in that surname; so are a company and a surname
        after it ("알다프라 알 마즈루에이 CEO" for 사이프 알 마즈루에이)."""
        full = [e for e in self.entities if e.foreign and " " in e.name]
        same: dict[int, Entity] = {}
        for e in full:
            parts = e.name.split()
            if len(parts) == 2 and len(parts[0]) >= 3 and parts[0] not in self.lex.given_names \
                    and parts[1] not in self.lex.given_names and parts[1] not in self.lex.surnames:
                # (not a surname-first name: "도요다 아키오")
                owners = [f for f in full if f is not e and f.name.split()[-1] == parts[0]]
            elif parts[0] not in self.lex.given_names and parts[0] not in self.lex.surnames and any(
                    _ORG_SUFFIX.search(x) for x in re.findall(re.escape(parts[0]) + r" (\S+)", self.text)):
                # a company and the surname after it ("알다프라 알 마즈루에이 CEO" in a headline, the body's
                # "알다프라 에너지 홀딩스의 사이프 알 마즈루에이"), the article writing the company in full
                rest = " ".join(parts[1:])
                owners = [f for f in full if f is not e and f.name.endswith(" " + rest)]
            else:
                # the company, written before the person's full name elsewhere, and a part of the
                # name after it ("리티오 안디노 멘도사 CEO" in a headline, the body's "리티오 안디노의 후안
                # 카를로스 멘도사 루이스")
                owners = next((found for j in range(1, len(parts)) if (found := [
                    f for f in full if f is not e and set(parts[j:]) <= set(f.name.split()) and
                    f"{' '.join(parts[:j])}의 {f.name}" in self.text])), [])
            if len(owners) == 1:
                same[id(e)] = owners[0]
        for m in self.mentions:
            m.entities = [same.get(id(e), e) for e in m.entities]

    def _headline_surnames(self) -> None:
        """"'니켈 큰손' 위자야 회장 부녀와 만찬": a headline calls a foreign person by the surname the body
        spells out in full ("부디 산토소 위자야(Budi Santoso Wijaya) 회장", "하비에르 모랄레스 델 리오
        회장": a first surname of two); the headline's person is that one, when only one full name of the
        article has it after its first part."""
        def posts(x: Entity) -> set[str]:
            return (x.titles | {x.title}) - {None}

        full = [e for e in self.entities if e.foreign and " " in e.name]
        # (of a post the headline gives, when a daughter shares the surname: "위자야 회장", not 리나 위자야 부사장)
        told = {id(e): [f for f in full if e.name in f.name.split()[1:]
                        and (not posts(f) or not posts(e) or posts(e) & posts(f))]
                for m in self.mentions if self.words[m.first].line == 0 and m.kind == "name"
                for e in m.entities if " " not in e.name}
        same = {k: v[0] for k, v in told.items() if len(v) == 1}
        for m in self.mentions:  # (and whoever the body called by it: "위자야 회장은")
            m.entities = [same.get(id(e), e) for e in m.entities]

    def _appointed(self, m: Mention) -> None:
        """"편태성 부사장을 신임 대표이사 사장으로 선임했다", "부친 문형석 회장은 명예회장으로 물러나": the
        person holds the new title from here on, so "편 사장" is he, not the chairman of his surname."""
        moves = {OBJ: _APPOINTED, TOPIC: _TOOK_POST, SUBJ: _TOOK_POST}.get(m.role)
        if moves is None or not m.entities:
            return
        for w in self.words[m.last + 1:m.last + 5]:
            if w.line != self.words[m.last].line or (w.verbal and w.role != NONE):
                return
            if (t := title_of(w)) and w.particle in ("으로", "로"):
                nxt = self._word(w.index + 1)
                if nxt is not None and moves.match(nxt.text):
                    person = m.entities[0]
                    if nxt.text.startswith("물러"):  # (stepping down leaves the post: "문 신임 회장" is the heir)
                        person.titles.discard(person.title or "")
                        person.title = t
                    person.titles.add(t)
                return

    def _prefix(self, w: Word) -> str:
        """First two letters of the text from w on, spaces ignored ("빈 살만" -> "빈살")."""
        if len(w.text) >= 2:
            return w.text[:2]
        nxt = self._word(w.index + 1)
        return w.text + (nxt.text[:1] if nxt is not None else "")

    def _may_start(self, w: Word) -> bool:
        """Cheap test: could a person mention start at this word at all?"""
        return bool(w.head) and (
            self._near_title[w.index] or self._prefix(w) in self.lex.person_prefixes or w.role == APPOS
            or bool(title_of(w)) or w.head in _roles_before_names()
            or w.sep_after == "·" or w.head in GROUP_WORDS or w.start in self._ner_starts
            or w.head in self.lex.given_names or w.head in ("그", "고인") or w.head in _FATHER_WORDS
            or w.head in self._foreign_forms()
            or (w.head in self.lex.surnames and len(w.head) >= 2)
            or self._named_korean(w) is not None
            or self._glossed_next(w) or self._honorific_after(w) or bool(w.paren))

    def _parenthesized_head(self, w: Word) -> Mention | None:
        """"OO재단(이사장 김하나)은", "OO공사(사장 엄기현, 이하 공사)는": the title and Korean name
        opening the parentheses, the word's head as the organization, the word's particle as the role."""
        parts = " ".join(_paren_words(w)).split(",")[0].split()
        if len(parts) != 2 or (title := _title_for(parts[0], "")) is None:
            return None
        name = parts[1]
        if not _korean_name_text(name):
            return None
        start = self.text.index(name, self.text.index("(", w.start) + 1 + len(parts[0]))
        ent = self._entity(name, w.head, title, self.lex.person(name), False)
        return self._mk(w.index, w.index, start, start + len(name), ent, "name", w.head, title, raw_span=True)

    def _surname_and_title_at(self, i: int) -> bool:
        """Words i and i + 1 are a surname and a title of someone the article named before."""
        w, nxt = self._word(i), self._word(i + 1)
        return w is not None and nxt is not None and not w.role and nxt.line == w.line and \
            (t := title_of(nxt)) is not None and self._resolve_surname(w.head, t) is not None and \
            (len(w.head) == 1 or w.head in COMPOUND_SURNAMES)

    def _parenthesized_post(self, w: Word) -> Mention | None:
        """"용태복(백두정밀 회장)씨", "제갈민(변호사)씨": a Korean name and, in its parentheses, an
        organization (or none) and a title; "김우진(청주시청)은", "이우석(코오롱)이": an athlete's
        team alone. The word's particle is the role."""
        parts = _paren_words(w)
        if not parts or len(parts) > 4 or not korean_name_shaped(w):
            return None
        if (title := _title_for(parts[-1], "")) is not None:
            org = " ".join(parts[:-1]) or None
        elif len(parts) <= 2 and (self.lex.org(" ".join(parts)) or _ORG_SUFFIX.search(parts[-1])
                                  or _SCHOOL.fullmatch(parts[-1])):
            org = " ".join(parts)
        else:
            return None
        ent = self._entity(w.head, org, title, self.lex.person(w.head), False)
        return self._mk(w.index, w.index, w.start, w.head_end, ent, "name", org, title, raw_span=True)

    def _titled_name_next(self, i: int) -> bool:
        """The next word is a Korean name with a title right after it or after its organization."""
        nxt = self._word(i + 1)
        if nxt is None or nxt.line != self.words[i].line or not korean_name_shaped(nxt) or nxt.role:
            return False
        return any(title_of(x) for x in self.words[i + 2:i + 4] if x.line == nxt.line)

    def _honorific_after(self, w: Word) -> bool:
        """A party word with a role follows: "마리아 파파도풀루 씨가"."""
        nxt = self._word(w.index + 1)
        return w.role == NONE and nxt is not None and nxt.head in PARTY_WORDS and nxt.role != NONE

    def _glossed_next(self, w: Word) -> bool:
        """One of the next four words carries a Latin gloss ("헤나투 소자(Renato Souza)")."""
        return any(w.index + n in self._glossed for n in (1, 2, 3, 4))

    def _index_names(self) -> None:
        """Index the people named so far (again when they change): the last-name forms of the
        foreign ones, the Korean ones by full name."""
        if self._forms_at != self._names_changed:
            self._forms_at = self._names_changed
            self._forms = frozenset().union(*(e.surname_forms for e in self.entities if e.foreign))
            self._korean = {e.name: e for e in self.entities if not e.foreign and len(e.name) >= 3}

    def _foreign_forms(self) -> frozenset[str]:
        self._index_names()
        return self._forms

    def _given_name_before(self, i: int, taken: set[int]) -> bool:
        """The word before a known foreign last name is a given name no one of the article has: a
        Hangul word of two to four syllables, no role, title, adverb, place, company or Korean name."""
        prev, w = self._word(i - 1), self.words[i]
        return prev is not None and i - 1 not in taken and prev.line == w.line and prev.role == NONE \
            and not prev.sep_after and not prev.verbal and bool(_HANGUL.match(prev.head)) and 2 <= len(prev.head) <= 4 \
            and _kind(prev, self.lex) == "part" and not title_of(prev) and not korean_name_shaped(prev) \
            and prev.head not in RUN_BREAKERS and not any(tag in ("MAG", "MAJ", "MM") for tag in prev.head_tags) \
            and prev.head not in self.lex.places and not self.lex.org(prev.head) \
            and not any(prev.head in e.name.split() for e in self.entities)

    def _father(self, i: int) -> Entity | None:
        """The father the article named of the child it named last: "부친 염재만 회장" (of the one named
        before it), "하상철 회장의 장남이기도 한 하민준 대표", "배영철 회장과 장남 배승훈 사장", "B는 A CEO의
        아들이다"; none when word i is quoted (a speaker's own father: "그는 \"아버지는 생전에 ...\"") or its
        sentence has a subject who is no such child."""
        at = self.words[i].start
        line_start = self.text.rfind("\n", 0, at)
        if self.text.count('"', line_start + 1, at) % 2:
            return None
        children: dict[str, tuple[Entity, Entity]] = {}
        for k, m in enumerate(self.mentions):
            if m.kind != "name" or not m.entities:
                continue
            before, after = self._word(m.first - 1), self._word(m.last + 1)
            if before is not None and before.head in _FATHER_WORDS and not before.role \
                    and before.line == self.words[m.first].line:
                child = self.mentions[k - 1] if k and self._line_of(self.mentions[k - 1]) == self._line_of(m) else None
            elif after is not None and m.role in (GEN, WITH) and _noun_before_copula(after) in _CHILD_WORDS:
                nxt = self.mentions[k + 1] if k + 1 < len(self.mentions) else None
                earlier = self.mentions[k - 1] if k and self._line_of(self.mentions[k - 1]) == self._line_of(m) else None
                child = nxt if nxt is not None and nxt.first <= after.index + 3 else earlier
            else:
                continue
            if child is not None and child.entities and child.entities[0] is not m.entities[0]:
                children[child.entities[0].name] = (m.entities[0], child.entities[0])
        start = max(self.text.rfind(". ", 0, at), line_start)
        subject = next((m for m in reversed(self.mentions) if start < m.start < at and m.role in (TOPIC, SUBJ)), None)
        if subject is not None:
            return next((father for father, child in children.values() if child in subject.entities), None)
        if not children:
            return None
        father, _ = max(children.values(), key=lambda pair: pair[1].last_seen)
        return father

    def _line_of(self, m: Mention) -> int:
        """The line the mention starts on."""
        return self.words[m.first].line

    def _named_korean(self, w: Word) -> Entity | None:
        """The Korean person the article named before with a title or an organization, when the word
        is that full name written bare ("김우진(청주시청)은 ... 김우진, 이우석과 차례로 포옹했다")."""
        self._index_names()
        e = self._korean.get(w.head)
        if e is None or not (e.title or e.org) or w.head in self.lex.places or CEREMONY.fullmatch(w.head):
            return None  # (not a gathering or a place someone was once taken for: "설명회", "조지아 주지사")
        return e if korean_name_shaped(w) else None

    def _mention_at(self, i: int, taken: set[int]) -> Mention | None:
        w = self.words[i]
        if i in taken or not self._may_start(w):
            return None
        hit = self._lexicon_name(i)
        if hit and self._glossed_next(w) and (self._latin_glossed(i) or -1) > hit[0]:
            hit = None  # the article spells out more of the name: "압둘아지즈 빈 살만 알사우드(... Al Saud)"
        if hit and BYLINE_AFTER.match(self.text, self.words[hit[0]].end):
            return None  # a reporter who shares a known person's name: "[상하이=뉴스핌] 조현아 특파원 ="
        if hit:
            j, known, absorbed = hit
            last, org, title = self._trailing(j, absorbed, korean=" " not in known.name)
            foreign = " " in known.name
            written = self.text[w.start:self.words[j].end if absorbed else self.words[j].head_end]
            ent = self._entity(written, org, title, known, foreign)  # (named as known, or as written if an alias)
            mention = self._mk(i, last, i, j, ent, "name", org, title)
            if absorbed:
                mention.end = self.words[j].end
                mention.surface = self.text[mention.start:mention.end]
                if last == j:
                    mention.role = NONE
            return mention
        # A full foreign name the article spelled before (with its gloss), written again without it:
        # "마그달레나 조피아 코발치크 폴란드 개발기술부 차관과"
        if (again := self._named_again(i)) is not None:
            j, ent = again
            last, org, title = self._trailing(j, korean=True)
            return self._mk(i, last, w.start, self.words[j].head_end, self._touch(ent), "name", org, title,
                            raw_span=True)
        # TITLE인 NAME (but "사장이던 독고 창업주는" is the 독고 named before, by surname and title)
        if w.role == APPOS and (t := title_of(w)) and not self._surname_and_title_at(i + 1):
            got = self._name_after(i + 1)
            if got:
                j, name, known, foreign = got
                ent = self._entity(name, None, t, known, foreign)
                # (a Latin gloss fixes where a foreign name ends too: "합작 파트너인 라메시 아이어(Ramesh Iyer)
                # 스리바산오토 회장과")
                last, org, t2 = self._trailing(j, korean=not foreign or self.words[j].paren[:1].isupper())
                return self._mk(i, last, i + 1, j, ent, "name", org, t2 or t)
        # Surname + title: "최 회장", "황 CEO", "탄 회장", "강 전 위원장"
        k = i + 1
        if (mod := self._word(k)) is not None and mod.head in TITLE_MODIFIERS and not mod.role and \
                (after := self._word(k + 1)) is not None and title_of(after):
            k += 1  # "강 전 위원장" (but "박 대표, 정 대표와": 대표 is the title itself)
        nxt = self._word(k)
        # ('만' read as the particle 'only': "라흐만 대사가" as 라흐 + 만)
        surname = w.head + "만" if w.particle == "만" else w.head
        if nxt and not w.sep_after and (w.role == NONE or w.particle == "만") and nxt.line == w.line and \
                (t := title_of(nxt)):
            ent = self._resolve_surname(surname, t)
            if ent:
                return self._mk(i, k, i, i, self._touch(ent), "coref", None, t)

        # TITLE NAME, as lists write it: "(주)삼보종합건설 대표이사 사장 여준혁,"; a role before a name
        # ("배우 서지안을", "MVP 어준서와")
        role = w.head in _roles_before_names() and w.role == NONE and not w.sep_after
        if ((t := title_of(w)) or role) and w.role == NONE and not w.sep_after:
            nxt, last = self._word(i + 1), self._word(i + 2)
            # (not the first word of a foreign name the next word glosses: "공격수 이반 페트로프(Ivan Petrov)")
            glossed = last is not None and last.line == w.line and bool(_latin_gloss(last)) \
                and last.head not in _roles_before_names()  # (not a role's own gloss: "최우수선수(MVP)")
            # (a foreign name of two words closing the phrase: "아시아 담당 파트너 아이코 스즈키가", or an
            # item of a list: "MVP 나탈리아 코바치, 세터 정하린 등", though its given name looks Korean)
            if nxt is not None and last is not None and last.line == w.line \
                    and (last.role in (SUBJ, TOPIC, WITH, OBJ) or last.sep_after == ",") \
                    and not nxt.role and not nxt.sep_after and _HANGUL.match(nxt.head) and _HANGUL.match(last.head) \
                    and (nxt.head in self.lex.given_names or last.head in self.lex.surnames) \
                    and (not korean_name_shaped(nxt) or nxt.head in self.lex.given_names) \
                    and _kind(nxt, self.lex) == "part" and _kind(last, self.lex) == "part" \
                    and not title_of(nxt) and not title_of(last):
                name = f"{nxt.head} {last.head}"
                ent = self._entity(name, None, t, self.lex.person(name), True)
                return self._mk(i, i + 2, i + 1, i + 2, ent, "name", None, t)
            # (after a role word, also a name mecab misread: "주장 이다은" as 이/JKS 다/VA 은/ETM)
            named = nxt is not None and (korean_name_shaped(nxt) or (role and misread_korean_name(nxt)))
            if nxt is not None and nxt.line == w.line and named and not title_of(nxt) and not glossed \
                    and not (t and all(tag in ("NNG", "XSN") for tag in nxt.head_tags)) \
                    and (nxt.role or nxt.sep_after or last is None or not title_of(last)):
                # (not a common noun after a word that is also a title: "HBM 시장 주도권을")
                ent = self._entity(nxt.head, None, t, self.lex.person(nxt.head), False)
                return self._mk(i, i + 1, i + 1, i + 1, ent, "name", None, t)
        if (listed := self._dotted_with_orgs(i)) is not None:
            return listed
        # A dotted list of names sharing one title: "이도현·박세린·최강민 대표가",
        # "김하준·리처드 오웬·박소윤 대표가" (a segment: a Korean name, or a given name + surname).
        first_segment = self._dotted_segment(i)
        if first_segment is not None and self.words[first_segment].sep_after == "·":
            end = first_segment
            while self.words[end].sep_after == "·" and (nxt_end := self._dotted_segment(end + 1)) is not None:
                end = nxt_end
            tw = self._word(end + 1)
            if end > first_segment and tw is not None and (t := title_of(tw)):
                name = " ".join(_name_part(x) for x in self.words[i:first_segment + 1])
                foreign = first_segment > i
                ent = self._entity(name, None, t, self.lex.person(name), foreign)
                mention = self._mk(i, first_segment, self.words[i].start, self.words[first_segment].head_end, ent,
                                   "name", None, t, raw_span=True)
                mention.role = tw.role
                return mention
        # The head of an organization in parentheses: "대경로봇산업진흥단(단장 서한결)은"; a name with
        # its post in parentheses, as notices write it: "용태복(백두정밀 회장)씨 부친상"
        if w.paren and ((headed := self._parenthesized_head(w)) is not None or
                        (headed := self._parenthesized_post(w)) is not None):
            return headed
        # A Korean name with 씨 or 여사 and no title: "'투자계의 큰손' 민경아 씨도 동행했다", "부인 노혜령 여사와"
        if w.role == NONE and not w.sep_after and self._honorific_after(w) and self.words[i + 1].head in ("씨", "여사") \
                and korean_name_shaped(w):
            ent = self._entity(w.head, None, None, self.lex.person(w.head), False)
            return self._mk(i, i + 1, i, i, ent, "name", None, None)
        # A spouse's name of two or three words after 부인 or 아내, with 여사 or 씨: "회장의 부인 엘레니
        # 파파도풀루 여사가"
        before = self._word(i - 1)
        if before is not None and before.head in SPOUSE_WORDS and not before.role and w.role == NONE:
            end = next((j for j in range(i + 1, min(i + 3, len(self.words) - 1))
                        if self.words[j].head in ("씨", "여사") and self.words[j - 1].role == NONE), None)
            if end is not None and all(_HANGUL.match(x.head) and not x.verbal and not x.sep_after
                                       for x in self.words[i:end]):
                name = " ".join(_name_part(x) for x in self.words[i:end])
                ent = self._entity(name, None, None, self.lex.person(name), True)
                return self._mk(i, end, i, end - 1, ent, "name", None, None)
        # A Korean name with no title listed before a titled one: "채윤서, 봉지석 이룸은행장과 한 조를 이뤄"
        # (mecab's verb form too: "이다온, 오경택 인천시 행정부시장과" 이/VCP 다/EC 온/VX+ETM); a Chinese one
        # glossed in Chinese characters too: "톱배우 린이천(林以晨), 천하오(陳浩) 감독과"
        chinese = chinese_name_shaped(w) and bool(_HANJA.fullmatch(w.paren))
        if w.role == NONE and w.sep_after == "," and (korean_name_shaped(w) or misread_korean_name(w) or chinese) \
                and not self.lex.org(w.head) \
                and self._titled_name_next(i):
            ent = self._entity(w.head, None, None, self.lex.person(w.head), False)
            return self._mk(i, i, i, i, ent, "name", None, None)
        # A foreign name glossed in Latin letters: "헤나투 소자(Renato Souza)가", with or without a title.
        glossed = self._latin_glossed(i) if self._glossed_next(w) else None
        if glossed is None and self._one_word_glossed(w):
            glossed = i  # "탄웨이밍(Tan Wei Ming)": a Chinese name written as one word
        if glossed is not None:
            # the gloss fixes where the name ends, so one or two words before a title are its org
            last, org, t = self._trailing(glossed, korean=True)
            name = " ".join(_name_part(x) for x in self.words[i:glossed + 1])
            # (one word takes its first syllable as the surname: "탄 대표")
            ent = self._entity(name, org, t, self.lex.person(name), glossed > i)
            return self._mk(i, last, w.start, self.words[glossed].head_end, ent, "name", org, t, raw_span=True)
        # A foreign full name with no title, known by its given name: "미카엘 베르그와 회동했다"
        # (not the end of a place: "캠프 데이비드 숲길을")
        prev = self._word(i - 1)
        nxt = self._word(i + 1)
        # (or by its surname first, as Japanese names are written: "일본의 마쓰다 유키와 한 조로")
        surname_first = len(w.head) >= 2 and w.head in self.lex.surnames and w.head not in COMPOUND_SURNAMES \
            and nxt is not None and nxt.head in self.lex.given_names
        if (w.head in self.lex.given_names or surname_first) and w.role == NONE and not w.sep_after and not w.verbal and \
                not (prev is not None and prev.role == NONE and prev.head + w.head in self.lex.places):
            if nxt is not None and nxt.line == w.line and _HANGUL.match(nxt.head) and 2 <= len(nxt.head) <= 6 \
                    and not nxt.head.endswith("들") \
                    and (nxt.role in (WITH, OBJ, DAT, TOPIC, SUBJ) or self._honorific_after(nxt)) \
                    and not nxt.verbal and not self.lex.org(nxt.head) \
                    and not title_of(nxt) and not _dictionary_noun(nxt, self.lex) and nxt.head not in EVENT_WORDS \
                    and not (nxt.head_tags == ("NNG",) and (len(nxt.head) >= 3 or w.head_tags == ("NNG",))
                             and "인명" not in nxt.head_sems and "인명" not in w.head_sems
                             and nxt.head not in self.lex.surnames):
                # (not a kind of meeting, "사이드 미팅에", nor a common word, "양 팀 맞대결을", nor two:
                # "한국 식품 전용 코너 확대를")
                name = f"{w.head} {_name_part(nxt)}"
                ent = self._entity(name, None, None, self.lex.person(name), True)
                last = i + 2 if self._honorific_after(nxt) else i + 1
                return self._mk(i, last, w.start, nxt.head_end, ent, "name", None, None, raw_span=True)
        # A bare head-of-state title ("윤 대통령과 국왕은"): the one person named with it so far.
        if (t := title_of(w)) in GROUP_TITLES.get("정상", ()) and w.sep_after != "·":
            holders = [e for e in self.entities if t == e.title or t in e.titles]
            if len(holders) == 1:
                return self._mk(i, i, i, i, self._touch(holders[0]), "coref", None, t)
        # A bare title opening a clause ("강 회장은 ... 설명했고, 장관은 ... 했다"): the one person
        # named with it so far.
        # (not what someone becomes or is not: "... 만나는 회장이 되겠다", "회장이 아니다")
        becomes = (after_title := self._word(i + 1)) is not None and after_title.text.startswith(("되", "돼", "아니"))
        if t and w.role in (TOPIC, SUBJ, WITH) and w.head == t and self._opens_clause(i) and not becomes:
            holders = [e for e in self.entities if t == e.title or t in e.titles]
            if len(holders) == 1:
                return self._mk(i, i, i, i, self._touch(holders[0]), "coref", None, t)
        # The pronoun 그 ("그는", "그가", "그를 맞았다"): the person last named as a subject.
        if w.head == "그" and w.role in ("topic", "subj", "obj", "with", "dat") and "NP" in w.head_tags:
            # (as an object, someone before this sentence: "A와 B가 그를 맞았다")
            ent = self._last_subject(before=sentence_start(self.words, i) if w.role not in ("topic", "subj") else None)
            if ent is not None:
                return self._mk(i, i, i, i, self._touch(ent), "coref", None, None)
        # The father ("아버지를 따라 ... B CEO와 함께 만났다", "그 자리에는 아버지도 함께 가셨다"): the
        # father the article named of the child the sentence is about (see _father).
        if w.head in _FATHER_WORDS and w.role in (TOPIC, SUBJ, OBJ, WITH, DAT) and (father := self._father(i)) is not None:
            return self._mk(i, i, i, i, self._touch(father), "coref", None, None)
        # The deceased ("병상의 고인을 찾은 A 회장"): the person whose death the article told, or whom
        # it named as the late ("고(故) 박영길 명예회장의 1주기 추모식").
        if w.head == "고인" and w.role in ("topic", "subj", "obj", "with", "dat"):
            dead = next((m.entities[0] for m in reversed(self.mentions) if m.entities and m.kind == "name"
                         and (_DIED.match(self.text, m.end) or THE_LATE.search(self.text, max(0, m.start - 6), m.start))),
                        None)
            if dead is not None:
                return self._mk(i, i, i, i, self._touch(dead), "coref", None, None)
        # Group reference: "두 사람은", "양측은", "이들은"
        grp = self._group_ref(i)
        if grp:
            return grp
        # Foreign surname alone: "저커버그는" (not the first part of a fuller name: "이토 마사히로")
        nxt = self._word(i + 1)
        fuller = w.role == NONE and not w.sep_after and nxt is not None and nxt.line == w.line and \
            (_kind(nxt, self.lex) == "part" or nxt.head in _VIETNAMESE_GIVEN_STARTS) and not title_of(nxt)
        # (a Vietnamese middle name, read as a noun too, starts a fuller name: "응우옌 티 마이" after 응우옌 반 탄)
        if w.head and len(w.head) >= 2 and not w.verbal and not fuller:
            for e in sorted(self.entities, key=lambda e: -e.last_seen):
                # (an Arab name by its first name too: "셰이크 타흐눈과" for 타흐눈 빈 자예드 알나흐얀)
                arab_given = w.head == e.given and len(w.head) >= 2 and any(
                    p in NAME_CONNECTORS for p in e.name.split()[1:-1])
                # (or by a last name of two syllables or more a one-word Chinese or Vietnamese name
                # begins with: "리우 회장" for 리우창린)
                by_form = w.head in e.surname_forms and (
                    len(e.surname) >= 2 if e.foreign else w.head != e.surname)
                if by_form or e.foreign and arab_given:
                    last, _, t = self._trailing(i)
                    if e.foreign and by_form and self._given_name_before(i, taken):
                        # another of the family, by a given name the article did not write before:
                        # "메흐타 회장의 딸이자 ... 아난야 메흐타도 동행했다"
                        name = f"{self.words[i - 1].head} {w.head}"
                        ent = self._entity(name, None, t, self.lex.person(name), True)
                        return self._mk(i - 1, last, self.words[i - 1].start, w.head_end, ent, "name", None, t,
                                        raw_span=True)
                    return self._mk(i, last, i, i, self._touch(e), "coref", None, t)
        # Apposition anchored on a title word after the name.
        for t_index in range(i + 1, i + 8):
            tw = self._word(t_index)
            prev = self.words[t_index - 1]
            if tw is None or t_index - 1 in taken or (prev.sep_after and prev.sep_after != "·") or \
                    not (self._inside_run(prev) or self._misread_surname(t_index - 1, t_index)
                         or self._country_pair(prev)):
                break
            t = title_of(tw)
            if not t:
                continue
            got = self._name_before_title(t_index)
            if got and got[0] == i:
                first, last, org, foreign = got
                name = " ".join(_name_part(x) for x in self.words[first:last + 1])
                known = self.lex.person(name)
                ent = self._entity(name, org, t, known, foreign and not known or bool(known and " " in known.name))
                return self._mk(i, t_index, self.words[first].start, self.words[last].head_end, ent, "name", org, t,
                                raw_span=True)
            break
        # A Korean full name the article gave before, written again bare: "김우진(청주시청)은 ... 정 회장은
        # 김우진, 이우석과 차례로 포옹했다"
        if (ent := self._named_korean(w)) is not None:
            last, _, t = self._trailing(i)
            return self._mk(i, last, i, i, self._touch(ent), "name", None, t)
        # A post's honorific alone, of the one person the article gave that title ("회장님이 쇼핑백을 ...
        # 밀어주는 것을 봤다", a former vice-president testifying about 함도윤 회장)
        if (ent := self._honorific_post(w)) is not None:
            return self._mk(i, i, i, i, self._touch(ent), "coref", None, title_of(w))
        # Statistical NER: a PS span starting here without a title nearby.
        for s, e in self.ner_spans:
            if s == w.start and e <= self.words[min(i + 2, len(self.words) - 1)].head_end:
                last = i
                while last < len(self.words) - 1 and self.words[last].head_end < e:
                    last += 1
                name = self.text[s:e]
                known = self.lex.person(name)
                if not known and (not (2 <= len(squash(name)) <= 12) or name in self.lex.places
                                  or self.lex.org(name) or name in NOT_NAMES):
                    return None  # (nor a place or a company the lexicons know: "하노이를 방문해")
                ent = self._entity(name, None, None, known, " " in name)
                return self._mk(i, last, s, e, ent, "name", None, None, raw_span=True)
        return None

    def _honorific_post(self, w: Word) -> Entity | None:
        """The one person named before with the title a bare honorific calls ("회장님"), if only one."""
        if not w.head.endswith("님") or (t := title_of(w)) is None:
            return None
        holders = [e for e in self.entities if t in e.titles]
        return holders[0] if len(holders) == 1 else None

    def _name_after(self, i: int) -> tuple[int, str, KnownPerson | None, bool] | None:
        """A name starting at word i (after "회장인", "지사장인"): Korean, known, or foreign parts."""
        nxt = self._word(i)
        if nxt is None:
            return None
        hit = self._lexicon_name(i)
        if hit:
            return hit[0], hit[1].name, hit[1], " " in hit[1].name
        parts: list[Word] = []
        for w in self.words[i:i + 4]:
            after_given = len(parts) == 1 and parts[0].head in self.lex.given_names and bool(_HANGUL.match(w.head))
            # (a surname mecab read as a verb, right before a title: "총괄인 에이미 찬 부사장이")
            titled = after_given and not w.role and not w.sep_after and (t2 := self._word(w.index + 1)) is not None \
                and t2.line == w.line and title_of(t2) is not None
            if w.line != nxt.line or (_kind(w, self.lex) != "part" and not after_given) or \
                    (w.verbal and not _connector(w) and not (after_given and w.head in SURNAMES) and not titled):
                break  # ("파이살 알 오타이비", "피터 한 전무": 알, 한 read as verbs)
            parts.append(w)
            if w.role != NONE or w.sep_after or w.paren[:1].isupper() or _HANJA.match(w.paren):
                break  # (a gloss closes the name: "파트너인 시본 질리스(Shivon Zilis) 뉴럴링크 이사")
        # (a foreign name that starts with a word shaped like a Korean name is known by a Latin gloss or
        # a known name part: "설립자인 라일라 하산 체니(Layla Hassan Cheney) 대표")
        known = self.lex.given_names | self.lex.surnames
        foreign = len(parts) >= 2 and (parts[-1].paren[:1].isupper() or any(x.head in known for x in parts))
        # (or three syllables of a Korean name mecab read as a verb form, which cannot follow "회장인":
        # "동호회장인 탁성진 동하제약 대표" as 탁/NNG 성진/XSA+ETM)
        if (korean_name_shaped(nxt) or _name_syllables(nxt)) and not foreign:
            return i, nxt.head, None, False
        if len(parts) >= 2 or (parts and parts[0].head in known):
            return parts[-1].index, " ".join(_name_part(x) for x in parts), None, True
        return None

    def _dotted_with_orgs(self, i: int) -> Mention | None:
        """A dotted list of names, each with its company, sharing one title: "편재욱 다온텔레콤·황보정민
        한울모바일·육하람 누리넷 대표가" (the last one's apposition is the usual one)."""
        j, items, title_word = i, 0, None
        while (nm := self._word(j)) is not None and (org := self._word(j + 1)) is not None:
            if not korean_name_shaped(nm) or nm.role or nm.sep_after or org.role or title_of(org) is not None \
                    or org.line != nm.line or korean_name_shaped(org):
                break
            items += 1
            if org.sep_after == "·":
                j += 2
                continue
            tw = self._word(j + 2)
            if not org.sep_after and tw is not None and tw.line == org.line and title_of(tw) is not None:
                title_word = tw
            break
        if items < 2 or title_word is None:
            return None
        w, org = self.words[i], self.words[i + 1]
        t = title_of(title_word)
        ent = self._entity(w.head, self._org_name(org), t, self.lex.person(w.head), False)
        mention = self._mk(i, i, i, i, ent, "name", self._org_name(org), t)
        mention.role = title_word.role
        return mention

    def _dotted_segment(self, i: int) -> int | None:
        """Last word index of a name starting at word i inside a dotted list, or None."""
        w = self._word(i)
        if w is None or w.role:
            return None
        if korean_name_shaped(w) or misread_korean_name(w):  # (the list closes on a title: "봉하람·설재이 공동대표")
            return i
        nxt = self._word(i + 1)
        if w.head in self.lex.given_names and not w.sep_after and nxt is not None and not nxt.role \
                and _HANGUL.match(nxt.head) and not title_of(nxt):
            return i + 1
        return None

    def _title_chain(self, last: int) -> int:
        """Extend over stacked titles: "총괄 사장", "공동창업자 겸 최고운영책임자(COO)", "구매담당 이사"."""
        while self.words[last].role == NONE and not self.words[last].sep_after:
            nxt = self._word(last + 1)
            if nxt is None or nxt.line != self.words[last].line:
                break
            if title_of(nxt):
                last += 1
            elif nxt.head == "겸" and (after := self._word(last + 2)) is not None and title_of(after):
                last += 2
            elif nxt.head == "겸" and (org := self._word(last + 2)) is not None and _kind(org, self.lex) == "org" \
                    and not org.role and (after := self._word(last + 3)) is not None and title_of(after):
                last += 3  # "부총리 겸 기획재정부 장관"
            else:
                break
        return last

    def _mk(self, first: int, last: int, a: int, b: int, ent: Entity, kind: str, org: str | None,
            title: str | None, raw_span: bool = False) -> Mention:
        if raw_span:
            start, end = a, b
        else:
            start, end = self.words[a].start, self.words[b].head_end
        last = self._title_chain(last) if title else last
        honorific = self._word(last + 1)
        if honorific is not None and honorific.head in PARTY_WORDS and honorific.line == self.words[last].line \
                and not self.words[last].role:
            last += 1
        role_word = self.words[last]
        if title:  # (every title of a chain: "대통령 권한대행 겸 경제부총리" is 권한대행 too)
            ent.titles.update({title}, *(titles_of(w) for w in self.words[first:last + 1] if w.line == role_word.line))
        return Mention(first=first, last=last, start=start, end=end, surface=self.text[start:end],
                       entities=[ent], role=role_word.role, kind=kind, org=org, title=title)

    def _confirmed(self, w: Word, title_word: Word) -> bool:
        """A misread name that is also a whole dictionary word ("표창식" 'award ceremony',
        "부동산" 'real estate') counts only when the article refers back to it by its surname
        and the title ("표 전무는")."""
        return w.head_tags != ("NNG",) or self._referred_by_surname(w, title_word)

    def _opens_clause(self, i: int) -> bool:
        """Whether word i begins a sentence or a clause: nothing before it that could be its
        organization or name ("세린그룹 회장은"), only a comma, a clause's verb or a time adverb."""
        if i == sentence_start(self.words, i):
            return True
        prev = self.words[i - 1]
        return prev.sep_after == "," or (prev.verbal and not prev.sep_after) or prev.head in CLAUSE_OPENERS

    def _called_by(self, w: Word, title_word: Word) -> bool:
        """Whether the article, elsewhere than at w, calls the person by w's head and the title of
        title_word, and never writes that head before another word: the third part of "마리아
        페르난다 오르티스 멕시코 경제부 차관" is her surname when "오르티스 차관은" follows, while
        "노르크빌마린 CEO" ... "노르크빌마린 엔진" is a company."""
        if not _HANGUL.match(w.head) or len(w.head) < 2:
            return False
        titles = tuple({title_word.head, title_of(title_word) or ""} - {""})
        # (not when the article calls the person by the part before w: "카를로 데라크루스 잠발레스 주지사"
        # ... "데라크루스 주지사는", where 잠발레스 is the province)
        before = self.words[w.index - 1].head if w.index else ""
        if before and any(re.search(rf"(?<![가-힣]){re.escape(before)} ?{re.escape(t)}", self.text) for t in titles):
            return False
        called = False
        for m in re.finditer(rf"(?<![가-힣]){re.escape(w.head)}( ?)(\S*)", self.text):
            if m.start() == w.start or not m.group(1):
                continue
            if not m.group(2).startswith(titles):
                return False
            called = True
        return called

    def _referred_by_surname(self, w: Word, title_word: Word) -> bool:
        """Whether the article refers back to w's first syllable with the title ("표 전무는")."""
        titles = {title_word.head, title_of(title_word) or ""} - {""}
        return any(re.search(rf"(?<![가-힣]){w.head[0]} {re.escape(t)}", self.text) for t in titles)

    def _last_subject(self, before: int | None = None) -> Entity | None:
        """The person last named as a subject, or as the owner of one ("올트먼 CEO의 방한은", "탁 회장의
        자택 만찬에는 전례가 있다. 그는 ..."), or as what a sentence is ("시작은 창업주인 제갈태수
        명예회장이었다. 그는 ..."), in the words before index `before` when given."""
        for m in reversed(self.mentions):
            if not m.entities or (before is not None and m.first >= before):
                continue
            owned = next((w for w in self.words[m.last + 1:m.last + 4] if w.role or w.verbal), None)
            last = self.words[m.last]
            if m.role in (TOPIC, SUBJ) or (m.role == GEN and owned is not None and not owned.verbal
                                           and (owned.role in (TOPIC, SUBJ) or owned.particle == "에는")) \
                    or (last.verbal and last.head.endswith(("이었다", "였다", "이다")) and m.kind == "name"):
                return m.entities[0]
        return None

    def _resolve_surname(self, head: str, title: str) -> Entity | None:
        """The most recently mentioned person with this surname (or last name), preferring the title."""
        cands = [e for e in self.entities
                 if head in e.surname_forms or head in e.alias_tails or (e.foreign and e.given == head)
                 or (len(head) >= 3 and head == e.name)]  # a one-word name told again: "하르요노 회장"
        if not cands:
            return None
        same_title = [e for e in cands if title in e.titles or e.title == title]
        pool = same_title or cands
        return max(pool, key=lambda e: e.last_seen)

    def _meeting_of(self, k: int) -> bool:
        """A meeting noun at word k, past a modifier: "두 사람의 (첫) 만남은" names the pair's meeting
        (not "두 사람의 사진", a photo of each)."""
        w = self._word(k)
        if w is not None and w.head in ("첫", "첫번째", "마지막", "비공개", "단독") and not w.role:
            w = self._word(k + 1)
        return w is not None and w.head in _MEETING_NOUNS

    def _group_ref(self, i: int) -> Mention | None:
        w = self.words[i]
        nxt = self._word(i + 1)
        text = w.head
        last = i
        if w.head in GROUP_NUMBERS and nxt and nxt.head in GROUP_NOUNS:
            text = w.head + " " + nxt.head
            last = i + 1
        elif w.head not in GROUP_WORDS - GROUP_NUMBERS:
            return None
        role = self.words[last].role
        if text in KIN_PAIRS and role not in ("obj", "with", "dat") and not (
                self.mentions and self.mentions[-1].last == i - 1 and self.mentions[-1].entities):
            return None  # (a pair of kin alone is a group only as whom someone met, "부자를 맞았다", or
            # after one of them: "윤 회장 부자는")
        if role not in ("topic", "subj", "obj", "with", "dat") and not (
                self.words[last].particle == "의" and self._meeting_of(last + 1)):  # (not "세 총수와의 만남")
            return None
        return Mention(first=i, last=last, start=w.start, end=self.words[last].head_end, surface=text,
                       entities=[], role=role, kind="group")
