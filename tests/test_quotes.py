"""Who said what: quotations, speakers and roles from real article text, in both scripts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.normalise import to_simplified, to_traditional
from pipelines.quotes import OrgStatement, Quote, extract_quotes, normalise_name
from tests.eval.quotes import evaluate, load_gold

GOLD = Path(__file__).parent / "fixtures" / "quotes" / "gold.jsonl"
ARTICLES = {article["id"]: article for article in map(json.loads, GOLD.read_text("utf-8").splitlines())}
SEED = ARTICLES["rfa-seed-ql-01062021113811"]["text"]
SEED_WITH_BYLINE = SEED + "\n记者：乔龙 责编：胡力汉、何平 网编 瑞哲"


def people(quotes: list[Quote]) -> dict[str | None, set[str | None]]:
    found: dict[str | None, set[str | None]] = {}
    for quote in quotes:
        found.setdefault(quote.speaker, set()).add(quote.role)
    return found


def said_by(quotes: list[Quote], speaker: str | None) -> list[str]:
    return [q.text for q in quotes if q.speaker == speaker]


# --- The seed ------------------------------------------------------------------------------------


def test_seed_gives_exactly_its_named_speakers_with_roles():
    quotes, _ = extract_quotes(SEED_WITH_BYLINE)
    named = {q.speaker: q.role for q in quotes if q.speaker}
    assert named == {"王在新": "付费用户", "张涛": "时事评论人士", "张胜其": "商人"}


def test_seed_zhang_xiansheng_is_resolved_to_zhang_shengqi():
    quotes, _ = extract_quotes(SEED)
    by_zhang = [q for q in quotes if q.text.startswith("中国目前的互联网娱乐")]
    assert len(by_zhang) == 1
    assert by_zhang[0].speaker == "张胜其" and by_zhang[0].role == "商人"
    assert SEED[by_zhang[0].speaker_start : by_zhang[0].speaker_end] == "张先生"


def test_seed_anonymous_fans_are_quoted_without_a_name():
    quotes, _ = extract_quotes(SEED)
    fans = [q for q in quotes if q.role == "粉丝"]
    assert fans and all(q.speaker is None and q.direct for q in fans)
    assert "求求你别关" in fans[0].text and "求求你活下去" in fans[-1].text


def test_seed_reporter_and_editors_are_never_speakers():
    quotes, orgs = extract_quotes(SEED_WITH_BYLINE)
    speakers = {q.speaker for q in quotes} | {o.organisation for o in orgs}
    assert not speakers & {"乔龙", "胡力汉", "何平", "瑞哲"}


def test_seed_offsets_point_into_the_body_text():
    quotes, orgs = extract_quotes(SEED)
    for item in [*quotes, *orgs]:
        assert SEED[item.start : item.end] == item.text
    wang = next(q for q in quotes if q.speaker == "王在新")
    assert wang.text == "他收到了“虾米”将停止服务的通知" and wang.verb == "说" and not wang.direct
    assert SEED[wang.speaker_start : wang.speaker_end] == "王在新"


def test_seed_in_traditional_script_gives_the_same_people():
    quotes, _ = extract_quotes(to_traditional(SEED))
    named = {normalise_name(q.speaker): normalise_name(q.role) for q in quotes if q.speaker}
    assert named == {"王在新": "付费用户", "张涛": "时事评论人士", "张胜其": "商人"}
    assert any(q.speaker == "張勝其" and q.text.startswith("中國目前的互聯網娛樂") for q in quotes)


# --- Each pattern, in both scripts ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "role", "verb", "words"),
    [
        # role + name + interview formula + colon + quotation
        (
            "虾米音乐的付费用户王在新当晚接受自由亚洲电台采访时说，他收到了通知：“虾米做得不错。”",
            "王在新",
            "付费用户",
            "说",
            "他收到了通知：“虾米做得不错。”",
        ),
        (
            "港大法律學院教授陳文敏接受《眾新聞》查詢時批評，梁振英作為政府首長控告議員誹謗，立下相當壞的先例。",
            "陳文敏",
            "港大法律學院教授",
            "批評",
            "梁振英作為政府首長控告議員誹謗，立下相當壞的先例",
        ),
        # role + name + 认为/認為
        (
            "时事评论人士张涛认为，“虾米音乐”关闭可能与经营亏损有关。",
            "张涛",
            "时事评论人士",
            "认为",
            "“虾米音乐”关闭可能与经营亏损有关",
        ),
        (
            "清華大學經濟管理學院金融系教授何平認為，海外上市有助企業提升國際知名度。",
            "何平",
            "清華大學經濟管理學院金融系教授",
            "認為",
            "海外上市有助企業提升國際知名度",
        ),
        # 「」 quotation right after the verb: the words are inside the marks
        (
            "發言人趙立堅表示「目前我沒有更多的評論」。",
            "趙立堅",
            "發言人",
            "表示",
            "目前我沒有更多的評論",
        ),
        (
            "中国国家副主席王岐山说：“金融业安全性永远排在第一位。”",
            "王岐山",
            "中国国家副主席",
            "说",
            "金融业安全性永远排在第一位。",
        ),
    ],
)
def test_role_name_verb_words(text, speaker, role, verb, words):
    quotes, orgs = extract_quotes(text)
    assert not orgs
    assert [(q.speaker, q.role, q.verb, q.text) for q in quotes] == [(speaker, role, verb, words)]


@pytest.mark.parametrize(
    "verb", ["表示", "認為", "稱", "指出", "強調", "坦言", "透露", "直言", "質疑", "回應稱", "告訴本台"]
)
def test_traditional_speech_verbs_with_corner_brackets(verb):
    text = f"立法會前議員區諾軒{verb}，「初選從來沒有所謂操控行為。」"
    quotes, _ = extract_quotes(text)
    assert len(quotes) == 1
    assert quotes[0].speaker == "區諾軒" and quotes[0].role == "立法會前議員"
    assert quotes[0].text == "初選從來沒有所謂操控行為。" and quotes[0].direct


@pytest.mark.parametrize(
    ("text", "speaker", "continued"),
    [
        (
            "商人张胜其也是“虾米音乐”的客户。他接受本台采访时说，“虾米音乐”在中国市场的地位十分尴尬。",
            "张胜其",
            "“虾米音乐”在中国市场的地位十分尴尬",
        ),
        (
            "美國總統特朗普周五宣布，美國與中國達成第一階段貿易協議。他指這是口頭協議，雙方要在未來幾個星期完成文書工作。",
            "特朗普",
            "這是口頭協議，雙方要在未來幾個星期完成文書工作",
        ),
    ],
)
def test_pronoun_continues_the_previous_person(text, speaker, continued):
    quotes, _ = extract_quotes(text)
    assert (speaker, continued) in [(q.speaker, q.text) for q in quotes]


def test_pronoun_without_anyone_before_is_left_unresolved():
    quotes, _ = extract_quotes("他说，今年的情况不会更好。")
    assert [(q.speaker, q.text) for q in quotes] == [(None, "今年的情况不会更好")]


def test_surname_and_honorific_in_traditional_script():
    text = "商人張勝其接受本台採訪時說，平台的地位十分尷尬。\n張先生說，娛樂直播平台逐漸吸引網民的眼球。"
    quotes, _ = extract_quotes(text)
    assert [(q.speaker, q.role) for q in quotes] == [("張勝其", "商人"), ("張勝其", "商人")]


def test_surname_and_honorific_shared_by_two_people_is_not_guessed():
    text = "学者张涛和商人张明都出席了论坛。\n张先生说，生意难做。"
    quotes, _ = extract_quotes(text)
    assert (None, "生意难做") in [(q.speaker, q.text) for q in quotes]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "「你們都不管、都不查，還管不管用，你們知不知道？」李大生道。",
            "李大生",
            "你們都不管、都不查，還管不管用，你們知不知道？",
        ),
        ("英国前保守党党魁施志安表示担忧。“这是不幸之始。”施志安说。", "施志安", "这是不幸之始。"),
    ],
)
def test_quotation_first_speaker_after(text, speaker, words):
    quotes, _ = extract_quotes(text)
    assert [(q.speaker, q.text, q.direct) for q in quotes] == [(speaker, words, True)]


@pytest.mark.parametrize(
    ("text", "role", "words"),
    [
        ("一名不愿具名的员工称，公司已经停发奖金。", "员工", "公司已经停发奖金"),
        ("有美團工程師向內地媒體表示，不少網友下載了檢測軟件。", "美團工程師", "不少網友下載了檢測軟件"),
    ],
)
def test_anonymous_speaker_keeps_a_role_and_no_name(text, role, words):
    quotes, _ = extract_quotes(text)
    assert [(q.speaker, q.role, q.text) for q in quotes] == [(None, role, words)]


def test_quotation_standing_alone_continues_the_speaker():
    text = (
        "文章引述江宇指，资本主导明星在台前表演，诱导粉丝消费。"
        "「饭圈文化带来的乱象，说到底是某些资本从自身一己之利出发，塑造的畸形消费形态。」"
    )
    quotes, _ = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["江宇", "江宇"]
    assert quotes[1].verb == "" and quotes[1].direct


# --- Two speakers in one paragraph ---------------------------------------------------------------


def test_two_speakers_in_one_paragraph_simplified():
    text = ARTICLES["gne-xinhuanet-1"]["text"].split("\n")[3]
    quotes, _ = extract_quotes(text)
    assert [(q.speaker, q.role) for q in quotes] == [(None, "法国总工会负责人"), ("菲利普", "法国总理")]
    assert quotes[1].text.startswith("不管面对何种压力")


def test_two_speakers_in_one_paragraph_traditional():
    text = (
        "根據《新京報》報道，工人用探測器簡單地掃了掃進井人員的全身，明查暗訪組組長李大生問他：「酒能掃出來嗎？」"
        "工人回答：「酒我們能聞出來，有酒味不能下井，叫他回去。」"
    )
    quotes, _ = extract_quotes(text)
    assert [(q.speaker, q.role, q.text) for q in quotes] == [
        ("李大生", "明查暗訪組組長", "酒能掃出來嗎？"),
        (None, "工人", "酒我們能聞出來，有酒味不能下井，叫他回去。"),
    ]


# --- Organisations -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "organisation", "words"),
    [
        ("阿里巴巴表示，对有关处罚诚恳接受，坚决服从。", "阿里巴巴", "对有关处罚诚恳接受，坚决服从"),
        ("市场监管总局称，阿里巴巴滥用市场支配地位。", "市场监管总局", "阿里巴巴滥用市场支配地位"),
        (
            "消息傳出後，微信回應指讀取用戶相簿是源於iOS系統的功能。",
            "微信",
            "讀取用戶相簿是源於iOS系統的功能",
        ),
        (
            "京東表示，根據文化部令，遊戲中不得包含違反憲法的內容。",
            "京東",
            "根據文化部令，遊戲中不得包含違反憲法的內容",
        ),
    ],
)
def test_organisation_statement_is_not_a_person(text, organisation, words):
    quotes, orgs = extract_quotes(text)
    assert quotes == []
    assert [(o.organisation, o.text) for o in orgs] == [(organisation, words)]
    assert isinstance(orgs[0], OrgStatement) and orgs[0].as_dict()["organisation"] == organisation


def test_documents_and_meetings_are_not_speakers():
    text = (
        "會議指出，領導經濟工作必須尊重客觀實際。\n"
        "文章說，近年中國線上經濟蓬勃發展。\n"
        "通報指，第二天早上事主與客戶聯絡。"
    )
    assert extract_quotes(text) == ([], [])


# --- Nothing to find ------------------------------------------------------------------------------


@pytest.mark.parametrize("article_id", ["gne-021news-1"])
def test_article_without_quotes_gives_none(article_id):
    assert extract_quotes(ARTICLES[article_id]["text"]) == ([], [])


def test_traditional_text_without_quotes_gives_none():
    text = (
        "黑龍江近日連續打破低溫紀錄，大興安嶺漠河市更錄得-49.7℃，迎來50年來最冷一天。\n經濟成本及政治風險增加"
    )
    assert extract_quotes(text) == ([], [])


def test_headline_with_a_colon_is_not_a_quotation():
    assert extract_quotes("马云：好的创新不怕监管 怕用昨天方式监管") == ([], [])


# --- Bylines ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "新华社巴黎12月9日电（记者唐霁）法国航空公司表示，10日将取消四分之一的国内航班。",
        "阿里巴巴表示，将强化依法经营。\n記者：王小明 責編：何平",
        "阿里巴巴表示，将强化依法经营。\n撰稿：李明 编辑：陈冬",
    ],
)
def test_byline_people_are_never_speakers(text):
    quotes, orgs = extract_quotes(text)
    names = {q.speaker for q in quotes}
    assert not names & {"唐霁", "王小明", "何平", "李明", "陈冬"}
    assert len(orgs) == 1


def test_normalise_name_matches_across_scripts():
    assert normalise_name("馬雲") == normalise_name("马云") == "马云"
    assert normalise_name("Ｍ") == "M"


def test_quote_as_dict_has_every_field():
    quotes, _ = extract_quotes("时事评论人士张涛认为，前景不明。")
    assert quotes[0].as_dict() == {
        "speaker": "张涛",
        "role": "时事评论人士",
        "text": "前景不明",
        "verb": "认为",
        "direct": False,
        "start": 11,
        "end": 15,
        "speaker_start": 6,
        "speaker_end": 8,
    }


# --- Name validation and the end of the reported words ----------------------------------------------


def test_time_word_is_not_a_name():
    quotes, _ = extract_quotes("山東濟南市勞動保障監察部門，周一說已介入調查。")
    assert all(q.speaker != "周一" for q in quotes)


@pytest.mark.parametrize(
    ("text", "speaker", "role", "words"),
    [
        (
            "與周筱贇相識十年，同樣是律師的王才亮認為執法人員剝奪律師會見的權利。",
            "王才亮",
            "律師",
            "執法人員剝奪律師會見的權利",
        ),
        (
            "雖然馬雲曾指「跟趙薇不熟、見面不超過10次」，但外界仍質疑。",
            "馬雲",
            None,
            "跟趙薇不熟、見面不超過10次",
        ),
        (
            "從事互聯網分析的艾媒咨詢創始人兼CEO張毅認為，社交軟件都要拿到使用許可證。",
            "張毅",
            "艾媒咨詢創始人兼CEO",
            "社交軟件都要拿到使用許可證",
        ),
        ("有內地用家Ｍ（化名）認為，現有公共平台沒有這些。", "Ｍ", "內地用家", "現有公共平台沒有這些"),
        (
            "以聯合主席身份與會的馬雲表示，創新對監管的挑戰越來越大。",
            "馬雲",
            "聯合主席",
            "創新對監管的挑戰越來越大",
        ),
    ],
)
def test_speaker_constructions(text, speaker, role, words):
    quotes, _ = extract_quotes(text)
    assert [(q.speaker, q.role, q.text) for q in quotes] == [(speaker, role, words)]


@pytest.mark.parametrize(
    ("text", "role", "words"),
    [
        (
            "帖文說浪潮是國企，引來網民質疑國企是否為所欲為，不少人直接反問是否有病。",
            "網民",
            "國企是否為所欲為",
        ),
        (
            "有員工透露加班文化一直存在，但他們沒有加班費，惹來集團違法的質疑。",
            "員工",
            "加班文化一直存在，但他們沒有加班費",
        ),
        ("美國駐港總領事館發言人以「暫不評論」回應。", "美國駐港總領事館發言人", "暫不評論"),
        ("港澳辦發言人稱，「這是非法操控。」", "港澳辦發言人", "這是非法操控。"),
    ],
)
def test_anonymous_constructions_and_the_end_of_the_words(text, role, words):
    quotes, _ = extract_quotes(text)
    assert [(q.speaker, q.role, q.text) for q in quotes] == [(None, role, words)]


def test_paraphrase_stops_where_the_narrative_resumes():
    text = "議員梁繼昌上周五向記者表示，上周四收到律師信，已交律師處理，他未有透露律師信的內容。"
    quotes, _ = extract_quotes(text)
    assert [(q.speaker, q.text) for q in quotes] == [("梁繼昌", "上周四收到律師信，已交律師處理")]


def test_sentence_opening_with_you_zhi_continues_the_last_speaker():
    text = "有自稱滴滴前員工發文指，曾被送去飯局。更指與阿里事件差別在於紀委幹部有份。"
    quotes, _ = extract_quotes(text)
    assert [(q.role, q.verb, q.text) for q in quotes] == [
        ("滴滴前員工", "發文指", "曾被送去飯局"),
        ("滴滴前員工", "指", "與阿里事件差別在於紀委幹部有份"),
    ]


# --- The labelled set ------------------------------------------------------------------------------


def test_gold_set_is_real_text_in_both_scripts_with_a_fresh_heldout26_part():
    gold = load_gold()
    assert {a["split"] for a in gold} == {"dev", "heldout26"}
    heldout26 = [a for a in gold if a["split"] == "heldout26"]
    assert len(heldout26) >= 24 and sum(len(a["quotes"]) for a in heldout26) >= 300
    assert sum(a["script"] == "Hans" for a in heldout26) >= 12
    assert {a["script"] for a in gold} == {"Hans", "Hant"}
    for article in gold:
        for item in article["quotes"] + article["org_statements"]:
            assert article["text"][item["start"] : item["end"]] == item["text"]
        assert all(0 <= i < article["text"].count("\n") + 1 for i in article.get("block_quotes", []))


@pytest.mark.parametrize(
    "folder, count",
    [
        ("heldout7", 15),
        ("heldout8", 15),
        ("heldout9", 15),
        ("heldout10", 15),
        ("heldout11", 20),
        ("heldout12", 20),
        ("heldout13", 20),
        ("heldout14", 20),
        ("heldout15", 20),
        ("heldout16", 20),
        ("heldout17", 20),
        ("heldout18", 20),
        ("heldout19", 20),
        ("heldout20", 20),
        ("heldout21", 20),
        ("heldout22", 20),
        ("heldout23", 20),
        ("heldout24", 12),
        ("heldout25", 24),
        ("heldout26", 24),
    ],
)
def test_mirror_articles_are_the_archive_body_of_their_kept_source_file(folder, count):
    """heldout7 to heldout25 (now dev) and heldout26 come from the full hkcnews mirror (not the corpus
    sample); their source files are kept in tests/fixtures/quotes/<folder>/ and the labelled text is
    what the archive stores."""
    from opencc import OpenCC

    from pipelines.process import process_file

    t2s = OpenCC("t2s")  # the labellers' conversion of the -t2s articles
    kept = {path.name: path for path in (GOLD.parent / folder).glob("*.md")}
    articles = [
        a for a in load_gold() if Path(a["source_file"]).name in kept and "hkarchivist" in a["source_file"]
    ]
    assert len(articles) == count
    for article in articles:
        body = process_file(kept[Path(article["source_file"]).name])["body_text"]
        assert article["text"] == (t2s.convert(body) if article["id"].endswith("-t2s") else body)


def test_heldout26_shares_no_article_with_dev():
    """Several hkcnews articles are copies of each other or of the replay pages: compare 8-grams."""

    def grams(text: str) -> set[str]:
        text = to_simplified(text)
        return {text[i : i + 8] for i in range(len(text) - 8)}

    gold = load_gold()
    dev = [grams(a["text"]) for a in gold if a["split"] == "dev"]
    for article in gold:
        if article["split"] == "heldout26":
            own = grams(article["text"])
            assert max(len(own & other) for other in dev) < 0.2 * len(own), article["id"]


def test_heldout26_does_not_fall_below_measured_floor():
    """The issue targets on held-out data (speaker precision >= 0.92, recall >= 0.88, role accuracy
    >= 0.85, quote-span F1 >= 0.85) are NOT all met. heldout26 (labelled by six separate passes that
    never ran or read the extractor, scored after round 26) measured speakers P/R 0.875/0.787, role
    accuracy 0.873, span F1 0.777 (see the README); this asserts those figures less 0.02 so that they
    do not regress."""
    results = evaluate(with_throughput=False)["heldout26"]
    assert results["speakers"]["precision"] >= 0.85
    assert results["speakers"]["recall"] >= 0.76
    assert results["role_accuracy"] >= 0.85
    assert results["spans"]["f1"] >= 0.75


def test_dev_does_not_fall_below_measured_floor():
    """dev now holds heldout3 to heldout25 too (their errors were listed in rounds 4 to 26)."""
    results = evaluate(with_throughput=False)["dev"]
    assert results["speakers"]["precision"] >= 0.92
    assert results["speakers"]["recall"] >= 0.88
    assert results["role_accuracy"] >= 0.91
    assert results["spans"]["f1"] >= 0.82


# --- Generalising rules (sentences from the gold texts; each also checked in the other script) -------


def _both_scripts(text: str) -> list[str]:
    return [text, to_simplified(text) if text != to_simplified(text) else to_traditional(text)]


def _both_scripts_expecting(text: str, *expected: object) -> list[tuple]:
    """Parametrize cases: the sentence in each script, with the same expectations for both."""
    return [(version, *expected) for version in _both_scripts(text)]


def _quoted_fields(text: str, *fields: str) -> list[tuple]:
    """The named fields of each quotation extracted from ``text`` (⏎ marks a paragraph break), text in
    Simplified script."""
    quotes, _ = extract_quotes(text.replace("⏎", "\n"))
    return _in_simplified(quotes, *fields)


def _organisations_only(text: str, *fields: str) -> list[tuple]:
    """The named fields of each organisation statement in ``text``, which must hold no person's quote."""
    quotes, orgs = extract_quotes(text)
    assert not quotes
    return _in_simplified(orgs, *fields)


def _people_only(text: str, *fields: str) -> list[tuple]:
    """The named fields of each quotation in ``text``, which must hold no organisation statement."""
    quotes, orgs = extract_quotes(text)
    assert not orgs
    return _in_simplified(quotes, *fields)


