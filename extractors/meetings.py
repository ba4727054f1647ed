"""Meeting relations: who met whom in each sentence, with status, mode, date, place and photo.

A sentence reports a meeting when a trigger (회동, 만나, 면담, 접견, 찍은 사진 ...) has persons as
its subject (은/는/이/가) and counterparts (와/과/을/를/에게, lists with 등). Counterparts listed
together meet the subject separately unless a joint cue (함께, 한자리에, 세 사람은) says otherwise;
coordinated subjects ("A와 B가 C와 찍은 사진") meet together.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache
from itertools import pairwise

from extractors.cues import (ALLEGATION, ANY_TRIGGER, ATTACH, ATTENDED, CANCELLED, CEREMONY, CEREMONY_MODIFIERS,
                             COMPOUND_TRIGGER, CONTINUATION, DENIED, DETERMINERS, DIED, EVENT_WORDS, FINITE_PLAN, GATHERING,
                             GROUP_TITLES, HABITUAL, JOINT, KIN, NOT_MEETING_PHRASE, NOT_TRIGGER, NO_PLANS, PHONE,
                             PHOTO, PLANNED_AFTER, PLAN_PAST, POSTING, REPORTED, RUMOUR, SEPARATE, SPACED_WEAK, STRONG,
                             TRIP, TRIP_WORD, TRIP_WORDS,
                             UNCONFIRMED, VIDEO, WEAK, WISH)
from extractors.dates import DateMention
from extractors.hangul import (FINAL_RIEUL, NATIVE_NUMBERS, PAST_SYLLABLES, final_consonant, plain_present,
                              syllables_with_final)
from extractors.lexicon import load_lexicon
from extractors.people import KIN_PAIRS, SPOUSE_WORDS, THE_LATE, Entity, Mention, title_of
from extractors.records import MeetingMention, Participant
from extractors.words import APPOS, DAT, GEN, NONE, OBJ, SENT_END, SUBJ, TOPIC, WITH, Word, sentence_end, sentence_start

# A past-tense syllable (ㅆ fused into the stem: 했, 났, 나눴, 줬).
PAST = re.compile(PAST_SYLLABLES)
# "A와 B의 인연은 지난해 5월 ... 포럼에서 시작됐다": how they first met, a meeting of its own.
_RELATIONSHIP_BEGAN = re.compile(r"인연은 [^.]*(시작됐|시작되었|맺어졌|시작된 것)")
# A posted photo dated by the sentence after it: "이 사진은 ... 지난달 28일 ... 찍은 것".
_PHOTO_TAKEN_ON = re.compile(r"사진은 .*(찍은|촬영한|촬영된|찍힌) 것|사진은 .*(찍었|촬영됐|촬영했|찍혔)")
# Death: "별세하자", "타계한 뒤", "세상을 떠나자".
_DIED = re.compile(f"({DIED})")
# A death told in the adnominal right before a name: "지난 8일 향년 82세로 별세한 고영준 회장".
_DIED_BEFORE = re.compile(f"(?:{DIED})한\\s+$")
# A heading over a paragraph: a bullet, or a date first ("■2023년 6월 | 화상회의", "2021년 3월 — 첫 회동").
_HEADING = re.compile(r"[■□◇◆●○▶▷◈※△▲\-–—]|\d{4}년")
# A live blog's heading by the hour: "10:00 | 라운드테이블 개회", "[14:30] 협약식".
_CLOCK_HEADING = re.compile(r"\[?\d{1,2}:\d{2}\]?(?:\s|$)")
# A photo taken: "서명한 직후 찍었다".
_TAKEN = re.compile(r"(찍었|찍혔|촬영했|촬영됐|촬영된 것|찍은 것)")
# People counted as the noun closing a list: "두 명이", "10여명과", "3명은".
_COUNT_OF_PEOPLE = re.compile(r"(?:\d+여?)?명")

# Meetings counted back: "두 차례 면담에는 (모두)".
# "두 면담에는 모두", "C 부행장은 두 면담에 모두 배석했다"
_COUNTED_MEETINGS = re.compile(r"(?<!\S)(두|세|네) (?:차례(?:의)? )?(\S+?)(에는|에도|에)\s")
# Welcoming the visiting party: "일행을 맞았다", "일행을 맞아 ... 안내했다".
_WELCOMED_PARTY = re.compile(r"일행을 (맞|맞이|영접|환영|안내)")
# A photo shared, "사진을 공개했다", "SNS에 올렸다"; taken or shared, "기념사진을 찍었다".
_SHARED_WORDS = "공개|올렸|게시|업로드|기록|남겼"
_PHOTO_SHARED = re.compile(f"({_SHARED_WORDS})")
_PHOTO_MADE = re.compile(f"({_SHARED_WORDS}|찍었|찍은|찍고|촬영했|촬영을 했|담겼|포착|배포)")
_PRECISION_RANK = {None: 0, "year": 1, "month": 2, "day": 3}
# A trigger closing a quoted name, a particle after the quote: "'치맥 회동'을", "'한일 상의 회의'를".
_NAMED_EVENT = re.compile(r"[가-힣]['’](을|를|이|가|은|는|에|에는|에서|과|와|의|도|으로|로)?$")
# "-ㄹ지": whether they will meet ("마주칠지에 관심", "회동을 가질지 주목"), a question, not a meeting.
WHETHER = re.compile("[" + syllables_with_final(FINAL_RIEUL) + "]지")
# "회의를 열기로 했다": the meeting itself is what was agreed on (not "만나 전기로 합작 제철소 ...": an electric
# furnace).
DECIDED = re.compile(r"^\S+기로\s+(?:했|하|합의|결정|의견|뜻|약속|정했|잠정)")
FUTURE_FORM = re.compile(r"(만날|할|될|가질|나설|만나기로|하기로|갖기로|만나려|하려)$")
COMPANION = re.compile(r"(동행|수행)(했|한|하|해)")
# A meeting retold from the past carries no day of the story it is told in.
RETOLD = re.compile(r"(처음|과거|예전|지난번|전에도|이전에도|그동안|여러 차례|수차례|인연)")
# Who a photo shows, in order, with no predicate: "앞줄 왼쪽부터 A 회장, B 대표.", "(오른쪽부터) A, B".
_ROLL_CALL = re.compile(r"^(?:사진\s*)?(?:(?:앞|뒷|가운데)\s?줄\s*)?\(?(?:왼쪽|오른쪽)\s?(?:부터|은|는)\)?\s[^.]*[^다]\.?$")
_HEADCOUNT = re.compile(r"\d+\s*여?\s*명")  # "대표 4명", "바이어 3명", "20여 명"
UNNAMED_PLURAL = re.compile(r"(들과|들을|들이|들에게|관계자|임직원|경영진|인사|직원|CEO들|총수들)")


@lru_cache(maxsize=4)  # the tokenizer and the words component both ask, one article at a time
def meeting_window(text: str) -> int:
    """How much of the text can matter for meetings: up to the end of the line after the last
    line with a trigger (attendees are named one sentence later; antecedents come earlier).
    0 when no trigger occurs at all, so an article without one costs only its tokenization."""
    last = None
    for last in ANY_TRIGGER.finditer(text):
        pass
    if last is None:
        return 0
    end = text.find("\n", last.end())
    if end < 0:
        return len(text)
    following = text.find("\n", end + 1)
    return len(text) if following < 0 else following


@dataclass
class Trigger:
    index: int  # word index
    strong: bool
    word: Word


@dataclass
class Sentence:
    first: int
    last: int
    start: int
    end: int
    mentions: list[Mention] = field(default_factory=list)
    subjects: list[Entity] = field(default_factory=list)
    meetings: list[MeetingMention] = field(default_factory=list)
    explicit_subject: bool = False
    group_subject: bool = False  # the subject is "두 사람"/"양측": not a topic to carry on
    attached: bool = False  # it named more people of the meeting just reported ("B도 배석했다")
    sitting_in: list[Mention] = field(default_factory=list)  # "..., C 실장이 배석했다" after its meeting
    caption: bool = False  # on a photo caption's line: a photo of the meeting was published
    # meetings told only as the time counted since ("... 회동 이후 3년 만이다"): not what the sentences
    # after it go on about
    earlier: list[MeetingMention] = field(default_factory=list)


# Together, yet not with them: "같은 골프장에서 라운딩을 했지만 ... 동반하지는 않았다", "연설을 들은 뒤 ...
# 따로 대화를 나누지는 못했다"; not there at all: "서 회장과 부슈 CEO는 (체결식에) 참석하지 않았다", "동행했던 박
# 부회장은 드레스덴에는 가지 않고 먼저 귀국했다".
_NOT_ALONG = re.compile(r"(동반|동석|합석|합류|함께|어울리|만나|나누|대면|마주|인사|참석|참여|자리를 갖|자리를 가지|(?<![가-힣])가)"
                        r"[가-힣]*지(는|도|조차)? (않았|못했|않고|못하고)")
# Along on every stop of a trip: "모든 일정에는 C 부사장이 동행했다", "두 일정 모두 C가 동행해 배석했다",
# "C 사장이 동행해 두 차례 면담에 모두 배석했다".
_ALL_ALONG = re.compile(r"(모든|전|전체) (일정|면담|회동|만남|자리)|(두|세|네) (차례 |번의 )?(일정|면담|회동|만남|자리)(에|을|를)? 모두|"
                        r"(일정|기간|출장) 내내|처음부터 끝까지|\d+일 일정에는")
# What someone is regarded as, in the present, tells no schedule: "... 면담하고 계약을 따낸 주역으로 꼽힌다".
_REGARDED = re.compile(r"(꼽힌다|불린다|통한다|평가된다|평가받는다|여겨진다|알려져|풀이된다|해석된다|분석된다)")
# A meeting told as one before the story's: "앞서 지난 16일 ... 간담회에서 ... 밝힌 바 있다".
_EARLIER = re.compile(r"(앞서|바 있)")
# What has been done before, after an adnominal verb: "인사를 나눈 바 있다", "만난 적이 있다", "인사를 나눈 사이다".
_DONE_BEFORE = re.compile(r"\s+(바 있|적이? 있|사이(다|이다|였다)?[.,]?(\s|$))")
# A sentence telling when the meeting just reported took place: "... 연설을 마친 직후였다".
_WHEN_IT_WAS = re.compile(r"(직후|직전|도중|무렵|뒤|후|전|때)(였|이었)다[.\"'”’)]*\s*$")
# A sentence about who someone is ("... 사내에서 '2인자'로 불린다"): background, no topic to go on with.
_PROFILE = re.compile(r"(불린다|꼽힌다|통한다|알려져 있다|인물이다|출신이다|평가받는다)[.\"'”’)]*\s*$")
# Where someone lives or works, visited: "B CEO의 자택에서 만찬을 함께했다".
_HOMES = frozenset(("자택", "집", "사저", "관저", "공관", "집무실", "별장", "저택", "연구실", "사무실", "병실", "작업실"))
# The meeting as what did not happen: "같은 자리에서 만난 것이 아니라 ... 각각 만났다".
_NOT_SO = re.compile(r"(\S+\s+){1,2}(것이|것은|게)\s+아니")
# What an audience does: "연설을 듣고 있다", "공연을 지켜보고 있다" (not "설명을 듣고": a briefing), and
# what a panel on a stage does for it: "청중 질문에 답하고 있다".
_AUDIENCE = re.compile(r"(연설|기조연설|강연|축사|공연|연주|경기|무대)[을를]\s+(듣|지켜보|바라보|관람하|경청하|시청하)"
                       r"|청중(?:의)?\s+질문에\s+답하")
# What an earlier article said: "기사는 A가 ... 만나 ... 논의했다고 전했습니다", "'A, B와 비공개 오찬' 기사와 관련해",
# "'A, B와 도쿄서 회동' 제목의 기사를 실었습니다".
_ARTICLE_SAID = re.compile(r"(?<![가-힣])기사(?:는|에서는|에서|에는|와|과)\s|제목(?:의|으로|을 단)\s기사")
# What prosecutors or investigators hold, which a court's finding the same people's meeting not shown
# refutes: "검찰은 두 사람이 ... 만나 ... 건넸다고 봤다" ... "만났다고 단정할 수 없다".
_CHARGED = re.compile(r"^(?:검찰|특검|수사팀|경찰|검사)(?:은|는|이|가|측은)\s.*고 (?:봤|보고 있|판단했|결론 내렸)")
# A sentence that is what the one before reported: "... 말이 돌았다. 두 사람이 ... 논의했다는 것이다", or as
# a broadcast says it: "... 소문이 있었습니다. 두 회장이 ... 논의했다는 건데요".
_WHAT_WAS_SAID = re.compile(r"다는 (?:(?:것|얘기|이야기)(?:이다|이었다|입니다)|건데요|겁니다|거죠)[.\"'”’]*\s*$")
# One of the people was somewhere else at that time: "... 함께한 CES'라고 적었다. 하지만 실제 오코너 CEO는
# 같은 시간 다른 홀에서 기조연설을 하고 있었다" (an avatar, a stand-in, a staged photo).
_ELSEWHERE = re.compile(r"(하지만|그러나|그런데|다만),?\s+실제(로는|로|는)?\s[^.]*(같은|그) (시간|시각)")
# Two told as in one place who, the next sentence says, did not talk there: "두 사람이 한자리에 있었던 것은
# 국정감사가 유일하다. 당시 ... 서로 대화를 나누지는 않았다".
_NO_TALK = re.compile(r"(당시|그때|그 자리에서|이 자리에서)\s[^.]*(대화|인사|말|이야기|얘기)[를을]?\s(나누|주고받|건네|섞)지(는|도)?\s(않았|못했)")
# Times a topic particle marks, which leave the subject unsaid: "3일에는", "지난해 2월 방한 때는".
_TIME_NOUN_ENDS = ("일", "월", "년", "때", "무렵", "당시", "시절", "직후", "직전", "그제", "그저께", "어제", "오늘", "내일", "모레",
                   "전날", "이튿날", "오전", "오후", "저녁", "아침", "밤", "주말")
# The event held after the one just told: "접견에 이어 열린 투자협약식에는", "면담 뒤 진행된 만찬에는".
_NEXT_EVENT = re.compile(r"\s*\S+\s+(이어|뒤|후|직후)\s*(열린|진행된|마련된)\s")
# The mark opening an item of a column or a notice: "◇", "■", "●".
_ITEM_MARK = re.compile(r"\s*[◇◆■●○]")
# A roundup's marked subheading: "■ 한-베트남 경제인 오찬".
_SUBHEADING = re.compile(r"[ \t]*■[^.]*$")
# How a sentence of running text closes (a headline or a subheading does not).
_SENTENCE_CLOSE = re.compile(r"(다|요|죠|음|함)[.?!]?[\"'”’)]*$")
# "이 밖에 ...", "그 외에도 ...": people besides those of the meeting just told.
_BESIDES = re.compile(r"\s*(이|그) ?(밖에|외에)")
# Where one clause of a sentence ends and the next begins: "C 상무가 동행했고, 경영진은 배석하지 않았다".
_CLAUSE_BREAK = re.compile(r"(?:고|며|으며|지만|는데|나),\s")


def _clause_at(stext: str, pos: int) -> str:
    """The clause of stext that holds position pos."""
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(stext, 0, pos)), default=0)
    end = _CLAUSE_BREAK.search(stext, pos)
    return stext[start:end.start() if end else len(stext)]


# A sentence about the meeting itself: "그린셀라에 따르면 만남은 하루 전인 14일 오전에 이뤄졌다".
_MEETING_ITSELF = re.compile(r"(?:\S+에 따르면\s+)?(?:이번\s+|이날\s+|두 사람의\s+)?(?:만남|회동|면담|회담|만찬|오찬|조찬|미팅)"
                             r"(?:은|는|이)\s")
# Who speaks in an answer: "제가 B 회장님을 처음 뵌 건", "저희는".
_FIRST_PERSON = frozenset(("제", "저", "나", "내", "저희", "우리"))


# A crowd attending ("기업인 200여 명이 참석했다"): an event of many guests, not a meeting of them (a
# signing with "대표 10여 명이 참석했다" is one of every named attendee).
_CROWD = re.compile(r"(?:[5-9]\d|\d{3,}|수백|수천)\s*여?\s*명(?:이|가|이상이|가량이|가량)?\s+(?:\S+\s+)?"
                    r"(?:참석|참가|참여|모였|모여|자리했|운집)")
# Nouns an adnominal makes a fact of ("동반한 것으로 알려졌다", "배석했다는 점이다"), or a person
# named after ("배석한 사람은 C 한 명뿐이었다").
_FACT_NOUNS = frozenset(("것", "점", "사실", "바", "데", "적", "뒤", "후", "만큼", "가운데", "상황", "모습",
                         "사람", "인물", "인사"))
# What an attendance word in the adnominal may modify without telling another event: those facts and
# persons, or the meeting itself ("배석한 자리였다").
_NOT_THINGS = _FACT_NOUNS | EVENT_WORDS
# A copula closing a noun: "점이다", "자리였다".
_COPULA_END = re.compile(r"(이었다|였다|이다|이며|이고|이라|다)$")
# Attending and then doing something there: "A, B 등 8명이 참석해 ... 건의하기로 뜻을 모았다".
_ATTENDED_AND = re.compile(r"(참석|참여)(해|하여|했고|하고|하며)")
# Only the look of a meeting, then what really happened: "마주 앉아 대화하는 형식으로 편집됐지만, 실제로는
# 서면으로 받은 답을 엮은 것이다", "만난 것처럼 보였지만 사실은 ...".
_ONLY_SEEMED = re.compile(r"[^.]{0,12}(형식|것처럼|듯이?|모양새|장면을 연출)[^.]{0,20}지만,?\s+(실제로는|사실은|실은)")
# People caught in one picture by chance: "행사장 전체를 찍은 사진에 두 사람이 우연히 함께 담긴 것".
_BY_CHANCE = re.compile(r"우연히\s+(?:함께\s+|같이\s+|나란히\s+)?(?:담긴|담겼|찍힌|찍혔|잡힌|잡혔|포착)")
# A meeting named in the present as a fact about it: "A가 B를 만나는 것은 처음으로".
_MEETING_AS_SUCH = re.compile(r"\S*는\s+(것은|것이|건)\s")
# The unnamed people who come with someone: "A 회장과 부회장단은", "A 대표와 임원진이".
_ENTOURAGE = re.compile(r"\S*(단|진|들|일행|관계자|참모|측근)")  # (진 covers 임원진, 경영진, 실무진)
# A host showing the visitors around or welcoming them: "C 대표가 직접 생산라인을 안내했다".
_GUIDING = re.compile(r"(안내|맞았|맞이|맞아|영접|환영)")
# No such thing at all, right after the trigger: "골프를 친 적도, 만난 적도 없다", "만난 사실이 전혀 없다",
# "인사를 나눈 기억도 없다"; or nothing shown: "직접 만난 정황은 아직 확인하지 못한 것으로".
_NEVER_HAPPENED = re.compile(r"(\S*\s*){0,2}(일|적|사실|기억)(은|이|도)?(,\s*\S+\s+(일|적|사실)(은|이|도)?)?( 자체가| 자체는)?"
                             r"( 아직| 단 한 번도| 한 번도| 한번도| 전혀| 당분간| 앞으로도)? ?없"
                             r"|\s*(정황|사실|증거)(은|이|는|도)? (아직 )?(확인하지 못|확인되지 않|드러나지 않)")
# The noun 만남 with a particle, which mecab may read as a verb ("일정상 만남은" as 만/JX 남/VV 은/ETM).
_MISREAD_MEETING_NOUN = re.compile(r"만남(?:은|도|이)")
# A verb joined by 'or' to the next one, which then tells for both: "골프를 치거나 따로 만난 사실이 없다".
_OR_ELSE = re.compile(r"\s*\S*(거나|든지)\s+")
# What was done in place of the meeting: "대면 만남 대신 전화 통화로 ... 논의했다".
_INSTEAD_OF = re.compile(r"\S+\s+대신")
# Time counted from the last meeting: "(지난해 12월) 이후 6개월 만", "(2022년 10월 기공식) 이후 2년 5개월 만에",
# "(2024년 11월 서울 회동) 이후 처음이다".
_SINCE_LAST = re.compile(r"\s*(?:\S+\s+){0,3}?(?:이후|이래)\s+(?:(?:\S+\s+){0,3}\S*만(?:이다|에|으로|의|이었다)?|처음(?:이다|으로))")
# The meeting just reported, told as a fact about it: "... 만난 것은 이번이 처음이다".
_THIS_TIME = re.compile(r"\s+(?:것은|것이|건)\s+이번(?:이|에|으로)")
_THIS_MEETING = re.compile(r"(\S+)" + _THIS_TIME.pattern)  # the word before it: "만난 것은 이번이"
# A meeting counted among theirs, closing its sentence: "홀리스 CEO와의 만남은 ... 이후 처음이다", "두 사람의
# 만남은 올해 들어 두 번째다".
_COUNTED = re.compile(r"[^.\n]*?(?:처음|번째)(?:이다|다|입니다)[.\"'”’]*(?:\s|$)")
# Counted since someone took office, not since a meeting: "정 사장이 올해 3월 취임한 이후 처음이다".
_SINCE_OFFICE = re.compile(r"(?:취임|부임|선임|임명|승진)\S*\s+(?:이후|이래)")
# A request: "준비해 달라", "맡아 주길", "만나 주십시오".
_REQUEST = re.compile(r"(달라|주길|주기를|주십시오|주세요)")
# At the meeting just reported: "이 자리에서", "이날 면담에서".
_AT_THIS_MEETING = re.compile(r"(?<![가-힣])(이|그|이날|이번) (자리|면담|회동|만남|오찬|만찬|조찬|회담)에서")
# A month, or a month and day, with no year or direction: "2월", "2월 4일".
_BARE_MONTH = re.compile(r"\d{1,2}월(?: \d{1,2}일)?")
# A meeting proposed: "런던 본사에서 직접 만나 세부 조건을 확정하자고 제안했고".
_PROPOSED = re.compile(r"(?:\s*\S+){0,4}?\S*자['\"’”]?(?:고|는) (?:제안|요청|제의|권유|말했|했|내용)")
# An announcement closing the sentence: "... 의견을 모았다고 밝혔다", "... 논의했다고 전했다".
_ANNOUNCED_END = re.compile(r"[다라]고 (?:밝혔|전했|알렸|발표했)[다습]")
# A sentence opening on a day and its part, as an itinerary goes on: "전날 저녁에는", "이튿날 오전".
_DAY_ITEM = re.compile(r"(?:전날|이튿날|다음\s?날|같은\s?날|당일)(?:인\s\d{1,2}일(?:\(현지\s?시간\))?)?(?:\s(?:오전|오후|저녁|밤|아침))?"
                       r"(?:에는|에|에도)?\s")
# A transcript's speaker mark opening a line: "◆ 남궁지현> ...", "◇ 한수아> ...", "어윤석= ...".
_SPEAKER_TAG = re.compile(r"[ \t]*[◆◇■□●○▶▷]?[ \t]*([가-힣]{2,5})[ \t]?[>=]")
# Where people were together, told as a ceremony: "... 한자리에 있었던 것은 지난해 9월 ... 추도식이었다".
_WAS_A_CEREMONY = re.compile(r"[^.]{0,20}?(?:것은|건)\s[^.]{0,40}?" + CEREMONY.pattern + r"(?:이었다|였다|이다)")
# A meeting taking place, told with the meeting as subject: "오찬 간담회가 이어졌다", "만찬이 열렸다".
_TOOK_PLACE = re.compile(r"(?:이어졌|열렸|진행됐|진행되었|마련됐|마련되었|개최됐|개최되었)")
# A co-signer told after the signing: "청주시의 남궁현 시장도 협약서에 함께 서명했다" (도: the others signed).
_COSIGNED = re.compile(r"도\s+(?:\S+\s+){0,2}(?:함께|같이)\s*서명(?:했|해)")
# How a meeting told as the subject was held: "면담은 ... 화상으로 진행됐다", "회의는 온라인으로 이뤄졌다",
# or what it turned out to be: "'도쿄 회동'은 알고 보니 화상회의였다".
_HELD_BY = re.compile(r"(?:으로|로)\s+(?:진행|이뤄|이루어|열렸|열린)|(?:회의|통화|회담|면담|미팅)(?:였|이었)")
# Who came out to meet a visitor: "이 자리에는 A 대표와 B 총괄이 함께 나와", "현장에는 C 사장이 직접 나와 맞았다".
_CAME_OUT = re.compile(r"\s*(?:이\s?자리|그\s?자리|현장)에는\s[^.]*?(?:나와|나왔|맞았|맞아|맞이했)")
# Someone's home as the place of a meeting: "B 여사 자택에서", "B 회장의 집으로".
_AT_HOME = re.compile(r"(?:자택|사저|집)(?:에서|으로|에)")
# An item of a day told by its hour or part: "오전 9시부터", "정오에는", "이어 오후에는", "저녁에는".
_DAY_PART_ITEM = re.compile(r"(?:이어서?\s)?(?:(?:오전|오후|새벽|아침|저녁|밤)(?:\s?\d{1,2}시(?:\s?\d{1,2}분)?)?|정오)(?:부터|에는|엔|에)\s")
# Agreeing on meeting itself: "다음 달 서울에서 만나자는 데 의견을 모았다", "만나자고 약속했다".
_AGREED_TO_MEET = re.compile(r"\S*자(?:는 데 (?:의견|뜻|합의|공감)|고 (?:약속|합의))")
# A report refuted in the same paragraph or the next: "사실무근", "부인했다", "기사를 바로잡습니다".
_REFUTED = re.compile(r"(사실무근|사실이 아니|사실과 다[르릅른]|부인[했하한]|반박했|일축했|바로잡|오보|명백한 허위)")  # (a correction too)
# The report itself named: "회동 보도", "여의도 회동설", "만찬설".
_REPORT_NAMED = re.compile(r"보도|(?:회동|만남|회담|면담|접촉|밀약|만찬|골프)설")
# A refutation in the next paragraph of another rumour, with no meeting named: "합병설은 사실무근".
_OTHER_RUMOUR = re.compile(r"\S+설[은는이가을를도]")
_MEETING_NAMED = re.compile(_REPORT_NAMED.pattern + r"|만[났난나남]|회동|면담|회담|만찬|오찬|조찬|골프")
# Someone else came in the topic's place: "... 협회 부회장이 대신 참석했다".
_OTHER_STOOD_IN = re.compile(r"\S[이가] 대신 (참석|자리|나섰|나왔)")
# Years spent together, not a meeting: "회장님과 함께한 30년은", "함께해 온 수십 년".
_YEARS_TOGETHER = re.compile(r"(함께|같이)(한|해 온|해온) (\d+|수십|수|십수) ?년")
# In writing, not face to face: "이메일로 의견을 주고받았다", "댓글로 인사를 나눴다".
_IN_WRITING = re.compile(r"(이메일|메일|편지|서신|문자 메시지|메신저|댓글|쪽지)(로|로만|을 통해|를 통해)\s")
# A gathering told as held: "간담회가 열렸다", "만찬이 마련됐습니다".
_GATHERING_HELD = re.compile(r"(열렸|열린다|개최됐|마련됐)")
# Who came from one side of the meeting just reported: "체코 측에서는 A 장관이 총리와 함께 자리했다", "국내에서는
# ... 동행한 A 사장과 B 대표가 자리를 함께했다".
_ONE_SIDE = re.compile(r"\s*(?:\S+\s+){0,2}?\S*(?:측|쪽|국내|한국)에서(?:는|도)\s")


def _from_each_side(stext: str) -> bool:
    """Who attended from each side: "사측에서는 C 상무가, 노조에서는 D 부위원장이 함께 자리했다"."""
    return _ONE_SIDE.match(stext) is not None and ATTENDED.search(stext) is not None


# A predicate negated: "방한하지 못했다", "참석하지 않았다".
_DID_NOT = re.compile(r"지(?:는|도)? (?:못|않)[가-힣]*[.\"'”’)]*\s*$")
# Along on the trip, yet elsewhere that day: "출장에는 C가 동행했지만, C는 같은 날 교토의 연구소를 따로 찾아".
_WENT_APART = re.compile(r"(?:지만|으나|는데),?\s.*(?:따로|별도로|홀로|혼자)")
# "이 자리에서 B 대표는 ...": what someone said or did at the sitting just reported.
_AT_THE_SITTING = re.compile(r"(?:이|그) 자리에서\s")
# Who moderated the gathering just reported: "사회는 C 부회장이 맡았다", "진행은 C 교수가 맡았다".
_MODERATED = re.compile(r"\s*(?:이날\s+)?(?:사회|진행|좌장)(?:는|은)\s.*맡았")
# Who guided the visit just reported: "현장 안내는 C 부사장이 맡았으며", "공장 안내는 C 전무가 직접 맡았다".
_GUIDED = re.compile(r"\s*(?:이날\s+)?(?:\S+\s+)?안내(?:는|도)\s.*맡았")
# Marks that open a transcript's or a list's line: "◆ 멘데스 > ...", "▲ A 회장".
_LINE_MARKS = frozenset("◆◇■□●○▶▷▲△-")
# What was done after an event: "간담회를 마친 뒤", "면담이 끝난 후".
_AFTER_EVENT = re.compile(r"(\S+?)(?:을|를|이|가)\s(?:마친|끝낸|끝난)\s(?:뒤|후|직후)")
# What an adnominal makes an aim of: "체결하는 것을 목표로", "만나는 것이 목표다".
_AIMED_AT = re.compile(r"\s+것(?:을|이)\s+목표")
# What someone meant to do told as a copula: "...매듭짓겠다는 것이었다", "...만나겠다는 구상이다".
_AIM_TOLD = re.compile(r"[가-힣]+겠다는\s+(?:것|구상|계획|목표|생각|방침)이(?:다|었다)")
# A past adnominal closed by "것이다": "대화를 나눈 것이다", "만난 것이었다".
_TOLD_AS_DONE = re.compile(r"\s+것이(?:다|었다)[.\"'”’]*(?:\s|$)")
# Guests of an event: "하객으로 참석했다", "조문객으로 빈소를 찾았다".
_GUESTS = ("하객", "조문객", "관객", "관람객", "내빈")
# A walk of life an event's guests are listed by: "정관계에서는", "재계에서도", "금융권에서는".
_WALK_OF_LIFE = re.compile(r"\s*\S*(?:계|권)에서(?:는|도)\s")
# Seats beside a person: "A 장관 맞은편에는 B가 앉았다".
_SEATS = frozenset(("맞은편", "건너편", "옆", "옆자리", "왼쪽", "오른쪽"))


def sentences_of(words: list[Word]) -> list[tuple[int, int]]:
    """Word-index ranges of sentences: a break after '.', '?', '!' or at a line end."""
    out = []
    first = 0
    for i, w in enumerate(words):
        last_of_line = i + 1 == len(words) or words[i + 1].line != w.line
        if last_of_line or SENT_END.search(w.text):
            out.append((first, i))
            first = i + 1
    return out


def _participant(e: Entity, surface: str | None = None, org: str | None = None, title: str | None = None) -> Participant:
    return Participant(name=e.name, surface=surface or e.name, organization=org or e.org, title=title or e.title,
                       person_id=e.person_id)


def _quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the double-quoted passages between start and end ("..." or “...”)."""
    spans, opened = [], None
    for k in range(start, end):
        ch = text[k]
        if ch == "“" or (ch == '"' and opened is None):
            opened = k
        elif (ch == "”" or ch == '"') and opened is not None:
            spans.append((opened, k + 1))
            opened = None
    return spans


