import ZhizaoCore

/// What each column of an import format holds, in Chinese and English, for the notes sheet (说明) of an import
/// template: whether the column and its value are required, the format, and what the example row shows.
public struct ColumnNote: Sendable {
    /// The column's name in the CSV header (`uscc`).
    public var name: String
    /// Its Chinese heading (统一社会信用代码); a header may use either.
    public var heading: String
    /// The header must have the column.
    public var columnRequired: Bool
    /// Every row must give a value.
    public var valueRequired: Bool
    public var format: LocalizedText

    /// The notes of every column of `Column`, in header order.
    static func notes<Column: TableColumn>(
        _: Column.Type, valueRequired: Set<Column>, format: (Column) -> LocalizedText
    ) -> [ColumnNote] {
        Column.allCases.map {
            ColumnNote(
                name: $0.rawValue, heading: $0.chineseHeading, columnRequired: Column.required.contains($0),
                valueRequired: valueRequired.contains($0), format: format($0))
        }
    }
}

extension EnterpriseTable {
    public static let columnNotes = ColumnNote.notes(Column.self, valueRequired: [.uscc, .name, .district, .industryCode]) {
        switch $0 {
        case .uscc: LocalizedText(zh: "18位统一社会信用代码，含末位校验码", en: "the 18-character unified social credit code, check character included")
        case .name:
            LocalizedText(zh: "企业全称，不超过\(EnterpriseTable.longestName)个字", en: "the registered name, at most \(EnterpriseTable.longestName) characters")
        case .nameEn:
            LocalizedText(zh: "英文名称，不超过\(EnterpriseTable.longestName)个字符", en: "English name, at most \(EnterpriseTable.longestName) characters")
        case .district: LocalizedText(zh: "所属区，写区名（花都区）或标识（huadu）", en: "district, by name (花都区) or id (huadu)")
        case .park: LocalizedText(zh: "园区或功能区名称，须在所属区内", en: "park or zone, inside the district")
        case .industryCode: LocalizedText(zh: "国民经济行业分类（GB/T 4754-2017）4位小类代码，如3670", en: "a 4-digit class of GB/T 4754-2017, e.g. 3670")
        case .founded: LocalizedText(zh: "成立年份，4位数字，如2015", en: "year founded, 4 digits, e.g. 2015")
        case .employees: LocalizedText(zh: "从业人数，整数", en: "employees, a whole number")
        case .revenueCNY: LocalizedText(zh: "最近一年营业收入，单位元（不是万元、亿元）", en: "latest year's revenue in CNY (not 10k or 100 m CNY)")
        case .revenueYear: LocalizedText(zh: "营业收入所属年份，与营业收入同填或同空", en: "the revenue's year; give both or neither")
        case .revenueHistory: LocalizedText(zh: "以前年份营业收入，年份=金额（元），多项用分号隔开，如2019=28000000;2018=21000000", en: "earlier years as YEAR=CNY, separated by semicolons")
        case .designations: LocalizedText(zh: "认定称号，称号[:年份[:级别]]，多项用分号隔开，如专精特新:2021:provincial", en: "designations as KIND[:YEAR[:LEVEL]], separated by semicolons")
        case .synthetic: LocalizedText(zh: "是否为合成数据，true或false，默认false", en: "synthetic data: true or false (default false)")
        case .businessScope: LocalizedText(zh: "经营范围，照营业执照填写，可留空；用于把企业归入产业链环节", en: "business scope as registered (may be empty); used to place the firm on chain links")
        }
    }
}