def _in_simplified(records: list, *fields: str) -> list[tuple]:
    """The named fields of each record, text in Simplified script (None stays None), so that one
    expectation holds for the sentence in either script."""
    values = [[getattr(record, field) for field in fields] for record in records]
    return [tuple(to_simplified(v) if isinstance(v, str) else v for v in row) for row in values]


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "建制派方面，民建聯劉國勳認為，梁君彦在一地兩檢議會議上的表現「好克制」。"
        "飲食界張宇人表示，「言論自由又係咪絕對？」"
    ),
)
def test_party_or_sector_before_a_name_is_the_role(text):
    quotes, orgs = extract_quotes(text)
    assert not orgs
    assert [(normalise_name(q.speaker), normalise_name(q.role)) for q in quotes] == [
        ("刘国勋", "民建联"),
        ("张宇人", "饮食界"),
    ]


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "總編輯張潔平指出，這反映部分港人對內地恐懼。"
        "不過，張潔平反覆強調，《端》還沒有死，會繼續做下去。"
        "張潔平半開玩笑地說，台灣同業說《端》台灣新聞做得真差。"
    ),
)
def test_known_person_with_an_adverbial_before_the_verb(text):
    quotes, _ = extract_quotes(text)
    assert [normalise_name(q.speaker) for q in quotes] == ["张洁平"] * 3
    assert to_simplified(quotes[1].text) == "《端》还没有死，会继续做下去"


def test_two_surname_name_and_its_short_form():
    text = (
        "不過，葉劉希望社會諒解，並指自己過去推銷23條時，都曾講過希特拉是民選上台的言論。\n"
        "當日有份出席警察特別會員大會的葉劉淑儀稱，警員言論間提及猶太大屠殺。\n"
        "當時葉劉淑儀就反駁稱：「希特拉都係民主選舉上台。」"
    )
    quotes, _ = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["葉劉淑儀"] * 3


def test_form_of_address_before_a_name_is_an_alias():
    text = (
        "曾太鮑笑薇今日首度開腔，在庭外見記者回應判刑，稱「今日是好黑暗的日子。」"
        "曾太向記者發表聲明：「我們會上訴。」"
    )
    quotes, _ = extract_quotes(text)
    assert [(q.speaker, q.role, q.text) for q in quotes] == [
        ("鮑笑薇", None, "今日是好黑暗的日子。"),
        ("鮑笑薇", None, "我們會上訴。"),
    ]


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "美國總統特朗普下令對敘利亞的目標發動空襲。"
        "特朗普在白宮對記者說，「我已下令美國軍方，對敘利亞化武有關的目標，發動精準攻擊」。"
    ),
)
def test_place_after_a_preposition_is_not_a_speaker(text):
    quotes, _ = extract_quotes(text)
    assert [normalise_name(q.speaker) for q in quotes] == ["特朗普"]


def test_question_put_to_someone_is_not_their_statement():
    text = "有記者高聲問曾蔭權是否認為刑期太重及會否上訴，曾蔭權沒有回應。"
    assert extract_quotes(text) == ([], [])


@pytest.mark.parametrize(
    "text",
    _both_scripts("據員工透露，《端》大股東蔡華今日在員工大會上表示，去年10月起尋找新投資者，但近日告吹。"),
)
def test_cited_source_relaying_a_statement_is_not_the_speaker(text):
    quotes, _ = extract_quotes(text)
    assert [(normalise_name(q.speaker), normalise_name(q.role)) for q in quotes] == [("蔡华", "《端》大股东")]
    assert to_simplified(quotes[0].text) == "去年10月起寻找新投资者，但近日告吹"


def test_second_verb_of_the_same_subject_stays_in_the_record():
    """One record per speaker clause: a later verb with no new subject (，反问…, ，又称…) continues
    the words; a clause naming the speaker again (，他思考数秒后…) is narrative and ends them."""
    text = (
        "民建联刘国勋认为，梁君彦的表现「好克制」，他思考数秒后，补上「做得好好」的赞赏，"
        "称主席主持会议的权力来自《基本法》及议事规则，反问梁君彦是否有违反议事规则，「反对派心知肚明」。"
    )
    quotes, _ = extract_quotes(text)
    assert [(q.speaker, q.verb, q.text) for q in quotes] == [
        ("刘国勋", "认为", "梁君彦的表现「好克制」"),
        (
            "刘国勋",
            "称",
            "主席主持会议的权力来自《基本法》及议事规则，反问梁君彦是否有违反议事规则，「反对派心知肚明」",
        ),
    ]


def test_words_before_a_colon_and_the_block_paragraph_after_it():
    text = (
        "內地律師范辰亦指留意到近日有不少判決書突然下架。"
        "他猜測撤回判決書的行動可能是與山東省濟南中級法院上個月爆出有3個法官受賄罪成有關：\n"
        "因為揭露了有法官貪腐、有律師行賄，這個事情也引起了社會廣泛討論。"
    )
    quotes, _ = extract_quotes(text)
    assert [(q.speaker, q.verb) for q in quotes] == [("范辰", "指"), ("范辰", "猜測"), ("范辰", "")]
    assert quotes[2].text.startswith("因為揭露了") and quotes[2].direct


def test_anonymous_role_is_cut_after_you_and_a_list_of_quotations_is_kept():
    text = (
        "澎湃新闻网有网民留言说，「啥？我们需要吃美国大米？」、「抵制美货，吃中国粮食！」"
        "对于日本新潟大米输华，网民称「谁认为安全谁去买」。"
    )
    quotes, _ = extract_quotes(text)
    assert [(q.speaker, q.role, q.text) for q in quotes] == [
        (None, "网民", "「啥？我们需要吃美国大米？」、「抵制美货，吃中国粮食！」"),
        (None, "网民", "谁认为安全谁去买"),
    ]


# Round 4 rules. The texts are sentences of real hkcnews articles (shared/corpus/hkcnews-sample,
# the heldout3 articles 24031, 37165, 23029, 1181, 8991, 48422, 32646), shortened where marked "…".


def test_ordinary_words_after_a_role_are_not_names():
    """投资 and 先进行 begin with surnames (投? no: 房/史/先); jieba's dictionary says they are words."""
    text = (
        "盈富基金今日發出公告表示，由1月11日起將不再對受美國制裁企業進行新的投資，並指基金不再適合美國人士投資。"
        "資深大律師潘熙列舉多國毋須跨性別人士先進行手術便可更改性別，認為有可行機制供人事登記處使用。"
    )
    quotes, _ = extract_quotes(text)
    speakers = {q.speaker for q in quotes}
    assert "投資" not in speakers and "先進行" not in speakers
    assert "潘熙" in speakers


def test_transliterated_name_with_its_latin_original_is_a_person():
    text = (
        "其後，火箭隊老闆費爾蒂塔（Tilman Fertitta）在Twitter說，莫雷的貼文不代表休斯頓火箭隊，"
        "又稱「我們不是政治組織」。"
    )
    quotes, _ = extract_quotes(text)
    assert [(q.speaker, q.role, q.verb) for q in quotes] == [("費爾蒂塔", "火箭隊老闆", "說")]
    assert quotes[0].text == "莫雷的貼文不代表休斯頓火箭隊，又稱「我們不是政治組織」"


def test_roles_keep_words_that_contain_connectors():
    text = (
        "有組織罪案及三合會調查科高級警司李桂華在昨日的警方記者會表示，案件由新界北總區重案組負責。"
        "此前一天，休斯頓火箭隊所在的德州的共和黨參議員克魯茲（Ted Cruz）"
        "已在Twitter回應，斥責NBA「可恥地退縮」。"
    )
    quotes, _ = extract_quotes(text)
    assert [(q.speaker, q.role) for q in quotes][:2] == [
        ("李桂華", "有組織罪案及三合會調查科高級警司"),
        ("克魯茲", "共和黨參議員"),
    ]


def test_relatives_named_by_kinship_and_nicknames():
    text = (
        "至於對福建省原福安市市長林小楠的姐姐林小青而言，堅持聯署及以不同途徑伸冤，不是志在成不成功。\n"
        "林小楠在今年四月二審受賄罪成，判監10年半。當時他弟弟林小華接受我們訪問，指哥哥被辦案人員逼迫造假證。"
        "林小青指距離弟弟二審宣判超過半年，全家至今沒有放棄舉報不法人員。\n"
        "「腸粉大皇」新哥擺檔賣腸粉30多年，他說：「租金高昂，怎麼辛苦工作都只是在交租。」"
    )
    quotes, _ = extract_quotes(text)
    assert [(q.speaker, q.role) for q in quotes] == [
        ("林小華", "弟弟"),
        ("林小青", "姐姐"),
        ("新哥", "「腸粉大皇」"),
    ]


def test_courtroom_sides_speak_anonymously():
    text = "辯方披露，曾氏夫婦的聯名戶口平均結餘高達2500萬元。控方指出，一筆35萬元現金存入戶口。"
    quotes, _ = extract_quotes(text)
    assert [(q.speaker, q.role, q.verb) for q in quotes] == [(None, "辯方", "披露"), (None, "控方", "指出")]


def test_translation_gloss_stays_with_the_quotation():
    text = (
        "美國國務卿蓬佩奧說，「我們不希望各公司成為同謀」（we don’t want companies to be complicit）。"
        "他說，清潔網絡會保護美國人的資料。"
    )
    quotes, _ = extract_quotes(text)
    assert quotes[0].text == "「我們不希望各公司成為同謀」（we don’t want companies to be complicit）"
    assert quotes[0].direct


def test_role_and_name_before_a_colon_and_the_next_paragraph():
    text = (
        "眾新聞聯絡數位聯署者，普遍覺得聯署不會改變現實。包括福建古雷二期案家屬王小霜：「我聯名心裡面有甚麼期待？」\n"
        "「因為說實在的上面的政策非常好，下面的整體亂掉了。」\n"
        "王小霜的丈夫是原福建省漳州市發改委副主任李益民。"
    )
    quotes, _ = extract_quotes(text)
    assert [(q.speaker, q.role, q.verb) for q in quotes] == [
        ("王小霜", "福建古雷二期案家屬", ""),
        ("王小霜", "福建古雷二期案家屬", ""),
    ]


def test_surname_with_an_adverb_and_a_time_clause_verb():
    """何另透露 is 何耀强 going on; 回答相关问题时 is when he spoke, not what he said."""
    text = (
        "辯方今天盤問東亞銀行總行高級經理何耀強時披露，曾氏夫婦的聯名戶口平均結餘高達2500萬元。\n"
        "於1969年加入東亞銀行的何耀強，自2010年起為東亞銀行總行的高級經理，處理的客戶包括曾蔭權夫婦。\n"
        "何指出，當時人民幣升值及利息高。何另透露，在正常情況下，當曾太抵達銀行，他會親自款待。\n"
        "李桂華昨日回答相關問題時，突然就「警黑勾結」的指控稱：「以我所知，系有其他執法部門睇緊呢個問題。」"
    )
    quotes, _ = extract_quotes(text)
    assert ("何耀強", "透露") in [(q.speaker, q.verb) for q in quotes]
    assert "回答" not in [q.verb for q in quotes]


# --- Round 5: from the errors of heldout4 (which therefore joins dev) ------------------------------


def test_speaker_named_again_by_surname_starts_a_record_of_its_own():
    """劉指 inside 劉祉鋒's words, 王同意並表示 inside the barrister's question (hkcnews 14303, 45740)."""
    text = (
        "綠惜地球總幹事劉祉鋒解釋，一些市民不理解環保飲管特點，例如市民會覺得紙飲管容易溶，劉指，"
        "質素較高的紙飲管，起碼在1小時內都不會溶。"
    )
    quotes, _ = extract_quotes(text)
    assert [(q.speaker, q.verb, q.text) for q in quotes] == [
        ("劉祉鋒", "解釋", "一些市民不理解環保飲管特點，例如市民會覺得紙飲管容易溶"),
        ("劉祉鋒", "指", "質素較高的紙飲管，起碼在1小時內都不會溶"),
    ]
    court = ARTICLES["hkcnews-45740"]["text"]
    quotes, _ = extract_quotes(court)
    asked = next(q for q in quotes if q.text.startswith("2014年迷你倉"))
    assert asked.speaker == "譚俊傑" and asked.text == "2014年迷你倉曾將大門更換為不銹鋼製"


def test_transcript_lines_and_barristers_by_title():
    """`譚大狀：…` / `王：專家` lines are direct quotes of people met earlier; 王岱供稱 is 王岱 + 供稱;
    a subheading `學者：…` is no quotation."""
    quotes, _ = extract_quotes(ARTICLES["hkcnews-45740"]["text"])
    lines = [(q.speaker, q.text) for q in quotes if q.verb == ""]
    assert ("譚俊傑", "倉門向外開嘅設計，係邊個決定？") in lines
    assert ("王岱", "專家") in lines and ("王岱", "唔記得") in lines
    assert {q.speaker for q in quotes} >= {"王岱", "譚俊傑", "伍健民"}
    assert not {"王岱供", "譚大狀", "譚追問", "王僅"} & {q.speaker for q in quotes}
    subheading = "香港大學法律學院教授表示，國安法影響深遠。\n學者：造成國家安全隱患\n"
    assert all(q.text != "造成國家安全隱患" for q in extract_quotes(subheading)[0])


def test_a_word_across_the_surname_is_no_name_and_mr_surname_alone_is_the_speaker():
    """了解事件 is no 解事件 (48720); 李先生, never named in full, speaks as 李先生 (41154)."""
    text = "店主指客人不停催促，警方了解事件稱，警隊一直重視人員的操守和行為。"
    quotes, _ = extract_quotes(text)
    assert "解事件" not in {q.speaker for q in quotes}
    quotes, _ = extract_quotes(ARTICLES["hkcnews-41154"]["text"])
    assert "李先生" in {q.speaker for q in quotes}
    assert to_simplified(SEED) and "张先生" not in {q.speaker for q in extract_quotes(SEED)[0]}


def test_words_are_not_cut_at_nouns_of_speech_or_at_reporters_as_objects():
    """說法 is no verb of another source; 辨別記者 / 不應當記者 are no reporter speaking (15863, 30133)."""
    text = "廣播處長梁家榮表示，他當時向其同事指，在他記憶沒有該句說話，但有類似說法，有關說法說了很多年。"
    (quote,) = extract_quotes(text)[0]
    assert quote.text.endswith("有關說法說了很多年")
    text = "記協主席楊健興形容，整個會面雙方都說得很坦白，談及執行時遇到的困難，亦提及辨別記者的問題。"
    (quote,) = extract_quotes(text)[0]
    assert quote.text.endswith("亦提及辨別記者的問題")


def test_a_new_speaker_right_after_a_closing_mark_ends_the_quotation():
    """伍大狀質疑：「…」王在多番追問下謂：「…」 (hkcnews 45740); 「…」，又指「…」 stays one record."""
    quotes, _ = extract_quotes(ARTICLES["hkcnews-45740"]["text"])
    challenge = next(q for q in quotes if q.verb == "質疑" and q.speaker == "伍健民")
    assert challenge.text == "你完全冇考慮間咁多間會唔會太密集？"
    reply = next(q for q in quotes if q.text == "個客要求我梗係做。")
    assert reply.speaker == "王岱" and reply.verb == "謂"
    assert any(q.text == "「都係跟專家指引」，又指「全世界迷你倉都係咁做」" for q in quotes)


def test_titles_surnames_and_survey_findings_from_heldout4():
    """大臣 ends a role, 酈 is a surname, 衞生與公共服務部長 is one title (hkcnews 6450, 29428);
    說法 after 認為 is a noun (32161); a share of survey respondents is a finding (14303)."""
    quotes, _ = extract_quotes(ARTICLES["hkcnews-6450"]["text"])
    assert people(quotes)["田銘祺"] == {"英國外交部亞太事務國務大臣"}
    quotes, _ = extract_quotes(ARTICLES["hkcnews-29428"]["text"])
    assert people(quotes)["艾薩"] == {"美國衛生與公共服務部長"}
    assert "酈英傑" in people(quotes)
    quotes, _ = extract_quotes(ARTICLES["hkcnews-32161-t2s"]["text"])
    assert ("陈肇始", "认为", "说法无证据") in [(q.speaker, q.verb, q.text) for q in quotes]
    survey = "調查結果顯示，有六成六（66%）受訪者認為社會現時用得太多即棄塑膠。一名受訪者表示，他很少用飲管。"
    quotes, _ = extract_quotes(survey)
    assert [(q.role, q.text) for q in quotes] == [("受訪者", "他很少用飲管")]


# --- Round 6: from the errors of heldout5 (which therefore joins dev) ------------------------------


def test_a_quotation_standing_as_a_sentence_after_a_comma_continues_the_speaker():
    """黎女士 (hkcnews 31858): …選擇走上街頭，「有一種憤怒，想尋求公義。」 is hers; 文章指，「…」 has a verb
    of its own and 《條例》第60條，「…」 is a document, so neither is given to the last speaker."""
    quotes, _ = extract_quotes(ARTICLES["hkcnews-31858"]["text"])
    assert ("黎女士", "", "有一種憤怒，想尋求公義。") in [(q.speaker, q.verb, q.text) for q in quotes]
    for text in _both_scripts(
        "黎女士說，她以前係一個順民。於是這個昔日的「順民」選擇走上街頭，「有一種憤怒，想尋求公義。」"
    ):
        quotes, _ = extract_quotes(text)
        assert quotes[-1].verb == "" and to_simplified(quotes[-1].text) == "有一种愤怒，想寻求公义。"
    document = (
        "黎女士說，她支持。根據《香港澳門關係條例》第60條，"
        "「本條例施行後，香港或澳門情況發生變化，得停止適用。」"
    )
    assert [q.text for q in extract_quotes(document)[0]] == ["她支持"]


def test_a_quotation_joined_by_a_comma_stays_in_the_record():
    """老闆娘稱，…巡查，「以前幾個月一次…。」 is one record (hkcnews 31858); so is 「…」，「…」 (words of
    hkcnews 24132, sentence put together by hand)."""
    quotes, _ = extract_quotes(ARTICLES["hkcnews-31858"]["text"])
    inspection = next(q for q in quotes if "以前幾個月一次" in q.text)
    assert inspection.text == "立法後警方和食環署經常到餐廳巡查，「以前幾個月一次，而家一個星期一次。」"
    assert inspection.role == "老闆娘" and inspection.verb == "稱" and inspection.direct
    text = "美國總統特朗普表示，「這是一個如此大的協議，是要分階段處理」，「這樣，你將有兩個階段」。"
    (quote,) = extract_quotes(text)[0]
    assert quote.text == "「這是一個如此大的協議，是要分階段處理」，「這樣，你將有兩個階段」"


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "李志宏表示會留任。他亦希望香港人體諒其他決定辭職的區議員，因為每個人所能夠承擔的風險都不一樣。"
        "馬仲儀表示，如有機會預約到，她也希望可接種復星疫苗。"
    ),
)
def test_hope_is_a_verb_after_a_person_but_never_ends_someones_words(text):
    """他亦希望… (hkcnews 43232) is a record; 她也希望… inside 馬仲儀's words (38312) is not."""
    quotes, _ = extract_quotes(text)
    assert [q.verb for q in quotes] == ["表示", "希望", "表示"]
    assert quotes[2].text.endswith(("希望可接種復星疫苗", "希望可接种复星疫苗"))


def test_hope_at_a_clause_head_continues_the_sentence_subject_but_a_demand_in_a_letter_does_not():
    """柯文哲…發布徵召令，希望… (41491) is his; 蔡耀昌收到…律師信，要求… (46558) is the letter's."""
    quotes, _ = extract_quotes(ARTICLES["hkcnews-41491-t2s"]["text"])
    hope = ("柯文哲", "希望", "退休医护人员能回到一线帮忙协助防疫")
    assert hope in [(q.speaker, q.verb, q.text) for q in quotes]
    quotes, _ = extract_quotes(ARTICLES["hkcnews-46558"]["text"])
    assert all(q.verb != "要求" for q in quotes)


def test_people_known_by_a_form_of_address_a_nickname_or_a_pseudonym():
    """黃太 (31998), May姐 and 麥家蕾（阿Cat） (6436), 小黃人（化名）, 創辦人之一 (42010)."""
    quotes, _ = extract_quotes(ARTICLES["hkcnews-31998-t2s"]["text"])
    assert ("黄太", "认为") in [(q.speaker, q.verb) for q in quotes]
    quotes, _ = extract_quotes(ARTICLES["hkcnews-6436"]["text"])
    speakers = {q.speaker for q in quotes}
    assert {"May姐", "麥家蕾", "李浩鈞"} <= speakers and not {"阿Cat", "Jackey"} & speakers
    quotes, _ = extract_quotes(ARTICLES["hkcnews-42010"]["text"])
    assert people(quotes)["小黃人"] == {"「懲罰Mee」創辦人之一"}
    short = "陳樂（Kelvin）。陳樂（阿樂）表示，不會受事件影響。"  # hand-made: two-character names, no crash
    assert [q.speaker for q in extract_quotes(short)[0]] == ["陳樂"]
    for text in _both_scripts("「懲罰Mee」創辦人之一小黃人（化名）接受訪問指，沒有人想以食黃店當抗爭。"):
        (quote,) = extract_quotes(text)[0]
        assert quote.speaker in ("小黃人", "小黄人") and quote.verb == "指"


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "港大學生會時任會長馮敬恩及外務副會長李峰琦昨日判刑。李峰琦表示不會參與示威。"
        "前民陣召集人陳皓桓、社民連梁國雄等7人被控。梁國雄說：「我們認罪。」"
        "財經事務及庫務局局長許正宇去信抗議，稱報導含沙射影。"
    ),
)
def test_roles_after_another_person_in_the_same_description(text):
    """會長馮敬恩及外務副會長李峰琦 (7068), 陳皓桓、社民連梁國雄 (44564); 許正宇去信抗議，稱 (48656)."""
    quotes, _ = extract_quotes(text)
    roles = [to_simplified(q.role or "") for q in quotes]
    assert [to_simplified(q.speaker or "") for q in quotes] == ["李峰琦", "梁国雄", "许正宇"]
    assert roles == ["外务副会长", "社民连", "财经事务及库务局局长"]


# --- Round 7: block quotations, a verb closing its paragraph, a quotation after the person's clause --


