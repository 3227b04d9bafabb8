import ZhizaoCore

/// Typed reads of a row's values; each reports what is wrong (in English and Chinese) and returns nil.
extension TableReader {
    /// The value of a column that must not be empty.
    public func required(_ column: Column) -> String? {
        guard let value = self[column] else {
            report(column, en: "is required", zh: "不能为空，请填写")
            return nil
        }
        return value
    }

    /// A whole number within `range`.
    public func integer(_ column: Column, in range: ClosedRange<Int>) -> Int? {
        guard let text = self[column] else { return nil }
        guard let value = NumberText.integer(text) else {
            report(column, en: "is not a whole number", zh: "不是整数，请填写整数，如 120")
            return nil
        }
        guard range.contains(value) else {
            report(column, en: "must be between \(range.lowerBound) and \(range.upperBound)",
                   zh: "超出范围，请填写 \(range.lowerBound) 至 \(range.upperBound) 之间的数")
            return nil
        }
        return value
    }

    /// A year within `range`, also read from a date as bureaus write it (`2019/3/5`, `2019年3月`, `2019.3`, an
    /// Excel date cell).
    public func year(_ column: Column, in range: ClosedRange<Int>) -> Int? {
        guard let text = self[column] else { return nil }
        guard let year = DateText.year(text) else {
            report(column, en: "is not a year (write 2019, 2019-03-05, 2019/3/5 or 2019年3月)",
                   zh: "不是年份，请写作 2019、2019-03-05、2019/3/5 或 2019年3月")
            return nil
        }
        guard range.contains(year) else {
            report(column, en: "must be a year between \(range.lowerBound) and \(range.upperBound)",
                   zh: "年份超出范围，请填写 \(range.lowerBound) 至 \(range.upperBound) 年之间的年份")
            return nil
        }
        return year
    }

    /// A non-negative amount (`1,234.5`, full-width digits, `2000万` and `1.2亿` accepted).
    public func amount(_ column: Column) -> Double? {
        guard let text = self[column] else { return nil }
        guard let value = NumberText.decimal(text) else {
            report(column, en: "is not a number (write 1234.5, 1,234.5 or 2000万)", zh: "不是数字，请写作 1234.5、1,234.5 或 2000万")
            return nil
        }
        guard value >= 0 else {
            report(column, en: "must not be negative", zh: "不能为负数，请填写0或正数")
            return nil
        }
        return value
    }

    /// true/false, 1/0, yes/no, 是/否.
    public func bool(_ column: Column) -> Bool? {
        guard let text = self[column]?.lowercased() else { return nil }
        switch text {
        case "true", "1", "yes", "y", "是": return true
        case "false", "0", "no", "n", "否": return false
        default:
            report(column, en: "must be true or false", zh: "只能是 是 或 否（或 true、false）")
            return nil
        }
    }

    /// A value from a closed set of spellings.
    public func choice<T: RawRepresentable<String> & CaseIterable>(_ column: Column, as type: T.Type) -> T? {
        guard let text = self[column] else { return nil }
        guard let value = T(rawValue: text) else {
            let choices = T.allCases.map(\.rawValue)
            report(column, en: "must be one of \(choices.joined(separator: ", "))", zh: "不是可选的值，请填写以下之一：\(choices.joined(separator: "、"))")
            return nil
        }
        return value
    }

    /// An ISO date `YYYY-MM-DD`, or with `allowMonth` also `YYYY-MM`.
    public func date(_ column: Column, allowMonth: Bool = false) -> String? {
        guard let text = self[column] else { return nil }
        guard isDate(text, allowMonth: allowMonth) else {
            report(column, en: allowMonth ? "must be a date YYYY-MM-DD or a month YYYY-MM" : "must be a date YYYY-MM-DD",
                   zh: allowMonth ? "日期格式不对，请写作 2023-09-30 或 2023-09" : "日期格式不对，请写作 2023-09-30")
            return nil
        }
        return text
    }
}

/// Whether `text` is an ISO date, or with `allowMonth` a month `YYYY-MM`.
func isDate(_ text: String, allowMonth: Bool) -> Bool {
    Period.isISODate(text) || (allowMonth && text.utf8.count == 7 && Period.isISODate(text + "-01"))
}

/// Splits a list field on `;` or the full-width `；`, dropping empty items.
func listItems(_ text: String) -> [String] {
    text.items(separatedBy: [";", "；"])
}

/// Splits a list item on `:` or the full-width `：`, keeping empty parts.
func itemParts(_ item: String) -> [String] {
    item.items(separatedBy: [":", "："], keepingEmpty: true)
}
