import ArgumentParser
import Foundation
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStore
import ZhizaoStorage

extension Zhizao.Import {
    /// `zhizao import target-list FILE --name NAME [--source …] [--replace] [--check]`: firms to court from outside
    /// the registry (a national list of little giants, say), stored apart under its name, all rows or none.
    func importTargetList(_ bytes: [UInt8], _ database: any Storage) async throws {
        let l = language.current
        let name = storedName
        do {
            if check {
                let (firms, reading) = try TargetListTable.read(bytes, file: file, sheet: sheet, list: name)
                printNotes(reading.notes, l)
                if !quiet {
                    print(l.pick(
                        "\(file)：\(firms.count) 家企业，未发现问题；未写入任何数据。", "\(file): \(firms.count) firms, no problems found; nothing was written."))
                }
                return
            }
            let info = try await database.importTargetList(
                bytes, file: file, sheet: sheet, name: name, source: source, replace: replace, by: DatabaseOptions.actor("import target-list"))
            if !quiet {
                print(l.pick(
                    "已从 \(file) 导入招商名单“\(name)”：\(info.rows) 家企业（不计入本地企业名录）。用法：zhizao targets 集群 --from-list \(name)",
                    "Imported the target list \"\(name)\" from \(file): \(info.rows) firms (kept apart from the registry). "
                        + "Use it with: zhizao targets CLUSTER --from-list \(name)"))
            }
        } catch let error as ImportError {
            printError(ImportErrorText(error: error, language: l).text)
            throw ExitCode(65)  // EX_DATAERR
        }
    }
}
