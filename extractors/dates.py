"""Korean date expressions in news text, resolved against the article's publication day (KST).

Korean business news dates events relative to publication ("1일", "지난달 27일", "이날",
"지난 4월"), so a meeting date is only recoverable with the publication day in hand. The text is
scanned once with a single compiled regex; the matches are then resolved left to right while a
reference day (for 이날/전날/이튿날), a reference date of any precision (for 당시/그때) and the
start of the last range (for 첫날) are carried along; 어제/오늘 count from the publication day. A
day the story was told ("19일 업계에 따르면", "19일 밝혔다") is marked as such.

Beyond the plain forms: a week (지난주, 이번 주, 다음 주) gives its month when all seven days lie
in one month, else a mention with no date; "N일까지" takes the nearest day N (an end lies ahead
as often as behind); a bare "N월" right after a 당시/그때 that resolved to a year takes that year.
"""
from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass, replace
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

from extractors.cues import DIED
from extractors.hangul import NATIVE_NUMBERS, PAST_SYLLABLES, SENTENCE_CLOSE, plain_present

KST = ZoneInfo("Asia/Seoul")
# Years a story may tell of: founders met in the 1970s and 80s ("1988년 ... 처음 만났다").
MIN_YEAR, MAX_YEAR = 1945, 2100

COUNT_WORDS = {
    "하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7,
    "여드레": 8, "아흐레": 9, "열흘": 10, "보름": 15,
}


@dataclass(frozen=True)
class DateMention:
    start: int  # character offsets into the text passed in
    end: int
    text: str
    date: datetime.date | None  # first day of the month/year for month/year precision
    precision: str | None  # "day" | "month" | "year"
    end_date: datetime.date | None = None  # ranges: "17일부터 나흘간" -> 17..20
    kind: str = "absolute"  # "absolute" | "relative" | "anaphoric"
    # Why the date is no event's day: a day the news was told, "reported" ("19일 업계에 따르면")
    # or "announced" ("...했다고 19일 밝혔다", often the event's day too); a point counted from,
    # "since" ("2019년 이후 처음"); the local day told again in Korean time, "converted"; or "" for
    # an event's day.
    aside: str = ""


# ---------------------------------------------------------------------------------------------
# The pattern. Year, month and day parts recur in several branches; Python's re wants unique
# group names, so each copy gets a numeric suffix that _groups() strips again.

_NH = r"(?<![가-힣])"  # a word form must start a word (blocks 해당일, 해당시설, 도달 ...)
_ND = r"(?<![\d.,])"  # a number must not continue an amount (1,017일, 3.5일)
_COUNT = "|".join(sorted(COUNT_WORDS, key=len, reverse=True))

_YEAR = (
    rf"(?:{_NH}(?P<ry{{n}}>지난해|재작년|작년|올해|금년|내후년|내년|이듬해|올(?=\s?\d{{{{1,2}}}}월|봄|여름|가을|겨울))"
    rf"|(?:{_NH}(?P<ya{{n}}>지난|오는)\s*)?{_ND}(?P<y{{n}}>\d{{{{4}}}})년(?!대|생|형|치|간))"
)
_MONTH = (
    rf"(?:{_NH}(?P<rm{{n}}>지난\s?달|이번\s?달|이달|다음\s?달|내달(?![리려렸]))"
    rf"|(?:{_NH}(?P<ma{{n}}>지난|오는)\s*)?{_ND}(?P<m{{n}}>1[0-2]|0?[1-9])월(?!간|분|치))"
)
# Day N, optionally "N~M일"; not a count of days ("30일 이내", "3일간", "3일 전", "3일째", "2박 3일",
# "최대 20일 앞당겨").
_DAY = (
    rf"(?:{_NH}(?P<da{{n}}>지난|오는)\s*)?{_ND}(?<!박 )(?<!박)(?P<d{{n}}>3[01]|[12]\d|0?[1-9])"
    rf"(?:\s*[~∼～〜-]\s*(?P<d2{{n}}>3[01]|[12]\d|0?[1-9]))?일"
    r"(?!간|째|치|분|여|반|\d)"
    r"(?!\s*(?:이내|안에|내에|내로|만에|만의|만이|동안|이상|이하|미만|가량|정도|남짓|넘게|이\s?넘|을\s?넘|이\s?걸|씩|"
    r"앞당|당겨|늦춰|늦춘|늦췄|일찍|빨리|"
    r"[전후뒤](?:에|부터|까지|로|쯤)?(?![가-힣])))"
    r"(?:\s*\((?:[월화수목금토일](?:요일)?|(?:[가-힣]+\s*)?현지\s*시간)\))?"
)
# A range tail after a day: "부터 나흘간", "부터 3일 동안", "부터 20일까지", "부터 7월 3일까지".
_RANGE = (
    rf"(?:부터\s*(?:(?P<cw{{n}}>{_COUNT})|(?P<cn{{n}}>\d{{{{1,2}}}})일)\s*(?:간|동안|일정|짜리|여정)"
    rf"|부터\s*(?:(?P<tm{{n}}>1[0-2]|0?[1-9])월\s*)?(?P<td{{n}}>3[01]|[12]\d|0?[1-9])일\s*까지"
    # ending at that day: "14일까지 사흘간"; or a bare "N일까지" (marked by an empty group)
    rf"|까지\s*(?:(?P<bw{{n}}>{_COUNT})|(?P<bn{{n}}>\d{{{{1,2}}}})일)\s*(?:간|동안)"
    rf"|(?P<until{{n}}>(?=까지)))"
)


