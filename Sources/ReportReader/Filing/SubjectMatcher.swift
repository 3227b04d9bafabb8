import ZhizaoCore

/// Maps a fact's holder to a subject of the database: a place, cluster or named firm whose name the holder is
/// (or contains); an industry (新一代信息技术产业, 花都区汽车产业) to the cluster of that industry in the place it
/// names (the city's when it names none); an unresolved 全市 to the city.
public struct SubjectMatcher: Sendable {
    private struct Name {
        var text: String
        var subject: Subject
    }

    private struct IndustryCluster {
        /// The industry's name without place and industry words: 汽车 for 花都汽车产业集群.
        var core: String
        var id: String
        var placeId: String
        var isCity: Bool
    }

    private let names: [Name]
    private let placeNames: [(String, String)]
    private let clusters: [IndustryCluster]
    private let cityId: String?

    /// Words that end an industry's name, longest first (业 last: 软件和信息服务业 is the industry 软件和信息服务).
    static let industryEndings = ["产业集群", "产业基地", "制造业", "产业", "集群", "行业", "业"]
    /// How the names of projects, parks and firms end: never a cluster's.
    static let ownNameEndings = ["项目", "产业园", "园区", "公司", "集团", "工厂", "基地"]
    /// Generic words for the city (a reader that knows the document's place resolves them before).
    static let cityWords = ["全市", "我市", "本市"]

    public init(places: [Place], clusters: [Cluster], firms: [(name: String, ref: String)]) {
        var placeNames: [(String, String)] = []
        for place in places {
            placeNames.append((place.name.zh, place.id))
            if place.name.zh.count > 2, place.name.zh.hasSuffix("区") || place.name.zh.hasSuffix("市") {
                placeNames.append((String(place.name.zh.dropLast()), place.id))
            }
        }
        let sortedPlaces = placeNames.sorted { $0.0.count > $1.0.count }
        self.placeNames = sortedPlaces
        let city = places.first { $0.kind == .city }?.id
        cityId = city
        var names = placeNames.map { Name(text: $0.0, subject: .place($0.1)) }
        names += clusters.map { Name(text: MeasureName.normalized($0.name.zh), subject: .cluster($0.id)) }
        names += firms.map { Name(text: $0.name, subject: .enterprise($0.ref)) }
        self.names = names.sorted { $0.text.count > $1.text.count }
        self.clusters = clusters.map { cluster in
            let (_, rest) = Self.split(MeasureName.normalized(cluster.name.zh), places: sortedPlaces)
            return IndustryCluster(core: Self.industryCore(rest), id: cluster.id, placeId: cluster.placeId, isCity: cluster.placeId == city)
        }
    }

    /// The subject for `holder`, with why; nil when none fits (an industry no cluster is of, 全国, a park the
    /// database does not hold, a project). An industry that names no place is the industry of `documentPlace`,
    /// the place the document is about: a district's report speaks of the district's industry; a figure without a
    /// holder (规模以上工业总产值1720.4亿元 in a district's bulletin) is that place's.
    /// A document about a place the database does not hold (顺德区 in Guangzhou's) has no 全市 or industry of the city;
    /// one that names no place has them only as the reviewer confirms (`MatchReason.assumedCity`).
    public func subject(_ holder: String?, documentPlace: String? = nil) -> Match<Subject>? {
        let text = holder.map(MeasureName.normalized) ?? ""
        let documentPlace = documentPlace.map(MeasureName.normalized)
        let documentPlaceId = documentPlace.flatMap { name in placeNames.first { $0.0 == name }?.1 }
        guard !text.isEmpty else { return documentPlaceId.map { Match(.place($0), .document) } }
        if let exact = names.first(where: { $0.text == text }) { return Match(exact.subject, .name) }
        let elsewhere = documentPlace != nil && documentPlaceId == nil
        if Self.cityWords.contains(text), let cityId {
            return elsewhere ? nil : Match(.place(cityId), documentPlace == nil ? .assumedCity : .city)
        }
        // A project, a park or a firm is none of the clusters a word of its name recalls (某新能源汽车零部件产业园项目).
        if Self.ownNameEndings.contains(where: { text.hasSuffix($0) }) { return nil }
        var (placeId, rest) = Self.split(text, places: placeNames)
        if placeId == nil, let documentPlaceId, documentPlaceId != cityId {
            placeId = documentPlaceId
        }
        let isIndustry = Self.industryEndings.contains { rest.hasSuffix($0) }
        if isIndustry || placeId == nil {
            let core = Self.industryCore(rest)
            let fitting = clusters.filter { !$0.core.isEmpty && $0.core == core }
            let contained = clusters.filter { !$0.core.isEmpty && core.contains($0.core) }
            for (candidates, reason) in [(fitting, MatchReason.cluster), (contained, MatchReason.contained)] {
                // An industry with no place is the city's, unless the document is about a place the database lacks.
                if placeId == nil, elsewhere { break }
                let inPlace = candidates.first { placeId != nil ? $0.placeId == placeId : $0.isCity }
                if let inPlace { return Match(.cluster(inPlace.id), placeId == nil && documentPlace == nil ? .assumedCity : reason) }
            }
            if isIndustry { return nil }
        }
        return names.first { text.contains($0.text) }.map { Match($0.subject, .contained) }
    }

    /// The place a holder starts with (花都区汽车产业 → huadu) and the rest.
    private static func split(_ text: String, places: [(String, String)]) -> (String?, String) {
        guard let place = places.first(where: { text.hasPrefix($0.0) && text.count > $0.0.count }) else { return (nil, text) }
        return (place.1, String(text.dropFirst(place.0.count)))
    }

    /// An industry's name without its ending: 汽车产业集群 → 汽车.
    private static func industryCore(_ text: String) -> String {
        guard let ending = industryEndings.first(where: { text.hasSuffix($0) && text.count > $0.count }) else { return text }
        return String(text.dropLast(ending.count))
    }
}