BLOCK_QUOTE_MIRROR = """---
title: "國安法下的香港"
date: "2020-06-20"
author: "眾新聞記者"
---

《國安法》通過後，葉健民說雖然未必即時大搜捕或衝擊經濟，但已傷害香港百多年來努力建立國際城市的面貌。

> **頭上這把刀，大家都會小心，包括在香港外國記者。恐怖的氣氛好快出現，我們都不敢去行使我們的自由。**

張炳良說：

香港通過《國安法》，對北京來說，這只是起點。
"""  # hand-made mirror post around sentences of hkcnews 31475; the `>` paragraph is a block quotation


def test_a_block_quotation_continues_the_last_speaker_and_a_verb_ending_its_paragraph_takes_the_next():
    from pipelines.process import annotate, process_mirror

    record = annotate(process_mirror(BLOCK_QUOTE_MIRROR))
    assert record["block_quotes"] == [
        "頭上這把刀，大家都會小心，包括在香港外國記者。恐怖的氣氛好快出現，我們都不敢去行使我們的自由。"
    ]
    quotes = [(q["speaker"], q["text"][:6], q["direct"]) for q in record["quotes"]]
    assert quotes == [
        ("葉健民", "雖然未必即時", False),
        ("葉健民", "頭上這把刀，", True),
        ("張炳良", "香港通過《國", True),
    ]
    body = record["body_text"]  # without the page's markup the paragraph is nobody's words
    assert [q.speaker for q in extract_quotes(body)[0]] == ["葉健民", "張炳良"]


@pytest.mark.parametrize("article_id", ["hkcnews-49635", "hkcnews-44107-t2s"])
def test_a_quotation_after_a_clause_about_the_person_is_theirs(article_id):
    """前中大學生會會長楊政賢更在草叢中尋到民女的碎石，…時期，「…」 (49635); 他再次运动时却发现肌肉出现
    问题，「…」 (44107): the clause names the speaker and has no speech verb (问 in 问题 is none)."""
    quotes, _ = extract_quotes(ARTICLES[article_id]["text"])
    found = {(q.speaker, q.text[:8]) for q in quotes}
    expected = {
        "hkcnews-49635": ("楊政賢", "民女見證住每一代"),
        "hkcnews-44107-t2s": ("Rizzy", "我一踢波打篮球一"),
    }
    assert expected[article_id] in found


@pytest.mark.parametrize(
    "text",
    _both_scripts("小花奶奶说，老师从小花眼睛里取出不少纸片。不过，其奶奶指出，老师这是为方便监管小刚。"),
)
def test_relatives_known_only_by_kinship_are_anonymous_speakers_with_that_role(text):
    """小花奶奶说 / 其奶奶指出 (ifeng): no name, the kinship phrase is the role."""
    quotes, _ = extract_quotes(text)
    assert [(q.speaker, to_simplified(q.role or "")) for q in quotes] == [(None, "小花奶奶"), (None, "奶奶")]


def test_an_interview_answer_goes_on_over_its_paragraphs_until_the_next_question():
    """問：…⏎莊：…⏎… (hkcnews 10022): every paragraph of an answer is 莊耀洸's; questions are nobody's."""
    article = ARTICLES["hkcnews-10022"]
    quotes, _ = extract_quotes(article["text"])
    interview = article["text"].index("問：記者；莊：莊耀洸")
    answers = [q for q in quotes if q.start > interview]
    assert {q.speaker for q in answers} == {"莊耀洸"} and all(q.direct for q in answers)
    assert any(q.text.startswith("問題是，在執行上只有社署和警方") for q in answers)
    assert any(q.text.startswith("外國的法律對懷疑虐兒的情況") for q in answers)
    assert not any("現行機制有否解決方法" in q.text for q in answers)


def test_reported_words_end_where_someone_else_speaks_after_a_semicolon_or_the_speaker_speaks_again():
    """…被拖欠金額數以幾十萬計；灣仔大佛口區議員梁柏堅亦在Facebook表示… (43232) and
    …是其中一個團隊面對的困難，他無奈地嘆道，「…」 (42010): each is a record of its own."""
    quotes, _ = extract_quotes(ARTICLES["hkcnews-43232"]["text"])
    raised = next(q for q in quotes if q.verb == "提到" and q.speaker == "李文浩")
    assert raised.text.endswith("合共被拖欠金額數以幾十萬計")
    assert any(q.speaker == "梁柏堅" and q.text.startswith("不會辭任") for q in quotes)
    quotes, _ = extract_quotes(ARTICLES["hkcnews-42010"]["text"])
    moved = next(q for q in quotes if q.verb == "感慨")
    assert moved.text.endswith("是其中一個團隊面對的困難")


@pytest.mark.parametrize(
    "text",
    _both_scripts("警方拘捕壹傳媒創辦人黎智英。黎智英曾說，中國會繼續開放。中大舊生Leslie說，當時很緊張。"),
)
def test_a_role_starts_after_a_past_post_or_an_arrest_and_former_students_have_one(text):
    """拘捕壹傳媒創辦人 (42626), 中大舊生Leslie (49635); …工作30多年、現任…主席 (10022)."""
    quotes, _ = extract_quotes(text)
    roles = [to_simplified(q.role or "") for q in quotes]
    assert roles == ["壹传媒创办人", "中大旧生"]
    quotes, _ = extract_quotes(ARTICLES["hkcnews-10022"]["text"])
    assert people(quotes)["雷張慎佳"] == {"香港兒童權利委員會 主席"}  # as printed


# --- Round 8: from the errors of heldout7 ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "懲教處二級校長（教育組）蕭佩芬補充，若阿芬明年的英文科成績可達標入大學，懲教署會協助阿芬。"
    ),
)
def test_less_common_surnames_and_a_role_with_its_parenthetical(text):
    """蕭 was missing from the surnames (13500); the role keeps its bracketed unit as printed."""
    quotes, _ = extract_quotes(text)
    assert [(to_simplified(q.speaker or ""), to_simplified(q.role or "")) for q in quotes] == [
        ("萧佩芬", "惩教处二级校长（教育组）")
    ]


def test_defendants_are_roles_and_names_listed_beside_a_known_person_are_people():
    """16600: 第一被告戴耀廷說; 朱耀明 is known only from 戴耀廷、陳健民、朱耀明."""
    quotes, _ = extract_quotes(ARTICLES["hkcnews-16600"]["text"])
    found = people(quotes)
    assert found["戴耀廷"] == {"第一被告"}
    assert found["陳淑莊"] == {"第四被告"}  # not 大部分影片内容涉及第四被告
    assert ("朱耀明", "形容", "和平佔中係一個公民覺醒") in {(q.speaker, q.verb, q.text) for q in quotes}


def test_a_nickname_with_the_surname_in_brackets_stands_for_the_person():
    """20100: 朱耀明（朱牧）…⏎五人其後在法院外見傳媒，朱牧哽咽開口：「在2013年開始…」"""
    quotes, _ = extract_quotes(ARTICLES["hkcnews-20100"]["text"])
    opening = [q for q in quotes if q.verb == "開口"]
    assert [q.speaker for q in opening] == ["朱耀明"]
    assert opening[0].text.startswith("在2013年開始，我、戴耀廷、陳健民都三個人一起的")


def test_the_parties_to_a_transcribed_exchange_are_anonymous_speakers():
    """44400: 管理處：有無時間出席？⏎住戶：有⏎… ; a list of 相關報道： lines is not an exchange."""
    quotes, _ = extract_quotes(ARTICLES["hkcnews-44400"]["text"])
    lines = [(q.role, q.text) for q in quotes if q.verb == "" and q.speaker is None]
    assert lines[:3] == [
        ("管理處", "有無時間出席？"),
        ("管理處", "你出席啊？你會唔會唔出席啊？"),
        ("住戶", "唔會"),
    ]
    assert all(q.direct for q in quotes if q.role in ("管理處", "住戶") and q.verb == "")
    quotes, _ = extract_quotes(ARTICLES["hkcnews-37887"]["text"])
    assert not [q for q in quotes if q.role and "報道" in q.role]


@pytest.mark.parametrize("article_id", ["hkcnews-35300-t2s", "hkcnews-19209", "gne-huanqiu-1"])
def test_as_x_said_a_question_put_to_someone_and_quoting_another_in_ones_own_words(article_id):
    """正如广播处长梁家荣所言，… (35300); 鄭松泰問林鄭月娥，… (19209); 施志安就引用丘吉尔的话说 (huanqiu)."""
    expected = {
        "hkcnews-35300-t2s": ("梁家荣", "广播处长", "节目内容从来都是讲出真实的事情"),
        "hkcnews-19209": ("鄭松泰", "議員", "政府有否在修例前，諮詢過台灣政府、有沒有獲正式的書面回覆"),
        "gne-huanqiu-1": ("施志安", "前保守党党魁", "这是不幸之始。"),
    }[article_id]
    quotes, _ = extract_quotes(ARTICLES[article_id]["text"])
    assert expected in {(q.speaker, q.role, q.text) for q in quotes}
    assert "丘吉尔" not in people(quotes)


def test_role_cuts_before_a_call_or_a_phone_call_and_a_same_district_candidate():
    """记者致电现任法团主席吴蕙兰 (44400), 敦促首相约翰逊 (huanqiu), 同区候选人周永勤 (35300)."""
    assert people(extract_quotes(ARTICLES["hkcnews-44400"]["text"])[0])["吳蕙蘭"] == {"現任法團主席"}
    assert "敦促首相" not in people(extract_quotes(ARTICLES["gne-huanqiu-1"]["text"])[0]).get("约翰逊", set())
    assert people(extract_quotes(ARTICLES["hkcnews-35300-t2s"]["text"])[0])["周永勤"] == {"同区候选人"}


@pytest.mark.parametrize(
    "text", _both_scripts("報道引述藝術家艾未未表示，中國政府凌駕法律，不管一個人是罪犯還是無辜。")
)
def test_a_name_ending_like_a_negation_is_still_a_speaker(text):
    """15700: 艾未未表示 is not 未表示 (nothing said)."""
    quotes, _ = extract_quotes(text)
    assert [to_simplified(q.speaker or "") for q in quotes] == ["艾未未"]


# --- Round 9: heldout8's errors (it joins dev) -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "急症科醫生梁子恒表示，一分鐘後已經啟動創傷性病人機制。"
        "有陪審團亦關注梓樂體內有否吸入催淚彈煙的徵狀，但梁醫生表示，催淚煙只會留在體內30分鐘。"
    ),
)
def test_surname_and_title_name_the_one_person_of_that_surname(text):
    """36150: 梁醫生 is 梁子恒, the only 梁 named in full; with two 梁 it would stay unresolved."""
    quotes, _ = extract_quotes(text)
    assert [to_simplified(q.speaker or "") for q in quotes] == ["梁子恒", "梁子恒"]
    other = "大律師梁家傑亦表示，同意。"  # hand-made: a second 梁 makes 梁醫生 ambiguous
    other = to_simplified(other) if text == to_simplified(text) else other
    two = text.replace("。有陪", "。" + other + "有陪", 1)
    assert to_simplified(extract_quotes(two)[0][-1].speaker or "?") != "梁子恒"


def test_a_married_name_printed_once_after_a_title_and_words_ending_at_the_reaction():
    """42900: 行政长官林郑月娥就回应指 (her name printed once); 何君尧's words end before 言论惹来各方争议."""
    quotes, _ = extract_quotes(ARTICLES["hkcnews-42900-t2s"]["text"])
    replies = [q for q in quotes if q.verb == "回应指"]
    assert [(q.speaker, q.role) for q in replies] == [("林郑月娥", "行政长官")]
    criticism = next(q for q in quotes if q.speaker == "何君尧" and q.text.startswith("政府不应投放资金"))
    assert criticism.text.endswith("更谓「唔想赚呢啲污糟钱」")


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "鄧小平說即使香港可以繼續罵共產黨，但變成行動就要干預，夏寶龍則進一步說港人也要維護中國憲法。"
    ),
)
def test_a_named_person_saying_something_ends_the_previous_words(text):
    """38410: the second 說 has a subject of its own, so 鄧小平's words stop at its comma."""
    quotes, _ = extract_quotes(text)
    assert [(to_simplified(q.speaker or ""), to_simplified(q.text)) for q in quotes] == [
        ("邓小平", "即使香港可以继续骂共产党，但变成行动就要干预"),
        ("夏宝龙", "港人也要维护中国宪法"),
    ]


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "傅逸婷指，警方在完成調查工作後會交由司法機構審判，如司法機構認為有問題需要釐清，警方有責任釐清。"
    ),
)
def test_a_condition_inside_the_words_is_not_a_new_speaker(text):
    """24700: 如司法機構認為… is part of 傅逸婷's words, not the courts speaking."""
    quotes, orgs = extract_quotes(text)
    assert [to_simplified(q.text) for q in quotes] == [
        "警方在完成调查工作后会交由司法机构审判，如司法机构认为有问题需要厘清，警方有责任厘清"
    ]
    assert orgs == []


def test_a_speaker_at_an_occasion_a_question_asked_and_a_question_put_to_someone():
    """14170: 董建華出席團結香港基金午宴時指; 24700: 利君雅又質疑 (利 a surname); 36150: 研訊主任葉志康問到;
    38312: 聂德权…被问到 is a question put to him, not his words."""
    found = {(q.speaker, q.verb) for q in extract_quotes(ARTICLES["hkcnews-14170"]["text"])[0]}
    assert ("董建華", "指") in found
    found = {(q.speaker, q.verb) for q in extract_quotes(ARTICLES["hkcnews-24700"]["text"])[0]}
    assert ("利君雅", "質疑") in found
    quotes, _ = extract_quotes(ARTICLES["hkcnews-36150"]["text"])
    assert ("葉志康", "研訊主任") in {(q.speaker, q.role) for q in quotes if q.verb == "問到"}
    quotes, _ = extract_quotes(ARTICLES["hkcnews-38312-t2s"]["text"])
    assert not [q for q in quotes if q.verb == "问到"]


def test_party_affiliations_and_roles_after_someone_met_or_named_before():
    """5340: 香港众志罗冠聪表示; 与法律顾问冯秀娟等开会，冯在会后…表示 (顾问 is not 问; 冯 is her);
    8560: …Lord Pannick及立法會前法律顧問馬耀添; 45200: 到過另一名支聯會常委徐漢光."""
    found = people(extract_quotes(ARTICLES["hkcnews-5340-t2s"]["text"])[0])
    assert found["罗冠聪"] == {"香港众志"}
    assert found["冯秀娟"] == {"法律顾问"}
    assert "冯在" not in found
    assert people(extract_quotes(ARTICLES["hkcnews-8560"]["text"])[0])["馬耀添"] == {"立法會前法律顧問"}
    assert people(extract_quotes(ARTICLES["hkcnews-45200"]["text"])[0])["徐漢光"] == {"支聯會常委"}


def test_a_bare_title_names_the_one_speaker_introduced_with_it():
    """36150: 研訊主任葉志康問到… then 研訊主任問到，能否分辨… is 葉志康 again; 45200: 有人高叫：「…」
    has no speaker called 高叫; 21400: 示威者事後笑言：「我其實好驚。」"""
    quotes, _ = extract_quotes(ARTICLES["hkcnews-36150"]["text"])
    asked = {q.text: q.speaker for q in quotes if q.verb == "問到"}
    assert asked["能否分辨出是被人襲擊或從高處墮下而造成"] == "葉志康"
    assert "高叫" not in people(extract_quotes(ARTICLES["hkcnews-45200"]["text"])[0])
    quotes, _ = extract_quotes(ARTICLES["hkcnews-21400"]["text"])
    assert [(q.role, q.verb) for q in quotes if q.text == "我其實好驚。"] == [("示威者", "笑言")] * 2


def test_a_list_after_a_colon_gives_one_record_per_item_and_a_later_pronoun_speaks():
    """8560: 何沛謙…提出四大因素…：⏎item；⏎item；⏎item；⏎item。; 24700: 及後他又提到，… (胡家欣)."""
    quotes, _ = extract_quotes(ARTICLES["hkcnews-8560"]["text"])
    items = [q for q in quotes if q.verb == "" and q.speaker == "何沛謙"]
    assert [q.text[:12] for q in items] == [
        "全體委員會仿效英國下議院",
        "全體委員會與立法會有相同",
        "當法案二讀通過後，全體委",
        "立法會大會及全體委員會在",
    ]
    assert [q.direct for q in items] == [False, False, True, False]
    quotes, _ = extract_quotes(ARTICLES["hkcnews-24700"]["text"])
    assert any(q.speaker == "胡家欣" and q.text.startswith("對於警方在事件上有否責任") for q in quotes)


# --- Round 10: heldout9's errors -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "人大委員長張德江日前在北京，談到《基本法》落實時說明立場。張德江指，《基本法》要保障中央可以行使權力。"
    ),
)
def test_a_role_printed_before_a_name_that_does_not_speak_there(text):
    """4291: 人大委員長張德江日前在北京，… then 張德江指: the role printed at the first mention counts."""
    assert {
        to_simplified(k): {to_simplified(r) for r in v} for k, v in people(extract_quotes(text)[0]).items()
    } == {"张德江": {"人大委员长"}}


def test_roles_ending_in_a_title_bracket_or_a_relation():
    """26649: 末代港督彭定康; 7343: …常任秘書長（庫務）劉焱; 45340: 「關注彩明」聯絡人王太 (named by address);
    43700: 其黨友何俊賢亦稱「成何體統」、行會成員湯家驊更加入指「…」 (two speakers in one list)."""
    assert people(extract_quotes(ARTICLES["hkcnews-26649"]["text"])[0])["彭定康"] == {"末代港督"}
    assert people(extract_quotes(ARTICLES["hkcnews-7343"]["text"])[0])["劉焱"] == {
        "財經事務及庫務局常任秘書長（庫務）"
    }
    found = people(extract_quotes(ARTICLES["hkcnews-45340"]["text"])[0])
    assert found["王太"] == {"「關注彩明」聯絡人"}
    assert "難辭其咎" not in found  # 他同意作為前主席難辭其咎: an idiom, not a name
    quotes, _ = extract_quotes(ARTICLES["hkcnews-43700"]["text"])
    said = {q.text: (q.speaker, q.role) for q in quotes}
    assert said["成何體統"] == ("何俊賢", "黨友")
    assert said["我哋見過鬼怕黑呀，所以最好唔好著黑色啦，以免有人睇睇吓電視心臟病發"] == (
        "湯家驊",
        "行會成員",
    )


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "來自日本的增田佳苗，與數名朋友一同參加遊行。\n"
        "增田從事日本雜誌出版，旋即迷上香港的語言。增田提到，在日本，很多人都會學中文。增田又指，香港人很友善。"
    ),
)
def test_a_japanese_surname_alone_refers_to_the_full_name(text):
    """21137: 增田佳苗 is named in full once, then as 增田 (a Japanese surname)."""
    quotes, _ = extract_quotes(text)
    assert [(to_simplified(q.speaker), q.verb[-1]) for q in quotes] == [
        ("增田佳苗", "到"),
        ("增田佳苗", "指"),
    ]


def test_a_person_cited_by_the_speaker_is_not_the_next_pronoun():
    """11222: 祁梅娟在記者會上，引述…教授袁國勇支持山谷保育。她指，… is 祁梅娟 speaking."""
    quotes, _ = extract_quotes(ARTICLES["hkcnews-11222-t2s"]["text"])
    assert {q.speaker for q in quotes if q.text.startswith("袁国勇对白文信")} == {"祁梅娟"}


def test_a_judge_by_surname_and_title():
    """20100: 區域法院法官陳仲衡…陳官表示休庭30分鐘考慮判刑 is 陳仲衡 (surname + 官)."""
    quotes, _ = extract_quotes(ARTICLES["hkcnews-20100"]["text"])
    assert [q.speaker for q in quotes if q.text == "休庭30分鐘考慮判刑"] == ["陳仲衡"]


@pytest.mark.parametrize("text", _both_scripts("檢疫中心職員初時指因離營人數眾多，需時安排。"))
def test_a_speaker_who_first_said(text):
    """41154: 檢疫中心職員初時指… (初時 between speaker and verb)."""
    quotes, _ = extract_quotes(text)
    assert [(q.speaker, to_simplified(q.role)) for q in quotes] == [(None, "检疫中心职员")]


def test_a_latin_pseudonym_is_kept_whole():
    """35047: Sally（化名）…她很坦白說… is Sally, not "lly"."""
    found = people(extract_quotes(ARTICLES["hkcnews-35047"]["text"])[0])
    assert "Sally" in found
    assert "lly" not in found


def test_a_preposition_before_a_common_word_is_not_a_name():
    """47420: 支聯會只是向公眾表示「…」: 向 is "to", not the surname of someone called 向公眾."""
    assert "向公众" not in people(extract_quotes(ARTICLES["hkcnews-47420-t2s"]["text"])[0])


# --- Round 11: heldout10's errors ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "西灣河居民對增設自助圖書站表示歡迎。周女士喜歡閱讀，她今天特地坐輪椅來到拍照，"
        "「因為想通知朋友，西灣河終於有個圖書站。」讀小六的溫同學指，平時要等圖書車來才能借書。"
        "文員楊先生則指，平時看電子書比較多。"
    ),
)
def test_a_form_of_address_opening_a_sentence_and_after_a_role(text):
    """8677: 周女士 opens a sentence and is 她; 溫同學 speaks only after her quotation; 文員楊先生 is
    楊先生 the clerk, not someone called 文員楊."""
    quotes, _ = extract_quotes(text)
    assert [(to_simplified(q.speaker), q.role and to_simplified(q.role)) for q in quotes] == [
        ("周女士", None),
        ("温同学", None),
        ("杨先生", "文员"),
    ]


