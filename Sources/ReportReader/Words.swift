/// The reader's vocabulary: the words that mark metrics, directions, places and fillers, and how phrases are
/// trimmed down to a subject.
enum Words {
    static let sentenceEnds = ScalarSet(["。", "！", "？", "；", ";", "!", "?", "\n"] + bulletMarkScalars)
    /// The marks a list's items open with (▶ 园区…；⏎▶ 新增…), each a full stop unless the line before goes on.
    static let bulletMarks = ScalarSet(bulletMarkScalars)
    /// Bullets, and the marks a post sets before its points and headings (`postMarks`).
    private static let bulletMarkScalars: [Unicode.Scalar] = ["■", "●", "◆", "◇", "▲", "▶", "►", "▸", "★", "•", "◾", "▪", "◼", "➤"] + postMarkScalars
    /// The pictographs and blocks a post sets before its points and headings as bullets (📊 核心数据, ✅, 🚄, ▌ 单季表现, ♻️): those
    /// that may be drawn as emoji, not marks a sentence uses (☆☆☆☆级, ✓).
    static let postMarks = ScalarSet(postMarkScalars)
    private static let postMarkScalars: [Unicode.Scalar] = (0x2580...0x259F).compactMap(Unicode.Scalar.init)
        + (0x2600...0x27BF).compactMap(Unicode.Scalar.init).filter(\.properties.isEmoji) + (0x1F300...0x1FAFF).compactMap(Unicode.Scalar.init)
    /// Commas, and the bars a post's title and numbered points part their phrases with (喜报丨…, 01｜力争…).
    static let clauseEnds = ScalarSet(["，", ",", "｜", "丨", "|"])
    static let listSeparators = ScalarSet("、和及与".unicodeScalars)
    static let enumerationComma = ScalarSet(["、"])
    /// What a phrase that points back starts with (该企业, 本项目, 其中): no name of its own.
    static let pointers = ScalarSet("该本这此其".unicodeScalars)
    /// 超 and 逾 written before a figure: more than it.
    static let over = ScalarSet("超逾".unicodeScalars)
    /// What separates a page's menu or footer from the words after it: 首页|要闻|顺德, —6—年末全市.
    static let trailSeparators = ScalarSet("|｜—>＞】·•・".unicodeScalars)  // 】: a byline in brackets (【记者林某／台北报导】); ·, a link's bullet
    /// What separates compared holders: 高于全国（3.8%）和全省（4.2%）.
    static let comparedSeparators = ScalarSet("）)和、及与".unicodeScalars)
    /// 约 written before a verb, qualifying the figure the verb leads to: 约占…的6%, 约为.
    static let roughly = Lexicon(words: ["约占", "约为", "约有", "大约占", "约合"])
    static let punctuation = ScalarSet(["“", "”", "\"", "（", "）", "(", ")", "：", ":", " ", "　", "，", ",", "‧", "•", "·", "・", "．", "「", "」", "\t"])
    /// Quotation marks around a name: “2025某省民营企业100强”. (Not a title's 《》: 《2024某某先进制造业百强市》 names a
    /// publication, whose ranks are of its year.)
    static let quotes = ScalarSet(["“", "”", "\"", "「", "」"])

