import Foundation
import ZhizaoCore

/// Reads quantitative facts out of Chinese report text: each figure with its subject, metric, period,
/// qualifier and direction, the clause that states it and where it stands in the input.
public enum FactExtractor {
    /// Every fact in `text`, each once with the number of times the text states it; `documentYear` (else the
    /// date the text gives itself near its start) resolves 今年, 去年 and months without a year.
    public static func extract(_ text: String, documentYear: Int? = nil) -> [Fact] {
        var reader = FactReader(CleanText(text), documentYear: documentYear ?? Self.documentYear(text))
        reader.read()
        return reader.facts
    }

    /// The date a document gives itself near its start (2021年1月28日, 2021-01-28), for 今年 and 去年.
    public static func documentYear(_ text: String) -> Int? {
        let head = Array(text.unicodeScalars.prefix(300))
        for i in 0..<head.count {
            guard i + 5 <= head.count, head[i..<(i + 4)].allSatisfy({ ChineseNumeral.arabic($0) != nil }),
                let year = Int(String(String.UnicodeScalarView(head[i..<(i + 4)]))), (1990...2100).contains(year)
            else { continue }
            let next = head[i + 4]
            // A date, not a bare year: 年 followed by a month, or a dash.
            if next == "-" || next == "/" || (next == "年" && i + 5 < head.count && ChineseNumeral.arabic(head[i + 5]) != nil) {
                return year
            }
        }
        return nil
    }
}
