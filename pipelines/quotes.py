"""Who said what: quotations, their speakers and the speakers' roles, found by rule in Chinese news.

Chinese news attributes speech in a few fixed shapes, in both scripts:

- role + name + adverbials + verb + content: ``时事评论人士张涛认为，…：“…”``,
  ``虾米音乐的付费用户王在新当晚接受自由亚洲电台采访时说，…``;
- a pronoun or surname + 先生/女士 for someone named earlier: ``他接受本台采访时说``, ``张先生说``;
- the quotation first, the speaker after it: ``「…」李大生道。``;
- a quotation standing alone right after a speaker's statement continues that speaker;
- an anonymous speaker given only a role: ``有粉丝留言：“…”``, ``一名不愿具名的员工称``;
- an organisation speaking: ``阿里巴巴表示``, ``市场监管总局称`` (an :class:`OrgStatement`).

The text is normalised to Simplified character by character (same length, so offsets
carry over), matched with the rules below, and every string returned is sliced from the
original body text. No model, no dictionary download: surnames, role words and verbs are
listed here, and jieba's bundled word list (pipelines/lexicon.py) tells a name from a word.
A pronoun or honorific is resolved only when one person fits; otherwise the speaker is left
as ``None``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterator
from dataclasses import asdict, dataclass, field, replace

from pipelines.byline import BYLINE_LINE, parse_byline
from pipelines.lexicon import (
    RARE_FREQUENCY,
    idioms,
    is_dictionary_word,
    is_time_word,
    is_verb,
    word_frequency,
)
from pipelines.normalise import to_simplified


@dataclass(frozen=True)
class Quote:
    speaker: str | None  # as printed (resolved for 他/她/张先生); None for an anonymous or unresolved speaker
    role: str | None  # the description printed before the name, e.g. 时事评论人士
    text: str  # the quoted or paraphrased words
    verb: str  # 说, 表示, 認為...; "" when the words continue the previous speaker
    direct: bool  # the words include a quotation in quote marks
    start: int  # offsets of ``text`` in the body text
    end: int
    speaker_start: int | None = None  # offsets of the speaker's mention in the attributing clause
    speaker_end: int | None = None

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class OrgStatement:
    organisation: str
    text: str
    verb: str
    direct: bool
    start: int
    end: int

    def as_dict(self) -> dict:
        return asdict(self)


def normalise_name(name: str) -> str:
    """A key for matching a person across scripts and widths: 馬雲 == 马云, Ｍ == M."""
    return to_simplified(unicodedata.normalize("NFKC", name)).replace(" ", "").strip()


# --- Word lists (Simplified; the text is normalised before matching) -------------------------

# fmt: off
SURNAMES_COMMON = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃"
    "武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒"
    "阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓"
)
SURNAMES = SURNAMES_COMMON | set(
    "古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬"
                                 "师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝区展竺练冼岑习栗蔺阎粟鞠芮钮郦"
    "萧洪赖傅容植劳郁狄廉辜湛丘谈楼裘储屠胥濮庾阚晁谌邰利")
COMPOUND_SURNAMES = (
    "欧阳", "司马", "诸葛", "上官", "司徒", "东方", "慕容", "夏侯", "皇甫", "尉迟", "公孙", "令狐",
)
# Japanese surnames (增田佳苗, 安倍晋三): after the full name, the surname alone names the person (增田表示).
# Surnames that are also common words (中山, 山口, 清水) are left out.
JAPANESE_SURNAMES = frozenset(
    (
        "增田", "田中", "山本", "佐藤", "铃木", "高桥", "渡边", "伊藤", "中村", "小林", "加藤", "吉田",
        "山田", "松本", "井上", "木村", "池田", "桥本", "石川", "前田", "藤田", "后藤", "冈田", "村上",
        "近藤", "石井", "坂本", "远藤", "青木", "藤井", "西村", "福田", "太田", "三浦", "藤原", "冈本",
        "松田", "中川", "中野", "原田", "小野", "竹内", "和田", "石田", "上田", "森田", "柴田", "酒井",
        "工藤", "宫崎", "宫本", "安倍", "岸田", "麻生", "小泉", "野田", "鸠山", "石破", "河野", "茂木",
        "二阶", "稻田", "小池", "枝野", "志位", "村山", "宫泽", "细川", "羽田", "海部", "竹下", "大平",
        "三木", "斋藤", "浅野", "大野", "高木", "荒木", "黑田", "植田", "浅田", "东野", "北野", "是枝",
        "黑泽", "新海", "菅野", "野口", "松井", "岩田", "杉田", "吉川", "大谷", "冈村", "樱井", "福岛",
        "横山", "森本", "内田", "菊地", "平野", "久保", "千叶", "河合", "安藤",
    )
)
JAPANESE_SURNAME_RE = re.compile("|".join(sorted(JAPANESE_SURNAMES)))
# Characters that never appear in a Chinese given name here: they end a name candidate.
NOT_IN_NAME = set("的了是和及或被把将也亦又都说称们这那他她它我你，、竟却便只再均仍似此")
# After 说, a language says who speaks it (说广东话的香港人), not what was said.
LANGUAGES = (
    "广东话", "普通话", "英文", "英语", "粤语", "国语", "中文", "日语", "日文", "法语", "德语", "韩语",
    "客家话", "潮州话", "上海话", "母语", "外语", "方言",
)
# Words that look like surname + given name but are time words or plain words (周一, 查询, 方面).
NOT_NAMES = {
    "周一", "周二", "周三", "周四", "周五", "周六", "周日", "周末", "周年", "周边", "周内", "周前", "周后",
    "联署", "时间", "时任", "时事", "时候", "时期", "查询", "方面", "方式", "方向", "方案", "方法", "文章",
    "文件",
    "成员", "成功", "成为", "于是", "向来", "全部", "全球", "全面", "明确", "明年", "明天", "任何", "安全",
    "关于", "关注", "常委", "连日", "连续", "金融", "司法", "党员", "华人", "严重", "包括", "应该", "应当",
    "解释", "回应", "回复", "回覆", "齐声", "史上", "路透", "高层", "高级", "高度", "高官", "曾经", "曾任",
    "曾指", "曾说", "曾称", "曾表", "任内", "施压", "马上", "向记", "于会", "于记", "于当",
    "康复", "余下", "万元", "宁愿", "尤其",
    "易手", "单独", "余名", "游标", "项目", "官方", "毕业", "范围", "管理", "石油", "黄金", "龙头",
    "同时", "同事", "真系", "真是", "真的", "早于",
}
# A character before a surname that makes a word with it (由于疫情), and a last character of a
# name candidate that makes a word with the next one (温敏面对): not names.
WORD_BEFORE_SURNAME = {
    "由于", "对于", "关于", "至于", "等于", "属于", "基于", "鉴于", "位于", "处于", "终于", "在于", "出于",
    "有关", "相关", "无关", "机关", "海关", "公关",
    # a side that speaks as one: 局方经常声称 is the bureau, not 方经常
    "局方", "警方", "校方", "院方", "资方", "劳方", "官方", "对方", "双方", "控方", "辩方", "厂方", "会方",
    "署方", "店方", "馆方", "港方", "中方", "美方", "台方", "英方", "军方", "各方",
}
# Roles that speak in a hearing or a forum, named by the role alone: …，法官质疑…
BARE_ROLES = {"主持", "主持人", "法官", "裁判官", "审判长", "主控", "主控官", "辩方", "控方"}
# The bench: a bare 法官 is the one judge the article names, whatever their exact title.
JUDGES = ("法官", "裁判官", "审判长")
# A party to a court case, named once (被告何兆麟), is the one the bare title means afterwards.
CASE_PARTIES = {"被告", "被告人", "原告", "事主", "申索人"}
# Two people of one surname named closer than this are named together: 陈 alone could be either.
NAMED_APART = 50
# A candidate's surname that ends a word this common with the character before it is no surname.
WORD_ACROSS_NAME = 1000
WORD_AFTER_NAME = {"面对", "针对", "反对", "应对", "相对", "绝对", "对于"}
# The last character of a three-character name candidate that is really a following word: 刘鹤时说.
NOT_NAME_END = set("时后前上下里内外")  # 中 too, unless a plain word (会议中): see _is_plain_word
# Characters of plain words, not of a transliterated name after a title (以发言人名义, 身份与会).
NOT_IN_FOREIGN = set(
    "的了是在和与及或被把将也又都说称们这那他她它我你份义询问应答时期间日月年今昨周会"
    "上下中内外前后职任表示指出认为"
)

ROLE_ENDINGS = (
    "版主", "博主", "站长", "群主", "旧生", "申索人",
    "人士", "用户", "教授", "主席", "总裁", "执行官", "部长", "发言人", "总理", "总统", "国务卿", "外相",
    "财长", "外长", "专员", "高层",
    "大使", "代表", "主任", "委员", "议员", "董事", "经理", "学者", "研究员", "律师", "医师", "医生",
    "校长",
    "组长", "副总", "党魁", "主管", "创办人", "创始人", "名将", "一哥", "编辑", "总编", "记者", "主持人",
    "局长",
    "司长", "处长", "市长", "省长", "书记", "厅长", "署长", "专家", "评论员", "分析师", "作家", "导演",
    "演员",
    "歌手", "理事长", "所长", "院长", "会长", "社长", "总监", "老板", "负责人", "成员", "法官", "检察官",
    "官员",
    "选手", "CEO", "博士", "讲师", "副主席", "秘书长", "行政长官", "特首", "商人", "学生", "家长", "网民",
    "网友",
    "员工", "粉丝", "居民", "市民", "工人", "店主", "老师", "用家", "艺人", "歌星", "球星", "主播",
    "创办者",
    "领导人", "首相", "部长", "议长", "州长", "司令", "将军", "上将", "主教", "牧师", "法师", "作者",
    "画家",
    "运动员", "运动人士", "活动人士", "维权人士", "异见人士", "人权律师", "大叔", "阿姨", "少年", "女士",
    "先生",
    "工程师", "家属", "顾问", "教练", "队长", "团长", "村长", "镇长", "县长", "区长", "警司", "总警司",
    "处长",
    "主委", "会计师", "建筑师", "设计师", "企业家", "经济学家", "科学家", "历史学家", "政治学者", "评论人",
    "参选人", "候选人", "召集人", "主编", "大股东", "股东", "外交官", "示威者", "管理层", "医护",
    "大臣", "被告", "原告", "常委", "委员长", "港督", "总督", "联络人", "发起人", "联系人", "主妇",
    "裁判官", "主控官", "事主", "主持", "业主", "侍应", "租客", "村民", "司机", "小贩", "校委",
    "老板娘", "渔民", "农民", "警长", "警员", "探员", "督察", "指挥官", "秘书", "审判长", "家佣", "外佣",
    "菲佣", "印佣",
)
# A speaker with a role and no name (有粉丝留言, 一名员工称) ends with one of these.
ANON_ENDINGS = (
    "粉丝", "网民", "网友", "员工", "用户", "用家", "家长", "民众", "居民", "市民", "人士", "发言人",
    "专家", "学者",
    "消息", "工作人员", "店员", "老板", "工人", "上司", "领导", "事主", "家属", "学生", "老师", "医生",
    "律师", "大状",
    "顾客", "经纪人", "负责人", "工程师", "发文者", "主管", "官员", "观众", "司机", "议员", "分析师",
    "经济学家",
    "村民", "会员", "客户", "职员", "同事", "店", "店主", "商户", "商家", "乘客", "旅客", "患者", "病人",
    "家人",
    "父亲", "母亲", "妻子", "丈夫", "女儿", "儿子", "消费者", "投资者", "股民", "业主", "租户", "选民",
    "受访者",
    "目击者", "知情者", "当事人", "代表", "人员", "女员工", "住户",
    "民警", "警员", "警察", "护士", "法官", "男子", "女子", "市民", "华人", "中国人",
    "港人", "医护", "管理层", "外交官", "示威者", "抗议者", "参加者", "与会者", "嘉宾", "旁听人士",
    "辩方", "控方", "主播", "亲属", "街坊", "店东", "摊贩", "小贩", "商贩", "评论员",
    "老板娘", "伯伯", "老伯", "阿伯", "婆婆", "阿婆", "长者", "协助者", "支持者", "义工", "志愿者", "社工",
    "干事", "教师", "校友", "秘书", "成员", "朋友", "港商", "立委", "旁听席", "保安", "保安员", "主妇",
    "奶奶", "爷爷", "外婆", "外公", "姥姥", "姥爷", "妈妈", "爸爸", "女童", "男童", "好友", "亲友",
    "叔叔", "顾问", "舍友", "室友", "同学", "家佣", "外佣", "菲佣", "印佣", "众人", "群众", "幕僚",
    "投诉人", "爆料人", "举报人", "业者", "检方", "检察官", "嫌犯", "疑犯", "校委", "常委", "上诉方",
    "租客", "管理员", "申请人", "导购员", "售货员", "服务员", "销售员", "推销员",
    "高层", "在场者", "渔民", "农民",
    "审判长", "调查记者", "摄影记者", "前线记者", "资深记者", "独立记者",  # a journalist as a source
)
ORG_ENDINGS = (
    "公司", "集团", "银行", "政府", "总局", "局", "部", "署", "办", "委员会", "委", "协会", "工会",
    "总会", "商会",
    "联合会", "学会", "院", "厅", "电台", "电视台", "台", "社", "日报", "时报", "晚报", "报", "网",
    "官媒", "央媒",
    "媒体", "警方", "公安", "法院", "检察院", "交易所", "大使馆", "领事馆", "总领事馆", "中心", "机构",
    "部门",
    "当局", "平台", "联盟", "组织", "党", "中方", "美方", "官方", "校方", "港府", "市", "省", "县",
    "超市", "大学",
    "学校", "医院", "基金会", "办公室", "团体", "乐团", "俱乐部", "实验室", "研究所", "事务所", "律师行",
    "学生会", "会方", "联谊会", "同乡会", "联会", "人大", "社联", "工联", "记协", "教协", "入境处",
    "外国记者会", "FCC", "律政司", "上诉庭", "关注组", "律师会", "陆委会", "工总", "司法机构",
    "署方", "处方", "局方", "事务处", "海事处", "港大", "中大", "科大", "浸大", "理大", "城大", "岭大",
    "教大", "欧盟", "港铁", "国泰", "观察", "职工盟", "民阵", "众志", "监警会", "主办单位", "团队",
    "选管会", "大会",
)
KNOWN_ORGS = {
    "阿里巴巴", "阿里", "腾讯", "美团", "京东", "微信", "淘宝", "支付宝", "滴滴", "蚂蚁", "虾米", "百度",
    "华为",
    "字节跳动", "抖音", "微博", "新浪", "网易", "苹果", "谷歌", "脸书", "BBC", "CNN", "彭博", "央视",
    "CGTN",
    "国美", "中纪委", "国务院", "WTA", "廉署", "拼多多", "小米", "快手", "饿了么", "携程", "中央社",
    "美联社",
    "华盛顿",
    "法新社", "人权监察", "路透社", "路透", "新华社", "Facebook", "Google", "Twitter", "Apple", "Amazon",
}
DOCUMENTS = (
    "文章", "报道", "报导", "调查", "通报", "声明", "帖文", "内文", "控诉书", "会议", "分析", "评论",
    "报告", "公告",
    "判决书", "判决", "通知", "新闻稿", "社论", "文件", "决定", "资料", "数据", "研究", "信中", "信件",
    "电邮",
    "律师信", "起诉书", "公开信", "标题", "短片", "视频", "影片", "片段", "官网", "网站", "帖子", "推文",
    "陈报状", "起诉状", "诉状", "证据",
)
GENERIC = (
    "不少", "很多", "许多", "大批", "一些", "有人", "不少人", "很多人", "许多人", "外界", "舆论", "坊间",
    "网上", "各方", "大家", "人们", "有分析", "有评论", "有意见", "有声音", "分析", "评论", "一些人",
    "部分人", "多人", "众人", "有报道", "据了解",
)
NOT_SUBJECTS = frozenset(DOCUMENTS + GENERIC)  # a clause headed by one of these has no speaker
NOT_SUBJECT_LENGTHS = sorted({len(word) for word in NOT_SUBJECTS})

# Speech verbs. A verb from VERBS may take its content straight after it (阿里巴巴表示诚恳接受…);
# the single characters 说/称/指/问/答/道 need a delimiter or a subject right before them.
VERBS = (
    "表示", "指出", "认为", "强调", "坦言", "透露", "直言", "质疑", "批评", "承认", "重申", "宣布",
    "证实", "否认",
    "声称", "宣称", "坚称", "直指", "警告", "估计", "形容", "解释", "补充", "建议", "提醒", "回应",
    "回复", "回覆",
    "反驳", "抨击", "指责", "表明", "觉得", "承诺", "介绍", "谴责", "呼吁", "坦承", "预料", "预计",
    "感叹", "感慨",
    "提到", "谈到", "谈及", "忆述", "忆及", "忆起", "回忆", "训斥", "痛斥", "直斥", "暗示", "反问",
    "追问", "质问",
    "问及", "辩解",
    "回答", "留言", "写道", "说道", "问道", "答道", "指控", "投诉", "相信", "称赞", "赞扬", "总结",
    "哭诉", "威胁",
    "补充说", "公布", "澄清", "询问", "告诉", "说明", "披露", "爆料", "提出", "分析", "评论", "断言", "答",
    "笑言", "笑称", "笑说", "笑指", "自言", "明言", "扬言", "放言", "慨叹", "感叹", "猜测", "反映", "寄语",
    "大叫", "记起", "担心", "声言", "直认", "坦白说", "形容说", "插嘴", "叹息", "慨言", "强调指",
    "斥责", "怒斥", "驳斥", "批判", "嘲讽", "讽刺", "抱怨", "埋怨", "喊话", "贴文", "举例", "列举", "提及",
    "道歉", "点评", "评价", "预言", "预测", "推测", "判断", "怀疑", "主张", "提议", "叮嘱", "劝告",
    "供称", "喝道", "辱骂", "同意",
    "叙说", "讲到", "重提", "表态", "高呼", "高喊", "大喊", "痛批", "诘问", "打趣", "叹道", "不同意",
    "归咎", "寄望", "回想", "指摘", "留意到", "认定", "娓娓道来", "破口大骂", "有感而发", "自嘲", "不认为",
    "叙述", "呼喊", "喊着", "高叫", "开口", "确认", "喻为", "敦促",
    "问到", "反建议", "质询", "笑道", "说笑道", "告诫", "大骂", "自称", "说过", "比喻", "罗列",
)
# Verbs that report speech only right after a person (她希望…, 黄太坚信…) and never end someone's words:
# inside a statement they are the speaker's own words (…，她也希望可接种…).
WEAK_VERBS = ("希望", "坚信", "深信", "要求", "促请", "劝说", "记得", "感谢", "期望", "敦促", "认同", "期待")
# Verbs that may open a clause after a comma and keep the sentence's subject (柯文哲…发布征召令，希望…).
CHAINING_VERBS = ("希望", "呼吁", "坚信")
SPEECH_SUFFIX = ("称", "说", "指", "道")
SINGLE_VERBS = ("说", "称", "指", "问", "答", "道")
# Verbs that only count when a delimiter (，：「) follows: they are too often plain words.
NEEDS_DELIMITER = {"说明", "提出", "分析", "评论", "总结", "威胁", "哭诉", "公布", "回答", "告诉",
                   "谈到", "比喻", "罗列",
                   "相信", "介绍", "投诉", "称赞", "赞扬", "预计", "估计", "回复", "回覆", "谈及", "问及",
                   "证实",
                   "承诺", "觉得", "披露", "爆料", "说道", "回应", "询问", "反映", "大叫", "记起", "担心",
                   "插嘴", "叹息", "贴文", "列举", "道歉", "点评", "评价", "预测", "推测",
                   "判断", "怀疑", "主张", "提议", "叮嘱", "劝告", "埋怨", "抱怨", "讽刺", "嘲讽", "辱骂",
                   "归咎", "回想", "认定", "留意到", "寄望",
                   "表态", "打趣", "讲到", "开口", "确认", "喻为", "呼喊", "质询", "自称", *WEAK_VERBS}
# 表示/表明 + these, ending the clause, is a stance taken with no words given (发公函表明意见。).
STANCES = ("意见", "立场", "态度")
# 表示 + these is an attitude, not speech (表示祝贺, 表示强烈不满).
ATTITUDE_OBJECTS = ("祝贺", "不解", "不满", "强烈", "关注", "欢迎", "遗憾", "哀悼", "慰问", "反对",
                    "愤慨", "谴责",
                    "赞赏", "祝福", "认可", "同情", "理解", "震惊", "支持", "歉意", "赞同", "失望",
                    "担忧", "关切",
                    "极度", "高度", "十分", "非常", "诚挚", "感激", "敬意", "致敬", "哀伤", "痛心",
                    "惊讶", "愤怒", "感谢", "同意", "赞成", "不同意", "怀疑", "忧虑", "无奈", "欣慰")

# 昨日（9日）, 昨下午, 今早: when, before who (前 is left out: 前日本首相)
TIME_WORD = (
    r"(?:今|昨|翌|明)(?:日|天|早|晚|午|夜|上午|下午|中午|早上|晚上|傍晚|凌晨)+(?:[（(][0-9０-９]{1,2}日[)）])?"
)
CONNECTORS = re.compile(
    r"(?:及后|虽然|虽|尽管|不过|但是|但|而且|而|另外|此外|另一方面|对此|其中(?!国[^家])|同时|然而|至于|事实上|当中|据悉|随后|然后|其后|最终|"
    r"最后|后来|当时|相反|正如|早前|此前|日前|近日|亦有|更有|还有|也有|有(?!组织|关)|包括|并|又|及|和|即|甚至|就|则|因此|所以|另一(?:位|名|个)?|另|同样|一方面|首先|其次|"
    r"接着|稍后|同日|翌日|会上|会后|对于此事|针对此事|对此事|就此|为此|总之|可是|只是|再者|尤其|特别是|因为|由于|因|"
    r"可见|结果|于是|惟|唯|都有|"
    + TIME_WORD
    + r"|(?:[0-9０-９]{4}年)?[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日|"
    r"[\s　]|(?:逾|约|近|超过)?[一二三四五六七八九十两几数多0-9０-９]+(?:名|位|个)|该(?:名|位|个|(?!报))|"
    r"这(?:名|位)|另一位|另一名|另一个)+"
)
MILITARY_RANKS = ("上将", "中将", "少将", "准将", "大校", "上校", "中校", "少校", "上尉", "中尉", "少尉")
POST = (
    "在", "于", "对", "向", "跟", "与", "接受", "透过", "通过", "就", "针对", "也", "亦", "又", "则",
    "还", "更", "另",
    "均", "都", "再", "并", "续", "仍", "随即", "随后", "进一步", "一直", "多次", "首先", "同时", "最后",
    "曾", "最终",
    "早前", "此前", "之前", "日前", "近日", "今日", "今天", "今早", "今晚", "昨日", "昨天", "昨晚",
    "前日", "前天", "当晚",
    "当日", "当天", "当时", "周", "星期", "上周", "本周", "上月", "本月", "去年", "今年", "发文", "发帖",
    "发表",
    "发声明", "发新闻稿", "出声明", "发出声明", "点名", "撰文", "致函", "最新", "联署",
    "教授", "先生", "女士", "博士", "小姐", "太太", "牧师", "神父", "修女", "以", "从", "早已", "已",
    "亲自",
    "公开", "直接", "私下", "坦白", "不点名", "不断", "先后", "连番", "特别", "继续", "本人", "晚上",
    "上午",
    "下午", "早上", "凌晨", "稍早", "较早前", "目前", "现在", "再次", "后来", "即", "会后", "竟", "却",
    "便",
    "才", "只", "亲口", "今", "昨", "未有", "没有", "不", "几个字", "指", "说", "称", "纷纷", "普遍",
    "这样", "如此",
    "一致",
    "本来", "原本", "原来", "曾经", "及", "和", "仅", "盘问", "质询", "闻言", "发稿", "同样", "事后",
    "访问时", "采访时", "受访时", "发言时", "致辞时", "讲话时", "见记者时", "见传媒时", "回覆查询时",
    "回复查询时", "回应查询时", "访问", "采访", "去信", "来信", "去函", "写信", "发信", "初时",
    "起初", "最初", "微笑", "很", "同日", "其后", "初步", "作供", "作证", "陈词", "一度", "继而", "推文",
    "求情时", "求情", "原先", "强烈", "多番", "先前", "茶叙", "传媒茶叙", "劈头", "带笑",
    "香港时间", "美国时间", "北京时间", "台湾时间", "当地时间", "美东时间", "台北时间", "回复时", "回覆时",
    "回应时",
    *(f"周{day}" for day in "一二三四五六日末"),
    *(f"{month}月" for month in ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")),
    "上旬", "中旬", "下旬", "月初", "月中", "月底",  # 前财长楼继伟三月下旬说过
    *MILITARY_RANKS,  # after the name: 迪托亚托上校称
)
HONORIFICS = ("先生", "女士", "小姐", "太太", "教授", "博士", "牧师", "神父", "修女")
# 曾太鲍笑薇, 陈生陈大文: a form of address (Mrs/Mr + surname) printed before the name.
ADDRESS_FORM = re.compile(rf"[{''.join(sorted(SURNAMES))}](?:太太|太|生|先生|女士|小姐)")
ELDERS = ("婆婆", "伯伯")  # 何婆婆, 谢婆婆: an elderly person named by surname, as printed
# 郑太 and 谢同学, never named in full, are named as printed
NAMED_BY_ADDRESS = ("先生", "女士", "小姐", "太太", "太", "同学", *ELDERS)
# Surname + these also names a known person when said at the head of a clause: 陈官 (a judge), 张生.
HEAD_HONORIFICS = (*HONORIFICS, "大状", "官", "生", "sir", "Sir")
SURNAME_ADDRESSES = (*HEAD_HONORIFICS, *NAMED_BY_ADDRESS)  # what may follow a surname heading a clause
# Surname + a title (梁医生, 何律师) names the one person of that surname the article has named in full.
SURNAME_TITLES = (
    "医生", "大律师", "律师", "法官", "议员", "校长", "老师", "主席", "教练", "牧师", "神父", "院长",
)
# A courtroom or interview transcript line: 谭大状：倉門向外開嘅設計，係邊個決定？ / 王：专家
TRANSCRIPT_LINE = re.compile(r"(?P<who>[^：:，,。「“”」]{1,8})[：:][ \t　]*(?P<words>\S.*)")
# 日期：1月18-19日 ⏎ 时间：下午3时: the fields of a listing, not lines of a dialogue
FIELD_LABELS = frozenset((
    "日期", "时间", "地点", "地址", "费用", "票价", "电话", "网址", "查询", "主办", "对象", "名额", "报名",
    "备注", "相关新闻", "延伸阅读",
))
LINE_VERB = re.compile(r"(?:回|答|问|反问|追问)$")  # 苏回：… / 官问：…: the label of a line, then its verb
QUESTION_LINE = re.compile(r"[ \t　]*(?:问|记者|Q)[ \t　]*[：:]")  # an interviewer's line
MANNER = re.compile(r"(?:带[^，,。：:「“”」]{1,6}|[^，,。：:「“”」]{1,4})地")  # 无奈地, 激动地, 带弦外之音地
# 幽幽 or 无奈地 between a speaker and the verb; not 爷爷 or 伯伯
MANNER_BEFORE_VERB = re.compile(
    rf"(?:((?![爷奶妈爸哥姐弟妹婆公伯叔姨舅嫂])[\u4e00-\u9fff])\1|{MANNER.pattern})$"
)
# Clause heads after which the words are no longer the speaker's: consequences, other people reacting.
NARRATIVE_HEAD = re.compile(
    r"(?:(?:言论|此言|此举|事件|其言)?(?:惹来|引来|招来|招致)|(?:引起|引发)(?=[^，,。]{0,12}(?:质疑|批评|关注|热议|不满|争议|反弹|讨论|哗然|抨击|议论|回应|声音))|"
    r"(?:该|其)?(?:集团|公司|政府|当局|警方|平台)"
    r"(?:早前|此前|日前|近日|昨日|昨天|去年|上周|上月|较早前))"
)
REPLY_WITH = re.compile(r"(?:作为?)?(?P<verb>回应|回复|回覆|作答|答复|响应|作结)")
# Between a name and its verb: the occasion of the words (出席…午宴时, 在…会上).
OCCASION = re.compile(
    r"(?:出席|在|于|接受|会见|见|到访|主持|参加|出访)[^，,。：:「“”」]{1,20}(?:时|期间|会上)"
)
# …，有与会者质疑…: someone else, unnamed, speaks next
SOMEONE = re.compile(r"有(?P<who>[^，,。：:「“]{1,10}?)(?:都|亦|也|更|则|即|随即)?")
TOPIC = re.compile(r"[ \t　]*(?:至于|对于|关于)")  # …；至于…，他认为: the topic of the next statement
PUBLISHED = re.compile(r"(?:[0-9０-９]{1,2}时许?)?(?:发布|发出|发)(?:微博|网上)?消息$")
PARTY_SIDE = re.compile(r"[^，,。：:「“的在]{2,16}?一方(?!面|的)")  # 梁耀忠及区诺轩一方: a party's counsel
# A clause opening with a condition (…，如司法机构认为…) goes on with the words; nobody new speaks.
HYPOTHETICAL = re.compile(r"[ \t　]*(?:如果|如|若|假如|假若|倘若|即使|一旦|要是)")
CONTINUING = re.compile(r"[ \t　]*(?:又|更|并|亦|还|另|同时|随后|其后|续|再)[ \t　]*")
SELF_AGAIN = re.compile(r"(?:他|她)(?:就|又|亦|也|还|则|更|并|同时|随即|再|只|便)*")
WHEN = re.compile(r"[\u4e00-\u9fff]{1,3}?(?:前|后|时)")  # 开庭前, 会后, 离开时
# …，他思考数秒后，… : a pronoun opening a time clause narrates a new event.
PRONOUN_TIME_CLAUSE = re.compile(r"(?:他|她)[^，,。：:「“]{1,10}(?:后|之后|时|期间)[，,]")
# …，缅甸网上更有流言说 / …，即有网转贴并说: someone else (有…) reported as saying something.
OTHER_SOURCE = re.compile(
    r"[^，,。：:「“]{0,8}(?<![没未])有[^，,。：:「“会可应关]{1,8}?(?<!听)(?:说(?![法话])|称|指|表示|反映|透露|留言|转贴|质疑)"
)
RESUMED_NARRATIVE = re.compile(
    rf"(?:他|她)(?:亦|也|则|并|又)?{TIME_WORD}|(?:惟|唯)(?:遭|被)"
    # …，泛民主派随即「哗」声四起: the chamber's reaction
    r"|[^，,。：:「“]{0,6}(?:派|阵营|全场|众人)(?:议员)?(?:随即|旋即)"
    # …，他在记者会上展示… / …，又听取美军指挥官汇报: what the speaker did next
    r"|(?:他|她)(?:又|并|亦|也|随即|其后|随后)?(?:在[^，,。：:「“]{1,12}?(?:上|中)|当庭)"
    r"(?:展示|播放|出示|拿出|举起)|(?:又|并)(?:听取|会见|视察|参观|探望|接见|会晤)"
)
HEARSAY = re.compile(r"(?:[^，,。：:]{1,4}[，,])?据(?:悉|报|了解|知)")
REPORT_SAYS = re.compile(r"(?:该|有关)?(?:报道|报导|报告|消息)(?:又|亦|还|更|则)?(?:称|指|说|表示|引述)")
# Verbs from NEEDS_DELIMITER that take their words straight after a person: 他担心这样的语言…
ADJACENT_VERBS = {
    "担心", "觉得", "相信", "分析", "估计", "预计", "记起", "披露", "证实", "呼吁", "留意到", "寄望", "确认",
    "称赞", "赞扬", "反映", "自称", "推测", "猜测", *WEAK_VERBS,
}
# Feelings rather than words: quoted from a named person (胡锡进担心…), not from an anonymous group.
MENTAL_VERBS = {"担心", "觉得", "相信", "猜测", "忧虑"}
# …，记者问… / …，本台记者追问…: the reporter, not the speaker; a clause merely about reporters
# (…，亦提及辨别记者的问题 / …，警方不应当记者是威胁) has a verb or a negation before 记者, or is a
# role (…，因作为专业的记者，他们有责任…).
REPORTER_HEAD = re.compile(
    r"(?![^，,。：:「“]{0,10}[作身]为)[^，,。：:「“不未没应经让]{0,12}记者(?!会|证|的|是|要|须|需|应|可以|不能|必)"
)
# What the speaker left unsaid, told by the reporter: …，但未有进一步表述 / …，但他其后未再回复查询 /
# …，她出席会议后并无回应…
LEFT_UNSAID = re.compile(
    r"(?:(?:他|她|其|对方|该名|这名)[^，,。：:「“]{0,12}?)?(?:其后|之后|随后|则|亦|也|并|故)?"
    r"(?:未有|没有|并未|并没有|并无|未再|未|拒绝|不愿|不肯)(?:再|进一步|正面|直接|详细|具体)?"
    r"(?:透露|回应|评论|说明|交代|解释|提及|公开|披露|详述|具体|表述|回复|回覆)"
    r"|(?:他|她|故|因此|所以)(?:未有|没有|并未|并无|未)(?:再|进一步)?补充"  # a bare 没有补充 may be the words
)
GENERIC_HEAD = re.compile(
    r"(?:不少|很多|许多|大批|一些|部分|其他|其余|外界|舆论|有人|网上|坊间|有网民|有网友|网民|网友)"
)
REACTION_RE = re.compile(
    r"(?:说(?!服)|称|指|问|质疑|认为|形容|批评|提出|关注|抱怨|回应|留言|怀疑|讽刺|嘲讽|担心)"
)
QUANTIFIERS = (
    "不少", "很多", "许多", "大批", "一些", "部分", "其他", "其余", "多名", "多位", "大量", "个别",
    "多个国家", "多国", "各国",
)
PRONOUNS = ("他们", "她们", "他", "她", "其")
SURVEY_SHARE = re.compile(
    r"(?:[0-9０-９]+(?:%|％)|[一二三四五六七八九十]成|一半|过半|半数)[^，,。]{0,4}受访者$"
)
# Titles after which a transliterated foreign name may follow: 美国总统特朗普, 英国现任外相拉布.
FOREIGN_TITLES = (
    "总统", "国务卿", "总理", "外相", "财长", "首相", "大使", "代表", "主管", "发言人", "部长", "主席",
    "议员", "人士", "教授", "名将", "一哥", "党魁", "领袖", "参议员", "众议员", "州长", "市长", "执行官",
    "总编辑", "总编", "总裁", "经理", "负责人", "外长", "顾问", "检察官", "局长",
)
# 向公务员事务局一般职系处长|李伯康: a role and name after 向 (to), 跟, 给 or 致函 are the object.
OBJECT_WITH_ROLE = re.compile(
    r"(?:^|[^面方])(?:向|跟|给|致函|致信|去信|致电|召见|会见|接见|约见|拜会)([^，,。；;：:、「」“”向跟给]{2,24})$"
)
# Verbs that may take an object before their words: 问他：, 告诉本台，
OBJECT_VERBS = {"问", "质问", "追问", "训斥", "告诉", "回答", "反问", "提醒", "询问"}
# Any verb may name whom the words are for before a colon and the quotation: 寄语九巴：「…」; not
# 说过：「…」 (an aspect) nor 表明不会退钱：「…」 (words of its own)
def _addressee_then_quote(longest: int) -> re.Pattern:
    return re.compile(rf"(?![过了着不没无未很])[^，,。：:！？「“\n]{{1,{longest}}}[：:](?=[ 　]*[“「『])")


ADDRESSEE_THEN_QUOTE = _addressee_then_quote(4)
# 寄语有份决定解散的学生会成员：「…」: these verbs name whom the words are for, at any length
ADDRESSING_VERBS = {"寄语", "勉励", "叮嘱", "劝告"}
LONG_ADDRESSEE_THEN_QUOTE = _addressee_then_quote(20)
ADDRESSEE_BEFORE_QUOTE = re.compile(r"[^，,。：:！？「“”」\n]{1,14}[「“『]")
# 张建宗见记者，表明… / 示威者代表召开记者会，宣布…: meeting the press, then speaking in the next clause
MEETS_PRESS = re.compile(
    r"(?:(?:会见|约见|见|接受)(?:记者|传媒|媒体)(?:的?(?:访问|采访|提问))?"
    r"|(?:召开|举行|开)(?:记者会|新闻发布会|记者招待会))(?:时|期间)?[ \t　]*$"
)
NOT_PREPOSITIONS = ("从事", "对于", "与会", "在场", "以色列")  # words that start like one: 与会者, 以色列总理
ADDRESSED = set("给向对跟问")  # 王辉生写电邮给苏启诚说: the one written to, not a second speaker
PREPOSITIONS = ("对", "向", "在", "于", "跟", "与", "针对", "就", "为", "从", "以", "把", "将", "让", "给")
# A role is cut after these: 报道访问了…研究员江宇 -> 研究员.
ROLE_CUTS = re.compile(
    r".*(?:了(?!解)|是|被(?!告)|把|将|访问|采访|引述|援引|引用|包括|表示|(?<!顾)问|向|对(?!策)|据(?:悉|报道?)?|给|在(?!野|场)|称(?!赞)|要求|(?<![小传])说|指(?!定|挥|导)|继|"
    r"流传|接受|出席|会见|召见|接见|约见|拜会|担任|出任|引来|惹来|引起|控告|起诉|邀请|传召|委任|任命|联同|连同|自称|(?<![自理经缘])由(?!于)|刊登|刊出|报道|"
    r"、现任|拘捕|逮捕|去信|涉及|致电|通知|宣判|批评(?!家)|谴责|质疑|感谢|赞扬|称赞|斥责|抨击|呼吁|敦促|促请|(?<![司指法])令(?!人)|"
    r"有(?!关)(?=[^有]{1,10}$)|跟随|到过|另一[名位个]|加上|[」”』]、)"
)

TIME_CLAUSE_END = re.compile(r"[^，,。：:「“]{0,16}(?:之后|后|之际|时)[，,]")
BRACKETED_ONLY = re.compile(r"[ \t]*(?:[（(][^（）()]*[)）][ \t]*)?")  # nothing after a name but its original
JOINED_BY_COMMA = re.compile(r"[”」』]?[，,、][ 　]*")  # 「…」，「…」 / 「…」、「…」 / paraphrase，「…」
# 表明「无意全面检讨」，但会不断检视…: after the quotation, a modal or another quotation goes on with the
# speaker's own words; 「…」，但外界仍相信… is the reporter again
BUT_SAME_SPEAKER = re.compile(r"[，,](?:但|而)(?:[“「『]|会|要|应|须|仍会|亦会|也会|基于)")
# 高呼「…」、「…」等口号, 表示谈判「进展很好」、「将会有大交易」等: the words are the quotations only
SLOGANS = re.compile(r"等|的?(?:口号|标语)")
LIST_ITEM = re.compile(  # 一、 / 1. / 2） / （三）: the marker of a numbered item
    r"[ \t　]*(?:[一二三四五六七八九十]{1,3}、|[0-9０-９]{1,2}[.．、)）]"
    r"|[（(][一二三四五六七八九十0-9０-９]{1,2}[)）])"
)
HEADLINE_GAP = re.compile(r"[\u4e00-\u9fff」”][ 　]+[\u4e00-\u9fff「“]")
SENTENCE_BREAK = re.compile(r"[。！？!?\n]")
EMBED_MARKUP = ("{{<", "{{%", "<iframe", "<video")  # mirror shortcodes kept in the body text
OPEN_MARKS = "“「『"
CLOSE_MARKS = "”」』"
LISTED_AFTER = {mark + "、" for mark in CLOSE_MARKS}  # 「…」、「…」: quotations listed one after another
SENTENCE_END = "。！？!?"
QUOTE_MARK = re.compile(f"[{OPEN_MARKS}{CLOSE_MARKS}]")
BREAKS = "，,。；;！？!?：:\n"
DELIMITERS = "，,：:"
DATELINE_REPORTER = re.compile(
    r"[（(]\s*记者\s*([\u4e00-\u9fff]{2,4}(?:[、\s]+[\u4e00-\u9fff]{2,4})*)\s*[)）]"
)
# 新华社巴黎12月9日电（记者唐霁）: a wire dateline before the first sentence.
DATELINE = re.compile(
    r"^.{0,16}?[0-9０-９一二三四五六七八九十]+月[0-9０-９一二三四五六七八九十]+日电"
    r"\s*(?:[（(][^）)]{0,20}[）)])?"
)
PARENTHETICAL = re.compile(r"\s*[（(][^（()）]{0,40}[)）]\s*")
LATIN_NAME = re.compile(r"([A-Z][A-Za-z.'\-]*(?:[ \t]+[A-Z][A-Za-z.'\-]*){0,3})[ \t]*$")
CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
ALL_CJK = re.compile(r"[\u4e00-\u9fff·•]+")
SELF_REPORTER = re.compile(r"^(?:本台|本报|本网|该报|我台|我报|记者|特约记者|本刊)?记者$")


# fmt: on


def _alternation(words) -> str:
    """A regex matching any of ``words``, longest first, written as a trie (表(?:示|明)) so that the
    engine reads each character once instead of trying hundreds of alternatives at every position."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here; a longer one is tried first
        return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{body})?"
    return body