    /// Metric words; of two ending together the longer wins, so 主营业务收入 over 收入.
    static let metrics = Lexicon(words: measures + entities + growthRates)
    /// What is measured of something: its output, income, share.
    static let measures = [
        "主营业务收入", "营业收入", "业务收入", "板块收入", "板块营收", "板块营业收入", "人均可支配收入", "可支配收入", "地区生产总值", "生产总值", "零售总额", "进出口总额", "总额",
        "吞吐量", "保有量", "拥有量", "失业率", "强度", "增加值", "总产值", "产值", "产量", "销量", "营收", "收入", "总投资", "投资额", "利润总额", "利润",
        "税收", "出口额", "进出口总值", "总值", "价值", "规模", "产能", "出货量", "市场占有率", "占有率", "比重", "比例", "贡献率", "能耗", "综合能耗", "规划面积", "规划总面积", "规划总用地面积", "建筑面积", "总建筑面积", "总用地面积", "总占地面积", "实缴税收", "实缴税金",
        "占地面积", "面积", "占地", "用地", "规划用地", "规划占地", "里程", "通车里程", "总里程", "余额", "开工率", "入驻率", "覆盖率", "完成率", "年产能", "年产", "净利润", "归母净利润", "总收入", "净利", "每股盈余", "每股收益", "增长面", "人次",
        "占比", "总数", "毛利率", "净利率", "利润率", "总金额", "金额", "销售额", "营业额", "逆差", "顺差", "用电量", "发电量",
        // Bulletin indicators named whole: the place before them is the subject.
        "社会消费品零售总额", "国内生产总值", "本地生产总值", "一般公共预算收入", "地方一般公共预算收入", "实际利用外资", "实际使用外资", "城镇登记失业率", "城镇调查失业率",
        "产品销售率", "产销率", "销售率", "股东应占溢利", "溢利", "纯利", "销售收入", "营业总收入", "出口交货值", "交货值", "归属于上市公司股东的净利润", "归属于上市公司股东净利润", "归母净利润", "指数", "生产指数", "价格指数", "物价指数", "市占率", "人数", "就业人数", "本地配套率", "配套率", "本地采购率", "本地采购额", "产业链完整度", "完整度", "增加值率", "合同外资", "合同外资额", "协议投资额", "签约金额", "签约额", "总签约额", "纳税", "年纳税", "纳税额", "年纳税额", "合同利用外资", "协议利用外资", "利用外资", "使用外资", "内地旅客", "内地游客", "内地访客", "海外生产比",
        "所得税", "企业所得税", "个人所得税", "增值税", "到位资金", "签约资金", "入住率", "平均入住率",
        // How much of what is there is used: 产能利用率 (not 产能), 厂房出租率.
        "利用率", "使用率", "出租率",
        // Indicators of digital transformation: 关键工序数控化率, 生产效率, 产品不良率, 研制周期.
        "数控化率", "效率", "生产效率", "不良率", "良品率", "良率", "周期", "研制周期", "研发周期", "普及率", "渗透率", "上云率",
        // What a project pays once running: 年缴税费, 年缴税金.
        "税费", "缴税", "税金", "年缴税费", "年缴税金", "年缴税收",
    ]
    /// Things that are themselves counted or grow: part of the subject of a growth rate (民营企业增长8.7%), the
    /// metric of a count (企业达5829家).
    static let entities = ["投资", "进出口", "出口", "进口", "用户", "基站", "端口", "企业", "项目", "常住人口", "人口", "楼宇"]
    /// Metrics that are rates of growth: a figure of theirs is growth (增速为5%).
    static let growthRates = ["增速", "增幅", "增长率", "复合增长率", "降幅", "涨幅"]
    static let measureWords = Lexicon(words: measures)
    /// What after a flow names which of its sizes is meant: 进出口值, 出口额, 出口量, 出口货值.
    static let flowSizes = Lexicon(words: ["值", "额", "量", "贸易额", "贸易值", "货值"])
    static let entityWords = Lexicon(words: entities)
    static let growthRateWords = Lexicon(words: growthRates)
    /// Modifiers written before a metric word that belong to it: 年营业收入, 人均收入, 单位能耗.
    static let metricPrefixes = Lexicon(words: ["年", "人均", "单位", "平均", "亩均", "地均", "海外", "境外", "海外市场", "境外市场", "国际市场"])
    /// Words ending in 年 that are periods, not the 年 of 年营业收入.
    static let periodWords = Lexicon(words: ["全年", "今年", "去年", "明年", "当年", "本年", "上年", "每年", "前年", "半年"])
    static let up = ["年增", "月增", "季增", "年升", "月升", "季升", "同比增长", "增长", "提高", "上升", "增加", "扩大", "提升", "上涨", "净增", "增长了", "增加了", "提高了", "新增加了", "改善", "加快", "回升", "提速", "前移", "上移", "跃升", "成长", "大增", "激增", "猛增", "劲增", "飙升", "攀升", "多增", "多开工", "多签约", "多引进", "多投产", "加深"]  // (同比多增6家: more than a year before)
    static let down = ["年减", "月减", "季减", "年跌", "月跌", "季跌", "同比下降", "下降", "减少", "回落", "降低", "下滑", "收窄", "缩小", "下跌", "净减少", "下降了", "减少了", "下滑了", "放缓", "后移", "衰退", "缩短", "大跌", "大减", "锐减", "骤降", "下挫", "少增", "少开工", "少签约", "少引进", "少投产"]
    /// Verbs of one character a headline writes right before a rate (纯利升42.1%, 营收跌12.5%).
    static let headlineDirections: [Unicode.Scalar: String] = ["升": "up", "增": "up", "涨": "up", "跌": "down", "降": "down", "减": "down"]
    /// What after a direction verb makes the figure a level reached, not a change: 提高到3.8%, 回落至1.2%.
    static let levelMarks = ScalarSet(["至", "到"])
    /// Growth and decline words, valued "up" or "down".
    static let directions = Lexicon(up.map { ($0, "up") } + down.map { ($0, "down") })
    static let respectively = Lexicon(words: ["分别"])
    /// How a sentence that breaks a period into its parts starts: 分季度看, 分月看.
    static let breakdowns = Lexicon(words: ["分季度看", "分月看", "分月份看", "从季度看", "分季度"])
    /// What a numbered heading starts with: 一、, 二、, 1., 第三.
    static let headingNumbers = ScalarSet("一二三四五六七八九十第0123456789".unicodeScalars)
    /// Where a numbered heading's words start (一、…, （二）…, 3．…), nil for a line that is no numbered heading.
    static func headingBody(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        var k = range.lowerBound
        let bracketed = k < range.upperBound && (s[k] == "（" || s[k] == "(")
        if bracketed { k += 1 }
        let first = k
        while k < min(range.upperBound, first + 3), headingNumbers.contains(s[k]) { k += 1 }
        guard k > first, k < range.upperBound else { return nil }
        let close: Set<Unicode.Scalar> = bracketed ? ["）", ")"] : ["、", "．", "."]
        return close.contains(s[k]) && k + 1 < range.upperBound ? k + 1 : nil
    }
    /// A page's labels of who published it: 发布单位：…有限公司.
    static let pageLabels = Lexicon(words: ["发布单位", "发布机构", "来源", "信息来源", "文章来源", "供稿", "供稿单位", "作者", "编辑", "责任编辑", "参与单位名称", "参与单位", "接待对象", "调研机构"])
    /// What opens a report's annex: 附件, 附表1.
    static let appendices = Lexicon(words: ["附件", "附表", "附录"])
    /// What opens a note below a table: 注：, 资料来源：.
    static let tableNotes = Lexicon(words: ["注：", "注:", "说明：", "资料来源", "数据来源", "来源："])
    /// Words that make a count a total: 累计达到1081家.
    static let cumulative = Lexicon(words: ["累计", "总数", "共有", "合计", "总计"])
    /// Words setting a count aside from the one before: 另有41家企业通过复核.
    static let asides = Lexicon(words: ["另有", "另外有", "此外还有"])
    /// Words opening a sentence whose counts are all running totals: 至此，全市…累计达到1964家，…达到96家.
    static let soFar = Lexicon(words: ["至此"])
    /// Words that open a part of what was just counted: 其中产业项目53个.
    static let subsets = Lexicon(words: ["其中", "其中有", "当中"])
    /// Words that say how a list spreads over places or kinds: 获评企业按区县分布如下.
    static let distribution = Lexicon(words: ["分布如下", "分布情况如下", "分布情况"])
    /// Words that give a reason: 主要原因是原材料价格上涨约15%.
    static let reasons = Lexicon(words: ["原因是", "主要是", "得益于", "受益于", "主要得益于", "由于"])
    /// Words after which a bracketed figure is another subject's: 高于全国（3.9%）.
    static let pivots = Lexicon(words: ["高于", "低于", "快于", "慢于", "超过", "比"])
    /// Verbs and fillers that stand between a subject and its figure.
    static let fillers = [
        "实现", "完成", "达到", "共有", "建成", "建有", "新增", "累计", "全年", "同比", "分别", "其中", "达", "为", "有", "拥有", "集中", "的", "约", "近", "当中", "共计",
        "超", "逾", "仅", "已", "均", "共", "比上年末", "比上年", "较上年", "比年初", "较年初", "年末", "年初", "截至目前", "目前", "据了解",
        "今年以来", "截至", "截止", "由此", "预期", "预计", "预估", "预测", "我们预计", "我们预测", "我们认为", "近年来", "多年来", "近些年来", "目标是", "诚如", "则", "维持在", "按年实质", "经修订后", "修订后", "控制在", "确保", "力争", "争取", "努力", "合计", "年均", "两年平均", "较上年末", "实现了", "达到了", "完成了", "特别是", "收盘时",
        "更是", "尤其是", "其中有", "但", "而", "并", "同比实际", "加快", "放缓", "回升", "恢复", "拉动", "先后", "将", "计划", "拟", "可", "可达", "预计可", "建成后", "实施后",
        "建成达产后", "达产后", "投产后", "全部建成后", "全部达产后", "全部投产后", "全部建成投产后", "建成投产后", "满产后", "签约", "新签约", "同口径", "环比", "三年平均", "现场", "此次", "本次", "此次活动", "本次活动",
        "推动", "现有", "到", "至", "按年", "按季", "和", "继续", "届时", "有望", "可望", "进一步", "还", "这批", "该批", "此批", "本批", "上述", "开通", "新开通", "当月", "连续", "连续多年", "连续五年", "五年", "三年", "两年", "十年", "过去五年", "近五年", "摘要", "当天", "当日", "今天", "近日", "日前", "此前", "之前", "及", "但是", "而且", "并且", "同时", "此外", "另外",
        "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是",  // (二是开发区新开工…: a list's ordinal)
        "一起来看", "一起看看", "来看看",  // (一起来看公司这一年的成绩单: a post's call to its readers)
        "另有",  // (另有41家企业通过复核: another count, no part of it)
        "我们的", "已经", "聚集", "集聚", "全面", "仍有", "尚有", "还有", "梳理出", "列出", "筛选出", "当年", "共达成", "达成", "能新增", "可新增", "一口气", "同季", "同月", "单季", "单月", "当季", "按月", "本旬", "当旬",  // 我们的轨道交通产业集群已经聚集上下游企业220余家 (an interview)
        // 9日公布自结合并营收: when and how a firm published its figures is no part of what they measure.
        "公布", "披露", "自结", "昨日", "昨天", "昨晚", "昨夜", "今日", "晚间", "当晚",
        "录得", "于", "介于", "先前", "旗下",  // 录得收入: a report's verb of recording; 本集团于…, 营业利益率介于…, 先前营收, 旗下门店
        // 假期全市重点商贸企业销售额: the holiday the text dated says when, not who.
        "假期", "假期期间", "节日期间", "长假期间", "节假日期间",
        "同日",  // 同日公布营收: the day, said again
        // 尽管全年销量达到2.36万吨，…: a concession's conjunction is no one.
        "尽管", "虽然", "虽",
        // 下一步将力争全省到位资金, (展览面积5.2万平方米，)吸引参展企业683家: what is next and what drew them are no part of it.
        "下一步", "下步", "吸引",
        // 研发投入是1.74亿元, 现在有研发人员680人: an interview's 是 and 现在 say nothing of what is measured.
        "是", "现在", "现在有",
        // (他预计今年集团电池总产量…: who speaks of it, and how, is no part of what is measured.)
        "他预计", "她预计", "他表示", "她表示", "他认为", "她认为",
        "兑现", "拨付", "下达",  // (兑现区级技改奖补资金1.85亿元: paying funds out is no part of who or what)
        // 澳资企业註冊資本合共1,386億元: Hong Kong's and Macau's 合共 (in all) says nothing of what is measured.
        "合共", "现已",  // (现已进驻企业143家: now, no part of what is counted)
    ]
    static let fillerWords = Lexicon(words: fillers + [
        "之",  // 本集团之现金及银行结余: a report's 的, before a measure only (之江实验室 keeps it)
        "内已有", "内有", "内共有", "推动", "现场", "此次", "本次", "规划建设", "规划", "带动", "形成", "明年", "今年", "去年", "一个", "首次",
        "该年度",  // (预期于该年度录得…亏损: the year the report names, said again)
        // 获得授权专利, 确认政府补助, 具备…年产能, 缴纳税费: verbs of getting, booking, having and paying are no part of
        // what is measured; 期内, 期间 and 本期 say the report's period again (期内整体零售值).
        "获得", "确认", "具备", "缴纳", "期内", "期间", "本期",
        "拿到", "拿下",  // (拿到授权专利1260项: spoken for 获得)
    ])
    /// Verbs inside a phrase that split the actor from what it produced: 全区|完成|规上工业总产值.
    /// Verbs that start what was done only when written first (覆盖规模以上工业企业5127家); inside a name of what is
    /// measured they stay (千兆光网覆盖家庭).
    static let leadingActions = Lexicon(words: ["覆盖", "服务", "惠及"])
    static let actions = Lexicon(words: [
        "实现", "完成", "新增", "累计", "共有", "拥有", "建成", "引进", "集聚", "培育", "签约", "落户", "开通", "实现了", "完成了", "实施了", "吸引了",
        "新建", "新扩建", "扩建", "增设", "安排", "建设", "改善", "保障", "解决", "提供", "启动", "形成", "带动", "吸纳", "吸引", "创造", "新签约", "开工建设", "生产",
        "新引进", "新培育", "新落户", "新认定", "新招引", "新设", "新设立", "新注册", "新登记", "新开通", "新落地", "新入驻", "新上",  // (全区新引进配套项目17个: the 新 is the event's)
        "招引",  // (围绕…图谱招引项目128个)
        "实施", "创建", "新创建",  // (实施智能化改造项目60个, 新创建省级智能工厂3家: what is done, no one doing it)
        "缴纳", "上缴", "获得",  // (…；缴纳税收3.62亿元: what was paid, not who paid it; 园区企业获得股权融资18笔, what was got)
        "录得",  // (新能源汽车结构件业务录得收益…: Hong Kong's word for what a business took in)
    ])
    /// Verbs of driving: what a clause opening with one names (带动园区…配套率提升至54%) is driven, not done by the holder before.
    static let drives = Lexicon(words: ["带动", "助推", "促进", "促使", "使得"])
    /// What after an action word makes it part of a noun (生产和供应业, 建设与运营, 生产者, 拥有量, 培育库), not a verb.
    static let nounJoins = ScalarSet("和与及线基总者量库".unicodeScalars)
    /// Whether the scalar at `i`, after an action word, makes it part of a noun: 基 only as 基地 or 基金 (完成基础设施投资 is done).
    static func joinsNoun(_ words: [Unicode.Scalar], at i: Int) -> Bool {
        nounJoins.contains(words[i]) && (words[i] != "基" || i + 1 < words.count && (words[i + 1] == "地" || words[i + 1] == "金"))
    }
    /// An amount inside a phrase makes it a class of things (超亿元项目, 10亿元以上企业), not a subject.
    static let amounts = Lexicon(words: ["亿元", "万元"])
    /// What happens to projects: a count of projects names the event (签约15个项目, 15个项目竣工).
    static let events = Lexicon(words: ["签约", "新签约", "开工", "新开工", "动工", "集中动工", "竣工", "投产", "新投产", "新竣工", "落地", "开工建设", "竣工投产", "建成投产", "集中开工", "入选", "上榜", "入围", "获评", "招引", "参展", "入库", "获奖", "参加复核", "通过复核", "复核通过"])
    /// How a phrase that only says what a figure is compared with starts: 比2019年同期, 较上年同期.
    static let comparisons = Lexicon(words: ["比", "较", "与", "同期", "同月", "高于", "低于", "快于", "慢于"])
    /// How a clause that only frames what follows starts or ends: 按可比价格计算, 分经济类型看, 据初步核算.
    static let frameStarts = Lexicon(words: ["按", "据", "分", "从", "其中", "与", "在", "随着", "经", "根据", "高于", "低于", "快于", "慢于", "超过", "比"])
    /// A figure-less clause longer than this is a statement, not a subject for the clauses after it.
    static let longestSubject = 12
    /// What things counted did, written after them (42家企业参会): which of them are counted (`参会企业数`).
    static let doneByCounted = Lexicon(words: ["参会", "复工", "复产", "入驻", "落户", "到岗", "返岗", "参加", "上云", "参评", "获表彰", "受表彰", "获奖"])
    /// Where a counted thing written after its figure ends: 实施了53个技术改造项目, 其中有15个项目被列入…
    static let countedEnds = Lexicon(words: [
        "被", "的", "完成", "实现", "获得", "列入", "入选", "上榜", "入围", "获评", "达到", "和", "、", "保持", "开工", "竣工", "投产", "签约", "落地", "当年",
        "正式", "建成",
        "已全部披露", "已披露", "全部披露",  // (209家A股上市公司已全部披露2022年年报: what they did, no part of what is counted)
    ])
    static let frameEnds = Lexicon(words: [
        "调整后", "看", "计算", "核算", "显示", "表示", "介绍", "获悉", "了解到", "统计", "来看", "方面", "指出", "提出", "强调", "的是",  // 值得一提的是
    ])
    /// What must be done: 要, 需, 应, 必须 (no holder either: `FactShape.notHolders`).
    static let modals = Lexicon(words: modalWords + ["务必"])
    static let modalWords = ["要", "需", "需要", "应", "必须"]
    /// What is trimmed off a phrase's ends: fillers and direction verbs.
    static let trimmable = Lexicon(words: fillers + up + down)
    /// Where-words a subject starts with: the city, a district, a park.
    static let places = Lexicon(
        words: genericPlaces + jurisdictionWords + ["全州县", "自治区", "我们", "我国", "全国", "园区", "港区", "新区", "香港", "澳门", "台湾", "内地", "本澳", "全澳", "本港", "全港", "粤港澳大湾区", "大湾区", "珠三角", "长三角", "珠三角地区", "长三角地区", "成渝地区", "成渝地区双城经济圈", "京津冀", "京津冀地区"] + provinces)
    /// Words that end with a filler and are none: 合约 (a contract), 节约.
    /// Fillers only at the end, before a figure or its verb (企业平均降低成本约32%); 平均研发投入强度 keeps its 平均.
    static let trailingFillers = Lexicon(words: ["平均", "维持"])  // (资本支出预计维持约32亿美元; 维持费用 keeps it)
    static let notTrailingFillers = Lexicon(words: ["合约", "契约", "公约", "条约", "节约", "制约", "集约", "出超", "入超", "户均", "人均", "亩均", "日均", "月均", "涉及", "惠及", "普及", "波及", "体现在", "表现在", "出现在"])
    /// Words that start with a filler and are none: 有效发明专利, 有色金属, 有形贸易逆差.
    static let notFillers = Lexicon(words: [
        "到位", "到岗", "到会", "到场",  // 到位资金, 到岗员工, 到会专业采购商
        "本期末",  // 本期末货币资金余额: the report's last day, not the 本期 said again
        "拥有人", "持有人",  // 本公司拥有人应占溢利
        "已售",  // 已售未结转合约销售金额
        "期间费用",  // 期间费用率, not the report's 期间
        "吸引力", "吸引外资", "吸引内资", "吸引投资",  // 城市吸引力指数; 吸引外资9.8亿美元, a measure of its own
        "于都", "于家堡", "于洪", "今日头条",  // names that open with a filler's word
        "可降解", "可再生", "可持续", "可穿戴", "可控",  // 可降解材料: words that open with 可
        "有效", "有色", "有机", "有线", "有形", "超高清", "超高压", "超导", "超大", "超硬", "超级", "超快", "超薄", "超净", "超声", "超算", "超临界", "超低",
        // 签约项目数同比增长: the count of an event keeps its verb.
        "签约项目数", "新签约项目数", "开工项目数", "新开工项目数", "竣工项目数", "投产项目数", "建成投产",
        // …，签约项目总投资96.2亿元: the projects of the event hold no investment of their own.
        "签约项目", "新签约项目",
        // 本次推介会共签约…: the fair named before, as 本届推介会 is.
        "本次推介会", "本次招商会", "本次展会", "本次招聘会",
    ])
    /// Words that say a figure is a year's: 年度计划投资.
    static let annual = Lexicon(words: ["年度", "全年"])
    /// The yuan named as such: a figure written with it is in yuan whatever currency the text named before.
    static let yuanNamed = Lexicon(words: ["人民币"])
    /// Words that stand for the place a document is about, by its level: 全市, 本县, 我省.
    /// The area the document's place governs, at whatever level: `DocumentPlace.resolve`.
    static let jurisdictionWords = ["辖区", "本辖区", "全辖区", "辖区内"]
    static let genericPlaces = [
        "全市", "本市", "我市", "该市", "全区", "本区", "我区", "该区", "全县", "本县", "我县", "该县", "全省", "本省", "我省", "该省", "全镇", "本镇",
        "全旗", "本旗", "我旗",  // a banner (准格尔旗), a county of Inner Mongolia
        "全州", "本州", "我州",  // an autonomous prefecture (黔南州), a city's level
        "全街道", "本街道", "我街道", "该街道",  // a subdistrict (容桂街道), below a district
        "区内", "市内", "县内", "我们区", "我们市", "我们县",
    ]
    /// China's provinces, autonomous regions and municipalities by their short names and their full ones
    /// (`Gazetteer.provinces`): a holder named so is a place.
    static let provinces: [String] = Gazetteer.provinces.flatMap { [$0.key, $0.value] }
    /// Nouns that end an industry, a group of firms or of residents (城镇居民): what produces a figure, so part of the subject.
    static let actors = Lexicon(words: ["产业", "工业", "制造业", "服务业", "行业", "集群", "经济", "企业", "居民"])

