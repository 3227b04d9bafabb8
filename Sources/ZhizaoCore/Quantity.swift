/// How a stated figure relates to the true value: 约 approx, 近 nearly, 超 more than, 以上 at least …
public enum Qualifier: String, Sendable, Codable, CaseIterable {
    case exact, approx, nearly, gt, ge, lt, le

    /// The word a Chinese text puts before (or after) the figure.
    public var zh: String {
        switch self {
        case .exact: ""
        case .approx: "约"
        case .nearly: "近"
        case .gt: "超"
        case .ge: "≥"
        case .lt: "不足"
        case .le: "≤"
        }
    }

    /// The symbol used in English output.
    public var symbol: String {
        switch self {
        case .exact: ""
        case .approx: "≈"
        case .nearly: "nearly "
        case .gt: ">"
        case .ge: "≥"
        case .lt: "<"
        case .le: "≤"
        }
    }

    /// The prefix for `language`.
    public func prefix(_ language: Language) -> String {
        language == .zh ? zh : symbol
    }
}

/// A figure in base units (CNY, vehicles, percent points …) with its qualifier and the digits as stated.
public struct Quantity: Sendable, Codable, Hashable {
    /// The value in base units, e.g. 500000000000 for 约5000亿元.
    public var value: Double
    public var qualifier: Qualifier
    /// The figure as the source wrote it (e.g. "约5000亿元"), which keeps the stated precision.
    public var stated: String?

    public init(_ value: Double, _ qualifier: Qualifier = .exact, stated: String? = nil) {
        self.value = value
        self.qualifier = qualifier
        self.stated = stated
    }
}
