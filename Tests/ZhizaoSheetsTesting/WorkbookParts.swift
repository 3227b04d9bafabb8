import Foundation
import ZIPFoundation

/// The parts of a written workbook, unzipped, as text by path (`xl/worksheets/sheet1.xml`): what tests of the
/// writer, the exports and the downloads look into.
public func workbookParts(_ data: Data) throws -> [String: String] {
    let archive = try Archive(data: data, accessMode: .read)
    var parts: [String: String] = [:]
    for entry in archive {
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        parts[entry.path] = String(decoding: bytes, as: UTF8.self)
    }
    return parts
}
