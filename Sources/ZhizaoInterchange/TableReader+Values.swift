import ZhizaoCore

/// Typed reads of a row's values; each reports what is wrong and returns nil.
extension TableReader {
    /// The value of a column that must not be empty.
    public func required(_ column: Column) -> String? {
        guard let value = self[column] else {
            report(column, "is required")
            return nil
        }
        return value
    }

    /// A whole number within `range`.
    public func integer(_ column: Column, in range: ClosedRange<Int>) -> Int? {
        guard let text = self[column] else { return nil }
        guard let value = NumberText.integer(text) else {
            report(column, "is not a whole number")
            return nil
        }
        guard range.contains(value) else {
            report(column, "must be between \(range.lowerBound) and \(range.upperBound)")
            return nil
        }
        return value
    }

    /// A non-negative amount (`1,234.5`, full-width digits, `2000万` and `1.2亿` accepted).
    public func amount(_ column: Column) -> Double? {
        guard let text = self[column] else { return nil }
        guard let value = NumberText.decimal(text) else {
            report(column, "is not a number (write 1234.5, 1,234.5 or 2000万)")
            return nil
        }
        guard value >= 0 else {
            report(column, "must not be negative")
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
            report(column, "must be true or false")
            return nil
        }
    }

    /// A value from a closed set of spellings.
    public func choice<T: RawRepresentable<String> & CaseIterable>(_ column: Column, as type: T.Type) -> T? {
        guard let text = self[column] else { return nil }
        guard let value = T(rawValue: text) else {
            report(column, "must be one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return value
    }

    /// An ISO date `YYYY-MM-DD`, or with `allowMonth` also `YYYY-MM`.
    public func date(_ column: Column, allowMonth: Bool = false) -> String? {
        guard let text = self[column] else { return nil }
        guard isDate(text, allowMonth: allowMonth) else {
            report(column, allowMonth ? "must be a date YYYY-MM-DD or a month YYYY-MM" : "must be a date YYYY-MM-DD")
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
