/// Resolvers over the records Zhizao keeps, with the short forms each kind of name has.
extension NameResolver {
    /// Clusters by id, name, English name, the head of a paired name (软件 of 软件和信息服务), the explicit aliases
    /// (`NameAliases.clusters`), and short forms without the city (广州市, 广州) or 产业集群, 集群, 产业基地, 产业.
    public static func clusters(_ clusters: [Cluster], places: [Place]) -> NameResolver {
        let aliases = Dictionary(grouping: NameAliases.clusters, by: \.id)
        let records = clusters.map { cluster in
            var spellings = [cluster.id, cluster.name.zh] + (cluster.name.en.map { [$0] } ?? [])
            if let head = pairedHead(cluster.name.zh) { spellings.append(head) }
            spellings += aliases[cluster.id, default: []].map(\.spelling)
            return (entry: Entry(id: cluster.id, name: cluster.name), spellings: spellings)
        }
        return NameResolver(
            kind: .cluster, records: records,
            affixes: Affixes(
                prefixes: cityNames(places), suffixes: ["产业集群", "集群", "产业基地", "基地", "产业链", "产业", "cluster"]))
    }

    /// Places of `kinds` (all when nil) by id, name and English name, and short forms without the province or
    /// city (广州市花都区 → 花都区) or 区, 市, 县 (花都).
    public static func places(_ places: [Place], kinds: Set<PlaceKind>? = nil, as kind: NameKind = .place) -> NameResolver {
        let records = places.filter { kinds?.contains($0.kind) ?? true }.map { place in
            (entry: Entry(id: place.id, name: place.name), spellings: [place.id, place.name.zh] + (place.name.en.map { [$0] } ?? []))
        }
        return NameResolver(
            kind: kind, records: records,
            affixes: Affixes(prefixes: ["广东省", "广东"] + cityNames(places), suffixes: ["区", "市", "县", "district", "city"]))
    }

    /// Designations by code, Chinese name and the aliases imports accept (规上, 小巨人), with or without 企业.
    public static let designations: NameResolver = {
        let records = DesignationKind.allCases.map { kind in
            (entry: Entry(id: kind.rawValue, name: kind.name), spellings: [kind.rawValue, kind.name.zh] + (kind.name.en.map { [$0] } ?? []) + kind.aliases)
        }
        return NameResolver(kind: .designation, records: records, affixes: Affixes(suffixes: ["企业"]))
    }()

    /// The cities' names with and without 市: what a name may start with that the record's does not.
    private static func cityNames(_ places: [Place]) -> [String] {
        places.filter { $0.kind == .city }.flatMap { city in
            city.name.zh.hasSuffix("市") ? [city.name.zh, String(city.name.zh.dropLast())] : [city.name.zh]
        }
    }

    /// The first of two things a name pairs with 和 or 与 (生物医药 of 生物医药与健康), when it is two characters or more.
    private static func pairedHead(_ name: String) -> String? {
        guard let joint = name.firstIndex(where: { $0 == "和" || $0 == "与" }) else { return nil }
        let head = String(name[..<joint])
        return head.count >= 2 ? head : nil
    }
}
