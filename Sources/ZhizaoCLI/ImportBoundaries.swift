import ArgumentParser
import Foundation
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStore
import ZhizaoStorage

/// What `zhizao import` reads: one of the record tables, boundaries, a regional table or a target list.
enum ImportTarget: String, ExpressibleByArgument, CaseIterable {
    case enterprises, projects, observations, boundaries, regional
    case targetList = "target-list"

    /// The record table, nil for boundaries, regional tables and target lists.
    var table: ImportKind? { ImportKind(rawValue: rawValue) }
}

extension Boundary.Level: ExpressibleByArgument {}

extension Zhizao.Import {
    /// `zhizao import boundaries FILE.geojson [--level district|city] [--check]`: the file's areas replace the
    /// boundaries of that level, all or none; maps draw them from then on.
    func importBoundaries(_ data: Data, _ database: any Storage) async throws {
        let l = language.current
        let levelName = level == .city ? l.pick("市级", "city") : l.pick("区级", "district")
        do {
            if check {
                let areas = try GeoJSONReader.boundaries(data, file: file, level: level)
                if !quiet {
                    print(l.pick("\(file)：\(areas.count) 个\(levelName)区域，未发现问题；未写入任何数据。",
                        "\(file): \(areas.count) areas (\(levelName) level), no problems found; nothing was written."))
                }
                return
            }
            let count = try await database.importBoundaries(
                geoJSON: data, file: file, level: level, by: DatabaseOptions.actor("import boundaries"))
            if !quiet {
                print(l.pick("已从 \(file) 导入 \(count) 个\(levelName)边界；地图改用这些边界。",
                    "Imported \(count) \(levelName) boundaries from \(file); maps draw them instead of the shipped ones."))
            }
        } catch let error as ImportError {
            printError(ImportErrorText(error: error, language: l).text)
            throw ExitCode(65)  // EX_DATAERR
        }
    }
}