def _fill(template: str, n: int) -> str:
    return template.format(n=n)


_PATTERN = "|".join(
    [
        # 1. YYYY.MM.DD, YYYY-MM-DD, YYYY/MM/DD (also "2024. 7. 2.")
        r"(?<![\d.])(?P<ny>\d{4})(?P<sep>[./-])\s?(?P<nm>\d{1,2})(?P=sep)\s?(?P<nd>\d{1,2})(?![\d])\.?",
        # 2. [year] month [day [range]]  /  year [month [day [range]]]
        "(?P<date>"
        + f"{_fill(_YEAR, 1)}(?:\\s*{_fill(_MONTH, 1)}(?:\\s*{_fill(_DAY, 1)}(?:{_fill(_RANGE, 1)})?)?)?"
        + f"|{_fill(_MONTH, 2)}(?:\\s*{_fill(_DAY, 2)}(?:{_fill(_RANGE, 2)})?)?"
        + f"|{_fill(_DAY, 3)}(?:{_fill(_RANGE, 3)})?"
        + ")",
        # 3. anaphora resolved against the reference day
        rf"{_NH}(?P<same>이날|당일|같은\s?날|그날)(?!짜)",
        rf"{_NH}(?P<prev>전날|전일)(?!제|본)",
        rf"{_NH}(?P<next>이튿날|다음\s?날|익일)",
        rf"{_NH}(?P<cnt>{_COUNT})\s*(?P<cdir>전|뒤|후)(?![가-힣])",
        rf"{_NH}(?P<then>당시|그때)",
        # a decade dates nothing, and a 당시 after it refers to no day told before it: "1990년대 중반"
        r"(?P<decade>(?:19|20)\d0)년대",
        # years or months ago: "3년 전에는", "두 달 전" (a year's or a month's precision)
        # ("2년여 전", "석 달가량 전": about that long ago)
        # ("꼭 10년 전 오늘": that day of the month, so many years back)
        rf"{_NH}(?P<ago>\d{{1,2}}|한|두|세|네|다섯|여섯)\s*(?P<unit>년|개월|달)(?:여|가량|남짓)?\s*(?:전|前)"
        rf"(?:(?P<agotoday>\s오늘(?:이었다|이다|은|에는|에)?)|(?:에는|에도|에|엔|쯤|께|으로|이다|이었다|의)?)(?![가-힣])",  # ("4년 전으로 거슬러 올라간다")
        # said on the day of publication: "어제 직접 만나 보니", "오늘 오전"
        rf"{_NH}(?P<yday>어제|어저께|어젯밤|어젯저녁|엊저녁)(?!오늘)",
        rf"{_NH}(?P<twodays>그제|그저께|엊그제|엊그저께)(?!서야|야)",
        rf"{_NH}(?P<today>오늘|금일)(?!날|의[가-힣])",  # (not an outlet: "[오늘의재계 ...]")
        # the first day of the trip or range just dated: "14일부터 닷새간 ... 방문 첫날"
        r"(?P<firstday>첫날)",
        # and its last day: "10일부터 12일까지 ... 출장 마지막 날에는"
        r"(?P<lastday>마지막\s?날)",
        rf"{_NH}(?P<samemonth>같은\s?달)",
        rf"{_NH}(?P<sameyear>같은\s?해|그해)",
        # a week is no date, but when it lies inside one month it dates to that month
        # a weekday of a week: "지난주 금요일", "이번 주 화요일"
        rf"{_NH}(?P<wkday>지난\s?주|이번\s?주|금주|다음\s?주)\s?(?P<wd>[월화수목금토일])요일",
        # the last or the next such weekday: "지난 토요일", "오는 화요일"
        rf"{_NH}(?P<nearwd>지난|오는)\s?(?P<wd2>[월화수목금토일])요일",
        rf"{_NH}(?P<week>지난\s?주|이번\s?주|금주|다음\s?주)(?=말|초|중|에|부터|까지|[^가-힣]|$)",
    ]
)
# Every branch starts with a digit or one of these syllables; testing that first lets the scan
# skip most positions without trying the alternation (about 6x faster on news text).
_FIRST = "0-9지작재올금내이다오같그당전익하사나닷엿열보여아어엊첫한두세네마"
DATE_RE = re.compile(f"(?=[{_FIRST}])(?:{_PATTERN})")


