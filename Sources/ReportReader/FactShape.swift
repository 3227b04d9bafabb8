import ZhizaoCore
/// How the words around a figure become what its fact says (docs/FACTS.md): the phrase before it split into a
/// holder and the words of the measure, whether it is a level, change, share, target or forecast, and what it is
/// compared with. Pure functions over scalars.
enum FactShape {
    /// Groups of firms and aggregates that belong to the measure, not the holder: 规模以上工业, 民营企业.
    static let groups = Lexicon(words: [
        "规模以上", "规上", "限额以上", "限上", "民营", "国有", "股份制", "私营", "集体", "外商投资", "外资", "港澳台", "高新技术企业", "专精特新", "中小企业", "小微企业",
        "上市公司", "A股", "H股", "港股", "科技型中小企业", "上云企业", "工业企业", "国家级", "省级", "市级", "区级", "省级以上", "市级以上", "单位", "每万人", "人均",
        "居民", "城镇居民", "农村居民", "城乡居民", "全体居民", "常住居民", "城镇常住居民", "农村常住居民",
    ])
    /// A measure of industry as a whole without the group it is of (规模以上工业增加值 → 增加值, 规上工业营业收入 →
    /// 营业收入): what an industry of the group measures.
    static func withoutIndustryGroup(_ m: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard let (_, n) = industryGroups.match(m, at: 0, end: m.count), n < m.count else { return m }
        return Array(m.dropFirst(n))
    }
    static let industryGroups = Lexicon(words: ["规模以上工业", "规上工业", "全部工业", "工业"])
    /// Measures of products: a list's items before one are products (手机、平板电脑和智能手表产量), not holders.
    static let productMeasures = Lexicon(words: ["产量", "销量", "出口", "进口", "出货量", "出口额", "销售量", "产能", "年产能"])
    /// Measures of what is made or sold, not traded: a series of them is a series of products (服务出口 and 投资 are
    /// no products of one series).
    static let madeMeasures = Lexicon(words: ["产量", "销量", "出货量", "销售量", "产能", "年产能"])
    /// Words of goods shipped, traded, kept or used, not made: no product's output (煤炭外运, 冰箱库存, 推广应用).
    static let notOutput = Lexicon(words: ["库存", "存量", "推广", "应用", "外运", "运输", "消费", "使用", "出口", "进口", "销售", "发送", "调出", "调入", "保有"])
    /// 产量, the quantity a list of products' output measures.
    static let output = Array("产量".unicodeScalars)
    /// Generic names of a firm or a project, resolved to the one the text named: 公司 in a firm's annual report.
    static let genericFirms = Lexicon(words: genericFirmWords)
    static let genericProjects = Lexicon(words: genericProjectWords)
    static let genericParks = Lexicon(words: genericParkWords)
    static let genericClusters = Lexicon(words: genericClusterWords)
    static let genericFirmWords = ["公司", "该公司", "本公司", "集团", "该集团", "本集团", "企业", "该企业"]
    /// The words for the firm the text speaks of that a product's name may follow (公司挖掘机配套液压油缸), and for its
    /// products (主导产品小型潜水电泵: the firm named before holds the product's figures).
    static let firmPronouns = Lexicon(words: ["公司", "该公司", "本公司", "主导产品", "主营产品", "核心产品", "拳头产品"])
    static let genericProjectWords = ["项目", "该项目", "本项目", "此项目"]
    static let genericParkWords = ["园区", "该园区", "本园区", "产业园", "该产业园", "科创园", "该科创园", "基地", "该基地", "工厂", "该工厂", "新工厂", "该生产线", "港区", "该港", "该机场", "新区"]
    /// The words for a park, which stand for a park or a zone, never a plant: 园区, 该产业园.
    static let parkWords = Lexicon(words: ["园区", "该园区", "本园区", "产业园", "该产业园", "科创园", "该科创园"])
    static let genericClusterWords = ["集群", "该集群", "该产业集群", "集群内"]
    /// Words opening a sentence that speak of the day the sentence before opened with: what was done at the meeting or
    /// fair named there (会上，27家企业受表彰), held by no event, or on a listing's first day (上市首日) or that day (当天).
    static let onThatDay = Lexicon(words: ["会上", "会议上", "大会上", "活动上", "仪式上", "上市首日", "首日", "当日", "当天"])
    /// A fair's generic names (本届博览会), resolved to the fair the text named.
    static let genericEvents = Lexicon(words: [
        "本届博览会", "本届展会", "本次展会", "本届展览会", "本届交易会", "该展会", "本届", "本次招聘会", "招聘会", "本届推介会", "本次推介会", "本届招商会", "本次招商会",
        "推介会", "博览会", "展会", "洽谈会", "招商会", "交易会", "展览会", "本届大会", "本次大会", "本届论坛", "本次论坛", "本届洽谈会", "本次洽谈会", "本届峰会", "本次峰会", "大会",
    ])
    /// A phrase without the 期间 it ends with (推介会期间: the fair).
    static func withoutDuring(_ words: [Unicode.Scalar]) -> [Unicode.Scalar] {
        words.count > 2 && words.suffix(2).elementsEqual("期间".unicodeScalars) ? Array(words.dropLast(2)) : words
    }
    /// How a fair's name ends: 第八届中国（成都）国际智能制造博览会.
    static let eventEnds = Lexicon(words: [
        "博览会", "展览会", "交易会", "洽谈会", "展销会", "文博会", "进博会", "广交会", "高交会", "服贸会", "工博会", "招聘会", "推介会", "招商会", "大会", "峰会", "论坛",
    ])

    /// The fair a phrase names first, from its start to its name's end (第八届…博览会在成都举办), if it names one.
    static func eventName(in phrase: [Unicode.Scalar]) -> Range<Int>? {
        // (…在博览会期间同步举办…推介会: the fair's time is when, not the event named.)
        guard var k = phrase.indices.dropFirst(3).first(where: {
            eventEnds.match(phrase, endingAt: $0 + 1, start: 0) != nil && !(phrase[($0 + 1)...].starts(with: "期间".unicodeScalars))
        }) else { return nil }
        // (…发展大会暨产业链招商推介会: one event, named by both.)
        if k + 2 < phrase.count, phrase[k + 1] == "暨", let joined = (k + 3..<phrase.count).first(where: { eventEnds.match(phrase, endingAt: $0 + 1, start: k + 2) != nil }) {
            k = joined
        }
        var name = Self.name(endingAt: k + 1, in: phrase)
        // (某某装备股份有限公司在第五届…博览会上签约: a fair named with its edition after 在 starts at it.)
        if let edition = (name.lowerBound..<k).dropFirst().first(where: { isEdition(phrase, at: $0) }), phrase[edition - 1] == "在" || phrase[edition - 1] == "于" {
            name = edition..<name.upperBound
        }
        // (肥西县在上海举办…招商推介会: a meeting a place holds is the place's; one named with its edition, 第三届…推介会, a fair.)
        // (…大会, …峰会: a meeting of any kind, a fair only when named with its edition, 第六届…大会.)
        // (合肥市…招聘会在…举行: a job fair named as the one held is a fair; 平江县在…举办…招聘会, the place's meeting.)
        if promotions.match(phrase, endingAt: k + 1, start: name.lowerBound) != nil || meetings.match(phrase, endingAt: k + 1, start: name.lowerBound) != nil,
            !phrase[name].contains("届"), jobFairs.match(phrase, endingAt: k + 1, start: name.lowerBound) == nil || holdings.occurs(in: phrase, name)
        {
            return nil
        }
        // (第十四届全国人民代表大会, 股东大会: a body's sitting, no fair.)
        if assemblies.match(phrase, endingAt: k + 1, start: name.lowerBound) != nil { return nil }
        return name.count > 3 && !genericEvents.matchesWhole(Array(phrase[name])) ? name : nil
    }
    /// Whether an edition is written at `i` (第五届, 第12届).
    static func isEdition(_ t: [Unicode.Scalar], at i: Int) -> Bool {
        guard t[i] == "第" else { return false }
        var k = i + 1
        while k < t.count, k - i <= 4, ChineseNumeral.isNumeral(t[k]) { k += 1 }
        return k > i + 1 && k < t.count && t[k] == "届"
    }
    /// Meetings of any kind (动员大会, 发展大会): a fair only when named with its edition.
    static let meetings = Lexicon(words: ["大会", "峰会", "论坛"])
    /// Sittings of a body, held under an edition too (第十四届…人民代表大会), that are no fairs.
    static let assemblies = Lexicon(words: ["代表大会", "股东大会", "职工大会", "代表会议", "委员会会议"])
    /// Meetings that promote a place to investors, or its jobs (招聘会): a fair only when named with its edition.
    static let promotions = Lexicon(words: ["推介会", "招商会", "招聘会"])
    /// A job fair, a place's when the place holds it (某县在…举办…招聘会).
    static let jobFairs = Lexicon(words: ["招聘会"])
    /// Verbs of holding a meeting: 某市在上海举办…推介会.
    static let holdings = Lexicon(words: ["举办", "召开", "举行"])
    /// Meetings at which a place signs or starts its projects, its own when it holds them (某开发区…集中签约活动举行).
    static let placeMeetings = Lexicon(words: [
        "推介会", "招商会", "招聘会", "签约活动", "签约仪式", "开工活动", "开工仪式", "竣工仪式", "投产仪式", "竣工活动", "投产活动", "开竣工活动",
        "交付仪式", "交付活动", "动工活动", "动工仪式",
    ])
    /// Whether `words` name, from `start`, a meeting a place holds for its projects: one of `placeMeetings`, or any 活动
    /// after 项目 (衢州市…重大项目“三个一批”活动在…举行).
    static func namesMeeting(_ words: [Unicode.Scalar], from start: Int) -> Bool {
        if placeMeetings.occurs(in: words, start..<words.count) { return true }
        let rest = Array(words[start...])
        guard let k = Words.index(of: "项目".unicodeScalars, in: rest) else { return false }
        return Words.index(of: "活动".unicodeScalars, in: Array(rest[(k + 2)...])) != nil
    }
    /// Words opening a sentence that stand for the meeting the sentence before held (…签约仪式举行。现场签约项目12个).
    static let meetingPointers = Lexicon(words: ["现场", "活动现场", "仪式现场", "此次", "本次", "此次活动", "本次活动", "会上", "仪式上", "活动中"])
    /// Those of them that say this meeting (此次, 本次): they stand for it a sentence further back than 现场 does.
    static let thisMeeting = Lexicon(words: ["此次", "本次"])
    /// Scalars a name noted for later (a firm's, a project's, a park's) or a speaker's verb ends with: a clause with none
    /// names nothing (`FactReader.noteNames`).
    static let nameMarks: ScalarSet = {
        var marks = firmNameEnds.lasts
        for words in [genericProjects.lasts, parkNameEnds.lasts, speech.lasts, eventEnds.lasts] { marks.formUnion(words) }
        return marks
    }()
    /// Officers who speak for a place, a zone or a firm (高新区负责人, 市工信局相关负责人, 某某科技董事长).
    static let officers = Lexicon(words: officerWords)
    static let officerWords = ["负责人", "相关负责人", "主要负责人", "主任", "局长", "区长", "市长", "县长", "书记", "总经理", "董事长", "总裁", "财务长", "执行长"]
    /// Who speaks in an interview, as a line's label (区长：, 问：, 记者：): no holder of what follows.
    static let interviewLabels = Lexicon(
        words: officerWords + ["问", "答", "记者", "主持人", "镇长", "省长", "董事长", "总经理", "厅长", "部长", "院长", "总裁", "总监", "处长", "会长", "秘书长"])

    /// Where a line's interview label (新都区区长：) ends, after its colon, if the line at `start` opens with one; the name
    /// of whom the title says is interviewed is one too (——访株洲高新区管委会主任张卫东 … 张卫东：).
    static func interviewLabelEnd(_ s: [Unicode.Scalar], at start: Int, end: Int) -> Int? {
        guard start == 0 || s[start - 1] == "\n" else { return nil }
        var k = start
        while k < min(end, start + 12), Words.isHan(s[k]) { k += 1 }
        guard k > start, k < end, s[k] == "：" || s[k] == ":" else { return nil }
        return interviewLabels.match(s, endingAt: k, start: start) != nil || isInterviewee(s, start..<k) ? k + 1 : nil
    }

    /// Where an investor's question label (问题1：, 问：, Q2：) opening the words at `start` ends, after its colon.
    static func questionLabelEnd(_ s: [Unicode.Scalar], at start: Int, end: Int) -> Int? {
        guard let (_, n) = questionLabels.match(s, at: start, end: end) else { return nil }
        let k = ChineseNumeral.runEnd(s, from: start + n, before: end)
        return k < end && (s[k] == "：" || s[k] == ":") ? k + 1 : nil
    }
    static let questionLabels = Lexicon(words: ["问题", "问", "提问", "Q"])

    /// Whether a name of two to four characters is written in the document's head right after an officer's title
    /// (主任张卫东).
    static func isInterviewee(_ s: [Unicode.Scalar], _ name: Range<Int>) -> Bool {
        guard (2...4).contains(name.count) else { return false }
        let head = min(s.count, 200)
        var i = 0
        while i + name.count <= head {
            if s[i..<(i + name.count)].elementsEqual(s[name]), i < name.lowerBound, interviewLabels.match(s, endingAt: i, start: 0) != nil { return true }
            i += 1
        }
        return false
    }

    /// Whether words before an officer's title may name the firm the officer speaks for: no place, no office (局, 委), no
    /// project or park by its generic word (项目负责人, 园区负责人).
    static func mayNameFirm(_ name: [Unicode.Scalar]) -> Bool {
        name.count >= 2 && placeLength(name) == nil && Words.places.match(name, at: 0, end: name.count) == nil && !genericHolders.matchesWhole(name)
            && !offices.contains(name[name.count - 1])
    }
    /// Words opening a title that say someone is interviewed: 对话, 专访, 访谈.
    static let interviews = Lexicon(words: ["对话", "专访", "访谈"])
    /// A firm's officers, after whose firm's name a person's is written (拓远动力董事长李峰).
    static let firmOfficers = Lexicon(words: ["董事长", "总经理", "总裁", "首席执行官", "副总经理", "董事会秘书", "联席", "负责人", "相关负责人", "主要负责人", "经理", "人力资源部经理", "人力资源部负责人",
        "主席", "财务长", "财务总监", "首席财务官", "执行董事", "副总裁", "董事", "厂长"])  // (集团主席某某于业绩会上, 某某科技财务长某某表示)  // (联席首席执行官)
    /// The name of the person after a firm's officer's title (某某重汽总经理白建军 → 白建军): two to four characters.
    static func officerName(_ words: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard let k = words.indices.dropFirst(2).last(where: { firmOfficers.match(words, at: $0, end: words.count) != nil }),
            let (_, n) = firmOfficers.match(words, at: k, end: words.count), case let name = words[(k + n)...], (2...4).contains(name.count),
            name.allSatisfy(Words.isHan)
        else { return nil }
        return Array(name)
    }
    /// Verbs of speaking: the one who speaks (卓凯光电表示) holds what it says.
    static let speech = Lexicon(words: speechWords)
    static let speechWords = ["表示", "称", "介绍", "透露", "宣布", "公告称", "预告称", "指出", "解释称", "回应称", "坦言", "直言"]
    /// Verbs of speaking after a closing quote (“…”某某总经理李某说): 说 too, which elsewhere is no verb of a speaker's
    /// (对某某来说, 可以说).
    static let quoteSpeech = Lexicon(words: speechWords + ["说", "笑着说", "告诉记者"])
    /// A firm's board, which speaks for it (董事会欣然宣布).
    static let boards = Lexicon(words: ["董事会", "本公司董事会", "公司董事会"])
    /// How a board is glad or sorry to say a thing: 欣然, 谨此.
    static let manners = Lexicon(words: ["欣然", "谨此", "宣布", "遗憾"])
    /// How the name of a speaker who is no firm ends: a person, an office, an association.
    static let speakers = Lexicon(words: ["人", "者", "员", "长", "师", "家", "士", "会", "局", "部", "委", "办", "厅", "院", "处", "所", "中心", "机构"])
    /// Every generic name of a firm, project, park or cluster that may stand before a measure (该项目占地), but for the
    /// bare words that there name a kind of thing (企业利润, 集群企业, 基地建设); and those that do so only before
    /// some measures (项目投资), standing for the one named when a demonstrative is written (该项目).
    static let genericHolders = Lexicon(
        words: (genericFirmWords + genericProjectWords + genericParkWords + genericClusterWords).filter { !["企业", "基地"].contains($0) })
    static let bareGenericKinds: Set<String> = ["项目", "集团"]
    /// What a firm that makes for others is (晶圆代工厂): no plant, though it ends as one does.
    static let foundries = Lexicon(words: ["代工厂", "代工工厂"])
    /// How the name of a park, a base or a cluster ends: 湾区智造产业园, 石峰区轨道交通装备产业集群.
    static let parkNameEnds = Lexicon(
        words: ["产业园", "科技园", "工业园", "科创园", "创业园", "软件园", "物流园", "智造园", "制造园", "创新园", "双创园", "电商园", "总部园", "园区", "产业集群", "集群", "基地", "开发区", "高新区", "经开区", "合作区", "新区", "工厂"] + hubKindWords)
    /// The kinds of zone a zone's full name ends with, which written alone stand for the one the text named (高新区
    /// after 襄阳高新区).
    static let zoneKinds = Lexicon(words: ["高新区", "开发区", "经开区", "合作区", "新区", "投资区"])
    /// What after 内 makes a word of it (内资, 内需, 内贸, 内河, 内销, 内燃, 内存, 内衣, 内饰, 内蒙古): no 内 of where (园区内循环经济
    /// 产业, 园区内科技型中小企业 and 高新区内核心企业 say where).
    static let innerWords = ScalarSet("资需贸河销燃陆地部外存窥衣饰蒙置嵌容涵胎".unicodeScalars)
    /// 1 when `phrase` writes at `n`, after a place, the 内 that says where (园区内光伏产业, 合作区内澳资工业企业), no part of
    /// what follows; else 0 (全市内资企业 keeps it).
    static func withinLength(_ phrase: [Unicode.Scalar], at n: Int) -> Int {
        n < phrase.count && phrase[n] == "内" && (n + 1 == phrase.count || !innerWords.contains(phrase[n + 1])) ? 1 : 0
    }
    /// Zones' kinds by family, written in full or short: a 经开区 is a 经济技术开发区.
    static let zoneFamilies = Lexicon<String>([
        ("经济技术开发区", "经开"), ("经济开发区", "经开"), ("经开区", "经开"), ("开区", "经开"), ("高新技术产业开发区", "高新"), ("高新技术开发区", "高新"),
        ("高技术产业开发区", "高新"), ("新技术开发区", "高新"), ("新技术产业开发区", "高新"),
        ("高新区", "高新"), ("开发区", "开发"), ("新区", "新区"), ("综合保税区", "保税"), ("保税区", "保税"), ("综保区", "保税"),
        ("投资区", "投资"),
    ])

    /// Whether `words` stand for the zone named `zone`: its kind alone, written in full or short (开发区, 经开区 or 新区
    /// for 芜湖经济技术开发区, 宜宾三江新区). A name of its own (三江新区, 合肥经开区) is kept as written.
    static func standsForZone(_ words: [Unicode.Scalar], _ zone: [Unicode.Scalar]) -> Bool {
        guard words.count < zone.count, let (kind, n) = zoneFamilies.match(words, endingAt: words.count, start: 0), n == words.count,
            let (zoneKind, _) = zoneFamilies.match(zone, endingAt: zone.count, start: 0)
        else { return false }
        return sameFamily(written: kind, named: zoneKind)
    }

    /// Whether a zone written of family `written` may be one named of family `named`: the same, or 开发区 for a 经开区
    /// (青岭开发区 for 青岭经济技术开发区; a 高新区 is never one).
    static func sameFamily(written: String, named: String) -> Bool {
        written == named || written == "开发" && named == "经开"
    }

    /// The kinds of hub a port's, an airport's or a rail hub's name ends with, which written alone stand for the one the
    /// text named, as a zone's kind does (铁路港 after 成都国际铁路港).
    static let hubKinds = Lexicon(words: hubKindWords)
    static let hubKindWords = ["铁路港", "国际陆港区", "陆港区", "国际陆港", "陆港", "空港", "港口", "机场", "枢纽"]
    /// Words after which a park's name is over: 位于, 是, 运营情况报告.
    static let parkNameStops = Lexicon(words: [
        "位于", "地处", "坐落", "是", "为", "在", "已", "将", "的", "共", "现有", "现已", "运营", "情况", "报告", "概况", "简介", "发展", "建设", "召开",
        "举行", "实现", "入驻", "规划", "总体", "工作", "关于",  // (…开发区管理委员会关于…园区经济运行情况的通报: the issuer's zone)
    ])
    /// What a heading that names a measure ends with: a measure word, or a flow measured in money (工业投资, 出口).
    static let headingMeasureEnds = Lexicon(words: Words.measures + ["投资", "资金", "外资", "进出口", "出口", "进口", "项目数", "企业数", "公司数", "基站数", "用户数", "户数", "人数", "数量"])

