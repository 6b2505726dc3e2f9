"""Dates mentioned in body text: the seed article's cases, Traditional script, quantities, ranges."""

from __future__ import annotations

import pytest

from pipelines.date_mentions import DateMention, cn_number, find_date_mentions
from tests.eval.dates import evaluate

SEED_PUBLISHED = "2021-01-06T11:38:11-05:00"


def values(
    text: str, published: str | None = SEED_PUBLISHED
) -> dict[str, tuple[str | None, str | None, str]]:
    return {
        m.surface: (m.value_start, m.value_end, m.granularity) for m in find_date_mentions(text, published)
    }


def one(text: str, published: str | None = SEED_PUBLISHED) -> DateMention:
    mentions = find_date_mentions(text, published)
    assert len(mentions) == 1, mentions
    return mentions[0]


# The seed: RFA, 2021-01-06 (a Wednesday).


def test_seed_this_tuesday():
    mention = one("中国音乐播放平台“虾米音乐”本周二发布官方声明，")
    assert (mention.surface, mention.value_start, mention.value_end) == ("本周二", "2021-01-05", "2021-01-05")
    assert mention.granularity == "day" and mention.relative


def test_seed_this_year_february_fifth():
    text = "虾米音乐播放器业务将于今年2月5日正式关停。"
    mention = one(text)
    assert mention.surface == "今年2月5日" and text[mention.start : mention.end] == "今年2月5日"
    assert (mention.value_start, mention.value_end, mention.granularity) == (
        "2021-02-05",
        "2021-02-05",
        "day",
    )


def test_seed_midnight_is_a_time():
    mention = one("2021年3月5日0点后，除网页端音乐人授权服务维持运营，")
    assert (mention.surface, mention.value_start, mention.granularity) == (
        "2021年3月5日0点",
        "2021-03-05T00:00",
        "time",
    )
    assert not mention.relative


def test_seed_early_november_last_year_and_the_end_of_that_month():
    text = "去年11月上旬，马云创办的蚂蚁集团在香港上市突然被叫停，月底传出“虾米音乐”将于今年1月关闭的消息。"
    assert values(text) == {
        "去年11月上旬": ("2020-11-01", "2020-11-10", "part_of_month"),
        "月底": ("2020-11-21", "2020-11-30", "part_of_month"),
        "今年1月": ("2021-01", "2021-01", "month"),
    }


def test_seed_march_2015_is_a_month():
    mention = one("2015年3月，“虾米音乐”和“天天动听”组成“阿里音乐”。")
    assert (mention.value_start, mention.value_end, mention.granularity, mention.relative) == (
        "2015-03",
        "2015-03",
        "month",
        False,
    )


@pytest.mark.parametrize(
    "text",
    [
        "截至目前，“虾米音乐”市场占有了率为1.8%，约1100万用户。",
        "我以后不用88会员的VIP了",
        "我哋唔会24小时服务。",
        "连续三年向市场监管总局提交自查合规报告，三年来首次",
        "5歲女童臨臨懷疑受虐致死",
        "只須自行家居隔離14日。片段一般保留28日後便會銷毀",
        "片段上載至YouTube，短短四日就有逾三萬收視點擊",
        "在防止虐待兒童會工作30多年，做了20年區議員",
        "道指一度急升逾500点，收巿报26816点，升319点。",
        "确诊2019冠状病毒病的个案",
        "签署《2019年台湾友邦国际保护及加强倡议法》",
        "好的创新不怕监管，但是怕昨天的方式去监管，不能用昨天的办法来管未来。",
        "助理處長（行動）周一鳴、助理處長（支援）林曉彤",
        "所有訂戶都可以收到我們的「每周時事」通訊，每晚8時至9時提供服務",
        "探测器全重8.2吨，约1.5小时后离开，1号、2号、3号入口",
        "现在企业面临的困难，是过去几十年前所未有的",
    ],
)
def test_quantities_durations_names_and_titles_are_not_dates(text):
    assert find_date_mentions(text, SEED_PUBLISHED) == []


# Traditional script.


def test_traditional_relative_days_weeks_and_months():
    text = "「蝦米音樂」本週二發布官方聲明。上個月傳出消息，昨日再有報道，去年11月上旬已被叫停。"
    assert values(text) == {
        "本週二": ("2021-01-05", "2021-01-05", "day"),
        "上個月": ("2020-12", "2020-12", "month"),
        "昨日": ("2021-01-05", "2021-01-05", "day"),
        "去年11月上旬": ("2020-11-01", "2020-11-10", "part_of_month"),
    }


def test_parenthesised_day_disambiguates_today():
    text = "中紀委機關報今日（31日）刊出題為《斬斷娛樂圈亂象背後的資本鏈條》的文章"
    assert values(text, "2021-08-31") == {"今日（31日）": ("2021-08-31", "2021-08-31", "day")}
    # A page stamped 2020-12-16 that says 今日（31日）: the day in brackets wins.
    assert values(text, "2020-12-16") == {"今日（31日）": ("2020-12-31", "2020-12-31", "day")}


def test_traditional_weekdays_with_days_in_brackets():
    text = "距離下周五（27日）的兩韓峰會只有一星期，文在寅周四在青瓦台表示，1953年7月27日簽訂停戰協定。"
    assert values(text, "2018-04-20") == {
        "下周五（27日）": ("2018-04-27", "2018-04-27", "day"),
        "周四": ("2018-04-19", "2018-04-19", "day"),
        "1953年7月27日": ("1953-07-27", "1953-07-27", "day"),
    }


