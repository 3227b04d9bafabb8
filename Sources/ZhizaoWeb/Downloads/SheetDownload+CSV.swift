import Foundation
import Hummingbird
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoSheets

extension SheetDownload {
    /// The same list as CSV for Excel on Chinese Windows (a UTF-8 byte-order mark, CRLF line ends), amounts as
    /// plain numbers, as an attachment named like the workbook.
    func renderedCSV() -> Rendered {
        var text = "\u{FEFF}" + CSVWriter.line(headings, ending: "\r\n")
        for row in rows { text += CSVWriter.line(row.map(Self.text), ending: "\r\n") }
        let name = fileName + ".csv"
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "download.csv"
        return Rendered(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"zhizao.csv\"; filename*=UTF-8''\(encoded)",
                .cacheControl: "no-cache",
            ],
            body: ByteBuffer(string: text))
    }

    private static func text(_ cell: Cell) -> String {
        switch cell {
        case .empty: ""
        case .text(let text): text
        case .number(let value), .amount(let value): ChineseNumberFormat.decimal(value, maxFraction: 2)
        case .date(let day): String(format: "%04d-%02d-%02d", day.year, day.month, day.day)
        }
    }
}