    /// The measure a numbered heading's words name (规上工业增加值增速 → 规上工业增加值, and its rates alone; 规上工业营业收入及增速
    /// → its amounts and rates), nil for a heading of no measure (总体运行情况, 主要预期目标).
    static func headingMeasure(_ words: [Unicode.Scalar]) -> (measure: [Unicode.Scalar], rates: Bool)? {
        var words = words, rates = false
        if let (_, n) = Words.growthRateWords.match(words, endingAt: words.count, start: 0) ?? growthWord.match(words, endingAt: words.count, start: 0) {
            words.removeLast(n)
            rates = true
            if let last = words.last, Words.listSeparators.contains(last) { (rates, words) = (false, words.dropLast()) }
        }
        // (设区市规上工业增加值增速: the divisions its rows are, no part of the measure.)
        // (高新区各专业园区营业收入: the zone whose divisions they are, written before them, too.)
        let zone = zoneKinds.match(words, at: 0, end: words.count)?.length ?? 0
        var least = 3  // (a heading of two characters is a word, no measure; 分区县投资 names 投资)
        if let (_, n) = divisionKinds.match(words, at: zone, end: words.count), zone + n < words.count { (words, least) = (Array(words[(zone + n)...]), 2) }
        // (各镇（街道）、园区新增规上工业企业数, read after its brackets: the other kinds of rows listed after it, too.)
        while words.count > 3, words[0] == "、", let (_, m) = moreDivisions.match(words, at: 1, end: words.count), m + 1 < words.count {
            (words, least) = (Array(words[(m + 1)...]), 2)
        }
        guard words.count >= least, words.count <= Words.longestSubject, let (_, end) = headingMeasureEnds.match(words, endingAt: words.count, start: 0) else { return nil }
        // (重点项目完成投资: what was done is the measure, as in a sentence, 重点项目投资.)
        // (各区县完成投资: the verb opening it too, once the division is aside.)
        if let (_, n) = headingVerbs.match(words, endingAt: words.count - end, start: 0), words.count - end - n >= 0 { words.removeSubrange((words.count - end - n)..<(words.count - end)) }
        return (words, rates)
    }
    /// Verbs a heading writes before its measure word: 完成, 实现 (重点项目完成投资, 规上工业实现营业收入).
    static let headingVerbs = Lexicon(words: ["完成", "实现"])
    /// The kinds of division a table's rows are, as a heading names them (设区市, 各县市区 for 各县（市、区）).
    static let divisionKinds = Lexicon(words: [
        "设区市", "各设区市", "各县市区", "各县区", "各区县", "各市", "各区", "各县", "各市县", "县市区", "分县区", "市州", "各市州", "主要市州", "主要城市", "各地市", "分区县", "分县市", "各县市",
        "省辖市", "各省辖市", "各旗区", "各旗县区", "各盟市", "分县市区", "分旗区",
        "重点地区", "各重点地区", "各园区", "分园区", "各镇街", "各乡镇", "各镇", "各街道", "重点镇街", "各产业园区", "各专业园区", "各工业园区", "各开发区",
        "各产业园", "各区镇", "各镇区", "各镇（街道）", "各乡镇（街道）",
    ])
    /// Kinds of rows listed after a division's kind in a heading (各镇（街道）、园区).
    static let moreDivisions = Lexicon(words: ["园区", "平台", "开发区", "街道", "镇街", "功能区"])
    /// A heading's growth words that are no growth-rate measure word (规上工业增加值增长).
    static let growthWord = Lexicon(words: ["增长", "增长情况"])

    /// Flows of goods a count of things measures as a quantity (汽车出口 → 汽车出口量).
    static let tradeFlows = Lexicon(words: ["出口", "进口", "销售", "交付", "出货", "零售", "批发"])
    /// Verbs of carrying that open a measure of goods carried (发送货物, 到达集装箱): a quantity, 量.
    static let shipments = Lexicon(words: ["发送", "到达", "运送", "装卸"])
    /// Trade flows a size may follow (进出口值, 出口量).
    static let tradeSizes = Lexicon(words: ["出口", "进口", "进出口"])
    /// Count units that count no goods: 出口到40多个国家 is no quantity exported.
    static let unitsOfThings: Set<String> = ["个", "家", "项", "人", "所", "座", "位", "条", "批", "次", "户", "名", "宗"]
    /// What of the things just counted a bare figure after them measures (供应工业用地168宗、面积7850亩; 签约项目31个，金额…).
    static let attributesOfCounted = Lexicon(words: ["面积", "总面积", "用地面积", "金额", "总金额"])
    /// The firm whose account a share's whole is, written between 占 and the account's year (占公司2024年营业收入的).
    static let genericWholes = Lexicon(words: ["公司", "本公司", "该公司", "集团", "本集团"])
    /// How a firm's registered name ends.
    static let firmNameEnds = Lexicon(words: ["股份有限公司", "有限公司", "有限责任公司", "公司", "集团"])
    /// What opens the name of a kind of plant or park a list honours (绿色工厂, 智能制造示范工厂, 省级绿色工业园区), and
    /// how it ends.
    static let honourKinds = Lexicon(words: ["绿色", "智能", "数字化", "智慧", "示范", "灯塔", "零碳", "低碳", "省级", "国家级", "市级", "标杆"])
    static let honouredEnds = Lexicon(words: ["工厂", "园区", "车间"])
    /// A place's zones or parks taken together, after its generic word (全省开发区, 全区工业园区).
    static let parkClasses = Lexicon(words: ["开发区", "工业园区", "产业园区", "园区"])
    /// How the name of something a figure can belong to ends: an industry, a firm, a park, a project.
    static let holderEnds = Lexicon(words: [
        "产业", "制造业", "行业", "产业集群", "集群", "服务业", "公司", "集团", "项目", "园区", "产业园", "科技园", "工业园", "科创园", "创业园", "软件园", "物流园", "基地", "开发区", "新区",
        "工厂", "新厂", "厂区", "板块", "景区", "博览会", "展会", "展览会", "交易会", "招聘会", "推介会", "招商会", "港", "港口", "枢纽", "机场", "高新区", "经开区", "自贸区", "片区", "知识城", "科学城", "股份", "汽车城", "科技城", "产业城", "新城", "示范区", "试验区",
    ])
    /// Where a firm's plant named after the firm's name ends (锂源新材曲靖基地 after 锂源新材), if one is and words follow it.
    static func plantEnd(_ body: [Unicode.Scalar], after name: Int) -> Int? {
        body.count > name + 2 ? (name + 2..<min(body.count, name + 9)).last(where: { plantEnds.match(body, endingAt: $0, start: name) != nil }) : nil
    }
    /// How a firm's plant is named after the firm: 锂源新材曲靖基地.
    /// A firm's sites, named after their place: 宜宾基地, 常州工厂.
    static let firmSites = Lexicon(words: ["基地", "生产基地", "工厂", "新厂", "厂区", "分厂"])
    static let plantEnds = Lexicon(words: ["基地", "工厂", "新厂", "厂区", "厂房", "产业园", "生产线"])
    /// Whether a name is a plant's (某某电驱动系统工厂, 某某储能基地), not a park's (某某产业园, 某某食品产业基地).
    static func isPlant(_ name: [Unicode.Scalar]) -> Bool {
        plantEnds.match(name, endingAt: name.count, start: 0) != nil && !parkEnds.occurs(in: name, max(0, name.count - 4)..<name.count)
    }
    /// How a park's name ends, though a plant's word ends it: 产业园, 产业基地.
    static let parkEnds = Lexicon(words: ["产业园", "产业基地"])
    /// What opens an average per firm, head or mu: 户均, 人均, 亩均.
    static let averages = Lexicon(words: ["户均", "人均", "亩均"])
    /// Verbs of drawing up standards, in no holder's name: 制定, 起草.
    static let draftings = Lexicon(words: ["制定", "起草", "制修订"])
    /// Words of a place's own stock of projects, no part of an event's: 储备, 在建, 累计.
    static let stockOpenings = Lexicon(words: ["储备", "在建", "累计", "续建", "共有"])
    /// How an industry's name ends: its figures are the industry's, its place holds for the figures after it.
    static let industryEnds = Lexicon(words: ["产业", "制造业", "行业", "产业集群", "集群", "服务业", "板块"])
    /// What opens words ending in 产业 that name no one industry: a class (主导产业, 重大产业) or what is done (实施…产业).
    static let industryClassOpenings = Lexicon(words: ["重大", "主导", "首位", "重点", "支柱", "优势", "特色", "新兴", "实施", "坚持", "推动", "发展"])
    /// A firm or project named by a demonstrative or a description: 该公司, 这家企业, 广州黄埔某新材料企业.
    static let firmNouns = Lexicon(words: ["企业", "公司", "集团", "项目", "工厂"])
    /// Words in a holder after which the rest is a verb or an adverb: 广州再添, 花都不断, 这座千年商都已拥.
    static let holderBreaks = Lexicon(words: [
        "再", "已", "不断", "又", "还", "将", "仍",
        // (正 as “now doing”, not 正极材料 of a project's name)
        "正在", "正加快", "正加速", "正积极", "正全力", "正抓紧", "正着力", "正大力", "正推进", "正稳步", "正逐步", "正处于", "正迎来", "正朝着", "正成为", "正从", "持续", "稳步", "全力", "积极", "大力", "继续", "首次", "共", "现有", "经济社会发展", "主要", "由",
        "股票代号", "股票代码", "证券代码", "股份代号", "股份代码",  // 联晶科技（股票代號：3521）
        "发布", "公布", "披露", "举行", "举办", "召开", "作为", "入选", "在", "印发", "计划", "成立",
    ] + doingWords)
    /// What a holder does (襄阳高新区坚持“项目为王”): no part of its name, and a clause that opens with it names no one
    /// (紧盯全年任务不松劲).
    static let doings = Lexicon(words: doingWords)
    static let doingWords = ["坚持", "聚焦", "围绕", "着力", "扎实", "加快", "深入", "紧盯", "抢抓", "立足", "设在", "已经", "总结", "回顾", "部署", "盘点", "谋划", "深化", "通报"]
    /// Phrases that are times or comparisons, never holders.
    static let notHolders = Lexicon(words: [
        "现在", "目前", "当前", "今年以来", "年初以来", "近年来", "近年", "同期", "本报告期", "报告期", "上年同期", "下一步", "下步", "高于", "低于", "快于", "慢于", "比", "较", "与", "打造", "推动", "实现",
        "记者", "据", "从", "主要", "预期", "展望", "政府", "作为", "考虑", "实质", "名义", "单个", "每个", "其中", "按照", "根据", "随着", "通过", "依托", "对照", "确定", "下达", "印发", "关于",
        // What must be done is no one (要全力冲刺全年目标, `Words.modalWords`); nor is what is proposed: 建议今年全省…的主要预期目标是.
        "全力", "确保", "力争", "争取", "努力", "建议",
        // A quarter or month set apart is a time: 第二季度单季营收.
        "单季", "单月", "当季", "当月",
        // A filing's notices: 重要内容提示：….
        "重要内容提示", "重要提示", "特别提示", "风险提示",
        // A table's head (指标⇥2024年⇥同比增长), what one looks at (单看第二季度), a list's rule (榜单按照…) and a heading (前景展望).
        "指标", "单看", "单从", "仅看", "榜单", "前景", "提出", "进入",
        // What a meeting said (会议提出2023年全省…主要预期目标：…): the place it speaks of holds, not the meeting (会议服务业 does).
        "会议提出", "会议指出", "会议强调", "会议要求", "会议明确", "会议确定", "会议认为", "会议部署",
        // What a board says results grew by (业绩增长主要由于：…).
        "业绩",
    ] + Words.modalWords)
    /// Kinds of things, too general to hold a figure alone: 产业项目53个, 总投资43.3亿元.
    static let bareKinds = Lexicon(words: ["产业", "行业", "工业", "企业", "经济", "集群", "产业集群"])
    /// Names of designations: a phrase with one names a kind of firm counted (制造业单项冠军企业), not a holder.
    static let designations = Lexicon(words: ["单项冠军", "小巨人", "链主", "隐形冠军", "专精特新", "瞪羚", "独角兽", "高新技术企业"])
    /// Industries named with 工业 (a kind of 工业 is one): 农副食品加工业, 石油化工业.
    static let industriesOfWork = Lexicon(words: ["加工业", "化工业", "轻工业", "重工业", "军工业"])
    /// Words ending in 业 that are no industry: 企业, 就业.
    static let notIndustries = Lexicon(words: ["企业", "就业", "创业", "专业", "毕业", "作业", "营业", "事业", "物业", "工业"])
    /// Whether a holder is an industry: one named by its kind (汽车产业, 装备制造业) or of the classification
    /// (黑色金属冶炼和压延加工业, 农副食品加工业), not 企业 or 工业 alone.
    static func isIndustry(_ h: [Unicode.Scalar]) -> Bool {
        industryEnds.match(h, endingAt: h.count, start: 0) != nil || h.count >= 4 && h.last == "业"
            && (notIndustries.match(h, endingAt: h.count, start: 0) == nil || classEnds.match(h, endingAt: h.count, start: 0) != nil)
    }
    /// How the classification's industries end where 工业 alone would say no industry: 压延加工业, 农副食品加工业.
    static let classEnds = Lexicon(words: ["加工业"])
    /// How the name of an office ends: 统计局, 工信部 give figures, they do not hold them.
    static let offices = ScalarSet("局部委办厅署院处".unicodeScalars)
    /// A byline's words: 滁州日报讯（记者 周某某） names who wrote, not who holds.
    static let bylines = Lexicon(words: ["记者", "通讯员", "日报讯", "晚报讯", "网讯", "报讯", "本报讯"])
    // 【记者林某／台北报导】; 中国江苏网7月15日讯, a byline with the day it was filed.
    static let newsBylines = Lexicon(words: ["日报讯", "晚报讯", "网讯", "报讯", "本报讯", "社讯", "发布讯", "报道", "报导", "日讯", "中心讯", "融媒讯", "台讯", "在线讯", "客户端讯", "新闻讯", "APP讯", "App讯"])
    /// What a byline ending in 讯 names its source by, its city after it (本报青州讯, 新华社北京讯).
    static let newsSources = ScalarSet("报网社台".unicodeScalars)

    /// Whether `s[start..<end]` is a paper's byline with its city between its source and 讯 (本报青州讯, 新华社北京讯): a
    /// few Chinese characters, the source among the first three (not 平台…快讯, a phrase's).
    static func isCityByline(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 4, end - start <= 7, s[end - 1] == "讯", s[start..<end].allSatisfy(Words.isHan) else { return false }
        return s[start..<(start + 3)].contains { newsSources.contains($0) }
    }
    /// Where a news byline in `range` of `phrase` ends (…日讯, 本报讯, 某某财经网上海讯 once its day is dropped): a 讯 after a
    /// day, after a paper's byline word, or after a source's word (报网社台) and a city of two or three characters; not the
    /// 讯 of a noun (通讯, 资讯: 福建星网锐捷通讯股份有限公司 keeps its name).
    static func bylineEnd(in phrase: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        if let j = range.last(where: { endsDateline(phrase, at: $0, from: range.lowerBound) }) { return j + 1 }
        guard let j = phrase[range].lastIndex(of: "讯"), j > range.lowerBound, !newsNouns.contains(phrase[j - 1]) else { return nil }
        let dated = phrase[j - 1] == "日" || newsBylines.match(phrase, endingAt: j + 1, start: range.lowerBound) != nil
        let city = (j - 4...j - 3).contains { $0 >= range.lowerBound && newsSources.contains(phrase[$0]) }
        return dated || city ? j + 1 : nil
    }
    /// Whether the 电 at `j` of `t` ends a wire's dateline (某某社合肥8月28日电, 新华财经合肥电 once its day is dropped),
    /// from `start`: after a day, or after a city a news source's word leads; not 电池, 电气, 电子 (`electricWords`), nor
    /// a firm's 湖南电广 or 上海电影.
    static func endsDateline(_ t: [Unicode.Scalar], at j: Int, from start: Int) -> Bool {
        guard t[j] == "电", j > start, j + 1 == t.count || !electricWords.contains(t[j + 1]) else { return false }
        if t[j - 1] == "日" { return true }
        return (2...3).contains { n in
            j - n - 1 >= start && placeLength(Array(t[(j - n)..<j])) == n && (newsSources.contains(t[j - n - 1]) || t[j - n - 1] == "经")
        }
    }
    /// What after 电 makes a word of it (电池, 电气, 电子, 电网…), no wire's dateline (…日电, 合肥电).
    static let electricWords = ScalarSet("池力子网器机动视脑信气商缆梯路站量价费源讯".unicodeScalars)
    /// What before 讯 makes it a noun's: 通讯, 资讯, 电讯, 快讯, 简讯.
    static let newsNouns = ScalarSet("通资电快简喜".unicodeScalars)
    /// `words` after a byline that opens them, when a firm is named after it (本报南京讯江苏某某新材料股份有限公司, its
    /// day dropped; not 云南日报讯记者某某).
    static func withoutByline(_ words: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard let end = bylineEnd(in: words, 0..<min(words.count, 14)), end < words.count, case let rest = Array(words[end...]),
            registeredFirmEnd(rest) != nil
        else { return words }
        return rest
    }
    /// A place's government, whose figures are the place's: 香港特区政府, 广州市人民政府.
    static let governments = Lexicon(words: ["政府", "人民政府", "特区政府"])
    /// A project's phase, part of its name: 项目二期.
    static let projectPhases = Lexicon(words: ["一期", "二期", "三期", "四期", "首期"])
    /// Words no project's name holds: 实际投资金额以项目最终建设为准 names none.
    static let notInProjectNames = Lexicon(words: ["金额", "以项目", "、"])
    /// An investment's project named by its kind alone (二、投资项目基本情况): none named.
    static let bareProjectNames = Lexicon(words: ["投资项目", "对外投资项目", "本次投资项目"])
    /// The levels a class of projects is named by before its class: 市重点项目, 省市县重点项目.
    static let projectLevels = ScalarSet("省市县区级".unicodeScalars)
    /// Classes of projects, not a project's name: 重大项目, 签约项目, 基础设施项目.
    static let projectClasses = Lexicon(words: [
        "重大", "重点", "签约", "开工", "招商", "产业项目", "亿元", "主会场", "分会场",
        "基础设施项目", "民生项目", "社会事业项目", "续建项目", "外资项目", "内资项目", "工业项目", "服务业项目", "制造业项目", "类项目",
        // (容桂街道2020年第二批村级工业园改造项目: a batch of projects.)
        "第一批", "第二批", "第三批", "第四批", "第五批", "首批", "一批",
    ])
    /// The classes of projects that say which are counted: 重点项目, 重大项目.
    static let keyClasses = Lexicon(words: ["重大", "重点"])
    /// A project's own accounts, of no period: 总投资, 用地面积.
    static let projectAccounts = Lexicon(words: ["总投资", "投资总额", "面积", "用地"])
    /// A park's ground and floor space, of no period but its clause's (该园区占地约860亩，总建筑面积62万平方米).
    static let siteAreas = Lexicon(words: ["占地面积", "总占地面积", "用地面积", "总用地面积", "总建筑面积"])
    /// The amounts written of counted projects: after a part's count (其中，工业项目68个，总投资215.4亿元), the part's.
    static let projectAmounts = Lexicon(words: ["总投资", "计划总投资", "协议总投资", "投资总额", "年度计划投资", "计划投资", "签约金额", "签约总金额", "签约总额", "投资额", "协议投资额", "合同金额", "完成投资"])

