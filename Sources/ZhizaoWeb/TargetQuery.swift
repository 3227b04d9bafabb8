import Hummingbird
import ZhizaoAnalytics
import ZhizaoCore

/// The investment targets' query (`place`, `gap`, `limit`, `list`), as the cluster page, its downloads and the API
/// read it: names resolved as everywhere (a wrong one is a `NameError` with suggestions), the limit checked.
struct TargetQuery: Sendable {
    var place: String?
    /// A link id of the cluster's chain.
    var gap: String?
    var limit: Int
    /// A stored target list whose firms compete with the registry's (an unknown one is the store's 404).
    var list: String?

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
        list = parameters.get("list").map { $0.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
        limit = defaultLimit
        if let text = parameters.get("limit") {
            guard let value = Int(text), (1...Self.maximumLimit).contains(value) else {
                throw HTTPError(.badRequest, message: "limit must be a whole number from 1 to \(Self.maximumLimit)")
            }
            limit = value
        }
    }

    /// The query as it goes on a link: `place=…&gap=…&list=…`, encoded; `gap` and `list` as given.
    func linkQuery(gap: String?? = nil, list: String?? = nil) -> String {
        var items: [String] = []
        if let place { items.append("place=" + HTML.query(place)) }
        if let gap = gap ?? self.gap { items.append("gap=" + HTML.query(gap)) }
        if let list = list ?? self.list { items.append("list=" + HTML.query(list)) }
        return items.joined(separator: "&")
    }
}
