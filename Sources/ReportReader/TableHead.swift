import ZhizaoCore

/// The columns a table's head row names, for the figures of the rows below it: a firm's reports set their accounts out
/// this way (项目⇥本报告期⇥本报告期较上年同期增减⇥年初至报告期末⇥…; 产品⇥本月产量⇥本年累计产量). Each column says the
/// period its figures are of, whether they are changes and against what, and a measure word it adds to the row's label
/// (本月产量 → 乘用车产量).
struct TableHead: Equatable, Sendable {
    struct Column: Equatable, Sendable {
        var period: Period?
        var change = false
        var basis: String?
        /// What the column's head adds to the row's label: 产量 of 本月产量.
        var measure: [Unicode.Scalar] = []
        /// Whether `measure` is the head's words alone (完成投资（亿元）): a measure for a row of a place, not one to add.
        var measureAlone = false
        /// Units its head declares in brackets (比上年增减（%）).
        var units: DeclaredUnits?
        /// Whether it holds the figures of a year before (上年同期): what a change after it is compared with, not of.
        var yearAgo = false
        /// Whether it holds each row's unit (计量单位⇥万辆): the unit of the row's bare amounts, no figure.
        var unitsOfRows = false
        /// Whether it holds each row's rank (位次, 排名): read as no amount in the table's units.
        var ranks = false
        /// Whether it holds goals or forecasts (2026年目标, 2025年预计): their kind, not an actual's.
        var outlook: FactKind?
    }

    /// The columns by the number of tabs before their cell; the first holds the rows' labels.
    var columns: [Column]
    /// The place the table's caption names (表4　2024年某某市规模以上工业主要产品产量): the holder of rows that name none.
    var holder: [Unicode.Scalar]?

    /// The column of the cell after `tabs` tabs, nil for the labels' or one the head does not have.
    func column(after tabs: Int) -> Column? {
        tabs > 0 && tabs < columns.count ? columns[tabs] : nil
    }

    /// A column's words that say only that it holds the figures (绝对值（亿元）, 总量, 完成值): no measure.
    static let valueWords = Lexicon(words: [
        "绝对值", "绝对额", "绝对数", "总量", "完成值", "完成额", "完成数", "实际完成", "数值", "实绩", "数额", "本期值", "当期值", "累计值", "金额", "数量", "指标值",
    ])

    /// A column's head, after its period, that says its cells are goals or forecasts (2026年目标, 2025年预计).
    static let outlookHeads = Lexicon<FactKind>(
        ["目标", "目标值", "预期目标", "计划目标", "年度目标", "全年目标"].map { ($0, .target) } + ["预计", "预计数", "预测"].map { ($0, .forecast) })

    /// A column's head that says its cells are the rows' ranks.
    static let rankHeads = Lexicon(words: ["位次", "排名", "名次", "排位"])

    /// A column's head that says its cells are the rows' units.
    static let unitHeads = Lexicon(words: ["计量单位", "单位"])

    /// Words of a head that make its column one of changes (本报告期比上年同期增减, 按年变动, 同比增长).
    static let changeWords = Lexicon(words: ["增减", "增长", "变动", "变化", "增幅", "增速", "同比", "按年", "比上年", "较上年"])

    /// The periods a firm's report names by its own words, in a column's head.
    enum ReportColumn: Sendable {
        /// 本报告期: the report's period (the quarter alone, when 年初至报告期末 stands beside it).
        case report
        /// 本报告期末: its last day.
        case reportEnd
        /// 年初至报告期末: from the year's start to its last day.
        case yearToEnd
        /// 上年度末: the last day of the year before.
        case lastYearEnd
        /// 上年同期: the report's period a year before.
        case lastYear
        /// 本月: the month the report ends with.
        case month
        /// 本年累计: from the year's start to the month's end.
        case yearToMonth
    }
    static let reportColumns = Lexicon<ReportColumn>([
        ("本报告期", .report), ("报告期", .report), ("本期", .report), ("本报告期末", .reportEnd), ("报告期末", .reportEnd), ("本期末", .reportEnd),
        ("年初至报告期末", .yearToEnd), ("上年度末", .lastYearEnd), ("上年末", .lastYearEnd), ("上年同期", .lastYear), ("去年同期", .lastYear),
        ("上年同月", .lastYear), ("去年同月", .lastYear),
        ("本月", .month), ("当月", .month), ("本年累计", .yearToMonth), ("本年度累计", .yearToMonth), ("年初至今", .yearToMonth), ("累计", .yearToMonth),
    ])