    /// Whether a holder names one project (锐晶显示模组智能制造基地项目), not a class of them (重大项目).
    static func isNamedProject(_ h: [Unicode.Scalar]) -> Bool {
        h.count > 4 && h.suffix(2).elementsEqual("项目".unicodeScalars) && !projectClasses.occurs(in: h, 0..<h.count)
    }
    /// Words that make a phrase a statement about a figure, not its holder: 主要预期目标是.
    static let statementWords = Lexicon(words: ["目标", "任务", "情况", "是"])
    /// How a duration ends: 五年, 两年来, 一年多时间 are no holders.
    static let durations = Lexicon(words: ["年", "年来", "时间", "期间", "以来", "个月", "日期"])  // (报告日期：2026年3月2日)
    /// Measures of what flows in a period: a figure of one "as of" a date is for the year to that date.
    static let flows = Lexicon(words: [
        "产量", "产值", "增加值", "收入", "营收", "销量", "销售额", "出口", "进口", "进出口", "投资", "利润", "税收", "发电量", "用电量", "吞吐量",
        "零售总额", "出货量", "总产值", "进出口总额", "出口额", "进出口总值", "营业额", "利润总额", "红利", "股息", "股利",
    ])
    /// Whether `measure` is the rate of a year's plan done (投资完成率, 年度计划完成率): after 截至10月底 it is of the year so far, as
    /// a flow is; not of a total or of years (总投资完成率, 目标任务完成率; written before it, 三年累计投资完成率), as of the day.
    static func isYearsDoneRate(_ measure: [Unicode.Scalar]) -> Bool {
        measure.count > 3 && measure.suffix(3).elementsEqual("完成率".unicodeScalars) && !notYearsPlans.occurs(in: measure, 0..<measure.count)
    }
    static let notYearsPlans = Lexicon(words: ["总", "累计", "两年", "三年", "五年", "十年", "目标任务", "行动"])
    /// Words that make the figures after them in a sentence goals or expectations.
    static let outlooks = Lexicon<FactKind>(
        ["力争", "目标", "确保", "争取", "预期目标", "预期", "努力实现", "目标是", "力促", "计划安排", "计划新建", "规划建设", "计划完成", "计划实现", "不低于", "不少于",
         "计划在", "拟在",  // (计划在昆山开发区追加投资…: a plan, wherever it is to be done)
         "计划销售", "计划出货"].map {  // (2019年公司计划销售汽车75万辆; not 按计划生产, 计划产销的98%)
            ($0, .target)
        }
            + ["预期本集团", "预期本公司", "预期公司", "预期集团"].map { ($0, .forecast) }  // (预期本集团于该年度录得…: a profit alert's expectation)
            + ["预计", "预估", "有望", "将达", "将实现", "将带动", "将形成", "将突破", "将超过", "将超", "将达到", "届时", "建成后", "实施后", "投产后", "达产后",
                "满产后", "全部建成后", "建成达产后", "达产达效后", "预测", "可望", "将可", "将提供", "将建成", "将吸纳", "将创造", "将打造", "将培育",
                "将增长", "将提高", "将提升", "将增加", "将下降", "将减少"].map {
                ($0, .forecast)
            }
            // 明年将新开工项目20个: a count of what is still to happen; 计划引进项目60个, 计划实施项目380个: a plan's.
            + countEventWords.map { ("将" + $0, .forecast) } + countEventWords.map { ("计划" + $0, .target) }
            // 计划招聘技术工人150人, 计划交付船舶9艘: a plan to hire or deliver, as to sign or start.
            + ["计划招聘", "计划新招聘", "计划招募", "计划新招", "计划交付", "计划完工", "计划再交付"].map { ($0, .target) })
    /// Words that say a thing is done, after a goal word in its sentence: 计划新开工的146个项目已开工128个 (128 is an
    /// actual); 年度计划完成率 is a rate of what was done.
    static let doneWords = Lexicon(words: ["已", "已经", "完成率"] + goalWords(after: "完成", then: "的"))  // 完成全年目标任务的41.2%: a share of it done
    /// A goal met (超额完成年度目标任务；新建…): what follows is done, unless a goal or an expectation came before it in the
    /// sentence (力争超额完成…, 预计全年可超额完成…).
    static let goalsMet = Lexicon(words: goalWords(after: "超额完成", then: "") + goalWords(after: "圆满完成", then: ""))
    private static func goalWords(after verb: String, then end: String) -> [String] {
        ["年度", "全年"].flatMap { year in ["目标", "目标任务", "任务", "任务目标", "任务数", "计划", "投资计划"].map { verb + year + $0 + end } }
    }
    /// Words that measure a figure against what was expected (优于预期, 高于市场预期): it is an actual, unless a goal or
    /// expectation word came before them in the sentence (预计全年业绩将优于预期); not what was expected (高于预期的10%:
    /// `OutlookMarks`).
    static let beatWords = Lexicon(words: ["于预期", "超预期", "超出预期", "不及预期", "符合预期", "于财测预期", "于市场预期"])
    /// Words after a figure that make it a goal or an expectation: 维持全年增长2.5%至3.5%的预测.
    static let outlooksAfter = Lexicon<FactKind>([("的预测", .forecast), ("的预期", .forecast), ("的目标", .target), ("的预期目标", .target)])
    /// Bounds written as a figure's own qualifier that make it a goal: 完成技改投资不低于600亿元.
    static let goalBounds = Lexicon(words: ["不低于", "不少于"])
    /// What a change is compared with, and how it is written in short.
    static let bases = Lexicon<String>([
        ("同比", "同比"), ("比上年同期", "同比"), ("较上年同期", "同比"), ("比去年同期", "同比"), ("较去年同期", "同比"), ("环比", "环比"),
        ("比上年", "比上年"), ("较上年", "比上年"), ("比去年", "比上年"), ("较去年", "比上年"), ("较前一年", "比上年"), ("比前一年", "比上年"), ("比上年末", "比上年末"), ("较上年末", "比上年末"), ("比上年度末", "比上年末"), ("较上年度末", "比上年末"), ("较去年底", "比上年末"), ("比去年底", "比上年末"), ("较上年底", "比上年末"), ("比上年底", "比上年末"),
        ("比年初", "比年初"), ("较年初", "比年初"), ("比上月", "较上月"), ("较上月", "较上月"), ("比上季度", "较上季度"), ("较上季度", "较上季度"),
        ("两年平均", "两年平均"), ("三年平均", "三年平均"), ("年均", "年均"), ("按年", "同比"), ("按季", "环比"), ("按月", "较上月"),
        ("比上季", "较上季度"), ("较上季", "较上季度"), ("比上届", "比上届"), ("较上届", "比上届"),
        // Taiwan's 月增, 季增, 年增: each its own comparison (written alone: 比上年增长 has 年增 inside).
        ("月增", "较上月"), ("月减", "较上月"), ("季增", "较上季度"), ("季减", "较上季度"), ("年增", "同比"), ("年减", "同比"), ("月升", "较上月"), ("月跌", "较上月"), ("季升", "较上季度"), ("季跌", "较上季度"), ("年升", "同比"), ("年跌", "同比"),
        ("与对上季度比较", "环比"), ("较上年同月", "同比"), ("比上年同月", "同比"), ("较去年同月", "同比"), ("比去年同月", "同比"),
        ("较一年前", "同比"), ("比一年前", "同比"), ("较同期", "同比"), ("比同期", "同比"),
    ])
    /// What before 月增, 季增 or 年增 makes it part of a period's word (当月增长, 上季增长, 比上年增长, 全年增长, 逐年增长).
    static let notBeforeAloneBases = ScalarSet("上当去本今前同明全近每半个逐连历多该次首".unicodeScalars)
    /// Comparisons with another holder: 高于全省, 比全省高.
    static let comparatives = Lexicon(words: ["高于", "低于", "快于", "慢于"])
    static let comparativeAfter = Lexicon<String>([("高", "高于"), ("低", "低于"), ("快", "快于"), ("慢", "慢于")])
    /// What ends a compared holder's name: 全省平均水平 is 全省.
    static let levelWords = Lexicon(words: ["平均水平", "平均", "水平", "增速", "增幅", "的"])
    /// The plan a figure is a share of, done, when `start..<end` ends with it (完成年度计划的, 完成全年销量目标的): its words,
    /// from the year's word (全年销量目标).
    static func planDone(in s: [Unicode.Scalar], endingAt end: Int, from start: Int) -> Range<Int>? {
        let last = end > start && s[end - 1] == "的" ? end - 1 : end
        guard planEnds.match(s, endingAt: last, start: start) != nil else { return nil }
        var k = last
        while k - 2 >= start, last - k <= 12, Words.isHan(s[k - 1]) {
            if s[k - 2] == "完", s[k - 1] == "成" { return planEnd(in: s, at: k, end: last) == last ? k..<last : nil }
            k -= 1
        }
        return nil
    }
    /// Where a plan for the year opening at `k` ends (全年目标, 年度投资计划, 全年销量目标), its words all Han.
    static func planEnd(in s: [Unicode.Scalar], at k: Int, end: Int) -> Int? {
        guard let (_, n) = planYears.match(s, at: k, end: end) else { return nil }
        var i = k + n
        while i < end, i - k <= 10, Words.isHan(s[i]) {
            if let (_, m) = planEnds.match(s, at: i, end: end) { return i + m }
            i += 1
        }
        return nil
    }
    static let planEnds = Lexicon(words: ["目标任务", "目标", "任务", "任务目标", "任务数", "计划", "计划任务"])
    static let planYears = Lexicon(words: ["全年", "年度"])
    /// Measures that name a share: the quantity it is of comes before 占.
    static let shareWords = Lexicon(words: ["比重", "占比", "比例", "份额", "占有率", "市场占有率", "市场份额", "的比重", "的比例"])
    /// Verbs that say which things a count counts: 签约项目, 新增上云企业.
    static let countEvents = Lexicon(words: countEventWords)
    /// Words of what there is on a day, which count things once added as a stock (现有落地外资企业86家; 截至…累计签约项目 is the
    /// year so far, as FACTS.md says).
    static let runningTotals = Lexicon(words: ["现有"])
    static let countEventWords = [
        "签约", "新签约", "开工", "新开工", "动工", "新动工", "竣工", "投产", "引进", "新引进", "落户", "新落地", "引进落地", "新增", "新登记", "新认定", "新设", "新设立", "新注册", "新培育", "新入选", "入选", "认定",
        "新建", "新开通", "投产投用", "竣工投产", "建成投产", "新投产", "新竣工", "上榜", "入围", "获评", "招引", "新招引", "参展", "首次认定", "重新认定", "开行", "实施", "安排", "开竣工", "新接", "新签",  // (集中开工项目 counts 开工项目: 集中 is a filler)
        "牵头制定", "主导制定", "参与制定",  // (牵头制定国际标准11项: standards made; 制定 alone, 省里制定的目标, counts nothing)
        "首次入选", "复核通过", "通过复核", "首次上榜",  // (其中首次入选30家…: which of those put on the list)
        "走访", "走访调研", "拜访",  // (本周走访企业31家, 拜访企业19家: firms visited in the week, no stock)
        "交付项目",  // (此次集中交付的4个项目: projects delivered on the day; 交付各类船舶21艘 are goods)
        "获表彰", "受表彰", "参评", "参会", "参加",  // (会上，27家企业受表彰: firms honoured at the meeting, or come to it)
        "新创建", "新落地", "新入驻", "新上",  // (新创建省级数字化车间4个, 新落地产业项目9个: made or come in the year)
        "入库", "新入库", "首次入库", "复核保留", "参加复核", "获奖",  // (其中首次入库52家、复核保留36家: a pool's intake; a prize's winners)
        "申报",  // (上半年申报高新技术企业628家: applied for in the period)
    ]
    /// What after 各 makes it a word of its own, not "each": 各类, 各地, 各级, 各区.
    static let notEach = ScalarSet("类地级项种界区县市镇省方个自".unicodeScalars)
    /// What an event alone counts by the figure's unit: 入选11家 counts firms, 签约8个 projects.
    static let eventNouns: [String: [Unicode.Scalar]] = ["家": Array("企业数".unicodeScalars), "个": Array("项目数".unicodeScalars), "项": Array("项目数".unicodeScalars)]
    /// Employment created, named with its verb: 带动就业, 吸纳就业 (a verb elsewhere, 带动1.5万家企业, is a filler).
    static let employment = Lexicon(words: ["带动就业", "吸纳就业", "新增就业", "城镇新增就业"])
    /// Whether a measure is an amount of the projects an event counts: 开工项目总投资.
    static func eventAmount(_ words: [Unicode.Scalar]) -> Bool {
        guard let (_, n) = Words.events.match(words, at: 0, end: words.count) else { return false }
        return words[n...].starts(with: "项目".unicodeScalars)
    }
    /// Fillers elsewhere that say which quantity a measure is: 计划总投资, 签约金额, 实际使用外资, 新增税收.
    static let measureKeeps = Lexicon(words: ["计划", "签约", "新签约", "实际", "实际使用", "实际到位", "到位", "合同", "年度计划", "协议", "有效", "新增", "合并"])
    /// What firms make up or run, counted whole after 企业: 特色产业集群, 技术中心, 研发机构, 孵化器.
    static let wholesOfFirms = Lexicon(words: ["集群", "中心", "实验室", "机构", "工作站", "研究院", "研究所", "孵化器", "众创空间"])
    /// What an issuer calls itself in its filing: 公司, 本公司 (not 该公司, the firm named last).
    static let issuerWords = Lexicon(words: ["公司", "本公司", "集团", "本集团"])
    /// Words for the holder itself before the whole a share is of: 占我们营业收入的, 占公司营收的.
    static let ownWholes = Lexicon(words: ["我们", "我们的", "公司", "本公司", "企业", "集团", "本集团"])
    /// A chain's word: 电力装备产业链.
    static let chain = Array("产业链".unicodeScalars)
    /// Whether `words` name a chain: a name before 产业链 (先进轨道交通装备产业链).
    static func isChain(_ words: [Unicode.Scalar]) -> Bool { words.count > 3 && words.suffix(3).elementsEqual(chain) }
    /// The levels of a list of clusters: 国家先进制造业集群, 国家级中小企业特色产业集群, 省级先进制造业集群.
    static let listLevels = Lexicon(words: ["国家", "国家级", "省级", "市级"])
    /// A cluster's word, which ends a list's class (国家先进制造业集群).
    static let clusters = Array("集群".unicodeScalars)
    /// The others a deal is signed with, after 等: 等企业, 等单位.
    static let parties = Lexicon(words: ["企业", "单位", "公司", "客商", "机构", "投资方", "多家企业", "知名企业"])
    /// Verbs of bringing about that say nothing of what is measured: 培育两个万亿级产业集群.
    static let makeVerbs = Lexicon(words: ["培育", "培育形成", "打造", "形成", "建设", "建成", "推动", "带动", "实施", "新建改造"])
    /// Rank verbs that rank the holder itself, with no quantity: 排名第6, 位列第11位.
    static let rankNames = Lexicon(words: ["排名", "位列", "排在", "名列"])
    /// Words of trade that end a firm's short name after its brand: 华驰汽车, 华盾重工, 星图显示, 科迈智能.
    static let tradeWords = Lexicon(words: [
        "汽车", "重工", "显示", "智能", "科技", "电子", "光电", "精密", "储能", "股份", "集团", "医药", "制药", "生物", "新材", "电气", "电器",
        "机械", "装备", "能源", "半导", "微电", "化工", "钢铁", "钢构", "动力", "电池", "控股", "实业", "通信", "信息", "软件", "网络", "材料",
    ])
    /// Words joining another party or saying where (与, 和, 在) that no plant's name holds.
    static let partiesAndPlaces = ScalarSet("与和在同".unicodeScalars)
    /// Marks a public account's page puts before the account's name (原创).
    static let accountMarks = Lexicon(words: ["原创", "转载", "置顶"])
    /// The forms a firm's registered name ends with, written whole in its short name (某某股份, 某某集团).
    static let firmForms = Lexicon(words: ["股份", "集团", "控股"])
    /// Prices of a share (发行价格为每股16.8元; 开盘报42.5元 reads as 开盘价).
    static let sharePrices = Lexicon(words: ["发行价格", "发行价", "转让价格", "认购价格", "回购价格", "行权价格", "授予价格", "增发价格", "配售价格", "开盘价", "收盘价"])
    /// Words of trade a firm's short name ends with in full, of which `tradeWords` holds the first two characters.
    static let fullTrades = Lexicon(words: ["新材料", "半导体", "微电子"])
    /// What after a word of trade makes it an industry's name, not a firm's: 智能装备, 汽车零部件.
    static let industryHeads = Lexicon(words: ["装备", "制造", "产业", "材料", "网联", "终端", "设备", "家电", "家居", "零部件", "电子", "产品", "行业"])
    /// Words that name a total of what was counted before: 总数达到31家.
    static let totals = Lexicon(words: ["总数", "总量", "数量", "总计", "合计"])
    /// Verbs a list of examples follows (覆盖…等重点产业链).
    static let listVerbs = Lexicon(words: ["覆盖", "涵盖", "包括", "涉及", "聚焦"])
    /// A balance sheet's items that are stocks only when they end the measure and nothing is done to them (应收账款较年初增长
    /// 38.65%; not 计提存货跌价准备, 收回应收账款).
    static let balances = Lexicon(words: ["应收账款", "存货", "货币资金", "总负债", "合同负债"])
    /// Whether `m` is a balance counted at a moment (`balances`).
    static func isBalance(_ m: [Unicode.Scalar]) -> Bool {
        guard let (_, n) = balances.match(m, endingAt: m.count, start: 0) else { return false }
        return !Words.actions.occurs(in: m, 0..<(m.count - n)) && !flowVerbs.occurs(in: m, 0..<(m.count - n))
    }
    /// What is done to a balance over a period (收回应收账款): a flow.
    static let flowVerbs = Lexicon(words: ["收回", "回收", "计提", "支付", "偿还", "减少", "增加", "新增"])
    /// Verbs of winning orders, no part of the orders measured (签订380台装载机订单).
    static let orderVerbs = Lexicon(words: ["签下", "签订", "签署", "斩获", "拿下", "获得", "接获", "承接"])
    /// Stocks counted at a moment: capacities, balances, population.
    static let stockMeasures = Lexicon(words: [
        "产能", "保有量", "拥有量", "余额", "户籍人口", "常住人口", "总人口", "装机容量", "装机规模",
        // A balance sheet's: 报告期末，公司总资产71.45亿元.
        "总资产", "资产总额", "净资产", "所有者权益", "股东权益", "负债总额", "结余", "现金及现金等价物", "银行结余", "存款", "在手订单", "手持订单",
        // A state at a moment, of a park's space or a firm's books: 标准厂房入驻率达到81%, 资产负债率.
        "入驻率", "出租率", "资产负债率", "资产负债比率",
        // A firm's worth on the market at a close: 收盘时总市值约52亿元.
        "总市值", "市值",
    ])

    /// Rates over a period, though named after a stock: 净资产收益率, 总资产周转率, 产能利用率.
    static let flowRates = Lexicon(words: ["收益率", "回报率", "周转率", "利润率", "利用率", "使用率"])

    /// A list whose items share what its first writes before them and its last after them: 第一、二、三产业 → 第一产业,
    /// 第二产业, 第三产业.
    static func sharedNumerals(_ items: [[Unicode.Scalar]]) -> [[Unicode.Scalar]] {
        guard items.count > 1, let first = items.first, let last = items.last, first.count >= 2, first[first.count - 2] == "第",
            ChineseNumeral.digit(first[first.count - 1]) != nil, items.dropFirst().dropLast().allSatisfy({ $0.count == 1 && ChineseNumeral.digit($0[0]) != nil }),
            last.count > 1, ChineseNumeral.digit(last[0]) != nil
        else { return items }
        let tail = last.dropFirst()
        return [first + tail] + items.dropFirst().map { ["第", $0[0]] + tail }
    }
    /// A quantity that counts things ends in one of these, or gets 数.
    static let countEnds = Lexicon(words: ["数", "量", "数量", "总数", "人次"])
    /// Nouns of things counted one by one: a count of them is named with 数 (5G基站数, 签约项目数).
    static let countedNouns = Lexicon(words: [
        "企业", "高企", "项目", "基站", "用户", "端口", "园区", "平台", "中心", "工厂", "车间", "冠军", "巨人", "主体", "公司", "产品", "专利", "标准", "单位",
        "充电桩", "机构", "团队", "孵化器", "县市区", "区县", "县区", "强县", "基地", "产业园", "门店", "网点", "户", "家", "工程", "实验室", "场景", "示范", "集群", "产业集群", "生产线", "产线", "订单",
        // A hub's: 开行中欧班列3812列, 通达境外城市112个, 开通国际航线38条.
        "班列", "城市", "航线", "国家", "地区", "泊位", "县市",
        "楼宇",  // (纳税超亿元楼宇19栋)
        "用地",  // (供应工业用地168宗)
        // A chain's map: 缺链环节38个, 弱链环节52个.
        "环节",
    ])

