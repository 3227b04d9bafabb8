import ZhizaoCore

/// What the numbers of a specialisation mean, in words, for the pages, the API's readers and the terminal.
extension Specialisation {
    /// The measure as a phrase: 企业数, revenue.
    public static func measureName(_ measure: RegistryMeasure, _ l: Language) -> String {
        switch measure {
        case .firms: l.pick("企业数", "firm count")
        case .revenue: l.pick("营业收入", "revenue")
        case .employees: l.pick("从业人数", "employees")
        }
    }

    /// What the table counts, as a phrase: 按企业数、行业大类计; for a regional table its name, year, measure and source.
    public func basis(_ l: Language) -> String {
        switch origin {
        case .registry(let counts, let measure):
            let level = IndustryClassification.levelName(counts.level, l)
            return l.pick("按\(Self.measureName(measure, l))、行业\(level)计", "by \(Self.measureName(measure, l)), industry \(level)")
        case .regional(let info, let year):
            let parts = [year.map { l.pick("\($0)年", "\($0)") }, info.measure, info.source.map { l.pick("来源：\($0)", "source: \($0)") }]
                .compactMap { $0 }
            return l.pick("按地区表\u{201C}\(info.name)\u{201D}计", "by the regional table \"\(info.name)\"")
                + (parts.isEmpty ? "" : l.pick("（", " (") + parts.joined(separator: l.pick("，", ", ")) + l.pick("）", ")"))
        }
    }

    /// How a location quotient is computed, for a note or a hover, naming the table's regions and their whole.
    public func lqRule(_ l: Language) -> String {
        let region = regionNoun(l), whole = wholeName(l)
        return l.pick(
            "区位商＝（该\(region)该行业的量 ÷ 该\(region)各行业合计）÷（\(whole)该行业的量 ÷ \(whole)各行业合计）；"
                + "大于1表示该\(region)在这一行业上比\(whole)平均更集中，即“专业化”。",
            "Location quotient = (the region's amount in the industry ÷ the region's total) ÷ (the industry's amount in "
                + "\(whole) ÷ the total of \(whole)); above 1 the region is more concentrated in the industry than \(whole) as a "
                + "whole: it is specialised.")
    }

    /// What density, COG and PCI mean, and how opportunities are ranked, naming the table's regions.
    public func opportunityRule(_ l: Language) -> String {
        let region = regionNoun(l)
        return l.pick(
            "邻近度：两个行业同时被同一批\(region)专业化的程度（0到1）。密度：本\(region)已专业化的行业与该行业的邻近度之和占其全部邻近度之和的比例，越高越容易发展。"
                + "机会收益：发展该行业后本\(region)“机会展望”可增加的量，越高越能打开新的方向。产品复杂度：只有少数能力多样的\(region)才专业化的行业，得分越高。"
                + "排序：按密度和机会收益各自排名，两个名次之和越小越靠前（相近与价值同等看待），名次和相同时密度高者在前。",
            "Proximity: how often two industries are specialisations of the same \(region) (0 to 1). Density: the share of an "
                + "industry's proximity that goes to industries the region is already specialised in; the higher, the easier to grow. "
                + "Opportunity gain (COG): how much the region's outlook would rise were it to specialise in the industry. "
                + "Product complexity (PCI): high for industries only few, diverse \(region) are specialised in. "
                + "Ranking: each candidate is ranked by density and by opportunity gain; the smaller the sum of the two ranks, "
                + "the higher it stands (near and valuable weigh the same); ties go to the higher density.")
    }

    /// The whole the regions are compared with: the city for the registry's districts, all parks for its parks, all
    /// the table's regions for a regional table.
    public func wholeName(_ l: Language) -> String {
        switch origin {
        case .registry(let counts, _): counts.regions == .district ? l.pick("全市", "the city") : l.pick("全部园区", "all parks")
        case .regional: l.pick("表中全部\(regionNoun(l))", "all the table's \(regionNoun(l))")
        }
    }

    /// What the table's regions are, as a noun: the registry's districts (区) or parks (园区); for a regional table the
    /// kind every one of its regions' names ends in (市 cities, 县 counties, 区 districts, 省 provinces, 镇 towns),
    /// else regions (地区).
    public func regionNoun(_ l: Language) -> String {
        switch origin {
        case .registry(let counts, _):
            return counts.regions == .district ? l.pick("区", "districts") : l.pick("园区", "parks")
        case .regional:
            let kinds = [("市", "cities"), ("县", "counties"), ("区", "districts"), ("省", "provinces"), ("镇", "towns")]
            let kind = kinds.first { suffix, _ in
                !table.regions.isEmpty && table.regions.allSatisfy { $0.hasSuffix(suffix) }
            }
            return kind.map { l.pick($0.0, $0.1) } ?? l.pick("地区", "regions")
        }
    }

    /// A sentence on a region's ECI and COI with their ranks, in plain words, naming the regions by their kind.
    public func complexitySentence(_ region: Int, name: String, _ l: Language) -> String {
        let count = table.regions.count
        let eci = measures.eci[region], coi = measures.coi[region]
        guard let eciRank = eciRank(region), let coiRank = coiRank(region) else {
            return l.pick(
                "\(name)的经济复杂度无法计算：它或全体\(regionNoun(l))的专业化行业太少。",
                "\(name)'s economic complexity cannot be computed: it or the \(regionNoun(l)) together have too few specialisations.")
        }
        let noun = regionNoun(l)
        let number = { (value: Double) in ChineseNumberFormat.decimal(value, maxFraction: 2) }
        let eciWords = eci >= 0
            ? l.pick("高于各\(noun)平均：它专业化的行业较多，且多是别处少有的行业。",
                "above the average of the \(noun): it is specialised in many industries, and in ones few others are.")
            : l.pick("低于各\(noun)平均：它专业化的行业较少，或多是各\(noun)都有的行业。",
                "below the average of the \(noun): it is specialised in few industries, or in ones most of them are.")
        return l.pick(
            "\(name)的经济复杂度指数为\(number(eci))，在\(count)个\(noun)中排第\(eciRank)，\(eciWords)"
                + "机会展望指数为\(number(coi))，排第\(coiRank)：排名越靠前，与其现有能力相近而尚未专业化的复杂行业越多。",
            "\(name)'s economic complexity index (ECI) is \(number(eci)), \(ordinal(eciRank)) of \(count) \(noun), \(eciWords) "
                + "Its complexity outlook index (COI) is \(number(coi)), \(ordinal(coiRank)): the higher, the more complex industries "
                + "lie near its capabilities that it is not yet specialised in.")
    }

    private func ordinal(_ n: Int) -> String {
        let suffix = (n % 100 / 10 == 1) ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
        return "\(n)\(suffix)"
    }
}

extension RegistryMeasure {
    /// The unit or measure word its values are counted in (家, CNY, 人), as `ChineseNumberFormat` takes it.
    public var unit: String {
        switch self {
        case .firms: "家"
        case .revenue: "CNY"
        case .employees: "人"
        }
    }
}