# A death on that day: "지난 9일 별세한", "지난 17일 오후 숙환으로 별세했다".
_DEATH_AFTER = re.compile(rf"\s*(?:\S+\s+){{0,2}}?\S*({DIED})")
# A funeral's days announced in its notice: "발인은 21일 오전 7시", "영결식은 오는 23일": still to
# come, and no day the story goes on from.
_FUNERAL_NOTICE = re.compile(r"(발인|영결식|입관)(은|은 오는|일은|일시는)?\s*$")
# A day to come given by its date in parentheses: "내일(22일) 아침".
_TOMORROW_GLOSSED = re.compile(r"(내일|모레)\s*\($")
# What follows a day the story was told: "19일 업계에 따르면" (and "이날" then means that day),
# "...했다고 19일 밝혔다".
_REPORTED = re.compile(r"\s*(?:\S+ ){0,2}\S*(?:에 따르면|에따르면|관계자는)")
_ANNOUNCED = re.compile(r"\s*(?:밝혔|전했|발표했|공개했|알렸|말했)")
# A day told of something done before, in a sentence closing on "바 있다": "이 대통령은 지난 23일 도쿄에서
# ... 정상회담을 갖고 ... 논의한 바 있다" (the story goes on from its own day, not that one).
_HAD_DONE = re.compile(r"[^.?!\n]*?\s바\s?있(?:다|으며|었다)")

# The group that names each top-level branch of DATE_RE.
_BRANCHES = ("ny", "date", "same", "prev", "next", "cnt", "then", "decade", "ago", "yday", "twodays", "today",
             "firstday", "lastday", "samemonth", "sameyear", "wkday", "nearwd", "week")


def _groups(m: re.Match[str]) -> dict[str, str]:
    """Matched groups with the branch suffix stripped: {'m': '6', 'd': '17', ...}."""
    return {(k[:-1] if k[-1].isdigit() else k): v for k, v in m.groupdict().items() if v is not None}


# ---------------------------------------------------------------------------------------------
# Calendar helpers


def _day(y: int, m: int, d: int) -> datetime.date | None:
    """A valid date in the supported years, else None (an impossible date is skipped)."""
    if not (MIN_YEAR <= y <= MAX_YEAR and 1 <= m <= 12):
        return None
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return None
    return datetime.date(y, m, d)


def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + delta
    return k // 12, k % 12 + 1


# ---------------------------------------------------------------------------------------------
# Resolution of the "date" branch: year, month and day parts with their relative words


def _resolve_year(g: dict[str, str], pub: datetime.date | None) -> tuple[int | None, bool]:
    """(year, absolute?) for the year part; None year when relative without a publication."""
    if "y" in g:
        return int(g["y"]), True
    if pub is None:
        return None, False
    return pub.year + {"지난해": -1, "재작년": -2, "작년": -1, "올해": 0, "올": 0, "금년": 0, "내년": 1,
                       "내후년": 2}[g["ry"]], False


def _resolve_month(
    g: dict[str, str], pub: datetime.date | None, day: int | None
) -> tuple[int, int] | None:
    """(year, month) for a month part without an explicit year."""
    if pub is None:
        return None
    rm = g.get("rm", "").replace(" ", "")
    if rm:
        return _shift_month(pub.year, pub.month, {"지난달": -1, "이번달": 0, "이달": 0}.get(rm, 1))
    month = int(g["m"])
    probe = day or 1
    direction = g.get("ma")
    if direction == "지난":  # the most recent past month N (with day N: the most recent past date)
        if day is None:
            return (pub.year if month <= pub.month else pub.year - 1), month
        return (pub.year if (month, probe) <= (pub.month, pub.day) else pub.year - 1), month
    if direction == "오는":  # the next month N (with day: the next such date on/after publication)
        if day is None:
            return (pub.year if month >= pub.month else pub.year + 1), month
        return (pub.year if (month, probe) >= (pub.month, pub.day) else pub.year + 1), month
    # bare "N월 (N일)": the nearest such date around the publication day
    best = min(
        (pub.year - 1, pub.year, pub.year + 1),
        key=lambda y: abs((_day(y, month, min(probe, 28)) or pub) - pub),
    )
    return best, month


