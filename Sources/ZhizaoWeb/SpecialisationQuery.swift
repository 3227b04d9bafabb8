import Hummingbird
import ZhizaoCore
import ZhizaoStorage

/// The choices of the specialisation and opportunities pages, their API and downloads: `regions` (district or park),
/// `level` (division, group or class), `measure` (firms, revenue or employees) and the page's `sort` (`size`,
/// `industry`, or a region's id for its location quotients), or instead of the registry an imported regional `table`
/// and its `year`. Anything else is a 400 saying what is allowed.
struct SpecialisationQuery: Sendable, Equatable {
    var regions: RegionKind = .district
    var level: IndustryClassification.Level = .division
    var measure: RegistryMeasure = .firms
    var sort = "size"
    /// A regional table's name (`zhizao import regional`): its regions and values instead of the registry's.
    var table: String?
    /// The regional table's year; its latest when nil.
    var year: Int?

    static let levels: [IndustryClassification.Level] = [.division, .group, .class]

    init() {}

    init(_ request: Request, regions allowed: [RegionKind] = RegionKind.allCases) throws {
        let parameters = request.uri.queryParameters
        func choice<T: RawRepresentable>(_ name: String, _ options: [T]) throws -> T? where T.RawValue == String {
            guard let text = parameters.get(name)?.trimmingWhitespace(), !text.isEmpty else { return nil }
            guard let value = T(rawValue: text), options.contains(where: { $0.rawValue == text }) else {
                throw HTTPError(.badRequest, message: "\(name) must be one of \(options.map(\.rawValue).joined(separator: ", "))")
            }
            return value
        }
        regions = try choice("regions", allowed) ?? .district
        level = try choice("level", Self.levels) ?? .division
        measure = try choice("measure", RegistryMeasure.allCases) ?? .firms
        sort = parameters.get("sort")?.trimmingWhitespace() ?? "size"
        table = parameters.get("table")?.trimmingWhitespace()
        if table?.isEmpty == true { table = nil }
        if let text = parameters.get("year")?.trimmingWhitespace(), !text.isEmpty {
            guard let year = Int(text), table != nil else {
                throw HTTPError(.badRequest, message: "year must be a year of the regional table that table names")
            }
            self.year = year
        }
    }

    /// Only the regional table and year of these choices: what a link to the other page over the same data keeps.
    var source: SpecialisationQuery {
        var chosen = SpecialisationQuery()
        (chosen.table, chosen.year) = (table, year)
        return chosen
    }

    /// The query string of these choices with one changed, the defaults left out (`regions=park&level=class`).
    func query(regions: RegionKind? = nil, level: IndustryClassification.Level? = nil, measure: RegistryMeasure? = nil, sort: String? = nil)
        -> String
    {
        var parts: [String] = []
        let (r, v, m, s) = (regions ?? self.regions, level ?? self.level, measure ?? self.measure, sort ?? self.sort)
        if r != .district { parts.append("regions=\(r.rawValue)") }
        if v != .division { parts.append("level=\(v.rawValue)") }
        if m != .firms { parts.append("measure=\(m.rawValue)") }
        if s != "size" { parts.append("sort=\(HTML.query(s))") }
        if let table { parts.append("table=\(HTML.query(table))") }
        if let year { parts.append("year=\(year)") }
        return parts.joined(separator: "&")
    }
}