def test_a_title_then_a_byname_before_the_name():
    """16811: …批評「…」；中大學醫學院副院長、「無創產檢之父」盧煜明就指出，… is a second speaker."""
    quotes, _ = extract_quotes(ARTICLES["hkcnews-16811"]["text"])
    said = {q.text: (q.speaker, q.role) for q in quotes}
    assert said["科學上很多地方站不住腳"][0] == "徐立之"
    assert said["現在已有其他可行方法預防愛滋病，賀的研究沒有必要"] == (
        "盧煜明",
        "中大學醫學院副院長、「無創產檢之父」",
    )


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        *(
            (t, "艾班尼斯", r)
            for t, r in zip(
                _both_scripts(
                    "澳洲在野工黨領袖艾班尼斯表示支持莫里森的建議。不過，艾班尼斯認為，可能性成疑。"
                ),
                ("澳洲在野工黨領袖", "澳洲在野工党领袖"),
                strict=True,
            )
        ),
        (
            "韩国中央防疫对策本部本部长郑银敬表示，阳性比率会相当高。",
            "郑银敬",
            "韩国中央防疫对策本部本部长",
        ),
    ],
)
def test_roles_keep_words_that_begin_with_a_preposition(text, speaker, role):
    """29241, 27333: 在野 and 對策 are words inside the role, not 在 / 對 before it; a transliterated
    name may begin with a surname character (艾)."""
    quotes, _ = extract_quotes(text)
    assert {(q.speaker and to_simplified(q.speaker), q.role) for q in quotes} == {
        (to_simplified(speaker), role)
    }


def test_a_role_starts_after_a_demand():
    """28752: …要求食物及衞生局局長陳肇始交代: the role is 食物及衞生局局長, not 要求食物及衞生局局長."""
    assert people(extract_quotes(ARTICLES["hkcnews-28752-t2s"]["text"])[0])["陈肇始"] == {"食物及卫生局局长"}


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "對於舉辦悼念會，他指事前有通知校方，包括為同學量體溫、呼籲同學4人一組等；"
        "至於拒絕移除文宣及張貼文宣，他認為學生會告示版是開放予學生。"
    ),
)
def test_a_topic_opening_the_next_statement_is_not_in_the_words(text):
    """37530: …等；至於拒絕移除文宣…，他認為…: the words end at the semicolon."""
    quotes, _ = extract_quotes(text)
    first = text[text.index("事前") : text.index("；")]
    second = text[text.index("認為" if "認為" in text else "认为") + 2 : -1]
    assert [q.text for q in quotes] == [first, second]


def test_an_embedded_video_is_never_the_words():
    """16811: 賀建奎演講及回答台下提問影片：⏎{{< video … >}} is a caption and a video."""
    quotes, _ = extract_quotes(ARTICLES["hkcnews-16811"]["text"])
    assert quotes and not any(q.text.startswith("{{<") for q in quotes)


def test_bail_hearing_speakers_and_a_time_clause():
    """17111: 家庭主婦Lee Shi則稱 (a Latin name after a role); 當法官宣布…，: "when", nobody speaking."""
    quotes, _ = extract_quotes(ARTICLES["hkcnews-17111"]["text"])
    assert ("Lee Shi", "家庭主婦") in {(q.speaker, q.role) for q in quotes}
    assert not any((q.role or "").startswith("當") for q in quotes)


def test_a_speaker_after_a_time_or_a_statement():
    """49560: 主席李國章剛過去的周日投票時，形容… ; 高志活同日發聲明指… ; 保安說：「…」."""
    quotes, _ = extract_quotes(ARTICLES["hkcnews-49560-t2s"]["text"])
    said = {q.text: (q.speaker, q.role) for q in quotes}
    assert said["处理国殇之柱有困难，需先澄清拥有权谁属，再重新寻求法律意见"][0] == "李国章"
    assert said["不清楚、不知道。"] == (None, "保安")
    assert any(q.speaker == "高志活" and q.text.startswith("未来一年") for q in quotes)


@pytest.mark.parametrize(
    "text",
    _both_scripts("候任特首林鄭月娥在記者會上回應說，不認為要尋找新血。她其後表示，預計會有較多年輕人加入。"),
)
def test_a_pronoun_then_afterwards(text):
    """4737: 她其後表示 is 林鄭月娥 again."""
    quotes, _ = extract_quotes(text)
    assert [to_simplified(q.speaker) for q in quotes] == ["林郑月娥", "林郑月娥"]


def test_a_partys_side_and_a_papers_management():
    """40330: 黎智英一方求情指 is his counsel, not 黎智英; 42626: 《蘋果日報》管理層 speaks for the paper."""
    quotes, _ = extract_quotes(ARTICLES["hkcnews-40330"]["text"])
    sides = {q.role for q in quotes if q.speaker is None}
    assert {"梁耀忠及區諾軒一方", "黎智英一方"} <= sides
    assert "梁耀忠" not in {q.speaker for q in quotes}
    _, orgs = extract_quotes(ARTICLES["hkcnews-42626"]["text"])
    assert "《蘋果日報》管理層" in {o.organisation for o in orgs}


def test_a_union_member_and_a_joke():
    """28752: 工聯會何啟明詢問，… ; 45620: 他更說笑道：「…」 (the verb is 說笑道, the words the quotation)."""
    assert "何启明" in people(extract_quotes(ARTICLES["hkcnews-28752-t2s"]["text"])[0])
    quotes, _ = extract_quotes(ARTICLES["hkcnews-45620-t2s"]["text"])
    assert ("说笑道", "如果唔系，我应该走。") in {(q.verb, q.text) for q in quotes}


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "民主黨涂謹申今早亦在法庭外排隊旁聽。市民向涂謹申說加油時，涂微笑點頭回應「盡力啦」。"
        "賀建奎透露，只有4人曾看過知情同意書，有與會者質疑講解同意書的人員有否經過培訓。"
    ),
)
def test_a_time_clause_and_someone_else_asking(text):
    """38660: 市民向涂謹申說加油時，… is a time clause, not a quotation; 16811: …，有與會者質疑… ends
    賀建奎's words, and the participant (與會者) asks."""
    quotes, _ = extract_quotes(text)
    assert [to_simplified(q.text) for q in quotes] == [
        "尽力啦",
        "只有4人曾看过知情同意书",
        "讲解同意书的人员有否经过培训",
    ]


# --- Round 12: heldout11's errors ------------------------------------------------------------------


def test_dictionary_words_and_short_organisation_names_are_not_people():
    """17350: 總統辦公桌 (a desk), 12317: 議員行蹤 (whereabouts), rare words of jieba's dictionary;
    46711: 陸委會 (an organisation) and 刑事陳報狀 (a court filing) are not people either."""
    speakers = {
        article: {to_simplified(q.speaker) for q in extract_quotes(ARTICLES[article]["text"])[0] if q.speaker}
        for article in ("hkcnews-17350-t2s", "hkcnews-12317", "hkcnews-46711-t2s")
    }
    assert "加德纳" in speakers["hkcnews-17350-t2s"]
    assert "办公桌" not in speakers["hkcnews-17350-t2s"]
    assert "行踪" not in speakers["hkcnews-12317"]
    assert not {"陆委会", "陈报状"} & speakers["hkcnews-46711-t2s"]


@pytest.mark.parametrize(
    "text", _both_scripts("事主付國豪作供指，當日向群眾大喊。付作供指，那時感到被冒犯。")
)
def test_court_roles_and_testimony(text):
    """34995: 事主 is a role and 作供 stands between a witness and the verb, also after the surname
    alone; 39127: 裁判官 is a role, and 鄭紀航裁決時表示 is the magistrate speaking."""
    quotes, _ = extract_quotes(text)
    assert [(to_simplified(q.speaker), to_simplified(q.role)) for q in quotes] == [("付国豪", "事主")] * 2
    quotes, _ = extract_quotes(ARTICLES["hkcnews-39127"]["text"])
    magistrate = next(q for q in quotes if q.text.startswith("事發時警方已多次要求各被告分開"))
    assert (magistrate.speaker, magistrate.role) == ("鄭紀航", "裁判官")


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "路透社記者瓦隆（Wa Lone）及喬索歐（Kyaw Soe Oo）於2017年12月被捕。"
        "瓦隆表示，感謝世界各地支持他們的人們。"
        "路透社總編輯阿特拉表示，瓦隆和喬索歐都是充滿勇氣的新聞工作者。"
    ),
)
def test_transliterated_names_after_an_editor_and_with_their_original(text):
    """20360: 瓦隆 (Wa Lone) is a transliterated name (隆 is one of its characters) and 總編輯 a title
    before one; 26210: 賈撒列維克 (Tarik Jasarevic) is one name, not 賈撒列 and 維克."""
    quotes, _ = extract_quotes(text)
    assert [(to_simplified(q.speaker), to_simplified(q.role)) for q in quotes] == [
        ("瓦隆", "路透社记者"),
        ("阿特拉", "路透社总编辑"),
    ]
    quotes, _ = extract_quotes(ARTICLES["hkcnews-26210-t2s"]["text"])
    assert {q.speaker for q in quotes if q.text.startswith("虽然尚无明确证据")} == {"贾撒列维克"}


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "黃在死者張耀升的代表大律師曾藹琪查問下同意，當日已不算細火。曾續問：「咁你有冇諗過試吓拎起個滅火筒？」"
    ),
)
def test_a_verb_after_three_characters_ends_a_name(text):
    """45163: 曾藹琪查問 ends the name 曾藹琪, so 曾續問 (曾 goes on asking) is her; 49300: 馮驊巡視 is
    馮驊 inspecting, not someone called 馮驊巡."""
    quotes, _ = extract_quotes(text)
    asked = next(q for q in quotes if q.direct)
    assert (to_simplified(asked.speaker), to_simplified(asked.role)) == ("曾蔼琪", "代表大律师")
    quotes, _ = extract_quotes(ARTICLES["hkcnews-49300"]["text"])
    assert "馮驊巡" not in {q.speaker for q in quotes}


def test_a_word_before_a_double_surname_and_a_notification_before_a_role():
    """45163: 上司呂國榮 is not the married name 司呂國榮, and 便會通知上司、時任助理營運經理呂國榮 gives
    the role after 通知."""
    quotes, _ = extract_quotes(ARTICLES["hkcnews-45163"]["text"])
    assert people(quotes)["呂國榮"] == {"上司、時任助理營運經理"}


def test_a_title_and_name_after_to_are_who_was_written_to():
    """12317: 協會…向公務員事務局一般職系處長李伯康發信，譴責… is the association's letter to him."""
    quotes, _ = extract_quotes(ARTICLES["hkcnews-12317"]["text"])
    assert "李伯康" not in {q.speaker for q in quotes}
    assert not any(q.text.startswith("許智峯搶去一名正執行職務的女EO職系人員手機") for q in quotes)


@pytest.mark.parametrize(
    "text, role",
    [
        *zip(
            _both_scripts("郭榮鏗及民主黨涂謹申正激動地批評委員會主席謝偉俊。謝偉俊插話說：「對唔住啊。」"),
            ("委員會主席", "委员会主席"),
            strict=True,
        ),
        *zip(
            _both_scripts("全紅嬋的父親受訪。——全紅嬋父親全文茂說：「我就想對捐贈者說，你們有心了。」"),
            ("全紅嬋父親", "全红婵父亲"),
            strict=True,
        ),
        *zip(_both_scripts("主持陳志雲直言，對警方拘捕行動失望。"), ("主持", "主持"), strict=True),
    ],
)
def test_a_role_starts_after_criticism_and_a_dash_and_a_host_has_one(text, role):
    """7781: the role after …批評 is the criticised chairman's; 44183: a dash before a caption's
    role is not part of it; 35331: 主持 (a radio host) is a role."""
    quotes, _ = extract_quotes(text)
    assert quotes[-1].role == role


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "何婆婆每年都會出席維園六四晚會，風雨不改。今年，她也會到維園。"
        "「我並唔係有親戚住喺大陸，只係覺得要去支援，咁樣嘅鎮壓場面，唔應該再發生。」"
    ),
)
def test_an_elder_named_by_surname_is_a_person(text):
    """30611: 何婆婆 (Granny Ho) opens a sentence as a person, so her quotation standing alone is hers."""
    quotes, _ = extract_quotes(text)
    assert [(to_simplified(q.speaker), q.verb) for q in quotes] == [("何婆婆", "")]


# --- Round 13: heldout12's errors ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "菲律賓武裝部隊公共事務部負責人迪托亞托上校稱，西部司令部已派出所有能用的水上艦隻。"
        "迪托亞托說：「擱淺並非蓄意之舉。」"
    ),
)
def test_a_foreign_name_after_a_head_and_before_a_military_rank(text):
    """14703: 負責人 is a title before a transliterated name, and a rank (上校) may stand between the
    name and the verb."""
    quotes, _ = extract_quotes(text)
    assert [to_simplified(q.speaker) for q in quotes] == ["迪托亚托", "迪托亚托"]
    assert [q.direct for q in quotes] == [False, True]
    assert to_simplified(quotes[0].role) == "菲律宾武装部队公共事务部负责人"


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "參議院多數黨領袖、共和黨議員麥康奈爾（Mitch McConnell ），周一敦促特朗普發聲支持香港示威者："
        "「世界應聽見他直接說出來，美國與這些勇敢男女同在。」"
    ),
)
def test_a_clause_that_only_names_someone_is_the_subject_of_the_next(text):
    """24936: the name and its original close a clause of their own; 周一敦促…：「…」 is his, and the
    verb is the speech verb, not the last characters before the colon."""
    quotes, _ = extract_quotes(text)
    assert [(to_simplified(q.speaker), to_simplified(q.verb), q.direct) for q in quotes] == [
        ("麦康奈尔", "敦促", True)
    ]


def test_words_after_a_colon_stop_at_the_next_speaker_and_a_verb_in_a_time_clause_is_not_speech():
    """20517: 涂謹申再三重申：… runs on to 朱凱廸用擴音器說：「…」, whose words are his own; 林健鋒在石禮謙
    宣布會議結束後，向…揚一揚手 dates his gesture by another's announcement."""
    quotes, _ = extract_quotes(ARTICLES["hkcnews-20517"]["text"])
    said = {q.text: q.speaker for q in quotes}
    assert said["非法會議，石禮謙非法主持。"] == "朱凱廸"
    assert not any(q.speaker == "涂謹申" and "朱凱廸" in q.text for q in quotes)
    assert "林健鋒" not in said.values()


@pytest.mark.parametrize(
    "text, role",
    [
        *zip(
            _both_scripts("新界北交通部調查及支援組警司陳少鳴表示，現場未找到泥頭車或執水樽的紀錄。"),
            ("新界北交通部調查及支援組警司", "新界北交通部调查及支援组警司"),
            strict=True,
        ),
        *zip(
            _both_scripts(
                "有居民高喊「假的」的武漢開元小區，業主武言麗（化名）表示，「之前沒有出現這個情況。」"
            ),
            ("業主", "业主"),
            strict=True,
        ),
    ],
)
def test_a_unit_named_after_an_inquiry_and_a_home_owner_are_roles(text, role):
    """25517: 調查 (an inquiry, a document word) is part of the unit's name before 及; 27633: 業主 (owner)
    is a role before a pseudonym."""
    quotes, _ = extract_quotes(text)
    assert [(q.role, q.verb) for q in quotes] == [(role, "表示")]
    assert quotes[0].speaker in ("陳少鳴", "陈少鸣", "武言麗", "武言丽")


def test_a_nickname_with_ah_and_a_letter_the_court_gives_are_names():
    """34187: 中三學生阿翹認為 and 阿銘不假思索地答 name two boys by nickname; 48036: 現年18歲的X在盤問下
    透露 is the complainant, named X by the court, and 朋友和哥哥 is not someone called 和哥."""
    quotes, _ = extract_quotes(ARTICLES["hkcnews-34187"]["text"])
    assert people(quotes)["阿翹"] == {"中三學生"}
    assert "阿銘" in people(quotes)
    quotes, _ = extract_quotes(ARTICLES["hkcnews-48036-t2s"]["text"])
    spoken = [q.text for q in quotes if q.speaker == "X"]
    assert any(words.startswith("自小父母离异") for words in spoken)
    assert "和哥" not in people(quotes)


def test_a_western_surname_alone_is_the_person_named_in_full():
    """35146: 副教授Sheena Greitens在 Twitter 分析 names her; Greitens分析說 later is her again."""
    quotes, _ = extract_quotes(ARTICLES["hkcnews-35146-t2s"]["text"])
    analysed = [q for q in quotes if q.verb == "分析说"]
    assert [(q.speaker, q.role) for q in analysed] == [("Sheena Greitens", "美国德州大学公共行政学院副教授")]
    assert "Greitens" not in people(quotes)


@pytest.mark.parametrize(
    "text", _both_scripts("林琳被問到有無中聯辦祝福，就笑稱：「得到爹哋、媽咪和老公嘅祝福。」")
)
def test_the_one_asked_speaks_not_a_name_inside_the_question(text):
    """47082: 林琳被問到有無中聯辦祝福，就笑稱 is her answer; 祝福 (blessing, a name in jieba's
    dictionary) ends the question, not a speaker's name."""
    quotes, _ = extract_quotes(text)
    assert [to_simplified(q.speaker) for q in quotes] == ["林琳"]


# --- Round 14: heldout13's errors ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "議會陣線立法會議員區諾軒批評，警方前日血腥鎮壓，明顯已違反《警隊通例》最低程度武力的原則，"
        "他已向立法會主席梁君彥提出緊急質詢，要求保安局解釋警方使用武力的準則。"
    ),
)
def test_a_pronoun_means_someone_named_before_it_not_after_it(text):
    """21277: in 他已向立法會主席梁君彥提出緊急質詢 the 他 is 區諾軒; 梁君彥 is named after it."""
    quotes, _ = extract_quotes(text)
    assert {to_simplified(q.speaker) for q in quotes} == {"区诺轩"}


@pytest.mark.parametrize(
    "text, speakers",
    [
        *zip(
            _both_scripts(
                "《蘋果日報》日前報道 ，飛行服務隊在12港人被捕當日的凌晨至早上時份，曾派出定翼機及直升機"
                "在西貢一帶盤旋，當中有警員隨行，質疑警方早已知悉12人計劃，部署「送中」。"
            ),
            ([], []),
            strict=True,
        ),
        *zip(
            _both_scripts(
                "陳伯說：「肺炎呀嘛，個個都唔出街㗎啦，正常嘅。」\n"
                "陳伯對於政府的禁堂食政策不置可否，反問記者：「點會有人覺得個政府係做得好？」"
            ),
            (["陈伯", "陈伯"], ["陈伯", "陈伯"]),
            strict=True,
        ),
        *zip(
            _both_scripts(
                "時代力量聲明呼籲，「台灣的國防安全不分朝野，也不應分藍綠」，必將焦點轉向國民黨及新任黨主席"
                "朱立倫喊話，「新任的國民黨黨主席及戰鬥藍成員，應把力氣用在對的地方。」"
            ),
            ([], []),
            strict=True,
        ),
    ],
)
def test_plain_words_around_a_surname_are_no_name(text, speakers):
    """34652: 凌晨至 starts with a time word; 32418: 陳伯對於 is 陳伯 and 對於 (about); 46188: 必將焦點
    轉向 moves the focus (將 + object), nobody called 焦點轉 speaks."""
    quotes, _ = extract_quotes(text)
    assert [to_simplified(q.speaker) for q in quotes if q.speaker] == speakers


@pytest.mark.parametrize(
    "text, speaker, verb",
    [
        *zip(
            _both_scripts(
                "不過，首席法官馬道立一度質疑，以常識而言，若公職人員收取某人款項「甜頭」，便等於虧欠對方。"
            ),
            ("马道立", "马道立"),
            ("质疑", "质疑"),
            strict=True,
        ),
        *zip(
            _both_scripts(
                "控方代表、署理副刑事檢控專員周天行5月初向法庭提出交替控罪申請。周天行陳詞形容根據《刑事"
                "訴訟程序條例》修訂公訴書，新增控罪基於現時已提供的事實。"
            ),
            ("周天行", "周天行"),
            ("形容", "形容"),
            strict=True,
        ),
        *zip(
            _both_scripts(
                "美國聯邦眾議院前議長金瑞契（Newt Gingrich）推文建議 ，美國與日本都應派軍事顧問小組前往台灣。"
            ),
            ("金瑞契", "金瑞契"),
            ("建议", "建议"),
            strict=True,
        ),
        *zip(
            _both_scripts(
                "法國外長勒德里昂周二召見中國駐法國大使盧沙野。\n勒德里昂在公報中表示，「我在召見時清楚傳達"
                "我對中國駐法大使近日言行的不贊同」。"
            ),
            ("勒德里昂", "勒德里昂"),
            ("表示", "表示"),
            strict=True,
        ),
        *zip(
            _both_scripts("身為商務部研究員的梅新育，在朋友圈的一則帖文就寫道：「這就對了，最多只可默許。」"),
            ("梅新育", "梅新育"),
            ("写道", "写道"),
            strict=True,
        ),
    ],
)
def test_adverbs_and_occasions_between_a_name_and_the_verb(text, speaker, verb):
    """3811: 一度 (once); 42388: 陳詞 (in submissions), after a 專員; 46188: 推文 (in a tweet);
    28940: 外長 before a transliterated name, 在公報中 (in the communiqué); 43155: 在朋友圈的一則帖文
    (in a post), after 身為…的 giving the role."""
    quotes, _ = extract_quotes(text)
    assert [(to_simplified(q.speaker), to_simplified(q.verb)) for q in quotes][-1] == (speaker, verb)


def test_a_surname_alone_is_the_one_of_that_surname_named_last():
    """16913: after 潘熙向陳健民指出…, 陳表示 is 陳健民, though the judge 陳仲衡 shares his surname; 潘繼而指
    is 潘熙 going on (繼而: then), not someone called 潘繼而."""
    quotes, _ = extract_quotes(ARTICLES["hkcnews-16913"]["text"])
    said = {q.text: q.speaker for q in quotes}
    assert said["不知道，要先聽潘熙的解釋"] == "陳健民"
    assert said["我明唔到個問題。"] == "陳健民"
    assert said["雖然學生立場如上所述，但戴耀廷仍於9月28日凌晨宣布佔中開始"] == "潘熙"