def _resolve_day_only(direction: str | None, d: int, pub: datetime.date) -> datetime.date | None:
    """'N일' / '지난 N일' (most recent past day N) or '오는 N일' (next day N on/after pub);
    direction "이번" (a sentence of what is to come): this month's day N when at most a week
    ahead ("20일 방문한다" published on the 19th), else the past one; direction "까지" ("14일까지
    열린다"): the nearest day N, since an end is as often ahead."""
    if direction == "까지":
        days = [_day(*_shift_month(pub.year, pub.month, k), d) for k in (-1, 0, 1)]
        return min((x for x in days if x), key=lambda x: abs(x - pub), default=None)
    if direction == "오는":
        y, m = (pub.year, pub.month) if d >= pub.day else _shift_month(pub.year, pub.month, 1)
    elif direction == "이번" and pub.day < d <= pub.day + 7:
        y, m = pub.year, pub.month
    else:
        y, m = (pub.year, pub.month) if d <= pub.day else _shift_month(pub.year, pub.month, -1)
    return _day(y, m, d)


def _range_end(g: dict[str, str], start: datetime.date) -> datetime.date | None:
    """End of a range starting at start: a count of days, or an end day (this or next month)."""
    if "cw" in g or "cn" in g:
        n = COUNT_WORDS[g["cw"]] if "cw" in g else int(g["cn"])
        return start + datetime.timedelta(days=n - 1) if 1 <= n <= 31 else None
    end_day = int(g["td"] if "td" in g else g["d2"])
    if "tm" in g:
        y, m = start.year, int(g["tm"])
        if (m, end_day) < (start.month, start.day):
            y += 1
    else:
        y, m = start.year, start.month
        if end_day < start.day:
            y, m = _shift_month(y, m, 1)
    end = _day(y, m, end_day)
    return end if end is not None and end > start else None


def _resolve_date(
    g: dict[str, str], pub: datetime.date | None, year_hint: int | None = None
) -> tuple[datetime.date | None, str, datetime.date | None, str] | None:
    """(date, precision, end_date, kind) for the date branch, or None to skip the match.
    year_hint: the year a bare "N월 (N일)" belongs to when the text has just set it
    ("2019년 ... 당시 손 회장은 7월")."""
    has_year, has_month, has_day = "y" in g or "ry" in g, "m" in g or "rm" in g, "d" in g
    precision = "day" if has_day else "month" if has_month else "year"
    year, absolute = _resolve_year(g, pub) if has_year else (None, False)
    if has_year and year is None:  # relative year without a publication day
        return None, precision, None, "relative"
    kind = "absolute" if absolute else "relative"
    if not has_month:
        if has_day:  # bare/지난/오는 N일
            if pub is None:
                return None, precision, None, kind
            until = "bw" in g or "bn" in g or "until" in g
            start = _resolve_day_only(g.get("da", "까지" if until else None), int(g["d"]), pub)
        else:  # year only
            start = _day(year, 1, 1)
    else:
        day = int(g["d"]) if has_day else None
        if has_year:
            ym = (year, int(g["m"]))
        elif year_hint is not None and "m" in g and "ma" not in g:
            ym = (year_hint, int(g["m"]))
            kind = "anaphoric"
        else:
            ym = _resolve_month(g, pub, day)
            if ym is None:
                return None, precision, None, kind
        start = _day(ym[0], ym[1], day or 1)
    if start is None:
        return None
    if "bw" in g or "bn" in g:  # a range given by its last day and its length
        n = COUNT_WORDS[g["bw"]] if "bw" in g else int(g["bn"])
        if not 1 <= n <= 31:
            return None
        return start - datetime.timedelta(days=n - 1), precision, start, kind
    is_range = any(k in g for k in ("d2", "cw", "cn", "td"))
    end = _range_end(g, start) if is_range else None
    return start, precision, end, kind


def _week_monday(word: str, pub: datetime.date) -> datetime.date:
    shift = {"지난주": -7, "다음주": 7}.get(word.replace(" ", ""), 0)
    return pub - datetime.timedelta(days=pub.weekday() - shift)


def _week_day(word: str, weekday: str, pub: datetime.date | None) -> datetime.date | None:
    """"지난주 금요일": that weekday of the week before publication's (weeks run Monday to Sunday)."""
    return _week_monday(word, pub) + datetime.timedelta(days="월화수목금토일".index(weekday)) if pub else None


def _near_weekday(word: str, weekday: str, pub: datetime.date | None) -> datetime.date | None:
    """"지난 토요일": the last Saturday before the publication day; "오는 화요일": the next Tuesday after it."""
    if pub is None:
        return None
    gap = ("월화수목금토일".index(weekday) - pub.weekday()) % 7 or 7
    return pub + datetime.timedelta(days=gap) if word == "오는" else pub - datetime.timedelta(days=(7 - gap) or 7)


