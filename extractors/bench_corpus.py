"""A seeded corpus of business-news-like articles, for benchmarking the extractor at scale.

The templates are written for this project in Korean business-news style; they mix meeting
sentences (회동, 만찬, 면담, 골프, photos), hard non-meetings (same event, praise, company deals,
planned meetings, phone calls) and filler about markets, so the extractor does its real work.
People come from lexicons/people.yaml and from invented names the lexicon does not know.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from extractors.hangul import final_consonant
from extractors.lexicon import load_lexicon

KST = timezone(timedelta(hours=9))

_SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
_GIVEN = ["민준", "서연", "도윤", "지호", "현우", "수빈", "예준", "하은", "지훈", "유진",
          "성민", "재원", "동현", "은지", "태양", "승호", "영수", "미경", "정훈", "상철"]
_INVENTED_ORGS = ["한결전자", "누리반도체", "태성중공업", "다온바이오", "미르모빌리티", "새빛에너지",
                  "가람로보틱스", "온누리통신", "해든식품", "바른소재"]
_TITLES = ["회장", "부회장", "사장", "대표", "CEO", "전무", "부사장"]
_PLACES = ["서울 중구 롯데호텔", "서울 용산구 한남동 승지원", "경기 평택캠퍼스", "미국 실리콘밸리",
           "서울 여의도 전경련회관", "부산 해운대", "일본 도쿄", "미국 라스베이거스", "판교 사옥"]
_TOPICS = ["인공지능(AI) 반도체", "고대역폭메모리(HBM)", "전기차 배터리", "데이터센터 전력",
           "로봇 사업", "차세대 통신", "바이오 위탁생산", "수소 에너지", "클라우드 서비스"]

_MEETING = [
    "{a} {ao} {at}~은 {day}일 {place}에서 {b} {bo} {bt}~과 만나 {topic} 협력 방안을 논의했다.",
    "{a} {ao} {at}~이 {day}일 {b} {bo} {bt}~과 비공개 회동을 가졌다고 {ao} 측이 밝혔다.",
    "{a} {at}~은 이날 {place}에서 {b} {bt}~과 만찬을 함께하며 {topic} 사업 전반에 대해 의견을 나눴다.",
    "{a} {ao} {at}~과 {b} {bo} {bt}~은 {day}일 {place}에서 골프 회동을 했다.",
    "{a} {at}~은 {day}일 자신의 사회관계망서비스(SNS)에 {b} {bo} {bt}~과 함께 찍은 사진을 올렸다.",
    "{b} {bo} {bt}~은 방한 기간 중 {a} {ao} {at}~을 접견하고 {topic} 투자 계획을 설명했다.",
]
_NON_MEETING = [
    "{a} {ao} {at}~은 {day}일 열린 {topic} 포럼에서 기조연설을 했고, {b} {bo} {bt}도 같은 행사에 참석했다.",
    "{a} {at}~은 \"{b} {bt}의 리더십은 업계의 본보기\"라고 치켜세웠다.",
    "{ao}~과 {bo}~은 {topic} 분야에서 공급 계약을 맺었다고 {day}일 공시했다.",
    "{a} {ao} {at}~은 다음 달 {b} {bo} {bt}~과 만날 예정이다.",
    "{a} {at}~은 {day}일 {b} {bt}~과 전화 통화를 하고 {topic} 협력을 이어가기로 했다.",
    "업계에서는 {a} {at}~과 {b} {bt}의 회동설이 돌았지만 {ao} 측은 \"사실이 아니다\"라고 부인했다.",
]
_FILLER = [
    "{ao}의 올해 {q}분기 영업이익은 전년 같은 기간보다 {pct}% 늘어난 것으로 집계됐다.",
    "증권가에서는 {topic} 수요가 하반기에도 견조할 것으로 내다보고 있다.",
    "{ao} 관계자는 \"구체적인 협력 내용은 정해진 바 없다\"고 말했다.",
    "{topic} 시장은 2030년까지 연평균 {pct}%씩 성장할 것으로 전망된다.",
    "이번 논의는 글로벌 공급망 재편 속에서 양사의 이해관계가 맞아떨어진 결과라는 분석이 나온다.",
    "재계 관계자는 \"총수가 직접 나선 만큼 후속 투자 발표가 이어질 가능성이 크다\"고 설명했다.",
    "한편 {ao} 주가는 이날 유가증권시장에서 전 거래일보다 {pct}% 오른 채 마감했다.",
    "{ao}~은 지난해 {topic} 부문에 {won}조원을 투자하겠다고 발표한 바 있다.",
    "정부도 {topic} 산업 육성을 위해 세제 지원과 규제 완화를 추진하고 있다.",
    "전문가들은 기술 격차를 유지하려면 인재 확보와 연구개발 투자가 병행돼야 한다고 지적했다.",
]


# "~은" after a word: the particle form its last syllable takes (은/는, 이/가, 과/와, 을/를).
_PARTICLES = {"은": ("은", "는"), "이": ("이", "가"), "과": ("과", "와"), "을": ("을", "를")}
_MARKED = re.compile(r"(.)~(은|이|과|을)")


def _particle(match: re.Match[str]) -> str:
    last, particle = match.group(1), match.group(2)
    closed = bool(final_consonant(last))
    return last + _PARTICLES[particle][0 if closed else 1]


@dataclass(frozen=True)
class BenchArticle:
    """One generated article: headline, KST publication time, body paragraphs."""

    slug: str
    title: str
    published_at: datetime
    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        """Headline, newline, body: the form the extractor reads."""
        return self.title + "\n" + "\n".join(self.paragraphs)


def _people(rng: random.Random) -> list[tuple[str, str, str]]:
    """(name, organization, title): lexicon people plus invented ones the lexicon lacks."""
    known = [(p.name, p.org, p.title) for p in load_lexicon().people if p.org and p.title]
    invented = [(rng.choice(_SURNAMES) + rng.choice(_GIVEN), rng.choice(_INVENTED_ORGS),
                 rng.choice(_TITLES)) for _ in range(len(known) // 2 + 10)]
    return known + invented


def _sentence(rng: random.Random, template: str, people: list[tuple[str, str, str]],
              published: datetime) -> str:
    (a, ao, at), (b, bo, bt) = rng.sample(people, 2)
    return _MARKED.sub(_particle, template.format(a=a, ao=ao, at=at, b=b, bo=bo, bt=bt, place=rng.choice(_PLACES),
                           topic=rng.choice(_TOPICS), day=max(1, published.day - rng.randint(0, 3)),
                           q=rng.randint(1, 4), pct=rng.randint(2, 40), won=rng.randint(1, 30)))


def generate_article(rng: random.Random, index: int,
                     people: list[tuple[str, str, str]]) -> BenchArticle:
    """An article of 1.5k-3k characters: about half report a meeting, all carry filler."""
    published = datetime(2025, 1, 1, 7, tzinfo=KST) + timedelta(hours=rng.randint(0, 24 * 300))
    target = rng.randint(1500, 3000)
    lead = rng.choice(_MEETING if rng.random() < 0.5 else _NON_MEETING)
    paragraphs = [_sentence(rng, lead, people, published)]
    size = len(paragraphs[0])
    while size < target:
        pool = rng.choices([_FILLER, _MEETING, _NON_MEETING], weights=[6, 1, 1])[0]
        sentences = [_sentence(rng, template, people, published)
                     for template in rng.sample(pool, rng.randint(2, 3))]
        paragraph = " ".join(sentences)
        if size + len(paragraph) > 3000 and size >= 1500:
            break
        paragraphs.append(paragraph)
        size += len(paragraph) + 1
    head = paragraphs[0].split(" ")
    title = " ".join(head[:6]).rstrip(".,") + "…"
    return BenchArticle(f"a{index:06d}", title, published, tuple(paragraphs))


def generate_corpus(n: int, seed: int = 20250101) -> list[BenchArticle]:
    """N articles, the same for the same seed."""
    rng = random.Random(seed)
    people = _people(rng)
    return [generate_article(rng, i, people) for i in range(n)]
