import Foundation
import Hummingbird
import ZhizaoInterchange
import ZhizaoSheets

extension SheetDownload {
    /// The sheet as CSV for Excel and scripts: UTF-8 with a byte-order mark, CRLF, numbers written in full.
    func csv() -> String {
        func text(_ cell: Cell) -> String {
            switch cell {
            case .empty: ""
            case .text(let text): text
            case .number(let value), .amount(let value):
                value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
            case .date(let day): String(format: "%04d-%02d-%02d", day.year, day.month, day.day)
            }
        }
        return "\u{FEFF}" + CSVWriter.line(headings, ending: "\r\n") + rows.map { CSVWriter.line($0.map(text), ending: "\r\n") }.joined()
    }

    /// The CSV as an attachment named like the workbook.
    func renderedCSV() -> Rendered {
        Rendered(
            status: .ok,
            headers: [.contentType: "text/csv; charset=utf-8", .contentDisposition: disposition(fileName + ".csv"), .cacheControl: "no-cache"],
            body: ByteBuffer(string: csv()))
    }
}