    /// A change column's words for the year reported: 本年比上年增减, 本年度比上年度增减, 本年末比上年末增减.
    static let thisYearWords = Lexicon(words: ["本年", "本年度", "本年末", "本年度末"])

    /// The head in `range` (a line of cells parted by tabs, none a figure), nil when no column says anything read
    /// here. `report` is the period the document's report covers; `period` reads a period written in a cell;
    /// `unitsDeclared`, whether the table's caption declared its units (（单位：亿元，%）).
    static func read(
        _ s: [Unicode.Scalar], _ range: Range<Int>, report: Period?, unitsDeclared: Bool = false, period: (Range<Int>) -> PeriodMention?
    ) -> TableHead? {
        var cells: [Range<Int>] = []
        var start = range.lowerBound
        for k in range.lowerBound...range.upperBound where k == range.upperBound || s[k] == "\t" {
            cells.append(trimmed(s, start..<k))
            start = k + 1
        }
        // (A head names two columns at least beside its labels', and is no sentence: 二、⇥2025年主要预期目标 or
        // …增长5.6%，⇥上半年… are none.)
        guard cells.count > 2, !s[range].contains(where: { $0 == "，" || $0 == "。" }),
            !cells[0].contains(where: { ChineseNumeral.arabic(s[$0]) != nil }), Words.headingBody(s, cells[0]) == nil
        else { return nil }
        // (本报告期 beside 年初至报告期末, in a third quarter's report: the quarter alone.)
        let quarterly = cells.contains { reportColumns.match(s, at: $0.lowerBound, end: $0.upperBound)?.value == .yearToEnd }
        var columns = [Column()]
        for cell in cells.dropFirst() {
            var column = Column()
            if unitHeads.matchesWhole(Array(s[cell])) {
                column.unitsOfRows = true
                columns.append(column)
                continue
            }
            if rankHeads.matchesWhole(Array(s[cell])) {
                column.ranks = true
                columns.append(column)
                continue
            }
            // (The period of the nearest column of levels before it: what a change or 上年同期 is measured against.)
            // (本报告期⇥上年同期⇥增减变动幅度（%）: the change is of the report's period, not the year before's.)
            let levelBefore = columns.last(where: { !$0.change && !$0.yearAgo && $0.period != nil })?.period
            var words = cell
            if let open = DeclaredUnits.unitBracket(in: s, words) {
                column.units = DeclaredUnits.declared(in: s, words)
                words = words.lowerBound..<open
            }
            var periodEnd = words.lowerBound
            if let found = changeWords.first(in: s, words) {
                column.change = true
                column.basis = FactShape.basis(s, words)
                words = words.lowerBound..<found
                while let last = words.last, s[last] == "比" || s[last] == "较" { words = words.lowerBound..<last }
            }
            if let (named, n) = reportColumns.match(s, at: words.lowerBound, end: words.upperBound), n == words.count || !column.change {
                // (本报告期⇥上年同期: the period of the column before it, a year before.)
                column.yearAgo = named == .lastYear
                let before = column.yearAgo ? levelBefore.flatMap(yearBefore) : nil
                column.period = before ?? report.flatMap { reportPeriod(named, of: $0, quarterly: quarterly) }
                periodEnd = words.lowerBound + n
            } else if let written = period(words) {
                column.period = written.period
                // (1-2月累计销量: what the column counts, after its period and 累计.)
                periodEnd = written.span.upperBound
                if let (_, n) = Words.cumulative.match(s, at: periodEnd, end: words.upperBound) { periodEnd += n }
            } else if cell.contains(where: { ChineseNumeral.arabic(s[$0]) != nil }) {
                return nil  // (营业收入⇥86.52亿元⇥增长9.48%: a row, its figures no period)
            }
            // (2026年目标, 预计全年: the column's goals or forecasts.)
            // (2026年目标增速（%）: the goal's growth; 年度目标 too.)
            if let (kind, n) = outlookHeads.match(s, at: periodEnd, end: words.upperBound), periodEnd + n == words.upperBound {
                column.outlook = kind
            }
            // (2025年预计⇥增长（%）: the change of the forecast before it.)
            if column.change, column.outlook == nil, column.period == nil, let before = columns.last, !before.change { column.outlook = before.outlook }
            // (本月产量: what the column counts, after its period; 规上工业增加值增速（%）, what changed, before its change word.)
            if words.upperBound - periodEnd >= 2, (periodEnd..<words.upperBound).allSatisfy({ Words.isHan(s[$0]) }),
                Words.measureWords.match(s, endingAt: words.upperBound, start: periodEnd) != nil
            {
                column.measure = Array(s[periodEnd..<words.upperBound])
            }
            // (项目数（个）⇥年度计划投资（亿元）: a column's words alone, its units declared, are its measure; so under a caption
            // that declares the table's, 园区⇥规上工业总产值⇥同比增长⇥工业投资.)
            // (1-10月完成投资（亿元）: after its period too, an amount of projects; not 2026年目标, 2023年实际, 1-10月完成.)
            let named = column.period == nil ? words : periodEnd..<words.upperBound
            if !column.change, column.period == nil || column.outlook == nil && FactShape.projectAmounts.matchesWhole(Array(s[named])), column.measure.isEmpty,
                column.units != nil || unitsDeclared, named.count >= 2, named.allSatisfy({ Words.isHan(s[$0]) }), !valueWords.matchesWhole(Array(s[named]))
            {
                (column.measure, column.measureAlone) = (Array(s[named]), true)
            }
            // (比上年增减 after 2024年: a change over the period of the column before it; 同比增长 after 营业收入（亿元）, of its measure.)
            // (本年比上年增减 after 2024年⇥2023年: the change of the year reported, the first column's.)
            if column.change, column.period == nil {
                let thisYear = thisYearWords.match(s, at: words.lowerBound, end: words.upperBound)?.length == words.count
                column.period = thisYear ? columns.first(where: { !$0.change && $0.period != nil })?.period : levelBefore
            }
            // (本月产量⇥去年同期: the year before's figure of the same measure.)
            if column.change || column.yearAgo, column.measure.isEmpty { column.measure = columns.last(where: { !$0.change })?.measure ?? [] }
            columns.append(column)
        }
        let read = columns.contains { $0.change || $0.period != nil || !$0.measure.isEmpty }
        return read ? TableHead(columns: columns) : nil
    }