def _unquoted(text: str) -> str:
    """The text with each quotation it opens blanked: after a trigger, what was said at the meeting
    ("간담회를 열고 \"... 돌려야 한다\"고 당부했다"), no wish for it."""
    for a, b in _quotations(text, 0, len(text)):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _within(day: date, when: date | None, precision: str | None) -> bool:
    """Whether a day falls in a meeting's date at its precision (an undated meeting takes any day)."""
    if when is None:
        return True
    return day.year == when.year and (precision == "year" or day.month == when.month and
                                      (precision == "month" or day == when))


def _join(meeting: MeetingMention, people: list[Entity]) -> bool:
    """Add to a meeting the people not already in it (배석, 동행, 일행을 맞은 이); whether anyone was added."""
    have = set(meeting.names)
    add = [e for e in people if e.name not in have and not have.add(e.name)]  # (once each: "견지오 CTO ... 견 CTO")
    meeting.participants += tuple(_participant(e) for e in add)
    return bool(add)


def needy_sentences(text: str, words: list[Word], mentions: list[Mention],
                    meetings: list[MeetingMention]) -> list[tuple[int, int]]:
    """Character spans of sentences where a name without a title may have been missed.

    A sentence with a strong trigger, no meeting, and a proper noun marked as a counterpart
    (와/과, 을/를, 에게) that no person mention covers: "라훌 메타와 차담을 나눴다".
    """
    covered = {(m.char_start, m.char_end) for m in meetings}
    in_mention = {i for m in mentions for i in range(m.first, m.last + 1)}
    out = []
    for first, last in sentences_of(words):
        start, end = words[first].start, words[last].end
        if (start, end) in covered or words[first].line == 0:
            continue
        span = words[first:last + 1]
        if not any(STRONG.match(w.text) for w in span):
            continue
        lex = load_lexicon()
        if any(w.role in (WITH, OBJ, DAT) and w.index not in in_mention and not lex.org(w.head) and (
                "NNP" in w.head_tags or (w.index > 0 and words[w.index - 1].head in lex.given_names))
               for w in span):
            out.append((start, end))
    return out


COMITATIVE = frozenset(("함께", "같이", "나란히"))
# The first parts of the compound strong triggers ("기념" of 기념촬영): a cheap test before joining words.
_TRIGGER_HEADS = frozenset(t[:k] for t in load_lexicon().cues["strong_triggers"] for k in range(1, len(t)))
# Weak triggers that need two people in one place: talk ("두 사람은 ... 대화를 나눴다"), ties or a pact
# formed together ("A와 B는 ... 처음 인연을 맺었다"), a table sat around ("A, B, C가 원탁에 둘러앉았다"),
# hands shaken or held ("두 사람이 손을 맞잡은 사진").
CONVERSE = re.compile(r"(대화|의견|나눴|나누|나눈|환담|맺었|체결했|서명했|둘러앉|맞잡|맞대|맞댄|맞댔)")
# Discussed, which tells two people together after a visit just told ("B가 ... 본사를 찾았다. A는 ... 그를
# 맞았고, 두 사람은 ... 금융 조건을 협의했다"), not in general (companies discuss by letter).
_DISCUSSED = re.compile(r"(협의|논의)")
# Talk between people, the object of 나누다 or a word of its own: "대화를 나눴다", "환담했다".
_TALK = re.compile(r"(대화|환담|이야기|얘기)")
# An event's day: "22일 열린 출범식에서 찍은 사진이 공개됐다" was taken that day, whenever posted.
_HELD_EVENT = re.compile(r"(열린|열렸던|개최된|진행된)$")
# Touch: who shook hands or embraced met, even in the hall of a ceremony ("출범식에서는 A와 B가
# 손을 맞잡았다").
_TOUCH = re.compile(r"(맞잡|악수|포옹|끌어안|껴안)")
# Each on their own, or in writing: "두 총수는 합의서에 각자 서명했다", "서면 방식으로 MOU를 체결했다".
_EACH_APART = re.compile(r"각자|각각|서면|우편")


def _is_copula(word: Word) -> bool:
    """"...주도해 만든 모임이다": a meeting word as what something is names no meeting held."""
    return bool(word.tags) and word.tags[0].startswith("NN") and any(t.startswith("VCP") for t in word.tags[1:])


def _time_of_day(word: Word) -> bool:
    """"28일 저녁 서울에서", "저녁에": the evening as a time, not a dinner ("저녁을 함께했다")."""
    return word.head == "저녁" and word.particle in ("", "에", "에는", "께")


def _one_family(a: Entity, b: Entity) -> bool:
    """Two people of one family name: a Korean surname, a Western last name, or the first word of
    a name written family name first ("가네모토 요시오", "가네모토 다쿠야")."""
    return a.surname == b.surname or (a.foreign and b.foreign and a.name.split()[0] == b.name.split()[0])


def _adnominal(word: Word) -> bool:
    """A verb form in the adnominal ending (-ㄴ/-는/-ㄹ/-던): it modifies the noun after it ("참석한
    정상회의", "동행한 C 대표")."""
    return bool(word.tags) and word.tags[-1].endswith("ETM")


def _future(word: Word) -> bool:
    """A verb in the future adnominal form (-ㄹ: 만날, 이뤄질, 가질) or an explicit plan form; not
    one in the past ("만났을 때", "만났을 것으로")."""
    if PAST.search(word.text):
        return False
    if FUTURE_FORM.search(word.text):
        return True
    return _adnominal(word) and final_consonant(word.head[-1:]) == FINAL_RIEUL


def _means_to(word: Word) -> bool:
    """A meeting verb of intention, -겠- ("정 시장과 직접 만나겠다는 뜻을 밝혔다") or -려는/-려고 ("워드
    CEO를 만나려는 곳은"): one still to come."""
    return word.verbal and ("겠" in word.text or _INTENT.search(word.text) is not None) and not PAST.search(word.text)


def _will_be(clause: str) -> bool:
    """A future adnominal and 것 ("조찬 회동을 가질 것이라는 말이 돌았다", "만날 것으로") or 생각, an
    intention ("만나 ... 이야기할 생각\"이라고 밝혔다"): what is to come, however the sentence closes."""
    words = clause.split()
    return len(words) >= 2 and words[1].startswith(("것", "생각")) and final_consonant(words[0][-1]) == FINAL_RIEUL


def _plan_closing(tail: str) -> bool:
    """A plan word in the text after a past verb that closes a clause ("만났을 것으로 보인다"), not
    one describing a noun ("진출했거나 진출을 검토 중인 기업 대표들과")."""
    return any(not tail.startswith("인", m.end()) for m in FINITE_PLAN.finditer(tail))


def _present_final(word_text: str) -> bool:
    """"만난다", "회동한다": news writes scheduled events in the plain present, also when it reports
    them ("간담회를 연다고 밝혔다")."""
    text = word_text.rstrip(".\"'”’")
    return plain_present(text) or (text.endswith("다고") and plain_present(text[:-1]))


_CONDITION = re.compile(r"[^서]면[,\"'”’]?$")  # "만나면", not "만나면서"
_AS_SOON_AS = re.compile(r"는 대로 ")  # "사태가 진정되는 대로"
_INTENT = re.compile(r"려(?:는|고)[,\"'”’]?$")  # "만나려는", "만나려고"
_QUOTE_CLOSE = re.compile(r"[\"”’']+(고|라고|며|면서|라며)?$")
# A photo caption's line: "▲ A(오른쪽)와 B가 ... 악수하고 있다", or a photo credit "[사진=LG전자 제공]".
# So is a line placing its people in the picture: "A 회장(오른쪽)이 ... B CEO와 악수하고 있다." (Not a
# briefing's item under ▲: "▲'중동 큰손'의 서울 행보=A 부사장이 ... 늘리고 있다.")
_CAPTION = re.compile(r"^\s*[▲△](?![^=\n]{1,40}(?<!사진)=).*(고 있다|왼쪽|오른쪽|가운데)|사진\s*=|\(사진\)|\[사진\]"
                      r"|\((왼쪽|오른쪽|가운데)[^)]{0,8}\).*고 있다")
# A photo's credit on a line of its own: "[사진1=한국산업연합회 제공]", "(사진=뉴스 공동취재단)".
_PHOTO_CREDIT = re.compile(r"\s*[\[(]사진\d*(?:-\d+)?\s*=[^\])]*[\])]\s*")
# Coming to see someone, in an interview answer the interviewee: "찾아왔", "방문했", "들렀".
VISIT = re.compile(r"(찾아왔|찾아온|방문했|방문한|들렀|들른)")
# The question lines of a Q&A interview: "─ 투자 유치 과정이 화제였다.", "Q. 이번 방한 목적은".
_QUESTION_LINES = re.compile(r"^\s*(?:[─―—–-]|Q[.:])", re.M)
# A time still to come that no date names: "하반기 중", "연내", "조만간".
_LATER_TIME = re.compile(r"(?<!지난해 )(?<!작년 )(?<!지난 )(?<!\d년 )(하반기|상반기|연내|연말|내년|조만간|추후|향후|가까운 시일|다음 달|다음달|내달|다음 주|다음주)")
# The occasion the sentence before announced, told in the present: "A와 B가 ... 논의하는 자리다", "양측이
# 처음으로 한자리에 앉는 자리라 관심이 컸다".
_OCCASION_TOLD = re.compile(r"(?<![가-힣])자리(?:(?:다|이다|가 된다)[.\"'”’]*$|(?:라|이라|여서|인 만큼)\s)")
# A sentence summing up what was just told: "세 총수를 하루에 모두 만난 셈이다".
_SUMMED_UP = re.compile(r"셈이다[.\"'”’]*\s*$")
# A schedule that clashed with another: "B 총재의 해외 일정이 겹치면서" tells why a meeting failed, not a trip.
_CLASHED = ("겹치", "겹쳐", "겹친", "겹쳤", "맞지", "어긋", "엇갈")
# What someone is doing over days, told of as a whole: "표 회장의 '릴레이'는", "그의 광폭 행보는".
_DOINGS = re.compile(r"['‘\"“]?(행보|릴레이|동선|발걸음|강행군|광폭 행보)['’\"”]?")
# A caption's present progressive closing it: "... 김치를 담그고 있다."
_SHOWN_DOING = re.compile(r"고 있다\.?$")
# An embedded question: "무슨 이야기를 나눴는지는", "누구를 만나는지도".
_ASKED = re.compile(r"는지(?:는|도|를|가|조차|까지)?$")
# A meeting of two alone, which no companion of the trip sat in on.
_ONE_ON_ONE = re.compile(r"(단독|일대일|1대1|단둘이|독대)")
# A sentence telling what a rumour holds: "소문에는 두 사람이 ... 만찬을 함께했다는 정황까지 담겨".
_TOLD_IN_RUMOUR = re.compile(r"\s*(?:이\s)?(?:소문|루머|지라시|찌라시|풍문|의혹|제보)(?:에는|엔|에서는|에선|에 따르면)\s")
# Words that take 와/과 and tell no meeting: "A와 관련된", "A와 달리", "A와 비교해", "A와 무관한".
_WITH_NO_MEETING = re.compile(r"(?:관련|연관|무관|달리|비교|비슷|유사|얽힌|엮인|맞먹)")
# What investigators suspect or charge, told as reported speech: "검찰은 A가 ... B와 골프를 치며 ...
# 논의했다고 의심하고 있다", "... 만나 ... 건넸다고 기소했다" (alleged, not reported as held).
_SUSPECTED = re.compile(r"[가-힣](?:다|라)고\s+(?:[^\s.]+\s+)?(?:의심|기소)")
# What was still ahead, some time off: "회동을 두 시간 앞두고", "만찬을 하루 앞두고".
_AHEAD = re.compile(r"^\S*(을|를) (?:\S+ ){1,2}앞두")
# A decision closing the sentence: "... 이어가기로 했다", "열기로 합의했다".
_DECIDED_LATER = re.compile(r"(기로|방향으로) (잠정 |최종 )?(했|합의|결정|약속)")
# An intention closing it, a plan when a later time is named: "다음 주 중 ... 만나 직접 설명하겠다".
_MEANT_LATER = re.compile(r"[가-힣]겠다(?:고|[\"'”’.]|$)")
# Agreed they should, in the past tense too: "가까운 시일 안에 직접 만나 대화를 이어가자는 데에도 공감했다".
_AGREED_SHOULD = re.compile(r"자는 데(?:에도|에|도)? (?:공감|합의|뜻을|의견을)")
# A timeline's item, told in noun phrases: "▲2024.3.5 = A 회장, B 사장과 첫 회동.", "◇1월 8일, 미국 라스베이거스
# — C CEO와 조찬.", "▷7월 초 서울 본사 — D 부국장과 화상 면담."
_TIMELINE_BULLETS = "▲△■◆◇▷▶●○·-"
_TIMELINE_ITEM = re.compile(r"\s*[" + _TIMELINE_BULLETS + r"]?\s*(?:\d{4}\s*[.년]\s*\d{1,2}\s*[.월]\s*(\d{1,2}\s*일?\.?\s*)?[=:]"
                            r"|(?:\d{4}년\s*)?\d{1,2}월(?:\s*\d{1,2}일)?[^\n—–=:.]{0,30}\s[—–=:]\s)")
# An answer line: a quotation, or "A." after "Q." lines.
_ANSWER_LINE = re.compile(r"\s*(?:[\"“]|A[.:]\s)")
_SAID = re.compile(r"[\"“”]|[다라]고 (답|말|밝|전|강조|설명|덧붙|요청|당부)")
# What a meeting's host did to it, told before its word: "B 회장이 마련한 오찬", "B 대사가 주최한 만찬".
_HOSTED = re.compile(r"(?:마련|주최|주재|개최)한$|베푼$")
# Whom a meeting's subjects met, counted and not named: "기관투자가 30여곳을", "기업인 10여명과".
_COUNTED_OTHERS = re.compile(r"\d+\s?(?:여\s?)?(?:곳|명|개사|개 기업|개국)(?:을|를|과|와|씩)\s(?:\S+\s)?$")
# A meeting word told as a rumour: "회동설", "'사전 회동설'도", and "회동설도", which mecab reads as
# 회동/NNG 설도/NNG.
_RUMOURED = re.compile(r"설도?['\"‘’“”]*$")
# A reply to what the clause before asked: "B 장관도 참석하겠다고 답한 것으로 전해졌다".
_ANSWERED = re.compile(r"[다라]고 (?:화)?답(?:했|한|하)")
_SENTENCE_BREAK = re.compile(r"[가-힣][.?!][\"'”’)]*\s")
# Words that put a sentence's meetings one after another ("오찬을 한 데 이어", "만난 뒤").
_IN_TURN = re.compile(r"(이어|뒤|후에|후 |다음|앞서|이후|했고|났고|이었고|였고)")


def _join_together(made: list[MeetingMention], stext: str) -> list[MeetingMention]:
    """"A는 B와 함께 공장을 찾아 C의 안내로 둘러봤다": the meetings one sentence makes together
    with the same subject, in one clause chain, are one joint meeting."""
    if len(made) < 2 or "함께" not in stext or _IN_TURN.search(stext) or SEPARATE.search(stext):
        return made
    first = made[0]
    kind = (first.status, first.mode, first.date)
    if any((m.status, m.mode, m.date) != kind or m.participants[0].name != first.participants[0].name for m in made):
        return made
    have = {p.name for p in first.participants}
    extra = tuple(p for m in made[1:] for p in m.participants if p.name not in have and not have.add(p.name))
    first.participants = first.participants + extra
    return [first]


def _drop_denied_in_sentence(made: list[MeetingMention]) -> list[MeetingMention]:
    """"A와 B는 같은 골프대회에 출전했으나 ... 두 사람이 따로 만난 사실은 없다": a sentence that denies
    its people met on that day tells no meeting of theirs on it; nor one that tells it was called off
    ("함께 참석하기로 했던 간담회가 ... 무산된 것을 두고 \"두 분이 한자리에 앉는 모습을 보지 못해\"")."""
    denied = [m for m in made if m.status in ("denied", "cancelled")]
    return [m for m in made if m.status != "occurred" or not any(
        d.names == m.names and d.date in (None, m.date) for d in denied)]


def _drop_subsumed(made: list[MeetingMention]) -> list[MeetingMention]:
    """Within one sentence, a meeting whose people all sit in a bigger one of the same kind and day
    is it ("지난해 11월 처음 인사를 나눴고, 지난 5월에는 ... 다시 만났다" are two). A bigger one
    with no day of its own is on the day of the one it takes in ("7월 14일 A가 B와 오찬 회동을 했고,
    B가 A, C와 찍은 사진을 올렸다")."""
    for m in made:
        if m.date is None:
            dated = next((o for o in made if o.date is not None and o.names <= m.names
                          and (o.status, o.mode) == (m.status, m.mode)), None)
            if dated is not None:
                m.date, m.date_precision = dated.date, dated.date_precision
    out = []
    for m in made:
        names = m.names
        if any(o is not m and names <= o.names and (names != o.names or made.index(o) < made.index(m))
               and (o.status, o.mode, o.date) == (m.status, m.mode, m.date) for o in made):
            continue
        out.append(m)
    return out


