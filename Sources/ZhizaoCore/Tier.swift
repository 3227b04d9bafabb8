/// The output tiers Chinese city plans use for industrial clusters: 百亿级, 千亿级, 万亿级.
///
/// Thresholds from `shared/reference/criteria.md` ("Output tiers used by Chinese city plans").
public enum OutputTier: String, Sendable, Codable, CaseIterable, Comparable {
    case tenBillion, hundredBillion, trillion

    /// The lowest output (CNY) that reaches the tier.
    public var threshold: Double {
        switch self {
        case .tenBillion: 1e10
        case .hundredBillion: 1e11
        case .trillion: 1e12
        }
    }

    public var name: LocalizedText {
        switch self {
        case .tenBillion: LocalizedText(zh: "百亿级", en: "10-bn tier")
        case .hundredBillion: LocalizedText(zh: "千亿级", en: "100-bn tier")
        case .trillion: LocalizedText(zh: "万亿级", en: "trillion tier")
        }
    }

    public static func < (a: OutputTier, b: OutputTier) -> Bool { a.threshold < b.threshold }
}

/// A cluster's tier as far as a qualified figure tells it.
public struct TierAssessment: Sendable, Hashable {
    /// The highest tier the figure reaches, nil when below 百亿级 or unknown.
    public var tier: OutputTier?
    /// False when the figure is approximate (约, 近), so the tier is approximate too.
    public var isCertain: Bool

    /// Classifies a figure in CNY. "> 100 bn" is at least 千亿级; "≈ 500 bn" stays approximate;
    /// an upper bound alone ("不足", "≤") gives no tier.
    public init(output: Quantity) {
        switch output.qualifier {
        case .lt, .le:
            tier = nil
            isCertain = false
        case .exact, .gt, .ge, .approx, .nearly:
            tier = OutputTier.allCases.last { output.value >= $0.threshold }
            isCertain = output.qualifier == .exact || output.qualifier == .gt || output.qualifier == .ge
        }
    }
}
