extension String {
    /// The string without leading and trailing spaces, tabs and line breaks (ASCII and the ideographic space).
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        if !first.isTrimmable, !last.isTrimmable { return self }
        guard let start = scalars.firstIndex(where: { !$0.isTrimmable }),
            let end = scalars.lastIndex(where: { !$0.isTrimmable })
        else { return "" }
        return String(scalars[start...end])
    }

    /// The pieces between any of `separators`, trimmed, without empty ones; splits by Unicode scalar, so it is
    /// fast on long Chinese text.
    public func items(separatedBy separators: [Unicode.Scalar], keepingEmpty: Bool = false) -> [String] {
        unicodeScalars.split(omittingEmptySubsequences: false, whereSeparator: { separators.contains($0) }).compactMap {
            let item = String($0).trimmingWhitespace()
            return item.isEmpty && !keepingEmpty ? nil : item
        }
    }
}

extension Unicode.Scalar {
    fileprivate var isTrimmable: Bool {
        self == " " || self == "\t" || self == "\n" || self == "\r" || self == "\u{3000}"
    }
}