class MeetingFinder:
    """Reads sentences left to right, keeping the previous subject and meeting for ellipsis."""

    def __init__(self, text: str, words: list[Word], mentions: list[Mention], dates: list[DateMention],
                 published: datetime | None):
        self.text = text
        self.words = words
        self.mentions = mentions
        self.dates = dates
        self.published = published
        self.meetings: list[MeetingMention] = []
        self.prev: Sentence | None = None
        self.prev_meetings: list[MeetingMention] = []  # the last sentence that reported meetings
        self.recent: list[MeetingMention] = []  # meetings of the sentence just before
        self._sentence_ranges = sentences_of(words)
        # where a trigger word sits in a phrase that tells no meeting ("150주년을 맞은")
        self._no_meeting_spans = [m.span() for pattern in (NOT_MEETING_PHRASE, _YEARS_TOGETHER)
                                  for m in pattern.finditer(text)]
        # (a word inside a person's apposition is no trigger: the company "만남에프앤비" in "피윤정
        # 만남에프앤비 대표와")
        self._in_mentions = {i for m in mentions if m.kind == "name" for i in range(m.first + 1, m.last)}
        questions = list(_QUESTION_LINES.finditer(text))
        self._qa_interview = len(questions) >= 2  # two question lines or more
        # (its introduction ends where the first question line starts)
        self._intro_end = questions[0].start() if questions else len(text)
        # the people of each caption that names two or more, and the days it gives
        self._captioned: list[tuple[set[str], set[date]]] = []
        self._roll_called: MeetingMention | None = None  # the meeting a caption's roll call completed
        # People who met, not named yet ("네 사람이 모였다", "삼남매가 모였다"): how many (when
        # counted), the sentence and its trigger.
        self._gathered_unnamed: tuple[int | None, Sentence, Trigger] | None = None
        self._crowd = False  # the last sentence told of a crowd attending an event
        self._crowded: set[str] = set()  # the events told as attended by a crowd ("만찬에는 ... 250여명이 참석했다")
        # A host's meeting with people not yet named ("대표들과 간담회를 열고"), whose attendees
        # the next sentence may list ("간담회에는 A, B, C 대표가 참석했다").
        self.pending: tuple[list[Entity], Sentence, Trigger] | None = None
        self._actor: Sentence | None = None  # the last sentence whose own subjects met someone
        self._day_actor: list[Entity] = []  # who the last item of a day told by its hour met someone
        # The people who travel with someone ("출장에는 A 전무가 동행했다"): they sit in on the
        # meetings of the trip reported after it.
        self.companions: tuple[list[Entity], list[Entity]] | None = None
        # A visit with no one named there ("23일에는 B사 공장을 찾았다"): the visitors, the sentence
        # and its trigger, for the host the next sentence names ("C 대표가 직접 생산라인을 안내했다").
        self._visit: tuple[list[Entity], Sentence, Trigger] | None = None
        self._item_first = 0  # the first word of the column item being read ("◇ ...")
        # Where the last timeline item's line ends, and the sentence the story went on with before the
        # timeline began: each item goes on with that subject, not with the item before's.
        self._timeline: tuple[int, Sentence | None] | None = None
        self._deaths: dict[str, date] = {}  # who the article told died, and the day
        self._late: set[str] = set()  # who the article names as the late

    def run(self) -> list[MeetingMention]:
        by_word = {}
        for m in self.mentions:
            by_word[m.first] = m
        self._deaths = self._death_days()
        # who the article names as the late anywhere ("故 고영준 회장", "지난 8일 별세한 고영준 회장")
        self._late = {e.name for m in self.mentions if m.kind == "name" and (
            THE_LATE.search(self.text, max(0, m.start - 6), m.start)
            or _DIED_BEFORE.search(self.text, max(0, m.start - 12), m.start)) for e in m.entities}
        sentences = []
        for first, last in self._sentence_ranges:
            sent = Sentence(first, last, self.words[first].start, self.words[last].end)
            sent.caption = self._in_caption(sent)
            sent.mentions = [by_word[i] for i in range(first, last + 1) if i in by_word]
            self._coordinate(sent.mentions)
            pending = self.pending
            self._sentence(sent)
            if self.pending is pending and sent.mentions:
                self.pending = None  # (a sentence naming no one leaves the gathering waiting for its guests:
                # "... 불러 비공개 오찬을 했다. 대통령실은 오찬이 끝난 뒤 ... 공개했다. 재계에선 A, B 등이 자리했다")
            told = [m for m in sent.meetings if m not in sent.earlier]
            if told or not (sent.earlier or sent.attached or self._goes_on(sent)):
                self.recent = told
            sentences.append(sent)
        self._date_from_next(sentences)
        self._date_restated(sentences)
        self._deny_elsewhere(sentences)
        self._deny_reported()
        self._share_photos()
        return self.meetings

    def _date_as_told(self, sent: Sentence, made: list[MeetingMention]) -> None:
        """A sentence with no date of its own that tells more of a meeting already dated ("강
        회장과의 회동은 ... 진행됐다" after "전날 오전 강 회장을 만났고"): the same people, the same
        status, that meeting's date."""
        if any(sent.start <= d.start < sent.end for d in self.dates if d.date is not None):
            return
        for m in made:
            earlier = next((e for e in reversed(self.meetings) if e.names == m.names and e.status == m.status
                            and e.date is not None), None)
            # (unless a date was told since: "계기는 지난해 3월 첫 방한이다. A는 만찬을 열어 그를 맞았고")
            if earlier is not None and not any(earlier.char_end <= d.start < sent.start for d in self.dates
                                               if d.date is not None):
                m.date, m.date_precision = earlier.date, earlier.date_precision

    def _counted_meetings(self, stext: str) -> list[MeetingMention]:
        """"두 차례 면담에는 모두 A가 배석했다": the last that many meetings, one per day and people."""
        counted = _COUNTED_MEETINGS.search(stext)
        if counted is None or counted.group(2) not in EVENT_WORDS:
            return []
        n = NATIVE_NUMBERS[counted.group(1)]
        out: list[MeetingMention] = []
        for m in reversed(self.meetings):
            if RETOLD.search(m.sentence):
                continue  # (not their first meeting told since: "두 사람은 지난해 9월 처음 인사를 나눈 사이다")
            if len(out) < n and not any(m.names == o.names and m.date == o.date for o in out):
                out.append(m)
        return out if len(out) == n else []

    def _whether(self, t: Trigger) -> bool:
        """The trigger, or the verb taking it as object ("회동을 가질지도"), asks whether they will meet
        (also as "-ㄹ 수 있을지": "다시 마주 앉을 수 있을지는")."""
        # (the first verb after a noun trigger: "회동을 가질지도", "그 자리에서 첫 대면이 이뤄질지")
        verb = t.word if t.word.verbal else next(
            (w for w in self.words[t.index + 1:t.index + 5] if w.verbal and w.line == t.word.line), t.word)
        if self.words[verb.index + 1:verb.index + 2] and self.words[verb.index + 1].head == "수" and \
                verb.index + 2 < len(self.words):
            verb = self.words[verb.index + 2]
        # (or what they did asked about, "무슨 이야기를 나눴는지는 공개되지 않는다")
        return bool(WHETHER.search(t.word.text) or WHETHER.search(verb.text) or _ASKED.search(t.word.text)
                    or _ASKED.search(verb.text)) or \
            self.text[t.word.end:t.word.end + 4].lstrip().startswith("여부")  # "회동 여부에 관심이 쏠렸다"

    def _share_photos(self) -> None:
        """"두 사람은 면담을 마친 뒤 ... 기념사진을 찍었다": a photo of some of a dated meeting's
        people, taken that day, is that meeting's photo; one of no day of its own is the latest such
        meeting's. A caption showing
        two or more people ("[사진] ... A(가운데)와 B, C가 건배하고 있다") is a published photo of
        the meeting they are all in, wherever the article reports it: the one on the caption's day,
        else the latest one, not an earlier meeting of the same people told in passing; one showing
        one person with others unnamed ("A(가운데)가 ... 참석자들과 기념사진을") is the photo of that
        person's biggest gathering."""
        held = self._held()
        for names, days in self._captioned:
            shown = [m for m in held if names <= m.names]
            if len(names) == 1:  # one named among others unnamed: the biggest gathering of theirs
                shown = [m for m in shown if len(m.names) == max(len(x.names) for x in shown)]
            dated = [m.date for m in shown if m.date is not None]
            when = days or ({max(dated)} if dated else set())
            shown = [m for m in shown if m.date is None or not when or m.date in when]
            # (of two that day, the one of just the people shown: the reception, not the dinner after it)
            shown = [m for m in shown if m.names == names] or shown
            for m in shown:
                m.photo_op = True
        for photo in [m for m in held if m.photo_op]:
            same_day = [m for m in held if not m.photo_op and m.date is not None and photo.names <= m.names
                        and photo.date in (None, m.date) and not RETOLD.search(m.sentence)]
            if photo.date is None:  # (a photo of no day of its own: the latest such meeting, not every one)
                same_day = [m for m in same_day if m.date == max(x.date for x in same_day)]
            for m in same_day:
                m.photo_op = True

    def _answering(self, sent: Sentence, stext: str) -> bool:
        """The sentence quotes only the other side of the meeting just reported ("헤이스 차관은
        \"...\"고 답했다") or tells what they did not do ("모리슨 CEO는 ... 방한하지 못했다"); a
        sentence that tells what they did may make them the topic."""
        if not self.prev_meetings or self.prev is None or not (_SAID.search(stext) or _DID_NOT.search(stext)):
            return False
        others = {p.name for m in self.prev_meetings for p in m.participants} - {e.name for e in self.prev.subjects}
        return bool(others) and all(e.name in others for e in sent.subjects)

    def _goes_on(self, sent: Sentence) -> bool:
        """A sentence that only goes on about the meeting just reported, naming no one ("회동은
        1시간가량 이어졌다", a photo credit) or its people together ("두 사람은 AI 협력 방안을
        논의했다"): "이 자리에는" after it still points at that meeting. One of them alone may be off
        to another event ("황 CEO는 같은 날 특별연설에서 ...")."""
        if self._gathered_unnamed is not None and self._gathered_unnamed[1] is sent and \
                self._gathered_unnamed[2].word.particle in ("이", "가") and _GATHERING_HELD.search(self.text, sent.start, sent.end):
            return False  # ("오후 3시에는 ... 간담회가 열렸습니다": a gathering of its own, its people told next)
        present = {p.name for m in self.recent for p in m.participants}
        named = {e.name for m in sent.mentions for e in m.entities}
        # (a sentence about another event, "전날에는 패널 토론에 연사로 나섰다", does not go on; one
        # of them welcoming the other's party, "김 의장은 본사에서 왕 회장 일행을 맞았다", does)
        stext = self.text[sent.start:sent.end]
        # ("황 CEO가 특별연설을 마친 직후였다": when the meeting was, after another event)
        # ("오카다 대사가 ... 만난 것은 이번이 처음이다": a fact about the meeting itself; "펠드만 총괄은
        # ... '구매 실세'로 불린다": who one of them is, an aside inside the paragraph)
        # ("알하르비 대표는 이 자리에서 ... 물은 것으로 알려졌다": what one of them did there)
        aside = (_PROFILE.search(stext) is not None and self.text[sent.end:].lstrip(" \t")[:1] not in ("\n", "")) \
            or _AT_THIS_MEETING.search(stext) is not None
        return (not named and not CEREMONY.search(stext) and not _CROWD.search(stext)) or \
            _WHEN_IT_WAS.search(stext) is not None or \
            any(STRONG.match(m.group(1)) for m in _THIS_MEETING.finditer(stext)) or \
            ((len(named) >= 2 or _WELCOMED_PARTY.search(stext) is not None or aside) and named <= present)

    def _held(self) -> list[MeetingMention]:
        """The meetings reported so far that took place in person."""
        return [m for m in self.meetings if m.status == "occurred" and m.mode == "in_person"]

    def _deny_elsewhere(self, sentences: list[Sentence]) -> None:
        """A meeting the next sentence puts one of its people somewhere else at the same time, or
        says they did not talk at, did not take place as told."""
        for sent, nxt in pairwise(sentences):
            if not sent.meetings:
                continue
            if _NO_TALK.match(self.text, nxt.start, nxt.end):
                for meeting in sent.meetings:
                    if meeting.status == "occurred" and meeting.mode == "in_person":
                        meeting.status = "denied"
                continue
            if not _ELSEWHERE.match(self.text, nxt.start):
                continue
            there = {e.name for m in nxt.mentions for e in m.entities}
            for meeting in sent.meetings:
                if meeting.status == "occurred" and meeting.names & there:
                    meeting.status = "denied"

    def _deny_reported(self) -> None:
        """An article that reports a meeting as denied is about that denial: the same people's
        meeting it also retells from a report ("한 매체는 두 사람이 만났다고 보도했다") is the denied one."""
        denied = [m.names for m in self.meetings if m.status == "denied"]
        for m in self.meetings:
            if m.status != "occurred":
                continue
            before = self.text[self.text.rfind("\n", 0, m.char_start) + 1:m.char_start]
            # (or told as what the report before it said: "... 말이 돌았다. 두 사람이 ... 만나 논의했다는 것이다")
            content = _WHAT_WAS_SAID.search(m.sentence) is not None and REPORTED.search(before) is not None
            retold = REPORTED.search(m.sentence) is not None or content
            same_denied = any(len(names & m.names) >= 2 and names <= m.names for names in denied)
            # (an earlier article retold, "기사는 A가 ... B와 조찬 회동을 갖고 ... 전했습니다", is denied only by
            # the same people's meeting denied: a correction may fix only its day or who sat in)
            if (same_denied and (retold or _ARTICLE_SAID.search(m.sentence) or _CHARGED.search(m.sentence))) or (
                    retold and self._report_refuted(m, before)):
                m.status = "denied"

    def _report_refuted(self, m: MeetingMention, before: str) -> bool:
        """Whether a retold report is refuted: the denial may name only some of the people reported
        ("B 회장이나 C 대표를 만난 적도 없다") or none, and stand after it (`_refuted_after`), in the
        sentence before it in its paragraph ("A 의원은 회동 보도를 정면으로 부인했다. 한 매체는 ...", "... 회동설은
        명백한 허위\"라고 밝혔다. 앞서 한 언론은 ..."), in the
        answer to a question about it ("... 보도가 나왔는데요. 사실입니까?" / "태강그룹은 부인했습니다", or
        the report asked of itself: "... 만난 적이 있다는 보도도 있었죠?" / "... 부인했습니다"), or
        in a correction ("... 보도했습니다. 확인 결과 ... 바로잡습니다", or under "[바로잡습니다] ...")."""
        if self._refuted_after(m) or (_REFUTED.search(before) and _REPORT_NAMED.search(before)):
            return True
        asked = _QUESTION_LINES.match(self.text, m.char_start - len(before)) or self._asked_after(m.char_end) or \
            m.sentence.rstrip(" \"'”’").endswith("?")  # ("앵커: 두 사람이 만난 적이 있다는 보도도 있었죠?")
        if asked and _REFUTED.search(self._answer_after(m.char_end)):
            return True
        return "바로잡" in self.text[m.char_end:] or "바로잡" in self.text[:self._line_end_at(0)]

    def _refuted_after(self, m: MeetingMention) -> bool:
        """A refutation in the rest of the meeting's line or the next one, unless it answers another
        meeting told denied before it ("... 라운딩을 했다는 제보였다." / "지난 4월에는 B와 C가 만났다는
        '회동설'이 돌았지만, 양측이 모두 ... 부인하면서": B and C's denial, not the tip's). The next line is
        the next paragraph, blank lines between paragraphs skipped; a refutation there does not count
        when that line refutes another rumour and names no meeting or report ("합병설은 사실무근")."""
        hit = _REFUTED.search(self.text, m.char_end, self._line_end_at(m.char_end))
        next_start, next_end = self._next_line(m.char_end)
        if hit is None and (hit := _REFUTED.search(self.text, next_start, next_end)):
            if _OTHER_RUMOUR.search(self.text, next_start, next_end) and \
                    not _MEETING_NAMED.search(self.text, next_start, next_end):
                return False
        return hit is not None and not any(
            o.status == "denied" and m.char_end <= o.char_start < hit.start() and len(o.names & m.names) < 2
            for o in self.meetings)

    def _asked_after(self, at: int) -> bool:
        """Whether the line goes on from `at` to a question: a host's "... 만났다는 보도가 나왔는데요.
        사실입니까?", answered in the next paragraph."""
        return "?" in self.text[at:self._line_end_at(at)]

    def _answer_after(self, at: int) -> str:
        """The answer line after a question line (blank lines skipped): "Q. ... 만났다는 보도가 있었다." /
        "A. 사실이 아니다."."""
        start, end = self._next_line(at)
        return self.text[start:end]

    def _next_line(self, at: int) -> tuple[int, int]:
        """Start and end of the first non-blank line after the line holding `at` (the next paragraph);
        both the text's end when there is none."""
        end = self._line_end_at(at)
        start = len(self.text) - len(self.text[end:].lstrip())
        return start, self._line_end_at(start)

    def _date_from_next(self, sentences: list[Sentence]) -> None:
        """A lead sentence often reports a meeting without its day, and the next sentence gives
        it ("A 회장이 B 대표를 만났다. 14일 업계에 따르면 A 회장은 ..."): a dateless meeting takes a
        day from the next sentence that names one of its people again without a trigger of its own."""
        for k, sent in enumerate(sentences):
            for meeting in sent.meetings:
                if meeting.date is not None or meeting.status != "occurred":
                    continue
                if PHOTO.search(meeting.sentence):
                    # a photo's day is not its posting day; the next sentence may say when it was
                    # taken ("사진은 강 회장이 지난달 28일 ... 방문했을 때 찍은 것이다")
                    self._photo_day(meeting, sentences[k + 1:k + 2])
                    continue
                names = meeting.names
                for nxt in sentences[k + 1:k + 2]:
                    if nxt.meetings or not any(e.name in names for m in nxt.mentions for e in m.entities):
                        continue
                    if PHOTO.search(self.text[nxt.start:nxt.end]):
                        continue  # "SK그룹은 1일 두 사람이 악수하는 사진을 공개했다": the day it was shown
                    days = [d for d in self.dates if nxt.start <= d.start < nxt.end and d.precision == "day"
                            and d.aside != "reported"]
                    if len(days) == 1 and days[0].end_date in (None, days[0].date) and \
                            not self._after_publication(days[0].date, "day"):
                        meeting.date, meeting.date_precision = days[0].date, "day"

    def _date_restated(self, sentences: list[Sentence]) -> None:
        """"만남은 하루 전인 14일 오전에 이뤄졌다": a sentence about the meeting itself, naming no one,
        gives the day of the meetings the sentence before reported (over a posting day)."""
        for prev, sent in pairwise(sentences):
            if sent.mentions or sent.meetings or not prev.meetings or \
                    not _MEETING_ITSELF.match(self.text, sent.start, sent.end):
                continue
            days = [d for d in self.dates if sent.start <= d.start < sent.end and d.date is not None
                    and d.precision in ("day", "month") and not d.aside]
            if len(days) != 1 or self._after_publication(days[0].date, days[0].precision):
                continue
            for meeting in prev.meetings:
                if meeting.status == "occurred":
                    meeting.date, meeting.date_precision = days[0].date, days[0].precision

    def _photo_day(self, meeting: MeetingMention, following: list[Sentence]) -> None:
        """"이 사진은 ... 28일 ... 찍은 것이다", or with no one named, "1984년 4월 ... 서명한 직후
        찍었다": the sentence after a photo tells when it was taken."""
        for nxt in following:
            ntext = self.text[nxt.start:nxt.end]
            if not re.match(r"(이 )?사진(은|속)", ntext) and (nxt.mentions or not _TAKEN.search(ntext)):
                continue
            days = [d for d in self.dates if nxt.start <= d.start < nxt.end and d.precision in ("day", "month")
                    and not d.aside]
            if len(days) == 1 and not self._after_publication(days[0].date, days[0].precision):
                meeting.date, meeting.date_precision = days[0].date, days[0].precision

    # --- roles -----------------------------------------------------------------------------
    def _closing_role(self, k: int) -> str:
        """The role of the word that closes a list starting at word k ("B, C 등 수장들이" -> subject),
        or none when a predicate comes first. A 와/과 inside the list joins its items ("총수와 중견기업
        대표 등 800여 명이"); it is the role only when the predicate follows it ("기업인 다섯 명과 만났다")."""
        joined = NONE
        for w in self.words[k:k + 25]:
            if w.line != self.words[k].line or (w.verbal and not _adnominal(w)):
                return joined
            if w.role == WITH and not w.verbal:
                joined = WITH
            elif w.role and w.role != GEN and not w.verbal:
                return w.role
        return joined

    def _list_closing(self, m: Mention) -> Word | None:
        """The 등 closing the list a listed name stands in, a few words on with no predicate and no
        particle before it ("B, C 이사 등"), or None."""
        for w in self.words[m.last + 1:m.last + 8]:
            if w.line != self.words[m.last].line or w.verbal:
                return None
            if w.head == "등":
                return w
            if w.role and w.role != GEN:
                return None
        return None

    def _counted_closing(self, m: Mention) -> Word | None:
        """The count of people closing a list a few nouns after a listed name, with its role ("B 장관,
        협력사 대표 두 명이", "B 장관, 임원 10여명과"), or None when a predicate or another role comes first."""
        for w in self.words[m.last + 1:m.last + 7]:
            if w.line != self.words[m.last].line or w.verbal:
                return None
            if w.role and w.role != GEN:
                return w if w.role in (SUBJ, TOPIC, WITH) and _COUNT_OF_PEOPLE.fullmatch(w.head) else None
        return None

    def _counted_named(self, sent: Sentence) -> list[Entity]:
        """The people a copula sentence of names alone ("C 대표와 D 대표였다.") gives for the people
        the meetings just reported counted at the end of their list ("... 대표 두 명이"), when it
        names as many; otherwise none."""
        last = self.words[sent.last]
        if not _is_copula(last) or not sent.mentions or sent.mentions[-1].last != sent.last:
            return []
        meeting = self.prev_meetings[0]
        closing = next((w for w in self.words if meeting.char_start <= w.start < meeting.char_end
                        and w.role in (SUBJ, TOPIC) and _COUNT_OF_PEOPLE.fullmatch(w.head)), None)
        if closing is None:
            return []
        before = self.words[closing.index - 1]
        count = NATIVE_NUMBERS.get(before.head) if closing.head == "명" else \
            int(closing.head[:-1]) if closing.head[:-1].isdigit() else None
        people = [e for m in sent.mentions if m.kind == "name" for e in m.entities]
        people = [e for k, e in enumerate(people) if e not in people[:k] and e.name not in meeting.names]
        return people if count == len(people) else []

    def _speaker_of_line(self, m: Mention) -> bool:
        """The mention opens a transcript's line as its speaker: "마건우 대표: ... 만났습니다", "◆ 멘데스 >
        네, ... 면담을 했습니다" (a mark before it, ':' or '>' after it)."""
        before = self.words[m.first - 1] if m.first else None
        if before is not None and before.line == self.words[m.first].line and \
                not (before.text in _LINE_MARKS and (before.index == 0 or self.words[before.index - 1].line != before.line)):
            return False
        after = self.words[m.last + 1] if m.last + 1 < len(self.words) else None
        return self.words[m.last].text.endswith(":") or (
            after is not None and after.text in (":", ">") and after.line == self.words[m.last].line)

    def _coordinate(self, mentions: list[Mention]) -> None:
        """A name followed by a comma, a dot, 와/과 or nothing takes the role of the next name.

        The host of an event ("A 실장 주재로 간담회를 열었다") and the speaker of an interview line
        ("마건우 대표: 네. ... 만났습니다") are subjects."""
        for m in mentions:
            host = self.words[m.last + 1] if m.last + 1 < len(self.words) else None
            if m.role == NONE and host is not None and host.head in ("주재", "주최") and host.particle.startswith("로"):
                m.role = SUBJ
            elif m.role == NONE and host is not None and host.head in _SEATS and host.particle.startswith("에"):
                m.role = WITH  # "A 장관 맞은편에는 B 대표가 앉아": B sat with A
            elif self.words[m.last].head in ("부부", "내외"):
                # "B 회장 부부와 오찬을": B and the spouse the article named ("B 회장의 부인 C 여사")
                m.entities = m.entities + [e for e in self._spouses(m.entities) if e not in m.entities]
            elif m.role == OBJ and host is not None and host.head.startswith(("비롯", "포함")):
                # "A를 비롯해 B, C 등 수장들이", "A를 비롯한 기업인 다섯 명과", "A와 B를 포함한 사절단
                # 80여 명이": A is one of the list, whose role sits on the plural noun that closes it
                m.role = self._closing_role(host.index + 1)
                m.cues.append("등")
            elif host is not None and host.head in _HOMES and (
                    (m.role == GEN and (not host.particle or host.particle.startswith(("에", "을", "를"))))  # ("자택 겸 리조트 마러라고를")
                    or (m.role == NONE and host.particle == "에" and host.index + 1 < len(self.words)
                        and self.words[host.index + 1].head.startswith(("초청", "초대")))):
                m.role = WITH  # "B CEO의 자택에서 만찬을 함께했다", "B 총리 관저를 찾아", "B 회장 자택에
                # 초청받아": B was the host
            elif m.role == NONE and self._speaker_of_line(m):
                m.role = TOPIC  # the speaker of an interview line ("마건우 대표: ... 만났습니다")
        for k in range(len(mentions) - 1, -1, -1):
            m = mentions[k]
            end_word = self.words[m.last]
            nxt_word = self.words[m.last + 1] if m.last + 1 < len(self.words) else None
            if m.role == NONE and nxt_word is not None and nxt_word.head == "및" and not nxt_word.role and \
                    m.last + 2 < len(self.words) and (then := self.words[m.last + 2]).line == nxt_word.line and \
                    then.role and then.role != GEN and not then.verbal and \
                    (k + 1 == len(mentions) or mentions[k + 1].first > then.index):
                m.role = then.role  # "B 지사장 및 연구원들과 간담회를": B and others not named
                continue
            if m.role == NONE and nxt_word is not None and nxt_word.head == "등":
                m.role = nxt_word.role
                m.cues.append("등")
                if not m.role:
                    # "A·B 회장 등 주요 그룹 총수들과", "A 대표 등 인천·경기 지역 수출기업 관계자들과": the role
                    # sits on the plural noun after 등.
                    limit = m.last + 8
                    for w in self.words[m.last + 2:]:
                        if w.index >= limit:
                            break
                        # "등 8명의 총수가": past 8명의; "등 20명 남짓한 경영인을": past an adnominal; "등
                        # 한국 기업인 12명과": past a noun in 인 mecab read as a copula (기업 + 인)
                        if (w.verbal and _adnominal(w)) or \
                                (w.role == APPOS and not title_of(w)):
                            continue
                        after = self.words[w.index + 1] if w.index + 1 < len(self.words) else None
                        if w.role == WITH and after is not None and after.role == NONE and not after.verbal \
                                and after.line == w.line:
                            limit = w.index + 6  # "등 총수와 경제단체장, 정부 인사 등 600여명이": a list of nouns
                            continue
                        if (w.role and w.role != GEN) or w.verbal:
                            m.role = w.role if not w.verbal else NONE
                            break
                continue
            if m.role == NONE and end_word.sep_after == "," and (closing := self._list_closing(m)) is not None \
                    and (k + 1 == len(mentions) or mentions[k + 1].first > closing.index):
                # "A 감독과 주장 B, MVP 라파엘 안토니오 메히아 등 선수단 대표 5명을": the list's other
                # items are no names found; its role is on the 등 that closes it, or after
                m.role = closing.role or self._closing_role(closing.index + 1)
                m.cues.append("등")
                continue
            # "A 교수 일행 5명은": A and the party counted (일행 inside the mention or after it)
            counted = nxt_word if _ENTOURAGE.fullmatch(end_word.head) else \
                self.words[m.last + 2] if nxt_word is not None and not nxt_word.role and \
                _ENTOURAGE.fullmatch(nxt_word.head) and m.last + 2 < len(self.words) else None
            if m.role == NONE and counted is not None and counted.role in (SUBJ, TOPIC, WITH) \
                    and _COUNT_OF_PEOPLE.fullmatch(counted.head):
                m.role = counted.role
                continue
            if m.role == NONE and end_word.sep_after == "," and (closing := self._counted_closing(m)) is not None \
                    and (k + 1 == len(mentions) or mentions[k + 1].first > closing.index):
                # "A 회장과 B 장관, 협력사 대표 두 명이 원탁에 둘러앉았다": the list ends in people
                # counted but not named; its role is on the count
                m.role = closing.role
                continue
            if m.role == NONE and end_word.sep_after == "," and k + 1 < len(mentions):
                # "A사의 B 대표, C사의 D 대표와 오찬": a listed name takes the role of the next one,
                # past one who only qualifies it ("A, 서 회장의 장녀인 B 대표와")
                n = mentions[k + 1]
                if n.role == GEN and k + 2 < len(mentions) and mentions[k + 2].first <= n.last + 3:
                    n = mentions[k + 2]
                if not any(w.verbal for w in self.words[m.last + 1:n.first]):
                    m.role = n.role
                    m.cues.extend(c for c in n.cues if c == "등")
                    continue
            if m.role == WITH and nxt_word is not None and nxt_word.role in (TOPIC, SUBJ) and \
                    _ENTOURAGE.fullmatch(nxt_word.head) and (k + 1 == len(mentions) or mentions[k + 1].first > m.last + 1):
                m.role = nxt_word.role  # "A 회장과 부회장단은 B 시장을 만나": A and the unnamed rest are the subject
                continue
            if k + 1 < len(mentions):
                n = mentions[k + 1]
                # Next to each other, or with only an organization between: "A 회장과 오픈AI의 B CEO가"
                # ("A와 함께 B의 안내를 받으며": 함께 makes A a companion, not B's conjunct)
                adjacent = all(w.role in (NONE, GEN) and not w.verbal and not w.sep_after and w.head not in COMITATIVE
                               for w in self.words[m.last + 1:n.first])
                if adjacent and (m.role == NONE or (m.role == WITH and n.role in (TOPIC, SUBJ, WITH, OBJ, GEN))):
                    if m.role == NONE and not end_word.sep_after and m.kind == "name" and n.kind == "name" \
                            and not (nxt_word is not None and nxt_word.head == "및"):  # ("A 회장 및 B 사장과")
                        continue
                    if m.role == WITH:
                        m.cues.append("와")  # "A와 B를 만나": one meeting with both
                    m.role = n.role
                    m.cues.extend(c for c in n.cues if c == "등")

    # --- one sentence ----------------------------------------------------------------------
    def _spouses(self, people: list[Entity]) -> list[Entity]:
        """Who the article named as these people's wife or husband: "B 회장의 부인 C 여사"."""
        names = {e.name for e in people}
        by_last = {m.last: m for m in self.mentions if m.role == GEN}
        return [e for m in self.mentions if m.first >= 2 and self.words[m.first - 1].head in SPOUSE_WORDS
                and (owner := by_last.get(m.first - 2)) is not None and names & {x.name for x in owner.entities}
                for e in m.entities]

    def _sentence(self, sent: Sentence) -> None:
        words = self.words[sent.first:sent.last + 1]
        stext = self.text[sent.start:sent.end]
        line_start = self._line_start(sent)
        if _ITEM_MARK.match(self.text, line_start) and not self.text[line_start:sent.start].strip(" \t◇◆■●○") \
                and _SENTENCE_CLOSE.search(stext) and \
                not ((tag := _SPEAKER_TAG.match(self.text, line_start)) and tag.group().endswith(">")):
            # (not a subheading, "◇형제의 3년 갈등", nor a transcript's speaker line, "◆ 박서진 > 네, ...";
            # but "◆해담그룹 = 독고윤 회장이 ..." is a column's item)
            # an item of a column ("◇6월 11일자 ... 바로잡습니다"): a story of its own, no subject,
            # meeting or person of the item before goes on into it
            self.prev, self.recent, self.prev_meetings = None, [], []
            self._item_first = sent.first
        elif not self.text[line_start:sent.start].strip() and _SUBHEADING.match(self._line_before(line_start)):
            # the first sentence under a marked subheading of a roundup ("■ 항만 물류 협약\n에이원물류와
            # ..."): a new item, which goes on with no subject or meeting of the one before
            self.prev, self.recent, self.prev_meetings = None, [], []
        if sent.caption:
            # (not the late whose wake the photo was taken at: "고 서정모 명예회장의 빈소에서 A가 B를 위로하고 있다")
            shown = {e.name for m in sent.mentions for e in m.entities} - self._the_late(sent)
            # (or one named with the others unnamed: "윤석열 대통령(가운데)이 ... 참석자들과 기념사진을")
            if len(shown) >= 2 or (shown and PHOTO.search(stext) and UNNAMED_PLURAL.search(stext)):
                self._captioned.append((shown, {d.date for d in self._days_in(sent)}))
        speaker = any(m.role == TOPIC and self._speaker_of_line(m) for m in sent.mentions)
        timeline = bool(_TIMELINE_ITEM.match(self.text, line_start))
        if timeline and not self.text[line_start:sent.start].strip(" \t" + _TIMELINE_BULLETS):
            if self._timeline is not None and all(
                    not line.strip() or _TIMELINE_ITEM.match(line)
                    for line in self.text[self._timeline[0]:line_start].split("\n")):
                self.prev = self._timeline[1]  # ("▷6월 24일 — C를 접견." after "▷7월 초 — B와 화상 면담.")
            self._timeline = (self._line_end_at(line_start), self.prev)
            self.recent, self.prev_meetings = [], []  # (an item is a day of its own: no meeting goes on into it)
        roll_call = (self.pending is not None or self._roll_called in self.prev_meetings) \
            and _ROLL_CALL.match(stext) is not None  # (and the row after it: "뒷줄 왼쪽은 C 회장.")
        is_headline = self.words[sent.first].line == 0 or not (
            speaker or _SENTENCE_CLOSE.search(stext) or timeline or roll_call)
        began = _RELATIONSHIP_BEGAN.search(stext) is not None
        convened = {w.index for w in words if self._body_convened(w)}  # ("금융협의회를 열고")
        triggers = [Trigger(w.index, bool(STRONG.match(w.text)) or self._compound_trigger(w) or self._spaced_trigger(w)
                            or (began and w.text == "인연은") or w.index in convened, w)
                    for w in words if (self._trigger_shaped(w) or (began and w.text == "인연은") or w.index in convened)
                    and (not NOT_TRIGGER.match(w.head) or w.index in convened)
                    and not any(a < w.end and w.start < b for a, b in self._no_meeting_spans)
                    and not self._left_empty(w) and not _is_copula(w) and not _time_of_day(w)
                    and not self._describes_people(w, sent) and not self._time_after(w)
                    and not self._part_of_an_event(w) and not self._invited_to_event(w) and w.index not in self._in_mentions
                    and not self._shown_in_photo(w)
                    and not self._only_through(w) and not (not w.verbal and w.particle == "보다")
                    and not (not STRONG.match(w.text) and _WAS_A_CEREMONY.match(self.text, w.end))]
        # ("그 어느 만남보다 큰 홍보 효과를 얻었다": a meeting compared with, none held; "두 사람이 한자리에
        # 있었던 것은 ... 1주기 추도식이었다": together at a ceremony many attend)
        # "대면 회의", "골프 회동": a trigger modifying the next one is part of it (and lends it its
        # strength: "조찬 자리에서" is a breakfast)
        modifiers = [k for k, t in enumerate(triggers)
                     if k + 1 < len(triggers) and triggers[k + 1].index == t.index + 1 and not t.word.role
                     and not _adnominal(t.word)]
        for k in modifiers:
            triggers[k + 1].strong = triggers[k + 1].strong or triggers[k].strong
        triggers = [t for k, t in enumerate(triggers) if k not in modifiers]
        if not triggers and sent.caption and (together := self._shown_together(sent, stext)) is not None:
            triggers = [Trigger(together.index, True, together)]  # ("A(오른쪽)와 B가 ... 김치를 담그고 있다")
        if len(triggers) > 1:
            # a meeting word owning a noun tells about a meeting another word of the sentence tells
            # ("회동을 두 시간 앞두고 양측은 만남의 형식을 두고 부딪혔다")
            triggers = [t for t in triggers if t.word.particle != "의"] or triggers
        gathered, self._gathered_unnamed = self._gathered_unnamed, None
        # (after "본회의에는 기업인 200여 명이 참석했다", "A, B 등이 자리를 함께했다" lists guests of that event)
        crowd = _CROWD.search(stext) is not None
        after_crowd, self._crowd = self._crowd, crowd and not sent.mentions
        if crowd:
            self._crowded.add(self._event_word(sent).head)
        visit, self._visit = self._visit, None
        if gathered is not None and (self._roll_call(sent, stext, *gathered) or
                                     (not after_crowd and self._came_to(sent, stext, triggers, *gathered))):
            return
        if self._attendees_with(sent, stext, triggers) or self._sat_in(sent, stext, triggers) or \
                self._sat_in_each(sent, stext):
            return
        holding = [m for m in sent.mentions if any(self._host_of_trigger(m, t) for t in triggers)]
        subj_mentions = [m for m in sent.mentions if (m.role in (TOPIC, SUBJ) or self._trip_owner(m)) and m not in holding]
        # (not who was away while another did it: "상주인 정 회장이 잠시 자리를 비운 상태여서 정 부사장이 두
        # 사람을 맞았다"; but "신 행장은 잠시 자리를 비웠다" alone goes on to where he went)
        subj_mentions = [m for m in subj_mentions if not self._stood_in_for(m)] or subj_mentions
        if timeline and not subj_mentions:
            # "▲2024.7.2 = 정 회장·마쓰다 사장 화상회의": a timeline names who did it with no particle
            subj_mentions = [m for m in sent.mentions if m.role == NONE]
            if len(subj_mentions) == 1 and len(subj_mentions[0].entities) == 1 and \
                    any(t.index == subj_mentions[0].last + 1 for t in triggers):
                # but one name right before the meeting word is whom the item's subject met: "◇3월 26일,
                # 독일 뮌헨 — C 구매총괄 면담" as "C 구매총괄과 면담"
                subj_mentions[0].role, subj_mentions = WITH, []
        # "B 회장과의 조찬은 ... 열렸으며, C 실장이 배석했다": who sat in, after the meeting, is no subject
        other_side = triggers and any(o.role in (WITH, OBJ, DAT, GEN) for o in sent.mentions
                                      if o.first < triggers[-1].index)
        sent.sitting_in = [m for m in subj_mentions if other_side and m.first > triggers[-1].index
                           and ATTACH.search(stext)]
        subj_mentions = [m for m in subj_mentions if m not in sent.sitting_in]
        # (nor is the host of the meeting word: "유 대사가 마련한 만찬에 참석해" goes on with the story's subject)
        sent.explicit_subject = bool(subj_mentions) or any(
            w.role in (TOPIC, SUBJ) and not w.head.endswith(_TIME_NOUN_ENDS) and w.head not in ("이는", "이", "특히")
            and not any(m.first <= w.index <= m.last for m in holding)
            for w in words if not triggers or w.index < triggers[0].index)
        for m in subj_mentions:
            for e in m.entities:
                if e not in sent.subjects:
                    sent.subjects.append(e)
        group = [m for m in sent.mentions if m.kind == "group"]
        if group:
            size = {"두": 2, "양": 2, "양사": 2, "양측": 2, "양자": 2, "세": 3, "네": 4}.get(group[0].surface.split()[0]) \
                or (2 if group[0].surface in KIN_PAIRS else None)
            ranks = GROUP_TITLES.get(group[0].surface.split()[-1])
            ents = (self._last_people(group[0], size, ranks) if ranks else []) or \
                self._in_apposition(sent, group[0], size) or self._named_as_predicate(sent, group[0], size) or \
                self._named_together_before(sent, group[0], size) or self._named_in_clause_before(sent, group[0], size) or \
                self._named_just_before(sent, size) or \
                self._meeting_named_before(sent, size) or self._topic_and_named_before(sent, size) or (
                self._entities_of(self.prev_meetings[-1]) if self.prev_meetings else self._last_people(group[0], size))
            if size and len(ents) < size and self.prev_meetings:
                # "A, B, C가 참석했다. D 대표가 자리를 주선했다. 네 사람은": the count takes in who was
                # named since the meeting
                last = self._last_people(group[0], size)
                if len(last) == size and all(e in last for e in ents):
                    ents = last
            if size and len(ents) > size:
                ents = ents[:size]
            group[0].entities = ents
            if not ents and size and triggers and group[0].role in (TOPIC, SUBJ):
                self._gathered_unnamed = (size, sent, triggers[-1])  # "네 사람이 모였다." and then who
        elif not sent.mentions and triggers and (PAST.search(triggers[-1].word.text) or sent.caption or (
                (GATHERING.match(triggers[-1].word.text) or triggers[-1].strong) and self._told_past(triggers[-1]))):
            # "오너가 삼남매가 모였다.", "협의회는 ... 정례 간담회를 열었다.", a photo's "▲참석자들이
            # 건배하고 있다." and then who
            self._gathered_unnamed = (None, sent, triggers[-1])
        if group and group[0].entities and group[0].role in (TOPIC, SUBJ):
            # "윤 대통령과 국왕, 두 총수는": the group joins the subjects named beside it.
            sent.group_subject = True
            sent.subjects = sent.subjects + [e for e in group[0].entities if e not in sent.subjects]
        if is_headline:
            return
        if triggers and _WELCOMED_PARTY.search(stext) and sent.subjects and \
                not any(m.role in (OBJ, DAT) for m in sent.mentions):
            # the hosts ("C CEO와 D CBO가 일행을 맞았다") join the visit just reported (see _attach),
            # or meet the party the sentences before named ("A 대통령은 B 국왕과 함께 ... 도착했다")
            hosts = [e for m in sent.mentions if m.role in (TOPIC, SUBJ, WITH) for e in m.entities]
            sent.subjects = hosts
            party = [] if self.prev_meetings else self._party_before(sent)
            if party:
                self._attendance_meeting(hosts + party, sent, sent, triggers[-1], stext)
                self.prev_meetings = sent.meetings
                return
            triggers = []
        told = [t for t in triggers if t.strong and t.word.particle not in ("에는", "에서", "에서는", "에도")]
        if (after_crowd or crowd) and not told and (ATTENDED.search(stext) or _MODERATED.match(stext)):
            return  # (so do the guests a crowd's sentence names: "만찬장에는 바흐 위원장과 위원 100여명이 자리했다",
            # and its emcee: "이날 갈라에는 ... 500여명이 참석했다. 사회는 배우 에밀리 조가 맡았고")
        if visit is not None and sent.mentions and _CAME_OUT.match(stext) and \
                not any(m.role in (WITH, OBJ, DAT) for m in sent.mentions):
            # "윤 CIO는 19일 서밋리지인프라를 찾았다. 이 자리에는 A 대표와 B 총괄이 함께 나와 ...": the visit's
            # hosts came out to meet the visitor
            people = list(visit[0]) + [e for m in sent.mentions for e in m.entities if e not in visit[0]]
            self._attendance_meeting(people, sent, visit[1], visit[2], stext)
            self.prev_meetings = sent.meetings
            return
        each_side = _from_each_side(stext)
        if triggers and (self.recent or (each_side and self._held())) and not any(t.strong for t in triggers) and \
                ATTENDED.search(stext) and (any(self._stood_in_for(m) for m in sent.mentions) or each_side):
            triggers = []  # "A 회장을 대신해 B 부회장이 자리했다": who sat in on the meeting just reported
        if self._attendance(sent, stext):
            if (self.pending or self.recent or self.prev_meetings) and not self._held_just_before(sent) \
                    and not self._gathering_of_its_day(sent):
                triggers = []  # "간담회에는 A·B·C 대표가 참석했다": attendees of the meeting just reported
            elif GATHERING.match(self._event_word(sent).text):
                self._gathering(sent, stext)  # "차관 주재로 열린 간담회에는 A, B가 참석했다"
                return
        if not triggers:
            self._attach(sent, stext)
            # (who sat in, "이 자리에는 B가 동석했다", or the other side answering, "헤이스 차관은
            # ... 답했다", is no topic the next sentence goes on with)
            if sent.subjects and not sent.group_subject and not ATTACH.search(stext) and not self._answering(sent, stext) \
                    and not _PROFILE.search(stext):
                self.prev = sent
            if sent.meetings:
                self.prev_meetings = sent.meetings
            return
        subjects = list(sent.subjects)
        first_person = not subjects and any(w.head in _FIRST_PERSON and w.role in (TOPIC, SUBJ)
                                            for w in self.words[sent.first:sent.last + 1])
        sides_told = not subjects and (self._sides_in_genitive(sent) or self._held_unnamed(sent))
        inherited = not subjects and not sent.explicit_subject and not sides_told
        day_item = _DAY_PART_ITEM.match(stext) is not None  # ("정오에는 ...": an item of a day told by its hour)
        if (inherited or first_person) and (speaker_ent := self._interviewee(sent)) is not None:
            # an answer in a Q&A interview speaks for the interviewee ("제가 B 회장님을 처음 뵌 건")
            subjects, inherited = [speaker_ent], True
        elif inherited and self.prev is not None and not (sent.caption and sent.mentions):
            # (a caption naming people goes on with no one of the story before it: "사진 설명: B 왕자(가운데)와
            # C 대사, 국내 건설사 CEO들이 ... 기념촬영을 하고 있다" after a paragraph on a visit years before)
            subjects = self._subjects_carried_on(stext)
            if day_item and len(subjects) > len(self._day_actor) > 0 and \
                    all(e in subjects for e in self._day_actor):
                # ("오전 9시부터 B 회장과 면담했는데요. B 회장과 장관은 ... 기념사진을 찍었습니다. 정오에는
                # C 부회장과 오찬을 ...": the day's next item is the one the day follows, not both)
                subjects = list(self._day_actor)
        else:
            inherited = False
        if day_item and subjects:
            self._day_actor = list(subjects)
        prev_trigger = sent.first - 1
        made: list[MeetingMention] = []
        for k, t in enumerate(triggers):
            upto = sent.last + 1 if k == len(triggers) - 1 else t.index
            segment = [m for m in sent.mentions if prev_trigger < m.first < upto and
                       (m.first < t.index or m.role in (WITH, OBJ, DAT)) and not self._object_of_no_meeting(m)]
            prev_start, prev_trigger = prev_trigger + 1, t.index
            if RUMOUR.search(self.text[t.word.start:sent.end]) or UNCONFIRMED.search(self.text[t.word.start:sent.end]) \
                    or _TOLD_IN_RUMOUR.match(stext) or _SUSPECTED.search(self.text, t.word.end, sent.end) \
                    or (self._quoted(sent, t) and (ALLEGATION.search(stext)
                                                   or _REQUEST.search(self.text, t.word.end, sent.end))) \
                    or (_RUMOURED.search(t.word.head) and not _REFUTED.search(stext) and not DENIED.search(stext)) \
                    or self._whether(t) or self._habit(sent, t) or self._met_in_general(sent, t):
                continue  # a habit ("수시로 의견을 주고받고 있다"), a rumour or a suspicion, a meeting nobody confirms or
                # asks about, an allegation or a request quoted
                # ("\"두 사람이 머리를 맞대 다음 10년을 준비해 달라\"고 당부했다"), an alleged one not denied
                # ("회동설에 휩싸였던 점도 거론했지만")
            own = subjects if inherited else self._contrasted_subjects(sent, t, subjects)
            found = self._meetings_for(sent, t, segment, own, stext, inherited, visit)
            if not found and t.strong and made and not any(m.role in (WITH, OBJ, DAT) for m in segment) and \
                    any(self.words[prev_start].start <= d.start < t.word.start for d in self.dates if d.date):
                # "1월 ... B와 만났고, 5월에는 ... 본사를 찾아 회동했다": the clause of its own day meets the
                # counterparts of the clause before again
                again = [m for m in sent.mentions if m.role in (WITH, OBJ, DAT) and m.first < prev_start]
                found = self._meetings_for(sent, t, segment + again, own, stext, inherited, visit)
            found = self._same_meeting(t, found)
            counted = not t.word.verbal and self._counted_since(t.word)
            sent.earlier.extend(m for m in found if counted or m.cues[1:] == ("이후",))
            made.extend(found)
        if sent.earlier:
            # ("두 사람이 얼굴을 맞댄 것은 ... 회동 이후 3년 만이다": the meeting just reported, told again)
            made = [m for m in made if m in sent.earlier or m.date is not None or
                    not any(m.names <= e.names for e in sent.earlier)]
        if self.prev_meetings and self.prev_meetings[-1].mode != "in_person":
            call = self.prev_meetings[-1]
            strong = {t.word.head or t.word.text for t in triggers if t.strong}  # ("조찬 자리에서": no call)
            for m in made:  # "두 사람은 ... 회의에서", "A는 회의에서 ... B는 ...": the call just reported
                if m.mode == "in_person" and not STRONG.match(m.cues[0] if m.cues else "") and \
                        not (m.cues and m.cues[0] in strong) and \
                        not (m.date and call.date and m.date > call.date) and \
                        (sent.group_subject or (m.names <= call.names and call in self.recent)):
                    # (not a meeting told on a later day: "통화 ... 도착한 다음 날 ... 마주 앉았다")
                    m.mode = call.mode
        made = _drop_subsumed(_join_together(made, stext))
        made = self._without_the_dead(sent, _drop_denied_in_sentence(made))
        if made and self.pending and self._attendance(sent, stext) and not self._attended_ceremony(stext):
            # "A 대행은 경제단체장들과 간담회를 열었다. 간담회에는 B, C, D 등이 참석했다": the host too
            for meeting in made:
                _join(meeting, self.pending[0])
            self.pending = None
        for meeting in made:
            _join(meeting, [e for m in sent.sitting_in for e in m.entities])
        self._date_as_told(sent, made)
        self._add_companions(made, stext)
        if not made:
            self._attach(sent, stext)
            named = subjects or [e for m in sent.mentions if m.role in (WITH, OBJ, DAT) for e in m.entities]
            # "회동은 1시간가량 이어졌다", naming no one: still the meeting just reported
            about_recent = not sent.mentions and bool(self.recent) and not UNNAMED_PLURAL.search(stext)
            # (a meeting word inside a quotation is talk: "고객을 만나는 모든 순간")
            told = [t for t in triggers if t.strong and not self._quoted(sent, t)]
            # (not a reporter's interview opening: "지난 20일 본사에서 만난 정수아 대표는 ... 말했다")
            told = [t for t in told if not (_adnominal(t.word) and any(
                m.first == t.index + 1 and m.role in (TOPIC, SUBJ) for m in sent.mentions))]
            if named and told and len({e.name for e in named}) == 1 and not about_recent or \
                    subjects and UNNAMED_PLURAL.search(stext) and told:
                # One named side of a meeting ("장관은 ... A CEO와 티타임", "대표들과 간담회"):
                # the next sentence may name who else sat in.
                # (not one called off, then another event: "... 면담은 취소됐다" then "간담회를 주재했다")
                called_off = self.pending is not None and self.pending[2].word.head != told[0].word.head and \
                    CANCELLED.search(self.text, self.pending[1].start, self.pending[1].end) is not None
                kept = self._date(*self.pending[1:]) if self.pending and self.pending[0] == named and not called_off \
                    else (None, None)
                new = [t for t in told if not self._refers_back(t)]
                if kept[0] is not None and _PRECISION_RANK[kept[1]] >= _PRECISION_RANK[self._date(sent, told[0])[1]]:
                    # still the same gathering ("이번 간담회는 ..."): its first dated report keeps the
                    # date, unless this one dates it more precisely ("지난해 ... 만나" then "지난달 31일")
                    self.pending = (named, self.pending[1], self.pending[2])
                elif new:  # ("이번 면담이 마련됐다" names the meeting already reported, no new gathering)
                    self.pending = (named, sent, new[0])
            elif not named and told and sides_told:
                # a gathering told by its sides, not named yet ("일본 경제사절단과 한국 재계 인사들의 만찬이
                # 열렸다"): the sentences after it name who came
                self.pending = ([], sent, told[0])
            elif not named and not sent.mentions and told and PHOTO.search(stext) and UNNAMED_PLURAL.search(stext):
                # a photo of people not named yet ("간담회에서 참석자들이 기념촬영을 하고 있다"): the roll
                # call after it names them ("왼쪽부터 A 대표, B 연구위원, C 정책관.")
                self.pending = ([], sent, told[0])
        if not made and len(subjects) == 1:
            seen = next((t for t in triggers if t.word.text.startswith(("찾", "방문", "들렀", "들러"))), None)
            if seen is not None:
                self._visit = (subjects, sent, seen)
        sent.meetings.extend(made)
        self.meetings.extend(made)
        # (a host who showed the visitors around is no topic either: the visitors go on; nor is who
        # was not there, "치킨집 회동에는 최 회장이 함께하지 않았다")
        # (a host meets the visitor: not "후지와라 회장은 ... 서울을 찾았다. 모리슨 CEO는 같은 날 오전에는 ... 신
        # 대표와 ... 체결했다", which goes on with another)
        hosting = visit is not None and bool(made) and not any(e in visit[0] for e in sent.subjects) \
            and any({e.name for e in visit[0]} & m.names for m in made)
        # (nor one who showed around the visitor the story follows: "면담을 마친 남궁 회장은 샤르팡티에 CEO를
        # 직접 안내해 ...", then "이날 오후에는 ... 편재욱 대표를 만났다" is the visitor's)
        visitors = {e.name for e in self.prev.subjects} if self.prev is not None else set()
        hosting = hosting or (bool(made) and bool(visitors) and not visitors & {e.name for e in sent.subjects}
                              and any(t.word.text.startswith("안내") for t in triggers)
                              and all(visitors <= m.names for m in made))
        # (nor the other side telling of the meeting just reported, its photo posted with a word of
        # their own: "로시는 오찬 뒤 인스타그램에 정 회장 모녀와 함께 찍은 사진을 올리고 \"...\"라고 적었다")
        retold = bool(made) and all(any(m.names <= p.names for p in self.prev_meetings) for m in made)
        # (nor two who did not meet, "A 회장과 B 부회장이 따로 만나지는 않은 것으로": the story goes on with A)
        apart = bool(made) and len(sent.subjects) > 1 and all(m.status == "denied" for m in made)
        if sent.subjects and not sent.group_subject and not self._about_the_place(sent) and not hosting and not apart and \
                not self._aside_with_topic(sent, made) and \
                ((made and not retold) or not self._answering(sent, stext)) and not (not made and _NOT_ALONG.search(stext)):
            self.prev = sent
            if made:
                self._actor = sent
        elif inherited and self.prev is not None:
            sent.subjects = list(subjects)
            self.prev = sent
            if made:
                self._actor = sent
        if told := [m for m in sent.meetings if m not in sent.earlier]:
            self.prev_meetings = told

    def _aside_with_topic(self, sent: Sentence, made: list[MeetingMention]) -> bool:
        """The other side telling an aside about the one the story follows: a plan called off or a
        meeting months before ("하딩 CEO는 지난 3월 방한 당시 정 회장과 오찬을 함께했다", "파텔 CEO는 당초
        남 회장과 직접 만날 계획이었지만 화상으로 대신했다"); the next sentence with no subject goes on
        with the one followed, not with them."""
        if self.prev is None or not made:
            return False
        topic = {e.name for e in self.prev.subjects}
        days = [m.date for m in self._held() if m not in made and m.date_precision == "day"]
        story_day = days[-1] if days else None
        return bool(topic) and not topic & {e.name for e in sent.subjects} and all(
            topic & m.names and (m.status != "occurred" or (
                story_day is not None and m.date is not None and m.date_precision != "day" and m.date < story_day))
            for m in made)

    def _object_of_no_meeting(self, m: Mention) -> bool:
        """Whom a meeting word that tells no meeting takes as its object ("황 CEO를 만나는 것보다 고객을
        ... 만나는 게 중요하다"), or whom a word that is no meeting takes with 와/과 ("두 사람과 관련된
        이름이 함께 올라", "B 회장과 달리"): no counterpart of the next one."""
        nxt = self.words[m.last + 1] if m.last + 1 < len(self.words) else None
        return m.role in (OBJ, WITH) and nxt is not None and \
            (any(a <= nxt.start < b for a, b in self._no_meeting_spans) or
             (m.role == WITH and _WITH_NO_MEETING.match(nxt.text) is not None))

    def _without_the_dead(self, sent: Sentence, made: list[MeetingMention]) -> list[MeetingMention]:
        """"B 명예회장이 별세하자 A 지사는 빈소를 찾아 C 회장을 위로했다", "고(故) B 명예회장의 자택을
        찾았다": who died is mourned, not met."""
        dead = {e.name for m in sent.mentions if m.role in (TOPIC, SUBJ) and m.last + 1 <= sent.last
                and _DIED.match(self.words[m.last + 1].text) for e in m.entities}
        # (or named as the late, in a meeting of these days: "고(故) 오카다 시게루 명예회장의 자택을 찾았다",
        # not "1998년 고(故) 신격호 명예회장과 처음 만나")
        late = self._the_late(sent) | self._late
        if not dead and not late and not self._deaths:
            return made
        for meeting in made:
            gone = dead | (late if self._of_these_days(meeting) else set())
            # (or one the article told died before the meeting's day: "A 명예회장이 지난 18일 별세했다" ...
            # "19일 ... 정 회장은 \"고인께 배운 것이 많다\"며 한 회장과 이야기를 나눴다")
            gone |= {name for name, day in self._deaths.items() if meeting.date is not None and meeting.date > day}
            meeting.participants = tuple(p for p in meeting.participants if p.name not in gone)
        return [m for m in made if len(m.participants) >= 2]

    def _death_days(self) -> dict[str, date]:
        """The day each person died whom a sentence tells dying as its subject, when it gives the day
        ("한영수 대원해운 명예회장이 지난 18일 숙환으로 별세했다")."""
        deaths: dict[str, date] = {}
        for first, last in self._sentence_ranges:
            # (not a death told of the next name: "A 회장이 지난 9일 별세한 B 명예회장의 빈소를 찾아")
            died = next((w for w in self.words[first:last + 1] if w.verbal and _DIED.match(w.text)
                         and not _adnominal(w)), None)
            if died is None:
                continue
            subject = [m for m in self.mentions if first <= m.first and m.last < died.index and m.role in (TOPIC, SUBJ)]
            days = [d.date for d in self.dates if self.words[first].start <= d.start < died.start
                    and d.precision == "day" and d.date is not None and not d.aside]
            if len(subject) == 1 and days:
                deaths.update((e.name, days[0]) for e in subject[0].entities)
        return deaths

    def _of_these_days(self, meeting: MeetingMention) -> bool:
        """A meeting with no date, or one within a month before the publication."""
        return meeting.date is None or self.published is None or \
            0 <= (self.published.date() - meeting.date).days <= 31

    def _sides_in_genitive(self, sent: Sentence) -> bool:
        """"A 대사와 동문 기업인들의 간담회가 열렸다", "일본 경제사절단과 한국 재계 인사들의 만찬이 열렸다":
        the subject is a meeting whose sides the genitive before it names, by name or not yet; no one
        else's subject goes on into it."""
        for w in self.words[sent.first + 1:sent.last + 1]:
            before = self.words[w.index - 1]
            if w.role in (TOPIC, SUBJ) and STRONG.match(w.text) and before.role == GEN and \
                    not any(m.first <= before.index <= m.last for m in sent.mentions) and \
                    any(x.role == WITH for x in self.words[max(sent.first, before.index - 3):before.index]):
                return True
        return False

    def _told_since(self, sent: Sentence) -> int:
        """Where the story the sentence goes on with may start: 200 characters back, but not before the
        line when the line is an item of its own ("◇한기석 ... 협약을 맺었다" after another item's lecture)."""
        line_start = self._line_start(sent)
        if _ITEM_MARK.match(self.text, line_start):
            return line_start
        return max(0, sent.start - 200)

    def _held_unnamed(self, sent: Sentence) -> bool:
        """"시상식 후에는 ... 오찬 간담회가 이어졌다": the subject is a meeting that took place, its people
        named in the sentences after it; no one else's subject goes on into it (but the story's actor,
        met already, does: "쩐 부총리가 ... 공장을 찾았다. ... 공장 시찰 뒤에는 ... 간담회가 이어졌다")."""
        if sent.mentions or (self.prev is not None and any(
                e.name in m.names for e in self.prev.subjects for m in self.meetings)):
            return False
        return any(w.role == SUBJ and STRONG.match(w.text) and _TOOK_PLACE.match(self.words[w.index + 1].text)
                   for w in self.words[sent.first:sent.last])

    def _subjects_carried_on(self, stext: str) -> list[Entity]:
        """The subjects a sentence with no subject of its own goes on with: those the last topic
        sentence carries, or the followed one's when that sentence, with no meeting verb, was about
        the other side (see _actor_goes_on)."""
        subjects = self._carried(self.prev)
        if not any(w.verbal and self._trigger_shaped(w) for w in self.words[self.prev.first:self.prev.last + 1]):
            subjects = self._actor_goes_on(stext, subjects)
        return subjects

    def _actor_goes_on(self, stext: str, carried: list[Entity]) -> list[Entity]:
        """The next item of a day, told with no subject ("저녁에는 ... 송년 만찬을 함께했다"), is the
        day of whoever the story follows, who met the other side last, not of that other side, whom
        the sentence before, with no meeting verb, was about ("홍 회장은 ... 팜 사장을 만나 ...
        협의했다. 팜 사장은 ... 늘렸다.", "홍 사장은 면담에서 ... 제안했다. 전날 저녁에는 ...")."""
        actor = self._actor
        if not (CONTINUATION.match(stext) or _DAY_ITEM.match(stext)) or actor is None or actor.meetings != self.prev_meetings \
                or not actor.subjects or any(e in carried for e in actor.subjects):
            return carried
        met = {p.name for m in actor.meetings for p in m.participants}
        return list(actor.subjects) if carried and all(e.name in met for e in carried) else carried

    def _carried(self, prev: Sentence) -> list[Entity]:
        """The subjects a sentence with none goes on with: those of the previous sentence's last
        clause when it had several ("강 회장은 ... 설명했고, 장관은 ... 했다. 오후에는 ... 면담했다")."""
        named = [m for m in prev.mentions if m.role in (TOPIC, SUBJ) and m.entities
                 and self.text.count('"', prev.start, m.start) % 2 == 0]  # (not "\"뮐러 CEO도 ...\"는 말을 전했다")
        cut = max((w.index for w in self.words[prev.first:named[-1].first] if w.verbal and w.sep_after == ","),
                  default=None) if named else None
        if cut is None or not any(m.first < cut for m in named):
            return list(prev.subjects)
        last = [e for m in named if m.first > cut for e in m.entities]
        # (not the other side answering in the last clause: "A 회장은 B 장관을 ... 착공식에 초청했고, B
        # 장관도 참석하겠다고 답했다. 이튿날에는 ..." goes on with A)
        addressed = {e.name for m in prev.mentions if m.first < cut and m.role in (OBJ, DAT, WITH) for e in m.entities}
        if _ANSWERED.search(self.text, self.words[cut].end, prev.end) and all(e.name in addressed for e in last):
            return [e for m in named if m.first < cut for e in m.entities]
        return last

    def _about_the_place(self, sent: Sentence) -> bool:
        """"이 자리는 황 CEO가 즐겨 찾는 곳으로 ...": a sentence about the meeting's place or the
        meeting itself, whose subject sits in a relative clause, is no topic to carry on."""
        topic = next((w for w in self.words[sent.first:sent.last + 1] if w.role == TOPIC), None)
        if topic is None or any(m.first <= topic.index <= m.last for m in sent.mentions):
            return False
        before = self.words[topic.index - 1] if topic.index > sent.first else None
        return before is not None and before.head in ("이", "그", "해당") and not before.role

    def _named_just_before(self, sent: Sentence, size: int | None) -> list[Entity]:
        """"A CEO와 B 회장의 인연은 올해 초 시작됐다. 두 사람은 ...": exactly `size` people named
        together ("A와 B") in the sentence right before, in order."""
        if not size or not sent.first:
            return []
        first = sentence_start(self.words, sent.first - 1)
        if self.text[self.words[sent.first - 1].end:sent.start].strip():
            return []  # that sentence was not read: the one before is out of sight
        people = self._named_between(first, sent.first)
        together = any("와" in m.cues for m in self.mentions if first <= m.first < sent.first)
        return people if len(people) == size and together else []

    def _in_apposition(self, sent: Sentence, group: Mention, size: int | None) -> list[Entity]:
        """The people listed right before a pair word that names them ("윤기백 미래전자 회장, 윤상훈
        부회장 부자와": the father and son just named)."""
        if group.surface not in KIN_PAIRS or not size:
            return []
        listed: list[Mention] = []
        end = group.first
        for m in reversed([m for m in sent.mentions if m.last < group.first]):
            if m.last + 1 != end or (listed and self.words[m.last].sep_after != ","):
                break
            listed.insert(0, m)
            end = m.first
        people = [e for m in listed for e in m.entities]
        if len(listed) == 1 and size == 2 and len(people) == 1 and not self.words[listed[0].last].particle:
            # "가네모토 회장 부자는": the one named and the kin of that surname the article named last
            # ("아들인 가네모토 다쿠야 부사장")
            kin = next((e for m in reversed(self.mentions) if m.last < listed[0].first and m.kind == "name"
                        for e in m.entities if e is not people[0] and _one_family(e, people[0])), None)
            return people + [kin] if kin is not None else []
        return people if len(listed) == size and len({e.name for e in people}) == size else []

    def _named_together_before(self, sent: Sentence, group: Mention, size: int | None) -> list[Entity]:
        """"A 회장과 B 의장은 ... 경기했으며, 두 사람이 ...": exactly `size` people named together as
        the subject of a clause of the group's own sentence that ended before it (not "A와 B가 배석한
        이 자리에서 양측은", where they are the subject of a clause modifying the meeting), or in a
        quotation closed before it."""
        before = [m for m in sent.mentions if m.first < group.first]
        if not size or not before or group.role in (OBJ, WITH, DAT):
            return []  # (a group met by the people named before it is others: "A와 B가 부자를 맞았다")
        people = self._named_between(sent.first, group.first)
        # ("'A 회장, B 시장과 오찬' 기사에서 두 사람이 ...": the pair a quoted headline names)
        quoted = self.text.rfind("'", sent.start, self.words[before[0].first].start)
        if len(people) == size and quoted >= 0 and \
                "'" in self.text[self.words[before[-1].last].end:self.words[group.first].start]:
            return people
        # ("A가 B와 회동했다는 보도가 나왔으나, C는 \"두 사람이 만난 사실이 없다\"고": the pair the
        # sentence named before the quotation the group stands in)
        before_group = self.text[sent.start:self.words[group.first].start]
        opened = max(before_group.rfind('"'), before_group.rfind("“"))
        if (before_group.count('"') % 2 == 1 or before_group.count("“") > before_group.count("”")) and opened > 0:
            named = [m for m in before if self.words[m.last].end <= sent.start + opened]
            people = self._named_between(sent.first, named[-1].last + 1) if named else []
            return people if len(people) == size else []
        # ("A 회장과 B 회장만 따로 ...": 만 'only' marks the subject too; "A는 ... B와 만찬을 한 뒤 두 사람이
        # ...", "A 회장과 B 이사장이 ... C 회장을 맞았고, 세 사람은": the subjects and whom they met in the
        # clause before)
        k = next((n for n, m in enumerate(before) if m.role not in (TOPIC, SUBJ)), len(before))
        met = 0 < k < len(before) and all(m.role in (WITH, OBJ, DAT) for m in before[k:])
        # (a list with commas as the subject too: "A, B, C는 ... 라운딩을 했고, 세 사람이")
        listed = len(before) >= 2 and all(m.role in (TOPIC, SUBJ) for m in before)
        if not met and ((before[-1].role not in (TOPIC, SUBJ) and self.words[before[-1].last].particle != "만") or
                        not (any("와" in m.cues for m in before) or listed)):
            return []
        verbs = [w for w in self.words[before[-1].last + 1:group.first] if w.verbal]
        if not verbs or (_adnominal(verbs[-1]) and not (
                verbs[-1].index + 1 < group.first and self.words[verbs[-1].index + 1].head in ("뒤", "후", "다음", "직후"))):
            return []
        return people if len(people) == size else []

    def _named_in_clause_before(self, sent: Sentence, group: Mention, size: int | None) -> list[Entity]:
        """"A가 B와 함께 ... 본사를 찾았고, C CEO가 이들을 직접 맞이했다": 이들 after a clause of its own
        sentence is whoever that clause named, not the people of a meeting told before; so is "두 사람"
        when the clause named that many, or one fewer beside the person the story goes on with ("탄
        회장은 ... 사옥을 방문했다. 류 대표가 안내를 맡아 ... 둘러봤고, 두 사람은")."""
        if group.surface != "이들" and not size:
            return []
        cut = max((w.index for w in self.words[sent.first:group.first] if w.verbal and w.sep_after == ","), default=None)
        people = self._named_between(sent.first, cut + 1) if cut is not None else []
        if not size:
            return people if len(people) >= 2 else []
        if people and len(people) == size - 1 and self.prev is not None and len(self.prev.subjects) == 1 \
                and self.prev.subjects[0] not in people:
            return [self.prev.subjects[0], *people]
        return people if len(people) == size else []

    def _named_as_predicate(self, sent: Sentence, group: Mention, size: int | None) -> list[Entity]:
        """"사진 속 두 사람은 A 회장과 B 회장이다": a group whose sentence closes by naming that many
        people says who they are."""
        if not size or group.role != TOPIC or not _is_copula(self.words[sent.last]):
            return []
        people = self._named_between(group.last + 1, sent.last + 1)
        return people if len(people) == size else []

    def _kin_named(self, m: Mention) -> bool:
        """"A 회장의 차녀", "B는 A CEO의 아들이다": the mention names A only to tell who someone else is."""
        if m.role != GEN or m.last + 1 >= len(self.words):
            return False
        kin = self.words[m.last + 1]
        return kin.head in KIN or (kin.tags[:2] == ("NNG", "VCP") and _COPULA_END.sub("", kin.head) in KIN)

    def _named_between(self, first: int, end: int) -> list[Entity]:
        """The people the mentions starting at words first..end-1 name, each once, in order (not
        one named for a kin: "A 회장의 차녀")."""
        people: list[Entity] = []
        for m in sorted(self.mentions, key=lambda m: m.first):
            if first <= m.first < end and not self._kin_named(m):
                people.extend(e for e in m.entities if e not in people)
        return people

    def _party_before(self, sent: Sentence) -> list[Entity]:
        """The visiting party a welcome greets: the people the two sentences before named, the
        hosts aside."""
        if not sent.first:
            return []
        first = sentence_start(self.words, sent.first - 1)
        if first:
            first = sentence_start(self.words, first - 1)
        return [e for e in self._named_between(first, sent.first) if e not in sent.subjects]

    def _topic_and_named_before(self, sent: Sentence, size: int | None) -> list[Entity]:
        """"(황 CEO의 방한 ...) 가장 오래된 인연은 이 회장이다. 두 사람은": the person the story goes
        on with and the others the sentence right before named (reporting no meeting, naming no
        one who sat in), when they make `size`."""
        if not size or not sent.first or self.prev is None or len(self.prev.subjects) != 1:
            return []
        first = sentence_start(self.words, sent.first - 1)
        before = self.text[self.words[first].start:sent.start]
        if ANY_TRIGGER.search(before) or ATTACH.search(before):
            return []
        topic = self.prev.subjects[0]
        named = [e for e in self._named_between(first, sent.first) if e is not topic]
        return [topic, *named] if named and len(named) + 1 == size else []

    def _trip_owner(self, m: Mention) -> bool:
        """Whose trip or round of doings the sentence is about ("젠슨 황 CEO의 15년 만의 방한이 막을
        내렸다", "표 회장의 '릴레이'는 다음 주에도 이어진다"): the one the next sentences go on with."""
        if m.role != GEN:
            return False
        for w in self.words[m.last + 1:m.last + 5]:
            if w.role in (TOPIC, SUBJ):
                if w.index + 1 < len(self.words) and self.words[w.index + 1].text.startswith(_CLASHED):
                    return False  # (a schedule that clashed: "B 총재의 해외 일정이 겹치면서 면담은 성사되지 않았다")
                return TRIP_WORDS.fullmatch(w.head) is not None or _DOINGS.fullmatch(w.head) is not None
            if w.particle in ("에는", "에도") and TRIP_WORDS.fullmatch(w.head):
                return True  # ("샤르마 사장의 15일 일정에는 C가 동행했다": whom C went along with)
            if w.verbal or w.role not in (GEN, NONE):
                return False
        return False

    def _meeting_named_before(self, sent: Sentence, size: int | None) -> list[Entity]:
        """"최 회장과의 조찬에서는 ... 논의됐다. 두 사람은": the one meeting of `size` people reported
        so far that takes in everyone the sentence right before named (when it reported none)."""
        if not size or not sent.first:
            return []
        first = sentence_start(self.words, sent.first - 1)
        named = {e.name for e in self._named_between(first, sent.first)}
        if not named or any(self.words[first].start <= m.char_start < sent.start for m in self.meetings):
            return []
        fits = [m for m in self.meetings if named <= m.names and len(m.names) == size]
        return self._entities_of(fits[-1]) if fits and all(m.names == fits[-1].names for m in fits) else []

    def _last_people(self, group: Mention, size: int | None, ranks: frozenset[str] | None = None) -> list[Entity]:
        """The `size` people (of one of `ranks`, when given) named last before a group mention,
        in the order they were first named; [] when fewer are known.

        "두 총수", "두 정상" take the people of that rank; "세 사람은" with no meeting reported
        before takes the last three named ("협약식에는 A, B, C가 참석해 서명했다. ... 세 사람은")."""
        if not size:
            return []
        # ("A 회장이 ... 네 회장과 오찬을 하며": the four are others than the sentence's subject)
        start = sentence_start(self.words, group.first)
        subjects = [e for m in self.mentions if start <= m.first < group.first and m.role in (TOPIC, SUBJ)
                    for e in m.entities] if group.role in (WITH, OBJ, DAT) else []
        latest: list[Entity] = []
        for m in sorted((m for m in self.mentions if self._item_first <= m.first < group.first
                         and not self._kin_named(m)), key=lambda m: -m.first):
            latest.extend(e for e in m.entities if e not in latest and e not in subjects
                          and (ranks is None or ({e.title} | e.titles) & ranks))
        if len(latest) < size:
            return []
        chosen = latest[:size]
        in_order: list[Entity] = []
        for m in sorted(self.mentions, key=lambda m: m.first):
            in_order.extend(e for e in m.entities if e in chosen and e not in in_order)
        return in_order

    def _refers_back(self, t: Trigger) -> bool:
        """"이번 만남에서", "이 자리에서": a meeting word with a determiner, the meeting already
        reported (not "그를 맞았고", a pronoun); "... 만난 것은 이번이 처음이다", "B와의 만남은 ... 처음이다":
        this one, told as a fact."""
        before = self.words[t.index - 1] if t.index > 0 else None
        # (or the meeting told as going on: "두 사람은 이날 1시간가량 이어진 회담에서 ... 논의했다")
        went_on = before is not None and before.text in ("이어진", "진행된") and t.word.particle.startswith("에서")
        # (or counted as the topic: "홀리스 CEO와의 만남은 정 사장이 올해 3월 취임한 이후 처음이다"; not
        # since an earlier meeting, "... 원자력 협력 포럼 이후 두 번째다", which the sentence tells of)
        count = _COUNTED.match(self.text, t.word.end) if t.word.role == TOPIC and not t.word.verbal else None
        counted = count is not None and (not re.search(r"이후|이래", count.group()) or bool(_SINCE_OFFICE.search(count.group())))
        return (before is not None and before.head in ("이번", "이", "그", "해당") and not before.role and
                before.line == t.word.line) or _THIS_TIME.match(self.text, t.word.end) is not None or went_on or counted

    def _same_meeting(self, t: Trigger, made: list[MeetingMention]) -> list[MeetingMention]:
        """The meeting a trigger refers back to, with these people: its status, mode and date (a
        planned meeting stays planned)."""
        if not self._refers_back(t):
            return made
        this_time = t.index > 0 and self.words[t.index - 1].head == "이번"
        for m in made:
            same = [e for e in reversed(self.meetings) if e.names == m.names]
            # ("이번 만남에서": this time's, not the one called off last year told just before)
            held = [e for e in same if e.status == "occurred"] if this_time else []
            earlier = (held or same or [None])[0]
            if earlier is not None:
                m.status, m.mode = earlier.status, earlier.mode
                m.date, m.date_precision = earlier.date, earlier.date_precision
        return made

    def _trigger_shaped(self, w: Word) -> bool:
        """The word reads as a meeting trigger, strong or weak, alone, closing a compound or with the
        word before it (whether it tells a meeting here is for the sentence to decide)."""
        return bool(STRONG.match(w.text) or WEAK.match(w.text)) or self._compound_trigger(w) or \
            self._spaced_trigger(w) or self._hand_taken(w)

    def _hand_taken(self, w: Word) -> bool:
        """A weak trigger of two words ("상주인 B 회장의 손을 잡고": whose hand one took, like 맞잡)."""
        prev = self.words[w.index - 1] if w.index else None
        return prev is not None and prev.line == w.line and \
            any(prev.text == first and w.text.startswith(rest) for first, rest in SPACED_WEAK)

    def _spaced_trigger(self, w: Word) -> bool:
        """A compound trigger written in two words: "기념 촬영을", "화상 회의를", "전화 통화에서"."""
        before = self.words[w.index - 1] if w.index else None
        return before is not None and before.head in _TRIGGER_HEADS and before.line == w.line and not before.role \
            and not before.verbal and not before.sep_after and bool(STRONG.match(before.head + w.text)) \
            and not STRONG.match(before.text)

    @staticmethod
    def _compound_trigger(w: Word) -> bool:
        return not w.verbal and w.role in (OBJ, SUBJ, TOPIC, "other") and bool(COMPOUND_TRIGGER.search(w.head.strip("'\"")))

    def _entities_of(self, meeting: MeetingMention) -> list[Entity]:
        names = {p.name for p in meeting.participants}
        out = []
        for m in self.mentions:
            for e in m.entities:
                if e.name in names and e not in out:
                    out.append(e)
        return out

    def _contrasted_subjects(self, sent: Sentence, t: Trigger, subjects: list[Entity]) -> list[Entity]:
        """The subjects of the trigger's side of a contrast ("A 회장은 ... 조찬 행사에서 연설했지만, 이날
        B 회장은 ... 인사들과 오찬을 했다") or of a clause of what was going on elsewhere at that time
        ("A 회장이 다보스에서 세션에 나섰을 때 B 부회장은 서울에서 회의를 주재했다"), or of the trigger's
        clause and the one it joins by -고 when that opens on another topic, in a sentence that names no
        one met ("A 부회장은 빈소를 찾아 유족을 위로했고, B 대표는 조화와 함께 조전을 보냈다", "A 회장은
        ... 강조했고, B 회장은 임원 회의에서 ..."): each side tells what its own subject did (but "A 부부가
        방한했고, B 회장은 그날 저녁 만찬을 베풀었다": for them)."""
        met = any(m.role in (WITH, OBJ, DAT) for m in sent.mentions)
        topics = {m.first for m in sent.mentions if m.role == TOPIC}
        cut = next((w.index for w in self.words[sent.first:sent.last + 1]
                    if (w.verbal and w.sep_after == "," and (w.text.endswith("지만") or (
                        w.text.endswith("고") and not met and w.index + 1 in topics
                        and (t.index < w.index or any(sent.first <= k < w.index for k in topics)))))
                    or (w.head == "때" and w.particle in ("", "에") and w.index > sent.first
                        and self.words[w.index - 1].verbal and _adnominal(self.words[w.index - 1]))),
                   None)
        if cut is None:
            return subjects
        told = [m for m in sent.mentions if m.role in (TOPIC, SUBJ)]
        mine = {e.name for m in told if (m.first > cut) == (t.index > cut) and m.first < t.index for e in m.entities}
        theirs = {e.name for m in told if (m.first > cut) != (t.index > cut) for e in m.entities}
        if not mine:
            return subjects
        return [e for e in subjects if e.name in mine or e.name not in theirs]

    def _handed_over_by(self, m: Mention) -> bool:
        """"아버지 B 회장에게서 그룹 전략 총괄을 넘겨받은 뒤": whom one took a post over from is no one met."""
        if self.words[m.last].particle not in ("에게서", "로부터", "으로부터", "한테서"):
            return False
        return any(w.text.startswith(("넘겨받", "물려받", "이어받", "인계받", "승계")) for w in self.words[m.last + 1:m.last + 5])

    def _object_of_another_verb(self, t: Trigger, m: Mention, sent: Sentence) -> bool:
        """Whom a verb after a meeting noun, or after a meeting verb that modifies a noun, takes as its
        object, when that verb tells no meeting, is no one met: "간담회에서 ... 오카다 디렉터를 꼽았다",
        "회의를 열고 A, B를 후보로 확정했다", "사무실에서 만난 A 대표는 ... B 부회장을 꼽았다"."""
        adnominal = _adnominal(t.word)
        if (t.word.verbal and not adnominal) or m.role != OBJ or m.first < t.index:
            return False
        verb = next((w for w in self.words[m.last + 1:sent.last + 1] if w.verbal), None)
        return verb is not None and not self._trigger_shaped(verb)

    def _in_subjects_relative_clause(self, t: Trigger, m: Mention, sent: Sentence) -> bool:
        """Whom a relative clause describing the subject takes is no one the subject met: "고인과 30년
        가까이 경쟁해 온 미래바이오의 윤태호 회장도 ... 빈소를 찾았다", nor whom the subject came along
        with, "윤 회장을 수행한 류민호 법인장 등 실무진은 ... 관계자들과 만나" (but not "A와 함께 온 B": who
        came with the subject is there)."""
        if m.role not in (WITH, OBJ, DAT) or m.last >= t.index:
            return False
        subjects = {x.first for x in sent.mentions if x.role in (TOPIC, SUBJ) and m.last < x.first < t.index}
        verb = next((w for w in self.words[m.last + 1:t.index] if w.verbal), None)
        while verb is not None and verb.index + 1 < t.index and self.words[verb.index + 1].verbal:
            verb = self.words[verb.index + 1]  # (to the end of the verb's chain: "경쟁해 온")
        if verb is None or not _adnominal(verb) or self._trigger_shaped(verb) \
                or any(w.particle or w.head in ("함께", "같이") for w in self.words[m.last + 1:verb.index]):
            return False  # (nor a clause with arguments of its own, the person before it a subject too: "A와
            # '해결사'로 불리는 B가 ... 라운딩을 함께했다")
        k = verb.index + 1  # (the subject, or its organization first: "미래바이오의 윤태호 회장도")
        return k in subjects or (k < t.index and self.words[k].role == GEN and k + 1 in subjects)

    def _host_of_trigger(self, m: Mention, t: Trigger) -> bool:
        """Who held the meeting, told in the clause modifying its word: "B 회장이 마련한 오찬에 참석했다",
        "B 협회장이 주재한 업계 최고경영자 오찬 간담회에 참석" (B is the other side, not the one who attended)."""
        if m.role != SUBJ or not m.last + 2 <= t.index <= (m.last + 5 if t.word.particle.startswith("에") else m.last + 2):
            return False  # (nouns between only before the gathering attended: "... 간담회가 열렸다" names its host)
        host = self.words[m.last + 1]
        return _adnominal(host) and _HOSTED.match(host.text) is not None and \
            not any(w.verbal or w.role or w.sep_after for w in self.words[m.last + 2:t.index])

    def _at_home_of(self, m: Mention, t: Trigger) -> bool:
        """Whose home the meeting is at, told before its word: "어머니 노경애 여사 자택에서 점심을 함께했다"
        (the host is there)."""
        return m.role in (NONE, GEN) and m.last + 1 < t.index and \
            _AT_HOME.match(self.words[m.last + 1].text) is not None

    def _meetings_for(self, sent: Sentence, t: Trigger, segment: list[Mention], subjects: list[Entity],
                      stext: str, inherited: bool,
                      visit: tuple[list[Entity], Sentence, Trigger] | None = None) -> list[MeetingMention]:
        # ("B의 안내로", "B 회장과의 회동"; "B 부회장의 손을 맞잡고": whose hand one took)
        # (not a photo of a thing of B's: "사공 회장의 서한 사진을 올리며")
        # (not someone's seat: "멍거의 자리에는 B 부회장이 앉았다", against "B 회장과의 자리")
        gen_chain = any(m.role == GEN and not (t.word.head == "자리" and self.words[m.last].particle == "의") and (
            m.last + 1 == t.index or (
            m.last + 2 == t.index and ((self.words[m.last + 1].role == NONE and not self.words[m.last + 1].verbal
                                        and not PHOTO.match(t.word.head))
                                       or self.words[m.last + 1].head == "손")))
            for m in segment)
        # "무대 위의 황 CEO를 찍은": whom one photographs is no one one met ("A와 사진을 찍었다" is)
        taken = (OBJ,) if t.word.head.startswith("찍") else ()
        elsewhere = self._other_quotes(sent, t)
        counterparts: list[Mention] = [m for m in segment if ((m.role in (WITH, OBJ, DAT) and m.role not in taken) or
                                       (m.role == GEN and gen_chain) or self._at_home_of(m, t)
                                       or self._host_of_trigger(m, t)) and not self._quoted_after(t, m)
                                       and not any(a <= m.start < b for a, b in elsewhere)
                                       and not self._stood_in_for(m)  # ("A CEO를 대신해 한국을 찾은 B를 맞았다")
                                       and not self._handed_over_by(m)
                                       and not self._object_of_another_verb(t, m, sent)
                                       and not self._in_subjects_relative_clause(t, m, sent)]
        cp_entities: list[Entity] = []
        for m in counterparts:
            for e in m.entities:
                if e not in cp_entities and e not in subjects:
                    cp_entities.append(e)
        local = self.text[self.words[sent.first].start:t.word.end]
        after = self.text[t.word.start:self.words[sent.last].end]
        if _IN_WRITING.search(local[-40:]):
            return []  # ("골드버그 CEO와 이메일로 수십 통 의견을 주고받았다": in writing, not met)
        joint_cue = bool(JOINT.search(stext))
        separate = bool(SEPARATE.search(local)) and not joint_cue
        # "A와 B를 만나", "A 회장, B 회장과 만났다", "두 대표와" are one meeting with both; "A, B 등과" lists
        # counterparts met one by one (as does 잇달아/차례로/각각).
        # "A와는 X를, B와는 Y를 논의했다": contrastive 와는/과는 split the counterparts too.
        coordinated = (len(counterparts) >= 2 or any(m.kind == "group" for m in counterparts)) and not any(
            "등" in m.cues or self.words[m.last].particle.endswith("는") for m in counterparts)
        # ("'은행권 간담회'를 열고 A와 B, C 등과 의견을 나눴다": the gathering opened before is one meeting)
        gathered = any(GATHERING.match(w.text) and w.role == OBJ for w in self.words[sent.first:t.index])
        # (and a caption's photo of them all: "A(왼쪽 두 번째)가 B(오른쪽 두 번째), C 등과 기념촬영을 하고 있다")
        pictured = sent.caption and PHOTO.match(t.word.text) is not None
        joint = joint_cue or ((coordinated or GATHERING.match(t.word.text) or gathered or pictured) and not separate)
        # (not who is named only in a quotation opened after the trigger: "기자들과 만나 \"대통령께서 ...\"",
        # nor in another quotation than the trigger's: "\"빈 내정자는 ... 전문가\"라며 \"좋은 경쟁자를 만나게 됐다\"")
        inside: set[str] = set()
        outside: set[str] = set()
        for m in sent.mentions:
            (inside if self._quoted_after(t, m) or any(a <= m.start < b for a, b in elsewhere) else outside).update(
                e.name for e in m.entities)
        quoted = inside - outside
        subj = [e for e in subjects if e not in cp_entities and e.name not in quoted]
        if gen_chain and len(cp_entities) >= 2 and self._quoted(sent, t):
            # (a meeting of others the speaker tells of: "신 이사장은 \"... 열린 A 대통령과 B 총리의
            # 정상회담으로 ...\"라고 말했다")
            subj = [e for e in subj if e.name in inside]
        hosted = not cp_entities and len(subj) == 1 and visit is not None and _GUIDING.match(t.word.text) is not None \
            and subj[0] not in visit[0]
        if hosted:
            cp_entities = list(visit[0])  # "... 공장을 찾았다. C 대표가 직접 생산라인을 안내했다"
        leads_on = bool(t.word.tags) and t.word.tags[-1].endswith("EC") and t.word.text.endswith("서")
        if not cp_entities and len(subj) == 1 and (t.word.verbal or PHOTO.match(t.word.head)) and not leads_on and \
                (interviewee := self._interviewee(sent)) is not None and interviewee not in subj:
            # an answer: "다카하시 대표가 서울 사무실로 직접 찾아왔다" came to me; "산투스 CEO가 방한하셔서
            # ... 저녁을 함께했어요" with me, "독고 회장님이 사진을 올리실 줄은" of us (told by the predicate
            # or a photo, not by the predicate's object or the "-서" clause before it)
            cp_entities = [interviewee]
        if not cp_entities and len(subj) < 2:
            return self._first_met(sent, t)
        if counterparts and all(m.kind == "group" and m.role in (OBJ, DAT) for m in counterparts) and (
                not subj or _SUMMED_UP.search(stext)):
            return []  # "하루에 세 총수를 모두 만난 것은": someone unnamed met each of them; "세 총수를
            # 하루에 모두 만난 셈이다": the meetings just reported, summed up
        if inherited and PHOTO.match(t.word.head) and len(cp_entities) < 2:
            return []  # "사진에는 무대 위에서 발표하는 황 CEO가 담겼다": whom a photo shows is no one its taker met
        if not t.strong and not cp_entities and not joint and not (
                (sent.group_subject or len(subj) >= 2) and self._told_past(t) and not _EACH_APART.search(stext)
                and (CONVERSE.match(t.word.text) or (visit is not None and _DISCUSSED.match(t.word.text)))) \
                and not (len(subj) >= 2 and sent.caption) \
                and not (sent.group_subject and PHOTO.match(t.word.head) and t.index + 1 <= sent.last
                         and self.words[t.index + 1].text == "속"):  # "▲ A와 B가 ... 악수하고 있다", "사진 속 두 사람은"
            return []  # ("두 사람은 ... 의견을 나눴다", "A와 B는 ... 처음 인사를 나눴다": people who talked were together)
        # ("A와 B는 ... 따로 만난 사실은 없다": two subjects 'apart' from the rest met each other)
        apart = len(subj) >= 2 and {m.group(1) for m in SEPARATE.finditer(local)} == {"따로"} and \
            not self._quoted(sent, t)
        if not cp_entities and ((separate and not apart) or (UNNAMED_PLURAL.search(local) and len(subj) < 2)):
            return []  # ("A 장관은 대표들과 간담회를 가졌다" waits for the attendees' names)
        if not cp_entities and len(subj) >= 2 and _COUNTED_OTHERS.search(self.text, t.word.start - 20, t.word.start) \
                and not any(m.role in (TOPIC, SUBJ) and m.first > t.index for m in sent.mentions):
            return []  # "A 대표와 B CFO는 ... 기관투자가 30여곳을 만났다": whom they met is counted, not named
        if not cp_entities and not t.strong and not _TOUCH.match(t.word.text) and \
                not self._face_to_face(t) and not self._talked_together(t, subj) and \
                not (sent.caption and joint_cue and len(subj) >= 2) and \
                (self._attended_ceremony(stext) if sent.group_subject
                 else CEREMONY.search(self.text[self._told_since(sent):sent.end])):
            return []  # "A, B, C 대표 등이 자리를 함께했다" at a ceremony: they sat in the same hall (but a
            # caption of them together is their photo: "▲(왼쪽부터) A, B, C가 전시장을 함께 둘러보고 있다"),
            # as did two the sentence names the ceremony of ("세 사람은 오후 패널 토론에도 나란히 자리했다")
        if not cp_entities and t.index and self.words[t.index - 1].head in CEREMONY_MODIFIERS and GATHERING.match(t.word.text):
            return []  # "A와 B는 공식 환영 만찬에 참석했다": guests of a banquet
        if len(subj) >= 2 and not cp_entities and not any(m.role in (TOPIC, SUBJ) for m in segment) and inherited \
                and not (gen_chain and t.strong and counterparts):
            return []  # (unless the meeting noun names them again: "황보 회장과 알무타이리 차관의 만남은 없었다")
        if inherited and gen_chain and t.strong and all(m.role == GEN for m in counterparts) and not sent.sitting_in:
            subj = []  # "A와 B의 회동": the genitive names everyone; no subject carried over (but "B의
            # 안내로 둘러봤다" names only the guide, "B 회장과의 조찬은 ... C가 배석했다" the other side)
            cp_entities = []  # (the subject carried over among them too)
            for e in (e for m in counterparts for e in m.entities):
                if e not in cp_entities:
                    cp_entities.append(e)
        groups: list[list[Entity]]
        if len(cp_entities) > 1 and len(set(self._own_days(sent, counterparts).values())) > 1:
            separate = True  # "지난 5월 A를, 지난달에는 B를 만났다": each on its own day
        if cp_entities and (len(cp_entities) == 1 or joint or not subj) and not separate:
            groups = [subj + cp_entities]
        elif cp_entities:
            groups = [subj + [c] for c in cp_entities]
        else:
            groups = [subj]
        first_cp = min((m.start for m in counterparts), default=t.word.start)
        status, mode = self._status_mode(t, after, stext, self.text[min(first_cp, t.word.start):t.word.end])
        when, precision = self._date(sent, t)
        if hosted and not any(sent.start <= d.start < sent.end for d in self.dates if d.date is not None):
            when, precision = self._date(visit[1], visit[2])  # the day of the visit
        decided = _DECIDED_LATER.search(self.text[t.word.end:sent.end])
        meant = decided or _MEANT_LATER.search(self.text, t.word.end, sent.end)
        if status == "occurred" and ((((not self._told_past(t) and meant)
                                       or _AGREED_SHOULD.search(self.text[t.word.end:sent.end]))
                                      and _LATER_TIME.search(self.text[sent.start:t.word.start]))
                                     # (what is to be done at a meeting: "대면 회담에서 ... 논의하기로 했다")
                                     or (decided and t.word.particle in ("에서", "에서는") and not t.word.verbal)
                                     or (not PAST.search(t.word.text) and _PROPOSED.match(self.text, t.word.start))
                                     or _AGREED_TO_MEET.match(self.text, t.word.start)):
            status = "planned"  # "양측은 하반기 중 직접 만나 ... 구체화하기로 했다", "만나 ... 확정하자고 제안했고"
        if status == "occurred" and _OCCASION_TOLD.search(stext.rstrip()) and \
                FINITE_PLAN.search(self._sentence_before(sent)[1]):
            status = "planned"  # "상견례는 다음 달 중순 열릴 예정이다. A와 B가 ... 논의하는 자리다"
        if status == "occurred" and self._after_publication(when, precision):
            # (but a later date and a decision or an intention, "다음 달 ... 직접 만나 논의를 이어가기로 했다",
            # "다음 달 중 B와 공개 면담을 갖고 결과를 공시하겠다고 밝혔다", is a plan)
            if self._told_past(t) and not meant:
                # told in the past tense: a bare "2월 4일" in a November story is the past February;
                # any other later date belongs to something else in the sentence ("내년 CEO 자리를
                # 물려받는 B의 안내를 받으며 둘러봤다")
                bare = any(sent.start <= d.start < sent.end and d.date == when and _BARE_MONTH.fullmatch(d.text)
                           for d in self.dates)
                when, precision = (when.replace(year=when.year - 1), precision) if bare and when is not None \
                    and when.year == self.published.year + 1 else self._inherited_date(sent)
            else:
                status = "planned"  # "다음 주 ... 만난다": a meeting dated after the article is still to come
        photo = bool(PHOTO.search(stext)) or sent.caption
        place = self._place(sent, t)
        out = []
        by_name = {e.name: m for m in sent.mentions for e in m.entities}
        own_days = self._own_days(sent, counterparts) if len(groups) > 1 else {}
        for g in groups:
            if len({e.name for e in g}) < 2:
                continue
            g_when, g_precision = next((own_days[e.name] for e in g if e.name in own_days), (when, precision))
            parts = []
            for e in g:
                m = by_name.get(e.name)
                parts.append(_participant(e, m.surface if m and m.kind == "name" else None,
                                          m.org if m else None, m.title if m else None))
            g_status, g_mode = status, mode
            if _MEETING_AS_SUCH.match(self.text, t.word.start):
                # "구 회장이 모디 총리를 만나는 것은 처음으로": the meeting the article told of them
                told = next((m for m in reversed(self.meetings) if m.names == {e.name for e in g}), None)
                if told is not None:
                    g_status, g_mode, g_when, g_precision = told.status, told.mode, told.date, told.date_precision
            out.append(MeetingMention(
                participants=tuple(parts), status=g_status, mode=g_mode, date=g_when, date_precision=g_precision,
                location=place, photo_op=photo, confidence=0.9 if t.strong else 0.7, sentence=stext.strip(),
                char_start=sent.start, char_end=sent.end, cues=(t.word.head or t.word.text,)))
            if (last := self._last_time(sent)) is not None and g_status == "occurred" and g_mode == "in_person":
                # "A와 B가 만난 것은 지난해 12월 이후 6개월 만이다": they met then too
                out.append(MeetingMention(
                    participants=tuple(parts), status="occurred", mode="in_person", date=last.date,
                    date_precision=last.precision, confidence=0.6, sentence=stext.strip(),
                    char_start=sent.start, char_end=sent.end, cues=(t.word.head or t.word.text, "이후")))
        return out

    def _last_time(self, sent: Sentence) -> DateMention | None:
        """The date of the last meeting before this one, when the sentence counts the time since
        it ("지난해 12월 이후 6개월 만이다", "2022년 10월 기공식 이후 2년 5개월 만")."""
        since = [d for d in self.dates if sent.start <= d.start < sent.end and d.aside == "since" and d.date is not None]
        if len(since) != 1 or not _SINCE_LAST.match(self.text, since[0].end):
            return None
        return since[0]

    def _own_days(self, sent: Sentence, counterparts: list[Mention]) -> dict[str, tuple[date, str]]:
        """Counterparts met one by one, each after its own day or month: "지난 8일 A를, 9일에는 B를
        각각 만났다", "지난 5월 A를, 지난달에는 B를". A counterpart with no date between it and the
        one before keeps the trigger's."""
        out: dict[str, tuple[date, str]] = {}
        floor = sent.start
        for m in sorted(counterparts, key=lambda m: m.start):
            days = [d for d in self.dates if floor <= d.start < m.start and d.date is not None and
                    d.precision in ("day", "month") and
                    d.end_date in (None, d.date) and not d.aside]
            if days and not self._after_publication(days[-1].date, days[-1].precision):
                out.update((e.name, (days[-1].date, days[-1].precision)) for e in m.entities)
            floor = m.end
        return out if len(set(out.values())) > 1 else {}

    # --- attributes ------------------------------------------------------------------------
    def _status_mode(self, t: Trigger, after: str, stext: str, span: str = "") -> tuple[str, str]:
        """Status from the clause's predicate and cues; mode from cues between counterpart and trigger."""
        window = " ".join(after.split()[:4])  # the trigger and what follows it, in this sentence
        status = "occurred"
        clause = self._clause_predicate(t)
        if self._called_off(t, after) or PLAN_PAST.search(after) or _INSTEAD_OF.match(after):
            status = "cancelled"  # ("대면 만남 대신 전화 통화로": the meeting did not take place)
        elif DENIED.search(" ".join(after.split()[:6])) or re.search(r"(부인[했하해한할]|사실무근|사실이 아니|사실과 다[르릅])", stext) \
                or (t.word.head.endswith("설") and DENIED.search(stext)) \
                or NO_PLANS.search(stext) or _NEVER_HAPPENED.match(self.text, t.word.end, t.word.end + 30) or \
                ((alt := _OR_ELSE.match(self.text, t.word.end))
                 and _NEVER_HAPPENED.match(self.text, alt.end(), alt.end() + 30)) \
                or self._none_held(t) or _NOT_ALONG.search(after) or _NOT_SO.match(after) or _ONLY_SEEMED.match(after) \
                or _BY_CHANCE.search(after) \
                or after[len(t.word.text):].lstrip().startswith("없이"):  # ("별다른 대화 없이 무대만 바라봤다")
            # "골프를 친 적도, 만난 적도 없다", "공식 회동이나 별도 대담은 없었다", "라운딩을 했지만 ...
            # 동반하지는 않았다"
            status = "denied"
        elif (wish := WISH.search(said := _unquoted(after))) and not PAST.search(t.word.text) and \
                not PAST.search(said[len(t.word.text):wish.start()]) or (t.word.verbal and _CONDITION.search(t.word.text)) or \
                _AS_SOON_AS.search(self.text[self.words[0].start:t.word.start][-40:]):
            # wished for or on a condition, not held ("인재가 만나면", "진정되는 대로 ... 회동을 갖고"); a
            # past predicate before the wish tells a held one
            status = "planned"
        elif _future(t.word) or _present_final(t.word.text) or DECIDED.match(self.text[t.word.end:t.word.end + 12].lstrip()) or \
                _AHEAD.match(after) or self._intended(t) or _means_to(t.word) or \
                (_adnominal(t.word) and  # "직접 만나는 방안도 추진"
                 self.text[t.word.end:t.word.end + 4].lstrip().startswith(("방안", "방법"))) or \
                (not PAST.search(t.word.text) and (
                PLANNED_AFTER.search(window) or (bool(clause) and (
                    FINITE_PLAN.search(clause) or _will_be(clause) or _AIM_TOLD.match(clause) or
                    _MEANT_LATER.search(clause.split()[0]) or
                    (_present_final(clause.split()[0]) and not _REGARDED.match(clause.split()[0])))))):
            status = "planned"
        mode = "in_person"
        # (within the quotation the trigger opens with: "옥 회장은 동아일보와의 통화에서 \"진 회장과 골프를 친
        # 건 맞지만 ...\"" tells a call with the paper, not a round of golf by phone)
        lo = max(0, t.index - 3)
        lo = next((k for k in range(t.index, lo - 1, -1) if self.words[k].text.startswith(('"', "“"))), lo)
        near = span + " " + " ".join(w.text for w in self.words[lo:t.index + 2])
        if not t.strong:
            near += " " + stext  # "화상회의는 ... 진행됐으며, 세 사람은 ... 의견을 나눴다": talk of the same call
        elif t.word.role in (TOPIC, SUBJ) and not t.word.verbal and (_HELD_BY.search(after) or t.word.head == "인연"):
            near += " " + after  # (how the meeting as subject was held: "면담은 ... 화상으로 진행된 것으로", or
            # how they first met: "두 사람의 인연은 지난해 12월 화상회의로 시작됐다")
        if VIDEO.search(near):
            mode = "video"
        elif PHONE.search(t.word.text) or PHONE.search(near):
            mode = "phone"
        return status, mode

    def _after_publication(self, when: date | None, precision: str | None) -> bool:
        if when is None or self.published is None:
            return False
        day = self.published.date()
        if precision == "day":
            return when > day
        if precision == "month":
            return (when.year, when.month) > (day.year, day.month)
        return precision == "year" and when.year > day.year

    def _quoted(self, sent: Sentence, t: Trigger) -> bool:
        """Whether the trigger sits inside quotation marks within its sentence; not when the
        quotation closes right after it, naming the event ("'한미 경제인 라운드테이블'을 주재했다")."""
        if _NAMED_EVENT.search(t.word.text):
            return False
        before = self.text[sent.start:t.word.start]
        return before.count('"') % 2 == 1 or before.count("“") > before.count("”") or \
            before.count("'") % 2 == 1 or before.count("‘") > before.count("’")

    def _other_quotes(self, sent: Sentence, t: Trigger) -> list[tuple[int, int]]:
        """The sentence's quotations other than the one the trigger is in, when it is in one: no one
        named in them is met ("\"빈 내정자는 ... 전문가\"라며 \"좋은 경쟁자를 만나게 됐다\"")."""
        spans = _quotations(self.text, sent.start, sent.end)
        own = next((q for q in spans if q[0] <= t.word.start < q[1]), None)
        return [q for q in spans if q != own] if own is not None else []

    def _quoted_after(self, t: Trigger, m: Mention) -> bool:
        """Whether mention m sits in a quotation that opens after the trigger: "오전 간담회에서
        \"지난달 B 의장에게 전화를 걸었다\"고 말했다" quotes what was said there, no counterpart."""
        between = self.text[t.word.end:m.start]
        return between.count('"') % 2 == 1 or between.count("“") > between.count("”")

    @staticmethod
    def _called_off(t: Trigger, after: str) -> bool:
        """A cancelling word in the trigger's clause: "회동이 일정 문제로 무산됐다", "만나지 못했다" (but
        not "만나 논의했지만 이견을 좁히지 못하고": what failed there is something else)."""
        near = " ".join(after.split()[:10])
        cue = CANCELLED.search(near)
        # (a meeting noun and a light verb: "상견례를 하지 못했다", "회동을 갖지 못했다", "면담은 이뤄지지 못했다")
        light = re.match(r"\s*(?:하|갖|가지|열|치르|나누|이뤄지|이루어지|열리|진행되)지(?:는|도)? 못",
                         after[len(t.word.text):]) is not None
        return cue is not None and (not cue.group().startswith("지") or cue.start() <= len(t.word.text) + 1 or light)

    def _first_met(self, sent: Sentence, t: Trigger) -> list[MeetingMention]:
        """"처음 만난 건 2022년 바르샤바 콘퍼런스였어요", naming no one: the first meeting of the two
        just reported, on the day the predicate gives."""
        before = self.text[max(sent.start, t.word.start - 6):t.word.start]
        days = [d for d in self.dates if t.word.end <= d.start < sent.end and d.date is not None and not d.aside]
        held = self._held()
        if "처음" not in before or not re.match(r"\S+\s+(?:것은|건)\s", self.text[t.word.start:sent.end]) \
                or not days or not held:
            return []
        last = held[-1]
        if (last.date, last.date_precision) == (days[0].date, days[0].precision):
            return []
        return [replace(last, date=days[0].date, date_precision=days[0].precision, photo_op=False,
                        sentence=self.text[sent.start:sent.end].strip(), char_start=sent.start, char_end=sent.end,
                        cues=(t.word.head or t.word.text, "처음"))]

    def _face_to_face(self, t: Trigger) -> bool:
        """"A와 B는 ... 행사에서 처음 인사를 나눈 바 있다", "얼굴을 맞댄 뒤": two who greeted each other
        met, even in the hall of an event."""
        return t.index > 0 and self.words[t.index - 1].text in ("인사를", "첫인사를", "얼굴을") and \
            CONVERSE.match(t.word.text) is not None

    def _talked_together(self, t: Trigger, subj: list[Entity]) -> bool:
        """"행사 도중 A와 B는 20분가량 대화를 나눴다": two who talked met, even at an event they both
        attended (told in the past, not as a plan or what they did not do)."""
        talk = t.word if _TALK.match(t.word.text) else self.words[t.index - 1] if t.index else None
        return len(subj) >= 2 and talk is not None and talk.line == t.word.line and _TALK.match(talk.text) is not None \
            and self._told_past(t)

    def _told_past(self, t: Trigger) -> bool:
        """The trigger's clause closes in the past tense ("만났다", "의견을 나눈 뒤 ... 했다") or tells
        what has been done before ("처음 인사를 나눈 바 있다", "인사를 나눈 사이다")."""
        return bool(PAST.search(t.word.text)) or self._clause_predicate(t) == "" or \
            bool(_DONE_BEFORE.match(self.text, t.word.end))

    def _none_held(self, t: Trigger) -> bool:
        """The meeting noun is what there was none of: "공식 회동이나 별도 대담은 없었다", "만찬 회동은
        물론 어떤 형태의 만남도 없었다" (the first predicate after it decides)."""
        if (t.word.verbal or t.word.particle not in ("은", "는", "도", "이나", "이", "가")) \
                and not _MISREAD_MEETING_NOUN.fullmatch(t.word.text):
            return False
        for w in self.words[t.index + 1:t.index + 7]:
            if w.verbal:
                return w.head.startswith("없") and w.line == t.word.line
        return False

    def _intended(self, t: Trigger) -> bool:
        """A meeting noun the object of a verb of intention ("박 회장과의 만남을 우선 일정으로
        잡겠다는 뜻을 전한"): the first verb after it says what someone means to do."""
        if t.word.verbal or t.word.particle not in ("을", "를"):
            return False
        verb = next((w for w in self.words[t.index + 1:t.index + 6] if w.verbal or w.line != t.word.line), None)
        return verb is not None and verb.line == t.word.line and "겠" in verb.text

    def _clause_predicate(self, t: Trigger) -> str | None:
        """Text from the trigger to the first finite predicate after it (past or planned).

        "만나 ... 논의할 예정이다" is planned, "만나 ... 논의했다" happened: a connective trigger takes
        the tense of the predicate that closes its clause chain.
        """
        agreed: str | None = None  # "만나 ... 논의하기로 하고": what the chain goes on to decides
        for w in self.words[t.index + 1:]:
            if w.line != t.word.line:
                return agreed
            # a quotation closes the clause: "...시작되기를 기대한다"고 말했다 is a hope, not a past
            quote_end = _QUOTE_CLOSE.search(w.text)
            if quote_end and not quote_end.group(1) and (w.text[:1] in "'\"‘“" or not w.verbal):
                quote_end = None  # a quoted term, not a quotation closing: "'특허심사하이웨이' 협력 확대를 논의한다",
                # "'한-베트남 산업협력위원회' 정례화 방안을 논의할 예정이다"
            text = w.text[:quote_end.start()] if quote_end else w.text
            if w.verbal:
                tail = re.split(r"[.?!](\s|$)", self.text[w.start:w.end + 12], maxsplit=1)[0]  # this sentence only
                if quote_end and _means_to(w) and not re.search("[\"“]", self.text[t.word.end:w.start]):
                    return tail  # an intention closing the quotation the trigger is in: "\"... 한자리에 모으겠다\"고"
                if _adnominal(w) and not _future(w) and not text.endswith("는") \
                        and _TOLD_AS_DONE.match(self.text, w.end):
                    return ""  # the past told as what it was: "접객실에서 30여분간 대화를 나눈 것이다"
                if FINITE_PLAN.match(tail) or _AIM_TOLD.match(tail) or \
                        (_adnominal(w) and _AIMED_AT.match(self.text, w.end)):
                    # a plan under way closes the chain: "대면해 ... 서명하는 방안을 추진하고 있다"; so does
                    # an aim: "만나 투자협약을 체결하는 것을 목표로 실무 협의를 이어가기로 했다", "목표는 A와
                    # ... 논의하고, B와 ... 매듭짓겠다는 것이었다"
                    return tail
                if agreed is not None and w.text in ("하고", "하며", "하면서"):
                    continue
                if PAST.search(text) and not _plan_closing(tail):
                    return agreed if agreed is not None else ""
                if agreed is None and text.endswith("기로"):
                    # (an agreement the chain goes on from: "만나 ... 논의하기로 하고 일정을 조율해 왔다" is
                    # still a plan, as its closing predicate says)
                    agreed = tail
                    continue
                if _future(w) or _present_final(text) or (PAST.search(text) and _plan_closing(tail)):
                    return tail
            if SENT_END.search(w.text) or quote_end:
                return agreed
        return agreed

    def _date(self, sent: Sentence, t: Trigger) -> tuple[date | None, str | None]:
        usable = [d for d in self.dates if sent.start <= d.start < sent.end and d.date is not None
                  and d.aside not in ("reported", "since", "converted")]
        posting = any(POSTING.match(w.text) for w in self.words[t.index + 1:sent.last + 1]) and \
            bool(re.search(r"(한|은|는|난|던)$", t.word.text or "") or PHOTO.match(t.word.head))
        if not t.word.verbal and self._counted_since(t.word):
            since = [d for d in self.dates if sent.start <= d.start < t.word.start and d.date is not None]
            return since[-1].date, since[-1].precision  # ("지난해 10월 하노이 회동 이후 다섯 달 만이다")
        before = [d for d in usable if d.start < t.word.start]
        after = [d for d in usable if d.start >= t.word.start]
        cands = before or after
        if not cands:
            return self._inherited_date(sent)
        if not before and self._describes_someone(after[0]):
            # ("... 나누며, 이달 초 합류한 공격수 B에게는": when B joined, not when they talked)
            return (after[1].date, after[1].precision) if len(after) > 1 else self._inherited_date(sent)
        d = cands[-1] if before else cands[0]
        if before and after and not t.word.verbal and t.word.particle in ("은", "는", "이", "가") and \
                after[0].precision == "day" and d.precision == "year":
            d = after[0]  # ("지난해 두 차례 무산됐던 A와 B의 만남은 5월 19일 서울에서 이뤄졌다": the day its verb tells)
        finer = [x for x in before[:-1] if x.precision in ("day", "month") and d.precision == "year"
                 and x.date.year == d.date.year]
        if finer:
            d = finer[-1]  # ("12일 ... 열린 2024년 임금 협약 조인식에서": the year names the agreement, the day is told)
        if len(before) > 1 and self._tells_a_person(d, t):
            d = before[-2]  # ("그저께 ... 이번 주 초 방한한 B 사장과 회동했다": when B came, not when they met)
        if d.aside == "announced" or self._announcers_day(sent, d):
            # "...만나 논의했다고 23일 밝혔다": the day it was announced, unless the story dated
            # the meeting before (a headline's "22일 회동")
            story_day = self._story_day(sent, self.text[sent.start:sent.end])
            if story_day is not None and story_day <= d.date:
                return story_day, "day"
        precision = d.precision
        when = d.date
        if d.end_date is not None and d.end_date != d.date:
            precision = "month" if (d.end_date.year, d.end_date.month) == (d.date.year, d.date.month) else None
            when = d.date.replace(day=1) if precision else None
        quoted_day = self.text.count('"', sent.start, d.start) % 2 == 1  # ("\"어제 ... 김장을 했다\"는 글을 게시했다")
        if posting and precision == "day" and not quoted_day and not any(
                _HELD_EVENT.match(w.text) for w in self.words[sent.first:t.index] if w.start >= d.end):
            return None, None  # (but "22일 열린 출범식에서는 ... 맞잡은 사진이 공개됐다": the event's day)
        return when, precision

    def _tells_a_person(self, d: DateMention, t: Trigger) -> bool:
        """The date sits in a clause describing a counterpart before the trigger ("이번 주 초 방한한 B
        사장과"): a relative clause whose verb is followed by the person met."""
        starts = {m.first for m in self.mentions if m.role in (WITH, OBJ, DAT)}  # (not the subject's own doing)
        k = t.index - 1
        while k >= 0 and self.words[k].start >= d.end:
            w = self.words[k]
            if w.verbal and _adnominal(w) and k + 1 in starts:
                return True
            k -= 1
        return False

    def _first_word_from(self, offset: int) -> int:
        """The index of the first word starting at or after a character offset (len(words) if none)."""
        return bisect_left(self.words, offset, key=lambda w: w.start)

    def _describes_someone(self, d: DateMention) -> bool:
        """The date opens a relative clause on a person named right after it ("이달 초 합류한 브라질 출신
        공격수 하파엘 실바에게는"): its first verb modifies a noun phrase that is a person's mention."""
        k = self._first_word_from(d.end)
        if k == len(self.words) or self.words[k].start > d.end + 2:
            return False  # (the words right after it were not read)
        verb = next((w for w in self.words[k:k + 2] if w.verbal or w.particle), None)
        if verb is None or not verb.verbal or not _adnominal(verb):
            return False
        starts = {m.first for m in self.mentions}
        return any(j in starts for j in range(verb.index + 1, verb.index + 5))

    def _attended_thing(self, sent: Sentence) -> bool:
        """Every attendance word of the sentence describes a thing, not a person: "윤석열 대통령이
        참석한 아세안 정상회의가 자카르타에서 열리면서" tells another event (unlike "회의에 참석한 A
        회장은", "A 회장이 참석한 만찬에는 B도 함께했다")."""
        starts = {m.first for m in sent.mentions}
        cues = [w for w in self.words[sent.first:sent.last + 1] if ATTACH.search(w.text)]

        def describes_thing(w: Word) -> bool:
            nxt = self.words[w.index + 1] if w.index < sent.last else None
            # (a fact told, not a thing: "C가 동반한 것으로 알려졌다", "배석했다는 점이다")
            return _adnominal(w) and nxt is not None and nxt.index not in starts \
                and not ATTACH.search(nxt.text) and _COPULA_END.sub("", nxt.head) not in _NOT_THINGS \
                and nxt.head_tags[:1] != ("NNB",)
        return bool(cues) and all(describes_thing(w) for w in cues)

    def _attended_and(self, sent: Sentence) -> int | None:
        """Where in the sentence attendees came and then did something there ("B, C 등 8명이 참석해
        ... 뜻을 모았다"): the attendance word right after its subject (not "행사에 참석해 A와
        만났다", which tells an event someone went to)."""
        for w in self.words[sent.first + 1:sent.last + 1]:
            if _ATTENDED_AND.fullmatch(w.text) and self.words[w.index - 1].role == SUBJ:
                return w.start - sent.start
        return None

    def _roll_call(self, sent: Sentence, stext: str, size: int | None, event_sent: Sentence,
                   trigger: Trigger) -> bool:
        """"네 사람이 모였다. A 회장, B 회장, C 부회장, D 사장이다.": the sentence right after people
        met unnamed, naming only people (that many, when the group was counted) and closing on a
        title as its predicate, says who they were."""
        last = self.words[sent.last]
        people = [e for m in sent.mentions if m.kind == "name" for e in m.entities]
        named = len({e.name for e in people})
        closed = (last.verbal and title_of(last)) or (sent.caption and _ROLL_CALL.match(stext) is not None)
        if len(sent.mentions) != named or named != (size or max(named, 2)) or not closed:
            return False  # (a caption's roll call has no predicate: "왼쪽부터 A 대표, B CEO, C 회장.")
        self._attendance_meeting(people, sent, event_sent, trigger, stext)
        self.prev_meetings = sent.meetings
        return True

    def _attendees_with(self, sent: Sentence, stext: str, triggers: list[Trigger]) -> bool:
        """"참석자들은 간담회 시작 전 우 장관과 함께 기념촬영을 했다": the attendees of the gathering
        just reported met whom they did it with there."""
        attendees = any(w.head in ("참석자", "참석자들") and w.role in (TOPIC, SUBJ) for w in self.words[sent.first:sent.last + 1])
        held = [m for m in self.recent if m.status == "occurred" and m.mode == "in_person"]
        if not (attendees and held and triggers and sent.mentions) or any(m.role in (TOPIC, SUBJ) for m in sent.mentions):
            return False
        for meeting in held:
            _join(meeting, [e for m in sent.mentions for e in m.entities])
            meeting.photo_op = meeting.photo_op or (PHOTO.search(stext) is not None and not DENIED.search(stext))
        sent.attached = True
        return True

    def _sat_in(self, sent: Sentence, stext: str, triggers: list[Trigger]) -> bool:
        """"간담회에는 A, B가 참석했다. 산업연에서는 C 부회장이 배석했고, D 사장 등 기업인 10여 명이 자리를
        함께했다": who sat in on the gathering the sentence before reported, told with attendance words
        alone (no one else met, no event of its own), met its people there; so did who guided the visit
        the sentence before reported ("현장 안내는 C 부사장이 맡았으며, D 무관이 동행했다")."""
        guided = _GUIDED.match(stext) is not None
        held = [m for m in self.recent if m.status == "occurred" and m.mode == "in_person" and m.cues
                and (guided or GATHERING.match(m.cues[0]) or "참석" in m.cues)]
        if not (held and (triggers or guided) and sent.mentions) \
                or any(m.role in (WITH, OBJ, DAT) for m in sent.mentions) or not (guided or ATTACH.search(stext)) \
                or ANY_TRIGGER.search(ATTACH.sub(" ", stext)) or DENIED.search(stext) \
                or FINITE_PLAN.search(stext.rstrip()[-14:]):
            return False
        # (not who stayed away: "장민석 행장은 ... 불참해 오준혁 부행장이 대신 자리했다")
        came = [e for m in sent.mentions if not self._stood_in_for(m) for e in m.entities]
        for meeting in held:
            _join(meeting, came)
        sent.attached = True
        return True

    def _sat_in_each(self, sent: Sentence, stext: str) -> bool:
        """"차 상무는 리드 대표와의 오찬과 권 총영사와의 환담에 모두 배석했다": the subject sat in on the
        meeting held with each one named, the last reported with them, and met no one else."""
        hosts = [m for m in sent.mentions if m.role == GEN and self.words[m.last].particle in ("와의", "과의")
                 and m.last + 1 <= sent.last and STRONG.match(self.words[m.last + 1].text)]
        subjects = [e for m in sent.mentions if m.role in (TOPIC, SUBJ) for e in m.entities]
        if len(hosts) < 2 or not subjects or not ATTACH.search(stext) or any(
                m.role in (WITH, OBJ, DAT) for m in sent.mentions):
            return False
        held = [next((m for m in reversed(self._held()) if {e.name for e in h.entities} <= m.names), None)
                for h in hosts]
        if any(m is None for m in held):
            return False
        for meeting in held:
            _join(meeting, subjects)
        sent.attached = True
        return True

    def _came_to(self, sent: Sentence, stext: str, triggers: list[Trigger], size: int | None, event_sent: Sentence,
                 trigger: Trigger) -> bool:
        """"협의회는 ... 간담회를 열었다. A 대표를 비롯해 B, C 대표 등 회원사 경영진 20여 명이
        참석했다": everyone the next sentence names as attending a gathering held by no one named
        met there (not guests of a crowd of 50 or more)."""
        if size is not None or self.pending or self.recent or not (GATHERING.match(trigger.word.text) or trigger.strong) \
                or not (ATTENDED.search(stext) or self._attended_and(sent) is not None) or DENIED.search(stext) \
                or _CROWD.search(stext) or any(t.strong for t in triggers):
            return False
        people = [e for m in sent.mentions if m.kind != "group" and not self._stood_in_for(m) for e in m.entities]
        people = [e for k, e in enumerate(people) if e not in people[:k]]
        if len(people) < 2:
            return False
        self._attendance_meeting(people, sent, event_sent, trigger, stext)
        self.prev_meetings = sent.meetings
        return True

    def _gathering(self, sent: Sentence, stext: str) -> None:
        """Everyone named as attending a gathering that no earlier sentence reported met there, with
        its host when an earlier sentence named one ("A 주석이 ... 좌담회를 주재했다" ... "좌담회에는 B,
        C, D가 자리했다") and whom the sentence right before told as attending it ("B는 A 부회장이 마련한
        만찬에 참석했다. 만찬에는 C, D도 자리를 함께했다")."""
        event = self._event_word(sent).head
        start, before = self._sentence_before(sent)
        people = self._host_of(event, sent) + self._attended_just_before(event, start, before) + \
            [e for m in sent.mentions if not self._stood_in_for(m) for e in m.entities]  # (not "A 회장 대신")
        people = [e for k, e in enumerate(people) if e not in people[:k]]
        first = self.words[sent.first]
        opened = Trigger(first.index, True, first)
        event_sent = sent
        if (told := self._told_before(sent, event)) is not None:
            # "이날 회의에는 A, B, C가 참석했다" after "한국과 미국이 11일 ... 회의를 화상으로 열고": the
            # meeting told before, its day and its mode
            event_sent, opened = told
        if len(people) == 1 and _HEADCOUNT.search(stext):
            # "간담회에는 A 관장과 기업 대표 4명, 바이어 3명이 참석했다": the others, counted, are
            # named next ("한국 기업에서는 B, C 대표가 자리했다")
            self.pending = (people, sent, opened)
        if len(people) < 2:
            return
        self._attendance_meeting(people, sent, event_sent, opened, stext)
        self.prev_meetings = sent.meetings

    def _told_before(self, sent: Sentence, event: str) -> tuple[Sentence, Trigger] | None:
        """The sentence "이날 회의에는", "이번 간담회에는" points back at: the last one holding the event
        as an object and naming no one ("한국과 미국이 11일 ... '2+2' 회의를 화상으로 열고"), with its
        event word."""
        if not any(w.head in DETERMINERS for w in self.words[sent.first:min(sent.first + 4, sent.last)]):
            return None
        for first, last in reversed([r for r in self._sentence_ranges if r[1] < sent.first]):
            told = next((w for w in self.words[first:last + 1] if w.head.strip("'\"‘’“”") == event and w.role == OBJ),
                        None)
            if told is not None:
                if any(first <= m.first <= last for m in self.mentions):
                    return None
                return Sentence(first, last, self.words[first].start, self.words[last].end), Trigger(told.index, True, told)
        return None

    def _host_of(self, event: str, sent: Sentence) -> list[Entity]:
        """Who hosted the gathering `event` names, as the subject of an earlier sentence that held it
        ("좌담회를 주재했다", "간담회를 열었다", "수장들과 만찬을 했다", "A 회장이 주재한 '... 간담회'는"), or
        the guest it was held for ("위원회는 ... 응우옌 부총리 초청 오찬 간담회를 열었다")."""
        for m in reversed([m for m in self.mentions if m.last < sent.first]):
            clause = self.text[self.words[m.last].end:self._line_end_at(self.words[m.last].end)]
            if m.role in (TOPIC, SUBJ) and (
                    re.match(rf"[^.\n]*{re.escape(event)}[을를]\s*(주재|열|개최|마련|가졌|갖|했|함께)", clause) or
                    re.match(rf"\s*(주재|주최|마련)한\s[^.\n]{{0,40}}{re.escape(event)}", clause)):
                return list(m.entities)
            if re.match(rf"\s*초청\s[^.\n]{{0,20}}{re.escape(event)}", clause):
                return list(m.entities)
        return []

    def _line_before(self, line_start: int) -> str:
        """The last line with text before the line starting at line_start."""
        before = self.text[:line_start].rstrip()
        return before[before.rfind("\n") + 1:]

    def _line_start_at(self, pos: int) -> int:
        """Where the line holding pos begins."""
        return self.text.rfind("\n", 0, pos) + 1

    def _line_end_at(self, pos: int) -> int:
        """Where the line holding pos ends: its newline, or the end of the text."""
        end = self.text.find("\n", pos)
        return end if end >= 0 else len(self.text)

    def _line_start(self, sent: Sentence) -> int:
        """Where the sentence's line begins: captions, timeline items and answers are told by the line."""
        return self._line_start_at(sent.start)

    def _shown_together(self, sent: Sentence, stext: str) -> Word | None:
        """A caption showing two or more named people doing one thing together ("강하나 대표(오른쪽)와
        윤태식 이사장이 ... 김치를 담그고 있다"): its verb, which tells they were there together (not
        each on their own, "각각 연설하고 있다")."""
        subjects = [m for m in sent.mentions if m.role in (SUBJ, TOPIC) and m.kind in ("name", "coref")]
        if len({e.name for m in subjects for e in m.entities}) < 2 or not _SHOWN_DOING.search(stext) \
                or SEPARATE.search(stext):
            return None
        verb = self.words[sent.last - 1] if sent.last > sent.first else None
        if verb is None or not verb.verbal or not verb.text.endswith("고") or \
                _AUDIENCE.search(self.text, self.words[max(sent.first, verb.index - 2)].start, verb.end):
            return None  # (nor an audience: "앞줄에는 A 회장과 B 이사장 등이 앉아 연설을 듣고 있다"; but
            # "C 회장의 설명을 듣고 있다" is C's briefing, in person)
        return verb

    def _the_late(self, sent: Sentence) -> set[str]:
        """Who the sentence names as the late ("고(故) 오카다 시게루", "고 서정모 명예회장", "고인과 60년 지기인")."""
        return {e.name for m in sent.mentions if m.surface == "고인"
                or THE_LATE.search(self.text, max(sent.start, m.start - 6), m.start) for e in m.entities}

    def _in_caption(self, sent: Sentence) -> bool:
        """The sentence is a photo caption, which tells that a photo of the meeting was published."""
        start = self._line_start(sent)
        if _CAPTION.search(self.text[start:self._line_end_at(sent.end)]):
            return True
        # (a picture story's caption opens the line after its photo's credit: "[사진2=누리에너지 제공]" then
        # "A 사장(가운데)과 B 회장(왼쪽)이 ... 기념촬영을 하고 있다. ...")
        before = self.text[:start].rstrip()
        credit = before[before.rfind("\n") + 1:]
        return bool(_PHOTO_CREDIT.fullmatch(credit)) and not self.text[start:sent.start].strip()

    def _interviewee(self, sent: Sentence) -> Entity | None:
        """In a Q&A interview ("─ 투자 유치 과정은." then "\"지난해 11월 ... 만났다.\""), the person an
        answer line speaks for: the first person the article names; in a transcript, the speaker the
        line is marked with."""
        line_start = self._line_start(sent)
        if (tag := _SPEAKER_TAG.match(self.text, line_start)) is not None:
            # (a transcript's speaker line: "◆ 남궁지현> ... 고은비 원장님과 제가 전문가로 참석했고")
            return next((e for m in self.mentions for e in m.entities if e.name == tag.group(1)), None)
        if not _ANSWER_LINE.match(self.text, line_start) or not self.mentions:
            return None
        before = self.text[:line_start].rstrip("\n")
        question = before[before.rfind("\n") + 1:]
        if not self._qa_interview or not _QUESTION_LINES.match(question):
            return None
        # (the one the headline or a subject of the introduction names first, not a parent named on the
        # way: "하상철 회장의 장남이기도 한 하민준 대표는")
        first = min((m for m in self.mentions if m.entities and m.start < self._intro_end
                     and (m.role in (TOPIC, SUBJ) or self.words[m.first].line == 0)),
                    key=lambda m: m.first, default=None) or min(self.mentions, key=lambda m: m.first)
        return first.entities[0] if first.entities else None

    def _describes_people(self, w: Word, sent: Sentence) -> bool:
        """"이날 모였던 네 사람과 양 사장이 ... 참석할 예정이다": a meeting verb in a relative clause
        on the people who follow, in a sentence about a plan, is not what the sentence reports
        (but "처음 만난 두 사람은 ... 의기투합했다" tells of their meeting)."""
        if not _adnominal(w) or w.index + 1 > sent.last or \
                not FINITE_PLAN.search(self.text[w.end:sent.end]):
            return False
        nxt = self.words[w.index + 1]
        return any(m.first == nxt.index and m.kind == "group" for m in sent.mentions) and \
            any(x.verbal and x.index > nxt.index for x in self.words[nxt.index:sent.last + 1])

    def _told_on_since(self, sent: Sentence) -> bool:
        """Whether the paragraph before this one reported the last meeting and everything told since
        is about it: no one else named, no other day ("... 오찬을 함께하며 MOU를 맺었다. 협약에 따라 ...
        \n 왕 회장은 \"...\"고 말했다. 이 자리에는 C가 배석했다")."""
        if not self.prev_meetings:
            return False
        last = max(self.prev_meetings, key=lambda m: m.char_end)
        paragraph = self.text[:self._line_start(sent)].rstrip().rfind("\n") + 1  # (past a blank line)
        return paragraph <= last.char_start and all(
            {e.name for e in m.entities} <= last.names for m in self.mentions if last.char_end <= m.start < sent.start) \
            and not any(last.char_end <= d.start < sent.start and not (d.date and last.date and d.date < last.date)
                        for d in self.dates)  # (a day before it tells the background: "지난 7월 부임한 뒤")

    def _only_quotes_since_meeting(self, sent: Sentence) -> bool:
        """Whether every sentence between the last meeting reported and this one quotes someone ("류 회장은
        \"...\"고 답했다"): "이 자리에는" still points at that meeting, not at another event told since."""
        told_since = self.text[max((m.char_end for m in self.prev_meetings), default=sent.start):sent.start]
        return all(re.search(r"[\"“”]", x) for x in re.split(r"(?<=[.?!])\s+", told_since.strip()) if x)

    @staticmethod
    def _attended_ceremony(stext: str) -> bool:
        """"포럼에만 참석한 뒤 도하로 이동했다": what was attended is an event, not the meeting."""
        cue = ATTACH.search(stext)
        words = stext[:cue.start()].split() if cue else []
        # (the event is the word before the verb, or the one it is told to be at: "세션에는 B와 함께
        # 참석해", but not the event just reported, "이날 행사에는")
        # (with the word before it: "패널 토론에도 나란히 자리했다")
        at = [words[k - 1:k + 1] if k else [x] for k, x in enumerate(words) if x.endswith(("에", "에는", "에도"))
              and not (k and words[k - 1] in DETERMINERS)]
        # (or who came as a guest: "탄 회장도 하객으로 참석했다", "하객으로는 A 회장, B 대표 등이 참석했다")
        return any(bool(CEREMONY.search(x)) for x in words[-1:] + (at[-1] if at else [])) \
            or any(x.startswith(_GUESTS) for x in words[-2:] + words[:1])

    def _met_in_general(self, sent: Sentence, t: Trigger) -> bool:
        """A quoted speaker's "우리가 만난 최고의 파트너", "제가 만나 본 경영자 가운데": whom one has met
        in general, a kind of person, not a meeting."""
        before = self.words[t.index - 1] if t.index > sent.first else None
        return _adnominal(t.word) and self._quoted(sent, t) and before is not None and \
            before.head in _FIRST_PERSON and before.role in (TOPIC, SUBJ)

    def _habit(self, sent: Sentence, t: Trigger) -> bool:
        """"B CEO와는 수시로 의견을 주고받고 있다": what someone does again and again, in the present."""
        return bool(HABITUAL.search(self.text, sent.start, t.word.start)) and \
            bool(re.search(r"^\S*(?:\s\S+)?고 있(?:다|습니다|어)", self.text[t.word.start:sent.end]))

    def _body_convened(self, w: Word) -> bool:
        """"시중은행장들과 금융협의회를 열고": a council (no meeting word by itself, "협의회 회장") held
        as a meeting."""
        nxt = self.words[w.index + 1] if w.index + 1 < len(self.words) else None
        return w.role == OBJ and w.head.endswith(("협의회", "협의체")) and nxt is not None and \
            nxt.text.startswith(("열", "개최"))

    def _only_through(self, w: Word) -> bool:
        """"대리인을 통해서만 의견을 주고받았다", "비서실을 거쳐서만 연락했다": only through someone else,
        never face to face."""
        return any(x.text.endswith(("통해서만", "거쳐서만", "통해서만은")) for x in self.words[max(0, w.index - 2):w.index]
                   if x.line == w.line)

    def _part_of_an_event(self, w: Word) -> bool:
        """"G20 회의 첫날 세션에는": a weak trigger word inside the name of an event many attend (its
        noun phrase closes on a ceremony word), or a strong one right before it ("조찬 포럼"), names that
        event, not a meeting; so does a meeting one appears at as a witness ("기획재정위원회 전체회의에
        나란히 출석해")."""
        if w.particle.startswith("에") and not w.verbal and \
                any(x.text.startswith("출석") for x in self.words[w.index + 1:w.index + 3] if x.line == w.line):
            return True
        if (w.particle and w.particle != "의") or w.verbal:
            return False  # ("회의" read as 회 + 의 is the bare noun too)
        # (a strong one only right before the ceremony word: "'아시아 금융 리더스 조찬 포럼'에")
        for x in self.words[w.index + 1:w.index + (2 if STRONG.match(w.text) else 4)]:
            if x.line != w.line or x.verbal:
                return False
            if CEREMONY.search(x.head):
                return True
            if x.particle:
                return False
        return False

    def _shown_in_photo(self, w: Word) -> bool:
        """"황 CEO와 어깨동무를 한 사진을 올리고": a weak trigger that only says what a photo shows; the
        photo word tells the meeting."""
        if STRONG.match(w.text) or w.role != OBJ or w.index + 2 >= len(self.words):
            return False
        light, photo = self.words[w.index + 1], self.words[w.index + 2]
        return light.text == "한" and PHOTO.match(photo.text) is not None

    def _invited_to_event(self, w: Word) -> bool:
        """"김 지사를 기념식에 공식 초청했다": an invitation to an event many attend tells no meeting
        (being there together is attending the same event)."""
        if not w.text.startswith("초청"):
            return False
        to = next((x for x in reversed(self.words[max(0, w.index - 3):w.index]) if x.particle), None)
        return to is not None and to.line == w.line and to.particle == "에" and CEREMONY.search(to.head) is not None

    def _time_after(self, w: Word) -> bool:
        """"면담 직후 두 사람이 악수하는 사진을 배포했다", "협약식 당일 화상으로 인사를 나누고": a meeting
        named as a point in time is the one already reported, not a new one."""
        nxt = self.words[w.index + 1] if w.index + 1 < len(self.words) else None
        if nxt is not None and w.role == SUBJ and nxt.verbal and nxt.text.startswith("끝난") and \
                w.index + 2 < len(self.words) and self.words[w.index + 2].head in ("뒤", "후", "직후", "이후") and \
                (any(x.text.startswith("도착") for x in self.words[w.index + 3:w.index + 8])
                 or any(STRONG.match(x.text) for x in self.words[w.index + 3:sentence_end(self.words, w.index) + 1])):
            return True  # ("오찬이 끝난 뒤 행사장에 도착했다": came after it was over; "서명식이 끝난 뒤 두 사람은
            # ... 전화 통화를 하며": what the sentence tells is what followed it)
        return not w.particle and not w.verbal and nxt is not None and nxt.line == w.line and \
            nxt.head in ("직후", "직전", "뒤", "후", "이후", "도중", "당일") and not self._counted_since(w)

    def _counted_since(self, w: Word) -> bool:
        """"두 사람이 만난 건 지난해 10월 하노이 회동 이후 다섯 달 만이다": the meeting named between the
        date and 이후 of a time counted since the last one (see _last_time) is that earlier meeting."""
        return any(d.aside == "since" and d.date is not None and d.end <= w.start and
                   (since := _SINCE_LAST.match(self.text, d.end)) is not None and since.end() > w.end
                   for d in self.dates)

    def _left_empty(self, w: Word) -> bool:
        """"자리를 비운", "자리를 떠나는", "자리에 없었다": a seat left empty is someone's absence, not a meeting;
        "CEO 자리를 물려받는": a post; "같은 자리에 있었던 적은 있지만": the same occasion, not a sitting together;
        "주주석 맨 앞줄에 자리 잡은": a seat taken in a hall."""
        if w.head != "자리":
            return False
        nxt = self.words[w.index + 1] if w.index + 1 < len(self.words) else None
        before = self.words[w.index - 1] if w.index else None
        return (nxt is not None and nxt.head.startswith(("비우", "비운", "비웠", "비워", "떠나", "떠난", "떠났", "떴", "뜨", "뜬", "없",
                                                       "잡"))) or \
            (before is not None and not before.role and title_of(before) is not None) or \
            (before is not None and before.text == "같은" and w.particle in ("에", "에서"))

    def _stood_in_for(self, m: Mention) -> bool:
        """"A 회장을 대신해 B 부회장이 참석했다", "A 회장이 해외 일정으로 불참해 ...": A did not come."""
        nxt = self.words[m.last + 1] if m.last + 1 < len(self.words) else None
        if nxt is not None and title_of(nxt) and not nxt.role and m.last + 2 < len(self.words):
            nxt = self.words[m.last + 2]  # ("이 회장 대신": the surname's mention ends before its title)
        if nxt is not None and nxt.head.startswith("대신") and (m.role in (OBJ, NONE) or not self.words[m.last].particle):
            return True  # (not "B 부사장이 대신 자리했다": B came)
        verb = next((w for w in self.words[m.last + 1:m.last + 5] if w.verbal or w.text.startswith("불참")), None)
        if verb is not None and (verb.text.startswith(("불참", "참석하지", "참석 못", "빠졌", "빠지")) or (
                verb.text.startswith(("비운", "비웠", "비워", "비우")) and self.words[verb.index - 1].text == "자리를") or (
                verb.text.startswith("없었") and self.words[verb.index - 1].text.startswith("자리에"))):
            return True  # (or was away: "상주인 정 회장이 잠시 자리를 비운 상태여서 ... 두 사람을 맞았다", "노 전
            # 차관은 그 자리에 없었다")
        # ("A 협회장은 ... 미국에 머물고 있어, 이날 간담회에는 협회 부회장이 대신 참석했다")
        rest = self.text[self.words[m.last].end:self.words[m.last].end + 160]
        rest = rest[:brk.start() + 1] if (brk := _SENTENCE_BREAK.search(rest)) else rest
        return m.role == TOPIC and _OTHER_STOOD_IN.search(rest) is not None

    def _attendance_meeting(self, people: list[Entity], sent: Sentence, event_sent: Sentence, trigger: Trigger,
                            stext: str) -> None:
        """The meeting an attendance sentence completes, dated and placed by the sentence that
        reported the event (its own sentence when no earlier one did)."""
        when, precision = self._date(event_sent, trigger)
        if when is None and event_sent is not sent:
            # ("A 대사가 ... 간담회를 열고 ... 논의했다. 대사관은 26일 ... 간담회를 열었다고 밝혔다. 간담회에는
            # C가 참석했다": the day a sentence between them gives the same event)
            retold = next((w for w in self.words[event_sent.last + 1:sent.first]
                           if w.head.strip("'\"‘’“”") == trigger.word.head), None)
            if retold is not None:
                first, last = next((a, b) for a, b in self._sentence_ranges if a <= retold.index <= b)
                between = Sentence(first, last, self.words[first].start, self.words[last].end)
                if any(between.start <= d.start < between.end and d.date is not None for d in self.dates):
                    when, precision = self._date(between, Trigger(retold.index, trigger.strong, retold))
        # (the mode may be told in either sentence: "화상 간담회를 열었다", "... 온라인으로 참여했다"; or,
        # when the sentence names the event itself, in the one before it that opened the event: "... 화상으로
        # 연결해 계약 서명식을 열었다. 서명식에는 A와 B가 참석했다")
        told = stext if event_sent is sent else self.text[event_sent.start:event_sent.end] + " " + stext
        if event_sent is sent:
            start, before = self._sentence_before(sent)
            if any(w.head.strip("'\"‘’“”") == trigger.word.head for w in self.words[self._first_word_from(start):sent.first]):
                told = before + stext
        status, mode = self._status_mode(trigger, self.text[trigger.word.start:event_sent.end], stext, told)
        made = MeetingMention(
            participants=tuple(_participant(e) for e in people), status=status, mode=mode, date=when,
            date_precision=precision, location=self._place(event_sent, trigger),
            photo_op=bool(PHOTO.search(told)) or sent.caption,
            confidence=0.7, sentence=stext.strip(), char_start=sent.start, char_end=sent.end,
            cues=(trigger.word.head, "참석"))
        sent.meetings.append(made)
        self.meetings.append(made)

    def _event_word(self, sent: Sentence) -> Word:
        """The event a sentence is about: its first word past an attribution ("재계에 따르면") and a
        determiner ("이 자리에는", "이날 간담회에는"), a gathering it names with 에는 ("차관 주재로
        열린 간담회에는"), or the one the sentence before in its paragraph was about."""
        k = sent.first
        attribution = next((w.index for w in self.words[k:min(k + 4, sent.last)] if w.head.startswith("따르")), None)
        if attribution is not None:
            k = attribution + 1
        first = self.words[k]
        if first.head in DETERMINERS and sent.last > k:
            first = self.words[k + 1]
        if first.head not in EVENT_WORDS:
            clause_opening = True  # ("LA 회동에는": an event word before the sentence's first verb)
            for w in self.words[sent.first:sent.last + 1]:
                if w.particle in ("에는", "에도") and (GATHERING.match(w.head) or
                                                      (clause_opening and w.head in EVENT_WORDS)):
                    return w
                clause_opening = clause_opening and not w.verbal
            if sent.first and (told := self.words[sentence_start(self.words, sent.first - 1)]).line == first.line \
                    and told.role in (TOPIC, SUBJ) and GATHERING.match(told.head):
                return told  # "간담회는 ... 진행됐다. 상의에서는 A, B가, 시에서는 C가 자리했다"
        return first

    def _attendance(self, sent: Sentence, stext: str) -> bool:
        """A sentence listing who attended the event just reported ("이 자리에는 ... 배석했다"), or
        who sat in on a gathering whose other side was not named yet ("기업 대표들과 간담회를
        열었다. ... A 대표, B 사장 등 4명이 참석했다")."""
        first = self._event_word(sent)
        closing = ATTENDED.search(stext)
        # (or the attendees' word before what they did there: "B, C가 참석해 ... 요청했다")
        attended = closing.start() if closing is not None else self._attended_and(sent)
        # (a trigger before the closing verb tells an event of its own; "자리했다", "자리를 함께했고" are none)
        event = first.head in EVENT_WORDS or (first.particle in ("에는", "에도") and first.head.endswith(("회", "식", "담"))) \
            or (self.pending is not None and attended is not None
                and not ANY_TRIGGER.search(ATTACH.sub(" ", stext[:attended])))
        if self.pending is not None and _ROLL_CALL.match(stext):
            return bool(sent.mentions)  # a caption's roll call: "참석자들과 기념촬영 ... 앞줄 왼쪽부터 A 회장, B 대표."
        # (not who took part by video in a meeting held in person: "B 장관은 현장을 찾지 않고 영상 축사로 참여했다")
        told_video = any(m.mode == "video" for m in self.prev_meetings) or (
            self.pending is not None and VIDEO.search(self.text[self.pending[1].start:self.pending[1].end]) is not None)
        by_video = VIDEO.search(stext) is not None and (self.pending is not None or bool(self.prev_meetings)) \
            and not told_video
        return bool(sent.mentions) and bool(ATTACH.search(stext)) and not DENIED.search(stext) and event \
            and not by_video

    def _spoke_there(self, sent: Sentence, stext: str) -> bool:
        """Who spoke at a gathering just opened whose other side was not named yet was there: "20여명과
        만찬 간담회를 가졌다. 이 자리에서 B 대표는 \"...\"고 제안했다"."""
        return self.pending is not None and bool(sent.mentions) and _AT_THE_SITTING.match(stext) is not None \
            and GATHERING.match(self.pending[2].word.text) is not None

    def _inherited_date(self, sent: Sentence) -> tuple[date | None, str | None]:
        """A sentence with no date of its own: "이어 ..." takes the previous meeting's date; a
        meeting "during the trip" (출장 기간, 방미 기간) takes the trip's month."""
        stext = self.text[sent.start:sent.end]
        prev = self.prev_meetings[-1] if self.prev_meetings else None
        if prev and prev.date_precision != "day" and _DAY_PART_ITEM.match(stext):
            # "이어 오후에는 ...": the day goes on, not an earlier meeting retold just before ("지난해 10월
            # ... 방문했을 때도 만나 ... 확인한 바 있다")
            prev = next((m for m in reversed(self.meetings) if m.date_precision == "day"), prev)
        if prev and prev.date and CONTINUATION.match(stext):
            # (unless the sentence right before, after that meeting, dated what goes on: "A는 전날 기업
            # 경영진을 잇달아 만났다. 오전에는 B 회장과 면담하고" after "두 사람은 지난 2월 처음 만나")
            start, before = self._sentence_before(sent)
            told = [d for d in self.dates if before and start <= d.start < sent.start and d.date is not None
                    and d.precision == "day" and not d.aside and not self._after_publication(d.date, "day")]
            if told and prev.char_start < start:
                return told[-1].date, "day"
            return prev.date, prev.date_precision
        if re.match(r"^\S+ (직전|직후|앞서|뒤|도중)|^\S+에 앞서", stext):
            # "협약에 앞서", "개막식 직후", "행사 도중": the day of the event the previous sentence dated
            # (told, not said: not the "오늘" of a speech there, "\"오늘 모인 정성이 ...\"")
            earlier = [d for d in self.dates if d.end <= sent.start and d.date is not None and d.precision == "day"
                       and not self._after_publication(d.date, "day")
                       and self.text.count('"', self._line_start_at(d.start), d.start) % 2 == 0]
            if earlier:
                return earlier[-1].date, "day"
        if TRIP.search(stext):
            earlier = [d for d in self.dates if d.end <= sent.start and d.date is not None]
            if earlier:
                d = earlier[-1]
                return d.date.replace(day=1), "month" if d.precision != "year" else "year"
        if (after := _AFTER_EVENT.search(stext)) is not None:
            # "간담회를 마친 뒤 ... 오찬을 함께했다": the day of the event reported before, by its word
            held = [m for m in self.meetings if m.date is not None and m.cues and m.cues[0].startswith(after.group(1))]
            if held:
                return held[-1].date, held[-1].date_precision
            # (or the day of the first sentence that told it, the meeting's there or its own first:
            # "고별식은 전날 오전 ... 치러졌다" ... "고별식이 끝난 뒤 ... 이야기를 나눴다")
            for a, b in self._sentence_ranges:
                start, end = self.words[a].start, self.words[b].end
                if start >= sent.start:
                    break
                if after.group(1) not in self.text[start:end]:
                    continue
                there = [m for m in self.meetings if start <= m.char_start < end and m.date is not None]
                if there:
                    return there[0].date, there[0].date_precision
                days = [d for d in self.dates if start <= d.start < end and d.date is not None
                        and d.precision == "day" and not d.aside
                        and not self._describes_someone(d)]  # (not "지난 16일 별세한 A의 빈소에는 18일에도 조문이")
                if days:
                    return days[0].date, "day"
        heading = self._heading_span(sent)
        if heading is not None and _CLOCK_HEADING.match(self.text[heading[0]:heading[1]].strip()):
            # a live blog's item under its hour ("10:00 | 라운드테이블 개회"): the day its lead told, not
            # one an item before told aside ("그는 전날 밤 전용기로 입국했습니다")
            body = self.text.find("\n")
            lead = next((d for d in self.dates if body < d.start < sent.start and d.date is not None
                         and d.precision == "day" and not d.aside and not self._after_publication(d.date, "day")), None)
            if lead is not None:
                return lead.date, "day"
        just_before = self._date_just_before(sent)
        if just_before[0] is not None:
            return just_before  # ("전환점은 지난달이었다. 리야드에서 A를 만났다", whatever day the story told)
        same_subject = self._day_of_the_subject_just_before(sent)
        if same_subject is not None:
            return same_subject, "day"
        heading = self._heading_date(sent)
        if heading[0] is not None:
            return heading
        day = self._story_day(sent, stext)
        return (day, "day") if day is not None else (None, None)

    def _day_of_the_subject_just_before(self, sent: Sentence) -> date | None:
        """The day the sentence right before dated, when its subject is this one's: "김현철 명예회장도
        이날 오후 빈소를 찾았다. 김 명예회장은 서민혁 회장의 손을 붙잡고 ..." (not the day of a meeting
        reported before that)."""
        start, before = self._sentence_before(sent)
        if not before or not sent.subjects:
            return None
        told = [m for m in self.mentions if m.role in (TOPIC, SUBJ) and start <= m.start < sent.start]
        if not told or not all(e in sent.subjects for m in told for e in m.entities):
            return None
        days = [d for d in self.dates if start <= d.start < sent.start and d.date is not None and d.precision == "day"
                and not d.aside and not self._after_publication(d.date, "day")]
        return days[-1].date if len(days) == 1 else None

    def _announcers_day(self, sent: Sentence, d: DateMention) -> bool:
        """"한울반도체장비는 15일 송 대표가 ... 방문해 ... 의견을 모았다고 밝혔다": the day right after
        the announcing company, before the person the announcement is about, is the announcement's."""
        first = self.words[sent.first]
        subject = next((m for m in sent.mentions if m.role in (TOPIC, SUBJ)), None)
        return first.role == TOPIC and not any(m.first == sent.first for m in sent.mentions) and \
            subject is not None and first.end <= d.start and d.end <= subject.start and \
            self.text[first.end:d.start].strip() == "" and _ANNOUNCED_END.search(self.text[sent.start:sent.end]) is not None

    def _heading_span(self, sent: Sentence) -> tuple[int, int] | None:
        """Where the line right before the sentence's line starts and ends (None when it opens the text)."""
        head_end = self.text.rfind("\n", 0, self._line_start(sent))
        return None if head_end < 0 else (self.text.rfind("\n", 0, head_end) + 1, head_end)

    def _heading_date(self, sent: Sentence) -> tuple[date | None, str | None]:
        """"■2023년 6월 | 화상회의" over a paragraph of a timeline: a heading line (short, no
        sentence in it) dates what its paragraph tells."""
        span = self._heading_span(sent)
        if span is None:
            return None, None
        head_start, head_end = span
        heading = self.text[head_start:head_end].strip()
        if len(heading) > 60 or not _HEADING.match(heading) or _SENTENCE_BREAK.search(heading + " ") or \
                heading.endswith("다") or head_start <= self.text.find("\n"):
            return None, None  # (not the headline, not a dateline "2023-11-20 18:30")
        told = [d for d in self.dates if head_start <= d.start < head_end and d.date is not None
                and not d.aside and not self._after_publication(d.date, d.precision)]
        return (told[0].date, told[0].precision) if len(told) == 1 else (None, None)

    def _held_just_before(self, sent: Sentence) -> bool:
        """The sentence before, in its paragraph, told the gathering this one lists the attendees of
        as held, naming no one ("3일 저녁에는 ... 간담회가 열렸다. 간담회에는 A, B가 참석했다", "... 대표
        간담회 주재. A, B 등이 참석해"): a new gathering, not the meeting reported before it."""
        if self.pending:
            return False
        start, before = self._sentence_before(sent)
        event = self._event_word(sent).head
        return bool(before) and GATHERING.match(event) is not None and \
            (re.search(rf"{re.escape(event)}(?:[이가을를]\s(?:\S+\s)?(?:열렸|열었|개최됐|개최했|마련됐|진행됐)|을? 주재)", before)
             is not None
             or self._attended_just_before(event, start, before)) \
            and not any(m.char_start >= start for m in self.prev_meetings)

    def _days_in(self, sent: Sentence, asides: bool = True) -> list[DateMention]:
        """The dates to the day the sentence tells, with or without those that are no event's day (a day
        the news was told, a point counted from, a local day told again: see DateMention.aside)."""
        return [d for d in self.dates if sent.start <= d.start < sent.end and d.date is not None
                and d.precision == "day" and (asides or not d.aside)]

    def _gathering_of_its_day(self, sent: Sentence) -> bool:
        """The gathering whose attendees the sentence lists was held on a day it tells, on which no
        meeting reported before it was ("지난달 24일 ... 열린 조찬 간담회에는 A, B, C 등이 참석했다" after
        a paragraph on their meeting two years before): a gathering of its own."""
        if self.pending or GATHERING.match(self._event_word(sent).head) is None:
            return False
        # (a day told by its number: "이날 라운딩에는" is the day of the round just reported)
        days = {d.date for d in self._days_in(sent, asides=False) if any(ch.isdigit() for ch in d.text)}
        before = self.recent or self.prev_meetings
        return len(days) == 1 and not any(_within(next(iter(days)), m.date, m.date_precision) for m in before)

    def _attended_just_before(self, event: str, start: int, before: str) -> list[Entity]:
        """Who the sentence right before (starting at `start`) told as attending the gathering the
        event word names, when it is the sentence the story's subject carried into: "전날에는 ...
        협의회가 마련한 간담회에 참석했다. 간담회에는 A 회장을 비롯해 ... B, C도 참석했다" ("... 열린
        간담회에도 참석했다" after a meeting of the morning)."""
        prev = self.prev
        if prev is None or not before or \
                re.search(rf"{re.escape(event)}에[도는]?\s(?:\S+\s)?(?:참석|참가)", before) is None:
            return []
        if prev.start == start:
            return list(prev.subjects)
        if prev.end > start:
            return []
        told = [e for m in self.mentions if m.role in (TOPIC, SUBJ)
                and start <= self.words[m.first].start < start + len(before) for e in m.entities]
        return told or self._subjects_carried_on(before)  # (the sentence before had no subject)

    def _sentence_before(self, sent: Sentence) -> tuple[int, str]:
        """Where the sentence right before this one in its paragraph starts, and its text ("" when
        this one opens the paragraph)."""
        line_start = self._line_start(sent)
        ends = [m.end() for m in _SENTENCE_BREAK.finditer(self.text, line_start, sent.start)]
        if not ends or self.text[ends[-1]:sent.start].strip():
            return sent.start, ""
        start = ends[-2] if len(ends) > 1 else line_start
        return start, self.text[start:sent.start]

    def _date_just_before(self, sent: Sentence) -> tuple[date | None, str | None]:
        """"올해 3월에는 투자 유치에 성공했다. 투자를 주도한 B 대표와는 ... 서명했다", "전환점은
        2022년 겨울에 찾아왔다. ... A 대표를 처음 만난 것이다": the month or year the sentence right
        before dated, when the story has no day for it; or the day it gave a meeting word naming no one."""
        start, before = self._sentence_before(sent)
        if not before:
            return None, None  # the sentence opens its paragraph
        months = [d for d in self.dates if start <= d.start < sent.start and d.date is not None and
                  d.precision in ("month", "year") and not d.aside and not self._after_publication(d.date, d.precision)]
        if months:
            return months[-1].date, months[-1].precision
        # (or the day of a meeting it named and no one in it: "가장 큰 화제는 10월 30일 저녁의 '치맥 회동'이었다.
        # ... 젠슨 황 CEO가 ... 이재용 회장, 정의선 회장과 ... 함께했다")
        days = [d for d in self.dates if start <= d.start < sent.start and d.date is not None and d.precision == "day"
                and not d.aside and not self._after_publication(d.date, "day")]
        if days and not any(start <= m.start < sent.start for m in self.mentions) and \
                any(STRONG.match(w.text.strip("'\"‘’“”"))
                    for w in self.words[self._first_word_from(days[-1].end):sent.first]):
            return days[-1].date, "day"
        return None, None

    def _story_day(self, sent: Sentence, stext: str) -> date | None:
        """The story of one day: "윤 대통령이 12일 ASML 본사를 찾았다. ... 두 총수는 클린룸을
        둘러봤다" happened on the last day the story dated before (not a day it was told, and
        not for a sentence that retells the past)."""
        if RETOLD.search(stext):
            return None
        earlier = [d for d in self.dates if d.end <= sent.start and d.date is not None and
                   d.precision == "day" and d.end_date in (None, d.date) and not d.aside and
                   not self._after_publication(d.date, "day")]
        return earlier[-1].date if earlier else None

    def _place(self, sent: Sentence, t: Trigger) -> str | None:
        places = load_lexicon().places
        for w in self.words[sent.first:t.index + 1]:
            if "=" in w.text:
                continue  # a wire dateline, "[서울=뉴시스]": where the story was filed
            if "지명" in w.head_sems or w.head in places:
                return w.head
        return None

    def _went_along(self, sent: Sentence) -> bool:
        """The sentence tells someone going along ("출장에는 C가 동행했다"), not only describes someone
        by it ("출장에 동행한 C 대표도 함께 찍혔다", where the photo is what it tells)."""
        starts = {m.first for m in sent.mentions}
        return any(COMPANION.search(w.text) and not (_adnominal(w) and w.index + 1 in starts)
                   for w in self.words[sent.first:sent.last + 1])

    def _add_companions(self, made: list[MeetingMention], stext: str) -> None:
        """The companions of a trip join its later in-person meetings with the one they travel with
        (not one told as earlier: "앞서 지난 16일 ... 간담회에서 ... 밝힌 바 있는데")."""
        if not self.companions or RETOLD.search(stext) or _EARLIER.search(stext) or _ONE_ON_ONE.search(stext):
            return  # (nor a one-on-one: "다음 날에는 ... C CEO와 단독 오찬을 했다")
        travellers, companions = self.companions
        names = {e.name for e in travellers}
        # (nor one the story went back in time for: "당시 ... 협약식 직후 장 대표와 오찬을 함께하며")
        latest = max((m.date for m in self._held() if m.date is not None and m.names & names and m not in made),
                     default=None)
        for m in made:
            if m.status == "occurred" and m.mode == "in_person" and m.names & names and \
                    not (latest is not None and m.date is not None and m.date < latest):
                _join(m, companions)

    def _attach(self, sent: Sentence, stext: str) -> None:
        """배석/동행: people in a follow-up sentence join the previous meeting; photo follow-ups."""
        if _MODERATED.match(stext) and sent.mentions and self.prev_meetings:
            # "사회는 C 상근부회장이 맡았다": the gathering's moderator sat in it
            for meeting in self.prev_meetings:
                if meeting.status == "occurred" and GATHERING.match(meeting.cues[0] if meeting.cues else ""):
                    _join(meeting, [e for m in sent.mentions for e in m.entities])
        if self.prev_meetings and (counted := self._counted_named(sent)):
            # "A 회장과 B 장관, 협력사 대표 두 명이 원탁에 둘러앉았다. C 대표와 D 대표였다.": the
            # sentence names the people the meeting before only counted
            for meeting in self.prev_meetings:
                if meeting.status == "occurred":
                    _join(meeting, counted)
            return
        all_along = _ALL_ALONG.search(stext) is not None
        # (not who came along to the meeting just told: "이 자리에는 C 전무가 동행했고")
        along = bool((all_along or TRIP_WORD.search(stext)) and self._went_along(sent)) and \
            self._event_word(sent).head != "자리"
        if self.pending and (self._attendance(sent, stext) or self._spoke_there(sent, stext)) and \
                not self._attended_ceremony(stext) and \
                not (along and all_along):  # (who came along on every stop met no one yet)
            # (not who attended another event: "대구에서 열린 '성과보고회'에 참석했다")
            hosts, host_sent, trigger = self.pending
            attendees = [e for m in sent.mentions if not self._stood_in_for(m) for e in m.entities if e not in hosts]
            absent = any(e in hosts for m in sent.mentions if self._stood_in_for(m) for e in m.entities)
            if attendees and not absent:  # (not "이 회장 대신 B 사장이 참석했다": the host was not there)
                self.pending = None
                self._attendance_meeting(hosts + attendees, sent, host_sent, trigger, stext)
                self._roll_called = sent.meetings[-1] if _ROLL_CALL.match(stext) else None
                return
        if self._roll_called is not None and self._roll_called in self.prev_meetings and sent.mentions \
                and _ROLL_CALL.match(stext):
            # "앞줄 왼쪽부터 A 회장, B 위원장. 뒷줄 왼쪽은 C 회장.": the photo's next row
            _join(self._roll_called, [e for m in sent.mentions for e in m.entities])
            return
        if along and sent.mentions and self.prev and (not self.recent or all_along):
            # "출장에는 김도윤 전무가 동행했다": the trip's meetings told after it (and after any with
            # unnamed people: "투자자들을 만나 ... 설명했다"); with "모든 일정에는" also those a lead just
            # summed up ("A, B 등과 잇달아 만났다. 모든 일정에는 C가 동행했다")
            # (the trip's owner when the sentence names one: "샤르마 사장의 15일 일정에는 C가 동행했다",
            # whom the next sentence goes on with)
            owner = [e for m in sent.mentions if self._trip_owner(m) for e in m.entities]
            travellers = owner or list(self.prev.subjects)
            companions = [e for m in sent.mentions for e in m.entities if e not in travellers]
            if owner:
                sent.subjects, self.prev = owner, sent
            if travellers and companions:
                self.companions = (travellers, companions)
                days = {d.date for d in self._days_in(sent)}
                if self.words[sent.first].head == "이날" or (owner and all_along and len(days) == 1):
                    # "이날 방문에는 C 부시장이 동행했다": also the day's meetings told before it (or, "A의
                    # 15일 일정에는 C가 처음부터 끝까지 동행했다", all of that day's)
                    told = self.prev_meetings if not days else [m for m in self._held() if m.date in days]
                    for meeting in told:
                        if meeting.status == "occurred" and meeting.mode == "in_person" and \
                                meeting.names & {e.name for e in travellers}:
                            _join(meeting, companions)
                elif all_along and not owner and not days:
                    # "이번 출장에는 C 실장이 동행해 모든 일정에 배석했다" after the trip's meetings: each of
                    # them told of these days (not one years before, "지난해 10월 ... 처음 면담했다"), when one
                    # traveller is in them all, whoever the sentence before was about
                    trip = [m for m in self._held() if m.date is not None and self._of_these_days(m)
                            and not RETOLD.search(m.sentence)]
                    if trip and set.intersection(*(set(m.names) for m in trip)):
                        for meeting in trip:
                            _join(meeting, companions)
                if not self.recent:
                    return
        if not self.prev_meetings or _BESIDES.match(stext):
            return  # ("이 밖에 A, B 등도 하객석에 자리했다": others who were there, not at the meeting)
        # "면담에는", "만찬에는" name the meeting, so the last one reported is it, however far back;
        # "이 자리에는" points only at what the sentence just before reported.
        # (a ceremony named, "폐장식에는 A 이사장 등이 자리했다", is another event, no meeting)
        event = self._event_word(sent).head
        named = self._attendance(sent, stext) and event not in ("자리", "방문", "일행") and not CEREMONY.search(event) \
            and event not in self._crowded  # (nor one told as attended by a crowd: "이날 만찬에는 A, B 등도 자리를 함께했다")
        # ("그날 현장에 같이 간 C도 동석했다": that day's meeting, the last one reported)
        that_day = self.words[sent.first].head in ("그날", "당시")
        # ("사측에서는 C 상무가, 노조에서는 D 부위원장이 함께 자리했다": who came from each side of the
        # meeting its paragraph reported)
        each_side = [m for m in self.prev_meetings if m.char_start >= self._line_start(sent)] \
            if _from_each_side(stext) else []
        # ("이 자리에는 C가 배석했다" after the quotes of the meeting its paragraph reported)
        this_sitting = event == "자리" and (self._told_on_since(sent) or (
            any(m.char_start >= self._line_start(sent) for m in self.prev_meetings)
            and self._only_quotes_since_meeting(sent)))
        targets = self._counted_meetings(stext) or self.recent or (
            self.prev_meetings if named or that_day or this_sitting else each_side)
        if named and targets and all(RETOLD.search(m.sentence) for m in targets):
            # ("협약식에는 C도 함께 자리했다" after "두 사람은 지난 5월 ... 처음 만나": the meeting of the story)
            targets = [m for m in self._held() if not RETOLD.search(m.sentence)][-1:] or targets
        # ("피차이 CEO와의 면담에는 C가 배석했다": the meeting with the one the event is named after)
        host = [m for m in sent.mentions if m.role == GEN and self.words[m.last].particle in ("와의", "과의")]
        if named and host:
            whose = {e.name for m in host for e in m.entities}
            held = [m for m in self.meetings if whose <= m.names]
            targets = held[-1:] or targets
        if named and not (VIDEO.search(event) or PHONE.search(event)) and any(m.mode != "in_person" for m in targets):
            # "LA 회동에는 C도 함께했다" after "두 사람은 3월 화상회의로 ...": the meeting in person (the
            # one told with the event's word if any: "2+2 협의에는 C가 배석했다" after a video call and a leg)
            targets = [m for m in targets if m.mode == "in_person"] or \
                [m for m in self._held() if m.cues and m.cues[0].startswith(event)][-1:] or self._held()[-1:]
        if named and targets and all(m.status != "occurred" for m in targets) and ATTENDED.search(stext):
            # "당초 지난달 22일로 잡혀 있었다. ... 이날 회동에는 C도 함께했다": the meeting that was held
            targets = self._held()[-1:] or targets
        # ("두 사람은 2023년 ... 만난 바 있으며, 이번 회동은 ... 이날 회동에는 C가 배석했다": the meeting
        # of the day the sentence tells, not the earlier one told beside it)
        days = {d.date for d in self._days_in(sent, asides=False)}
        if len(days) == 1:
            day = next(iter(days))
            on_day = [m for m in targets if _within(day, m.date, m.date_precision)]
            if named and not on_day:
                # ("이날 회담에는 C가 배석했다" after a sentence on their first meeting months before:
                # the day's meeting reported further back)
                on_day = [m for m in self._held() if m.date == day][-1:]
            targets = on_day or targets
        # (who will attend a later event, "... 모두 참석할 예정이다" closing the sentence, joins no
        # meeting held, though a plan talked of may ("동석해 ... 진출 구상을 놓고 대화를 나눴다"),
        # nor who did not come along, "이번 회동에 동행하지 않았다")
        # (nor who took part on a screen, "천 회장은 ... 화상으로 협약식에 참여했다", in a meeting in person,
        # nor a guest of a ceremony named, "이날 준공식에는 모디 총리도 참석해 축사를 했다")
        # (nor who joined the next event, "접견에 이어 열린 투자협약식에는 C가 합류했다", nor who went along on
        # one leg and not this one, "에인트호번 일정에 동행했던 박 부회장은 드레스덴에는 가지 않고")
        tail = stext.rstrip()[-14:]
        plan = FINITE_PLAN.search(tail)
        plan_closes = plan is not None and not tail.startswith(("을", "를"), plan.end())  # (not "사업 계획을 설명했다")
        if _present_final(stext.split()[-1]):
            # ("D 대표는 7일 ... 데모데이에 심사위원으로 참석한다": an event to come, no meeting held)
            targets = [m for m in targets if m.status == "planned"]
        # (nor one of a walk of life listed among an event's guests, after two who talked there: "정관계에서는
        # A 위원장과 B 전 위원장 등이 자리했다", unless what they sat in on was a gathering)
        guests = _WALK_OF_LIFE.match(stext) is not None and not any(GATHERING.match(m.cues[0]) for m in targets)
        if (cue := ATTACH.search(stext) or _COSIGNED.search(stext)) and sent.mentions and targets and not plan_closes \
                and not _NEXT_EVENT.match(stext) and not guests and not _WENT_APART.search(stext, cue.end()) \
                and not _NOT_ALONG.search(stext, cue.end()) \
                and not DENIED.search(_clause_at(stext, cue.start())) and not self._attended_ceremony(stext) \
                and not CEREMONY.search(event) and not self._attended_thing(sent) \
                and not ((VIDEO.search(stext) or PHONE.search(stext))
                         and not (VIDEO.search(event) or PHONE.search(event))
                         and all(m.mode == "in_person" for m in targets)):
            # (not whose trip one came along on: "윤석열 대통령의 국빈방문에 경제사절단으로 동행한 뒤")
            extra = [e for m in sent.mentions if not self._stood_in_for(m) and m.role != GEN for e in m.entities]
            for meeting in targets:
                if _join(meeting, extra):
                    sent.attached = True
        if _WELCOMED_PARTY.search(stext) and sent.subjects:
            # "최 회장과 김준 사장이 일행을 맞았다": the hosts who welcomed the visitors just reported
            for meeting in self.prev_meetings:
                _join(meeting, sent.subjects)
        if sent.caption and sent.subjects:
            # "▲ 빈 살만 왕세자(가운데)가 ... 총수들과 기념촬영을 하고 있다": a photo of that meeting (of
            # the caption's day, when it gives one: not an earlier visit the sentence before told of)
            # (not one person alone with someone unnamed: "변 장관이 ... 장을 보며 상인과 이야기를 나누고 있다")
            names = {e.name for e in sent.subjects}
            days = {d.date for d in self._days_in(sent)}
            line_start = self._line_start(sent)
            line_end = self._line_end_at(sent.end)
            alone = not UNNAMED_PLURAL.search(stext) and len(
                {e.name for m in self.mentions if line_start <= m.start < line_end for e in m.entities}) == 1
            for meeting in self.prev_meetings:
                if names <= meeting.names and (not days or meeting.date is None or meeting.date in days) and not alone:
                    meeting.photo_op = True
        if not PHOTO.search(stext) or DENIED.search(stext):
            return  # no photo, or none shown ("만찬 사진도 따로 공개하지 않았다")
        if _PHOTO_TAKEN_ON.search(stext):
            # "이 사진은 진 대표가 지난달 28일 ... 방문했을 때 찍은 것": the posted photo's own day
            days = [d for d in self.dates if sent.start <= d.start < sent.end and d.date is not None]
            for meeting in self.prev_meetings:
                if days and meeting.date is None and meeting.photo_op:
                    meeting.date, meeting.date_precision = days[0].date, days[0].precision
        if _PHOTO_SHARED.search(stext) and not sent.explicit_subject:
            for meeting in self.prev_meetings:
                meeting.photo_op = True
            for meeting in self.meetings[-4:]:
                if meeting.names & {e.name for e in (self.prev.subjects if self.prev else [])}:
                    meeting.photo_op = True
        elif (made := _PHOTO_MADE.search(stext)) and not stext.startswith("는지", made.end()):
            # "삼성전자는 두 사람이 ... 찍은 사진을 공개했다", "(두 사람은) 미팅을 마친 뒤 나란히 기념사진을
            # 찍었다", "A는 간담회를 마친 뒤 참석자들과 기념사진을 찍었다": the meeting's photo, when no one
            # else is in it (not "누구와 사진을 찍었는지가")
            shown = {e.name for m in sent.mentions for e in m.entities}
            # (else the last meeting held with everyone shown: "대통령실은 윤 대통령과 총수들이 ... 둘러앉은
            # 사진을 공개했다" after a sentence about two of the guests)
            targets = [m for m in self.prev_meetings if shown <= m.names] or \
                [m for m in self._held() if shown and shown <= m.names][-1:]
            for meeting in targets:
                meeting.photo_op = True
