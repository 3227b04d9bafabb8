import Foundation
import ZIPFoundation

/// An `.xlsx` workbook opened for reading: its sheets by name and position, and each sheet's rows as text,
/// streamed from the archive so that a sheet of a million rows is never whole in memory.
///
/// ```swift
/// let workbook = try WorkbookReader(bytes: bytes)
/// let sheet = try workbook.sheet(named: "2") // the second sheet, or one named "2"
/// try workbook.rows(of: sheet) { row in print(row.number, row.cells); return true }
/// ```
public struct WorkbookReader {
    /// A worksheet: its name as the tab shows it and its part inside the archive.
    public struct Sheet: Sendable, Equatable {
        public var name: String
        /// 1-based position among the sheets.
        public var position: Int
        var path: String
    }

    /// The sheets in the order of their tabs.
    public let sheets: [Sheet]
    private let archive: Archive
    private let strings: SharedStrings
    private let formats: NumberFormats
    private let uses1904: Bool

    /// Whether `bytes` start like a ZIP archive (`PK\3\4`), as every `.xlsx` does.
    public static func isWorkbook(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }

    /// Opens the workbook in `bytes`: reads its sheet list, styles and shared strings.
    public init(bytes: [UInt8]) throws(SheetError) {
        let archive: Archive
        do { archive = try Archive(data: Data(bytes), accessMode: .read) } catch {
            throw SheetError(
                .notAWorkbook, english: "the file is not a readable .xlsx workbook (the ZIP archive is damaged); save it again from Excel",
                chinese: "文件不是可读的 .xlsx 工作簿（压缩包已损坏），请用 Excel 重新保存")
        }
        self.archive = archive
        guard let workbookData = try? Self.part("xl/workbook.xml", in: archive),
            let (listed, uses1904) = WorkbookParts.sheets(workbookData)
        else {
            throw SheetError(
                .malformed, english: "the file is a ZIP archive but not an .xlsx workbook (no xl/workbook.xml); save it as Excel Workbook (.xlsx)",
                chinese: "文件是压缩包但不是 .xlsx 工作簿，请在 Excel 中另存为“Excel 工作簿（.xlsx）”")
        }
        let targets = (try? Self.part("xl/_rels/workbook.xml.rels", in: archive)).map(WorkbookParts.relationships) ?? [:]
        sheets = listed.enumerated().map { index, sheet in
            Sheet(
                name: sheet.name, position: index + 1,
                path: sheet.relationship.flatMap { targets[$0] } ?? "xl/worksheets/sheet\(index + 1).xml")
        }
        guard !sheets.isEmpty else {
            throw SheetError(.malformed, english: "the workbook has no sheet", chinese: "工作簿中没有工作表")
        }
        self.uses1904 = uses1904
        formats = (try? Self.part("xl/styles.xml", in: archive)).map(WorkbookParts.numberFormats) ?? NumberFormats()
        var strings = SharedStrings()
        if let entry = archive["xl/sharedStrings.xml"] {
            do {
                _ = try archive.extract(entry, bufferSize: Self.chunkSize, skipCRC32: true) { chunk in
                    chunk.withUnsafeBytes { strings.feed($0) }
                }
            } catch {
                throw SheetError(.notAWorkbook, english: "the workbook's shared strings cannot be read (\(error)); save it again from Excel",
                                 chinese: "工作簿的共享字符串无法读取，请用 Excel 重新保存")
            }
        }
        self.strings = strings
    }

    /// The sheet `selector` names: a sheet's name, else a 1-based position (`2` is the second sheet); the first
    /// sheet when `selector` is nil.
    public func sheet(named selector: String?) throws(SheetError) -> Sheet {
        guard let selector else { return sheets[0] }
        let wanted = selector.trimmingCharacters(in: .whitespaces)
        if let sheet = sheets.first(where: { $0.name == wanted }) ?? sheets.first(where: { $0.name.lowercased() == wanted.lowercased() }) {
            return sheet
        }
        if let position = Int(wanted), sheets.indices.contains(position - 1) { return sheets[position - 1] }
        let names = sheets.map { "\"\($0.name)\"" }.joined(separator: ", ")
        let namesZh = sheets.map { "“\($0.name)”" }.joined(separator: "、")
        throw SheetError(
            .noSuchSheet, english: "the workbook has no sheet \"\(selector)\"; its sheets are \(names) (or give a number 1-\(sheets.count))",
            chinese: "工作簿中没有工作表“\(selector)”；现有工作表：\(namesZh)（或写序号 1-\(sheets.count)）")
    }

    /// Hands `sheet`'s rows to `body` in order, as long as it returns true. Rows the sheet leaves out are not
    /// handed over; compare `SheetRow.number` to see gaps.
    public func rows(of sheet: Sheet, _ body: (SheetRow) throws -> Bool) throws {
        guard let entry = archive[sheet.path] else {
            throw SheetError(.malformed, english: "sheet \"\(sheet.name)\" has no data part (\(sheet.path)); save the workbook again from Excel",
                             chinese: "工作表“\(sheet.name)”缺少数据，请用 Excel 重新保存工作簿")
        }
        var reader = WorksheetRows(strings: strings, formats: formats, uses1904: uses1904)
        do {
            _ = try archive.extract(entry, bufferSize: Self.chunkSize, skipCRC32: true) { chunk in
                try chunk.withUnsafeBytes { bytes in
                    try reader.feed(bytes) { row in
                        guard try body(row) else { throw Stop() }
                    }
                }
            }
        } catch is Stop {
            return
        } catch let error as Archive.ArchiveError {
            throw SheetError(.notAWorkbook, english: "sheet \"\(sheet.name)\" cannot be read (\(error)); save the workbook again from Excel",
                             chinese: "工作表“\(sheet.name)”无法读取，请用 Excel 重新保存工作簿")
        }
    }

    /// Thrown out of the decompressor's callback to stop reading early.
    private struct Stop: Error {}

    /// How many decompressed bytes the archive hands over at a time.
    static let chunkSize = 1 << 16

    private static func part(_ path: String, in archive: Archive) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        _ = try archive.extract(entry, skipCRC32: true) { data.append($0) }
        return data
    }
}
