import ZhizaoCore

/// The columns a firm has in every firm format — the registry's enterprises and an outside list of firms to court
/// (`TargetListTable`) — read the same way, with the same located problems.
public protocol FirmColumns: TableColumn {
    static var uscc: Self { get }
    static var industryCode: Self { get }
    static var founded: Self { get }
    static var employees: Self { get }
    static var revenueCNY: Self { get }
    static var revenueYear: Self { get }
    static var revenueHistory: Self { get }
    static var designations: Self { get }
    static var synthetic: Self { get }
    static var businessScope: Self { get }
}

/// What a firm's row says besides its key, name and place.
struct FirmFacts {
    var industryCode: String?
    var founded: Int?
    var employees: Int?
    var revenue: [Int: Double]
    var designations: [Designation]
    var synthetic: Bool
    var businessScope: String?

    /// An enterprise of these facts, with no place.
    func enterprise(uscc: String, name: LocalizedText) -> Enterprise {
        Enterprise(
            uscc: uscc, name: name, districtId: nil, parkId: nil, industryCode: industryCode, founded: founded, employees: employees,
            revenue: revenue, designations: designations, synthetic: synthetic, businessScope: businessScope)
    }
}

extension TableReader where Column: FirmColumns {
    /// The row's USCC: required, its check character verified (GB 32100-2015), a lowercase one read upper-cased with a
    /// note, one row per code in the file; nil after a problem.
    func firmUSCC(firstLine: inout [UInt128: Int]) -> String? {
        guard let code = required(.uscc) else { return nil }
        let upper = Self.uppercased(code)
        if let problem = USCC.problem(upper) {
            report(.uscc, en: "\(problem)", zh: problem.chinese)
            return nil
        }
        if upper != code { note(.uscc, en: "read as \(upper) (upper case)", zh: "已按大写读作 \(upper)") }
        requireUnique(.uscc, key: USCC.key(upper), seen: &firstLine, hint: "; each enterprise needs one row", hintZh: "；每家企业只写一行")
        return upper
    }

    /// The row's class, founding year, employees, revenue and its history, designations, synthetic flag and business
    /// scope, each problem reported at its cell.
    func firmFacts(_ classification: IndustryClassification) -> FirmFacts {
        var industry: String?
        if let code = required(.industryCode) {
            if let entry = classification.entry(code) {
                if entry.level == .class {
                    industry = code
                } else {
                    report(.industryCode, en: "is a \(entry.level.rawValue) (\(entry.name)); give a 4-digit class of GB/T 4754-2017",
                           zh: "是门类或大类、中类（\(entry.name)），请填写国民经济行业分类（GB/T 4754-2017）的4位小类")
                }
            } else {
                report(.industryCode, en: "is not a class of GB/T 4754-2017 (e.g. 3670 汽车零部件及配件制造)",
                       zh: "不是国民经济行业分类（GB/T 4754-2017）的小类，请填写4位代码，如 3670（汽车零部件及配件制造）")
            }
        }
        let years = EnterpriseTable.years
        let founded = year(.founded, in: years)
        let employees = integer(.employees, in: 0...10_000_000)
        var revenue: [Int: Double] = [:]
        let latestAmount = amount(.revenueCNY)
        let latest = integer(.revenueYear, in: years)
        if let latestAmount, let latest {
            revenue[latest] = latestAmount
        } else if (self[.revenueCNY] == nil) != (self[.revenueYear] == nil) {
            report(self[.revenueCNY] == nil ? .revenueCNY : .revenueYear, en: "revenue_cny and revenue_year go together",
                   zh: "营业收入与营业收入年份须同时填写或同时留空")
        }
        if let history = self[.revenueHistory] { readHistory(history, into: &revenue, before: latest) }
        var designations: [Designation] = []
        if let text = self[.designations] {
            for item in listItems(text) {
                if let designation = EnterpriseTable.designation(item) {
                    designations.append(designation)
                } else {
                    report(.designations, en: "item \"\(item)\" is not KIND[:YEAR[:LEVEL]] with KIND one of "
                        + DesignationKind.allCases.map(\.rawValue).joined(separator: ", "),
                        zh: "“\(item)”写法不对，请写作 称号[:年份[:级别]]，如 小巨人:2021:国家级")
                }
            }
        }
        return FirmFacts(
            industryCode: industry, founded: founded, employees: employees, revenue: revenue, designations: designations,
            synthetic: bool(.synthetic) ?? false, businessScope: self[.businessScope])
    }

    private func readHistory(_ text: String, into revenue: inout [Int: Double], before latest: Int?) {
        let years = EnterpriseTable.years
        // Fast path: the plain YEAR=AMOUNT;… that export and the generator write.
        if let plain = RevenueHistory.decode(text), plain.keys.allSatisfy({ years.contains($0) && $0 < latest ?? .max }),
            plain.values.allSatisfy({ $0 >= 0 && $0.isFinite }), plain.count == text.utf8.count(where: { $0 == UInt8(ascii: "=") })
        {
            revenue.merge(plain) { old, _ in old }
            return
        }
        for item in listItems(text) {
            let parts = item.items(separatedBy: ["="], keepingEmpty: true)
            guard parts.count == 2, let year = NumberText.integer(parts[0]), years.contains(year),
                let amount = NumberText.decimal(parts[1]), amount >= 0
            else {
                report(.revenueHistory, en: "item \"\(item)\" is not YEAR=AMOUNT", zh: "“\(item)”写法不对，请写作 年份=金额，如 2018=12000000")
                continue
            }
            if let latest, year >= latest {
                report(.revenueHistory, en: "year \(year) is not before revenue_year \(latest)",
                       zh: "\(year)年不早于营业收入年份 \(latest)，这里只写更早年份的收入")
            } else if revenue[year] != nil {
                report(.revenueHistory, en: "year \(year) is given twice", zh: "\(year)年写了两次，每个年份只写一次")
            } else {
                revenue[year] = amount
            }
        }
    }

    /// `code` with ASCII letters upper-cased, as the check character and the registry spell it.
    static func uppercased(_ code: String) -> String {
        code.utf8.contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") } ? code.uppercased() : code
    }
}