def _week_month(word: str, pub: datetime.date | None) -> datetime.date | None:
    """The month of 지난주/이번 주/다음 주 (Monday to Sunday) when the week lies in one month."""
    if pub is None:
        return None
    monday = _week_monday(word, pub)
    sunday = monday + datetime.timedelta(days=6)
    return monday.replace(day=1) if monday.month == sunday.month else None


def _year_hint(out: list[DateMention], text: str, start: int, pub: datetime.date | None) -> int | None:
    """The year of a 당시/그때/같은 해 that resolved to a year earlier in the same sentence, or of a
    month of another year told just before it ("지난해 10월 ... 방한했을 때 10월 30일")."""
    if not out:
        return None
    prev = out[-1]
    if prev.date is None or "." in text[prev.end : start]:
        return None
    if prev.kind == "anaphoric" and prev.precision == "year":
        return prev.date.year
    if prev.precision == "month" and pub is not None and prev.date.year != pub.year and not prev.aside:
        return prev.date.year
    return None


def _day_of_month_told(out: list[DateMention], text: str, start: int, g: dict[str, str]) -> datetime.date | None:
    """The month a bare day right after "같은 달" belongs to ("2월 ... 같은 달 14일에는": 14 February)."""
    if not out or "d" not in g or {"m", "rm", "y", "ry"} & g.keys():
        return None
    prev = out[-1]
    if prev.kind != "anaphoric" or prev.precision != "month" or prev.date is None or text[prev.end:start].strip():
        return None
    return prev.date


def _rest_of_sentence(text: str, start: int) -> str:
    """The sentence from start to its closing syllable, without the mark and quotes after it."""
    end = SENTENCE_CLOSE.search(text, start)
    return text[start:end.start() + 1 if end else len(text)].rstrip(".?!\"'”’ ")


def _told_ahead(text: str, start: int) -> bool:
    """Whether the sentence from start on tells what is still to come: it closes in the plain
    present ("방문한다.", "갖는다.") or with a plan ("만날 예정이다", "계획이다")."""
    sentence = _rest_of_sentence(text, start)
    return plain_present(sentence) or sentence.endswith("다") and bool(_PLAN_CLOSE.search(sentence))


def _told_past(text: str, start: int) -> bool:
    """Whether the sentence from start on tells what has happened: it closes in the past tense
    ("출발은 1월 라스베이거스였다.") with no plan on the way ("1월 열릴 CES에서 만나기로 했다") and
    no quotation, whose tense the verb of saying does not tell ("\"5월 회의에서 만나겠다\"고 말했다")."""
    sentence = _rest_of_sentence(text, start)
    return _PAST_CLOSE.search(sentence) is not None and _PLAN_ON_THE_WAY.search(sentence) is None \
        and not any(q in sentence for q in "\"“”'‘’")


def _said_on(out: list[DateMention], text: str, start: int) -> datetime.date | None:
    """The day of the sentence a quotation opens in, when a day was given before it in the same
    sentence ("9일 \"어제 ..."): 어제, 오늘 inside the quotation count from that day."""
    if not out or out[-1].precision != "day" or out[-1].date is None:
        return None
    between = text[out[-1].end:start]
    if _SENTENCE_STOP.search(between) or not any(q in between for q in "\"“'‘"):
        return None
    return out[-1].date


