import Foundation
import Hummingbird
import ZhizaoSheets

/// A list of a page as an Excel workbook to download: one sheet, headings in the page's language, money in 元 as
/// exact numbers beside the figure as the page shows it.
struct SheetDownload {
    /// The file's name without `.xlsx`, in the page's language (企业名单).
    var fileName: String
    var sheetName: String
    var headings: [String]
    var rows: [[Cell]]

    static let contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    /// The workbook's bytes.
    func workbook() throws -> Data {
        try WorkbookWriter.bytes { workbook in
            try workbook.addSheet(sheetName, headings: headings) { sheet in
                for row in rows { try sheet.append(row) }
            }
        }
    }

    /// The response: the workbook as an attachment.
    func rendered() throws -> Rendered {
        Rendered(
            status: .ok,
            headers: [.contentType: Self.contentType, .contentDisposition: disposition(fileName + ".xlsx"), .cacheControl: "no-cache"],
            body: ByteBuffer(bytes: try workbook()))
    }

    /// `Content-Disposition` of an attachment named in UTF-8 (RFC 6266 `filename*`), with an ASCII name for
    /// clients that do not read it.
    func disposition(_ name: String) -> String {
        let fallback = "zhizao." + (name.split(separator: ".").last.map(String.init) ?? "xlsx")
        let encoded = name.addingPercentEncoding(withAllowedCharacters: Self.attributeCharacters) ?? fallback
        let plain = name.unicodeScalars.allSatisfy { $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 0x20 } ? name : fallback
        return #"attachment; filename="\#(plain)"; filename*=UTF-8''\#(encoded)"#
    }

    /// RFC 5987 `attr-char`: what a `filename*` value may hold unencoded.
    private static let attributeCharacters = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~")
}
