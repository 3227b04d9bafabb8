import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStorage

/// Specialisation and opportunities on an imported regional table (`zhizao import regional`) instead of the
/// registry: a province's cities from a yearbook, say, with the table's own regions.
extension AppDatabase {
    /// The specialisation of the stored regional table `name` in `year` (its latest year when nil). Throws a
    /// `StoreError(.notFound)` naming the stored tables, or the table's years, when either is not there.
    public func specialisation(regionalTable name: String, year: Int? = nil) throws -> Specialisation {
        try Specialisation.stored(regionalTable: name, year: year, tables: try regionalTables(), byYear: try regionalTable(named: name))
    }

    /// The opportunities of the region `text` names in the stored regional table `name` (`year`, else its latest):
    /// the region written as the table writes it, or a place whose name the table's region is (花都 or huadu for a
    /// table's 花都区). The gaps are those of the clusters inside that place, when the region is one. Throws a
    /// `StoreError(.notFound)` saying which regions the table has when none matches.
    public func opportunities(
        regionalTable name: String, year: Int? = nil, region text: String, limit: Int, nearest: Int = DistrictOpportunities.defaultNearest
    ) throws -> DistrictOpportunities {
        let specialisation = try specialisation(regionalTable: name, year: year)
        let region = try specialisation.region(named: text, places: PlaceDirectory(places: try places()))
        return try opportunities(specialisation, region: region.index, place: region.place, limit: limit, nearest: nearest)
    }
}
