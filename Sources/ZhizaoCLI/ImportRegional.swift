import ArgumentParser
import Foundation
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStore
import ZhizaoStorage

extension Zhizao.Import {
    /// The name a regional table or target list is stored under: `--name`, else the file's name without extension.
    var storedName: String {
        (name ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent).trimmingWhitespace()
    }

    /// `zhizao import regional FILE --name NAME [--measure …] [--source …] [--replace] [--check]`: a long
    /// region × industry table from outside the registry, stored whole under its name (all rows or none).
    func importRegional(_ bytes: [UInt8], _ database: any Storage) async throws {
        let l = language.current
        let name = storedName
        do {
            if check {
                let (entries, reading) = try RegionalTable.read(bytes, file: file, sheet: sheet)
                if !quiet {
                    let regions = Set(entries.map(\.region)).count, industries = Set(entries.map(\.industry)).count
                    print(l.pick(
                        "\(file)：\(reading.rows) 行（\(regions) 个地区 × \(industries) 个行业），未发现问题；未写入任何数据。",
                        "\(file): \(reading.rows) rows (\(regions) regions × \(industries) industries), no problems found; nothing was written."))
                }
                return
            }
            if !replace, try await database.hasRegionalTable(named: name) {
                throw Refusal(
                    l, "已有名为“\(name)”的地区行业表：要替换它请加 --replace，或用 --name 另起一个名字。",
                    "A regional table named \"\(name)\" exists: add --replace to replace it, or choose another name with --name.")
            }
            let info = try await database.importRegionalTable(
                bytes, file: file, sheet: sheet, name: name, measure: measure, source: source, replace: replace,
                by: DatabaseOptions.actor("import regional"))
            if !quiet {
                let years = info.years.isEmpty ? "" : l.pick("，\(info.years.map(String.init).joined(separator: "、")) 年", ", years \(info.years.map(String.init).joined(separator: ", "))")
                print(l.pick(
                    "已从 \(file) 导入地区行业表“\(name)”：\(info.rows) 行\(years)。",
                    "Imported the regional table \"\(name)\" from \(file): \(info.rows) rows\(years)."))
            }
        } catch let error as ImportError {
            printError(ImportErrorText(error: error, language: l).text)
            throw ExitCode(65)  // EX_DATAERR
        }
    }
}
