"""Dates and times mentioned in body text, resolved against the publication date.

:func:`find_date_mentions` finds absolute dates (``2021年2月5日0点``, ``2015年3月``,
``2月5日``), Chinese numerals (``二〇二一年二月五日``, ``十一月``), relative expressions
(``本周二``, ``昨天``, ``上个月``, ``去年11月上旬``, ``月底``, ``今年``, ``两年前``), ranges
(``2月5日至3月5日``, ``1995至2003年``, ``5月20及21日``) and a closed list of vague ones
(``日前``, ``近日``, ``早前``…), in Simplified and Traditional script. Each mention keeps its
surface text and character offsets and gets ISO values: ``YYYY-MM-DD`` for a day,
``YYYY-MM-DDTHH:MM`` for a time, ``YYYY-MM`` for a month, ``YYYY`` for a year. Parts of a
month (上旬, 月底) and weeks (上周) are day ranges, parts of a year (年初, 上半年) month
ranges; vague mentions have no value.

How values are found:

* Deictic words (今天, 上周二, 去年) count from the publication date, taken in its own
  time zone; without a publication date they are found but left unresolved.
* A parenthesised day settles which day was meant: ``今日（31日）``, ``周五（11日）``.
* A month or day without a year takes the year of an earlier mention in the same
  sentence, else one the text gave earlier in the paragraph, else (``1月26日星期五``) the
  year in which the weekday fits, else the year that puts it nearest the publication date.
* A bare day (``在26日``) takes the month that puts it nearest the last day mentioned.
* A bare ``月底``/``月初``/``上旬`` belongs to the month of a mention in the same or the
  preceding sentence, else to the month of publication; ``当晚9时`` to the last day mentioned.
* Quantities and durations are not dates (``1100万用户``, ``1.8%``, ``24小时``, ``三年``,
  ``14日隔离``), nor are dates inside ``《…》`` titles, recurring ones (``每周五``) or
  figurative ones (``用昨天的方式``).
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta

# Traditional -> Simplified for the characters the patterns and filters use, one for one,
# so that offsets into the normalised text are offsets into the text given.
_TRADITIONAL = (
    "週個號時點當後來內間這禮兩幾數國華東於從歲萬億將曆農過剛"
    "為會開發與鳴見說屆隨臺約達長寬僅價報漲減噸裡級輛紀"
)
_SIMPLIFIED = (
    "周个号时点当后来内间这礼两几数国华东于从岁万亿将历农过刚"
    "为会开发与鸣见说届随台约达长宽仅价报涨减吨里级辆纪"
)
_NORMALISE = str.maketrans(_TRADITIONAL + "０１２３４５６７８９：（）～－", _SIMPLIFIED + "0123456789:()~-")

CN_DIGIT = dict(zip("〇零一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
WEEK_SHIFT = {"上上": -2, "上": -1, "下": 1, "下下": 2}
# Gregorian date of the lunar new year (正月初一), for 年初二 and 年三十.
LUNAR_NEW_YEAR = {
    1990: (1, 27), 1991: (2, 15), 1992: (2, 4), 1993: (1, 23), 1994: (2, 10), 1995: (1, 31),
    1996: (2, 19), 1997: (2, 7), 1998: (1, 28), 1999: (2, 16), 2000: (2, 5), 2001: (1, 24),
    2002: (2, 12), 2003: (2, 1), 2004: (1, 22), 2005: (2, 9), 2006: (1, 29), 2007: (2, 18),
    2008: (2, 7), 2009: (1, 26), 2010: (2, 14), 2011: (2, 3), 2012: (1, 23), 2013: (2, 10),
    2014: (1, 31), 2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5),
    2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29),
    2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3), 2031: (1, 23),
    2032: (2, 11), 2033: (1, 31), 2034: (2, 19), 2035: (2, 8),
}  # fmt: skip
ERA_START = {"令和": 2018, "平成": 1988, "昭和": 1925, "民国": 1911}
YEAR_OFFSET = {"大前年": -3, "前年": -2, "去年": -1, "今年": 0, "本年": 0, "明年": 1, "后年": 2}
DAY_OFFSET = {
    "大前天": -3, "前天": -2, "前日": -2, "前晚": -2, "昨天": -1, "昨日": -1, "昨晚": -1, "昨夜": -1,
    "昨早": -1, "昨": -1, "今天": 0, "今日": 0, "今早": 0, "今晨": 0, "今午": 0, "今晚": 0, "今夜": 0,
    "今": 0, "明天": 1, "明日": 1, "明早": 1, "明晚": 1, "后天": 2, "大后天": 3,
}  # fmt: skip
ANAPHOR_SHIFT = {"翌日": 1, "次日": 1, "前一日": -1, "前一天": -1}
EVENING = ("下午", "傍晚", "晚上", "晚间", "深夜", "夜间", "晚", "夜")
# Parts of a month as (first day, last day; None for the month's end), of a year as
# (first month, last month), of a week as (first, last) days counted from Monday.
MONTH_PART = {
    "上旬": (1, 10), "初": (1, 10), "中旬": (11, 20), "中": (11, 20),
    "下旬": (21, None), "底": (21, None), "末": (21, None), "尾": (21, None),
}  # fmt: skip
YEAR_PART = {
    "初": (1, 3), "中": (5, 8), "底": (10, 12), "末": (10, 12), "尾": (10, 12),
    "上半年": (1, 6), "下半年": (7, 12),
}  # fmt: skip
WEEK_PART = {"初": (0, 2), "初期": (0, 2), "中": (2, 4), "末": (5, 6)}

CNN = "[〇零一二两三四五六七八九十廿卅]"
CJK = "[\u4e00-\u9fff]"
UNITS = "[万亿元倍个人岁年月日号分秒度吨克斤磅米里尺寸级次只架辆艘名位宗成折股点厘毫公千百兆小天周届季期]"
NOT_COUNTRY = "(?![国共央文方华美英外港东西南北旬心部期])"  # 2019年中国…, 3月中旬
PART_OF_DAY = "凌晨|清晨|早上|上午|中午|下午|傍晚|晚上|晚间|深夜|夜间|午夜"

_DATE = rf"""
  (?:
    (?:
        (?<!\d)(?P<yr_a>(?:1[5-9]|20)\d\d)年?(?:至|到|-|–|—|~)(?P<yr_b>(?:1[5-9]|20)\d\d)年
      | (?<![\d.])(?P<y4>(?:1[5-9]|20)\d\d|[〇零一二三四五六七八九]{{4}})年(?!代)
      | (?<![\d.])(?P<y2>[5-9]\d)年(?![多来间内前后代以的])
      | (?P<era>令和|平成|昭和|民国)(?P<eran>元|\d{{1,3}}|{CNN}{{1,3}})年
      | (?P<yrel>大前年|前年|去年|今年|(?<!{CJK})本年|明年|后年|同年|翌年)
    )
    (?:
        (?P<lunar>年初(?P<lday>[一二三四五六七八九十]{{1,2}})|年三十|除夕)
      | (?P<ypart>初|底|末|尾|中{NOT_COUNTRY}|上半年|下半年)
    )?
  )?
  (?:
    (?:(?<![\d.])(?P<m0>1[0-2]|0?[1-9])(?:及|和|、)(?=\d{{1,2}}月))?
    (?:
        (?<![\d.])(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?P<mfen>份)?
      | (?P<mrel>本月|今月|这个月|这月|上个?月|下个?月)
    )
    (?P<mpart>上旬|中旬|下旬|初|中{NOT_COUNTRY}|底|末|尾)?
  )?
  (?:
    (?:(?<![\d.])(?P<d0>[12]\d|3[01]|0?[1-9])(?:及|和|、)(?=\d{{1,2}}[日号]))?
    (?:
        (?<![\d.])(?P<d>[12]\d|3[01]|0?[1-9]|{CNN}{{1,3}})[日号]
      | (?<=月)(?P<dn>[12]\d|3[01]|0?[1-9])(?![\d日号%.万亿元个人次岁年月点时分秒倍名宗])
    )
  )?