    /// The holder and the words that belong to the measure in a subject phrase. `measured` says whether metric words
    /// were written after it (广汽埃安|营业收入): then a name-like phrase is the holder, else it is what is measured
    /// (工业投资增长15.2%).
    static func split(_ phrase: [Unicode.Scalar], named: Bool, metric: [Unicode.Scalar]?) -> (holder: [Unicode.Scalar]?, measure: [Unicode.Scalar]) {
        // (医药制造业受集采降价影响下降2.4%: the cause is no part of who or what.)
        if phrase.count > 4, phrase.suffix(2).elementsEqual("影响".unicodeScalars),
            let k = phrase.indices.dropFirst().first(where: { phrase[$0] == "受" && !affected.contains(phrase[$0 + 1]) && !notAffecting.contains(phrase[$0 - 1]) })
        {
            return split(Array(phrase[..<k]), named: named, metric: metric)
        }
        // 北京某某电子集团有限公司位列, 蓉达显示科技有限公司出货量: a firm's registered name holds what follows it, the
        // place it starts with and the trade in it both parts of the name.
        // (…集团有限公司以2023年营业收入…位居榜单第一: 以 says by what it ranks, no part of it.)
        // (入选企业华钛精密合金有限公司…: the firm, named after the kind it is.)
        if let (_, n) = leadingKinds.match(phrase, at: 0, end: phrase.count), n < phrase.count, case let rest = Array(phrase[n...]), registeredFirmEnd(rest) != nil {
            return split(rest, named: named, metric: metric)
        }
        // (经南沙口岸出口汽车…: the port goods pass through holds what passed.)
        // (Not 经开区口岸…, 经海关统计口岸…: a place's name, or two characters of one, and 港 at most, before 口岸.)
        if phrase.count > 4, phrase[0] == "经", let k = Words.index(of: Self.port, in: phrase), k > 2,
            let p = Gazetteer.match(phrase, at: 1, end: k)?.length ?? properPlace(Array(phrase[1..<k])) ?? (k == 3 && !"开济".unicodeScalars.contains(phrase[1]) ? 2 : nil),
            k - 1 - p <= 1
        {
            return (Array(phrase[1..<(k + 2)]), Array(phrase[(k + 2)...]))
        }
        // (台湾伺服器机壳厂联升精密工业股份有限公司合并营收: the firm, named after where it is and what it makes.)
        if let start = firmAfterMaker(phrase) { return split(Array(phrase[start...]), named: named, metric: metric) }
        // (一期总投资: a phase of the project spoken of is measured of it, no holder.)
        if projectPhases.match(phrase, at: 0, end: phrase.count) != nil { return (nil, phrase) }
        // (村级工业园改造面积: parks of a level are a class of the place's, part of what is measured.)
        if let (_, n) = parkLevels.match(phrase, at: 0, end: phrase.count), parkNameEnds.occurs(in: phrase, n..<phrase.count) { return (nil, phrase) }
        // (入选企业平均研发投入强度: the firms put on a list are a class of what is measured, no holder; the place is.)
        // (…；百强企业实现净利润: so are they alone before the measure.)
        if let n = firmClassLength(phrase), n < phrase.count || metric?.isEmpty == false,
            registeredFirmEnd(Array(phrase[n...])) == nil
        {
            return (nil, phrase)
        }
        // (公司全资子公司恒锐精工（常州）有限公司营业收入: the subsidiary, named after the firm it belongs to.)
        if let (_, g) = genericFirms.match(phrase, at: 0, end: phrase.count), let (_, n) = subsidiaries.match(phrase, at: g, end: phrase.count), g + n < phrase.count,
            case let rest = Array(phrase[(g + n)...]), registeredFirmEnd(rest) != nil
        {
            return split(rest, named: named, metric: metric)
        }
        if var n = registeredFirmEnd(phrase) {
            // (锦川显示科技江西有限公司显示模组项目总投资: the firm's project, named in full, holds its accounts.)
            if n + 2 < phrase.count, let k = (n + 2..<phrase.count).last(where: { genericProjects.match(phrase, endingAt: $0 + 1, start: n)?.length == 2 }),
                isNamedProject(Array(phrase[n...k])),  // (…有限公司在建项目总投资: the firm's projects, none named)
                k + 1 == phrase.count || accounts.match(phrase, at: k + 1, end: phrase.count)?.length == phrase.count - k - 1
            {
                n = k + 1
            }
            // (川时新能源科技有限公司宜宾基地电池出货量: the firm's plant, named after its place, holds what follows.)
            if n + 4 <= phrase.count, case let after = Array(phrase[n...]), let p = properPlace(after), let (_, m) = firmSites.match(after, at: p, end: after.count) {
                n += p + m
            }
            let by = n < phrase.count && phrase[n] == "以" ? n + 1 : n
            return (Array(phrase[..<n]), Array(phrase[Words.trimmed(phrase, by..<phrase.count)]))
        }
        // 某县力争竹木加工产业集群营业收入: the industry a place strives for holds the figure, as after a period.
        if phrase.count > 4, let goal = strivings.last(in: phrase, 2..<phrase.count), goal.range.upperBound < phrase.count,
            case let lead = Array(phrase[..<goal.range.lowerBound]),
            placeLength(lead) == lead.count || zoneFamilies.match(lead, endingAt: lead.count, start: 0) != nil,
            case let (holder?, measure) = split(Array(phrase[goal.range.upperBound...]), named: named, metric: metric),
            industryEnds.match(holder, endingAt: holder.count, start: 0) != nil
        {
            return (holder, measure)
        }
        var rest = phrase[...]
        var place: [Unicode.Scalar]?
        if let (_, n) = Words.places.match(phrase, at: 0, end: phrase.count) {
            place = Array(phrase[..<n])
            rest = phrase[n...]
            let kept = Words.trimmed(phrase, (n + withinLength(phrase, at: n))..<phrase.count)
            rest = phrase[kept]
        }
        if rest.isEmpty { return (place, []) }
        let body = Array(rest)  // (copied once: every phrase is split)
        // (株洲高新区重点项目完成投资, 许昌市市重点项目…, …同比增长14.2%: a place or zone named before a class of projects
        // holds what they did, as 全区 does before 重点项目; a project named after its place, 长沙新能源项目, is one.)
        if place == nil, body.count > 4, body.suffix(2).elementsEqual("项目".unicodeScalars),  // (looked at first: finding a zone costs)
            let n = DocumentPlace.zoneEnd(in: body, from: 0, to: body.count, shortest: 2) ?? properPlace(body), n < body.count, case let rest = Array(body[n...]),
            case let level = rest.prefix(while: { projectLevels.contains($0) }).count,  // (市重点项目, 省市县重点项目)
            level < rest.count, projectClasses.match(rest, at: level, end: rest.count) != nil  // (not 合肥蔚来汽车产业项目, named)
        {
            return (Array(body[..<n]), rest)
        }
        // (襄阳市固定资产投资, 武进区产业规模: a named place before what is measured holds it, as 全市 does; before an
        // industry, a park, a project or a firm, 襄阳市新能源汽车产业, it is part of the name. Not a firm's short name,
        // 大连重工营业收入, nor its plant, 常州二期基地.)
        if place == nil, let p = properPlace(body), p < body.count {
            let rest = Array(body[p...])
            // (襄阳市开发区规上工业总产值: its zones or parks taken together are its class, as after 全市.)
            let parks = parkClasses.match(rest, at: 0, end: rest.count).map { $0.length < rest.count } == true
            if bareKinds.matchesWhole(rest) || parks { return (Array(body[..<p]), rest) }
            if namesMeasure(rest), tradeWords.match(rest, at: 0, end: rest.count) == nil,
                case let (nil, measure) = split(rest, named: named, metric: metric)
            {
                return (Array(body[..<p]), measure)
            }
        }
        // (全省优秀等次集群8个: clusters or parks of a grade are a class of the place's, counted.)
        if grades.occurs(in: body, 0..<body.count) { return (place, body) }
        // 全市重点产业链产值: the key industries are a class of the place's, part of the measure (战略性新兴产业 is one); so
        // are its key firms of a trade (全省重点钢铁企业营业收入, 重点统计钢铁企业粗钢日产量).
        // (重点企业潍岳动力: a firm named after what it is, by a brand and its trade, is that firm.)
        if body.count > 2, body[0] == "重", body[1] == "点",
            industryEnds.match(body, endingAt: body.count, start: 2)?.length == body.count - 2
                || body.count > 3 && Words.index(of: firms, in: body).map({ k in
                    body.count - k - 2 < 4 || tradeWords.match(body, endingAt: body.count, start: k + 2) == nil && registeredFirmEnd(Array(body[(k + 2)...])) == nil
                }) == true
        {
            return (place, body)
        }
        // 全市千亿级产业集群达到2个: clusters of a tier are what the place counts, no cluster named; so are the places of a
        // tier (千亿县市区达到9个) and a province's counties taken together (县域千亿级产业集群, 县域地区生产总值).
        if let (_, n) = tiers.match(body, at: 0, end: body.count), bareKinds.matchesWhole(Array(body[n...])) { return (place, body) }
        if let (_, n) = tierAmounts.match(body, at: 0, end: body.count), n < body.count, DocumentPlace.levels.contains(body[n]) { return (place, body) }
        if body.starts(with: "县域".unicodeScalars), body.count > 2 { return (place, body) }
        // (全省国家先进制造业集群达到5个, 省级特色产业集群: the clusters on a state's or a province's list are a class the place
        // counts, no cluster named; 国家先进制造业集群某某集群 names one.)
        if let (_, n) = listLevels.match(body, at: 0, end: body.count), n + 2 < body.count, Words.index(of: clusters, in: body) == body.count - 2 {
            return (place, body)
        }
        // (全区入选企业营业收入, 全市50强企业营业收入, 宁波A股上市公司归母净利润: the firms a place has on a list, ranked or
        // listed on a market are its class, no firm; 入选企业某某有限公司 names one.)
        if place != nil, let n = firmClassLength(body), n < body.count || metric?.isEmpty == false, registeredFirmEnd(Array(body[n...])) == nil {
            return (place, body)
        }
        // (全省开发区技工贸总收入, 全区工业园区规上工业总产值: a place's zones or parks taken together are its class, no zone.)
        if let place, DocumentPlace.generic.matchesWhole(place), parkClasses.match(body, at: 0, end: body.count) != nil {
            return (place, body)
        }
        // 全市电力装备产业链产值, 高新区光伏产业链本地配套率: a chain named by its industry is part of the measure, and
        // the place before it holds it.
        // (A firm's short name opening with a city's, 宁德时代产业链, is read as the city's: rare before a chain.)
        let chainStart = place == nil ? zoneKinds.match(body, at: 0, end: body.count)?.length ?? properPlace(body) ?? 0 : 0
        if chainNamed(in: body, from: chainStart) != nil { return chainStart > 0 ? (Array(body[..<chainStart]), Array(body[chainStart...])) : (place, body) }
        // 开发区汽车产业产值: a zone's kind written before an industry is a generic place word, as 全市 is.
        if place == nil, let (_, n) = zoneKinds.match(phrase, at: 0, end: phrase.count), n < phrase.count,
            industryEnds.match(phrase, endingAt: phrase.count, start: n) != nil
        {
            return (Array(phrase[n...]), [])
        }
        // 全市坚持“招商第一”: what the place does names nothing; 签约项目开工率, projects of an event are no project named.
        if place != nil, eventVerbs.match(body, at: 0, end: body.count) != nil { return (place, body) }
        if let (_, n) = countEvents.match(body, at: 0, end: body.count), genericProjects.match(body, at: n, end: body.count)?.length == body.count - n {
            return (place, body)
        }
        if place == nil, let n = economyPlace(body) { return (Array(body[..<n]), Array(body[n...])) }
        // 鸿利光电LED新型背光显示项目二期总投资: a project's whole name, with its phase, holds its accounts (由…投资建设的
        // 智能网联汽车零部件产业园项目总投资: the name after 的).
        if body.count >= 4, let k = (4...body.count).last(where: { genericProjects.match(body, endingAt: $0, start: 0)?.length == 2 }) {
            let end = k + 2 <= body.count && projectPhases.match(body, at: k, end: body.count) != nil ? k + 2 : k
            let start = name(endingAt: k, in: body).lowerBound
            if isNamedProject(Array(body[start..<k])), end == body.count || accounts.match(body, at: end, end: body.count)?.length == body.count - end {
                // (海南某湾种业实验室二期项目: the province or city the name opens with is part of it; 全市, 园区 are not.)
                let opening = start == 0 ? place.flatMap { Gazetteer.match($0, at: 0, end: $0.count)?.length == $0.count ? $0 : nil } ?? [] : []
                return (opening + body[start..<end], Array(body[end...]))
            }
        }
        // 其中新能源汽车产业项目21个: projects of an industry are a class of projects the place counts, not the industry's.
        if let metric, metric.starts(with: "项目".unicodeScalars), industryEnds.match(body, endingAt: body.count, start: 0) != nil,
            placeLength(body) == nil, !DocumentPlace.zoneEnds.occurs(in: body, 0..<body.count)
        {
            return (place, body)
        }
        // 归属母公司业主净利: what is attributed to whom is the measure; so is a count of things (签约项目数), and a
        // list of things that are no places nor industries nor firms, no 业 in it (电动汽车、锂电池、太阳能电池“新三样”产品合计出口).
        // (扣非净利润: the profit without one-off items, a measure of its own.)
        // (户均营业收入, 人均可支配收入: an average per firm or head is the measure, no 户均 holding it.)
        if body.count >= 2, averages.match(body, at: 0, end: body.count) != nil { return (place, body) }
        if body.count > 2 && body[0] == "归" && body[1] == "属" || body.count >= 2 && body[0] == "扣" && body[1] == "非" || body.contains("、") && placeLength(body) == nil && !body.contains("业")
            || body.count > 2 && body.last == "数" && firmNouns.match(body, endingAt: body.count - 1, start: 0) != nil
        {
            return (place, body)
        }
        // 园区企业: a park's firms are the park.
        if let place, genericParks.matchesWhole(place),
            firmNouns.matchesWhole(body)
        {
            return (place, [])
        }
        // 公司, 该项目, 集群 (集群拥有规模以上企业428家): the firm, project or cluster the text speaks of.
        if let (_, n) = genericFirms.match(body, at: 0, end: body.count) ?? genericProjects.match(body, at: 0, end: body.count)
            ?? genericClusters.match(body, at: 0, end: body.count), n == body.count
        {
            return (body, [])
        }
        // 该项目占地, 公司营业收入, 园区企业工业总产值, 集群下线风电整机: the firm, project, park or cluster the text named
        // holds what follows its generic name (a park's firms are the park). A bare 企业 or 项目 before its accounts is a kind of thing
        // measured (企业利润, 项目投资), not one named.
        // (集群龙头企业潍岳动力发动机销量: the cluster's leading firm holds it, named after its kind.)
        if let (_, n) = genericHolders.match(body, at: 0, end: body.count), n < body.count,
            "该本此".unicodeScalars.contains(body[0]) || !bareGenericKinds.contains(Words.text(body[..<n])), leaders.match(body, at: n, end: body.count) == nil
        {
            var rest = Array(body[n...])
            if rest.first == "的" { rest.removeFirst() }
            if firmNouns.matchesWhole(rest) { rest = [] }
            return (Array(body[..<n]), rest)
        }
        // (本届大会现场签约项目: the meeting the text named holds what is signed at it.)
        // (本届投洽会期间…: 本届 before a fair's short name; 本届毕业生 names none.)
        if let (_, n) = genericEvents.match(body, at: 0, end: body.count), "本该此".unicodeScalars.contains(body[0]),
            n > 2 || body[n..<min(body.count, n + 4)].contains("会")
        {
            var rest = Array(body[n...])
            if rest.starts(with: during) { rest = Array(rest[Words.trimmed(rest, 2..<rest.count)]) }  // (本届博览会期间共达成…)
            return (Array(body[..<n]), rest)
        }
        if let firm = firmAfterKind(body, named: named, metric: metric) { return firm }
        // 制造业单项冠军企业: a designation names what is counted; a place before it (烟台国家级专精特新企业) holds it.
        if designations.occurs(in: body, 0..<body.count) {
            if place == nil, let n = properPlace(body), n < body.count { return (Array(body[..<n]), Array(body[n...])) }
            return (place, body)
        }
        // (港资企业华沣电子惠州有限公司投资…, 外资企业…: a kind of firm named by its registered name is that firm.)
        if let k = Words.index(of: firms, in: body), (1...4).contains(k), k + 2 < body.count,
            case let rest = Array(body[(k + 2)...]), let e = registeredFirmEnd(rest)
        {
            return (Array(rest[..<e]), Array(rest[e...]))
        }
        // 黄埔规上工业: the group starts the measure; what is before it holds it.
        // (实际到位省外资金: funds from outside the province, no 外资 group.)
        if let k = body.indices.first(where: {
            groups.match(body, at: $0, end: body.count) != nil
                && !(body[$0] == "外" && $0 > 0 && Self.outsideOf.contains(body[$0 - 1]) && placeLength(Array(body[..<$0])) != $0)
        }) {
            // 外商及港澳台商投资企业: a list of groups, all of it the measure's.
            // 合同外资, 实际使用外资: a word saying which amount it is, no holder.
            let which = measureKeeps.match(body, at: 0, end: k)?.length == k
            // (入库科技型中小企业总数: the event that counts them, no holder.)
            let event = Words.events.match(body, at: 0, end: k)?.length == k
            return k == 0 || which || event || Words.listSeparators.contains(body[k - 1]) ? (place, body) : (Array(body[..<k]), Array(body[k...]))
        }
        // 制造业投资: an industry's investment is the measure, the place holds it.
        // (青秀区 before 投资, a list's item: the place holds it.)
        // (宁东能源化工基地完成投资: a park or base holds its own.)
        if let metric, metric.starts(with: "投资".unicodeScalars) {
            return properPlace(body) == body.count || parkName(in: body) == 0..<body.count ? (body, []) : (place, body)
        }
        if body.count > 2, body.suffix(2).elementsEqual("投资".unicodeScalars) { return (place, body) }
        // 采矿业, 农副食品加工业: an industry of the classification.
        if body.count >= 3 || body.count == 2 && bareKinds.match(body, at: 0, end: 2) == nil, body.last == "业",
            notIndustries.match(body, endingAt: body.count, start: 0) == nil || industriesOfWork.match(body, endingAt: body.count, start: 0) != nil
        {
            return (body, [])
        }
        // 华驰汽车年产能, 星图显示液晶电视面板出货量: a firm's short name (a two-character brand and a word of trade)
        // holds what follows it; so does a city's (大连重工营业收入), but only of a firm's accounts (宁波汽车产量 is the
        // city's).
        let account = metric.map { accounts.match($0, endingAt: $0.count, start: 0) != nil } == true
        // (起重装备本地配套率: what is made locally for an industry is its place's measure, no firm's.)
        let chainMeasure = chainMeasures.last(in: body, 0..<body.count) != nil || metric.map { chainMeasures.last(in: $0, 0..<$0.count) != nil } == true
        // (实施智能化改造项目: a verb of doing opens no firm's name.)
        if body.count >= 4, !chainMeasure, let (_, n) = tradeWords.match(body, at: 2, end: body.count), n == 2,
            Words.actions.match(body, at: 0, end: body.count) == nil, Words.leadingActions.match(body, at: 0, end: body.count) == nil,
            holderEnds.match(body, at: 2, end: body.count).map({ $0.length > n }) != true,  // 花都汽车城 is a place
            tradeWords.match(body, at: 0, end: 2) == nil, account || properPlace(body) == nil, Words.places.match(body, at: 0, end: body.count) == nil,
            industryOpenings.match(body, at: 0, end: 2) == nil,  // (绿色动力船舶: a kind of goods, no brand)
            holderEnds.match(body, endingAt: body.count, start: 5) == nil,  // 华鑫光电厦门海沧新厂: the firm's plant, named in full
            industryHeads.match(body, at: 4, end: body.count) == nil,  // 广州智能装备: 智能装备 is an industry
            body.count > 4 || industryHeads.match(body, at: 2, end: body.count) == nil,  // (正极材料出货量: a product's)
            body.count == 4 || body[4] != "类"  // (交通通信类价格: a class of goods and services)
        {
            // 锂源新材曲靖基地正极材料总产能: the firm's plant, named after it, holds what follows.
            // (某某半导体营业收入: the trade written in full, its third character the name's.)
            let name = 2 + (fullTrades.match(body, at: 2, end: body.count)?.length ?? 2)
            let plant = plantEnd(body, after: name) ?? name
            return (Array(body[..<plant]), Array(body[plant...]))
        }
        // (其中绿色工厂7家、绿色园区2家: a kind of plant or park a list honours is what is counted, no name; with a measure
        // after it, 智能装备产业园区实现产值…, it may be a park's name, and holds.)
        if metric == nil, honourKinds.match(body, at: 0, end: body.count) != nil, honouredEnds.match(body, endingAt: body.count, start: 0) != nil {
            return (place, body)
        }
        // 该企业, 这家企业: a firm named by a demonstrative (用电企业 is a kind of firm, part of the measure).
        if holderEnds.match(body, endingAt: body.count, start: 0).map({ $0.length < body.count }) == true
            || "该这此某本".unicodeScalars.contains(body[0]) && firmNouns.match(body, endingAt: body.count, start: 0) != nil
        {
            return (body, [])
        }
        // 花都汽车城整车: a place or industry named first holds the product after it.
        // (宁德时代产业链配套企业: 产业 of a chain ends no holder's name.)
        if let k = body.indices.dropFirst(3).last(where: {
            holderEnds.match(body, endingAt: $0, start: 0) != nil && body[$0] != "链" && foundries.match(body, endingAt: $0, start: 0) == nil  // (伺服器代工厂…: a firm's trade)
        }), k < body.count,
            let (_, n) = holderEnds.match(body, endingAt: k, start: 0), Words.entityWords.match(body, at: k, end: body.count) == nil,
            // (北部湾港新开…航线; not 香港, 张家港市)
            n >= 2 || body[k - 1] == "港" && Words.places.match(body, endingAt: k, start: 0) == nil && !DocumentPlace.levels.contains(body[k]),
            body[k - 1] != "业" || body[k] != "务"  // (电子组装服务业务收益: a line of business, no industry)
        {
            var rest = Array(body[k...])
            if rest.first == "的" { rest.removeFirst() }
            return (Array(body[..<k]), rest)
        }
        // (广州黄埔某新材料企业: a firm left unnamed, its place part of what it is called.)
        if let n = properPlace(body), !body[n...].contains("某") { return (Array(body[..<n]), Array(body[n...])) }
        // 这家企业的智能装备产品, 该公司显示模组: the firm holds what follows.
        if let k = body.indices.first(where: { firmNouns.match(body, at: $0, end: body.count) != nil }),
            let (_, n) = firmNouns.match(body, at: k, end: body.count), k + n < body.count
        {
            // (伺服器代工厂某某电脑…: what a firm makes, before its name; the name holds what follows.)
            if foundries.match(body, endingAt: k + n, start: 0) != nil, k + n + 2 <= body.count, Words.isHan(body[k + n]) {
                return split(Array(body[(k + n)...]), named: named, metric: metric)
            }
            var rest = Array(body[(k + n)...])
            if rest.first == "的" { rest.removeFirst() }
            return (Array(body[..<(k + n)]), rest)
        }
        // A product or a kind of thing (汽车, 集装箱, 工业) belongs to the measure, unless the words name who (a list's
        // items, a compared place).
        // 开工重大项目…，总投资192.87亿元: the projects counted before are no holder of their investment.
        // (其中MLCC产品营收: the firm's accounts of a product, the product the measure's.)
        // (电动车相关营收: what the business is related to is the measure's too.)
        if account, !named, body.count > 2, body.suffix(2).elementsEqual(Self.products) || body.suffix(2).elementsEqual(Self.related) { return (place, body) }
        if named || account { return holder(body) == nil || countEvents.match(body, at: 0, end: body.count) != nil ? (place, []) : (body, []) }
        return (place, body)
    }

    /// What 外 after it makes a word of where from (省外, 市外, 县外, 境外), unless it ends a place's name (昆山市外资企业): no
    /// 外资 group.
    static let outsideOf = ScalarSet("省市县区境国".unicodeScalars)  // (省外, 区外资金: from outside the province or district)

    /// Words before 街道 that make no subdistrict's name: 部分街道, 城市街道.
    static let notSubdistricts = Lexicon(words: [
        "部分", "其他", "其它", "每个", "乡镇", "城区", "城市", "所辖", "各个", "全部", "主要", "所有", "重点", "相关", "城镇", "镇村", "社区", "农村",
        "市区", "县区", "沿街", "背街", "主干",
    ])
    /// What a project is before 在 the zone it starts or settles in: …项目在某某高新区开工.
    static let projectSites = Lexicon(words: ["项目", "工厂", "基地", "新厂", "产业园"])
    /// Verbs of a project starting or settling in a zone, written right after the zone.
    static let settlings = Lexicon(words: ["开工", "落户", "投产", "竣工", "动工", "开建", "签约落户", "正式开工", "正式投产", "竣工投产", "开工建设", "集中开工"])

    /// Words of striving a place writes before the industry its goal is for (力争, 确保).
    static let strivings = Lexicon(words: ["力争", "确保", "争取", "努力"])

    /// Where 产业链 stands in a phrase that names a chain by its industry (电力装备产业链本地配套率) after `start` (after
    /// the place it opens with) and nothing the chain belongs to: no holder's name ends before it (集群产业链完整度, 茶产业全产业链产值 are the cluster's and the industry's)
    /// or after it (…暨产业链招商推介会 is an event).
    static func chainNamed(in phrase: [Unicode.Scalar], from start: Int) -> Int? {
        guard let k = phrase.indices.dropFirst(start + 2).last(where: { phrase[$0...].starts(with: chain) }),
            holderEnds.last(in: phrase, start..<k) == nil, holderEnds.last(in: phrase, (k + chain.count)..<phrase.count) == nil
        else { return nil }
        return k
    }

    /// A firm named after what it is (集群龙头企业潍岳动力, 链主企业江汇汽车) and what of it the phrase measures (潍岳动力发动机销量:
    /// its product's); nil when no name follows the kind (龙头企业营业收入).
    static func firmAfterKind(_ body: [Unicode.Scalar], named: Bool, metric: [Unicode.Scalar]?) -> (holder: [Unicode.Scalar]?, measure: [Unicode.Scalar])? {
        // (Found from the kind, which few phrases hold: every phrase is split, and a scan for 企业 at each scalar cost 5 %.)
        guard let (_, start) = leaderNameStart(body) else { return nil }
        var rest = Array(body[start...])
        if rest.first == "的" { rest.removeFirst() }
        guard rest.count >= 2, Words.metrics.last(in: rest, 0..<rest.count) == nil else { return nil }
        let (name, measured) = split(rest, named: named, metric: metric)
        return name.map { ($0, measured) } ?? (rest, [])
    }