extension ProjectTable {
    public static let columnNotes = ColumnNote.notes(Column.self, valueRequired: [.id, .name]) {
        switch $0 {
        case .id: LocalizedText(zh: "项目编号，字母、数字和连字符，全表唯一", en: "project id: letters, digits and hyphens, unique")
        case .name: LocalizedText(zh: "项目名称", en: "project name")
        case .nameEn: LocalizedText(zh: "英文名称", en: "English name")
        case .kind: LocalizedText(zh: "项目类型：construction（建设项目）或agreement（签约协议），默认construction", en: "construction or agreement (default construction)")
        case .place: LocalizedText(zh: "所在地，写地名或标识（huadu）", en: "place, by name or id (huadu)")
        case .cluster: LocalizedText(zh: "所属集群标识，如huadu-new-display", en: "cluster id, e.g. huadu-new-display")
        case .investors: LocalizedText(zh: "投资方企业的统一社会信用代码或标识，多项用分号隔开；须已在企业库中", en: "investors by USCC or slug, separated by semicolons; they must exist")
        case .phases: LocalizedText(zh: "建设阶段，期数:状态[:开始[:计划完成]]，日期写YYYY-MM或YYYY-MM-DD，状态为planned、signed、under-construction、in-production、completed、cancelled", en: "phases as NUMBER:STATUS[:SINCE[:PLANNED_END]], dates YYYY-MM or YYYY-MM-DD")
        case .investmentCNY: LocalizedText(zh: "总投资，单位元", en: "total investment in CNY")
        case .investmentQualifier: LocalizedText(zh: "投资额限定：exact（确数）、approx（约）、nearly（近）、gt（超）、ge（以上）、lt、le", en: "exact, approx, nearly, gt, ge, lt or le")
        case .investmentStated: LocalizedText(zh: "来源原文中的投资额写法，如约50亿元", en: "the investment as the source writes it, e.g. 约50亿元")
        case .listings: LocalizedText(zh: "列入的计划名称，多项用分号隔开", en: "plans the project is listed in, separated by semicolons")
        case .scope: LocalizedText(zh: "建设内容", en: "what is built (Chinese)")
        case .scopeEn: LocalizedText(zh: "建设内容的英文", en: "what is built (English)")
        case .source: LocalizedText(zh: "来源标识，须已在数据来源中", en: "source id; the source must exist")
        }
    }
}

extension ObservationTable {
    public static let columnNotes = ColumnNote.notes(Column.self, valueRequired: [.id, .subject, .metric, .source]) {
        switch $0 {
        case .id: LocalizedText(zh: "编号，全表唯一", en: "id, unique")
        case .subject: LocalizedText(zh: "对象，类别:标识，类别为place、cluster、enterprise或project，如cluster:auto", en: "KIND:ID with KIND place, cluster, enterprise or project")
        case .metric: LocalizedText(zh: "指标标识，如output（产值）", en: "metric id, e.g. output")
        case .value: LocalizedText(zh: "数值，用指标的基本单位（元，不是亿元）；数值和排名至少填一项", en: "value in the metric's base unit (CNY, not 100 m CNY); a value, a rank or both")
        case .qualifier: LocalizedText(zh: "限定：exact（确数）、approx（约）、nearly（近）、gt（超）、ge（以上）、lt、le", en: "exact, approx, nearly, gt, ge, lt or le")
        case .stated: LocalizedText(zh: "来源原文中的写法，如约5000亿元", en: "the figure as the source writes it")
        case .periodStart: LocalizedText(zh: "统计期起始日期，YYYY-MM-DD或日期单元格", en: "period start, YYYY-MM-DD or a date cell")
        case .periodEnd: LocalizedText(zh: "统计期截止日期，YYYY-MM-DD或日期单元格", en: "period end, YYYY-MM-DD or a date cell")
        case .asOf: LocalizedText(zh: "时点数的日期（存量指标），YYYY-MM-DD或日期单元格", en: "as-of date for a stock, YYYY-MM-DD or a date cell")
        case .kind: LocalizedText(zh: "类型：actual（实际）或forecast（预计），默认actual", en: "actual or forecast (default actual)")
        case .rank: LocalizedText(zh: "排名，正整数", en: "rank, a whole number from 1")
        case .rankScope: LocalizedText(zh: "排名范围，如national（全国），默认national", en: "the rank's scope, default national")
        case .source: LocalizedText(zh: "来源标识，须已在数据来源中", en: "source id; the source must exist")
        case .quote: LocalizedText(zh: "来源原文", en: "the source's words")
        case .note: LocalizedText(zh: "备注", en: "note")
        }
    }
}
