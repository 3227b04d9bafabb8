import ZhizaoCore

/// The enterprise CSV format: one row per enterprise, keyed by its unified social credit code.
///
/// Columns (header names, any order): `uscc,name,name_en,district,park,industry_code,founded,employees,`
/// `revenue_cny,revenue_year,revenue_history,designations,synthetic,business_scope` (经营范围, optional). Designations are `;`-separated
/// `KIND[:YEAR[:LEVEL]]`; revenue history is `;`-separated `YEAR=AMOUNT` for years before `revenue_year`.
public enum EnterpriseTable {
    public enum Column: String, FirmColumns {
        case uscc, name, nameEn = "name_en", district, park, industryCode = "industry_code", founded, employees
        case revenueCNY = "revenue_cny", revenueYear = "revenue_year", revenueHistory = "revenue_history"
        case designations, synthetic
        case businessScope = "business_scope"

        public static let required: Set<Column> = [
            .uscc, .name, .district, .park, .industryCode, .founded, .employees, .revenueCNY, .revenueYear,
            .designations,
        ]

        public var chineseHeading: String {
            switch self {
            case .uscc: "统一社会信用代码"
            case .name: "企业名称"
            case .nameEn: "英文名称"
            case .district: "所属区"
            case .park: "所在园区"
            case .industryCode: "行业代码"
            case .founded: "成立年份"
            case .employees: "从业人数"
            case .revenueCNY: "营业收入（元）"
            case .revenueYear: "营业收入年份"
            case .revenueHistory: "历年营业收入"
            case .designations: "认定称号"
            case .synthetic: "合成数据"
            case .businessScope: "经营范围"
            }
        }

        public var alternativeHeadings: [String] {
            switch self {
            case .uscc: ["信用代码", "社会信用代码", "统一代码"]
            case .name: ["单位名称", "企业名", "公司名称", "名称"]
            case .district: ["区域", "所在区", "所属区域", "区", "行政区", "所在地区"]
            case .park: ["园区", "所属园区"]
            case .industryCode: ["国民经济行业代码", "行业分类代码", "国民经济行业分类代码"]
            case .founded: ["成立时间", "成立日期", "成立年度"]
            case .employees: ["从业人员", "从业人员数", "员工人数", "职工人数"]
            case .revenueCNY: ["营业收入", "营业收入(元)", "主营业务收入", "主营业务收入(元)"]
            case .revenueYear: ["收入年份", "营收年份"]
            case .designations: ["认定", "资质", "称号"]
            case .businessScope: ["经营范围描述", "主营业务", "主营产品"]
            default: []
            }
        }
    }

    static let years = 1800...2100

    /// Validates every row of `bytes` and hands each valid enterprise to `accept` until the first problem;
    /// throws an ``ImportError`` listing all problems when there is any. Returns the rows read and the notes.
    /// A workbook is read from its sheet `sheet` (name or 1-based number; the first by default).
    @discardableResult
    public static func read(
        _ bytes: [UInt8], file: String, sheet: String? = nil, places: PlaceDirectory, scope: WriteScope? = nil,
        classification: IndustryClassification = .gbt4754_2017, accept: (Enterprise) throws -> Void
    ) throws -> TableReading {
        let t = try TableReader<Column>(bytes: bytes, file: file, sheet: sheet)
        var firstLine: [UInt128: Int] = [:]
        let rows = try t.readAll(
            { row(t, places: places, scope: scope, classification: classification, firstLine: &firstLine) }, accept: accept)
        return TableReading(rows: rows, notes: t.notes)
    }

    /// The longest name, Chinese or English, a row may give: registered names are far shorter, so a longer one is a
    /// column out of place (a business scope read as a name). PostgreSQL's index of names by id (migration v7) holds
    /// the names in entries of at most 2,704 bytes, which two names this long and the USCC leave room in.
    public static let longestName = 200

    private static func row(
        _ t: TableReader<Column>, places: PlaceDirectory, scope: WriteScope?, classification: IndustryClassification,
        firstLine: inout [UInt128: Int]
    ) -> Enterprise? {
        let uscc = t.firmUSCC(firstLine: &firstLine)
        let name = t.required(.name)
        for column in [Column.name, .nameEn] where (t[column]?.count ?? 0) > longestName {
            t.report(column, en: "is longer than \(longestName) characters, which no firm's name is; check that the columns are in order",
                     zh: "超过\(longestName)个字，不像企业名称，请检查各列是否错位")
        }
        var district: Place?
        if let text = t.required(.district) {
            district = places.district(written: text)
            if district == nil {
                let names = places.places.filter { $0.kind == .district }.map(\.name.zh)
                t.report(.district, en: "is not a district of the database; use one of " + names.joined(separator: " "),
                         zh: "不是本市的区，请填写以下之一：" + names.joined(separator: "、"))
            } else if let scope, !scope.allows(placeId: district?.id) {
                t.report(.district, en: scope.refusal, zh: scope.refusalChinese)
            }
        }
        var park: Place?
        if let text = t[.park] {
            park = places.park(text, inDistrict: district?.id)
            if park == nil {
                if places.park(text) == nil {
                    t.report(.park, en: "is not a park or zone of the database", zh: "不是已登记的园区，请填写已登记的园区名称，或留空")
                } else {
                    let name = district?.name.zh ?? "?"
                    t.report(.park, en: "lies outside district \(name)", zh: "不在\(name)内，请填写\(name)内的园区，或留空")
                }
            }
        }
        let facts = t.firmFacts(classification)
        guard let uscc, let name, let district else { return nil }
        var firm = facts.enterprise(uscc: uscc, name: LocalizedText(zh: name, en: t[.nameEn]))
        (firm.districtId, firm.parkId) = (district.id, park?.id)
        return firm
    }

    /// Parses `KIND[:YEAR[:LEVEL]]`.
    public static func designation(_ item: String) -> Designation? {
        let parts = itemParts(item)
        guard parts.count <= 3, let kind = DesignationKind(spelling: parts[0]) else { return nil }
        var year: Int?
        if parts.count > 1, !parts[1].isEmpty {
            guard let y = NumberText.integer(parts[1]), years.contains(y) else { return nil }
            year = y
        }
        var level: DesignationLevel?
        if parts.count > 2, !parts[2].isEmpty {
            guard let l = DesignationLevel(spelling: parts[2]) else { return nil }
            level = l
        }
        return Designation(kind, year: year, level: level)
    }

    // MARK: - Writing

    /// The header export writes: every column, in the documented order.
    public static let header = Column.allCases.map(\.rawValue)

    /// An enterprise as a row of `header`, with district and park by Chinese name.
    public static func row(_ e: Enterprise, places: PlaceDirectory) -> [String] {
        let latest = e.latestRevenue
        let history = RevenueHistory.encode(e.revenue.filter { $0.key != latest?.year })
        return [
            e.uscc ?? "", e.name.zh, e.name.en ?? "",
            e.districtId.flatMap { places.place(id: $0)?.name.zh } ?? "",
            e.parkId.flatMap { places.place(id: $0)?.name.zh } ?? "",
            e.industryCode ?? "", e.founded.map(String.init) ?? "", e.employees.map(String.init) ?? "",
            latest.map { ChineseNumberFormat.decimal($0.amount, maxFraction: 2) } ?? "",
            latest.map { String($0.year) } ?? "",
            history,
            e.designations.map(\.token).joined(separator: ";"),
            e.synthetic ? "true" : "false",
            e.businessScope ?? "",
        ]
    }
}
