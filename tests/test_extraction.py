"""The extractor on short articles, one phenomenon each, and on the seed and the dev set."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from spacy import displacy

from extractors.evaluation import evaluate, load_gold, read_article_file
from extractors.extraction import analyze_article, build_nlp, extract
from extractors.spacy_doc import blank_korean, build_doc
from extractors.words import words_of

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
PUB = "2024-07-02 09:00"


def meetings(body: str, published: str = PUB, status: str | None = "occurred", mode: str | None = "in_person"):
    """Participant-name sets of the meetings in a one-paragraph article (headline is line 1)."""
    found = extract("제목\n" + body, published)
    return [m for m in found if (status is None or m.status == status) and (mode is None or m.mode == mode)]


def groups(body: str, **kw) -> list[set[str]]:
    return [set(p.name for p in m.participants) for m in meetings(body, **kw)]


def dated_groups(body: str, **kw) -> list[tuple[set[str], date | None]]:
    return [({p.name for p in m.participants}, m.date) for m in meetings(body, **kw)]


def test_pipeline_is_inspectable_spacy() -> None:
    nlp = build_nlp()
    assert nlp.pipe_names == ["hoedong_words", "hoedong_people", "hoedong_meetings", "hoedong_name_fallback"]
    doc = analyze_article("제목\n최태원 SK그룹 회장은 1일 젠슨 황 엔비디아 CEO와 만났다.", PUB)
    assert {e.text for e in doc.ents} >= {"최태원", "젠슨 황"}
    assert "최태원" in displacy.render(doc, style="ent")


@pytest.mark.parametrize("body", [
    "최태원 SK그룹 회장은 1일 서울에서 사티아 나델라 마이크로소프트 CEO와 회동했다.",
    "SK그룹 최태원 회장은 1일 서울에서 마이크로소프트의 사티아 나델라 CEO와 회동했다.",
    "SK그룹 회장인 최태원은 1일 서울에서 사티아 나델라 마이크로소프트 최고경영자(CEO)를 만났다.",
])
def test_apposition_orders(body: str) -> None:
    assert groups(body) == [{"최태원", "사티아 나델라"}]


def test_unknown_people_by_apposition() -> None:
    body = "박서진 한빛소재 대표는 3일 판교 본사에서 토마스 베버 라인케미 구매총괄 부사장을 만나 공급 방안을 논의했다."
    assert groups(body) == [{"박서진", "토마스 베버"}]


@pytest.mark.parametrize("body,other", [
    ("김서윤 한빛랩 대표는 3일 판교에서 아르준 파텔과 만나 협력을 논의했다.", "아르준 파텔"),
    ("박정민 누리소프트 대표는 3일 서울에서 미카엘 베르그와 회동했다.", "미카엘 베르그"),
    ("정우성 대표는 3일 서울에서 이영호와 회동했다.", "이영호"),
])
def test_names_without_a_title(body: str, other: str) -> None:
    """Known given name + surname by pattern; a Korean name alone by the statistical NER."""
    assert len(groups(body)) == 1 and other in groups(body)[0]


def test_coreference_surname_title_and_foreign_surname() -> None:
    body = ("구광모 LG그룹 회장은 1일 짐 켈러 텐스토렌트 CEO를 만났다. 구 회장은 켈러 CEO와 AI 반도체 협력을 논의했다. "
            "켈러는 지난 4월에도 구 회장과 만났다.")
    found = groups(body)
    assert found and all(g == {"구광모", "짐 켈러"} for g in found)


def test_surname_and_a_title_that_is_also_a_modifier() -> None:
    body = ("데이비드 캘러핸 오로라로보틱스 CEO는 29일 박성우 세림기계 대표와 만났고, 30일 정다운 미래센서 "
            "대표와 만났다. 캘러핸 CEO는 31일 저녁 박 대표, 정 대표와 한자리에 모여 만찬을 함께했다.")
    assert {"데이비드 캘러핸", "박성우", "정다운"} in groups(body)


def test_a_bare_title_and_the_last_clause_subject_go_on() -> None:
    body = ("아난드 프라카시 메흐타(Anand Prakash Mehta) 인도 상공부 장관이 9일 국내 기업인들을 만났다. 메흐타 장관은 "
            "강보윤 세린그룹 회장을 만났다. 강 회장은 증설 계획을 설명했고, 장관은 검토하겠다고 했다. 오후에는 자리를 "
            "옮겨 제갈태윤 한울중공업 부회장과 면담했다.")
    assert sorted(map(sorted, groups(body))) == [["강보윤", "아난드 프라카시 메흐타"], ["아난드 프라카시 메흐타", "제갈태윤"]]


def test_a_count_takes_in_who_was_named_since_the_meeting() -> None:
    body = ("이날 모임에는 정하린 대한제지 부사장과 구태오 서진식품 전무, 남궁서연 한솔해운 상무가 참석했다. 투자자인 "
            "피터 윤(Peter Yoon) 브라이트폴캐피털 대표가 자리를 주선했다. 네 사람은 저녁 식사를 하며 고민을 나눴다.")
    assert {"정하린", "구태오", "남궁서연", "피터 윤"} in groups(body)


def test_who_sat_across_from_a_minister_met_her() -> None:
    # ('케이블루': mecab reads 루 as a particle, which news never writes)
    body = ("리스나 위자야 쿠수마(Risna Wijaya Kusuma) 인도네시아 투자부 장관이 4일 간담회를 열었다. 쿠수마 장관 "
            "맞은편에는 탁경민 대원화학 대표와 하윤 케이블루 대표가 나란히 앉아 발언을 주도했다. 하 대표는 해저케이블 "
            "사업에 관심을 보였다.")
    assert {"리스나 위자야 쿠수마", "탁경민", "하윤"} in groups(body)


def test_same_surname_different_people() -> None:
    body = ("신동빈 롯데그룹 회장과 장남 신유열 롯데지주 전무가 1일 베트남을 찾았다. "
            "신 전무는 이튿날 팜녓브엉 빈그룹 회장을 만나 협력을 논의했다.")
    assert {"신유열", "팜녓브엉"} in groups(body)
    assert {"신동빈", "팜녓브엉"} not in groups(body)


def test_listed_counterparts_meet_separately() -> None:
    body = "이재용 삼성전자 회장은 지난달 마크 저커버그 메타 CEO, 앤디 제시 아마존 CEO 등과 잇달아 회동했다."
    assert sorted(map(sorted, groups(body))) == [["마크 저커버그", "이재용"], ["앤디 제시", "이재용"]]


def test_coordinated_subjects_meet_together() -> None:
    body = "이해진 네이버 GIO와 최수연 대표가 젠슨 황 엔비디아 CEO와 함께 찍은 사진을 1일 공개했다."
    assert groups(body) == [{"이해진", "최수연", "젠슨 황"}]


@pytest.mark.parametrize("body,pair", [
    # a Korean name mecab reads as a verb form or as one dictionary word, before org + title
    ("곽도연 한결정밀 대표는 1일 노은비 세린메디컬 상무와 만나 협력을 논의했다.", {"곽도연", "노은비"}),
    ("곽도연 한결정밀 대표는 1일 표창식 가람철강 전무와 만났다. 표 전무는 공급을 약속했다.", {"곽도연", "표창식"}),
    # a chamber of commerce by its short name, a mayor written with the city
    ("류하준 다온상의 회장은 1일 문서경 해솔시장과 오찬을 함께했다.", {"류하준", "문서경"}),
    # a foreign name glossed in Latin letters, with a title before it
    ("곽도연 한결정밀 대표는 1일 창업자 티아구 모라이스(Tiago Morais)와 만났다.", {"곽도연", "티아구 모라이스"}),
    # Hangul parts joined by a hyphen, a surname misread as a verb after a known given name
    ("윤석열 대통령은 1일 빌럼-알렉산더 네덜란드 국왕과 회담했다.", {"윤석열", "빌럼-알렉산더"}),
    # 社 read as a verb or a number: the word is the organization, not a name part; 날 ends the run
    ("곽도연 한결정밀 대표는 1일 독일 고객사 베른하르트 쇼이블레 CEO와 만났다.", {"곽도연", "베른하르트 쇼이블레"}),
    ("곽도연 한결정밀 대표는 같은 날 협력사 대표 마르코 비안키 사장과 만났다.", {"곽도연", "마르코 비안키"}),
    # TITLE인 NAME, with the connector 알 read as a verb
    ("최윤서 메디셀라 대표는 28일 PIF 디렉터인 파이살 알 오타이비와 면담했다.", {"최윤서", "파이살 알 오타이비"}),
    ("최윤서 메디셀라 대표는 28일 북미법인장인 피터 한 전무와 만났다.", {"최윤서", "피터 한"}),
    # a verb form before a glossed name is no part of it
    ("오경석 가온항만 사장은 18일 대사관저에서 만난 압둘라 알나크비(Abdulla Al Naqbi) 대사와 협력을 논의했다.",
     {"오경석", "압둘라 알나크비"}),
    # a given name mecab does not know before a long surname; a surname read as a verb form
    ("한정우 한빛과기대 총장은 23일 예르잔 사틴발디예프 세미레치예공대 총장과 만났다.", {"한정우", "예르잔 사틴발디예프"}),
    ("송기찬 한결금융 회장은 16일 반다르머다니은행의 리나 위자야 사장과 조찬을 함께했다.", {"송기찬", "리나 위자야"}),
    # a two-syllable name before an unknown company, referred back to by its surname
    ("안정 핀다움 대표는 1일 박무진 새한금융 회장과 만났다. 안 대표는 협력을 제안했다.", {"안정", "박무진"}),
    # a Latin gloss with Czech letters fixes a name mecab cut at 나 ('or')
    ("염태웅 동주기어 회장은 1일 카테르지나 노바코바(Kateřina Nováková) CEO와 만났다.", {"염태웅", "카테르지나 노바코바"}),
    # a surname particle in the gloss is joined to the surname in Hangul
    ("황보석진 세림그룹 회장은 7일 NXT포토닉스의 피터르 얀 더프리스(Pieter Jan de Vries) CEO와 조찬 회동을 했다.",
     {"황보석진", "피터르 얀 더프리스"}),
    # an Arabic article written apart in the gloss, joined in Hangul; Vietnamese letters in a gloss
    ("하성철 세온그룹 회장은 4일 알린에너지캐피털의 마리암 알하미리(Mariam Al Hamiri) 부사장과 만찬을 겸한 회동을 가졌다.",
     {"하성철", "마리암 알하미리"}),
    ("이정민 동양식품 회장과 사이공그린푸드의 응우옌반탄(Nguyễn Văn Thanh) 회장이 만났다.", {"이정민", "응우옌반탄"}),
    # the gloss's first name decides a word mecab read as a verb form; a hyphenated given name in two
    # words; a particle never stands before the gloss
    ("천동희 한성그룹 회장이 10일 누를란 세릭볼로비치 베이센바예프(Nurlan Serikbolovich Beisenbayev) 부총리를 "
     "만났다.", {"천동희", "누를란 세릭볼로비치 베이센바예프"}),
    ("어윤태 한서화학 회장이 솔베르 케미의 마리 로르 뒤부아(Marie-Laure Dubois) CEO와 만찬을 함께했다.",
     {"어윤태", "마리 로르 뒤부아"}),
    ("쩐득하이(Tran Duc Hai) 베트남 부총리가 14일 구미의 동광전자 공장을 찾아 서문경호 회장과 만났다.",
     {"쩐득하이", "서문경호"}),
    # a given name mecab reads as an adverb (부디 'please'), after an organization's genitive
    ("제갈현수 넥슨텔레콤 사장은 4일 인도네시아 통신사 누산타라셀의 부디 하르토노 사장과 면담했다.",
     {"제갈현수", "부디 하르토노"}),
    # a Vietnamese name written as one word, and its family name with a title later
    ("다온푸드의 문화 대표가 사오마이유업의 응우옌티투이 회장과 만났다. 문 대표는 3일 응우옌 회장과 다시 회동했다.",
     {"문화", "응우옌티투이"}),
    ("레탄빈 주한 베트남대사관 상무참사관이 17일 해솔시를 찾았다. 레 참사관은 이날 배정민 해솔상공회의소 회장과 "
     "간담회를 가졌다.", {"레탄빈", "배정민"}),
    # a surname that looks Korean (오설리번) after a word that sounds like the gloss's first name
    ("방한한 키어런 오설리번(Ciarán O'Sullivan) 님버스AI CEO는 표세현 딥클라우드 대표와 회의를 가졌다.",
     {"키어런 오설리번", "표세현"}),
    # a name mecab ends with a bare verb stem (구본 + 하/XSV), in a list of subjects
    ("탁정우 에이치셀 사장, 구본하 넥스트파워 사장은 이날 오전 조찬 모임을 가졌다.", {"탁정우", "구본하"}),
    # a gloss with a lowercase Arabic connector ends the name before the company
    ("문가람 블루오션랩 대표는 5일 아마드 빈 사이드(Ahmad bin Said) 알마하라 홀딩스 부사장과 만났다.",
     {"문가람", "아마드 빈 사이드"}),
    # a word glossed in Chinese characters is a name, whatever mecab read it as (저우밍 + 하/XSV + 오/EC)
    ("곽도현 픽셀나무 대표는 지난해 11월 저우밍하오(周明浩) 룽텅게임즈 최고경영자(CEO)를 처음 만났다.",
     {"곽도현", "저우밍하오"}),
    # an Arabic family name with its article joined, after a known given name
    ("김태식 해동해운 회장은 3일 파루크 하산 알마리 두바이글로벌포트 회장을 면담했다.", {"김태식", "파루크 하산 알마리"}),
    # an Arabic family name with its article joined, after 빈
    ("남궁현 대명그룹 회장이 도하미래투자청의 파이살 빈 타밈 알쿠와리 청장과 만찬을 함께했다.",
     {"남궁현", "파이살 빈 타밈 알쿠와리"}),
    # a middle initial is part of the name and ends no sentence
    ("오지훈 한빛그룹 회장이 마이클 J. 로젠탈 브라이트웨이캐피털 대표를 9일 만났다. 로젠탈 대표는 투자를 약속했다.",
     {"오지훈", "마이클 J. 로젠탈"}),
    # a third name part the lexicons do not know, which the article calls the person by
    ("오지훈 한빛그룹 회장은 9일 마리아 페르난다 오르티스 멕시코 경제부 차관과 만났다. 오르티스 차관은 협력을 제안했다.",
     {"오지훈", "마리아 페르난다 오르티스"}),
    # a name mecab reads as a place and a vocative (정현/지명 + 아/JKV)
    ("허성민 해람시장은 1일 정현아 해람창업허브 센터장과 만났다.", {"허성민", "정현아"}),
    # a place with its particle is no part of a glossed name; 이동해 'moving on' is no name
    ("신동빈 롯데그룹 회장이 베트남 하노이에서 팜민찐(Pham Minh Chinh) 베트남 총리를 만났다.", {"신동빈", "팜 민 찐"}),
    ("이재용 삼성전자 회장은 오후 샌디에이고로 이동해 크리스티아노 아몬 퀄컴 CEO와 만났다.", {"이재용", "크리스티아노 아몬"}),
    # back-references by a Chinese surname of two syllables, a Vietnamese given name, an Arab first
    # name seen in a headline before the full name
    ("이재용 삼성전자 회장이 레이쥔(雷軍) 샤오미 회장을 찾았다. 이 회장은 22일 레이 회장과 만났다.", {"이재용", "레이쥔"}),
    ("메콩스타그룹 응우옌반뚜언(Nguyen Van Tuan) 회장이 사진을 올렸다. 신동빈 롯데그룹 회장은 이날 뚜언 회장과 골프를 쳤다.",
     {"신동빈", "응우옌반뚜언"}),
    ("UAE 칼둔 청장 방한\n칼둔 칼리파 알무바라크(Khaldoon Khalifa Al Mubarak) 아부다비 행정청장이 방한했다. 칼둔 청장은 "
     "전날 김동관 한화그룹 부회장과 만찬을 함께했다.", {"칼둔 칼리파 알무바라크", "김동관"}),
    # 빈 is a Korean surname too (and still the Arabic connector inside foreign names)
    ("옥해숙 한결금속 회장은 1일 해누리은행 빈상철 부행장과 만났다. 빈 부행장은 대출을 약속했다.", {"옥해숙", "빈상철"}),
    ("남궁현 대명그룹 회장이 도하미래투자청의 파이살 빈 타밈 알쿠와리 청장과 만찬을 함께했다.",
     {"남궁현", "파이살 빈 타밈 알쿠와리"}),
    # the honorific 씨 written onto a name after '대표인'
    ("옥해숙 한결금속 회장은 1일 세진밸브 대표인 모경란씨와 만났다. 모 대표는 지원을 건의했다.", {"옥해숙", "모경란"}),
    # a lawyer (a profession is a title), after the word 출신인
    ("표경수 국장은 21일 금감원 출신인 서문지아 변호사와 골프를 쳤다.", {"표경수", "서문지아"}),
    # a gloss in Chinese characters (with another name after a dot) closes a one-word name before the company
    ("젠슨 황 엔비디아 CEO는 린바이리(林百里·배리 람) 콴타컴퓨터 회장과 만찬을 했다.", {"젠슨 황", "린바이리"}),
    # a word glossed in kanji is a name part though it is also a common noun (요지 'gist')
    ("젠슨 황 엔비디아 CEO는 7일 무토 요지(武藤容治) 경제산업상과 면담했다.", {"젠슨 황", "무토 요지"}),
    # 이동해 'moving on' before a Latin-glossed name is no part of it; 또 before 'To Lam' is
    ("우서린 회장은 17일 바젤로 이동해 클라우디아 에거슈타이너(Claudia Egger-Steiner) CEO와 면담했다.",
     {"우서린", "클라우디아 에거슈타이너"}),
    ("이재명 대통령은 12일 또 럼(To Lam) 베트남 공산당 서기장과 정상회담을 했다.", {"이재명", "또 럼"}),
    # a verb taking the object before it is no name part ("시장을 쥔")
    ("세계 AI 반도체 시장을 쥔 젠슨 황 엔비디아 CEO와 이재용 삼성전자 회장이 30일 만났다.", {"젠슨 황", "이재용"}),
    # a one-word name glossed by one Latin word before the organization and the title, told again
    ("목승현 대성철강 대표가 니켈 업계의 거물로 꼽히는 하르요노(Haryono) 수마트라메탈 회장을 찾았다. 목 대표는 "
     "18일 하르요노 회장과 회동했다.", {"목승현", "하르요노"}),
    # a glossed name of five Hangul words, its surname particle apart; Sheikh is no part of a name
    ("어경민 회장이 코브레노르테의 호세 루이스 오르티스 데 사라테(José Luis Ortiz de Zárate) 회장과 만찬을 함께했다.",
     {"어경민", "호세 루이스 오르티스 데 사라테"}),
    ("다리오 아모데이 앤트로픽 CEO는 셰이크 타밈 빈 하마드 알사니(Sheikh Tamim bin Hamad Al Thani) 카타르 국왕과 "
     "면담했다.", {"다리오 아모데이", "타밈 빈 하마드 알사니"}),
    # 와 ending a Japanese surname (-자와, 澤) is no 'and'; a Japanese minister's title (경제재생상)
    ("도널드 트럼프 미국 대통령이 16일 방미한 아카자와 료세이(赤澤亮正) 일본 경제재생상을 만났다.",
     {"도널드 트럼프", "아카자와 료세이"}),
    # the article's glossed full name is longer than the lexicon's; the gloss joins 'Al Saud' into one word
    ("최태원 SK그룹 회장이 21일 압둘아지즈 빈 살만 알사우드(Abdulaziz bin Salman Al Saud) 사우디아라비아 "
     "에너지장관과 면담했다.", {"최태원", "압둘아지즈 빈 살만 알사우드"}),
    # a name with a two-syllable surname that mecab reads as two nouns, the second ending like an org (재원)
    ("국태민 동해해운 회장과 사공재원 동남해운 회장이 26일 골프 회동을 했다.", {"국태민", "사공재원"}),
    # a known person written with another full spelling keeps the article's spelling (and the person id)
    ("샘 알트만 오픈AI CEO는 5일 아슈위니 바이슈노 인도 전자정보기술부 장관을 만났다.", {"샘 알트만", "아슈위니 바이슈노"}),
    # an Arab name referred back to by its first name
    ("이재용 삼성전자 회장이 셰이크 타흐눈 빈 자예드 알나흐얀 UAE 국가안보보좌관을 찾았다. 이 회장은 14일 알샤티 궁에서 "
     "셰이크 타흐눈과 만나 협력 방안을 논의했다.", {"이재용", "타흐눈 빈 자예드 알나흐얀"}),
    # two initials end no sentence, and a known person keeps the spelling the article uses
    ("나렌드라 모디 인도 총리는 11일 J.D. 밴스 미국 부통령과 만났다.", {"나렌드라 모디", "J.D. 밴스"}),
    # after 'TITLE인', a Latin gloss closes the name before the company
    ("나렌드라 모디 총리는 13일 일론 머스크 CEO와 만났다. 이 자리에는 머스크의 파트너인 시본 질리스(Shivon Zilis) "
     "뉴럴링크 이사가 동석했다.", {"일론 머스크", "시본 질리스", "나렌드라 모디"}),
    # Dutch 'van der' written as two words
    ("남궁현 한빛그룹 회장은 9일 네오포토닉스의 피터르 판 데르 린덴 CEO와 오찬을 했다.", {"남궁현", "피터르 판 데르 린덴"}),
    # rare one-syllable surnames that are also common words (두 'two', 간, 음, 묵, 단)
    ("두경민 온누리배터리 대표는 22일 간성태 대한상의 상무와 만났다.", {"두경민", "간성태"}),
    ("음동혁 다온정밀 대표가 묵정아 새만금개발청장, 단우진 청장과 함께 오찬을 했다.", {"음동혁", "묵정아", "단우진"}),
    # 하 with an ending is written 해: "석하준" (석 + 하/XSV + 준/EC+VX+ETM) is a name who sat in
    ("김민수 사장은 28일 박철수 회장과 만찬을 함께했다. 만찬에는 석하준 동양해운 전무도 함께했다.",
     {"김민수", "박철수", "석하준"}),
    # a gloss of two hyphenated names written as three Hangul words ("François-Xavier Müller-Brocker")
    ("남궁현 대표는 알펜파마 본사에서 프랑수아 자비에 뮐러-브로커(François-Xavier Müller-Brocker) CEO를 만났다.",
     {"남궁현", "프랑수아 자비에 뮐러-브로커"}),
    # a genitive before a name written as one word for a three-word gloss ends no part of the name
    ("베트남 북부 최대 항만도시 하이퐁의 황반트엉(Hoang Van Thuong) 인민위원장이 부산을 방문해 마성호 부산시장과 "
     "만났다.", {"황반트엉", "마성호"}),
    # a Chinese surname no Korean bears, then syllables Korean names use too ("량원보")
    ("황보석진 청운그룹 회장은 2019년 량원보 화룽AI 회장과 만났다.", {"황보석진", "량원보"}),
    # a Chinese name mecab knows as one name morpheme ("왕젠궈/NNP 인명"), not a Western one ("린드베리")
    ("최태원 회장은 8일 베이징에서 왕젠궈 상무부 부부장과 만나 반도체 협력 방안을 논의했다.", {"최태원", "왕젠궈"}),
    # a two-syllable surname's name that mecab reads as a verb form ("제갈/NNG 태/VV 오/EC")
    ("제갈태오 회장과 김민수 사장이 기념촬영을 했다.", {"제갈태오", "김민수"}),
    # a particle between a noun and a verb stem inside one word is a foreign name cut up ("트/NNG 랑/JKB 블/VV 래/EC")
    ("김동관 부회장은 지난 14일 오타와에서 마리 클로드 트랑블래 국방조달 담당 장관과 면담했다.",
     {"김동관", "마리 클로드 트랑블래"}),
    # the rare surname 궉
    ("한성숙 장관은 2일 궉민석 퀀텀다이스 대표와 면담했다.", {"한성숙", "궉민석"}),
    # 시티, an Indonesian given name, before an honorific
    ("궉민섭 군수는 2일 하르토노 대사의 부인 시티 라하유 여사와 만났다.", {"궉민섭", "시티 라하유"}),
    # a name part mecab reads as a place, before the country ("레시니/NNP(지명) 악")
    ("금태윤 대표는 13일 바르샤바로 이동해 카롤 프셰미스와프 레시니악 폴란드 기후환경부 차관을 만났다.",
     {"금태윤", "카롤 프셰미스와프 레시니악"}),
    # four name parts after the organization in the genitive
    ("석인호 회장은 2일 인도네시아 투자부의 부디 산토소 위자야 쿠수마 차관과 면담했다.", {"석인호", "부디 산토소 위자야 쿠수마"}),
    # a hyphened surname ending in a one-syllable Korean one
    ("편은솔 대표는 2일 스타트업 오르비탈 다이내믹스의 대니얼 오코너-박 CEO를 만났다.", {"편은솔", "대니얼 오코너-박"}),
    # the Portuguese given name 조앙, three parts after the organization in the genitive
    ("남궁민서 회장은 2일 플로레스타 아줄 광업의 조앙 페드로 코스타 최고경영자와 회동했다.", {"남궁민서", "조앙 페드로 코스타"}),
    # setting out on a trip: "출장길에 올라" (올라 is a given name too)
    ("이재용 회장은 지난 1일 미국 출장길에 올라 리사 수 AMD 최고경영자(CEO)를 만났다.", {"이재용", "리사 수"}),
    ("승민기 사장은 지난 1일 인도 출장길에 올라 라마찬드란 CEO와 만났다. 프리야 라마찬드란(Priya Ramachandran) "
     "인포빔 CEO는 이 자리에서 협력을 제안했다.", {"승민기", "프리야 라마찬드란"}),
    # a surname that is a company's name, with the person's own organization after it
    ("석지훈 한결모터스 사장은 2일 비크람 메타 라잣인더스트리즈 한국법인장과 골프를 쳤다.", {"석지훈", "비크람 메타"}),
    # a confectioner before a title is no 'X제 and' ("야마부키제과 사장")
    ("모경준 대표는 2일 야마부키 히로시(山吹浩) 야마부키제과 사장을 만났다.", {"모경준", "야마부키 히로시"}),
])
def test_names_mecab_misreads(body: str, pair: set[str]) -> None:
    assert pair in groups(body)


def test_a_company_written_before_a_name_is_no_name_part() -> None:
    """"크레스트라인 반도체의 하비에르 루이스 CEO" makes 크레스트라인 a company, so "루이스 크레스트라인 CEO" is
    루이스 of 크레스트라인, though 루이스 is a given name too; "크라우제 케이블의 안나 크라우제" keeps her name."""
    body = ("루이스 크레스트라인 CEO는 14일 선우채원 미르홀딩스 대표와 오찬을 함께했다. 스페인 크레스트라인 반도체의 "
            "하비에르 루이스 최고경영자(CEO)는 15일 출국한다.")
    assert groups(body) == [{"하비에르 루이스", "선우채원"}]
    body = "이서준 부회장은 2일 크라우제 케이블의 안나 크라우제 CEO와 오찬을 함께했다."
    assert groups(body) == [{"이서준", "안나 크라우제"}]


def test_the_first_word_of_a_company_told_before_is_no_name() -> None:
    """"바르가스 오로라 시스템즈 CEO" tells the company; "오로라 아시아태평양 총괄 부사장" is its unnamed
    executive, though 오로라 has a Korean name's shape."""
    body = ("남궁현 세진그룹 회장과 엘레나 바르가스(Elena Vargas) 오로라 시스템즈 최고경영자(CEO)가 연사로 나섰다. "
            "남궁 회장은 이날 오후 오로라 아시아태평양 총괄 부사장과 30분가량 면담했다.")
    assert groups(body) == []


def test_only_the_look_of_a_meeting_is_none() -> None:
    """A written Q&A "edited as if they sat face to face, but in fact" answered in writing is no
    meeting; "met, but in fact agreed nothing" still is one."""
    body = ("탁민재 도담통신 사장과 엘레나 바르가스 오로라 최고경영자(CEO)가 마주 앉아 대화하는 형식으로 편집됐지만, "
            "실제로는 편집팀이 두 사람에게 같은 질문을 서면으로 보내 받은 답을 엮은 것이다.")
    assert groups(body) == []
    body = "탁민재 도담통신 사장은 14일 엘레나 바르가스 오로라 CEO와 만났지만, 실제로는 별다른 합의를 하지 못했다."
    assert groups(body) == [{"탁민재", "엘레나 바르가스"}]


def test_a_meeting_one_of_its_people_was_elsewhere_for_is_none() -> None:
    """A post about "the CES with 오코너" when 오코너 "was in fact giving a keynote at the same time"
    elsewhere (an avatar sat in): no meeting. Without that sentence the post tells one."""
    post = ("탁지성 누리벨그룹 회장은 6일 SNS에 사진을 올리며 \"브라이언 오코너 퀀타릭스 CEO와 함께한 CES\"라고 "
            "적었다.")
    assert groups(post) == [{"탁지성", "브라이언 오코너"}]
    assert groups(post + " 하지만 실제 오코너 CEO는 같은 시간 다른 홀에서 기조연설을 하고 있었다.") == []


def test_a_contracted_verb_ends_a_name_run() -> None:
    """"자리를 옮겨 알사드한 CIO를" (옮기 + 어): the verb is no part of the name written again."""
    body = ("독고현 회장은 4일 누라 알사드한(Noura Al-Sadhan) PIF 최고투자책임자(CIO)와 면담했다. 오후에는 PIF 본부로 "
            "자리를 옮겨 알사드한 CIO를 다시 만났다.")
    assert {p.name for m in meetings(body) for p in m.participants} == {"독고현", "누라 알사드한"}


def test_a_three_word_name_before_its_country() -> None:
    """"부디 산토소 위자야 인도네시아 투자부 장관": 위자야 is no copula (위자 + 야) and every name part
    before the country is the name."""
    body = "탁기영 KN에너지 사장은 지난 1일 부디 산토소 위자야 인도네시아 투자부 장관과 만나 투자 조건을 협의했다."
    assert groups(body) == [{"탁기영", "부디 산토소 위자야"}]


def test_a_meeting_on_a_later_day_than_the_call_is_in_person() -> None:
    body = ("탁기영 KN에너지 사장은 지난 1일 부디 산토소 위자야 인도네시아 투자부 장관과 통화했다. 탁 사장은 3일 "
            "투자부 청사에서 부디 장관과 마주 앉았다.")
    pub = "2024-07-05 09:00"
    assert dated_groups(body, published=pub) == [({"탁기영", "부디 산토소 위자야"}, date(2024, 7, 3))]
    assert dated_groups(body, published=pub, mode="phone") == [({"탁기영", "부디 산토소 위자야"}, date(2024, 7, 1))]


def test_a_four_word_name_before_where_an_envoy_is_posted() -> None:
    body = "호세 이그나시오 베르가라 로하스 주한 칠레 대사가 14일 부명훈 제주지사를 만났다."
    assert groups(body) == [{"호세 이그나시오 베르가라 로하스", "부명훈"}]


def test_two_people_are_the_pair_named_together_earlier_in_the_sentence() -> None:
    """Items of a corrections column: "두 사람" is the pair of its own sentence, not the pair of the
    item before; "A와 B가 배석한 이 자리에서 양측은" still means the two sides."""
    body = ("◇황보민철 서진바이오 대표는 10일 남궁현 세광중공업 부회장과 만났습니다.\n◇도윤재 한결그룹 회장과 선우진 "
            "라온모빌리티 의장은 7일 같은 대회에 나갔으나 서로 다른 조에서 경기했으며, 두 사람이 따로 만난 사실은 없습니다.")
    assert groups(body) == [{"황보민철", "남궁현"}]
    assert groups(body, status="denied") == [{"도윤재", "선우진"}]


def test_a_list_going_on_past_and_is_one_subject() -> None:
    """"A, B 회장 등 주요 그룹 총수와 경제단체장, 정부 인사 등 600여명이 자리했다": 와 joins nouns of
    one list, whose role is on its closing noun; guests of a reception meet no one. "A, B 회장 등 총수들과
    오찬을 했다" still names the counterparts."""
    body = ("이날 신년인사회장에는 제갈현수 청우그룹 회장, 석진호 태경그룹 회장 등 주요 그룹 총수와 경제단체장, 정부 인사 "
            "등 600여명이 자리했다.")
    assert groups(body) == []
    body = "편승규 장관은 2일 제갈현수 청우그룹 회장, 석진호 태경그룹 회장 등 총수들과 오찬을 했다."
    assert groups(body) == [{"편승규", "제갈현수", "석진호"}]


def test_who_came_to_a_gathering_not_known_is_no_meeting() -> None:
    body = ("도윤재 한결그룹 회장과 남궁현 세광중공업 부회장 등이 초기 회원으로 거론되지만, 누가 언제 모임에 나왔는지는 "
            "알려진 바 없다.")
    assert groups(body) == []


def test_two_people_named_by_kin_and_guests_besides() -> None:
    """"A 회장의 차녀와 B 회장의 장남이 ... 두 사람은 처음 만나": the two are the children, not A and B;
    "이 밖에 C, D 등도 자리했다" names other guests, not people of the meeting just told."""
    body = ("편정호 대명화학 회장의 차녀와 석진우 백운철강 회장의 장남이 24일 백년가약을 맺었다. 두 사람은 유학 시절 처음 "
            "만나 5년간 교제했다.")
    assert groups(body) == []
    body = ("도윤재 한결그룹 회장은 예식이 끝나자 편정호 회장을 찾아 악수를 청했다. 이 밖에 남궁현 세광중공업 부회장, "
            "제갈윤 이룸금융지주 회장 등도 하객석에 자리했다.")
    assert groups(body) == [{"도윤재", "편정호"}]


def test_a_photo_posted_online_was_taken_in_person() -> None:
    body = ("편정호 대명화학 회장과 옥승현 우진정밀 회장은 19일 나란히 기념사진을 찍었고, 총동문회는 이 사진을 온라인 카페에 "
            "올렸다.")
    assert groups(body) == [{"편정호", "옥승현"}]
    assert groups("편정호 회장과 옥승현 회장은 19일 온라인으로 만나 의견을 나눴다.", mode="video") == [{"편정호", "옥승현"}]


def test_a_name_without_a_title_listed_before_a_titled_one() -> None:
    body = ("제갈윤 이룸금융지주 회장은 지난달 28일 채윤서, 봉지석 이룸은행장과 한 조를 이뤄 9홀을 돌았다. 경기를 마친 세 "
            "사람은 9번 홀 그린에서 기념촬영을 했다.")
    # (the round, "9홀을 돌았다", and the photo after it are one meeting told twice)
    assert {frozenset(g) for g in groups(body, published="2025-06-02 09:00")} == {frozenset({"제갈윤", "채윤서", "봉지석"})}


def test_attendees_of_the_gathering_the_sentence_before_was_about() -> None:
    body = ("간담회는 이날 오후 광주상의 중회의실에서 진행됐다. 상의에서는 남궁철 회장과 제갈민호 부회장 등 회장단 12명이, "
            "시에서는 위성진 시장과 표형준 경제창업국장이 자리했다.")
    assert groups(body) == [{"남궁철", "제갈민호", "위성진", "표형준"}]


def test_who_sat_in_on_a_courtesy_call() -> None:
    body = ("천밍위안 주부산 중국총영사가 지난 1일 김해시청을 찾아 설정호 김해시장을 예방했다. 예방에는 시에서 옥진명 "
            "자치행정국장이, 총영사관에서 왕레이(王磊) 영사가 배석했다.")
    assert groups(body) == [{"천밍위안", "설정호", "옥진명", "왕레이"}]


def test_named_signers_of_a_pact_met_unless_each_signed_apart() -> None:
    body = "전날인 1일 경기도청에서는 여민규 경기도지사와 석하윤 평택시장, 브라이언 콜린스 대표가 투자협약을 체결했다."
    assert groups(body) == [{"여민규", "석하윤", "브라이언 콜린스"}]
    assert groups("합의는 법무팀 사이에서 이뤄졌고, 독고현 회장과 정해담 회장은 합의서에 각자 서명했다.") == []
    assert groups("군산시는 채도윤 시장과 마르쿠 비르타넨 CEO가 서면 방식으로 MOU를 체결했다고 밝혔다.") == []


def test_an_article_hyphened_in_the_gloss_may_be_written_apart() -> None:
    body = "마승원 부회장은 지난 3월 리야드를 찾아 칼리드 알 주하니(Khalid Al-Juhani) 나즈드 페트로켐 CEO를 만났다."
    assert groups(body) == [{"마승원", "칼리드 알 주하니"}]


def test_a_given_name_before_a_site_noun_is_no_name() -> None:
    """"메단의 팜 농장을 찾아가": 팜 is a given name, 농장 'farm' no surname."""
    body = "국영철 회장은 그해 메단의 팜 농장을 직접 찾아가 하르요노 위자야(Haryono Wijaya) 회장을 만났다."
    assert groups(body) == [{"국영철", "하르요노 위자야"}]


def test_a_contracted_verb_in_ae_ends_a_name_run() -> None:
    """"편지와 전보를 보내 마쓰모토 창업자를 설득했다": 보내 (보내 + 어) is a verb, not a name part."""
    body = ("마쓰모토기계 창업자 마쓰모토 요시오 회장은 1984년 하경수 회장과 만났다. 하 창업주는 1년 넘게 편지와 "
            "전보를 보내 마쓰모토 창업자를 설득했다.")
    assert all(not m.surface.startswith("보내") for m in analyze_article("제목\n" + body, PUB)._.people)


def test_a_list_closing_on_a_noun_in_in() -> None:
    """"등 한국 기업인 12명과": 기업인 is a noun (mecab: 기업 + copula 인), the list's role is on 12명과."""
    body = ("다니엘라 오콘쿼 미 상무부 차관은 26일 도재혁 한울그룹 회장, 탁기영 KN에너지 사장 등 한국 기업인 12명과 "
            "간담회를 가졌다.")
    assert groups(body, published="2024-06-28 09:00") == [{"다니엘라 오콘쿼", "도재혁", "탁기영"}]


def test_a_meeting_someone_says_should_happen_is_none() -> None:
    body = ("한 재계 관계자는 \"선우현 태성전자 회장이 직접 제임스 해리건 장관을 만나 투자 일정을 설명하고 설득해야 한다는 "
            "목소리가 나온다\"고 전했다.")
    assert groups(body) == []


def test_the_reporter_of_a_byline_meets_no_one() -> None:
    """The statistical NER reads "추민아 특파원 =" as a name; a byline's reporter is no participant."""
    path = next((REPO / "data" / "dev" / "holdout44").glob("4412_*.txt"))
    title, published, body = read_article_file(path)
    assert all("추민" not in p.name for m in extract(title + "\n" + body, published) for p in m.participants)


def test_a_name_ending_in_what_mecab_takes_for_a_spoken_particle() -> None:
    body = "김동관 부회장은 지난달 24일 라파엘 두아르테 피녜이루 브라질 국방부 차관과 만났다."
    assert groups(body) == [{"김동관", "라파엘 두아르테 피녜이루"}]


def test_a_time_with_a_topic_particle_leaves_the_subject_unsaid() -> None:
    body = ("샘 알트만 오픈AI CEO는 한국 기업들과의 접점을 꾸준히 넓혀 왔다. 지난해 2월 방한 때는 이재용 삼성전자 회장, "
            "손정의 소프트뱅크그룹 회장과 3자 회동을 하기도 했다.")
    assert groups(body) == [{"샘 알트만", "이재용", "손정의"}]


def test_the_pairs_own_meeting_in_the_genitive() -> None:
    """"두 사람의 첫 만남은 ... 이뤄졌다" is the pair's meeting; "두 사람의 만남을 바라는 목소리" a wish."""
    body = ("독고준 세진정밀 대표와 프리드리히 슈뢰더 회장이 화상으로 만난 것은 지난달 13일 이후 두 번째다. 두 사람의 첫 "
            "만남은 지난 7월 독일 프랑크푸르트 본사에서 이뤄졌다.")
    assert dated_groups(body, published="2026-11-12 09:00") == [({"독고준", "프리드리히 슈뢰더"}, date(2026, 7, 1))]
    body = "문태석 회장과 허진영 회장은 라이벌이다. 업계에서는 두 회장의 만남을 바라는 목소리가 작지 않다."
    assert groups(body) == []


def test_who_joined_the_meeting_held_not_the_one_first_scheduled() -> None:
    body = ("엄태경 한울건설 회장은 12일 라지브 메흐타 바라트인프라그룹 회장을 만났다. 두 회장의 만남은 당초 지난달 22일로 "
            "잡혀 있었다. 이날 회동에는 봉재석 사장도 함께했다.")
    assert dated_groups(body, published="2024-06-12 16:00") == [({"엄태경", "라지브 메흐타", "봉재석"}, date(2024, 6, 12))]


def test_a_new_title_given_in_the_article_tells_whom_surname_and_title_mean() -> None:
    body = ("대명화학이 1일 이사회를 열고 편정호 회장의 장남인 편태성 부사장을 신임 대표이사 사장으로 선임했다. 편 회장은 "
            "이사회 의장직만 유지한다. 편 사장은 선임 직후 우태규 노동조합 위원장과 1시간가량 면담했다.")
    assert groups(body) == [{"편태성", "우태규"}]


def test_a_line_placing_its_people_in_the_picture_is_a_caption() -> None:
    body = ("옥승현 우진정밀 회장(왼쪽 두 번째)과 마리아 페르난다 로샤(Maria Fernanda Rocha) 산타크루스 모토레스 부사장 "
            "등이 14일 창원 본사 공장에서 생산라인을 둘러보고 있다.")
    assert [(m.names, m.photo_op) for m in meetings(body, published="2025-04-16 09:00")] == \
        [({"옥승현", "마리아 페르난다 로샤"}, True)]


def test_a_company_glossed_in_latin_is_no_person() -> None:
    """"하겐도르프 케미(Hagendorf Chemie)" is a company; "하겐도르프" (read by mecab as a verb) is the
    organization of the glossed name before its title."""
    body = ("여동욱 서진화학 회장은 독일 화학기업 하겐도르프 케미(Hagendorf Chemie) 본사를 찾았다. 여 회장은 이튿날 자비네 "
            "뮐러-크라우제(Sabine Müller-Krause) 하겐도르프 최고기술책임자(CTO)와 면담했다.")
    assert groups(body) == [{"여동욱", "자비네 뮐러-크라우제"}]


def test_a_japanese_surname_in_gawa_before_a_hanja_gloss() -> None:
    body = ("위상훈 부산시장은 2일 총영사단 간담회를 열었다. 간담회에는 오가와 나오키(小川直樹) 주부산 일본국 총영사, "
            "린쉐훙(林雪虹) 주부산 중국 총영사가 참석했다.")
    assert groups(body) == [{"위상훈", "오가와 나오키", "린쉐훙"}]


def test_a_name_ending_in_what_mecab_reads_as_a_copula() -> None:
    """"라마찬드런" (mecab: 라마 + 찬드 + 런 'who is') is a name; "회장인 최태원" is still an apposition."""
    body = "제갈현수 청우그룹 회장이 6일 스타트업 베일라인의 프리야 라마찬드런 대표와 마주 앉았다."
    assert groups(body) == [{"제갈현수", "프리야 라마찬드런"}]


def test_people_who_sat_around_a_table_met() -> None:
    body = ("변정기 세온반도체 회장, 여준석 서진화학 사장, 탁민규 한국반도체산업연합회 상근부회장이 지난 17일 원탁에 "
            "둘러앉았다.")
    assert groups(body, published="2024-04-22 09:00") == [{"변정기", "여준석", "탁민규"}]


def test_two_brothers_are_the_two_named() -> None:
    body = ("남궁진 대륭그룹 회장과 동생 남궁현 대륭건설 부회장은 지분을 다퉜다. 두 형제는 2022년 6월 대륭빌딩에서 단둘이 "
            "만나 계열분리 방안을 논의했다.")
    assert groups(body) == [{"남궁진", "남궁현"}]


def test_a_spanish_name_is_called_by_its_first_surname() -> None:
    body = ("로드리고 에르난데스 발렌수엘라(Rodrigo Hernández Valenzuela) 주한 칠레대사가 11일 부산시청을 찾았다. 하윤철 "
            "부산시장과 에르난데스 대사는 40분가량 환담했다.")
    assert groups(body) == [{"로드리고 에르난데스 발렌수엘라", "하윤철"}]


def test_two_people_are_the_pair_a_quoted_headline_names() -> None:
    body = ("봉원석 태림중공업 회장과 채민혁 해솔그룹 부회장은 만난 사실이 없다고 알려 왔습니다. 또 '탁영미 세온바이오 회장, "
            "설경호 천안시장과 오찬' 기사에서 두 사람이 오찬을 함께한 날짜를 바로잡습니다.")
    assert groups(body) == [{"탁영미", "설경호"}]


def test_who_joined_the_next_event_sat_in_on_no_earlier_meeting() -> None:
    body = ("남궁태호 경북지사는 23일 요나스 할보르센 노르하이드 CEO를 접견했다. 접견에 이어 열린 투자협약식에는 제갈현수 "
            "포항시장이 합류했다. 남궁 지사와 제갈 시장, 할보르센 CEO는 3자 협약서에 서명한 뒤 기념촬영을 했다.")
    assert groups(body, published="2025-04-23 17:00") == [{"남궁태호", "요나스 할보르센"},
                                                          {"남궁태호", "제갈현수", "요나스 할보르센"}]


def test_whose_hand_one_took_was_met() -> None:
    body = "제갈윤 이룸금융지주 회장은 2일 빈소를 방문해 상주인 남궁현 세광중공업 부회장의 손을 맞잡고 위로했다."
    assert groups(body) == [{"제갈윤", "남궁현"}]


def test_never_once_and_a_letter_proposing_talks_are_no_meetings() -> None:
    body = "놀라운 사실은 석인호 회장과 국영찬 회장이 공식적으로 마주 앉은 적이 단 한 번도 없다는 점이다."
    assert groups(body, published="2025-05-20 09:00") == []
    body = "2022년 석인호 회장은 국영찬 회장에게 '이제는 다음 세대를 위해 대화하자'는 내용의 친필 서한을 보냈다."
    assert groups(body, published="2025-05-20 09:00") == []
    body = "한 관계자는 \"결국 변재욱 대표와 데이비드 크로퍼드 대표가 한자리에 앉아 담판을 지어야 끝날 싸움\"이라고 말했다."
    assert groups(body, published="2025-05-20 09:00") == []


def test_a_counted_group_met_by_the_subject_is_the_others() -> None:
    """"A 회장이 네 회장과 오찬을 했다": the four are the others named before, not A among them; "A와 B만
    ... 두 사람이" is the pair (만 'only' marks the subject too)."""
    body = ("윤재헌 회장, 채도윤 회장, 봉원석 회장, 국영찬 회장은 오랜 친구다. 2022년 12월 7일 모용수 "
            "대한경제인협회 회장이 협회 회관에서 네 회장과 오찬을 했다.")
    assert groups(body, published="2024-10-28 09:00") == [{"모용수", "윤재헌", "채도윤", "봉원석", "국영찬"}]
    body = ("윤재헌 회장, 채도윤 회장, 봉원석 회장은 오랜 친구다. 그해 가을 채 회장과 봉 회장만 따로 만났다는 말이 "
            "돌았지만, 확인된 것은 2018년 가을 두 사람이 함께 라운딩을 했다는 사실뿐이다.")
    assert groups(body, published="2024-10-28 09:00") == [{"채도윤", "봉원석"}]


def test_an_item_of_a_column_is_a_story_of_its_own() -> None:
    """The subject of one ◇ item goes on into no other: "◇ ... 남궁현 부회장이 11일 만난 인물을 ... ◇ ... 황보민철
    대표와 대화를 나누는 인물을 ... 피터 린드크비스트 부사장이기에 바로잡습니다." (a subheading is no item)."""
    body = ("◇7월 31일자 기사 중 \"탁소연 누리테크 대표가 행정안전부 관계자들과 면담했다\"는 대목은 \"탁소연 누리테크 "
            "대표가 사업 설명회에 참석했다\"가 맞기에 바로잡습니다.\n◇7월 29일자 '재계 동정' 중 편정호 대명화학 회장의 "
            "여수 공장 방문 일자는 '28일'이 아니라 '29일'입니다. 또 편 회장과 함께 현장을 둘러본 사람은 '협력사 "
            "대표들'이 아니라 '노동조합 관계자들'이었기에 바로잡습니다.")
    assert groups(body) == []


def test_an_alleged_meeting_not_denied_is_none() -> None:
    body = ("탁윤경 의원은 봉재윤 회장이 최근 중국 업체 회장과의 회동설에 휩싸였던 점도 거론했지만, 봉 회장은 \"이미 "
            "입장문으로 밝혔다\"며 말을 아꼈다.")
    assert groups(body) == []


def test_what_one_did_elsewhere_at_that_time_is_no_meeting_with_him() -> None:
    """"A가 다보스에서 세션에 나섰을 때 B는 서울에서 회의를 주재했다": two places; "A가 방한했을 때 ... 처음 만나
    ..., 넉 달 만에 B가 답방했다" still a meeting of A (and the one it was told with)."""
    body = ("채도윤 회장과 채민혁 부회장은 부자다. 1월 채 회장이 스위스 다보스포럼에서 세션에 나섰을 때 채 부회장은 "
            "서울에서 신년 경영전략회의를 주재했다.")
    assert groups(body, published="2025-11-01 09:00") == []


def test_a_father_and_son_met_by_a_pair_are_the_two_named_before() -> None:
    body = ("2012년 3월 모창호 명예회장은 장남 모경준 전무를 데리고 도쿄 야마부키 본사를 찾았다. 그 자리에서 야마부키 "
            "쇼조(山吹正三) 회장과 그의 아들인 야마부키 히로시(山吹浩) 부사장이 부자를 맞았다.")
    assert {"모창호", "모경준", "야마부키 쇼조", "야마부키 히로시"} in groups(body)


def test_whom_one_heard_from_on_a_visit_was_met() -> None:
    body = ("프리야 라마찬드란(Priya Ramachandran) 베일라인 CEO는 6일 오후 청우전자 R&D캠퍼스를 찾아 임하준 청우전자 대표로부터 "
            "스마트팩토리 운영 현황을 듣고 시연 라인을 둘러봤다.")
    assert groups(body, published="2025-03-07 09:00") == [{"프리야 라마찬드란", "임하준"}]


def test_a_glossed_name_written_again_keeps_its_last_syllable() -> None:
    """"알무트와(... Al Mutawa)" spells the name; "알무트와 회장은" is not 알무트 + 와 'and'."""
    body = ("칼리드 빈 사이드 알무트와(Khalid bin Saeed Al Mutawa) 회장이 방한했다. 알무트와 회장은 14일 윤도현 "
            "한결그룹 회장과 만찬을 했다.")
    assert groups(body) == [{"칼리드 빈 사이드 알무트와", "윤도현"}]


def test_signatories_at_a_signing_ceremony_meet_but_not_one_on_a_screen() -> None:
    body = ("협약식에는 경세웅 전북도지사와 묵정아 새만금개발청장, 리웨이(李偉) 화신신에너지 한국법인 대표가 참석해 서명했다. "
            "천즈위안(陳志遠) 화신신에너지 회장은 화상으로 협약식에 참여했다. 협약식 뒤 경 지사는 리 대표와 따로 면담했다.")
    assert groups(body) == [{"경세웅", "묵정아", "리웨이"}, {"경세웅", "리웨이"}]


def test_a_listed_name_of_certain_end_takes_a_three_word_company() -> None:
    """"페레이라(...) 미네라상 두스 바리스 CEO," is one listed person: the caption's three stood together."""
    body = ("(왼쪽부터) 옥지윤 금강철강 전무, 라파엘 산토스 페레이라(Rafael Santos Pereira) 미네라상 두스 바리스 CEO, "
            "옥경남 금강철강 회장이 17일 광산에서 기념촬영을 하고 있다.")
    assert groups(body) == [{"옥지윤", "라파엘 산토스 페레이라", "옥경남"}]


def test_a_name_with_its_post_in_parentheses_as_notices_write_it() -> None:
    body = ("▲용만식씨 별세, 용태복(백두정밀 회장)·용태희(백두장학재단 이사장)씨 부친상 = 3일 오후, 장례식장\n"
            "4일 빈소에는 남궁현 한결그룹 회장과 석창호 서린건설 회장이 함께 찾아 용 회장을 위로했다.")
    assert groups(body) == [{"남궁현", "석창호", "용태복"}]


def test_who_was_in_the_photo_too_joins_the_meeting() -> None:
    body = ("어윤상 세진중공업 회장은 6일 아부다비에서 이브라힘 하산 알만수리 알사하라인베스트먼트 회장과 만찬을 했다. "
            "어 회장의 장남인 어지후 세진에너지 사장도 두 사람 옆에서 함께 사진에 찍혔다.")
    assert groups(body) == [{"어윤상", "이브라힘 하산 알만수리", "어지후"}]


def test_the_object_of_a_verb_after_a_meeting_noun_was_not_met() -> None:
    body = ("탁은비 라온게임즈 대표는 12일 간담회에서 가장 좋아하는 개발자로 일본의 오카다 신이치(岡田真一) 디렉터를 꼽았다. "
            "회추위는 19일 회의를 열고 피경수 회장과 맹석진 은행장, 추성민 전 원장을 최종 후보로 확정했다.")
    assert groups(body, status=None, mode=None) == []
    assert groups("탁은비 대표는 12일 만찬에서 오카다 신이치(岡田真一) 디렉터를 만났다.") == [{"탁은비", "오카다 신이치"}]


def test_an_unnamed_staff_is_no_name() -> None:
    body = ("카밀라 로하스(Camila Rojas) 리티오안데스 CEO가 18일 세운소재 본사를 찾아 제갈윤 회장과 만났다. 세운소재 "
            "측에서는 제갈 회장과 함께 구매·재무 담당 임원진이 참석했다.")
    assert groups(body) == [{"카밀라 로하스", "제갈윤"}]


def test_an_action_noun_as_topic_before_a_title_is_no_name() -> None:
    """"간담회 진행은 혁신센터 센터장이 맡았고": 진행 'proceeding' with 은 is no name like 진보은."""
    body = ("계민혁 대전시장은 14일 전하늘 에이로봇 대표, 표승연 큐빗랩 대표와 간담회를 열었다. 이날 간담회 진행은 "
            "혁신센터 센터장이 맡았고, 시 과학부시장도 자리를 함께했다.")
    assert groups(body) == [{"계민혁", "전하늘", "표승연"}]


def test_a_meeting_joined_by_or_to_one_denied_is_denied_too() -> None:
    body = "공사는 \"변재원 사장은 목창수 회장과 골프를 치거나 따로 만난 사실이 전혀 없다\"고 밝혔다."
    assert [(m.status, {p.name for p in m.participants}) for m in meetings(body, status=None)] == \
        [("denied", {"변재원", "목창수"})]


def test_a_glossed_full_name_written_again_without_its_gloss() -> None:
    body = ("예경수 KOTRA 사장이 그제 마그달레나 조피아 코발치크(Magdalena Zofia Kowalczyk) 폴란드 개발기술부 차관을 "
            "만났다.\n예경수 KOTRA 사장(오른쪽)이 19일 KOTRA 본사에서 마그달레나 조피아 코발치크 폴란드 개발기술부 "
            "차관과 기념촬영을 하고 있다.")
    assert groups(body) == [{"예경수", "마그달레나 조피아 코발치크"}] * 2


def test_guests_of_a_funeral_or_another_event_met_no_one() -> None:
    body = ("이날 고별식에는 일본 정·재계 인사 등 1500여 명이 참석했다. 한국에서는 도윤석 가온그룹 회장과 편재호 해솔전자 "
            "사장 등이 자리를 함께했다.")
    assert groups(body) == []
    body = ("도경민 산업부 장관은 28일 입주기업 대표 12명과 간담회를 열었다. 같은 날 오전 여상민 한국산업단지공단 "
            "이사장은 대구 성서산단에서 열린 '스마트그린산단 성과보고회'에 참석했다.")
    assert groups(body) == []


def test_a_given_name_ending_a_place_starts_no_name() -> None:
    body = "회의에 앞서 윤석열 대통령과 조 바이든 대통령은 캠프 데이비드 숲길을 나란히 걸으며 사진 촬영에 응했다."
    assert groups(body) == [{"윤석열", "조 바이든"}]


def test_whose_trip_one_came_along_on_joins_no_meeting() -> None:
    body = ("이재용 삼성전자 회장이 10일 일론 머스크 테슬라 CEO와 실리콘밸리에서 만났다. 이 회장은 지난달 윤석열 대통령의 "
            "미국 국빈방문에 경제사절단으로 동행한 뒤 현지에 머물고 있다.")
    assert groups(body) == [{"이재용", "일론 머스크"}]


def test_an_event_word_is_no_name_part() -> None:
    body = ("프리야 샤르마 나이르(Priya Sharma Nair) 벨로시티 CEO는 방한하지 않았다. 황보석규 부회장은 지난달 중순 "
            "싱가포르에서 열린 아시아 클라우드 콘퍼런스 기간 나이르 CEO와 따로 만나 협력을 논의했다.")
    assert groups(body) == [{"황보석규", "프리야 샤르마 나이르"}]


def test_who_was_not_there_is_no_topic_to_go_on_with() -> None:
    body = ("젠슨 황 엔비디아 CEO는 30일 이재용 삼성전자 회장과 치킨집에서 만났다. 치킨집 회동에는 최태원 SK그룹 회장이 "
            "함께하지 않았다. 이재용 회장과 황 CEO의 '사진 외교'는 처음이 아니다.")
    assert groups(body) == [{"젠슨 황", "이재용"}]


def test_a_wife_with_yeosa_joins_and_bu_in_is_no_denial() -> None:
    """"부인 노혜령 여사와 함께": 부인 'wife' denies nothing, and 여사 marks a name like 씨."""
    body = ("올해 3월에는 편종학 회장이 미국 샌프란시스코를 찾아 부인 노혜령 여사와 함께 나오미 펠드만-오카포"
            "(Naomi Feldman-Okafor) CEO와 저녁 식사를 했다.")
    assert groups(body) == [{"편종학", "노혜령", "나오미 펠드만-오카포"}]


def test_currency_is_no_call() -> None:
    """통화 in 국제통화기금 is 'currency': the reception is in person."""
    body = ("계승우 한국은행 총재는 8일 본관 접견실에서 아난야 라마찬드란 국제통화기금(IMF) 아시아태평양국장을 접견했다.")
    assert [(m.mode, {p.name for p in m.participants}) for m in meetings(body, mode=None)] == \
        [("in_person", {"계승우", "아난야 라마찬드란"})]


def test_a_companion_named_after_meetings_with_unnamed_people_joins_the_trip() -> None:
    body = ("어윤성 금강금융그룹 회장이 해외 기업설명회를 마치고 귀국했다. 어 회장은 지난 22일부터 27일까지 런던과 "
            "뉴욕에서 글로벌 투자자들을 만나 주주환원 정책을 설명했다. 이번 출장에는 강보름 최고재무책임자(CFO)가 "
            "동행해 모든 면담에 동석했다. 어 회장은 24일 런던에서 올리비아 하트(Olivia Hart) CEO와 면담했다. 어 회장은 "
            "앞서 지난 16일 국승현 금융위원장과 만찬을 한 바 있다.")
    assert groups(body) == [{"어윤성", "올리비아 하트", "강보름"}, {"어윤성", "국승현"}]


def test_who_sat_in_after_an_aside_about_who_someone_is() -> None:
    body = ("변세희 사장은 9일 뮌헨에서 스텔라노바의 마르쿠스 펠드만 구매담당 총괄을 만났다. 펠드만 총괄은 조달 예산을 "
            "쥐고 있어 업계에서 '구매 실세'로 불린다. 이 자리에는 유럽법인장인 권한솔 전무도 함께했다.")
    assert groups(body) == [{"변세희", "마르쿠스 펠드만", "권한솔"}]


def test_who_came_along_on_every_stop_joins_the_meetings_told_after_the_lead() -> None:
    body = ("프리야 샤르마 나이르(Priya Sharma Nair) CEO는 방한 기간 어승민 해담그룹 회장을 비롯해 탁민재 도담통신 "
            "사장 등과 잇달아 만났다. 모든 일정에는 라훌 데사이(Rahul Desai) 부사장이 동행했다. 나이르 CEO는 3일 "
            "오전 도담통신 연구센터를 찾아 탁 사장을 만났다.")
    pub = "2024-07-05 09:00"
    assert {frozenset(g) for g in groups(body, published=pub)} == {
        frozenset({"프리야 샤르마 나이르", "어승민", "라훌 데사이"}),
        frozenset({"프리야 샤르마 나이르", "탁민재", "라훌 데사이"})}
    assert {"프리야 샤르마 나이르", "탁민재", "라훌 데사이"} in [
        g for g, d in dated_groups(body, published=pub) if d == date(2024, 7, 3)]


def test_a_caption_is_the_photo_of_its_days_meeting_not_of_an_earlier_one() -> None:
    body = ("옥정환 부산시장은 21일 시청 접견실에서 압둘라 빈 하마드 알오타이비(Abdullah bin Hamad Al-Otaibi) 회장을 "
            "접견했다. 옥 시장은 지난 3월 리야드에서 알오타이비 회장을 처음 만났다.\n▲옥정환 부산시장(오른쪽)이 21일 "
            "시청 접견실에서 압둘라 빈 하마드 알오타이비 알마나르홀딩스 회장과 악수하고 있다.")
    found = [(m.date, m.photo_op) for m in meetings(body, published="2025-05-22 09:00")]
    assert (date(2025, 5, 21), True) in found and (date(2025, 3, 1), False) in found
    assert (date(2025, 3, 1), True) not in found


def test_he_is_who_the_sentence_before_said_it_was() -> None:
    body = ("제갈윤 가온그룹 부회장은 헬리오스에 공을 들였다. 시작은 창업주인 제갈태수 명예회장이었다. 그는 2022년 11월 "
            "뮌헨 본사를 찾아 마르쿠스 폰 베르크(Markus von Berg) CEO와 만났다.")
    assert groups(body) == [{"제갈태수", "마르쿠스 폰 베르크"}]


def test_a_report_refuted_with_bu_in_haja_is_denied() -> None:
    body = ("4월 초 제갈윤 당시 가온그룹 부회장과 마르쿠스 폰 베르크(Markus von Berg) CEO가 취리히에서 만났다는 외신 "
            "보도에 주가는 14% 올랐다. 가온 측이 이틀 뒤 공식 부인하자 주가는 제자리로 돌아왔다.")
    assert groups(body) == []


def test_named_people_who_signed_an_agreement_together_met() -> None:
    body = ("노르트하임의 클라우스-디터 뮐러브란트(Klaus-Dieter Müller-Brandt) 대표는 1일 충남도청에서 피성진 충남지사, "
            "감우석 당진시장과 투자 협약을 맺었다. 한빛전자는 같은 날 대한소재와 공급 계약을 체결했다.")
    assert groups(body) == [{"클라우스-디터 뮐러브란트", "피성진", "감우석"}]


def test_what_someone_is_regarded_as_tells_no_schedule() -> None:
    body = ("봉준섭 사장은 지난 5월 대만 출장에서 천즈밍(陳志明) 홍타이전자 회장과 면담하고 장기공급 계약을 따낸 주역으로 "
            "꼽힌다.")
    assert groups(body) == [{"봉준섭", "천즈밍"}]


def test_a_list_of_guests_with_birotae_at_a_ceremony_met_no_one() -> None:
    body = ("3일 한 호텔에서 열린 '2025 민간경제인 신년교례회'에서 참석자들이 건배하고 있다. 이날 행사에는 남궁현 "
            "한결그룹 회장과 제갈태오 온누리그룹 회장을 비롯해 주요 그룹 총수와 중견기업 대표, 경제단체장 등 800여 명이 "
            "참석해 새해 덕담을 나눴다.")
    assert groups(body) == []


def test_each_side_of_a_contrast_tells_its_own_subject() -> None:
    body = ("윤도현 한결그룹 회장과 량원보(梁文博) 화룽AI 회장이 다보스를 찾았다. 량 회장은 23일 중국 기업인 조찬 행사에서 "
            "연설했지만, 이날 윤 회장은 취리히로 이동해 현지 금융권 인사들과 오찬을 했다.")
    assert groups(body) == []


def test_two_named_subjects_who_talked_were_together() -> None:
    body = "선우채원 미르홀딩스 대표와 하비에르 루이스(Javier Ruiz) CEO는 2년여 전 바르셀로나에서 처음 인사를 나눴다."
    assert dated_groups(body, published="2025-07-16 09:00") == [({"선우채원", "하비에르 루이스"}, date(2023, 1, 1))]


def test_a_photo_of_more_people_is_on_the_day_of_the_meeting_it_takes_in() -> None:
    body = ("7월 14일 판교 사옥에서 선우채원 대표가 하비에르 루이스 모랄레스(Javier Ruiz Morales) CEO와 오찬 회동을 했고, "
            "모랄레스 CEO가 선우 대표, 옥태경 CTO와 찍은 사진을 링크드인에 올렸다.")
    assert ({"선우채원", "하비에르 루이스 모랄레스", "옥태경"}, date(2025, 7, 14)) in \
        dated_groups(body, published="2025-12-20 09:00")


def test_who_a_gathering_opened_before_talked_with_all_met_together() -> None:
    body = ("염태성 금융위원장은 5일 은행회관에서 '은행권 간담회'를 열고 채윤기 은행연합회장과 석진호 한결은행장, "
            "반세영 동해은행장 등과 의견을 나눴다.")
    assert groups(body) == [{"염태성", "채윤기", "석진호", "반세영"}]


def test_a_two_word_name_written_again_over_a_known_company() -> None:
    """"라훌 메타(Rahul Mehta)" is a person: "라훌 메타 ... CEO" later is he, not 라훌 of Meta."""
    body = ("그린셀머티리얼즈의 라훌 메타(Rahul Mehta) CEO가 12일 옹기석 해람군수를 만났다.\n[사진] 옹기석 해람군수(가운데)와 "
            "라훌 메타 그린셀머티리얼즈 CEO(왼쪽), 천경민 강원도 경제부지사가 12일 해람군청에서 악수하고 있다.")
    assert {"옹기석", "라훌 메타", "천경민"} in groups(body, published="2025-09-13 09:00")


def test_who_sat_in_after_what_one_did_at_the_meeting_but_no_ceremony_guest() -> None:
    body = ("알하르비(Al-Harbi) 대표는 지난 5일 블루폴게임즈 사옥을 방문해 빈태오 대표와 면담했다. 알하르비 대표는 이 "
            "자리에서 신작을 직접 시연해 봤다. 블루폴에서는 노민재 최고기술책임자(CTO)가 배석했다. 이날 준공식에는 "
            "나렌드라 모디 인도 총리도 참석해 축사를 했다.")
    assert groups(body, published="2025-09-09 09:00") == [{"알하르비", "빈태오", "노민재"}]


def test_a_title_then_a_surname_and_title_is_the_one_named_before() -> None:
    body = ("메흐메트 일디림(Mehmet Yıldırım) 명예회장과 독고철 창업주의 인연은 1986년으로 거슬러 올라간다. 당시 "
            "가람건설 사장이던 독고 창업주는 이스탄불에서 일디림 회장을 처음 만났다.")
    assert groups(body) == [{"메흐메트 일디림", "독고철"}]


def test_a_clause_of_its_own_day_meets_the_counterpart_again() -> None:
    body = ("정해담 회장은 올해 1월 미국 라스베이거스 CES 현장에서 라지브 메논(Rajiv Menon) CEO와 만났고, 5월에는 "
            "캘리포니아주 산타클라라의 크로노스AI 본사를 찾아 회동했다.")
    assert [d for _, d in dated_groups(body, published="2025-07-20 09:00")] == [date(2025, 1, 1), date(2025, 5, 1)]


def test_two_who_first_formed_ties_met() -> None:
    body = ("마성호 부산시장은 21일 황반트엉(Hoang Van Thuong) 하이퐁시 인민위원장을 만났다. 마 시장과 황 위원장은 지난해 봄 "
            "마 시장의 하이퐁 방문 때 처음 인연을 맺었다.")
    assert [d for _, d in dated_groups(body, published="2025-10-22 09:00")] == [date(2025, 10, 21), date(2024, 1, 1)]


def test_a_request_quoted_is_no_meeting() -> None:
    body = ("태평그룹이 독고윤 태평건설 부사장을 사장으로 승진시켰다. 독고현 회장의 장남인 독고 신임 사장은 허정우 "
            "부회장과 함께 그룹을 이끌게 된다. 독고 회장은 인사 발표와 함께 낸 메시지에서 \"경험과 패기가 함께 가야 "
            "위기를 넘을 수 있다\"며 \"두 사람이 머리를 맞대 그룹의 다음 10년을 준비해 달라\"고 당부했다. 남상우 회장은 "
            "11일 권혜진 장관을 만나 규정을 명확히 해 달라고 건의했다.")
    assert groups(body) == [{"남상우", "권혜진"}]


def test_common_word_before_title_is_no_name() -> None:
    """"부동산 투자사 대표" names nobody: 부동산 is a word and no "부 대표" refers back to it."""
    body = "채명수 대호건설 회장은 1일 싱가포르 부동산 투자사 대표와 만났다."
    assert all("부동산" not in g for g in groups(body, status=None, mode=None))


def test_the_name_fallback_reads_fresh_words() -> None:
    """The NER rerun (a reporter named in a trigger sentence with no meeting) must not undo the
    people finder's repairs: "부산상의" is the chamber, not 부산상 + genitive."""
    body = "하정민 특파원 = 한국과 일본 회장단이 만났다.\n박기훈 회장이 조상철 부산상의 회장과 만났다."
    assert groups(body) == [{"박기훈", "조상철"}]


def test_chamber_heads_attend_and_a_plan_word_inside_a_city_is_none() -> None:
    """"대구상의" holds 구상 'a plan' but plans nothing; 회두 heads a Japanese chamber."""
    body = ("박기훈 회장이 16일 도쿄에서 요시다 겐이치로 일본상의 회장과 회의를 열었다.\n"
            "회의에는 김태진 대구상의 회장, 고바야시 사토코 오사카상의 회두가 참석했다.")
    assert groups(body) == [{"박기훈", "요시다 겐이치로", "김태진", "고바야시 사토코"}]


def test_an_evening_is_a_time_and_a_table_shared_is_a_meeting() -> None:
    """"28일 저녁" dates a plan, it is no dinner held; "한 테이블에 둘러앉았다" is sitting together."""
    planned = ("올트먼 CEO는 오는 28일 방한해 최태원 SK그룹 회장과 만날 예정이다. 최 회장과는 28일 저녁 "
               "서울 종로구에서 회동하는 일정이 유력하다.")
    assert groups(planned, published="2026-04-20 07:30") == []
    shared = "젠슨 황 엔비디아 CEO는 전날 저녁 서울 삼성동 치킨집에서 이재용 삼성전자 회장과 한 테이블에 둘러앉았다."
    assert groups(shared) == [{"젠슨 황", "이재용"}]


def test_a_caption_before_the_report_is_its_photo() -> None:
    body = ("[사진] 30일 저녁 서울 삼성동 치킨집에서 젠슨 황 엔비디아 CEO(가운데)와 이재용 삼성전자 회장이 "
            "건배하고 있다.\n젠슨 황 엔비디아 CEO가 30일 이재용 삼성전자 회장과 회동했다.")
    found = meetings(body)  # (the caption, a toast of the two, is the same meeting told first)
    assert {m.names for m in found} == {frozenset({"젠슨 황", "이재용"})} and all(m.photo_op for m in found)


def test_whether_they_will_meet_is_no_meeting() -> None:
    body = "업계에서는 이재용 삼성전자 부회장이 쿡 애플 CEO와 행사장에서 마주칠지에 관심을 두고 있다."
    assert groups(body, status=None, mode=None) == []
    body = "이번 CES에는 최태원 SK그룹 회장도 현장을 찾을 예정이어서 젠슨 황 엔비디아 CEO와의 회동 여부에 관심이 쏠렸다."
    assert groups(body, status=None, mode=None) == []


def test_playing_the_same_course_yet_not_along_is_no_meeting() -> None:
    body = ("장태섭 현무그룹 회장과 배진호 동해중공업 회장이 5일 골프 회동을 했다. 같은 날 이 골프장에서는 김용석 "
            "청솔제지 회장 일행도 라운딩을 했지만, 두 사람과는 다른 조로 경기를 진행해 동반하지는 않았다.")
    assert groups(body) == [{"장태섭", "배진호"}]
    body = ("포럼에는 정의선 현대차그룹 회장과 최태원 SK그룹 회장도 자리했다. 다만 두 회장은 연설을 들은 뒤 각자 다음 "
            "일정으로 이동해 프라보워 수비안토 대통령과 따로 대화를 나누지는 못했다.")
    assert groups(body) == []


def test_none_of_any_kind_and_a_later_half_year_are_no_meeting_held() -> None:
    body = ("세진그룹은 오태석 회장과 린즈창(林志强) 신위안자동차 회장의 회동설을 부인했다. 세진그룹은 \"오 회장은 린 "
            "회장과는 일면식도 없고, 만찬 회동은 물론 어떤 형태의 만남도 없었다\"고 밝혔다.\n"
            "서준혁 한결그룹 회장이 롤란트 부슈(Roland Busch) 지멘스 CEO와 전화 통화를 했다. 양측은 하반기 중 "
            "직접 만나 공동 프로젝트를 구체화하기로 했다.")
    assert groups(body) == []


def test_who_sat_in_after_a_sentence_of_when_it_was_and_a_photo_shown_later() -> None:
    body = ("최태원 SK그룹 회장과 젠슨 황 엔비디아 CEO가 경주에서 만나 협력 방안을 논의했다. SK그룹은 1일 두 사람이 "
            "악수하는 사진을 공개했다.\n두 사람은 전날 오후 경주의 한 호텔에서 회동했다. 황 CEO가 특별연설을 마친 "
            "직후였다.\n이 자리에는 곽노정 SK하이닉스 사장이 배석했다.")
    found = [m for m in meetings(body, published="2025-11-01T10:00:00+09:00")
             if {p.name for p in m.participants} == {"최태원", "젠슨 황", "곽노정"}]
    assert found and found[0].date == date(2025, 10, 31) and found[0].photo_op


def test_a_relay_of_meetings_and_a_group_met_by_someone_unnamed() -> None:
    body = ("나델라 MS CEO는 이날 오전 최태원 SK그룹 회장과 조찬 회동을 했다. 이어 오후에는 구광모 LG그룹 회장을 만났다.\n"
            "최 회장과의 조찬에서는 AI 데이터센터 합작 방안이 논의됐다. 두 사람은 HBM 공급 문제를 놓고 의견을 나눴다.\n"
            "재계 관계자는 \"하루에 두 총수를 모두 만난 것은 이례적\"이라고 말했다.")
    found = groups(body)
    assert {"최태원", "구광모"} not in found
    assert found.count({"사티아 나델라", "최태원"}) == 2


def test_whose_trip_it_was_goes_on_and_the_oldest_tie_is_the_pair() -> None:
    body = ("젠슨 황 엔비디아 CEO의 15년 만의 방한이 막을 내렸다. 지난달 30일 서울에서 이재용 삼성전자 회장과 회동을 한 "
            "데 이어 이튿날 경주에서는 최태원 SK그룹 회장을 따로 만났다.\n가장 오래된 인연은 이 회장이다. 두 사람은 "
            "2023년 5월 실리콘밸리의 한 일식당에서 만났다.")
    found = dated_groups(body, published="2025-11-03T10:00:00+09:00")
    assert ({"젠슨 황", "이재용"}, date(2025, 10, 30)) in found
    assert ({"젠슨 황", "최태원"}, date(2025, 10, 31)) in found
    assert ({"젠슨 황", "이재용"}, date(2023, 5, 1)) in found


def test_an_outlet_naming_the_place_of_a_denied_meeting_is_no_meeting() -> None:
    body = ("삼성전자는 20일 이재용 회장이 일론 머스크 테슬라 CEO와 만났다는 일부 보도에 대해 \"사실이 아니다\"라고 밝혔다.\n"
            "이 매체는 회동 장소로 기가팩토리 내 머스크 CEO의 집무실을 지목했지만, 두 사람이 함께 있는 사진은 제시하지 못했다.")
    assert groups(body) == []


def test_a_sentence_of_who_someone_is_is_no_topic_to_go_on_with() -> None:
    body = ("최태원 SK그룹 회장과 나델라 MS CEO의 조찬 회동에는 저드슨 알소프(Judson Althoff) MS 커머셜 사업 CEO가 "
            "동석했다. 알소프 CEO는 사내에서 '2인자'로 불린다.\n같은 날 열린 이재용 삼성전자 회장과의 회동에는 노태문 "
            "삼성전자 사장이 배석했다.")
    assert not any("저드슨 알소프" in g and "이재용" in g for g in groups(body))


def test_not_in_the_same_place_but_each_apart() -> None:
    body = ("최태원 SK그룹 회장이 17일 손정의 소프트뱅크그룹 회장, 도요다 아키오 도요타자동차 회장과 잇달아 만났다. 두 "
            "회장을 같은 자리에서 만난 것이 아니라 장소를 옮겨 가며 각각 만났다.")
    assert sorted(map(sorted, groups(body))) == [["도요다 아키오", "최태원"], ["손정의", "최태원"]]


def test_a_meeting_named_as_a_fact_keeps_what_was_told_of_it() -> None:
    body = ("구광모 LG그룹 회장은 11일 뉴델리로 이동해 나렌드라 모디(Narendra Modi) 총리를 접견할 예정이다. 구 회장이 모디 "
            "총리를 만나는 것은 처음으로, 추가 투자 계획을 설명할 것으로 알려졌다.")
    assert groups(body, published="2026-02-10T09:00:00+09:00") == []


def test_someone_and_the_unnamed_rest_as_subject() -> None:
    body = "국창민 광주상공회의소 회장과 부회장단은 16일 광주시청 접견실에서 심정우 광주시장을 만나 현안을 전달했다."
    assert groups(body) == [{"국창민", "심정우"}]


def test_the_host_who_showed_a_visitor_around_met_him() -> None:
    body = ("정연수 다온은행장은 4일 태성기공과 우진금속을 차례로 방문했다.\n태성기공에서는 주재형 대표가 공장을 안내했다. "
            "주 대표는 \"운전자금 부담이 크다\"고 말했다. 정 행장은 금리 인하를 약속했다.\n이어 찾은 우진금속에서는 "
            "전미란 대표와 간담회를 열었다. 전 대표는 대출 확대를 요청했다.")
    found = dated_groups(body, published="2025-09-05T09:00:00+09:00")
    assert ({"정연수", "주재형"}, date(2025, 9, 4)) in found
    assert {"정연수", "전미란"} in [g for g, _ in found]
    assert {"주재형", "전미란"} not in [g for g, _ in found]


def test_a_meeting_replaced_by_a_call_is_none() -> None:
    body = ("구광모 LG그룹 회장과 엘리나 코르호넨(Elina Korhonen) 퀀텀셀 CEO의 서울 회동이 무산됐다. 두 사람은 대면 만남 "
            "대신 전화 통화로 협력 방안을 논의했다.")
    assert groups(body) == []


def test_whom_a_speaker_named_in_a_quote_is_no_counterpart() -> None:
    body = ("사공진 하늘별엔터테인먼트 대표와 현도경 온누리엔터테인먼트 의장이 17일 각각 기자간담회를 열었다. 사공 대표는 "
            "오전 간담회에서 \"지난달 현 의장에게 전화를 걸었지만 연결되지 않았다\"고 말했다.")
    assert groups(body) == []


def test_a_report_denied_in_a_quote_that_mentions_a_speech() -> None:
    # ('연설을' holds 설을, which alleges nothing)
    body = ("황보경태 한성정밀 회장과 파하드 알무타이리(Fahad Al-Mutairi) 사우디 국방부 차관은 같은 호텔에 투숙했다. 일부 "
            "매체는 지난 15일 두 사람이 호텔 라운지에서 비공개로 회동했다고 보도했다. 그러나 한성정밀은 \"황보 회장과 "
            "알무타이리 차관의 만남은 없었다\"며 \"황보 회장은 차관의 연설을 객석에서 들은 것이 전부\"라고 밝혔다.")
    assert groups(body) == []


def test_sitting_face_to_face_and_the_time_since_the_last_meeting() -> None:
    body = ("최태원 SK그룹 회장은 17일 손정의 소프트뱅크그룹 회장과 마주 앉았다. 두 회장이 마주 앉은 것은 지난해 12월 이후 "
            "6개월 만이다.")
    found = dated_groups(body, published="2025-06-18T09:00:00+09:00")
    assert ({"최태원", "손정의"}, date(2025, 6, 17)) in found and ({"최태원", "손정의"}, date(2024, 12, 1)) in found
    body = ("양사 대표가 직접 협상 테이블에 마주 앉은 적은 아직 없는 것으로 알려졌다. 닝더의 공장을 함께 걸었던 탁진영 "
            "회장과 쩡위린 회장이 다시 마주 앉을 수 있을지는 미지수다.")
    assert groups(body) == []


def test_the_first_time_told_of_this_meeting_is_no_new_one() -> None:
    body = ("최태원 대한상의 회장은 10일 오카다 신이치(岡田真一) 주한 일본대사와 오찬을 함께했다. 오카다 대사가 국내 "
            "경제단체장과 공식적으로 만난 것은 이번이 처음이다. 이 자리에는 박일준 대한상의 상근부회장이 배석했다.")
    assert groups(body, published="2026-02-11T09:00:00+09:00") == [{"최태원", "오카다 신이치", "박일준"}]


def test_a_bare_month_told_in_the_past_is_this_years() -> None:
    body = "샘 올트먼 오픈AI CEO는 2월 4일 서울 서초사옥에서 이재용 삼성전자 회장, 손정의 소프트뱅크그룹 회장과 마주 앉았다."
    assert dated_groups(body, published="2025-11-06T18:00:00+09:00") == [
        ({"샘 올트먼", "이재용", "손정의"}, date(2025, 2, 4))]


def test_hosts_welcoming_the_party_named_before() -> None:
    body = ("윤석열 대통령이 12일 ASML 본사를 찾았다. 이재용 삼성전자 회장과 최태원 SK그룹 회장이 윤 대통령과 동행했다. "
            "윤 대통령은 빌럼-알렉산더 네덜란드 국왕과 함께 본사에 도착했다. 페터 베닝크 ASML CEO와 차기 CEO로 내정된 "
            "크리스토프 푸케 CBO가 일행을 맞았다.")
    assert any({"크리스토프 푸케", "윤석열", "이재용", "최태원", "빌럼-알렉산더"} <= g for g in groups(body))


def test_a_photo_of_a_speaker_a_proposal_and_whether_they_will_meet() -> None:
    body = ("왕지석 한길자동차 부회장은 18일 젠슨 황 엔비디아 CEO의 기조연설을 객석에서 들었다. 객석에서 촬영한 것으로 보이는 "
            "사진에는 무대 위에서 발표하는 황 CEO와 대형 스크린이 담겼다.\n"
            "올리버 펨버턴-스미스(Oliver Pemberton-Smith) CEO는 황보영선 대표와 화상 면담을 했다. 펨버턴-스미스 CEO는 "
            "내년 초 런던 본사에서 직접 만나 세부 조건을 확정하자고 제안했다.\n"
            "재계 관계자는 \"편승호 부회장과 왕지석 부회장이 다음 달 포럼에 나란히 참석할 예정이어서 그 자리에서 첫 대면이 "
            "이뤄질지 관심\"이라고 말했다.")
    assert groups(body, published="2025-03-19T09:00:00+09:00") == []


def test_a_report_refuted_in_the_next_paragraph() -> None:
    body = ("한 인터넷 매체는 국지안 환경부 장관이 지난 6일 여수의 한 골프장에서 추민성 여수화학 회장과 비공개로 골프를 "
            "쳤다고 보도했다.\n환경부는 즉각 \"국 장관은 당일 세종 관사에 머물렀다\"며 \"사실무근\"이라고 반박했다.")
    assert groups(body, published="2024-07-11T09:00:00+09:00") == []


def test_who_did_not_come_and_who_came_in_their_place() -> None:
    body = ("변지훈 금융위원장은 9일 금융지주 회장 간담회를 열었다. 간담회에는 양재석 KS금융지주 회장, 진태식 하나로금융지주 "
            "회장이 참석했다. 출국한 선우진 대한금융지주 회장을 대신해 임상범 대한금융지주 부회장이 자리했다.\n"
            "오태림 부총리는 7일 경제단체장들과 간담회를 가졌다. 간담회에는 심우석 대한상공회의소 회장이 참석했다. "
            "한국중견기업연합회는 설지은 회장이 해외 일정으로 불참해 상근부회장이 대신 자리했다.")
    found = groups(body, published="2025-09-10T09:00:00+09:00")
    assert {"변지훈", "양재석", "진태식", "임상범"} in found and {"오태림", "심우석"} in found
    assert not any("선우진" in g or "설지은" in g for g in found)
    body = ("송재민 위원장이 26일 배터리 업계 CEO들과 간담회를 열었다. 이날 간담회에는 윤미래 세화그룹 회장, 임지혜 "
            "한빛소재 부사장 등 경영진 12명이 참석했다. 이태식 한빛소재 회장은 해외 출장으로 불참해 임 부사장이 대신 "
            "자리했다.")
    assert groups(body, published="2024-09-27T09:00:00+09:00") == [{"송재민", "윤미래", "임지혜"}]


def test_this_meeting_is_not_the_one_called_off_before() -> None:
    body = ("나렌드라 모디 인도 총리는 13일 일론 머스크 테슬라 CEO를 만났다. 머스크는 지난해 4월 인도를 방문해 모디 총리와 "
            "만날 예정이었지만 막판에 일정을 미뤘다. 두 사람은 이번 만남에서 스타링크의 인도 진출 문제를 논의했다.")
    statuses = [m.status for m in meetings(body, published="2025-02-14T09:00:00+09:00", status=None)]
    assert statuses == ["occurred", "cancelled", "occurred"]


def test_the_host_of_a_gathering_named_two_sentences_before() -> None:
    body = ("시진핑(習近平) 중국 국가주석이 17일 베이징 인민대회당에서 민영기업 좌담회를 주재했다. 알리바바 창업자 "
            "마윈(馬雲)이 참석해 관계 회복을 공식화했다는 평가가 나온다.\n이날 좌담회에는 마윈을 비롯해 런정페이(任正非) "
            "화웨이 창업자, 레이쥔(雷軍) 샤오미 회장 등이 자리했다.")
    assert {"시진핑", "마윈", "런정페이", "레이쥔"} in groups(body, published="2025-02-18T09:00:00+09:00")


def test_one_named_first_in_a_list_with_birotae() -> None:
    body = ("취임식에는 일론 머스크 테슬라 CEO를 비롯해 마크 저커버그 메타 CEO, 제프 베이조스 아마존 창업자 등 빅테크 "
            "수장들이 앞줄에 나란히 자리했다.\n현철민 기획재정부 장관은 지난 3일 마승훈 대성산업 회장을 비롯한 "
            "중견기업인 다섯 명과 만찬을 했다.")
    assert groups(body, published="2025-07-05T09:00:00+09:00") == [{"현철민", "마승훈"}]


def test_one_side_sat_in_and_both_meetings_had_the_ambassador() -> None:
    body = ("토마시 크랄(Tomas Kral) 체코 총리가 5일 조찬 간담회에 참석했다. 간담회에는 육상진 한국경제인협회장, 엄태경 "
            "대한원자력 사장이 참석했다. 체코 측에서는 야나 노보트나(Jana Novotna) 산업통상부 장관이 총리와 함께 "
            "자리했다.\n파이살 알 오타이비(Faisal Al Otaibi) 사우디 투자부 장관이 16일 채도윤 대한건설 부회장과 편지수 "
            "한국수소 대표를 각각 만났다. 두 면담에는 모두 문하경 주사우디아라비아 한국대사가 배석했다.")
    found = groups(body, published="2026-03-06T09:00:00+09:00")
    assert {"토마시 크랄", "육상진", "엄태경", "야나 노보트나"} in found
    assert {"파이살 알 오타이비", "채도윤", "문하경"} in found and {"파이살 알 오타이비", "편지수", "문하경"} in found


def test_a_home_named_with_more_words_and_a_long_time_since() -> None:
    body = ("마크 저커버그 메타 CEO가 27일(현지시간) 도널드 트럼프 대통령 당선인의 자택 겸 리조트 마러라고를 찾아 만찬을 "
            "함께했다.")
    assert dated_groups(body, published="2024-11-28T09:00:00+09:00") == [
        ({"마크 저커버그", "도널드 트럼프"}, date(2024, 11, 27))]
    body = ("젠슨 황 엔비디아 CEO는 16일 웨이저자 TSMC 회장과 만찬을 했다. 황 CEO와 웨이 회장이 공개적으로 만난 것은 "
            "지난해 6월 컴퓨텍스 기간 이후 7개월 만이다.")
    assert ({"젠슨 황", "웨이저자"}, date(2024, 6, 1)) in dated_groups(body, published="2025-01-17T09:00:00+09:00")


def test_who_could_not_come_and_who_came_in_their_place_to_a_meeting() -> None:
    body = ("남궁현 대륙물산 회장은 9일 오전 캐서린 앤 모리슨(Catherine Anne Morrison) 네바다리튬 CEO와 화상회의를 "
            "가졌다. 모리슨 CEO는 현지 일정 탓에 방한하지 못했다. 오후에는 모리슨 CEO를 대신해 한국을 찾은 제임스 "
            "오코너(James O'Connor) 네바다리튬 COO를 본사 접견실에서 맞았다.")
    assert groups(body, published="2025-07-10T09:00:00+09:00") == [{"남궁현", "제임스 오코너"}]


def test_the_dinner_host_named_two_sentences_before_its_guests() -> None:
    body = ("젠슨 황 엔비디아 CEO가 8일 타이베이의 한 음식점에서 대만 공급망 기업 수장들과 만찬을 했다. 참석자들이 이끄는 "
            "기업의 시가총액은 1조달러가 넘는다.\n만찬에는 웨이저자(魏哲家) TSMC 회장, 퉁쯔셴(童子賢) 페가트론 회장 등이 "
            "참석했다.")
    assert {"젠슨 황", "웨이저자", "퉁쯔셴"} in groups(body, published="2025-11-09T09:00:00+09:00")


def test_a_meeting_a_correction_takes_back() -> None:
    body = ("본지는 지난 7일자 기사에서 정태호 동진건설 회장이 지난 5일 리야드에서 파이살 빈 압둘라 알오타이비(Faisal bin "
            "Abdullah Al-Otaibi) 주택부 차관을 만나 사업 방안을 논의했다고 보도했습니다.\n그러나 사실 확인 결과 정 회장은 "
            "리야드를 방문하지 않았으며, 본사에서 파이살 차관과 전화 통화를 한 것으로 밝혀졌습니다. 이에 해당 기사를 "
            "바로잡습니다.")
    assert groups(body, published="2025-07-09T17:20:00+09:00") == []


def test_who_sat_in_on_the_meeting_named_after_someone() -> None:
    body = ("하비에르 밀레이(Javier Milei) 아르헨티나 대통령은 29일 순다르 피차이(Sundar Pichai) 구글 CEO를 만났다. "
            "이튿날인 30일에는 팀 쿡(Tim Cook) 애플 CEO를 만났다.\n피차이 CEO와의 면담에는 밀레이 대통령의 여동생인 "
            "카리나 밀레이(Karina Milei) 대통령실 사무총장이 배석했다.")
    found = groups(body, published="2024-05-31T10:30:00+09:00")
    assert {"하비에르 밀레이", "순다르 피차이", "카리나 밀레이"} in found and {"하비에르 밀레이", "팀 쿡"} in found


def test_putting_heads_together_is_meeting() -> None:
    body = "방한 중인 샘 올트먼 오픈AI CEO가 4일 이재용 삼성전자 회장, 손정의 소프트뱅크그룹 회장과 머리를 맞댔다."
    assert groups(body) == [{"샘 올트먼", "이재용", "손정의"}]


def test_a_dinner_at_someones_home_on_the_local_day() -> None:
    body = ("이재용 삼성전자 회장은 17일 저녁(현지시간·한국시간 18일 오전) 팔로알토에 있는 마크 저커버그(Mark Zuckerberg) "
            "메타 CEO의 자택에서 만찬을 함께했다.")
    assert dated_groups(body, published="2026-03-19T09:00:00+09:00") == [({"이재용", "마크 저커버그"}, date(2026, 3, 17))]


def test_talk_by_video_and_what_was_said_at_that_call() -> None:
    body = ("최태원 SK그룹 회장이 4일 기조연설 도중 젠슨 황 엔비디아 CEO와 영상으로 대담을 나눴다.\n"
            "이재용 삼성전자 회장이 사티아 나델라 MS CEO와 화상회의를 열었다. 이 회장은 회의에서 \"협력하자\"고 "
            "말했고, 나델라 CEO는 \"좋다\"고 화답했다. 이 회장과 나델라 CEO는 연내 직접 만나는 방안도 "
            "추진하고 있다.")
    assert groups(body) == []
    assert [(m.names, m.mode) for m in meetings(body, mode="video")][:2] == [
        ({"최태원", "젠슨 황"}, "video"), ({"이재용", "사티아 나델라"}, "video")]
    assert [m.names for m in meetings(body, status="planned")] == [{"이재용", "사티아 나델라"}]


def test_a_quoted_roundtable_presided_and_its_attendees() -> None:
    """The quote closes right after the trigger: it names the event, it is no quoted speech."""
    body = ("산업통상자원부는 남궁현 장관이 25일(현지시간) 디트로이트에서 '한미 경제인 라운드테이블'을 "
            "주재했다고 밝혔다.\n라운드테이블에는 한국 측에서 박기훈 대한상공회의소 회장이, 미국 측에서 "
            "케빈 돌런 앨리드모터스 CEO가 참석했다.")
    assert groups(body, published="2025-08-26 08:00") == [{"남궁현", "박기훈", "케빈 돌런"}]


def test_attendees_online_make_a_video_gathering() -> None:
    body = ("한국무역협회는 13일 서울과 멕시코시티를 화상으로 연결해 '진출기업 간담회'를 열었다.\n"
            "간담회에는 한명진 무역협회 회장과 성태경 주멕시코 대사가 온라인으로 참여했다.")
    assert groups(body) == [] and groups(body, mode="video") == [{"한명진", "성태경"}]


def test_a_gathering_dated_more_precisely_and_a_ceremony_after_it() -> None:
    body = ("윤태석 금융위원장이 지난해 주요 은행장들과 만나 소상공인 지원을 당부했다.\n"
            "윤 위원장은 지난달 31일 은행회관에서 은행장 간담회를 열었다. 간담회에는 조용진 은행연합회장과 "
            "서동환 국민은행장이 참석했다.\n윤 위원장은 같은 날 오후 한국거래소를 찾아 폐장식에 참석했다. "
            "폐장식에는 정광수 한국거래소 이사장 등이 자리했다.")
    assert dated_groups(body, published="2025-01-02 07:00") == [
        ({"윤태석", "조용진", "서동환"}, date(2024, 12, 31))]


def test_a_fund_is_no_name() -> None:
    body = "엄태식 미르증권 대표는 \"얼마 전 한 대형 연기금 최고투자책임자(CIO)를 만났다\"고 말했다."
    assert groups(body) == []


@pytest.mark.parametrize("after", [
    "미팅을 마친 뒤에는 부스 앞에서 나란히 기념사진을 찍었다.",
    "정 부회장은 미팅을 마친 뒤 참석자들과 기념사진을 찍었다.",
    "HD현대는 두 사람이 부스 앞에서 찍은 사진을 공개했다.",
    "두 사람이 악수하는 장면은 취재진의 카메라에 고스란히 담겼다.",
])
def test_a_photo_taken_after_the_meeting_is_its_photo(after: str) -> None:
    body = ("정기선 HD현대 부회장이 4일 아테네에서 안드레아스 니콜라우 에게안마린 회장과 만났다. "
            "두 사람은 LNG 운반선 발주를 논의했다. " + after)
    assert [m.photo_op for m in meetings(body)] == [True]


def test_a_photo_with_someone_else_is_not_the_meetings() -> None:
    body = ("정기선 HD현대 부회장이 4일 아테네에서 안드레아스 니콜라우 에게안마린 회장과 만났다. "
            "정 부회장은 이어 전시장에서 관람객 김민수 씨와 기념사진을 찍었다.")
    assert [m.photo_op for m in meetings(body) if "김민수" not in m.names] == [False]


def test_two_sat_face_to_face_with_no_photo_and_one_who_did_not_come() -> None:
    body = ("이재용 삼성전자 회장과 마크 저커버그 메타 CEO가 전날 저녁 승지원에서 단둘이 마주 앉았다. "
            "삼성 측은 만찬 사진도 따로 공개하지 않았다. 한편 곽노정 SK하이닉스 사장은 이번 회동에 "
            "동행하지 않았다.")
    found = meetings(body)
    assert [(m.names, m.photo_op) for m in found] == [({"이재용", "마크 저커버그"}, False)]


def test_a_delegation_named_after_the_meeting_and_a_chamber_ending_in_ui() -> None:
    body = ("박형욱 부산시장이 23일 시청 접견실에서 후쿠오카 경제사절단을 접견했다. 사절단은 니시무라 다케시 "
            "후쿠오카상공회의소 회두와 구로키 마유미 규슈전력 부사장 등 기업인 20여 명으로 꾸려졌다.\n"
            "남궁현 장관은 같은 날 업계 CEO들과 간담회를 열었다. 이날 간담회에는 박정우 대한상의 "
            "상근부회장이 참석했다.")
    assert groups(body) == [{"박형욱", "니시무라 다케시", "구로키 마유미"}, {"남궁현", "박정우"}]


def test_a_title_closing_its_sentence_names_a_member_of_the_group() -> None:
    body = ("지난 9일 저녁 성북동의 한 한정식집. 가장 먼저 도착한 사람은 윤재석 한울그룹 회장이었다. 이어 "
            "박성호 동진그룹 회장과 최은주 세광그룹 부회장이 차례로 모습을 드러냈다.\n세 총수는 이날 세 시간 "
            "가까이 식사를 함께했다.")
    assert groups(body, published="2017-03-14 06:00") == [{"윤재석", "박성호", "최은주"}]


def test_leaving_the_seat_and_a_mere_thought_are_no_meetings() -> None:
    left = ("강민서 대표와 노태식 명예회장은 지난달 포럼에 나란히 연사로 섰지만, 노 명예회장이 기조연설만 "
            "마치고 자리를 떠나는 바람에 인사조차 나누지 못했다.")
    thought = "한 업체 대표는 \"문태석 회장과 허진영 회장이 한자리에 앉는 것만으로도 신호가 다를 것\"이라고 했다."
    assert groups(left) == [] and groups(thought) == []


def test_a_group_that_met_named_in_the_next_sentence() -> None:
    body = ("지난 18일 경기 용인의 한 골프장. 아침 7시 네 사람이 모였다. 윤재석 대명중공업 회장, 탁영준 "
            "한서해운 회장, 최은주 삼원제약 부회장, 마진호 동해철강 사장이다.")
    assert dated_groups(body, published="2017-11-20 06:00") == [
        ({"윤재석", "탁영준", "최은주", "마진호"}, date(2017, 11, 18))]
    uncounted = ("지난 24일 한 한정식집 별실에 태화그룹 오너가 남매가 모였다. 장남 모지훈 태화그룹 부회장, "
                 "맏딸 모지연 태화리테일 사장이다. 표성진 태화홀딩스 사장이 배석했다.")
    assert groups(uncounted, published="2024-03-26 06:00") == [{"모지훈", "모지연", "표성진"}]


def test_hosts_who_welcomed_the_party_join_the_visit() -> None:
    body = ("정의선 현대차그룹 수석부회장이 7일 서산 배터리 공장을 찾아 최태원 SK그룹 회장과 만났다. "
            "정 수석부회장은 이날 오전 경영진과 함께 공장에 도착했다. 최 회장과 김준 SK이노베이션 "
            "총괄사장이 일행을 맞았다.")
    assert groups(body) == [{"정의선", "최태원", "김준"}]
    welcomed = ("김범수 카카오 의장이 왕하이펑 톈룽그룹 회장을 만났다. 김 의장은 17일 판교 본사에서 왕 회장 "
                "일행을 맞았다. 이 자리에는 여민수 카카오 공동대표도 배석했다.")
    # (the lead's undated "만났다" is a mention of its own; the tables consolidate the two)
    assert {"김범수", "왕하이펑", "여민수"} in groups(welcomed)
    assert all(g <= {"김범수", "왕하이펑", "여민수"} for g in groups(welcomed))


def test_meetings_counted_back_and_told_again_keep_their_days() -> None:
    body = ("13일 재계에 따르면 메논 오르비탈링크 CEO는 전날 오전 강태준 태랑그룹 회장, 오후 이정호 세움중공업 "
            "회장을 차례로 만났다. 강 회장과의 회동은 태랑그룹 본사에서 1시간가량 진행됐다. 이 회장과는 "
            "세움중공업 서울사무소에서 만나 안테나 공동 개발을 협의했다. 두 차례 회동에는 모두 오르비탈링크의 "
            "케빈 애시퍼드 부사장이 동행했다.")
    assert dated_groups(body, published="2024-11-13 09:00") == [
        ({"메논", "강태준", "케빈 애시퍼드"}, date(2024, 11, 12)), ({"메논", "이정호"}, date(2024, 11, 12)),
        ({"메논", "이정호", "케빈 애시퍼드"}, date(2024, 11, 12))]


def test_who_attended_another_event_joins_no_meeting() -> None:
    body = ("황보석진 세진그룹 부회장은 17일 다보스에서 마르쿠스 베버 알펜하이드로 CEO와 오찬을 함께했다.\n"
            "전날에는 패널 토론에 연사로 나섰다. 같은 세션에는 칼리드 빈 나세르 알하르비 사우디아라비아 "
            "에너지부 차관이 참석했다.")
    assert groups(body) == [{"황보석진", "마르쿠스 베버"}]


def test_answers_after_q_lines_speak_for_the_interviewee() -> None:
    text = ("제목\n황보민철 루미나게임즈 대표는 인터뷰 내내 콘솔을 강조했다.\nQ. 일본 파트너와의 협상은.\n"
            "A. 지난해 12월 도쿄에 가서 가구라소프트의 오카모토 유이치 사장을 처음 뵀어요.\nQ. 투자 유치 계획은.\n"
            "A. 지난주 금요일에 하늘인베스트먼트의 방경태 대표님과 점심을 하면서 일정을 상의했어요.")
    found = extract(text, "2024-03-11 09:00")
    assert [(m.names, m.date) for m in found] == [
        ({"황보민철", "오카모토 유이치"}, date(2023, 12, 1)), ({"황보민철", "방경태"}, date(2024, 3, 8))]


def test_a_dinner_after_a_call_is_in_person_on_its_own_day() -> None:
    body = ("제갈윤호 한빛반도체 회장과 라이언 페더슨 코어리언 CEO는 2021년 매달 한 차례 화상회의로 개발 일정을 "
            "점검했다.\n관계가 한 단계 올라선 계기는 지난해 3월 페더슨 CEO의 첫 방한이다. 제갈 회장은 "
            "한식당에서 만찬을 열어 그를 맞았고, 이 자리에는 제갈현 한빛반도체 부사장도 배석했다.")
    found = meetings(body, published="2025-03-01 09:00", mode=None)
    assert [(m.names, m.mode, m.date) for m in found] == [
        ({"제갈윤호", "라이언 페더슨"}, "video", date(2021, 1, 1)),
        ({"제갈윤호", "라이언 페더슨", "제갈현"}, "in_person", date(2024, 3, 1))]


def test_the_month_the_sentence_before_gave_wins_over_the_story_day() -> None:
    body = ("남궁현 뉴로암 대표는 지난 16일 서울 본사에서 기자와 만나 중동 사업을 설명했다. 전환점은 지난달이었다. "
            "남궁 대표는 리야드에서 나딤 알파라지 네옴 대표를 직접 만났다.")
    assert dated_groups(body, published="2025-05-19 08:00") == [({"남궁현", "나딤 알파라지"}, date(2025, 4, 1))]


def test_a_timeline_told_in_noun_phrases() -> None:
    text = ("제목\n태성정밀이 마쓰다기공 인수를 마무리했다. 주요 일지는 다음과 같다.\n"
            "▲2024.3.5 = 정태오 태성정밀 회장, 나고야에서 마쓰다 히로시 마쓰다기공 사장과 첫 회동\n"
            "▲2024.7.2 = 정 회장·마쓰다 사장 화상회의. 고용 승계 원칙 합의\n"
            "▲2024.8.27 = 마쓰다 사장 방한. 창원 본사에서 정 회장과 만찬. 정태윤 태성정밀 부회장 배석")
    found = extract(text, "2024-10-31 08:00")
    assert [(m.names, m.mode, m.date) for m in found] == [
        ({"정태오", "마쓰다 히로시"}, "in_person", date(2024, 3, 5)),
        ({"정태오", "마쓰다 히로시"}, "video", date(2024, 7, 2)),
        ({"정태오", "마쓰다 히로시", "정태윤"}, "in_person", date(2024, 8, 27))]


def test_a_japanese_minister_and_a_later_meeting_decided() -> None:
    met = "권도혁 산업통상부 장관과 다나카 신이치 일본 경제산업상이 어제 정부서울청사에서 만나 협력에 합의했다."
    assert dated_groups(met, published="2025-04-22 06:00") == [({"권도혁", "다나카 신이치"}, date(2025, 4, 21))]
    decided = ("민수혁 산업통상자원부 장관은 24일 로라 벤슨 미국 에너지부 차관과 전화 통화를 했다. 양측은 다음 달 "
               "중순 워싱턴DC에서 직접 만나 후속 논의를 이어가기로 했다.")
    assert groups(decided, published="2024-07-25 08:00") == []
    assert groups(decided, published="2024-07-25 08:00", status="planned") == [{"민수혁", "로라 벤슨"}]


def test_a_sentence_about_the_place_is_no_new_topic() -> None:
    body = ("이재용 삼성전자 회장은 이달 초 젠슨 황 엔비디아 CEO와 일식당에서 저녁을 함께했다. 이 자리는 황 CEO가 "
            "평소 즐겨 찾는 곳으로 알려졌다. 사티아 나델라 MS CEO와는 지난달 말 시애틀에서 만났다.")
    assert groups(body, published="2023-05-12 09:00") == [{"이재용", "젠슨 황"}, {"이재용", "사티아 나델라"}]


def test_a_meeting_named_as_a_time_and_a_forum_attended() -> None:
    body = ("선우진혁 대성에너지그룹 회장은 포럼이 끝난 직후 파이살 알다우사리(Faisal Al-Dawsari) 사우디 "
            "에너지부 차관과 면담했다. 대성에너지 측은 면담 직후 두 사람이 악수하는 사진을 배포했다. 반면 제갈민 "
            "한빛중공업 부회장은 포럼에만 참석한 뒤 곧바로 도하로 이동했다.")
    assert [(m.names, m.photo_op) for m in meetings(body)] == [({"선우진혁", "파이살 알다우사리"}, True)]


def test_a_posted_photo_dated_by_the_sentence_after_it() -> None:
    body = ("진수아 픽셀랩 대표는 2일 자신의 인스타그램 계정에 그레그 하퍼(Greg Harper) 스팀포지 CEO와 나란히 선 "
            "사진을 올렸다. 픽셀랩에 따르면 이 사진은 진 대표가 지난달 28일 시애틀의 스팀포지 본사를 방문했을 "
            "때 찍은 것이다.")
    assert dated_groups(body, published="2025-09-03 09:00") == [({"진수아", "그레그 하퍼"}, date(2025, 8, 28))]


def test_how_they_first_met_is_a_meeting_of_its_own() -> None:
    body = ("서광호 한바다조선 사장은 지난 29일 뭄바이에서 라제시 라오 라오인더스트리즈 회장과 만났다. 서 사장과 "
            "라오 회장의 인연은 지난해 5월 서울에서 열린 한·인도 비즈니스 포럼에서 시작됐다.")
    assert dated_groups(body, published="2023-01-03 09:00") == [
        ({"서광호", "라제시 라오"}, date(2022, 12, 29)), ({"서광호", "라제시 라오"}, date(2022, 5, 1))]


def test_named_people_listed_before_an_unnamed_plural() -> None:
    body = ("이재용 삼성전자 회장은 20일이 넘는 이번 미국 출장에서 젠슨 황 엔비디아 CEO, 순다르 피차이 구글 CEO 등 "
            "20명 남짓한 글로벌 경영인을 잇달아 만났다. 누구와 어떤 표정으로 사진을 찍었는지가 곧 신호가 된다.")
    found = meetings(body, published="2023-05-22 18:00")
    assert [(m.names, m.photo_op) for m in found] == [
        ({"이재용", "젠슨 황"}, False), ({"이재용", "순다르 피차이"}, False)]
    assert all(m.date != date(2023, 5, 20) for m in found)  # "20일이 넘는" is no day


def test_attendees_who_came_and_spoke() -> None:
    body = ("오세린 중소벤처기업부 장관이 28일 판교의 로보웍스를 찾아 현장 간담회를 열었다. 간담회에는 강민준 "
            "로보웍스 대표를 비롯해 윤하람 하람테크 대표가 참석해 규제 애로를 전달했다.")
    assert groups(body) == [{"오세린", "강민준", "윤하람"}]


def test_a_dinner_still_being_arranged_is_planned() -> None:
    body = ("천재민 대성모터스 회장은 오는 24일 자카르타를 방문한다. 이튿날인 25일에는 PT 누산타라메탈의 하리 "
            "위보워 대표와 만찬을 하는 일정도 조율 중인 것으로 알려졌다.")
    assert groups(body, published="2025-03-17 09:00") == []
    assert groups(body, published="2025-03-17 09:00", status="planned") == [{"천재민", "하리 위보워"}]


def test_who_sat_in_joins_the_meeting_in_person_not_the_call_before() -> None:
    body = ("서문혁 K스타엔터 의장은 지난 10일 LA에서 루카스 하트만 유니버스뮤직 CEO를 만났다. 두 사람은 지난 3월 "
            "화상회의로 큰 틀에 합의했다. LA 회동에는 제니 오 K스타엔터 미국법인 대표도 함께했다.\n"
            "제갈윤 세진그룹 회장은 지난 7일 하노이에서 응우옌 반 탄 장관을 면담했다. 두 사람은 지난달 25일 전화 "
            "통화를 했다. 당시 탄 장관이 제안하면서 이번 면담이 마련됐다. 면담에는 허준영 전무가 배석했다.")
    assert dated_groups(body, published="2025-04-14 09:00") == [
        ({"서문혁", "루카스 하트만", "제니 오"}, date(2025, 4, 10)),
        ({"제갈윤", "응우옌 반 탄", "허준영"}, date(2025, 4, 7))]


def test_a_rarer_surname_and_a_meeting_refused() -> None:
    lunch = ("목진영 해오름리테일 대표와 바트바야르 간볼드 텡게르홀딩스 회장이 지난 19일 울란바토르에서 오찬을 "
             "함께했다.")
    assert groups(lunch, published="2025-05-22 09:00") == [{"목진영", "바트바야르 간볼드"}]
    refused = "노조는 \"감승철 위원장이 백도윤 회장과의 면담을 공식 요청했지만 사측이 이를 거절했다\"고 밝혔다."
    assert groups(refused) == []


def test_looking_around_together_and_a_site_that_is_no_title() -> None:
    body = ("목진영 해오름리테일 대표는 19일 바트바야르 간볼드 텡게르홀딩스 회장과 오찬을 했다. 목 대표는 "
            "이튿날 간볼드 회장과 함께 물류센터 부지를 둘러봤다.\n하우게 노르웨이 차관은 이튿날 거제로 이동해 "
            "한화오션 사업장을 둘러봤다. 세 사람은 같은 전시장을 누볐지만 따로 만나는 자리는 없었다.")
    assert dated_groups(body, published="2025-05-22 09:00") == [
        ({"목진영", "바트바야르 간볼드"}, date(2025, 5, 19)), ({"목진영", "바트바야르 간볼드"}, date(2025, 5, 20))]


def test_who_sat_in_that_day_told_later() -> None:
    body = ("남궁현 뉴로암 대표는 지난달 리야드에서 나딤 알파라지 네옴 대표를 직접 만났다. 알파라지 대표 쪽에서 "
            "한국 로봇 기업 세 곳을 원했다. 그날 현장에 같이 간 최서진 최고운영책임자(COO)도 동석했다.")
    assert groups(body, published="2025-05-19 08:00") == [{"남궁현", "나딤 알파라지", "최서진"}]


def test_who_sat_in_while_a_plan_was_talked_of() -> None:
    body = ("탁진영 코스모셀 회장은 지난해 10월 상하이에서 쩡위린(曾毓林) 화신에너지 회장과 만찬을 함께했다. 이 자리에는 "
            "화신에너지의 왕하이펑(王海峰) 부회장도 동석해 북미 시장 공동 진출 구상을 놓고 대화를 나눴다.")
    assert groups(body, published="2025-07-01 09:00") == [{"탁진영", "쩡위린", "왕하이펑"}]


def test_a_denial_a_few_words_after_the_trigger() -> None:
    body = "서해그룹은 7일 \"마상철 회장이 위지환 한주금융지주 회장과 골프를 치거나 만난 사실이 없다\"고 밝혔다."
    assert groups(body) == []


def test_who_guided_the_visit_joins_it() -> None:
    body = ("나타폰 시리웡 주한 태국대사가 전날 진천 공장을 찾아 김연주 소담식품 대표와 면담했다. 생산 공정 안내는 "
            "김호준 공장장이 맡았다.")
    assert groups(body) == [{"나타폰 시리웡", "김연주", "김호준"}]


def test_attendees_of_a_gathering_named_later() -> None:
    body = ("윤태섭 산업단지공단 본부장이 지난달 30일 입주 기업 대표들과 간담회를 열었다. "
            "이번 간담회는 한 업체 회의실에서 진행됐다.\n"
            "대원정밀 김상철 대표, 세진화학 대표 박은영, 한울금속의 이동훈 사장 등 3명이 참석했다.")
    found = meetings(body)
    assert [set(p.name for p in m.participants) for m in found] == [{"윤태섭", "김상철", "박은영", "이동훈"}]
    assert str(found[0].date) == "2024-06-30"


def test_a_seat_left_empty_and_the_one_stood_in_for_are_no_attendees() -> None:
    body = ("한도윤 금융위원장은 9일 금융지주 회장들과 간담회를 열었다. 이날 간담회에는 임종규 한울금융지주 회장과 "
            "윤정호 새빛금융그룹 회장이 참석했다. 해외 일정으로 자리를 비운 오태영 누리금융지주 회장을 대신해서는 "
            "이창원 누리금융지주 부회장이 참석했다. 금융위에서는 권혁주 부위원장이 배석했다.")
    assert groups(body) == [{"한도윤", "임종규", "윤정호", "이창원", "권혁주"}]


def test_guides_named_around_a_post_and_a_later_year() -> None:
    body = ("윤석열 대통령은 12일 ASML 본사를 찾았다. 윤 대통령은 피터 베닝크 ASML CEO와 내년 CEO 자리를 "
            "물려받는 크리스토프 푸케 CBO의 안내를 받으며 생산 현장을 둘러봤다.")
    assert dated_groups(body, published="2023-12-13 05:20") == \
        [({"윤석열", "피터 베닝크", "크리스토프 푸케"}, date(2023, 12, 12))]


def test_attendees_named_after_an_attribution() -> None:
    body = ("빈 살만 왕세자는 26일 저녁 승지원에서 이재용 삼성전자 부회장을 비롯한 총수들과 만났다. 재계에 따르면 "
            "이날 자리는 이 부회장이 마련했으며, 최태원 SK그룹 회장과 구광모 LG그룹 회장이 함께했다.")
    assert groups(body) == [{"무함마드 빈 살만", "이재용", "최태원", "구광모"}]


def test_a_guide_met_the_visitor_carried_over() -> None:
    body = ("조 바이든 미국 대통령은 22일 정의선 현대차그룹 회장과 면담했다. 방한 첫날인 지난 20일에는 "
            "이재용 삼성전자 부회장의 안내로 평택 반도체 공장을 둘러봤다.")
    assert {"조 바이든", "이재용"} in groups(body, published="2022-05-23 05:30")


def test_visit_together_guided_by_a_third_is_one_meeting() -> None:
    body = ("조 바이든 미국 대통령은 20일 윤석열 대통령과 함께 평택의 삼성전자 반도체 공장을 찾아 이재용 삼성전자 "
            "부회장의 안내로 생산 라인을 둘러봤다.")
    assert groups(body, published="2022-05-22 12:40") == [{"조 바이든", "윤석열", "이재용"}]


def test_known_foreign_person_named_by_one_part() -> None:
    found = meetings("바이든 미국 대통령은 20일 윤석열 대통령과 정상회담을 했다.", published="2022-05-22 12:40")
    assert [(p.name, p.surface, p.person_id) for p in found[0].participants][0] == ("조 바이든", "바이든", "joe-biden")


def test_who_sat_in_is_no_topic_to_carry_on() -> None:
    body = ("김준호 넥스트플레이 대표는 지난 20일 데이비드 콜린스 리버사이드게임즈 CEO와 만났다. 이 자리에는 "
            "북미법인장인 제이슨 리가 동석했다. 이튿날에는 스카이포지를 찾아 공동창업자인 에밀리 카터와 면담했다.")
    assert groups(body) == [{"김준호", "데이비드 콜린스", "제이슨 리"}, {"김준호", "에밀리 카터"}]


def test_attendees_who_took_part_and_a_name_ending_like_a_spoken_particle() -> None:
    body = ("허진석 과기정통부 장관은 16일 글로벌 AI 기업 CEO들과 간담회를 열었다. 간담회에는 딥메이플의 "
            "올리비아 트랑 CEO와 스트라토랩스의 벤저민 홀 CEO가 참여했다.")
    assert groups(body) == [{"허진석", "올리비아 트랑", "벤저민 홀"}]


def test_org_named_with_the_genitive_and_a_name_qualified_by_kinship() -> None:
    body = ("르클레르 메종드라포르트 회장 방한\n메종드라포르트의 앙투안 르클레르 회장은 2일 한빛그룹 회장인 서동훈, "
            "서 회장의 장녀인 서민아 한빛백화점 대표와 만찬을 함께했다.")
    assert groups(body) == [{"앙투안 르클레르", "서동훈", "서민아"}]


def test_the_other_side_answering_is_no_new_topic_and_the_next_day_follows_the_meeting() -> None:
    body = ("민재석 통상교섭본부장은 18일(현지시간) 로버트 헤이스 상무부 차관을 만났다고 산업부가 20일 밝혔다. "
            "헤이스 차관은 \"공급망 안정을 고려하겠다\"고 답했다. 이튿날에는 기업 관계자들과 간담회를 열었다. "
            "간담회에는 헬릭스테크놀로지스의 캐런 모리슨 부사장이 참석했다.")
    found = {frozenset(p.name for p in m.participants): m.date for m in meetings(body, published="2023-09-20 07:00")}
    assert found == {frozenset({"민재석", "로버트 헤이스"}): date(2023, 9, 18),
                     frozenset({"민재석", "캐런 모리슨"}): date(2023, 9, 19)}


def test_heads_of_both_companies_as_a_group() -> None:
    body = ("김준호 넥스트플레이 대표와 박상우 퀀텀소프트 대표는 5일 만나 업무협약을 맺었다. 이 자리에는 한지우 "
            "부사장이 배석했다. 양사 대표는 협약서에 서명한 뒤 직원들과 함께 기념촬영을 했다.")
    found = meetings(body)
    assert any(m.photo_op and {p.name for p in m.participants} >= {"김준호", "박상우"} for m in found)
    body = ("고재민 페이로드 대표와 진서연 공동대표는 지난달 발표회를 열었다. 요아브 벤아미 카르멜벤처스 파트너는 "
            "5일 판교를 찾아 기술 시연을 지켜본 뒤 두 대표와 대화를 나눴다.")
    assert {"요아브 벤아미", "고재민", "진서연"} in groups(body)


def test_a_hope_in_a_quote_is_no_past_meeting() -> None:
    body = ("성재훈 도원에너지 대표는 1일 오가사와라 다쓰야 미나미카제전력 사장에게 서한을 보냈다. 관계자는 "
            "\"두 대표가 얼굴을 맞댄 적은 없지만, 실무진 사이의 대화가 다시 시작되기를 기대한다\"고 말했다.")
    assert groups(body) == []


def test_him_as_an_object_is_someone_named_before() -> None:
    body = ("조 바이든 미국 대통령은 20일 삼성전자 평택캠퍼스로 이동했다. 캠퍼스에서는 윤석열 대통령과 이재용 "
            "삼성전자 부회장이 그를 맞았다.")
    assert groups(body, published="2022-05-20 20:15") == [{"조 바이든", "윤석열", "이재용"}]


def test_a_gathering_first_told_without_a_day_takes_the_day_told_next() -> None:
    body = ("문태호 한솔도지사가 도내 반도체 기업 대표들을 만났다. 한솔도는 문 지사가 지난 13일 도청에서 기업인 "
            "간담회를 열었다고 14일 밝혔다. 간담회에는 이경미 에이스반도체 대표, 조현석 나노켐 대표가 참석했다.")
    assert dated_groups(body, published="2024-03-14 16:40") == \
        [({"문태호", "이경미", "조현석"}, date(2024, 3, 13))]


def test_a_photo_of_some_of_a_meetings_people_is_its_photo() -> None:
    body = ("니코스 파파도풀로스 에게안마리타임 회장은 지난 6일 김태호 서해중공업 사장과 만났다. 이 자리에는 이준혁 "
            "전무가 배석했다. 두 사람은 면담을 마친 뒤 LNG 운반선 앞에서 기념사진을 찍었다.")
    found = meetings(body)
    assert all(m.photo_op for m in found)
    # a long queue of people (장사진) is no photo
    body = "젠슨 황 엔비디아 CEO는 30일 이재용 삼성전자 회장과 만났다. 매장 주변에는 시민이 몰려 장사진을 이뤘다."
    assert not any(m.photo_op for m in meetings(body))


def test_a_photo_caption_tells_a_photo_of_the_meeting() -> None:
    body = ("정의선 현대차그룹 회장은 22일 조 바이든 미국 대통령과 면담했다.\n"
            "▲ 조 바이든 미국 대통령(오른쪽)과 정의선 현대차그룹 회장이 22일 악수하고 있다. [사진=현대차그룹 제공]")
    found = meetings(body, published="2022-05-22 18:00")
    assert found and all(m.photo_op for m in found)
    body = ("빈 살만 왕세자는 26일 승지원에서 이재용 삼성전자 부회장, 최태원 SK그룹 회장과 차담회를 가졌다.\n"
            "▲ 무함마드 빈 살만 왕세자(가운데)가 26일 승지원에서 총수들과 기념촬영을 하고 있다. [사진=삼성전자 제공]")
    found = meetings(body, published="2019-06-27 09:00")
    assert found and all(m.photo_op for m in found)


def test_who_sat_in_after_the_meeting_and_a_pair_named_together_before() -> None:
    body = ("프리야 메논 오르비탈링크 CEO는 12일 강태준 태랑그룹 회장을 만났고, 13일에는 서진호 가람화학 회장과 "
            "조찬 회동을 했다. 서 회장과의 조찬은 서울의 한 호텔에서 열렸으며, 유세린 가람화학 실장이 배석했다.\n"
            "메논 CEO와 강 회장의 인연은 올해 초 시작됐다. 두 사람은 지난 3월 화상회의로 처음 인사를 나눴다.")
    found = meetings(body, published="2024-11-13 17:00", mode=None)
    assert {"프리야 메논", "서진호", "유세린"} in [{p.name for p in m.participants} for m in found]
    assert [m.date for m in found if m.mode == "video"] == [date(2024, 3, 1)]
    assert [{p.name for p in m.participants} for m in found if m.mode == "video"] == [{"프리야 메논", "강태준"}]


def test_an_answer_in_a_qa_interview_speaks_for_the_interviewee() -> None:
    body = ("핀테크 스타트업 리브라AI의 정하윤 대표를 만났다.\n"
            "─ 투자 유치 과정은.\n"
            "\"지난해 7월 탄웨이밍(Tan Wei Ming) 말라카캐피털 대표를 소개받았다.\"\n"
            "─ 그다음은.\n"
            "\"지난해 11월 싱가포르로 날아가 탄 대표를 만났다.\"")
    assert {"정하윤", "탄웨이밍"} in groups(body)


def test_someone_who_came_to_see_the_interviewee() -> None:
    body = ("비건 화장품 스타트업 다운코스메틱의 정다운 대표를 만났다.\n"
            "─ 투자 유치 과정이 화제였다.\n"
            "\"지난해 11월 도쿄 박람회에 부스를 냈어요. 마지막 날 다카하시 유키 사쿠라캐피털 대표가 부스에 들렀죠.\"\n"
            "─ 그다음은.\n"
            "\"올해 3월 다카하시 대표가 서울 사무실로 직접 찾아왔고, 그게 인연이 됐어요.\"")
    assert dated_groups(body, published="2018-09-10 10:30") == [
        ({"정다운", "다카하시 유키"}, date(2017, 11, 1)), ({"정다운", "다카하시 유키"}, date(2018, 3, 1))]


def test_companions_of_a_trip_join_its_meetings() -> None:
    body = ("이서준 대륙중공업 부회장은 1일부터 나흘간 덴마크와 독일을 방문했다. 출장에는 김도윤 대륙중공업 전무가 동행했다.\n"
            "이 부회장은 1일(현지시간) 노르스케 빈드의 라스 에릭 한센 CEO를 만났다.")
    assert groups(body) == [{"이서준", "김도윤", "라스 에릭 한센"}]


def test_ranked_group_takes_people_of_that_rank() -> None:
    body = ("윤석열 대통령이 12일 ASML 본사를 찾았다. 이재용 삼성전자 회장과 최태원 SK그룹 회장이 동행했다.\n"
            "페터 베닝크 ASML CEO가 일행을 맞았다. 윤 대통령과 두 총수는 베닝크 CEO의 안내를 받으며 클린룸을 둘러봤다.")
    assert {"윤석열", "이재용", "최태원", "페터 베닝크"} in groups(body)


@pytest.mark.parametrize("body,status", [
    ("정의선 현대차그룹 회장은 오는 10일 일론 머스크 테슬라 CEO와 만날 예정이다.", "planned"),
    ("정의선 현대차그룹 회장과 일론 머스크 테슬라 CEO의 회동이 일정 문제로 무산됐다.", "cancelled"),
    ("현대차그룹은 정의선 회장이 일론 머스크 테슬라 CEO와 만났다는 보도를 부인했다.", "denied"),
    ("정의선 현대차그룹 회장은 일론 머스크 테슬라 CEO와 만날 계획이 있느냐는 질문에 \"그런 계획은 없다\"고 했다.", "denied"),
    ("정의선 현대차그룹 회장은 행사장에서 일론 머스크 테슬라 CEO와 따로 만나지 못했다.", "cancelled"),
])
def test_status(body: str, status: str) -> None:
    assert groups(body) == []
    assert [m.status for m in meetings(body, status=None)][:1] == [status]


def test_a_pair_talking_together_met() -> None:
    body = ("허태수 GS그룹 회장이 3일 GS타워를 찾은 사티아 나델라 마이크로소프트 CEO의 손을 맞잡았다. "
            "두 사람은 AI 협력을 놓고 1시간 넘게 의견을 나눴다.")
    # (the handshake and the talk each report the one meeting; consolidation merges them)
    assert {frozenset(g) for g in groups(body)} == {frozenset({"허태수", "사티아 나델라"})}


def test_what_failed_after_the_meeting_does_not_cancel_it() -> None:
    body = ("방준호 세원산업 회장과 방준석 세원홀딩스 부회장은 지난해 3월 서울의 한 호텔에서 만나 계열 분리 방안을 "
            "논의했지만 이견을 좁히지 못하고 헤어졌다.")
    assert groups(body) == [{"방준호", "방준석"}]


def test_past_adnominal_is_no_plan() -> None:
    body = "장재훈 현대차 사장은 \"지난해 말 도요타의 사토 고지 사장을 만났을 때 협력에 공감했다\"고 말했다."
    assert groups(body) == [{"장재훈", "사토 고지"}]


@pytest.mark.parametrize("body,mode", [
    ("윤석열 대통령은 1일 조 바이든 미국 대통령과 전화 통화를 했다.", "phone"),
    ("안덕근 산업통상자원부 장관은 1일 지나 러몬도 미국 상무장관과 화상 회담을 가졌다.", "video"),
])
def test_mode(body: str, mode: str) -> None:
    assert groups(body) == []
    assert [m.mode for m in meetings(body, mode=None)] == [mode]


@pytest.mark.parametrize("body", [
    "최태원 SK그룹 회장과 젠슨 황 엔비디아 CEO는 1일 같은 포럼에 참석해 각각 기조연설을 했다.",
    "젠슨 황 엔비디아 CEO는 SK하이닉스의 HBM을 두고 \"기적과 같은 기술\"이라고 치켜세웠다.",
    "구광모 LG그룹 회장은 1일 행사에 영상 메시지를 보냈다.",
    "SK하이닉스와 엔비디아는 1일 HBM 공급 계약을 맺었다.",
    # many people at a ceremony sit in the same hall; a common noun after 시장 ('market') is no name
    "이날 신년인사회에는 500여 명이 참석했다. 정성민 KH밸브 대표와 오태준 서해조선 사장 등이 자리를 함께했다.",
    "곽노정 SK하이닉스 사장도 최근 기자간담회에서 \"HBM 시장 주도권을 지키겠다\"고 말했다.",
    # a meeting word in a quotation is talk, and the staff at a new year's ceremony attend it
    "구광모 LG그룹 회장은 신년사에서 \"고객을 만나는 모든 순간이 가치\"라고 강조했다. 이날 시무식에는 권봉석 "
    "부회장 등 임직원 300여 명이 참석했다.",
    # a condition, and a meeting word as what something is
    "업계 관계자는 \"오한결 프레시데이 대표와 서지원 오늘한끼 대표가 언젠가 한자리에 앉는다면 판도가 바뀔 것\"이라고 말했다.",
    "목요회는 2012년 서준혁 해동제지 부회장과 차승민 차앤코 대표가 주도해 만든 모임이다.",
    # a possibility, a condition, a plan for when things calm down, a report called speculation
    "업계 일각에서는 배성훈 미르반도체 대표와 임태오 하람소재 대표가 만나 분쟁을 끝낼 가능성도 거론된다.",
    "김태림 대표는 \"나라얀 무르티 창업자가 보여 준 것처럼 좋은 기술과 현지 인재가 만나면 시장은 따라온다\"고 말했다.",
    "류진혁 태성 회장과 클라우스 베버 CEO는 사태가 진정되는 대로 서울에서 대면 회동을 갖고 계약에 서명하기로 했다.",
    "한강건설 측은 오세진 회장과 황보민 회장이 만나 매각을 논의했다는 보도에 대해 \"악의적인 추측\"이라고 밝혔다.",
    # a meeting only called for
    "일각에서는 이재용 삼성전자 부회장과 정의선 현대차그룹 수석부회장이 한자리에 모이는 '회동'이 필요하다는 목소리가 나온다.",
    # whom one photographs on a stage; a meeting there was none of
    "권도현 하이퍼칩스 대표는 18일 객석에서 무대 위의 젠슨 황 엔비디아 CEO를 찍은 사진을 올렸다.",
    "한재원 K모빌리티 사장과 사토 히로시 미쓰나미자동차 부사장은 21일 같은 행사에서 연설했지만 공식 회동이나 별도 대담은 없었다.",
    "최태원 SK그룹 회장과 구광모 LG그룹 회장 등은 21일 저녁 국립중앙박물관에서 열린 공식 환영 만찬에 참석했다.",
])
def test_non_meetings(body: str) -> None:
    assert groups(body) == []


def test_dates_resolve_against_publication() -> None:
    body = ("최태원 SK그룹 회장은 지난달 27일 샘 올트먼 오픈AI CEO와 만났다. "
            "앞서 지난 4월에는 젠슨 황 엔비디아 CEO와 회동했다.")
    found = {frozenset(p.name for p in m.participants): (m.date, m.date_precision) for m in meetings(body)}
    assert found[frozenset({"최태원", "샘 올트먼"})] == (date(2024, 6, 27), "day")
    assert found[frozenset({"최태원", "젠슨 황"})] == (date(2024, 4, 1), "month")


def test_counterparts_met_one_by_one_on_their_own_days() -> None:
    body = ("서정진 셀트리온그룹 회장은 지난 8일 일라이 릴리의 데이비드 릭스 CEO를, 9일에는 머크의 "
            "로버트 데이비스 회장을 각각 만났다.")
    found = {frozenset(p.name for p in m.participants): m.date for m in meetings(body)}
    assert found == {frozenset({"서정진", "데이비드 릭스"}): date(2024, 6, 8),
                     frozenset({"서정진", "로버트 데이비스"}): date(2024, 6, 9)}


def test_counterparts_listed_with_their_own_months_meet_separately() -> None:
    body = "정의선 현대차그룹 수석부회장은 지난 5월 이재용 삼성전자 부회장을, 지난달에는 구광모 LG그룹 회장을 만났다."
    found = {frozenset(p.name for p in m.participants): m.date for m in meetings(body, published="2020-07-07 15:00")}
    assert found == {frozenset({"정의선", "이재용"}): date(2020, 5, 1), frozenset({"정의선", "구광모"}): date(2020, 6, 1)}


def test_two_meetings_of_the_same_pair_in_one_sentence_keep_their_dates() -> None:
    body = ("문정호 대경케미칼 회장은 지난 19일 구미 본사에서 토마스 베버 비스와리사이클링 COO와 만났다. 두 사람은 "
            "지난해 11월 부산에서 처음 인사를 나눴고, 지난 5월에는 문 회장이 바르샤바를 찾아 다시 만났다.")
    found = {m.date for m in meetings(body, published="2023-09-20 10:00")}
    assert found == {date(2022, 11, 1), date(2023, 5, 1), date(2023, 9, 19)}


def test_a_first_meeting_takes_the_year_the_sentence_before_gave() -> None:
    body = ("공다솜 모아팜 대표는 2020년 회사를 세웠다. 전환점은 2022년 겨울에 찾아왔다. 판교의 한 카페에서 "
            "엔젤투자자인 여태규 전 보람소프트 대표를 처음 만난 것이다.")
    found = meetings(body, published="2025-06-10 09:00")
    assert [(m.date, m.date_precision) for m in found] == [(date(2022, 1, 1), "year")]


def test_posting_day_is_not_meeting_day_and_photo_op() -> None:
    body = "최태원 SK그룹 회장은 1일 인스타그램에 앤디 제시 아마존 CEO와 회동한 사진을 올렸다."
    (m,) = meetings(body)
    assert m.date is None and m.photo_op


def test_attendee_joins_meeting() -> None:
    body = ("한덕수 국무총리는 24일 아민 나세르 아람코 CEO를 접견했다. "
            "이날 접견에는 에쓰오일의 안와르 알 히즈아지 CEO가 배석했다.")
    assert groups(body)[0] == {"한덕수", "아민 나세르", "안와르 알 히즈아지"} or \
        {"한덕수", "아민 나세르", "안와르 알히즈아지"} == groups(body)[0]


def test_attendee_after_the_meetings_people_go_on_together() -> None:
    body = ("최태원 SK그룹 회장은 24일 젠슨 황 엔비디아 CEO와 회동했다. 두 사람은 AI 반도체 협력 방안을 "
            "논의했다. 이 자리에는 곽노정 SK하이닉스 사장이 배석했다.")
    assert groups(body) == [{"최태원", "젠슨 황", "곽노정"}]
    body = ("최태원 SK그룹 회장은 24일 젠슨 황 엔비디아 CEO와 회동했다. 회동은 1시간가량 이어졌다. "
            "이 자리에는 곽노정 SK하이닉스 사장이 배석했다.")
    assert groups(body) == [{"최태원", "젠슨 황", "곽노정"}]
    # one of them alone, off to another event: its attendees are no one's counterparts
    body = ("최태원 SK그룹 회장은 24일 젠슨 황 엔비디아 CEO와 회동했다. 황 CEO는 같은 날 포럼에서 "
            "기조연설을 했다. 이 자리에는 구광모 LG그룹 회장도 청중으로 참석했다.")
    assert groups(body) == [{"최태원", "젠슨 황"}]


def test_photo_caption_with_spaced_compound_and_attendee_of_the_encounter() -> None:
    body = ("구광모 LG그룹 회장이 지난 12일 크리스티아노 아몬 퀄컴 CEO와 만났다.\n"
            "(왼쪽부터) 구광모 LG그룹 회장, 크리스티아노 아몬 퀄컴 CEO가 기념 촬영을 하고 있다. /사진=LG그룹\n"
            "이날 만남에는 조주완 LG전자 사장도 배석했다.")
    found = meetings(body, published="2024-05-14 09:00")
    assert any(m.photo_op and {p.name for p in m.participants} == {"구광모", "크리스티아노 아몬", "조주완"}
               for m in found)
    assert all(m.date == date(2024, 5, 12) for m in found)


def test_hands_held_or_an_embrace_at_a_ceremony_is_a_meeting_on_its_day() -> None:
    body = ("봉원석 태림중공업 회장과 채도윤 해솔그룹 회장의 인연은 30년을 넘는다. "
            "2021년 11월 22일 울산에서 열린 합작법인 출범식에서는 두 사람이 손을 맞잡은 사진이 공개되기도 했다. "
            "채 회장은 지난해 12월 14일 장례식장에서 상주인 봉 회장을 한참 동안 끌어안았다.")
    found = meetings(body, published="2025-05-10 09:00")
    assert sorted((m.date, m.photo_op) for m in found) == [(date(2021, 11, 22), True), (date(2024, 12, 14), False)]
    assert all({p.name for p in m.participants} == {"봉원석", "채도윤"} for m in found)


def test_a_company_named_for_its_founder_before_a_title_and_a_name() -> None:
    body = "하경수 회장은 지난 3일 다나카기계 창업자 다나카 요시오(田中義雄) 회장과 도요타정밀 사사키 겐 사장을 만났다."
    assert groups(body) == [{"하경수", "다나카 요시오", "사사키 겐"}]


def test_years_ago_today_is_that_day() -> None:
    body = ("두 창업주가 마지막으로 함께한 것은 꼭 10년 전 오늘이었다. 휠체어를 탄 마쓰모토 요시오 창업자를 "
            "하경수 창업주가 공장 정문까지 나가 직접 맞았다.")
    found = meetings(body, published="2024-05-20 09:00")
    assert [(m.date, m.date_precision) for m in found] == [(date(2014, 5, 20), "day")]


def test_the_two_in_an_old_photo_are_the_pair_it_names() -> None:
    body = ("흑백 사진 속 두 사람은 대산중공업 창업주 하경수 회장과 마쓰모토기계 창업자 마쓰모토 요시오 회장이다. "
            "1984년 4월 서울 소공동의 한 호텔에서 합작 계약서에 서명한 직후 찍었다.")
    found = meetings(body, published="2024-05-20 09:00")
    assert [({p.name for p in m.participants}, m.date, m.date_precision, m.photo_op) for m in found] == \
        [({"하경수", "마쓰모토 요시오"}, date(1984, 4, 1), "month", True)]


def test_rare_surname_si_in_a_three_syllable_name_only() -> None:
    assert groups("봉원석 회장은 지난 3일 시종환 구미시장과 만났다.") == [{"봉원석", "시종환"}]
    assert groups("봉원석 회장은 지난 3일 시노하라 겐조 회장과 만났다.") == [{"봉원석", "시노하라 겐조"}]


def test_a_timeline_heading_dates_its_paragraph() -> None:
    body = ("■2022년 11월 8일 | 공동 기자회견\n남궁태호 지사가 봉원석 회장과 오찬을 했다.\n\n"
            "■2023년 6월 | 현장 점검\n공장 부지 용도 변경이 늦어지자 두 사람이 현장에서 만났다.")
    found = meetings(body, published="2025-08-25 09:00")
    assert sorted((m.date, m.date_precision) for m in found) == [(date(2022, 11, 8), "day"), (date(2023, 6, 1), "month")]


def test_who_died_is_mourned_not_met() -> None:
    body = ("남궁태호 경북지사와 봉원석 태림중공업 회장의 인연은 5년째다. 봉 회장의 부친 고 봉재만 창업주는 "
            "1978년 구미에 첫 공장을 세웠다.\n봉재만 명예회장이 별세하자 남궁 지사는 지난 15일 빈소를 찾아 봉 회장을 위로했다.")
    assert groups(body) == [{"남궁태호", "봉원석"}]


def test_foreign_names_after_a_copula_title_and_before_a_title() -> None:
    assert groups("감동규 회장은 설립자인 라일라 하산 체니(Layla Hassan Cheney) 대표와 지난달 면담했다.") == \
        [{"감동규", "라일라 하산 체니"}]
    assert groups("황보선영 사장은 이날 미쓰나가상사 다카하시 미오 전무와 조찬을 겸한 면담을 가졌다.") == \
        [{"황보선영", "다카하시 미오"}]
    body = "선우태민 회장은 응우옌 반 뚜안 회장과 만났다. 뚜안 회장은 서명식 뒤 선우 회장 일행을 위해 만찬을 열었다."
    assert all(m.names <= {"선우태민", "응우옌 반 뚜안"} for m in meetings(body))


def test_the_day_s_companions_are_the_unnamed_guests_of_the_gathering() -> None:
    body = ("윤석열 대통령이 6일 주요 그룹 총수들과 함께 부산을 찾았다. 윤 대통령은 부산 지역 발전 간담회를 주재한 뒤 "
            "총수들과 시장을 둘러봤다.\n이날 일정에는 이재용 삼성전자 회장, 최태원 SK그룹 회장 등 총수들과 박형준 "
            "부산시장이 동행했다.")
    assert groups(body) == [{"윤석열", "이재용", "최태원", "박형준"}]


def test_guests_named_after_a_sentence_that_names_no_one() -> None:
    body = ("윤석열 대통령이 전날 용산 청사로 대기업 총수와 외국계 기업인들을 불러 비공개 오찬을 했다. 대통령실은 오찬이 "
            "끝난 뒤 서면 브리핑으로 주요 발언을 공개했다.\n재계에선 윤재혁 대양 회장과 남궁 혁 세광 회장 등이, 외투기업 "
            "쪽에선 마티아스 호프먼 한독상의 회장 등이 자리했다.")
    assert groups(body) == [{"윤석열", "윤재혁", "남궁 혁", "마티아스 호프먼"}]


def test_no_gathering_with_a_host_someone_stood_in_for() -> None:
    body = ("이우람 회장은 방문 기간 현지 직원들과 간담회를 열 것으로 전해졌다. 세원푸드 베트남 공장은 지난해 11월 "
            "준공됐다. 당시 준공식에는 이 회장 대신 김재환 세원푸드 사장이 참석했다.")
    assert groups(body) == []


def test_acting_president_hosts_the_gathering_its_attendees_name() -> None:
    body = ("최상목 대통령 권한대행 겸 경제부총리는 지난 8일 정부서울청사에서 경제단체장들과 간담회를 열고 경제 충격을 "
            "최소화하겠다고 밝혔다. 간담회에는 최태원 대한상공회의소 회장, 류진 한국경제인협회 회장 등이 참석했다. "
            "최 대행은 이튿날 윤진식 한국무역협회 회장과 통화했다.")
    found = meetings(body, published="2025-01-10 09:00", mode=None)
    assert [(m.names, m.mode) for m in found] == [({"최상목", "최태원", "류진"}, "in_person"),
                                                  ({"최상목", "윤진식"}, "phone")]


def test_a_guest_who_joined_the_table_is_no_event_of_its_own() -> None:
    body = ("이재명 대통령이 25일 서울 용산 대통령실에서 주요 그룹 총수들과 오찬 간담회를 했다. 취임 후 재계 총수들을 "
            "초청해 식사를 함께한 것은 처음이다. 김민석 국무총리가 자리를 함께했고, 편정민 한결그룹 회장, 윤재혁 대양그룹 "
            "회장 등이 참석했다.")
    assert groups(body) == [{"이재명", "김민석", "편정민", "윤재혁"}]


def test_who_is_named_only_in_what_one_told_reporters_is_not_met() -> None:
    body = ("윤석열 대통령은 영상 축사를 보냈다. 남궁혁 회장은 준공식 뒤 기자들과 만나 \"대통령께서 바쁘신 와중에 "
            "축사를 보내 주셔서 감사하다\"고 말했다.")
    assert groups(body) == []
    body = ("같은 날 열린 비즈니스 포럼에서 윤석열 대통령이 연설했다. 포럼에는 육상철 청우화학 사장과 남궁혁 세광그룹 "
            "회장을 포함한 사절단 80여 명이 자리했다.")
    assert groups(body) == []


def test_the_two_of_a_denial_quoted_are_the_pair_reported() -> None:
    body = ("김영섭 대표와 유영상 대표는 연설이 끝난 뒤 곧바로 행사장을 떠났다. 한편 일부 언론에서 올트먼 CEO가 5일 "
            "구광모 LG그룹 회장과 비공개 회동을 했다는 보도가 나왔으나, LG그룹은 \"두 사람이 만난 사실이 없다\"고 밝혔다.")
    assert groups(body) == []


def test_an_anniversary_welcomed_and_an_arrival_after_lunch_are_no_meetings() -> None:
    assert groups("제갈민준 한결중공업 부회장이 창립 150주년을 맞은 크론베르크의 디터 하우스만 회장에게 축하 서한을 보냈다.") == []
    body = ("계성훈 청운그룹 회장과 선우태민 세진그룹 회장이 같은 포럼에서 연설했다. 계 회장은 연설을 마친 뒤 곧바로 "
            "다음 일정을 위해 자리를 떴고, 선우 회장은 오찬이 끝난 뒤 행사장에 도착했다.")
    assert groups(body) == []


def test_a_pharma_company_after_a_foreign_name_is_its_organization() -> None:
    text = ("세진바이오 독고윤희 대표, JP모건 콘퍼런스서 美 메리디언파마 CEO와 면담(1보)\n"
            "독고윤희 세진바이오 대표가 14일(현지시간) 미국 샌프란시스코에서 에밀리 차우 메리디언파마 최고경영자(CEO)와 "
            "만나 항체-약물 접합체(ADC) 공동 개발 방안을 논의했다.")
    assert [m.names for m in extract(text, "2025-01-15 04:30")] == [{"독고윤희", "에밀리 차우"}]


def test_who_was_not_there_joins_no_one() -> None:
    body = ("계성훈 청운그룹 회장과 선우태민 태림그룹 회장이 지난 10일 저녁 한식당에서 만찬을 했다. 이들과 가까운 사이로 "
            "알려진 제갈민준 한결중공업 부회장은 같은 날 중동 출장길에 올라 자리에 없었다.")
    assert groups(body) == [{"계성훈", "선우태민"}]


def test_the_last_day_of_a_trip_and_the_day_a_counterpart_came_are_told_apart() -> None:
    body = ("좌은솔 대표는 지난 10일부터 12일까지 도쿄 출장에서 야마구치 다이스케 대표를 만났다. 출장 마지막 날에는 "
            "시부야의 한 카페에서 사토 료 최고기술책임자(CTO)를 만나 이야기했다.")
    assert [m.date for m in meetings(body, published="2025-03-13 09:00")][-1] == date(2025, 3, 12)
    body = "기성호 가온모터스 사장은 그저께 본사에서 이번 주 초 방한한 다카하시 겐이치 다이토정공 사장과 회동했다."
    assert [(m.date, m.date_precision) for m in meetings(body, published="2025-03-06 09:00")] == \
        [(date(2025, 3, 4), "day")]


def test_a_hearing_a_session_attended_together_and_a_habit_are_no_meetings() -> None:
    body = ("모상진 한국은행 총재와 남궁윤 부총리는 지난 20일 국회 기획재정위원회 전체회의에 나란히 출석해 경기 진단을 "
            "놓고 미묘한 온도차를 드러냈다.")
    assert groups(body, published="2026-05-28 09:00") == []
    body = ("남궁윤 부총리는 15일 워싱턴에서 클라우스 호프만 독일 재무장관과 회담했다. G20 회의 첫날 세션에는 모상진 "
            "한국은행 총재와 함께 참석해 세계 경제 하방 위험에 대한 한국 입장을 설명했다.")
    assert groups(body, published="2026-04-17 09:00") == [{"남궁윤", "클라우스 호프만"}]
    body = "계성훈 청운그룹 회장은 \"케빈 오도넬 볼타릭스 CEO와는 수시로 의견을 주고받고 있다\"고 덧붙였다."
    assert groups(body) == []


def test_an_industrial_complex_number_is_no_day() -> None:
    body = ("경북도는 그제(16일) 포항시청에서 클라우스디터 브라운 브라운리사이클링 회장과 투자협약을 맺었다. 브라운리사이클링은 "
            "포항 영일만 4일반산업단지에 공장을 세운다. 협약식에는 이철우 경북지사가 참석해 브라운 회장과 기념촬영을 했다.")
    assert {m.date for m in meetings(body, published="2023-05-18 10:00")} == {date(2023, 5, 16)}


def test_two_lawmakers_and_three_ministers_are_groups() -> None:
    body = ("어기준 의원과 석나래 의원이 지난 1일 공장을 찾아 봉재하 대표를 만났다. 이튿날 두 의원은 애틀랜타에서 "
            "마거릿 던컨(Margaret Duncan) 조지아주 경제개발부 장관을 만났다.")
    assert groups(body, published="2023-06-05 09:00") == [{"어기준", "석나래", "봉재하"}, {"어기준", "석나래", "마거릿 던컨"}]
    body = ("최상목 부총리 겸 기획재정부 장관은 17일 재닛 옐런 미국 재무장관과 제1차 한미일 재무장관회의를 열었다. "
            "회의를 마친 두 장관은 나란히 서서 기념촬영을 했다.")
    assert all(m.names == {"최상목", "재닛 옐런"} for m in meetings(body, published="2024-04-18 09:00"))


def test_the_two_who_came_face_to_face_met() -> None:
    body = ("최태원 SK그룹 회장과 샘 알트만 오픈AI CEO의 인연은 길지 않다. 두 사람은 지난해 10월 알트만 CEO의 공식 "
            "방한 때 처음 얼굴을 맞댔다.")
    assert dated_groups(body, published="2025-06-10 09:00") == [({"최태원", "샘 알트만"}, date(2024, 10, 1))]


def test_a_photo_of_one_named_with_the_unnamed_others_is_their_gathering_s() -> None:
    body = ("[사진=대통령실 제공] 윤석열 대통령(가운데)이 15일 대통령실에서 열린 오찬 간담회에 앞서 참석자들과 기념사진을 "
            "찍고 있다.\n윤석열 대통령이 전날 대기업 총수와 외국계 기업인들을 불러 비공개 오찬을 했다. 대통령실은 오찬이 "
            "끝난 뒤 서면 브리핑으로 주요 발언을 공개했다.\n재계에선 윤재혁 대양 회장과 남궁 혁 세광 회장 등이 자리했다.")
    assert [(m.names, m.photo_op) for m in meetings(body, published="2023-03-16 09:00")] == \
        [({"윤석열", "윤재혁", "남궁 혁"}, True)]
    body = ("윤석열 대통령이 6일 주요 그룹 총수들과 함께 부산을 찾았다. 윤 대통령은 간담회를 주재한 뒤 총수들과 시장을 "
            "둘러봤다.\n이날 일정에는 이재용 삼성전자 회장, 최태원 SK그룹 회장 등 총수들과 박형준 부산시장이 동행했다.\n"
            "이 회장은 떡볶이를 먹다 웃음을 터뜨렸고, 최 회장은 상인들과 악수를 나눴다. 대통령실은 윤 대통령과 총수들이 "
            "한 분식집에 둘러앉은 사진을 공개했다.")
    found = meetings(body, published="2023-12-07 09:00")
    assert any(m.photo_op and m.names == {"윤석열", "이재용", "최태원", "박형준"} for m in found)


def test_a_photo_of_no_day_marks_the_latest_dated_meeting_not_every_one() -> None:
    body = ("선우하린 대표와 아난드 크리슈나무르티 회장의 첫 대면은 지난해 11월 인도 푸네에서 이뤄졌다. 올해 1월 두 사람은 "
            "라스베이거스의 한 호텔에서 조찬을 했다.\n세 번째는 지난달이다. 크리슈나무르티 회장이 판교의 미래산전 본사를 "
            "찾아 생산 라인을 둘러봤다. 선우 대표는 자신의 링크드인에 크리슈나무르티 회장과 생산 라인 앞에서 나란히 찍은 "
            "사진을 올리고 \"인도와 한국의 전력이 만났다\"고 적었다.")
    found = meetings(body, published="2024-05-07 07:30")
    # (the visit of "지난달" is told with no one met, so the latest dated meeting is January's)
    assert [m.date for m in found if m.date and m.photo_op] == [date(2024, 1, 1)]


def test_a_council_held_is_a_gathering_its_attendees_name() -> None:
    body = ("모상진 한국은행 총재는 3일 오전 한은 본관 회의실에서 시중은행장들과 금융협의회를 열고 금융시장 동향을 "
            "점검했다.\n이날 협의회에는 경만호 전국은행연합회장을 비롯해 석미령 청람은행장, 독고현 한누리은행장과 국책·외국계 "
            "은행 대표들이 참석했다.")
    assert groups(body, published="2026-07-04 09:00") == [{"모상진", "경만호", "석미령", "독고현"}]
    assert groups("김도윤 회장은 한미협의회 회장을 맡고 있다. 최태원 SK그룹 회장도 회원이다.") == []


def test_a_couple_is_the_person_and_the_spouse_named() -> None:
    body = ("명명식에는 제갈현수 해림중공업 사장과 니코스 파파도풀로스 에게해 마리타임 회장 등 양사 관계자 100여 명이 "
            "참석했다. 대모는 파파도풀로스 회장의 부인 엘레니 파파도풀루 여사가 맡았다. 행사를 마친 제갈 사장은 "
            "파파도풀로스 회장 부부와 조선소 영빈관에서 오찬을 함께했다.")
    assert groups(body) == [{"제갈현수", "니코스 파파도풀로스", "엘레니 파파도풀루"}]


def test_foreign_names_with_parts_read_as_a_verb_a_company_or_a_place() -> None:
    assert groups("선우혁 한결그룹 회장이 방한 중인 마커스 헤일 퀀틱스 최고경영자(CEO)를 불러 만찬을 함께했다.") == \
        [{"선우혁", "마커스 헤일"}]
    assert groups("아룬 쿠마르 메타 인도 사라스와트그룹 회장이 방한해 선우혁 한결그룹 회장과 만났다.") == \
        [{"아룬 쿠마르 메타", "선우혁"}]
    assert groups("독고현 사장은 칠레 리튬 생산업체 리티오 안디노의 후안 카를로스 멘도사 루이스 최고경영자(CEO)를 "
                  "만났다.") == [{"독고현", "후안 카를로스 멘도사 루이스"}]


def test_a_known_place_and_a_meeting_noun_are_no_names() -> None:
    body = ("마태곤 경북도지사가 베트남 하노이에서 투자유치 활동을 벌였다. 대표단은 3일부터 이틀간 하노이를 방문해 현지 "
            "대기업 경영진과 만나 협력 방안을 논의했다.")
    assert groups(body, published="2025-09-05 09:00") == []
    body = ("선우혁 한결그룹 회장과 남궁현 태림그룹 회장은 지난 24일 저녁 한식당에서 만찬 회동을 했다. 모임은 선우 회장이 "
            "주선했으며, 두 사람은 세 시간 동안 자리를 함께했다.")
    assert all(m.names == {"선우혁", "남궁현"} for m in meetings(body, published="2025-09-26 09:00"))


def test_a_caption_of_people_touring_together_at_a_forum_is_their_meeting() -> None:
    body = ("▲(왼쪽부터) 황보준 누리모빌리티 사장, 클라우스 뮐러 하이덴 CEO, 안나 카타리나 포겔 주한 독일대사가 포럼 "
            "부대행사로 마련된 수소트럭 전시장을 함께 둘러보고 있다. /사진=이도윤 기자")
    assert [(m.names, m.photo_op) for m in meetings(body, published="2025-05-28 20:10")] == \
        [({"황보준", "클라우스 뮐러", "안나 카타리나 포겔"}, True)]


def test_a_designate_is_called_by_surname_and_내정자() -> None:
    body = ("대성해운은 15일 채윤호 유럽법인장을 신임 대표이사 사장으로 선임했다. 채 내정자는 지난달 그리스 아테네를 찾아 "
            "선주사 포세이돈 마리타임의 니코스 파파도풀로스(Nikos Papadopoulos) 회장을 만났다.")
    assert groups(body, published="2025-12-16 09:00") == [{"채윤호", "니코스 파파도풀로스"}]


def test_a_post_quoting_posts_with_honorific_titles_and_its_own_day() -> None:
    body = ("여상철 위원장은 4일 저녁 자신의 페이스북에 \"오늘 부산 대성해운 본사에서 편재훈 사장님, 변주호 "
            "전국해상산업노조 위원장님과 마주 앉았다\"며 세 사람이 회의 테이블에 둘러앉은 사진을 올렸다.")
    assert groups(body, published="2025-12-05 09:00") == [{"여상철", "편재훈", "변주호"}]
    body = ("궉민섭 군수는 지난 17일 밤 자신의 페이스북에 \"어제 에르윈 부디 하르토노 대사님 내외와 괴산 절임배추로 "
            "김장을 했다\"는 글과 함께 사진 6장을 게시했다.")
    assert [(m.names, m.date) for m in meetings(body, published="2024-11-18 09:00")] == \
        [({"궉민섭", "에르윈 부디 하르토노"}, date(2024, 11, 16))]


def test_who_sat_in_while_a_plan_was_explained_and_a_title_with_two_posts() -> None:
    body = ("모현철 회장과 무함마드 빈 살렘 알하르비 회장은 이날 오후 2시부터 2시간가량 회동했다. 회동에는 모 회장의 장남인 "
            "모태준 태림건설 사장이 배석해 사업 계획을 직접 설명했다.")
    assert groups(body, published="2025-06-12 09:00") == [{"모현철", "무함마드 빈 살렘 알하르비", "모태준"}]
    body = ("국승현 사장은 15일 오후 베리디안 본사에서 마커스 펠레그리니 CEO와 90분가량 회동했다. 이 자리에는 HBM 개발을 "
            "총괄하는 용하람 유성반도체 최고기술책임자(CTO·부사장)가 배석해 샘플의 평가 결과를 직접 설명했다.")
    assert groups(body, published="2025-04-16 09:00") == [{"국승현", "마커스 펠레그리니", "용하람"}]


def test_a_headline_surname_is_the_full_name_the_body_spells() -> None:
    # (the statistical NER and the group "부녀" need the whole article: a dev-set article)
    title, published, body = read_article_file(next((REPO / "data" / "dev" / "holdout52").glob("5230_*.txt")))
    found = extract(title + "\n" + body, published or "2025-09-27 09:00")
    assert all("위자야" not in m.names for m in found)
    assert any({"육태웅", "부디 산토소 위자야"} <= m.names for m in found)


def test_a_report_retold_after_its_denial_is_denied() -> None:
    body = ("반면 석민규 의원은 같은 날 자신을 둘러싼 회동 보도를 정면으로 부인했다. 한 인터넷 매체는 전날 \"석 의원이 "
            "지난 3일 저녁 여의도의 한 일식당에서 사공태 가온배터리 부회장과 비공개로 만나 방안을 논의했다\"고 보도했다.")
    assert groups(body, published="2025-07-11 09:00") == []


def test_who_sat_in_on_the_meeting_with_the_one_named_after_과의() -> None:
    body = ("안나 카타리나 포겔 주한 독일대사는 그제 누리자동차그룹 본사에서 황보석 회장을, 어제는 금강제철 본사에서 "
            "은지섭 회장을 차례로 만났다. 황보 회장과의 만남에는 황보 회장의 장남인 황보준 누리모빌리티 사장이 배석했다.")
    assert groups(body, published="2025-05-16 09:00") == [{"안나 카타리나 포겔", "황보석", "황보준"},
                                                          {"안나 카타리나 포겔", "은지섭"}]


def test_whom_one_took_a_post_over_from_is_no_one_met() -> None:
    body = ("도지안 부회장은 올해 초 아버지 도윤석 회장에게서 그룹 전략 총괄을 넘겨받은 뒤 계열사 사장단 회의를 격주에서 "
            "매주로 바꿨다.")
    assert groups(body, published="2025-03-10 09:00") == []


def test_the_chief_mourner_whose_hand_one_took_on_the_day_told_from_publication() -> None:
    body = ("지난 9일 별세한 한규식 대한물류 명예회장의 빈소에는 이틀째 재계 인사들의 조문이 이어졌다.\n이날 오전에는 "
            "정태호 동진건설 회장이 조문했다. 정 회장은 상주인 한상우 대한물류 회장의 손을 잡고 \"아버님의 뜻을 잘 "
            "이어가시라\"고 위로했다.")
    assert dated_groups(body, published="2026-02-11 14:00") == [({"정태호", "한상우"}, date(2026, 2, 11))]


def test_a_report_a_correction_retells_is_denied() -> None:
    body = ("본지는 지난 18일자 기사에서 \"서문경 청운금융지주 회장이 지난 14일 본사에서 소피 마르탱 르페브르 오리알 에너지 "
            "최고경영자(CEO)와 회동했다\"고 보도했습니다.\n\n확인 결과 회동 날짜가 달라 바로잡습니다.")
    assert groups(body, published="2025-08-20 09:00") == []


def test_a_dotted_title_closes_the_name_before_it() -> None:
    text = ("제임스 하워드 킴 암참 회장, 함석규 장관·여상철 위원장 잇달아 예방\n"
            "킴 회장은 어제 함석규 산업통상자원부 장관을 예방한 데 이어 오늘 오전에는 여상철 위원장을 만났다.")
    assert [(m.names, m.date) for m in extract(text, "2025-02-14 15:00")] == \
        [({"제임스 하워드 킴", "함석규"}, date(2025, 2, 13)), ({"제임스 하워드 킴", "여상철"}, date(2025, 2, 14))]


def test_who_is_quoted_is_not_carried_as_the_subject() -> None:
    body = ("안나 카타리나 포겔 주한 독일대사는 어제 금강제철 본사에서 은지섭 회장을 만났다. 포겔 대사는 은 회장에게 감사를 "
            "표했고, 포겔 대사는 \"클라우스 뮐러 CEO도 이 프로젝트에 큰 기대를 걸고 있다\"는 말을 전했다.\n은 회장과는 "
            "수소환원제철 기술 협력을 주제로 1시간가량 대화를 나눴다.")
    assert all("클라우스 뮐러" not in g for g in groups(body, published="2025-05-16 09:00"))


@pytest.mark.parametrize("body,pair", [
    ("마진우 부회장은 그제 도쿄에서 야나기홀딩스의 야나기사와 신이치로 사장과 만났다.", {"마진우", "야나기사와 신이치로"}),
    ("엔비디아 젠슨황(Jensen Huang) CEO가 어제 이재용 삼성전자 회장과 만났다.", {"젠슨 황", "이재용"}),
    ("서문기 한국산업연합회 회장이 어제 오카모토 히로유키 대표간사와 조찬을 함께했다.", {"서문기", "오카모토 히로유키"}),
    ("독고현 한빛유통그룹 회장은 어제 탁정훈 감독과 만찬을 함께했다.", {"독고현", "탁정훈"}),
])
def test_a_japanese_given_name_a_company_before_a_gloss_and_lobby_and_team_posts(body: str, pair: set[str]) -> None:
    assert groups(body) == [pair]


def test_who_sat_in_a_crowd_at_the_next_event_joins_no_meeting() -> None:
    body = ("서문기 한국산업연합회 회장이 어제 오카모토 히로유키 회장과 조찬을 함께했다.\n"
            "오전 10시부터 열린 본회의에는 양국 기업인 200여 명이 참석했다.\n"
            "한국 측에서는 사공준 동해제철 회장과 은도경 청해에너지 회장 등이 자리를 함께했다.")
    assert groups(body) == [{"서문기", "오카모토 히로유키"}]


def test_no_word_runs_across_a_headline_ellipsis() -> None:
    doc = build_doc(blank_korean().vocab, "태성FC 개막전 '하프타임 쇼'…제갈윤 구단주와 회동")
    assert [w.text for w in words_of(doc)] == ["태성FC", "개막전", "'하프타임", "쇼'", "제갈윤", "구단주와", "회동"]


def test_another_s_title_ends_the_name_run_of_a_headline() -> None:
    text = ("추이하오 주광주 중국총영사 순천 방문…모상철 시장과 면담\n"
            "추이하오(崔浩) 주광주 중국총영사가 지난달 29일 순천시청을 찾아 모상철 순천시장과 면담했다.")
    assert [m.names for m in extract(text, PUB)] == [{"추이하오", "모상철"}]


@pytest.mark.parametrize("body,pair", [
    ("어윤재 대표는 어제 채하린 어반팜랩스 대표, 국태민 모빌리오 대표, 용수아 테라바이오닉스 대표와 간담회를 가졌다.",
     {"어윤재", "채하린", "국태민", "용수아"}),
    ("황보선 대표는 어제 다보스에서 사이드 미팅을 잇달아 열었다. 황보 대표는 이날 칼리드 오콘쿼 CEO와 만났다.",
     {"황보선", "칼리드 오콘쿼"}),
    ("독고현 회장은 어제 편상욱 회장을 만났다. 편 회장은 지난해 5월 양 팀 맞대결을 독고 회장과 나란히 앉아 관람했다.",
     {"독고현", "편상욱"}),
    ("마성훈 사장은 어제 빈상철 지부장과 만났다. 조인식에는 사측 교섭대표인 남궁현 전무도 참석했다.",
     {"마성훈", "빈상철", "남궁현"}),
])
def test_a_company_read_as_a_verb_a_kind_of_meeting_and_common_words_are_no_names(body: str, pair: set[str]) -> None:
    assert all(g <= pair for g in groups(body)) and pair in groups(body)


def test_a_compound_surname_before_a_title_is_the_one_named_before() -> None:
    body = ("독고현 대양해운 회장과 황보경태 세광그룹 회장은 어제 포럼에 나란히 참석했다. 행사 직후 엘리베이터 앞에서 "
            "기자와 마주친 독고 회장은 \"협상은 실무진의 몫\"이라며 말을 아꼈다.")
    assert all("마주친" not in e.name for m in extract("제목\n" + body, PUB) for e in m.participants)
    doc = analyze_article("제목\n" + body, PUB)
    assert [m.entities[0].name for m in doc._.people if m.surface.startswith("독고")] == ["독고현", "독고현"]


def test_four_part_names_a_company_read_as_a_verb_before_c_level_titles_and_a_rare_compound_surname() -> None:
    text = ("스페인 이베리아인프라, 청해풍력 투자 '가시화'…회장이 직접 방한\n"
            "마리아 루이사 페르난데스 오르티스 이베리아인프라캐피털 회장은 지난 4일 동방세준 청해풍력 회장을 만났다. "
            "페르난데스 오르티스 회장은 이튿날 동방 회장과 만찬을 함께했다.\n"
            "탁은비 대표는 4일 서울에서 하비에르 페르난데스 데 코르도바(Javier Fernández de Córdoba) 텔레코르이베리아 "
            "CDO와 회동했다.")
    assert {frozenset(m.names) for m in extract(text, "2024-03-06 09:00")} == {
        frozenset({"마리아 루이사 페르난데스 오르티스", "동방세준"}), frozenset({"탁은비", "하비에르 페르난데스 데 코르도바"})}


def test_who_came_from_each_side_and_who_came_along_beside_who_did_not() -> None:
    body = ("진태경 새한모빌리티 사장과 독고준 노조위원장은 11일 오후 평택공장에서 마주 앉았다. 진 사장이 교섭에 직접 나온 것은 "
            "처음이다. 사측에서는 명재호 상무가, 노조에서는 주하늘 수석부위원장이 함께 자리했다.\n"
            "콜먼 하트 하버게이트캐피털 대표는 지난 14일 편도윤 청산식품 이사회 의장과 마주 앉았다. 권이든 상무가 동행했고, "
            "청산식품 경영진은 배석하지 않았다.")
    assert groups(body, published="2025-06-12 09:00") == [
        {"진태경", "독고준", "명재호", "주하늘"}, {"콜먼 하트", "편도윤", "권이든"}]


def test_an_answer_tells_a_meeting_with_the_interviewee_by_naming_only_the_other() -> None:
    text = ("[인터뷰] 서문혜란 서문건설 회장\n서문혜란 서문건설 회장을 지난 20일 서울 본사에서 만났다.\n"
            "― 중남미 사업은.\n\"지난 13일에 카를로스 산투스 미네라세하 CEO가 방한하셔서 광화문의 한 한식당에서 저녁을 "
            "함께했어요.\"\n― 내년 계획은.\n\"해외 수주를 넓히겠습니다.\"")
    assert [(m.names, m.date) for m in extract(text, "2024-08-26 09:00")] == [
        ({"서문혜란", "카를로스 산투스"}, date(2024, 8, 13))]


def test_who_a_delegation_included_met_whom_it_met() -> None:
    body = ("재단은 노은결 글로벌본부장이 이끄는 대표단이 12일 파리에서 엘로디 샤르팡티에 국제협력 총괄과 면담했다고 14일 "
            "밝혔다. 대표단에는 빈소율 웨더그램 대표, 봉지원 마린데이터랩 대표 등 8개사 대표가 포함됐다.")
    assert groups(body, published="2024-06-14 09:00") == [{"노은결", "엘로디 샤르팡티에", "빈소율", "봉지원"}]


def test_i_in_an_answer_is_the_interviewee_and_who_sat_in_is_named_once() -> None:
    text = ("[인터뷰] 편경수 딥코어세미콘 대표\n편경수 딥코어세미콘 대표를 지난 7일 만났다.\n― 창업 계기는.\n"
            "\"제가 제갈윤호 한빛중공업 회장님을 처음 뵌 건 2018년 봄이었어요.\"\n― 최근 만난 고객은.\n"
            "\"지난달 말 실리콘밸리에 가서 라지브 메논 사프란 CEO를 만났습니다. 견지오 CTO가 배석했는데, 메논 CEO가 저보다 "
            "견 CTO한테 질문을 더 많이 하더라고요.\"")
    found = extract(text, "2024-03-10 09:00")
    assert [[p.name for p in m.participants] for m in found] == [["편경수", "제갈윤호"], ["편경수", "라지브 메논", "견지오"]]
    assert found[0].date == date(2018, 1, 1) and found[0].date_precision == "year"


def test_a_year_naming_an_agreement_does_not_outrank_the_day_told() -> None:
    body = "12일 울산 본사에서 열린 2024년 임금 및 단체협약 조인식에서 마성훈 사장과 빈상철 노조 지부장이 만나 협약서에 서명했다."
    assert dated_groups(body, published="2024-09-12 18:00") == [({"마성훈", "빈상철"}, date(2024, 9, 12))]


def test_a_broadcast_s_polite_copula_closes_a_title() -> None:
    body = ("사공준 동해제철 회장, 독고은비 미래자산운용 대표, 그리고 일본 마루야마상사의 마루야마 겐타로(丸山健太郎) "
            "사장입니다. 세 사람은 지난 주말 여주의 한 골프장에서 한 조로 18홀을 돌았습니다.")
    assert groups(body, published="2025-09-10 09:00") == [{"사공준", "독고은비", "마루야마 겐타로"}]


@pytest.mark.parametrize("body,pair", [
    ("경하늘 사장은 어제 홈웰의 크리스토퍼 J. 앨더먼(Christopher J. Alderman) CEO를 만났다.", {"경하늘", "크리스토퍼 J. 앨더먼"}),
    ("박성현 대표는 어제 아람코의 아민 나세르(Amin H. Nasser) 최고경영자(CEO)를 만났다.", {"박성현", "아민 나세르"}),
    ("경하늘 사장은 어제 오토레스의 마리아 호세 가르시아 로페스 CEO와 마주 앉았다.", {"경하늘", "마리아 호세 가르시아 로페스"}),
])
def test_middle_initials_in_a_gloss_and_a_double_surname(body: str, pair: set[str]) -> None:
    assert groups(body) == [pair]


@pytest.mark.parametrize("body", [
    "제갈윤 회장과 황보선 대표는 같은 포럼에 왔지만 동선이 엇갈리면서 두 사람이 한자리에 함께 서는 장면은 나오지 않았습니다.",
    "제갈윤 한결그룹 회장과 로라 펠드먼 아크라이트 CEO는 이번 회의에 참석하지 않았습니다.",
    "도하람 대표는 \"황 CEO를 직접 만나 인사라도 드리고 싶었는데, 연설이 끝나자마자 빠져나가더군요\"라고 말했다.",
    "아르준 바르마 회장은 오늘 자신의 SNS에 사공준 회장의 서한 사진을 올리며 감사를 전했다.",
])
def test_a_polite_negation_a_wish_that_failed_and_a_photo_of_a_letter_are_no_meetings(body: str) -> None:
    assert groups("젠슨 황 엔비디아 CEO는 어제 기조연설을 했다. " + body) == []


@pytest.mark.parametrize("body", [
    "국윤성 대표는 \"이시카와 다이스케 사장과는 아직 상견례를 하지 못했다\"며 \"일정도 정해진 게 없다\"고 말했다.",
    "협상 과정에서 엄기석 회장과 피영준 대표가 직접 만났는지에 대해 양사는 \"확인해 줄 수 없다\"고만 했다.",
    "대양인베스트먼트 측은 \"황보선 대표와 아마라 오콘쿼 CEO의 만남이 잡혀 있지 않다\"고 했다.",
    "방경란 새봄유통 대표와 소진혁 회장이 직접 만나는 일은 당분간 없을 것이라는 게 업계의 관측이다.",
    "총회 기간 사공민철 위원은 폐막 만찬에 참석했다. 만찬장에는 토마스 바흐 위원장과 IOC 위원 100여명이 자리했다.",
    "한 참석자는 \"선우진 대표와 옥채원 대표가 시상식 내내 별다른 대화 없이 무대만 바라봤다\"고 전했다.",
])
def test_meetings_not_held_not_known_not_planned_and_a_crowd_s_guests(body: str) -> None:
    assert groups(body) == []


def test_a_made_up_picture_of_two_is_no_meeting() -> None:
    body = "설태오 대표는 지난 2월 링크트인에 매튜 오코너 CEO와 악수하는 AI 생성 이미지를 올렸다가 댓글 소동을 겪었다."
    assert groups(body, published="2025-03-10 09:00") == []


def test_when_the_two_just_reported_first_met_is_a_meeting_of_its_own() -> None:
    text = ("[인터뷰] 노바크코발스카 CEO\n에밀리아 노바크코발스카 리사이클로 CEO를 만났다.\n― 탁 대표와는.\n"
            "\"어제 울산에서 탁정훈 세운머티리얼즈 대표를 만났어요. 처음 만난 건 2022년 바르샤바 배터리 콘퍼런스였어요.\"\n"
            "― 계획은.\n\"합작입니다.\"")
    assert [(m.names, m.date, m.date_precision) for m in extract(text, "2025-09-08 09:00")] == [
        ({"에밀리아 노바크코발스카", "탁정훈"}, date(2025, 9, 7), "day"),
        ({"에밀리아 노바크코발스카", "탁정훈"}, date(2022, 1, 1), "year")]


def test_a_sentence_about_the_meeting_itself_gives_its_day() -> None:
    body = ("예서진 대표는 지난 15일 링크드인에 \"싱가포르 출장 중 데이비드 오셰이(David O'Shea) 파트너와 긴 대화를 "
            "나눴다\"는 글과 함께 두 사람이 카페에서 찍은 사진을 올렸다. 회사에 따르면 만남은 하루 전인 14일 오전에 "
            "이뤄졌다.")
    assert dated_groups(body, published="2024-11-18 09:00") == [({"예서진", "데이비드 오셰이"}, date(2024, 11, 14))]


@pytest.mark.parametrize("body,pair", [
    ("온상규 한들시멘트 전무는 어제 엽준서 동서시멘트 상무와 만났다.", {"온상규", "엽준서"}),
    ("빙정우 한강케미칼 사장은 어제 토마시 비시니에프스키 폴란드 개발기술부 차관과 만났다.", {"빙정우", "토마시 비시니에프스키"}),
])
def test_rare_surnames_of_three_syllable_names(body: str, pair: set[str]) -> None:
    assert groups(body) == [pair]


def test_whoever_came_to_the_interviewee_in_honorifics_met_them() -> None:
    text = ("[인터뷰] 좌경민 한라누리 대표\n좌경민 한라누리 대표를 지난 10일 만났다.\n― 중국 사업은.\n"
            "\"지난 2일 왕리쥔(王丽君) 총재가 서귀포 저희 호텔로 오셨어요.\"\n― 계획은.\n\"크루즈 노선입니다.\"")
    assert [m.names for m in extract(text, "2023-10-12 09:00")] == [{"좌경민", "왕리쥔"}]


def test_athletes_by_their_team_in_parentheses_and_again_by_full_name() -> None:
    body = ("4일 양궁 대표팀의 김우진(청주시청)과 이우석(코오롱)이 시상대에 올랐다. "
            "시상식이 끝나자 정의선 현대차그룹 회장은 김우진, 이우석과 차례로 포옹했다.")
    assert sorted(map(sorted, groups(body))) == [["김우진", "정의선"], ["이우석", "정의선"]]
    body = "정의선 현대차그룹 회장은 전날 금메달리스트 임시현(한국체대)과 은메달리스트 남수현(순천시청)을 만났다."
    assert groups(body) == [{"정의선", "임시현", "남수현"}]
    assert groups("정의선 현대차그룹 회장은 1일 임시현 선수와 남수현 선수를 만났다.") == [{"정의선", "임시현", "남수현"}]


def test_a_company_mecab_reads_as_a_particle_and_a_verb_before_a_title() -> None:
    # ("가온" as 가/JKS 온/VV+ETM: no word starts with a particle)
    body = "모태준 경제부총리는 지난 16일 탁정민 세양 회장, 편수아 가온 부회장과 점심을 함께했다."
    assert groups(body) == [{"모태준", "탁정민", "편수아"}]


def test_a_known_name_whose_first_part_is_one_syllable() -> None:
    body = "국빈 방한 중인 또 럼 베트남 공산당 서기장이 12일 서울의 한 호텔에서 이재용 삼성전자 회장을 접견했다."
    assert groups(body) == [{"또 럼", "이재용"}]


def test_a_gathering_that_shares_a_calls_results_is_no_call() -> None:
    body = ("한덕수 국무총리는 8일 밤 도널드 트럼프 미국 대통령과 전화 통화를 했다. 한 총리는 9일 오전 경제단체장들과 "
            "간담회를 열어 통화 결과를 공유했다. 간담회에는 최태원 대한상공회의소 회장, 류진 한국경제인협회 회장이 참석했다.")
    assert groups(body) == [{"한덕수", "최태원", "류진"}]
    assert groups(body, mode="phone") == [{"한덕수", "도널드 트럼프"}]


def test_clauses_of_two_topics_tell_what_each_did() -> None:
    body = ("편미경 가온전자 부회장은 18일 오전 빈소를 찾아 유족을 위로했고, 지승엽 새별머티리얼즈 대표는 조화와 함께 "
            "조전을 보냈다.")
    assert groups(body) == []
    body = "도경환 회장은 사내 메시지에서 고객을 강조했고, 남궁혁 회장은 임원 회의에서 수율을 강조했다."
    assert groups(body) == []
    body = "니코스 파파도풀로스 아이오니언해운 회장 부부가 직접 방한했고, 모태준 회장은 그날 저녁 거제의 한 횟집에서 만찬을 베풀었다."
    assert groups(body) == [{"니코스 파파도풀로스", "모태준"}]


def test_whom_the_interviewee_names_after_met_is_no_one_met() -> None:
    body = "서울 성수동 사무실에서 만난 모혜린 바람결AI 대표는 롤모델을 묻는 질문에 가온전자 편미경 부회장을 꼽았다."
    assert groups(body) == []
    assert groups("지난달 서울에서 편미경 부회장을 만난 모혜린 대표는 투자 계획을 밝혔다.") == [{"편미경", "모혜린"}]


def test_a_captions_roll_call_names_who_posed_with_the_host() -> None:
    text = ("제목\n▲옥지환 한국무역인협회장(앞줄 가운데)이 24일 서울 한국무역인협회 대회의실에서 열린 'CEO 간담회'에서 "
            "참석자들과 기념촬영을 하고 있다. 앞줄 왼쪽부터 반성우 한국중견제조인협회장, 모은숙 도담유통 회장, 옥 회장, "
            "탁영민 새봄모빌리티 사장. 한국무역인협회 제공")
    found = [m for m in extract(text, "2023-08-25 09:00") if m.status == "occurred"]
    assert [(m.names, m.photo_op) for m in found] == [({"옥지환", "반성우", "모은숙", "탁영민"}, True)]


def test_a_meeting_all_eyes_were_on_or_no_scene_of_is_none_held() -> None:
    body = "특히 해온그룹 도경환 회장과 다솜전자 남궁혁 회장의 만남에 관심이 쏠렸습니다."
    assert groups(body) == []
    body = "행사 내내 도경환 회장과 남궁혁 회장이 자리를 옮겨 마주 앉는 장면은 없었습니다."
    assert groups(body) == []


def test_someone_seen_only_through_the_media_was_not_met() -> None:
    assert groups("명하윤 대표는 \"도경환 회장님은 신문과 방송으로만 뵀다\"고 말했다.") == []


def test_a_meeting_word_in_a_company_name_or_through_proxies_only_is_no_meeting() -> None:
    body = ("피윤정 만남에프앤비 대표와 용기철 뜰앤컴퍼니 대표는 상표 분쟁 중이다. 양측은 3년 가까운 분쟁 기간 내내 "
            "대리인을 통해서만 의견을 주고받았다.")
    assert groups(body) == []
    assert groups("피윤정 만남에프앤비 대표는 1일 용기철 뜰앤컴퍼니 대표와 만났다.") == [{"피윤정", "용기철"}]


def test_a_country_mecab_reads_as_a_suffix_and_a_particle() -> None:
    # ("인도" as 인/XSN 도/JX: no word is a suffix alone)
    body = "어경태 동우그룹 회장은 전날 라훌 데브 메논 인도 타라모터스 회장과 나란히 선 사진을 게시했다."
    assert groups(body) == [{"어경태", "라훌 데브 메논"}]


def test_a_headline_calls_a_spanish_name_by_its_first_surname() -> None:
    text = ("어윤석 구단주, 스페인 '큰손' 모랄레스 회장과 동반 관람\n"
            "어윤석 비채금융그룹 회장이 12일 이베르스포츠의 하비에르 모랄레스 델 리오 회장과 경기를 함께 관람했다. "
            "어 회장과 모랄레스 회장은 경기 전 VIP룸에서 먼저 만나 40분가량 환담했다.")
    names = {n for m in extract(text, "2025-04-13 09:00") for n in m.names}
    assert names == {"어윤석", "하비에르 모랄레스 델 리오"}


def test_korean_names_mecab_reads_as_an_adjective_or_an_adverb() -> None:
    # ("봉하람" as 봉/XR 하/XSA 람/EF in a dotted list; "연태석" as 연/MAG 태석/MM before a company)
    body = "무아랩의 봉하람·설재이 공동대표가 글로우베이의 레이철 킴벌리 앤더슨 CEO와 만났다."
    assert groups(body) == [{"봉하람", "설재이", "레이철 킴벌리 앤더슨"}]
    body = "연태석 서해제철 부사장과 편상욱 대륙자동차 전무는 지난달 25일 만찬 회동을 가졌다."
    assert groups(body) == [{"연태석", "편상욱"}]


def test_who_came_to_a_gathering_held_by_no_one_named_met_there() -> None:
    body = ("K-배터리 공급망협의회는 19일 서울 여의도에서 올해 첫 정례 간담회를 열었다. 협의회장인 사공민재 "
            "누리에너지솔루션 대표를 비롯해 함동일 태강소재 대표, 인가영 세림리튬 대표 등 회원사 경영진 20여 명이 참석했다.")
    assert groups(body) == [{"사공민재", "함동일", "인가영"}]
    # (but not the guests of a crowd)
    body = ("협회는 19일 서울에서 신년 간담회를 열었다. 사공민재 누리에너지솔루션 대표와 함동일 태강소재 대표 등 "
            "회원사 경영진 200여 명이 참석했다.")
    assert groups(body) == []


def test_a_photo_of_them_doing_something_posted_the_next_day_is_not_dated_by_the_post() -> None:
    body = ("남궁현 한서건설 사장은 지난 24일 밤 리야드에서 압둘라 빈 파하드 알카타니 청장과 만찬을 했다. 알카타니 청장은 "
            "이튿날 자신의 X 계정에 남궁 사장과 악수하는 사진을 올렸다.")
    assert [m.date for m in meetings(body, published="2025-09-27 09:00")] == [date(2025, 9, 24), None]


def test_a_foreign_name_ending_in_what_mecab_reads_as_the_subject_particle() -> None:
    body = "옥세훈 가람면세점 대표는 9일 루카 안드레아 베르첸가 오르비스 CEO와 만찬을 했다."
    assert groups(body) == [{"옥세훈", "루카 안드레아 베르첸가"}]
    assert groups("그날 저녁 루카 안드레아가 옥세훈 대표를 만났다.") != [{"옥세훈", "루카 안드레아가"}]


def test_a_spanish_name_with_two_surnames_before_a_company() -> None:
    body = "탁세련 결 대표는 9일 라스베이거스에서 루미에르의 하비에르 몬테로 소사 CEO를 만났다."
    assert groups(body) == [{"탁세련", "하비에르 몬테로 소사"}]


def test_a_breakfast_after_a_call_is_in_person_and_agreeing_to_meet_soon_is_a_plan() -> None:
    body = ("견상호 누리솔그룹 회장과 토머스 J. 웨일런(Thomas J. Whelan) 하이랜드 CEO는 지난달 30분 넘게 통화했다. "
            "그리고 그제 아침, 두 사람이 서울 여의도의 한 호텔 조찬 자리에서 처음 얼굴을 마주했다.")
    assert [(m.names, m.mode) for m in meetings(body, mode=None)] == [
        ({"견상호", "토머스 J. 웨일런"}, "phone"), ({"견상호", "토머스 J. 웨일런"}, "in_person")]
    body = ("이재명 대통령은 전날 밤 도널드 트럼프 미국 대통령과 통화했다. 두 정상은 가까운 시일 안에 직접 만나 대화를 "
            "이어가자는 데에도 공감한 것으로 전해졌다.")
    assert groups(body) == []
    assert groups(body, status="planned") == [{"이재명", "도널드 트럼프"}]


def test_a_four_syllable_foreign_given_name_before_an_unknown_surname() -> None:
    # ("마리우시" is 인명 to mecab and shaped like a Korean name of four syllables)
    body = "김동관 한화에어로스페이스 부회장은 이날 저녁 마리우시 브와슈차크 폴란드 부총리 겸 국방장관을 만났다."
    assert groups(body) == [{"김동관", "마리우시 브와슈차크"}]


def test_a_post_spelled_with_a_middle_dot_closes_the_name_on_its_title() -> None:
    body = ("마이클 J. 토런스(Michael J. Torrance) 오로라 컴퓨트 글로벌공급망·품질담당 수석부사장은 지난 10일 이천 팹을 "
            "방문해 변재혁 한울반도체 메모리사업부장(사장)과 면담했다.")
    assert groups(body) == [{"마이클 J. 토런스", "변재혁"}]


def test_a_chinese_name_before_a_fab_with_a_number() -> None:
    body = "독고준 다온테크 대표는 7일에는 천메이링 신주 12팹 운영총괄을 만나 장비 유지보수 체계를 논의했다."
    assert groups(body) == [{"독고준", "천메이링"}]


def test_a_known_given_name_whose_last_syllable_mecab_reads_as_a_particle() -> None:
    # ("올리비에" as 올/MM 리/NNG 에/JKB)
    body = ("피정훈 유니온모바일 대표와 경희수 케이넷텔레콤 대표는 지난 토요일 골프장에서 함께 라운딩했다. 이 자리에는 "
            "리옹 텔레콤 시스템즈의 올리비에 보네 한국지사장도 동반했다.")
    assert groups(body) == [{"피정훈", "경희수", "올리비에 보네"}]


def test_a_gloss_with_a_hyphenated_given_name_and_a_surname_particle() -> None:
    body = "피에르 앙투안 드 로셰(Pierre-Antoine de Roche) 회장이 전날 편정아 서린백화점 회장을 만났다."
    assert groups(body) == [{"피에르 앙투안 드 로셰", "편정아"}]


def test_a_gathering_reported_in_the_plain_present_is_planned() -> None:
    body = ("산업통상자원부는 탁민수 장관이 오는 25일 오전 서울의 한 호텔에서 표진혁 해솔그룹 회장, 김태석 다온그룹 회장과 "
            "조찬 간담회를 연다고 21일 밝혔다.")
    assert groups(body, published="2025-11-21 09:00") == []
    assert groups(body, published="2025-11-21 09:00", status="planned") == [{"탁민수", "표진혁", "김태석"}]


def test_whose_round_of_meetings_goes_on_is_the_subject_after() -> None:
    body = ("21일 만나기로 한 클라우스 디터 크라우제 회장이 방한을 취소했다. 표진혁 회장의 '릴레이'는 다음 주에도 "
            "이어진다. 다음 주 초에는 파이살 빈 칼리드 알오타이비 총재와 만날 예정이다.")
    assert groups(body, published="2025-11-22 09:00", status="planned")[-1] == {"표진혁", "파이살 빈 칼리드 알오타이비"}


def test_seated_at_different_tables_is_no_meeting() -> None:
    body = ("탁성윤 회장과 옥재헌 회장은 포럼에서 각각 연설했다. 개막 세션 뒤 이어진 네트워킹 오찬에서도 두 총수는 "
            "서로 다른 테이블에 앉았다.")
    assert groups(body) == []


def test_what_is_to_be_done_at_a_meeting_is_a_plan() -> None:
    body = ("함도윤 장관은 지난 14일 부디 산토소 하르조노 인도네시아 장관과 전화 통화를 했다. 당시 통화에서 두 장관은 "
            "협력 필요성에 공감하고, 대면 회담에서 구체적 방안을 논의하기로 했다.")
    assert groups(body, published="2025-11-20 09:00") == []
    assert groups("함도윤 장관과 빈승아 대표는 14일 회담에서 협력 방안을 논의했다.", published="2025-11-20 09:00") == [
        {"함도윤", "빈승아"}]


def test_a_vietnamese_name_written_as_one_word_with_a_gloss_of_four() -> None:
    body = ("엄기석 세진전자 회장이 박닌성 인민위원회를 찾아 응우옌티호아이안(Nguyen Thi Hoai An) 인민위원장과 "
            "면담했다.")
    assert groups(body) == [{"엄기석", "응우옌티호아이안"}]


def test_a_chinese_name_of_one_word_after_its_company() -> None:
    assert groups("남궁석진 회장은 그저께 저녁 홍콩에서 하이펑 천자오밍 회장과 만찬을 했다.") == [{"남궁석진", "천자오밍"}]
    body = "엘린 쉐베리 노르크빌마린 최고경영자는 지난달 26일 부산을 찾아 배창호 동진중공업 회장과 만났다."
    assert groups(body) == [{"엘린 쉐베리", "배창호"}]


def test_two_people_before_a_surname_and_title_are_no_name() -> None:
    body = ("표진혁 회장은 클라우스 디터 크라우제 회장과 지난해 5월 만찬을 함께했다. 두 사람은 크라우제 회장이 건강을 "
            "회복하는 대로 서울에서 다시 만나기로 했다.")
    doc = analyze_article("제목\n" + body, PUB)
    assert {e.name for m in doc._.people for e in m.entities} == {"표진혁", "클라우스 디터 크라우제"}


def test_paths_that_did_not_cross_are_no_meeting() -> None:
    body = ("봉준석 회장은 7일 편미경 가온전자 부회장의 부스를 찾았지만 편 부회장은 자리를 비운 상태였다. 같은 날 "
            "전시장을 찾은 탁정훈 해담그룹 회장과도 동선이 겹치지 않았다.")
    assert groups(body) == []


def test_a_sentence_summing_up_meetings_just_told_adds_none() -> None:
    body = ("또 럼 베트남 공산당 서기장은 12일 오전 최태원 SK그룹 회장과 정의선 현대차그룹 회장을 잇달아 만났다. "
            "오후에는 이재용 삼성전자 회장을 접견했다. 세 총수를 하루에 모두 만난 셈이다.")
    assert sorted(map(sorted, groups(body))) == [["또 럼", "이재용"], ["또 럼", "정의선"], ["또 럼", "최태원"]]


def test_a_name_ending_in_what_mecab_reads_as_a_spoken_particle() -> None:
    # ("석지완" as 석지/NNG 완/JKB+JX, 와는 as speech shortens it)
    body = "앤드루 린치 회장은 지난 8일 석지완 금하식품 회장 등과 경기 여주에서 골프 라운딩을 했다."
    assert groups(body, published="2025-11-18 09:00") == [{"앤드루 린치", "석지완"}]


def test_a_surname_and_a_company_taken_for_a_name_are_the_person_named_in_full() -> None:
    text = ("김하늘 대표·라마찬드란 퀀티바 CEO, 판교서 회동\n"
            "김하늘 온새미로 대표는 18일 판교 사옥에서 프리야 라마찬드란(Priya Ramachandran) 퀀티바 "
            "최고경영자(CEO)와 만났다.")
    doc = analyze_article(text, "2025-11-19 09:00")
    assert {e.name for m in doc._.people for e in m.entities} == {"김하늘", "프리야 라마찬드란"}
    # (not a surname-first name: "도요다 아키오")
    text = "제목\n정의선 회장은 3일 도요다 아키오 도요타 회장과 만났다. 모리조 도요다라는 이름으로도 알려진 그는 레이서다."
    assert {n for m in extract(text, PUB) for n in m.names} == {"정의선", "도요다 아키오"}


def test_a_company_ending_in_what_mecab_reads_as_the_particle_ro() -> None:
    assert groups("제갈린 온새미로 의장은 18일 판교 사옥에서 김하늘 대표와 만났다.") == [{"제갈린", "김하늘"}]


def test_the_host_named_in_the_clause_that_describes_the_gathering() -> None:
    body = ("지난 10일 황보영란 한국산업연합회장이 주재한 '공급망 간담회'는 예정보다 늦게 끝났다. 간담회에는 "
            "어경수 미르반도체 회장을 비롯해 편미경 가온전자 부회장이 참석했다.")
    assert groups(body, published="2024-07-12 09:00") == [{"황보영란", "어경수", "편미경"}]


def test_a_word_of_a_circle_is_no_name() -> None:
    # (노동계, 재계: a sector's people, not someone surnamed 노 or 재)
    assert groups("국정훈 정책실장은 1일 노동계 대표와 만났다. 국 실장은 노동계와 다시 만나겠다고 말했다.") == []


def test_who_sat_in_on_the_day_joins_that_days_meeting_not_the_earlier_one() -> None:
    body = ("이재용 삼성전자 회장이 12일 서초사옥에서 사티아 나델라 마이크로소프트 CEO를 만났다. 두 사람은 2023년 "
            "레드먼드의 MS 본사에서 만난 바 있으며, 이번 회동은 약 2년 만이다. 이날 회동은 1시간가량 진행됐고, "
            "삼성전자에서는 노태문 사장이 배석했다.")
    found = meetings(body, published="2025-03-12T15:00:00+09:00")
    earlier = [m for m in found if m.date_precision == "year"]
    assert earlier and {p.name for p in earlier[0].participants} == {"이재용", "사티아 나델라"}
    assert any({p.name for p in m.participants} == {"이재용", "사티아 나델라", "노태문"} for m in found)


def test_a_first_greeting_at_an_event_told_as_done_before_is_a_meeting_and_a_nod_is_none() -> None:
    body = ("구광모 LG그룹 회장이 10일 LG트윈타워에서 도 반 히에우 베트남 재무부 차관을 접견했다. 구 회장과 히에우 차관은 "
            "지난해 10월 하노이에서 열린 투자 협력 행사에서 처음 인사를 나눈 바 있다.")
    found = meetings(body, published="2025-04-10T15:00:00+09:00")
    assert [(m.date, m.date_precision) for m in found] == [(date(2025, 4, 10), "day"), (date(2024, 10, 1), "month")]
    assert groups("최지한 파두로직 대표는 \"기조연설 이후 부스에서 젠슨 황 엔비디아 CEO와 잠깐 눈인사를 나눈 게 "
                  "전부\"라며 웃었다.") == []


def test_met_before_is_held_and_never_met_is_denied() -> None:
    body = ("올라 칼레니우스 메르세데스-벤츠그룹 회장이 8일 승지원에서 이재용 삼성전자 회장과 오찬을 함께했다. 칼레니우스 "
            "회장과 이 회장은 지난해 11월 방한 때도 승지원에서 만난 적이 있다.")
    found = meetings(body, published="2026-09-08T20:00:00+09:00")
    assert [(m.date, m.date_precision) for m in found] == [(date(2026, 9, 8), "day"), (date(2025, 11, 1), "month")]
    assert groups("오태석 세진그룹 회장은 린즈창 신위안자동차 회장을 만난 적도 없다고 밝혔다.") == []


def test_a_dated_meeting_the_time_since_is_counted_from_is_one_of_its_own() -> None:
    body = ("도윤재 한결그룹 회장은 6일 한결타워 집무실에서 하인리히 폰 베르크 베르크만 오토모티브 회장을 만났다. 두 사람이 "
            "얼굴을 맞댄 것은 2022년 독일 슈투트가르트 회동 이후 3년 만이다. 이 자리에는 석지훈 한결모터스 사장이 배석했다.")
    found = {(m.date, m.date_precision, frozenset(p.name for p in m.participants))
             for m in meetings(body, published="2025-03-07T10:00:00+09:00")}
    assert found == {(date(2025, 3, 6), "day", frozenset({"도윤재", "하인리히 폰 베르크", "석지훈"})),
                     (date(2022, 1, 1), "year", frozenset({"도윤재", "하인리히 폰 베르크"}))}


def test_the_earlier_meeting_counted_from_is_not_the_one_the_story_goes_on_from() -> None:
    body = ("샘 올트먼 오픈AI CEO는 4일 오전 SK서린빌딩을 찾아 최태원 SK그룹 회장과 먼저 만났다. 최 회장과 올트먼 CEO의 "
            "만남은 지난해 1월 이후 1년여 만이다.\n이어 올트먼 CEO는 서울 중구의 한 호텔에서 정신아 카카오 대표와 함께 "
            "기자간담회를 열었다. 모디 총리와 머스크 CEO가 얼굴을 맞댄 것은 2023년 6월 뉴욕 회동 이후 약 1년 8개월 만이다.")
    found = {(m.date, frozenset(p.name for p in m.participants))
             for m in meetings(body, published="2025-02-04T21:00:00+09:00")}
    assert (date(2025, 2, 4), frozenset({"샘 올트먼", "정신아"})) in found
    assert (date(2024, 1, 1), frozenset({"샘 올트먼", "최태원"})) in found
    assert (date(2023, 6, 1), frozenset({"나렌드라 모디", "일론 머스크"})) in found


def test_a_captions_roll_call_after_an_unnamed_toast_is_one_meeting() -> None:
    body = ("[포토] 한·독 경제인의 밤\n\n▲23일 저녁 서울의 한 호텔에서 열린 '한·독 경제인의 밤'에서 참석자들이 건배하고 "
            "있다. 왼쪽부터 승민혁 가온모빌리티 대표, 마르쿠스 텔렌바흐 베르크만 CEO, 도진명 서진에너지 회장.\n\n"
            "▲탁문성 한결그룹 회장이 환영사를 하고 있다.")
    assert groups(body) == [{"승민혁", "마르쿠스 텔렌바흐", "도진명"}]


def test_a_latin_gloss_closes_the_name_before_the_company() -> None:
    body = ("선우정민 청운금융지주 회장은 14일 영빈관에서 셰이크 칼리드 빈 하마드 알누아이미(Sheikh Khalid bin Hamad Al "
            "Nuaimi) 알 사피르 투자청 부회장과 만찬을 함께했다.")
    assert groups(body, published="2025-10-15T10:00:00+09:00") == [{"선우정민", "칼리드 빈 하마드 알누아이미"}]


def test_raj_is_a_given_name() -> None:
    assert groups("김상훈 금융위원장은 13일 싱가포르에서 라즈 비크람 메논 라이언게이트 캐피털 회장을 만났다.") == \
        [{"김상훈", "라즈 비크람 메논"}]


def test_a_name_whose_given_part_is_a_place_read_after_a_determiner() -> None:
    assert groups("이복현 금융감독원장은 13일 서울에서 최태원 SK그룹 회장을 만났다.") == [{"이복현", "최태원"}]


def test_other_spellings_of_nguyen_lead_a_vietnamese_name() -> None:
    assert groups("베트남 빈롱그룹의 응우엔 반 흥 회장은 10일 전북도청에서 채명준 지사를 만났다.") == [{"응우엔 반 흥", "채명준"}]


def test_no_news_of_a_meeting_is_none() -> None:
    assert groups("그 뒤 최태원 SK그룹 회장과 탁문성 한결그룹 회장이 따로 만났다는 소식은 아직 들리지 않는다.") == []


def test_a_company_read_as_a_verb_before_a_body_and_its_title() -> None:
    assert groups("봉태하 누리온 이사회 의장이 18일 인도 카비야 시스템즈의 아누팜 슈리바스타바 CEO를 접견했다.") == \
        [{"봉태하", "아누팜 슈리바스타바"}]


def test_he_is_the_owner_of_what_the_sentence_before_was_about() -> None:
    body = ("탁문성 한결그룹 회장은 19일 자택에서 편재원 도담그룹 회장과 만찬을 했다. 식사 도중 탁 회장의 장남인 탁서준 "
            "한결전자 상무가 잠시 들러 인사를 건넸다. 탁 회장의 자택 만찬에는 전례가 있다. 그는 2023년에도 봉태하 누리온 "
            "의장을 같은 자리에서 만났다.")
    assert {"탁문성", "봉태하"} in groups(body) and {"탁서준", "봉태하"} not in groups(body)


def test_who_came_from_home_joins_the_gathering_abroad() -> None:
    body = ("이 원장은 13일 싱가포르의 한 호텔에서 투자자 간담회를 열었다. 간담회에는 라즈 비크람 메논 라이언게이트 캐피털 회장 "
            "등 30여명이 참석했다. 국내에서는 동행한 추경완 백두증권 사장과 용성호 온새미증권 대표가 자리를 함께했다.")
    found = groups("이복현 금융감독원장이 싱가포르를 찾았다. " + body)
    assert {"이복현", "라즈 비크람 메논", "추경완", "용성호"} in found and {"추경완", "용성호"} not in found


def test_attendees_of_a_gathering_held_after_a_plan_and_whom_they_posed_with() -> None:
    body = ("우태린 산업통상부 장관은 오늘 오전 조너선 케슬러 애틀러스 파워 CEO와 화상으로 면담했습니다. 케슬러 CEO는 다음 달 "
            "방한할 예정이며, 이때 우 장관과의 대면 회담도 추진되고 있습니다.\n오후 3시에는 에너지기술회관에서 에너지 기업 "
            "간담회가 열렸습니다. 도진명 서진에너지 회장, 선우재현 한빛솔라 대표 등 5명이 참석했습니다. 참석자들은 간담회 "
            "시작 전 우 장관과 함께 기념촬영을 했습니다.")
    found = meetings(body, published="2025-08-20T20:00:00+09:00")
    assert [({p.name for p in m.participants}, m.photo_op) for m in found] == [({"도진명", "선우재현", "우태린"}, True)]


def test_signatories_of_a_signing_ceremony_met_unless_they_did_not_attend() -> None:
    assert groups("경북도는 19일 도청에서 권오형 경북도지사와 편상욱 구미시장, 탁재민 에이치엘머티리얼즈 대표이사가 참석한 "
                  "가운데 투자협약식을 열었다고 밝혔다.") == [{"권오형", "편상욱", "탁재민"}]
    assert groups("당시 체결식에는 양사 실무 임원들이 참석했고, 서준혁 한결그룹 회장과 롤란트 부슈 지멘스 CEO는 참석하지 "
                  "않았다.") == []


def test_a_company_cut_into_two_stems_after_a_foreign_name() -> None:
    assert groups("기영찬 충북지사는 17일 안데르스 요한 뉘베리 노르셀 회장을 만났다.") == [{"기영찬", "안데르스 요한 뉘베리"}]


def test_a_name_read_as_a_sentence_ending_before_a_misread_company() -> None:
    assert groups("옥나래 누리온 대표는 5일 김철수 한빛전자 회장을 만났다.") == [{"옥나래", "김철수"}]


def test_answers_after_hyphen_question_lines_speak_for_the_interviewee() -> None:
    body = ("[송년 인터뷰] 옥나래 누리온 대표 \"내년엔 유럽\"\n\n옥나래 누리온 대표를 지난 5일 판교 본사에서 만났다.\n"
            "-올해 가장 기억에 남는 만남은.\n\"쉬리바스타바 CEO가 힌디어로 말하면 저희 AI가 한국어로 바로 옮겼습니다.\"\n"
            "-유럽 진출은 어떻게 준비했나.\n\"작년 10월 파리에서 메리디엔 AI의 세바스티앙 르갈-뒤퐁 CEO를 만난 게 "
            "출발점이었습니다.\"")
    assert groups(body, published="2025-12-09T07:00:00+09:00") == [{"옥나래", "세바스티앙 르갈-뒤퐁"}]


def test_no_one_named_in_another_quotation_than_the_triggers_was_met() -> None:
    assert groups("롤모델이 누구냐는 질문에 독고현숙 동방에너지 회장은 \"권도현 한누리그룹 회장에게서 많이 배운다\"며 \"그분은 "
                  "누구를 만나든 먼저 듣는 사람\"이라고 답했다.") == []


def test_whom_another_stood_in_for_did_not_come() -> None:
    body = ("봉태현 원주시장은 5일 시청에서 의료기기 기업 대표들과 간담회를 열었다. 모경란 원주의료기기산업협회장은 해외 전시회 "
            "참석차 미국에 머물고 있어, 이날 간담회에는 협회 부회장이 대신 참석했다.")
    assert groups(body) == []


def test_a_meeting_not_even_discussed_is_none() -> None:
    assert groups("시 관계자는 \"탄정우 광주시장과 염도윤 대표의 만남은 현재 논의된 바 없다\"고 말했다.") == []


def test_a_question_whether_they_met_is_none() -> None:
    assert groups("이창용 한은 총재는 김병환 금융위원장과 이번 결정을 사전에 협의했느냐는 질문에는 \"금리 결정은 "
                  "금통위원들끼리만 한다\"고 잘라 말했다.") == []


def test_a_headlines_company_and_surname_is_the_body_full_name_and_one_article_per_name() -> None:
    body = ("\"바라카 다음은 SMR\"…알다프라 알 마즈루에이 CEO, 봉재익 한누리원자력 사장과 회동\n\n아랍에미리트 알다프라 에너지 "
            "홀딩스의 사이프 알 마즈루에이 최고경영자가 방한했다. 알 마즈루에이 CEO는 19일 서울 시내 한 호텔에서 봉재익 "
            "한누리원자력 사장과 만났다.")
    assert groups(body) == [{"사이프 알 마즈루에이", "봉재익"}]
    assert groups("봉재익 사장은 사이프 알 마즈루에이 알다프라 에너지 사장과 만났다.") == [{"봉재익", "사이프 알 마즈루에이"}]


def test_a_day_word_as_topic_leaves_the_sentence_without_a_subject() -> None:
    body = ("남궁 회장은 지난 7일 칼리드 알무타이리 사우디 투자부 차관과 화상회의를 열었다. 이어 그제는 태경타워 집무실에서 방한 "
            "중인 압둘라 알하르비 사우디 국부펀드 부총재를 접견했다.")
    assert {"남궁현", "압둘라 알하르비"} in groups("남궁현 태경그룹 회장이 중동 인사들을 만났다. " + body,
                                              published="2025-02-10T11:30:00+09:00")


def test_who_came_along_on_every_stop_joins_each_meeting_after_it() -> None:
    body = ("페어차일드 CEO 방한\n\n대니얼 페어차일드 아크라인 CEO가 한국을 찾아 국내 반도체 기업 인사들을 잇달아 만났다. 그레이스 림 부사장이 전 "
            "일정에 동행했다.\n페어차일드 CEO는 25일 화성을 찾아 강민재 한빛전자 대표와 회동했다.")
    assert groups(body, published="2025-02-26T17:00:00+09:00") == [{"대니얼 페어차일드", "그레이스 림", "강민재"}]


def test_a_dotted_list_of_names_with_companies_sharing_one_title() -> None:
    body = ("한국통신미래포럼은 석진규 회장 주재로 14일 조찬 간담회를 열었다. 간담회에는 편재욱 다온텔레콤·황보정민 "
            "한울모바일·육하람 누리넷 대표가 참석했다.")
    assert groups(body) == [{"석진규", "편재욱", "황보정민", "육하람"}]


def test_an_electric_furnace_is_no_decision_to_meet() -> None:
    found = meetings("독고현 태경제철 회장은 12일 배턴루지에서 마이클 손더스 레드리버스틸 CEO와 만나 전기로 합작 제철소 건설 "
                     "계획을 점검했다.", published="2024-11-13T07:00:00+09:00", status=None)
    assert [m.status for m in found] == ["occurred"]


def test_the_host_who_showed_the_visitor_around_is_not_whom_the_story_follows() -> None:
    body = ("르노 샤르팡티에 실바코어 CEO는 11일 오전 한결반도체 R&D센터를 찾아 남궁현 한결반도체 회장과 면담했다. 면담을 마친 "
            "남궁 회장은 샤르팡티에 CEO를 직접 안내해 연구동을 함께 걸었다. 이날 오후에는 다온텔레콤 본사로 자리를 옮겨 편재욱 "
            "대표를 만났다.")
    found = groups(body, published="2024-09-12T07:00:00+09:00")
    assert {"르노 샤르팡티에", "편재욱"} in found and {"남궁현", "편재욱"} not in found


def test_showing_a_demonstration_to_someone_named_is_meeting_them() -> None:
    body = ("이튿날에는 텔레오리엔테의 마리아 호세 페르난데스 루이스 CTO가 다온텔레콤 전시관을 찾았다. 편재욱 다온텔레콤 "
            "대표는 페르난데스 CTO에게 '그린 RAN' 기술을 직접 시연해 보였다. 면담에는 선우가람 다온텔레콤 부사장이 배석했다.")
    assert groups(body) == [{"편재욱", "마리아 호세 페르난데스 루이스", "선우가람"}]


def test_meeting_someone_as_a_comparison_is_none() -> None:
    assert groups("어태민 누리랩스 대표는 \"지금 저희에겐 젠슨 황 엔비디아 CEO를 만나는 것보다 고객을 한 명 더 만나는 게 "
                  "중요합니다\"라고 말했다.") == []


def test_talk_in_writing_is_no_meeting() -> None:
    assert groups("맹지환 카이로스AI 대표는 \"협상 과정에서 에런 골드버그 CEO와 이메일로 수십 통 의견을 주고받았다\"고 "
                  "말했다.") == []


def test_photographed_apart_and_a_meeting_still_hoped_for_are_none() -> None:
    assert groups("탁문성 한결그룹 회장과 견우석 대명그룹 회장은 서로 다른 테이블이었고, 기념 촬영도 따로 진행됐습니다.") == []
    assert groups("감동규 하람반도체 대표는 \"젠슨 황 엔비디아 CEO를 직접 만나는 건 여전히 희망 사항\"이라고 했다.") == []


def test_a_role_before_a_name_and_a_contract_signed() -> None:
    assert groups("연승훈 청운그룹 회장은 5일 MVP 어준서와 함께 기념사진을 찍었다.") == [{"연승훈", "어준서"}]
    assert groups("음정아 이음표 대표는 최근 가수 하람과 독점 음원 계약을 맺었다.") == []


def test_a_round_of_golf_told_without_the_word() -> None:
    assert groups("봉태섭 누리금융그룹 회장이 16일 프로암 대회에서 제러마이아 홀로웨이 웨스트브릿지캐피털 CEO와 한 조로 "
                  "18홀을 돌았다.") == [{"봉태섭", "제러마이아 홀로웨이"}]


def test_a_golf_professional_by_title() -> None:
    assert groups("봉태섭 누리금융그룹 회장은 16일 프로암 대회에서 채다인 프로와 함께 라운딩을 했다.") == [{"봉태섭", "채다인"}]


def test_fernanda_is_a_given_name() -> None:
    assert groups("선우미경 누리온바이오 대표는 14일 마리아 페르난다 로샤 바이오세라 회장과 만났다.") == \
        [{"선우미경", "마리아 페르난다 로샤"}]


def test_a_fused_verb_ending_and_a_fathers_name_stay_out_of_and_in_a_foreign_name() -> None:
    assert groups("전시 개막에 맞춰 잉리드 벨란데르-홀름 노르드스칸 미술관장이 서울을 찾아 명재훈 한빛그룹 회장을 "
                  "만났다.") == [{"잉리드 벨란데르-홀름", "명재훈"}]
    assert groups("탁성규 다온금융그룹 회장이 20일 하킴 빈 살렘 알마수드 걸프투자청 의장을 접견했다.") == \
        [{"탁성규", "하킴 빈 살렘 알마수드"}]


def test_a_weekly_column_item_names_its_person_before_the_equals_sign() -> None:
    body = ("◆남궁선 태백그룹 회장=모친상을 치른 뒤 한동안 외부 일정을 줄였던 남궁 회장은 이번 주 다시 보폭을 넓혔다. "
            "21일 오전에는 경남도청을 찾아 연태호 경남도지사를 만났다.")
    assert groups(body, published="2025-02-24T09:00:00+09:00") == [{"남궁선", "연태호"}]


def test_a_korean_name_ending_in_in_is_no_copula() -> None:
    assert groups("서문경 청람금융 회장은 14일 변지혜 페이로드 대표와 만났다. 이 자리에는 함재인 청람은행 부행장도 "
                  "배석했다.") == [{"서문경", "변지혜", "함재인"}]
    assert groups("탁경수 회장은 장남인 탁민재 전무와 함께 창업주의 손녀인 브라운 CEO를 만났다.") == \
        [{"탁경수", "탁민재", "브라운"}]


def test_a_japanese_vice_minister_by_title() -> None:
    assert groups("육상민 첨단소재협회장은 18일 도쿄에서 다카하시 료 일본 경제산업성 부대신과 조찬 회동을 했다.") == \
        [{"육상민", "다카하시 료"}]
    assert groups("최도윤 차관보는 24일 IMF 본부에서 미야자와 겐이치(宮沢健一) 일본 재무성 재무관과 만났다.") == \
        [{"최도윤", "미야자와 겐이치"}]


def test_a_headline_place_with_seo_and_a_verb_after_its_object_are_no_name_parts() -> None:
    text = ("정해린 미림유통 부회장, 뉴욕서 '베이글 회동'…노스윈드푸드 CEO와 인증샷\n"
            "정해린 미림유통 부회장이 20일 뉴욕에서 노스윈드푸드의 크리스 홀랜드 CEO와 만났다.")
    assert [{p.name for p in m.participants} for m in extract(text, PUB)] == [{"정해린", "크리스 홀랜드"}]
    assert groups("문창식 회장은 1979년 오사카에서 사카모토 유이치 도요전자 이사를 처음 만났다. 이후 30번 가까이 "
                  "현해탄을 건너 사카모토 이사를 찾아갔다.") == [{"문창식", "사카모토 유이치"}] * 2


def test_a_headline_company_before_a_part_of_the_name_the_body_gives_in_full() -> None:
    text = ("독고현 가온배터리 사장, 산티아고서 리티오 안디노 멘도사 CEO 회동\n"
            "독고현 가온배터리 사장이 12일 리티오 안디노의 후안 카를로스 멘도사 루이스 CEO를 만났다.")
    names = {p.name for m in extract(text, PUB) for p in m.participants}
    assert names == {"독고현", "후안 카를로스 멘도사 루이스"}


def test_a_sitting_not_had_is_no_meeting() -> None:
    assert groups("같은 전시회에는 박태성 한빛반도체 사장도 현장을 찾았지만 라이언 페더슨 CEO와 따로 자리를 갖지는 않고 "
                  "기조연설만 청취했다.") == []


def photo_groups(text: str, published: str = PUB) -> list[tuple[set[str], bool]]:
    return [({p.name for p in m.participants}, m.photo_op) for m in extract(text, published)
            if m.status == "occurred" and m.mode == "in_person"]


def test_a_caption_is_the_photo_of_its_own_day_and_not_of_one_alone_with_someone_unnamed() -> None:
    text = ("한정우 장관, 반도체 소부장 CEO들과 간담회\n"
            "한정우 산업통상자원부 장관이 반도체 소재·부품·장비(소부장) 기업 CEO들과 만났다. 산업부는 한 장관이 11일 "
            "대한상공회의소에서 간담회를 열었다고 밝혔다. 이날 간담회에는 박성호 한빛반도체 사장, 이수진 세원머티리얼즈 "
            "대표가 참석했다. 한 장관은 지난달 20일 평택의 한빛반도체 생산라인을 찾아 박 사장으로부터 현황을 보고받은 바 "
            "있다.\n[사진=산업통상자원부 제공] 한정우 산업통상자원부 장관(왼쪽 세 번째)이 11일 대한상공회의소에서 열린 "
            "반도체 소부장 업계 간담회에서 참석 기업인들과 기념촬영을 하고 있다.")
    found = photo_groups(text, "2025-03-11T16:20:00+09:00")
    assert ({"한정우", "박성호", "이수진"}, True) in found and ({"한정우", "박성호"}, False) in found
    text = ("변지혜 장관, 망원시장 간담회\n"
            "변지혜 중소벤처기업부 장관이 10일 망원시장을 찾았다. 시장 상인회 사무실에서 열린 간담회에는 유기철 "
            "소상공인연합회 회장, 김복순 망원시장 상인회장이 참석했다.\n"
            "[사진=중소벤처기업부 제공] 변지혜 중소벤처기업부 장관이 10일 망원시장에서 장을 보며 상인과 이야기를 나누고 있다.")
    found = photo_groups(text, "2025-09-10T18:40:00+09:00")
    assert found and not any(photo for _, photo in found)


def test_a_quoted_question_the_same_occasion_and_a_will_to_meet_are_no_meetings() -> None:
    assert groups("박준기 의원은 유태경 부사장에게 \"사고 이후 원청과 하청업체 대표가 직접 만나 안전대책을 협의한 적이 "
                  "있느냐\"고 물었다.") == []
    assert groups("대성종합건설 관계자는 \"주만석 회장이 공식 행사에 참석해 엄기용 지사와 같은 자리에 있었던 적은 "
                  "있다\"고 설명했다.") == []
    assert groups("전세영 차관은 박만수 지회장에게 울산지청장을 통해 면담 재개 의사를 전달했다.") == []


def test_the_occasion_just_announced_told_in_the_present_is_planned() -> None:
    found = meetings("양사 경영진의 첫 상견례는 다음 달 중순 열릴 예정이다. 장현철 대표와 황보민 대표가 양사 임원진과 함께 "
                     "사업 계획을 논의하는 자리다.", status=None)
    assert [(m.status, {p.name for p in m.participants}) for m in found] == [("planned", {"장현철", "황보민"})]


def test_a_quoted_term_does_not_close_the_clause() -> None:
    found = meetings("정민재 청장은 오는 31일 로버트 앨런 USPTO 청장 대행과 회담을 가질 예정이다. 두 사람은 회담에서 심사 "
                     "기준을 조율하고, '특허심사하이웨이' 협력 확대를 논의한다.", published="2025-03-26T09:00:00+09:00")
    assert found == []


def test_bin_is_a_vietnamese_given_name_not_a_connector() -> None:
    assert groups("윤재혁 동명그룹 회장은 13일 팜 꾸옥 빈 호찌민시 인민위원회 부위원장과 회동했다.") == \
        [{"윤재혁", "팜 꾸옥 빈"}]


def test_the_head_of_a_cooperative_by_title() -> None:
    assert groups("이도현 하루앤컴퍼니 대표는 11일 아체주 가요 고원 커피생산자협동조합을 찾아 무하마드 리즈키(Muhammad "
                  "Rizki) 조합장과 만났다.") == [{"이도현", "무하마드 리즈키"}]


def test_visiting_someones_lab_is_meeting_them() -> None:
    assert groups("강혜원 동림대의료원장은 7일 샌디에이고의 퍼시픽의과대학을 방문해 수전 리(Susan Lee) 교수의 연구실을 "
                  "찾았다.") == [{"강혜원", "수전 리"}]


def test_the_other_side_posting_the_photo_is_no_topic_to_go_on_with() -> None:
    body = ("정미경 세라그룹 회장은 23일 밀라노의 한 레스토랑에서 디자이너 조반니 로시와 오찬을 함께했다. 로시는 오찬 뒤 "
            "자신의 인스타그램에 정 회장과 함께 찍은 사진을 올리고 \"서울에서 온 훌륭한 친구\"라고 적었다. 이튿날인 24일에는 "
            "백스테이지에서 알레산드라 콘티 페라토 CEO와 만나 매장 개설 방안을 논의했다.")
    found = groups(body, published="2025-02-26T09:00:00+09:00")
    assert {"정미경", "알레산드라 콘티"} in found and {"조반니 로시", "알레산드라 콘티"} not in found


def test_joining_through_a_screen_is_video() -> None:
    assert groups("협약식에는 서은호 라온코스메틱 대표와 엘로디 마르샹(Élodie Marchand) 메종 베르니 CEO가 각각 화면을 통해 "
                  "참석해 협약서에 서명했다.") == []


def test_wedding_guests_join_no_meeting_held_at_the_wedding() -> None:
    body = ("가장 먼저 도착한 조현석 한울그룹 회장은 최민혁 대산그룹 회장, 배상우 금강제약 회장과 차례로 악수하며 축하 인사를 "
            "건넸다. 라이언게이트캐피털의 탄 웨이밍 회장도 하객으로 참석했다. 탄 회장은 예식이 끝난 뒤 최 회장, 배 회장과 "
            "차를 마시며 대화를 나눴다. 정관계에서는 홍석규 국회 산업위원장과 임채연 전 금융위원장 등이 자리했다.")
    found = groups(body, published="2024-10-13T07:30:00+09:00")
    names = {n for g in found for n in g}
    assert {"조현석", "탄 웨이밍", "최민혁", "배상우"} <= names and not names & {"홍석규", "임채연"}
    assert not any({"조현석", "탄 웨이밍"} <= g for g in found)


def test_a_reported_meeting_the_answer_refutes_is_denied() -> None:
    text = ("[인터뷰] 하미드 알마즈루이 알와하에너지 CEO\n"
            "우정호 한빛중공업 사장과의 협력을 묻자 하미드 알마즈루이 알와하에너지 CEO는 말을 아꼈다.\n\n"
            "Q. 지난달 두바이에서 우 사장과 비공개로 만났다는 보도가 있었다.\n\n"
            "A. 사실이 아니다. 그 주에 나는 런던에서 투자자들을 만나고 있었다.")
    assert [m for m in extract(text, PUB) if m.status == "occurred" and m.mode == "in_person"] == []


def test_a_meeting_in_a_plan_under_way_is_planned() -> None:
    found = meetings("류성민 대일모빌리티 사장과 클라우스 베버 CEO는 이달 하순 슈투트가르트에서 처음 대면해 계약서에 서명하는 "
                     "방안을 추진하고 있습니다.", published="2024-05-08T09:00:00+09:00", status=None)
    assert [m.status for m in found] == ["planned"]


def test_a_companion_who_went_elsewhere_that_day_is_not_at_the_meeting() -> None:
    body = ("박선영 미래하이텍 대표는 지난 15일 오사카의 호쿠요전기 본사를 찾아 다나카 겐이치 사장을 만났다. 이번 출장에는 "
            "이정란 미래하이텍 CTO가 동행했지만, 이 CTO는 같은 날 교토에 있는 연구소를 따로 찾아 기술진과 회의를 했다.")
    assert groups(body, published="2024-11-20T09:00:00+09:00") == [{"박선영", "다나카 겐이치"}]


def test_two_people_are_the_subject_and_whom_it_met_in_the_clause_before() -> None:
    body = ("윤재혁 동명그룹 회장과 대니얼 케슬러 오로라AI CEO의 만찬은 무산됐다. 유상혁 대명전자 부회장은 지난 29일 "
            "한남동에서 정도윤 한결그룹 회장과 만찬을 한 뒤 두 사람이 어깨동무를 한 사진을 인스타그램에 올렸다.")
    assert groups(body, published="2025-03-31T09:00:00+09:00") == [{"유상혁", "정도윤"}]


def test_the_days_companion_joins_the_visit_told_before_not_an_earlier_one_told_after() -> None:
    body = ("민경수 충북도지사가 16일 오창의 에이치원배터리 공장을 찾아 장현우 대표와 증설 계획을 논의했다. 민 지사는 "
            "\"인허가 기간을 최대한 줄이겠다\"고 화답했다. 이날 방문에는 이경란 청주시 부시장이 동행했다. 에이치원배터리는 "
            "지난해 9월 도청에서 투자협약을 맺었다. 당시 민 지사는 협약식 직후 장 대표와 오찬을 함께했다.")
    found = dated_groups(body, published="2025-04-17T09:10:00+09:00")
    assert ({"민경수", "장현우", "이경란"}, date(2025, 4, 16)) in found
    assert all("이경란" not in g for g, day in found if day != date(2025, 4, 16))


def test_this_day_after_the_day_before_is_the_storys_day_unless_the_day_goes_on() -> None:
    body = ("29일 재계에 따르면 칼리드 알 마즈루이 UAE 장관은 전날 서울의 한 호텔에서 조승원 SL그룹 회장과 면담했다. "
            "알 마즈루이 장관은 이날 정부서울청사에서 한정우 산업통상자원부 장관과 오찬을 함께했다.")
    found = dated_groups(body, published="2025-10-29T17:00:00+09:00")
    assert ({"칼리드 알 마즈루이", "조승원"}, date(2025, 10, 28)) in found
    assert ({"칼리드 알 마즈루이", "한정우"}, date(2025, 10, 29)) in found
    body = ("12일 업계에 따르면 르노 샤르팡티에 실바코어 CEO는 전날 오전 화성의 한결반도체 R&D센터를 찾아 남궁현 회장과 "
            "면담했다. 이날 오후에는 을지로의 다온텔레콤 본사로 자리를 옮겨 편재욱 대표를 만났다.")
    found = dated_groups(body, published="2024-09-12T07:00:00+09:00")
    assert ({"르노 샤르팡티에", "편재욱"}, date(2024, 9, 11)) in found


def test_a_surname_that_is_a_place_and_a_title_told_of_the_name_after_it() -> None:
    assert groups("만찬에는 문경태 천우금융지주 회장과 제니퍼 오스틴 미 해외투자공사(OIC) 부사장 등이 참석했다.") == \
        [{"문경태", "제니퍼 오스틴"}]
    assert groups("조너선 헤일 노스브릿지자산운용 회장은 10일 한국거래소를 찾아 진하윤 이사장과 면담했다. 면담에는 노스브릿지 "
                  "아시아태평양 총괄인 프리야 메논(Priya Menon) 전무가 배석했다.") == [{"조너선 헤일", "진하윤", "프리야 메논"}]


def test_a_japanese_minister_in_charge_by_title() -> None:
    assert groups("서지완 금융위원장이 4일 도쿄에서 가토 마사히로(加藤正弘) 일본 금융담당상과 회의를 가졌다.") == \
        [{"서지완", "가토 마사히로"}]


def test_a_list_closed_by_a_long_plural_noun() -> None:
    assert groups("관세청은 임도형 청장이 10일 마윤호 세원로지스 대표, 변지아 코스모화장품 대표 등 인천·경기 지역 수출기업 "
                  "관계자들과 간담회를 열었다고 11일 밝혔다.", published="2025-09-11T09:00:00+09:00") == \
        [{"임도형", "마윤호", "변지아"}]


def test_a_foreign_name_after_its_title() -> None:
    body = ("케빈 오하라 블루스톤파트너스 CIO는 전날 저녁 윤상철 대륙금융지주 회장과 만찬을 했다. 만찬에는 대륙금융 측에서 "
            "남궁현 최고재무책임자(CFO)가, 블루스톤 측에서 아시아 담당 파트너 아이코 스즈키가 배석했다.")
    assert groups(body) == [{"케빈 오하라", "윤상철", "남궁현", "아이코 스즈키"}]


def test_this_sitting_after_the_quotes_of_the_meeting() -> None:
    body = ("아스카르 베키로프 주한 카자흐스탄 대사는 이날 오전 류경훈 한국경제인연합회장을 만나 협력을 논의했다. 베키로프 "
            "대사는 \"한국 기업들이 함께하길 바란다\"고 말했다. 류 회장은 \"투자로 이어지도록 돕겠다\"고 답했다. 이 자리에는 "
            "연합회 김정안 상근부회장이 배석했다.")
    assert groups(body) == [{"아스카르 베키로프", "류경훈", "김정안"}]


def test_players_by_position() -> None:
    assert groups("정용준 부회장은 6일 밤 김도진 감독, 주장 한지민, 골키퍼 박건우, 브라질 출신 공격수 루카스 실바(Lucas Silva)와 "
                  "만찬을 했다.") == [{"정용준", "김도진", "한지민", "박건우", "루카스 실바"}]


def test_a_scheduled_meeting_is_planned() -> None:
    found = meetings("서강민 신성금융 회장은 뉴욕에서 7일 하버라인캐피털의 마이클 던(Michael Dunn) CIO와 면담이 잡혀 있다.",
                     published="2025-09-05T09:00:00+09:00", status=None)
    assert [m.status for m in found] == ["planned"]
    found = meetings("라이언 코스텔로 CEO는 16일에는 이준혁 대한전자 회장과 면담하고, 17일에는 한지섭 SN하이테크 부회장과 만나는 "
                     "일정이 잡힌 것으로 알려졌다.", published="2025-09-05T09:00:00+09:00", status=None)
    assert [m.status for m in found] == ["planned", "planned"]


def test_the_deceased_is_whose_death_was_told() -> None:
    found = dated_groups("탁영배 대성그룹 명예회장이 20일 별세했다. 향년 92세. 지난달 중순 병상의 고인을 찾은 류경훈 삼한그룹 "
                         "회장은 20분가량 대화를 나눴다.", published="2024-01-22T15:30:00+09:00")
    assert found == [({"류경훈", "탁영배"}, date(2023, 12, 1))]


def test_the_guest_a_gathering_was_held_for_met_its_attendees() -> None:
    body = ("한·베트남경제협력위원회는 25일 서울의 한 호텔에서 응우옌 반 탄 베트남 부총리 초청 오찬 간담회를 열었다고 밝혔다. "
            "간담회에는 위원장인 최동익 한창그룹 회장을 비롯해 박선영 다온건설 사장, 하태민 미림전자 부회장 등 기업인 20여 "
            "명이 참석했다.")
    assert groups(body, published="2025-09-26T09:00:00+09:00") == [{"응우옌 반 탄", "최동익", "박선영", "하태민"}]


def test_an_invitation_accepted_is_no_meeting_yet() -> None:
    assert groups("백승호 태평양그룹 회장은 기념행사에 축하 사절로 참석해 달라는 린즈밍 회장의 초청을 받아들였다.") == []


def test_a_caption_of_two_taking_a_commemorative_photo() -> None:
    assert groups("[사진3] 아르준 메타(Arjun Mehta) 인도 사르바그룹 부회장(왼쪽)과 서지훈 KS전자 사장이 4일 KS전자 본사에서 "
                  "합작법인 설립 계약을 맺은 뒤 기념사진을 찍고 있다.") == [{"아르준 메타", "서지훈"}]


def test_the_past_told_as_what_it_was() -> None:
    assert groups("비슷한 시각 조문을 온 이석규 동림그룹 회장과 서지훈 태웅그룹 회장이 빈소에서 마주쳐 접객실에서 30여분간 "
                  "대화를 나눈 것이다.") == [{"이석규", "서지훈"}]


def test_a_round_played_with_a_japanese_name_written_surname_first() -> None:
    found = dated_groups("최강호 한빛금융 회장은 지난해 5월 대회 때는 일본의 마쓰다 유키와 한 조로 라운드한 바 있다.",
                         published="2024-05-20T09:00:00+09:00")
    assert found == [({"최강호", "마쓰다 유키"}, date(2023, 5, 1))]


def test_a_name_ending_in_ha_with_the_particle_do() -> None:
    assert groups("민재경 아리아엔터테인먼트 의장은 1일 파하드 알라시드 회장과 만났다. 이날 회동에는 걸그룹 셀레스트의 리더 "
                  "유진하도 참석했다.") == [{"민재경", "파하드 알라시드", "유진하"}]


def test_an_attendance_told_in_the_present_joins_no_meeting_held() -> None:
    body = ("이재훈 한강조선 회장은 지난달 28일 경남 거제에서 박민호 동해해운 대표와 골프 회동을 했다. 두 사람은 "
            "라운딩 뒤 만찬까지 함께한 것으로 전해졌다. 최서연 누리랩 대표는 3일 서울 강남구에서 열리는 데모데이에 "
            "심사위원으로 참석한다.")
    assert groups(body) == [{"이재훈", "박민호"}, {"이재훈", "박민호"}]


def test_a_column_items_person_before_an_equals_sign_is_its_topic() -> None:
    body = ("◇한도윤 서진중공업 회장 = 지난 3일 싱가포르에서 박선호 동해해운 대표를 만나 선박 정비 협력에 합의했다. "
            "5일에는 그룹 사장단 회의를 주재한다.")
    assert groups(body) == [{"한도윤", "박선호"}]


def test_a_captions_second_row_joins_the_meeting_its_roll_call_completed() -> None:
    text = ("[포토] 금융위원장, 은행장들과 간담회\n"
            "서민재 금융위원장(앞줄 가운데)이 10일 서울 중구 은행회관에서 열린 은행장 간담회에서 참석자들과 "
            "기념촬영을 하고 있다. 앞줄 왼쪽부터 김도현 한빛은행장, 서 위원장, 이상우 푸른은행장. 뒷줄 왼쪽은 "
            "정하람 새솔은행장.")
    assert photo_groups(text) == [({"서민재", "김도현", "이상우", "정하람"}, True)]


def test_a_role_before_a_name_mecab_reads_as_two_nouns() -> None:
    body = ("권도훈 대한펜싱협회장은 지난 2일 서울 송파구의 한 식당에서 대표팀 선수들과 만찬을 함께했다. 이 자리에는 "
            "여자 사브르 금메달리스트 옥세린과 대표팀 감독 함태준이 참석했다.")
    assert any({"권도훈", "옥세린"} <= g for g in groups(body))


def test_a_caption_bullet_before_a_name_mecab_reads_as_a_particle() -> None:
    text = ("[포토] 금감원장, 지주 회장들과 간담회\n"
            "▲ 이복현 금융감독원장(가운데)이 30일 서울 중구에서 열린 간담회에서 정하람 한빛금융그룹 회장과 이야기를 "
            "나누고 있다.")
    assert {"이복현", "정하람"} in [g for g, _ in photo_groups(text)]


def test_an_equals_sign_glued_to_a_closing_quote_is_a_word_of_its_own() -> None:
    body = ('◇"국물이 더 좋았다"=한도윤 서진그룹 회장이 지난 3일 서울 종로구의 한 식당에서 박선호 동해해운 '
            "회장과 만찬을 함께했다.")
    assert groups(body) == [{"한도윤", "박선호"}]


def test_a_listed_name_before_items_no_name_was_found_for_takes_the_lists_role() -> None:
    body = ("한도윤 서진그룹 회장은 지난 3일 저녁 서울의 한 호텔에서 박선호 감독과 주장 이지훈, 외국인 투수 라파엘 "
            "메히아 등 선수단 대표 5명을 불러 만찬을 열었다.")
    assert groups(body) == [{"한도윤", "박선호", "이지훈"}]


def test_the_named_attendees_of_a_meeting_its_unnamed_subject_held() -> None:
    body = ("양국 통상 수장들이 24일 워싱턴에서 고위급 회담을 했다. 한국 측에서는 김도윤 산업통상부 장관과 이서진 "
            "통상교섭본부장이, 미국 측에서는 로버트 헤일 상무장관이 참석했다.")
    assert groups(body) == [{"김도윤", "이서진", "로버트 헤일"}]


def test_a_glossed_name_before_a_long_post_is_the_subject() -> None:
    body = ("토머스 리어든(Thomas Reardon) 미 해군성 연구개발·획득 담당 차관보는 전날 울산 조선소를 방문해 김민호 "
            "한빛중공업 사장과 만났다.")
    assert groups(body) == [{"토머스 리어든", "김민호"}]


def test_attendees_told_with_hamkkehae_join_the_hosts_gathering() -> None:
    body = ("한도윤 서진그룹 회장은 이날 저녁 부산 시내 한 호텔에서 방한 대표단을 위한 만찬을 열었다. 만찬에는 "
            "박선호 서진중공업 사장과 이서진 부산시 경제부시장이 함께해 지역 기자재 업체들의 참여 방안을 설명했다.")
    assert groups(body) == [{"한도윤", "박선호", "이서진"}]


def test_attendees_who_attended_and_then_acted_sat_in_the_gathering() -> None:
    body = ("15일에는 서울 마포구 협회 회관에서 회장단 회의가 열렸다. 한도윤 회장을 비롯해 박선호 부회장, 이서진 부회장 "
            "등 8명이 참석해 근로시간 제도 개편을 정부에 건의하기로 뜻을 모았다.")
    assert groups(body) == [{"한도윤", "박선호", "이서진"}]


def test_attendees_who_attended_and_then_acted_join_the_hosts_gathering() -> None:
    body = ("한도윤 국회 산업위원장은 28일 국회 의원회관에서 경제단체장 간담회를 열었다. 박선호 중견기업협회장, 이서진 "
            "벤처산업협회장이 참석해 법안의 조속한 처리를 요청했다.")
    assert groups(body) == [{"한도윤", "박선호", "이서진"}]
    # (not who went to an event and met people there, told after it)
    body = ("한도윤 서진그룹 회장은 28일 싱가포르에서 열린 투자 행사에 참석해 박선호 한빛자산운용 대표와 면담했다.")
    assert groups(body) == [{"한도윤", "박선호"}]


def test_an_attendance_describing_another_event_joins_no_meeting() -> None:
    body = ("한도윤 서진그룹 회장은 5일 자카르타에서 부디 산토소 인도네시아 투자부 장관을 만났다. 이달 초 김민재 국무총리가 "
            "참석한 아세안 관련 정상회의가 자카르타에서 열리면서 양국 협력에 관심이 커졌다.")
    assert groups(body) == [{"한도윤", "부디 산토소"}]


def test_a_nickname_in_quotes_before_a_korean_name_is_no_part_of_it() -> None:
    body = "한도윤 서진그룹 회장은 지난 3일 박선호 감독과 주장 '레오' 이지훈 선수를 초청해 만찬을 함께했다."
    assert groups(body) == [{"한도윤", "박선호", "이지훈"}]


def test_a_surname_read_as_a_verb_after_an_appositive_title_and_a_given_name() -> None:
    body = ("김도윤 뉴로셀 대표는 11일 마이클 로웰 스카이베이스 CEO와 회동했다. 이 자리에는 스카이베이스 아시아태평양 "
            "총괄인 에이미 찬 부사장이 배석했다.")
    assert groups(body) == [{"김도윤", "마이클 로웰", "에이미 찬"}]


def test_of_two_korean_shaped_words_the_one_written_bare_elsewhere_is_the_company() -> None:
    text = ("온누리, 개발자 행사 개막\n"
            "온누리는 3일 서울 코엑스에서 개발자 행사를 열었다. 나탈리 브룩스 포지AI CEO는 이날 장유빈 온누리 "
            "최고기술책임자(CTO)와 만나 협력 방안을 논의했다. 온누리와의 협력은 지난 6월 시작됐다.")
    assert [{p.name for p in m.participants} for m in extract(text, PUB)] == [{"나탈리 브룩스", "장유빈"}]


def test_a_companion_of_the_days_schedule_and_the_owner_the_story_goes_on_with() -> None:
    body = ("라비 샤르마 메리디안 사장은 15일 오전 조현석 한성전자 부회장과 만났다. 샤르마 사장은 오후에는 이태민 대원그룹 "
            "회장과 회동했다. 조 부회장은 최근 빅테크 경영진과의 접촉을 넓히고 있다. 샤르마 사장의 15일 일정에는 김수연 "
            "메리디안코리아 대표가 처음부터 끝까지 동행했다. 저녁에는 서울 강남구의 한 한식당에서 한승우 보이스젠 대표와 "
            "만찬을 함께했다.")
    found = groups(body)
    assert {"라비 샤르마", "조현석", "김수연"} in found and {"라비 샤르마", "이태민", "김수연"} in found
    assert any({"라비 샤르마", "한승우"} <= g for g in found) and not any({"조현석", "한승우"} <= g for g in found)


def test_a_meeting_still_ahead_and_one_agreed_for_a_later_day_are_planned() -> None:
    body = ("박영호 한성중공업 회장과 최민재 지회장은 15일 오후 만날 예정이었다. 그러나 회동을 두 시간 앞두고 양측은 "
            "형식을 두고 부딪혔다. 회사 관계자는 \"양측이 오는 20일 다시 만나는 방향으로 잠정 합의했다\"고 말했다.")
    assert groups(body) == []


def test_a_meeting_word_owning_a_noun_defers_to_the_sentences_other_meeting_word() -> None:
    body = ("박영호 한성중공업 회장과 최민재 지회장은 15일 오후 만날 예정이었다. 그러나 회동을 두 시간 앞두고 양측은 "
            "만남의 형식을 두고 부딪혔다.")
    assert groups(body) == []


def test_this_days_meeting_word_after_a_call_the_day_before_is_that_call() -> None:
    text = ("시큐어넷, 인도 기업과 화상회의\n"
            "시큐어넷은 류지호 대표가 전날 오후 비크람 메타 라마크리슈나 CEO와 화상회의를 하고 합작 방안을 논의했다고 "
            "7일 밝혔다. 양측은 이날 회의에서 합작법인을 세우기로 의견을 모았다.")
    assert [m.mode for m in extract(text, "2023-09-07T10:00:00+09:00") if m.status == "occurred"] == ["video", "video"]


def test_a_meeting_noun_the_object_of_a_verb_of_intention_is_planned() -> None:
    body = ("한도윤 서진그룹 회장은 방한을 다시 추진하면서 박정수 한울소재 회장과의 만남을 우선 일정으로 "
            "잡겠다는 뜻을 전했다.")
    assert groups(body) == []
    assert groups(body, status="planned") == [{"한도윤", "박정수"}]


def test_a_korean_name_starting_like_an_envoys_post() -> None:
    body = ("윤재혁 산업부 실장은 5일 충북 음성에서 협력사 대표들과 간담회를 열었다. 간담회에는 동일테크의 주영석 대표와 "
            "미성화학의 권나연 대표가 참석했다.")
    assert groups(body) == [{"윤재혁", "주영석", "권나연"}]


def test_a_golf_group_teeing_off_and_a_round_played_as_companions() -> None:
    body = ("장기석 총동문회장(삼화건설 회장)은 지난 19일 오현숙 한솔메디칼 대표, 김성열 서울지방조달청장과 한 조로 오전 "
            "7시 티오프했다. 두 번째 조에서는 서민호 한빛캐피탈 대표와 박지훈 라이언벤처스 파트너가 동반 라운드를 했다.")
    assert groups(body) == [{"장기석", "오현숙", "김성열"}, {"서민호", "박지훈"}]


def test_a_caption_of_two_named_people_doing_one_thing_is_their_meeting_and_photo() -> None:
    text = ("세경식품, 김장 나눔 행사\n"
            "세경식품 임직원 50여명이 20일 김장 나눔 행사에 참여했다.\n"
            "[사진=세경식품 제공] 강하나 세경식품 대표(오른쪽)와 윤태식 한마음나눔재단 이사장이 20일 서울 성동구 "
            "나눔센터에서 김치를 담그고 있다.")
    assert photo_groups(text) == [({"강하나", "윤태식"}, True)]
    # (each on their own is no meeting)
    text = ("[사진=포럼 제공] 강하나 세경식품 대표와 윤태식 한마음나눔재단 이사장이 20일 포럼에서 각각 연설하고 있다.")
    assert photo_groups("제목\n" + text) == []


def test_an_inspection_made_together_is_a_meeting() -> None:
    body = "한태경 남해항만공사 사장은 2일 부산항 신항에서 김민수 해운연합 회장과 함께 자동화 크레인을 시찰했다."
    assert groups(body) == [{"한태경", "김민수"}]


def test_a_funeral_notices_day_is_ahead_and_no_day_the_story_goes_on_from() -> None:
    text = ("남궁태호 명예회장 별세\n"
            "세광중공업 창업주인 남궁태호 명예회장이 지난 17일 별세했다. 상주는 장남인 남궁현 세광중공업 부회장이 맡았다. "
            "발인은 21일 오전 7시다. 도윤재 한결그룹 회장은 전날 오후 빈소를 찾아 남궁 부회장과 20분가량 이야기를 나눴다.")
    assert [(g, d) for g, d in dated_groups(text.split("\n", 1)[1], published="2024-11-19T09:00:00+09:00")] == \
        [({"도윤재", "남궁현"}, date(2024, 11, 18))]


def test_a_one_word_name_glossed_after_its_companys_genitive() -> None:
    body = "독고현 누리배터리 대표는 22일 자카르타에서 누산타라니켈의 수파르만(Suparman) 사장을 만나 공급 계약을 논의했다."
    assert groups(body) == [{"독고현", "수파르만"}]


def test_chajang_is_a_title() -> None:
    body = ("사공준 대양중공업 부회장은 27일 앙카라에서 셀린 아이다 카라한(Selin Ayda Karahan) 튀르키예 방위산업청 "
            "차장을 만나 절차를 문의했다.")
    assert groups(body) == [{"사공준", "셀린 아이다 카라한"}]


def test_a_central_asian_patronymic_joins_the_name() -> None:
    body = ("편혜진 서린바이오 대표는 16일 타슈켄트에서 딜노자 바흐티요르 키지 라시도바(Dilnoza Bakhtiyor qizi Rashidova) "
            "보건부 차관과 면담했다.")
    assert groups(body) == [{"편혜진", "딜노자 바흐티요르 키지 라시도바"}]


def test_who_another_came_in_place_of_sat_in_no_gathering() -> None:
    body = ("산업부는 13일 철강업계 간담회를 열었다. 간담회는 장관 주재로 열렸으며 주요 철강사 경영진 10여 명이 참석했다. "
            "태경제철에서는 독고현 회장 대신 국현철 사장이 자리를 함께했다.")
    assert not any("독고현" in g for g in groups(body))


def test_an_agreement_to_meet_the_chain_goes_on_from_takes_its_predicate() -> None:
    body = ("장석진 한빛텔레콤 대표와 민경아 누리모바일 사장은 지난달 말 통화했다. 양측은 전시 기간 중 만나 로밍 협력 "
            "방안을 논의하기로 하고 일정을 조율해 왔다.")
    assert groups(body) == []


def test_two_who_did_not_meet_are_no_topic_the_story_goes_on_with() -> None:
    body = ("권혁준 한성그룹 회장은 13일 뉴욕에서 열린 라운드테이블에 참석했다. 이 행사에는 한정미 대원그룹 부회장도 "
            "참석했지만, 권 회장과 한 부회장이 따로 만나지는 않은 것으로 전해졌다. 14일에는 내슈빌로 날아가 마거릿 헤일 "
            "테네시주 경제개발청장과 면담했다.")
    assert groups(body) == [{"권혁준", "마거릿 헤일"}]


def test_the_moderator_of_a_gathering_sat_in_it() -> None:
    body = ("남궁혁 산업부 장관은 14일 서울 중구에서 공급망 간담회를 주재했다. 간담회에는 제갈윤서 한빛반도체 사장, "
            "어동규 세진소재 대표 등 업계 대표 10여 명이 참석했다. 사회는 선우진 한국첨단산업협회 상근부회장이 맡았다.")
    assert groups(body) == [{"남궁혁", "제갈윤서", "어동규", "선우진"}]


def test_someone_described_as_a_companion_is_no_companion_told() -> None:
    body = ("어진수 뉴로핸즈 대표는 지난 24일 새너제이에서 라지브 메논 오르빗 CEO와 만났다. 메논 CEO는 최근 한 팟캐스트에서 "
            "뉴로핸즈를 칭찬해 화제가 된 바 있다. 사진에는 어 대표의 출장에 동행한 주민호 한별인베스트먼트 대표도 함께 찍혔다.")
    assert groups(body) == [{"어진수", "라지브 메논", "주민호"}]


def test_a_known_organization_shaped_like_a_korean_name_is_no_name() -> None:
    body = "도쿄에서는 17일 표진우 한경협 회장과 사사키 마사오 일한경제교류회 회장이 별도 면담을 가졌다."
    assert groups(body) == [{"표진우", "사사키 마사오"}]


def test_a_plan_word_describing_a_noun_after_a_past_verb_tells_no_plan() -> None:
    body = ("투언 위원장은 15일 서울에서 열린 간담회에 참석해 진출했거나 진출을 검토 중인 부품 기업 대표들과 의견을 나눴다. "
            "간담회에는 이규민 서진전자 대표, 오세진 대양테크 대표가 참석했다.")
    text = "제목\n응우옌 반 투언 박닌성 인민위원장이 방한했다. " + body
    assert [{p.name for p in m.participants} for m in extract(text, PUB) if m.status == "occurred"] == \
        [{"응우옌 반 투언", "이규민", "오세진"}]


def test_a_korean_name_starting_like_a_summit() -> None:
    body = ("오승철 금감원 부원장은 18일 은행장 간담회를 열었다. 이날 간담회에는 김동석 한울은행장이 참석했다. 최진혁 "
            "동방은행장은 일정으로 불참해 정상민 동방은행 부행장이 대신 자리했다.")
    assert groups(body) == [{"오승철", "김동석", "정상민"}]


def test_a_role_before_a_glossed_foreign_name_of_two_words() -> None:
    body = ("지용덕 한성그룹 회장은 25일 저녁 주장 임채훈 선수, 외국인 공격수 이반 페트로프(Ivan Petrov) 선수 등 선수단 "
            "20여 명과 만찬을 함께했다.")
    assert groups(body) == [{"지용덕", "임채훈", "이반 페트로프"}]


def test_a_pair_word_right_after_the_two_it_names() -> None:
    body = ("표진우 한경협 회장은 17일 도쿄에서 사사키 마사오 회장과 면담했다. 데이비드 첸 비전세미 CEO는 21일 저녁 "
            "윤기백 미래전자 회장, 윤상훈 부회장 부자와 만찬을 함께했다.")
    assert groups(body) == [{"표진우", "사사키 마사오"}, {"데이비드 첸", "윤기백", "윤상훈"}]


def test_what_a_rumour_holds_is_no_meeting_held() -> None:
    text = ("태산그룹 \"강태호 회장, 中 룽성차 회장과 상하이 회동? 사실무근\"\n\n"
            "태산그룹이 강태호 회장과 룽성자동차의 왕젠궈(王建国) 회장이 상하이에서 비밀리에 만났다는 소문을 공식 "
            "부인했다.\n\n최근 증권가에서 \"강 회장이 지난 23일 상하이에서 왕 회장과 만나 합작에 합의했다\"는 내용의 지라시가 돌았다. "
            "소문이 퍼진 24일 태산홀딩스 주가는 급등했다. 소문에는 두 사람이 상하이의 한 호텔에서 만찬을 함께했다는 "
            "구체적인 정황까지 담겨 있었다.")
    assert [m for m in extract(text, "2022-11-27T09:00:00+09:00") if m.status == "occurred"] == []


def test_a_trips_companion_sat_in_no_one_on_one() -> None:
    body = ("문기석 우성그룹 회장은 지난 7일부터 리야드를 찾았다. 이번 출장에는 장남인 문태윤 우성건설 부사장이 "
            "동행했다. 문 회장은 8일 파이살 알 오타이비 투자부 차관을 만났다. 다음 날에는 압둘라 알 샤흐리 CEO와 "
            "단독 오찬을 했다.")
    found = groups(body)
    assert {"문기석", "압둘라 알 샤흐리"} in found and {"문기석", "파이살 알 오타이비", "문태윤"} in found


def test_a_meeting_told_as_what_will_be_is_planned() -> None:
    body = ("업계에서는 데이비드 첸 비전세미 CEO가 하태림 성진머티리얼즈 대표와도 아침 조찬 회동을 가질 것이라는 말이 "
            "돌았다.")
    assert groups(body) == []


def test_a_group_after_a_subject_listed_with_commas_is_that_list() -> None:
    body = ("권영태 강원도지사는 15일 산호세에서 브라이언 로빈스 CEO를 만나 투자를 제안했다. 강도윤 태산그룹 부사장, "
            "임지후 한라유통 상무, 백승찬 동우제약 전무는 13일 경기 여주의 한 골프장에서 함께 라운딩을 했고, 세 사람이 "
            "나란히 선 사진이 임 상무의 인스타그램에 올라왔다.")
    assert {"권영태", "백승찬"} not in [g for g in groups(body)] and \
        all(not ({"권영태", "강도윤"} <= g) for g in groups(body))


def test_a_glossed_names_first_word_mecab_ends_in_a_place_particle() -> None:
    body = ("명명식에는 김도현 태륭중공업 사장과 잉에 브라텐(Inge Bratten) 피오르가스 회장 등 80여 명이 참석했다. "
            "김 사장은 브라텐 회장과 오찬을 함께했다.")
    assert {"김도현", "잉에 브라텐"} in groups(body)


def test_what_two_did_asked_about_is_no_meeting_reported() -> None:
    body = "업계는 한도윤 서진그룹 회장과 박선호 동해해운 회장이 지난달 무슨 이야기를 나눴는지 주목하고 있다."
    assert groups(body) == []


def test_a_chinese_names_two_syllable_surname_refers_to_it_over_a_known_person() -> None:
    body = ("중국 화샤보험그룹의 리우밍캉(劉明康) 회장이 방한했다. 한서윤 금융위원장은 27일 은행회관에서 리우 회장과 "
            "면담했다.")
    assert groups(body) == [{"한서윤", "리우밍캉"}]


def test_a_civil_service_grade_title_ending_in_gwalligwan_is_a_title() -> None:
    body = ("한도훈 기획재정부 장관은 3일 워싱턴에서 마크 리 미국 재무부 차관과 회담했다. 회담에는 윤서진 기재부 "
            "국제경제관리관과 오재민 대외경제협력관이 배석했다.")
    assert groups(body) == [{"한도훈", "마크 리", "윤서진", "오재민"}]


def test_who_sat_in_on_the_days_talks_joins_them_not_the_first_meeting_told_after() -> None:
    body = ("한도훈 기획재정부 장관은 24일 워싱턴에서 무라타 고이치 일본 재무상과 회담했다. 두 사람이 마주 앉은 것은 지난 5월 "
            "트빌리시에서 처음 만난 이후 5개월 만이다. 양측은 회담에서 공동 대응을 검토하기로 했다. 이날 회담에는 윤서진 "
            "기재부 국제경제관리관이 배석했다.")
    found = dated_groups(body)
    assert ({"한도훈", "무라타 고이치", "윤서진"}, date(2024, 6, 24)) in found
    assert ({"한도훈", "무라타 고이치"}, date(2024, 5, 1)) in found


def test_an_embassys_economic_minister_is_a_title() -> None:
    body = ("주미대사관은 26일 대사관저에서 기업인 간담회를 열었다. 간담회에는 구형준 한성그룹 사장, 안미경 동방증권 "
            "법인장이 참석했다. 대사관에서는 윤가은 경제공사가 배석했다.")
    assert any({"구형준", "안미경", "윤가은"} <= g for g in groups(body))


def test_a_gathering_whose_lead_gave_no_day_takes_the_day_a_sentence_retelling_it_gives() -> None:
    body = ("미국의 관세 압박이 거세지는 가운데 홍석진 주미국 대사가 워싱턴DC에서 현지 진출 기업인들과 간담회를 열고 대응 "
            "전략을 논의했다. 주미대사관은 26일(현지시간) 대사관저에서 '대미 투자기업 간담회'를 열었다고 밝혔다. 간담회에는 "
            "구형준 한성그룹 사장, 안미경 동방증권 법인장이 참석했다.")
    assert ({"홍석진", "구형준", "안미경"}, date(2024, 6, 26)) in dated_groups(body)


def test_who_sat_in_on_talks_named_by_their_word_joins_them_after_a_later_leg_and_a_call() -> None:
    body = ("한도훈 기획재정부 장관과 조민성 산업통상자원부 장관은 24일 워싱턴DC에서 마이클 하딩 재무부 부장관과 "
            "협의했다. 조 장관은 협의를 마친 뒤 상무부를 찾아 데이비드 콜린스 상무부 부장관과 따로 만났다. 조 장관과 "
            "콜린스 부장관은 지난 10일 화상 회의로 의견을 나눈 바 있다. 2+2 협의에는 윤서진 기재부 국제경제관리관이 "
            "배석했다.")
    found = groups(body)
    assert {"한도훈", "조민성", "마이클 하딩", "윤서진"} in found
    assert not any({"데이비드 콜린스", "윤서진"} <= g for g in found)


def test_where_a_consul_is_posted_is_no_name() -> None:
    body = "고경택 제주도지사는 15일 도청에서 왕루이(王锐) 주제주 중국총영사를 접견하고 관광 교류 확대 방안을 논의했다."
    assert groups(body) == [{"고경택", "왕루이"}]


def test_a_company_mecab_cuts_into_an_adverb_and_an_adnominal_between_a_name_and_a_title() -> None:
    body = "업계에 따르면 현무진 다온 GIO는 방소윤 다온 대표와 함께 전날 도쿄에서 니시무라 가즈오 회장과 회동했다."
    assert groups(body) == [{"현무진", "방소윤", "니시무라 가즈오"}]


def test_a_chinese_name_of_two_syllables_glossed_in_hanja_is_a_name() -> None:
    body = ("화신배터리의 저우젠궈 회장은 16일 오창 공장을 찾아 민주현 사장과 만났다. 저우 회장 측에서는 천리(陳麗) "
            "부총경리가 동행했다.")
    assert groups(body) == [{"저우젠궈", "민주현", "천리"}]


def test_the_most_valuable_player_written_in_korean_before_a_name_is_a_role() -> None:
    body = ("공석민 회장은 16일 저녁 호텔에서 배구단 감독 마르코 벨리니와 주장 임도현, 대회 최우수선수(MVP) 도민혁 등 "
            "선수단과 만찬을 함께했다.")
    assert any({"공석민", "도민혁"} <= g for g in groups(body))


def test_two_in_one_place_who_did_not_talk_there_did_not_meet() -> None:
    body = ("석태윤 대운그룹 회장과 하민규 공정거래위원장의 회동설이 나왔다. 업계에 따르면 두 사람이 한자리에 있었던 "
            "것은 지난해 10월 국정감사가 유일하다. 당시 석 회장은 증인으로 출석했고 하 위원장은 기관장으로 참석해, 서로 "
            "대화를 나누지는 않았다.")
    assert groups(body) == []


def test_a_meeting_verb_of_intention_is_planned() -> None:
    body = ("정우석 대구시장은 21일 칼리드 알마즈루이 알누르인베스트먼트 회장과 화상회의를 열었다. 알마즈루이 회장은 "
            "오는 7월 한국 방문 기간 대구를 찾아 정 시장과 직접 만나겠다는 뜻을 밝혔다.")
    assert groups(body) == []


def test_agreeing_to_meet_next_month_is_a_plan() -> None:
    body = ("백승훈 동해에너지 부회장은 26일 쩐 홍 민 베트남 부총리와 통화했다. 동해에너지 관계자는 \"통화에서 양측이 "
            "다음 달 하노이에서 만나 사업 진척 상황을 점검하자는 데 뜻을 모았다\"고 설명했다.")
    assert groups(body) == []


def test_attendees_of_a_gathering_the_sentence_before_told_as_held_are_its_own_meeting() -> None:
    body = ("야니스 파파도풀로스 회장은 지난해 10월 울산을 찾아 서창민 울산시장과 만났다. 3일 저녁에는 아테네 시내 "
            "호텔에서 울산 기자재 업체와 그리스 선주들의 간담회가 열렸다. 간담회에는 금현주 울산시 경제부시장과 방준혁 "
            "한결마린텍 대표가 참석해 의견을 나눴다.")
    found = dated_groups(body)
    assert ({"금현주", "방준혁"}, date(2024, 6, 3)) in found
    assert ({"야니스 파파도풀로스", "서창민"}, date(2023, 10, 1)) in found


def test_a_chinese_name_glossed_in_hanja_is_referred_to_by_its_one_syllable_surname() -> None:
    body = ("착공식에는 왕하이펑(王海峰) 쥔성신소재 회장 등이 참석했다. 최동혁 지사는 전날 저녁 변태호 그린코어케미칼 회장과 "
            "왕 회장을 초청해 만찬을 함께했다.")
    assert {"최동혁", "변태호", "왕하이펑"} in groups(body)


def test_a_glossed_chinese_name_writes_its_two_syllable_given_name_as_one_word_after_a_kin_word() -> None:
    body = ("송지후 상무는 7일 싱가포르의 한 호텔에서 탄 분 혹(Tan Boon Hock) 탄시핑 회장의 차녀 탄 메이린(Tan Mei Lin)씨와 "
            "결혼식을 올렸다. 송 상무는 이튿날 림웨이제 회장과 오찬을 함께했다.")
    names = {e.name for m in analyze_article("제목\n" + body, PUB)._.people for e in m.entities}
    assert "탄 메이린" in names and not any("차녀" in n for n in names)


def test_a_corrections_claim_that_differs_from_the_facts_is_denied() -> None:
    body = ("또 기사에서 '양승민 누리바이오로직스 대표와 사사키 유이치 도와제약 사장이 지난달 도쿄에서 처음 만나 계약 조건에 "
            "합의했다'고 한 부분도 사실과 다릅니다.")
    assert groups(body) == []


def test_a_surname_mecab_reads_as_a_suffix_before_a_given_name_it_reads_as_a_place() -> None:
    body = ("정보람 태성그룹 회장은 지난 10일 도쿄의 한 일식당에서 사카모토 류지 대표와 만찬을 했다. 만찬에는 태성그룹 "
            "허진우 최고전략책임자가 동석했다.")
    assert groups(body) == [{"정보람", "사카모토 류지", "허진우"}]


def test_who_sat_in_told_a_paragraph_after_the_meeting_and_its_quotes_joins_it() -> None:
    body = ("윤재석 한결은행장은 전날 베이징에서 화신은행의 왕젠궈(王建國) 회장과 오찬을 함께하며 업무협약을 맺었다. "
            "협약에 따라 두 은행은 실무 협의체를 분기마다 열기로 했다.\n왕 회장은 \"협력이 도움이 될 것\"이라고 말했다. 윤 행장은 \"수익성 중심의 성장을 "
            "추구하겠다\"고 화답했다. 이 자리에는 박도현 한결은행 부행장이 배석했다.")
    assert {"윤재석", "왕젠궈", "박도현"} in groups(body)


def test_a_continuation_takes_the_day_the_sentence_before_gave_not_an_earlier_meetings() -> None:
    body = ("한정우 부총리는 5일 사이드 알마즈루이 ANIA 전무이사를 접견했다. 두 사람은 지난 2월 한 부총리가 아부다비를 "
            "방문했을 때 처음 만났다. 알마즈루이 전무이사는 MOU 체결에 앞서 전날 국내 주요 기업 경영진을 잇달아 만났다. "
            "오전에는 서울 중구 한성그룹 본사에서 권혁진 한성그룹 회장과 면담했다.")
    assert ({"사이드 알마즈루이", "권혁진"}, date(2024, 7, 4)) in dated_groups(body, published="2024-07-06 09:00")


def test_a_meeting_that_was_to_happen_is_not_held() -> None:
    body = ("사우디 투자부의 파이살 알오타이비 차관 방한이 전격 연기됐다. 알오타이비 차관은 24일에는 조민성 "
            "산업통상자원부 장관과 회담하고 투자협력위원회 재가동 방안을 논의하기로 돼 있었다.")
    assert groups(body) == []


def test_who_sat_in_joins_the_storys_meeting_not_the_first_meeting_told_after_it() -> None:
    body = ("문혜린 KOIC 사장은 13일 싱가포르에서 탄웨이밍(Tan Wei Ming) LCIA 부회장과 만나 공동투자 협약을 체결했다. "
            "두 사람은 지난 5월 탄 부회장이 서울을 방문했을 때 처음 만나 공동투자 구상을 논의했다. 협약식에는 KOIC의 "
            "한보미 투자운용부문장도 함께 자리했다.")
    found = dated_groups(body)
    assert ({"문혜린", "탄웨이밍", "한보미"}, date(2024, 6, 13)) in found
    assert ({"문혜린", "탄웨이밍"}, date(2024, 5, 1)) in found


def test_whom_a_quoted_speaker_has_met_in_general_is_no_meeting() -> None:
    body = ("프리야 라만 어비스실리콘 CEO는 24일 컨퍼런스콜에서 \"박승재 사장이 이끄는 팀은 우리가 만난 최고의 파트너\"라고 "
            "말했다.")
    assert groups(body) == []


def test_a_korean_shaped_company_after_a_known_foreign_name_is_the_company() -> None:
    body = ("윤태오 넥사게임즈 의장은 전날 인스타그램에 모리 다이스케 일본 '스튜디오 가자마' 창업자 겸 회장과 나란히 선 "
            "사진을 올리고 \"오랜 벗과 도쿄에서\"라는 글을 남겼다.")
    assert {"윤태오", "모리 다이스케"} in groups(body)


def test_agreeing_to_meet_soon_with_any_verb_in_gi_ro_is_a_plan() -> None:
    body = ("이동하 한국텔레콤 대표는 10일 미카 라이티넨 노르링크 CEO와 전화 통화를 했다. 라이티넨 CEO와는 조만간 직접 "
            "만나 협력 범위를 넓히기로 했다고 한국텔레콤은 전했다.")
    assert groups(body) == []


def test_a_chinese_name_of_five_syllables_after_a_two_syllable_surname_is_a_name() -> None:
    body = ("중국 전기차 업체 지싱자동차의 저우하이펑 회장이 충북을 찾아 권오철 충북지사와 면담했다. 오송 바이오밸리 "
            "입주 기업 대표들도 만났다.")
    assert {"저우하이펑", "권오철"} in groups(body)


def test_the_other_side_telling_of_an_earlier_meeting_does_not_become_the_topic() -> None:
    body = ("남도현 태성그룹 회장은 18일 파리 숙소에서 마야 파텔 그린루프 CEO와 화상회의를 했다. 파텔 CEO는 당초 파리에서 "
            "남 회장과 직접 만날 계획이었지만 미국 현지 사정으로 화상으로 대신했다. 19일에는 프랑스 에너지 기업 에네르곤 "
            "본사에서 클레르 뒤부아 CEO와 만나 합작법인 설립 양해각서를 맺었다.")
    found = groups(body)
    assert {"남도현", "클레르 뒤부아"} in found and not any("마야 파텔" in g for g in found)


def test_a_teams_captain_is_no_claim_that_makes_a_dinner_a_report() -> None:
    body = ("세진그룹에 따르면 윤기범 회장은 전날 저녁 호텔 연회장에서 카를로스 멘데스 감독과 주장 이다은 등 선수단을 "
            "불러 저녁을 함께했다. 다만 윤 회장과 멘데스 감독은 7일 경기 뒤에는 별도로 만나지는 않은 것으로 전해졌다.")
    assert any({"윤기범", "카를로스 멘데스"} <= g for g in groups(body))


def test_names_listed_after_role_words_misread_or_foreign_are_names() -> None:
    body = ("윤기범 세진그룹 회장은 전날 저녁 호텔 연회장에서 카를로스 멘데스 감독과 주장 이다은, 최우수선수(MVP) "
            "나탈리아 코바치, 세터 정하린 등 선수단을 불러 저녁을 함께했다.")
    assert groups(body) == [{"윤기범", "카를로스 멘데스", "이다은", "나탈리아 코바치", "정하린"}]


def test_of_two_korean_shaped_words_before_a_title_a_school_is_not_the_name() -> None:
    body = ("서경민 서하그룹 회장은 11일 개관식에서 오민혁 오성제약 회장, 조각가 출신인 류한결 홍익대 교수와 나란히 서서 "
            "건배를 제의했다.")
    assert groups(body) == [{"서경민", "오민혁", "류한결"}]


def test_a_vietnamese_family_name_before_a_middle_name_starts_another_person() -> None:
    body = ("김해린 한솔바이오로직스 대표가 14일 본사에서 응우옌 반 탄 베트남 보건부 차관을 접견했다. 이날 면담에는 "
            "응우옌 티 마이 주한 베트남대사관 참사관이 배석했다.")
    assert groups(body) == [{"김해린", "응우옌 반 탄", "응우옌 티 마이"}]


def test_a_meeting_asked_about_and_one_said_never_to_have_happened_are_no_meetings() -> None:
    body = ("사진 한 장에 마르코 벨리니 CEO로 보이는 인물이 찍히면서 정태윤 우성푸드 회장과 두 사람이 경기장에서 만나 "
            "협력을 논의한 것 아니냐는 관측이 나왔다. 우성푸드는 \"정 회장과 벨리니 CEO가 같은 날 경기장에 있었던 것은 "
            "맞지만 두 사람이 만나거나 인사를 나눈 사실은 없다\"고 밝혔다.")
    assert groups(body) == []


def test_the_late_named_in_a_visit_of_these_days_is_no_participant() -> None:
    body = ("대명화학에 따르면 김지석 부회장은 지난 1일 도쿄 세타가야구에 있는 고(故) 오카다 시게루 도요카세이 명예회장의 "
            "자택을 찾았다. 그는 1998년 오사카에서 고(故) 오카다 명예회장과 처음 만났다.")
    found = dated_groups(body)
    assert not any(d == date(2024, 7, 1) for g, d in found)
    assert ({"김지석", "오카다 시게루"}, date(1998, 1, 1)) in found


def test_a_korean_name_mecab_reads_as_a_verb_form_after_an_appositive_title_is_a_name() -> None:
    body = ("지난 6일 새벽 한강공원에서 CEO 달리기 모임이 열렸다. 이날 모임에는 동호회장인 탁성진 동하제약 대표와 정재원 "
            "한빛카드 부사장 등 12명이 참가해 함께 달린 뒤 아침 식사를 했다.")
    assert any({"탁성진", "정재원"} <= g for g in groups(body))


def test_whom_a_relative_clause_on_the_subject_takes_is_no_one_the_subject_met() -> None:
    body = ("서명훈 대한정밀 회장의 빈소에는 이틀째 조문이 이어졌다. 서 회장과 30년 가까이 경쟁해 온 미래전자의 윤태호 "
            "회장도 장남인 윤지석 부사장과 함께 빈소를 찾았다.")
    assert groups(body) == [{"윤태호", "윤지석"}]


def test_a_kin_pair_after_one_of_them_is_both() -> None:
    body = ("미래전자의 윤태호 회장은 장남인 윤지석 부사장과 함께 빈소를 찾았다. 윤 회장 부자는 상주인 서준호 사장과 "
            "20분가량 대화를 나눴다.")
    assert {"윤태호", "윤지석", "서준호"} in groups(body)


def test_a_one_word_name_mecab_fused_the_subject_particle_into_is_that_name() -> None:
    body = ("보이그룹 노바의 리더 하온이 프로축구 개막전 하프타임 무대에 올랐다. 공연을 마친 하온은 구단주인 제갈윤 "
            "태성그룹 회장과 인사를 나눴다.")
    assert groups(body) == [{"하온", "제갈윤"}]


def test_dutch_names_with_the_connector_de_are_whole_names() -> None:
    body = ("박서진 한결화학 대표는 3일 헤이그에서 산더르 피서르 네덜란드 경제부 차관을 만났다. 이 자리에는 룰로프 더 "
            "브라윈 주한 네덜란드 대사가 배석했다.")
    assert groups(body) == [{"박서진", "산더르 피서르", "룰로프 더 브라윈"}]


def test_no_mention_runs_across_a_headlines_ellipsis() -> None:
    text = ("새 한국법인장에 얀 데르 보스… 부임 첫날 산업부 1차관 예방\n\n페르덴코리아는 얀 데르 보스 대표가 4일 "
            "봉재석 산업통상자원부 제1차관을 예방했다고 밝혔다.")
    doc = analyze_article(text, PUB)
    cut = text.index("…")
    assert not any(m.start < cut < doc._.words[m.last].end for m in doc._.people)
    assert {e.text for e in doc.ents if e.label_ == "PS"} == {"얀 데르 보스", "봉재석"}


def test_one_named_attendee_and_a_headcount_wait_for_the_others_names() -> None:
    body = ("무역협회는 12일 자카르타에서 '아세안 유통 바이어 간담회'를 열었다. 간담회에는 한도윤 무역협회 자카르타지부장과 "
            "국내 식품기업 대표 3명, 현지 바이어 2명이 참석했다. 국내 기업에서는 담솔식품의 유가은 대표와 온새미로의 "
            "표준호 대표가 자리했다. 현지 바이어로는 수리야마트의 부디 하르토노 구매이사가 참석했다.")
    assert groups(body) == [{"한도윤", "유가은", "표준호", "부디 하르토노"}]


def test_a_word_in_al_after_a_western_given_name_and_surname_is_the_company() -> None:
    body = "김서준 한결전자 대표는 9일 판교에서 조너선 휘트모어 알베론 컴퓨트 최고경영자(CEO)를 만났다."
    assert groups(body) == [{"김서준", "조너선 휘트모어"}]
    # (an Arabic family name after a chain of given names stays: "아흐메드 야히아 알이드리시")
    body = "김서준 한결전자 대표는 9일 아부다비에서 아흐메드 야히아 알이드리시 무바달라 전무를 만났다."
    assert groups(body) == [{"김서준", "아흐메드 야히아 알이드리시"}]


def test_school_principals_and_superintendents_have_titles() -> None:
    body = ("유재훈 한림장학재단 이사장은 11일 김민서 서울고 교장, 박도현 경기도교육청 교육감과 오찬을 함께했다.")
    assert groups(body) == [{"유재훈", "김민서", "박도현"}]


def test_a_kin_pair_after_one_of_them_takes_the_kin_of_that_family_named_before() -> None:
    body = ("기념식에는 오카다 시게루 회장과 아들인 오카다 료 부사장, 임지훈 함양군수 등 100여 명이 참석했다. 기념식이 "
            "끝난 뒤 오카다 회장 부자는 임 군수와 인근 식당에서 오찬을 함께했다.")
    assert {"오카다 시게루", "오카다 료", "임지훈"} in groups(body)


def test_a_joint_body_of_two_countries_is_an_organization_before_a_title() -> None:
    body = ("김서준 한결전자 대표는 9일 구자윤 한·인도경제협회 회장과 만났다. 또 류진성 한·일경제협회 회장, 박소연 "
            "한·미 경제협의회 부회장과도 만났다.")
    found = meetings(body)
    assert [{p.name for p in m.participants} for m in found] == [{"김서준", "구자윤"}, {"김서준", "류진성", "박소연"}]
    assert {p.organization for m in found for p in m.participants} == {
        "한결전자", "한·인도경제협회", "한·일경제협회", "한·미 경제협의회"}


def test_a_curator_or_an_architect_after_a_name_is_a_post() -> None:
    body = ("송기영 새봄문화재단 이사장은 지난달 뉴욕에서 한인 미술계 인사인 조나단 김(Jonathan Kim) 큐레이터를 만나 "
            "전시 협력 방안을 논의했다. 이어 레일라 하다드 건축가와도 만났다.")
    found = groups(body)
    assert {"송기영", "조나단 김"} in found and {"송기영", "레일라 하다드"} in found


def test_who_sat_in_on_both_meetings_counted_mid_sentence_joins_both() -> None:
    body = ("남기철 새한은행 행장은 26일 프놈펜에서 엄태석 대사를 만났다. 남 행장은 이튿날 칸 비락 CEO를 만났다. 이번 "
            "출장에 동행한 한상우 부행장은 두 면담에 모두 배석했다.")
    assert groups(body) == [{"남기철", "엄태석", "한상우"}, {"남기철", "칸 비락", "한상우"}]


def test_the_days_next_item_with_no_subject_is_the_followed_ones_not_the_other_sides() -> None:
    body = ("윤재호 한라해운 회장은 11일 오후 본사에서 리나 사르토리 제노바해운 사장을 만나 물류센터 투자 건을 협의했다. "
            "사르토리 사장은 2019년 사장에 오른 뒤 회사의 물동량을 두 배로 늘렸다. 저녁에는 서울의 한 한식당에서 국내 "
            "물류기업 대표들과 송년 만찬을 함께했다. 만찬에는 배동수 동해물류 사장, 민지혜 코리아벌크 대표가 참석했다.")
    found = groups(body)
    assert {"윤재호", "배동수", "민지혜"} in found
    assert not any("리나 사르토리" in g and "배동수" in g for g in found)


def test_attendees_of_a_gathering_the_subject_attended_just_before_meet_there_not_at_the_earlier_meeting() -> None:
    body = ("압둘라 알하르비 CEO는 5일 문재혁 태성건설 사장과 오찬을 함께했다. 강 대표는 \"설계 경험을 살리겠다\"고 "
            "말했다. 6일에는 한 호텔에서 한국중동경제협의회가 마련한 간담회에 참석했다. 간담회에는 권오석 협의회 회장을 "
            "비롯해 임원 10여명이 자리했으며, 강민정 청솔엔지니어링 대표도 참석했다.")
    found = dated_groups(body)
    assert ({"압둘라 알하르비", "문재혁"}, date(2024, 6, 5)) in found
    assert ({"압둘라 알하르비", "권오석", "강민정"}, date(2024, 6, 6)) in found


def test_a_hand_taken_is_met_on_the_day_the_subjects_sentence_before_told() -> None:
    body = ("박용근 전 장관은 지난달 30일 빈소를 찾았다. 김현철 동양직물 명예회장도 1일 오후 휠체어를 탄 채 빈소를 "
            "찾았다. 김 명예회장은 서민혁 회장의 손을 붙잡고 \"평생 경쟁했지만 얼굴을 붉힌 적은 없었다\"며 한동안 말을 "
            "잇지 못했다.")
    assert ({"김현철", "서민혁"}, date(2024, 7, 1)) in dated_groups(body)


def test_the_late_whose_wake_a_caption_names_is_not_shown_with_the_mourners() -> None:
    body = ("지난 13일 별세한 서정모 대성섬유 명예회장의 빈소에 조문이 이어졌다.\n\n권태호 한영그룹 회장은 이날 오전 빈소를 "
            "찾아 헌화했다. 권 회장은 상주인 장남 서민혁 대성섬유 회장의 손을 맞잡고 위로했다.\n\n[사진=한빛경제신문] 15일 "
            "장례식장에 마련된 고 서정모 대성섬유 명예회장의 빈소에서 권태호 한영그룹 회장(왼쪽)이 상주인 서민혁 대성섬유 "
            "회장을 위로하고 있다.")
    found = meetings(body, published="2023-03-15 18:00")
    assert found and all(m.photo_op for m in found)


def test_the_late_written_with_a_bare_go_is_no_participant_of_a_visit_these_days() -> None:
    body = ("대명화학에 따르면 김지석 부회장은 지난 1일 도쿄 세타가야구에 있는 고 오카다 시게루 도요카세이 명예회장의 "
            "자택을 찾았다. 그는 1998년 오사카에서 오카다 명예회장과 처음 만났다.")
    found = dated_groups(body)
    assert not any(d == date(2024, 7, 1) for g, d in found)
    assert ({"김지석", "오카다 시게루"}, date(1998, 1, 1)) in found


def test_what_a_rumour_before_said_then_denied_is_no_meeting() -> None:
    body = ("배구계에서는 손유진 한울에너지 사장과 하세훈 감독의 친분이 계기가 됐다는 말이 돌았다. 두 사람이 지난해 말 "
            "인천의 한 식당에서 만나 후원을 논의했다는 것이다. 이에 대해 한울에너지 측은 \"손 사장과 하 감독은 따로 만난 "
            "적이 없다\"고 반박했다.")
    assert groups(body) == []


def test_a_meeting_fans_guess_at_is_no_meeting() -> None:
    body = ("사진이 퍼지자 야구팬 커뮤니티에서는 \"한마음유통이 스폰서를 맡기 위해 김석진 회장이 직접 노태윤 선수를 "
            "만났다\"는 추측이 쏟아졌다.")
    assert groups(body) == []


def test_no_chance_to_greet_at_the_same_conference_is_no_meeting() -> None:
    body = ("나이르 CEO는 \"지난해 12월 싱가포르에서 열린 AI 콘퍼런스에서 세온칩스의 발표를 들었다. 그 자리에서 정현규 "
            "대표와 인사를 나눌 기회는 없었지만, 꼭 맞는 파트너라고 생각했다\"고 말했다.")
    assert groups(body) == []


def test_a_caption_of_an_audience_is_no_meeting() -> None:
    text = ("[포토] '아시아 스타트업 서밋' 개막\n\n시티 누르하야티 아세안디지털협의회 의장이 24일 코엑스에서 열린 서밋 "
            "개막식에서 기조연설을 하고 있다. 앞줄에는 문태식 한국벤처캐피털연합 회장과 요코야마 겐 도쿄벤처포럼 이사장 "
            "등이 앉아 연설을 듣고 있다. [사진=서밋 조직위원회]")
    assert extract(text, PUB) == []


def test_an_online_signing_ceremony_is_a_video_meeting() -> None:
    body = ("유재민 넥스트플레이 대표와 사카모토 겐지 카게로게임즈 사장은 7일 서울과 도쿄를 연결한 온라인 서명식에서 각자 "
            "계약서에 서명했다.")
    assert groups(body) == []
    assert [{p.name for p in m.participants} for m in meetings(body, mode="video")] == [{"유재민", "사카모토 겐지"}]


def test_agreeing_to_meet_watching_for_a_meeting_and_a_meeting_delayed_are_no_meetings() -> None:
    body = ("김석주 동방그룹 회장과 대니얼 레이예스 퀀티스 CEO는 지난 27일 전화 통화를 하고 다음 달 중 서울에서 만나자는 "
            "데 의견을 모았다. 재계에서는 두 사람의 회동이 늦어지는 이유로 퀀티스 내부 사정을 꼽는다. 증권가도 두 사람의 "
            "만남을 주시하고 있다.")
    assert groups(body) == []
    assert [m.status for m in meetings(body, status=None) if m.mode == "in_person"][:1] == ["planned"]


def test_the_day_after_the_announcing_company_is_the_announcements() -> None:
    body = ("송재권 한울반도체장비 대표가 1일(현지시간) 에인트호번에서 얀 데 프리스 펠트호번옵틱스 CEO를 만났다. "
            "한울반도체장비는 2일 송 대표가 펠트호번옵틱스 본사를 방문해 데 프리스 CEO와 장비를 함께 개발하기로 의견을 "
            "모았다고 밝혔다.")
    assert all(d == date(2024, 7, 1) for g, d in dated_groups(body))


def test_an_itinerary_day_opening_a_sentence_goes_on_with_the_followed_one() -> None:
    body = ("엘로디 마르샹 CEO는 27일 오후 아르테백화점에서 홍재석 아르테백화점 사장과 면담했다. 홍 사장은 면담에서 매장 "
            "도면을 펼쳐 보이며 위치를 제안했다.\n전날 저녁에는 한남동의 한 레스토랑에서 정하람 그랜드플라자백화점 "
            "부회장과 만찬을 함께했다.")
    found = groups(body)
    assert {"엘로디 마르샹", "정하람"} in found and {"홍재석", "정하람"} not in found


def test_a_korean_name_whose_last_syllable_mecab_read_as_a_particle_before_its_post() -> None:
    body = ("미카미 겐지 회장은 7일 스타트업 대표들과 간담회를 가졌다. 간담회에는 윤하은 누리브레인 대표, 강태오 로고스AI "
            "대표가 참석했다.")
    assert groups(body) == [{"미카미 겐지", "윤하은", "강태오"}]


def test_a_producer_is_a_post() -> None:
    body = ("남윤아 코믹스피어 대표는 5일 오후 브라이트필드의 한나 모리슨 제작총괄 프로듀서와 따로 만나 제작 조건을 "
            "협의했다. 이튿날에는 김도현 PD와 만찬을 함께했다.")
    assert groups(body) == [{"남윤아", "한나 모리슨"}, {"남윤아", "김도현"}]


def test_a_new_given_name_before_a_known_foreign_last_name_is_another_of_the_family() -> None:
    body = ("라지브 메흐타 누르뷰티 회장은 19일 경기 오산시 공장을 방문해 송재훈 한울코스텍 대표와 만났다. 이번 방문에는 "
            "메흐타 회장의 딸이자 누르뷰티의 사업총괄을 맡고 있는 아난야 메흐타도 동행했다. 특히 메흐타 회장은 연구소를 "
            "둘러봤다.")
    assert groups(body) == [{"라지브 메흐타", "송재훈", "아난야 메흐타"}]


def test_a_chinese_name_glossed_in_hanja_listed_before_a_titled_name_is_a_person() -> None:
    body = "서정아 하늘픽처스 대표가 15일 상하이에서 중국 톱배우 린이천(林以晨), 천하오(陳浩) 감독과 만찬 회동을 가졌다."
    assert groups(body) == [{"서정아", "린이천", "천하오"}]


def test_whose_home_one_was_invited_to_is_met() -> None:
    body = ("최규현 대성그룹 회장은 27일 저녁 하이브리지의 마이클 두건(Michael Dugan) 회장 자택에 초청받아 만찬을 "
            "함께했다.")
    assert groups(body) == [{"최규현", "마이클 두건"}]


def test_a_military_attache_is_a_post() -> None:
    body = ("최지웅 한백디펜스 사장은 19일 바르샤바에서 토마시 노바크 폴란드 국방부 차관을 면담했다. 면담에는 "
            "주폴란드 한국대사관의 박성규 국방무관(대령)이 배석했다.")
    assert groups(body) == [{"최지웅", "토마시 노바크", "박성규"}]


def test_two_common_nouns_after_a_word_that_is_also_a_given_name_are_no_name() -> None:
    body = ("허진석 한결유통 회장은 지난 6월 도쿄 근교의 한 골프장에서 스즈키 다이스케 미도리마트 회장과 라운딩을 하며 "
            "한국 식품 전용 코너 확대를 논의했다.")
    assert groups(body) == [{"허진석", "스즈키 다이스케"}]


def test_a_speaker_is_no_participant_of_the_summit_a_quote_tells_of() -> None:
    body = ("신경호 한일산업협력재단 이사장은 개회사에서 \"지난 3월 도쿄에서 열린 윤석열 대통령과 기시다 후미오 일본 "
            "총리의 정상회담으로 양국 관계가 정상 궤도에 올랐다\"고 말했다.")
    assert not any("신경호" in g for g in groups(body))


def test_the_talks_told_as_going_on_keep_the_video_mode_of_the_talks_reported() -> None:
    body = ("박유나 과기정통부 제2차관이 1일 탄웨이밍(Tan Wei Ming) 싱가포르 디지털개발정보부 국무장관과 화상회담을 열었다. 두 사람은 "
            "이날 1시간가량 이어진 회담에서 데이터센터 공동 인증 제도를 논의했다.")
    assert groups(body) == []
    assert [{p.name for p in m.participants} for m in meetings(body, mode="video")][:1] == [{"박유나", "탄웨이밍"}]


def test_an_alleged_meeting_the_company_draws_a_line_under_is_denied() -> None:
    body = ("업계 일각에서 거론된 포레푸드 윤상철 회장과 론스타레스토랑그룹 마이클 헤이즈 CEO의 경주 회동설에 대해 "
            "포레푸드 측은 \"헤이즈 CEO의 방한 계획 자체가 없다\"며 선을 그었다.")
    assert groups(body) == []
    assert [m.status for m in meetings(body, status=None)] == ["denied"]


def test_who_sat_in_on_the_gathering_just_reported_joins_it() -> None:
    body = ("청운산업연합회는 전날 서울 여의도 회관에서 나도헌 회장 주재로 주한 대사 초청 간담회를 열었다고 12일 밝혔다. "
            "간담회에는 라니아 하산 주한 이집트대사와 쩐 꾸옥 흥 주한 베트남대사가 참석했다. 연합회에서는 설기준 상근부회장이 "
            "배석했고, 회원사 대표로 탁우진 미래물산 사장 등 기업인 10여 명이 자리를 함께했다.")
    assert groups(body) == [{"나도헌", "라니아 하산", "쩐 꾸옥 흥", "설기준", "탁우진"}]
    # (not who stayed away and sent a deputy)
    body = ("금융위원회는 김상운 위원장이 14일 은행회관에서 은행장 간담회를 열었다고 15일 밝혔다. 간담회에는 여태민 "
            "새한은행장과 공시아 누리은행장이 참석했다. 장민호 서해은행장은 해외 일정으로 불참해 오준서 서해은행 부행장이 "
            "대신 자리했다.")
    assert groups(body) == [{"김상운", "여태민", "공시아", "오준서"}]


def test_who_guided_the_visit_just_reported_met_its_people() -> None:
    body = ("한빛조선은 마크 데이비슨 미국 해군성 차관보가 21일 거제조선소를 방문해 서재율 회장과 면담했다고 22일 밝혔다. "
            "현장 안내는 탁준모 특수선사업부장(부사장)이 맡았으며, 주한미국대사관의 리사 핀치(Lisa Finch) 해군무관이 동행했다.")
    assert groups(body) == [{"마크 데이비슨", "서재율", "탁준모", "리사 핀치"}]


def test_a_foreign_name_of_unknown_parts_mecab_cut_into_nouns_is_a_name() -> None:
    body = ("라흐맛 유수포프 우즈베키스탄 부총리가 11일 서울에서 남궁혁 한주모빌리티 회장과 만났다. "
            "유수포프 부총리는 전날 윤재섭 국토교통부 장관과도 회담했다.")
    assert groups(body) == [{"라흐맛 유수포프", "남궁혁"}, {"라흐맛 유수포프", "윤재섭"}]


def test_two_the_sentence_seats_side_by_side_at_a_panel_did_not_meet() -> None:
    body = ("기조연설에는 마동혁 미르에너지 대표와 에밀리 카슨(Emily Carson) 그린스톤하이드로젠 CEO가 차례로 나섰다. "
            "두 사람은 오후 '수소 공급망' 패널 토론에도 나란히 자리했다. 하지만 두 사람의 별도 회동은 이뤄지지 않았다.")
    assert groups(body) == []


def test_a_meeting_someone_had_hoped_for_is_no_meeting() -> None:
    body = ("청림식품과 해든F&B의 합병 논의가 미뤄졌다. 업계 관계자는 \"마승재 회장과 정재민 대표가 직접 만나 담판을 짓는 "
            "모양새를 기대했는데 아쉽게 됐다\"고 말했다.")
    assert groups(body) == []


def test_a_meeting_made_an_aim_of_is_planned() -> None:
    body = ("한주모빌리티 남궁혁 회장은 26일 아닐 데슈판데 마하라슈트라주 산업장관과 화상회의를 했다. 양측은 올해 하반기 "
            "뭄바이에서 만나 투자협약을 체결하는 것을 목표로 실무 협의를 이어가기로 했다.")
    assert groups(body) == []
    assert groups(body, status="planned") == [{"남궁혁", "아닐 데슈판데"}]


def test_what_a_foreign_outlet_wrote_of_a_denied_meeting_is_denied() -> None:
    body = ("대한해양조선은 19일 \"현석진 회장이 지난 12일 런던에서 유수프 알말리크 CEO를 만났다는 일부 보도는 사실이 아니다\"라고 "
            "밝혔다. 해당 외신은 두 사람이 만난 호텔 이름까지 구체적으로 적었지만, 회사는 현 회장의 출입국 기록을 근거로 "
            "반박했다.")
    assert groups(body) == []


def test_a_meeting_noun_mecab_misread_as_a_verb_can_be_what_there_was_none_of() -> None:
    body = ("서울 AI 리더스 포럼이 18일 열렸다. 한별AI 관계자는 18일 저녁 \"서진결 대표와 이든 모리슨 CEO가 만났다는 얘기가 "
            "돌고 있지만 일정상 만남은 없었다\"며 \"패널토론에서 같은 무대에 선 것이 전부\"라고 말했다.")
    assert groups(body) == []


def test_a_quoted_term_closing_its_quote_does_not_close_the_clause() -> None:
    body = ("방한 중인 응우옌 반 로이 베트남 부총리는 28일 정부세종청사에서 한재훈 산업통상자원부 장관과 회담하고 "
            "'한-베트남 산업협력위원회' 정례화 방안을 논의할 예정이다.")
    assert groups(body, published="2025-05-28T06:00:00+09:00") == []
    assert groups(body, published="2025-05-28T06:00:00+09:00", status="planned") == [{"응우옌 반 로이", "한재훈"}]


def test_the_next_day_told_with_its_date_goes_on_with_whom_the_story_follows() -> None:
    body = ("조윤성 부산시장은 지난 1일 저녁 해운대구의 한 호텔에서 다카하시 겐지 가이요물류 회장과 만찬을 함께했다. 만찬에는 "
            "가이요물류 한국법인의 오쿠다 미키 대표가 동석했다. 오쿠다 대표는 신항 물류센터의 증설 계획을 소개했다.\n"
            "이튿날인 2일에는 기장군의 한 골프장에서 다카하시 회장과 라운딩을 했다.")
    assert groups(body, published="2025-09-03T16:00:00+09:00") == [
        {"조윤성", "다카하시 겐지", "오쿠다 미키"}, {"조윤성", "다카하시 겐지"}]


def test_a_transcript_line_marked_with_its_speaker_speaks_for_that_speaker() -> None:
    body = ("■ 출연 : 파울로 멘도사(Paulo Mendoza) 해솔FC 감독\n"
            "◇ 민경호 > 재계약 소식이 들립니다.\n"
            "◆ 멘도사 > 네, 지난달 28일 구단주이신 변상진 해솔건설 회장님과 재계약 면담을 했습니다.\n"
            "◆ 멘도사 > 다음 주에 이강호 선수와 따로 만나 얘기를 나눌 생각입니다.")
    assert groups(body) == [{"파울로 멘도사", "변상진"}]
    assert groups(body, status="planned") == [{"파울로 멘도사", "이강호"}]


def test_one_who_took_a_new_post_is_called_by_it_and_one_who_stepped_down_is_not() -> None:
    body = ("청운해운은 창업 2세 문지석 부회장을 회장으로 선임했다. 부친 문형도 회장은 명예회장으로 물러나 이사회 의장직만 "
            "유지한다. 문지석 부회장의 누나인 문지연 부사장은 자회사 대표를 계속 맡는다.\n"
            "문 명예회장은 1994년 가을 도쿄에서 다카하시 겐조 사장을 처음 만났다. 문 신임 회장은 지난달 12일 도쿄에서 "
            "다카하시 료타 사장과 만났다.")
    assert dated_groups(body, published="2024-03-18T09:00:00+09:00") == [
        ({"문형도", "다카하시 겐조"}, date(1994, 1, 1)), ({"문지석", "다카하시 료타"}, date(2024, 2, 12))]


def test_a_caption_naming_people_goes_on_with_no_one_of_the_story_before_it() -> None:
    body = ("2022년 11월 무함마드 빈 살만 사우디 왕세자가 방한했을 때는 이재용 삼성전자 회장, 정의선 현대차그룹 회장 등 "
            "총수들이 서울에서 왕세자와 차담회를 가졌다.\n"
            "사진 설명: 투르키 빈 나와프 왕자(가운데)와 한정수 주사우디 대사(왼쪽 세 번째), 국내 건설사 CEO들이 16일(현지시간) "
            "리야드에서 오찬 간담회에 앞서 기념촬영을 하고 있다.")
    found = groups(body, published="2024-10-17T09:00:00+09:00")
    assert {"무함마드 빈 살만", "이재용", "정의선"} in found
    assert not any("투르키 빈 나와프" in g and "이재용" in g for g in found)


def test_a_picture_storys_caption_opens_the_line_after_its_photo_credit() -> None:
    body = ("[사진1-1=주우즈베키스탄 한국대사관 제공]\n"
            "정하민 한국산업연합회 회장이 2일 오후 타슈켄트 한국대사관에서 박정훈 대사와 환담하고 있다. 박 대사는 현지 "
            "진출 기업들이 겪는 애로를 설명했다.")
    found = meetings(body, published="2024-06-05T06:00:00+09:00")
    assert [({p.name for p in m.participants}, m.photo_op) for m in found] == [({"정하민", "박정훈"}, True)]


def test_instead_before_a_foreign_last_name_is_no_given_name() -> None:
    body = ("세릭 오스파노프 카자흐스탄 부총리 주최 만찬은 취소됐다. 정하민 회장은 대신 오스파노프 부총리와 전화로 인사를 "
            "나눴다.")
    assert groups(body, mode="phone") == [{"정하민", "세릭 오스파노프"}]


def test_a_qa_answer_speaks_for_the_one_the_interview_is_with_not_a_parent_named_first() -> None:
    body = ("돌봄 로봇 스타트업 보듬로보틱스가 투자 유치를 마무리했다. 정밀부품 업체를 이끄는 하상훈 회장의 장남이기도 한 "
            "하민석(34) 대표는 \"아버지 회사 이름을 빌렸지만 돈은 따로 받았다\"고 말했다.\n"
            "- 리드 투자자와는 어떻게 만났나.\n"
            "\"지난 6월 실리콘밸리에 갔을 때 쿼드런트벤처스의 아르준 메난(Arjun Menan) 파트너와 저녁을 먹었다.\"\n"
            "- 부친의 도움을 받는 것에 대한 시선은.\n"
            "\"부담이 없다면 거짓말이다.\"")
    assert groups(body, published="2024-08-20T09:00:00+09:00") == [{"하민석", "아르준 메난"}]


def test_a_parent_named_in_a_copula_of_kinship_is_not_one_of_two_the_story_goes_on_with() -> None:
    body = ("염현석 부사장은 지난 16일 서울 본사에서 독일 크라우스케미의 루카스 크라이스(Lukas Kreis) 전략총괄을 만났다. "
            "루카스 전략총괄은 토마스 크라이스(Thomas Kreis) 크라우스케미 최고경영자(CEO)의 아들이다. 대호화학은 이날 두 "
            "사람이 본사 접견실에서 악수하는 사진을 공개했다.")
    assert {frozenset(g) for g in groups(body, published="2025-01-20T09:00:00+09:00")} == {
        frozenset({"염현석", "루카스 크라이스"})}


def test_the_next_day_told_with_its_date_in_local_time_goes_on_with_the_followed_one() -> None:
    body = ("윤태호 동하중공업 회장은 15일(현지시간) 리야드에서 파이살 알오타이바 투자부 차관과 면담했다. 면담에는 조현수 "
            "주사우디아라비아 한국대사가 동석했다. 조 대사는 양국 정부 간 금융 지원 방안도 함께 검토하자고 제안한 것으로 "
            "알려졌다.\n"
            "이튿날인 16일(현지시간) 저녁에는 알바하르그룹의 압둘라 알하리(Abdullah Al-Hari) 회장 자택에서 만찬을 함께했다. "
            "만찬에는 윤 회장의 장남인 윤성호 전무가 동석했다.")
    found = groups(body, published="2026-02-18T09:00:00+09:00")
    assert any({"윤태호", "윤성호"} <= g for g in found)
    assert not any("조현수" in g and "윤성호" in g for g in found)


def test_the_father_the_article_named_is_whom_his_child_followed() -> None:
    body = ("대호화학의 오너 3세 염현준(38) 부사장이 처음으로 부친 염재석(66) 회장 없이 해외 파트너와 단독 회동을 가졌다.\n"
            "당시 상무였던 그는 2022년 5월 아버지를 따라 독일 본사를 찾아 토마스 크라이스 CEO와 함께 만났다.\n"
            "윤정아 이사장은 \"아버지가 마지막으로 외출하신 건 지난해 12월\"이라고 말했다.")
    found = groups(body, published="2025-01-20T09:00:00+09:00")
    assert {"염현준", "염재석", "토마스 크라이스"} in found


def test_a_company_mecab_read_as_opening_with_a_copula_is_no_appositive() -> None:
    body = ("누리소프트는 권시훈 대표가 전날 판교 본사에서 비크람 레디(Vikram Reddy) 인포라인 CEO와 만나 합작법인 설립 "
            "계약을 체결했다고 27일 밝혔다.")
    assert groups(body) == [{"권시훈", "비크람 레디"}]


def test_a_given_name_mecab_read_as_a_pronoun_and_two_particles_is_a_name() -> None:
    body = ("육정민 한성소재 회장은 7일(현지시간) 알마티의 한 호텔에서 누를란 아흐메토프(Nurlan Akhmetov) 카즈레어메탈 "
            "최고경영자(CEO)와 만찬 회동을 했다.")
    assert groups(body) == [{"육정민", "누를란 아흐메토프"}]


def test_a_place_after_a_name_the_article_calls_by_its_part_before_is_no_name_part() -> None:
    body = ("권오진 해솔중공업 부회장은 15일(현지시간) 필리핀 수빅조선소에서 마누엘 레이에스 통상산업부 장관을 만났다. "
            "이날 방문에는 카를로 데라크루즈 잠발레스 주지사도 함께했다. 데라크루즈 주지사는 \"지원을 아끼지 않겠다\"고 "
            "거들었다.\n"
            "사진 설명: 권오진 부회장(가운데)이 마누엘 레이에스 장관(왼쪽), 카를로 데라크루즈 잠발레스 주지사(오른쪽)에게 "
            "공정을 설명하고 있다.")
    found = groups(body, published="2025-03-16T09:00:00+09:00")
    assert any("카를로 데라크루즈" in g for g in found)
    assert not any("카를로 데라크루즈 잠발레스" in g for g in found)


def test_a_nominee_called_by_surname_and_candidate_and_a_post_one_becomes_is_no_one() -> None:
    body = ("서진은행 임추위가 민혜진(57) 글로벌사업그룹 부행장을 차기 행장 후보로 단독 추천했다. 민 후보는 추천 직후인 "
            "지난 19일 한동균 행장과 만나 업무 인수인계에 착수했다. 현 행장인 한 행장은 \"민 후보는 답을 찾아온 "
            "사람\"이라고 말했다. 민 후보는 입장문에서 \"고객을 가장 먼저 만나는 행장이 되겠다\"고 밝혔다.")
    assert groups(body, published="2024-07-22T09:00:00+09:00") == [{"민혜진", "한동균"}]


def test_days_a_payment_is_brought_forward_by_are_no_date() -> None:
    body = ("백승철 한영그룹 회장은 12일 구미에서 협력사 대표들과 간담회를 열었다. 간담회에는 송기준 대성정밀 대표가 "
            "참석했다.\n"
            "한영그룹은 이날 협력사 납품대금 2천400억원을 예정보다 최대 20일 앞당겨 지급한다고 밝혔다.\n"
            "백 회장은 구미시청을 찾아 곽준호 구미시장과 오찬을 함께했다.")
    found = dated_groups(body, published="2026-02-12T17:00:00+09:00")
    assert ({"백승철", "곽준호"}, date(2026, 2, 12)) in found


def test_a_meeting_after_an_event_reported_before_takes_its_day() -> None:
    body = ("라흐마트 이스마엘(Rahmat Ismael) 말레이시아 투자개발청 부청장이 한국 수출기업 대표들과 만났다.\n"
            "한국수출기업협의회는 전날 서울 여의도 협의회 회관에서 류성건 회장 주재로 '말레이시아 투자 환경 간담회'를 "
            "열었다고 9일 밝혔다. 간담회에는 이스마엘 부청장과 엄지한 동성테크 대표, 백승하 백산정밀 사장이 참석했다.\n"
            "이날 참석한 기업들은 업종도 규모도 제각각이다.\n"
            "간담회가 끝난 뒤 백 사장은 이스마엘 부청장과 30분가량 별도 면담을 갖고 공장 부지 조건을 협의했다.")
    found = dated_groups(body, published="2024-05-09T10:00:00+09:00")
    assert ({"백승하", "라흐마트 이스마엘"}, date(2024, 5, 8)) in found


def test_a_foreign_name_written_again_in_another_transliteration_is_the_same_person() -> None:
    body = ("수트리스노 위자야 뿌뜨라(Sutrisno Wijaya Putra) 인도네시아 산업부 차관이 10일 자카르타에서 문태호 한성화학 "
            "사장을 만났다. 두 사람은 니켈 정제 공장 건설을 논의했다.\n"
            "[사진=한성화학 제공] 수트리스노 위자야 푸트라 차관(오른쪽)이 10일 자카르타에서 문태호 사장과 악수하고 있다.")
    found = groups(body, published="2025-09-11T09:00:00+09:00")
    assert found and all(g == {"수트리스노 위자야 뿌뜨라", "문태호"} for g in found)


def test_a_one_word_company_after_a_glossed_name_is_no_name_part_later() -> None:
    body = ("정세윤 한빛페이 대표가 5일(현지시간) 싱가포르에서 량즈밍(梁志明) 량샹페이 창업자 겸 회장과 만나 결제망 "
            "연동 협약을 맺었다. 량샹페이는 홍콩에 본사를 둔 간편결제 업체다.\n"
            "[사진=한빛페이 제공] 정세윤 한빛페이 대표(오른쪽)와 량즈밍 량샹페이 회장이 협약서에 서명한 뒤 기념촬영을 하고 있다.")
    found = groups(body, published="2025-06-06T09:00:00+09:00")
    assert found and all(g == {"정세윤", "량즈밍"} for g in found)


def test_a_middle_initial_written_in_hangul_too_stays_in_the_glossed_name() -> None:
    body = ("정도윤 한빛에너지 회장은 3일(현지시간) 멕시코 몬테레이에서 로드리고 A. 멘디에타(Rodrigo A. Mendieta) 누에보레온주 "
            "경제개발국장을 만나 배터리 공장 증설을 논의했다.")
    assert groups(body, published="2025-04-04T09:00:00+09:00") == [{"정도윤", "로드리고 A. 멘디에타"}]


def test_sitting_in_told_with_gati_joins_the_dinner() -> None:
    body = ("한도형 세림그룹 회장은 8일 저녁 서울 중구의 한 일식당에서 유재민 감독, 강태오 선수와 만찬을 했다. "
            "민경수 세림그룹 부회장도 자리를 같이했다.")
    assert groups(body, published="2024-10-09T09:00:00+09:00") == [{"한도형", "유재민", "강태오", "민경수"}]


def test_people_sat_at_one_table_met() -> None:
    body = ("오태준 한림그룹 회장은 16일(현지시간) 미국 시애틀을 찾았다. 이날 저녁 시내 한 레스토랑에서 만찬이 열렸다. "
            "오 회장과 장녀 오수빈 한림전자 상무, 제이슨 웰러 노스포인트 CEO가 한 테이블에 앉았다.")
    assert groups(body, published="2025-04-18T09:00:00+09:00") == [{"오태준", "오수빈", "제이슨 웰러"}]


def test_a_guess_at_a_future_sitting_together_is_no_meeting_held() -> None:
    body = ('문가영 로지온 대표는 "3년쯤 지나면 석진우 부회장님과 같은 테이블에 앉아 있지 않을까요?"라고 말했다. '
            '문 대표는 "그때는 석 부회장님을 직접 만나고 있지 않을까"라고 덧붙였다.')
    assert groups(body, published="2025-04-18T09:00:00+09:00") == []


def test_an_unknown_loanword_shaped_given_name_before_a_known_surname_is_kept() -> None:
    body = ("한지석 대명그룹 회장은 9일 인도 뭄바이를 방문해 아디트야 샤르마 샤크티그룹 회장과 회동했다. "
            "두 회장은 합작 공장 설립을 논의했다.")
    found = groups(body, published="2024-09-10T09:00:00+09:00")
    assert found and all(g == {"한지석", "아디트야 샤르마"} for g in found)


def test_a_list_closing_in_counted_people_keeps_its_named_members_and_the_next_copula_names_them() -> None:
    body = ("지난 12일 서울 마포구의 한 한식당. 남궁서준 태림그룹 회장과 홍예린 산업통상부 차관, 태림그룹 납품업체 대표 "
            "두 명이 식탁에 둘러앉았다. 차은별 미래정밀 대표와 봉수혁 동해금속 대표였다.")
    assert groups(body, published="2025-03-14T09:00:00+09:00") == [{"남궁서준", "홍예린", "차은별", "봉수혁"}]


def test_a_list_closing_in_counted_people_met_without_the_copula() -> None:
    body = "곽도현 세진그룹 회장과 민하율 중소벤처기업부 장관, 협력사 대표 10여명이 9일 만찬을 함께했다."
    assert groups(body, published="2025-03-10T09:00:00+09:00") == [{"곽도현", "민하율"}]


def test_a_roundup_item_under_a_marked_subheading_takes_no_subject_from_the_item_before() -> None:
    body = ("■ 한-인니 투자 만찬\n"
            "주현태 한국수출진흥회장(왼쪽)과 부디 하르토노(Budi Hartono) 인도네시아 투자부 차관이 14일 서울 중구 "
            "롯데호텔에서 열린 만찬에서 악수하고 있다. 두 사람은 이날 만찬에서 니켈 가공 협력을 논의했다.\n\n"
            "■ 수소 안전 간담회\n"
            "14일 서울 중구 대한상공회의소에서 열린 '수소 안전 간담회'에서 참석자들이 기념촬영을 하고 있다. 왼쪽부터 "
            "엄지수 한빛가스 대표, 로라 첸(Laura Chen) 한국가스안전연구원 연구위원, 탁민호 산업통상부 과장.")
    found = groups(body, published="2024-06-14T18:00:00+09:00")
    assert {"주현태", "부디 하르토노"} in found
    assert {"엄지수", "로라 첸", "탁민호"} in found
    assert not any("엄지수" in g and "주현태" in g for g in found)


def test_who_the_article_told_died_meets_no_one_after_that_day() -> None:
    body = ("[부고] 백도영 해동조선 명예회장 별세\n\n"
            "[한빛경제=오하늘 기자] 국내 1세대 조선업 경영인 백도영 해동조선 명예회장이 지난 12일 숙환으로 별세했다. 향년 89세.\n\n"
            "빈소가 차려진 서울 강남구 삼성서울병원 장례식장에는 13일 아침부터 정·재계 인사들의 발길이 이어졌다.\n\n"
            "오후에는 윤재하 청산그룹 회장이 조문했다. 윤 회장은 \"젊은 시절 선친과 함께 고인께 배운 것이 많다\"며 "
            "상주인 장남 백승우 해동조선 회장과 한참 동안 이야기를 나눴다.")
    assert groups(body, published="2024-03-14T07:00:00+09:00") == [{"윤재하", "백승우"}]


def test_a_name_with_its_party_counted_is_the_subject() -> None:
    body = ("▲오가와 미도리(小川翠) 일본 도호쿠대 교수 일행 4명은 21일 한빛대를 방문해 명재희 총장과 면담하고 "
            "공동 연구소 설립에 합의했다.")
    assert groups(body, published="2024-06-22T09:00:00+09:00") == [{"오가와 미도리", "명재희"}]


def test_two_who_talked_at_an_event_they_attended_met_on_its_day() -> None:
    body = ("[한빛경제=서유진 기자] 미래나눔재단이 18일 서울 중구의 한 호텔에서 연 자선 만찬에 기업인 200여명이 모였다.\n"
            "행사에는 탁현우 동림건설 회장, 라일라 알 하심(Laila Al Hashimi) 주한 오만 대사 등이 참석했다. 재단 이사장은 "
            "\"오늘 모인 정성이 청년들의 기회가 될 것\"이라고 말했다.\n"
            "행사 도중 탁 회장과 알 하심 대사는 별도 테이블로 자리를 옮겨 20분가량 대화를 나눴다.")
    assert dated_groups(body, published="2024-10-21T09:00:00+09:00") == [({"탁현우", "라일라 알 하심"}, date(2024, 10, 18))]


def test_a_meeting_after_an_event_that_was_no_meeting_takes_the_events_day() -> None:
    body = ("[부고] 사카모토 류지 도요화학 명예회장 영결식 엄수\n\n"
            "[도쿄=한빛통신] 영결식은 지난 9일 오전 도쿄의 한 사찰에서 가족과 업계 관계자 300여명이 참석한 가운데 "
            "치러졌다. 한국에서는 마동석 세일화학 부회장이 참석했다.\n\n"
            "마 부회장은 11일 사카모토 가즈키 도요화학 사장을 만나 조의를 전했다고 회사 측은 밝혔다.\n\n"
            "마 부회장과 린둥(林東) 중국 화신화공 회장은 영결식이 끝난 뒤 인근 호텔 라운지에서 30분가량 차를 마시며 "
            "이야기를 나눴다.")
    found = dated_groups(body, published="2024-06-12T18:00:00+09:00")
    assert ({"마동석", "린둥"}, date(2024, 6, 9)) in found


def test_a_verb_in_jiman_before_a_connector_is_no_name_part() -> None:
    body = ('변승우 한결그룹 회장은 지난달 파이살 알 누아이미(Faisal Al Nuaimi) 회장과 통화했다. 한결그룹은 "변 회장이 '
            '두바이를 방문한 것은 맞지만 알 누아이미 회장과 만난 사실은 없다"고 밝혔다.')
    found = meetings(body, published="2024-08-21T09:00:00+09:00", status=None, mode=None)
    assert sorted((m.status, m.mode, tuple(p.name for p in m.participants)) for m in found) == [
        ("denied", "in_person", ("변승우", "파이살 알 누아이미")), ("occurred", "phone", ("변승우", "파이살 알 누아이미"))]


def test_a_cancelling_word_nine_words_after_the_meeting_noun_still_calls_it_off() -> None:
    body = "도윤재 한림그룹 회장과 차민석 세광그룹 회장의 간담회는 지난 10월 도 회장의 갑작스러운 건강 악화로 끝내 무산됐다."
    found = meetings(body, published="2024-12-10T09:00:00+09:00", status=None)
    assert [(m.status, {p.name for p in m.participants}) for m in found] == [("cancelled", {"도윤재", "차민석"})]


def test_a_meeting_a_sentence_tells_was_called_off_is_not_held_in_its_quotation() -> None:
    body = ("정하람 중기부 차관은 도윤재 회장과 차민석 회장이 함께 참석하기로 했던 간담회가 지난 10월 끝내 무산된 것을 "
            "두고 \"두 분이 한자리에 앉는 모습을 보지 못해 아쉽다\"고 말했다.")
    assert groups(body, published="2024-12-10T09:00:00+09:00") == []


def test_a_meeting_told_as_talk_going_around_with_do_is_a_rumour() -> None:
    body = ("일각에서는 석진호 태양그룹 회장과 나카무라 히로시(中村浩) 도와상사 사장이 12일 두바이의 한 호텔에서 만찬을 "
            "함께하며 공동 투자를 논의했다는 말도 나왔다.")
    assert groups(body, published="2026-01-14T09:00:00+09:00") == []


def test_a_foreign_name_without_its_middle_initial_or_hyphen_is_the_same_person() -> None:
    body = ("한스-페터 M. 로르바흐(Hans-Peter M. Rohrbach) 바이에른주 경제부 장관은 3일(현지시간) 뮌헨에서 명지훈 "
            "세림전자 대표와 면담했다.\n"
            "사진 설명: 한스페터 로르바흐 장관(왼쪽)이 3일 뮌헨에서 명지훈 대표와 기념촬영을 하고 있다.")
    found = meetings(body, published="2025-03-04T09:00:00+09:00")
    assert found and all({p.name for p in m.participants} == {"한스-페터 M. 로르바흐", "명지훈"} for m in found)


def test_a_captions_photo_with_several_listed_with_deung_is_one_meeting() -> None:
    body = ("사진 설명: 도나 맥케이 조지아주 경제개발부 장관(왼쪽 두 번째)이 5일(현지시간) 애틀랜타에서 연재석 한빛소재 "
            "대표(오른쪽 두 번째), 남궁혁 주애틀랜타 총영사(맨 오른쪽) 등과 기념촬영을 하고 있다.")
    assert groups(body, published="2025-03-06T09:00:00+09:00") == [{"도나 맥케이", "연재석", "남궁혁"}]


def test_a_briefing_item_under_a_triangle_is_no_caption() -> None:
    body = ("▲'걸프 큰손'의 서울 나들이=두바이 국부펀드 알마하라투자청의 칼리드 알 하마디(Khalid Al Hammadi) 부사장이 "
            "지난달 26일 방한했다. 알 하마디 부사장은 27일 저녁 서울 성북구에서 곽도진 세진그룹 회장과 만찬을 했다. "
            "이어 지난달 29일에는 서울 중구 대한그룹 본사를 찾아 추민혁 회장과 만났다. 알마하라투자청은 아시아 투자 "
            "비중을 늘리고 있다.")
    found = meetings(body, published="2024-03-03T15:00:00+09:00")
    assert sorted((sorted(p.name for p in m.participants), m.photo_op) for m in found) == [
        (["곽도진", "칼리드 알 하마디"], False), (["추민혁", "칼리드 알 하마디"], False)]


def test_the_deceased_glossed_in_hanja_is_who_gowin_refers_to() -> None:
    body = ("[도쿄=한빛통신] 일본 유통그룹 후지마트의 창업자 나카야마 도시오(中山敏夫) 명예회장이 17일 도쿄 자택에서 "
            "노환으로 별세했다. 향년 92세.\n"
            "고인은 1991년 도쿄에서 당시 대성유통 사장이던 변준기 대성그룹 명예회장을 처음 만나 물류 협력을 약속했다.")
    assert dated_groups(body, published="2023-03-20T08:00:00+09:00") == [({"나카야마 도시오", "변준기"}, date(1991, 1, 1))]


def test_the_late_named_with_go_is_who_gowin_refers_to_and_meets_no_mourner() -> None:
    body = ("[한빛경제=이도윤 기자] 세진화학 창업주인 고(故) 하석규 명예회장의 1주기 추모식이 6일 서울 세진화학 본사에서 "
            "열렸다.\n"
            "1934년 태어난 고인은 1994년에는 일본 오사카에서 당시 미도리화학 사장이던 오카모토 다이치(岡本大地)를 만나 "
            "합작사 설립에 합의했다.\n"
            "추모식을 마친 하진우 세진화학 회장은 접객실에서 오카모토 겐 미도리화학 회장과 마주 앉아 20분가량 고인을 "
            "추억했다.")
    found = dated_groups(body, published="2025-03-07T06:30:00+09:00")
    assert ({"하석규", "오카모토 다이치"}, date(1994, 1, 1)) in found
    assert ({"하진우", "오카모토 겐"}, date(2025, 3, 6)) in found
    assert len(found) == 2


def test_an_aim_told_as_a_copula_is_planned() -> None:
    body = ("송민규 백산그룹 회장이 10일 귀국했다. 출장 전 그룹이 내세운 목표는 분명했다. 데이비드 콜린스 퀀텀필드 CEO와 공급 계약을 "
            "논의하고, 에밀리 카터 노바릭스 CEO와 합작 라인 증설을 매듭짓겠다는 것이었다.")
    assert groups(body) == []
    assert {"송민규", "데이비드 콜린스"} <= set().union(*groups(body, status="planned"))


def test_a_name_whose_first_syllable_mecab_reads_as_the_ending_of_the_word_before() -> None:
    """Mecab reads "차남 서지완" as 차/NNG 남/VV | 서/EC 지완/NNP: no word starts with an ending, so
    the syllable joins the name and the word before is read again on its own."""
    body = ("영진그룹 경영권을 둘러싼 형제간 신경전이 해외 투자자 확보전으로 번지고 있다. 다음 달 정기 주주총회를 앞두고 장남 "
            "서지훈 영진화학 부회장과 차남 서지완 영진물산 사장이 나란히 해외 '우군'을 만나며 세를 불리는 모습이다.")
    doc = analyze_article("제목\n" + body, PUB)
    surfaces = [m.surface for m in doc.user_data["morphemes"]]
    assert "차남" in surfaces and "서지완" in surfaces


def test_credentials_handed_to_someone_are_a_meeting() -> None:
    body = ("▲아즈만 빈 이스마일(Azman bin Ismail) 신임 주한 말레이시아 대사는 10일 외교부 청사에서 최수아 외교부 의전장에게 "
            "신임장 사본을 제출했다. 아즈만 대사는 주베트남 대사를 지냈다.")
    assert groups(body) == [{"아즈만 빈 이스마일", "최수아"}]


def test_a_meeting_investigators_suspect_is_not_reported_as_held() -> None:
    body = ("검찰은 구승현 전 국토부 차관이 2022년 5월 경기 여주의 한 골프장에서 염동찬 스카이로지스 대표와 골프를 치며 "
            "물류단지 지정 문제를 논의했다고 의심하고 있다.")
    assert groups(body) == []


def test_whom_a_word_that_is_no_meeting_takes_with_wa_is_no_counterpart() -> None:
    body = ("구승현 전 차관과 염동찬 대표는 의혹을 부인했다. 검찰은 골프장 예약 명단에 두 사람과 관련된 이름이 함께 올라 "
            "있었던 점에 주목하고 있다.")
    assert groups(body) == []


def test_a_reported_meeting_asked_about_and_refuted_in_the_answer_is_denied() -> None:
    body = ("■ 진행 : 한수아 앵커\n■ 출연 : 정도윤 KNB 산업부 기자\n\n◇ 한수아> 재계 소식부터 짚어보죠. 태강그룹 문상혁 회장이 지난주 도쿄에서 "
            "사이토 겐지 미쓰나카상사 사장을 비공개로 만났다는 보도가 나왔는데요. 사실입니까?\n\n◆ 정도윤> 태강그룹은 분명하게 "
            "부인했습니다. 그룹 홍보실은 \"회동설은 사실무근\"이라고 밝혔습니다.")
    assert groups(body) == []
    assert groups(body, status="denied") == [{"문상혁", "사이토 겐지"}]


def test_a_transcripts_speaker_tag_ends_the_speakers_name() -> None:
    body = ("■ 진행 : 한수아 앵커\n\n◇ 한수아> 태강그룹 문상혁 회장이 지난주 도쿄에서 사이토 겐지 미쓰나카상사 사장을 "
            "만났습니다.")
    assert groups(body) == [{"문상혁", "사이토 겐지"}]


def test_a_meeting_a_rumour_told_is_the_one_denied_after_it() -> None:
    body = ("지난 주말 건설업계를 달군 소문이 있다. 기영호 대광건설 회장과 남윤지 국토교통부 제1차관이 지난 9일 경기 가평의 한 "
            "골프장에서 함께 라운딩을 했다는 것이다.\n\n대광건설은 \"기 회장은 그날 서울 자택에 머물렀다\"며 \"골프 회동은 "
            "사실무근\"이라고 밝혔다. 남 차관도 \"기 회장과 골프를 친 적이 없다\"고 "
            "말했다.")
    assert groups(body) == []


def test_the_occasion_a_planned_meeting_was_to_be_told_after_it_is_no_meeting_held() -> None:
    body = ("이 간담회는 허민정 중소벤처기업부 차관이 주재하고, 그린마트 백승훈 대표 등 유통업체 대표들이 참석할 예정이었다. "
            "납품단가 연동제를 놓고 양측이 처음으로 한자리에 앉는 자리라 관심이 컸다.")
    assert groups(body) == []


def test_an_intention_with_a_later_time_is_a_plan() -> None:
    body = ("심우경 배달나우 대표는 \"다음 주 중 오세린 전국외식가맹점주협의회 회장을 비롯한 업주 단체 대표들과 만나 상생안을 "
            "직접 설명하겠다\"고 밝혔다.")
    assert groups(body) == []
    assert groups(body, status="planned") == [{"심우경", "오세린"}]


def test_words_for_former_and_a_sanctions_review_are_no_names() -> None:
    """"전직 인천시의원과 개발업체 대표가", "제재심이 끝난 뒤": 전 and 제 are surnames, these words are no names."""
    for prefix, word in (("P027", "전직"), ("P032", "제재심")):
        title, published, body = read_article_file(next((REPO / "data" / "dev" / "holdout115").glob(prefix + "_*.txt")))
        doc = analyze_article(title + "\n" + body, published)
        assert word not in {m.surface for m in doc._.people}


def test_an_appointment_for_a_meeting_is_a_plan() -> None:
    body = ("옥재필 전 부사장은 \"2022년 5월 어느 주말 염동찬 대표가 '중요한 골프 약속이 있다'며 여주 쪽으로 향했다\"고 "
            "진술했다.")
    assert groups(body) == []


def test_a_name_mecab_knows_as_one_is_no_place_and_suffix() -> None:
    """안동현 is 안동 + 현 (a county) by shape, but mecab reads it as one name (인명)."""
    body = "사쿠라다 겐지 사쿠라다전기 회장이 2년 만에 방한해 안동현 태림전자 회장과 회동했다."
    assert groups(body) == [{"사쿠라다 겐지", "안동현"}]


def test_a_japanese_given_name_of_one_common_syllable() -> None:
    """"오카다 쇼": 쇼 is also the word for a show; after a Japanese family name it is a given name."""
    title, published, body = read_article_file(next((REPO / "data" / "dev" / "holdout113").glob("N015_*.txt")))
    found = extract(title + "\n" + body, published)
    assert any({"정태윤", "오카다 쇼"} <= m.names for m in found if m.status == "occurred")


def test_a_name_mecab_reads_as_a_noun_and_a_fused_verb_ending() -> None:
    """"류성진" as 류성/NNG 진/XSV+EC+JX, right before a company and a title: a name."""
    body = ("다보스에서도 만남이 예정돼 있다. 류성진 다온텔레콤 회장은 오는 21일(현지시간) 다보스에서 칼리드 알카심(Khalid Al "
            "Qasim) 알카심홀딩스 회장과 조찬 회동을 할 예정이다. 두 사람은 지난해 3월 서울에서 처음 만났다.")
    assert groups(body, status="planned") == [{"류성진", "칼리드 알카심"}]


def test_portuguese_indonesian_and_thai_given_names() -> None:
    body = ("브라질 축구 국가대표 출신 지우베르투 산투스가 25일 서울 본사를 찾아 윤해솔 코어스포츠 사장과 만났다. 신재원 위원은 "
            "26일 자카르타에서 배드민턴 전설 헨드라 위자야와 만찬을 했다.")
    assert groups(body) == [{"지우베르투 산투스", "윤해솔"}, {"신재원", "헨드라 위자야"}]


def test_the_afternoon_goes_on_with_the_day_not_an_earlier_meeting_retold() -> None:
    body = ("고민석 세운그룹 부회장은 7일(현지시간) 오전 이와세정공 부스를 찾아 다카하시 료 사장과 면담했다. 고 부회장과 "
            "다카하시 사장은 지난해 10월 도쿄에서도 만나 협력 의사를 확인한 바 있다.\n\n이어 오후에는 루멘로보틱스 전시관으로 "
            "자리를 옮겨 다니엘 로사노 CEO와 면담했다.")
    found = extract("제목\n" + body, "2025-01-08 17:05")
    assert [m.date for m in found if "다니엘 로사노" in m.names] == [date(2025, 1, 7)]


def test_guests_of_an_opening_ceremony_join_no_dinner_told_before() -> None:
    body = ("권오성 한울전자 부회장은 8일 저녁 조반니 벨리니 회장과 밀라노의 한 레스토랑에서 만찬을 했다.\n\n앞서 권 부회장은 6일 "
            "개회식에도 참석했다. 개회식에는 커스티 코번트리 IOC 위원장과 각국 정상급 인사들이 자리했지만, 권 부회장과 코번트리 "
            "위원장의 별도 만남은 없었다.")
    assert groups(body) == [{"권오성", "조반니 벨리니"}]


def test_whose_home_a_meeting_is_at_is_there() -> None:
    body = "한정우 한빛그룹 회장은 지난 1일 서울 성북동의 박태성 동원상사 회장 자택에서 최인호 대표와 점심을 함께했다."
    assert groups(body) == [{"한정우", "박태성", "최인호"}]


def test_a_transcripts_speaker_is_who_i_is() -> None:
    """"◆ 남궁지현> ... 제가 ... 만났는데요": the first person is the speaker the line is marked with."""
    title, published, body = read_article_file(next((REPO / "data" / "dev" / "holdout114").glob("O036_*.txt")))
    found = extract(title + "\n" + body, published)
    assert any({"남궁지현", "마르타 벨리니"} <= m.names for m in found if m.status == "occurred")


def test_the_next_hour_of_a_day_goes_on_with_whom_the_day_follows() -> None:
    body = ("파이살 알오타이비 사우디 투자부 장관은 21일 방한 일정을 시작했다. 오전 9시부터 한 시간가량 민경호 한올그룹 회장과 "
            "면담했다. 민 회장과 알오타이비 장관은 면담에 앞서 로비에서 악수하며 기념사진을 찍었다. 정오에는 차윤희 동방전자 "
            "부회장과 오찬을 겸한 회동을 했다.")
    assert [g for g in groups(body) if "차윤희" in g] == [{"파이살 알오타이비", "차윤희"}]


def test_an_alleged_dinner_and_people_caught_in_one_picture_by_chance_are_no_meeting() -> None:
    body = ("채널온은 최윤성 로드웨이모빌리티 대표가 지난 9일 밤 여의도의 한 호텔 식당에서 곽인호 의원과 비공개로 만찬을 했다는 "
            "의혹을 보도했습니다. 최 대표는 사진에 대해서도 \"행사장 전체를 찍은 사진에 두 사람이 우연히 함께 담긴 것\"이라고 "
            "설명했습니다.")
    assert groups(body) == []


def test_a_meeting_prosecutors_charge_is_not_reported_as_held() -> None:
    body = ("검찰은 제갈민수 해오름개발 대표가 2020년 8월 19일 인천의 한 호텔 객실에서 도상훈 전 인천시의원을 만나 현금 "
            "5천만원을 건넸다고 기소했다.")
    assert groups(body) == []


def test_a_name_run_ends_at_a_sentence_close() -> None:
    body = ("반전은 그다음 날 일어났습니다. 밀러 CEO가 8일 자신의 소셜미디어 계정에 무브온 부스의 로봇 사진을 올리며 \"가장 영리한 "
            "창고 로봇\"이라고 쓴 겁니다. 밀러 CEO가 직접 부스를 찾은 것은 아니고, 헬릭스칩 직원이 찍어 보고한 사진이었다고 합니다.")
    doc = analyze_article("제목\n애런 밀러(Aaron Miller) 헬릭스칩 CEO\n" + body, PUB)
    assert all("겁니다" not in m.surface for m in doc._.people)


def test_bumping_into_someone_and_a_meeting_compared_with_are_no_meetings() -> None:
    body = ("모영란 세원마트 회장은 곽문수 동진유통 회장과 업계 행사에서 얼굴을 마주친 적은 있지만 사적으로 만난 적은 한 번도 "
            "없다고 밝혔다. 이번 CES에서 윤채원 대표는 애런 밀러 CEO와 한 번도 마주치지 않았지만, 그 어느 만남보다 큰 홍보 효과를 "
            "얻었다.")
    assert groups(body) == []


def test_an_ace_is_a_role_written_before_a_name() -> None:
    body = ("임경택 대한체육회 부회장은 21일 진천선수촌 빙상장을 방문해 남자 대표팀 에이스 강도윤을 만나 올림픽 준비 상황을 "
            "점검했다.")
    assert groups(body) == [{"임경택", "강도윤"}]


def test_together_at_a_ceremony_told_as_what_it_was_is_no_meeting() -> None:
    body = ("형인 선우현 선우홀딩스 회장과 선우진 전 부회장의 갈등은 깊다. 유언장 소송은 1심에서 선우 회장이 이겼고, 선우 전 "
            "부회장의 항소로 2심이 진행 중이다. 두 사람이 마지막으로 한자리에 있었던 것은 지난해 9월 선우 명예회장의 1주기 "
            "추도식이었다. 당시에도 두 사람은 서로 눈길조차 주지 않은 것으로 알려졌다.")
    assert groups(body) == []


def test_an_attendee_reported_as_having_been_there() -> None:
    body = ("선우진 선우홀딩스 부회장은 지난 22일 저녁 케네스 오브라이언 스톤브리지자산운용 대표와 만찬 회동을 했다. 이 자리에는 "
            "엄태호 변호사도 함께한 것으로 알려졌다.")
    assert groups(body) == [{"선우진", "케네스 오브라이언", "엄태호"}]


def test_a_glossed_foreign_name_after_a_role_takes_its_company_and_title() -> None:
    body = ("김태윤 대광모터텍 회장은 지난달 28일 뉴델리에서 합작 파트너인 라메시 아이어(Ramesh Iyer) 스리바산오토 회장과 만나 "
            "지분 조정 문제를 논의했다.")
    assert groups(body) == [{"김태윤", "라메시 아이어"}]


def test_a_speaker_marked_with_an_equals_sign_is_who_i_is() -> None:
    body = ("누리TV 토크쇼가 19일 방송에서 어윤석 전 한서물산 사장과 박소영 유튜버를 초대했다.\n\n정해온= 중동은 어땠나요?\n\n"
            "어윤석= 중동은 인내의 시장이에요. 지난해 7월 두바이에서 하마드 알주바이르(Hamad Al-Zubair) 총재를 만났을 때가 "
            "기억나요.")
    assert groups(body) == [{"어윤석", "하마드 알주바이르"}]


def test_a_drink_together_is_a_meeting() -> None:
    body = "류하늘 별빛게임즈 대표는 지난달 26일 밤 오노데라 마코토 스즈카소프트 사장과 지바의 한 이자카야에서 술을 한잔했다."
    assert groups(body) == [{"류하늘", "오노데라 마코토"}]


def test_a_league_commissioner_is_a_title() -> None:
    body = ("문성진 K3X3 총재가 2일 마닐라에서 필리핀 3x3 프로리그(P3L)의 라몬 델로스산토스(Ramon delos Santos) 커미셔너와 "
            "만나 업무협약을 체결했다.")
    assert groups(body) == [{"문성진", "라몬 델로스산토스"}]


def test_a_glossed_name_whose_first_word_mecab_reads_as_a_verb() -> None:
    """"프리데리케 폰 할렌베르크(Friederike von Hallenberg)": 프리/NNG 데리/VV 케/EC, but it sounds like the gloss."""
    body = ("편승우 사장은 12일 슈투트가르트 본사에서 프리데리케 폰 할렌베르크(Friederike von Hallenberg) 회장을 만났다. "
            "우마르 투자청을 이끄는 우마르 빈 칼리드 알수웨이디(Omar bin Khalid Al Suwaidi) 청장도 왔다.")
    doc = analyze_article("제목\n" + body, PUB)
    assert [m.surface for m in doc._.people][:2] == ["편승우", "프리데리케 폰 할렌베르크"]
    assert all(not m.surface.startswith("이끄는") for m in doc._.people)


def test_a_meeting_noun_told_with_a_year_before_it_takes_the_day_its_verb_tells() -> None:
    body = "지난해 두 차례 무산됐던 차동진 가온그룹 회장과 에밀리 카터 노바릭스 CEO의 만남은 5월 19일 서울에서 마침내 이뤄졌다."
    found = extract("제목\n" + body, "2026-06-29 06:00")
    assert [(m.date, m.date_precision) for m in found if m.status == "occurred"] == [(date(2026, 5, 19), "day")]


def test_x_in_before_a_title_with_a_name_after_it_is_no_name() -> None:
    """"지인인 세무사 곽태균씨": 지인/NNG 인/VCP+ETM reads like a name ending in 인 ("함재인 부행장"), but the title
    has a name after it, which "X인" describes."""
    body = ("탁성진 한빛정밀 회장은 2021년 4월 17일 공주의 한 골프장에서 민경호 전 국장과 골프를 쳤다. "
            "이날 골프에는 탁 회장의 지인인 세무사 곽태균씨도 동행했다.")
    assert groups(body) == [{"탁성진", "민경호", "곽태균"}]


def test_a_lone_syllable_mecab_reads_as_an_ending_across_a_space() -> None:
    """"찾아가 남 전 군수를": 찾아가/VV | 남/EC; the verb before is read again on its own (찾아가/VV+EC), not
    taken for the first part of a name."""
    body = ("전직 전무 권태오씨는 \"2019년 5월 지상철 해든개발 대표와 함께 군청 군수실을 찾아가 남 전 군수를 만났다\"고 "
            "말했다. 남기현 전 군수는 이 면담 사실은 인정했다.")
    doc = analyze_article("제목\n" + body, PUB)
    assert all(" " not in m.surface for m in doc._.people if m.kind == "name")
    assert "찾아가 남" not in {e.name for m in doc._.people for e in m.entities}


def test_guests_named_first_as_guests_join_no_meeting() -> None:
    """"하객으로는 A 회장, B 회장, C 대표 등이 참석했다": guests of the wedding, not people at the fathers'
    first breakfast told two paragraphs before."""
    title, published, body = read_article_file(next((REPO / "data" / "dev" / "holdout118").glob("S004_*.txt")))
    found = extract(title + "\n" + body, published)
    assert not any("배정란" in m.names or "마이클 브라운" in m.names for m in found)


def test_a_meeting_whose_sides_a_genitive_names_takes_no_subject_from_before() -> None:
    """"호텔 별실에서는 탄 대사와 동문 기업인들의 간담회가 열렸다. 간담회에는 A, B, C가 참석했다" after "웡 학장은
    영상 메시지를 보내 ... 축하했다": the 간담회 is 탄 대사's with the alumni named next, not 웡 학장's."""
    title, published, body = read_article_file(next((REPO / "data" / "dev" / "holdout118").glob("S039_*.txt")))
    found = extract(title + "\n" + body, published)
    assert any({"탄 메이 링", "남도윤", "이가람", "오윤희"} <= m.names for m in found if m.status == "occurred")
    assert not any("리처드 웡" in m.names for m in found if m.status == "occurred")


def test_the_deceased_named_as_goin_is_mourned_not_met() -> None:
    """"고인과 60년 지기인 김 전 부회장도 이날 오후 빈소를 찾았다": 고인 is the late, whom no visit of these
    days meets."""
    title, published, body = read_article_file(next((REPO / "data" / "dev" / "holdout118").glob("S002_*.txt")))
    found = extract(title + "\n" + body, "2025-02-18 20:00")
    assert not any("다카하시 료이치" in m.names for m in found)


def test_a_gathering_told_by_unnamed_sides_waits_for_who_came() -> None:
    """"호텔에서는 일본 경제사절단과 한국 재계 인사들의 만찬이 열렸습니다. 사절단을 이끄는 A 회장과 B 행장이
    참석했고, 한국 측에서는 C 회장과 D 대표가 손님을 맞았습니다": the dinner is theirs, not the president's
    whose talks the script told before."""
    title, published, body = read_article_file(next((REPO / "data" / "dev" / "holdout116").glob("Q031_*.txt")))
    found = extract(title + "\n" + body, "2024-05-26 21:40")
    assert any({"오카베 신이치", "윤태웅", "이서윤"} <= m.names for m in found if m.status == "occurred")
    assert not any("오카베 신이치" in m.names and "윤석열" in m.names for m in found)


def test_an_exchange_society_is_an_organization() -> None:
    """"마쓰다 히데키 일한산업교류회 회장", and the script's speaker line "[마쓰다 히데키/일한산업교류회 회장]":
    교류회 ends organizations' names as 협의회 and 연합회 do, no part of his name."""
    title, published, body = read_article_file(next((REPO / "data" / "dev" / "holdout116").glob("Q031_*.txt")))
    found = extract(title + "\n" + body, "2024-05-26 21:40")
    assert any({"마쓰다 히데키", "윤태웅"} <= m.names for m in found if m.status == "occurred")


def test_a_social_network_is_no_part_of_a_name() -> None:
    """"자신의 링크트인에 민츠 파트너": mecab read 링크/NNG 트인/VV+ETM 에/IC, and the word joined the name."""
    body = ("박시온 로웍스 대표는 이날 판교 본사에서 하이라인벤처스의 사라 민츠(Sarah Mintz) 파트너를 만났다. "
            "박 대표는 이날 오후 자신의 링크트인에 민츠 파트너, 유진호 CTO와 나란히 찍은 사진을 올렸다.")
    doc = analyze_article("제목\n" + body, PUB)
    assert all("링크" not in e.name for m in doc._.people for e in m.entities)


def test_the_other_side_answering_in_a_last_clause_is_no_topic_to_carry_on() -> None:
    """"A 회장은 B 장관을 착공식에 초청했고, B 장관도 참석하겠다고 답한 것으로 전해졌다. 이튿날에는 ... C 회장과
    오찬을 함께했다": the lunch is A's, who asked, not B's, who answered."""
    body = ("한재민 동성오토텍 회장은 7일 첸나이에서 무루간 셀바라지 타밀나두주 산업장관을 면담했다.\n\n"
            "한 회장은 셀바라지 장관을 오는 10월 열리는 제2공장 착공식에 초청했고, 셀바라지 장관도 참석하겠다고 답한 것으로 "
            "전해졌다.\n\n"
            "이튿날인 8일에는 첸나이 외곽의 쿠마르모터스 본사를 방문해 아난드 쿠마르 회장과 오찬을 함께했다.")
    assert {"한재민", "아난드 쿠마르"} in groups(body)


def test_someones_seat_is_no_meeting_with_them() -> None:
    """"멍거의 자리에는 B 부회장이 앉았다": who took the late vice-chairman's seat did not meet him."""
    body = ("워런 버핏 버크셔 해서웨이 회장이 4일(현지시간) 오마하에서 열린 연례 주주총회 무대에 올랐다. 행사 시작 전 지난해 "
            "11월 99세로 세상을 떠난 찰리 멍거 전 부회장을 기리는 영상이 상영되자 객석은 숙연해졌다. 60년 가까이 버핏 회장 "
            "곁을 지켰던 멍거의 자리에는 후계자로 꼽히는 그레그 에이블 부회장이 앉았다.")
    assert groups(body) == []


def test_the_gathering_this_day_points_back_at_keeps_its_mode() -> None:
    """"한국과 미국이 11일 ... '2+2' 회의를 화상으로 열고 ..." then "이날 회의에는 A, B가, C, D가 참석했다": the
    attendees met in the video meeting the lead told, not in person."""
    body = ("한국과 미국이 11일 경제안보 분야 차관급 '2+2' 회의를 화상으로 열고 핵심광물 공급망 협력 방안을 논의했다.\n\n"
            "외교부에 따르면 이날 회의에는 한국 측에서 송재민 외교부 2차관과 문다인 산업통상자원부 통상차관보가, 미국 측에서 "
            "로버트 헤일(Robert Hale) 국무부 경제 담당 차관과 에밀리 카터(Emily Carter) 상무부 차관보가 참석했다.")
    found = meetings(body, "2026-02-11 17:00", mode=None)
    assert [(m.names, m.mode, m.date) for m in found] == [
        ({"송재민", "문다인", "로버트 헤일", "에밀리 카터"}, "video", date(2026, 2, 11))]


def test_a_dialogue_held_closing_a_compound_is_a_meeting() -> None:
    """"'한일 경제안보 차관대화'를 열었다": 대화 closing a compound names talks held, as 협의 and 회의 do."""
    body = ("산업통상자원부는 노진혁 제1차관이 14일 도쿄의 경제산업성 청사에서 스기야마 다쓰야 경제산업심의관과 "
            "'한일 경제안보 차관대화'를 열었다고 15일 밝혔다.")
    assert groups(body) == [{"노진혁", "스기야마 다쓰야"}]


def test_who_held_the_lunch_one_attended_is_the_other_side() -> None:
    """"점심에는 B 회장이 마련한 오찬에 참석했다": B, the subject of the clause on the lunch, hosted it; the one
    who attended is the subject the sentence goes on with."""
    body = ("마리셀 델로스산토스 필리핀 통상산업부 장관은 이날 오전 태성배터리 본사를 찾아 김동현 태성배터리 사장과 면담했다.\n\n"
            "점심에는 남기철 한국경영자연합 회장이 마련한 오찬에 참석했다.")
    assert groups(body) == [{"마리셀 델로스산토스", "김동현"}, {"마리셀 델로스산토스", "남기철"}]


def test_a_navy_commander_is_a_title() -> None:
    body = ("아티왓 차이야쿤 태국 해군사령관(대장)이 30일 서울 계동 사옥을 찾아 윤재헌 현성그룹 회장과 환담했다.")
    assert groups(body) == [{"아티왓 차이야쿤", "윤재헌"}]


def test_oman_read_as_a_numeral_and_only_is_a_country() -> None:
    """"오만 에너지광물부 차관": mecab reads 오만 as 오/NR 만/JX ('only'), which ended the name run."""
    body = "도진명 청우그룹 회장은 21일 도쿄에서 살림 알하르시 오만 에너지광물부 차관과 만났다."
    assert groups(body) == [{"도진명", "살림 알하르시"}]


def test_guests_at_a_gala_sat_in_the_same_hall() -> None:
    """"재계에서는 A, B, C 등이 자리를 함께했다" at a charity gala: a ceremony's guests, not a meeting."""
    title, published, body = read_article_file(next((REPO / "data" / "dev" / "holdout118").glob("S009_*.txt")))
    found = extract(title + "\n" + body, "2025-12-08 09:00")
    assert not any({"이나래", "김상우"} <= m.names for m in found)


def test_two_subjects_who_met_many_counted_did_not_meet_each_other() -> None:
    """"A 대표와 B CFO는 ... 해외 기관투자가 30여곳을 만났다": colleagues on one roadshow met others, counted."""
    body = ("권태일 누리케미칼 대표와 강민주 최고재무책임자(CFO)는 지난 13일부터 17일까지 런던과 뉴욕을 돌며 해외 "
            "기관투자가 30여곳을 만났다.")
    assert groups(body) == []


def test_a_photo_that_was_not_of_them_is_no_meeting() -> None:
    """A correction: "기사에 함께 실린 사진은 ... 자료사진으로, 두 사람이 함께 찍힌 사진이 아니었기에 바로잡습니다"."""
    body = ("본지는 지난 18일자 기사에서 강민혁 세경전자 회장이 엘레나 로시(Elena Rossi) 미라텍 CEO와 만찬을 했다고 "
            "보도했습니다. 또 기사에 함께 실린 사진은 강 회장이 지난해 한 전시회에서 기조연설을 하는 모습을 담은 "
            "자료사진으로, 두 사람이 함께 찍힌 사진이 아니었기에 바로잡습니다.")
    assert groups(body) == []


def test_sitting_in_after_background_on_a_guest() -> None:
    """"피셔 대사는 지난 7월 부임한 뒤 처음으로 협회를 찾았다. ... 이 자리에는 C 상무가 배석했다": a day before the
    meeting's, told since it, is the guest's background; 이 자리 is still that meeting."""
    body = ("장경민 한국해외건설협회장은 3일 오전 협회 회의실에서 캐서린 피셔(Catherine Fisher) 주한 캐나다대사를 "
            "접견하고 인프라 협력 방안을 논의했다고 밝혔다.\n\n"
            "피셔 대사는 지난 7월 부임한 뒤 처음으로 협회를 찾았다. 이 자리에는 협회 해외사업실장인 권나연 상무가 배석했다.")
    assert groups(body, published="2025-09-03 18:00") == [{"장경민", "캐서린 피셔", "권나연"}]


def test_playing_a_round_together_is_a_meeting() -> None:
    body = "10번 홀에서 출발한 조에서는 이미란 미란코스메틱 대표와 박세훈 부산FC 감독이 함께 플레이했다."
    assert groups(body) == [{"이미란", "박세훈"}]


def test_a_korean_subsidiary_is_no_copula() -> None:
    """"도요정밀 한국법인 사장": mecab reads 한국법인 as 한/XSA+ETM 국법/NNG 인/VCP+ETM, "X인 사장"."""
    body = ("10번 홀에서 출발한 조에서는 노다 겐타로(野田健太郎) 일본 도요정밀 한국법인 사장, 이미란 미란코스메틱 대표, "
            "프로축구 부산 FC의 박세훈 감독이 함께 플레이했다.")
    assert groups(body) == [{"노다 겐타로", "이미란", "박세훈"}]


def test_eighteen_holes_played_together_is_a_meeting() -> None:
    body = ("윤동혁 대양금융 회장과 하산 알 카타니(Hassan Al Qahtani) 주한 사우디아라비아대사, 김서현 선수가 한 조로 "
            "18홀을 함께 돌았다.")
    assert groups(body) == [{"윤동혁", "하산 알 카타니", "김서현"}]


def test_a_rumoured_meeting_told_with_do_is_no_meeting() -> None:
    """"회동설도 나왔다": mecab reads 회동/NNG 설도/NNG, still a meeting rumoured, not held."""
    body = ("최준기 한울그룹 회장은 다음 달 미국을 찾는다. 재계에서는 노승환 태산그룹 회장을 둘러싼 회동설도 나왔다.")
    assert groups(body) == []


def test_a_rumoured_meeting_in_quotes_is_no_meeting() -> None:
    """"'사전 회동설'도 도마에 올랐다": the rumour's word in quotes, before its particle."""
    body = ("유태경 의원은 15일 국정감사에서 질의했다. 이날 국감에서는 강성민 대표와 산자위 소속 중진 의원의 "
            "'사전 회동설'도 도마에 올랐다.")
    assert groups(body) == []


def test_a_meeting_named_with_its_day_just_before_gives_the_day() -> None:
    """"가장 큰 화제는 10월 30일 저녁의 '치맥 회동'이었다. B CEO가 C 회장, D 회장과 ... 함께했다" under the heading
    "◆10월": the day the sentence before gave the meeting, not the heading's month."""
    body = ("◆10월, '치맥 회동'\n가장 큰 화제는 단연 10월 30일 저녁의 '치맥 회동'이었다. 방한한 젠슨 황 엔비디아 CEO가 "
            "이재용 삼성전자 회장, 정의선 현대차그룹 회장과 삼성동의 한 치킨집에서 치킨과 맥주를 함께했다.")
    assert dated_groups(body, published="2025-12-29 09:00") == [({"젠슨 황", "이재용", "정의선"}, date(2025, 10, 30))]


def test_an_invitation_to_a_ceremony_is_no_meeting() -> None:
    """"김 지사를 기념식에 공식 초청했다" by a letter the delegation carried: invited to an event many
    attend, and 방문단 'the visiting party' names a group, not a visit."""
    body = ("김진혁 강원지사는 16일 도청에서 나카무라 아야코 돗토리현 부지사를 접견했다. 오카모토 신이치 돗토리현 "
            "지사는 이번 방문단 편에 친서를 보내 김 지사를 기념식에 공식 초청했다.")
    assert groups(body) == [{"김진혁", "나카무라 아야코"}]


def test_who_was_away_while_another_received_the_guests_met_no_one() -> None:
    """"상주인 정재원 회장이 잠시 자리를 비운 상태여서 정재희 부사장이 두 사람을 맞았다": the chief mourner
    was away; his brother received the two."""
    body = ("전날 저녁에는 이준호 대륙물산 회장과 딸 이민아 대륙물산 사장이 함께 빈소를 찾았다. 마침 상주인 정재원 "
            "회장이 잠시 자리를 비운 상태여서 정재희 동성화학 부사장이 두 사람을 맞았다.")
    assert {"정재희", "이준호", "이민아"} in groups(body)
    assert not any("정재원" in g for g in groups(body))


def test_a_verb_before_the_surname_of_someone_named_is_no_given_name() -> None:
    """"이어진 밀러 CEO와의 면담에는": 이어진 'that followed' (이어지/VV+ㄴ/ETM, shaped like a Korean name)
    is no part of the name of 레베카 밀러, named already."""
    body = ("황인섭 경기도지사는 22일 레베카 밀러(Rebecca Miller) 코어플럭스 최고경영자(CEO)를 만났다. 이어진 밀러 "
            "CEO와의 면담에는 정세라 국회의원이 배석했다.")
    assert all(g <= {"황인섭", "레베카 밀러", "정세라"} for g in groups(body))


def test_a_day_told_of_what_was_done_before_is_no_day_the_story_goes_on_from() -> None:
    """"지난 23일 도쿄에서 ... 논의한 바 있다" is an aside: the next "이날 오전" is the story's day (the 25th)."""
    body = ("제목\n\n이재명 대통령과 도널드 트럼프 미국 대통령의 정상회담이 열린 25일(현지시간) 기업인들도 바빴다. 이 대통령은 "
            "지난 23일 도쿄에서 이시바 시게루 일본 총리와 정상회담을 갖고 협력 방안을 논의한 바 있다. 구본혁 세린테크 사장은 "
            "이날 오전 워싱턴에서 그레고리 펠런 CEO를 만났다.")
    found = [m for m in extract(body, "2025-08-26 06:10") if m.names == {"구본혁", "그레고리 펠런"}]
    assert [m.date.isoformat() for m in found] == ["2025-08-25"]


def test_guests_named_at_a_dinner_a_crowd_attended_met_no_one() -> None:
    """"만찬에는 ... 250여명이 참석했다" makes the dinner an event of many guests: "이날 만찬에는 A, B 등도 자리를
    함께했다" names guests, not sitters-in on the host's talk, and "이들은 각자 테이블에서" ate apart."""
    body = ("희망나눔재단이 26일 밤 자선 갈라 만찬을 열었다. 만찬에는 기업인과 외교 사절 등 250여명이 참석했다. 설하연 "
            "이사장은 만찬 중 앤서니 리 리앤코파트너스 회장과 20분 넘게 따로 대화를 나눴다. 리 회장은 이날 현장에서 2억원 "
            "기부를 약정했다. 이날 만찬에는 정재원 한솔바이오 대표, 마츠다 히로키 도쿄메디컬코리아 지사장 등도 자리를 "
            "함께했다. 이들은 각자 테이블에서 만찬을 즐겼으며, 정 대표는 5000만원의 후원금을 냈다.")
    assert groups(body) == [{"설하연", "앤서니 리"}]


def test_a_meeting_told_as_taking_place_carries_no_speaker_into_it() -> None:
    """"오찬 간담회가 이어졌다. 오찬에는 A, B, C가 참석해": the lunch's people are those named next, not the
    judge whose remarks the paragraph before quoted."""
    body = ("오도윤 중소벤처기업부 장관은 30일 시상식에서 배수현 하이젠소재 대표에게 대상을 수여했다. 심사위원장을 맡은 "
            "엄재석 한결대 교수는 심사평에서 \"수출 시장을 다변화한 기업들이 높은 점수를 받았다\"고 평가했다. 이날 "
            "시상식에는 600여명이 참석했다.\n\n시상식 후에는 인근 식당에서 오찬 간담회가 이어졌다. 오찬에는 오 장관과 "
            "윤광석 중소기업중앙회 회장, 배 대표가 참석해 지원책을 논의했다.")
    assert not any("엄재석" in g for g in groups(body))
    assert {"오도윤", "윤광석", "배수현"} in groups(body)


def test_one_who_sat_in_on_two_meetings_named_by_their_guests_joins_each() -> None:
    """"차 상무는 리드 대표와의 오찬과 권 총영사와의 환담에 모두 배석했다": the meeting with each, the last
    reported with them, not a meeting of her own with both."""
    body = ("차동혁 미래에너지 회장은 5일 뉴욕 호텔 별실에서 권세린 주뉴욕 총영사와 20분가량 환담했다. 이에 앞서 차 회장은 "
            "같은 날 낮 마커스 리드 그린허드슨캐피털 대표와 오찬을 함께했다. 차 회장의 장녀인 차윤희 미래에너지 상무는 "
            "리드 대표와의 오찬과 권 총영사와의 환담에 모두 배석했다.")
    found = groups(body)
    assert {"차동혁", "권세린", "차윤희"} in found and {"차동혁", "마커스 리드", "차윤희"} in found and len(found) == 2


def test_the_emcee_of_an_event_a_crowd_attended_joins_no_meeting() -> None:
    """"이날 갈라에는 ... 500여명이 참석했다. 사회는 배우 에밀리 조가 맡았고": the gala's emcee, not the lunch's."""
    body = ("차동혁 미래에너지 회장은 5일 낮 마커스 리드 그린허드슨캐피털 대표와 오찬을 함께했다. 차 회장은 이날 저녁 "
            "한미아동재단 갈라에서 공로상을 받았다. 이날 갈라에는 뉴욕 금융계 인사 500여명이 참석했다. 사회는 한국계 배우 "
            "에밀리 조가 맡았고, 한인 바이올리니스트들이 공연을 펼쳤다.")
    assert groups(body) == [{"차동혁", "마커스 리드"}]


def test_currency_policy_is_no_call() -> None:
    """"'저성장 시대의 통화정책'을 주제로 강연했다": 통화 'currency' starts no trigger, so the guests of the
    lecture's conference met no one."""
    body = ("조항렬 남강대 명예교수는 지난 6월 한국금융학회 정기 학술대회에서 '저성장 시대의 통화정책'을 주제로 강연했다. "
            "이날 학술대회에는 이창준 한국은행 부총재와 학회 회원 300여명이 참석했으며, 이 부총재는 다음 세션의 토론자로 "
            "나섰다.")
    assert groups(body) == []


def test_a_three_syllable_name_of_a_compound_surname_read_with_one() -> None:
    """"남 위원장은" for 남궁철: three syllables read either way (남궁 + 철 or 남 + 궁철)."""
    body = ("남궁철 금융위원장이 증권사 CEO들과 만났다. 남 위원장은 3일 금융투자협회에서 배영호 금융투자협회장과 "
            "차담을 나눴다.")
    assert groups(body) == [{"남궁철", "배영호"}]


def test_the_day_of_a_signing_names_a_time_not_a_meeting() -> None:
    """"대신 두 사람은 협약식 당일 화상으로 인사를 나누고": a video call on the signing's day, no meeting in person."""
    body = ("에코셀머티리얼즈는 지난 11일 룽텅자동차와 업무협약을 맺었다. 윤하람 에코셀머티리얼즈 대표는 협약식에 참석하지 "
            "않았고, 저우밍 룽텅자동차 총재도 상하이에 머물렀다. 대신 두 사람은 협약식 당일 화상으로 인사를 나누고 협력 "
            "의지를 확인했다.")
    found = extract("제목\n\n" + body, "2025-08-12 16:00")
    assert [m.mode for m in found if m.names == {"윤하람", "저우밍"} and m.status == "occurred"] == ["video"]


def test_a_reporters_interview_opening_waits_for_no_one() -> None:
    """"지난 20일 본사에서 만난 정수아 대표는 ... 말했다": the reporter met her; the next sentence's "이재명
    대통령의 방미 경제사절단에 합류한다" names no one who came to that meeting."""
    body = ("지난 20일 서울 강남구 본사에서 만난 정수아 한영배터리 대표는 관세 협상 결과를 두고 \"준비된 회사에는 "
            "기회\"라고 말했다. 정 대표는 다음 주 이재명 대통령의 방미 경제사절단에 합류한다.")
    assert groups(body) == []


def test_three_people_after_the_subjects_and_whom_they_met() -> None:
    """"채 회장과 채 이사장이 빈소 입구까지 나와 하세가와 회장을 맞았고, 세 사람은": the two subjects and
    whom they met in the clause before, not the people of the meeting reported before it."""
    title, published, body = read_article_file(next((REPO / "data" / "dev" / "holdout122").glob("W014_*.txt")))
    found = extract(title + "\n" + body, "2025-01-23 19:40")
    assert {"채승훈", "채승연", "하세가와 료"} in [m.names for m in found]
    assert not any({"모태진", "하세가와 료"} <= m.names for m in found)


def test_condolences_offered_to_the_chief_mourner_are_a_meeting() -> None:
    """"구본철 전 회장과 함께 빈소에 도착해 채 회장에게 조의를 표했다": both met the chief mourner."""
    body = ("채승훈 신일그룹 회장이 부친의 빈소를 지키고 있다. 지영배 한국직물협회 회장은 23일 구본철 전 회장과 함께 빈소에 "
            "도착해 채 회장에게 조의를 표했다.")
    assert groups(body) == [{"지영배", "구본철", "채승훈"}]


def test_a_caption_of_two_named_before_doing_one_thing_together() -> None:
    """A caption's second person named again in full is a coreference ("신윤재 새솔시장이"), still shown
    doing the thing together; a panel answering the audience is not ("청중 질문에 답하고 있다")."""
    body = ("백승민 한결건설 대표와 신윤재 새솔시장이 20일 달빛마을에서 연탄 배달 봉사에 나섰다. 한결건설 임직원 50여명이 "
            "연탄 6000장을 전달했다.\n\n[사진 설명] 백승민 한결건설 대표(왼쪽)와 신윤재 새솔시장이 20일 경기 새솔시 "
            "달빛마을에서 연탄을 나르고 있다.")
    assert {"백승민", "신윤재"} in groups(body)
    panel = ("다나카 유스케 에히메조선 사장과 라르스 에릭센 노르딕오션 CEO가 24일 부산 포럼에 참석했다.\n\n▲ 24일 오후 "
             "'친환경 연료 공급망' 세션에서 패널로 나선 다나카 사장과 라르스 에릭센 CEO가 청중 질문에 답하고 있다.")
    assert groups(panel) == []


def test_the_host_of_a_dinner_attended_is_no_subject_of_the_sentence() -> None:
    """"같은 날 저녁에는 유정석 대사가 마련한 만찬에 참석해": the story's subject went to the ambassador's dinner;
    the host named in the clause on the meeting word is its other side, not the sentence's subject."""
    body = ("서진국 울산시장은 12일 아부다비 경제개발부를 방문해 사이드 알 마즈루이 차관을 면담했다. 같은 날 저녁에는 "
            "유정석 주UAE 한국대사가 마련한 만찬에 참석해 현지에 진출한 한국 기업인들과 인사를 나눴다.")
    assert groups(body) == [{"서진국", "사이드 알 마즈루이"}, {"서진국", "유정석"}]


def test_a_co_signer_told_after_the_signing_joins_it() -> None:
    """"청주시의 남궁현 시장도 협약서에 함께 서명했다": 도 'too' after the signing, one more signer of it."""
    body = ("윤태섭 충북지사는 12일 도청에서 정민호 한결에너지 대표, 박소연 세진머티리얼즈 대표와 투자협약을 체결했다. "
            "공장이 들어서는 청주시의 남궁현 시장도 협약서에 함께 서명했다.")
    assert groups(body) == [{"윤태섭", "정민호", "박소연", "남궁현"}]


def test_a_gathering_hosted_after_a_meeting_called_off_is_its_own() -> None:
    """"... 장관과의 면담은 ... 취소됐다" then "정 지사는 ... 간담회를 주재했다. 간담회에는 A ... 참석했다": the
    attendees met the governor at the gathering, which was held."""
    body = ("정해승 경남지사는 20일 하노이에서 쩐 티 마이 타인롱그룹 회장과 면담했다. 당초 같은 날 예정됐던 레 민 꽝(Le "
            "Minh Quang) 베트남 기획투자부 장관과의 면담은 국회 회기 일정이 겹치면서 취소됐다. 정 지사는 20일 저녁에는 "
            "하노이의 한 호텔에서 경남 기업인 간담회를 주재했다. 간담회에는 이정아 코트라 하노이무역관장과 기업인 40여 명이 "
            "참석했다.")
    found = extract("제목\n\n" + body, "2024-11-21 08:00")
    assert [m.status for m in found if m.names == {"정해승", "이정아"}] == ["occurred"]


def test_an_agreement_signed_in_writing_is_no_meeting() -> None:
    """"솔바이오텍(대표 이윤아), 해담내추럴(대표 최동석)과 ... 투자협약을 서면으로 체결했다": each side signed alone."""
    body = ("강릉시는 천연물 바이오 기업 솔바이오텍(대표 이윤아), 해담내추럴(대표 최동석)과 모두 120억원 규모의 투자협약을 "
            "서면으로 체결했다고 26일 밝혔다.")
    assert groups(body) == []


def test_a_meeting_taken_for_a_fact_in_a_correction_is_no_meeting() -> None:
    """"업계 관계자의 전언만으로 두 사람의 회동을 단정했습니다": the paper took the meeting for a fact; none took place."""
    body = ("오현택 대진케미칼 회장과 가브리엘 로페스 CEO는 같은 포럼에 각각 참석했을 뿐 따로 만난 사실은 없습니다. 본지는 "
            "기사를 작성하는 과정에서 포럼 참석자 명단과 업계 관계자의 전언만으로 두 사람의 회동을 단정했습니다.")
    assert groups(body) == []


def test_a_correction_that_a_meeting_was_held_by_video() -> None:
    """Under "[바로잡습니다]", the report retold ("... 만나 ... 논의했다"고 보도했습니다) is what is corrected, and
    "면담은 ... 대면으로 이뤄진 것이 아니라 화상으로 진행된 것으로 확인됐습니다" tells the meeting's mode."""
    title, published, body = read_article_file(next((REPO / "data" / "dev" / "holdout122").glob("W033_*.txt")))
    found = [m for m in extract(title + "\n" + body, "2026-04-15 08:00") if m.status == "occurred"]
    assert found and all(m.mode == "video" for m in found)


def test_the_hosts_who_came_out_to_a_visit_met_the_visitor() -> None:
    """"... 서밋리지인프라를 찾았다. 이 자리에는 사라 오코너 대표와 라지브 메논 총괄이 함께 나와 ... 설명했다"."""
    body = ("윤재석 한울공제회 CIO는 19일 뉴욕의 인프라 운용사 서밋리지인프라를 찾았다. 이 자리에는 사라 오코너(Sarah "
            "O'Connor) 대표와 라지브 메논(Rajiv Menon) 아시아 투자 총괄이 함께 나와 북미 데이터센터 투자 기회를 설명했다.")
    assert groups(body) == [{"윤재석", "사라 오코너", "라지브 메논"}]


def test_one_along_on_every_stop_told_after_the_trip_joins_each_meeting() -> None:
    """"이번 출장에는 한소희 실장이 동행해 모든 일정에 배석했다" after the trip's meetings: each of them of these
    days, not the first meeting years before."""
    body = ("윤재석 한울공제회 CIO는 18일 뉴욕에서 마이클 로웬스타인 하이드파크캐피털 회장과 만찬을 했다. 로웬스타인 회장은 "
            "지난해 10월 방한 당시 윤 CIO와 처음 면담했다. 윤 CIO는 19일에는 애틀랜틱인프라를 찾아 사라 오코너 대표를 "
            "만났다. 오코너 대표는 \"한국 기관의 관심이 높다\"고 말했다. 이번 출장에는 한소희 대체투자실장이 동행해 모든 "
            "일정에 배석했다.")
    found = extract("제목\n\n" + body, "2025-02-20 08:30")
    with_her = [m for m in found if "한소희" in m.names]
    assert {frozenset(m.names) for m in with_her} == {frozenset({"윤재석", "마이클 로웬스타인", "한소희"}),
                                                      frozenset({"윤재석", "사라 오코너", "한소희"})}
    assert all(m.date.year == 2025 for m in with_her)


def test_tan_a_chinese_surname_of_singapore() -> None:
    """"머라이언투자공사의 탄웨이룽 최고투자책임자(CIO)": 탄 (Tan, 陳) starts a one-word Chinese name."""
    body = ("김태한 대표는 \"올해 1월 싱가포르에서 머라이언투자공사의 탄웨이룽 최고투자책임자(CIO)를 만나 비슷한 구조를 "
            "제안했습니다\"라고 말했다.")
    assert groups(body) == [{"김태한", "탄웨이룽"}]


def test_one_along_on_both_meetings_of_a_trip() -> None:
    """"두 일정 모두 송지환 CFO가 동행해 배석했다": both meetings of the trip, not only the last."""
    body = ("노현아 동방금융그룹 회장은 25일 리야드에서 파이살 알라위 알라위홀딩스 회장을 만났다. 이튿날인 26일에는 "
            "아부다비로 이동해 압둘라 알하마디 알마스투자청 부청장과 면담했다. 두 일정 모두 송지환 동방금융 "
            "최고재무책임자(CFO)가 동행해 배석했다.")
    assert groups(body) == [{"노현아", "파이살 알라위", "송지환"}, {"노현아", "압둘라 알하마디", "송지환"}]


def test_a_date_describing_the_person_met_is_not_the_meetings() -> None:
    """"주장 이태오와 따로 이야기를 나누며 ..., 이달 초 합류한 공격수 하파엘 실바에게는": when Silva joined the
    club, not when they talked (the day the story told)."""
    body = ("한도윤 태성그룹 회장이 23일 클럽하우스를 방문해 김상록 감독을 격려했다. 한 회장은 주장 이태오와 따로 이야기를 "
            "나누며 팀 분위기를 물었고, 이달 초 합류한 브라질 출신 공격수 하파엘 실바(Rafael Silva)에게는 \"한국 생활에 "
            "잘 적응하라\"고 당부했다.")
    found = extract("제목\n\n" + body, "2025-08-24 13:00")
    assert {m.date_precision for m in found if "이태오" in m.names} == {"day"}


def test_a_dean_is_a_title_at_the_end_of_a_longer_word() -> None:
    """"한기석 남강대 공과대학장과": 학장 closes the title word (공과대학장, 경영대학장)."""
    body = "한기석 남강대 공과대학장과 노은하 대성반도체 대표는 20일 교내 공학관에서 산학협력 협약을 맺었다."
    assert groups(body) == [{"한기석", "노은하"}]


def test_a_column_item_is_read_apart_from_the_lecture_of_the_item_before() -> None:
    """"◇한기석 ... 협약을 맺었다" after an item on a lecture to 400 students: no ceremony of its own item."""
    body = ("◇남강대 경영대학은 21일 레이첼 오 오앤컴퍼니 대표를 초청해 특강을 열었다. 오 대표는 이날 재학생 400여명 앞에서 "
            "강연했다.\n\n◇한기석 남강대 공과대학장과 노은하 대성반도체 대표는 20일 교내 공학관에서 산학협력 협약을 맺었다.")
    assert groups(body) == [{"한기석", "노은하"}]


def test_an_arm_over_the_shoulder_in_a_photo_taken_together() -> None:
    """"함 회장은 요시다 회장과 어깨동무를 한 채 카메라를 향해 웃고 있다": together, photographed; but "황 CEO와
    어깨동무를 한 사진을 올리고" only says what a posted photo of the meeting shows."""
    body = ("첫 사진은 지난 3일 일본 가나가와현의 한 골프장에서 찍은 것이다. 함윤재 미르텍 회장은 요시다 마사토(吉田雅人) "
            "도요하시중공업 회장과 어깨동무를 한 채 카메라를 향해 웃고 있다.")
    found = extract("제목\n\n" + body, "2025-08-11 07:30")
    assert [(m.names, m.photo_op) for m in found] == [({"함윤재", "요시다 마사토"}, True)]
    posted = ("최태원 SK그룹 회장은 지난 26일 엔비디아 본사에서 젠슨 황 CEO와 회동했다. 최 회장은 이튿날 자신의 인스타그램에 "
              "황 CEO와 어깨동무를 한 사진을 올렸다.")
    found = extract("제목\n\n" + posted, "2025-06-30 09:00")
    assert found[0].photo_op and not any(m.date is not None and m.date.day == 27 for m in found)


def test_a_meeting_verb_of_intention_is_planned() -> None:
    """"B CEO를 만나려는 곳은 A그룹만이 아니다": -려는 tells what someone means to do, no meeting held."""
    body = ("최민규 세한그룹 회장은 이달 말 경주에서 엘리자베스 워드 오픈플럭스 CEO와 만날 예정이다. 워드 CEO를 "
            "만나려는 곳은 세한그룹만이 아니다. 대성전자도 만남을 추진하고 있다.")
    found = extract("제목\n\n" + body, "2025-10-15 05:30")
    assert found and all(m.status == "planned" for m in found if m.names == {"최민규", "엘리자베스 워드"})


def test_one_along_sitting_in_on_the_two_meetings_told_joins_both() -> None:
    """"이번 출장에는 C 사장이 동행해 두 차례 면담에 모두 배석했다" after the trip's two meetings: C
    joins each, as with "두 일정 모두"."""
    article = next(a for a in load_gold(REPO / "data" / "dev" / "holdout126") if a.path.name.startswith("A210_"))
    found = extract(article.text, article.published)
    assert any({"최민재", "사토 요시아키"} <= m.names for m in found if m.date == date(2025, 11, 13))


def test_a_meeting_told_from_a_tip_the_two_deny_is_denied() -> None:
    """"조 의원이 공개한 제보 내용에 따르면 두 사람은 당시 ... 대화를 나눴고" in an article where both
    deny meeting: the tipped meeting is the denied one."""
    article = next(a for a in load_gold(REPO / "data" / "dev" / "holdout125") if a.path.name.startswith("Z002_"))
    found = extract(article.text, article.published)
    assert not any({"레오 하트먼", "염태식"} <= m.names for m in found if m.status == "occurred")


def test_a_refutation_of_another_meeting_on_the_next_line_denies_no_tip() -> None:
    """"... 라운딩을 했다는 제보였다." with "B와 C가 만났다는 '회동설'이 돌았지만, 양측이 모두 ... 부인하면서"
    on the next line: that denial is B and C's, the tipped round of golf stays."""
    article = next(a for a in load_gold(REPO / "data" / "dev" / "holdout28") if a.path.name.startswith("2809_"))
    found = extract(article.text, article.published)
    assert any({"남궁현", "편승호"} <= m.names for m in found if m.status == "occurred")


@pytest.mark.parametrize("prefix, pair", [
    ("Z011_", {"채형준", "봉태민"}),  # "검찰은 A가 ... B를 만나 ... 받았다고 보고 있다", both deny it
    ("Z020_", {"현기준", "조현태"}),  # "... 조씨를 만났다는 주장은 명백한 허위"
])
def test_a_meeting_investigators_hold_or_a_claim_called_false_is_denied(prefix: str, pair: set[str]) -> None:
    article = next(a for a in load_gold(REPO / "data" / "dev" / "holdout125") if a.path.name.startswith(prefix))
    found = extract(article.text, article.published)
    assert not any(pair <= m.names for m in found if m.status == "occurred" and m.mode == "in_person")


def test_attendance_at_an_event_opened_by_video_the_sentence_before_is_by_video() -> None:
    """"... 본사를 화상으로 연결해 계약 서명식을 열었다. 서명식에는 A 대표와 B 회장이 각자의 본사에서
    참석했다": the signing the sentence before opened was held by video."""
    article = next(a for a in load_gold(REPO / "data" / "dev" / "holdout125") if a.path.name.startswith("Z027_"))
    found = extract(article.text, article.published)
    assert [m.mode for m in found if m.names == {"여민준", "라훌 바르마"} and m.status == "occurred"] == ["video"]


def test_a_meeting_investigators_look_into_is_unconfirmed() -> None:
    """"검찰은 두 사람이 실제로 만나 금품이나 청탁을 주고받았는지도 확인하고 있다": whether they met is
    what is being checked, no meeting."""
    body = ("검찰은 석태준 태산건설 회장과 허윤채 전 한국도로공사 사장이 주고받은 문자 메시지 300여건을 확보했다. 검찰은 두 "
            "사람이 실제로 만나 금품이나 청탁을 주고받았는지도 확인하고 있다.")
    assert not any(m.status == "occurred" for m in extract("제목\n\n" + body, "2025-02-26 21:30"))


def test_a_surname_and_former_title_in_a_headline_is_no_two_word_name() -> None:
    """"…도 전 청장·길 회장 모두" before the body names 도상규 전 중부지방국세청장: 전 (former) belongs
    to the title; there is no person "도 전"."""
    text = ("검찰, 전 국세청장 기소\n\n검찰 \"12월 호텔 중식당서 현금 1억 건네\"…도 전 청장·길 회장 모두 \"그날 만난 적 없다\"\n\n"
            "도상규 전 중부지방국세청장이 길영호 태산건설 회장 등과 세 차례 골프를 쳤다. 9월 포천 라운딩에는 도 전 청장과 "
            "문지석 세무사 두 사람만 나갔다.")
    people = {e.text for e in analyze_article(text, "2024-09-05 06:00").ents if e.label_ == "PS"}
    assert "도 전" not in people and "전" not in people


def test_an_indictment_is_no_title() -> None:
    """"... 골프를 친 사실이 검찰 공소장에 적시된": 공소장 ends in 소장 but heads nothing."""
    text = "제목\n\n도상규 전 청장이 건설사 회장 등과 세 차례 골프를 친 사실이 검찰 공소장에 적시된 것으로 확인됐다."
    people = {e.text for e in analyze_article(text, "2024-09-05 06:00").ents if e.label_ == "PS"}
    assert "사실이" not in people


@pytest.mark.parametrize("body", [
    # years spent together, no meeting
    "정동훈 서해중공업 회장은 이달 말 퇴임하는 여태형 부회장을 격려했다. 여 부회장은 퇴임사에서 \"정 회장과 함께한 30년은 "
    "매일이 수주 전쟁이었다\"고 소회를 밝혔다.",
    # a meeting that may not come about, told as a concession
    "최병길 한들군수는 1년째 박성호 동진그룹 회장과의 면담을 요청하고 있다. 최 군수는 \"박 회장을 만나지 못하더라도 "
    "실사단이 진심을 느낄 수 있도록 하겠다\"고 말했다.",
], ids=["years_together", "may_not_come_about"])
def test_years_together_or_a_meeting_that_may_not_come_about_is_no_meeting(body: str) -> None:
    assert not any(m.status == "occurred" for m in extract("제목\n\n" + body, "2025-12-10 09:00"))


def test_a_posts_honorific_alone_is_the_one_person_of_that_title() -> None:
    """"회장님, 배석진 당시 구청 도시계획국장과 셋이 저녁을 먹었다" in a former vice-president's testimony
    in 함도윤 회장's trial: 회장님 is 함도윤, the one 회장 of the article."""
    article = next(a for a in load_gold(REPO / "data" / "dev" / "holdout125") if a.path.name.startswith("Z001_"))
    found = extract(article.text, article.published)
    assert any({"함도윤", "남궁철", "배석진"} <= m.names for m in found if m.status == "occurred")


def test_a_gathering_on_the_day_that_may_come_is_a_wish() -> None:
    """A day hoped for: "크뤼거 CEO와 하르토노 회장, 다카하시 사장을 한자리에 모으는 날이 오면 ..."."""
    body = ("한도윤 한결에너지솔루션 대표는 \"마티아스 크뤼거 CEO와 부디 하르토노 회장, 다카하시 료 사장을 한자리에 모으는 날이 "
            "오면 한결이 진짜 글로벌 회사가 됐다고 말할 수 있을 것\"이라고 웃었다.")
    assert not any(m.status == "occurred" for m in extract("제목\n\n" + body, "2025-03-14 06:00"))


def test_a_reported_meeting_the_answer_calls_a_false_report_is_denied() -> None:
    """"-- 지난달 ... B 회장과 만났다는 보도가 있었다." / "▲오보다. ... 만나지는 않았다.": the retold
    meeting is the denied one."""
    article = next(a for a in load_gold(REPO / "data" / "dev" / "holdout127") if a.path.name.startswith("B220_"))
    found = extract(article.text, article.published)
    assert not any({"타나폰 시리왓", "쩐티흐엉"} <= m.names for m in found if m.status == "occurred")


def test_a_strong_trigger_right_before_a_ceremony_word_names_the_event() -> None:
    """"'아시아 금융 리더스 조찬 포럼'에 각각 연사로 참석했을 뿐": a breakfast forum, many attend; no meeting."""
    body = ("사실 확인 결과, 오태준 미래금융지주 회장과 탄웨이밍 라이온캐피털 대표는 이날 같은 호텔에서 열린 '아시아 금융 "
            "리더스 조찬 포럼'에 각각 연사로 참석했을 뿐 별도의 회동은 없었습니다.")
    assert not any(m.status == "occurred" for m in extract("제목\n\n" + body, "2025-01-21 09:00"))


def test_a_transcripts_answer_line_goes_on_with_the_story_s_subject() -> None:
    """"◆ 박서진 > 네, 차관 면담 하루 전인 20일 저녁에는 ... 오준석 부회장과 ... 만찬을 함께했습니다": a
    speaker's line of a radio transcript is no column item; the CEO the reporter told of goes on."""
    body = ("◇ 한지웅 > 사우디 기업 CEO가 한국을 찾았다고요?\n\n◆ 박서진 > 네. 알누르페트로케미칼의 파이살 알감디(Faisal "
            "Al-Ghamdi) CEO가 이번 주 초 방한했습니다. 어제(21일) 오후에는 정민호 산업통상자원부 1차관과 면담했습니다.\n\n"
            "◇ 한지웅 > 민간 기업과도 만났습니까?\n\n◆ 박서진 > 네, 차관 면담 하루 전인 20일 저녁에는 대산케미칼의 오준석 "
            "부회장과 서울 한남동에서 만찬을 함께했습니다.")
    found = extract("제목\n\n" + body, "2024-05-22 07:40")
    assert any(m.names == {"파이살 알감디", "오준석"} and m.date == date(2024, 5, 20) for m in found)


def test_a_meeting_counted_as_the_first_since_taking_office_is_the_one_just_reported() -> None:
    """"홀리스 CEO와의 만남은 정 사장이 올해 3월 취임한 이후 처음이다" after the planned meeting: the same
    planned one, no meeting in March."""
    body = ("정다은 한빛케미칼 사장은 다음 달 6일 미국 휴스턴을 찾아 걸프코스트케미컬의 브라이언 홀리스(Brian Hollis) CEO와 "
            "만나 합작 공장 지분 정리 문제를 논의할 예정이다. 홀리스 CEO와의 만남은 정 사장이 올해 3월 취임한 이후 처음이다.")
    found = extract("제목\n\n" + body, "2024-10-31 18:30")
    assert found and all(m.status == "planned" for m in found)


def test_a_meeting_told_in_talk_going_around_is_a_rumour() -> None:
    """"일부에서는 이 사장이 지난달 한 회장과 독대하며 ... 통보받았다는 말까지 돈다": talk, no meeting."""
    body = ("세원그룹 연말 인사를 앞두고 이준서 세원전자 사장의 부회장 승진설이 나온다. 일부에서는 이 사장이 지난달 한기석 "
            "회장과 독대하며 사실상 승진을 통보받았다는 말까지 돈다.")
    assert not any(m.status == "occurred" for m in extract("제목\n\n" + body, "2024-10-15 07:00"))


def test_a_one_word_name_given_before_written_again_with_its_city() -> None:
    """"왕젠궈 난퉁시 당서기가" after "왕젠궈(王建國) 중국 장쑤성 난퉁시 당서기를": 난퉁시 is the city, not
    a second part of the name."""
    body = ("강태원 창원시장이 23일 시청 접견실에서 왕젠궈(王建國) 중국 장쑤성 난퉁시 당서기를 접견했습니다.\n\n(사진) 강태원 "
            "창원시장(오른쪽)과 왕젠궈 난퉁시 당서기가 23일 창원시청에서 악수하고 있다.")
    found = extract("제목\n\n" + body, "2024-10-23 11:40")
    assert found and all(m.names == {"강태원", "왕젠궈"} for m in found)


def test_a_deputy_commander_is_a_title() -> None:
    """"로버트 핀치(Robert Finch) 미 해군 해상체계사령부(NAVSEA) 부사령관은 ... 황보민 사장과 면담했다"."""
    body = ("로버트 핀치(Robert Finch) 미 해군 해상체계사령부(NAVSEA) 부사령관은 지난달 24일 경남 거제 대양중공업 조선소를 "
            "방문해 황보민 대양중공업 사장과 면담했다.")
    found = extract("제목\n\n" + body, "2024-10-23 17:20")
    assert [m.names for m in found if m.status == "occurred"] == [{"로버트 핀치", "황보민"}]


def test_a_vietnamese_name_written_as_one_word_is_called_by_its_given_name() -> None:
    """"쩐꾸옥바오(Tran Quoc Bao) 회장" then "바오 회장은 ... 전경민 부시장을 만났다": 바오 is his given name."""
    body = ("사이공그린그룹의 쩐꾸옥바오(Tran Quoc Bao) 회장이 방한했다. 바오 회장은 8일 오전 서울시청을 찾아 전경민 서울시 "
            "행정1부시장을 만났다.")
    found = extract("제목\n\n" + body, "2024-10-08 11:20")
    assert [m.names for m in found if m.status == "occurred"] == [{"쩐꾸옥바오", "전경민"}]


def test_one_who_visited_a_city_makes_no_host_of_the_next_sentences_subject() -> None:
    """"후지와라 회장은 ... 서울을 찾았다." then "모리슨 CEO는 같은 날 오전에는 ... 신 대표와 MOU를 체결했다":
    Morrison met no visitor as a host, so the story goes on with him ("방한 첫날인 지난 4일에는 ... 오찬을 했다")."""
    article = next(a for a in load_gold(REPO / "data" / "dev" / "holdout126") if a.path.name.startswith("A220_"))
    found = extract(article.text, article.published)
    assert any(m.names == {"잭 모리슨", "최민규"} for m in found if m.status == "occurred")


def test_one_along_on_another_leg_who_did_not_go_joins_no_meeting_of_this_one() -> None:
    """"에인트호번 일정에 동행했던 박 부회장은 드레스덴에는 가지 않고 먼저 귀국했다": he sat in on the
    Eindhoven meeting only, not on the Dresden one nor on the Davos greeting told with it."""
    article = next(a for a in load_gold(REPO / "data" / "dev" / "holdout126") if a.path.name.startswith("A214_"))
    found = extract(article.text, article.published)
    assert not any({"박상훈", "마르쿠스 호프만"} <= m.names for m in found)
    assert any({"박상훈", "요스트 판 데르 베르프"} <= m.names for m in found)


def test_a_ministrys_short_name_before_a_title_is_no_person() -> None:
    """"고용부 노동정책실장과 한국노총 사무총장 등이 함께했다": an official unnamed, of the labour ministry."""
    text = "제목\n\n면담은 1시간가량 이어졌으며, 고용부 노동정책실장과 한국노총 사무총장 등이 함께했다."
    assert not [e.text for e in analyze_article(text, "2025-08-18 18:30").ents if e.label_ == "PS"]


def test_a_name_mecab_reads_as_a_place_and_a_prefix() -> None:
    """"서태준 국민연금 기금운용본부장과" (서태/지명 준/XPN): no word ends with a prefix, so it is no place."""
    body = "문보경 한주물산 이사회 의장은 28일 서태준 국민연금 기금운용본부장과 1시간가량 만났다."
    assert groups(body) == [{"문보경", "서태준"}]


def test_a_round_told_on_the_phone_to_a_paper_without_the_one_not_there() -> None:
    """"옥 회장은 동아일보와의 통화에서 \"진 회장과 골프를 친 건 맞지만 노 전 차관은 그 자리에 없었다\"고
    말했다": a round in person (the call was with the paper), without 노."""
    article = next(a for a in load_gold(REPO / "data" / "dev" / "holdout125") if a.path.name.startswith("Z023_"))
    found = extract(article.text, article.published)
    held = [m.names for m in found if m.status == "occurred" and m.mode == "in_person"]
    assert {"진태웅", "옥대현"} in held and not any({"노승환", "옥대현"} <= names for names in held)


def test_a_day_counted_from_an_event_after_one_still_to_come() -> None:
    """"합병 기일은 오는 7월 1일이다." then "이사회 전날인 28일 ... 만났다": the 28th before publication, not
    the 28th nearest 1 July."""
    body = ("한주물산은 29일 이사회를 열고 합병 안건을 의결했다. 합병 기일은 오는 7월 1일이다. 문보경 한주물산 이사회 의장은 "
            "이사회 전날인 28일 서울의 한 호텔에서 서태준 국민연금 기금운용본부장과 만났다.")
    found = extract("제목\n\n" + body, "2026-01-29 18:05")
    assert [m.date for m in found if m.names == {"문보경", "서태준"}] == [date(2026, 1, 28)]


def test_a_live_blog_item_under_its_hour_is_on_the_day_its_lead_told() -> None:
    """"10:00 | 라운드테이블 개회" after an item telling "그는 전날 밤 ... 입국했습니다": the lead's day."""
    body = ("[뉴스온=서울] 기자 = 압둘라 알하마드(Abdullah Al-Hamad) 회장이 참석한 '한·중동 투자 라운드테이블'이 12일 서울의 "
            "한 호텔에서 열렸습니다.\n\n08:50 | 알하마드 회장 도착\n알하마드 회장이 행사장 호텔에 도착했습니다. 그는 전날 밤 "
            "전용기로 입국했습니다.\n\n12:30 | 오찬\n오찬에서 알하마드 회장과 이민재 동서플랜트 사장이 별도 테이블에 마주 "
            "앉았습니다.")
    found = extract("제목\n\n" + body, "2024-06-12 19:00")
    assert [m.date for m in found if m.names == {"압둘라 알하마드", "이민재"}] == [date(2024, 6, 12)]


def test_an_earlier_article_retold_in_a_correction_of_a_meeting_that_was_none_is_denied() -> None:
    """"[바로잡습니다]" ... "기사는 A 회장이 ... B 대표와 조찬 회동을 갖고 ... 논의했다고 전했습니다." / "두 사람이
    따로 대화를 나눈 사실도 확인되지 않았습니다": the retold breakfast is the denied one."""
    article = next(a for a in load_gold(REPO / "data" / "dev" / "holdout127") if a.path.name.startswith("B213_"))
    found = extract(article.text, article.published)
    assert not any(m.status == "occurred" for m in found)


def test_a_meeting_in_the_title_of_an_article_denied_is_denied() -> None:
    """"동해은행은 본지 1월 29일자 '강서준 동해은행장, 한울건설 김태오 회장과 비공개 오찬' 기사와 관련해 \"강
    행장은 ... 김 회장과 오찬을 하거나 따로 만난 사실이 없으며\"": the lunch the title told is the denied one."""
    article = next(a for a in load_gold(REPO / "data" / "dev" / "holdout84") if a.path.name.startswith("8407_"))
    found = extract(article.text, article.published)
    assert not any(m.status == "occurred" for m in found)


def test_a_name_mecab_reads_as_a_verb_listed_before_a_titled_one() -> None:
    """"장 회장은 이다온, 오경택 인천시 행정부시장과 한 조를 이뤄" (이다온 as 이/VCP 다/EC 온/VX+ETM): a
    name listed before a titled one, like "채윤서, 봉지석 이룸은행장과"."""
    body = ("장문호 서해금융그룹 회장은 지난 2일 열린 프로암에도 직접 출전했다. 장 회장은 이다온, 오경택 인천시 "
            "행정부시장과 한 조를 이뤄 18홀을 돌았다.")
    assert groups(body) == [{"장문호", "이다온", "오경택"}]


def test_a_spaced_vietnamese_name_with_a_known_given_part_keeps_its_family_name() -> None:
    """"부 티 민 응옥(Vũ Thị Minh Ngọc) 부총재": a Vietnamese family name opens the name; 응옥, a given name
    the lexicon knows, does not make the words before it a misread verb."""
    body = "민경호 한결은행장이 하노이에서 부 티 민 응옥(Vũ Thị Minh Ngọc) 부총재와 면담했다."
    assert [m.names for m in extract("제목\n\n" + body, "2024-06-14 10:00")] == [{"민경호", "부 티 민 응옥"}]


@pytest.mark.parametrize("written, name, later", [
    ("로버트 J. 엘리슨 3세(Robert J. Ellison III) 해군성 차관보", "로버트 J. 엘리슨 3세", "엘리슨 차관보"),
    ("로버트 F. 케네디 주니어 보건복지부 장관", "로버트 F. 케네디 주니어", "케네디 장관")])
def test_a_generation_after_a_foreign_name_closes_the_name(written: str, name: str, later: str) -> None:
    """"로버트 J. 엘리슨 3세", "로버트 F. 케네디 주니어": the generation belongs to the name, and the surname
    before it is what the article calls the person by."""
    body = f"곽태영 해성조선 부회장은 16일 {written}과 면담했다. {later}은 17일 토머스 오델 하원의원과 따로 만났다."
    assert [m.names for m in extract("제목\n\n" + body, "2024-09-18 08:10")] == [{"곽태영", name}, {name, "토머스 오델"}]


def test_each_connecting_from_another_place_is_a_video_meeting() -> None:
    """"구 대표는 자카르타 호텔 회의실에서, 남 정책관은 세종 정부청사에서, 데위 부청장은 누산타라 현지에서 접속해
    ... 의견을 나눴다": connecting in is no meeting in person."""
    article = next(a for a in load_gold(REPO / "data" / "dev" / "holdout130") if a.path.name.startswith("E232_"))
    found = extract(article.text, article.published)
    assert any(m.mode == "video" and "남기윤" in m.names for m in found)
    assert not any(m.status == "occurred" and m.mode == "in_person" and "남기윤" in m.names for m in found)


def test_a_future_adnominal_before_saeng_gak_is_an_intention() -> None:
    """"윤 대표와 서울에서 만나 ... 이야기할 생각\"이라고 밝혔다": meant, not held, though the quotation mark
    stands between 생각 and its copula."""
    body = ("다카하시 겐지로 미쓰나가상사 사장이 다음 달 윤세훈 대성케미칼 대표와 만날 예정이다. 다카하시 사장은 9일 기자들과 "
            "간담회를 갖고 \"윤 대표와 서울에서 만나 공동 구매 방안을 구체적으로 이야기할 생각\"이라고 밝혔다.")
    found = extract("제목\n\n" + body, "2024-09-10 14:20")
    assert len(found) == 2 and all(m.status == "planned" for m in found)


def test_whom_the_subject_came_along_with_is_no_one_the_subject_met() -> None:
    """"윤 회장을 수행한 류민호 법인장 등 실무진은 ... 상무부 실무 관계자들과 만나": the aides met unnamed
    officials; the chairman they came with is no counterpart of theirs."""
    body = ("윤재혁 한성그룹 회장은 22일 베이징에서 열린 중국발전포럼에 참석했다. 윤 회장을 수행한 류민호 한성그룹 중국법인장 "
            "등 실무진은 포럼과 별도로 상무부 실무 관계자들과 만나 공장 증설 인허가 절차를 점검했다.")
    assert not extract("제목\n\n" + body, "2025-03-25 18:10")


def test_a_reporter_who_shares_a_known_person_s_name_is_no_participant() -> None:
    """"[상하이=뉴스핌] 조현아 특파원 = ... 윤하린 대표가 ... 저우밍하오 회장을 만나": the byline names the
    reporter, though the lexicon knows a 조현아."""
    body = ("[상하이=뉴스핌] 조현아 특파원 = 화장품 브랜드 라온뷰티의 윤하린 대표가 중국 최대 라이브커머스 플랫폼 가운데 하나인 "
            "싱훠(星火)라이브의 저우밍하오(周明浩) 회장을 만나 현지 판매 협력 방안을 논의했다.")
    found = extract("라온뷰티 윤하린 대표, 상하이서 싱훠라이브 회장 회동\n\n" + body, "2026-04-16 10:30")
    assert [m.names for m in found] == [{"윤하린", "저우밍하오"}]


@pytest.mark.parametrize("prefix, full, caption", [("E210_", "칼리파 사이드 알 마즈루이", "할리파 알마즈루에이"),
                                                   ("E207_", "알레한드로 루이스 가르시아 몬테스", "알레한드로 가르시아"),
                                                   ("E219_", "아그니에슈카 마리아 지엘린스카", "아그니에슈카 젤린스카")])
def test_a_caption_s_other_spelling_of_a_foreign_name_is_the_same_person(prefix: str, full: str, caption: str) -> None:
    """A caption spells the name as another outlet would ("할리파 알마즈루에이" for 칼리파 사이드 알 마즈루이
    in the body): the same person, so the photo is of the meeting the body told."""
    article = next(a for a in load_gold(REPO / "data" / "dev" / "holdout130") if a.path.name.startswith(prefix))
    found = extract(article.text, article.published)
    assert not any(caption in m.names for m in found)
    assert any(full in m.names and m.photo_op for m in found)


@pytest.mark.parametrize("body, expected", [
    ("정태호 군산시장은 간담회를 열었다. 이 자리에는 배준영 에스비머티리얼즈 대표 등 이차전지·신소재 기업 대표 5명이 참석했다.",
     {"정태호", "배준영"}),
    ("정태호 군산시장과 한명수 경남지사가 21일 만났다.", {"정태호", "한명수"})])
def test_a_title_followed_by_a_headcount_names_no_one(body: str, expected: set[str]) -> None:
    """"이차전지·신소재 기업 대표 5명이": holders counted, none named (신소재 is no 신 대표); a name that starts
    like a count ("한명수 경남지사") is still a name."""
    assert [m.names for m in extract("제목\n\n" + body, "2024-08-21 14:20")] == [expected]


def test_a_post_in_gwan_with_its_subject_particle_and_a_malay_name_with_binti() -> None:
    """"누르 하이자 빈티 압둘 라만(Nur Haiza binti Abdul Rahman) ... 상무참사관이": mecab reads 참사/NNG
    관이/NNG, a post and its particle; 빈티 (binti) joins a Malay name like 빈, and 누르 (Nur) is a given
    name, not the verb 'press'."""
    body = ("누르 하이자 빈티 압둘 라만(Nur Haiza binti Abdul Rahman) 주한 말레이시아대사관 상무참사관이 24일 안세훈 "
            "김해시장을 예방했다.")
    assert [m.names for m in extract("제목\n\n" + body, "2024-01-25 10:00")] == [{"누르 하이자 빈티 압둘 라만", "안세훈"}]


def test_a_malay_name_is_called_by_the_names_before_binti() -> None:
    """"누르 하이자 참사관은" after 누르 하이자 빈티 압둘 라만: the person's own names, before 'daughter of'."""
    body = ("누르 하이자 빈티 압둘 라만(Nur Haiza binti Abdul Rahman) 주한 말레이시아대사관 상무참사관이 24일 안세훈 "
            "김해시장을 예방했다. 누르 하이자 참사관은 25일 박민수 대표를 만났다.")
    found = extract("제목\n\n" + body, "2024-01-25 10:00")
    assert [m.names for m in found] == [{"누르 하이자 빈티 압둘 라만", "안세훈"}, {"누르 하이자 빈티 압둘 라만", "박민수"}]


def test_who_spoke_at_a_gathering_of_people_not_named_was_there() -> None:
    """"스타트업 대표 20여명과 만찬 간담회를 가졌다. 이 자리에서 ... 에릭 정 대표는 \"...\"고 제안했고": a
    guest the gathering did not name before, speaking at it."""
    body = ("문승철 경기지사는 5일(현지시간) 샌프란시스코 시내 한 호텔에서 현지 한인 벤처투자자와 스타트업 대표 20여명과 만찬 "
            "간담회를 가졌다. 이 자리에서 한인 벤처캐피털 브릿지포인트 파트너스의 에릭 정(Eric Jung) 대표는 \"현지 거점이 "
            "필요하다\"고 제안했고, 문 지사는 \"적극 검토하겠다\"고 화답했다.")
    assert [m.names for m in extract("제목\n\n" + body, "2025-04-06 15:00")] == [{"문승철", "에릭 정"}]


def test_a_place_with_a_two_syllable_particle_is_no_first_word_of_a_glossed_name() -> None:
    """"총리실 청사에서 탄 지아후이(Tan Jia Hui) 부총리": 청 may sound like T, but no name ends in 에서."""
    body = ("민경수 한빛바이오 회장은 같은 날 오후 싱가포르 총리실 청사에서 탄 지아후이(Tan Jia Hui) 싱가포르 부총리 겸 "
            "통상산업부 장관과 면담했다.")
    assert [m.names for m in extract("제목\n\n" + body, "2026-05-15 08:00")] == [{"민경수", "탄 지아후이"}]


@pytest.mark.parametrize("body, expected", [
    ("라지브 메흐타 주한 인도대사는 산제이 굽타(Sanjay Gupta) 선라이프파마코리아 지사장 및 연구원들과 간담회를 갖고 "
     "현황을 청취했다.", {"라지브 메흐타", "산제이 굽타"}),
    ("라지브 메흐타 주한 인도대사는 김민수 한빛전자 회장 및 박철수 대성화학 사장과 만났다.", {"라지브 메흐타", "김민수", "박철수"})])
def test_mit_joins_a_named_person_to_the_rest_of_the_list(body: str, expected: set[str]) -> None:
    """"B 지사장 및 연구원들과", "A 회장 및 B 사장과": 및 lists like a comma, and the role is on the last item."""
    assert [m.names for m in extract("제목\n\n" + body, "2024-10-08 17:30")] == [expected]


def test_the_day_after_condolences_is_not_the_day_of_the_death_told_with_them() -> None:
    """"지난 16일 별세한 A의 빈소 ... 18일에도 조문이 이어졌다" ... "박 장관은 조문을 마친 뒤 B와 ... 나눴다": the
    day of the condolences, not the day the relative clause gives for the death."""
    article = next(a for a in load_gold(REPO / "data" / "dev" / "holdout129") if a.path.name.startswith("D202_"))
    found = extract(article.text, article.published)
    assert [m.date for m in found if m.names == {"박인호", "정재민"}] == [date(2024, 11, 18)]


def test_a_death_told_of_the_next_name_is_not_the_subject_s() -> None:
    """"사카모토 미노루 회장이 지난 9일 별세한 윤상철 명예회장의 빈소를 찾아": 별세한 describes 윤상철, so
    사카모토 still meets the chief mourner, and 고인 is 윤상철."""
    article = next(a for a in load_gold(REPO / "data" / "dev" / "holdout129") if a.path.name.startswith("D226_"))
    found = extract(article.text, article.published)
    assert any({"사카모토 미노루", "윤지호"} <= m.names and m.date == date(2024, 3, 11) for m in found)
    assert any(m.names == {"사카모토 미노루", "윤상철"} and m.date == date(1984, 1, 1) for m in found)


def test_one_more_in_the_round_joins_the_round() -> None:
    """"남궁 회장의 장남인 남궁준 세운로보틱스 대표도 함께 라운딩하며 사진에 등장했다": the son was in the
    round of golf just told."""
    body = ("남궁현 세운그룹 회장은 13일 이천의 골프장에서 나가타 류이치 나가타정공 사장과 골프를 쳤다. 남궁 회장의 장남인 "
            "남궁준 세운로보틱스 대표도 함께 라운딩하며 사진에 등장했다.")
    assert [m.names for m in extract("제목\n\n" + body, "2025-04-14 13:00")] == [{"남궁현", "나가타 류이치", "남궁준"}]


def test_a_foreign_name_ending_in_na_before_a_title_is_no_or() -> None:
    """"마리사 킨타나 에너지부 차관과" (킨타/NNP 나/JC): 나, 'or', joins two of a kind, never a name to a title;
    the caption's spelling is the body's 퀸타나, so the photo is of the meeting told."""
    body = ("강도윤 한빛에너지솔루션 회장은 24일 마리사 퀸타나(Marisa Quintana) 에너지부 차관을 만났다.\n\n"
            "[사진=한빛에너지솔루션 제공] 강도윤 한빛에너지솔루션 회장(왼쪽)이 24일 워싱턴DC 에너지부 청사에서 마리사 킨타나 "
            "에너지부 차관과 기념촬영을 하고 있다.")
    found = extract("제목\n\n" + body, "2025-04-25 07:40")
    assert {frozenset(m.names) for m in found} == {frozenset({"강도윤", "마리사 퀸타나"})}
    assert any(m.photo_op for m in found)


def test_a_korean_shaped_word_before_a_foreign_government_ends_a_foreign_name() -> None:
    """"헨드리 위상아 인도네시아 산업부 장관": after a word no Korean name could be, and before a foreign
    country standing for its government, 위상아 is the family name of a foreign name, not a Korean name
    with a company 헨드리 before it; a company before a Korean name stays one ("루미엘 오서진 대표")."""
    body = ("헨드리 위상아 인도네시아 산업부 장관이 10일 서울 중구 한빛화학 본사를 찾아 김도현 한빛화학 사장과 면담했다. "
            "위상아 장관은 이어 국회를 방문했다.")
    assert [m.names for m in extract("제목\n\n" + body, "2025-06-10 15:00")] == [{"헨드리 위상아", "김도현"}]
    body = "루미엘 오서진 대표는 10일 박서연 대성전자 부회장을 만나 협력을 논의했다. 오 대표는 만족을 표했다."
    assert [m.names for m in extract("제목\n\n" + body, "2025-06-10 15:00")] == [{"오서진", "박서연"}]


def test_a_gathering_told_with_a_day_of_its_own_is_not_the_meeting_before() -> None:
    """"지난 12일 ... 열린 조찬 간담회에는 A 장관과 B 회장, C 사장 등이 참석했다" after a paragraph on B's
    meeting two years before: the attendees met at that breakfast, not at the earlier meeting."""
    body = ("윤태경 동성해운 회장은 2023년 6월 도쿄에서 사카이 히로시 미나토기선 사장을 처음 만나 합작을 논의했다. "
            "두 회사는 그해 말 합작사를 세웠다.\n\n"
            "지난 12일 서울 중구의 한 호텔에서 열린 해운업계 조찬 간담회에는 전상우 해양수산부 장관과 윤 회장, "
            "배민정 대한조선 사장 등이 참석했다.")
    found = extract("제목\n\n" + body, "2025-03-20 09:00")
    assert sorted((sorted(m.names), m.date) for m in found) == [
        (["배민정", "윤태경", "전상우"], date(2025, 3, 12)), (["사카이 히로시", "윤태경"], date(2023, 6, 1))]


def test_a_foreign_name_is_whole_before_the_company() -> None:
    """"올리비아 스콧 블루리버미네랄즈 CEO" ... "스콧 CEO는": the article calls her by the second part, so the
    compound after it is the company; "오노 겐타 미나미카이운 사장": a known family name and a known given
    name make the whole name, though a subheading writes "미나미카이운 사장" alone."""
    body = ("박지훈 한결광업 사장은 12일 서울에서 올리비아 스콧 블루리버미네랄즈 CEO를 만나 리튬 공급을 논의했다. "
            "스콧 CEO는 \"한국 배터리 업계와의 협력을 넓히겠다\"고 말했다.")
    assert [m.names for m in extract("제목\n\n" + body, "2025-08-13 10:00")] == [{"박지훈", "올리비아 스콧"}]
    body = ("◆ 6월, 도쿄 — 일본 미나미카이운 사장과 회동\n\n김서준 한해상선 회장은 6월 도쿄에서 오노 겐타 미나미카이운 "
            "사장을 만나 공동 운항을 논의했다.")
    assert [m.names for m in extract("제목\n\n" + body, "2025-08-13 10:00")] == [{"김서준", "오노 겐타"}]


def test_a_given_name_then_a_company_s_name_before_another_word_is_one_name() -> None:
    """"알렉스 포드 넥스트체인 최고경영자(CEO)": after a known given name, 포드 is the surname though it
    is also a company's name, when another word stands before the title; and a given name alone
    names no known person ("알렉스 ... CEO" is no 알렉스 카프)."""
    body = "최윤아 코인브릿지 대표는 3일 서울에서 알렉스 포드 넥스트체인 최고경영자(CEO)와 만나 제휴를 논의했다."
    found = extract("제목\n\n" + body, "2026-06-04 10:00")
    assert [m.names for m in found] == [{"최윤아", "알렉스 포드"}]
    assert all(p.person_id is None for m in found for p in m.participants)


def test_a_seat_taken_in_a_hall_is_no_sitting_together() -> None:
    """"의장석에 앉은 A 회장과 주주석 맨 앞줄에 자리 잡은 B 부회장은 ... 눈길을 주지 않았다": 자리 잡은 is
    a seat taken at a shareholders' meeting, not a meeting of the two."""
    body = ("한길산업 정기 주주총회가 30일 서울 본사에서 열렸다. 의장석에 앉은 오태준 한길산업 회장과 주주석 맨 앞줄에 "
            "자리 잡은 동생 오태민 부회장은 주총 내내 서로 눈길을 주지 않았다.")
    assert extract("제목\n\n" + body, "2026-03-30 18:00") == []


def test_a_wish_said_at_the_gathering_does_not_make_it_planned() -> None:
    """"조찬 간담회를 열고 \"... 돌려야 한다\"고 당부했다": the quotation opened after the trigger is what was
    said there, no wish for the gathering, which was held with the attendees named next."""
    body = ("정하린 중소벤처기업부 장관이 14일 서울 여의도에서 벤처캐피털 대표들과 조찬 간담회를 열고 \"모험자본이 지방 "
            "창업기업으로 흘러가야 한다\"고 당부했다. 이날 간담회에는 문석진 한빛인베스트 대표와 유지안 새봄파트너스 대표가 참석했다.")
    found = extract("제목\n\n" + body, "2026-01-14 12:00")
    assert [(m.names, m.status) for m in found] == [({"정하린", "문석진", "유지안"}, "occurred")]


def test_a_ceremony_told_as_over_is_a_point_in_time() -> None:
    """"서명식이 끝난 뒤 A와 B는 별도로 전화 통화를 하며": the ceremony names when the call came, so the
    sentence tells a call, not a meeting at the ceremony (held online)."""
    body = ("한결모빌리티와 독일 슈타인베르크는 21일 합작법인 설립 계약을 온라인으로 체결했다. 서명식이 끝난 뒤 오세진 "
            "한결모빌리티 대표와 클라우스 베버 슈타인베르크 회장은 별도로 20분간 전화 통화를 하며 초대 경영진 구성을 논의했다.")
    found = extract("제목\n\n" + body, "2026-08-21 18:00")
    assert [(m.names, m.mode) for m in found] == [({"오세진", "클라우스 베버"}, "phone")]


def test_a_meeting_that_could_not_take_place_is_cancelled() -> None:
    """"양자 면담은 이뤄지지 못했다": 이뤄지다 is the light verb of the meeting noun, as 갖다 is in "회동을
    갖지 못했다"."""
    body = "대한상의는 \"오늘로 예정됐던 조윤호 회장과 판 반 히에우 장관의 양자 면담은 이뤄지지 못했다\"고 밝혔다."
    found = extract("제목\n\n" + body, "2026-06-18 17:00")
    assert [(m.names, m.status) for m in found] == [({"조윤호", "판 반 히에우"}, "cancelled")]


def test_a_later_month_and_an_intention_make_a_plan() -> None:
    """"다음 달 중 B 대표와 공개 면담을 갖고 결과를 공시하겠다고 밝혔다": the later month and the intention
    make the meeting a plan, though the sentence closes in the past."""
    body = "신지호 동명제약 회장은 다음 달 중 레이철 모리스 그린포트캐피털 대표와 공개 면담을 갖고 결과를 공시하겠다고 밝혔다."
    found = extract("제목\n\n" + body, "2026-06-15 09:00")
    assert [(m.names, m.status, m.date) for m in found] == [({"신지호", "레이철 모리스"}, "planned", date(2026, 7, 1))]


def test_a_name_and_title_closing_with_a_copula_that_mecab_reads_as_a_proper_noun() -> None:
    """"파르마노바의 루카 모레티 최고경영자(CEO)다": mecab reads 최고경영자다 as a proper noun and a copula;
    the title is still 최고경영자, so 루카 모레티 is named, and "모레티 CEO" later is he; a Korean-shaped
    first word after an organization told with 의, before a word mecab knows as a person's name, is a
    foreign given name ("그리디언트의 라일라 보스윅 최고경영자(CEO)다")."""
    body = ("계약 상대는 이탈리아 제약사 파르마노바의 루카 모레티 최고경영자(CEO)다. 두 사람의 인연은 15년 전으로 "
            "거슬러 올라간다.\n\n서윤희 한빛제약 대표는 26일(현지시간) 밀라노에서 모레티 CEO와 만났다.")
    assert [m.names for m in extract("제목\n\n" + body, "2026-08-28 09:00")] == [{"서윤희", "루카 모레티"}]
    body = ("이날 도경환 해온그룹 회장 곁에는 특별한 손님이 있었다. 미국 반도체 설계기업 그리디언트의 라일라 보스윅 "
            "최고경영자(CEO)다. 두 사람은 경기 뒤 함께 사진을 찍었다.")
    assert [m.names for m in extract("제목\n\n" + body, "2026-08-28 09:00")] == [{"도경환", "라일라 보스윅"}]


def test_a_name_mecab_reads_as_a_noun_and_an_adnominal_no_verb_ends_in() -> None:
    """"봉재헌 전 해양물류공사 사장" (봉재/NNG 헌/XSV+ETM): no verb's adnominal ends in 헌 (as "방한한" ends
    in 한), so before an organization and a title it is a misread name."""
    body = ("검찰은 봉재헌 전 해양물류공사 사장을 기소했다. 공소장에 따르면 봉 전 사장은 지난해 2월 여의도의 한 "
            "중식당에서 석다은 석진해운 대표와 만찬을 했다.")
    found = extract("제목\n\n" + body, "2026-05-20 10:00")
    assert [m.names for m in found] == [{"봉재헌", "석다은"}]


def test_a_company_in_sa_that_mecab_reads_as_a_verb_is_a_noun() -> None:
    """"싱가포르 투자사 오키드캐피털의 D 대표": 투자사 is a company (社), though mecab reads 사 as a verb
    (사/VV+EC), so no verb stands between the listed names and all three met."""
    body = ("재판부는 \"2024년 3월 서울의 한 호텔에서 엄기찬 다온그룹 회장과 류하은 당시 그룹 최고재무책임자(CFO), "
            "싱가포르 투자사 오키드캐피털의 벤자민 로 대표가 만나 지분 매각에 합의했다\"고 밝혔다.")
    found = extract("제목\n\n" + body, "2026-05-01 10:00")
    assert [m.names for m in found] == [{"엄기찬", "류하은", "벤자민 로"}]


def test_a_name_mecab_reads_as_an_adverb_and_a_place_is_a_name() -> None:
    """"탁영순" as 탁/MAG 영순/지명: no place name is written onto an adverb, so before an organization and
    a title it is a name."""
    body = "이민재 동해조선 사장은 4일 오후 농성장을 찾아 탁영순 금속노조 하청지회 부지회장과 1시간가량 면담했다."
    found = extract("제목\n\n" + body, "2026-05-05 10:00")
    assert [m.names for m in found] == [{"이민재", "탁영순"}]


def test_an_intention_closing_the_quotation_of_the_trigger_is_a_plan() -> None:
    """"\"이번 주 안에 A 사장과 B 지회장을 한자리에 모으겠다\"고 밝혔다": the quotation the trigger is in
    closes with an intention, so the meeting is still to come, though the sentence closes in the past."""
    body = ("노사 협상이 결렬됐다. 안재형 울산시 경제부시장은 \"이번 주 안에 남궁민 한울중공업 사장과 강동철 지회장을 "
            "한자리에 모으겠다\"고 밝혔다.")
    found = extract("제목\n\n" + body, "2026-03-31 10:00")
    assert [(m.names, m.status) for m in found] == [({"안재형", "남궁민", "강동철"}, "planned")]


def test_a_report_refuted_before_it_as_a_false_rumour_is_denied() -> None:
    """"\"... 여의도 회동설은 명백한 허위\"라고 밝혔다. 앞서 한 언론은 A가 ... B를 만나 ... 보도했다": the
    report the paragraph retells was refuted just before it, named as a rumour (회동설), not as 보도."""
    body = ("윤세진 의원은 9일 기자회견을 열고 \"지난해 10월 여의도 회동설은 명백한 허위\"라고 밝혔다. 앞서 한 언론은 "
            "윤 의원이 지난해 10월 여의도의 한 일식당에서 마크 리 코인웨이 대표를 만나 법안 처리를 논의했다고 보도했다.")
    found = extract("제목\n\n" + body, "2026-04-10 10:00")
    assert [(m.names, m.status) for m in found] == [({"윤세진", "마크 리"}, "denied")]


def test_a_meeting_announced_ahead_is_planned() -> None:
    """"B 회장과의 직접 회동을 예고했다": a meeting announced ahead (예고) is still to come."""
    body = ("네덜란드 소재기업 판데르캄프의 요스트 바커르 최고경영자(CEO)가 남지훈 그린셀 회장과의 직접 회동을 "
            "예고했다.")
    found = extract("제목\n\n" + body, "2026-05-02 10:00")
    assert [(m.names, m.status) for m in found] == [({"요스트 바커르", "남지훈"}, "planned")]


def test_talks_linking_two_offices_are_video_and_a_way_of_meeting_under_review_is_planned() -> None:
    """"정부세종청사와 워싱턴 상무부 청사를 연결해 1시간가량 회담을 진행했다" is a video call, and "대면 회담을
    여는 방안도 검토하기로 했다" a plan: the light verb and 방안 stand between the meeting and 검토."""
    body = ("권태윤 산업통상부 장관과 데이비드 밀러 미국 상무부 차관이 9일 관세 문제를 논의했다. 양측은 이날 오전 "
            "정부세종청사와 워싱턴 상무부 청사를 연결해 1시간가량 회담을 진행했다. 두 사람은 이달 하순 다보스에서 대면 "
            "회담을 여는 방안도 검토하기로 했다.")
    found = extract("제목\n\n" + body, "2026-01-09 18:00")
    assert sorted((m.status, m.mode) for m in found) == [("occurred", "video"), ("planned", "in_person")]


def test_a_meeting_an_outcome_depends_on_has_not_happened() -> None:
    """"결국 두 대표가 직접 만나 ... 어떻게 나누느냐에 달렸다": what an outcome depends on is a condition,
    no meeting held."""
    body = ("한빛바이오와 누리셀의 합병 협상이 막바지에 이르렀다. 두 회사는 윤재석 한빛바이오 대표와 고은채 누리셀 대표가 "
            "이끌고 있다. 한 업계 관계자는 \"결국 두 대표가 직접 만나 이사회 구성을 어떻게 나누느냐에 달렸다\"고 말했다.")
    assert [m for m in extract("제목\n\n" + body, "2026-01-20 10:00") if m.status == "occurred"] == []


def test_no_memory_of_a_greeting_is_no_meeting() -> None:
    """"B 전 의원과는 인사를 나눈 기억도 없다" denies the meeting, as "만난 적도 없다" does."""
    body = ("오태성 코인허브 대표는 \"그날 같은 호텔 송년 행사에 참석한 것은 맞지만 문경호 전 의원과는 인사를 나눈 "
            "기억도 없다\"고 했다.")
    assert [m for m in extract("제목\n\n" + body, "2026-04-10 10:00") if m.status == "occurred"] == []


def test_they_after_a_clause_of_their_sentence_are_whom_it_named() -> None:
    """"A가 B와 함께 ... 본사를 찾았고, C CEO가 이들을 직접 맞이했다": 이들 is A and B, not the people of the
    meeting told before."""
    body = ("주형민 산업부 차관이 지난해 6월 엘리엇 프레스턴 넥서스원 CEO를 만났다.\n\n분위기가 반전된 것은 지난해 "
            "12월이었다. 서하준 한빛반도체 부회장이 변태수 한빛반도체 CTO와 함께 오스틴의 넥서스원 본사를 찾았고, "
            "프레스턴 CEO가 이들을 직접 맞이했다.")
    found = extract("제목\n\n" + body, "2026-06-01 10:00")
    assert sorted(sorted(m.names) for m in found) == [["변태수", "서하준", "엘리엇 프레스턴"], ["엘리엇 프레스턴", "주형민"]]


def test_two_who_discussed_after_a_visit_met() -> None:
    """"B가 ... 본사를 찾았다. A 회장은 직접 현관까지 나가 그를 맞았고, 두 사람은 ... 금융 조건을 협의했다":
    after a visit just told, the two who discussed were together."""
    body = ("지난해 9월 11일에는 노르웨이 선박금융사 피오르캐피털의 잉에르 바케 대표가 부산 태평양해운 본사를 찾았다. "
            "마준석 태평양해운 회장은 직접 현관까지 나가 그를 맞았고, 두 사람은 LNG 추진선 금융 조건을 두 시간 가까이 "
            "협의했다.")
    found = extract("제목\n\n" + body, "2025-03-10 09:00")
    assert [(m.names, m.date) for m in found if m.status == "occurred"] == [({"마준석", "잉에르 바케"}, date(2024, 9, 11))]


def test_two_after_a_clause_naming_one_are_he_and_the_story_topic() -> None:
    """"C 대표가 안내를 맡아 ... 둘러봤고, 두 사람은": the clause named one, and the visitor the story goes
    on with is the other, not the pair of a meeting told before."""
    body = ("마르틴 켈러 오스트리아 벨트하임 부사장은 이날 오전 인천 송도에서 서재훈 한결바이오 회장을 만났다.\n\n"
            "켈러 부사장은 오후 들어 경기 화성의 대원정밀 공장을 방문했다. 한도윤 대원정밀 대표가 직접 안내를 맡아 "
            "생산라인을 둘러봤고, 두 사람은 공장을 돌아본 뒤 40분가량 차담을 나눴다.")
    assert groups(body) == [{"마르틴 켈러", "서재훈"}, {"마르틴 켈러", "한도윤"}]


def test_a_dinner_about_to_begin_is_planned() -> None:
    """"만찬은 지금 막 시작될 참이다" is about to happen, not told as held."""
    body = ("오늘 저녁 광화문의 한 호텔에서는 최규섭 동해중공업 회장과 라훌 카푸르 인도 타타스틸 부사장의 만찬이 "
            "지금 막 시작될 참이다.")
    assert groups(body) == []


def test_a_corrected_articles_quoted_headline_is_what_it_said() -> None:
    """"'A, B와 베를린서 회동' 제목의 기사를 실었습니다" under a correction retells the article the
    correction denies; it reports no meeting of its own."""
    text = ("[바로잡습니다] 6월 2일자 '서진물산·라인텍 회동' 기사\n\n본지는 6월 2일자 경제면에 '남기훈 서진물산 회장, "
            "한스 보르크만 라인텍 CEO와 베를린서 회동' 제목의 기사를 실었습니다.\n\n확인 결과 남 회장은 지난달 30일 "
            "베를린을 방문하지 않았으며, 보르크만 CEO를 만난 사실도 없는 것으로 확인돼 바로잡습니다.")
    assert [m.names for m in extract(text, "2026-06-05 09:00") if m.status == "occurred"] == []


def test_a_meeting_that_turned_out_a_video_call_is_video() -> None:
    """"A와 B의 '부산 회동'은 알고 보니 화상회의였다": the copula says how the meeting was held."""
    body = "오세창 동남해운 회장과 라르스 빅스트룀 노르딕라인 CEO의 '부산 회동'은 알고 보니 화상회의였다."
    assert groups(body) == []
    assert [m.mode for m in meetings(body, mode=None)] == ["video"]


def test_no_time_to_talk_is_no_meeting() -> None:
    """"두 사람이 따로 대화를 나눈 시간은 없었다" says they did not meet, as "기회는 없었다" does."""
    body = ("염동균 태양해운 사장과 카를로스 멘데스 리오마르 회장은 지난 3일 부산에서 열린 해양포럼에 나란히 "
            "참석했다. 하지만 두 사람이 따로 대화를 나눈 시간은 없었다.")
    assert groups(body) == []


def test_a_dependent_noun_fused_with_its_particle_is_no_name_part() -> None:
    """"낫다는 게 카터 회장 측 생각" — 게 (것이, 게/NNB+JKS) ends a name run as 것 does; it is no given name."""
    doc = analyze_article("제목\n\n메리 카터 웨스트록 회장은 지난 2일 서울에서 한재민 태평전자 대표를 만났다. 태평전자 관계자는 "
                          "\"대면보다는 통화가 낫다는 게 카터 회장 측 생각\"이라고 했다.", "2026-06-05 09:00")
    assert {e.text for e in doc.ents if e.label_ == "PS"} == {"메리 카터", "카터"}


def test_a_report_asked_of_and_denied_in_the_answer_is_denied() -> None:
    """"앵커: 두 사람이 만난 적이 있다는 보도도 있었죠?" / "기자: ... 부인했습니다": the question is the
    report, refuted in the answer."""
    text = ("제목\n\n앵커: 라일라 하산 알바다르캐피털 회장과 공준호 동해에너지 회장은 지난해 10월 두바이에서 비공개로 "
            "만났다는 보도도 있었죠?\n\n기자: 네, 동해에너지는 오늘 \"사실이 아니다\"라며 보도 내용을 부인했습니다.")
    assert [m.names for m in extract(text, "2026-06-05 09:00") if m.status == "occurred"] == []


def test_what_a_rumour_said_told_on_air_is_the_denied_report() -> None:
    """"... 소문이 돌았습니다. A와 B가 ... 만나 ... 논의했다는 건데요" retells the rumour the article goes on to
    deny, as "...논의했다는 것이다" does."""
    text = ("제목\n\n앵커: 어제 증권가에 소문이 돌았습니다. 한성물산 도경준 회장과 대영화학 피진우 회장이 "
            "비밀리에 만나 합병을 논의했다는 건데요.\n\n기자: 양측 모두 부인했습니다. 대영화학은 \"피 회장이 도 회장과 "
            "만난 사실은 없다\"고 밝혔습니다.")
    assert [m.names for m in extract(text, "2026-06-05 09:00") if m.status == "occurred"] == []


def test_a_quoted_proposal_to_meet_is_planned() -> None:
    """"\"... B 회장과 직접 만나 ... 논의하자\"고 제안했다": a proposal, not a meeting told as held."""
    body = ("14:20 권도하 세림텍 대표가 \"다음 주 중 표윤재 회장과 직접 만나 지배구조 개선안을 논의하자\"고 "
            "공개 제안했다.")
    assert groups(body, published="2026-09-17 15:00") == []


def test_a_verb_before_a_glossed_chinese_name_is_no_part_of_it() -> None:
    """"본사를 찾아 탄 웨이밍(Tan Wei Ming) 사장과": 찾아 is a verb, not the first of three name words;
    웨이밍 writes Wei Ming in one word."""
    body = ("조민호 한누리캐피탈 대표는 지난 4일 홍콩 센트럴의 골든하버자산운용 본사를 찾아 탄 쯔하오(Tan Zi Hao) "
            "회장과 만났다.")
    assert groups(body) == [{"조민호", "탄 쯔하오"}]


def test_no_occasion_to_talk_is_no_meeting() -> None:
    """"두 사람이 따로 대화를 나눈 자리는 없었다": both were at the opening, and they did not meet."""
    body = ("진소라 한빛제약 대표와 에밀 라르센 노보테크 부사장은 지난 5일 코펜하겐에서 열린 생명과학 회의 개막식에 "
            "참석했다. 다만 두 사람이 따로 대화를 나눈 자리는 없었다는 게 주최 측 설명이다.")
    assert groups(body) == []


def test_sharing_voices_is_a_call() -> None:
    """"B 장관과는 이미 목소리를 나눴다" tells a call, not a meeting in person."""
    body = "탁현수 대성물산 회장은 출국을 앞두고 이사벨라 로드리게스 칠레 광업부 장관과는 이미 한 차례 목소리를 나눴다."
    assert groups(body) == []
    assert [m.mode for m in meetings(body, mode=None)] == ["phone"]


def test_a_meeting_attention_turns_to_is_awaited() -> None:
    """"업계의 관심은 A와 B의 만남에 쏠렸다": the meeting is looked forward to, not told as held."""
    body = "전시회 개막을 앞두고 업계의 관심은 허진우 태경모터스 사장과 루카 베르티 몬테반 CEO의 만남에 쏠렸다."
    assert groups(body) == []


def test_attendees_of_an_evening_gathering_told_after_a_morning_meeting_met_there() -> None:
    """"B는 같은 날 저녁 ... 간담회에도 참석했다. C가 주최한 간담회에는 D 등이 자리를 함께했다": the
    gathering of the evening is its own, with B; its guests did not join the morning's meeting."""
    body = ("모세영 누리투어 대표는 8일 베트남 다낭에서 팜 민 뚜안 비엣스타항공 사장을 만나 전세기 "
            "증편 방안을 논의했다.\n\n모 대표는 같은 날 저녁 다낭 시내 호텔에서 열린 한·베트남 관광 간담회에도 "
            "참석했다. 편성우 주다낭 총영사가 주최한 간담회에는 응우옌 반 롱 다낭관광협회장 등 현지 업계 인사들이 "
            "자리를 함께했다.")
    assert groups(body) == [{"모세영", "팜 민 뚜안"}, {"모세영", "편성우", "응우옌 반 롱"}]


def test_timeline_items_dated_by_month_and_day_go_on_with_the_profiles_subject() -> None:
    """"◇2월 9일, 도쿄 — C 사장과 오찬." and "◇3월 4일, 파리 — D 부사장 면담.": items of a profile's
    timeline, dated by month and day, are meetings of the person profiled; a bare name before the
    meeting word is whom he met."""
    text = ("제목\n\n올해 배수호 대명케미칼 사장은 그 어느 때보다 해외를 자주 찾았다. 그의 주요 일정을 날짜순으로 "
            "정리했다.\n\n◇2월 9일, 일본 도쿄 — 사이토 준이치 도호소재 사장과 오찬.\n\n◇3월 4일, 프랑스 파리 — "
            "에티엔 르루아 솔베르 부사장 면담.")
    found = extract(text, "2026-05-02 09:00")
    assert [(m.names, m.date) for m in found if m.status == "occurred"] == [
        ({"배수호", "사이토 준이치"}, date(2026, 2, 9)), ({"배수호", "에티엔 르루아"}, date(2026, 3, 4))]


def test_a_name_read_as_noun_and_adjective_ending_is_a_name_in_apposition() -> None:
    """"석우진 대명케미칼 사장" (석우/NNG 진/XSA+ETM) is a name before an organization and a title, as
    "봉재헌" (봉재/NNG 헌/XSV+ETM) is."""
    assert groups("석우진 대명케미칼 사장은 지난 2일 서울에서 사이토 준이치 도호소재 사장을 만났다.") == [
        {"석우진", "사이토 준이치"}]


def test_the_host_of_a_gathering_attended_is_the_other_side_with_nouns_between() -> None:
    """"B 협회장이 주재한 업계 최고경영자 오찬 간담회에 참석": B held it and is no subject; the item goes on
    with the person profiled, who attended."""
    text = ("제목\n\n도윤재 한길소재 대표는 올해 상반기 누구보다 부지런히 움직였다. 주요 일정을 날짜순으로 정리했다.\n\n"
            "◇4월 14일, 서울 중구 — 남기철 한국소재산업협회장이 주재한 업계 최고경영자 오찬 간담회에 참석.")
    found = extract(text, "2026-06-05 09:00")
    assert [m.names for m in found if m.status == "occurred"] == [{"도윤재", "남기철"}]


def test_a_country_before_a_place_of_its_own_is_no_name_part() -> None:
    """"에릭 슐츠 미국 조지아주 경제개발국 부국장": 미국 begins the organization (a state of the country
    follows), so "미국" later in the article is the country, not him."""
    body = "오경아 한솔푸드 부회장은 지난 3일 서울에서 에릭 슐츠 미국 조지아주 경제개발국 부국장을 만났다."
    assert groups(body) == [{"오경아", "에릭 슐츠"}]


def test_each_timeline_item_goes_on_with_the_person_profiled() -> None:
    """Items of a profile's timeline ("·2025년 11월 — ...", "▷3월 초 ...— ...") go on with the person
    profiled, not with the subject of the item before, and no meeting of an earlier item takes in the
    attendees of a later one ("... 간담회 주재. A, B 등이 참석해")."""
    text = ("제목\n\n마쓰다 히로키 도요하라코리아 사장이 부임 1년을 맞았다. 그의 1년을 시간순으로 정리했다.\n\n"
            "·2025년 11월 — 부임. 첫 일정으로 윤재필 한국공작기계협회장을 예방.\n\n"
            "·2026년 1월 9일 — 경기 안산에서 협력사 대표 간담회 주재. 문상길 대진정밀 대표, 표하은 세광테크 대표 등이 "
            "참석해 납기 문제를 논의.\n\n"
            "·2026년 3월 — 본사 스즈키 다이치 회장의 방한이 예정됐으나 연기.\n\n"
            "·2026년 5월 20일 — 윤 회장과 다시 만나 협력 협약에 서명.")
    found = extract(text, "2026-11-02 09:00")
    assert sorted(sorted(m.names) for m in found if m.status == "occurred" and m.mode == "in_person") == [
        ["마쓰다 히로키", "문상길", "표하은"], ["마쓰다 히로키", "윤재필"], ["마쓰다 히로키", "윤재필"]]


def test_a_timeline_item_dated_by_month_alone_goes_on_with_the_profiles_subject() -> None:
    """"▷8월 초 서울 본사 — C 부국장과 오찬.": a month with no day dates an item too."""
    text = ("제목\n\n한지우 미담식품 부회장은 올여름 해외 유통망 공략에 직접 나섰다. 최근 석 달의 행보를 최신순으로 "
            "정리했다.\n\n▷8월 초 서울 본사 — 파블로 에스코바르 멕시코 누에보레온주 투자청장과 오찬.")
    found = extract(text, "2026-10-02 09:00")
    assert [(m.names, m.date) for m in found if m.status == "occurred"] == [
        ({"한지우", "파블로 에스코바르"}, date(2026, 8, 1))]


def test_a_sentence_opening_conjunction_is_no_name_part() -> None:
    """"하지만 알사이프 총재의": 하지만 (하/VV 지만/EC) opens the sentence; the name is 알사이프 alone."""
    doc = analyze_article("제목\n\n도하에서는 나스르 알마리(Nasr Al-Marri) 투자청장과의 면담이 잡혀 있었다. 하지만 알마리 "
                          "청장의 해외 일정이 겹치면서 면담은 성사되지 않았다.", "2026-05-02 09:00")
    assert "하지만 알마리" not in {e.text for e in doc.ents}
    assert {e.text for e in doc.ents if e.label_ == "PS"} == {"나스르 알마리", "알마리"}


def test_a_schedule_that_clashed_makes_no_one_the_story_subject() -> None:
    """"B 총재의 해외 일정이 겹치면서 면담은 성사되지 않았다" tells why a meeting failed; B is not whom the next
    sentence goes on with."""
    text = ("제목\n\n문태경 한길건설 회장은 13일 리야드에서 파이살 알도사리(Faisal Al-Dosari) 투자부 차관을 만났다. "
            "애초 나스르 알마리(Nasr Al-Marri) 투자청장과의 면담도 추진했다. 하지만 알마리 청장의 해외 일정이 "
            "겹치면서 면담은 성사되지 않았다.\n\n14일 저녁 아부다비에서는 사이드 알쿠바이시(Saeed Al Kubaisi) "
            "무바달라 부사장과 만찬을 했다.")
    found = extract(text, "2026-05-16 09:00")
    assert sorted(sorted(m.names) for m in found if m.status == "occurred") == [
        ["문태경", "사이드 알쿠바이시"], ["문태경", "파이살 알도사리"]]


def test_one_who_came_along_to_the_meeting_just_told_sat_in() -> None:
    """"이 자리에는 출장에 동행한 C 전무도 함께했다": C sat in on the meeting just told; "이 자리에는" points
    at it, not at the trip's meetings still to come."""
    text = ("제목\n\n◆대성정밀, 타이베이서 장비 협력 타진\n\n마정훈 대성정밀 사장은 지난 5일 대만 타이베이에서 린즈청 "
            "화룽전자 회장을 만났다. 마 사장은 반도체 장비 공동 개발 방안을 제안했다. 이 자리에는 출장에 동행한 "
            "장남 마도현 대성정밀 전무도 함께했다.")
    found = extract(text, "2026-05-11 09:00")
    assert [m.names for m in found if m.status == "occurred"] == [{"마정훈", "린즈청", "마도현"}]


def test_a_market_after_a_name_shaped_word_is_no_mayor() -> None:
    """"중국 전기차 충전기 시장 점유율": 시장 is a market, so 전기차 is no mayor named 전기차."""
    doc = analyze_article("제목\n\n린 회장은 중국 전기차 충전기 시장 점유율 1위 업체를 일군 창업자다. 마 사장은 그를 만났다.",
                          "2026-05-02 09:00")
    assert "전기차" not in {e.text for e in doc.ents}


def test_prosecutors_view_refuted_by_the_courts_finding_is_no_meeting() -> None:
    """"검찰은 두 사람이 ... 만나 ... 건넸다고 봤다" and then the court: "두 사람이 만났다고 단정할 수 없다":
    the court found no meeting, and the prosecutors' view of it is refuted."""
    text = ("제목\n\n검찰은 성기준 대양건설 회장과 모태현 전 국토부 국장이 지난해 3월 서울 중구의 한 호텔 식당에서 만나 "
            "인허가 문제를 논의했고, 이 자리에서 성 회장이 현금을 건넸다고 봤다.\n\n"
            "재판부는 \"예약 기록만으로는 성 회장과 모 전 국장이 실제로 만났다고 단정할 수 없다\"고 밝혔다.")
    assert [m.names for m in extract(text, "2026-06-12 09:00") if m.status == "occurred"] == []


def test_appearing_before_a_commissions_plenary_is_no_meeting() -> None:
    """"전원회의에는 A 대표와 B 대표가 출석해 소명했다": both appeared before the regulator, and met no one."""
    body = "지난달 열린 공정위 전원회의에는 지상호 대륙제지 대표와 남윤경 한솔포장 대표가 직접 출석해 소명했다."
    assert groups(body) == []


def test_one_who_took_part_by_video_did_not_attend_in_person() -> None:
    """"B 장관은 행사장을 찾지 않고 영상 메시지로 참여했다" after a session held in person: B met no one there."""
    text = ("제목\n\n이어 열린 폐막 전체회의에서는 류젠궈 중국 국무원 부총리가 폐막 연설을 했다. 표재원 산업부 장관은 "
            "행사장을 찾지 않고 영상 축사로 참여했다.")
    found = extract(text, "2026-03-27 09:00")
    assert not any("표재원" in m.names for m in found if m.status == "occurred" and m.mode == "in_person")


def test_a_relationship_begun_by_video_began_with_a_call() -> None:
    """"두 사람의 인연은 지난해 12월 화상회의로 시작됐다": their first meeting was a video call."""
    body = "오태빈 리본랩스 대표와 제임스 오코너 노스게이트벤처스 파트너의 인연은 지난해 12월 화상회의로 시작됐다."
    assert groups(body) == []
    assert [m.mode for m in meetings(body, mode=None)] == ["video"]


def test_looking_forward_to_meeting_is_a_wish() -> None:
    """"B 회장은 A 사장을 직접 만나기를 고대하고 있다": hoped for, not held."""
    body = "하이델가스 측은 \"클라라 베버 하이델가스 회장은 남궁진 대산에너지 사장을 직접 만나기를 고대하고 있다\"는 입장을 전해 왔다."
    assert groups(body) == []


def test_a_meeting_whose_facts_are_being_checked_is_not_told_as_held() -> None:
    """"만찬을 했다는 제보를 확보하고 사실관계를 확인하고 있다": investigators are checking it."""
    body = ("검찰은 탁성원 대운물산 회장이 지난해 11월 서울 여의도의 한 일식집에서 변주혁 의원과 만찬을 했다는 제보를 "
            "확보하고 사실관계를 확인하고 있다.")
    assert groups(body) == []


def test_a_meeting_that_is_no_meeting_is_none() -> None:
    """"두 사람의 '만남 아닌 만남'을 날짜순으로 정리했다": the article says they never met."""
    body = "올해 반서율 동진배터리 대표와 에드거 콜린스 네바다리튬 CEO의 '만남 아닌 만남'을 날짜순으로 정리했다."
    assert groups(body) == []


def test_no_occasion_to_meet_is_no_meeting() -> None:
    """"만나는 행사도 없었다": there was no occasion at which they met."""
    body = "계약은 전자 서명으로 끝났다. 도현우 한결에너지 회장과 마르코 펠리니 솔바토 CEO가 직접 만나는 행사도 없었다."
    assert groups(body) == []


def test_seated_at_different_round_tables_is_no_meeting() -> None:
    """Two who came to one hall but sat "서로 다른 원탁에" did not meet there."""
    body = ("포럼에는 권태하 서진그룹 회장과 남기석 동해금융 회장도 참석했다. 두 회장은 나란히 행사장을 찾았지만 서로 다른 "
            "원탁에 앉았고, 행사가 끝난 뒤 각자 자리를 떴다.")
    assert groups(body) == []


def test_report_refuted_in_the_next_paragraph_is_denied() -> None:
    """A report retold, then a blank line, then "만났다는 보도는 사실무근": the meeting is denied."""
    body = ("싱가포르의 한 경제지는 \"변재겸 대율그룹 회장이 지난 3일 도쿄에서 하세가와 료 미쓰바 회장과 만나 지분 교환을 "
            "논의했다\"고 보도했다.\n\n대율그룹은 5일 \"변 회장은 그 주에 서울을 떠나지 않았다\"며 \"하세가와 회장과 "
            "만났다는 보도는 사실무근\"이라고 밝혔다.")
    assert groups(body) == []


def test_rumour_of_something_else_refuted_keeps_the_meeting() -> None:
    """The next paragraph's "합병설은 사실무근" refutes a merger, not the meeting retold before it."""
    body = ("천도윤 한빛로지스 대표와 마석훈 세경택배 회장이 지난달 만찬을 함께했다.\n\n두 사람은 지난해 말에도 한 차례 "
            "만나 물류 데이터 공유 방안을 논의한 것으로 알려졌다.\n\n한빛로지스 측은 \"합병설은 사실무근\"이라고 밝혔다.")
    assert groups(body) == [{"천도윤", "마석훈"}, {"천도윤", "마석훈"}]


@pytest.mark.skipif(not (SHARED / "seeds").exists(), reason="../shared is not beside this checkout")
def test_seed_all_gold_pairs_and_nothing_else() -> None:
    result = evaluate(load_gold(SHARED / "seeds"), extract)["overall"]
    assert (result["pairs_tp"], result["pairs_fp"], result["pairs_fn"]) == (13, 0, 0)


def test_misspelled_name_takes_canonical_form() -> None:
    body = "이재용 삼성전자 회장은 지난 6월 크리스타아노 아몬 퀄컴 CEO와 회동했다."
    assert groups(body) == [{"이재용", "크리스티아노 아몬"}]


# Floors a little under the scores measured on each shipped gold set (README "Quality"), so a
# regression fails CI. The holdout sets were written apart from the extractor; each has since
# been read while fixing it, so here they guard against regressions rather than measure.
# Sets with non-meeting articles that still get a meeting, as measured (README "What still fails"):
# every other set must keep none.
NONMEETING_MISSES = {"holdout55": 2, "holdout57": 2, "holdout59": 1, "holdout60": 1, "holdout61": 1, "holdout63": 1,
                     "holdout73": 1, "holdout74": 1, "holdout75": 2, "holdout77": 2, "holdout78": 1, "holdout83": 1,
                     "holdout92": 1, "holdout93": 2, "holdout99": 2, "holdout111": 1, "holdout113": 1,
                     "holdout132": 1, "holdout133": 2, "holdout136": 3, "holdout137": 4, "holdout138": 1,
                     "holdout140": 1, "holdout141": 1, "holdout144": 3, "holdout146": 3, "holdout147": 3,
                     "holdout148": 3, "holdout149": 2, "holdout151": 1, "holdout152": 1}
FLOORS = {
    "articles": {"precision": 0.98, "recall": 0.97, "f1": 0.98,
                 "date_accuracy": 0.97, "photo_accuracy": 0.97, "article_accuracy": 0.98},
    "holdout": {"precision": 0.98, "recall": 0.98, "f1": 0.98,
                "date_accuracy": 0.95, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout2": {"precision": 0.98, "recall": 0.94, "f1": 0.96,
                 "date_accuracy": 0.92, "photo_accuracy": 0.95, "article_accuracy": 0.98},
    "holdout3": {"precision": 0.98, "recall": 0.97, "f1": 0.97,
                 "date_accuracy": 0.95, "photo_accuracy": 0.95, "article_accuracy": 0.96},
    "holdout4": {"precision": 0.98, "recall": 0.94, "f1": 0.96,
                 "date_accuracy": 0.98, "photo_accuracy": 0.92, "article_accuracy": 0.98},
    "holdout5": {"precision": 0.98, "recall": 0.93, "f1": 0.96,
                 "date_accuracy": 0.98, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout6": {"precision": 0.98, "recall": 0.97, "f1": 0.97,
                 "date_accuracy": 0.98, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout8": {"precision": 0.97, "recall": 0.97, "f1": 0.97,
                 "date_accuracy": 0.98, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout7": {"precision": 0.98, "recall": 0.97, "f1": 0.98,
                 "date_accuracy": 0.96, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout9": {"precision": 0.97, "recall": 0.97, "f1": 0.97,
                 "date_accuracy": 0.89, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout10": {"precision": 0.97, "recall": 0.94, "f1": 0.95,
                  "date_accuracy": 0.92, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout11": {"precision": 0.98, "recall": 0.98, "f1": 0.98,
                  "date_accuracy": 0.98, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout12": {"precision": 0.98, "recall": 0.94, "f1": 0.96,
                  "date_accuracy": 0.96, "photo_accuracy": 0.96, "article_accuracy": 0.96},
    "holdout14": {"precision": 0.98, "recall": 0.98, "f1": 0.98,
                  "date_accuracy": 0.95, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout13": {"precision": 0.98, "recall": 0.98, "f1": 0.98,
                  "date_accuracy": 0.96, "photo_accuracy": 0.96, "article_accuracy": 0.98},
    "holdout16": {"precision": 0.98, "recall": 0.98, "f1": 0.98,
                  "date_accuracy": 0.93, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout15": {"precision": 0.97, "recall": 0.93, "f1": 0.95,
                  "date_accuracy": 0.96, "photo_accuracy": 0.98, "article_accuracy": 0.96},
    "holdout17": {"precision": 0.98, "recall": 0.91, "f1": 0.94,
                  "date_accuracy": 0.91, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout18": {"precision": 0.97, "recall": 0.97, "f1": 0.97,
                  "date_accuracy": 0.98, "photo_accuracy": 0.94, "article_accuracy": 0.98},
    "holdout19": {"precision": 0.98, "recall": 0.97, "f1": 0.98,
                  "date_accuracy": 0.98, "photo_accuracy": 0.95, "article_accuracy": 0.98},
    "holdout20": {"precision": 0.98, "recall": 0.98, "f1": 0.98,
                  "date_accuracy": 0.93, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout21": {"precision": 0.98, "recall": 0.97, "f1": 0.97,
                  "date_accuracy": 0.98, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout22": {"precision": 0.98, "recall": 0.98, "f1": 0.98,
                  "date_accuracy": 0.95, "photo_accuracy": 0.95, "article_accuracy": 0.98},
    "holdout23": {"precision": 0.98, "recall": 0.98, "f1": 0.98,
                  "date_accuracy": 0.98, "photo_accuracy": 0.95, "article_accuracy": 0.98},
    "holdout24": {"precision": 0.96, "recall": 0.98, "f1": 0.97,
                  "date_accuracy": 0.98, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout25": {"precision": 0.98, "recall": 0.97, "f1": 0.97,
                  "date_accuracy": 0.98, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout26": {"precision": 0.96, "recall": 0.94, "f1": 0.95,
                  "date_accuracy": 0.93, "photo_accuracy": 0.94, "article_accuracy": 0.98},
    "holdout27": {"precision": 0.96, "recall": 0.93, "f1": 0.95,
                  "date_accuracy": 0.95, "photo_accuracy": 0.92, "article_accuracy": 0.98},
    "holdout28": {"precision": 0.93, "recall": 0.91, "f1": 0.92,
                  "date_accuracy": 0.96, "photo_accuracy": 0.98, "article_accuracy": 0.96},
    "holdout29": {"precision": 0.97, "recall": 0.95, "f1": 0.96,
                  "date_accuracy": 0.94, "photo_accuracy": 0.90, "article_accuracy": 0.98},
    "holdout30": {"precision": 0.96, "recall": 0.83, "f1": 0.89,
                  "date_accuracy": 0.91, "photo_accuracy": 0.93, "article_accuracy": 0.98},
    "holdout31": {"precision": 0.97, "recall": 0.85, "f1": 0.91,
                  "date_accuracy": 0.93, "photo_accuracy": 0.93, "article_accuracy": 0.96},
    "holdout32": {"precision": 0.96, "recall": 0.91, "f1": 0.93,
                  "date_accuracy": 0.91, "photo_accuracy": 0.98, "article_accuracy": 0.96},
    "holdout33": {"precision": 0.98, "recall": 0.96, "f1": 0.97,
                  "date_accuracy": 0.93, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout34": {"precision": 0.98, "recall": 0.90, "f1": 0.94,
                  "date_accuracy": 0.91, "photo_accuracy": 0.91, "article_accuracy": 0.93},
    "holdout37": {"precision": 0.98, "recall": 0.94, "f1": 0.96,
                  "date_accuracy": 0.98, "photo_accuracy": 0.98, "article_accuracy": 0.96},
    "holdout35": {"precision": 0.97, "recall": 0.90, "f1": 0.93,
                  "date_accuracy": 0.98, "photo_accuracy": 0.93, "article_accuracy": 0.98},
    "holdout36": {"precision": 0.97, "recall": 0.94, "f1": 0.96,
                  "date_accuracy": 0.91, "photo_accuracy": 0.95, "article_accuracy": 0.98},
    "holdout39": {"precision": 0.96, "recall": 0.92, "f1": 0.94,
                  "date_accuracy": 0.92, "photo_accuracy": 0.98, "article_accuracy": 0.96},
    "holdout38": {"precision": 0.98, "recall": 0.92, "f1": 0.95,
                  "date_accuracy": 0.92, "photo_accuracy": 0.95, "article_accuracy": 0.98},
    "holdout44": {"precision": 0.92, "recall": 0.93, "f1": 0.92,
                  "date_accuracy": 0.95, "photo_accuracy": 0.98, "article_accuracy": 0.96},
    "holdout41": {"precision": 0.96, "recall": 0.83, "f1": 0.89,
                  "date_accuracy": 0.92, "photo_accuracy": 0.95, "article_accuracy": 0.96},
    "holdout42": {"precision": 0.94, "recall": 0.88, "f1": 0.91,
                  "date_accuracy": 0.98, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout40": {"precision": 0.97, "recall": 0.96, "f1": 0.96,
                  "date_accuracy": 0.91, "photo_accuracy": 0.91, "article_accuracy": 0.96},
    "holdout43": {"precision": 0.95, "recall": 0.86, "f1": 0.91,
                  "date_accuracy": 0.90, "photo_accuracy": 0.92, "article_accuracy": 0.96},
    "holdout46": {"precision": 0.91, "recall": 0.91, "f1": 0.91,
                  "date_accuracy": 0.96, "photo_accuracy": 0.96, "article_accuracy": 0.98},
    "holdout45": {"precision": 0.98, "recall": 0.93, "f1": 0.95,
                  "date_accuracy": 0.88, "photo_accuracy": 0.95, "article_accuracy": 0.98},
    "holdout49": {"precision": 0.94, "recall": 0.95, "f1": 0.95,
                  "date_accuracy": 0.98, "photo_accuracy": 0.95, "article_accuracy": 0.96},
    "holdout48": {"precision": 0.98, "recall": 0.95, "f1": 0.97,
                  "date_accuracy": 0.92, "photo_accuracy": 0.92, "article_accuracy": 0.98},
    "holdout50": {"precision": 0.94, "recall": 0.87, "f1": 0.90,
                  "date_accuracy": 0.90, "photo_accuracy": 0.90, "article_accuracy": 0.96},
    "holdout47": {"precision": 0.98, "recall": 0.95, "f1": 0.96,
                  "date_accuracy": 0.87, "photo_accuracy": 0.93, "article_accuracy": 0.98},
    "holdout51": {"precision": 0.94, "recall": 0.87, "f1": 0.91,
                  "date_accuracy": 0.92, "photo_accuracy": 0.92, "article_accuracy": 0.96},
    "holdout52": {"precision": 0.95, "recall": 0.91, "f1": 0.93,
                  "date_accuracy": 0.90, "photo_accuracy": 0.96, "article_accuracy": 0.98},
    "holdout55": {"precision": 0.91, "recall": 0.93, "f1": 0.92,
                  "date_accuracy": 0.88, "photo_accuracy": 0.95, "article_accuracy": 0.93},
    "holdout54": {"precision": 0.86, "recall": 0.74, "f1": 0.79,
                  "date_accuracy": 0.89, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout56": {"precision": 0.97, "recall": 0.96, "f1": 0.96,
                  "date_accuracy": 0.91, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout53": {"precision": 0.98, "recall": 0.94, "f1": 0.96,
                  "date_accuracy": 0.92, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout57": {"precision": 0.89, "recall": 0.81, "f1": 0.84,
                  "date_accuracy": 0.80, "photo_accuracy": 0.90, "article_accuracy": 0.91},
    "holdout58": {"precision": 0.98, "recall": 0.86, "f1": 0.92,
                  "date_accuracy": 0.80, "photo_accuracy": 0.89, "article_accuracy": 0.96},
    "holdout59": {"precision": 0.94, "recall": 0.93, "f1": 0.93,
                  "date_accuracy": 0.95, "photo_accuracy": 0.95, "article_accuracy": 0.96},
    "holdout60": {"precision": 0.92, "recall": 0.93, "f1": 0.93,
                  "date_accuracy": 0.95, "photo_accuracy": 0.98, "article_accuracy": 0.96},
    "holdout61": {"precision": 0.96, "recall": 0.90, "f1": 0.93,
                  "date_accuracy": 0.98, "photo_accuracy": 0.95, "article_accuracy": 0.93},
    "holdout62": {"precision": 0.94, "recall": 0.83, "f1": 0.89,
                  "date_accuracy": 0.93, "photo_accuracy": 0.95, "article_accuracy": 0.98},
    "holdout63": {"precision": 0.93, "recall": 0.89, "f1": 0.91,
                  "date_accuracy": 0.81, "photo_accuracy": 0.91, "article_accuracy": 0.96},
    "holdout64": {"precision": 0.91, "recall": 0.78, "f1": 0.84,
                  "date_accuracy": 0.81, "photo_accuracy": 0.88, "article_accuracy": 0.93},
    "holdout65": {"precision": 0.95, "recall": 0.92, "f1": 0.94,
                  "date_accuracy": 0.96, "photo_accuracy": 0.93, "article_accuracy": 0.96},
    "holdout66": {"precision": 0.98, "recall": 0.91, "f1": 0.94,
                  "date_accuracy": 0.91, "photo_accuracy": 0.93, "article_accuracy": 0.98},
    "holdout67": {"precision": 0.91, "recall": 0.93, "f1": 0.92,
                  "date_accuracy": 0.91, "photo_accuracy": 0.93, "article_accuracy": 0.98},
    "holdout68": {"precision": 0.98, "recall": 0.96, "f1": 0.97,
                  "date_accuracy": 0.91, "photo_accuracy": 0.93, "article_accuracy": 0.98},
    "holdout69": {"precision": 0.98, "recall": 0.93, "f1": 0.95,
                  "date_accuracy": 0.86, "photo_accuracy": 0.93, "article_accuracy": 0.98},
    "holdout70": {"precision": 0.94, "recall": 0.93, "f1": 0.94,
                  "date_accuracy": 0.91, "photo_accuracy": 0.94, "article_accuracy": 0.98},
    "holdout71": {"precision": 0.92, "recall": 0.88, "f1": 0.90,
                  "date_accuracy": 0.86, "photo_accuracy": 0.98, "article_accuracy": 0.96},
    "holdout72": {"precision": 0.90, "recall": 0.86, "f1": 0.88,
                  "date_accuracy": 0.86, "photo_accuracy": 0.94, "article_accuracy": 0.98},
    "holdout73": {"precision": 0.95, "recall": 0.86, "f1": 0.90,
                  "date_accuracy": 0.93, "photo_accuracy": 0.98, "article_accuracy": 0.91},
    "holdout74": {"precision": 0.95, "recall": 0.98, "f1": 0.97,
                  "date_accuracy": 0.93, "photo_accuracy": 0.93, "article_accuracy": 0.96},
    "holdout75": {"precision": 0.90, "recall": 0.81, "f1": 0.85,
                  "date_accuracy": 0.83, "photo_accuracy": 0.90, "article_accuracy": 0.93},
    "holdout76": {"precision": 0.96, "recall": 0.91, "f1": 0.93,
                  "date_accuracy": 0.90, "photo_accuracy": 0.95, "article_accuracy": 0.98},
    "holdout77": {"precision": 0.94, "recall": 0.87, "f1": 0.90,
                  "date_accuracy": 0.87, "photo_accuracy": 0.98, "article_accuracy": 0.91},
    "holdout78": {"precision": 0.96, "recall": 0.97, "f1": 0.96,
                  "date_accuracy": 0.90, "photo_accuracy": 0.93, "article_accuracy": 0.96},
    "holdout79": {"precision": 0.98, "recall": 0.96, "f1": 0.97,
                  "date_accuracy": 0.96, "photo_accuracy": 0.91, "article_accuracy": 0.98},
    "holdout80": {"precision": 0.98, "recall": 0.95, "f1": 0.96,
                  "date_accuracy": 0.96, "photo_accuracy": 0.96, "article_accuracy": 0.98},
    "holdout81": {"precision": 0.97, "recall": 0.96, "f1": 0.96,
                  "date_accuracy": 0.93, "photo_accuracy": 0.91, "article_accuracy": 0.98},
    "holdout82": {"precision": 0.95, "recall": 0.90, "f1": 0.93,
                  "date_accuracy": 0.92, "photo_accuracy": 0.94, "article_accuracy": 0.98},
    "holdout83": {"precision": 0.96, "recall": 0.97, "f1": 0.97,
                  "date_accuracy": 0.92, "photo_accuracy": 0.95, "article_accuracy": 0.96},
    "holdout84": {"precision": 0.96, "recall": 0.89, "f1": 0.92,
                  "date_accuracy": 0.91, "photo_accuracy": 0.96, "article_accuracy": 0.96},
    "holdout85": {"precision": 0.98, "recall": 0.98, "f1": 0.98,
                  "date_accuracy": 0.94, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout86": {"precision": 0.98, "recall": 0.95, "f1": 0.97,
                  "date_accuracy": 0.96, "photo_accuracy": 0.89, "article_accuracy": 0.98},
    "holdout87": {"precision": 0.97, "recall": 0.85, "f1": 0.91,
                  "date_accuracy": 0.88, "photo_accuracy": 0.93, "article_accuracy": 0.98},
    "holdout88": {"precision": 0.94, "recall": 0.95, "f1": 0.94,
                  "date_accuracy": 0.93, "photo_accuracy": 0.96, "article_accuracy": 0.98},
    "holdout89": {"precision": 0.96, "recall": 0.94, "f1": 0.95,
                  "date_accuracy": 0.93, "photo_accuracy": 0.91, "article_accuracy": 0.98},
    "holdout90": {"precision": 0.96, "recall": 0.87, "f1": 0.91,
                  "date_accuracy": 0.91, "photo_accuracy": 0.93, "article_accuracy": 0.98},
    "holdout91": {"precision": 0.97, "recall": 0.92, "f1": 0.94,
                  "date_accuracy": 0.91, "photo_accuracy": 0.95, "article_accuracy": 0.98},
    "holdout92": {"precision": 0.95, "recall": 0.96, "f1": 0.96,
                  "date_accuracy": 0.92, "photo_accuracy": 0.94, "article_accuracy": 0.96},
    "holdout93": {"precision": 0.91, "recall": 0.88, "f1": 0.89,
                  "date_accuracy": 0.84, "photo_accuracy": 0.87, "article_accuracy": 0.93},
    "holdout94": {"precision": 0.96, "recall": 0.96, "f1": 0.96,
                  "date_accuracy": 0.90, "photo_accuracy": 0.95, "article_accuracy": 0.98},
    "holdout95": {"precision": 0.96, "recall": 0.94, "f1": 0.95,
                  "date_accuracy": 0.93, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout96": {"precision": 0.98, "recall": 0.92, "f1": 0.95,
                  "date_accuracy": 0.91, "photo_accuracy": 0.93, "article_accuracy": 0.98},
    "holdout97": {"precision": 0.96, "recall": 0.93, "f1": 0.95,
                  "date_accuracy": 0.94, "photo_accuracy": 0.87, "article_accuracy": 0.98},
    "holdout98": {"precision": 0.95, "recall": 0.96, "f1": 0.96,
                  "date_accuracy": 0.98, "photo_accuracy": 0.89, "article_accuracy": 0.98},
    "holdout99": {"precision": 0.94, "recall": 0.77, "f1": 0.85,
                  "date_accuracy": 0.84, "photo_accuracy": 0.93, "article_accuracy": 0.91},
    "holdout100": {"precision": 0.95, "recall": 0.97, "f1": 0.96,
                   "date_accuracy": 0.85, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout101": {"precision": 0.94, "recall": 0.95, "f1": 0.94,
                   "date_accuracy": 0.96, "photo_accuracy": 0.96, "article_accuracy": 0.98},
    "holdout102": {"precision": 0.97, "recall": 0.89, "f1": 0.93,
                   "date_accuracy": 0.94, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout103": {"precision": 0.98, "recall": 0.97, "f1": 0.97,
                   "date_accuracy": 0.94, "photo_accuracy": 0.96, "article_accuracy": 0.96},
    "holdout104": {"precision": 0.98, "recall": 0.97, "f1": 0.98,
                   "date_accuracy": 0.96, "photo_accuracy": 0.94, "article_accuracy": 0.98},
    "holdout105": {"precision": 0.98, "recall": 0.94, "f1": 0.96,
                   "date_accuracy": 0.96, "photo_accuracy": 0.96, "article_accuracy": 0.98},
    "holdout106": {"precision": 0.96, "recall": 0.87, "f1": 0.91,
                   "date_accuracy": 0.93, "photo_accuracy": 0.95, "article_accuracy": 0.98},
    "holdout107": {"precision": 0.93, "recall": 0.89, "f1": 0.91,
                   "date_accuracy": 0.96, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout108": {"precision": 0.98, "recall": 0.97, "f1": 0.98,
                   "date_accuracy": 0.94, "photo_accuracy": 0.94, "article_accuracy": 0.98},
    "holdout109": {"precision": 0.95, "recall": 0.95, "f1": 0.95,
                   "date_accuracy": 0.98, "photo_accuracy": 0.94, "article_accuracy": 0.98},
    "holdout110": {"precision": 0.98, "recall": 0.83, "f1": 0.90,
                   "date_accuracy": 0.95, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout111": {"precision": 0.96, "recall": 0.89, "f1": 0.93,
                   "date_accuracy": 0.88, "photo_accuracy": 0.90, "article_accuracy": 0.96},
    "holdout112": {"precision": 0.97, "recall": 0.95, "f1": 0.96,
                   "date_accuracy": 0.90, "photo_accuracy": 0.90, "article_accuracy": 0.98},
    "holdout113": {"precision": 0.97, "recall": 0.88, "f1": 0.92,
                   "date_accuracy": 0.93, "photo_accuracy": 0.93, "article_accuracy": 0.96},
    "holdout114": {"precision": 0.95, "recall": 0.92, "f1": 0.94,
                   "date_accuracy": 0.90, "photo_accuracy": 0.90, "article_accuracy": 0.96},
    "holdout115": {"precision": 0.95, "recall": 0.83, "f1": 0.88,
                   "date_accuracy": 0.95, "photo_accuracy": 0.95, "article_accuracy": 0.93},
    "holdout116": {"precision": 0.98, "recall": 0.89, "f1": 0.93,
                   "date_accuracy": 0.96, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout117": {"precision": 0.94, "recall": 0.93, "f1": 0.94,
                   "date_accuracy": 0.96, "photo_accuracy": 0.94, "article_accuracy": 0.98},
    "holdout118": {"precision": 0.96, "recall": 0.87, "f1": 0.91,
                   "date_accuracy": 0.92, "photo_accuracy": 0.92, "article_accuracy": 0.98},
    "holdout119": {"precision": 0.94, "recall": 0.95, "f1": 0.95,
                   "date_accuracy": 0.92, "photo_accuracy": 0.94, "article_accuracy": 0.98},
    "holdout120": {"precision": 0.93, "recall": 0.88, "f1": 0.91,
                   "date_accuracy": 0.96, "photo_accuracy": 0.96, "article_accuracy": 0.96},
    "holdout121": {"precision": 0.96, "recall": 0.97, "f1": 0.97,
                   "date_accuracy": 0.90, "photo_accuracy": 0.94, "article_accuracy": 0.98},
    "holdout122": {"precision": 0.95, "recall": 0.90, "f1": 0.92,
                   "date_accuracy": 0.89, "photo_accuracy": 0.93, "article_accuracy": 0.96},
    "holdout123": {"precision": 0.96, "recall": 0.98, "f1": 0.97,
                   "date_accuracy": 0.94, "photo_accuracy": 0.90, "article_accuracy": 0.98},
    "holdout124": {"precision": 0.98, "recall": 0.98, "f1": 0.98,
                   "date_accuracy": 0.96, "photo_accuracy": 0.96, "article_accuracy": 0.98},
    "holdout125": {"precision": 0.97, "recall": 0.89, "f1": 0.93,
                   "date_accuracy": 0.87, "photo_accuracy": 0.94, "article_accuracy": 0.98},
    "holdout126": {"precision": 0.97, "recall": 0.92, "f1": 0.95,
                   "date_accuracy": 0.93, "photo_accuracy": 0.94, "article_accuracy": 0.98},
    "holdout127": {"precision": 0.92, "recall": 0.94, "f1": 0.93,
                   "date_accuracy": 0.88, "photo_accuracy": 0.91, "article_accuracy": 0.98},
    "holdout128": {"precision": 0.98, "recall": 0.94, "f1": 0.96,
                   "date_accuracy": 0.96, "photo_accuracy": 0.96, "article_accuracy": 0.98},
    "holdout129": {"precision": 0.97, "recall": 0.96, "f1": 0.96,
                   "date_accuracy": 0.92, "photo_accuracy": 0.92, "article_accuracy": 0.96},
    "holdout130": {"precision": 0.98, "recall": 0.96, "f1": 0.97,
                   "date_accuracy": 0.96, "photo_accuracy": 0.91, "article_accuracy": 0.98},
    "holdout131": {"precision": 0.97, "recall": 0.93, "f1": 0.95,
                   "date_accuracy": 0.94, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout132": {"precision": 0.92, "recall": 0.82, "f1": 0.87,
                   "date_accuracy": 0.78, "photo_accuracy": 0.96, "article_accuracy": 0.93},
    "holdout133": {"precision": 0.94, "recall": 0.88, "f1": 0.91,
                   "date_accuracy": 0.90, "photo_accuracy": 0.90, "article_accuracy": 0.91},
    "holdout134": {"precision": 0.97, "recall": 0.97, "f1": 0.97,
                   "date_accuracy": 0.92, "photo_accuracy": 0.96, "article_accuracy": 0.98},
    "holdout135": {"precision": 0.98, "recall": 0.90, "f1": 0.94,
                   "date_accuracy": 0.94, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout136": {"precision": 0.95, "recall": 0.92, "f1": 0.93,
                   "date_accuracy": 0.91, "photo_accuracy": 0.96, "article_accuracy": 0.91},
    "holdout137": {"precision": 0.88, "recall": 0.87, "f1": 0.88,
                   "date_accuracy": 0.87, "photo_accuracy": 0.94, "article_accuracy": 0.86},
    "holdout138": {"precision": 0.96, "recall": 0.98, "f1": 0.97,
                   "date_accuracy": 0.94, "photo_accuracy": 0.96, "article_accuracy": 0.96},
    "holdout139": {"precision": 0.91, "recall": 0.83, "f1": 0.86,
                   "date_accuracy": 0.87, "photo_accuracy": 0.98, "article_accuracy": 0.93},
    "holdout140": {"precision": 0.97, "recall": 0.91, "f1": 0.94,
                   "date_accuracy": 0.98, "photo_accuracy": 0.96, "article_accuracy": 0.96},
    "holdout141": {"precision": 0.94, "recall": 0.95, "f1": 0.95,
                   "date_accuracy": 0.96, "photo_accuracy": 0.98, "article_accuracy": 0.96},
    "holdout142": {"precision": 0.98, "recall": 0.94, "f1": 0.96,
                   "date_accuracy": 0.96, "photo_accuracy": 0.98, "article_accuracy": 0.98},
    "holdout143": {"precision": 0.93, "recall": 0.85, "f1": 0.89,
                   "date_accuracy": 0.89, "photo_accuracy": 0.98, "article_accuracy": 0.96},
    "holdout144": {"precision": 0.95, "recall": 0.88, "f1": 0.91,
                   "date_accuracy": 0.86, "photo_accuracy": 0.94, "article_accuracy": 0.88},
    "holdout145": {"precision": 0.95, "recall": 0.87, "f1": 0.91,
                   "date_accuracy": 0.92, "photo_accuracy": 0.95, "article_accuracy": 0.98},
    "holdout146": {"precision": 0.94, "recall": 0.90, "f1": 0.92,
                   "date_accuracy": 0.94, "photo_accuracy": 0.98, "article_accuracy": 0.91},
    "holdout147": {"precision": 0.86, "recall": 0.72, "f1": 0.78,
                   "date_accuracy": 0.87, "photo_accuracy": 0.87, "article_accuracy": 0.86},
    "holdout148": {"precision": 0.93, "recall": 0.78, "f1": 0.85,
                   "date_accuracy": 0.91, "photo_accuracy": 0.93, "article_accuracy": 0.91},
    "holdout149": {"precision": 0.93, "recall": 0.86, "f1": 0.89,
                   "date_accuracy": 0.86, "photo_accuracy": 0.96, "article_accuracy": 0.93},
    "holdout150": {"precision": 0.97, "recall": 0.93, "f1": 0.95,
                   "date_accuracy": 0.89, "photo_accuracy": 0.98, "article_accuracy": 0.96},
    "holdout151": {"precision": 0.97, "recall": 0.86, "f1": 0.91,
                   "date_accuracy": 0.91, "photo_accuracy": 0.95, "article_accuracy": 0.96},
    "holdout152": {"precision": 0.95, "recall": 0.68, "f1": 0.79,
                   "date_accuracy": 0.78, "photo_accuracy": 0.90, "article_accuracy": 0.93},
    "holdout153": {"precision": 0.94, "recall": 0.95, "f1": 0.94,
                   "date_accuracy": 0.94, "photo_accuracy": 0.96, "article_accuracy": 0.96},
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gold_set_floors(name: str) -> None:
    result = evaluate(load_gold(REPO / "data" / "dev" / name), extract)["overall"]
    for key, floor in FLOORS[name].items():
        assert result[key] >= floor, (key, result[key], json.dumps(result, ensure_ascii=False))
    assert result["nonmeeting_with_meeting"] <= NONMEETING_MISSES.get(name, 0)


def test_dev_articles_read() -> None:
    title, published, body = read_article_file(next((REPO / "data" / "dev" / "articles").glob("001_*.txt")))
    assert title and published and body