    /// Where the name of a firm written after the kind of leader it is starts (龙头企业潍岳动力, 链主企业江汇汽车; 工程机械龙头北方重科,
    /// right after 龙头 when no kind of firm nor project follows it: 龙头工业企业, 龙头型项目 name none), and the leader's word.
    static func leaderNameStart(_ words: [Unicode.Scalar]) -> (leader: Range<Int>, start: Int)? {
        guard let lead = leaders.last(in: words, 0..<words.count) else { return nil }
        let k = lead.range.upperBound
        if let (_, n) = firmNouns.match(words, at: k, end: words.count) { return (lead.range, k + n) }
        guard words[lead.range].elementsEqual(dragonHead), words.count - k >= 3, words[k] != "型", !thingKinds.occurs(in: words, k..<words.count) else { return nil }
        return (lead.range, k)
    }
    static let thingKinds = Lexicon(words: ["企业", "项目", "工厂"])
    /// What a firm is said to be before 为 and its name: 主会场项目为…, 实施主体为…, 项目业主为….
    static let firmRoles = Lexicon(words: ["项目", "主体", "业主", "单位", "投资方", "签约方", "建设方", "实施方", "甲方", "乙方"])
    /// What a firm's kind written short says it makes or who owns it, before 企: 药企, 车企, 芯企, 民企, 国企, 央企, 外企.
    static let shortFirmKinds = ScalarSet("药车芯民国央外房险".unicodeScalars)
    /// Where a firm named after its kind starts when it ends the words, by its registered name or its brand and trade
    /// (区内整车企业穗骐汽车, 县内新能源汽车整车企业长驰新能源汽车有限公司).
    static func firmAfterItsKind(_ words: [Unicode.Scalar]) -> Int? {
        if let (_, k) = leaderNameStart(words), words.count - k >= 3, namesFirm(words, from: k) { return k }
        return firmAfterFirmsKind(words)
    }
    /// Where a firm's name starts after the last 企业 of a kind before it (…整车企业穗骐汽车); not a name's own 企业
    /// (中华企业股份有限公司, 某某企业管理有限公司).
    static func firmAfterFirmsKind(_ words: [Unicode.Scalar]) -> Int? {
        guard words.count >= 6,
            let k = stride(from: words.count - 5, through: 1, by: -1).first(where: { words[$0] == "企" && words[$0 + 1] == "业" && namesFirm(words, from: $0 + 2) }),
            case let form = registeredEnds.last(in: words, (k + 2)..<words.count)?.range.lowerBound ?? words.count, form - k - 2 >= 2,
            firmKindTails.match(words, at: k + 2, end: words.count) == nil, firmNameEnds.match(words, at: k + 2, end: words.count) == nil
        else { return nil }
        return k + 2
    }
    /// Whether the words from `k` to their end are a firm's registered name or its brand (two characters) and trade.
    static func namesFirm(_ words: [Unicode.Scalar], from k: Int) -> Bool {
        registeredEnds.match(words, endingAt: words.count, start: k) != nil
            || tradeWords.match(words, endingAt: words.count, start: k).map { words.count - k - $0.length == 2 } == true  // (not 新能源汽车)
    }
    static let during = Array("期间".unicodeScalars), dragonHead = Array("龙头".unicodeScalars)

    /// Measures of a chain's reach, which a place or an industry holds, never a firm: 本地配套率, 产业链完整度.
    static let chainMeasures = Lexicon(words: ["配套率", "完整度", "本地采购率"])

    /// Measures of amounts of money: an amount expected after a change of one is of it (产值增长6.4%，预计全年突破5000亿元).
    static let amounts = Lexicon(words: [
        "产值", "增加值", "收入", "营收", "投资", "投资额", "零售总额", "利润", "利润总额", "税收", "销售额", "出口额", "进出口总额", "生产总值", "规模",
    ])

    /// Measures of a firm's or a place's accounts: the name before one is who holds it (某某科技营业收入), not a
    /// kind of thing measured (汽车产量).
    static let accounts = Lexicon(words: [
        "营业收入", "主营业务收入", "营收", "净利润", "归母净利润", "利润", "利润总额", "研发投入", "市值", "门店总数", "总资产", "税收", "纳税额",
        "地区生产总值", "生产总值", "一般公共预算收入", "地方一般公共预算收入", "总投资",
    ])

    /// The place a holder names or starts with (全市, 花都区, 某市 of 某市纺织行业), if it does.
    static func place(_ holder: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        placeLength(holder).map { Array(holder[..<$0]) }
    }