    /// Whether a scalar is a Chinese character (CJK Unified Ideographs and Extension A).
    @inline(__always) static func isHan(_ s: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
    }

    /// What before 是 makes it part of a word (但是, 还是, 就是), not the copula.
    /// (投资最大的是某某项目: 的是 says what the name after it is, no subject before it.)
    static let notCopula = ScalarSet("但于还就总也都即正更只而要若凡倒可一二三四五六的".unicodeScalars)

    /// The subject of "X是…" (该公司是国家级专精特新企业 → 该公司), when X is a short noun phrase.
    static func copulaSubject(_ phrase: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard let k = phrase.firstIndex(of: "是"), (2...longestSubject).contains(k), !notCopula.contains(phrase[k - 1]) else { return nil }
        var subject = Array(phrase[..<k])
        strip(&subject)
        return subject.count >= 2 ? subject : nil
    }

    /// Nouns of things counted: a metric ending in one of them (企业 in 家, 用户 in 户) is a count.
    static let countedNouns = Lexicon(words: ["企业", "用户", "基站", "端口", "项目"])

    /// A string of scalars, encoded straight to UTF-8.
    static func text(_ scalars: some Collection<Unicode.Scalar>) -> String {
        String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var n = 0
            for scalar in scalars {
                let v = scalar.value
                switch v {
                case 0..<0x80:
                    buffer[n] = UInt8(v)
                    n += 1
                case 0x80..<0x800:
                    buffer[n] = UInt8(0xC0 | v >> 6)
                    buffer[n + 1] = UInt8(0x80 | v & 0x3F)
                    n += 2
                case 0x800..<0x10000:
                    buffer[n] = UInt8(0xE0 | v >> 12)
                    buffer[n + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[n + 2] = UInt8(0x80 | v & 0x3F)
                    n += 3
                default:
                    buffer[n] = UInt8(0xF0 | v >> 18)
                    buffer[n + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buffer[n + 2] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[n + 3] = UInt8(0x80 | v & 0x3F)
                    n += 4
                }
            }
            return n
        }
    }

    /// Whether the metric counts things (企业 in 家, 用户 in 户): then the counted noun phrase is the metric.
    static func counted(_ metric: [Unicode.Scalar]?, figure: QuantityMention) -> Bool {
        guard let metric, figure.kind == .count else { return false }
        return countedNouns.match(metric, endingAt: metric.count, start: 0) != nil
    }

    /// 全市固定宽带接入 → (全市, 固定宽带接入); 全市新一代信息技术产业 stays whole: an industry is a subject.
    static func splitPlace(_ phrase: [Unicode.Scalar], counted: Bool) -> (subject: [Unicode.Scalar], rest: [Unicode.Scalar]) {
        // (北京某某机器人股份有限公司工业机器人销量: a firm registered under its place's name, not the place.)
        // (台湾伺服器机壳厂联升精密工业股份有限公司合并营收: one it makes things there, named after its place and trade.)
        guard let (_, length) = places.match(phrase, at: 0, end: phrase.count), FactShape.registeredFirmEnd(phrase) == nil, FactShape.firmAfterMaker(phrase) == nil
        else { return (phrase, []) }
        // (北京经济技术开发区入选, 北京经开区: a zone named after its place, not the place.)
        if let n = FactShape.zoneOpening(phrase) {
            return n < phrase.count ? (Array(phrase[..<n]), Array(phrase[trimmed(phrase, n..<phrase.count)])) : (phrase, [])
        }
        let rest = trimmed(phrase, length..<phrase.count)
        let endsWithActor = actors.match(phrase, endingAt: rest.upperBound, start: rest.lowerBound) != nil
        // 我市新能源汽车产业: a named industry holds even what it counts (整车企业8家).
        let namesIndustry = FactShape.industryEnds.match(phrase, endingAt: rest.upperBound, start: rest.lowerBound).map { $0.length < rest.count } == true
        if rest.isEmpty || (!counted && endsWithActor) || namesIndustry {
            // The whole phrase, without what was trimmed between the place and the rest; copied only if trimmed.
            if rest.isEmpty { return (Array(phrase[..<length]), []) }
            return rest.lowerBound == length && rest.upperBound == phrase.count ? (phrase, []) : (Array(phrase[..<length]) + phrase[rest], [])
        }
        return (Array(phrase[..<length]), Array(phrase[rest]))
    }

    /// The phrase without punctuation, and without verbs and fillers at its ends (实现, 累计, 同比 …).
    static func strip(_ t: inout [Unicode.Scalar]) {
        t.removeAll { punctuation.contains($0) }
        let kept = trimmed(t, 0..<t.count)
        if kept.upperBound < t.count { t.removeLast(t.count - kept.upperBound) }
        if kept.lowerBound > 0 { t.removeFirst(kept.lowerBound) }
    }

    /// Whether `range` is a town named by two characters (和平镇, 煤山乡), not a kind of place (城镇, 小城镇, 各乡镇).
    static func isTown(_ t: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        let (a, b, c) = (t[range.lowerBound], t[range.lowerBound + 1], t[range.lowerBound + 2])
        return c == "镇" || c == "乡" ? isHan(a) && isHan(b) && !"城乡村集".unicodeScalars.contains(b) && !kindOpenings.contains(a) : false
    }
    /// What opens a word for a kind of division or for all of them, not a name (各街道, 该镇, 全乡, 每镇).
    static let kindOpenings = ScalarSet("各该本全每".unicodeScalars)

    /// What is left of a comparison (高于, 优于) once its 于 is trimmed.
    static let comparedAlone = ScalarSet("高低优好快慢".unicodeScalars)

    /// Where `part` first occurs in `whole`, if it does (a plain scan: the phrases are short).
    static func index(of part: some Collection<Unicode.Scalar>, in whole: [Unicode.Scalar]) -> Int? {
        guard let first = part.first, part.count <= whole.count else { return part.isEmpty ? 0 : nil }
        for i in 0...(whole.count - part.count) where whole[i] == first && whole[i..<(i + part.count)].elementsEqual(part) { return i }
        return nil
    }

    /// Where a day written without its month (9日, 28日晚) ends, when one opens the words at `i`.
    static func dayOfMonth(_ t: [Unicode.Scalar], at i: Int, end: Int) -> Int? {
        var k = i
        while k < end, k - i < 2, ChineseNumeral.arabic(t[k]) != nil { k += 1 }
        guard k > i, k < end, t[k] == "日", i == 0 || ChineseNumeral.arabic(t[i - 1]) == nil && t[i - 1] != "月" else { return nil }
        return k + 1 < end && (t[k + 1] == "晚" || t[k + 1] == "早") ? k + 2 : k + 1
    }

    /// `range` without the verbs, fillers and list marks at its ends.
    static func trimmed(_ t: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var low = range.lowerBound, high = range.upperBound
        let trimmable = trimmable, notFillers = notFillers, modals = modals  // each static read once, not at every step
        var changed = true
        while changed && low < high {
            changed = false
            if let (_, n) = trailingFillers.match(t, endingAt: high, start: low) ?? trimmable.match(t, endingAt: high, start: low),
                notTrailingFillers.match(t, endingAt: high, start: low) == nil
            {
                high -= n
                changed = true
                // (全市要确保|全年, 全街道要确保…: after a place's level, a subdistrict's 街道 too; 外需, 供应 and 主要 are words.)
                if let (_, m) = modals.match(t, endingAt: high, start: low), high - m > low,
                    DocumentPlace.level(of: t[high - m - 1]) != nil || high - m - 2 >= low && t[high - m - 2] == "街" && t[high - m - 1] == "道"
                {
                    high -= m
                }
            }
            // (大陸蘇州工業園區, in Taiwan's press: the place; 大陆5G相关营收 keeps 大陆, and so does a plant, 大陸昆山廠.)
            if high - low > 4, t[low] == "大", t[low + 1] == "陆", let (_, n) = Gazetteer.match(t, at: low + 2, end: high),
                low + 2 + n == high || DocumentPlace.zoneEnds.match(t, at: low + 2 + n, end: high) != nil  // (not 大陸昆山廠, 大陸上海市場)
            {
                low += 2
                changed = true
            }
            // (达孜区, 达州市, 和平镇: a place's name that opens with a filler's character keeps it.)
            if let (_, n) = trimmable.match(t, at: low, end: high), notFillers.match(t, at: low, end: high) == nil, Gazetteer.match(t, at: low, end: high) == nil,
                high - low != 3 || !isTown(t, low..<high)
            {
                low += n
                changed = true
            }
            // 全市要确保全年…: what must be done before a filler (要确保, 需力争) is trimmed with it, at either end (要素 is a
            // word).
            if let (_, m) = modals.match(t, at: low, end: high), trimmable.match(t, at: low + m, end: high) != nil {
                low += m
                changed = true
            }
            // 居民消费价格比上年: the 比 of a comparison whose period was taken out (not 占比).
            if high - low > 2, t[high - 1] == "比" || t[high - 1] == "较", t[high - 2] != "占" {
                high -= 1
                changed = true
            }
            // (9日公布: a day of the month the text is dated in, written without it, before what happened on it.)
            if let day = dayOfMonth(t, at: low, end: high), day == high || trimmable.match(t, at: day, end: high) != nil {
                low = day
                changed = true
            }
            // (高于去年同期的18.2%: a comparison's word alone, its period taken out, measures nothing.)
            if high - low == 1, comparedAlone.contains(t[low]) {
                low = high
                changed = true
            }
            // A 、 left at either end joined a list the phrase is not.
            while low < high, t[low] == "、" { low += 1; changed = true }
            while low < high, t[high - 1] == "、" { high -= 1; changed = true }
        }
        return low..<high
    }
}

extension Array {
    /// nil for an empty array.
    var nilIfEmpty: Self? { isEmpty ? nil : self }
}