def test_who_cites_data_speaks_and_a_recollection_is_speech():
    """19427: …，引用專家證人劉志宏…的數據，指… is counsel going on, not the expert; 42555: 張答 is 張
    answering, and 她憶起… is the former executive 李小姐 recalling."""
    quotes, _ = extract_quotes(ARTICLES["hkcnews-19427-t2s"]["text"])
    assert "刘志宏" not in people(quotes)
    quotes, _ = extract_quotes(ARTICLES["hkcnews-42555"]["text"])
    assert "張答" not in people(quotes)
    recalled = [(q.speaker, q.role) for q in quotes if q.verb == "憶起"]
    assert recalled == [("李小姐", "前壹週刊高層")]


@pytest.mark.parametrize(
    "text, first_words",
    [
        *zip(
            _both_scripts(
                "警務處處長盧偉聰稱，所用的是「低殺傷力的武器」，但人權監察反駁盧偉聰說法，"
                "指布袋彈及橡膠子彈如近距離射中示威者要害，或會致命。"
            ),
            ("所用的是「低殺傷力的武器」", "所用的是「低杀伤力的武器」"),
            strict=True,
        ),
        *zip(
            _both_scripts(
                "辯方當時表示需時找專家並撰寫報告，要求案件重新排期，法官質疑香港有多所大學，不難找專家，"
                "辯方回應謂：「在現時政治環境下恐怕不易。」"
            ),
            ("需時找專家並撰寫報告，要求案件重新排期", "需时找专家并撰写报告，要求案件重新排期"),
            strict=True,
        ),
    ],
)
def test_words_end_where_a_known_body_or_the_bench_speaks(text, first_words):
    """21277: 人權監察 (Human Rights Monitor) answers the commissioner; 42388: 法官質疑 is the judge
    asking, inside the sentence that gives the defence's words. Neither belongs to the first speaker."""
    quotes, orgs = extract_quotes(text)
    assert quotes[0].text == first_words
    assert orgs or any(to_simplified(q.role or "") == "法官" for q in quotes)


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "港大新聞及傳媒研究中心副教授傅景華表示，覺得有趣與諷刺。"
        "傅稱完全不知道為何觸發到審查，只可以估計正值大選前後，Facebook的演算法調整得非常敏感。"
    ),
)
def test_a_why_after_cheng_is_no_naming(text):
    """35518 (two of its sentences): 稱…為 names something (稱他為…), but 傅稱完全不知道為何… is his
    words: 為何 asks why."""
    quotes, _ = extract_quotes(text)
    assert [(to_simplified(q.speaker), to_simplified(q.verb)) for q in quotes] == [
        ("傅景华", "表示"),
        ("傅景华", "称"),
    ]


# --- Round 15: heldout14's errors ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "辯方傳召涉嫌自編自導的警長5905 蘇志恒出庭作供。\n"
        "今日辯方傳召警長5905蘇志恒作供。他稱，現時仍在警隊工作。蘇指，2019年3月17日擢升為警長。\n"
        "大狀：你同唔同意自己髮線高？\n"
        "蘇：一般啦。"
    ),
)
def test_an_officer_named_after_rank_and_number_speaks_and_answers(text):
    """47659: 警長5905 蘇志恒 is a name after a rank and a police number, with or without a space;
    蘇指 and the line 蘇： are his; a line of transcript keeps its full stop."""
    quotes, _ = extract_quotes(text)
    named = [(to_simplified(q.speaker), to_simplified(q.role), q.text) for q in quotes if q.speaker]
    assert named == [
        ("苏志恒", "警长5905", "現時仍在警隊工作" if "隊" in text else "现时仍在警队工作"),
        ("苏志恒", "警长5905", "2019年3月17日擢升為警長" if "隊" in text else "2019年3月17日擢升为警长"),
        ("苏志恒", "警长5905", "一般啦。"),
    ]


@pytest.mark.parametrize(
    "text, words",
    [
        *zip(
            _both_scripts(
                "香港民研主席鍾庭耀指，早在政府推行「一地兩檢」時，很多人已對跨境執法表示極度關注，"
                "加上之前的銅鑼灣書店事件，當時市民已開始憂慮失去自由。"
            ),
            (
                "早在政府推行「一地兩檢」時，很多人已對跨境執法表示極度關注，加上之前的銅鑼灣書店事件，"
                "當時市民已開始憂慮失去自由",
                "早在政府推行「一地两检」时，很多人已对跨境执法表示极度关注，加上之前的铜锣湾书店事件，"
                "当时市民已开始忧虑失去自由",
            ),
            strict=True,
        ),
        *zip(
            _both_scripts(
                "吳曉東表示，傳真社的決策為集體決定，只要有一人反對，其他人要成功說服該人，才能落實執行決定。"
            ),
            (
                "傳真社的決策為集體決定，只要有一人反對，其他人要成功說服該人，才能落實執行決定",
                "传真社的决策为集体决定，只要有一人反对，其他人要成功说服该人，才能落实执行决定",
            ),
            strict=True,
        ),
        *zip(
            _both_scripts(
                "吳曉東補充指，傳真社記者要遵守操守，例如報道涉及某些消息時，記者要向最少兩個消息來源求證。"
            ),
            (
                "傳真社記者要遵守操守，例如報道涉及某些消息時，記者要向最少兩個消息來源求證",
                "传真社记者要遵守操守，例如报道涉及某些消息时，记者要向最少两个消息来源求证",
            ),
            strict=True,
        ),
    ],
)
def test_words_go_on_after_a_time_clause_and_a_generic_subject(text, words):
    """25426, 8963: after …時， the main clause of the same words follows (很多人…表示關注 is not others
    reacting); 其他人要成功說服 persuades, it does not speak; 記者要向… is what reporters must do, not
    the reporter's narrative."""
    quotes, _ = extract_quotes(text)
    assert [q.text for q in quotes] == [words]


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        *zip(
            _both_scripts("指揮中心指揮官陳時中表示，雖然中國未明確說明疫情，但他對情報有信心。"),
            ("陈时中", "陈时中"),
            ("指挥中心指挥官", "指挥中心指挥官"),
            strict=True,
        ),
        *zip(
            _both_scripts("民主派立法會議員強烈譴責警方失職，「令元朗淪為黑社會治港。」"),
            (None, None),
            ("民主派立法会议员", "民主派立法会议员"),
            strict=True,
        ),
        *zip(
            _both_scripts("有超過十年經驗的調查記者表示，新增聲明沒有詳細交代何謂公開土地紀錄的宗旨為何。"),
            (None, None),
            ("调查记者", "调查记者"),
            strict=True,
        ),
        *zip(
            _both_scripts("一名女童說：「所有東西都燒起來，門也不通，我出不去。」"),
            (None, None),
            ("女童", "女童"),
            strict=True,
        ),
    ],
)
def test_more_speakers_by_role(text, speaker, role):
    """28210: 指揮官 is a title, not 指揮中心 (an organisation) speaking; 22271: 強烈 stands between
    the speaker and 譴責; 46893: an investigative journalist interviewed is a source, not the byline;
    11037: a girl (女童) speaks."""
    quotes, orgs = extract_quotes(text)
    assert [(to_simplified(q.speaker) if q.speaker else None, to_simplified(q.role)) for q in quotes] == [
        (speaker, role)
    ]
    assert orgs == []


@pytest.mark.parametrize(
    "text",
    _both_scripts("辯方傳召警長5905蘇志恒作供。\n大狀：你係咪後尾枕禿頭？\n蘇回：應該就冇。"),
)
def test_a_line_of_transcript_may_name_its_verb(text):
    """47659: in 蘇回：應該就冇。 the label is the surname and 回 (answers)."""
    quotes, _ = extract_quotes(text)
    named = [(to_simplified(q.speaker), q.verb, q.text, q.direct) for q in quotes if q.speaker]
    assert named == [("苏志恒", "回", "應該就冇。" if "應" in text else "应该就冇。", True)]


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "特首林鄭月娥在2月14日的記者會上宣布，會向政府外判清潔工及全港安老和殘疾人士院舍，"
        "分別供應70萬及100萬個口罩。\n"
        "院舍A陳先生指，院舍早於去年11月、疫情爆發前，已訂了4,000個口罩，預計夠用半年，"
        "「有疫情、冇疫情，我哋口罩用量冇咩分別。」"
    ),
)
def test_a_home_named_by_letter_is_no_person(text):
    """27962: 人士院舍 (homes for disabled people) is no foreign name after the title 人士; 院舍A陳先生
    is Mr Chan of home A, who speaks."""
    quotes, _ = extract_quotes(text)
    assert [(to_simplified(q.speaker), to_simplified(q.role)) for q in quotes] == [
        ("林郑月娥", "特首"),
        ("陈先生", "院舍A"),
    ]


@pytest.mark.parametrize(
    "text, speaker, verb",
    [
        *zip(
            _both_scripts(
                "臉色凝重的蔡英文在民進黨的記者會上表示，「身為執政黨主席，首先我要對今天地方選舉結果負起完全責任。」"
            ),
            ("蔡英文", "蔡英文"),
            ("表示", "表示"),
            strict=True,
        ),
        *zip(
            _both_scripts(
                "他又稱，運動已經由醞釀期到了組織裝備期。陳健民則在商討日的介紹部分上解釋「公民抗命」概念，"
                "指香港的選舉制度不公，很多人都是「二等公民」，無份投票（選特首）。"
            ),
            ("陈健民", "陈健民"),
            ("解釋", "解释"),
            strict=True,
        ),
    ],
)
def test_a_name_before_a_place_with_de(text, speaker, verb):
    """16695: 臉色凝重的 describes 蔡英文, and the 的 in 在民進黨的記者會上 belongs to the place;
    16600: 陳健民則在商討日的介紹部分上解釋: an adverb, then the place."""
    quotes, _ = extract_quotes(text)
    assert [(to_simplified(q.speaker), q.verb) for q in quotes if q.speaker] == [(speaker, verb)]


# --- Round 16: heldout15's errors ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        *_both_scripts_expecting(
            "本身是外國記者會會員的林和立表示，中國外交部介入陳浩天出席午餐會一事後，他才報名參加。",
            "林和立",
            "外国记者会会员",
        ),
        *_both_scripts_expecting(
            "居住於天水圍公屋的單親媽媽阿花表示，家中沒有電腦和Wi-fi，手機數據會限速上網。",
            "阿花",
            "单亲妈妈",
        ),
        *_both_scripts_expecting(
            "結束前，支聯會秘書李卓人表示，希望明年六四30周年前會有永久紀念館，呼籲集會人士捐款。",
            "李卓人",
            "支联会秘书",
        ),
    ],
)
def test_names_with_he_and_ah_and_a_secretary(text, speaker, role):
    """14315: 和 inside the given name 林和立 is no "and"; 28056: 阿花 after the anonymous role 單親媽媽
    is a first-name nickname; 12613: 秘書 is a role."""
    quotes, _ = extract_quotes(text)
    assert [(to_simplified(q.speaker), to_simplified(q.role)) for q in quotes] == [(speaker, role)]


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "入職九巴3年、51歲的張車長，帶了曲奇餅和蘋果來送給葉蔚琳和大聯盟成員。"
        "張說，在周六停駛行動當天已加入「月薪車長大聯盟」WhatsApp群組。\n"
        "同樣是單親媽媽的黃女士，住在深水埗唐樓，每月只靠兒子領取4,900多元綜援，她表示難以從日常開支中再負擔"
        "一筆寬頻費，只好到親戚家借Wi-fi用，黃女士說自己學歷不高，有時無法教兒子學習。\n"
        "據加拿大《環球郵報》報道，加拿大當局是應美國要求拘捕孟晚舟。"
    ),
)
def test_people_known_by_a_form_of_address(text):
    """10374: 張車長 is a bus captain known by surname and job, and 張說 is him; 28056: 同樣是單親媽媽的
    黃女士 gives her role, and …，黃女士說… inside her words starts a record of its own; 16982: 應美國要求
    (at America's request) is no person named 應美國."""
    quotes, _ = extract_quotes(text)
    assert [
        (to_simplified(q.speaker), q.role and to_simplified(q.role), to_simplified(q.verb)) for q in quotes
    ] == [
        ("张车长", None, "说"),
        ("黄女士", "单亲妈妈", "表示"),
        ("黄女士", "单亲妈妈", "说"),
    ]
    assert quotes[1].text.endswith("借Wi-fi用")


@pytest.mark.parametrize(
    "text, role, verb",
    [
        *_both_scripts_expecting(
            "據了解，與會者回答稱，會以互信基礎處理，不用出示醫生紙。", "与会者", "回答称"
        ),
        *_both_scripts_expecting(
            "在場警員解釋指，因她「穿著政治衣服」的原因，要求她更換該條短褲，方可出賽。", "在场警员", "解释指"
        ),
        *_both_scripts_expecting(
            "張偉曾要求提出補充，審判長就說：「我要制止你，你不必要補充。」", "审判长", "说"
        ),
    ],
)
def test_anonymous_speakers_that_start_like_a_preposition_and_a_presiding_judge(text, role, verb):
    """48644: 與會者 (participants) and 46829: 在場警員 (officers present) begin with 與 and 在 but are
    speakers; 47893: 審判長就說：「…」 is the presiding judge, not more of 張偉's words."""
    quotes, _ = extract_quotes(text)
    anonymous = [(to_simplified(q.role), to_simplified(q.verb)) for q in quotes if q.speaker is None]
    assert anonymous == [(role, verb)]
    assert all("審判長" not in q.text and "审判长" not in q.text for q in quotes)


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "下午6時，政務司司長張建宗見記者，表明拒絕二號橋示威者代表提出的訴求。"
            "他強調，政府不容許任何人以市民的福祉作為要脅。",
            [("张建宗", "表明"), ("张建宗", "强调")],
        ),
        *_both_scripts_expecting(
            "占領中大的第三日、昨凌晨，數名留守二號橋的示威者代表召開記者會，宣布周五凌晨6時起，"
            "開放吐露港公路南北行各一條行車線。",
            [(None, "宣布")],
        ),
        *_both_scripts_expecting(
            "戴漁夫帽、穿黑長裙，打扮斯文的陳小姐，下班後馬上趕來。甫開口，她已忍不住淚水：「喺入面嘅手足，好需要我哋支持。」\n"
            "她對六四的關注增加，或多或少是因為對當年北京學生更身同感受，有感同樣的事情，有可能在港人身上發生："
            "「31年前佢咁樣，31年後佢冇進步過，依然覺得呢種方法係啱。」",
            [("陈小姐", ""), ("陈小姐", "")],
        ),
    ],
)
def test_the_subject_of_an_earlier_clause_speaks(text, expected):
    """24866: 張建宗見記者，表明… and 示威者代表召開記者會，宣布…: the one meeting the press speaks in
    the next clause; 30611: a sentence headed by 她 (陳小姐) with no verb of speech before ：「…」 is hers."""
    quotes, _ = extract_quotes(text)
    assert [
        (to_simplified(q.speaker) if q.speaker else None, to_simplified(q.verb)) for q in quotes
    ] == expected


@pytest.mark.parametrize(
    "text, words",
    [
        *zip(
            _both_scripts(
                "泛民會議召集人莫乃光表示，他們不會分開三場戰線應付建制派修訂，至於具體措施，他表示他們不排除任何可能性。"
            ),
            (
                ["他們不會分開三場戰線應付建制派修訂", "他們不排除任何可能性"],
                ["他们不会分开三场战线应付建制派修订", "他们不排除任何可能性"],
            ),
            strict=True,
        ),
        *zip(
            _both_scripts(
                "外國記者會署理主席Victor Mallet重申，外國記者會主辦今次活動，"
                "不代表他們對演講者持支持或反對立場，因作為專業的記者，他們有責任聆聽不同立場的聲音。"
            ),
            (
                [
                    "外國記者會主辦今次活動，不代表他們對演講者持支持或反對立場，"
                    "因作為專業的記者，他們有責任聆聽不同立場的聲音"
                ],
                [
                    "外国记者会主办今次活动，不代表他们对演讲者持支持或反对立场，"
                    "因作为专业的记者，他们有责任聆听不同立场的声音"
                ],
            ),
            strict=True,
        ),
        *zip(
            _both_scripts(
                "葉蔚琳宣布暫停行動之後，眾新聞記者訪問九巴其中兩個工會的代表。\n"
                "雙方會面近1小時，葉蔚琳在會後形容過程愉快、友善、真誠。"
            ),
            (["過程愉快、友善、真誠"], ["过程愉快、友善、真诚"]),
            strict=True,
        ),
        *_both_scripts_expecting("但她寄語九巴：「星星之火可以燎原」。", ["星星之火可以燎原"]),
    ],
)
def test_where_the_words_begin_and_end(text, words):
    """7653: 至於 after a comma opens the topic of the next statement; 14315: 因作為專業的記者 is a role
    inside the words, not the reporter's narrative; 10374/10408: 宣布暫停行動之後， is a time clause,
    and 形容過程 is the verb before a word (過程), not the aspect 過; 寄語九巴：「…」: the one addressed
    is not part of the words."""
    quotes, _ = extract_quotes(text)
    assert [q.text for q in quotes] == words


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "一群街坊夾手夾腳籌備民間年宵，Bosco表示，希望可以藉此幫助一些未有名氣的黃店宣傳。\n"
        "部分民間年宵資訊：\n"
        "日期：1月23-24日（年廿九至三十）\n"
        "時間：待定\n"
        "日期：1月22 至1月 24日（年廿八至三十）\n"
        "時間：中午12時 ‑ 晚上12時\n"
        "與此同時，中大學生會8時許發布消息，指校方已為中大學生及教職員安排兩架車輛。"
    ),
)
def test_listing_fields_are_no_dialogue_and_a_publisher_speaks(text):
    """26003: 日期：… / 時間：… lines are the fields of a listing, not a dialogue between 日期 and 時間;
    24866: 中大學生會8時許發布消息，指… is the students' union (an organisation) speaking."""
    quotes, orgs = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["Bosco"]
    assert [to_simplified(o.organisation) for o in orgs] == ["中大学生会"]


# --- Round 17: heldout16's errors ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, speaker, role, verb",
    [
        *_both_scripts_expecting(
            "剛被裁定喪失立法會議員資格的梁國雄發言時表示，希望可以收集到30萬名市民的聯署。",
            "梁国雄",
            None,
            "表示",
        ),
        *_both_scripts_expecting(
            "土地供應專責小組黃遠輝見記者時，表示政府做法恰當。", "黄远辉", "土地供应专责小组", "表示"
        ),
        *_both_scripts_expecting(
            "內地地質學家范曉初步判斷，跟頁岩氣開發有很大關係。", "范晓", "内地地质学家", "判断"
        ),
        *_both_scripts_expecting(
            "該黨議員周浩鼎在立法會司法及法律事務委員會期間，在沒有提出證據下，"
            "稱有法官「在反修例運動中支持暴力行為」。",
            "周浩鼎",
            "党议员",
            "称",
        ),
        *_both_scripts_expecting(
            "代表政府一方的資深大律師余若海提出，要求法庭考慮是純粹用普通法詮釋國安法。",
            "余若海",
            "资深大律师",
            "提出",
        ),
        *_both_scripts_expecting(
            "民政事務局局長徐英偉隨即回應葉劉，在貼文下留言：「特區官員一定要貼近民情。」",
            "徐英伟",
            "民政事务局局长",
            "留言",
        ),
        *_both_scripts_expecting(
            "去年10.1荃灣開槍案，中五生曾志健「健仔」被警員近距離以實彈射中，子彈穿肺。"
            "案件今午再提堂，他開庭前向傳媒表示，認罪是最好選擇。",
            "曾志健",
            "中五生",
            "表示",
        ),
    ],
)
def test_what_stands_between_a_speaker_and_the_verb(text, speaker, role, verb):
    """5866: 發言時 and 18592: 見記者時 are the occasion, and 專責小組 an affiliation; 45517: 初步 an
    adverb; 30264: 周 in 周浩鼎 is no weekday, and the subject heads an earlier clause; 33127: 代表政府
    一方的 describes the counsel, not a party's side; 46074: 在貼文下 is where he wrote; 34611: 健仔 in
    「」 names 曾志健, and 他開庭前 is he, before the hearing."""
    assert _quoted_fields(text, "speaker", "role", "verb") == [(speaker, role, verb)]


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "工會主席郭志誠表示，公司自去年5月獲批新專營權後，每日減少100多架巴士。"
        "工會成員隨後向九巴董事總經理李澤昌遞交請願信。\n"
        "工會會員李先生表示，九巴目前的編更制度，要求車長一天內駕駛不同車種和路線。"
        "他憶述，以往車長有半小時午飯時間。"
    ),
)
def test_an_honorific_printed_with_a_new_role_is_someone_new(text):
    """10129: 工會會員李先生 is not 九巴董事總經理李澤昌, the only 李 named in full; he is 李先生."""
    assert _quoted_fields(text, "speaker", "role", "verb") == [
        ("郭志诚", "工会主席", "表示"),
        ("李先生", "工会会员", "表示"),
        ("李先生", "工会会员", "忆述"),
    ]


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "62歲的方伯伯是其中一位參與者。問他為何出來，他說：「年輕人為我哋擋子彈，我哋出嚟坐番幾日都好應該啊。」\n"
        "「612年輕人為我哋擋咗第一下，令到反送中過唔到，我哋銀髮族要接力，我哋要感恩。」、"
        "「點解香港人咁憤怒？你要執法咪正常拘捕，但額外做好多嘢，令我哋好憤怒，好似新屋嶺。」\n"
        "他說，社會的傷口需要好幾個十年去撫平。「呢種情緒會累積幾十年。」\n"
        "70多歲的麥伯伯坐在一張紙皮上，打算盡力坐夠48小時。他自言是「收成期嘅人」，「有家業、有財產、孫都有幾個。」"
    ),
)
def test_listed_quotations_and_a_pronoun_after_a_sentence_break(text):
    """24153: 「…」、「…」 standing alone is one record of the last speaker, with its marks; 他自言 after
    …。」⏎70多歲的麥伯伯… is 麥伯伯: the end of 方伯伯's words a sentence before does not compete."""
    quotes, _ = extract_quotes(text)
    speakers = [to_simplified(q.speaker) for q in quotes]
    assert speakers == ["方伯伯", "方伯伯", "方伯伯", "方伯伯", "麦伯伯"]
    assert quotes[1].text.startswith("「612") and quotes[1].text.endswith("新屋嶺。」"[-1])
    assert "點解香港人" in quotes[1].text or "点解香港人" in quotes[1].text