_VERB_WORDS = set(VERBS) | {v + s for v in VERBS for s in SPEECH_SUFFIX if not v.endswith(s)}
_VERB_WORDS |= {
    "发文指",
    "撰文指",
    "发帖说",
    "发帖指",
    "通报称",
    "回应称",
    "回应指",
    "回应说",
    "评论指",
    "报称",
    "回应谓",
}


def _verb_pattern(words: set[str]) -> re.Pattern:
    # 是否认为 holds 认为, not 否认; 说法 and 说话 are no verbs of speech, 提醒法庭 is one; 对该报称 is 称.
    return re.compile(
        rf"(?!(?<=[是能可与])否)(?!(?<=[该本])报称)(?:(?:{_alternation(words)}|{_alternation(SINGLE_VERBS)})(?!(?<=[说称指问答道])[法话])|"
        r"(?<![所可称无何之意])谓(?=[：:，,「“]))"
    )


STRONG_VERB_RE = _verb_pattern(_VERB_WORDS)  # a verb that can start a new record inside someone's words
VERB_RE = _verb_pattern(_VERB_WORDS | set(WEAK_VERBS))
# 指挥官陈时中: 指挥 is no 指; 民主党另一议员: 另 is no adverb; 周浩鼎 is no 周一
NOT_POST = r"指挥|指定|另一[名位个]?[^方]|周(?![一二三四五六日天末])"
# 政府发言人回应游行时表示: replying to something, then the verb
REPLYING_TO = r"回[应覆复][^，,。：:「“]{1,8}?时"
POST_RE = re.compile(rf"[ \t]*(?:(?!{NOT_POST}){_alternation(POST)}|{REPLYING_TO}|[0-9０-９])")
ADVERBS_ONLY = re.compile(rf"(?:{POST_RE.pattern})*")  # 政府|更发稿|指: nothing but adverbs between
VERBS_AND_ADVERBS = re.compile(rf"(?:{VERB_RE.pattern}|{POST_RE.pattern})*")  # 王|同意并|表示
# 曾向传媒表示 / 对本台说: who was told, between the subject and the verb
RECIPIENT = r"(?:向|对|跟|接受)(?:传媒|媒体|记者|外媒|本台|本报|本网|该报|众新闻|[^，,。：:「“]{0,6}》)"
MENTION_END_RE = re.compile(
    rf"[ \t]*(?:{_alternation(POST)}|{_alternation(_VERB_WORDS)}|{RECIPIENT}|刚刚|刚过去"
    r"|[0-9０-９，,、。（(：:及和与被等]|$)"
)
# Relatives named by their kinship to someone in the story: 林小楠的姐姐林小青, 他弟弟林小华.
KINSHIP = (
    r"(?:[弟哥姐妹]{2}|兄长|胞[弟兄姐妹]|儿子|女儿|妻子|丈夫|太太|[父母]亲|爸爸|妈妈|[女男]友|遗孀"
    r"|[奶爷]{2}|外[婆公]|姥[姥爷])"
)
KINSHIP_END_RE = re.compile(rf"{KINSHIP}$")
# A role that makes its holder a woman: 陈先生 is not 何君尧太太陈浩明.
FEMALE_ROLE = re.compile(r"(?:太太|夫人|妻子?|女士|小姐|[母姐妹]亲?|妈妈|女儿|遗孀|老板娘|女友|婆婆|阿姨)$")
ROLE_END_RE = re.compile(rf"(?:{_alternation(ROLE_ENDINGS)})$")
# A description ending in one of these names someone (联络人, 党友): it can be a role.
TITLE_FINALS = "人者员长家官师生士总裁席理表管授卿相使魁将帅哥监户任事友"
# A party, sector or body printed before a name is a role too: 公民党郭家麒, 饮食界张宇人, 美国国防部马蒂斯,
# 香港众志罗冠聪, 人民力量陈志全, 热血公民郑松泰.
AFFILIATIONS = (
    *ORG_ENDINGS,
    "界",
    "派",
    "联",
    "阵线",
    "同盟",
    "众志",
    "力量",
    "新政",
    "公民",
    "前线",
    "思潮",
    "民协",
    "小组",
    "民连",  # 社民連 in Simplified is 社民连, not 联
)
AFFILIATION_RE = re.compile(rf"(?:{_alternation(AFFILIATIONS)})$")
AFFILIATION_THEN_SURNAME = re.compile(
    rf"(?:党|联|民连|界|派|部|局|署|工联会|职工盟|教协)(?=[{''.join(sorted(SURNAMES))}][\u4e00-\u9fff])"
)
ANON_END_RE = re.compile(rf"(?:{_alternation(ANON_ENDINGS)})$")
# A group known by a bracketed name: 「撑公共广播运动」, 「港铁新动力」, 「民间人权阵线」
BRACKETED_GROUP = re.compile(
    r"「[^」]{2,14}(?:运动|动力|阵线|联盟|关注组|行动|联席|平台|协会|学会|工会|组织)」"
)
# 联署, 签署, 部署 (signing, deploying) end in 署 but name no office.
ORG_END_RE = re.compile(rf"(?:{_alternation(ORG_ENDINGS)})(?<!联署)(?<!签署)(?<!部署)$")
DOC_END_RE = re.compile(rf"(?:{_alternation(DOCUMENTS)})$")
CITING_RE = re.compile(r"(?:引述|援引|引用|搬出|根据|据(?!悉)(?:报道?)?)")  # 据悉: "it is learned", no source
ROLE_HINT_RE = re.compile(r"(?:以(.{2,30}?)身份|(?:作为|身为|同样是|亦是|也是|是)(.{2,20}?)$)")
# 警长5905, 探员15927, 警员PC5539: an officer's number after the rank
OFFICER_NUMBER = r"(?:W?PC)?[0-9０-９]{3,6}"
# 旅日台侨王辉生医生接受采访: a name with its title after it (the name is printed again later)
NAME_THEN_TITLE = re.compile(rf"[{''.join(sorted(SURNAMES))}][\u4e00-\u9fff]{{1,2}}?(?=医生|教授|博士)")
ROLE_THEN_SURNAME = re.compile(
    rf"(?:{_alternation(ROLE_ENDINGS)}|{KINSHIP}|[「“『][^」”』\n]{{1,4}}[」”』])"  # 「歌神」许冠杰: a byname
    rf"(?:之一|{OFFICER_NUMBER}[ \t　]?)?(?:（[^（）\n]{{1,10}}）)?"  # 警长5905 苏志恒: an officer's number
    rf"(?=[{''.join(sorted(SURNAMES))}][\u4e00-\u9fff])"
)
EPITHET_END = re.compile(r"[、，,]?[「“『][^「“『」”』]{1,12}[」”』]$")
FOREIGN_TITLE_RE = re.compile(_alternation(FOREIGN_TITLES))
ROLE_THEN_FOREIGN = re.compile(rf"(?:{_alternation(FOREIGN_TITLES)})[」”』]?(?=[\u4e00-\u9fff]{{2}})")
# Characters of transliterated foreign names (费尔蒂塔, 梅内德斯), none of them common at the end of a
# Chinese role word: a run of them before the name's Latin original in brackets is a person.
TRANSLITERATION = set(
    "阿埃艾爱安奥巴拜班邦保贝本比彼毕波伯博布查达戴丹德登迪蒂丁东杜多厄恩尔法凡菲费芬丰佛弗福盖冈"
    "戈格贡古哈海汉豪赫亨胡华霍基吉加贾杰金卡凯坎康柯科克肯库拉莱赖兰朗劳勒雷蕾里利莉林琳卢鲁路伦"
    "罗洛马玛迈麦曼梅门蒙米敏莫默姆穆纳娜奈南内尼宁纽努诺欧帕佩彭皮珀普奇齐契乔切琼丘萨塞桑瑟森"
    "沙莎舍什斯松苏索塔泰坦汤唐特滕提汀图托瓦威韦维温沃乌西希夏辛休雅亚扬耶伊因尤约泽扎詹朱兹佐"
    "隆撒列夫瑞丽妮娅芙茜黛露赛茨鲍铁京"
)
# 轩森（Michael Hirson）: a name's original in brackets, after the Chinese run (2-8 characters) that
# _chinese_run_before finds; the brackets are looked for first, as they are rare (hot path)
ORIGINAL_IN_BRACKETS = re.compile(
    r"[ \t]*[（(][ \t]*[A-Z][A-Za-z.'\-]+(?:[ \t]+[A-Z][A-Za-z.'\-]+)+[ \t]*[)）]"
)
# A transliterated name opening a sentence and speaking (格瑞德说：…), printed more than once.
BARE_FOREIGN = re.compile(rf"(?:^|(?<=[。！？\n」”]))([{''.join(sorted(TRANSLITERATION))}]{{3,4}})")
# Hong Kong papers name hawkers and residents by nickname: 「肠粉大皇」新哥, 小商户全哥, 陈伯.
NICKNAME_AFTER_ROLE = re.compile(
    r"(?:[「“『][^」”』]{1,8}[」”』]|[户贩主民友工])(?![和与及跟同])([\u4e00-\u9fff][哥姐叔伯婶嫂婆])(?![哥姐叔伯婶嫂婆])"
)  # not 朋友和哥哥 (her friends and brother)
LATIN_FULL_NAME = re.compile(r"[A-Z][A-Za-z.'\-]*(?: [A-Z][A-Za-z.'\-]*)* [A-Z][a-z]{2,}")
# 发言人回复众新闻查询称, 发言人回复众新闻称: what the speaker answered, between the speaker and the verb
ANSWERING = re.compile(
    r"(?:回复|回覆|回应|答复)(?:(?:有关|相关|此|该)?(?:事件|事|问题|指控|质疑)(?:时)?"
    r"|[^，,。：:「“]{0,8}?的?(?:查询|提问|采访)(?:时|期间)?"
    r"|[^，,。：:「“]{0,6}?(?:新闻|传媒|媒体|记者|本台|本报|本网))"
)
DATED = re.compile(r"[0-9０-９]{4}年|[0-9０-９]{1,2}月[0-9０-９]{1,2}日")
PASSIVE_BEFORE = re.compile(r"被(?!告)[^，,。：:时后前中\s]{1,2}$")
# 被 + who + the verb at the end of a clause: the one named after 被 speaks (not 被告, 被捕后).
PASSIVE_AGENT = re.compile(r"被(?!告|捕|控|判|囚|拘|逮|指)([^，,。：:；「」“被]{2,14})$")
ASKED_RE = re.compile(r"被(?:记者|传媒|媒体)?(?:追问|问|查询)")  # 被问到, 被记者追问: asked
LETTER_NAME = re.compile(r"[A-ZＡ-Ｚ]")  # X, the complainant; 女学生A: a name the court gives
LETTER_AFTER_ROLE = re.compile(r"(?<=[\u4e00-\u9fff])[A-ZＡ-Ｚ](?![A-Za-z0-9Ａ-Ｚａ-ｚ０-９])")
STAFF_NUMBER = re.compile(rf"(?<=[\u4e00-\u9fff]){OFFICER_NUMBER}[ \t　]*$")  # 探员15927, at a role's end
# 阿 + these is kin (阿姨, 阿伯) or a foreign word (阿里, 阿富汗), not a nickname like 阿铭
NOT_GIVEN_AFTER_AH = set("姨伯婆公妈爸哥叔嫂婶姐爷嬷爹里拉富根尔联")
# 创办人之一小黄人（化名）: a pseudonym is a person's name whatever its characters
PSEUDONYM = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,6})[ \t]*[（(]化名[)）]")
# 麦家蕾（阿Cat）, 朱耀明（朱牧）: a nickname in brackets after the name stands for the person from then on
NICKNAME_IN_BRACKETS = re.compile(
    r"([\u4e00-\u9fff]{2,4})[ \t]*[（(][ \t]*"
    r"(阿[A-Za-z\u4e00-\u9fff]{1,6}|[A-Z][a-z]+[姐哥]?|[\u4e00-\u9fff]{2})[ \t]*[)）]"
)
NICKNAME_IN_MARKS = re.compile(r"([\u4e00-\u9fff]{2,4})「([\u4e00-\u9fff]{1,2}[仔哥姐妹女])」")
# 正如广播处长梁家荣所言，…: the words after the comma are the person's
AS_SAID = re.compile(
    r"(?:正如|诚如|一如)(?P<np>[^，,。；;「“”」]{2,20}?)(?P<verb>所言|所说|所指|所讲)[，,][ 　]*"
)
LIST_BOUNDARY = re.compile(r"[、及和与，,。；;）)的等]|[两三四五六七八九十]人")  # after a name in a list
# 居于慈乐邨的张女士 / 住了24年的黄太 / 69岁的May姐 / 51岁的张车长 / 。周女士喜欢阅读: someone introduced
# by a form of address only
ADDRESS_MENTION = re.compile(
    rf"(?:的|^|(?<=[。！？!?\n]))([{''.join(sorted(SURNAMES))}](?:女士|小姐|太太|太|先生|同学|车长|师傅|老板|{_alternation(ELDERS)})|[A-Z][a-z]+[姐哥]|阿[A-Z][a-z]+)"
    r"(?![\u4e00-\u9fff]{2}[，,。])"
)
# 协会主席Steve Simon, 法国人Julia Besnard: a role or a nationality, then a name in Latin letters
LATIN_NAMED_AFTER = (*ROLE_ENDINGS, "国人")  # one alternation: a second branch outside it slows the scan
ROLE_THEN_LATIN = re.compile(rf"(?:{_alternation(LATIN_NAMED_AFTER)})[ \t]*(?=[A-Z][a-z])")
ADVERBIAL_ONLY = re.compile(
    rf"(?:(?:周|星期|礼拜)[一二三四五六日天末](?:上午|下午|早上|晚上|中午|傍晚|凌晨)?|{CONNECTORS.pattern}|{RECIPIENT}|{_alternation(POST)}"
    r"|[^，,。：:「“的]{1,5}地(?=.)|在[^，,。：:「“的]{1,8}?[上中内下]"  # …），周一说： / …，在高峰会上询问：
    r"|用[^，,。：:「“的]{1,4}[话语文]"  # …，用普通话回答：
    r"|在[^，,。：:「“]{1,20}?(?:记者会|会议|会|节目|访问|采访)[上中]"  # …，在昨日的…记者会上否认
    rf"|在[^，,。：:「“]{{0,10}}?(?:{_alternation(DOCUMENTS)}|公报|专栏|网志|脸书|社交网站|社交媒体|社交平台)[上中内里]?)+"
)
AT_PLACE = re.compile(r"[在于]")  # 李桂华在昨日的…记者会表示: where the adverbial after a name begins
POST_QUOTE_VERB = re.compile(
    rf"[，,\s]*(?P<np>[^，,。！？!?：:“”「」『』\n]{{1,16}}?)[ \t]*"
    rf"(?P<verb>{_alternation(_VERB_WORDS)}|说|称|道|问|答|指)[ \t]*(?=[。！.!]|$)"
)


