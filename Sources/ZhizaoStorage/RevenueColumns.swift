import ZhizaoAnalytics
import ZhizaoCore

/// The columns an enterprise's revenue is stored in: the latest year's amount and year (indexed), the whole history
/// (``RevenueHistory``) and the next year's projection (``CultivationPipeline/projection(_:)``). Every engine
/// writes these four from a history the same way.
public struct RevenueColumns: Sendable, Equatable {
    public var latestCNY: Double?
    public var latestYear: Int?
    public var history: String?
    public var projectedCNY: Double?

    public init(_ revenue: [Int: Double]) {
        let latest = revenue.max { $0.key < $1.key }
        latestCNY = latest?.value
        latestYear = latest?.key
        history = revenue.isEmpty ? nil : RevenueHistory.encode(revenue)
        projectedCNY = CultivationPipeline.projection(revenue)?.projected
    }
}