def test_listed_questions_of_reporters_are_no_ones_record():
    """13297 (Simplified in the set): reporters' questions 「…」、「…」 after 向她发问 are not 林郑月娥's.
    A guard for the rule above (the start-of-round rules pass it too): a listed quotation is joined
    to a record, never attributed on its own."""
    text = (
        "林郑月娥今早出席立法会会议后，离开时，现场记者有默契地用英语连环向她发问："
        "「Do you think you've insulted the English media and would you apologize?」、"
        "「Would you apologize for your comment?」也有记者询问她为官多年。"
    )
    for version in _both_scripts(text):
        quotes, _ = extract_quotes(version)
        assert not any("Would you" in q.text for q in quotes)


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "吉記海味雜貨的老闆娘鄭太，兩眉被憂愁壓著。"
        "「成條街（指街市內通道）一個客都無。 」瘦削的鄭太幽幽道。\n"
        "鄭老闆聽見就動氣：「無嚟問有無嘢要幫手，議員真係廢，個個為每月十幾萬落袋！」"
        "他繼續炮轟：「而家所有區議員，全都係垃圾，就係咁簡單！」"
    ),
)
def test_people_known_by_address_and_a_manner_before_the_verb(text):
    """48957: 鄭太幽幽道 after her words is 鄭太 speaking (幽幽 is how); 鄭老闆 is the owner known by
    surname, and 議員真係廢 (councillors are useless) is no person."""
    quotes, _ = extract_quotes(text)
    assert [(to_simplified(q.speaker), q.verb) for q in quotes] == [
        ("郑太", "道"),
        ("郑老板", ""),
        ("郑老板", ""),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        *zip(
            _both_scripts(
                "李定國回覆查詢時表示，判詞似乎指批准保釋的假定仍然存在，不過，"
                "他提醒法庭並無處理到國安法42條的合憲性，預計日後可能再有進一步的法律挑戰。"
            ),
            (
                [
                    ("表示", "判詞似乎指批准保釋的假定仍然存在"),
                    ("提醒", "法庭並無處理到國安法42條的合憲性，預計日後可能再有進一步的法律挑戰"),
                ],
                [
                    ("表示", "判词似乎指批准保释的假定仍然存在"),
                    ("提醒", "法庭并无处理到国安法42条的合宪性，预计日后可能再有进一步的法律挑战"),
                ],
            ),
            strict=True,
        ),
        *zip(
            _both_scripts(
                "學者姚松炎指，政府曾發放多項誤導訊息，他一年半前曾指出政府高估高鐵的載客量及內部回報率。"
            ),
            (
                [("指", "政府曾發放多項誤導訊息"), ("指出", "政府高估高鐵的載客量及內部回報率")],
                [("指", "政府曾发放多项误导讯息"), ("指出", "政府高估高铁的载客量及内部回报率")],
            ),
            strict=True,
        ),
    ],
)
def test_he_then_a_verb_starts_a_new_statement(text, expected):
    """33127: …，不過，他提醒法庭… and 5866: …，他一年半前曾指出政府…: he, perhaps a time, then a verb
    taking its words without a comma starts a new record; 不過 leads into it."""
    quotes, _ = extract_quotes(text)
    assert [(q.verb, q.text) for q in quotes] == expected


def test_a_report_cited_inside_the_words_ends_them():
    """14188 (Simplified in the set): …，报道称特朗普说… is the report again, not the participant."""
    text = (
        "特朗普虽然没有指名任何国家，但与会者认为清晰是指中国（the attendee said was clearly China），"
        "报道称特朗普说「几乎所有来到这个国家的学生都是间谍」。"
    )
    for version in _both_scripts(text):
        quotes, _ = extract_quotes(version)
        assert quotes[0].text.endswith("clearly China）")


# --- Round 18: heldout17's errors ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "學生會晚上舉行記者會，批評沈祖堯言而無信。他們表示，會繼續通宵留守。",
            [("学生会", "批评"), ("学生会", "表示")],
        ),
        *_both_scripts_expecting(
            "學生會表示，文化廣場内的宣傳品一向有展示的期限。會方強調，即使要拆除，須交由學生會負責。",
            [("学生会", "表示"), ("会方", "强调")],
        ),
        *_both_scripts_expecting(
            "安海同鄉聯誼會指，收據上報只作存底之用，至於是否可以取回捐款，他稱：「幫你問吓」；"
            "香港磁灶鎮同鄉會稱，不知道收據上報後有何用途。",
            [("安海同乡联谊会", "指"), ("安海同乡联谊会", "称"), ("香港磁灶镇同乡会", "称")],
        ),
    ],
)
def test_an_organisation_goes_on_as_they_or_as_its_voice(text, expected):
    """6912: 他們表示 after 學生會's statement is 學生會 again, and 會方 is the union; 16389: 他稱 in
    the same sentence as 同鄉聯誼會指 is the association's voice, not a person."""
    assert _organisations_only(text, "organisation", "verb") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "中大校長沈祖堯今天首次現身開腔談及事件。他又為有學生以侮辱性言語傷害他人，代表校方對所有"
            "被冒犯的人，致以深切歉意，指學校會按既定程序，調查及處理學生的操守行爲。",
            [("沈祖尧", "指")],
        ),
        *_both_scripts_expecting(
            "民主黨立法會議員林卓廷，早前往英國舉報前特首梁振英。另外，梁振英委託薛馮鄺岑律師行今天"
            "發聲明，表示梁振英與UGL簽署協議時，他並非戴德梁行的董事。",
            [("梁振英", "表示")],
        ),
        *_both_scripts_expecting(
            "美國國務院召見崔天凱，就中國外交部發言人趙立堅的說法提出抗議。趙立堅周四在他的Twitter"
            "指責美國政府隱瞞真相，要求美方解釋，並說病毒可能是美軍帶到武漢。",
            [("赵立坚", "指责")],
        ),
        *_both_scripts_expecting(
            "候選人陳凱欣表示會獨立參選。陳凱欣為何向公眾指她是「獨立」參選等問題，陳凱欣沒有回覆。",
            [("陈凯欣", "表示")],
        ),
    ],
)
def test_words_said_on_someones_behalf_or_asked_of_them(text, expected):
    """6912: 代表校方 is on the school's behalf, he goes on speaking; 8555: 梁振英委託律師行發聲明 is
    his statement; 27846: 周四 before 在他的Twitter, and 要求美方解釋 is no organisation speaking;
    16389: 為何…指 is a question put to her, not her words."""
    assert _people_only(text, "speaker", "verb") == expected


@pytest.mark.parametrize(
    "text, speaker, role, verb",
    [
        *_both_scripts_expecting(
            "對於韓國瑜到訪中聯辦，立法會議員朱凱廸、區諾軒、梁耀忠和香港眾志發表聯署聲明，"
            "認為韓市長這種安排不合適。",
            "朱凯廸",
            "立法会议员",
            "认为",
        ),
        *_both_scripts_expecting(
            "民建聯陳克勤、經民聯林健鋒、工聯會郭偉強批評郭榮鏗無權處理議案，促選舉主席。",
            "陈克勤",
            "民建联",
            "批评",
        ),
        *_both_scripts_expecting(
            "「賭王」何鴻燊、才子黃霑、「歌神」許冠傑、前立法局主席黃宏發，都是利瑪竇師弟的「大仙」。"
            "許冠傑2012年港大慶祝百周年時回到港大校園表演，他當時也說是「臨考試前才非常勤力，平時會走吓堂」。",
            "许冠杰",
            "「歌神」",
            "说",
        ),
        *_both_scripts_expecting(
            "周五抵港訪問的台灣高雄巿長韓國瑜，傍晚到中聯辦。較早時，韓國瑜表示此行是交朋友和做生意，"
            "是經濟之旅。當記者問及政治問題時，韓國瑜均避而不答。",
            "韩国瑜",
            "台湾高雄巿长",
            "表示",
        ),
        *_both_scripts_expecting(
            "格瑞德是伊利諾伊州一個農場的主人。特朗普政府農業部宣布提供120億美元的援助。"
            "格瑞德說：這120億美元不都是用來補貼大豆。",
            "格瑞德",
            None,
            "说",
        ),
        *_both_scripts_expecting(
            "他在港大最後一年時，有舍友這樣形容他：「你關掉電視後，甚少會見到他。」", None, "舍友", "形容"
        ),
        *_both_scripts_expecting(
            "其中香港廈門聯誼總會的職員，被問到是否可以取回所捐款項時，用普通話回答：「也有可能」。",
            None,
            "职员",
            "回答",
        ),
        *_both_scripts_expecting(
            "特朗普的經濟顧問認為，在人民幣已經貶值6%的情況下，加徵10%的關稅，起不到對中國施壓的效果。",
            None,
            "经济顾问",
            "认为",
        ),
    ],
)
def test_who_speaks_among_lists_bynames_and_plain_words(text, speaker, role, verb):
    """19267 and 29314: people named together speak as the first of them, with the list's label;
    9597: 「歌神」 is 許冠傑's role and 說是「…」 his words; 19267: 韓國瑜 opens with the word 韓國
    but recurs as a name (and 巿 is 市); 14052: the transliterated 格瑞德 speaks without a title, 顧問
    is an anonymous speaker; 9597: 有舍友這樣形容他; 16389: 用普通話 is how the clerk answered."""
    assert _quoted_fields(text, "speaker", "role", "verb") == [(speaker, role, verb)]


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "沈祖堯今日再重申，言論自由是大學基石。他又指，不希望校園成為政治力量宣傳或動員的場所，"
            "認爲行爲只會令師生不再有平靜環境去探求學問，要求學生會盡快移除港獨宣傳品。",
            [
                "言论自由是大学基石",
                "不希望校园成为政治力量宣传或动员的场所，认为行为只会令师生不再有平静"
                "环境去探求学问，要求学生会尽快移除港独宣传品",
            ],
        ),
        *_both_scripts_expecting(
            "艾柏森說，與中國貿易糾紛造成的威脅很大。他說：我們有機制應對天災，希望最好的結果，"
            "「可是現在我們不知道明年會發生什麼事」。他說，我們最強的對手巴西一直在擴大。",
            [
                "与中国贸易纠纷造成的威胁很大",
                "我们有机制应对天灾，希望最好的结果，「可是现在我们不知道明年会发生什么事」",
                "我们最强的对手巴西一直在扩大",
            ],
        ),
        *_both_scripts_expecting(
            "澳前總理陸克文：現在問題是如何讓中方體面地讓步\n澳洲前總理、亞洲協會政策研究所主席陸克文"
            "（Kevin Rudd）認為，現在的問題是，如何能夠讓中方體面地作出讓步。",
            ["现在的问题是，如何能够让中方体面地作出让步"],
        ),
    ],
)
def test_where_words_end_at_a_plain_word_a_new_sentence_or_a_subheading(text, expected):
    """6912: 學問 is a word, not the verb 問, so the words go on; 14052: …。他說， starts a new record
    inside a colon's unquoted words; a titled person's line without a full stop is a subheading."""
    quotes, _ = extract_quotes(text)
    assert [to_simplified(q.text) for q in quotes] == expected


# --- Round 19: heldout18's errors ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "被告何兆麟（65歲）被控去年9月8日在粉嶺裁判法院外威脅石房有。控方播放案發片段，顯示石大叫，"
            "然後被告回應：「我同你隻揪！」⏎被告表示：「（石大喊）『Ｘ樣』真係好刺激，呢個粗口我最憎㗎喇！」",
            [("何兆麟", "被告", "回应"), ("何兆麟", "被告", "表示")],
        ),
        *_both_scripts_expecting(
            "被告在控方盤問下表示，事發前僅在電視上見過石，雙方沒碰過面。",
            [(None, "被告", "表示")],
        ),
    ],
)
def test_a_bare_defendant_is_the_one_named_before_or_anonymous(text, expected):
    """47137: 被告表示 after 被告何兆麟 is that defendant, though he has not spoken yet; 被告 with no
    defendant named is an anonymous speaker, not a passive (被…)."""
    quotes, orgs = extract_quotes(text.replace("⏎", "\n"))
    assert not orgs
    assert _in_simplified(quotes, "speaker", "role", "verb") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "立法會議員區諾軒發新聞稿表示，船廠違泊情況嚴重。他同意申訴專員指，地政總署執法人員應"
            "「具備足夠船廠用途的專業知識」以協助執法。",
            [("区诺轩", "表示"), ("区诺轩", "同意")],
        ),
        *_both_scripts_expecting(
            "李家超的警察背景及缺乏政策協調成為記者會焦點，林鄭說全面能力並不是最重要。她舉例過去商界"
            "出身的唐英年都曾經出任政務司司長。",
            [("林郑", "说"), ("林郑", "举例")],
        ),
        *_both_scripts_expecting(
            "民主黨主席胡志偉在發言時，提及新華社、工聯會及前特首梁振英等親共組織及人物，曾在八九六四後"
            "於報章刊登廣告譴責中共暴力鎮壓。",
            [("胡志伟", "提及")],
        ),
        *_both_scripts_expecting(
            "雖然多名年輕學運領袖入獄，謝同學說對未來仍有信心，「今日熱血的年輕人，他日都會成為香港的掌權者。」",
            [("谢同学", "说")],
        ),
    ],
)
def test_verbs_that_take_their_words_without_a_comma(text, expected):
    """19038: 發新聞稿 between the name and 表示, and 同意 with its words straight after; 42783: 舉例
    and 19586: 提及 likewise; 7234: 謝同學, named only so, speaks (同學說 is no 學說)."""
    assert _people_only(text, "speaker", "verb") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "林鄭以普通話回答：「作為特首，會負責把情況穩定，警隊也非常努力去維護法治。」她說罷便轉身離去，"
            "在場記者起哄。",
            [("回答", "作为特首，会负责把情况稳定，警队也非常努力去维护法治。")],
        ),
        *_both_scripts_expecting(
            "被問到郭炳湘有否入股，郭炳湘的發言人當時表示，郭與黃浩是朋友，有時會見面食飯，但未有進一步"
            "回應其他提問。",
            [("表示", "郭与黄浩是朋友，有时会见面食饭")],
        ),
        *_both_scripts_expecting("人權新聞獎主辦單位確認廣播處長曾聯絡要求抽起港台參賽作品。", []),
    ],
)
def test_what_follows_the_words_or_what_was_not_said(text, expected):
    """22750: 說罷便轉身離去 is what she did after speaking; 5468: 但未有進一步回應 is the reporter's
    narrative; 39861: 曾聯絡要求 is "once contacted", 曾 is no surname."""
    assert _quoted_fields(text, "verb", "text") == expected


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        *_both_scripts_expecting(
            "林鄭搬出港澳辦主任夏寶龍說，要找想幹事、會幹事、能幹事、幹成事的人。", "夏宝龙", "港澳办主任"
        ),
        *_both_scripts_expecting(
            "片段開始時，郭榮鏗及民主黨涂謹申正激動地批評委員會主席謝偉俊。涂謹申質問：「你決議咗啲咩呀？」",
            "涂谨申",
            "民主党",
        ),
    ],
)
def test_the_role_is_the_cited_or_listed_persons_own(text, speaker, role):
    """46238: 林鄭搬出夏寶龍's words, so his role starts after 搬出; 7781: 郭榮鏗及民主黨涂謹申 gives
    涂謹申 the role after 及."""
    quotes, _ = extract_quotes(text)
    last = quotes[-1]  # the cited or listed person's own words
    assert (to_simplified(last.speaker), to_simplified(last.role)) == (speaker, role)


# --- Round 20: heldout19's errors ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "國際移工聯盟主席、在港工作的印尼籍家傭Eni Lestari表示，有外傭稱每星期只獲發三個口罩。"
            "近日，不少傭工都忙於替僱主在家鄉撲口罩，Lestari說，香港大部分僱主是好的。",
            [("Eni Lestari", "印尼籍家佣", "表示"), ("Eni Lestari", "印尼籍家佣", "说")],
        ),
        *_both_scripts_expecting(
            "記者在大埔墟街市外訪問了一些外傭。印傭Yanie表示，每次外出都可以在家取得一個口罩。",
            [("Yanie", "印佣", "表示")],
        ),
        *_both_scripts_expecting(
            "創辦人Raphael Cohen為此感到心痛。⏎Raphael認為，香港有完善的商業系統，適合創業。⏎"
            "另一位來港工作接近2年的法國人Julia Besnard，以工作假期簽證來港。Julia說：「法國經濟不好。」",
            [("Raphael Cohen", "创办人", "认为"), ("Julia Besnard", "法国人", "说")],
        ),
    ],
)
def test_names_in_latin_letters_after_a_role_and_by_first_name(text, expected):
    """26843: 印尼籍家傭Eni Lestari, then Lestari; 印傭Yanie (a domestic helper's role before a Latin
    name); 6403: Raphael is Raphael Cohen, and 法國人Julia Besnard is named by her nationality."""
    assert _quoted_fields(text, "speaker", "role", "verb") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "李卓人高呼「平反六四」、「結束一黨專政」、「反對國安法」等口號，其後與眾人一起手持燭光。",
            [("李卓人", "「平反六四」、「结束一党专政」、「反对国安法」")],
        ),
        *_both_scripts_expecting(
            "陳宏達與羅偉光被帶走，公眾席眾人高呼「加油！」。",
            [(None, "加油！")],
        ),
        *_both_scripts_expecting(
            "美國總統特朗普多次表示「進展很好」、「將會有大交易」等。",
            [("特朗普", "「进展很好」、「将会有大交易」")],
        ),
        *_both_scripts_expecting(
            "劳福局局长罗致光总结发言时，表明「无意全面检讨综援计划」，但会不断检视计划及推出针对措施。",
            [("罗致光", "「无意全面检讨综援计划」，但会不断检视计划及推出针对措施")],
        ),
    ],
)
def test_slogans_and_quotations_end_where_the_speakers_words_end(text, expected):
    """30671: slogans end before 等口號; 42555: 公眾席眾人 shout; 18371: listed quotations end before 等;
    17918: 「…」，但會… goes on with the speaker's own words."""
    assert _quoted_fields(text, "speaker", "text") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "香港教會更新運動總幹事胡志偉牧師接受電話訪問時，感慨地表示，過往亦聽聞過同類案件。",
            [("胡志伟", "香港教会更新运动总干事", "表示")],
        ),
        *_both_scripts_expecting(
            "周四同一天，白宮經濟顧問庫特羅對記者表示，中美元首稍後可能還會會晤。",
            [("库特罗", "白宫经济顾问", "表示")],
        ),
        *_both_scripts_expecting(
            "美國總統特朗普周二稱不會會晤。特朗普在白宮被記者問到，是否在截止日前與習近平見面，"
            "他搖了搖頭說：「不會」。",
            [("特朗普", "美国总统", "称"), ("特朗普", "美国总统", "说")],
        ),
        *_both_scripts_expecting(
            "該組織的香港發言人回覆眾新聞查詢稱，有關決定完全與國安法被任意使用有關。",
            [(None, "香港发言人", "称")],
        ),
        *_both_scripts_expecting(
            "中央社報道，總統蔡英文幕僚透露，台灣方面從頭到尾就很堅定司法互助原則。",
            [(None, "总统蔡英文幕僚", "透露")],
        ),
        *_both_scripts_expecting(
            "港台節目顧問何重恩今日出席活動時卻說不評論「正常節目調動」。",
            [("何重恩", "港台节目顾问", "说")],
        ),
    ],
)
def test_who_speaks_past_titles_recipients_and_occasions(text, expected):
    """13066: 胡志偉牧師 and 感慨地表示; 18371: 對記者 after 庫特羅, and 被記者問到 is the question put
    to him; 46871: 回覆眾新聞查詢 is what the spokesman answers (回覆眾 is no name); 24372: 蔡英文幕僚
    is her staff; 45071: 出席活動時卻說, an occasion between the speaker and 說."""
    assert _quoted_fields(text, "speaker", "role", "verb") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "團隊當中有說英文的外籍人士，亦有說廣東話的香港人，成員來自五湖四海。",
            [],
        ),
        *_both_scripts_expecting(
            "在英國獲政治庇護的英國駐香港總領事館前職員鄭文杰去年12月也宣布成立「香港影子議會」，"
            "時任中國駐英大使劉曉明當時抨擊此舉破壞一國兩制。",
            [("郑文杰", "成立「香港影子议会」"), ("刘晓明", "此举破坏一国两制")],
        ),
        *_both_scripts_expecting(
            "時任立法局議員譚耀宗曾在節目上強烈譴責北京血腥鎮壓學生群眾；2007年，皇后碼頭風波期間，"
            "《城市論壇》移師皇后碼頭舉行。",
            [("谭耀宗", "北京血腥镇压学生群众")],
        ),
    ],
)
def test_where_the_words_of_a_record_stop(text, expected):
    """6403: 說廣東話的香港人 speaks a language, says nothing; 48533: a long role before a name the
    article knows starts a new record; 45071: after a semicolon, 2007年 is the narrative again."""
    assert _quoted_fields(text, "speaker", "text") == expected