    /// The length of the number of a list's item in roman letters a phrase opens with ((ii)越南生产基地, its brackets
    /// kept or dropped), 0 when it opens with none.
    static func romanItemLength(_ h: [Unicode.Scalar]) -> Int {
        let start = h.first == "(" || h.first == "（" ? 1 : 0
        var k = start
        while k < h.count, k - start < 4, "ivx".unicodeScalars.contains(h[k]) { k += 1 }
        guard k > start, romanNumbers.contains(Words.text(h[start..<k])) else { return 0 }  // (xx县: a placeholder, no number)
        if k < h.count, h[k] == ")" || h[k] == "）" { k += 1 } else if start == 1 { return 0 }
        return k < h.count && Words.isHan(h[k]) ? k : 0
    }
    static let romanNumbers: Set<String> = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]

    /// The length of the place a phrase starts with: a generic word or a province (全市, 广东), or a proper name.
    static func placeLength(_ t: [Unicode.Scalar]) -> Int? {
        Words.places.match(t, at: 0, end: t.count)?.length ?? properPlace(t)
    }

    /// Where a firm's name starts after what the firm makes, written before it (光学元件厂华鑫光电股份有限公司,
    /// 晶片设计厂联晶科技): after the last 厂 or 商 from `start` that leaves four characters at least before `nameEnd`.
    static func makerEnd(in t: [Unicode.Scalar], from start: Int, nameEnd: Int) -> Int? {
        // (商用车, 厂房, 商贸: a word the 商 or 厂 opens, no maker; 服务商用友… keeps its maker.)
        guard nameEnd - 4 > start + 2,
            let maker = t[(start + 2)..<(nameEnd - 4)].lastIndex(where: { $0 == "厂" || $0 == "商" }),
            makerWords.match(t, at: maker, end: t.count) == nil,
            firmNameEnds.match(t, at: maker + 1, end: t.count) == nil  // (东方电气厂有限公司: the 厂 is its name's)
        else { return nil }
        return maker + 1
    }

    /// Where a firm's registered name starts, when the phrase opens with what the firm makes, and maybe where it is,
    /// before it (台湾伺服器机壳厂联升精密工业股份有限公司…).
    static func firmAfterMaker(_ phrase: [Unicode.Scalar]) -> Int? {
        guard phrase.count > 10, phrase.contains("司"), let firm = firmName(in: phrase), let start = phrase.firstRange(of: firm)?.lowerBound, start > 2,
            makerEnd(in: phrase, from: 0, nameEnd: start + 4) == start, registeredFirmEnd(Array(phrase[start...])) != nil
        else { return nil }
        return start
    }

    /// Words 商 or 厂 opens (商用车, 商务, 厂房): no maker written before a firm.
    static let makerWords = Lexicon(words: ["商用车", "商务", "商贸", "商品", "商业", "商场", "商会", "商圈", "商标", "厂房", "厂区"])

    /// Whether a phrase names a holder and nothing else: a place (宜兴市), a zone (西安高新区) or an industry (高端装备产业), no
    /// measure word.
    /// (Of a count in 个, an industry or a cluster is what is counted: 百亿级产业集群12个.)
    static func isBareHolder(_ words: [Unicode.Scalar], unit: String) -> Bool {
        let t = words.count > 2 && prepositions.contains(words[words.count - 1]) ? Array(words.dropLast()) : words  // 西安高新区以3862家
        return placeLength(t) == t.count
            || unit != "个" && t.count <= Words.longestSubject
                && (industryEnds.match(t, endingAt: t.count, start: 0) != nil || DocumentPlace.zoneEnds.match(t, endingAt: t.count, start: 0) != nil)
                && Words.metrics.last(in: t, 0..<t.count) == nil
    }

    /// The name of a project a phrase gives (位于惠州仲恺高新区的华屹新型显示模组项目正式投产, 本次签约的锂电池正极材料一体化项目由…
    /// 投资建设): from after the last 的 or 由 before its first 项目 up to it; none for a class of projects (花都区重大项目).
    /// (某市第三批重点项目集中签约本次签约的…项目: a title run into its first line names a class first, then one.)
    static func projectName(in phrase: [Unicode.Scalar]) -> Range<Int>? {
        for k in stride(from: 3, through: phrase.count, by: 1) where genericProjects.match(phrase, endingAt: k, start: 0)?.length == 2 {
            var name = Self.name(endingAt: k, in: phrase)
            name = projectNameStart(phrase, name)..<name.upperBound
            // (主会场项目为某某新材料项目: the project the first is said to be.)
            if k < phrase.count, phrase[k] == "为" || phrase[k] == "是", let named = projectName(in: Array(phrase[(k + 1)...])) {
                return (named.lowerBound + k + 1)..<(named.upperBound + k + 1)
            }
            guard name.count > 4, namesOneProject(phrase, name) else { continue }
            return name
        }
        return nil
    }

    /// Whether the words of `name` name one project: no class of them (重大项目), no verb of an event in it (南昌经开区举行
    /// 项目集中签约仪式) nor one of doing before it (围绕整车企业招引配套项目).
    static func namesOneProject(_ phrase: [Unicode.Scalar], _ name: Range<Int>) -> Bool {
        !projectClasses.occurs(in: phrase, name) && !eventVerbs.occurs(in: phrase, name) && !notInProjectNames.occurs(in: phrase, name)
            && !bareProjectNames.matchesWhole(Array(phrase[name]))
            && holderBreaks.match(phrase, at: name.lowerBound, end: name.upperBound) == nil
            && !phrase[name.upperBound...].starts(with: together)  // (容桂街道村改项目集中动工: projects started together)
    }
    static let together = Array("集中".unicodeScalars)

    /// Where a named project's name starts in `range`: after what it is said to be or what happened to it
    /// (链主企业秦芯半导体二期…项目, 新开工烟台开发区…项目, 公司正在建设恒达精工智能制造产业园项目).
    static func projectNameStart(_ phrase: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        // (A verb of building opens the name only at its start or after who builds: …配套设施建设及运营一体化项目 keeps it.)
        let built = buildVerbs.last(in: phrase, range) { r in r.lowerBound == range.lowerBound || builders.match(phrase, endingAt: r.lowerBound, start: range.lowerBound) != nil }
        // (园区某某智算中心二期项目, 全市某某项目: the place the text speaks of, by its generic word, opens no name.)
        // (公司高端装载机智能制造基地项目: the firm spoken of by its generic word opens none either.)
        let opener = projectOpeners.match(phrase, at: range.lowerBound, end: range.upperBound)?.length
            ?? DocumentPlace.generic.match(phrase, at: range.lowerBound, end: range.upperBound)?.length
            ?? genericFirms.match(phrase, at: range.lowerBound, end: range.upperBound)?.length
        let spokenOf = opener.map { range.lowerBound + $0 } ?? -1
        let start = max(
            leadingKinds.last(in: phrase, range)?.range.upperBound ?? -1,
            // (智能电动工具生产项目: 动工 inside 电动工具 is no event.)
            countEvents.last(in: phrase, range) { r in !(phrase[r.lowerBound] == "动" && r.lowerBound > 0 && phrase[r.lowerBound - 1] == "电") }?.range.upperBound ?? -1,
            built?.range.upperBound ?? -1, spokenOf, takenUp.last(in: phrase, range)?.range.upperBound ?? -1,
            nameOpenings.last(in: phrase, range)?.range.upperBound ?? -1)
        guard start >= 0, isNamedProject(Array(phrase[start..<range.upperBound])) else { return range.lowerBound }
        return start
    }

    /// Words of a plan or a duty before the event planned: 计划实施…, 要新开工….
    static let plannedOpenings = Lexicon(words: ["计划", "要"])

    /// Where the words naming the whole a part is counted among end (签约项目中 of 签约项目中制造业项目数, 规上企业中), when
    /// three or more words of the part follow.
    static func amongEnd(_ m: [Unicode.Scalar]) -> Int? {
        guard m.count >= 6,
            let k = (3...(m.count - 3)).first(where: { m[$0 - 1] == "中" && (m[$0 - 3] == "项" && m[$0 - 2] == "目" || m[$0 - 3] == "企" && m[$0 - 2] == "业") }),
            // (Only what an event counted, and a part of its kind: not 重点项目中央预算内投资, 企业中长期贷款, 规上工业企业中高新技术企业.)
            countEvents.occurs(in: m, 0..<(k - 3)), Words.index(of: m[(k - 3)..<(k - 1)], in: Array(m[k...])) != nil
        else { return nil }
        return k
    }
    /// A measure without the place or zone it opens with after 在 (在昆山开发区追加投资 → 追加投资), when two words or more
    /// are left; nil when it opens with none.
    static func withoutSite(_ m: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard m.count > 4, m[0] == "在", case let rest = Array(m.dropFirst()),
            let n = DocumentPlace.zoneEnd(in: rest, from: 0, to: rest.count, shortest: 2) ?? placeLength(rest), n + 2 <= rest.count
        else { return nil }
        return Array(rest[n...])
    }
    /// Verbs saying where a project stands (选址县化工园区): the clause they open names no holder.
    static let sitings = Lexicon(words: ["选址", "选址于", "项目选址"])
    /// What is written right before a project's name: a list's opening (签约的重点项目包括：某某…项目), a verb done
    /// (会议现场调度了某某…项目).
    static let nameOpenings = Lexicon(words: ["包括", "分别是", "分别为", "主要有", "了"])
    /// What a meeting took up a project with (会议还就某某…项目建设进行了调度): no part of its name.
    static let takenUp = Lexicon(words: ["还就", "并就", "也就", "会议就", "专门就", "重点就"])
    /// The park the text speaks of, by its generic word before a project's name (园区某某…项目).
    static let projectOpeners = Lexicon(words: ["园区", "该园区", "本园区"])
    /// Who builds, or how it goes on, written before a verb of building: 公司正在建设, 签约建设, 投资建设, 将继续推进.
    static let builders = Lexicon(words: ["正在", "签约", "投资", "公司", "开工", "继续", "持续"])
    /// What a firm's project is said to be before its name: 链主企业秦芯半导体…项目.
    /// What a firm's subsidiary is called before its name: 全资子公司, 控股子公司.
    static let subsidiaries = Lexicon(words: subsidiaryWords)
    static let subsidiaryWords = ["全资子公司", "控股子公司", "子公司", "旗下子公司", "下属子公司"]
    static let leadingKinds = Lexicon(
        words: ["链主企业", "龙头企业", "重点企业", "骨干企业", "入选企业", "上市公司", "上市企业", "港股上市公司", "A股上市公司", "美股上市公司", "科创板上市公司", "创业板上市公司", "新入选企业", "上榜企业", "主会场项目", "分会场项目"]  // (主会场项目——某某产业园项目)
            + subsidiaryWords)
    /// Verbs of publishing a list: 工业和信息化部公布…名单.
    static let publishings = Lexicon(words: ["公布", "公示", "发布", "揭晓", "印发"])
    /// A ranking's own words, no scope of a rank on it: 位居榜单第一.
    static let listWords = Lexicon(words: ["榜单", "该榜单", "榜上", "名单"])
    /// Words of a sentence that speaks of a published list, whose ranks are on it: 榜, 上届.
    static let listMentions = Lexicon(words: ["榜", "上届"])
    /// The events of being put on a list: a count of them is of the day the list was published.
    static let listings = Lexicon(words: listingWords)
    static let listingWords = ["上榜", "入选", "入围", "获评"]
    /// What a firm is before its name: 龙头企业潍岳动力, 链主企业某某集团.
    static let leaders = Lexicon(words: ["龙头", "链主", "骨干", "领军", "头部", "重点"])
    /// Whether a measure is a share's bare name (比重, 占比): the share stated before it.
    static func isShareWord(_ m: [Unicode.Scalar]) -> Bool {
        m.count == 2 && (m[0] == "比" && m[1] == "重" || m[0] == "占" && m[1] == "比")
    }

    /// Verbs of building before what is built: 加快建设…产业园.
    static let buildVerbs = Lexicon(words: ["建设", "加快建设", "规划建设", "打造", "加快打造", "全力打造", "推进", "加快推进", "推动"])
    /// Verbs of holding an event or of carrying on: a phrase with one (举行项目集中签约仪式, 将继续开展项目攻坚行动)
    /// names no project.
    static let eventVerbs = Lexicon(words: ["举行", "召开", "举办", "发布", "公布", "启动", "开展", "继续", "坚持", "将"])

    /// The registered name of a firm a phrase starts with (广州某智能装备股份有限公司发布年报 → …股份有限公司).
    static func firmName(in phrase: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard !phrase.isEmpty,
            // (公司全资子公司恒锐精工常州有限公司: a 子公司 is what the firm named after it is; 星湾电子公司 is a name.)
            // (港股上市公司卓达…控股有限公司: a listed firm is what it is, before its name.)
            let k = phrase.indices.dropFirst(2).first(where: {
                firmNameEnds.match(phrase, at: $0, end: phrase.count) != nil && !isSubsidiary(phrase, $0) && !(phrase[$0 - 2] == "上" && phrase[$0 - 1] == "市")
            }),
            var (_, n) = firmNameEnds.match(phrase, at: k, end: phrase.count)
        else { return nil }
        // (某某汽车集团股份有限公司, 某某轴承集团有限公司: a group's registered name goes on to its form.)
        while let (_, m) = firmNameEnds.match(phrase, at: k + n, end: phrase.count) { n += m }
        // (某某餐饮集团控股有限公司: a group's holding company.)
        if phrase[k + n - 1] == "团", k + n + 2 < phrase.count, phrase[k + n] == "控", phrase[k + n + 1] == "股",
            let (_, m) = firmNameEnds.match(phrase, at: k + n + 2, end: phrase.count)
        {
            n += 2 + m
        }
        var name = Self.name(endingAt: k + n, in: phrase)
        // (某某财经网上海3月2日讯　江苏某某股份有限公司: a byline the name was written right after is no part of it.)
        if let byline = bylineEnd(in: phrase, name.lowerBound..<k) { name = byline..<name.upperBound }
        // (该公司: a firm pointed at is none named; 该项目由…有限公司投资建设 names the firm after 由.)
        if Words.pointers.contains(phrase[name.lowerBound]) { return nil }
        // 一、报告期内公司从事的主要业务: a heading's number or a period before 公司 names no firm.
        // (旨在向本公司股东…: 本公司 is the firm itself, whatever is written before it.)
        if notInFirmNames.occurs(in: phrase, name.lowerBound..<k) || verbBeforeFirm(phrase, at: k)
            || phrase[k - 1] == "本" && (k - 1 == name.lowerBound || wordsEndingInBen.match(phrase, endingAt: k, start: name.lowerBound) == nil)
        {
            return nil
        }
        if let done = notBeforeFirms.last(in: phrase, name.lowerBound..<k) {
            guard registeredEnds.match(phrase, endingAt: name.upperBound, start: name.lowerBound) != nil, k - done.range.upperBound >= 2 else { return nil }
            name = done.range.upperBound..<name.upperBound
        }
        // (2.1　公司主要会计数据: a section's number.)
        if ChineseNumeral.arabic(phrase[name.lowerBound]) != nil, phrase[name.lowerBound..<k].contains(where: { $0 == "." || $0 == "、" }) { return nil }
        if let start = makerEnd(in: phrase, from: name.lowerBound, nameEnd: k) { name = start..<name.upperBound }
        // (记者从…有限公司获悉: whom the reporter heard from, 从 no part of the name.)
        if name.count > 3, framePrepositions.contains(phrase[name.lowerBound]), Gazetteer.match(phrase, at: name.lowerBound, end: name.upperBound) == nil {
            name = (name.lowerBound + 1)..<name.upperBound
        }
        // (记者日前从…有限公司获悉: when the reporter heard it, and 从, are no part of the name either; 从化 is a place.)
        if let from = phrase[name.lowerBound..<min(name.upperBound, name.lowerBound + 4)].firstIndex(of: "从"), from > name.lowerBound, name.upperBound - from > 4,
            Words.periodWords.match(phrase, at: name.lowerBound, end: from) != nil || reportingTimes.match(phrase, at: name.lowerBound, end: from)?.length == from - name.lowerBound
                || phrase[from - 1] == "日" && phrase[name.lowerBound..<(from - 1)].allSatisfy { ChineseNumeral.arabic($0) != nil }  // (记者7月17日从…, 记者5日从…)
        {
            name = (from + 1)..<name.upperBound
        }
        // (…的还有山东某某机械集团股份有限公司: what introduces the firm is no part of its name.)
        if let (_, n) = nameIntroducers.match(phrase, at: name.lowerBound, end: k), k - name.lowerBound - n >= 2 { name = (name.lowerBound + n)..<name.upperBound }
        // 工程机械链主企业恒岳重工股份有限公司: what the firm is said to be, written before its name, is no part of it.
        if let kind = leadingKinds.last(in: phrase, name.lowerBound..<k), k - kind.range.upperBound >= 2 {
            name = kind.range.upperBound..<name.upperBound
        }
        if let start = afterFirmKind(phrase, name.lowerBound, nameEnd: k) { name = start..<name.upperBound }
        // (主会场项目为江苏某某科技有限公司…, 投资方为…: 为 after what the firm is said to be is no part of its name, though a
        // name may hold it, 华为技术有限公司.)
        if let wei = phrase[name.lowerBound..<k].indices.first(where: { phrase[$0] == "为" && Self.firmRoles.match(phrase, endingAt: $0, start: 0) != nil }), k - wei > 4 {
            name = (wei + 1)..<name.upperBound
        }
        // (浏阳经开区与广东某某精密科技股份有限公司签约: the other party, a place or zone, before 与 is no part of the name.)
        if let with = phrase[name.lowerBound..<k].lastIndex(of: "与"), k - with > 4, case let party = Array(phrase[name.lowerBound..<with]),
            placeLength(party) == party.count || DocumentPlace.zoneEnds.match(party, endingAt: party.count, start: 0) != nil
        {
            name = (with + 1)..<name.upperBound
        }
        // (于百慕大注册成立的有限公司: a form alone, after 的, names no firm.)
        return name.count > 2 && name.lowerBound < k ? Array(phrase[name]) : nil
    }

    /// Where a phrase's first words end when they are a firm's registered name (…有限公司, …股份有限公司), nothing
    /// written before the name (链主企业…, 公司全资子公司…), and what follows is of the firm: the firm's own (…有限公司的
    /// 营业收入, a 的 right after the name), not what it built (由…有限公司投资建设的…项目, a 的 further on).
    static func registeredFirmEnd(_ phrase: [Unicode.Scalar]) -> Int? {
        guard phrase.count > 6, phrase.contains("司"), let firm = firmName(in: phrase), phrase.starts(with: firm),
            // (…电子集团有限公司, …集团股份有限公司: the name goes on after 集团.)
            let end = (max(0, firm.count - 4)...min(phrase.count, firm.count + 2)).lazy
                .compactMap({ k in registeredEnds.match(phrase, at: k, end: phrase.count).map { k + $0.length } }).first,
            !phrase[min(end + 1, phrase.count)...].contains("的")
        else { return nil }
        return end
    }

    /// The ends of a firm's registered name, which no place, park or kind of firm has.
    static let registeredEnds = Lexicon(words: ["有限公司", "有限责任公司"])

    /// Whether the 公司 at `k` is a 子公司 of the firm before (全资子公司, 控股子公司, 下属子公司).
    static func isSubsidiary(_ phrase: [Unicode.Scalar], _ k: Int) -> Bool {
        k >= 2 && phrase[k - 1] == "子" && "资股属下".unicodeScalars.contains(phrase[k - 2])
    }

    /// What a firm's registered name never holds: a list's mark, a period (报告期内, 年内), a verb before 公司
    /// (…，创下公司单笔出口订单纪录), a copula, a share or a list before it (仍是公司收入的主要来源, 占公司营业收入, 连同其附属公司),
    /// the firm itself after a preposition (由于本集团, 有助于公司), its board (董事会不建议派发…), where it was incorporated
    /// (于开曼群岛注册成立之有限公司), an exchange (香港交易及结算所有限公司, of a disclaimer), a proposal (利润分配预案：公司拟…),
    /// an event held at a firm (…集中竣工投产活动在宿迁某某纺织科技有限公司举行), a filing's heading (二、报告期公司…).
    static let notInFirmNames = Lexicon(words: ["、", "期内", "年内", "期末", "创下", "刷新", "帮助", "推动", "带动", "成为", "完善", "巩固", "是", "占", "标志着", "意味着", "表明", "连同", "了", "公告", "于本", "助于", "由于", "对于", "属于", "董事会", "注册", "交易所", "结算所", "将对", "预案", "议案", "决议", "提交", "已经", "事项", "多家", "活动在", "仪式在", "会在",
        "报告期",
    ])
    /// What a filing or a broker's note does to the firm before 公司 (现将公司…, 同意为公司…, 事件：公司…, 我们上调公司…,
    /// 发行前公司总股本, 证券研究报告·公司点评): no short name; a registered name written after it starts after it
    /// (我们与临江某某新材料有限公司签订…).
    static let notBeforeFirms = Lexicon(words: ["现将", "同意", "上调", "下调", "维持", "事件", "发行前", "我们", "研究报告"])
    /// Whether a list's item ends in what is measured, no holder's name (工业投资, 净利润; not …项目): items that are
    /// measures of the place or firm before the list.
    static func namesMeasure(_ item: [Unicode.Scalar]) -> Bool {
        Words.metrics.match(item, endingAt: item.count, start: 0) != nil && holderEnds.match(item, endingAt: item.count, start: 0) == nil
    }
    /// Whether words before a count list the members of what it counts (陶瓷、卫浴2个千亿级产业集群, 集成电路、新材料等6个…).
    static func listsMembers(_ words: [Unicode.Scalar]) -> Bool { words.contains("、") || words.last == "等" }
    /// Frames that break a firm's figures down by its products or lines (分产品看, 按业务板块划分): what follows is the firm's.
    static let segmentFrames = Lexicon(words: ["分产品", "分业务", "分板块", "按产品", "按业务", "按板块", "分品类"])
    /// How a sentence breaks a firm's revenue down by market: 分地区看, 按区域划分.
    static let marketFrames = Lexicon(words: ["分地区", "按地区", "分区域", "按区域", "分市场", "按市场", "从区域分布看", "从地区分布看"])
    /// Verbs right before 公司 that make it the firm spoken of, no name's end (约占公司…, 不影响公司…, 将有效缓解公司…,
    /// 合同对公司…, 反映出公司…, 以公司定期报告为准, 参与公司…说明会, 以及公司…, 通过“公司+合作社”, 与公司签订…); within a name (某某提升机有限公司, 中国对外翻译有限公司)
    /// they are the name's.
    static let verbsBeforeFirm = Lexicon(words: [
        "影响", "缓解", "提升", "提高", "增强", "助力", "利好", "对", "反映出", "显示出", "体现出", "以", "参与", "以及", "通过", "与",
        "得益于", "受益于", "归功于", "源于", "受惠于", "随着", "凭借", "依托",  // (海外业务的快速增长主要得益于公司在东南亚…的开拓: why, not a firm's name)
    ])
    /// Whether the 公司 at `k` follows one of `verbsBeforeFirm`.
    static func verbBeforeFirm(_ t: [Unicode.Scalar], at k: Int) -> Bool { k > 0 && verbsBeforeFirm.match(t, endingAt: k, start: max(0, k - 3)) != nil }
    /// Words ending in 本 that a firm's name may end with before 公司 (某某资本有限公司, 日本…): no 本公司.
    static let wordsEndingInBen = Lexicon(words: ["资本", "日本", "基本", "成本", "版本", "样本", "文本", "根本"])

    /// The goods a measure of their volume counts (发动机销量 → 发动机, 整车出口量 → 整车), two characters or more.
    static func goods(of measure: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard let (_, n) = goodsVolumes.match(measure, endingAt: measure.count, start: 0), measure.count - n >= 2 else { return nil }
        var goods = Array(measure.dropLast(n))
        // (挖掘机国内销量, 家用空调总出货量: where a part was sold, or that it is the total, is no part of the goods.)
        if let (_, m) = salesMarkets.match(goods, endingAt: goods.count, start: 0), goods.count - m >= 2 { goods.removeLast(m) }
        if goods.count > 2, goods.last == "总" { goods.removeLast() }
        return goods
    }
    /// The value of goods traded, named alone after their volume (出口额 after 装载机出口量 is 装载机出口额), and that volume.
    static let tradeValues = Lexicon<String>([("出口额", "出口量"), ("出口金额", "出口量"), ("销售额", "销量"), ("销售收入", "销量"), ("出货金额", "出货量")])
    static let goodsVolumes = Lexicon(words: ["销量", "产量", "产销量", "出货量", "交付量", "出口量", "进口量", "销售量", "生产量", "零售量", "批发量"])
    /// Where goods are sold, before the verb or volume of a part of them: 国内销售, 内销出货, 出口出货 (a firm's 海外销量 is a
    /// measure of its own).
    static let salesMarkets = Lexicon(words: ["国内", "内销", "外销", "出口"])
    /// The volume a verb of goods or a volume names, written alone (销售, 销售量 → 销量; 出货 → 出货量).
    static func volume(of words: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        if let (volume, n) = goodsVerbs.match(words, at: 0, end: words.count), n == words.count || n + 1 == words.count && words.last == "量" {
            return Array(volume.unicodeScalars)
        }
        return goodsVolumes.matchesWhole(words) ? words : nil
    }

    /// The volume of goods a phrase says were made, delivered or shipped, in a count of goods: 生产汽车 (103.7万辆) →
    /// 汽车产量, 交付工业机器人 (30600台) → 工业机器人交付量, 出货电池片 → 电池片出货量.
    /// (累计交付各类船舶 → 船舶交付量: a total and the kinds of the goods say no more than the volume does.)
    static func madeGoods(_ phrase: [Unicode.Scalar], _ q: QuantityMention) -> [Unicode.Scalar]? {
        guard q.kind == .count, !unitsOfThings.contains(q.unit), !areaUnits.contains(q.unit) else { return nil }
        return goodsVolume(phrase)
    }

    /// The volume of goods that words opening with a verb of goods name (销售数控机床 → 数控机床销量), if they do.
    static func goodsVolume(_ phrase: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        let start = goodsLeads.match(phrase, at: 0, end: phrase.count)?.length ?? 0
        guard let (volume, n) = goodsVerbs.match(phrase, at: start, end: phrase.count),
            phrase.count > start + n + 1, !Words.joinsNoun(phrase, at: start + n), Words.metrics.last(in: phrase, (start + n)..<phrase.count) == nil  // (交付量, 生产线 are nouns)
        else { return nil }
        let goods = start + n + (allKinds.match(phrase, at: start + n, end: phrase.count - 1)?.length ?? 0)
        return Array(phrase[goods...]) + volume.unicodeScalars
    }
    static let goodsVerbs = Lexicon<String>([
        ("生产", "产量"), ("交付", "交付量"), ("出货", "出货量"), ("销售", "销量"), ("售出", "销量"), ("卖出", "销量"), ("卖了", "销量"), ("出口", "出口量"), ("零售", "零售量"), ("批发", "批发量"),
    ])
    static let firms = Array("企业".unicodeScalars), yearsPlan = Array("年度计划".unicodeScalars)
    /// What 产销 pairs: output, then sales.
    static let madeAndSold = (Array("产量".unicodeScalars), Array("销量".unicodeScalars))
    /// Money put into something, named after 投入: R&D经费, 研发资金.
    static let funds = Lexicon(words: ["经费", "资金", "资本"])
    static let products = Array("产品".unicodeScalars), related = Array("相关".unicodeScalars), port = Array("口岸".unicodeScalars), paid = Array("派发".unicodeScalars), perShare = Array("每股".unicodeScalars)
    /// Words that introduce a firm named after them: 同样交出亮眼成绩单的还有….
    static let nameIntroducers = Lexicon(words: ["还有", "也有", "就是", "便是", "则是", "还是", "包括"])
    /// What a heading says is introduced or told (主要内容介绍, 基本情况说明): no speaker before the verb.
    static let topics = Lexicon(words: ["内容", "情况", "概况", "简况", "简介"])
    /// Who a firm's profit is attributable to, written after the firm (本公司拥有人应占的溢利, 权益持有人应占溢利).
    static let attributable = Lexicon(words: ["拥有人应占", "权益持有人应占", "股东应占", "普通股股东应占"])
    /// The dividend and its kind written right before `end` (末期股息 of …派发末期股息每股), nil when none is.
    static func dividend(endingAt end: Int, in s: [Unicode.Scalar], from start: Int) -> Range<Int>? {
        guard let (_, n) = dividends.match(s, endingAt: end, start: start) else { return nil }
        return (end - n - (dividendKinds.match(s, endingAt: end - n, start: start)?.length ?? 0))..<end
    }
    /// What a firm pays its shareholders, and the kinds of it written before (末期股息, 普通股现金股利).
    static let dividends = Lexicon(words: ["股息", "股利", "红利"])
    static let dividendKinds = Lexicon(words: ["中期", "末期", "特别", "现金", "末期现金", "中期现金", "年度", "季度"])
    /// Words that modify an abbreviation written after them, which then names the measure (经调整EBITDA).
    static let abbreviationModifiers = Lexicon(words: ["调整", "平均", "加权", "实质", "名义"])
    /// Words of a market or an industry as a whole, whose figures no firm holds (全球消费电子市场出货量).
    static let markets = Lexicon(words: ["市场", "行业", "全球", "全国", "全行业"])
    /// Whether a measure is what a firm earned in a market (中国内地市场收益, 海外市场收入): its revenue written right
    /// after 市场, no figure of the market's own (全球消费电子市场出货量).
    static func isMarketsRevenue(_ measure: [Unicode.Scalar]) -> Bool {
        guard let at = Words.index(of: market, in: measure), let (_, n) = revenues.match(measure, at: at + 2, end: measure.count) else { return false }
        return at + 2 + n == measure.count
    }
    static let market = Array("市场".unicodeScalars)
    /// What a firm earns, as a market's revenue names it.
    static let revenues = Lexicon(words: ["收益", "收入", "营收", "营业收入", "销售收入", "销售额", "营业额"])
    /// Words of measures a place holds, never a firm (规上工业增加值, 签约项目数, 全社会用电量): a figure of one that names no
    /// holder is no firm's named before it.
    static let placeMeasures = Lexicon(words: [
        "规上", "规模以上", "全社会", "生产总值", "固定资产投资", "工业投资", "民间投资", "社会消费品", "一般公共预算", "进出口", "签约", "招商",
        "引进", "落户", "居民", "城镇", "专精特新", "小巨人", "高新技术企业", "上云", "外资", "外商", "减税",
    ])
    /// Words a product's name ends with (光学镜头, AI伺服器): written before a firm's account, what it is of. (Not 电源:
    /// 某某电源 is as often a firm's short name.)
    static let productHeads = Lexicon(words: ["产品", "芯片", "晶片", "伺服器", "服务器", "镜头", "模组", "面板", "车型", "机型"])
    /// Words a verb of goods may follow and say no more than it does: a total (累计交付, 共销售), 完工 (完工交付船舶) or
    /// a plan (计划交付).
    static let goodsLeads = Lexicon(words: ["累计", "共", "共计", "合计", "总计", "完工", "计划", "计划完工", "计划再"])
    /// Where a verb of goods ends when the words open with one, after a word that may lead it (完工交付).
    static func goodsVerbEnd(_ phrase: [Unicode.Scalar]) -> Int? {
        let start = goodsLeads.match(phrase, at: 0, end: phrase.count)?.length ?? 0
        return goodsVerbs.match(phrase, at: start, end: phrase.count).map { start + $0.length }
    }
    /// Words of every kind of the goods named after them: 各类船舶.
    static let allKinds = Lexicon(words: ["各类", "各种", "各型", "各类型", "各款"])

    /// The short names a text declares for firms and zones, by their full names: 华曜精密制造股份有限公司（以下简称“华曜精密”）,
    /// 天津经济技术开发区（泰达）.
    static func declaredShortNames(in s: [Unicode.Scalar]) -> [[Unicode.Scalar]: [Unicode.Scalar]] {
        var names: [[Unicode.Scalar]: [Unicode.Scalar]] = [:]
        var open = 0
        while open + 3 < s.count {
            defer { open += 1 }
            guard s[open] == "（" || s[open] == "(", open > 2, Words.isHan(s[open - 1]) else { continue }
            var k = open + 1
            // （以下简称“…”）, （简称…）, or the short name alone in brackets.
            let said = shortNameWords.match(s, at: k, end: s.count).map { k += $0.length } != nil
            while k < s.count, shortNameMarks.contains(s[k]) { k += 1 }
            let start = k
            while k < s.count, k - start <= 8, Words.isHan(s[k]) || s[k].properties.isAlphabetic && s[k].isASCII { k += 1 }
            guard (2...(said ? 8 : 4)).contains(k - start), k < s.count, shortNameEnds.contains(s[k]) else { continue }
            var b = open
            while b > 0, open - b < 30, Words.isHan(s[b - 1]) { b -= 1 }
            let phrase = Array(s[b..<open])
            if let full = firmName(in: phrase) {
                // (濠江电力股份有限公司（濠电）: a short name alone in brackets, made of the name's own characters, in order.)
                let short = Array(s[start..<k])
                if said || short.first == full.first && isAbbreviation(short, of: full) { names[full] = short }
            } else if DocumentPlace.zoneEnds.match(phrase, endingAt: phrase.count, start: 0) != nil, phrase.count > 4,
                case let short = Array(s[start..<k]), said || placeLength(short) != short.count
            {
                names[phrase] = short  // (not 成都经济技术开发区（龙泉驿区）: the district the zone lies in, no name of it)
            }
        }
        return names
    }
    static let shortNameWords = Lexicon(words: ["以下简称", "下称", "简称", "以下称"])
    /// Whether `short` is made of characters of `full`, in their order (濠电 of 濠江电力股份有限公司).
    static func isAbbreviation(_ short: [Unicode.Scalar], of full: [Unicode.Scalar]) -> Bool {
        var k = 0
        for c in full where k < short.count && c == short[k] { k += 1 }
        return k == short.count
    }
    /// How a name for several is declared in brackets (本公司及附属公司（合称「本集团」）): no part of the phrase.
    static let groupNameWords = Lexicon(words: ["统称", "合称", "以下统称", "以下合称"])
    /// Who writes a news item, in brackets after its byline: （记者 王刚　通讯员 李明）.
    static let reporters = Lexicon(words: ["记者", "通讯员", "见习记者", "特约记者", "本报记者"])
    static let shortNameEnds = ScalarSet("”\"」）)".unicodeScalars)
    static let shortNameMarks = ScalarSet("“\"「：:".unicodeScalars)
    /// A listed firm's labels of its stock, written beside its name: 证券代码：688317.
    static let stockLabels = Lexicon(words: ["证券代码", "股票代码", "证券简称", "股票简称", "股份代号", "股份代码", "股票代号"])
    /// A plan's name after its period: “十四五”规划目标任务, 规划纲要 (规划期间 is the plan's years).
    static let planNames = Lexicon(words: ["规划目标", "规划任务", "规划纲要", "规划确定"])

    /// Where a zone named at the phrase's start ends: one named after its place (天津滨海高新技术产业开发区坚持…, the zone,
    /// not the place), or one before its office (某江新区管委会…; not 全力推进自贸试验区建设).
    static func zoneOpening(_ words: [Unicode.Scalar]) -> Int? {
        let place = placeLength(words)
        // (Most phrases name neither: an office is looked for only where 管 is written.)
        guard place != nil || words.contains("管"), let k = DocumentPlace.zoneEnd(in: words, from: 0, to: words.count, shortest: place ?? 2) else { return nil }
        return place != nil || zoneOffices.match(words, at: k, end: words.count) != nil ? k : nil
    }
    /// A zone's offices, written after its name: 某某新区管委会.
    static let zoneOffices = Lexicon(words: ["管委会", "管理委员会", "管理局"])

    /// The name of a park, a base or a cluster a phrase gives, in full up to a verb (苏州工业园区纳米新材料产业园位于园区东部
    /// is the 产业园, not the 工业园 its name starts with); none for a generic place (全市) or a place's level.
    static func parkName(in phrase: [Unicode.Scalar]) -> Range<Int>? {
        // 加快建设智能网联汽车产业园: the park being built, after the verb; 走进位于…的云峰智造产业园, the park visited,
        // after where it lies (位于…的某某园是…的专业园区: the park, not the kind it is said to be).
        // (原创　某某产业园运营中心: a public account's mark before its name, no part of the park's.)
        let lead = buildVerbs.match(phrase, at: 0, end: phrase.count)?.length ?? visits.match(phrase, at: 0, end: phrase.count)?.length
            ?? accountMarks.match(phrase, at: 0, end: phrase.count)?.length
            ?? (locations.match(phrase, at: 0, end: phrase.count) != nil ? phrase[..<(phrase.firstIndex(of: "是") ?? phrase.count)].lastIndex(of: "的").map { $0 + 1 } : nil)
        if let n = lead, n < phrase.count {
            return parkName(in: Array(phrase[n...])).map { ($0.lowerBound + n)..<($0.upperBound + n) }
        }
        // (通报园区过去一年…, 深化智慧化工园区建设: what a holder does to a park names none; 加快建设…产业园 is built, above.)
        if lead == nil, doings.match(phrase, at: 0, end: phrase.count) != nil { return nil }
        // 安徽某某电机有限公司芜湖经开区电机工厂: a plant named after the firm's registered name, with its
        // place and zone inside.
        // (…有限公司与高新区签约建设…生产基地, …有限公司扩建厂房: what the firm does, no plant's name.)
        if let e = registeredFirmEnd(phrase), e < phrase.count, case let nameEnd = phrase[e...].firstIndex(where: { !Words.isHan($0) }) ?? phrase.count,
            e + 2 <= nameEnd, let k = ((e + 2)...nameEnd).last(where: { plantEnds.match(phrase, endingAt: $0, start: e) != nil }),
            case let before = e..<(k - (plantEnds.match(phrase, endingAt: k, start: e)?.length ?? 0)),  // (生产线's 生产 is its name's)
            !phrase[before].contains(where: { Self.partiesAndPlaces.contains($0) }), !buildVerbs.occurs(in: phrase, before), !Words.actions.occurs(in: phrase, before)
        {
            return 0..<k
        }
        guard parkNameEnds.occurs(in: phrase, 0..<phrase.count), let first = phrase.first, !DocumentPlace.levels.contains(first), Words.places.match(phrase, at: 0, end: phrase.count) == nil else { return nil }
        // (与珠海一桥之隔的横琴粤澳深度合作区: the zone after what is said of it, which its first 的 ends; not the kind of park
        // one is said to be, 以精密机械为特色的专业园区.)
        if lead == nil, let de = phrase.firstIndex(of: "的"), de + 4 <= phrase.count, !parkNameEnds.occurs(in: phrase, 0..<de),
            case let rest = Array(phrase[(de + 1)...]), let name = parkName(in: rest), name.count > 3,
            DocumentPlace.zoneEnds.match(rest, endingAt: name.upperBound, start: name.lowerBound) != nil
        {
            return (name.lowerBound + de + 1)..<(name.upperBound + de + 1)
        }
        let nameEnd = phrase.indices.first { !Words.isHan(phrase[$0]) || parkNameStops.match(phrase, at: $0, end: phrase.count) != nil } ?? phrase.count
        // (连接境外主要枢纽城市, 港口城市: a kind of city, no hub.)
        // (晶圆代工厂某某创新: a foundry, what a firm is, no plant.)
        guard nameEnd >= 3, let k = (3...nameEnd).last(where: {
            parkNameEnds.match(phrase, endingAt: $0, start: 0) != nil && !phrase[$0...].starts(with: "城市".unicodeScalars) && foundries.match(phrase, endingAt: $0, start: 0) == nil
        })
        else { return nil }
        var name = Self.name(endingAt: k, in: phrase)
        // (三年再造一个新园区: a slogan's park, still to be made, is no name; nor is a tier's, 跻身千亿级集群之列, nor a
        // ranking's, “2025中国先进制造业百强园区”榜单, nor a class of a place's, 居全省化工园区前列.)
        guard !sloganWords.occurs(in: phrase, name), !DocumentPlace.generic.occurs(in: phrase, name) else { return nil }
        // (获评国家先进制造业集群: the list a cluster is put on names no cluster.)
        guard !listings.occurs(in: phrase, name) else { return nil }
        // (完成村级工业园改造面积1.36万亩, 省级开发区: parks of a level are a class of the place's, no park.)
        guard !parkLevels.occurs(in: phrase, name) else { return nil }
        // (全省优秀等次集群8个、良好等次集群26个: clusters of a grade are a class, no cluster.)
        guard !grades.occurs(in: phrase, name) else { return nil }
        // (从工业园区分布看: a frame's 从 is no part of a name.)
        if name.count > 1, framePrepositions.contains(phrase[name.lowerBound]) { name = (name.lowerBound + 1)..<name.upperBound }
        // (泰州医药高新区2025年上半年园区运行情况: the zone's parks are the zone; so is what the zone does to them,
        // 某某开发区抓实“园区二次创业”.)
        if name.count > 4, phrase[name.upperBound - 2] == "园", phrase[name.upperBound - 1] == "区",
            let zone = stride(from: name.upperBound - 2, through: max(name.lowerBound + 3, name.upperBound - 6), by: -1).first(where: {
                DocumentPlace.zoneEnds.match(phrase, endingAt: $0, start: name.lowerBound) != nil
            })
        {
            name = name.lowerBound..<zone
        }
        return name.count > 3 ? name : nil
    }
    static let sloganWords = Lexicon(words: ["再造", "打造", "一个", "一批", "一流", "世界级", "百强园区", "百强开发区", "百强工业园区"] + tierWords)
    /// Words that before 环节 make a kind of link, no chain's link (关键环节：, 薄弱环节：; 关键零部件环节 is one).
    static let linkKinds = Lexicon(words: ["薄弱", "短板", "关键", "缺失", "重点", "核心", "各", "主要", "各主要", "上游", "中游", "下游", "生产", "研发设计"])
    /// What opens a label ending in 环节 that names no link: a verb or a preposition (聚焦薄弱环节：, 在审批环节：).
    static let linkOpenings = Lexicon(words: ["聚焦", "补齐", "补强", "强化", "打通", "突破", "在", "从", "对"])
    /// Words of a grade that make a kind of cluster or park a class: 优秀等次集群, A类园区.
    static let grades = Lexicon(words: ["等次", "等级", "档次"])
    /// Levels that make a kind of park a class of parks: 村级工业园, 省级开发区.
    /// Things counted at `level` instead of the level they were counted at: 市级以上智能制造示范工厂 → 国家级智能制造示范工厂,
    /// 新认定省级以上企业技术中心 → 新认定国家级企业技术中心.
    static func atLevel(_ level: [Unicode.Scalar], _ things: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard let found = parkLevels.first(in: things, 0..<things.count), let r = parkLevels.match(things, at: found, end: things.count).map({ found..<(found + $0.length) })
        else { return level + things }
        let end = r.upperBound + (levelsAndAbove.match(things, at: r.upperBound, end: things.count)?.length ?? 0)
        return Array(things[..<r.lowerBound]) + level + Array(things[end...])
    }
    static let levelsAndAbove = Lexicon(words: ["以上", "及以上"])
    /// Levels that make parks, factories or firms a class: 村级工业园, 省级开发区, 卓越级智能工厂.
    static let parkLevels = Lexicon(words: ["村级", "镇级", "县级", "区级", "市级", "省级", "国家级", "卓越级", "先进级", "基础级", "领航级", "引领级", "标杆级"])
    /// Tiers of output a cluster or a firm is counted in: 千亿级产业集群, 百亿级企业.
    static let tiers = Lexicon(words: tierWords)
    /// Tiers of output as amounts, with or without 级: 千亿县, 百亿级园区.
    static let tierAmounts = Lexicon(words: ["百亿", "千亿", "万亿", "五百亿"] + tierWords)
    static let tierWords = ["百亿级", "千亿级", "万亿级", "五百亿级", "超百亿级", "超千亿级", "百亿元级", "千亿元级"]
    /// Words saying where a thing lies: 位于松江区九亭镇的…产业园.
    static let locations = Lexicon(words: ["位于", "地处", "坐落于", "坐落在"])
    /// Where a firm's name starts after a kind of firm or a role written before it, from `start` (光伏组件企业江南光能
    /// 股份有限公司, 实施主体某某匈牙利有限公司), four characters of name at least before `nameEnd`, where its form starts
    /// (股份有限公司, 有限公司, 公司); 中华企业股份有限公司 and 某某企业管理有限公司 keep their 企业.
    static func afterFirmKind(_ phrase: [Unicode.Scalar], _ start: Int, nameEnd: Int) -> Int? {
        guard let kind = firmKinds.last(in: phrase, start..<nameEnd), kind.range.lowerBound > start, nameEnd - kind.range.upperBound >= 4,
            firmKindTails.match(phrase, at: kind.range.upperBound, end: nameEnd) == nil  // (某某企业管理咨询有限公司: a name's business)
        else { return nil }
        return kind.range.upperBound
    }
    /// What a firm's name goes on with after 企业 when 企业 is part of it: 企业管理, 企业服务, 企业发展.
    static let firmKindTails = Lexicon(words: ["管理", "咨询", "服务", "发展", "信息", "投资", "策划", "孵化", "运营", "集团"])
    /// What an amount invested is named by: 计划总投资 and 计划投资 keep their 计划.
    static let investments = Lexicon(words: ["投资"])
    /// Words an industry's name opens with, no firm's short name: 新能源汽车, 智能装备, 高端装备.
    static let industryOpenings = Lexicon(words: ["新能源", "智能", "高端", "绿色", "数字", "先进", "新材料", "集成电路", "生物", "现代", "战略性"])
    /// Times around a holiday that open a clause: 春节后, 节后, 开年后.
    static let holidayTimes = Lexicon(words: ["春节后", "春节前", "春节期间", "节后", "节前", "年后", "开年后", "开春后", "国庆后", "国庆期间"])
    /// What a firm is, written before its registered name: 企业, 主体 (实施主体), 厂商.
    static let firmKinds = Lexicon(words: ["企业", "主体", "厂商", "厂家"])
    /// Words of a plan or an expectation between a name and its period (首批车辆计划于今年四季度…): what is planned.
    static let plannings = Lexicon(words: ["计划", "预计", "力争"])
    /// Verbs of a thing finished, beyond the events counted (建成, 完工): when it is to be done is no period of figures.
    static let completions = Lexicon(words: ["建成", "完工", "投用", "交付"])
    /// Prepositions that open a frame (从…看, 在…中, 据…): none starts a name.
    static let framePrepositions = ScalarSet("从在据与".unicodeScalars)
    /// Words for the place spoken of, no zone's own name: 当地工业园区, 本地.
    static let localities = Lexicon(words: ["当地", "本地", "各地", "外地"])
    /// Firms named by the list they are on, a class of what is measured (入选企业平均研发投入强度).
    static let listedClasses = Lexicon(words: [
        "入选企业", "上榜企业", "新入选企业", "获评企业", "入围企业", "百强企业", "上榜百强企业", "入库企业", "在库企业",
        // (亩均效益评价: the firms assessed and their grades, 参评企业亩均税收, A类企业亩均税收)
        "参评企业", "A类企业", "B类企业", "C类企业", "D类企业", "A档企业", "B档企业", "C档企业", "D档企业",
        "高企", "规上高企",  // (高新技术企业 written short: 全区规上高企实现营业收入…)
        "在孵企业", "毕业企业",  // (an incubator's: 在孵企业有效知识产权9.14万件)
        "各类企业",  // (a bulletin's performers: 各类企业R&D经费支出531.26亿元)
    ])
    /// Firms listed on a market, a class of a place's: 上市公司, A股上市公司.
    static let listedCompanies = Lexicon(words: ["上市公司", "上市企业", "A股上市公司", "A股公司", "境内上市公司", "境内A股上市公司"])
    /// The ranked firms of a place's list: 50强企业, 百强企业.
    static let rankedFirms = Lexicon(words: ["强企业", "强工业企业", "强民营企业"])

    /// How long the class of firms `phrase` opens with is (入选企业, 上市公司, 50强企业), if it opens with one.
    static func firmClassLength(_ phrase: [Unicode.Scalar]) -> Int? {
        if let (_, n) = listedClasses.match(phrase, at: 0, end: phrase.count) ?? listedCompanies.match(phrase, at: 0, end: phrase.count) { return n }
        let k = ChineseNumeral.runEnd(phrase, from: 0, before: phrase.count)
        guard k > 0, let (_, n) = rankedFirms.match(phrase, at: k, end: phrase.count) else { return nil }
        return k + n
    }
    /// How long the count of firms written at `start` is (68家), or 0.
    static func countLength(_ phrase: [Unicode.Scalar], at start: Int) -> Int {
        let k = ChineseNumeral.runEnd(phrase, from: start, before: phrase.count)
        return k > start && k < phrase.count && phrase[k] == "家" ? k + 1 - start : 0
    }

    /// A caption's word for a count spread over places: 入选企业按县（市、区）分布如下：.
    static let spreads = Lexicon(words: ["分布"])
    /// A firm's leading products, written before the one measured: 主导产品, 其主导产品 (its own, in a sentence of its own).
    static let leadingProducts = Lexicon(words: ["主导产品", "其主导产品", "主营产品", "其主营产品", "核心产品", "其核心产品"])
    /// Times written before 从 when a reporter says whom the news came from (记者日前从…有限公司获悉).
    static let reportingTimes = Lexicon(words: recentDays + ["近期", "此前", "目前"])
    /// The day a firm held or published something, as news writes it: 昨日召开, 同日公布.
    static let newsDays = Lexicon(words: recentDays + ["当日", "同日"])
    static let recentDays = ["日前", "近日", "今天", "今日", "昨天", "昨日", "昨晚", "昨夜", "当天"]
    /// What a firm holds or publishes on such a day: 召开法人说明会, 公布营收.
    static let firmNews = Lexicon(words: ["召开", "举行", "举办", "公布", "发布", "披露", "宣布"])

    /// A name that ends at `end`, from after the last 的, 由 or separator before it: 港股上市的华晟精密制造集团 → 华晟精密制造集团,
    /// 【记者林某】华鑫光电股份有限公司 → 华鑫光电股份有限公司.
    /// (记者走进广西桂冠机械股份有限公司总装车间: a reporter's visit is no part of the name.)
    static func name(endingAt end: Int, in phrase: [Unicode.Scalar]) -> Range<Int> {
        var start = phrase[..<end].indices.last(where: {
            phrase[$0] == "的" || phrase[$0] == "由" || Words.trailSeparators.contains(phrase[$0]) && !joinsName(phrase, at: $0, end: end)
        }).map { $0 + 1 } ?? 0
        // (投资最大的是某某电驱系统项目, 投资额最大的为…: what the name is said to be, after 的是 or 的为.)
        if start > 0, start + 3 < end, phrase[start - 1] == "的", phrase[start] == "是" || phrase[start] == "为" { start += 1 }
        return (visits.last(in: phrase, start..<end).map(\.range.upperBound) ?? start)..<end
    }
    /// Whether the mark at `k` is a single dash between two characters of the project's or fair's name ending at `end`
    /// (己内酰胺—聚酰胺切片项目), not a separator (主会场项目——…, 首页—要闻).
    static func joinsName(_ phrase: [Unicode.Scalar], at k: Int, end: Int) -> Bool {
        guard phrase[k] == "—", k > 0, k + 1 < phrase.count, Words.isHan(phrase[k - 1]), Words.isHan(phrase[k + 1]), !"页闻讯".unicodeScalars.contains(phrase[k - 1])
        else { return false }
        // (A project's or a fair's name may join its words by a dash: 第21届中国—东盟博览会.)
        return end >= 2 && phrase[end - 2] == "项" && phrase[end - 1] == "目" || eventEnds.match(phrase, endingAt: end, start: 0) != nil
    }
    /// Verbs of a visit or an interview before who is visited (走进, 来到, 探访, 专访了), and 记者, who makes it.
    static let visits = Lexicon(words: ["走进", "来到", "探访", "走访", "记者", "专访", "专访了", "采访", "采访了", "看看", "来看看", "一起来看看"])

    /// A measure without the event that counted its things: 新增专精特新企业 → 专精特新企业 (a total counts them all).
    static func withoutEvent(_ measure: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard let (_, n) = countEvents.match(measure, at: 0, end: measure.count), n < measure.count else { return measure }
        return Array(measure.dropFirst(n))
    }

    /// The length of a place name written first (花都区, 广州市, 某区), if one is.
    static func properPlace(_ t: [Unicode.Scalar]) -> Int? {
        guard let n = division(t) else { return nil }
        // 佛山市顺德区, 广东省惠州市: a division named within the one before it is one place.
        if n < t.count, DocumentPlace.levels.contains(t[n - 1]), t[n - 1] != "区", t[n - 1] != "县",
            let (level, m) = Gazetteer.match(t, at: n, end: t.count), m > 2, level != "省"
        {
            return n + m
        }
        // 晋江市某埭镇, 吴中区某巷街道: a town or a subdistrict named within its county or district is one place.
        // (某某县市场镇区人口: 市场 is no town's name.)
        if n < t.count, t[n - 1] == "市" || t[n - 1] == "县" || t[n - 1] == "区" || t[n - 1] == "旗", !DocumentPlace.levels.contains(t[n]) {
            if n + 3 <= t.count, Words.isTown(t, n..<(n + 3)) { return n + 3 }
            if n + 4 <= t.count, t[n + 2] == "街", t[n + 3] == "道", t[n..<(n + 2)].allSatisfy(Words.isHan), !Words.kindOpenings.contains(t[n]),
                notSubdistricts.match(t, at: n, end: n + 2) == nil
            {
                return n + 4
            }
        }
        // 黄骅港货物吞吐量: a port named after its place is the holder, not the place (港区 and 港澳 are words of their own).
        if n < t.count, t[n] == "港", !DocumentPlace.levels.contains(t[n - 1]), n + 1 == t.count || !notPorts.contains(t[n + 1]) { return n + 1 }
        return n
    }
    /// What after 港 makes it part of another word: 港区, 港澳, 港台, 港资, 港股, 港币, 港元.
    static let notPorts = ScalarSet("区澳台资股币元口".unicodeScalars)

    /// The length of the division, zone or unnamed place (某市) a phrase starts with.
    private static func division(_ t: [Unicode.Scalar]) -> Int? {
        if t.count >= 2, t[0] == "某", DocumentPlace.levels.contains(t[1]) { return 2 }
        for length in [3, 4] where t.count >= length {
            let suffix = t[length - 1]
            if DocumentPlace.levels.contains(suffix), t[..<(length - 1)].allSatisfy(Words.isHan),
                !DocumentPlace.notNames.contains(t[length - 2]), Words.places.match(t, at: 0, end: t.count) == nil,
                t[length - 2] != "城" || Gazetteer.match(t, at: 0, end: length) != nil,  // (通航城市 counts cities; 盐城市 is one)
                !(t.count > length && (suffix == "市" && "场民值".unicodeScalars.contains(t[length]) || "级属直委政".unicodeScalars.contains(t[length])))
            {
                return length
            }
        }
        // 容桂街道: a subdistrict, named by two characters.
        if t.count >= 4, t[2] == "街", t[3] == "道", t[..<2].allSatisfy(Words.isHan), !Words.kindOpenings.contains(t[0]),
            notSubdistricts.match(t, at: 0, end: 2) == nil
        {
            return 4
        }
        // 煤山镇　-3.5: a town alone on its table's row, named by two characters (城镇, 小城镇, 乡镇 are no town's name).
        if t.count == 3, Words.isTown(t, 0..<3) { return 3 }
        // 合肥经济技术开发区, 东湖高新区: a zone, named in full before its kind.
        if let zone = DocumentPlace.zoneEnd(in: t, from: 0, to: t.count, shortest: 2) { return zone }
        // 宁波国家级专精特新企业, 乌鲁木齐市, 祁县: a division's name (东区, 矿区 are words too).
        guard let (level, n) = Gazetteer.match(t, at: 0, end: t.count), n > 2 || level == "市" || level == "省" || level == "县" else { return nil }
        return n
    }

    /// A holder as it may stand: cut before a verb or adverb (广州再添 → 广州), nil for a time, a comparison or a verb.
    static func holder(_ phrase: [Unicode.Scalar]?) -> [Unicode.Scalar]? {
        guard var h = phrase, !h.isEmpty else { return nil }
        // 首页|要闻|…顺德, —6—年末全市: a page's menu or footer before the name is no part of it.
        dropByline(&h)
        h.removeFirst(romanItemLength(h))
        // 某县与某某科技有限公司、…现场签约项目2个: the place that signs with firms holds what it signed (同 as 与).
        if let n = placeLength(h), n >= 2, n + 4 < h.count, h[n] == "与" || h[n] == "同" && !"期比类行时".unicodeScalars.contains(h[n + 1]), firmName(in: Array(h[(n + 1)...])) != nil { h.removeLast(h.count - n) }
        if let k = h.lastIndex(where: { Words.trailSeparators.contains($0) }) { h.removeFirst(k + 1) }
        // (在港上市的华腾汽车, 位于金湾区的格创智能制造基地: where a firm is listed or a plant lies, said before 的, is no part of
        // its name.)
        // (与深圳一河之隔的前海深港现代服务业合作区: so is anything said of a zone or a park before its name.)
        if let de = h.lastIndex(of: "的"), h.count - de > 2,
            listingsAndSites.occurs(in: h, 0..<de) || h.count - de > 4 && parkNameEnds.match(h, endingAt: h.count, start: de + 1) != nil
                && parkName(in: Array(h[(de + 1)...])) == 0..<(h.count - de - 1)
        {
            h.removeFirst(de + 1)
        }
        // (某某集群以去年营收…排在第2位: 以, what it is ranked by, is no part of the name.)
        if h.count > 4, h.last == "以" { h.removeLast() }
        if let start = makerEnd(in: h, from: 0, nameEnd: h.count) { h.removeFirst(start) }
        // (春节后公司计划…: a time around a holiday is no part of the name.)
        if let (_, n) = holidayTimes.match(h, at: 0, end: h.count), n < h.count - 1 { h.removeFirst(n) }
        if registeredEnds.match(h, endingAt: h.count, start: 0) != nil, let form = h.indices.dropFirst(2).first(where: { firmNameEnds.match(h, at: $0, end: h.count) != nil }),
            let start = afterFirmKind(h, 0, nameEnd: form)
        {
            h.removeFirst(start)
        }
        // (另一工程机械龙头北方重科: a trade's leader, named after what it is; so is a firm after its kind, `firmAfterItsKind`.)
        if let (leader, k) = leaderNameStart(h), h.count - k >= 3, h[leader].elementsEqual(dragonHead) || namesFirm(h, from: k) {
            h.removeFirst(k)
        } else if let k = firmAfterFirmsKind(h) {
            h.removeFirst(k)
        }
        // (创新药企康泽生物, 新势力车企某某汽车: a firm after its kind written short, …企 for 企业.)
        if let k = h.indices.dropFirst().first(where: { h[$0] == "企" && Self.shortFirmKinds.contains(h[$0 - 1]) }), h.count - k > 2, h[k + 1] != "业" { h.removeFirst(k + 1) }
        // 香港特区政府将…预测维持在2.5%至3.5%: a government's figure is its place's.
        if let (_, n) = governments.match(h, endingAt: h.count, start: 0), n < h.count, placeLength(Array(h.dropLast(n))) == h.count - n {
            h.removeLast(n)
        }
        if let k = h.indices.dropFirst(2).first(where: { holderBreaks.match(h, at: $0, end: h.count) != nil }) { h.removeLast(h.count - k) }
        h.removeFirst(projectNameStart(h, 0..<h.count))
        if h.count > 2, h.last == "内" || h.last == "中" { h.removeLast() }  // 集群内, 园区中
        if h.count > 4, h.last == "以", firmNameEnds.match(h, endingAt: h.count - 1, start: 0) != nil { h.removeLast() }  // 某某集团有限公司以…位居
        // 台积电8日公布, 该公司今日发布: the day it spoke is no part of the name.
        if h.count > 3, h.last == "日" {
            var k = h.count - 1  // where the day's digits start
            while k > 0, ChineseNumeral.arabic(h[k - 1]) != nil { k -= 1 }
            if k < h.count - 1 {
                h.removeLast(h.count - k)
                if h.count > 2, "今昨".unicodeScalars.contains(h[h.count - 1]) { h.removeLast() }  // 钰晶科技今（17）日
            } else if "今昨近同当".unicodeScalars.contains(h[k - 1]) {
                h.removeLast(2)
            }
        }
        // 恒锐精密（603817）: a stock code is no part of the name.
        var digits = h.count
        while digits > 0, ChineseNumeral.arabic(h[digits - 1]) != nil { digits -= 1 }
        if h.count - digits >= 4, digits >= 2 { h.removeLast(h.count - digits) }
        Words.strip(&h)
        // 拓远动力董事长李峰: the firm or place whose officer it is (冠宇达相关负责人: 达 of its name kept).
        if let k = h.indices.dropFirst(2).first(where: { firmOfficers.match(h, at: $0, end: h.count) != nil }) { h.removeLast(h.count - k) }
        if h.count < 2 || notHolders.match(h, at: 0, end: h.count) != nil || stockLabels.match(h, at: 0, end: h.count) != nil
            || durations.match(h, endingAt: h.count, start: 0) != nil
            || ChineseNumeral.arabic(h[0]) != nil || h.last == "日" || offices.contains(h[h.count - 1]) || bylines.occurs(in: h, 0..<h.count)
            || statementWords.occurs(in: h, 0..<h.count) || draftings.occurs(in: h, 0..<h.count)  // (主导和参与制定国家、行业: what was drawn up)
        {
            return nil
        }
        if let (_, n) = Words.actions.match(h, at: 0, end: h.count), n == h.count { return nil }  // a verb alone: 打造
        if bareKinds.matchesWhole(h) { return nil }
        if h.first == "第", h.last == "批" { return nil }  // 第一批: a batch, no holder
        if h.count > 1, h[0] == "受", !Self.affected.contains(h[1]) { return nil }  // 受硅料价格…影响: a cause (受访企业 are some)
        return h
    }
    /// Where a firm is listed or a plant lies, said of it before 的 (在港上市的…, 位于金湾区的…).
    static let listingsAndSites = Lexicon(words: ["上市", "位于", "地处", "坐落", "坐落于"])
    /// What after 受 makes a word of its own, not a cause: 受访, 受益, 受理, 受托, 受让.
    static let affected = ScalarSet("访益理托让".unicodeScalars)
    /// What before 受 makes a word of it (享受, 接受, 承受, 遭受, 感受): no cause.
    static let notAffecting = ScalarSet("享接承遭感忍".unicodeScalars)

    /// Drops a newspaper's byline from the start of a phrase: （本报讯）港股上市的华晟… (a reporter named after it is no
    /// holder either: the phrase is left as it is).
    static func dropByline(_ h: inout [Unicode.Scalar]) {
        if let byline = newsBylines.last(in: h, 0..<h.count), !bylines.occurs(in: h, byline.range.upperBound..<h.count) {
            h.removeFirst(byline.range.upperBound)
            if h.first == "】" { h.removeFirst() }  // 【本报讯】
        } else if let k = h.prefix(16).lastIndex(of: "讯"), k >= 4,
            (max(2, k - 6)..<(k - 1)).contains(where: { placeLength(Array(h[$0..<k])) == k - $0 })
        {
            h.removeFirst(k + 1)  // 财讯天下济南6月17日讯　…: a source's byline, its city before 讯 (its day read as a period)
        } else if let k = h.prefix(16).firstIndex(of: "电"), k >= 4,
            (max(3, k - 6)..<(k - 1)).contains(where: { newsSources.contains(h[$0 - 1]) && placeLength(Array(h[$0..<k])) == k - $0 })
        {
            h.removeFirst(k + 1)  // 新华社合肥3月5日电（记者…）: a wire's dateline, its source and city before 电
        }
        // 记者从南昌小蓝经济技术开发区(获悉): who the reporter heard it from is named after 从.
        // (本报记者日前从…: the words before 从 name the reporter.)
        if let k = h.prefix(12).firstIndex(of: "从"), Words.text(h[..<k]).contains("记者") { h.removeFirst(k + 1) }
        // 记者专访了公司总经理陈立: whom the reporter visits or interviews is named after the verb.
        if h.first == "记", let visit = visits.last(in: h, 0..<min(h.count, 8)) { h.removeFirst(visit.range.upperBound) }
    }

    /// The length of the place whose economy the words name (香港经济增长3.3%: the place holds it, 经济 grows).
    static func economyPlace(_ words: [Unicode.Scalar]) -> Int? {
        guard words.count > 2, words.suffix(2).elementsEqual("经济".unicodeScalars), let n = placeLength(words), n == words.count - 2 else { return nil }
        return n
    }

    /// Prepositions a figure may follow with nothing measured written (以3862家, 由…).
    static let prepositions = ScalarSet("以为在由于对向".unicodeScalars)

    /// Units of land and floor space: a figure in one measures an area (标准厂房68万平方米 → 标准厂房面积).
    static let areaUnits: Set<String> = ["亩", "平方米", "平方公里", "公顷"]
    /// Units of the size of things counted (a ship's 载重吨, a box's 标准箱): 46艘、528万载重吨 counts the same orders twice.
    static let sizeUnits: Set<String> = ["载重吨", "修正总吨", "总吨", "标准箱"]

    /// A measure as it may stand: a count's noun phrase gets 数 (5G基站数), an area's 面积 (首期开发面积), goods shipped
    /// 量 (汽车出口量, when `goods`: a count in units of goods, 辆 or 吨, not 个 or 家); a share's
    /// words are cut at 占, the rest going to its basis.
    static func measure(_ words: [Unicode.Scalar], count: Bool, area: Bool = false, goods: Bool = false) -> (measure: [Unicode.Scalar]?, whole: [Unicode.Scalar]?) {
        var m = words
        // 本届博览会期间共达成签约项目: the time of a fair says when, no part of what was signed.
        if let k = Words.index(of: Self.during, in: m), k > 0, k + 2 < m.count, m[k - 1] == "会" {  // (公司期间费用率 keeps it)
            m.removeFirst(k + 2)
            Words.strip(&m)
        }
        // 业主净利新台币31.7亿元: the currency is the figure's unit.
        if let (_, n) = QuantityScanner.currenciesBefore.match(m, endingAt: m.count, start: 0), n < m.count { m.removeLast(n) }
        var whole: [Unicode.Scalar]?
        // 市场占有率 is a rate, 占地 (not 占地区生产总值, 占地方一般公共预算支出) the land a thing takes, 股东应占溢利 a measure named whole.
        if let k = m.firstIndex(of: "占"), k == 0 || m[k - 1] != "应",  // (拥有人应占溢利: what is attributable to them)
            k + 1 == m.count || m[k + 1] != "有" && m[k + 1] != "率"
                && (m[k + 1] != "地" || k + 2 < m.count && (m[k + 2] == "区" || m[k + 2] == "方" && !(k + 3 < m.count && m[k + 3] == "圆"))),  // (占地方圆5平方公里)
            Words.measureWords.match(m, endingAt: m.count, start: 0).map({ m.count - $0.length >= k }) != false
        {
            var base = Array(m[(k + 1)...])
            // (出口已占到我们总营收的三成多: 占到 is 占, and the holder's own whole is no part of its name.)
            if base.first == "到" { base.removeFirst() }
            if let (_, n) = ownWholes.match(base, at: 0, end: base.count), n + 2 <= base.count { base.removeFirst(n) }
            if let (_, n) = shareWords.match(base, endingAt: base.count, start: 0) { base.removeLast(n) }
            if base == ["比"] { base = [] }  // 智能算力占比超过60%: a share of a whole not written
            if base.last == "的" { base.removeLast() }
            whole = base  // 占61.9%: a share of a whole not written
            m.removeLast(m.count - k)
        } else if m.count > 2, m.suffix(2).elementsEqual(["占", "比"]) {
            m.removeLast(2)  // 增加值占比: the share of 增加值
            whole = []
        }
        trimFillers(&m)
        // (粤锋动力在肇庆的动力电池年产能: where the holder has it, after 在, is no part of what is measured.)
        if let n = placeLength(m), n + 3 < m.count, m[n] == "的" { m.removeFirst(n + 1) }
        // (园区与某某材料股份公司等企业共签约项目8个: the parties named before 等 went with the firm, the rest of them too.)
        if m.first == "等", let (_, n) = parties.match(m, at: 1, end: m.count), 1 + n < m.count {
            m.removeFirst(1 + n)
            trimFillers(&m)
        }
        // 覆盖家具、五金、陶瓷等重点产业链: the examples listed before 等 are no part of what is counted; they
        // start after the verb before them (覆盖, 引进), or open the measure.
        if let e = m.lastIndex(of: "等"), e + 1 < m.count, Words.isHan(m[e + 1]), !"级奖同".unicodeScalars.contains(m[e + 1]),
            let first = m[..<e].firstIndex(of: "、"),
            case let start = (listVerbs.last(in: m, 0..<first)?.range.upperBound ?? Words.actions.last(in: m, 0..<first)?.range.upperBound) ?? 0,
            first - start >= 2, first - start <= 6, !m[start..<first].contains("级")
        {
            m.removeSubrange(start...e)
        }
        // 其附属公司连同合营企业及联营公司合约销售金额: the group a firm counts its figures over is no part of what it measures.
        if m.first == "其" || Words.index(of: Self.along, in: m) != nil, let found = groupScopes.last(in: m, 0..<m.count),
            m.count - found.range.upperBound >= 2
        {
            m.removeFirst(found.range.upperBound)
            trimFillers(&m)
        }
        // 本公司拥有人应占溢利: what is attributable to the firm's owners is measured of the firm, no part of the measure.
        if let (_, n) = genericFirms.match(m, at: 0, end: m.count), attributable.match(m, at: n, end: m.count) != nil { m.removeFirst(n) }
        // 末期股息每股港币15仙, 宣派中期股息每股0.52港元: a dividend written before 每股 is the dividend per share.
        if m.count > 4, m.suffix(2).elementsEqual(Self.perShare), let dividend = dividend(endingAt: m.count - 2, in: m, from: 0) {
            m = Self.perShare + m[dividend]
        }
        // 每股派发现金红利0.42元, 每10股派发现金红利: what is paid out is the dividend, 派发 no part of it.
        if let k = Words.index(of: Self.paid, in: m), k + 2 < m.count, dividend(endingAt: m.count, in: m, from: k + 2)?.lowerBound == k + 2 {
            m.removeSubrange((k > 0 && m[k - 1] == "拟" ? k - 1 : k)..<(k + 2))
        }
        // (拟每10股派4.2元, a headline's: 派 alone after a count of shares pays the cash dividend.)
        if m.count >= 4, m.last == "派", m[m.count - 2] == "股", m[0] == "每" { m = m.dropLast() + Array("现金红利".unicodeScalars) }
        // 每股纯益（EPS）: an abbreviation written after the measure's name names it again (实质GDP is named by it).
        if let k = m.lastIndex(where: { !($0.isASCII && $0.properties.isUppercase) }), m.count - k - 1 >= 2, m.count - k - 1 <= 6, k >= 2, Words.isHan(m[k]),
            abbreviationModifiers.match(m, endingAt: k + 1, start: 0) == nil  // (经调整EBITDA, 加权平均ROE: named by it)
        {
            m.removeLast(m.count - k - 1)
        }
        // 计划新开工146个项目, 计划新开工的90个项目已开工: an event written twice (the subject's verb and the count's) is one.
        if let (_, n) = countEvents.match(m, at: 0, end: m.count), let (_, again) = countEvents.match(m, at: n, end: m.count),
            again <= n, m[n..<(n + again)].elementsEqual(m[(n - again)..<n])
        {
            m.removeSubrange(n..<(n + again))
        }
        // 一期已入驻企业: an adverb of time says when, not what is measured.
        if let k = m.indices.dropFirst().first(where: { m[$0] == "已" }), k + 1 < m.count { m.remove(at: k) }
        // 珠宝首饰的销货价值: a 的 before the measure's word joins nothing it needs (珠宝首饰销货价值).
        if let k = m.indices.dropFirst().last(where: { m[$0] == "的" }), m.count - k - 1 <= 6,
            Words.measureWords.match(m, endingAt: m.count, start: k + 1) != nil || Words.flowSizes.match(m, endingAt: m.count, start: k + 1) != nil
        {
            m.remove(at: k)
        }
        // 西安高新区以3862家稳居全市首位: a preposition alone measures nothing.
        if m.count == 1, prepositions.contains(m[0]) { m = [] }
        // (园区以亩均产出352万元居全区第一: what it ranks by, without 以; 以旧换新 and 以上 are words.)
        if m.count > 2, m[0] == "以", !"旧上下内前后及来工奖商".unicodeScalars.contains(m[1]) { m.removeFirst() }  // (以工代赈, 以奖代补)
        if m.isEmpty { return (nil, whole) }
        // 带动就业2000人, 吸纳就业6000多人: the people employed are counted.
        if count, m.count >= 2, m.suffix(2).elementsEqual("就业".unicodeScalars) { m += "人数".unicodeScalars }
        // 精密轴承业务营业收入: a line of business is measured in its goods (精密轴承营业收入; 主营业务收入 and 海外业务收入
        // are measures' names).
        if let k = (1..<max(1, m.count - 2)).first(where: { m[$0] == "业" && m[$0 + 1] == "务" && m[$0 - 1] != "营" && m[$0 + 2] != "收" }),
            Words.measureWords.match(m, at: k + 2, end: m.count)?.length == m.count - k - 2
        {
            m.removeSubrange(k..<(k + 2))
        }
        // 公司共销售各类叉车2.6万台: goods sold after who sold them, counted in their volume too.
        if goods, let volume = goodsVolume(m) { m = volume }
        // 汽车出口12.6万辆, 发送货物1260万吨: what was shipped is counted in its quantity (集装箱发送量 names it already).
        if goods, m.count > 2, m.last != "量",
            tradeFlows.match(m, endingAt: m.count, start: 0) != nil || shipments.last(in: m, 0..<m.count).map({ $0.range.upperBound < m.count }) == true
        {
            // (新能源汽车销售3.47万辆: goods sold are counted in their 销量, as 销售新能源汽车 is.)
            if let (volume, n) = goodsVerbs.match(m, endingAt: m.count, start: 0), n < m.count { m = m.dropLast(n) + volume.unicodeScalars } else { m.append("量") }
        }
        if area, !m.suffix(2).elementsEqual("面积".unicodeScalars), !m.suffix(2).elementsEqual("空间".unicodeScalars),
            productMeasures.match(m, endingAt: m.count, start: 0) == nil
        {
            m += "面积".unicodeScalars  // 腾出发展空间 names its space already; 隔膜年产能6亿平方米 is no area
        } else if count, countEnds.match(m, endingAt: m.count, start: 0) == nil, countedNouns.match(m, endingAt: m.count, start: 0) != nil {
            m.append("数")
        }
        return (m, whole)
    }

    /// Trims fillers (实现, 累计, 同比) off a measure's ends, but not a measure word's own start (实际使用外资), with the
    /// words that say where or how it was done (在东南亚市场, 计划实施, 股价报).
    static func trimFillers(_ m: inout [Unicode.Scalar]) {
        m.removeAll { Words.punctuation.contains($0) || $0 == "【" || $0 == "】" }  // (【工业总产值】⏎203.4亿元: a post's bracketed measure)
        while !m.isEmpty, employment.match(m, at: 0, end: m.count) == nil, Words.metrics.match(m, at: 0, end: m.count) == nil, countEvents.match(m, at: 0, end: m.count) == nil,
            measureKeeps.match(m, at: 0, end: m.count) == nil, Words.notFillers.match(m, at: 0, end: m.count) == nil,  // (超级市场)
            let (_, n) = Words.fillerWords.match(m, at: 0, end: m.count) ?? makeVerbs.match(m, at: 0, end: m.count).flatMap({ $0.length < m.count ? $0 : nil })
                ?? (m.count > 3 && m[0] == "投" && m[1] == "入" && Self.funds.match(m, endingAt: m.count, start: 2) != nil ? ((), 2) : nil),  // (投入R&D经费; not 投入强度, 投入运营的…)
            // 超10亿元重大项目, 超百亿元企业: 超 qualifies the amount
            n == m.count || ChineseNumeral.arabic(m[n]) == nil && !(Words.over.contains(m[0]) && ChineseNumeral.isNumeral(m[n]))
        {
            m.removeFirst(n)
        }
        m.removeFirst(romanItemLength(m))  // (及(iii)汇率波动带来汇兑收益: a list item's number)
        // (连续3年在全省…中排名第1: how long it has held, no measure.)
        if m.count >= 2, m.last == "年", m.dropLast().allSatisfy({ ChineseNumeral.arabic($0) != nil }) || m.starts(with: "连续".unicodeScalars) { m = [] }
        // 计划实施重点项目: a plan's count is of the event planned (its kind says it is planned), 计划投资 a measure; so is
        // what must be done (今年要新开工重点项目25个).
        if let (_, n) = plannedOpenings.match(m, at: 0, end: m.count), m.count > n + 2, countEvents.match(m, at: n, end: m.count) != nil { m.removeFirst(n) }
        // 在东南亚市场销量, 在本地配套企业: where it happens is said by its own words, 在 no part of them (在建项目, 在用设备
        // and 在鄂企业 are words: only a region or a place's name follows it).
        if m.count > 3, m[0] == "在", case let rest = Array(m.dropFirst()), regions.match(rest, at: 0, end: rest.count) != nil || Gazetteer.match(rest, at: 0, end: rest.count) != nil {
            m.removeFirst()
        }
        // (股价报28.36元: a price is quoted at, 报 no part of it.)
        if m.count > 2, m[m.count - 1] == "报", m[m.count - 2] == "价" { m.removeLast() }
        // (销货价值较一年前: what it is compared with is no part of it; 合约 keeps its 约.)
        while Words.notTrailingFillers.match(m, endingAt: m.count, start: 0) == nil, let n = Words.fillerWords.match(m, endingAt: m.count, start: 0)?.length ?? trailingFillers.match(m, endingAt: m.count, start: 0)?.length
            ?? bases.match(m, endingAt: m.count, start: 0)?.length, n < m.count
        {
            m.removeLast(n)
        }
    }
    /// The parts of a group a firm counts its figures over, with itself (本公司及其附属公司连同合营企业及联营公司).
    static let groupScopes = Lexicon(words: ["附属公司", "合营企业", "联营公司", "合营公司", "联营企业", "子公司"])
    /// 连同, which joins the parts of a group a firm counts over.
    static let along = Array("连同".unicodeScalars)
    /// Regions a firm sells or builds in, written after 在 (在东南亚市场, 在海外, 在全国).
    static let regions = Lexicon(words: [
        "海外", "境外", "国内", "国外", "全国", "全球", "本地", "当地", "东南亚", "欧洲", "北美", "南美", "拉美", "中东", "非洲", "美国", "日本", "欧美",
    ])
    /// Words that end no measure, though they may start one (在建项目): 整体货物出口在(第二季), 通胀率预测由(1.7%下调至).
    static let trailingFillers = Lexicon(words: ["在", "实质", "实际", "由", "由原先", "预测由", "预测", "名义", "的临时估计", "临时估计", "的初步估计", "初步估计"])

    /// The `index`th of the holders a comparison lists (高于全省、全市 → 高于全市 for the second), if it lists several.
    static func listedBasis(_ s: [Unicode.Scalar], _ range: Range<Int>, index: Int) -> String? {
        guard let pivot = comparatives.last(in: s, range) else { return nil }
        var items: [Range<Int>] = [], start = pivot.range.upperBound, end = start
        while end <= range.upperBound {
            if end == range.upperBound || s[end] == "、" || !Words.isHan(s[end]) || QuantityScanner.mayStart(s[end]) {
                if end > start { items.append(start..<end) }
                guard end < range.upperBound, s[end] == "、" else { break }
                start = end + 1
            }
            end += 1
        }
        guard items.count > 1, index < items.count else { return nil }
        return Words.text(s[pivot.range]) + Words.text(s[items[index]])
    }

    /// The basis written in `range` before a change's figure: 同比, 比上年, 比2019年同期, 高于全省.
    static func basis(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String? {
        // (月增, 季增 and 年增 (年跌, 年升) stand alone or after what grew: 8月当月增长, 上季增长, 比上年增长 and 全年增长 hold none, 营收年增逾
        // 15% does.)
        if let found = bases.last(in: s, range, accept: { r in
            let first = s[r.lowerBound], second = s[r.lowerBound + 1]
            let alone = first == "月" || first == "季" || first == "年" && "增减升跌".unicodeScalars.contains(second)
            // (9月升至2.1%: a month's 月, not a comparison.)
            return !alone || r.lowerBound == 0 || !Words.isHan(s[r.lowerBound - 1]) && ChineseNumeral.arabic(s[r.lowerBound - 1]) == nil
                || Words.isHan(s[r.lowerBound - 1]) && !notBeforeAloneBases.contains(s[r.lowerBound - 1])
        }) {
            return found.value
        }
        if let pivot = comparatives.last(in: s, range) {
            var end = pivot.range.upperBound
            while end < range.upperBound, Words.isHan(s[end]), QuantityScanner.mayStart(s[end]) == false { end += 1 }
            var compared = Array(s[pivot.range.upperBound..<end])
            while let (_, n) = levelWords.match(compared, endingAt: compared.count, start: 0), n < compared.count { compared.removeLast(n) }
            // 高于全市规上工业营业收入, 高于全市规上工业: the place compared with, not its measure nor its group.
            if let n = placeLength(compared), n < compared.count,
                Words.metrics.last(in: compared, n..<compared.count) != nil || industryGroups.match(compared, at: n, end: compared.count)?.length == compared.count - n
            {
                compared.removeLast(compared.count - n)
            }
            return compared.isEmpty ? nil : Words.text(s[pivot.range]) + arabicYears(Words.text(compared))
        }
        // 比全省高0.8个百分点 is 高于全省; 比上半年加快0.7个百分点 and 比三季度低2.3个百分点 compare periods: 比上半年.
        if let k = range.last(where: { s[$0] == "比" }), k + 1 < range.upperBound {
            var end = k + 1
            while end < range.upperBound, comparativeAfter.match(s, at: end, end: range.upperBound) == nil,
                Words.directions.match(s, at: end, end: range.upperBound) == nil, Words.isHan(s[end]) || s[end] == "、" || s[end] == "〇" || s[end] == "○"
            {
                end += 1
            }
            guard end > k + 1, end < range.upperBound else { return nil }
            let compared = Words.text(s[(k + 1)..<end])
            let period = PeriodScanner.mention(s, at: k + 1, end: end, documentYear: 2000)?.span.upperBound == end
                || compared.hasSuffix("月份") || compared.hasSuffix("季度")
            if !period, Words.directions.match(s, at: end, end: range.upperBound) == nil,
                let (word, _) = comparativeAfter.match(s, at: end, end: range.upperBound)
            {
                return word + compared
            }
            return "比" + arabicYears(compared)
        }
        return nil
    }

    /// A year's characters by the digits they stand for.
    private static let digits: [Character: Character] = ["〇": "0", "○": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"]
    /// A year written in characters as digits (比二〇二三年同期 → 比2023年同期), as a basis is written.
    static func arabicYears(_ text: String) -> String {
        // (A year of this century in characters has its 〇; most bases have none, and are returned as they are.)
        guard text.unicodeScalars.contains(where: { $0 == "〇" || $0 == "○" || $0 == "零" }) else { return text }
        var out = Array(text), k = 0
        while k + 4 < out.count {
            if out[k + 4] == "年", (k..<(k + 4)).allSatisfy({ digits[out[$0]] != nil }), k == 0 || digits[out[k - 1]] == nil {
                for i in k..<(k + 4) { out[i] = digits[out[i]]! }
                k += 5
            } else {
                k += 1
            }
        }
        return String(out)
    }

    /// Up or down for a gap written with 比 (比三季度低2.3个百分点, 比全国（4.6%）高0.5个百分点): the comparative after it.
    static func comparedDirection(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String? {
        guard let k = range.last(where: { s[$0] == "比" }) else { return nil }
        for i in (k + 1)..<range.upperBound {
            if let (word, _) = comparativeAfter.match(s, at: i, end: range.upperBound) { return direction(ofComparative: word.unicodeScalars.first!) }
        }
        return nil
    }

    /// Up or down as a comparative's first character says (高于, 快于: up; 低于, 慢于: down), nil for another.
    static func direction(ofComparative c: Unicode.Scalar) -> String? {
        c == "高" || c == "快" ? "up" : c == "低" || c == "慢" ? "down" : nil
    }

    /// A basis as the annotated sets and ingest compare it: 较上年 and 比去年 read as 比上年.
    static func canonicalBasis(_ text: String) -> String {
        var scalars = TraditionalScript.folded(Array(text.unicodeScalars))
        if let (value, n) = bases.match(scalars, at: 0, end: scalars.count), n == scalars.count { return value }
        if scalars.first == "较" { scalars[0] = "比" }  // 较2022年 is 比2022年
        while let (_, n) = levelWords.match(scalars, endingAt: scalars.count, start: 0), n < scalars.count - 2 { scalars.removeLast(n) }
        return Words.text(scalars)
    }
}