    /// The period a report's word names, `report` being the report's whole period (from its year's start).
    static func reportPeriod(_ named: ReportColumn, of report: Period, quarterly: Bool) -> Period? {
        guard let end = report.end ?? report.asOf, let year = Int(end.prefix(4)), let month = Int(end.dropFirst(5).prefix(2)) else { return nil }
        let monthEnd = PeriodScanner.isoDate(year, month, Period.lastDay(year: year, month: month))
        switch named {
        case .report:
            return quarterly && month >= 3 ? Period(start: PeriodScanner.isoDate(year, month - 2, 1), end: end) : report
        case .reportEnd: return .asOf(end)
        case .yearToEnd: return Period(start: PeriodScanner.isoDate(year, 1, 1), end: end)
        case .lastYearEnd: return .asOf(PeriodScanner.isoDate(year - 1, 12, 31))
        case .lastYear: return yearBefore(report)
        case .month: return Period(start: PeriodScanner.isoDate(year, month, 1), end: monthEnd)
        case .yearToMonth: return Period(start: PeriodScanner.isoDate(year, 1, 1), end: monthEnd)
        }
    }

    /// `period` a year before: its months of the year before, or the day a year before.
    static func yearBefore(_ period: Period) -> Period? {
        func shifted(_ date: String) -> String? {
            guard let year = Int(date.prefix(4)), let month = Int(date.dropFirst(5).prefix(2)), let day = Int(date.dropFirst(8).prefix(2)) else { return nil }
            return PeriodScanner.isoDate(year - 1, month, min(day, Period.lastDay(year: year - 1, month: month)))
        }
        if let asOf = period.asOf { return shifted(asOf).map { .asOf($0) } }
        guard let start = period.start.flatMap(shifted), let end = period.end.flatMap(shifted) else { return nil }
        return Period(start: start, end: end)
    }

    /// `range` without the blanks at its ends.
    static func trimmed(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var (lower, upper) = (range.lowerBound, range.upperBound)
        while lower < upper, CleanText.blank.contains(s[lower]) { lower += 1 }
        while upper > lower, CleanText.blank.contains(s[upper - 1]) { upper -= 1 }
        return lower..<upper
    }
}
