import Foundation
import ZIPFoundation

/// Writes an `.xlsx` workbook of one or more sheets. Each sheet's rows stream into a temporary file
/// (``SheetWriter``), which is then deflated into the archive in chunks, so the sheet's XML is never whole in
/// memory; the other parts (content types, relationships, workbook, styles) are small and fixed.
///
/// ```swift
/// let workbook = try WorkbookWriter(url: file)
/// try workbook.addSheet("企业", headings: ["企业名称", "营业收入（元）"]) { sheet in
///     try sheet.append([.text("广汽埃安"), .amount(1.2e10)])
/// }
/// try workbook.finish()
/// ```
public final class WorkbookWriter {
    public let url: URL
    private let archive: Archive
    private let scratch: URL
    private var sheetNames: [String] = []
    private var finished = false

    /// Creates the workbook file at `url`, replacing a file already there.
    public init(url: URL) throws {
        self.url = url
        try? FileManager.default.removeItem(at: url)
        do {
            archive = try Archive(url: url, accessMode: .create)
        } catch {
            throw WorkbookWriterError("cannot create \(url.path): \(error)")
        }
        scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("zhizao-xlsx-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: scratch) }

    /// Adds a sheet whose first row is `headings` (bold, frozen) and whose rows `rows` appends.
    /// The name is cut to Excel's 31 characters, without the characters Excel forbids (`[ ] : * ? / \`), and made
    /// unique in the workbook.
    public func addSheet(_ name: String, headings: [String], rows: (SheetWriter) throws -> Void) throws {
        let sheet = try openSheet(name, headings: headings)
        defer { try? FileManager.default.removeItem(at: sheet.bodyURL) }
        try rows(sheet)
        try close(sheet)
    }

    /// Adds a sheet as the synchronous ``addSheet(_:headings:rows:)`` does, with rows that an async
    /// function appends as it reads them (from a database, a batch at a time).
    public func addSheet(_ name: String, headings: [String], rows: (SheetWriter) async throws -> Void) async throws {
        let sheet = try openSheet(name, headings: headings)
        defer { try? FileManager.default.removeItem(at: sheet.bodyURL) }
        try await rows(sheet)
        try close(sheet)
    }

    private func openSheet(_ name: String, headings: [String]) throws -> SheetWriter {
        precondition(!finished, "the workbook is finished")
        let sheet = try SheetWriter(name: uniqueName(name), bodyURL: scratch.appendingPathComponent("sheet\(sheetNames.count + 1).xml"))
        try sheet.appendHeader(headings)
        return sheet
    }

    /// Deflates `sheet`'s rows into the archive as the next sheet.
    private func close(_ sheet: SheetWriter) throws {
        let (head, tail) = try sheet.finish()
        try addPart("xl/worksheets/sheet\(sheetNames.count + 1).xml", head: Data(head.utf8), bodyURL: sheet.bodyURL, tail: Data(tail.utf8))
        sheetNames.append(sheet.name)
    }

    /// Writes the workbook's other parts; the file is complete after this.
    public func finish() throws {
        precondition(!finished, "the workbook is finished")
        if sheetNames.isEmpty { try addSheet("Sheet1", headings: []) { _ in } }
        finished = true
        try addPart("[Content_Types].xml", WorkbookXML.contentTypes(sheetCount: sheetNames.count))
        try addPart("_rels/.rels", WorkbookXML.packageRelationships)
        try addPart("xl/workbook.xml", WorkbookXML.workbook(sheetNames: sheetNames))
        try addPart("xl/_rels/workbook.xml.rels", WorkbookXML.workbookRelationships(sheetCount: sheetNames.count))
        try addPart("xl/styles.xml", WorkbookXML.styles)
    }

    /// A workbook built by `build` as bytes, written through a temporary file (for a download).
    public static func bytes(_ build: (WorkbookWriter) throws -> Void) throws -> Data {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: file) }
        let workbook = try WorkbookWriter(url: file)
        try build(workbook)
        try workbook.finish()
        return try Data(contentsOf: file)
    }

    // MARK: - Parts

    private func addPart(_ path: String, _ text: String) throws {
        let data = Data(text.utf8)
        try addEntry(path, size: Int64(data.count)) { position, size in
            let start = Int(position)
            return data.subdata(in: start..<min(start + size, data.count))
        }
    }

    /// A part made of `head`, the contents of the file at `bodyURL` and `tail`, read a chunk at a time.
    private func addPart(_ path: String, head: Data, bodyURL: URL, tail: Data) throws {
        let body = try FileHandle(forReadingFrom: bodyURL)
        defer { try? body.close() }
        let bodySize = Int64(try body.seekToEnd())
        let headSize = Int64(head.count)
        try addEntry(path, size: headSize + bodySize + Int64(tail.count)) { position, size in
            var chunk = Data()
            var position = position
            let end = position + Int64(size)
            if position < headSize {
                chunk.append(head.subdata(in: Int(position)..<Int(min(end, headSize))))
                position = headSize
            }
            if position < end, position < headSize + bodySize {
                try body.seek(toOffset: UInt64(position - headSize))
                let count = Int(min(end, headSize + bodySize) - position)
                chunk.append(try body.read(upToCount: count) ?? Data())
                position += Int64(count)
            }
            if position < end {
                let start = Int(position - headSize - bodySize)
                chunk.append(tail.subdata(in: start..<min(start + Int(end - position), tail.count)))
            }
            return chunk
        }
    }

    private func addEntry(_ path: String, size: Int64, provider: (Int64, Int) throws -> Data) throws {
        do {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: size, compressionMethod: .deflate,
                bufferSize: 1 << 18, provider: provider)
        } catch let error as WorkbookWriterError {
            throw error
        } catch {
            throw WorkbookWriterError("cannot write \(path) into \(url.path): \(error)")
        }
    }

    private func uniqueName(_ name: String) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        var base = String(name.filter { !forbidden.contains($0) }.prefix(31))
        if base.isEmpty { base = "Sheet\(sheetNames.count + 1)" }
        var candidate = base
        var counter = 2
        while sheetNames.contains(where: { $0.lowercased() == candidate.lowercased() }) {
            let suffix = " (\(counter))"
            candidate = String(base.prefix(31 - suffix.count)) + suffix
            counter += 1
        }
        return candidate
    }
}

/// Why a workbook could not be written, with the file it was about.
public struct WorkbookWriterError: Error, CustomStringConvertible, Sendable {
    public let description: String

    init(_ description: String) { self.description = description }
}
