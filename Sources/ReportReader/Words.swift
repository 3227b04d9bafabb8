/// The reader's vocabulary: the words that mark metrics, directions, places and fillers, and how phrases are
/// trimmed down to a subject.
enum Words {
    static let sentenceEnds = ScalarSet(["。", "！", "？", "；", "\n"])
    static let clauseEnds = ScalarSet(["，", ","])
    static let listSeparators = ScalarSet("、和及与".unicodeScalars)
    static let punctuation = ScalarSet(["“", "”", "\"", "（", "）", "(", ")", "：", ":", " ", "　", "，", ",", "、"])

    /// Metric words; of two ending together the longer wins, so 主营业务收入 over 收入.
    static let metrics = Lexicon(words: [
        "主营业务收入", "营业收入", "业务收入", "地区生产总值", "生产总值", "零售总额", "进出口总额", "总额", "吞吐量", "常住人口", "人口",
        "保有量", "失业率", "强度", "增加值", "总产值", "产值", "产量", "销量", "营收", "收入", "总投资", "投资额", "投资",
        "利润总额", "利润", "税收", "进出口", "出口额", "出口", "进口", "用户", "基站", "端口", "企业", "项目", "规模", "产能", "出货量",
        "市场占有率", "占有率", "比重", "比例", "增速", "增幅",
    ])
    static let up = ["同比增长", "增长", "提高", "上升", "增加", "扩大", "提升"]
    static let down = ["同比下降", "下降", "减少", "回落", "降低", "下滑", "收窄"]
    /// Growth and decline words, valued "up" or "down".
    static let directions = Lexicon(up.map { ($0, "up") } + down.map { ($0, "down") })
    static let respectively = Lexicon(words: ["分别"])
    /// Words after which a bracketed figure is another subject's: 高于全国（3.9%）.
    static let pivots = Lexicon(words: ["高于", "低于", "快于", "慢于", "超过", "比"])
    /// Verbs and fillers that stand between a subject and its figure.
    static let fillers = [
        "实现", "完成", "达到", "共有", "建成", "新增", "累计", "全年", "同比", "分别", "其中", "已入驻", "入驻", "达", "为", "有", "的", "约", "近",
        "超", "逾", "仅", "已", "均", "共", "比上年末", "比上年", "较上年", "比年初", "较年初", "年末", "年初", "截至目前", "目前", "据了解",
        "今年以来", "预期", "预计", "控制在",
    ]
    /// What is trimmed off a phrase's ends: fillers and direction verbs.
    static let trimmable = Lexicon(words: fillers + up + down)
    /// Where-words a subject starts with: the city, a district, a park.
    static let places = Lexicon(words: ["全市", "全区", "全省", "全国", "全县", "本市", "本区", "我市", "我区", "该市", "该区", "园区", "全镇"])
    /// Nouns that end an industry or a group of firms: what produces a figure, so part of the subject.
    static let actors = Lexicon(words: ["产业", "工业", "制造业", "服务业", "行业", "集群", "经济", "企业"])

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
        guard let (_, length) = places.match(phrase, at: 0, end: phrase.count) else { return (phrase, []) }
        var rest = Array(phrase[length...])
        strip(&rest)
        let endsWithActor = actors.match(rest, endingAt: rest.count, start: 0) != nil
        if rest.isEmpty || (!counted && endsWithActor) { return (Array(phrase[..<length]) + rest, []) }
        return (Array(phrase[..<length]), rest)
    }

    /// The phrase without punctuation, and without verbs and fillers at its ends (实现, 累计, 同比 …).
    static func strip(_ t: inout [Unicode.Scalar]) {
        t.removeAll { punctuation.contains($0) }
        var low = 0, high = t.count
        var changed = true
        while changed && low < high {
            changed = false
            if let (_, n) = trimmable.match(t, endingAt: high, start: low) {
                high -= n
                changed = true
            }
            // 全年 alone stays: it is what the phrase is about.
            if let (_, n) = trimmable.match(t, at: low, end: high), !(n == high - low && t[low] == "全" && t[low + 1] == "年") {
                low += n
                changed = true
            }
        }
        if high < t.count { t.removeLast(t.count - high) }
        if low > 0 { t.removeFirst(low) }
    }
}