# A point counted from, a noun or two before 이후 allowed: "2019년 이후", "2022년 10월 공장 기공식 이후".
_SINCE = re.compile(r"\s*(?:[^\s.,]*[^\s.,다고며서해]\s+){0,3}?(?:이후|이래)")
# The same moment in Korean time, beside a local date: "17일 저녁(현지시간·한국시간 18일 오전)",
# "한국시간으로는 14일 새벽 1시께".
_CONVERTED = re.compile(r"(?:한국|국내|서울)\s?시간(?:으로(?:는|도)?|기준(?:으로)?)?\s*$")
# The day a week phrase is, told right after it: "지난 주말인 15일", "이번 주 초인 3일".
_DAY_OF_WEEK_TOLD = re.compile(r"(?:말|초|중)?인\s*\d{1,2}일")
_YEAR_EDGE = re.compile(r"\s*(말|초)(?:에|에도|에는|께|쯤|경|부터|까지)?(?![가-힣])")
_SENTENCE_STOP = re.compile(r"[.?!](\s|$)")
_COUNTED = re.compile(r"(뒤|후|전|날)인\s*$")
# The past tense fused into the last syllable before 다 (했다, 였다, 만났다; not 있다 or 겠다).
_PAST_CLOSE = re.compile(PAST_SYLLABLES + "다$")
_PLAN_ON_THE_WAY = re.compile(r"기로|예정|계획|방침|전망|앞두고|만날\s|[릴할될갈]\s")
_PLAN_CLOSE = re.compile(r"(예정|계획|방침|전망)(이다|이었다)?$|할 것$")
# After a 전날, what 이날 means: the story's day ("전날 A와 면담했다. ... 이날 오전에는 B를"), but the
# 전날 itself when the day goes on into its afternoon or names its event ("전날 오전 ... 이날 오후에는",
# "전날 ... 오찬 모임을 가졌다. 이날 오찬에는", "... 화상회의를 하고. 양측은 이날 회의에서").
_SAME_DAY_GOES_ON = re.compile(r"\s*(?:오후|저녁|밤|오찬|만찬|회동|면담|회담|행사|모임|간담회|회의|미팅|만남|통화|화상)")
# The parts of a day in order: a 이날 오후 after a 전날 저녁 cannot go on from that evening.
_TIME_OF_DAY = re.compile(r"\s*(새벽|오전|아침|낮|오후|저녁|밤)")
_BEFORE_IT = re.compile(r"(앞서|앞두고|전에|직전)\s*$")
_DAY_ORDER = {"새벽": 0, "오전": 1, "아침": 1, "낮": 2, "오후": 3, "저녁": 4, "밤": 5}
# A trip that began on the day just told: "지난 23일 출국해", "14일 출발해" (its 첫날).
_DEPARTED = re.compile(r"(?:\s?\(현지시간\))?\s(?:\S+\s)?(?:출국|출발|떠나|떠났|방문길에)")


# ---------------------------------------------------------------------------------------------
# Public API