@dataclass
class _Subject:
    kind: str  # person | anon | org | pronoun | honorific
    name: str | None = None  # Simplified form, for matching
    role: str | None = None
    start: int | None = None  # offsets of the mention
    end: int | None = None


@dataclass
class _Person:
    name: str  # Simplified
    role: str | None
    positions: list[int] = field(default_factory=list)


@dataclass
class _State:
    s: str  # Simplified text, same length as body
    body: str
    people: dict[str, _Person] = field(default_factory=dict)
    excluded: set[str] = field(default_factory=set)  # byline names
    aliases: dict[str, str] = field(default_factory=dict)  # short form -> full name: 叶刘 -> 叶刘淑仪
    last_record: tuple[int, _Subject] | None = None  # (end of the words, speaker) of the last record
    # (end of the words, name, role) of each speaker in turn
    spoken: list[tuple[int, str | None, str | None]] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    orgs: list[OrgStatement] = field(default_factory=list)
    consumed: list[tuple[int, int]] = field(default_factory=list)

    @property
    def last_person(self) -> tuple[int, str | None, str | None] | None:
        """(end of the words, name, role) of the last speaker."""
        return self.spoken[-1] if self.spoken else None


# --- Text structure ------------------------------------------------------------------------------


NAME_DOTS = str.maketrans("・‧･•", "····")
NAME_DOT_RE = re.compile("[・‧･•]")


def _simplified(body: str) -> str:
    s = to_simplified(body)
    if len(s) != len(body):  # pragma: no cover
        s = "".join(c2 if len(c2 := to_simplified(c)) == 1 else c for c in body)
    # 高雄巿长: a look-alike of 市 that OpenCC keeps; 索菲・理查森, 索菲‧理查森: look-alikes of the name dot
    s = s.replace("巿", "市")
    return s.translate(NAME_DOTS) if NAME_DOT_RE.search(s) else s  # cheap: a search, not a translation


def _depths(s: str, start: int, end: int) -> tuple[bytearray, list[tuple[int, int]]]:
    """Quote depth after each character of s[start:end] and the top-level quotations (open, close)."""
    depth = bytearray(end - start)
    level, opened, spans, filled = 0, -1, [], start
    for m in QUOTE_MARK.finditer(s, start, end):  # only the marks change the depth (hot path)
        i = m.start()
        depth[filled - start : i - start] = bytes((level,)) * (i - filled)
        if m.group() in OPEN_MARKS:
            if level == 0:
                opened = i
            level = min(level + 1, 9)
        elif level:
            level -= 1
            if level == 0:
                spans.append((opened, i))
        depth[i - start] = level
        filled = i + 1
    depth[filled - start :] = bytes((level,)) * (end - filled)
    return depth, spans


def _close_of(s: str, o: int, pend: int) -> int:
    level = 0
    for i in range(o, pend):
        if s[i] in OPEN_MARKS:
            level += 1
        elif s[i] in CLOSE_MARKS:
            level -= 1
            if level == 0:
                return i
    return -1


def _sentence_end(s: str, i: int, pend: int, depth: bytearray, pstart: int) -> int:
    """End of the sentence from i: a 。！？ outside quotes, or a quotation closing on one (。」)."""
    for j in range(i, pend):
        ch = s[j]
        if depth[j - pstart] == 0:
            if ch in SENTENCE_END:
                return j
            if ch in CLOSE_MARKS and s[j - 1] in SENTENCE_END:
                if s[j + 1 : j + 2] in ("、", "，") and s[j + 2 : j + 3] in OPEN_MARKS:
                    continue  # 「…。」、「…。」: a list of quotations goes on
                return j + 1
    return pend


def _clause_begin(s: str, i: int, breaks: str = BREAKS) -> int:
    """Where the clause holding position i begins: after the last of ``breaks`` before it."""
    j = i - 1
    while j >= 0 and s[j] not in breaks:  # clauses are short: a walk back beats one rfind per break
        j -= 1
    return j + 1


def _clause_start(s: str, i: int, pstart: int, depth: bytearray) -> int:
    """Start of the clause ending at i; a short quotation inside it (以「学者身分」) does not end it."""
    while i > pstart:
        ch = s[i - 1]
        if ch in CLOSE_MARKS:
            opening = max(s.rfind(m, pstart, i - 1) for m in OPEN_MARKS)
            if 0 <= i - 1 - opening <= 11 and not any(p in s[opening:i] for p in SENTENCE_END):
                i = opening
                continue
            if _embedded_title(s, opening, i - 1, pstart):
                i = opening
                continue
            break
        if ch in OPEN_MARKS or (ch in BREAKS and depth[i - 1 - pstart] == 0):
            break
        if ch == "、" and i - 1 > pstart and s[i - 2] in CLOSE_MARKS and depth[i - 1 - pstart] == 0:
            break  # 何俊贤亦称「成何体统」、行会成员汤家骅指: the next speaker of a list
        i -= 1
    return i


def _embedded_title(s: str, o: int, c: int, pstart: int) -> bool:
    """曾钰成今日出席「香港十大杰出大专学生选举2021」后表示: a name in marks inside the clause, with
    no punctuation of its own, after a word of the clause."""
    return (
        o > pstart
        and c - o <= 30
        and s[o - 1] not in BREAKS + OPEN_MARKS + CLOSE_MARKS
        and not any(ch in BREAKS for ch in s[o + 1 : c])
    )


def _trim(s: str, a: int, b: int) -> tuple[int, int]:
    while a < b and s[a] in " 　\t，,：:；;。":
        a += 1
    while b > a and s[b - 1] in " 　\t，,；;：:":
        b -= 1
    if b > a and s[b - 1] == "。" and not (s[a] in OPEN_MARKS or s[a - 1 : a] in OPEN_MARKS):
        b -= 1
    return a, b


