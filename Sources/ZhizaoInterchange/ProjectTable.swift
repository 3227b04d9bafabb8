import ZhizaoCore

/// The project CSV format: one row per project, keyed by `id`.
///
/// Columns: `id,name,name_en,kind,place,cluster,investors,phases,investment_cny,investment_qualifier,`
/// `investment_stated,listings,scope,scope_en,source`. Investors are `;`-separated enterprise slugs or USCCs; phases are
/// `;`-separated `NUMBER:STATUS[:SINCE[:PLANNED_END]]` (dates `YYYY-MM` or `YYYY-MM-DD`); listings are
/// `;`-separated plan names.
public enum ProjectTable {
    public enum Column: String, TableColumn {
        case id, name, nameEn = "name_en", kind, place, cluster, investors, phases
        case investmentCNY = "investment_cny", investmentQualifier = "investment_qualifier"
        case investmentStated = "investment_stated"
        case listings, scope, scopeEn = "scope_en", source

        public static let required: Set<Column> = [.id, .name, .place, .cluster, .phases, .investmentCNY]

        public var chineseHeading: String {
            switch self {
            case .id: "项目编号"
            case .name: "项目名称"
            case .nameEn: "英文名称"
            case .kind: "项目类型"
            case .place: "所在地"
            case .cluster: "所属集群"
            case .investors: "投资方"
            case .phases: "建设阶段"
            case .investmentCNY: "总投资（元）"
            case .investmentQualifier: "投资额限定"
            case .investmentStated: "投资额原文"
            case .listings: "列入计划"
            case .scope: "建设内容"
            case .scopeEn: "英文建设内容"
            case .source: "来源"
            }
        }
    }

    /// Validates every row and hands each valid project to `accept` until the first problem; throws an
    /// ``ImportError`` listing all problems when there is any. Returns the rows read and the notes.
    /// A workbook is read from its sheet `sheet` (name or 1-based number; the first by default).
    @discardableResult
    public static func read(
        _ bytes: [UInt8], file: String, sheet: String? = nil, references: ImportReferences,
        accept: (Project) throws -> Void
    ) throws -> TableReading {
        let t = try TableReader<Column>(bytes: bytes, file: file, sheet: sheet)
        var seen: [String: Int] = [:]
        let rows = try t.readAll({ row(t, references: references, seen: &seen) }, accept: accept)
        return TableReading(rows: rows, notes: t.notes)
    }

    private static func row(_ t: TableReader<Column>, references: ImportReferences, seen: inout [String: Int])
        -> Project?
    {
        let id = t.required(.id)
        if let id { t.requireUnique(.id, key: id, seen: &seen) }
        let name = t.required(.name)
        var placeId: String?
        if let text = t[.place] {
            placeId = references.places.places(spelled: text).first?.id
            if placeId == nil {
                t.report(.place, en: "is not a place of the database", zh: "不是已登记的地点，请填写地点编号或名称，如 huadu 或 花都区")
            } else if let scope = references.scope, !scope.allows(placeId: placeId) {
                t.report(.place, en: scope.refusal, zh: scope.refusalChinese)
            }
        }
        let clusterId = t[.cluster]
        if let clusterId, !references.clusterIds.contains(clusterId) {
            t.report(.cluster, en: "is not a cluster id of the database", zh: "不是已有的产业集群编号，请填写“产业集群”页中的集群编号")
        }
        let investors = t[.investors].map(listItems) ?? []
        for investor in investors where !references.enterpriseExists(investor) {
            t.report(.investors, en: "no enterprise with slug or USCC \"\(investor)\"; import it first",
                     zh: "数据库中没有统一社会信用代码或编号为“\(investor)”的企业，请先导入该企业")
        }
        var phases: [ProjectPhase] = []
        for item in t[.phases].map(listItems) ?? [] {
            if let phase = phase(item) {
                phases.append(phase)
            } else {
                t.report(.phases, en: "item \"\(item)\" is not NUMBER:STATUS[:SINCE[:PLANNED_END]] with STATUS one of "
                    + ProjectStatus.allCases.map(\.rawValue).joined(separator: ", "),
                    zh: "“\(item)”写法不对，请写作 期数:状态[:开始[:计划完成]]，如 1:under-construction:2021-03，状态为 "
                    + ProjectStatus.allCases.map(\.rawValue).joined(separator: "、") + " 之一")
            }
        }
        let amount = t.amount(.investmentCNY)
        let qualifier = t.choice(.investmentQualifier, as: Qualifier.self) ?? .exact
        let source = t[.source]
        if let source, !references.sourceIds.contains(source) { t.report(.source, en: "is not a source of the database", zh: "不是已有的数据来源，请填写“数据来源”页中的来源编号") }
        let kind = t.choice(.kind, as: ProjectKind.self) ?? .construction
        guard let id, let name else { return nil }
        return Project(
            id: id, name: LocalizedText(zh: name, en: t[.nameEn]), kind: kind, placeId: placeId, clusterId: clusterId,
            investorIds: investors, phases: phases, investment: amount.map { Quantity($0, qualifier, stated: t[.investmentStated]) },
            listings: t[.listings].map(listItems) ?? [],
            scope: t[.scope].map { LocalizedText(zh: $0, en: t[.scopeEn]) }, sourceId: source)
    }

    /// Parses `NUMBER:STATUS[:SINCE[:PLANNED_END]]`; NUMBER and STATUS may be empty.
    static func phase(_ item: String) -> ProjectPhase? {
        let parts = itemParts(item)
        guard (2...4).contains(parts.count) else { return nil }
        var phase = ProjectPhase()
        if !parts[0].isEmpty {
            guard let number = NumberText.integer(parts[0]), number > 0 else { return nil }
            phase.number = number
        }
        if !parts[1].isEmpty {
            guard let status = ProjectStatus(rawValue: parts[1]) else { return nil }
            phase.status = status
        }
        for (index, keyPath) in [(2, \ProjectPhase.since), (3, \ProjectPhase.plannedEnd)] where parts.count > index {
            let text = parts[index]
            if text.isEmpty { continue }
            guard isDate(text, allowMonth: true) else { return nil }
            phase[keyPath: keyPath] = text
        }
        return phase
    }

    // MARK: - Writing

    public static let header = Column.allCases.map(\.rawValue)

    public static func row(_ p: Project, places: PlaceDirectory) -> [String] {
        [
            p.id, p.name.zh, p.name.en ?? "", p.kind.rawValue,
            p.placeId.flatMap { places.place(id: $0)?.id } ?? "", p.clusterId ?? "",
            p.investorIds.joined(separator: ";"), p.phases.map(\.token).joined(separator: ";"),
            p.investment.map { ChineseNumberFormat.decimal($0.value, maxFraction: 2) } ?? "",
            p.investment.map { $0.qualifier.rawValue } ?? "", p.investment?.stated ?? "",
            p.listings.joined(separator: ";"), p.scope?.zh ?? "", p.scope?.en ?? "", p.sourceId ?? "",
        ]
    }
}