def find_dates(text: str, published: datetime.datetime | None) -> list[DateMention]:
    """Every date expression in text, in order, resolved against published (KST)."""
    pub = published.astimezone(KST).date() if published is not None else None
    ref_day: datetime.date | None = pub  # 이날 and 전날 refer to this: the story's day
    last_day: datetime.date | None = pub  # 같은 날, 그날 and 이튿날 to this: the last day told, a 전날 too
    before_prev: tuple[datetime.date | None, int] | None = None  # the day a 전날 was told from, and where
    prev_time: int | None = None  # the part of the day the last 전날 was told with ("전날 저녁")
    ref_any: tuple[datetime.date, str] | None = None  # 당시/그때 refer to this
    range_start: datetime.date | None = None  # 첫날 refers to this
    range_end: datetime.date | None = None  # 마지막 날 refers to this
    out: list[DateMention] = []
    for m in DATE_RE.finditer(text):
        g = _groups(m)
        kind = next(k for k in _BRANCHES if k in g)
        just_prev, before_prev = before_prev, None  # a 전날 right before this date, if any
        story_day = False
        date: datetime.date | None
        end: datetime.date | None = None
        # "이틀 뒤인 22일": counted from the day the story just told, not from publication
        counted = _COUNTED.search(text, max(0, m.start() - 12), m.start()) if ref_day is not None else None
        if counted and pub is not None and ref_day is not None and ref_day > pub and _told_past(text, m.end()):
            # (not from a day still to come, in a sentence told in the past: "합병 기일은 오는 7월 1일이다."
            # then "이사회 전날인 28일 ... 만났다", the 28th before publication)
            counted = None
        anchor = ref_day if counted else pub
        # a day told aside as still to come: a funeral notice's, or the one 내일/모레 is ("내일(22일) 아침")
        ahead_aside = _FUNERAL_NOTICE.search(text, max(0, m.start() - 12), m.start()) is not None or \
            _TOMORROW_GLOSSED.search(text, max(0, m.start() - 6), m.start()) is not None
        if counted and counted.group(1) != "전" and "d" in g and "da" not in g:
            # after that day ("이틀 뒤인"): the next day N; a day of the same trip ("첫날인"): the nearest
            g["da"] = "오는" if counted.group(1) in ("뒤", "후") else "까지"
        elif "d" in g and not {"da", "m", "rm", "until", "bw", "bn"} & g.keys() and (ahead_aside or _told_ahead(text, m.end())):
            g["da"] = "이번"  # a bare "20일" in a sentence of what is to come: this month's, if near
        if kind == "ny":
            date, precision, kind = _day(int(g["ny"]), int(g["nm"]), int(g["nd"])), "day", "absolute"
            if date is None:
                continue
        elif kind == "date":
            following = g.get("ry") == "이듬해"  # the year after the one just told ("2019년 ... 이듬해 1월")
            if following:
                if ref_any is None:
                    continue
                g = {k: v for k, v in g.items() if k != "ry"} | {"y": str(ref_any[0].year + 1)}
            hint = _year_hint(out, text, m.start(), pub)
            if hint is None and not counted and "m" in g and not {"y", "ry", "ma"} & g.keys() \
                    and _told_past(text, m.end()):
                g["ma"] = "지난"  # a bare "1월" in a sentence told in the past: the most recent January
            of_month = _day_of_month_told(out, text, m.start(), g)
            if of_month is not None:  # "같은 달 14일에는": that month's day
                g = g | {"y": str(of_month.year), "m": str(of_month.month)}
            resolved = _resolve_date(g, anchor, hint)
            if resolved is None:
                continue
            date, precision, end, kind = resolved
            kind = "anaphoric" if following or of_month is not None else kind
        elif kind in ("same", "prev", "next", "cnt"):
            offset = {"same": 0, "prev": -1, "next": 1}.get(kind)
            if offset is None:
                offset = COUNT_WORDS[g["cnt"]] * (-1 if g["cdir"] == "전" else 1)
            part = _TIME_OF_DAY.match(text, m.end())
            # (unless told as before it: "전날 저녁 ... 만찬. ... 만찬에 앞서 이날 오후")
            earlier = part is not None and prev_time is not None and _DAY_ORDER[part.group(1)] <= prev_time \
                and _BEFORE_IT.search(text, max(0, m.start() - 12), m.start()) is None
            story_day = g.get("same") == "이날" and (not _SAME_DAY_GOES_ON.match(text, m.end()) or earlier)
            base = ref_day if kind == "prev" or story_day else last_day
            if kind == "same" and just_prev is not None and not _SENTENCE_STOP.search(text, just_prev[1], m.start()):
                base = just_prev[0]  # "전날 A를, 이날 B를 만났다": this day is the one 전날 was told from
            if kind == "prev":
                before_prev = (ref_day, m.end())
                prev_time = _DAY_ORDER[part.group(1)] if part is not None else None
            date = base + datetime.timedelta(days=offset) if base else None
            precision, kind = "day", "anaphoric"
            if g.get("same") == "그날" and out and out[-1].date is not None and out[-1].precision in ("month", "year"):
                date, precision = out[-1].date, out[-1].precision  # "2023년, ... 그날": a day of that year
        elif kind in ("yday", "twodays", "today"):
            # "9일 \"어제 ... 만났다\"고 밝혔다": said on the 9th, so the 8th
            said = _said_on(out, text, m.start())
            base = said or pub
            date = base - datetime.timedelta(days={"yday": 1, "twodays": 2}.get(kind, 0)) if base else None
            precision, kind = "day", "anaphoric" if said else "relative"
        elif kind == "wkday":
            date, precision, kind = _week_day(g["wkday"], g["wd"], pub), "day", "relative"
        elif kind == "nearwd":
            date, precision, kind = _near_weekday(g["nearwd"], g["wd"], pub), "day", "relative"
        elif kind == "firstday":
            date, precision, kind = range_start, ("day" if range_start else None), "anaphoric"
        elif kind == "lastday":
            date, precision, kind = range_end, ("day" if range_end else None), "anaphoric"
        elif kind == "ago":
            n = int(g["ago"]) if g["ago"].isdigit() else NATIVE_NUMBERS[g["ago"]]
            if pub is None:
                date, precision = None, None
            elif g.get("agotoday"):
                year, month = (pub.year - n, pub.month) if g["unit"] == "년" else _shift_month(pub.year, pub.month, -n)
                date, precision = datetime.date(year, month, min(pub.day, calendar.monthrange(year, month)[1])), "day"
            elif g["unit"] == "년":
                date, precision = datetime.date(pub.year - n, 1, 1), "year"
            else:
                date, precision = datetime.date(*_shift_month(pub.year, pub.month, -n), 1), "month"
            kind = "relative"
        elif kind == "decade":
            ref_any = None  # (no date mention of its own)
            continue
        elif kind == "week":
            if _DAY_OF_WEEK_TOLD.match(text, m.end()):
                continue  # "지난 주말인 15일": the day told right after is the date
            date, precision = _week_month(g["week"], pub), "month"
            if date is None:
                precision = None
            kind = "relative"
        else:  # then / samemonth / sameyear: the most recent date of any precision
            want = {"samemonth": "month", "sameyear": "year"}.get(kind)
            date, precision = ref_any if ref_any else (None, None)
            if want and date is not None:
                if want == "year" or precision == "year":
                    date, precision = date.replace(month=1, day=1), "year"
                else:
                    date, precision = date.replace(day=1), "month"
            elif want:
                precision = want
            kind = "anaphoric"
        if precision == "year" and date is not None and (edge := _YEAR_EDGE.match(text, m.end())):
            # "지난해 말" is its December, "올해 초" its January (right at the year's precision too)
            date, precision = date.replace(month=12 if edge.group(1) == "말" else 1), "month"
        aside = "reported" if _REPORTED.match(text, m.end()) else "announced" if _ANNOUNCED.match(text, m.end()) \
            else "since" if _SINCE.match(text, m.end()) else \
            "converted" if _CONVERTED.search(text[max(0, m.start() - 10):m.start()]) else ""
        if aside == "converted":
            out.append(DateMention(m.start(), m.end(), m.group(), date, precision, end, kind, aside))
            continue  # (the story's own days go on from the local one)
        if date is not None:
            ref_any = (date, precision)
            if precision == "day" and aside != "announced" and not _DEATH_AFTER.match(text, m.end()) and not ahead_aside \
                    and not _HAD_DONE.match(text, m.end()):
                if not story_day:
                    last_day = date  # (a 이날 of the story's day leaves the 전날 told to go on from)
                if g.get("prev") is None:
                    ref_day = date  # ("...만났다고 20일 밝혔다. 이튿날에는": the day after the meeting)
                    # (but not a 전날, told from the story's day: "29일 ... 전날 A와 면담했다. ... 이날 B와
                    # 오찬"; "같은 날" and "이튿날" go on from it: "전날 오후 ... 같은 날 오전")
                # (but not the day someone died, "지난 9일 별세한 A의 빈소에는": the visits are told
                # from the day of publication)
            if end is not None and end != date:
                range_start, range_end = date, end
            elif precision == "day" and _DEPARTED.match(text, m.end()):
                range_start, range_end = date, None  # ("지난 23일 출국해 ... 출장 첫날": the trip began that day)
        out.append(DateMention(m.start(), m.end(), m.group(), date, precision, end, kind, aside))
    return _day_before_told(out, text)


