import ZhizaoSheets

/// What an import file is, told from its bytes.
public enum ImportFile {
    /// Whether the bytes are an `.xlsx` workbook (a ZIP archive) rather than text.
    public static func isWorkbook(_ bytes: [UInt8]) -> Bool { WorkbookReader.isWorkbook(bytes) }

    /// A rough count of the rows, before reading: a text file's lines, or a workbook's compressed size over the
    /// ~40 bytes a registry row takes compressed.
    public static func estimatedRows(_ bytes: [UInt8]) -> Int {
        isWorkbook(bytes) ? bytes.count / 40 : bytes.count(where: { $0 == UInt8(ascii: "\n") })
    }
}
