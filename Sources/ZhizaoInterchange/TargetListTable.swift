import ZhizaoCore

/// An outside list of firms to court (招商名单): the enterprise format with the firm's `province` and `city` (省份,
/// 城市) instead of a district and park of the city. USCC, name and class are required; the other columns are read
/// as the enterprise format reads them (`FirmColumns`), with the same located problems.
public enum TargetListTable {
    public enum Column: String, FirmColumns {
        case uscc, name, nameEn = "name_en", province, city, industryCode = "industry_code", founded, employees
        case revenueCNY = "revenue_cny", revenueYear = "revenue_year", revenueHistory = "revenue_history"
        case designations, synthetic
        case businessScope = "business_scope"

        public static let required: Set<Column> = [.uscc, .name, .province, .industryCode]

        /// The enterprise format's column of the same name, for the headings the two share.
        private var enterpriseColumn: EnterpriseTable.Column? { EnterpriseTable.Column(rawValue: rawValue) }

        public var chineseHeading: String {
            switch self {
            case .province: "省份"
            case .city: "城市"
            default: enterpriseColumn?.chineseHeading ?? rawValue
            }
        }

        public var alternativeHeadings: [String] {
            switch self {
            case .province: ["所在省份", "省", "所在省", "省份名称"]
            case .city: ["所在城市", "市", "地市", "所在地市", "城市名称"]
            default: enterpriseColumn?.alternativeHeadings ?? []
            }
        }
    }

    /// Validates every row of `bytes` (CSV, JSON or an `.xlsx` sheet) and returns the firms with the reading; throws
    /// an ``ImportError`` listing every problem when there is any.
    public static func read(
        _ bytes: [UInt8], file: String, sheet: String? = nil, list: String, classification: IndustryClassification = .gbt4754_2017
    ) throws -> (firms: [OutsideFirm], reading: TableReading) {
        let t = try TableReader<Column>(bytes: bytes, file: file, sheet: sheet)
        var firstLine: [UInt128: Int] = [:]
        var firms: [OutsideFirm] = []
        let rows = try t.readAll({ row(t, list: list, classification: classification, firstLine: &firstLine) }) { firms.append($0) }
        return (firms, TableReading(rows: rows, notes: t.notes))
    }

    private static func row(
        _ t: TableReader<Column>, list: String, classification: IndustryClassification, firstLine: inout [UInt128: Int]
    ) -> OutsideFirm? {
        let uscc = t.firmUSCC(firstLine: &firstLine)
        let name = t.required(.name)
        let (province, city) = (t[.province], t[.city])
        if province == nil && city == nil {
            t.report(.province, en: "give the firm's province or city (江苏省, 苏州市), or both", zh: "请填写企业所在的省份或城市（如 江苏省、苏州市），或两者都填")
        }
        let facts = t.firmFacts(classification)
        guard let uscc, let name else { return nil }
        return OutsideFirm(
            origin: OutsideFirm.Origin(list: list, province: province, city: city),
            enterprise: facts.enterprise(uscc: uscc, name: LocalizedText(zh: name, en: t[.nameEn])))
    }
}