def _day_before_told(out: list[DateMention], text: str) -> list[DateMention]:
    """"A와 B가 전날 만나 ... 논의했다고 19일 밝혔다": 전날 is the day before the day the sentence
    says the news was told, whatever day the story told before."""
    for k, d in enumerate(out):
        if d.text not in ("전날", "전일") or d.precision != "day":
            continue
        told = next((x for x in out[k + 1:] if not _SENTENCE_STOP.search(text, d.end, x.start)), None)
        if told is not None and told.aside == "announced" and told.precision == "day" and told.date is not None:
            out[k] = replace(d, date=told.date - datetime.timedelta(days=1))
    return out


_KO_DATETIME = re.compile(
    r"^\s*(\d{4})\s*[년./-]\s*(\d{1,2})\s*[월./-]\s*(\d{1,2})\s*일?\.?"
    r"(?:\s*\([월화수목금토일]\))?"
    r"(?:\s*(오전|오후|AM|PM|am|pm)?\s*(\d{1,2})\s*[:시]\s*(\d{1,2})?\s*분?(?::(\d{1,2}))?)?\s*$"
)


def parse_published(value: str | datetime.datetime | datetime.date | None) -> datetime.datetime | None:
    """Publication time as a tz-aware datetime in KST: ISO 8601, RFC 822 (feeds),
    '2024-07-02 05:00', '2024.07.02 05:00', '2024년 7월 2일 오전 5:00', naive = KST.
    Unparseable input gives None: a missing date must not stop an article."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        dt = value
    elif isinstance(value, datetime.date):
        dt = datetime.datetime(value.year, value.month, value.day)
    else:
        dt = _parse_published_str(value.strip())
        if dt is None:
            return None
    if dt.tzinfo is None:
        return dt.replace(tzinfo=KST)
    return dt.astimezone(KST)


def _parse_published_str(s: str) -> datetime.datetime | None:
    if not s:
        return None
    try:
        return datetime.datetime.fromisoformat(s.replace("Z", "+00:00") if s.endswith("Z") else s)
    except ValueError:
        pass
    m = _KO_DATETIME.match(s)
    if m:
        y, mo, d, ampm, hh, mm, ss = m.groups()
        hour = int(hh or 0)
        if ampm in ("오후", "PM", "pm") and hour < 12:
            hour += 12
        elif ampm in ("오전", "AM", "am") and hour == 12:
            hour = 0
        try:
            return datetime.datetime(int(y), int(mo), int(d), hour, int(mm or 0), int(ss or 0))
        except ValueError:
            return None
    try:
        dt = parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError):
        return None
    # RFC 822 "-0000" (zone unknown) comes back naive; feeds mean UTC by it.
    return dt if dt.tzinfo is not None else dt.replace(tzinfo=datetime.timezone.utc)