def test_traditional_times_follow_the_day_they_belong_to():
    text = "林鄭在年三十晚（27日）向行乞婦派發500元，負評在當日下午6時開始上升，至晚上10時達到高峰。"
    assert values(text, "2017-02-01") == {
        "年三十晚（27日）": ("2017-01-27", "2017-01-27", "day"),
        "當日下午6時": ("2017-01-27T18:00", "2017-01-27T18:00", "time"),
        "晚上10時": ("2017-01-27T22:00", "2017-01-27T22:00", "time"),
    }


def test_lunar_new_year_day_and_the_year_before_last():
    assert values("前年年初二的旺角衝突", "2018-04-24") == {"前年年初二": ("2016-02-09", "2016-02-09", "day")}


def test_bare_day_takes_the_month_nearest_the_last_day_mentioned():
    text = "報道她在上個月21日晚上的閉門會面，直至24日開始才稍微回落。"
    assert values(text, "2017-02-01") == {
        "上個月21日晚上": ("2017-01-21", "2017-01-21", "day"),
        "24日": ("2017-01-24", "2017-01-24", "day"),
    }


def test_yearless_date_takes_the_nearest_year():
    assert values("換屆選舉將於11月24日舉行。", "2019-06-27") == {
        "11月24日": ("2019-11-24", "2019-11-24", "day")
    }
    assert values("他12月20日已經離開。", "2021-01-06") == {"12月20日": ("2020-12-20", "2020-12-20", "day")}
    assert values("明年1月31日起接受申請", "2020-12-11") == {
        "明年1月31日": ("2021-01-31", "2021-01-31", "day")
    }


# Ranges and lists.


def test_ranges():
    assert values("服务将于2月5日至3月5日逐步停止") == {"2月5日至3月5日": ("2021-02-05", "2021-03-05", "day")}
    assert values("控方指2010年7月16日至9月6日期間", "2017-01-23") == {
        "2010年7月16日至9月6日": ("2010-07-16", "2010-09-06", "day")
    }
    assert values("1995至2003年時，香港失了這個位。", "2018-10-30") == {
        "1995至2003年": ("1995", "2003", "year")
    }
    assert values("他在5月20及21日出席立法會會議", "2020-05-29") == {
        "5月20及21日": ("2020-05-20", "2020-05-21", "day")
    }
    assert values("他在2018年1月19日至去年10月27日期間", "2021-11-03") == {
        "2018年1月19日至去年10月27日": ("2018-01-19", "2020-10-27", "day")
    }


def test_time_range_in_the_evening_of_an_earlier_day():
    text = "7月21日元朗恐襲當日，當晚9時半至10時半期間，至少3次有警車經過。"
    assert values(text, "2019-08-22") == {
        "7月21日": ("2019-07-21", "2019-07-21", "day"),
        "當晚9時半至10時半": ("2019-07-21T21:30", "2019-07-21T22:30", "time"),
    }


# Chinese numerals.


def test_chinese_numerals():
    assert values("二〇二一年二月五日正式关停") == {"二〇二一年二月五日": ("2021-02-05", "2021-02-05", "day")}
    assert values("十一月传出消息") == {"十一月": ("2020-11", "2020-11", "month")}
    assert values("去年四月，网上流传一段片段", "2018-12-27") == {"去年四月": ("2017-04", "2017-04", "month")}
    assert values("这是十月三十号上午受害人发布的", "2021-02-18") == {
        "十月三十号上午": ("2020-10-30", "2020-10-30", "day")
    }
    assert [cn_number(n) for n in ("十一", "二十五", "廿三", "三十一", "二〇二一", "12")] == [
        11,
        25,
        23,
        31,
        2021,
        12,
    ]


# Relative years, weeks, vague mentions.


def test_years_weeks_and_vague_mentions():
    text = "近日宣布；國際仲裁法庭兩年前的裁決；自上周起不再戴；今年初審查；日前已上載"
    assert values(text, "2018-09-17") == {
        "近日": (None, None, "vague"),
        "兩年前": ("2016", "2016", "year"),
        "上周": ("2018-09-10", "2018-09-16", "week"),
        "今年初": ("2018-01", "2018-03", "part_of_year"),
        "日前": (None, None, "vague"),
    }


def test_without_publication_date_relative_mentions_are_found_but_unresolved():
    mentions = find_date_mentions("本周二发布声明。\n2015年3月组成阿里音乐。\n2月5日关停。", None)
    assert [(m.surface, m.value_start, m.relative) for m in mentions] == [
        ("本周二", None, True),
        ("2015年3月", "2015-03", False),
        ("2月5日", None, True),
    ]


def test_publication_date_is_taken_in_its_own_time_zone():
    # 23:30 in New York on 6 January is 7 January in UTC; 昨天 is still 5 January.
    assert values("昨天发布", "2021-01-06T23:30:00-05:00") == {"昨天": ("2021-01-05", "2021-01-05", "day")}


def test_offsets_point_into_the_text_given_and_as_dict():
    text = "協會周五（11日）發布「港人來英研究報告」"
    mention = one(text, "2020-12-11")
    assert text[mention.start : mention.end] == mention.surface == "周五（11日）"
    assert mention.as_dict() == {
        "surface": "周五（11日）",
        "start": 2,
        "end": 9,
        "value_start": "2020-12-11",
        "value_end": "2020-12-11",
        "granularity": "day",
        "relative": True,
    }


# The quality bar on the held-out part of the hand-labelled set (tests/fixtures/dates).


def test_heldout_detection_and_resolution_reach_targets():
    heldout = evaluate()["ours"]["heldout"]
    assert heldout["gold"] >= 50
    assert heldout["f1"] >= 0.92
    assert heldout["resolution_accuracy"] >= 0.92