# --- Round 21: heldout20's errors ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "社民連黃浩銘譴責政權利用鄒幸彤「祭旗」，以文字獄的方式威嚇港人，強調不會停止悼念六四。",
            [("黄浩铭", "社民连", "谴责")],
        ),
        *_both_scripts_expecting(
            "投訴人向《蘋果》稱，其他旅客都在房內用餐，酒店卻為老顧客大開方便之門。",
            [(None, "投诉人", "称")],
        ),
        *_both_scripts_expecting(
            "高雄市長陳其邁也遭此風波牽連。昨下午陳其邁被問及此事時表示，事發地點在屏東縣。",
            [("陈其迈", "高雄市长", "表示")],
        ),
        *_both_scripts_expecting(
            "連同昨日（9日）大埔區議員胡耀昌、連桷璋亦分別宣布辭職。胡耀昌形容，議會空間已被徹底封堵。",
            [("胡耀昌", "大埔区议员", "宣布"), ("胡耀昌", "大埔区议员", "形容")],
        ),
        *_both_scripts_expecting(
            "在台灣，行政院南部聯合服務中心執行長陳政聞亦被舉報指，一行約10多人在南部一處高級渡假村聚餐。",
            [],
        ),
        *_both_scripts_expecting(
            "以及新界東的新同盟范國威分別提出捐出議員薪津及關注囚權，希望鞏固本土派票源。",
            [],
        ),
        *_both_scripts_expecting(
            "署理裁判官蘇惠德表示理解。⏎法官同意，截圖裡的涉案人只是低頭。",
            [("苏惠德", "署理裁判官", "同意")],
        ),
    ],
)
def test_who_speaks_after_an_affiliation_a_time_or_a_bare_title(text, expected):
    """43011: 社民連 is an affiliation; 43477: 投訴人 speaks unnamed, 昨下午 comes before the name,
    and 被舉報指 is what others say of him; 41187: 昨日（9日） is no part of the role; 10657: 薪津 after
    提出 is what was proposed, not a speaker; 17620: a bare 法官 is the one judge of the hearing."""
    assert _quoted_fields(text, "speaker", "role", "verb") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "劉汝新質疑警方執法不公，指「希望行使市民權利將件事講番出嚟」，"
            "他今天聯同民主黨立法會議員涂謹申召開記者會交代事發經過。",
            [("刘汝新", "警方执法不公，指「希望行使市民权利将件事讲番出嚟」")],
        ),
        *_both_scripts_expecting(
            "代表鄒幸彤的大律師張耀良一度提出，希望報道保釋內容限制獲豁免，惟遭裁判官香淑嫻拒絕。",
            [("张耀良", "希望报道保释内容限制获豁免")],
        ),
        *_both_scripts_expecting(
            "協助劉汝新的涂謹申表示，這可能是一單「涉嫌刑事行為」的案件，質疑涉事總督察郭進傑失職，"
            "他直言「退一萬步，講得衰啲。」",
            [
                ("涂谨申", "这可能是一单「涉嫌刑事行为」的案件，质疑涉事总督察郭进杰失职"),
                ("涂谨申", "退一万步，讲得衰啲。"),
            ],
        ),
        *_both_scripts_expecting(
            "聶德權認同選票保安重要，指當局會作好安排。",
            [("聂德权", "选票保安重要，指当局会作好安排")],
        ),
    ],
)
def test_where_the_words_end_and_who_he_is_after_them(text, expected):
    """13430: …，他今天聯同… is the reporter again, and 郭進傑, named inside 涂謹申's words, does not
    take his 他; 43011: …，惟遭…拒絕 is what happened to the request; 18550: 認同 reports speech."""
    assert _quoted_fields(text, "speaker", "text") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "終審法院前首席大法官李國能撰文。⏎李國能:立法可理解 症結在內容⏎"
            "李官提出，《國安法》須符合普通法下的關鍵原則：⏎一、不具追溯力⏎二、控罪定義合理地清晰⏎"
            "三、審訊必須在香港公開公平進行⏎反駁外籍法官不應參予審理",
            [
                ("李国能", "提出", "《国安法》须符合普通法下的关键原则"),
                ("李国能", "", "不具追溯力"),
                ("李国能", "", "控罪定义合理地清晰"),
                ("李国能", "", "审讯必须在香港公开公平进行"),
            ],
        ),
        *_both_scripts_expecting(
            "前立法會議員尹兆堅今日在Facebook宣布，已辭去區議員職務。⏎尹兆堅：功成不必我在，成功我在其中⏎"
            "他表示，由於至今仍被還柙，未能再履行議員職務。",
            [
                ("尹兆坚", "宣布", "已辞去区议员职务"),
                ("尹兆坚", "表示", "由于至今仍被还柙，未能再履行议员职务"),
            ],
        ),
        *_both_scripts_expecting(
            "佔中發起人陳健民批評喬曉陽。⏎陳健民：喬「痛心論」無意義 「好好檢討下啦」⏎"
            "陳健民表示，喬曉陽的說法無意義。",
            [("陈健民", "批评", "乔晓阳"), ("陈健民", "表示", "乔晓阳的说法无意义")],
        ),
    ],
)
def test_subheadings_naming_a_person_and_numbered_items_after_a_colon(text, expected):
    """30548, 41187, 11610: a named person's headline line (no full stop; quotations only with a
    headline's spacing) is a subheading, not transcript; 30548: each numbered item after 提出…：
    is a record of the speaker, without its number."""
    assert _quoted_fields(text, "speaker", "verb", "text") == expected


# --- Round 22: heldout21's errors ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "另一名董事劉炳章回覆眾新聞電話查詢時同樣表示，據他所知，瑞安並沒有免租給他們，「絕對無嗰啲咩免租啊。」",
            [("刘炳章", "董事", "表示")],
        ),
        *_both_scripts_expecting(
            "全國政協副主席梁振英，卸任特首後去年9月起出任兩間擔保有限公司的董事局主席，分別為：「一帶一路」"
            "國際合作香港中心有限公司、大灣區香港中心有限公司。",
            [],
        ),
        *_both_scripts_expecting(
            "美國總統特朗普的首席經濟顧問庫特羅周二說，美國對美中恢復貿易談判表示歡迎。他說，目前看來，"
            "特朗普和中國國家主席習近平的會晤已經很明確。",
            [("库特罗", "首席经济顾问", "说"), ("库特罗", "首席经济顾问", "说")],
        ),
        *_both_scripts_expecting(
            "美國署理國防部長沙納漢周三召集官員。沙納漢新年在社交媒體表示，「美國的軍事力量持續，是我們專注的工作」。",
            [("沙纳汉", "美国署理国防部长", "表示")],
        ),
        *_both_scripts_expecting(
            "六四學運領袖王丹，周一下午在社交媒體表示，「在此我也要正告中共，你們罪不可恕！」",
            [("王丹", "六四学运领袖", "表示")],
        ),
        *_both_scripts_expecting(
            "美國總統特朗普香港時間周四晚在twitter表示，他剛與中國國家主席習近平進行了一個「長時間及非常良好的交談」。",
            [("特朗普", "美国总统", "表示")],
        ),
        *_both_scripts_expecting(
            "前立法會主席曾鈺成今日出席「香港十大傑出大專學生選舉2021」後表示，不會猜測中大學生會解散原因。",
            [("曾钰成", "前立法会主席", "表示")],
        ),
        *_both_scripts_expecting(
            "民陣召集人陳皓桓周五回覆時估計10名被告傾向認罪，但他其後未再回覆查詢。",
            [("陈皓桓", "民阵召集人", "估计")],
        ),
    ],
)
def test_who_speaks_past_an_answer_a_place_a_time_or_a_marked_name(text, expected):
    """10452: 回覆…查詢時同樣表示 is the one asked, and 「一帶一路」 running into a company's name is no
    quotation; 16433: 顧問 before a name is a role, not 問 (asked); 17572, 4862: 在社交媒體 is where
    someone spoke, not an organisation, and 領袖 titles 王丹; 16140: 香港時間 after a name; 46255: an
    event's name in marks does not end the clause; 41383: 周五回覆時 between a name and its verb."""
    assert _quoted_fields(text, "speaker", "role", "verb") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "在節目中，旅日台僑王輝生醫生接受採訪。關西機場風災後，王輝生寫電郵給蘇啟誠說，關西機場關閉，"
            "中國的巴士根本不可能進得去。",
            [("王辉生", "旅日台侨", "说")],
        ),
        *_both_scripts_expecting(
            "在長沙灣元州邨票站外，不少中老年選民指傾向支持新人。她是今年50多歲的劉女士，手持A3白紙。"
            "她又拿著九西本土派候選人劉澤鋒的單張，指自己衷心支持他。⏎約5分鐘後，本土派劉澤鋒的助選團隊到場。",
            [(None, "中老年选民", "指"), ("刘女士", None, "指")],
        ),
        *_both_scripts_expecting(
            "當有家長對產品包裝上的「固體飲料」提出質疑時，導購員聲稱「倍氨敏」是店裡最好也是最暢銷的奶粉。",
            [(None, "导购员", "声称")],
        ),
        *_both_scripts_expecting(
            "報道續稱，江西地區一位母嬰行業人士對該報稱，此類「三無特配粉」在地方十分常見。",
            [(None, "江西地区一位母婴行业人士", "称")],
        ),
        *_both_scripts_expecting(
            "港大發言人回應事件稱，案件正在調查中，校方不宜作評論。",
            [(None, "港大发言人", "称")],
        ),
        *_both_scripts_expecting(
            "陳姓男子當時仍在逃，檢方當時表示將指揮警方持續追查。當時嫌犯自稱，因不滿林榮基宣揚香港問題的理念，"
            "才會動手犯案。",
            [(None, "检方", "表示"), (None, "嫌犯", "自称")],
        ),
        *_both_scripts_expecting(
            "遭攻擊而受傷的保護傘負責人周小姐今未到庭聆判，僅向眾新聞表示，「尊重法院的判決」。"
            "周小姐也期待，保護傘能像音樂盒一樣浴火重生。",
            [("周小姐", "保护伞负责人", "表示"), ("周小姐", "保护伞负责人", "期待")],
        ),
    ],
)
def test_who_speaks_named_by_a_title_an_introduction_or_a_job(text, expected):
    """18873: 王輝生醫生 introduces him, and 蘇啟誠 after 給 is written to; 31877: 今年50多歲的劉女士 is
    someone new although a 劉 was named; 29846: 導購員 speaks unnamed and 對該報稱 is 稱; 44526: 回應事件稱;
    44702: 檢方 and 嫌犯 speak unnamed, 向眾新聞表示 names the outlet, 期待 after a person."""
    assert _quoted_fields(text, "speaker", "role", "verb") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "美國總統特朗普在社交媒體透露與習近平進行電話長談。隨後，特朗普對記者表示，將會和習近平達成一個"
            "對雙方有益的協議，但未有進一步表述。",
            [("特朗普", "与习近平进行电话长谈"), ("特朗普", "将会和习近平达成一个对双方有益的协议")],
        ),
        *_both_scripts_expecting(
            "總統貿易顧問納瓦羅上周五發表演講。但他對華爾街的抨擊卻引發爭議，這位被視作特朗普智囊中主張對中國強硬的"
            "經濟學家，把敦促美中結束貿易糾紛的華爾街高層人員稱為「未註冊的外國代理人」。",
            [],
        ),
        *_both_scripts_expecting(
            "台灣銅鑼灣書店負責人林榮基在街頭遭3名男子潑紅漆；林榮基當時接受眾新聞訪問時表示，潑漆事件發生後，"
            "他走在巷弄時，還會擔心遭人做出類似攻擊舉動。",
            [("林荣基", "泼漆事件发生后，他走在巷弄时，还会担心遭人做出类似攻击举动")],
        ),
        *_both_scripts_expecting(
            "中大學生會前會長區倬僖指出，中大學生會歷經半世紀，是無可取代。即使中大學生會消失，但他深信路是人行出來的。"
            "⏎區倬僖寄語有份決定解散的學生會成員：「我想同啲下莊講，唔需要太過自責。」",
            [
                ("区倬僖", "中大学生会历经半世纪，是无可取代"),
                ("区倬僖", "路是人行出来的"),
                ("区倬僖", "我想同啲下庄讲，唔需要太过自责。"),
            ],
        ),
    ],
)
def test_words_end_before_what_was_left_unsaid_and_begin_after_whom_they_are_for(text, expected):
    """16433: …，但未有進一步表述 is the reporter's, and 的抨擊 is a noun; 44702: a clause ending in
    發生後 opens the words; 46255: 深信 after a person, and 寄語 names whom the words are for."""
    assert _quoted_fields(text, "speaker", "text") == expected


# --- Round 23: heldout22's errors ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "曾是美國財政部駐北京代表的軒森（Michael Hirson）對《華爾街日報》表示，如果這次到訪沒有好好協調，"
            "這次會面就會徒然。",
            [("轩森", "美国财政部驻北京代表", "表示")],
        ),
        *_both_scripts_expecting(
            "事後，非洲尼日利亞眾議院議長賈比亞(Gbaja Biamila) 召見中國駐尼國大使周平劍，就近日事件表達不滿，"
            "強調「不能容認」。",
            [("贾比亚", "非洲尼日利亚众议院议长", "强调")],
        ),
        *_both_scripts_expecting(
            "中國外交部發言人趙立堅，在昨日的周一(13日)例行記者會上否認歧視一說，又以「好兄弟」形容跟非洲國家關係。",
            [("赵立坚", "中国外交部发言人", "否认")],
        ),
        *_both_scripts_expecting(
            "被追截者戴綠色口罩 被告戴黑色面巾⏎今日聆訊庭上引述受襲警員A證供，他稱原本跟被告相距5至10米，"
            "被告衝撞他然後轉身逃走。",
            [("A", "受袭警员", "称")],
        ),
        *_both_scripts_expecting(
            "法官張慧玲看過呈堂新聞片，指出片中受襲警員追截一名黑衣人。⏎張官同謂，新聞片是獨立證據，說不定警員記錯情況。",
            [("张慧玲", "法官", "指出"), ("张慧玲", "法官", "谓")],
        ),
        *_both_scripts_expecting(
            "醫學會會長蔡堅坦言，自己多數不會再參與。「無咩好做，我們應該感恩的。」曾任多屆選委的蔡堅帶弦外之音地說。",
            [("蔡坚", "医学会会长", "坦言"), ("蔡坚", "医学会会长", "说")],
        ),
        *_both_scripts_expecting(
            "此外，據悉律師會會長蘇紹聰亦未被排除可能接任司長，蘇紹聰先前傳媒茶敘比喻說不論冷熱，都無意入「廚房」。",
            [("苏绍聪", "律师会会长", "比喻说")],
        ),
        *_both_scripts_expecting(
            "一些中國官員認為，中美可能最終達成協議，前財長樓繼偉三月下旬說過，「最重要的是，特朗普是一個商人。」",
            [(None, "中国官员", "认为"), ("楼继伟", "前财长", "说过")],
        ),
    ],
)
def test_who_speaks_past_a_bracketed_original_an_object_or_a_manner(text, expected):
    """11823: 代表的軒森（Michael Hirson）: all after 的 is the name; 28907: the one summoned
    (召見…大使周平劍) is neither the speaker nor a second one, and 在昨日的…記者會上 between a name and
    its verb; 47406: a capital letter after a role is a name the court gives, the heading's 戴黑色 is
    no name, and 張官同謂 is the judge; 40258: 帶弦外之音地 is a manner; 7912: 據悉 cites no one, 茶敘
    and 比喻說; 11823: 三月下旬說過 starts a new speaker inside another's words."""
    assert _quoted_fields(text, "speaker", "role", "verb") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting("社聯表示，要停止社署扣減綜援金額需時一個月至半年。", [("社联", "表示")]),
        *_both_scripts_expecting(
            "該報稱，由於美國不滿中國施壓美方企業轉移技術給中方合作夥伴。", [("该报", "称")]
        ),
        *_both_scripts_expecting(
            "入境處回覆稱不評論個別個案，又稱會按照相關法律和政策處理。", [("入境处", "回覆称")]
        ),
        *_both_scripts_expecting(
            "全國人大公布，廣東省全國人大代表、香港中聯辦前副主任李剛因「涉嫌嚴重違紀」被責令辭職。",
            [("全国人大", "公布")],
        ),
        *_both_scripts_expecting(
            "廣東省衛健委最新公布，昨日全省新境外輸入確診例共6宗。", [("广东省卫健委", "公布")]
        ),
        *_both_scripts_expecting(
            "支聯會記者會後約半小時，警方出聲明指，留意到有團體公然表示不會遵從法定要求。", [("警方", "指")]
        ),
    ],
)
def test_organisations_by_short_names_and_after_a_statement(text, expected):
    """3119: 社聯 (the Council of Social Service); 11823: 該報 is the paper, not 該 + 報; 47652: 入境處;
    6624: 全國人大; 28907: 最新公布; 45068: 出聲明指."""
    assert _organisations_only(text, "organisation", "verb") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "眾新聞向港大校委查詢，有多名不願具名的校委稱，過去聘任學者是都沒有詢問政治背景，只看學歷及推薦。",
            [(None, "校委", "称")],
        ),
        *_both_scripts_expecting("上訴方強調，被告在柱後出現，不見他向前衝撞。", [(None, "上诉方", "强调")]),
        *_both_scripts_expecting(
            "與這次北京之行有關人士對《華爾街日報》說，財長今年三月底與中國副總理劉鶴通電話後，一直想率領代表團到北京。",
            [(None, "说")],
        ),
        *_both_scripts_expecting(
            "前財長保爾森傾向以談判解決問題，據熟悉這次美國代表團訪京行的人士稱，保爾森一直敦促姆欽率團到北京。",
            [(None, "人士", "称")],
        ),
        *_both_scripts_expecting(
            "官方新華社曾經 刊出文章 引述內地法律學者稱，《約翰內斯堡原則》並非國際公約也沒有法律約束力。",
            [(None, "内地法律学者", "称")],
        ),
    ],
)
def test_unnamed_people_council_members_appellants_and_sources(text, expected):
    """35105: 校委 are council members, people, not an organisation; 47406: 上訴方 (the appellant's
    side); 11823: 與…有關人士 speak unnamed, and a source's words that someone 敦促 (urged) stay the
    source's; 46325-t2s: 引述 a little further into the head still names the one cited."""
    fields = ("speaker", "role", "verb") if len(expected[0]) == 3 else ("speaker", "verb")
    assert _quoted_fields(text, *fields) == expected


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "阿麗（化名）10歲兒子患血病，她要長期照顧兒子。最終經歷數年追討，阿麗前夫在法庭警告下，才補回欠款，大約港幣2萬元。"
    )
    + _both_scripts("而整個答問期間，高威林都無說過「香港加油」四字，只不斷用「這個情況」。"),
)
def test_no_words_under_a_warning_or_after_a_negation(text):
    """3119: 在法庭警告下 (under the court's warning) is no warning spoken; 46829: 無說過 says nothing."""
    assert _quoted_fields(text, "speaker", "verb") == []


# --- Round 24: heldout23's errors ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "該單位的上手租客表示，他租用時沒有出現該僭建水泥房。大廈管理員表示不便透露資料。",
            [(None, "上手租客", "表示"), (None, "大厦管理员", "表示")],
        ),
        *_both_scripts_expecting(
            "申請人又質疑，行為失當在本案是指一連串的錯失，包括漏報或是隱瞞利益衝突。",
            [(None, "申请人", "质疑")],
        ),
        *_both_scripts_expecting(
            "桂洪集團建築部陳先生，周二（13日）被查詢時表示，事先不知有僭建物。",
            [("陈先生", "桂洪集团建筑部", "表示")],
        ),
        *_both_scripts_expecting(
            "記者周二向桂洪集團查詢。建築部一位陳先生同日回覆稱，自己事先不知情。",
            [("陈先生", "建筑部", "回覆称")],
        ),
        *_both_scripts_expecting(
            "立法會議員何君堯稱：「No comment。」同日何君堯被問到是否知悉有關僭建時表示，對記者提出的幾個問題"
            "「沒有任何亦無需回應！」",
            [("何君尧", "立法会议员", "称"), ("何君尧", "立法会议员", "表示")],
        ),
        *_both_scripts_expecting(
            "辯方代表大律師求情時指，被告完成中學文憑試及展翅課程。",
            [(None, "辩方代表大律师", "指")],
        ),
    ],
)
def test_unnamed_speakers_and_the_one_asked(text, expected):
    """4631: 上手租客 and 大廈管理員 speak unnamed; 陳先生，周二（13日）被查詢時表示 is asked, then
    speaks; 建築部一位陳先生 is one of the unit's people; 同日 leads the clause; 14708: 申請人;
    45769: 求情時."""
    assert _quoted_fields(text, "speaker", "role", "verb") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "記者向何君堯太太陳浩明查詢事件，她以英語稱：「Nothing to do with me。」⏎"
            "一名自稱桂洪集團發言人的陳先生致電記者。陳先生承認501單位和僭建物有直接通道連接。",
            [("陈浩明", "何君尧太太", "称"), ("陈先生", None, "承认")],
        ),
        *_both_scripts_expecting(
            "梁振英今日連同財政司司長陳茂波、運房局局長張炳良見記者。陳茂波又透露，今年1月本來只有約20多宗個案。",
            [("陈茂波", "财政司司长", "透露")],
        ),
        *_both_scripts_expecting(
            "1981年，鄧小平在北京人民大會堂單獨接見武俠小說泰斗查良鏞，據報鄧小平當時說：「歡迎查先生回來看看。」",
            [("邓小平", None, "说")],
        ),
        *_both_scripts_expecting(
            "空姐牛肉飯老闆娘郭德英提出上訴。郭在庭外稱未必需要再提上訴。她稱讚現任廣播處長李百全把港台管理得非常好，"
            "「依家都變得好正常，好欣慰」。",
            [("郭德英", "空姐牛肉饭老板娘", "称"), ("郭德英", "空姐牛肉饭老板娘", "称赞")],
        ),
        *_both_scripts_expecting(
            "內地媒體到上林村了解過，同村村民證實，疑犯建房的確遇到阻滯。", [(None, "同村村民", "证实")]
        ),
    ],
)
def test_names_and_roles_of_a_woman_a_man_and_those_met(text, expected):
    """4631: 陳先生 is not the wife 陳浩明; 3287: 梁振英連同財政司司長陳茂波: the role begins after 連同;
    16096: 據報 cites no one (no role 報); 46374: 老闆娘 is a role, so 郭 and 她 are 郭德英, and 稱讚
    right after her needs no comma; 46427: 同村村民 is one role."""
    assert _quoted_fields(text, "speaker", "role", "verb") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "雖然火箭隊老闆告訴體育電視頻道ESPN「我們在這裡是打籃球，而不是要冒犯任何人」。",
            [("我们在这里是打篮球，而不是要冒犯任何人", True)],
        ),
        *_both_scripts_expecting(
            "中國外交部發言人趙立堅今日表示，1月31日起，中方不再承認所謂的BNO護照作為旅行證件，並保留採取進一步措施的權利。",
            [("1月31日起，中方不再承认所谓的BNO护照作为旅行证件，并保留采取进一步措施的权利", False)],
        ),
        *_both_scripts_expecting(
            "裁判官陳炳宙說，被告要坐監。⏎官：唔覺懲教入面全部都係反社會嘅人喎⏎"
            "陳官問：「受邊個影響呢請問？」辯方大律師指或是受網上言論影響。陳官反駁：「我又唔覺。」",
            [
                ("被告要坐监", False),
                ("受边个影响呢请问？", True),
                ("或是受网上言论影响", False),
                ("我又唔觉。", True),
            ],
        ),
        *_both_scripts_expecting(
            "福建醫科大學學生孟想說，中國政府只關心本國留學生。⏎"
            "孟想想不通為何中國政府只關心本國留學生的權益：⏎「我們學醫的學生我們每年都要付學費。」",
            [("中国政府只关心本国留学生", False), ("我们学医的学生我们每年都要付学费。", True)],
        ),
    ],
)
def test_words_after_an_addressee_a_negation_a_label_and_a_colon(text, expected):
    """24052: 告訴 + whom + 「…」: the words are the quotation; 37617: 中方不再承認 starts no new speaker;
    45769: 陳官問：「…」 followed by more narrative is no transcript line; 43213: a paragraph ending
    with a colon introduces the next one's quotation as its head's words, though no verb of speech does."""
    assert _quoted_fields(text, "text", "direct") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "上訴庭回應，當有不同的公眾利益互相競爭，才有可能出現這情況。", [("上诉庭", "回应")]
        ),
        *_both_scripts_expecting(
            "委員會主席梁美芬質疑，動議與議程不相關。⏎梁美芬引述律政司回覆說，鄭若驊因未準備好未來的工作，故未有出席今天會議。",
            [("律政司", "回覆说")],
        ),
        *_both_scripts_expecting(
            "港大稱，理事會決定移走雕像。署方指接獲舉報後派員視察。另外，監警會晚上發新聞稿，指會密切留意事件。",
            [("港大", "称"), ("署方", "指"), ("监警会", "指")],
        ),
        *_both_scripts_expecting(
            "局方指，《港區國安法》已在6月30日在港實施。「選舉是嚴肅事情，希望各位市民必須充分了解相關選舉法例的規定。」",
            [("局方", "指"), ("局方", "")],
        ),
    ],
)
def test_organisations_by_short_names_and_going_on(text, expected):
    """14708: 上訴庭; 9611: 律政司 is cited by the chair and speaks; 49560, 48093, 21651: 港大, 署方,
    監警會; 31804: a quotation standing alone after an organisation's statement goes on with it."""
    records = [*extract_quotes(text.replace("⏎", "\n"))[1]]
    assert _in_simplified(records, "organisation", "verb") == expected


