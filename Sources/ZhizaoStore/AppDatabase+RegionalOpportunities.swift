import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStorage

/// Specialisation and opportunities on an imported regional table (`zhizao import regional`) instead of the
/// registry: a province's cities from a yearbook, say, with the table's own regions.
extension AppDatabase {
    /// The specialisation of the stored regional table `name` in `year` (its latest year when nil). Throws a
    /// `StoreError(.notFound)` naming the stored tables, or the table's years, when either is not there.
    public func specialisation(regionalTable name: String, year: Int? = nil) throws -> Specialisation {
        let tables = try regionalTables()
        guard let info = tables.first(where: { $0.name == name }), let byYear = try regionalTable(named: name) else {
            let stored = tables.map(\.name)
            throw StoreError(
                .notFound,
                "no regional table is named \(name); "
                    + (stored.isEmpty
                        ? "import one with zhizao import regional FILE --name \(name)"
                        : "the stored ones are \(stored.joined(separator: ", "))"))
        }
        let chosen = year.map { wanted in byYear.first { $0.year == wanted } } ?? byYear.last
        guard let chosen else {
            throw StoreError(
                .notFound, "the regional table \(name) has no year \(year!); its years are \(info.years.map(String.init).joined(separator: ", "))")
        }
        return Specialisation(regional: info, year: chosen.year, table: chosen.table)
    }

    /// The opportunities of the region `text` names in the stored regional table `name` (`year`, else its latest):
    /// the region written as the table writes it, or a place whose name the table's region is (花都 or huadu for a
    /// table's 花都区). The gaps are those of the clusters inside that place, when the region is one. Throws a
    /// `StoreError(.notFound)` saying which regions the table has when none matches.
    public func opportunities(
        regionalTable name: String, year: Int? = nil, region text: String, limit: Int, nearest: Int = 3
    ) throws -> DistrictOpportunities {
        let specialisation = try specialisation(regionalTable: name, year: year)
        let places = PlaceDirectory(places: try places())
        let regions = specialisation.table.regions
        guard let region = Self.region(text, among: regions, places: places) else {
            throw StoreError(
                .notFound,
                "the regional table \(name) has no region \(text); its regions are "
                    + regions.prefix(30).joined(separator: ", ") + (regions.count > 30 ? " …" : ""))
        }
        let place = Self.place(of: regions[region], places: places)
        return try opportunities(specialisation, region: region, place: place, limit: limit, nearest: nearest)
    }

    /// The index of the region of `regions` that `text` names: written the same, or naming the same place.
    public static func region(_ text: String, among regions: [String], places: PlaceDirectory) -> Int? {
        let text = text.trimmingWhitespace()
        if let exact = regions.firstIndex(of: text) { return exact }
        guard let wanted = place(of: text, places: places) else { return nil }
        return regions.firstIndex { place(of: $0, places: places) == wanted }
    }

    /// The id of the one place a region's name names, if any.
    public static func place(of region: String, places: PlaceDirectory) -> String? {
        places.resolve(region).entry?.id
    }
}