def _unwrap(s: str, a: int, b: int, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """Drop the marks when the content is exactly one quotation."""
    if b - a >= 2 and (a, b - 1) in spans:
        return _trim(s, a + 1, b - 1)
    return a, b


def _is_direct(s: str, a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    if (a - 1, b) in spans or (a - 1, b + 1) in spans:
        return True
    for o, c in spans:
        if a <= o and c < b + 1:
            inner = s[o + 1 : c]
            if len(inner) >= 6 or any(p in inner for p in "，。！？、；…,"):
                return True
    return False


# --- Subjects ------------------------------------------------------------------------------------


def _strip_marks(text: str) -> str:
    return re.sub(r"[「」“”『』\s　]", "", text)


def _clean_role(prefix: str) -> str | None:
    prefix = prefix.rsplit("的", 1)[-1]
    if m := ROLE_CUTS.match(prefix):
        prefix = prefix[m.end() :]
    if m := CONNECTORS.match(prefix):
        prefix = prefix[m.end() :]
    if KINSHIP_END_RE.search(prefix) or (prefix[:1] == "其" and _is_title(prefix)):
        prefix = re.sub(r"^(?:他|她|其)", "", prefix)  # 他弟弟林小华 / 其党友何俊贤: the role is 弟弟, 党友
    if (
        (m := re.match(r".{0,4}?(?:与|(?<!共)和(?!平)|跟|同(?![区届校事行乡村学样时一期班组党]))", prefix))
        and ROLE_END_RE.search(prefix[m.end() :])
        and (  # 卫生与公共服务部长: one title; 今日与法律顾问: a time, then someone met
            not word_frequency(prefix[max(m.end() - 3, 0) : m.end() - 1])
            or ADVERBS_ONLY.fullmatch(prefix, 0, m.end() - 1) is not None
        )
    ):
        prefix = prefix[m.end() :]  # 特朗普与中国国家主席习近平 -> 中国国家主席
        if m := CONNECTORS.match(prefix):
            prefix = prefix[m.end() :]  # 连同昨日（9日）大埔区议员 -> 大埔区议员
    prefix = prefix.strip(" 　,，、—")
    if prefix[:1] in "与及" and len(prefix) > 3 and not prefix.startswith("与会"):
        prefix = prefix[1:]  # 与中间人、塞内加尔前外长加迪奥会面: the role begins after 与
    return prefix or None


def _role_ok(prefix: str) -> bool:
    epithet = EPITHET_END.search(prefix) if prefix[-1:] in CLOSE_MARKS else None  # hot path: test cheaply
    if epithet and _role_ok(prefix[: epithet.start()]):
        return True  # 副院长、「无创产检之父」卢煜明: a title, then a byname
    tail = _strip_marks(PARENTHETICAL.sub("", prefix))
    if not tail or tail.endswith("的"):
        return True
    tail = tail.rsplit("的", 1)[-1]
    if m := ROLE_CUTS.match(tail):
        tail = tail[m.end() :]
    tail = STAFF_NUMBER.sub("", tail.removesuffix("之一"))  # 创办人之一, 探员15927
    if not tail:
        return True
    return (
        bool(ROLE_END_RE.search(tail) or AFFILIATION_RE.search(tail))
        or tail[-1] in TITLE_FINALS
        or tail.endswith(FOREIGN_TITLES)  # 六四学运领袖王丹: a title any name may follow
        or KINSHIP_END_RE.search(tail) is not None
    )


def _is_title(role: str) -> bool:
    role = STAFF_NUMBER.sub("", role)
    return bool(ROLE_END_RE.search(role)) or role[-1] in TITLE_FINALS


def _better_role(new: str | None, old: str | None) -> bool:
    """A person keeps their fullest description; a title (国防部长) beats a bare affiliation (美国国防部)."""
    if not new:
        return False
    if old is None or _is_title(new) != _is_title(old):
        return old is None or _is_title(new)
    return _fullness(new) > _fullness(old)


def _fullness(role: str) -> int:
    return len(role) - role.count("《") - role.count("》")  # 《国安法》指定法官 is no fuller


def _name_candidates(head: str, state: _State, following: str = "") -> list[tuple[int, str]]:
    """Possible names ending head: (start, name), most likely first."""
    e = len(head)
    found: list[tuple[int, str]] = []
    for name in sorted((*state.people, *state.aliases), key=len, reverse=True):
        if head.endswith(name):
            found.append((e - len(name), name))
    if latin := LATIN_NAME.search(head):
        name = latin.group(1).strip()
        if len(name) >= 3 and (not name.isupper() or " " in name):
            found.append((latin.start(1), name))
    if (
        e >= 3
        and LETTER_NAME.fullmatch(head[-1])
        and ALL_CJK.fullmatch(head[-3:-1])
        and (ANON_END_RE.search(head[:-1]) or ROLE_END_RE.search(head[:-1]))
    ):
        found.append((e - 1, head[-1]))
    for k in (4, 3):
        if e >= k and head[e - k : e - k + 2] in COMPOUND_SURNAMES and ALL_CJK.fullmatch(head[e - k :]):
            found.append((e - k, head[e - k :]))
    if e == 1 and LETTER_NAME.fullmatch(head):
        found.append((0, head))  # 现年18岁的X在盘问下透露 / X反驳: a witness the court keeps anonymous
    if (
        e >= 2
        and head[e - 2] == "阿"
        and ALL_CJK.fullmatch(head[e - 1])
        and head[e - 1] not in NOT_GIVEN_AFTER_AH
        and (e == 2 or ROLE_END_RE.search(head, 0, e - 2) or ANON_END_RE.search(head, 0, e - 2))
    ):
        found.append((e - 2, head[e - 2 :]))  # 中三学生阿翘认为, 单亲妈妈阿花表示: a first-name nickname
    if e >= 3 and head[e - 3] in "小老阿" and head[e - 2] in SURNAMES and e == 3:
        found.append((e - 3, head[e - 3 :]))
    if e >= 2 and head[e - 2] in "小老阿" and head[e - 1] in SURNAMES:
        found.append((e - 2, head[e - 2 :]))
    three = (
        e >= 3
        and head[e - 3] in SURNAMES
        and ALL_CJK.fullmatch(head[e - 3 :])
        and (not NOT_IN_NAME & set(head[e - 2 :]) or _given_name_with_he(head[e - 2 :]))
        and head[e - 1] not in NOT_NAME_END
        and head[e - 3 : e - 1] not in NOT_NAMES
        and not _is_plain_word(head[e - 3 :], state)
    )
    two = (
        e >= 2
        and head[e - 2] in SURNAMES
        and ALL_CJK.fullmatch(head[e - 2 :])
        and head[e - 1] not in NOT_IN_NAME
        and head[e - 2 :] not in NOT_NAMES
        and head[e - 1] not in "一二三四五六七八九十官太间答问后"  # 张答: 张 answered; 律师席后
        and not _is_plain_word(head[e - 2 :], state)
    )
    if three and two:
        prefer_two = head[e - 3] not in SURNAMES_COMMON or (
            _role_ok(head[: e - 2]) and not _role_ok(head[: e - 3])
        )
        pair = [(e - 2, head[e - 2 :]), (e - 3, head[e - 3 :])]
        found += pair if prefer_two else pair[::-1]
    elif three:
        found.append((e - 3, head[e - 3 :]))
    elif two:
        found.append((e - 2, head[e - 2 :]))
    for m in FOREIGN_TITLE_RE.finditer(head):
        if 2 <= e - m.end() <= 4 and _foreign_name_ok(head[m.end() :], following):
            found.append((m.end(), head[m.end() :]))
    return found


def _given_name_with_he(given: str) -> bool:
    """林和立: 和 inside a given name, not "and" before a second surname (陈和王) or a word (和平)."""
    return (
        given[0] == "和"
        and given[1] not in SURNAMES
        and given[1] not in NOT_IN_NAME
        and ALL_CJK.fullmatch(given[1]) is not None
        and not word_frequency(given)
    )


def _is_plain_word(name: str, state: _State) -> bool:
    """A surname-led candidate that is an ordinary word (台湾, 投资) or a surname before a common verb
    (史教育, 先进行), unless the article introduced it as a person."""
    if name in state.people:
        return False
    if is_dictionary_word(name) or name.endswith(("委会", "管会")):
        return True  # 行踪, 办公桌; 陆委会 is an organisation
    if len(name) == 2:
        return word_frequency(name) > 0
    if name[-1] == "中" and word_frequency(name[:2]):  # 会议中, 过程中: "during", not 谢振中
        return True
    return (
        word_frequency(name[:2]) >= 1000
        or is_time_word(name[:2])  # 凌晨至早上
        or is_verb(name[1:], 3000)
        or name[1:] in _VERB_WORDS
        # 向公众表示, 应美国要求, 戴黑色面巾: a preposition or verb that is also a surname, then a word
        or (name[0] in (*PREPOSITIONS, "应", "戴") and word_frequency(name[1:]) >= 1000)
    )


def _foreign_name_ok(name: str, following: str = "") -> bool:
    """A transliterated name after a title: not a compound of the title (大使馆办理手续), not a role
    word itself (代表律师), not a plain phrase (旁听人士切勿喧哗, 人士签署声明), not cut inside a word
    (休斯顿火|箭)."""
    return (
        bool(ALL_CJK.fullmatch(name))
        and not is_dictionary_word(name)  # 总统办公桌
        and not (is_dictionary_word(name[:2]) and word_frequency(name[2:]))  # 议员宣誓无效: two words
        and name not in idioms()  # 作为前主席难辞其咎
        and word_frequency(name[:2]) < 1000
        and name[:2] not in NOT_NAMES  # 议员真系废: Cantonese, not a name
        and not word_frequency(name[-1] + following)
        and not NOT_IN_FOREIGN & set(name[1:] if name[0] == "内" and len(name) > 2 else name)  # 内坦亚胡
        and name[0] not in "馆团处级室们职府切勿请"
        and not ROLE_END_RE.search(name)
        and not ANON_END_RE.search(name)
        and not ORG_END_RE.search(name)
    )


def _not_a_subject(head: str, start: int, name: str, following: str, state: _State) -> bool:
    """A name candidate that is an object or part of a word: 在白宫, 问曾荫权, 由于疫情, 温敏面对."""
    prefix = head[:start].rstrip(" 　")
    if prefix[-1:] and prefix[-1] in "在于到从往赴抵向对跟给问把" and not prefix.endswith("顾问"):
        return True  # 问李先生, 写电邮给苏启诚: the one asked or addressed; 顾问 is a role
    if prefix.endswith(("要求", "促请", "敦促", "吁请", "呼吁", "邀请")):
        return True  # 并要求梁振英呼吁…: the one asked to speak, not the speaker
    if prefix.endswith("将") and not prefix.endswith(MILITARY_RANKS) and not ROLE_END_RE.search(prefix):
        return True  # 必将焦点转向: what is moved, not who speaks; 少将 and 名将 name someone
    if (to := OBJECT_WITH_ROLE.search(prefix)) and _is_title(to.group(1)):
        return True  # 工会向…处长李伯康发信，谴责: the one written to
    if name in _VERB_WORDS:
        return True  # 有人高叫：: the verb, not a surname and a given name
    if head[max(start - 1, 0) : start + 1] in WORD_BEFORE_SURNAME:
        return True
    if start and name not in state.people and word_frequency(head[start - 1 : start + 1]) >= WORD_ACROSS_NAME:
        return True  # 警察委任|证留言, 警方了|解事件称: the "surname" ends a word
    word_after = name[-1] + following in WORD_AFTER_NAME or name[-2:] in WORD_AFTER_NAME  # 温敏|面对
    return name not in state.people and word_after


def _once_then_word(name: str) -> bool:
    """广播处长曾联络要求…: 曾 before a common word is "once", not the surname (曾俊华, 曾钰成)."""
    return name[0] == "曾" and word_frequency(name[1:3]) >= 1000


def _person_at_end(state: _State, head: str, offset: int, hint: str | None) -> _Subject | None:
    """A person named at the end of ``head`` (which starts at ``offset`` in the text), with the
    description before the name as their role."""
    following = state.s[offset + len(head) : offset + len(head) + 1]
    for start, name in _name_candidates(head, state, following):
        prefix = head[:start]
        if ADDRESS_FORM.fullmatch(prefix.strip(" 　")) and len(name) >= 2:
            state.aliases.setdefault(prefix.strip(" 　"), name)  # 曾太鲍笑薇: 曾太 names her from now on
            prefix = ""
        if not _role_ok(prefix) or normalise_name(name) in state.excluded or _says_before(prefix):
            continue
        if _not_a_subject(head, start, name, following, state) or _once_then_word(name):
            continue
        if name in KNOWN_ORGS or ORG_END_RE.search(name) or DOC_END_RE.search(name):
            continue
        if ANON_END_RE.search(name) and name not in state.people:
            continue
        begin, end = offset + start, offset + start + len(name)
        printed = state.s[offset:begin] if prefix else ""  # as printed: 校长（教育组）, not the masked head
        role = _clean_role(printed) or hint
        return _Subject("person", name=state.aliases.get(name, name), role=role, start=begin, end=end)
    return None


def _says_before(prefix: str) -> bool:
    """范国威分别提出捐出议员薪津: a speech verb before the "name" makes it an object of the words, not
    a speaker (评论员, 分析师 are roles)."""
    return any(
        len(m.group()) > 1
        and prefix[m.end() : m.end() + 1] not in "员人师家者"
        and not ROLE_END_RE.search(prefix, 0, m.start() + 1)  # 法律顾问及联合主席: 顾|问及
        for m in STRONG_VERB_RE.finditer(prefix)
    )


def _subject(state: _State, cs: int, ce: int) -> _Subject | None:
    """The speaker at the head of the clause s[cs:ce] (the text between the last break and the verb)."""
    s = state.s
    clause = s[cs:ce]
    dateline = DATELINE.match(clause)
    o = dateline.end() if dateline else 0
    lead = CONNECTORS.match(clause, o)
    o = lead.end() if lead else o
    rest = clause[o:].rstrip(" 　")
    if not rest or (rest.startswith("被") and not rest.startswith("被告")):  # passive, not the defendant
        return None
    if rest.startswith("当") and not word_frequency(rest[:2]):
        return None  # 当法官宣布…，: a time clause ("when"); 当局 and 当地居民 speak
    if (answered := ANSWERING.search(rest, 2)) and ADVERBS_ONLY.fullmatch(rest, answered.end()):
        return _subject(state, cs + o, cs + o + answered.start())  # 发言人回复众新闻查询称: the one asked
    if asked := ASKED_RE.search(rest, 2):
        return _subject(state, cs + o, cs + o + asked.start())  # 林琳被问到有无中联办祝福: she was asked
    if (agent := _passive_agent(s, rest, ce)) is not None:  # 曹景文多次被辩方律师质疑: the lawyer speaks
        if re.search(r"及|和|与|、", agent):
            return None
        if found := _subject(state, ce - len(agent), ce):
            return found
    if (cite := CITING_RE.search(rest)) and cite.start() <= 16:
        inner_start = cs + o + cite.end()
        inner_end = cs + o + len(rest)
        tail = re.search(r"(?:的话|的说法|说法|的消息)$", rest)
        if tail:
            inner_end -= len(tail.group())
        if cite.group() == "引用" and (quoting := _known_at_head(state, cs + o, cs + o + cite.start(), 4)):
            return quoting  # 施志安就引用丘吉尔的话说: he says it, in another's words
        if cite.group() == "引用" and cite.start() == 0:
            return None  # …，引用专家证人刘志宏的数据，指: whoever cites goes on, not the one cited
        found = _subject(state, inner_start, inner_end) if inner_end > inner_start else None
        if found is not None or cite.start() == 0:
            return found
    if published := PUBLISHED.search(rest, 2):  # 中大学生会8时许发布消息，指…: the publisher speaks
        return _subject(state, cs + o, cs + o + published.start())
    if side := PARTY_SIDE.match(rest):  # 黎智英一方: his counsel, unnamed
        return _Subject("anon", role=side.group(), start=cs + o, end=cs + o + side.end())
    if rest.startswith(QUANTIFIERS):  # 不少网民都形容: an anonymous group, 不少人: nobody in particular
        np = re.sub(
            r"(?:都|亦|也|均|纷纷|同样|更|则)+$",
            "",
            rest[len(next(q for q in QUANTIFIERS if rest.startswith(q))) :],
        )
        if ANON_END_RE.search(np) and len(np) <= 10 and ALL_CJK.fullmatch(np):
            return _Subject("anon", role=np, start=ce - len(rest), end=ce)
        return None
    involved = rest.startswith("与") and "有关人士" in rest  # 与这次北京之行有关人士: those involved
    if (
        rest.startswith(PREPOSITIONS)
        and not rest.startswith(NOT_PREPOSITIONS)
        and "的" not in rest
        and not involved
    ):
        return None  # 以…身份与会的马云 is a person; 在会上 is not
    if rest.startswith("对于") and "的" not in rest and not rest.endswith("所"):
        return _subject(state, ce - len(rest) + 2, ce)  # 对于校方指…: 校方 speaks, 对于 is no role
    if rest.startswith("把"):
        return None  # 把敦促…的华尔街高层人员称为…: the object of the words, not their speaker
    for k in NOT_SUBJECT_LENGTHS:  # a few set lookups, not a scan of every word (hot path)
        if rest[:k] in NOT_SUBJECTS and (len(rest) == k or POST_RE.match(rest, k)):
            return None
    for p in PRONOUNS:
        if not rest.startswith(p):
            continue
        ends = _after_time(rest, len(p), len(rest))  # 他开庭前向传媒表示: the time, then the verb
        if any(len(rest) == e or POST_RE.match(rest, e) for e in ends):
            return _Subject("pronoun", name=p, start=cs + o, end=cs + o + len(p))
    if rest[0] in SURNAMES:
        after = next((h for h in SURNAME_ADDRESSES if rest.startswith(h, 1)), "")
        also = rest[1 + len(after) :] == "同"  # 张官同谓: the judge, too, said
        if after and (len(rest) == 1 + len(after) or also or POST_RE.match(rest, 1 + len(after))):
            start, end = cs + o, cs + o + 1 + len(after)
            if full := state.aliases.get(rest[: 1 + len(after)]):  # 曾太 for 曾太鲍笑薇
                return _Subject("person", name=full, start=start, end=end)
            return _Subject("honorific", name=rest[0], start=start, end=end)
        if len(rest) == 1 or POST_RE.match(rest, 1):
            if any(n[0] == rest[0] for n in state.people):
                return _Subject("honorific", name=rest[0], start=cs + o, end=cs + o + 1)
            if full := _named_earlier(s, rest[0], cs):  # 测量师姚逸明…，姚逸明申报…。…；姚则回覆称
                return _Subject("person", name=full, start=cs + o, end=cs + o + 1)
        title = next((t for t in SURNAME_TITLES if rest.startswith(t, 1)), "")
        if title and (len(rest) == 1 + len(title) or POST_RE.match(rest, 1 + len(title))):
            same_surname = [n for n in state.people if n[0] == rest[0] and len(n) > 1]
            if len(same_surname) == 1:
                return _Subject("honorific", name=rest[0], start=cs + o, end=cs + o + 1 + len(title))
    masked = PARENTHETICAL.sub(lambda m: " " * len(m.group()), rest)
    if "的" in masked and (place := AT_PLACE.search(masked, 2)):
        # 李桂华在昨日的警方记者会表示, 脸色凝重的蔡英文在…的记者会上表示: the 的 after 在 belongs to
        # the adverbial after the name
        named = masked.rfind("的", 0, place.start()) + 1
        head = masked[named : place.start()].rstrip(" 　\t")
        # 陈健民则在商讨日的介绍部分上解释, 赵立坚周四在他的Twitter指责
        bare = re.sub(rf"(?:{POST_RE.pattern}|(?:周|星期|礼拜)[一二三四五六日天末])+$", "", head)
        for candidate in dict.fromkeys((head, bare)):
            found = _person_at_end(state, candidate, cs + o + named, None) if len(candidate) >= 2 else None
            if found is not None:
                return found
    base = masked.rfind("的") + 1
    hint = None
    if base and (m := ROLE_HINT_RE.search(masked[: base - 1])):
        hint = (m.group(1) or m.group(2) or "").strip() or None
    ends = [m.start() for m in POST_RE.finditer(masked, base)] + [len(masked)]
    for e in sorted(set(ends)):
        head = masked[base:e].rstrip(" 　\t")
        if len(head) < 2 and not LETTER_NAME.fullmatch(head):
            continue
        if (addressed := _role_then_address(state, head, masked[e:], cs + o + base)) is not None:
            return addressed
        if "、" in head and (first := _first_listed(state, head, cs + o + base, hint)):
            return first
        found = _person_at_end(state, head, cs + o + base, hint)
        if found is not None:
            return found
        np = head.strip(" 　")
        if masked.startswith(HONORIFICS, e):
            continue
        if DOC_END_RE.search(np) and ADVERBS_ONLY.fullmatch(masked, e):
            return None  # 报告亦指: a document; 调查及支援组警司陈少鸣: a unit's name goes on
        if holder := _holder_of_role(state, np, cs):
            start = cs + o + base
            return _Subject("person", name=holder, start=start, end=start + len(head))
        if np in CASE_PARTIES:  # 被告自辩时…强调, before the defendant is named
            return _Subject("anon", role=np, start=cs + o + base, end=cs + o + base + len(head))
        is_org = (
            (np.startswith("《") and np.endswith("》"))
            or BRACKETED_GROUP.fullmatch(np) is not None  # 「撑公共广播运动」认为
            or np in KNOWN_ORGS
            or (np.endswith("管理层") and len(np) > 3)  # 《苹果日报》管理层: the company speaks
        )
        if (client := np.find("委托")) > 1 and (
            found := _person_at_end(state, np[:client], cs + o + base, hint)
        ):
            return found  # 梁振英委托律师行发声明: the statement is his
        if (np.startswith("代表") or VERB_RE.match(np)) and ORG_END_RE.search(np):
            return None  # 代表校方对…致以歉意，指 (on its behalf), 要求美方解释 (a demand): no speaker
        if (place := np.find("在")) > 0 and ORG_END_RE.search(np) and not is_org:
            # 沙纳汉新年在社交媒体表示: where someone spoke, not an organisation speaking
            return _known_at_head(state, cs + o + base, cs + o + base + place, 4)
        if is_org or (ORG_END_RE.search(np) and len(np) <= 20 and not ROLE_END_RE.search(np)):
            return _Subject("org", name=np, start=cs + o + base, end=cs + o + base + len(head))
        if ANON_END_RE.search(np) and len(np) <= 24 and not masked.startswith(("及", "兼"), e):
            # 法律顾问及联合主席林敏蕙: the roles go on to a name
            if SURVEY_SHARE.search(rest):
                return None  # 六成六（66%）受访者认为: a survey's finding, not anyone speaking
            role = _clean_role(np)
            if role:  # 昂山素姬 代表律师: the words before a space name someone else
                role = re.split(r"[ \t　]+", role)[-1]
            if role and not SELF_REPORTER.match(role):
                return _Subject("anon", role=role, start=cs + o + base, end=cs + o + base + len(head))
            return None
    return _known_at_head(state, cs + o, ce, 8)


def _named_earlier(s: str, surname: str, before: int) -> str | None:
    """The one full name of this surname met before ``before``, twice or right after a role, for a
    bare surname when no one of it has spoken yet."""
    found = {m.group(): m.start() for m in re.compile(surname + "[\u4e00-\u9fff]{2}").finditer(s, 0, before)}
    named = [
        n
        for n, at in found.items()
        if (s.count(n, 0, before) >= 2 or _role_right_before(s, at))  # 申索人吴嘉伦…。…吴在口供纸写道
        and _plausible_name(n)
        and not word_frequency(n[1:])
    ]
    return named[0] if len(named) == 1 else None


def _role_right_before(s: str, at: int) -> bool:
    """申索人|吴嘉伦: a role or an anonymous speaker's description ends just before ``at``."""
    return bool(ROLE_END_RE.search(s, max(at - 12, 0), at) or ANON_END_RE.search(s, max(at - 12, 0), at))


def _first_listed(state: _State, head: str, offset: int, hint: str | None) -> _Subject | None:
    """立法会议员朱凯廸、区诺轩、梁耀忠和香港众志发表联署声明: people speaking together are labelled
    with the first of them, the list's label as the role."""
    last = head[head.rindex("、") + 1 :]
    if any(len(name) > len(last) and name.startswith(last) for name in state.people):
        return None  # 程翔、李怡、梁文|道: the "verb" ends the last name
    first = _person_at_end(state, head[: head.index("、")], offset, hint)
    if first is None or first.name not in state.people or ANON_END_RE.search(first.name):
        return None  # 政府专家顾问、中大…教授许树昌: two roles, not two people
    return first


def _role_then_address(state: _State, head: str, rest: str, offset: int) -> _Subject | None:
    """文员杨先生则指: a role, then a surname and a form of address, not the name 文员杨."""
    honorific = next((h for h in HONORIFICS if rest.startswith(h)), None)
    if honorific is None or head[-1] not in SURNAMES:
        return None
    start = offset + len(head) - 1
    role = _clean_role(re.sub(r"一[位名]$", "", state.s[offset:start]))  # 建筑部一位陈先生: one of the unit
    if (
        role is None
        or len(role) < 2
        or not (_is_title(role) or LETTER_NAME.fullmatch(role[-1]) or AFFILIATION_RE.search(role))
    ):
        return None  # 院舍A陈先生: a place the report names by letter will do
    return _Subject("honorific", name=head[-1], role=role, start=start, end=start + 1 + len(honorific))


def _holder_of_role(state: _State, role: str, before: int) -> str | None:
    """研讯主任问到 after 研讯主任叶志康问到: a bare title names the one speaker introduced with it;
    被告表示 after 被告何兆麟 is that defendant, whether or not he has spoken yet."""
    party = role in CASE_PARTIES
    if role in JUDGES:  # 法官同意 after 署理裁判官苏惠德: the one judge of the hearing
        judges = [(n, p) for n, p in state.people.items() if (p.role or "").endswith(JUDGES)]
        holders = [n for n, p in judges if min(p.positions) < before]  # not a judge named later
        return holders[0] if len(holders) == 1 else None
    if not party and (len(role) < 3 or not ROLE_END_RE.search(role)):
        return None
    holders = [n for n, p in state.people.items() if p.role == role and min(p.positions) < before]
    if len(holders) != 1:
        return None
    printed = _original(state, holders[0])  # as the records print it, without converting each speaker
    return holders[0] if party or any(q.speaker == printed for q in state.quotes) else None


# --- People known in the article -----------------------------------------------------------------


def _collect_people(state: _State) -> None:
    """Names introduced with a role anywhere: 商人张胜其也是…, 美国总统特朗普周五…, 协会主席Steve Simon"""
    s = state.s

    def clause_role(i: int) -> str | None:
        # a short quotation is part of the description: 已解散组织「学生动源」前召集人
        cs = _clause_begin(s, i)
        for listed in sorted((s.rfind("、", cs, i), s.rfind("及", cs, i)), reverse=True):
            if listed > cs and _ends_with_name(s, cs, listed):
                cs = listed + 1  # 「赌王」何鸿燊、才子黄沾、前立法局主席黄宏发: each name has its own role
                break
        for cited in CITING_RE.finditer(s, cs, i):
            cs = cited.end()  # 林郑搬出港澳办主任夏宝龙说: the role is the one cited
        marks = [j for j in range(cs, i) if s[j] in OPEN_MARKS or s[j] in CLOSE_MARKS]
        if marks and (
            len(marks) % 2 or any(marks[k + 1] - marks[k] > 12 for k in range(0, len(marks) - 1, 2))
        ):
            cs = marks[-1] + 1
        return _own_role(state, _clean_role(s[cs:i]))

    _double_surname_names(state)
    _japanese_names(state)
    for m in ROLE_THEN_SURNAME.finditer(s):
        i = m.end()
        if word_frequency(s[i - 1 : i + 1]) >= WORD_ACROSS_NAME and s.count(s[i : i + 2]) < 2:
            continue  # 警察委任证: the "surname" ends a word (创办人马云 recurs as 马云)
        if (name := s[i : i + 4]) in state.people:
            _remember(state, name, clause_role(i), i)
            continue
        if address := next((a for a in NAMED_BY_ADDRESS if s.startswith(a, i + 1)), None):
            _remember(state, s[i : i + 1 + len(address)], clause_role(i), i)  # 居民单小姐: someone new
            continue
        for k in (3, 2):
            name = s[i : i + k]
            valid = (
                len(name) == k
                and name[-1] + s[i + k : i + k + 1] not in WORD_AFTER_NAME
                and ALL_CJK.fullmatch(name)
                and not NOT_IN_NAME & set(name[1:])
                and name[:2] not in NOT_NAMES
                and (k == 2 or name[-1] not in NOT_NAME_END)
                and (not _is_plain_word(name, state) or _recurring_name(s, name))
                and not (k == 3 and (_starts_verb(s, i + 2) or is_verb(s[i + 2 : i + 4])))  # 冯骅巡视
                and not _once_then_word(s[i : i + 3])
            )
            # 控告立法会会计界议员梁继昌诽谤: a three-character name printed again later is a name
            recurs = s.count(name, i + k) >= (1 if k == 3 else 2)
            # 大律师曾蔼琪查问下: a verb after the three characters ends the name
            verb_after = (
                k == 3 and not MENTION_END_RE.match(s, i + 2) and is_verb(s[i + 3 : i + 5], RARE_FREQUENCY)
            )
            if valid and (MENTION_END_RE.match(s, i + k) or recurs or verb_after):
                _remember(state, name, clause_role(i), i)
                break
    for m in AFFILIATION_THEN_SURNAME.finditer(s):
        i = m.end()
        for k in (3, 2):
            name = s[i : i + k]
            recurs = k == 3 and s.count(name, i + k) >= 1
            if (
                _plausible_name(name)
                and (k == 2 or name[-1] not in NOT_NAME_END)
                and not _is_plain_word(name, state)
                and (MENTION_END_RE.match(s, i + k) or recurs)
            ):
                _remember(state, name, clause_role(i), i)
                break
    for m in ROLE_THEN_FOREIGN.finditer(s):
        i = m.end()
        for k in (4, 3, 2):
            name = s[i : i + k]
            if name[0] in SURNAMES and (k < 3 or not TRANSLITERATION.issuperset(name)):
                continue  # 领袖艾班尼斯 is transliterated throughout; 主席王岐山 is for ROLE_THEN_SURNAME
            if k == 2 and not TRANSLITERATION.issuperset(name):
                continue  # 残疾人士院舍: two characters are a name only when both transliterate
            if _foreign_name_ok(name, s[i + k : i + k + 1]) and (
                MENTION_END_RE.match(s, i + k) or (k >= 3 and s.count(name) >= 2)
            ):
                _remember(state, name, clause_role(i), i)
                break
    for m in NAME_THEN_TITLE.finditer(s):
        name = m.group()
        recurs = s.count(name) >= 2
        if recurs and name not in state.people and _plausible_name(name) and not word_frequency(name):
            _remember(state, name, clause_role(m.start()), m.start())
    for m in LETTER_AFTER_ROLE.finditer(s):
        i = m.start()
        if m.group() not in state.people and ROLE_END_RE.search(s, max(i - 8, 0), i):
            _remember(state, m.group(), clause_role(i), i)  # 引述受袭警员A证供，他称: the court's name
    for m in NICKNAME_AFTER_ROLE.finditer(s):
        name = m.group(1)
        if name not in state.people and not word_frequency(name):
            _remember(state, name, clause_role(m.start(1)), m.start(1))
    for m in ORIGINAL_IN_BRACKETS.finditer(s):
        run_start = _chinese_run_before(s, m.start(), 8)
        run = s[run_start : m.start()]
        if len(run) < 2:
            continue
        k = run.rfind("·") if "·" in run else len(run)  # all after the dot is the name: 索菲·理查森
        while k and (run[k - 1] in TRANSLITERATION or run[k - 1] == "·"):
            k -= 1
        name = run[k:].lstrip("·")
        if len(name) < 2 and 2 <= len(run) - 1 - run.rfind("的") <= 3:
            name = run[run.rfind("的") + 1 :]  # 驻北京代表的轩森（Michael Hirson）: all after 的 is the name
        if len(name) >= 2 and name not in state.people and not word_frequency(name):
            i = run_start + len(run) - len(name)
            _remember(state, name, clause_role(i), i)
    for m in BARE_FOREIGN.finditer(s):
        name, after = m.group(1), m.end()
        verb = STRONG_VERB_RE.match(s, after)
        if (
            verb
            and s[verb.end() : verb.end() + 1] in (*DELIMITERS, *OPEN_MARKS)
            and name not in state.people
            and s.count(name) >= 2
            and _foreign_name_ok(name, s[after : after + 1])
        ):
            _remember(state, name, None, m.start(1))
    for m in ROLE_THEN_LATIN.finditer(s):
        if latin := re.match(r"[A-Z][A-Za-z.'\-]*(?:[ \t]+[A-Z][A-Za-z.'\-]*){0,3}", s[m.end() :]):
            _remember(state, latin.group().strip(), clause_role(m.start() + len(m.group().rstrip())), m.end())
    for m in PSEUDONYM.finditer(s) if "化名" in s else ():  # cheap: most articles name no one so
        run = m.group(1)
        latin = re.search(r"[A-Za-z]+$", run)
        for k in (len(latin.group()),) if latin else (3, 2, 4):  # Sally（化名）, not lly
            before = s[: m.end(1) - k]
            if len(run) >= k and (
                not before
                or not ALL_CJK.fullmatch(before[-1])
                or before.endswith(("之一", "的"))
                or ROLE_END_RE.search(before)
                or AFFILIATION_RE.search(before)
            ):
                name = run[-k:]
                _remember(state, name, clause_role(m.end(1) - k), m.end(1) - k)
                break
    for m in NICKNAME_IN_BRACKETS.finditer(s):
        run = m.group(1)
        full = next(
            (run[-k:] for k in (3, 2) if len(run) >= k and run[-k] in SURNAMES and _plausible_name(run[-k:])),
            None,
        )
        nickname = m.group(2)
        if len(nickname) == 2 and ALL_CJK.fullmatch(nickname) and not (full and nickname[0] == full[0]):
            continue  # 朱耀明（朱牧） is him; 中环（金钟） is not
        if full and not word_frequency(full):
            _remember(state, full, None, m.end(1) - len(full))
            state.aliases.setdefault(m.group(2), full)
    for m in NICKNAME_IN_MARKS.finditer(s):  # 中五生曾志健「健仔」: his given name in the nickname
        run, nickname = m.groups()
        full = next((run[-k:] for k in (3, 2) if len(run) >= k and run[-k] in SURNAMES), "")
        if full and set(full[1:]) & set(nickname) and not word_frequency(full):
            _remember(state, full, clause_role(m.end(1) - len(full)), m.end(1) - len(full))
            state.aliases.setdefault(nickname, full)
    _listed_names(state)
    for name in [n for n in state.people if LATIN_FULL_NAME.fullmatch(n)]:
        first = name.split(" ")[0]
        if len(first) >= 3 and not any(n != name and n.startswith(first + " ") for n in state.people):
            state.aliases.setdefault(first, name)  # Raphael Cohen, then Raphael
    # of names given in full: 郑老板 after the 老板娘 郑太 is someone else
    surnames = {name[0] for name in state.people if not name.endswith(NAMED_BY_ADDRESS)}
    for m in ADDRESS_MENTION.finditer(s):
        name = m.group(1)
        if (
            name not in state.people
            and name not in state.aliases
            and not (name[0] in SURNAMES and name[0] in surnames and s[m.start(1) - 1 : m.start(1)] != "的")
        ):  # 张先生 after 张胜其 is him again; 今年50多岁的刘女士 is someone new, introduced
            _remember(state, name, _role_before_address(s, m.start(1)), m.start(1))  # as printed


def _chinese_run_before(s: str, end: int, longest: int) -> int:
    """Where the run of Chinese characters (or ·) ending at ``end`` starts, at most ``longest`` back."""
    start = end
    while start > max(end - longest, 0) and ("\u4e00" <= s[start - 1] <= "\u9fff" or s[start - 1] == "·"):
        start -= 1
    return start


def _recurring_name(s: str, name: str) -> bool:
    """市长韩国瑜: three characters after a role that open with a word (韩国) but go on as no word and
    recur throughout are a name."""
    return (
        len(name) == 3
        and s.count(name) >= 3
        and not word_frequency(name[1:])
        and not is_dictionary_word(name)
    )


def _ends_with_name(s: str, cs: int, i: int) -> bool:
    """Whether s[cs:i] ends with a role and a name (才子黄沾), not a role alone (披露委员会成员之一)."""
    if ROLE_END_RE.search(s, cs, i) or s[i - 1] in TITLE_FINALS:  # 庄员、西贡区前区议员: two roles
        return False
    return any(
        s[i - k] in SURNAMES and _plausible_name(s[i - k : i]) and not word_frequency(s[i - k : i])
        for k in (3, 2)
        if i - k > cs
    )


def _role_before_address(s: str, at: int) -> str | None:
    """同样是单亲妈妈的黄女士: the role a person known by address only is introduced with."""
    if s[at - 1 : at] != "的":
        return None
    hint = ROLE_HINT_RE.search(s, _clause_begin(s, at - 1), at - 1)
    role = hint.group(2) if hint else None
    return role if role and (ROLE_END_RE.search(role) or ANON_END_RE.search(role)) else None


def _occurrences(s: str, word: str) -> Iterator[int]:
    """Where ``word`` starts in ``s``, left to right, not overlapping (str.find: no regex to compile
    for each name)."""
    i = s.find(word)
    while i >= 0:
        yield i
        i = s.find(word, i + len(word))


def _listed_names(state: _State) -> None:
    """陈淑庄、邵家臻、张秀贤及钟耀华: names listed beside a known person are people too."""
    s = state.s
    todo = [name for name in state.people if len(name) >= 2]
    while todo:
        name = todo.pop()
        for start in _occurrences(s, name):
            end = start + len(name)
            neighbours = []
            if s[end : end + 1] in ("、", "及", "和", "与"):
                neighbours += [(end + 1, k) for k in (3, 2)]
            if start >= 4 and s[start - 1] == "、":
                neighbours += [(start - 1 - k, k) for k in (3, 2)]
            for i, k in neighbours:
                candidate = s[i : i + k]
                if (
                    candidate[:1] in SURNAMES
                    and _plausible_name(candidate)
                    and LIST_BOUNDARY.match(s, i + k)
                    and (i == 0 or not ALL_CJK.fullmatch(s[i - 1]) or s[i - 1] in "、及和与了")
                    and not _is_plain_word(candidate, state)
                    and not ADDRESS_FORM.fullmatch(candidate)  # 曾太: a form of address, see aliases
                    and candidate not in state.people
                ):
                    _remember(state, candidate, None, i)
                    todo.append(candidate)
                    break


def _own_role(state: _State, role: str | None) -> str | None:
    """会长冯敬恩及外务副会长 / 召集人陈皓桓、社民连: the words after another person named in the same
    description are this person's role."""
    if not role:
        return role
    for joint in ("及", "、", "和", "与"):
        left, _, right = role.rpartition(joint)
        if not (left and right):
            continue
        left = re.sub(rf"(?:{POST_RE.pattern})+$", "", left)  # 主席梁君彦|今日|与法律顾问
        if re.search(r"[A-Za-z]$", left) or any(left.endswith(n) for n in state.people if len(n) >= 2):
            return right  # …大律师Lord Pannick及立法会前法律顾问: after a Latin name too
    return role


def _starts_verb(s: str, i: int) -> bool:
    """老板王岱供称: the character after a two-character name begins a speech verb, not a third one."""
    verb = VERB_RE.match(s, i)
    return verb is not None and len(verb.group()) >= 2


def _double_surname_names(state: _State) -> None:
    """Hong Kong married names carry two surnames (叶刘淑仪, 林郑月娥) and are shortened to them (叶刘):
    a four-character name of two common surnames printed at least twice is a person."""
    s = state.s
    seen: set[str] = set()
    for i in range(len(s) - 3):
        if s[i] not in SURNAMES_COMMON or s[i + 1] not in SURNAMES_COMMON:
            continue
        name = s[i : i + 4]
        if name in seen or not _plausible_name(name) or s[i + 2 : i + 4] in NOT_NAMES:
            continue
        if word_frequency(s[i - 1 : i + 1]) >= WORD_ACROSS_NAME:
            continue  # 上司吕国荣: the first "surname" ends a word
        seen.add(name)
        after_role = (  # 行政长官林郑月娥回应, 新民党叶刘淑仪指; not 主席马岳指出 or 议员蔡华今日
            any(ending.search(s, max(0, i - 8), i) for ending in (ROLE_END_RE, AFFILIATION_RE))
            and not POST_RE.match(s, i + 2)
            and not VERB_RE.match(s, i + 2)
            and s[i + 2 : i + 4] not in WORD_AFTER_NAME
        )
        if (s.count(name) >= 2 or after_role) and any(
            MENTION_END_RE.match(s, start + len(name)) for start in _occurrences(s, name)
        ):
            _remember(state, name, None, i)
            state.aliases.setdefault(name[:2], name)


def _japanese_names(state: _State) -> None:
    """增田佳苗…增田表示: a Japanese surname and a two-character given name ending at a break or a
    verb is a person, and the surname alone refers to them when it names no one else."""
    s = state.s
    full_names: dict[str, set[str]] = {}
    for m in JAPANESE_SURNAME_RE.finditer(s):
        i, surname = m.start(), m.group()
        name = s[i : i + 4]
        if VERB_RE.match(s, i + 2) or POST_RE.match(s, i + 2) or _starts_verb(s, i + 2):
            continue  # 增田提到，: the surname alone, then a verb
        if _plausible_name(name) and (MENTION_END_RE.match(s, i + 4) or s[i + 4 : i + 5] in "，,。（(、"):
            full_names.setdefault(surname, set()).add(name)
    for surname, names in full_names.items():
        if len(names) == 1:
            (name,) = names
            _remember(state, name, None, s.find(name))
            state.aliases.setdefault(surname, name)


def _plausible_name(name: str) -> bool:
    """A Chinese name after an affiliation: no function characters, no time or plain words (于周一)."""
    return (
        len(name) >= 2
        and bool(ALL_CJK.fullmatch(name))
        and not NOT_IN_NAME & set(name[1:])
        and not any(name[i : i + 2] in NOT_NAMES for i in range(len(name) - 1))
        and name[0] not in "于向从在与和及"
    )


def _subject_mentions(state: _State) -> None:
    """Where a known person is the subject of a clause (在本周郑若骅回到…), for resolving 他/她 later."""
    s = state.s
    for person in state.people.values():
        if len(person.name) < 2:
            continue
        for i in _occurrences(s, person.name):
            cs = _clause_begin(s, i, BREAKS + "“”「」")
            prefix = s[cs:i]
            # …委员的莫嘉杰亲到法院: a role described before the name, the name heading the clause
            described = prefix.endswith("的") and ROLE_END_RE.search(prefix, 0, len(prefix) - 1)
            if i not in person.positions and (not prefix or described or ADVERBIAL_ONLY.fullmatch(prefix)):
                person.positions.append(i)


def _remember(state: _State, name: str, role: str | None, position: int) -> _Person:
    person = state.people.get(name)
    if person is None:
        person = state.people[name] = _Person(name, role)
        if LATIN_FULL_NAME.fullmatch(name):  # Sheena Greitens, then Greitens; met before or as they speak
            state.aliases.setdefault(name.rsplit(" ", 1)[-1], name)
    elif _better_role(role, person.role):
        person.role = role
    person.positions.append(position)
    return person


def _resolve(state: _State, subject: _Subject, position: int) -> tuple[str | None, str | None, bool]:
    """(name, role, is_person) for a subject; name None when anonymous or unresolved."""
    if subject.kind == "org":
        return subject.name, None, False
    if subject.kind == "person":
        person = _remember(state, subject.name, subject.role, subject.start or position)
        return person.name, person.role, True
    if subject.kind == "anon":
        return None, subject.role, True
    if subject.kind == "last":
        return subject.name, subject.role, True
    if subject.kind == "honorific":
        printed = state.s[subject.start : subject.end] if subject.start is not None else ""
        title = printed[1:]
        if title in ("官", *SURNAME_TITLES):  # 陈官 is 法官陈仲衡, not 陈淑庄
            same = [p for p in state.people.values() if p.name[0] == subject.name and title in (p.role or "")]
            if len(same) == 1:
                same[0].positions.append(position)
                return same[0].name, same[0].role, True
        if _someone_new(state, subject, printed):
            person = _remember(state, printed, subject.role, position)
            return person.name, person.role, True
        last = state.last_person
        if (
            last
            and last[1]
            and last[1][0] == subject.name
            and position - last[0] < 400
            and not _addressed_otherwise(printed, last[2])
        ):
            return last[1], last[2], True  # 张胜其…。张先生说 -- the person just quoted
        matches = [
            p
            for p in state.people.values()
            if p.name[0] == subject.name and len(p.name) > 1 and not _addressed_otherwise(printed, p.role)
        ]
        if not matches and printed.endswith(NAMED_BY_ADDRESS):
            # 李先生, never named in full: his name here
            person = _remember(state, printed, subject.role, position)
            return person.name, person.role, True
        if len(matches) > 1:  # 林卓廷指出…林郑月娥…。林说: the one of that surname who has spoken
            spoke = [p for p in matches if any(p.name == name for _, name, _ in state.spoken)]
            # 潘熙向陈健民指出…。陈表示: else the one of that surname named last, if clearly
            matches = spoke if len(spoke) == 1 else _clearly_last_mentioned(matches, position)
        if len(matches) == 1:
            matches[0].positions.append(position)
            return matches[0].name, matches[0].role, True
        return None, None, True
    # A pronoun: the person mentioned or quoted last before it, when no other person competes.
    at = position if subject.start is None else subject.start  # 他已向…主席梁君彦提出质询: not 梁君彦
    candidates = []
    for person in state.people.values():
        if before := [p for p in person.positions if p < at and not _cited_at(state, p)]:
            candidates.append((max(before), person.name, person.role))
    if state.last_person and state.last_person[0] <= at:
        candidates.append(state.last_person)
    if not candidates:
        return None, None, True
    candidates.sort(key=lambda c: c[0])
    latest = candidates[-1]
    if subject.name in ("他们", "她们"):
        return (None, latest[2], True) if latest[1] is None else (None, None, True)
    if latest[1] is not None:
        named = [
            c
            for c in candidates
            if c[1] is not None
            and c[1] != latest[1]
            and latest[0] - c[0] < 8
            and not SENTENCE_BREAK.search(state.s, c[0], latest[0])  # …。」⏎70多岁的麦伯伯: apart
            and not _inside_words_of(state, latest, c[0])
        ]
        if named:  # two people mentioned together just before: do not guess
            return None, None, True
    return latest[1], latest[2], True


def _addressed_otherwise(printed: str, role: str | None) -> bool:
    """陈先生 is not 何君尧太太陈浩明: a man's form of address never means a woman named by her role."""
    return printed.endswith(("先生", "生")) and FEMALE_ROLE.search(role or "") is not None


def _inside_words_of(state: _State, spoken: tuple[int, str | None, str | None], i: int) -> bool:
    """涂谨申表示，…质疑总督察郭进杰失职，他直言: a person named in the words just spoken does not
    compete with their speaker for the pronoun."""
    end, name, _ = spoken
    last = state.quotes[-1] if state.quotes else None
    return last is not None and last.end == end and last.start <= i and _original(state, name) == last.speaker


def _someone_new(state: _State, subject: _Subject, printed: str) -> bool:
    """工会会员李先生 after 九巴董事总经理李泽昌: an honorific printed with a role none of that surname
    has is someone new, named as printed."""
    if not subject.role or not printed.endswith(NAMED_BY_ADDRESS):
        return False
    same_surname = [p for p in state.people.values() if p.name[0] == subject.name]
    return all(p.role and subject.role not in p.role and p.role not in subject.role for p in same_surname)


def _clearly_last_mentioned(people: list[_Person], position: int) -> list[_Person]:
    """The one of ``people`` mentioned last before ``position``; none when another was mentioned just
    before them (学者张涛和商人张明…。张先生说: do not guess)."""

    def last_mention(person: _Person) -> int:
        return max((i for i in person.positions if i < position), default=-1)

    *_, runner_up, latest = sorted(people, key=last_mention)
    if last_mention(latest) < 0 or last_mention(latest) - last_mention(runner_up) < NAMED_APART:
        return []
    return [latest]


def _cited_at(state: _State, i: int) -> bool:
    """祁梅娟…引述袁国勇支持保育。她指…: a person cited by someone named in the clause is not who a
    pronoun means next; 庭上引述受袭警员A证供，他称 cites him for no one else."""
    cite = CITING_RE.search(state.s, _clause_begin(state.s, i), i)
    if cite is None or cite.group() in ("据", "根据"):
        return cite is not None
    sentence = _clause_begin(state.s, cite.start(), SENTENCE_END + "\n")
    return any(sentence <= p < cite.start() for person in state.people.values() for p in person.positions)


# --- Records -------------------------------------------------------------------------------------


def _emit(
    state: _State,
    subject: _Subject,
    verb: str,
    a: int,
    b: int,
    spans,
    position: int,
    direct: bool | None = None,
    trimmed: bool = False,
) -> None:
    s, body = state.s, state.body
    if not trimmed:
        a, b = _trim(s, a, b)
    if b - a < 2 or s.startswith(EMBED_MARKUP, a):
        return  # 回答台下提问影片：⏎{{< video … >}}: a caption above an embedded video, no words
    subject = _organisation_meant(state, subject) or subject
    name, role, is_person = _resolve(state, subject, position)
    direct = _is_direct(s, a, b, spans) if direct is None else direct
    state.consumed.append((min(a, position), b))
    kept = subject if subject.kind in ("org", "anon") else _Subject("last", name=name, role=role)
    state.last_record = (b, kept)
    if not is_person:
        state.orgs.append(
            OrgStatement(body[subject.start : subject.end].strip(), body[a:b], verb, direct, a, b)
        )
        return
    if name is not None and normalise_name(name) in state.excluded:
        return
    speaker = _original_name(state, name, subject.start, subject.end) if name is not None else None
    state.quotes.append(
        Quote(speaker, _original(state, role), body[a:b], verb, direct, a, b, subject.start, subject.end)
    )
    state.spoken.append((b, name, role))


def _organisation_meant(state: _State, subject: _Subject) -> _Subject | None:
    """学生会表示…。他们表示: "they" after an organisation's statement, with no one named between, is
    that organisation again; so is "he" in the same sentence (同乡会指，…，他称：「…」), its voice."""
    if subject.kind != "pronoun" or subject.name == "其" or state.last_record is None:
        return None
    end, last = state.last_record
    if last.kind != "org" or subject.start is None or not 0 <= subject.start - end < 300:
        return None
    if subject.name in ("他", "她") and SENTENCE_BREAK.search(state.s, last.start or 0, subject.start):
        return None
    if any(end <= p < subject.start for person in state.people.values() for p in person.positions):
        return None
    return last


def _original(state: _State, simplified: str | None) -> str | None:
    """A Simplified string found in the text, as printed (first occurrence)."""
    if simplified is None:
        return None
    i = state.s.find(simplified)
    while i >= 0 and "巿" in state.body[i : i + len(simplified)]:  # 同行的巿议员…另一市议员李亚筑
        if (j := state.s.find(simplified, i + 1)) < 0:
            break
        i = j
    return state.body[i : i + len(simplified)] if i >= 0 else simplified


def _original_name(state: _State, name: str, start: int | None, end: int | None) -> str:
    if start is not None and state.s[start:end] == name:
        return state.body[start:end]
    return _original(state, name) or name


def _is_consumed(state: _State, i: int) -> bool:
    return any(a <= i < b for a, b in state.consumed)


def _verb_ok(s: str, v0: int, v1: int, verb: str, pend: int, loose: bool = False) -> bool:
    before = s[v0 - 1] if v0 else ""
    after = s[v1] if v1 < pend else ""
    delimited = after in DELIMITERS or after in OPEN_MARKS
    if verb in NEEDS_DELIMITER and not delimited and verb not in OBJECT_VERBS and not loose:
        return False
    if verb == "表示" and not delimited and s.startswith(ATTITUDE_OBJECTS, v1):
        return False
    if verb in ("表示", "表明") and s.startswith(STANCES, v1) and not CJK_CHAR.match(s, v1 + 2):
        return False  # 发公函表明意见。: a stance taken, no words given
    if verb == "自称" and after not in DELIMITERS:
        return False  # 自称「野生大国师」: what someone calls himself
    if verb == "要求" and after in "，,":  # 作为…变性要求，: the noun
        return False
    if after in "了过着" and len(verb) > 1 and not (after == "过" and word_frequency(s[v1 : v1 + 2])):
        return False  # 表示过…: an aspect; 形容过去一年…, 形容过程愉快: a word
    if before == "的" and len(verb) > 1 and not verb.endswith(SPEECH_SUFFIX):
        return False  # 他对华尔街的抨击却引发争议: a noun
    if before == "被" or s[max(v0 - 3, 0) : v0] in ("被记者", "被传媒", "被媒体"):
        return False  # 被问到…, 被记者问到…: the words are someone else's question
    if verb in SINGLE_VERBS and PASSIVE_BEFORE.search(s, max(v0 - 3, 0), v0):
        return False  # 陈政闻亦被举报指，…: what others say of him
    if verb in SINGLE_VERBS and s[max(v0 - 2, 0) : v0] == "证据":
        return False  # 控方没有直接证据指…: what evidence would show, not words
    if before == "是" and len(verb) > 1 and s[v0 - 2 : v0 - 1] not in "只就还但可于总正":
        return False  # 管有工具必然是同意…: a verb after a copula; 只是重申 still speaks
    if after == "地" and STRONG_VERB_RE.match(s, v1 + 1):
        return False  # 感慨地表示: the manner of the verb that follows
    if after == "下" and "在" in s[_clause_begin(s, v0) : v0]:
        return False  # 前夫在法庭警告下才补回欠款: under the court's warning, not words
    if s.startswith(("罢", "毕", "完便"), v1):
        return False  # 说罢便转身离去: what follows the words, not the words
    if _negated(s, v0):
        return False  # 他未有透露…: no words were said
    if verb == "希望" and before in "抱寄有无没":
        return False  # 已不抱希望: the noun
    if after in "，," and s.startswith(("但", "可是"), v1 + 1):
        return False  # 虽然有乘客抱怨，但有司机说：…: a contrast follows, not the words
    object_verb = verb in OBJECT_VERBS or verb in NEEDS_DELIMITER
    if object_verb and not delimited and re.match(r"[^，,。：:「“]{0,12}(?:时|之际|期间)[，,]", s[v1:pend]):
        return False  # 回答相关问题时，…称: the verb of a time clause, the words come later
    if s[max(v0 - 2, 0) : v0] == "包括":
        return False  # …截图，包括声称要杀警…: what the items say, listed by the reporter
    if s[max(v0 - 2, 0) : v0] in ("是否", "会否", "能否", "有否", "可否"):
        return False  # 问…是否认为…: a question put to someone
    if verb in ("承认", "否认") and re.match(
        r"[^，。：]{0,14}(?:罪|控罪|指控)(?:[，。及和、]|$)", s[v1:pend]
    ):
        return False  # 承认分裂国家罪: a plea, not words
    if after == "的" or (
        after in OPEN_MARKS and s[_close_of(s, v1, pend) + 1 : _close_of(s, v1, pend) + 2] == "的"
    ):
        return False
    if verb == "说":
        if s.startswith(LANGUAGES, v1):
            return False  # 说广东话的香港人: who speaks a language, not words said
        said_is = after == "是" and s[v1 + 1 : v1 + 2] in OPEN_MARKS  # 他也说是「…」: his words
        if s[max(v0 - 2, 0) : v0] == "同学":
            before = "_"  # 谢同学说: a student speaks, not 学说 (a doctrine)
        return before not in "据小听虽再难俗所游劝解演传学邪来" and (said_is or after not in "明法服是话谎")
    if verb == "称":
        delimited = after in DELIMITERS or after in OPEN_MARKS
        if before == "人" and s[v0 - 2 : v0 - 1] in "言责事情理选办始纪络集托表持导护害报诉证":
            before = "_"  # 发言人称, 负责人称: not 人称
        if before == "并" and delimited:
            before = "_"  # 发言人并称，…
        if before in "据号简堪名声宣坚自俗统通人对职尊昵谦爱戏并" or after in "为作呼号赞谓之霸职颂":
            return False
        if after in OPEN_MARKS:  # 称「…」为… names something; 称「…」 quotes
            close = _close_of(s, v1, pend)
            return close < 0 or s[close + 1 : close + 2] != "为"
        return not re.match(r"[^，。：]{1,10}(?<![因作行认成])为(?![何甚什了])", s[v1 : v1 + 12])  # not 为何
    if verb == "指":
        return (
            before not in "手被直食拇戒遥所意特泛暗剑"
            and after not in "出控导标数定示责引令挥明南甲纹望向点使派摘正教"
        )
    if verb in ("问", "答", "道"):
        if before in "询访提疑顾学发反追质知报渠轨街门味应" or after in "题卷号候责案":
            return False
        if verb == "问" and re.match(r"[\u4e00-\u9fff]{2,4}[，,]", s[v1 : v1 + 5]):
            return True  # 郑松泰问林郑月娥，政府有否…: the words follow the person asked
        return delimited or bool(re.match(r"(?:他们|她们|他|她|记者)[：:，,]", s[v1 : v1 + 4]))
    return True


# Between a negation and its verb: whom (向他, 对记者) or a modal (能够, 可以).
NEGATION_HEDGE = re.compile(r"(?:(?:向|对|跟)[^，,。：:「“向对跟]{1,4}|能够|可以|能|敢)$")


def _negated(s: str, v0: int) -> bool:
    """未有透露, 不再承认, 不再向他透露, 不能够批评: the verb at ``v0`` is denied, so no words were said."""
    window = s[max(v0 - 8, 0) : v0]
    negation_near = "不" in window or "没" in window or "未" in window or "无" in window  # cheap, first
    if negation_near and (hedge := NEGATION_HEDGE.search(s, max(v0 - 8, 0), v0)):
        v0 = hedge.start()  # look past 向他 and 能够 for the negation
    if v0 > 0 and s[v0 - 1] in "未不没无将拟" and s[max(v0 - 2, 0) : v0] != "未未":  # 艾未未表示 is a name
        return True
    return s[max(v0 - 2, 0) : v0] in ("拒绝", "不愿", "无意", "未有", "没有", "并未", "不再")


def _content(
    state: _State, verb: str, v1: int, pstart: int, pend: int, depth, spans, next_para, speaker=None
):
    """(start, end, spans) of the words after a verb, or None."""
    s = state.s
    a = v1
    obj = re.match(r"[^，,。：:！？「“\n]{1,4}[，,：:]", s[a:pend]) if verb in OBJECT_VERBS else None
    obj = obj or ADDRESSEE_THEN_QUOTE.match(s[a:pend])  # 寄语九巴：「…」: whom the words are for
    if obj is None and verb in ADDRESSING_VERBS:
        obj = LONG_ADDRESSEE_THEN_QUOTE.match(s[a:pend])
    if obj and VERB_RE.search(s, a, a + obj.end()):
        return None  # 在多番追问下谓：: the verb of the words comes later
    if obj and s[a] not in DELIMITERS:
        a += obj.end() - 1
    elif verb in OBJECT_VERBS and (addressee := ADDRESSEE_BEFORE_QUOTE.match(s, a, pend)):
        a = addressee.end() - 1  # 告诉体育电视频道ESPN「…」: the words are the quotation
    while a < pend and s[a] in " 　":
        a += 1
    delim = s[a] if a < pend and s[a] in DELIMITERS else ""
    if delim:
        a += 1
        while a < pend and s[a] in " 　":
            a += 1
    if a >= pend:
        if delim in "：:" and delim and next_para is not None:  # 李大生随即训斥他：⏎ the words follow
            na, nb = next_para
            state.consumed.append((na, nb))
            return na, nb, _depths(s, na, nb)[1]
        return None
    if s[a] in OPEN_MARKS:
        close = _close_of(s, a, pend)
        if close < 0:
            return a, pend, spans
        last = close
        while (m := re.match(r"[，,、\s]*(?=[“「『])", s[last + 1 : pend])) and (
            (nxt := _close_of(s, last + 1 + m.end(), pend)) > 0
        ):
            last = nxt
        follow = s[last + 1 : pend].lstrip(" 　")
        if (
            (delim in "：:" and delim)
            or not follow
            or follow[0] in SENTENCE_END
            or s[last - 1] in SENTENCE_END
            or follow[0] in "（("
            or SLOGANS.match(follow)
            or (
                re.match(r"[，,](?:但|而|不过|然而|却|以|并|又|决定)", follow)
                and not _same_speaker_goes_on(follow)
                and not BUT_SAME_SPEAKER.match(follow)
            )
            or _new_subject_after_quote(state, last + 1, pend)
        ):
            return (a + 1, close, spans) if last == close else (a, last + 1, spans)
        return (
            a,
            _cut_at_new_speaker(state, a, _sentence_end(s, a, pend, depth, pstart), pstart, depth, speaker),
            spans,
        )
    if delim in "：:" and delim:  # 重申：…。…，朱说：「…」: to the paragraph's end or the next speaker
        return a, _cut_at_new_speaker(state, a, pend, pstart, depth, speaker), spans
    b = _cut_at_new_speaker(state, a, _sentence_end(s, a, pend, depth, pstart), pstart, depth, speaker)
    if (
        b == pend
        and s[pend - 1] in "：:"
        and next_para is not None
        and not any(ch in s[a:pend] for ch in OPEN_MARKS)
        and pend - a
        <= 12  # 表示要追究责任：⏎ introduces the block; longer words are a statement of their own
    ):
        na, nb = next_para
        state.consumed.append((na, nb))
        return na, nb, _depths(s, na, nb)[1]
    return a, b, spans


def _same_speaker_goes_on(follow: str) -> bool:
    """「…」，又指「…」: a further verb with no new subject stays in the record (labelling convention)."""
    return (
        re.match(r"[，,][ \t　]*又", follow) is not None
        and VERB_RE.match(follow.lstrip("，, \t　"), 1) is not None
    )


def _new_subject_after_quote(state: _State, i: int, pend: int) -> bool:
    """「…」王在多番追问下谓：「…」: someone else speaks straight after the closing mark."""
    for verb in STRONG_VERB_RE.finditer(state.s, i + 1, min(pend, i + 16)):
        if any(ch in BREAKS or ch in OPEN_MARKS for ch in state.s[i : verb.start()]):
            return False
        subject = _subject(state, i, verb.start())
        if subject is not None and subject.kind in ("person", "honorific"):
            return True
    return False


def _cut_at_new_speaker(
    state: _State, a: int, b: int, pstart: int, depth: bytearray, speaker: str | None = None
) -> int:
    """Shorten the words at a later clause that attributes speech itself: …，李说：「…」 / …，他解释：「…」,
    or that is the reporter's narrative again: …，惹来…的质疑 / …，不少人直接反问 / …，他未有透露…"""
    s = state.s
    if (end := _end_of_report(state, a, b, pstart, depth, speaker)) < b:
        b = _before_topic(s, a, end)
    for m in STRONG_VERB_RE.finditer(s, a + 1, b):
        v0, v1 = m.span()
        if depth[v0 - pstart] or v1 >= b or _negated(s, v0):
            continue  # …，中方不再承认…: no one else speaks
        cs = _clause_start(s, v0, pstart, depth)
        if s[v1] in "：:" or s[v1] in OPEN_MARKS:
            joined = re.search(r"[并又再][^，,。：:「“]{1,5}$", s[max(cs, a + 1) : v0])
            if joined and v0 - len(joined.group()) > a + 1:
                return v0 - len(joined.group())  # …粗口并开玩笑说：「…」
        if cs <= a or s[cs - 1] not in "，,;；。！？!?" or HYPOTHETICAL.match(s, cs):
            continue  # …，如司法机构认为有问题…: a condition inside the words, not a new speaker
        if _restated_surname(s[cs:v0], speaker) or _named_subject_speaks(state, cs, v0, verb=m.group()):
            return _before_topic(s, a, cs - 1)
        delimited = s[v1] in DELIMITERS or s[v1] in OPEN_MARKS
        may_be_pronoun = "他" in s[cs:v0] or "她" in s[cs:v0]  # cheap: _subject is the costly part
        if (
            (delimited or may_be_pronoun)
            and (subject := _subject(state, cs, v0)) is not None
            and _verb_ok(s, v0, v1, m.group(), b)  # …去探求学问，: a word, not 问
            and (delimited or _pronoun_right_before(s, subject, v0))
        ):
            return _before_topic(s, a, cs - 1)
        if (someone := SOMEONE.fullmatch(s, cs, v0)) and ANON_END_RE.search(someone.group("who")):
            return cs - 1  # …，有与会者质疑…: someone else asks
        if CONNECTORS.sub("", s[cs:v0], count=1) in BARE_ROLES:
            return cs - 1  # …，主持追问他信心何来 / …，法官质疑…: the one in the chair asks
    return b


def _pronoun_right_before(s: str, subject: _Subject, v0: int) -> bool:
    """…，不过，他提醒法庭并无… / …，他一年半前曾指出…: he or she, then perhaps a time and adverbs,
    then the verb; not 他们批判 (a group) or 他很多朋友也询问 (someone else)."""
    if subject.kind != "pronoun" or subject.name not in ("他", "她") or subject.end is None:
        return False
    return any(ADVERBS_ONLY.fullmatch(s, k, v0) for k in _after_time(s, subject.end, v0))


def _after_time(text: str, i: int, end: int) -> tuple[int, ...]:
    """``i``, and the end of a time said right there (开庭前, 一年半前): where a pronoun's adverbs and
    verb may begin."""
    when = WHEN.match(text, i, end)
    return (i, when.end()) if when else (i,)


def _before_topic(s: str, a: int, cut: int) -> int:
    """…等；至于拒绝移除文宣，他认为… / …修订，至于具体措施，他表示…: the topic that the next statement
    opens with is not in these words."""
    semicolon = max(s.rfind("；", a, cut), s.rfind(";", a, cut))
    if semicolon > a and TOPIC.match(s, semicolon + 1):
        return semicolon
    comma = max(s.rfind("，", a, cut), s.rfind(",", a, cut))  # 对于 after a comma may be the words' own
    if comma > a and (s.startswith("至于", comma + 1) or CONNECTORS.fullmatch(s, comma + 1, cut)):
        return comma  # …存在，不过，他提醒…: 不过 leads into the next statement
    return cut


def _restated_surname(head: str, speaker: str | None) -> bool:
    """…，刘指，… / …，黄女士说… inside 刘祉锋's or 黄女士's words: the speaker named again by surname
    starts a record of its own."""
    head = CONNECTORS.sub("", head.strip(" 　"), count=1)
    if not speaker or len(speaker) < 2 or head[:1] != speaker[0]:
        return False
    named = 1 + len(next((h for h in HEAD_HONORIFICS if head.startswith(h, 1)), ""))
    named = len(speaker) if head.startswith(speaker) else named
    return len(head) == named or POST_RE.fullmatch(head, named) is not None


def _named_subject_speaks(state: _State, cs: int, v0: int, verb: str) -> bool:
    """…，王表示有关工作由下属跟进 / …，政府更发稿指…: a person already in the article or an
    organisation speaks; no delimiter needed."""
    if verb in NEEDS_DELIMITER or v0 - cs > 20:
        return False
    long_head = v0 - cs > 8  # 时任中国驻英大使刘晓明当时抨击: a long role, then someone the article names
    if long_head and not any(name in state.s[cs:v0] for name in state.people):
        return False
    subject = _subject(state, cs, v0)
    if long_head and (
        subject is None
        or subject.name not in state.people
        or not _verb_ok(state.s, v0, v0 + len(verb), verb, len(state.s))  # 许章润所说的: no verb
    ):
        return False
    if verb in SINGLE_VERBS and verb not in ("指", "称"):  # …，夏宝龙则进一步说…: only a named person
        named = subject is not None and (
            subject.kind == "person"
            or (subject.kind == "honorific" and state.s[subject.start : subject.end] in state.people)
        )  # …，黄女士说…: a person the article knows by address only
        return named and ADVERBS_ONLY.fullmatch(state.s, subject.end, v0) is not None
    if subject is not None:
        between = state.s[subject.end or v0 : v0]  # only adverbs: 政府|更发稿|指
        if between.endswith(("与", "和", "跟", "同", "及")):
            return False  # …，及支联会与指控之间的关系: "and", then a noun
        return subject.kind in ("person", "honorific", "org") and ADVERBS_ONLY.fullmatch(between) is not None
    head = state.s[cs:v0].strip(" 　")  # 王同意并|表示: a known surname, then only verbs and adverbs
    surnames = {name[0] for name in state.people if len(name) >= 2}
    return head[:1] in surnames and len(head) <= 5 and VERBS_AND_ADVERBS.fullmatch(head, 1) is not None


def _end_of_report(state: _State, a: int, b: int, pstart: int, depth: bytearray, speaker: str | None) -> int:
    s = state.s
    for i in range(a + 1, b):
        if s[i] not in "，,；;" or depth[i - pstart] or _ends_time_clause(s, a, i):
            continue
        head = s[i + 1 : min(i + 24, b)].lstrip(" 　")
        lead = CONNECTORS.match(head)
        bare = head[lead.end() :] if lead else head
        if NARRATIVE_HEAD.match(bare) or LEFT_UNSAID.match(bare) or _reporter_head(bare):
            return i
        if speaker and len(speaker) >= 2 and bare.startswith(speaker):
            return i  # …，梁继昌在会议厅外见记者时…: the speaker's name again starts the narrative
        if (m := SELF_AGAIN.match(bare)) and STRONG_VERB_RE.match(bare, _after_manner(bare, m.end())):
            return i  # …，她认为… / …，他就说… / …，他无奈地叹道…: a second statement of its own
        if s[i] in "；;" and _speaker_of_clause(state, i + 1, min(i + 24, b)):
            return i  # …；湾仔区议员梁柏坚亦在Facebook表示…: the next statement, someone else's
        if PRONOUN_TIME_CLAUSE.match(bare) or OTHER_SOURCE.match(bare) or OTHER_SOURCE.match(head):
            return i
        if "据" in head[:6] and HEARSAY.match(head):
            return i  # …，不过，据悉建制派事前不知情: what the reporter learnt, not the speaker
        if REPORT_SAYS.match(bare):
            return i  # …，报道称特朗普说…: the report again, not the speaker
        if RESUMED_NARRATIVE.match(head):
            return i  # …，他今天联同…召开记者会 / …，惟遭裁判官拒绝: what happened next, told by the reporter
        if s[i] in "；;" and DATED.match(bare):
            return i  # …鎮壓学生群众；2007年，皇后码头风波期间…: another time, the narrative again
        if speaker == "" and (m := SELF_AGAIN.match(bare)) and re.match(r"希望|期望|寄望", bare[m.end() :]):
            return i  # an anonymous speaker's words, then …，她希望…: someone else, the narrative again
        if (GENERIC_HEAD.match(bare) or GENERIC_HEAD.match(head)) and REACTION_RE.search(head):
            return i
    return b


def _ends_time_clause(s: str, a: int, i: int) -> bool:
    """…推行「一地两检」时，很多人已… / 泼漆事件发生后，他走在…: after a clause of time, the main clause
    of the same words."""
    if s.endswith("之际", a, i):
        return True
    if s[i - 1] == "后":  # 发生后, not 数据滞后 (lagging) nor 最后 (an adverb)
        return is_verb(s[i - 3 : i - 1]) and not word_frequency(s[i - 2 : i])
    return s[i - 1] == "时" and not word_frequency(s[i - 2 : i])  # not 同时, 当时: adverbs


def _after_manner(clause: str, i: int) -> int:
    """Past an adverb of manner (无奈地) at ``i``, if there is one."""
    m = MANNER.match(clause, i)
    return m.end() if m else i


def _speaker_of_clause(state: _State, cs: int, ce: int) -> bool:
    """A clause whose first verb of speech has a speaker of its own (person, organisation, anonymous)."""
    m = STRONG_VERB_RE.search(state.s, cs, ce)
    if m is None or any(ch in OPEN_MARKS for ch in state.s[cs : m.start()]) or m.start() == cs:
        return False
    subject = _subject(state, cs, m.start())
    return subject is not None and subject.kind in ("person", "honorific", "org", "anon")


def _reporter_head(clause: str) -> bool:
    m = REPORTER_HEAD.match(clause)
    return m is not None and VERB_RE.search(clause, 0, m.end() - 2) is None


def _previous_sentence_subject(state: _State, pstart: int, cs: int) -> _Subject | None:
    s = state.s
    start = max(s.rfind(ch, pstart, cs - 1) for ch in "。！？!?") + 1
    start = max(start, pstart)
    lead = _leading_subject(state, start, cs - 1)
    return lead if lead is not None and lead.kind in ("person", "pronoun") else None


def _continuing_subject(state: _State, cs: int) -> _Subject | None:
    last = state.last_person
    if last is None or cs - last[0] > 200 or state.s.count("\n", last[0], cs):
        return None
    return _Subject("last", name=last[1], role=last[2])


def _chained_subject(state: _State, pstart: int, cs: int) -> _Subject | None:
    """…「千祈唔好有任何政治宣言」，并明言「…」: a verb right after the words of the last record
    continues its speaker."""
    last = state.last_record
    if last is None or not pstart <= last[0] < cs:
        return None
    if state.s[last[0] : cs].strip(" 　，,；;。」”』") or not state.s[last[0] : cs].strip(" 　"):
        return None
    return last[1]


def _back_subject(state: _State, pstart: int, end: int, depth: bytearray) -> _Subject | None:
    """For ``张勇周日凌晨发文，指…``: the subject at the head of the previous clause of the sentence."""
    s = state.s
    for _ in range(3):
        cs = _clause_start(s, end, pstart, depth)
        subject = _subject(state, cs, end)
        if subject is None and (press := MEETS_PRESS.search(s, cs, end)):
            subject = _subject(state, cs, press.start())  # 政务司司长张建宗见记者，表明…
            subject = None if subject is not None and subject.kind == "org" else subject  # 今日在港大…
        if subject is None:
            for m in POST_RE.finditer(s, cs, end):
                if m.start() > cs + 1 and (subject := _subject(state, cs, m.start())):
                    break
        if (
            subject is None
            and (lead := _leading_subject(state, cs, end))
            and lead.kind in ("person", "pronoun")
        ):
            subject = lead if lead.kind == "pronoun" or lead.name in state.people else None
        if subject is not None:
            return subject
        if cs <= pstart or s[cs - 1] not in "，,":
            return None
        end = cs - 1
    return None


def _leading_subject(state: _State, cs: int, ce: int) -> _Subject | None:
    """The person at the head of a clause that goes on with other words: 小林吃过月饼后要求退款"""
    s = state.s
    lead = CONNECTORS.match(s, cs)
    at = lead.end() if lead else cs
    for p in PRONOUNS[:4]:
        if s.startswith(p, at):
            return _Subject("pronoun", name=p, start=at, end=at + len(p))
    if s[at : at + 1] in ("小", "老", "阿") and s[at + 1 : at + 2] in SURNAMES:
        return _Subject("person", name=s[at : at + 2], start=at, end=at + 2)
    whole = _subject(state, cs, ce)
    if whole is not None and whole.kind == "person" and whole.end == ce:
        return whole  # 包括…家属王小霜：「…」: role and name, then the words
    for m in POST_RE.finditer(s, cs, ce):
        if m.start() > cs and (found := _subject(state, cs, m.start())) and found.kind != "org":
            return found
    return _known_at_head(state, cs, ce, 24)


def _known_at_head(state: _State, cs: int, ce: int, max_tail: int) -> _Subject | None:
    """A person already known, heading the clause with a few words before the verb: 张洁平反覆强调,
    蒋丽芸三度插嘴表示, 军方发言人苏敏敦（…）回应…时, 陈官马上打断. Only known names: an unknown
    three-character string at a clause head is too often a plain word (高声问)."""
    s = state.s
    lead = CONNECTORS.match(s, cs)
    at = lead.end() if lead else cs
    clause = PARENTHETICAL.sub("", s[at:ce])
    if not clause:
        return None
    names = sorted((n for n in (*state.people, *state.aliases) if len(n) >= 2), key=len, reverse=True)
    for name in names:
        p = clause.find(name)
        if p < 0:
            continue
        prefix, tail = clause[:p], clause[p + len(name) :]
        if prefix and not (
            ADVERBIAL_ONLY.fullmatch(prefix)
            or ((ROLE_END_RE.search(prefix) or AFFILIATION_RE.search(prefix)) and not ROLE_CUTS.match(prefix))
        ):
            continue
        if _head_tail_ok(tail, max_tail, names):
            start = s.find(name, at, ce)
            return _Subject("person", name=state.aliases.get(name, name), start=start, end=start + len(name))
        return None
    if len(clause) >= 2 and clause[0] in SURNAMES and clause[:2] not in NOT_NAMES:
        honorific = next((h for h in HEAD_HONORIFICS if clause.startswith(h, 1)), "")
        if (
            honorific
            and _head_tail_ok(clause[1 + len(honorific) :], max_tail, names)
            and any(n[0] == clause[0] for n in state.people)
        ):
            return _Subject("honorific", name=clause[0], start=at, end=at + 1 + len(honorific))
    return None


def _passive_agent(s: str, rest: str, ce: int) -> str | None:
    """Who acts in a passive clause just before a delimited verb (被主持追问，), or None."""
    passive = PASSIVE_AGENT.search(rest, 1) if "被" in rest else None  # cheap: 被 is rare
    if passive is None:
        return None
    verb = VERB_RE.match(s, ce)
    if verb is None or s[verb.end() : verb.end() + 1] not in DELIMITERS + "「“":
        return None  # 被张高丽性侵指控后: a time clause
    agent = passive.group(1)
    return None if re.search(r"时|后|前|期间|之际|问|查询|访|邀", agent) else agent


def _head_tail_ok(tail: str, max_tail: int, names: list[str]) -> bool:
    """The words between a known name and the verb: short, not possessive (张洁平的朋友), not a
    passive (被捕) except being asked (被问到), no second person (张三和李四)."""
    occasion = OCCASION.fullmatch(tail) is not None  # 董建华|出席团结香港基金午宴时|指
    if (len(tail) > max_tail and not occasion) or tail[:1] in "的、和与及跟同们之" or "的" in tail[:2]:
        return False
    if re.search(r"将|拟|准备|打算|计划", tail):
        return False  # 菲利普将于11日宣布: not yet said
    if "被" in tail and not ASKED_RE.search(tail):
        return False
    return not any(
        (at := tail.find(n)) >= 0
        and tail[at - 1 : at] not in ADDRESSED
        and not OBJECT_WITH_ROLE.search(tail[:at])
        for n in names
    )  # 贾比亚召见中国驻尼国大使周平剑，…强调: the one summoned is no second speaker


def _paragraph(state: _State, pstart: int, pend: int, next_para: tuple[int, int] | None) -> None:
    s = state.s
    depth, spans = _depths(s, pstart, pend)
    # 1. The quotation first, the speaker after it: 「…」李大生道。 / “…”她说。
    for o, c in spans:
        m = POST_QUOTE_VERB.match(s, c + 1, pend)
        if m is None or _is_consumed(state, o):
            continue
        np_end = m.end("np")
        if manner := MANNER_BEFORE_VERB.search(s, m.start("np") + 1, np_end):
            np_end = manner.start()  # 郑太幽幽道, 他激动地说
        subject = _subject(state, m.start("np"), np_end)
        if subject is not None:
            _emit(state, subject, state.body[m.start("verb") : m.end("verb")], o + 1, c, spans, o)
            state.consumed.append((o, m.end()))
    # 1b. The words framed by 以「…」回应: 美国驻港总领事馆发言人以「暂不评论」回应。
    for o, c in spans:
        m = REPLY_WITH.match(s, c + 1, pend)
        if m is None or o <= pstart or s[o - 1] != "以" or _is_consumed(state, o):
            continue
        cs = _clause_start(s, o - 1, pstart, depth)
        subject = _subject(state, cs, o - 1) if cs < o - 1 else None
        if subject is not None:
            _emit(state, subject, state.body[m.start("verb") : m.end("verb")], o + 1, c, spans, o)
            state.consumed.append((cs, m.end()))
    # 1c. 正如广播处长梁家荣所言，节目内容…: the words after the comma are the person's
    for m in AS_SAID.finditer(s, pstart, pend):
        if depth[m.start() - pstart] or _is_consumed(state, m.start()):
            continue
        subject = _subject(state, m.start("np"), m.end("np"))
        if subject is not None and subject.kind in ("person", "org"):
            end = _sentence_end(s, m.end(), pend, depth, pstart)
            _emit(state, subject, state.body[m.start("verb") : m.end("verb")], m.end(), end, spans, m.start())
    # 2. Speaker, verb, words.
    for m in VERB_RE.finditer(s, pstart, pend):
        v0, v1 = m.span()
        verb = m.group()
        if depth[v0 - pstart] or _is_consumed(state, v0):
            continue
        # 他担心这样的语言… / 张洁平分析可能…: right after a person these need no delimiter
        adjacent_only = verb in ADJACENT_VERBS and not _verb_ok(s, v0, v1, verb, pend)
        if not _verb_ok(s, v0, v1, verb, pend, loose=adjacent_only):
            continue
        cs = _clause_start(s, v0, pstart, depth)
        if s[cs - 1 : cs] in OPEN_MARKS and cs > pstart:
            continue
        delimited = v1 < pend and (s[v1] in DELIMITERS or s[v1] in OPEN_MARKS)
        subject = _subject(state, cs, v0)
        if adjacent_only and not (
            subject is not None
            and subject.kind in ("person", "pronoun", "honorific")
            and subject.end is not None
            and ADVERBS_ONLY.fullmatch(s, subject.end, v0)  # 他亦希望…
        ):
            chained = cs == v0 and cs > pstart and s[cs - 1] in "，,"
            if not (chained and verb in CHAINING_VERBS):
                continue  # 蔡耀昌收到…律师信，要求…: a demand made by something else
            subject = _back_subject(state, pstart, cs - 1, depth)  # 柯文哲…发布征召令，希望…
            if subject is None or subject.kind not in ("person", "pronoun", "honorific"):
                continue
        sentence_start = cs == pstart or s[cs - 1] in "。！？!?"
        if subject is None and sentence_start and CONTINUING.fullmatch(s[cs:v0]):
            subject = _continuing_subject(state, cs)  # 。又指，… / 。更指… : the last speaker goes on
            if subject is None:
                continue
        if subject is None and sentence_start and cs > pstart and cs == v0 and len(verb) >= 2:
            # 他高兴…。强调整个计划…: a sentence opening with the verb keeps the last sentence's subject
            subject = _continuing_subject(state, cs) or _previous_sentence_subject(state, pstart, cs)
            if subject is None:
                continue
        if subject is None:
            if cs - 1 <= pstart or s[cs - 1] not in "，,":
                continue
            head = s[cs:v0].strip()  # only adverbials, an occasion or a manner: …，在昨日的…记者会上否认
            if (
                head
                and not ADVERBIAL_ONLY.fullmatch(head)
                and not _manner_only(head)
                and not _asked_only(head)
            ):
                continue
            subject = _chained_subject(state, pstart, cs) or _back_subject(state, pstart, cs - 1, depth)
            if subject is None:
                continue
        elif (
            not delimited
            and verb in SINGLE_VERBS
            and subject.end is not None
            and v0 - subject.end > 6
            and not _on_occasion(s, subject.end, v0)
        ):
            continue
        if (
            subject.start is not None
            and subject.start >= cs
            and re.search(r"(?<![在于同到每])一[个种位]", s[subject.end : v0])
            and "在" not in s[subject.end : v0]
        ):
            continue
        if subject.end is not None and re.search(r"为何|为什么", s[max(subject.end, cs) : v0]):
            continue  # 陈凯欣为何向公众指她是…等问题，陈凯欣没有回覆: a question put to her
        if not delimited and verb in ("问", "答", "道") and verb not in OBJECT_VERBS:
            continue
        if subject.kind == "anon" and verb in MENTAL_VERBS:
            continue
        if not delimited and _inside_time_clause(s, subject.end or cs, v0, v1, pend):
            continue
        if (
            delimited
            and (nxt := STRONG_VERB_RE.match(s, v1 + 1))
            and _verb_ok(s, nxt.start(), nxt.end(), nxt.group(), pend)
            and nxt.group() != "指控"  # 表示，指控暴露…: the charges, a noun
        ):
            continue  # 发声明回应，指…: the words follow the second verb
        # the speaker's name; "" for an anonymous speaker or organisation, "?" for one still to resolve
        speaker = subject.name if subject.kind == "person" else "" if subject.kind in ("anon", "org") else "?"
        found = _content(state, verb, v1, pstart, pend, depth, spans, next_para, speaker)
        if found is None:
            continue
        a, b, content_spans = found
        if not delimited and b - a <= 8 and s[b - 1] in "时后" and s[b : b + 1] in "，,":
            continue  # 市民向涂谨申说加油时，/ 叶蔚琳宣布暂停行动之后，: a time clause, not words
        from_next = next_para is not None and a >= next_para[0]  # 张炳良说：⏎ …: the paragraph is his words
        if delimited and _relayed(state, cs, v0, a, pend):
            continue
        block = b == pend and s[pend - 1] in "：:" and next_para is not None
        a, b = _trim(s, a, b)
        a, b = _with_gloss(s, *_unwrap(s, a, b, content_spans), pend)
        _emit(state, subject, state.body[v0:v1], a, b, content_spans, v0, direct=True if from_next else None)
        if block and not _is_consumed(state, next_para[0]) and state.quotes and state.quotes[-1].end == b:
            _continue_with_block(state, next_para)
    # 3. A quotation after a colon, with a person at the head of the clause: 小林…要求退款：「…」
    for o, c in spans:
        if _is_consumed(state, o):
            continue
        before = s[pstart:o].rstrip(" 　")
        if not before.endswith(("：", ":")) or _names_something(s, o, c):
            continue
        cs = _clause_start(s, len(before) + pstart - 1, pstart, depth)
        subject = _leading_subject(state, cs, len(before) + pstart - 1) or _named_alone_before(
            state, pstart, cs, depth
        )
        colon = len(before) + pstart - 1
        sentence = max(pstart, *(s.rfind(end, pstart, cs) + 1 for end in SENTENCE_END))
        if subject is None and s[cs - 1 : cs] in ("，", ",") and not VERB_RE.search(s, sentence, colon):
            # 她对六四的关注增加，…有可能在港人身上发生：「…」: a sentence with no verb of speech before
            # the words gives them to the one at its head
            subject = _previous_sentence_subject(state, pstart, cs)
        if subject is None:
            continue
        named_verb = VERB_RE.search(s, subject.end or cs, colon)
        verb = state.body[named_verb.start() : named_verb.end()] if named_verb else ""
        _emit(state, subject, verb, *_trim(s, o + 1, c), spans, o)
    # 4. A quotation standing as a sentence of its own continues the last person who spoke.
    for o, c in spans:
        if not _is_consumed(state, o) and _standalone(s, o, c, pstart, pend):
            _continue_last_speaker(state, o, c, pend)


def _names_something(s: str, o: int, c: int) -> bool:
    """…分别为：「一带一路」国际合作香港中心有限公司: short marked words running on into a noun are part
    of a name, not a quotation."""
    return c - o - 1 <= 8 and s[c - 1] not in SENTENCE_END and bool(CJK_CHAR.match(s, c + 1))


def _on_occasion(s: str, after_subject: int, v0: int) -> bool:
    """何重恩今日出席活动时却说不评论…: between the speaker and the verb, only where it was said."""
    occasion = OCCASION.search(s, after_subject, v0)
    return occasion is not None and ADVERBS_ONLY.fullmatch(s, occasion.end(), v0) is not None


def _asked_only(head: str) -> bool:
    """…陈先生，周二（13日）被查询时表示: the clause holds only when the speaker was asked."""
    asked = ASKED_RE.search(head)
    return (
        asked is not None
        and head.endswith("时")
        and (
            asked.start() == 0
            or ADVERBIAL_ONLY.fullmatch(PARENTHETICAL.sub("", head[: asked.start()])) is not None
        )
    )


def _manner_only(head: str) -> bool:
    """…时，感慨地表示: the clause holds only the manner of the verb (not 当地, 内地: places)."""
    return MANNER.fullmatch(head) is not None and not word_frequency(head[-2:])


def _inside_time_clause(s: str, after_subject: int, v0: int, v1: int, pend: int) -> bool:
    """林健锋在石礼谦宣布会议结束后，…: the verb is inside 在…后, an event the sentence dates itself by."""
    return "在" in s[after_subject:v0] and TIME_CLAUSE_END.match(s, v1, pend) is not None


def _named_alone_before(state: _State, pstart: int, cs: int, depth: bytearray) -> _Subject | None:
    """麦康奈尔（Mitch McConnell），周一敦促…：「…」: a clause that only names a person is the subject
    of the clause after it."""
    s = state.s
    if cs <= pstart or s[cs - 1] not in "，," or not VERB_RE.match(s, _after_adverbials(s, cs)):
        return None
    subject = _subject(state, _clause_start(s, cs - 1, pstart, depth), cs - 1)
    if subject is None or subject.kind != "person" or subject.end is None:
        return None
    return subject if BRACKETED_ONLY.fullmatch(s, subject.end, cs - 1) else None


def _after_adverbials(s: str, i: int) -> int:
    m = ADVERBIAL_ONLY.match(s, i)
    return m.end() if m else i


def _standalone(s: str, o: int, c: int, pstart: int, pend: int) -> bool:
    """「…」 as a sentence of its own: after a sentence end, a comma or another quotation (dialogue),
    and itself ending the sentence. Short marked words inside a sentence are names or scare quotes."""
    before = s[pstart:o].rstrip(" 　")
    after = s[c + 1 : pend].lstrip(" 　")
    own_sentence = s[c - 1] in SENTENCE_END
    if after and after[0] not in SENTENCE_END and after[0] not in "（(" and not own_sentence:
        return False
    words = c - o - 1
    if not before or before[-1] in SENTENCE_END or before[-1] in CLOSE_MARKS or before[-2:] in LISTED_AFTER:
        return words >= (4 if own_sentence else 6)
    if before[-1] in "，,":  # …走上街头，「有一种愤怒…。」; not 文章指，「…」 or 第60条，「…」
        comma = pstart + len(before) - 1
        clause_start = max(pstart - 1, *(s.rfind(ch, pstart, comma) for ch in BREAKS)) + 1
        spoken = (
            _verb_ok(s, m.start(), m.end(), m.group(), pend) for m in VERB_RE.finditer(s, clause_start, o)
        )
        return (
            words >= 8
            and (own_sentence or any(ch in BREAKS for ch in s[o + 1 : c]))
            and not any(spoken)  # 文章指，「…」 is the article's; 他却发现肌肉出现问题，「…」 is his
            and "《" not in s[clause_start:o]
        )
    return False


def _subject_in_paragraph(state: _State, o: int) -> tuple[int, str, str | None] | None:
    """The person last named as the subject of a clause in this paragraph before ``o``."""
    pstart = state.s.rfind("\n", 0, o) + 1
    found = [(p, person.name, person.role) for person in state.people.values() for p in person.positions]
    return max((m for m in found if pstart <= m[0] < o), default=None)


def _introduced_by(state: _State, o: int) -> tuple[int, str, str | None] | None:
    """孟想想不通…的诉求：⏎「…」: the person heading the sentence that ends the paragraph before with a
    colon introduces the quotation, though no verb of speech does."""
    s = state.s
    pstart = s.rfind("\n", 0, o) + 1
    if pstart < 2 or s[pstart - 2] not in "：:" or s[pstart:o].strip():
        return None
    head = max(s.rfind(ch, 0, pstart - 2) for ch in "。！？!?\n") + 1
    lead = CONNECTORS.match(s, head)
    head = lead.end() if lead else head
    for person in state.people.values():
        if len(person.name) > 1 and s.startswith(person.name, head):
            return head, person.name, person.role
    return None


def _continue_last_speaker(state: _State, o: int, c: int, pend: int) -> None:
    # the last to speak before the quotation, not someone quoted later in the paragraph
    last = max((p for p in state.spoken if p[0] <= o), key=lambda p: p[0], default=None)
    named = _subject_in_paragraph(state, o) or _introduced_by(state, o)  # 楊政賢…尋到碎石，…，「…」
    if named is not None and (last is None or named[0] > last[0]):
        last = named
    if (organisation := _organisation_last(state, last, o)) is not None:
        _emit(
            state, organisation, "", *_with_gloss(state.s, *_trim(state.s, o + 1, c), pend), [], o, True, True
        )
        state.consumed.append((o, c + 1))
        return
    if last is None or state.s.count("\n", last[0], o) > 1 or o - last[0] > 600:
        return
    previous = state.quotes[-1] if state.quotes else None
    if previous and previous.end <= o and JOINED_BY_COMMA.fullmatch(state.s, previous.end, o):
        _extend_last_quote(state, c + 1)  # …会加快，「呢个唔洗咩调查…。」: the same statement goes on
        return
    if state.s[o - 2 : o] in LISTED_AFTER:
        return  # 记者连环发问：「…」、「…」: listed after words that are no one's record
    a, b = _with_gloss(state.s, *_trim(state.s, o + 1, c), pend)
    _quote_of(state, last, a, b)
    state.consumed.append((o, c + 1))


def _organisation_last(
    state: _State, last: tuple[int, str | None, str | None] | None, o: int
) -> _Subject | None:
    """局方指，…。「选举是严肃事情…」: an organisation's statement, with no one speaking since, goes on."""
    if state.last_record is None:
        return None
    end, subject = state.last_record
    if subject.kind != "org" or end > o or (last is not None and last[0] >= end):
        return None
    if state.s.count("\n", end, o) > 1 or o - end > 600:
        return None
    between = state.s[end:o]  # 孟想想不通…：⏎「…」: someone named since speaks, not the organisation
    return None if any(len(name) > 1 and name in between for name in state.people) else subject


def _quote_of(state: _State, person: tuple[int, str | None, str | None], a: int, b: int) -> None:
    """Words with no verb of their own, quoted directly from ``person`` (position, name, role)."""
    _, name, role = person
    state.quotes.append(
        Quote(_original(state, name), _original(state, role), state.body[a:b], "", True, a, b)
    )
    state.consumed.append((a, b))
    state.spoken.append((b, name, role))


def _extend_last_quote(state: _State, end: int) -> None:
    """「…」，「…」: one record; the quotation marks are kept once there are two quotations."""
    previous, s = state.quotes[-1], state.s
    start = previous.start
    if start > 0 and s[start - 1] in OPEN_MARKS and s[previous.end : previous.end + 1] in CLOSE_MARKS:
        start -= 1
    text = state.body[start:end]
    state.quotes[-1] = replace(previous, text=text, start=start, end=end, direct=True)
    state.consumed.append((previous.end, end))
    if state.spoken:
        state.spoken[-1] = (end, *state.spoken[-1][1:])


def _relayed(state: _State, cs: int, v0: int, a: int, pend: int) -> bool:
    """据员工透露，《端》大股东蔡华…表示，…: a cited source passing on someone's statement; the
    statement is quoted from its own speaker, not from the source."""
    s = state.s
    lead = CONNECTORS.match(s, cs)
    if not s.startswith(("据", "根据"), lead.end() if lead else cs):
        return False
    end = next((i for i in range(a, pend) if s[i] in BREAKS), pend)
    inner = STRONG_VERB_RE.search(s, a, end)
    if inner is None or inner.group() in WEAK_VERBS:
        return False  # 据…人士称，保尔森一直敦促姆钦…: what the source says someone urged, not his words
    return end < pend and _subject(state, a, inner.start()) is not None


def _with_gloss(s: str, a: int, b: int, pend: int) -> tuple[int, int]:
    """「…」（fight for freedom…）: a translation in brackets after the words belongs to them, and then
    the quotation marks are kept."""
    k = b + 1 if b < pend and s[b] in CLOSE_MARKS else b
    while k < pend and s[k] in " 　":
        k += 1
    if k >= pend or s[k] not in "（(":
        return a, b
    close = next((i for i in range(k + 1, pend) if s[i] in "）)"), -1)
    inner = s[k + 1 : close]
    if close < 0 or len(re.findall(r"[A-Za-z]", inner)) < max(4, len(inner) // 2):
        return a, b
    if b < pend and s[b] in CLOSE_MARKS and a > 0 and s[a - 1] in OPEN_MARKS:
        a -= 1
    return a, close + 1


def _continue_with_block(state: _State, para: tuple[int, int]) -> None:
    """他猜测…有关：⏎ followed by a paragraph of their words: the paragraph is a further, direct quote.
    Paragraphs ending in ； are a list: one record per item, up to the item that ends the sentence."""
    last = state.quotes[-1]
    s = state.s
    listing = False
    numbered = LIST_ITEM.match(s, para[0]) is not None  # …原则：⏎一、…⏎二、…: one record per item
    for _ in range(12 if numbered else 8):
        ending = s[para[0] : para[1]].rstrip()[-1:]
        listing = listing or numbered or ending in ("；", ";")  # …：⏎item；⏎item；⏎item。: a list
        item = LIST_ITEM.match(s, para[0]) if numbered else None
        a, b = _trim(s, item.end() if item else para[0], para[1])
        if b - a < 2:
            return
        direct = not listing or _is_direct(s, a, b, _depths(s, a, b)[1])
        state.quotes.append(Quote(last.speaker, last.role, state.body[a:b], "", direct, a, b))
        state.consumed.append(para)
        following = para[1] + 1
        if not listing or (ending in SENTENCE_END and not numbered) or following >= len(s):
            return  # the item ending the sentence ends the list
        if numbered and not LIST_ITEM.match(s, following):
            return  # the numbered items have ended
        end = s.find("\n", following)
        para = (following, end if end >= 0 else len(s))


def _transcript_line(state: _State, a: int, b: int, dialogue: bool = False) -> bool:
    """A paragraph that is one line of a transcript, the speaker before a colon: a direct quote
    of a person already in the article (王 for 王岱, 谭大状 for 谭俊杰) or of a named role.
    In a ``dialogue`` (the next or previous paragraph is a line too) a short label that speaks at
    least twice is a party to it: 管理处：你出席啊？⏎住户：唔会."""
    m = TRANSCRIPT_LINE.fullmatch(state.s, a, b)
    if m is None or m.group("who") in DOCUMENTS or m.group("who").strip() in FIELD_LABELS:
        return False
    label = m.group("who").strip()
    verb = LINE_VERB.search(label) if len(label) > 1 else None  # 苏回：应该就冇。: 苏 answers
    label_end = m.end("who") - (len(verb.group()) if verb else 0)
    subject = _subject(state, m.start("who"), label_end)
    party = (
        dialogue
        and bool(ALL_CJK.fullmatch(label))
        and len(label) <= 6
        and len(re.findall(rf"(?m)^{label}[：:]", state.s)) >= 2  # speaks again in the exchange
        and not DOC_END_RE.search(label)
        and not VERB_RE.search(label)
    )
    if party and (subject is None or subject.kind == "org"):
        subject = _Subject("anon", role=label, start=m.start("who"), end=m.end("who"))
    if subject is None or subject.kind == "org" or (subject.end or 0) < label_end:
        return False  # 伍大状质疑：「…」 has its verb: the main rules take it
    if (
        subject.kind in ("anon", "person")
        and _is_heading(state.s[a:b])
        and (not dialogue or (subject.kind == "person" and _labels_once(state.s, label)))
    ):
        # 学者：造成国家安全隐患, 李国能:立法可理解 症结在内容 -- a subheading summing up, not a line of
        # transcript; the person it names is the one the section goes on to quote
        if subject.kind == "person" and subject.name in state.people:
            person = _remember(state, subject.name, subject.role, m.start("who"))
            state.spoken.append((b, person.name, person.role))
        return False
    if subject.kind == "person" and subject.name not in state.people:
        return False  # only people met earlier: 案件编号：CCDI-333 is no speaker
    words_start, words_end = _trim(state.s, m.start("words"), b)
    close = _close_of(state.s, words_start, b) if state.s[words_start] in OPEN_MARKS else -1
    if close >= 0 and state.s[close + 1 : b].strip(" 　。"):
        return False  # 陈官问：「…」辩方大律师指…: a paragraph of narrative going on after the quotation
    if state.s[words_end : words_end + 1] == "。":
        words_end += 1  # a line of transcript is given whole, with its full stop: 苏：一般啦。
    # a transcript gives the words as spoken
    printed_verb = state.body[label_end : m.end("who")].strip() if verb else ""
    _emit(state, subject, printed_verb, words_start, words_end, [], a, direct=True, trimmed=True)
    return True


def _labels_once(s: str, label: str) -> bool:
    """程翔：力度甚于…⏎刘锐绍：封建皇朝泡泡心: subheadings in a row, each naming its section's speaker once;
    a party to a transcript speaks more than once."""
    return len(re.findall(rf"(?m)^{re.escape(label)}[：:]", s)) == 1


def _is_heading(line: str) -> bool:
    """A short line without a full stop; quotation marks or an exclamation only when a space parts its
    phrases as in a headline (陈健民：乔「痛心论」无意义 「好好检讨下啦」)."""
    if len(line) >= 50 or "。" in line:
        return False
    return not any(ch in line for ch in "！？!?”」") or HEADLINE_GAP.search(line) is not None


def _block_quotation(state: _State, a: int, b: int) -> None:
    """A paragraph the page sets off as a block quotation (<blockquote>) whose words no rule gave a
    speaker: a direct quote of the last person who spoke, a few paragraphs back at most. A pull quote
    repeating words printed elsewhere in the article is left alone."""
    s, last = state.s, state.last_person
    if last is None or s.count("\n", last[0], a) > 3 or any(a <= q.start < b for q in state.quotes):
        return
    if _introduced_by_narrative(state, last[0], a):
        return  # 附录：…公函…全文如下：⏎ the document it introduces, not the last speaker
    a, b = _trim(s, a, b)
    if (
        s[a] in OPEN_MARKS
        and s[b - 1] in CLOSE_MARKS
        and not any(ch in OPEN_MARKS for ch in s[a + 1 : b - 1])
    ):
        a, b = a + 1, b - 1
    words = s[a:b]
    if b - a < 4 or s.count(words[: min(len(words), 20)]) > 1:
        return
    _quote_of(state, last, a, b)


def _introduced_by_narrative(state: _State, after: int, a: int) -> bool:
    """Whether a paragraph between ``after`` and ``a`` ends with a colon and gives no one's words."""
    for intro in re.finditer(r"\n([^\n]*[：:])[ \t　]*(?=\n)", state.s[after:a]):
        start, end = after + intro.start(1), after + intro.end(1)
        if not any(start <= q.start <= end + 2 for q in state.quotes):
            return True
    return False


def extract_quotes(
    body_text: str, block_quotes: Collection[str] = ()
) -> tuple[list[Quote], list[OrgStatement]]:
    """Quotations of people and statements of organisations in ``body_text`` (paragraphs joined by
    "\\n"). ``block_quotes``: the paragraphs the page sets off as block quotations."""
    set_off = {paragraph.strip() for paragraph in block_quotes}
    s = _simplified(body_text)
    state = _State(s=s, body=body_text)
    kept = []
    for m in re.finditer(r"[^\n]+", s):
        line = m.group().strip()
        if BYLINE_LINE.match(line) and (entries := parse_byline(line)):
            state.excluded |= {normalise_name(e.name) for e in entries}
            continue
        for d in DATELINE_REPORTER.finditer(line):
            state.excluded |= {normalise_name(n) for n in re.split(r"[、\s]+", d.group(1)) if n}
        kept.append(m.span())
    _collect_people(state)
    for name in list(state.people):
        if normalise_name(name) in state.excluded:
            del state.people[name]
    _subject_mentions(state)
    interview = answering = False  # 问：…⏎莊：…⏎…: the answer goes on until the next line with a label
    for index, (a, b) in enumerate(kept):
        if _is_consumed(state, a):
            continue
        if QUESTION_LINE.match(s, a):
            interview, answering = True, False
            continue
        neighbours = kept[max(index - 1, 0) : index] + kept[index + 1 : index + 2]
        dialogue = any(TRANSCRIPT_LINE.fullmatch(s, *line) for line in neighbours)
        if _transcript_line(state, a, b, dialogue):
            answering = interview
            continue
        if (
            answering
            and state.last_person
            and not _is_heading(s[a:b])
            and not TRANSCRIPT_LINE.fullmatch(s, a, b)
        ):
            _quote_of(state, state.last_person, *_trim(s, a, b))
            continue
        answering = False
        introduces_next = s[a:b].rstrip().endswith(("：", ":"))  # 张炳良说：⏎ …
        is_block_quotation = body_text[a:b].strip() in set_off
        if _is_heading(s[a:b]) and not introduces_next and not is_block_quotation:
            continue
        _paragraph(state, a, b, kept[index + 1] if index + 1 < len(kept) else None)
        if is_block_quotation:
            _block_quotation(state, a, b)
    state.quotes.sort(key=lambda q: q.start)
    state.orgs.sort(key=lambda o: o.start)
    return state.quotes, state.orgs