@pytest.mark.parametrize(
    "text",
    _both_scripts("雖控方沒有直接證據指被告曾使用該些工具，但被告管有工具必然是同意有關破壞行為。"),
)
def test_what_evidence_would_show_is_no_ones_words(text):
    """45769: 沒有直接證據指 is what evidence would show, and 必然是同意 (after a copula) no verb of
    speech: neither 控方 nor a "name" from 管有工具 speaks."""
    assert extract_quotes(text) == ([], [])


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "民建聯李慧琼指投票制度應與時並進。新民黨葉劉淑儀指，計劃能令更多市民可以投票。",
            [("李慧琼", "民建联", "指"), ("叶刘淑仪", "新民党", "指")],
        ),
        *_both_scripts_expecting(
            "修讀中大工商管理學士的黎可淇推測學生會解散受2019社會事件影響。", [("黎可淇", None, "推测")]
        ),
    ],
)
def test_a_married_name_after_a_party_and_a_guess_right_after_a_name(text, expected):
    """18550 (dev): 新民黨葉劉淑儀: a double-surname name after an affiliation, printed once; 46255
    (dev): 推測 straight after the name needs no comma."""
    assert _quoted_fields(text, "speaker", "role", "verb") == expected


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "辯方一度表示反對，惟《港區國安法》指定法官、總裁判官蘇惠德表示，得悉控方蒐證需時。⏎"
        "惟《港區國安法》指定法官、總裁判官蘇惠德最終表示得悉控方蒐證需時，批准押後。"
    ),
)
def test_a_designated_judge_is_no_organisation(text):
    """36412 (dev): 《港區國安法》指定法官: 指定 is no 指 between 《港區國安法》 and a verb, so the law does
    not speak; 最終 may stand between the judge's name and 表示."""
    role = "《港区国安法》指定法官、总裁判官"
    assert _people_only(text.replace("⏎", "\n"), "speaker", "role", "verb") == [("苏惠德", role, "表示")] * 2


# --- Round 25: heldout24's errors ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "據這名前高層說，其後幾個月，煙草公司禁止駐港調查員前往中國出差。⏎"
            "該名曾在煙草公司任職的高層稱，當時公司有理由相信李振成所說，但該名高層拒絕透露細節。",
            [(None, "前高层", "说"), (None, "高层", "称")],
        ),
        *_both_scripts_expecting(
            "大會又逐一讀出在囚社運人士的姓名，在場者隨即高喊：「釋放所有政治犯！」",
            [(None, "在场者", "高喊")],
        ),
    ],
)
def test_an_unnamed_executive_and_those_present(text, expected):
    """9566 (dev): 這名前高層 and 該名…的高層 are unnamed sources; 6323 (dev): 在場者 chant."""
    assert _quoted_fields(text, "speaker", "role", "verb") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "曹景文作供期間多次被辯方律師質疑，為何在案發後1年9個月後卻能清楚指出時間。",
            [(None, "辩方律师", "质疑")],
        ),
        *_both_scripts_expecting(
            "第二證人曹景文作供期間多次被辯方律師及裁判官劉淑嫻質疑，當他在面對控方律師提問時稱他撿獲一頂黑色鴨舌帽。",
            [],
        ),
        *_both_scripts_expecting(
            "任全牛今早回應盧思位被吊銷律師執業證時表示，這就是「律師職業被判了死刑」。",
            [("任全牛", None, "表示")],
        ),
    ],
)
def test_who_acts_in_a_passive_clause_speaks(text, expected):
    """43103 (dev): 曹景文被辯方律師質疑: the lawyer asks, not the witness; two who ask together
    name no one speaker; 37336 (dev): 被吊銷…時 is a time clause, 任全牛 still speaks."""
    assert [row for row in _quoted_fields(text, "speaker", "role", "verb") if row[2] != "称"] == expected


@pytest.mark.parametrize(
    "text, words",
    [
        *_both_scripts_expecting(
            "陳克勤說，方案由黨派決定。他否認是剛想到方案，相信各黨派議員自己決定，不過，據悉建制派及政府事前不知情。",
            ["方案由党派决定", "是刚想到方案，相信各党派议员自己决定"],
        ),
        *_both_scripts_expecting(
            "律政司司長鄭若驊日前表示，正研究姚松炎的參選資格，她出席立法會會議後並無回應研究進度。"
            "至於為何仍未確認部分人提名，局長聶德權說提名期正進行中，故沒有補充。",
            ["正研究姚松炎的参选资格", "提名期正进行中"],
        ),
    ],
)
def test_words_end_before_hearsay_and_a_refusal_to_say_more(text, words):
    """5542, 9679 (dev): …，不過，據悉… is what the reporter learnt; …，她…並無回應… and …，故沒有補充
    say the speaker said no more."""
    assert [w for (w,) in _quoted_fields(text, "text")] == words


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "李振成的上司於是不再向他透露調查最新情況。政府當時並沒有表示警隊不能夠批評政府政策，"
            "相反張建宗卻指須約見相關協會人員會面。",
            [("张建宗", None, "指")],
        ),
        *_both_scripts_expecting(
            "有參與遊行的香港人形容：「好似入咗急症室，畀人電返醒咁。」有感連串政治打壓已經觸動香港人的底線。"
            "有人對政府已不抱希望，但站出來是希望大家在雨傘後再次團結起來。",
            [(None, "香港人", "形容")],
        ),
        *_both_scripts_expecting(
            "雖然有零星乘客抱怨，但有電車司機向遊行人士說：「我喺呢度有風扇，你哋仲辛苦！」",
            [(None, "电车司机", "说")],
        ),
    ],
)
def test_denied_or_contrasted_verbs_carry_no_words(text, expected):
    """9566 (dev): 不再向他透露 is denied across 向他; 25847 (dev): 不能夠批評 across a modal, and
    相反 leads the next clause; 6323 (dev): 不抱希望 is the noun, and 抱怨，但… is followed by a
    contrast, not by the complaint's words."""
    assert _people_only(text, "speaker", "role", "verb") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "人權觀察亦表達關注，其中國部主任索菲・理查森（Sophie Richardson）表示，"
            "黃之鋒被捕是香港人權向下沉淪的象徵。",
            [("索菲・理查森", "中国部主任")],
        ),
        *_both_scripts_expecting(
            "警員PC5539孫詠斌指，在案發當日在荃灣廣場外看見一名男子。", [("孙咏斌", "警员PC5539")]
        ),
        *_both_scripts_expecting(
            "江蘇漁民王鎖稱，他較早前在近海捕魚，撈到一件體積龐大的物體。", [("王锁", "江苏渔民")]
        ),
        *_both_scripts_expecting("中國《環球時報》報道稱，「半月礁漁業資源豐富，我國漁民常到此捕撈」。", []),
    ],
)
def test_names_with_a_katakana_dot_an_officer_number_or_after_a_fisherman(text, expected):
    """34213 (dev): 索菲・理查森 (a katakana dot) is one name after 其中國部主任's role; 43103 (dev):
    警員PC5539 is a rank with its number; 40320 (dev): 漁民 is a role; 14703 (dev): 常到此 is no name."""
    assert [row for row in _quoted_fields(text, "speaker", "role") if row[0]] == expected


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "民主黨立法會議員林卓廷指出，6月以來，警察員佐級協會主席林志偉於7月曾在公開信中譴責政務司司長張建宗，"
        "並暗示司長應該辭職；警署警長劉澤基於10月下旬在微博質疑行政長官林鄭月娥和民政事務局局長劉江華與勇武人士"
        "深度對話的做法不符法治；消防處副處長梁偉雄批評參與示威的「暴徒」是曱甴。林說，政府對於這些言論，從不譴責。"
    ),
)
def test_a_surname_alone_is_the_one_of_that_surname_who_spoke(text):
    """25847 (dev): 林說 after 林卓廷指出… that names 林志偉 and 林鄭月娥 (and two others who speak) is
    林卓廷, who has spoken, not 林鄭月娥, named last."""
    assert [row[0] for row in _quoted_fields(text, "speaker")][-1] == "林卓廷"


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "政府發言人回應遊行時表示，雙學三子刑期覆核案根據檢控守則及法律提出上訴，完全不存在任何政治考慮。"
    ),
)
def test_replying_to_something_may_stand_between_speaker_and_verb(text):
    """6323 (dev): 回應遊行時 (replying to the march) stands between 政府發言人 and 表示."""
    assert _quoted_fields(text, "speaker", "role", "verb") == [(None, "政府发言人", "表示")]


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "財委會主席陳健波表示，希望議員不再就同一議題發問，泛民主派隨即「嘩」聲四起。"
        "民主黨黃碧雲提出，將修正案打鐘時間由5分鐘減至1分鐘，節省表決時間，建制派隨即歡呼。"
    ),
)
def test_words_end_where_the_chamber_reacts(text):
    """5542 (dev): …，泛民主派隨即… and …，建制派隨即歡呼 are the chamber's reaction, not the words."""
    assert [w for (w,) in _quoted_fields(text, "text")] == [
        "希望议员不再就同一议题发问",
        "将修正案打钟时间由5分钟减至1分钟，节省表决时间",
    ]


# --- Round 26: heldout25's errors ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "在總商會商界一，尋求連任的經民聯林健鋒遇上測量師姚逸明挑戰，翻查選舉申報，姚逸明申報是麗新集團旗下"
            "麗豐控股高級副總裁。劉業強未回覆查詢；姚則回覆稱，自己沒有任何政治聯繫。",
            [("姚逸明", "回覆称")],
        ),
        *_both_scripts_expecting(
            "申索人吳嘉倫沒有律師代表，親自與律政司委聘的資深大律師梁偉文「對壘」。"
            "梁偉文引述吳在口供紙寫道，當日到中信大廈參與民陣參會，預料現場會發生肢體衝突。",
            [("吴嘉伦", "写道")],
        ),
    ],
)
def test_a_surname_alone_names_the_one_introduced_in_full(text, expected):
    """47650 (dev): 姚則回覆稱 is 姚 + 則, the 姚逸明 named twice before, though he has not spoken yet;
    46650 (dev): 引述吳 cites the claimant introduced as 申索人吳嘉倫, not the barrister who cites him."""
    assert _quoted_fields(text, "speaker", "verb") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "「點解你要咁用啲公帑？」劉凱文批評，醫管局在人手規劃方面缺乏長遠規劃，局方經常聲稱請不到醫護人員，"
            "故有需要請中介護士。",
            ["刘凯文"],
        ),
        *_both_scripts_expecting(
            "立法會議員宣誓風波，城大專業進修學院學生莫嘉傑早前針對劉小麗的宣誓提出司法覆核申請。"
            "作出這次裁決的法官區慶祥，也於本月14日裁定劉小麗等4位議員宣誓無效，宣誓當日即喪失議員資格。⏎"
            "本身是親建制九龍社團聯會青年事務委員會委員的莫嘉傑親到法院領取判詞。他向記者表示，"
            "因政府申請撤銷四名議員資格的案件勝訴，故法官頒令撤銷他所提的司法覆核申請。",
            ["莫嘉杰"],
        ),
        *_both_scripts_expecting(
            "報道提及，有法官表示，中國與香港的關係越來越密切，引渡聆訊的範圍有限。"
            "路透社向終審法院首席法官馬道立查詢，他未有評論。",
            [None],
        ),
    ],
)
def test_no_speaker_made_of_a_word_or_named_later(text, expected):
    """14108 (dev): 局方 is the bureau, not a 方 surname; 5740 (dev): 議員宣誓無效 is two words, no
    foreign name, and 他 is 莫嘉傑, introduced with his role; 20886 (dev): 有法官 is some judge, not the
    Chief Justice named after."""
    assert [speaker for (speaker,) in _quoted_fields(text, "speaker")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "聯邦檢察官多諾霍說，華為及其子公司從事嚴重的欺詐活動。他指摘華為10多年來，以說謊和欺騙的策略，"
            "以從事並擴大其業務。⏎聯邦調查局局長弗雷則表示，指控暴露華為據稱公然無視美國法律和全球標準商業行為。",
            [
                ("多诺霍", "说", "华为及其子公司从事严重的欺诈活动"),
                ("多诺霍", "指摘", "华为10多年来，以说谎和欺骗的策略，以从事并扩大其业务"),
                ("弗雷", "表示", "指控暴露华为据称公然无视美国法律和全球标准商业行为"),
            ],
        ),
        *_both_scripts_expecting(
            "聯合國大會周四就議案進行表決，儘管美國總統特朗普之前威脅，若有國家反對美國，便會中止援助。",
            [("特朗普", "威胁", "若有国家反对美国，便会中止援助")],
        ),
        *_both_scripts_expecting(
            "美國 國務卿布林肯（Antony Blinken）美東時間26日上午10點發表推文表示 ，"
            "台灣是美國的關鍵夥伴及民主成功故事。",
            [("布林肯", "表示", "台湾是美国的关键伙伴及民主成功故事")],
        ),
    ],
)
def test_foreign_officials_after_their_titles(text, expected):
    """18212 (dev): 檢察官 and 局長 before a transliterated name, 說謊 is no 說, 指摘 speaks, 表示，指控…
    keeps the charges in the words; 9019 (dev): 之前 between name and verb; 46940 (dev): 美東時間."""
    assert _quoted_fields(text, "speaker", "verb", "text") == expected


def test_israels_prime_minister_is_no_preposition():
    """9019 (dev) names 以色列總理內坦亞胡 (以 is not "by means of", 內 may open a foreign name); the
    sentence is built by hand with a comma after the verb, as the article's own 表示反對 is a stance."""
    for text in _both_scripts("以色列總理內坦亞胡表示，反對這個「荒謬」決議。"):
        assert _quoted_fields(text, "speaker", "role") == [("内坦亚胡", "以色列总理")]


@pytest.mark.parametrize(
    "text",
    _both_scripts(
        "他表示，問題不在於司法獨立，而在於司法自治。⏎程翔：力度甚於打擊法輪功⏎劉銳紹：封建皇朝泡泡心⏎"
        "資深傳媒人、時事評論員程翔形容，中央今次的做法是「前所未有」。"
    ),
)
def test_subheadings_in_a_row_are_no_transcript(text):
    """18711 (dev): two lines 程翔：… 劉銳紹：… head the sections that quote them; neither is words."""
    assert _quoted_fields(text, "verb", "text") == [
        ("表示", "问题不在于司法独立，而在于司法自治"),
        ("形容", "中央今次的做法是「前所未有」"),
    ]


def test_a_block_after_an_appendix_heading_is_the_document_not_the_last_speaker():
    """18711 (dev): the page sets off the letter printed after 附錄：…全文如下： as block quotations; they
    are the document's words, not those of the commentator quoted last. 發公函表明意見 gives no words."""
    letter = "2018年9月24日，香港特別行政區政府保安局局長作出命令，禁止「香港民族黨」在香港運作。"
    for text in _both_scripts(
        "劉銳紹指，中央政府只知高壓，不懂疏導。⏎"
        "附錄：中央人民政府就香港特別行政區政府依法禁止「香港民族黨」運作發公函表明意見。全文如下：⏎" + letter
    ):
        block = text.split("\n")[-1] if "\n" in text else text.split("⏎")[-1]
        quotes, orgs = extract_quotes(text.replace("⏎", "\n"), [block])
        assert [(q.verb, to_simplified(q.text)) for q in quotes] == [("指", "中央政府只知高压，不懂疏导")]
        assert orgs == []


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "其中陳克勤發言時花了14分鐘時間，問梁振英增建住屋最大阻力是甚麼，並要求梁振英呼籲非建制派「高抬貴手」。",
            [],
        ),
        *_both_scripts_expecting(
            "獨立股評人David Webb在網頁撰文示範，質疑實際重複數目不止於此。⏎"
            "Webb在文中指出，有別於許正宇說法，香港可能有數百甚至上千對姓名相同的董事。",
            [("David Webb", "独立股评人", "质疑"), ("David Webb", "独立股评人", "指出")],
        ),
    ],
)
def test_the_one_asked_to_speak_and_a_latin_surname_alone(text, expected):
    """1057 (dev): 要求梁振英呼籲 asks him to appeal; he says nothing here. 40192 (dev): Webb is the
    David Webb introduced before."""
    assert _quoted_fields(text, "speaker", "role", "verb") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "對於校方指會按程序調查事件，並會根據結果對涉事學生作進一步處理，張敬生強調作為評議會主席，"
            "要為評議會所作的決定和通過的動議負責。",
            [("校方", "指")],
        ),
        *_both_scripts_expecting(
            "「撐公共廣播運動」認為，通訊局對《頭條新聞》的投訴與警務處長鄧炳強的公開信和投訴有所關連。⏎"
            "對於港台輕率作出叩頭決定的表現，他們認為會對批評政府施政者有兔死狐悲之嘆。",
            [("「撑公共广播运动」", "认为"), ("「撑公共广播运动」", "认为")],
        ),
    ],
)
def test_organisations_after_duiyu_and_with_a_bracketed_name(text, expected):
    """43318 (dev): 對於校方指… is what the school said (對於 is no part of its name); 30053 (dev): a
    group known by its bracketed name speaks, and 他們 goes on with it."""
    _, orgs = extract_quotes(text.replace("⏎", "\n"))
    assert _in_simplified(orgs, "organisation", "verb") == expected


@pytest.mark.parametrize(
    "text, words",
    [
        *_both_scripts_expecting(
            "警察公共關係科總警司謝振中表示，警方收到關於「核心暴徒」就10月1日行動的情報，顯示暴力趨勢有機會再次上升，"
            "他在記者會上展示網路上的文字訊息和多張截圖，包括聲稱要殺警、假扮警員殺人。",
            ["警方收到关于「核心暴徒」就10月1日行动的情报，显示暴力趋势有机会再次上升"],
        ),
        *_both_scripts_expecting(
            "美國副總統彭斯周四抵達阿富汗訪問。他對美軍表示，相信勝利比以前更近，又聽取美軍指揮官匯報、與阿富汗官員會面。",
            ["相信胜利比以前更近"],
        ),
    ],
)
def test_words_end_where_the_speaker_acts(text, words):
    """23872 (dev): …，他在記者會上展示… is what he did (and 包括聲稱 lists what the screenshots say);
    9019 (dev): …，又聽取…匯報 is the visit going on."""
    assert [w for (w,) in _quoted_fields(text, "text")] == words


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both_scripts_expecting(
            "代表律政司的資深大狀指，博士生早已預料現場會有肢體衝突。大狀批評博士生別有用心，以本案作為平台向警方施壓。",
            [(None, "资深大状", "指"), (None, "大状", "批评")],
        ),
        *_both_scripts_expecting(
            "今年8月，有線新聞解僱3名資歷逾20年的工程部主管，逾220名新聞部員工聯署，對決定表示震驚、不解、憤怒，"
            "批評此舉嚴重破壞新聞部士氣。",
            [(None, "新闻部员工", "批评")],
        ),
    ],
)
def test_an_unnamed_barrister_speaks_and_a_petition_is_no_bureau(text, expected):
    """46650 (dev): 資深大狀 and 大狀 are unnamed counsel; 36053 (dev): 逾220名新聞部員工聯署 (signing
    together) is the staff speaking, no organisation ending in 署."""
    quotes, orgs = extract_quotes(text)
    assert orgs == []
    assert [row for row in _in_simplified(quotes, "speaker", "role", "verb") if row[0] is None] == expected