"""
_EXPRESSION = rf"""
  (?=[\d〇零一二两三四五六七八九十廿卅上下本这今昨前明去后大同翌当事次周星礼令平昭民年除正凌清早中傍晚深夜午])
  (?:
      (?P<lunar2>大?年初(?P<lday2>[一二三四五六七八九十]{{1,2}})|正月初(?P<lday3>[一二三四五六七八九十]{{1,2}})
                |年三十|除夕)
    | (?P<wpre>上上|下下|本|这|今|上|下)?个?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])
    | (?P<dayrel>大前天|前天|昨天|今天|明天|大后天|后天|前日|昨日|今日|明日|今早|今晨|今午|今晚|今夜
                 |昨晚|昨夜|昨早|明早|明晚|前晚|今(?=\()|昨(?=起|\())
    | (?P<anaph>事发当日|当日|当天|当晚|同日|翌日|次日|前一日|前一天|前段时间)
    | (?<={CJK})(?<![约达为重高长宽逾近超共仅只率价报升跌涨降增减至到了有是])
      (?P<dm>1[0-2]|[1-9])\.(?P<dd>[12]\d|3[01]|[1-9])(?={CJK})(?!{UNITS})
    | {_DATE}
  )
  (?P<pod1>{PART_OF_DAY}|早|晚|夜)?
  (?:
      \((?:(?P<pm>1[0-2]|0?[1-9])月)?(?P<pd>[12]\d|3[01]|0?[1-9])[日号]\)
    | \((?:周|星期|礼拜)(?P<pwd>[一二三四五六日天])\)
    | (?<=[日号])(?:周|星期|礼拜)(?P<pwd2>[一二三四五六日天])
  )?
  (?P<pod2>{PART_OF_DAY}|[早晚夜](?=[\d一二三四五六七八九十两]))?
  (?:
      (?<![\d.])(?P<hh>[01]?\d|2[0-4]|{CNN}{{1,3}})[时点](?:(?P<mi>[0-5]?\d)分?|(?P<half>半)|正)?
    | (?<![\d.])(?P<hh2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)
  )?
"""
_SPECIAL = rf"""
    (?P<vague>日前|近日|早前|日内(?!瓦)|近期|稍早|近月|近年|前不久|不久前|多年前|[几数]年前
             |(?:\d{{1,3}}|[一二两三四五六七八九十几数]{{1,3}})多年前)
  | (?<![\d.几数〇零一二两三四五六七八九十])(?P<agon>\d{{1,3}}|{CNN}{{1,3}})(?P<agou>年|个月|个星期|星期|周)前
  | (?P<wkpre>上上|下下|本|这|今|上|下)个?(?:周|星期|礼拜)(?P<wkpart>初期|初|中|末)?(?![一二三四五六日天年])
  | (?P<wkrecent>刚过去的|刚过的)(?:周末|星期六日)
"""
_TOP = re.compile(rf"{_SPECIAL} | {_EXPRESSION}", re.VERBOSE)
_RANGE_END = re.compile(_EXPRESSION, re.VERBOSE)
_MONTH_PART_ALONE = re.compile(rf"月初|月中{NOT_COUNTRY}|月底|月末|月尾|上旬|中旬|下旬")
_CONNECTOR = re.compile(r"\s?(?:至|到|-|–|—|~)\s?")
_FIGURATIVE = re.compile(r"的?(?:方式|办法|社会|香港|中国|世界|咁|一代)")
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_TITLE = re.compile(r"《[^《》\n]{0,80}》")
_BARE_DAY_AFTER = (*"于在至到由从自及和同、，,(", "直至", "截至")  # what may stand before a bare 26日
_NAME_END = "、，,。；;及和等与)"


@dataclass(frozen=True)
class DateMention:
    surface: str
    start: int  # character offsets into the text given
    end: int
    value_start: str | None  # ISO: "2021-02-05", "2021-03-05T00:00", "2020-11", "2020"; None when vague
    value_end: str | None
    granularity: str  # day | time | week | month | part_of_month | year | part_of_year | vague
    relative: bool  # the value depends on the publication date or on what the text said before

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class _Value:
    """A resolved mention: ``lo``/``hi`` are dates, (year, month) pairs or years, by granularity."""

    granularity: str
    lo: date | tuple[int, int] | int | None = None
    hi: date | tuple[int, int] | int | None = None
    hour: tuple[int, int] | None = None
    hour_end: tuple[int, int] | None = None
    relative: bool = False
    explicit_year: int | None = None  # a year the text itself gave (2019年, 去年), for later yearless dates

    def iso(self) -> tuple[str | None, str | None]:
        if self.lo is None:
            return None, None
        hi = self.hi if self.hi is not None else self.lo
        return _iso(self.lo, self.hour), _iso(hi, self.hour_end or self.hour)


def _iso(value: date | tuple[int, int] | int, hour: tuple[int, int] | None) -> str:
    if isinstance(value, date):
        return f"{value.isoformat()}T{hour[0]:02d}:{hour[1]:02d}" if hour else value.isoformat()
    if isinstance(value, tuple):
        return f"{value[0]:04d}-{value[1]:02d}"
    return f"{value:04d}"


@dataclass
class _Context:
    """What the text has said so far, for resolving what it leaves out."""

    published: date | None
    sentence_starts: list[int]
    paragraph_starts: list[int]
    last_day: date | None = None
    last_day_sentence: int = -1
    last_month: tuple[int, int] | None = None
    last_month_sentence: int = -10
    last_year: int | None = None
    years_in_sentence: dict[int, int] = field(default_factory=dict)
    years_in_paragraph: dict[int, int] = field(default_factory=dict)

    def sentence_of(self, offset: int) -> int:
        return _index_of(self.sentence_starts, offset)

    def paragraph_of(self, offset: int) -> int:
        return _index_of(self.paragraph_starts, offset)

    def remember(self, value: _Value, offset: int) -> None:
        sentence = self.sentence_of(offset)
        last = value.hi if value.hi is not None else value.lo
        if isinstance(last, date) and value.granularity in ("day", "time"):
            self.last_day, self.last_day_sentence = last, sentence
        if isinstance(last, date) and value.granularity != "week":
            self.last_month, self.last_month_sentence = (last.year, last.month), sentence
        elif isinstance(last, tuple):
            self.last_month, self.last_month_sentence = last, sentence
        year = last.year if isinstance(last, date) else last[0] if isinstance(last, tuple) else last
        if isinstance(year, int) and value.granularity != "week":
            self.years_in_sentence[sentence] = self.last_year = year
        if value.explicit_year is not None:
            self.years_in_paragraph[self.paragraph_of(offset)] = value.explicit_year


def _index_of(starts: list[int], offset: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


def cn_number(text: str) -> int:
    """``12`` -> 12, ``十一`` -> 11, ``二十五`` -> 25, ``廿三`` -> 23, ``二〇二一`` -> 2021, ``元`` -> 1."""
    if text.isdigit():
        return int(text)
    if text == "元":
        return 1
    if not any(char in text for char in "十廿卅"):
        value = 0
        for char in text:
            value = value * 10 + CN_DIGIT[char]
        return value
    total, current = 0, 0
    for char in text.replace("廿", "二十").replace("卅", "三十"):
        if char == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = CN_DIGIT[char]
    return total + current


def parse_published(published: str | None) -> date | None:
    """The calendar date of an ISO date or datetime, in its own offset (not converted to UTC)."""
    if not published:
        return None
    text = published.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    if not (1 <= month <= 12 and 1 <= year <= 9999 and 1 <= day <= monthrange(year, month)[1]):
        return None
    return date(year, month, day)


def _add_months(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def _nearest_year(month: int, day: int | None, anchor: date) -> int:
    """The year that puts month/day nearest to ``anchor``."""

    def gap(year: int) -> int:
        return abs((date(year, month, min(day or 15, monthrange(year, month)[1])) - anchor).days)

    return min((anchor.year, anchor.year - 1, anchor.year + 1), key=gap)


def _nearest_day(day: int, anchor: date, month: int | None = None) -> date | None:
    """The date with this day of the month (and month, if given) nearest to ``anchor``, earlier on a tie."""
    span = range(-12, 13) if month else range(-1, 2)
    candidates = []
    for offset in span:
        year, mon = _add_months(anchor.year, anchor.month, offset)
        found = _safe_date(year, mon, day) if month in (None, mon) else None
        if found:
            candidates.append(found)
    return min(candidates, key=lambda d: (abs((d - anchor).days), d > anchor), default=None)


def _weekday_fits(year: int, month: int, day: int, weekday: str) -> bool:
    found = _safe_date(year, month, day)
    return found is not None and found.weekday() == WEEKDAY[weekday]


def _lunar(year: int, lunar_day: int | None) -> date | None:
    """年初N of the lunar year starting in ``year``; with ``lunar_day`` None, the eve (年三十) ending it."""
    if lunar_day is None:
        start = LUNAR_NEW_YEAR.get(year + 1)
        return date(year + 1, *start) - timedelta(days=1) if start else None
    start = LUNAR_NEW_YEAR.get(year)
    return date(year, *start) + timedelta(days=lunar_day - 1) if start else None


def _clock(g: dict) -> tuple[int, int] | None:
    raw = g.get("hh") or g.get("hh2")
    if raw is None:
        return None
    hour = cn_number(raw)
    minute = 30 if g.get("half") else int(g.get("mi") or g.get("mi2") or 0)
    pod = g.get("pod2") or g.get("pod1") or g.get("dayrel") or g.get("anaph") or ""
    if hour < 12 and (pod.endswith(EVENING) or (pod == "中午" and hour < 6)):
        hour += 12
    if hour > 24 or minute > 59:
        return None
    return (0, minute) if hour == 24 else (hour, minute)


def _is_name(norm: str, match: re.Match) -> bool:
    """``周一鸣、`` is someone called 周 with a two-character given name, not a Monday."""
    if match["wd"] is None or match["wpre"] or not match.group().startswith("周"):
        return False
    after = norm[match.end() : match.end() + 2]
    return (
        len(after) == 2
        and "\u4e00" <= after[0] <= "\u9fff"
        and after[0] not in "晚早午夜上下中凌傍深起前"
        and after[1] in _NAME_END
    )


def _plausible(norm: str, match: re.Match, *, range_end: bool = False) -> bool:
    """False for matches that are quantities, durations, names, numbering or generic times."""
    g = match.groupdict()
    start, end = match.span()
    before, after = norm[max(0, start - 2) : start], norm[end : end + 1]
    if start == end or before.endswith(("每", "逢", "今时")):
        return False  # 每周五, 逢周一: recurring
    if g.get("vague"):
        if (
            g["vague"] in ("日前", "日内")
            and before[-1:]
            and (before[-1].isdigit() or before[-1] in "十几数两一二三四五六七八九")
        ):
            return False  # 五日前, 几日内: counted days
        return not (g["vague"] == "近年" and before.endswith(("接", "将", "靠")))
    if g.get("agon") or g.get("wkpre") or g.get("wkrecent"):
        return True
    has_time = bool(g.get("hh") or g.get("hh2"))
    has_year = any(g.get(k) for k in ("yr_a", "y4", "y2", "era", "yrel"))
    has_month = bool(g.get("m") or g.get("mrel"))
    has_day = bool(g.get("d") or g.get("dn"))
    has_other = any(
        g.get(k) for k in ("lunar", "lunar2", "wd", "dayrel", "pd", "ypart", "mpart", "dm", "anaph")
    )
    if not (has_time or has_year or has_month or has_day or has_other):
        return False
    if g.get("anaph") and not (has_time or g.get("pd")):
        return False  # 当日 alone is an anaphor, not a date expression
    if g.get("yrel") in ("同年", "翌年") and not (has_month or g.get("lunar") or g.get("ypart")):
        return False
    month = g.get("m") or ""
    if (
        len(month) == 1
        and not month.isdigit()
        and not (has_year or has_day or g.get("mfen") or g.get("mpart"))
    ):
        return False  # 一月 on its own is more often "one month" than January
    if g.get("d") and not g["d"].isdigit() and not has_month:
        return False  # 四日: four days
    if has_day and not (has_month or has_year) and not range_end:
        if "号" in match.group() and not g.get("pd"):
            return False  # 2号、3号入口: numbering
        if not before.endswith(_BARE_DAY_AFTER) or after in ("后", "内", "间", "之", "来", "前", "以"):
            return False  # 隔离14日, 保留28日后: durations
    if has_time and not (has_year or has_month or has_day or has_other or g.get("pod1") or g.get("pod2")):
        return range_end  # 升8点: index points, 八点: a time of some day
    if g.get("dayrel") and _FIGURATIVE.match(norm, end):
        return False  # 用昨天的方式, 今日香港
    return not _is_name(norm, match)


def _explicit_year(g: dict, ctx: _Context, sentence: int) -> tuple[int | None, bool]:
    """The year the expression states, and whether it states one (it may still be unresolvable)."""
    pub = ctx.published
    if g.get("y4"):
        return cn_number(g["y4"]), True
    if g.get("y2"):
        return 1900 + int(g["y2"]), True
    if g.get("era"):
        return ERA_START[g["era"]] + cn_number(g["eran"]), True
    if g.get("yrel") in ("同年", "翌年"):
        base = ctx.years_in_sentence.get(sentence) or ctx.last_year
        return (None if base is None else base + (g["yrel"] == "翌年")), True
    if g.get("yrel"):
        return (None if pub is None else pub.year + YEAR_OFFSET[g["yrel"]]), True
    return None, False


def _special(g: dict, pub: date | None) -> _Value | None:
    """Vague mentions, 'N years ago' and whole weeks."""
    if g.get("vague"):
        return _Value("vague", relative=True)
    if g.get("agon"):
        n, unit = cn_number(g["agon"]), g["agou"]
        granularity = "year" if unit == "年" else "month" if unit == "个月" else "day"
        if pub is None:
            return _Value(granularity, relative=True)
        if unit == "年":
            return _Value("year", pub.year - n, relative=True)
        if unit == "个月":
            return _Value("month", _add_months(pub.year, pub.month, -n), relative=True)
        return _Value("day", pub - timedelta(days=7 * n), relative=True)
    if g.get("wkpre") or g.get("wkrecent"):
        if pub is None:
            return _Value("week", relative=True)
        monday = pub - timedelta(days=pub.weekday())
        if g.get("wkrecent"):  # 刚过去的周末
            saturday = monday - timedelta(days=2) if pub.weekday() < 5 else monday + timedelta(days=5)
            return _Value("week", saturday, saturday + timedelta(days=1), relative=True)
        monday += timedelta(weeks=WEEK_SHIFT.get(g["wkpre"], 0))
        first, last = WEEK_PART.get(g["wkpart"] or "", (0, 6))
        return _Value("week", monday + timedelta(days=first), monday + timedelta(days=last), relative=True)
    return None


def _weekday(g: dict, pub: date | None) -> date | None:
    """上周二, 本周二, 下周五; a bare 周六 is the nearest Saturday, earlier on a tie."""
    if pub is None:
        return None
    target = WEEKDAY[g["wd"]]
    monday = pub - timedelta(days=pub.weekday())
    if g["wpre"]:
        return monday + timedelta(weeks=WEEK_SHIFT.get(g["wpre"], 0), days=target)
    back = pub - timedelta(days=(pub.weekday() - target) % 7)
    ahead = back + timedelta(days=7) if back != pub else back
    return ahead if (ahead - pub).days < (pub - back).days else back


def _month_part(part: str, year: int | None, month: int | None) -> _Value:
    if year is None or month is None:
        return _Value("part_of_month")
    first, last = MONTH_PART[part]
    return _Value(
        "part_of_month", date(year, month, first), date(year, month, last or monthrange(year, month)[1])
    )


def _resolve(g: dict, ctx: _Context, offset: int, start: _Value | None = None) -> _Value:
    """Resolve one matched expression; ``start`` is the resolved start when this one ends a range."""
    pub = ctx.published
    sentence = ctx.sentence_of(offset)
    special = _special(g, pub)
    if special is not None:
        return special
    if g.get("yr_a"):
        return _Value("year", int(g["yr_a"]), int(g["yr_b"]))

    year, year_given = _explicit_year(g, ctx, sentence)
    relative = bool(g.get("yrel"))
    month = cn_number(g["m"]) if g.get("m") else None
    if g.get("mrel"):
        relative = year_given = True
        if pub is not None:
            shift = -1 if g["mrel"].startswith("上") else 1 if g["mrel"].startswith("下") else 0
            year, month = _add_months(pub.year, pub.month, shift)
    day = cn_number(g["d"]) if g.get("d") else int(g["dn"]) if g.get("dn") else None
    if g.get("dm"):  # 6.12: 12 June
        month, day = int(g["dm"]), int(g["dd"])

    if start is not None:  # a range end takes from its start what it leaves out
        first = start.lo
        first_month = (
            first.month if isinstance(first, date) else first[1] if isinstance(first, tuple) else None
        )
        if month is None and day is None and (g.get("hh") or g.get("hh2")) and isinstance(first, date):
            return _Value("time", first, hour=_clock(g), relative=start.relative)
        if not year_given and first is not None:
            year = first.year if isinstance(first, date) else first[0] if isinstance(first, tuple) else first
            year += month is not None and first_month is not None and month < first_month
            year_given = True
        if month is None and day is not None:
            month = first_month

    if month is not None and year is None and not year_given:
        relative = True
        weekday = g.get("pwd") or g.get("pwd2")
        paragraph = ctx.paragraph_of(offset)
        if sentence in ctx.years_in_sentence:
            year = ctx.years_in_sentence[sentence]
        elif paragraph in ctx.years_in_paragraph:
            year = ctx.years_in_paragraph[paragraph]
        elif pub is not None and day is not None and weekday:  # 1月26日星期五: the year it was a Friday
            fits = [
                y for y in (pub.year, pub.year - 1, pub.year + 1) if _weekday_fits(y, month, day, weekday)
            ]
            year = fits[0] if fits else _nearest_year(month, day, pub)
        elif pub is not None:
            year = _nearest_year(month, day, pub)

    if g.get("lunar") or g.get("lunar2"):
        raw = g.get("lday") or g.get("lday2") or g.get("lday3")
        lunar_day = cn_number(raw) if raw else None
        if year is None and pub is not None:
            relative = True
            options = [
                found for y in (pub.year - 1, pub.year, pub.year + 1) if (found := _lunar(y, lunar_day))
            ]
            value = _Value("day", min(options, key=lambda d: abs((d - pub).days), default=None))
        else:
            value = _Value("day", _lunar(year, lunar_day) if year else None)
    elif day is not None:
        if month is None:  # 在26日: the month nearest the last day mentioned
            relative = True
            anchor = ctx.last_day or pub
            found = _nearest_day(day, anchor) if anchor else None
        else:
            found = _safe_date(year, month, day) if year else None
        first = _safe_date(found.year, found.month, int(g["d0"])) if g.get("d0") and found else found
        value = _Value("day", first, found)
    elif g.get("wd"):
        relative = True
        value = _Value("day", _weekday(g, pub))
    elif g.get("dayrel"):
        relative = True
        value = _Value("day", pub + timedelta(days=DAY_OFFSET[g["dayrel"]]) if pub else None)
    elif g.get("anaph"):
        relative = True
        shift = timedelta(days=ANAPHOR_SHIFT.get(g["anaph"], 0))
        value = _Value("day", ctx.last_day + shift if ctx.last_day else None)
    elif g.get("mpart"):
        value = _month_part(g["mpart"], year, month)
    elif month is not None:
        last = (year, month) if year else None
        value = _Value("month", (year, int(g["m0"])) if g.get("m0") and last else last, last)
    elif g.get("ypart"):
        first_month, last_month = YEAR_PART[g["ypart"]]
        value = _Value(
            "part_of_year", (year, first_month) if year else None, (year, last_month) if year else None
        )
    elif year_given:
        value = _Value("year", year)
    elif g.get("pd"):
        value = _Value("day")
    else:  # a time on its own: on the day the sentence is about, else on the day of publication
        relative = True
        value = _Value("day", ctx.last_day if ctx.last_day_sentence == sentence else pub)

    if g.get("pd"):  # 今日（31日）: the parenthesised day settles which day was meant
        paren_day, paren_month = int(g["pd"]), int(g["pm"]) if g.get("pm") else None
        lo = value.lo if isinstance(value.lo, date) else None
        anchor = lo or ctx.last_day or pub
        if anchor is not None and not (lo and lo.day == paren_day and paren_month in (None, lo.month)):
            value = _Value("day", _nearest_day(paren_day, anchor, paren_month))
        relative = relative or paren_month is None

    clock = _clock(g)
    if clock is not None and value.granularity == "day" and value.hi in (None, value.lo):
        value = _Value("time", value.lo, hour=clock if value.lo else None)
    value.relative = relative or not year_given
    value.explicit_year = year if year_given and isinstance(year, int) else None
    return value


def _can_end_range(g: dict) -> bool:
    return any(g.get(k) for k in ("d", "dn", "m", "y4", "yrel", "hh", "hh2"))


def _month_part_alone(norm: str, match: re.Match, ctx: _Context) -> _Value | None:
    """月底 after 去年11月上旬 in the same or the preceding sentence is the end of that month."""
    before = norm[max(0, match.start() - 1) : match.start()]
    if before.isdigit() or before in CN_DIGIT or before in "十本上下这今每个年":
        return None
    part = match.group()
    sentence = ctx.sentence_of(match.start())
    if ctx.last_month and ctx.last_month_sentence >= sentence - 1:
        year, month = ctx.last_month
    elif ctx.published:
        year, month = ctx.published.year, ctx.published.month
    else:
        year = month = None
    value = _month_part(part if part in MONTH_PART else part[1:], year, month)
    value.relative = True
    return value


def find_date_mentions(text: str, published: str | None) -> list[DateMention]:
    """Date and time expressions in ``text``, in text order, resolved against ``published`` (ISO)."""
    norm = text.translate(_NORMALISE)
    ctx = _Context(
        parse_published(published),
        sentence_starts=[0] + [m.end() for m in _SENTENCE_END.finditer(norm)],
        paragraph_starts=[0] + [m.end() for m in re.finditer("\n", norm)],
    )
    titles = [m.span() for m in _TITLE.finditer(norm)]
    mentions: list[DateMention] = []
    pos = 0
    while pos < len(norm):
        match = _TOP.search(norm, pos)
        alone = _MONTH_PART_ALONE.search(norm, pos)
        if alone and (match is None or alone.start() <= match.start()) and not _inside(alone.span(), titles):
            value = _month_part_alone(norm, alone, ctx)
            if value is not None:
                mentions.append(_mention(text, alone.start(), alone.end(), value))
                pos = alone.end()
                continue
        if match is None:
            break
        start, end = match.span()
        if not _plausible(norm, match) or _inside((start, end), titles):
            pos = start + 1
            continue
        value = _resolve(match.groupdict(), ctx, start)
        connector = _CONNECTOR.match(norm, end)
        second = (
            _RANGE_END.match(norm, connector.end()) if connector and value.granularity != "vague" else None
        )
        if second and _can_end_range(second.groupdict()) and _plausible(norm, second, range_end=True):
            last = _resolve(second.groupdict(), ctx, second.start(), start=value)
            if value.hour and last.hour and last.hour < value.hour and isinstance(last.lo, date):
                if not (second["pod1"] or second["pod2"]) and last.hour[0] < 12:
                    last.hour = (last.hour[0] + 12, last.hour[1])  # 晚上9时半至10时半
                elif last.lo == value.lo:
                    last.lo = last.lo + timedelta(days=1)  # 晚上八点半到早上八点半: the next morning
                    last.hi = None
            if last.lo is not None or value.lo is None:
                end = second.end()
                value = _Value(
                    value.granularity,
                    value.lo,
                    last.hi if last.hi is not None else last.lo,
                    hour=value.hour,
                    hour_end=last.hour,
                    relative=value.relative or last.relative,
                    explicit_year=last.explicit_year or value.explicit_year,
                )
        mentions.append(_mention(text, start, end, value))
        ctx.remember(value, start)
        pos = end
    return mentions


def _mention(text: str, start: int, end: int, value: _Value) -> DateMention:
    value_start, value_end = value.iso()
    return DateMention(text[start:end], start, end, value_start, value_end, value.granularity, value.relative)


def _inside(span: tuple[int, int], titles: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in titles)
