import ArgumentParser
import Foundation
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStore

/// What `zhizao import` reads: one of the record tables, or boundaries.
enum ImportTarget: String, ExpressibleByArgument, CaseIterable {
    case enterprises, projects, observations, boundaries

    /// The record table, nil for boundaries.
    var table: ImportKind? { ImportKind(rawValue: rawValue) }
}

extension Boundary.Level: ExpressibleByArgument {}

extension Zhizao.Import {
    /// `zhizao import boundaries FILE.geojson [--level district|city] [--check]`: the file's areas replace the
    /// boundaries of that level, all or none; maps draw them from then on.
    func importBoundaries(_ data: Data, _ database: AppDatabase) throws {
        do {
            if check {
                let areas = try GeoJSONReader.boundaries(data, file: file, level: level)
                print("\(file): \(areas.count) areas (\(level.rawValue) level), no problems found; nothing was written.")
                return
            }
            let count = try database.importBoundaries(
                geoJSON: data, file: file, level: level, by: DatabaseOptions.actor("import boundaries"))
            print("Imported \(count) \(level.rawValue) boundaries from \(file); maps draw them instead of the shipped ones.")
        } catch let error as ImportError {
            printError(error.description)
            throw ExitCode(65)  // EX_DATAERR
        }
    }
}
