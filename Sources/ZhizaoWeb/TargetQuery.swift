import Hummingbird
import ZhizaoAnalytics
import ZhizaoCore

/// The investment targets' query (`place`, `gap`, `limit`), as the cluster page, its downloads and the API read
/// it: names resolved as everywhere (a wrong one is a `NameError` with suggestions), the limit checked.
struct TargetQuery: Sendable {
    var place: String?
    /// A link id of the cluster's chain.
    var gap: String?
    var limit: Int

    static let maximumLimit = 200

    init(_ request: Request, snapshot: Site.Snapshot, clusterId: String, defaultLimit: Int) throws {
        let parameters = request.uri.queryParameters
        place = try parameters.get("place").flatMap { $0.isEmpty ? nil : try snapshot.placeId($0, as: .place, parameter: "place") }
        if let text = parameters.get("gap"), !text.isEmpty {
            guard let chain = ChainTemplates.shipped.chain(forCluster: clusterId) else {
                throw HTTPError(.notFound, message: "no chain template for this cluster")
            }
            gap = try Site.Snapshot.linkId(text, in: chain, parameter: "gap")
        }
        limit = defaultLimit
        if let text = parameters.get("limit") {
            guard let value = Int(text), (1...Self.maximumLimit).contains(value) else {
                throw HTTPError(.badRequest, message: "limit must be a whole number from 1 to \(Self.maximumLimit)")
            }
            limit = value
        }
    }

    /// The query as it goes on a link: `place=…&gap=…`, encoded.
    var linkQuery: String {
        var items: [String] = []
        if let place { items.append("place=" + place) }
        if let gap { items.append("gap=" + gap) }
        return items.joined(separator: "&")
    }
}
