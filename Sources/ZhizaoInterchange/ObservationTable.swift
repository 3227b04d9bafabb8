import ZhizaoCore

/// The observation CSV format: one row per figure, keyed by `id`.
///
/// Columns: `id,subject,metric,value,qualifier,stated,period_start,period_end,as_of,kind,rank,rank_scope,`
/// `source,quote,note`. `subject` is `KIND:ID` (place, cluster, enterprise, project); `value` is in the metric's
/// base unit (CNY, not 亿元); `kind` is `actual` (the default) or `forecast`; a row gives a value, a rank, or both.
public enum ObservationTable {
    public enum Column: String, TableColumn {
        case id, subject, metric, value, qualifier, stated
        case periodStart = "period_start", periodEnd = "period_end", asOf = "as_of", kind
        case rank, rankScope = "rank_scope", source, quote, note

        public static let required: Set<Column> = [
            .id, .subject, .metric, .value, .qualifier, .periodStart, .periodEnd, .asOf, .source,
        ]

        public var chineseHeading: String {
            switch self {
            case .id: "编号"
            case .subject: "对象"
            case .metric: "指标"
            case .value: "数值"
            case .qualifier: "限定"
            case .stated: "原文数值"
            case .periodStart: "起始日期"
            case .periodEnd: "截止日期"
            case .asOf: "时点"
            case .kind: "类型"
            case .rank: "排名"
            case .rankScope: "排名范围"
            case .source: "来源"
            case .quote: "原文"
            case .note: "备注"
            }
        }
    }

    /// Validates every row and hands each valid observation to `accept` until the first problem; throws an
    /// ``ImportError`` listing all problems when there is any. Returns the rows read and the notes.
    /// A workbook is read from its sheet `sheet` (name or 1-based number; the first by default).
    @discardableResult
    public static func read(
        _ bytes: [UInt8], file: String, sheet: String? = nil, references: ImportReferences,
        accept: (Observation) throws -> Void
    ) throws -> TableReading {
        let t = try TableReader<Column>(bytes: bytes, file: file, sheet: sheet)
        var seen: [String: Int] = [:]
        let rows = try t.readAll({ row(t, references: references, seen: &seen) }, accept: accept)
        return TableReading(rows: rows, notes: t.notes)
    }

    private static func row(_ t: TableReader<Column>, references: ImportReferences, seen: inout [String: Int])
        -> Observation?
    {
        let id = t.required(.id)
        if let id { t.requireUnique(.id, key: id, seen: &seen) }
        var subject: Subject?
        if let text = t.required(.subject) {
            subject = Subject(text)
            if let s = subject {
                if let problem = references.problem(with: s) {
                    t.report(.subject, en: problem, zh: "数据库中没有这一对象，请核对编号，或先导入该对象")
                    subject = nil
                } else if let scope = references.scope, !scope.allows(subject: s) {
                    t.report(.subject, en: scope.refusal + " (as place:ID)", zh: scope.refusalChinese + "（写作 place:编号）")
                    subject = nil
                }
            } else {
                t.report(.subject, en: "must be KIND:ID with KIND place, cluster, enterprise or project",
                         zh: "写法不对，请写作 类型:编号，类型为 place、cluster、enterprise 或 project，如 place:huadu")
            }
        }
        let metric = t.required(.metric)
        if let metric, references.metrics[metric] == nil {
            t.report(.metric, en: "is not a metric of the database; add it to the metrics first",
                     zh: "不是已有的指标，请填写“指标”页中的指标编号，或先添加该指标")
        }
        let value = t[.value].flatMap { text -> Double? in
            guard let number = NumberText.decimal(text) else {
                t.report(.value, en: "is not a number in the metric's base unit", zh: "不是数字，请用指标的基本单位填写数值（元，而非亿元）")
                return nil
            }
            return number
        }
        let qualifier = t.choice(.qualifier, as: Qualifier.self) ?? .exact
        let period = Period(start: t.date(.periodStart), end: t.date(.periodEnd), asOf: t.date(.asOf))
        if let start = period.start, let end = period.end, start > end {
            t.report(.periodEnd, en: "is before period_start \(start)", zh: "早于起始日期 \(start)，请核对")
        }
        let kind = t.choice(.kind, as: ObservationKind.self) ?? .actual
        var rank: Rank?
        if let position = t.integer(.rank, in: 1...1_000_000) {
            rank = Rank(position, in: t[.rankScope] ?? "national")
        }
        if t[.value] == nil, t[.rank] == nil { t.reportRow("a row needs a value, a rank or both", zh: "每行须有数值或排名（或两者都有）") }
        let source = t.required(.source)
        if let source, !references.sourceIds.contains(source) {
            t.report(.source, en: "is not a source of the database", zh: "不是已有的数据来源，请填写“数据来源”页中的来源编号")
        }
        guard let id, let subject, let metric, let source else { return nil }
        return Observation(
            id: id, subject: subject, metricId: metric,
            quantity: value.map { Quantity($0, qualifier, stated: t[.stated]) }, period: period, kind: kind, rank: rank,
            sourceId: source, quote: t[.quote], note: t[.note])
    }

    // MARK: - Writing

    public static let header = Column.allCases.map(\.rawValue)

    public static func row(_ o: Observation) -> [String] {
        [
            o.id, o.subject.description, o.metricId,
            o.quantity.map { ChineseNumberFormat.decimal($0.value, maxFraction: 6) } ?? "",
            o.quantity?.qualifier.rawValue ?? "", o.quantity?.stated ?? "",
            o.period.start ?? "", o.period.end ?? "", o.period.asOf ?? "", o.kind.rawValue,
            o.rank.map { String($0.position) } ?? "", o.rank?.scope ?? "",
            o.sourceId, o.quote ?? "", o.note ?? "",
        ]
    }
}
